"""Calendars defined by a table of month starts: the Umm al-Qura tables."""

from __future__ import annotations

from bisect import bisect_right
from datetime import date

from ..hijri import HijriDate
from .base import Calendar

TYPE_CHECKING = False
if TYPE_CHECKING:
    from .source import MonthSource

__all__ = ["TableCalendar"]


class TableCalendar(Calendar):
    """A calendar given as the ordinal of the first day of every month.

    ``starts`` holds twelve entries per year from 1 Muharram ``first_year`` on, plus one
    final entry: the day after the last month ends.
    """

    __slots__ = ("_starts",)

    _starts: tuple[int, ...]

    def __init__(self, name: str, first_year: int, starts: tuple[int, ...]):
        if len(starts) % 12 != 1:
            raise ValueError("a month-start table needs 12 entries a year plus an end entry")
        last_year = first_year + len(starts) // 12 - 1
        super().__init__(name, first_year, last_year, starts[0], starts[-1] - 1)
        object.__setattr__(self, "_starts", starts)

    def _month_start(self, year: int, month: int) -> int:
        return self._starts[(year - self._first_year) * 12 + month - 1]

    def _locate(self, ordinal: int) -> HijriDate:
        index = bisect_right(self._starts, ordinal) - 1
        years, month = divmod(index, 12)
        return HijriDate._trusted(self._first_year + years, month + 1, ordinal - self._starts[index] + 1)

    def month_source(self, year: int, month: int) -> MonthSource:
        from .source import MonthSource

        self._check_month(year, month)
        return MonthSource("published", f"the {self._name} table")

    def ymd(self, day: date) -> tuple[int, int, int]:
        ordinal = day.toordinal()
        if not self._first_ordinal <= ordinal <= self._last_ordinal:
            raise self._gregorian_out_of_range(day)
        index = bisect_right(self._starts, ordinal) - 1
        years, month = divmod(index, 12)
        return self._first_year + years, month + 1, ordinal - self._starts[index] + 1
