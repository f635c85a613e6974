"""``datelines convert``: dates from one calendar to the other, and ``datelines today``."""

from __future__ import annotations

import argparse
from collections.abc import Iterator
from datetime import date

from ..calendars import AUTHORITY_IDS
from ..errors import DatelineError
from ..hijri import HijriDate
from ..names.english import HIJRI_ERA
from ..records import conversion_record
from ._console import Console
from ._options import (
    add_calendar,
    add_format,
    add_order,
    add_tz,
    calendar_of,
    emit,
    inputs,
    report,
    with_hijri_hint,
)

__all__ = ["add_convert", "add_today"]


def add_convert(commands: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    parser = commands.add_parser(
        "convert",
        help="convert dates between the Gregorian and Hijri calendars",
        description="Convert each DATE (or each line of standard input) to the other calendar.",
        epilog=(
            "Dates may be ISO (2016-01-20), numeric with a four-digit year (20/01/2016, 20 01 2016), "
            'or written out in any language datelines reads ("20 Jan 2016", "20 Januari 2016", '
            '"10 Rabiul Akhir 1437"). A written Hijri month means a Hijri date; numeric Hijri dates '
            "need --from hijri. One date per argument or line: anything left over is an error."
        ),
    )
    parser.add_argument(
        "dates", nargs="*", metavar="DATE", help="dates to convert; none: read standard input"
    )
    parser.add_argument(
        "--from",
        dest="source",
        choices=("auto", "gregorian", "hijri", "solar-hijri"),
        default="auto",
        help="the calendar the input is in (default: auto: a Hijri month name means Hijri, else Gregorian; "
        "solar-hijri: a Solar Hijri date, converted to Gregorian and lunar Hijri)",
    )
    parser.add_argument(
        "--to", dest="target", choices=("hijri", "solar-hijri", "all"), default="hijri",
        help="for Gregorian input: the lunar Hijri date (default), the Solar Hijri date of Iran and "
        "Afghanistan, or all three calendars",
    )  # fmt: skip
    add_order(parser)
    add_calendar(parser)
    add_format(parser, old=[("--json", "jsonl")])
    parser.set_defaults(run=_convert, parser=parser)


def add_today(commands: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    parser = commands.add_parser("today", help="today's date in both calendars", description="Today's date.")
    parser.add_argument(
        "--solar", action="store_true", help="the Solar Hijri date too (Iran and Afghanistan's calendar)"
    )
    add_tz(parser)
    add_calendar(parser)
    add_format(parser, old=[("--json", "jsonl")])
    parser.set_defaults(run=_today, parser=parser)


def gregorian_record(day: date) -> dict[str, object]:
    """The Gregorian half of a conversion record, for a record of the Solar Hijri date alone."""
    from ..names.english import GREGORIAN_MONTHS, WEEKDAYS

    return {
        "calendar": "solar-hijri",
        "gregorian": day.isoformat(),
        "weekday": WEEKDAYS[day.weekday()],
        "gregorian_text": f"{day.day} {GREGORIAN_MONTHS[day.month - 1]} {day.year}",
    }


def with_solar(found: dict[str, object], day: date) -> dict[str, object]:
    """A conversion record with the Solar Hijri date of its day added."""
    from ..calendars import get_calendar
    from ..names.english import SOLAR_HIJRI_ERA, SOLAR_HIJRI_MONTHS

    solar = get_calendar("solar-hijri").to_hijri(day)
    return {
        **found,
        "solar_hijri": solar.isoformat(),
        "solar_hijri_text": f"{solar.day} {SOLAR_HIJRI_MONTHS[solar.month - 1]} {solar.year} {SOLAR_HIJRI_ERA}",
    }


def solar_line(found: dict[str, object], arrow: str) -> str:
    """ "2025-09-29 → 1404-07-07 SH (Monday, 7 Mehr 1404 SH; solar-hijri)", with the lunar
    date after it when asked for all three."""
    head = (
        f"{found['solar_hijri']} SH {arrow} {found['gregorian']}"
        if found.get("from") == "solar-hijri"
        else f"{found['gregorian']} {arrow} {found['solar_hijri']} SH"
    )
    text = f"{head} ({found['weekday']}, {found['solar_hijri_text']}; solar-hijri)"
    if "hijri" in found:
        text += f"; {found['hijri']} ({found['hijri_text']}; {found['calendar']})"
    return text


def line(found: dict[str, object], arrow: str) -> str:
    """One conversion for people: "2016-01-20 → 1437-04-10 (Wednesday, …; umalqura)", and
    for an authority's calendar, whether the month was announced or computed ("; ID, announced")."""
    where = found["calendar"]
    if where in AUTHORITY_IDS:  # its months are of mixed sources: say which this one is
        where = f"{where}, {found['month_source']}"
    if found.get("from") == "hijri":
        return (
            f"{found['hijri']} {'SH' if str(found['calendar']).startswith('solar-hijri') else HIJRI_ERA} "
            f"{arrow} {found['gregorian']} "
            f"({found['weekday']}, {found['gregorian_text']}; {where})"
        )
    return (
        f"{found['gregorian']} {arrow} {found['hijri']} ({found['weekday']}, {found['hijri_text']}; {where})"
    )


def _convert(args: argparse.Namespace, console: Console) -> int:
    from .._read.typed import read_date, read_solar_hijri

    cal = calendar_of(args)

    def records() -> Iterator[dict[str, object]]:
        for where, text in inputs(args.dates, args):
            try:
                if text is None:
                    raise DatelineError("not valid UTF-8 text")
                # The lunar date is not asked for when only the Solar Hijri one is: a day outside
                # the lunar calendar's range (Umm al-Qura's 1924-2077) converts all the same.
                solar_only = args.target == "solar-hijri"
                if args.source == "solar-hijri":
                    from ..calendars import get_calendar

                    solar_date = read_solar_hijri(text, args.order)
                    source, day = "solar-hijri", get_calendar("solar-hijri").to_gregorian(solar_date)
                    hijri = None if solar_only else cal.to_hijri(day)
                else:
                    value = read_date(text, args.source, args.order)
                    if isinstance(value, HijriDate):
                        source, hijri, day = "hijri", value, cal.to_gregorian(value)
                    else:
                        source, day = "gregorian", value
                        hijri = None if solar_only else with_hijri_hint(text, value, cal.to_hijri)
                if hijri is None:
                    found = {"input": text, "where": where, "from": source, **gregorian_record(day)}
                else:
                    found = {
                        "input": text,
                        "where": where,
                        "from": source,
                        **conversion_record(cal, day, hijri),
                    }
                if source == "solar-hijri" or args.target != "hijri":
                    found = with_solar(found, day)
                    if args.target == "solar-hijri" and source != "solar-hijri":
                        found = {
                            **{k: v for k, v in found.items() if not k.startswith(("hijri", "month_source"))},
                            "calendar": "solar-hijri",
                        }
            except DatelineError as err:
                yield report(console, where, text, err)
                continue
            yield found

    def show(found: dict[str, object]) -> str:
        return solar_line(found, console.arrow) if "solar_hijri" in found else line(found, console.arrow)

    emit(console, args.output, records(), show)
    return console.status


def _today(args: argparse.Namespace, console: Console) -> int:
    from .._convert import local_today

    cal = calendar_of(args)
    day = local_today(args.tz)
    try:
        found = conversion_record(cal, day, cal.to_hijri(day))
        if args.solar:
            found = with_solar(found, day)
    except DatelineError as err:
        found = report(console, "today", day.isoformat(), err)
    if args.output == "json":
        console.json(found, indent=2)
    elif args.output == "jsonl":
        console.json(found)
    elif "error" not in found:
        console.line(solar_line(found, console.arrow) if args.solar else line(found, console.arrow))
    return console.status
