"""What stop 49's new-user trial found in the command line (issue #15)."""

from __future__ import annotations

import json

import pytest

from datelines.cli import main


@pytest.mark.parametrize(
    ("argv", "calendar"),
    [(["--style", "turkish"], "TR"), (["--calendar", "ID"], "ID"), ([], "umalqura")],
)
def test_format_records_name_the_calendar_written_in(
    argv: list[str], calendar: str, capsys: pytest.CaptureFixture[str]
) -> None:
    """As /v1/format's answers do: the turkish style writes Diyanet's, not convert's Umm al-Qura."""
    assert main(["format", "--format", "jsonl", *argv, "2016-01-20"]) == 0
    record = json.loads(capsys.readouterr().out)
    assert record["calendar"] == calendar


def test_a_placeholder_date_is_not_said_to_be_hijri(capsys: pytest.CaptureFixture[str]) -> None:
    """A spreadsheet's "0000-00-00" was told "if it is a Hijri date, say so (--from hijri)"."""
    assert main(["convert", "0000-00-00"]) == 1
    err = capsys.readouterr().err
    assert "year must be in 1..9999, got 0" in err
    assert "--from hijri" not in err
