"""A year or a month alone ("1250 AH", "Ramadan 1250", "رمضان ١٢٥٠", "1446-09", "March
2025"), as catalogues and archives hold dates whose day is not known: read as a period,
which ``datelines convert`` gives as its first and last days in the other calendar.

A librarian's column of colophon dates mixes whole dates with years and months alone (a
trial: each of those was an error, and ``to_gregorian_many`` made them missing). A period
is only read where the text is one: a whole date, or text with more than a year or month
in it, is the date reader's to read or refuse.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Final, Literal

from ..errors import DatelineError, ParseError
from ..names.english import GREGORIAN_MONTHS, HIJRI_ERA, HIJRI_MONTHS
from ..names.words import MONTH_YEAR_FILLERS, YEAR_WORD_CUES
from .normalize import fold
from .typed import _DIGITS, DateOrder, _clean, _no_leftovers, _written, excerpt, rumi_marked

TYPE_CHECKING = False
if TYPE_CHECKING:
    from ..calendars.base import Calendar

__all__ = ["Period", "era_after_the_year", "read_period"]

# A year alone, or a year and month, in digits: "1250", "1446-09", "1446/9", "09/1446"
# (ISO 8601's reduced precision, and the month-first forms catalogues write).
_YEAR: Final = re.compile(r"(\d{4})")
_YEAR_MONTH: Final = re.compile(r"(\d{4})\s*[-/.]\s*(\d{1,2})")
_MONTH_YEAR: Final = re.compile(r"(\d{1,2})\s*[-/.]\s*(\d{4})")
# The last year a Hijri year in digits may be (Umm al-Qura's table ends in 1500): a year in
# digits alone up to it could be either calendar's.
_HIJRI_YEARS_END: Final = 1600
# Words a year or month alone is said with: "سنة ١٢٥٠ هـ", "the year 1250 AH", "tahun 1446 H",
# "شهر رمضان" (the month of Ramadan), as colophons and catalogues write them.
_PERIOD_WORDS: Final = frozenset(
    fold(word)
    for word in (*MONTH_YEAR_FILLERS, *(cue for cue, _ in YEAR_WORD_CUES), "in", "month", "شهر", "الشهر")
    if " " not in word
)


@dataclass(frozen=True, slots=True)
class Period:
    """A year, or a month of a year, in the Hijri or the Gregorian calendar.

    >>> Period("hijri", 1250, 9).isoformat(), Period("gregorian", 2025).text
    ('1250-09', '2025')
    >>> Period("hijri", 1250, 9).text, Period("hijri", 1250).text
    ('Ramadan 1250 AH', '1250 AH')
    """

    calendar: Literal["hijri", "gregorian"]
    year: int
    month: int | None = None

    @property
    def kind(self) -> Literal["year", "month"]:
        """Which period this is: a ``"year"`` or a ``"month"``."""
        return "year" if self.month is None else "month"

    def isoformat(self) -> str:
        """ISO 8601's reduced precision: ``YYYY`` or ``YYYY-MM``."""
        return f"{self.year:04d}" if self.month is None else f"{self.year:04d}-{self.month:02d}"

    @property
    def text(self) -> str:
        """The period in English, as ``datelines convert`` writes it."""
        if self.calendar == "gregorian":
            head = "" if self.month is None else f"{GREGORIAN_MONTHS[self.month - 1]} "
            return f"{head}{self.year}"
        head = "" if self.month is None else f"{HIJRI_MONTHS[self.month - 1]} "
        return f"{head}{self.year} {HIJRI_ERA}"


# A year alone with a Latin era mark first, as a catalogue's cell holds it ("AH 1109", "CE
# 1697"): within a dateline that mark is a year's only beside the other calendar's (see
# halves._other_year_beside), but a year alone can be nothing else (a trial's historian).
_ERA_FIRST: Final = re.compile(r"\s*((?:A\.?\s?H|C\.?\s?E|A\.?\s?D)\.?)\s*(\d{1,4})\s*", re.IGNORECASE)


def era_after_the_year(text: str) -> str:
    """``text`` with a lone year's Latin era mark moved after it (\"AH 1109\" → \"1109 AH\")."""
    found = _ERA_FIRST.fullmatch(text)
    return text if found is None else f"{found[2]} {found[1]}"


def read_period(
    text: str,
    source: Literal["auto", "gregorian", "hijri"] = "auto",
    order: DateOrder | None = None,
    *,
    within: Calendar | None = None,
) -> Period | None:
    """The year or month ``text`` states alone; None where it states something else (a
    whole date, a dateline, a date of another calendar, words besides the period).

    In digits, the calendar is the one ``source`` names; unnamed, a year up to 1600 could be
    either and is asked about in any calendar (``within`` is taken for symmetry with whole
    dates, whose rule it shapes); a later one is Gregorian. Written out, a Hijri month or era
    mark says Hijri; words besides the period, or a range of years, are left to the date
    reader to refuse.

    >>> read_period("AH 1109"), read_period("CE 1697")
    (Period(calendar='hijri', year=1109, month=None), Period(calendar='gregorian', year=1697, month=None))
    >>> read_period("Ramadan 1250"), read_period("1250 AH"), read_period("March 2025")
    (Period(calendar='hijri', year=1250, month=9), Period(calendar='hijri', year=1250, month=None), Period(calendar='gregorian', year=2025, month=3))
    >>> read_period("1250-09", "hijri"), read_period("2025"), read_period("20 March 2025") is None
    (Period(calendar='hijri', year=1250, month=9), Period(calendar='gregorian', year=2025, month=None), True)
    >>> read_period("1250")
    Traceback (most recent call last):
    ...
    datelines.errors.ParseError: '1250' could be a Hijri year or a Gregorian one: say which (--from hijri or --from gregorian)
    """
    cleaned = era_after_the_year(_clean(text))
    digits = cleaned.translate(_DIGITS).strip()
    if digits.isascii() and not any(ch.isalpha() for ch in digits):
        return _numeric(cleaned, digits, source, within)
    if rumi_marked(cleaned):
        return None  # a Rumi year or month: not converted as a period
    try:
        found = _written(cleaned)
    except DatelineError:
        return None
    if found is None:
        return None
    halves = [h for h in (found.hijri, found.gregorian, found.solar_hijri, found.bangla) if h is not None]
    if len(halves) != 1 or halves[0] not in (found.hijri, found.gregorian):
        return None
    part = halves[0]
    if part.year is None or part.day is not None or source not in ("auto", part.calendar):
        return None
    try:
        _no_leftovers(cleaned, part, marks=_PERIOD_WORDS)
    except ParseError as err:
        if err.expected == "a day":  # a weekday with a month alone: said as such
            raise
        return None  # words besides it ("c. 1250 AH", "March 1446 AH"): the date reader's to refuse
    return Period("hijri" if part.calendar == "hijri" else "gregorian", part.year, part.month)


def _numeric(
    text: str, digits: str, source: Literal["auto", "gregorian", "hijri"], within: Calendar | None
) -> Period | None:
    """A year or year and month in digits, or None where the digits are something else."""
    if match := _YEAR.fullmatch(digits):
        year, month = int(match.group(1)), None
    elif match := _YEAR_MONTH.fullmatch(digits):
        year, month = int(match.group(1)), int(match.group(2))
    elif match := _MONTH_YEAR.fullmatch(digits):
        year, month = int(match.group(2)), int(match.group(1))
    else:
        return None
    if month is not None and not 1 <= month <= 12:
        return None  # a range of years ("1250-51", "2024-25"), no month: the date reader's to refuse
    if source != "auto":
        return Period(source, year, month)
    if year <= _HIJRI_YEARS_END:
        # digits alone say no calendar, and a catalogue's "1250" is as likely a Hijri year as a
        # Gregorian one (a review: under --calendar civil, which reaches both, "1250" was read
        # as AD 1250, 647 AH, beside "1250 AH", 1834)
        raise ParseError(
            f"{excerpt(text)} could be a Hijri {'year' if month is None else 'month'} or a Gregorian one: "
            "say which (--from hijri or --from gregorian)",
            text=text,
            position=0,
            expected="a calendar",
        )
    return Period("gregorian", year, month)
