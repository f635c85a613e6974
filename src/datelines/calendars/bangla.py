"""The Bengali calendar of Bangladesh (Bangabda, বঙ্গাব্দ): ``bangla`` and ``bangla-1987``.

Bangladeshi newspapers print three dates at the head of a page, "ঢাকা, শনিবার, ২০ জানুয়ারি
২০২৪, ০৬ মাঘ ১৪৩০, ০৮ রজব ১৪৪৫": Gregorian, Bengali and Hijri. Bangladesh's Bengali
calendar is arithmetic and tied to the Gregorian one: every year begins on 14 April
(Pohela Boishakh), year Y on 14 April of Y + 593, and its leap day falls in Falgun
(mid-February to mid-March) when that February has 29 days. Its twelve months are
Boishakh, Jyoishtho, Asharh, Shrabon, Bhadro, Ashwin, Kartik, Agrahayon, Poush, Magh,
Falgun and Chaitra.

- ``bangla`` is the official calendar: the Bangla Academy's revision adopted in 1987
  (Boishakh to Bhadro 31 days, the other seven months 30, Falgun 31 in a leap year) until
  1425, and from 1426 the revision the government made official on 16 October 2019
  (Boishakh to Ashwin 31 days, Kartik to Magh and Chaitra 30, Falgun 29, or 30 in a leap
  year), which keeps 21 February on 8 Falgun, 26 March on 12 Chaitra and 16 December on
  1 Poush every year (bdnews24, "Bangladesh reworks Bangla calendar to match national days
  with West", 16 October 2019; Bangla Academy).
- ``bangla-1987`` is the 1987 rule alone, carried on past 1425: the date some newspapers
  and calendars still printed after the change ("Some newspapers ... published Wednesday's
  issues with the Bangla date as Kartik 1", bdnews24, 16 October 2019), which the checker
  names when a line follows it.

Both begin at 1 Boishakh 1394 (14 April 1987): before that year Bangladesh kept the
traditional sidereal calendar, as West Bengal in India still does; neither calendar here
is West Bengal's. A Bengali date is a :class:`~datelines.HijriDate` of this calendar
(year, month, day), as a Solar Hijri date is of the Solar Hijri calendar.

>>> from datetime import date
>>> from datelines import get_calendar
>>> get_calendar("bangla").to_hijri(date(2024, 1, 20))
HijriDate(1430, 10, 6)
>>> get_calendar("bangla").to_hijri(date(2019, 10, 17)), get_calendar("bangla-1987").to_hijri(date(2019, 10, 17))
(HijriDate(1426, 7, 1), HijriDate(1426, 7, 2))
>>> get_calendar("bangla").month_length(1430, 11), get_calendar("bangla").month_length(1430, 6)
(30, 31)
"""

from __future__ import annotations

from bisect import bisect_right
from datetime import date

from ..hijri import HijriDate
from .base import Calendar

__all__ = ["BANGLA", "BANGLA_1987", "REVISED_FROM", "BanglaCalendar"]

# Days before each month: the 1987 rule (five months of 31) and the 2019 rule (six of 31,
# Falgun 29); a leap day lengthens Falgun, so only Chaitra's start moves with it.
_BEFORE_1987 = (0, 31, 62, 93, 124, 155, 185, 215, 245, 275, 305, 335)
_BEFORE_2019 = (0, 31, 62, 93, 124, 155, 186, 216, 246, 276, 306, 335)
REVISED_FROM = 1426  # the first year counted by the 2019 rule (made official in its Ashwin)
FIRST_YEAR = 1394  # 14 April 1987: the year the 1987 revision was adopted
LAST_YEAR = 9405  # its Chaitra ends on 13 April 9999
_OFFSET = 593  # year Y begins on 14 April of Y + 593


def _is_leap(year: int) -> bool:
    """Whether Falgun of Bengali ``year`` (February–March of ``year`` + 594) has its leap day."""
    g = year + _OFFSET + 1
    return g % 4 == 0 and (g % 100 != 0 or g % 400 == 0)


class BanglaCalendar(Calendar):
    """Bangladesh's Bengali calendar: years from 14 April, months by a fixed rule."""

    __slots__ = ("_revised_from",)

    _revised_from: int  # the first year of the 2019 rule (past the range: the 1987 rule only)
    _era = "BS"

    def __init__(self, name: str, revised_from: int):
        object.__setattr__(self, "_revised_from", revised_from)
        first = date(FIRST_YEAR + _OFFSET, 4, 14).toordinal()
        last = date(LAST_YEAR + _OFFSET + 1, 4, 13).toordinal()
        super().__init__(name, FIRST_YEAR, LAST_YEAR, first, last)

    def is_leap(self, year: int) -> bool:
        """Whether Falgun of ``year`` has its leap day (the year has 366 days).

        >>> from datelines import get_calendar
        >>> get_calendar("bangla").is_leap(1430), get_calendar("bangla").is_leap(1431)
        (True, False)
        """
        return self.year_length(year) == 366

    def _year_start(self, year: int) -> int:
        return date(year + _OFFSET, 4, 14).toordinal()

    def _before(self, year: int) -> tuple[int, ...]:
        return _BEFORE_2019 if year >= self._revised_from else _BEFORE_1987

    def _month_start(self, year: int, month: int) -> int:
        start = self._year_start(year) + self._before(year)[month - 1]
        return start + 1 if month == 12 and _is_leap(year) else start

    def _locate(self, ordinal: int) -> HijriDate:
        day = date.fromordinal(ordinal)
        year = day.year - _OFFSET - (1 if (day.month, day.day) < (4, 14) else 0)
        day_of_year = ordinal - self._year_start(year)
        before = self._before(year)
        leap_day = 1 if _is_leap(year) and day_of_year >= before[11] else 0  # Falgun's 30th/31st on
        month = bisect_right(before, day_of_year - leap_day)
        return HijriDate._trusted(year, month, ordinal - self._month_start(year, month) + 1)

    def _month_name(self, month: int) -> str:
        from ..names.english import BANGLA_MONTHS

        return BANGLA_MONTHS[month - 1]

    def _range_hint(self) -> str:
        return "; Bangladesh kept the traditional Bengali calendar before 1394 BS"

    def _gregorian_hint(self, day: date) -> str:
        return self._range_hint() if day.toordinal() < self._first_ordinal else ""


BANGLA = BanglaCalendar("bangla", REVISED_FROM)
BANGLA_1987 = BanglaCalendar("bangla-1987", LAST_YEAR + 1)
