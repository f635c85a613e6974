"""The Solar Hijri half of an Iranian or Afghan line, checked against the others.

The day the line names is the Gregorian half's, or, with none, the lunar half's in the
calendar the verdict followed (where that says more is wrong than the Solar half's own day
would, or the lunar half has no year, :func:`datelines._check.check.check` takes the day
from the Solar half instead). The Solar Hijri half must be that day in Iran's official
calendar (``solar-hijri``); one that is that day only in the 33-year calendar is a
warning (software that prints it is common, and the two differ only in 1503, 1635 and
1668); any other day is an error. Partial halves must share the day's month or year.
"""

from __future__ import annotations

from dataclasses import replace
from datetime import date

from ..calendars import Calendar, get_calendar
from ..dateline import Dateline, DatePart
from ..errors import DatelineError
from ..hijri import HijriDate
from ..names.english import SOLAR_HIJRI_MONTHS
from .verdict import Finding, Verdict

__all__ = ["line_day", "with_solar_hijri"]


def line_day(line: Dateline, lunar: Calendar, swapped: bool = False) -> date | None:
    """The day the line's other halves name (the western half read month first where only
    that order agrees: ``swapped``)."""
    gregorian, hijri = line.gregorian, line.hijri
    if gregorian is not None and swapped:
        gregorian = replace(gregorian, day=gregorian.month, month=gregorian.day)
    if gregorian is not None and gregorian.complete:
        try:
            return gregorian.to_date()
        except DatelineError:
            return None
    if hijri is not None and hijri.complete:
        try:
            return lunar.to_gregorian(hijri.to_hijri())
        except (DatelineError, ValueError):
            return None
    return None


def _matches(part: DatePart, solar: HijriDate) -> bool:
    return all(
        stated is None or stated == actual
        for stated, actual in ((part.year, solar.year), (part.month, solar.month), (part.day, solar.day))
    )


def _written(solar: HijriDate) -> str:
    return f"{solar.day} {SOLAR_HIJRI_MONTHS[solar.month - 1]} {solar.year} SH"


def with_solar_hijri(line: Dateline, verdict: Verdict) -> Verdict:
    """The verdict, with what the Solar Hijri half adds: nothing when it names the same
    day, a warning or an error (and ``ok`` false) when not."""
    part = line.solar_hijri
    if part is None:
        return verdict
    swapped = any(f.code == "ambiguous-order" and f.half == "gregorian" for f in verdict.findings)
    day = line_day(line, get_calendar(verdict.calendar), swapped)
    if day is None:
        return verdict
    official, arithmetic = get_calendar("solar-hijri"), get_calendar("solar-hijri-33")
    try:
        expected = official.to_hijri(day)
    except DatelineError:
        return verdict  # outside the official table: nothing to say
    if _matches(part, expected):
        if line.hijri is None or line.gregorian is None:
            # "only one calendar's half is stated" no longer: the Solar Hijri half is the other
            agree = Finding(
                "solar-hijri",
                "note",
                f"The Solar Hijri half agrees: {day.strftime('%-d %B %Y')} is {_written(expected)} "
                "in Iran's official calendar.",
                "solar_hijri",
                part.span,
            )
            kept = tuple(f for f in verdict.findings if f.code != "one-half")
            return replace(verdict, findings=(*kept, agree))
        return verdict
    when = day.strftime("%-d %B %Y")
    if _matches(part, other := arithmetic.to_hijri(day)):
        finding = Finding(
            "solar-hijri-33",
            "warning",
            f"{part.text!r} is {when} in the 33-year Solar Hijri calendar ({_written(other)}), "
            f"but {_written(expected)} in Iran's official calendar.",
            "solar_hijri",
            part.span,
        )
        return replace(verdict, findings=(*verdict.findings, finding))
    finding = Finding(
        "solar-hijri",
        "error",
        f"Solar Hijri half {part.text!r} is not {when}, which is {_written(expected)} in Iran's "
        "official calendar.",
        "solar_hijri",
        part.span,
    )
    if line.hijri is None or line.gregorian is None:
        # The Solar Hijri half is the other half: the halves disagree, and there was
        # something to compare (a trial: "agrees" with an "only one half" note had stood
        # beside this error)
        kept = tuple(f for f in verdict.findings if f.code != "one-half")
        return replace(verdict, ok=False, agrees=False, findings=(*kept, finding))
    return replace(verdict, ok=False, findings=(*verdict.findings, finding))
