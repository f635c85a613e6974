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
from typing import Final

from .._read.normalize import fold
from .._read.normalize import words as split_words
from ..calendars import Calendar, get_calendar
from ..dateline import Dateline, DatePart
from ..errors import DatelineError
from ..hijri import HijriDate
from ..names.english import AFGHAN_MONTHS, SOLAR_HIJRI_MONTHS
from ..names.solar_months import MONTHS
from . import messages
from .verdict import Finding, Verdict

__all__ = ["LAW_YEAR", "afghan_names", "line_day", "with_solar_hijri"]


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


def _solar_slip(
    part: DatePart, expected: HijriDate, official: Calendar, day: date, afghan: bool
) -> str | None:
    """What the wrong Solar Hijri half's numbers are, as the lunar half's slips are said (a
    trial: a Dari editor was told the day, not how far the line's was from it), the right
    number first as the lunar half's are: "it matches a Solar year of 1404 rather than 1403"
    (1403 written), "a Solar month of Hamal rather than Saur", "it is one day behind"."""
    if part.year is None or part.month is None or part.day is None:
        return None
    names = AFGHAN_MONTHS if afghan else SOLAR_HIJRI_MONTHS
    if (part.month, part.day) == (expected.month, expected.day) and part.year != expected.year:
        return f"it matches a Solar year of {expected.year} rather than {part.year}"
    if (part.year, part.day) == (expected.year, expected.day) and part.month != expected.month:
        return f"it matches a Solar month of {names[expected.month - 1]} rather than {names[part.month - 1]}"
    try:
        said = official.to_gregorian(HijriDate(part.year, part.month, part.day))
    except (DatelineError, ValueError):
        return None
    apart = (said - day).days
    if apart == 0 or abs(apart) > _NEAR_SLIP:
        return None
    return f"it is {messages.days(apart)} {'ahead' if apart > 0 else 'behind'}"


_NEAR_SLIP: Final = 7
_GREGORIAN_SLIPS: Final = frozenset({"gregorian-day", "gregorian-month", "gregorian-year"})


def _gregorian_confirmed(verdict: Verdict) -> Verdict:
    """The verdict of a line whose Solar Hijri half names the Gregorian half's day: no cause
    that blames the Gregorian half (a trial: "or a Gregorian day of 11 rather than 10" for a
    Kabul line whose Solar date says the 10th)."""
    kept = tuple(e for e in verdict.explanations if e.kind not in _GREGORIAN_SLIPS)
    if kept == verdict.explanations:
        return verdict
    findings = tuple(
        replace(f, message=_with_causes(f.message, [e.description for e in kept]))
        if f.code == "disagree"
        else f
        for f in verdict.findings
    )
    return replace(verdict, findings=findings, explanations=kept)


def _with_causes(message: str, causes: list[str]) -> str:
    """``message`` with the causes its tail (``messages.explained``) names put as ``causes``."""
    for tail in ("; it matches ", "; no known slip"):
        cut = message.find(tail)
        if cut >= 0:
            return messages.explained(message[:cut] + ".", causes)
    return message


def _matches(part: DatePart, solar: HijriDate) -> bool:
    return all(
        stated is None or stated == actual
        for stated, actual in ((part.year, solar.year), (part.month, solar.month), (part.day, solar.day))
    )


def _written(solar: HijriDate, afghan: bool = False) -> str:
    names = AFGHAN_MONTHS if afghan else SOLAR_HIJRI_MONTHS
    return f"{solar.day} {names[solar.month - 1]} {solar.year} SH"


# The Afghan calendar's zodiac names, as the line may write them (Dari, Pashto, romanised):
# a Kabul line is answered in its own names ("16 Qaws", not "16 Azar": a trial).
_AFGHAN_SPELLINGS: Final = frozenset(
    fold(spelling) for month in MONTHS for spelling, language in month if language in ("fa-AF", "ps")
) | frozenset(fold(name) for name in (*AFGHAN_MONTHS, "Saur", "Jauza", "Sonbola", "Qaus", "Dalwa", "Hoot"))


# The year the Solar Hijri calendar became Iran's by law (11 Farvardin 1304, 31 March 1925).
LAW_YEAR: Final = 1304


def _a_day_off(part: DatePart, official: Calendar, day: date) -> bool:
    """Whether the Solar Hijri half, a whole date, is the day before or after ``day``."""
    if not part.complete:
        return False
    try:
        said = official.to_gregorian(part.to_hijri())
    except (DatelineError, ValueError):
        return False
    return abs((said - day).days) == 1


def afghan_names(part: DatePart) -> bool:
    """Whether the Solar Hijri half names its month as Afghanistan does."""
    return part.month_name is not None and fold(part.month_name) in _AFGHAN_SPELLINGS


def afghan_spelled(text: str) -> bool:
    """Whether ``text`` names a Solar Hijri month as Afghanistan does ("7 Mizan 1404", "۷ میزان").

    >>> afghan_spelled("7 Mizan 1404"), afghan_spelled("7 Mehr 1404")
    (True, False)
    """
    return not _AFGHAN_SPELLINGS.isdisjoint(split_words(fold(text)))


def _calendar_words(afghan: bool, authority: str | None = None) -> str:
    # one calendar, Iran's by law of 1925 and Afghanistan's with the zodiac names (which Iran
    # wrote too before the law: a date before 1304 is answered in the zodiac names it is
    # written in, and "the official Solar Hijri calendar")
    if afghan and authority not in (None, "AF"):
        # a line in Afghanistan's names checked under another authority (Iran's desk: trial 27)
        return "the official Solar Hijri calendar, Iran's and Afghanistan's (in Afghanistan's month names)"
    return "Afghanistan's official calendar" if afghan else "Iran's official calendar"


def _no_such_day(part: DatePart) -> Finding | None:
    """An error where the Solar Hijri half's day is past its month's end ("۳۱ مهر ۱۴۰۵":
    Mehr has 30 days), which is said so, as for the other halves, rather than as another
    day (a trial: "not 23 October, which is 1 Aban")."""
    if part.year is None or part.month is None or part.day is None or not 1 <= part.month <= 12:
        return None
    try:
        length = get_calendar("solar-hijri").month_length(part.year, part.month)
    except (DatelineError, ValueError):
        return None
    if part.day <= length:
        return None
    names = AFGHAN_MONTHS if afghan_names(part) else SOLAR_HIJRI_MONTHS
    return Finding(
        "impossible-date",
        "error",
        f"{part.text!r} does not exist: {names[part.month - 1]} {part.year} has {length} days.",
        "solar_hijri",
        part.span,
    )


def with_solar_hijri(line: Dateline, verdict: Verdict) -> Verdict:
    """The verdict, with what the Solar Hijri half adds: nothing when it names the same
    day, a warning or an error (and ``ok`` false) when not."""
    part = line.solar_hijri
    if part is None:
        return verdict
    if (impossible := _no_such_day(part)) is not None:
        kept = tuple(f for f in verdict.findings if f.code != "one-half")
        return replace(verdict, ok=False, findings=(*kept, impossible))
    afghan = afghan_names(part)
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
                f"The Solar Hijri half agrees: {day.strftime('%-d %B %Y')} is {_written(expected, afghan)} "
                f"in {_calendar_words(afghan, verdict.authority)}.",
                "solar_hijri",
                part.span,
            )
            kept = tuple(f for f in verdict.findings if f.code != "one-half")
            return replace(verdict, findings=(*kept, agree))
        if line.gregorian is not None and line.gregorian.complete and not verdict.agrees:
            return _gregorian_confirmed(verdict)
        return verdict
    when = day.strftime("%-d %B %Y")
    if part.year is not None and part.year < LAW_YEAR and _a_day_off(part, official, day):
        # a date from before the calendar was law, converted since, a day off as such
        # conversions often are ("14 مرداد 1285ش … 5 اوت 1906م", the constitution's decree, in
        # our table the 13th: set 14b): said, not an error
        finding = Finding(
            "solar-hijri",
            "warning",
            f"{part.text!r} is a day from {when}, which is {_written(expected, afghan)} in the "
            f"official Solar Hijri calendar as computed for that year; the calendar became law in "
            f"{LAW_YEAR} SH (1925), and dates before it, converted since, often differ so.",
            "solar_hijri",
            part.span,
        )
        # (the Solar half is the line's other half where it has one calendar's besides: it was
        # compared, and "only one half" no longer holds: a review)
        kept = tuple(f for f in verdict.findings if f.code != "one-half")
        return replace(verdict, findings=(*kept, finding))
    if _matches(part, other := arithmetic.to_hijri(day)):
        finding = Finding(
            "solar-hijri-33",
            "warning",
            f"{part.text!r} is {when} in the 33-year Solar Hijri calendar ({_written(other, afghan)}), "
            f"but {_written(expected, afghan)} in {_calendar_words(afghan, verdict.authority)}.",
            "solar_hijri",
            part.span,
        )
        return replace(verdict, findings=(*verdict.findings, finding))
    cause = _solar_slip(part, expected, official, day, afghan)
    finding = Finding(
        "solar-hijri",
        "error",
        f"Solar Hijri half {part.text!r} is not {when}, which is {_written(expected, afghan)} in "
        f"{_calendar_words(afghan, verdict.authority)}" + (f"; {cause}." if cause else "."),
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
