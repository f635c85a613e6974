"""What a new user's trial of the command line and the service found (stop 44)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

import datelines
from datelines.cli import main


def run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    status = main(list(argv))
    out, err = capsys.readouterr()
    return status, out, err


def test_solar_hijri_alone_converts_days_outside_the_lunar_calendar(
    capsys: pytest.CaptureFixture[str],
) -> None:
    """The Solar Hijri calendar covers 1799-2322; Umm al-Qura 1924-2077 had been asked too."""
    status, out, err = run(capsys, "convert", "--to", "solar-hijri", "1900-01-01")
    assert status == 0, err
    assert out == "1900-01-01 → 1278-10-11 SH (Monday, 11 Dey 1278 SH; solar-hijri)\n"
    status, out, err = run(capsys, "convert", "--from", "solar-hijri", "--to", "solar-hijri", "1300-01-01")
    assert status == 0, err
    assert out.startswith("1300-01-01 SH → 1921-03-21")


def test_no_option_is_taken_by_its_abbreviation(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    """ "check --json FILE" had been read as "--jsonl" (an input mode): every line an error."""
    lines = tmp_path / "lines.txt"
    lines.write_text("Seoul, 10 Rabiul Akhir 1437/20 January 2016 (MINA)\n", encoding="utf-8")
    status, out, err = run(capsys, "check", "--json", str(lines))
    assert status == 0, err
    assert "use --format json" in err
    assert json.loads(out)["summary"]["records"] == 1
    with pytest.raises(SystemExit) as stopped:
        main(["check", "--auth", "SA", str(lines)])
    assert stopped.value.code == 2
    assert "unrecognized arguments: --auth" in capsys.readouterr().err


def test_a_text_field_of_nan_is_no_text(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    archive = tmp_path / "archive.jsonl"
    archive.write_text(
        '{"id": "a", "body": NaN}\n{"id": "b", "body": -Infinity}\n'
        '{"id": 1e999, "body": "Seoul, 10 Rabiul Akhir 1437/20 January 2016"}\n',
        encoding="utf-8",
    )
    status, out, _ = run(
        capsys,
        "extract",
        "--input",
        "jsonl",
        "--text-field",
        "body",
        "--id-field",
        "id",
        "--all",
        str(archive),
    )
    records = [json.loads(line) for line in out.splitlines()]
    assert status == 1
    assert [r.get("error") for r in records[:2]] == ["field 'body' is a number, not text"] * 2
    assert (records[2]["id"], records[2]["hijri"]) == ("1e999", "1437-04-10")  # an id kept as written


def test_a_day_before_the_hijra_suggests_no_calendar(capsys: pytest.CaptureFixture[str]) -> None:
    status, _, err = run(capsys, "convert", "0001-01-01")
    assert status == 1
    assert "no Hijri calendar counts a day before 1 Muharram 1 AH (622-07-19)" in err
    assert "'civil' covers" not in err


def test_a_solar_hijri_half_that_disagrees_is_a_disagreement() -> None:
    """It had "agrees" and a note that only one half was stated, beside its error."""
    verdict = datelines.check("۸ مهر ۱۴۰۴ / 2025 September 29")
    assert (verdict.ok, verdict.agrees) == (False, False)
    assert [f.code for f in verdict.findings] == ["solar-hijri"]


def test_check_reports_a_line_whose_month_name_it_does_not_know(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    """As check() of the line does; the line had vanished from the command's output."""
    lines = tmp_path / "lines.txt"
    lines.write_text(
        "12 Foo 1446 / 15 September 2024\nThe budget rose 12 percent in 2024.\n", encoding="utf-8"
    )
    status, out, _ = run(capsys, "check", str(lines))
    assert status == 0
    assert out.splitlines()[0].startswith(
        f"{lines}:1:1: warning: '12 Foo 1446': 'Foo' is not a Hijri month name"
    )
    assert "1 dateline in 2 lines" in out


def test_check_leaves_out_an_address_with_numbers(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    """A second review: "12 Tower B 1446" had been told it was an unknown month."""
    lines = tmp_path / "lines.txt"
    lines.write_text("Apartment 12 Tower B 1446, Dubai, 15 September 2024\n", encoding="utf-8")
    status, out, _ = run(capsys, "check", str(lines))
    assert (status, out.splitlines()[-1]) == (0, "0 datelines in 1 line: 0 with errors, 0 lines unreadable")
