"""Examples of the shapes taught for issue #13 (helper 53): spellings and day words the tables
lacked ("Dhul Hajja", French "Choual", Somali "kowda", "bishan", Yoruba "alẹ́ … nínú oṣù"); a
numeric date after a connector with its colon ("29 رجب الموافق: 2025/01/30م"); two years that
alone fill a bracket, joined by a hyphen ("Eid ul Adha (1443-2022) Announcement"); a day before
a month of its own calendar is that month's, day first, not the day of a month name before it
("am Abend des 10. März": German "des" folds as Indonesian "Des", December); a month said to
begin, its verb first, on the evening of a day ("Heuer beginnt der Ramadan am Abend des 10.
März"); a Somali day word after words that say what today is ("Ramadaan oo maanta ay tahay
maalintii ugu horeysay"); an ordinal month with its name in a bracket ("au 10e jour du
premier mois (Mouharram) de l'année musulmane (de l'Hégire) 1441"); a day one of two, each with
its weekday ("le lundi 09 ou le mardi 10 septembre 2019"), pairs with nothing."""

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
        "ganaaxaasi uu dhaqan-geli doono laga bilaabo 19-ka bishan July oo ku beegan 28-ka Dhul Qadah)",
        ("--11-28", "--07-19"),
    ),
    (
        "Tuesday September 15th 2015 will be the first of Dhul Hajja 1436h, Day of Arafah",
        ("1436-12-01", "2015-09-15"),
    ),
    ("ستكون مساء الخميس 29 رجب الموافق: 2025/01/30م.", ("--07-29", "2025-01-30")),
    ("Eid ul Adha (1443-2022) Announcement", ("1443-12-10", "2022")),  # the feast's day (stop 48)
    ("Ramadan Mubarak (1446 - 2025)", ("1446", "2025")),
    ("du mois de Choual de l’année 1444 de l’Hégire (2023) a été fixée pour jeudi", ("1444-10", "2023")),
    ("Der Ramadan beginnt am Abend des 10. März 2024.", ("--09", "2024-03-10")),
    ("Heuer beginnt der Ramadan (Ramezan) am Abend des 10. März (Sonntag).", ("--09", "--03-10")),
    ("Heuer beginnt der Ramadan am 10. März 2024.", ("--09", "2024-03-10")),
]


@pytest.mark.parametrize(("text", "expected"), PAIRED)
def test_paired(text: str, expected: tuple[str, str]) -> None:
    assert _halves(text) == expected
    assert _found(text) == [expected]


HIJRI_ONLY = [
    ("dhaqangalo 7:00-fiidnimo laga bilaabo kowda bisha Ramadaan.", "--09-01"),
    ("láti rí ìlétéṣù ní alẹ́ àkọ́kọ́ nínú oṣù Rọmọdọ̄n.", "--09-01"),
    ("ọjọ́ àkọ́kọ́ nínú oṣù Ramadan", "--09-01"),
    ("hambalyo u aadan bisha barakeysan ee Ramadaan oo maanta ay tahay maalintii ugu horeysay.", "--09-01"),
    (
        "correspondant au 10e jour du premier mois (Mouharram) de l’année musulmane (de l’Hégire) 1441",
        "1441-01-10",
    ),
    ("the tenth day of the first month (Muharram) 1441 AH", "1441-01-10"),
    ("10 Mouharram (de l’Hégire) 1441", "1441-01-10"),
]


@pytest.mark.parametrize(("text", "expected"), HIJRI_ONLY)
def test_hijri_day(text: str, expected: str) -> None:
    assert _halves(text) == (expected, None)
    assert _found(text) == []


def test_day_before_own_calendar_month() -> None:
    # German "des" (of the) is Indonesian "Des" (December); the day is March's.
    assert _halves("am Abend des 10. März 2024") == (None, "2024-03-10")
    assert _halves("des 10 März 2024") == (None, "2024-03-10")
    # a day with no month after it stays the month's before it
    assert _halves("Des 10, 2024") == (None, "2024-12-10")


NEGATIVES = [
    # a hyphen outside a bracket joins a range of years; more than two years in the bracket
    "the dynasty ruled 1443-2022 by the old reckoning",
    "Archive (1443-2022-05)",
    # years that share no days are not one feast's
    "Eid ul Adha (1443-2030) Announcement",
    # a day one of two, each said with its weekday
    "correspondant au 10e jour de Mouharram 1441, sera célébrée le lundi 09 ou le mardi 10 septembre 2019",
    "10 Muharram 1441 AH will be celebrated on Monday 9 or Tuesday 10 September 2019",
]


@pytest.mark.parametrize("text", NEGATIVES)
def test_not_paired(text: str) -> None:
    assert _found(text) == []
