"""Score the reader on the running-text corpus (tests/data/running_datelines.jsonl).

Prints, for the tuning split, the held-out split (30 % of the sites, chosen by a hash of
the host name so that no site is in both) and all lines: how many lines parse reads
exactly, and how many parse and extract both read exactly. With --write-misses, writes
tests/data/running_misses.json: the lines not yet read, which the test expects to fail.

usage: python scripts/score_running.py [--show [--show-heldout]] [--write-misses]
"""

from __future__ import annotations

import hashlib
import json
import sys
from pathlib import Path
from urllib.parse import urlparse

ROOT = Path(__file__).resolve().parents[1]
sys.path[:0] = [str(ROOT / "src"), str(ROOT / "tests")]

from support import running_verdicts  # noqa: E402


def split_of(record: dict[str, object]) -> str:
    host = urlparse(str(record["source"])).netloc.lower().removeprefix("www.")
    return "heldout" if int(hashlib.sha256(host.encode()).hexdigest(), 16) % 10 < 3 else "tune"


def main() -> None:
    path = ROOT / "tests" / "data" / "running_datelines.jsonl"
    records = [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]
    misses: dict[str, str] = {}
    counts: dict[str, list[int]] = {"tune": [0, 0, 0], "heldout": [0, 0, 0]}
    for index, record in enumerate(records):
        parse_problem, extract_problem = running_verdicts(record)
        count = counts[split_of(record)]
        count[0] += 1
        count[1] += parse_problem is None
        count[2] += parse_problem is None and extract_problem is None
        if parse_problem or extract_problem:
            misses[str(index)] = "; ".join(p for p in (parse_problem, extract_problem) if p)[:200]
            # Held-out misses are shown only when asked: reading them is tuning on them.
            if "--show" in sys.argv and (split_of(record) == "tune" or "--show-heldout" in sys.argv):
                print(f"[{record['language']}] {str(record['text'])[:140]}\n    {misses[str(index)]}")
    total = [sum(c[i] for c in counts.values()) for i in range(3)]
    for name, (n, parsed, both) in (*counts.items(), ("all", total)):
        print(
            f"{name:8} parse {parsed}/{n} = {100 * parsed / n:.1f} %   parse and extract {both}/{n} = {100 * both / n:.1f} %"
        )
    if "--write-misses" in sys.argv:
        out = ROOT / "tests" / "data" / "running_misses.json"
        out.write_text(json.dumps(misses, ensure_ascii=False, indent=0) + "\n", encoding="utf-8")
        print(f"wrote {out} ({len(misses)} lines)")


if __name__ == "__main__":
    main()
