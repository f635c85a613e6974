"""Examples of the shapes taught for the lines of issue #13 collected last (1032-1159):
Malayalam, Tamil, Hausa, Urdu and English, each read as the sentence says, and the lengths,
fasts and one-of-two days that are no date."""

from __future__ import annotations

import pytest

from datelines import ParseError, extract, parse


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
        # Tamil: another spelling of Jumada al-Akhirah, said to begin on a date
        ("ஜுமாதுல் ஆஹிர் மாதம் ஜனவரி 4, 2022 அன்று தொடங்கும்.", "--06", "2022-01-04"),
        # Urdu: Dhu al-Hijjah without its final letter
        ("کل 16 جون 2024 بمطابق 10 ذوالحج کو عید ہوگی۔", "--12-10", "2024-06-16"),
        # Hausa: "ɗin" (of) between the month and its year; "karshen" (the end of) a month
        ("Litinin, 11 ga watan Maris ɗin 2024, wanda ya zo daidai da 1 ga watan Ramadana 1445.",
         "1445-09-01", "2024-03-11"),
        ("Lahadi 30 ga watan Maris 2025 ne karshen watan Ramadana.", "--09", "2025-03-30"),
        # English: "of the current" between a day and its month
        ("on Thursday 29 of the current Jumada al-Akhirah, corresponding to January 11", "--06-29", "--01-11"),
    ],
)  # fmt: skip
def test_a_shape_is_read(text: str, hijri: str, gregorian: str) -> None:
    assert _halves(text) == (hijri, gregorian), text
    assert _found(text) == [(hijri, gregorian)], text


@pytest.mark.parametrize(
    ("text", "hijri"),
    [
        # Malayalam: the word for month between the name and the day word
        ("ജമാദ് അൽഅവ്വൽ മാസം ഒന്ന് ശനിയാഴ്ച ആയിരിക്കും.", "--05-01"),
        ("റമദാൻ മാസം ഒന്ന് വെള്ളിയാഴ്ച.", "--09-01"),
        # Malayalam: a weekday with a day's ending ("will be Sunday"), after the day word
        ("റമസാൻ ഒന്ന് ഞായറാഴ്ചയായിരിക്കുമെന്നും അറിയിച്ചു.", "--09-01"),
        ("മുഹറം ഒന്ന് തിങ്കളാഴ്ചയാണ്.", "--01-01"),
    ],
)
def test_a_lone_half_is_read(text: str, hijri: str) -> None:
    assert _halves(text) == (hijri, None), text
    assert _found(text) == [], text


@pytest.mark.parametrize(
    "text",
    [
        # a month's length, or one of two days, after its name: no day
        "رمضان 30 یا 29 دن کا ہوتا ہے۔",
        "رمضان 30 دن کا ہوتا ہے۔",
        "Ramadan 29 or 30 days long.",
    ],
)
def test_a_length_after_a_month_is_no_date(text: str) -> None:
    with pytest.raises(ParseError):
        parse(text)
    assert _found(text) == [], text


def test_the_other_halfs_day_after_or_is_still_read() -> None:
    assert _halves("Ramadhan 1 atau 11 Maret 2024") == ("--09-01", "2024-03-11")


@pytest.mark.parametrize(
    "text",
    [
        # the fast of the month begins on the date, not the month (Malayalam, and in English)
        "മാർച്ച് 11 തിങ്കളാഴ്ച സൗദി അറേബ്യ വിശുദ്ധ റമദാൻ മാസത്തിൻ്റെ വൃതം ആരംഭിക്കും.",
        "On Monday, 11 March, the Ramadan fast begins.",
    ],
)
def test_a_fast_said_to_begin_is_not_the_month(text: str) -> None:
    assert _found(text) == [], text


@pytest.mark.parametrize(
    ("text", "hijri", "gregorian"),
    [
        # English: the first day of the Hijri year is 1 Muharram of the year named
        ("19 July is the First Day of Hijri Year 1445", "1445-01-01", "--07-19"),
        ("the first day of the Hijri year 1446 AH falls on Sunday, 7 July 2024", "1446-01-01", "2024-07-07"),
        # Arabic: an ellipsis after a month's name ends the headline; the day word is the next month's
        ("أربعة أشهر على رمضان.. فاتح شهر جمادى الأولى يُوافق الأربعاء 15 نونبر", "--05-01", "--11-15"),
        # English: "the Islamic year" as the era before the year
        ("1 Ramadan of the Islamic year 1445, corresponding to 11 March 2024", "1445-09-01", "2024-03-11"),
        # a weekday in brackets between the day and month and the year
        ("Muaji i Ramazanit fillon më 13 prill (e mart) 2021!", "--09", "2021-04-13"),
        ("1 Ramadan 1442 AH, corresponding to 13 April (Tuesday) 2021", "1442-09-01", "2021-04-13"),
        # two months, each with its day after it: the number between is the Hijri month's day
        ("തൽഫലമായാണ് റമദാൻ 1 മാർച്ച് 11 ന് വരുന്നത്.", "--09-01", "--03-11"),
        ("Ramadan 1 March 11, 2024", "--09-01", "2024-03-11"),
        # Arabic: "the completer of the thirty of" a month is its 30th
        ("الأربعاء الموافق 22 مارس 2023م، هو المكمّل للثلاثين من شهر شعبان", "--08-30", "2023-03-22"),
        # Bosnian: the instrumental "with the first day of the month of Shawwal"
        (
            "bajram počinje u petak, 20. marta 2026. godine, s prvim danom mjeseca ševvala.",
            "--10-01",
            "2026-03-20",
        ),
        # Bengali: a year pair, the Hijri year bracketed straight before the month
        ("ইসলামিক ফাউন্ডেশন ২০২৬ খ্রিস্টাব্দের (১৪৪৭ হিজরি) পবিত্র রমজান মাসের সেহরি", "1447-09", "2026"),
        # Urdu: "the Islamic month", the month named before with its year, said to begin on a date
        (
            "ربیع الاول 1446 ہجری کا چاند نظر نہیں آیا، اس لیے اسلامی مہینہ 6 ستمبر (جمعہ) سے شروع ہوگا۔",
            "1446-03",
            "--09-06",
        ),
        # Urdu in Persian spelling: "به روز" (on the day) before the weekday, as "بروز"
        (
            "کل مورخ 23 مارچ 2023 به روز پنج شنبه ماه شعبان المعظم ۱۴۴۴ھ کی 30 تاریخ رہے گی",
            "1444-08-30",
            "2023-03-23",
        ),
    ],
)
def test_a_shape_of_the_second_round_is_read(text: str, hijri: str, gregorian: str) -> None:
    assert _halves(text) == (hijri, gregorian), text
    assert _found(text) == [(hijri, gregorian)], text


@pytest.mark.parametrize(
    ("text", "hijri"),
    [
        ("Islamic year 1445 corresponds to the Gregorian calendar years 2023-2024.", "1445"),
        # Yoruba: "in the month of" between the day word and the month
        ("ojo akoko tinu osun Muharram ti Hijrah 1443", "1443-01-01"),
        # Bengali: "coming" and "month of" between the year and the month
        ("১৪৪৬ হিজরি সনের আসন্ন মাহে রমজানের পবিত্রতা রক্ষায়", "1446-09"),
    ],
)
def test_a_lone_half_of_the_second_round_is_read(text: str, hijri: str) -> None:
    assert _halves(text) == (hijri, None), text
    assert _found(text) == [], text


def test_the_other_months_number_is_still_its_day_before_a_time_or_a_year() -> None:
    assert _halves("Ramadan 1446 1 March 2025") == ("1446-09", "2025-03-01")
    assert _halves("Рамазан 16 майда") == (None, "--05-16")
