"""datelines: dual-calendar (Hijri and Gregorian) datelines for newsrooms and archives.

>>> import datetime, datelines
>>> datelines.to_hijri(datetime.date(2016, 1, 20))
HijriDate(1437, 4, 10)
>>> datelines.to_gregorian(datelines.HijriDate(1437, 4, 10))
datetime.date(2016, 1, 20)
"""

from __future__ import annotations

from .calendars import Calendar, calendar_names, get_calendar
from .convert import month_length, to_gregorian, to_hijri, today, year_length
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
    "Calendar",
    "CalendarError",
    "DatePart",
    "Dateline",
    "DatelineError",
    "Explanation",
    "Finding",
    "HijriDate",
    "InvalidDateError",
    "MonthStart",
    "OutOfRangeError",
    "ParseError",
    "SightingTable",
    "SightingTableError",
    "Style",
    "StyleError",
    "Template",
    "Verdict",
    "__version__",
    "calendar_names",
    "check",
    "extract",
    "format",
    "get_calendar",
    "get_style",
    "load_sighting_table",
    "load_style",
    "month_length",
    "parse",
    "style_names",
    "to_gregorian",
    "to_hijri",
    "today",
    "year_length",
]

# Names whose modules are imported on first access (PEP 562), to keep `import datelines`
# light: the reader builds its lexicon, the sighting tables bring csv and json. (The
# modules are not named like the functions: importing a submodule binds its name on the
# package, which would shadow the function.)
_LAZY = {
    "format": "datelines.formatting:format_dateline",
    "Style": "datelines.styles",
    "get_style": "datelines.styles",
    "load_style": "datelines.styles",
    "style_names": "datelines.styles",
    "Template": "datelines.template",
    "parse": "datelines.parsing",
    "check": "datelines.checking",
    "Verdict": "datelines.checking",
    "Finding": "datelines.checking",
    "Explanation": "datelines.checking",
    "extract": "datelines.extraction",
    "Dateline": "datelines.dateline",
    "DatePart": "datelines.dateline",
    "MonthStart": "datelines.calendars.sighting",
    "SightingTable": "datelines.calendars.sighting",
    "load_sighting_table": "datelines.calendars.sighting",
}

TYPE_CHECKING = False
if TYPE_CHECKING:
    from .calendars.sighting import MonthStart, SightingTable, load_sighting_table
    from .checking import Explanation, Finding, Verdict, check
    from .dateline import Dateline, DatePart
    from .extraction import extract
    from .formatting import format_dateline as format
    from .parsing import parse
    from .styles import Style, get_style, load_style, style_names
    from .template import Template


def __getattr__(name: str) -> object:
    module = _LAZY.get(name)
    if module is None:
        raise AttributeError(f"module 'datelines' has no attribute {name!r}")
    from importlib import import_module

    module, _, attribute = module.partition(":")
    value = getattr(import_module(module), attribute or name)
    globals()[name] = value
    return value


def __dir__() -> list[str]:
    return sorted(set(globals()) | set(__all__))
