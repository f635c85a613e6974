"""Years written in words: "لعام ألفٍ وأربعمائةٍ وأربعة وأربعين هجريًّا" is the year 1444.

A number in words is a year only after a word for "year" ("لعام", "سنة", "سال") or before an
era word ("… وتسعمائة للهجرة"), so that ordinary number words ("ثلاثة أيام") never become
years; and, below a hundred, only with both ("سنة إحدى وستين للهجرة", 61 AH).
The run of words becomes one number unit, as if the year had been written in figures, and
the grammar reads it from there. The tables are :data:`datelines.names.words.YEAR_CARDINALS`
and :data:`datelines.names.words.YEAR_WORD_CUES`.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import TYPE_CHECKING, Final

from ..names.words import YEAR_CARDINALS, YEAR_WORD_CUES
from .lexicon import GERA, HERA
from .normalize import VANISHED, Folded, fold

if TYPE_CHECKING:
    from .tokens import Unit

__all__ = ["YEAR_IN_WORDS_RAW", "YEAR_STEMS", "years_in_words"]

_CARDINALS: Final = {fold(word): value for word, value, _ in YEAR_CARDINALS}
_CUES: Final = frozenset(fold(word) for word, _ in YEAR_WORD_CUES)
_AND: Final = "و"
# The stems every year in words has (its hundreds or its thousands), folded.
_STEMS: Final = "الف|هزار|مايه|مايت|ميه|ميت|صد|دويست"
# The stems, folded, one of which every year in words has (the scan for what text may hold
# looks for them).
YEAR_STEMS: Final = tuple(_STEMS.split("|"))
# Where a year in words may stand, in folded text: a word for "year" with a stem in one of the
# next three words. Each expression begins with a literal, which the engine finds at the
# speed of a string search: a text without one is not looked at further.
_REST: Final = rf"\x7f*(?:\s+\S+){{0,2}}?\s+\S{{0,2}}?(?:{_STEMS})"
_HINTS: Final = (re.compile(f"عام{_REST}"), re.compile(f"س(?:نه|ال){_REST}"))
# The spelled era words a year in words may stand before, folded ("هجريًّا", "للهجرة", "ميلاديًّا",
# "هجری قمری"): found as literals, and the word before each looked at.
_ERA_STEMS: Final = ("هجر", "ميلاد")


def _number_before_era(text: str) -> bool:
    """Whether a cardinal of the tables stands straight before a spelled era word."""
    for stem in _ERA_STEMS:
        at = text.find(stem)
        while at >= 0:
            end = at - 2 if text.startswith("لل", at - 2) else at
            end = len(text[:end].rstrip(" " + VANISHED))
            start = max(text.rfind(" ", 0, end), text.rfind(VANISHED, 0, end)) + 1
            word = text[start:end]
            if word in _CARDINALS or (word.startswith(_AND) and word[1:] in _CARDINALS):
                return True
            at = text.find(stem, at + 1)
    return False


# A word of running text, with its offsets: what stands between spaces and punctuation.
_WORD: Final = re.compile(r"[^\s,.;:()\"!?]+")


def _value(parts: Sequence[tuple[bool, int]]) -> int:
    """The number the parts say: they add up ("ألف وأربعمائة وأربعة وأربعين", 1444; "اثنتين
    وتسعمائة", 902), except a unit before a hundred or a thousand without "و", which multiplies
    ("دو هزار", 2000; "ثلاث مائة", 300)."""
    total = 0
    for joined, value in parts:
        if value in (100, 1000) and not joined and 0 < total < 10:
            total *= value
        else:
            total += value
    return total


def _run(words: Sequence[tuple[str, int, int]], at: int) -> tuple[int, int] | None:
    """The number in words that begins at word ``at`` and the index of the word after it;
    a last part in figures after a thousand and "و" ("هزار و 428", 1428)."""
    parts: list[tuple[bool, int]] = []
    k = at
    while k < len(words):
        word = words[k][0]
        joined = False
        step = 1
        if parts and word == _AND and k + 1 < len(words):
            joined, step, word = True, 2, words[k + 1][0]
        elif parts and word.startswith(_AND) and word[1:] in _CARDINALS:
            joined, word = True, word[1:]
        value = _CARDINALS.get(word)
        if value is None and joined and word.isdigit() and len(word) <= 3:
            if sum(v for _, v in parts) % 1000 == 0:  # "هزار و 428"
                parts.append((True, int(word)))
                k += step
            break
        if value is None:
            break
        parts.append((joined, value))
        k += step
    if not parts:
        return None
    return _value(parts), k


def _era_at(units: Sequence[Unit], start: int) -> bool:
    """Whether the unit that begins at folded offset ``start`` is an era word."""
    for unit in units:
        if unit.start == start:
            return any(entry.kind in (HERA, GERA) for entry in unit.entries)
        if unit.start > start:
            break
    return False


def years_in_words(folded: Folded, units: Sequence[Unit]) -> list[tuple[int, int, int]]:
    """Each year written in words in the folded text: (start, end, year), offsets into it."""
    text = folded.text
    if not any(hint.search(text) for hint in _HINTS) and not _number_before_era(text):
        return []
    words = [
        (match.group().replace(VANISHED, ""), match.start(), match.end()) for match in _WORD.finditer(text)
    ]
    found: list[tuple[int, int, int]] = []
    at = 0
    while at < len(words):
        if words[at][0] not in _CARDINALS:
            at += 1
            continue
        run = _run(words, at)
        assert run is not None
        year, after = run
        cued = (
            at > 0
            and words[at - 1][0] in _CUES
            and not text[words[at - 1][2] : words[at][1]].strip(" " + VANISHED)
        )
        era = after < len(words) and _era_at(units, words[after][1])
        # under a hundred, only with both ("سنة إحدى وستين للهجرة", 61): "سنة واحدة" is one year
        if ((year >= 100 and (cued or era)) or (cued and era)) and year < 10_000:
            found.append((words[at][1], words[after - 1][2], year))
        at = after
    return found


def _raw_class(letter: str) -> str:
    """Every character of the Arabic block that folds to ``letter``, as a class, with the
    harakat and tatweel that folding drops allowed after it."""
    same = sorted({letter} | {chr(code) for code in range(0x0600, 0x0700) if fold(chr(code)) == letter})
    return "[" + "".join(re.escape(ch) for ch in same) + "][\u064b-\u065f\u0670\u0640]*"


def _raw(word: str) -> str:
    return "".join(_raw_class(letter) for letter in word)


_RAW_STEMS: Final = "|".join(_raw(stem) for stem in _STEMS.split("|"))
_RAW_REST: Final = rf"[\u064b-\u065f\u0670\u0640]*(?:\s+\S+){{0,2}}?\s+\S{{0,2}}?(?:{_RAW_STEMS})"
# For ``extract``, in text as written (not folded): a word for "year" ("عام", "سنة", "سال") and,
# in one of the next three words, the stem of a hundred or a thousand. Such a year has no
# digit, and may be the only number of its dateline: the scan for digits does not see it.
# Two expressions, each beginning with a literal, which the engine looks for at the speed of
# a string search (one alternation of all three costs five times as much over archive text).
YEAR_IN_WORDS_RAW: Final = (re.compile(f"عام{_RAW_REST}"), re.compile(f"س(?:ن[ةه]|ال){_RAW_REST}"))
