"""Thai: the Hijri months as Thai Muslims spell them, the Gregorian year in the Buddhist era
(ours plus 543), words without spaces between them. The examples are written for the tests
in the shape of the Chularajmontri office's announcements ("… วันที่ 1 ของเดือนรอมฎอน
ฮิจเราะห์ศักราช 1444 ตรงกับวันพฤหัสบดีที่ 23 มีนาคม พ.ศ. 2566")."""

from __future__ import annotations

from datetime import date

import pytest
from hypothesis import given
from hypothesis import strategies as st

from datelines import HijriDate, check, extract, get_calendar, parse
from datelines._read import prefilter
from datelines._read.extract import _windows
from datelines.names import gregorian_months, hijri_months

THAI_HIJRI = [next(s for s, lang in month if lang == "th") for month in hijri_months.MONTHS]
THAI_GREGORIAN = [next(s for s, lang in month if lang == "th") for month in gregorian_months.MONTHS]
THAI_WEEKDAYS = ["วันจันทร์", "วันอังคาร", "วันพุธ", "วันพฤหัสบดี", "วันศุกร์", "วันเสาร์", "วันอาทิตย์"]
THAI_DIGITS = str.maketrans("0123456789", "๐๑๒๓๔๕๖๗๘๙")


@pytest.mark.parametrize(
    ("text", "weekday"),
    [
        ("จึงประกาศว่า วันที่ 1 ของเดือนซะบาน ฮิจเราะห์ศักราช 1446 ตรงกับวันศุกร์ที่ 31 มกราคม พ.ศ. 2568", 4),
        # Thai digits, the Buddhist year glued to its month, no era mark
        ("วันที่ ๑ ของเดือนซะบาน ฮิจเราะห์ศักราช ๑๔๔๖ ตรงกับวันศุกร์ที่ ๓๑ มกราคม๒๕๖๘", 4),
        # an abbreviated month, "for the Hijri year" as one word, a line break
        ("วันที่ 1 ของเดือนซะบาน ประจำปีฮิจเราะห์ศักราช 1446 ตรงกับ\nวันศุกร์ที่ 31 ม.ค. 2568", 4),
        # the common era, and the Hijri era abbreviated
        ("1 ชะอ์บาน ฮ.ศ. 1446 / 31 มกราคม ค.ศ. 2025", None),
    ],
)
def test_an_announcement_reads_in_the_buddhist_era(text: str, weekday: int | None) -> None:
    (found,) = extract(text)
    assert found.hijri is not None
    assert found.gregorian is not None
    assert (found.hijri.isoformat(), found.gregorian.isoformat()) == ("1446-08-01", "2025-01-31")
    assert found.weekday == weekday
    assert check(found).ok


def test_a_buddhist_year_needs_its_mark_or_a_thai_month() -> None:
    # "2568" after an English month is no year of ours: not turned, and not read as 2025
    lines = list(extract("1 Sha'ban 1446 / 31 January 2568"))
    assert all(line.gregorian is None or line.gregorian.year != 2025 for line in lines)


@given(st.dates(date(1950, 1, 1), date(2070, 12, 31)), st.booleans(), st.booleans())
def test_a_thai_line_reads_back_and_checks(day: date, thai_digits: bool, era: bool) -> None:
    hijri = get_calendar("umalqura").to_hijri(day)
    text = (
        f"วันที่ {hijri.day} ของเดือน{THAI_HIJRI[hijri.month - 1]} ฮิจเราะห์ศักราช {hijri.year} "
        f"ตรงกับ{THAI_WEEKDAYS[day.weekday()]}ที่ {day.day} {THAI_GREGORIAN[day.month - 1]} "
        f"{'พ.ศ. ' if era else ''}{day.year + 543}"
    )
    if thai_digits:
        text = text.translate(THAI_DIGITS)
    line = parse(text)
    assert line.hijri is not None
    assert line.gregorian is not None
    assert (line.hijri.to_hijri(), line.gregorian.to_date()) == (hijri, day), text
    assert line.weekday == day.weekday()
    assert check(line, calendar="umalqura").ok, text


def test_every_thai_month_name_is_read() -> None:
    for month, spellings in enumerate(hijri_months.MONTHS, start=1):
        for spelling in (s for s, lang in spellings if lang == "th"):
            line = parse(f"1 {spelling} ฮ.ศ. 1446 / 1 มกราคม ค.ศ. 2025")
            assert line.hijri is not None
            assert (line.hijri.month, line.hijri.year) == (month, 1446), spelling
    assert HijriDate(1446, 8, 1).month == 8


def test_the_word_marks_hold_no_letter() -> None:
    # The reader's word patterns are "(?:[^\W\d_]|[marks])+": where a character may be taken
    # by both classes, a long word is split every way on a failed match, exponential in its
    # length (6 KB of Thai took 23 s; a review's 93 characters, 20 s).
    import re

    from datelines._read.normalize import WORD_MARKS

    marks = re.sub(r"\\(.)", r"\1", WORD_MARKS)
    assert marks
    assert not any(re.match(r"[^\W\d_]", mark) for mark in marks)
    long_word = "กระทรวงสาธารณสุขรายงานว่าผู้ติดเชื้อรายใหม่เพิ่มขึ้นต่อเนื่องอย่างมาก"
    assert list(extract(f"{long_word} ขณะที่โรงพยาบาลหลายแห่ง 12 แห่ง")) == []


@pytest.mark.parametrize(
    "text",
    [
        # the moon and the sun hold a weekday's name without "วัน" (a review)
        "ไม่เห็นดวงจันทร์ในวันที่ 29 ซะบาน ฮิจเราะห์ศักราช 1446 ตรงกับวันที่ 28 กุมภาพันธ์ 2568",
        "หลังดวงอาทิตย์ตก วันที่ 29 ซะบาน ฮิจเราะห์ศักราช 1446 ตรงกับวันที่ 28 กุมภาพันธ์ 2568",
    ],
)
def test_the_moon_and_the_sun_are_no_weekdays(text: str) -> None:
    (found,) = extract(text)
    assert found.weekday is None
    assert check(found).ok


@pytest.mark.parametrize(
    "text",
    [
        "อีก 2 เดือน รอมฎอน ฮ.ศ. 1446 จะเริ่มขึ้นในวันที่ 1 มีนาคม 2568",  # in two months: no day
        "รอมฎอนปี 2567 ตรงกับ 11 มีนาคม 2567",  # a Buddhist year after "ปี": no Hijri year
        "ヒジュラ暦1442年9月1日（西暦2021年4月13日）",  # no Gregorian 9月1日 of no year
        "1405年7月11日，郑和第一次下西洋。",  # a Gregorian date of the 15th century, not a Hijri one
    ],
)
def test_what_a_review_found_misread(text: str) -> None:
    for found in extract(text):
        assert found.hijri is None or found.hijri.year != 2567
        assert found.hijri is None or found.hijri.day != 2
        assert found.gregorian is None or (found.gregorian.month, found.gregorian.day) != (9, 1)
    if text.startswith("1405"):
        assert parse(text).hijri is None


@pytest.mark.parametrize(
    ("text", "hijri", "gregorian"),
    [
        # the word for "month" glued before each name, the era glued to its year
        ("วันที่ 1 เดือนรอมฎอน ฮ.ศ.1444 ตรงกับวันที่ 23 เดือนมีนาคม พ.ศ.2566", "1444-09-01", "2023-03-23"),
        ("ประกาศวันที่ 10 เดือนซุลฮิจญะฮ์ ฮ.ศ.1445 ตรงกับวันอาทิตย์ที่ 16 มิถุนายน 2567", "1445-12-10", "2024-06-16"),
    ],
)
def test_months_with_the_word_for_month_glued_before_them(text: str, hijri: str, gregorian: str) -> None:
    line = parse(text)
    (found,) = extract(text)
    for read in (line, found):
        assert read.hijri is not None
        assert read.gregorian is not None
        assert (read.hijri.isoformat(), read.gregorian.isoformat()) == (hijri, gregorian)
        assert check(read).ok
    # and as one line of a long Thai text, past the automata's gates
    padded = "สำนักจุฬาราชมนตรีประกาศว่าวันนี้ฝนตกหนักในกรุงเทพมหานคร " * 100
    (far,) = extract(padded + text + " " + padded)
    assert far.hijri is not None
    assert far.gregorian is not None
    assert (far.hijri.isoformat(), far.gregorian.isoformat()) == (hijri, gregorian)


@pytest.mark.parametrize(
    "text",
    [
        # a number before "เดือน" glued to a name counts months or things (a review)
        "ชาวมุสลิมถือศีลอดครบ 1 เดือนรอมฎอน ฮ.ศ. 1445 สิ้นสุดวันที่ 9 เมษายน 2567",
        "งวดที่ 1 เดือนมีนาคม 2567 (รอมฎอน 1445)",
        "การประชุมครั้งที่ 3 เดือนมีนาคม 2567 ตรงกับเดือนรอมฎอน ฮ.ศ. 1445",
    ],
)
def test_a_number_before_the_glued_month_noun_is_a_day_only_after_the_word_for_date(text: str) -> None:
    for found in extract(text):
        assert found.hijri is None or found.hijri.day is None
        assert found.gregorian is None or found.gregorian.day is None or found.gregorian.day == 9


def test_a_word_that_looks_like_an_abbreviation_still_ends_its_sentence() -> None:
    # Russian "там" (there) is also a Gregorian month's abbreviation: its stop ends a sentence
    assert list(extract("Ярмарка открылась 10 марта, и мы были там. 1 рамадана все постятся.")) == []


@pytest.mark.parametrize(
    "text",
    [
        "วันพฤหัสบดี 2566 วันศุกร์ 1444 ",  # weekdays and years
        "สำนักจุฬาราชมนตรีประกาศว่าวันนี้ฝนตกหนักในกรุงเทพมหานคร 12 คน ",  # prose with a count
    ],
)
def test_thai_text_without_dates_is_passed_over_by_the_automata(text: str) -> None:
    # Thai letters, and the vowel signs and tone marks that folding drops, are the automata's
    # own: a Thai word is found where a name begins, not for a mark inside it. (They were
    # finds on their own, and every number of Thai text was tested in Python: 200-400 ms a
    # MB against a few for English.)
    encoded = (text * 50).encode()
    assert prefilter._automaton().search(encoded) is None
    assert prefilter._year_automaton().search(encoded) is None
    assert list(_windows(text * 50, prefilter=True)) == list(_windows(text * 50, prefilter=False))


@pytest.mark.parametrize(
    "text",
    [
        "วันที่ 1 ของเดือนซะบาน ฮิจเราะห์ศักราช 1446 ตรงกับวันศุกร์ที่ 31 มกราคม พ.ศ. 2568",
        "1 ชะอ์บาน ฮ.ศ. 1446 / 31 มกราคม ค.ศ. 2025",
        "ประจำปีฮิจเราะห์ศักราช ๑๔๔๖ ตรงกับวันศุกร์ที่ ๓๑ ม.ค. ๒๕๖๘",
    ],
)
def test_the_automata_find_what_the_exact_test_takes_in_thai(text: str) -> None:
    assert list(_windows(text, prefilter=True)) == list(_windows(text, prefilter=False))
