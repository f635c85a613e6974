"""The Rumi calendar: the Ottoman fiscal (mali) calendar of 1840-1925.

Ottoman papers, decrees and registers of the Tanzimat and after date a day twice: in the
Hijri calendar and in the Rumi one ("15 Şaban 1326 / 29 Ağustos 1324", 11 September 1908).
Its months are the Julian ones, named in Turkish (Mart … Şubat, Teşrin-i evvel for October),
and its years are counted from the Hijra's year in solar years: the Julian year less 584.

- From 1 Mart 1256 (13 March 1840) to 15 Şubat 1332 (28 February 1917) it is the Julian
  calendar, each year beginning on 1 March: March to December of Julian year Y are of Rumi
  year Y - 584, January and February of Y - 585.
- The law of 1917 made its days Gregorian: 16 Şubat 1332 became 1 Mart 1333 (1 March 1917).
  Year 1333 ran to the end of December, and from 1334 (1918) each year begins on 1 January,
  the Gregorian year less 584, until the Gregorian calendar replaced it on 1 January 1926.

Sources (facts only): Bilâl Tunç, "Rûmî takvim hatırlamaları", Yeni Asya, 25 January 2015
(yeniasya.com.tr/elif/rumi-takvim-hatirlamalari_317136: 1 Mart 1256 = 13 March 1840, 15
Şubat 1332 = 28 February 1917, the Gregorian Rumi calendar from 1 Mart 1917); Turkish
Wikipedia, "Rumi takvim" (the months; 1334 beginning on 1 January 1918).
"""

from __future__ import annotations

from calendar import monthrange
from datetime import date
from typing import Final

from ..errors import InvalidDateError, OutOfRangeError
from .julian import julian_month_length, julian_to_ordinal, ordinal_to_julian

__all__ = ["FIRST", "LAST", "RUMI_YEARS", "gregorian_to_rumi", "rumi_to_gregorian"]

FIRST: Final = date(1840, 3, 13)  # 1 Mart 1256
LAST: Final = date(1925, 12, 31)  # 31 Kanun-i evvel 1341
RUMI_YEARS: Final = range(1256, 1342)
_JULIAN_END: Final = (1332, 2, 15)  # 15 Şubat 1332, 28 February 1917: the last Julian day
_GREGORIAN_START: Final = date(1917, 3, 1)  # 1 Mart 1333
_YEAR_STARTS_IN_JANUARY: Final = 1334  # 1 Kanun-i sani 1334, 1 January 1918


def rumi_to_gregorian(year: int, month: int, day: int) -> date:
    """The day a Rumi date names (``month`` counted as the Gregorian months are: Mart is 3).

    >>> rumi_to_gregorian(1256, 3, 1), rumi_to_gregorian(1324, 8, 29), rumi_to_gregorian(1332, 2, 15)
    (datetime.date(1840, 3, 13), datetime.date(1908, 9, 11), datetime.date(1917, 2, 28))
    >>> rumi_to_gregorian(1333, 3, 1), rumi_to_gregorian(1341, 12, 31)
    (datetime.date(1917, 3, 1), datetime.date(1925, 12, 31))
    """
    if year not in RUMI_YEARS:
        raise OutOfRangeError(
            f"Rumi year {year} is outside the Rumi calendar ({RUMI_YEARS[0]}–{RUMI_YEARS[-1]}, 1840–1925)",
            calendar="rumi",
            value=year,
            first=(1256, 3, 1),
            last=(1341, 12, 31),
        )
    if not 1 <= month <= 12:
        raise InvalidDateError(
            f"month must be in 1..12, got {month}", field="month", value=month, minimum=1, maximum=12
        )
    if year < 1333 or (year, month, day) <= _JULIAN_END:
        julian_year = year + 584 if month >= 3 else year + 585
        length = 15 if (year, month) == (1332, 2) else julian_month_length(julian_year, month)
        if not 1 <= day <= length:
            # (16-28 Şubat 1332 were skipped: the Julian Rumi days end on the 15th)
            raise InvalidDateError(
                f"day {day} does not exist: {_month_words(year, month)} has {length} days"
                + (" (16-28 Şubat 1332 were skipped in 1917, for the Gregorian calendar)" if length == 15 else ""),
                field="day", value=day, minimum=1, maximum=length,
            )  # fmt: skip
        return date.fromordinal(julian_to_ordinal(julian_year, month, day))
    if year == 1333 and month < 3:
        raise InvalidDateError(
            f"month must be in 3..12 in 1333, which began on 1 Mart (1 March 1917), got {month}",
            field="month",
            value=month,
            minimum=3,
            maximum=12,
        )
    length = monthrange(year + 584, month)[1]
    if not 1 <= day <= length:
        raise InvalidDateError(
            f"day {day} does not exist: {_month_words(year, month)} has {length} days",
            field="day", value=day, minimum=1, maximum=length,
        )  # fmt: skip
    return date(year + 584, month, day)


def _month_words(year: int, month: int) -> str:
    from ..names.output import RUMI_MONTHS

    return f"{RUMI_MONTHS[month - 1]} {year}"


def gregorian_to_rumi(day: date) -> tuple[int, int, int]:
    """The Rumi (year, month, day) of a day from 13 March 1840 to 31 December 1925.

    >>> gregorian_to_rumi(date(1908, 9, 11)), gregorian_to_rumi(date(1917, 2, 28)), gregorian_to_rumi(date(1918, 1, 1))
    ((1324, 8, 29), (1332, 2, 15), (1334, 1, 1))
    """
    if not FIRST <= day <= LAST:
        raise OutOfRangeError(
            f"{day.isoformat()} is outside the Rumi calendar (1840-03-13 to 1925-12-31)",
            calendar="rumi",
            value=day,
            first=FIRST,
            last=LAST,
        )
    if day >= _GREGORIAN_START:
        return (day.year - 584 if day.year >= 1918 else 1333, day.month, day.day)
    year, month, of_month = ordinal_to_julian(day.toordinal())
    return (year - 584 if month >= 3 else year - 585, month, of_month)
