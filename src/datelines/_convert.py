"""Conversion between Gregorian and Hijri dates: the functions most callers need.

Each takes a calendar name (or :class:`~datelines.Calendar`), an optional day ``offset``
and an optional ``table`` of announced month starts; see :func:`datelines.get_calendar`.
In a loop, get the calendar once and call its methods: a table given as a path is read
on every call here.
"""

from __future__ import annotations

from datetime import date, datetime, tzinfo

from .calendars import Calendar, builtin_calendar, get_calendar
from .errors import DatelineError, ParseError
from .hijri import HijriDate

TYPE_CHECKING = False
if TYPE_CHECKING:
    from ._types import TableSource
    from .calendars.places import Place

__all__ = ["month_length", "to_gregorian", "to_hijri", "today", "year_length"]


def _calendar(calendar: str | Calendar, offset: int, table: TableSource | None) -> Calendar:
    if calendar == "umalqura" and not offset and table is None:
        return builtin_calendar("umalqura")  # the default, on the hot path
    return get_calendar(calendar, offset=offset, table=table)


def to_hijri(
    day: date | str,
    calendar: str | Calendar = "umalqura",
    *,
    offset: int = 0,
    table: TableSource | None = None,
    place: str | Place | tuple[float, float] | None = None,
) -> HijriDate:
    """The Hijri date of a Gregorian date (a ``date``, or ``YYYY-MM-DD`` text).

    The Hijri day begins at sunset. Given an aware ``datetime`` and a ``place``, the
    answer is the Hijri date of that moment there: after sunset, the next day's (the
    place's sunset is computed: this needs ``datelines[astronomy]``).

    >>> to_hijri(date(2016, 1, 20))
    HijriDate(1437, 4, 10)
    >>> to_hijri("2016-01-20", "civil")
    HijriDate(1437, 4, 9)
    >>> to_hijri(date(2016, 1, 20), offset=-1)
    HijriDate(1437, 4, 9)
    >>> from datetime import timezone, timedelta
    >>> evening = datetime(2016, 1, 20, 19, 0, tzinfo=timezone(timedelta(hours=3)))
    >>> to_hijri(evening), to_hijri(evening, place="Mecca")
    (HijriDate(1437, 4, 10), HijriDate(1437, 4, 11))
    >>> to_hijri(date(1900, 1, 1))
    Traceback (most recent call last):
    ...
    datelines.errors.OutOfRangeError: 1900-01-01 is outside the umalqura calendar, which covers 1924-08-01 to 2077-11-16; the tabular calendar 'civil' covers any date from 1 AH
    """
    if type(day) is not date:  # the common case first: a plain date
        if isinstance(day, str) and len(day) > 10 and day[10:11] in ("T", " "):
            written = day
            try:  # an ISO date and time ("2016-01-20T19:00+03:00"): a moment
                day = datetime.fromisoformat(written)
            except ValueError:
                raise ParseError(
                    f"{written[:40]!r} is not an ISO date and time",
                    text=written[:40],
                    expected="YYYY-MM-DDTHH:MM±HH:MM",
                ) from None
        if isinstance(day, str):
            day = gregorian_iso(day)
        elif isinstance(day, datetime):
            day = _evening_day(day, place) if place is not None else day.date()
        elif not isinstance(day, date):
            raise TypeError(f"day must be a datetime.date or an ISO date string, not {type(day).__name__}")
    elif place is not None:
        raise DatelineError(
            "place applies to a moment (an aware datetime), not to a whole day", text=str(day)
        )
    return _calendar(calendar, offset, table).to_hijri(day)


def _evening_day(moment: datetime, place: str | Place | tuple[float, float]) -> date:
    """The civil day whose Hijri date ``moment`` at ``place`` has: the next one after sunset."""
    from datetime import timedelta

    from .calendars.astro import civil_day, sunset_after
    from .calendars.places import get_place

    if moment.tzinfo is None or moment.utcoffset() is None:
        raise DatelineError(
            "a moment needs its time zone (an aware datetime) to be placed before or after sunset",
            text=moment.isoformat(),
        )
    where = get_place(place)
    try:
        civil = civil_day(moment, where)
        return civil + timedelta(days=1) if sunset_after(moment, where, civil)[0] else civil
    except OverflowError:  # the last evening of 9999, or before the first day there is
        raise DatelineError(
            f"{moment.isoformat()} at {where.name} is at the end of the dates there are",
            text=moment.isoformat(),
        ) from None


def to_gregorian(
    hijri: HijriDate | str,
    calendar: str | Calendar = "umalqura",
    *,
    offset: int = 0,
    table: TableSource | None = None,
) -> date:
    """The Gregorian date of a Hijri date (a :class:`HijriDate`, or ``YYYY-MM-DD`` text).

    >>> to_gregorian(HijriDate(1437, 4, 10))
    datetime.date(2016, 1, 20)
    >>> to_gregorian("1437-02-30")
    Traceback (most recent call last):
    ...
    datelines.errors.InvalidDateError: day 30 does not exist: Safar 1437 has 29 days in umalqura (day must be in 1..29)
    """
    if type(hijri) is not HijriDate:  # the common case first
        if isinstance(hijri, str):
            hijri = HijriDate.fromisoformat(hijri)
        elif not isinstance(hijri, HijriDate):
            raise TypeError(f"hijri must be a HijriDate or an ISO date string, not {type(hijri).__name__}")
    return _calendar(calendar, offset, table).to_gregorian(hijri)


def month_length(
    year: int,
    month: int,
    calendar: str | Calendar = "umalqura",
    *,
    offset: int = 0,
    table: TableSource | None = None,
) -> int:
    """Days in a Hijri month of the calendar.

    >>> month_length(1437, 9), month_length(1345, 5)
    (30, 31)
    """
    return _calendar(calendar, offset, table).month_length(year, month)


def year_length(
    year: int,
    calendar: str | Calendar = "umalqura",
    *,
    offset: int = 0,
    table: TableSource | None = None,
) -> int:
    """Days in a Hijri year of the calendar.

    >>> year_length(1437), year_length(1436, "civil")
    (354, 355)
    """
    return _calendar(calendar, offset, table).year_length(year)


def today(
    calendar: str | Calendar = "umalqura",
    *,
    offset: int = 0,
    table: TableSource | None = None,
    tz: str | tzinfo | None = None,
) -> HijriDate:
    """Today's Hijri date, for today's civil date in ``tz`` (the local zone by default).

    The Hijri day begins at sunset; like every converter, this follows the civil day.
    """
    return _calendar(calendar, offset, table).to_hijri(local_today(tz))


def local_today(tz: str | tzinfo | None = None) -> date:
    """Today's Gregorian date in the time zone ``tz`` (an IANA name or a ``tzinfo``)."""
    if tz is None:
        return date.today()
    if isinstance(tz, str):
        from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

        name = tz
        try:
            tz = ZoneInfo(name)
        except (ZoneInfoNotFoundError, ValueError, OSError):  # OSError: a name too long for a file
            raise DatelineError(
                f"unknown time zone {name!r}; use an IANA name such as Asia/Jakarta", text=name
            ) from None
    if not isinstance(tz, tzinfo):
        raise TypeError(f"tz must be a time zone name or a tzinfo, not {type(tz).__name__}")
    return datetime.now(tz).date()


def gregorian_iso(text: str) -> date:
    """``YYYY-MM-DD`` as a date: a :class:`ParseError` for another shape, an
    :class:`InvalidDateError` for a day that does not exist ("2016-02-30")."""
    parts = text.split("-") if len(text) == 10 and text[4] == "-" and text[7] == "-" else []
    if len(parts) != 3 or not all(part.isascii() and part.isdigit() for part in parts):
        raise ParseError(
            f"expected a Gregorian date as YYYY-MM-DD, got {text[:40]!r}",
            text=text,
            position=0,
            expected="YYYY-MM-DD",
        )
    from ._read.typed import checked_date

    return checked_date(text, int(parts[0]), int(parts[1]), int(parts[2]))
