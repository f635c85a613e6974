"""The time of day stated with a dateline: a word for the evening or the night, or a clock
time, within a few words of it ("Minggu malam, 30 Maret 2025", "… 20 April 2023, pukul
19.00 WIB"). The words are in :mod:`datelines.names.times`."""

from __future__ import annotations

import re
from collections.abc import Sequence
from functools import lru_cache
from typing import Final

from ..dateline import TimeOfDay
from ..names.times import (
    AFTERNOON_MARKS,
    EVENING_BEFORE_WORDS,
    EVENING_WORDS,
    MORNING_MARKS,
    NIGHT_OF_DAY_WORDS,
    ZONES,
)
from .lexicon import WEEKDAY
from .normalize import Folded, fold, skeleton
from .pairs import Pair
from .tokens import Unit, entry_of

__all__ = ["EVENING", "time_near"]

EVENING: Final = frozenset(skeleton(spelling) for spelling, _ in EVENING_WORDS)
_EVENING_BEFORE: Final = frozenset(skeleton(spelling) for spelling, _ in EVENING_BEFORE_WORDS)
_NIGHT_OF: Final = frozenset(skeleton(spelling) for spelling, _ in NIGHT_OF_DAY_WORDS)
_ZONES: Final = {fold(name): minutes for name, minutes in ZONES}
_OF: Final = frozenset({"of"})  # "the night of Thursday" (Arabic and Persian say it without a word between)


def _alternation(spellings: Sequence[str]) -> str:
    return "|".join(re.escape(s) for s in sorted(spellings, key=len, reverse=True))


# A clock time: hours and minutes ("19:00", "19.00", "7h30"), or an hour with am/pm; then
# perhaps a zone and an offset ("GMT+3"). Not a piece of a dotted date ("30.03.2025") nor
# of a longer number. (The look-ahead first lets the engine skip to digits: a pattern that
# begins with a look-behind is tried at every position.)
_CLOCK: Final = re.compile(
    r"(?=\d)(?<![\d./:\-])([01]?\d|2[0-3])(?:[:.h]([0-5]\d))?(?![\d/]|\.\d)"
    rf"(?:\s?({_alternation([fold(m) for m in (*AFTERNOON_MARKS, *MORNING_MARKS)])})(?![^\W\d_]))?"
    rf"(?:\s?({_alternation(list(_ZONES))})(?![^\W\d_])(?:([+\-−]\d{{1,2}})(?::?([0-5]\d))?(?!\d))?)?"
)
_AFTERNOON: Final = frozenset(fold(m) for m in AFTERNOON_MARKS)
_NUMERIC_OFFSET: Final = re.compile(r"\s?([+\-−])(0\d|1[0-4]):?([0-5]\d)(?!\d)")  # "+0700", "+07:00"
_UNKNOWN_ZONE: Final = re.compile(r"\s?[A-Z]{2,5}\b")  # "JST": a zone we cannot place, so no time
_SENTENCE_END: Final = frozenset(".;!?۔؟")
# How far from the dateline a time may stand, in units (words, numbers and signs), within
# its sentence: evening words close by ("Minggu malam, 1 Syawal …"), a clock a little
# further ("… 30 Maret 2025 pukul 19.00 WIB").
_EVENING_REACH, _CLOCK_BEFORE, _CLOCK_AFTER = 3, 4, 5


def time_near(text: str, folded: Folded, units: Sequence[Unit], pair: Pair) -> TimeOfDay | None:
    """The time of day stated with the dateline of ``pair``, if any: its evening words and
    its clock time (the nearest of each)."""
    if not _may_have_time(units, pair):
        return None
    return _time_near(text, folded, units, pair)


def _time_near(text: str, folded: Folded, units: Sequence[Unit], pair: Pair) -> TimeOfDay | None:
    """:func:`time_near` without the look first for a number or an evening word near."""
    inside = [(units[h.first].start, units[h.last].end) for h in (pair.hijri, pair.gregorian)]
    lo, hi = _reach(units, pair, _EVENING_REACH, _EVENING_REACH)
    # "on the night of Thursday, January 15, 2026 (27th Rajab 1447 AH)" (tenth fresh set): an
    # evening word with "of" before the line's weekday, however far that stands. Not any word
    # before it ("… said late on Tuesday night that Thursday …", "مساء أمس أن الخميس": a review).
    weekday = next((k for k in range(pair.first - 1, lo - 1, -1) if entry_of(units[k], WEEKDAY)), None)
    if (
        weekday is not None
        and weekday >= 2
        and weekday - 2 < lo
        and units[weekday - 1].text in _OF
        and units[weekday - 2].kind in ("word", "lex")
        and _is_evening(units[weekday - 2].text)
    ):
        lo = weekday - 2
    evening: int | None = None
    for index in range(lo, hi + 1):
        unit = units[index]
        if (
            unit.kind in ("word", "lex")
            and (
                _is_evening(unit.text)
                or (index < pair.gregorian.first and _is_evening_before(unit.text))
                or _night_of_the_day(units, pair, index)
            )
            and (evening is None or _gap(unit, pair, units) < _gap(units[evening], pair, units))
        ):
            evening = index
    lo, hi = _reach(units, pair, _CLOCK_BEFORE, _CLOCK_AFTER)
    clock = _clock(text, folded, units[lo].start, units[hi].end, inside)
    if evening is None and clock is None:
        return None
    # "malam Senin", "ليلة الأحد": the night before the weekday named after it.
    night_before = (
        evening is not None and evening + 1 < len(units) and entry_of(units[evening + 1], WEEKDAY) is not None
    )
    if clock is None:
        assert evening is not None
        start, end = folded.span(units[evening].start, units[evening].end)
        return TimeOfDay(text[start:end], (start, end), evening=True, night_before=night_before)
    match, hour, minute, offset, stop = clock
    after = next((i for i, u in enumerate(units) if 0 <= u.start - stop <= 2), None)
    if after is not None and units[after].kind in ("word", "lex") and _is_evening(units[after].text):
        evening = after  # "7.30 malam", "7 مساء": the evening word of the clock itself
        if hour < 12:
            hour += 12
    start, end = folded.span(match.start(), stop)
    return TimeOfDay(
        text[start:end].strip(), (start, end), evening is not None, hour, minute, offset, night_before
    )


def _may_have_time(units: Sequence[Unit], pair: Pair) -> bool:
    """Whether a number or an evening word stands within the farthest reach of the dateline
    (most datelines have neither): a clock time begins with a digit, which is a number's (or,
    in the few scripts whose digits folding keeps, a sign's), and an evening word is a word.
    The halves' own numbers do not count: the exact search leaves them out."""
    hijri, gregorian = pair.hijri, pair.gregorian
    for index in range(
        max(
            0, pair.first - max(2 * _EVENING_REACH, _CLOCK_BEFORE)
        ),  # (an evening word may stand before the weekday)
        min(len(units), pair.last + max(_EVENING_REACH, _CLOCK_AFTER) + 1),
    ):
        unit = units[index]
        kind = unit.kind
        if kind == "num" or (kind == "sign" and unit.text.isdecimal()):
            if not (hijri.first <= index <= hijri.last or gregorian.first <= index <= gregorian.last):
                return True
        elif kind != "sign" and (
            _is_evening(unit.text)
            or (index < pair.gregorian.first and _is_evening_before(unit.text))
            or _night_of_the_day(units, pair, index)
        ):
            return True
    return False


def _night_of_the_day(units: Sequence[Unit], pair: Pair, index: int) -> bool:
    """Whether the unit at ``index`` is a word for "the night" said of the Hijri day: in its
    half, or just before its number (see NIGHT_OF_DAY_WORDS)."""
    return pair.hijri.first - 2 <= index <= pair.hijri.last and _is_night_of(units[index].text)


@lru_cache(maxsize=4096)
def _is_night_of(word: str) -> bool:
    """Whether a folded word is one of NIGHT_OF_DAY_WORDS (cached, as :func:`_is_evening`)."""
    return skeleton(word) in _NIGHT_OF


@lru_cache(maxsize=4096)
def _is_evening(word: str) -> bool:
    """Whether a folded word is one of the evening words (cached: folding again costs)."""
    return skeleton(word) in EVENING


@lru_cache(maxsize=4096)
def _is_evening_before(word: str) -> bool:
    """Whether a folded word is a word of sunset (see EVENING_BEFORE_WORDS)."""
    return skeleton(word) in _EVENING_BEFORE


def _reach(units: Sequence[Unit], pair: Pair, before: int, after: int) -> tuple[int, int]:
    """The units up to ``before`` and ``after`` of the dateline, not past a sentence's end."""
    lo = pair.first
    while lo > 0 and pair.first - lo < before and not _ends_sentence(units, lo - 1):
        lo -= 1
    hi = pair.last
    while hi + 1 < len(units) and hi - pair.last < after and not _ends_sentence(units, hi + 1):
        hi += 1
    return lo, hi


def _ends_sentence(units: Sequence[Unit], index: int) -> bool:
    """A full stop (or ; ! ?) with a space or nothing after it: not the dot of "19.00"."""
    unit = units[index]
    if unit.kind != "sign" or unit.text not in _SENTENCE_END:
        return False
    return index + 1 == len(units) or not units[index + 1].glued


def _gap(unit: Unit, pair: Pair, units: Sequence[Unit]) -> int:
    """Characters between a unit and the dateline."""
    return max(units[pair.first].start - unit.end, unit.start - units[pair.last].end, 0)


def _clock(
    text: str, folded: Folded, start: int, end: int, inside: list[tuple[int, int]]
) -> tuple[re.Match[str], int, int, int | None, int] | None:
    """The first clock time that begins in folded[start:end], with its hour, minute, zone
    offset (minutes east of UTC) and where it ends."""
    # A time that begins in the window may end after it ("18:30 UTC-03:30").
    for match in _CLOCK.finditer(folded.text, start, min(len(folded.text), end + 16)):
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
        stop = match.end()
        offset = _ZONES[zone] if zone is not None else None
        if sign is not None:
            shift = int(sign[1:]) * 60 + int(match.group(6) or 0)
            offset = (offset or 0) + (-shift if sign[0] in "-−" else shift)
        elif zone is None and (numeric := _NUMERIC_OFFSET.match(folded.text, stop)):
            shift = int(numeric.group(2)) * 60 + int(numeric.group(3))
            offset, stop = (-shift if numeric.group(1) in "-−" else shift), numeric.end()
        elif zone is None and _UNKNOWN_ZONE.match(text, folded.span(stop, stop)[0]):
            return None  # "20:00 JST": a time we cannot place
        if offset is not None and not -12 * 60 <= offset <= 14 * 60:
            return None  # "UTC+25": no such zone
        return match, hour, int(minutes or 0), offset, stop
    return None
