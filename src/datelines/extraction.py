"""``extract``: every dual dateline in running text, in order, with its span."""

from __future__ import annotations

import re
from collections.abc import Iterator

from .dateline import Dateline
from .lexicon import (
    ARABIC_CLITICS,
    CUE_LENGTH,
    DATE_NEIGHBOURS,
    HIJRI_CUE_PREFIXES,
    HIJRI_CUE_PREFIXES_ARABIC,
    HIJRI_SHORT_MARK_STARTS,
    HIJRI_SHORT_MARKS,
)
from .normalize import FOLD_TABLE, VANISHED, fold_with_offsets
from .parsing import read_datelines

__all__ = ["extract"]

# Every dateline has a run of digits (a day or a year), and near one of them some evidence
# that a half is Hijri: a year in the Hijri range, a word that begins like a Hijri month's
# name or a Hijri era word, or a short era mark right after the number ("1445H"). The text
# is scanned once for digits; around each run a few words are folded and looked up; only
# windows around runs with evidence are read.
_DIGITS = re.compile(r"\d+")
# Words, with the apostrophes inside them ("Sha'ban", "Rabi’ul"), which folding removes.
_WORDS = re.compile(r"[^\W\d_]+(?:['’‘`´ʻʼʿ][^\W\d_]+)*")
CUE_REACH = 48  # characters either side of a run of digits searched for a cue
CONTEXT = 160  # characters read on either side of a run with a cue
HIJRI_YEARS = range(1300, 1600)


def _has_cue(text: str, start: int, end: int) -> bool:
    lo, hi = max(0, start - CUE_REACH), min(len(text), end + CUE_REACH)
    while lo > 0 and text[lo - 1].isalpha() and lo < start:
        lo += 1  # never start inside a word: "الذي" cut to "ذي" is not ذي القعدة
    piece = text[lo:hi]
    if piece.isascii():
        folded = piece.translate(FOLD_TABLE).replace(VANISHED, "")
        if any(word[:CUE_LENGTH] in HIJRI_CUE_PREFIXES for word in _WORDS.findall(folded)):
            return True
        return _short_mark_after(text, end)
    for raw in _WORDS.findall(piece):
        if "\u0600" <= raw[0] <= "\u06ff":
            # Arabic script: looked up as written (tatweel aside) against the prefixes in
            # every letter variant; folding it would cost more than the rest of the scan.
            word = raw.replace("\u0640", "") if "\u0640" in raw else raw
            if word and (
                word[:CUE_LENGTH] in HIJRI_CUE_PREFIXES_ARABIC
                or (word[0] in ARABIC_CLITICS and word[1 : CUE_LENGTH + 1] in HIJRI_CUE_PREFIXES_ARABIC)
            ):
                return True
        elif raw.translate(FOLD_TABLE).replace(VANISHED, "")[:CUE_LENGTH] in HIJRI_CUE_PREFIXES:
            return True
    return _short_mark_after(text, end)


def _short_mark_after(text: str, end: int) -> bool:
    """A short era mark straight after the number: "1445H", "١٤٤٥ هـ"."""
    following = text[end : end + 2].lstrip()[:1]
    if following not in HIJRI_SHORT_MARK_STARTS:
        return False
    marks = _WORDS.match(
        fold_with_offsets(text, end, min(len(text), end + 6)).text.replace(VANISHED, "").lstrip()
    )
    return marks is not None and marks.group() in HIJRI_SHORT_MARKS


# The word (or date sign) right before and right after a run of digits.
_NEXT = re.compile(r"[\s\"'“”«»()\[\],]*(?:([/|]|[\-.](?=\s?\d))|([^\W\d_]+))")
_PREVIOUS = re.compile(r"(?:([/|]|(?<=\d)\s?[\-.])|([^\W\d_]+))[\s\"'“”«»()\[\],]*$")
_NEAR = 24  # characters looked at on either side for the neighbouring word


def _is_date_word(raw: str) -> bool:
    return raw.translate(FOLD_TABLE).replace(VANISHED, "") in DATE_NEIGHBOURS


def _date_neighbour(text: str, start: int, end: int) -> bool:
    """Whether a date word or sign touches the run: every number of a dateline has one (a
    month name of either calendar, an era mark, a day word, an ordinal suffix, or the "/"
    of a numeric date); counts, prices and times seldom do."""
    following = _NEXT.match(text, end, min(len(text), end + _NEAR))
    if following and (following.group(1) or _is_date_word(following.group(2))):
        return True
    preceding = _PREVIOUS.search(text, max(0, start - _NEAR), start)
    return bool(preceding and (preceding.group(1) or _is_date_word(preceding.group(2))))


def _windows(text: str) -> Iterator[tuple[int, int]]:
    """Windows worth reading, merged where they overlap, edges moved to white space."""
    size = len(text)
    current: tuple[int, int] | None = None
    for match in _DIGITS.finditer(text):
        start, end = match.span()
        if current is not None and end + CONTEXT <= current[1]:
            continue  # already inside a window that will be read
        digits = end - start
        if digits == 4:
            if int(match.group()) not in HIJRI_YEARS and not (
                _date_neighbour(text, start, end) and _has_cue(text, start, end)
            ):
                continue
        elif (
            digits > 2
            or int(match.group()) > 31
            or not _date_neighbour(text, start, end)
            or not _has_cue(text, start, end)
        ):
            continue  # not a day, or not beside a date word, or no Hijri evidence near it
        lo, hi = _widen(text, max(0, start - CONTEXT), min(size, end + CONTEXT))
        if current is not None and lo <= current[1]:
            current = (current[0], max(current[1], hi))
            continue
        if current is not None:
            yield current
        current = (lo, hi)
    if current is not None:
        yield current


def _widen(text: str, start: int, end: int) -> tuple[int, int]:
    """Move window edges to white space, so no word is cut in two."""
    while start > 0 and not text[start - 1].isspace():
        start -= 1
    while end < len(text) and not text[end].isspace():
        end += 1
    return start, end


def extract(text: str) -> Iterator[Dateline]:
    """Every dual dateline and dual date correspondence in ``text``, in order.

    Never raises on a ``str``; each :class:`Dateline` carries its ``span`` in ``text``.

    >>> [d.span for d in extract("Jakarta, 29 Ramadan 1437/4 July 2016 (MINA) – The ministry said…")]
    [(9, 36)]
    """
    if not isinstance(text, str):
        raise TypeError(f"text must be a str, not {type(text).__name__}")
    for start, end in _windows(text):
        yield from read_datelines(text, start, end)
