"""A fast path for the commonest shape of dateline, held equal to the general reader.

CMS-stamped datelines are regular: "Seoul, 10 Rabiul Akhir 1437/20 January 2016 (MINA)".
One regular expression over the folded text reads that shape (day, month name, year and
era mark on each side, either calendar first, "/" or "|" between, an optional place and
agency); the names are looked up in the same lexicon as everywhere else. Anything else,
and anything this path cannot be sure the general reader would read the same way (a
weekday or month in the place, a lower-case agency), goes to the general reader. Tests hold
the two equal on every input this path accepts.
"""

from __future__ import annotations

import re

from ..dateline import Dateline, DatePart
from .halves import HIJRI_YEAR_LIMIT
from .lexicon import GERA, GMONTH, HERA, HMONTH, LEXICON, Entry
from .normalize import FOLD_TABLE, VANISHED, join_words
from .times import EVENING

__all__ = ["parse_simple"]

_NAME = r"[^\W\d_](?:[^\W\d_\-]|[\-.\x7f ](?=[^\W\d_]))*"
_HALF = rf"(\d{{1,2}}) ({_NAME}) (\d{{4}})(?: ([^\W\d_]{{1,7}}))?"
# Groups: 1 place; 2-5 and 7-10 day, month, year, era of each half; 6 separator; 11 agency.
_SIMPLE = re.compile(
    rf"(?:([^\W\d_][^\d,()|/:\-]{{0,38}}?), )?{_HALF} ?([/|]) ?{_HALF}(?: \(([a-z]{{2,10}})\))?"
)


def _entry(name: str) -> Entry | None:
    parts = name.replace(VANISHED, "").replace("-", " ").replace(".", " ").split()
    found = LEXICON.entries.get(join_words(parts))
    return found[0] if found is not None and len(found) == 1 else None


def parse_simple(text: str) -> Dateline | None:
    """The dateline, when ``text`` is exactly the common shape; None otherwise."""
    folded = text.translate(FOLD_TABLE)
    if len(folded) != len(text):
        return None
    match = _SIMPLE.fullmatch(folded)
    if match is None:
        return None
    regs = match.regs
    first = _half(text, folded, regs, 2)
    second = _half(text, folded, regs, 7)
    if first is None or second is None or first[0].calendar == second[0].calendar:
        return None
    place = agency = None
    if regs[1][0] >= 0:
        place = text[regs[1][0] : regs[1][1]]
        words = folded[regs[1][0] : regs[1][1]].replace(VANISHED, "").replace("-", " ").split()
        if (
            any(word in LEXICON.entries or word in EVENING for word in words)
            or join_words(words) in LEXICON.entries
        ):
            return None  # "Monday, …", "Ramadan, …", "Tonight, …": the general reader decides
    if regs[11][0] >= 0:
        agency = text[regs[11][0] : regs[11][1]]
        if not agency[0].isupper():
            return None
    (hijri, hijri_languages), (gregorian, gregorian_languages) = (
        (first, second) if first[0].calendar == "hijri" else (second, first)
    )
    start = 0 if place else regs[2][0]
    end = len(text) if agency else max(hijri.span[1], gregorian.span[1])
    languages = tuple(dict.fromkeys(hijri_languages + gregorian_languages))
    return Dateline(hijri, gregorian, text[start:end], (start, end), None, None, place, agency, languages)


def _half(
    text: str, folded: str, regs: tuple[tuple[int, int], ...], at: int
) -> tuple[DatePart, tuple[str, ...]] | None:
    """The half whose day, month, year and era are groups ``at`` … ``at + 3``."""
    month = _entry(folded[regs[at + 1][0] : regs[at + 1][1]])
    if month is None or month.kind not in (HMONTH, GMONTH):
        return None
    hijri = month.kind == HMONTH
    year = int(folded[regs[at + 2][0] : regs[at + 2][1]])
    era_lo, era_hi = regs[at + 3]
    era = None
    if era_lo >= 0:
        era = _entry(folded[era_lo:era_hi])
        if era is None or era.kind != (HERA if hijri else GERA):
            return None
    elif hijri and year > HIJRI_YEAR_LIMIT:
        return None  # "1 Ramadan 2023": the general reader drops such a year
    lo, hi = regs[at][0], era_hi if era else regs[at + 2][1]
    part = DatePart(
        "hijri" if hijri else "gregorian",
        year,
        month.value,
        int(folded[regs[at][0] : regs[at][1]]),
        text[lo:hi],
        (lo, hi),
        text[regs[at + 1][0] : regs[at + 1][1]],
        text[era_lo:era_hi] if era else None,
    )
    languages = tuple(e.language for e in (month, era) if e is not None and e.language != "und")
    return part, languages
