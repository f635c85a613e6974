"""Shapes the lead fixed in stop 42 (issue #15): German days in words and the words that join
German halves ("Der erste Tag des Monats Ramadan 1445 fällt auf Montag, den 11. März 2024")."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from datelines import HijriDate, check, get_calendar, parse
from datelines.names.output import HIJRI_MONTHS
from datelines.names.words import _DE_ORDINALS

UMALQURA = get_calendar("umalqura")
GERMAN_MONTHS = (
    "Januar", "Februar", "März", "April", "Mai", "Juni", "Juli", "August", "September", "Oktober",
    "November", "Dezember",
)  # fmt: skip
GERMAN_WEEKDAYS = ("Montag", "Dienstag", "Mittwoch", "Donnerstag", "Freitag", "Samstag", "Sonntag")


@pytest.mark.parametrize(
    ("text", "hijri", "gregorian"),
    [
        (
            "Der erste Tag des Monats Ramadan 1445 fällt auf Montag, den 11. März 2024.",
            "1445-09-01",
            "2024-03-11",
        ),
        ("am ersten Tag des Fastenmonats Ramadan 1445, dem 11. März 2024", "1445-09-01", "2024-03-11"),
        ("Der zehnte Tag des Monats Muharram 1446 ist der 16. Juli 2024.", "1446-01-10", "2024-07-16"),
        ("Der 16. Juli 2024 ist der 10. Tag von Muharram 1446.", "1446-01-10", "2024-07-16"),
        (
            "Am Sonntag, dem 29. Dhu al-Qa'dah 1444 H, was dem 18. Juni 2023 entspricht",
            "1444-11-29",
            "2023-06-18",
        ),
        ("Am neunundzwanzigsten Tag des Ramadan 1446 (29. März 2025)", "1446-09-29", "2025-03-29"),
    ],
)
def test_german_lines(text: str, hijri: str, gregorian: str) -> None:
    line = parse(text)
    assert line.hijri is not None
    assert line.gregorian is not None
    assert (line.hijri.isoformat(), line.gregorian.isoformat()) == (hijri, gregorian)


@given(
    st.integers(1380, 1480),
    st.integers(1, 12),
    st.integers(1, 29),
    st.sampled_from(("", "n")),
    st.sampled_from(
        (
            "Der {day} Tag des Monats {month} {year} fällt auf {weekday}, den {date}.",
            "Am {day} Tag des {month} {year}, dem {date}, beginnt das Fest.",
            "Der {date} ist der {day} Tag des Monats {month} {year}.",
            "{weekday}, {date}, entspricht dem {day} Tag des {month} {year}.",
        )
    ),
)
def test_a_german_day_in_words_reads_and_checks(
    year: int, month: int, day: int, ending: str, shape: str
) -> None:
    gregorian = UMALQURA.to_gregorian(HijriDate(year, month, day))
    text = shape.format(
        day=_DE_ORDINALS[day - 1] + ending,
        month=HIJRI_MONTHS["en"][month - 1],
        year=year,
        weekday=GERMAN_WEEKDAYS[gregorian.weekday()],
        date=f"{gregorian.day}. {GERMAN_MONTHS[gregorian.month - 1]} {gregorian.year}",
    )
    line = parse(text)
    assert line.hijri is not None, text
    assert line.gregorian is not None, text
    assert (line.hijri.year, line.hijri.month, line.hijri.day) == (year, month, day), text
    assert line.gregorian.isoformat() == gregorian.isoformat(), text
    assert check(line, calendar=UMALQURA).ok, text
