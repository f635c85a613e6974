"""The Julian calendar, for the western half of historical datelines.

Sources written before the Gregorian reform (15 October 1582, and much later in Britain,
Russia or the Ottoman Empire) give the western date in the Julian calendar: "27 Rajab 583
AH / 2 October 1187" means the day Gregorian reckoning calls 9 October 1187. Days are
counted as everywhere in datelines, by proleptic Gregorian ordinal (``date.toordinal()``).
"""

from __future__ import annotations

from datetime import date

__all__ = ["REFORM", "julian_month_length", "julian_to_ordinal", "ordinal_to_julian"]

# The first day of the Gregorian calendar: 15 October 1582 followed 4 October 1582 (Julian).
REFORM = date(1582, 10, 15)
_EPOCH = 1721425  # Julian Day Number of ordinal 0 (date.toordinal() + _EPOCH = JDN)


def julian_month_length(year: int, month: int) -> int:
    """Days in a month of the Julian calendar (every fourth year is a leap year).

    >>> julian_month_length(1700, 2), julian_month_length(1582, 10)
    (29, 31)
    """
    if month == 2:
        return 29 if year % 4 == 0 else 28
    return 30 if month in (4, 6, 9, 11) else 31


def julian_to_ordinal(year: int, month: int, day: int) -> int:
    """The proleptic Gregorian ordinal of a Julian date (day 1 of the month counted from
    its first; a day past the month's end counts on).

    >>> date.fromordinal(julian_to_ordinal(1582, 10, 5)), date.fromordinal(julian_to_ordinal(1187, 10, 2))
    (datetime.date(1582, 10, 15), datetime.date(1187, 10, 9))
    """
    shift = (14 - month) // 12
    y = year + 4800 - shift
    m = month + 12 * shift - 3
    return day + (153 * m + 2) // 5 + 365 * y + y // 4 - 32083 - _EPOCH


def ordinal_to_julian(ordinal: int) -> tuple[int, int, int]:
    """The Julian (year, month, day) of a proleptic Gregorian ordinal.

    >>> ordinal_to_julian(date(1582, 10, 15).toordinal())
    (1582, 10, 5)
    """
    c = ordinal + _EPOCH + 32082
    d = (4 * c + 3) // 1461
    e = c - 1461 * d // 4
    m = (5 * e + 2) // 153
    return d - 4800 + m // 10, m + 3 - 12 * (m // 10), e - (153 * m + 2) // 5 + 1
