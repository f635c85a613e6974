"""The prose of a Markdown file, for ``datelines check --input markdown``: code (fenced blocks,
inline spans) and link destinations blanked out, every other character where it was.

A style guide's or a desk's drafts in Markdown quote datelines as code to show them
(`` `1 Shawwal 1446 / 31 March 2025` ``, a fenced example of a wrong one): the checker is to
lint what the page says, not its examples (trial 24). Blanking keeps each character's offset,
so a finding's line and column are the file's own. A scan of the rules of CommonMark that
matter here, not a Markdown parser: indented code blocks are read as text (in a list, four
spaces are a paragraph's continuation, which a parser needs the whole tree to tell).
"""

from __future__ import annotations

import bisect
import re
from typing import Final

__all__ = ["markdown_text"]


def markdown_text(text: str) -> str:
    """``text`` with its code and link destinations made spaces (line breaks kept).

    >>> markdown_text("Seoul, 10 Rabiul Akhir 1437/20 January 2016 `1/1/1437` [MINA](https://x.id/2016/01/20)")
    'Seoul, 10 Rabiul Akhir 1437/20 January 2016            [MINA](                       )'
    >>> markdown_text("```\\n1 Shawwal 1446 / 30 March 2025\\n```\\nok")
    '   \\n                              \\n   \\nok'
    """
    out = list(text)
    _blank_fences(text, out)
    prose = "".join(out)
    indented = _indented_code(prose)
    for start, end in _paragraphs(prose):
        _blank_code_spans(prose, start, end, out, indented)
    for link in _DESTINATION.finditer(prose):
        group = 1 if link.group(1) is not None else 2 if link.group(2) is not None else 3
        _blank(out, link.start(group), link.end(group))
    _blank_emphasis(out)
    return "".join(out)


def _blank_emphasis(out: list[str]) -> None:
    """Asterisks that open or close emphasis (a run glued to a word on one side at least) made
    spaces: "**23rd** **of Ramadan, 1375 A.H. / 4-5-1956 A.D.**" (a book's preface in Markdown;
    held-out set 31) is a day and its month. Only in Markdown: in plain text an asterisk marks
    a footnote or a rating, and stands between a number and a month ("Page 23 *\n* Ramadan …",
    "Hotel 5* Shawwal": review 62b).

    A run closes emphasis only where one as long opened it before: a rating's star glued to
    its number and none before ("Rated 4* Ramadan …") stays, as in plain text (review 62c).

    >>> markdown_text("**23rd** **of Ramadan** * a bullet")
    '  23rd     of Ramadan   * a bullet'
    >>> markdown_text("Rated 4* Ramadan")
    'Rated 4* Ramadan'
    """
    text = "".join(out)
    opened: dict[int, list[int]] = {}  # a run's length: where runs so long opened, not yet closed
    for run in _ASTERISKS.finditer(text):
        before = text[run.start() - 1] if run.start() else " "
        after = text[run.end()] if run.end() < len(text) else " "
        size = run.end() - run.start()
        pending = opened.setdefault(size, [])
        if not before.isspace() and pending:  # it may close one: it does
            start = pending.pop()
            _blank(out, start, start + size)
            _blank(out, run.start(), run.end())
        elif not after.isspace():
            pending.append(run.start())


def _paragraphs(text: str) -> list[tuple[int, int]]:
    """The spans of runs of lines that are not blank (a code span does not cross a blank
    line), by one pass over the lines (a pattern that retried at every place of a long
    blank line took quadratic time: review 60b)."""
    spans: list[tuple[int, int]] = []
    start: int | None = None
    for line in _LINE.finditer(text):
        if line.start() == line.end():
            break
        blank = not line.group().strip()
        if blank and start is not None:
            spans.append((start, line.start()))
            start = None
        elif not blank and start is None:
            start = line.start()
    if start is not None:
        spans.append((start, len(text)))
    return spans


def _indented_code(text: str) -> list[int]:
    """The starts and ends, in turn, of the lines of indented code blocks: four spaces or a
    tab in, after a blank line or another such line, outside a list (where they continue an
    item). Their text is read, but their backticks open no code span (review 60c: two
    indented fences took the prose line between them for code)."""
    bounds: list[int] = []
    in_list = False
    after_blank = True
    code = False
    for line in _LINE.finditer(text):
        if line.start() == line.end():
            break
        content = line.group()
        if not content.strip():
            after_blank, code = True, False
            continue
        if _LIST_ITEM.match(content):
            in_list = True
        elif content[:1] not in " \t" and after_blank:
            in_list = False  # (a line at the margin straight after the item's text goes on with it)
        code = not in_list and (after_blank or code) and _INDENTED.match(content) is not None
        if code:
            bounds.extend((line.start(), line.end()))
        after_blank = False
    return bounds


def _blank(out: list[str], start: int, end: int) -> None:
    for i in range(start, end):
        if out[i] not in "\r\n":
            out[i] = " "


def _blank_fences(text: str, out: list[str]) -> None:
    """Fenced code blocks, fences and all: from a line of three or more backticks or tildes
    (after a blockquote's marks and indentation) to the line that closes it with as many or
    more of the same, or to the end."""
    fence: str | None = None
    start = 0
    in_list = False  # within a list's item, whose fences stand up to seven spaces in (review 60c)
    after_blank = True
    for line in _LINE.finditer(text):
        found = _FENCE.match(line.group())
        blank = not line.group().strip()
        if fence is None:
            if _LIST_ITEM.match(line.group()):
                in_list = True
            elif not blank and line.group()[:1] not in " \t" and after_blank:
                # a line at the margin after a blank line ends the list (straight after the
                # item's text, it goes on with it: review 61)
                in_list = False
            after_blank = blank
            if found is None and in_list:
                found = _LISTED_FENCE.match(line.group())
            if found is not None and not (found.group(1)[0] == "`" and "`" in found.group(2)):
                fence, start = found.group(1), line.start()
            continue
        if found is None and in_list:
            found = _LISTED_FENCE.match(line.group())  # a list's fence closes as far in
        if (
            found is not None
            and found.group(1)[0] == fence[0]
            and len(found.group(1)) >= len(fence)
            and not found.group(2).strip()
        ):
            _blank(out, start, line.end())
            fence, after_blank = None, True  # (no line goes on with a fence's)
    if fence is not None:
        _blank(out, start, len(text))


def _blank_code_spans(text: str, start: int, end: int, out: list[str], indented: list[int]) -> None:
    """Inline code in ``text[start:end]``, one paragraph: a run of backticks to the next run
    of as many (a run without its match is text), none on a line of indented code (whose
    bounds ``indented`` lists). The runs of each width are listed once, so that a run
    without its match looks up its next, not every later run (review 60c)."""
    runs = [
        m
        for m in _TICKS.finditer(text, start, end)
        if out[m.start()] == "`" and bisect.bisect_right(indented, m.start()) % 2 == 0
    ]
    by_width: dict[int, list[int]] = {}
    for index, run in enumerate(runs):
        by_width.setdefault(len(run.group()), []).append(index)
    i = 0
    while i < len(runs):
        opening = runs[i]
        same = by_width[len(opening.group())]
        at = bisect.bisect_right(same, i)
        if at == len(same):
            i += 1
            continue
        closing = same[at]
        _blank(out, opening.start(), runs[closing].end())
        i = closing + 1


_LINE: Final = re.compile(r"[^\n]*(?:\n|$)")
# A fence: three backticks or tildes after a quotation's marks and at most three spaces (four
# make an indented code block's line, whose text a reader sees: review 60b).
_FENCE: Final = re.compile(r"(?:> ?)*[ ]{0,3}(`{3,}|~{3,})([^\n]*)")
_LISTED_FENCE: Final = re.compile(r"(?:> ?)*[ ]{0,7}(`{3,}|~{3,})([^\n]*)")
_INDENTED: Final = re.compile(r"(?: {4}| {0,3}\t)")
_LIST_ITEM: Final = re.compile(r"(?:> ?)*[ ]{0,3}(?:[-*+]|[0-9]{1,9}[.)])[ \t]")
_TICKS: Final = re.compile(r"(?<!\\)`+")
_ASTERISKS: Final = re.compile(r"(?<!\\)\*{1,3}")
# A link's or image's destination and title ("[text](url "title")", at most a line's worth and
# no brackets: linear), an autolink ("<https://…>"), a link reference's definition ("[ref]:
# https://… "title"").
_DESTINATION: Final = re.compile(
    r"\]\(([^()\n]{0,2048})\)"
    r"|(?<![\w\\])(<[a-zA-Z][\w+.-]{0,31}:[^\s<>]{0,2048}>)"
    # (not a footnote's, "[^1]: …", which is text; only an address and its title, to the line's end)
    r"|(?m:^[ ]{0,3}\[(?!\^)[^\]\n]{1,999}\]:([ \t]*(?:<[^<>\n]{0,2048}>|[^\s<>]{1,2048})"
    r"(?:[ \t]+(?:\"[^\"\n]{0,999}\"|'[^'\n]{0,999}'|\([^()\n]{0,999}\)))?)[ \t]*$)"
)
