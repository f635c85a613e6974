"""Examples of running-text shapes taught for issue #13 (English, French, Indonesian, Swahili,
Hausa, Yoruba, Hindi, Bengali, Malayalam): each read as the sentence says, and the near misses
that must stay quiet."""

from __future__ import annotations

import pytest

from datelines import ParseError, extract, parse


def _halves(text: str) -> tuple[str | None, str | None]:
    line = parse(text)
    return (
        None if line.hijri is None else line.hijri.isoformat(),
        None if line.gregorian is None else line.gregorian.isoformat(),
    )


def _found(text: str) -> list[tuple[str, str]]:
    return [
        (d.hijri.isoformat(), d.gregorian.isoformat())
        for d in extract(text)
        if d.hijri is not None and d.gregorian is not None
    ]


@pytest.mark.parametrize(
    ("text", "hijri", "gregorian"),
    [
        # Hausa: the month of a feast, after the word for month, is its month
        ("Litinin 28 ga watan Afrilu ne 30 ga watan Ƙaramar Sallah na Shawwal.", "--10-30", "--04-28"),
        ("10 ga watan Babbar Sallah 1445 wanda ya zo daidai da 16 ga Yuni 2024", "1445-12-10", "2024-06-16"),
        # Yoruba: the month of fasting
        ("oṣù ààwẹ̀ 1444 A.H. (2023)", "1444-09", "2023"),
        # Swahili: "mwezi" and a cardinal is the day of the month named after it
        ("mwezi Tisa ya Dhulhijja 1445 sawa na 15 Juni 2024", "1445-12-09", "2024-06-15"),
        ("mwezi ishirini na saba ya Ramadhani 1445 sawa na 6 Aprili 2024", "1445-09-27", "2024-04-06"),
        # Bengali: a cardinal with the word for date, after the month
        ("শাওয়াল মাসের এক তারিখে ১৪৪৫ হিজরি অর্থাৎ ১০ এপ্রিল ২০২৪", "1445-10-01", "2024-04-10"),
        # Hindi: a day word after the month's epithet
        ("02 मार्च 2025 (रविवार) को रमज़ान उल मुबारक की पहली तारीख होगी।", "--09-01", "2025-03-02"),
        # Malayalam: an early Gregorian year after its era, beside the Hijri day
        ("എ ഡി 622-ലെ ഒന്നാം മുഹറം മുസ്ലീം കലണ്ടറിന്റെ തുടക്കമാണ്.", "--01-01", "0622"),
        # Malayalam: the month's last day said on a date
        ("മാർച്ച് 22 ബുധനാഴ്ച ശഅബാൻ മാസത്തിന്റെ അവസാന ദിവസമായിരിക്കും.", "--08", "--03-22"),
        # Hausa: a month said to go on until a date
        ("watan Ramadan mai alfarma zai ci gaba har zuwa ranar 9 ga Afrilu.", "--09", "--04-09"),
        # Indonesian and English: the month's number said before its name
        (
            "hari pertama bulan kesepuluh dalam kalender Islam Syawal akan jatuh pada tanggal 10 April",
            "--10-01",
            "--04-10",
        ),
        (
            "the first day of the tenth month of the Islamic calendar, Shawwal 1445 AH, corresponding to "
            "10 April 2024",
            "1445-10-01",
            "2024-04-10",
        ),
        # Bengali: a headline's question between the day and the Gregorian year
        ("পহেলা রমজান কত তারিখে ২০২৫", "--09-01", "2025"),
    ],
)
def test_a_shape_is_read(text: str, hijri: str, gregorian: str) -> None:
    assert _halves(text) == (hijri, gregorian), text
    assert (hijri, gregorian) in _found(text) or not any(ch.isdigit() for ch in text), text


@pytest.mark.parametrize(
    ("text", "hijri"),
    [
        # Hindi, English: the year with its era word and the word for year between
        ("इसके बाद मुहर्रम का महीना (Islamic Hijri Year 1446) शुरु होता है।", "1446-01"),
        ("the Hijri year 1446 begins on Sunday", "1446"),
        # Yoruba: the important month of fasting, with its year
        ("lórí oṣù pàtàkì ààwè  1444 A.H.", "1444-09"),
        # Swahili: the ten days counted, then the 9th in words
        ("masiku kumi ya mwezi wa dhulhijja na afunge ndani ya mwezi Tisa ya Dhulhijja.", "--12-09"),
    ],
)
def test_a_lone_half_is_read(text: str, hijri: str) -> None:
    line = parse(text)
    assert line.hijri is not None
    assert line.hijri.isoformat() == hijri, text


@pytest.mark.parametrize(
    "text",
    [
        # a feast's name without the word for month is the feast, not its month
        "Litinin 10 ga Afrilu ita ce ranar Ƙaramar Sallah, an fara bukukuwa.",
        # Hausa: the month's days counted
        "kammala azumin kwanaki 29 na watan Ramadan, ranar 30 ga Maris 2025",
        # Hindi: the 30th fast, not the 30th of the month
        "10 अप्रैल 2024 बरोज बुधवार को रमजान उल मुबारक का 30वां रोजा रखा जाएगा",
        # English: the date said of another month, begun between
        "on Friday, which was the 29th day of Shaban, confirming the commencement of Ramadan on March 1.",
        # Swahili: "mwezi wa tisa" is the ninth month, not the 9th
        "Dhulhijja 1445 ilianza mwezi wa tisa, tarehe 7 Juni 2024",
    ],
)
def test_no_day_is_read(text: str) -> None:
    found = [d for d in extract(text) if d.hijri is not None and d.hijri.day is not None]
    assert found == [], text
    try:
        line = parse(text)
    except ParseError:
        return
    assert line.hijri is None or line.gregorian is None or line.hijri.day is None, text


def test_the_eve_of_another_month_does_not_part_a_dateline() -> None:
    text = "17. 06. 2015. (srijeda)- Uoči Ramazana, prva teravija (30. Ša'ban, 1436. h.g.)"
    assert _halves(text) == ("1436-08-30", "2015-06-17")
