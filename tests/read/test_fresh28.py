"""Held-out set 28 (33 passages in 19 languages: Spanish biographies of al-Andalus, an Afghan
statement dated in three calendars, a Dari magazine's masthead, an Albanian periodical's issue,
Uzbek chronologies, a German mosque's Ramadan notice, Indonesian letters, Senegalese and
Dhivehi news; collected blind to the code after stop 60, its sources none of the earlier
sets'): 21 of 33 read right by parse and by extract together, measured before anything was
learnt from it. Stop 61 then learnt from it (the labels "Hijri Lunar" and "Hijri Solar", a
Solar month's other name in brackets, a Gregorian year before a Hijri month and its year): 24
of 33, a figure of data it was tuned on. A floor, which a change of the reader may raise,
never lower."""

from __future__ import annotations

import contextlib
import json
from datetime import date, timedelta
from pathlib import Path
from typing import Any

import pytest
from hypothesis import given
from hypothesis import strategies as st

from datelines import Dateline, DatelineError, DatePart, HijriDate, extract, get_calendar, parse

Ymd = tuple[int | None, int | None, int | None] | None
SET = Path(__file__).parents[1] / "data" / "heldout28.jsonl"
CIVIL, UMALQURA, SOLAR = get_calendar("civil"), get_calendar("umalqura"), get_calendar("solar-hijri")


def _ymd(part: DatePart | None) -> Ymd:
    if part is None:
        return None
    if part.day is None and part.boundary == "begins":
        return (part.year or part.inferred_year, part.month, 1)  # "the month begins on …"
    return (part.year or part.inferred_year, part.month, part.day)


def _same(part: DatePart | None, wanted: list[int | None] | None) -> bool:
    if wanted is None:
        return part is None
    return part is not None and all(
        w is None or g == w for g, w in zip(_ymd(part) or (), wanted, strict=True)
    )


def _fits(line: Dateline, passage: dict[str, Any]) -> bool:
    return (
        _same(line.hijri, passage["hijri"])
        and _same(line.gregorian, passage["gregorian"])
        and (passage["solar"] is None or _same(line.solar_hijri, passage["solar"]))
    )


def test_the_set_reads_at_least_as_well_as_when_it_was_measured() -> None:
    right = 0
    for line in SET.read_text(encoding="utf-8").splitlines():
        if not line.strip():
            continue
        passage = json.loads(line)
        try:
            parsed = _fits(parse(passage["text"]), passage)
        except DatelineError:
            parsed = False
        right += parsed and any(_fits(d, passage) for d in extract(passage["text"]))
    assert right >= 24


def test_an_afghan_statement_s_three_labelled_dates() -> None:
    """The Islamic Emirate's statements close with each calendar's date and its label; the
    Solar one here is a day before the other two, as printed, which the check reports."""
    text = "Islamic Emirate of Afghanistan\n\n06/05/1440 Hijri Lunar\n\n22/10/1397 Hijri Solar 13/01/2019 Gregorian"
    for line in (parse(text), next(iter(extract(text)))):
        assert (_ymd(line.hijri), _ymd(line.gregorian), _ymd(line.solar_hijri)) == (
            (1440, 5, 6),
            (2019, 1, 13),
            (1397, 10, 22),
        )


@given(st.dates(date(1990, 1, 1), date(2040, 12, 31)))
def test_labelled_dates_read_in_their_calendars(day: date) -> None:
    """Law: "DD/MM/YYYY Hijri Lunar DD/MM/YYYY Hijri Solar DD/MM/YYYY Gregorian" reads each
    date in the calendar its label names."""
    hijri, solar = UMALQURA.to_hijri(day), SOLAR.to_hijri(day)
    text = (
        f"{hijri.day:02}/{hijri.month:02}/{hijri.year} Hijri Lunar "
        f"{solar.day:02}/{solar.month:02}/{solar.year} Hijri Solar {day:%d/%m/%Y} Gregorian"
    )
    line = parse(text)
    assert (_ymd(line.hijri), _ymd(line.solar_hijri), _ymd(line.gregorian)) == (
        (hijri.year, hijri.month, hijri.day),
        (solar.year, solar.month, solar.day),
        (day.year, day.month, day.day),
    ), text


def test_a_dari_masthead_with_the_month_s_iranian_name_in_brackets() -> None:
    text = "تاریخ نشر : شنبه ۲۵ حمل (فروردین) ۱۴۰۳ خورشیدی – ۱۳ اپریل ۲۰۲۴ میلادی – ملبورن – آسترالیا"
    (line,) = extract(text)
    assert (_ymd(line.solar_hijri), _ymd(line.gregorian)) == ((1403, 1, 25), (2024, 4, 13))


@given(
    st.integers(1300, 1500),
    st.sampled_from([(1, "Muharrem", "h"), (9, "Ramadan", "H"), (12, "Dzulhijjah", "H")]),
    st.integers(-3, 3),
)
def test_a_year_before_a_hijri_month_is_its_year_only_where_the_month_falls(
    year: int, named: tuple[int, str, str], off: int
) -> None:
    """Law: "1994, Muharrem 1415 h" (an Albanian periodical's issue): a Gregorian year, a
    comma, a Hijri month with its year and era pair where the month has days in that year,
    and never two years off."""
    month, name, era = named
    first = CIVIL.to_gregorian(HijriDate(year, month, 1))
    last = first + timedelta(days=29)
    gregorian = first.year + off
    text = f"(Gazeta, No 9, {gregorian}, {name} {year} {era})"
    line = parse(text)
    assert _ymd(line.hijri) == (year, month, None), text
    if first.year <= gregorian <= last.year:
        assert _ymd(line.gregorian) == (gregorian, None, None), text
    elif not first.year - 1 <= gregorian <= last.year + 1:
        assert line.gregorian is None, text


@pytest.mark.parametrize(
    "text",
    [
        "In 1990, Ramadan 1445 H began on 11 March.",  # another year, far from the month's
        "1994, Muharrem 1415",  # no era: a month and a number
        "Between 2010 and 2024, Ramadan 1445 AH was the first to fall in March.",  # review 61
        "The score was 2024, Ramadan 1445 AH",
        "2010-2024, Ramadan 1445 AH",
    ],
)
def test_what_set_28_taught_leaves_alone(text: str) -> None:
    lines = list(extract(text))
    with contextlib.suppress(DatelineError):
        lines.append(parse(text))
    assert all(line.gregorian is None or line.gregorian.month is not None for line in lines), (text, lines)
