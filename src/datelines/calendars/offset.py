"""A calendar shifted by a whole number of days: the simple local-sighting case."""

from __future__ import annotations

from ..errors import CalendarError
from ..hijri import HijriDate
from .base import Calendar

TYPE_CHECKING = False
if TYPE_CHECKING:
    from .source import MonthSource

__all__ = ["MAX_OFFSET", "OffsetCalendar"]

# Announced month starts differ from Umm al-Qura by a day or two; anything past a month
# is a mistake (a year passed as an offset), not a sighting convention.
MAX_OFFSET = 30


class OffsetCalendar(Calendar):
    """``base`` with every Hijri date ``offset`` days ahead (``-1``: one day behind).

    It keeps the base calendar's month lengths: where a country's announced month starts
    differ from the base by different amounts in different months, use a sighting table.
    """

    __slots__ = ("_base", "_offset")

    _base: Calendar
    _offset: int

    def __init__(self, base: Calendar, offset: int):
        if isinstance(offset, bool) or not isinstance(offset, int):
            raise TypeError(f"offset must be an int, not {type(offset).__name__}")
        if not -MAX_OFFSET <= offset <= MAX_OFFSET:
            raise CalendarError(f"offset must be in -{MAX_OFFSET}..{MAX_OFFSET} days, got {offset}")
        object.__setattr__(self, "_base", base)
        object.__setattr__(self, "_offset", offset)
        super().__init__(
            f"{base.name}{offset:+d}",
            base._first_year,
            base._last_year,
            base._first_ordinal - offset,
            base._last_ordinal - offset,
        )

    @property
    def base(self) -> Calendar:
        """The calendar this one shifts."""
        return self._base

    @property
    def offset(self) -> int:
        """Days the Hijri date runs ahead of the base calendar (negative: behind)."""
        return self._offset

    def _month_start(self, year: int, month: int) -> int:
        return self._base._month_start(year, month) - self._offset

    def _locate(self, ordinal: int) -> HijriDate:
        return self._base._locate(ordinal + self._offset)

    def _range_hint(self) -> str:
        return self._base._range_hint()

    def month_source(self, year: int, month: int) -> MonthSource:
        from .source import MonthSource

        found = self._base.month_source(year, month)
        return MonthSource(
            found.kind, f"{found.detail}, {self._offset:+d} day{'s' if abs(self._offset) != 1 else ''}"
        )

    def __reduce__(self) -> tuple[object, ...]:
        return (type(self), (self._base, self._offset))
