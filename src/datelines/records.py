"""Datelines as plain JSON-ready dicts, for the command line and for pipelines."""

from __future__ import annotations

from .dateline import Dateline, DatePart
from .names.english import WEEKDAYS

__all__ = ["dateline_record", "part_record"]


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
    }


def dateline_record(line: Dateline) -> dict[str, object]:
    """A dateline with both halves, weekday, place, agency, span and languages."""
    return {
        "hijri": part_record(line.hijri),
        "gregorian": part_record(line.gregorian),
        "weekday": None if line.weekday is None else WEEKDAYS[line.weekday],
        "weekday_text": line.weekday_text,
        "place": line.place,
        "agency": line.agency,
        "text": line.text,
        "span": list(line.span),
        "languages": list(line.languages),
    }
