"""``datelines parse``: one dateline per argument or line, into its halves."""

from __future__ import annotations

import argparse
from collections.abc import Iterator

from ..errors import DatelineError
from ._console import Console
from ._options import add_format, emit, inputs, report

__all__ = ["add_parse"]


def add_parse(commands: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    parser = commands.add_parser(
        "parse",
        help="read datelines into their Hijri and Gregorian halves",
        description="Read each TEXT (or each line of standard input) as one dateline.",
    )
    parser.add_argument("texts", nargs="*", metavar="TEXT", help="datelines; none: read standard input")
    add_format(parser, old=[("--json", "json"), ("--jsonl", "jsonl")])
    parser.set_defaults(run=_parse, parser=parser)


def _parse(args: argparse.Namespace, console: Console) -> int:
    from .._read.api import parse
    from ..records import dateline_record

    def records() -> Iterator[dict[str, object]]:
        for where, text in inputs(args.texts, args):
            try:
                if text is None:
                    raise DatelineError("not valid UTF-8 text")
                yield {"input": text, "where": where, **dateline_record(parse(text))}
            except DatelineError as err:
                yield report(console, where, text, err)

    emit(console, args.output, records(), _line)
    return console.status


def _line(record: dict[str, object]) -> str:
    def half(name: str) -> str:
        part = record[name]
        if not isinstance(part, dict):
            return "-"
        era = {"hijri": " AH", "solar_hijri": " SH", "bangla": " BS"}.get(name, "")
        if part.get("calendar") in ("rumi", "julian"):  # an Ottoman line's, or one marked Old Style
            era = " Rumi" if part["calendar"] == "rumi" else " Julian"
        return f"{part['iso']}{era} ({part['text']})"

    extras = [f"{key}: {record[key]}" for key in ("weekday", "place", "agency") if record.get(key)]
    tail = f"  [{'; '.join(extras)}]" if extras else ""
    solar = f"{half('solar_hijri')} | " if isinstance(record.get("solar_hijri"), dict) else ""
    bangla = f" | {half('bangla')}" if isinstance(record.get("bangla"), dict) else ""
    rumi = f"{half('rumi')} | " if isinstance(record.get("rumi"), dict) else ""  # before its Gregorian date
    return f"{solar}{half('hijri')} | {rumi}{half('gregorian')}{bangla}{tail}"
