"""``parse``: one dateline → :class:`Dateline`.

The text is one dateline as a newsroom prints it, with perhaps a place before it
("Seoul,", "JAKARTA (MINA) –", "BERAKAS, Selasa,"), a weekday, and an agency after it
("(MINA)", ", SPA --").
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import replace
from functools import lru_cache
from typing import Final

from ..dateline import Dateline, DatePart
from ..errors import ParseError
from ..names.authorities import AGENCIES, BYLINES, NEWS_AGENCIES, OTHER_PLACES, PLACES_ELSEWHERE
from ..names.authorities import PLACES as PLACES_OF_AUTHORITIES
from ..names.words import (
    JAWI_LETTERS,
    NEW_STYLE_ERAS,
    NOT_PLACES,
    OLD_STYLE_ERAS,
    TIME_PREPOSITIONS,
    YEAR_ABBREVIATIONS,
    YEAR_WORDS_CUT_SHORT,
)
from ..names.words import WEEKDAYS as WEEKDAY_SPELLINGS
from .halves import BANGLA, GREGORIAN, THIRD, Half, find_halves, range_end, register_range_end
from .infer import with_inferred_years
from .lexicon import BERA, BMONTH, DAY_NOUNS, GERA, GMONTH, HERA, HMONTH, LEXICON, SERA, SMONTH, WEEKDAY
from .normalize import Folded, fold, fold_with_offsets, skeleton
from .pairs import (
    Pair,
    a_feast,
    fill_year,
    iter_languages,
    merge_halves,
    pair_halves,
    pair_unknown_month,
    weekday_near,
)
from .rumi import gregorian_beside, rumi_before, rumi_half
from .times import time_near
from .tokens import Unit, entry_of, units
from .triples import Line, solar_lines

__all__ = ["MAX_PARSE_LENGTH", "read_dateline", "read_datelines", "read_windows"]

# The longest real dateline we have seen is under 300 characters; parse() reads one
# dateline, and refuses an article (use extract() for running text).
MAX_PARSE_LENGTH: Final = 1000

# An agency after a dateline: in brackets ("(MINA)", "(واس)"), after a comma or dash in
# capitals (", SPA"), or a last word that does not begin in lower case (", Antara", " واس").
# A closing bracket of the dateline's own may come first: "… AH (January 20, 2016) (MINA)".
_AGENCY_AFTER: Final = re.compile(
    r"\s*\)?\s*(?:\(\s*([^\W\d_a-z][^\W\d_]*(?:[.&/\- ][^\W\d_]+){0,3}\.?)\s*\)"
    r"|[,\-–—]\s*([A-Z][A-Z.&]{1,10})\b"
    r"|(?:[,\-–—]\s*|\s+)([^\W\d_a-z][^\W\d_]{1,15})\s*$)"
)
# A letter or two after a space or a stop, at the end of a dateline: an abbreviation, whose
# stop follows it ("г. х", "2026 г", "1446 H").
_ABBREVIATION_END: Final = re.compile(r"(?:^|[\s.])[^\W\d_]{1,2}$")
# A word for "year" cut short, after the line's last year: Russian "г.", Kazakh "ж.", Bosnian
# "g." (its Hijri era "h. g.", hidžretske godine).
_YEAR_WORD_AFTER: Final = re.compile(
    rf"\s*(?:{'|'.join(map(re.escape, (*YEAR_ABBREVIATIONS, *YEAR_WORDS_CUT_SHORT)))})\.(?=\s|$)",
    re.IGNORECASE,
)
# A place before it: words without digits, then a separator; or, where the style sets the
# place off with a space alone (Arabic, Urdu, Persian), one to three words and nothing else.
_PLACE: Final = re.compile(
    r"^\s*([^\d,()–—:|]{1,40}?)\s*"
    # an agency in brackets: in capitals, or in Arabic letters if the tables know it ("کابل
    # (باختر): …", a trial: place and agency went unread)
    r"(?:\(\s*([A-Z][A-Za-z.&/\- ]{1,20}?|[\u0600-\u06ff][\u0600-\u06ff\u200c .]{0,20}?)\s*\))?"
    r"\s*[,–—:\-|]+\s*$"
)
# A place and an agency the tables know after it, a dash between: "تهران- ایرنا".
# A space after the dash, or a place the tables know before it: not a name's own hyphen
# ("Al-Mina", "Bir-Saba"; review 57), but "Tehran-IRNA-" (review 57b).
_AGENCY_SIGNED: Final = re.compile(r"(.+?)\s*[-–—](\s*)([^\W\d_][^\d\-–—]{0,20}?)")
# A French dateline's "le" after the comma, after a place the tables know ("Rabat, le 12 rabii I
# 1446 (16 septembre 2024)", a trial; not "Ainsi, le 1er Safar …").
_PLACE_LE: Final = re.compile(r"^\s*([^\d,()–—:|]{1,40}?)\s*,\s*[Ll]e\s+$")
_ARABIC_COMMA_END: Final = re.compile(r"،\s*$")
# Opening quotation marks before a dateline's place; a label of one word and its colon.
_OPENING_QUOTE: Final = re.compile(r"^\s*[\"“«‘„']+\s*")
_LABEL: Final = re.compile(r"^\s*[^\W\d]{3,12}\s?:\s+(?=[^\W\d][^\d:]{0,40},)")
_CLOSING_BRACKET: Final = re.compile(r"\s*\)")
_CLOSING_SQUARE_BRACKET: Final = re.compile(r"\s*\]")
_LAST_OLD_STYLE_YEAR: Final = 1923  # Greece's, the last to leave the Julian calendar
# An Old Style mark after a western date, set off by a comma or a bracket, or after the
# Russian "года" (of the year).
_OLD_STYLE_AFTER: Final = re.compile(
    r"[\s,(]*(?:(?:года|г\.)[\s,(]*)?("
    + "|".join(
        sorted(
            (re.escape(mark) + r"\.?" for mark, _ in (*OLD_STYLE_ERAS, *NEW_STYLE_ERAS)),
            key=len,
            reverse=True,
        )
    )
    # the mark closes its clause: not "old style Urdu calligraphy", "(O.S.A.)" (a review)
    + r")(?=\s*(?:\)|[,;:]|\.(?:\s|$)|$|[–—]|-\s))",
    re.IGNORECASE,
)


_OLD_STYLE_MARKS: Final = frozenset(
    "".join(m.casefold().replace(".", " ").split()) for m, _ in OLD_STYLE_ERAS
)


def _old_style_mark(mark: str) -> bool:
    """Whether a mark after a western date says Old Style (Julian), not New Style."""
    return "".join(mark.casefold().replace(".", " ").split()) in _OLD_STYLE_MARKS


def _arabic_comma_place(before: str) -> str:
    """``before`` a weekday, with an Arabic comma at its end read as a comma where what it
    ends may be a place (:func:`_may_be_arabic_place`: "الرياض، الثلاثاء، 2 رمضان …"). A
    clause before the comma is not taken ("قال محمد"، "به گزارش ایرنا"، "ملک میں نئے اسلامی
    سال کا آغاز ہوگیا، یکم محرم …")."""
    found = _ARABIC_COMMA_END.search(before)
    if found is None:
        return before
    head = before[: found.start()]
    return head + ", " if _may_be_arabic_place(head) else before


def _place_match(before: str) -> re.Match[str] | None:
    """:data:`_PLACE`'s match, but not with an agency in Arabic letters the tables do not know
    (words in brackets in a clause: "وقال (المصدر): …")."""
    match = _PLACE.match(before)
    if match is None or (agency := match.group(2)) is None or agency.isascii():
        return match
    return match if _known_key(agency) in _BRACKETED else None


def _may_be_arabic_place(head: str) -> bool:
    """Whether the words before a weekday and its Arabic comma may be a place: one word on
    the line, not a clause's first ("وأضاف", and he added) nor a day said as "today"
    (NOT_PLACES), a place of several words the tables know ("مكة المكرمة"), or a name in
    capitals ("Dar es Salaam")."""
    words = head.split()
    if not words or "\n" in head.strip() or "\u060c" in head:
        return False
    said = " ".join(words)
    if _known_key(said) in KNOWN_PLACES:
        return True
    if not any("\u0600" <= ch <= "\u06ff" for ch in said):  # a place in letters with capitals
        return _looks_like_a_place(said) and not _not_a_place(said)
    return len(words) == 1 and said[0] not in _CLAUSE_OPENERS and not _not_a_place(said)


# The places the authorities' tables name, casefolded: a name of several words before an
# Arabic comma is taken for a place only if it is one of them.
_MARKS: Final = str.maketrans("", "", "".join(map(chr, range(0x064B, 0x0660))) + "\u0670")


def _known_key(words: str) -> str:
    """A place's words as the tables are looked up: spaced once, case and Arabic marks aside
    ("عمّان" is the table's "عمان")."""
    return " ".join(words.split()).casefold().translate(_MARKS)


KNOWN_PLACES: Final = frozenset(
    _known_key(place)
    for place in (*(p for p, _ in PLACES_OF_AUTHORITIES), *OTHER_PLACES, *(p for p, _ in PLACES_ELSEWHERE))
)
# What may stand in brackets after a place set off by a space alone: an agency or a byline.
_BRACKETED: Final = frozenset(
    _known_key(name) for name in (*(a for a, _ in AGENCIES), *NEWS_AGENCIES, *BYLINES)
)
# The conjunctions glued to a clause's first word ("وأضاف", and he added; "فقال", so he said).
_CLAUSE_OPENERS: Final = frozenset("وف")


# A place set off by a space alone, its letters with their marks ("عمّان": a shadda is no
# letter to \w); an agency in brackets may follow it ("اسلام آباد (اے پی پی) 12 ربیع الاول …").
_LETTERS: Final = r"[^\W\d_](?:[^\W\d_]|[\u064b-\u065f\u0670])*"
_PLACE_BARE: Final = re.compile(
    rf"^\s*({_LETTERS}(?:[ \-]{_LETTERS}){{0,2}})(?:\s*\(\s*({_LETTERS}(?:[ .&/]+{_LETTERS}){{0,3}})\.?\s*\))?\s+$"
)
# A preposition of time after the place ("دبي في 1 شوال …", Dubai, on 1 Shawwal) is not the place's.
_PREPOSITIONS: Final = frozenset(fold(word) for word, _ in TIME_PREPOSITIONS)


def _part(text: str, folded: Folded, all_units: Sequence[Unit], half: Half) -> DatePart:
    start, end = folded.span(all_units[half.first].start, all_units[half.last].end)
    month_name = None
    if half.month_unit is not None:
        last = half.month_unit
        if half.month is None:  # a word the tables lack, of one to three words ("Rabiul Akir")
            while last < half.last and all_units[last + 1].kind != "num":
                last += 1
        month_name = text[slice(*folded.span(all_units[half.month_unit].start, all_units[last].end))]
    era = None
    if half.era_unit is not None:
        unit = all_units[half.era_unit]
        era = text[slice(*folded.span(unit.start, unit.end))]
    assert half.calendar is not None  # pairing has given every half its calendar
    year_end = None
    # (a Gregorian year's gloss only: a Gregorian year may span three Hijri ones; review 57b)
    if half.year is not None and half.month is None and half.day is None and half.calendar == GREGORIAN:
        # the year's unit: the half's last, or before its era ("1710-11 AD")
        at = half.last if half.era_unit is None else half.first
        year_end = range_end(all_units, at) if all_units[at].kind == "num" else None
        if year_end is not None:  # "1697-98": the span takes the range's end
            end = max(end, folded.span(all_units[at + 2].start, all_units[at + 2].end)[1])
    if year_end is None and half.year is not None and half.month is None and half.day is None:
        # a register's range of years in each calendar, its era first: "(H.1217-1225 / M.
        # 1802-1810)", read to its last year, which the checker compares too (trial 27)
        number = next((k for k in range(half.first, half.last + 1) if all_units[k].kind == "num"), None)
        if number is not None and (last_year := register_range_end(all_units, number)) is not None:
            year_end = last_year
            end = max(end, folded.span(all_units[number + 2].start, all_units[number + 2].end)[1])
    return DatePart(
        half.calendar, half.year, half.month, half.day, text[start:end], (start, end), month_name, era,
        half.ambiguous_order, boundary=half.boundary, year_end=year_end,
    )  # fmt: skip


def _dateline(
    text: str,
    folded: Folded,
    all_units: Sequence[Unit],
    halves: Sequence[Half],
    line: Pair | Line,
    *,
    with_place: bool = False,
    jawi: list[bool] | None = None,
) -> Dateline:
    if isinstance(line, Line):
        solar, pair = line.solar, line.pair
        if pair is None:  # a Solar Hijri half and one other: the helpers below take a pair
            assert solar is not None
            assert line.other is not None
            pair = Pair(solar, line.other, line.first, line.last)
        else:
            pair = Pair(pair.hijri, pair.gregorian, line.first, line.last)
    else:
        solar, pair = None, line
    start, end = folded.span(all_units[pair.first].start, all_units[pair.last].end)
    # an Ottoman line's Rumi date before its pair: "15 Mart 1325 Rumi / 24 Mart 1909 Miladi / 2
    # Rebiülevvel 1327" (its year some 584 before the Gregorian one's: no half of the pair)
    rumi_first = (
        None
        if pair.gregorian.calendar != GREGORIAN
        else rumi_before(all_units, halves, pair.gregorian, min(pair.hijri.first, pair.gregorian.first))
    )
    if rumi_first is not None:
        start = folded.span(all_units[rumi_first.first].start, all_units[rumi_first.last].end)[0]
    weekday = weekday_text = None
    at = weekday_near(
        all_units, pair, [h for h in halves if h != solar], folded
    )  # the solar half is the line's own
    if at is not None:
        unit = all_units[at]
        entry = entry_of(unit, WEEKDAY)
        assert entry is not None
        weekday = entry.value
        weekday_text = text[slice(*folded.span(unit.start, unit.end))]
    time = time_near(text, folded, all_units, pair)
    said = [w for w in (weekday_text, time.text if time is not None else None) if w]
    if with_place:
        dates_start = start
        place, agency, start, end = _place_and_agency(text, start, end, said)
        if (
            place is not None
            and _years_only(pair)
            and not _PLACE_SET_OFF.search(text, start + len(place), dates_start)
        ):
            # a word before years alone, set off by a space: a sentence's ("Dated AH 1200 (AD
            # 1786)", "Kitob 1271-hijriy, 1855 milodiy": a review), not a dateline's place
            place, start = None, dates_start
    else:  # in running text, a place only at the start of a line, and the span stays the dates'
        place, agency = _line_place_and_agency(text, start, end, said)
        end = _closing_bracket(text, start, end)
        start = _opening_bracket(text, start, end)
    parts = {
        part.calendar: part
        for half in (pair.hijri, pair.gregorian, solar)
        if half is not None
        for part in (_part(text, folded, all_units, half),)
    }
    hijri, gregorian = parts.get("hijri"), parts.get("gregorian")
    if (reach := max(part.span[1] for part in parts.values())) > end:
        end = _closing_bracket(text, start, reach)  # a range's end year: "AH 1109 (1697-98)"
    if hijri is not None and gregorian is not None:
        hijri, gregorian = with_inferred_years(hijri, gregorian)
    if (
        gregorian is not None
        and gregorian.era is None
        and (gregorian.year is None or gregorian.year <= _LAST_OLD_STYLE_YEAR)
        and (old := _OLD_STYLE_AFTER.match(text, gregorian.span[1]))
    ):
        # "6 July 1828 (old style)", "6 июля 1828 года по старому стилю": a mark of the Julian
        # calendar set off after the date, which the checker reads it by (a review)
        mark = old.group(1)
        gregorian = replace(gregorian, era=mark, calendar="julian" if _old_style_mark(mark) else "gregorian")
    rumi = None
    if gregorian is not None:
        gregorian = rumi_half(hijri, gregorian, pair.hijri.languages)
        western = pair.gregorian if pair.gregorian.calendar == GREGORIAN else pair.hijri
        if gregorian.calendar == "rumi" and (
            third := gregorian_beside(all_units, halves, western, pair.last)
        ):
            # an Ottoman masthead's third date, the Gregorian one: the line's western half,
            # the Rumi date beside it
            rumi, gregorian = gregorian, _part(text, folded, all_units, third)
            end = max(end, folded.span(all_units[third.first].start, all_units[third.last].end)[1])
            end = _closing_bracket(text, start, end)  # "… / 3 Mayıs 1336 (3 Mayıs 1920)"
        elif rumi_first is not None and gregorian.calendar == "gregorian":
            rumi = replace(_part(text, folded, all_units, rumi_first), calendar="rumi")
    return Dateline(
        hijri=hijri,
        gregorian=gregorian,
        text=text[start:end],
        span=(start, end),
        weekday=weekday,
        weekday_text=weekday_text,
        place=place,
        agency=agency,
        languages=_languages(all_units, pair, solar, [] if jawi is None else jawi),
        time=time,
        solar_hijri=parts.get("solar_hijri"),
        bangla=parts.get("bangla"),
        rumi=rumi,
    )


def _languages(
    all_units: Sequence[Unit], pair: Pair, solar: Half | None, jawi_text: list[bool]
) -> tuple[str, ...]:
    """The languages of the line's names, those of a Solar Hijri half's month first (only
    Iran and Afghanistan keep that calendar, and their month names tell them apart: "جوزا" is
    Afghan, a trial's Kabul line credited to Pakistan's calendar), then a language that alone
    writes one of them: "یکم رمضان المبارک 1446 ہجری 2 مارچ 2025" is Urdu ("ہجری", "مارچ"),
    though Arabic and Persian write "رمضان المبارک" too (a trial: the checker, asking the
    calendars of the languages' countries first, named Iran's for a Pakistani line).
    ``jawi_text``: whether the units have a letter of Jawi's, once asked (kept for the
    window's other lines: a page of dates asked it of every unit for each line)."""
    solar_languages = solar.languages if solar is not None else ()
    found = tuple(dict.fromkeys((*iter_languages(all_units, pair), *solar_languages)))
    if not jawi_text:  # (asked once a window: the cheaper test, and seldom true)
        jawi_text.append(any(_JAWI_LETTER.search(unit.text) for unit in all_units if unit.kind != "num"))
    jawi = jawi_text[0] and any(
        "ms" in LEXICON.languages.get(skeleton(unit.text), ())
        for unit in all_units[pair.first : pair.last + 1]
    )
    if len(found) < 2 and not jawi:
        return found
    alone: list[str] = []
    for unit in all_units[pair.first : pair.last + 1]:
        # names and eras only: the tables give connectors and day words fewer languages
        # than write them ("مطابق" is Persian's too; a review)
        if unit.kind == "lex" and any(entry.kind in _TELLING for entry in unit.entries):
            # (a regional variant only where the line has it: "مارچ" is Urdu's and Dari's
            # ("fa-AF"), and a line of no Dari word is Urdu's by it)
            written = {
                language
                for language in LEXICON.languages.get(skeleton(unit.text), frozenset())
                if "-" not in language or language in found
            }
            if len(written) == 1:
                alone.extend(language for language in written if language in found)
    if jawi:
        # Jawi: a letter of its own in the line, and a name Malay writes ("ڤوترجاي، ١ محرم
        # ١٤٤٧ه / ٢٧ جون ٢٠٢٥" is Malay's, though Urdu writes "جون" too: trial 28's line
        # was credited to Pakistan's calendar)
        alone.insert(0, "ms")
    return tuple(dict.fromkeys((*solar_languages, *alone, *found)))


# Jawi's own letters, and pa (ڤ), which Maghrebi Arabic writes too: enough to put Malay first
# among a line's languages, which only orders the calendars a note names.
_JAWI_LETTER: Final = re.compile("[" + JAWI_LETTERS + "\u06a4]")


_TELLING: Final = frozenset({HMONTH, GMONTH, SMONTH, BMONTH, HERA, GERA, SERA, BERA})


def read_datelines(text: str, start: int = 0, end: int | None = None) -> list[Dateline]:
    """Every dual dateline in ``text[start:end]``, spans relative to ``text``."""
    return read_windows([(text, start, len(text) if end is None else end)])[0]


def read_windows(windows: Sequence[tuple[str, int, int]]) -> list[list[Dateline]]:
    """:func:`read_datelines` of each window (a text, and where in it the window starts and
    ends), read a step at a time over all of them (folding, units, halves, pairs, datelines)
    rather than a window at a time: each step's code and tables then stay in the
    processor's caches (an archive's windows: about a fifth less time compiled, a tenth in
    Python)."""
    folded = [fold_with_offsets(text, start, end) for text, start, end in windows]
    all_units = [units(one) for one in folded]
    halves = [find_halves(one) for one in all_units]
    pairs = [
        pair_halves(one, [h for h in found if h.calendar not in THIRD], its_folded)
        for one, found, its_folded in zip(all_units, halves, folded, strict=True)
    ]
    return [
        [
            _dateline(window[0], one, its_units, found, line, jawi=jawi)
            for line in solar_lines(its_units, found, its_pairs)
        ]
        for window, one, its_units, found, its_pairs, jawi in zip(
            windows, folded, all_units, halves, pairs, [[] for _ in windows], strict=True
        )
    ]


def read_dateline(text: str) -> Dateline:
    """The one dateline of ``text`` (:func:`datelines._read.api.parse` checks it first)."""
    folded = fold_with_offsets(text)
    all_units = units(folded)
    halves = find_halves(all_units)
    pairs = pair_halves(all_units, [h for h in halves if h.calendar not in THIRD], folded)
    lines = solar_lines(all_units, halves, pairs)
    if lines:
        return _dateline(text, folded, all_units, halves, _dated_line(lines, all_units), with_place=True)
    merged = merge_halves(all_units, list(halves))
    # A month with only the Gregorian year it is said in ("Ramadan 2026", "رمضان 2025") names
    # no day of either calendar: a date alone only where it pairs.
    single = [
        h for h in merged
        if h.calendar is not None and (h.month is not None or h.year_only)
        and not (h.loose_year is not None and h.day is None and h.year is None)
    ]  # fmt: skip
    if len(single) == 1 and (suspect := pair_unknown_month(all_units, merged, single[0])) is not None:
        return _dateline(text, folded, all_units, halves, suspect, with_place=True)
    whole = [h for h in single if not h.year_only]
    if (
        len(single) == 2
        and len(whole) == 1
        and len({h.calendar for h in single}) == 2
        and (suspect := pair_unknown_month(all_units, merged, whole[0], alike=True)) is not None
    ):
        # a whole date and a year of the other calendar with a day and an unknown month
        # before it ("15 September 2024 / 12 Foo 1446 AH"): the year alone kept the two apart,
        # and the line passed as one half (a trial)
        return _dateline(text, folded, all_units, halves, suspect, with_place=True)
    if (
        len(single) > 1
        and any(h.calendar == BANGLA for h in single)
        and any(h.calendar != BANGLA for h in single)
    ):
        # A Bengali date that did not join the other date beside it ("১৪২৬ বঙ্গাব্দে ... ১৬
        # অক্টোবর, ২০১৯ তারিখে"): the sentence's date is the other one.
        single = [h for h in single if h.calendar != BANGLA]
    if len(single) > 1 and len({h.calendar for h in single}) == 1 and single[0].calendar in THIRD:
        # A Solar Hijri date said twice ("۱۲ تیر ۱۴۰۴ به روز شده در: ۱۲ تیر ۱۴۰۴"): the most complete.
        single = [max(single, key=lambda h: (h.filled, -h.first))]
    lunar = [h for h in single if h.calendar == "hijri"]
    if len(single) > 1 and lunar:
        # A Hijri date in a sentence that also gives Gregorian dates of other things ("the
        # crescent of Shawwal 1446 was sighted; Eid is on Sunday, March 30"): the Hijri
        # date alone, the most complete of them (the first, of equals), a day taking the year
        # its month was named with ("هلال شهر رمضان المبارك لعام 1446 هجري، … أول أيام الشهر
        # الفضيل": the first day of the virtuous month, 1 Ramadan 1446).
        lunar = [fill_year(all_units, merged, h) for h in lunar]
        single = [max(lunar, key=lambda h: (h.filled, -h.first))]
    if len(single) == 1:
        part = _part(text, folded, all_units, single[0])
        place, agency, start, end = _place_and_agency(text, *part.span, ())
        return Dateline(
            hijri=part if part.calendar == "hijri" else None,
            gregorian=part if part.calendar == "gregorian" else None,
            text=text[start:end],
            span=(start, end),
            place=place,
            agency=agency,
            solar_hijri=part if part.calendar == "solar_hijri" else None,
            bangla=part if part.calendar == "bangla" else None,
        )
    if not any(not h.bare for h in halves):
        raise ParseError(
            f"no date found in {text[:60]!r}: expected a date such as '10 Rabiul Akhir 1437' or '20 January 2016'",
            text=text,
            position=0,
            expected="a Hijri or Gregorian date",
        )
    first = halves[0]
    position = folded.span(all_units[first.first].start, all_units[first.last].end)[0]
    raise ParseError(
        f"the dates in {text[:60]!r} do not make one dateline: expected a Hijri date and a Gregorian date "
        "next to each other",
        text=text,
        position=position,
        expected="a Hijri date beside a Gregorian date",
    )


def _dated_line(lines: Sequence[Line], units: Sequence[Unit]) -> Line:
    """The first of ``lines``, or, when it names no day and a later one pairs two days, the
    first that does: "هلال شهر شوال لهذا العام 1446هـ/2025م ستكون في يوم غدٍ السبت، الموافق لـ 29 من
    شهر رمضان المبارك 1446هـ، والذي يتزامن مع 29 مارس 2025م" (a month and this year's pair, then
    the day's)."""
    if all(h.day is None for h in lines[0].halves):
        for line in lines[1:]:
            if (
                line.pair is not None
                and line.pair.hijri.day is not None
                and line.pair.gregorian.day is not None
            ):
                return line
    first = lines[0].pair
    if first is not None and first.hijri.year is None and a_feast(units, first.hijri):
        # A feast by its name without its year, then a Hijri day the text states: the stated
        # day's dateline ("… عید الاضحی 17 جون کو منائی جانی چاہئے … ذوالحجہ 1445 کا مہینہ08جون2024
        # سے شروع ہوگا", Eid al-Adha on 17 June, then Dhu al-Hijjah 1445 from 8 June 2024)
        for line in lines[1:]:
            if (
                line.pair is not None
                and line.pair.gregorian.day is not None
                and not a_feast(units, line.pair.hijri)
            ):
                return line
    return lines[0]


def _years_only(pair: Pair) -> bool:
    """Whether each half of the pair is a year alone."""
    return all(half is None or half.month is None for half in (pair.hijri, pair.gregorian))


# What sets a place off from its date: a comma, a colon, a dash, a bar or a bracket.
_PLACE_SET_OFF: Final = re.compile(r"[,،:–—|(\-]")


def _place_and_agency(
    text: str, start: int, end: int, said: Sequence[str]
) -> tuple[str | None, str | None, int, int]:
    """The place before a dateline and the agency after it, and the span widened to them.
    ``said``: the weekday and time of day as written, which may stand between the place
    and the date ("Jakarta, Minggu malam, …") and are not the place."""
    place = agency = None
    before = text[:start]
    cutting = True
    arabic = False  # an Arabic comma after a weekday cut off (see _arabic_comma_place)
    while cutting:
        cutting = False
        for words in said:
            cut = before.rfind(words)
            if cut >= 0 and not before[cut + len(words) :].strip(" ,،|-–—:"):
                arabic = arabic or "،" in before[cut + len(words) :]
                before, cutting = before[:cut], True
                before = _arabic_comma_place(before)
    if (comma := _ARABIC_COMMA_END.search(before)) and _known_key(before[: comma.start()]) in KNOWN_PLACES:
        # "الرياض، 1 شوال 1446 هـ …", "کراچی، 10 ربیع الثانی …": a place the tables know and
        # its comma straight before the date (a trial: the place, and its authority, had gone
        # unread); other words there end a clause as often as they name a place
        before = before[: comma.start()] + ", "
    if (
        arabic
        and before.strip()
        and not _ARABIC_COMMA_END.search(before)
        and not _may_be_arabic_place(before.rstrip().rstrip(","))
    ):
        before = ""  # "کل بروز منگل، …" (tomorrow, on Tuesday): words before the weekday, no place
    new_start = start
    opened = before.rstrip()
    said = text[start:end]
    closed = said.count(")") > said.count("(") or (
        said.count(")") == said.count("(") and _CLOSING_BRACKET.match(text, end) is not None
    )
    if opened.endswith("(") and closed:
        # "Riyadh (1 Ramadan 1446 / 1 March 2025) – SPA": the dateline in brackets, its place before
        new_start = len(opened) - 1
        before = text[:new_start]
    # A quoted line (a CSV cell, a quotation) before a place and its comma, or a label before
    # a place the tables know: "\"Rabat, 3 Joumada I 1447 …\"", "« Rabat, le 3 …", "Dépêche :
    # Rabat, 3 …" (a trial: the place, and the authority it points to, had gone unread);
    # blanked, the offsets kept. (Not before a bare word: "“Tanggal 1 Ramadan …" is a
    # quotation's first word; nor a label's other words: "Penulis: Riyadh Hamdan, 1 Ramadan
    # …" is a byline, a review.)
    unquoted = before
    if quote := _OPENING_QUOTE.match(before):
        unquoted = " " * quote.end() + before[quote.end() :]
    elif (label := _LABEL.match(before)) and (
        (placed := _place_match(unlabelled := " " * label.end() + before[label.end() :])) is not None
        and _known_key(placed.group(1)) in KNOWN_PLACES
    ):
        unquoted = unlabelled
    if before.strip():
        if (le := _PLACE_LE.match(unquoted)) and _known_key(le.group(1)) in KNOWN_PLACES:
            place, new_start = le.group(1).strip(), min(start, le.start(1))
        elif match := _place_match(unquoted):
            place = match.group(1).strip() or None
            agency = match.group(2)
            if (
                place is not None
                and agency is None
                and (signed := _AGENCY_SIGNED.fullmatch(place))
                and (signed.group(2) or _known_key(signed.group(1)) in KNOWN_PLACES)
                and _signs_as_agency(signed.group(3))
            ):
                # "تهران- ایرنا- …", "Tehran - IRNA - …": Iran's agencies sign after the place,
                # before the date, a dash after each (a trial: read as one place)
                place, agency = signed.group(1), signed.group(3)
            if place is not None and (
                _not_a_place(place)
                or _a_weekday(place)
                # a range's first month before a dash, a feast's name before a colon ("Eid
                # ul-Fitr: 1 Shawwal 1445"); before a comma a month's name may be a place's
                or (_a_month(place) and before.rstrip().endswith(("-", "–", "—", ":")))
            ):
                # "Today, 1 Ramadan 1446 …", "Alhamdulillah, 1 Syawal …"; "Friday, June
                # 14-18, 2024 (…)", a range's first day's weekday, no place; "Muharram -
                # Safar 1446", a range's first month
                place = None
            if place is not None or agency is not None:
                new_start = min(start, match.start(1))
        elif (
            (bare := _PLACE_BARE.match(before))
            and not bare.group(1)[0].islower()  # "in 61 AH (680 CE)": a word of the sentence
            and not _is_date_word(bare.group(1))
            and not _not_a_place(bare.group(1))
        ):
            bracketed = bare.group(2)
            if bracketed is None or _an_agency(bracketed):
                place = _bare_place(bare.group(1), bracketed is not None)
                agency = None if place is None else bracketed
            elif _known_key(bare.group(1)) in KNOWN_PLACES:
                # a place the tables know, with words in brackets that may be no agency: the
                # place stands ("لاہور (مانیٹرنگ ڈیسک)"; a review)
                place = bare.group(1)
            if place is not None:
                new_start = min(start, bare.start(1))
    # past the stop of an abbreviation that ends the line ("… 1448 г. х. (Умма)", "… 2026 г.
    # MINA": Russian's era and year word end with one; the round-trip law, for Russian lines)
    stop = end + 1 if text[end : end + 1] == "." and _ABBREVIATION_END.search(text, 0, end) else end
    if year_word := _YEAR_WORD_AFTER.match(text, stop):
        stop = year_word.end()  # "… 1 августа 1924 г. MINA": the year's "г." is the line's
    after = _AGENCY_AFTER.match(text, stop)
    if after is None and text[stop : stop + 1] == "." and text[stop - 1 : stop].isdigit():
        # a year's ordinal stop, then an agency the tables know in brackets: "… 30. marta 2025.
        # (MINA)" (not "… 2024. (Photo)", a sentence's end and a caption's word: review 57b)
        after = _AGENCY_AFTER.match(text, stop + 1)
        known = after is not None and after.group(1) is not None and _signs_as_agency(after.group(1))
        after = after if known else None
    if after and agency is None:
        found = after.group(1) or after.group(2) or after.group(3)
        # nor a noun of the date: "… د لیندۍ ۱۵مه نېټه" (the 15th date of Lindai: a trial)
        if (
            not _is_date_word(found)
            and fold(found) not in DAY_NOUNS
            and not _OLD_STYLE_AFTER.fullmatch(found)
        ):
            agency = found
            end = after.end() if after.group(3) is None else after.end(3)
    return place, agency, new_start, _closing_bracket(text, new_start, end)


def _closing_bracket(text: str, start: int, end: int) -> int:
    """The end of a dateline's span, past the bracket it opened: "61 AH (680 CE)", "11 جمادى
    الثانية 1447 (2 دجنبر 2025)" (a trial: extract quoted it cut in half)."""
    said = text[start:end]
    # (matched where it stands: a copy of the rest of an archive's text for each of its
    # datelines made extract quadratic, Turkish at half speed: the benchmark)
    if said.count("(") > said.count(")") and (closing := _CLOSING_BRACKET.match(text, end)):
        return closing.end()
    if said.count("[") > said.count("]") and (closing := _CLOSING_SQUARE_BRACKET.match(text, end)):
        return closing.end()  # "H.1334 [M.1916]" (held-out set 29)
    return end


def _opening_bracket(text: str, start: int, end: int) -> int:
    """The start of a dateline's span, before the bracket it closed: "(10/4/2024) bertepatan
    1 Syawal 1445 H" (a trial: the span began inside the bracket and ended past its close)."""
    said = text[start:end]
    if said.count(")") > said.count("(") and start > 0 and text[start - 1] == "(":
        return start - 1
    return start


def _line_place_and_agency(
    text: str, start: int, end: int, said: Sequence[str]
) -> tuple[str | None, str | None]:
    """The place and agency of a dateline that begins its line in a longer text (an
    archive's record, a story): what :func:`parse` would find in that line alone."""
    reach = max(0, start - _LINE_REACH)
    line_start = text.rfind("\n", reach, start) + 1
    if line_start == 0 and reach > 0:
        return None, None  # far from the line's start: running text, not a dateline's place
    if sentence := _SENTENCE_END.search(text, line_start, start):  # "… kata dia. Jakarta, …"
        line_start = sentence.end()
    line_end = text.find("\n", end, end + _LINE_REACH)
    line = text[line_start : line_end if line_end >= 0 else min(len(text), end + _LINE_REACH)]
    place, agency, _, _ = _place_and_agency(line, start - line_start, end - line_start, said)
    if place is not None and not _looks_like_a_place(place):
        place = None  # "Officials said in Karachi, 1 Shawwal …": words of a sentence
    return place, agency


def _bare_place(words: str, agency: bool) -> str | None:
    """The place in words set off from the date by a space alone, or None. A preposition of
    time after it is not the place's ("دبي في 1 شوال …", Dubai, on 1 Shawwal). Several words
    in the Arabic script are a clause's more often than a place's ("أعلنت المحكمة في 28
    فبراير", the court announced on; "حکومتِ افغانستان نے", Afghanistan's government has):
    only a place the tables know, or one an agency in brackets follows ("اسلام آباد (اے پی
    پی)")."""
    said = words.split()
    if len(said) > 1 and fold(said[-1]) in _PREPOSITIONS:
        said = said[:-1]
    place = " ".join(said)
    if any("\u0600" <= ch <= "\u06ff" for ch in place):
        if len(said) > 1 and not agency:
            return place if _known_key(place) in KNOWN_PLACES else None
        if len(said) == 1 and place.endswith(("\u064b", "\u064bا", "ا\u064b")):
            return None  # an adverb with its tanween: "رسمياً" (officially), "فلكياً" (astronomically)
        if len(said) == 1 and not agency and _known_key(place) not in KNOWN_PLACES:
            # one word the tables do not know, set off by a space alone, is a clause's first
            # more often than a place: "وذلك" (and that), "حل" (came), "وصل" (arrived; a review)
            return None
    elif len(said) > 1 and not _looks_like_a_place(place):
        return None  # "Authorities declared Friday, 21 April 2023 …": words of a sentence
    return place


def _signs_as_agency(words: str) -> bool:
    """Whether words after a place and a dash are an agency the tables know, as it signs:
    in Latin letters in its own case ("IRNA", not "Mina", the valley by Mecca; review 57)."""
    if words.isascii():
        return words in _AGENCIES_AS_WRITTEN or (words.isupper() and words in _AGENCIES_IN_CAPITALS)
    return _known_key(words) in _BRACKETED


_AGENCIES_AS_WRITTEN: Final = frozenset((*(a for a, _ in AGENCIES), *NEWS_AGENCIES))
_AGENCIES_IN_CAPITALS: Final = frozenset(a.upper() for a in _AGENCIES_AS_WRITTEN if a.isascii())  # "PETRA"


def _an_agency(words: str) -> bool:
    """Whether words in brackets after a place may be its agency: one the tables know, a
    byline ("نامہ نگار"), an abbreviation spelled letter by letter ("اے پی پی", "أ ش أ") or in
    capitals ("SPA"); not a weekday or a day said as "tomorrow" ("أعلنت الوزارة (الأحد)",
    "صلاة العيد (غداً)": a review)."""
    key = _known_key(words)
    if key in _BRACKETED or key.split()[0] in _BRACKETED:  # "نمائندہ جنگ": a byline and its paper
        return True
    if _is_date_word(words) or _not_a_place(words):
        return False
    parts = words.replace(".", " ").split()
    if all(len(part) <= 2 for part in parts):  # spelled letter by letter: "اے پی پی", "أ ش أ"
        return True
    # in a script with capitals, a name: "SPA", "Daily Mirror", "РИА Дагестан"
    return len(parts) <= 4 and all(part[0].isupper() for part in parts if part[0].isalpha())


def _looks_like_a_place(words: str) -> bool:
    """A place name as datelines print it: up to four words, each capitalised (or in a
    script without capitals), but for the particles of names ("Bandar Seri Begawan",
    "KUALA LUMPUR", "Dar es Salaam", "الرياض")."""
    parts = words.split()
    return len(parts) <= 4 and all(
        not part[0].islower() or part in _PARTICLES for part in parts if part[0].isalpha()
    )


_PARTICLES: Final = frozenset({"al", "el", "es", "de", "di", "da", "bin", "ibn", "la", "le", "du", "of"})


_LINE_REACH: Final = 200
# The last sentence end before a dateline in running text; what follows it may be a place.
_SENTENCE_END: Final = re.compile(r"[.!?؟۔]\s+(?!.*[.!?؟۔]\s)", re.DOTALL)


@lru_cache(maxsize=4096)
def _a_weekday(words: str) -> bool:
    """Whether the words are a weekday's name (or a range of two: "Saturday-Monday").
    Cached, as :func:`_is_date_word` is; most places are ASCII and no weekday's spelling,
    which a look-up of their lower case tells without folding."""
    from .normalize import skeleton

    parts = [part for part in _PARTS.split(words) if part]
    if not parts or len(parts) > 2:
        return False
    if words.isascii() and not all(part.casefold() in _WEEKDAYS_ASCII for part in parts):
        return False
    return all(any(e.kind == WEEKDAY for e in LEXICON.entries.get(skeleton(part), ())) for part in parts)


_PARTS: Final = re.compile(r"[\s\-–]+")
# The weekdays' ASCII spellings, folded (as the tables key them) and in lower case.
_WEEKDAYS_ASCII: Final = frozenset(
    key for key, found in LEXICON.entries.items() if key.isascii() and any(e.kind == WEEKDAY for e in found)
) | frozenset(spelling.casefold() for spelling, _, _ in WEEKDAY_SPELLINGS if spelling.isascii())


def _not_a_place(words: str) -> bool:
    """Whether words before a dateline's comma are a day said as "today", a greeting or a
    praise (:data:`datelines.names.words.NOT_PLACES`), not its place."""
    said = " ".join(words.split())
    if said.isascii() and said.casefold() not in _NOT_PLACES_ASCII:
        return False  # most places ("Seoul"): folding costs more than the look-up
    return fold(said) in _NOT_PLACES


_NOT_PLACES: Final = frozenset(fold(word) for word, _ in NOT_PLACES)
# ASCII spellings that fold to one of them, by case alone ("Today", "TOMORROW", "Besok").
_NOT_PLACES_ASCII: Final = frozenset(word.casefold() for word, _ in NOT_PLACES if word.isascii()) | frozenset(
    word for word in _NOT_PLACES if word.isascii()
)


_MONTH_KINDS: Final = frozenset({HMONTH, GMONTH, SMONTH, BMONTH})


def _a_month(words: str) -> bool:
    """Whether the words are a month's name: a range's first month before a dash ("Muharram -
    Safar 1446 / July - August 2024"), no place."""
    from .normalize import skeleton

    return any(entry.kind in _MONTH_KINDS for entry in LEXICON.entries.get(skeleton(words), ()))


@lru_cache(maxsize=4096)
def _is_date_word(words: str) -> bool:
    """Whether any word is one of the tables' (a weekday, a month, an era mark): then it is
    part of the date, not a place or an agency. Cached: an archive names the same few places
    and agencies on line after line, and folding costs."""
    from .normalize import skeleton

    entries = LEXICON.entries
    return any(
        skeleton(word) in entries
        # a word of hyphened date words: "(Ahad-Selasa)", a range of weekdays, is no agency
        # ("(Reuters-AP)" is one: "AP" alone is an era mark); with a slash, a weekday or a
        # month on either side tells ("(Saturday/Sunday night)", "(Rabiul Akhir/Jumadil
        # Awal)": review 61)
        or ("-" in word and all(skeleton(part) in entries for part in word.split("-") if part))
        for word in words.split()
    ) or ("/" in words and any(_a_day_or_month(part) for part in words.split("/")))


def _a_day_or_month(words: str) -> bool:
    """Whether words are a weekday's or a month's name (a multi-word one whole: "Rabiul
    Akhir"), not an era's ("AP" of "(AFP/AP)" is an agency)."""
    from .normalize import skeleton

    found = LEXICON.entries.get(skeleton(words))
    return found is not None and any(entry.kind in (WEEKDAY, HMONTH, GMONTH) for entry in found)
