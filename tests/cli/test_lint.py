"""`datelines check` and `datelines extract`: the lint and the archive tool."""

from __future__ import annotations

import io
import json
import os
import shutil
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest

from datelines.cli import main

STORY = (
    "Seoul, 10 Rabiul Akhir 1437/20 January 2016 (MINA) - The ministry said.\n"
    "No date on this line.\n"
    "Jakarta, 10 Rabiul Akhir 1437/24 January 2016 (MINA) - days off.\n"
    "الرياض 10 ربيع الآخر 1437 هـ الموافق 20 يناير 2016 م واس\n"
    "Friday, 10 Rabiul Akhir 1437/20 January 2016\n"
)
GOOD = "Seoul, 10 Rabiul Akhir 1437/20 January 2016 (MINA)\nJakarta, 29 Ramadan 1437/4 July 2016\n"


@pytest.fixture
def story(tmp_path: Path) -> Path:
    path = tmp_path / "story.txt"
    path.write_text(STORY, encoding="utf-8")
    return path


def run(argv: list[str], capsys: pytest.CaptureFixture[str]) -> tuple[int, str, str]:
    status = main(argv)
    captured = capsys.readouterr()
    return status, captured.out, captured.err


def test_check_reports_like_a_compiler(story: Path, capsys: pytest.CaptureFixture[str]) -> None:
    status, out, _ = run(["check", str(story)], capsys)
    assert status == 1
    lines = out.splitlines()
    assert lines[0] == (
        f"{story}:3:10: error: Hijri half is four days behind Indonesia's calendar (ID) (24 January 2016 is 14 "
        "Rabi' al-Thani 1437); no known slip or calendar variant explains it."
    )
    assert lines[1].startswith(
        f"{story}:5:9: error: The stated weekday, Friday, fits neither 20 January 2016"
    )
    assert lines[-1] == "4 datelines in 5 lines: 2 with errors, 0 lines unreadable"
    assert len(lines) == 3


def test_check_exit_zero_when_every_dateline_agrees(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = tmp_path / "good.txt"
    path.write_text(GOOD, encoding="utf-8")
    assert run(["check", str(path)], capsys)[:2] == (
        0,
        "2 datelines in 2 lines: 0 with errors, 0 lines unreadable\n",
    )
    # One day behind everywhere: both lines disagree in that calendar.
    assert run(["check", str(path), "--offset", "-1"], capsys)[0] == 1


def test_check_formats(story: Path, capsys: pytest.CaptureFixture[str]) -> None:
    status, out, _ = run(["check", "--format", "json", str(story)], capsys)
    report = json.loads(out)
    assert status == 1
    assert [r["line"] for r in report["results"]] == [3, 5]
    assert report["summary"] == {
        "files": 1,
        "records": 5,
        "datelines": 4,
        "failing": 2,
        "ignored": 0,
        "errors": 0,
        "unreadable_files": 0,
    }
    status, out, _ = run(["check", "--format", "jsonl", str(story)], capsys)
    rows = [json.loads(line) for line in out.splitlines()]
    assert rows[0]["code"] == "disagree"
    assert rows[0]["column"] == 10
    assert rows[-1] == {
        "summary": {
            "files": 1,
            "records": 5,
            "datelines": 4,
            "failing": 2,
            "ignored": 0,
            "errors": 0,
            "unreadable_files": 0,
        }
    }
    status, out, _ = run(["check", "--format", "github", str(story)], capsys)
    assert out.splitlines()[0].startswith(
        f"::error file={story},line=3,col=10,title=datelines disagree::Hijri half"
    )


def test_check_notes(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path = tmp_path / "note.txt"
    path.write_text("Today (15 November – 1 Muharram), we get in 1434 hajri new year.\n", encoding="utf-8")
    assert run(["check", str(path)], capsys)[:2] == (
        0,
        "1 dateline in 1 line: 0 with errors, 0 lines unreadable\n",
    )
    status, out, _ = run(["check", "--notes", str(path)], capsys)
    assert status == 0
    assert "note: The Gregorian year is not stated; it is 2012, inferred from the Hijri half." in out


def test_stdin(monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]) -> None:
    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(STORY.encode())))
    status, out, _ = run(["check", "-"], capsys)
    assert status == 1
    assert out.startswith("<stdin>:3:10: error:")
    # No FILE is a usage error that says how to read standard input (a trial ran `check <
    # file`), even with text piped: an empty file list in CI must not pass having read nothing.
    for command in ("check", "extract"):
        monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(STORY.encode())))
        with pytest.raises(SystemExit) as exit_:
            main([command])
        assert exit_.value.code == 2
        assert (
            "the following arguments are required: FILE (- reads standard input)" in capsys.readouterr().err
        )


class _Terminal(io.StringIO):
    def isatty(self) -> bool:
        return True


def test_unreadable_inputs_are_reported_and_the_run_goes_on(
    tmp_path: Path, story: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    bad = tmp_path / "bad.txt"
    bad.write_bytes(b"ok line\n\xff\xfe broken\n" + b"10 Rabiul Akhir 1437/20 January 2016\n")
    status, out, err = run(["extract", str(tmp_path / "missing.txt"), str(bad), str(story)], capsys)
    rows = [json.loads(line) for line in out.splitlines()]
    assert status == 1
    assert rows[0] == {
        "file": str(tmp_path / "missing.txt"),
        "line": 0,
        "error": "cannot read the file: No such file or directory",
    }
    assert rows[1] == {
        "file": str(bad), "line": 2,
        "error": "not valid UTF-8 (byte 0xff at byte 1); in another encoding, say which (--encoding cp1256)",
    }  # fmt: skip
    assert rows[2]["file"] == str(bad)
    assert rows[2]["line"] == 3
    assert [r["line"] for r in rows[3:]] == [1, 3, 4, 5]
    # the files not read are counted as files, not as lines (a trial: "1 line unreadable"
    # for a file given that does not exist)
    assert "5 datelines in 8 lines of 3 files: 2 with errors, 1 line unreadable, 1 file not read" in err


def test_too_long_lines(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path = tmp_path / "long.txt"
    path.write_text("x" * 500 + "\n" + "Seoul, 10 Rabiul Akhir 1437/20 January 2016\n", encoding="utf-8")
    status, out, _ = run(["extract", "--max-line-bytes", "100", str(path)], capsys)
    rows = [json.loads(line) for line in out.splitlines()]
    assert status == 1
    assert rows[0] == {"file": str(path), "line": 1, "error": "line is longer than 100 bytes; skipped"}
    assert rows[1]["line"] == 2
    assert rows[1]["hijri"] == "1437-04-10"


# A statement per calendar, one a line, as Iranian pages print the day (issue #14).
STATEMENTS = (
    "عنوان\n"
    "روز پدر در تقویم شمسی برابر با شنبه، ۱۳ دی ۱۴۰۴ است.\n"
    "روز پدر در تقویم میلادی برابر با ۳ ژانویه ۲۰۲۶ است.\n"
    "روز پدر در تقویم قمری برابر با ۱۳ رجب ۱۴۴۷ است.\n"
    "Seoul, 10 Rabiul Akhir 1437/20 January 2016\n"
)


def test_documents_are_read_whole(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    page = tmp_path / "page.txt"
    page.write_text(STATEMENTS, encoding="utf-8")
    status, out, err = run(["extract", "--input", "document", str(page)], capsys)
    rows = [json.loads(line) for line in out.splitlines()]
    assert status == 0
    assert [(r["line"], r["column"], r["solar_hijri"], r["hijri"], r["gregorian"]) for r in rows] == [
        (2, 38, "1404-10-13", "1447-07-13", "2026-01-03"),  # where the dateline begins in the file
        (5, 8, None, "1437-04-10", "2016-01-20"),
    ]
    assert rows[0]["verdict"]["ok"]
    assert "2 datelines in 1 file" in err
    # Line by line, the statements are three lines with one date each: no dateline among them.
    status, out, _ = run(["extract", str(page)], capsys)
    assert [json.loads(line)["line"] for line in out.splitlines()] == [5]
    # check and the text format place findings the same way
    status, out, _ = run(["check", "--input", "document", "--format", "text", str(page)], capsys)
    assert status == 0


def test_a_document_too_long_is_reported(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    page = tmp_path / "page.txt"
    page.write_text(STATEMENTS, encoding="utf-8")
    status, out, _ = run(["extract", "--input", "document", "--max-line-bytes", "100", str(page)], capsys)
    rows = [json.loads(line) for line in out.splitlines()]
    assert status == 1
    assert rows[0] == {
        "file": str(page),
        "line": 1,
        "error": "file is longer than 100 bytes; skipped (--max-line-bytes)",
    }


def test_extract_records(story: Path, capsys: pytest.CaptureFixture[str]) -> None:
    status, out, _ = run(["extract", str(story)], capsys)
    rows = [json.loads(line) for line in out.splitlines()]
    assert status == 0  # extract reports disagreements in the verdicts; only unreadable input fails
    assert rows[0] == {
        "file": str(story),
        "line": 1,
        "column": 8,
        "start": 7,
        "end": 43,
        "text": "10 Rabiul Akhir 1437/20 January 2016",
        "hijri": "1437-04-10",
        "gregorian": "2016-01-20",
        "solar_hijri": None,
        "bangla": None,
        "rumi": None,
        "julian": None,
        "verdict": {
            "ok": True,
            "agrees": True,
            "compared": "day",
            "difference_days": 0,
            "calendar": "ID",  # "Rabiul Akhir" is Indonesian: Indonesia's calendar first
            "authority": "ID",
            "expected": "1437-04-10",
            "findings": [
                {
                    "code": "follows-authority",
                    "severity": "note",
                    "message": "Follows Indonesia's calendar (ID): 1 Rabi' al-Thani 1437 began on Monday 11 "
                    "January 2016 (computed by its rule, not announced).",
                    "half": None,
                },
                # no "authorities-differ": Indonesia and Saudi Arabia keep the same date
            ],
            "explanations": [],
        },
    }
    assert STORY.splitlines()[0][rows[0]["start"] : rows[0]["end"]] == rows[0]["text"]
    arabic = rows[2]
    assert arabic["line"] == 4
    assert (arabic["hijri"], arabic["gregorian"]) == ("1437-04-10", "2016-01-20")
    assert rows[1]["verdict"]["difference_days"] == -4
    assert rows[1]["verdict"]["authority"] is None  # no authority's calendar had that date


def test_archives_in_json_lines(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    archive = tmp_path / "archive.jsonl"
    archive.write_text(
        "\n".join([
            json.dumps({"url": "a", "body": "Seoul, 10 Rabiul Akhir 1437/20 January 2016 (MINA) ..."}),
            json.dumps({"url": "b", "body": "no dateline"}),
            "not json",
            "[1, 2]",
            json.dumps({"url": "c", "body": 5}),
            json.dumps({"url": "d", "body": "29 Ramadan 1437/4 July 2016; 1 Syawal 1437 H / 5 Juli 2016 M"}),
            "",
        ]),
        encoding="utf-8",
    )  # fmt: skip
    argv = ["extract", "--input", "jsonl", "--text-field", "body", "--id-field", "url", "--all", str(archive)]
    status, out, _ = run(argv, capsys)
    rows = [json.loads(line) for line in out.splitlines()]
    assert status == 1
    assert [(r["line"], r.get("id"), r.get("hijri"), "error" in r) for r in rows] == [
        (1, "a", "1437-04-10", False),
        (2, "b", None, False),
        (3, None, None, True),
        (4, None, None, True),
        (5, "c", None, True),
        (6, "d", "1437-09-29", False),
        (6, "d", "1437-10-01", False),
    ]
    assert rows[1]["dateline"] is None
    assert rows[2]["error"].startswith("not valid JSON")
    assert rows[3]["error"] == "a JSON object is expected, not an array"
    assert rows[4]["error"] == "field 'body' is a number, not text"
    # Without --all, a record with no dateline writes nothing; every other record is there.
    rows = [json.loads(line) for line in run([*argv[:-2], str(archive)], capsys)[1].splitlines()]
    assert 2 not in [r["line"] for r in rows]
    # In the text format, a record with no dateline is a line of that format, not JSON.
    status, out, _ = run([*argv[:-1], "--format", "text", str(archive)], capsys)
    assert f"{archive}:2: no dateline" in out.splitlines()
    assert not [line for line in out.splitlines() if line.startswith("{")]


def test_blank_lines_of_json_lines_are_no_records(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    # Skipped, written nowhere (not even with --all) and not counted: the summary counts the
    # records that each have their output line or error record.
    archive = tmp_path / "archive.jsonl"
    good = json.dumps({"text": "Seoul, 10 Rabiul Akhir 1437/20 January 2016 (MINA)"})
    archive.write_text(f"{good}\n\n   \n{json.dumps({'text': 'no dateline'})}\n\t\n", encoding="utf-8")
    status, out, err = run(["extract", "--input", "jsonl", "--all", str(archive)], capsys)
    assert status == 0
    assert [json.loads(line)["line"] for line in out.splitlines()] == [1, 4]
    assert "1 dateline in 2 records" in err
    # Lines of a text file are records, blank or not: each has its line with --all.
    page = tmp_path / "page.txt"
    page.write_text("Seoul, 10 Rabiul Akhir 1437/20 January 2016 (MINA)\n\nno dateline\n", encoding="utf-8")
    status, out, err = run(["extract", "--all", str(page)], capsys)
    assert [json.loads(line)["line"] for line in out.splitlines()] == [1, 2, 3]
    assert "1 dateline in 3 lines" in err


@pytest.mark.parametrize("first_bytes", [None, 0])
def test_jobs_keep_the_input_order(
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
    first_bytes: int | None,
) -> None:
    import datetime

    import datelines
    from datelines import batch

    read_here: list[int] = []  # batches read by this process (a forked worker counts its own)
    if first_bytes is not None:
        # The parent reads one batch itself, then forks; the worker and the parent share
        # the rest, in batches small enough that several are in flight at once.
        monkeypatch.setattr(batch, "FIRST_BYTES", first_bytes)
        monkeypatch.setattr(batch, "BATCH_RECORDS", 100)
        whole = batch.process_batch

        def counted(records: list[batch.Record], options: batch.BatchOptions) -> list[batch.Result]:
            read_here.append(len(records))
            return whole(records, options)

        monkeypatch.setattr(batch, "process_batch", counted)

    lines = []
    for index in range(3000):
        day = datetime.date(2000, 1, 1) + datetime.timedelta(days=index * 7)
        lines.append(json.dumps({"id": index, "text": f"Story {index}. " + datelines.format(day, "mina")}))
        if index % 500 == 0:
            lines.append("broken {")
    archive = tmp_path / "archive.jsonl"
    archive.write_text("\n".join(lines) + "\n", encoding="utf-8")
    base = ["extract", "--input", "jsonl", "--id-field", "id", "--all", str(archive)]
    one = run([*base, "--jobs", "1"], capsys)
    read_here.clear()
    two = run([*base, "--jobs", "2"], capsys)
    assert one == two
    if first_bytes is not None and batch._forking():
        # This process read the first batch and some of the others; the worker the rest.
        assert 1 < len(read_here) < len(lines) // 100
    rows = [json.loads(line) for line in one[1].splitlines()]
    assert len(rows) == len(lines)  # every record is in the output
    assert [r["id"] for r in rows if "error" not in r] == list(range(3000))


def test_a_run_shorter_than_its_first_part_starts_no_worker(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    import multiprocessing

    from datelines import batch

    if not batch._forking():
        pytest.skip("the parent reads the first part itself only where workers are forked")
    started: list[object] = []
    monkeypatch.setattr(batch._Workers, "start", lambda self: started.append(self))  # noqa: PLW0108 - a method: takes self
    archive = tmp_path / "archive.jsonl"
    archive.write_text((json.dumps({"text": GOOD.splitlines()[0]}) + "\n") * 50, encoding="utf-8")
    status, out, _ = run(["extract", "--input", "jsonl", "--jobs", "2", str(archive)], capsys)
    assert status == 0
    assert len(out.splitlines()) == 50
    assert started == []
    assert multiprocessing.active_children() == []


def test_usage_errors(
    story: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(sys, "stdin", _Terminal())  # no FILE from a terminal: say what is needed
    for argv, message in [
        (["check", "--format", "xml", str(story)], "invalid choice: 'xml'"),
        (["check"], "the following arguments are required: FILE (- reads standard input)"),
        (["check", str(story), "--jobs", "0"], "argument --jobs: must be at least 1, got 0"),
        (
            ["check", str(story), "--max-line-bytes", "x"],
            "argument --max-line-bytes: not a whole number: 'x'",
        ),
        (
            ["check", str(story), "--calendar", "gregorian"],
            "argument --calendar: unknown calendar 'gregorian'",
        ),
        (["check", "-", "-"], "standard input (-) can be read only once"),
        (
            ["extract", str(story), "--text-field", "body"],
            "name fields of JSON records or CSV columns: add --input jsonl, csv or auto",
        ),
        (["extract", str(story), "--input", "xml"], "argument --input: invalid choice: 'xml'"),
    ]:
        with pytest.raises(SystemExit) as exit_:
            main(argv)
        assert exit_.value.code == 2
        err = capsys.readouterr().err
        assert err.startswith("usage: datelines")
        assert message in err


def test_the_installed_console_script(story: Path) -> None:
    script = shutil.which("datelines", path=os.path.dirname(sys.executable)) or shutil.which("datelines")
    assert script is not None, "the console script is installed with the package"
    done = subprocess.run([script, "check", str(story)], capture_output=True, text=True, check=False)
    assert done.returncode == 1
    assert done.stdout.splitlines()[-1] == "4 datelines in 5 lines: 2 with errors, 0 lines unreadable"
    done = subprocess.run([script, "extract", "-"], input=GOOD, capture_output=True, text=True, check=False)
    assert done.returncode == 0
    assert [json.loads(line)["file"] for line in done.stdout.splitlines()] == ["<stdin>", "<stdin>"]
    done = subprocess.run(
        [script, "check", "--jobs", "x", str(story)], capture_output=True, text=True, check=False
    )
    assert done.returncode == 2


def test_output_is_byte_identical_across_runs_and_jobs(tmp_path: Path) -> None:
    import datelines

    lines = []
    for index in range(600):
        day = datelines.to_gregorian(datelines.HijriDate(1400 + index % 80, 1 + index % 12, 1 + index % 29))
        style = datelines.style_names()[index % 15]
        lines.append(
            json.dumps({"id": index, "text": f"{index}: " + datelines.format(day, style)}, ensure_ascii=False)
        )
    lines.insert(300, "{broken")
    archive = tmp_path / "archive.jsonl"
    archive.write_text("\n".join(lines) + "\n", encoding="utf-8")
    script = shutil.which("datelines", path=os.path.dirname(sys.executable)) or "datelines"

    def output(*extra: str) -> bytes:
        done = subprocess.run(
            [script, "extract", "--input", "jsonl", "--id-field", "id", "--all", *extra, str(archive)],
            capture_output=True,
            check=False,
        )
        assert done.returncode == 1  # the broken line
        return done.stdout

    first = output()
    assert first == output()
    assert first == output("--jobs", "2")
    assert first == output("--jobs", "3")
    assert len(first.splitlines()) == len(lines)


def test_files_in_another_encoding(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    # A trial: an Arabic archive in Windows-1256, and a UTF-16 file, were each "not valid
    # UTF-8" with no word of what to do.
    arabic = tmp_path / "arabic.txt"
    arabic.write_bytes("الرياض 10 ربيع الآخر 1437 هـ الموافق 20 يناير 2016 م\n".encode("cp1256"))
    wide = tmp_path / "wide.txt"
    wide.write_bytes("Seoul, 10 Rabiul Akhir 1437/20 January 2016\n".encode("utf-16"))
    status, out, _ = run(["check", str(arabic), str(wide)], capsys)
    assert status == 1
    assert "not valid UTF-8 (byte 0xc7 at byte 1); in another encoding, say which (--encoding cp1256)" in out
    assert f"{wide}:1:" not in out  # read: its byte-order mark says what it is
    status, out, _ = run(["extract", "--encoding", "cp1256", str(arabic)], capsys)
    (record,) = [json.loads(line) for line in out.splitlines()]
    assert (status, record["hijri"], record["gregorian"]) == (0, "1437-04-10", "2016-01-20")
    for name, said in [("cp500", "does not write ASCII as ASCII"), ("nope", "unknown encoding 'nope'")]:
        with pytest.raises(SystemExit) as exit_:
            main(["check", "--encoding", name, str(arabic)])
        assert exit_.value.code == 2
        assert said in capsys.readouterr().err


def test_a_legacy_encoding_reads_only_what_is_not_utf8(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """A trial: the hint's "--encoding cp1256", added to a run over a mixed directory, read the
    UTF-8 Arabic and Urdu stories as mojibake and hid 8 of 14 wrong datelines without a word,
    and a UTF-16 file's byte-order mark was no longer heeded."""
    wrong = "الرياض 10 ربيع الآخر 1437 هـ الموافق 24 يناير 2016 م\n"  # four days off
    (tmp_path / "legacy.txt").write_bytes(wrong.encode("cp1256"))
    (tmp_path / "utf8.txt").write_text(
        wrong + "کراچی 10 ربیع الثانی 1437ھ بمطابق 25 جنوری 2016ء\n", encoding="utf-8"
    )
    (tmp_path / "notepad.txt").write_bytes("Seoul, 10 Rabiul Akhir 1437/24 January 2016\n".encode("utf-16"))
    (tmp_path / "latin.txt").write_bytes(
        "Café Jakarta, 10 Rabiul Akhir 1437/24 January 2016\n".encode("latin-1")
    )
    files = sorted(str(p) for p in tmp_path.iterdir())
    status, out, _ = run(["check", *files], capsys)
    assert status == 1
    assert out.count(": error: Hijri half") == 3  # utf8 (2), notepad; legacy and latin unread
    assert "(--encoding cp1256)" in out
    assert "(--encoding cp1252, or cp1250, cp1254 … for your language)" in out  # Latin bytes, not Arabic
    status, out, _ = run(["check", "--encoding", "cp1256", *files], capsys)
    assert out.count(": error: Hijri half") == 5  # every one, latin.txt's é read in cp1256 too
    assert out.splitlines()[-1].endswith("0 lines unreadable")


@pytest.mark.parametrize("ascii_only", [True, False])
def test_columns_of_an_archive_are_the_lines_columns(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], ascii_only: bool
) -> None:
    # A trial: "arch.jsonl:12:19" counted in the text field, and pointed an editor (and a
    # GitHub annotation) at the wrong place of the line.
    text = 'Résumé "one"\n\tSeoul, 10 Rabiul Akhir 1437/25 January 2016 😀'
    written = json.dumps({"id": 1, "meta": {"text": "x"}, "body": text}, ensure_ascii=ascii_only)
    archive = tmp_path / "arch.jsonl"
    archive.write_text("\n" + written + "\n", encoding="utf-8")
    at = written.index("10 Rabiul") + 1
    argv = ["--input", "jsonl", "--text-field", "body", str(archive)]
    _, out, _ = run(["check", *argv], capsys)
    assert out.startswith(f"{archive}:2:{at}: error:")
    _, out, _ = run(["check", "--format", "github", *argv], capsys)
    assert f",line=2,col={at}," in out
    _, out, _ = run(["extract", *argv], capsys)
    record = json.loads(out.splitlines()[0])
    assert (record["column"], record["start"]) == (at, text.index("10 Rabiul"))


def test_utf16_without_its_mark_is_refused_line_by_line(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    wide = tmp_path / "wide.txt"
    wide.write_bytes("Seoul, 10 Rabiul Akhir 1437/20 January 2016\nJakarta\n".encode("utf-16-be"))
    status, out, _ = run(["check", str(wide)], capsys)
    assert status == 1
    assert out.count("NUL bytes in the line: UTF-16 or not text?") == 2
    assert "(--encoding utf-16-le, or utf-16-be)" in out
    status, out, _ = run(["extract", "--encoding", "UTF-16BE", str(wide)], capsys)
    (record,) = [json.loads(line) for line in out.splitlines()]
    assert (status, record["line"], record["column"], record["hijri"]) == (0, 1, 8, "1437-04-10")


_LINES = "Jakarta\r\nSeoul, 10 Rabiul Akhir 1437/20 January 2016\n\nالرياض 10 ربيع الآخر 1437 هـ الموافق 20 يناير 2016 م"


@pytest.mark.parametrize("encoding", ["utf-16", "utf-16-le", "utf-32", "utf-8-sig"])
@pytest.mark.parametrize("jobs", ["1", "2"])
def test_a_file_with_a_byte_order_mark_is_read_in_its_encoding(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], encoding: str, jobs: str
) -> None:
    """Notepad's and spreadsheets' "Unicode text" is UTF-16 with a byte-order mark: its lines
    are read as a UTF-8 file's are, numbered the same, with no line of its last line break
    (a stop-44 trial found a phantom fourth line)."""
    mark = {"utf-16-le": b"\xff\xfe"}.get(encoding, b"")
    wide = tmp_path / "wide.txt"
    wide.write_bytes(mark + _LINES.encode(encoding))
    plain = tmp_path / "plain.txt"
    plain.write_text(_LINES, encoding="utf-8")
    _, expected, _ = run(["extract", "--all", str(plain)], capsys)
    status, out, err = run(["extract", "--all", "--jobs", jobs, str(wide)], capsys)
    assert (status, out) == (0, expected.replace(str(plain), str(wide)))
    assert "2 datelines in 4 lines" in err
    status, out, _ = run(["check", "--format", "json", str(wide)], capsys)
    assert json.loads(out)["summary"]["records"] == 4


def test_a_broken_utf16_file_is_reported_after_the_lines_it_gave(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    wide = tmp_path / "wide.txt"
    wide.write_bytes(
        "Seoul, 10 Rabiul Akhir 1437/20 January 2016\nJakarta\n".encode("utf-16") + b"\x00\xdc\n\x00"
    )
    status, out, _ = run(["extract", str(wide)], capsys)
    first, second = (json.loads(line) for line in out.splitlines())
    assert (first["line"], first["hijri"]) == (1, "1437-04-10")
    assert second == {
        "file": str(wide),
        "line": 3,
        "error": "not valid UTF-16 (illegal encoding); the rest of the file is not read",
    }
    assert status == 1


def test_utf16_on_standard_input(capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch) -> None:
    import io
    import sys

    data = "Seoul, 10 Rabiul Akhir 1437/20 January 2016\n".encode("utf-16")
    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BufferedReader(io.BytesIO(data))))
    status, out, _ = run(["extract", "-"], capsys)
    (record,) = [json.loads(line) for line in out.splitlines()]
    assert (status, record["file"], record["hijri"]) == (0, "<stdin>", "1437-04-10")


def test_a_solar_calendar_is_refused_for_lunar_dates(story: Path, capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as exit_:
        main(["check", "--calendar", "solar-hijri", str(story)])
    assert exit_.value.code == 2
    assert "is the Solar Hijri calendar, not a lunar one" in capsys.readouterr().err


def test_a_files_byte_order_mark_wins_over_the_encoding_named(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """A review: --encoding utf-16-be on a file that begins with the little-endian mark read
    no line (0 datelines, status 0)."""
    wide = tmp_path / "wide.txt"
    wide.write_bytes("\ufeff".encode("utf-16-le") + _LINES.encode("utf-16-le"))
    for named in ("utf-16-be", "utf-16", "utf-32"):
        status, _, err = run(["extract", "--all", "--encoding", named, str(wide)], capsys)
        assert (status, "2 datelines in 4 lines" in err) == (0, True), named


def test_a_mark_that_comes_a_byte_at_a_time_on_standard_input(
    capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    class Trickle(io.RawIOBase):  # a pipe whose first read gives one byte
        def __init__(self, data: bytes) -> None:
            self.data, self.first = data, True

        def readable(self) -> bool:
            return True

        def readinto(self, buffer: Any) -> int:
            size = 1 if self.first else min(len(buffer), len(self.data))
            self.first = False
            buffer[:size], self.data = self.data[:size], self.data[size:]
            return size

    data = "Seoul, 10 Rabiul Akhir 1437/20 January 2016\n".encode("utf-16")
    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BufferedReader(Trickle(data))))
    status, out, _ = run(["extract", "-"], capsys)
    (record,) = [json.loads(line) for line in out.splitlines()]
    assert (status, record["hijri"]) == (0, "1437-04-10")
    monkeypatch.setattr(
        sys,
        "stdin",
        io.TextIOWrapper(io.BufferedReader(Trickle(b"Seoul, 10 Rabiul Akhir 1437/20 January 2016\n"))),
    )
    status, out, _ = run(["extract", "-"], capsys)
    assert json.loads(out)["gregorian"] == "2016-01-20"


def test_check_all_reports_the_lines_it_read_no_dateline_in(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """A trial: a wrong line the reader could not pair was silent, and a file of none exited 0."""
    path = tmp_path / "ashura.txt"
    path.write_text(
        "Youm-e-Ashura, the 10th of Muharram, a day of profound religious significance, will be observed "
        "on Wednesday, July 7, 2025.\nJakarta, 1 Syawal 1446 H / 31 Maret 2025\n\n",
        encoding="utf-8",
    )
    status, out, _ = run(["check", str(path)], capsys)
    assert (status, out.count("no dateline")) == (0, 0)
    status, out, _ = run(["check", "--all", str(path)], capsys)
    assert status == 0
    assert out.splitlines()[0] == f"{path}:1: note: No dateline was read in this line."
    assert "No dateline" not in "".join(out.splitlines()[1:])  # not the dated line, nor the blank one
    status, out, _ = run(["check", "--all", "--format", "jsonl", str(path)], capsys)
    first = json.loads(out.splitlines()[0])
    assert (first["line"], first["code"], first["severity"]) == (1, "no-dateline", "note")
    status, out, _ = run(["check", "--all", "--format", "github", str(path)], capsys)
    assert out.startswith(f"::notice file={path},line=1,title=datelines no-dateline::")


def test_a_directory_is_every_file_under_it(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """A trial: "datelines check stories/" was "cannot read the file: Is a directory"."""
    (tmp_path / "b").mkdir()
    (tmp_path / ".git").mkdir()
    (tmp_path / "a.txt").write_text(GOOD, encoding="utf-8")
    (tmp_path / "b" / "c.txt").write_text(STORY, encoding="utf-8")
    (tmp_path / ".git" / "HEAD").write_text("Seoul, 10 Rabiul Akhir 1437/24 January 2016\n", encoding="utf-8")
    status, out, _ = run(["check", str(tmp_path)], capsys)
    assert status == 1
    assert [line.split(":")[0] for line in out.splitlines()[:-1]] == [str(tmp_path / "b" / "c.txt")] * 2
    assert out.splitlines()[-1].startswith("6 datelines in 7 lines of 2 files")
    (tmp_path / "empty").mkdir()
    with pytest.raises(SystemExit) as exit_:
        main(["check", str(tmp_path / "empty")])
    assert exit_.value.code == 2
    assert "no files under" in capsys.readouterr().err


def test_a_whole_file_in_two_encodings_is_read_line_by_line(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """A review: with --input document, one cp1256 line made the whole file cp1256, and its
    UTF-8 lines' datelines were lost without a word."""
    wrong = "الرياض 10 ربيع الآخر 1437 هـ الموافق 24 يناير 2016 م\n"
    mixed = tmp_path / "mixed.txt"
    mixed.write_bytes(
        wrong.encode() + wrong.encode("cp1256") + b"Seoul, 10 Rabiul Akhir 1437/24 January 2016\n"
    )
    for argv in ([], ["--input", "document"]):
        _, out, _ = run(["check", "--encoding", "cp1256", *argv, str(mixed)], capsys)
        assert out.count(": error: Hijri half") == 3, argv
    german = tmp_path / "de.txt"
    german.write_bytes("Berlin, 1. Schawwal 1446 / 5. März 2025\n".encode("latin-1"))
    _, out, _ = run(["check", str(german)], capsys)
    assert "(--encoding cp1252, or cp1250, cp1254 … for your language)" in out  # it said cp1256


def test_a_directory_linked_to_is_walked_once(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """A review: a symlinked subdirectory was never entered, its wrong datelines unreported."""
    (tmp_path / "target").mkdir()
    (tmp_path / "linked").mkdir()
    (tmp_path / "target" / "story.txt").write_text(
        "Seoul, 10 Rabiul Akhir 1437/25 January 2016\n", encoding="utf-8"
    )
    (tmp_path / "linked" / "2016").symlink_to(tmp_path / "target")
    (tmp_path / "target" / "loop").symlink_to(tmp_path / "linked")  # a loop: walked once
    status, out, _ = run(["check", str(tmp_path / "linked")], capsys)
    assert status == 1
    assert out.count(": error:") == 1
