"""Examples of the shapes taught for issue #13 (helper 55): a Bengali Hijri year with its era
and its word "of the year" before a Gregorian date, said of the Hijri month named after the date
that begins on it ("হিজরী ১৪৩৬ সালের ইংরেজি ১৯/০৬/২০১৫খ্রি: তারিখ … রমজান মাস শুরু হবে"), with the
Bengali Gregorian era cut short and glued ("খ্রি:"); a Persian "که" (that, which) opening an aside
between commas that ends in a copula ("، که عید فطر است ،", which is Eid al-Fitr), which says
what the day is, not what was said on it; a day glossed in brackets with the same day ("اولین
(اول) ماه شوال", "the first (1st) of Shawwal")."""

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


READ = [
    # line 1307: the year of the month said to begin after the date
    (
        "হিজরী ১৪৩৬ সালের ইংরেজি ১৯/০৬/২০১৫খ্রি: তারিখ রোজ শুক্রবার হতে পবিত্র মাহে রমজান মাস শুরু হবে।",
        ("1436-09", "2015-06-19"),
    ),
    ("হিজরী ১৪৩৬ সালের ১৯ জুন ২০১৫ তারিখ থেকে রমজান মাস শুরু হবে।", ("1436-09", "2015-06-19")),
    ("হিজরি ১৪৪৬ সালের ১ মার্চ ২০২৫ থেকে পবিত্র রমজান মাস শুরু হবে।", ("1446-09", "2025-03-01")),
    # the Gregorian era cut short and glued, its colon no clause's end
    ("১৯/০৬/২০১৫খ্রি: তারিখ রোজ শুক্রবার হতে পবিত্র মাহে রমজান মাস শুরু হবে।", ("--09", "2015-06-19")),
    # line 1175: an aside that says what the day is
    (
        "این بیانیه ادامه می دهد: “بر این اساس ، اولین (اول) ماه شوال ، که عید قربان است ، پنجشنبه ، 13 مه 2021 است.”",
        ("--10-01", "2021-05-13"),
    ),
    ("بر این اساس ، اول ماه شوال ، که عید فطر است ، پنجشنبه ، 13 مه 2021 است.", ("--10-01", "2021-05-13")),
    # a day glossed with the same day in brackets
    ("اولین (اول) ماه شوال پنجشنبه ، 13 مه 2021 است.", ("--10-01", "2021-05-13")),
    ("the first (1st) of Shawwal 1442 is Thursday, 13 May 2021", ("1442-10-01", "2021-05-13")),
]


@pytest.mark.parametrize(("text", "expected"), READ)
def test_read(text: str, expected: tuple[str, str]) -> None:
    assert _halves(text) == expected
    assert _found(text) == [expected]


def test_the_year_alone_pairs_without_a_month_said_to_begin_after() -> None:
    # no month after the date: the year beside it, as before
    text = "হিজরী ১৪৩৬ সালের ১৯ জুন ২০১৫ তারিখ থেকে স্কুল খুলবে।"
    assert _found(text) == [("1436", "2015-06-19")]


def test_the_year_is_the_one_before_the_era_not_after_its_year_word() -> None:
    # "ইংরেজি" (English) after "সালের" opens the Gregorian date; the year is the Hijri era's
    text = "হিজরী ১৪৩৬ সালের ইংরেজি ১৯/০৬/২০১৫খ্রি: তারিখ"
    assert _halves(text) == ("1436", "2015-06-19")


def test_an_aside_without_a_copula_is_still_a_saying() -> None:
    # "که" after the Hijri date, its clause no description: the day of a saying
    text = "شورا در 30 شعبان 1446 ، که مردم در مسجد جمع شدند ، اعلام کرد روزه از 2 مارس 2025 آغاز می شود."
    assert not [d for d in extract(text) if d.hijri and d.gregorian]


def test_a_bracketed_other_day_is_no_gloss() -> None:
    assert _halves("the first (2nd) of Shawwal 1442 is Thursday, 13 May 2021")[0] == "1442-10"
    assert _halves("Sunday (1st) Muharram, 7 July 2024")[0] is None
