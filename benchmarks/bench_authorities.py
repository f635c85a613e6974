"""The authorities' calendars: conversion cost beside hijridate, the one-off cost of
computing month starts, and the Umm al-Qura rule beside hijrical on the printed table.

    python benchmarks/bench_authorities.py [--check] [--skip-hijrical]

Targets (issue #12): ``to_hijri`` and ``to_gregorian`` on an authority's calendar at most
1.5 × ``hijridate`` on Umm al-Qura, per call, after the first. Reported, without a target:
the first use of an authority's calendar (a fresh interpreter), the default check's first
disagreeing line (it builds every authority's calendar), the cost of a year of month
starts computed at a place with no shipped table, per criterion, and month-by-month
agreement of the computed Umm al-Qura rule with the printed table over 1420-1500 AH for
datelines and for hijrical, timed in the same run.
"""

from __future__ import annotations

import argparse
import random
import statistics
import subprocess
import sys
import time
import timeit
from collections.abc import Callable
from datetime import date

import hijridate

import datelines
from datelines.calendars.computed import year_starts
from datelines.calendars.criteria import CRITERIA
from datelines.calendars.places import get_place

ROUNDS = 11
AUTHORITIES = ("ID", "TR", "MY", "IR", "US")


def paired_ratio(ours: Callable[[], object], theirs: Callable[[], object]) -> float:
    """Median of ROUNDS ratios, each timed back to back (the machine is shared)."""
    return statistics.median(
        timeit.timeit(ours, number=1) / timeit.timeit(theirs, number=1) for _ in range(ROUNDS)
    )


def per_call(fn: Callable[[], object], calls: int) -> float:
    return statistics.median(timeit.repeat(fn, number=1, repeat=ROUNDS)) / calls * 1e6


def fresh(code: str) -> float:
    """Seconds a snippet takes in a fresh interpreter (best of three), less the import."""
    script = f"import time, datelines; t = time.perf_counter(); {code}; print(time.perf_counter() - t)"
    return min(
        float(
            subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, check=True).stdout
        )
        for _ in range(3)
    )


def conversion(calls: int, check: bool) -> bool:
    rng = random.Random(1446)
    uq = datelines.get_calendar("umalqura")
    first, last = uq.first_gregorian.toordinal(), uq.last_gregorian.toordinal()
    days = [date.fromordinal(rng.randint(first, last)) for _ in range(calls)]
    theirs_h = [hijridate.Gregorian.fromdate(d).to_hijri() for d in days]
    tuples = [(h.year, h.month, h.day) for h in theirs_h]
    HGregorian, HHijri = hijridate.Gregorian, hijridate.Hijri
    peer_to_hijri = per_call(lambda: [HGregorian.fromdate(d).to_hijri() for d in days], calls)
    peer_to_gregorian = per_call(lambda: [HHijri(y, m, d).to_gregorian() for y, m, d in tuples], calls)
    print(f"\nconversion ({calls} random dates in 1924-2077, median of {ROUNDS}; after first use)")
    print(f"  hijridate Gregorian.fromdate(d).to_hijri()   {peer_to_hijri:6.2f} µs/call")
    print(f"  hijridate Hijri(y, m, d).to_gregorian()      {peer_to_gregorian:6.2f} µs/call")
    ok = True
    to_hijri, to_gregorian = datelines.to_hijri, datelines.to_gregorian
    for authority in AUTHORITIES:
        cal = datelines.get_calendar(authority)
        hijri = [cal.to_hijri(d) for d in days]
        ours_h = per_call(lambda cal=cal: [to_hijri(d, cal) for d in days], calls)
        ours_g = per_call(lambda cal=cal, hijri=hijri: [to_gregorian(h, cal) for h in hijri], calls)
        ratio_h = paired_ratio(
            lambda cal=cal: [to_hijri(d, cal) for d in days],
            lambda: [HGregorian.fromdate(d).to_hijri() for d in days],
        )
        ratio_g = paired_ratio(
            lambda cal=cal, hijri=hijri: [to_gregorian(h, cal) for h in hijri],
            lambda: [HHijri(y, m, d).to_gregorian() for y, m, d in tuples],
        )
        good = ratio_h <= 1.5 and ratio_g <= 1.5
        ok &= good
        print(
            f"  {authority:<4} to_hijri {ours_h:6.2f} µs ({ratio_h:4.2f}×)   to_gregorian {ours_g:6.2f} µs "
            f"({ratio_g:4.2f}×)   target ≤ 1.5×: {'PASS' if good else 'FAIL'}"
        )
    return ok or not check


def first_use() -> None:
    print("\nfirst use, in a fresh interpreter (best of 3)")
    rows = {
        "get_calendar('ID') and one to_hijri": "datelines.get_calendar('ID').to_hijri(__import__('datetime').date(2025, 3, 31))",
        "get_calendar('TR') and one to_hijri": "datelines.get_calendar('TR').to_hijri(__import__('datetime').date(2025, 3, 31))",
        "check(), a line every authority agrees with": "datelines.check('1 Ramadan 1446 H / 1 Maret 2025')",
        "check(), a line no authority agrees with": "datelines.check('1 Syawal 1446 H / 5 April 2025')",
        "religious_days(1446) for all 14 authorities": "datelines.religious_days(1446)",
    }
    for name, code in rows.items():
        print(f"  {name:<46} {fresh(code) * 1000:7.1f} ms")
    check = datelines.check
    check("1 Syawal 1446 H / 5 April 2025")
    warm = per_call(lambda: [check("1 Syawal 1446 H / 5 April 2025") for _ in range(200)], 200)
    agree = per_call(lambda: [check("Jakarta, 1 Syawal 1446 H / 31 Maret 2025") for _ in range(200)], 200)
    print(f"  then: a disagreeing line {warm / 1000:.2f} ms, an agreeing one {agree / 1000:.2f} ms per check")


def computing() -> None:
    print("\na year of month starts computed at a place with no shipped table (1446 AH)")
    places = {"umalqura-rule": "Medina", "mabims": "Jakarta", "wujudul-hilal": "Jakarta", "odeh": "Istanbul"}
    for name, criterion in CRITERIA.items():
        place = get_place(places[name]) if name in places else criterion.place
        started = time.perf_counter()
        year_starts(criterion, place, 1446)
        took = time.perf_counter() - started
        print(f"  {name:<14} at {place.name:<10} {took * 1000:7.0f} ms")


def umalqura_rule(skip_hijrical: bool) -> None:
    # Month by month, as the rule is applied: from the printed start of the month before,
    # the evening of its 29th decides whether the month has 29 days or 30.
    printed = datelines.get_calendar("umalqura")
    months = [(y, m) for y in range(1420, 1501) for m in range(1, 13)]
    criterion = CRITERIA["umalqura-rule"]
    started = time.perf_counter()
    same, differ = 0, []
    for year, month in months:
        before = printed.first_day(year - 1, 12) if month == 1 else printed.first_day(year, month - 1)
        ending = year if month > 1 else year - 1
        evening = date.fromordinal(before.toordinal() + 28)
        found = date.fromordinal(
            before.toordinal() + (29 if criterion.test(evening, criterion.place, ending) else 30)
        )
        if found == printed.first_day(year, month):
            same += 1
        else:
            differ.append(f"{year}-{month:02d}")
    took = time.perf_counter() - started
    print("\nthe Umm al-Qura rule beside the printed table, 1420-1500 AH, month by month")
    print(
        f"  datelines (astronomy-engine)  {same}/{len(months)} in {took:5.1f} s   differ: {', '.join(differ)}"
    )
    if skip_hijrical:
        return
    try:
        import hijrical
    except ImportError:
        print("  hijrical: not installed (pip install -e '.[bench]')")
        return
    calendar = hijrical.AstronomicalCalendar("mecca", "umm_al_qura")
    started = time.perf_counter()
    same, differ = 0, []
    for year, month in months:
        found = date.fromordinal(calendar.to_jdn(year, month, 1) - 1721425)
        if found == printed.first_day(year, month):
            same += 1
        else:
            differ.append(f"{year}-{month:02d}")
    took = time.perf_counter() - started
    print(
        f"  hijrical                      {same}/{len(months)} in {took:5.1f} s   differ: {', '.join(differ)}"
    )


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--check", action="store_true", help="exit 1 when a target is missed")
    parser.add_argument("--calls", type=int, default=20000)
    parser.add_argument("--skip-hijrical", action="store_true")
    args = parser.parse_args()
    ok = conversion(args.calls, args.check)
    first_use()
    computing()
    umalqura_rule(args.skip_hijrical)
    return 0 if ok else 1


if __name__ == "__main__":
    raise SystemExit(main())
