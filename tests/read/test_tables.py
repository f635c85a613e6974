"""The language tables: consistent, and documented by the generated page."""

from __future__ import annotations

import re
import subprocess
import sys

import pytest

import support
from datelines._read.lexicon import GMONTH, HMONTH, LEXICON, month_collisions
from datelines._read.normalize import fold, skeleton
from datelines.names import gregorian_months, hijri_months

ROOT = support.ROOT


def test_no_spelling_names_both_a_hijri_and_a_gregorian_month() -> None:
    assert month_collisions() == []


@pytest.mark.parametrize(
    ("table", "kind"), [(hijri_months.MONTHS, HMONTH), (gregorian_months.MONTHS, GMONTH)]
)
def test_every_spelling_finds_its_own_month(
    table: tuple[tuple[tuple[str, str], ...], ...], kind: str
) -> None:
    assert len(table) == 12
    for month, spellings in enumerate(table, start=1):
        for spelling, language in spellings:
            entries = LEXICON.entries[skeleton(spelling)]
            assert any(e.kind == kind and e.value == month for e in entries), (spelling, language)


def test_every_spelling_in_the_shared_list_is_in_the_tables() -> None:
    """The spellings collected in shared/reference/month-names.md, month by month."""
    names = support.SHARED / "month-names.md"
    if not names.exists():
        pytest.skip("shared/ is not beside this checkout")
    text = names.read_text(encoding="utf-8")
    section = text.split("## Seen in news pages, by month")[1].split("## Traps")[0]
    entries = re.findall(r"^\s*(\d+)\. \*\*.+?\*\* — (.+?)(?=^\s*\d+\. \*\*|\Z)", section, re.M | re.S)
    assert [int(number) for number, _ in entries] == list(range(1, 13))
    missing = []
    for number, spellings in entries:
        for spelling in " ".join(spellings.split()).split(","):
            found = LEXICON.entries.get(skeleton(spelling.strip()), ())
            if not any(e.kind == HMONTH and e.value == int(number) for e in found):
                missing.append((int(number), spelling.strip()))
    assert missing == []


def test_folding_is_idempotent_on_the_tables() -> None:
    for spellings in hijri_months.MONTHS + gregorian_months.MONTHS:
        for spelling, _ in spellings:
            assert fold(fold(spelling)) == fold(spelling)


def test_spellings_page_is_current() -> None:
    done = subprocess.run(
        [sys.executable, str(ROOT / "scripts" / "spellings_doc.py"), "--check"],
        capture_output=True, text=True, check=False,
    )  # fmt: skip
    assert done.returncode == 0, done.stderr
