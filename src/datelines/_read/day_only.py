"""Halves without a month (issue #13): a day the text marks as a day of a month it does not
name. "ọjọ́ kẹtàlé-lógún 2023" (the twenty-third day, 2023), "19ـی مانگ" (the 19th of the
month), "2023 சனிக்கிழமை 22 ஆம் திகதி" (2023, Saturday, the 22nd date), "Bu ayın 10-cu günü"
(this month's 10th day), "इस महीने की दसवीं तारीख" (the tenth date of this month).

Such a half is found only where the day is marked as a month's day: an ordinal number with a
word for "day" or "date" after it, an ordinal day word after a word for "day" in a language
that writes ordinals after their noun, an ordinal number with the word for "month" after it,
or words for "this month's" before it (an ordinal day word before a word for "date" only
with them); never a bare number. It is no date alone: it pairs
only with a half that names its month, and only where the text ties the two (see
:func:`datelines._read.pairs.day_only_pairs`). Its calendar is its partner's other, or the
Gregorian calendar where it carries a year of our era.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import Final

from ..names.words import (
    DAY_COUNT_VERBS,
    DAY_NOUN_BEFORE_NUMBER,
    DAY_OF_ARTICLES,
    MONTH_AFTER_DAY,
    ORDINAL_AFTER_NOUN,
    OWNER_BEFORE_NOUN,
    THIS_MONTH_WORDS,
)
from .halves import GREGORIAN, HIJRI_YEAR_LIMIT, Half, is_day, is_month, is_year
from .lexicon import DAY_NOUNS, DAYWORD, LEXICON, ORDINAL, WEEKDAY
from .normalize import fold
from .tokens import Unit, entry_of

__all__ = ["day_only_halves", "names_a_date_again", "noun_before_number"]

_THIS_MONTH: Final = tuple((tuple(fold(phrase).split()), language) for phrase, language in THIS_MONTH_WORDS)
_MONTH_AFTER_DAY: Final = frozenset(fold(word) for word, _ in MONTH_AFTER_DAY)
_NOUN_BEFORE_NUMBER: Final = tuple(
    (tuple(fold(phrase).split()), language) for phrase, language in DAY_NOUN_BEFORE_NUMBER
)
_DAY_OF_ARTICLES: Final = frozenset(fold(word) for word, _ in DAY_OF_ARTICLES)
_DAY_COUNT_VERBS: Final = frozenset(fold(word) for word, _ in DAY_COUNT_VERBS)
# Every day-only half has one of these as a unit, or a unit of words ending in a day noun.
_TRIGGERS: Final = (
    frozenset(DAY_NOUNS) | _MONTH_AFTER_DAY | frozenset(words[0] for words, _ in _NOUN_BEFORE_NUMBER)
)
_ENDS_IN_DAY_NOUN: Final = re.compile(
    r" (?:" + "|".join(re.escape(noun) for noun in sorted(DAY_NOUNS, key=len, reverse=True)) + r")$",
    re.MULTILINE,
)
_ORDINAL_AFTER_NOUN: Final = frozenset(ORDINAL_AFTER_NOUN)
_OWNER_BEFORE_NOUN: Final = frozenset(OWNER_BEFORE_NOUN)


def day_only_halves(units: Sequence[Unit], taken: set[int]) -> list[Half]:
    """The day-only halves in ``units`` that touch none of the units ``taken`` (by other
    halves), in text order, without a calendar unless a year of our era is said with them."""
    texts = {unit.text for unit in units}
    if _TRIGGERS.isdisjoint(texts) and not _ENDS_IN_DAY_NOUN.search("\n".join(texts)):
        return []  # most lines: no word for "day", "date" or "month" after a number
    found: list[Half] = []
    for index, unit in enumerate(units):
        if index in taken:
            continue
        if unit.kind == "num" and is_day(unit):
            half = _numbered_day(units, index) or _number_after_day_noun(units, index)
        elif unit.text in DAY_NOUNS and index + 1 < len(units):
            half = _day_word_after_noun(units, index)
        elif unit.kind == "lex" and (
            (index + 1 < len(units) and units[index + 1].text in DAY_NOUNS)
            or (" " in unit.text and unit.text.rpartition(" ")[2] in DAY_NOUNS)
        ):
            half = _day_word_before_noun(units, index, taken)
        else:
            continue
        if half is None:
            continue
        if half.last + 1 < len(units) and is_month(units[half.last + 1]):
            continue  # "10 hari kedua Ramadan": the month's grammar has said what the day is
        half = _with_year(units, half, taken)
        if any(i in taken for i in range(half.first, half.last + 1)):
            continue
        if found and found[-1].last >= half.first:
            continue
        found.append(half)
    return found


def _numbered_day(units: Sequence[Unit], index: int) -> Half | None:
    """An ordinal number with a word for "day" or "date" after it ("22 ஆம் திகதி", "10-cu
    günü"), or with the word for "month" ("19ـی مانگ"), perhaps after "this month's" ("Bu
    ayın 10-cu günü"). A number without an ordinal mark is no day here ("22 hari": 22 days)."""
    unit = units[index]
    last = index
    ordinal = unit.ordinal
    if not ordinal and _ordinal_word(units, index + 1):
        ordinal, last = True, index + 1  # "22 ஆம்": the ordinal suffix written apart
    if not ordinal or last + 1 >= len(units):
        return None
    after = units[last + 1].text
    if after not in DAY_NOUNS and not (unit.ordinal and after in _MONTH_AFTER_DAY):
        return None
    first, languages = _this_month_before(units, index)
    return Half(None, None, None, unit.value, first, last + 1, languages=languages)


def _number_after_day_noun(units: Sequence[Unit], index: int) -> Half | None:
    """An ordinal number after a word for "day" and the article that links them, in a
    language that writes the ordinal after its noun: "bie në ditën e 10-të" (falls on the
    10th day). Not a weekday's name after the article ("ditën e martë", on Tuesday), nor a
    number without its ordinal ending, nor a day of something named after it ("ditën e 10-të
    të luftës", the 10th day of the war) or counted by a verb before it ("hyri në ditën e
    10-të", entered its 10th day); a day of a month only where the sentence names the
    month (:func:`datelines._read.pairs.day_only_pairs`)."""
    if not units[index].ordinal:
        return None
    if index + 1 < len(units) and units[index + 1].text in _DAY_OF_ARTICLES:
        return None  # "ditën e 10-të të luftës": the 10th day of the war
    for words, language in _NOUN_BEFORE_NUMBER:
        start = index - len(words)
        if start >= 0 and all(units[start + k].text == word for k, word in enumerate(words)):
            if _counted_by_a_verb(units, start):
                return None  # "greva hyri në ditën e 10-të": the strike's 10th day
            return Half(None, None, None, units[index].value, start, index, languages=(language,))
    return None


def _counted_by_a_verb(units: Sequence[Unit], start: int) -> bool:
    """Whether a verb of entering, reaching or going on (see DAY_COUNT_VERBS) stands straight
    before the day noun at ``start``, or before the preposition before it: "Gjatë Ramazanit,
    greva hyri në ditën e 10-të" (during Ramadan, the strike entered its 10th day) counts its
    subject's days, not the month's; not "… që bie në ditën e 27-të" (which falls on the 27th)."""
    return any(units[k].text in _DAY_COUNT_VERBS for k in range(max(0, start - 2), start))


def noun_before_number(units: Sequence[Unit], half: Half) -> bool:
    """Whether a day-only half is an ordinal number after a word for "day" ("ditën e 10-të"):
    a day of a month only where the sentence names the month."""
    return any(
        units[half.first].text == words[0] and half.last - half.first == len(words)
        for words, _ in _NOUN_BEFORE_NUMBER
    )


def names_a_date_again(units: Sequence[Unit], half: Half) -> bool:
    """Whether a day-only half is a day word in apposition to a date ("6 дийнахьа хьалхара
    ди", on the 6th, the first day): a day of a month only where the sentence names the month."""
    return (
        entry_of(units[half.first], DAYWORD) is not None
        and _this_month_before(units, half.first)[0] == half.first
    )


def _day_word_after_noun(units: Sequence[Unit], index: int) -> Half | None:
    """A word for "day" and an ordinal day word after it, in a language that writes ordinals
    after their noun: "ọjọ́ kẹtàlé-lógún" (the twenty-third day)."""
    entry = entry_of(units[index + 1], DAYWORD)
    if entry is None or entry.language not in _ORDINAL_AFTER_NOUN:
        return None
    if index > 0 and units[index - 1].kind == "num":
        return None  # "10 hari kedua": the second ten days, a count
    return Half(None, None, None, entry.value, index, index + 1, languages=(entry.language,))


def _day_word_before_noun(units: Sequence[Unit], index: int, taken: set[int]) -> Half | None:
    """An ordinal day word with a word for "day" or "date" after it (or in it: "पहली तारीख",
    the first date), after words for "this month's": "इस महीने की दसवीं तारीख" (the tenth date
    of this month), or straight after another date, whose day it names again, in a language
    that puts a noun's owner before it: "Май бетта 6 дийнахьа хьалхара ди" (on the 6th of May,
    the first day). Otherwise no half: "दसवें दिन"
    (on the tenth day) may count the days of anything."""
    entry = entry_of(units[index], DAYWORD)
    if entry is None:
        return None
    first, languages = _this_month_before(units, index)
    if first == index and entry.language in _OWNER_BEFORE_NOUN and _after_a_date(units, index, taken):
        languages = (entry.language,)
    elif first == index:
        return None
    last = index + 1 if index + 1 < len(units) and units[index + 1].text in DAY_NOUNS else index
    return Half(None, None, None, entry.value, first, last, languages=languages)


def _after_a_date(units: Sequence[Unit], index: int, taken: set[int]) -> bool:
    """Whether the unit at ``index`` follows another half's last unit, perhaps after its word
    for "day" or a comma: a day word in apposition to a date ("6 дийнахьа хьалхара ди", on the
    6th day, the first day)."""
    before = index - 1
    if before >= 0 and units[before].text in DAY_NOUNS:
        before -= 1
    if before >= 0 and units[before].kind == "sign" and units[before].text == ",":
        before -= 1
    return before >= 0 and before in taken


def _this_month_before(units: Sequence[Unit], index: int) -> tuple[int, tuple[str, ...]]:
    """Where words for "this month's" before the day begin ("Bu ayın", "इस महीने की"), and
    their language; ``index`` and no language without them."""
    for words, language in _THIS_MONTH:
        start = index - len(words)
        if start >= 0 and all(units[start + k].text == word for k, word in enumerate(words)):
            return start, (language,)
    return index, ()


def _with_year(units: Sequence[Unit], half: Half, taken: set[int]) -> Half:
    """The day-only half with a year of our era said straight after it ("ọjọ́ kẹtàlé-lógún
    2023") or before it, perhaps across a weekday ("2023 சனிக்கிழமை 22 ஆம் திகதி"): then a
    Gregorian half."""
    after = half.last + 1
    if after < len(units) and after not in taken and _our_year(units[after]):
        return half._replace(calendar=GREGORIAN, year=units[after].value, last=after)
    before = half.first - 1
    if before >= 0 and entry_of(units[before], WEEKDAY):
        before -= 1
    if before >= 0 and before not in taken and _our_year(units[before]):
        return half._replace(calendar=GREGORIAN, year=units[before].value, first=before)
    return half


def _our_year(unit: Unit) -> bool:
    return is_year(unit) and len(unit.text) == 4 and unit.value > HIJRI_YEAR_LIMIT


def _ordinal_word(units: Sequence[Unit], index: int) -> bool:
    """An ordinal suffix written apart: "22 ஆம்" (a word for "day" or "date" must follow)."""
    return (
        index < len(units)
        and units[index].kind == "word"
        and any(entry.kind == ORDINAL for entry in LEXICON.entries.get(units[index].text, ()))
    )
