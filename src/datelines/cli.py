"""The ``datelines`` command line.

Exit status: 0 when every input was converted, 1 when any input was bad data (each one is
reported, and the rest still converted), 2 on a usage error (unknown option or calendar,
an unreadable sighting table, an unknown time zone).
"""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Iterable, Iterator, Sequence
from datetime import date
from typing import TextIO

from . import __version__
from .calendars import CALENDAR_NAMES, Calendar, get_calendar
from .convert import local_today
from .errors import DatelineError, SightingTableError, StyleError
from .freeform import DateOrder, read_gregorian, read_hijri
from .hijri import HijriDate
from .names.english import GREGORIAN_MONTHS, HIJRI_ERA, HIJRI_MONTHS, WEEKDAYS

PROG = "datelines"


class UsageError(Exception):
    """A problem with how the command was called: exit status 2."""


def main(argv: Sequence[str] | None = None) -> int:
    """Run the command line with ``argv`` (``sys.argv[1:]`` by default); return the exit status."""
    parser = _parser()
    args = parser.parse_args(argv)
    try:
        status: int = args.run(args)
    except UsageError as err:
        print(f"{PROG}: error: {err}", file=sys.stderr)
        return 2
    except BrokenPipeError:
        # `datelines convert … | head` closes our stdout early; that is not an error.
        sys.stderr.close()
        return 0
    return status


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
        type=int,
        default=0,
        metavar="DAYS",
        help="days the Hijri date runs ahead (-1: one behind)",
    )
    group.add_argument("--table", metavar="FILE", help="announced month starts (.csv, .json or .toml)")
    calendar_options = argparse.ArgumentParser(add_help=False, parents=[calendar_only])
    calendar_options.add_argument("--json", action="store_true", help="one JSON object per line")
    tz_option = argparse.ArgumentParser(add_help=False)
    tz_option.add_argument(
        "--tz", metavar="ZONE", help="IANA time zone for today, e.g. Asia/Jakarta (default: this machine's)"
    )

    convert = commands.add_parser(
        "convert",
        parents=[calendar_options],
        help="convert dates between the Gregorian and Hijri calendars",
        description="Convert each DATE (or each line of standard input) to the other calendar.",
        epilog=(
            "Gregorian dates may be ISO (2016-01-20), numeric with a four-digit year (20/01/2016) "
            'or written out ("20 Jan 2016", "January 20, 2016"). Hijri dates (--from hijri) are '
            "numeric: 1437-04-10 or 10/04/1437."
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
    order = convert.add_mutually_exclusive_group()
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
    convert.set_defaults(run=_convert, order=None)

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
        parents=[calendar_options, tz_option],
        help="write dates as datelines in a house style",
        description="Write each DATE (or today, in --tz) as a dual dateline in a house style.",
    )
    fmt.add_argument(
        "dates", nargs="*", metavar="DATE", help="Gregorian dates (ISO or written out); none: today"
    )
    fmt.add_argument("--style", default="mina", help="a style from 'datelines styles' (default: mina)")
    fmt.add_argument(
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
    fmt.set_defaults(run=_format, order=None)

    styles = commands.add_parser(
        "styles", parents=[tz_option], help="list the house styles, each with today's date in it"
    )
    styles.set_defaults(run=_styles)

    batch_options = argparse.ArgumentParser(add_help=False, parents=[calendar_only])
    batch_options.add_argument("files", nargs="+", metavar="FILE", help="text files, or - for standard input")
    archive = batch_options.add_argument_group("archives")
    archive.add_argument(
        "--jsonl", action="store_true", help="read each line as a JSON object (an archive in JSON Lines)"
    )
    archive.add_argument(
        "--text-field", default="text", metavar="NAME", help="the field holding the text (default: text)"
    )
    archive.add_argument("--id-field", metavar="NAME", help="a field to carry through as each record's id")
    run = batch_options.add_argument_group("running")
    run.add_argument("--jobs", type=int, default=1, metavar="N", help="worker processes (default: 1)")
    run.add_argument(
        "--max-line-bytes", type=int, metavar="N",
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


def _batch(args: argparse.Namespace) -> int:
    from .batch import MAX_LINE_BYTES, BatchOptions, run_batch, summary_line, summary_record

    if args.jobs < 1:
        raise UsageError(f"--jobs must be at least 1, got {args.jobs}")
    if args.max_line_bytes is not None and args.max_line_bytes < 1:
        raise UsageError(f"--max-line-bytes must be at least 1, got {args.max_line_bytes}")
    if args.files.count("-") > 1:
        raise UsageError("standard input (-) can be read only once")
    options = BatchOptions(
        mode=args.mode,
        output=args.output,
        calendar=_calendar(args),
        jsonl=args.jsonl,
        text_field=args.text_field,
        id_field=args.id_field,
        all=args.all,
        notes=args.notes,
        max_line_bytes=MAX_LINE_BYTES if args.max_line_bytes is None else args.max_line_bytes,
    )
    show = sys.stderr.isatty() if args.progress is None else args.progress
    summary = run_batch(
        args.files, options, sys.stdout, jobs=args.jobs, progress=sys.stderr if show else None
    )
    sys.stdout.flush()
    if args.mode == "check" and args.output in ("text", "github"):
        print(summary_line(summary))
    elif args.mode == "check" and args.output == "jsonl":
        print(json.dumps({"summary": summary_record(summary)}))
    else:
        print(f"{PROG}: {summary_line(summary)}", file=sys.stderr)
    return 1 if summary.errors or (args.mode == "check" and summary.failing) else 0


def _calendar(args: argparse.Namespace) -> Calendar:
    try:
        return get_calendar(args.calendar, offset=args.offset, table=args.table)
    except DatelineError as err:
        option = "--table" if isinstance(err, SightingTableError) else "--calendar"
        raise UsageError(f"{option}: {err}") from None


def _inputs(dates: list[str], stdin: TextIO) -> Iterator[tuple[str, str | None]]:
    """(where, text) for each input: 'argument N' or 'line N', and None text for bad bytes."""
    if dates:
        for number, text in enumerate(dates, start=1):
            yield f"argument {number}", text
        return
    buffer = getattr(stdin, "buffer", None)
    lines: Iterable[bytes | str] = buffer if buffer is not None else stdin
    for number, raw in enumerate(lines, start=1):
        if isinstance(raw, bytes):
            try:
                text = raw.decode("utf-8")
            except UnicodeDecodeError:
                yield f"line {number}", None
                continue
        else:
            text = raw
        text = text.strip()
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


def _line(record: dict[str, object], source: str) -> str:
    if source == "hijri":
        return f"{record['hijri']} {HIJRI_ERA} → {record['gregorian']} ({record['weekday']}, {record['gregorian_text']}; {record['calendar']})"
    return f"{record['gregorian']} → {record['hijri']} ({record['weekday']}, {record['hijri_text']}; {record['calendar']})"


def _convert(args: argparse.Namespace) -> int:
    cal = _calendar(args)
    order: DateOrder | None = args.order
    failures = 0
    for where, text in _inputs(args.dates, sys.stdin):
        try:
            if text is None:
                raise DatelineError("not valid UTF-8 text")
            source, hijri_or_day = _read_date(text, args.source, order)
            if isinstance(hijri_or_day, HijriDate):
                hijri = hijri_or_day
                day = cal.to_gregorian(hijri)
            else:
                day = hijri_or_day
                hijri = cal.to_hijri(day)
        except DatelineError as err:
            failures += 1
            _error(args, where, text, err)
            continue
        record = {"input": text, "from": source, **_record(cal, day, hijri)}
        print(json.dumps(record, ensure_ascii=False) if args.json else _line(record, source), flush=False)
    return 1 if failures else 0


def _read_date(text: str, source: str, order: DateOrder | None) -> tuple[str, HijriDate | date]:
    """Which calendar the input is in, and the date it states."""
    if source == "hijri":
        if any(ch.isalpha() for ch in text):
            try:
                return "hijri", _written_date(text, "hijri")
            except _NotHijri as err:
                raise DatelineError(str(err), text=text) from None
        return "hijri", read_hijri(text, order)
    if source == "auto" and any(ch.isalpha() for ch in text):
        try:
            return "hijri", _written_date(text, "hijri")
        except _NotHijri:
            pass
    return "gregorian", read_gregorian(text, order)


class _NotHijri(DatelineError):
    """The text holds no Hijri date: read it as Gregorian."""


def _written_date(text: str, calendar: str) -> HijriDate:
    from .parsing import parse

    try:
        line = parse(text)
    except DatelineError as err:
        raise _NotHijri(str(err), text=text) from None
    part = line.hijri
    if part is None or line.gregorian is not None:
        raise _NotHijri(f"expected one {calendar} date, got {text!r}", text=text)
    if not part.complete:
        missing = [name for name in ("year", "month", "day") if getattr(part, name) is None]
        raise DatelineError(f"{text!r} has no {' or '.join(missing)}: give a whole date", text=text)
    return part.to_hijri()


def _parse(args: argparse.Namespace) -> int:
    from .parsing import parse
    from .records import dateline_record

    failures = 0
    records: list[dict[str, object]] = []
    for where, text in _inputs(args.texts, sys.stdin):
        try:
            if text is None:
                raise DatelineError("not valid UTF-8 text")
            record: dict[str, object] = {"input": text, "where": where, **dateline_record(parse(text))}
        except DatelineError as err:
            failures += 1
            shown = "" if text is None else f" {text!r}"
            print(f"{PROG}: {where}{shown}: {err}", file=sys.stderr)
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
            print(json.dumps(record, ensure_ascii=False))
        else:
            print(_parse_line(record))
    if args.json:
        print(json.dumps(records, ensure_ascii=False, indent=2))
    return 1 if failures else 0


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


def _error(args: argparse.Namespace, where: str, text: str | None, err: DatelineError) -> None:
    if args.json:
        print(
            json.dumps(
                {"input": text, "where": where, "error": str(err), "error_type": type(err).__name__},
                ensure_ascii=False,
            )
        )
    shown = "" if text is None else f" {text!r}"
    print(f"{PROG}: {where}{shown}: {err}", file=sys.stderr)


def _today(args: argparse.Namespace) -> int:
    cal = _calendar(args)
    try:
        day = local_today(args.tz)
    except DatelineError as err:
        raise UsageError(f"--tz: {err}") from None
    try:
        hijri = cal.to_hijri(day)
    except DatelineError as err:
        _error(args, "today", day.isoformat(), err)
        return 1
    record = _record(cal, day, hijri)
    print(json.dumps(record, ensure_ascii=False) if args.json else _line(record, "gregorian"))
    return 0


def _format(args: argparse.Namespace) -> int:
    from .formatting import format_dateline
    from .styles import get_style, load_style

    try:
        style = load_style(args.style_file) if args.style_file else get_style(args.style)
    except DatelineError as err:
        raise UsageError(f"{'--style-file' if args.style_file else '--style'}: {err}") from None
    explicit = args.calendar != "umalqura" or args.offset or args.table
    cal = _calendar(args) if explicit else None
    inputs = list(_inputs(args.dates, sys.stdin)) if args.dates else [("today", None)]
    failures = 0
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
                day = read_gregorian(text)
            line = format_dateline(
                day, style, language=args.language, calendar=cal, place=args.place, agency=args.agency,
                digits=args.digits, era=args.era, weekday=args.weekday,
            )  # fmt: skip
        except UsageError:
            raise
        except DatelineError as err:
            if isinstance(err, StyleError) and err.field == "language":
                raise UsageError(f"--language: {err}") from None
            failures += 1
            _error(args, where, text, err)
            continue
        print(json.dumps({"input": text, "dateline": line}, ensure_ascii=False) if args.json else line)
    return 1 if failures else 0


def _styles(args: argparse.Namespace) -> int:
    from .formatting import format_dateline
    from .styles import STYLES

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
        print(f"{name:<{width}}  {example}    [{style.description}]")
    return 0


def _calendars(args: argparse.Namespace) -> int:
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
            print(json.dumps(record))
        else:
            print(
                f"{name:<13} {record['first_hijri']} to {record['last_hijri']} AH  "
                f"{record['first_gregorian']} to {record['last_gregorian']}"
            )
    return 0
