"""Shapes taught for issue #13 by the lead this stop: a list of months by their places in the
year (no days), a range said in both calendars (the starts pair), the current Hijri year said
with a predicate, the Bosnian new year in the accusative, and "the 30th and last day"."""

from __future__ import annotations

from datetime import date, timedelta

import pytest
from hypothesis import given
from hypothesis import strategies as st

from datelines import HijriDate, ParseError, extract, get_calendar, parse
from datelines.names import hijri_months
from datelines.names.output import HIJRI_MONTHS

UMALQURA = get_calendar("umalqura")


def _halves(text: str) -> tuple[str | None, str | None]:
    line = parse(text)
    return (
        None if line.hijri is None else line.hijri.isoformat(),
        None if line.gregorian is None else line.gregorian.isoformat(),
    )


def _found(text: str) -> list[tuple[str | None, str | None]]:
    return [
        (
            None if d.hijri is None else d.hijri.isoformat(),
            None if d.gregorian is None else d.gregorian.isoformat(),
        )
        for d in extract(text)
    ]


@pytest.mark.parametrize(
    ("text", "hijri", "gregorian"),
    [
        # a range in each calendar: the two starts are one day (line 454)
        ("the dates between 1/1/1356 and 29/12/1500 corresponding to the Gregorian dates between "
         "14/3/1937 and 15/11/2077", "1356-01-01", "1937-03-14"),
        # "the 30th and last day of Ramadan" (line 938)
        ("demain, jeudi 19 mars, sera le 30e et dernier jour de Ramadan", "--09-30", "--03-19"),
    ],
)  # fmt: skip
def test_a_shape_is_read(text: str, hijri: str, gregorian: str) -> None:
    assert _halves(text) == (hijri, gregorian), text
    assert _found(text) == [(hijri, gregorian)], text


@pytest.mark.parametrize(
    ("text", "hijri"),
    [
        # the current Hijri year "is" (line 456)
        ("والعام الهجري الحالي هو 1442.", "1442"),
        ("السنة الهجرية الحالية هي 1446", "1446"),
        # the Bosnian Hijri New Year in the accusative: 1 Muharram of it (line 975)
        ("poslije akšama nastupa 1.Muharrem, što obilježava 1434. hidžretsku Novu godinu.", "1434-01-01"),
        ("the 29th and last day of Shaban 1446", "1446-08-29"),
    ],
)
def test_a_hijri_date_alone_is_read(text: str, hijri: str) -> None:
    assert _halves(text) == (hijri, None), text


def test_months_by_their_places_are_no_days() -> None:
    # line 574: Ramadan is the ninth month, Shawwal the tenth …
    text = "9th of Ramadan – 10th of Shawwal – 11th of Dhul Qi’dah – 12th of Dhul Hijjah."
    with pytest.raises(ParseError):
        parse(text)
    assert _found(text) == []


def test_one_day_that_is_its_months_place_is_still_a_day() -> None:
    assert _halves("The 9th of Ramadan fell on a Monday.") == ("--09-09", None)
    assert _halves("9 Ramadan 1445 - 10 Shawwal 1445") == ("1445-09-09", None)


@given(first=st.integers(1, 11), count=st.integers(2, 4), sep=st.sampled_from([" – ", ", ", " - ", "; "]))
def test_law_a_list_of_month_places_is_no_date(first: int, count: int, sep: str) -> None:
    months = list(range(first, min(13, first + count)))
    if len(months) < 2:
        return
    text = sep.join(f"{m}th of {HIJRI_MONTHS['en'][m - 1]}" for m in months) + "."
    assert _found(text) == [], text


_DAY = st.dates(date(1940, 1, 1), date(2060, 12, 31))  # and 4,000 days after, in Umm al-Qura


@given(start=_DAY, length=st.integers(1, 4000), digits=st.booleans())
def test_law_a_range_in_both_calendars_pairs_its_starts(start: date, length: int, digits: bool) -> None:
    end = start + timedelta(days=length)
    hs, he = UMALQURA.to_hijri(start), UMALQURA.to_hijri(end)

    def h(x: HijriDate) -> str:
        return (
            f"{x.day}/{x.month}/{x.year}"
            if digits
            else f"{x.day} {HIJRI_MONTHS['en'][x.month - 1]} {x.year} AH"
        )

    def g(x: date) -> str:
        return f"{x.day}/{x.month}/{x.year}" if digits else x.strftime("%-d %B %Y")

    text = f"the dates between {h(hs)} and {h(he)} corresponding to the dates between {g(start)} and {g(end)}"
    line = parse(text)
    assert line.hijri is not None
    assert line.gregorian is not None
    assert (line.hijri.year, line.hijri.month, line.hijri.day) == (hs.year, hs.month, hs.day), text
    assert (line.gregorian.year, line.gregorian.month, line.gregorian.day) == (
        start.year,
        start.month,
        start.day,
    ), text


_BOSNIAN_NEW_YEARS = [new for new, language in hijri_months.NEW_AFTER_YEAR if language == "bs"]


@given(
    st.sampled_from(_BOSNIAN_NEW_YEARS),
    st.integers(1300, 1500),
    st.booleans(),
    st.data(),
)
def test_law_a_bosnian_hijri_new_year_is_its_first_day(
    new: str, year: int, capital: bool, data: st.DataObject
) -> None:
    era = data.draw(st.sampled_from(("hidžretska", "hidžretsku", "hidžretske", "hidžretskoj")))
    words = new.title() if capital else new
    text = f"Večeras nastupa {year}. {era} {words}."
    assert _halves(text) == (f"{year}-01-01", None), text
