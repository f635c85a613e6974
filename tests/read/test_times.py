"""The time of day stated with a dateline: evening words in each script, clock times with
their zones, and the numbers that are not times."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from datelines import TimeOfDay, parse
from datelines.names.times import EVENING_WORDS
from datelines.strategies import datelines


@pytest.mark.parametrize(
    ("text", "said"),
    [
        ("Jakarta, Minggu malam, 1 Syawal 1446 H / 30 Maret 2025", "malam"),
        ("Sunday evening, 1 Shawwal 1446 AH / 30 March 2025", "evening"),
        ("Tonight, 1 Shawwal 1446 AH / 30 March 2025", "Tonight"),
        ("مساء الأحد 29 شعبان 1444 هـ الموافق 19 مارس 2023", "مساء"),
        ("dans la soirée du mercredi 29 Chaâbane 1436 de l'Hégire, correspondant au 17 juin 2015", "soirée"),
        ("Pazar akşamı 1 Şevval 1446 / 30 Mart 2025", "akşamı"),
        ("اتوار کی شام 29 رمضان 1446ھ بمطابق 30 مارچ 2025", "شام"),
    ],
)
def test_an_evening_word_near_the_dateline_is_read(text: str, said: str) -> None:
    time = parse(text).time
    assert time is not None
    assert time.evening
    assert time.hour is None
    assert time.text == said == text[slice(*time.span)]


@pytest.mark.parametrize(
    ("text", "clock", "offset"),
    [
        ("Jakarta, 1 Syawal 1446 H / 30 Maret 2025 pukul 19.00 WIB", "19:00", 420),
        ("Riyadh, 29 Ramadan 1444 AH / 20 April 2023, 7:30 pm", "19:30", None),
        ("Riyadh, 29 Ramadan 1444 AH / 20 April 2023, 7:30 a.m.", "07:30", None),
        ("12 pm, 29 Ramadan 1444 AH / 20 April 2023", "12:00", None),
        ("1 Syawal 1446 H / 30 Maret 2025, 18:30 GMT+7", "18:30", 420),
        ("1 Syawal 1446 H / 30 Maret 2025, 18:30 UTC-03:30", "18:30", -210),
        ("29 Ramadan 1446 / 29 March 2025 at 20h15 GMT", "20:15", 0),
    ],
)
def test_a_clock_time_and_its_zone_are_read(text: str, clock: str, offset: int | None) -> None:
    time = parse(text).time
    assert time is not None
    assert (time.clock, time.utc_offset) == (clock, offset)
    assert text[slice(*time.span)] == time.text


def test_an_evening_word_after_the_hour_makes_it_evening() -> None:
    time = parse("1 Syawal 1446 H / 30 Maret 2025 pukul 7.30 malam").time
    assert time == TimeOfDay("7.30", time.span if time else (0, 0), True, 19, 30, None)


@pytest.mark.parametrize(
    "text",
    [
        "Seoul, 10 Rabiul Akhir 1437/20 January 2016 (MINA)",
        "30.03.2025 / 30 Ramadan 1446",  # a dotted date is not 30:03
        "1 Syawal 1446 H / 30 Maret 2025, 2.500 jamaah",  # a number with a thousands dot
        "29 Ramadan 1446 / 29 March 2025, 19 am",  # no such hour
        "29 Ramadan 1446 / 29 March 2025, page 12",
    ],
)
def test_numbers_that_are_not_times_are_not_read_as_times(text: str) -> None:
    assert parse(text).time is None


def test_a_time_far_from_the_dateline_is_not_its_own() -> None:
    text = (
        "Tonight the committee met in the capital to hear the testimonies of its members from "
        "several provinces, and it declared 1 Shawwal 1446 AH / 30 March 2025"
    )
    assert parse(text).time is None


def test_the_place_stands_before_the_weekday_and_the_evening() -> None:
    line = parse("Jakarta, Minggu malam, 1 Syawal 1446 H / 30 Maret 2025")
    assert (line.place, line.weekday, line.weekday_text) == ("Jakarta", 6, "Minggu")


@pytest.mark.parametrize(
    "text",
    [
        "Jakarta, 1 Syawal 1446 H / 30 Maret 2025 pukul 19.00 UTC+25",  # no such zone
        "Mecca, 1 Shawwal 1446 / 29 March 2025 at 20:00 JST",  # a zone we cannot place
    ],
)
def test_a_clock_in_an_unknown_or_impossible_zone_is_no_time(text: str) -> None:
    assert parse(text).time is None


def test_a_numeric_offset_is_a_zone() -> None:
    time = parse("Mecca, 1 Shawwal 1446 / 29 March 2025 at 20:00 +0700").time
    assert time is not None
    assert (time.text, time.utc_offset) == ("20:00 +0700", 420)


@pytest.mark.parametrize(
    "text",
    [
        "Jakarta, 1 Syawal 1446 H / 30 Maret 2025, kata dia kepada wartawan Kamis malam.",
        "Jakarta, 1 Syawal 1446 H / 30 Maret 2025. Besok malam takbiran.",
    ],
)
def test_an_evening_in_another_clause_or_sentence_is_not_the_line_s(text: str) -> None:
    assert parse(text).time is None


@pytest.mark.parametrize(
    ("text", "weekday"),
    [
        ("Jakarta, malam Senin, 1 Syawal 1446 H / 30 Maret 2025", 0),
        ("Kuala Lumpur, malam Isnin, 1 Syawal 1446 / 30 Mac 2025", 0),
        ("الرياض، ليلة الأحد 1 شوال 1446 هـ الموافق 29 مارس 2025 م", 6),
    ],
)
def test_the_night_before_a_weekday(text: str, weekday: int) -> None:
    line = parse(text)
    assert line.time is not None
    assert line.time.night_before
    assert line.weekday == weekday


# The reader looks for a time of day only where a number or an evening word stands near the
# dateline; the law: wherever it does not look, the full search finds nothing either.
def _look_first_agrees(text: str) -> None:
    from datelines._read.halves import SOLAR, find_halves
    from datelines._read.normalize import fold_with_offsets
    from datelines._read.pairs import pair_halves
    from datelines._read.times import _may_have_time, _time_near
    from datelines._read.tokens import units

    folded = fold_with_offsets(text)
    all_units = units(folded)
    halves = find_halves(all_units)
    for pair in pair_halves(all_units, [h for h in halves if h.calendar != SOLAR]):
        if not _may_have_time(all_units, pair):
            assert _time_near(text, folded, all_units, pair) is None, text


def test_the_look_first_for_a_time_skips_none_on_the_corpora() -> None:
    import json
    from pathlib import Path

    data = Path(__file__).parents[1] / "data"
    for name in ("dev", "heldout", "running", "solar", "authority"):
        for line in (data / f"{name}_datelines.jsonl").read_text(encoding="utf-8").splitlines():
            if line.strip():
                _look_first_agrees(json.loads(line)["text"][:1000])


_CLOCKS_AND_EVENINGS = st.one_of(
    st.sampled_from([word for word, _ in EVENING_WORDS]),
    st.builds("{}:{:02d}".format, st.integers(0, 24), st.integers(0, 60)),
    st.builds("{}.{:02d}".format, st.integers(0, 24), st.integers(0, 60)),
    st.builds("{} {}".format, st.integers(0, 13), st.sampled_from(["am", "pm", "PM", "WIB", "GMT", "UTC+3"])),
    st.sampled_from(["", " ", ", ", "/", "(", ")", ".", " - ", "꘡꘠:꘠꘠", "١٩:٠٠", "19ـ", "pukul"]),
)


@given(
    datelines(),
    st.lists(_CLOCKS_AND_EVENINGS, max_size=4),
    st.lists(_CLOCKS_AND_EVENINGS, max_size=4),
)
def test_the_look_first_for_a_time_skips_none_around_generated_datelines(
    generated: object, before: list[str], after: list[str]
) -> None:
    _look_first_agrees(" ".join([*before, generated.text, *after]))  # type: ignore[attr-defined]


def test_arabic_marks_of_the_afternoon_and_the_morning() -> None:
    """Set 3a: an Egyptian masthead's "3 مايو 2025 09:42 مـ 6 ذو القعدة 1446 هـ", printed at
    9.42 pm ("مـ", مساءً cut short), after sunset: 6 Dhu al-Qa'dah had begun."""
    from datelines import check, extract

    [line] = extract("الطريق\nالسبت 3 مايو 2025 09:42 مـ 6 ذو القعدة 1446 هـ\nجريدة الطريق")
    assert line.time is not None
    assert (line.time.hour, line.time.minute) == (21, 42)
    assert check(line).ok
    [morning] = extract("السبت 3 مايو 2025 09:42 ص 5 ذو القعدة 1446 هـ")
    assert morning.time is not None
    assert morning.time.hour == 9
    # the Gregorian era after a year is no clock's mark
    [era] = extract("الموافق 3 مايو 2025 م 5 ذو القعدة 1446 هـ")
    assert era.time is None
