"""What stop 51's second new-user trial left open, for a historian and a data engineer
(issue #15): Rumi dates typed alone, and an unknown month's line in extract."""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path

import pytest

import datelines
from datelines.cli import main


def test_read_date_reads_a_marked_rumi_date_and_asks_about_an_unmarked_one() -> None:
    """ "29 Ağustos 1324" was read as a Gregorian date of AD 1324 without a word."""
    assert datelines.read_date("29 Ağustos 1324 Rumi") == date(1908, 9, 11)
    assert datelines.read_date("29 Ağustos 1324", source="rumi") == date(1908, 9, 11)
    assert datelines.read_date("1324-08-29", source="rumi") == date(1908, 9, 11)
    assert datelines.read_date("29 Ağustos 1324", source="gregorian") == date(1324, 8, 29)
    with pytest.raises(datelines.ParseError) as asked:
        datelines.read_date("29 Ağustos 1324")
    assert asked.value.message == (
        "'29 Ağustos 1324' could be a Rumi date (11 September 1908) or a Gregorian one of the year 1324: "
        'say which (source="rumi" or "gregorian")'
    )
    # English names and years outside the Rumi calendar's are Gregorian, as before
    assert datelines.read_date("29 August 1324") == date(1324, 8, 29)
    assert datelines.read_date("29 Ağustos 1400") == date(1400, 8, 29)
    with pytest.raises(datelines.InvalidDateError, match="Şubat 1324 has 28 days"):
        datelines.read_date("31 Şubat 1324 Rumi")
    with pytest.raises(ValueError, match="'rumi'"):
        datelines.read_date("29 Ağustos 1324", source="julian")  # type: ignore[arg-type]


def test_convert_reads_a_marked_rumi_date_in_the_calendar_of_its_time(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["convert", "1 Şubat 1324 Rumi", "2016-01-20"]) == 0
    assert capsys.readouterr().out.splitlines() == [
        "1324-02-01 Rumi → 1909-02-14 (Sunday, 14 February 1909; rumi); 1327-01-23 AH (23 Muharram 1327 AH; civil)",
        "2016-01-20 → 1437-04-10 (Wednesday, 10 Rabi' al-Thani 1437 AH; umalqura)",
    ]
    assert main(["convert", "1 Şubat 1324"]) == 1
    assert "say which (--from rumi or --from gregorian)" in capsys.readouterr().err
    assert main(["convert", "1 February 1324"]) == 1
    assert "if '1 February 1324' is a Hijri date, say so (--from hijri) or a Rumi one (--from rumi)" in (
        capsys.readouterr().err
    )
    # a historian's tabular calendar has the Gregorian day of AD 1324: no question
    assert main(["convert", "1 Şubat 1324", "--calendar", "civil"]) == 0
    assert capsys.readouterr().out.startswith("1324-02-01 → 0724-01-26")
    table = tmp_path / "dates.csv"
    table.write_text("id,date\n1,1 Şubat 1324 Rumi\n2,2016-01-20\n3,1 Şubat 1324\n", encoding="utf-8")
    assert main(["convert", "--csv", str(table), "--column", "date"]) == 1
    rows = capsys.readouterr().out.splitlines()
    assert rows[1].startswith("1,1 Şubat 1324 Rumi,1909-02-14,1327-01-23,")
    assert ",civil,computed," in rows[1]
    assert rows[3].endswith("say which (--from rumi or --from gregorian)")


def test_extract_reports_a_line_with_an_unknown_month_that_check_warns_of(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """A Moroccan gazette's misspelt month without an era: check warned, extract was silent."""
    story = tmp_path / "dahir.txt"
    story.write_text(
        "Dahir du 10 hija 1445 (17 juin 2024) portant promulgation de la loi.\n"
        "Il y avait 10 dossiers 2024 (17 juin 2024) ce jour.\n",
        encoding="utf-8",
    )
    assert main(["extract", "--format", "jsonl", str(story)]) == 0
    (record,) = (json.loads(line) for line in capsys.readouterr().out.splitlines())
    assert (record["line"], record["text"], record["hijri"], record["gregorian"]) == (
        1, "10 hija 1445 (17 juin 2024)", "1445", "2024-06-17"
    )  # fmt: skip
    assert record["verdict"]["findings"][0]["code"] == "unknown-month"
    # not a date of another year: a count and a number beside a date in brackets
    assert list(datelines.extract("On 10 occasions 1300 (17 June 2024) it rained.")) == []
    assert [d.text for d in datelines.extract("Le 10 hija 1445 (17 juin 2024), puis 3 mai 2024.")] == [
        "10 hija 1445 (17 juin 2024)"
    ]


def test_an_early_solar_date_converts_its_lunar_date_in_the_civil_calendar(
    capsys: pytest.CaptureFixture[str],
) -> None:
    """Stop 52's trial: 1300 SH (1921), before Umm al-Qura's table, failed whole for want of
    its lunar date; asked of a named calendar, it still says why."""
    assert main(["convert", "--from", "solar-hijri", "1300-01-01"]) == 0
    assert capsys.readouterr().out == (
        "1300-01-01 SH → 1921-03-21 (Monday, 21 March 1921; solar-hijri); 1339-07-11 (11 Rajab 1339 AH; civil)\n"
    )
    assert main(["convert", "1 Hamal 1300", "--format", "json"]) == 0
    (found,) = json.loads(capsys.readouterr().out)
    assert (found["from"], found["gregorian"], found["calendar"]) == ("solar-hijri", "1921-03-21", "civil")
    assert main(["convert", "1 Hamal 1300", "--calendar", "umalqura"]) == 1
    assert "the tabular calendar 'civil' covers any date from 1 AH" in capsys.readouterr().err
    # a lunar date out of range is not moved: it says which calendar has it
    assert main(["convert", "١ رمضان ١٢٥٠ هـ"]) == 1
    assert capsys.readouterr().err.rstrip().endswith("the tabular calendar 'civil' covers any date from 1 AH")


def test_a_colophon_s_preposition_before_the_date_is_read(capsys: pytest.CaptureFixture[str]) -> None:
    """Stop 52's trial: parse read "في غرة شهر رمضان سنة ١٢٥٠"; convert and --csv refused "في"."""
    assert main(["convert", "--calendar", "civil", "في غرة شهر رمضان سنة ١٢٥٠", "on 20 January 2016"]) == 0
    out = capsys.readouterr().out.splitlines()
    assert out[0].startswith("1250-09-01 AH → 1835-01-01")
    assert out[1].startswith("2016-01-20 → 1437-04-09")  # (civil)
    assert main(["convert", "20 January 2016 on"]) == 1  # after the date it is a leftover still
    assert "cannot read 'on'" in capsys.readouterr().err


def test_a_date_left_unquoted_is_pointed_out(capsys: pytest.CaptureFixture[str]) -> None:
    """Stop 52's trial typed `datelines convert 1 Hamal 1300`: three errors, none saying why."""
    assert main(["convert", "1", "Hamal", "1300"]) == 1
    err = capsys.readouterr().err.splitlines()
    assert len(err) == 3
    assert err[0].endswith("(one date? quote it: datelines convert '1 Hamal 1300')")
    assert "quote it" not in err[1] + err[2]
    # dates apart stay apart, and a wrong one is not told to be quoted with them
    assert main(["convert", "2016-01-20", "2016-02-31"]) == 1
    assert "quote it" not in capsys.readouterr().err
