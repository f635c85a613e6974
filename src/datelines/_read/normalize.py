"""Folding text for matching, with a map back to the original characters.

What folds: case; diacritics and Arabic harakat (NFKD, combining marks dropped), so
"Ramaḍān" is "ramadan" and "شوّال" is "شوال"; Arabic presentation forms (NFKC, as PDF text
carries them); the Arabic letter variants that Arabic, Persian, Urdu and Kurdish write
differently (alef with hamza or madda, alef maksura, Farsi yeh, keheh, teh marbuta and its
Urdu form, heh goal and doachashmee, Kurdish heavy r); tatweel, zero-width joiners and non-joiners, bidi controls and
apostrophes, which vanish; digits of every script, which become ASCII; dashes, quotes and
spaces of every kind, which become one ASCII form each. Indic vowel signs stay: they are
letters there.
"""

from __future__ import annotations

import re
import unicodedata
from typing import Final

__all__ = [
    "FOLD_TABLE",
    "VANISHED",
    "WORD_MARKS",
    "Folded",
    "dashed",
    "fold",
    "fold_with_offsets",
    "join_words",
    "skeleton",
    "words",
]

_VANISH: Final = (
    "\u0640"  # tatweel
    "\u200b\u200c\u200d\u2060\ufeff\u00ad\x7f"  # zero-width space, ZWNJ, ZWJ, word joiner, BOM, soft hyphen, DEL
    "\u200e\u200f\u061c\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069"  # bidi controls
    "'\u2019\u2018`\u00b4\u02bb\u02bf\u02bc\u02be\u2032\u055a"  # apostrophes and ayn/hamza signs
    "\u30fb\u30a0\uff1d"  # Japanese dots and double hyphens inside a name: "ラビー・ウル・アウワル", "ズー・アル＝ヒッジャ"
)
_MAP: Final = {
    **dict.fromkeys(_VANISH, ""),
    **dict.fromkeys("أإآٱٲٳ", "ا"),
    "ى": "ي", "ی": "ي", "ې": "ي", "ۍ": "ي", "ے": "ي", "ئ": "ي",
    "ک": "ك", "ڪ": "ك",
    "ة": "ه", "ۃ": "ه", "ہ": "ه", "ھ": "ه", "ۀ": "ه", "ە": "ه",
    "ؤ": "و", "ڕ": "ر",  # Kurdish heavy r: "ڕەجەب" and "رەجەب" are both written
    "ı": "i", "ß": "ss",
    "ƙ": "k", "ɗ": "d", "ɓ": "b", "ƴ": "y",  # Hausa's hooked letters: "Zulƙi'ida" is also typed "Zulki'ida"
    **dict.fromkeys("\u2010\u2011\u2012\u2013\u2014\u2015\u2212\ufe58\ufe63\uff0d", "-"),
    **dict.fromkeys("\u201c\u201d\u201e\u201f\u00ab\u00bb\u2033\u2036\u301d\u301e", '"'),
    **dict.fromkeys("\u00a0\u2000\u2001\u2002\u2003\u2004\u2005\u2006\u2007\u2008\u2009\u200a\u202f\u205f\u3000\t\r\n\x0b\x0c", " "),
    "\u060c": ",", "\u061b": ";", "\u066b": ".", "\u066c": ",", "\u06d4": ".", "\u0964": ".",
    "\u060d": "/",  # the Arabic date separator: "19؍جون2023ء", "19؍6؍2023"
    # the fraction slash and the division slash, as typeset copy has them: "in AH 825⁄1422 AD"
    # (an auction house's catalogue, held-out set 19)
    "\u2044": "/", "\u2215": "/",
}  # fmt: skip


# The blocks folding covers: Latin, Greek, Cyrillic, Armenian, Hebrew, Arabic and its
# supplements, the Indic scripts, general punctuation, letterlike symbols, the CJK
# punctuation block, and the presentation and half/full-width forms. Other characters
# (CJK ideographs, emoji, the astral planes) pass through as they are.
COVERED: Final = (range(0x2100), range(0x2200, 0x2300), range(0x3000, 0x3040), range(0xFB00, 0x10000))


def _covered(code: int) -> bool:
    return any(code in block for block in COVERED)


def _fold_char(ch: str) -> str:
    mapped = _MAP.get(ch)
    if mapped is not None:
        return mapped
    if ch < "\x80":
        return ch.lower()
    if not _covered(ord(ch)):
        return ch
    digit = unicodedata.decimal(ch, None)
    if digit is not None:
        return str(digit)
    out = []
    for part in unicodedata.normalize("NFKD", ch):
        if unicodedata.combining(part):
            continue
        for folded in part.casefold():
            again = _MAP.get(folded)
            out.append(folded if again is None else again)
    return "".join(out)


# Characters that vanish in folding become this one in the fast path, which keeps folded
# text as long as the original (so offsets need no table); token rules treat it as part of
# a word and drop it from the word's text.
VANISHED: Final = "\x7f"


def _fast_table() -> dict[int, str]:
    """The fold of every character that folding changes, for ``str.translate``: ASCII,
    Latin, Greek, Cyrillic, Arabic and its presentation forms, the Indic scripts, general
    punctuation. A character that vanishes becomes :data:`VANISHED` instead."""
    table: dict[int, str] = {}
    for block in COVERED:
        for code in block:
            folded = _fold_char(chr(code))
            if folded != chr(code):
                # A character that folds to two or more changes the length, and so sends the
                # text down the slow path, which keeps exact offsets.
                table[code] = folded or VANISHED
    for ch in "'`":
        table[ord(ch)] = VANISHED
    for ch, mapped in _MAP.items():  # the few mapped outside the blocks (the Japanese dots)
        if not _covered(ord(ch)):
            table[ord(ch)] = mapped or VANISHED
    return table


FOLD_TABLE: Final = str.maketrans(_fast_table())


class Folded:
    """Folded text and, for each of its characters, the index of the original one.

    ``offsets`` is None when folding kept every character in place: then character ``i``
    of the folded text is character ``base + i`` of the original.
    """

    __slots__ = ("base", "offsets", "original", "text")

    def __init__(self, text: str, offsets: list[int] | None, base: int = 0, original: str = ""):
        self.text = text
        self.offsets = offsets  # len(text) + 1 entries; the last is the original's length
        self.base = base
        self.original = original  # the text folded (its digits' script tells Solar Hijri years)

    def span(self, start: int, end: int) -> tuple[int, int]:
        """The original span of folded characters start..end (end exclusive)."""
        if self.offsets is None:
            return (self.base + start, self.base + max(start, end))
        if end <= start:
            return (self.offsets[start], self.offsets[start])
        return (self.offsets[start], self.offsets[end - 1] + 1)


def fold_with_offsets(text: str, start: int = 0, end: int | None = None) -> Folded:
    """Fold ``text[start:end]``; offsets index into ``text`` itself."""
    stop = len(text) if end is None else end
    piece = dashed(text[start:stop])
    fast = piece.translate(FOLD_TABLE)
    if len(fast) == len(piece):
        return Folded(fast, None, start, text)
    folded = _fold_slow(piece, start)
    folded.original = text
    return folded


# Tatweel between two numbers, joined to no letter, is a dash as Arabic typists draw one:
# "الموافق ١٧ ـ ١٠ ـ ١٩٦٥" (held-out set 20). Inside a word it lengthens a letter, and between
# words it sets off a phrase ("يونيو ـ حزيران 2024م", June, Haziran): it vanishes.
_LONE_TATWEEL: Final = re.compile(r"(\d\s*)(\u0640+)(?=\s*\d)")


def _dash(found: re.Match[str]) -> str:
    return found.group(1) + "-" * len(found.group(2))


def dashed(text: str) -> str:
    """``text`` with each tatweel between two numbers a dash (see _LONE_TATWEEL): the first
    step of folding, which keeps every character in its place.

    >>> dashed("١٧ ـ ١٠ ـ ١٩٦٥"), dashed("رمضـان")
    ('١٧ - ١٠ - ١٩٦٥', 'رمضـان')
    """
    return _LONE_TATWEEL.sub(_dash, text) if "\u0640" in text else text


def _fold_slow(piece: str, base: int) -> Folded:
    parts: list[str] = []
    offsets: list[int] = []
    known = _FOLDED_CHARS
    if len(known) > _FOLDED_CHARS_MAX:
        known.clear()
    for index, ch in enumerate(piece, base):
        folded = known.get(ch)
        if folded is None:
            folded = known[ch] = _fold_char(ch)
        if len(folded) == 1:
            parts.append(folded)
            offsets.append(index)
        elif folded:
            parts.append(folded)
            offsets.extend([index] * len(folded))
    offsets.append(base + len(piece))
    return Folded("".join(parts), offsets)


# Each character's fold, kept across calls: text that takes the slow path (Thai, whose SARA
# AM folds to two characters, in nearly every line) repeats its few dozen characters, and
# folding one afresh goes through Unicode's tables (a third of reading a Thai window). A
# character's fold never changes; the table is emptied when it grows past the bound.
_FOLDED_CHARS: Final[dict[str, str]] = {}
_FOLDED_CHARS_MAX: Final = 50_000


def fold(text: str) -> str:
    """Folded ``text``.

    >>> fold("Rabi’ul-Akhir"), fold("رمضـان"), fold("١٤٤٥هـ"), fold("Ramaḍān")
    ('rabiul-akhir', 'رمضان', '1445ه', 'ramadan')
    """
    text = dashed(text)
    fast = text.translate(FOLD_TABLE)
    if len(fast) == len(text) and VANISHED not in text:
        return fast.replace(VANISHED, "")  # no character folded to two: the table's answer
    return _fold_slow(text, 0).text


def skeleton(text: str) -> str:
    """Folded ``text`` with everything but letters and digits removed: the key names are
    matched by, so spacing, hyphens and dots between a name's parts do not matter.

    >>> skeleton("Dhu-AlQa'dah") == skeleton("Dhu al-Qa’dah") == "dhualqadah"
    True
    >>> skeleton("ربیع‌الاول") == skeleton("ربيع الأول")
    True

    A closing Roman numeral keeps its boundary, so "Rab. II" and "Rabi' I" stay apart:

    >>> skeleton("Rab. II"), skeleton("Rabi' I")
    ('rab|ii', 'rabi|i')
    """
    return join_words(words(fold(text)))


ROMAN: Final = frozenset({"i", "ii"})


def words(folded: str) -> list[str]:
    """The runs of letters and digits in folded text."""
    out: list[str] = []
    current: list[str] = []
    for ch in folded:
        if ch.isalnum() or unicodedata.category(ch)[0] == "M":
            current.append(ch)
        elif current:
            out.append("".join(current))
            current = []
    if current:
        out.append("".join(current))
    return out


def join_words(parts: list[str]) -> str:
    """The skeleton of a run of words (see :func:`skeleton`)."""
    if len(parts) > 1 and parts[-1] in ROMAN:
        return "".join(parts[:-1]) + "|" + parts[-1]
    return "".join(parts)


def _word_marks() -> str:
    r"""The characters of Thaana (U+0780-07BF) and the Indic and Thai blocks (U+0900-0E7F),
    and the combining marks of Latin and Arabic letters (U+0300-036F; harakat, shadda and
    Quranic marks), that are no letters to the regular expression engine (vowel signs, tone
    marks, digits), escaped for a character class: the exact tests take them into words
    ("شوّال", "رَمَضَان" are one word each, as the automaton and the tokenizer find them). A class of these
    alone, not the whole blocks, beside ``[^\W\d_]``: two classes that both take a letter
    make a pattern such as ``(?:[^\W\d_]|[\u0900-\u0e7f])+`` try every way of splitting a word
    between them, exponential in its length (a Thai word of thirty letters took seconds)."""
    letter = re.compile(r"[^\W\d_]")
    codes = (
        *range(0x300, 0x370), *range(0x610, 0x61B), *range(0x64B, 0x660), 0x670, *range(0x6D6, 0x6EE),
        *range(0x780, 0x7C0), *range(0x900, 0xE80),
    )  # fmt: skip
    return "".join(re.escape(chr(code)) for code in codes if not letter.match(chr(code)))


WORD_MARKS: Final = _word_marks()
