"""The visible text of an HTML page, for ``check`` and ``extract --input html``: what a
reader of the page sees, with every character's place in the file, so that a dateline is
reported at the page's own line and column.

A masthead is often split over elements ("<span>ঢাকা, শনিবার</span> <span>৫ ডিসেম্বর
২০২৬</span>", a trial), and a page's text lies between tags and behind entities. Inline
elements (span, a, b …) join what they hold; a division or a line break ends a line of
text, as a masthead's parts may stand in divisions; table cells are set apart by a tab.
Paragraphs, headings, list items and a page's sections end a *paragraph*, written
``PARAGRAPH`` (a pilcrow on a line of its own), across which no dateline's halves pair: a
headline's Hijri date is not the byline's day below it (a review: 12 false errors on 8 of
37 news pages). Scripts, styles, comments, the title, navigation, frames' fallbacks and
elements marked hidden are no text. The standard library's parser, lenient as browsers are, reads
it: no dependency.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from html import unescape
from html.parser import HTMLParser
from typing import Final

__all__ = ["PARAGRAPH", "PageText", "page_text"]

# What ends a paragraph of a page's text: no dateline's halves pair across it (see
# datelines._read.pairs, where the pilcrow is a hard stop).
PARAGRAPH: Final = "\n\u00b6\n"
# Elements that end a paragraph where they open or close; those that end a line.
_PARAGRAPHS: Final = frozenset({
    "address", "article", "aside", "blockquote", "body", "caption", "dd", "details", "dl", "dt", "fieldset",
    "figcaption", "figure", "footer", "form", "h1", "h2", "h3", "h4", "h5", "h6", "header", "hr", "html", "li",
    "main", "nav", "ol", "option", "p", "pre", "section", "summary", "table", "tbody", "thead", "tfoot", "tr", "ul",
})  # fmt: skip
_LINES: Final = frozenset({"div", "br", "head", "label", "button"})
_CELLS: Final = frozenset({"td", "th"})
# Elements whose content is no text of the page.
# A page's navigation too: its links' words run together ("Рамадан 2026" "1448 г. х.", a review).
_HIDDEN: Final = frozenset({"script", "style", "noscript", "template", "title", "iframe", "object", "nav"})
# Elements that hold nothing and have no end tag.
_VOID: Final = frozenset({
    "area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "source", "track", "wbr",
})  # fmt: skip


# An entity or character reference as the page writes it, its semicolon perhaps left out.
_ENTITY: Final = re.compile(r"&(?:#[0-9]+|#[xX][0-9a-fA-F]+|[A-Za-z][A-Za-z0-9]*);?")


class PageText:
    """A page's visible text, and where each of its characters stands in the page.

    >>> page = page_text('<div>Dhaka,</div>\\n<div><span>Saturday</span> &amp; <b>5 December</b></div>')
    >>> page.text
    '\\nDhaka,\\n\\n\\nSaturday & 5 December\\n'
    >>> page.position(page.text.index("5 December"))
    (2, 37)
    >>> page_text("<h1>1 Ramadhan 1447 H</h1><p>17 Feb 2026</p>").text.split()
    ['¶', '1', 'Ramadhan', '1447', 'H', '¶', '¶', '17', 'Feb', '2026', '¶']
    """

    __slots__ = ("_lines", "_source", "_sources", "_starts", "text")

    def __init__(self, text: str, starts: list[int], sources: list[int], source: str) -> None:
        self.text = text
        self._source = source
        # piece by piece: the text offset where a piece begins, and the page offset it came
        # from; a piece of data maps one to one, an entity or a tag's break to its own start
        self._starts, self._sources = starts, sources
        self._lines = [0, *(index + 1 for index, char in enumerate(source) if char == "\n")]

    def offset(self, index: int) -> int:
        """The page offset of the text's character at ``index``."""
        piece = bisect_right(self._starts, index) - 1
        if piece < 0:
            return 0
        return self._sources[piece] + (index - self._starts[piece])

    def end(self, index: int) -> int:
        """The page offset just past the text's character at ``index``: past the whole
        entity where one wrote it ("&#1605;"), so that a span ending on it holds it all.

        >>> page = page_text("<b>1445 &#1607;&#1600;</b>")
        >>> page.text, page.end(page.text.index("ـ"))
        ('1445 هـ', 22)
        """
        at = self.offset(index)
        if self._source.startswith("&", at):
            entity = _ENTITY.match(self._source, at)
            if entity is not None:
                return entity.end()
        return at + 1

    def position(self, index: int) -> tuple[int, int]:
        """The page's line and column (from 1) of the text's character at ``index``."""
        at = self.offset(index)
        line = bisect_right(self._lines, at)
        return line, at - self._lines[line - 1] + 1

    def source_after(self, start: int, end: int, stop: int | None = None) -> str:
        """The page as written (tags and comments too) from the text's character at
        ``start`` to the end of the page's line that holds the one before ``end``, or to the
        text's character at ``stop`` where that comes first: where a marker for the linter
        after a dateline stands ("… 2024</p> <!-- datelines: ignore -->").

        >>> page = page_text("<p>1 Ramadhan 1447 H</p> <!-- note -->\\n<p>x</p>")
        >>> start = page.text.index("1 Ramadhan")
        >>> page.source_after(start, start + 3)
        '1 Ramadhan 1447 H</p> <!-- note -->'
        """
        begin = self.offset(start)
        line_end = self._source.find("\n", self.offset(max(start, end - 1)))
        finish = len(self._source) if line_end < 0 else line_end
        if stop is not None:
            finish = min(finish, self.offset(stop))
        return self._source[begin:finish]


class _Reader(HTMLParser):
    def __init__(self, source: str) -> None:
        super().__init__(convert_charrefs=False)
        self._line_starts = [0, *(index + 1 for index, char in enumerate(source) if char == "\n")]
        self.parts: list[str] = []
        self.starts: list[int] = []
        self.sources: list[int] = []
        self._length = 0
        self._hidden = 0
        # an element marked hidden ("hidden", "display: none"): its name, and how deep in it
        self._hiding: str | None = None
        self._hiding_depth = 0

    def _here(self) -> int:
        line, column = self.getpos()
        return self._line_starts[line - 1] + column

    def _add(self, text: str, source: int, *, exact: bool) -> None:
        if self._hidden or self._hiding is not None or not text:
            return
        if exact:  # each character from its own place
            self.starts.append(self._length)
            self.sources.append(source)
        else:  # an entity, a break: all of it from one place
            for offset in range(len(text)):
                self.starts.append(self._length + offset)
                self.sources.append(source)
        self.parts.append(text)
        self._length += len(text)

    def _break(self, tag: str) -> None:
        if tag in _PARAGRAPHS:
            self._add(PARAGRAPH, self._here(), exact=False)
        elif tag in _LINES:
            self._add("\n", self._here(), exact=False)
        elif tag in _CELLS:
            self._add("\t", self._here(), exact=False)

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if self._hiding is not None:
            self._hiding_depth += tag == self._hiding
        elif tag in _HIDDEN:
            self._hidden += 1
        elif tag not in _VOID and _marked_hidden(attrs):
            self._hiding, self._hiding_depth = tag, 1
        else:
            self._break(tag)

    def handle_startendtag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self._break(tag)

    def handle_endtag(self, tag: str) -> None:
        if self._hiding is not None:
            if tag == self._hiding:
                self._hiding_depth -= 1
                if not self._hiding_depth:
                    self._hiding = None
        elif tag in _HIDDEN:
            self._hidden = max(0, self._hidden - 1)
        elif tag != "br":  # ("</br>": a break only once, as "<br>")
            self._break(tag)

    def handle_data(self, data: str) -> None:
        self._add(data, self._here(), exact=True)

    def handle_entityref(self, name: str) -> None:
        self._add(unescape(f"&{name};"), self._here(), exact=False)  # (one it does not know, as written)

    def handle_charref(self, name: str) -> None:
        self._add(unescape(f"&#{name};"), self._here(), exact=False)


def _marked_hidden(attrs: list[tuple[str, str | None]]) -> bool:
    """Whether an element's attributes hide it from a reader: ``hidden``, ``aria-hidden``,
    or an inline style of ``display: none`` or ``visibility: hidden``."""
    for name, value in attrs:
        if name == "hidden" or (name == "aria-hidden" and (value or "").strip().lower() == "true"):
            return True
        if name == "style" and value:
            style = value.replace(" ", "").lower()
            if "display:none" in style or "visibility:hidden" in style:
                return True
    return False


def page_text(source: str) -> PageText:
    """The visible text of the HTML page ``source``, each character placed in it."""
    reader = _Reader(source)
    reader.feed(source)
    reader.close()
    text = "".join(reader.parts).replace("\xa0", " ")  # (a no-break space, as &nbsp; writes it)
    return PageText(text, reader.starts, reader.sources, source)
