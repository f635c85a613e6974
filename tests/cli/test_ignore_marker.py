"""``datelines: ignore`` on a dateline's line sets it aside in ``datelines check`` (trial 24:
a CI job had no way to pass a line its desk knew to be right)."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

WRONG = "Seoul, 10 Rabiul Akhir 1437/25 January 2016 (MINA)"  # five days off in every calendar


def _check(*args: str, stdin: str | None = None) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "datelines", "check", "--no-progress", *args],
        input=stdin,
        capture_output=True,
        text=True,
        check=False,
        timeout=120,
    )


def test_a_wrong_line_fails_without_a_marker_and_passes_with_one(tmp_path: Path) -> None:
    story = tmp_path / "story.md"
    story.write_text(f"{WRONG}\n", encoding="utf-8")
    assert _check(str(story)).returncode == 1
    story.write_text(f"{WRONG} <!-- datelines: ignore -->\n", encoding="utf-8")
    done = _check(str(story))
    assert done.returncode == 0, done.stdout
    assert (
        done.stdout.strip()
        == "1 dateline in 1 line: 0 with errors, 0 lines unreadable, 1 ignored by a marker"
    )


def test_a_marker_sets_aside_only_its_own_line(tmp_path: Path) -> None:
    story = tmp_path / "story.md"
    story.write_text(f"{WRONG} <!-- datelines: ignore -->\n{WRONG}\n", encoding="utf-8")
    done = _check(str(story))
    assert done.returncode == 1
    assert f"{story}:2:" in done.stdout
    assert f"{story}:1:" not in done.stdout


def test_codes_set_aside_only_their_findings(tmp_path: Path) -> None:
    story = tmp_path / "story.md"
    other = "Seoul, Monday 10 Rabiul Akhir 1437/20 January 2016 (MINA)"  # a Wednesday
    story.write_text(
        f"{other} # datelines: ignore[weekday]\n{WRONG} # datelines: ignore[weekday]\n",
        encoding="utf-8",
    )
    done = _check("--format", "jsonl", str(story))
    records = [json.loads(line) for line in done.stdout.splitlines()]
    findings = [r for r in records if "code" in r]
    assert {(r["line"], r["code"]) for r in findings if r["severity"] == "error"} == {(2, "disagree")}
    # the first line's weekday finding set aside, counted; the second had none to set aside
    assert records[-1]["summary"]["ignored"] == 1
    assert done.returncode == 1


def test_a_page_s_marker_is_read_from_its_source_line(tmp_path: Path) -> None:
    page = tmp_path / "page.html"
    page.write_text(
        f"<html><body>\n<p>{WRONG}</p> <!-- datelines: ignore -->\n<p>{WRONG}</p>\n</body></html>\n",
        encoding="utf-8",
    )
    done = _check("--input", "html", str(page))
    assert done.returncode == 1
    assert f"{page}:3:" in done.stdout
    assert f"{page}:2:" not in done.stdout
    assert "1 ignored by a marker" in done.stdout


@pytest.mark.parametrize(
    "form",
    [
        "datelines: ignore",
        "DATELINES:IGNORE",
        "datelines:  ignore [DISAGREE]",
        "datelines: ignore[disagree, weekday]",
    ],
)
def test_the_marker_s_spellings(form: str) -> None:
    done = _check("-", stdin=f"{WRONG} ({form})\n")
    assert done.returncode == 0, done.stdout


def test_extract_reports_a_dateline_a_marker_sets_aside() -> None:
    done = subprocess.run(
        [sys.executable, "-m", "datelines", "extract", "--no-progress", "-"],
        input=f"{WRONG} <!-- datelines: ignore -->\n",
        capture_output=True,
        text=True,
        check=False,
        timeout=120,
    )
    assert len(done.stdout.splitlines()) == 1


@pytest.mark.parametrize(
    "form",
    [
        "datelines: ignored by nobody",  # another word
        "datelines: ignore[]",  # names nothing
        "datelines: ignore[weekday]",  # not this line's finding
    ],
)
def test_what_is_no_marker_for_the_line(form: str) -> None:
    assert _check("-", stdin=f"{WRONG} ({form})\n").returncode == 1


def test_a_marker_is_the_dateline_s_before_it_on_its_line_not_another_s(tmp_path: Path) -> None:
    # review 58: a page written as one line had every dateline set aside by one marker
    page = tmp_path / "min.html"
    page.write_text(
        f"<html><body><article><p>{WRONG}</p></article><aside><p>Quoted: "
        f"{WRONG} <!-- datelines: ignore --></p></aside></body></html>\n",
        encoding="utf-8",
    )
    done = _check("--input", "html", str(page))
    assert done.returncode == 1
    assert "1 with errors" in done.stdout
    assert "1 ignored by a marker" in done.stdout


def test_a_dateline_over_two_lines_takes_the_marker_on_its_second(tmp_path: Path) -> None:
    story = tmp_path / "story.md"
    story.write_text(
        "Seoul, 10 Rabiul Akhir 1437\n25 January 2016 (MINA) <!-- datelines: ignore -->\n", encoding="utf-8"
    )
    done = _check("--input", "document", str(story))
    assert done.returncode == 0, done.stdout
    assert "1 ignored by a marker" in done.stdout


def test_a_marker_before_a_quoted_dateline_is_not_the_one_before_s(tmp_path: Path) -> None:
    # review 58b: a marker opening the next element, meant for the quote after it
    page = tmp_path / "pre.html"
    page.write_text(
        f"<html><body><p>{WRONG}</p><blockquote><!-- datelines: ignore --><p>Quoted: {WRONG}</p>"
        "</blockquote></body></html>\n",
        encoding="utf-8",
    )
    done = _check("--input", "html", str(page))
    assert done.returncode == 1
    assert "2 with errors" in done.stdout or "1 with errors" in done.stdout


def test_a_marker_naming_no_finding_code_is_a_warning_that_says_the_nearest(tmp_path: Path) -> None:
    # trial 24: "ignore[wekday]" set nothing aside and said nothing
    story = tmp_path / "story.md"
    story.write_text(
        "Jakarta, Senin, 1 Syawal 1446 H / 31 Maret 2025 <!-- datelines: ignore[wekday] -->\n",
        encoding="utf-8",
    )
    done = _check(str(story))
    assert done.returncode == 0, done.stdout
    assert "warning: the marker's 'wekday' is no finding code (did you mean 'weekday'?)" in done.stdout
    assert _check("--strict", str(story)).returncode == 1
    rows = [json.loads(line) for line in _check("--format", "jsonl", str(story)).stdout.splitlines()]
    assert [row["code"] for row in rows if "code" in row] == ["unknown-code"]
