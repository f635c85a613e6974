"""What a careless or hostile user does, through the library and the installed console
script: every record accounted for, no traceback, and no wrong answer that passes."""

from __future__ import annotations

import contextlib
import io
import json
import os
import signal
import subprocess
import sys
import time
from collections.abc import Callable
from datetime import date
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

import datelines
from datelines import DatelineError, check, parse
from datelines.batch import BatchOptions, Summary, run_batch
from datelines.cli import main
from support import EXAMPLES

SCRIPT = str(Path(sys.executable).with_name("datelines"))
GOOD = '{"url": "a", "text": "Jakarta, 29 Ramadan 1437/4 July 2016 (MINA)"}'
SLIPPED = '{"url": "b", "text": "Jakarta, 10 Rabiul Akhir 1437/24 January 2016 (MINA)"}'


def cli(
    *argv: str, stdin: str | bytes = b"", env: dict[str, str] | None = None, shell: str = ""
) -> subprocess.CompletedProcess[bytes]:
    """The installed console script, as a user runs it (``shell`` adds a redirection)."""
    data = stdin.encode() if isinstance(stdin, str) else stdin
    if shell:
        command = " ".join([SCRIPT, *(repr(a) for a in argv), shell])
        return subprocess.run(
            command, shell=True, input=data, capture_output=True, timeout=120, env=env, check=False
        )
    return subprocess.run([SCRIPT, *argv], input=data, capture_output=True, timeout=120, env=env, check=False)


def strict_json(line: str) -> object:
    def refuse(name: str) -> object:
        raise ValueError(f"{name} is not JSON")

    return json.loads(line, parse_constant=refuse)


# Enough that two workers are still busy when a test signals them (a few seconds), and no
# more: the killed-worker test reads the whole archive to account for every record.
ARCHIVE_RECORDS = 12_000


@pytest.fixture(scope="module")
def archive(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A JSON Lines archive big enough that a run with two workers lasts a few seconds."""
    path = tmp_path_factory.mktemp("archive") / "big.jsonl"
    slipped = "Jakarta, 10 Rabiul Akhir 1437/24 January 2016 (MINA): days off, in the first record."
    text = "Jakarta, 10 Rabiul Akhir 1437/20 January 2016 (MINA) and more words of the story. " * 3
    lines = [json.dumps({"text": slipped})] + [json.dumps({"text": text})] * (ARCHIVE_RECORDS - 1)
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


# --- 1, 2, 7: archives whose records are nested, hold surrogates or NaN -----------------


def test_1_deeply_nested_record_is_an_error_record_and_the_rest_is_written(tmp_path: Path) -> None:
    path = tmp_path / "nested.jsonl"
    path.write_text(GOOD + "\n" + "[" * 5000 + "]" * 5000 + "\n" + GOOD + "\n", encoding="utf-8")
    for command in ("extract", "check"):
        for jobs in ("1", "2"):
            done = (
                cli(command, "--input", "jsonl", "--format", "jsonl", "--jobs", jobs, str(path))
                if command == "check"
                else cli(command, "--input", "jsonl", "--jobs", jobs, str(path))
            )
            assert done.returncode == 1, done.stderr
            assert b"Traceback" not in done.stderr
            records = [strict_json(line) for line in done.stdout.decode().splitlines()]
            assert {
                "file": str(path),
                "line": 2,
                "error": "not valid JSON here: nested too deeply to read",
            } in records
            if command == "extract":
                assert [r["line"] for r in records if "verdict" in r] == [1, 3]  # type: ignore[index]


def test_2_lone_surrogates_are_written_back_as_escapes(tmp_path: Path) -> None:
    path = tmp_path / "surrogates.jsonl"
    path.write_text(
        '{"url": "\\ud800", "text": "Jakarta, 29 Ramadan 1437/4 July 2016 \\udfff"}\n' + GOOD + "\n",
        encoding="utf-8",
    )
    for argv in (
        ("extract", "--input", "jsonl", "--id-field", "url"),
        ("check", "--input", "jsonl", "--id-field", "url", "--format", "jsonl"),
        ("check", "--input", "jsonl", "--id-field", "url", "--format", "json"),
    ):
        done = cli(*argv, str(path))
        assert done.returncode == 0, done.stderr
        out = done.stdout.decode("utf-8")  # valid UTF-8 throughout
        assert "\\ud800" in out or argv[0] == "check"
        for line in out.splitlines() if "json" not in argv else [out]:
            strict_json(line)
    done = cli("extract", "--input", "jsonl", "--id-field", "url", str(path))
    assert [json.loads(line)["id"] for line in done.stdout.decode().splitlines()] == ["\ud800", "a"]


def test_7_nan_and_infinity_never_reach_the_output(tmp_path: Path) -> None:
    path = tmp_path / "nan.jsonl"
    path.write_text('{"text": "x", "id": NaN}\n{"text": "y", "id": -Infinity}\n', encoding="utf-8")
    done = cli("extract", "--input", "jsonl", "--all", "--id-field", "id", str(path))
    assert done.returncode == 0
    assert [strict_json(line)["id"] for line in done.stdout.decode().splitlines()] == ["NaN", "-Infinity"]  # type: ignore[index]


# --- 3, 4, 6: where the output goes ----------------------------------------------------


def test_3_an_output_that_is_not_utf8() -> None:
    env = {**os.environ, "PYTHONIOENCODING": "cp1252"}
    done = cli("convert", "2016-01-20", "٢٠ يناير ٢٠١٦", env=env)
    assert (done.returncode, done.stderr) == (0, b"")
    assert (
        done.stdout.decode("cp1252").splitlines()
        == ["2016-01-20 -> 1437-04-10 (Wednesday, 10 Rabi' al-Thani 1437 AH; umalqura)"] * 2
    )
    done = cli("styles", env=env)
    assert done.returncode == 0
    assert "\\u0627" in done.stdout.decode("cp1252")  # Arabic written as escapes, not a crash
    done = cli("extract", "-", stdin="الرياض 10 ربيع الآخر 1437 هـ الموافق 20 يناير 2016 م\n", env=env)
    assert done.returncode == 0
    record = strict_json(done.stdout.decode("ascii"))
    assert record["text"].startswith("10 ربيع")  # type: ignore[index]


@pytest.mark.skipif(not Path("/dev/full").exists(), reason="needs /dev/full")
@pytest.mark.parametrize(
    "argv",
    [("convert", "2016-01-20"), ("parse", "--json", "10 Rabiul Akhir 1437/20 January 2016"), ("styles",),
     ("extract", "--jobs", "2", "-")],
)  # fmt: skip
def test_4_a_full_disk_is_one_message_and_status_2(argv: tuple[str, ...]) -> None:
    done = cli(*argv, stdin="Jakarta, 29 Ramadan 1437/4 July 2016\n" * 3000, shell="> /dev/full")
    assert done.returncode == 2
    assert (
        done.stderr.decode()
        .strip()
        .endswith("datelines: error: cannot write the output: No space left on device")
    )
    assert b"Traceback" not in done.stderr


def test_4_a_closed_output_is_an_error_not_silence() -> None:
    done = cli("convert", "2016-01-20", shell=">&-")
    assert done.returncode == 2
    assert b"standard output is closed" in done.stderr


def test_6_a_closed_pipe_keeps_the_status_of_what_was_found(tmp_path: Path) -> None:
    slipped = tmp_path / "slipped.jsonl"
    slipped.write_text((SLIPPED + "\n") * 5000, encoding="utf-8")
    for jobs in ("1", "2"):
        with subprocess.Popen(
            [SCRIPT, "check", "--input", "jsonl", "--format", "jsonl", "--jobs", jobs, str(slipped)],
            stdout=subprocess.PIPE, stderr=subprocess.PIPE,
        ) as process:  # fmt: skip
            assert process.stdout is not None
            assert process.stderr is not None
            first = process.stdout.readline()
            process.stdout.close()  # as `| head -1` does
            assert process.wait(60) == 1
            assert b"Traceback" not in process.stderr.read()
        assert json.loads(first)["code"] == "disagree"
    done = cli("convert", shell="| head -n 1", stdin="2016-01-20\n" * 20000)
    assert done.returncode == 0


# --- 5: Ctrl-C and SIGTERM -------------------------------------------------------------


def _workers_of(process: subprocess.Popen[bytes]) -> set[int]:
    """The run's two workers, once both are up. The parent reads the run's first megabyte
    itself before it forks (batch.FIRST_BYTES): under coverage, on a loaded two-core machine,
    that has taken longer than 30 s."""
    deadline = time.monotonic() + 300
    while (
        len(workers := _children(process.pid)) < 2 and process.poll() is None and time.monotonic() < deadline
    ):
        time.sleep(0.05)
    assert len(workers) >= 2, f"no two workers seen (exit status {process.poll()})"
    return workers


def _children(pid: int) -> set[int]:
    found = set()
    for entry in Path("/proc").iterdir():
        if entry.name.isdigit():
            try:
                fields = (entry / "stat").read_text().rsplit(")", 1)[1].split()
            except OSError:
                continue
            if int(fields[1]) == pid:
                found.add(int(entry.name))
    return found


def _alive(pid: int) -> bool:
    try:
        state = (Path("/proc") / str(pid) / "stat").read_text().rsplit(")", 1)[1].split()[0]
    except OSError:
        return False
    return state != "Z"


@pytest.mark.skipif(not Path("/proc").exists(), reason="reads the process table in /proc")
@pytest.mark.parametrize(
    ("how", "status", "message"), [("INT", 130, b"interrupted"), ("TERM", 143, b"terminated")]
)
def test_5_ctrl_c_and_sigterm_end_the_workers_too(
    archive: Path, how: str, status: int, message: bytes
) -> None:
    with subprocess.Popen(
        [SCRIPT, "extract", "--input", "jsonl", "--jobs", "3", str(archive)],  # this process and two workers
        stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, start_new_session=True,
        preexec_fn=lambda: signal.signal(signal.SIGINT, signal.SIG_DFL),  # noqa: PLW1509 - a shell's foreground job
    ) as process:  # fmt: skip
        workers = _workers_of(process)
        if how == "INT":
            os.killpg(process.pid, signal.SIGINT)  # Ctrl-C reaches the whole foreground group
        else:
            process.send_signal(signal.SIGTERM)  # SIGTERM, to the main process only
        assert process.wait(30) == status
        assert process.stderr is not None
        err = process.stderr.read()
    assert message in err
    assert b"Traceback" not in err
    deadline = time.monotonic() + 10
    while any(_alive(pid) for pid in workers) and time.monotonic() < deadline:
        time.sleep(0.05)
    assert not any(_alive(pid) for pid in workers)


@pytest.mark.skipif(not Path("/proc").exists(), reason="reads the process table in /proc")
def test_a_worker_killed_midway_loses_no_record(archive: Path, tmp_path: Path) -> None:
    # The output goes to a file: into a pipe nobody reads yet, the results of the records
    # the parent reads itself before it forks would fill it, and the workers never start.
    with (
        (tmp_path / "out.jsonl").open("w+b") as sink,
        subprocess.Popen(
            [
                SCRIPT,
                "extract",
                "--input",
                "jsonl",
                "--jobs",
                "3",
                str(archive),
            ],  # this process and two workers
            stdout=sink,
            stderr=subprocess.PIPE,
        ) as process,
    ):
        os.kill(min(_workers_of(process)), signal.SIGKILL)
        _, err = process.communicate(timeout=120)
        sink.seek(0)
        out = sink.read()
    assert process.returncode == 1
    lines = {json.loads(line)["line"] for line in out.decode().splitlines()}
    assert lines == set(range(1, ARCHIVE_RECORDS + 1))
    assert b"a worker process died" in out
    assert b"Traceback" not in err


# --- 8-14: wrong answers that passed -----------------------------------------------------


@pytest.mark.parametrize(
    ("text", "code", "words"),
    [
        (
            "Jakarta, 10 Rabiul Akhir 14337/20 January 2016",
            "out-of-range",
            "a Hijri year of 1437 rather than 14337",
        ),
        ("1 Ramadan 14445 / 11 March 2024", "out-of-range", "a Hijri year of 1445 rather than 14445"),
        ("1 Ramadan 1445 / 11 March 20244", "impossible-date", "a Gregorian year of 2024 rather than 20244"),
        ("100 Ramadan 1445 / 11 March 2024", "impossible-date", "Ramadan 1445 has 30 days"),
        ("1 Ramadan 1445 / 111 March 2024", "impossible-date", "a Gregorian day of 11 rather than 111"),
        ("1 Ramadan 145 H / 11 March 2024", "out-of-range", "a Hijri year of 1445 rather than 145"),
        ("1 Ramadan 1445 H / 11 March 224 M", "disagree", "a Gregorian year of 2024 rather than 224"),
    ],
)
def test_8_and_14_numbers_that_cannot_be_days_or_years_are_findings(text: str, code: str, words: str) -> None:
    verdict = check(text, calendar="umalqura")
    assert not verdict.ok
    errors = [f for f in verdict.findings if f.severity == "error"]
    assert [f.code for f in errors] == [code]
    assert words in errors[0].message
    # The same through the linter: an error, exit status 1.
    done = cli("check", "--calendar", "umalqura", "-", stdin=text + "\n")
    assert done.returncode == 1
    assert words in done.stdout.decode()


def test_8_the_day_of_the_other_half_is_kept() -> None:
    line = parse("Jakarta, 10 Rabiul Akhir 14337/20 January 2016")
    assert line.gregorian is not None
    assert line.gregorian.isoformat() == "2016-01-20"
    assert [(h.isoformat(), h.text) for h in (line.hijri,) if h] == [("14337-04-10", "10 Rabiul Akhir 14337")]
    # A number where a day stands is not a day when it is part of a larger one.
    assert parse("distributed 1,000 Ramadan packages on 11 March 2024").hijri is None


def test_9_an_unknown_month_name_is_said_and_the_day_kept() -> None:
    line = parse("12 Foo 1446 / 15 September 2024")
    assert line.gregorian is not None
    assert line.gregorian.isoformat() == "2024-09-15"
    assert line.hijri is not None
    assert (line.hijri.year, line.hijri.month, line.hijri.month_name) == (1446, None, "Foo")
    verdict = check(line, calendar="umalqura")
    assert [(f.code, f.severity) for f in verdict.findings] == [("unknown-month", "warning")]
    assert "'Foo' is not a Hijri month name datelines knows" in verdict.message
    line = parse("Alger, 12 Rabia el aouel 1446 / 15 septembre 2024")
    assert (line.hijri and line.hijri.isoformat(), line.gregorian and line.gregorian.isoformat()) == (
        "1446-03-12", "2024-09-15",
    )  # fmt: skip


@pytest.mark.parametrize(
    ("text", "calendar", "hijri", "gregorian"),
    [
        ("10 Muharram 61 AH / 10 October 680 CE", "civil", "0061-01-10", "0680-10-10"),
        ("July 19, 622 (Muharram 1, 1)", "civil", "0001-01-01", "0622-07-19"),
        ("1 Muharram 1 H / 19 Juli 622 M", "civil", "0001-01-01", "0622-07-19"),
    ],
)
def test_10_years_of_the_first_century(text: str, calendar: str, hijri: str, gregorian: str) -> None:
    line = parse(text)
    assert (line.hijri and line.hijri.isoformat(), line.gregorian and line.gregorian.isoformat()) == (
        hijri,
        gregorian,
    )
    assert check(line, calendar=calendar, julian="680" in text).ok
    # Without an era mark or a partner that fixes it, a small number is no year.
    assert parse("Ramadan 1, 2 and 3, 1445").hijri is not None
    assert parse("10 Muharram 5 H").hijri is not None


def test_11_the_printed_tables_31_day_months_exist() -> None:
    verdict = check("31 Jumada al-Ula 1345 / 6 December 1926", calendar="umalqura")
    assert (verdict.ok, verdict.findings) == (True, ())
    assert datelines.format(date(1926, 12, 6), "mina") == "31 Jumadil Awwal 1345/6 December 1926"


def test_12_months_in_different_sentences_are_not_one_dateline() -> None:
    text = "Prices rose sharply in January 2024. Ramadan 1445 is expected to push them higher."
    assert list(datelines.extract(text)) == []
    done = cli("check", "-", stdin=text + "\n")
    assert done.returncode == 0
    # A Bosnian year's full stop goes on with the date.
    assert [
        d.hijri and d.hijri.isoformat()
        for d in datelines.extract("15. ramazana 1445. godine / 25. marta 2024.")
    ] == ["1445-09-15"]


def test_13_a_date_in_digits_that_reads_two_ways() -> None:
    verdict = check("1 Syawal 1445H (4/10/2024)", calendar="umalqura")
    assert (verdict.ok, verdict.difference_days) == (True, 0)
    assert [(f.code, f.severity) for f in verdict.findings] == [("ambiguous-order", "warning")]
    assert "read month-first it is 10 April, which agrees" in verdict.message
    assert not check("1 Syawal 1445H (5/10/2024)").ok  # neither reading agrees
    assert not check("1 Syawal 1445H (10/4/2023)").ok


def test_julian_western_halves() -> None:
    verdict = check("27 Rajab 583 AH / 2 October 1187", calendar="civil")
    assert verdict.explanations[0].kind == "julian"
    assert "2 October 1187 Julian is 9 October 1187" in verdict.message
    assert check("27 Rajab 583 AH / 2 October 1187", calendar="civil", julian=True).ok
    done = cli("check", "--julian", "--calendar", "civil", "-", stdin="27 Rajab 583 AH / 2 October 1187\n")
    assert done.returncode == 0, done.stdout


# --- 15-19: the converter's own rules ----------------------------------------------------


@pytest.mark.parametrize(
    ("argument", "message"),
    [
        ("5 6 2016", "ambiguous date '5 6 2016'"),
        ("1 2 3", "cannot tell the year in '1 2 3'"),
        ("2016-01-20 2017-05-05", "this has 6; give one date at a time"),
        ("20 Jan 2016 21", "cannot read '21' in '20 Jan 2016 21': give one date"),
        ("Friday, 20 January 2016", "is not a Friday: 20 January 2016 is a Wednesday"),
        ("10 Rabiul Akhir 1437/20 January 2016", "read datelines with parse or check"),
        (
            "1437-02-30",
            "'1437-02-30' could be a Hijri date or a Gregorian one of the year 1437: say which (--from hijri or --from gregorian)",
        ),
        ("x" * 300, "is too long to be one date (at most 200 characters)"),
    ],
)
def test_15_16_19_one_rule_for_typed_dates_and_leftovers_are_errors(argument: str, message: str) -> None:
    done = cli("convert", argument)
    assert done.returncode == 1
    err = done.stderr.decode()
    assert message in err
    assert len(err) < 400  # a long argument is quoted in part, not twice in full


def test_16_a_megabyte_line_is_refused_at_once() -> None:
    # the child's own CPU time, not the wall clock: under CI's coverage beside other steps the
    # wall clock took 11 s for a run of 0.4 (stop 58)
    import resource

    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    done = cli("convert", stdin="20 January 2016 " * 70000 + "\n")
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    assert (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime) < 10
    assert done.returncode == 1
    assert b"too long to be one date" in done.stderr
    assert len(done.stderr) < 400


def test_17_format_reads_standard_input() -> None:
    done = cli("format", "--style", "iso", stdin="2016-01-20\n20 Januari 2016\n")
    assert (done.returncode, done.stdout.decode().splitlines()) == (0, ["1437-04-10/2016-01-20"] * 2)


def test_18_a_byte_order_mark_is_not_text(tmp_path: Path) -> None:
    done = cli("convert", stdin="\ufeff2016-01-20\n")
    assert (done.returncode, done.stdout.decode().split()[2]) == (0, "1437-04-10")
    path = tmp_path / "bom.txt"
    path.write_bytes("\ufeffSeoul, 10 Rabiul Akhir 1437/24 January 2016\n".encode())
    done = cli("check", str(path))
    assert done.stdout.decode().startswith(f"{path}:1:8: error:")


@pytest.mark.parametrize(
    ("argv", "expected"),
    [
        (("20 Januari 2016",), "2016-01-20"),
        (("20 janvier 2016",), "2016-01-20"),
        (("٢٠ يناير ٢٠١٦",), "2016-01-20"),
        (("١٤٣٧/٤/١٠", "--from", "hijri"), "1437-04-10"),
        (("20160120",), "2016-01-20"),
        # a timestamp as pandas, spreadsheets and databases write it (a trial)
        (("2016-01-20 23:30:00",), "2016-01-20"),
        (("2016-01-20 23:30",), "2016-01-20"),
        # a date in quotes, as a spreadsheet's cell is copied (a trial)
        (('"2016-01-20"',), "2016-01-20"),
        (("\u201c20 January 2016\u201d",), "2016-01-20"),
    ],
)
def test_19_the_converter_reads_every_language(argv: tuple[str, ...], expected: str) -> None:
    done = cli("convert", *argv)
    assert done.returncode == 0, done.stderr
    assert done.stdout.decode().startswith(expected)


# --- friction --------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("spelling", "month"),
    [
        ("ševvala", 10), ("redžeba", 7), ("šabana", 8), ("muharrema", 1), ("zul-hidžeta", 12),
        ("Rabia el aouel", 3), ("Rabie ethani", 4), ("Dhou el kaada", 11), ("Dhou el hidja", 12),
        ("рабиуль-авваль", 3), ("джумадуль-ахир", 6), ("Jumadil Tsaniyah", 6),
    ],
)  # fmt: skip
def test_spellings_that_were_missed(spelling: str, month: int) -> None:
    line = parse(f"12 {spelling} 1445")
    assert line.hijri is not None
    assert line.hijri.month == month


def test_messages_and_options_that_were_ignored(tmp_path: Path) -> None:
    with pytest.raises(datelines.InvalidDateError, match="day 30 does not exist: February 2016 has 29 days"):
        datelines.to_hijri("2016-02-30")
    assert (
        b"argument --offset: must be in -30..30 days" in cli("convert", "2016-01-20", "--offset", "99").stderr
    )
    assert b"add --input jsonl" in cli("extract", "--text-field", "body", "-").stderr
    assert (
        b"not allowed with argument --style"
        in cli("format", "--style", "mina", "--style-file", str(EXAMPLES / "house-style.toml")).stderr
    )
    empty = tmp_path / "empty.csv"
    empty.write_text("year,month,first_day\n", encoding="utf-8")
    with pytest.raises(datelines.SightingTableError, match="lists no month starts"):
        datelines.get_calendar("umalqura", table=empty)
    from datelines.strategies import datelines as generated

    with pytest.raises(datelines.StyleError, match="languages they do: ar, "):
        generated(language="xx")
    with pytest.raises(datelines.StyleError, match="no names for language 'xx'"):
        generated(style="mina", language="xx")
    with pytest.raises(DatelineError, match="text_field and id_field apply to JSON Lines archives"):
        BatchOptions(text_field="body")
    assert datelines.format("2016-01-20", "iso") == "1437-04-10/2016-01-20"


@given(generated=st.data())
def test_strategies_honour_a_language_without_a_style(generated: st.DataObject) -> None:
    from datelines.names import gregorian_months, hijri_months, output
    from datelines.strategies import datelines as made

    line = generated.draw(made(language="id"))
    read = parse(line.text)
    assert read.hijri is not None
    assert read.gregorian is not None
    for part, table, written in (
        (read.hijri, hijri_months.MONTHS, output.HIJRI_MONTHS),
        (read.gregorian, gregorian_months.MONTHS, output.GREGORIAN_MONTHS),
    ):
        assert part.month is not None
        indonesian = {s for s, lang in table[part.month - 1] if lang == "id"} | {
            written["id"][part.month - 1]
        }
        assert part.month_name in indonesian


# --- the campaigns that would have found them ---------------------------------------------

ARGS = st.lists(
    st.one_of(
        st.sampled_from(
            ["convert", "parse", "format", "styles", "check", "extract", "today", "calendars", "--json",
             "--input", "jsonl", "--from", "hijri", "--calendar", "civil", "--offset", "-1", "99", "--table", "--style",
             "iso", "--style-file", "--language", "fr", "--tz", "UTC", "--format", "jsonl", "--jobs", "1",
             "--text-field", "--id-field", "--dayfirst", "-", "2016-01-20", "1437-04-10", "01/02/2016",
             "10 Rabiul Akhir 1437/20 January 2016", "--all", "--notes", "--digits", "arab", "--place"]
        ),
        st.text(max_size=12),
    ),
    max_size=7,
)  # fmt: skip


class _Full(io.RawIOBase):
    """A device that takes ``room`` bytes and then says it is full."""

    def __init__(self, room: int) -> None:
        self.room = room

    def writable(self) -> bool:
        return True

    def write(self, data: object) -> int:
        size = len(data)  # type: ignore[arg-type]
        if size > self.room:
            raise OSError(28, "No space left on device")
        self.room -= size
        return size


@settings(suppress_health_check=[HealthCheck.too_slow, HealthCheck.function_scoped_fixture], deadline=None)
@given(
    argv=ARGS,
    stdin=st.binary(max_size=80),
    encoding=st.sampled_from(["utf-8", "cp1252", "ascii", "latin-1"]),
    room=st.one_of(st.none(), st.integers(0, 200)),
)
def test_any_argv_stdin_encoding_and_output_ends_in_a_status(
    argv: list[str],
    stdin: bytes,
    encoding: str,
    room: int | None,
    monkeypatch: pytest.MonkeyPatch,
    tmp_path: Path,
) -> None:
    monkeypatch.chdir(tmp_path)
    raw: io.RawIOBase = _Full(room) if room is not None else io.BytesIO()
    out = io.TextIOWrapper(io.BufferedWriter(raw), encoding=encoding)  # type: ignore[arg-type]
    err = io.StringIO()
    monkeypatch.setattr(sys, "stdout", out)
    monkeypatch.setattr(sys, "stderr", err)
    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(stdin), encoding="utf-8"))
    try:
        status = main(argv)
    except SystemExit as exit_:  # argparse: --help, --version, usage errors
        status = exit_.code  # type: ignore[assignment]
    assert status in (0, 1, 2), (argv, err.getvalue())
    assert "Traceback" not in err.getvalue()
    if room is not None and status != 2:
        out.flush()  # what the run said it wrote fit in the room


def _record_lines() -> st.SearchStrategy[str]:
    text = st.one_of(
        st.just("Jakarta, 29 Ramadan 1437/4 July 2016 (MINA)"),
        st.just("10 Rabiul Akhir 1437/21 January 2016"),
        st.text(max_size=30),
        st.text(alphabet="0123456789 /-Ramadan", max_size=40),
        st.just("x" * 5000),
        st.just(""),
    )
    ident = st.recursive(
        st.one_of(st.none(), st.booleans(), st.integers(), st.floats(allow_nan=False), st.text(max_size=5)),
        lambda inner: st.lists(inner, max_size=3) | st.dictionaries(st.text(max_size=3), inner, max_size=3),
        max_leaves=6,
    )
    record = st.builds(lambda t, i: json.dumps({"text": t, "url": i}), text, ident)
    return st.one_of(
        record,
        st.sampled_from(['{"text": "a", "url": NaN}', '{"text": "\\ud800 29 Ramadan 1437/4 July 2016", "url": "\\udfff"}',
                         "[" * 3000 + "]" * 3000, '{"url": 1}', '{"text": 5}', "[]", "null", "", "   ", "{", "\ufeff{}"]),
        st.builds(lambda n: "[" * n + "]" * n, st.integers(1, 3000)),
        st.text(max_size=20),
    )  # fmt: skip


@settings(deadline=None)
@given(
    lines=st.lists(_record_lines(), max_size=12),
    output=st.sampled_from(["jsonl", "json"]),
    ascii=st.booleans(),
)
def test_every_json_lines_record_is_accounted_for(lines: list[str], output: str, ascii: bool) -> None:
    data = "\n".join(lines).encode("utf-8", "surrogatepass") + b"\n"
    options = BatchOptions(mode="check", output=output, input="jsonl", id_field="url", all=False, ascii=ascii)
    out = io.StringIO()
    summary = Summary()
    run_batch(["-"], options, out, stdin=io.BytesIO(data), summary=summary)
    records_read = data.split(b"\n")[:-1]  # records are lines ended by "\n" (a "\r" is text)
    blank = sum(1 for line in records_read if not line.strip(b" \t\r\n"))  # JSON white space
    assert summary.records == len(records_read) - blank  # a blank line is no record
    written = out.getvalue()
    written.encode("ascii" if ascii else "utf-8")  # writable to the stream it was made for
    documents = [written] if output == "json" else written.splitlines()
    for document in documents:
        strict_json(document)
    extract = BatchOptions(mode="extract", input="jsonl", id_field="url", all=True)
    out = io.StringIO()
    run_batch(["-"], extract, out, stdin=io.BytesIO(data), summary=(counted := Summary()))
    records = [strict_json(line) for line in out.getvalue().splitlines()]
    # Every record gives at least one output record: a dateline, "no dateline", or an error.
    assert len({r["line"] for r in records}) == counted.records  # type: ignore[index]


ONE_TEXT_CALLS: dict[str, Callable[[str], object]] = {
    "read_gregorian": lambda text: __import__("datelines._read.typed", fromlist=["x"]).read_gregorian(text),
    "read_date": lambda text: __import__("datelines._read.typed", fromlist=["x"]).read_date(text),
    "read_hijri": lambda text: __import__("datelines._read.typed", fromlist=["x"]).read_hijri(text),
}


@given(text=st.text(max_size=60), name=st.sampled_from(sorted(ONE_TEXT_CALLS)))
def test_typed_dates_return_or_raise_our_errors(text: str, name: str) -> None:
    with contextlib.suppress(DatelineError):
        ONE_TEXT_CALLS[name](text)


# --- found by a trial of the CLI on messy files (stop 37) ------------------------------------


def test_a_story_s_weekday_below_a_jsonl_dateline_is_not_the_dateline_s(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = tmp_path / "a.jsonl"
    path.write_text(
        json.dumps({"text": "Jakarta, 1 Syawal 1446 H / 31 Maret 2025\n\nThe ministers met on Wednesday."})
        + "\n",
        encoding="utf-8",
    )
    assert main(["check", "--input", "jsonl", str(path)]) == 0
    assert "0 with errors" in capsys.readouterr().out
    document = tmp_path / "a.txt"
    document.write_text(
        "Jakarta, 1 Syawal 1446 H / 31 Maret 2025\n\nThe ministers met on Wednesday.\n", encoding="utf-8"
    )
    assert main(["check", "--input", "document", str(document)]) == 0


def test_ids_no_float_or_int_holds_are_kept_as_written(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = tmp_path / "b.jsonl"
    line = '{"text": "Jakarta, 1 Syawal 1446 H / 31 Maret 2025", "url": %s}\n'
    path.write_text(line % "1e999" + line % ("9" * 5000), encoding="utf-8")
    assert main(["extract", "--input", "jsonl", "--id-field", "url", str(path)]) == 0
    out, err = capsys.readouterr()
    records = [json.loads(row) for row in out.splitlines()]
    assert [r["id"] for r in records] == ["1e999", "9" * 5000]
    assert all(r["hijri"] == "1446-10-01" for r in records)
    assert "2 datelines in 2 records" in err


def test_check_with_a_style_file_and_an_offset_checks_in_the_style_s_calendar_moved(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    style = tmp_path / "my.toml"
    style.write_text('name = "x"\nbase = "mina"\ncalendar = "MY"\n', encoding="utf-8")
    assert main(["format", "2016-01-20", "--style-file", str(style), "--offset", "1"]) == 0
    written = capsys.readouterr().out
    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(written.encode())))
    assert main(["check", "--style-file", str(style), "--offset", "1", "-"]) == 0
    assert "0 with errors" in capsys.readouterr().out


@pytest.mark.parametrize(
    ("argv", "status", "said"),
    [
        (["--from", "solar-hijri", "7 Mehr 1404"], 0, "1404-07-07 SH → 2025-09-29"),
        (["--from", "solar-hijri", "۷ مهر ۱۴۰۴"], 0, "1404-07-07 SH → 2025-09-29"),
        (["--from", "solar-hijri", "1 Ramadan 1404"], 1, "is a lunar Hijri date, not a Solar Hijri one"),
        # read as Solar Hijri without being told, as a Bengali date is (a review, stop 48)
        (["7 Mehr 1404"], 0, "1404-07-07 SH → 2025-09-29"),
        (["۱ فروردین ۱۴۰۳"], 0, "1403-01-01 SH → 2024-03-20"),
    ],
)
def test_convert_reads_solar_hijri_months_as_solar(
    argv: list[str], status: int, said: str, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["convert", *argv]) == status
    out, err = capsys.readouterr()
    assert said in out + err


def test_the_summary_counts_every_file_given(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    empty, one = tmp_path / "empty.txt", tmp_path / "one.txt"
    empty.write_bytes(b"")
    one.write_text("Jakarta, 1 Syawal 1446 H / 31 Maret 2025\n", encoding="utf-8")
    main(["check", "--format", "jsonl", str(empty), str(one)])
    assert json.loads(capsys.readouterr().out.splitlines()[-1])["summary"]["files"] == 2
    main(["check", str(one), str(one)])
    assert capsys.readouterr().out.splitlines()[-1].startswith("2 datelines in 2 lines of 2 files")


def test_lines_and_documents_are_told_apart_as_editors_do(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    bad = tmp_path / "bad.txt"
    bad.write_bytes(b"line one\nline two\nCaf\xe9, Jakarta, 1 Syawal 1446 H / 31 Maret 2025\n")
    assert main(["check", "--input", "document", str(bad)]) == 1
    assert f"{bad}:3: error: not valid UTF-8 (byte 0xe9 at byte 4 of the line)" in capsys.readouterr().out
    mac = tmp_path / "mac.txt"  # lines ended by lone carriage returns
    mac.write_bytes(
        b"Jakarta, 1 Syawal 1446 H / 31 Maret 2025\rno date\rJakarta, 1 Syawal 1445 H / 31 Maret 2025\r"
    )
    assert main(["check", str(mac)]) == 1
    out = capsys.readouterr().out
    assert f"{mac}:3:10: error" in out
    assert "2 datelines in 3 lines" in out
    two = tmp_path / "two.txt"
    two.write_text("Seoul, 10 Rabiul Akhir 1437\n/ 20 January 2016 (MINA)\n", encoding="utf-8")
    assert main(["extract", "--input", "document", "--format", "text", str(two)]) == 0
    (row,) = capsys.readouterr().out.splitlines()  # a line per dateline
    assert "10 Rabiul Akhir 1437\\n/ 20 January 2016" in row


def test_a_null_text_is_said_to_be_null(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path = tmp_path / "n.jsonl"
    path.write_text('{"text": null}\n{"body": "x"}\n', encoding="utf-8")
    assert main(["check", "--input", "jsonl", str(path)]) == 1
    out = capsys.readouterr().out
    assert "field 'text' is null, not text" in out
    assert "field 'text' is missing" in out


def test_check_json_keeps_its_summary_in_the_document(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    one = tmp_path / "one.txt"
    one.write_text("Jakarta, 1 Syawal 1446 H / 31 Maret 2025\n", encoding="utf-8")
    assert main(["check", "--format", "json", str(one)]) == 0
    out, err = capsys.readouterr()
    assert json.loads(out)["summary"]["datelines"] == 1
    assert err == ""


def test_a_date_ending_in_a_dot_is_read_as_hungarians_and_croats_write_it(
    capsys: pytest.CaptureFixture[str],
) -> None:
    assert main(["convert", "2016.01.20.", "20.01.2016."]) == 0
    assert capsys.readouterr().out.count("2016-01-20 → 1437-04-10") == 2
    assert main(["convert", "--", "20.01.2016..", "2016-01-20-"]) == 1


def test_a_file_of_lone_carriage_returns_is_read_a_line_at_a_time_whatever_its_size(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    mac = tmp_path / "mac.txt"
    mac.write_bytes(b"Jakarta, 1 Syawal 1446 H / 31 Maret 2025 and some filler text here\r" * 10)
    assert main(["check", "--max-line-bytes", "200", str(mac)]) == 0
    assert capsys.readouterr().out.splitlines()[-1].startswith("10 datelines in 10 lines")
    mixed = tmp_path / "mixed.txt"  # "\r", "\r\n", "\n", a blank line, and no break at the end
    mixed.write_bytes(
        b"one\r\r\nJakarta, 1 Syawal 1445 H / 31 Maret 2025\n\nJakarta, 1 Syawal 1445 H / 31 Maret 2025"
    )
    assert main(["check", str(mixed)]) == 1
    out = capsys.readouterr().out
    assert f"{mixed}:3:10: error" in out
    assert f"{mixed}:5:10: error" in out
    assert "2 datelines in 5 lines" in out
    document = tmp_path / "doc.txt"
    document.write_bytes(b"one\rtwo\rCaf\xe9 Jakarta\r")
    assert main(["check", "--input", "document", str(document)]) == 1
    assert (
        f"{document}:3: error: not valid UTF-8 (byte 0xe9 at byte 4 of the line)" in capsys.readouterr().out
    )
    document.write_bytes(b"one\rJakarta, 1 Syawal 1445 H / 31 Maret 2025\r")
    assert main(["check", "--input", "document", str(document)]) == 1
    assert f"{document}:2:10: error" in capsys.readouterr().out


@given(
    st.binary(max_size=60).map(lambda raw: bytes(b"ab\r\n"[byte % 4] for byte in raw)),
    st.integers(1, 8),
    st.integers(1, 7),
)
def test_law_lines_end_as_bytes_splitlines_ends_them(data: bytes, limit: int, block: int) -> None:
    # "\n", "\r\n" and a lone "\r" each end a line, at any block size; a line longer than the
    # limit (its ending aside) is an error record in its place.
    from datelines import batch

    expected = []
    for number, line in enumerate(data.splitlines(keepends=True), start=1):
        content = line.rstrip(b"\r\n")
        expected.append((number, b"" if len(content) > limit else line, len(content) > limit))
    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(batch, "_BLOCK", block)
        found = [(r.line, r.data, r.error is not None) for r in batch._lines("x", io.BytesIO(data), limit)]
    assert found == expected
