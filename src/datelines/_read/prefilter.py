"""The scan of running text for numbers that may belong to a dateline, at the speed of C.

``extract`` reads only windows around runs of digits that pass one test (a day or a year,
beside a date word, with a Hijri cue near it). An archive has thirty runs of digits per
dateline, and asking each of them in Python costs more than reading the datelines. So RE2 (a
linear-time automaton, google-re2) searches the text for the places that can matter: a word
that begins like a Hijri cue, in any case and with any diacritics or letter variants that
fold away and any apostrophes or tatweel between its letters; a number with the first letter
of a short era mark after it ("1445H"); and, in a second automaton, a number from 1300 to
1599 in any script's digits with a date word or sign beside it (not "Tuesday 1437 Friday":
text full of years beside other words is not tested year by year).
Only runs of digits near what it finds go on to the exact test, the same test every run met
before; tests hold the two scans equal, on real text, on generated text and on the shapes a
review found.

The automaton finds a superset by construction: each folded letter of a cue is the class of
every common character that folds to it; a rarer character that folds to one, or whose fold
is longer than one letter ("ß", a ligature, a presentation form), is a find of its own; word
boundaries, letters and digits are Python's (``str.isalpha``, ``str.isdecimal``), as the
exact test's are, not RE2's newer tables; and a find stands for the whole stretch from its
start to where the search goes on, so nothing it steps over is lost. Python's own ``re``
runs such an expression 35 times slower than ``re.findall(r"\\d+")``; RE2 in about half
that call's time. Without google-re2 installed, every run is tested.
"""

from __future__ import annotations

import re
import unicodedata
from bisect import bisect_left
from collections.abc import Iterable, Iterator, Mapping
from functools import cache
from typing import Any, Final

from ..names import gregorian_months, solar_months
from ..names.words import WEEKDAYS
from .lexicon import (
    ARABIC_CLITICS,
    CUE_LENGTH,
    DATE_NEIGHBOURS,
    FIRST_WORDS_ONLY,
    HIJRI_CUE_PREFIXES,
    HIJRI_CUE_WORDS,
    HIJRI_SHORT_MARK_STARTS,
    HIJRI_SHORT_MARKS,
    RUN_TOGETHER_CLASS,
    UNSPACED_NAMES_BEFORE,
    found_inside_words,
    is_ideographic,
    runs_together,
)
from .normalize import FOLD_TABLE, VANISHED, fold
from .normalize import words as split_words

__all__ = [
    "ONE_SEARCH_FROM",
    "DayOrWordScan",
    "Evidence",
    "available",
    "candidate_runs",
    "cue_stretches",
    "digit_free_words_in",
    "digits_or_words_in",
    "encode",
    "era_initials_expression",
    "first_number_word",
    "first_words_only",
    "forget",
    "gregorian_evidence",
    "gregorian_evidence_in",
    "has_indic",
    "neighbour_words",
    "next_day_or_hijri_year",
    "number_words_in",
    "words_without_digits_in",
]

# How far a cue found by the scan may lie outside the exact test's reach and still count: a
# clitic or the character before a name, which the automaton's match takes in.
_SLACK: Final = 8
# A find stands for itself and this many bytes after it (see _spans): a stretch the runs near
# which are tested. Short, since every run within the reach of it is tested: a cue's find with
# 128 bytes took in a story's first numbers past its dateline (archive text: 10-19 % of the
# scan, the same windows); crowded finds still make longer stretches.
_TAIL: Final = 32
_YEAR_TAIL: Final = 8
# Years found this close one after another (in bytes) crowd: text of years beside date words
# ("١٤٣٧ هـ", every few words) is searched a stretch, not a year, at a time.
_YEAR_CROWD: Final = 128
_LONGEST_TAIL: Final = 8192
# White space as Python's str.isspace has it.
_SPACE: Final = (
    r"[\t-\r\x{1C}-\x{20}\x{85}\x{A0}\x{1680}\x{2000}-\x{200A}\x{2028}\x{2029}\x{202F}\x{205F}\x{3000}]"
)


def _is_arabic(ch: str) -> bool:
    return "\u0600" <= ch <= "\u06ff"


# The blocks whose letters stand in cue words as they are commonly written: Latin with its
# extensions and transliteration dots, Greek, Cyrillic, Armenian, Arabic, Thaana, the Indic
# scripts. (Thaana's and the Indic vowel signs fold to themselves and are not letters: a word
# may begin after one to the automaton, which only finds more.)
# Other characters that fold to a cue's letter (full-width and circled letters, Arabic
# presentation forms) are cues on their own: rare in text, and kept out of the automaton's
# classes, whose size is its cost.
_COMMON: Final = (
    range(0x0530), range(0x0600, 0x0700), range(0x0780, 0x07C0), range(0x0900, 0x0E80), range(0x1E00, 0x1F00),
)  # fmt: skip
# And the characters that vanish in folding as text commonly has them: apostrophes, Latin
# combining marks, harakat and tatweel, zero-width and bidi controls.
_COMMON_VANISHING: Final = (
    range(0x0370),
    range(0x0600, 0x0700),
    range(0x0900, 0x0E80),
    range(0x2000, 0x2070),
    range(
        0x30A0, 0x3100
    ),  # the Japanese dots inside names ("ラビー・ウル・アウワル"), common in Japanese text
    range(0xFEFF, 0xFF00),
    range(0xFF1D, 0xFF1E),  # the full-width "＝" ("ズー・アル＝ヒッジャ", "1＋1＝2")
)


# Blocks whose characters all count as vanishing between a cue's letters (most of them do
# vanish: combining marks, harakat, Indic signs, zero-width and bidi controls): a class of a
# few ranges keeps the automaton small, and allowing more between letters only finds more.
_VANISHING_BLOCKS: Final = (
    range(0x0300, 0x0370), range(0x0483, 0x048A), range(0x0591, 0x05C8), range(0x0610, 0x061D),
    range(0x064B, 0x0660), range(0x06D6, 0x06EE), range(0x0900, 0x0E00), range(0x200B, 0x2010),
    range(0x202A, 0x202F), range(0x2060, 0x2070),
)  # fmt: skip


def _cue_letters() -> frozenset[str]:
    return frozenset(
        ch for prefix in (*HIJRI_CUE_PREFIXES, *HIJRI_CUE_WORDS, *HIJRI_SHORT_MARKS) for ch in prefix
    )


@cache
def _tables(letters: frozenset[str]) -> tuple[dict[str, set[str]], str, str]:
    """The common characters that fold to each of the folded ``letters``, the common
    characters that vanish in folding, and the characters that are finds on their own: those
    whose fold is longer than one character, and the uncommon ones that fold to one of the
    letters or vanish."""
    variants: dict[str, set[str]] = {}
    vanish: list[str] = []
    alone: list[str] = []
    for code, folded in FOLD_TABLE.items():
        raw = chr(code)
        if folded == VANISHED:
            if not any(code in block for block in _VANISHING_BLOCKS):
                (vanish if any(code in block for block in _COMMON_VANISHING) else alone).append(raw)
        elif not isinstance(folded, str) or len(folded) != 1:
            if raw == _SARA_AM:
                variants.setdefault(raw, set())  # a letter of the names as typed (_as_typed)
            elif any(ch in letters for ch in str(folded)):
                alone.append(raw)
        elif folded in letters:
            if any(code in block for block in _COMMON):
                variants.setdefault(folded, set()).add(raw)
            else:
                alone.append(raw)
    return variants, "".join(vanish), "".join(alone)


def _class(chars: Iterable[str]) -> str:
    """An RE2 character class, as ranges of code points."""
    codes = sorted({ord(ch) for ch in chars})
    parts: list[str] = []
    index = 0
    while index < len(codes):
        first = last = codes[index]
        while index + 1 < len(codes) and codes[index + 1] == last + 1:
            index += 1
            last = codes[index]
        parts.append(f"\\x{{{first:X}}}" if first == last else f"\\x{{{first:X}}}-\\x{{{last:X}}}")
        index += 1
    return "[" + "".join(parts) + "]"


Trie = dict[str, "Trie"]


def _trie(prefixes: Iterable[str]) -> Trie:
    root: Trie = {}
    for prefix in prefixes:
        for form in _as_typed(prefix):
            node = root
            for ch in form:
                node = node.setdefault(ch, {})
            node[""] = {}  # a prefix ends here
    return root


def _as_typed(prefix: str) -> set[str]:
    """The prefix, and as Thai is typed: folding parts SARA AM ("ำ") into NIKHAHIT and SARA
    AA ("ํา"), which text seldom has; a prefix that ends between the two may go on as SARA AM."""
    if _NIKHAHIT not in prefix:
        return {prefix}
    typed = prefix.replace(_NIKHAHIT + "\u0e32", _SARA_AM)
    if typed.endswith(_NIKHAHIT):
        typed = typed[:-1] + _SARA_AM
    return {prefix, typed}


_NIKHAHIT: Final = "\u0e4d"
_SARA_AM: Final = "\u0e33"


def _branch(
    node: Trie, variants: dict[str, set[str]], vanish: str, memo: dict[str, str] | None = None
) -> str:
    """The expression for the rest of a trie node: each next letter as the class of every
    character that folds to it (made once a letter, in ``memo``), vanishing characters (where
    a class is given) allowed before it."""
    memo = {} if memo is None else memo
    options: list[str] = []
    ends = False
    for ch, child in sorted(node.items()):
        if ch == "":
            ends = True
            continue
        if (letters := memo.get(ch)) is None:
            letters = memo[ch] = _class({ch} | variants.get(ch, set()))
        between = f"{vanish}*" if vanish else ""
        options.append(f"{between}{letters}{_branch(child, variants, vanish, memo)}")
    if ends:
        options.append("")
    if not options:
        return ""
    return options[0] if len(options) == 1 else "(?:" + "|".join(options) + ")"


@cache
def _python_classes() -> tuple[str, str, str, str]:
    """Classes built from this Python's own Unicode tables, which the exact test uses (RE2's
    are newer): not a letter of the common blocks (``str.isalpha``), a decimal digit, the
    digits worth 1, and those worth 3, 4 or 5."""
    # Letters of the common blocks only: after any other character a word may begin, which
    # only finds more.
    letters = [chr(code) for block in _COMMON for code in block if chr(code).isalpha()]
    digits = _decimal_digits()
    not_letter = "[^" + _class(letters)[1:]
    one = _class(d for d in digits if unicodedata.decimal(d) == 1)
    three_to_five = _class(d for d in digits if unicodedata.decimal(d) in (3, 4, 5))
    return not_letter, _class(digits), one, three_to_five


def _marks(variants: dict[str, set[str]], vanish: str) -> str:
    """The short era marks ("H", "AH", "ه", "ق") as words: a letter that can begin one, the
    rest of it, then the end of the word or a vanishing character; or "A" and vanishing
    characters, which may carry the rest of the mark past the six characters the exact test
    folds (it decides)."""
    starts = set(HIJRI_SHORT_MARK_STARTS)
    # The word goes on only with a letter; with a Latin or Arabic one it surely does ("5 hours",
    # "5 ہے"), unless that letter vanishes in folding (tatweel: "هـ"). Not a Persian digit,
    # which lies among Arabic's letters ("0h۱۳۰۰": a law's example, stop 59).
    end = f"(?:[^A-Za-z\\x{{C0}}-\\x{{24F}}\\x{{620}}-\\x{{64A}}\\x{{66E}}-\\x{{6D3}}\\x{{6D5}}\\x{{6EE}}\\x{{6EF}}\\x{{6FA}}-\\x{{6FF}}]|{vanish}|$)"
    options = []
    for mark in HIJRI_SHORT_MARKS:
        first = _class(ch for ch in {mark[0]} | variants.get(mark[0], set()) if ch in starts)
        rest = "".join(f"{vanish}*{_class({ch} | variants.get(ch, set()))}" for ch in mark[1:])
        options.append(f"{first}{rest}{end}")
        if len(mark) > 1:
            options.append(f"{first}{vanish}+")
    return "(?:" + "|".join(options) + ")"


def _vanishing(vanish_chars: str) -> str:
    """The class of characters allowed between a word's letters: those that vanish in folding."""
    blocks = "".join(f"\\x{{{block.start:X}}}-\\x{{{block.stop - 1:X}}}" for block in _VANISHING_BLOCKS)
    return _class(vanish_chars)[:-1] + blocks + "]"


def _word_end(vanish: str) -> str:
    """Where a word ends, to the exact test (``extract._has_word``): past characters that
    vanish in folding, the end of the text or any character but a letter of the common
    blocks that folds to a letter. The exact test cuts a word short only where a character
    that is no letter stands (or 24 letters on, past the length of any short cue), so a short
    cue it takes whole is found whole here."""
    not_letter = _python_classes()[0]
    # Letters of the common blocks that fold to no letter end a word too.
    ending = [
        chr(code)
        for block in _COMMON
        for code in block
        if chr(code).isalpha() and not _folds_to_a_letter(chr(code))
    ]
    stop = not_letter if not ending else f"(?:{not_letter}|{_class(ending)})"
    return f"{vanish}*(?:{stop}|$)"


def _folds_to_a_letter(ch: str) -> bool:
    folded = fold(ch).replace(VANISHED, "")
    return bool(folded) and folded[0].isalpha()


def _expression() -> str:
    variants, vanish_chars, alone = _tables(_cue_letters())
    vanish = _vanishing(vanish_chars)
    # A whole-word cue (a feast's name) is found as a prefix: the automaton only finds more.
    cues = (*HIJRI_CUE_PREFIXES, *HIJRI_CUE_WORDS)
    # A prefix shorter than a cue's (CUE_LENGTH letters) is a cue to the exact test only as a
    # whole word ("rab", "zu"): "Rabu" (Wednesday in Indonesian, in most stories) is none. The
    # Arabic script's are looked up by four letters too, and clitics glue on: found as prefixes.
    memo: dict[str, str] = {}
    long = _branch(
        _trie(p for p in cues if not _is_arabic(p[0]) and len(p) >= CUE_LENGTH and not found_inside_words(p)),
        variants,
        vanish,
        memo,
    )
    short = _branch(
        _trie(p for p in cues if not _is_arabic(p[0]) and len(p) < CUE_LENGTH and not found_inside_words(p)),
        variants,
        vanish,
        memo,
    )
    # Chinese, Japanese and Thai cues stand anywhere in a run of letters, as the exact test
    # takes them ("也是伊历日期的", "เดือนรอมฎอน").
    unspaced = _branch(_trie(p for p in cues if found_inside_words(p)), variants, vanish, memo)
    latin = f"{long}|{short}{_word_end(vanish)}"
    arabic = _branch(_trie(p for p in cues if _is_arabic(p[0])), variants, vanish)
    clitics = _class(ch for clitic in ARABIC_CLITICS for ch in {clitic} | variants.get(clitic, set()))
    not_letter, digit, _, _ = _python_classes()
    # A word starts after anything but a letter, or after a character that vanishes in
    # folding (an apostrophe joins "d'Rajab" into one word: looking there too only adds cues).
    start = f"(?:^|{not_letter}|{vanish})"
    alternatives = [
        # A number with a short era mark straight after it ("1445H", "1445 AH", "١٤٤٥ هـ").
        f"{digit}+{_SPACE}?{_marks(variants, vanish)}",
        # "1109 A.H.", "1109 A. H." (as written); a shorter number with another year beside,
        # in ASCII digits as Latin marks have them: "61 A.H. (680 CE)" (extract's
        # _short_mark_after; with every script's digits the automaton ran out of memory)
        f"{digit}{{3}}{_SPACE}?[Aa]\\.{_SPACE}?[Hh]",
        f"[0-9]{_SPACE}?[Aa]\\.{_SPACE}?[Hh]\\.?{_SPACE}?[/(\\[\\x{{2044}}\\x{{2215}}]{_SPACE}?(?:[A-Za-z]\\.?{_SPACE}?){{0,2}}[0-9]{{3}}",
        # A Latin short era mark before a number, the other calendar's year beside it past a
        # slash or a bracket ("AH 1200 (AD 1786)", "A.H. 1200/1786", "AD 1786 / AH 1200";
        # extract._era_first_pair)
        f"(?:^|{not_letter})(?:[Aa]\\.?{_SPACE}?)?[Hh]\\.?{_SPACE}?{digit}+(?:{_SPACE}?[\\-–]{_SPACE}?{digit}+)?{_SPACE}?[/(\\[\\x{{2044}}\\x{{2215}}]",
        # (a case ending may follow the year: "1207’de (H.604)"; a bare one only after a word or
        # a sign, which may be a date's, not after another's bracket: "… (H.604) 1207 (H.604)")
        f"[^0-9\\s()\\[\\]][^\\pL\\pN]*{digit}{{1,4}}(?:['’][^0-9/(\\[\\s]{{1,4}})?{_SPACE}?[/(\\[\\x{{2044}}\\x{{2215}}]{_SPACE}?(?:[Aa]\\.?{_SPACE}?)?[Hh]\\.?{_SPACE}?{digit}",
        f"{digit}(?:['’][^0-9/(\\[\\s]{{1,4}}{_SPACE})?{_SPACE}?(?:[A-Za-z]\\.?{_SPACE}?){{1,2}}[/(\\[\\x{{2044}}\\x{{2215}}]{_SPACE}?(?:[Aa]\\.?{_SPACE}?)?[Hh]\\.?{_SPACE}?{digit}",
        # One before a wide gap and a number: a table row's first cell ("1432   4 February 2011").
        f"{_year()}{_SPACE}{{2,}}{digit}",
        # A cue.
        f"{start}(?:{latin}|{clitics}?{arabic})",
    ]
    if unspaced:
        alternatives.append(unspaced)
    if alone:
        alternatives.append(_class(alone))
    return "|".join(alternatives)


def _year() -> str:
    """A number from 1300 to 1599 in any script's digits (or the middle of a longer one)."""
    _, digit, one, three_to_five = _python_classes()
    return f"{one}{three_to_five}{digit}{digit}"


# Date words are looked for by their first letters after a year (the word begins where the
# gap ends) and before one (where a word begins): two, which tell most weekdays ("tue",
# "fri") from date words, or as many more as tell the rest ("Rabu" from "Rabi", see
# _telling_prefixes); a date word shorter than that is looked for whole.
_NEIGHBOUR_PREFIX: Final = 2


@cache
def neighbour_words() -> frozenset[str]:
    """The folded words that make a number's neighbour a date's (``extract._date_neighbour``):
    date words, and month and weekday names with their case endings ("martın 23-də")."""
    from .tokens import INFLECTED_NAMES  # the tables of names' forms, built with the reader's

    return DATE_NEIGHBOURS | INFLECTED_NAMES


@cache
def first_words_only() -> Mapping[str, frozenset[str]]:
    """The neighbour words that are only the first word of a name of several words, each
    with the first two letters of the second words it goes on with (see
    ``lexicon.FIRST_WORDS_ONLY``; not those that are a name's form with a case ending too)."""
    from .tokens import INFLECTED_NAMES

    return {word: seconds for word, seconds in FIRST_WORDS_ONLY.items() if word not in INFLECTED_NAMES}


def _neighbour_letters() -> frozenset[str]:
    return frozenset(ch for word in neighbour_words() for ch in word)


def _year_expression() -> str:
    """A year from 1300 to 1599 beside a date word or sign: the finds of the second automaton
    (in one with the cues', the two tries of words multiply the DFA's states past its memory
    on archive text; apart, each search is linear and quick)."""
    variants, _, alone = _tables(_neighbour_letters() | _solar_letters())
    return _year_beside_a_date_word(variants, alone)


def _solar_last_words() -> frozenset[str]:
    """The last word of each Solar Hijri month's name, folded: the word before a Solar year
    (extract._solar_month_before, which takes one word, so finds only names of one)."""
    return frozenset(
        split_words(fold(spelling))[-1] for spellings in solar_months.MONTHS for spelling, _ in spellings
    )


def _solar_letters() -> frozenset[str]:
    return frozenset(ch for word in _solar_last_words() for ch in word)


def _year_beside_a_date_word(variants: dict[str, set[str]], alone: str) -> str:
    """A Hijri-range year with what the exact test (``extract._date_neighbour``) wants beside
    it: a date word (a month name of either calendar, an era mark, a day word, a case ending)
    or a date sign ("/", "|", "-", ".") next to it past signs and spaces. A word is found by
    its first letters as written (any letter variant that folds to them), or is any word with
    a character that vanishes in folding inside it (a tatweel, a virama: rare beside a year,
    and kept out of the letters' classes, whose size is the automaton's cost); the gap is
    anything but letters and digits. So the automaton finds more than the test takes, never
    less; years beside other words ("Tuesday 1437 Friday", "Selasa 1437 Jumat", "Çarşamba
    1437", "الثلاثاء 1437": the weekdays of every language of the tables) are not found, and a
    text of them is not tested year by year in Python. A word with a character that folds to more than one
    letter, or an uncommon one that folds to a word's letter, is taken like one with a
    vanishing character."""
    not_letter, digit, _, _ = _python_classes()
    first_only = first_words_only()
    words = neighbour_words().difference(first_only)
    inner, word_char = _word_classes()
    # Thai's vowel signs and tone marks vanish in folding and stand in most of its words: they
    # are allowed between a date word's letters, not taken as a rare character inside a word
    # (which would find every Thai word beside a year).
    thai = _class(_THAI_VANISHING)
    inner = _class(
        chr(code)
        for code, folded in FOLD_TABLE.items()
        if folded == VANISHED and _in_word(code) and chr(code) not in _THAI_VANISHING
    )
    if alone:
        inner = inner[:-1] + _class(alone)[1:]
    # Each date word by its first two letters, or more where a weekday begins so (see
    # _telling_prefixes), with as many more word characters as the shortest date word so
    # begun has ("in" of "inci", "ine" takes one more: "in" itself is no date word alone;
    # "an" of "annabi" four: "and" is none), at most _LONGEST_REST.
    rest = _telling_prefixes(words, (weekday_words() | _COMMON_BESIDE_YEARS).difference(words))
    # Chinese and Japanese words are whole runs of their letters to the exact test (below).
    rest = {head: more for head, more in rest.items() if not is_ideographic(head)}
    by_rest = {
        count: _either(
            _branch(
                _trie(h for h, more in rest.items() if more == count and not _is_thai(h[0])), variants, ""
            ),
            _branch(_trie(h for h, more in rest.items() if more == count and _is_thai(h[0])), variants, thai),
        )
        for count in sorted(set(rest.values()))
    }
    # A whole word ends where a letter does not follow (after the year), or at the gap before it.
    whole = by_rest.pop(WHOLE, "")
    others = "|".join(f"{heads}{word_char}{{{count},}}" for count, heads in by_rest.items())
    after, before = (
        (f"{others}|{whole}(?:{not_letter}|$)", f"{others}|{whole}") if whole else (others, others)
    )
    # The first word of a longer name, whole, and a word after it, past white space, an
    # apostrophe or a joiner (extract._is_date_word_after): only after the year.
    joiner = "[" + _SPACE[1:-1] + "'’‘`´ʻʼʿ\\-.]{1,4}"
    name_goes_on = (
        _either(
            _branch(_trie(w for w in first_only if not _is_thai(w[0])), variants, ""),
            _branch(_trie(w for w in first_only if _is_thai(w[0])), variants, thai),
        )
        + joiner
        + word_char
    )
    # neither a letter (of the common blocks, or kana and ideographs) nor a digit
    gap = "[^" + not_letter[2:-1] + digit[1:-1] + _UNSPACED_LETTERS + "]*"
    # A sign after the year: not "-" or "." before three figures or more (extract's
    # _YEAR_ON: "1360-1790"); a digit of another script is taken as no digit, which finds more.
    sign = r"(?:[/|]|[\-.]\s?[0-9]{0,2}(?:[^0-9]|$))"
    year = _year()
    # In Chinese and Japanese, a date word ends the run of letters before the year wherever
    # the run begins ("也就是公历2021年", extract._is_date_word_before); any other is the
    # whole run ("，月1580", not "每月1580元": 1580 yuan a month).
    unspaced = _branch(_trie(UNSPACED_NAMES_BEFORE), variants, "")
    runs = _branch(_trie(w for w in words if is_ideographic(w)), variants, "")
    run_start = "(?:^|[^" + not_letter[2:-1] + _UNSPACED_LETTERS + "])"
    return "|".join(
        (
            f"{year}{gap}(?:{sign}|{after}|{name_goes_on}|{word_char}*{inner}{'|' + runs if runs else ''})",
            # "-" or "." only after a number (extract._word_or_sign_before: "No. 1360" has none);
            # a slash right after three figures is no numeric date's (extract's
            # _AFTER_THREE_FIGURES: "755/1360", a scholar's two years, is left to a cue's find),
            # nor after a month's number alone (_MONTH_ALONE_BEFORE: "12/1360"), only after a
            # day's and a month's ("5/9/1445"; a digit of another script is taken as a sign)
            f"(?:(?:[|]|{digit}{gap[:-1]}?[\\-.]|(?:^|[^0-9])/|(?:[/.\\-]|[^\\x00-\\x7f])[0-9]{{1,2}}/|[0-9]{{4}}/){gap}|/{gap[:-1]}+){year}",
            # a year first in a bracket, a sign after it: "(1443-2022)" (extract's
            # _OPENING_BRACKET_BEFORE)
            f"[(\\[]{gap}{year}{gap}[\\-.]",
            # a Solar month's name before the year, a day between or none, whose sign after it
            # stays one (extract._solar_month_before: "1 Farvardin 1404 - 2025-03-21", "Khordad
            # 31, 1404 - 2025-06-21")
            # (a name with characters that vanish in folding between its letters, "خـرداد ۳۱،
            # ۱۴۰۴", is the next branch's but one: review 63c; allowed between every letter
            # here, their class cost an archive run 25 MB of its peak memory, stop 66)
            f"(?:^|{not_letter})(?:{_branch(_trie(_solar_last_words()), variants, '')}){gap}(?:{digit}{{1,2}}{gap})?{year}",
            # a date in brackets after it (extract._DATE_IN_BRACKETS), more loosely: a day's
            # figures, not a year's ("1200 (1790)")
            f"{year}{gap}[(\\[]{gap}{digit}{{1,2}}(?:[^0-9]|$)",
            f"(?:^|{not_letter})(?:{before}){gap}{year}",
            # any word with a vanishing character inside it, a day between or none
            f"{inner}{word_char}*{gap}(?:{digit}{{1,2}}{gap})?{year}",
            *([f"{unspaced}{gap}{year}"] if unspaced else []),
            *([f"{run_start}(?:{runs}){gap}{year}"] if runs else []),
        )
    )


# Kana and ideographs (see lexicon.UNSPACED), as RE2 ranges.
_UNSPACED_LETTERS: Final = "\\x{3040}-\\x{30FF}\\x{3400}-\\x{9FFF}\\x{F900}-\\x{FAFF}"


def _is_thai(ch: str) -> bool:
    return "\u0e00" <= ch <= "\u0e7f"


def _either(*expressions: str) -> str:
    """The alternation of the expressions that are not empty (an empty one would match anything)."""
    present = [e for e in expressions if e]
    assert present, "no words to find"
    return present[0] if len(present) == 1 else "(?:" + "|".join(present) + ")"


_THAI_VANISHING: Final = frozenset(
    chr(code) for code in range(0x0E00, 0x0E80) if FOLD_TABLE.get(code) == VANISHED
)


# English words that stand beside years in every paragraph ("in 1437 and 1438"): no date word
# is found by first letters they begin with too (Portuguese "ano", year, by "an" took "and",
# and a text of years beside it was tested year by year: 3 -> 370 ms a MB).
_COMMON_BESIDE_YEARS: Final = frozenset(
    ("and", "an", "any", "are", "as", "at", "by", "for", "from", "in", "into", "is", "it", "its",
     "of", "on", "or", "since", "than", "that", "the", "then", "this", "to", "until", "was", "were",
     "with")
)  # fmt: skip

# How many more word characters past its first letters a word beside a year must have at
# most to be found (more would only make the automaton larger).
_LONGEST_REST: Final = 4


@cache
def weekday_words() -> frozenset[str]:
    """The folded words of the weekdays' names in every language of the tables: words that
    stand beside numbers as often as date words do, and begin like them in some languages
    ("Rabu" like "Rabi", "Selasa" like "September", "الثلاثاء" like "الثلاثين")."""
    return frozenset(word for spelling, _, _ in WEEKDAYS for word in split_words(fold(spelling)))


def _telling_prefixes(words: Iterable[str], others: Iterable[str]) -> dict[str, int]:
    """How the date words ``words`` are found beside a year, and none of the words
    ``others`` (weekdays): each prefix with the fewest letters the date words so begun have
    after it (at most _LONGEST_REST), or WHOLE where the prefix is a date word that must end
    there. A prefix is a word's first _NEIGHBOUR_PREFIX letters, or as many more as no other
    word begins with; a date word that another word begins with, or that is shorter than
    _NEIGHBOUR_PREFIX, is found whole.

    >>> sorted(_telling_prefixes(["rabi", "rajab", "selasa", "jum"], ["rabu", "september", "jumat"]).items())
    [('jum', -1), ('rabi', 0), ('raj', 2), ('sel', 3)]
    >>> sorted(_telling_prefixes(["selasanya", "sela"], ["selasa"]).items())
    [('sela', -1), ('selasa', 3)]
    >>> _telling_prefixes(["selasanya", "selasai"], ["selasa"])
    {'selasa': 1}
    """
    # (By sorted lists, not tries: tries of the twelve thousand words took 6 MB, which the
    # batch's parent kept and its workers mapped.)
    begun = sorted(set(others))
    count = len(begun)

    def told(prefix: str) -> bool:  # no other word begins so, or one is all of it
        at = bisect_left(begun, prefix)
        if at == count or not begun[at].startswith(prefix):
            return True
        return begun[at] == prefix and (at + 1 == count or not begun[at + 1].startswith(prefix))

    found: dict[str, int] = {}
    for word in words:
        for size in range(_NEIGHBOUR_PREFIX, len(word) + 1):
            if told(prefix := word[:size]):
                # the date words so begun are longer than any other word that is all of it
                found[prefix] = min(found.get(prefix, _LONGEST_REST), len(word) - size)
                break
        else:  # shorter than a prefix, or all of it begins another word
            found[word] = WHOLE
    return found


WHOLE: Final = -1  # a date word found only as a whole word (see _telling_prefixes)


@cache
def _word_classes() -> tuple[str, str]:
    """The characters of a word of the exact test (``[^\\W\\d_]`` in Python's tables, and
    the Indic and Thaana signs) that vanish in folding, which may stand between a date word's
    letters; and a class that holds every character of such a word: anything but white space,
    decimal digits and ASCII signs, and the Indic blocks (it holds more, which only finds more; exact, it took a
    twentieth of a second to build at every start). (Marks that are no word characters part
    words in the exact test, as they do here.)"""
    inner = _class(chr(code) for code, folded in FOLD_TABLE.items() if folded == VANISHED and _in_word(code))
    digit = _python_classes()[1]
    # (the Indic blocks whole: the exact test's Indic words take their digits too)
    return inner, "(?:[^" + _SPACE[1:-1] + digit[
        1:-1
    ] + "!-/:-@\\[-`{-~]|[\\x{780}-\\x{7BF}\\x{900}-\\x{E7F}])"


def _in_word(code: int) -> bool:
    ch = chr(code)
    return (ch.isalnum() and not ch.isdecimal()) or 0x780 <= code < 0x7C0 or 0x900 <= code < 0xE80


def _characters(stop: int) -> str:
    """Every code point below ``stop``, in order (lone surrogates too: a str may hold them;
    not kept: half a megabyte, asked for once)."""
    return "".join(map(chr, range(stop)))


@cache
def _decimal_digits() -> tuple[str, ...]:
    """Every decimal digit below U+20000 (``str.isdecimal``; ``\\d`` is the same class)."""
    return tuple(re.findall(r"\d", _characters(0x20000)))


# RE2 gives a third of an automaton's budget to the reverse program that finds where a
# match begins. Its DFA, for the longest match, must have room for twenty states each as
# large as the program can make one (RE2's own floor), about 480 bytes an instruction of
# ours; below that every search with a match falls back on the NFA, a hundred times slower,
# and RE2 prints "DFA out of memory" on standard error (the command line's too). One
# spelling more took the first automaton there (stop 58): the tables grow, so the budget
# grows with the program, a fifth above that floor. A ceiling, not an allocation: over 60 MB
# of archive the peak was the same at 48 and at 96 MB.
_BYTES_PER_INSTRUCTION: Final = 600


# About one instruction of RE2's program for every six characters of our expressions: the
# budget is first guessed from the expression, so that the program is compiled once (twice
# cost each run's start 0.1 s: review 58), and made sure of after.
_CHARACTERS_PER_INSTRUCTION: Final = 6


def _compiled(re2: Any, expression: str, budget: int) -> Any:
    """The expression compiled with ``budget`` bytes, or more where its program needs them
    (see _BYTES_PER_INSTRUCTION)."""
    options = re2.Options()
    options.max_mem = max(budget, len(expression) // _CHARACTERS_PER_INSTRUCTION * _BYTES_PER_INSTRUCTION)
    automaton = re2.compile(expression, options)
    budget = options.max_mem
    needed = automaton.reverseprogramsize * _BYTES_PER_INSTRUCTION
    if needed > budget:
        options.max_mem = needed
        automaton = re2.compile(expression, options)
    return automaton


@cache
def _automaton() -> Any | None:
    """The compiled expression, or None without google-re2."""
    try:
        import re2  # type: ignore[import-untyped]
    except ImportError:  # pragma: no cover - google-re2 is a dependency; this is a fallback
        return None
    # The program takes about 4 MB, its two DFAs about 8 MB on real text; at 32 MB the tables
    # of stop 40 (Thai's names added) ran out on mixed English and Arabic text, and RE2 printed
    # "DFA out of memory" and searched slower (tests/read/test_prefilter.py). A budget, not an
    # allocation: the DFAs take what the text asks (the same peak over 6 MB of archive).
    return _compiled(re2, _expression(), 48 << 20)


@cache
def _year_automaton() -> Any | None:
    """The compiled expression of years beside date words, or None without google-re2."""
    try:
        import re2
    except ImportError:  # pragma: no cover - google-re2 is a dependency; this is a fallback
        return None
    # The program takes about 5 MB (the date words told from the weekdays by more than their
    # first two letters more than double it), its DFAs about 5 MB on archive text. At 24 MB
    # in all they run short of memory on a few MB of archive, at 16 MB at once, and RE2 falls
    # back on a search a hundred times slower.
    return _compiled(re2, _year_expression(), 32 << 20)


_last_encoded: list[tuple[str, bytes | None]] = [("", b"")]  # one entry, replaced whole


def encode(text: str) -> bytes | None:
    """``text`` as UTF-8, or None where it cannot be (lone surrogates, which RE2's UTF-8
    cannot hold). The last text's is kept: the searches of one long text each want it, and
    encoding text other than ASCII costs about as much as one search of it."""
    last, encoded = _last_encoded[0]
    if last is text:
        return encoded
    try:
        encoded = text.encode("utf-8")
    except UnicodeEncodeError:
        encoded = None
    _last_encoded[0] = (text, encoded)
    return encoded


def forget() -> None:
    """Let go of the last text's UTF-8 and first Gregorian find (extract calls it when done
    with a text)."""
    _last_encoded[0] = ("", b"")
    _first_evidence[0] = ("", 0)


def has_indic(text: str) -> bool:
    """Whether ``text`` has a letter or sign of Thaana or an Indic script (U+0780-07BF,
    U+0900-0E7F), in its UTF-8: in long text other than ASCII, a fraction of the time of
    Python's engine.

    >>> has_indic("abc हिन्दी"), has_indic("عربي “quoted”"), has_indic("ދިވެހި")
    (True, False, True)
    """
    encoded = encode(text)
    automaton = _indic_automaton()
    if encoded is None or automaton is None:
        return re.search("[\u0780-\u07bf\u0900-\u0e7f]", text) is not None
    # Thaana is all of UTF-8's lead byte DE; the Indic blocks begin with E0, which no script
    # commonly written beside Arabic or Latin has: a byte's search (memchr) rules most text out.
    return b"\xde" in encoded or (b"\xe0" in encoded and automaton.search(encoded) is not None)


@cache
def _indic_automaton() -> Any | None:
    try:
        import re2
    except ImportError:  # pragma: no cover - google-re2 is a dependency; this is a fallback
        return None
    return re2.compile("[\\x{780}-\\x{7BF}\\x{900}-\\x{E7F}]")


_SOLAR_LANGUAGES: Final = frozenset({"fa", "fa-AF", "prs", "ps", "ckb"})


def _solar_date_expression(python: bool) -> str:
    """A Solar Hijri date as text writes it, in the scripts of Iran and Afghanistan: a day, the
    month's name (any letter that folds to its letters, a joiner or tatweel between them, "د"
    before it in Pashto), "ماه" (month) maybe, and a year of three or four digits. For RE2
    (``python`` false) without the look-arounds, and digits of the scripts it is written in:
    it finds more than Python's, never less, and Python's decides. A dash or a slash may
    stand before the year, as a page's masthead has it ("۲۰ اردیبهشت - ۱۴۰۳")."""
    variants: dict[str, set[str]] = {}
    for code, folded in FOLD_TABLE.items():
        if isinstance(folded, str) and len(folded) == 1:
            variants.setdefault(folded, set()).add(chr(code))
    marks = "[\u200c\u200d\u0640]?" if python else r"[\x{200c}\x{200d}\x{640}]?"
    # (Python's white space, which RE2's \s is not all of, and the joiner)
    space = r"\s" if python else _SPACE[:-1] + r"\x{200C}]"

    def letters(ch: str) -> str:
        found = sorted({ch, *variants.get(ch, ())})
        if python:
            return "[" + "".join(re.escape(c) for c in found) + "]"
        return "[" + "".join(f"\\x{{{ord(c):x}}}" for c in found) + "]"

    names = sorted(
        {
            fold(spelling)
            for spellings in solar_months.MONTHS
            for spelling, _ in spellings
            if not fold(spelling).isascii()
        },
        key=len,
        reverse=True,
    )
    month = "|".join(marks.join(f"{space}+" if ch == " " else letters(ch) for ch in name) for name in names)
    # (in the bracket after the month, its other name or the day's weekday: "۲۵ حمل (فروردین)
    # ۱۴۰۳", "۲ دی (یکشنبه) ۱۴۰۳"; review 61b)
    weekdays = sorted(
        {fold(spelling) for spelling, _, language in WEEKDAYS if language in _SOLAR_LANGUAGES},
        key=len,
        reverse=True,
    )
    bracketed = "|".join(
        marks.join(f"{space}+" if ch == " " else letters(ch) for ch in name) for name in (*names, *weekdays)
    )
    if python:
        return (
            rf"(?<!\d)\d{{1,2}}[\s\u200c]*(?:د\s+)?(?:{month})(?![^\W\d_])"
            rf"(?:\s*ماه)?(?:[\s\u200c]*\((?:{bracketed})\))?[\s\u200c]*(?:[-–/][\s\u200c]*)?\d{{3,4}}(?!\d)"
        )
    digit = _python_classes()[1]
    # (the month's other name in brackets after it: "۲۵ حمل (فروردین) ۱۴۰۳", Afghanistan's
    # zodiac name and Iran's; held-out set 28: a name only, not any words, which cost a
    # hostile text of brackets four times as much, review 61)
    return (
        rf"{digit}{{1,2}}{space}*(?:\x{{62f}}{space}+)?(?:{month})(?:{space}*\x{{645}}\x{{627}}\x{{647}})?"
        rf"(?:{space}*\((?:{bracketed})\))?{space}*"
        rf"(?:[-\x{{2013}}/]{space}*)?{digit}{{3,4}}"
    )


SOLAR_DATE: Final = re.compile(_solar_date_expression(python=True))


@cache
def _solar_date_automaton() -> Any | None:
    try:
        import re2
    except ImportError:  # pragma: no cover - google-re2 is a dependency; this is a fallback
        return None
    return _compiled(re2, _solar_date_expression(python=False), 8 << 20)


def solar_date_starts(text: str) -> Iterator[int]:
    """Where a Solar Hijri date (:data:`SOLAR_DATE`) may begin in ``text``, in order: none in
    text without a letter or digit of Persian's alphabet beyond Arabic's; else RE2's finds,
    more than Python's (a search costs about a sixth of a scan for digits), or where it
    cannot search, Python's own."""
    encoded = encode(text)
    if encoded is not None and b"\xda" not in encoded and b"\xdb" not in encoded:
        # No letter or digit of the Arabic block's second half (U+0680-06FF): Persian's,
        # Dari's, Pashto's, Urdu's ("ی", "ک", "گ", "پ" is U+067E, but "ی" stands in nearly every
        # line) and the Persian digits. Arabic text has none, nor Latin, Thai or Turkish:
        # two byte searches spare them the search (a sixth of a scan for digits; hostile
        # Arabic and Thai text went past its target with it).
        return
    automaton = _solar_date_automaton()
    if automaton is None or encoded is None:
        yield from (match.start() for match in SOLAR_DATE.finditer(text))
        return
    last_byte = last_char = 0
    for match in automaton.finditer(encoded):
        offset = match.start()
        last_char += len(encoded[last_byte:offset].translate(None, _CONTINUATION_BYTES))
        last_byte = offset
        yield last_char


def available() -> bool:
    """Whether the scan can run (google-re2 is installed)."""
    return _automaton() is not None


class CandidateRuns:
    """The runs of digits a scan passes on (iterate once), and, once they are all taken,
    whether the automaton found anything in the text at all (``found``)."""

    def __init__(
        self,
        text: str,
        finds: Iterator[tuple[int, int]],
        year_finds: Iterator[tuple[int, int]],
        reach: int,
        far_reach: int,
        *,
        floor: list[int] | None = None,
    ) -> None:
        self.found = False
        self._floor = [0, 0, 0] if floor is None else floor
        self._runs = _joined(
            _merge(text, self._noting(finds), reach, far_reach, self._floor),
            _years_near(text, self._noting(year_finds), reach, self._floor),
        )

    def skip_to(self, position: int, mark: tuple[int, int] | None = None) -> None:
        """Give no more runs that begin before ``position`` (some already taken from the
        searches may still come): the scan has found that none of them can matter. The
        automata's searches go on from a little before it (see :func:`_spans`); ``mark``, a
        character's offset and its UTF-8 offset, spares them counting the bytes skipped."""
        self._floor[0] = max(self._floor[0], position)
        if mark is not None:
            self._floor[1:] = mark

    def _noting(self, finds: Iterator[tuple[int, int]]) -> Iterator[tuple[int, int]]:
        for find in finds:
            self.found = True
            yield find

    def __iter__(self) -> Iterator[tuple[int, int, bool, bool]]:
        return self._runs


def candidate_runs(text: str, reach: int, far_reach: int = 0) -> CandidateRuns | None:
    """The runs of digits, in order, that may pass ``extract``'s test, each with whether it is
    near and whether a cue may be within reach of it.

    - Near the first automaton's finds (a cue, a number with a short era mark, a table row's
      year): every run within ``reach`` of one (and a little more), near, a cue maybe near;
      runs only within ``far_reach`` of one, not near: a day that may take a cue further off
      in its sentence (no cue can be within ``reach`` of it).
    - Near the second automaton's finds (a Hijri-range year beside a date word or sign): only
      the Hijri-range years within ``reach``, near, no cue near unless a find of the first
      says so. Nothing else passes the exact test without a cue: a day, another year, an
      early year with its era need one, and those runs come from the first automaton's finds.

    None without google-re2, or for text it cannot take: then every run is to be tested."""
    automaton = _automaton()
    if automaton is None:
        return None
    encoded = encode(text)
    if encoded is None:  # lone surrogates, which RE2's UTF-8 cannot hold: test every run
        return None
    # A year's find stands for little more than itself (a short tail): its surroundings are
    # searched by the first automaton for anything else a window could open on.
    floor = [0, 0, 0]
    back = max(reach, far_reach) + _SLACK + _BACK
    years = _spans(_year_automaton(), text, encoded, _YEAR_TAIL, crowd=_YEAR_CROWD, floor=floor, back=back)
    finds = _spans(automaton, text, encoded, floor=floor, back=back)
    return CandidateRuns(text, finds, years, reach, max(reach, far_reach), floor=floor)


# Where the scan skips ahead, the automata search again from this far (and the reach of a
# find) before where it goes on: every word the exact tests take for a run from there on lies
# within the reach and the length of a word (_LONGEST_NEIGHBOUR, extract._WORD) before it.
_BACK: Final = 128


def _joined(
    cued: Iterator[tuple[int, int, bool]], years: Iterator[tuple[int, int]]
) -> Iterator[tuple[int, int, bool, bool]]:
    """The two kinds of candidates in text order, a run given by both once, with both flags.
    Each is taken from its search only when it is next (a merge of generator expressions is
    evaluated eagerly by the compiled reader, which took every run before the scan could skip
    any; a merge written out is lazy in both, and a step cheaper)."""
    cue = next(cued, None)
    year = next(years, None)
    while cue is not None or year is not None:
        if year is None or (cue is not None and cue[0] < year[0]):
            assert cue is not None
            yield cue[0], cue[1], cue[2], cue[2]
            cue = next(cued, None)
        elif cue is None or year[0] < cue[0]:
            yield year[0], year[1], True, False
            year = next(years, None)
        else:  # the same run from both
            yield cue[0], cue[1], True, cue[2]
            cue, year = next(cued, None), next(years, None)


def _years_near(
    text: str, spans: Iterable[tuple[int, int]], reach: int, floor: list[int]
) -> Iterator[tuple[int, int]]:
    """The runs of four digits that are Hijri-range years within ``reach`` (and a little more)
    of the year finds' spans, in order. Within reach, not inside: a date word that one find's
    tail steps over may stand beside the next year, which only the reach then takes in (see
    tests/read/test_prefilter.py, "a date word a year's find steps over")."""
    from .extract import HIJRI_YEARS, digit_runs

    lo = hi = 0
    for start, end in spans:
        near_lo, near_hi = max(0, start - reach - _SLACK), end + reach + _SLACK
        if near_lo <= hi and hi:
            hi = max(hi, near_hi)
            if near_lo - lo > _GIVE_AFTER:
                # Years crowd: the years of the stretch so far are given now (before the whole
                # text is searched), as the scan may skip on past them.
                yield from _hijri_years(text, digit_runs(text, lo, near_lo, floor), HIJRI_YEARS)
                lo = near_lo
            continue
        if hi:
            yield from _hijri_years(text, digit_runs(text, lo, hi, floor), HIJRI_YEARS)
        lo, hi = max(near_lo, hi), near_hi
    if hi:
        yield from _hijri_years(text, digit_runs(text, lo, hi, floor), HIJRI_YEARS)


def _hijri_years(text: str, runs: Iterator[tuple[int, int]], years: range) -> Iterator[tuple[int, int]]:
    for start, end in runs:
        if end - start == 4 and int(text[start:end]) in years:
            yield start, end


# The bytes that continue a character in UTF-8: a piece's characters are its other bytes
# (counted with bytes.translate, a third quicker than decoding the piece).
_CONTINUATION_BYTES: Final = bytes(range(0x80, 0xC0))


def _spans(
    automaton: Any,
    text: str,
    encoded: bytes,
    first_tail: int = _TAIL,
    *,
    crowd: int = 0,
    floor: list[int] | None = None,
    back: int = 0,
    marks: list[int] | None = None,
    start_byte: int = 0,
) -> Iterator[tuple[int, int]]:
    """The automaton's matches as character spans, each widened by ``first_tail`` bytes after
    it (more where finds crowd, each less than ``first_tail`` or ``crowd`` bytes after the
    last stretch): the search goes on from there. Where cues crowd together ("Ramadan Ramadan …",
    "1437 1437 …") it stops once a stretch, not once a cue (each stop costs microseconds in
    Python); what it skips lies in the widened span, whose surroundings are searched anyway.
    The text is searched as UTF-8 bytes, encoded once, and offsets turned into characters a
    piece at a time. ``start_byte``: where the search begins (no find is before it).

    ``floor``: where the taker goes on (``floor[0]``; see :meth:`CandidateRuns.skip_to`),
    and a character's offset whose byte offset is known (``floor[1]``, ``floor[2]``): the
    search goes on from ``back`` characters before it. ``marks``: given the character and
    byte offsets of the last find's start."""
    ascii_only = len(encoded) == len(text)
    size = len(encoded)
    last_byte = last_char = 0

    def chars(offset: int) -> int:
        nonlocal last_byte, last_char
        if ascii_only:
            return offset
        if size - offset < offset - last_byte:
            # Nearer the text's end than the last count (a first find near the foot of a long
            # text): counted back from the end.
            last_char = len(text) - len(encoded[offset:].translate(None, _CONTINUATION_BYTES))
        else:
            last_char += len(encoded[last_byte:offset].translate(None, _CONTINUATION_BYTES))
        last_byte = offset
        return last_char

    position = start_byte
    since = 0  # where the search went on last, for crowding (the text's start, not start_byte)
    tail = first_tail
    while True:
        if floor is not None and (target := floor[0] - back) > (position if ascii_only else last_char):
            # The taker skips ahead (see CandidateRuns.skip_to): search again from a little
            # before where it goes on, not through every find between.
            if ascii_only:
                position = target
            else:
                # Counted from the nearest place whose offset is known: where the search is,
                # the mark (floor[1:]) after the target, or the text's end. A skip to the foot
                # of a long text need not encode all of it.
                mark_char, mark_byte = floor[1], floor[2]
                from_here, from_end = target - last_char, len(text) - target
                from_mark = mark_char - target if target <= mark_char else from_here + from_end + 1
                if from_mark < from_here and from_mark <= from_end:
                    last_byte = mark_byte - len(text[target:mark_char].encode("utf-8"))
                elif from_end < from_here:
                    last_byte = size - len(text[target:].encode("utf-8"))
                else:
                    last_byte += len(text[last_char:target].encode("utf-8"))
                last_char, position = target, last_byte
            since = position
            tail = first_tail
        if position >= size or (match := automaton.search(encoded, position)) is None:
            break
        start, end = match.span()
        # Where finds come one after another, each stretch is twice as long as the last.
        tail = min(tail * 2, _LONGEST_TAIL) if start - since < max(first_tail, crowd) else first_tail
        stop = min(size, max(end, start + 1) + tail)
        while stop < size and encoded[stop] & 0xC0 == 0x80:
            stop += 1  # not inside a character
        first = chars(start)
        if marks is not None:
            marks[:] = [first, start]
        yield first, chars(stop)
        position = since = stop


def _merge(
    text: str, spans: Iterable[tuple[int, int]], reach: int, far_reach: int, floor: list[int]
) -> Iterator[tuple[int, int, bool]]:
    """The runs of digits within ``far_reach`` of the matches' spans, in order, each with
    whether it is within ``reach`` of one. Given as the search goes on: once a find lies
    further on than ``reach`` from where the runs given end, the runs before it are given
    (text that crowds with finds is one long stretch, and the reader may stop early)."""
    from .extract import digit_runs

    def runs(lo: int, hi: int, near: list[tuple[int, int]]) -> Iterator[tuple[int, int, bool]]:
        index, count = 0, len(near)
        for start, end in digit_runs(text, lo, hi, floor):
            while index < count and near[index][1] <= start:
                index += 1
            yield start, end, index < count and near[index][0] <= start

    lo = hi = done = 0  # the stretch within far reach of the current finds; runs given up to done
    near: list[tuple[int, int]] = []  # the stretches within reach in it, merged
    for start, end in spans:
        near_lo, near_hi = max(0, start - reach - _SLACK), end + reach + _SLACK
        if not near or start - far_reach - _SLACK > hi:
            if near:
                yield from runs(max(lo, done), hi, near)
            lo, hi = max(0, start - far_reach - _SLACK), end + far_reach + _SLACK
            done, near = lo, [(near_lo, near_hi)]
            continue
        hi = max(hi, end + far_reach + _SLACK)  # the two automata's finds may overlap
        if near_lo <= near[-1][1]:
            near[-1] = (near[-1][0], max(near[-1][1], near_hi))
        else:
            near.append((near_lo, near_hi))
        # No later find is near a run before near_lo (finds come in order).
        if near_lo - done > _GIVE_AFTER:
            yield from runs(done, near_lo, near)
            done = near_lo
            del near[:-1]  # those before it are passed
    if near:
        yield from runs(max(lo, done), hi, near)


# How far past the runs given the finds of one long stretch go before the runs between are
# given (a few windows' worth: each giving is one search for runs).
_GIVE_AFTER: Final = 2048


def cue_stretches(text: str) -> Iterator[tuple[int, int]] | None:
    """The stretches of ``text`` the automaton's finds stand for (each from a find's start to
    where the search goes on: a cue's word begins at most a clitic before one), in order and
    apart. None without google-re2, or for text it cannot take: then all of it is to be looked at."""
    automaton = _automaton()
    if automaton is None:
        return None
    encoded = encode(text)
    return None if encoded is None else _spans(automaton, text, encoded)


def _digit_free_words() -> list[str]:
    """Each spelling's longest word, folded: of a number in words and of a verb that says two
    months' beginnings fall together."""
    from ..names.words import BEGINNINGS_COINCIDE_WORDS
    from .lexicon import NUMBER_WORDS

    spellings = (*NUMBER_WORDS, *(fold(stem.rstrip("=")) for stem, _ in BEGINNINGS_COINCIDE_WORDS))
    return sorted({max(words.split(), key=len) for words in spellings if words.strip()})


@cache
def _digit_free_automaton() -> Any | None:
    """An expression for the words that a dateline without digits needs: a day or a year in
    words ("ọjọ́ kínní", "രണ്ട്", "gjashtë", "ألف"), or a verb that says two months' beginnings
    fall together ("coincides", "يتزامن": a month paired with a month, no number at all).
    Each spelling's longest word, folded, anywhere in folded text (a clitic or a case ending
    may stand either side)."""
    try:
        import re2
    except ImportError:  # pragma: no cover - google-re2 is a dependency; this is a fallback
        return None
    return re2.compile("|".join(re.escape(word) for word in _digit_free_words()))


@cache
def _number_word_automaton() -> Any | None:
    """Numbers in words as whole words of folded text (each spelling's longest word), a
    clitic or the article before it aside: "الف" (a thousand), not "الفطر"."""
    try:
        import re2
    except ImportError:  # pragma: no cover - google-re2 is a dependency; this is a fallback
        return None
    from .lexicon import NUMBER_WORDS

    heads = sorted({max(words.split(), key=len) for words in NUMBER_WORDS if words.strip()})
    clitics = "".join(sorted(ARABIC_CLITICS))
    return re2.compile(
        r"(?:^|[^\pL\pM\pN])(?:["
        + clitics
        + r"]|ال)?(?:"
        + "|".join(re.escape(word) for word in heads)
        + r")(?:[^\pL\pM]|$)"
    )


@cache
def _number_word_superset() -> Any | None:
    """Where text as written may hold a number in words: each spelling's longest word as
    written (see _as_written) between a word's start (a clitic or the article may stand
    before it) and its end. Every place the exact test finds, and more; a search
    of text as written, before any of it is folded (folding a MB of Arabic costs 20 ms, the
    search 2: "عيد الفطر 2025 …", stop 62); and any letter of a script whose words run
    together."""
    try:
        import re2
    except ImportError:  # pragma: no cover - google-re2 is a dependency; this is a fallback
        return None
    return _compiled(re2, _number_word_superset_expression(re2), 32 << 20)


@cache
def _number_word_superset_expression(re2: Any) -> str:
    """The expression of :func:`_number_word_superset` (its first group: the word)."""
    from .lexicon import NUMBER_WORDS

    heads = sorted({max(words.split(), key=len) for words in NUMBER_WORDS if words.strip()})
    variants, vanish_chars, alone = _tables(frozenset("".join(heads)))
    # After the word, folded text has no letter or mark: what stands there as written is
    # characters that vanish in folding, then one that is no letter or mark, one that folds to
    # something that begins with none (the exact test's own classes, asked of RE2 itself), or
    # the end.
    transparent: list[str] = []
    enders: list[str] = []
    starters: list[str] = []
    letter_or_mark = re2.compile(r"[\pL\pM]")
    letter_mark_or_number = re2.compile(r"[\pL\pM\pN]")
    for code, to in FOLD_TABLE.items():
        folded = str(to).replace(VANISHED, "")
        if not folded:
            transparent.append(chr(code))
            continue
        if letter_or_mark.match(chr(code)) and not letter_or_mark.match(folded[0]):
            enders.append(chr(code))
        if letter_mark_or_number.match(chr(code)) and not letter_mark_or_number.match(folded[-1]):
            starters.append(chr(code))
    transparent.append(VANISHED)
    skipped = f"(?:{_class(transparent)}|{_vanishing(vanish_chars)})*"
    end = f"{skipped}(?:[^\\pL\\pM]|$" + (f"|{_class(enders)})" if enders else ")")
    # Before it, as the exact test's start of a word: no letter, mark or number (or one that
    # folds to none at its end), what vanishes, and a clitic or the article ("وألف", "الألف")
    # with what vanishes after it: "dy" (Albanian two) is no find inside "already", "study"
    # (each find is asked of its words: review 62b, 1.5 s a MB of them)
    clitics = _as_written(sorted({*ARABIC_CLITICS, "ال"}))
    start = "(?:^|[^\\pL\\pM\\pN]" + (f"|{_class(starters)})" if starters else ")")
    # (the word itself, from its clitic on, is the first group: where the number stands)
    word = (
        f"({skipped}(?:(?:{clitics}){skipped})?(?:"
        + _branch(_trie(heads), variants, _vanishing(vanish_chars))
        + "))"
    )
    expression = start + word + end
    if alone:
        expression += "|" + _class(alone)
    # and a letter of a script whose words run together, which the exact test takes for a
    # number (see number_words_exactly_in)
    return expression + "|" + RUN_TOGETHER_CLASS


def number_words_in(text: str, start: int = 0, end: int | None = None) -> bool:
    """Whether a word of ``text[start:end]``, folded, is a number in words. True without
    google-re2, for text it cannot take, and for a script whose words run together.

    >>> number_words_in("on the eleventh of March"), number_words_in("عيد الفطر 2025")
    (True, False)
    """
    piece = text[start:end]
    if len(piece) > _LONG_PIECE and (superset := _number_word_superset()) is not None:
        try:
            if superset.search(piece.encode("utf-8")) is None:
                return False
        except UnicodeEncodeError:
            return True
    return number_words_exactly_in(piece)


# Pieces longer than this are searched as written before they are folded: the search's
# automaton is large (about 200,000 instructions, 0.1 s to build), and a short piece folds in
# well under a millisecond. Long pieces come of years without a number near for pages.
_LONG_PIECE: Final = 1 << 15
# Texts longer than this ask DayOrWordScan (one search for both); a shorter one asks the
# number in words of the stretch whole, as number_words_in does (text with many letters the
# search finds alone, "ß", Bengali "ো", each asked of its words, was 3-8 times slower: review 64).
ONE_SEARCH_FROM: Final = _LONG_PIECE


def first_number_word(text: str, start: int = 0, end: int | None = None) -> int | None:
    """Where in ``text`` the first number in words of ``text[start:end]`` stands, or None (see
    :func:`number_words_in`). A piece of up to _LONG_PIECE characters is asked whole, and a
    number in words anywhere in it is said to be at ``start``; a longer one is searched as
    written, and each place found is asked of its words alone, in order.

    >>> text = "Ramadan 2025 Shawwal 2024 " * 2000 + "on the eleventh"
    >>> first_number_word(text), first_number_word(text, 0, 52000)
    (52007, None)
    """
    stop = len(text) if end is None else min(end, len(text))
    superset = _number_word_superset() if stop - start > _LONG_PIECE else None
    if superset is None:
        return start if number_words_in(text, start, stop) else None
    # In doubling stretches, each from a little before the last one's end (a word the end cut
    # is found whole in the next): the search of a slice costs its length, where RE2's own
    # search from a place in a str encodes all of it (a text's lone years, each asked from
    # its place, cost the text's length squared: review 62).
    position, stretch = start, _FIRST_STRETCH
    while position < stop:
        hi = min(stop, position + stretch)
        try:
            finds = list(superset.finditer(text[position:hi]))
        except UnicodeEncodeError:
            return start  # lone surrogates, which RE2's UTF-8 cannot hold: as number_words_in says
        for found in finds:
            lo, end_of = _words_around(text, position + found.start(), position + found.end(), start, stop)
            if number_words_exactly_in(text[lo:end_of]):
                return position + int(found.start(1) if found.start(1) >= 0 else found.start())
        if hi >= stop:
            break
        position, stretch = max(position, hi - _WORDS_REACH), stretch * 2
    return None


def _words_around(text: str, lo: int, hi: int, start: int, stop: int) -> tuple[int, int]:
    """The words a find in ``text[lo:hi]`` stands in: to the white space either side (within
    ``start`` and ``stop``; at most _WORDS_REACH characters out)."""
    left = max(start, lo - _WORDS_REACH)
    right = min(stop, hi + _WORDS_REACH)
    space = max(text.rfind(" ", left, lo), text.rfind("\n", left, lo), text.rfind("\t", left, lo))
    after = [
        at
        for at in (text.find(" ", hi, right), text.find("\n", hi, right), text.find("\t", hi, right))
        if at >= 0
    ]
    return (space + 1 if space >= 0 else left), (min(after) if after else right)


_WORDS_REACH: Final = 64


def number_words_exactly_in(piece: str, automaton: Any | None = None) -> bool:
    """:func:`number_words_in` without the search of text as written first: the piece
    folded, and searched (a law keeps the two equal)."""
    automaton = _number_word_automaton() if automaton is None else automaton
    if automaton is None or runs_together(piece):
        return True
    folded = piece.translate(FOLD_TABLE).replace(VANISHED, "")
    try:
        encoded = folded.encode("utf-8")
    except UnicodeEncodeError:
        return True
    return automaton.search(encoded) is not None


@cache
def _day_or_hijri_year_automaton() -> Any | None:
    try:
        import re2
    except ImportError:  # pragma: no cover - google-re2 is a dependency; this is a fallback
        return None
    return re2.compile(_day_or_hijri_year_expression())


@cache
def _day_or_hijri_year_expression() -> str:
    """A run of digits that may be a day or a Hijri year, as :data:`extract._DAY_OR_HIJRI_YEAR`
    (the run: the first group), with the character before and after it."""
    _, digit, one, _ = _python_classes()
    digits = _decimal_digits()
    zero = _class(d for d in digits if unicodedata.decimal(d) == 0)
    below_six = _class(d for d in digits if unicodedata.decimal(d) < 6)
    not_digit = "[^" + digit[1:]
    return (
        f"(?:^|{not_digit})({digit}{{1,3}}|{zero}{digit}{{3}}|{one}{below_six}{digit}{{2}})(?:{not_digit}|$)"
    )


@cache
def _day_or_number_word_automaton() -> Any | None:
    """The searches for a day or Hijri year and for a number in words as one (see
    :class:`DayOrWordScan`): a day's run is the first group, a number's word the second."""
    try:
        import re2
    except ImportError:  # pragma: no cover - google-re2 is a dependency; this is a fallback
        return None
    expression = _day_or_hijri_year_expression() + "|" + _number_word_superset_expression(re2)
    return _compiled(re2, expression, 32 << 20)


_VERDICTS_KEPT: Final = 4096  # the words' answers a scan keeps at most
_A_DIGIT: Final = re.compile(r"\d")
# How far a number in words right at the place asked is looked for (in UTF-8 bytes): the
# longest word, with what vanishes in it, is far shorter.
_AT_THE_PLACE: Final = 1024


class DayOrWordScan:
    """Where, from a place in one text on, the first run of digits stands that may be a day
    or a Hijri year (see :func:`next_day_or_hijri_year`), or the first number in words (see
    :func:`first_number_word`), whichever comes first: one search of the text's UTF-8 for
    both, where the two searches each went over it (text of years beside month or feast
    names and no other number, "رمضان 2025 وشوال 2024، …", searched to its end twice).

    Places asked are meant to grow; each answer is kept, and holds for a place up to it.

    >>> scan = DayOrWordScan("Ramadan 2025 Shawwal 2024 and on the eleventh, day 12")
    >>> scan.first(12), scan.first(50)
    (37, 51)
    >>> DayOrWordScan("Ramadan 2025 Shawwal 2024").first(0)
    25
    """

    __slots__ = ("_at", "_automaton", "_byte", "_char", "_encoded", "_from", "_verdicts", "text")

    def __init__(self, text: str) -> None:
        self.text = text
        self._automaton = _day_or_number_word_automaton()
        self._encoded = encode(text) if self._automaton is not None else None
        self._char = self._byte = 0  # a character's offset and its UTF-8 offset, the last asked
        self._from = self._at = -1  # no day or number word between these places (at: one is)
        self._verdicts: dict[str, bool] = {}

    @property
    def available(self) -> bool:
        """Whether the scan can search (False without google-re2 or for text RE2 cannot take)."""
        return self._encoded is not None

    def first(self, position: int) -> int:
        """Where the first day, Hijri year or number in words begins from ``position`` on
        (``position`` outside a run of digits; the text's length if none does). Call only
        where :attr:`available`."""
        if self._from <= position <= self._at:
            return self._at
        at = self._search(position)
        self._from, self._at = position, at
        return at

    def _search(self, position: int) -> int:
        encoded, text = self._encoded, self.text
        automaton: Any = self._automaton
        days: Any = _day_or_hijri_year_automaton()
        assert encoded is not None
        size = len(text)
        here = self._to_byte(position)
        if position > 0:
            # What begins right at the place, as if the text began there (as the two searches'
            # stretches did): searching from a place, RE2 sees nothing behind it ("^" only at
            # 0), so a day or word there has no character before it to begin after.
            first = automaton.match(encoded[here : here + _AT_THE_PLACE])
            if first is not None and first.start(1) == 0:
                return position
            if first is not None and first.start(2) == 0:
                lo, hi = _words_around(text, position, self._to_char(here + first.end()), position, size)
                if number_words_exactly_in(text[lo:hi]):
                    return position
        while (found := automaton.search(encoded, here)) is not None:
            if found.start(1) >= 0:
                # (the character before the day may be a find of its own, a letter of a script
                # whose words run together: "ป5", "第3"; the day's pattern took it first)
                if found.start() < found.start(1) and self._word_at(found.start(), position):
                    return self._to_char(found.start())
                return self._to_char(found.start(1))
            start = self._to_char(found.start())
            word = self._to_char(found.start(2)) if found.start(2) >= 0 else start
            lo, hi = _words_around(text, start, self._to_char(found.end()), position, size)
            piece = text[lo:hi]
            if self._exactly(piece):
                return word
            if hi > start + 1 and (hi == size or text[hi].isspace()) and _A_DIGIT.search(piece) is None:
                # none of the words it stands in is a number, nor holds a digit: on from their
                # end (a text's every "ো" or "ß" was asked of its words again from the next)
                here = self._to_byte(hi)
                continue
            # On from the find's second character: a day or word after it begins after its
            # first (a day after a single letter found alone, "ﬁ12", is asked of here: its
            # character before is behind the next search's start).
            here = self._to_byte(start + 1)
            if (
                found.start(2) < 0
                and text[start + 1 : start + 2].isdecimal()
                and (day := days.match(encoded, found.start())) is not None
            ):
                return self._to_char(day.start(1))
        return size

    def _word_at(self, byte: int, position: int) -> bool:
        """Whether a number in words (as the exact test says) begins with the character at
        ``byte``, which the superset finds alone there."""
        words: Any = _number_word_superset()
        found = words.match(self._encoded, byte)
        if found is None or found.start(1) >= 0 or found.start() != byte:
            return False
        start = self._to_char(byte)
        lo, hi = _words_around(self.text, start, self._to_char(found.end()), position, len(self.text))
        return self._exactly(self.text[lo:hi])

    def _exactly(self, words: str) -> bool:
        """:func:`number_words_exactly_in` of the words, each answer kept: a text's words
        with a letter the search finds alone ("Straße", "groß") come again and again."""
        known = self._verdicts.get(words)
        if known is None:
            if len(self._verdicts) >= _VERDICTS_KEPT:
                self._verdicts.clear()
            known = self._verdicts[words] = number_words_exactly_in(words)
        return known

    def _to_byte(self, char: int) -> int:
        if len(self._encoded or b"") == len(self.text):
            return char
        if char >= self._char:
            byte = self._byte + len(self.text[self._char : char].encode("utf-8"))
        else:
            byte = self._byte - len(self.text[char : self._char].encode("utf-8"))
        self._char, self._byte = char, byte
        return byte

    def _to_char(self, byte: int) -> int:
        encoded = self._encoded or b""
        if len(encoded) == len(self.text):
            return byte
        if byte >= self._byte:
            char = self._char + len(encoded[self._byte : byte].translate(None, _CONTINUATION_BYTES))
        else:
            char = self._char - len(encoded[byte : self._byte].translate(None, _CONTINUATION_BYTES))
        self._char, self._byte = char, byte
        return char


# The first stretch searched for the next day or Hijri year, in characters; each next one is
# twice as long. Most are found within a sentence; in text with none for a MB ("Ramadan 2025
# Shawwal 2024 …") the search costs twice the way there, at RE2's speed.
_FIRST_STRETCH: Final = 4096
_RUN: Final = re.compile(r"\d*")


def _past_digits(text: str, position: int) -> int:
    found = _RUN.match(text, position)
    return position if found is None else found.end()


def next_day_or_hijri_year(text: str, position: int) -> int | None:
    """Where the first run of digits from ``position`` on begins that may be a day or a Hijri
    year: three digits or fewer, or four below 1600 (``len(text)`` if none). ``position`` is
    not inside a run. None without google-re2.

    >>> next_day_or_hijri_year("Ramadan 2025 Shawwal 2024, day 12", 12)
    31
    >>> next_day_or_hijri_year("Ramadan 2025 Shawwal 2024", 12)
    25
    """
    automaton = _day_or_hijri_year_automaton()
    if automaton is None:  # pragma: no cover - google-re2 is a dependency
        return None
    size = len(text)
    stretch = _FIRST_STRETCH
    while position < size:
        stop = min(size, position + stretch)
        if stop < size:
            stop = _past_digits(text, stop)  # a run is searched whole, in one stretch
        try:
            found = automaton.search(text[position:stop])
        except UnicodeEncodeError:  # lone surrogates: none of them is a digit
            found = automaton.search(text[position:stop].encode("utf-8", "replace").decode("utf-8"))
        if found is not None:
            start: int = found.start(1)
            return position + start
        position, stretch = stop, stretch * 2
    return size


def _as_written(words: Iterable[str]) -> str:
    """An expression that finds, in text as written, every place where folded text has one
    of the folded ``words``, and more: each letter is the class of every common character
    that folds to it, with vanishing characters allowed before it; a rarer character that
    folds to one of the letters (or to more than one character) is a find of its own."""
    words = list(words)
    variants, vanish_chars, alone = _tables(frozenset("".join(words)))
    expression = _branch(_trie(words), variants, _vanishing(vanish_chars))
    return expression + "|" + _class(alone) if alone else expression


# How many letters of each word the search for what text may hold looks for: a superset,
# and an automaton a third the size of whole words' (built in 50 ms, not 100).
_WORD_START: Final = 4


@cache
def _anything_automaton() -> Any | None:
    try:
        import re2
    except ImportError:  # pragma: no cover - google-re2 is a dependency; this is a fallback
        return None
    from .year_words import YEAR_STEMS

    starts = {word[:_WORD_START] for word in (*_digit_free_words(), *YEAR_STEMS)}
    return _compiled(re2, _python_classes()[1] + "|" + _as_written(sorted(starts)), 32 << 20)


def digits_or_words_in(text: str) -> bool | None:
    """Whether ``text`` may hold a dateline at all: whether it has a decimal digit of any
    script (``str.isdecimal``) or what may be a number in words, a verb of coinciding
    beginnings (what :func:`digit_free_words_in` looks for, here in the text as written) or
    the stem of a hundred or a thousand that a year in words has (``year_words``): one
    search by the automaton, where text without a digit would cost a folding and searches
    for digits, cues and years in words (in text other than ASCII, Python's engine alone
    costs four times as much looking for a digit). It finds more than there is (the first
    letters of each word): only a False is sure. None without google-re2 or for text it
    cannot take.

    >>> digits_or_words_in("رمضان ١٤٤٥"), digits_or_words_in("رمـــضان"), digits_or_words_in("رمضان ألف")
    (True, False, True)
    """
    automaton = _anything_automaton()
    if automaton is None:
        return None
    encoded = encode(text)
    return None if encoded is None else automaton.search(encoded) is not None


def digit_free_words_in(text: str, start: int = 0, end: int | None = None) -> bool:
    """Whether ``text[start:end]``, folded by the fold table, holds the longest word of a
    number in words or of a verb of coinciding beginnings. True without google-re2 or for
    text it cannot take.

    >>> digit_free_words_in("Më gjashtë maj"), digit_free_words_in("Rabiul Akhir Ramadan Sha'ban")
    (True, False)
    >>> digit_free_words_in("the beginning of Ramadan coincides with the start of March")
    True
    """
    automaton = _digit_free_automaton()
    if automaton is None:
        return True
    folded = text[start:end].translate(FOLD_TABLE).replace(VANISHED, "")
    try:
        encoded = folded.encode("utf-8")
    except UnicodeEncodeError:
        return True
    return automaton.search(encoded) is not None


def words_without_digits_in(text: str, start: int = 0, end: int | None = None) -> bool:
    """Whether ``text[start:end]`` holds a number in words as a word of its own (Arabic
    clitics and the article before it: "للخامس", "وبالتاسع"), or a verb that says two months'
    beginnings fall together: what a dateline without a digit is read from (the reader takes
    such a number for a day or a year only as a word). :func:`digit_free_words_in` finds the
    number's letters inside any word too ("ministre" holds "tre", three: French news with
    months named and no digit was read window by window, 4 s a MB: review 66b); this test,
    one search of the piece folded, does not. True without google-re2 and for text it cannot
    take; in a script whose words run together, the letters anywhere
    (:func:`digit_free_words_in`).

    >>> words_without_digits_in("Le ministre a déclaré (juillet) … (Ramadan)")
    False
    >>> words_without_digits_in("le premier juillet"), words_without_digits_in("coincides with March")
    (True, True)
    >>> words_without_digits_in("للتاسع من ذي الحجة الموافق للخامس من نوفمبر")
    True
    """
    automaton = _standalone_word_automaton()
    piece = text[start:end]
    if automaton is None:
        return True
    if runs_together(piece):
        return digit_free_words_in(piece)  # no word of its own in such a script
    folded = piece.translate(FOLD_TABLE).replace(VANISHED, "")
    try:
        encoded = folded.encode("utf-8")
    except UnicodeEncodeError:
        return True
    return automaton.search(encoded) is not None


@cache
def _standalone_word_automaton() -> Any | None:
    """Numbers in words as whole words of folded text, with up to three Arabic clitics and
    articles before one (the tokens cut "لل", "وب", "ال" off a day word), and the stems of the
    verbs of coinciding anywhere (an ending after them, a clitic before)."""
    try:
        import re2
    except ImportError:  # pragma: no cover - google-re2 is a dependency; this is a fallback
        return None
    from ..names.words import BEGINNINGS_COINCIDE_WORDS
    from .lexicon import NUMBER_WORDS

    heads = sorted({max(words.split(), key=len) for words in NUMBER_WORDS if words.strip()})
    # (after "ل" the article loses its alif: "للتاسع" is "ل" and "التاسع")
    contracted = sorted({"ل" + word[2:] for word in heads if word.startswith("ال")})
    stems = sorted({fold(stem.rstrip("=")) for stem, _ in BEGINNINGS_COINCIDE_WORDS} - {""})
    clitics = "".join(sorted(ARABIC_CLITICS))
    number = "(?:" + "|".join(re.escape(word) for word in (*heads, *contracted)) + ")"
    # (and a compound whose parts folding joined, the zero-width non-joiner between them
    # dropped: "بیست‌ونهمین" is "بيستونهمين", twenty-and-ninth; review 67c)
    expression = (
        r"(?:^|[^\pL\pM\pN])(?:["
        + clitics
        + r"]|ال){0,3}(?:"
        + number
        + "و?)*"
        + number
        + r"(?:[^\pL\pM]|$)|"
        + "|".join(re.escape(stem) for stem in stems)
    )
    return _compiled(re2, expression, 8 << 20)  # (RE2's default budget ran out on prose)


def _digits_worth(values: Iterable[int]) -> str:
    """The class of decimal digits of any script worth one of ``values``."""
    wanted = set(values)
    return _class(digit for digit in _decimal_digits() if unicodedata.decimal(digit) in wanted)


# The characters that vanish in folding and stand between the letters of words in text as
# it is commonly written (apostrophes, Latin combining marks, harakat and tatweel, Hebrew
# points, zero-width and direction marks): allowed between the letters of a Gregorian cue.
# Any other that vanishes is a find of its own. (Allowing every one, as the search for Hijri
# cues does, makes an automaton three times the size, which holds 30 MB once it has searched
# a few MB of text.)
_COMMON_BETWEEN_LETTERS: Final = (
    range(0x0370), range(0x0483, 0x048A), range(0x0591, 0x05C8), range(0x0610, 0x061B), range(0x0640, 0x0641),
    range(0x064B, 0x0660), range(0x0670, 0x0671), range(0x06D6, 0x06EE), range(0x200B, 0x2010),
    range(0xFEFF, 0xFF00),
)  # fmt: skip
# How many letters of a Gregorian cue (each at most CUE_LENGTH) the search looks for: all of
# them make an automaton that holds 13 MB and more, three of them 2 MB; text with no month's
# first three letters at a word's start (and no Gregorian year) is no less rare for it.
_GREGORIAN_LETTERS: Final = 3


def _gregorian_expression() -> str:
    """What ``extract``'s test for a Gregorian half in a piece of text (``_gregorian_evidence``)
    can find, and more, as one expression for text as written (see gregorian_evidence_in)."""
    from ..names.words import MONTH_AFTER_DAY
    from .lexicon import GREGORIAN_CUE_PREFIXES, GREGORIAN_ERA_INITIALS, GREGORIAN_ERA_WORDS

    starts = {prefix[:_GREGORIAN_LETTERS] for prefix in GREGORIAN_CUE_PREFIXES}
    # and the Rumi months' ("Kânûn-ı evvel", "Teşrin-i sani"), which extract's test takes as a
    # word begins (_RUMI_MONTH), and whose first letters no Gregorian month's cover
    starts |= {split_words(fold(name))[0][:_GREGORIAN_LETTERS] for name in gregorian_months.RUMI_MONTH_NAMES}
    # A Solar Hijri month's name after a day's number, the lunar half's partner where no
    # Gregorian half is (extract's _solar_patterns): its first letters, as written
    solar_starts = {
        fold(spelling)[:2]  # (two letters: three would take the automaton past its memory)
        for spellings in solar_months.MONTHS
        for spelling, _ in spellings
        if not fold(spelling).isascii()  # (Latin names: extract's test leaves them out, see there)
    }
    variants, _, alone = _tables(frozenset("".join((*starts, *GREGORIAN_ERA_WORDS, *solar_starts))))
    vanished = [chr(code) for code, folded in FOLD_TABLE.items() if folded == VANISHED]
    between = [ch for ch in vanished if any(ord(ch) in block for block in _COMMON_BETWEEN_LETTERS)]
    vanish = _class(between)
    alone = "".join(sorted({*alone, *(ch for ch in vanished if ch not in set(between))}))
    not_letter, digit, _, _ = _python_classes()
    space = _SPACE[1:-1]
    begin = f"(?:^|{not_letter}|{vanish})"
    prefixes = _branch(
        _trie(p for p in starts if not _is_arabic(p[0]) and not found_inside_words(p)), variants, vanish
    )
    # (Chinese, Japanese and Thai: anywhere in a run of letters, as the exact test takes them)
    # (whole prefixes: the first letters alone would be everyday words' too, "มี" of "มีนาคม")
    unspaced = _branch(_trie(p for p in GREGORIAN_CUE_PREFIXES if found_inside_words(p)), variants, vanish)
    arabic = _branch(_trie(p for p in starts if _is_arabic(p[0])), variants, vanish)
    clitics = _class(ch for clitic in ARABIC_CLITICS for ch in {clitic} | variants.get(clitic, set()))
    eras = _branch(_trie(GREGORIAN_ERA_WORDS - GREGORIAN_ERA_INITIALS), variants, vanish)
    initials = era_initials_expression(python=False)
    solar = _branch(_trie(solar_starts), variants, vanish)
    two_to_nine, one, seven_to_nine = (_digits_worth(values) for values in (range(2, 10), [1], [7, 8, 9]))
    alternatives = [
        # a year past 1700: four digits, wherever they stand (extract may cut a piece inside a
        # longer number where no white space is near: "12016" read from its second digit)
        f"{two_to_nine}{digit}{{3}}|{one}{seven_to_nine}{digit}{{2}}",
        f"\\([{space}]*{digit}",  # "(20/1)", "(624)"
        f"{digit}{{1,2}}[/.-]{digit}{{1,2}}[/.-]{digit}{{2}}",  # "24.3.25"
        # a Hijri year with its era first and another year beside it: "A.H. 100/718", "AD
        # 1786 / AH 1200" (extract's _ERA_FIRST_BESIDE_ANOTHER)
        f"[Hh]\\.?{_SPACE}?[0-9]+{_SPACE}?[/(\\[\\x{{2044}}\\x{{2215}}]",
        f"[0-9]{_SPACE}?(?:[A-Za-z]\\.?{_SPACE}?){{0,2}}[/(\\[\\x{{2044}}\\x{{2215}}]{_SPACE}?(?:[Aa]\\.?{_SPACE}?)?[Hh]",
        f"[0-9]{{2}}{_SPACE}?(?:[Aa]\\.?{_SPACE}?)?[Hh]\\.?{_SPACE}?[/(\\x{{2013}}\\x{{2044}}\\x{{2215}}-]{_SPACE}?[0-9]{{3}}",
        # "19ـی مانگ": a day of the month without its name
        f"{digit}[^{space}]{{0,3}}[{space}]+(?:" + "|".join(re.escape(w) for w, _ in MONTH_AFTER_DAY) + ")",
        # a month's first letters as a word begins; an era's word as a whole word (followed by
        # no letter of the common blocks, or by a vanishing character, after which it may go on)
        # (and a Solar Hijri month's, as a word begins: after its day's number, or "د", in extract's test)
        f"{begin}(?:{prefixes}|{clitics}?{arabic}|{solar}|(?:{eras}|{initials})(?:{not_letter}|{vanish}|$))",
        *([unspaced] if unspaced else []),
    ]
    if alone:
        alternatives.append(_class(alone))
    return "|".join(alternatives)


def era_initials_expression(python: bool) -> str:
    """A Gregorian era's initials as text writes them, which count only together, a stop
    between and a plain space at most ("A.D.", "A. D.", "c.e.", "ค.ศ."; not the "A" of
    "A.H."): the letters as written, in either case, and any character that folds to a stop.
    The same for Python's engine (extract's exact test) and for RE2 (``python`` false):
    variants of the letters and characters between them that vanish would make RE2's
    automaton run out of memory on text full of "A.D."."""
    from .lexicon import GREGORIAN_ERAS_IN_INITIALS

    def chars(found: Iterable[str]) -> str:
        if python:
            return "[" + "".join(re.escape(ch) for ch in sorted(set(found))) + "]"
        return _class(found)

    stop = chars({".", *(chr(code) for code, to in FOLD_TABLE.items() if to == ".")}) + " ?"
    return "|".join(
        stop.join("".join(chars({ch, ch.upper()}) for ch in part) for part in parts)
        for parts in sorted(GREGORIAN_ERAS_IN_INITIALS, key=len, reverse=True)
    )


def _cut_word_expression() -> str:
    """A letter in a run of 32 characters without white space: where extract cuts text into
    pieces with no white space to cut at (WIDEN characters either way, its own), a piece may
    begin or end inside a word, whose end or beginning may then look like a month's first
    letters or an era's word. The count multiplies the states of the automaton (it holds about 10 MB once it has searched a few MB of text, where the
    rest alone holds 2; one search, not two, is what makes it worth asking of hostile text)."""
    not_letter = _python_classes()[0]
    letter = "[" + not_letter[2:]
    space = _SPACE[1:-1]
    return f"{letter}[^{space}]{{31}}|[^{space}]{{31}}{letter}"


@cache
def _gregorian_automaton() -> Any | None:
    try:
        import re2
    except ImportError:  # pragma: no cover - google-re2 is a dependency; this is a fallback
        return None
    return _compiled(re2, _gregorian_expression() + "|" + _cut_word_expression(), 32 << 20)


class Evidence:
    """Where in ``text`` a Gregorian half may be: the stretches the Gregorian automaton's
    finds stand for (see :func:`gregorian_evidence_in`), searched as the scan asks, in order.
    A stretch is a find's start to where the search goes on; where finds crowd (text with
    Gregorian dates in it) a stretch is long, and few searches cover the text."""

    def __init__(self, text: str, encoded: bytes, automaton: Any, reach: int, start_byte: int = 0) -> None:
        self._marks = [0, 0]
        self._stretches = _spans(
            automaton, text, encoded, _EVIDENCE_TAIL, marks=self._marks, start_byte=start_byte
        )
        self._current = next(self._stretches, None)
        self._reach = reach
        self._size = len(text)
        self.anywhere = self._current is not None

    def ahead(self, position: int) -> int:
        """Where the first stretch not ended ``reach`` characters before ``position``
        begins, less ``reach``: a run that begins before it has no Gregorian evidence within
        ``reach`` (the length of the text where no stretch is left). Positions asked about
        never go back."""
        reach = self._reach
        current = self._current
        while current is not None and current[1] + reach <= position:
            current = next(self._stretches, None)
        self._current = current
        return self._size if current is None else current[0] - reach

    @property
    def mark(self) -> tuple[int, int]:
        """The character offset where the current stretch begins, and its UTF-8 offset."""
        return self._marks[0], self._marks[1]


# How far past a find the Gregorian automaton's search goes on (more where finds crowd):
# each search costs some microseconds, and a find stands for its stretch.
_EVIDENCE_TAIL: Final = 1024


def gregorian_evidence(text: str, reach: int) -> Evidence | None:
    """The places in ``text`` that may hold a Gregorian half, each standing for what lies
    within ``reach`` of it (see :class:`Evidence`); None without google-re2 or for text it
    cannot take.

    >>> found = gregorian_evidence("10 Rabiul Akhir 1437 " * 100 + "20 January 2016", 100)
    >>> found.anywhere, found.ahead(0)  # " January" at 2102, less the reach
    (True, 2002)
    >>> gregorian_evidence("1437/1437/1437/", 100).anywhere
    False
    """
    automaton = _gregorian_automaton()
    if automaton is None:
        return None
    encoded = encode(text)
    if encoded is None:
        return None
    searched, first = _first_evidence[0]
    return Evidence(text, encoded, automaton, reach, first if searched is text else 0)


def gregorian_evidence_in(text: str) -> bool | None:
    """Whether any piece of ``text`` may hold a Gregorian half (a year past 1700, a Gregorian
    month's first letters or an era's word, a bracketed day and month, a day of a month
    without a name): a dual dateline needs one, and ``extract`` reads no piece of text
    without one. One search by the automaton, which finds more than there is: only a False
    is sure. None without google-re2 or for text it cannot take.

    >>> gregorian_evidence_in("1437/1437/1437/"), gregorian_evidence_in("10 Rabiul Akhir 1437 ")
    (False, False)
    >>> gregorian_evidence_in("10 Rabiul Akhir 1437/20 January"), gregorian_evidence_in("١٤٣٧ هـ ٢٠١٦")
    (True, True)
    """
    automaton = _gregorian_automaton()
    if automaton is None:
        return None
    encoded = encode(text)
    if encoded is None:
        return None
    found = automaton.search(encoded)
    # Kept for gregorian_evidence, which then searches this text from its first find on, not
    # from its start again (text dense with Hijri dates and a year at its foot: a whole pass).
    _first_evidence[0] = (text, len(encoded) if found is None else found.start())
    return found is not None


_first_evidence: list[tuple[str, int]] = [("", 0)]  # the last text searched, and its first find's byte
