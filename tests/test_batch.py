"""datelines.batch from Python: options, records, counts and progress (the command line
over it is tested in tests/cli/test_lint.py)."""

from __future__ import annotations

import io
from pathlib import Path

import pytest

from datelines import DatelineError
from datelines.batch import BatchOptions, run_batch, summary_line

STORY = (
    "Seoul, 10 Rabiul Akhir 1437/20 January 2016 (MINA) - The ministry said.\n"
    "No date on this line.\n"
    "Jakarta, 10 Rabiul Akhir 1437/24 January 2016 (MINA) - days off.\n"
    "الرياض 10 ربيع الآخر 1437 هـ الموافق 20 يناير 2016 م واس\n"
    "Friday, 10 Rabiul Akhir 1437/20 January 2016\n"
)


@pytest.fixture
def story(tmp_path: Path) -> Path:
    path = tmp_path / "story.txt"
    path.write_text(STORY, encoding="utf-8")
    return path


'''"$(cat tests/_library_batch.txt)"'''


def test_options_are_checked_and_the_old_spelling_still_works() -> None:
    for fields, message in [
        ({"mode": "lint"}, "mode must be one of check, extract, got 'lint'"),
        ({"output": "xml"}, "output must be one of text, json, jsonl, github, got 'xml'"),
        ({"input": "csv"}, "input must be one of text, jsonl, document, got 'csv'"),
        ({"text_field": "body"}, "text_field and id_field apply to JSON Lines archives: set input='jsonl'"),
        ({"max_line_bytes": 0}, "max_line_bytes must be a whole number of at least 1, got 0"),
    ]:
        with pytest.raises(DatelineError, match=message.replace("(", r"\(")):
            BatchOptions(**fields)  # type: ignore[arg-type]
    with pytest.warns(DeprecationWarning, match="use input='jsonl'"):
        old = BatchOptions(jsonl=True, text_field="body")
    assert old.input == "jsonl"


def test_the_summary_in_a_copy_editors_words(story: Path, tmp_path: Path) -> None:
    other = tmp_path / "other.txt"
    other.write_text("Seoul, 10 Rabiul Akhir 1437/20 January 2016\n", encoding="utf-8")
    summary = run_batch([str(story), str(other)], BatchOptions(mode="check", output="text"), io.StringIO())
    assert (
        summary_line(summary, "text")
        == "5 datelines in 6 lines of 2 files: 2 with errors, 0 lines unreadable"
    )
    assert summary_line(summary, "jsonl") == "5 datelines in 6 records: 2 with errors, 0 records unreadable"
