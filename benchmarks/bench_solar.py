"""Solar Hijri conversion cost beside jdatetime and convertdate.persian, one run.

    python benchmarks/bench_solar.py [--check]

Target (issue #14): datelines' Solar Hijri conversion, both ways, costs no more than the
Persian-calendar packages newsrooms use (ratio <= 1.0), on the dates of a news archive
(1990-2030).
"""

from __future__ import annotations

import argparse
import random
import statistics
import sys
import timeit
from collections.abc import Callable
from datetime import date

import jdatetime
from convertdate import persian

import datelines

ROUNDS = 11


def paired_ratio(ours: Callable[[int], object], theirs: Callable[[int], object], calls: int) -> float:
    """Median of ROUNDS per-call ratios, each pair timed back to back (this machine is
    shared); ``calls`` dates each (convertdate computes the Sun for every date: fewer)."""
    return statistics.median(
        timeit.timeit(lambda: ours(calls), number=1) / timeit.timeit(lambda: theirs(calls), number=1)
        for _ in range(ROUNDS)
    )


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--check", action="store_true", help="exit 1 when a target is missed")
    args = parser.parse_args()
    rng = random.Random(1404)
    days = [
        date.fromordinal(rng.randint(date(1990, 1, 1).toordinal(), date(2030, 12, 31).toordinal()))
        for _ in range(20_000)
    ]
    solar = datelines.get_calendar("solar-hijri")
    dates = [solar.to_hijri(d) for d in days]
    triples = [(h.year, h.month, h.day) for h in dates]
    to_solar = solar.to_hijri
    from_solar = solar.to_gregorian

    def ours_to(calls: int) -> None:
        for d in days[:calls]:
            to_solar(d)

    def jdt_to(calls: int) -> None:
        for d in days[:calls]:
            jdatetime.date.fromgregorian(date=d)

    def cd_to(calls: int) -> None:
        for d in days[:calls]:
            persian.from_gregorian(d.year, d.month, d.day)

    def ours_from(calls: int) -> None:
        for h in dates[:calls]:
            from_solar(h)

    def jdt_from(calls: int) -> None:
        for y, m, d in triples[:calls]:
            jdatetime.date(y, m, d).togregorian()

    def cd_from(calls: int) -> None:
        for y, m, d in triples[:calls]:
            persian.to_gregorian(y, m, d)

    failed = False
    print(f"Solar Hijri conversion, {len(days):,} archive dates (medians of {ROUNDS} back-to-back ratios)")
    for label, ours, theirs, name, calls in (
        ("Gregorian -> Solar Hijri", ours_to, jdt_to, "jdatetime", len(days)),
        ("Gregorian -> Solar Hijri", ours_to, cd_to, "convertdate.persian", 200),
        ("Solar Hijri -> Gregorian", ours_from, jdt_from, "jdatetime", len(days)),
        ("Solar Hijri -> Gregorian", ours_from, cd_from, "convertdate.persian", 200),
    ):
        ratio = paired_ratio(ours, theirs, calls)
        verdict = "PASS" if ratio <= 1.0 else "FAIL"
        failed |= ratio > 1.0
        print(f"  {label}: datelines / {name} = {ratio:.3f} (target <= 1.0): {verdict}")
    return 1 if args.check and failed else 0


if __name__ == "__main__":
    sys.exit(main())
