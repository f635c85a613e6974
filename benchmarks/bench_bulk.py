"""Columns of dates at once: ``to_hijri_many`` and ``to_gregorian_many`` beside the per-date
loop, pandas' own ``.dt`` fields, and the kinds of column data teams have; memory; and
``import datelines`` without NumPy.

    python benchmarks/bench_bulk.py [--check] [--rows 10000000]

The column is what an archive holds: ``--rows`` publication dates (10 million by default)
from 1930 to 2076, more of them in recent years as archives are, unsorted, with 1 % missing,
as a pandas ``datetime64[ns]`` column (what ``pandas.read_csv(parse_dates=…)`` or
``read_parquet`` gives).

Targets (issue #15): bulk ≥ 50 × the per-date loop (``[to_hijri(d) for d in dates]`` over
the column's dates as ``datetime.date``, not counting making them) and ≥ 20 million dates a
second, in each calendar kind (a printed table, the tabular arithmetic, an authority's
calendar, a computed criterion) and both directions; ``import datelines`` < 30 ms (median
of 15 fresh interpreters, its own cumulative time from ``-X importtime``). Reported without
a target: the ratio to pandas' ``.dt.year``, ``.dt.month`` and ``.dt.day`` on the same
column, other column kinds, the accessor, and the peak memory per date.
"""

from __future__ import annotations

import argparse
import statistics
import subprocess
import sys
import time
import tracemalloc
from collections.abc import Callable
from datetime import date

import numpy as np
import pandas as pd
import pyarrow as pa

import datelines
import datelines.pandas  # registers the accessor

REPEATS = 5
LOOP_SAMPLE = 200_000  # the per-date loop runs on this many of the dates: it is slow
CALENDARS = {
    "printed table": "umalqura",
    "tabular": "civil",
    "authority": "ID",
    "computed criterion": "mabims",
}
EPOCH = date(1970, 1, 1).toordinal()


def best(fn: Callable[[], object], repeats: int = REPEATS) -> float:
    """Best of ``repeats`` (the machine is shared: the best is the least disturbed)."""
    times = []
    for _ in range(repeats):
        start = time.perf_counter()
        fn()
        times.append(time.perf_counter() - start)
    return min(times)


def archive_column(rows: int, seed: int = 15) -> pd.Series:
    """Publication dates 1930-2076, more in recent years (an archive grows), 1 % missing."""
    rng = np.random.default_rng(seed)
    first, last = date(1930, 1, 1).toordinal() - EPOCH, date(2076, 12, 31).toordinal() - EPOCH
    # Triangular towards the present: most stories are recent, a long tail is old.
    days = rng.triangular(first, date(2024, 1, 1).toordinal() - EPOCH, last, rows).astype(np.int64)
    column = days.astype("datetime64[D]").astype("datetime64[ns]")
    column[rng.random(rows) < 0.01] = np.datetime64("NaT")
    return pd.Series(column, name="published")


def import_ms(runs: int = 15) -> tuple[float, float]:
    """Median over fresh interpreters of datelines' cumulative import time (-X importtime)
    and of the wall time of `import datelines` over a bare interpreter."""
    own = []
    for _ in range(runs):
        out = subprocess.run(
            [sys.executable, "-X", "importtime", "-c", "import datelines"],
            capture_output=True,
            text=True,
            check=True,
        ).stderr
        line = next(line for line in out.splitlines() if line.rstrip().endswith("| datelines"))
        own.append(int(line.split("|")[1]) / 1000)

    def wall(code: str) -> float:
        times = []
        for _ in range(runs):
            start = time.perf_counter()
            subprocess.run([sys.executable, "-c", code], check=True)
            times.append(time.perf_counter() - start)
        return statistics.median(times)

    return statistics.median(own), (wall("import datelines") - wall("pass")) * 1000


def peak_bytes(fn: Callable[[], object]) -> int:
    tracemalloc.start()
    try:
        fn()
        return tracemalloc.get_traced_memory()[1]
    finally:
        tracemalloc.stop()


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--check", action="store_true", help="exit 1 when a target is missed")
    parser.add_argument("--rows", type=int, default=10_000_000)
    args = parser.parse_args()
    ok = True

    def verdict(label: str, value: float, target: float, *, at_most: bool = False, unit: str = "") -> None:
        nonlocal ok
        met = value <= target if at_most else value >= target
        ok &= met
        sign = "<=" if at_most else ">="
        print(
            f"  {label:<52} {value:10.1f}{unit}   target {sign} {target:g}{unit}: {'PASS' if met else 'FAIL'}"
        )

    column = archive_column(args.rows)
    n = len(column)
    present = column.dropna()
    sample = [d.date() for d in present.iloc[:LOOP_SAMPLE]]
    print(f"a column of {n:,} dates, 1930-2076, {n - len(present):,} missing (pandas datetime64[ns])")

    for kind, name in CALENDARS.items():
        cal = datelines.get_calendar(name)
        datelines.to_hijri_many(column.iloc[:1000], cal)  # the calendar's table, made once
        to_hijri = cal.to_hijri
        loop = best(lambda: [to_hijri(d) for d in sample], 3) / len(sample)  # noqa: B023
        bulk = best(lambda: datelines.to_hijri_many(column, cal)) / n  # noqa: B023
        found = datelines.to_hijri_many(column, cal)
        hijri = [to_hijri(d) for d in sample]
        loop_back = best(lambda: [cal.to_gregorian(h) for h in hijri], 3) / len(hijri)  # noqa: B023
        back = best(found.to_gregorian) / n
        assert np.array_equal(found.to_gregorian(), column.to_numpy().astype("datetime64[D]"), equal_nan=True)
        print(f"\n{kind} ({name})")
        print(
            f"  per-date loop to_hijri   {loop * 1e9:8.0f} ns/date   to_gregorian {loop_back * 1e9:8.0f} ns/date"
        )
        print(
            f"  to_hijri_many            {bulk * 1e9:8.1f} ns/date   to_gregorian_many {back * 1e9:8.1f} ns/date"
        )
        verdict("to_hijri_many: million dates a second", 1e-6 / bulk, 20)
        verdict("to_hijri_many: times faster than the loop", loop / bulk, 50)
        verdict("to_gregorian_many: million dates a second", 1e-6 / back, 20)
        verdict("to_gregorian_many: times faster than the loop", loop_back / back, 50)

    print("\npeers and column kinds (umalqura), ns a date; ratio to to_hijri_many on the pandas column")
    base = best(lambda: datelines.to_hijri_many(column)) / n
    dt = best(lambda: (column.dt.year, column.dt.month, column.dt.day)) / n
    values = column.to_numpy().astype("datetime64[D]")
    arrow = pa.array(values, pa.date32())
    kinds = {
        "pandas .dt.year, .dt.month, .dt.day (Gregorian)": dt,
        "to_hijri_many(pandas datetime64[ns])": base,
        "to_hijri_many(numpy datetime64[D])": best(lambda: datelines.to_hijri_many(values)) / n,
        "to_hijri_many(Arrow date32)": best(lambda: datelines.to_hijri_many(arrow)) / n,
        "series.hijri.to_frame()": best(column.hijri.to_frame) / n,
    }
    objects = [None if d is pd.NaT else d for d in list(present.iloc[:LOOP_SAMPLE].dt.date)]
    kinds["to_hijri_many(list of date)"] = best(lambda: datelines.to_hijri_many(objects)) / len(objects)
    days_sample = column.iloc[:LOOP_SAMPLE]
    kinds["series.hijri.format('mina') (distinct days once)"] = best(
        lambda: days_sample.hijri.format("mina"), 3
    ) / len(days_sample)
    for label, seconds in kinds.items():
        print(f"  {label:<52} {seconds * 1e9:8.1f} ns   ratio {seconds / base:6.2f}")

    peak = peak_bytes(lambda: datelines.to_hijri_many(column))
    print(
        f"\npeak memory of to_hijri_many: {peak / 2**20:.0f} MiB for {n:,} dates, {peak / n:.1f} bytes a date"
    )
    print("  (the answer itself is 13 bytes a date: three int32 arrays and the missing mask)")

    own, wall = import_ms()
    print("\nimport datelines (median of 15 fresh interpreters)")
    print(f"  cumulative (-X importtime): {own:.1f} ms   wall over bare python: {wall:.1f} ms")
    verdict("import datelines, ms (cumulative)", own, 30, at_most=True, unit=" ms")
    return 0 if ok or not args.check else 1


if __name__ == "__main__":
    raise SystemExit(main())
