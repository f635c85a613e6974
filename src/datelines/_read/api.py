"""The reader's public functions, ``datelines.parse`` and ``datelines.extract``: their check
of the argument, their documentation, and a call into the reader's modules.

This module stays Python when the reader is compiled with mypyc (``pyproject.toml``, the
``mypyc`` build hook): a compiled function keeps no docstring (``help()``, the API page and
these doctests need them), and refuses an argument of the wrong type with mypyc's own message
before its first line runs.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator

from ..dateline import Dateline
from ..errors import ParseError
from .extract import extract_datelines, extract_each
from .parse import MAX_PARSE_LENGTH, read_dateline

__all__ = ["extract", "extract_many", "parse"]


def parse(text: str) -> Dateline:
    """Read one dateline.

    >>> d = parse("Seoul, 10 Rabiul Akhir 1437/20 January 2016 (MINA)")
    >>> (d.hijri.year, d.hijri.month, d.hijri.day), (d.gregorian.year, d.gregorian.month, d.gregorian.day)
    ((1437, 4, 10), (2016, 1, 20))
    >>> d.place, d.agency
    ('Seoul', 'MINA')
    >>> parse("10 Rabiul Akhir 1437").gregorian is None
    True
    """
    if not isinstance(text, str):
        raise TypeError(f"text must be a str, not {type(text).__name__}")
    if len(text) > MAX_PARSE_LENGTH:
        raise ParseError(
            f"text of {len(text)} characters is longer than any dateline (at most {MAX_PARSE_LENGTH}); "
            "use extract() for running text",
            text=text[:80],
            position=MAX_PARSE_LENGTH,
            expected="one dateline",
        )
    return read_dateline(text)


def extract(text: str) -> Iterator[Dateline]:
    """Every dual dateline and dual date correspondence in ``text``, in order.

    Never raises on a ``str``; each :class:`Dateline` carries its ``span`` in ``text``.

    >>> [d.span for d in extract("Jakarta, 29 Ramadan 1437/4 July 2016 (MINA) – The ministry said…")]
    [(9, 36)]
    """
    if not isinstance(text, str):  # at the call, not at the first next(): not a generator
        raise TypeError(f"text must be a str, not {type(text).__name__}")
    return extract_datelines(text)


def extract_many(texts: Iterable[str]) -> Iterator[list[Dateline]]:
    """The datelines of each text, one list for each text in order: what :func:`extract`
    finds in it, spans relative to that text.

    For many texts (an archive's records, a column of stories) it is faster than calling
    :func:`extract` on each: the reader reads the places worth reading of several texts
    together, a step at a time, as it does those of one long text. The texts are taken as
    they are needed, at most 64 ahead of the lists given (a stream of records is read as it
    comes, in bounded memory). An item that is not a ``str`` raises :class:`TypeError` when
    its turn comes, as does any exception of the iterable itself: the lists of the texts
    before it are given first.

    >>> stories = ["Jakarta, 29 Ramadan 1437/4 July 2016 (MINA) – The ministry said…",
    ...            "No dates here.", "Doha, 1 Shawwal 1446/30 March 2025 – Eid prayers…"]
    >>> [[d.gregorian.isoformat() for d in found] for found in extract_many(stories)]
    [['2016-07-04'], [], ['2025-03-30']]
    """
    if isinstance(texts, (str, bytes)):
        raise TypeError(
            f"texts must be an iterable of str, not {type(texts).__name__} (use extract() for one text)"
        )
    try:
        stream = iter(texts)
    except TypeError:
        raise TypeError(f"texts must be an iterable of str, not {type(texts).__name__}") from None
    return extract_each(_checked(stream))


def _checked(texts: Iterator[str]) -> Iterator[str]:
    for index, text in enumerate(texts):
        if not isinstance(text, str):
            raise TypeError(f"texts[{index}] must be a str, not {type(text).__name__}")
        yield text
