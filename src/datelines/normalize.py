"""Folding text for matching, with a map back to the original characters.

What folds: case; diacritics and Arabic harakat (NFKD, combining marks dropped), so
"Ramaḍān" is "ramadan" and "شوّال" is "شوال"; Arabic presentation forms (NFKC, as PDF text
carries them); the Arabic letter variants that Arabic, Persian and Urdu write differently
(alef with hamza or madda, alef maksura, Farsi yeh, keheh, teh marbuta and its Urdu form,
heh goal and doachashmee); tatweel, zero-width joiners and non-joiners, bidi controls and
apostrophes, which vanish; digits of every script, which become ASCII; dashes, quotes and
spaces of every kind, which become one ASCII form each. Indic vowel signs stay: they are
letters there.
"""

from __future__ import annotations

import unicodedata

__all__ = ["Folded", "fold", "fold_with_offsets", "join_words", "skeleton", "words"]

_VANISH = (
    "\u0640"  # tatweel
    "\u200b\u200c\u200d\u2060\ufeff\u00ad"  # zero-width space, ZWNJ, ZWJ, word joiner, BOM, soft hyphen
    "\u200e\u200f\u061c\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069"  # bidi controls
    "'\u2019\u2018`\u00b4\u02bb\u02bf\u02bc\u02be\u2032\u055a"  # apostrophes and ayn/hamza signs
)
_MAP = {
    **dict.fromkeys(_VANISH, ""),
    **dict.fromkeys("أإآٱٲٳ", "ا"),
    "ى": "ي", "ی": "ي", "ې": "ي", "ۍ": "ي", "ے": "ي", "ئ": "ي",
    "ک": "ك", "ڪ": "ك",
    "ة": "ه", "ۃ": "ه", "ہ": "ه", "ھ": "ه", "ۀ": "ه", "ە": "ه",
    "ؤ": "و",
    "ı": "i", "ß": "ss",
    **dict.fromkeys("\u2010\u2011\u2012\u2013\u2014\u2015\u2212\ufe58\ufe63\uff0d", "-"),
    **dict.fromkeys("\u201c\u201d\u201e\u201f\u00ab\u00bb\u2033\u2036\u301d\u301e", '"'),
    **dict.fromkeys("\u00a0\u2000\u2001\u2002\u2003\u2004\u2005\u2006\u2007\u2008\u2009\u200a\u202f\u205f\u3000\t\r\n\x0b\x0c", " "),
    "\u060c": ",", "\u061b": ";", "\u066b": ".", "\u066c": ",", "\u06d4": ".", "\u0964": ".",
}  # fmt: skip


def _fold_char(ch: str) -> str:
    mapped = _MAP.get(ch)
    if mapped is not None:
        return mapped
    if ch < "\x80":
        return ch.lower()
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


class Folded:
    """Folded text and, for each of its characters, the index of the original one."""

    __slots__ = ("offsets", "text")

    def __init__(self, text: str, offsets: list[int]):
        self.text = text
        self.offsets = offsets  # len(text) + 1 entries; the last is the original's length

    def span(self, start: int, end: int) -> tuple[int, int]:
        """The original span of folded characters start..end (end exclusive)."""
        if end <= start:
            return (self.offsets[start], self.offsets[start])
        return (self.offsets[start], self.offsets[end - 1] + 1)


def fold_with_offsets(text: str, start: int = 0, end: int | None = None) -> Folded:
    """Fold ``text[start:end]``; offsets index into ``text`` itself."""
    stop = len(text) if end is None else end
    cache: dict[str, str] = {}  # per call: no state survives it
    parts: list[str] = []
    offsets: list[int] = []
    for index in range(start, stop):
        ch = text[index]
        folded = cache.get(ch)
        if folded is None:
            folded = cache[ch] = _fold_char(ch)
        if folded:
            parts.append(folded)
            offsets.extend([index] * len(folded))
    offsets.append(stop)
    return Folded("".join(parts), offsets)


def fold(text: str) -> str:
    """Folded ``text``.

    >>> fold("Rabi’ul-Akhir"), fold("رمضـان"), fold("١٤٤٥هـ"), fold("Ramaḍān")
    ('rabiul-akhir', 'رمضان', '1445ه', 'ramadan')
    """
    return fold_with_offsets(text).text


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


ROMAN = frozenset({"i", "ii"})


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
