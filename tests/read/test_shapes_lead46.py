"""Shapes the lead fixed in stop 46 (issue #15)."""

from __future__ import annotations

from datetime import date

import pytest
from hypothesis import given
from hypothesis import strategies as st

from datelines import check, extract, to_hijri
from datelines._read.lexicon import LEXICON


def test_a_stray_letter_is_not_joined_into_a_month_name() -> None:
    """A soak run: "s Chawwal" was joined into German's "Schawwal", so the dateline's span
    began at the stray letter (its dates were right)."""
    text = "s Chawwal 7, 1493 (พฤศจิกายน 10, 2070)"
    [line] = extract(text)
    assert line.text.startswith("Chawwal")
    assert (line.hijri.isoformat(), line.gregorian.isoformat()) == ("1493-10-07", "2070-11-10")


@pytest.mark.parametrize(
    ("text", "pair"),
    [
        # names and eras whose own spelling begins with a lone letter are still joined
        ("R. Akhir 10, 1437 (January 20, 2016)", ("1437-04-10", "2016-01-20")),
        ("10 J. Awal 1445 A.H (24 November 2023 A.D)", ("1445-05-10", "2023-11-24")),
        ("14 e hënë, 10 Shawwal 1446 (8 Prill 2025)", ("1446-10-10", "2025-04-08")),
    ],
)
def test_names_spelled_with_a_lone_letter_are_joined(text: str, pair: tuple[str, str]) -> None:
    found = [(d.hijri.isoformat(), d.gregorian.isoformat()) for d in extract(text) if d.hijri and d.gregorian]
    assert pair in found


# Every Hijri month's one-word spelling whose tail, after its first letter, is itself a name
# ("schawwal": "s" + "chawwal"): the text "s Chawwal" could be joined into it.
_LETTER_AND_NAME = sorted(
    key
    for key, entries in LEXICON.entries.items()
    if key.isascii()
    and key.isalpha()
    and key[1:] in LEXICON.entries
    and key not in LEXICON.letter_led
    and any(e.kind == "hmonth" for e in entries)
)


def test_there_are_such_names() -> None:
    assert {"schawwal", "sjawal", "dzulhijjah"} <= set(_LETTER_AND_NAME)


@pytest.mark.parametrize("key", _LETTER_AND_NAME)
def test_a_letter_before_a_name_is_never_part_of_it(key: str) -> None:
    """A lone letter before a name, the two making another spelling of the tables, is not
    joined into that spelling: the dateline's text never starts with the letter."""
    text = f"{key[0]} {key[1:].capitalize()} 7, 1446 (January 10, 2025)"
    for line in extract(text):
        assert not line.text.startswith(key[0] + " "), (text, line.text)


def test_the_day_of_a_sighting_is_not_the_month_s_first() -> None:
    """A trial (Pakistan Observer): the date after "sighted on", in a clause before the
    month's first day, is the evening of the sighting; the date after is the first day's."""
    text = (
        "If the crescent moon of Muharram is sighted on June 26, the new Islamic year 1447 Hijri "
        "will start on Friday, June 28."
    )
    [line] = extract(text)
    assert line.gregorian is not None
    assert line.gregorian.isoformat() == "--06-28"
    # a sighting's day with its own Hijri date is still one day
    [seen] = extract("The crescent was sighted on Saturday, 29 March 2025, 29 Ramadan 1446.")
    assert (seen.hijri.isoformat(), seen.gregorian.isoformat()) == ("1446-09-29", "2025-03-29")


@pytest.mark.parametrize(
    ("text", "pair"),
    [
        # set 10b: a Bangladeshi column's three dates, the Gregorian era cut short with its stop
        ("আজ- শুক্রবার, ২০ মার্চ ২০২০ খ্রি. ৬ চৈত্র ১৪২৬ বাংলা, ২৪ রজব ১৪৪১ হিজরি।", ("1441-07-24", "2020-03-20")),
        # set 10b: a Kuwaiti Amiri order, day / month name / year spaced alike
        (
            "صدر بقصر السيف\n\nبتاريخ 24 / ذو القعدة / 1445 هجري\n\nالموافق 1 / يونيو / 2024 ميلادي",
            ("1445-11-24", "2024-06-01"),
        ),
    ],
)
def test_shapes_of_set_10b(text: str, pair: tuple[str, str]) -> None:
    found = [(d.hijri.isoformat(), d.gregorian.isoformat()) for d in extract(text) if d.hijri and d.gregorian]
    assert found == [pair]


_ID_MONTHS = ("Muharram", "Safar", "Rabiul Awal", "Rabiul Akhir", "Jumadil Awal", "Jumadil Akhir", "Rajab",
              "Sya'ban", "Ramadhan", "Syawal", "Dzulqa'dah", "Dzulhijjah")  # fmt: skip
_ID_GREGORIAN = ("Januari", "Februari", "Maret", "April", "Mei", "Juni", "Juli", "Agustus", "September",
                 "Oktober", "November", "Desember")  # fmt: skip


@given(
    day=st.dates(date(1990, 1, 1), date(2070, 12, 31)),
    indent=st.sampled_from(["", " ", "          ", "\t"]),
    place=st.sampled_from(["Jakarta", "Yogyakarta", "Ditetapkan di Surabaya\nPada tanggal"]),
)
def test_an_indonesian_letter_s_stacked_date_is_one_dateline(day: date, indent: str, place: str) -> None:
    """Law: an Indonesian letter's date, the Hijri line above the Gregorian one, each with its
    era and a stop ("Jakarta, 1 Ramadhan 1446 H.\\n          1 Maret 2025 M."), is one dateline:
    the stop after "H" is the abbreviation's, not a sentence's end."""
    hijri = to_hijri(day, calendar="ID")
    text = (
        f"{place}, {hijri.day} {_ID_MONTHS[hijri.month - 1]} {hijri.year} H.\n"
        f"{indent}{day.day} {_ID_GREGORIAN[day.month - 1]} {day.year} M."
    )
    found = [(d.hijri, d.gregorian) for d in extract(text)]
    assert len(found) == 1, text
    h, g = found[0]
    assert h is not None, text
    assert g is not None, text
    assert (h.to_hijri(), g.to_date()) == (hijri, day), text


@pytest.mark.parametrize(
    ("text", "pair"),
    [
        # set 10a: French spellings of Tunisia and Morocco, the DMG transliteration after a
        # German ordinal with "am" (on the ninth)
        (
            "La fête du Mouled, qui correspond au 12 Rabii al-awwal 1446 du calendrier de l’hégire sera "
            "célébrée, cette année, dimanche 15 septembre 2024.",
            ("1446-03-12", "2024-09-15"),
        ),
        (
            "En conséquence, le mois de Safar comptera 30 jours, et le 1er Rabie-I 1446 de l’hégire "
            "débutera le jeudi 5 septembre 2024.",
            ("1446-03-01", "2024-09-05"),
        ),
        ("Am neunten Ḏū-l-Ḥiǧǧa, 31.08.2017 wurde der Berg Arafat bestiegen.", ("--12-09", "2017-08-31")),
    ],
)
def test_shapes_of_set_10a(text: str, pair: tuple[str, str]) -> None:
    found = [(d.hijri.isoformat(), d.gregorian.isoformat()) for d in extract(text) if d.hijri and d.gregorian]
    assert found == [pair]


def test_a_german_ordinal_counts_a_month_without_am() -> None:
    # "my second Ramadan": no day (ORDINALS_COUNT_MONTHS)
    assert [d.hijri.day for d in extract("Mein zweiter Ramadan 1446 begann am 1. März 2025") if d.hijri] != [
        2
    ]


def test_the_night_of_a_weekday_is_its_evening() -> None:
    """Set 10a: "on the night of Thursday, January 15, 2026 (27th Rajab 1447 AH)", the eve of
    27 Rajab (16 January in Umm al-Qura), was an alarm; the evening word is read before the
    weekday as after it ("Thursday night")."""
    text = "Lailat ul Miraj 2026 will be observed on the night of Thursday, January 15, 2026 (27th Rajab 1447 AH)."
    [line] = extract(text)
    assert line.time is not None
    assert line.time.evening
    assert not line.time.night_before
    assert check(line).ok


def test_hindi_months_with_ul_before_their_epithet() -> None:
    """Set 10b (a Jharkhand paper): "शाबानुल मोअज्जम" (Sha'ban al-Mu'azzam), "रमज़ानुल मुबारक"."""
    text = (
        "मुफती मोहम्मद अनवर क़ास्मी ने कहा है कि शाबानुल मोअज्जम महीना 1446 हिजरी की 29 तारीख और 28 फरवरी "
        "2025 दिन शुक्रवार को रमज़ानुल मुबारक 1446 महीने का चांद देखा जाएगा"
    )
    found = [(d.hijri.isoformat(), d.gregorian.isoformat()) for d in extract(text) if d.hijri and d.gregorian]
    assert found == [("1446-08-29", "2025-02-28")]
