"""Reading a text file the user named (a style file, a sighting table): the path's type is
checked, and every way the name or the file can be unusable becomes one message."""

from __future__ import annotations

from os import PathLike, fspath
from pathlib import Path
from typing import Final

__all__ = ["WIDE_ENCODINGS", "Unreadable", "csv_delimiter", "read_text"]

# The encodings that do not write ASCII as ASCII, read through a conversion to UTF-8 (as
# codecs.lookup names them). Here, not in datelines.batch: the command line checks its
# --encoding before a batch's run imports the reader (see datelines._heap).
WIDE_ENCODINGS: Final = frozenset({"utf-16", "utf-16-le", "utf-16-be", "utf-32", "utf-32-le", "utf-32-be"})

# The delimiters spreadsheets write: a semicolon where the comma is the decimal sign, a tab
# in "Unicode text", a bar in some exports.
_DELIMITERS = ",;\t|"


class Unreadable(Exception):
    """The file cannot be read; the message says why, for the caller's own error."""


def read_text(path: object, parameter: str = "path") -> tuple[str, str]:
    """The file's name and its text (UTF-8, a byte-order mark ignored).

    Raises ``TypeError`` naming ``parameter`` for a path that is not a ``str`` or
    ``os.PathLike``, and :class:`Unreadable` for a name or file that cannot be used.
    """
    if not isinstance(path, (str, PathLike)):
        raise TypeError(f"{parameter} must be a str or os.PathLike, not {type(path).__name__}")
    name = fspath(path)
    if not isinstance(name, str):
        raise TypeError(f"{parameter} must name the file as text, not {type(name).__name__}")
    try:
        return name, Path(name).read_text(encoding="utf-8-sig")
    except UnicodeDecodeError as err:
        raise Unreadable(f"not UTF-8 text ({err.reason} at byte {err.start})") from None
    except OSError as err:
        raise Unreadable(f"cannot read the file: {err.strerror or err}") from None
    except ValueError as err:  # a NUL or a lone surrogate in the name
        raise Unreadable(f"not a usable file name: {err}") from None


def csv_delimiter(header: str) -> str:
    """A CSV file's delimiter, of the four spreadsheets write: the one its header row holds
    most of, outside quotes; the comma where it holds none.

    >>> csv_delimiter('id;"datum, tag";titel'), csv_delimiter("a\\tb"), csv_delimiter("date")
    (';', '\\t', ',')
    """
    outside = "".join(part for index, part in enumerate(header.split('"')) if index % 2 == 0)
    counts = {d: outside.count(d) for d in _DELIMITERS}
    best = max(counts, key=lambda d: counts[d])
    return best if counts[best] else ","
