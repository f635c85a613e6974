"""Cost of writing a dateline, beside date.strftime plus one conversion.

    python benchmarks/bench_format.py [--check]

Target (issue #4): datelines.format(date, style) costs no more than date.strftime of the
Gregorian half plus one Hijri conversion, as a median of back-to-back ratios in one run.
"""

from __future__ import annotations

import argparse
import random
import statistics
import timeit
from datetime import date

import datelines

ROUNDS = 11


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--check", action="store_true", help="exit 1 when a target is missed")
    args = parser.parse_args()
    rng = random.Random(1437)
    cal = datelines.get_calendar("umalqura")
    days = [
        date.fromordinal(rng.randint(cal.first_gregorian.toordinal(), cal.last_gregorian.toordinal()))
        for _ in range(5000)
    ]
    to_hijri = cal.to_hijri

    def baseline() -> None:
        for day in days:
            day.strftime("%d %B %Y")
            to_hijri(day)

    ok = True
    print(f"per dateline, {len(days)} random dates 1924-2077 (median of {ROUNDS} back-to-back ratios)")
    for style in ("mina", "spa-en", "spa-ar", "gulf-masthead", "pakistan", "persian", "iso"):

        def ours(style: str = style, fmt=datelines.format) -> None:  # type: ignore[no-untyped-def]
            for day in days:
                fmt(day, style)

        ours()
        ratios = [timeit.timeit(ours, number=1) / timeit.timeit(baseline, number=1) for _ in range(ROUNDS)]
        ratio = statistics.median(ratios)
        cost = min(timeit.repeat(ours, number=1, repeat=3)) / len(days) * 1e6
        verdict = ratio <= 1.0
        ok &= verdict
        print(
            f"  {style:<14} {cost:5.2f} µs   ratio to strftime + to_hijri {ratio:4.2f}  {'PASS' if verdict else 'FAIL'}"
        )

    # For information: a call the style's tables cannot serve (another language) renders
    # field by field.
    def general(fmt=datelines.format) -> None:  # type: ignore[no-untyped-def]
        for day in days:
            fmt(day, "mina", language="fr")

    ratio = statistics.median(
        timeit.timeit(general, number=1) / timeit.timeit(baseline, number=1) for _ in range(ROUNDS)
    )
    print(f"  mina, language=fr (general path, no target): ratio {ratio:4.2f}")
    return 0 if ok or not args.check else 1


if __name__ == "__main__":
    raise SystemExit(main())
