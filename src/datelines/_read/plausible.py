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
from typing import Final

from .halves import GREGORIAN, Half, overlaps
from .infer import hijri_year_of

__all__ = ["SLACK", "can_be_one_day"]

SLACK: Final = timedelta(days=3)  # sightings and authorities differ from the tabular calendar by a day or two


def can_be_one_day(hijri: Half, gregorian: Half) -> bool:
    """Whether the days the Hijri half can mean and those the Gregorian half can mean meet
    within :data:`SLACK`; True where a half says too little to tell (no year, nor a month and
    day that a whole date on the other side fixes)."""
    if hijri.year is None and hijri.short_year is not None:
        hijri = hijri._replace(year=hijri.short_year)  # "Muharram 1, 1" beside "Jul 18, 622"
    if hijri.year_only and gregorian.year_only and hijri.year is not None and gregorian.year is not None:
        return overlaps(hijri.year, gregorian.year)
    if hijri.year is None:
        if hijri.month is None or hijri.day is None or gregorian.month is None or gregorian.day is None:
            return True
        if gregorian.year is None:
            return True
        try:
            said = date(gregorian.year, gregorian.month, gregorian.day)
        except ValueError:
            return True  # a date that cannot be: the checker says so
        return hijri_year_of(hijri.month, hijri.day, said) is not None
    hijri_days = _hijri_days(hijri)
    gregorian_days = _gregorian_days(gregorian)
    if hijri_days is None or gregorian_days is None:
        return True
    return hijri_days[0] - SLACK <= gregorian_days[1] and gregorian_days[0] - SLACK <= hijri_days[1]


def _hijri_days(half: Half) -> tuple[date, date] | None:
    from ..calendars import builtin_calendar
    from ..hijri import HijriDate

    civil = builtin_calendar("civil")
    year, month, day = half.year, half.month, half.day
    assert year is not None
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
    except ValueError:  # a year out of the calendar's range: nothing to measure
        return None


def _gregorian_days(half: Half) -> tuple[date, date] | None:
    year, month, day = half.year, half.month, half.day
    if year is None or half.calendar not in (GREGORIAN, None):
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
