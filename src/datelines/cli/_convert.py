"""``datelines convert``: dates from one calendar to the other, and ``datelines today``."""

from __future__ import annotations

import argparse
from collections.abc import Iterator

from ..calendars import AUTHORITY_IDS
from ..errors import DatelineError, OutOfRangeError
from ..names.english import HIJRI_ERA
from ..records import convert_record, own_calendar, today_record
from ._authorities import authority_id
from ._console import Console
from ._options import (
    PROG,
    OneAuthority,
    add_calendar,
    add_format,
    add_order,
    add_tz,
    calendar_of,
    emit,
    inputs,
    report,
)

TYPE_CHECKING = False
if TYPE_CHECKING:
    from ..calendars import Calendar

__all__ = ["add_convert", "add_today"]


def add_convert(commands: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    parser = commands.add_parser(
        "convert",
        help="convert dates between the Gregorian and Hijri calendars",
        description="Convert each DATE (or each line of standard input) to the other calendar.",
        epilog=(
            "Dates may be ISO (2016-01-20), numeric with a four-digit year (20/01/2016, 20 01 2016), "
            'or written out in any language datelines reads ("20 Jan 2016", "20 Januari 2016", '
            '"10 Rabiul Akhir 1437"). A written Hijri month or era mark means a Hijri date; a date '
            "in digits with a year of 1300-1600 (1446/09/01) could be either: where the calendar does "
            "not have that Gregorian day, it needs --from hijri or --from gregorian. One date per "
            "argument or line: anything left over is an error."
        ),
    )
    parser.add_argument(
        "dates", nargs="*", metavar="DATE", help="dates to convert; none: read standard input"
    )
    parser.add_argument(
        "--from",
        dest="source",
        choices=("auto", "gregorian", "hijri", "solar-hijri", "bangla", "rumi"),
        default="auto",
        help="the calendar the input is in (default: auto: a Hijri month name means Hijri, a Solar Hijri or "
        "Bengali one that calendar, else Gregorian; solar-hijri: a Solar Hijri date, bangla: a date of "
        "Bangladesh's Bengali calendar, rumi: a date of the Ottoman Rumi calendar of 1840-1925 (29 Ağustos "
        "1324), in digits too, each converted to Gregorian and lunar Hijri)",
    )
    parser.add_argument(
        "--to", dest="target", choices=("hijri", "solar-hijri", "bangla", "rumi", "all"), default="hijri",
        help="the lunar Hijri date (default), the Solar Hijri date of Iran and Afghanistan, the date of "
        "Bangladesh's Bengali calendar (from 14 April 1987), the Ottoman Rumi date (1840-1925), or all of "
        "them (each where its calendar has the day)",
    )  # fmt: skip
    parser.add_argument(
        "--csv", metavar="FILE",
        help="convert a column of this CSV file (- for standard input): the file is written with the converted "
        "columns after its own (NAME_hijri, NAME_hijri_year, …, NAME_error), one row for each row",
    )  # fmt: skip
    parser.add_argument(
        "--column", metavar="NAME", help="with --csv: the column of dates (its header, or its number)"
    )
    add_order(parser)
    _add_authority(parser)
    add_calendar(parser)
    add_format(parser, old=[("--json", "jsonl")])
    parser.set_defaults(run=_convert, parser=parser)


def _add_authority(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "--authority", type=authority_id, metavar="ID", action=OneAuthority,
        help="the Hijri date in this authority's calendar (its announced months, as check --authority "
        "asks; the same as --calendar ID)",
    )  # fmt: skip


def _authority_as_calendar(args: argparse.Namespace) -> None:
    """``--authority ID`` as ``--calendar ID``, as format and check take it (a trial tried it
    first, with convert and then with today)."""
    if args.authority is not None:
        if args.calendar is not None or args.offset is not None or args.table is not None:
            args.parser.error("argument --authority: not allowed with --calendar, --offset or --table")
        args.calendar = args.authority


def add_today(commands: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    parser = commands.add_parser("today", help="today's date in both calendars", description="Today's date.")
    parser.add_argument(
        "--solar", action="store_true", help="the Solar Hijri date too (Iran and Afghanistan's calendar)"
    )
    parser.add_argument("--bangla", action="store_true", help="the date of Bangladesh's Bengali calendar too")
    add_tz(parser)
    add_calendar(parser)
    _add_authority(parser)
    add_format(parser, old=[("--json", "jsonl")])
    parser.set_defaults(run=_today, parser=parser)


def solar_line(found: dict[str, object], arrow: str) -> str:
    """ "2025-09-29 → 1404-07-07 SH (Monday, 7 Mehr 1404 SH; solar-hijri)", with the lunar
    date after it when asked for all three."""
    head = (
        f"{found['solar_hijri']} SH {arrow} {found['gregorian']}"
        if found.get("from") == "solar-hijri"
        else f"{found['gregorian']} {arrow} {found['solar_hijri']} SH"
    )
    # the bracket says the date converted to, as a Hijri date's line does (a trial: it
    # repeated the Solar date read)
    said = found["gregorian_text"] if found.get("from") == "solar-hijri" else found["solar_hijri_text"]
    text = f"{head} ({found['weekday']}, {said}; solar-hijri)"
    if "hijri" in found:
        text += f"; {found['hijri']} ({found['hijri_text']}; {found['calendar']})"
    return text


def show(found: dict[str, object], arrow: str) -> str:
    """A conversion record for people: :func:`solar_line` or :func:`line`, and a Bengali
    date asked for beside a lunar one after it; a Rumi date read first, or asked for after;
    a year or month alone as its first and last days."""
    if "period" in found:
        return period_line(found, arrow)
    if "rumi" in found:
        return _rumi_line(found, arrow)
    if "solar_hijri" in found and found.get("from") == "bangla":  # the date read first, as solar_line does
        text = (
            f"{found['bangla']} BS {arrow} {found['gregorian']} ({found['weekday']}, {found['gregorian_text']}; bangla); "
            f"{found['solar_hijri']} SH ({found['solar_hijri_text']}; solar-hijri)"
        )
        if "hijri" in found:
            text += f"; {found['hijri']} ({found['hijri_text']}; {found['calendar']})"
        return text
    if "solar_hijri" in found:
        text = solar_line(found, arrow)
    elif "bangla" in found and "hijri" in found and found.get("from") == "bangla":
        return (
            f"{found['bangla']} BS {arrow} {found['gregorian']} ({found['weekday']}, {found['gregorian_text']}; bangla); "
            f"{found['hijri']} ({found['hijri_text']}; {found['calendar']})"
        )
    elif "bangla" in found and "hijri" in found:
        text = line({k: v for k, v in found.items() if not k.startswith("bangla")}, arrow)
    else:
        return line(found, arrow)
    if "bangla" in found:
        text += f"; {found['bangla']} BS ({found['bangla_text']}; bangla)"
    return text


def period_line(found: dict[str, object], arrow: str) -> str:
    """A year or month alone: "Ramadan 1250 AH → 1835-01-01 to 1835-01-30 (1 January 1835 –
    30 January 1835, 30 days; civil)"."""
    if found["from"] == "hijri":
        said, start, end, text = found["hijri_text"], found["gregorian_start"], found["gregorian_end"], found["gregorian_text"]  # fmt: skip
        era = ""
    else:
        said, start, end, text = found["gregorian_text"], found["hijri_start"], found["hijri_end"], found["hijri_text"]  # fmt: skip
        era = f" {_era(str(found['calendar']))}"
    return f"{said} {arrow} {start} to {end}{era} ({text}, {found['days']} days; {found['calendar']})"


def _rumi_line(found: dict[str, object], arrow: str) -> str:
    """ "1324-08-29 Rumi → 1908-09-11 (Friday, 11 September 1908; rumi); 1326-08-14 AH (…)",
    or the Rumi date after the others' ("…; 1324-08-29 Rumi (29 Ağustos 1324 Rumi; rumi)")."""
    rest = {k: v for k, v in found.items() if not k.startswith("rumi")}
    own = f"{found['rumi']} Rumi ({found['rumi_text']}; rumi)"
    if found.get("from") != "rumi":
        if not any(k in rest for k in ("hijri", "solar_hijri", "bangla")):  # --to rumi alone
            return f"{found['gregorian']} {arrow} {found['rumi']} Rumi ({found['weekday']}, {found['rumi_text']}; rumi)"
        return f"{show(rest, arrow)}; {own}"
    text = f"{found['rumi']} Rumi {arrow} {found['gregorian']} ({found['weekday']}, {found['gregorian_text']}; rumi)"
    if "hijri" in rest:
        text += f"; {rest['hijri']} {_era(str(rest['calendar']))} ({rest['hijri_text']}; {rest['calendar']})"
    if "solar_hijri" in rest:
        text += f"; {rest['solar_hijri']} SH ({rest['solar_hijri_text']}; solar-hijri)"
    if "bangla" in rest:
        text += f"; {rest['bangla']} BS ({rest['bangla_text']}; bangla)"
    return text


def _era(calendar: str) -> str:
    return (
        "SH" if calendar.startswith("solar-hijri") else "BS" if calendar.startswith("bangla") else HIJRI_ERA
    )


def line(found: dict[str, object], arrow: str) -> str:
    """One conversion for people: "2016-01-20 → 1437-04-10 (Wednesday, …; umalqura)", and
    for an authority's calendar, whether the month was announced or computed ("; ID, announced")."""
    where = found["calendar"]
    if "bangla" in found:  # Bangladesh's Bengali calendar
        if found.get("from") == "bangla":
            return f"{found['bangla']} BS {arrow} {found['gregorian']} ({found['weekday']}, {found['gregorian_text']}; {where})"
        return f"{found['gregorian']} {arrow} {found['bangla']} ({found['weekday']}, {found['bangla_text']}; {where})"
    if where in AUTHORITY_IDS:  # its months are of mixed sources: say which this one is
        where = f"{where}, {found['month_source']}"
    if found.get("from") == "hijri":
        return (
            f"{found['hijri']} {_era(str(found['calendar']))} "
            f"{arrow} {found['gregorian']} "
            f"({found['weekday']}, {found['gregorian_text']}; {where})"
        )
    return (
        f"{found['gregorian']} {arrow} {found['hijri']} ({found['weekday']}, {found['hijri_text']}; {where})"
    )


def _one_date_unquoted(dates: list[str], cal: Calendar, args: argparse.Namespace) -> str | None:
    """The arguments said together, where they are one date written out and left unquoted
    ("datelines convert 1 Hamal 1300": three arguments, each an error; a trial), and one of
    them is a word no date is alone."""
    if not 2 <= len(dates) <= 6 or not any(d.isalpha() for d in dates):
        return None
    together = " ".join(dates)
    try:
        convert_record(together, cal, args.source, args.order, args.target, lunar_fallback=True)
    except OutOfRangeError:
        return together  # read as one date, which the calendar lacks: still one date (a review)
    except DatelineError:
        return None
    return together


def _convert(args: argparse.Namespace, console: Console) -> int:
    _authority_as_calendar(args)
    chosen = args.calendar is not None or bool(args.offset) or args.table is not None
    if args.source == "rumi" and not chosen:
        # A Rumi date is of 1840-1925, which Umm al-Qura does not reach: its lunar date in the
        # tabular calendar dates of that time are converted by (a review), unless one is given.
        args.calendar = "civil"
    cal = calendar_of(args)
    if args.csv is not None:
        from ._csv import convert_csv

        return convert_csv(args, console, cal)
    if args.column is not None:
        args.parser.error("argument --column: names a column of a --csv file")

    together = _one_date_unquoted(args.dates or [], cal, args)

    def records() -> Iterator[dict[str, object]]:
        for where, text in inputs(args.dates, args):
            try:
                if text is None:
                    raise DatelineError("not valid UTF-8 text")
                # a Rumi or Bengali date is converted in its own lunar calendar unless one is named
                its_cal = (None if chosen else own_calendar(text, args.source)) or cal
                found = convert_record(
                    text, its_cal, args.source, args.order, args.target, lunar_fallback=not chosen
                )
            except DatelineError as err:
                if together and where == "argument 1":  # (said once, with the first)
                    err.message = f"{err.message} (one date? quote it: {PROG} convert {together!r})"
                    err.args = (err.message,)
                yield report(console, where, text, err)
                continue
            yield {"input": found.pop("input"), "where": where, **found}

    emit(console, args.output, records(), lambda found: show(found, console.arrow))
    return console.status


def _today(args: argparse.Namespace, console: Console) -> int:
    from .._convert import local_today

    _authority_as_calendar(args)
    cal = calendar_of(args)
    day = local_today(args.tz)
    try:
        found = today_record(cal, day, solar=args.solar, bangla=args.bangla)
    except DatelineError as err:
        found = report(console, "today", day.isoformat(), err)
    if args.output == "json":
        console.json(found, indent=2)
    elif args.output == "jsonl":
        console.json(found)
    elif "error" not in found:
        console.line(show(found, console.arrow))
    return console.status
