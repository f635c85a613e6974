"""A house style whose byline stands in brackets after the place, as Pakistan's Urdu papers
print it: "کراچی (اسٹاف رپورٹر) 12 رمضان 1446ھ بمطابق 13 مارچ 2025ء" (trial 26: the style file
was refused; only the Iranian agencies' "{place}- {agency}- " was allowed)."""

from __future__ import annotations

import datetime

import pytest
from hypothesis import given
from hypothesis import strategies as st

from datelines import Style, StyleError, check, format, parse

URDU = Style(
    "jang-urdu",
    "{hday} {hmonth} {hyear}{hera} بمطابق {gday} {gmonth} {gyear}{gera}",
    language="ur",
    calendar="PK",
    place="{place} ({agency}) ",
)
DAY = datetime.date(2025, 3, 13)


def test_the_byline_stands_in_brackets_after_the_place() -> None:
    line = format(DAY, style=URDU, place="کراچی", agency="اسٹاف رپورٹر")
    assert line == "کراچی (اسٹاف رپورٹر) 12 رمضان 1446ھ بمطابق 13 مارچ 2025ء"
    read = parse(line)
    assert (read.place, read.agency) == ("کراچی", "اسٹاف رپورٹر")
    assert check(line).ok


def test_without_a_byline_no_bracket_is_left_and_without_a_place_it_goes_last() -> None:
    assert format(DAY, style=URDU, place="کراچی") == "کراچی 12 رمضان 1446ھ بمطابق 13 مارچ 2025ء"
    assert format(DAY, style=URDU, agency="اسٹاف رپورٹر").endswith("2025ء (اسٹاف رپورٹر)")


def test_other_shapes_are_still_refused() -> None:
    for place in ("{place} [{agency}] ", "{place} ({agency})", "({agency}) {place} "):
        with pytest.raises(StyleError, match="agency"):
            Style("bad", "{hday}", place=place)


@given(
    st.dates(datetime.date(2015, 1, 1), datetime.date(2026, 3, 31)),
    st.sampled_from(["کراچی", "لاہور", "اسلام آباد", "پشاور"]),
    st.sampled_from(["اسٹاف رپورٹر", "نامہ نگار", "آن لائن", None]),
)
def test_everything_it_writes_reads_back_and_checks(
    day: datetime.date, place: str, agency: str | None
) -> None:
    """Law: a line of the bracketed shape reads back with its place, its byline and its days,
    and checks under the style's calendar."""
    line = format(day, style=URDU, place=place, agency=agency)
    read = parse(line)
    assert (read.place, read.agency) == (place, agency), line
    assert read.gregorian is not None
    assert read.gregorian.to_date() == day
    assert check(line, authority="PK").ok, line


ENGLISH = Style(
    "app-english",
    "{hday} {hmonth} {hyear} AH / {gday} {gmonth} {gyear}",
    language="en",
    calendar="PK",
    place="{place} ({agency}) ",
)
ARABIC = Style(
    "wire-arabic",
    "{hday} {hmonth} {hyear} هـ الموافق {gday} {gmonth} {gyear} م",
    language="ar",
    calendar="umalqura",
    place="{place} ({agency}) ",
)


@given(
    st.dates(datetime.date(2015, 1, 1), datetime.date(2026, 3, 31)),
    st.sampled_from(
        [
            (ENGLISH, "Karachi", "APP/Reuters"),
            (ENGLISH, "Islamabad", "AFP"),
            (ENGLISH, "New York", "Staff Reporter"),
            (ARABIC, "الرياض", "وكالات"),
            (ARABIC, "القاهرة", "أ ش أ"),
            (ARABIC, "جدة", "واس"),
        ]
    ),
)
def test_other_languages_bylines_read_back(day: datetime.date, case: tuple[Style, str, str]) -> None:
    """Law: the bracketed shape in English and Arabic, with a wire's pair of agencies ("APP/
    Reuters") and an Arabic paper's "وكالات" (agencies), reads back with its place and
    byline (review 60c: both went unread)."""
    style, place, agency = case
    line = format(day, style=style, place=place, agency=agency)
    read = parse(line)
    assert (read.place, read.agency) == (place, agency), line
    assert read.gregorian is not None
    assert read.gregorian.to_date() == day
