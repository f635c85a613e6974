"""Cost of reading datelines, beside the baselines issue #3 names.

    python benchmarks/bench_read.py [--check]

Targets: parse() of the seed dateline costs at most half of dateutil.parser.parse on its
Gregorian half alone; extract() over 1 MB of news text with a few datelines costs at most
5 times a bare re.findall(r"\\d+") over the same text, and grows linearly with the text.
"""

from __future__ import annotations

import argparse
import re
import statistics
import sys
import timeit
from pathlib import Path

from dateutil.parser import parse as dateutil_parse

import datelines

sys.path.insert(0, str(Path(__file__).parent))
from news import news_text

SEED = "Seoul, 10 Rabiul Akhir 1437/20 January 2016 (MINA)"
DIGITS = re.compile(r"\d+")


def best(fn, number: int, repeat: int = 5) -> float:  # type: ignore[no-untyped-def]
    return min(timeit.repeat(fn, number=number, repeat=repeat)) / number


def paired(ours, theirs, number: int, pairs: int = 11) -> tuple[float, float, float]:  # type: ignore[no-untyped-def]
    """Time both back to back ``pairs`` times; return (ours, theirs, median of the ratios).

    This machine is shared: its speed changes from one second to the next. A ratio taken
    within one pair sees the same conditions on both sides, and the median of many pairs
    is stable where either time alone is not."""
    ratios, mine, base = [], [], []
    for _ in range(pairs):
        a = timeit.timeit(ours, number=number) / number
        b = timeit.timeit(theirs, number=number) / number
        mine.append(a)
        base.append(b)
        ratios.append(a / b)
    return statistics.median(mine), statistics.median(base), statistics.median(ratios)


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--check", action="store_true", help="exit 1 when a target is missed")
    args = parser.parse_args()
    ok = True

    datelines.parse(SEED)  # build the lexicon once, outside the timing
    ours, theirs, ratio = paired(
        lambda: datelines.parse(SEED), lambda: dateutil_parse("20 January 2016"), 2000
    )
    ok &= ratio <= 0.5
    print("parse (medians of 11 back-to-back pairs)")
    print(f"  datelines.parse(seed dateline)           {ours * 1e6:8.1f} µs")
    print(f"  dateutil.parser.parse('20 January 2016') {theirs * 1e6:8.1f} µs")
    print(f"  ratio {ratio:.2f} (target <= 0.5): {'PASS' if ratio <= 0.5 else 'FAIL'}")

    for language in ("en", "id", "ar"):
        print(f"\nextract over {language} news text (medians of 7 back-to-back pairs)")
        per_mb = {}
        for megabytes in (1, 4):
            text = news_text(megabytes * 1_000_000, language)
            found = sum(1 for _ in datelines.extract(text))
            ours, base, ratio = paired(
                lambda text=text: sum(1 for _ in datelines.extract(text)),
                lambda text=text: DIGITS.findall(text),
                1,
                7,
            )
            per_mb[megabytes] = ratio
            print(
                f"  {megabytes} MB: extract {ours * 1000:7.1f} ms ({found} datelines)   "
                f"re.findall {base * 1000:6.1f} ms   ratio {ratio:5.2f}"
            )
            if megabytes == 1:
                ok &= ratio <= 5
                print(f"  ratio at 1 MB {ratio:.2f} (target <= 5): {'PASS' if ratio <= 5 else 'FAIL'}")
        # findall is linear, so a steady ratio from 1 to 4 MB means extract is linear too.
        growth = per_mb[4] / per_mb[1]
        ok &= growth <= 1.3
        print(
            f"  ratio at 4 MB / at 1 MB: {growth:.2f} (linear: <= 1.3): {'PASS' if growth <= 1.3 else 'FAIL'}"
        )
    return 0 if ok or not args.check else 1


if __name__ == "__main__":
    raise SystemExit(main())
