"""Examples of the shapes taught for issue #13 (helper 59): one of two Gregorian dates, each with
its year, said with "or" and an article, a preposition or a weekday before the second ("le 30
mars 2025 ou le 31 mars 2025", "30. März 2025 oder den 31. März 2025", "30 Mart 2025 veya 31
Mart 2025"): neither is the Hijri day's partner; and the Bengali Hijri year said before a date
gives its year to the month said to begin on that date only in the same sentence, and not
where the month is said to begin before or after it ("রমজান মাস শুরু হওয়ার আগে", before
Ramadan begins)."""

from __future__ import annotations

import pytest

from datelines import ParseError, extract, parse


def _halves(text: str) -> tuple[str | None, str | None]:
    try:
        line = parse(text)
    except ParseError:
        return (None, None)
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


PAIRED = [
    (
        "Eid 1 Shawwal 1445 is on 10-4-24 in Pakistan and 9-4-24 in Saudi Arabia.",
        ("1445-10-01", "2024-04-10"),
    ),
    ("Ramazan Bayramı 1 Şevval 1446, 30 Mart 2025'te kutlanacak.", ("1446-10-01", "2025-03-30")),
    ("Ramadan 1446 began on 1 March 2025; the deadline is 10 March or 12 March.", ("1446-09", "2025-03-01")),
    (
        "Ramadan 1446 began on 1 March 2025; the vote is on 10 March or on 12 March.",
        ("1446-09", "2025-03-01"),
    ),
    (
        "Le ramadan 1446 a commencé le 1er mars 2025 ; le vote aura lieu le 10 mars ou le 12 mars.",
        ("1446-09", "2025-03-01"),
    ),
    ("L'Aïd el-Fitr, 1er chawwal 1446, tombera le 30 mars 2025.", ("1446-10-01", "2025-03-30")),
    ("Der 1. Schawwal 1446 fällt auf den 30. März 2025.", ("1446-10-01", "2025-03-30")),
    # "Or" before the same day said again is no second date.
    (
        "Muhammadiyah menetapkan 1 Ramadan 1444 H atau 1 Ramadan 2023 jatuh pada hari Kamis, 23 Maret 2023.",
        ("1444-09-01", "2023-03-23"),
    ),
    # "Or" with no second date: the day after, or later.
    (
        "Le 1er chawwal 1446 tombera le 30 mars 2025, ou le lendemain selon la lune.",
        ("1446-10-01", "2025-03-30"),
    ),
    ("Der 1. Schawwal 1446 fällt auf den 30. März 2025 oder später.", ("1446-10-01", "2025-03-30")),
    (
        "Idul Fitri 1 Syawal 1446 H jatuh pada 30 Maret 2025 atau sehari setelahnya.",
        ("1446-10-01", "2025-03-30"),
    ),
    # Bengali: the month said to begin on the date, in the same sentence.
    (
        "হিজরী ১৪৩৬ সালের ইংরেজি ১৯/০৬/২০১৫খ্রি: তারিখ রোজ শুক্রবার হতে পবিত্র মাহে রমজান মাস শুরু হবে।",
        ("1436-09", "2015-06-19"),
    ),
    ("হিজরী ১৪৩৬ সালের ১৯/০৬/২০১৫ তারিখে রমজান মাস শুরু হবে।", ("1436-09", "2015-06-19")),
    ("হিজরী ১৪৩৬ সালের ইংরেজি ১৯/০৬/২০১৫ তারিখে রমজান মাস শুরু হবে।", ("1436-09", "2015-06-19")),
    # "Before" in the next sentence is that sentence's.
    ("হিজরী ১৪৩৬ সালের ১৯/০৬/২০১৫ তারিখে রমজান মাস শুরু হবে। এর আগে সভা হবে।", ("1436-09", "2015-06-19")),
]


@pytest.mark.parametrize(("text", "expected"), PAIRED)
def test_paired(text: str, expected: tuple[str, str]) -> None:
    assert _halves(text) == expected
    assert _found(text) == [expected]


ONE_OF_TWO = [
    "L'Aïd el-Fitr, 1er chawwal 1446, tombera le 30 mars 2025 ou le 31 mars 2025.",
    "Der 1. Schawwal 1446 fällt auf den 30. März 2025 oder den 31. März 2025.",
    "Ramazan Bayramı 30 Mart 2025 veya 31 Mart 2025 tarihinde, 1 Şevval 1446'da kutlanacak.",
    "Ramazan Bayramı 30 Mart 2025 ya da 31 Mart 2025 tarihinde, 1 Şevval 1446'da kutlanacak.",
    "Eid 1 Shawwal 1446 falls on 30 March 2025 or on 31 March 2025.",
    "Eid 1 Shawwal 1446 falls on March 30, 2025 or on March 31, 2025.",
    "Eid al-Fitr, 1 Shawwal 1446, will fall on Sunday, 30 March 2025 or on Monday, 31 March 2025.",
    "L'Aïd el-Fitr (1er chawwal 1446) sera célébré soit le 30 mars 2025, soit le 31 mars 2025.",
    "Le 1er chawwal 1446 tombera le 30 mars 2025 ou le lundi 31 mars 2025.",
    "Der 1. Schawwal 1446 fällt auf den 30. März 2025 oder auf den 31. März 2025.",
    "Idul Fitri 1 Syawal 1446 H jatuh pada 30 Maret 2025 atau pada 31 Maret 2025.",
    "El 1 de Shawwal de 1446 será el 30 de marzo de 2025 o el 31 de marzo de 2025.",
    "Ураза-байрам, 1 шавваля 1446 года, выпадет на 30 марта 2025 года или 31 марта 2025 года.",
    "عيد الفطر 1 شوال 1446 يوافق 30 مارس 2025 أو يوم 31 مارس 2025.",
]


@pytest.mark.parametrize("text", ONE_OF_TWO)
def test_one_of_two_dates_leaves_the_hijri_day_alone(text: str) -> None:
    assert _halves(text) == ("1446-10-01", None)
    assert all(gregorian is None for _, gregorian in _found(text))


YEAR_ONLY = [
    # Another sentence says when the month begins.
    "হিজরী ১৪৩৬ সালের ইংরেজি ১৯/০৬/২০১৫খ্রি: তারিখে সভা হয়। রমজান মাস শুরু হবে পরে।",
    "হিজরী ১৪৩৬ সালের ইংরেজি ১৯/০৬/২০১৫খ্রি: তারিখে সভা হয়. রমজান মাস শুরু হবে পরে.",
    # Before, or after, the date.
    "হিজরী ১৪৩৬ সালের ইংরেজি ১৯/০৬/২০১৫ তারিখে নির্বাচন হবে, রমজান মাস শুরু হওয়ার আগে।",
    "হিজরী ১৪৩৬ সালের ১৯/০৬/২০১৫ তারিখের পরে রমজান মাস শুরু হবে।",
    "হিজরী ১৪৩৬ সালের ১৯/০৬/২০১৫ তারিখে সভা হবে, রমজান মাস শুরু হবে তার পরে।",
]


@pytest.mark.parametrize("text", YEAR_ONLY)
def test_month_said_elsewhere_takes_no_year(text: str) -> None:
    assert _halves(text) in (("1436", "2015-06-19"), (None, None), ("1436", None))
    assert ("1436-09", "2015-06-19") not in _found(text)
