"""A line whose place is in a country none of the known authorities speaks for (Kazan,
Lagos, London) is checked against every authority's calendar, as any line is; a note says
that none is its own and how to check by the months announced there (stop 53's trial, M3)."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from datelines import check, parse
from datelines.names.authorities import COUNTRY_NAMES, PLACES_ELSEWHERE

COUNTRIES = dict(COUNTRY_NAMES)


def _notes(text: str) -> list[str]:
    return [f.message for f in check(text).findings if f.code == "no-authority"]


def test_a_kazan_line_follows_russia_s_muftiates_and_a_grozny_line_says_no_authority_is_its() -> None:
    # Kazan's muftiate kept Eid al-Fitr 1447 on Friday 20 March 2026 (stop 59: RU); the North
    # Caucasus's follow sighting, and no authority here speaks for them
    assert check("Казань, 20 марта 2026 г. / 1 шавваля 1447 г.х.").authority == "RU"
    assert _notes("Казань, 20 марта 2026 г. / 1 шавваля 1447 г.х.") == []
    verdict = check("Грозный, 21 марта 2026 г. / 1 шавваля 1447 г.х.")
    assert verdict.ok
    assert verdict.authority == "ID"
    (note,) = _notes("Грозный, 21 марта 2026 г. / 1 шавваля 1447 г.х.")
    assert note.startswith(
        "Грозный is in Russia's North Caucasus, for which datelines knows no authority's calendar"
    )
    assert "the first whose dates it keeps is Indonesia's calendar (ID)" in note
    assert "--table" in note


def test_a_wrong_line_keeps_its_error_and_gains_the_note() -> None:
    # (Lagos was the example until Nigeria's calendar came, stop 60)
    verdict = check("Nairobi: Thursday, 10th Dhul Hijjah 1447 AH (28 May 2026)")
    assert not verdict.ok
    assert verdict.message.startswith("Hijri half is one day behind Umm al-Qura")  # the error comes first
    (note,) = _notes("Nairobi: Thursday, 10th Dhul Hijjah 1447 AH (28 May 2026)")
    assert "Kenya" in note
    assert "it keeps none's dates" in note


@pytest.mark.parametrize(
    "text",
    [
        "Jakarta, 10 Dhul Hijjah 1447 H (27 May 2026)",  # its own authority's place
        "Moscow (Anadolu), 10 Dhul Hijjah 1447 AH (27 May 2026)",  # an agency names one
        "10 Dhul Hijjah 1447 AH (27 May 2026)",  # no place
        "Springfield, 10 Dhul Hijjah 1447 AH (27 May 2026)",  # a place the tables do not know
    ],
)
def test_no_note_where_an_authority_is_named_or_nothing_is_known(text: str) -> None:
    assert _notes(text) == []


def test_no_note_when_the_caller_names_the_calendar() -> None:
    text = "London, 10 Dhul Hijjah 1447 AH (27 May 2026)"
    assert _notes(text)
    assert not [f for f in check(text, authority="SA").findings if f.code == "no-authority"]
    assert not [f for f in check(text, calendar="umalqura").findings if f.code == "no-authority"]


@pytest.mark.parametrize(("place", "country"), PLACES_ELSEWHERE)
def test_every_place_of_the_table_is_read_and_noted(place: str, country: str) -> None:
    text = f"{place}, 10 Dhul Hijjah 1447 AH (27 May 2026)"
    assert parse(text).place == place
    (note,) = _notes(text)
    assert note.startswith(f"{place} is in {COUNTRIES[country]},")


def test_the_cli_shows_the_note_with_notes(tmp_path: Path) -> None:
    page = tmp_path / "lines.txt"
    page.write_text("London, 10 Dhul Hijjah 1447 AH (27 May 2026)\n", encoding="utf-8")
    run = [sys.executable, "-m", "datelines", "check", "--format", "json", "--notes", str(page)]
    done = subprocess.run(run, capture_output=True, text=True, encoding="utf-8", check=False)
    assert done.returncode == 0, done.stderr
    findings = json.loads(done.stdout)
    codes = json.dumps(findings)
    assert '"no-authority"' in codes
    assert "the United Kingdom" in codes
