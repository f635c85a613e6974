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
    assert records[-1]["summary"]["ignored"] == 0  # findings set aside, not whole datelines
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


@pytest.mark.parametrize("form", ["datelines: ignore", "DATELINES:IGNORE", "datelines:  ignore[]"])
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
