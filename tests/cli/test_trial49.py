"""What stop 49's new-user trial found in the command line (issue #15)."""

from __future__ import annotations

import csv
import io
import json
from datetime import date
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from datelines import to_hijri
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


# --- convert --csv: a spreadsheet's column of dates (a trial: the text output could not be
# pasted back, and a data desk has to cut the column out of its CSV) -------------------------

SHEET = (
    'id,published,title\r\n1,2016-01-20,"Seoul, story"\r\n2,,blank\r\n3,TBD,garbage\r\n'
    "4,2016-01-20 23:30:00\r\n5,2090-01-01,beyond Umm al-Qura\r\n"
)


def test_convert_a_csv_column_keeps_every_row(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    sheet = tmp_path / "stories.csv"
    sheet.write_text(SHEET, encoding="utf-8-sig")  # Excel's "CSV UTF-8" has the mark
    assert main(["convert", "--csv", str(sheet), "--column", "Published"]) == 1  # two cells unread
    captured = capsys.readouterr()
    assert captured.out.startswith("\ufeff")  # the mark the input had: Excel reads UTF-8 by it
    rows = list(csv.DictReader(io.StringIO(captured.out[1:], newline="")))
    assert [r["id"] for r in rows] == ["1", "2", "3", "4", "5"]
    assert rows[0]["title"] == "Seoul, story"
    assert (rows[0]["published_hijri"], rows[0]["published_hijri_year"], rows[0]["published_hijri_day"]) == (
        "1437-04-10", "1437", "10",
    )  # fmt: skip
    assert rows[0]["published_hijri_text"] == "10 Rabi' al-Thani 1437 AH"
    assert [r["published_hijri"] for r in rows[1:4]] == ["", "", "1437-04-10"]  # blank stays blank
    assert rows[1]["published_error"] == ""
    assert "cannot read 'TBD'" in rows[2]["published_error"]
    assert "outside the umalqura calendar" in rows[4]["published_error"]
    assert f"{sheet}: line 4: 'TBD'" in captured.err
    assert "5 rows: 2 converted, 1 blank, 2 not read" in captured.err


def test_convert_a_csv_in_another_calendar_and_delimiter(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    sheet = tmp_path / "id.csv"
    sheet.write_text("tanggal;judul\n11/03/2024;puasa\n", encoding="utf-8")
    assert main(["convert", "--csv", str(sheet), "--column", "1", "--calendar", "ID", "--dayfirst"]) == 0
    header, row = capsys.readouterr().out.splitlines()
    assert header.split(";")[:5] == [
        "tanggal",
        "judul",
        "tanggal_gregorian",
        "tanggal_hijri",
        "tanggal_hijri_year",
    ]
    assert row.split(";")[3] == "1445-08-30"  # Indonesia began Ramadan on 12 March


@pytest.mark.parametrize(
    ("argv", "said"),
    [
        (["--column", "published"], "no column 'published'"),
        ([], "say which column holds the dates (--column NAME)"),
        (["--column", "a", "2016-01-20"], "give the dates in the file, not as arguments"),
        (["--column", "a", "--format", "jsonl"], "leave out --format"),
    ],
)
def test_convert_csv_usage_errors(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], argv: list[str], said: str
) -> None:
    sheet = tmp_path / "s.csv"
    sheet.write_text("a,b\n2016-01-20,x\n", encoding="utf-8")
    with pytest.raises(SystemExit) as exit_:
        main(["convert", "--csv", str(sheet), *argv])
    assert exit_.value.code == 2
    assert said in capsys.readouterr().err


def test_convert_csv_that_is_not_utf8_says_how_to_save_it(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    sheet = tmp_path / "s.csv"
    sheet.write_bytes("a,b\n2016-01-20,Caf\xe9\n".encode("latin-1"))
    assert main(["convert", "--csv", str(sheet), "--column", "a"]) == 1
    assert "line 2: not valid UTF-8 (byte 0xe9); save the file as CSV UTF-8" in capsys.readouterr().err


@given(days=st.lists(st.dates(date(1924, 8, 1), date(2077, 11, 16)) | st.just(None), max_size=20))
@settings(suppress_health_check=[HealthCheck.function_scoped_fixture])
def test_law_the_csv_column_is_to_hijri_row_by_row(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], days: list[date | None]
) -> None:
    sheet = tmp_path / "law.csv"
    sheet.write_text("day\n" + "".join(f"{d or ''}\n" for d in days), encoding="utf-8")
    main(["convert", "--csv", str(sheet), "--column", "day"])
    rows = list(csv.DictReader(io.StringIO(capsys.readouterr().out, newline="")))
    assert len(rows) == len(days)
    for row, day in zip(rows, days, strict=True):
        assert row["day_hijri"] == ("" if day is None else to_hijri(day).isoformat())


def test_convert_csv_quotes_as_a_spreadsheet_does(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """A review: a cell in single quotes made the apostrophe the quote character, a quote in
    an error message stopped the run half written, and cells beyond the header's pushed the
    new columns right."""
    sheet = tmp_path / "s.csv"
    sheet.write_text(
        'id,date,title\n1,2016-01-20,\'Ramadan Mubarak\'\n2,Sha\'ban,"Riyadh\'s ""big"" day"\n3,2016-01-22,x,EXTRA\n',
        encoding="utf-8",
    )
    assert main(["convert", "--csv", str(sheet), "--column", "date"]) == 1
    captured = capsys.readouterr()
    rows = list(csv.reader(io.StringIO(captured.out, newline="")))
    assert [row[0] for row in rows] == ["id", "1", "2", "3"]
    assert rows[1][2] == "'Ramadan Mubarak'"
    assert rows[2][2] == 'Riyadh\'s "big" day'
    assert rows[3][3:5] == ["2016-01-22", "1437-04-12"]  # in their columns
    assert rows[3][-1] == "EXTRA"  # kept, after the new columns
    assert "1 with more cells than the header" in captured.err


def test_convert_csv_finds_a_semicolon_past_a_quoted_header_cell(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    sheet = tmp_path / "s.csv"
    sheet.write_text('id;"datum, tag"\n1;"20/01/2016"\n2;"x\ny; z"\n', encoding="utf-8")
    main(["convert", "--csv", str(sheet), "--column", "datum, tag", "--dayfirst"])
    rows = list(csv.reader(io.StringIO(capsys.readouterr().out, newline=""), delimiter=";"))
    assert [row[0] for row in rows] == ["id", "1", "2"]
    assert rows[1][3] == "1437-04-10"
