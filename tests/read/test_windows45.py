"""How far ``extract`` looks around a date for its Hijri half (stop 45)."""

from __future__ import annotations

import pytest

from datelines import extract


def _pairs(text: str) -> list[tuple[str | None, str | None]]:
    return [
        (
            line.hijri.isoformat() if line.hijri else None,
            line.gregorian.isoformat() if line.gregorian else None,
        )
        for line in extract(text)
    ]


_SAID = (
    "Rabi' al-Awwal, the month of reflection and devotion for Muslims around the world, "
    "will start on Sunday, 19 January."
)


def test_a_word_of_the_next_sentence_does_not_narrow_the_days_window() -> None:
    """A soak run of law h41: a stray word after the date that may begin a Hijri month's name
    ("zu") made the day look for its month only nearby, and the month 100 characters back in
    its own sentence was cut off."""
    assert _pairs(_SAID) == [("--03", "--01-19")]
    assert _pairs(_SAID + " zu") == [("--03", "--01-19")]
    assert _pairs(_SAID + " Dhu al-Hijjah is later.") == [("--03", "--01-19")]


def test_a_stop_after_a_day_or_an_abbreviation_ends_no_sentence() -> None:
    """ "20. Ramadan" (German) and "Jan. 20": the stop is the ordinal's or the abbreviation's."""
    assert _pairs("Berlin, Mittwoch, 20. März 2024 / 10. Ramadan 1445") == [("1445-09-10", "2024-03-20")]
    assert _pairs("Wed., Jan. 20, 2016 / Rabiul Akhir 10, 1437") == [("1437-04-10", "2016-01-20")]


@pytest.mark.parametrize(
    "text",
    [
        "Am Mittwoch, dem 20. Sept. 2023 beginnt der Rabi al-Awwal.",
        "Le dimanche 19 janv. 2025 débute le mois de Rabia al-Awal.",
        "Le lundi 11 févr. commence le mois de Ramadan.",
        "Le samedi 1 juil. débute Dhou al-Hijja.",
        "В среду, 20 сент. начнётся месяц Мухаррам.",
        "Wednesday 20 Sept. Muharram begins",
    ],
)
def test_a_months_abbreviation_ends_no_sentence(text: str) -> None:
    """A review: "Sept.", "janv.", "сент." (four letters) were taken for a sentence's end,
    and the month after them was lost."""
    assert len(list(extract(text))) == 1
