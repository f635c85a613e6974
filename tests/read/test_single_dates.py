"""parse() of lines that state a Hijri date alone (no Gregorian partner): the Hijri half read."""

from __future__ import annotations

import pytest

from datelines import DatelineError, extract, parse

LONE = [
    # a day taking the year its month was named with, earlier in the sentence
    (
        "أعلنت اللجنة عن ثبوت رؤية هلال شهر رمضان المبارك لعام 1446 هجري، مؤكدة أن يوم غدٍ السبت سيكون "
        "أول أيام الشهر الفضيل.",
        "1446-09-01",
    ),
    ("Ramadan 1446 AH was declared; the first day of Ramadan is Saturday.", "1446-09-01"),
    # Pashto: the month of fasting, "د روژې د مبارکې میاشتې" (of the blessed month of fasting)
    ("نن د روژې د مبارکې میاشتې لومړۍ ورځ ده.", "--09-01"),
    ("د روژې میاشتې لومړۍ ورځ", "--09-01"),
    # a Hijri month with a Solar Hijri year in Persian digits is no Hijri year
    ("ماه رمضان ۱۴۰۰ – تاریخ دقیق شروع ماه رمضان ۱۴۰۰ افغانستان", None),
    ("عید فطر: اول شوال ۱۴۰۳ در تقویم ایران", "--10-01"),
    ("ماه رمضان ۱۴۰۰ هجری قمری", "1400-09"),  # with its era mark, the lunar year
    ("ماه رمضان 1400", "1400-09"),  # in ASCII digits, as written
    ("رمضان ۱۴۴۵", "1445-09"),  # a lunar year of our time
]


@pytest.mark.parametrize(("text", "hijri"), LONE)
def test_a_lone_hijri_date(text: str, hijri: str | None) -> None:
    try:
        line = parse(text)
    except DatelineError:
        assert hijri is None, text
        return
    got = None if line.hijri is None else line.hijri.isoformat()
    assert got == hijri, text
    assert line.gregorian is None, text
    assert list(extract(text)) == [], text
