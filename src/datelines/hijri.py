"""HijriDate: the value type for a date in a Hijri calendar.

Written by hand rather than as a dataclass: ``import datelines`` must stay under 30 ms,
and the ``dataclasses`` module alone (with ``inspect`` behind it) costs about that much
to import. The class behaves as ``dataclass(frozen=True, slots=True, order=True)`` would.
"""

from __future__ import annotations

import re

from .errors import InvalidDateError, ParseError

__all__ = ["HijriDate"]

TYPE_CHECKING = False

# Bounds that hold in every calendar we know. A calendar checks the real ones when it is
# asked about a date: the printed Umm al-Qura table has months of 28 and 31 days.
MIN_YEAR = 1
MAX_YEAR = 9999
MAX_DAY = 31

_set = object.__setattr__


def _check_int(name: str, value: object) -> int:
    # bool is an int subclass, but True as a day is always a mistake.
    if type(value) is not int:
        if isinstance(value, int) and not isinstance(value, bool):
            return int(value)
        raise TypeError(f"{name} must be an int, not {type(value).__name__}")
    return value


class HijriDate:
    """A Hijri date: year, month (1-12) and day, in no particular Hijri calendar.

    Immutable, hashable and ordered by (year, month, day). Whether the day exists (30 Safar
    1437 does not in Umm al-Qura) is checked when a calendar is asked about the date.

    >>> d = HijriDate(1437, 4, 10)
    >>> d
    HijriDate(1437, 4, 10)
    >>> d.isoformat()
    '1437-04-10'
    >>> d < HijriDate(1437, 5, 1)
    True
    >>> d.replace(day=11)
    HijriDate(1437, 4, 11)
    >>> HijriDate(1437, 13, 1)
    Traceback (most recent call last):
    ...
    datelines.errors.InvalidDateError: month must be in 1..12, got 13
    """

    __match_args__ = ("year", "month", "day")
    # Read-only to type checkers as they are at run time (a trial: mypy let "h.year = 5"
    # pass, which then raised): properties to mypy, slots to Python, which reads them faster.
    if TYPE_CHECKING:

        @property
        def year(self) -> int:
            """The year (1-9999)."""

        @property
        def month(self) -> int:
            """The month, 1 (Muharram) to 12 (Dhu al-Hijjah)."""

        @property
        def day(self) -> int:
            """The day of the month (1-31: the printed Umm al-Qura table has months of 31)."""
    else:
        __slots__ = ("day", "month", "year")

    def __init__(self, year: int, month: int, day: int) -> None:
        year = _check_int("year", year)
        month = _check_int("month", month)
        day = _check_int("day", day)
        for field, value, low, high in (
            ("year", year, MIN_YEAR, MAX_YEAR),
            ("month", month, 1, 12),
            ("day", day, 1, MAX_DAY),
        ):
            if not low <= value <= high:
                raise InvalidDateError(
                    f"{field} must be in {low}..{high}, got {value}",
                    field=field,
                    value=value,
                    minimum=low,
                    maximum=high,
                )
        _set(self, "year", year)
        _set(self, "month", month)
        _set(self, "day", day)

    @classmethod
    def _trusted(cls, year: int, month: int, day: int) -> HijriDate:
        """Build without validation: for calendars, whose output is valid by construction."""
        self = object.__new__(cls)
        _set(self, "year", year)
        _set(self, "month", month)
        _set(self, "day", day)
        return self

    @classmethod
    def fromisoformat(cls, text: str) -> HijriDate:
        """Read ``YYYY-MM-DD`` (ASCII digits, as :meth:`isoformat` writes it).

        >>> HijriDate.fromisoformat("1437-04-10")
        HijriDate(1437, 4, 10)
        """
        if not isinstance(text, str):
            raise TypeError(f"text must be a str, not {type(text).__name__}")
        if len(text) != 10 or text[4] != "-" or text[7] != "-":
            short = re.fullmatch(r"([0-9]{1,4})-([0-9]{1,2})-([0-9]{1,2})", text)
            # (a year of the first centuries as a historian types it, a month or a day of one
            # digit: trial 27, review 61c)
            hint = (
                f" (with leading zeros: {int(short[1]):04d}-{int(short[2]):02d}-{int(short[3]):02d})"
                if short
                else ""
            )
            raise ParseError(
                f"expected a Hijri date as YYYY-MM-DD, got {text!r}{hint}",
                text=text,
                position=0,
                expected="YYYY-MM-DD",
            )
        for start, end in ((0, 4), (5, 7), (8, 10)):
            part = text[start:end]
            if not (part.isascii() and part.isdigit()):
                raise ParseError(
                    f"expected ASCII digits at position {start} of {text!r}",
                    text=text,
                    position=start,
                    expected="YYYY-MM-DD",
                )
        return cls(int(text[0:4]), int(text[5:7]), int(text[8:10]))

    def isoformat(self) -> str:
        """``YYYY-MM-DD``, zero-padded like :meth:`datetime.date.isoformat`."""
        return f"{self.year:04d}-{self.month:02d}-{self.day:02d}"

    def replace(
        self, *, year: int | None = None, month: int | None = None, day: int | None = None
    ) -> HijriDate:
        """A copy with the given fields replaced (validated like the constructor)."""
        return type(self)(
            self.year if year is None else year,
            self.month if month is None else month,
            self.day if day is None else day,
        )

    def _key(self) -> tuple[int, int, int]:
        return (self.year, self.month, self.day)

    def __setattr__(self, name: str, value: object) -> None:
        raise AttributeError(f"cannot assign to field {name!r}: HijriDate is immutable")

    def __delattr__(self, name: str) -> None:
        raise AttributeError(f"cannot delete field {name!r}: HijriDate is immutable")

    def __reduce__(self) -> tuple[type[HijriDate], tuple[int, int, int]]:
        return (type(self), self._key())

    def __repr__(self) -> str:
        return f"{type(self).__name__}({self.year}, {self.month}, {self.day})"

    def __str__(self) -> str:
        return self.isoformat()

    def __hash__(self) -> int:
        return hash((HijriDate, self.year, self.month, self.day))

    def __eq__(self, other: object) -> bool:
        if isinstance(other, HijriDate):
            return self._key() == other._key()
        return NotImplemented

    def __lt__(self, other: object) -> bool:
        if isinstance(other, HijriDate):
            return self._key() < other._key()
        return NotImplemented

    def __le__(self, other: object) -> bool:
        if isinstance(other, HijriDate):
            return self._key() <= other._key()
        return NotImplemented

    def __gt__(self, other: object) -> bool:
        if isinstance(other, HijriDate):
            return self._key() > other._key()
        return NotImplemented

    def __ge__(self, other: object) -> bool:
        if isinstance(other, HijriDate):
            return self._key() >= other._key()
        return NotImplemented
