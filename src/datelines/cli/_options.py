"""What the subcommands share: option groups, the validators argparse runs on option
values (so a bad value is a usage error with the usual usage line and status 2), the
deprecated spellings of old options, reading inputs, and writing records in each format.

One output vocabulary for every subcommand that prints results: ``--format text`` (for
people; the default), ``json`` (one document) and ``jsonl`` (one record per line); ``check``
adds ``github``. Input formats are named as inputs: ``--input text|jsonl|document``.
"""

from __future__ import annotations

import argparse
import re
import sys
from collections.abc import Callable, Iterable, Iterator, Sequence
from typing import Final, Literal

from ..calendars import CALENDAR_NAMES, Calendar, get_calendar
from ..calendars.offset import MAX_OFFSET
from ..errors import DatelineError
from ..records import with_hijri_hint
from ._console import Console

TYPE_CHECKING = False
if TYPE_CHECKING:
    from ..calendars.sighting import SightingTable

__all__ = [
    "PROG", "Deprecated", "Output", "add_calendar", "add_format", "add_order", "add_tz", "calendar_of",
    "emit", "inputs", "report", "with_hijri_hint",
]  # fmt: skip

PROG = "datelines"
Output = Literal["text", "json", "jsonl", "github"]
# Deprecated spellings keep working until this release, with a warning on standard error.
REMOVED_IN = "0.3"


# --- validators (argparse's type=) ------------------------------------------------------------


def offset_days(text: str) -> int:
    try:
        value = int(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"not a whole number of days: {text!r}") from None
    if not -MAX_OFFSET <= value <= MAX_OFFSET:
        raise argparse.ArgumentTypeError(f"must be in -{MAX_OFFSET}..{MAX_OFFSET} days, got {value}")
    return value


def positive(text: str) -> int:
    try:
        value = int(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"not a whole number: {text!r}") from None
    if value < 1:
        raise argparse.ArgumentTypeError(f"must be at least 1, got {value}")
    return value


def encoding(text: str) -> str:
    """A codec that writes line breaks and ASCII as ASCII does (the files are cut into lines
    as bytes), or UTF-16 or UTF-32, which are read through a conversion to UTF-8; others
    (EBCDIC's) are refused with what to do."""
    import codecs

    from .._textfile import WIDE_ENCODINGS

    try:
        name = codecs.lookup(text).name
    except LookupError:
        raise argparse.ArgumentTypeError(f"unknown encoding {text!r}") from None
    try:
        ascii_compatible = '\n\r az09{}"'.encode(name) == b'\n\r az09{}"'
    except (UnicodeError, LookupError):
        ascii_compatible = False
    if not ascii_compatible and name not in WIDE_ENCODINGS:
        raise argparse.ArgumentTypeError(
            f"{text!r} does not write ASCII as ASCII: convert the files to UTF-8 first (iconv -f {text} -t UTF-8)"
        )
    return "utf-8" if name == "utf-8" else name


def calendar_name(text: str) -> str:
    from ..calendars.solar import SolarHijriCalendar

    try:
        found = get_calendar(text)
    except DatelineError as err:
        raise argparse.ArgumentTypeError(str(err)) from None
    if isinstance(found, SolarHijriCalendar):  # a Solar date compared with a lunar month's name: nonsense
        raise argparse.ArgumentTypeError(
            f"{text!r} is the Solar Hijri calendar, not a lunar one: convert with --to solar-hijri or "
            "--from solar-hijri (a dateline's Solar half is read and checked in it by itself)"
        )
    return text


def table_file(text: str) -> SightingTable:
    from ..calendars.sighting import SightingTable

    try:
        return SightingTable.from_file(text)
    except DatelineError as err:
        raise argparse.ArgumentTypeError(str(err)) from None


def zone(text: str) -> str:
    from .._convert import local_today

    try:
        local_today(text)
    except DatelineError as err:
        raise argparse.ArgumentTypeError(str(err)) from None
    return text


# --- option groups -----------------------------------------------------------------------------


class Once(argparse.Action):
    """An option that may be given once: a second one is a usage error, not a silent
    override (``check --authority SA --authority ID``)."""

    def __call__(
        self,
        parser: argparse.ArgumentParser,
        namespace: argparse.Namespace,
        values: object,
        option: str | None = None,
    ) -> None:
        if getattr(namespace, self.dest, None) is not None:
            parser.error(f"argument {option}: given more than once{self.help_once}")
        setattr(namespace, self.dest, values)

    help_once = ""


class OneAuthority(Once):
    help_once = " (a dateline follows one authority; leave --authority out to accept any)"


class Deprecated(argparse.Action):
    """An old spelling of an option: sets what the new one would, and says so on standard
    error ("--json is deprecated; use --format jsonl")."""

    def __init__(
        self, option_strings: Sequence[str], dest: str, *, value: str, instead: str, **kwargs: object
    ):
        super().__init__(option_strings, dest, nargs=0, help=argparse.SUPPRESS)
        self.value, self.instead = value, instead

    def __call__(
        self,
        parser: argparse.ArgumentParser,
        namespace: argparse.Namespace,
        values: object,
        option: str | None = None,
    ) -> None:
        setattr(namespace, self.dest, self.value)
        if sys.stderr is not None:
            print(
                f"{PROG}: warning: {option} is deprecated and goes in {REMOVED_IN}; use {self.instead}",
                file=sys.stderr,
            )


def add_calendar(parser: argparse.ArgumentParser, default: str = "umalqura") -> None:
    """--calendar, --offset, --table. Each is None when not given, so that a style file's
    own calendar can stand where the command line says nothing. ``default``: what the help
    says stands without them."""
    group = parser.add_argument_group("calendar")
    group.add_argument(
        "--calendar", type=calendar_name, metavar="NAME",
        help=f"{', '.join(CALENDAR_NAMES)}; a crescent criterion (mabims, odeh, …; name@place for another "
        "place); an authority's calendar (SA, ID, MY, TR, …); or a BCP 47 name such as islamic-civil: every "
        f"lunar one is in 'datelines calendars'; convert and today take Bangladesh's Bengali calendar "
        f"(bangla) too (default: {default})",
    )  # fmt: skip
    group.add_argument(
        "--offset", type=offset_days, metavar="DAYS", help="days the Hijri date runs ahead (-1: one behind)"
    )
    group.add_argument(
        "--table", type=table_file, metavar="FILE", help="announced month starts (.csv, .json or .toml)"
    )


def calendar_of(args: argparse.Namespace) -> Calendar:
    """The calendar the options name (a usage error if they cannot go together)."""
    try:
        return get_calendar(args.calendar or "umalqura", offset=args.offset or 0, table=args.table)
    except DatelineError as err:
        parser: argparse.ArgumentParser = args.parser
        parser.error(f"argument --calendar/--offset/--table: {err}")


def add_format(
    parser: argparse.ArgumentParser,
    choices: Sequence[Output] = ("text", "json", "jsonl"),
    default: Output = "text",
    *,
    old: Iterable[tuple[str, Output]] = (),
) -> None:
    """--format, and the old flags that meant one of its values."""
    meaning = {"text": "for people", "json": "one JSON document", "jsonl": "one JSON record per line",
               "github": "GitHub workflow annotations"}  # fmt: skip
    parser.add_argument(
        "--format", dest="output", choices=choices, default=default,
        help=", ".join(f"{c} ({meaning[c]})" for c in choices) + f" (default: {default})",
    )  # fmt: skip
    for flag, value in old:
        parser.add_argument(flag, dest="output", action=Deprecated, value=value, instead=f"--format {value}")


def add_order(parser: argparse.ArgumentParser) -> None:
    order = parser.add_mutually_exclusive_group()
    order.add_argument(
        "--dayfirst",
        dest="order",
        action="store_const",
        const="dayfirst",
        help="read 01/02/2016 as 1 February",
    )
    order.add_argument(
        "--monthfirst",
        dest="order",
        action="store_const",
        const="monthfirst",
        help="read 01/02/2016 as January 2",
    )


def add_tz(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "--tz", type=zone, metavar="ZONE",
        help="IANA time zone for today, e.g. Asia/Jakarta (default: this machine's)",
    )  # fmt: skip


# --- inputs and outputs ------------------------------------------------------------------------


def inputs(texts: list[str], args: argparse.Namespace) -> Iterator[tuple[str, str | None]]:
    """(where, text) for each input: 'argument N' or 'line N' of standard input, with None
    for a line that is not UTF-8; blank lines are skipped, a byte-order mark dropped."""
    if texts:
        for number, text in enumerate(texts, start=1):
            yield f"argument {number}", text.lstrip("\ufeff")
        return
    if sys.stdin is None:
        parser: argparse.ArgumentParser = args.parser
        parser.error("standard input is closed: give the input as arguments")
    buffer = getattr(sys.stdin, "buffer", None)
    lines: Iterable[bytes | str] = _lone_cr_lines(buffer) if buffer is not None else sys.stdin
    for number, raw in enumerate(lines, start=1):
        if isinstance(raw, bytes):
            try:
                text = raw.decode("utf-8")
            except UnicodeDecodeError:
                yield f"line {number}", None
                continue
        else:
            text = raw
        text = (text.lstrip("\ufeff") if number == 1 else text).strip()
        if text:
            yield f"line {number}", text


def _lone_cr_lines(stream: Iterable[bytes]) -> Iterator[bytes]:
    """The lines of a byte stream, a lone carriage return ending one too (old Mac and
    spreadsheet exports), as Python's universal newlines have it for text."""
    for line in stream:
        if b"\r" not in line:
            yield line
            continue
        pieces = _LONE_CR.split(line)
        if not pieces[-1]:  # the line ended with one
            pieces.pop()
        yield from pieces


_LONE_CR: Final = re.compile(rb"\r(?!\n)")


def report(console: Console, where: str, text: str | None, err: DatelineError) -> dict[str, object]:
    """Say on standard error what was wrong with an input; its error record, for the
    JSON formats (so that every input is accounted for in the output too)."""
    from .._read.typed import excerpt

    console.status = 1
    shown = "" if text is None else f" {excerpt(text)}"
    console.message(f"{PROG}: {where}{shown}: {err}")
    return {
        "input": text,
        "where": where,
        "error": str(err),
        "error_type": type(err).__name__,
        "position": err.position,
        "expected": getattr(err, "expected", None),
    }


def emit(
    console: Console,
    output: Output,
    records: Iterable[dict[str, object]],
    text: Callable[[dict[str, object]], str],
) -> None:
    """Write records in the chosen format: ``text`` a line each (records that are errors
    were said on standard error already), ``jsonl`` one JSON line each, ``json`` one array."""
    if output == "json":
        console.json(list(records), indent=2)
        return
    for record in records:
        if output == "jsonl":
            console.json(record)
        elif "error" not in record:
            console.line(text(record))
