"""What the checker answers: a :class:`Verdict`, made of :class:`Finding` and
:class:`Explanation` values, and the vocabulary they are written in."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Literal

from ..dateline import CalendarKind, Dateline
from ..hijri import HijriDate

__all__ = ["Explanation", "ExplanationKind", "Finding", "FindingCode", "Severity", "Verdict"]

Severity = Literal["error", "warning", "note"]
# How finely two halves are compared: the coarser of the two.
Precision = Literal["year", "month", "day"]
_PRECISION: tuple[Precision, ...] = ("year", "month", "day")


# Findings that say the halves were not compared (or not wholly: a fiscal year before 1840).
_NOT_COMPARED: frozenset[str] = frozenset({"out-of-range"})


def _precision(day: int | None, month: int | None) -> Precision:
    return "day" if day is not None and month is not None else "month" if month is not None else "year"


FindingCode = Literal[
    "disagree",  # the halves name different days
    "no-overlap",  # partial halves share no day
    "impossible-date",  # 30 Safar in a 29-day month, 31 April, "100 Ramadan", a five-digit year
    "out-of-range",  # a Hijri year outside the calendar
    "tabular",  # outside every authority's years, the halves agree in a tabular calendar
    "rumi",  # the western half is a date of the Rumi calendar (Ottoman, 1840-1925), compared as such
    "old-style",  # the western half is marked Old Style: a Julian date, compared as the day it is
    "before-hijra",  # a Hijri day without its year beside a western date before the Hijra: not compared
    "weekday",  # the stated weekday fits neither the day nor the evening before
    "evening-before",  # the weekday is the evening before: the Hijri day begins at sunset
    "after-sunset",  # the line is of the evening: its Hijri date is the night's, after sunset
    "night-before",  # "malam Senin", "ليلة الأحد": the night before the weekday, the date's evening
    "sunset-unknown",  # a clock time that would be after sunset, which cannot be computed here
    "ambiguous-order",  # digits read day-first disagree, month-first agree
    "unknown-month",  # a word where a month name stands that the tables do not know
    "inferred-year",  # a half without a year, its year taken from the other half
    "yearless",  # no year on either side
    "years-only",  # both halves are years alone: they overlap, and nothing finer is compared
    "year-range",  # a year glossed with two years of the other calendar that are not those it spans
    "month-begins",  # a month said to begin on the day: compared as its first day
    "month-ends",  # a month said to end on the day: compared as its last day, or the day after
    "one-half",  # only one calendar's half is stated
    "follows-authority",  # the halves agree in this authority's calendar, and why
    "other-authority",  # they agree in one authority's calendar, the line's place names another
    "authorities-differ",  # the authorities' calendars do not give the day the same date
    "no-authority",  # the line's place is in a country none of the known authorities speaks for
    "solar-hijri",  # the Solar Hijri half names another day than the others
    "solar-hijri-33",  # the Solar Hijri half agrees in the 33-year calendar, not the official one
    "bangla",  # the Bengali half names another day than the others (or, a note, that it agrees)
    "bangla-1987",  # the Bengali half follows the 1987 rule Bangladesh left in 1426 BS
    "bangla-unchecked",  # the Bengali half is of a year before Bangladesh's revised calendar
    "more-datelines",  # the text checked holds other datelines, which check() does not read
    "unknown-code",  # a "datelines: ignore[…]" marker names a code that is none of these
]
ExplanationKind = Literal[
    "julian",
    "offset",
    "calendar",
    "hijri-day",
    "hijri-year",
    "hijri-month",
    "gregorian-day",
    "gregorian-year",
    "gregorian-month",
    "rumi-day",
    "rumi-year",
    "rumi-month",
    "reversed-digits",
]


@dataclass(frozen=True, slots=True)
class Finding:
    """One thing the checker found: its ``code`` (see :data:`FindingCode`), its
    ``severity``, a sentence for a copy editor, the ``half`` it is about (``hijri``,
    ``gregorian`` or ``None`` for the whole line) and the character ``span``."""

    code: FindingCode
    severity: Severity
    message: str
    half: CalendarKind | None = None
    span: tuple[int, int] | None = None


@dataclass(frozen=True, slots=True)
class Explanation:
    """A known cause that makes disagreeing halves agree: ``kind`` is ``julian`` (the western
    half read as a Julian date), ``calendar`` (another calendar, named in ``calendar``),
    ``offset`` (a local-sighting offset of ``offset`` days), ``hijri-day``, ``hijri-year``,
    ``hijri-month``, ``gregorian-day``, ``gregorian-year`` or ``gregorian-month`` (that half
    with the value in ``value`` instead), ``rumi-day``, ``rumi-year``, ``rumi-month`` (the
    same of a Rumi half), ``reversed-digits`` (every number's digits read backwards, as text
    copied out of a right-to-left page may have them); ``description`` says it in words ("a
    +1 local-sighting offset")."""

    kind: ExplanationKind
    description: str
    calendar: str | None = None
    offset: int | None = None
    value: int | None = None


@dataclass(frozen=True, slots=True)
class Verdict:
    """What :func:`datelines.check` found.

    ``ok``: the halves agree, the weekday fits and each date exists. ``agrees``: the
    halves name the same day (overlapping days, for partial halves). ``difference_days``:
    the Hijri half's date minus the calendar's Hijri date for the Gregorian half, in days
    (for partial halves, the signed gap between the nearest days they could mean; ``None``
    when they cannot be compared). ``expected``: the calendar's Hijri date for the Gregorian
    half, when it is a whole date in range. ``authority``: the id of the authority whose
    calendar the Hijri half follows (``SA`` for Umm al-Qura), when the halves agree and the
    check was by authority.
    """

    dateline: Dateline
    calendar: str
    ok: bool
    agrees: bool
    difference_days: int | None
    findings: tuple[Finding, ...]
    explanations: tuple[Explanation, ...] = ()
    expected: HijriDate | None = None
    authority: str | None = None

    @property
    def compared(self) -> Precision | None:
        """How finely the halves could be compared: ``"day"`` where both name a day, else
        ``"month"``, else ``"year"`` (the coarsest of the line's halves; a day its month does
        not have counts as its month, which it is compared as); None for a line of one half,
        or where a date is outside its calendar or was not compared. A line ``ok`` at
        ``"year"`` ("1445 H / 2024 M") says only that the years overlap: a pipeline that
        stores checked dates keeps such rows apart (a trial's archive).

        >>> import datelines
        >>> datelines.check("10 Ramadan 1445 / 20 March 2024").compared, datelines.check("1445 H / 2024 M").compared
        ('day', 'year')
        """
        if any(f.code in _NOT_COMPARED for f in self.findings):
            return None  # a date outside its calendar
        impossible = {f.half for f in self.findings if f.code == "impossible-date"}
        if impossible and self.difference_days is None:
            return None  # a date that does not exist, not compared
        line = self.dateline
        parts = [
            (p, name)
            for p, name in ((line.hijri, "hijri"), (line.gregorian, "gregorian"), (line.solar_hijri, "solar_hijri"),
                            (line.bangla, "bangla"))
            if p is not None
        ]  # fmt: skip
        if len(parts) < 2:
            return None
        # (a day its month does not have was compared as its month: "30 Shawwal 1446 AH / 31
        # February 2025" differs by 59 days from February; trial 27)
        rank = min(
            _PRECISION.index(_precision(None if name in impossible else p.day, p.month)) for p, name in parts
        )
        return _PRECISION[rank]

    @property
    def message(self) -> str:
        """The first error's sentence, else the first warning's, else the first finding's, or
        ``"consistent"``."""
        for severity in ("error", "warning"):
            for finding in self.findings:
                if finding.severity == severity:
                    return finding.message
        return self.findings[0].message if self.findings else "consistent"
