"""Whether two halves can be one day, for halves that only words of a sentence join.

A dateline's halves that stand side by side, or that a slash, a bracket or a connector joins
("bertepatan dengan", "الموافق"), are one dateline whatever their dates: if they disagree,
that is what the checker is for. Halves joined only by other words ("Ramadan 1446 ended;
the elections are on 5 May 2025") may be two dates of two things; the text says they are
one day only if they can be. Each half stands for the days it can mean (a whole date one
day, a month its days, a year its year) in the tabular calendar, which covers every date and
is never more than a few days from any authority's; the two pair when those days meet within
:data:`SLACK` days. Years alone meet as :func:`.halves.overlaps` has it (a slip of a year is
the checker's to report).
"""

from __future__ import annotations

from datetime import date, timedelta
from functools import lru_cache
from typing import Final

from ..calendars.rumi import RUMI_YEARS, rumi_to_gregorian
from ..errors import DatelineError
from .halves import Half, overlaps
from .infer import gregorian_year_of, hijri_year_of

__all__ = ["SLACK", "can_be_one_day", "near_month_edge", "rumi_day"]

SLACK: Final = timedelta(days=3)  # sightings and authorities differ from the tabular calendar by a day or two


def can_be_one_day(hijri: Half, gregorian: Half) -> bool:
    """Whether the days the Hijri half can mean and those the Gregorian half can mean meet
    within :data:`SLACK`; True where a half says too little to tell (no year, nor a month and
    day that a whole date on the other side fixes). A half in digits whose day and month
    may be swapped ("02/04/1445" beside "08/20/2023", a site writing month first) is asked
    both ways, as the checker compares it."""
    gregorian = rumi_day(hijri, gregorian)
    if _can_be_one_day(hijri, gregorian):
        return True
    return any(
        _can_be_one_day(h, g) for h in _swapped(hijri) for g in (gregorian, *_swapped(gregorian))
    ) or any(_can_be_one_day(hijri, g) for g in _swapped(gregorian))


def rumi_day(hijri: Half, western: Half) -> Half:
    """A western half of the Rumi calendar's years beside a Hijri year of as much or up to
    four more (see ``.rumi``) as the Gregorian day it names: "Fî 7 Zilhicce 1293 ve 11
    Kânûn-ı evvel 1292" is 23 December 1876 (a trial: "ve", and, kept the halves apart, their
    years 1293 and 1292 being no one day in the Gregorian reading)."""
    if (
        hijri.year is None
        or western.year is None
        or western.year not in RUMI_YEARS
        or not 0 <= hijri.year - western.year <= 4
        or western.month is None
    ):
        return western
    try:
        day = rumi_to_gregorian(western.year, western.month, western.day or 1)
    except DatelineError:
        return western
    if western.day is None:
        return western._replace(year=day.year)
    return western._replace(year=day.year, month=day.month, day=day.day)


def _swapped(half: Half) -> tuple[Half, ...]:
    """The half with its day and month swapped, where its digits may be read so."""
    if not half.ambiguous_order or half.day is None or half.month is None or half.day > 12:
        return ()
    return (half._replace(day=half.month, month=half.day),)


def _can_be_one_day(hijri: Half, gregorian: Half) -> bool:
    if hijri.year is None and hijri.short_year is not None:
        hijri = hijri._replace(year=hijri.short_year)  # "Muharram 1, 1" beside "Jul 18, 622"
    if hijri.year_only and gregorian.year_only and hijri.year is not None and gregorian.year is not None:
        return overlaps(hijri.year, gregorian.year)
    h_month, h_day, g_month, g_day = hijri.month, hijri.day, gregorian.month, gregorian.day
    if hijri.year is None or gregorian.year is None:
        # A half without its year takes the one that puts it near the whole date beside it;
        # with none, they are not one day. Without a whole date on either side, nothing to tell.
        if (
            hijri.year == gregorian.year
            or h_month is None
            or h_day is None
            or g_month is None
            or g_day is None
        ):
            return True
        if hijri.year is None and gregorian.year is not None:
            try:
                said = date(gregorian.year, g_month, g_day)
            except ValueError:
                return True  # a date that cannot be: the checker says so
            year = hijri_year_of(h_month, h_day, said)
            if year is None:
                return False
            hijri = hijri._replace(year=year)
        elif hijri.year is not None:
            g_year = gregorian_year_of(g_month, g_day, (hijri.year, h_month, h_day))
            if g_year is None:
                return False
            gregorian = gregorian._replace(year=g_year)
    hijri_days = _hijri_days(hijri)
    gregorian_days = _gregorian_days(gregorian)
    if hijri_days is None or gregorian_days is None:
        return True
    return hijri_days[0] - SLACK <= gregorian_days[1] and gregorian_days[0] - SLACK <= hijri_days[1]


def falls_near(month: int, day: int | None, said: date, *, edge: bool = False) -> bool:
    """Whether the Hijri month's day (its first or last day with ``edge``, any of its days
    without a day) falls within :data:`SLACK` of ``said`` in some Hijri year, in the tabular
    calendar: a year of our era said beside a Hijri month named without its own is the
    Gregorian day's only so ("Ramadan in 2024 begins on 11 March", not "Ramadan in 2000
    mosques begins on 11 March")."""
    from ..calendars import builtin_calendar

    try:
        there = builtin_calendar("civil").to_hijri(said)
    except (ValueError, DatelineError):
        return False
    for year in (there.year - 1, there.year, there.year + 1):
        days = _days_of(year, month, day if not edge else None)
        if days is None:
            continue
        first, last = days
        if edge:
            if abs(said - first) <= SLACK or abs(said - last) <= SLACK:
                return True
        elif first - SLACK <= said <= last + SLACK:
            return True
    return False


def near_month_edge(hijri: Half, gregorian: Half) -> bool:
    """Whether a whole Gregorian date is within :data:`SLACK` of the first or the last day of
    the Hijri month (with its year) named beside it: a month said to begin or end then. True
    where either says too little to tell."""
    if hijri.year is None or hijri.month is None or gregorian.year is None:
        return True
    if gregorian.month is None or gregorian.day is None:
        return True
    days = _hijri_days(hijri)
    if days is None:
        return True
    try:
        said = date(gregorian.year, gregorian.month, gregorian.day)
    except ValueError:
        return True
    return abs(said - days[0]) <= SLACK or abs(said - days[1]) <= SLACK


def _hijri_days(half: Half) -> tuple[date, date] | None:
    assert half.year is not None
    return _days_of(half.year, half.month, half.day)


@lru_cache(maxsize=4096)
def _days_of(year: int, month: int | None, day: int | None) -> tuple[date, date] | None:
    from ..calendars import builtin_calendar
    from ..hijri import HijriDate

    civil = builtin_calendar("civil")
    try:
        if month is None:
            return civil.to_gregorian(HijriDate(year, 1, 1)), civil.to_gregorian(
                HijriDate(year + 1, 1, 1)
            ) - timedelta(days=1)
        if not 1 <= month <= 12:
            return None
        start = civil.to_gregorian(HijriDate(year, month, 1))
        if day is None:
            return start, start + timedelta(days=29)
        if not 1 <= day <= 30:
            return None
        # Day 30 of a month of 29 days in the tabular calendar: the day after its 29th.
        return (start + timedelta(days=day - 1),) * 2
    except (ValueError, OverflowError):  # a year out of the calendar's or datetime's range
        return None


def _gregorian_days(half: Half) -> tuple[date, date] | None:
    year, month, day = half.year, half.month, half.day
    if year is None:
        return None
    try:
        if month is None:
            return date(year, 1, 1), date(year, 12, 31)
        start = date(year, month, 1)
        if day is None:
            following = date(year + (month == 12), month % 12 + 1, 1)
            return start, following - timedelta(days=1)
        return (date(year, month, day),) * 2
    except ValueError:  # "31 June", year 0: a date the checker reports
        return None
