"""parse() and extract() over our own table of dateline variants (tests/data/variants.txt)."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from datelines import Dateline, check, extract, parse
from datelines.names.words import NOT_PLACES
from support import variant_rows

ROWS = variant_rows()
POSITIVE = [row for row in ROWS if row[1] != "-"]
NEGATIVE = [row[0] for row in ROWS if row[1] == "-"]


def _iso(line: Dateline) -> tuple[str, str]:
    assert line.hijri is not None
    assert line.gregorian is not None
    return line.hijri.isoformat(), line.gregorian.isoformat()


def test_the_table_is_large_and_distinct() -> None:
    texts = [row[0] for row in ROWS]
    assert len(POSITIVE) >= 400
    assert len(set(texts)) == len(texts)


@pytest.mark.parametrize(("text", "hijri", "gregorian"), POSITIVE, ids=range(len(POSITIVE)))
def test_variant_is_read(text: str, hijri: str, gregorian: str) -> None:
    found = list(extract(text))
    assert found, f"nothing found in {text!r}"
    assert _iso(found[0]) == (hijri, gregorian)
    assert _iso(parse(text)) == (hijri, gregorian)


@pytest.mark.parametrize("text", NEGATIVE)
def test_negative_yields_nothing(text: str) -> None:
    # (a Bangladeshi masthead's Gregorian and Bengali dates are no Hijri dateline, but extract
    # gives them for the checker: tests/check/test_bangla_lines.py)
    assert [line for line in extract(text) if not (line.hijri is None and line.bangla is not None)] == []


@pytest.mark.parametrize(
    ("text", "place", "agency", "said"),
    [
        (
            "Riyadh (1 Ramadan 1446 / 1 March 2025) – SPA",
            "Riyadh",
            "SPA",
            "Riyadh (1 Ramadan 1446 / 1 March 2025) – SPA",
        ),
        ("(Ramadan 1, 1446 AH) March 1, 2025", None, None, "(Ramadan 1, 1446 AH) March 1, 2025"),
        ("in 61 AH (680 CE)", None, None, "61 AH (680 CE)"),
    ],
)
def test_brackets_the_dateline_opens_or_stands_in_are_whole(
    text: str, place: str | None, agency: str | None, said: str
) -> None:
    line = parse(text)
    assert (line.place, line.agency, line.text) == (place, agency, said)
    assert line.text.count("(") == line.text.count(")")


@given(st.sampled_from([word for word, _ in NOT_PLACES]), st.sampled_from([", ", " – ", ": "]))
def test_today_or_a_praise_before_a_dateline_is_no_place(word: str, separator: str) -> None:
    line = parse(f"{word.capitalize()}{separator}1 Ramadan 1446 AH / 1 March 2025")
    assert line.place is None
    assert line.text == "1 Ramadan 1446 AH / 1 March 2025"
    assert parse(f"Seoul{separator}1 Ramadan 1446 AH / 1 March 2025").place == "Seoul"


@pytest.mark.parametrize(
    ("text", "weekday"),
    [
        # The story's weekday, a line or a paragraph below the dateline, is not the dateline's
        # (found by a trial of the CLI: a correct line checked wrong in --input jsonl).
        ("Jakarta, 1 Syawal 1446 H / 31 Maret 2025\n\nThe ministers met on Wednesday.", None),
        ("Jakarta, 1 Syawal 1446 H / 31 Maret 2025\nThe ministers met on Wednesday.", None),
        ("Rabu\n\n1 Syawal 1446 H / 31 Maret 2025", None),
        # A masthead's weekday on the line above, and one on the line itself, are.
        ("Senin\n1 Syawal 1446 H / 31 Maret 2025", "Senin"),
        ("Jakarta, 1 Syawal 1446 H / 31 Maret 2025 (Senin)", "Senin"),
        ("Jakarta, 1 Syawal 1446 H / 31 Maret 2025. The ministers met on Wednesday.", None),
    ],
)
def test_a_weekday_across_a_line_break_is_the_story_s(text: str, weekday: str | None) -> None:
    (found,) = extract(text)
    assert found.weekday_text == weekday
    assert check(found).ok


@pytest.mark.parametrize(
    ("text", "weekday"),
    [
        # A weekday after a dateline's agency is the story's (the benchmark archive: 1.5 % of
        # its correct datelines were checked wrong so) …
        ("Medan, Jumat, 22 Syawal 1436 H / 7 Agustus 2015 M (Antara) - Senin suara 2015", "Jumat"),
        ("Jakarta, 22 Syawal 1436 H / 7 Agustus 2015 M (Antara) - Senin suara", None),
        ("الرياض 14 جمادى الأولى 1436 هـ الموافق 5 مارس 2015 م وام السبت ارتفعت", None),
        ("عمان 13 جمادى الآخرة 1436 هـ الموافق 2 أبريل 2015 م واس لبيان بنسبة إن الجمعة", None),
        # … one with words of the story between it and the line yields to one without …
        ("کراچی (اے پی پی) جمعہ 11 ربیع الاول 1436ھ بمطابق 2 جنوری 2015ء زخمی منگل کے حکام", "جمعہ"),
        ("لاہور (اے پی پی) جمعہ 8 جمادی الاول 1436ھ بمطابق 27 فروری 2015ء کہ ہفتہ بند", "جمعہ"),
        (
            "19 Şubat 2026 Perşembe günü başlayan Ramazan ayında bugün, yani 4 Mart 2026 Çarşamba günü",
            "Çarşamba",
        ),
        # … and of two as near, the one before the line is its own.
        ("کراچی (اے پی پی) اتوار 1 ذوالقعدہ 1436ھ بمطابق 16 اگست 2015ء جمعرات 192 ساتھ", "اتوار"),
        (
            "حددت يوم غدٍ الأربعاء الموافق 22 مارس 2023م، هو المكمّل للثلاثين من شهر شعبان والخميس غرة",
            "الأربعاء",
        ),
        # Words of a sentence, particles and the tables' words ("on", "hari", "بروز", "يوم")
        # still lead to one after the line, and so does a bracket the line itself closes.
        ("The last day of Dhul Hijjah, 1444 Hijri, or July 18th, 2023, will fall on Tuesday", "Tuesday"),
        ("Riyadh, 10 Ramadan 1446 / 10 March 2025 on Monday", "Monday"),
        ("Jakarta, 1 Syawal 1446 H / 31 Maret 2025 M hari Senin", "Senin"),
        ("لاہور، 29 رمضان 1446ھ بمطابق 30 مارچ 2025ء بروز اتوار", "اتوار"),
        ("الرياض 1 شوال 1446 هـ الموافق 30 مارس 2025 م يوم الأحد", "الأحد"),
        ("ANKARA, 30 Mart 2025 Pazar günü (1 Şevval 1446)", "Pazar"),
        ("29 Sha'ban 1444 (21 March 2023) which is Tuesday", "Tuesday"),
        ("Riyadh, 10 Ramadan 1446 / Monday, 10 March 2025", "Monday"),
        # The day a decision was announced, before the line, is not the date's weekday after
        # it (a review's cases: these were read as the announcement's day and checked wrong).
        ("The Fiqh Council said on Friday that 1 Shawwal 1446 / 30 March 2025 falls on a Sunday", "Sunday"),
        (
            "Menteri Agama mengumumkan pada hari Sabtu, 1 Syawal 1446 H / 31 Maret 2025 jatuh hari Senin",
            "Senin",
        ),
        (
            "Penyimpan Mohor Besar Raja-Raja mengumumkan pada Sabtu bahawa 1 Syawal 1446H bersamaan "
            "31 Mac 2025 ialah hari Isnin",
            "Isnin",
        ),
        ("أعلنت المحكمة العليا السبت أن 1 شوال 1446 هـ الموافق 30 مارس 2025 م هو يوم الأحد", "الأحد"),
        ("Diyanet Cumartesi günü 1 Şevval 1446 / 30 Mart 2025 tarihinin Pazar olduğunu açıkladı", "Pazar"),
        ("Sidang isbat digelar Sabtu\n1 Syawal 1446 H / 31 Maret 2025 jatuh hari Senin", "Senin"),
        # An aside in brackets, or an everyday word that is also an agency's name, signs nothing off.
        ("Riyadh, 10 Ramadan 1446 AH / 10 March 2025 (CE) Monday", "Monday"),
        ("Lebaran jatuh 1 Syawal 1446 H / 31 Maret 2025, antara hari Senin", "Senin"),
        ("Riyadh, 10 Ramadan 1446 / 10 March 2025, SPA -- Monday the cabinet met", None),
    ],
)
def test_a_weekday_after_an_agency_or_the_story_s_words_is_the_story_s(
    text: str, weekday: str | None
) -> None:
    (found,) = extract(text)
    assert found.weekday_text == weekday
    assert check(found).ok


@pytest.mark.parametrize(
    ("text", "halves"),
    [
        # An ISO date in Persian digits before 1420 AH beside its Gregorian year is lunar …
        ("۱۴۱۹-۰۱-۰۱/۱۹۹۸-۰۴-۲۷", ("1419-01-01", "1998-04-27", None)),
        ("۱۴۱۹/۰۱/۰۱ هـ ق برابر با ۱۹۹۸/۰۴/۲۷", ("1419-01-01", "1998-04-27", None)),
        # … but a year the story names further on makes no Solar date lunar (a review's case).
        (
            "تهران، ۱۴۰۳/۰۱/۱۵ برابر با ۲۰۲۴/۰۴/۰۳ - قانون مصوب ۱۳۶۲ اجرا می شود",
            (None, "2024-04-03", "1403-01-15"),
        ),
        (
            "تهران - ۱۴۰۴/۰۷/۰۷ ، ۱۴۴۷/۰۴/۰۶ و ۲۰۲۵/۰۹/۲۹ ... در سال ۱۳۶۳",
            ("1447-04-06", "2025-09-29", "1404-07-07"),
        ),
        # "And" joins a lunar and a Gregorian half that a connector after a Solar date introduces …
        (
            "۸ مهر ۱۳۸۷ هجری شمسی، مطابق ۲ شوال ۱۴۲۹ ق و ۲۹ سپتامبر ۲۰۰۸ میلادی",
            ("1429-10-02", "2008-09-29", "1387-07-08"),
        ),
        ("۸ مهر ۱۳۸۷، مطابق ۲ شوال ۱۴۲۹ و ۲۹ سپتامبر ۲۰۰۸", ("1429-10-02", "2008-09-29", "1387-07-08")),
    ],
)
def test_persian_digit_dates_and_three_calendar_lines(text: str, halves: tuple[str | None, ...]) -> None:
    (found,) = extract(text)
    assert (
        tuple(None if p is None else p.isoformat() for p in (found.hijri, found.gregorian, found.solar_hijri))
        == halves
    )


@pytest.mark.parametrize(
    "text",
    [
        # … and nowhere else: these name two days.
        "The ministry named two holidays, namely 1 Ramadan 1446 and 17 August 2025.",
        "Two dates matter this year, namely 1 Shawwal 1446 and 1 January 2026.",
        # Indonesian "dan" (and) is also Bosnian "dan" (day), a filler of the tables: it still lists.
        "Pemerintah menetapkan dua hari libur, yaitu 1 Ramadan 1446 H dan 17 Agustus 2025.",
        "Ada dua tanggal penting: 1 Muharram 1447 H dan 17 Agustus 2025.",
    ],
)
def test_and_after_a_connector_alone_names_two_days(text: str) -> None:
    assert list(extract(text)) == []


@pytest.mark.parametrize("brk", ["\r", "\u2028", "\r\n"])
def test_every_line_break_parts_a_story_s_weekday(brk: str) -> None:
    (found,) = extract(f"Jakarta, 10 Rabiul Akhir 1437/20 January 2016{brk}The ministers met on Thursday.")
    assert found.weekday_text is None
    assert check(found).ok
