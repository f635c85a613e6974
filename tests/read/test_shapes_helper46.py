"""Examples of the precision shapes taught for issue #13 (helper 46): two years alone said
apart ("У 2022 році 1444 рік за Хіджрою"), an era mark after a year's slash ("2025-1446/H"),
a count ending a headline after an era word ("… Kalender Hijriah 234"), a month numbered
with its own place in a list ("1. Muharrem ul Haram"), and two Hijri months sharing a year
("شەعبان و ڕەمەزانی ساڵی 1447ـی کۆچی": the first), and the pilgrimage named with its Hijri year
("xajka sannadkan 1425")."""

from __future__ import annotations

import pytest

from datelines import ParseError, extract, parse


def _halves(text: str) -> tuple[str | None, str | None]:
    line = parse(text)
    return (
        None if line.hijri is None else line.hijri.isoformat(),
        None if line.gregorian is None else line.gregorian.isoformat(),
    )


def _found(text: str) -> list[tuple[str | None, str | None]]:
    return [
        (
            None if d.hijri is None else d.hijri.isoformat(),
            None if d.gregorian is None else d.gregorian.isoformat(),
        )
        for d in extract(text)
    ]


@pytest.mark.parametrize(
    ("text", "hijri", "gregorian"),
    [
        # Two years alone with words between: each said on its own
        ("У 2022 році 1444 рік за Хіджрою почнеться із заходом сонця 30 липня .", "1444", None),
        # (the year said to begin on a day is its first day: stop 58)
        ("В 2023 году 1445 год по хиджре начнётся 19 июля.", "1445-01-01", "--07-19"),
        # ... but a copula, a bracket or a slash joins them
        ("Idul Fitri 2024 adalah tahun 1445 dalam kalender Hijriah.", "1445", "2024"),
        ("1446 Hicri yılı (2024) başladı.", "1446", "2024"),
        # An era mark after the year's slash
        (
            "La date de l’#AidAlFitr 2025-1446/H en France sera le dimanche 30 mars 2025 Inch’Allah :",
            "1446",
            None,
        ),
        ("Idul Fitri 1446/H jatuh pada hari Senin.", "1446-10-01", None),
        ("Selamat Hari Raya 1446/H 2025/M", "1446", "2025"),
        # Two Hijri months sharing the year after them: the first
        (
            "وردەکاریی ئەژمارەکانی سەرەتای مانگەکانی شەعبان و ڕەمەزانی ساڵی 1447ـی کۆچی (2026ـی زایینی) بڵاو کردەوە.",
            "1447-08",
            "2026",
        ),
        ("the beginnings of the months of Rajab and Sha'ban 1446 AH (2025)", "1446-07", "2025"),
        ("awal bulan Rajab dan Syaban 1446 H", "1446-07", None),
        ("تحري هلالي شهري رجب وشعبان 1446 هـ", "1446-07", None),
        ("رجب شعبان 1446", "1446-08", None),  # no "and": the second month has the year
        # A month numbered in a list is no day, but a day said so still is
        ("1. Muharrem 1446", "1446-01-01", None),
        ("Nova godina nastupa 1. muharrema", "--01-01", None),
        ("2. Muharrem", "--01-02", None),
        # An era word before a year of our centuries at a headline's end is still read
        ("Perhitungannya Berdasarkan Kalender Hijriah 1446", "1446", None),
        ("Masjid ini dibangun pada tahun Hijriah 234.", "0234", None),
        # The pilgrimage named with its year: a Hijri year without an era word
        ("Talaadadii (Jan 18) bilaabay in ay u dhaqaqaan, si ay u gutan xajka sannadkan 1425.", "1425", None),
        ("xajka 1446/2025", "1446", "2025"),
    ],
)
def test_reads(text: str, hijri: str | None, gregorian: str | None) -> None:
    assert _halves(text) == (hijri, gregorian)


@pytest.mark.parametrize(
    "text",
    [
        "1. Muharrem ul Haram",
        "9. Ramazan",
        "12. Zul-hidždže",
        "Kapan Puasa Ramadhan 2026 Dimulai? Ini Perhitungannya Berdasarkan Kalender Hijriah 234",
        "Berdasarkan Kalender Hijriah 57",
        "xajka sannadkan 2024",
        "xajka 12/1425/3",
    ],
)
def test_no_hijri_date(text: str) -> None:
    try:
        line = parse(text)
    except ParseError:
        return
    assert line.hijri is None


@pytest.mark.parametrize(
    "text",
    [
        "У 2022 році 1444 рік за Хіджрою почнеться із заходом сонця 30 липня .",
        "La date de l’#AidAlFitr 2025-1446/H en France sera le dimanche 30 mars 2025 Inch’Allah :",
        "1. Muharrem ul Haram",
    ],
)
def test_extract_finds_no_pair(text: str) -> None:
    assert _found(text) == []


def test_extract_pairs_the_first_of_two_months() -> None:
    text = "سەرەتای مانگەکانی شەعبان و ڕەمەزانی ساڵی 1447ـی کۆچی (2026ـی زایینی) بڵاو کردەوە."
    assert _found(text) == [("1447-08", "2026")]
