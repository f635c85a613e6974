"""Whole columns at once (datelines._bulk): the same answers as the scalar converters on
every day of every calendar, every kind of column, missing values kept, errors placed."""

from __future__ import annotations

import pickle
import subprocess
import sys
from collections.abc import Iterator
from dataclasses import FrozenInstanceError
from datetime import UTC, date, datetime, timedelta, timezone
from operator import attrgetter
from unittest.mock import patch

import numpy as np
import pytest
from hypothesis import given
from hypothesis import strategies as st

import datelines
from datelines import (
    Calendar,
    DatelineError,
    HijriDate,
    InvalidDateError,
    OutOfRangeError,
    SightingTable,
    get_calendar,
    to_gregorian_many,
    to_hijri,
    to_hijri_many,
)
from datelines.calendars import AUTHORITY_IDS, BANGLA_NAMES, CALENDAR_NAMES, COMPUTED_NAMES
from datelines.strategies import gregorian_dates


@pytest.fixture(params=["table", "by month"])
def gregorian_path(request: pytest.FixtureRequest, monkeypatch: pytest.MonkeyPatch) -> str:
    """Back to Gregorian both ways: a table of the calendar's days (long columns) and a
    look-up of each date's month (short columns, and years too many centuries apart)."""
    import datelines._bulk

    monkeypatch.setattr(datelines._bulk, "_TABLE_ROWS", 0 if request.param == "table" else 10**12)
    return str(request.param)


EPOCH = date(1970, 1, 1).toordinal()
EVERY_CALENDAR = [*CALENDAR_NAMES, *AUTHORITY_IDS, *COMPUTED_NAMES, *BANGLA_NAMES]
INDONESIA_1445 = SightingTable.from_rows(
    [(1445, 9, "2024-03-12"), (1445, 10, "2024-04-10"), (1445, 12, "2024-06-08")], source="indonesia-1445"
)


def days64(ordinals: np.ndarray | range) -> np.ndarray:
    return (np.asarray(ordinals, dtype=np.int64) - EPOCH).astype("datetime64[D]")


def scalar_walk(cal: Calendar) -> tuple[np.ndarray, np.ndarray, np.ndarray, np.ndarray]:
    """Year, month and day of every day of a calendar's range, one ``to_hijri`` call each,
    and the ordinal each of those gives back, one ``to_gregorian`` call each."""
    first, last = cal.first_gregorian.toordinal(), cal.last_gregorian.toordinal()
    year, month, day, back = (np.empty(last - first + 1, np.int64) for _ in range(4))
    step = 1 << 16  # a slice at a time: millions of live HijriDates would keep the collector busy
    for start in range(first, last + 1, step):
        stop = min(last + 1, start + step)
        found = list(map(cal.to_hijri, map(date.fromordinal, range(start, stop))))
        cut = slice(start - first, stop - first)
        for column, field in ((year, "year"), (month, "month"), (day, "day")):
            column[cut] = np.fromiter(map(attrgetter(field), found), np.int64, len(found))
        back[cut] = np.fromiter(map(date.toordinal, map(cal.to_gregorian, found)), np.int64, len(found))
    return year, month, day, back


@pytest.mark.exhaustive
@pytest.mark.parametrize("name", EVERY_CALENDAR)
def test_every_day_of_every_calendar_converts_both_ways_as_one_at_a_time(name: str) -> None:
    # The tabular calendars have 3.4 million days each: about 10 s of scalar calls apiece.
    cal = get_calendar(name)
    first, last = cal.first_gregorian.toordinal(), cal.last_gregorian.toordinal()
    year, month, day, back = scalar_walk(cal)
    every_day = days64(range(first, last + 1))
    bulk = to_hijri_many(every_day, name)
    assert not bulk.missing.any()
    assert np.array_equal(bulk.year, year)
    assert np.array_equal(bulk.month, month)
    assert np.array_equal(bulk.day, day)
    assert np.array_equal(to_gregorian_many(year, month, day, name), days64(back))
    assert np.array_equal(days64(back), every_day)
    # The days on either side are outside it (past date.max too, in a datetime64).
    edges = to_hijri_many(days64([first - 1, last + 1]), name, errors="coerce")
    assert edges.missing.tolist() == [True, True]


def hijri_grid(cal: Calendar) -> Iterator[tuple[int, int, int]]:
    """Year, month and day around every edge: the days past a month's end, month 0 and
    13, the years before and after the calendar (for the tabular ones, a sample of years)."""
    years = list(cal.years)
    if len(years) > 1000:
        years = years[:30] + years[-30:] + years[::97]
    for year in [years[0] - 1, *years, years[-1] + 1]:
        for month in range(0, 14):
            for day in (0, 1, 28, 29, 30, 31, 32):
                yield year, month, day


@pytest.mark.parametrize("name", [*EVERY_CALENDAR, "umalqura-1"])
def test_a_hijri_date_is_valid_in_bulk_where_it_is_one_at_a_time(name: str, gregorian_path: str) -> None:
    cal = get_calendar(name)
    grid = list(hijri_grid(cal))
    expected = []
    for y, m, d in grid:
        try:
            expected.append(np.datetime64(cal.to_gregorian(HijriDate(y, m, d)), "D"))
        except (InvalidDateError, OutOfRangeError):
            expected.append(np.datetime64("NaT", "D"))
    year, month, day = (np.array(column) for column in zip(*grid, strict=True))
    found = to_gregorian_many(year, month, day, name, errors="coerce")
    assert np.array_equal(found, np.array(expected, dtype="datetime64[D]"), equal_nan=True)


# --- the calendars built from others, and any Calendar --------------------------------------


class Delegating(Calendar):
    """A calendar datelines does not know: the bulk path asks its two primitives."""

    __slots__ = ("_inner",)

    def __init__(self, inner: Calendar):
        object.__setattr__(self, "_inner", inner)
        super().__init__(
            "delegating", inner._first_year, inner._last_year, inner._first_ordinal, inner._last_ordinal
        )

    def _month_start(self, year: int, month: int) -> int:
        return self._inner._month_start(year, month)

    def _locate(self, ordinal: int) -> HijriDate:
        return self._inner._locate(ordinal)


@pytest.mark.parametrize(
    "cal",
    [
        get_calendar("umalqura", offset=1),
        get_calendar("civil", offset=-2),
        get_calendar("ID", offset=2),
        get_calendar("umalqura", table=INDONESIA_1445),
        get_calendar("umalqura", offset=-1, table=SightingTable.from_rows([(1445, 10, "2024-04-10")])),
        Delegating(get_calendar("umalqura-icu")),
    ],
    ids=lambda cal: cal.name,
)
def test_shifted_and_overridden_calendars_convert_every_day_as_one_at_a_time(cal: Calendar) -> None:
    first, last = cal.first_gregorian.toordinal(), cal.last_gregorian.toordinal()
    if last - first > 200_000:  # a tabular calendar: the centuries around ours
        first, last = date(1800, 1, 1).toordinal(), date(2200, 1, 1).toordinal()
    scalar = [cal.to_hijri(date.fromordinal(o)) for o in range(first, last + 1)]
    bulk = to_hijri_many(days64(range(first, last + 1)), cal)
    assert list(bulk) == scalar
    back = to_gregorian_many(bulk.year, bulk.month, bulk.day, cal)
    assert np.array_equal(back, days64(range(first, last + 1)))


def test_a_computed_calendar_elsewhere_computes_only_the_years_a_column_spans() -> None:
    pytest.importorskip("astronomy")
    from datelines.calendars.computed import ComputedCalendar
    from datelines.calendars.criteria import CRITERIA
    from datelines.calendars.places import get_place

    # A calendar of its own: get_calendar keeps the one it made, with the years other
    # tests have asked of it.
    cal = ComputedCalendar(CRITERIA["mabims"], get_place("Jakarta"))
    days = [date(2024, 3, 1) + timedelta(days=k) for k in range(0, 90, 3)]
    bulk = to_hijri_many(days, cal)
    assert list(bulk) == [cal.to_hijri(d) for d in days]
    assert np.array_equal(bulk.to_gregorian(), np.array(days, dtype="datetime64[D]"))
    assert sorted(cal._years) == [1445, 1446]  # type: ignore[attr-defined]


@pytest.mark.parametrize("name", ["civil", "astronomical"])
def test_a_tabular_calendar_converts_dates_centuries_apart(name: str) -> None:
    cal = get_calendar(name)
    days = [cal.first_gregorian, date(1, 1, 1), date(1582, 10, 15), date(2016, 1, 20), date.max]
    bulk = to_hijri_many(days, name, errors="coerce")
    assert list(bulk) == [None if d < cal.first_gregorian else cal.to_hijri(d) for d in days]


# --- kinds of column ------------------------------------------------------------------------

SEOUL = HijriDate(1437, 4, 10)  # 2016-01-20


@pytest.mark.parametrize("unit", ["Y", "M", "W", "D", "h", "m", "s", "ms", "us", "ns", "10s", "3h", "7D"])
def test_datetime64_of_any_unit_counts_by_its_day(unit: str) -> None:
    values = np.array(
        ["2016-01-20T23:59:59.999", "NaT", "1969-12-31T12:00", "2016-01-20"], dtype="datetime64[ms]"
    )
    column = values.astype(f"datetime64[{unit}]")
    expected = [
        None if np.isnat(v) else get_calendar("umalqura").to_hijri(v.astype("datetime64[D]").item())
        for v in column
    ]
    assert list(to_hijri_many(column)) == expected


def test_nat_in_nanoseconds_is_missing_not_the_first_day_they_can_hold() -> None:
    column = np.array(["NaT", "1677-09-22"], dtype="datetime64[ns]")
    found = to_hijri_many(column, "civil")
    assert found.missing.tolist() == [True, False]
    assert found[1] == get_calendar("civil").to_hijri(date(1677, 9, 22))


def test_lists_tuples_and_iterables_of_dates() -> None:
    utc7 = timezone(timedelta(hours=7))
    aware = datetime(2016, 1, 20, 2, 0, tzinfo=utc7)  # the 19th in UTC: counts by its own day
    values = [
        date(2016, 1, 20),
        None,
        datetime(2016, 1, 20, 23, 59),
        aware,
        np.datetime64("2016-01-20"),
        float("nan"),
    ]
    expected = [SEOUL, None, SEOUL, datelines.to_hijri(aware), SEOUL, None]
    assert expected[3] == SEOUL
    assert list(to_hijri_many(values)) == expected
    assert list(to_hijri_many(tuple(values))) == expected
    assert list(to_hijri_many(iter(values))) == expected
    assert list(to_hijri_many(np.array(values, dtype=object))) == expected
    assert list(to_hijri_many([date(2016, 1, 20)] * 3)) == [SEOUL] * 3
    assert len(to_hijri_many([])) == 0
    assert list(to_hijri_many([None, None])) == [None, None]


def test_a_list_with_a_real_first_day_and_pandas_missing_values() -> None:
    pd = pytest.importorskip("pandas")
    values = [
        date(1, 1, 1),
        pd.NaT,
        pd.Timestamp("2016-01-20"),
        pd.Timestamp("2016-01-20 02:00", tz="Asia/Jakarta"),
    ]
    found = to_hijri_many(values, "civil", errors="coerce")
    assert list(found) == [
        None,
        None,
        get_calendar("civil").to_hijri(date(2016, 1, 20)),
        get_calendar("civil").to_hijri(date(2016, 1, 20)),
    ]
    assert found.missing.tolist() == [True, True, False, False]
    with pytest.raises(OutOfRangeError, match=r"dates\[0\]: 0001-01-01 is outside the civil calendar"):
        to_hijri_many(values, "civil")
    assert list(to_hijri_many([pd.NaT, date(2016, 1, 20)])) == [None, SEOUL]


def test_pandas_columns() -> None:
    pd = pytest.importorskip("pandas")
    texts = ["2016-01-20 23:00", None, "2024-03-11 00:00"]
    expected = [SEOUL, None, HijriDate(1445, 9, 1)]
    series = pd.Series(pd.to_datetime(texts), index=[10, 20, 30])
    assert list(to_hijri_many(series)) == expected
    assert list(to_hijri_many(pd.DatetimeIndex(texts))) == expected
    assert list(to_hijri_many(series.astype("datetime64[s]"))) == expected
    assert list(to_hijri_many(pd.Series([date(2016, 1, 20), None, date(2024, 3, 11)]))) == expected
    # An aware column counts by the day where each moment is, as to_hijri does a datetime.
    aware = pd.Series(pd.to_datetime(["2016-01-20 02:00", None]).tz_localize("Asia/Jakarta"))
    assert list(to_hijri_many(aware)) == [datelines.to_hijri(aware[0].to_pydatetime()), None]
    assert list(to_hijri_many(pd.DatetimeIndex(aware))) == [SEOUL, None]
    with pytest.raises(TypeError, match="not a DataFrame"):
        to_hijri_many(pd.DataFrame({"a": series}))
    with pytest.raises(TypeError, match=r"pandas\.to_datetime"):
        to_hijri_many(pd.Series(["2016-01-20"]))


def test_arrow_arrays() -> None:
    pa = pytest.importorskip("pyarrow")
    values = [date(2016, 1, 20), None, date(2024, 3, 11)]
    expected = [SEOUL, None, HijriDate(1445, 9, 1)]
    assert list(to_hijri_many(pa.array(values, pa.date32()))) == expected
    assert list(to_hijri_many(pa.array(values, pa.date64()))) == expected
    moments = [datetime(2016, 1, 20, 23), None, datetime(2024, 3, 11)]
    for unit in ("s", "ms", "us", "ns"):
        assert list(to_hijri_many(pa.array(moments, pa.timestamp(unit)))) == expected
    aware = pa.array([datetime(2016, 1, 19, 19, tzinfo=UTC), None], pa.timestamp("us", tz="Asia/Jakarta"))
    assert list(to_hijri_many(aware)) == [SEOUL, None]  # 02:00 on the 20th in Jakarta
    chunked = pa.chunked_array([values[:1], [], values[1:]], pa.date32())
    assert list(to_hijri_many(chunked)) == expected
    assert list(to_hijri_many(pa.array([], pa.date32()))) == []
    with pytest.raises(TypeError, match="Arrow date or timestamp"):
        to_hijri_many(pa.array(["2016-01-20"]))
    pd = pytest.importorskip("pandas")
    backed = pd.Series(pa.array(values, pa.date32()), dtype=pd.ArrowDtype(pa.date32()))
    assert list(to_hijri_many(backed)) == expected


@pytest.mark.parametrize(
    ("column", "error", "message"),
    [
        (["2016-01-20"], TypeError, r"dates\[0\] is '2016-01-20', not a date"),
        ([date(2016, 1, 20), 5], TypeError, r"dates\[1\] is 5, not a date"),
        (np.array(["2016-01-20"]), TypeError, "not an array of <U10"),
        (np.array([1, 2]), TypeError, "not an array of int64"),
        (np.array([["2016-01-20"]], dtype="datetime64[D]"), ValueError, "one-dimensional"),
        ("2016-01-20", TypeError, "not str"),
        (date(2016, 1, 20), TypeError, "not date"),
        (5, TypeError, "not int"),
    ],
)
def test_what_is_not_a_column_of_dates(column: object, error: type[Exception], message: str) -> None:
    with pytest.raises(error, match=message):
        to_hijri_many(column)  # type: ignore[arg-type]


def test_errors_is_raise_or_coerce() -> None:
    with pytest.raises(ValueError, match="errors must be 'raise' or 'coerce', not 'ignore'"):
        to_hijri_many([], errors="ignore")  # type: ignore[arg-type]
    with pytest.raises(ValueError, match="errors must be"):
        to_gregorian_many([], [], [], errors="ignore")  # type: ignore[arg-type]


# --- out of range and missing -------------------------------------------------------------


def test_a_date_out_of_range_names_its_row_and_value(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr("datelines._bulk.CHUNK", 4)  # the rows span chunks
    column = np.array(
        [
            "2016-01-20",
            "NaT",
            "2016-01-20",
            "2016-01-20",
            "2016-01-20",
            "1900-01-01",
            "NaT",
            "2100-01-01",
            "10000-01-01",
        ],
        dtype="datetime64[D]",
    )
    with pytest.raises(OutOfRangeError) as caught:
        to_hijri_many(column)
    err = caught.value
    assert err.index == 5
    assert str(err).startswith(
        "dates[5]: 1900-01-01 is outside the umalqura calendar, which covers 1924-08-01 to 2077-11-16"
    )
    assert str(err).endswith("(3 dates out of range; errors='coerce' makes such dates missing)")
    assert err.value == date(1900, 1, 1)
    assert err.calendar == "umalqura"
    again = pickle.loads(pickle.dumps(err))
    assert (type(again), again.index, str(again)) == (OutOfRangeError, 5, str(err))
    coerced = to_hijri_many(column, errors="coerce")
    assert coerced.missing.tolist() == [False, True, False, False, False, True, True, True, True]
    assert coerced.year.tolist() == [1437, 0, 1437, 1437, 1437, 0, 0, 0, 0]


def test_a_datetime64_beyond_what_date_holds_is_out_of_range() -> None:
    with pytest.raises(
        OutOfRangeError,
        match=r"dates\[0\]: 10000-01-01 is outside the civil calendar, which covers 0622-07-19 to 9999-12-31 \(1 date out",
    ):
        to_hijri_many(np.array(["10000-01-01"], dtype="datetime64[D]"), "civil")


def test_a_column_with_no_date_in_range() -> None:
    assert to_hijri_many(np.array(["NaT", "NaT"], dtype="datetime64[ns]")).missing.tolist() == [True, True]
    column = np.array(["NaT", "1800-01-01"], dtype="datetime64[D]")
    with pytest.raises(OutOfRangeError, match=r"dates\[1\]"):
        to_hijri_many(column, "ID")
    assert to_hijri_many(column, "ID", errors="coerce").missing.tolist() == [True, True]
    assert to_hijri_many(column, "civil", errors="coerce").missing.tolist() == [True, False]


def test_offset_and_table_as_to_hijri_takes_them() -> None:
    column = np.array(["2024-03-11", "2024-03-12"], dtype="datetime64[D]")
    assert list(to_hijri_many(column, offset=-1)) == [
        datelines.to_hijri(d, offset=-1) for d in column.tolist()
    ]
    assert list(to_hijri_many(column, table=INDONESIA_1445)) == [
        datelines.to_hijri(d, table=INDONESIA_1445) for d in column.tolist()
    ]
    assert to_hijri_many(column, "umalqura-1").calendar.name == "umalqura-1"


# --- the result -----------------------------------------------------------------------------


def test_the_result_is_frozen_read_only_and_picklable() -> None:
    found = to_hijri_many([date(2016, 1, 20), None])
    assert repr(found) == "HijriArrays(2 dates, 1 missing, calendar='umalqura')"
    assert (found.year.dtype, found.month.dtype, found.day.dtype, found.missing.dtype) == (np.int32,) * 3 + (
        np.bool_,
    )
    with pytest.raises(FrozenInstanceError):
        found.year = np.array([1])  # type: ignore[misc]
    with pytest.raises(ValueError, match="read-only"):
        found.year[0] = 1
    again = pickle.loads(pickle.dumps(found))
    assert list(again) == list(found)
    assert not again.day.flags.writeable
    assert again.calendar is found.calendar
    assert found[-2] == SEOUL
    assert found[1] is None


# --- back to Gregorian ----------------------------------------------------------------------


def test_to_gregorian_many_takes_numbers_however_they_come(gregorian_path: str) -> None:
    expected = np.array(["2016-01-20", "NaT", "2024-03-11"], dtype="datetime64[D]")
    assert np.array_equal(
        to_gregorian_many([1437, None, 1445], [4, 1, 9], [10, 1, 1]), expected, equal_nan=True
    )
    assert np.array_equal(
        to_gregorian_many(
            np.array([1437.0, np.nan, 1445.0]), np.array([4, 1, 9], np.int8), np.array([10, 1, 1], np.uint8)
        ),
        expected,
        equal_nan=True,
    )
    masked = np.ma.masked_array([1437, 0, 1445], mask=[False, True, False])
    assert np.array_equal(to_gregorian_many(masked, [4, 0, 9], [10, 0, 1]), expected, equal_nan=True)
    assert np.array_equal(
        to_gregorian_many([1437, 0, 1445], [4, 0, 9], [10, 0, 1], missing=[False, True, False]),
        expected,
        equal_nan=True,
    )
    assert to_gregorian_many(1445, range(1, 13), 1).tolist()[8] == date(2024, 3, 11)
    assert to_gregorian_many([], [], []).dtype == np.dtype("datetime64[D]")


def test_to_gregorian_many_from_pandas_and_arrow() -> None:
    pd = pytest.importorskip("pandas")
    pa = pytest.importorskip("pyarrow")
    expected = np.array(["2016-01-20", "NaT"], dtype="datetime64[D]")
    year = pd.Series([1437, None], dtype="Int32")
    assert np.array_equal(
        to_gregorian_many(year, pd.Series([4, 1]), pd.Series([10.0, 1.0])), expected, equal_nan=True
    )
    assert np.array_equal(
        to_gregorian_many(pd.Series([1437, None], dtype=object), [4, 1], [10, 1]), expected, equal_nan=True
    )
    assert np.array_equal(
        to_gregorian_many(pd.Series([1437, pd.NA], dtype=object), [4, 1], [10, 1]), expected, equal_nan=True
    )
    assert np.array_equal(
        to_gregorian_many(pa.array([1437, None]), pa.chunked_array([[4], [1]]), pa.array([10, 1], pa.int8())),
        expected,
        equal_nan=True,
    )
    with pytest.raises(TypeError, match="not a DataFrame"):
        to_gregorian_many(pd.DataFrame({"y": [1437]}), [4], [10])


@pytest.mark.parametrize(
    ("years", "error", "message"),
    [
        ([1437.5], TypeError, r"years\[0\] is 1437.5, not a whole number"),
        ([True], TypeError, r"years\[0\] is True, not a whole number"),
        (["1437"], TypeError, r"years\[0\] is '1437', not a whole number"),
        (np.array([True]), TypeError, "not an array of bool"),
        ("1437", TypeError, "not str"),
        ([1437, 1438], ValueError, "one length .* not years 2, months 1, days 1"),
        ([[1437]], ValueError, "one-dimensional"),
    ],
)
def test_what_to_gregorian_many_refuses(years: object, error: type[Exception], message: str) -> None:
    with pytest.raises(error, match=message):
        to_gregorian_many(years, [4], [10])  # type: ignore[arg-type]


def test_an_invalid_hijri_date_names_its_row(gregorian_path: str) -> None:
    with pytest.raises(InvalidDateError) as caught:
        to_gregorian_many([1437, None, 1437, 1300], [4, 1, 2, 1], [10, 1, 30, 1])
    assert caught.value.index == 2
    assert str(caught.value) == (
        "row 2: day 30 does not exist: Safar 1437 has 29 days in umalqura (day must be in 1..29) "
        "(2 dates do not exist or are out of range; errors='coerce' makes such dates NaT)"
    )
    with pytest.raises(OutOfRangeError, match=r"^row 0: year 1300 AH is outside the umalqura calendar"):
        to_gregorian_many([1300], [1], [1])
    with pytest.raises(InvalidDateError, match=r"^row 0: month must be in 1..12, got 13 \(1 date does not"):
        to_gregorian_many([1437], [13], [1])
    with pytest.raises(TypeError, match="boolean mask"):
        to_gregorian_many([1437], [4], [10], missing=[0])


# --- laws -----------------------------------------------------------------------------------


@st.composite
def columns(draw: st.DrawFn) -> tuple[str, list[date | None]]:
    name = draw(st.sampled_from(EVERY_CALENDAR))
    values = draw(st.lists(st.one_of(st.none(), gregorian_dates(name)), max_size=40))
    return name, values


@given(columns())
def test_law_bulk_equals_scalar_and_missing_stays_missing(column: tuple[str, list[date | None]]) -> None:
    name, values = column
    found = to_hijri_many(values, name)
    assert list(found) == [None if v is None else datelines.to_hijri(v, name) for v in values]
    assert found.missing.tolist() == [v is None for v in values]


@given(columns(), st.sampled_from(["D", "s", "ns"]))
def test_law_round_trip(column: tuple[str, list[date | None]], unit: str) -> None:
    name, values = column
    if unit == "ns":  # nanoseconds hold 1677-2262
        values = [v if v is None or date(1678, 1, 1) <= v <= date(2261, 12, 31) else None for v in values]
    original = np.array(
        [np.datetime64("NaT") if v is None else np.datetime64(v) for v in values], dtype=f"datetime64[{unit}]"
    )
    found = to_hijri_many(original, name)
    expected = original.astype("datetime64[D]")
    assert np.array_equal(found.to_gregorian(), expected, equal_nan=True)
    back = to_gregorian_many(found.year, found.month, found.day, name, missing=found.missing)
    assert np.array_equal(back, expected, equal_nan=True)


@given(
    st.lists(
        st.one_of(st.none(), st.dates(min_value=date(1800, 1, 1), max_value=date(2200, 1, 1))), max_size=40
    )
)
def test_law_coerce_makes_exactly_the_out_of_range_dates_missing(values: list[date | None]) -> None:
    cal = get_calendar("umalqura")
    inside = [v is not None and cal.first_gregorian <= v <= cal.last_gregorian for v in values]
    found = to_hijri_many(values, errors="coerce")
    assert found.missing.tolist() == [not i for i in inside]
    if any(v is not None and not i for v, i in zip(values, inside, strict=True)):
        with pytest.raises(OutOfRangeError) as caught:
            to_hijri_many(values)
        first = next(
            k for k, (v, i) in enumerate(zip(values, inside, strict=True)) if v is not None and not i
        )
        assert caught.value.index == first


def test_a_numpy_column_loads_neither_pandas_nor_arrow() -> None:
    # `import datelines` loads no NumPy (tests/test_layout.py); converting a NumPy column
    # loads NumPy alone, and the pandas accessor only when it is imported.
    code = (
        "import sys, datelines, numpy as np; "
        "datelines.to_hijri_many(np.array(['2016-01-20'], dtype='datetime64[D]')); "
        "print(' '.join(sorted(m for m in ('pandas', 'pyarrow', 'datelines.pandas') if m in sys.modules)))"
    )
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert done.stdout.split() == []


def test_without_numpy_the_bulk_functions_say_which_extra_to_install() -> None:
    code = (
        "import sys; sys.modules['numpy'] = None; import datelines\n"
        "try:\n    datelines.to_hijri_many([])\n"
        "except ModuleNotFoundError as err:\n    print(err)\n"
    )
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert "pip install 'datelines[bulk]'" in done.stdout


_ANY_INT64 = st.one_of(
    st.integers(1300, 1600),
    st.integers(-3, 40),
    st.integers(-(2**63), 2**63 - 1),
    st.integers(-(2**31), 2**31 - 1),
)


@given(
    st.sampled_from(EVERY_CALENDAR),
    st.lists(st.tuples(_ANY_INT64, _ANY_INT64, _ANY_INT64), max_size=30),
    st.sampled_from(["int64", "int32", "int16", "uint64", "uint32", "uint8"]),
)
def test_law_any_whole_numbers_convert_as_one_at_a_time_or_are_nat(
    name: str, rows: list[tuple[int, int, int]], dtype: str
) -> None:
    # Whatever numbers a column holds, in whatever width (wrapped to it as NumPy stores
    # them), a row is the date to_gregorian gives or, where it gives an error, NaT: no year,
    # month or day too large or negative reads as another date.
    cal = get_calendar(name)
    columns = [np.array([row[k] for row in rows], dtype=np.int64).astype(dtype) for k in range(3)]
    expected = []
    for y, m, d in zip(*(column.tolist() for column in columns), strict=True):
        try:
            expected.append(np.datetime64(cal.to_gregorian(HijriDate(y, m, d)), "D"))
        except DatelineError:
            expected.append(np.datetime64("NaT", "D"))
    import datelines._bulk

    for least in (0, 10**12):  # by a table of the calendar's days, and month by month
        with patch.object(datelines._bulk, "_TABLE_ROWS", least):
            found = to_gregorian_many(*columns, name, errors="coerce")
        assert np.array_equal(found, np.array(expected, dtype="datetime64[D]"), equal_nan=True)


def test_a_column_of_years_centuries_apart_gets_no_table_of_them(gregorian_path: str) -> None:
    # A tabular calendar's column with a stray year 1 beside 9666: a table of every day
    # between would take 20 MB and more; month by month it is a few KB.
    import tracemalloc

    years = np.array([1, 9666] * 20_000)
    tracemalloc.start()
    try:
        found = to_gregorian_many(years, 1, 1, "civil")
        peak = tracemalloc.get_traced_memory()[1]
    finally:
        tracemalloc.stop()
    cal = get_calendar("civil")
    expected = [cal.to_gregorian(HijriDate(1, 1, 1)), cal.to_gregorian(HijriDate(9666, 1, 1))]
    assert found[:2].tolist() == expected
    assert peak < 8 << 20, peak


# --- found by a new-user trial (stop 36) -----------------------------------------------------


def test_masked_rows_are_missing() -> None:
    days = np.ma.masked_array(np.array(["2016-01-20", "2016-01-21"], "datetime64[D]"), [False, True])
    found = to_hijri_many(days)
    assert found.missing.tolist() == [False, True]
    assert (found.year[0], found.month[0], found.day[0]) == (1437, 4, 10)
    assert not np.ma.getmaskarray(days)[0]  # the caller's array is as it was


@pytest.mark.parametrize("unit", ["D", "h", "s", "ms", "ns"])
def test_big_endian_datetime64_is_read_as_its_values(unit: str) -> None:
    native = np.array(["2016-01-20T23", "NaT"], f"datetime64[{unit}]")
    found = to_hijri_many(native.astype(native.dtype.newbyteorder(">")))
    assert (found.year[0], found.month[0], found.day[0]) == (1437, 4, 10)
    assert found.missing.tolist() == [False, True]


@pytest.mark.parametrize("unit", ["ps", "fs", "as"])
def test_units_too_fine_to_hold_a_date_are_refused(unit: str) -> None:
    with pytest.raises(TypeError, match=rf"datetime64\[{unit}\].*use datetime64\[ns\] or coarser"):
        to_hijri_many(np.array([0], f"datetime64[{unit}]"))


def test_arrow_timestamps_with_a_zone_follow_its_daylight_saving_past_2037() -> None:
    pa = pytest.importorskip("pyarrow")
    from zoneinfo import ZoneInfo

    zone = ZoneInfo("America/Los_Angeles")
    instants = [
        datetime(2059, 10, 11, 7, 31, 44, tzinfo=UTC),  # 00:31 PDT on the 11th: 23:31 PST on the 10th
        datetime(2040, 7, 1, 6, 30, 0, 250_000, tzinfo=UTC),
        datetime(2016, 1, 20, 12, tzinfo=UTC),
        *(datetime(2037, 1, 1, tzinfo=UTC) + timedelta(hours=7 * k + 0.5) for k in range(0, 40_000, 97)),
    ]
    for unit in ("s", "ms", "us", "ns"):
        column = pa.array([*instants, None], type=pa.timestamp(unit, tz="America/Los_Angeles"))
        found = to_hijri_many(column, errors="coerce")
        for index, instant in enumerate(instants):
            expected = datelines.to_hijri(instant.astimezone(zone))
            assert (found.year[index], found.month[index], found.day[index]) == (
                expected.year, expected.month, expected.day,
            ), (unit, instant)  # fmt: skip
        assert found.missing[-1]


@given(
    st.sampled_from(("Europe/London", "Australia/Lord_Howe", "America/Santiago", "Asia/Jakarta")),
    st.lists(
        st.datetimes(datetime(2036, 12, 1), datetime(9999, 12, 31, 23, 59), timezones=st.just(UTC)),
        min_size=1,
        max_size=40,
    ),
)
def test_aware_arrow_timestamps_past_2037_are_their_zones_days(
    zone_name: str, instants: list[datetime]
) -> None:
    """The local day of each instant, found once for each year a column reaches (a trial: one
    zoneinfo call a row made a column to 2077 eighty times slower), is zoneinfo's own, a
    half-hour daylight saving (Lord Howe) and a southern one (Santiago) too."""
    pa = pytest.importorskip("pyarrow")
    from zoneinfo import ZoneInfo

    zone = ZoneInfo(zone_name)
    column = pa.array(instants, type=pa.timestamp("s", tz=zone_name))
    found = to_hijri_many(column, calendar="civil", errors="coerce")
    for index, instant in enumerate(instants):
        day = instant.astimezone(zone).date() if instant.year < 9999 else None
        if day is None or day.year > 9999:
            continue
        expected = datelines.to_hijri(day, calendar="civil")
        assert (found.year[index], found.month[index], found.day[index]) == (
            expected.year, expected.month, expected.day,
        ), (zone_name, instant)  # fmt: skip


def test_an_arrow_table_is_refused_clearly() -> None:
    pa = pytest.importorskip("pyarrow")
    with pytest.raises(TypeError, match="dates must be one column"):
        to_hijri_many(pa.table({"day": pa.array([date(2016, 1, 20)])}))


@pytest.mark.parametrize("year", [2**62 + 1437, -(2**62) + 1437, np.uint64(2**63 + 1437)])
def test_a_year_far_past_the_calendar_is_no_day_in_a_short_column(year: int) -> None:
    # y * 12 wrapped round int64 into the calendar's range: 2016-01-20 was given.
    with pytest.raises(InvalidDateError, match=r"year must be in 1\.\.9999"):
        to_gregorian_many(np.array([year]), [4], [10])
    assert np.isnat(to_gregorian_many(np.array([year]), [4], [10], errors="coerce")[0])


def test_arrow_and_nullable_numbers() -> None:
    pa = pytest.importorskip("pyarrow")
    pd = pytest.importorskip("pandas")
    found = to_gregorian_many(pa.array([1437.0, float("nan"), None]), [4, 4, 4], [10, 10, 10])
    assert found.astype(str).tolist() == ["2016-01-20", "NaT", "NaT"]
    with pytest.raises(TypeError, match="not an Arrow array of string"):
        to_gregorian_many(pa.array(["1437"]), [4], [10])
    for far in (np.inf, 1e20):
        with pytest.raises(TypeError, match=r"years\[0\] is .*, not a whole number"):
            to_gregorian_many(np.array([far]), [4], [10])
    # A nullable Int64 column keeps its integers exact (through a float, 2**62 + 1437 was
    # 4611686018427388928).
    with pytest.raises(InvalidDateError, match="got 4611686018427389341"):
        to_gregorian_many(pd.Series([2**62 + 1437, None], dtype="Int64"), [4, 4], [10, 10])


def test_a_slice_of_the_answer_is_an_answer() -> None:
    found = to_hijri_many([date(2016, 1, 20), None, date(2016, 1, 21)])
    part = found[1:]
    assert (len(part), part.missing.tolist(), list(part)) == (
        2,
        [True, False],
        [None, HijriDate(1437, 4, 11)],
    )
    assert found[np.int64(0)] == HijriDate(1437, 4, 10)
    with pytest.raises(TypeError, match="integers or slices, not str"):
        found["0"]  # type: ignore[call-overload]


@pytest.mark.parametrize(
    "unordered", [{date(2016, 1, 20)}, frozenset({date(2016, 1, 20)}), {date(2016, 1, 20): 1}]
)
def test_a_set_or_mapping_is_no_column(unordered: object) -> None:
    with pytest.raises(TypeError, match=r"not (set|frozenset|dict)"):
        to_hijri_many(unordered)
    with pytest.raises(TypeError, match="must be whole numbers"):
        to_gregorian_many({1437}, [4], [10])


def test_one_float_is_a_whole_number_for_every_row_as_a_float_column_s_are() -> None:
    months = np.array([9, 10])
    assert to_gregorian_many(1446.0, months, 1).tolist() == to_gregorian_many(1446, months, 1).tolist()
    assert to_gregorian_many(np.float32(1446), months, np.array([1.0, np.nan])).astype(str).tolist() == [
        "2025-03-01",
        "NaT",
    ]
    assert np.isnat(to_gregorian_many(float("nan"), months, 1)).all()  # missing, as NaN in a column
    for wrong in (1446.5, float("inf"), 1e300):
        with pytest.raises(TypeError, match=r"^years is .*, not a whole number"):
            to_gregorian_many(wrong, months, 1)


# --- moments at a place: the Hijri day begins at sunset --------------------------------------

_ZONES = ("Asia/Jakarta", "Asia/Riyadh", "Europe/London", "America/New_York", "Asia/Kabul", "UTC")
_PLACES = ("Jakarta", "Mecca", "Istanbul", (51.5, -0.1), (-33.9, 151.2), (64.1, -21.9))


@given(
    st.lists(
        st.one_of(
            st.none(),
            st.datetimes(
                min_value=datetime(1990, 1, 1), max_value=datetime(2060, 12, 31), timezones=st.just(UTC)
            ),
        ),
        min_size=1,
        max_size=12,
    ),
    st.sampled_from(_ZONES),
    st.sampled_from(_PLACES),
)
def test_law_moments_at_a_place_convert_as_to_hijri_converts_each(
    moments: list[datetime | None], zone: str, place: object
) -> None:
    pytest.importorskip("astronomy")
    from zoneinfo import ZoneInfo

    import pandas as pd
    import pyarrow as pa

    local = [None if m is None else m.astimezone(ZoneInfo(zone)) for m in moments]
    expected = [None if m is None else to_hijri(m, place=place) for m in local]  # type: ignore[arg-type]
    column = pd.Series(pd.to_datetime(moments, utc=True)).dt.tz_convert(zone)
    for given_as in (local, column, pd.DatetimeIndex(column), pa.array(column)):
        assert list(to_hijri_many(given_as, place=place)) == expected  # type: ignore[arg-type]


def test_a_moment_after_sunset_is_the_next_hijri_day_in_a_column() -> None:
    pytest.importorskip("astronomy")
    import pandas as pd

    jakarta = pd.Series(pd.to_datetime(["2025-03-29 17:00", "2025-03-29 19:00", None])).dt.tz_localize(
        "Asia/Jakarta"
    )
    found = to_hijri_many(jakarta, "ID", place="Jakarta")
    assert list(found) == [HijriDate(1446, 9, 29), HijriDate(1446, 9, 30), None]  # sunset about 17:55
    assert list(to_hijri_many(jakarta, "ID")) == [HijriDate(1446, 9, 29), HijriDate(1446, 9, 29), None]


@pytest.mark.parametrize(
    ("column", "words"),
    [
        (np.array(["2016-01-20T19:00"], dtype="datetime64[m]"), "not to NumPy datetime64 values"),
        ([datetime(2016, 1, 20, 19)], r"not to a naive datetime \(dates\[0\] is 2016-01-20T19:00:00\)"),
        ([date(2016, 1, 20)], r"not to a whole day \(dates\[0\] is 2016-01-20\)"),
    ],
)
def test_place_needs_moments_with_their_zone(column: object, words: str) -> None:
    with pytest.raises(datelines.DatelineError, match=words):
        to_hijri_many(column, place="Jakarta")  # type: ignore[arg-type]
    with pytest.raises(TypeError, match="not an aware datetime"):
        to_hijri_many(["2016-01-20"], place="Jakarta")  # type: ignore[list-item]


def test_moments_on_the_days_clocks_change_are_placed_by_the_zone_s_own_rules() -> None:
    pytest.importorskip("astronomy")
    from zoneinfo import ZoneInfo

    london = ZoneInfo("Europe/London")
    # The UTC days on which London's clocks go forward and back, hour by hour.
    moments = [
        datetime(2025, month, day, hour, 30, tzinfo=UTC).astimezone(london)
        for month, day in ((3, 30), (10, 26))
        for hour in range(24)
    ]
    place = datelines.Place("London", 51.51, -0.13, timezone="Europe/London")
    expected = [to_hijri(m, place=place) for m in moments]
    assert list(to_hijri_many(moments, place=place)) == expected
    assert len(set(expected)) == 4  # each day, and the next after its sunset


def test_a_moment_at_the_end_of_the_dates_there_are_is_named_with_its_row() -> None:
    pytest.importorskip("astronomy")
    late = datetime(9999, 12, 31, 23, tzinfo=UTC)
    for place in ((21.4, 39.8), "Mecca"):
        with pytest.raises(
            datelines.DatelineError, match=r"^dates\[1\]: 9999-12-31T23:00:00\+00:00 at .* is at the end"
        ) as caught:
            to_hijri_many([None, late], "civil", place=place)  # type: ignore[arg-type]
        assert caught.value.index == 1
    early_that_day = datetime(9999, 12, 31, 10, tzinfo=UTC)  # before sunset in Mecca: still a day there is
    assert list(to_hijri_many([early_that_day], "civil", place="Mecca")) == [
        to_hijri(early_that_day, "civil", place="Mecca")
    ]
