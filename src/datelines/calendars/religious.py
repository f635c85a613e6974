"""The days every newsroom writes about each year, per authority: the first of Ramadan,
the two Eids, the Day of Arafah, the new year, Ashura, the Mawlid, and Isra' and Mi'raj."""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from datetime import date
from typing import NamedTuple

from ..errors import CalendarError
from ..hijri import HijriDate
from ..names.english import RELIGIOUS_DAYS
from . import AUTHORITY_IDS, get_calendar
from .base import Calendar

__all__ = ["AuthorityDate", "ReligiousDay", "religious_days"]


class AuthorityDate(NamedTuple):
    """The Gregorian date of a Hijri day in one authority's calendar, and whether the
    month's start was ``announced``, ``published`` or ``computed``."""

    authority: str
    gregorian: date
    kind: str


class ReligiousDay(NamedTuple):
    """A religious day of a Hijri year: its name, its Hijri date, and its Gregorian date
    under each authority asked about."""

    name: str
    hijri: HijriDate
    dates: tuple[AuthorityDate, ...]

    @property
    def differ(self) -> bool:
        """Whether the authorities keep the day on different Gregorian dates."""
        return len({d.gregorian for d in self.dates}) > 1


def religious_days(
    year: int, authorities: str | Calendar | Sequence[str | Calendar] | None = None
) -> tuple[ReligiousDay, ...]:
    """The religious days of Hijri ``year`` under each of ``authorities`` (an id, a
    calendar, such as a council's own from ``get_calendar(table=…)``, a list of them, or
    every authority), in the order they fall.

    >>> ramadan = religious_days(1446, ["SA", "ID"])[4]
    >>> ramadan.name, [(d.authority, d.gregorian.isoformat(), d.kind) for d in ramadan.dates]
    ('First of Ramadan', [('SA', '2025-03-01', 'announced'), ('ID', '2025-03-01', 'announced')])
    >>> [d.authority for d in religious_days(1446, get_calendar("civil"))[4].dates]
    ['civil']
    """
    if type(year) is not int:
        raise TypeError(f"year must be an int, not {type(year).__name__}")
    chosen: Iterable[str | Calendar] = (
        AUTHORITY_IDS
        if authorities is None
        else ([authorities] if isinstance(authorities, (str, Calendar)) else authorities)
    )
    calendars = [(identifier, _calendar_of(identifier)) for identifier in chosen]
    found = []
    for name, month, day in RELIGIOUS_DAYS:
        hijri = HijriDate(year, month, day)
        dates = tuple(
            AuthorityDate(cal.name, cal.to_gregorian(hijri), cal.month_source(year, month).kind)
            for _, cal in calendars
        )
        found.append(ReligiousDay(name, hijri, dates))
    return tuple(found)


def _calendar_of(identifier: str | Calendar) -> Calendar:
    """The calendar of an authority's id, or the calendar given; a name no calendar has is
    reported as the unknown authority it was given as."""
    if isinstance(identifier, Calendar):
        return identifier
    if not isinstance(identifier, str):  # (a trial: a calendar's own iteration failed bare)
        raise TypeError(f"an authority is an id or a Calendar, not {type(identifier).__name__}")
    try:
        return get_calendar(identifier)
    except CalendarError:
        if isinstance(identifier, str):
            from .authorities import get_authority

            get_authority(identifier)  # raises "unknown authority …, known: SA, TR, …"
        raise
