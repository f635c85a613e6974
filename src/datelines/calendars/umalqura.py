"""``umalqura``: the published Umm al-Qura calendar, from the ``hijridate`` package.

``hijridate`` keeps the table as Reduced Julian Day numbers of month starts for
1343-1500 AH (1924-08-01 to 2077-11-16), following the printed Umm al-Qura mastheads: a
few months in 1343-1364 AH have 28 or 31 days, and we keep them as printed. Imported only
when first used: ``import hijridate`` costs more than the rest of ``import datelines``.
"""

from __future__ import annotations

from hijridate import ummalqura

from .table import TableCalendar

__all__ = ["UMALQURA"]

# RJD = JDN - 2400000, and JDN = ordinal + 1721425.
_RJD_TO_ORDINAL = 2400000 - 1721425

UMALQURA = TableCalendar(
    "umalqura",
    ummalqura.HIJRI_OFFSET // 12 + 1,
    tuple(rjd + _RJD_TO_ORDINAL for rjd in ummalqura.MONTH_STARTS),
)
