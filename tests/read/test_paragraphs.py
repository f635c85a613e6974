"""A paragraph's end parts what ``extract`` reads: the window of a dateline that opens a
paragraph (an archive's story, after the story before) begins there."""

from __future__ import annotations

import dataclasses

import pytest
from hypothesis import given
from hypothesis import strategies as st

from datelines import Dateline, extract, parse
from datelines._read.extract import _paragraph_start, _windows
from datelines.strategies import datelines

# Sentences a story may end with: weekdays, months (both calendars') and the words of
# datelines, but no digit, and each ending its paragraph with a stop.
_ENDINGS = st.sampled_from(
    [
        "The ministers met on Tuesday.",
        "Talks resume after Ramadan, officials said.",
        "The fast of Muharram ends on Friday evening.",
        "Prices rose in January and fell in Shawwal.",
        "Jakarta, Selasa malam, kata dia.",
        "وقال الوزير إن المحادثات ستستمر بعد شهر رمضان.",
        "Bakan, görüşmelerin Ramazan'dan sonra süreceğini söyledi.",
        '"We will meet again," he said.”',
    ]
)


def _moved(found: list[Dateline], by: int) -> list[Dateline]:
    moved = []
    for line in found:
        fields = {"span": (line.span[0] + by, line.span[1] + by)}
        for name in ("hijri", "gregorian"):
            part = getattr(line, name)
            if part is not None:
                fields[name] = dataclasses.replace(part, span=(part.span[0] + by, part.span[1] + by))
        moved.append(dataclasses.replace(line, **fields))
    return moved


@given(datelines(), st.lists(_ENDINGS, min_size=1, max_size=3), st.sampled_from(["\n", "\n\n", " \n"]))
def test_a_paragraph_before_a_dateline_changes_nothing_extract_finds_in_it(
    generated: object, sentences: list[str], breaks: str
) -> None:
    text = generated.text  # type: ignore[attr-defined]
    before = " ".join(sentences) + breaks
    assert list(extract(before + text)) == _moved(list(extract(text)), len(before))


def test_a_dateline_a_line_to_each_half_is_read_whole() -> None:
    # a page of "this day in three calendars", a sentence and a line to each
    text = (
        "روز پدر در تقویم شمسی برابر با پنجشنبه 5 بهمن 1402 است.\n"
        "روز پدر در تقویم میلادی برابر با 25 ژانویه 2024 است.\n"
        "روز پدر در تقویم قمری برابر با 13 رجب 1445 است."
    )
    (found,) = extract(text)
    assert found.solar_hijri is not None
    assert (found.solar_hijri.year, found.solar_hijri.month, found.solar_hijri.day) == (1402, 11, 5)
    assert found.weekday == 3


def test_the_window_of_a_story_s_dateline_begins_at_its_paragraph() -> None:
    story = "The talks would resume next week, the agency reported.\n"
    line = "Doha, 11 Rabiul Awal 1436/2 January 2015 (MINA) – The ministers met."
    windows = list(_windows(story + line))
    assert windows
    assert windows[0][0] == len(story)


@pytest.mark.parametrize(
    ("text", "paragraph"),
    [
        ("… said the.\nDoha", True),  # a lowercase word: a sentence's
        ("… he said.”\nDoha", True),  # closing quotation marks after the stop
        ("… in 2016, 445 people, it said.\nDoha", True),
        ("… میں کے.\nکوئٹہ", True),
        ("… 1446 H.\n18 Oktober", False),  # a letter's two lines: the era's stop
        ("… 1446 هـ.\n18 أكتوبر", False),
        ("… said AFP.\nDoha", False),  # an abbreviation's stop may end no sentence
        ("… on 5 Sept.\nDoha", False),
        ("… the talks\nDoha", False),  # a line broken without a stop
    ],
)
def test_a_paragraph_ends_at_a_stop_after_a_sentence_s_word(text: str, paragraph: bool) -> None:
    story = "The ministers met again and the talks went on " * 4  # a story's paragraph, longer than the reach
    lo = len(story) - 10
    cut = _paragraph_start(story + text, lo, len(story + text))
    assert cut == (len(story) + text.index("\n") + 1 if paragraph else lo)


@pytest.mark.parametrize(
    "text",
    [
        "روز پدر در تقویم میلادی برابر با 25 ژانویه 2024 است.\nروز",  # a list's line, with a date
        "Tanggal 1 Ramadan.\nJakarta",
    ],
)
def test_a_short_paragraph_with_a_number_is_read_with_the_next(text: str) -> None:
    assert _paragraph_start(text, 0, len(text)) == 0
    assert _paragraph_start("x\n" + text, 1, len(text) + 2) == 1


def test_an_arabic_month_s_stop_ends_its_sentence() -> None:
    # The Arabic script cuts no month's name short with a stop: the name that ends one
    # paragraph is no second spelling of the month that opens the next (a law found it).
    text = "وقال الوزير إن المحادثات ستستمر بعد شهر رمضان.\nรอมฎอน 1, 1436 (มิถุนายน 18, 2015)"
    (found,) = extract(text)
    assert found.hijri is not None
    assert found.hijri.text == "รอมฎอน 1, 1436"
    (line,) = extract("29 رمضان الموافق 16 يوليو. ثم بدأ العيد")
    assert line.text == "29 رمضان الموافق 16 يوليو"


@pytest.mark.parametrize(
    "text",
    [
        # a first half with its day in words, or none, in the paragraph before (a review)
        "غرة ذي الحجة.\nالموافق 7 يونيو 2024م",
        "The first of Dhu al-Hijjah.\n7 June 2024",
        "یکم رمضان المبارک۔\n11 مارچ 2024ء",
        "Ramazan ayının ilk günü.\n11 Mart 2024 Pazartesi",
    ],
)
def test_a_paragraph_that_names_a_hijri_month_is_read_with_the_next(text: str) -> None:
    (found,) = extract(text)
    assert found.hijri is not None
    assert found.gregorian is not None
    assert found.text == parse(text).text


@pytest.mark.parametrize("breaks", ["\n\n", "\r\n", "\r\n\r\n", " \n \n"])
def test_a_paragraph_ends_at_blank_lines_and_crlf_too(breaks: str) -> None:
    story = "The talks would resume next week, the agency reported." + breaks
    line = "Doha, 11 Rabiul Awal 1436/2 January 2015 (MINA) – The ministers met."
    windows = list(_windows(story + line))
    assert windows[0][0] == len(story)
