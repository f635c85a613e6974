"""Datelines as plain JSON-ready dicts, for the command line and for pipelines."""

from __future__ import annotations

from .dateline import Dateline, DatePart, TimeOfDay
from .names.english import WEEKDAYS

TYPE_CHECKING = False
if TYPE_CHECKING:
    from datetime import date

    from ._check.verdict import Verdict
    from ._read.typed import DateOrder, Source
    from ._write.styles import Style
    from .calendars import Calendar
    from .calendars.authorities import Authority, Rule
    from .calendars.religious import ReligiousDay
    from .hijri import HijriDate

__all__ = [
    "authority_record",
    "calendar_record",
    "conversion_record",
    "convert_record",
    "dateline_record",
    "extraction_record",
    "extraction_records",
    "part_record",
    "religious_day_record",
    "style_record",
    "time_record",
    "verdict_record",
]


def part_record(part: DatePart | None) -> dict[str, object] | None:
    """One half: its fields, ISO form (partial where the text is), text and span."""
    if part is None:
        return None
    return {
        "year": part.year,
        "month": part.month,
        "day": part.day,
        "iso": part.isoformat(),
        "text": part.text,
        "span": list(part.span),
        "month_name": part.month_name,
        "era": part.era,
        "inferred_year": part.inferred_year,
        "boundary": part.boundary,
    }


def dateline_record(line: Dateline) -> dict[str, object]:
    """A dateline with both halves, weekday, place, agency, span and languages."""
    if not isinstance(line, Dateline):
        raise TypeError(f"line must be a Dateline, not {type(line).__name__}")
    return {
        "hijri": part_record(line.hijri),
        "gregorian": part_record(line.gregorian),
        "solar_hijri": part_record(line.solar_hijri),
        "weekday": None if line.weekday is None else WEEKDAYS[line.weekday],
        "weekday_text": line.weekday_text,
        "place": line.place,
        "agency": line.agency,
        "text": line.text,
        "span": list(line.span),
        "languages": list(line.languages),
        "time": None if line.time is None else time_record(line.time),
    }


def time_record(time: TimeOfDay) -> dict[str, object]:
    """The time of day a dateline states: as written, whether it says evening, the clock
    time (``HH:MM``) and the written zone's offset from UTC in minutes."""
    return {
        "text": time.text,
        "span": list(time.span),
        "evening": time.evening,
        "clock": time.clock,
        "utc_offset": time.utc_offset,
    }


def verdict_record(verdict: Verdict) -> dict[str, object]:
    """What :func:`datelines.check` found: ok, agrees, difference, expected date, findings
    and explanations (the ``verdict`` of ``datelines extract``)."""
    return {
        "ok": verdict.ok,
        "agrees": verdict.agrees,
        "difference_days": verdict.difference_days,
        "calendar": verdict.calendar,
        "authority": verdict.authority,
        "expected": None if verdict.expected is None else verdict.expected.isoformat(),
        "findings": [
            {"code": f.code, "severity": f.severity, "message": f.message, "half": f.half}
            for f in verdict.findings
        ],
        "explanations": [
            {
                key: value
                for key, value in (
                    ("kind", e.kind),
                    ("description", e.description),
                    ("calendar", e.calendar),
                    ("offset", e.offset),
                    ("value", e.value),
                )
                if value is not None
            }
            for e in verdict.explanations
        ],
    }


def extraction_record(line: Dateline, verdict: Verdict) -> dict[str, object]:
    """One dateline found in a text: offsets, text, its halves in ISO form (partial where
    the text is; the Solar Hijri one null but on Iranian and Afghan lines), and its verdict."""
    return {
        "start": line.span[0],
        "end": line.span[1],
        "text": line.text,
        "hijri": None if line.hijri is None else line.hijri.isoformat(),
        "gregorian": None if line.gregorian is None else line.gregorian.isoformat(),
        "solar_hijri": None if line.solar_hijri is None else line.solar_hijri.isoformat(),
        "verdict": verdict_record(verdict),
    }


def extraction_records(text: str, calendar: str | Calendar | None = None) -> list[dict[str, object]]:
    """Every dateline in ``text`` as a JSON-ready record, checked in ``calendar`` (by default,
    in any authority's, as :func:`datelines.check` does): the unit of work for pipelines
    (Dask, Spark, a queue worker), and what ``datelines extract`` writes.

    >>> [(r["hijri"], r["gregorian"], r["verdict"]["ok"]) for r in extraction_records(
    ...     "Jakarta, 29 Ramadan 1437/4 July 2016 (MINA) – and 10 Rabiul Akhir 1437/23 January 2016")]
    [('1437-09-29', '2016-07-04', True), ('1437-04-10', '2016-01-23', False)]
    """
    from ._check.check import check
    from ._read.api import extract
    from .calendars import get_calendar

    resolved = None if calendar is None else get_calendar(calendar)
    return [extraction_record(line, check(line, calendar=resolved)) for line in extract(text)]


# --- what the listing commands and the service's GET endpoints answer --------------------------
# One builder per shape, so that ``datelines … --format json`` and ``datelines serve`` agree.


def conversion_record(cal: Calendar, day: date, hijri: HijriDate) -> dict[str, object]:
    """One date in both calendars, as ``datelines convert`` and ``today`` write it, with
    whether the Hijri month's start was announced, published or computed, and on what.

    >>> import datetime
    >>> from datelines import get_calendar
    >>> cal = get_calendar("umalqura")
    >>> found = conversion_record(cal, datetime.date(2016, 1, 20), cal.to_hijri(datetime.date(2016, 1, 20)))
    >>> found["hijri"], found["hijri_text"], found["weekday"]
    ('1437-04-10', "10 Rabi' al-Thani 1437 AH", 'Wednesday')
    """
    from .names.english import GREGORIAN_MONTHS, HIJRI_ERA, HIJRI_MONTHS, SOLAR_HIJRI_ERA, SOLAR_HIJRI_MONTHS

    months, era = HIJRI_MONTHS, HIJRI_ERA
    if cal.name.startswith("solar-hijri"):  # a Solar Hijri calendar: its own month names
        months, era = SOLAR_HIJRI_MONTHS, SOLAR_HIJRI_ERA
    source = cal.month_source(hijri.year, hijri.month)
    return {
        "calendar": cal.name,
        "gregorian": day.isoformat(),
        "hijri": hijri.isoformat(),
        "weekday": WEEKDAYS[day.weekday()],
        "gregorian_text": f"{day.day} {GREGORIAN_MONTHS[day.month - 1]} {day.year}",
        "hijri_text": f"{hijri.day} {months[hijri.month - 1]} {hijri.year} {era}",
        "hijri_month_length": cal.month_length(hijri.year, hijri.month),
        "month_source": source.kind,
        "month_source_detail": source.detail,
    }


def convert_record(
    text: str, cal: Calendar, source: Source = "auto", order: DateOrder | None = None
) -> dict[str, object]:
    """``text`` (anything ``datelines convert`` reads: ISO, numeric, written out in any
    language) converted to the other calendar: the input, the calendar it was read in
    (``from``) and :func:`conversion_record`. Raises the reader's or the calendar's
    :class:`~datelines.DatelineError` for a date it cannot read or convert.

    >>> from datelines import get_calendar
    >>> found = convert_record("10 Rabiul Akhir 1437", get_calendar("umalqura"))
    >>> found["from"], found["gregorian"]
    ('hijri', '2016-01-20')
    """
    from ._read.typed import read_date
    from .hijri import HijriDate

    value = read_date(text, source, order)
    if isinstance(value, HijriDate):
        return {"input": text, "from": "hijri", **conversion_record(cal, cal.to_gregorian(value), value)}
    return {"input": text, "from": "gregorian", **conversion_record(cal, value, cal.to_hijri(value))}


def calendar_record(name: str, kind: str) -> dict[str, object]:
    """A calendar by name, of its ``kind`` (built-in, computed, authority), and its range.

    >>> calendar_record("umalqura", "built-in")["first_gregorian"]
    '1924-08-01'
    """
    from .calendars import get_calendar

    cal = get_calendar(name)
    return {
        "kind": kind,
        "name": name,
        "first_hijri": cal.first.isoformat(),
        "last_hijri": cal.last.isoformat(),
        "first_gregorian": cal.first_gregorian.isoformat(),
        "last_gregorian": cal.last_gregorian.isoformat(),
    }


def authority_record(found: Authority) -> dict[str, object]:
    """An authority: who it is, how its months are decided, the rules that compute the
    months it did not announce, and the announced months shipped with datelines."""
    from .calendars.authorities import authority_calendar

    cal = authority_calendar(found.id)
    announced = sorted({year for year, _ in cal.announced})
    return {
        "id": found.id,
        "name": found.name,
        "country": found.country,
        "title": found.title,
        "method": found.method,
        "rules": [_rule(r) for r in found.rules],
        "announced_years": [announced[0], announced[-1]] if announced else None,
        "announced_months": len(cal.announced),
        "data": found.data,
        "first_hijri": cal.first.isoformat(),
        "last_hijri": cal.last.isoformat(),
    }


def _rule(rule: Rule) -> str:
    """ "from 1300: mabims at Banda Aceh", "from 1447: khgt (global)", and the printed
    calendar a rule defers to ("the umalqura table where it has the year")."""
    from .calendars.criteria import CRITERIA

    where = "(global)" if CRITERIA[rule.criterion].kind == "global" else f"at {rule.place}"
    printed = f"the {rule.calendar} table where it has the year, else " if rule.calendar else ""
    return f"from {rule.since}: {printed}{rule.criterion} {where}"


def religious_day_record(day: ReligiousDay) -> dict[str, object]:
    """A religious day of a Hijri year: its Gregorian date under each authority, and
    whether that was announced or computed."""
    return {
        "name": day.name,
        "hijri": day.hijri.isoformat(),
        "dates": [
            {"authority": d.authority, "gregorian": d.gregorian.isoformat(), "kind": d.kind}
            for d in day.dates
        ],
        "differ": day.differ,
    }


def style_record(name: str, style: Style, day: date) -> dict[str, object]:
    """A house style, with ``day`` written in it (or, in parentheses, why it cannot be).

    >>> import datetime
    >>> from datelines import get_style
    >>> style_record("iso", get_style("iso"), datetime.date(2016, 1, 20))["example"]
    '1437-04-10/2016-01-20'
    """
    from ._write.format import format_dateline
    from .errors import DatelineError

    try:
        example = format_dateline(day, style)
    except DatelineError as err:
        example = f"({err})"
    return {"name": name, "language": style.language, "example": example, "description": style.description}
