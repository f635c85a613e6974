"""The calendars, and the registry that finds one by name.

=================  =====================================================  ======================
name               what it is                                             also accepted as
=================  =====================================================  ======================
``umalqura``       the published Umm al-Qura calendar (``hijridate``),    ``islamic-umalqura``,
                   1343-1500 AH, 1924-08-01 to 2077-11-16 (the default)   ``ummalqura``
``umalqura-icu``   ICU/CLDR's Umm al-Qura table, as in Java and ``Intl``  ``icu``
                   (1300-1600 AH)
``civil``          tabular, Friday epoch (ICU ``islamic-civil``)          ``islamic-civil``
``astronomical``   tabular, Thursday epoch (ICU ``islamic-tbla``)         ``islamic-tbla``,
                                                                          ``tbla``
=================  =====================================================  ======================

A name may carry a day offset: ``"umalqura-1"`` is Umm al-Qura one day behind, as in a
country whose months begin a day later than Saudi Arabia's.
"""

from __future__ import annotations

import sys
from os import PathLike

from ..errors import CalendarError
from .base import Calendar

TYPE_CHECKING = False  # typing costs 5 ms to import; mypy reads this name all the same
if TYPE_CHECKING:
    from .._types import TableSource

__all__ = ["CALENDAR_NAMES", "Calendar", "builtin_calendar", "calendar_names", "get_calendar"]


_ALIASES = {
    "umalqura": "umalqura",
    "ummalqura": "umalqura",
    "umm-al-qura": "umalqura",
    "islamic-umalqura": "umalqura",
    "umalqura-icu": "umalqura-icu",
    "icu": "umalqura-icu",
    "civil": "civil",
    "islamic-civil": "civil",
    "islamicc": "civil",  # CLDR's deprecated alias of islamic-civil
    "astronomical": "astronomical",
    "islamic-tbla": "astronomical",
    "tbla": "astronomical",
}


def _split_offset(key: str) -> tuple[str, int] | None:
    """``"umalqura-1"`` → ``("umalqura", -1)``; ``None`` when the name ends in no offset."""
    cut = max(key.rfind("+"), key.rfind("-"))
    digits = key[cut + 1 :]
    if cut <= 0 or not (digits.isascii() and digits.isdigit()) or len(digits) > 2:
        return None
    return key[:cut], int(key[cut:])


def calendar_names() -> tuple[str, ...]:
    """The names of the built-in calendars, the default first.

    >>> calendar_names()
    ('umalqura', 'umalqura-icu', 'civil', 'astronomical')
    """
    return CALENDAR_NAMES


_MODULES = {
    "umalqura": ("datelines.calendars.umalqura", "UMALQURA"),
    "umalqura-icu": ("datelines.calendars.icu", "UMALQURA_ICU"),
    "civil": ("datelines.calendars.tabular", "CIVIL"),
    "astronomical": ("datelines.calendars.tabular", "ASTRONOMICAL"),
}
# The built-in calendars, the default first.
CALENDAR_NAMES = tuple(_MODULES)


def builtin_calendar(name: str) -> Calendar:
    """A built-in calendar by its canonical name (see :data:`CALENDAR_NAMES`)."""
    # Each calendar's module is imported on first use (hijridate is slow to import);
    # Python's import lock makes that safe from any thread without a cache of our own,
    # and sys.modules answers later calls faster than an import statement would.
    module_name, attribute = _MODULES[name]
    module = sys.modules.get(module_name)
    if module is None:
        from importlib import import_module

        module = import_module(module_name)
    calendar: Calendar = getattr(module, attribute)
    return calendar


def get_calendar(
    calendar: str | Calendar = "umalqura",
    *,
    offset: int = 0,
    table: TableSource | None = None,
) -> Calendar:
    """A calendar by name (or a calendar itself), shifted by ``offset`` days and overridden
    by a table of announced month starts where ``table`` has entries.

    The offset applies first, then the table: "our months usually begin a day after Umm
    al-Qura's, and here are the announced starts where they did not" is
    ``get_calendar("umalqura", offset=-1, table="announced.csv")``.

    >>> get_calendar("islamic-civil").name
    'civil'
    >>> get_calendar("umalqura", offset=-1).name
    'umalqura-1'
    >>> get_calendar("gregorian")
    Traceback (most recent call last):
    ...
    datelines.errors.CalendarError: unknown calendar 'gregorian'; known: umalqura, umalqura-icu, civil, astronomical (or islamic-umalqura, islamic-civil, islamic-tbla)
    """
    if isinstance(calendar, Calendar):
        base = calendar
    elif isinstance(calendar, str):
        key = calendar.strip().lower().replace("_", "-")
        canonical = _ALIASES.get(key)
        if canonical is None and (split := _split_offset(key)):
            named = _ALIASES.get(split[0])
            if named is not None:
                from .offset import OffsetCalendar

                base = OffsetCalendar(builtin_calendar(named), split[1])
                return get_calendar(base, offset=offset, table=table)
        if canonical is None:
            raise CalendarError(
                f"unknown calendar {calendar!r}; known: {', '.join(CALENDAR_NAMES)} "
                "(or islamic-umalqura, islamic-civil, islamic-tbla)",
                text=calendar,
            )
        base = builtin_calendar(canonical)
    else:
        raise TypeError(f"calendar must be a name or a Calendar, not {type(calendar).__name__}")
    if isinstance(offset, bool) or not isinstance(offset, int):
        raise TypeError(f"offset must be an int, not {type(offset).__name__}")
    if offset:
        from .offset import OffsetCalendar

        if isinstance(base, OffsetCalendar):  # offsets add up: "umalqura-1" one day on is umalqura
            offset += base.offset
            base = base.base
        base = OffsetCalendar(base, offset) if offset else base
    if table is not None:
        from .sighting import SightingCalendar, SightingTable

        if not isinstance(table, SightingTable):
            if not isinstance(table, (str, PathLike)):
                raise TypeError(f"table must be a SightingTable or a path, not {type(table).__name__}")
            table = SightingTable.from_file(table)
        base = SightingCalendar(base, table)
    return base
