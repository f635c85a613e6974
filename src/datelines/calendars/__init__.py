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
from numbers import Integral
from os import PathLike

from ..errors import CalendarError
from .base import Calendar

TYPE_CHECKING = False  # typing costs 5 ms to import; mypy reads this name all the same
if TYPE_CHECKING:
    from .._types import TableSource
    from .places import Place

__all__ = [
    "AUTHORITY_IDS",
    "BANGLA_NAMES",
    "CALENDAR_NAMES",
    "COMPUTED_NAMES",
    "SOLAR_NAMES",
    "Calendar",
    "builtin_calendar",
    "calendar_names",
    "get_calendar",
]


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


COMPUTED_NAMES = ("umalqura-rule", "mabims", "wujudul-hilal", "odeh", "odeh-b", "khgt", "fcna")
AUTHORITY_IDS = (
    "SA",
    "TR",
    "ID",
    "ID-muhammadiyah",
    "ID-nu",
    "MY",
    "BN",
    "SG",
    "IR",
    "MA",
    "EG",
    "PK",
    "IN",
    "BD",
    "TH",
    "ZA",
    "LK",
    "US",
    "AF",
    "KZ",
    "UZ",
    "RU",
    "AE",
    "QA",
    "KW",
    "NG",
)


# The Solar Hijri calendars of Iran and Afghanistan (see datelines.calendars.solar).
SOLAR_NAMES = ("solar-hijri", "solar-hijri-33")
_SOLAR_ALIASES = {
    "solar-hijri": "SOLAR_HIJRI",
    "shamsi": "SOLAR_HIJRI",
    "jalali": "SOLAR_HIJRI",
    "iranian": "SOLAR_HIJRI",
    "solar-hijri-33": "SOLAR_HIJRI_33",
    "persian": "SOLAR_HIJRI_33",
}


# Bangladesh's Bengali calendar, and its 1987 rule alone (see datelines.calendars.bangla).
BANGLA_NAMES = ("bangla", "bangla-1987")
_BANGLA_ALIASES = {
    "bangla": "BANGLA",
    "bengali": "BANGLA",
    "bangabda": "BANGLA",
    "bangla-1987": "BANGLA_1987",
    "bengali-1987": "BANGLA_1987",
}


def _named(calendar: str, place: str | Place | tuple[float, float] | None) -> Calendar:
    """A calendar by its name: built in, computed (at a place), or an authority's."""
    key = calendar.strip().lower().replace("_", "-")
    if key in _SOLAR_ALIASES and place is None:
        from . import solar

        solar_calendar: Calendar = getattr(solar, _SOLAR_ALIASES[key])
        return solar_calendar
    if key in _BANGLA_ALIASES and place is None:
        from . import bangla

        bangla_calendar: Calendar = getattr(bangla, _BANGLA_ALIASES[key])
        return bangla_calendar
    name, _, at = key.partition("@")
    if name in COMPUTED_NAMES:
        from .computed import computed_calendar
        from .places import get_place

        if "@" in key and not at.strip():
            raise CalendarError(f"{calendar!r} names no place after '@'", text=calendar)
        if at and place is not None:
            raise CalendarError(f"{calendar!r} names its place already; leave place= out", text=calendar)
        where = place if place is not None else (at or None)
        return computed_calendar(name, None if where is None else get_place(where))
    if place is not None:
        raise CalendarError(
            f"place applies to the computed calendars ({', '.join(COMPUTED_NAMES)}), not to {calendar!r}",
            text=calendar,
        )
    canonical = _ALIASES.get(key)
    if canonical is not None:
        return builtin_calendar(canonical)
    if key in _AUTHORITY_KEYS:
        from .authorities import authority_calendar

        return authority_calendar(_AUTHORITY_KEYS[key])
    if split := _split_offset(key):
        base = _named(split[0], None) if _known(split[0]) else None
        if base is not None:
            from .offset import OffsetCalendar

            return OffsetCalendar(base, split[1])
    raise CalendarError(
        f"unknown calendar {calendar!r}; known: {', '.join(CALENDAR_NAMES)} "
        f"(or islamic-umalqura, islamic-civil, islamic-tbla); computed: {', '.join(COMPUTED_NAMES)}; "
        f"authorities: {', '.join(AUTHORITY_IDS)}; solar: {', '.join(SOLAR_NAMES)} (or persian); "
        f"Bengali: {', '.join(BANGLA_NAMES)}",
        text=calendar,
    )


_AUTHORITY_KEYS = {identifier.lower(): identifier for identifier in AUTHORITY_IDS}


def _known(key: str) -> bool:
    return (
        key in _ALIASES
        or key in _AUTHORITY_KEYS
        or key in _SOLAR_ALIASES
        or key in _BANGLA_ALIASES
        or key.partition("@")[0] in COMPUTED_NAMES
    )


def solar_calendar_kind(cal: Calendar) -> str | None:
    """What ``cal`` is when it is a solar calendar (Solar Hijri, Bengali), which no lunar
    half is measured in; ``None`` for a lunar one.

    >>> solar_calendar_kind(get_calendar("bangla")), solar_calendar_kind(get_calendar("umalqura"))
    ("Bangladesh's Bengali calendar", None)
    """
    if cal.name.startswith("solar-hijri"):
        return "the Solar Hijri calendar"
    if cal.name.startswith("bangla"):
        return "Bangladesh's Bengali calendar"
    return None


def builtin_calendar(name: str) -> Calendar:
    """A built-in calendar by its canonical name (see :data:`CALENDAR_NAMES`)."""
    # Each calendar's module is imported on first use (hijridate is slow to import);
    # Python's import lock makes that safe from any thread without a cache of our own,
    # and sys.modules answers later calls faster than an import statement would.
    module_name, attribute = _MODULES[name]
    module = sys.modules.get(module_name)
    if module is None or not hasattr(module, attribute):
        # Not imported yet, or still being imported by another thread (sys.modules holds a
        # module from the start of its import): import_module waits for it to finish.
        from importlib import import_module

        module = import_module(module_name)
    calendar: Calendar = getattr(module, attribute)
    return calendar


def get_calendar(
    calendar: str | Calendar = "umalqura",
    *,
    offset: int = 0,
    table: TableSource | None = None,
    place: str | Place | tuple[float, float] | None = None,
) -> Calendar:
    """A calendar by name (or a calendar itself), shifted by ``offset`` days and overridden
    by a table of announced month starts where ``table`` has entries.

    Names are the built-in calendars (:data:`CALENDAR_NAMES`), the calendars computed from
    a crescent criterion (``umalqura-rule``, ``mabims``, ``wujudul-hilal``, ``odeh``, ``odeh-b``,
    ``khgt``, ``fcna``; ``place`` moves a local criterion elsewhere: ``get_calendar("mabims",
    place="Kuala Lumpur")``, or ``"mabims@kuala-lumpur"``), and the authorities' ids
    (``SA``, ``TR``, ``ID``, ``ID-muhammadiyah`` …; see :func:`datelines.authorities`).

    The offset applies first, then the table: "our months usually begin a day after Umm
    al-Qura's, and here are the announced starts where they did not" is
    ``get_calendar("umalqura", offset=-1, table="announced.csv")``.

    >>> get_calendar("islamic-civil").name
    'civil'
    >>> get_calendar("umalqura", offset=-1).name
    'umalqura-1'
    >>> get_calendar("ID").name, get_calendar("mabims").name
    ('ID', 'mabims')
    >>> get_calendar("gregorian")
    Traceback (most recent call last):
    ...
    datelines.errors.CalendarError: unknown calendar 'gregorian'; known: umalqura, umalqura-icu, civil, astronomical (or islamic-umalqura, islamic-civil, islamic-tbla); computed: umalqura-rule, mabims, wujudul-hilal, odeh, odeh-b, khgt, fcna; authorities: SA, TR, ID, ID-muhammadiyah, ID-nu, MY, BN, SG, IR, MA, EG, PK, IN, BD, TH, ZA, LK, US, AF, KZ, UZ, RU, AE, QA, KW, NG; solar: solar-hijri, solar-hijri-33 (or persian); Bengali: bangla, bangla-1987
    """
    if isinstance(calendar, Calendar):
        if place is not None:
            raise CalendarError(
                "place applies to a computed calendar named by its criterion, not to a Calendar"
            )
        base = calendar
    elif isinstance(calendar, str):
        base = _named(calendar, place)
    else:
        raise TypeError(f"calendar must be a name or a Calendar, not {type(calendar).__name__}")
    if isinstance(offset, bool) or not isinstance(offset, Integral) or type(offset).__name__ == "bool_":
        raise TypeError(f"offset must be an int, not {type(offset).__name__}")
    offset = int(offset)  # a NumPy integer, as a frame's column gives it
    if (offset or table is not None) and base.name.startswith("bangla"):
        # a fixed arithmetic calendar: no sighting moves its months
        raise CalendarError(
            f"{base.name!r} is Bangladesh's Bengali calendar, which no sighting moves: offset and "
            "table apply to a lunar calendar",
            text=base.name,
        )
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
            if not str(table).strip():
                from ..errors import SightingTableError

                raise SightingTableError(
                    "table is an empty path: name a .csv, .json or .toml file", source="''"
                )
            table = SightingTable.from_file(table)
        base = SightingCalendar(base, table)
    return base
