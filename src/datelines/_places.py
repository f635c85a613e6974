"""Which authority a place or an agency named on a dateline points to: the checker asks it of
the place a line names, the writer of the place it is told to print."""

from __future__ import annotations

from collections.abc import Mapping
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
