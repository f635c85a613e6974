"""Review 62c's leftovers, taken up in stop 63: a Hijri month before an English cardinal day
with its year next, a number in Markdown emphasis in plain text, and a rating's star in
Markdown."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from datelines import check, extract, parse
from datelines._markdown import markdown_text


def test_a_hijri_month_before_a_cardinal_day_and_its_year() -> None:
    line = parse("Rajab twenty-two, 1445 AH (February 3, 2024)")
    assert line.hijri is not None
    assert (line.hijri.year, line.hijri.month, line.hijri.day) == (1445, 7, 22)
    assert check(line).ok


@pytest.mark.parametrize(
    "text",
    [
        "the twenty-one Ramadan 1445 fasts",  # a count before the month
        "Ramadan twenty-nine days long, 1445 AH",  # a count of days after it
    ],
)
def test_a_cardinal_that_counts_is_no_day(text: str) -> None:
    assert all(line.hijri is None or line.hijri.day is None for line in extract(text))
    line = parse(text)
    assert line.hijri is not None
    assert line.hijri.day is None


@pytest.mark.parametrize(
    "text",
    [
        "**17** Ramadan 1445 / 27 March 2024",
        "*17* Ramadan 1445 / 27 March 2024",
        "***17*** Ramadan 1445 / 27 March 2024",
    ],
)
def test_a_day_in_emphasis_in_plain_text_is_a_day(text: str) -> None:
    (line,) = extract(text)
    assert line.hijri is not None
    assert line.hijri.day == 17
    assert check(line).ok


@pytest.mark.parametrize(
    "text",
    [
        "Rated 4* Ramadan 1445 / 27 March 2024",  # a rating
        "17* Ramadan 1445 / 27 March 2024",  # a footnote's mark
        "**17* Ramadan 1445 / 27 March 2024",  # unbalanced
        "** 17 ** Ramadan 1445 / 27 March 2024",  # not glued
    ],
)
def test_a_star_on_one_side_stays_between_a_number_and_a_month(text: str) -> None:
    line = parse(text)
    assert line.hijri is not None
    assert line.hijri.day is None


def test_markdown_leaves_a_rating_s_star_and_blanks_paired_emphasis() -> None:
    assert markdown_text("Rated 4* Ramadan 1445") == "Rated 4* Ramadan 1445"
    assert markdown_text("**17** Ramadan") == "  17   Ramadan"
    assert markdown_text("*one **two** three*") == " one   two   three "


@given(st.text(alphabet="*ab 1\n", max_size=40))
def test_markdown_blanking_keeps_every_offset_and_only_blanks_asterisks(text: str) -> None:
    blanked = markdown_text(text)
    assert len(blanked) == len(text)
    assert all(b == t or (t == "*" and b == " ") for b, t in zip(blanked, text, strict=True))
