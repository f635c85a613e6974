"""``check`` and ``extract --input markdown``: a desk's Markdown drafts, their prose linted and
their code (examples of datelines, right or wrong) left out (trial 24: inline code was linted
as text); ``--input auto``: a folder of pages, drafts, archives and text read in one run, each
file as its name says (trial 24: a mixed folder needed a run per kind)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from datelines._markdown import markdown_text
from datelines.batch import input_of
from datelines.cli import main

DRAFT = """# Eid copy

Write it as `Jakarta, 1 Syawal 1446 H / 30 Maret 2025` and never so:

```text
Riyadh, 2 Shawwal 1446 AH / 30 March 2025
```

~~~~
Cairo, 3 Shawwal 1446 / 30 March 2025
~~~~

Riyadh, 1 Shawwal 1446 AH / 30 March 2025 (SPA) - The Kingdom celebrated. See
[the wire](https://example.sa/2025/03/30/2-shawwal-1446) and <https://example.sa/1446/10/02>.

Riyadh, 2 Shawwal 1446 AH / 30 March 2025 (SPA) - a day ahead, in the prose: reported.
"""


def test_a_drafts_prose_is_linted_and_its_code_left_out(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    (tmp_path / "eid.md").write_text(DRAFT, encoding="utf-8")
    assert main(["extract", "--input", "markdown", str(tmp_path), "--format", "jsonl"]) == 0
    found = [json.loads(line) for line in capsys.readouterr().out.splitlines()]
    assert [(f["line"], f["column"], f["hijri"], f["gregorian"]) for f in found] == [
        (13, 9, "1446-10-01", "2025-03-30"),
        (16, 9, "1446-10-02", "2025-03-30"),
    ]
    assert main(["check", "--input", "markdown", "--authority", "SA", str(tmp_path / "eid.md")]) == 1
    out = capsys.readouterr().out.splitlines()
    assert [line.split(": ")[0] for line in out if ": error:" in line] == [f"{tmp_path / 'eid.md'}:16:9"]
    assert out[-1] == "2 datelines in 1 file: 1 with errors, 0 files unreadable"
    # as text, every example is linted too
    assert main(["check", "--authority", "SA", str(tmp_path / "eid.md")]) == 1
    assert "5 datelines in 16 lines" in capsys.readouterr().out


@pytest.mark.parametrize(
    ("text", "kept"),
    [
        ("a `b` c", "a     c"),
        ("a ``b ` c`` d", "a           d"),  # a longer run holds a shorter one
        ("a `b c", "a `b c"),  # a run without its match is text
        ("a \\`b\\` c", "a \\`b\\` c"),  # escaped
        ("a `b\n\nc` d", "a `b\n\nc` d"),  # no span across a paragraph's end
        ("```\nx\n", "   \n \n"),  # a fence never closed: to the end
        ("> ```\n> x\n> ```\ny", "     \n   \n     \ny"),  # in a quotation
        ("````\n```\nx\n````\ny", "    \n   \n \n    \ny"),  # closed only by as many
        ('[t](u "v") <http://w>', "[t](     )           "),
        # a fence in a list's item, four spaces in, closes as far in (review 60c)
        ("10. Run:\n\n    ```\n    x\n\n    ```\nafter", "10. Run:\n\n       \n     \n\n       \nafter"),
        ("    ```\nprose\n", "    ```\nprose\n"),  # four spaces in, out of a list: text
        # two such lines hold no span between them, their ticks being indented code's (review 60c)
        ("    ```\nprose\n    ```\n", "    ```\nprose\n    ```\n"),
        ("a\n\n\t`x\n\tb`", "a\n\n\t`x\n\tb`"),
        ("a\n    `x` b", "a\n        b"),  # four spaces continue a paragraph: its spans are code
        ("- a\n\n    `x` b", "- a\n\n        b"),  # and a list's item
        # a list's item goes on past a line at the margin straight after it (review 61)
        ("- a\nb\n\n    `x` c", "- a\nb\n\n        c"),
        ("[^1]: a footnote, 2 Shawwal 1446", "[^1]: a footnote, 2 Shawwal 1446"),  # shown: text
        ("[Riyadh]: 2 Shawwal 1446 / 30 March 2025", "[Riyadh]: 2 Shawwal 1446 / 30 March 2025"),
        ('[ref]: https://x.com/2 "t"', "[ref]:" + " " * 20),
    ],
)
def test_what_is_left_out(text: str, kept: str) -> None:
    assert markdown_text(text) == kept


@given(st.text(st.sampled_from("ab `~\\[]()<>:\n\r>#1"), max_size=80))
def test_the_prose_keeps_every_character_where_it_was(text: str) -> None:
    """Law: the prose is as long as the file, its line breaks where they were, and each other
    character kept or made a space (so a finding's line and column are the file's)."""
    prose = markdown_text(text)
    assert len(prose) == len(text)
    for before, after in zip(text, prose, strict=True):
        assert after == before or (after == " " and before not in "\r\n")


def test_a_mixed_folder_is_read_in_one_run(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    (tmp_path / "eid.md").write_text(DRAFT, encoding="utf-8")
    (tmp_path / "page.html").write_text(
        "<p>Seoul, 10 Rabiul Akhir 1437/20 January 2016 (MINA)</p><p>more</p>", encoding="utf-8"
    )
    (tmp_path / "wire.jsonl").write_text(
        '{"text": "Riyadh, 1 Shawwal 1446 AH / 30 March 2025 (SPA)", "id": 7}\nnot json\n', encoding="utf-8"
    )
    (tmp_path / "rows.csv").write_text(
        'id,text\n9,"Cairo, 1 Shawwal 1446 / 30 March 2025"\n', encoding="utf-8"
    )
    (tmp_path / "notes.txt").write_text(
        "Seoul, 10 Rabiul Akhir 1437/20 January 2016\n\nx\n", encoding="utf-8"
    )
    (tmp_path / "logo.png").write_bytes(b"\x89PNG\r\n\x1a\n\x00")
    for jobs in ("1", "2"):
        assert main(["extract", "--input", "auto", "--id-field", "id", "--jobs", jobs, str(tmp_path), "--format", "jsonl"]) == 1  # fmt: skip
        captured = capsys.readouterr()
        found = [json.loads(line) for line in captured.out.splitlines()]
        assert [(Path(f["file"]).name, f["line"]) for f in found if "error" in f] == [("wire.jsonl", 2)]
        assert [(Path(f["file"]).name, f["line"], f.get("id")) for f in found if "error" not in f] == [
            ("eid.md", 13, None),
            ("eid.md", 16, None),
            ("notes.txt", 1, None),
            ("page.html", 1, None),
            ("rows.csv", 2, "9"),
            ("wire.jsonl", 1, 7),
        ]
        # every record accounted for: the .md and .html files one each, the text file's three
        # lines (one blank), the CSV row, the two JSON lines (one unreadable); the image not
        # read, and said so (review 60b)
        assert captured.err.strip().splitlines() == [
            f"datelines: skipped 1 file in the directories given, not of a kind --input auto reads: "
            f"{tmp_path / 'logo.png'} (name a file to read it, or use --input text)",
            "datelines: 6 datelines in 8 records: 1 with errors, 1 record unreadable",
        ]


def test_files_of_no_kind_read_are_named(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    line = "Riyadh, 1 Shawwal 1446 AH / 30 March 2025 (SPA)\n"
    (tmp_path / "sub").mkdir()
    for name in ("a.md", "e.log", "sub/noext", "f.cfg", "g.bak", "h.out"):
        (tmp_path / name).write_text(line, encoding="utf-8")
    assert main(["check", "--input", "auto", str(tmp_path)]) == 0
    err = capsys.readouterr().err
    assert "skipped 5 files in the directories given, not of a kind --input auto reads: " in err
    assert f"{tmp_path / 'e.log'}, {tmp_path / 'f.cfg'}, {tmp_path / 'g.bak'} and 2 more" in err
    # a file named is read whatever its name; so is every file under --input text
    assert main(["check", "--input", "auto", str(tmp_path / "e.log")]) == 0
    assert main(["check", str(tmp_path)]) == 0
    assert "skipped" not in capsys.readouterr().err
    # a directory with nothing of the kind asked is an error that says what it held
    with pytest.raises(SystemExit) as exit:
        main(["check", "--input", "html", str(tmp_path / "sub")])
    assert exit.value.code == 2
    assert "no files under" in capsys.readouterr().err


def test_input_of_says_each_file_s_kind() -> None:
    assert [input_of(name) for name in ("a.HTM", "b.markdown", "c.ndjson", "d.csv", "e", "f.md.txt")] == [
        "html", "markdown", "jsonl", "csv", "text", "text",
    ]  # fmt: skip


def test_a_dateline_given_as_a_file_name_says_how_to_check_one(capsys: pytest.CaptureFixture[str]) -> None:
    # trial 26: a new user's first try; the message said only that the file could not be read
    assert main(["check", "Jakarta, 1 Syawal 1446 H / 31 Maret 2025"]) == 1
    out = capsys.readouterr().out
    assert (
        "cannot read the file: No such file or directory (a dateline to check is given on standard input"
        in out
    )


@pytest.mark.parametrize(
    "text",
    [
        "```\n" + "x" * 200_000 + "\n```\nok",  # a minified line in a code block (review 60b: 87 s)
        " " * 99_990 + "\nok",
        "](" + " " * 200_000,
        "`a " * 50_000,
    ],
)
def test_long_lines_are_read_whole(text: str) -> None:
    # (each in milliseconds: a quadratic pattern took minutes on these, and the suite with it)
    prose = markdown_text(text)
    assert len(prose) == len(text)
    assert prose.endswith("ok") == text.endswith("ok")


def test_a_link_reference_s_address_is_left_out() -> None:
    text = '[ref]: https://example.com/2-shawwal-1446/30-march-2025 "title"\nprose'
    assert markdown_text(text) == "[ref]:" + " " * (len(text) - len("[ref]:") - len("\nprose")) + "\nprose"


def test_a_file_of_code_alone_is_noted_with_all(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """``check --all``: a draft whose prose is blank (all code) is noted as one with no
    dateline, as a file of prose is (review 60b: it said nothing)."""
    (tmp_path / "code.md").write_text(
        "```\nRiyadh, 2 Shawwal 1446 AH / 30 March 2025\n```\n", encoding="utf-8"
    )
    (tmp_path / "script.html").write_text("<script>var d = '1 Shawwal 1446';</script>", encoding="utf-8")
    assert main(["check", "--all", "--input", "auto", str(tmp_path)]) == 0
    out = capsys.readouterr().out.splitlines()
    assert [Path(line.split(":")[0]).name for line in out if "No dateline was read" in line] == [
        "code.md",
        "script.html",
    ]
