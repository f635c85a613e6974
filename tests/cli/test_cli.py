"""The command line, through main(argv) and through the installed console script."""

from __future__ import annotations

import io
import json
import os
import shutil
import subprocess
import sys

import pytest

from datelines import to_hijri
from datelines.cli import main
from support import EXAMPLES

EXAMPLE_TABLE = str(EXAMPLES / "indonesia-1445.csv")


def run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    status = main(list(argv))
    out, err = capsys.readouterr()
    return status, out, err


def test_convert_gregorian(capsys: pytest.CaptureFixture[str]) -> None:
    status, out, err = run(capsys, "convert", "2016-01-20", "20 Jan 2016", "January 20, 2016", "20/01/2016")
    assert status == 0, err
    assert (
        out.splitlines() == ["2016-01-20 → 1437-04-10 (Wednesday, 10 Rabi' al-Thani 1437 AH; umalqura)"] * 4
    )


def test_convert_hijri(capsys: pytest.CaptureFixture[str]) -> None:
    status, out, _ = run(capsys, "convert", "1437-04-10", "--from", "hijri")
    assert status == 0
    assert out == "1437-04-10 AH → 2016-01-20 (Wednesday, 20 January 2016; umalqura)\n"
    status, out, _ = run(capsys, "convert", "10/04/1437", "--from", "hijri", "--dayfirst")
    assert (status, out.split()[3]) == (0, "2016-01-20")


def test_json_output(capsys: pytest.CaptureFixture[str]) -> None:
    status, out, _ = run(capsys, "convert", "2016-01-20", "--json", "--calendar", "islamic-civil")
    assert status == 0
    assert json.loads(out) == {
        "input": "2016-01-20",
        "where": "argument 1",
        "from": "gregorian",
        "calendar": "civil",
        "gregorian": "2016-01-20",
        "hijri": "1437-04-09",
        "weekday": "Wednesday",
        "gregorian_text": "20 January 2016",
        "hijri_text": "9 Rabi' al-Thani 1437 AH",
        "hijri_month_length": 29,
        "month_source": "computed",
        "month_source_detail": "civil",
    }


def test_ambiguous_dates_are_refused_unless_the_order_is_given(capsys: pytest.CaptureFixture[str]) -> None:
    status, out, err = run(capsys, "convert", "01/02/2016")
    assert (status, out) == (1, "")
    assert "argument 1 '01/02/2016': ambiguous date" in err
    assert "--dayfirst or --monthfirst" in err
    assert run(capsys, "convert", "01/02/2016", "--dayfirst")[1].startswith("2016-02-01 ")
    assert run(capsys, "convert", "01/02/2016", "--monthfirst")[1].startswith("2016-01-02 ")


def test_bad_inputs_are_each_reported_and_the_rest_converted(
    capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    stdin = io.TextIOWrapper(
        io.BytesIO(b"2016-01-20\n\nnonsense\n\xff\xfe\n2016-02-30\n1900-01-01\n2024-03-11\n")
    )
    monkeypatch.setattr(sys, "stdin", stdin)
    status, out, err = run(capsys, "convert", "--json")
    assert status == 1
    records = [json.loads(line) for line in out.splitlines()]
    # every record says where it came from, a result as an error (a trial matched results
    # back to input lines and could not)
    assert [r.get("where") for r in records] == ["line 1", "line 3", "line 4", "line 5", "line 6", "line 7"]
    assert [r.get("hijri") for r in records] == ["1437-04-10", None, None, None, None, "1445-09-01"]
    assert records[2]["error"] == "not valid UTF-8 text"
    assert records[3]["error_type"] == "InvalidDateError"
    assert records[4]["error_type"] == "OutOfRangeError"
    assert err.count("datelines: line") == 4


@pytest.mark.parametrize(
    ("argv", "message"),
    [
        ([], "the following arguments are required: COMMAND"),
        (["convert", "--dayfirst", "--monthfirst"], "not allowed with argument --dayfirst"),
        (["convert", "--offset", "x"], "argument --offset: not a whole number of days: 'x'"),
        (["convert", "2016-01-20", "--offset", "99"], "argument --offset: must be in -30..30 days, got 99"),
        (
            ["format", "--style", "mina", "--style-file", str(EXAMPLES / "house-style.toml")],
            "--style-file: not allowed with argument --style",
        ),
    ],
)
def test_argparse_usage_errors_exit_2(
    capsys: pytest.CaptureFixture[str], argv: list[str], message: str
) -> None:
    with pytest.raises(SystemExit) as exit_:
        main(argv)
    assert exit_.value.code == 2
    err = capsys.readouterr().err
    assert err.startswith("usage: datelines")
    assert message in err


def test_sighting_table_option(capsys: pytest.CaptureFixture[str]) -> None:
    status, out, _ = run(capsys, "convert", "2024-03-11", "2024-06-17", "--table", EXAMPLE_TABLE)
    assert status == 0
    assert [line.split()[2] for line in out.splitlines()] == ["1445-08-30", "1445-12-10"]


def test_today(capsys: pytest.CaptureFixture[str]) -> None:
    status, out, _ = run(capsys, "today", "--json", "--tz", "UTC")
    assert status == 0
    record = json.loads(out)
    assert record["hijri"] == to_hijri(record["gregorian"]).isoformat()


def test_today_takes_an_authority_as_convert_and_check_do(capsys: pytest.CaptureFixture[str]) -> None:
    # a trial's Dhaka desk tried --authority first, as convert, check and format take it
    status, out, _ = run(capsys, "today", "--format", "jsonl", "--tz", "UTC", "--authority", "BD")
    assert status == 0
    record = json.loads(out)
    assert record["calendar"] == "BD"
    assert record["hijri"] == to_hijri(record["gregorian"], calendar="BD").isoformat()
    with pytest.raises(SystemExit):
        run(capsys, "today", "--authority", "BD", "--calendar", "SA")


def test_calendars_lists_every_calendar(capsys: pytest.CaptureFixture[str]) -> None:
    status, out, _ = run(capsys, "calendars", "--json")
    assert status == 0
    rows = [json.loads(line) for line in out.splitlines()]
    assert [r["name"] for r in rows if r["kind"] == "built-in"] == [
        "umalqura",
        "umalqura-icu",
        "civil",
        "astronomical",
    ]
    assert [r["name"] for r in rows if r["kind"] == "computed"] == [
        "umalqura-rule", "mabims", "wujudul-hilal", "odeh", "odeh-b", "khgt", "fcna",
    ]  # fmt: skip
    assert [r["name"] for r in rows if r["kind"] == "authority"][:3] == ["SA", "TR", "ID"]
    # the Solar Hijri calendars the README converts with are listed too (a trial missed them)
    assert [r["name"] for r in rows if r["kind"] == "solar"] == ["solar-hijri", "solar-hijri-33"]
    assert [r["name"] for r in rows if r["kind"] == "bengali"] == ["bangla", "bangla-1987"]
    assert len(rows) == 41


def _console_script() -> str:
    found = shutil.which("datelines", path=os.path.dirname(sys.executable)) or shutil.which("datelines")
    if found is None:
        pytest.fail("the datelines console script is not installed beside this Python")
    return found


def test_installed_console_script() -> None:
    done = subprocess.run(
        [_console_script(), "convert", "2016-01-20"], capture_output=True, text=True, check=False, timeout=60
    )
    assert (done.returncode, done.stderr) == (0, "")
    assert done.stdout.startswith("2016-01-20 → 1437-04-10")
    bad = subprocess.run(
        [_console_script(), "convert", "2016-13-01"], capture_output=True, text=True, check=False, timeout=60
    )
    assert bad.returncode == 1
    assert "argument 1 '2016-13-01'" in bad.stderr


def test_python_dash_m_and_stdin() -> None:
    done = subprocess.run(
        [sys.executable, "-m", "datelines", "convert", "--from", "hijri"],
        input="1437-04-10\n", capture_output=True, text=True, check=False, timeout=60,
    )  # fmt: skip
    assert (done.returncode, done.stdout.split()[3]) == (0, "2016-01-20")


def test_broken_pipe_is_not_an_error() -> None:
    script = _console_script()
    done = subprocess.run(
        f"yes 2016-01-20 | head -n 20000 | {script} convert | head -n 1",
        shell=True, capture_output=True, text=True, check=False, timeout=120,
    )  # fmt: skip
    assert done.stdout.startswith("2016-01-20 →")
    assert "Traceback" not in done.stderr


def test_parse_human_and_jsonl(capsys: pytest.CaptureFixture[str]) -> None:
    status, out, err = run(capsys, "parse", "Seoul, 10 Rabiul Akhir 1437/20 January 2016 (MINA)")
    assert (status, err) == (0, "")
    assert out == (
        "1437-04-10 AH (10 Rabiul Akhir 1437) | 2016-01-20 (20 January 2016)  [place: Seoul; agency: MINA]\n"
    )
    status, out, _ = run(
        capsys, "parse", "--jsonl", "Jakarta, 29 Ramadan 1437/4 July 2016 (MINA) –", "nothing here"
    )
    assert status == 1
    first, second = (json.loads(line) for line in out.splitlines())
    assert first["hijri"]["iso"] == "1437-09-29"
    assert first["gregorian"]["iso"] == "2016-07-04"
    assert (first["place"], first["agency"], first["where"]) == ("Jakarta", "MINA", "argument 1")
    assert second["error_type"] == "ParseError"
    assert second["where"] == "argument 2"


def test_parse_json_array_and_stdin(
    capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    stdin = io.TextIOWrapper(
        io.BytesIO("١٠ ربيع الآخر ١٤٣٧ هـ الموافق ٢٠ يناير ٢٠١٦ م\n\n\xff\n".encode()[:-2] + b"\xff\n")
    )
    monkeypatch.setattr(sys, "stdin", stdin)
    status, out, err = run(capsys, "parse", "--json")
    assert status == 1
    records = json.loads(out)
    assert [r.get("where") for r in records] == ["line 1", "line 3"]
    assert records[0]["hijri"]["iso"] == "1437-04-10"
    assert records[0]["gregorian"]["iso"] == "2016-01-20"
    assert records[1]["error"] == "not valid UTF-8 text"
    assert "line 3" in err


def test_convert_reads_written_hijri_dates(capsys: pytest.CaptureFixture[str]) -> None:
    status, out, _ = run(capsys, "convert", "10 Rabiul Akhir 1437", "١٠ ربيع الآخر ١٤٣٧ هـ")
    assert status == 0
    assert out.splitlines() == ["1437-04-10 AH → 2016-01-20 (Wednesday, 20 January 2016; umalqura)"] * 2
    # a month alone is its first and last days (a librarian's trial)
    status, out, _ = run(capsys, "convert", "Rabiul Akhir 1437")
    assert status == 0
    assert out == (
        "Rabi' al-Thani 1437 AH → 2016-01-11 to 2016-02-09 (11 January 2016 – 9 February 2016, 30 days; umalqura)\n"
    )
    status, _, err = run(capsys, "format", "Rabiul Akhir 1437")  # a dateline names one day
    assert status == 1
    assert "has no day" in err


def test_format_takes_a_hijri_date_as_convert_does(capsys: pytest.CaptureFixture[str]) -> None:
    # A trial: format refused "10 Rabiul Akhir 1437", which the API and the service write.
    status, out, _ = run(capsys, "format", "10 Rabiul Akhir 1437", "--style", "iso")
    assert (status, out) == (0, "1437-04-10/2016-01-20\n")
    status, out, _ = run(capsys, "format", "--from", "hijri", "1437-04-10", "--style", "iso")
    assert (status, out) == (0, "1437-04-10/2016-01-20\n")
    # A numeric date in the Hijri years: either calendar's, so the error asks which (it was
    # read as AD 1437; two trials)
    for command in ("format", "convert"):
        status, _, err = run(capsys, command, "1437-04-10")
        assert status == 1
        assert "'1437-04-10' could be a Hijri date or a Gregorian one of the year 1437: say which" in err
    status, out, _ = run(capsys, "convert", "--from", "gregorian", "--calendar", "civil", "1437-04-10")
    assert (status, out.split(" (")[0]) == (0, "1437-04-10 → 0840-09-24")


def test_parse_writes_the_solar_half_for_people(capsys: pytest.CaptureFixture[str]) -> None:
    status, out, _ = run(capsys, "parse", "۷ مهر ۱۴۰۴ / ۰۶ ربیع الثانی ۱۴۴۷ / 2025 September 29")
    assert status == 0
    assert out.startswith("1404-07-07 SH (۷ مهر ۱۴۰۴) | 1447-04-06 AH (")
