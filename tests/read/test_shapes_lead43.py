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
