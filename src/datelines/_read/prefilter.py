"""The scan of running text for numbers that may belong to a dateline, at the speed of C.

``extract`` reads only windows around runs of digits that pass one test (a day or a year,
beside a date word, with a Hijri cue near it). An archive has thirty runs of digits per
dateline, and asking each of them in Python costs more than reading the datelines. So one
pass of RE2 (a linear-time automaton, google-re2) over the text finds the places that can
matter: every word that begins like a Hijri cue, in any case and with any diacritics or
letter variants that fold away and any apostrophes or tatweel between its letters; every
four-digit number (the Hijri-range years are kept); every number with a short era mark's
first letter after it ("1445H"). Only runs of digits near a cue, and those numbers, go on to
the exact test, the same test every run met before; a law holds the two scans equal.

The automaton finds a superset by construction: each folded letter of a cue becomes the
class of every common character that folds to it, and a character whose fold is longer than one
letter (a ligature, "ß") is a cue of its own, since a folded prefix could begin inside one.
Python's own ``re`` runs the same expression 35 times slower than ``re.findall(r"\\d+")``;
RE2 runs it in about half that time. Without google-re2 installed, every run is tested.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from functools import cache
from typing import Any

from .lexicon import (
    ARABIC_CLITICS,
    CUE_LENGTH,
    HIJRI_CUE_PREFIXES,
    HIJRI_SHORT_MARK_STARTS,
    HIJRI_SHORT_MARKS,
)
from .normalize import FOLD_TABLE, VANISHED

__all__ = ["available", "candidate_runs"]

# How far a cue found by the scan may lie outside the exact test's reach and still count: a
# clitic or the character before a name, which the automaton's match takes in.
_SLACK = 8
_HIJRI_YEARS = range(1300, 1600)
# Letters as the exact test takes them: Indic vowel signs are letters of their words.
_NOT_LETTER = r"[^\pL\x{0900}-\x{0DFF}]"
# White space as Python's str.isspace has it.
_SPACE = r"[\t-\r\x{1C}-\x{20}\x{85}\x{A0}\x{1680}\x{2000}-\x{200A}\x{2028}\x{2029}\x{202F}\x{205F}\x{3000}]"


def _is_arabic(ch: str) -> bool:
    return "\u0600" <= ch <= "\u06ff"


# The blocks whose letters stand in cue words as they are commonly written: Latin with its
# extensions and transliteration dots, Greek, Cyrillic, Armenian, Arabic, the Indic scripts.
# Other characters that fold to a cue's letter (full-width and circled letters, Arabic
# presentation forms) are cues on their own: rare in text, and kept out of the automaton's
# classes, whose size is its cost.
_COMMON = (range(0x0530), range(0x0600, 0x0700), range(0x0900, 0x0E00), range(0x1E00, 0x1F00))
# And the characters that vanish in folding as text commonly has them: apostrophes, Latin
# combining marks, harakat and tatweel, zero-width and bidi controls.
_COMMON_VANISHING = (range(0x0370), range(0x0600, 0x0700), range(0x2000, 0x2070), range(0xFEFF, 0xFF00))


@cache
def _tables() -> tuple[dict[str, set[str]], str, str]:
    """The common characters that fold to each folded letter, the common characters that
    vanish in folding, and the characters that are cues on their own: those whose fold is
    longer than one character, and the uncommon ones that fold to a cue's letter or vanish."""
    letters = {ch for prefix in (*HIJRI_CUE_PREFIXES, *HIJRI_SHORT_MARKS) for ch in prefix}
    variants: dict[str, set[str]] = {}
    vanish: list[str] = []
    alone: list[str] = []
    for code, folded in FOLD_TABLE.items():
        raw = chr(code)
        if folded == VANISHED:
            (vanish if any(code in block for block in _COMMON_VANISHING) else alone).append(raw)
        elif not isinstance(folded, str) or len(folded) != 1:
            if any(ch in letters for ch in str(folded)):
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
        node = root
        for ch in prefix:
            node = node.setdefault(ch, {})
        node[""] = {}  # a prefix ends here
    return root


def _branch(node: Trie, depth: int, arabic: bool, variants: dict[str, set[str]], vanish: str) -> str:
    """The expression for the rest of a trie node: each next letter as the class of every
    character that folds to it, vanishing characters allowed before it."""
    options: list[str] = []
    ends = False
    for ch, child in sorted(node.items()):
        if ch == "":
            ends = True
            continue
        letters = _class({ch} | variants.get(ch, set()))
        options.append(f"{vanish}*{letters}{_branch(child, depth + 1, arabic, variants, vanish)}")
    if ends:
        # A prefix shorter than a cue is a cue only as a whole word ("rab", "رجب"); an
        # Arabic-script prefix of four letters begins longer words too ("ربیعالاول"). The
        # end of a word: anything but a letter, or a vanishing character (after which the
        # word may go on, so this only adds cues).
        whole = depth < (4 if arabic else CUE_LENGTH)
        options.append(f"(?:{_NOT_LETTER}|{vanish}|$)" if whole else "")
    if not options:
        return ""
    return options[0] if len(options) == 1 else "(?:" + "|".join(options) + ")"


# The zero of every script's decimal digits (Unicode 14, Python 3.11's tables; a test holds
# this to unicodedata): the automaton's classes of digit values are built from them.
DIGIT_ZEROS = (
    0x30, 0x660, 0x6F0, 0x7C0, 0x966, 0x9E6, 0xA66, 0xAE6, 0xB66, 0xBE6, 0xC66, 0xCE6, 0xD66, 0xDE6,
    0xE50, 0xED0, 0xF20, 0x1040, 0x1090, 0x17E0, 0x1810, 0x1946, 0x19D0, 0x1A80, 0x1A90, 0x1B50,
    0x1BB0, 0x1C40, 0x1C50, 0xA620, 0xA8D0, 0xA900, 0xA9D0, 0xA9F0, 0xAA50, 0xABF0, 0xFF10, 0x104A0,
    0x10D30, 0x11066, 0x110F0, 0x11136, 0x111D0, 0x112F0, 0x11450, 0x114D0, 0x11650, 0x116C0,
    0x11730, 0x118E0, 0x11950, 0x11C50, 0x11D50, 0x11DA0, 0x16A60, 0x16AC0, 0x16B50, 0x1D7CE,
    0x1D7D8, 0x1D7E2, 0x1D7EC, 0x1D7F6, 0x1E140, 0x1E2F0, 0x1E950, 0x1FBF0,
)  # fmt: skip


def _marks(variants: dict[str, set[str]], vanish: str) -> str:
    """The short era marks ("H", "AH", "ه", "ق") as words: a letter that can begin one, the
    rest of it, then the end of the word (or a vanishing character, after which the exact
    test decides)."""
    starts = set(HIJRI_SHORT_MARK_STARTS)
    end = f"(?:{_NOT_LETTER}|{vanish}|$)"
    options = []
    for mark in HIJRI_SHORT_MARKS:
        first = _class(ch for ch in {mark[0]} | variants.get(mark[0], set()) if ch in starts)
        rest = "".join(f"{vanish}*{_class({ch} | variants.get(ch, set()))}" for ch in mark[1:])
        options.append(f"{first}{rest}{end}")
    return "(?:" + "|".join(options) + ")"


def _expression() -> str:
    variants, vanish_chars, alone = _tables()
    vanish = _class(vanish_chars)
    latin = _branch(_trie(p for p in HIJRI_CUE_PREFIXES if not _is_arabic(p[0])), 0, False, variants, vanish)
    arabic = _branch(_trie(p for p in HIJRI_CUE_PREFIXES if _is_arabic(p[0])), 0, True, variants, vanish)
    clitics = _class(ch for clitic in ARABIC_CLITICS for ch in {clitic} | variants.get(clitic, set()))
    # A word starts after anything but a letter, or after a character that vanishes in
    # folding (an apostrophe joins "d'Rajab" into one word: looking there too only adds cues).
    start = f"(?:^|{_NOT_LETTER}|{vanish})"
    digit = r"\p{Nd}"
    one = _class(chr(zero + 1) for zero in DIGIT_ZEROS)
    three_to_five = _class(chr(zero + value) for zero in DIGIT_ZEROS for value in (3, 4, 5))
    alternatives = [
        # 1: a number with a short era mark straight after it ("1445H", "1445 AH", "١٤٤٥ هـ"),
        # first, so that "1250H" is taken here and not as a year below.
        rf"(?:^|[^\p{{Nd}}])({digit}+){_SPACE}?{_marks(variants, vanish)}",
        # 2: a year from 1300 to 1599, in any script's digits; whether a fifth digit follows
        # is asked in Python.
        rf"(?:^|[^\p{{Nd}}])({one}{three_to_five}{digit}{digit})",
        # 3: a cue.
        f"{start}({latin}|{clitics}?{arabic})",
    ]
    if alone:
        alternatives.append(f"({_class(alone)})")
    return "|".join(alternatives)


@cache
def _automaton() -> tuple[Any, tuple[int, ...]] | None:
    """The compiled expression and the numbers of its cue groups, or None without google-re2."""
    try:
        import re2  # type: ignore[import-untyped]
    except ImportError:  # pragma: no cover - google-re2 is a dependency; this is a fallback
        return None
    options = re2.Options()
    options.max_mem = 64 << 20
    automaton = re2.compile(_expression(), options)
    return automaton, ((3, 4) if automaton.groups >= 4 else (3,))


def available() -> bool:
    """Whether the scan can run (google-re2 is installed)."""
    return _automaton() is not None


def candidate_runs(text: str, reach: int) -> Iterator[tuple[int, int]] | None:
    """The runs of digits, in order, that may pass
    ``extract``'s test: every Hijri-range year, every number with a short era mark's first
    letter after it, every run within ``reach`` (and a little more) of a cue. None without
    google-re2, or for text it cannot take: then every run is to be tested."""
    compiled = _automaton()
    if compiled is None:
        return None
    automaton, cue_groups = compiled
    runs: set[tuple[int, int]] = set()
    cues: list[int] = []
    size = len(text)
    try:
        matches = list(automaton.finditer(text))
    except UnicodeEncodeError:  # lone surrogates, which RE2's UTF-8 cannot hold: test every run
        return None
    for match in matches:
        if any(match.start(group) >= 0 for group in cue_groups):
            cues.append(match.start())
        elif match.start(1) >= 0:
            runs.add(match.span(1))
        else:
            start, end = match.span(2)
            if (end == size or not text[end].isdecimal()) and int(text[start:end]) in _HIJRI_YEARS:
                runs.add((start, end))
    return _merge(text, sorted(runs), cues, reach)


def _merge(text: str, runs: list[tuple[int, int]], cues: list[int], reach: int) -> Iterator[tuple[int, int]]:
    """``runs`` and the runs of digits within reach of a cue, in order, each once."""
    from .extract import digit_runs

    around: list[tuple[int, int]] = []
    lo = hi = -1
    for cue in cues:  # the stretches around cues, merged
        if cue - reach - _SLACK > hi:
            if hi >= 0:
                around.extend(digit_runs(text, lo, hi))
            lo = max(0, cue - reach - _SLACK)
        hi = cue + reach + _SLACK
    if hi >= 0:
        around.extend(digit_runs(text, lo, hi))
    last = None
    for run in sorted(set(around).union(runs)) if around else runs:
        if run != last:
            yield run
            last = run
