"""The ``hijri`` accessor for pandas: ``import datelines.pandas`` registers it.

Importing this module (``pip install 'datelines[pandas]'``) registers ``Series.hijri`` for
columns of dates, ``Index.hijri`` for an index of them, and ``DataFrame.hijri`` for frames
of Hijri years, months and days;
nothing else registers it (``import datelines`` does not import pandas, and
:func:`datelines.to_hijri_many` takes pandas columns without it). Values come back as
pandas columns on the same index: nullable ``Int32`` numbers and ``string`` text, with
``<NA>`` where a date is missing, the way ``Series.dt`` answers.

>>> import pandas as pd
>>> import datelines.pandas
>>> published = pd.Series(pd.to_datetime(["2016-01-20", None, "2025-03-31"]), name="published")
>>> published.hijri.year
0    1437
1    <NA>
2    1446
Name: published, dtype: Int32
>>> published.hijri("ID").to_frame()
   year  month   day
0  1437      4    10
1  <NA>   <NA>  <NA>
2  1446     10     1
>>> published.hijri.format("mina").tolist()
['10 Rabiul Akhir 1437/20 January 2016', <NA>, '2 Shawwal 1446/31 March 2025']
>>> published.hijri("ID").to_frame().hijri("ID").to_gregorian().tolist() == published.tolist()
True
"""

from __future__ import annotations

from datetime import date
from typing import Any

try:
    import pandas as pd
except ModuleNotFoundError as missing:  # pragma: no cover - depends on what is installed
    raise ModuleNotFoundError(
        "the pandas accessor needs pandas: pip install 'datelines[pandas]'", name="pandas"
    ) from missing
import numpy as np

from ._bulk import EPOCH, NAT, Errors, _at, _check_errors, _day_numbers, _days, _to_hijri
from ._bulk import to_gregorian_many as _to_gregorian_many
from ._convert import _calendar
from .calendars import Calendar
from .errors import DatelineError, OutOfRangeError, StyleError

TYPE_CHECKING = False
if TYPE_CHECKING:
    from ._types import Digits, TableSource

__all__ = ["HijriFrameAccessor", "HijriIndexAccessor", "HijriSeriesAccessor"]


class _Options:
    """What an accessor was called with: ``s.hijri("ID", errors="coerce")``."""

    __slots__ = ("calendar", "errors", "offset", "table")

    def __init__(
        self,
        calendar: str | Calendar | None = None,
        offset: int = 0,
        table: TableSource | None = None,
        errors: Errors = "raise",
    ):
        _check_errors(errors)
        self.calendar = calendar
        self.offset = offset
        self.table = table
        self.errors: Errors = errors

    def resolved(self) -> Calendar:
        return _calendar("umalqura" if self.calendar is None else self.calendar, self.offset, self.table)


@pd.api.extensions.register_series_accessor("hijri")
class HijriSeriesAccessor:
    """``series.hijri``: the Hijri dates of a column of dates (datetime64, aware ones by
    their local date, Arrow dates, or ``date`` objects), in Umm al-Qura; call it for another
    calendar or to coerce dates out of range to ``<NA>``: ``series.hijri("ID",
    errors="coerce").day``."""

    def __init__(self, series: Any, options: _Options | None = None):
        dtype = series.dtype
        if not (
            isinstance(dtype, pd.DatetimeTZDtype)
            or (isinstance(dtype, np.dtype) and dtype.kind in "MO")
            or (isinstance(dtype, pd.ArrowDtype) and dtype.kind == "M")
        ):
            # AttributeError, as Series.dt raises: hasattr(series, "hijri") is then False.
            hint = (
                '; read text with pandas.to_datetime(series, errors="coerce") first'
                if isinstance(dtype, pd.StringDtype) or str(dtype) == "str"
                else ""
            )
            raise AttributeError(f"the .hijri accessor reads columns of dates, not of {dtype}{hint}")
        self._series = series
        self._options = options or _Options()

    def __call__(
        self,
        calendar: str | Calendar | None = None,
        *,
        offset: int = 0,
        table: TableSource | None = None,
        errors: Errors = "raise",
    ) -> HijriSeriesAccessor:
        """The accessor in another calendar (as :func:`datelines.to_hijri` takes it; none
        given: Umm al-Qura, and for :meth:`format` the style's own), or with
        ``errors="coerce"``: dates out of range become ``<NA>`` instead of raising."""
        return HijriSeriesAccessor(self._series, _Options(calendar, offset, table, errors))

    def _numbers(self) -> tuple[np.ndarray[Any, Any], ...]:
        raw, per_day = _day_numbers(self._series)
        return _to_hijri(raw, per_day, self._options.resolved(), self._options.errors)

    def _column(self, values: np.ndarray[Any, Any], missing: np.ndarray[Any, Any]) -> Any:
        return pd.Series(
            pd.arrays.IntegerArray(values, missing),
            index=self._series.index,
            name=self._series.name,
            copy=False,
        )

    @property
    def year(self) -> Any:
        """The Hijri year of each date (``Int32``)."""
        year, _, _, missing = self._numbers()
        return self._column(year, missing)

    @property
    def month(self) -> Any:
        """The Hijri month of each date, 1 to 12 (``Int32``)."""
        _, month, _, missing = self._numbers()
        return self._column(month, missing)

    @property
    def day(self) -> Any:
        """The day of the Hijri month of each date (``Int32``)."""
        _, _, day, missing = self._numbers()
        return self._column(day, missing)

    def to_frame(self) -> Any:
        """A DataFrame of ``year``, ``month`` and ``day`` (``Int32``) on the same index."""
        year, month, day, missing = self._numbers()
        return pd.DataFrame(
            {
                "year": pd.arrays.IntegerArray(year, missing),
                "month": pd.arrays.IntegerArray(month, missing.copy()),
                "day": pd.arrays.IntegerArray(day, missing.copy()),
            },
            index=self._series.index,
            copy=False,
        )

    def isoformat(self) -> Any:
        """Each Hijri date as ``YYYY-MM-DD`` text (``string``).

        >>> import pandas as pd, datelines.pandas
        >>> pd.Series(pd.to_datetime(["2016-01-20"])).hijri.isoformat().tolist()
        ['1437-04-10']
        """
        year, month, day, missing = self._numbers()
        key = (year.astype(np.int64) * 100 + month) * 100 + day
        key[missing] = NAT
        return self._text(key, missing, lambda k: f"{k // 10000:04d}-{k // 100 % 100:02d}-{k % 100:02d}")

    def format(
        self,
        style: str = "mina",
        *,
        language: str | None = None,
        place: str | None = None,
        agency: str | None = None,
        digits: Digits | None = None,
        era: bool = True,
        weekday: bool | None = None,
    ) -> Any:
        """Each date written as a dual dateline in a house style, as
        :func:`datelines.format` writes it (``string``). The style's calendar is used
        unless the accessor was called with one. Each distinct date is written once, so a
        column of many stories over few days costs little.

        >>> import pandas as pd, datelines.pandas
        >>> days = pd.Series(pd.to_datetime(["2016-01-20", "2016-01-20"]))
        >>> days.hijri.format("indonesia", weekday=True).tolist()[0]
        'Rabu, 10 Rabiul Akhir 1437 H / 20 Januari 2016 M'
        """
        from ._write.format import format_dateline

        options = self._options
        named = options.calendar is not None or options.offset or options.table is not None
        calendar = options.resolved() if named else None
        raw, per_day = _day_numbers(self._series)
        numbers = _days(raw, per_day, np.empty(len(raw), np.int64))
        missing = numbers == NAT

        def write(number: int) -> str | None:
            ordinal = number + EPOCH
            if not 1 <= ordinal <= date.max.toordinal():  # a datetime64 past what a date holds
                shown = np.datetime64(number, "D")
                raise OutOfRangeError(
                    f"{shown} is outside the dates a dateline can be written for (years 1 to 9999)",
                    calendar="gregorian", value=shown, first=date.min, last=date.max,
                )  # fmt: skip
            value = date.fromordinal(ordinal)
            return format_dateline(
                value, style, language=language, calendar=calendar, place=place, agency=agency,
                digits=digits, era=era, weekday=weekday,
            )  # fmt: skip

        return self._text(numbers, missing, write)

    def _text(self, keys: np.ndarray[Any, Any], missing: np.ndarray[Any, Any], write: Any) -> Any:
        """Text for each row, written once per distinct key (``None`` for none)."""
        codes, distinct = pd.factorize(keys)
        written: list[str | None] = []
        first: tuple[DatelineError, int] | None = None  # the first row refused, and why
        refused = 0
        for code, key in enumerate(distinct.tolist()):
            if key == NAT:
                written.append(None)
                continue
            try:
                written.append(write(key))
            except StyleError:
                raise  # the arguments (a style, language or digits unknown): no date's fault
            except DatelineError as err:
                rows = codes == code
                row = int(np.argmax(rows))
                if self._options.errors == "raise" and not missing[row]:
                    # Raised once every key is tried, with the count, as to_hijri_many does.
                    first = first or (err, row)  # distinct keys come in the order of their rows
                    refused += int(np.count_nonzero(rows))
                written.append(None)
        if first is not None:
            error, row = first
            said = "out of range" if isinstance(error, OutOfRangeError) else "that cannot be written"
            note = f"{refused} date{'s' if refused != 1 else ''} {said}; errors='coerce' makes such dates missing"
            raise _at(error, row, f"dates[{row}]", note)
        text = np.array(written, dtype=object).take(codes) if len(codes) else np.array([], dtype=object)
        return pd.Series(
            pd.array(text, dtype="string"), index=self._series.index, name=self._series.name, copy=False
        )


@pd.api.extensions.register_index_accessor("hijri")
class HijriIndexAccessor:
    """``index.hijri``: :class:`HijriSeriesAccessor` for an index of dates (a
    ``DatetimeIndex``, a frame's time index), each answer an ``Index`` as ``index.year``
    is; ``to_frame()`` is on the index itself.

    >>> import pandas as pd, datelines.pandas
    >>> days = pd.DatetimeIndex(["2016-01-20", None, "2025-03-31"], name="published")
    >>> days.hijri("ID").month
    Index([4, <NA>, 10], dtype='Int32', name='published')
    >>> days.hijri.isoformat().tolist()
    ['1437-04-10', <NA>, '1446-10-02']
    """

    def __init__(self, index: Any, options: _Options | None = None):
        self._index = index
        # the column's accessor refuses an index of anything but dates (AttributeError)
        self._column = HijriSeriesAccessor(pd.Series(index, copy=False), options)
        self._options = options

    def __call__(
        self,
        calendar: str | Calendar | None = None,
        *,
        offset: int = 0,
        table: TableSource | None = None,
        errors: Errors = "raise",
    ) -> HijriIndexAccessor:
        """The accessor in another calendar, or with ``errors="coerce"`` (see
        :meth:`HijriSeriesAccessor.__call__`)."""
        return HijriIndexAccessor(self._index, _Options(calendar, offset, table, errors))

    def _as_index(self, column: Any) -> Any:
        return pd.Index(column.array, name=self._index.name, copy=False)

    @property
    def year(self) -> Any:
        """The Hijri year of each date (``Int32``)."""
        return self._as_index(self._column.year)

    @property
    def month(self) -> Any:
        """The Hijri month of each date, 1 to 12 (``Int32``)."""
        return self._as_index(self._column.month)

    @property
    def day(self) -> Any:
        """The day of the Hijri month of each date (``Int32``)."""
        return self._as_index(self._column.day)

    def to_frame(self) -> Any:
        """A DataFrame of ``year``, ``month`` and ``day`` (``Int32``) indexed by the index."""
        frame = self._column.to_frame()
        frame.index = self._index
        return frame

    def isoformat(self) -> Any:
        """Each Hijri date as ``YYYY-MM-DD`` text (``string``)."""
        return self._as_index(self._column.isoformat())

    def format(
        self,
        style: str = "mina",
        *,
        language: str | None = None,
        place: str | None = None,
        agency: str | None = None,
        digits: Digits | None = None,
        era: bool = True,
        weekday: bool | None = None,
    ) -> Any:
        """Each date written as a dual dateline (see :meth:`HijriSeriesAccessor.format`)."""
        return self._as_index(
            self._column.format(
                style, language=language, place=place, agency=agency, digits=digits, era=era, weekday=weekday
            )
        )


@pd.api.extensions.register_dataframe_accessor("hijri")
class HijriFrameAccessor:
    """``frame.hijri``: Gregorian dates from columns of Hijri years, months and days."""

    def __init__(self, frame: Any, options: _Options | None = None):
        self._frame = frame
        self._options = options or _Options()

    def __call__(
        self,
        calendar: str | Calendar | None = None,
        *,
        offset: int = 0,
        table: TableSource | None = None,
        errors: Errors = "raise",
    ) -> HijriFrameAccessor:
        """The accessor in another calendar, or with ``errors="coerce"`` (dates that do not
        exist become ``NaT`` instead of raising)."""
        return HijriFrameAccessor(self._frame, _Options(calendar, offset, table, errors))

    def to_gregorian(
        self, year: str = "year", month: str = "month", day: str = "day", *, errors: Errors | None = None
    ) -> Any:
        """The Gregorian date of each row (``datetime64[s]``; ``NaT`` where a field is missing).
        ``errors``: as the accessor's (``frame.hijri("MY", errors="coerce")``), or given here;
        an error names the first row refused by its label and its position.

        >>> import pandas as pd, datelines.pandas
        >>> frame = pd.DataFrame({"year": [1437, 1445], "month": [4, 9], "day": [10, None]})
        >>> frame.hijri.to_gregorian()
        0   2016-01-20
        1          NaT
        dtype: datetime64[s]
        >>> frame = pd.DataFrame({"year": [1446, 1446], "month": [9, 13], "day": [1, 1]}, index=["a", "b"])
        >>> frame.hijri("MY").to_gregorian(errors="coerce")
        a   2025-03-02
        b          NaT
        dtype: datetime64[s]
        >>> frame.hijri("MY").to_gregorian()
        Traceback (most recent call last):
          ...
        datelines.errors.InvalidDateError: row 'b' (position 1): month must be in 1..12, got 13 (1 date does not exist or is out of range; errors='coerce' makes such dates NaT)
        """
        frame, options = self._frame, self._options
        if errors is not None:
            _check_errors(errors)
        for name in (year, month, day):
            if name not in frame.columns:
                raise KeyError(
                    f"the frame has no column {name!r} (columns: {', '.join(map(str, frame.columns))})"
                )
        try:
            found = _to_gregorian_many(
                frame[year], frame[month], frame[day], options.resolved(), errors=errors or options.errors
            )
        except DatelineError as err:
            index = getattr(err, "index", None)
            if isinstance(index, int) and err.message.startswith(f"row {index}:"):
                label = frame.index[index]
                if not _is_position(label, index):
                    # the row by its label, as the frame's reader knows it, and its place
                    shown = _plain(label)  # not "np.False_", "(np.int64(1), …)"
                    err.message = f"row {shown!r} (position {index}):" + err.message[len(f"row {index}:") :]
                    err.args = (err.message,)
            raise
        return pd.Series(found.astype("datetime64[s]"), index=frame.index, copy=False)


def _is_position(label: Any, index: int) -> bool:
    """Whether a row's label is its position, a whole number (not ``True``, ``1.0`` or
    ``pd.NA``, whose comparison raises: review 62)."""
    return (
        isinstance(label, (int, np.integer))
        and not isinstance(label, (bool, np.bool_))
        and int(label) == index
    )


def _plain(label: Any) -> Any:
    """A label with NumPy's scalars as Python's (a MultiIndex's tuple of them too)."""
    if isinstance(label, tuple):
        return tuple(_plain(part) for part in label)
    return label.item() if isinstance(label, np.generic) else label
