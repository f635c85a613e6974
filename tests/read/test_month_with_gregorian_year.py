"""A Hijri month written with the Gregorian year it falls in ("Ramadan 2026"): the year pairs
with a Hijri day, or with a month whose Hijri year the text also gives, and a month with the
Gregorian year alone is no date of either calendar (issue #13, lines 230, 918, 1086)."""

from __future__ import annotations

import pytest

from datelines import ParseError, extract, parse


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
        ("Celebrations on 1 Ramadan 2023 began early.", "--09-01", "2023"),
        ("Tinggal beberapa hari lagi, bulan Safar 2024 (1446 H) akan mencapai batasnya.", "1446-02", "2024"),
    ],
)
def test_the_gregorian_year_pairs_with_a_date(text: str, hijri: str, gregorian: str) -> None:
    line = parse(text)
    assert line.hijri is not None
    assert line.hijri.isoformat() == hijri
    assert line.gregorian is not None
    assert line.gregorian.isoformat() == gregorian


@pytest.mark.parametrize(
    "text",
    [
        "Ramadan 2026 is expected to begin on 18 or 19 February, depending on the moon.",
        "मुसलमानों का पवित्र महीना रमजान 2026 चांद दिखाई देने पर शुरू होगा।",
        "Kapan Puasa Ramadhan 2026 Dimulai?",
    ],
)
def test_a_month_with_the_gregorian_year_alone_is_no_date(text: str) -> None:
    with pytest.raises(ParseError):
        parse(text)
    assert _found(text) == []


def test_a_hijri_date_beside_it_is_read() -> None:
    text = "لاستطلاع هلال شهر رمضان 2025. وذلك في 29 شعبان 1446هـ ."
    line = parse(text)
    assert line.hijri is not None
    assert line.hijri.isoformat() == "1446-08-29"
    assert line.gregorian is None
    assert _found(text) == []
