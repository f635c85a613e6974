"""The lookup built from the language tables in :mod:`datelines.names`.

Every spelling is reduced to its :func:`~datelines.normalize.skeleton`, so matching text
is one dictionary lookup per candidate run of words. Built once, when the reader is first
imported; immutable afterwards.
"""

from __future__ import annotations

from collections.abc import Mapping
from types import MappingProxyType
from typing import NamedTuple

from .names import gregorian_months, hijri_months, words
from .normalize import fold, skeleton
from .normalize import words as split_words

__all__ = ["LEXICON", "Entry", "Lexicon"]

# Kinds of entry.
HMONTH = "hmonth"
GMONTH = "gmonth"
WEEKDAY = "weekday"
HERA = "hera"
GERA = "gera"
DAYWORD = "dayword"
HONORIFIC = "honorific"
FILL_DM = "fill_dm"
FILL_MY = "fill_my"
CONNECTOR = "connector"
ORDINAL = "ordinal"


class Entry(NamedTuple):
    """What a spelling means: its kind, value (month, weekday or day number) and language."""

    kind: str
    value: int
    language: str
    spelling: str


class Lexicon(NamedTuple):
    """Skeleton → entries, the most words any spelling spans, and the words that begin a
    spelling of more than one word (only those need a longer look-up)."""

    entries: Mapping[str, tuple[Entry, ...]]
    max_words: int
    first_words: frozenset[str]


# Single letters and two-letter words mean something only in a date's grammar (after a
# year, "H" is an era mark); the tables mark which kinds may stand alone.
def _build() -> Lexicon:
    table: dict[str, list[Entry]] = {}
    max_words = 1
    first_words: set[str] = set()

    def add(spelling: str, kind: str, value: int, language: str) -> None:
        nonlocal max_words
        key = skeleton(spelling)
        if not key:
            return
        entry = Entry(kind, value, language, spelling)
        found = table.setdefault(key, [])
        if all(e.kind != kind or e.value != value for e in found):
            found.append(entry)
        parts = split_words(fold(spelling))
        max_words = max(max_words, len(parts))
        if len(parts) > 1:
            first_words.add(parts[0])

    for month, spellings in enumerate(hijri_months.MONTHS, start=1):
        for spelling, language in spellings:
            add(spelling, HMONTH, month, language)
    for month, spellings in enumerate(gregorian_months.MONTHS, start=1):
        for spelling, language in spellings:
            add(spelling, GMONTH, month, language)
    for spelling, day, language in words.WEEKDAYS:
        add(spelling, WEEKDAY, day, language)
    for spelling, language in words.HIJRI_ERAS:
        add(spelling, HERA, 0, language)
    for spelling, language in words.GREGORIAN_ERAS:
        add(spelling, GERA, 0, language)
    for spelling, day, language in words.DAY_WORDS:
        add(spelling, DAYWORD, day, language)
    for spelling in hijri_months.HONORIFICS:
        add(spelling, HONORIFIC, 0, "und")
    for spelling in words.DAY_MONTH_FILLERS:
        add(spelling, FILL_DM, 0, "und")
    for spelling in words.MONTH_YEAR_FILLERS:
        add(spelling, FILL_MY, 0, "und")
    for spelling, language in words.CONNECTORS:
        add(spelling, CONNECTOR, 0, language)
    for spelling in words.ORDINAL_SUFFIXES:
        add(spelling, ORDINAL, 0, "und")
    return Lexicon(MappingProxyType({k: tuple(v) for k, v in table.items()}), max_words, frozenset(first_words))


LEXICON = _build()


def month_collisions() -> list[str]:
    """Skeletons that name a Hijri and a Gregorian month at once (must be none)."""
    return [key for key, found in LEXICON.entries.items() if {HMONTH, GMONTH} <= {e.kind for e in found}]
