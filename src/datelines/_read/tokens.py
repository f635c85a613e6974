"""Text → tokens → units: the reader's first two steps.

Tokens are runs of digits, runs of letters, and single signs, found in folded text (see
:mod:`datelines._read.normalize`). Units group tokens into what a date is made of: numbers
(with their ordinal suffix), the words of the language tables (a month name may span
several tokens: "Dhu al-Qa'dah", "ربيع الأول"), other words, and signs.
"""

from __future__ import annotations

import re
from itertools import accumulate
from typing import Final, Literal, NamedTuple

from ..names.words import (
    ABLATIVE_ENDINGS,
    CASE_ENDINGS,
    DAYS_BEFORE_OF,
    JAWI_LETTERS,
    JAWI_MARKS,
    JAWI_WEEKDAYS,
    MONTH_NUMBER_WORDS,
    MONTHS_AFTER_A_DAY,
    NUMBER_ENDINGS,
    SPACED_ORDINAL_SUFFIXES,
    SPACED_ORDINAL_SUFFIXES_BEFORE_MONTHS,
    WEEKDAY_GLUED_AFTER,
)
from .lexicon import (
    ARABIC_CLITICS,
    BMONTH,
    DAY_NOUNS,
    FILL_DM,
    FILL_MY,
    GERA,
    GMONTH,
    HERA,
    HMONTH,
    LEXICON,
    ORDINAL,
    SMONTH,
    WEEKDAY,
    Entry,
    Kind,
)
from .normalize import ROMAN, VANISHED, WORD_MARKS, Folded, fold
from .year_words import years_in_words

__all__ = ["INFLECTED_NAMES", "Unit", "entry_of", "inflected_name", "units"]

# Each token with the spaces before it, so that one findall (no match objects) gives the
# offsets too: every character is a space or part of a token.
# Thaana's vowel signs (U+07A6-07B0), the Indic scripts' and Thai's are marks, not letters, to
# the regular expression engine, and folding keeps them: they are taken into words.
_TOKEN: Final = re.compile(r"(\s*)(?:([0-9]+)|((?:[^\W\d_]+|[" + WORD_MARKS + r"\x7f]+)+)|(\S))")
# The same for folded ASCII text, whose letters are a-z (folding lowercases): a class of
# letters is quicker to the regular expression engine than a category.
_ASCII_TOKEN: Final = re.compile(r"(\s*)(?:([0-9]+)|([a-z\x7f]+)|(\S))")
# A multi-word name may have these between its words ("Dhu al-Qa'dah", "Rab. I").
_JOINERS: Final = frozenset("-.")


def _is_arabic(word: str) -> bool:
    return "\u0600" <= word[0] <= "\u06ff"


UnitKind = Literal["num", "sign", "word", "lex"]


class Unit(NamedTuple):
    """One meaningful piece of the folded text.

    ``kind`` is ``"num"``, ``"sign"``, ``"word"`` (not in the tables) or ``"lex"`` (in them,
    with ``entries``); ``start``/``end`` index the folded text; ``glued`` says no space
    stands before it.
    """

    kind: UnitKind
    text: str
    start: int
    end: int
    glued: bool
    value: int = 0
    entries: tuple[Entry, ...] = ()
    ordinal: bool = False
    persian_digits: bool = False  # a number written in Extended Arabic-Indic digits (۱۴۰۴)

    def has(self, kind: Kind) -> Entry | None:
        """The entry of that kind, if this unit is one (see :func:`entry_of`)."""
        return entry_of(self, kind)


def entry_of(unit: Unit, kind: Kind) -> Entry | None:
    """The entry of that kind, if the unit is one. A function rather than a method, for the
    compiled build: mypyc compiles functions to C, but not the methods of a NamedTuple."""
    for entry in unit.entries:
        if entry.kind == kind:
            return entry
    return None


# A token: its kind, its text, where it starts and ends, and whether it is glued to the one
# before. A plain tuple: a window of text has a hundred of them, and a tuple is built
# without a call (and is a native tuple in the compiled reader).
_Token = tuple[Literal["num", "word", "sign"], str, int, int, bool]


def _degree_ordinal_before(tokens: list[_Token], at: int) -> bool:
    """Whether the word at ``at`` may follow a day written with the degree sign: one that
    begins a name or a filler of the tables (a Hijri month, "giorno"), but not a Gregorian
    month's name alone."""
    if at >= len(tokens) or tokens[at][0] != "word":
        return False
    word = tokens[at][1]
    if word not in LEXICON.first_words and word not in LEXICON.entries:
        return False
    found = LEXICON.entries.get(word, ())
    return not (found and all(entry.kind == GMONTH for entry in found))


# The ordinal indicators written after a full stop ("1.º", "1.ª"), as folded.
_DOTTED_ORDINALS: Final = frozenset({"o", "a"})

# A unit made without NamedTuple's keyword handling (a call into Python per object).
_new: Final = tuple.__new__


def _tokens(text: str) -> list[_Token]:
    out: list[_Token] = []
    append = out.append
    previous_end = -1
    end = 0
    for space, number, word, sign in (_ASCII_TOKEN if text.isascii() else _TOKEN).findall(text):
        start = end + len(space)
        if number:
            end = start + len(number)
            append(("num", number, start, end, start == previous_end))
        elif word:
            end = start + len(word)
            text_of = word.replace(VANISHED, "") if VANISHED in word else word
            if not text_of:
                continue  # a bidi mark or apostrophe standing alone
            append(("word", text_of, start, end, start == previous_end))
        else:
            end = start + 1
            append(("sign", sign, start, end, start == previous_end))
        previous_end = end
    return out


_ARABIC_KEYS: Final = [key for key in LEXICON.entries if "\u0600" <= key[0] <= "\u06ff"]
_ARABIC_HEADS: Final = frozenset(key[:2] for key in _ARABIC_KEYS)
_ARABIC_TAILS: Final = frozenset(key[-2:] for key in _ARABIC_KEYS)


def _only_fillers(found: tuple[Entry, ...]) -> bool:
    """Filler words ("روز", day) are not split out of longer words ("روزہ", a fast)."""
    return all(entry.kind in (FILL_DM, FILL_MY) for entry in found)


_WEEKDAY_GLUED_AFTER: Final = tuple(fold(word) for word, _ in WEEKDAY_GLUED_AFTER)


def _lookup_arabic(token: _Token) -> list[Unit] | None:
    """Split an Arabic-script word that carries a clitic or a glued neighbour:
    "بشهر", "نومبرکوہوگی" (month + "will be"), "لہٰذایکم" ("therefore" + day word)."""
    _, word, start, end, glued = token
    entries = LEXICON.entries
    if word[:2] not in _ARABIC_HEADS and word[-2:] not in _ARABIC_TAILS and word[1:3] not in _ARABIC_HEADS:
        return None  # no known name can begin or end it
    # A clitic before a name, not before a one-letter mark: "کہ" (Urdu "that") is not "ک" + "ہ" (AH).
    if word[0] in ARABIC_CLITICS and len(word) > 2 and (found := entries.get(word[1:])):
        return [Unit("lex", word[1:], start + 1, end, True, entries=found)]
    if word.startswith("لل") and len(word) > 3 and (found := entries.get("ا" + word[1:])):
        # "ل" (to, for) before the article "ال" drops its alif: "للسابع" is "ل" + "السابع"
        return [Unit("lex", "ا" + word[1:], start + 1, end, True, entries=found)]
    for cut in range(len(word) - 1, 2, -1):
        if (found := entries.get(word[:cut])) is not None and not _only_fillers(found):
            if all(e.kind == WEEKDAY for e in found) and not word[cut:].startswith(_WEEKDAY_GLUED_AFTER):
                continue  # "پیروزی" (victory) is no "پیر" (Monday) and more
            if word[cut:] in _ENDINGS and any(e.kind in _INFLECTED for e in found):
                # a case ending, not a glued word: Kurdish "ئازاری", "ڕەمەزانی"
                kept = tuple(e for e in found if e.kind in _INFLECTED)
                return [Unit("lex", word, start, end, glued, entries=kept)]
            return [
                Unit("lex", word[:cut], start, start + cut, glued, entries=found),
                Unit("word", word[cut:], start + cut, end, True),
            ]
    for cut in range(1, len(word) - 2):
        if (found := entries.get(word[cut:])) is not None and not _only_fillers(found):
            return [
                Unit("word", word[:cut], start, start + cut, glued),
                Unit("lex", word[cut:], start + cut, end, True, entries=found),
            ]
    return None


def _case_endings() -> dict[str, frozenset[str]]:
    found: dict[str, set[str]] = {}
    for ending, languages in CASE_ENDINGS:
        found.setdefault(fold(ending), set()).update(languages.split())
    return {ending: frozenset(languages) for ending, languages in found.items()}


_ENDINGS: Final = _case_endings()
_INFLECTED: Final = (HMONTH, GMONTH, WEEKDAY)


def _inflected_forms() -> dict[str, tuple[Entry, ...]]:
    """Every month's and weekday's name (of three letters or more) with each case ending of
    its languages: "martın", "наурызда", "Ramazanit" → the name's entries. Longer endings
    first, so that where two readings meet the longer ending wins."""
    by_language: dict[str, list[str]] = {}
    for ending, languages in sorted(_ENDINGS.items(), key=lambda item: -len(item[0])):
        for language in languages:
            by_language.setdefault(language, []).append(ending)
    forms: dict[str, tuple[Entry, ...]] = {}
    for stem, found in LEXICON.entries.items():
        kept = tuple(e for e in found if e.kind in _INFLECTED)
        if not kept or len(stem) < 3:
            continue
        for language in LEXICON.languages[stem]:
            for ending in by_language.get(language, ()):
                if stem + ending not in LEXICON.entries:
                    forms.setdefault(stem + ending, kept)
    return forms


_FORMS: Final = _inflected_forms()
# Every word that can begin a unit of the tables: a word outside it, in a script other than
# Arabic's (whose words may carry a clitic or a glued neighbour), is a plain word.
_NUMBER_ENDINGS: Final = frozenset(fold(ending) for ending in NUMBER_ENDINGS)
_ABLATIVES: Final = frozenset(fold(ending) for ending in ABLATIVE_ENDINGS)
# Ordinal suffixes also written apart from the number, and then one only after a month's
# name: Pashto "د لیندۍ ۱۵ مه" (the 15th of Lindai), where "مه" is also Persian's May (a trial)
_SPACED_ORDINALS: Final = frozenset(fold(suffix) for suffix in SPACED_ORDINAL_SUFFIXES)
_MONTH_KINDS: Final = frozenset({HMONTH, GMONTH, SMONTH, BMONTH})
_SPACED_ORDINALS_BEFORE_MONTHS: Final = frozenset(
    fold(suffix) for suffix in SPACED_ORDINAL_SUFFIXES_BEFORE_MONTHS
)


def _month_name_at(tokens: list[_Token], index: int) -> bool:
    """Whether a month's name (of any calendar, of one or more words) begins at ``index``."""
    key = ""
    for token in tokens[index : index + LEXICON.max_words]:
        if token[0] != "word":
            return False
        key += token[1]
        if any(e.kind in _MONTH_KINDS for e in LEXICON.entries.get(key, ())):
            return True
    return False


INFLECTED_NAMES: Final = frozenset(_FORMS)  # the names with their case endings, for look-ups
_KNOWN: Final = LEXICON.first_words | frozenset(LEXICON.entries) | INFLECTED_NAMES


def _run_prefixes() -> frozenset[str]:
    """Every beginning of a name of more than one word (and of one with a case ending), its
    words joined as a run of words gives them (no "|" before a Roman numeral): a run after a
    first word goes on only while it is one, since a run that is none can become no name.
    Only names that begin with a first word can be a run's."""
    first = LEXICON.first_words
    lengths = sorted({len(word) for word in first})
    found: set[str] = set()
    for key in (*LEXICON.entries, *_FORMS):
        plain = key.replace("|", "")
        if any(plain[:cut] in first for cut in lengths if cut < len(plain)):
            found.update(plain[:cut] for cut in range(1, len(plain) + 1))
    return frozenset(found)


_RUN_PREFIXES: Final = _run_prefixes()


def inflected_name(word: str) -> bool:
    """Whether a folded word is a month's or weekday's name with a case ending."""
    return word in _FORMS


def _lookup_inflected(token: _Token) -> Unit | None:
    """A month's or weekday's name with a case ending written onto it ("martın", "наурызда",
    "Ramazanit"): the name, when the ending is one of its language's."""
    _, text, start, end, glued = token
    kept = _FORMS.get(text)
    return None if kept is None else Unit("lex", text, start, end, glued, entries=kept)


def _clitic_firsts() -> dict[str, str]:
    """Each first word of a longer Arabic-script name with a clitic before it ("بالثامن"), and
    "ل" before the article, which drops its alif ("للثامن"): the first word it stands for.
    One look-up in the reader's loop, not a cut of every Arabic word."""
    found: dict[str, str] = {}
    for word in LEXICON.first_words:
        if not "\u0600" <= word[0] <= "\u06ff" or len(word) < 3:
            continue
        for clitic in ARABIC_CLITICS:
            found.setdefault(clitic + word, word)
        if word.startswith("ال"):
            found.setdefault("ل" + word[1:], word)
    return found


_CLITIC_FIRSTS: Final = _clitic_firsts()


def _word(token: _Token) -> list[Unit]:
    """The units of one word that does not begin a longer name of the tables."""
    _, text, start, end, glued = token
    found = LEXICON.entries.get(text)
    if found is not None and not all(e.kind == ORDINAL for e in found):
        return [Unit("lex", text, start, end, glued, entries=found)]
    if _is_arabic(text) and (split := _lookup_arabic(token)):
        return split
    if (inflected := _lookup_inflected(token)) is not None:
        return [inflected]
    return [Unit("word", text, start, end, glued)]


def _weekday_and_month(token: _Token) -> list[Unit] | None:
    """A weekday and a month whose space a page's markup lost: "TuesdayMay 27th, 2025"
    (held-out set 37); None for any other word. Every weekday the word begins with is tried
    ("jumaa" and "juma" before "abriil")."""
    _, text, start, end, glued = token
    for cut in _GLUED_WEEKDAY_LENGTHS:
        if cut < len(text) and text[:cut] in _GLUED_WEEKDAYS and (month := _month_entries(text[cut:])):
            return [
                Unit("lex", text[:cut], start, start + cut, glued, entries=LEXICON.entries[text[:cut]]),
                Unit("lex", text[cut:], start + cut, end, True, entries=month),
            ]
    return None


def _month_entries(text: str) -> tuple[Entry, ...]:
    found = LEXICON.entries.get(text, ())
    return found if any(entry.kind in (GMONTH, HMONTH) for entry in found) else ()


# The weekdays of the tables written in Latin letters that may begin a word with a month's
# name glued on, their lengths, and their first four letters (which the loop over a text's
# words asks of each unknown one).
_GLUED_WEEKDAYS: Final = frozenset(
    key
    for key, entries in LEXICON.entries.items()
    if key.isascii() and key.isalpha() and len(key) > 3 and any(e.kind == WEEKDAY for e in entries)
)
_GLUED_WEEKDAY_LENGTHS: Final = sorted({len(key) for key in _GLUED_WEEKDAYS})
_GLUED_WEEKDAY_HEADS: Final = frozenset(key[:4] for key in _GLUED_WEEKDAYS)


# What a word that begins no longer name is depends on its text alone, and finding out costs
# several look-ups (for Arabic script, one per way of cutting it): words repeat, so each
# word's answer is kept as a recipe of units, offsets relative to the word (-1: its end;
# glued None: the word's own). Cleared when full, so memory stays bounded.
_Recipe = tuple[tuple[UnitKind, str, int, int, tuple[Entry, ...], bool | None], ...]
_RECIPES: Final[dict[str, _Recipe]] = {}
_RECIPES_MAX: Final = 50_000
# The words whose recipe is one unit that is the whole word (its kind and entries): made
# without a recipe's loop.
_WHOLE_WORDS: Final[dict[str, tuple[UnitKind, tuple[Entry, ...]]]] = {}


def _apply(recipe: _Recipe, token: _Token) -> list[Unit]:
    """The units of a word from its recipe."""
    _, _, start, end, glued = token
    return [
        _new(Unit, (
            kind, text, start + begin, end if finish < 0 else start + finish,
            glued if unit_glued is None else unit_glued, 0, entries, False, False,
        ))
        for kind, text, begin, finish, entries, unit_glued in recipe
    ]  # fmt: skip


def _recipe(token: _Token) -> _Recipe:
    # Worked out on a stand-in at offset 0, unglued, so that what comes from the word itself
    # shows apart from where it stands.
    kind, text, start, end, _ = token
    length = end - start
    probe: _Token = (kind, text, 0, length, False)
    recipe = tuple(
        (
            unit.kind, unit.text, unit.start, -1 if unit.end == length else unit.end, unit.entries,
            None if unit.start == 0 else unit.glued,
        )
        for unit in _word(probe)
    )  # fmt: skip
    if len(_RECIPES) >= _RECIPES_MAX:
        _RECIPES.clear()
        _WHOLE_WORDS.clear()
    _RECIPES[text] = recipe
    if len(recipe) == 1 and recipe[0][1] == text and recipe[0][2] == 0 and recipe[0][3] == -1:
        _WHOLE_WORDS[text] = (recipe[0][0], recipe[0][4])
    return recipe


_PERSIAN_DIGIT: Final = re.compile("[\u06f0-\u06f9]")

# Japanese, Chinese and Thai write no spaces between words: "ヒジュラ暦1430年のラマダーン月" is one
# run of letters after its number, "ของเดือนรอมฎอน" (of the month of Ramadan) one word. Where
# the text holds kana, kanji or Thai letters (one search of the text, none of its words), such
# runs are cut at the spellings of the tables written in them.
_KANA_KANJI: Final = "\u3040-\u30ff\u4e00-\u9fff\u0e01-\u0e4e"
_HAS_KANA_KANJI: Final = re.compile(f"[{_KANA_KANJI}]")
_KANA_KANJI_KEYS: Final = sorted(
    (key for key in LEXICON.entries if _HAS_KANA_KANJI.search(key)), key=len, reverse=True
)
# The words for "month" and "day" after their numbers, which are no names of the tables: cut
# off the run of letters they begin, after a number only ("18日はヒジュラ暦…", the 18th is, in
# the Hijra calendar, …; not "日期", date).
_NOUNS_AFTER_NUMBERS: Final = tuple(
    word for word in (*DAY_NOUNS, *(fold(w) for w, _ in MONTH_NUMBER_WORDS)) if _HAS_KANA_KANJI.search(word)
)
_KANA_KANJI_SPELLING: Final = re.compile("|".join(map(re.escape, _KANA_KANJI_KEYS)) or "(?!)")


def _split_kana_kanji(tokens: list[_Token], folded_text: str) -> list[_Token]:
    """Words of kana, kanji or Thai cut at the spellings of the tables inside them:
    "年のラマダーン月のサウム" → "年", "の", "ラマダーン", "月", "の", "サウム" (the rest stays whole
    between them). A word that lost marks in folding (Thai's tone marks) is cut where its
    letters are, its pieces' offsets counted in the folded text."""
    out: list[_Token] = []
    for each in tokens:
        token = each
        kind, text, start, end_of, glued = token
        if kind != "word" or not _HAS_KANA_KANJI.search(text):
            out.append(token)
            continue
        if end_of - start == len(text):
            where = list(range(start, end_of + 1))
        else:  # where each letter of the word stands in the folded text, and where it ends
            where = [k for k in range(start, end_of) if folded_text[k] != VANISHED] + [end_of]
        if glued and out and out[-1][0] == "num":
            # the noun after a number ("18日はヒジュラ暦…"; "30日・日曜日", the dot folded away)
            noun = next((w for w in _NOUNS_AFTER_NUMBERS if text.startswith(w) and len(text) > len(w)), None)
            if noun is not None:
                cut = len(noun)
                out.append(("word", noun, start, where[cut - 1] + 1, True))
                text, where = text[cut:], where[cut:]
                start = where[0]
                token = (kind, text, start, end_of, True)
        at = 0
        for found in _KANA_KANJI_SPELLING.finditer(text):
            for begin, end in ((at, found.start()), found.span()):
                if begin < end:
                    out.append(("word", text[begin:end], where[begin], where[end], glued or begin > 0))
            at = found.end()
        if at == 0:
            out.append(token)
        elif at < len(text):
            out.append(("word", text[at:], where[at], end_of, glued or at > 0))
    return out


def units(folded: Folded) -> list[Unit]:
    """The units of folded text, in order."""
    text_is_ascii = folded.text.isascii()
    tokens = _tokens(folded.text)
    if not text_is_ascii and _HAS_KANA_KANJI.search(folded.text):
        tokens = _split_kana_kanji(tokens, folded.text)
    out: list[Unit] = []
    append = out.append
    entries = LEXICON.entries
    first_words = LEXICON.first_words
    letter_led = LEXICON.letter_led
    max_words = LEXICON.max_words
    known = _KNOWN
    original = folded.original
    persian = (
        bool(original) and _PERSIAN_DIGIT.search(original, *folded.span(0, len(folded.text))) is not None
    )
    recipes = _RECIPES
    wholes = _WHOLE_WORDS
    run_prefixes = _RUN_PREFIXES
    long_number = False
    index = 0
    count = len(tokens)
    while index < count:
        token = tokens[index]
        kind, text, start, end, glued = token
        if kind == "word" and text not in known and not "\u0600" <= text[0] <= "\u06ff":
            if text in _FUSED_NUMERALS and (fused := _fused_numeral(folded, token)) is not None:
                append(fused)
            elif text[:4] in _GLUED_WEEKDAY_HEADS and (pair := _weekday_and_month(token)):
                out.extend(pair)
            else:
                append(_new(Unit, ("word", text, start, end, glued, 0, (), False, False)))
            index += 1
            continue
        if kind == "num":
            unit: Unit = _new(Unit, ("num", text, start, end, glued, int(text[:9]), (), False, False))
            if len(text) > 4:
                long_number = True
            if persian and "\u06f0" <= original[folded.span(start, end)[0]] <= "\u06f9":
                unit = unit._replace(persian_digits=True)
            # "1st", "10th", "1er", "24শে", "1-го": a suffix glued to the number.
            step = 1
            if index + 2 < count and tokens[index + 1][1] == "-" and tokens[index + 1][4]:
                step = 2
            elif (
                index + 1 < count
                and tokens[index + 1][1] == "°"
                and tokens[index + 1][4]
                and (text == "1" or _degree_ordinal_before(tokens, index + 2))
            ):
                # the degree sign typed for the ordinal indicator: Italian "1° marzo", "9°
                # Dhul Hijjah", "il 10° giorno del Ramadan" (not "25° marzo": a Gregorian
                # day is an ordinal on the first only, and that is a temperature's)
                append(unit._replace(end=tokens[index + 1][3], ordinal=True))
                index += 2
                continue
            elif (
                text == "1"
                and index + 2 < count
                and tokens[index + 1][1] == "."
                and tokens[index + 1][4]
                and tokens[index + 2][4]
                and tokens[index + 2][1] in _DOTTED_ORDINALS
            ):
                # "1.º de março" (Portugal): the indicator after a full stop, the first only
                append(unit._replace(end=tokens[index + 2][3], ordinal=True))
                index += 3
                continue
            if (
                step == 1
                and len(text) <= 2
                and index + 1 < count
                and tokens[index + 1][1] in _SPACED_ORDINALS
                and not tokens[index + 1][4]
                and out
                and any(e.kind in _MONTH_KINDS for e in out[-1].entries)
                # the month begins its date, not ends another's: "۱۰ ذی‌القعده ۱۸ مه", "۲۹ ثور ۱۸ مه"
                # are two dates, the second in May (a review)
                and not (len(out) > 1 and out[-2].kind == "num")
                and not (index + 2 < count and tokens[index + 2][0] == "num")  # "… ۱۵ مه ۲۰۲۴": May
            ):
                append(unit._replace(end=tokens[index + 1][3], ordinal=True))
                index += 2
                continue
            if (
                step == 1
                and len(text) <= 2
                and index + 2 < count
                and tokens[index + 1][1] in _SPACED_ORDINALS_BEFORE_MONTHS
                and _month_name_at(tokens, index + 2)
            ):
                append(unit._replace(end=tokens[index + 1][3], ordinal=True))
                index += 2
                continue
            if index + step < count and (following := tokens[index + step])[0] == "word" and following[4]:
                _, after, after_start, after_end, _ = following
                found = entries.get(after)
                if (
                    found
                    and any(e.kind == ORDINAL for e in found)
                    # "2d", "23d" as English wrote them, not "12d" nor "5d" (pence, days), nor
                    # "3D", "3-d" (review 65b)
                    and (after != "d" or _old_english_ordinal(folded, text, step, after_end - 1))
                    # not a year and a dash glued to a word's first letter: "1809—a treaty"
                    # (a held-out list; "ª" folds to "a"), where "2023-cü" is an ordinal year
                    and not (step == 2 and len(after) == 1 and len(text) > 2)
                    # nor a month's name after a hyphen where a year and its year word stand
                    # before, as Uzbek joins a day to its month: "2016-yil 3-مه" is 3 May, as
                    # "3-dekabr" is 3 December; elsewhere "-مه" is Pashto's ordinal ("د رمضان
                    # ۱-مه", the 1st of Ramadan; "۱-مه رمضان": a review)
                    and not (
                        step == 2
                        and any(e.kind in _MONTH_KINDS for e in found)
                        and out
                        and any(e.kind == FILL_MY for e in out[-1].entries)
                    )
                ):
                    append(unit._replace(end=after_end, ordinal=True))
                    index += step + 1
                    continue
                if after in _ABLATIVES:  # "1446'dan", "1-dən": "from", kept as a word
                    append(unit._replace(ordinal=len(text) <= 2))
                    append(_new(Unit, ("word", after, after_start, after_end, True, 0, (), False, False)))
                    index += step + 1
                    continue
                if after in _NUMBER_ENDINGS:  # "18ـی", "1447ـی", "23-də": a case ending
                    # on a day's number, as good as an ordinal suffix ("ayının 28-də")
                    append(unit._replace(end=after_end, ordinal=len(text) <= 2))
                    index += step + 1
                    continue
            append(unit)
            index += 1
            continue
        if kind == "sign":
            # (a list's bullet that begins its line has the value 1: it opens a sentence, see
            # pairs._ends_sentence; a bullet within a line parts a masthead's two dates)
            bullet = text in BULLETS and (
                index == 0 or _line_break_before(folded, tokens[index - 1][3], start)
            )
            append(_new(Unit, ("sign", text, start, end, glued, int(bullet), (), False, False)))
            index += 1
            continue
        if text in _CLITIC_FIRSTS and text not in first_words:
            # "للثامن والعشرين" (for the twenty-eighth): the run of a longer name begins after
            # the clitic, which the unit leaves out as a look-up of the one word does
            bare = _CLITIC_FIRSTS[text]
            token = (kind, bare, start + 1, end, True)
            tokens[index] = token
            text, start, glued = bare, start + 1, True
        if text not in first_words:
            whole = wholes.get(text)
            if whole is not None:  # most words: one unit, the word itself
                append(_new(Unit, (whole[0], text, start, end, glued, 0, whole[1], False, False)))
                index += 1
                continue
            recipe = recipes.get(text)
            if recipe is None:
                recipe = _recipe(token)
            out.extend(_apply(recipe, token))
            index += 1
            continue
        run = [index]  # indexes of the words of the run
        said = [text]  # and their texts
        so_far = text  # and those joined
        probe = index + 1
        while len(run) < max_words and probe < count:
            candidate_kind, candidate, _, _, _ = tokens[probe]
            if candidate_kind == "sign" and candidate in _JOINERS:
                probe += 1
                continue
            if candidate_kind != "word":
                break
            so_far += candidate
            if so_far not in run_prefixes:
                break  # no name of the tables begins so: a longer run is none either
            run.append(probe)
            said.append(candidate)
            probe += 1
        # the skeletons of the run's first 1, 2, … words, as join_words makes them, each made
        # once (a closing Roman numeral keeps its boundary: "rab|ii")
        joined = list(accumulate(said))
        matched = False
        for size in range(len(run), 0, -1):
            last_said = said[size - 1]
            key = joined[size - 2] + "|" + last_said if size > 1 and last_said in ROMAN else joined[size - 1]
            if size > 1 and len(said[0]) == 1 and key not in letter_led:
                # a lone letter joins the words after it only into a name spelled so ("R.
                # Akhir", "A.H."): not "s Chawwal" into German's "Schawwal", nor "M ai" into May
                continue
            found = entries.get(key)
            if found is None and size > 1 and last_said not in _ENDINGS:
                # a name of two words with a case ending on the last: "Rabiul-avvalda",
                # "рабиӀул-аввалехь" (on the … of Rabi al-Awwal); not an ending written
                # apart ("Ramazan da": "da" is "also")
                found = _FORMS.get(key)
            if found is not None and not (size == 1 and all(e.kind == ORDINAL for e in found)):
                last_end = tokens[run[size - 1]][3]
                text = folded.text[start:last_end].replace(VANISHED, "")
                if text[0] != said[0][0]:  # "ل" before the article, which lost its alif: "لثامن" is "الثامن"
                    text = said[0][0] + text
                out.append(Unit("lex", text, start, last_end, glued, entries=found))
                index = run[size - 1] + 1
                matched = True
                break
        if matched:
            continue
        if text in _FUSED_NUMERALS and (fused := _fused_numeral(folded, token)) is not None:
            append(fused)
            index += 1
            continue
        out.extend(_word(token))
        index += 1
    if long_number:
        out = _split_glued_years(out)
    if any(word in folded.text for word in _AFTER_A_DAY) and _AFTER_A_DAY_TEXT.search(folded.text):
        out = _months_after_a_day(out)
    if _ROMAN_MONTH_TEXT.search(folded.text):
        out = _roman_months(out)
    if "*" in folded.text:
        out = _without_emphasis(out)
    if ("twenty" in folded.text or "thirty" in folded.text) and any(
        entry.spelling in _BEFORE_OF_ONLY for unit in out if unit.kind == "lex" for entry in unit.entries
    ):
        out = _days_before_of(out)
    if not text_is_ascii:
        out = _with_years_in_words(folded, out)
        if _BUDDHIST_ERA_TEXT in folded.text or _HAS_THAI.search(folded.text):
            out = _buddhist_years(out)
        if _JAWI_TEXT.search(folded.text) or (_JAWI_MARCH in folded.text and _jawi_march(out)):
            out = [
                u._replace(kind="lex", entries=(day,))
                if u.kind == "word" and (day := _JAWI_WEEKDAY_ENTRIES.get(u.text)) is not None
                else u
                for u in out
            ]
    return out


# Month names that are months only after a day's number (see
# datelines.names.words.MONTHS_AFTER_A_DAY), and a search for their words first.
_AFTER_A_DAY: Final = frozenset(fold(spelling) for spelling, _ in MONTHS_AFTER_A_DAY)
_AFTER_A_DAY_TEXT: Final = re.compile(r"\b(?:" + "|".join(map(re.escape, sorted(_AFTER_A_DAY))) + r")\b")


def _months_after_a_day(out: list[Unit]) -> list[Unit]:
    """Such a name not after a number is a word ("La marca 2025 del Ramadán 1446")."""
    return [
        unit._replace(kind="word", entries=())
        if unit.kind == "lex" and unit.text in _AFTER_A_DAY and not (i > 0 and out[i - 1].kind == "num")
        else unit
        for i, unit in enumerate(out)
    ]


def _without_emphasis(out: list[Unit]) -> list[Unit]:
    """Asterisks glued to both sides of a number, as many either side, are Markdown's emphasis
    in plain text ("**17** Ramadan 1445", "*17* Ramadan"): they make no units, and the number
    stands beside its month (the half's text, a span of the line, still holds them: "17**
    Ramadan 1445"). One side's ("4* Ramadan", a rating; "17*", a footnote's) stay a sign."""
    drop: set[int] = set()
    for i, unit in enumerate(out):
        if unit.kind != "num" or not unit.glued or i == 0 or out[i - 1].text != "*":
            continue
        before = 0
        while before < 3 and i - 1 - before >= 0 and out[i - 1 - before].text == "*":
            before += 1
        after = 0
        while after < 3 and i + 1 + after < len(out) and out[i + 1 + after].text == "*":
            after += 1
        if (
            before == after
            and (i - 1 - before < 0 or out[i - 1 - before].text != "*")
            and (i + 1 + after >= len(out) or out[i + 1 + after].text != "*")
            and all(out[k].glued for k in range(i - before + 1, i + after + 1))
        ):
            drop.update(range(i - before, i))
            drop.update(range(i + 1, i + 1 + after))
    return [unit for k, unit in enumerate(out) if k not in drop] if drop else out


# A month in Roman numerals between a day's number and a year's, as Russian, Polish, Bosnian
# and German scholarship write Gregorian dates: "(23.VII.1790)".
_ROMAN_MONTHS: Final = {
    numeral: month
    for month, numeral in enumerate(
        ("i", "ii", "iii", "iv", "v", "vi", "vii", "viii", "ix", "x", "xi", "xii"), 1
    )
}
_ROMAN_MONTH_TEXT: Final = re.compile(r"\d\s?[./]\s?(?:i{1,3}|iv|vi{0,3}|ix|xi{0,2})\s?[./\-–—]")


def _roman_months(out: list[Unit]) -> list[Unit]:
    """A Roman numeral after a day's number and a stop or slash, and before one and a year (or
    a range's dash and a day), is a Gregorian month: "23.VII.1790" is 23 July 1790 (a Hijri
    one with the Hijri era after the year). Elsewhere it
    is a word: a chapter's "3.IV", a king's "Mehmed IV". (A range across two months, "3.IV —
    2.V.1745", is read as its first day without the year, as "3 April — 2 May 1745" is.)"""
    for i in range(2, len(out) - 2):
        unit = out[i]
        month = _ROMAN_MONTHS.get(unit.text) if unit.kind == "word" else None
        if (
            month is not None
            and out[i - 1].kind == "sign"
            and out[i - 1].text in "./"
            and out[i - 2].kind == "num"
            and len(out[i - 2].text) <= 2
            and 1 <= out[i - 2].value <= 31
            and out[i + 1].kind == "sign"
            and out[i + 1].text in "./-–—"
            and out[i + 2].kind == "num"
            # a year's figures after a stop or slash ("(2.III.1)" is none: review 63), a day's
            # after a range's dash
            and (len(out[i + 2].text) in (3, 4) if out[i + 1].text in "./" else len(out[i + 2].text) <= 2)
            and not _numbered_before(out, i - 3)
        ):
            # with the Hijri era after its year, a Hijri month by its number, as Arabists
            # write it: "3.VIII.655 H./15.VIII.1257 C." (3 Sha'ban 655; held-out set 36)
            hijri = i + 3 < len(out) and any(e.kind == HERA for e in out[i + 3].entries)
            entry = Entry(HMONTH if hijri else GMONTH, month, "und", unit.text)
            out[i] = unit._replace(kind="lex", entries=(entry,))
    return out


def _old_english_ordinal(folded: Folded, number: str, step: int, at: int) -> bool:
    """Whether a "d" glued to ``number``, ending at ``at``, is English's old ordinal of the 2nd
    and 3rd ("the 2d of Jemady ul Awwel", "23d"): a small "d" straight after a 2 or 3 (not 12,
    13). (Its last character asked: a soft hyphen or a joiner may stand before it.)"""
    if step != 1 or number[-1] not in "23" or number[-2:-1] == "1":
        return False
    if not folded.original:
        return folded.text[at] == "d"
    return folded.original[folded.span(at, at + 1)[0]] == "d"


def _line_break_before(folded: Folded, end: int, start: int) -> bool:
    """Whether a line break stands between two units of folded text (folding makes it a
    space: the text as written says)."""
    if not folded.original:
        return _LINE_BREAK.search(folded.text, end, start) is not None
    lo, hi = folded.span(end, start)
    return _LINE_BREAK.search(folded.original, lo, hi) is not None


# Every line break str.splitlines knows (a lone "\r", U+2028 …: review 64c).
_LINE_BREAK: Final = re.compile("[\n\r\v\f\x1c-\x1e\x85\u2028\u2029]")


# A list's bullets (see units: one that begins its line has the value 1).
BULLETS: Final = frozenset({"•", "●", "▪", "◦", "‣", "∙"})


def _numbered_before(out: list[Unit], k: int) -> bool:
    """Whether the units up to ``k`` end with a volume's, page's or issue's abbreviation
    ("vol.", "p.", "No."): the numbers after it are its ("vol. 2.III.2020, Rajab 1445 AH" had
    2 March 2020 paired with Rajab; review 63c)."""
    if k >= 0 and out[k].kind == "sign" and out[k].text in ".:":
        k -= 1
    return k >= 0 and out[k].kind in ("word", "lex") and out[k].text in _NUMBERING_WORDS


_NUMBERING_WORDS: Final = frozenset(
    {"vol", "vols", "p", "pp", "no", "nr", "nos", "ch", "chap", "art", "sec", "t", "bd", "s", "fol", "ff"}
)


# Day words that are days only before "of" (see datelines.names.words.DAYS_BEFORE_OF; each
# begins with "twenty" or "thirty", which the text is searched for first).
_BEFORE_OF_ONLY: Final = frozenset(spelling for spelling, _, _ in DAYS_BEFORE_OF)


def _days_before_of(out: list[Unit]) -> list[Unit]:
    """Such a day word counts things ("the twenty-one Ramadan 1445 fasts"): a word, no day,
    but before "of" or "day" ("twenty-three of Ramadan", "this twenty-two day of June") or
    beside a Gregorian month's name ("twenty-one April 2024", "April twenty-one, 2024": a
    Gregorian month counts no pilgrims; review 62b)."""

    def a_day(i: int) -> bool:
        after = out[i + 1] if i + 1 < len(out) else None
        before = out[i - 1] if i > 0 else None
        # ("day" only with "of" after it: "a twenty-nine day Ramadan" counts days; review 62c)
        of = after is not None and (
            after.text == "of" or (after.text == "day" and i + 2 < len(out) and out[i + 2].text == "of")
        )
        if (
            before is not None
            and entry_of(before, HMONTH) is not None
            and after is not None
            and (
                (after.kind == "sign" and after.text == ",") or (after.kind == "num" and len(after.text) >= 3)
            )
        ):
            return True  # after a Hijri month, its year next: "Rajab twenty-two, 1445 AH" (review 62c)
        return of or any(near is not None and entry_of(near, GMONTH) is not None for near in (before, after))

    return [
        unit._replace(kind="word", entries=())
        if unit.kind == "lex"
        and any(entry.spelling in _BEFORE_OF_ONLY for entry in unit.entries)
        and not a_day(i)
        else unit
        for i, unit in enumerate(out)
    ]


# Jawi's weekdays that are Arabic words too, as weekdays only in Jawi text (see
# datelines.names.words.JAWI_WEEKDAYS): a word of them becomes a weekday's unit.
_JAWI_TEXT: Final = re.compile(
    "[" + JAWI_LETTERS + "]|(?<!\\w)(?:" + "|".join(re.escape(fold(w)) for w in JAWI_MARKS) + ")(?!\\w)"
)


def _jawi_march(out: list[Unit]) -> bool:
    """Whether Jawi's "مچ" (March) stands as a month, beside a day or a year (past a comma or
    the word for the day of the month: "٢ مچ، ٢٠٢٥", "٢هب مچ", "/ مچ ٢٠٢٥"): in Urdu it is a
    verb ("افراتفری مچ گئی", chaos broke out), in Persian the wrist, between words (reviews
    62b, 62c)."""

    def number_at(i: int, step: int) -> bool:
        while 0 <= i < len(out) and (
            out[i].text in _BESIDE_A_MONTH or (out[i].kind == "sign" and out[i].text == ",")
        ):
            i += step
        return 0 <= i < len(out) and out[i].kind == "num"

    return any(
        unit.text == _JAWI_MARCH and (number_at(i - 1, -1) or number_at(i + 1, 1))
        for i, unit in enumerate(out)
    )


_JAWI_MARCH: Final = fold("مچ")
# the day of the month's words in Jawi, between a day and its month ("٢هب", "٢ هاريبولن")
_BESIDE_A_MONTH: Final = frozenset(fold(word) for word in ("هب", "هاريبولن"))


_JAWI_WEEKDAY_ENTRIES: Final = {
    fold(spelling): Entry(WEEKDAY, day, "ms", spelling) for spelling, day in JAWI_WEEKDAYS
}


# Thai writes the Gregorian year in the Buddhist era, ours plus 543: "23 มีนาคม พ.ศ. 2566" is 23
# March 2023. A year of that era after its mark, or after a Thai month's name, is given its
# value in ours (its text stays as written).
BUDDHIST_ERA_OFFSET: Final = 543
_BUDDHIST_ERA_TEXT: Final = "พ"
_HAS_THAI: Final = re.compile("[\u0e01-\u0e4e]")
_BUDDHIST_YEARS: Final = range(2400, 2700)


def _buddhist_years(out: list[Unit]) -> list[Unit]:
    for i, unit in enumerate(out):
        if unit.kind != "num" or unit.value not in _BUDDHIST_YEARS or i == 0:
            continue
        k = i - 1
        while k > 0 and out[k].kind == "sign" and out[k].text == ".":  # "พ.ศ. 2566": the era's own stop
            k -= 1
        before = out[k]
        era = entry_of(before, GERA)
        month = entry_of(before, GMONTH)
        if (era is not None and era.language == "th" and era.spelling == "พ.ศ.") or (
            month is not None and month.language == "th"
        ):
            out[i] = unit._replace(value=unit.value - BUDDHIST_ERA_OFFSET)
    return out


# A name and its Roman numeral with only an apostrophe between, which folding drops ("Rabi'I
# 15, 1438", as the Saudi Press Agency's English datelines print it): the words so folded.
# ("Rabii" without the apostrophe stays a word: "Rabii II" is a name of its own.)
_FUSED_NUMERALS: Final = frozenset(
    key.replace("|", "") for key in LEXICON.entries if "|" in key and key.rsplit("|", 1)[1] in ROMAN
)
_APOSTROPHE_NUMERAL: Final = re.compile(r"([^\W\d_]+)[\x27\u2019\u2018`\u02bc\u02bb](II|I)\Z")


def _fused_numeral(folded: Folded, token: _Token) -> Unit | None:
    """The month a word such as "Rabi'I" names, where the original has an apostrophe before
    a capital numeral: the name before it and the numeral make the key ("rabi|i", not the
    "rab|ii" that "rabii" could also be)."""
    _, text, start, end, glued = token
    said = folded.original[slice(*folded.span(start, end))] if folded.original else ""
    match = _APOSTROPHE_NUMERAL.search(said)
    if match is None:
        return None
    found = LEXICON.entries.get(fold(match.group(1)) + "|" + match.group(2).lower())
    return None if found is None else Unit("lex", text, start, end, glued, entries=found)


def _with_years_in_words(folded: Folded, out: list[Unit]) -> list[Unit]:
    """A year in words ("لعام ألفٍ وأربعمائةٍ وأربعة وأربعين", "سال هزار و 428") becomes one
    number unit, as if written in figures (see :mod:`datelines._read.year_words`)."""
    found = years_in_words(folded, out)
    for start, end, year in reversed(found):
        inside = [i for i, unit in enumerate(out) if start <= unit.start and unit.end <= end]
        if not inside or any(  # a unit that reaches out of the run: not a run of number words
            unit.start < end and unit.end > start for i, unit in enumerate(out) if i not in inside
        ):
            continue
        first, last = inside[0], inside[-1]
        if first > 0 and out[first - 1].kind == "num" and len(out[first - 1].text) >= 3:
            # the figures' year said again after them, or cut short: "لعام 1447 ألفٍ هجريًّا" (a
            # statement of Dar al-Ifta quoted by a paper; trial 26) is 1447, not the year 1000
            continue
        number = Unit("num", str(year), start, end, out[first].glued, value=year)
        out[first : last + 1] = [number]
    return out


def _is_month(unit: Unit) -> bool:
    return any(e.kind in (HMONTH, GMONTH) for e in unit.entries)


def _split_glued_years(out: list[Unit]) -> list[Unit]:
    """Lists whose line breaks were lost glue a year to the next day: "10 Mei 20242 Zulkaidah"
    is "10 Mei 2024" and "2 Zulkaidah"."""
    result: list[Unit] = []
    for i, unit in enumerate(out):
        if (
            unit.kind == "num"
            and len(unit.text) in (5, 6)
            and 0 < i < len(out) - 1
            and _is_month(out[i - 1])
            and _is_month(out[i + 1])
        ):
            year, day = unit.text[:4], unit.text[4:]
            cut = unit.start + 4
            result.append(unit._replace(text=year, end=cut, value=int(year)))
            result.append(Unit("num", day, cut, unit.end, True, value=int(day)))
            continue
        result.append(unit)
    return result
