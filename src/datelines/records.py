"""Datelines as plain JSON-ready dicts, for the command line and for pipelines."""

from __future__ import annotations

from .dateline import Dateline, DatePart, TimeOfDay
from .names.english import WEEKDAYS

TYPE_CHECKING = False
if TYPE_CHECKING:
    from ._check.verdict import Verdict
    from .calendars import Calendar

__all__ = [
    "dateline_record",
    "extraction_record",
    "extraction_records",
    "part_record",
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
    }


def dateline_record(line: Dateline) -> dict[str, object]:
    """A dateline with both halves, weekday, place, agency, span and languages."""
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
    """One dateline found in a text: offsets, text, both halves in ISO form (partial where
    the text is), and its verdict."""
    return {
        "start": line.span[0],
        "end": line.span[1],
        "text": line.text,
        "hijri": None if line.hijri is None else line.hijri.isoformat(),
        "gregorian": None if line.gregorian is None else line.gregorian.isoformat(),
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
    from ._read.extract import extract
    from .calendars import get_calendar

    resolved = None if calendar is None else get_calendar(calendar)
    return [extraction_record(line, check(line, calendar=resolved)) for line in extract(text)]
