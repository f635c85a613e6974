"""The calendar protocol, as a base class that derives everything from two primitives.

A calendar subclass says where each month starts (``_month_start``) and which month holds
a given day (``_locate``); validation, month and year lengths, both conversions and their
error messages are written once, here, so every calendar behaves alike at its edges.

Days are handled as proleptic Gregorian ordinals (``date.toordinal()``): integer
arithmetic with no intermediate objects, which keeps conversion as cheap as a table lookup.
"""

from __future__ import annotations

import abc
from datetime import date

from ..errors import InvalidDateError, OutOfRangeError
from ..hijri import HijriDate

__all__ = ["Calendar"]

_CIVIL_EPOCH = date(622, 7, 19)  # 1 Muharram 1 AH in the civil tabular calendar (proleptic Gregorian)

DATE_MAX_ORDINAL = date.max.toordinal()

TYPE_CHECKING = False  # typing costs more to import than all of datelines' start-up
if TYPE_CHECKING:
    from .source import MonthSource


class Calendar(abc.ABC):
    """A Hijri calendar: conversion both ways, month and year lengths, and its range.

    Get one by name with :func:`datelines.get_calendar`; every calendar is immutable and
    safe to share between threads and to pickle.

    >>> from datelines import get_calendar
    >>> cal = get_calendar("umalqura")
    >>> cal.to_hijri(date(2016, 1, 20))
    HijriDate(1437, 4, 10)
    >>> cal.to_gregorian(HijriDate(1437, 4, 10))
    datetime.date(2016, 1, 20)
    >>> cal.month_length(1437, 2)
    29
    """

    __slots__ = ("_first_ordinal", "_first_year", "_last_ordinal", "_last_year", "_name")

    _name: str
    _first_year: int
    _last_year: int
    _first_ordinal: int
    _last_ordinal: int
    _era = "AH"  # the era its years are counted in, for messages

    def __init__(self, name: str, first_year: int, last_year: int, first: int, last: int):
        # Gregorian ordinals first..last are the days this calendar converts; years
        # first_year..last_year are those whose month lengths it can state (the last one
        # may end past date.max, as it does in the tabular calendars).
        object.__setattr__(self, "_name", name)
        object.__setattr__(self, "_first_year", first_year)
        object.__setattr__(self, "_last_year", last_year)
        object.__setattr__(self, "_first_ordinal", max(first, 1))
        object.__setattr__(self, "_last_ordinal", min(last, DATE_MAX_ORDINAL))

    # --- the two primitives -------------------------------------------------------------

    @abc.abstractmethod
    def _month_start(self, year: int, month: int) -> int:
        """Ordinal of day 1 of the month; also defined for month 1 of ``last_year + 1``."""

    @abc.abstractmethod
    def _locate(self, ordinal: int) -> HijriDate:
        """The Hijri date of an ordinal known to be within range."""

    def ymd(self, day: date) -> tuple[int, int, int]:
        """The Hijri (year, month, day) of ``day``, for writers that need only the numbers:
        :meth:`to_hijri` without building a :class:`HijriDate`."""
        hijri = self.to_hijri(day)
        return hijri.year, hijri.month, hijri.day

    def _month_name(self, month: int) -> str:
        """The month's English name, for messages."""
        from ..names.english import HIJRI_MONTHS  # only for messages: off the import path

        return HIJRI_MONTHS[month - 1]

    # --- the protocol -------------------------------------------------------------------

    @property
    def name(self) -> str:
        """The registry name (``"umalqura"``, ``"civil"``, ``"umalqura-1"`` …)."""
        return self._name

    @property
    def first_gregorian(self) -> date:
        """The first Gregorian day this calendar converts."""
        return date.fromordinal(self._first_ordinal)

    @property
    def last_gregorian(self) -> date:
        """The last Gregorian day this calendar converts."""
        return date.fromordinal(self._last_ordinal)

    @property
    def first(self) -> HijriDate:
        """The first Hijri day this calendar converts."""
        return self._locate(self._first_ordinal)

    @property
    def last(self) -> HijriDate:
        """The last Hijri day this calendar converts."""
        return self._locate(self._last_ordinal)

    @property
    def years(self) -> range:
        """The Hijri years whose month lengths this calendar knows."""
        return range(self._first_year, self._last_year + 1)

    def to_hijri(self, day: date) -> HijriDate:
        """The Hijri date of a Gregorian ``date`` (a ``datetime`` counts by its date)."""
        if not isinstance(day, date):
            # (a calendar's methods take dates, on the hot path of bulk and checking loops;
            # text is read by the module's functions, which a trial reached for first)
            hint = (
                "; datelines.to_hijri(text, calendar) reads YYYY-MM-DD text" if isinstance(day, str) else ""
            )
            raise TypeError(f"day must be a datetime.date, not {type(day).__name__}{hint}")
        ordinal = day.toordinal()
        if not self._first_ordinal <= ordinal <= self._last_ordinal:
            raise self._gregorian_out_of_range(day)
        return self._locate(ordinal)

    def to_gregorian(self, hijri: HijriDate) -> date:
        """The Gregorian date of a Hijri date that exists in this calendar."""
        if not isinstance(hijri, HijriDate):
            raise TypeError(f"hijri must be a HijriDate, not {type(hijri).__name__}")
        # HijriDate's fields are checked ints already: only this calendar's bounds remain.
        year, month, day = hijri.year, hijri.month, hijri.day
        if not self._first_year <= year <= self._last_year:
            self._check_month(year, month)  # raises the out-of-range error
        start = self._month_start(year, month)
        length = (
            self._month_start(year + 1, 1) if month == 12 else self._month_start(year, month + 1)
        ) - start
        if day > length:
            raise InvalidDateError(
                f"day {day} does not exist: {self._month_name(month)} {year} has {length} days "
                f"in {self._name} (day must be in 1..{length})",
                field="day",
                value=day,
                minimum=1,
                maximum=length,
            )
        ordinal = start + day - 1
        if not self._first_ordinal <= ordinal <= self._last_ordinal:
            raise self._hijri_out_of_range(hijri)
        return date.fromordinal(ordinal)

    def month_length(self, year: int, month: int) -> int:
        """Days in a month of this calendar (29 or 30; 28 or 31 in a few printed months)."""
        year, month = self._check_month(year, month)
        following = self._month_start(year + 1, 1) if month == 12 else self._month_start(year, month + 1)
        return following - self._month_start(year, month)

    def first_day(self, year: int, month: int) -> date:
        """The Gregorian date of the first day of a Hijri month of this calendar.

        >>> from datelines import get_calendar
        >>> get_calendar("umalqura").first_day(1445, 9)
        datetime.date(2024, 3, 11)
        """
        year, month = self._check_month(year, month)
        start = self._month_start(year, month)
        if not self._first_ordinal <= start <= self._last_ordinal:
            raise self._hijri_out_of_range(HijriDate._trusted(year, month, 1))
        return date.fromordinal(start)

    def last_day(self, year: int, month: int) -> date:
        """The Gregorian date of the last day of a Hijri month of this calendar.

        >>> from datelines import get_calendar
        >>> get_calendar("umalqura").last_day(1445, 9)
        datetime.date(2024, 4, 9)
        """
        year, month = self._check_month(year, month)
        end = (self._month_start(year + 1, 1) if month == 12 else self._month_start(year, month + 1)) - 1
        if not self._first_ordinal <= end <= self._last_ordinal:
            raise self._hijri_out_of_range(
                HijriDate._trusted(year, month, end - self._month_start(year, month) + 1)
            )
        return date.fromordinal(end)

    def month_source(self, year: int, month: int) -> MonthSource:
        """Whether the month's start is announced, published or computed.

        >>> from datelines import get_calendar
        >>> get_calendar("umalqura").month_source(1445, 9).kind, get_calendar("civil").month_source(1445, 9).kind
        ('published', 'computed')
        """
        from .source import MonthSource

        self._check_month(year, month)
        return MonthSource("computed", self._name)

    def year_length(self, year: int) -> int:
        """Days in a year of this calendar (354 or 355 in the arithmetic ones)."""
        year, _ = self._check_month(year, 1)
        return self._month_start(year + 1, 1) - self._month_start(year, 1)

    def add_days(self, hijri: HijriDate, days: int) -> HijriDate:
        """The Hijri date ``days`` after ``hijri`` (before it, for a negative number), counted in
        this calendar's days.

        >>> from datelines import HijriDate, get_calendar
        >>> get_calendar("umalqura").add_days(HijriDate(1446, 8, 29), 1)
        HijriDate(1446, 9, 1)
        """
        if isinstance(days, bool) or not isinstance(days, int):
            raise TypeError(f"days must be an int, not {type(days).__name__}")
        ordinal = self.to_gregorian(hijri).toordinal() + days
        if not self._first_ordinal <= ordinal <= self._last_ordinal:
            raise self._gregorian_out_of_range(date.fromordinal(max(1, min(ordinal, date.max.toordinal()))))
        return self._locate(ordinal)

    def add_months(self, hijri: HijriDate, months: int) -> HijriDate:
        """The same day ``months`` Hijri months later (earlier, for a negative number): a
        contract's end, an age in lunar months. A day the month lacks is its last day (30
        Rajab, a month on, is 29 Sha'ban where Sha'ban has 29 days), as date libraries do for
        the 31st of a month.

        >>> from datelines import HijriDate, get_calendar
        >>> umalqura = get_calendar("umalqura")
        >>> umalqura.add_months(HijriDate(1446, 7, 30), 1), umalqura.add_months(HijriDate(1446, 3, 15), 12)
        (HijriDate(1446, 8, 29), HijriDate(1447, 3, 15))
        """
        if isinstance(months, bool) or not isinstance(months, int):
            raise TypeError(f"months must be an int, not {type(months).__name__}")
        self.to_gregorian(hijri)  # (a date of this calendar's)
        count = hijri.year * 12 + hijri.month - 1 + months
        year, month = divmod(count, 12)
        month += 1
        self._check_month(year, month)
        found = HijriDate(year, month, min(hijri.day, self.month_length(year, month)))
        self.to_gregorian(found)  # (past the calendar's last day, in its last year: out of range; a law)
        return found

    def days_between(self, start: HijriDate, end: HijriDate) -> int:
        """Days from ``start`` to ``end`` in this calendar (negative when ``end`` is earlier).

        >>> from datelines import HijriDate, get_calendar
        >>> get_calendar("umalqura").days_between(HijriDate(1446, 9, 1), HijriDate(1446, 10, 1))
        29
        """
        return self.to_gregorian(end).toordinal() - self.to_gregorian(start).toordinal()

    def is_valid(self, hijri: HijriDate) -> bool:
        """Whether the date exists and is within this calendar's range."""
        try:
            self.to_gregorian(hijri)
        except (InvalidDateError, OutOfRangeError):
            return False
        return True

    # --- shared helpers -----------------------------------------------------------------

    def _check_month(self, year: int, month: int) -> tuple[int, int]:
        for field, value in (("year", year), ("month", month)):
            if isinstance(value, bool) or not isinstance(value, int):
                raise TypeError(f"{field} must be an int, not {type(value).__name__}")
        if not 1 <= month <= 12:
            raise InvalidDateError(
                f"month must be in 1..12, got {month}", field="month", value=month, minimum=1, maximum=12
            )
        if not self._first_year <= year <= self._last_year:
            raise OutOfRangeError(
                f"year {year} {self._era} is outside the {self._name} calendar, which covers "
                f"{self._first_year}..{self._last_year} {self._era} ({self._range_text()})"
                # (a trial: a librarian's dates of 1250 AH were refused without a word of one
                # that has them, though a Gregorian date out of range had it)
                f"{self._range_hint()}",
                calendar=self._name,
                value=year,
                first=self._first_year,
                last=self._last_year,
            )
        return int(year), int(month)

    def _range_text(self) -> str:
        return (
            f"{self.first.isoformat()} to {self.last.isoformat()} {self._era}, "
            f"{self.first_gregorian.isoformat()} to {self.last_gregorian.isoformat()}"
        )

    def _gregorian_out_of_range(self, day: date) -> OutOfRangeError:
        return OutOfRangeError(
            f"{day.isoformat()} is outside the {self._name} calendar, which covers "
            f"{self.first_gregorian.isoformat()} to {self.last_gregorian.isoformat()}"
            f"{self._gregorian_hint(day)}",
            calendar=self._name,
            value=day,
            first=self.first_gregorian,
            last=self.last_gregorian,
        )

    def _hijri_out_of_range(self, hijri: HijriDate) -> OutOfRangeError:
        return OutOfRangeError(
            f"{hijri.isoformat()} {self._era} is outside the {self._name} calendar, which covers "
            f"{self.first.isoformat()} to {self.last.isoformat()} {self._era}{self._range_hint()}",
            calendar=self._name,
            value=hijri,
            first=self.first,
            last=self.last,
        )

    def _range_hint(self) -> str:
        return "; the tabular calendar 'civil' covers any date from 1 AH"

    def _gregorian_hint(self, day: date) -> str:
        """The hint for a Gregorian day out of range: no lunar calendar counts a day before
        the Hijra (1 Muharram 1 AH, 622-07-19 as the proleptic Gregorian calendar has it)."""
        hint = self._range_hint()
        if "'civil'" in hint and day < _CIVIL_EPOCH:
            return "; no Hijri calendar counts a day before 1 Muharram 1 AH (622-07-19)"
        return hint

    def __reduce__(self) -> tuple[object, ...]:
        # Registered calendars (and offsets of them) are rebuilt from their name, so a
        # pickled calendar stays one object per process and carries no table with it.
        from . import get_calendar

        return (get_calendar, (self._name,))

    def __setattr__(self, name: str, value: object) -> None:
        raise AttributeError(f"cannot assign to {name!r}: calendars are immutable")

    def __repr__(self) -> str:
        return f"<{type(self).__name__} {self._name!r}>"
