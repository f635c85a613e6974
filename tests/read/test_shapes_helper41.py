"""Examples of the running-text shapes taught for helper 41's lines of issue #13 (a month that
begins on a date, halves far apart): an aside that describes the month between it and the verb,
and a Hijri cue further than extract's near reach, in the same sentence."""

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
        # an aside set off by commas describes the month, its fast too; the month begins on the day
        (
            "El Ramadán, uno de los fundamentos esenciales del islam que engloba tiempos de ayuno y "
            "meditación, comenzó el pasado 1 de marzo para una gran comunidad de musulmanes a nivel global.",
            "--09",
            "--03-01",
        ),
        ("Ramadan, the month of fasting and prayer for Muslims, will begin on 1 March.", "--09", "--03-01"),
        # the month's name more than 64 characters from the day, in the day's own sentence
        (
            "Священный месяц Рамадан, предшествующий празднику, в новом году начнётся вечером 18 февраля "
            "после захода солнца.",
            "--09",
            "--02-18",
        ),
        (
            "Сьогодні, 8 серпня 2022 року, весь мусульманський світ відзначає День Ашура, або десятий день "
            "благословенного місяця Мухаррам.",
            "--01-10",
            "2022-08-08",
        ),
        # Bengali "of the year" after a Gregorian year before a Hijri day: the year of that day
        ("২০২৫ সালের প্রথম রমজান কত তারিখে", "--09-01", "2025"),
    ],
)
def test_read_and_found(text: str, hijri: str, gregorian: str) -> None:
    assert _halves(text) == (hijri, gregorian)
    assert _found(text) == [(hijri, gregorian)]


@pytest.mark.parametrize(
    "text",
    [
        # the fast's day, not the month's: no aside closed before a verb of beginning
        "Ramadan, the first fast is on 12 March.",
        # the month in another sentence than the day: the far reach stops at the sentence
        "Ramadan is the month of fasting and prayer for Muslims all around the world. "
        "The new school term will begin on 12 March.",
        # an aside closed by a comma the verb does not follow
        "Ramadan, the month of fasting, is near, and the school term will begin on 12 March.",
        # a Hijri year with its era before "of the year" is the Hijri half's own year
        "১৪৪৬ হিজরি সালের রমজান",
    ],
)
def test_not_paired(text: str) -> None:
    assert _found(text) == []
