"""``datelines convert`` with a year or a month alone, as a librarian's catalogue holds them
(stop 52's trial: "1250" and "Ramadan 1250" were errors, each row of them lost to a column)."""

from __future__ import annotations

import csv
import io
import json
from pathlib import Path

import pytest

from datelines.cli import main


def test_convert_gives_a_year_or_month_alone_as_its_first_and_last_days(
    capsys: pytest.CaptureFixture[str],
) -> None:
    assert main(["convert", "--calendar", "civil", "Ramadan 1250", "سنة ١٢٥٠ هـ", "10 Ramadan 1250"]) == 0
    assert capsys.readouterr().out.splitlines() == [
        "Ramadan 1250 AH → 1835-01-01 to 1835-01-30 (1 January 1835 – 30 January 1835, 30 days; civil)",
        "1250 AH → 1834-05-10 to 1835-04-28 (10 May 1834 – 28 April 1835, 354 days; civil)",
        "1250-09-10 AH → 1835-01-10 (Saturday, 10 January 1835; civil)",
    ]
    assert main(["convert", "--calendar", "ID", "March 2025", "Ramadan 1446"]) == 0
    assert capsys.readouterr().out.splitlines() == [
        "March 2025 → 1446-09-01 to 1446-10-01 AH (1 Ramadan 1446 AH – 1 Shawwal 1446 AH, 31 days; ID)",
        "Ramadan 1446 AH → 2025-03-01 to 2025-03-30 (1 March 2025 – 30 March 2025, 30 days; ID)",
    ]


def test_a_year_in_digits_is_hijri_when_said_and_its_json_record_says_it_is_a_period(
    capsys: pytest.CaptureFixture[str],
) -> None:
    assert main(["convert", "--from", "hijri", "--calendar", "civil", "1250-09", "--format", "jsonl"]) == 0
    record = json.loads(capsys.readouterr().out)
    assert record["period"] == "month"
    assert (record["hijri"], record["gregorian"]) == ("1250-09", "1835-01-01/1835-01-30")
    assert (record["gregorian_start"], record["gregorian_end"], record["days"]) == (
        "1835-01-01",
        "1835-01-30",
        30,
    )


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (
            ["1250"],
            "'1250' could be a Hijri year or a Gregorian one: say which (--from hijri or --from gregorian)",
        ),
        (["--calendar", "civil", "1250"], "'1250' could be a Hijri year or a Gregorian one: say which"),
        (
            ["1650"],
            "if '1650' is a Hijri year, say so (--from hijri); read as a Gregorian one, 1650-01-01 is outside",
        ),
        (["1446-09"], "'1446-09' could be a Hijri month or a Gregorian one: say which"),
        (["c. 1250 AH"], "'c. 1250 AH' has no month or day: give a whole date"),
        (["March 1446 AH"], "'March 1446 AH' has no day: give a whole date"),
        (["2024-25"], "'2024-25' is not one date"),
        (["Friday March 2025"], "names a weekday (Friday) but no day: give the whole date"),
        (
            ["--to", "bangla", "March 2025"],
            "is a month alone, which converts between the lunar Hijri and Gregorian",
        ),
        (["--from", "hijri", "1250/13"], "'1250/13' is not one date"),
    ],
)
def test_a_period_that_cannot_be_converted_says_why(
    args: list[str], message: str, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["convert", *args]) == 1
    err = capsys.readouterr().err
    assert message in err
    assert "Traceback" not in err


def test_a_catalogue_column_of_whole_dates_years_and_months_keeps_every_row(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    source = tmp_path / "catalogue.csv"
    source.write_text(
        "id,date\n1,1250\n2,Ramadan 1250\n3,1250-09\n4,10 Ramadan 1250\n5,\n6,سنة ١٢٥٠ هـ\n7,garbage\n",
        encoding="utf-8",
    )
    assert (
        main(["convert", "--csv", str(source), "--column", "date", "--from", "hijri", "--calendar", "civil"])
        == 1
    )
    out, err = capsys.readouterr()
    rows = list(csv.DictReader(io.StringIO(out)))
    assert [row["id"] for row in rows] == ["1", "2", "3", "4", "5", "6", "7"]
    assert [row["date_gregorian"] for row in rows] == [
        "1834-05-10/1835-04-28", "1835-01-01/1835-01-30", "1835-01-01/1835-01-30", "1835-01-10", "",
        "1834-05-10/1835-04-28", "",
    ]  # fmt: skip
    assert [(row["date_hijri_year"], row["date_hijri_month"], row["date_hijri_day"]) for row in rows[:4]] == [
        ("1250", "", ""), ("1250", "9", ""), ("1250", "9", ""), ("1250", "9", "10"),
    ]  # fmt: skip
    assert rows[6]["date_error"].startswith("expected a Hijri date")
    assert err.splitlines()[-1] == (
        "7 rows: 5 converted (4 a year or month alone: its first and last days), 1 blank, 1 not read "
        "(their date_error column says why)"
    )
