"""Shapes the lead fixed in stop 42 (issue #15): German days in words and the words that join
German halves ("Der erste Tag des Monats Ramadan 1445 fällt auf Montag, den 11. März 2024")."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from datelines import HijriDate, check, extract, get_calendar, parse
from datelines.names.output import HIJRI_MONTHS
from datelines.names.words import _DE_ORDINALS, _NL_ORDINALS

UMALQURA = get_calendar("umalqura")
GERMAN_MONTHS = (
    "Januar", "Februar", "März", "April", "Mai", "Juni", "Juli", "August", "September", "Oktober",
    "November", "Dezember",
)  # fmt: skip
GERMAN_WEEKDAYS = ("Montag", "Dienstag", "Mittwoch", "Donnerstag", "Freitag", "Samstag", "Sonntag")


@pytest.mark.parametrize(
    ("text", "hijri", "gregorian"),
    [
        (
            "Der erste Tag des Monats Ramadan 1445 fällt auf Montag, den 11. März 2024.",
            "1445-09-01",
            "2024-03-11",
        ),
        ("am ersten Tag des Fastenmonats Ramadan 1445, dem 11. März 2024", "1445-09-01", "2024-03-11"),
        ("Der zehnte Tag des Monats Muharram 1446 ist der 16. Juli 2024.", "1446-01-10", "2024-07-16"),
        ("Der 16. Juli 2024 ist der 10. Tag von Muharram 1446.", "1446-01-10", "2024-07-16"),
        (
            "Am Sonntag, dem 29. Dhu al-Qa'dah 1444 H, was dem 18. Juni 2023 entspricht",
            "1444-11-29",
            "2023-06-18",
        ),
        ("Am neunundzwanzigsten Tag des Ramadan 1446 (29. März 2025)", "1446-09-29", "2025-03-29"),
    ],
)
def test_german_lines(text: str, hijri: str, gregorian: str) -> None:
    line = parse(text)
    assert line.hijri is not None
    assert line.gregorian is not None
    assert (line.hijri.isoformat(), line.gregorian.isoformat()) == (hijri, gregorian)


@given(
    st.integers(1380, 1480),
    st.integers(1, 12),
    st.integers(1, 29),
    st.sampled_from(("", "n")),
    st.sampled_from(
        (
            "Der {day} Tag des Monats {month} {year} fällt auf {weekday}, den {date}.",
            "Am {day} Tag des {month} {year}, dem {date}, beginnt das Fest.",
            "Der {date} ist der {day} Tag des Monats {month} {year}.",
            "{weekday}, {date}, entspricht dem {day} Tag des {month} {year}.",
        )
    ),
)
def test_a_german_day_in_words_reads_and_checks(
    year: int, month: int, day: int, ending: str, shape: str
) -> None:
    gregorian = UMALQURA.to_gregorian(HijriDate(year, month, day))
    text = shape.format(
        day=_DE_ORDINALS[day - 1] + ending,
        month=HIJRI_MONTHS["en"][month - 1],
        year=year,
        weekday=GERMAN_WEEKDAYS[gregorian.weekday()],
        date=f"{gregorian.day}. {GERMAN_MONTHS[gregorian.month - 1]} {gregorian.year}",
    )
    line = parse(text)
    assert line.hijri is not None, text
    assert line.gregorian is not None, text
    assert (line.hijri.year, line.hijri.month, line.hijri.day) == (year, month, day), text
    assert line.gregorian.isoformat() == gregorian.isoformat(), text
    assert check(line, calendar=UMALQURA).ok, text


DUTCH_MONTHS = (
    "januari", "februari", "maart", "april", "mei", "juni", "juli", "augustus", "september", "oktober",
    "november", "december",
)  # fmt: skip
DUTCH_WEEKDAYS = ("maandag", "dinsdag", "woensdag", "donderdag", "vrijdag", "zaterdag", "zondag")


@pytest.mark.parametrize(
    ("text", "hijri", "gregorian"),
    [
        # Dutch (CLDR's months and weekdays, Dutch ordinals, "valt op", "komt overeen met")
        ("Vandaag, dinsdag 13 april 2021, is de eerste dag van de Ramadan 1442.", "1442-09-01", "2021-04-13"),
        ("1 Ramadan 1446 valt op zaterdag 1 maart 2025.", "1446-09-01", "2025-03-01"),
        (
            "De tiende dag van Moeharram 1446 komt overeen met dinsdag 16 juli 2024.",
            "1446-01-10",
            "2024-07-16",
        ),
        ("zaterdag 1 maart 2025 (1 Ramadan 1446 na de Hidjra)", "1446-09-01", "2025-03-01"),
        # Spanish "primer día del (bendito) mes de"
        (
            "El sábado 1 de marzo de 2025 corresponde al primer día del bendito mes de Ramadán de 1446.",
            "1446-09-01",
            "2025-03-01",
        ),
        # Hausa's hooked letters fold to plain ones: "Zulƙi'ida" as "Zulki'ida"
        (
            "ranar 1 ga watan Zulƙi'ida na shekarar hijira ta 1444, wadda ta yi daidai da 21 ga watan Mayu na shekara ta 2023",
            "1444-11-01",
            "2023-05-21",
        ),
        # Mauritanian "دسيمبر", Sorani "ڕەبیعی یەکەمی", new English and French spellings
        ("يوم الأحد 25 دسيمبر 2022 هو فاتح شهر جمادى الآخرة 1444 هـ", "1444-06-01", "2022-12-25"),
        (
            "شەممە 9ی تشرینی دووەمی 2019، هاوکاتە لەگەڵ 12ی ڕەبیعی یەکەمی 1441ی کۆچی",
            "1441-03-12",
            "2019-11-09",
        ),
        ("the 29th of Dhul-Qaeda 1444 H corresponding to June 18, 2023", "1444-11-29", "2023-06-18"),
        ("Tuesday 29 Dou El Hijja 1444 (corresponding to July 18, 2023)", "1444-12-29", "2023-07-18"),
        # "for the year" between a month and its year
        ("Ramadan for the year 1445 began on 11 March 2024.", "1445-09", "2024-03-11"),
        # Japanese month names (CLDR's and Japanese Wikipedia's, the dots inside them folded
        # away), "月" and "の" before the day, "第一日", "年度"; a date by numbers in brackets
        ("ヒジュラ暦1446年シャウワール月1日は2025年3月31日(月)です。", "1446-10-01", "2025-03-31"),
        (
            "ヒジュラ暦1446年度シャウワール月の第一日は、2025年3月31日となりました。",
            "1446-10-01",
            "2025-03-31",
        ),
        ("ヒジュラ暦1445年ズー・アル＝ヒッジャ月10日(2024年6月16日)", "1445-12-10", "2024-06-16"),
        ("2056年10月1日 (ラビー・ウル・アウワル 21, 1479)", "1479-03-21", "2056-10-01"),
        ("イスラム暦1446年ラマダン月1日は2025年3月1日", "1446-09-01", "2025-03-01"),
        # a space after a date's slash, and a year after a slash glued to its month
        ("بتاریخ 2/ربیع الآخر 1446ھ مطابق 6/ اکتوبر 2024ء بروز اتوار", "1446-04-02", "2024-10-06"),
        ("الإثنين الموافق 16/سبتمبر/ 2024، 12 ربيع الأول/1446 ه", "1446-03-12", "2024-09-16"),
        ("Monday 16/September/ 2024, 12 Rabi al-Awwal/1446 AH", "1446-03-12", "2024-09-16"),
    ],
)
def test_lines_of_the_fifth_set_s_shapes(text: str, hijri: str, gregorian: str) -> None:
    line = parse(text)
    assert line.hijri is not None
    assert line.gregorian is not None
    assert (line.hijri.isoformat(), line.gregorian.isoformat()) == (hijri, gregorian)


@given(
    st.integers(1380, 1480),
    st.integers(1, 12),
    st.integers(1, 29),
    st.sampled_from(
        (
            "De {day} dag van {month} {year} valt op {weekday} {date}.",
            "{weekday} {date}, de {day} dag van de maand {month} {year}",
            "{weekday} {date} is de {day} dag van {month} {year}.",
        )
    ),
)
def test_a_dutch_day_in_words_reads_and_checks(year: int, month: int, day: int, shape: str) -> None:
    gregorian = UMALQURA.to_gregorian(HijriDate(year, month, day))
    text = shape.format(
        day=_NL_ORDINALS[day - 1],
        month=HIJRI_MONTHS["en"][month - 1],
        year=year,
        weekday=DUTCH_WEEKDAYS[gregorian.weekday()],
        date=f"{gregorian.day} {DUTCH_MONTHS[gregorian.month - 1]} {gregorian.year}",
    )
    line = parse(text)
    assert line.hijri is not None, text
    assert line.gregorian is not None, text
    assert (line.hijri.year, line.hijri.month, line.hijri.day) == (year, month, day), text
    assert line.gregorian.isoformat() == gregorian.isoformat(), text
    assert check(line, calendar=UMALQURA).ok, text


# A review of this stop's changes: each a case it found.


def test_a_date_s_dot_and_weekday_after_it_keep_the_date() -> None:
    # "・" folds away; the day's "日" is still cut off the weekday glued after it
    line = parse("2024年7月16日・火曜日")
    assert line.gregorian is not None
    assert line.gregorian.text == "2024年7月16日"
    found = [
        (d.hijri.isoformat(), d.gregorian.isoformat())
        for d in extract("2025年3月30日・日曜日（ヒジュラ暦1446年10月1日）")
        if d.hijri and d.gregorian
    ]
    assert found == [("1446-10-01", "2025-03-30")]


def test_the_ideographic_full_stop_ends_a_sentence() -> None:
    text = "会議は3月15日に開かれた。ラマダーン月5日は2025年3月5日。"
    assert [(d.hijri.day, d.gregorian.isoformat()) for d in extract(text) if d.hijri and d.gregorian] == [
        (5, "2025-03-05")
    ]


@pytest.mark.parametrize(
    "text",
    [
        "Mein zweiter Ramadan als Muslim begann am 1. März 2025.",
        "Mijn tweede Ramadan als moslim begon op 1 maart 2025.",
        "Fue su primer Ramadán en España, que empezó el 1 de marzo de 2025.",
    ],
)
def test_an_ordinal_right_before_a_month_counts_months(text: str) -> None:
    # (the month may still pair as a month beginning on the date, with no day)
    assert all(d.hijri is None or d.hijri.day is None for d in extract(text))


@pytest.mark.parametrize(
    "text", ["Vol. 12, No. 3/ March 2025 / 1 Ramadan 1446", "شمارہ 3/ مارچ 2025ء بمطابق یکم رمضان 1446ھ"]
)
def test_a_labelled_number_before_a_slash_is_no_day(text: str) -> None:
    lines = [d for d in extract(text) if d.gregorian is not None]
    assert lines
    assert lines[0].gregorian is not None
    assert lines[0].gregorian.day is None
    assert check(lines[0]).ok


def test_a_moon_sighting_clause_pairs_no_day_with_the_feast_s_date() -> None:
    # Ramadan's 30th is no day of 31 March; the feast, named without its year, is (stop 59)
    text = "چاند نظر نہ آیا تو کل رمضان کی 30 ہوگی، عید الفطر پیر 31 مارچ 2025 کو منائی جائے گی۔"
    found = [d for d in extract(text) if d.hijri is not None and d.gregorian is not None and d.hijri.day]
    assert [(d.hijri.month, d.hijri.day, d.gregorian.isoformat()) for d in found if d.gregorian] == [
        (10, 1, "2025-03-31")
    ]


@pytest.mark.parametrize(
    "text",
    [
        "On 1 Ramadan 1446 (1 March 2025) the fast begins.",
        "Am 1. Ramadan 1446 (1. März 2025) beginnt das Fasten.",
        "Op 1 Ramadan 1446 (1 maart 2025) begint de vasten.",
        "El 1 de Ramadán de 1446 corresponde al 1 de marzo de 2025.",
    ],
)
def test_a_sentence_s_first_preposition_is_no_place(text: str) -> None:
    assert parse(text).place is None
    assert parse("El Fasher, 1 Ramadan 1446 / 1 March 2025").place == "El Fasher"


def test_dutch_and_japanese_evening_words() -> None:
    line = parse("de nacht van 27 Ramadan 1446 (26 maart 2025)")
    assert line.time is not None
    assert line.time.evening
    assert check(line).ok  # the Hijri day begins at sunset
    japanese = parse("ラマダーン月27日の夜（2025年3月26日）")
    assert japanese.time is not None
    assert japanese.time.text == "夜"
