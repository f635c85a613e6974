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
        ("مكة المكرمة، الثلاثاء، 2 رمضان 1445 هـ الموافق 12 مارس 2024 م", "مكة المكرمة"),  # a known place
        ("Dar es Salaam السبت، 24 رمضان 1420 هـ الموافق 1 يناير 2000 م", "Dar es Salaam"),  # in capitals
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
        # the comma before a date alone: only a place the tables know is taken
        "مبروك، 2 رمضان 1445 هـ الموافق 12 مارس 2024 م",
        # a review: a clause of a few words before a weekday's Arabic comma
        "قال محمد، الثلاثاء، 2 رمضان 1445 هـ الموافق 12 مارس 2024 م",  # Muhammad said
        "وأضاف، الثلاثاء، 2 رمضان 1445 هـ الموافق 12 مارس 2024 م",  # and he added
        "يوم غد، الثلاثاء، 2 رمضان 1445 هـ الموافق 12 مارس 2024 م",  # tomorrow
        "رمضان كريم، الثلاثاء، 2 رمضان 1445 هـ الموافق 12 مارس 2024 م",
        "به گزارش ایرنا، سه‌شنبه، 2 رمضان 1445 / 12 مارس 2024",  # according to IRNA
        "کل بروز منگل، 2 رمضان 1445 بمطابق 12 مارچ 2024",  # tomorrow, on Tuesday
        "الرباط صباح الثلاثاء، 12 مارس 2024 الموافق 2 رمضان 1445",  # Rabat, morning
        "بيان صحفي\nالرياض، الثلاثاء، 2 رمضان 1445 هـ الموافق 12 مارس 2024 م",  # across a line
        "مشهد مهيب، الأحد، 16 يونيو 2024 الموافق 10 ذو الحجة 1445",  # a majestic scene, not Mashhad
    ],
)
def test_a_clause_before_an_arabic_comma_is_no_place(text: str) -> None:
    assert parse(text).place is None
