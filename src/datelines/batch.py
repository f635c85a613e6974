"""The batch tool behind ``datelines check`` and ``datelines extract``: read text files or
JSON Lines archives record by record, find and check every dateline, and write results in
input order, in constant memory, on one process or several.

A *record* is a line of a text file, or one JSON object of an archive. Every record either
yields results or an error record naming its file and line; none is dropped.
"""

from __future__ import annotations

import codecs
import functools
import io
import json
import os
import re
import sys
import time
from collections.abc import Generator, Iterable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field, replace
from typing import TYPE_CHECKING, Any, BinaryIO, Final, Literal, Protocol, TextIO, cast, get_args

from ._check.check import check
from ._check.verdict import Finding, FindingCode, Verdict
from ._heap import trim
from ._jsontext import Unquoted, dumps, loads
from ._read.api import extract, extract_many
from ._textfile import WIDE_ENCODINGS
from .calendars import Calendar, get_calendar
from .dateline import Dateline
from .errors import DatelineError
from .records import extraction_record

if TYPE_CHECKING:
    from multiprocessing import Queue
    from multiprocessing.context import ForkContext, SpawnContext
    from multiprocessing.process import BaseProcess

    from ._html import PageText
    from ._types import TableSource

__all__ = [
    "BatchOptions",
    "Input",
    "Mode",
    "Output",
    "Record",
    "Result",
    "Summary",
    "read_records",
    "run_batch",
]

Mode = Literal["check", "extract"]
# Lines of text files, one JSON object a line, or each file whole (a page whose dateline
# spreads over several lines: a statement per calendar, as Iranian pages print them).
Input = Literal["text", "jsonl", "document", "html", "markdown", "csv", "auto"]
# The inputs read a file at a time.
_WHOLE_FILES: Final = frozenset({"document", "html", "markdown"})
Output = Literal["text", "json", "jsonl", "github"]

MAX_LINE_BYTES = 8 * 1024 * 1024  # a longer line is reported, not read
# Records are sent to worker processes in batches of about this size: big enough that
# passing one costs little beside reading it, small enough that the batches read ahead and
# in flight (IN_FLIGHT a process, see results) hold little memory (at 256 KB they held about
# 3 MB more of the tree's peak over a JSON Lines archive, at no gain in throughput).
BATCH_BYTES = 128 * 1024
BATCH_RECORDS = 2000
PROGRESS_EVERY = 0.25  # seconds between progress lines
IN_FLIGHT = 4  # batches per process queued or running: enough that no process waits for work
# Before it forks its workers, the parent reads about this much of the run itself (see results).
FIRST_BYTES = 1024 * 1024


@dataclass(frozen=True, slots=True)
class BatchOptions:
    """What to do with each record: ``mode`` is ``check`` or ``extract``; ``output`` the
    output format (``text``, ``json``, ``jsonl``, ``github``); the calendar to check in;
    ``input``, ``text`` (lines of text files), ``jsonl`` (JSON objects, one a line), ``csv``
    (a CSV file's rows after its header), ``document`` or ``html`` (each file whole), which
    field (column) holds the text and which the id; whether records without a dateline are written
    (``all``) and notes shown; whether JSON escapes every non-ASCII character (``ascii``, for
    a stream that is not UTF-8); whether western halves are read as Julian dates
    (``julian``); whether a warning fails a dateline as an error does (``strict``: a desk
    that wants only clean datelines, a misspelt month or a weekday of the evening before
    among the failures). ``jsonl=True`` is the old spelling of ``input="jsonl"``."""

    mode: Mode = "extract"
    output: Output = "jsonl"
    calendar: str | Calendar | None = None
    offset: int = 0
    table: TableSource | None = None
    authority: str | tuple[str, ...] | None = None
    input: Input = "text"
    jsonl: bool | None = None
    text_field: str = "text"
    id_field: str | None = None
    all: bool = False
    notes: bool = False
    max_line_bytes: int = MAX_LINE_BYTES
    ascii: bool = False
    julian: bool = False
    # of the files read: one that writes ASCII as ASCII (cp1256, latin-1), or UTF-16 or UTF-32,
    # which are read through a conversion to UTF-8 (as is a file that begins with their mark)
    encoding: str = "utf-8"
    strict: bool = False
    resolved: Calendar | None = field(init=False, repr=False, compare=False)

    def __post_init__(self) -> None:
        if self.jsonl is not None:
            import warnings

            warnings.warn(
                "BatchOptions(jsonl=) is deprecated: use input='jsonl'", DeprecationWarning, stacklevel=3
            )
            object.__setattr__(self, "input", "jsonl" if self.jsonl else "text")
        for name, value, allowed in (
            ("mode", self.mode, get_args(Mode)),
            ("output", self.output, get_args(Output)),
            ("input", self.input, get_args(Input)),
        ):
            if value not in allowed:
                raise DatelineError(f"{name} must be one of {', '.join(allowed)}, got {value!r}")
        if self.input not in ("jsonl", "csv", "auto") and (
            self.text_field != "text" or self.id_field is not None
        ):
            # Text files have no fields: an option that would be ignored is refused.
            raise DatelineError(
                "text_field and id_field apply to JSON Lines archives and CSV files: set input='jsonl' or 'csv'"
            )
        if type(self.max_line_bytes) is not int or self.max_line_bytes < 1:
            raise DatelineError(
                f"max_line_bytes must be a whole number of at least 1, got {self.max_line_bytes!r}"
            )
        # Resolved once (a sighting table is read once), and sent to each worker with the
        # options; None: any authority's calendar (see datelines.check).
        given = self.calendar is not None or self.offset or self.table is not None
        if given and self.authority is not None:
            raise DatelineError("give an authority or a calendar, not both")
        resolved = (
            get_calendar(self.calendar or "umalqura", offset=self.offset, table=self.table) if given else None
        )
        object.__setattr__(self, "resolved", resolved)


class Writer(Protocol):
    """Where results go: anything with ``write(str)``, a text stream above all."""

    def write(self, text: str, /) -> object: ...


@dataclass(frozen=True, slots=True)
class Record:
    """One record as read: its file and line, and its bytes, or the reason it cannot be
    read (then ``data`` is empty)."""

    source: str
    line: int
    data: bytes
    error: str | None = None
    # a CSV row's: its delimiter, the indexes of its text's column and its id's (-1: none), and
    # the header's width
    csv: tuple[str, int, int, int] | None = None
    # with input "auto": the file's own, by its name (see input_of)
    input: Input | None = None


def input_of(path: str) -> Input:
    """The input a file is read as under ``--input auto``, by its name's ending: a web page
    (.html, .htm …), Markdown (.md …), JSON Lines (.jsonl, .ndjson), CSV (.csv), or text
    (anything else, and standard input). A desk's folder of drafts and saved pages is read in
    one run (trial 24: a mixed folder needed a run per kind).

    >>> input_of("stories/2025-03-30.html"), input_of("drafts/eid.MD"), input_of("archive.jsonl"), input_of("notes.txt")
    ('html', 'markdown', 'jsonl', 'text')
    """
    name = path.casefold()
    for kind, endings in _ENDINGS.items():
        if name.endswith(endings):
            return kind
    return "text"


PAGE_SUFFIXES: Final = (".html", ".htm", ".xhtml", ".shtml", ".php", ".asp", ".aspx")
MARKDOWN_SUFFIXES: Final = (".md", ".markdown", ".mdown", ".mkd", ".mkdn")
_ENDINGS: Final[dict[Input, tuple[str, ...]]] = {
    "html": PAGE_SUFFIXES,
    "markdown": MARKDOWN_SUFFIXES,
    "jsonl": (".jsonl", ".ndjson"),
    "csv": (".csv",),
}


@dataclass(frozen=True, slots=True)
class Result:
    """What one record gave: output lines, and counts for the summary."""

    lines: tuple[str, ...]
    datelines: int = 0
    failing: int = 0  # datelines with an error finding
    errors: int = 0  # records that could not be read
    ignored: int = 0  # datelines a marker on their line sets aside
    blank: bool = False  # a blank line of JSON Lines: no record, and not counted as one


# --- reading ---------------------------------------------------------------------------


def read_records(
    paths: Iterable[str],
    max_line_bytes: int = MAX_LINE_BYTES,
    stdin: BinaryIO | None = None,
    *,
    whole: bool = False,
    lone_cr: bool = True,
    encoding: str = "utf-8",
    csv: tuple[str, str | None] | None = None,
    auto: bool = False,
) -> Iterator[Record]:
    """Each line of each file (``-``: standard input) as a :class:`Record`, one at a time;
    with ``whole``, each file as one record. A lone "\r" ends a line of text, but not with
    ``lone_cr=False`` (JSON Lines, whose lines end with "\n" and where a "\r" between
    values is JSON's white space). With ``csv`` (the text's column and the id's, by header
    or number), each row of each CSV file after its header, a quoted cell's line breaks
    within it (see :func:`_csv_rows`). With ``auto``, each file as its name says (see
    :func:`input_of`; a CSV file's columns are ``csv``'s, or "text"), each record marked with
    its input.

    A file in UTF-16 or UTF-32 (``encoding`` says so, or the file begins with their
    byte-order mark, whatever ``encoding`` says: Notepad's and spreadsheets' "Unicode text")
    is read through a conversion: its records hold UTF-8 (see :func:`text_encoding`); where
    its bytes stop being the encoding's, an error record for the line there ends it.

    A file that cannot be opened gives one error record (line 0); a line (or, with
    ``whole``, a file) longer than ``max_line_bytes`` gives an error record and is skipped
    without being held in memory.
    """
    read = _whole if whole else _lines if lone_cr else _newline_lines

    def plain(source: str, stream: BinaryIO) -> Iterator[Record]:
        # A byte-order mark says UTF-16 or UTF-32 whatever encoding is named: a legacy one
        # (cp1256) is for the lines that are not UTF-8 (see text_encoding), and a mixed
        # archive holds Notepad's "Unicode text" too (a trial)
        if not hasattr(stream, "peek"):
            stream = cast("BinaryIO", io.BufferedReader(cast("io.RawIOBase", stream)))
        if 0 < len(cast("io.BufferedReader", stream).peek(4)) < 4:
            # a pipe's first bytes may come one at a time: the mark is read whole (up to
            # four bytes, or the end), and put back before the rest
            head = stream.read(4)
            stream = cast("BinaryIO", io.BufferedReader(_Prefixed(head, stream)))
        wide = _wide_encoding(stream, encoding)
        if wide is None:
            yield from read(source, stream, max_line_bytes)
            return
        number = 0
        try:
            for record in read(
                source, cast("BinaryIO", io.BufferedReader(_ToUtf8(stream, wide))), max_line_bytes
            ):
                number = record.line
                yield record
        except UnicodeDecodeError as err:  # bytes that are not the encoding's: the rest is not read
            name = "UTF-32" if "32" in wide else "UTF-16"
            yield Record(
                source, number + 1, b"", f"not valid {name} ({err.reason}); the rest of the file is not read"
            )

    def records(source: str, stream: BinaryIO) -> Iterator[Record]:
        if csv is not None:
            return _csv_rows(plain(source, stream), csv, encoding, max_line_bytes)
        return plain(source, stream)

    for path in paths:
        if auto:
            kind = "text" if path == "-" else input_of(path)
            yield from (
                replace(record, input=kind)
                for record in read_records(
                    [path], max_line_bytes, stdin, whole=kind in _WHOLE_FILES, lone_cr=kind in ("text", "csv"),
                    encoding=encoding, csv=(csv or ("text", None)) if kind == "csv" else None,
                )
            )  # fmt: skip
            continue
        if path == "-":
            stream = stdin if stdin is not None else sys.stdin.buffer
            yield from records("<stdin>", stream)
            continue
        try:
            handle = open(path, "rb")  # noqa: SIM115 - closed below, after the generator is drained
        except OSError as err:
            hint = (
                " (a dateline to check is given on standard input: echo '…' | datelines check -; "
                "or read it with datelines parse)"
                if isinstance(err, FileNotFoundError) and any(ch.isspace() for ch in path.strip())
                else ""
            )
            yield Record(path, 0, b"", f"cannot read the file: {err.strerror or err}{hint}")
            continue
        except ValueError as err:  # a NUL or a lone surrogate in the name
            yield Record(path, 0, b"", f"not a usable file name: {err}")
            continue
        with handle:
            try:
                yield from records(path, handle)
            except OSError as err:
                yield Record(path, 0, b"", f"cannot read the file: {err.strerror or err}")


def text_encoding(encoding: str) -> str:
    """The encoding a record's bytes are in, for files in ``encoding``: UTF-8 where the
    files are read through a conversion. A record of a legacy encoding's (cp1256, latin-1) is
    read as UTF-8 first, where it is valid UTF-8 (see :func:`decode`)."""
    return "utf-8" if encoding in WIDE_ENCODINGS else encoding


def decode(data: bytes, encoding: str) -> str:
    """A record's text, its bytes in ``encoding`` (:func:`text_encoding`'s). A legacy
    encoding reads only what is not valid UTF-8: archives mix the two, and a UTF-8 line read
    as cp1256 would be read wrong without a word (a trial lost 8 of 14 wrong datelines so),
    while Arabic in cp1256 is never valid UTF-8. UnicodeDecodeError where neither reads it.

    >>> decode("الرياض".encode(), "cp1256"), decode("الرياض".encode("cp1256"), "cp1256")
    ('الرياض', 'الرياض')
    """
    if encoding == "utf-8":
        return data.decode("utf-8")
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        # line by line: a whole file (--input document) may mix the two (a review)
        return "".join(_decode_line(line, encoding) for line in data.splitlines(keepends=True))


def _decode_line(line: bytes, encoding: str) -> str:
    try:
        return line.decode("utf-8")
    except UnicodeDecodeError:
        return line.decode(encoding)


def guess_encoding(data: bytes) -> str:
    """The legacy encoding to suggest for bytes that are not UTF-8: cp1256 where the bytes
    beyond ASCII stand apart from ASCII letters, as Arabic words do, else cp1252 (Western
    Europe's, in which Indonesian and Malay archives were written too).

    >>> guess_encoding("الرياض".encode("cp1256")), guess_encoding("Café".encode("latin-1"))
    ('cp1256', 'cp1252')
    >>> guess_encoding("30. März 2025".encode("latin-1")), guess_encoding("ص".encode("cp1256"))
    ('cp1252', 'cp1256')
    """
    # cp1256 keeps some Latin letters (é, è, à …) and puts Arabic ones where Latin-1 has
    # others (ä, ñ, ö, ß …): the letters decide less than their neighbours. In Arabic text the
    # bytes beyond ASCII stand together, a word of them; in Latin text each stands alone
    # between ASCII letters ("M\xe4rz", "s\xe1bado": a review).
    high = sum(1 for byte in data if byte >= 0x80)
    beside_latin = len(_BESIDE_LATIN.findall(data))
    return "cp1256" if high and beside_latin * 4 < high else "cp1252"


def _hint(encoding: str) -> str:
    """The encoding to name in the hint, with the other Latin ones where it is cp1252."""
    return "cp1252, or cp1250, cp1254 … for your language" if encoding == "cp1252" else encoding


_BESIDE_LATIN: Final = re.compile(rb"(?<=[A-Za-z])[\x80-\xff]|[\x80-\xff](?=[A-Za-z])")


def _wide_encoding(stream: BinaryIO, encoding: str) -> str | None:
    """The UTF-16 or UTF-32 codec of one byte order to read ``stream`` with, its byte-order
    mark read (and left out), or None for a stream to be cut into lines as bytes. ``encoding``
    is UTF-8, a legacy one (cp1256) or one of WIDE_ENCODINGS; the stream's mark, where it has one, says which of
    UTF-16 and UTF-32 and which byte order, whatever ``encoding`` says (it is written by the
    program that wrote the file; a byte order named against it would read no line). A
    UTF-16 or UTF-32 stream named without a byte order and with no mark is little-endian,
    as Windows writes it (and Python reads it)."""
    head = cast("io.BufferedReader", stream).peek(4)[:4]
    for mark, wide in _MARKS:  # UTF-32's little-endian mark begins with UTF-16's: it is asked first
        if head.startswith(mark):
            stream.read(len(mark))
            return wide
    if encoding in ("utf-16", "utf-32"):
        return encoding + "-le"
    return encoding if encoding in WIDE_ENCODINGS else None


_MARKS: Final = (
    (codecs.BOM_UTF32_LE, "utf-32-le"),
    (codecs.BOM_UTF32_BE, "utf-32-be"),
    (codecs.BOM_UTF16_LE, "utf-16-le"),
    (codecs.BOM_UTF16_BE, "utf-16-be"),
)


class _Prefixed(io.RawIOBase):
    """``head``, read already, then the rest of ``stream``."""

    def __init__(self, head: bytes, stream: BinaryIO) -> None:
        super().__init__()
        self._head = head
        self._stream = stream

    def readable(self) -> bool:
        return True

    def readinto(self, buffer: Any) -> int:
        if self._head:
            size = min(len(buffer), len(self._head))
            buffer[:size] = self._head[:size]
            self._head = self._head[size:]
            return size
        return cast("io.BufferedReader", self._stream).readinto(buffer)


class _ToUtf8(io.RawIOBase):
    """A stream of text in ``encoding`` (a codec of one byte order) as UTF-8 bytes,
    converted a block at a time. Bytes that are not the encoding's raise UnicodeDecodeError
    once the text before them has been read."""

    def __init__(self, stream: BinaryIO, encoding: str) -> None:
        super().__init__()
        self._encoding = encoding
        self._decoder = codecs.getincrementaldecoder(encoding)("strict")
        self._read = getattr(stream, "read1", stream.read)
        self._pending = b""
        self._done = False
        self._error: UnicodeDecodeError | None = None

    def readable(self) -> bool:
        return True

    def readinto(self, buffer: Any) -> int:
        while not self._pending and not self._done:
            if self._error is not None:
                raise self._error
            block = self._read(_BLOCK)
            self._done = not block
            try:
                self._pending = self._decoder.decode(block, final=self._done).encode("utf-8")
            except UnicodeDecodeError as err:
                # the text before the bad bytes is read first (the decoder's input begins at
                # a code unit's boundary, so its head decodes alone)
                self._pending = bytes(err.object[: err.start]).decode(self._encoding).encode("utf-8")
                self._error, self._done = err, False
        size = min(len(buffer), len(self._pending))
        buffer[:size] = self._pending[:size]
        self._pending = self._pending[size:]
        return size


def _whole(source: str, stream: BinaryIO, limit: int) -> Iterator[Record]:
    data = stream.read(limit + 1)
    if len(data) > limit:
        while stream.read(1 << 20):  # drain standard input, piece by piece
            pass
        yield Record(source, 1, b"", f"file is longer than {limit} bytes; skipped (--max-line-bytes)")
        return
    yield Record(source, 1, data)


def _newline_lines(source: str, stream: BinaryIO, limit: int) -> Iterator[Record]:
    """:func:`_lines` where only "\n" ends a line."""
    return _lines(source, stream, limit, lone_cr=False)


def _lines(source: str, stream: BinaryIO, limit: int, *, lone_cr: bool = True) -> Iterator[Record]:
    """The lines of ``stream``; a line longer than ``limit`` bytes is an error record,
    skipped without being held in memory. Lines end with "\n" (or "\r\n"), read at C speed,
    until a lone "\r" shows a file whose lines end so (old Mac and spreadsheet exports, as
    Python's universal newlines and editors know them): its rest is read by
    :func:`_block_lines`."""
    number = 0
    while True:
        data = stream.readline(limit + 1)
        if not data:
            return
        if lone_cr and b"\r" in data and _LONE_CR.search(data):
            yield from _block_lines(source, stream, limit, data, number)
            return
        if len(data) > limit and not data.endswith(b"\n"):
            while data and not data.endswith(b"\n"):  # skip the rest of the line, piece by piece
                data = stream.readline(limit + 1)
                if lone_cr and b"\r" in data and (lone := _LONE_CR.search(data)):  # it ends there
                    yield from _block_lines(
                        source, stream, limit, data[lone.start() :], number, skipping=True
                    )
                    return
            number += 1
            yield Record(source, number, b"", f"line is longer than {limit} bytes; skipped")
            continue
        number += 1
        yield Record(source, number, data)


def _block_lines(
    source: str, stream: BinaryIO, limit: int, head: bytes, number: int, *, skipping: bool = False
) -> Iterator[Record]:
    """:func:`_lines` from ``head`` (read already) on, each line ended by "\n", "\r\n" or a
    lone "\r", read a block at a time; ``skipping``: ``head`` is the rest of a line found
    too long (its ending, then the lines after it)."""
    read = getattr(stream, "read1", stream.read)  # what is there: a pipe's lines as they come
    while True:
        block = read(_BLOCK)
        data = head + block if head else block
        # A "\r\n" may be split between two blocks: a "\r" at the end waits for the next.
        end = len(data) - 1 if block and data.endswith(b"\r") else len(data)
        start = 0
        for match in _BYTE_BREAK.finditer(data, 0, end):
            number += 1
            if skipping or match.start() - start > limit:
                yield Record(source, number, b"", f"line is longer than {limit} bytes; skipped")
                skipping = False
            else:
                yield Record(source, number, data[start : match.end()])
            start = match.end()
        head = data[start:]
        if not block:
            if head or skipping:  # the last line, without a line break
                number += 1
                if skipping or len(head) > limit:
                    yield Record(source, number, b"", f"line is longer than {limit} bytes; skipped")
                else:
                    yield Record(source, number, head)
            return
        if len(head) > limit + 1:
            skipping, head = True, (b"\r" if head.endswith(b"\r") else b"")


def _csv_rows(
    lines: Iterator[Record], columns: tuple[str, str | None], encoding: str, limit: int
) -> Iterator[Record]:
    """The rows of one CSV file, from its lines: a row whose quoted cell is still open at a
    line's end goes on over the next line (a cell with line breaks); the first row is the
    header, which names the columns (``columns``: the text's and the id's, by name, case
    aside, or number from 1) and is no record. Each row is a record of its first line, with
    its delimiter (the header's, see :func:`datelines._textfile.csv_delimiter`), its columns'
    indexes and the header's width. A header without the text's column, or naming it twice,
    ends the file with an error record; a row still open after ``limit`` bytes gives one,
    and is passed over to where its quote closes (a quote inside an unquoted cell is a
    character of the cell, as Python's csv module reads it: "a 12" record")."""
    import csv as csv_module

    from ._textfile import csv_delimiter

    found: tuple[str, int, int, int] | None = None
    delimiter = ","
    held: list[Record] = []
    size = 0
    quoted, at_start = False, True  # inside a quoted cell; at a cell's first character
    skipping = False  # past a row too long, to where it ends
    for record in lines:
        if record.error is not None:
            if held:
                yield replace(held[0], data=b"".join(r.data for r in held), csv=found)
            held, size, quoted, at_start, skipping = [], 0, False, True, False
            yield record
            continue
        quoted, at_start = _csv_state(record.data, delimiter, quoted, at_start)
        if skipping:
            if not quoted:
                skipping, at_start = False, True
            continue
        held.append(record)
        size += len(record.data)
        if quoted:  # a quoted cell goes on over the next line
            if size > limit:
                yield Record(
                    record.source, held[0].line, b"", f"a quoted cell is not closed within {limit} bytes"
                )
                held, size, skipping = [], 0, True
            continue
        at_start = True
        data = b"".join(r.data for r in held) if len(held) > 1 else record.data
        first = held[0]
        held, size = [], 0
        if found is not None:
            yield Record(first.source, first.line, data, csv=found)
            continue
        if first.line == 1 and data.startswith(b"\xef\xbb\xbf"):
            data = data[3:]
        try:
            header_text = decode(data, text_encoding(encoding)).rstrip("\r\n")
            if not header_text.strip():
                continue  # blank lines before the header
            delimiter = csv_delimiter(header_text)
            header = next(csv_module.reader(io.StringIO(header_text, newline=""), delimiter=delimiter), [])
        except (UnicodeDecodeError, csv_module.Error) as err:
            why = "not valid text" if isinstance(err, UnicodeDecodeError) else f"not a valid CSV row ({err})"
            yield Record(
                first.source, first.line, b"", f"the header row is {why}: the file's rows are not read"
            )
            return
        problem = _csv_header_problem(header, columns)
        if problem is not None:
            yield Record(first.source, first.line, b"", f"{problem}; the file's rows are not read")
            return
        found = (delimiter, _csv_column(header, columns[0]), _csv_column(header, columns[1]), len(header))
    if held:  # a quoted cell still open at the end of the file: the lines it swallowed, named
        last = held[-1].line
        yield Record(
            held[0].source,
            held[0].line,
            b"",
            "a quoted cell opened in this row is not closed by the end of the file"
            + (
                f": lines {held[0].line}-{last} ({last - held[0].line + 1} lines) are read as none"
                if last > held[0].line
                else ""
            ),
        )


def _csv_state(data: bytes, delimiter: str, quoted: bool, at_start: bool) -> tuple[bool, bool]:
    """Where a line leaves a CSV row: inside a quoted cell or not, and whether at a cell's
    first character. A quote opens a quoted cell only as its first character (elsewhere it
    is the cell's); inside one, two quotes are a quote and one closes it."""
    if b'"' not in data:
        return quoted, not quoted
    rest, mark, split = _csv_patterns(delimiter)
    position, size = 0, len(data)
    while position < size:
        if quoted:
            position = _CSV_QUOTED.match(data, position).end()  # type: ignore[union-attr]
            if position >= size:
                return True, False  # the cell goes on over the next line
            quoted = False  # its closing quote; what follows up to the delimiter is the cell's
            position += 1
        elif at_start and data[position] == mark:
            quoted, at_start = True, False
            position += 1
            continue
        position = rest.match(data, position).end()  # type: ignore[union-attr]
        if position < size and data[position] == split:
            position, at_start = position + 1, True
        else:
            return False, True  # the line's end: the row's
    return quoted, not quoted


_CSV_QUOTED: Final = re.compile(rb'(?:[^"]|"")*')


@functools.lru_cache(maxsize=8)
def _csv_patterns(delimiter: str) -> tuple[re.Pattern[bytes], int, int]:
    """An unquoted cell's rest (up to the delimiter or the line's end), the quote's byte and the
    delimiter's."""
    split = delimiter.encode()
    return re.compile(rb"[^" + re.escape(split) + rb"\r\n]*"), ord('"'), split[0]


def _csv_header_problem(header: list[str], columns: tuple[str, str | None]) -> str | None:
    """What keeps the header from naming the text's column and the id's: a name it lacks, or
    names twice (JSON Lines refuses a field given twice, for the same reason: the other
    would be lost in silence)."""
    names = [h.strip().casefold() for h in header]
    for name in columns:
        if name is None:
            continue
        if _csv_column(header, name) < 0:
            return (
                f"no column {name!r} in the header ({', '.join(map(repr, header))}) (--text-field and "
                "--id-field name columns by their header or number)"
            )
        if names.count(name.strip().casefold()) > 1:
            return f"the header names column {name!r} twice"
    return None


def _csv_column(header: list[str], name: str | None) -> int:
    """The index of the column ``name`` names (its header, case aside, or its number from 1);
    -1 for none."""
    if name is None:
        return -1
    names = [h.strip().casefold() for h in header]
    if name.strip().casefold() in names:
        return names.index(name.strip().casefold())
    return int(name) - 1 if name.isdigit() and 1 <= int(name) <= len(header) else -1


_LONE_CR: Final = re.compile(rb"\r(?!\n)")
_BLOCK: Final = 1 << 16  # 64 KiB: lines as they come, in little memory
_BYTE_BREAK: Final = re.compile(rb"\r\n|\r|\n")


# --- one record ------------------------------------------------------------------------


def process(record: Record, options: BatchOptions) -> Result:
    """Find and check the datelines of one record; format what is to be written.

    Never raises: a record that cannot be read, or that trips a fault of ours, gives an
    error record, so a run accounts for every record."""
    return process_batch([record], options)[0]


def _internal_error(record: Record, err: Exception, options: BatchOptions) -> Result:
    return _failure(record, f"internal error, please report it: {type(err).__name__}: {err}", None, options)


class _Text:
    """A record's text, read, and its id: what is left to do is find its datelines. For a
    JSON Lines record, ``line`` is the record's line as read, where the columns are; for an
    HTML page, ``page`` its visible text, which places each character in the file."""

    __slots__ = ("ident", "line", "page", "text")

    def __init__(
        self, text: str, ident: object, line: str | None = None, page: PageText | _CsvCell | None = None
    ) -> None:
        self.text, self.ident, self.line, self.page = text, ident, line, page


def _text_of(record: Record, options: BatchOptions) -> _Text | Result:
    """The record's text (and id), or its result where there is nothing to find in it: an
    error record, or no record at all for a blank line."""
    ident: object = None
    kind = record.input or options.input
    if record.error is not None:
        return _failure(record, record.error, ident, options)
    data = record.data
    if record.line == 1 and data.startswith(b"\xef\xbb\xbf"):
        data = data[3:]  # a byte-order mark is not text: columns count from after it
    if b"\x00" in data:  # text has no NUL: a UTF-16 file without its byte-order mark, or no text
        return _failure(
            record, "NUL bytes in the line: UTF-16 or not text? A UTF-16 file without a byte-order mark "
            "must be named (--encoding utf-16-le, or utf-16-be)", ident, options,
        )  # fmt: skip
    encoding = text_encoding(options.encoding)
    try:
        text = decode(data, encoding)
    except UnicodeDecodeError as err:
        if kind in _WHOLE_FILES:  # a whole file: the line the byte is on
            breaks = list(_BYTE_BREAK.finditer(data, 0, err.start))  # "\n", "\r\n" or a lone "\r"
            record = replace(record, line=record.line + len(breaks))
            start = breaks[-1].end() if breaks else 0
            said = f"byte 0x{data[err.start]:02x} at byte {err.start - start + 1} of the line"
        else:
            said = f"byte 0x{data[err.start]:02x} at byte {err.start + 1}"
        if encoding == "utf-8":
            return _failure(
                record, f"not valid UTF-8 ({said}); in another encoding, say which (--encoding "
                f"{_hint(guess_encoding(data))})", ident, options,
            )  # fmt: skip
        return _failure(record, f"not valid UTF-8 nor {options.encoding} ({said})", ident, options)
    if kind == "html":  # a page: its visible text, each character placed in the file
        # (the parser and its entity table only where pages are read: 2 MB a worker, and batch
        # memory has little room; the benchmark)
        from ._html import page_text

        page = page_text(text)
        return _Text(page.text, ident, page=page)
    if kind == "markdown":  # its prose: code and links' destinations blanked, in place
        from ._markdown import markdown_text

        return _Text(markdown_text(text), ident)
    if kind != "document":
        text = text.rstrip("\r\n")
    if kind == "csv" and record.csv is not None:
        return _csv_text(record, text, record.csv, options)
    if kind == "jsonl":
        if not text.strip(" \t\r\n"):  # JSON's white space: a blank line is no record
            return Result((), blank=True)
        try:
            value = loads(text)
        except ValueError as err:
            return _failure(record, f"not valid JSON: {err}", ident, options)
        except RecursionError:
            return _failure(record, "not valid JSON here: nested too deeply to read", ident, options)
        if not isinstance(value, dict):
            return _failure(record, f"a JSON object is expected, not {_json_type(value)}", ident, options)
        if (twice := _given_twice(text, options)) is not None:
            # JSON keeps a name's last value: the record's text or id would be lost in silence,
            # and the service refuses such a body (a trial)
            return _failure(record, f"field {twice!r} is given twice", None, options)
        if options.id_field is not None:
            ident = value.get(options.id_field)
        body = value.get(options.text_field)
        if not isinstance(body, str) or isinstance(body, Unquoted):
            what = (
                "missing" if options.text_field not in value
                else "null, not text" if body is None
                else f"{_json_type(body)}, not text"
            )  # fmt: skip
            return _failure(record, f"field {options.text_field!r} is {what}", ident, options)
        return _Text(body, ident, text)
    return _Text(text, ident)


def _csv_text(
    record: Record, text: str, columns: tuple[str, int, int, int], options: BatchOptions
) -> _Text | Result:
    """A CSV row's text (its cell in the text's column) and id, placed in the file."""
    import csv

    if not text.strip():
        return Result((), blank=True)  # a blank line is no row
    delimiter, text_at, id_at, width = columns
    try:
        row = next(csv.reader(io.StringIO(text, newline=""), delimiter=delimiter, strict=True))
    except (csv.Error, StopIteration) as err:
        spans = text.rstrip("\r\n").count("\n")
        # a row over several lines: a quote left open in one swallowed the next (trial 27)
        over = (
            f" (the row runs over lines {record.line}-{record.line + spans}: a quote in it may not be closed)"
            if spans
            else ""
        )
        return _failure(record, f"not a valid CSV row: {err}{over}", None, options)
    ident = row[id_at] if 0 <= id_at < len(row) else None
    if text_at >= len(row) or (
        any(cell.strip() for cell in row[width:]) and next(iter(extract(row[text_at])), None) is None
    ):
        # too few cells for the column; or more than the header names and none read in the
        # column's (a delimiter in a cell not quoted: the cell cut, its dateline lost in
        # silence; a row with extra cells whose own is whole is read, as a trial's export had)
        return _failure(
            record, f"the row has {len(row)} field{'' if len(row) == 1 else 's'} where the header names {width}",
            ident, options,
        )  # fmt: skip
    return _Text(row[text_at], ident, page=_CsvCell(record.line, text, delimiter, text_at))


class _CsvCell:
    """Where each character of a CSV row's cell stands in the file: the row's first line, and
    the cell's place in the row as written (its quotes, a doubled quote for each quote in it,
    its line breaks)."""

    __slots__ = ("first", "quoted", "start", "text")

    def __init__(self, line: int, text: str, delimiter: str, index: int) -> None:
        self.first, self.text = line, text
        at, field, quoted = 0, 0, False
        while field < index and at < len(text):  # past the cells before it, outside quotes
            ch = text[at]
            if ch == '"':
                quoted = not quoted
            elif ch == delimiter and not quoted:
                field += 1
            at += 1
        self.quoted = at < len(text) and text[at] == '"'
        self.start = at + self.quoted

    def position(self, offset: int) -> tuple[int, int]:
        """The line and column (from 1) of the cell's character ``offset``."""
        at = self.start
        if self.quoted:
            for _ in range(offset):  # a quote in the cell is written twice
                at += 2 if self.text.startswith('""', at) else 1
        else:
            at += offset
        line_start = max(self.text.rfind("\n", 0, at), self.text.rfind("\r", 0, at)) + 1
        return self.first + len(_TEXT_BREAK.findall(self.text, 0, at)), at - line_start + 1


def _given_twice(text: str, options: BatchOptions) -> str | None:
    """The text or id field named twice in the record's object, if one is. The names are
    counted in the raw line first: only a line that says one twice is parsed again."""
    fields = [f for f in (options.text_field, options.id_field) if f is not None]
    if "\\u00" not in text and not any(text.count(dumps(f)) > 1 for f in fields):
        return None  # (an ASCII name may be written with escapes: "\\u0074ext" is "text")
    pairs = json.loads(  # (numbers are not wanted: none is read, so none can be too long)
        text, object_pairs_hook=lambda members: members, parse_int=len, parse_float=len, parse_constant=len
    )
    names = [name for name, _ in pairs]
    return next((f for f in fields if names.count(f) > 1), None)


def _result(record: Record, read: _Text, found: list[Dateline], options: BatchOptions) -> Result:
    """The record's result, its datelines found: each checked and written."""
    text, ident = read.text, read.ident
    columns: _JsonColumns | PageText | _CsvCell | None = (
        read.page if read.line is None else _JsonColumns(read.line, options.text_field, text)
    )
    lines: list[str] = []
    failing = ignored = 0
    if not found and options.mode == "check":
        found = _unknown_month_line(text)
    # (one look for a marker in the record, not one a dateline: a long document's datelines
    # each searched it whole, review 58)
    marked = options.mode == "check" and _has_marker(record, text, columns)
    try:
        for index, line in enumerate(found):
            verdict = check(
                line, calendar=options.resolved, julian=options.julian, authority=options.authority
            )
            if marked and (codes := _ignored(text, found, index, columns)) is not None:
                if not codes:
                    ignored += 1
                    continue
                kept = _without(verdict, codes)
                ignored += kept.findings != verdict.findings
                verdict = kept
                if unknown := sorted(codes - _FINDING_CODES):
                    # a misspelt code sets nothing aside: say so, rather than pass in silence
                    # (trial 24: "ignore[wekday]" left the weekday's warning and said nothing)
                    said = "the marker's " + "; ".join(_unknown_code(code) for code in unknown)
                    verdict = replace(
                        verdict, findings=(*verdict.findings, Finding("unknown-code", "warning", said))
                    )
            if any(
                f.severity == "error" or (options.strict and f.severity == "warning")
                for f in verdict.findings
            ):
                failing += 1
            lines.extend(_write(record, text, line, verdict, ident=ident, options=options, columns=columns))
        # (not a blank line; but a file read whole whose prose is blank, all code or script,
        # is noted as any other: review 60b, an all-code Markdown file said nothing)
        whole = (record.input or options.input) in ("markdown", "html", "document")
        if (
            not found
            and options.all
            and options.mode == "check"
            and (text.strip() or (whole and record.data.strip()))
        ):
            lines.append(_no_dateline_note(record, ident, options))
        if not found and options.all and options.mode == "extract":
            if options.output == "text":  # a line of its own kind, as the datelines' are
                lines.append(f"{record.source}:{record.line}: no dateline")
            else:
                lines.append(
                    _json(
                        {
                            "file": record.source,
                            "line": record.line,
                            **_ident(ident, options),
                            "dateline": None,
                        },
                        options,
                    )
                )
    except RecursionError:  # an id nested too deeply to write back
        return _failure(record, f"field {options.id_field!r} is nested too deeply to write", None, options)
    return Result(tuple(lines), len(found), failing, ignored=ignored)


# A marker after a dateline on its line that sets it aside, as linters have theirs:
# "datelines: ignore" (all of it), or "datelines: ignore[weekday, year-range]" (those
# findings), in whatever the line is (a Markdown or HTML comment, a code comment, plain
# words). A trial: a CI job had no way to pass a line its desk knew to be right.
_IGNORE_MARK: Final = re.compile(r"datelines:\s*ignore(?![\w-])(?:\s*\[([^\]]*)\])?", re.IGNORECASE)


_OPENING_TAG: Final = re.compile(r"<[A-Za-z]")


def _has_marker(record: Record, text: str, columns: _JsonColumns | PageText | _CsvCell | None) -> bool:
    """Whether the record holds a marker anywhere (a page: its source, comments too)."""
    from ._html import PageText

    if isinstance(columns, PageText):
        return _IGNORE_MARK.search(record.data.decode("utf-8", "replace")) is not None
    return _IGNORE_MARK.search(text) is not None


def _ignored(
    text: str, found: list[Dateline], index: int, columns: _JsonColumns | PageText | _CsvCell | None
) -> frozenset[str] | None:
    """The finding codes a marker sets aside for the dateline ``found[index]`` (empty: the
    whole dateline), or None where no marker is its: one after its start, on the line where
    it ends (a dateline over two lines takes a marker on its second), before the next
    dateline begins (on a page written as one line, a marker beside a quoted date is not the
    article's dateline's: review 58). A page's marker is read in its source."""
    from ._html import PageText

    line = found[index]
    start, end = line.span
    stop = found[index + 1].span[0] if index + 1 < len(found) else None
    if isinstance(columns, PageText):
        reach = columns.source_after(start, end, stop)
        mark = _IGNORE_MARK.search(reach)
        # only closing tags between the dateline's end and the marker: one after an opening
        # tag stands before the next element's text ("…</p><blockquote><!-- datelines:
        # ignore --><p>quoted …": review 58b), not after this dateline
        written = columns.end(end - 1) - columns.offset(start)
        if mark is not None and _OPENING_TAG.search(reach, max(0, written), mark.start()):
            return None
    else:
        line_end = text.find("\n", max(start, end - 1))
        finish = len(text) if line_end < 0 else line_end
        reach = text[start : finish if stop is None else min(finish, stop)]
    mark = _IGNORE_MARK.search(reach)
    if mark is None:
        return None
    if mark.group(1) is None:
        return frozenset()
    codes = frozenset(code.strip().casefold() for code in mark.group(1).split(",") if code.strip())
    return codes or None  # "ignore[]" names nothing to set aside


_FINDING_CODES: Final = frozenset(get_args(FindingCode))


def _unknown_code(code: str) -> str:
    """ "'wekday' is no finding code (did you mean 'weekday'?)"."""
    import difflib

    near = difflib.get_close_matches(code, sorted(_FINDING_CODES), n=1)
    hint = f"did you mean {near[0]!r}?" if near else "the codes are in docs/checking.md"
    return f"{code!r} is no finding code ({hint})"


def _without(verdict: Verdict, codes: frozenset[str]) -> Verdict:
    """The verdict without the findings of ``codes``: ok where no error is left."""
    kept = tuple(f for f in verdict.findings if f.code not in codes)
    return replace(verdict, findings=kept, ok=not any(f.severity == "error" for f in kept))


# A line that may be a dateline whose month name the tables do not know: a day, one word, a
# four-digit year (not "Apartment 12 Tower B 1446, Dubai, 15 September 2024": a review) ("12 Foo 1446 / 15 September 2024"), and a line short enough to be
# one dateline.
_UNKNOWN_MONTH_SHAPE: Final = re.compile(r"\b\d{1,2}\s+[^\W\d_]+\s+\d{4}\b")
_UNKNOWN_MONTH_REACH: Final = 300


def _unknown_month_line(text: str) -> list[Dateline]:
    """The dateline of a line ``check`` reads that ``extract`` found none in, where one of its
    halves has a month name the tables do not know: read as :func:`datelines.parse` reads
    it, so that the check says so ("unknown-month"), as ``check()`` of the line does (a
    trial: the line had vanished from the command's output)."""
    if len(text) > _UNKNOWN_MONTH_REACH or not _UNKNOWN_MONTH_SHAPE.search(text):
        return []
    from ._read.api import parse

    try:
        line = parse(text)
    except DatelineError:
        return []
    halves = (line.hijri, line.gregorian)
    if any(h is None for h in halves) or not any(
        h is not None and h.month is None and h.month_name is not None and len(h.text.split()) == 3
        for h in halves
    ):
        return []
    return [line]


def _json_type(value: object) -> str:
    if isinstance(value, Unquoted):  # NaN, Infinity, 1e999: read as the text they were
        return "a number"
    if isinstance(value, bool):
        return "a boolean"
    if isinstance(value, (int, float)):
        return "a number"
    if isinstance(value, list):
        return "an array"
    if isinstance(value, dict):
        return "an object"
    return "a string" if isinstance(value, str) else "null"


def _ident(ident: object, options: BatchOptions) -> dict[str, object]:
    return {"id": ident} if options.id_field is not None else {}


def _json(value: object, options: BatchOptions) -> str:
    return dumps(value, ascii=options.ascii)


def _failure(record: Record, message: str, ident: object, options: BatchOptions) -> Result:
    where = f"{record.source}:{record.line}" if record.line else record.source
    if options.output == "text":
        line = f"{where}: error: {message}"
    elif options.output == "github":
        at = f",line={record.line}" if record.line else ""  # a file not read: the file, no line of it
        line = f"::error file={_github_property(record.source)}{at}::{_github_escape(message)}"
    else:
        fields = {"file": record.source, "line": record.line, **_ident(ident, options), "error": message}
        try:
            line = _json(fields, options)
        except RecursionError:  # an id nested too deeply to write back
            line = _json({**fields, "id": None}, options)
    return Result((line,), errors=1)


# A dateline may run over lines ("--input document", a JSON text with "\n"): the text
# output keeps a line per dateline, its line breaks written as "\n".
_LINE_BREAK: Final = re.compile(r"\r\n|[\r\n\x0b\x0c\x1c-\x1e\x85\u2028\u2029]")


def _one_line(text: str) -> str:
    return _LINE_BREAK.sub(lambda _: "\\n", text) if _LINE_BREAK.search(text) else text


def _github_escape(text: str) -> str:
    return text.replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A")


def _github_property(text: str) -> str:
    """A value inside an annotation's properties (a file name), where "," and ":" end it."""
    return _github_escape(text).replace(":", "%3A").replace(",", "%2C")


def _where(
    record: Record,
    text: str,
    offset: int,
    options: BatchOptions,
    columns: _JsonColumns | PageText | _CsvCell | None = None,
) -> tuple[int, int]:
    """The line and column (from 1) of a character of the record's text in its file."""
    if columns is not None and not isinstance(columns, _JsonColumns):  # a page's or a CSV cell's: in the file
        return columns.position(offset)
    if columns is not None:  # a JSON Lines record: the column in the line as written
        return record.line, columns.column(offset)
    if (record.input or options.input) not in ("document", "markdown"):
        return record.line, offset + 1
    if "\r" not in text:
        return text.count("\n", 0, offset) + 1, offset - text.rfind("\n", 0, offset)
    breaks = list(_TEXT_BREAK.finditer(text, 0, offset))  # a lone "\r" ends a line too
    return len(breaks) + 1, offset - (breaks[-1].end() if breaks else 0) + 1


_TEXT_BREAK: Final = re.compile(r"\r\n|\r|\n")
# A JSON string, and the brackets around values: enough to find an object's members at C speed.
_JSON_TOKEN: Final = re.compile(r'"[^"\\]*(?:\\.[^"\\]*)*"|[{}\[\]]')  # a string's loop unrolled: C speed
_JSON_DECODER: Final = json.JSONDecoder()
_JSON_COLON: Final = re.compile(r"[ \t\r\n]*:")
_JSON_ESCAPE: Final = re.compile(r"\\u[dD][89abAB][0-9a-fA-F]{2}\\u[0-9a-fA-F]{4}|\\u[0-9a-fA-F]{4}|\\.")


@functools.lru_cache(maxsize=16)
def _named_member(field: str) -> re.Pattern[str]:
    """A member's name as written plainly, and the quotation mark its string value opens with."""
    return re.compile(f'"{re.escape(field)}"[ \t\r\n]*:[ \t\r\n]*"')


class _JsonColumns:
    """Where the characters of a JSON Lines record's text field stand in its line: its
    string starts after the key and colon, and each escape ("\\n", "\\u00e9", a surrogate pair)
    is several characters of the line for one of the text. Found when first asked."""

    __slots__ = ("field", "line", "start", "text")

    def __init__(self, line: str, field: str, text: str) -> None:
        self.line, self.field, self.text = line, field, text
        self.start: int | None = -1  # not looked for yet

    def _value_start(self) -> int | None:
        """Where the field's string begins (after its quotation mark). First the name as
        written plainly, its string read to be sure it is the text where an inner object has a member so named too; else each
        member of the object, the last so named, as json.loads keeps the last."""
        line = self.line
        named = [match.end() for match in _named_member(self.field).finditer(line)]
        if len(named) == 1:  # a quotation mark inside a string is escaped: the one member so named
            return named[0]
        for start in reversed(named):  # a member of an inner object too: the one holding the text
            try:
                if _JSON_DECODER.raw_decode(line, start - 1)[0] == self.text:
                    return start
            except ValueError:
                continue
        depth, found, key = 0, None, None
        for token in _JSON_TOKEN.finditer(line):
            piece = token.group()
            if piece in "{[":
                depth += 1
            elif piece in "}]":
                depth -= 1
            elif depth == 1:
                if _JSON_COLON.match(line, token.end()):  # a member's name: a value is never before ":"
                    key = piece
                    continue
                if key is not None and loads(key) == self.field:
                    found = token.start() + 1
                key = None
            else:
                key = None
        return found

    def column(self, offset: int) -> int:
        """The column (from 1) in the line of character ``offset`` of the text."""
        if self.start == -1:
            self.start = self._value_start()
        if self.start is None:
            return offset + 1
        at, told = self.start, 0  # a place in the line, and characters of the text up to it
        for escape in _JSON_ESCAPE.finditer(self.line, self.start):
            plain = escape.start() - at
            if told + plain >= offset:
                break
            told, at = told + plain + 1, escape.end()
        return at + (offset - told) + 1


def _write(
    record: Record,
    text: str,
    line: Dateline,
    verdict: Verdict,
    *,
    ident: object,
    options: BatchOptions,
    columns: _JsonColumns | PageText | _CsvCell | None = None,
) -> list[str]:
    if options.mode == "extract" and options.output == "text":
        row, column = _where(record, text, line.span[0], options, columns)
        where = f"{record.source}:{row}:{column}"
        if options.id_field is not None and ident is not None:
            where += f" ({options.id_field} {ident})"  # a JSONL record's id, as its JSON says (a trial)
        halves = f"{'-' if line.hijri is None else line.hijri.isoformat()} | " + (
            "-" if line.gregorian is None else line.gregorian.isoformat()
        )
        # a line's third calendar, where `parse` shows it (a trial: a Bangladeshi masthead
        # showed two of its three dates, so a dropped Hijri one went unseen)
        if line.solar_hijri is not None:
            halves = f"{line.solar_hijri.isoformat()} SH | {halves}"
        if line.bangla is not None:
            halves += f" | {line.bangla.isoformat()} BS"
        # a line that passes with a warning says so, as `check` does (a trial: "[ok]")
        warned = verdict.ok and any(f.severity == "warning" for f in verdict.findings)
        state = f"warning: {verdict.message}" if warned else "ok" if verdict.ok else verdict.message
        said = f"{halves}  {line.text}  [{state}]"
        return [f"{where}: {_one_line(said)}"]
    if options.mode == "extract":
        row, column = _where(record, text, line.span[0], options, columns)
        return [
            _json({
                "file": record.source,
                "line": row,
                "column": column,
                **_ident(ident, options),
                **extraction_record(line, verdict),
            }, options)
        ]  # fmt: skip
    out = []
    for finding in verdict.findings:
        if finding.severity == "note" and not options.notes:
            continue
        row, column = _where(record, text, (finding.span or line.span)[0], options, columns)
        if options.output == "text":
            where = f"{record.source}:{row}:{column}"
            out.append(f"{where}: {finding.severity}: {_one_line(finding.message)}")
        elif options.output == "github":
            level = {"error": "error", "warning": "warning", "note": "notice"}[finding.severity]
            out.append(
                f"::{level} file={_github_property(record.source)},line={row},col={column},"
                f"title=datelines {finding.code}::{_github_escape(finding.message)}"
            )
        else:
            out.append(
                _json({
                    "file": record.source,
                    "line": row,
                    "column": column,
                    **_ident(ident, options),
                    "severity": finding.severity,
                    "code": finding.code,
                    "message": finding.message,
                    "text": line.text,
                    "calendar": verdict.calendar,
                    "authority": verdict.authority,
                }, options)
            )  # fmt: skip
    return out


_NO_DATELINE: Final = "No dateline was read in this line."


def _no_dateline_note(record: Record, ident: object, options: BatchOptions) -> str:
    """``check --all``: a note for a line (or record) in which no dateline was read, so that a
    copy desk sees what the linter passed over (a trial: a wrong line the reader could not
    pair was silent, and a file of none exited 0)."""
    csv = (record.input or options.input) == "csv"
    said = _NO_DATELINE.replace("this line", "this row") if csv else _NO_DATELINE
    if options.output == "text":
        return f"{record.source}:{record.line}: note: {said}"
    if options.output == "github":
        return (
            f"::notice file={_github_property(record.source)},line={record.line},"
            f"title=datelines no-dateline::{_github_escape(said)}"
        )
    return _json(
        {
            "file": record.source,
            "line": record.line,
            **_ident(ident, options),
            "severity": "note",
            "code": "no-dateline",
            "message": said,
            "text": None,
            "calendar": None,
            "authority": None,
        },
        options,
    )


def process_batch(records: list[Record], options: BatchOptions) -> list[Result]:
    """:func:`process` over a batch of records (the unit of work sent to a process): their
    datelines are found together (:func:`datelines.extract_many`), which is quicker than one
    record at a time. Never raises: where finding them together trips a fault of ours, each
    record is read alone, so that only the record that trips it gives an error record."""
    read: list[_Text | Result] = []
    for record in records:
        try:
            read.append(_text_of(record, options))
        except Exception as err:  # a bug of ours must not lose the records after it
            read.append(_internal_error(record, err, options))
    texts = [one.text for one in read if isinstance(one, _Text)]
    try:
        found = iter(list(extract_many(texts)))
    except Exception:
        if len(texts) == 1:
            found = None  # the one record's own error below
        else:
            return [process(record, options) for record in records]
    out: list[Result] = []
    for record, one in zip(records, read, strict=True):
        if not isinstance(one, _Text):
            out.append(one)
            continue
        try:
            out.append(
                _result(record, one, next(found) if found is not None else list(extract(one.text)), options)
            )
        except Exception as err:  # a bug of ours must not lose the records after it
            out.append(_internal_error(record, err, options))
    return out


# --- the run ---------------------------------------------------------------------------


def _batches(records: Iterable[Record]) -> Iterator[list[Record]]:
    batch: list[Record] = []
    size = 0
    for record in records:
        batch.append(record)
        size += len(record.data) + 64
        if size >= BATCH_BYTES or len(batch) >= BATCH_RECORDS:
            yield batch
            batch, size = [], 0
    if batch:
        yield batch


def results(
    records: Iterable[Record], options: BatchOptions, jobs: int = 1
) -> Generator[tuple[Record, Result], None, None]:
    """Each record with its result, in input order; ``jobs`` > 1 spreads batches over that
    many processes (this one and ``jobs - 1`` workers), with a bounded number in flight so
    memory stays constant.

    However the run ends (finished, interrupted, an exception in the consumer, the
    generator closed early), no worker process outlives it, and nothing is left waiting."""
    batches = _batches(records)
    if jobs <= 1:
        for batch in batches:
            yield from zip(batch, process_batch(batch, options), strict=True)
        return
    forking = _forking()  # asked once: the consumer may start or end a thread meanwhile
    if forking:
        # The first records of the run are read here, before the fork: what reading them
        # builds (the automata's states for this text, the languages' tables, the
        # interpreter's specialised code) is then shared with the workers instead of built
        # again in each, where it costs every process its own pages (over a JSON Lines
        # archive, the tree's peak drops by about 7 MB). A run this short needs no workers.
        _warm_up(options)
        size = 0
        for batch in batches:
            yield from zip(batch, process_batch(batch, options), strict=True)
            size += sum(len(record.data) for record in batch)
            if size >= FIRST_BYTES:
                break
        else:
            return
    # This process is one of the ``jobs``: between reading records and writing results, it
    # reads a batch itself whenever the workers have as many as they can hold. A page that
    # every process writes (a reference count, a cache) is then copied once for the one
    # worker of ``--jobs 2``, where a parent that only fed two workers kept the original
    # beside two copies; and the machine runs ``jobs`` busy processes, not one more.
    pool = _Workers(jobs - 1, options, forking=forking)  # no process yet
    held = IN_FLIGHT * (jobs - 1)  # batches queued or running in the workers, at most
    ahead = held + IN_FLIGHT  # batches read and not yet written, at most
    pending: dict[int, list[Record]] = {}  # batches read and not yet written, by number
    done: dict[int, list[Result]] = {}  # ... of which these have their results
    written = 0
    try:
        pool.start()
        for number, batch in enumerate(batches):
            pending[number] = batch
            if len(pending) - len(done) <= held:
                pool.send(number, batch)
            else:
                done[number] = process_batch(batch, options)
            _collect(pool, pending, done, options, wait=False)
            written = yield from _in_order(pending, done, written)
            # Answers may come out of order (with several workers, one slow batch holds up
            # the writing while the others answer): wait until few enough are read ahead.
            while len(pending) >= ahead:
                _collect(pool, pending, done, options, wait=True)
                written = yield from _in_order(pending, done, written)
        while len(pending) > len(done):
            _collect(pool, pending, done, options, wait=True)
            written = yield from _in_order(pending, done, written)
    finally:
        # Only a run that wrote everything ends its workers gently; one cut short (even
        # while a dead worker's batches, already answered with errors, wait to be written)
        # terminates them.
        pool.close(finished=not pending)


def _collect(
    pool: _Workers, pending: dict[int, list[Record]], done: dict[int, list[Result]], options: BatchOptions,
    *, wait: bool,
) -> None:  # fmt: skip
    """Take the workers' results that have come (waiting for one if ``wait`` and they hold
    any)."""
    try:
        while (got := pool.receive(wait=wait and len(pending) > len(done))) is not None:
            done[got[0]] = got[1]
            wait = False
    except _WorkerDied:
        # A worker died (killed, out of memory): every batch the workers held is reported
        # as lost (the others are stopped too), and the run goes on with fresh workers.
        for number, batch in pending.items():
            if number not in done:
                done[number] = [
                    _failure(r, "a worker process died while reading this record", None, options)
                    for r in batch
                ]
        pool.restart()


def _in_order(
    pending: dict[int, list[Record]], done: dict[int, list[Result]], written: int
) -> Generator[tuple[Record, Result], None, int]:
    """Yield every batch that is next in input order and has its results."""
    while written in done:
        yield from zip(pending.pop(written), done.pop(written), strict=True)
        written += 1
    return written


class _WorkerDied(Exception):
    """A worker process has ended before it was told to."""


class _Workers:
    """Worker processes fed by one queue of numbered batches, answering on another.

    Built on ``multiprocessing`` queues rather than ``concurrent.futures``: when a run is
    cut short, its workers are terminated and its queues' feeder threads released, so the
    interpreter can exit (a process pool left with a full call queue waits forever)."""

    def __init__(self, count: int, options: BatchOptions, *, forking: bool) -> None:
        """``count`` workers, not yet started (see :meth:`start`)."""
        import multiprocessing

        # Forked workers start at once with everything the parent has loaded (results has
        # built the lexicon and compiled the automata here first); a spawned one spends a
        # third of a second importing and building it.
        self.context: ForkContext | SpawnContext = (
            multiprocessing.get_context("fork") if forking else multiprocessing.get_context("spawn")
        )
        self.count, self.options = count, options
        self.workers: list[BaseProcess] = []
        self._frozen = False  # the parent's objects held out of its collections (see start)
        self._open()

    def _open(self) -> None:
        self.tasks: Queue[tuple[int, list[Record]] | None] = self.context.Queue()
        self.answers: Queue[tuple[int, list[Result]]] = self.context.Queue()

    def start(self) -> None:
        """Start the workers. Called inside the run's ``try``: Ctrl-C held while they start
        arrives just after, and the run's ``finally`` stops those that did start."""
        self.workers = [
            self.context.Process(
                target=_work, args=(self.tasks, self.answers, self.options, os.getpid()), daemon=True
            )
            for _ in range(self.count)
        ]
        # Forked with Ctrl-C and SIGTERM held: a child receives them only once _work has put
        # its own handlers in place (one arriving earlier would run the parent's handler in
        # the child's start-up and print a traceback).
        # Forked, what the parent has built is left out of the workers' garbage collections:
        # a collection writes to every object it tracks, and each worker would get its own
        # copy of every page they share with the parent. The parent's own stay out of its
        # collections too until the workers end (see _thaw): its first full collection had
        # copied some 5 MB of pages the workers shared (a helper's trace). Only where nothing
        # else froze objects.
        import gc

        freezing = self.context.get_start_method() == "fork" and gc.get_freeze_count() == 0
        if freezing:
            gc.collect()
            gc.freeze()
            self._frozen = True
            trim()
        started = False
        try:
            with _signals_held():
                for worker in self.workers:
                    worker.start()
            started = True
        finally:
            if not started:
                self._thaw()

    def _thaw(self) -> None:
        """The parent's objects back in its collections, once no worker shares its pages."""
        if self._frozen:
            import gc

            gc.unfreeze()
            self._frozen = False

    def send(self, number: int, batch: list[Record]) -> None:
        with _signals_held():
            self.tasks.put((number, batch))

    def receive(self, *, wait: bool) -> tuple[int, list[Result]] | None:
        """The next answer; None when there is none yet and ``wait`` is false. Raises
        _WorkerDied when a worker has died."""
        import queue

        while True:
            if any(w.exitcode is not None for w in self.workers):
                raise _WorkerDied
            try:
                with _signals_held():
                    answer: tuple[int, list[Result]] = (
                        self.answers.get(timeout=0.5) if wait else self.answers.get_nowait()
                    )
            except queue.Empty:
                if wait:
                    continue
                return None
            return answer

    def restart(self) -> None:
        self.stop()
        self._open()
        self.start()

    def stop(self) -> None:
        started = [worker for worker in self.workers if worker.pid is not None]
        for worker in started:
            worker.terminate()
        for worker in started:
            worker.join(5)
        self._thaw()
        with _signals_held():
            for channel in (self.tasks, self.answers):
                channel.cancel_join_thread()  # what is still queued is not wanted
                channel.close()

    def close(self, *, finished: bool) -> None:
        """End the workers: told to stop once idle if ``finished``, else terminated."""
        if not finished or any(worker.pid is None for worker in self.workers):
            self.stop()
            return
        with _signals_held():
            for _ in self.workers:
                self.tasks.put(None)
        for worker in self.workers:
            worker.join()
        self._thaw()
        with _signals_held():
            for channel in (self.tasks, self.answers):
                channel.close()
                channel.join_thread()


def _forking() -> bool:
    """Whether workers are forked: where the system can, and while this process runs one
    thread (forking a process with others is unsafe); else they are spawned."""
    import multiprocessing
    import threading

    return "fork" in multiprocessing.get_all_start_methods() and threading.active_count() == 1


# A record long enough for the search made first of a long text, with a dateline that is
# checked and written.
_WARM_TEXT = "Seoul, 10 Rabiul Akhir 1437/20 January 2016 (MINA) – The news of the day. " * 60


def _warm_up(options: BatchOptions) -> None:
    """Build what workers use (tables, compiled automata) in the parent, before forking:
    what a record of the run's kind uses, and the automata that only some texts need (a
    long one dense with Hijri numbers, one without digits)."""
    from ._read.prefilter import gregorian_evidence_in, words_without_digits_in

    text = dumps({options.text_field: _WARM_TEXT}) if options.input == "jsonl" else _WARM_TEXT
    process(Record("", 1, text.encode("utf-8")), options)
    gregorian_evidence_in("")
    words_without_digits_in("")


@contextmanager
def _signals_held() -> Iterator[None]:
    """Ctrl-C and SIGTERM wait until the block is done (at most half a second): raised
    inside the queues' own code, their exception could leave a lock of the queue held, and
    the run, stopping, would wait on it for ever."""
    import signal
    import threading

    if threading.current_thread() is not threading.main_thread() or not hasattr(signal, "pthread_sigmask"):
        yield
        return
    previous = signal.pthread_sigmask(signal.SIG_BLOCK, {signal.SIGINT, signal.SIGTERM})
    try:
        yield
    finally:
        signal.pthread_sigmask(signal.SIG_SETMASK, previous)


def _work(
    tasks: Queue[tuple[int, list[Record]] | None],
    answers: Queue[tuple[int, list[Result]]],
    options: BatchOptions,
    parent: int,
) -> None:
    """A worker: numbered batches in, their results out, until told to stop. Ctrl-C and
    termination are left to the parent, which ends the workers itself; a worker whose
    parent is gone (killed outright, so it could not) exits."""
    import signal
    import threading

    signal.signal(signal.SIGINT, signal.SIG_IGN)
    signal.signal(signal.SIGTERM, signal.SIG_DFL)
    if hasattr(signal, "pthread_sigmask"):
        signal.pthread_sigmask(signal.SIG_UNBLOCK, {signal.SIGINT, signal.SIGTERM})  # held at the fork

    def watch() -> None:
        while os.getppid() == parent:
            time.sleep(0.5)
        os._exit(1)

    threading.Thread(target=watch, name="datelines-parent-watch", daemon=True).start()
    while (task := tasks.get()) is not None:
        number, batch = task
        answers.put((number, process_batch(batch, options)))


@dataclass(slots=True)
class Summary:
    """Counts of a run, for the last line and the exit status."""

    records: int = 0
    datelines: int = 0
    failing: int = 0
    errors: int = 0
    ignored: int = 0  # datelines set aside by a "datelines: ignore" marker on their line
    bytes: int = 0
    files: int = 0
    unreadable_files: int = 0  # files that could not be opened or read: no record of theirs is counted


def run_batch(
    paths: list[str],
    options: BatchOptions,
    out: Writer,
    *,
    jobs: int = 1,
    progress: TextIO | None = None,
    stdin: BinaryIO | None = None,
    summary: Summary | None = None,
) -> Summary:
    """Read ``paths``, write each result line to ``out`` in input order, and return the
    counts; ``progress`` (a terminal) gets a line of records, MB and rate.

    The counts are kept in ``summary`` (a new one if not given) as the run goes, so a
    caller whose output fails midway (a closed pipe) still knows what was found."""
    summary = Summary() if summary is None else summary
    # Every file given, read or not (one that cannot be is reported), empty or not, and a
    # file given twice twice: the records they gave are counted as they come.
    summary.files = len(paths)
    collected: list[object] = []  # the whole report, for --format json only
    started = last = time.monotonic()
    each = results(
        read_records(
            paths,
            options.max_line_bytes,
            stdin,
            whole=options.input in _WHOLE_FILES,
            lone_cr=options.input in ("text", "csv"),  # (CSV: old Macs' exports end rows so)
            encoding=options.encoding,
            csv=(options.text_field, options.id_field) if options.input in ("csv", "auto") else None,
            auto=options.input == "auto",
        ),
        options,
        jobs,
    )
    with _closing(each):
        for record, result in each:
            if record.line == 0 and record.error is not None:  # the file itself: no line of it was read
                summary.unreadable_files += 1
                for line in result.lines:
                    if options.output == "json":
                        collected.append(loads(line))
                    else:
                        out.write(line + "\n")
                continue
            summary.records += not result.blank
            summary.bytes += len(record.data)
            summary.datelines += result.datelines
            summary.failing += result.failing
            summary.ignored += result.ignored
            summary.errors += result.errors
            if options.output == "json":
                collected.extend(loads(line) for line in result.lines)
            else:
                for line in result.lines:
                    out.write(line + "\n")
            if progress is not None and (now := time.monotonic()) - last >= PROGRESS_EVERY:
                last = now
                megabytes = summary.bytes / 1e6
                progress.write(
                    f"\r{summary.records:,} records, {megabytes:,.1f} MB, {megabytes / max(now - started, 1e-9):,.1f} MB/s"
                )
                progress.flush()
    if progress is not None:
        progress.write("\r\x1b[K")
        progress.flush()
    if options.output == "json":
        report = {"results": collected, "summary": summary_record(summary)}
        out.write(dumps(report, ascii=options.ascii, indent=2) + "\n")
    return summary


@contextmanager
def _closing(generator: Generator[object, None, None]) -> Iterator[None]:
    """Close ``generator`` however the block ends: its ``finally`` ends the workers."""
    try:
        yield
    finally:
        generator.close()


def summary_record(summary: Summary) -> dict[str, int]:
    """The counts as a JSON-ready dict."""
    return {
        "files": summary.files,
        "records": summary.records,
        "datelines": summary.datelines,
        "failing": summary.failing,
        "ignored": summary.ignored,
        "errors": summary.errors,
        "unreadable_files": summary.unreadable_files,
    }


def summary_line(summary: Summary, input: Input = "jsonl", *, strict: bool = False) -> str:
    """The counts in words, in the copy editor's terms: lines of text files, records of
    archives: "4 datelines in 5 lines: 2 with errors, 0 lines unreadable" ("with errors or
    warnings", ``strict``)."""

    def count(number: int, word: str) -> str:
        return f"{number} {word}{'' if number == 1 else 's'}"

    unit = {"text": "line", "document": "file", "html": "file", "markdown": "file", "csv": "row"}.get(
        input, "record"
    )
    files = f" of {count(summary.files, 'file')}" if input == "text" and summary.files > 1 else ""
    # files that could not be opened or read at all, apart: none of their lines is counted
    lost = f", {count(summary.unreadable_files, 'file')} not read" if summary.unreadable_files else ""
    return (
        f"{count(summary.datelines, 'dateline')} in {count(summary.records, unit)}{files}: "
        f"{summary.failing} with errors{' or warnings' if strict else ''}, "
        f"{count(summary.errors, unit)} unreadable{lost}"
        + (f", {summary.ignored} ignored by a marker" if summary.ignored else "")
    )
