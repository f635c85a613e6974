"""Readers for the committed reference tables in tests/data/."""

from __future__ import annotations

import csv
import gzip
import json
from collections.abc import Iterator
from datetime import date
from pathlib import Path
from typing import NamedTuple

DATA = Path(__file__).parent / "data"


class Month(NamedTuple):
    year: int
    month: int
    first_day: date
    length: int


def icu_months(calendar: str) -> Iterator[Month]:
    """Every month of an ICU table: islamic-umalqura, islamic-civil or islamic-tbla."""
    with gzip.open(DATA / f"icu-{calendar}.tsv.gz", "rt", encoding="utf-8") as lines:
        for line in lines:
            if line.startswith("#"):
                continue
            year, first, lengths = line.rstrip("\n").split("\t")
            ordinal = date.fromisoformat(first).toordinal()
            for month, length in enumerate(map(int, lengths.split(",")), start=1):
                yield Month(int(year), month, date.fromordinal(ordinal), length)
                ordinal += length


def icu_source(calendar: str) -> str:
    with gzip.open(DATA / f"icu-{calendar}.tsv.gz", "rt", encoding="utf-8") as lines:
        return lines.readline()


def hijridate_fixture(name: str) -> list[tuple[tuple[int, int, int], date]]:
    """(hijri, gregorian) pairs from one of hijridate's fixture files, untrusted rows dropped."""
    items = json.loads((DATA / "hijridate" / name).read_text(encoding="utf-8"))
    return [(tuple(item[0][0]), date(*item[0][1])) for item in items if item[-1] is not False]


def calendrical_calculations() -> list[tuple[int, tuple[int, int, int]]]:
    text = (DATA / "calendrical_calculations.csv").read_text(encoding="utf-8")
    rows = (line for line in text.splitlines() if not line.startswith("#"))
    return [(int(r["rd"]), (int(r["year"]), int(r["month"]), int(r["day"]))) for r in csv.DictReader(rows)]
