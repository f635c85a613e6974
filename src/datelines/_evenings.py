"""A column of moments at a place, as Hijri days begin: at sunset.

:func:`datelines.to_hijri` gives an aware ``datetime`` and a ``place`` the Hijri date of
that moment there: the civil day's, or after the place's sunset the next one's. Here the
same for a whole column (``to_hijri_many(..., place=...)``): the civil day of each moment
at the place, that day's sunset computed once for all the moments on it, and the day
after for those at or after it.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from datetime import UTC, date, datetime, timedelta, tzinfo
from typing import Any, Final

import numpy as np
import numpy.typing as npt

from .calendars.places import Place, get_place
from .errors import DatelineError, OutOfRangeError

__all__ = ["evening_days"]

EPOCH: Final = 719163  # date(1970, 1, 1).toordinal()
NAT: Final = np.iinfo(np.int64).min
DAY: Final = 86_400_000_000  # microseconds
_UNIX: Final = datetime(1970, 1, 1, tzinfo=UTC)
# 12:00 UT on 1 January 2000, in microseconds since 1970: the astronomy's day count starts there.
_J2000: Final = (datetime(2000, 1, 1, 12, tzinfo=UTC) - _UNIX) // timedelta(microseconds=1)

_NO_ZONE: Final = (
    "place applies to moments with their time zone (aware timestamps), not to {what}: "
    "give the column its zone first (pandas: .dt.tz_localize; NumPy datetime64 has none)"
)


def evening_days(
    dates: object, place: str | Place | tuple[float, float], errors: str = "raise"
) -> npt.NDArray[np.int64]:
    """For each moment of ``dates``, the day (days since 1970-01-01) whose Hijri date it
    has at ``place``; ``NAT`` where it is missing. A moment past the dates there are, or
    on a day whose sunset there is none (polar day or night), raises, naming its row; with
    ``errors="coerce"`` it is missing."""
    micros = _utc_micros(dates)
    where = get_place(place)
    present = micros != NAT
    while True:
        moments = micros[present]
        try:
            civil = _civil_days(moments, where)
        except _PastTheEnd as err:
            _refuse(micros, present, err.micros, where, errors)
            continue
        outside = (civil < 1 - EPOCH) | (civil > date.max.toordinal() - EPOCH)
        if not outside.any():
            break
        for moment in set(moments[outside].tolist()):
            _refuse(micros, present, moment, where, errors)
    days, at = np.unique(civil, return_inverse=True)
    sunsets = np.array([_sunset(int(day), where, errors) for day in days.tolist()], dtype=np.float64)
    unset = np.isnan(sunsets)[at.reshape(-1)]
    if unset.any() and errors == "raise":
        row = int(np.flatnonzero(present)[int(np.argmax(unset))])
        _sunset(int(civil[int(np.argmax(unset))]), where, "raise", row, int(np.count_nonzero(unset)))
    # In J2000 days, as the scalar path compares them (a float of whole microseconds).
    instants = (moments - _J2000) / float(DAY)
    out = np.full(len(micros), NAT, dtype=np.int64)
    found = civil + (instants >= sunsets[at.reshape(-1)])
    found[unset] = NAT
    out[present] = found
    return out


def _refuse(
    micros: npt.NDArray[np.int64], present: npt.NDArray[np.bool_], moment: int, where: Place, errors: str
) -> None:
    """A moment past the dates there are: raised (as ``to_hijri`` raises it, with its row and
    how many there are), or missing with ``errors="coerce"``."""
    rows = present & (micros == moment)
    if errors == "raise":
        raise _at_the_end(micros, moment, where)
    present &= ~rows


def _sunset(day: int, where: Place, errors: str, row: int = -1, count: int = 0) -> float:
    """The day's sunset at the place; NaN with ``errors="coerce"`` where it has none."""
    from .calendars.astro import sunset
    from .errors import CalendarError

    try:
        return sunset(date.fromordinal(day + EPOCH), where)
    except CalendarError as err:
        if errors != "raise":
            return float("nan")
        if row < 0:
            return float("nan")  # raised with its row once every day is known
        note = f"{count} moment{'s' if count != 1 else ''} on such days; errors='coerce' makes them missing"
        err.message = f"dates[{row}]: {err.message} ({note})"
        err.args = (err.message,)
        err.index = row
        raise


def _civil_days(moments: npt.NDArray[np.int64], where: Place) -> npt.NDArray[np.int64]:
    """The civil day of each moment at ``where``: by its time zone, or by its mean solar
    time where it has none (as :func:`datelines.calendars.astro.civil_day` counts it)."""
    if where.timezone is None:
        shift = timedelta(hours=where.longitude / 15) // timedelta(microseconds=1)
        return (moments + shift) // DAY
    from zoneinfo import ZoneInfo

    zone = ZoneInfo(where.timezone)
    utc_days = moments // DAY
    distinct, at = np.unique(utc_days, return_inverse=True)
    at = at.reshape(-1)
    offsets = np.empty(len(distinct), dtype=np.int64)
    changing = np.zeros(len(distinct), dtype=np.bool_)
    for index, day in enumerate(distinct.tolist()):
        # A zone's offset is the same all day but on the days its clocks change.
        try:
            first, last = _offset(day * DAY, zone), _offset((day + 1) * DAY - 1, zone)
        except _PastTheEnd:  # the first or last day there is: each moment placed alone
            first, last = 0, 1
        offsets[index] = first
        changing[index] = first != last
    civil = (moments + offsets[at]) // DAY
    for row in np.flatnonzero(changing[at]).tolist():
        civil[row] = (moments[row] + _offset(int(moments[row]), zone)) // DAY
    return civil


class _PastTheEnd(Exception):
    """A moment whose civil day at the place is past the dates there are."""

    def __init__(self, micros: int):
        super().__init__(micros)
        self.micros = micros


def _at_the_end(column: npt.NDArray[np.int64], micros: int, where: Place) -> DatelineError:
    """The error ``to_hijri`` gives for such a moment, with its row."""
    row = int(np.flatnonzero(column == micros)[0])
    try:
        said = (_UNIX + timedelta(microseconds=micros)).isoformat()
    except OverflowError:
        said = f"a moment {micros // DAY} days from 1970-01-01"
    count = int(np.count_nonzero(column == micros))
    error = OutOfRangeError(
        f"dates[{row}]: {said} at {where.name} is at the end of the dates there are "
        f"({count} such moment{'s' if count != 1 else ''}; errors='coerce' makes them missing)",
        calendar="gregorian", value=said, first=date.min, last=date.max, text=said,
    )  # fmt: skip
    error.index = row
    return error


def _offset(micros: int, zone: tzinfo) -> int:
    """The zone's offset from UTC at a moment, in microseconds."""
    try:
        local = (_UNIX + timedelta(microseconds=micros)).astimezone(zone)
    except OverflowError:
        raise _PastTheEnd(micros) from None
    offset = local.utcoffset()
    assert offset is not None  # a ZoneInfo always has one
    return offset // timedelta(microseconds=1)


def _utc_micros(dates: object) -> npt.NDArray[np.int64]:
    """The column's moments as microseconds since 1970-01-01 UTC (``NAT``: missing)."""
    module = type(dates).__module__
    if module.startswith("pandas"):
        return _pandas_micros(dates)
    if module.startswith("pyarrow"):
        return _arrow_micros(dates)
    if isinstance(dates, np.ndarray) and dates.dtype.kind == "M":
        raise DatelineError(_NO_ZONE.format(what="NumPy datetime64 values"))
    if isinstance(dates, np.ndarray) and dates.dtype.kind != "O":
        raise TypeError(f"dates must be aware timestamps, not an array of {dates.dtype}")
    if isinstance(dates, (str, bytes, set, frozenset, Mapping)) or not isinstance(dates, Iterable):
        raise TypeError(f"dates must be a column of aware timestamps, not {type(dates).__name__}")
    return np.fromiter((_micros(value, index) for index, value in enumerate(dates)), np.int64)


def _micros(value: object, index: int) -> int:
    from ._bulk import _absent

    if _absent(value):
        return int(NAT)
    if isinstance(value, datetime):
        if value.tzinfo is None or value.utcoffset() is None:
            raise DatelineError(
                _NO_ZONE.format(what=f"a naive datetime (dates[{index}] is {value.isoformat()})")
            )
        return (value - _UNIX) // timedelta(microseconds=1)
    if isinstance(value, date):
        raise DatelineError(_NO_ZONE.format(what=f"a whole day (dates[{index}] is {value.isoformat()})"))
    raise TypeError(f"dates[{index}] is {value!r}, not an aware datetime")


def _pandas_micros(column: Any) -> npt.NDArray[np.int64]:
    import pandas as pd

    if isinstance(column, pd.DataFrame):
        raise TypeError("dates must be one column (a Series), not a DataFrame")
    dtype = column.dtype
    if isinstance(dtype, pd.DatetimeTZDtype):
        if isinstance(column, pd.Series):
            return _floor_micros(column.dt.tz_convert("UTC").dt.tz_localize(None).to_numpy())
        return _floor_micros(column.tz_convert("UTC").tz_localize(None).to_numpy())
    if isinstance(dtype, pd.ArrowDtype):
        import pyarrow as pa

        return _arrow_micros(pa.array(column))
    if isinstance(dtype, np.dtype) and dtype.kind == "O":
        return _utc_micros(column.to_numpy())
    if isinstance(dtype, np.dtype) and dtype.kind == "M":
        raise DatelineError(_NO_ZONE.format(what="timestamps without a time zone"))
    raise TypeError(f"dates must be aware timestamps, not a {type(column).__name__} of {dtype}")


def _arrow_micros(column: Any) -> npt.NDArray[np.int64]:
    import pyarrow as pa

    if not isinstance(column, (pa.Array, pa.ChunkedArray)):
        raise TypeError(f"dates must be one column (an Arrow array), not a {type(column).__name__}")
    kind = column.type
    if pa.types.is_timestamp(kind) and kind.tz is not None:
        return _floor_micros(column.to_numpy(zero_copy_only=False))  # stored in UTC
    if pa.types.is_timestamp(kind) or pa.types.is_date(kind):
        raise DatelineError(_NO_ZONE.format(what=f"an Arrow array of {kind}"))
    raise TypeError(f"dates must be an Arrow timestamp array with a time zone, not one of {kind}")


def _floor_micros(utc: npt.NDArray[Any]) -> npt.NDArray[np.int64]:
    """UTC datetime64 as whole microseconds, rounded down as a ``datetime`` made from it
    is (NumPy's cast floors); NaT stays ``NAT``."""
    micros: npt.NDArray[np.int64] = utc.astype("datetime64[us]").view(np.int64)
    return micros
