"""The module-level conversion API."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta

import pytest

import datelines
from datelines import (
    CalendarError,
    DatelineError,
    HijriDate,
    InvalidDateError,
    OutOfRangeError,
    ParseError,
    month_length,
    to_gregorian,
    to_hijri,
    today,
    year_length,
)


def test_seed_dateline_dates() -> None:
    assert to_hijri(date(2016, 1, 20)) == HijriDate(1437, 4, 10)
    assert to_gregorian(HijriDate(1437, 4, 10)) == date(2016, 1, 20)


@pytest.mark.parametrize(
    ("calendar", "expected"),
    [
        ("umalqura", HijriDate(1437, 4, 10)),
        ("umalqura-icu", HijriDate(1437, 4, 10)),
        ("civil", HijriDate(1437, 4, 9)),
        ("islamic-civil", HijriDate(1437, 4, 9)),
        ("astronomical", HijriDate(1437, 4, 10)),
        ("islamic-tbla", HijriDate(1437, 4, 10)),
    ],
)
def test_calendars_by_name(calendar: str, expected: HijriDate) -> None:
    assert to_hijri(date(2016, 1, 20), calendar) == expected
    assert to_gregorian(expected, calendar=calendar) == date(2016, 1, 20)


def test_strings_datetimes_and_offsets() -> None:
    assert to_hijri("2016-01-20") == HijriDate(1437, 4, 10)
    assert to_hijri(datetime(2016, 1, 20, 23, 59, tzinfo=UTC)) == HijriDate(1437, 4, 10)
    assert to_gregorian("1437-04-10") == date(2016, 1, 20)
    assert to_hijri(date(2016, 1, 20), offset=1) == HijriDate(1437, 4, 11)
    assert to_gregorian(HijriDate(1437, 4, 11), offset=1) == date(2016, 1, 20)


def test_lengths() -> None:
    assert month_length(1437, 2) == 29
    assert month_length(1345, 5) == 31  # as printed on the 1926 masthead
    assert year_length(1436, "civil") == 355
    assert year_length(1437) == sum(month_length(1437, m) for m in range(1, 13))


def test_today_follows_the_time_zone() -> None:
    jakarta = today(tz="Asia/Jakarta")
    honolulu = today(tz="Pacific/Honolulu")
    assert jakarta in (honolulu, to_hijri(to_gregorian(honolulu) + timedelta(days=1)))
    assert today(tz=UTC) == to_hijri(datetime.now(UTC).date())
    with pytest.raises(DatelineError, match="unknown time zone 'Mars/Base'"):
        today(tz="Mars/Base")


@pytest.mark.parametrize(
    ("call", "error", "message"),
    [
        (lambda: to_hijri(date(1924, 7, 31)), OutOfRangeError, "outside the umalqura calendar"),
        (lambda: to_hijri(date(2077, 11, 17)), OutOfRangeError, "2077-11-16"),
        (lambda: to_gregorian(HijriDate(1342, 12, 29)), OutOfRangeError, "1343-01-01 to 1500-12-30 AH"),
        (lambda: to_gregorian(HijriDate(1501, 1, 1)), OutOfRangeError, "1343..1500 AH"),
        (lambda: to_gregorian(HijriDate(1437, 2, 30)), InvalidDateError, "Safar 1437 has 29 days"),
        (lambda: to_hijri("20/01/2016"), ParseError, "expected a Gregorian date as YYYY-MM-DD"),
        (
            lambda: to_hijri("2016-02-30"),
            InvalidDateError,
            "day 30 does not exist: February 2016 has 29 days",
        ),
        (lambda: to_gregorian("1437-4-10"), ParseError, "expected a Hijri date as YYYY-MM-DD"),
        (lambda: to_hijri(date(2016, 1, 20), "julian"), CalendarError, "unknown calendar 'julian'"),
        (lambda: month_length(1437, 13), InvalidDateError, "month must be in 1..12"),
        (lambda: year_length(1200), OutOfRangeError, "year 1200 AH is outside the umalqura calendar"),
    ],
)
def test_documented_errors(call, error: type[DatelineError], message: str) -> None:  # type: ignore[no-untyped-def]
    with pytest.raises(error, match=message) as err:
        call()
    assert isinstance(err.value, DatelineError)
    assert isinstance(err.value, ValueError)


def test_no_bare_overflow_error_from_hijridate() -> None:
    for bad in (date.min, date.max, date(1924, 7, 31)):
        with pytest.raises(OutOfRangeError):
            to_hijri(bad)
    with pytest.raises(OutOfRangeError):
        to_gregorian(HijriDate(9999, 12, 30))


@pytest.mark.parametrize("bad", [None, 20160120, b"2016-01-20", 1.5])
def test_wrong_types(bad: object) -> None:
    with pytest.raises(TypeError, match=r"^day must be a datetime.date or an ISO date string, not "):
        to_hijri(bad)  # type: ignore[arg-type]
    with pytest.raises(TypeError, match=r"^hijri must be a HijriDate or an ISO date string, not "):
        to_gregorian(bad)  # type: ignore[arg-type]


def test_public_api_is_complete() -> None:
    for name in datelines.__all__:
        assert getattr(datelines, name) is not None, name
        if not name.startswith("_"):
            assert getattr(datelines, name).__doc__, f"{name} has no docstring"
    with pytest.raises(AttributeError):
        _ = datelines.no_such_name  # type: ignore[attr-defined]


@pytest.mark.parametrize(
    ("text", "calendar", "target", "said"),
    [
        ("7 Mizan 1404", "umalqura", "hijri", "7 Mizan 1404 SH"),  # read in Afghan names, answered in them
        ("۷ میزان ۱۴۰۴", "umalqura", "hijri", "7 Mizan 1404 SH"),
        ("2025-09-29", "AF", "solar-hijri", "7 Mizan 1404 SH"),  # Afghanistan's calendar asked
        ("2025-09-29", "umalqura", "solar-hijri", "7 Mehr 1404 SH"),
        ("7 Mehr 1404", "umalqura", "hijri", "7 Mehr 1404 SH"),
    ],
)
def test_a_solar_date_is_written_in_afghan_names_where_afghanistan_s(
    text: str, calendar: str, target: str, said: str
) -> None:
    # a trial's Afghan archive: "7 Mizan 1404" was answered "7 Mehr 1404 SH"
    from datelines.records import convert_record

    found = convert_record(text, datelines.get_calendar(calendar), target=target)
    assert found["solar_hijri_text"] == said


@pytest.mark.parametrize(
    ("text", "month"),
    [("30 Hut 1402", "Hut 1402"), ("۳۰ حوت ۱۴۰۲", "Hut 1402"), ("30 Esfand 1402", "Esfand 1402")],
)
def test_a_solar_day_that_does_not_exist_is_told_in_the_names_it_was_written_in(
    text: str, month: str
) -> None:
    from datelines.records import convert_record

    with pytest.raises(datelines.InvalidDateError) as raised:
        convert_record(text, datelines.get_calendar("umalqura"))
    assert f"{month} has 29 days" in str(raised.value)
    assert raised.value.field == "day"
    assert raised.value.maximum == 29


@pytest.mark.parametrize(
    ("text", "first", "last"),
    [("AH 1109", "1697-07-20", "1698-07-09"), ("A.H. 1109", "1697-07-20", "1698-07-09")],
)
def test_a_catalogues_year_with_its_era_first_converts(text: str, first: str, last: str) -> None:
    # a trial's historian: "AH 1109" was refused ("unknown string format"), "1109 AH" converted
    from datelines.records import convert_record

    found = convert_record(text, datelines.get_calendar("civil"))
    assert (found["gregorian_start"], found["gregorian_end"]) == (first, last)
