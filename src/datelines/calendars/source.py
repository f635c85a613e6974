"""Where a month's start comes from (see :meth:`datelines.Calendar.month_source`)."""

from __future__ import annotations

from typing import Literal, NamedTuple

__all__ = ["MonthSource"]


class MonthSource(NamedTuple):
    """Where a month's start comes from: ``announced`` by an authority, ``published`` in a
    printed or official calendar, or ``computed`` by a rule; ``detail`` says which."""

    kind: Literal["announced", "published", "computed"]
    detail: str
