"""One output vocabulary: every subcommand that prints results writes text, json (one
document) and jsonl (one record per line) alike; the old flags still work, with a warning;
options given on the command line win over a style file's."""

from __future__ import annotations

import io
import json
import sys
from pathlib import Path

import pytest

from datelines.cli import main
from support import EXAMPLES

STORY = "Seoul, 10 Rabiul Akhir 1437/20 January 2016 (MINA)\nJakarta, 10 Rabiul Akhir 1437/24 January 2016\n"

# Each subcommand with arguments that give it two results to write.
COMMANDS = {
    "convert": ["convert", "2016-01-20", "10 Rabiul Akhir 1437"],
    "today": ["today", "--tz", "UTC"],
    "calendars": ["calendars"],
    "parse": ["parse", "Seoul, 10 Rabiul Akhir 1437/20 January 2016", "29 Ramadan 1437/4 July 2016"],
    "format": ["format", "2016-01-20", "2016-07-04"],
    "styles": ["styles", "--tz", "UTC"],
    "check": ["check", "STORY"],
    "extract": ["extract", "STORY"],
}


def run(
    argv: list[str], story: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> tuple[int, str, str]:
    monkeypatch.setattr(sys, "stdin", io.StringIO(""))
    status = main([str(story) if a == "STORY" else a for a in argv])
    out, err = capsys.readouterr()
    return status, out, err


@pytest.fixture
def story(tmp_path: Path) -> Path:
    path = tmp_path / "story.txt"
    path.write_text(STORY, encoding="utf-8")
    return path


@pytest.mark.parametrize("command", list(COMMANDS))
def test_each_format_of_each_subcommand(
    command: str, story: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    argv = COMMANDS[command]
    status, jsonl, _ = run([*argv, "--format", "jsonl"], story, capsys, monkeypatch)
    records = [json.loads(line) for line in jsonl.splitlines()]
    assert records, command
    status_json, document, _ = run([*argv, "--format", "json"], story, capsys, monkeypatch)
    assert status_json == status
    whole = json.loads(document)
    if command in ("check", "extract"):
        # The batch tools' one document holds the results and the counts.
        assert set(whole) == {"results", "summary"}
        assert whole["results"] == [r for r in records if "summary" not in r]
    elif command == "today":
        assert whole == records[0]
    else:
        assert whole == records
    status_text, text, _ = run([*argv, "--format", "text"], story, capsys, monkeypatch)
    assert status_text == status
    assert text.strip()
    assert not text.lstrip().startswith(("{", "["))
    default = run(argv, story, capsys, monkeypatch)[1]
    assert default == (jsonl if command == "extract" else text)  # extract writes records by default


def test_extract_for_people(
    story: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    _, text, _ = run(["extract", "--format", "text", str(story)], story, capsys, monkeypatch)
    first, second = text.splitlines()
    assert first == f"{story}:1:8: 1437-04-10 | 2016-01-20  10 Rabiul Akhir 1437/20 January 2016  [ok]"
    assert second.startswith(
        f"{story}:2:10: 1437-04-10 | 2016-01-24  10 Rabiul Akhir 1437/24 January 2016  [Hijri half"
    )


def test_extract_for_people_says_a_warning(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """A trial: a line `check` warns about (another country's authority) was "[ok]"."""
    from datelines.cli import main

    story = tmp_path / "ur.txt"
    story.write_text("کراچی، ۲ شوال ۱۴۴۶ھ بمطابق ۳۱ مارچ ۲۰۲۵ء\n", encoding="utf-8")
    assert main(["extract", "--format", "text", str(story)]) == 0
    out = capsys.readouterr().out
    assert "  [warning: Follows Saudi Arabia's Umm al-Qura calendar (SA), not Pakistan's calendar (PK)" in out


@pytest.mark.parametrize(
    ("old", "new", "warning"),
    [
        (["convert", "2016-01-20", "--json"], ["convert", "2016-01-20", "--format", "jsonl"], "--json"),
        (["today", "--tz", "UTC", "--json"], ["today", "--tz", "UTC", "--format", "jsonl"], "--json"),
        (["calendars", "--json"], ["calendars", "--format", "jsonl"], "--json"),
        (["format", "2016-01-20", "--json"], ["format", "2016-01-20", "--format", "jsonl"], "--json"),
        (["parse", "29 Ramadan 1437/4 July 2016", "--json"], ["parse", "29 Ramadan 1437/4 July 2016", "--format", "json"], "--json"),
        (["parse", "29 Ramadan 1437/4 July 2016", "--jsonl"], ["parse", "29 Ramadan 1437/4 July 2016", "--format", "jsonl"], "--jsonl"),
        (["extract", "--jsonl", "ARCHIVE"], ["extract", "--input", "jsonl", "ARCHIVE"], "--jsonl"),
        (["check", "--jsonl", "ARCHIVE"], ["check", "--input", "jsonl", "ARCHIVE"], "--jsonl"),
    ],
)  # fmt: skip
def test_old_flags_work_for_one_more_release_with_a_warning(
    old: list[str], new: list[str], warning: str, tmp_path: Path, capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
) -> None:  # fmt: skip
    archive = tmp_path / "archive.jsonl"
    archive.write_text(json.dumps({"text": STORY}) + "\n", encoding="utf-8")
    old = [str(archive) if a == "ARCHIVE" else a for a in old]
    new = [str(archive) if a == "ARCHIVE" else a for a in new]
    status, out, err = run(old, archive, capsys, monkeypatch)
    assert f"datelines: warning: {warning} is deprecated and goes in 0.3; use " in err
    assert (status, out) == run(new, archive, capsys, monkeypatch)[:2]


STYLE_FILE = """template = "{hday} {hmonth} {hyear} H / {gday} {gmonth} {gyear}"
language = "id"
digits = "arab"
calendar = "civil"
offset = -1
"""


@pytest.mark.parametrize(
    ("option", "expected"),
    [
        ([], "٨ Rabiul Akhir ١٤٣٧ H / ٢٠ Januari ٢٠١٦"),  # the file's civil calendar, a day behind
        (["--calendar", "umalqura"], "٩ Rabiul Akhir ١٤٣٧ H / ٢٠ Januari ٢٠١٦"),  # umalqura, still -1
        (["--calendar", "islamic-umalqura"], "٩ Rabiul Akhir ١٤٣٧ H / ٢٠ Januari ٢٠١٦"),
        (["--offset", "0"], "٩ Rabiul Akhir ١٤٣٧ H / ٢٠ Januari ٢٠١٦"),  # civil, no offset
        (["--offset", "-2"], "٧ Rabiul Akhir ١٤٣٧ H / ٢٠ Januari ٢٠١٦"),
        (["--calendar", "umalqura", "--offset", "0"], "١٠ Rabiul Akhir ١٤٣٧ H / ٢٠ Januari ٢٠١٦"),
        (
            ["--calendar", "umalqura", "--table", str(EXAMPLES / "indonesia-1445.csv")],
            "٩ Rabiul Akhir ١٤٣٧ H / ٢٠ Januari ٢٠١٦",
        ),
        (["--language", "en"], "٨ Rabi' al-Thani ١٤٣٧ H / ٢٠ January ٢٠١٦"),
        (["--digits", "latn"], "8 Rabiul Akhir 1437 H / 20 Januari 2016"),
    ],
)
def test_options_on_the_command_line_win_over_a_style_file(
    option: list[str], expected: str, tmp_path: Path, capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
) -> None:  # fmt: skip
    style = tmp_path / "house.toml"
    style.write_text(STYLE_FILE, encoding="utf-8")
    status, out, err = run(
        ["format", "2016-01-20", "--style-file", str(style), *option], style, capsys, monkeypatch
    )
    assert (status, err) == (0, "")
    assert out == expected + "\n"
