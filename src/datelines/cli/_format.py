"""``datelines format`` and ``datelines styles``: dates written as datelines in a house style."""

from __future__ import annotations

import argparse
import sys
from collections.abc import Iterable, Iterator
from datetime import date
from functools import partial

from ..errors import DatelineError, StyleError
from ..hijri import HijriDate
from ..names import output
from ._authorities import authority_id
from ._console import Console
from ._options import (
    OneAuthority,
    add_calendar,
    add_format,
    add_order,
    add_tz,
    emit,
    inputs,
    report,
    with_hijri_hint,
)

TYPE_CHECKING = False
if TYPE_CHECKING:
    from .._write.styles import Style

__all__ = ["add_format_command", "add_styles", "style_file"]


def _style(text: str) -> Style:
    from .._write.styles import get_style

    try:
        return get_style(text)
    except StyleError as err:
        raise argparse.ArgumentTypeError(str(err)) from None


def style_file(text: str) -> Style:
    """A house style file, for argparse: its errors are usage errors."""
    from .._write.styles import load_style

    try:
        return load_style(text)
    except StyleError as err:
        raise argparse.ArgumentTypeError(str(err)) from None


def _language(text: str) -> str:
    if text not in output.GREGORIAN_MONTHS:
        raise argparse.ArgumentTypeError(
            f"no names for {text!r}; known: {', '.join(output.GREGORIAN_MONTHS)}"
        )
    return text


def add_format_command(commands: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    parser = commands.add_parser(
        "format",
        help="write dates as datelines in a house style",
        description="Write each DATE (or each line of standard input, or today) as a dual dateline in a "
        "house style. Options given here win over a style file's.",
    )
    parser.add_argument(
        "dates", nargs="*", metavar="DATE",
        help="dates (ISO or written out; a written Hijri month means a Hijri date); none: standard input's "
        "lines, or today on a terminal",
    )  # fmt: skip
    parser.add_argument(
        "--from", dest="source", choices=("auto", "gregorian", "hijri"), default="auto",
        help="the calendar the dates are in (default: auto: a Hijri month name means Hijri, else Gregorian; "
        "a date in digits with a year of 1300-1600 needs hijri or gregorian)",
    )  # fmt: skip
    chosen = parser.add_mutually_exclusive_group()
    chosen.add_argument("--style", type=_style, help="a style from 'datelines styles' (default: mina)")
    chosen.add_argument(
        "--style-file", dest="style", type=style_file, metavar="FILE",
        help="a newsroom's house style (TOML; see docs/styles.md)",
    )  # fmt: skip
    parser.add_argument(
        "--language",
        type=_language,
        help=f"write the names in this language ({', '.join(output.GREGORIAN_MONTHS)})",
    )
    parser.add_argument("--place", help="the place before the dateline (Seoul)")
    parser.add_argument("--agency", help="the agency after it (MINA)")
    parser.add_argument("--digits", choices=tuple(output.DIGITS), help="the digits to write in")
    parser.add_argument("--no-era", dest="era", action="store_false", help="leave era marks out")
    days = parser.add_mutually_exclusive_group()
    days.add_argument(
        "--weekday", dest="weekday", action="store_const", const=True, help="put the weekday first"
    )
    days.add_argument("--no-weekday", dest="weekday", action="store_const", const=False, help="leave it out")
    add_order(parser)
    add_tz(parser)
    parser.add_argument(
        "--authority", type=authority_id, metavar="ID", action=OneAuthority,
        help="write the Hijri date in this authority's calendar (its announced months, as check "
        "--authority asks; the same as --calendar ID)",
    )  # fmt: skip
    add_calendar(parser)
    add_format(parser, old=[("--json", "jsonl")])
    parser.set_defaults(run=_format, parser=parser)


def add_styles(commands: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    parser = commands.add_parser("styles", help="list the house styles, each with today's date in it")
    add_tz(parser)
    add_format(parser)
    parser.set_defaults(run=_styles, parser=parser)


def _format(args: argparse.Namespace, console: Console) -> int:
    from .._convert import local_today
    from .._read.typed import read_date
    from .._write.format import format_dateline, style_calendar
    from .._write.styles import get_style

    style = args.style or get_style("mina")
    calendar = None
    if args.authority is not None:
        if args.calendar is not None or args.offset is not None or args.table is not None:
            args.parser.error("argument --authority: not allowed with --calendar, --offset or --table")
        args.calendar = args.authority
    if args.calendar is not None or args.offset is not None or args.table is not None:
        try:
            calendar = style_calendar(style, args.calendar, args.offset, args.table)
        except DatelineError as err:
            args.parser.error(f"argument --calendar/--offset/--table: {err}")
    # Dates as arguments, else standard input's lines (when it is not a terminal), else today.
    given: Iterable[tuple[str, str | None]] = inputs(args.dates, args) if args.dates else ()
    if not args.dates and sys.stdin is not None and not sys.stdin.isatty():
        given = list(inputs([], args))
    if not args.dates and not given:
        given = [("today", None)]

    # The calendar the Hijri half is written in, as /v1/format's answer names it (it may
    # differ from convert's: the turkish style writes Diyanet's, a trial).
    written_in = (calendar or style_calendar(style, None, None, None)).name

    def records() -> Iterator[dict[str, object]]:
        for where, text in given:
            try:
                day: date | HijriDate
                if where == "today":
                    day = local_today(args.tz)
                elif text is None:
                    raise DatelineError("not valid UTF-8 text")
                else:
                    day = read_date(text, args.source, args.order)
                written = with_hijri_hint(text or where, day, partial(
                    format_dateline, style=style, language=args.language, calendar=calendar,
                    offset=None if calendar is None else 0, place=args.place, agency=args.agency,
                    digits=args.digits, era=args.era, weekday=args.weekday,
                ))  # fmt: skip
            except DatelineError as err:
                yield report(console, where, text, err)
                continue
            yield {"input": text, "where": where, "dateline": written, "calendar": written_in}

    emit(console, args.output, records(), lambda found: str(found["dateline"]))
    return console.status


def _styles(args: argparse.Namespace, console: Console) -> int:
    from .._convert import local_today
    from .._write.styles import STYLES
    from ..records import style_record

    day = local_today(args.tz)
    width = max(map(len, STYLES))

    def records() -> Iterator[dict[str, object]]:
        for name, style in STYLES.items():
            yield style_record(name, style, day)

    emit(
        console, args.output, records(),
        lambda found: f"{found['name']:<{width}}  {found['example']}    [{found['description']}]",
    )  # fmt: skip
    return 0
