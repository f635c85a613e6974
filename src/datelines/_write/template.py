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
    }
)
MODIFIERS = ("02", "04", "ord", "upper", "lower", "title")
_FIELD = re.compile(r"\{\{|\}\}|\{([^{}]*)\}|[{}]")


def _ordinal(number: int) -> str:
    if 10 <= number % 100 <= 20:
        return f"{number}th"
    return f"{number}{ {1: 'st', 2: 'nd', 3: 'rd'}.get(number % 10, 'th') }"


def apply(value: object, modifiers: tuple[str, ...]) -> str:
    """A field's value with its modifiers applied."""
    return _apply(value, modifiers)


def _apply(value: object, modifiers: tuple[str, ...]) -> str:
    text = str(value)
    for modifier in modifiers:
        if modifier in ("02", "04"):
            text = (
                text.rjust(int(modifier[1]), "0")
                if not isinstance(value, int)
                else f"{value:0{modifier[1]}d}"
            )
        elif modifier == "ord" and isinstance(value, int):
            text = _ordinal(value)
        elif modifier == "upper":
            text = text.upper()
        elif modifier == "lower":
            text = text.lower()
        elif modifier == "title":
            text = text.title()
    return text


class Template:
    """A compiled template: literal text and fields, checked once.

    >>> Template("{hday:ord} {hmonth:upper}").render({"hday": 2, "hmonth": "Safar"})
    '2nd SAFAR'
    >>> Template("{hday} {hmonth.__class__}")
    Traceback (most recent call last):
    ...
    datelines.errors.StyleError: unknown field 'hmonth.__class__' at position 7 of the template; valid fields: hday, hmonth, hmonth_num, hyear, hera, gday, gmonth, gmonth_short, gmonth_num, gyear, gera, weekday, sday, smonth, smonth_num, syear, sera
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

    def render(self, values: Mapping[str, object]) -> str:
        """The template with each field replaced by its value, modifiers applied; an empty
        value (an era mark left out) takes the space before it with it."""
        if not isinstance(values, Mapping):
            raise TypeError(f"values must be a mapping of the fields, not {type(values).__name__}")
        out: list[str] = []
        for kind, name, modifiers in self._parts:
            if kind == "text":
                out.append(name)
                continue
            if name not in values:
                raise StyleError(f"no value for the field {{{name}}}", field=name)
            text = _apply(values[name], modifiers)
            if not text and out and out[-1].endswith(" "):
                out[-1] = out[-1][:-1]
            out.append(text)
        return "".join(out)

    def __repr__(self) -> str:
        return f"Template({self.source!r})"
