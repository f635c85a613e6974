"""``extract``: every dual dateline in running text, in order, with its span."""

from __future__ import annotations

import re
from collections.abc import Iterator

from .dateline import Dateline
from .parsing import read_datelines

__all__ = ["extract"]

# Every dateline has digits (a day or a year). Text far from any digit is never read;
# around digits, a window wide enough for the longest dateline is.
_DIGITS = re.compile(r"\d+")
CONTEXT = 160


def _windows(text: str) -> Iterator[tuple[int, int]]:
    start = end = -1
    for match in _DIGITS.finditer(text):
        lo, hi = max(0, match.start() - CONTEXT), min(len(text), match.end() + CONTEXT)
        if lo <= end:
            end = hi
            continue
        if end >= 0:
            yield start, end
        start, end = lo, hi
    if end >= 0:
        yield start, end


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
    for window in _windows(text):
        yield from read_datelines(text, *_widen(text, *window))
