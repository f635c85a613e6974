"""Whole columns of dates converted at once: :func:`to_hijri_many` and :func:`to_gregorian_many`.

NumPy does the work (``pip install 'datelines[bulk]'``; pandas and Arrow columns need
``datelines[pandas]`` or ``datelines[arrow]``). A calendar's month starts become, once, a
table with the Hijri year, month and day of every day it covers, and a column converts by
looking its days up in that table, a chunk at a time: the table is the calendar's own
month starts, so the answers are those of :func:`datelines.to_hijri`, day for day (the
tests walk every day of every calendar).

>>> import numpy as np
>>> days = np.array(["2016-01-20", "NaT", "2024-03-11"], dtype="datetime64[D]")
>>> hijri = to_hijri_many(days)
>>> hijri.year, hijri.month, hijri.day
(array([1437,    0, 1445], dtype=int32), array([4, 0, 9], dtype=int32), array([10,  0,  1], dtype=int32))
>>> hijri.missing
array([False,  True, False])
>>> hijri[0], hijri[1]
(HijriDate(1437, 4, 10), None)
>>> to_gregorian_many([1437, 1445], [4, 9], [10, 1])
array(['2016-01-20', '2024-03-11'], dtype='datetime64[D]')
>>> hijri.to_gregorian()
array(['2016-01-20',        'NaT', '2024-03-11'], dtype='datetime64[D]')
"""

from __future__ import annotations

import math
from collections.abc import Iterable, Iterator, Mapping
from dataclasses import dataclass
from datetime import date
from functools import lru_cache
from typing import Any, Final, Literal, NamedTuple, TypeAlias, overload

try:
    import numpy as np
    import numpy.typing as npt
except ModuleNotFoundError as missing:  # pragma: no cover - depends on what is installed
    raise ModuleNotFoundError(
        "converting columns of dates needs NumPy: pip install 'datelines[bulk]'", name="numpy"
    ) from missing

from ._convert import _calendar
from .calendars import Calendar
from .calendars.places import Place
from .errors import DatelineError, OutOfRangeError
from .hijri import HijriDate

TYPE_CHECKING = False
if TYPE_CHECKING:
    from ._types import TableSource

__all__ = ["Errors", "HijriArrays", "to_gregorian_many", "to_hijri_many"]

Errors: TypeAlias = Literal["raise", "coerce"]
Ints: TypeAlias = npt.NDArray[np.int32]
Days: TypeAlias = npt.NDArray[np.int64]
Mask: TypeAlias = npt.NDArray[np.bool_]
Numbers: TypeAlias = npt.NDArray[np.integer[Any]]  # whole numbers of any width

EPOCH = 719163  # date(1970, 1, 1).toordinal(): datetime64 counts days from 1970-01-01
NAT = np.iinfo(np.int64).min  # how datetime64 stores NaT; missing days use it too here
# Work in slices of this many values: temporaries stay a few MB whatever the column's size,
# and a slice's table look-ups stay in cache.
CHUNK = 1 << 17
# A calendar whose range is at most this many days keeps a table of all of them (about
# 1.3 MB for 300 years); a wider one (the tabular calendars reach year 9999) gets a table
# of the days a column spans, made for that column.
WHOLE_RANGE_DAYS = 400_000
# Timestamp units finer than a day, with how many of each make a day.
_PER_DAY = {
    "h": 24, "m": 1440, "s": 86400, "ms": 86_400_000, "us": 86_400_000_000, "ns": 86_400_000_000_000,
}  # fmt: skip


@dataclass(frozen=True, slots=True, eq=False)
class HijriArrays:
    """The Hijri dates of a column: ``year``, ``month`` and ``day`` as ``int32`` arrays
    aligned with the input, and ``missing``, a boolean mask of the positions with no date
    (a missing input, or one out of range with ``errors="coerce"``), where year, month
    and day are 0: no field of a Hijri date is ever 0. The arrays are read-only.

    >>> import datetime
    >>> hijri = to_hijri_many([datetime.date(2016, 1, 20), None])
    >>> hijri
    HijriArrays(2 dates, 1 missing, calendar='umalqura')
    >>> len(hijri), list(hijri)
    (2, [HijriDate(1437, 4, 10), None])
    """

    year: Ints
    month: Ints
    day: Ints
    missing: Mask
    calendar: Calendar

    def __post_init__(self) -> None:
        # Frozen fields alone would let a caller change a date in place; read-only arrays
        # make the answer a value (and pickling builds it anew, through here).
        for array in (self.year, self.month, self.day, self.missing):
            array.flags.writeable = False

    def __reduce__(self) -> tuple[object, ...]:
        return (type(self), (self.year, self.month, self.day, self.missing, self.calendar))

    def __len__(self) -> int:
        return len(self.year)

    @overload
    def __getitem__(self, index: int) -> HijriDate | None: ...

    @overload
    def __getitem__(self, index: slice) -> HijriArrays: ...

    def __getitem__(self, index: int | slice) -> HijriDate | HijriArrays | None:
        """The Hijri date at ``index``, or ``None`` where it is missing; a slice of them as
        :class:`HijriArrays` (views of these arrays).

        >>> import datetime
        >>> to_hijri_many([datetime.date(2016, 1, 20), None, datetime.date(2016, 1, 21)])[1:]
        HijriArrays(2 dates, 1 missing, calendar='umalqura')
        """
        if isinstance(index, slice):
            return HijriArrays(
                self.year[index], self.month[index], self.day[index], self.missing[index], self.calendar
            )
        if isinstance(index, (bool, np.bool_)) or not isinstance(index, (int, np.integer)):
            raise TypeError(f"HijriArrays indices must be integers or slices, not {type(index).__name__}")
        if self.missing[index]:
            return None
        return HijriDate._trusted(int(self.year[index]), int(self.month[index]), int(self.day[index]))

    def __iter__(self) -> Iterator[HijriDate | None]:
        for index in range(len(self)):
            yield self[index]

    def to_gregorian(self) -> npt.NDArray[np.datetime64]:
        """Back to Gregorian, in the calendar these dates were converted in (missing stays NaT)."""
        return to_gregorian_many(self.year, self.month, self.day, self.calendar, missing=self.missing)

    def __repr__(self) -> str:
        return (
            f"HijriArrays({len(self)} dates, {int(np.count_nonzero(self.missing))} missing, "
            f"calendar={self.calendar.name!r})"
        )


def to_hijri_many(
    dates: Iterable[date | None] | npt.NDArray[np.datetime64],
    calendar: str | Calendar = "umalqura",
    *,
    errors: Errors = "raise",
    offset: int = 0,
    table: TableSource | None = None,
    place: str | Place | tuple[float, float] | None = None,
) -> HijriArrays:
    """The Hijri dates of a column of Gregorian dates, at NumPy speed.

    ``dates`` is a NumPy ``datetime64`` array of any unit, a pandas ``Series``, ``Index``
    or ``DatetimeIndex``, an Arrow ``date32``, ``date64`` or ``timestamp`` array (or
    chunked array), or a list or tuple of ``datetime.date`` (``datetime`` counts by its
    date). Timestamps count by their date; an aware one (pandas, Arrow, ``datetime``) by
    its date where it is, as :func:`datelines.to_hijri` counts an aware ``datetime``.

    Missing values (``NaT``, ``None``, Arrow nulls, ``NaN`` in an object column) stay
    missing. A date outside the calendar raises :class:`~datelines.OutOfRangeError`, naming
    the first one and its position (``error.index``); with ``errors="coerce"`` it becomes
    missing instead. ``calendar``, ``offset``, ``table`` and ``place`` are those of
    :func:`datelines.to_hijri`: with ``place``, a column of aware timestamps counts each
    moment after the place's sunset as the next day, its Hijri day having begun (each day's
    sunset computed once, with ``datelines[astronomy]``: a few thousand a second, not
    NumPy speed).

    >>> import numpy as np
    >>> to_hijri_many(np.array(["2016-01-20T19:30"], dtype="datetime64[m]")).day
    array([10], dtype=int32)
    >>> to_hijri_many(np.array(["2016-01-20", "1900-01-01"], dtype="datetime64[D]"))
    Traceback (most recent call last):
    ...
    datelines.errors.OutOfRangeError: dates[1]: 1900-01-01 is outside the umalqura calendar, which covers 1924-08-01 to 2077-11-16; the tabular calendar 'civil' covers any date from 1 AH (1 date out of range; errors='coerce' makes such dates missing)
    >>> to_hijri_many(np.array(["2016-01-20", "1900-01-01"], dtype="datetime64[D]"), errors="coerce").missing
    array([False,  True])
    """
    _check_errors(errors)
    cal = _calendar(calendar, offset, table)
    if place is not None:
        from ._evenings import evening_days

        return HijriArrays(*_to_hijri(evening_days(dates, place, errors), 1, cal, errors), cal)
    raw, per_day = _day_numbers(dates)
    return HijriArrays(*_to_hijri(raw, per_day, cal, errors), cal)


def to_gregorian_many(
    years: Iterable[int | None] | npt.ArrayLike,
    months: Iterable[int | None] | npt.ArrayLike,
    days: Iterable[int | None] | npt.ArrayLike,
    calendar: str | Calendar = "umalqura",
    *,
    errors: Errors = "raise",
    missing: npt.ArrayLike | None = None,
    offset: int = 0,
    table: TableSource | None = None,
) -> npt.NDArray[np.datetime64]:
    """The Gregorian dates (a ``datetime64[D]`` array) of columns of Hijri years, months
    and days: NumPy integer arrays, pandas columns (nullable ``Int`` ones too), Arrow
    integer arrays or lists; a single number applies to every row.

    A missing value in any of the three (``None``, ``NaN``, ``pd.NA``, an Arrow null, a
    masked entry, or ``True`` in ``missing``) gives ``NaT``. A date that does not exist in
    the calendar (30 Safar 1437 in Umm al-Qura, month 13) or lies outside it raises the
    error :func:`datelines.to_gregorian` raises, naming the first such row (``error.index``);
    with ``errors="coerce"`` it gives ``NaT``.

    >>> to_gregorian_many([1437, 1437, None], [2, 4, 1], [29, 10, 1])
    array(['2015-12-11', '2016-01-20',        'NaT'], dtype='datetime64[D]')
    >>> to_gregorian_many(1445, [9, 10], 1, "ID")
    array(['2024-03-12', '2024-04-10'], dtype='datetime64[D]')
    >>> to_gregorian_many([1437], [2], [30])
    Traceback (most recent call last):
    ...
    datelines.errors.InvalidDateError: row 0: day 30 does not exist: Safar 1437 has 29 days in umalqura (day must be in 1..29) (1 date does not exist or is out of range; errors='coerce' makes such dates NaT)
    """
    _check_errors(errors)
    cal = _calendar(calendar, offset, table)
    _same_index(years, months, days, missing)
    columns = [
        _integers(values, name) for values, name in ((years, "years"), (months, "months"), (days, "days"))
    ]
    masks = [mask for _, mask in columns if mask is not None]
    if missing is not None:
        given = np.asarray(missing)
        if given.dtype != np.bool_:
            raise TypeError(f"missing must be a boolean mask, not an array of {given.dtype}")
        masks.append(given)
    arrays = [values for values, _ in columns]
    if any(array.ndim > 1 for array in (*arrays, *masks)):
        raise DatelineError("years, months, days and missing must be one-dimensional")
    # A single number applies to every row; columns of different lengths are a mistake
    # (NumPy would stretch a column of one to any length).
    lengths = sorted({len(array) for array in (*arrays, *masks) if array.ndim == 1})
    if len(lengths) > 1:
        # each column's length by its name (a trial: lengths sorted read as the names' order)
        named: list[tuple[str, Any]] = list(zip(("years", "months", "days"), arrays, strict=True))
        if missing is not None:
            named.append(("missing", masks[-1]))
        said = ", ".join(f"{name} {len(array)}" for name, array in named if array.ndim == 1)
        raise DatelineError(
            f"years, months, days and missing must have one length (or be single numbers), not {said}"
        )
    n = lengths[0] if lengths else 1
    year, month, day = (np.broadcast_to(array, (n,)) for array in arrays)
    absent = np.logical_or.reduce([np.broadcast_to(mask, (n,)) for mask in masks]) if masks else None
    if absent is not None and not absent.any():
        absent = None
    return _to_gregorian(year, month, day, absent=absent, calendar=cal, errors=errors)


def _same_index(*columns: object) -> None:
    """Refuse pandas columns whose indexes differ: they are paired row by row, by position,
    and pandas would pair them by label."""
    indexes = [
        (name, column.index)
        for name, column in zip(("years", "months", "days", "missing"), columns, strict=True)
        if type(column).__module__.startswith("pandas") and hasattr(column, "index")
    ]
    for name, index in indexes[1:]:
        if not index.equals(indexes[0][1]):
            raise DatelineError(
                f"{indexes[0][0]} and {name} are pandas columns with different indexes, which would "
                "be paired by position: align them first (for example with .reindex()), or give "
                ".to_numpy() to pair them by position"
            )


# --- reading a column of dates --------------------------------------------------------------


def _day_numbers(dates: object) -> tuple[npt.NDArray[np.int64], int]:
    """The column as int64 values and how many of them make a day (1 for day numbers
    since 1970-01-01); missing values are ``NAT``."""
    module = type(dates).__module__
    if module.startswith("pandas"):
        dates = _from_pandas(dates)
    elif module.startswith("pyarrow"):
        dates = _from_arrow(dates)
    if isinstance(dates, np.ma.MaskedArray):
        # Masked rows are missing: NaT (a copy, the caller's array untouched).
        mask = np.ma.getmaskarray(dates)
        raw, per_day = _day_numbers(np.ma.getdata(dates))
        if mask.any():
            raw = raw.copy()
            raw[mask] = NAT
        return raw, per_day
    if isinstance(dates, np.ndarray):
        if dates.ndim != 1:
            raise DatelineError(f"dates must be one-dimensional, not of shape {dates.shape}")
        if dates.dtype.kind == "M":
            if not dates.dtype.isnative:  # big-endian on this machine: its int64 view would be misread
                dates = dates.astype(dates.dtype.newbyteorder("="))
            unit, count = np.datetime_data(dates.dtype)
            if unit in _PER_DAY and _PER_DAY[unit] % count == 0:
                return dates.view(np.int64), _PER_DAY[unit] // count
            if unit in ("ps", "fs", "as"):
                raise TypeError(
                    f"dates must be datetime64 of a unit that can hold a date, not {dates.dtype} (it spans "
                    "days or hours around 1970-01-01); use datetime64[ns] or coarser"
                )
            # Days, weeks, months, years, and odd multiples: NumPy floors them to days.
            return dates.astype("datetime64[D]").view(np.int64), 1
        if dates.dtype.kind == "O":
            return _from_objects(dates), 1
        raise TypeError(
            f"dates must be datetime64 values or date objects, not an array of {dates.dtype}; "
            "read text with numpy.array(texts, dtype='datetime64[D]') or pandas.to_datetime first"
        )
    if isinstance(dates, (str, bytes, date, set, frozenset, Mapping)) or not isinstance(dates, Iterable):
        raise TypeError(
            f"dates must be a column of dates (an array, Series, list…), not {type(dates).__name__}"
            + (
                " (a set has no order for the answer to follow)"
                if isinstance(dates, (set, frozenset))
                else ""
            )
            + (" (give its keys or values as a list)" if isinstance(dates, Mapping) else "")
        )
    return _from_objects(dates if isinstance(dates, (list, tuple)) else list(dates)), 1


def _from_pandas(column: Any) -> Any:
    import pandas as pd

    if isinstance(column, pd.DataFrame):
        raise TypeError("dates must be one column (a Series), not a DataFrame")
    dtype = column.dtype
    if isinstance(dtype, pd.DatetimeTZDtype):
        # The wall-clock date where each timestamp is, as to_hijri reads an aware datetime.
        column = column.dt.tz_localize(None) if isinstance(column, pd.Series) else column.tz_localize(None)
        return column.to_numpy()
    if isinstance(dtype, pd.ArrowDtype):
        import pyarrow as pa

        return _from_arrow(pa.array(column))
    if isinstance(dtype, np.dtype) and dtype.kind in "MO":
        return column.to_numpy()
    raise TypeError(
        f"dates must be datetime64 values or date objects, not a {type(column).__name__} of {dtype}; "
        "read text with pandas.to_datetime first"
    )


def _from_arrow(column: Any) -> Any:
    import pyarrow as pa
    import pyarrow.compute as pc

    if not isinstance(column, (pa.Array, pa.ChunkedArray)):
        raise TypeError(f"dates must be one column (an Arrow array), not a {type(column).__name__}")
    kind = column.type
    if pa.types.is_timestamp(kind) and kind.tz is not None:
        local = pc.local_timestamp(column).to_numpy(zero_copy_only=False)  # the wall-clock date
        return _late_local_times(column, local, kind.tz)
    if not (pa.types.is_date(kind) or pa.types.is_timestamp(kind)):
        raise TypeError(f"dates must be an Arrow date or timestamp array, not one of {kind}")
    # Arrow gives datetime64 of the column's unit, nulls as NaT (a copy only where there are nulls).
    return column.to_numpy(zero_copy_only=False)


# Arrow's local times leave out daylight saving time after 2037 (the tz database's rules are
# not applied past the last transition it stores): those are placed by zoneinfo's offsets,
# found once for each year the column reaches and applied in NumPy (a trial: one zoneinfo
# call a row made a column of dates to 2077 eighty times slower).
_LAST_STORED_TRANSITION: Final = np.datetime64("2037-01-01T00:00:00", "s")
_LATEST_SECOND: Final = int(np.datetime64("9999-12-31T23:59:59", "s").astype(np.int64))
_CYCLE: Final = 146_097 * 86_400  # 400 Gregorian years, in seconds
_CYCLE_START: Final = int(np.datetime64("2100-01-01T00:00:00", "s").astype(np.int64))
_FOLD_FROM: Final = _CYCLE_START + _CYCLE  # 1 January 2500


def _late_local_times(column: Any, local: npt.NDArray[Any], zone: str) -> npt.NDArray[Any]:
    utc = column.to_numpy(zero_copy_only=False)
    late = np.flatnonzero(~np.isnat(utc) & (utc >= _LAST_STORED_TRANSITION.astype(utc.dtype)))
    if not len(late):
        return local
    from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

    try:
        where = ZoneInfo(zone)
    except (ZoneInfoNotFoundError, ValueError):  # a fixed offset ("+07:00"): no daylight saving
        return local
    # The zone's offset at each moment (at the last second a datetime holds, past it): added
    # in NumPy, whose dates go on past 9999, where the calendars' ranges refuse them.
    seconds = np.minimum(utc[late].astype("datetime64[s]").astype(np.int64), _LATEST_SECOND)
    # Past the tz database's stored transitions (none past 2087) a zone's rule repeats each
    # year by weekdays, so every 400 Gregorian years (146,097 days, whole weeks) alike: a
    # moment past 2500 is placed as its like of 2100-2499 is (a review: a column spread to
    # 9999 looked at every one of its years, 50 times slower).
    far = seconds >= _FOLD_FROM
    if far.any():
        seconds = seconds.copy()
        seconds[far] -= (seconds[far] - _CYCLE_START) // _CYCLE * _CYCLE
    bounds = seconds[[seconds.argmin(), seconds.argmax()]].astype("datetime64[s]").astype("datetime64[Y]")
    first, last = (int(year) + 1970 for year in bounds.astype(np.int64))
    if last - first < 200:  # the years between, each looked at (a sort of the column costs more)
        years = list(range(first, last + 1))
    else:
        years = [
            int(year)
            for year in np.unique(
                seconds.astype("datetime64[s]").astype("datetime64[Y]").astype(np.int64) + 1970
            )
        ]
    starts, offsets = _offset_changes(where, years)
    if (offsets == offsets[0]).all():  # no daylight saving in those years (Asia/Jakarta)
        found = np.full(len(seconds), offsets[0], np.int64)
    else:
        found = offsets[np.searchsorted(starts, seconds, side="right") - 1]
    unit = np.datetime_data(utc.dtype)[0]
    local = local.copy()
    local[late] = utc[late] + found.astype("timedelta64[s]").astype(f"timedelta64[{unit}]")
    return local


def _offset_changes(where: Any, years: list[int]) -> tuple[npt.NDArray[np.int64], npt.NDArray[np.int64]]:
    """The moments (Unix seconds) from which the zone's offset holds, and the offsets (in
    seconds), over the given years: the offset at each year's start, and each change in it,
    found day by day and then to the second."""
    from datetime import UTC, datetime

    def offset(second: int) -> int:
        # (the last days of 9999 east of Greenwich are in a year no datetime holds: the offset
        # two days before theirs)
        moment = datetime.fromtimestamp(min(second, _LATEST_SECOND - 2 * 86_400), UTC).astimezone(where)
        shift = moment.utcoffset()
        assert shift is not None  # (a ZoneInfo gives every moment an offset)
        return int(shift.total_seconds())

    starts: list[int] = []
    offsets: list[int] = []
    for year in years:
        first = int(datetime(year, 1, 1, tzinfo=UTC).timestamp())
        last = _LATEST_SECOND if year == 9999 else int(datetime(year + 1, 1, 1, tzinfo=UTC).timestamp()) - 1
        before = offset(first)
        starts.append(first)
        offsets.append(before)
        day = first
        while day < last:
            following = min(day + 86_400, last)
            after = offset(following)
            if after != before:
                low, high = day, following  # the offset changes after low, by high
                while high - low > 1:
                    middle = (low + high) // 2
                    if offset(middle) == before:
                        low = middle
                    else:
                        high = middle
                starts.append(high)
                offsets.append(after)
                before = after
            day = following
    return np.array(starts, np.int64), np.array(offsets, np.int64)


def _from_objects(values: Any) -> npt.NDArray[np.int64]:
    """Day numbers of a sequence of date objects: in C while they are dates (``date``,
    ``datetime``, pandas ``Timestamp``), one at a time from the first that is not."""
    try:
        ordinals = np.fromiter(map(date.toordinal, values), np.int64, len(values))
    except TypeError:  # None, NaN, a datetime64, or something that is not a date
        return np.fromiter(
            (_day_number(value, index) for index, value in enumerate(values)), np.int64, len(values)
        )
    # pandas' NaT is a datetime whose fields say 0001-01-01: look again at that day.
    for index in np.flatnonzero(ordinals == 1):
        if _absent(values[index]):
            ordinals[index] = NAT + EPOCH
    ordinals -= EPOCH
    return ordinals


def _absent(value: object) -> bool:
    """Whether an item of a list or object column stands for a missing value: ``None``,
    ``NaN``, or pandas' ``NaT`` and ``NA`` (known by name: pandas need not be imported)."""
    if value is None:
        return True
    if isinstance(value, (float, np.floating)):
        return bool(np.isnan(value))
    return type(value).__name__ in ("NaTType", "NAType")


def _day_number(value: object, index: int) -> int:
    """The day number of one item of a column of objects (``NAT`` for a missing one)."""
    if _absent(value):
        return int(NAT)
    if isinstance(value, date):
        return value.toordinal() - EPOCH
    if isinstance(value, np.datetime64):
        return int(NAT) if np.isnat(value) else int(value.astype("datetime64[D]").astype(np.int64))
    if isinstance(value, (list, tuple, np.ndarray)):
        raise DatelineError("dates must be one-dimensional")  # as to_gregorian_many says it
    raise TypeError(f"dates[{index}] is {value!r}, not a date")


# --- the calendar as arrays -----------------------------------------------------------------


class _Starts(NamedTuple):
    """Ordinals of the first day of every month from 1 Muharram ``first_year`` on, and of
    the month after the last."""

    first_year: int
    ordinals: Days


class _DayTable(NamedTuple):
    """The Hijri year, month and day of each day from ordinal ``first`` on."""

    first: int
    year: Ints
    month: Ints
    day: Ints


def _tabular_starts(epoch: int, last_year: int) -> _Starts:
    # The arithmetic of calendars/tabular.py, on arrays.
    years = np.repeat(np.arange(1, last_year + 2, dtype=np.int64), 12)[: 12 * last_year + 1]
    months = np.tile(np.arange(1, 13, dtype=np.int64), last_year + 1)[: 12 * last_year + 1]
    year_starts = epoch + (years - 1) * 354 + (3 + 11 * years) // 30
    return _Starts(1, year_starts + 29 * (months - 1) + months // 2)


@lru_cache(maxsize=64)
def _whole_starts(calendar: Calendar) -> _Starts | None:
    """Every month start of a calendar whose months are a table or arithmetic; ``None``
    for one whose months are computed as they are asked for (a criterion elsewhere)."""
    from .calendars.computed import FIRST_YEAR, ComputedCalendar
    from .calendars.offset import OffsetCalendar
    from .calendars.sighting import SightingCalendar
    from .calendars.table import TableCalendar
    from .calendars.tabular import TabularCalendar

    if isinstance(calendar, TableCalendar):  # Umm al-Qura, ICU, every authority
        return _Starts(calendar._first_year, np.array(calendar._starts, dtype=np.int64))
    if isinstance(calendar, TabularCalendar):
        return _tabular_starts(calendar._epoch, calendar._last_year)
    if isinstance(calendar, ComputedCalendar):
        if calendar._table is None:
            return None
        return _Starts(FIRST_YEAR, np.array(calendar._table, dtype=np.int64))
    if isinstance(calendar, OffsetCalendar):
        base = _whole_starts(calendar.base)
        return None if base is None else _Starts(base.first_year, base.ordinals - calendar.offset)
    if isinstance(calendar, SightingCalendar):
        base = _whole_starts(calendar.base)
        if base is None:
            return None
        ordinals = base.ordinals.copy()
        for index, start in calendar._starts.items():
            ordinals[index - 12 * base.first_year] = start
        return _Starts(base.first_year, ordinals)
    return None


def _starts(calendar: Calendar, first_year: int, last_year: int) -> _Starts:
    """The month starts of years ``first_year..last_year`` (within the calendar's years)."""
    whole = _whole_starts(calendar)
    if whole is not None:
        cut = 12 * (first_year - whole.first_year)
        return _Starts(first_year, whole.ordinals[cut : cut + 12 * (last_year - first_year + 1) + 1])
    # Any other calendar, from its own primitive (a computed one caches its years).
    ordinals = [calendar._month_start(y, m) for y in range(first_year, last_year + 1) for m in range(1, 13)]
    ordinals.append(calendar._month_start(last_year + 1, 1))
    return _Starts(first_year, np.array(ordinals, dtype=np.int64))


def _day_table(starts: _Starts, first: int, last: int) -> _DayTable:
    """The Hijri dates of ordinals ``first..last``, from month starts that cover them."""
    ordinals = starts.ordinals
    lengths = np.diff(ordinals)
    month_index = np.repeat(np.arange(len(lengths), dtype=np.int64), lengths)
    month_index = month_index[first - int(ordinals[0]) : last - int(ordinals[0]) + 1]
    day = np.arange(first, last + 1, dtype=np.int64) - ordinals[month_index] + 1
    year = starts.first_year + month_index // 12
    return _DayTable(
        first, year.astype(np.int32), (month_index % 12 + 1).astype(np.int32), day.astype(np.int32)
    )


@lru_cache(maxsize=64)
def _whole_days(calendar: Calendar) -> _DayTable | None:
    """A table of every day of a calendar of a few centuries; ``None`` for a wider one."""
    from .calendars.offset import OffsetCalendar

    first, last = calendar._first_ordinal, calendar._last_ordinal
    if last - first + 1 > WHOLE_RANGE_DAYS:
        return None
    if isinstance(calendar, OffsetCalendar):  # the base's days, a few days along
        base = _whole_days(calendar.base)
        if base is not None:
            return base._replace(first=base.first - calendar.offset)
    if _whole_starts(calendar) is None:
        return None
    return _day_table(_starts(calendar, calendar._first_year, calendar._last_year), first, last)


# --- converting ------------------------------------------------------------------------------


def _to_hijri(
    raw: npt.NDArray[np.int64], per_day: int, calendar: Calendar, errors: Errors
) -> tuple[Ints, Ints, Ints, Mask]:
    """Year, month, day and missing of each value (fresh arrays, for the caller to keep)."""
    n = len(raw)
    year, month, day = (np.zeros(n, np.int32) for _ in range(3))
    missing = np.zeros(n, np.bool_)
    table = _whole_days(calendar) or _span_table(raw, per_day, calendar)
    for start, index, bad in _indices(raw, per_day, table):
        stop = start + len(index)
        if bad is not None:
            if errors == "raise" and (bad & (raw[start:stop] != NAT)).any():
                raise _hijri_error(raw, per_day, table, calendar)
            index[bad] = 0
            missing[start:stop] = bad
        if table is not None:
            for column, found in ((table.year, year), (table.month, month), (table.day, day)):
                np.take(column, index, out=found[start:stop], mode="clip")
    if missing.any():
        for found in (year, month, day):
            found[missing] = 0
    return year, month, day, missing


def _indices(
    raw: npt.NDArray[np.int64], per_day: int, table: _DayTable | None
) -> Iterator[tuple[int, npt.NDArray[np.int64], Mask | None]]:
    """Slice by slice: where each value's day is in ``table``, and the mask of those that
    are not (missing, or outside the calendar), ``None`` when every one is."""
    n = len(raw)
    span = 0 if table is None else len(table.year)
    base = 0 if table is None else table.first - EPOCH
    buffer = np.empty(min(n, CHUNK), np.int64)
    for start in range(0, n, CHUNK):
        index = _days(raw[start : start + CHUNK], per_day, buffer[: min(CHUNK, n - start)])
        index -= base
        bad = index.view(np.uint64) >= span  # before the table, after it, or missing
        yield start, index, (bad if bad.any() else None)


def _days(raw: npt.NDArray[np.int64], per_day: int, out: npt.NDArray[np.int64]) -> npt.NDArray[np.int64]:
    """Day numbers of raw values into ``out``, NaT kept as ``NAT``: far outside any calendar."""
    if per_day == 1:
        out[:] = raw
    else:
        np.floor_divide(raw, per_day, out=out)
        # NaT is the smallest int64; in nanoseconds that is a real day (1677-09-21).
        out[raw == NAT] = NAT
    return out


def _span_table(raw: npt.NDArray[np.int64], per_day: int, calendar: Calendar) -> _DayTable | None:
    """A table of the days from the column's first to its last within the calendar
    (``None`` when it has none there)."""
    low = high = None
    first, last = calendar._first_ordinal - EPOCH, calendar._last_ordinal - EPOCH
    n = len(raw)
    buffer = np.empty(min(n, CHUNK), np.int64)
    for start in range(0, n, CHUNK):
        index = _days(raw[start : start + CHUNK], per_day, buffer[: min(CHUNK, n - start)])
        inside = index[(index >= first) & (index <= last)]
        if len(inside):
            low = int(inside.min()) if low is None else min(low, int(inside.min()))
            high = int(inside.max()) if high is None else max(high, int(inside.max()))
    if low is None or high is None:
        return None
    low, high = low + EPOCH, high + EPOCH
    starts = _starts(calendar, calendar._locate(low).year, calendar._locate(high).year)
    return _day_table(starts, low, high)


def _hijri_error(
    raw: npt.NDArray[np.int64], per_day: int, table: _DayTable | None, calendar: Calendar
) -> DatelineError:
    """The error :func:`datelines.to_hijri` gives for the first date out of range, placed
    and counted."""
    position, count = -1, 0
    for start, index, bad in _indices(raw, per_day, table):
        if bad is not None:
            wrong = bad & (raw[start : start + len(index)] != NAT)
            if position < 0 and wrong.any():
                position = start + int(np.argmax(wrong))
            count += int(np.count_nonzero(wrong))
    number = int(raw[position]) // per_day
    ordinal = number + EPOCH
    if 1 <= ordinal <= date.max.toordinal():
        err = calendar._gregorian_out_of_range(date.fromordinal(ordinal))
    else:  # a datetime64 beyond what datetime.date can hold
        shown = np.datetime64(number, "D")
        err = OutOfRangeError(
            f"{shown} is outside the {calendar.name} calendar, which covers "
            f"{calendar.first_gregorian.isoformat()} to {calendar.last_gregorian.isoformat()}",
            calendar=calendar.name,
            value=shown,
            first=calendar.first_gregorian,
            last=calendar.last_gregorian,
        )
    note = f"{count} date{'s' if count != 1 else ''} out of range; errors='coerce' makes such dates missing"
    return _at(err, position, f"dates[{position}]", note)


def _at(err: DatelineError, index: int, where: str, note: str) -> DatelineError:
    """The scalar error, placed: its message says where in the column, and ``index`` too."""
    err.message = f"{where}: {err.message} ({note})"
    err.args = (err.message,)
    err.index = index
    return err


def _integers(values: object, name: str) -> tuple[Numbers, Mask | None]:
    """A column of whole numbers as int64, with the mask of its missing values."""
    if not isinstance(values, (Iterable, np.ndarray)) and _absent(values):
        # one missing value for every row (None, pd.NA, NaT), as NaN is
        return np.asarray(0, dtype=np.int64), np.asarray(True)
    module = type(values).__module__
    if module.startswith("pandas"):
        values = _pandas_integers(values, name)
        if isinstance(values, tuple):
            return values
    elif module.startswith("pyarrow"):
        return _arrow_integers(values, name)
    if isinstance(values, np.ma.MaskedArray):
        numbers, absent = _whole(np.ma.getdata(values), name)
        mask = np.ma.getmaskarray(values)
        return numbers, mask if absent is None else (mask | absent)
    if isinstance(values, (int, np.integer)) and not isinstance(values, (bool, np.bool_)):
        return np.asarray(values, dtype=np.int64), None
    if isinstance(values, (float, np.floating)):  # one number for every row, as a float column has
        number = float(values)
        if math.isnan(number):  # NaN: missing, as in a float column
            return np.asarray(0, dtype=np.int64), np.asarray(True)
        if not (abs(number) < 2.0**53 and number.is_integer()):
            raise TypeError(f"{name} is {number!r}, not a whole number")
        return np.asarray(int(number), dtype=np.int64), None
    if isinstance(values, np.ndarray) and values.dtype != object:
        return _whole(values, name)
    if isinstance(values, (str, bytes, set, frozenset, Mapping)) or not isinstance(values, Iterable):
        raise TypeError(
            f"{name} must be whole numbers (an array, a column, a list or one number), not {type(values).__name__}"
        )
    # A list (or an object column) item by item: each is a number or a missing value.
    items = list(values)
    absent = np.fromiter(map(_absent, items), np.bool_, len(items))
    for index, item in enumerate(items):
        if absent[index]:
            items[index] = 0
        elif isinstance(item, (bool, np.bool_)) or not isinstance(
            item, (int, float, np.integer, np.floating)
        ):
            if isinstance(item, (list, tuple, np.ndarray)):
                raise DatelineError(f"{name} must be one-dimensional")
            raise TypeError(f"{name}[{index}] is {item!r}, not a whole number")
    array = np.array(items) if items else np.zeros(0, np.int64)
    numbers, more = _whole(array, name)
    if more is not None:
        absent |= more
    return numbers, (absent if absent.any() else None)


def _arrow_integers(values: Any, name: str) -> tuple[Numbers, Mask | None]:
    """An Arrow column of whole numbers (integers, or floats with NaN or nulls missing)."""
    import pyarrow as pa

    if not isinstance(values, (pa.Array, pa.ChunkedArray)):
        raise TypeError(f"{name} must be one column (an Arrow array), not a {type(values).__name__}")
    if not (pa.types.is_integer(values.type) or pa.types.is_floating(values.type)):
        raise TypeError(f"{name} must be whole numbers, not an Arrow array of {values.type}")
    absent = values.is_null().to_numpy(zero_copy_only=False)
    numbers, nan = _whole(np.asarray(values.fill_null(0).to_numpy(zero_copy_only=False)), name)
    if nan is not None:
        absent = absent | nan
    return numbers, (absent if absent.any() else None)


def _pandas_integers(values: Any, name: str) -> tuple[Numbers, Mask | None] | Any:
    import pandas as pd

    if isinstance(values, pd.DataFrame):
        raise TypeError(f"{name} must be one column (a Series), not a DataFrame")
    if isinstance(values, pd.api.extensions.ExtensionArray):
        values = pd.Series(values, copy=False)  # a column's .array ("Int64"): as its Series (a trial)
    if values.dtype == object:
        return values.to_numpy()  # read item by item, as a list is
    if not pd.api.types.is_numeric_dtype(values.dtype) or pd.api.types.is_bool_dtype(values.dtype):
        # text, booleans, dates: refused whether or not a value is missing
        raise TypeError(f"{name} must be whole numbers, not a column of {values.dtype}")
    absent = values.isna().to_numpy()
    if not absent.any():
        return _whole(values.to_numpy(), name)
    if isinstance(values.dtype, np.dtype):  # float with NaN
        return _whole(values.to_numpy(), name)
    # Nullable Int and Float columns, Arrow-backed ones: integers as integers (a float would
    # round those past 2**53), floats through float.
    if pd.api.types.is_signed_integer_dtype(values.dtype):
        return values.to_numpy(dtype=np.int64, na_value=0), absent
    filled = values.astype("float64").fillna(0).to_numpy(dtype=np.float64)
    numbers, _ = _whole(filled, name)
    return numbers, absent


def _whole(array: npt.NDArray[Any], name: str) -> tuple[Numbers, Mask | None]:
    """An array of whole numbers as int64; NaN (in a float array) is missing."""
    kind = array.dtype.kind
    if kind in "iu":  # kept as they are: the converter reads them a slice at a time
        return array, None
    if kind == "f":
        absent = np.isnan(array)
        filled = np.where(absent, 0, array)
        # Not whole, or past what a float holds exactly (inf, 1e20): no number a date has.
        wrong = (filled != np.floor(filled)) | ~(np.abs(filled) < 2.0**53)
        if wrong.any():
            position = int(np.argmax(wrong))
            raise TypeError(f"{name}[{position}] is {array[position].item()!r}, not a whole number")
        return filled.astype(np.int64), (absent if absent.any() else None)
    raise TypeError(f"{name} must be whole numbers, not an array of {array.dtype}")


# A Hijri date's place in a calendar's table of day numbers: its year's row of 16 × 32 cells,
# its month's row of 32 cells in that, its day's cell; a month and a day that fit in 4 and 5
# bits (checked a slice at a time, at the speed of a maximum) need no other test, a cell
# that is no day (day 30 of a 29-day month, month 13, day 0) holds _NO_DAY.
_MONTH_BITS, _DAY_BITS = 4, 5
_NO_DAY = np.iinfo(np.int32).min


class _GregorianTable(NamedTuple):
    """Day numbers (since 1970-01-01) of years ``first_year..`` (``years`` of them), by
    year, month and day as above; ``_NO_DAY`` where there is no such day in the calendar."""

    first_year: int
    years: int
    days: Ints


def _gregorian_table(calendar: Calendar, starts: _Starts) -> _GregorianTable:
    """The table of the whole years ``starts`` covers, cut to the calendar's days."""
    ordinals = starts.ordinals
    years = (len(ordinals) - 1) // 12
    begins = ordinals[: 12 * years].reshape(years, 12)
    lengths = ordinals[1 : 12 * years + 1].reshape(years, 12) - begins
    if lengths.size and int(lengths.max()) >= 1 << _DAY_BITS:  # pragma: no cover - no month is so long
        raise AssertionError(f"a month of {int(lengths.max())} days in {calendar.name}")
    day = np.arange(1 << _DAY_BITS)
    ordinal = begins[:, :, None] + day[None, None, :] - 1  # day 0 is no day, as day 31 is
    exists = (day[None, None, :] >= 1) & (day[None, None, :] <= lengths[:, :, None])
    exists &= (ordinal >= calendar._first_ordinal) & (ordinal <= calendar._last_ordinal)
    cells = np.full((years, 1 << _MONTH_BITS, 1 << _DAY_BITS), _NO_DAY, np.int32)
    cells[:, 1:13, :] = np.where(exists, ordinal - EPOCH, _NO_DAY)
    return _GregorianTable(starts.first_year, years, cells.reshape(-1))


@lru_cache(maxsize=8)
def _whole_gregorian_table(calendar: Calendar) -> _GregorianTable | None:
    """The table of every year of a calendar of a few centuries; ``None`` for a wider one
    (a tabular calendar reaches year 9999) or one computed as asked."""
    starts = _whole_starts(calendar)
    if starts is None or calendar._last_ordinal - calendar._first_ordinal + 1 > WHOLE_RANGE_DAYS:
        return None
    return _gregorian_table(calendar, starts)


def _column_gregorian_table(calendar: Calendar, year: Numbers, absent: Mask | None) -> _GregorianTable | None:
    """The table of the calendar's years that the column names (each in the calendar's
    range: the others are no day whatever their table); None where they span more than
    _TABLE_YEARS (a tabular calendar's column with a stray year 1 and 9000)."""
    years = calendar.years
    inside = (year >= years.start) & (year < years.stop)
    if absent is not None:
        inside &= ~absent
    named = year[inside]
    low, high = (int(named.min()), int(named.max())) if len(named) else (years.start, years.start)
    if high - low >= _TABLE_YEARS:
        return None
    return _gregorian_table(calendar, _starts(calendar, low, high))


# A table of a calendar's days is made for a column of at least _TABLE_ROWS dates (making it
# costs what a few thousand dates do the other way; a calendar of few centuries keeps its
# own) and of at most _TABLE_YEARS years (2 MB of table).
_TABLE_ROWS = 20_000
_TABLE_YEARS = 1_000


def _unsigned(array: Numbers) -> type[np.unsignedinteger[Any]]:
    """The unsigned type of an int32 or int64 array's width."""
    return np.uint32 if array.dtype == np.int32 else np.uint64


def _to_gregorian(
    year: Numbers, month: Numbers, day: Numbers, *, absent: Mask | None, calendar: Calendar, errors: Errors
) -> npt.NDArray[np.datetime64]:
    n = len(year)
    table = None
    if n >= _TABLE_ROWS:
        table = _whole_gregorian_table(calendar) or _column_gregorian_table(calendar, year, absent)
    if table is None:
        return _by_month(year, month, day, absent=absent, calendar=calendar, errors=errors)
    result = np.empty(n, np.int64)
    cells, span = table.days, table.years
    # Work in the columns' own width when it is int32 or int64 (no copy), else in int64.
    wide = {np.dtype(np.int32), np.dtype(np.int64)}
    invalid, first_invalid = 0, -1
    for start in range(0, n, CHUNK):
        stop = min(n, start + CHUNK)
        y, m, d = (
            a[start:stop] if a.dtype in wide else np.asarray(a[start:stop], np.int64)
            for a in (year, month, day)
        )
        # Unsigned views test both bounds at once: a negative value is a huge one.
        cell = y - table.first_year
        unsigned: npt.NDArray[np.unsignedinteger[Any]] = cell.view(_unsigned(cell))
        outside: Mask | None = None
        if len(cell) and int(unsigned.max()) >= span:  # a year outside the table
            outside = unsigned >= span
            cell[outside] = 0
        for values, bits in ((m, _MONTH_BITS), (d, _DAY_BITS)):
            part = values
            if len(part) and int(part.view(_unsigned(part)).max()) >> bits:
                far = (part < 0) | (part >= 1 << bits)  # a month or day past what the table holds
                outside = far if outside is None else outside | far
                part = np.where(far, 0, part)
            cell <<= bits
            cell |= part
        found = cells.take(cell)
        lost = found == _NO_DAY if len(found) and int(found.min()) == _NO_DAY else None
        if outside is not None:
            lost = outside if lost is None else lost | outside
        result[start:stop] = found
        if absent is not None:
            result[start:stop][absent[start:stop]] = NAT
            if lost is not None:
                lost &= ~absent[start:stop]
        if lost is not None and lost.any():
            result[start:stop][lost] = NAT
            invalid += int(np.count_nonzero(lost))
            if first_invalid < 0:
                first_invalid = start + int(np.argmax(lost))
    if first_invalid >= 0 and errors == "raise":
        raise _gregorian_error(year, month, day, index=first_invalid, count=invalid, calendar=calendar)
    return result.view("datetime64[D]")


def _by_month(
    year: Numbers, month: Numbers, day: Numbers, *, absent: Mask | None, calendar: Calendar, errors: Errors
) -> npt.NDArray[np.datetime64]:
    """A short column, or one whose years span too many centuries for a table of their days:
    each date's month is looked up, and its day added."""
    n = len(year)
    result = np.empty(n, np.int64)
    starts = _whole_starts(calendar)
    if starts is None:  # a calendar computed as asked: only the years the column names
        years = calendar.years
        inside = (year >= years.start) & (year < years.stop)
        if absent is not None:
            inside &= ~absent
        named = year[inside]
        low, high = (int(named.min()), int(named.max())) if len(named) else (years.start, years.start)
        starts = _starts(calendar, low, high)
    # Per month: the day before its first (as a day number, so that a day of the month adds
    # to it), and how many of its days the calendar's range holds from day 1 on (0 for none).
    begins = starts.ordinals[:-1]
    ends = np.minimum(starts.ordinals[1:], calendar._last_ordinal + 1)
    counts = np.maximum(ends - begins, 0)
    before = begins - 1 - EPOCH
    # A range that begins within a month (no calendar we ship has one) is checked day by day.
    partial = bool((begins < calendar._first_ordinal).any())
    first = calendar._first_ordinal - EPOCH
    offset = 12 * starts.first_year + 1
    months = len(begins)
    invalid, first_invalid = 0, -1
    for start in range(0, n, CHUNK):
        stop = min(n, start + CHUNK)
        # Copies (a slice's worth) as int64: the arithmetic below works in place.
        y, m, d = (np.array(a[start:stop], np.int64) for a in (year, month, day))
        # Unsigned comparisons test both bounds at once: a negative value is a huge one. The
        # year first: a year past the calendar's by more than int64 holds twelve times of
        # would wrap round into it.
        ok = (y - starts.first_year).view(np.uint64) < months // 12
        index = y * 12
        index += m
        index -= offset
        ok &= index.view(np.uint64) < months
        m -= 1
        ok &= m.view(np.uint64) < 12
        whole = bool(ok.all())
        if not whole:
            index[~ok] = 0
        d -= 1
        ok &= d.view(np.uint64) < counts.take(index).view(np.uint64)
        found = before.take(index)
        found += d
        found += 1
        if partial:
            ok &= found >= first
        if absent is not None:
            ok &= ~absent[start:stop]
        if not ok.all():
            found[~ok] = NAT
            wrong = ~ok if absent is None else ~ok & ~absent[start:stop]
            if wrong.any():
                invalid += int(np.count_nonzero(wrong))
                if first_invalid < 0:
                    first_invalid = start + int(np.argmax(wrong))
        result[start:stop] = found
    if first_invalid >= 0 and errors == "raise":
        raise _gregorian_error(year, month, day, index=first_invalid, count=invalid, calendar=calendar)
    return result.view("datetime64[D]")


def _gregorian_error(
    year: Numbers, month: Numbers, day: Numbers, *, index: int, count: int, calendar: Calendar
) -> DatelineError:
    """The error :func:`datelines.to_gregorian` gives for row ``index``, placed."""
    try:
        calendar.to_gregorian(HijriDate(int(year[index]), int(month[index]), int(day[index])))
    except DatelineError as err:
        note = (
            f"{count} date{'s' if count != 1 else ''} {'does' if count == 1 else 'do'} not exist "
            "or {} out of range; errors='coerce' makes such dates NaT"
        ).format("is" if count == 1 else "are")
        return _at(err, index, f"row {index}", note)
    raise AssertionError(f"row {index} converts one at a time but not in bulk")


def _check_errors(errors: object) -> None:
    if errors not in ("raise", "coerce"):
        raise DatelineError(f"errors must be 'raise' or 'coerce', not {errors!r}")
