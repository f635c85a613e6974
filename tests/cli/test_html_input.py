"""``check`` and ``extract --input html``: a folder of web pages, their datelines read from
the visible text and reported at the page's own line and column (a trial: a Bangladeshi
masthead split over <span>s was not read in any input mode)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from datelines._html import page_text
from datelines.cli import main

PAGE = """<!DOCTYPE html>
<html><head><title>Daily</title><script>var d = "10 Rabiul Akhir 1437/20 January 2016";</script>
<style>.x{}</style></head>
<body>
<div class="masthead"><span>ঢাকা, শনিবার</span> <span>৫ ডিসেম্বর ২০২৬</span>, <span>২০ অগ্রহায়ণ ১৪৩৩</span>, <span>২৪ জমাদিউস সানি ১৪৪৮ হিজরি</span></div>
<p>Seoul, 10 Rabiul Akhir 1437/20 January 2016 (MINA) &ndash; The minister said.</p>
<p>Jakarta, 11 Rabiul Akhir 1437&nbsp;/&nbsp;20 Januari 2016 (MINA) &#8211; wrong by a day.</p>
</body></html>
"""


def test_a_pages_datelines_are_read_across_its_elements_and_placed_in_it(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    (tmp_path / "a.html").write_text(PAGE, encoding="utf-8")
    assert main(["extract", "--input", "html", str(tmp_path), "--format", "jsonl"]) == 0
    found = [json.loads(line) for line in capsys.readouterr().out.splitlines()]
    # the script's line is no text of the page; each dateline at its line and column
    assert [(f["line"], f["column"], f["hijri"], f["gregorian"]) for f in found] == [
        (5, 55, "1448-06-24", "2026-12-05"),
        (6, 11, "1437-04-10", "2016-01-20"),
        (7, 13, "1437-04-11", "2016-01-20"),
    ]
    assert found[0]["bangla"] == "1433-08-20"
    assert found[2]["text"] == "11 Rabiul Akhir 1437 / 20 Januari 2016"  # &nbsp; read as a space
    assert main(["check", "--input", "html", str(tmp_path / "a.html")]) == 1
    out = capsys.readouterr().out
    assert out.startswith(f"{tmp_path / 'a.html'}:7:13: error: Hijri half is one day ahead")
    assert out.splitlines()[-1] == "3 datelines in 1 file: 1 with errors, 0 files unreadable"


def test_a_minified_page_keeps_its_paragraphs_apart() -> None:
    """One line of HTML: a paragraph's end is a paragraph's (a pilcrow on its own line, across
    which no halves pair), a division's a line's, a table cell stands apart."""
    page = page_text(
        "<div><p>Published 20 January 2016</p><p>Ramadan</p><div>x</div><table><tr><td>1431</td>"
        "<td>y</td></tr></table></div>"
    )
    assert page.text.split() == ["¶", "Published", "20", "January", "2016", "¶", "¶", "Ramadan", "¶", "x", "¶", "¶",
                                 "1431", "y", "¶", "¶"]  # fmt: skip
    assert "\tx" not in page.text
    assert "1431\t" in page.text


@pytest.mark.parametrize(
    "page",
    [
        # a review's pages: a headline's Hijri date and the byline's day below it, a list of
        # dates, an article list whose dates belong to different stories
        '<h1>Sidang Isbat: 1 Ramadhan 1447 H Jatuh pada Kamis</h1>\n<div class="date">Selasa, 17 Feb 2026 19:45 WIB</div>',
        "<ul><li>1 Ramadan 1447 AH</li><li>Posted 17 February 2026</li></ul>",
        "<p>Published 20 January 2016</p>\n<p>Ramadan 1437 begins in June.</p>",
        '<div>Menu</div><p hidden>1 Ramadan 1447 AH / 1 March 2026</p><p style="display: none">x</p>',
        "<title>1 Ramadan 1447 AH / 1 March 2026</title><p>Story</p>",
        '<nav><a href="/ramadan">Рамадан 2026</a> <a href="/hijra">1448 г. х.</a></nav><p>Story</p>',
        "<select><option>20 January 2016</option><option>12 Rabi al-Thani 1437</option></select>",
    ],
)
def test_dates_of_different_paragraphs_are_no_dateline(
    page: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    (tmp_path / "p.html").write_text(page, encoding="utf-8")
    assert main(["check", "--input", "html", str(tmp_path / "p.html")]) == 0
    assert capsys.readouterr().out.splitlines()[-1].startswith("0 datelines in 1 file")


def test_a_directory_of_a_saved_site_gives_its_pages_alone(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    (tmp_path / "a.html").write_text(PAGE, encoding="utf-8")
    (tmp_path / "app.js").write_text('var d = "11 Rabiul Akhir 1437/20 January 2016";', encoding="utf-8")
    (tmp_path / "logo.png").write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00")
    assert main(["check", "--input", "html", str(tmp_path)]) == 1  # the page's own wrong line
    out = capsys.readouterr().out
    assert "app.js" not in out
    assert "logo.png" not in out
    assert out.splitlines()[-1] == "3 datelines in 1 file: 1 with errors, 0 files unreadable"


def test_a_page_that_is_not_utf8_is_reported_with_its_line(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    (tmp_path / "b.html").write_bytes("<p>x</p>\n<p>الرياض</p>".encode("cp1256"))
    assert main(["check", "--input", "html", str(tmp_path / "b.html")]) == 1
    out = capsys.readouterr().out
    assert "b.html:2: error: not valid UTF-8" in out
    assert "--encoding cp1256" in out
    assert main(["check", "--input", "html", "--encoding", "cp1256", str(tmp_path / "b.html")]) == 0


_PLAIN = st.text(st.characters(blacklist_characters="<>&\r", blacklist_categories=("Cs",)), max_size=12)


@given(st.lists(st.tuples(st.sampled_from(["span", "p", "b", "td", "div", "a"]), _PLAIN), max_size=8))
def test_each_character_of_a_pages_text_stands_where_it_was_written(pieces: list[tuple[str, str]]) -> None:
    source = "".join(f"<{tag}>{text}</{tag}>" for tag, text in pieces)
    page = page_text(source)
    kept = "".join(text for _, text in pieces).replace("\xa0", " ")
    assert "".join(c for c in page.text if c not in "\n\t¶") == "".join(c for c in kept if c not in "\n\t¶")
    for index, char in enumerate(page.text):
        if char not in "\n\t¶":
            assert source[page.offset(index)].replace("\xa0", " ") == char
