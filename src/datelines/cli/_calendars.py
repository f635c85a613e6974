"""``datelines calendars``: the calendars and their ranges."""

from __future__ import annotations

import argparse
from collections.abc import Iterator

from ..calendars import AUTHORITY_IDS, BANGLA_NAMES, CALENDAR_NAMES, COMPUTED_NAMES, SOLAR_NAMES
from ..records import calendar_record
from ._console import Console
from ._options import add_format, emit

__all__ = ["add_calendars"]


def add_calendars(commands: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    parser = commands.add_parser(
        "calendars",
        help="list the calendars and their ranges",
        description="The built-in calendars, the calendars computed by crescent criteria (at their own "
        "place; name@place for another), and the authorities' calendars (see 'datelines authorities'), the Solar Hijri calendars of Iran and "
        "Afghanistan (for convert --from/--to solar-hijri), and Bangladesh's Bengali calendars.",
    )
    add_format(parser, old=[("--json", "jsonl")])
    parser.set_defaults(run=_calendars, parser=parser)


_ERAS = {"solar": "SH", "bengali": "BS"}


def _calendars(args: argparse.Namespace, console: Console) -> int:
    def records() -> Iterator[dict[str, object]]:
        kinds = [
            ("built-in", CALENDAR_NAMES), ("computed", COMPUTED_NAMES), ("authority", AUTHORITY_IDS),
            ("solar", SOLAR_NAMES), ("bengali", BANGLA_NAMES),
        ]  # fmt: skip
        for kind, names in kinds:
            for name in names:
                yield calendar_record(name, kind)

    emit(
        console, args.output, records(),
        lambda found: f"{found['name']:<16} {found['first_hijri']} to {found['last_hijri']} "
        f"{_ERAS.get(str(found['kind']), 'AH')}  "
        f"{found['first_gregorian']} to {found['last_gregorian']}  {found['kind']}",
    )  # fmt: skip
    return 0
