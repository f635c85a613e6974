"""`datelines check|extract --input csv`: a spreadsheet's export read row by row, the text in
one column and the id in another, every row accounted for and each finding placed at its
line and column in the file (a trial's wire desk: its CSV export had been read a physical
line at a time, the row's other dates taken for the dateline's)."""

from __future__ import annotations

import contextlib
import csv
import io
import json
from datetime import date, timedelta
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from datelines import to_hijri
from datelines.cli import main
from datelines.names.output import GREGORIAN_MONTHS, HIJRI_MONTHS

EXPORT = (
    "id,published,dateline\n"
    '38,2025-06-28,"Rabat, 2 Moharram 1447 (28 juin 2026) (MAP)"\n'
    '39,2025-06-27,"Rabat, 1 Moharram 1447 (27 juin 2025) (MAP)"\n'
    '40,2025-06-28,"Le communiqué :\n""Rabat, 2 Moharram 1447 (28 juillet 2025) (MAP)"" fin"\n'
    "41,2025-06-28,\n"
    "42,2025-06-28\n"
)


def run(argv: list[str], capsys: pytest.CaptureFixture[str]) -> tuple[int, str, str]:
    status = main(argv)
    captured = capsys.readouterr()
    return status, captured.out, captured.err


@pytest.fixture
def export(tmp_path: Path) -> Path:
    path = tmp_path / "export.csv"
    path.write_text(EXPORT, encoding="utf-8")
    return path


def test_each_row_s_dateline_is_checked_where_it_stands(
    export: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    argv = ["check", "--input", "csv", "--text-field", "dateline", "--id-field", "id", "--authority", "MA"]
    status, out, _ = run([*argv, str(export)], capsys)
    assert status == 1
    lines = out.splitlines()
    # the year slip and the month slip are caught at the dateline's own place: the cell's
    # quotes, a doubled quote and the cell's line break counted
    assert lines[0].startswith(f"{export}:2:23: error: Hijri half is 365 days behind Morocco's calendar")
    assert lines[1].startswith(f"{export}:5:10: error: Hijri half is 30 days behind Morocco's calendar")
    # the row with too few fields is an error record; every row is counted, not lines
    assert lines[2] == f"{export}:7: error: the row has 2 fields where the header names 3"
    assert lines[3] == "3 datelines in 5 rows: 2 with errors, 1 row unreadable"


def test_extract_carries_each_row_s_id(export: Path, capsys: pytest.CaptureFixture[str]) -> None:
    argv = ["extract", "--input", "csv", "--text-field", "3", "--id-field", "ID", str(export)]
    status, out, err = run(argv, capsys)
    records = [json.loads(line) for line in out.splitlines()]
    assert [(r.get("id"), r["line"], r.get("column"), r.get("gregorian")) for r in records] == [
        ("38", 2, 23, "2026-06-28"),
        ("39", 3, 23, "2025-06-27"),
        ("40", 5, 10, "2025-07-28"),
        ("42", 7, None, None),  # the short row's error record, with its id
    ]
    assert "error" in records[-1]
    assert status == 1
    assert err.strip().endswith("3 datelines in 5 rows: 2 with errors, 1 row unreadable")


def test_a_header_without_the_column_names_the_columns(
    export: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    status, out, _ = run(["check", "--input", "csv", str(export)], capsys)
    assert status == 1
    assert out.splitlines()[0] == (
        f"{export}:1: error: no column 'text' in the header ('id', 'published', 'dateline') (--text-field and "
        "--id-field name columns by their header or number); the file's rows are not read"
    )


def test_semicolons_a_byte_order_mark_crlf_and_an_unclosed_quote(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = tmp_path / "excel.csv"
    path.write_bytes(
        '\ufeffNr;Titel\r\n1;Jakarta, 1 Ramadhan 1445 H / 12 Maret 2024\r\n2;"Jakarta, 2 Ramadhan 1445 H\r\n'.encode()
    )
    status, out, _ = run(
        ["check", "--input", "csv", "--text-field", "titel", "--authority", "ID", str(path)], capsys
    )
    assert out.splitlines() == [
        f"{path}:3: error: a quoted cell opened in this row is not closed by the end of the file",
        "1 dateline in 2 rows: 0 with errors, 1 row unreadable",
    ]
    assert status == 1


def test_an_unclosed_quote_names_the_rows_it_swallowed(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """Trial 27: rows after a quote left open were read as none, without a word."""
    path = tmp_path / "b.csv"
    path.write_text(
        'id,title,date_text\nA1,ok,"10 Rabi al-Thani 1437 AH / 20 January 2016"\nA2,short\n'
        'A4,"bad quote,12 Ramadan 1250 / 11 January 1835\nA5,ok,1 Ramadan 1200 / 28 June 1786\n'
        "A6,ok,2 Ramadan 1200 / 28 June 1786\n",
        encoding="utf-8",
    )
    status, out, _ = run(["check", "--input", "csv", "--text-field", "date_text", str(path)], capsys)
    assert (
        f"{path}:4: error: a quoted cell opened in this row is not closed by the end of the file: lines 4-6 (3 lines) are read as none"
        in out.splitlines()
    )
    assert status == 1


def test_fields_of_another_input_are_refused(export: Path, capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit):
        main(["check", "--text-field", "dateline", str(export)])
    assert "add --input jsonl, csv or auto" in capsys.readouterr().err


def test_two_jobs_write_what_one_does(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path = tmp_path / "many.csv"
    buffer = io.StringIO(newline="")
    writer = csv.writer(buffer, lineterminator="\r\n")
    writer.writerow(["id", "dateline"])
    for n in range(3000):
        day = date(2020, 1, 1) + timedelta(days=n)
        h = to_hijri(day, "umalqura")
        hijri = f"{h.day} {HIJRI_MONTHS['fr'][h.month - 1]} {h.year}"
        said = f"Rabat, {hijri} ({day.day} {GREGORIAN_MONTHS['fr'][day.month - 1]} {day.year})"
        writer.writerow([n, f'{said}\n"quoted", and more' if n % 7 == 0 else said])
    path.write_text(buffer.getvalue(), encoding="utf-8", newline="")
    base = ["extract", "--input", "csv", "--text-field", "dateline", "--id-field", "id", str(path)]
    one = run([*base, "--jobs", "1"], capsys)
    two = run([*base, "--jobs", "2"], capsys)
    assert one == two
    assert len(one[1].splitlines()) == 3000


_CELL = st.text(alphabet=st.sampled_from(list('ab ,;"\n')), max_size=12)


@settings(suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(st.lists(_CELL, min_size=0, max_size=3), _CELL, st.dates(date(2000, 1, 1), date(2040, 12, 31)), _CELL)
def test_a_dateline_is_placed_where_it_stands_in_any_row(
    tmp_path: Path, before_cells: list[str], prefix: str, day: date, suffix: str
) -> None:
    """Whatever the cells before it and the words around it (quotes, delimiters, line
    breaks), the dateline in the text's column is found, and its line and column are where
    its first character stands in the file as written."""
    h = to_hijri(day, "umalqura")
    dateline = f"{h.day} {HIJRI_MONTHS['en'][h.month - 1]} {h.year} / {day.day} {GREGORIAN_MONTHS['en'][day.month - 1]} {day.year}"
    buffer = io.StringIO(newline="")
    writer = csv.writer(buffer, lineterminator="\n")
    columns = [f"c{i}" for i in range(len(before_cells))]
    writer.writerow([*columns, "text"])
    writer.writerow([*before_cells, f"{prefix} {dateline} {suffix}"])
    content = buffer.getvalue()
    path = tmp_path / "row.csv"
    path.write_text(content, encoding="utf-8")
    out = io.StringIO()
    with contextlib.redirect_stdout(out), contextlib.redirect_stderr(io.StringIO()):
        main(["extract", "--input", "csv", str(path)])
    found = [json.loads(line) for line in out.getvalue().splitlines()]
    assert [r["gregorian"] for r in found] == [day.isoformat()], content
    line, column = found[0]["line"], found[0]["column"]
    lines = content.split("\n")
    start = lines[line - 1][column - 1 :]
    assert start.startswith(found[0]["text"].replace('"', '""')[:10]), (content, line, column)


@pytest.mark.parametrize(
    ("content", "said"),
    [
        # a quote inside an unquoted cell is the cell's ("a 12\" record"), as Python's csv reads
        # it: the rows after it are read (a review: every later row had been dropped)
        (
            'id,text\n1,He bought a 12" record\n2,"Rabat, 2 Moharram 1447 (28 juin 2026) (MAP)"\n',
            [
                "{f}:3:11: error: Hijri half is 365 days behind",
                "1 dateline in 2 rows: 1 with errors, 0 rows unreadable",
            ],
        ),
        # old Macs' exports end rows with a lone CR (a review: a traceback)
        (
            'id,text\r1,"Rabat, 2 Moharram 1447 (28 juin 2026) (MAP)"\r2,x\r',
            [
                "{f}:2:11: error: Hijri half is 365 days behind",
                "1 dateline in 2 rows: 1 with errors, 0 rows unreadable",
            ],
        ),
        # a header naming the column twice: which cell is the text?
        (
            "id,text,text\n1,a,b\n",
            ["{f}:1: error: the header names column 'text' twice; the file's rows are not read"],
        ),
        # a comma in a cell not quoted: more fields than the header names, the dateline cut
        (
            "text\nRabat, 2 Moharram 1447 (28 juin 2026) (MAP)\n",
            ["{f}:2: error: the row has 2 fields where the header names 1", "0 datelines in 1 row"],
        ),
        # extra cells after a whole one: the row is read (a trial's export had such rows)
        (
            'id,text\n1,"Rabat, 2 Moharram 1447 (28 juin 2026) (MAP)",extra,col\n',
            [
                "{f}:2:11: error: Hijri half is 365 days behind",
                "1 dateline in 1 row: 1 with errors, 0 rows unreadable",
            ],
        ),
        # trailing empty fields, as spreadsheets write them, are no error
        (
            'text,\n"Rabat, 2 Moharram 1447 (28 juin 2026) (MAP)",,\n',
            ["{f}:2:9: error: Hijri half is 365 days"],
        ),
    ],
)
def test_malformed_exports_are_read_as_python_s_csv_reads_them(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], content: str, said: list[str]
) -> None:
    path = tmp_path / "export.csv"
    path.write_bytes(content.encode())
    status, out, _ = run(["check", "--input", "csv", "--authority", "MA", str(path)], capsys)
    lines = out.splitlines()
    for line, expected in zip(lines, said, strict=False):
        assert line.startswith(expected.format(f=path)), (line, expected)
    assert status == 1


def test_a_row_without_a_dateline_is_a_row(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path = tmp_path / "export.csv"
    path.write_text("id,dateline\n1,no date here\n", encoding="utf-8")
    _, out, _ = run(["check", "--input", "csv", "--text-field", "dateline", "--all", str(path)], capsys)
    assert out.splitlines()[0] == f"{path}:2: note: No dateline was read in this row."
