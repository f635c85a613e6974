"""Calendars computed from a crescent criterion (see :mod:`.criteria`), 1300–1600 AH.

The month starts of each criterion at its usual place are computed once, by
``scripts/computed_calendars.py``, and shipped (``_computed_tables.py``): converting costs a
table look-up and needs no astronomy. At another place (``get_calendar("mabims",
place="Kuala Lumpur")``) a year of month starts is computed when first asked for, and kept.

A local criterion makes each month depend on the one before (the 29th is tested), so the
months of a year are a chain: 1 Muharram comes from a chain begun a year earlier at a
guess (the conjunction's evening), which it forgets within a few months, and the other
months follow from it. Every year is computed the same way, whatever was asked before, so
the answers never depend on the order of the questions; the shipped tables are made so too,
and ``tests/calendars/test_computed.py`` recomputes years of them.
"""

from __future__ import annotations

import threading
from bisect import bisect_right
from datetime import date, timedelta

from ..hijri import HijriDate
from .base import Calendar
from .criteria import CRITERIA, Criterion
from .places import Place
from .tabular import CIVIL

__all__ = ["FIRST_YEAR", "LAST_YEAR", "TABLE_KEYS", "ComputedCalendar", "computed_calendar", "table_key"]

FIRST_YEAR = 1300
LAST_YEAR = 1600
# Where each criterion is used with a shipped table: its own place first, then the places
# of the authorities that compute by it (datelines.calendars.authorities).
SHIPPED_PLACES = {
    "umalqura-rule": ("Mecca",),
    "mabims": ("Banda Aceh", "Kuala Lumpur", "Bandar Seri Begawan", "Singapore"),
    "wujudul-hilal": ("Yogyakarta", "Cairo"),
    "odeh": ("Mecca", "Tehran", "Rabat", "Cairo", "Karachi", "Delhi", "Dhaka", "Colombo", "Polokwane"),
    "odeh-b": ("Mecca", "Rabat"),
    "khgt": ("UTC",),
    "fcna": ("Washington",),
}


def table_key(name: str, place: Place) -> str:
    """ "mabims", or "mabims@kuala-lumpur" where the place is not the criterion's own."""
    if place == CRITERIA[name].place:
        return name
    return f"{name}@{place.name.lower().replace(' ', '-')}"


TABLE_KEYS = tuple(
    name if index == 0 else f"{name}@{place.lower().replace(' ', '-')}"
    for name, places in SHIPPED_PLACES.items()
    for index, place in enumerate(places)
)


def _local_day(ut: float, place: Place) -> date:
    """The civil day at ``place`` (by its mean solar time) of a J2000 instant."""
    return date.fromordinal(int(ut + date(2000, 1, 1).toordinal() + 0.5 + place.longitude / 360))


class ComputedCalendar(Calendar):
    """A Hijri calendar whose months begin as ``criterion`` decides at ``place``."""

    __slots__ = ("_criterion", "_lock", "_place", "_table", "_years")

    _criterion: Criterion
    _place: Place
    _table: tuple[int, ...] | None
    _years: dict[int, tuple[int, ...]]
    _lock: threading.Lock

    def __init__(
        self, criterion: Criterion, place: Place | None = None, table: tuple[int, ...] | None = None
    ):
        place = criterion.place if place is None else place
        name = criterion.name if place == criterion.place else f"{criterion.name}@{place.name}"
        object.__setattr__(self, "_criterion", criterion)
        object.__setattr__(self, "_place", place)
        object.__setattr__(self, "_table", table)
        object.__setattr__(self, "_years", {})  # a cache: Hijri year -> its 13 month starts
        object.__setattr__(self, "_lock", threading.Lock())
        # The range's ends, from the table, or computed (once, when the calendar is made).
        first = table[0] if table is not None else year_starts(criterion, place, FIRST_YEAR)[0]
        last = table[-1] - 1 if table is not None else year_starts(criterion, place, LAST_YEAR + 1)[0] - 1
        super().__init__(name, FIRST_YEAR, LAST_YEAR, first, last)

    @property
    def criterion(self) -> str:
        """The criterion's name (``mabims``, ``khgt`` …)."""
        return self._criterion.name

    @property
    def place(self) -> Place:
        """Where the criterion is tested (for a global criterion, the civil day's reference)."""
        return self._place

    @property
    def description(self) -> str:
        return self._criterion.description

    def _month_start(self, year: int, month: int) -> int:
        if self._table is not None:
            return self._table[(year - FIRST_YEAR) * 12 + month - 1]
        return self._year(year)[month - 1]

    def _locate(self, ordinal: int) -> HijriDate:
        if self._table is not None:
            index = bisect_right(self._table, ordinal) - 1
            years, month = divmod(index, 12)
            return HijriDate._trusted(FIRST_YEAR + years, month + 1, ordinal - self._table[index] + 1)
        year = CIVIL._locate(ordinal).year
        for candidate in (year, year - 1, year + 1):
            if not FIRST_YEAR <= candidate <= LAST_YEAR:
                continue
            starts = [self._month_start(candidate, m) for m in range(1, 13)]
            if starts[0] <= ordinal < self._month_start(candidate + 1, 1):
                month = max(m for m in range(12) if starts[m] <= ordinal)
                return HijriDate._trusted(candidate, month + 1, ordinal - starts[month] + 1)
        raise AssertionError(f"ordinal {ordinal} is in no year")  # the range is checked before

    # --- computing ---------------------------------------------------------------------------

    def _year(self, year: int) -> tuple[int, ...]:
        found = self._years.get(year)
        if found is None:
            with self._lock:
                found = self._years.get(year)
                if found is None:
                    found = self._years[year] = year_starts(self._criterion, self._place, year)
        return found

    def __reduce__(self) -> tuple[object, ...]:
        return (computed_calendar, (self._criterion.name, self._place))


def year_starts(criterion: Criterion, place: Place, year: int) -> tuple[int, ...]:
    """The ordinals of the twelve month starts of ``year`` under ``criterion`` at ``place``."""
    if criterion.kind == "global":
        return tuple(_anchored(criterion, place, year, month) for month in range(1, 13))
    start = _anchored(criterion, place, year - 1, 1)
    for _ in range(12):  # a year of chain, to forget the guess
        start = _next(criterion, place, start, year - 1)
    starts = [start]
    for _ in range(11):
        starts.append(_next(criterion, place, starts[-1], year))
    return tuple(starts)


def _next(criterion: Criterion, place: Place, start: int, year: int) -> int:
    """The start of the month after the one that began on ``start``: its 29th is tested."""
    day = date.fromordinal(start + 28)
    return start + (29 if criterion.test(day, place, year) else 30)


def _anchored(criterion: Criterion, place: Place, year: int, month: int) -> int:
    """A month's start from its conjunction alone: the day after the first evening, on or
    after the conjunction's day, on which the criterion is met."""
    from . import astro

    estimate = CIVIL._month_start(year, month)  # the tabular calendar is within two days
    conjunction = astro.new_moon_near(astro.to_ut(date.fromordinal(estimate)) + 1.5)
    day = _local_day(conjunction, place)
    ending = year if month > 1 else year - 1  # the Hijri year of the month that ends
    for _ in range(4):
        if criterion.test(day, place, ending):
            return day.toordinal() + 1
        day += timedelta(days=1)
    return day.toordinal()


def computed_calendar(name: str, place: Place | None = None) -> ComputedCalendar:
    """The calendar of a criterion (see :mod:`.criteria`), at its usual place or another:
    from the shipped table where there is one, else computed as it is used."""
    criterion = CRITERIA[name]
    place = criterion.place if place is None else place
    key = table_key(name, place)
    with _SHIPPED_LOCK:
        found = _SHIPPED.get(key)
        if found is not None:
            return found
        from ._computed_tables import TABLES

        shipped = TABLES.get(key)
        if shipped is None:
            # Kept too (a few, the oldest let go): each is costly to make (its range's ends
            # computed), and keeps the months it computes for the next call.
            found = _COMPUTED.get(key)
            if found is None:
                if len(_COMPUTED) >= _COMPUTED_MAX:
                    del _COMPUTED[next(iter(_COMPUTED))]
                found = _COMPUTED[key] = ComputedCalendar(criterion, place)
            return found
        first, lengths = shipped
        starts = [first]
        for digit in lengths:
            starts.append(starts[-1] + (29 if digit == "9" else 30))
        found = _SHIPPED[key] = ComputedCalendar(criterion, place, table=tuple(starts))
        return found


# One calendar object per shipped table, made on first use and shared: it is immutable.
_SHIPPED: dict[str, ComputedCalendar] = {}
_SHIPPED_LOCK = threading.Lock()
# Calendars computed at places without a shipped table, by table key, in the order made.
_COMPUTED: dict[str, ComputedCalendar] = {}
_COMPUTED_MAX = 32
