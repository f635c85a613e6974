"""``datelines authorities`` (who decides the months, and the data we have of them) and
``datelines days`` (a year's religious days, per authority, side by side)."""

from __future__ import annotations

import argparse
from collections.abc import Iterator

from ..errors import DatelineError
from ._console import Console
from ._options import add_calendar, add_format, calendar_of, emit

TYPE_CHECKING = False
if TYPE_CHECKING:
    from ..calendars import Calendar

__all__ = ["add_authorities", "add_days", "authority_id", "authority_ids"]


def authority_id(text: str) -> str:
    """argparse's check of an authority id."""
    from ..calendars.authorities import get_authority

    try:
        return get_authority(text).id
    except DatelineError as err:
        raise argparse.ArgumentTypeError(str(err)) from None


def authority_ids(text: str) -> list[str]:
    """argparse's check of one or more authority ids, apart by commas ("ID,ID-muhammadiyah")."""
    ids = [part.strip() for part in text.split(",")]
    if not all(ids):
        raise argparse.ArgumentTypeError(f"an empty authority id in {text!r}")
    return [authority_id(part) for part in ids]


def add_authorities(commands: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    parser = commands.add_parser(
        "authorities",
        help="list the authorities whose calendars newsrooms follow, with their data",
        description="Each authority: its id (for --calendar and --authority), who it is, how its months "
        "are decided, the rule that computes the months it did not announce, and the years of its "
        "announced months shipped with datelines.",
    )
    add_format(parser)
    parser.set_defaults(run=_authorities, parser=parser)


def add_days(commands: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    parser = commands.add_parser(
        "days",
        help="a Hijri year's religious days, under each authority",
        description="The first of Ramadan, the two Eids, the Day of Arafah, the new year, Ashura, the "
        "Mawlid and Isra' and Mi'raj of Hijri YEAR, with the Gregorian date under each authority (or "
        "those given), and whether the month was announced or computed.",
    )
    parser.add_argument("year", type=int, metavar="YEAR", help="a Hijri year (1447)")
    parser.add_argument(
        "--authority", dest="authorities", action="append", type=authority_id, metavar="ID",
        help="only this authority (again for more); default: all",
    )  # fmt: skip
    # a council's own calendar (its announced months, --table), or any other, beside them
    add_calendar(parser, default="none: the authorities'")
    add_format(parser)
    parser.set_defaults(run=_days, parser=parser)


def _authorities(args: argparse.Namespace, console: Console) -> int:
    from ..calendars.authorities import authorities
    from ..records import authority_record

    def records() -> Iterator[dict[str, object]]:
        for found in authorities():
            yield authority_record(found)

    def line(found: dict[str, object]) -> str:
        years = found["announced_years"]
        data = f"{found['announced_months']} months announced {years[0]}–{years[1]}" if isinstance(years, list) else "none announced"  # fmt: skip
        rules = found["rules"]
        assert isinstance(rules, list)
        country = str(found["country"])
        country = country[:1].upper() + country[1:]  # "The United Arab Emirates: …" begins the line
        return f"{found['id']:<16} {country}: {found['name']}; {data}; otherwise {', '.join(rules)}"

    emit(console, args.output, records(), line)
    return 0


def _days(args: argparse.Namespace, console: Console) -> int:
    from ..calendars.computed import FIRST_YEAR, LAST_YEAR
    from ..calendars.religious import religious_days
    from ..names.english import HIJRI_MONTHS, WEEKDAYS
    from ..records import religious_day_record

    if not FIRST_YEAR <= args.year <= LAST_YEAR:
        args.parser.error(
            f"argument YEAR: {args.year} is outside the authorities' calendars ({FIRST_YEAR}–{LAST_YEAR} AH)"
        )
    chosen: list[str | Calendar] | None = None if args.authorities is None else list(dict.fromkeys(args.authorities))  # fmt: skip
    if args.calendar is not None or args.offset or args.table is not None:
        # a calendar of one's own (a council's announced months: a trial), after the ids asked for
        chosen = [*(chosen or []), calendar_of(args)]
    try:
        days = religious_days(args.year, chosen)
    except DatelineError as err:
        args.parser.error(f"argument YEAR: {err}")

    def records() -> Iterator[dict[str, object]]:
        for day in days:
            yield religious_day_record(day)

    def line(found: dict[str, object]) -> str:
        day = next(d for d in days if d.name == found["name"])
        words = f"{day.hijri.day} {HIJRI_MONTHS[day.hijri.month - 1]} {day.hijri.year}"
        groups: dict[str, list[str]] = {}
        for dated in day.dates:
            shown = f"{WEEKDAYS[dated.gregorian.weekday()]} {dated.gregorian.isoformat()}"
            groups.setdefault(shown, []).append(dated.authority + ("" if dated.kind != "computed" else "*"))
        said = "; ".join(f"{shown}: {', '.join(ids)}" for shown, ids in groups.items())
        return f"{day.name} ({words}): {said}"

    emit(console, args.output, records(), line)
    if args.output == "text":
        console.line("(* computed by the authority's rule; the others announced or published)")
    return 0
