"""What stop 53's trial and held-out sets left for the command line: the third calendar in
extract's text, a record's id, a council's table with semicolons, Bengali dates converted in
Bangladesh's calendar."""

from __future__ import annotations

from pathlib import Path

import pytest

import datelines
from datelines.cli import main


def test_extract_text_shows_a_lines_third_calendar_and_a_records_id(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    pages = tmp_path / "pages.txt"
    pages.write_text(
        "Dhaka, Saturday, December 5, 2026, Agrahayan 20, 1433 BS, Jamadi-us-Sani 24, 1448 Hijri\n"
        "تهران، ۱۵ فروردین ۱۴۰۴ برابر با ۴ آوریل ۲۰۲۵\n",
        encoding="utf-8",
    )
    assert main(["extract", str(pages), "--format", "text"]) == 0
    lines = capsys.readouterr().out.splitlines()
    assert lines[0].startswith(f"{pages}:1:18: 1448-06-24 | 2026-12-05 | 1433-08-20 BS  December 5, 2026")
    assert lines[1].startswith(f"{pages}:2:8: 1404-01-15 SH | - | 2025-04-04  ")
    archive = tmp_path / "a.jsonl"
    archive.write_text('{"id": "a1", "body": "Seoul, 10 Rabiul Akhir 1437/20 January 2016 (MINA) - x"}\n')
    assert main(["extract", "--input", "jsonl", "--id-field", "id", "--text-field", "body", str(archive),
                 "--format", "text"]) == 0  # fmt: skip
    assert capsys.readouterr().out.startswith(f"{archive}:1:30 (id a1): 1437-04-10 | 2016-01-20  ")


def test_a_sighting_table_saved_with_semicolons_is_read(tmp_path: Path) -> None:
    table = tmp_path / "council.csv"
    table.write_text("year;month;first_day\n1447;9;2026-02-19\n1447;10;2026-03-20\n", encoding="utf-8")
    council = datelines.get_calendar("umalqura", table=datelines.load_sighting_table(table))
    assert council.first_day(1447, 9).isoformat() == "2026-02-19"
    assert datelines.get_calendar("umalqura").first_day(1447, 9).isoformat() == "2026-02-18"


def test_a_bengali_date_gets_its_hijri_date_in_bangladeshs_calendar(
    capsys: pytest.CaptureFixture[str],
) -> None:
    """A trial: "20 Agrahayan 1433" was given Umm al-Qura's Hijri date, a day off BD's,
    which the checker asks a Bengali line for; and the line repeated the date read."""
    line = "1433-08-20 BS → 2026-12-05 (Saturday, 5 December 2026; bangla); 1448-06-24 (24 Jumada al-Akhirah 1448 AH; BD)\n"
    assert main(["convert", "20 Agrahayan 1433"]) == 0
    assert capsys.readouterr().out == line
    assert main(["convert", "--from", "bangla", "1433-08-20"]) == 0
    assert capsys.readouterr().out == line
    assert main(["convert", "20 Agrahayan 1433", "--calendar", "umalqura"]) == 0
    assert capsys.readouterr().out.endswith("1448-06-25 (25 Jumada al-Akhirah 1448 AH; umalqura)\n")
    assert main(["convert", "--from", "solar-hijri", "1404-01-15"]) == 0
    assert capsys.readouterr().out.startswith(
        "1404-01-15 SH → 2025-04-04 (Friday, 4 April 2025; solar-hijri)"
    )


def test_a_style_files_errors_name_the_file(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """A trial: a style file whose table was missing was named only by its style's name."""
    style = tmp_path / "house.toml"
    style.write_text('name = "x"\nbase = "mina"\ntable = "nope.csv"\n', encoding="utf-8")
    with pytest.raises(SystemExit):
        main(["format", "2026-01-01", "--style-file", str(style)])
    err = capsys.readouterr().err
    assert f"{style}: style 'x': {tmp_path / 'nope.csv'}: cannot read the file" in err


def test_a_councils_calendar_is_named_after_its_table(tmp_path: Path) -> None:
    """A trial: every table's calendar was "umalqura+table", two councils' alike."""
    table = tmp_path / "lagos-council.csv"
    table.write_text("year,month,first_day\n1447,9,2026-02-19\n1447,10,2026-03-20\n", encoding="utf-8")
    council = datelines.get_calendar("umalqura", table=datelines.load_sighting_table(table))
    assert council.name == "umalqura+lagos-council"
    verdict = datelines.check("Lagos, 1 Ramadan 1447 AH (19 February 2026)", calendar=council)
    assert verdict.ok
    assert verdict.calendar == "umalqura+lagos-council"


def test_a_style_in_another_language_writes_that_languages_digits() -> None:
    """A trial: the Bangladeshi masthead in English kept its Bengali digits."""
    day = datelines.to_gregorian(datelines.HijriDate(1448, 6, 25))
    assert datelines.format(day, style="bangladesh-masthead", language="en") == (
        "Saturday 5 December 2026, 20 Agrahayan 1433, 24 Jumada al-Akhirah 1448 AH"
    )
    assert "৫" in datelines.format(day, style="bangladesh-masthead", language="en", digits="beng")
    assert "৫" in datelines.format(day, style="bangladesh-masthead")


def test_a_line_without_a_place_begins_with_a_capital() -> None:
    """A second review: "суббота, 5 декабря …" began a Russian line in lower case."""
    day = datelines.to_gregorian(datelines.HijriDate(1448, 6, 25))
    assert datelines.format(day, style="russian", weekday=True).startswith("Суббота, 5 декабря 2026 г.")
    assert datelines.format(day, style="russian", weekday=True, place="Казань").startswith("Казань, суббота")
