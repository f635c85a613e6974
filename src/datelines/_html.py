"""The visible text of an HTML page, for ``check`` and ``extract --input html``: what a
reader of the page sees, with every character's place in the file, so that a dateline is
reported at the page's own line and column.

A masthead is often split over elements ("<span>ঢাকা, শনিবার</span> <span>৫ ডিসেম্বর
২০২৬</span>", a trial), and a page's text lies between tags and behind entities. Block
elements end a line of text (a paragraph's date is not the next one's); table cells are
set apart by a tab; inline elements (span, a, b …) join what they hold; scripts, styles
and comments are no text. The standard library's parser, which is lenient as browsers are,
reads it: no dependency.
"""

from __future__ import annotations

from bisect import bisect_right
from html.parser import HTMLParser
from typing import Final

__all__ = ["PageText", "page_text"]

# Elements that end a line of text where they open or close, as a browser lays them out.
_BLOCKS: Final = frozenset(
    [
        "address",
        "article",
        "aside",
        "blockquote",
        "body",
        "br",
        "caption",
        "dd",
        "details",
        "div",
        "dl",
        "dt",
        "fieldset",
        "figcaption",
        "figure",
        "footer",
        "form",
        "h1",
        "h2",
        "h3",
        "h4",
        "h5",
        "h6",
        "head",
        "header",
        "hr",
        "html",
        "li",
        "main",
        "nav",
        "ol",
        "p",
        "pre",
        "section",
        "summary",
        "table",
        "tbody",
        "thead",
        "tfoot",
        "title",
        "tr",
        "ul",
    ]
)
_CELLS: Final = frozenset({"td", "th"})
# Elements whose content is no text of the page.
_HIDDEN: Final = frozenset({"script", "style", "noscript", "template", "svg", "math"})


class PageText:
    """A page's visible text, and where each of its characters stands in the page.

    >>> page = page_text('<p>Dhaka,</p>\\n<p><span>Saturday</span> &amp; <b>5 December</b></p>')
    >>> page.text
    '\\nDhaka,\\n\\n\\nSaturday & 5 December\\n'
    >>> page.position(page.text.index("5 December"))
    (2, 35)
    """

    __slots__ = ("_lines", "_sources", "_starts", "text")

    def __init__(self, text: str, starts: list[int], sources: list[int], source: str) -> None:
        self.text = text
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

    def position(self, index: int) -> tuple[int, int]:
        """The page's line and column (from 1) of the text's character at ``index``."""
        at = self.offset(index)
        line = bisect_right(self._lines, at)
        return line, at - self._lines[line - 1] + 1


class _Reader(HTMLParser):
    def __init__(self, source: str) -> None:
        super().__init__(convert_charrefs=False)
        self._line_starts = [0, *(index + 1 for index, char in enumerate(source) if char == "\n")]
        self.parts: list[str] = []
        self.starts: list[int] = []
        self.sources: list[int] = []
        self._length = 0
        self._hidden = 0

    def _here(self) -> int:
        line, column = self.getpos()
        return self._line_starts[line - 1] + column

    def _add(self, text: str, source: int, *, exact: bool) -> None:
        if self._hidden or not text:
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

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag in _HIDDEN:
            self._hidden += 1
        elif tag in _BLOCKS:
            self._add("\n", self._here(), exact=False)
        elif tag in _CELLS:
            self._add("\t", self._here(), exact=False)

    def handle_startendtag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag in _BLOCKS:
            self._add("\n", self._here(), exact=False)

    def handle_endtag(self, tag: str) -> None:
        if tag in _HIDDEN:
            self._hidden = max(0, self._hidden - 1)
        elif tag in _BLOCKS:
            self._add("\n", self._here(), exact=False)
        elif tag in _CELLS:
            self._add("\t", self._here(), exact=False)

    def handle_data(self, data: str) -> None:
        self._add(data, self._here(), exact=True)

    def handle_entityref(self, name: str) -> None:
        from html import unescape

        said = unescape(f"&{name};")
        self._add(said if said != f"&{name};" else f"&{name}", self._here(), exact=False)

    def handle_charref(self, name: str) -> None:
        from html import unescape

        self._add(unescape(f"&#{name};"), self._here(), exact=False)


def page_text(source: str) -> PageText:
    """The visible text of the HTML page ``source``, each character placed in it."""
    reader = _Reader(source)
    reader.feed(source)
    reader.close()
    text = "".join(reader.parts).replace("\xa0", " ")  # (a no-break space, as &nbsp; writes it)
    return PageText(text, reader.starts, reader.sources, source)
