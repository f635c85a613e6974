"""What stop 50's new-user trial found in the command line (issue #15)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from datelines.cli import main


def test_strict_fails_a_dateline_with_a_warning(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """A CMS plugin that rejects wrong datelines let a misspelt month through: it is a warning,
    and ok. --strict makes a warning fail its dateline, as linters' "warnings as errors" do."""
    story = tmp_path / "story.txt"
    story.write_text(
        "Kuala Lumpur, 1 Syawwwal 1446 bersamaan 31 Mac 2025\nJakarta, 1 Syawal 1446 H / 31 Maret 2025\n",
        encoding="utf-8",
    )
    assert main(["check", str(story)]) == 0
    assert capsys.readouterr().out.endswith("2 datelines in 2 lines: 0 with errors, 0 lines unreadable\n")
    assert main(["check", "--strict", str(story)]) == 1
    out = capsys.readouterr().out
    assert ":1:15: warning: '1 Syawwwal 1446'" in out
    assert out.endswith("2 datelines in 2 lines: 1 with errors or warnings, 0 lines unreadable\n")
    assert main(["check", "--strict", "--format", "jsonl", str(story)]) == 1
    summary = json.loads(capsys.readouterr().out.splitlines()[-1])["summary"]
    assert (summary["datelines"], summary["failing"]) == (2, 1)
    clean = tmp_path / "clean.txt"
    clean.write_text("Jakarta, 1 Syawal 1446 H / 31 Maret 2025\n", encoding="utf-8")
    assert main(["check", "--strict", str(clean)]) == 0
