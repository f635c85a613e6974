"""``umalqura-icu``: the Umm al-Qura table of ICU and CLDR (1300-1600 AH).

This is what Java, every browser's ``Intl`` and ICU-based tools print for the
``islamic-umalqura`` calendar. It agrees with ``umalqura`` (``hijridate``) over
1420-1450 AH and differs on many days outside it, so a newsroom whose web front end
formats dates with ``Intl`` should convert on this calendar to match it.
"""

from __future__ import annotations

from ._icu_umalqura import FIRST_YEAR, MONTH_STARTS
from .table import TableCalendar

__all__ = ["UMALQURA_ICU"]

UMALQURA_ICU = TableCalendar("umalqura-icu", FIRST_YEAR, MONTH_STARTS)
