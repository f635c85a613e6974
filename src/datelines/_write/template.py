"""The template language of house styles: named fields in braces, with modifiers.

``{hday} {hmonth} {hyear}/{gday} {gmonth} {gyear}`` writes "10 Rabiul Akhir 1437/20 January
2016". A field may carry modifiers after a colon, joined by commas: ``02`` (zero-pad to two
digits; ``04`` to four), ``ord`` (English ordinal suffix: 1st, 2nd, 10th), ``upper``,
``lower``, ``title``. ``{{`` and ``}}`` write braces. There is nothing else: no attribute
access, no indexing, no expressions; an unknown field or modifier is refused when the
template is compiled, with the valid ones listed.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from types import MappingProxyType
from typing import Final

from ..errors import StyleError

__all__ = ["FIELDS", "MODIFIERS", "Template"]

FIELDS: Mapping[str, str] = MappingProxyType(
    {
        "hday": "Hijri day (10)",
        "hmonth": "Hijri month name (Rabiul Akhir)",
        "hmonth_num": "Hijri month number (4)",
        "hyear": "Hijri year (1437)",
        "hera": "Hijri era mark (AH, H, هـ)",
        "gday": "Gregorian day (20)",
        "gmonth": "Gregorian month name (January)",
        "gmonth_short": "Gregorian month abbreviation (Jan)",
        "gmonth_num": "Gregorian month number (1)",
        "gyear": "Gregorian year (2016)",
        "gera": "Gregorian era mark (CE, M, م)",
        "weekday": "weekday (Wednesday)",
        "sday": "Solar Hijri day (30)",
        "smonth": "Solar Hijri month name (Dey, دی, جدی)",
        "smonth_num": "Solar Hijri month number (10)",
        "syear": "Solar Hijri year (1394)",
        "sera": "Solar Hijri era mark (SH, هجری شمسی)",
        "bday": "Bengali (Bangladesh) day (6)",
        "bmonth": "Bengali month name (Magh, মাঘ)",
        "bmonth_num": "Bengali month number (10)",
        "byear": "Bengali year (1430)",
        "bera": "Bengali era mark (BS, বঙ্গাব্দ)",
    }
)
MODIFIERS = ("02", "04", "ord", "upper", "lower", "title")
_FIELD = re.compile(r"\{\{|\}\}|\{([^{}]*)\}|[{}]")


def _ordinal(number: int) -> str:
    if 10 <= number % 100 <= 20:
        return f"{number}th"
    return f"{number}{ {1: 'st', 2: 'nd', 3: 'rd'}.get(number % 10, 'th') }"


def apply(value: object, modifiers: tuple[str, ...], language: str | None = None) -> str:
    """A field's value with its modifiers applied, by the rules of ``language`` (Turkish
    capitals: "nisan" → "NİSAN"; ordinal suffixes are English, "1er" French).

    >>> apply("nisan", ("upper",), "tr"), apply("DHU AL-QA'DAH", ("title",)), apply(2, ("ord",), "ur")
    ('NİSAN', "Dhu Al-Qa'dah", '2')
    """
    return _apply(value, modifiers, language)


# Languages whose dotted and dotless i are two letters: "i" is "İ" in capitals, "I" is "ı".
_DOTTED_I: Final = frozenset({"tr", "az"})


def _upper(text: str, language: str | None) -> str:
    return (text.replace("i", "İ") if language in _DOTTED_I else text).upper()


def _lower(text: str, language: str | None) -> str:
    return (text.replace("I", "ı").replace("İ", "i") if language in _DOTTED_I else text).lower()


# A word begins where a letter follows anything but a letter, a digit or an apostrophe
# ("Dhu Al-Qa'dah", "(Hijri)"; str.title() writes "Qa'Dah" and "1St").
_WORD_START: Final = re.compile(r"(?:^|(?<=[^\w'’ʼ`]))\w")


def _title(text: str, language: str | None) -> str:
    return _WORD_START.sub(lambda m: _upper(m.group(), language), _lower(text, language))


def _apply(value: object, modifiers: tuple[str, ...], language: str | None = None) -> str:
    text = str(value)
    for modifier in modifiers:
        if modifier in ("02", "04"):
            text = (
                text.rjust(int(modifier[1]), "0")
                if not isinstance(value, int)
                else f"{value:0{modifier[1]}d}"
            )
        elif modifier == "ord" and isinstance(value, int):
            if language in (None, "en"):
                text = _ordinal(value)
            elif language == "fr" and value == 1:
                text = "1er"
            # Other languages write the day's number as it is ("۱۰ ربیع الثانی", not "۱۰th").
        elif modifier == "upper":
            text = _upper(text, language)
        elif modifier == "lower":
            text = _lower(text, language)
        elif modifier == "title":
            text = _title(text, language)
    return text


class Template:
    """A compiled template: literal text and fields, checked once.

    >>> Template("{hday:ord} {hmonth:upper}").render({"hday": 2, "hmonth": "Safar"})
    '2nd SAFAR'
    >>> Template("{hday} {hmonth.__class__}")
    Traceback (most recent call last):
    ...
    datelines.errors.StyleError: unknown field 'hmonth.__class__' at position 7 of the template; valid fields: hday, hmonth, hmonth_num, hyear, hera, gday, gmonth, gmonth_short, gmonth_num, gyear, gera, weekday, sday, smonth, smonth_num, syear, sera, bday, bmonth, bmonth_num, byear, bera
    """

    __slots__ = ("_parts", "source")

    def __init__(self, source: str):
        if not isinstance(source, str):
            raise TypeError(f"template must be a str, not {type(source).__name__}")
        self.source = source
        parts: list[tuple[str, str, tuple[str, ...]]] = []
        position = 0
        for match in _FIELD.finditer(source):
            if match.start() > position:
                parts.append(("text", source[position : match.start()], ()))
            token = match.group()
            if token in ("{{", "}}"):
                parts.append(("text", token[0], ()))
            elif token in ("{", "}"):
                raise StyleError(
                    f"unmatched {token!r} at position {match.start()} of the template (write {token * 2} for a brace)",
                    text=source,
                    position=match.start(),
                )
            else:
                name, _, spec = match.group(1).partition(":")
                if name not in FIELDS:
                    raise StyleError(
                        f"unknown field {name!r} at position {match.start()} of the template; "
                        f"valid fields: {', '.join(FIELDS)}",
                        field=name,
                        text=source,
                        position=match.start(),
                    )
                modifiers = tuple(m.strip() for m in spec.split(",") if m.strip()) if spec else ()
                for modifier in modifiers:
                    if modifier not in MODIFIERS:
                        raise StyleError(
                            f"unknown modifier {modifier!r} for field {name!r}; valid modifiers: {', '.join(MODIFIERS)}",
                            field=name,
                            text=source,
                            position=match.start(),
                        )
                parts.append(("field", name, modifiers))
            position = match.end()
        if position < len(source):
            parts.append(("text", source[position:], ()))
        self._parts = tuple(parts)

    def without(self, name: str) -> Template:
        """This template with field ``name`` left out, and the separator that joined it to
        its neighbour: "{weekday}, {gday} {gmonth}" → "{gday} {gmonth}".

        >>> Template("{weekday:upper} | {gmonth} {gday}").without("weekday").source
        '{gmonth} {gday}'
        """
        pieces = []
        parts = list(self._parts)
        for index, (kind, field, _) in enumerate(parts):
            if kind != "field" or field != name:
                continue
            before = parts[index - 1][1] if index > 0 and parts[index - 1][0] == "text" else None
            after = parts[index + 1][1] if index + 1 < len(parts) and parts[index + 1][0] == "text" else None
            if before is not None and after is not None and _enclosed(before, after):
                # "… 2016 ({weekday}) / …": the brackets go with it, and the space before them.
                before = before[:-1].rstrip(" ")
                after = after[1:]
                if not before and index == 1:
                    after = after.lstrip(" ")  # it opened the template: "[{weekday}] {hday} …"
                parts[index - 1], parts[index], parts[index + 1] = (
                    ("text", before, ()),
                    ("text", "", ()),
                    ("text", after, ()),
                )
                continue
            # Drop the literal after it (or, at the end, the one before it) as well.
            if index + 1 < len(parts) and parts[index + 1][0] == "text":
                parts[index + 1] = ("text", "", ())
            elif index > 0 and parts[index - 1][0] == "text":
                parts[index - 1] = ("text", "", ())
            parts[index] = ("text", "", ())
        for kind, field, modifiers in parts:
            if kind == "text":
                pieces.append(field.replace("{", "{{").replace("}", "}}"))
            else:
                pieces.append("{" + field + (":" + ",".join(modifiers) if modifiers else "") + "}")
        return Template("".join(pieces))

    @property
    def fields(self) -> tuple[str, ...]:
        """The fields the template uses, in order."""
        return tuple(name for kind, name, _ in self._parts if kind == "field")

    @property
    def parts(self) -> tuple[tuple[str, str, tuple[str, ...]], ...]:
        """The compiled template: ("text", literal, ()) and ("field", name, modifiers)."""
        return self._parts

    def render(self, values: Mapping[str, object], *, language: str | None = None) -> str:
        """The template with each field replaced by its value, modifiers applied by the
        rules of ``language``; an empty value (an era mark left out) takes the space before
        it with it, and the brackets it stands alone in."""
        if not isinstance(values, Mapping):
            raise TypeError(f"values must be a mapping of the fields, not {type(values).__name__}")
        out: list[str] = []
        parts = self._parts
        closing = False  # an empty value's brackets were dropped: drop the closing one too
        for index, (kind, name, modifiers) in enumerate(parts):
            if kind == "text":
                literal = name
                if closing:
                    literal, closing = literal[1:], False
                    if not "".join(out):
                        literal = literal.lstrip(" ")  # the template began with the brackets
                out.append(literal)
                continue
            if name not in values:
                raise StyleError(f"no value for the field {{{name}}}", field=name)
            text = _apply(values[name], modifiers, language)
            if not text and out:
                after = (
                    parts[index + 1][1] if index + 1 < len(parts) and parts[index + 1][0] == "text" else ""
                )
                if _enclosed(out[-1], after):  # "20 January 2016 ({gera})" with no era: no "()"
                    out[-1], closing = out[-1][:-1], True
                if out[-1].endswith(" "):
                    out[-1] = out[-1][:-1]
            out.append(text)
        return "".join(out)

    def __repr__(self) -> str:
        return f"Template({self.source!r})"


_BRACKETS: Final = {"(": ")", "[": "]", "（": "）", "«": "»"}


def _enclosed(before: str, after: str) -> bool:
    """Whether a field stands alone in brackets: the literal before it ends with an opening
    bracket and the one after begins with its closing one."""
    return bool(before) and before[-1] in _BRACKETS and after.startswith(_BRACKETS[before[-1]])
