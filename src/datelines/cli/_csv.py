"""``datelines convert --csv FILE --column NAME``: a column of a spreadsheet's dates
converted, the file written back with the converted columns beside it, every row kept.

A data desk's dates live in spreadsheets: one output row for each input row (a blank cell
gives blank columns, an unreadable one an ``…_error`` column that says why), so that the
output can be pasted back or joined on, which the one-line-per-date text output cannot.
"""

from __future__ import annotations

import argparse
import codecs
import csv
import io
import sys
from collections.abc import Sequence
from typing import cast

from .._textfile import csv_delimiter
from ..calendars import Calendar
from ..errors import DatelineError
from ..records import ConversionTarget, convert_record, own_calendar
from ._console import Console
from ._options import PROG

__all__ = ["convert_csv"]

# The record's fields written as columns, in this order (those the target gives), each
# after the column's name: "published_hijri". The Hijri date is also split into its year,
# month and day, which a spreadsheet sorts and groups by.
_FIELDS: tuple[str, ...] = (
    "gregorian", "hijri", "hijri_year", "hijri_month", "hijri_day", "hijri_text", "weekday", "calendar",
    "month_source", "solar_hijri", "solar_hijri_text", "bangla", "bangla_text",
)  # fmt: skip


def convert_csv(args: argparse.Namespace, console: Console, cal: Calendar) -> int:
    """Convert the ``--column`` of the ``--csv`` file; the status is 1 where a cell could not
    be read (its row says why), 0 otherwise."""
    parser: argparse.ArgumentParser = args.parser
    if args.dates:
        parser.error("argument --csv: give the dates in the file, not as arguments")
    if args.column is None:
        parser.error("argument --csv: say which column holds the dates (--column NAME)")
    if args.output != "text":
        parser.error("argument --csv: the output is the CSV file with its new columns; leave out --format")
    found = _read(args.csv, parser, console)
    if found is None:
        console.status = 1
        return console.status
    text, marked = found
    # Only the delimiter is the file's own; quoting is the standard double quote, both ways (a
    # review: a sniffed dialect took an apostrophe for the quote character, and one that had
    # met no quoted cell could not write one)
    delimiter = _delimiter(text)
    rows = csv.reader(io.StringIO(text, newline=""), delimiter=delimiter)
    header = next(rows, None)
    if header is None:
        parser.error(f"argument --csv: {args.csv} is empty: no header row")
    index = _column(header, args.column, parser)
    name = header[index]
    fields = [f for f in _FIELDS if f in _probe(cal, args.target)]
    # a Rumi or Bengali cell is converted in its own lunar calendar, unless one is asked for
    chosen = args.calendar is not None or bool(args.offset) or args.table is not None
    out = _Output(console, marked)
    writer = csv.writer(out, delimiter=delimiter, lineterminator="\r\n")
    writer.writerow([*header, *(f"{name}_{f}" for f in fields), f"{name}_error"])
    read = blank = failed = long = periods = 0
    for row in rows:
        number = rows.line_num  # the file's line the row ends on (a quoted cell may hold line breaks)
        cell = row[index].strip() if index < len(row) else ""
        values: dict[str, object] = {}
        error = ""
        if not cell:
            blank += 1
        else:
            try:
                its_cal = (None if chosen else own_calendar(cell, args.source)) or cal
                values = _values(
                    convert_record(
                        cell, its_cal, args.source, args.order, args.target, lunar_fallback=not chosen
                    )
                )
                read += 1
                periods += "period" in values
            except DatelineError as err:
                failed += 1
                error = str(err)
                console.message(f"{PROG}: {args.csv}: line {number}: {cell!r}: {err}")
        # The new columns stand after the header's; a row's cells beyond the header's are kept
        # after them, and counted (a review: they had pushed the new columns to the right)
        own, extra = row[: len(header)], row[len(header) :]
        long += bool(extra)
        padded = own + [""] * (len(header) - len(own))
        writer.writerow(
            [*padded, *("" if values.get(f) is None else values[f] for f in fields), error, *extra]
        )
    console.message(
        f"{read + blank + failed} row{'' if read + blank + failed == 1 else 's'}: {read} converted"
        + (f" ({periods} a year or month alone: its first and last days)" if periods else "")
        + f", {blank} blank, {failed} not read"
        + (f" (their {name}_error column says why)" if failed else "")
        + (f"; {long} with more cells than the header, kept after {name}_error" if long else "")
    )
    if failed:
        console.status = 1
    return console.status


def _read(path: str, parser: argparse.ArgumentParser, console: Console) -> tuple[str, bool] | None:
    """The file's text: UTF-8, or UTF-16 after its byte-order mark (a spreadsheet's "Unicode
    text"), its mark dropped, and whether it had one; None, said on standard error, where it
    is neither (a spreadsheet saves "CSV UTF-8" when asked)."""
    try:
        if path == "-":
            if sys.stdin is None:
                parser.error("standard input is closed: give the CSV file's name")
            data = sys.stdin.buffer.read() if hasattr(sys.stdin, "buffer") else sys.stdin.read().encode()
        else:
            with open(path, "rb") as handle:
                data = handle.read()
    except OSError as err:
        parser.error(f"argument --csv: cannot read {path}: {err.strerror or err}")
    if data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        try:
            return data.decode("utf-16"), True
        except UnicodeDecodeError as err:
            console.message(f"{PROG}: {path}: not valid UTF-16 ({err.reason}); save the file as CSV UTF-8")
            return None
    try:
        return data.decode("utf-8-sig"), data.startswith(codecs.BOM_UTF8)
    except UnicodeDecodeError as err:
        line = data.count(b"\n", 0, err.start) + 1
        console.message(
            f"{PROG}: {path}: line {line}: not valid UTF-8 (byte 0x{data[err.start]:02x}); "
            "save the file as CSV UTF-8"
        )
        return None


def _delimiter(text: str) -> str:
    """The file's delimiter: its header row's (see :func:`~datelines._textfile.csv_delimiter`).

    >>> _delimiter('id;"datum, tag";titel\\n1;2016-01-20;x\\n'), _delimiter("a\\tb\\n"), _delimiter("date\\n")
    (';', '\\t', ',')
    """
    return csv_delimiter(text.split("\n", 1)[0])


def _column(header: Sequence[str], said: str, parser: argparse.ArgumentParser) -> int:
    """The index of the column named ``said``, by its header (case aside) or its number
    from 1."""
    names = [h.strip().casefold() for h in header]
    if said.strip().casefold() in names:
        return names.index(said.strip().casefold())
    if said.isdigit() and 1 <= int(said) <= len(header):
        return int(said) - 1
    parser.error(f"argument --column: no column {said!r}; the header has {', '.join(map(repr, header))}")
    return -1  # not reached: parser.error exits


def _probe(cal: Calendar, target: str) -> set[str]:
    """The fields a record of ``target`` has (a known day's, in any calendar's range)."""
    from datetime import date

    day = date.fromordinal(max(cal.first_gregorian.toordinal(), date(2016, 1, 20).toordinal()))
    found = _values(convert_record(day.isoformat(), cal, "gregorian", None, cast("ConversionTarget", target)))
    if target == "all":
        found.update(dict.fromkeys(("bangla", "bangla_text")))  # a day before 1987 has none
    return set(found)


def _values(record: dict[str, object]) -> dict[str, object]:
    """The record's fields, with the Hijri date's year, month and day apart: those it has,
    for a Hijri year or month alone ("1250", "1250-09"); none for the interval a Gregorian
    year or month spans ("1446-09-01/1446-10-01")."""
    found = dict(record)
    hijri = found.get("hijri")
    if isinstance(hijri, str) and "/" not in hijri:
        numbers = [int(number) for number in hijri.split("-")]
        found.update(zip(("hijri_year", "hijri_month", "hijri_day"), numbers, strict=False))
    return found


class _Output:
    """Where csv.writer writes: standard output's bytes in UTF-8, whatever its text encoding
    (a review: on a cp1252 console the file's own Arabic cells became "\\u0627…", and a
    Windows console's newline translation would double the carriage returns), with the
    byte-order mark the input had, which a spreadsheet needs to read UTF-8 as UTF-8."""

    def __init__(self, console: Console, marked: bool) -> None:
        self._console = console
        self._buffer = getattr(console.out, "buffer", None)
        if marked:
            self.write("\ufeff")

    def write(self, text: str) -> int:
        if self._buffer is None:  # a stream of text only (a test's): as it is
            self._console.write(text)
        else:
            self._console.out.flush()
            self._buffer.write(text.encode("utf-8"))
        return len(text)
