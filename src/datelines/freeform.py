"""Reading one date typed by a person: ISO, all-numeric with a known order, or free-form
Gregorian text ("20 Jan 2016", "January 20, 2016") through ``python-dateutil``.

All-numeric dates are read only when their order is certain: year first (2016-01-20,
2016/1/20), or day and month told apart by a value over 12 (20/01/2016), or an order the
caller states. ``01/02/2016`` is 1 February in Jakarta and January 2 in New York, so it is
refused rather than guessed.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date
from typing import Literal

from .errors import InvalidDateError, ParseError
from .hijri import HijriDate
from .names.english import GREGORIAN_MONTHS, HIJRI_MONTHS

__all__ = ["DateOrder", "read_gregorian", "read_hijri"]

DateOrder = Literal["dayfirst", "monthfirst"]
_SEPARATORS = "-/."


def _numeric_parts(text: str) -> tuple[list[str], str] | None:
    """The three digit groups of ``12/3/2016``-like text and its separator, else None."""
    stripped = text.strip()
    separator = next((c for c in stripped if c in _SEPARATORS), None)
    if separator is None:
        return None
    parts = [part.strip() for part in stripped.split(separator)]
    if len(parts) != 3 or not all(part.isascii() and part.isdigit() for part in parts):
        return None
    return parts, separator


def _ymd(text: str, order: DateOrder | None, months: Sequence[str]) -> tuple[int, int, int] | None:
    found = _numeric_parts(text)
    if found is None:
        return None
    (a, b, c), _ = found
    if len(a) == 4:
        return int(a), int(b), int(c)
    if len(c) != 4:
        raise ParseError(
            f"cannot tell the year in {text!r}: write it with four digits (2016, 1437)",
            text=text,
            position=0,
            expected="a four-digit year",
        )
    first, second = int(a), int(b)
    if order == "dayfirst" or (order is None and first > 12 >= second):
        return int(c), second, first
    if order == "monthfirst" or (order is None and second > 12 >= first) or first == second:
        return int(c), first, second
    if first > 12 and second > 12:
        raise InvalidDateError(
            f"neither {first} nor {second} in {text!r} can be a month",
            field="month",
            value=min(first, second),
            minimum=1,
            maximum=12,
            text=text,
        )
    raise ParseError(
        f"ambiguous date {text!r}: it is {first} {months[second - 1]} day-first, or "
        f"{months[first - 1]} {second} month-first; say which (--dayfirst or --monthfirst)",
        text=text,
        position=0,
        expected="an unambiguous date",
    )


def read_gregorian(text: str, order: DateOrder | None = None) -> date:
    """A Gregorian date from ISO, unambiguous numeric, or free-form English-style text.

    >>> read_gregorian("2016-01-20"), read_gregorian("20 Jan 2016"), read_gregorian("January 20, 2016")
    (datetime.date(2016, 1, 20), datetime.date(2016, 1, 20), datetime.date(2016, 1, 20))
    >>> read_gregorian("20/01/2016"), read_gregorian("01/02/2016", "monthfirst")
    (datetime.date(2016, 1, 20), datetime.date(2016, 1, 2))
    >>> read_gregorian("01/02/2016")
    Traceback (most recent call last):
    ...
    datelines.errors.ParseError: ambiguous date '01/02/2016': it is 1 February day-first, or January 2 month-first; say which (--dayfirst or --monthfirst)
    """
    if not isinstance(text, str):
        raise TypeError(f"text must be a str, not {type(text).__name__}")
    ymd = _ymd(text, order, GREGORIAN_MONTHS)
    if ymd is not None:
        return _checked_date(text, *ymd)
    return _dateutil(text, order)


def read_hijri(text: str, order: DateOrder | None = None) -> HijriDate:
    """A Hijri date written with digits: ``1437-04-10``, ``10/04/1437``, ``1437/4/10``.

    The order rules are those of :func:`read_gregorian`: ``4/10/1437`` (as ICU writes it in
    English) is refused unless the order is given.

    >>> read_hijri("1437-04-10"), read_hijri("29/12/1437")
    (HijriDate(1437, 4, 10), HijriDate(1437, 12, 29))
    """
    if not isinstance(text, str):
        raise TypeError(f"text must be a str, not {type(text).__name__}")
    ymd = _ymd(text, order, HIJRI_MONTHS)
    if ymd is None:
        raise ParseError(
            f"expected a Hijri date in digits (1437-04-10 or 10/04/1437), got {text!r}",
            text=text,
            position=0,
            expected="YYYY-MM-DD or DD/MM/YYYY",
        )
    try:
        return HijriDate(*ymd)
    except InvalidDateError as err:
        raise InvalidDateError(
            f"{err.message} in {text!r}",
            field=err.field,
            value=err.value,
            minimum=err.minimum,
            maximum=err.maximum,
            text=text,
        ) from None


def _checked_date(text: str, year: int, month: int, day: int) -> date:
    try:
        return date(year, month, day)
    except ValueError as err:
        field, low, high = (
            ("year", 1, 9999) if not 1 <= year <= 9999
            else ("month", 1, 12) if not 1 <= month <= 12
            else ("day", 1, _days_in(year, month))
        )  # fmt: skip
        value = {"year": year, "month": month, "day": day}[field]
        raise InvalidDateError(
            f"{text!r} is not a date: {field} must be in {low}..{high}, got {value}",
            field=field,
            value=value,
            minimum=low,
            maximum=high,
            text=text,
        ) from err


def _days_in(year: int, month: int) -> int:
    import calendar

    return calendar.monthrange(year, month)[1]


def _dateutil(text: str, order: DateOrder | None) -> date:
    from datetime import datetime

    from dateutil.parser import ParserError, parse

    # Parse twice with different defaults: a field that changes was not in the text.
    defaults = (datetime(2000, 1, 1), datetime(2004, 3, 3))
    results = []
    for default in defaults:
        try:
            results.append(parse(text, default=default, dayfirst=order == "dayfirst"))
        except (ParserError, ValueError, OverflowError, TypeError) as err:
            message = str(err).split(":")[0] or "not a date"
            raise ParseError(
                f"cannot read {text!r} as a Gregorian date ({message.lower()})",
                text=text,
                position=0,
                expected="a Gregorian date",
            ) from None
    first, second = results
    missing = [
        name
        for name, a, b in (
            ("year", first.year, second.year),
            ("month", first.month, second.month),
            ("day", first.day, second.day),
        )
        if a != b
    ]
    if missing:
        raise ParseError(
            f"{text!r} has no {' or '.join(missing)}: give a whole date",
            text=text,
            position=0,
            expected="a day, a month and a year",
        )
    return first.date()
