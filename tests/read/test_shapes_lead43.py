"""Shapes the lead fixed in stop 43 (issue #15), from the held-out sets' misses."""

from __future__ import annotations

import pytest

from datelines import check, extract


def _pairs(text: str) -> list[tuple[str | None, str | None]]:
    return [
        (
            line.hijri.isoformat() if line.hijri else None,
            line.gregorian.isoformat() if line.gregorian else None,
        )
        for line in extract(text)
    ]


@pytest.mark.parametrize(
    ("text", "pair"),
    [
        # "for this year" between a month and its year (a Saudi statement in English)
        (
            "standing at Arafat shall be on Tuesday, the ninth day of Dhu Al-Hijjah for this Year, "
            "1444 AH, corresponding to June 27, 2023",
            ("1444-12-09", "2023-06-27"),
        ),
        # a date without its year, a whole date of the other calendar, and the first's year in
        # brackets after it: Hausa "1 March as 1 Ramadan 1446 (2025)"
        (
            "Don haka ne ya ayyana ranar Asabar 1 ga watan Maris a matsayin 1 ga watan Ramadan 1446 (2025).",
            ("1446-09-01", "2025-03-01"),
        ),
        ("Saturday 1 March as 1 Ramadan 1446 (2025).", ("1446-09-01", "2025-03-01")),
        ("1 Ramadan as 1 March 2025 (1446).", ("1446-09-01", "2025-03-01")),
    ],
)
def test_shape_reads_and_checks(text: str, pair: tuple[str, str]) -> None:
    assert _pairs(text) == [pair]
    assert all(check(line).ok for line in extract(text))


def test_a_bracketed_year_that_does_not_fit_is_not_the_date_before_s() -> None:
    # 1 March of 2024 is no day of Ramadan 1446: the year in brackets stays the whole date's
    # partner, as before
    assert _pairs("Saturday 1 March as 1 Ramadan 1446 (2024).") == [("1446-09-01", "2024")]


@pytest.mark.parametrize(
    ("text", "pair"),
    [
        # Malay abbreviated month names, and a range of weekdays after ranges of days: its
        # last is the last day's (JAKIM's fatwa portal, set 6a)
        (
            "Mesyuarat Jawatankuasa Fatwa Negeri Perak kali ke ke 210 bertarikh 5-7 Mac 2017M / "
            "6-8 J' Akhir 1438H (Ahad-Selasa) telah memutuskan seperti berikut:",
            ("1438-06-08", "2017-03-07"),
        ),
        ("12 R. Akhir 1446H / 15 Oktober 2024", ("1446-04-12", "2024-10-15")),
        ("8 J. Awal 1446H / 10 November 2024", ("1446-05-08", "2024-11-10")),
    ],
)
def test_malay_abbreviations_and_weekday_ranges(text: str, pair: tuple[str, str]) -> None:
    assert _pairs(text) == [pair]
    assert all(check(line).ok for line in extract(text))


def test_a_range_of_weekdays_in_brackets_is_no_agency() -> None:
    line = next(iter(extract("7 Mac 2017 / 8 Jamadil Akhir 1438H (Ahad-Selasa)")))
    assert line.agency is None
    assert line.weekday == 1  # Selasa, Tuesday: 7 March 2017's
