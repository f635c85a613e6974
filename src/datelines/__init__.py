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
)
from .hijri import HijriDate

__version__ = "0.1.0"

__all__ = [
    "Calendar",
    "CalendarError",
    "DatePart",
    "Dateline",
    "DatelineError",
    "HijriDate",
    "InvalidDateError",
    "MonthStart",
    "OutOfRangeError",
    "ParseError",
    "SightingTable",
    "SightingTableError",
    "__version__",
    "calendar_names",
    "extract",
    "get_calendar",
    "load_sighting_table",
    "month_length",
    "parse",
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
    "parse": "datelines.parsing",
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
    from .dateline import Dateline, DatePart
    from .extraction import extract
    from .parsing import parse


def __getattr__(name: str) -> object:
    module = _LAZY.get(name)
    if module is None:
        raise AttributeError(f"module 'datelines' has no attribute {name!r}")
    from importlib import import_module

    value = getattr(import_module(module), name)
    globals()[name] = value
    return value


def __dir__() -> list[str]:
    return sorted(set(globals()) | set(__all__))
