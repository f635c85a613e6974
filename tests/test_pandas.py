"""The pandas accessor (datelines.pandas): Series.hijri and DataFrame.hijri, answers on the
column's index, missing values as <NA>, the same dates as the scalar API."""

from __future__ import annotations

from datetime import date

import numpy as np
import pytest

pd = pytest.importorskip("pandas")

import datelines  # noqa: E402
import datelines.pandas  # noqa: E402  (registers the accessor)
from datelines import OutOfRangeError, format, get_calendar, to_hijri  # noqa: E402

DAYS = ["2016-01-20", None, "2025-03-31", "2016-01-20"]


@pytest.fixture
def published() -> pd.Series:
    return pd.Series(pd.to_datetime(DAYS), index=list("abcd"), name="published")


def test_year_month_day_as_nullable_integers_on_the_index(published: pd.Series) -> None:
    for calendar in ("umalqura", "ID", "civil"):
        accessor = published.hijri if calendar == "umalqura" else published.hijri(calendar)
        expected = [None if d is None else to_hijri(d, calendar) for d in DAYS]
        for field in ("year", "month", "day"):
            column = getattr(accessor, field)
            assert column.dtype == "Int32"
            assert column.name == "published"
            assert list(column.index) == list("abcd")
            assert column.isna().tolist() == [d is None for d in DAYS]
            assert [None if v is pd.NA else v for v in column.tolist()] == [
                None if h is None else getattr(h, field) for h in expected
            ]


def test_to_frame_and_back(published: pd.Series) -> None:
    frame = published.hijri("ID").to_frame()
    assert list(frame.columns) == ["year", "month", "day"]
    assert list(frame.dtypes) == ["Int32"] * 3
    assert frame.loc["c"].tolist() == [1446, 10, 1]
    back = frame.hijri("ID").to_gregorian()
    assert back.dtype == "datetime64[s]"
    assert list(back.index) == list("abcd")
    assert back.equals(published.astype("datetime64[s]").rename(None))
    renamed = frame.rename(columns={"year": "hy", "month": "hm", "day": "hd"})
    assert renamed.hijri("ID").to_gregorian("hy", "hm", "hd").equals(back)


def test_format_writes_each_distinct_day_once(published: pd.Series, monkeypatch: pytest.MonkeyPatch) -> None:
    import datelines._write.format as module

    calls: list[date] = []
    real = module.format_dateline

    def counting(value: date, *args: object, **kwargs: object) -> str:
        calls.append(value)
        return real(value, *args, **kwargs)  # type: ignore[arg-type]

    monkeypatch.setattr(module, "format_dateline", counting)
    written = published.hijri.format("indonesia", language="en", place="Jakarta")
    assert written.dtype == "string"
    assert written.name == "published"
    assert sorted(calls) == [date(2016, 1, 20), date(2025, 3, 31)]
    expected = [
        None if d is None else format(date.fromisoformat(d), "indonesia", language="en", place="Jakarta")
        for d in DAYS
    ]
    assert [None if v is pd.NA else v for v in written.tolist()] == expected
    # The style's calendar, unless the accessor names one.
    assert published.hijri("SA").format("iso").tolist()[2] == "1446-10-02/2025-03-31"
    assert published.hijri("ID").format("iso").tolist()[2] == "1446-10-01/2025-03-31"


def test_isoformat(published: pd.Series) -> None:
    written = published.hijri.isoformat()
    assert written.dtype == "string"
    assert written.fillna("-").tolist() == ["1437-04-10", "-", "1446-10-02", "1437-04-10"]


def test_out_of_range_raises_with_its_row_or_becomes_missing() -> None:
    days = pd.Series(pd.to_datetime(["2016-01-20", "1900-01-01"]))
    with pytest.raises(OutOfRangeError, match=r"^dates\[1\]: 1900-01-01 is outside") as caught:
        _ = days.hijri.year
    assert caught.value.index == 1
    assert days.hijri(errors="coerce").year.isna().tolist() == [False, True]
    with pytest.raises(OutOfRangeError, match=r"^dates\[1\]: 1900-01-01 is outside"):
        days.hijri("umalqura").format("mina")
    assert days.hijri("umalqura", errors="coerce").format("mina").isna().tolist() == [False, True]
    # Counted as to_hijri_many counts them: every row, repeats and all.
    more = pd.Series(pd.to_datetime(["2016-01-20", "1900-01-01", "1800-01-01", "1900-01-01", None]))
    with pytest.raises(
        OutOfRangeError, match=r"^dates\[1\]: .*\(3 dates out of range; errors='coerce'"
    ) as caught:
        more.hijri("umalqura").format("mina")
    assert caught.value.index == 1
    with pytest.raises(OutOfRangeError, match=r"\(3 dates out of range; errors='coerce'"):
        _ = more.hijri("umalqura").year
    assert days.hijri(errors="coerce").format("mina").isna().tolist() == [False, True]  # the style's calendar
    assert days.hijri(errors="coerce").isoformat().isna().tolist() == [False, True]
    frame = pd.DataFrame({"year": [1437, 1437], "month": [2, 2], "day": [29, 30]})
    with pytest.raises(datelines.InvalidDateError, match=r"^row 1: day 30 does not exist"):
        frame.hijri.to_gregorian()
    assert frame.hijri(errors="coerce").to_gregorian().isna().tolist() == [False, True]


def test_columns_of_every_kind_of_date() -> None:
    pa = pytest.importorskip("pyarrow")
    aware = pd.Series(pd.to_datetime(["2016-01-20 02:00"]).tz_localize("Asia/Jakarta"))
    objects = pd.Series([date(2016, 1, 20)])
    arrow = pd.Series(pa.array([date(2016, 1, 20)]), dtype=pd.ArrowDtype(pa.date32()))
    for column in (aware, objects, arrow):
        assert column.hijri.day.tolist() == [10]


def test_the_accessor_is_for_dates_and_takes_what_to_hijri_takes() -> None:
    assert not hasattr(pd.Series([1, 2]), "hijri")
    assert not hasattr(pd.Series(["2016-01-20"]), "hijri")
    with pytest.raises(AttributeError, match=r"columns of dates, not of int64$"):
        _ = pd.Series([1, 2]).hijri
    # a column of text, as read_csv gives, says how to make it dates (a trial)
    with pytest.raises(
        AttributeError, match=r"read text with pandas\.to_datetime\(series, errors=\"coerce\"\)"
    ):
        _ = pd.Series(["2016-01-20", "TBD"], dtype="string").hijri
    with pytest.raises(ValueError, match="errors must be"):
        pd.Series(pd.to_datetime(DAYS)).hijri(errors="ignore")  # type: ignore[arg-type]
    days = pd.Series(pd.to_datetime(["2024-03-11"]))
    assert days.hijri(offset=-1).day.tolist() == [to_hijri(date(2024, 3, 11), offset=-1).day]
    assert days.hijri(get_calendar("umalqura-1")).day.tolist() == days.hijri(offset=-1).day.tolist()
    assert pd.Series(pd.to_datetime([]), dtype="datetime64[ns]").hijri.format().tolist() == []


def test_a_large_column_converts_as_the_scalar_api_does() -> None:
    rng = np.random.default_rng(15)
    cal = get_calendar("umalqura")
    first, last = cal.first_gregorian.toordinal(), cal.last_gregorian.toordinal()
    ordinals = rng.integers(first, last + 1, 5000)
    days = pd.Series((ordinals - date(1970, 1, 1).toordinal()).astype("datetime64[D]"))
    frame = days.hijri.to_frame()
    expected = [to_hijri(date.fromordinal(int(o))) for o in ordinals]
    assert [tuple(row) for row in frame.itertuples(index=False)] == [
        (h.year, h.month, h.day) for h in expected
    ]


def test_format_keeps_the_style_s_calendar_when_the_accessor_names_none() -> None:
    # 1 Shawwal 1446 was 31 March 2025 in Iran's calendar, the iran style's: the accessor
    # called only to coerce used Umm al-Qura's ("2 Shawwal").
    days = pd.Series(pd.to_datetime(["2025-03-31", "1900-01-01"]))
    expected = [format(date(2025, 3, 31), "iran"), format(date(1900, 1, 1), "iran")]
    assert days.hijri.format("iran").tolist() == expected
    assert days.hijri(errors="coerce").format("iran").tolist() == expected


@pytest.mark.parametrize("wrong", [{"style": "indonesa"}, {"style": "mina", "digits": "arabic"}])
def test_format_s_wrong_arguments_raise_even_when_dates_coerce(wrong: dict[str, str]) -> None:
    days = pd.Series(pd.to_datetime(["2016-01-20"]))
    with pytest.raises(datelines.StyleError) as raised:
        days.hijri(errors="coerce").format(**wrong)
    assert "dates[0]" not in str(raised.value)


def test_a_frame_without_the_named_column_says_so() -> None:
    frame = pd.DataFrame({"year": [1437], "month": [4], "dia": [10]})
    with pytest.raises(KeyError, match="no column 'day'"):
        frame.hijri.to_gregorian()


def test_an_index_of_dates_has_the_accessor_and_answers_indexes() -> None:
    """A trial (stop 44): a frame's time index had no accessor (``index.to_series().hijri``)."""
    index = pd.DatetimeIndex(["2016-01-20", None, "2025-03-31"], name="published")
    assert index.hijri.year.equals(pd.Index([1437, None, 1446], dtype="Int32", name="published"))
    assert index.hijri("ID").day.tolist() == [10, pd.NA, 1]
    assert index.hijri.month.tolist() == index.to_series().hijri.month.tolist()
    assert index.hijri.isoformat().tolist() == ["1437-04-10", pd.NA, "1446-10-02"]
    assert index.hijri.format("mina").tolist() == [
        "10 Rabiul Akhir 1437/20 January 2016",
        pd.NA,
        "2 Shawwal 1446/31 March 2025",
    ]
    frame = index.hijri.to_frame()
    assert frame.index.equals(index)
    assert frame.loc[pd.Timestamp("2016-01-20")].tolist() == [1437, 4, 10]
    aware = pd.date_range("2025-03-30 20:00", periods=2, freq="D", tz="Asia/Jakarta")
    assert aware.hijri("ID").day.tolist() == [30, 1]  # by its local date
    early = pd.DatetimeIndex(["1900-01-01", "2016-01-20"])
    with pytest.raises(OutOfRangeError):
        _ = early.hijri.year
    assert early.hijri(errors="coerce").year.tolist() == [pd.NA, 1437]
    assert not hasattr(pd.Index([1, 2]), "hijri")
    assert not hasattr(pd.Index(["2016-01-20"]), "hijri")


def test_a_columns_array_converts_as_its_series() -> None:
    # df["year"].array, a nullable IntegerArray: an AttributeError before (a trial)
    years = pd.array([1445, None, 1446], dtype="Int64")
    by_array = datelines.to_gregorian_many(years, 9, 1, "ID")
    by_series = datelines.to_gregorian_many(pd.Series(years), 9, 1, "ID")
    assert [str(d) for d in by_array] == [str(d) for d in by_series] == ["2024-03-12", "NaT", "2025-03-01"]
    stamps = pd.Series(pd.to_datetime(["2024-03-12", None])).array
    assert datelines.to_hijri_many(stamps, calendar="ID").month.tolist()[0] == 9
