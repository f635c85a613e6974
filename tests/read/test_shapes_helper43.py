"""Halves without a month (helper 43, issue #13): a day marked as a day of a month the text
does not name ("19ـی مانگ", "ọjọ́ kẹtàlé-lógún 2023", "2023 சனிக்கிழமை 22 ஆம் திகதி", "Bu
ayın 10-cu günü") pairs only with a half that names its month, and only where the text ties
the two; alone, or beside a date it is not tied to, it is no date."""

from __future__ import annotations

import pytest

import datelines
from datelines import Dateline, DatePart, extract, parse

Ymd = tuple[int | None, int | None, int | None] | None

PAIRED: list[tuple[str, Ymd, Ymd]] = [
    # Yoruba: "as" (gẹ́gẹ́ bí) between the 23rd of 2023 and 1 Ramadan 1444
    ("Sultan yóò kéde Ọjọ́ọ́bọ̀, ọjọ́ kẹtàlé-lógún 2023 gẹ́gẹ́ bí ọjọ́ kínní, oṣù Ramadan 1444 A.H.", (1444, 9, 1), (2023, None, 23)),
    # Sorani: "the 19th of the month, the first day of Ramadan will be"; "as the completer of Sha'ban"
    ("رۆژی پێنجشەممە کە دەکاتە 19ـی مانگ، یەکەم رۆژی مانگی پیرۆزی رەمەزان دەبێت.", (None, 9, 1), (None, None, 19)),
    ("رۆژی چوارشەممە 18ـی مانگ، وەک تەواوکەری مانگی شەعبان دەستنیشان بکرێت.", (None, 8, 30), (None, None, 18)),
    # Tamil: side by side, the Gregorian month left out
    ("2023 சனிக்கிழமை 22 ஆம் திகதி ஹிஜ்ரி 1444 ஷவ்வால் மாதத்தின் 01 ஆம் பிறை என அறிவிக்கின்றன.", (1444, 10, 1), (2023, None, 22)),
]  # fmt: skip

# Parse reads these; extract finds no cue for a Hijri date near "Bu ayın" (this month's).
PARSE_ONLY: list[tuple[str, Ymd, Ymd]] = [
    ("Bu ayın 10-cu günü - Aşura oktyabrın 1-nə təsadüf edəcək.", (None, None, 10), (None, 10, 1)),
]

UNPAIRED: list[str] = [
    # a count, not a day: "the second ten days of Ramadan"
    "10 hari kedua Ramadan bertepatan dengan 2 Maret 2025",
    # a day-only half alone, or beside a month it is not tied to
    "رۆژی پێنجشەممە کە دەکاتە 19ـی مانگ",
    "Bu ayın 10-cu günü toplantı olacaq, Ramazan ayı isə martın 1-də başlayacaq.",
    "ọjọ́ kẹtàlé-lógún 2023 ni wọ́n ṣe ìpàdé. Oṣù Ramadan 1444 bẹ̀rẹ̀.",
    # a bare number is no day of a month
    "22 ஹிஜ்ரி 1444 ஷவ்வால் மாதத்தின் 01 ஆம் பிறை",
]


def _ymd(part: DatePart | None) -> Ymd:
    return None if part is None else (part.year, part.month, part.day)


@pytest.mark.parametrize(("text", "hijri", "gregorian"), PAIRED + PARSE_ONLY)
def test_a_day_only_half_pairs_with_a_month_it_is_tied_to(text: str, hijri: Ymd, gregorian: Ymd) -> None:
    line = parse(text)
    assert (_ymd(line.hijri), _ymd(line.gregorian)) == (hijri, gregorian)


@pytest.mark.parametrize(("text", "hijri", "gregorian"), PAIRED)
def test_extract_finds_the_same(text: str, hijri: Ymd, gregorian: Ymd) -> None:
    assert [(_ymd(x.hijri), _ymd(x.gregorian)) for x in extract(text)] == [(hijri, gregorian)]


@pytest.mark.parametrize("text", UNPAIRED)
def test_an_untied_day_only_half_is_no_date(text: str) -> None:
    for found in extract(text):  # "Ramazan ayı … martın 1-də başlayacaq" pairs on its own
        assert all(part is None or part.month is not None for part in (found.hijri, found.gregorian)), text
    try:
        line = parse(text)
    except datelines.ParseError:
        return
    for part in (line.hijri, line.gregorian):
        assert part is None or part.month is not None, text


def test_the_partial_iso_form_of_a_year_and_a_day() -> None:
    assert DatePart("gregorian", 2023, None, 22, "2023 … 22", (0, 9)).isoformat() == "2023---22"
    assert DatePart("hijri", None, None, 10, "10", (0, 2)).isoformat() == "---10"


def _line(hijri: DatePart, gregorian: DatePart) -> Dateline:
    return Dateline(hijri, gregorian, "", (0, 0))


def test_check_verifies_only_the_parts_a_day_only_half_gives() -> None:
    ramadan = DatePart("hijri", 1444, 9, 1, "1 Ramadan 1444", (0, 14))
    # 1 Ramadan 1444 is 23 March 2023 in Umm al-Qura: the 23rd of a month of 2023 agrees
    ok = datelines.check(_line(ramadan, DatePart("gregorian", 2023, None, 23, "", (0, 0))), authority="SA")
    assert ok.ok
    assert ok.agrees
    # the 22nd is a day off, the 10th no day near it
    off = datelines.check(_line(ramadan, DatePart("gregorian", 2023, None, 22, "", (0, 0))), authority="SA")
    assert not off.agrees
    assert off.difference_days == 1
    assert "day 22 of a month of 2023" in off.findings[0].message
    far = datelines.check(_line(ramadan, DatePart("gregorian", 2023, None, 10, "", (0, 0))), authority="SA")
    assert not far.agrees
    # a Hijri day of "this month" beside a Gregorian day and month: some year has them one day
    ashura = datelines.check(
        _line(DatePart("hijri", None, None, 10, "", (0, 0)), DatePart("gregorian", None, 10, 1, "", (0, 0)))
    )
    assert ashura.agrees
