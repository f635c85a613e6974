"""Which authority a place or an agency named on a dateline points to: the checker asks it of
the place a line names, the writer of the place it is told to print."""

from __future__ import annotations

from collections.abc import Mapping
from functools import cache
from types import MappingProxyType
from typing import Final

from .names import authorities as tables

PLACES: Final[Mapping[str, str]] = MappingProxyType({place.casefold(): a for place, a in tables.PLACES})
AGENCIES: Final[Mapping[str, str]] = MappingProxyType({agency.casefold(): a for agency, a in tables.AGENCIES})


def lookup(name: str, table: Mapping[str, str]) -> str | None:
    """The authority ``table`` gives ``name`` (casefolded, its edges' signs aside): whole, as
    its first part before a comma ("Houston, Texas": the city before its state's or country's
    name), or as its first words.

    >>> lookup("Rabat", PLACES), lookup("Jakarta, Indonesia", PLACES), lookup("Seoul", PLACES)
    ('MA', 'ID', None)
    """
    key = name.strip(" ,.-").casefold()
    city = key.split(",", 1)[0].strip()
    return (
        table.get(key)
        or table.get(city)
        or next((a for p, a in table.items() if key.startswith(p + " ")), None)
    )


def writing_authority(place: str) -> str | None:
    """The authority whose calendar a line placed at ``place`` is written in: the place's
    where the tables name it whole ("Rabat", "RABAT"), or the country's named after a comma
    or in brackets ("Hyderabad, Pakistan", "Rabat (Morocco)"); none where words the tables
    do not know may make it another place ("Alexandria, Virginia", "Hyderabad (Sindh)",
    "Padang Besar": a review). Stricter than :func:`lookup`, which reads a line's place.

    >>> writing_authority("RABAT"), writing_authority("Hyderabad, Pakistan"), writing_authority("Padang Besar")
    ('MA', 'PK', None)
    """
    key = " ".join(place.replace("(", ",").replace(")", " ").split()).strip(" ,.-").casefold()
    if key in PLACES:
        return PLACES[key]
    qualifier = key.partition(",")[2].strip()
    return _countries().get(qualifier) if qualifier else None


@cache
def _countries() -> Mapping[str, str]:
    """Each authority's country by name, casefolded ("pakistan": "PK"; "united states": "US")."""
    from .calendars.authorities import authorities

    found = {a.country.casefold(): a.id for a in authorities() if "-" not in a.id}
    found.update((name, a) for name, a in PLACES.items() if name in ("usa", "united states"))
    return MappingProxyType(found)
