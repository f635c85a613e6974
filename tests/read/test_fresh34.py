"""Held-out set 34 (50 passages in 24 languages: Arabic, Indonesian, French, English,
Persian, Swahili, Russian, German, Malayalam, Urdu, Azerbaijani, Hindi, Albanian, Malay,
Turkish, Hausa, Spanish, Somali, Telugu, Sorani, Bengali, Chinese, Tamil and Uzbek; 44 of them
dated 2020-2026, mostly news; eight with the halves in adjacent sentences or lines, one a trap
whose adjacent dates are different days; collected blind to the code after stop 63's first
commits, its sources none of the earlier sets'): 31 of 50 read right by parse and by extract
together, measured before anything was learnt from it. Stop 63 then learnt from it
(Mauritanian "فبرير", Indonesian "Nopember", Moroccan French "Di Al Hijja", Telugu "రబీ ఉల్
అవ్వల్", Spanish "Yumada al-Thani", and "this date corresponds to" opening the sentence after
a Gregorian date; "d. H." and a small number before a Hijri era as its year, "Rajab 4 AH",
were tried and taken back, review 63b): 35 of 50, a figure of data it was tuned on. A floor, which a change of the
reader may raise, never lower."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from datelines import Dateline, DatelineError, DatePart, extract, parse

Ymd = tuple[int | None, int | None, int | None] | None
SET = Path(__file__).parents[1] / "data" / "heldout34.jsonl"
FLOOR = 35


def _ymd(part: DatePart | None) -> Ymd:
    if part is None:
        return None
    if part.day is None and part.boundary == "begins":
        return (part.year or part.inferred_year, part.month, 1)  # "the month begins on …"
    return (part.year or part.inferred_year, part.month, part.day)


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


def test_the_set_reads_at_least_as_well_as_when_it_was_measured() -> None:
    right = 0
    for line in SET.read_text(encoding="utf-8").splitlines():
        if not line.strip():
            continue
        passage = json.loads(line)
        try:
            parsed = _fits(parse(passage["text"]), passage)
        except DatelineError:
            parsed = False
        right += parsed and any(_fits(d, passage) for d in extract(passage["text"]))
    assert right >= FLOOR


@pytest.mark.parametrize(
    ("text", "hijri", "gregorian"),
    [
        # (the passage as printed glues "شهرشعبان", its day word then apart from the month: the
        # month alone does not pair across "هو يوم الأحد الموافق", and the passage is still missed)
        (
            "فإن فاتح شهر شعبان للعام 1445 هـ هو يوم الأحد الموافق 11 فبرير 2024م.",
            (1445, 8, 1),
            (2024, 2, 11),
        ),
        ("wafat malam Ahad 12 zulhijjah tahun 726 H (19 Nopember 1326 M)", (726, 12, 12), (1326, 11, 19)),
        (
            "le 10 du mois de Di Al Hijja 1446 de l'hégire, correspondant au 7 juin 2025",
            (1446, 12, 10),
            (2025, 6, 7),
        ),
        (
            "aura lieu le samedi 7 juin 2025, selon une annonce officielle du ministère. Cette date"
            " correspond au 10 Dhou al-Hijja 1446 H, dans le calendrier islamique.",
            (1446, 12, 10),
            (2025, 6, 7),
        ),
        (
            "The feast falls on Saturday 7 June 2025, the ministry said. This date corresponds to 10 Dhu"
            " al-Hijjah 1446 AH.",
            (1446, 12, 10),
            (2025, 6, 7),
        ),
    ],
)
def test_what_set_34_taught(text: str, hijri: Ymd, gregorian: Ymd) -> None:
    line = parse(text)
    assert (_ymd(line.hijri), _ymd(line.gregorian)) == (hijri, gregorian)
    assert any(_ymd(found.hijri) == hijri for found in extract(text))


@pytest.mark.parametrize(
    ("text", "gregorian"),
    [
        ("Die Ausgabe von 2023 d. h. die zweite, erschien am 5. Mai 2023.", (2023, 5, 5)),  # "das heißt"
        ("Ramadan 1 AH / 11 March 2024", (2024, 3, 11)),
        ("Dhu al-Hijjah 10 AH, 1445 / 16 June 2024", (2024, 6, 16)),
    ],
)
def test_what_set_34_did_not_teach(text: str, gregorian: Ymd) -> None:
    # (review 63b: "d. H." as an era and "Rajab 4 AH" as a year were tried and taken back:
    # German's "d. h." became a Hijri era, and many a day before its era a year)
    line = parse(text)
    assert _ymd(line.gregorian) == gregorian
    assert line.hijri is None or line.hijri.year is None or line.hijri.year > 1000


def test_this_date_opens_no_pair_with_a_sentence_of_two_dates() -> None:
    # the sentence before names two Gregorian days: which one "this date" is, is not said
    text = "It ran from 6 June 2025 to 8 June 2025. This date corresponds to 10 Dhu al-Hijjah 1446 AH."
    assert all(line.gregorian is None for line in extract(text) if line.hijri and line.hijri.day == 10)
