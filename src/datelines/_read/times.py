"""The time of day stated with a dateline: a word for the evening or the night, or a clock
time, within a few words of it ("Minggu malam, 30 Maret 2025", "… 20 April 2023, pukul
19.00 WIB"). The words are in :mod:`datelines.names.times`."""

from __future__ import annotations

import re
from collections.abc import Sequence

from ..dateline import TimeOfDay
from ..names.times import AFTERNOON_MARKS, EVENING_WORDS, MORNING_MARKS, ZONES
from .normalize import Folded, fold, skeleton
from .pairs import Pair
from .tokens import Unit

__all__ = ["EVENING", "time_near"]

EVENING = frozenset(skeleton(spelling) for spelling, _ in EVENING_WORDS)
_ZONES = {fold(name): minutes for name, minutes in ZONES}


def _alternation(spellings: Sequence[str]) -> str:
    return "|".join(re.escape(s) for s in sorted(spellings, key=len, reverse=True))


# A clock time: hours and minutes ("19:00", "19.00", "7h30"), or an hour with am/pm; then
# perhaps a zone and an offset ("GMT+3"). Not a piece of a dotted date ("30.03.2025") nor
# of a longer number.
_CLOCK = re.compile(
    r"(?<![\d./:\-])([01]?\d|2[0-3])(?:[:.h]([0-5]\d))?(?![\d/]|\.\d)"
    rf"(?:\s?({_alternation([fold(m) for m in (*AFTERNOON_MARKS, *MORNING_MARKS)])})(?![^\W\d_]))?"
    rf"(?:\s?({_alternation(list(_ZONES))})(?![^\W\d_])(?:([+\-−]\d{{1,2}})(?::?([0-5]\d))?(?!\d))?)?"
)
_AFTERNOON = frozenset(fold(m) for m in AFTERNOON_MARKS)
# How far from the dateline a time may stand, in units (words, numbers and signs).
_BEFORE, _AFTER = 5, 8


def time_near(text: str, folded: Folded, units: Sequence[Unit], pair: Pair) -> TimeOfDay | None:
    """The time of day stated with the dateline of ``pair``, if any: its evening words and
    its clock time (the nearest of each)."""
    lo, hi = max(0, pair.first - _BEFORE), min(len(units) - 1, pair.last + _AFTER)
    inside = [(units[h.first].start, units[h.last].end) for h in (pair.hijri, pair.gregorian)]
    evening: Unit | None = None
    for index in range(lo, hi + 1):
        unit = units[index]
        if (
            unit.kind in ("word", "lex")
            and skeleton(unit.text) in EVENING
            and (evening is None or _gap(unit, pair, units) < _gap(evening, pair, units))
        ):
            evening = unit
    clock = _clock(folded.text, units[lo].start, units[hi].end, inside)
    if evening is None and clock is None:
        return None
    if clock is None:
        assert evening is not None
        start, end = folded.span(evening.start, evening.end)
        return TimeOfDay(text[start:end], (start, end), evening=True)
    match, hour, minute, offset = clock
    if evening is not None and hour < 12 and 0 <= evening.start - match.end() <= 2:
        hour += 12  # "7.30 malam", "7 مساء"
    start, end = folded.span(match.start(), match.end())
    return TimeOfDay(text[start:end].strip(), (start, end), evening is not None, hour, minute, offset)


def _gap(unit: Unit, pair: Pair, units: Sequence[Unit]) -> int:
    """Characters between a unit and the dateline."""
    return max(units[pair.first].start - unit.end, unit.start - units[pair.last].end, 0)


def _clock(
    folded: str, start: int, end: int, inside: list[tuple[int, int]]
) -> tuple[re.Match[str], int, int, int | None] | None:
    # A time that begins in the window may end after it ("18:30 UTC-03:30").
    for match in _CLOCK.finditer(folded, start, min(len(folded), end + 16)):
        if match.start() >= end:
            break
        minutes, mark, zone, sign = match.group(2), match.group(3), match.group(4), match.group(5)
        if minutes is None and mark is None:
            continue  # a bare number is a day, not an hour
        if any(a < match.end() and match.start() < b for a, b in inside):
            continue  # the dateline's own digits
        hour = int(match.group(1))
        if mark is not None and 1 <= hour <= 12:
            hour = hour % 12 + (12 if mark in _AFTERNOON else 0)
        elif minutes is None:
            continue  # "19 am": no time
        offset = _ZONES[zone] if zone is not None else None
        if sign is not None:
            shift = int(sign[1:]) * 60 + int(match.group(6) or 0)
            offset = (offset or 0) + (-shift if sign[0] in "-−" else shift)
        return match, hour, int(minutes or 0), offset
    return None
