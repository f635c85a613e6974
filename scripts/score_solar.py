"""Score the reader on the Solar Hijri lines (tests/data/solar_datelines.jsonl): how many
``parse`` reads exactly. With --write-misses, writes tests/data/solar_misses.json (the
lines not yet read, which the test expects to fail).

usage: python scripts/score_solar.py [--show] [--write-misses]
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path[:0] = [str(ROOT / "src"), str(ROOT / "tests")]

from support import solar_verdict  # noqa: E402

# The lines from here on were collected on 2026-12-02, after the reader was written; the
# reader read 23 of their 47 three-calendar lines before it was changed for them.
SECOND_COLLECTION = 121


def main() -> None:
    path = ROOT / "tests" / "data" / "solar_datelines.jsonl"
    records = [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]
    misses = {str(i): problem for i, r in enumerate(records) if (problem := solar_verdict(r)) is not None}
    if "--show" in sys.argv:
        for index, problem in misses.items():
            print(f"{str(records[int(index)]['text'])[:120]!r}\n    {problem}")
    both = [r for r in records if r["solar_hijri"] and (r["hijri"] or r["gregorian"])]
    read = sum(1 for i, r in enumerate(records) if str(i) not in misses)
    read_both = sum(1 for i, r in enumerate(records) if str(i) not in misses and r in both)
    print(
        f"parse read {read}/{len(records)} lines exactly; {read_both}/{len(both)} with two or three calendars"
    )
    three = [i for i, r in enumerate(records) if r["solar_hijri"] and r["hijri"] and r["gregorian"]]
    read_three = [i for i in three if str(i) not in misses]
    outlets = {records[i]["outlet"] for i in read_three}
    print(f"three calendars: {len(read_three)}/{len(three)} lines read exactly, from {len(outlets)} outlets")
    second = [i for i in three if i >= SECOND_COLLECTION]
    read_second = [i for i in second if str(i) not in misses]
    print(f"  of them collected 2026-12-02 (lines {SECOND_COLLECTION}-): {len(read_second)}/{len(second)}")
    if "--write-misses" in sys.argv:
        out = ROOT / "tests" / "data" / "solar_misses.json"
        out.write_text(json.dumps(misses, ensure_ascii=False, indent=0) + "\n", encoding="utf-8")
        print(f"wrote {out} ({len(misses)} lines)")


if __name__ == "__main__":
    main()
