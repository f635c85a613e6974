"""Cost of reading datelines on real shapes, beside the baselines issue #15 names.

    python benchmarks/bench_read.py [--check] [--pairs N]

Targets (issue #15), each a ratio measured side by side in this run:

- parse: every line of the development set and of the real corpora in ``tests/data`` (field
  "text"; a line ``parse`` rejects counts too, its time including the raise) costs, as a ratio
  to ``dateutil.parser.parse("20 January 2016")`` timed beside it, median <= 0.5 and slowest
  <= 1.0, per corpus and overall. The seed dateline as it stands in its story (with the dash)
  is its own row.
- extract over ``../shared/bench/archive.py`` text (each language it writes and the mix, 1 and
  4 MB) <= 5 x ``re.findall(r"\\d+")`` on the same text, linear (the ratio at 4 MB / at 1 MB
  <= 1.3), finding every dateline the generator wrote (a dateline counts as found when a
  finding starts inside it; read right when both halves are the dates it was written from).
- extract over English prose without datelines (archive stories with the dateline cut off and
  a weekday and a year in every sentence, ``corpus.prose``) <= 2 x ``re.findall``.

Times are process CPU time (``time.process_time``), taken in back-to-back pairs: this machine
is shared, so a ratio within one pair sees the same conditions on both sides, and the median
of the pairs' ratios is the figure.
"""

from __future__ import annotations

import argparse
import json
import re
import statistics
import sys
import time
from collections.abc import Callable
from functools import partial
from pathlib import Path
from typing import NamedTuple

from dateutil.parser import parse as dateutil_parse

import datelines

sys.path.insert(0, str(Path(__file__).parent))
from corpus import LANGUAGES, Story, archive_stories, archive_text, prose

DATA = Path(__file__).resolve().parents[1] / "tests" / "data"
CORPORA = ("dev", "heldout", "running", "solar", "authority")
SEED = "Seoul, 10 Rabiul Akhir 1437/20 January 2016 (MINA) –"
DIGITS = re.compile(r"\d+")
MB = 1_000_000


def verdict(good: bool) -> str:
    return "PASS" if good else "FAIL"


def cpu(fn: Callable[[], object], number: int) -> float:
    """CPU seconds per call of ``fn``, over ``number`` calls."""
    started = time.process_time()
    for _ in range(number):
        fn()
    return (time.process_time() - started) / number


def paired(ours: Callable[[], object], theirs: Callable[[], object], number: int, pairs: int) -> tuple[float, float, float]:  # fmt: skip
    """Medians of (ours, theirs, ours / theirs) over ``pairs`` back-to-back pairs."""
    mine, base, ratios = [], [], []
    for _ in range(pairs):
        a = cpu(ours, number)
        b = cpu(theirs, number)
        mine.append(a)
        base.append(b)
        ratios.append(a / b)
    return statistics.median(mine), statistics.median(base), statistics.median(ratios)


def parse_or_reject(text: str) -> bool:
    """Parse ``text``; False when the reader rejects it (the raise is part of the cost)."""
    try:
        datelines.parse(text)
    except datelines.DatelineError:
        return False
    return True


def extract_all(text: str) -> list[datelines.Dateline]:
    return list(datelines.extract(text))


def load(name: str) -> list[str]:
    with (DATA / f"{name}_datelines.jsonl").open(encoding="utf-8") as lines:
        return [json.loads(line)["text"] for line in lines if line.strip()]


def spread(ratios: list[float]) -> tuple[float, float, float]:
    p90 = statistics.quantiles(ratios, n=10, method="inclusive")[-1] if len(ratios) > 1 else ratios[0]
    return statistics.median(ratios), p90, max(ratios)


def bench_parse(pairs: int) -> bool:
    ok = True
    baseline = lambda: dateutil_parse("20 January 2016")  # noqa: E731
    parse_or_reject(SEED)  # build the lexicon once, outside the timing
    rows: dict[str, list[tuple[float, float, str, bool]]] = {}
    seed_ours, seed_theirs, seed_ratio = paired(lambda: parse_or_reject(SEED), baseline, 200, 3 * pairs)
    rows["seed dateline"] = [(seed_ratio, seed_ours, SEED, False)]
    for name in CORPORA:
        rows[name] = []
        for text in load(name):
            rejected = not parse_or_reject(text)
            ours, _, ratio = paired(partial(parse_or_reject, text), baseline, 10, pairs)
            rows[name].append((ratio, ours, text, rejected))
    every = [row for name in CORPORA for row in rows[name]]
    print(
        f"parse: each line's CPU time / dateutil.parser.parse('20 January 2016') beside it "
        f"(median of {pairs} back-to-back pairs; dateutil {seed_theirs * 1e6:.1f} µs)"
    )
    print(
        f"  {'corpus':<14} {'lines':>5} {'rejected':>8} {'median':>7} {'p90':>6} {'slowest':>7}  median µs  verdict"
    )
    for name, group in [*rows.items(), ("overall", every)]:
        ratios = [row[0] for row in group]
        median, p90, slowest = spread(ratios)
        good = median <= 0.5 and slowest <= 1.0
        ok &= good
        print(
            f"  {name:<14} {len(group):>5} {sum(row[3] for row in group):>8} {median:7.2f} {p90:6.2f} "
            f"{slowest:7.2f}  {statistics.median(row[1] for row in group) * 1e6:9.1f}  {verdict(good)}"
        )
    print("  targets: median <= 0.5, slowest <= 1.0 (per row)")
    print("  5 slowest lines (ratio, µs, rejected?):")
    for ratio, ours, text, rejected in sorted(every, reverse=True)[:5]:
        shown = text if len(text) <= 100 else text[:97] + "..."
        print(f"    {ratio:6.2f}  {ours * 1e6:7.0f}  {'rejected' if rejected else '        '}  {shown!r}")
    return ok


class Tally(NamedTuple):
    found: int  # stories whose opening dateline a finding starts in
    right: int  # ... and read as written (a year the dateline leaves out may be inferred)
    other: list[str]  # findings outside the opening datelines, with some context
    missed: list[str]  # datelines no finding starts in
    wrong: list[str]  # datelines found but read otherwise: "dateline -> finding's text"
    alarms: list[str]  # datelines read right that the default check says are wrong (all are right)


def ymd(part: datelines.DatePart | None) -> tuple[int | None, ...] | None:
    if part is None:
        return None
    return (part.year if part.year is not None else part.inferred_year, part.month, part.day)


def tally(stories: list[Story], starts: list[int], text: str, found: list[datelines.Dateline]) -> Tally:
    index = 0
    hits: dict[int, list[datelines.Dateline]] = {}
    other = []
    for dateline in found:
        begin = dateline.span[0]
        while index + 1 < len(starts) and starts[index + 1] <= begin:
            index += 1
        if begin < starts[index] + len(stories[index].dateline):
            hits.setdefault(index, []).append(dateline)
        else:
            low, high = dateline.span
            other.append(f"{text[max(low - 30, 0) : low]}[{text[low:high]}]{text[high : high + 10]}")
    right, missed, wrong, alarms = 0, [], [], []
    for i, story in enumerate(stories):
        if i not in hits:
            missed.append(story.dateline)
        elif read := [
            d for d in hits[i] if ymd(d.gregorian) == story.gregorian and ymd(d.hijri) == story.hijri
        ]:
            right += 1
            if not (verdict := datelines.check(read[0])).ok:
                alarms.append(f"{story.text[:120]}  ->  {verdict.message}")
        else:
            wrong.append(f"{story.dateline}  ->  {hits[i][0].text}")
    return Tally(len(hits), right, other, missed, wrong, alarms)


def bench_extract(pairs: int) -> bool:
    ok = True
    print(
        f"\nextract over archive.py text (stories joined by newlines) beside re.findall(r'\\d+'); "
        f"median of {pairs} pairs at 1 MB, {max(3, pairs // 2)} at 4 MB"
    )
    print(
        f"  {'text':<6} {'MB':>2} {'extract ms':>10} {'MB/s':>5} {'findall ms':>10} {'ratio':>6}  "
        f"{'stories':>7} {'found':>6} {'right':>6} {'other':>5} {'alarms':>6}"
    )
    examples: dict[str, Tally] = {}
    for lang in LANGUAGES:
        every = archive_stories(4 * MB, lang)
        ratio_at = {}
        for megabytes in (1, 4):
            # archive.py stops at a size, so its first MB is the same stories as a 1 MB run.
            stories, total = [], 0
            for story in every:
                if total >= megabytes * MB:
                    break
                stories.append(story)
                total += len(story.text.encode()) + 1
            text, starts = archive_text(stories)
            found = list(datelines.extract(text))
            counts = tally(stories, starts, text, found)
            ours, base, ratio = paired(
                partial(extract_all, text),
                partial(DIGITS.findall, text),
                1,
                pairs if megabytes == 1 else max(3, pairs // 2),
            )
            ratio_at[megabytes] = ratio
            good = ratio <= 5 and counts.found == len(stories)
            ok &= good
            size = len(text.encode()) / MB
            print(
                f"  {lang:<6} {megabytes:>2} {ours * 1e3:10.0f} {size / ours:5.1f} {base * 1e3:10.1f} {ratio:6.2f}  "
                f"{len(stories):>7} {counts.found:>6} {counts.right:>6} {len(counts.other):>5} "
                f"{len(counts.alarms):>6}  {verdict(good)}"
            )
            examples[lang] = counts
        growth = ratio_at[4] / ratio_at[1]
        ok &= growth <= 1.3
        print(f"  {lang:<6} ratio at 4 MB / at 1 MB {growth:.2f} (linear: <= 1.3) {verdict(growth <= 1.3)}")
    print("  targets: ratio <= 5 and found == stories (one dateline per story); linear")
    print("  (found: stories whose dateline a finding starts in; right: and both halves read as written;")
    print("   other: findings outside the opening datelines, in the stories' bodies;")
    print("   alarms: datelines read right that the default check calls wrong: each a false alarm)")
    for lang, counts in examples.items():  # at 4 MB
        for kind, lines in (
            ("missed", counts.missed),
            ("read otherwise", counts.wrong),
            ("other findings", counts.other),
            ("false alarms", counts.alarms),
        ):
            if lines:
                print(f"  {kind} in {lang} at 4 MB ({len(lines)}), e.g.:")
                for line in lines[:3]:
                    print(f"    {line!r}")
    return ok


def bench_prose(pairs: int) -> bool:
    text = prose(MB)
    found = sum(1 for _ in datelines.extract(text))
    ours, base, ratio = paired(lambda: list(datelines.extract(text)), lambda: DIGITS.findall(text), 1, pairs)
    good = ratio <= 2
    print("\nextract over 1 MB of English archive prose without datelines (a weekday and a year a sentence)")
    print(
        f"  extract {ours * 1e3:.0f} ms ({1 / ours:.1f} MB/s, {found} found)   re.findall {base * 1e3:.1f} ms   "
        f"ratio {ratio:.2f} (target <= 2): {verdict(good)}"
    )
    return good


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--check", action="store_true", help="exit 1 when a target is missed")
    parser.add_argument("--pairs", type=int, default=5, help="back-to-back pairs per figure (default: 5)")
    args = parser.parse_args()
    started = time.perf_counter()
    from datelines._read import tokens

    compiled = not tokens.__file__.endswith(".py")
    print(f"reader: {'compiled with mypyc' if compiled else 'pure Python'} ({Path(tokens.__file__).name})\n")
    ok = bench_parse(args.pairs)
    ok &= bench_extract(args.pairs)
    ok &= bench_prose(args.pairs)
    print(f"\n({time.perf_counter() - started:.0f} s)")
    return 0 if ok or not args.check else 1


if __name__ == "__main__":
    raise SystemExit(main())
