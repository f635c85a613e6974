"""What a trial of the writing side found in the reader (stop 45)."""

from __future__ import annotations

import pytest

from datelines import check, parse


@pytest.mark.parametrize(
    ("text", "place"),
    [
        ("الرياض الثلاثاء، 2 رمضان 1445 هـ الموافق 12 مارس 2024 م", "الرياض"),  # spa-ar, weekday=True
        ("الرياض، الثلاثاء، 2 رمضان 1445 هـ الموافق 12 مارس 2024 م", "الرياض"),
        ("کراچی منگل، 2 رمضان 1445ھ بمطابق 12 مارچ 2024ء", "کراچی"),  # urdu
        ("الرباط، الاثنين، 10 شعبان 1416 هـ الموافق 1 يناير 1996 م", "الرباط"),
    ],
)
def test_a_place_before_a_weekday_and_an_arabic_comma_is_read(text: str, place: str) -> None:
    line = parse(text)
    assert (line.place, line.weekday is not None) == (place, True)


def test_the_place_read_points_the_check_to_its_country() -> None:
    """The trial's line, written in Morocco's calendar with the weekday first: without its
    place the check named Saudi Arabia's calendar."""
    assert check("الرباط الاثنين، 10 شعبان 1416 هـ الموافق 1 يناير 1996 م").authority == "MA"


@pytest.mark.parametrize(
    "text",
    [
        "در نهایت، درصورت روئیت هلال ماه، چهارشنبه ۲۲ فروردین ۱۴۰۳ مصادف با ۱ شوال",  # a clause
        "ملک میں نئے اسلامی سال کا آغاز ہوگیا، یکم محرم 1437 ہجری جمعرات 15 اکتوبر کو ہوگی۔",
        "ئەمڕۆ پێنجشەممە، 12ـی شوباتی 2026",  # Kurdish "today, Thursday"
        "الرياض، 2 رمضان 1445 هـ الموافق 12 مارس 2024 م",  # the comma before a date alone: not taken
    ],
)
def test_a_clause_before_an_arabic_comma_is_no_place(text: str) -> None:
    assert parse(text).place is None
