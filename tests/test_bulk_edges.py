"""Edges of the bulk converters and the pandas accessor a data team's trial found (stop 44):
each failed before with a raw error from NumPy, pandas or the standard library, or gave a
wrong answer without a word."""

from __future__ import annotations

from datetime import UTC, date, datetime

import numpy as np
import pytest

import datelines


def test_an_arrow_zone_column_past_9999_is_out_of_range_or_missing() -> None:
    pa = pytest.importorskip("pyarrow")
    column = pa.array(
        [datetime(9999, 12, 31, 23, tzinfo=UTC), datetime(2016, 1, 20, tzinfo=UTC)],
        pa.timestamp("us", tz="Asia/Tokyo"),
    )
    found = datelines.to_hijri_many(column, "civil", errors="coerce")
    assert found.missing.tolist() == [True, False]
    assert found[1] == datelines.to_hijri(date(2016, 1, 20), "civil")
    with pytest.raises(datelines.OutOfRangeError, match=r"^dates\[0\]: 10000-01-01 is outside") as err:
        datelines.to_hijri_many(column, "civil")
    assert err.value.index == 0


def test_late_arrow_zone_times_keep_their_daylight_saving() -> None:
    pa = pytest.importorskip("pyarrow")
    from zoneinfo import ZoneInfo

    moments = [datetime(2040, 7, 1, hour, 30, tzinfo=UTC) for hour in (21, 22, 23)]
    column = pa.array(moments, pa.timestamp("us", tz="Europe/Berlin"))
    expected = [datelines.to_hijri(m.astimezone(ZoneInfo("Europe/Berlin"))) for m in moments]
    assert list(datelines.to_hijri_many(column)) == expected


@pytest.mark.parametrize(
    ("values", "dtype"),
    [(["1437", None], None), (["1437", "1438"], None), ([True, None], "boolean"), ([True, False], "boolean")],
)
def test_text_and_boolean_columns_are_refused_with_or_without_a_missing_value(
    values: list[object], dtype: str | None
) -> None:
    pd = pytest.importorskip("pandas")
    column = pd.Series(values, dtype=dtype) if dtype else pd.Series(values)
    with pytest.raises(TypeError, match="years must be whole numbers"):
        datelines.to_gregorian_many(column, 1, 1)


def test_a_single_missing_value_is_missing_in_every_row() -> None:
    pd = pytest.importorskip("pandas")
    for missing in (pd.NA, None, np.nan):
        assert np.isnat(datelines.to_gregorian_many([1437, 1438], missing, 1)).all()


def test_pandas_columns_with_different_indexes_are_refused() -> None:
    pd = pytest.importorskip("pandas")
    years = pd.Series([1437, 1446], index=[5, 6])
    months = pd.Series([10, 4], index=[6, 5])
    days = pd.Series([1, 10], index=[5, 6])
    with pytest.raises(datelines.DatelineError, match="different indexes"):
        datelines.to_gregorian_many(years, months, days)
    aligned = datelines.to_gregorian_many(years, months.reindex(years.index), days)
    assert aligned.tolist() == [
        datelines.to_gregorian(datelines.HijriDate(1437, 4, 1)),
        datelines.to_gregorian(datelines.HijriDate(1446, 10, 10)),
    ]


def test_the_accessor_writes_no_dateline_past_9999_and_coerces_it() -> None:
    pd = pytest.importorskip("pandas")
    import datelines.pandas

    column = pd.Series(np.array(["10000-01-01", "2016-01-20"], dtype="datetime64[s]"))
    assert column.hijri("civil", errors="coerce").format("mina").tolist()[0] is pd.NA
    with pytest.raises(datelines.OutOfRangeError, match=r"^dates\[0\]: 10000-01-01") as err:
        column.hijri("civil").format("mina")
    assert err.value.index == 0


def test_a_numpy_integer_offset_is_an_offset() -> None:
    day = np.array(["2024-03-11"], dtype="datetime64[D]")
    assert datelines.to_hijri_many(day, offset=np.int64(-1))[0] == datelines.HijriDate(1445, 8, 29)
    assert datelines.to_hijri("2024-03-11", offset=np.int64(-1)) == datelines.HijriDate(1445, 8, 29)


def test_nested_lists_are_refused_as_not_one_dimensional_both_ways() -> None:
    with pytest.raises(datelines.DatelineError, match="one-dimensional"):
        datelines.to_hijri_many([[date(2016, 1, 20)]])
    with pytest.raises(datelines.DatelineError, match="one-dimensional"):
        datelines.to_gregorian_many([[1437]], 1, 1)


def test_moments_at_a_place_past_the_end_coerce_to_missing() -> None:
    pd = pytest.importorskip("pandas")
    pytest.importorskip("astronomy")
    moments = pd.Series(pd.to_datetime(["2016-01-20 10:00", "9999-12-31 23:00"]).as_unit("s")).dt.tz_localize(
        "UTC"
    )
    found = datelines.to_hijri_many(moments, "civil", place="Jakarta", errors="coerce")
    assert found.missing.tolist() == [False, True]
    with pytest.raises(datelines.OutOfRangeError, match=r"^dates\[1\]: .* at Jakarta is at the end") as err:
        datelines.to_hijri_many(moments, "civil", place="Jakarta")
    assert err.value.index == 1


def test_moments_where_the_sun_does_not_set_name_their_row_or_coerce() -> None:
    pd = pytest.importorskip("pandas")
    pytest.importorskip("astronomy")
    moments = pd.Series(pd.to_datetime(["2025-03-20 12:00", "2016-01-20 10:00"])).dt.tz_localize("UTC")
    svalbard = (78.2, 15.6)  # polar night in January
    found = datelines.to_hijri_many(moments, place=svalbard, errors="coerce")
    assert found.missing.tolist() == [False, True]
    with pytest.raises(
        datelines.CalendarError, match=r"^dates\[1\]: .*it does not rise that day \(polar night\)"
    ) as err:
        datelines.to_hijri_many(moments, place=svalbard)
    assert err.value.index == 1
