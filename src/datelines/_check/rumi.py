"""Checking a line whose western half is a Rumi date (the Ottoman fiscal calendar, 1840-1925).

The reader marks such a half (``calendar="rumi"``, see ``_read/rumi.py``). Its day is
found in the Rumi calendar, and the line is then checked as if it gave that Gregorian day,
by whatever calendar or authority the check asked for; the verdict keeps the line as read,
says in a note which day the Rumi date is, and speaks of slips in Rumi numbers.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace
from datetime import date
from typing import Final

from ..calendars import get_calendar
from ..calendars.base import Calendar
from ..calendars.rumi import RUMI_YEARS, rumi_to_gregorian
from ..dateline import Dateline, DatePart
from ..errors import DatelineError
from ..hijri import HijriDate
from ..names.output import RUMI_MONTHS
from . import messages
from .compare import hijri_spans
from .verdict import Explanation, Finding, Verdict

__all__ = ["rumi_verdict", "with_rumi"]

# Explanations of the western half in Gregorian numbers, which the line does not write.
_GREGORIAN_SLIPS: Final = frozenset({"gregorian-day", "gregorian-month", "gregorian-year", "julian"})


def rumi_verdict(line: Dateline, check: Callable[[Dateline], Verdict], *, tabular: bool) -> Verdict:
    """The verdict of ``line`` (its ``gregorian`` a Rumi half), ``check`` measuring the line
    as if it gave the Gregorian day its Rumi date is (``tabular``: in the tabular calendars,
    which the note then names)."""
    western = line.gregorian
    assert western is not None
    assert western.calendar == "rumi"
    if western.year is not None and western.year < RUMI_YEARS.start:
        return _before_the_reform(line, western)
    if western.day is None:
        return _month_verdict(line, western)
    assert western.year is not None
    assert western.month is not None
    try:
        day = rumi_to_gregorian(western.year, western.month, western.day)
    except DatelineError as err:
        return _impossible(line, western, str(err))
    note = Finding("rumi", "note", messages.rumi(western, day, tabular=tabular), "rumi", western.span)
    moved = replace(
        line,
        gregorian=replace(
            western, calendar="gregorian", year=day.year, month=day.month, day=day.day, era=None
        ),
    )
    found = check(moved)
    findings = tuple(_in_rumi(f, western, day) for f in found.findings)
    explanations = found.explanations
    if not found.agrees and line.hijri is not None and line.hijri.complete:
        ours = _slips(line.hijri, western, get_calendar(found.calendar))
        explanations = (*(e for e in found.explanations if e.kind not in _GREGORIAN_SLIPS), *ours)
        findings = tuple(
            replace(f, message=_with_causes(f.message, found.explanations, explanations))
            if f.code == "disagree"
            else f
            for f in findings
        )
    return replace(found, dateline=line, findings=(note, *findings), explanations=explanations)


def _in_rumi(finding: Finding, western: DatePart, day: date) -> Finding:
    """A finding about the moved half, as the line writes it: "29 Ağustos 1325 Rumi, 11
    September 1909," where it said "11 September 1909"."""
    half = "rumi" if finding.half == "gregorian" else finding.half
    said = messages.gregorian_words(day)
    at = finding.message.find(said)
    if at < 0:
        return replace(finding, half=half)
    message = finding.message
    inside = message.rfind("(", 0, at) > message.rfind(")", 0, at)
    end = at + len(said)
    if not inside and message.startswith(" (a ", end):
        # "20 Mart 1287 Rumi (1 April 1871, a Saturday)", not two brackets (a trial)
        close = message.find(")", end)
        weekday = message[end + 2 : close]
        return replace(
            finding,
            message=f"{message[:at]}{western.text} Rumi ({said}, {weekday}){message[close + 1 :]}",
            half=half,
        )
    written = f"{western.text} Rumi, {said}," if inside else f"{western.text} Rumi ({said})"
    return replace(finding, message=message.replace(said, written, 1), half=half)


def _with_causes(message: str, before: tuple[Explanation, ...], after: tuple[Explanation, ...]) -> str:
    """``message`` with its causes (the tail ``messages.explained`` wrote) those of ``after``."""
    for tail in ("; it matches ", "; no known slip"):
        cut = message.find(tail)
        if cut >= 0:
            return messages.explained(message[:cut] + ".", [e.description for e in after])
    return message if before == after else messages.explained(message, [e.description for e in after])


def _slips(hijri: DatePart, western: DatePart, cal: Calendar) -> tuple[Explanation, ...]:
    """The Rumi half's number that, put right, makes it the day the Hijri half names in ``cal``:
    its day exactly; its year or month within a day of it, as a month begun by sighting may
    be a day from a calendar's."""
    from ..calendars.rumi import gregorian_to_rumi

    assert hijri.year is not None
    assert hijri.month is not None
    assert hijri.day is not None
    assert western.year is not None
    assert western.month is not None
    assert western.day is not None
    try:
        named = cal.to_gregorian(HijriDate(hijri.year, hijri.month, hijri.day)).toordinal()
        right = gregorian_to_rumi(date.fromordinal(named))
    except DatelineError:
        return ()
    found: list[Explanation] = []
    tries = (
        ("rumi-year", right[0], (right[0], western.month, western.day), f"a Rumi year of {right[0]} rather than {western.year}"),
        ("rumi-month", right[1], (western.year, right[1], western.day), f"a Rumi month of {RUMI_MONTHS[right[1] - 1]} rather than {western.month_name or western.month}"),
        ("rumi-day", right[2], (western.year, western.month, right[2]), f"a Rumi day of {right[2]} rather than {western.day}"),
    )  # fmt: skip
    written = (western.year, western.month, western.day)
    for index, (kind, value, put_right, said) in enumerate(tries):
        if value == written[index]:
            continue
        try:
            apart = rumi_to_gregorian(*put_right).toordinal() - named
        except DatelineError:
            continue
        if apart == 0 or (abs(apart) == 1 and kind != "rumi-day"):
            found.append(Explanation(kind, said, value=value))  # type: ignore[arg-type]
    if (mixed := _gregorian_day_written(western, named)) is not None:
        found.insert(0, mixed)
    return tuple(found)


def _gregorian_day_written(western: DatePart, named: int) -> Explanation | None:
    """The Gregorian day of the month written with the Rumi month and year, the slip of 12 or
    13 days that Ottoman-era copies make ("24 Cemaziyelahir 1326 / 23 Temmuz 1324": 23 July
    1908 is 10 Temmuz 1324), where it is the Hijri half's day or one from it."""
    from ..calendars.rumi import gregorian_to_rumi

    assert western.year is not None
    assert western.month is not None
    assert western.day is not None
    year = western.year + 584 if western.month >= 3 or western.year >= 1334 else western.year + 585
    try:
        meant = date(year, western.month, western.day)
        rumi = gregorian_to_rumi(meant)
    except (ValueError, DatelineError):
        return None
    if abs(meant.toordinal() - named) > 1 or rumi == (western.year, western.month, western.day):
        return None
    said = (
        f"the Gregorian day, {messages.gregorian_words(meant)}, written with the Rumi month "
        f"(the Rumi date is {rumi[2]} {RUMI_MONTHS[rumi[1] - 1]} {rumi[0]})"
    )
    return Explanation("rumi-day", said, value=rumi[2])


def _before_the_reform(line: Dateline, western: DatePart) -> Verdict:
    """A fiscal date of the years before 1840 (Rumi 1256): the numbering of those years went by
    no one rule (a year was dropped every 33), so the year is not compared; its months were
    the Julian calendar's, so the day and month are, against the Hijri date's day in the
    Julian calendar (in the tabular calendar, by which dates of that time are converted)."""
    said = (
        f"{western.text!r} is a date of the Ottoman fiscal calendar before its reform of 1840 "
        f"(Rumi {RUMI_YEARS.start}), whose years the checker does not convert"
    )
    if western.month is not None and western.day is not None:
        from ..calendars.julian import julian_month_length

        longest = julian_month_length(2000, western.month)  # (a leap year: the most a month has)
        if western.day > longest:
            return _impossible(line, western, f"its month has at most {longest} days")
    hijri = line.hijri
    apart = (
        None
        if hijri is None or western.month is None or western.day is None
        else _julian_apart(hijri, western)
    )
    if apart is None:
        finding = Finding(
            "out-of-range", "warning", f"{said}: the halves are not compared.", "rumi", western.span
        )
        return Verdict(line, "civil", ok=True, agrees=False, difference_days=None, findings=(finding,))
    days, julian = apart
    assert hijri is not None
    if abs(days) <= _FISCAL_SLACK:
        finding = Finding(
            "out-of-range", "warning",
            f"{said}: its day and month agree with the Hijri date's, {julian} in the Julian calendar "
            "(the year is not compared).",
            "rumi", western.span,
        )  # fmt: skip
        return Verdict(line, "civil", ok=True, agrees=True, difference_days=-days, findings=(finding,))
    finding = Finding(
        "disagree", "error",
        f"{said}; its day and month are not the Hijri date's: {hijri.text!r} is {julian} in "
        f"the Julian calendar, {abs(days)} days {'before' if days > 0 else 'after'} {western.text!r}.",
        "rumi", western.span,
    )  # fmt: skip
    return Verdict(line, "civil", ok=False, agrees=False, difference_days=-days, findings=(finding,))


# Days the tabular calendar and a sighting may differ by, either way.
_FISCAL_SLACK: Final = 2


def _julian_apart(hijri: DatePart, western: DatePart) -> tuple[int, str] | None:
    """Days from the Hijri date's day to the fiscal date's day and month in the Julian year
    nearest it (positive: the fiscal date is later), and the Hijri day's Julian date in words."""
    from ..calendars.julian import julian_month_length, julian_to_ordinal, ordinal_to_julian
    from ..names.output import GREGORIAN_MONTHS

    if hijri.year is None or hijri.month is None or hijri.day is None:
        return None
    assert western.month is not None
    assert western.day is not None
    try:
        day = get_calendar("civil").to_gregorian(HijriDate(hijri.year, hijri.month, hijri.day))
    except (DatelineError, ValueError):
        return None
    year, month, date_ = ordinal_to_julian(day.toordinal())
    best: int | None = None
    for candidate in (year - 1, year, year + 1):
        if western.day > julian_month_length(candidate, western.month):
            continue
        days = julian_to_ordinal(candidate, western.month, western.day) - day.toordinal()
        if best is None or abs(days) < abs(best):
            best = days
    if best is None:
        return None
    return best, f"{date_} {GREGORIAN_MONTHS['en'][month - 1]} {year}"


def _impossible(line: Dateline, western: DatePart, why: str) -> Verdict:
    """A Rumi date the calendar does not have ("31 Nisan 1324")."""
    said = f"{western.text!r} is no date of the Rumi calendar, the Ottoman fiscal one: {why}."
    return Verdict(
        dateline=line,
        calendar="civil",
        ok=False,
        agrees=False,
        difference_days=None,
        findings=(Finding("impossible-date", "error", said, "rumi", western.span),),
    )


def _month_verdict(line: Dateline, western: DatePart) -> Verdict:
    """A Rumi month ("Ağustos 1324") beside a Hijri half: whether their days overlap in the
    civil tabular calendar, by which dates of that time are converted."""
    assert western.year is not None
    assert western.month is not None
    cal = get_calendar("civil")
    try:
        first = rumi_to_gregorian(western.year, western.month, 1)
        last = _last_day(western.year, western.month)
    except DatelineError as err:
        return _impossible(line, western, str(err))
    hijri = line.hijri
    assert hijri is not None
    spans = hijri_spans(hijri, cal, first.toordinal() - 400, last.toordinal() + 400)
    agrees = any(lo <= last.toordinal() and first.toordinal() <= hi for lo, hi, _ in spans)
    note = Finding(
        "rumi",
        "note",
        f"{western.text!r} is a month of the Rumi calendar, the Ottoman fiscal one of 1840-1925: "
        f"{messages.gregorian_words(first)} to {messages.gregorian_words(last)}, compared so in "
        f"{messages.calendar_title(cal)}, by which dates of that time are converted.",
        "rumi",
        western.span,
    )
    findings = [note]
    if not agrees:
        findings.append(
            Finding(
                "no-overlap",
                "error",
                f"In {messages.calendar_title(cal)}, {messages.part_words(hijri)} does not overlap "
                f"{western.text} (Rumi).",
                "hijri",
                hijri.span,
            )
        )
    return Verdict(
        dateline=line,
        calendar=cal.name,
        ok=agrees,
        agrees=agrees,
        difference_days=0 if agrees else None,
        findings=tuple(findings),
    )


def _last_day(year: int, month: int) -> date:
    for day in (31, 30, 29, 28, 15):
        try:
            return rumi_to_gregorian(year, month, day)
        except DatelineError:
            continue
    raise AssertionError("a Rumi month has a 15th day")


def with_rumi(verdict: Verdict, check: Callable[[Dateline], Verdict]) -> Verdict:
    """The verdict of a line that gives a Rumi date beside its Gregorian one (``rumi``, an
    Ottoman masthead's three dates), with what the Rumi date adds: a note where it is the
    Gregorian date's day; where not, an error that names the odd one out, measuring the
    Hijri date against the Rumi one's day with ``check`` (a trial: the third date was not
    read, and a wrong one passed)."""
    line = verdict.dateline
    rumi, western = line.rumi, line.gregorian
    if rumi is None or western is None or not rumi.complete or not western.complete:
        return verdict
    assert rumi.year is not None
    assert rumi.month is not None
    assert rumi.day is not None
    try:
        stated = western.to_date()
    except DatelineError:
        return verdict  # a Gregorian day that cannot be: the checker has said so of its half
    try:
        day = rumi_to_gregorian(rumi.year, rumi.month, rumi.day)
    except DatelineError as err:
        impossible = Finding("impossible-date", "error", f"{rumi.text!r}: {err}", "rumi", rumi.span)
        return replace(verdict, ok=False, findings=(*verdict.findings, impossible))
    if day == stated:
        note = Finding("rumi", "note", messages.rumi_beside(rumi, day), "rumi", rumi.span)
        return replace(verdict, findings=(*verdict.findings, note))
    if verdict.agrees:  # the Hijri and Gregorian dates are one day: the Rumi one is off
        said = messages.rumi_odd(rumi, day, stated)
        return replace(
            verdict, ok=False, findings=(*verdict.findings, Finding("rumi", "error", said, "rumi", rumi.span))
        )
    by_rumi = check(replace(line, gregorian=rumi, rumi=None))  # the line as if it gave the Rumi date alone
    if by_rumi.agrees:  # the Hijri and Rumi dates are one day: the Gregorian one is off
        said = messages.gregorian_not_rumi(western, day, rumi)
        kept = tuple(f for f in by_rumi.findings if f.severity != "error")
        return replace(
            by_rumi, dateline=line, ok=False, agrees=False, difference_days=None, expected=None,
            findings=(Finding("disagree", "error", said, "gregorian", western.span), *kept),
        )  # fmt: skip
    said = messages.rumi_and_gregorian_differ(rumi, day, stated)
    return replace(
        verdict, ok=False, findings=(*verdict.findings, Finding("rumi", "error", said, "rumi", rumi.span))
    )
