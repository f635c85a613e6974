"""Reference numbers: "No: 1446/03" in a letter's or a press release's header is no date.

A header such as "H. 15 Rabi' II 1446 | Na: 1446/03 | M. Ijumaa, 18 Oktoba 2024" puts its
reference number between the Hijri date and the Gregorian one. The number is made of digits,
slashes and dashes, and may carry an era's letter ("1446 H / 003"), so that without its label
it would read as a year or a numeric date of its own.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Final

from ..names.words import REFERENCE_LABELS
from .lexicon import DAYWORD, FILL_DM, GERA, GMONTH, HERA, HMONTH, WEEKDAY
from .normalize import fold
from .tokens import Unit, entry_of

__all__ = ["LABELS", "reference_end"]

# Folded, for a set's look-up (the name of the table's, which holds them as written).
LABELS: Final = frozenset(fold(label) for label, _ in REFERENCE_LABELS)
_MARKS: Final = frozenset(":.")  # after the label, glued: "Na:", "No.:"
_JOINS: Final = frozenset("/-")
# A reference's parts at most: "H 1446 / 003", "1445/15 H".
_MOST: Final = 8


def reference_end(units: Sequence[Unit], index: int) -> int | None:
    """Where the reference number labelled at ``index`` ends (the index after its last
    unit), or None when no label stands there or no number follows it.

    >>> from datelines._read.normalize import fold_with_offsets
    >>> from datelines._read.tokens import units
    >>> found = units(fold_with_offsets("Na: H 1446/03 | M.", 0, 18))
    >>> [unit.text for unit in found[: reference_end(found, 0)]]
    ['na', ':', 'h', '1446', '/', '03']
    """
    unit = units[index]
    if unit.kind == "sign" or unit.text not in LABELS:
        return None
    at = index + 1
    while at < len(units) and units[at].kind == "sign" and units[at].text in _MARKS and units[at].glued:
        at += 1
    if at == index + 1 or units[at - 1].text != ":":
        return None  # "na" (and, with) is a word of its own without its colon
    numbers = 0
    first = at
    while at < len(units) and at - first < _MOST:
        part = units[at]
        if part.kind == "num":
            if at > first and not _joined(units, at):
                break  # a number of its own after the reference: "No: 045/2025\n1 Ramadan …"
            if at + 1 < len(units) and _date_word(units[at + 1]):
                break  # the day of a date: "Ref: 10 Rabiul Akhir 1437", "Nr: 12 - 15 Ramadan"
            numbers += 1
        elif not (
            (part.kind == "sign" and part.text in _JOINS)
            or (len(part.text) <= 2 and (entry_of(part, HERA) or entry_of(part, GERA)))
        ):
            break
        at += 1
    while at > first and units[at - 1].kind == "sign":
        at -= 1  # a join left hanging belongs to what follows: "12 - 15 Ramadan"
    return at if numbers else None


def _joined(units: Sequence[Unit], at: int) -> bool:
    """Whether the number at ``at`` goes on the reference before it: glued to it, or after a
    slash or dash ("1446/03", "1447 / 05"), or after an era's letter ("H 1446")."""
    before = units[at - 1]
    return units[at].glued or (before.kind == "sign" and before.text in _JOINS) or before.kind == "lex"


def _date_word(unit: Unit) -> bool:
    return unit.kind == "lex" and any(
        entry_of(unit, kind) for kind in (HMONTH, GMONTH, DAYWORD, FILL_DM, WEEKDAY)
    )
