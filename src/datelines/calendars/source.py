"""Where a month's start comes from (see :meth:`datelines.Calendar.month_source`)."""

from __future__ import annotations

from typing import Literal, NamedTuple

__all__ = ["MonthSource"]


class MonthSource(NamedTuple):
    """Where a month's start comes from: ``announced`` by an authority, ``published`` in a
    printed or official calendar, ``listed`` (inferred from a public-holiday list's date
    for a lesser feast, or one a list asserts for a range of years: weaker than an
    announcement, and once wrong where checked: Brunei's and Malaysia's Dhu al-Hijjah 1432),
    or ``computed`` by a rule; ``detail`` says which."""

    kind: Literal["announced", "published", "listed", "computed"]
    detail: str
