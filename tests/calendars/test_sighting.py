"""Tables of announced month starts: the file formats and their errors."""

from __future__ import annotations

import pickle
from datetime import date
from pathlib import Path

import pytest

from datelines import (
    HijriDate,
    SightingTable,
    SightingTableError,
    get_calendar,
    load_sighting_table,
    to_hijri,
)
from support import EXAMPLES

CSV = """\
# Kemenag's announcements for 1445
year,month,first_day
1445,9,2024-03-12
1445,10,2024-04-10
1445,12,2024-06-08
"""
JSON = '{"months": [{"year": 1445, "month": 9, "first_day": "2024-03-12"}]}'
TOML = """\
[[months]]
year = 1445
month = 9
first_day = 2024-03-12
"""


@pytest.mark.parametrize(
    ("suffix", "text", "count"), [(".csv", CSV, 3), (".json", JSON, 1), (".toml", TOML, 1)]
)
def test_each_format_reads(tmp_path: Path, suffix: str, text: str, count: int) -> None:
    path = tmp_path / f"table{suffix}"
    path.write_text(text, encoding="utf-8")
    table = load_sighting_table(path)
    assert len(table.entries) == count
    assert table.entries[0].first_day == date(2024, 3, 12)
    assert to_hijri(date(2024, 3, 11), table=path) == HijriDate(1445, 8, 30)
    assert to_hijri(date(2024, 3, 11), table=str(path)) == HijriDate(1445, 8, 30)


def test_csv_errors_name_the_line(tmp_path: Path) -> None:
    path = tmp_path / "t.csv"
    path.write_text("year,month,first_day\n1445,9,2024-03-12\n1445,13,2024-04-10\n", encoding="utf-8")
    with pytest.raises(SightingTableError) as err:
        load_sighting_table(path)
    assert err.value.line == 3
    assert str(err.value) == f"{path}:3: month must be in 1..12, got 13"


@pytest.mark.parametrize(
    ("text", "line", "message"),
    [
        ("year,month\n1445,9\n", 1, "missing first_day"),
        ("year,month,first_day\n1445,9,12/03/2024\n", 2, "first_day must be a date as YYYY-MM-DD"),
        ("year,month,first_day\n1445,9\n", 2, "expected 3 fields, got 2"),
        ("year,month,first_day\n1445,9,2024-03-12\n1445,9,2024-03-12\n", 3, "1445-09 is listed twice"),
        ("year,month,first_day\nx,9,2024-03-12\n", 2, "expected a whole number, got 'x'"),
        ("year,month,first_day\n1445,9,2024-04-10\n1445,10,2024-03-12\n", 3, "not after 1445-09"),
    ],
)
def test_malformed_csv(tmp_path: Path, text: str, line: int, message: str) -> None:
    path = tmp_path / "t.csv"
    path.write_text(text, encoding="utf-8")
    with pytest.raises(SightingTableError, match=message) as err:
        load_sighting_table(path)
    assert err.value.line == line


def test_inconsistent_tables_are_refused() -> None:
    # Ramadan two days after Umm al-Qura's makes Sha'ban 31 days long.
    table = SightingTable.from_rows([(1445, 9, "2024-03-13")])
    with pytest.raises(SightingTableError, match="1445-08 would last 31 days") as err:
        get_calendar("umalqura", table=table)
    assert err.value.line == 1
    far = SightingTable.from_rows([(1445, 9, "2024-04-11")])
    with pytest.raises(SightingTableError, match="31 days after umalqura"):
        get_calendar("umalqura", table=far)
    outside = SightingTable.from_rows([(1501, 1, "2077-11-17")])
    with pytest.raises(
        SightingTableError,
        match=r"1501-01 cannot be announced in the umalqura calendar, which covers 1343-01 to 1500-12: "
        r"a table may list 1343-02 to 1500-12",
    ):
        get_calendar("umalqura", table=outside)
    with pytest.raises(
        SightingTableError, match="the first month's start is where the calendar's range begins"
    ):
        get_calendar("umalqura", table=SightingTable.from_rows([(1343, 1, "1924-08-01")]))


@pytest.mark.parametrize(
    ("name", "text", "message"),
    [
        ("t.json", "[1, 2]", "expected a list of"),
        ("t.json", "{", "invalid JSON"),
        ("t.toml", "months = 3", r"expected \[\[months\]\]"),
        ("t.toml", "[[months]\n", "invalid TOML"),
        ("t.xlsx", "", "unknown table format '.xlsx'"),
    ],
)
def test_malformed_json_and_toml(tmp_path: Path, name: str, text: str, message: str) -> None:
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    with pytest.raises(SightingTableError, match=message):
        load_sighting_table(path)


def test_unreadable_and_undecodable_files(tmp_path: Path) -> None:
    with pytest.raises(SightingTableError, match="cannot read the file"):
        load_sighting_table(tmp_path / "missing.csv")
    bad = tmp_path / "bad.csv"
    bad.write_bytes(b"year,month,first_day\n\xff\n")
    with pytest.raises(SightingTableError, match="not UTF-8"):
        load_sighting_table(bad)


def test_tables_and_their_calendars_pickle() -> None:
    table = SightingTable.from_rows([(1445, 9, "2024-03-12")])
    cal = get_calendar("umalqura", offset=0, table=table)
    again = pickle.loads(pickle.dumps(cal))
    assert again.to_hijri(date(2024, 3, 11)) == HijriDate(1445, 8, 30)
    assert pickle.loads(pickle.dumps(table)) == table


def test_example_table_in_docs_is_valid() -> None:
    path = EXAMPLES / "indonesia-1445.csv"
    cal = get_calendar("umalqura", table=path)
    assert cal.to_hijri(date(2024, 6, 17)) == HijriDate(1445, 12, 10)
