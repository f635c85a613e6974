"""The exceptions raised by datelines: one hierarchy rooted at :class:`DatelineError`.

Every error subclasses :class:`ValueError` through :class:`DatelineError`, so code that
already catches ``ValueError`` around date handling keeps working, and code that wants to
tell our errors apart catches ``DatelineError``. An argument of the wrong type (text where
dates are wanted, a float array of years with fractions) raises :class:`TypeError`, as
Python's own functions do: a program's mistake, where ``DatelineError`` is the data's.
"""

from __future__ import annotations

__all__ = [
    "CalendarError",
    "DatelineError",
    "InvalidDateError",
    "OutOfRangeError",
    "ParseError",
    "SightingTableError",
    "StyleError",
]


class DatelineError(ValueError):
    """Root of every error this package raises on bad values (a wrong type raises ``TypeError``).

    ``text`` is the offending input where there is one, ``position`` the character offset
    in it where the problem was found (``None`` when the whole value is at fault), and
    ``index`` the row of a column converted at once (``to_hijri_many``) it is about.

    >>> try:
    ...     raise DatelineError("no date here", text="hello", position=0)
    ... except ValueError as err:
    ...     (str(err), err.text, err.position)
    ('no date here', 'hello', 0)
    """

    index: int | None = None  # set by the bulk converters on the error of the first bad row

    def __init__(self, message: str, *, text: str | None = None, position: int | None = None):
        super().__init__(message)
        self.message = message
        self.text = text
        self.position = position

    def __reduce__(self) -> tuple[object, ...]:
        # Keyword-only arguments are lost by BaseException's default pickling; errors must
        # cross process boundaries intact (multiprocessing, Spark, Dask).
        return (_rebuild, (type(self), self.__dict__.copy()))


def _rebuild(cls: type[DatelineError], state: dict[str, object]) -> DatelineError:
    err = cls.__new__(cls)
    ValueError.__init__(err, state.get("message", ""))
    err.__dict__.update(state)
    return err


class InvalidDateError(DatelineError):
    """A date field is outside its valid bounds (month 13, day 0, 30 Safar in a 29-day month).

    ``field`` names the field (``"year"``, ``"month"``, ``"day"``), ``value`` is what was
    given, and ``minimum``/``maximum`` are the bounds that apply to it.
    """

    def __init__(
        self,
        message: str,
        *,
        field: str,
        value: object,
        minimum: int,
        maximum: int,
        text: str | None = None,
        position: int | None = None,
    ):
        super().__init__(message, text=text, position=position)
        self.field = field
        self.value = value
        self.minimum = minimum
        self.maximum = maximum


class OutOfRangeError(DatelineError):
    """A date lies outside the range a calendar covers.

    ``calendar`` is the calendar's name; ``first`` and ``last`` are the first and last dates
    it covers, in the same calendar as the date that was asked about.
    """

    def __init__(
        self,
        message: str,
        *,
        calendar: str,
        value: object,
        first: object,
        last: object,
        text: str | None = None,
        position: int | None = None,
    ):
        super().__init__(message, text=text, position=position)
        self.calendar = calendar
        self.value = value
        self.first = first
        self.last = last


class CalendarError(DatelineError):
    """A calendar cannot be built as asked: an unknown name, an unusable offset."""


class SightingTableError(CalendarError):
    """A table of announced month starts is malformed or inconsistent.

    ``source`` names the file (or ``"<table>"`` for one built in code) and ``line`` the line
    (1-based) or entry number where the problem is, when there is one.
    """

    def __init__(self, message: str, *, source: str = "<table>", line: int | None = None):
        where = f"{source}:{line}: " if line is not None else f"{source}: "
        super().__init__(where + message)
        self.source = source
        self.line = line


class ParseError(DatelineError):
    """Text could not be read as a date or dateline.

    ``expected`` says what the reader was looking for at ``position``.
    """

    def __init__(
        self,
        message: str,
        *,
        text: str | None = None,
        position: int | None = None,
        expected: str | None = None,
    ):
        super().__init__(message, text=text, position=position)
        self.expected = expected


class StyleError(DatelineError):
    """A house style or template is malformed: an unknown field or modifier, an unknown
    style or language, a style file that cannot be read. ``field`` names the culprit where
    there is one."""

    def __init__(
        self, message: str, *, field: str | None = None, text: str | None = None, position: int | None = None
    ):
        super().__init__(message, text=text, position=position)
        self.field = field
