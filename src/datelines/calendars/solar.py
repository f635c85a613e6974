"""The Solar Hijri calendar of Iran and Afghanistan: ``solar-hijri`` and ``solar-hijri-33``.

Both count years from the Hijra and begin them at Nowruz, the March equinox; the first six
months have 31 days, the next five 30, and Esfand (Hut in Afghanistan) 29, or 30 in a leap
year. They differ in how they find the equinox:

- ``solar-hijri`` is Iran's official calendar (law of 1925; Afghanistan's too, with the
  zodiac month names): the year begins on the day whose apparent noon at 52.5 degrees east
  is the first at or after the moment of the March equinox. Its Nowruz dates for 1178-1700
  are computed from the Sun (``scripts/solar_hijri_table.py``, astronomy-engine) and agree
  with every year of the table the Iranian Calendar Center publishes (1206-1498). In four
  years the equinox falls within five minutes of noon (1470, 1503, 1536, 1602); in 1602,
  six seconds after it, so close that other estimates of the Earth's rotation put it
  before noon and begin the year a day earlier, as ICU 78 does.
- ``solar-hijri-33`` is the plain arithmetic calendar of most software (the 33-year rule:
  a year is a leap year when (25 × year + 11) mod 33 < 8; ``jdatetime``, older ICU). It
  agrees with the official calendar from 1178 to 1502; 1503, 1635 and 1668 begin a day
  later in it (the years before them are leap years in the official calendar instead).
  ICU from version 76 (BCP 47 ``persian`` in Node and Java) corrects those years with a
  table and so agrees with the official calendar over 1178-1700 except in 1602.

A Solar Hijri date is a :class:`~datelines.HijriDate` of this calendar (year, month, day),
as a lunar date is of the others.

>>> from datetime import date
>>> from datelines import get_calendar
>>> get_calendar("solar-hijri").to_hijri(date(2025, 9, 29))
HijriDate(1404, 7, 7)
>>> get_calendar("solar-hijri").first_day(1404, 1), get_calendar("persian").first_day(1404, 1)
(datetime.date(2025, 3, 21), datetime.date(2025, 3, 21))
>>> get_calendar("solar-hijri").first_day(1503, 1), get_calendar("solar-hijri-33").first_day(1503, 1)
(datetime.date(2124, 3, 20), datetime.date(2124, 3, 21))
"""

from __future__ import annotations

from bisect import bisect_right
from datetime import date

from ..hijri import HijriDate
from .base import Calendar

__all__ = ["SOLAR_HIJRI", "SOLAR_HIJRI_33", "SolarHijriCalendar", "differing_years"]

# Days before each month in a year: six of 31, five of 30, then Esfand.
_BEFORE = (0, 31, 62, 93, 124, 155, 186, 216, 246, 276, 306, 336)
# Day 1 of year 1 by the 33-year rule is 19 March 622 (Julian); with the rule's own
# (8 × year + 21) // 33 leap-day count, year y begins _EPOCH_33 + 365 (y - 1) + that - 1.
_EPOCH_33 = date(622, 3, 22).toordinal()


def _nowruz_33(year: int) -> int:
    """1 Farvardin of ``year`` by the 33-year rule, as a Gregorian ordinal."""
    return _EPOCH_33 + 365 * (year - 1) + (8 * year + 21) // 33 - 1


class SolarHijriCalendar(Calendar):
    """A Solar Hijri calendar: Nowruz of each year from a table or the 33-year rule."""

    __slots__ = ("_nowruz",)

    _nowruz: tuple[int, ...] | None  # table of Nowruz ordinals from _first_year, or the rule
    _era = "SH"  # (a trial: its range was said in AH years)

    def __init__(self, name: str, nowruz: tuple[int, ...] | None, first_year: int, last_year: int):
        object.__setattr__(self, "_nowruz", nowruz)
        if nowruz is None:
            first, last = _nowruz_33(first_year), _nowruz_33(last_year + 1) - 1
        else:
            first, last = nowruz[0], nowruz[last_year - first_year + 1] - 1
        super().__init__(name, first_year, last_year, first, last)

    def nowruz(self, year: int) -> date:
        """The Gregorian date of 1 Farvardin (Nowruz) of ``year``.

        >>> from datelines import get_calendar
        >>> get_calendar("solar-hijri").nowruz(1404)
        datetime.date(2025, 3, 21)
        """
        return self.first_day(year, 1)

    def is_leap(self, year: int) -> bool:
        """Whether Esfand of ``year`` has 30 days."""
        return self.year_length(year) == 366

    def _year_start(self, year: int) -> int:
        if self._nowruz is None:
            return _nowruz_33(year)
        return self._nowruz[year - self._first_year]

    def _month_start(self, year: int, month: int) -> int:
        return self._year_start(year) + _BEFORE[month - 1]

    def _locate(self, ordinal: int) -> HijriDate:
        if self._nowruz is None:
            year = (33 * (ordinal - _EPOCH_33) + 3) // 12053 + 1  # near enough; corrected below
            while _nowruz_33(year) > ordinal:
                year -= 1
            while _nowruz_33(year + 1) <= ordinal:
                year += 1
        else:
            year = self._first_year + bisect_right(self._nowruz, ordinal) - 1
        day_of_year = ordinal - self._year_start(year)
        month = bisect_right(_BEFORE, day_of_year)
        return HijriDate._trusted(year, month, day_of_year - _BEFORE[month - 1] + 1)

    def _month_name(self, month: int) -> str:
        from ..names.english import SOLAR_HIJRI_MONTHS

        return SOLAR_HIJRI_MONTHS[month - 1]

    def _range_hint(self) -> str:
        if self._nowruz is None:
            return ""
        return "; the arithmetic calendar 'solar-hijri-33' covers any date from 1 SH"


def _official() -> SolarHijriCalendar:
    from ._solar_tables import FIRST_YEAR, NOWRUZ

    return SolarHijriCalendar("solar-hijri", NOWRUZ, FIRST_YEAR, FIRST_YEAR + len(NOWRUZ) - 2)


SOLAR_HIJRI = _official()
SOLAR_HIJRI_33 = SolarHijriCalendar("solar-hijri-33", None, 1, 9377)


def differing_years() -> list[int]:
    """The years whose Nowruz differs between the official and the 33-year calendar.

    >>> differing_years()
    [1503, 1635, 1668]
    """
    return [
        year
        for year in SOLAR_HIJRI.years
        if SOLAR_HIJRI.first_day(year, 1) != SOLAR_HIJRI_33.first_day(year, 1)
    ]
