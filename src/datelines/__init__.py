"""datelines: dual-calendar (Hijri and Gregorian) datelines for newsrooms and archives.

>>> import datetime, datelines
>>> datelines.to_hijri(datetime.date(2016, 1, 20))
HijriDate(1437, 4, 10)
>>> datelines.to_gregorian(datelines.HijriDate(1437, 4, 10))
datetime.date(2016, 1, 20)
"""

from __future__ import annotations

from ._convert import month_length, to_gregorian, to_hijri, today, year_length
from .calendars import Calendar, calendar_names, get_calendar
from .errors import (
    CalendarError,
    DatelineError,
    InvalidDateError,
    OutOfRangeError,
    ParseError,
    SightingTableError,
    StyleError,
)
from .hijri import HijriDate

__version__ = "0.1.0"

__all__ = [
    "Authority",
    "Calendar",
    "CalendarError",
    "DatePart",
    "Dateline",
    "DatelineError",
    "Explanation",
    "Finding",
    "HijriArrays",
    "HijriDate",
    "InvalidDateError",
    "MonthSource",
    "MonthStart",
    "OutOfRangeError",
    "ParseError",
    "Place",
    "ReligiousDay",
    "SightingTable",
    "SightingTableError",
    "Style",
    "StyleError",
    "Template",
    "TimeOfDay",
    "Verdict",
    "__version__",
    "authorities",
    "calendar_names",
    "check",
    "extract",
    "extract_many",
    "format",
    "get_authority",
    "get_calendar",
    "get_style",
    "load_sighting_table",
    "load_style",
    "month_length",
    "parse",
    "read_date",
    "religious_days",
    "style_names",
    "to_gregorian",
    "to_gregorian_many",
    "to_hijri",
    "to_hijri_many",
    "today",
    "year_length",
]

# Names whose modules are imported on first access (PEP 562), to keep `import datelines`
# light: the reader builds its lexicon, the sighting tables bring csv and json. (The
# modules are not named like the functions: importing a submodule binds its name on the
# package, which would shadow the function.)
_LAZY = {
    "format": "datelines._write.format:format_dateline",
    "Style": "datelines._write.styles",
    "get_style": "datelines._write.styles",
    "load_style": "datelines._write.styles",
    "style_names": "datelines._write.styles",
    "Template": "datelines._write.template",
    "parse": "datelines._read.api",
    "check": "datelines._check.check",
    "Verdict": "datelines._check.verdict",
    "Finding": "datelines._check.verdict",
    "Explanation": "datelines._check.verdict",
    "extract": "datelines._read.api",
    "extract_many": "datelines._read.api",
    "read_date": "datelines._read.api",
    "Dateline": "datelines.dateline",
    "DatePart": "datelines.dateline",
    "TimeOfDay": "datelines.dateline",
    "MonthStart": "datelines.calendars.sighting",
    "MonthSource": "datelines.calendars.source",
    "Authority": "datelines.calendars.authorities",
    "authorities": "datelines.calendars.authorities",
    "get_authority": "datelines.calendars.authorities",
    "Place": "datelines.calendars.places",
    "ReligiousDay": "datelines.calendars.religious",
    "religious_days": "datelines.calendars.religious",
    "SightingTable": "datelines.calendars.sighting",
    "load_sighting_table": "datelines.calendars.sighting",
    # Whole columns at once: these need NumPy (datelines[bulk]), which costs more to import
    # than all of datelines.
    "to_hijri_many": "datelines._bulk",
    "to_gregorian_many": "datelines._bulk",
    "HijriArrays": "datelines._bulk",
}

TYPE_CHECKING = False
if TYPE_CHECKING:
    from ._bulk import HijriArrays, to_gregorian_many, to_hijri_many
    from ._check.check import check
    from ._check.verdict import Explanation, Finding, Verdict
    from ._read.api import extract, extract_many, parse, read_date
    from ._write.format import format_dateline as format
    from ._write.styles import Style, get_style, load_style, style_names
    from ._write.template import Template
    from .calendars.authorities import Authority, authorities, get_authority
    from .calendars.places import Place
    from .calendars.religious import ReligiousDay, religious_days
    from .calendars.sighting import MonthStart, SightingTable, load_sighting_table
    from .calendars.source import MonthSource
    from .dateline import Dateline, DatePart, TimeOfDay


def __getattr__(name: str) -> object:
    module = _LAZY.get(name)
    if module is None:
        raise AttributeError(f"module 'datelines' has no attribute {name!r}")
    from importlib import import_module

    module, _, attribute = module.partition(":")
    value = getattr(import_module(module), attribute or name)
    globals()[name] = value
    return value


# Names of this module that are its own workings, not the library's (a trial: dir() listed
# them beside the API).
_WORKINGS = frozenset({"annotations", "TYPE_CHECKING"})


def __dir__() -> list[str]:
    return sorted((set(globals()) | set(__all__)) - _WORKINGS)
