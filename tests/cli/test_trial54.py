"""Stop 54's new-user trial, on the command line: an archivist's `convert --to all` of a day
before Umm al-Qura's table, `convert --authority`."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from datelines.cli import main


def test_to_all_gives_an_old_days_lunar_date_in_the_civil_calendar(
    capsys: pytest.CaptureFixture[str],
) -> None:
    # before: "1908-09-11 is outside the umalqura calendar", though every other date was there
    assert main(["convert", "1908-09-11", "--to", "all", "--format", "json"]) == 0
    (found,) = json.loads(capsys.readouterr().out)
    assert (found["calendar"], found["hijri"], found["rumi"], found["solar_hijri"]) == (
        "civil", "1326-08-14", "1324-08-29", "1287-06-20",
    )  # fmt: skip
    # a calendar named is kept, and its range said
    assert main(["convert", "1908-09-11", "--to", "all", "--calendar", "umalqura"]) == 1
    assert "outside the umalqura calendar" in capsys.readouterr().err


def test_convert_takes_an_authority_as_check_and_format_do(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["convert", "2025-03-01", "--authority", "ID", "--format", "json"]) == 0
    (found,) = json.loads(capsys.readouterr().out)
    assert (found["calendar"], found["hijri"]) == ("ID", "1446-09-01")  # Indonesia's Ramadan began that day
    with pytest.raises(SystemExit) as usage:
        main(["convert", "2025-03-01", "--authority", "ID", "--calendar", "civil"])
    assert usage.value.code == 2
    assert "--authority: not allowed with --calendar" in capsys.readouterr().err


def test_a_jsonl_record_naming_its_text_twice_is_an_error_record(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    # JSON keeps the last value: the first text was dropped in silence (the service refuses it)
    archive = tmp_path / "a.jsonl"
    archive.write_text(
        '{"body": "Jakarta, 1 Syawal 1446 H / 31 Maret 2025", "body": "dup"}\n'
        '{"id": 1, "id": 2, "body": "x"}\n'
        '{"id": 3, "body": "Jakarta, 1 Syawal 1446 H / 31 Maret 2025", "meta": {"body": 1}, "n": 1e999}\n',
        encoding="utf-8",
    )
    run = ["extract", "--input", "jsonl", "--text-field", "body", "--id-field", "id", "--all", str(archive)]
    assert main(run) == 1
    records = [json.loads(line) for line in capsys.readouterr().out.splitlines()]
    assert [r.get("error") for r in records] == [
        "field 'body' is given twice",
        "field 'id' is given twice",
        None,
    ]
    assert records[2]["hijri"] == "1446-10-01"  # a name of an inner object is its own


def test_to_all_leaves_out_a_calendar_that_lacks_the_day(capsys: pytest.CaptureFixture[str]) -> None:
    # 1750 is before the Solar Hijri table (1799): the other dates still (a review)
    assert main(["convert", "1750-01-01", "--to", "all", "--format", "json"]) == 0
    (found,) = json.loads(capsys.readouterr().out)
    assert (found["hijri"], "solar_hijri" in found) == ("1163-01-22", False)
    assert main(["convert", "1750-01-01", "--to", "solar-hijri"]) == 1  # asked for alone: its range said
    assert "outside the solar-hijri calendar" in capsys.readouterr().err
