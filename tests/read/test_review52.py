"""What stop 52's review of its own change found (issue #15): each a line the change had
made wrong, read right."""

from __future__ import annotations

from datetime import date

import pytest

import datelines


def _read(text: str) -> list[tuple[str, bool]]:
    return [(line.text, datelines.check(line).ok) for line in datelines.extract(text)]


@pytest.mark.parametrize(
    "text",
    [
        "این طرح از ۱ فروردین ۱۴۰۴ تا ۳۱ مارس ۲۰۲۶ اجرا می‌شود.",  # from … until
        "ثبت‌نام بین ۱ مهر ۱۴۰۴ و ۳۱ دسامبر ۲۰۲۵ انجام می‌شود.",  # between … and
        "او متولد ۱۲ آبان ۱۳۵۸ است و ۳ نوامبر ۱۹۸۰ به آمریکا رفت.",  # two events
        "وزارت مالیه اعلام کرد که مهلت پرداخت مالیات از ۱ حمل ۱۴۰۴ الی ۳۰ جون ۲۰۲۵ تمدید شد.",
        "کنفرانس بن از ۵ قوس ۱۳۸۰ تا ۵ دسمبر ۲۰۰۱ ادامه داشت.",
        "در ۱۲ میزان ۱۴۰۳ و ۵ اکتوبر ۲۰۲۴ دو انفجار در کابل رخ داد.",
        "زلزله ۵ دی ۱۳۸۲ بم؛ در ۲۷ دسامبر ۲۰۰۳ کمک‌ها رسید.",
        "مراسم در روزهای ۱۵ فروردین ۱۴۰۴، ۲۰ آوریل ۲۰۲۵ و ۱ مه ۲۰۲۵ برگزار می‌شود.",
    ],
)
def test_a_range_or_a_list_of_solar_and_gregorian_dates_is_no_dateline(text: str) -> None:
    assert _read(text) == []


def test_a_line_of_three_dates_with_their_eras_stays_whole() -> None:
    """The lunar half had been cut off, and a wrong one passed."""
    wrong = "۴ آوریل ۲۰۲۵ میلادی برابر با ۱۵ فروردین ۱۴۰۴ هجری شمسی و ۹ شوال ۱۴۴۶ هجری قمری"
    assert _read(wrong) == [(wrong, False)]
    right = "۳ اپریل ۲۰۲۵ میلادی، مطابق به ۱۴ حمل ۱۴۰۴ هجری شمسی و ۵ شوال ۱۴۴۶ هجری قمری"
    assert _read(right) == [(right, True)]
    said = (
        "روز 20 سپتامبر 2009 مصادف با 29 شهریور 1388 را اول شوال 1430 اعلام و این روز را عید فطر اعلام کرد."
    )
    line = datelines.parse(said)
    assert line.hijri is not None


@pytest.mark.parametrize(
    "text",
    [
        "سالروز پیروزی انقلاب اسلامی، ۲۲ بهمن ۱۳۵۷ برابر با ۱۱ فوریه ۱۹۷۹",  # پیروزی: victory
        "روز پیروزی مجاهدین، ۸ ثور ۱۳۷۱ (۲۸ اپریل ۱۹۹۲)",
        "سه‌شنبه‌بازار ۲۲ بهمن ۱۳۵۷ (۱۱ فوریه ۱۹۷۹)",
    ],
)
def test_a_word_that_begins_with_a_weekday_s_name_is_no_weekday(text: str) -> None:
    (line,) = datelines.extract(text)
    assert line.weekday is None
    assert datelines.check(line).ok
    assert (
        datelines.parse("لاہور، پیرکو یکم شوال 1446ھ بمطابق 31 مارچ 2025ء").weekday == 0
    )  # Urdu's "on Monday"


@pytest.mark.parametrize(
    "text",
    [
        "MAJLIS RUMAH TERBUKA AIDILFITRI 1446H • Tarikh : SABTU (12 APRIL 2025) • Masa : 11 pagi",
        "KURSUS PENGURUSAN KORBAN AIDILADHA 1446H • Tarikh : 24 MEI 2025 • Tempat : Masjid Negeri",
        "Halal bihalal Idul Fitri 1446 H, tanggal 12 April 2025 di aula kantor.",
        "Open house Hari Raya Aidilfitri 1446H, date: 20 April 2025",
        "ملتقى عيد الأضحى 1446هـ التاريخ: ١٥ يونيو ٢٠٢٥م",
    ],
)
def test_a_notice_s_date_label_ties_a_feast_only_to_one_of_its_own_days(text: str) -> None:
    """An event held for the feast, days or weeks away from it, is no line of the feast's."""
    assert _read(text) == []


def test_a_feast_prayer_s_notice_is_read() -> None:
    assert _read("SOLAT SUNAT HARI RAYA AIDILFITRI 1446H • Tarikh : ISNIN (31 MAC 2025)") == [
        ("HARI RAYA AIDILFITRI 1446H • Tarikh : ISNIN (31 MAC 2025)", True)
    ]


@pytest.mark.parametrize(
    "text",
    [
        "…but Team 10 scored 1445 (17 June 2024 was their best day) in the league.",
        "Nilai kontrak adalah Rp 12 miliar 1445 (17 Juni 2024) menurut dokumen lelang.",
        "La commune a mis en vente le lot 12 parcelles 1445 (17 juin 2024, date de l'enchère).",
    ],
)
def test_an_unknown_word_before_a_year_is_a_month_only_if_spelt_like_one(text: str) -> None:
    assert _read(text) == []
    assert [t for t, _ in _read("Arrêté n° 15 du 3 rejeb 1445 (15 janvier 2024) relatif aux prix.")] == [
        "3 rejeb 1445 (15 janvier 2024)"
    ]


def test_a_typed_rumi_date_is_held_to_its_words_and_weekday() -> None:
    with pytest.raises(datelines.ParseError, match="cannot read 'foo'"):
        datelines.read_date("29 Ağustos 1324 Rumi foo")
    with pytest.raises(datelines.InvalidDateError, match="11 September 1908 is a Friday"):
        datelines.read_date("Pazartesi 29 Ağustos 1324 Rumi")
    assert datelines.read_date("Cuma 29 Ağustos 1324 Rumi") == date(1908, 9, 11)
    with pytest.raises(datelines.ParseError, match="cannot read 'Hicri'"):
        datelines.read_date("29 Ağustos 1324 Hicri")
    with pytest.raises(datelines.ParseError, match="a Gregorian date, not a Rumi one"):
        datelines.read_date("29 Ağustos 1324 M.", source="rumi")


# --- the second review ---------------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "کابل، ۱۵ حمل ۱۴۰۴ - در ۲۰ مارچ ۲۰۲۵ طالبان فرمان تازه‌ای صادر کردند.",
        "کابل، ۱۵ حمل ۱۴۰۴: از ۱ جنوری ۲۰۲۵ تاکنون ۸۰۰ هزار مهاجر برگشته‌اند.",
        "کابل، ۱۵ حمل ۱۴۰۴ – سازمان ملل روز ۳۱ مارچ ۲۰۲۵ گزارشی منتشر کرد.",
        "هرات (پژواک، ۱۶ حمل ۱۴۰۴): مرز اسلام‌قلعه از ۱ اپریل ۲۰۲۵ بسته شد.",
        "تهران - ایرنا - ۱۵ فروردین ۱۴۰۴: ترامپ ۲ آوریل ۲۰۲۵ تعرفه‌های جدید اعلام کرد.",
    ],
)
def test_a_solar_dateline_and_a_date_in_the_story_are_two_things(text: str) -> None:
    assert _read(text) == []


@pytest.mark.parametrize(
    "text",
    [
        "امروز: جمعه ۱۵ فروردین ۱۴۰۴ و ۴ آوریل ۲۰۲۵",
        "هرات، ۱۶ حمل ۱۴۰۴ هجری شمسی و ۵ اپریل ۲۰۲۵ میلادی",
        "ننګرهار، ۱۶ وری ۱۴۰۴ او ۵ اپریل ۲۰۲۵",
        "کابل، ۱۵ حمل ۱۴۰۴ ش. / ۴ اپریل ۲۰۲۵ م.",
        "تهران، ۱۵ فروردین ۱۴۰۴ خ. برابر با ۴ آوریل ۲۰۲۵",
        "۱۵ فروردین ۱۴۰۴ هجری شمسی؛ برابر با ۴ آوریل ۲۰۲۵ میلادی",
    ],
)
def test_a_solar_and_gregorian_line_joined_by_and_or_with_short_eras_is_read(text: str) -> None:
    assert [ok for _, ok in _read(text)] == [True]


@pytest.mark.parametrize(
    "text",
    [
        "RUMAH TERBUKA AIDILFITRI 1446H • Tarikh : RABU (2 APRIL 2025) • Masa : 11 pagi - 4 petang",
        "Majlis Rumah Terbuka Hari Raya Aidilfitri 1446H, Tarikh: 1 April 2025 (Selasa)",
        "Halal Bihalal Idul Fitri 1446 H, tanggal 2 April 2025, di Pendopo Kabupaten",
        "حفل معايدة عيد الفطر 1446هـ، التاريخ: الثلاثاء 1 أبريل 2025م، المكان: قاعة البلدية",
    ],
)
def test_a_label_ties_a_feast_to_a_date_only_in_a_notice_of_its_prayer(text: str) -> None:
    assert _read(text) == []
    assert [ok for _, ok in _read("Shalat Idul Fitri 1446 H, tanggal 31 Maret 2025 di Lapangan Merdeka")] == [
        True
    ]


@pytest.mark.parametrize(
    "text",
    [
        "Rumah No. 12 Jalan 1445 (17 Jun 2024) dijual.",
        "Volunteers handed out 20 sheep 1445 (17 June 2024 distribution list attached).",
    ],
)
def test_a_word_is_a_misspelt_month_only_if_spelt_like_one_of_its_words(text: str) -> None:
    assert _read(text) == []
    assert [t for t, _ in _read("Bulletin officiel: décret du 5 hijja 1445 (12 juin 2024).")] == [
        "5 hijja 1445 (12 juin 2024)"
    ]


def test_a_weekday_s_night_is_its_weekday() -> None:
    verdict = datelines.check("سه‌شنبه‌شب ۱۴ فروردین ۱۴۰۴ برابر با ۳ آوریل ۲۰۲۵")
    assert not verdict.ok
    assert "Tuesday" in verdict.message


@pytest.mark.parametrize(
    ("text", "source"),
    [
        ("Cuma 29 Ağustos 1324", "rumi"),
        ("29 Ağustos 1324 (Rumi)", "auto"),
        ("1324 Ağustos 29 Rumi", "auto"),
        ("29 Ağustos 1324 R.", "auto"),
        ("29.08.1324 R.", "rumi"),
        ("29 Ağustos 1324 Mali", "auto"),
    ],
)
def test_a_typed_rumi_date_s_weekday_and_marks_are_its_own(text: str, source: str) -> None:
    assert datelines.read_date(text, source=source) == date(1908, 9, 11)  # type: ignore[arg-type]
