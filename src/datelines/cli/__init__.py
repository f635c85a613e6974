"""The ``datelines`` command line.

Exit status: 0 when every input was converted, 1 when any input was bad data (each one is
reported, and the rest still converted), 2 on a usage error (unknown option or calendar,
an unreadable sighting table, an unknown time zone) or when the output cannot be written,
130 after Ctrl-C and 143 after SIGTERM. A closed pipe (``datelines … | head``) ends the
run quietly, with the status of what was found until then.
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Iterable, Iterator, Sequence
from contextlib import contextmanager
from datetime import date

from .. import __version__
from .._convert import local_today
from .._read.typed import excerpt, read_date, read_gregorian
from ..calendars import CALENDAR_NAMES, Calendar, get_calendar
from ..calendars.offset import MAX_OFFSET
from ..errors import DatelineError, SightingTableError, StyleError
from ..hijri import HijriDate
from ..names.english import GREGORIAN_MONTHS, HIJRI_ERA, HIJRI_MONTHS, WEEKDAYS
from ._console import Console, OutputError, Terminated

PROG = "datelines"


class UsageError(Exception):
    """A problem with how the command was called: exit status 2."""


def main(argv: Sequence[str] | None = None) -> int:
    """Run the command line with ``argv`` (``sys.argv[1:]`` by default); return the exit status."""
    if sys.stdout is None:  # started with standard output closed (>&-): nowhere to answer
        if sys.stderr is not None:
            print(f"{PROG}: error: standard output is closed; nothing can be written", file=sys.stderr)
        return 2
    parser = _parser()
    args = parser.parse_args(argv)
    console = Console(sys.stdout, sys.stderr)
    try:
        with _sigterm_raises():
            status: int = args.run(args, console)
            console.flush()
    except UsageError as err:
        console.message(f"{PROG}: error: {err}")
        return 2
    except BrokenPipeError:
        # `datelines … | head` closes our output early: not an error of ours. What was
        # found until then still sets the status (`check … | head -1` with errors is 1).
        console.abandon_output()
        return console.status
    except OutputError as err:
        console.abandon_output()
        console.message(f"{PROG}: error: cannot write the output: {err}")
        return 2
    except KeyboardInterrupt:
        console.abandon_output()
        console.message(f"{PROG}: interrupted")
        return 130
    except Terminated:
        console.abandon_output()
        console.message(f"{PROG}: terminated")
        return 143
    return max(status, console.status)


@contextmanager
def _sigterm_raises() -> Iterator[None]:
    """SIGTERM raises :class:`Terminated` where the program is, so that cleanup (worker
    processes above all) runs as it does for Ctrl-C."""
    import signal
    import threading

    if threading.current_thread() is not threading.main_thread():
        yield
        return

    def stop(signum: int, frame: object) -> None:
        raise Terminated

    previous = signal.signal(signal.SIGTERM, stop)
    try:
        yield
    finally:
        signal.signal(signal.SIGTERM, previous)


def _offset(text: str) -> int:
    try:
        value = int(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"not a whole number of days: {text!r}") from None
    if not -MAX_OFFSET <= value <= MAX_OFFSET:
        raise argparse.ArgumentTypeError(f"must be in -{MAX_OFFSET}..{MAX_OFFSET} days, got {value}")
    return value


def _positive(text: str) -> int:
    try:
        value = int(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"not a whole number: {text!r}") from None
    if value < 1:
        raise argparse.ArgumentTypeError(f"must be at least 1, got {value}")
    return value


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog=PROG, description="Convert, read and check dual-calendar (Hijri and Gregorian) datelines."
    )
    parser.add_argument("--version", action="version", version=f"%(prog)s {__version__}")
    commands = parser.add_subparsers(title="commands", required=True, metavar="COMMAND")

    calendar_only = argparse.ArgumentParser(add_help=False)
    group = calendar_only.add_argument_group("calendar")
    group.add_argument(
        "--calendar",
        default="umalqura",
        metavar="NAME",
        help=f"{', '.join(CALENDAR_NAMES)}, or a BCP 47 name such as islamic-civil (default: umalqura)",
    )
    group.add_argument(
        "--offset",
        type=_offset,
        default=0,
        metavar="DAYS",
        help="days the Hijri date runs ahead (-1: one behind)",
    )
    group.add_argument("--table", metavar="FILE", help="announced month starts (.csv, .json or .toml)")
    calendar_options = argparse.ArgumentParser(add_help=False, parents=[calendar_only])
    calendar_options.add_argument("--json", action="store_true", help="one JSON object per line")
    order_options = argparse.ArgumentParser(add_help=False)
    order = order_options.add_mutually_exclusive_group()
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
    tz_option = argparse.ArgumentParser(add_help=False)
    tz_option.add_argument(
        "--tz", metavar="ZONE", help="IANA time zone for today, e.g. Asia/Jakarta (default: this machine's)"
    )

    convert = commands.add_parser(
        "convert",
        parents=[calendar_options, order_options],
        help="convert dates between the Gregorian and Hijri calendars",
        description="Convert each DATE (or each line of standard input) to the other calendar.",
        epilog=(
            "Dates may be ISO (2016-01-20), numeric with a four-digit year (20/01/2016, 20 01 2016), "
            'or written out in any language datelines reads ("20 Jan 2016", "20 Januari 2016", '
            '"10 Rabiul Akhir 1437"). A written Hijri month means a Hijri date; numeric Hijri dates '
            "need --from hijri. One date per argument or line: anything left over is an error."
        ),
    )
    convert.add_argument(
        "dates", nargs="*", metavar="DATE", help="dates to convert; none: read standard input"
    )
    convert.add_argument(
        "--from",
        dest="source",
        choices=("auto", "gregorian", "hijri"),
        default="auto",
        help="the calendar the input is in (default: auto: a Hijri month name means Hijri, else Gregorian)",
    )
    convert.set_defaults(run=_convert)

    today = commands.add_parser(
        "today",
        parents=[calendar_options, tz_option],
        help="today's date in both calendars",
        description="Today's date.",
    )
    today.set_defaults(run=_today)

    parse = commands.add_parser(
        "parse",
        help="read datelines into their Hijri and Gregorian halves",
        description="Read each TEXT (or each line of standard input) as one dateline.",
    )
    parse.add_argument("texts", nargs="*", metavar="TEXT", help="datelines; none: read standard input")
    output = parse.add_mutually_exclusive_group()
    output.add_argument("--json", action="store_true", help="a JSON array of records")
    output.add_argument("--jsonl", action="store_true", help="one JSON record per line")
    parse.set_defaults(run=_parse)

    fmt = commands.add_parser(
        "format",
        parents=[calendar_options, tz_option, order_options],
        help="write dates as datelines in a house style",
        description="Write each DATE (or today, in --tz) as a dual dateline in a house style.",
    )
    fmt.add_argument(
        "dates",
        nargs="*",
        metavar="DATE",
        help="Gregorian dates (ISO or written out); none: standard input's lines, or today on a terminal",
    )
    chosen = fmt.add_mutually_exclusive_group()
    chosen.add_argument("--style", help="a style from 'datelines styles' (default: mina)")
    chosen.add_argument(
        "--style-file", metavar="FILE", help="a newsroom's house style (TOML; see docs/styles.md)"
    )
    fmt.add_argument("--language", help="write the names in this language (en, id, ms, ar, tr, ur, fa, fr)")
    fmt.add_argument("--place", help="the place before the dateline (Seoul)")
    fmt.add_argument("--agency", help="the agency after it (MINA)")
    fmt.add_argument("--digits", choices=("latn", "arab", "arabext"), help="the digits to write in")
    fmt.add_argument("--no-era", dest="era", action="store_false", help="leave era marks out")
    days = fmt.add_mutually_exclusive_group()
    days.add_argument(
        "--weekday", dest="weekday", action="store_const", const=True, help="put the weekday first"
    )
    days.add_argument("--no-weekday", dest="weekday", action="store_const", const=False, help="leave it out")
    fmt.set_defaults(run=_format)

    styles = commands.add_parser(
        "styles", parents=[tz_option], help="list the house styles, each with today's date in it"
    )
    styles.set_defaults(run=_styles)

    batch_options = argparse.ArgumentParser(add_help=False, parents=[calendar_only])
    batch_options.add_argument("files", nargs="+", metavar="FILE", help="text files, or - for standard input")
    batch_options.add_argument(
        "--julian", action="store_true", help="read western dates as Julian (sources before 1582)"
    )
    archive = batch_options.add_argument_group("archives")
    archive.add_argument(
        "--jsonl", action="store_true", help="read each line as a JSON object (an archive in JSON Lines)"
    )
    archive.add_argument("--text-field", metavar="NAME", help="the field holding the text (default: text)")
    archive.add_argument("--id-field", metavar="NAME", help="a field to carry through as each record's id")
    run = batch_options.add_argument_group("running")
    run.add_argument("--jobs", type=_positive, default=1, metavar="N", help="worker processes (default: 1)")
    run.add_argument(
        "--max-line-bytes", type=_positive, metavar="N",
        help="longer lines are reported and skipped (default: 8 MiB, datelines.batch.MAX_LINE_BYTES)",
    )  # fmt: skip
    bar = run.add_mutually_exclusive_group()
    bar.add_argument(
        "--progress", dest="progress", action="store_const", const=True, help="always show progress"
    )
    bar.add_argument(
        "--no-progress", dest="progress", action="store_const", const=False, help="never show it"
    )

    check = commands.add_parser(
        "check",
        parents=[batch_options],
        help="lint the datelines in text files: do their halves agree?",
        description="Find every dateline in each FILE and report, like a compiler, each one whose halves "
        "disagree, whose weekday does not fit, or whose date does not exist. Exit status 0 when every "
        "dateline is consistent, 1 when any is not or an input cannot be read, 2 on a usage error.",
    )
    check.add_argument(
        "--format", dest="output", choices=("text", "json", "jsonl", "github"), default="text",
        help="text (file:line:col: error: ...), json, jsonl, or github (workflow annotations)",
    )  # fmt: skip
    check.add_argument("--notes", action="store_true", help="also report notes (inferred years, evenings)")
    check.set_defaults(run=_batch, mode="check", all=False)

    extract = commands.add_parser(
        "extract",
        parents=[batch_options],
        help="write every dateline in text files or archives as a JSON record",
        description="Find every dateline in each FILE and write one JSON record per dateline: file, line, "
        "column, offsets, text, both halves in ISO form and the verdict of 'datelines check'. A record "
        "that cannot be read gives an error record; the exit status is then 1.",
    )
    extract.add_argument("--all", action="store_true", help="also write records that contain no dateline")
    extract.set_defaults(run=_batch, mode="extract", output="jsonl", notes=False)

    calendars = commands.add_parser("calendars", help="list the calendars and their ranges")
    calendars.add_argument("--json", action="store_true", help="one JSON object per line")
    calendars.set_defaults(run=_calendars)
    return parser


def _batch(args: argparse.Namespace, console: Console) -> int:
    from ..batch import MAX_LINE_BYTES, BatchOptions, Summary, run_batch, summary_line, summary_record

    if args.files.count("-") > 1:
        raise UsageError("standard input (-) can be read only once")
    if not args.jsonl and (args.text_field is not None or args.id_field is not None):
        raise UsageError("--text-field and --id-field name fields of JSON records: add --jsonl")
    options = BatchOptions(
        mode=args.mode,
        output=args.output,
        calendar=_calendar(args),
        jsonl=args.jsonl,
        text_field="text" if args.text_field is None else args.text_field,
        id_field=args.id_field,
        all=args.all,
        notes=args.notes,
        max_line_bytes=MAX_LINE_BYTES if args.max_line_bytes is None else args.max_line_bytes,
        ascii=console.ascii,
        julian=args.julian,
    )
    stdin = sys.stdin.buffer if "-" in args.files and sys.stdin is not None else None
    if "-" in args.files and stdin is None:
        raise UsageError("standard input (-) is closed")
    show = (sys.stderr is not None and sys.stderr.isatty()) if args.progress is None else args.progress
    summary = Summary()
    try:
        run_batch(
            args.files, options, console, jobs=args.jobs, progress=sys.stderr if show else None,
            stdin=stdin, summary=summary,
        )  # fmt: skip
    finally:
        console.status = 1 if summary.errors or (args.mode == "check" and summary.failing) else 0
    console.flush()
    if args.mode == "check" and args.output in ("text", "github"):
        console.line(summary_line(summary))
    elif args.mode == "check" and args.output == "jsonl":
        console.json({"summary": summary_record(summary)})
    else:
        console.message(f"{PROG}: {summary_line(summary)}")
    return console.status


def _calendar(args: argparse.Namespace) -> Calendar:
    try:
        return get_calendar(args.calendar, offset=args.offset, table=args.table)
    except DatelineError as err:
        option = "--table" if isinstance(err, SightingTableError) else "--calendar"
        raise UsageError(f"{option}: {err}") from None


def _inputs(texts: list[str]) -> Iterator[tuple[str, str | None]]:
    """(where, text) for each input: 'argument N' or 'line N' of standard input, with None
    for a line that is not UTF-8; blank lines are skipped, a byte-order mark dropped."""
    if texts:
        for number, text in enumerate(texts, start=1):
            yield f"argument {number}", text.lstrip("\ufeff")
        return
    if sys.stdin is None:
        raise UsageError("standard input is closed: give the input as arguments")
    buffer = getattr(sys.stdin, "buffer", None)
    lines: Iterable[bytes | str] = buffer if buffer is not None else sys.stdin
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


def _record(cal: Calendar, day: date, hijri: HijriDate) -> dict[str, object]:
    return {
        "calendar": cal.name,
        "gregorian": day.isoformat(),
        "hijri": hijri.isoformat(),
        "weekday": WEEKDAYS[day.weekday()],
        "gregorian_text": f"{day.day} {GREGORIAN_MONTHS[day.month - 1]} {day.year}",
        "hijri_text": f"{hijri.day} {HIJRI_MONTHS[hijri.month - 1]} {hijri.year} {HIJRI_ERA}",
        "hijri_month_length": cal.month_length(hijri.year, hijri.month),
    }


def _line(record: dict[str, object], source: str, arrow: str) -> str:
    if source == "hijri":
        return f"{record['hijri']} {HIJRI_ERA} {arrow} {record['gregorian']} ({record['weekday']}, {record['gregorian_text']}; {record['calendar']})"
    return f"{record['gregorian']} {arrow} {record['hijri']} ({record['weekday']}, {record['hijri_text']}; {record['calendar']})"


def _convert(args: argparse.Namespace, console: Console) -> int:
    cal = _calendar(args)
    for where, text in _inputs(args.dates):
        try:
            if text is None:
                raise DatelineError("not valid UTF-8 text")
            value = read_date(text, args.source, args.order)
            if isinstance(value, HijriDate):
                source, hijri, day = "hijri", value, cal.to_gregorian(value)
            else:
                source, hijri, day = "gregorian", cal.to_hijri(value), value
        except DatelineError as err:
            _error(args, console, where, text, err)
            continue
        record = {"input": text, "from": source, **_record(cal, day, hijri)}
        if args.json:
            console.json(record)
        else:
            console.line(_line(record, source, console.arrow))
    return console.status


def _parse(args: argparse.Namespace, console: Console) -> int:
    from .._read.parse import parse
    from ..records import dateline_record

    records: list[dict[str, object]] = []
    for where, text in _inputs(args.texts):
        try:
            if text is None:
                raise DatelineError("not valid UTF-8 text")
            record: dict[str, object] = {"input": text, "where": where, **dateline_record(parse(text))}
        except DatelineError as err:
            console.status = 1
            console.message(f"{PROG}: {where}{_shown(text)}: {err}")
            record = {
                "input": text,
                "where": where,
                "error": str(err),
                "error_type": type(err).__name__,
                "position": err.position,
                "expected": getattr(err, "expected", None),
            }
            if not (args.json or args.jsonl):
                continue
        if args.json:
            records.append(record)
        elif args.jsonl:
            console.json(record)
        else:
            console.line(_parse_line(record))
    if args.json:
        console.json(records, indent=2)
    return console.status


def _parse_line(record: dict[str, object]) -> str:
    def half(name: str) -> str:
        part = record[name]
        if not isinstance(part, dict):
            return "-"
        era = " AH" if name == "hijri" else ""
        return f"{part['iso']}{era} ({part['text']})"

    extras = [f"{key}: {record[key]}" for key in ("weekday", "place", "agency") if record.get(key)]
    tail = f"  [{'; '.join(extras)}]" if extras else ""
    return f"{half('hijri')} | {half('gregorian')}{tail}"


def _shown(text: str | None) -> str:
    return "" if text is None else f" {excerpt(text)}"


def _error(
    args: argparse.Namespace, console: Console, where: str, text: str | None, err: DatelineError
) -> None:
    console.status = 1
    if args.json:
        console.json({"input": text, "where": where, "error": str(err), "error_type": type(err).__name__})
    console.message(f"{PROG}: {where}{_shown(text)}: {err}")


def _today(args: argparse.Namespace, console: Console) -> int:
    cal = _calendar(args)
    try:
        day = local_today(args.tz)
    except DatelineError as err:
        raise UsageError(f"--tz: {err}") from None
    try:
        hijri = cal.to_hijri(day)
    except DatelineError as err:
        _error(args, console, "today", day.isoformat(), err)
        return 1
    record = _record(cal, day, hijri)
    if args.json:
        console.json(record)
    else:
        console.line(_line(record, "gregorian", console.arrow))
    return 0


def _format(args: argparse.Namespace, console: Console) -> int:
    from .._write.format import format_dateline
    from .._write.styles import get_style, load_style

    try:
        style = load_style(args.style_file) if args.style_file else get_style(args.style or "mina")
    except DatelineError as err:
        raise UsageError(f"{'--style-file' if args.style_file else '--style'}: {err}") from None
    explicit = args.calendar != "umalqura" or args.offset or args.table
    cal = _calendar(args) if explicit else None
    # Dates as arguments, else standard input's lines (when it is not a terminal), else today.
    inputs: Iterable[tuple[str, str | None]] = _inputs(args.dates) if args.dates else ()
    if not args.dates and sys.stdin is not None and not sys.stdin.isatty():
        inputs = list(_inputs([]))
    if not args.dates and not inputs:
        inputs = [("today", None)]
    for where, text in inputs:
        try:
            if where == "today":
                try:
                    day = local_today(args.tz)
                except DatelineError as err:
                    raise UsageError(f"--tz: {err}") from None
            elif text is None:
                raise DatelineError("not valid UTF-8 text")
            else:
                day = read_gregorian(text, args.order)
            line = format_dateline(
                day, style, language=args.language, calendar=cal, place=args.place, agency=args.agency,
                digits=args.digits, era=args.era, weekday=args.weekday,
            )  # fmt: skip
        except DatelineError as err:
            if isinstance(err, StyleError) and err.field == "language":
                raise UsageError(f"--language: {err}") from None
            _error(args, console, where, text, err)
            continue
        if args.json:
            console.json({"input": text, "dateline": line})
        else:
            console.line(line)
    return console.status


def _styles(args: argparse.Namespace, console: Console) -> int:
    from .._write.format import format_dateline
    from .._write.styles import STYLES

    try:
        day = local_today(args.tz)
    except DatelineError as err:
        raise UsageError(f"--tz: {err}") from None
    width = max(map(len, STYLES))
    for name, style in STYLES.items():
        try:
            example = format_dateline(day, style)
        except DatelineError as err:
            example = f"({err})"
        console.line(f"{name:<{width}}  {example}    [{style.description}]")
    return 0


def _calendars(args: argparse.Namespace, console: Console) -> int:
    for name in CALENDAR_NAMES:
        cal = get_calendar(name)
        record = {
            "name": name,
            "first_hijri": cal.first.isoformat(),
            "last_hijri": cal.last.isoformat(),
            "first_gregorian": cal.first_gregorian.isoformat(),
            "last_gregorian": cal.last_gregorian.isoformat(),
        }
        if args.json:
            console.json(record)
        else:
            console.line(
                f"{name:<13} {record['first_hijri']} to {record['last_hijri']} AH  "
                f"{record['first_gregorian']} to {record['last_gregorian']}"
            )
    return 0
