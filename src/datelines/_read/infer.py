"""The year a half leaves unsaid, from the other half: "1st Muharram" beside "7 July 2024".

The text states a day and a month in one calendar and a whole date in the other; the year
that puts the two within a fortnight of each other is the one meant. The tabular calendar
is near enough for that (it is never more than a few days from any authority's), covers
every date, and keeps the reader free of the authorities' tables.
"""

from __future__ import annotations

from dataclasses import replace
from datetime import date, timedelta
from typing import Final

from ..dateline import DatePart

__all__ = ["gregorian_year_of", "hijri_year_of", "with_inferred_years"]

_NEAR: Final = 15  # days: two halves that are one day differ by a day or two between calendars


def with_inferred_years(hijri: DatePart, gregorian: DatePart) -> tuple[DatePart, DatePart]:
    """Both halves, the one with a day and month but no year given ``inferred_year``
    when the other is a whole date, or a Hijri month with its year said to begin or end on
    the Gregorian day."""
    g, h = gregorian, hijri
    if h.year is None and h.month and h.day and g.year and g.month and g.day:
        try:
            stated = date(g.year, g.month, g.day)
        except ValueError:  # a date that cannot be ("31 June", year 14450): nothing to infer from
            return hijri, gregorian
        year = hijri_year_of(h.month, h.day, stated)
        if year is not None:
            hijri = replace(hijri, inferred_year=year)
    elif g.year is None and g.month and g.day and h.year and h.month and (h.day or h.boundary):
        # a month said to begin or end on the day ("Zilqad 1442 will begin on Sunday (June
        # 13)"): its first or last day
        day = h.day or (1 if h.boundary == "begins" else 29)
        year = gregorian_year_of(g.month, g.day, (h.year, h.month, day))
        if year is not None:
            gregorian = replace(gregorian, inferred_year=year)
    return hijri, gregorian


def hijri_year_of(month: int, day: int, gregorian: date) -> int | None:
    """The Hijri year in which that month and day fall within a fortnight of ``gregorian``."""
    from ..calendars import builtin_calendar

    try:
        there = builtin_calendar("civil").to_hijri(gregorian)
    except ValueError:
        return None
    stated = (month - 1) * 29.53 + day
    for year in (there.year, there.year + 1, there.year - 1):
        gap = (year - there.year) * 354.37 + stated - ((there.month - 1) * 29.53 + there.day)
        if abs(gap) <= _NEAR:
            return year
    return None


def gregorian_year_of(month: int, day: int, hijri: tuple[int, int, int]) -> int | None:
    """The Gregorian year in which that month and day fall within a fortnight of ``hijri``."""
    from ..calendars import builtin_calendar
    from ..hijri import HijriDate

    h_year, h_month, h_day = hijri
    try:
        there = builtin_calendar("civil").to_gregorian(HijriDate(h_year, h_month, min(h_day, 29)))
    except ValueError:
        return None
    for year in (there.year, there.year + 1, there.year - 1):
        try:
            candidate = date(year, month, day)
        except ValueError:
            continue
        if abs(candidate - there) <= timedelta(days=_NEAR):
            return year
    return None
