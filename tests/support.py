"""What several test modules share (no test module imports another): where things are,
the rows of our variant table, and how to run the installed console script."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
DATA = ROOT / "tests" / "data"
EXAMPLES = ROOT / "docs" / "examples"
SHARED = ROOT.parent / "shared" / "reference"


def variant_rows() -> list[tuple[str, str, str]]:
    """tests/data/variants.txt: (text, Hijri half, Gregorian half), "-" for no dateline."""
    rows = []
    for line in (DATA / "variants.txt").read_text(encoding="utf-8").splitlines():
        if not line.strip() or line.startswith("#"):
            continue
        text, hijri, gregorian = (part.strip() for part in line.split(" || "))
        rows.append((text, hijri, gregorian))
    return rows


def real_lines(*names: str) -> list[dict[str, object]]:
    """The records of JSON Lines files in tests/data."""
    return [
        json.loads(line)
        for name in names
        for line in (DATA / name).read_text(encoding="utf-8").splitlines()
        if line.strip()
    ]


def console_script() -> str:
    """The installed ``datelines`` script beside this Python."""
    found = shutil.which("datelines", path=os.path.dirname(sys.executable)) or shutil.which("datelines")
    if found is None:
        pytest.fail("the datelines console script is not installed beside this Python")
    return found


def cli(
    *argv: str, stdin: str | bytes = b"", env: dict[str, str] | None = None, shell: str = ""
) -> subprocess.CompletedProcess[bytes]:
    """The installed console script, as a user runs it (``shell`` adds a redirection)."""
    data = stdin.encode() if isinstance(stdin, str) else stdin
    script = console_script()
    if shell:
        command = " ".join([script, *(repr(a) for a in argv), shell])
        return subprocess.run(
            command, shell=True, input=data, capture_output=True, timeout=120, env=env, check=False
        )
    return subprocess.run([script, *argv], input=data, capture_output=True, timeout=120, env=env, check=False)


def strict_json(line: str) -> object:
    """JSON as the standard has it: NaN and Infinity refused."""

    def refuse(name: str) -> object:
        raise ValueError(f"{name} is not JSON")

    return json.loads(line, parse_constant=refuse)


def running_verdicts(record: dict[str, object]) -> tuple[str | None, str | None]:
    """Whether the reader reads one line of tests/data/running_datelines.jsonl exactly:
    ``(parse problem, extract problem)``, each None when right.

    ``parse`` must give the labelled Hijri half (year, month, day, None where the text does
    not say it) and, when the label pairs the halves, the labelled Gregorian half (else
    none); a negative must give no Hijri half. ``extract`` must give the labelled pair among
    its datelines when the label pairs them, and no dateline otherwise."""
    from datelines import DatelineError, extract, parse

    def halves(line: object) -> tuple[object, object]:
        hijri, gregorian = line.hijri, line.gregorian  # type: ignore[attr-defined]
        return (
            None if hijri is None else [hijri.year, hijri.month, hijri.day],
            None if gregorian is None else [gregorian.year, gregorian.month, gregorian.day],
        )

    text = str(record["text"])
    want_hijri = record["hijri"]
    want_gregorian = record["gregorian"] if record.get("paired") else None
    try:
        got = halves(parse(text))
        right = got[0] is None if want_hijri is None else got == (want_hijri, want_gregorian)
        parse_problem = None if right else f"parse read {got}"
    except DatelineError as error:
        parse_problem = None if want_hijri is None else f"parse: {error}"
    # a Solar Hijri and lunar line of Iran's or Afghanistan's is no Hijri and Gregorian pair:
    # tests/data/solar_datelines.jsonl holds what it must read; nor is a Bangladeshi masthead
    # of Gregorian and Bengali dates (tests/data/bangla_datelines.jsonl)
    found = [
        halves(line)
        for line in extract(text)
        if (line.gregorian is not None or line.solar_hijri is None)
        and not (line.hijri is None and line.bangla)
    ]
    if record.get("paired"):
        extract_problem = None if (want_hijri, want_gregorian) in found else f"extract found {found}"
    else:
        extract_problem = None if not found else f"extract found {found}"
    return parse_problem, extract_problem


def solar_verdict(record: dict[str, object]) -> str | None:
    """Whether ``parse`` reads one line of tests/data/solar_datelines.jsonl exactly: its
    Solar Hijri, lunar and Gregorian halves as labelled (None where the line has none).
    None when right, else what it read."""
    from datelines import DatelineError, parse

    def ymd(part: object) -> list[int | None] | None:
        return None if part is None else [part.year, part.month, part.day]  # type: ignore[attr-defined]

    want = [record["solar_hijri"], record["hijri"], record["gregorian"]]
    try:
        line = parse(str(record["text"]))
    except DatelineError as error:
        return None if want == [None, None, None] else f"parse: {error}"[:160]
    got = [ymd(line.solar_hijri), ymd(line.hijri), ymd(line.gregorian)]
    return None if got == want else f"read {got}"
