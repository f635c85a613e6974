"""Which western halves are dates of the Rumi calendar, the Ottoman fiscal one of 1840-1925.

"15 Şaban 1326 / 29 Ağustos 1324" names 11 September 1908: its western half is a Rumi date,
written in the Turkish names of the Gregorian months. The year tells it: a Rumi year is
the Hijri year or up to three less from 1840 to 1925, and no Gregorian year of 1256-1341
stands beside a Hijri year of as much (the Gregorian 1300 was 699 AH).
"""

from __future__ import annotations

from dataclasses import replace
from typing import Final

from ..calendars.rumi import RUMI_YEARS
from ..dateline import DatePart
from ..names.words import RUMI_ERAS

__all__ = ["rumi_half"]


def _mark(era: str) -> str:
    return "".join(era.casefold().replace(".", " ").split())


_RUMI_MARKS: Final = frozenset(_mark(era) for era, _ in RUMI_ERAS)
# The Hijri year less the Rumi one: 0 to 3 in the calendar's years (the Rumi year gains on
# the lunar one by a year in 33); a fourth for a Hijri half a few days into its next year.
_YEARS_APART: Final = range(5)


def rumi_half(hijri: DatePart | None, western: DatePart) -> DatePart:
    """``western`` as a Rumi half where it is one, else itself: a month and a year of the Rumi
    calendar's (1256-1341) beside a Hijri year of as much or up to four more, unmarked or
    marked "Rumi". A mark alone does not make a Rumi date of another year ("… 672 / 17
    December 1273 Rumi passed away": the poet, a review)."""
    if (
        hijri is None
        or hijri.year is None
        or western.calendar != "gregorian"
        or western.year is None
        or western.year not in RUMI_YEARS
        or western.month is None
        or hijri.year - western.year not in _YEARS_APART
        or (western.era is not None and _mark(western.era) not in _RUMI_MARKS)
    ):
        return western
    return replace(western, calendar="rumi")
