"""JSON text as datelines writes it: always valid JSON, whatever the input held.

Records carry text and ids from the input through to the output, and input is not always
clean: a JSON Lines archive may hold a lone surrogate escape (``"\\ud800"``), which Python
decodes to a string no UTF-8 stream can write, or ``NaN``, which Python reads although it
is not JSON. Written here, a lone surrogate goes out as the same escape it came in as, and
``NaN`` cannot reach the output (archives are read with :func:`loads`, which keeps such
constants as the text they were).
"""

from __future__ import annotations

import json
import math
import re

__all__ = ["Unquoted", "dumps", "loads"]


class Unquoted(str):
    """A value :func:`loads` keeps as the text it was written as, though it was no JSON
    string: ``NaN``, ``Infinity``, a number past a float's or an int's range. It goes out as
    that text (an id), but is no text to read (a story's field of ``NaN`` is not the text
    "NaN")."""

    __slots__ = ()


# Lone surrogates (no UTF-8 stream can write them), and the characters that readers which
# split lines on every Unicode line boundary (Python's str.splitlines) take for a line end.
_ESCAPED = re.compile("[\ud800-\udfff\x85\u2028\u2029]")


def dumps(value: object, *, ascii: bool = False, indent: int | None = None) -> str:
    """``value`` as JSON text on one line: non-ASCII characters as they are (or escaped,
    with ``ascii``), lone surrogates and Unicode line separators escaped, and no ``NaN``
    or ``Infinity``.

    >>> dumps({"id": "\\ud800", "city": "الرياض"})
    '{"id": "\\\\ud800", "city": "الرياض"}'
    >>> dumps(float("nan"))
    Traceback (most recent call last):
    ...
    ValueError: Out of range float values are not JSON compliant
    """
    text = json.dumps(value, ensure_ascii=ascii, allow_nan=False, indent=indent)
    if not ascii and _ESCAPED.search(text):
        # These can only stand inside strings, where an escape means the same.
        text = _ESCAPED.sub(lambda match: f"\\u{ord(match.group()):04x}", text)
    return text


def loads(text: str) -> object:
    """Parse JSON text, keeping ``NaN``, ``Infinity`` and ``-Infinity`` (which are not JSON),
    and numbers no float or int here can hold (``1e999``, an integer of 5,000 digits: valid
    JSON), as the strings they were written as: an id read from an archive goes out again.

    Raises ``ValueError`` for text that is not JSON, and ``RecursionError`` for nesting
    deeper than Python's parser goes.

    >>> loads('{"n": NaN, "id": 1e999, "x": 1.5}')
    {'n': 'NaN', 'id': '1e999', 'x': 1.5}
    """
    return json.loads(text, parse_constant=Unquoted, parse_float=_float, parse_int=_int)


def _float(written: str) -> float | str:
    value = float(written)
    return value if math.isfinite(value) else Unquoted(written)


def _int(written: str) -> int | str:
    try:
        return int(written)
    except ValueError:  # past Python's limit on the digits of an int read from text
        return Unquoted(written)
