"""Laws every calendar obeys, checked per calendar with hypothesis."""

from __future__ import annotations

from datetime import date, timedelta

import pytest
from hypothesis import given
from hypothesis import strategies as st

from datelines import (
    Calendar,
    CalendarError,
    HijriDate,
    InvalidDateError,
    OutOfRangeError,
    SightingTable,
    get_calendar,
)
from datelines.strategies import gregorian_dates, hijri_dates

# Indonesia's announced starts for 1445 (Kemenag's sidang isbat): Ramadan began a day after
# Umm al-Qura's, Dhu al-Hijjah too; Shawwal on the same day.
INDONESIA_1445 = SightingTable.from_rows(
    [(1445, 9, "2024-03-12"), (1445, 10, "2024-04-10"), (1445, 12, "2024-06-08")], source="indonesia-1445"
)

CALENDARS: list[Calendar] = [
    get_calendar("umalqura"),
    get_calendar("umalqura-icu"),
    get_calendar("civil"),
    get_calendar("astronomical"),
    get_calendar("umalqura", offset=1),
    get_calendar("civil", offset=-2),
    get_calendar("umalqura", table=INDONESIA_1445),
    get_calendar("umalqura", offset=-1, table=SightingTable.from_rows([(1445, 10, "2024-04-10")])),
]
IDS = [cal.name for cal in CALENDARS]


def _laws(test):  # type: ignore[no-untyped-def]
    return pytest.mark.parametrize("cal", CALENDARS, ids=IDS)(test)


def _next(cal: Calendar, h: HijriDate) -> HijriDate:
    if h.day < cal.month_length(h.year, h.month):
        return h.replace(day=h.day + 1)
    if h.month < 12:
        return HijriDate(h.year, h.month + 1, 1)
    return HijriDate(h.year + 1, 1, 1)


@_laws
@given(data=st.data())
def test_gregorian_round_trip(cal: Calendar, data: st.DataObject) -> None:
    day = data.draw(gregorian_dates(cal))
    assert cal.to_gregorian(cal.to_hijri(day)) == day


@_laws
@given(data=st.data())
def test_hijri_round_trip(cal: Calendar, data: st.DataObject) -> None:
    hijri = data.draw(hijri_dates(cal))
    assert cal.to_hijri(cal.to_gregorian(hijri)) == hijri


@_laws
@given(data=st.data())
def test_consecutive_days_are_consecutive(cal: Calendar, data: st.DataObject) -> None:
    day = data.draw(gregorian_dates(cal))
    if day == cal.last_gregorian:
        return
    assert cal.to_hijri(day + timedelta(days=1)) == _next(cal, cal.to_hijri(day))


@_laws
@given(data=st.data())
def test_order_of_hijri_dates_is_order_of_their_days(cal: Calendar, data: st.DataObject) -> None:
    a, b = data.draw(hijri_dates(cal)), data.draw(hijri_dates(cal))
    assert (a < b) == (cal.to_gregorian(a) < cal.to_gregorian(b))
    assert (a == b) == (cal.to_gregorian(a) == cal.to_gregorian(b))


@_laws
def test_month_and_year_lengths(cal: Calendar) -> None:
    printed = get_calendar("umalqura")
    for year in cal.years:
        lengths = [cal.month_length(year, month) for month in range(1, 13)]
        assert cal.year_length(year) == sum(lengths)
        if "civil" in cal.name or "astronomical" in cal.name:
            leap = (14 + 11 * year) % 30 < 11
            assert lengths == [30, 29] * 5 + [30, 30 if leap else 29]
            assert cal.year_length(year) == 354 + leap
        elif cal.name.startswith("umalqura") and year < 1365 and cal.years.start == printed.years.start:
            assert set(lengths) <= {28, 29, 30, 31}  # the printed mastheads
        else:
            assert set(lengths) <= {29, 30}
            assert 354 <= cal.year_length(year) <= 355 or cal.name.startswith("umalqura")


@_laws
@given(data=st.data())
def test_month_length_matches_conversion(cal: Calendar, data: st.DataObject) -> None:
    hijri = data.draw(hijri_dates(cal))
    first = cal.to_gregorian(hijri.replace(day=1))
    length = cal.month_length(hijri.year, hijri.month)
    last = HijriDate(hijri.year, hijri.month, length)
    if cal.is_valid(last):
        assert (cal.to_gregorian(last) - first).days == length - 1
    if length < 31:
        with pytest.raises(InvalidDateError) as err:
            cal.to_gregorian(HijriDate(hijri.year, hijri.month, length + 1))
        assert (err.value.field, err.value.maximum) == ("day", length)


@_laws
def test_out_of_range_gregorian_raises(cal: Calendar) -> None:
    for ordinal in (cal.first_gregorian.toordinal() - 1, cal.last_gregorian.toordinal() + 1):
        if 1 <= ordinal <= date.max.toordinal():
            day = date.fromordinal(ordinal)
            with pytest.raises(OutOfRangeError) as err:
                cal.to_hijri(day)
            assert err.value.calendar == cal.name
            assert cal.first_gregorian.isoformat() in str(err.value)


@_laws
def test_out_of_range_hijri_raises(cal: Calendar) -> None:
    for year in (cal.years.start - 1, cal.years.stop):
        if 1 <= year <= 9999:
            with pytest.raises(OutOfRangeError) as err:
                cal.to_gregorian(HijriDate(year, 1, 1))
            assert err.value.calendar == cal.name
            assert str(cal.years.start) in str(err.value)


@given(gregorian_dates("umalqura"), st.integers(-3, 3))
def test_offset_shifts_the_hijri_date(day: date, offset: int) -> None:
    base, shifted = get_calendar("umalqura"), get_calendar("umalqura", offset=offset)
    moved = day + timedelta(days=offset)
    if base.first_gregorian <= moved <= base.last_gregorian:
        assert shifted.to_hijri(day) == base.to_hijri(moved)


@given(hijri_dates(get_calendar("umalqura", table=INDONESIA_1445)))
def test_sighting_table_only_changes_days_near_its_entries(hijri: HijriDate) -> None:
    base, local = get_calendar("umalqura"), get_calendar("umalqura", table=INDONESIA_1445)
    if not (HijriDate(1445, 8, 1) <= hijri < HijriDate(1446, 1, 1)):
        assert local.to_gregorian(hijri) == base.to_gregorian(hijri)


def test_sighting_table_follows_the_announcements() -> None:
    local = get_calendar("umalqura", table=INDONESIA_1445)
    assert local.to_hijri(date(2024, 3, 11)) == HijriDate(1445, 8, 30)  # Umm al-Qura: 1 Ramadan
    assert local.to_hijri(date(2024, 3, 12)) == HijriDate(1445, 9, 1)
    assert local.to_hijri(date(2024, 4, 9)) == HijriDate(1445, 9, 29)
    assert local.to_hijri(date(2024, 4, 10)) == HijriDate(1445, 10, 1)
    assert local.to_hijri(date(2024, 6, 17)) == HijriDate(1445, 12, 10)  # Idul Adha in Indonesia
    assert get_calendar("umalqura").to_hijri(date(2024, 6, 17)) == HijriDate(1445, 12, 11)
    assert [local.month_length(1445, m) for m in (8, 9, 11, 12)] == [30, 29, 30, 29]


def test_a_flat_offset_would_put_shawwal_in_the_wrong_month() -> None:
    # Why tables exist: -1 is right for Ramadan 1445 in Indonesia but wrong for Shawwal.
    assert get_calendar("umalqura", offset=-1).to_hijri(date(2024, 4, 10)) == HijriDate(1445, 9, 30)
    assert get_calendar("umalqura", table=INDONESIA_1445).to_hijri(date(2024, 4, 10)) == HijriDate(
        1445, 10, 1
    )


def test_invalid_day_error_names_the_month_and_its_length() -> None:
    with pytest.raises(InvalidDateError) as err:
        get_calendar("umalqura").to_gregorian(HijriDate(1437, 2, 30))
    assert str(err.value) == (
        "day 30 does not exist: Safar 1437 has 29 days in umalqura (day must be in 1..29)"
    )
    assert (err.value.field, err.value.value, err.value.minimum, err.value.maximum) == ("day", 30, 1, 29)


@pytest.mark.parametrize(
    ("name", "canonical"),
    [
        ("umalqura", "umalqura"),
        ("islamic-umalqura", "umalqura"),
        ("Islamic_Umalqura", "umalqura"),
        ("umalqura-icu", "umalqura-icu"),
        ("islamic-civil", "civil"),
        ("islamicc", "civil"),
        ("islamic-tbla", "astronomical"),
        ("umalqura+1", "umalqura+1"),
        ("islamic-civil-2", "civil-2"),
        ("umalqura-icu-1", "umalqura-icu-1"),
    ],
)
def test_registry_names(name: str, canonical: str) -> None:
    assert get_calendar(name).name == canonical


@pytest.mark.parametrize("name", ["gregorian", "islamic", "umalqura+", "umalqura+100", "", "civil-x"])
def test_unknown_calendar_names_are_refused(name: str) -> None:
    with pytest.raises(CalendarError, match="unknown calendar"):
        get_calendar(name)


@pytest.mark.parametrize("offset", [31, -31, 1000])
def test_offsets_beyond_a_month_are_refused(offset: int) -> None:
    with pytest.raises(CalendarError, match=r"offset must be in -30\.\.30"):
        get_calendar("umalqura", offset=offset)


def test_wrong_types_raise_type_error() -> None:
    cal = get_calendar("umalqura")
    with pytest.raises(TypeError, match="calendar must be a name or a Calendar, not int"):
        get_calendar(5)  # type: ignore[arg-type]
    with pytest.raises(TypeError, match="offset must be an int, not str"):
        get_calendar("umalqura", offset="1")  # type: ignore[arg-type]
    with pytest.raises(TypeError, match=r"day must be a datetime\.date, not str"):
        cal.to_hijri("2016-01-20")  # type: ignore[arg-type]
    with pytest.raises(TypeError, match="hijri must be a HijriDate, not tuple"):
        cal.to_gregorian((1437, 4, 10))  # type: ignore[arg-type]
    with pytest.raises(TypeError, match="year must be an int, not float"):
        cal.month_length(1437.0, 4)  # type: ignore[arg-type]


def test_calendars_are_immutable_and_shared() -> None:
    cal = get_calendar("civil")
    assert get_calendar("islamic-civil") is cal
    with pytest.raises(AttributeError):
        cal._name = "x"  # type: ignore[misc]


def test_ranges() -> None:
    uq = get_calendar("umalqura")
    assert (uq.first, uq.last) == (HijriDate(1343, 1, 1), HijriDate(1500, 12, 30))
    assert (uq.first_gregorian, uq.last_gregorian) == (date(1924, 8, 1), date(2077, 11, 16))
    civil = get_calendar("civil")
    assert civil.first == HijriDate(1, 1, 1)
    assert civil.first_gregorian == date(622, 7, 19)
    assert civil.last_gregorian == date.max
    assert get_calendar("astronomical").first_gregorian == date(622, 7, 18)


@_laws
@given(st.integers(-(10**6), 10**6), st.integers(-100, 100), st.integers(-100, 100), st.integers(1, 3652059))
def test_any_input_converts_or_raises_a_documented_error(
    cal: Calendar, year: int, month: int, day: int, ordinal: int
) -> None:
    try:
        hijri = HijriDate(year, month, day)
    except InvalidDateError as err:
        assert err.field in ("year", "month", "day")
    else:
        try:
            assert cal.to_hijri(cal.to_gregorian(hijri)) == hijri
        except (InvalidDateError, OutOfRangeError) as err:
            assert str(err)
    try:
        assert cal.to_gregorian(cal.to_hijri(date.fromordinal(ordinal))).toordinal() == ordinal
    except OutOfRangeError as err:
        assert err.calendar == cal.name
