"""A feast's name in brackets after a date glosses that date, as holiday lists print them
("15 July 2024 (Tasua), 16 July 2024 (Ashura)"), and keeps another feast named before from
taking it ("Ashura 2024: 15 July 2024 (Tasua)": review 60 S4, a false alarm)."""

from __future__ import annotations

import pytest

from datelines import HijriDate, check, extract


def _read(text: str) -> list[tuple[HijriDate | str, str, bool]]:
    return [
        (d.hijri.to_hijri() if d.hijri.complete else d.hijri.text, d.gregorian.text, check(d).ok)
        for d in extract(text)
        if d.hijri is not None and d.gregorian is not None
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Ashura 2024: 15 July 2024 (Tasua)", [("Tasua", "15 July 2024", True)]),
        (
            "Holidays: 15 July 2024 (Tasua), 16 July 2024 (Ashura)",
            [("Tasua", "15 July 2024", True), ("Ashura", "16 July 2024", True)],
        ),
        # a wrong gloss is caught: Ashura 1446 was 16 July 2024 (17 in Pakistan), never the 14th
        ("Holidays: 14 July 2024 (Ashura)", [("Ashura", "14 July 2024", False)]),
        ("Tasua 1446 falls on Monday, 15 July 2024", [(HijriDate(1446, 1, 9), "15 July 2024", True)]),
        ("روز تاسوعا ۱۴۴۶ برابر با ۱۵ ژوئیه ۲۰۲۴", [(HijriDate(1446, 1, 9), "۱۵ ژوئیه ۲۰۲۴", True)]),
        ("Ashura 2024: 16 July 2024", [("Ashura", "16 July 2024", True)]),
        # Iran's holiday list, by its Solar Hijri date only: no Hijri-Gregorian pair
        ("دوشنبه 25 تیر 1403 تاسوعای حسینی (تعطیل)", []),
    ],
)
def test_a_feast_glosses_the_date_before_it(
    text: str, expected: list[tuple[HijriDate | str, str, bool]]
) -> None:
    assert _read(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # "while it corresponds in the Hijri date to": one day said twice (shbabbek.com)
        (
            "يوافق اليوم الجمعة بالتاريخ الميلادي 4 يوليو 2025، بينما يوافق في التاريخ الهجري 9 محرم 1447",
            [(HijriDate(1447, 1, 9), "4 يوليو 2025", True)],
        ),
        # "while" alone still parts two things' dates
        ("الانتخابات 5 مارس 2025، بينما 9 رمضان 1446", []),
    ],
)
def test_a_clause_break_then_a_verb_of_coinciding_ties_the_dates(
    text: str, expected: list[tuple[HijriDate | str, str, bool]]
) -> None:
    assert _read(text) == expected
