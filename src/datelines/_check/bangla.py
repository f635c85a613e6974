"""The Bengali half of a Bangladeshi line, checked against the others.

The day the line names is the Gregorian half's, or, with none, the lunar half's in the
calendar the verdict followed (as for the Solar Hijri half, :mod:`.solar`). The Bengali half
must be that day in Bangladesh's calendar (``bangla``: the 1987 rule to 1425 BS, the 2019
rule after). One that is that day only by the 1987 rule, after the change, is a warning:
some newspapers and printed calendars kept the old rule, and its dates run a day ahead of
the official ones from Ashwin to Falgun. Any other day is an error. Partial halves must
share the day's month or year. A day before 1394 BS, when Bangladesh kept the traditional
calendar, is not checked (a note says so).
"""

from __future__ import annotations

from dataclasses import replace

from ..calendars import Calendar, get_calendar
from ..dateline import Dateline, DatePart
from ..errors import DatelineError
from ..hijri import HijriDate
from . import messages
from .authorities import pointed
from .solar import line_day
from .verdict import Finding, Verdict

__all__ = ["with_bangla"]


def _matches(part: DatePart, expected: HijriDate) -> bool:
    return all(
        stated is None or stated == actual
        for stated, actual in (
            (part.year, expected.year),
            (part.month, expected.month),
            (part.day, expected.day),
        )
    )


def _difference(part: DatePart, day_ordinal: int) -> int | None:
    """How many days after the line's day the Bengali half names, when it is a whole date."""
    if not part.complete:
        return None
    try:
        named = get_calendar("bangla").to_gregorian(part.to_hijri())
    except (DatelineError, ValueError):
        return None
    return named.toordinal() - day_ordinal


def _impossible(cal: Calendar, part: DatePart) -> bool:
    """Whether a whole Bengali half of one of the calendar's years names a day its month
    lacks ("৩১ কার্তিক ১৪৩১": Kartik has 30 days), or no month."""
    if not part.complete or part.year not in cal.years:
        return False
    try:
        cal.to_gregorian(part.to_hijri())
    except (DatelineError, ValueError):
        return True
    return False


def with_bangla(line: Dateline, verdict: Verdict) -> Verdict:
    """The verdict, with what the Bengali half adds: nothing when it names the same day (a
    note where it is the line's only other half), a warning or an error (and ``ok`` false)
    when not."""
    part = line.bangla
    if part is None:
        return verdict
    swapped = any(f.code == "ambiguous-order" and f.half == "gregorian" for f in verdict.findings)
    day = line_day(line, get_calendar(verdict.calendar), swapped)
    if day is None:
        return verdict
    official = get_calendar("bangla")
    alone = line.hijri is None or line.gregorian is None  # the Bengali half is the other half
    kept = tuple(f for f in verdict.findings if not (alone and f.code == "one-half"))
    indian = next((why for found, why in pointed(line) if found == "IN"), None)
    if indian is not None:
        # West Bengal's press prints its traditional (sidereal) calendar, not computed here
        said = messages.bangla_of_india(part, indian)
        return replace(
            verdict,
            findings=(*kept, Finding("bangla-unchecked", "note", said, "bangla", part.span)),
        )
    try:
        expected = official.to_hijri(day)
    except DatelineError:
        note = Finding("bangla-unchecked", "note", messages.bangla_unchecked(part, day), "bangla", part.span)
        return replace(verdict, findings=(*verdict.findings, note))
    if _impossible(official, part):
        impossible = Finding(
            "impossible-date", "error", messages.bangla_impossible(part, official), "bangla", part.span
        )
        return replace(verdict, ok=False, findings=(*kept, impossible))
    if _matches(part, expected):
        if alone:
            agree = Finding("bangla", "note", messages.bangla_agrees(day, expected), "bangla", part.span)
            return replace(verdict, findings=(*kept, agree))
        return verdict
    old = get_calendar("bangla-1987").to_hijri(day)
    if old != expected and _matches(part, old):
        warning = Finding(
            "bangla-1987", "warning", messages.bangla_1987(part, day, old, expected), "bangla", part.span
        )
        return replace(verdict, findings=(*kept, warning))
    difference = _difference(part, day.toordinal())
    said = (
        messages.bangla_and_hijri_disagree(
            part, line.hijri, day, expected, difference=difference, cal=get_calendar(verdict.calendar)
        )
        if line.gregorian is None and line.hijri is not None  # either half may be the wrong one (a review)
        else messages.bangla_disagrees(part, day, expected, difference)
    )
    error = Finding("bangla", "error", said, "bangla", part.span)
    if alone:
        return replace(verdict, ok=False, agrees=False, findings=(*kept, error))
    return replace(verdict, ok=False, findings=(*verdict.findings, error))
