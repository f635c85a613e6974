"""What stop 49's new-user trial found in reading places (issue #15)."""

from __future__ import annotations

import pytest

from datelines import check, extract, parse


@pytest.mark.parametrize(
    ("text", "place", "authority"),
    [
        ("الرياض، 1 شوال 1446 هـ الموافق 31 مارس 2025 م", "الرياض", "SA"),
        ("کراچی، 10 ربیع الثانی 1437ھ بمطابق 20 جنوری 2016ء", "کراچی", "PK"),
        ("الرباط، 1 شوال 1446 هـ الموافق 31 مارس 2025 م", "الرباط", "MA"),
    ],
)
def test_a_known_place_before_an_arabic_comma_is_read(text: str, place: str, authority: str) -> None:
    """ "Place،" is how Arabic and Urdu datelines set off their place; unread, the place's
    authority was never asked, and a line with another country's date passed unremarked."""
    line = parse(text)
    assert line.place == place
    assert [d.place for d in extract(text)] == [place]
    verdict = check(line)
    if authority == "MA":
        assert verdict.authority == "MA"
    else:  # another country's date: a warning names the place's authority
        assert any(f.code == "other-authority" and f"({authority})" in f.message for f in verdict.findings)


@pytest.mark.parametrize(
    ("text", "place", "agency"),
    [
        ("عمّان 27 رجب 1446 هـ الموافق 27 كانون الثاني 2025 م", "عمّان", None),  # a shadda
        ("دبي في 1 شوال 1446 هـ الموافق 30 مارس 2025 م", "دبي", None),  # "in": not the place's
        ("اسلام آباد (اے پی پی) 12 ربیع الاول 1446ھ بمطابق 16 ستمبر 2024ء", "اسلام آباد", "اے پی پی"),
        ("أعلنت المحكمة في 28 فبراير 2025 أن رمضان 1446 يبدأ غداً", None, None),  # the court announced on
        ("حکومتِ افغانستان نے 1 شوال 1443 ہجری کا اعلان کیا", None, None),  # Afghanistan's government has
        ("وبذلك تكون غرة شهر صفر 1444 هـ فلكياً يوم الأحد 28/8/2022م.", None, None),
    ],
)
def test_places_set_off_by_a_space(text: str, place: str | None, agency: str | None) -> None:
    line = parse(text)
    assert (line.place, line.agency) == (place, agency)


@pytest.mark.parametrize(
    ("text", "place", "agency"),
    [
        ("لاہور (مانیٹرنگ ڈیسک) یکم شوال 1446ھ بمطابق 31 مارچ 2025ء", "لاہور", "مانیٹرنگ ڈیسک"),
        ("القاهرة (بنا) 1 شوال 1446 هـ الموافق 30 مارس 2025 م", "القاهرة", "بنا"),
        ("Colombo (Daily Mirror) 1 Shawwal 1446 AH / 31 March 2025", "Colombo", "Daily Mirror"),
        ("أعلنت الوزارة (الأحد) 1 شوال 1446 هـ الموافق 30 مارس 2025 م", None, None),  # announced (Sunday)
        ("صلاة العيد (غداً) 1 شوال 1446 هـ الموافق 30 مارس 2025 م", None, None),  # Eid prayer (tomorrow)
        ("رسمياً 1 شوال 1446 هـ الموافق 30 مارس 2025 م", None, None),  # officially
        ("Pemerintah menetapkan 1 Syawal 1444 Hijriyah jatuh pada Sabtu, 22 April 2023.", None, None),
    ],
)
def test_what_may_stand_in_brackets_after_a_place(text: str, place: str | None, agency: str | None) -> None:
    """A review: any bracket made a clause a place, and one the tables did not know lost a real place."""
    line = parse(text)
    assert (line.place, line.agency) == (place, agency)
