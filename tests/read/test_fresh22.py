"""Held-out set 22 (50 passages in 30 languages, none over three: moon-sighting notices,
an obituary, a school calendar, a 1909 travel diary, an edited 895 AH manuscript, an Ottoman
newspaper's Rumi date, collected blind to the code): the passages stop 57 learnt to read.
Measured before any change: 27 of 50 read right by parse and by extract together (7fa14f2;
26 when a Rumi half was not taken for the Gregorian date it names, 25 when "the month begins
on …" was not taken for its first day: the scorer's two fixes, made before the reader's);
after: 33. One passage (the Bosnian feast, f22-11) was in the running corpus already, from
the same page, labelled by that corpus's older rule (a feast's name with its year no date):
without it, 27 of 49 before and 32 after."""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path
from typing import Any

import pytest

from datelines import Dateline, DatelineError, DatePart, extract, parse

Ymd = tuple[int | None, int | None, int | None] | None
SET = Path(__file__).parents[1] / "data" / "heldout22.jsonl"


def _ymd(part: DatePart | None) -> Ymd:
    if part is None:
        return None
    if part.calendar == "rumi" and part.day and part.month and part.year:
        day: date = part.to_date()  # a Rumi half names a Gregorian day ("25 Hazîran 1334-1918")
        return (day.year, day.month, day.day)
    if part.day is None and part.boundary == "begins":
        return (part.year or part.inferred_year, part.month, 1)  # "the month begins on …"
    return (part.year or part.inferred_year, part.month, part.day)


@pytest.mark.parametrize(
    ("text", "hijri", "gregorian"),
    [
        # Pakistani copy: the Hijri date's fields set off by commas with no spaces; "Zulqaida"
        (
            "Friday, August 2 (29, Zulqaida,1440,Hijri) for sighting of the crescent",
            (1440, 11, 29),
            (2019, 8, 2),
        ),
        # a 1909 travel diary in translation: "Zi Qadah", its era glued on
        ("Saturday, 6 Zi Qadah 1327h, or, November 20th, 1909", (1327, 11, 6), (1909, 11, 20)),
        # Swahili: the coast's own name of the month before the Arabic one, "mwaka" before the year
        (
            "Leo ni Ijumaa tarehe 06 Mfunguo Nne Muharram 1446 Hijria sawa na Julai 12 mwaka 2024.",
            (1446, 1, 6),
            (2024, 7, 12),
        ),
        # Bosnian: a feast named with its year, "je u nedjelju" (is on Sunday)
        (
            "Ramazanski bajram 1446. hidžretske godine je u nedjelju, 30. marta 2025.",
            (1446, 10, 1),
            (2025, 3, 30),
        ),
        # German: "im Jahre" (in the year) between the month and its year
        (
            "Der gesegnete Monat Ramadan im Jahre 1438 nach islamischer Zeitrechnung beginnt am 27.05.2017.",
            (1438, 9, 1),
            (2017, 5, 27),
        ),
        # Southern Kurdish: "ساڵ" (year), its eras "کووچی" and "زاینی", the Gregorian year in brackets
        (
            "ئیمام عەلی لە شەوەکی رووژ 19 رەمەزان ساڵ 40 کووچی (661 زاینی) کەفتە وەر پەلامار",
            (40, 9, 19),
            (661, None, None),
        ),
    ],
)
def test_the_passage_is_read(text: str, hijri: Ymd, gregorian: Ymd) -> None:
    line = parse(text)
    assert (_ymd(line.hijri), _ymd(line.gregorian)) == (hijri, gregorian)
    assert (hijri, gregorian) in [(_ymd(d.hijri), _ymd(d.gregorian)) for d in extract(text)]


def _same(part: DatePart | None, wanted: list[int | None] | None) -> bool:
    if wanted is None:
        return part is None
    return part is not None and all(
        w is None or g == w for g, w in zip(_ymd(part) or (), wanted, strict=True)
    )


def _fits(line: Dateline, passage: dict[str, Any]) -> bool:
    return (
        _same(line.hijri, passage["hijri"])
        and _same(line.gregorian, passage["gregorian"])
        and (passage["solar"] is None or _same(line.solar_hijri, passage["solar"]))
    )


def test_the_set_reads_at_least_as_well_as_when_this_stop_ended() -> None:
    """33 of the 50 passages read right by parse and by extract together (27 before): a
    floor, which a change of the reader may raise, never lower."""
    right = 0
    for line in SET.read_text(encoding="utf-8").splitlines():
        passage = json.loads(line)
        try:
            parsed = _fits(parse(passage["text"]), passage)
        except DatelineError:
            parsed = False
        right += parsed and any(_fits(d, passage) for d in extract(passage["text"]))
    assert right >= 33
