"""Examples of the running-text shapes taught for the newest lines of issue #13 (911-1031):
Kyrgyz, Uzbek, Urdu, Turkish, Malayalam, Tamil, Bengali and English, each read as the sentence says."""

from __future__ import annotations

import pytest

from datelines import extract, parse


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
        # Kyrgyz: a day hyphened to the Gregorian month is that month's, not the Hijri month's
        ("Быйыл Орозо айы 11-мартта башталат.", "--09", "--03-11"),
        ("Эске салсак, былтыр Орозо айынын биринчи күнү 11-мартка туура келген.", "--09-01", "--03-11"),
        # Uzbek: ordinal days with the word for day, Latin and Cyrillic
        ("7-mart, juma kuni Ramazon oyining yettinchi kuni bo‘ladi.", "--09-07", "--03-07"),
        ("2025 йил 20 март куни Рамазон ойининг йигирма биринчи куни бўлади.", "--09-21", "2025-03-20"),
        # Urdu: "tomorrow, on Monday" before the Gregorian date is that date's own word
        ("یکم شوال کل بروز پیر 31 مارچ کو ہو گی۔", "--10-01", "--03-31"),
        # Turkish: the dative of the word for day
        ("Ramazan ayının 1. gününe denk gelen 1 Mart 2025 Cumartesi", "--09-01", "2025-03-01"),
        # English: another spelling of Rabi al-Thani
        (
            "declared Tuesday the 23rd of September as the first day of Rabiul Assani 1447AH",
            "1447-04-01",
            "--09-23",
        ),
    ],
)
def test_a_shape_is_read(text: str, hijri: str, gregorian: str) -> None:
    assert _halves(text) == (hijri, gregorian), text
    assert _found(text) == [(hijri, gregorian)], text


@pytest.mark.parametrize(
    ("text", "hijri"),
    [
        # Malayalam: "will become" written on the day word
        ("നാളെ ശവ്വാൽ ഒന്നാകുമെന്ന് ഖാസി അറിയിച്ചു.", "--10-01"),
        # Tamil: "holy" between the era's year and the month
        ("ஹிஜ்ரி 1445 புனித ரமழான் மாதத்திற்கான தலைப்பிறை", "1445-09"),
        # Bengali: the genitive of a two-word month name, then the day and the word for date
        ("রবিউল আউয়ালের ৮ তারিখ সভা হবে।", "--03-08"),
    ],
)
def test_a_lone_half_is_read(text: str, hijri: str) -> None:
    assert _halves(text) == (hijri, None), text
    assert _found(text) == [], text


def test_tomorrow_before_other_words_still_parts_the_halves() -> None:
    # "1 Shawwal will be tomorrow, the committee said on 30 March": another day
    text = "یکم شوال کل ہو گی، کمیٹی نے 30 مارچ کو اعلان کیا۔"
    assert _found(text) == [], text
