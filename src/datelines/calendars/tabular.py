"""The tabular (arithmetic) Islamic calendars: ``civil`` and ``astronomical``.

Thirty-year cycle with leap years 2, 5, 7, 10, 13, 16, 18, 21, 24, 26 and 29; odd months
of 30 days, even months of 29, and Dhu al-Hijjah of 30 in a leap year. The arithmetic is
that of Reingold & Dershowitz, *Calendrical Calculations* (islamic-from-fixed), which ICU's
``islamic-civil`` (epoch Friday 16 July 622 Julian) and ``islamic-tbla`` (epoch Thursday
15 July 622 Julian) follow.
"""

from __future__ import annotations

from datetime import date

from ..hijri import HijriDate
from .base import Calendar

__all__ = ["ASTRONOMICAL", "CIVIL", "TabularCalendar"]

CIVIL_EPOCH = 227015  # date(622, 7, 19).toordinal(): 16 July 622 Julian
ASTRONOMICAL_EPOCH = CIVIL_EPOCH - 1


def _year_start(epoch: int, year: int) -> int:
    return epoch + (year - 1) * 354 + (3 + 11 * year) // 30


class TabularCalendar(Calendar):
    """An arithmetic Islamic calendar over every date Python's ``date`` can hold."""

    __slots__ = ("_epoch",)

    _epoch: int

    def __init__(self, name: str, epoch: int):
        object.__setattr__(self, "_epoch", epoch)
        last_year = self._locate(date.max.toordinal()).year
        super().__init__(name, 1, last_year, epoch, date.max.toordinal())

    def _month_start(self, year: int, month: int) -> int:
        return _year_start(self._epoch, year) + 29 * (month - 1) + month // 2

    def _locate(self, ordinal: int) -> HijriDate:
        year = (30 * (ordinal - self._epoch) + 10646) // 10631
        month = min(12, (11 * (ordinal - _year_start(self._epoch, year)) + 330) // 325)
        return HijriDate._trusted(year, month, ordinal - self._month_start(year, month) + 1)

    def _range_hint(self) -> str:
        return ""


CIVIL = TabularCalendar("civil", CIVIL_EPOCH)
ASTRONOMICAL = TabularCalendar("astronomical", ASTRONOMICAL_EPOCH)
