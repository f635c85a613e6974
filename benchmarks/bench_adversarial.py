"""`extract` on hostile text: CPU time per MB within 2x of ordinary prose, and linear in size.

    python benchmarks/bench_adversarial.py [--check] [--mb 1] [--line-mb 10] [--rounds 3]

Targets (issue #15): over hostile text (the issue names digits only, separators, month names
repeated, Arabic with tatweel, and a 10 MB line; a few more shapes that stress the reader are
measured beside them) ``extract`` takes no more than twice the CPU time per MB it takes over
ordinary prose, and doubling the input at most doubles the time (<= 2.3x, no super-linear
corner). Ordinary prose is the archive prose of ``bench_read.py``: English stories from
``../shared/bench/archive.py`` with their datelines cut off and a weekday and a year in every
sentence (``corpus.prose``). The 10 MB line is that prose with its newlines made spaces, one
line of ``--line-mb`` MB, beside the same prose at half the size.

A shape in which ``extract`` finds a dateline every KB or closer ("dense": repeated whole
datelines) is held to linearity only; its cost is per finding, not per byte. Whether a shape is
dense is decided by what ``extract`` finds in it, not by a list: a shape of dates that yields
nothing is hostile text like any other.

Each figure is the median over ``--rounds`` rounds; in each round the shape at its size, at
twice (or half) its size and the prose are timed back to back (process CPU time), so a noisy
neighbour weighs on both sides of each ratio. A shape that costs under a quarter of prose per
byte even at twice its size is held to the per-MB target only: at such speeds (memchr over the
text) doubling the input measures the processor's caches, not the algorithm. A short text is extracted as many times as it
takes to make 50 ms, so that fast shapes are timed above the clock's noise.
"""

from __future__ import annotations

import argparse
import statistics
import sys
import time
from collections.abc import Callable
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))

from corpus import prose

from datelines import extract

MB = 1_000_000


def repeat(piece: str) -> Callable[[int], str]:
    return lambda size: (piece * (size // len(piece) + 1))[:size]


NAMED = {"digits", "separators", "month names", "Arabic + tatweel", "one long line (prose)"}  # in #15
DENSE = 1 / 1000  # findings per byte from which a shape is "dense": its cost is per finding
INPUTS: dict[str, Callable[[int], str]] = {
    "digits": repeat("0123456789"),
    "bare numbers": repeat("10 1437 2016 "),
    "1437/": repeat("1437/"),
    "separators": repeat("/ - , . | : ; "),
    "separators + digits": repeat("1/2-3,4.5|6:7 "),
    "month names": repeat("Rabiul Akhir Ramadan Sha'ban Dhul Hijjah January "),
    "weekdays + years": repeat("Monday 2016 Tuesday 1437 Friday 2024 "),
    # Weekdays of the archive's other languages, which begin with the same two letters as
    # some date word ("Selasa" as "September"), and years beside the first words of longer
    # date words' names ("in" of "in the Hijri calendar", "and" of "and last").
    "weekdays + years (id)": repeat("Selasa 2016 Rabu 1437 Jumat 2024 "),
    "weekdays + years (tr)": repeat("Salı 2016 Çarşamba 1437 Cuma 2024 "),
    "weekdays + years (ar)": repeat("الثلاثاء 2016 الأربعاء 1437 الجمعة 2024 "),
    "years beside in, and": repeat("in 1437 and 1438 and 2016 "),
    # Thai: words without spaces, vowel signs and tone marks that folding drops (they were
    # finds of the automata on their own, and every number of Thai text was tested).
    "weekdays + years (th)": repeat("วันพฤหัสบดี 2566 วันศุกร์ 1444 "),
    "month names + numbers (th)": repeat("1 รอมฎอน 1444 "),
    "prose + numbers (th)": repeat("สำนักจุฬาราชมนตรีประกาศว่าวันนี้ฝนตกหนัก 12 คน ทำงาน 2566 "),
    # Chinese years of the Hijri centuries' numbers with "年", and amounts after "每月" (a
    # month each): no calendar named, nothing to read (a review found both read at 2 s a MB)
    "years + 年 (zh)": repeat("1405年7月11日，郑和第一次下西洋。1433年7月22日回国。"),
    "amounts + 月 (zh)": repeat("南宁市每月1580元，呼和浩特市每月1450元，"),
    # Japanese names and dates with the dots that fold away ("・", "＝"): every dot was a find
    # of the automata on its own, and every number beside one was tested (a review: 4 -> 570
    # ms a MB)
    "names with dots + dates (ja)": repeat("田中・佐藤両氏は3月5日・火曜日に2・3倍の1＋1＝2を示した。"),
    "numbers + g": repeat("1445 g "),
    # Hijri era marks written with initials beside numbers: the "A" of "A.H." is no "A.D."
    # (a sign of a Gregorian half only with its "D"; it had cost 900 times prose)
    "Hijri marks + numbers": repeat("H.12 H.1300 AH 45 A.H. 1200 "),
    # and sections, grades and bracketed numbers beside marks (review 57's shapes)
    "sections with marks": repeat("A.H. 12, Sec. A.D. 4 "),
    "marks + bracketed numbers": repeat("12 A.H. (12) "),
    # figures of a scholar's two bare years' shape, near misses ("d. 755/1354": stop 58; while
    # the automata found the shape, every pair a find had cost 3.6 times prose)
    "number pairs": repeat("d. 755/1360; pp. 555/1234, "),
    # a bracketed year past 1700 beside slashed Hijri-range years: every "755/1360" had been
    # read as a numeric date in a window (found by stop 58, as slow on stop 57's last commit:
    # 1,000 ms a MB); then no window, but every year beside its slash was tested in Python
    # (110 ms a MB); since stop 59 the automaton leaves a slash after three figures (3 ms)
    "bracketed year + slashed years": repeat("Tel. 1200 (1790) d. 755/1360; "),
    # Near misses that only reading tells from datelines: a Hijri-range year beside a sign
    # and another year in brackets or after a dash, every 15-30 characters. Each pair is read
    # and rejected (about 1 s a MB, 400 times prose): a known limit, measured here so that it
    # shows (stop 59). Real text holds such pairs one in a paragraph, not one a line.
    "near-miss pairs": repeat("Tel. 1200 (1790) d. 12/1360; No. 1360-1790 "),
    # Month and feast names with years of our era and nothing else (stop 59: every year was
    # read in a window, 1.4-3.3 s a MB, the feasts' names since they became cues): a year
    # with no day, Hijri year or number in words near ends no dateline, and the scan skips on
    "month names + years of our era": repeat("Ramadan 2025 Shawwal 2024 "),
    "month names + years of our era (ar)": repeat("رمضان 2025 وشوال 2024، "),
    "feast names + years": repeat("Eid al-Fitr 2025 Eid al-Adha 2024 "),
    "feast names + years (ar)": repeat("عيد الفطر 2025 وعيد الأضحى 2024، "),
    "month names + numbers": repeat("10 Rabiul Akhir 1437 "),
    "whole datelines": repeat("10 Rabiul Akhir 1437/20 January 2016 "),
    "Arabic + tatweel": repeat("ربـــيع الآخـــر رمـــضان شـــعبان "),
    "Arabic + numbers": repeat("١٠ ربيع الآخر ١٤٣٧ هـ "),
    "one long word": repeat("a"),
    # Hijri dates alone and one Gregorian year in the whole text (a page of Hijri dates with a
    # copyright line at its foot, a calendar headed with its year): one piece of evidence, far
    # from nearly every date.
    # Months named in prose with no digit, beside a word that holds a number's letters
    # ("ministre": "tre", three): every window about a name was read (review 66b, 4.4 s a MB;
    # since stop 67 only a number in words standing as a word of its own opens one).
    "months in prose, no digit (fr)": repeat(
        "Le ministre a déclaré lundi que le mois prochain (juillet) verra la reprise des "
        "négociations, et que le mois de jeûne (Ramadan) sera respecté. "
    ),
    "months in prose, no digit (ar)": repeat(
        "قال الوزير إن المفاوضات ستستأنف في يوليو وإن شهر رمضان سيحترم من قبل الجميع. "
    ),
    # A weekday glued to its month where markup lost the space, with dates, every 36
    # characters (review 66b): each date is read whole, at the reader's speed (a known limit).
    "glued weekdays + dates": repeat("TuesdayMay 27th, 2025 jumaAbriil 4, "),
    "Hijri dates + year at foot": lambda size: repeat("10 Rabiul Akhir 1437 H, ")(size - 7) + " © 2016",
    "Arabic dates + year at head": lambda size: "٢٠١٦م\n" + repeat("١٠ ربيع الآخر ١٤٣٧ هـ ")(size - 6),
}


def drain(text: str) -> int:
    return sum(1 for _ in extract(text))


def calibrate(text: str) -> int:
    """How many extractions of ``text`` take about 50 ms of CPU."""
    started = time.process_time()
    drain(text)
    took = time.process_time() - started
    return max(1, round(0.05 / max(took, 1e-6)))


def cpu(text: str, number: int) -> float:
    """CPU seconds of one extraction of ``text``, over ``number`` of them."""
    started = time.process_time()
    for _ in range(number):
        drain(text)
    return (time.process_time() - started) / number


def measure(small: str, large: str, base: str, rounds: int) -> tuple[float, float, float]:
    """Medians of (seconds for ``small``, its time / ``base``'s per byte, ``large`` / ``small``)."""
    counts = [calibrate(text) for text in (small, large, base)]
    times, ratios, growth = [], [], []
    for _ in range(rounds):
        a, b, c = (cpu(text, number) for text, number in zip((small, large, base), counts, strict=True))
        times.append(a)
        ratios.append((a / len(small.encode())) / (c / len(base.encode())))
        growth.append(b / a)
    return statistics.median(times), statistics.median(ratios), statistics.median(growth)


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--check", action="store_true", help="exit 1 when a target is missed")
    parser.add_argument("--mb", type=float, default=1.0, help="size of each shape in MB (default: 1)")
    parser.add_argument("--line-mb", type=float, default=10.0, help="size of the long line (default: 10)")
    parser.add_argument("--rounds", type=int, default=3, help="rounds per figure (default: 3)")
    args = parser.parse_args()
    started = time.perf_counter()
    size = int(args.mb * MB)
    base = prose(size)
    line = int(args.line_mb * MB)
    long_line = prose(line).replace("\n", " ")
    drain(base)  # load the reader's tables outside the timing
    took = cpu(base, calibrate(base))
    print(
        f"extract over hostile text: CPU ms per MB beside archive prose ({took * 1e3 / args.mb:.0f} ms/MB, "
        f"{drain(base)} found), medians of {args.rounds} rounds"
    )
    print(f"  {'shape':<24} {'ms/MB':>6} {'x prose':>7} {'2x input':>8} {'found':>7}  verdict")
    ok = True
    rows: list[tuple[str, str, str, str]] = [
        (name, make(size), make(2 * size), "") for name, make in INPUTS.items()
    ]
    # The long line is measured against half its size (2x input = the line itself).
    rows.append(
        (
            "one long line (prose)",
            long_line[: line // 2],
            long_line,
            f"{args.line_mb / 2:g} -> {args.line_mb:g} MB",
        )
    )
    for name, small, large, note in rows:
        seconds, ratio, doubling = measure(small, large, base, args.rounds)
        found = drain(small)
        dense = found >= DENSE * len(small.encode())
        # Where even the larger input costs under a quarter of prose per byte, "doubling"
        # measures caches (1 MB stays in them, 2 MB does not), not the algorithm.
        linear = doubling <= 2.3 or ratio * doubling / 2 <= 0.25
        good = linear and (ratio <= 2.0 or dense)
        ok &= good
        tags = [note] if note else []
        if name in NAMED:
            tags.append("named in #15")
        if dense:
            tags.append("dense: linear only")
        print(
            f"  {name:<24} {seconds * 1e3 / (len(small.encode()) / MB):6.0f} {ratio:7.2f} {doubling:8.2f} "
            f"{found:>7}  {'PASS' if good else 'FAIL'}{'  (' + '; '.join(tags) + ')' if tags else ''}"
        )
    print("  targets: x prose <= 2 (per MB), 2x input <= 2.3x time (unless under 1/4 of prose per MB)")
    print(f"\n({time.perf_counter() - started:.0f} s)")
    return 0 if ok or not args.check else 1


if __name__ == "__main__":
    raise SystemExit(main())
