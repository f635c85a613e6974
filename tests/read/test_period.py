"""A year or a month alone ("1250 AH", "Ramadan 1250", "1446-09", "March 2025") read as a
period and converted to its first and last days (a librarian's trial: each was an error)."""

from __future__ import annotations

from datetime import date, timedelta

import pytest
from hypothesis import given
from hypothesis import strategies as st

import datelines
from datelines import get_calendar
from datelines._read.period import Period, read_period
from datelines.names.english import GREGORIAN_MONTHS, HIJRI_MONTHS
from datelines.records import convert_record, period_record

CALENDARS = ("umalqura", "civil", "ID", "TR", "MY")


@pytest.mark.parametrize(
    ("text", "source", "expected"),
    [
        ("Ramadan 1250", "auto", Period("hijri", 1250, 9)),
        ("Ramadan 1250 AH", "auto", Period("hijri", 1250, 9)),
        ("رمضان ١٢٥٠", "auto", Period("hijri", 1250, 9)),
        ("في شهر رمضان سنة ١٢٥٠", "auto", Period("hijri", 1250, 9)),
        ("سنة ١٢٥٠ هـ", "auto", Period("hijri", 1250)),
        ("the year 1250 AH", "auto", Period("hijri", 1250)),
        ("tahun 1446 H", "auto", Period("hijri", 1446)),
        ("Ramazan 1446", "auto", Period("hijri", 1446, 9)),
        ("March 2025", "auto", Period("gregorian", 2025, 3)),
        ("2025", "auto", Period("gregorian", 2025)),
        ("1601", "auto", Period("gregorian", 1601)),
        ("1250", "hijri", Period("hijri", 1250)),
        ("1250-09", "hijri", Period("hijri", 1250, 9)),
        ("09/1250", "hijri", Period("hijri", 1250, 9)),
        ("١٢٥٠/٩", "hijri", Period("hijri", 1250, 9)),
        ("1446-09", "gregorian", Period("gregorian", 1446, 9)),
    ],
)
def test_a_year_or_month_alone_is_read_as_a_period(text: str, source: str, expected: Period) -> None:
    assert read_period(text, source) == expected  # type: ignore[arg-type]


@pytest.mark.parametrize(
    "text",
    ["20 March 2025", "10 Ramadan 1250", "Ramadan 1250 / January 1835", "Farvardin 1404", "20 01 2016", "x"],
)
def test_what_is_not_a_year_or_month_alone_is_left_to_the_date_reader(text: str) -> None:
    assert read_period(text) is None


def test_a_period_in_digits_asks_which_calendar_it_is_in() -> None:
    """A catalogue's "1250" is as likely Hijri as Gregorian, in any calendar (a review:
    under --calendar civil it was read as AD 1250 without a word)."""
    for text in ("1446-09", "1250", "0622"):
        with pytest.raises(datelines.ParseError, match=r"could be a Hijri (month|year) or a Gregorian one"):
            read_period(text)
        with pytest.raises(datelines.ParseError, match=r"could be a Hijri (month|year) or a Gregorian one"):
            read_period(text, within=get_calendar("civil"))
    assert read_period("1601") == Period("gregorian", 1601)
    # a range of years, words besides a period: the date reader's to refuse, in its words
    for text in ("1250/13", "1250-51", "2024-25", "c. 1250 AH", "March 1446 AH"):
        assert read_period(text, "hijri" if text[0] == "1" and "AH" not in text else "auto") is None
    with pytest.raises(datelines.ParseError, match=r"names a weekday \(Friday\) but no day"):
        read_period("Friday March 2025")
    assert read_period("سلخ رمضان ١٢٥٠") is None  # the month's last day, not the month: refused as it was


def test_convert_record_gives_a_period_its_first_and_last_days() -> None:
    civil = get_calendar("civil")
    found = convert_record("Ramadan 1250", civil)
    assert found == {
        "input": "Ramadan 1250", "from": "hijri", "calendar": "civil", "period": "month",
        "gregorian": "1835-01-01/1835-01-30", "hijri": "1250-09",
        "gregorian_text": "1 January 1835 – 30 January 1835", "hijri_text": "Ramadan 1250 AH",
        "gregorian_start": "1835-01-01", "gregorian_end": "1835-01-30",
        "hijri_start": "1250-09-01", "hijri_end": "1250-09-30", "days": 30,
    }  # fmt: skip
    year = convert_record("1250", civil, "hijri")
    # 1250 AH began on 10 May 1834 (the tabular calendar; Wikipedia's "1250 AH" agrees)
    assert (year["gregorian"], year["days"]) == ("1834-05-10/1835-04-28", 354)
    march = convert_record("March 2025", get_calendar("ID"))
    assert (march["hijri"], march["hijri_text"]) == ("1446-09-01/1446-10-01", "1 Ramadan 1446 AH – 1 Shawwal 1446 AH")  # fmt: skip
    with pytest.raises(
        datelines.ParseError, match="converts between the lunar Hijri and Gregorian calendars only"
    ):
        convert_record("March 2025", get_calendar("umalqura"), target="solar-hijri")
    with pytest.raises(datelines.ParseError, match=r"^'1250' could be a Hijri year or a Gregorian one"):
        convert_record("1250", civil)
    with pytest.raises(
        datelines.OutOfRangeError, match=r"^if '1650' is a Hijri year, say so \(--from hijri\)"
    ):
        convert_record("1650", get_calendar("umalqura"))
    with pytest.raises(datelines.OutOfRangeError, match="the tabular calendar 'civil' covers"):
        convert_record("Ramadan 1250", get_calendar("umalqura"))


@given(st.sampled_from(CALENDARS), st.data())
def test_a_hijri_month_or_year_spans_its_days_in_the_calendar(name: str, data: st.DataObject) -> None:
    cal = get_calendar(name)
    year = data.draw(st.integers(cal.first.year + 1, cal.last.year - 1), label="year")
    month = data.draw(st.none() | st.integers(1, 12), label="month")
    text = f"{year:04d}" if month is None else f"{HIJRI_MONTHS[month - 1]} {year:04d} AH"
    found = convert_record(text, cal, "hijri")
    first, last = (1, 12) if month is None else (month, month)
    assert found["gregorian_start"] == cal.to_gregorian(datelines.HijriDate(year, first, 1)).isoformat()
    length = cal.month_length(year, last)
    assert found["gregorian_end"] == cal.to_gregorian(datelines.HijriDate(year, last, length)).isoformat()
    assert found["days"] == (cal.year_length(year) if month is None else length)
    assert found["hijri"] == Period("hijri", year, month).isoformat()


@given(st.sampled_from(CALENDARS), st.data())
def test_a_gregorian_month_or_year_spans_its_hijri_days(name: str, data: st.DataObject) -> None:
    cal = get_calendar(name)
    year = data.draw(st.integers(cal.first_gregorian.year + 1, cal.last_gregorian.year - 1), label="year")
    month = data.draw(st.none() | st.integers(1, 12), label="month")
    text = f"{year:04d}" if month is None else f"{GREGORIAN_MONTHS[month - 1]} {year:04d}"
    found = convert_record(text, cal, "gregorian")
    first = date(year, month or 1, 1)
    last = (date(year + 1, 1, 1) if month in (None, 12) else date(year, (month or 0) + 1, 1)) - timedelta(
        days=1
    )
    assert found["hijri"] == f"{cal.to_hijri(first).isoformat()}/{cal.to_hijri(last).isoformat()}"
    assert found["days"] == (last - first).days + 1
    assert found == period_record(text, Period("gregorian", year, month), cal)
