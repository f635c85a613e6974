"""Examples of shapes taught for tuning lines of issue #13 (405, 541, 911, 913, 915, 919, 922, 1021): English "the
completion of" a month (its 30th), Arabic "بدأ" (began) before a month said to begin on a date,
a dated pair preferred by ``parse`` to a month-and-year pair said before it, and a month whose
day is one of two, which pairs with no day; and English "then" between two clauses'
dates ("if …, then …"), which are different days; a date after a verb of sighting, the
sighting's day; a bracketed gloss between two halves; Bengali "মুহররম"."""

from __future__ import annotations

import pytest

from datelines import extract, parse


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
        # English: "the completion of" a month is its 30th, as Arabic "المتمم"
        (
            "Saturday will be the completion of the month of Sha'ban 1446 AH, corresponding to March 1, 2025.",
            "1446-08-30",
            "2025-03-01",
        ),
        ("The completion of Ramadan 1445 H falls on 9 April 2024.", "1445-09-30", "2024-04-09"),
        # Arabic: "بدأ" (began) before a month and its year said to begin on a date
        ("بدأ شهر رمضان لعام 1445 هجريًا يوم الاثنين 11 مارس 2024.", "1445-09", "2024-03-11"),
        ("وقد بدأ شهر رجب 1446 هـ بتاريخ 1 يناير 2025.", "1446-07", "2025-01-01"),
    ],
)
def test_a_shape_is_read(text: str, hijri: str, gregorian: str) -> None:
    assert _halves(text) == (hijri, gregorian), text
    assert _found(text) == [(hijri, gregorian)], text


def test_parse_prefers_the_dated_pair_to_a_year_pair_before_it() -> None:
    text = (
        "هلال شهر ذي الحجة لهذا العام 1445هـ/2024م يرصد يوم الخميس، الموافق 29 من شهر ذي القعدة 1445هـ، "
        "والذي يتزامن مع 6 يونيو 2024م."
    )
    assert _halves(text) == ("1445-11-29", "2024-06-06")
    # a year pair alone is still the line's
    assert _halves("هلال شهر ذي الحجة لهذا العام 1445هـ/2024م") == ("1445-12", "2024")
    # and the first pair stays first when it names a day
    text = "1 رمضان 1446هـ الموافق 1 مارس 2025م، و 1 شوال 1446هـ الموافق 30 مارس 2025م"
    assert _halves(text) == ("1446-09-01", "2025-03-01")


@pytest.mark.parametrize(
    ("text", "hijri"),
    [
        ("من المتوقع أن يكون يوم 16 أو يوم 17 من يوليو 2024 (اليوم العاشر من محرم).", "--01-10"),
        ("Ashura tombera le 16 ou le 17 juillet 2024, le 10 Muharram 1446.", "1446-01-10"),
        ("Ashura falls on 16 or 17 July 2024 (10 Muharram).", "--01-10"),
    ],
)
def test_a_month_whose_day_is_one_of_two_pairs_with_no_day(text: str, hijri: str) -> None:
    assert _halves(text) == (hijri, None), text
    assert _found(text) == [], text


def test_one_day_beside_a_month_still_pairs() -> None:
    text = "يوم 16 يوليو 2024 (اليوم العاشر من محرم)."
    assert _halves(text) == ("--01-10", "2024-07-16")


def test_dates_either_side_of_then_are_different_days() -> None:
    text = "If the crescent is seen on the evening of March 28, then Shawwal 1 will be on March 29."
    assert _halves(text) == ("--10-01", "--03-29")
    assert _found(text) == [("--10-01", "--03-29")]
    text = "If the moon is sighted on 28 February 2025, then 1 Ramadan 1446 AH."
    assert _found(text) == []


def test_a_date_the_crescent_was_sighted_on_is_not_the_hijri_day() -> None:
    text = "The council declared the first day of Shawwal 1446 as the crescent was sighted on Saturday, March 29, 2025."
    assert _halves(text) == ("1446-10-01", None)
    assert _found(text) == []
    # a connector still pairs them
    text = "1 Shawwal 1446 AH, as the moon was seen, corresponds to 30 March 2025."
    assert _found(text) == [("1446-10-01", "2025-03-30")]


def test_a_bracketed_gloss_between_the_halves_is_one_word() -> None:
    text = "the first day of Ramadan 1446 AH (the ninth month, or “the month of fasting”) will be on Saturday, March 1."
    assert _halves(text) == ("1446-09-01", "--03-01")
    assert _found(text) == [("1446-09-01", "--03-01")]
    # nor a gloss across a clause break: the two dates stay apart
    text = "Ramadan 1446 AH (the month of fasting) begins, while on Saturday, March 8 the talks open."
    assert _found(text) == []


def test_bengali_muharram_with_both_u_signs() -> None:
    assert _halves("১০ মুহররম ১৪৪৬ হিজরি, ১৬ জুলাই ২০২৪") == ("1446-01-10", "2024-07-16")
