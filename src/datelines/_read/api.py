"""The reader's public functions, ``datelines.parse`` and ``datelines.extract``: their check
of the argument, their documentation, and a call into the reader's modules.

This module stays Python when the reader is compiled with mypyc (``pyproject.toml``, the
``mypyc`` build hook): a compiled function keeps no docstring (``help()``, the API page and
these doctests need them), and refuses an argument of the wrong type with mypyc's own message
before its first line runs.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from datetime import date
from typing import Literal

from ..dateline import Dateline
from ..errors import DatelineError, ParseError
from ..hijri import HijriDate
from .extract import extract_datelines, extract_each
from .parse import MAX_PARSE_LENGTH, read_dateline

__all__ = ["extract", "extract_many", "parse", "read_date"]


def read_date(
    text: str,
    source: Literal["auto", "gregorian", "hijri", "rumi"] = "auto",
    order: Literal["dayfirst", "monthfirst"] | None = None,
) -> HijriDate | date:
    """One date as a person types it, in either calendar, as ``datelines convert`` and a
    spreadsheet's column read it: a :class:`~datelines.HijriDate` or a ``date``.

    Digits in any script with any one separator and a four-digit year (``1446/09/01``,
    ``01-09-1446هـ``, ``١٤٤٦/٠٩/٠١``), or a date written out in any language the reader knows
    (``12 جمادى الأولى 1400``, ``20 Januari 2016``). With ``source="auto"`` a Hijri month
    name or era mark means Hijri (a Solar Hijri or Bengali month, that calendar's day, as
    its Gregorian date), a western date marked "Rumi" the Ottoman Rumi calendar's (its
    Gregorian date), anything else Gregorian; ``source`` says which (``"rumi"``: a date of
    the Rumi calendar of 1840-1925, ``1324-08-29`` or ``29 Ağustos 1324``, as its Gregorian
    date). A Turkish month in the Rumi calendar's years with no mark is asked, as are digits
    of the Hijri years (``1446/09/01``). A day and month that could be swapped
    (``01/02/2016``) need ``order``. Raises
    :class:`~datelines.ParseError` (not one date), :class:`~datelines.InvalidDateError`
    (no such day: the Hijri calendars' own month lengths are checked by ``to_gregorian``).

    >>> read_date("01-09-1446هـ"), read_date("1446/09/01", source="hijri")
    (HijriDate(1446, 9, 1), HijriDate(1446, 9, 1))
    >>> read_date("12 جمادى الأولى 1400"), read_date("20 Januari 2016")
    (HijriDate(1400, 5, 12), datetime.date(2016, 1, 20))
    >>> read_date("01/02/2016")
    Traceback (most recent call last):
    ...
    datelines.errors.ParseError: ambiguous date '01/02/2016': it is 1 February day-first, or January 2 month-first; say which (order="dayfirst" or "monthfirst")
    >>> read_date("29 Ağustos 1324 Rumi"), read_date("29 Ağustos 1324", source="rumi")
    (datetime.date(1908, 9, 11), datetime.date(1908, 9, 11))
    >>> read_date("29 Ağustos 1324")
    Traceback (most recent call last):
    ...
    datelines.errors.ParseError: '29 Ağustos 1324' could be a Rumi date (11 September 1908) or a Gregorian one of the year 1324: say which (source="rumi" or "gregorian")
    """
    from .typed import read_date as read_typed

    if not isinstance(text, str):
        raise TypeError(f"text must be a str, not {type(text).__name__}")
    if source not in ("auto", "gregorian", "hijri", "rumi"):
        raise ValueError(f"source must be 'auto', 'gregorian', 'hijri' or 'rumi', not {source!r}")
    if order not in (None, "dayfirst", "monthfirst"):
        raise ValueError(f"order must be None, 'dayfirst' or 'monthfirst', not {order!r}")
    try:
        return read_typed(text, source, order)
    except DatelineError as err:
        # the reader's hints name the command line's options: say them as arguments here
        for hint, said in _ARGUMENT_HINTS:
            err.message = err.message.replace(hint, said)
        err.args = (err.message,)
        raise


_ARGUMENT_HINTS = (
    ("(--dayfirst or --monthfirst)", '(order="dayfirst" or "monthfirst")'),
    ("(--from hijri or --from gregorian)", '(source="hijri" or "gregorian")'),
    ("(--from rumi or --from gregorian)", '(source="rumi" or "gregorian")'),
    ("(--from hijri) or a Rumi one (--from rumi)", '(source="hijri") or a Rumi one (source="rumi")'),
    (
        "(--from hijri or --from solar-hijri or --from gregorian)",
        '(source="hijri" or "gregorian", or to_gregorian(..., "solar-hijri") for a Solar Hijri date)',
    ),
    ("(--from hijri)", '(source="hijri")'),
    ("(--from solar-hijri)", "(convert it with to_gregorian(..., 'solar-hijri'))"),
)


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
    """Every dual dateline and dual date correspondence in ``text``, in order, as an iterator
    that reads on as it is taken (a long text's first datelines come before its end is read;
    ``list(extract(text))`` for all of them at once, and their count).

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
