"""Halves → datelines: the second part of the reader's grammar.

Halves of opposite calendars that stand next to each other, with nothing but separators,
connectors ("bertepatan dengan", "الموافق"), weekdays or a few short words between them,
make a dateline; a year said apart from its month joins it first ("Ramadan 1445/2024
begins tomorrow, 11 March 2024").
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Callable, Iterable, Iterator, Sequence
from datetime import date, timedelta
from typing import Final, NamedTuple

from ..dateline import CalendarKind
from ..dateline import MonthBoundary as Boundary
from ..names.authorities import AGENCIES, NEWS_AGENCIES
from ..names.hijri_months import MONTHS as HIJRI_MONTH_NAMES
from ..names.times import EVENING_WORDS
from ..names.words import (
    AMBIGUOUS_MONTH_NAMES,
    ANNOUNCING_WORDS,
    APPROXIMATE_WORDS,
    BEFORE_COPULAS,
    BEGINNING_VERBS,
    BEGINNINGS_COINCIDE_WORDS,
    BEGINS_BEFORE_AFTER_WORDS,
    CALENDAR_PHRASE_WORDS,
    CLAUSE_BREAK_LINKS,
    CLAUSE_BREAKS,
    CLAUSE_END_WORDS,
    COINCIDE_PREPOSITIONS,
    CONTRASTED_TOPICS,
    CONVERB_ENDINGS,
    COORDINATORS,
    COPULAS,
    CRESCENT_WORDS,
    DAY_COUNT_NOUNS,
    DECIDING_NOUNS,
    DECIDING_WORDS,
    DEMONSTRATIVE_OPENERS,
    FEAST_DAY_VERBS,
    FEAST_LABELS,
    FEAST_LINKS,
    FEAST_NOUNS,
    FEAST_PRAYERS,
    FEAST_SUBJECT_BEFORE,
    FINITE_VERB_ENDINGS,
    FOCUS_COPULAS,
    LABELS_OF_NUMBERS,
    MARKET_NOUNS,
    MONTH_BEGINNING_WORDS,
    MONTH_BOUNDARY_WORDS,
    MONTH_END_WORDS,
    MONTH_LOCATIVE_ENDINGS,
    MONTH_LOCATIVE_WORDS,
    MONTH_NOUNS,
    MONTH_PART_PREPOSITIONS,
    MONTH_PART_WORDS,
    OFFSET_WORDS,
    OR_DATE_ARTICLES,
    OR_WORDS,
    PURPOSE_WORDS,
    RANGE_ENDS,
    RANGE_PAIRS,
    RANGE_POSTPOSITIONS,
    RELATIVE_DAYS,
    RELATIVE_PRONOUNS,
    RELATIVE_THAT,
    SAID_THAT,
    SESSION_NOUNS,
    SIGHTED_WORDS,
    SINCE_WORDS,
    SUNSET_WORDS,
    TIME_POSTPOSITIONS,
    TIME_PREPOSITIONS,
    WATCHING_WORDS,
    WEEKDAY_LINKS,
    WELCOMING_WORDS,
    YEAR_ABBREVIATIONS,
    YEAR_BEGUN_BEFORE,
    YEAR_BEGUN_LINKS,
    YEAR_OF_NOUNS,
    YEAR_WORDS_CUT_SHORT,
    YEARS_SAID_APART,
    YESTERDAY_WORDS,
)
from ..names.words import ONE_DAY_VERBS_AFTER as _ONE_DAY_VERBS_AFTER_TABLE
from .day_only import day_only_halves, names_a_date_again, noun_before_number
from .halves import (
    _ARTICLES_BEFORE_WEEKDAY,
    BARE_HIJRI_YEARS,
    GREGORIAN,
    HIJRI,
    HIJRI_YEAR_LIMIT,
    RANGE_JOINER_TEXTS,
    SOLAR,
    Half,
    _numbered,
    _sentence_end,
    era_after,
    is_day,
    is_month,
    is_year,
    joins_a_range,
    overlaps,
    sign,
)
from .halves import _sentence_of as _sentence_span
from .infer import gregorian_year_of, hijri_year_of
from .lexicon import (
    ABBREVIATED_ERAS,
    BERA,
    BMONTH,
    CONNECTOR,
    DAY_NOUNS,
    DAYWORD,
    FASTING,
    FEAST_DAYS,
    FILL_DM,
    FILL_MY,
    GERA,
    GMONTH,
    HERA,
    HMONTH,
    LEXICON,
    NEW_YEARS,
    SERA,
    SMONTH,
    WEEKDAY,
)
from .lexicon import HIJRI_CUE_WORDS as _FEAST_NAMES
from .normalize import Folded, fold
from .plausible import can_be_one_day, falls_near, near_month_edge, rumi_day
from .references import reference_end
from .tokens import BULLETS, Unit, entry_of

__all__ = [
    "Pair",
    "fill_year",
    "iter_languages",
    "merge_halves",
    "pair_halves",
    "pair_unknown_month",
    "weekday_near",
]

MAX_GAP_COST: Final = 8.0
_CLAUSE_BREAKS: Final = frozenset(fold(word) for word, _ in CLAUSE_BREAKS)
_CLAUSE_BREAK_LINKS: Final = frozenset(fold(word) for word, _ in CLAUSE_BREAK_LINKS)
_CLAUSE_ENDS: Final = frozenset(fold(word) for word, _ in CLAUSE_END_WORDS)
_RANGE_ENDS: Final = frozenset(fold(word) for word, _ in RANGE_ENDS)
_RANGE_PAIRS: Final = tuple((fold(first), fold(second)) for first, second, _ in RANGE_PAIRS)
_RANGE_POSTPOSITIONS: Final = tuple((fold(first), fold(second)) for first, second, _ in RANGE_POSTPOSITIONS)
_SINCE: Final = frozenset(fold(word) for word, _ in SINCE_WORDS)
_COPULAS: Final = frozenset(fold(word) for word, _ in COPULAS)
_MONTH_NOUNS: Final = frozenset(fold(word) for word in MONTH_NOUNS)
_RELATIVE_DAYS: Final = frozenset(fold(word) for word, _ in RELATIVE_DAYS)
_RELATIVE_PRONOUNS: Final = frozenset(fold(word) for word, _ in RELATIVE_PRONOUNS)
_DECIDING: Final = frozenset(fold(word) for word, _ in DECIDING_WORDS)
_SIGHTED: Final = frozenset(fold(word) for word, _ in SIGHTED_WORDS)
_SESSIONS: Final = frozenset(fold(word) for word, _ in SESSION_NOUNS)
_DECIDING_NOUNS: Final = frozenset(fold(word) for word, _ in DECIDING_NOUNS)
_PURPOSE: Final = frozenset(fold(word) for word, _ in PURPOSE_WORDS)
_LINKS: Final = frozenset(fold(word) for word, _ in WEEKDAY_LINKS)
_CALENDAR_PHRASE: Final = frozenset(fold(word) for word, _ in CALENDAR_PHRASE_WORDS)
_SAID_THAT: Final = frozenset(fold(word) for word, _ in SAID_THAT)
_ON: Final = frozenset(fold(word) for word, _ in TIME_PREPOSITIONS)
_ON_AFTER: Final = frozenset(fold(word) for word, _ in TIME_POSTPOSITIONS)
_OFFSETS: Final = frozenset(fold(word) for word, _ in OFFSET_WORDS)
_DAY_COUNTS: Final = frozenset(fold(word) for word, _ in DAY_COUNT_NOUNS)
_AND: Final = frozenset(fold(word) for word, _ in COORDINATORS)
_AMBIGUOUS_MONTHS: Final = frozenset(fold(word) for word, _ in AMBIGUOUS_MONTH_NAMES)
_SAID_APART: Final = frozenset(fold(word) for word, _ in YEARS_SAID_APART)
_BEFORE_COPULAS: Final = frozenset(fold(word) for word, _ in BEFORE_COPULAS)
_FOCUS_COPULAS: Final = _COPULAS | frozenset(fold(word) for word, _ in FOCUS_COPULAS)
_EVENING: Final = frozenset(fold(word) for word, _ in SUNSET_WORDS)
_YEAR_OF: Final = frozenset(fold(word) for word, _ in YEAR_OF_NOUNS)
_RELATIVE_THAT: Final = frozenset(fold(word) for word, _ in RELATIVE_THAT)
_BEGAN: Final = tuple(fold(stem) for stem, _ in BEGINNING_VERBS)
_BEGINS_BEFORE_AFTER: Final = frozenset(fold(word) for word, _ in BEGINS_BEFORE_AFTER_WORDS)
_WELCOMING: Final = frozenset(fold(word) for word, _ in WELCOMING_WORDS)


class Pair(NamedTuple):
    """Two halves that make a dateline, in text order, and the units between them."""

    hijri: Half
    gregorian: Half
    first: int
    last: int


def _gap_cost(
    units: Sequence[Unit], start: int, end: int, *, sentences: bool = False, limit: float = MAX_GAP_COST
) -> float | None:
    """What separates two halves (units start..end-1): None when they cannot be one dateline
    (or it costs more than ``limit``). With ``sentences``, a full stop may stand in the gap
    (a month and the year said next)."""
    cost = 0.0
    skip_to = -1
    for index in range(start, end):
        if index < skip_to:
            continue
        unit = units[index]
        if unit.kind == "sign" and unit.text == "(" and (close := _gloss_end(units, index, end)) is not None:
            cost += (
                1.0  # "Muharram 1446 AH (Anno Hegirae in Latin or “in the year of the Hijra”) will be on …"
            )
            skip_to = close + 1
            continue
        if unit.kind == "sign":
            if unit.text in "!?¶" or (unit.text == "." and not sentences and _ends_sentence(units, index)):
                return None  # (a pilcrow: a web page's paragraph ends there, datelines._html)
            continue
        if unit.kind == "lex":
            if (
                entry_of(unit, CONNECTOR)
                or entry_of(unit, WEEKDAY)
                or entry_of(unit, HERA)
                or entry_of(unit, GERA)
                or entry_of(unit, BMONTH)
                or entry_of(unit, BERA)
            ):
                continue  # a Bangladeshi masthead's Bengali date between them is the line's own
            if index == start and _year_word_closing(units, index, end):
                continue
            cost += 0.5
            continue
        if unit.kind == "num" and _of_a_bengali_date(units, index):
            continue
        if unit.text in _CLAUSE_BREAKS:
            if index + 1 < end and (
                entry_of(units[index + 1], CONNECTOR) or units[index + 1].text in _CLAUSE_BREAK_LINKS
            ):
                # "while it corresponds to": "… 4 يوليو 2025، بينما يوافق في التاريخ الهجري 9
                # محرم 1447" (Dar al-Maaref's and others' "today is …" pieces)
                cost += 0.5
                continue
            return None
        if unit.text in _CLAUSE_ENDS and index + 1 < end and units[index + 1].kind == "sign":
            return None
        if (
            unit.text in RANGE_JOINER_TEXTS
            and index > start  # (the first number in the gap, not the first half's year)
            and units[index - 1].kind == "num"
            and index + 1 < len(units)
            and units[index + 1].kind == "num"
        ):
            continue  # a range's joiner, as a dash is: "(8 a 12 de Dhul Hijjah de 1445)"
        cost += 1.0
        if cost > limit:
            return None
    return cost


def numbers_costed(units: Sequence[Unit]) -> list[int]:
    """How many numbers that are no Bengali date's stand before each unit (and before the
    end): each costs a whole 1.0 in any gap :func:`_gap_cost` is asked of (no gloss holds
    one, nothing else lets one by), so the count between two halves is a floor of their gap's
    cost, known without walking it (a page of Solar dates asked each date of each other)."""
    counts = [0]
    total = 0
    for index, unit in enumerate(units):
        if unit.kind == "num" and not _of_a_bengali_date(units, index):
            total += 1
        counts.append(total)
    return counts


def _year_word_closing(units: Sequence[Unit], index: int, end: int) -> bool:
    """Whether the word "year" at ``index`` closes the whole date before it, as an era would,
    a sign after it setting the next date apart: "5 декабря 2026 г. / …", "… 1484 года по
    хиджре (5 декабря …" (a trial: its cost parted a line whose Hijri year was far off). Not
    a year alone's ("У 2022 році 1444 рік …", in 2022 the year 1444), nor a year-first
    date's, which the word leads into ("2024 жылғы 11 наурыз (1445 жылғы 1 Рамазан)": 1445 is
    the Hijri date's; a review)."""
    if not (
        index > 1
        and units[index - 1].kind == "num"
        and entry_of(units[index], FILL_MY)
        and (
            (units[index - 2].kind == "sign" and units[index - 2].text in "./-" and units[index - 2].glued)
            or any(entry_of(units[index - 2], kind) for kind in (GMONTH, HMONTH))
        )
    ):
        return False
    day = index - 3  # "11 марта 1445 г.": a written month's day
    if day >= 1 and any(entry_of(units[k], FILL_MY) for k in (day - 1, day - 2) if k >= 0):
        return False  # year first ("2024 г. 11 марта 1445 г. 1 рамадана"): the word leads into the next date
    after = index + 1
    while (
        after < end
        and units[after].kind == "lex"
        and (entry_of(units[after], HERA) or entry_of(units[after], GERA))
    ):
        after += 1
    return after < end and units[after].kind == "sign"


def _begins_on_a_day_after(units: Sequence[Unit], month: Half, after: Half | None) -> bool:
    """Whether a Hijri month without its day is said to begin or end on a day said after it,
    in its own sentence ("DHAKA, Feb 28, 2025 (BSS) - The holy month of Ramadan 1446 hijri will
    begin in Saudi Arabia from Saturday (March 1)", a review): then the date before it, a
    dateline's, is not its partner."""
    if month.day is not None or after is None or after.calendar == HIJRI or after.day is None:
        return False
    between = range(month.last + 1, after.first)
    return any(_boundary_at(units, k) for k in between) and not any(
        # nor where another month, an "and" or a sentence's end comes first: "On 11 March 2024,
        # Ramadan 1445 began, and Shawwal will begin on 10 April 2024"
        _sentence_end(units, k) or units[k].text in _AND or entry_of(units[k], HMONTH) is not None
        for k in between
    )


def _a_bengali_date_said_alone(units: Sequence[Unit], index: int) -> bool:
    """Whether a sentence that begins at ``index`` is a Bengali date and nothing more: its
    numbers, its month, its era and signs, up to the next full stop (a danda) or the end."""
    month = False
    for k in range(index, min(len(units), index + 8)):
        unit = units[k]
        if unit.kind == "sign" and unit.text == ".":
            return month
        if entry_of(unit, BMONTH) is not None:
            month = True
        elif not (unit.kind == "num" or entry_of(unit, BERA) is not None or sign(unit, ",")):
            return False
    return month and index + 8 >= len(units)


def _of_a_bengali_date(units: Sequence[Unit], index: int) -> bool:
    """Whether the number at ``index`` is the day or year of a Bengali date: a month of the
    Bengali calendar stands next to it, or one unit away (a comma, a spaced ordinal), or its
    era follows it ("Agrahayan 20, 1433 BS": a month-first masthead's year; a trial, where the
    Hijri date after it was dropped)."""
    for k in (index - 1, index + 1, index - 2, index + 2):
        if 0 <= k < len(units) and units[k].kind == "lex" and entry_of(units[k], BMONTH) is not None:
            return True
    return (
        index + 1 < len(units)
        and units[index + 1].kind == "lex"
        and entry_of(units[index + 1], BERA) is not None
    )


def _gap_cost_past_prefix_era(
    units: Sequence[Unit], start: int, end: int, calendar: CalendarKind
) -> float | None:
    """:func:`_gap_cost`, where the era of the second half's calendar may stand before it
    as an abbreviation, its full stop no sentence's end ("H. 3 Receb 1438 M. Cuma, 31 Mart
    2017": "M." for miladi heads the Gregorian date, as "H." the Hijri one, in press releases
    in many languages): the era and its stop cost nothing, if only a weekday and signs follow
    them."""
    era_kind = GERA if calendar == GREGORIAN else HERA
    for k in range(start, end - 1):
        if (
            entry_of(units[k], era_kind)
            and len(units[k].text) == 1  # "M.", "H.": not "AD." ending a sentence
            and sign(units[k + 1], ".")
            and units[k + 1].glued
            and all(units[j].kind == "sign" or entry_of(units[j], WEEKDAY) for j in range(k + 2, end))
            # only signs or a connector before it, straight after the first half's year: not
            # "Rp 2,5 M. Kamis, 3 April 2025" (miliar), "Bapak M. Juma, 31 Maret" (a name)
            and units[start - 1].kind == "num"
            and (_gap_cost(units, start, k) == 0.0 or _reference_between(units, start, k))
        ):
            after = _gap_cost(units, k + 2, end)  # "1438 M. Jumat! 31 Maret": no dateline
            return None if after is None else after
    return _gap_cost(units, start, end)


def _reference_between(units: Sequence[Unit], start: int, end: int) -> bool:
    """Whether units start..end-1 are a reference number and signs: "1446 | Na: 1446/03 | M.
    Ijumaa, 18 Oktoba 2024" (see :mod:`datelines._read.references`)."""
    at = start
    while at < end and units[at].kind == "sign":
        at += 1
    if at == end or (after := reference_end(units, at)) is None:
        return False
    return all(units[k].kind == "sign" for k in range(after, end))


def _said_to_be(units: Sequence[Unit], start: int, end: int) -> bool:
    """Whether units start..end-1 are signs, eras, weekdays and connectors, and at most one
    copula ("سيكون", "هو", "is"): one date said to be the other."""
    copulas = 0
    for k in range(start, end):
        unit = units[k]
        if unit.kind == "sign" or any(entry_of(unit, kind) for kind in (HERA, GERA, WEEKDAY, CONNECTOR)):
            continue
        if unit.text == "ال" and k + 1 < len(units) and units[k + 1].glued:
            continue  # the article of the half's first word: "هو الأول من شهر ذي الحجة"
        if unit.text in _COPULAS and not copulas:
            copulas += 1
            continue
        return False
    return True


def _gloss_end(units: Sequence[Unit], start: int, end: int) -> int | None:
    """Where a bracket opened at ``start`` closes, before ``end``, when it holds only words
    that are no date's (a gloss: "(Anno Hegirae in Latin or “in the year of the Hijra”)"): no
    number, no month, weekday, day word or Solar Hijri era, no clause break, at most GLOSS_WORDS words."""
    for index in range(start + 1, min(end, start + GLOSS_WORDS + 2)):
        unit = units[index]
        if unit.kind == "sign" and unit.text == ")":
            return index if index > start + 1 else None
        if unit.kind == "num" or (unit.kind == "sign" and unit.text in "().;:!?/"):
            return None
        if any(entry_of(unit, kind) for kind in (HMONTH, GMONTH, WEEKDAY, DAYWORD, SERA)):
            return None
        if unit.text in _CLAUSE_BREAKS:
            return None
    return None


GLOSS_WORDS: Final = 16


_CLAUSE_SIGNS: Final = frozenset(",;:.،؛")


def _clause_between(units: Sequence[Unit], start: int, end: int) -> bool:
    """Whether a comma, semicolon, colon or full stop stands between two halves: "Ramadan 1446
    ended; the elections are on 5 May 2025". A comma beside a weekday is the date's own
    ("… will fall on Sunday, 30 March 2025")."""
    for index in range(start, end):
        unit = units[index]
        if unit.kind != "sign" or unit.text not in _CLAUSE_SIGNS:
            continue
        if unit.text in ",،" and any(
            0 <= k < len(units) and entry_of(units[k], WEEKDAY) and not _clitic_on(units, k)
            for k in (index - 1, index + 1)
        ):
            continue
        if unit.text in ",،" and index + 2 == end and sign(units[index + 1], "("):
            continue  # the other half opens a bracket after it: "1. Muharram, (16. Juli 622)"
        if unit.text == "." and not _sentence_end(units, index):
            continue  # an abbreviation's stop: "6 шаабана 1244 г. / 16 февраля 1829 г." (a trial)
        return True
    return False


def _clitic_on(units: Sequence[Unit], index: int) -> bool:
    """Whether an Arabic clitic ("و", and; "ف", so) was cut off the front of the unit: it is
    glued to nothing the units show. After a comma, "والسبت 15 يونيو" (and Saturday, 15 June)
    begins the next item of a list, not the date's own weekday: "… ذي الحجة لعام 1444
    هجريًّا، والسبت 15 يونيو يوم وقفة عرفات"."""
    unit = units[index]
    return unit.glued and index > 0 and units[index - 1].end < unit.start


def _and_after_connector(units: Sequence[Unit], a: Half, lo: int, hi: int) -> bool:
    """Whether only "and" stands between two halves (signs aside) and a connector just
    before the first: both halves are what the text before says it corresponds to, so they
    are one day as a connector's halves are, whatever their dates ("۸ مهر ۱۳۸۷ هجری شمسی،
    مطابق ۲ شوال ۱۴۲۹ ق و ۲۹ سپتامبر ۲۰۰۸ میلادی": corresponding to 2 Shawwal 1429 and 29
    September 2008)."""
    between = [units[k] for k in range(lo, hi) if units[k].kind != "sign"]
    if len(between) != 1 or between[0].text not in _AND:
        return False
    before = _skip_signs_back(units, a.first - 1)
    if before < 0 or entry_of(units[before], CONNECTOR) is None:
        return False
    # Only where a Solar Hijri date stands before the connector, as the three-calendar
    # lines have it: "namely 1 Ramadan 1446 and 17 August 2025" names two days.
    end = _skip_signs_back(units, before - 1)
    return end >= 0 and (
        entry_of(units[end], SERA) is not None
        or (units[end].kind == "num" and end > 0 and entry_of(units[end - 1], SMONTH) is not None)
    )


def _skip_signs_back(units: Sequence[Unit], index: int) -> int:
    while index >= 0 and units[index].kind == "sign":
        index -= 1
    return index


def _may_pair_apart(units: Sequence[Unit], a: Half, b: Half, a_hijri: bool, cost: float) -> bool:
    """Whether two halves with something between them may still be one dateline. A connector
    between them says they are one day, whatever their dates (a wrong pair is the checker's
    to report). Otherwise: not the two ends of a range ("from … until …", "sejak … hingga"),
    nor a starting point and a later date ("Since 1 Muharram 1446, …; on 7 July 2024 …");
    not a month name that is also an everyday word with no year to show it is the month
    ("5 sefer yaptı"); not a Hijri half whose own weekday is not the Gregorian date's ("1
    Ramadan 1446 fell on a Saturday; … on Friday, 28 February 2025"); across a clause, or
    where one half would take its year from the other, only if they can be one day (see
    .plausible), and across a clause a year alone only with a year. Side by side, with only
    signs, weekdays and era marks between, they pair unless a year alone is far from the
    other's year ("On 5 March 2024, 300 hijra activists marched")."""
    lo, hi = a.last + 1, b.first
    if lo == hi and a.year is not None and b.year is not None and not (a.year_only or b.year_only):
        return True  # side by side, both with their years: the common case, and nothing to ask
    if _one_of_two_days(units, a, b) or _one_of_two_days(units, b, a):
        return False  # "يوم 16 أو يوم 17 من يوليو 2024 (اليوم العاشر من محرم)": no one day in July
    if _or_near(units, min(a.first, b.first), max(a.last, b.last)) and (
        _one_of_two_dates(units, a) or _one_of_two_dates(units, b)
    ):
        return False  # "1st Day of Muharram 2025: 30 जून या 1 जुलाई": no one day in June or July
    if cost > 0 and _other_month_bounded(units, lo, hi, (a if a_hijri else b).month):
        return False  # "Rajab 1446 AH is followed by Sha'ban, which begins on 31 January 2025"
    if any(entry_of(units[k], CONNECTOR) for k in range(lo, hi)) and not _connects_a_weekday(units, lo, hi):
        return True
    if _and_after_connector(units, a, lo, hi):
        return True
    if any(
        _sentence_end(units, k)
        and not (_ends_with_its_era(units, b) and _an_era_s_own_stop(units, k, k + 1))
        and not _an_era_s_stop_before_a_sign(units, k)
        for k in range(lo, hi)
    ) and ((a.year is None and b.year is None) or not can_be_one_day(*((a, b) if a_hijri else (b, a)))):
        # Two sentences: "The market opens on 1 April. The 29th of Shaban is a Monday.", "The
        # court met on 1 April 2025. The 29th of Shaban 1446 is a Monday."
        return False
    if _years_said_apart(units, a, b, cost):
        return False  # "У 2022 році 1444 рік за Хіджрою почнеться …": in 2022, the year 1444 begins
    if _days_apart(units, lo, hi):
        return False  # "On 1 Ramadan 1446, a day after the 28 February 2025 announcement"
    if _topic_after_clause(units, lo, hi):
        return False  # "27 Ramazan 1446'da idrak edilecek, bayram ise 30 Mart 2025'te başlayacak"
    if a_hijri and a.short_year is not None and lo <= a.short_year_unit < hi:
        # "Muharram 1, 1; July 18, 622": the one-digit year is the half's, not words between
        lo = a.short_year_unit + 1
        cost = _gap_cost(units, lo, hi) or 0.0
    hijri, gregorian = (a, b) if a_hijri else (b, a)
    rumi = (as_day := rumi_day(hijri, gregorian)) is not gregorian
    gregorian = as_day  # an Ottoman line's Rumi half, as the day it is
    if (
        hijri.year is None
        and hijri.short_year is None  # "Sefer 10, 63": a year said, if a short one
        and hijri.month_unit is not None
        and _ambiguous(units, hijri.month_unit)
        and (cost > 0 or not any(sign(units[k], "/([–-|") for k in range(lo, hi)))
    ):
        return False  # "İlk sefer 3 Mart 2025'te başlayacak": a trip ("1 صفر / 20 ديسمبر 1979" is a date)
    if hijri.day is None and any(
        units[k].text in FASTING
        for k in (*range(lo, hi), *range(gregorian.last + 1, min(len(units), gregorian.last + 5)))
    ):
        return False  # "رمضان المبارک 1446 ہجری: یکم مارچ کو پہلا روزہ": the first fast's day
    clause = _clause_between(units, lo, hi)
    if cost == 0:
        if clause and (a.year is None or b.year is None) and not can_be_one_day(hijri, gregorian):
            return False  # "… 31 Maret 2025, 1 Zulhijah pada Rabu, 28 Mei 2025"
        if (hijri.day is None) != (gregorian.day is None) and any(
            sign(units[k], ";؛") for k in range(lo, hi)
        ):
            return False  # "The court sat from 3 March to 5 March; Ramadan 1446 began on 1 March 2025"
        if clause and _weekday_against(units, hijri, gregorian, rumi=rumi):
            return False  # "29 March 2025 (Saturday), 1 Shawwal 1446 (Sunday)": a list of days
        if (a.year_only or b.year_only) and hijri.year is not None and gregorian.year is not None:
            return (
                overlaps(hijri.year, gregorian.year)
                or _slashed_wrong_year(units, hijri, gregorian, lo, hi)
                or _years_side_by_side(units, hijri, gregorian, lo, hi)
            )
        return True
    if _a_range(units, a, b) or _since_before(units, a):
        return False
    if _day_begins_at_evening(units, hijri, gregorian):
        return False  # "14. novembra 2012. god., poslije akšama nastupa 1.Muharrem": the next day
    if _since_before(units, a, _OFFSETS):
        return False  # "A day before 1 Shawwal 1446, on 29 March 2025, …": another day
    if gregorian.first < hijri.first and clause and hijri.day == 1 and _sighted_on(units, gregorian.first):
        return False  # "If the crescent … is sighted on June 26, the new Islamic year 1447 Hijri will
        # start on Friday, June 28": the evening of the sighting, before the month's first day
    if (gregorian.first < hijri.first and any(units[k].text in _SAID_THAT for k in range(lo, hi))) or (
        hijri.first < gregorian.first and _that_after(units, hijri)
    ):
        return False  # "The court said on 29 March 2025 that Sunday would be 1 Shawwal 1446",
        # "أعلن المجلس في 30 شعبان 1446هـ أن الصيام يبدأ يوم 2 مارس 2025": the saying's day
    if (
        hijri.first < gregorian.first
        and _decided_at_session(units, hijri, lo, hi)
        and _before_every_authority(hijri, gregorian)
    ):
        return False  # "sidang isbat penetapan 1 Syawal 1436 H pada Kamis (16/7)": the session's day
    if _only_copula(units, lo, hi):
        return True  # said to be one day, or listed as one ("… میلادی • روز ١٠ ذي الحجة")
    if gregorian.first < hijri.first and hijri.day is None and _copula_then_boundary(units, lo, hi):
        return True  # "3 watan Yuli, 2019, ne karshen watan Ramadana na shekarar 1440"
    # (a Hijri and a Rumi date joined by "and" are an Ottoman paper's double date: "Fî 7
    # Zilhicce 1293 ve 11 Kânûn-ı evvel 1292", a trial)
    coordinated = any(units[k].text in _AND for k in range(lo, hi)) and not (
        rumi and all(units[k].text in _AND or units[k].kind == "sign" for k in range(lo, hi))
    )
    if rumi and coordinated and clause:
        return False  # "Doğum tarihi: 1 Muharrem 1341 ve ölüm tarihi: 24 Ağustos 1338": two events (a review)
    if coordinated and _on_each(units, a) and _on_each(units, b):
        return False  # "arrived on 27 Ramadan 1446 and left for Riyadh on 29 March 2025"
    if coordinated and (not can_be_one_day(hijri, gregorian) or (clause and _and_on_before(units, b))):
        return False  # "1 Ramadan 1446 and 1 April 2025"; "Muharram 1446 began, and on 9 July 2024 …"
    if _weekday_against(units, hijri, gregorian, rumi=rumi) or _relative_day_after(units, hijri, gregorian):
        return False
    if _relative_day_before(units, hijri, gregorian):
        return False
    if any(units[k].kind == "sign" and units[k].text in ";؛" for k in range(lo, hi)):
        return False  # "On 1 Shawwal 1446 worshippers filled the mosque; on 31 March 2025 …"
    if clause and hijri.day is None and hijri.month is not None and not near_month_edge(hijri, gregorian):
        return False  # "Ramadan 1446 began quietly, and on 10 March 2025 the minister resigned"
    if (clause or cost >= 4 or hijri.year is None or gregorian.year is None) and not can_be_one_day(
        hijri, gregorian
    ):
        return False  # many words, or a clause, between two dates that cannot be one day
    if hijri.year is not None and gregorian.year is not None and not overlaps(hijri.year, gregorian.year):
        return False  # "He was born on 12 Rabi al-Awwal 1400 and died on 4 September 2025"
    if hijri.first < gregorian.first and any(units[k].text in _SIGHTED for k in range(lo, hi)):
        return False  # "the first day of Muharram as the crescent was not sighted on Friday, July 5"
    if gregorian.first < hijri.first and any(units[k].text in _DECIDING for k in range(lo, hi)):
        return False  # "pada Sabtu, 29 Maret 2025, untuk menetapkan 1 Syawal 1446 H"
    return not (clause and a.year_only != b.year_only)


def _sighted_on(units: Sequence[Unit], first: int) -> bool:
    """Whether a word for "sighted" stands just before a half (past "on", a weekday and
    signs): "is sighted on June 26", "was seen on Friday, 28 February"."""
    k = first - 1
    while k >= max(0, first - 5):
        unit = units[k]
        if unit.text in _SIGHTED:
            return True
        if not (unit.kind == "sign" or unit.text in _ON or entry_of(unit, WEEKDAY)):
            return False
        k -= 1
    return False


def _decided_at_session(units: Sequence[Unit], hijri: Half, lo: int, hi: int) -> bool:
    """Whether the Hijri half is what a meeting decides, named just before it by words alone
    (a meeting's noun, then a noun of deciding or "to" and a verb of it), and the day after
    it, said with only "on" (no copula, no "falls"), the meeting's: "sidang isbat penetapan 1
    Syawal 1436 H pada Kamis (16/7)", "the session to determine 1 Shawwal 1446 on Saturday, 29
    March 2025" (see :data:`datelines.names.words.SESSION_NOUNS`). "The session set 1 Shawwal
    1446 on 31 March", the meeting deciding, names one day."""
    between = [units[k].text for k in range(lo, hi)]
    if _ON.isdisjoint(between) or not (_COPULAS.isdisjoint(between) and _LINKS.isdisjoint(between)):
        return False
    k = hijri.first - 1
    while k >= max(0, hijri.first - 6) and units[k].kind in ("word", "lex"):
        text = units[k].text
        if (
            text in _DECIDING
            and text not in _DECIDING_NOUNS
            and not (k > 0 and units[k - 1].text in _PURPOSE)
        ):
            return False  # the meeting decides: "Sidang isbat menetapkan 1 Syawal 1446 H pada …"
        if text in _DECIDING_NOUNS or text in _DECIDING:
            first = k if text in _DECIDING_NOUNS else k - 1
            for j in range(first, max(-1, first - 4), -1):  # the meeting's noun, words alone between
                if units[j].kind not in ("word", "lex"):
                    return False
                if units[j].text in _SESSIONS:
                    return True
            return False
        k -= 1
    return False


def _years_side_by_side(units: Sequence[Unit], hijri: Half, gregorian: Half, lo: int, hi: int) -> bool:
    """Whether a Hijri year with its era and a Gregorian year, with its era or bare after a
    slash or in brackets, stand side by side with only those signs between ("AH 1445/AD 2030",
    "A.H. 1200 / A.D. 1795", "AH 1127 (1717)", "H.1334 [M.1916]"): one date's two years,
    whatever their numbers, which the checker reports where they disagree (reviews and a
    trial: the Hijri year alone was read and passed, or the line was lost; "H.1334 [M.1920]"
    was, in square brackets, stop 62)."""
    between = range(lo, hi)
    return (
        hijri.year_only
        and gregorian.year_only
        and hijri.era_unit is not None
        and 0 < hi - lo <= 2
        and all(sign(units[k], "/()[]") for k in between)
        and (gregorian.era_unit is not None or (hijri.first < gregorian.first and sign(units[lo], "/([")))
        # (a square bracket opened between closes straight after the second: "H.1334 [M.1920]",
        # not "AH 1414 [AD 2010 reprint]"; review 62b)
        and not (
            any(sign(units[k], "[") for k in between)
            and not (
                (last := max(hijri.last, gregorian.last)) + 1 < len(units) and sign(units[last + 1], "]")
            )
        )
    )


def _slashed_wrong_year(units: Sequence[Unit], hijri: Half, gregorian: Half, lo: int, hi: int) -> bool:
    """Whether a Hijri month with its year and a Gregorian year that shares no day with it are
    joined by a slash alone: a dateline with a slip in its year ("10 Ramadan 1445/2030"), the
    checker's to report, not two things' years ("On 5 March 2024, 300 hijra activists")."""
    return (
        hijri.month is not None
        and gregorian.year_only
        and gregorian.year is not None
        and gregorian.year >= BARE_HIJRI_YEARS.stop
        and hi - lo == 1
        and sign(units[lo], "/")
    )


def _before_every_authority(hijri: Half, gregorian: Half) -> bool:
    """Whether the Gregorian day comes before the Hijri day (the month's first, where it
    names no day) in every authority's calendar: the eve a meeting sits on, never the day
    it decides ("… penetapan 1 Syawal 1446 H pada Senin, 31 Maret 2025" is that day in
    Indonesia's calendar, and one dateline). Asked only of a meeting's date (rare): it reads
    the authorities' tables."""
    from ..calendars import AUTHORITY_IDS, get_calendar
    from ..errors import DatelineError
    from ..hijri import HijriDate

    if hijri.year is None or hijri.month is None or gregorian.month is None or gregorian.day is None:
        return False
    day = 1 if hijri.day is None else hijri.day
    year = gregorian.year
    if year is None:
        year = gregorian_year_of(gregorian.month, gregorian.day, (hijri.year, hijri.month, day))
        if year is None:
            return False
    try:
        said = date(year, gregorian.month, gregorian.day)
        return all(
            said < get_calendar(authority).to_gregorian(HijriDate(hijri.year, hijri.month, day))
            for authority in AUTHORITY_IDS
        )
    except (ValueError, DatelineError):
        return False  # a day that cannot be, or out of the tables: the checker's to say


def _years_said_apart(units: Sequence[Unit], a: Half, b: Half, cost: float) -> bool:
    """Whether two years alone stand with words but no sign or copula between them (the
    connector that would join them is asked before): each is said on its own, as the time of
    the sentence ("У 2022 році 1444 рік за Хіджрою почнеться із заходом сонця 30 липня": in
    2022, the year 1444 of the Hijra begins at sunset on 30 July), not as one year in two
    calendars, which a slash, a bracket, a dash or a copula joins ("1446 Hicri yılı (2024)",
    "Idul Fitri 2024 adalah tahun 1445 dalam kalender Hijriah")."""
    return (
        cost > 0
        and a.year_only
        and b.year_only
        and not any(units[k].kind == "sign" or units[k].text in _COPULAS for k in range(a.last + 1, b.first))
    )


def _one_of_two_days(units: Sequence[Unit], half: Half, partner: Half) -> bool:
    """Whether ``half`` names a month whose day is one of two ("16 or 17 July", "يوم 16 أو يوم
    17 من يوليو": the day is left out of the half) and ``partner`` names a day, which then is not
    one day with it."""
    if half.day is not None or half.month is None or partner.day is None:
        return False
    k = half.first - 1
    while k >= 0 and units[k].kind in ("word", "lex") and entry_of(units[k], FILL_DM) and k > half.first - 3:
        k -= 1  # "من", "of"
    if k < 2 or units[k].kind != "num" or units[k].value > 31:
        return False
    j = k - 1
    if (
        units[j].kind in ("word", "lex")
        and units[j].text not in _OR
        and j >= 3
        and units[j - 3].text == units[j].text
    ):
        j -= 1  # "يوم 16 أو يوم 17": the same word before each day
    elif entry_of(units[j], WEEKDAY) and j >= 3:
        j -= 1  # "le lundi 09 ou le mardi 10 septembre 2019": a weekday before each day
        if units[j].kind in ("word", "lex") and units[j].text in _ARTICLES_BEFORE_WEEKDAY:
            j -= 1
    return units[j].text in _OR and j >= 1 and units[j - 1].kind == "num" and units[j - 1].value <= 31


def _one_of_two_dates(units: Sequence[Unit], half: Half) -> bool:
    """Whether ``half`` is a day and month with "or" and another day and month of its own
    calendar beside it ("30 जून या 1 जुलाई", 30 June or 1 July; "26 June, or 27 June"; "1 or 2 March" is
    :func:`_one_of_two_days`): neither of the two is the day of a partner. "Or" between the
    two calendars' dates ("1 Syawal atau 10 April") is no such pair."""
    if half.day is None or half.month_unit is None or not _or_near(units, half.first, half.last):
        return False
    hijri = entry_of(units[half.month_unit], HMONTH) is not None
    after = half.last + 1
    if after < len(units) and sign(units[after], ","):
        after += 1  # "26 June, or 27 June"
    if after + 2 < len(units) and units[after].text in _OR and _day_and_month(units, after + 1, hijri):
        return True
    said = (half.day, half.month or 0)
    if _second_of_two_dates(units, half.last + 1, hijri, said) or _first_of_two_dates(
        units, half.first - 1, hijri, said
    ):
        return True
    before = half.first - 1
    if before < 2 or units[before].text not in _OR:
        return False
    if sign(units[before - 1], ","):
        before -= 1
    return before >= 2 and _day_and_month(units, before - 2, hijri)


def _or_near(units: Sequence[Unit], first: int, last: int) -> bool:
    """Whether an "or" (or a word of a two-word one) stands where :func:`_one_of_two_dates`
    looks for it around units ``first``..``last``: most halves have none, answered in one scan."""
    near = units[max(0, first - MAX_OR_ARTICLES - 2) : last + 4]
    return not _OR_ANY.isdisjoint([unit.text for unit in near])


def _second_of_two_dates(units: Sequence[Unit], k: int, hijri: bool, said: tuple[int, int]) -> bool:
    """Whether "or" (one or two words), articles or prepositions (OR_DATE_ARTICLES) and a day
    and month of one calendar begin at unit ``k`` (after the first date's year word and a
    comma): the second of two dates said after the first with its year ("… le 30 mars 2025 ou
    le 31 mars 2025", "… 30. März 2025 oder den 31. März 2025", "… on 30 March 2025 or on
    Monday, 31 March 2025", "30 марта 2025 года или 31 марта")."""
    for _ in range(2):
        if k < len(units) and (sign(units[k], ",") or entry_of(units[k], FILL_MY) is not None):
            k += 1
    k = _past_or(units, k)
    if k < 0:
        return False
    for _ in range(MAX_OR_ARTICLES):
        if k < len(units) and _or_article(units[k]):
            k += 1
    return _day_and_month_at(units, k, hijri, said) >= 0


def _or_article(unit: Unit) -> bool:
    """Whether ``unit`` may stand between "or" and the second of two dates: an article or a
    preposition (OR_DATE_ARTICLES), a weekday, or a comma after it ("or on Monday, 31 March")."""
    if unit.kind == "sign":
        return unit.text == ","
    return unit.text in _OR_ARTICLES or entry_of(unit, WEEKDAY) is not None


def _first_of_two_dates(units: Sequence[Unit], k: int, hijri: bool, said: tuple[int, int]) -> bool:
    """Whether the units up to ``k`` end in a day and month of one calendar with its year,
    "or" and articles or prepositions (OR_DATE_ARTICLES): the half after them is the second of
    two dates ("30 Mart 2025 veya 31 Mart 2025 tarihinde", on 30 March 2025 or 31 March 2025;
    "… 30 mars 2025 ou le 31 mars 2025")."""
    for _ in range(MAX_OR_ARTICLES):
        if k >= 0 and _or_article(units[k]):
            k -= 1
    k = _before_or(units, k)
    if k < 1:
        return False
    for _ in range(MAX_YEAR_TAIL):  # the first date's year, its era, "de", commas: "30 de marzo de 2025"
        unit = units[k]
        if not (
            (unit.kind == "num" and unit.value > 31)
            or sign(unit, ",.")
            or entry_of(unit, GERA) is not None
            or entry_of(unit, HERA) is not None
            or entry_of(unit, FILL_MY) is not None
        ):
            break
        k -= 1
    return any(_day_and_month_at(units, start, hijri, said) == k for start in (k - 2, k - 1) if start >= 0)


def _past_or(units: Sequence[Unit], k: int) -> int:
    """The unit after an "or" of one or two words ("or", "ya da") that begins at ``k``, or -1."""
    if k >= len(units):
        return -1
    if units[k].text in _OR:
        return k + 1
    if k + 1 < len(units) and (units[k].text, units[k + 1].text) in _OR_PAIRS:
        return k + 2
    return -1


def _before_or(units: Sequence[Unit], k: int) -> int:
    """The unit before an "or" of one or two words that ends at ``k``, or -1."""
    if k < 1:
        return -1
    if units[k].text in _OR:
        return k - 1
    if (units[k - 1].text, units[k].text) in _OR_PAIRS:
        return k - 2
    return -1


def _day_and_month_at(units: Sequence[Unit], k: int, hijri: bool, said: tuple[int, int]) -> int:
    """The last unit of a day and month of one calendar (Hijri or not) that begins at ``k``, in
    either order, with a day's full stop or "de", "of" between ("31. März", "31 de marzo"), or
    -1; also -1 where they are the day and month ``said`` again, the same day in other words
    ("1 Ramadan 1444 H atau 1 Ramadan 2023")."""
    if k < 0 or k + 1 >= len(units):
        return -1
    kind = HMONTH if hijri else GMONTH
    first = units[k]
    if first.kind == "num":
        if first.value > 31:
            return -1
        j = k + 1
        if j + 1 < len(units) and (sign(units[j], ".") or entry_of(units[j], FILL_DM) is not None):
            j += 1
        month = entry_of(units[j], kind)
        return j if month is not None and (first.value, month.value) != said else -1
    second = units[k + 1]
    month = entry_of(first, kind)
    if month is None or second.kind != "num" or second.value > 31 or (second.value, month.value) == said:
        return -1
    return k + 1


# Articles, prepositions and weekdays at most after "or" ("oder auf den", "or on Monday,"), and
# units of the first date's year at most before it ("de 2025", ", 2025 AD").
MAX_OR_ARTICLES: Final = 4
MAX_YEAR_TAIL: Final = 4


def _day_and_month(units: Sequence[Unit], k: int, hijri: bool) -> bool:
    """Whether units ``k`` and ``k + 1`` are a day of the month and a month of one calendar
    (Hijri or not), in either order ("1 जुलाई", "July 1")."""
    kind = HMONTH if hijri else GMONTH
    first, second = units[k], units[k + 1]
    if first.kind == "num":
        return first.value <= 31 and entry_of(second, kind) is not None
    return second.kind == "num" and second.value <= 31 and entry_of(first, kind) is not None


def _other_month_bounded(units: Sequence[Unit], start: int, end: int, month: int | None) -> bool:
    """Whether a Hijri month other than the half's (``month``) is named between two halves
    and said to begin or end there ("… is followed by Sha'ban, which begins on …", "… the
    commencement of Ramadan on March 1"): the date after is that month's. The half's own
    month said again is no other month."""
    for k in range(start, end):
        named = entry_of(units[k], HMONTH)
        if (
            named is not None
            and named.value != month
            and any(_boundary_at(units, j) for j in range(max(start, k - 3), min(end, k + 4)) if j != k)
        ):
            return True
    return False


def _topic_after_clause(units: Sequence[Unit], start: int, end: int) -> bool:
    """Whether a word that sets a second subject against the first ("ise", "isə": as for)
    stands between two halves after a comma: the second half is the second subject's day, in
    its own clause ("…, bayram ise 30 Mart 2025'te başlayacak")."""
    return any(
        units[k].text in _TOPICS and any(sign(units[j], ",;،") for j in range(start, k))
        for k in range(start, end)
    )


def _and_on_before(units: Sequence[Unit], half: Half) -> bool:
    """Whether "and on" ("dan pada", "et le") stands just before the half: a new clause's
    day ("Muharram 1446 began with protests, and on 9 July 2024 parliament was dissolved")."""
    for k in range(half.first - 1, max(0, half.first - 4), -1):
        unit = units[k]
        if unit.kind in ("word", "lex") and unit.text in _ON:
            return units[k - 1].text in _AND
        if not (unit.kind == "sign" or entry_of(unit, WEEKDAY) or unit.text in ("the", "hari", "tanggal")):
            return False
    return False


def _that_after(units: Sequence[Unit], half: Half) -> bool:
    """Whether "that" follows the half straight away, but for signs: the half is the day
    something was said on ("… في 30 شعبان 1446هـ أن …")."""
    for k in range(half.last + 1, min(len(units), half.last + 3)):
        if units[k].kind == "sign":
            continue
        return units[k].text in _SAID_THAT and not _describes_the_day(units, k)
    return False


def _describes_the_day(units: Sequence[Unit], k: int) -> bool:
    """Whether the "that" at ``k`` is a "which" opening an aside between commas that ends in a
    copula, and says what the day before it is: "اول ماه شوال ، که عید فطر است ، پنجشنبه ، 13
    مه 2021 است" (the 1st of Shawwal, which is Eid al-Fitr, is Thursday, 13 May 2021)."""
    if units[k].text not in _RELATIVE_THAT or not sign(units[k - 1], ",،"):
        return False
    for index in range(k + 1, min(len(units), k + 2 + MAX_ASIDE_WORDS)):
        if units[index].kind == "sign":
            return sign(units[index], ",،") and index > k + 2 and units[index - 1].text in _COPULAS
        if units[index].kind == "num":
            return False
    return False


# How many words an aside that describes a day may hold ("، که عید فطر است ،").
MAX_ASIDE_WORDS: Final = 6


def _day_begins_at_evening(units: Sequence[Unit], hijri: Half, gregorian: Half) -> bool:
    """Whether a word for sunset or the evening prayer stands between a Gregorian date and
    the Hijri day after it: "U srijedu 14. novembra 2012. god., poslije akšama nastupa
    1.Muharrem" (on 14 November 2012, after the evening prayer, 1 Muharram begins). The Hijri
    day begins that evening, and is the next civil day; a month said to begin so (no day)
    pairs with the date (see :data:`datelines.names.words.SUNSET_WORDS`)."""
    if hijri.day is None or gregorian.last >= hijri.first:
        return False
    return any(
        units[k].text in _EVENING
        and any(
            units[j].text in _AFTER_SUNSET for j in (k - 2, k - 1, k + 1) if gregorian.last < j < hijri.first
        )
        for k in range(gregorian.last + 1, hijri.first)
    )


# "After" beside a word for sunset ("poslije akšama", "after sunset", "с заходом солнца",
# "akşamdan sonra"): only then does the Hijri day said next begin that evening ("On 11 March
# 2024 Muslims broke fast at sunset on 1 Ramadan 1445" is one day).
_AFTER_SUNSET: Final = frozenset(
    fold(word) for word in ("after", "poslije", "posle", "nakon", "sonra", "с", "после", "baada", "setelah")
)


def _days_apart(units: Sequence[Unit], start: int, end: int) -> bool:
    """Whether a count of days stands beside "before" or "after" between two halves ("two
    days after", "sehari setelah", "بيومين قبل"): they are said to be different days."""
    for k in range(start, end):
        if units[k].text in _OFFSETS and any(
            start <= j < end and units[j].text in _DAY_COUNTS for j in (k - 1, k + 1)
        ):
            return True
    return False


def _relative_day_after(units: Sequence[Unit], hijri: Half, gregorian: Half) -> bool:
    """A day said as "tomorrow" or "today" just after a Hijri day ("1 Ramazan 1446'nın yarın
    olduğunu"), or after a month with no day with a word for its beginning or end ("Ramadan
    would begin tomorrow", "Ramazan'ın yarın başlayacağını"), and not the Gregorian date's
    own word ("tomorrow, 1 March")."""
    for k in range(hijri.last + 1, min(len(units), hijri.last + 5)):
        if gregorian.first <= k <= gregorian.last or units[k].kind == "num":
            return False
        if units[k].kind in ("word", "lex") and units[k].text in _RELATIVE_DAYS:
            if hijri.day is None and not any(
                _boundary_at(units, i) for i in range(hijri.last + 1, min(len(units), k + 3))
            ):
                return False  # "başlayan Ramazan ayında bugün": today, in Ramadan
            if any(units[i].text == units[k].text for i in range(max(0, hijri.first - 5), hijri.first)):
                # the same day said of both: "آج کی اسلامی تاریخ 13 شعبان 1446 ہجری ہے اور آج کی
                # گریگورین تاریخ 14 فروری 2025 ہے" (today's Islamic date is …, and today's
                # Gregorian date is …; a held-out line)
                return False
            between = range(k + 1, gregorian.first)
            own = gregorian.first > k and all(
                units[i].kind == "sign"
                or entry_of(units[i], WEEKDAY)
                or entry_of(units[i], CONNECTOR)
                or entry_of(units[i], FILL_DM)
                or units[i].text in _CLAUSE_BREAK_LINKS  # a verb of coinciding
                or (i == k + 1 and units[i].text in _RELATIVE_PRONOUNS)  # "اليوم الذي يوافق": the day which
                for i in between
            )  # "bugün, yani 4 Mart 2026": today, that is, that date; "کل بروز سوموار 20 نومبر"
            return not own
    return False


def _connects_a_weekday(units: Sequence[Unit], lo: int, hi: int) -> bool:
    """Whether the first connector between two halves joins a weekday said just before it,
    in another clause than the half before, to the half after: "ئەمڕۆ هەینی 13ـی شوباتی 2026،
    … ڕایگەیاند: رۆژی سێشەممە هاوکاتە لەگەڵ 29ـی شەعبان" (today, Friday 13 February 2026, …
    said: Tuesday coincides with 29 Sha'ban). Then the weekday, not the date, is the one day."""
    for k in range(lo, hi):
        if entry_of(units[k], CONNECTOR):
            j = k - 1
            while j >= lo and entry_of(units[j], FILL_DM):
                j -= 1  # "رۆژی سێشەممە": the day Tuesday
            return j >= lo and entry_of(units[j], WEEKDAY) is not None and _clause_between(units, lo, j)
    return False


def _relative_day_before(units: Sequence[Unit], hijri: Half, gregorian: Half) -> bool:
    """A day said as "tomorrow" or "today" just before a Hijri date that follows the Gregorian
    one, with words between that date and the word: "ربیع الاول کا چاند آج 23 اگست کو نظر آگیا
    ہے اور کل اتوار کو یکم ربیع الاول ہوگا" (the moon was seen today, 23 August, and tomorrow,
    Sunday, is 1 Rabi' al-Awwal). Not the Gregorian date's own word ("23 August, tomorrow, 1 …")."""
    if gregorian.last >= hijri.first:
        return False
    index = hijri.first - 1
    while index > gregorian.last and hijri.first - index <= 4:
        unit = units[index]
        if (
            unit.kind in ("word", "lex")
            and unit.text in _RELATIVE_DAYS
            # "وهو اليوم التاسع من شهر ذي الحجة": "the day" before its ordinal, not "today"
            and not (index == hijri.first - 1 and entry_of(units[hijri.first], DAYWORD))
        ):
            return not all(
                units[i].kind == "sign" or entry_of(units[i], WEEKDAY) or entry_of(units[i], CONNECTOR)
                for i in range(gregorian.last + 1, index)
            )
        if not (
            unit.kind == "sign"
            or entry_of(unit, WEEKDAY)
            or entry_of(unit, FILL_DM)
            or unit.text in _ON_AFTER
        ):
            return False  # "کل اتوار کو": tomorrow, Sunday, on
        index -= 1
    return False


def _ambiguous(units: Sequence[Unit], index: int) -> bool:
    """A month name that is also an everyday word, with no word for "month" beside it."""
    if units[index].text not in _AMBIGUOUS_MONTHS:
        return False
    beside = (index - 2, index - 1, index + 1)
    return not any(0 <= k < len(units) and units[k].text in _MONTH_NOUNS for k in beside)


def _only_copula(units: Sequence[Unit], start: int, end: int) -> bool:
    """Whether nothing but signs, fillers ("روز", "the", "de"), weekdays and copulas parts two
    halves: "7 يونيو 2027 هو غرة شهر ذي الحجة", "ژوئیه ۲۰۲۴ میلادی • روز ١٠ ذي الحجة"."""
    for k in range(start, end):
        unit = units[k]
        if unit.text in _AND:
            # "and" lists two days, even where a table has the word as a filler (Indonesian
            # "dan" is Bosnian "day"): "yaitu 1 Ramadan 1446 H dan 17 Agustus 2025"
            return False
        if unit.kind == "sign" or entry_of(unit, FILL_DM) or entry_of(unit, WEEKDAY):
            continue
        if unit.kind in ("word", "lex") and unit.text in _COPULAS:
            continue
        if k == end - 1 and unit.text in _ARTICLES and units[end].glued:
            continue  # "هو الأول من شهر ذي الحجة": the article the tokens cut off the day word "أول"
        if unit.text in _BEFORE_COPULAS and k + 1 < end and units[k + 1].text in _COPULAS:
            continue  # "to be"
        return False
    return True


# The Arabic article, and a preposition or a conjunction written onto it, as the tokens cut
# it off a day word of the tables ("الأول", "للأول": the day word is "أول", which "ربيع الأول"
# has too).
_ARTICLES: Final = frozenset({"ال", "وال", "بال", "فال", "كال", "لل", "ولل"})


def _copula_then_boundary(units: Sequence[Unit], start: int, end: int) -> bool:
    """Whether signs, a copula, a word for a month's beginning or end and fillers part a date
    and the month after it, which the date is then said to begin or end: "Yau Litinin, 3 watan
    Yuli, 2019, ne karshen watan Ramadana na shekarar 1440" (today, Monday 3 July 2019, is the
    end of Ramadan 1440), "30 March 2025 is the end of Ramadan 1446". A focus copula
    (:data:`datelines.names.words.FOCUS_COPULAS`) counts only here."""
    k = start
    while k < end and units[k].kind == "sign":
        k += 1
    if not (k < end and units[k].kind in ("word", "lex") and units[k].text in _FOCUS_COPULAS):
        return False
    k += 1
    while k < end and entry_of(units[k], FILL_DM):
        k += 1
    return k < end and _boundary_at(units, k) and all(entry_of(units[j], FILL_DM) for j in range(k + 1, end))


def _a_range(units: Sequence[Unit], a: Half, b: Half) -> bool:
    """Whether the words around two halves make them a range's two ends. (Not a joiner
    between two numbers in the gap, the range of days that begins the second half: "de 14 a
    18 de junho de 2024 (8 a 12 de Dhul Hijjah de 1445)".)"""
    gap = {
        units[k].text
        for k in range(a.last + 1, b.first)
        if units[k].kind in ("word", "lex")
        and not (k - 1 > a.last and units[k - 1].kind == "num" and units[k + 1].kind == "num")
    }
    if gap & _RANGE_ENDS:
        return True
    before = {units[k].text for k in range(max(0, a.first - 3), a.first) if units[k].kind in ("word", "lex")}
    if any(first in before and second in gap for first, second in _RANGE_PAIRS):
        return True
    after = {
        units[k].text
        for k in range(b.last + 1, min(len(units), b.last + 3))
        if units[k].kind in ("word", "lex")
    }
    return any(first in gap and second in after for first, second in _RANGE_POSTPOSITIONS)


def _since_before(units: Sequence[Unit], half: Half, words: frozenset[str] | None = None) -> bool:
    """A word for "since" (or of ``words``) just before the half, with only the words that
    stand between a day and its month, or a weekday, between ("since Monday, 1 Ramadan")."""
    said = _SINCE if words is None else words
    for k in range(half.first - 1, max(-1, half.first - 4), -1):
        unit = units[k]
        if unit.kind in ("word", "lex") and unit.text in said:
            return True
        if not (entry_of(unit, FILL_DM) or entry_of(unit, WEEKDAY) or sign(unit, ",")):
            return False
    return False


_REFORM: Final = date(1582, 10, 15)


def _weekday_against(units: Sequence[Unit], hijri: Half, gregorian: Half, *, rumi: bool = False) -> bool:
    """Whether a weekday said beside the Hijri half (not beside the Gregorian one) is not the
    weekday of the Gregorian half's whole date: then they are two days. ``rumi``: the
    Gregorian half is an Ottoman line's Rumi date, which "and" joins to its Hijri one."""
    if gregorian.year is None or gregorian.month is None or gregorian.day is None:
        return False
    if _equated(units, hijri, gregorian):
        return False
    try:
        day = date(gregorian.year, gregorian.month, gregorian.day)
    except ValueError:
        return False
    # A range's half is read as its last day, and a weekday fits it only as the last day's: a
    # notice's first day's weekday beside a Hijri day ("Senin 10 Dzulhijjah 1445 H / 17-18 Juni
    # 2024") is the Hijri day's, another day than the half read (a review: pairing them made
    # false alarms). Before 1582 the western half is read as a Julian date first (see the
    # checker): its weekday too ("… 15 Aralık 859", a Julian date).
    weekdays = {day.weekday()}
    back = _days_before_in_range(units, gregorian) or 0
    opening = gregorian.first  # where the half begins, a range's first day ("27-28 March")
    if back and opening > 1 and units[opening - 1].text in "-–" and units[opening - 2].kind == "num":
        opening -= 2
    if day < _REFORM:
        from ..calendars.julian import julian_month_length, julian_to_ordinal

        if gregorian.day <= julian_month_length(gregorian.year, gregorian.month):
            weekdays.add((julian_to_ordinal(gregorian.year, gregorian.month, gregorian.day) + 6) % 7)
    for step, start in ((-1, hijri.first - 1), (1, hijri.last + 1)):
        index = start
        reach = 4
        while reach > 0:
            if not 0 <= index < len(units) or gregorian.first <= index <= gregorian.last:
                break
            unit = units[index]
            if step == 1 and index == start and entry_of(unit, FILL_MY):
                # the year's noun after the half ("Zilqad month of 1442 hijri year will begin from
                # Sunday (June 13)", a held-out line) is the half's, not one of the words before
                # its weekday
                index += step
                continue
            reach -= 1
            if unit.kind == "num" or _sentence_end(units, index):
                break  # "Friday was hot. Ramadan 1445 began 11 March 2024": another sentence's
            if step == -1 and unit.text in _SAID_THAT:
                # "The Ministry on Saturday announced that 1 Muharram 1446 AH would fall on
                # Monday, July 8, 2024": the saying's weekday (held-out set 25)
                break
            if step == 1 and unit.text in _AND:
                # "… as the First Day of Zulhijjah 1445AH and Sunday, June 16th …" (a held-out
                # line): a weekday after an "and" begins the next item
                break
            found = entry_of(unit, WEEKDAY)
            if found is not None:
                if _touches(units, index, gregorian):
                    break  # "Friday, 28 February 2025": the Gregorian date's own weekday
                if (
                    step == -1
                    and found.value not in weekdays  # (a weekday that fits keeps the pair anyway)
                    and hijri.first < gregorian.first
                    and not _own_weekday(units, gregorian)
                    and _side_by_side(units, hijri.last + 1, opening, rumi=rumi)
                    and not _list_goes_on(units, gregorian)
                    and not _weekday_of_the_hijri_day(hijri, found.value)
                ):
                    # the line's weekday, before both halves, the Gregorian one without its own:
                    # "Thursday, 19 Ramadan 1445 AH, 29 March 2024" is one day with a misprinted
                    # weekday, which the checker reports, not two days (a trial: the line
                    # vanished, and the linter passed it)
                    break
                if step == 1 and index + 2 < len(units) and joins_a_range(units, index + 1, index + 2):
                    # a range of weekdays after a range of days ("6-8 J' Akhir 1438H
                    # (Ahad-Selasa)"): the last is the last day's
                    found = entry_of(units[index + 2], WEEKDAY) or found
                return found.value not in weekdays
            index += step
    return False


def _equated(units: Sequence[Unit], hijri: Half, gregorian: Half) -> bool:
    """Whether an equals sign or a connector ("corresponding to", "الموافق") joins the two
    halves, with only signs, era marks and the Gregorian half's own weekday between: one day
    told twice, its two weekdays the checker's to compare ("Wednesday 6 Rajab 882 A.H. =
    Tuesday 14 October, 1477 A.D.", a historian's line whose weekdays disagree; held-out set
    33: the Gregorian half was dropped as another day)."""
    lo, hi = (
        (hijri.last + 1, gregorian.first)
        if hijri.last < gregorian.first
        else (gregorian.last + 1, hijri.first)
    )
    joined = weekday = False
    for k in range(lo, hi):
        unit = units[k]
        if unit.text == "=" or entry_of(unit, CONNECTOR):
            joined = True
        elif entry_of(unit, WEEKDAY) is not None and not weekday and k > lo:
            weekday = True
        elif not (sign(unit, ".,:(/-–—") or entry_of(unit, HERA) or entry_of(unit, GERA)):
            return False
    return joined and weekday


def _on_each(units: Sequence[Unit], half: Half) -> bool:
    if half.last + 1 < len(units) and units[half.last + 1].text in _ON_AFTER:
        return True  # "27 رمضان 1446ھ کو", "29 मार्च 2025 को"
    return _on_before(units, half)


def _on_before(units: Sequence[Unit], half: Half) -> bool:
    """Whether a preposition of time stands just before the half ("on 27 Ramadan 1446",
    "pada 29 Maret 2025"): two halves each with their own, and words between, are two
    things' days."""
    for k in range(half.first - 1, max(-1, half.first - 4), -1):
        unit = units[k]
        if unit.kind in ("word", "lex") and unit.text in _ON:
            return True
        if not (unit.kind == "sign" or entry_of(unit, WEEKDAY) or unit.text in ("the", "hari", "tanggal")):
            return False
    return False


def _weekday_of_the_hijri_day(hijri: Half, weekday: int) -> bool:
    """Whether ``weekday`` is that of the Hijri half's own day in an authority's calendar: then
    it is that date's, and a Gregorian date of another weekday beside it is another day ("يوم
    الأحد 1 شوال 1446 هـ، 29 مارس 2025 يوم تحري الهلال": Sunday the 1st, Saturday the day of
    the sighting; "Friday, 12 Rabi al-Awwal 1447, 4 September 2025", the 12th a Friday where
    the month began a day after Umm al-Qura's; a review). A weekday of none is a misprint of
    the one day the line names."""
    if hijri.year is None or hijri.month is None or hijri.day is None:
        return False
    from ..calendars import AUTHORITY_IDS, get_calendar
    from ..errors import DatelineError
    from ..hijri import HijriDate

    try:
        day = HijriDate(hijri.year, hijri.month, hijri.day)
    except (DatelineError, ValueError):
        return False
    for authority in ("umalqura", *AUTHORITY_IDS):
        try:
            if get_calendar(authority).to_gregorian(day).weekday() == weekday:
                return True
        except (DatelineError, ValueError):
            continue
    return False


def _side_by_side(units: Sequence[Unit], lo: int, hi: int, *, rumi: bool = False) -> bool:
    """Whether units lo..hi-1 are only signs (not ";"), connectors and era marks (and "and"
    before a Rumi date): two halves side by side ("19 Ramadan 1445 AH, 29 March 2024", "10
    Muharrem 1288 ve 20 Mart 1287"), not a sentence's two days ("Thursday, 27 Ramadan 1446,
    with Eid al-Fitr on 30 March 2025", "Sunday, 1 Shawwal 1446, and 29 March 2025, the day
    of the sighting": a review)."""
    return all(
        (units[k].kind == "sign" and units[k].text not in ";؛")
        or (rumi and units[k].text in _AND)
        or any(entry_of(units[k], kind) for kind in (CONNECTOR, HERA, GERA))
        for k in range(lo, hi)
    )


def _list_goes_on(units: Sequence[Unit], half: Half) -> bool:
    """Whether another date follows the half within a few units, after a comma: a list of
    days ("Saturday, 1 Ramadan 1446, 2 March 2025, 3 March 2025", "… 29 Maret 2025 sidang
    isbat, 31 Maret 2025"), whose weekday is not one line's."""
    end = min(len(units) - 2, half.last + 6)
    return any(
        sign(units[k], ",;،؛")
        and units[k + 1].kind == "num"
        and (is_month(units[k + 2]) or units[k + 2].kind == "num")
        for k in range(half.last + 1, end)
    )


def _own_weekday(units: Sequence[Unit], half: Half) -> bool:
    """Whether a weekday stands beside the half, only signs or a connector between:
    "Saturday, 29 March 2025", "29 March 2025 (Saturday)", "الأربعاء الموافق 22 يوليو"."""
    for k in (
        *range(max(0, half.first - 3), half.first),
        *range(half.last + 1, min(len(units), half.last + 4)),
    ):
        if entry_of(units[k], WEEKDAY) is None:
            continue
        lo, hi = (k + 1, half.first) if k < half.first else (half.last + 1, k)
        if all(units[j].kind == "sign" or entry_of(units[j], CONNECTOR) for j in range(lo, hi)):
            return True
    return False


def _touches(units: Sequence[Unit], index: int, half: Half) -> bool:
    """Whether only signs stand between the unit at ``index`` and the half."""
    lo, hi = (index + 1, half.first) if index < half.first else (half.last + 1, index)
    return all(units[k].kind == "sign" for k in range(lo, hi))


def _ends_sentence(units: Sequence[Unit], index: int) -> bool:
    """A full stop after a word of four letters or more, or after a year when a word
    follows that does not go on with the date ("… in January 2024. Ramadan 1445 is …");
    not after an abbreviation ("i.e.", "n. H.", "г."), a day ("1." in German), a table
    word, or a year that a word of the date follows ("1445. godine" in Bosnian)."""
    if index == 0:
        return False
    before = units[index - 1]
    if before.kind == "word":
        return len(before.text) >= 4
    # The next sentence's first unit, past the quotation mark that may open it ('… 29th day
    # of Ramadan 1442AH. "Therefore, Wednesday May 12, 2021 …': a quoted statement's next
    # paragraph).
    following = index + 1
    while (
        following < len(units)
        and units[following].kind == "sign"
        and (
            units[following].text in _QUOTES
            or (units[following].text in BULLETS and units[following].value == 1)
        )
    ):
        following += 1
    if (
        before.kind == "lex"
        and any(
            (found := entry_of(before, kind)) and (found.spelling.endswith(".") or "." in before.text)
            for kind in (HERA, GERA, SERA)
        )
        and following < len(units)
        and units[following].kind == "num"
        and (len(units[following].text) == 4 or "." in before.text)
    ):
        return False  # an era whose table spelling keeps its stop, before its year: "พ.ศ. 2566",
        # or an abbreviation's last stop: "г. х. 1437", "г. х. 1-yil"
    if before.kind == "lex" and any(entry.spelling in YEAR_ABBREVIATIONS for entry in before.entries):
        return False  # Russian "г.": "1 рамадана 1445 г. пришлось на 11 марта 2024 г."
    if before.kind == "lex" and any(entry.spelling in YEAR_WORDS_CUT_SHORT for entry in before.entries):
        # a word cut short: its stop ends the sentence only before a word of no table
        # ("1. ševvala 1445. g. Sutra je …"), not before a sign or the next date ("2012. g. /
        # 12. rebiu-l-evvel", "2012. g. (12. …")
        return following < len(units) and units[following].kind == "word"
    if _an_era_s_own_stop(units, index, following):
        return False  # a year's era cut short, its stop its own, before the next date's number:
        # "২০২০ খ্রি. ৬ চৈত্র", an Indonesian letter's "1446 H.\n1 Maret 2025 M."
    if before.kind == "lex" and any(entry_of(before, kind) for kind in (HERA, GERA, SERA)):
        # "… Jumada al-Akhirah 25, 1436 AH. 7 December 2014 …": an era mark's full stop, then
        # a space and the next sentence's first number or word (not "A.H.", "h. g.", "H./", "H. (").
        return (
            units[index].glued
            and following < len(units)
            and not units[index + 1].glued
            and (
                (units[following].kind == "num" and not _a_bengali_date_said_alone(units, following))
                # (not "and" of a third date: "… 1445 A.H. and 10 January 2024", stop 59)
                or (
                    units[following].kind == "word"
                    and len(units[following].text) >= 3
                    and units[following].text not in _AND
                )
                or _begins_sentence(units[following], after_era=True)
            )
        )
        # (Bangladeshi pages list their three dates as sentences, each with its era: "২৫ এপ্রিল
        # ২০২৩ ইংরেজি। ১২ বৈশাখ ১৪৩০ বাংলা। ০৪ শাওয়াল ১৪৪৪ হিজরি", the danda a full stop; a
        # sentence that goes on after its Bengali date is another: "… ২০২০ ইংরেজি। ১৫ মাঘ ১৪২৬
        # বাংলা তারিখে তা কার্যকর হয়।", a review.)
    if before.kind != "num" or len(before.text) < 3 or following >= len(units):
        return False
    after = units[following]
    return after.kind == "word" or _begins_sentence(after)


def _ends_with_its_era(units: Sequence[Unit], half: Half) -> bool:
    """Whether a half is a year alone, or ends with its own era mark and then the text, a stop
    or a comma: the second date of a letter's line after the first's era and stop ("21 Muharam
    1274 H. 1858 M.", "Jakarta, 1 Ramadhan 1445 H. 11 April 2024 M."; review 60b), not the next
    sentence's first date ("… 1445 H. 2 Mei 2024 kitab dicetak.")."""
    if half.year_only:
        return True
    after = half.last + 1
    return (
        half.era_unit is not None
        and half.era_unit == half.last
        and (after >= len(units) or sign(units[after], ".,;)"))
    )


def _an_era_s_own_stop(units: Sequence[Unit], index: int, following: int) -> bool:
    """Whether the stop at ``index`` is that of a year's era cut short ("H.", "খ্রি."), with
    the next date's number after it (``following``): no sentence's end."""
    return (
        index >= 2
        and units[index - 1].kind == "lex"
        and units[index - 1].text in ABBREVIATED_ERAS
        and units[index].glued
        and units[index - 2].kind == "num"
        and following < len(units)
        and units[following].kind == "num"
    )


def _an_era_s_stop_before_a_sign(units: Sequence[Unit], index: int) -> bool:
    """Whether the stop at ``index`` is a year's era's, glued to it, with the sign that sets
    the other half off after it: "1 Shawwal 1446 A.H. / 30 March 2024", "1446 هـ. (4 أبريل
    2025)" (trial 27: a slipped line across such a stop was left unpaired, and passed). No
    sentence begins with a slash or a bracket."""
    return (
        index >= 2
        and units[index].glued
        and units[index - 2].kind == "num"
        and (entry_of(units[index - 1], HERA) is not None or entry_of(units[index - 1], GERA) is not None)
        and index + 1 < len(units)
        and sign(units[index + 1], "/(=|")
    )


_QUOTES: Final = frozenset('"')  # every quotation mark folds to this one (apostrophes vanish)
# ... and a list's bullet that begins its line ("… bulan Rajab 1446H.\n\n• Rabu, 1 Januari
# 2025 bertepatan dengan tanggal 1 Rajab 1446 H": held-out set 35; the header's month had been
# paired with the first item's day, that item's own Hijri date lost), not one within a line
# ("10 Rabiul Akhir 1437 AH. • 20 January 2016": review 64).


def _begins_sentence(unit: Unit, *, after_era: bool = False) -> bool:
    """A word of the tables that does not go on with a date ("The", not "AH" or "tahun");
    after an era mark no word goes on to a year ("1440 AH. The author …")."""
    kinds = (HERA, GERA, CONNECTOR) if after_era else (FILL_MY, HERA, GERA, CONNECTOR)
    return (
        unit.kind == "lex"
        and not any(entry_of(unit, kind) for kind in kinds)
        and not any(entry.spelling in YEAR_WORDS_CUT_SHORT for entry in unit.entries)  # "1446. h. g."
    )


def _calendar_of(half: Half, partner: Half) -> CalendarKind | None:
    if half.calendar is not None:
        return half.calendar
    return None if partner.calendar is None else (GREGORIAN if partner.calendar == HIJRI else HIJRI)


def merge_halves(units: Sequence[Unit], halves: list[Half], *, keep_bare: bool = False) -> list[Half]:
    """A bare year and the day and month that complete it: "2024 Masehi … Rabu (10/4)",
    "Ramadan 1445/2024 begins tomorrow, 11 March 2024"."""
    out: list[Half] = []
    for half in halves:
        other_year = False
        if out:
            previous = out[-1]
            same = previous.calendar == half.calendar or half.calendar is None
            cost = _gap_cost(units, previous.last + 1, half.first, sentences=previous.bare)
            if (
                (previous.bare or (previous.month is not None and previous.year is None))
                and half.year_only
                and half.era_unit is not None
                and same
                and cost is not None
                and cost <= (3 if previous.day is None else 1)
                # not the month's fast, said in a year: "ரமழான் மாத நோன்பு ஹிஜ்ரி இரண்டாம் ஆண்டு
                # கடமையாக்கப்பட்டது" (the Ramadan fast was made obligatory in the second Hijri year)
                and not any(units[i].text in FASTING for i in range(previous.last + 1, half.first))
            ):
                # "the month of Ramadan. For this year 1445 AH", "فاتح شهر رمضان المبارك للعام
                # الهجري 1446هـ": a month and the year said after it, with its era.
                out[-1] = previous._replace(
                    year=half.year, last=half.last, era_unit=half.era_unit, bare=False
                )
                continue
            if (
                same
                and previous.year_only
                and half.month is not None
                and half.year in (None, previous.year)
                and (
                    (other_year := _or_its_other_year(units, previous, half))
                    or (
                        cost is not None
                        and cost <= 3
                        # words between say it is the day, not another thing's ("Ramadan 1445
                        # (2024) appeal launches on 8 March 2024", "… 1446 H/2025 pada 28
                        # Februari 2025", the session's; a review)
                        and (previous.calendar != GREGORIAN or _gloss_goes_on(units, previous, half, cost))
                    )
                )
            ):
                out[-1] = half._replace(
                    calendar=previous.calendar,
                    year=previous.year,
                    first=previous.first,
                    era_unit=previous.era_unit,
                    # "1447 Islamic New Year": a day; a month with both its years, a date
                    bare=half.bare and half.day is None and not other_year,
                )
                continue
        out.append(half)
    return out if keep_bare else [half for half in out if not half.bare]


def _or_its_other_year(units: Sequence[Unit], year: Half, month: Half) -> bool:
    """Whether a Hijri year with its era and a month after it are parted only by "or" and the
    month's Gregorian year with its word for "year": "১৪৪৬ হিজরি বা ২০২৫ সালের রমজান" (the
    Ramadan of 1446 Hijri, or of the year 2025). The month is that Hijri year's, and the
    Gregorian year stays the month's, to pair with it."""
    if year.calendar != HIJRI or year.era_unit is None or month.loose_year is None or year.year is None:
        return False
    if abs(month.loose_year - _gregorian_year_of(year.year)) > 1.5:
        return False  # "১৪৪৬ হিজরি বা ২০৩০ সালের রমজান": not that year's other name
    start = year.last + 1
    if not (start < month.loose_year_unit < month.first and units[start].text in _OR):
        return False
    return all(
        k == month.loose_year_unit or entry_of(units[k], FILL_MY) is not None
        for k in range(start + 1, month.first)
    )


def _years_said_twice(halves: list[Half]) -> list[Half]:
    """A Hijri month's year, with no era, that is a Gregorian date's year in the same text:
    the Gregorian year said with the month ("Der Ramadan im Jahre 1492 begann am 19. Juli
    1492", "Ramadan 1492 began on 19 July 1492"; review 57), no Hijri year, since a Hijri
    year and a Gregorian one of the same number share no day for eighteen thousand years.
    The month is read without a year."""
    years = {h.year for h in halves if h.calendar == GREGORIAN and h.year is not None and h.month is not None}
    if not years:
        return halves
    return [
        h._replace(year=None)
        if h.calendar == HIJRI
        and h.year in years
        and h.era_unit is None
        and h.day is None
        and h.month is not None
        else h
        for h in halves
    ]


def pair_halves(units: Sequence[Unit], halves: Sequence[Half], folded: Folded | None = None) -> list[Pair]:
    """Neighbouring halves of opposite calendars, best (closest) pairs first taken; then a
    Hijri month named alone beside a Gregorian date where the text says the month begins
    or ends there ("Ramadan will begin on Friday, April 24")."""
    everything = _years_said_twice(merge_halves(units, list(halves), keep_bare=True))
    # A feast by its name pairs only with a date the words tie it to (see _feast_pairs), not
    # with its neighbour across a dateline's dash, a range or another thing's words.
    feasts = [h for h in everything if a_feast(units, h) and not _restated_feast(units, h, everything)]
    # (a feast without its year is no date but where the words tie it to one)
    everything = [h for h in everything if not (h.bare and a_feast(units, h))]
    feast_pairs: list[Pair] = []
    if feasts:
        # first: the words tie the date to the feast ("the first day of Syawal or Hari Raya
        # Aidilfitri for the year 1445 Hijrah falls on Wednesday, 10 April 2024": the feast
        # says the year)
        everything = [h for h in everything if not a_feast(units, h)]
        feast_pairs = _feast_pairs(units, feasts, everything)
        tied = {p.gregorian.first for p in feast_pairs}
        everything = [h for h in everything if h.first not in tied]
        paired = {p.hijri.first for p in feast_pairs}
        everything = [
            _with_the_feasts_year(units, h, [f for f in feasts if f.first not in paired]) for h in everything
        ]
    # A new year named without its year is a day (1 Muharram) for pairing, no date alone.
    merged = [half for half in everything if not half.bare or half.day is not None]
    pairs = _corresponding_ranges(units, merged, _pair_neighbours(units, merged, folded))
    pairs = _to_the_range_ends(units, merged, pairs)
    pairs = [_year_of_the_month_after(units, everything, pair) for pair in pairs]
    pairs = _days_of_the_years_before(units, everything, pairs)
    used = {i for p in pairs for h in (p.hijri, p.gregorian) for i in range(h.first, h.last + 1)}
    # last of the pairings of whole dates: a date a line pairs with its own Hijri day is not
    # the day a year begins ("Hajj 1446 AH begins on 4 June 2025 (8 Dhul Hijjah 1446)", review 58)
    begun = _years_begun(units, merged, used)
    pairs.extend(begun)
    used.update(i for p in begun for h in (p.hijri, p.gregorian) for i in range(h.first, h.last + 1))
    pairs.extend(_boundary_pairs(units, everything, used))
    pairs.extend(_beginnings_coincide(units, everything, used))
    in_halves = {i for h in everything for i in range(h.first, h.last + 1)}
    pairs = [_bracketed_year(units, pair, in_halves) for pair in pairs]
    pairs = _past_the_years_gloss(units, merged, pairs)
    pairs.extend(day_only_pairs(units, merged, pairs, everything))
    pairs.extend(_said_of_the_date_before(units, everything, pairs))
    pairs.extend(feast_pairs)
    pairs = [found for pair in pairs if (found := _with_century(pair)) is not None]
    pairs = [_with_boundary(units, pair) for pair in pairs]
    pairs = [_with_unknown_month(units, pair, everything) for pair in pairs]
    pairs = [_ranges_of_years(units, pair) for pair in pairs]
    pairs.extend(_unknown_month_pairs(units, everything, pairs))
    pairs.sort(key=lambda p: p.first)
    return pairs


def _unknown_month_pairs(units: Sequence[Unit], halves: Sequence[Half], pairs: Sequence[Pair]) -> list[Pair]:
    """A whole Gregorian date that paired with nothing, and beside it, with only signs
    between, a day, a word or two the tables do not know and a Hijri year of the same years
    ("Dahir du 10 hija 1445 (17 juin 2024)"): read as :func:`pair_unknown_month` reads a
    line, so that ``extract`` reports the date ``check`` warns of (a trial: extract passed
    the line over in silence). Running text asks more than a line: the Gregorian date whole,
    its month named, and nothing but signs between the two."""
    paired = {id(h) for p in pairs for h in (p.hijri, p.gregorian)}
    skeleton: list[_RunSkeleton] | None = None  # made for the first date asked (most windows ask none)
    found: list[Pair] = []
    taken = [*halves, *(h for p in pairs for h in (p.hijri, p.gregorian))]
    # (the units the taken halves hold, for a Gregorian date: kept as halves are taken, not
    # made again for each date, which cost a window of many dates its square)
    used: set[int] | None = None
    for half in halves:
        if (
            id(half) in paired
            or half.calendar != GREGORIAN
            or half.numeric
            or half.day is None
            or half.month is None
            or half.year is None
        ):
            continue
        if skeleton is None:
            skeleton = _unknown_month_skeleton(units)
            used = _used_by(taken, half)
        pair = pair_unknown_month(units, taken, half, limit=0.0, skeleton=skeleton, used=used)
        opened = half.first > 0 and sign(units[half.first - 1], "([")
        if opened and not (half.last + 1 < len(units) and sign(units[half.last + 1], ")]")):
            continue  # "… 1445 (17 June 2024 was their best day)": no date in brackets alone
        if pair is not None and _like_a_hijri_month(
            " ".join(
                units[k].text
                for k in range(pair.hijri.first + 1, pair.hijri.last + 1)
                if units[k].kind == "word"
            ),
            every=True,  # (not "12 ribu jamaah 1446 H", twelve thousand pilgrims: a second review)
        ):
            found.append(pair)
            taken.extend((pair.hijri, pair.gregorian))
            if used is not None:
                used |= _used_by((pair.hijri, pair.gregorian), half)
    return found


def _like_a_hijri_month(words: str, *, every: bool = False) -> bool:
    """Whether words the tables do not know are spelt like a word of a Hijri month's name
    ("hija" and "hijja", "rejeb" and "rejab"): a misspelt month, not "Team 10 scored 1445
    (…)", "Rp 12 miliar 1445 (…)" (a review). For running text, where such a run is seldom a
    date; a line ``check`` reads whole takes any word. With ``every``, each word of three
    letters or more must be so spelt: "ribu jamaah" (thousand pilgrims) is no month, for all
    "jamaah" is spelt like "jamadah" (a review)."""
    alike = [_like_a_hijri_month_word(word) for word in words.split() if len(word) >= 3 or not every]
    return bool(alike) and (all(alike) if every else any(alike))


def _like_a_hijri_month_word(word: str) -> bool:
    from difflib import SequenceMatcher

    matcher = SequenceMatcher(None, b=word)
    for spelling in _HIJRI_WORDS:
        matcher.set_seq1(spelling)
        if (
            matcher.real_quick_ratio() >= _ALIKE
            and matcher.quick_ratio() >= _ALIKE
            and matcher.ratio() >= _ALIKE
        ):
            return True
    return False


# Word by word, as alike as "rejeb" and "rejab" (0.8): not "jalan" and "sjaban", "rumah" and
# "ramathan" (a second review found such words taken at 0.6 against whole names).
_ALIKE: Final = 0.75
_HIJRI_WORDS: Final = tuple(
    sorted(
        {
            word
            for month in HIJRI_MONTH_NAMES
            for spelling, _ in month
            for word in re.split(r"[\s\-'’ʼ‘]+", fold(spelling))
            if len(word) >= 3
        }
    )
)


def _no_name(unit: Unit) -> bool:
    """A word that names no month, era or weekday ("ربيغ", or "الأول" after it)."""
    return unit.kind == "word" or (
        unit.kind == "lex"
        and not any(entry_of(unit, kind) for kind in (HMONTH, GMONTH, HERA, GERA, WEEKDAY, CONNECTOR))
    )


def _unnamed_run_start(units: Sequence[Unit], end: int) -> int | None:
    """The unit before one to three words that name nothing and end just before ``end``, the
    words joined by spaces, hyphens or apostrophes ("раби аль-авваля", a month in a case the
    tables lack; "Foo"); None where no such word stands there."""
    j, words = end - 1, 0
    while j > 0 and words < 3:
        if _no_name(units[j]):
            words += 1
        elif not (words and sign(units[j], _WORD_JOINS) and _no_name(units[j - 1])):
            break
        j -= 1
    return j if words else None


# Signs within a month's name written as one ("аль-ахира", "Rabi'ul").
_WORD_JOINS: Final = "-'’ʼ‘`"


def _with_unknown_month(units: Sequence[Unit], pair: Pair, halves: Sequence[Half]) -> Pair:
    """The pair with a half that is a year alone, its era after it, widened to the day and the
    word or two before it that stand where its month would ("12 ربيغ الأول 1446 هـ الموافق 16 دجنبر
    2024 م": a misspelt month), so that the checker says it could not read the month (a trial:
    the line passed, its half read as the year alone, with no word of the month)."""
    for half in (pair.hijri, pair.gregorian):
        if not half.year_only or half.era_unit is None or half.first < 2:
            continue
        j = _unnamed_run_start(units, half.first)
        # (an ordinal day only before words spelt like a Hijri month's, asked below: "15th
        # Jumadi-us-Sani 1446 AH" had lost its day and month unsaid, a trial; not "3rd ed. 1446 AH")
        if j is None or not is_day(units[j]) or (units[j].ordinal and half is not pair.hijri):
            continue
        if any(other is not half and other.first <= j <= other.last for other in halves):
            continue
        if half is pair.hijri and not _like_a_hijri_month(
            " ".join(units[k].text for k in range(j + 1, half.first) if units[k].kind != "sign"), every=True
        ):
            continue  # a month's only if spelt like one: not "3 pm Mecca time 1446 AH", "3 O'Connell St" (reviews)
        widened = half._replace(first=j, month_unit=j + 1)
        hijri, gregorian = (widened, pair.gregorian) if half is pair.hijri else (pair.hijri, widened)
        return pair._replace(hijri=hijri, gregorian=gregorian, first=min(pair.first, j))
    hijri = pair.hijri
    if hijri.year_only and (run := _unknown_month_after_year(units, hijri, halves)) is not None:
        # year first: "хижри 1445 жылғы 1 Шәуәл" (the Hijri 1445's 1 Shawwal, misspelt), the
        # shape the Kazakh and Uzbek styles write (trial 24: the line passed, read as its year)
        last, first_word = run
        widened = hijri._replace(last=last, month_unit=first_word)
        return pair._replace(hijri=widened, last=max(pair.last, last))
    return pair


def _ranges_of_years(units: Sequence[Unit], pair: Pair) -> Pair:
    """A pair of two ranges of years, each in its calendar, read from the first years: "(١١٤٣
    - ١١٦٨ هـ/ ١٧٣٠ - ١٧٥٨ م)", "(1143 - 1168 AH / 1730 - 1758 AD)", a reign's. The Hijri half
    had been the first range's last year beside the second's first (1168 against 1730), and
    the check cried that they do not overlap (held-out set 24). The first years are checked;
    the Gregorian half's span takes its range whole."""
    hijri, gregorian = pair.hijri, pair.gregorian
    if not (hijri.year_only and gregorian.year_only) or hijri.year is None or gregorian.year is None:
        return pair
    if hijri.last >= gregorian.first:
        return pair
    start = hijri.first - 2
    if start < 0 or units[start].kind != "num" or not sign(units[hijri.first - 1], "-–—"):
        return pair
    end = gregorian.last + 2
    if end >= len(units) or units[end].kind != "num" or not sign(units[gregorian.last + 1], "-–—"):
        return pair
    first_hijri, last_gregorian = units[start].value, units[end].value
    if (
        not (hijri.year - 100 <= first_hijri < hijri.year and gregorian.year < last_gregorian)
        or len(units[end].text) != len(units[gregorian.first].text)
        or len(units[start].text) != len(units[hijri.first].text)
        or not overlaps(first_hijri, gregorian.year)
    ):
        return pair  # not two ranges of whole years, each rising, their first years one (not "Semester 2 - 1445 H")
    last = end
    if (era := era_after(units, end, GERA)) is not None:
        last = era
    return pair._replace(
        hijri=hijri._replace(year=first_hijri, first=start),
        gregorian=gregorian._replace(last=last),
        first=min(pair.first, start),
        last=max(pair.last, last),
    )


def _unknown_month_after_year(
    units: Sequence[Unit], hijri: Half, halves: Sequence[Half]
) -> tuple[int, int] | None:
    """(last unit, first word) of a day and one to three words spelt like a Hijri month's
    after a Hijri year said first, a word for "year" between ("1445 жылғы 1 Шәуәл", "1445
    yılı 1 Şevvl"), that end the clause: the day and month of that year, the month misspelt."""
    n = len(units)
    k = hijri.last + 1
    while k < n and entry_of(units[k], FILL_MY) and k - hijri.last <= 2:
        k += 1
    said = k > hijri.last + 1 or entry_of(units[hijri.last], FILL_MY) is not None  # the word for "year"
    if not said or k >= n or not is_day(units[k]) or units[k].ordinal:
        return None
    day = k
    k += 1
    words = 0
    while k < n and words < 3:
        if _no_name(units[k]):
            words += 1
        elif not (words and sign(units[k], _WORD_JOINS) and k + 1 < n and _no_name(units[k + 1])):
            break
        k += 1
    last = k - 1
    if not words or (k < n and units[k].kind != "sign"):
        return None  # the clause goes on: not the date's own words
    if any(other is not hijri and other.first <= last and day <= other.last for other in halves):
        return None
    if not _like_a_hijri_month(
        " ".join(units[i].text for i in range(day + 1, last + 1) if units[i].kind != "sign"), every=True
    ):
        return None
    return last, day + 1


_YEAR_BEGUN_REACH: Final = 5  # units from a Hijri year to the date it is said to begin on


def _years_begun(units: Sequence[Unit], halves: Sequence[Half], used: set[int]) -> list[Pair]:
    """Each Hijri year said with its era, the subject of a verb that says it begins on a
    Gregorian day, paired as its first day, 1 Muharram, with that day ("the Islamic year
    1446, which began on 7 July 2024", "O ano islâmico de 1446, que começou em 7 de julho de
    2024": held-out set 23, where the year alone was read and the date lost), as a new year's
    name with its year is. The year heads its noun phrase: only an article, a preposition of
    time or a word for "year" before it ("the academic year 1446 AH began", "Hajj 1445 AH
    started", "the solar year 1403 hijri": another thing's year, review 58); only relative
    pronouns and auxiliaries between it and the verb; the day one the year can hold (not a
    Solar year labelled "Hijri"), paired with nothing else (``used``)."""
    found: list[Pair] = []
    for half in halves:
        if half.calendar != HIJRI or not half.year_only or half.era_unit is None or half.year is None:
            continue
        if not _heads_its_phrase(units, half.first):
            continue
        day = next(
            (h for h in halves if h.calendar == GREGORIAN and h.day is not None and h.first > half.last), None
        )
        if (
            day is None
            or day.first in used
            or day.first - half.last - 1 > _YEAR_BEGUN_REACH
            or (day.year is not None and not overlaps(half.year, day.year))
        ):
            continue
        for k in range(half.last + 1, day.first):
            unit = units[k]
            if unit.kind == "num" or (unit.text in ".;:!?" and _ends_sentence(units, k)):
                break
            if unit.kind == "sign" or unit.text in _YEAR_BEGUN_LINKS:
                continue
            if (
                unit.kind in ("word", "lex")
                and _says(units, k, _BEGINNING_STEMS)
                and not _says(units, k, _END_STEMS)
                and _gap_cost(units, k + 1, day.first) is not None
            ):
                # the verb, then only what ties the date to it ("began on", "começou em")
                found.append(Pair(half._replace(month=1, day=1), day, half.first, day.last))
            break
    return found


def _heads_its_phrase(units: Sequence[Unit], first: int) -> bool:
    """Whether only articles, prepositions of time, words for "year" and another year's
    number stand before the unit at ``first`` back to its clause's start: "The Hijri year
    1446", "In 1446 AH", "В 2023 году 1445 год по хиджре"; not "the academic year 1446 AH",
    "Hajj 1445 AH", "the fasting month of the year 1445 H"."""
    for k in range(first - 1, max(-1, first - 8), -1):
        unit = units[k]
        if unit.kind == "sign":
            if unit.text in ".!?" and _ends_sentence(units, k):
                return True  # the sentence's start
            continue  # a bracket, a comma, a dash: the year may gloss the noun before it (review 58b)
        if unit.kind == "num":
            return k + 1 < first and entry_of(units[k + 1], FILL_MY) is not None
        if unit.text in _YEAR_BEGUN_BEFORE or entry_of(unit, FILL_MY):
            continue
        return False
    return first < 8


_YEAR_BEGUN_LINKS: Final = frozenset(fold(word) for word, _ in YEAR_BEGUN_LINKS)
_YEAR_BEGUN_BEFORE: Final = frozenset(fold(word) for word, _ in YEAR_BEGUN_BEFORE)


def _with_boundary(units: Sequence[Unit], pair: Pair) -> Pair:
    """The pair with its Hijri month marked as beginning or ending on the Gregorian day,
    where it has no day and the text says so (see :func:`month_boundary`)."""
    hijri = pair.hijri
    if hijri.day is not None or hijri.month is None or pair.gregorian.day is None:
        return pair
    boundary = month_boundary(units, hijri, pair.gregorian)
    return pair if boundary is None else pair._replace(hijri=hijri._replace(boundary=boundary))


def _stems(table: Sequence[tuple[str, str]]) -> tuple[tuple[str, ...], tuple[str, ...], tuple[str, ...]]:
    """A table's stems that begin a word, that stand anywhere in it ("*"), and of two words."""
    folded = [fold(stem) for stem, _ in table]
    return (
        tuple(s for s in folded if not s.startswith("*") and " " not in s),
        tuple(s[1:] for s in folded if s.startswith("*")),
        tuple(s for s in folded if " " in s),
    )


_BEGINNING_STEMS: Final = _stems(MONTH_BEGINNING_WORDS)
_END_STEMS: Final = _stems(MONTH_END_WORDS)


def _says(units: Sequence[Unit], index: int, stems: tuple[tuple[str, ...], ...]) -> bool:
    first, inside, two = stems
    word = units[index].text
    if word.startswith(first) or any(stem in word for stem in inside):
        return True
    following = units[index + 1] if index + 1 < len(units) else None
    return (
        following is not None
        and following.kind in ("word", "lex")
        and f"{word} {following.text}".startswith(two)
    )


def _boundary_kinds(units: Sequence[Unit], indexes: Iterator[int] | range) -> set[Boundary]:
    """Which ends of a month the boundary words at ``indexes`` name ("begins", "ends"): none
    for a word that names neither ("marks", "tekabül") or a month's or weekday's name that
    begins like one ("Nisan")."""
    kinds: set[Boundary] = set()
    for index in indexes:
        unit = units[index]
        if not _a_boundary_word(units, index):
            continue
        if unit.text in _BOUNDARY_CUT and _cut_off(units, index):  # "Salı günü başl…"
            begins = any(stem.startswith(unit.text) for stem in _BEGINNING_STEMS[0])
            ends = any(stem.startswith(unit.text) for stem in _END_STEMS[0])
        else:
            begins, ends = _says(units, index, _BEGINNING_STEMS), _says(units, index, _END_STEMS)
        if begins != ends:
            kinds.add("begins" if begins else "ends")
    return kinds


def _a_boundary_word(units: Sequence[Unit], index: int) -> bool:
    """A word for a month's beginning or end, not a name that begins like one ("Nisan")."""
    unit = units[index]
    return _boundary_at(units, index) and not (
        entry_of(unit, GMONTH) or entry_of(unit, HMONTH) or entry_of(unit, WEEKDAY)
    )


def month_boundary(units: Sequence[Unit], month: Half, day: Half) -> Boundary | None:
    """Whether the text says the Hijri month (named without its day) begins or ends on the
    Gregorian day it is paired with: by the words between them ("Ramadan 1445 will begin on
    Monday, 11 March 2024", "March 11 marks the beginning of Ramadan"), else by the word for
    a beginning or an end just before the month ("the beginning of Ramadan falls on 12
    March"), else by the verb after both that ends the clause ("Ramazan ayı 11 Mart'ta
    başlayacak"). None where they name neither, or both."""
    # between them, or inside a half merged across them ("Ramadan 1445/2024 begins tomorrow,
    # 11 March 2024": the years and the date are one Gregorian half)
    lo, hi = min(month.first, day.first), max(month.last, day.last) + 1
    if _month_not_the_subject(units, month, day) or _roughly(units, day) or _owns_another_thing(units, month):
        return None  # "Ramazan ayında bugün, 4 Mart": the month is when; "around 10 March"
    if day.last < month.first and any(
        units[k].text in _RELATIVE_DAYS or units[k].text in _YESTERDAY
        for k in range(month.last + 1, min(len(units), month.last + 5))
    ):
        return None  # "Wednesday 13 March 2024\n\nRamadan 1445 began yesterday": another day
    kinds = _boundary_kinds(units, range(lo, hi))
    if not kinds and not any(_a_boundary_word(units, k) for k in range(lo, hi)):
        before = _boundary_index_before(units, month)
        if before is not None:
            if _boundary_dated_before(units, month):
                return None  # "19 Şubat'ta başlayan Ramazan ayında bugün, 4 Mart": it began before
            kinds = _boundary_kinds(units, range(before, before + 1))
        else:
            kinds = _boundary_kinds(units, _clause_after(units, max(month.last, day.last) + 1))
    return next(iter(kinds)) if len(kinds) == 1 else None


_PART_STEMS: Final = _stems((*MONTH_PART_WORDS, *MARKET_NOUNS))
_YESTERDAY: Final = frozenset(fold(word) for word, _ in YESTERDAY_WORDS)
_PART_PREPOSITIONS: Final = frozenset(fold(word) for word, _ in MONTH_PART_PREPOSITIONS)


def _owns_another_thing(units: Sequence[Unit], month: Half) -> bool:
    """Whether a word of MONTH_PART_WORDS stands beside the month's name in its noun phrase:
    among the two words before it (fillers and words of a beginning or end not counted: "the
    last ten nights of Ramadan", "Pasar Ramadhan", "near the end of Ramadan") or the three
    after its half ("the Ramadan night market", "Ramazan ayının son on günü"), with no sign,
    number, copula or word of a beginning or end between: a part of the month or an event in
    it, which is then what begins or ends. Not "the last day of Sha'ban" (the month's own
    end), nor "Hicrî takvimin ilk ayı olan Muharrem" (a description of it, after a copula)."""
    first = month.month_unit if month.month_unit is not None else month.first
    near: list[int] = []
    counted = 0
    for index in range(first - 1, max(-1, first - 8), -1):
        unit = units[index]
        if unit.kind not in ("word", "lex") or unit.text in _COPULAS or unit.text in _DESCRIBED_BY:
            break
        if entry_of(unit, FILL_DM) or entry_of(unit, FILL_MY) or _a_boundary_word(units, index):
            continue
        if unit.text in _PART_PREPOSITIONS:
            return True  # "at the end of Ramadan 1445"
        near.append(index)
        counted += 1
        if counted == 2:
            break
    index = month.last + 1
    while index < min(len(units), month.last + 4):
        unit = units[index]
        if sign(unit, "-") and unit.glued:  # "Ramadan-Markt"
            index += 1
            continue
        if unit.kind not in ("word", "lex") or unit.text in _COPULAS:
            break
        if _a_boundary_word(units, index):
            # the month's own beginning or end, unless it says its last days ("رمضان کے آخری
            # دنوں میں", in the last days of Ramadan)
            if index + 1 < len(units) and units[index + 1].kind in ("word", "lex"):
                near.append(index + 1)
            break
        near.append(index)
        index += 1
    return any(_says(units, index, _PART_STEMS) and not entry_of(units[index], HMONTH) for index in near)


# Words after which the month's name is described, not owned: Turkish "olan" (which is).
_DESCRIBED_BY: Final = frozenset({"olan"})


_APPROXIMATE: Final = frozenset(fold(word) for word, _ in APPROXIMATE_WORDS if " " not in word)
_APPROXIMATE_PAIRS: Final = frozenset(
    tuple(fold(word).split()) for word, _ in APPROXIMATE_WORDS if " " in word
)


def _roughly(units: Sequence[Unit], day: Half) -> bool:
    """Whether a word that makes the date a rough one stands within three words before it
    ("sekitar 20 Februari", "alrededor del 10 de marzo", "por volta de 1 de março") or
    straight after it ("20 Şubat civarında")."""
    before = range(max(0, day.first - 3), day.first)
    if any(units[k].text in _APPROXIMATE for k in before):
        return True
    if any(
        (units[k].text, units[k + 1].text) in _APPROXIMATE_PAIRS
        for k in range(max(0, day.first - 4), day.first - 1)
    ):
        return True
    after = day.last + 1
    return (
        after < len(units)
        and units[after].text in _APPROXIMATE
        and not (
            after + 1 < len(units) and units[after + 1].kind == "num"
        )  # "11 mars 2024 vers 19 h": a time
    )


def _clause_after(units: Sequence[Unit], start: int) -> Iterator[int]:
    """The words from ``start`` to the first boundary word, within the reach of a verb that
    ends the clause, before a sentence's end, a number or another month."""
    for index in range(start, min(len(units), start + 1 + MAX_VERB_LAST_REACH)):
        unit = units[index]
        if (unit.kind == "sign" and unit.text in ".!?;") or unit.kind == "num" or entry_of(unit, HMONTH):
            return
        if unit.kind in ("word", "lex") and _a_boundary_word(units, index):
            yield index
            return


def _year_of_the_month_after(units: Sequence[Unit], halves: Sequence[Half], pair: Pair) -> Pair:
    """A Hijri year with its era and its word "of the year" before a Gregorian date, said of
    the Hijri month named alone after the date, which the text says begins or ends on it:
    "হিজরী ১৪৩৬ সালের ইংরেজি ১৯/০৬/২০১৫খ্রি: তারিখ রোজ শুক্রবার হতে পবিত্র মাহে রমজান মাস শুরু
    হবে" (of the Hijri year 1436, from Friday 19/06/2015, the holy month of Ramadan begins):
    the month of that year, paired with the date, not the year beside the date."""
    year, date = pair.hijri, pair.gregorian
    if not (
        year.year_only
        and year.era_unit is not None
        and year.last < date.first
        and units[year.last].text in _YEAR_OF
        and date.day is not None
    ):
        return pair
    month = next((h for h in halves if h.first > date.last), None)
    if (
        month is None
        or not (month.bare and month.calendar == HIJRI and month.day is None and month.year is None)
        or _crescent_of(units, month)
        or _names_a_market(units, month)
        or _names_a_feast(units, month)
        or (month.month_unit is not None and _ambiguous(units, month.month_unit))
        or _gap_cost(units, date.last + 1, month.first, limit=MAX_BOUNDARY_GAP) is None
        or not _says_boundary(units, month, date)
        or _relative_day_after(units, month, date)
        or _sentence_ends_between(units, date.last + 1, month.first)
        or _begins_before_or_after(units, date.last + 1, month.last + 1)
    ):
        return pair
    hijri = month._replace(year=year.year, bare=False)
    return Pair(hijri, date, pair.first, max(pair.last, month.last))


def _copula_between(units: Sequence[Unit], start: int, end: int) -> bool:
    """Whether units start..end-1 say the one date is the other and nothing else: a copula
    ("is", "will be", "считается"), with fillers ("the", "года") and commas about it; not "and",
    "until", "is not", another day's words (reviews 66b, 66c)."""
    copulas = 0
    for k in range(start, end):
        unit = units[k]
        if unit.text in _COPULAS or unit.text == "=":
            copulas += 1
        elif not (
            sign(unit, ",:")
            or entry_of(unit, FILL_DM) is not None
            or entry_of(unit, FILL_MY) is not None
            or entry_of(unit, WEEKDAY) is not None
        ):
            return False
    return 0 < copulas <= 2


def _days_of_the_years_before(units: Sequence[Unit], halves: Sequence[Half], pairs: list[Pair]) -> list[Pair]:
    """A Hijri year alone before a whole Gregorian date, and after the date, in its sentence,
    the Hijri day and month the text says the date is: "по хиджре 1447 года, 18 февраля 2026
    года считается тридцатым днем месяца Шаабан" (by the Hijra, of 1447, 18 February 2026 is
    the thirtieth day of Sha'ban; held-out set 38), "In 1447 AH, 18 February 2026 is the 30th
    of Sha'ban". That day of the year pairs with the date, where the two fall within a few days
    of each other in the tabular calendar; else the year stays the date's partner."""
    taken = {h.first for p in pairs for h in (p.hijri, p.gregorian)}
    found = []
    for pair in pairs:
        year, date = pair.hijri, pair.gregorian
        if not (year.year_only and year.last < date.first and date.day is not None and date.year is not None):
            found.append(pair)
            continue
        day = next((h for h in halves if h.first > date.last), None)
        if (
            day is None
            or day.first in taken
            or day.calendar != HIJRI
            or day.day is None
            or day.month is None
            or day.year is not None
            or _sentence_ends_between(units, date.last + 1, day.first)
            # a copula between, no more: "is", "считается" (not "is the day of Tarwiyah,
            # followed by the Day of Arafah on 9 Dhul Hijjah", another day's, nor "and",
            # "until": reviews 66b, 66c)
            or not _copula_between(units, date.last + 1, day.first)
            or _weeks_apart(day._replace(year=year.year), date, ())
        ):
            found.append(pair)
            continue
        taken.add(day.first)
        found.append(Pair(day._replace(year=year.year), date, pair.first, max(pair.last, day.last)))
    return found


def _sentence_ends_between(units: Sequence[Unit], start: int, end: int) -> bool:
    """Whether a full stop or a danda (which folds to one) ends a sentence in units
    start..end-1, but for an era mark's own ("১৯/০৬/২০১৫ খ্রি. তারিখে"): "… ১৯/০৬/২০১৫খ্রি:
    তারিখে সভা হয়। রমজান মাস শুরু হবে পরে।" (the meeting is on that date. Ramadan begins later)
    says the month's beginning in another sentence."""
    return any(
        _sentence_end(units, k)
        and not (entry_of(units[k - 1], GERA) is not None or entry_of(units[k - 1], HERA) is not None)
        for k in range(max(start, 1), end)
    )


def _begins_before_or_after(units: Sequence[Unit], start: int, end: int) -> bool:
    """Whether a word that puts the month's beginning before or after the date
    (BEGINS_BEFORE_AFTER_WORDS) stands from ``start`` to the end of the sentence after the
    month (which ends before ``end``): "… ১৯/০৬/২০১৫ তারিখে নির্বাচন হবে, রমজান মাস শুরু হওয়ার আগে"
    (the election is on that date, before Ramadan begins)."""
    for k in range(start, min(len(units), end + MAX_VERB_LAST_REACH + 2)):
        if k >= end and _sentence_end(units, k):
            return False
        if units[k].kind in ("word", "lex") and units[k].text in _BEGINS_BEFORE_AFTER:
            return True
    return False


def _with_century(pair: Pair) -> Pair | None:
    """The Gregorian half's year written with two digits ("(07-06-24)", "March 1, '25") in
    the century its Hijri partner fixes: the one its Hijri year falls in, or, without one, the
    one in which the two days named can be one day (1 Dhu al-Hijjah and 7 June: 2024, not
    1924). A date of two digits is weak evidence: where no century makes the two one day,
    they are no pair (None)."""
    gregorian, hijri = pair.gregorian, pair.hijri
    if gregorian.year is not None or gregorian.short_year is None:
        return pair
    year: int | None = None
    for century in (2000, 1900):
        candidate = century + gregorian.short_year
        if hijri.year is not None:
            if abs(candidate - _gregorian_year_of(hijri.year)) <= 1.5:
                year = candidate
        elif None not in (hijri.month, hijri.day, gregorian.month, gregorian.day):
            try:
                said = date(candidate, gregorian.month, gregorian.day)  # type: ignore[arg-type]
            except ValueError:
                continue
            if hijri_year_of(hijri.month, hijri.day, said) is not None:  # type: ignore[arg-type]
                year = candidate
        if year is not None:
            break
    if year is None:
        return None  # "12 Rabi al-Awwal (15-09-99)": no century makes them one day
    last = max(gregorian.last, gregorian.short_year_unit)
    gregorian = gregorian._replace(year=year, last=last, short_year=None)
    if not can_be_one_day(hijri, gregorian):
        return None  # "1 Ramadan 1446 (24-12-25)", "Score 2-1-24 in Ramadan 1445"
    return pair._replace(gregorian=gregorian, last=max(pair.last, last))


def _openers() -> dict[str, tuple[tuple[tuple[str, ...], str | None], ...]]:
    """DEMONSTRATIVE_OPENERS by the opener's first word: its words, and the copula after the
    date (None where the opener holds it)."""
    found: dict[str, tuple[tuple[tuple[str, ...], str | None], ...]] = {}
    for opener, copula, _ in DEMONSTRATIVE_OPENERS:
        words = tuple(fold(opener).split())
        found[words[0]] = (*found.get(words[0], ()), (words, fold(copula) if copula else None))
    return found


_OPENERS: Final = _openers()
# Words at most between a sentence's opener and its Hijri date ("இது இஸ்லாமிய மாதமான ஷபானின் 29").
_OPENER_REACH: Final = 3
_OPENER_WORDS: Final = max(len(words) for entries in _OPENERS.values() for words, _ in entries)


def _said_of_the_date_before(
    units: Sequence[Unit], halves: Sequence[Half], pairs: Sequence[Pair]
) -> list[Pair]:
    """A sentence that opens with "this" and a copula and whose only date is a Hijri day, said
    of the one date of the sentence right before, a Gregorian day ("ரமலான் மாதத்தின் முதல் பிறை
    ஏப்ரல் 1 ஆம் தேதி (வெள்ளிக்கிழமை) தெரியும் என ஆய்வாளர்கள் கணித்துள்ளனர். இது இஸ்லாமிய மாதமான
    ஷபானின் 29 ஆம் தேதியாகக் கருதப்படுகிறது": 1 April is 29 Shaban). Only where that sentence
    names no Hijri date (a month named alone may stand there) and neither date is paired."""
    found: list[Pair] = []
    paired = {h.first for p in pairs for h in (p.hijri, p.gregorian)}
    for hijri in halves:
        if hijri.calendar != HIJRI or hijri.day is None or hijri.month is None or hijri.first in paired:
            continue
        opener = _opener_before(units, hijri.first)
        if opener is None:
            continue  # most lines: a few look-ups before the date, no walk through its sentence
        start, stop = _sentence_span(units, hijri.first)
        if start != opener or start < 2 or not _opens_with_this(units, start, stop, hijri):
            continue
        if any(h is not hijri and start <= h.first <= stop for h in halves):
            continue
        before = _sentence_span(units, start - 2)[0]
        previous = [h for h in halves if before <= h.first < start - 1]
        days = [h for h in previous if h.calendar == GREGORIAN and h.day is not None and h.month is not None]
        if len(days) != 1 or days[0].first in paired:
            continue
        if any(
            h is not days[0] and (h.calendar != HIJRI or h.day is not None or h.year is not None)
            for h in previous
        ):
            continue
        if not can_be_one_day(hijri, days[0]):
            continue
        found.append(Pair(hijri, days[0], days[0].first, hijri.last))
    return found


def _opener_before(units: Sequence[Unit], index: int) -> int | None:
    """The unit a few words before ``index`` that begins an opener (see DEMONSTRATIVE_OPENERS)
    after a full stop, if there is one."""
    for k in range(index - 1, max(1, index - _OPENER_REACH - _OPENER_WORDS) - 1, -1):
        if units[k].text in _OPENERS and units[k - 1].kind == "sign" and units[k - 1].text in ".!?":
            return k
    return None


def _opens_with_this(units: Sequence[Unit], start: int, stop: int, hijri: Half) -> bool:
    """Whether the sentence from ``start`` opens with a word for "this" and its copula (see
    DEMONSTRATIVE_OPENERS) a few words before the Hijri date."""
    for words, copula in _OPENERS.get(units[start].text.split(" ")[0], ()):
        # (the tables may join an opener's last words into one unit: "correspond au")
        end, said = start, 0
        while (
            said < len(words)
            and end < stop
            and tuple(units[end].text.split(" ")) == words[said : said + len(units[end].text.split(" "))]
        ):
            said += len(units[end].text.split(" "))
            end += 1
        if said != len(words) or not end <= hijri.first <= end + _OPENER_REACH:
            continue
        if copula is None or any(units[k].text == copula for k in range(hijri.last + 1, stop + 1)):
            return True
    return False


_ONE_DAY_VERBS_AFTER: Final = tuple(fold(stem) for stem, _ in _ONE_DAY_VERBS_AFTER_TABLE)


def day_only_pairs(
    units: Sequence[Unit], merged: Sequence[Half], pairs: Sequence[Pair], named: Sequence[Half] = ()
) -> list[Pair]:
    """A half that names its month, left unpaired, and a day-only half beside it (see
    :mod:`.day_only`) that the text ties to it: "ọjọ́ kẹtàlé-lógún 2023 gẹ́gẹ́ bí ọjọ́ kínní,
    oṣù Ramadan 1444" (the 23rd, 2023, as 1 Ramadan 1444), "2023 சனிக்கிழமை 22 ஆம் திகதி
    ஹிஜ்ரி 1444 ஷவ்வால் மாதத்தின் 01 ஆம் பிறை", "Bu ayın 10-cu günü - Aşura oktyabrın 1-nə
    təsadüf edəcək". Only the half next to it, and only as :func:`_day_only_tied` says."""
    paired = {h.first for p in pairs for h in (p.hijri, p.gregorian)}
    lonely = [h for h in merged if h.month is not None and h.calendar is not None and h.first not in paired]
    if not lonely:
        return []
    taken = {i for h in merged for i in range(h.first, h.last + 1)}
    days = day_only_halves(units, taken)
    if not days:
        return []
    found: list[Pair] = []
    lonely_at = {h.first for h in lonely}
    everything = sorted([*merged, *days], key=lambda h: h.first)
    for index, day in enumerate(everything):
        if day.month is not None or day.first in taken:
            continue
        for at in (index - 1, index + 1):
            if not 0 <= at < len(everything) or everything[at].first not in lonely_at:
                continue
            partner = everything[at]
            calendar = _calendar_of(day, partner)
            if calendar is None or calendar == partner.calendar:
                continue
            one = day._replace(calendar=calendar)
            a, b = (one, partner) if one.first < partner.first else (partner, one)
            if not _day_only_tied(units, a, b):
                continue
            month = _month_of_the_sentence(units, named, one) if calendar == HIJRI else None
            if month is not None:
                one = one._replace(month=month)
            elif noun_before_number(units, one) or names_a_date_again(units, one):
                continue  # "ditën e 10-të" (the 10th day) of a month the sentence does not name
            elif one.first > 0 and a_feast_name(units[one.first - 1]):
                continue  # "Idul Adha hari ketiga" (its third day): the feast's day, no month's (review 59b)
            hijri, gregorian = (one, partner) if calendar == HIJRI else (partner, one)
            found.append(Pair(hijri, gregorian, a.first, b.last))
            lonely_at.discard(partner.first)
            break
    return found


def _month_of_the_sentence(units: Sequence[Unit], named: Sequence[Half], day: Half) -> int | None:
    """The Hijri month a day-only half is a day of, where its sentence names one, alone and
    before it, with no other date between: "Gjatë Muharremit, ka një ditë të veçantë të quajtur
    Ashura, e cila bie në ditën e 10-të, pikërisht në datën 17 Korrik" (during Muharram there is
    a special day called Ashura, which falls on the 10th day, precisely on 17 July). None where
    the sentence names two months, or a date stands between. A first day may also take the
    month named after it, where a verb of beginning stands between (:func:`_month_begun_after`)."""
    before = [h for h in named if h.last < day.first]
    if all(h.calendar != HIJRI for h in before):
        return _month_begun_after(units, named, day)
    month = before[-1]
    if month.calendar != HIJRI or month.month is None or month.day is not None or month.year is not None:
        return None
    if any(h.calendar == HIJRI and h.month is not None and h is not month for h in named):
        return None
    for k in range(month.last + 1, day.first):
        unit = units[k]
        if unit.kind == "sign" and (unit.text in "!?;" or (unit.text == "." and _ends_sentence(units, k))):
            return None
    return month.month


def _month_begun_after(units: Sequence[Unit], named: Sequence[Half], day: Half) -> int | None:
    """The Hijri month a first day (day-only) is the first of, where the sentence names that
    month alone after it and a verb of beginning stands between: "Май бетта 6 дийнахьа
    хьалхара ди кхабарца болабир вай … мархий бутт «Рамадан»" (on 6 May, the first day, we
    began to keep … the fasting month "Ramadan"). None for another day (the 10th day may be
    anything's), where the sentence names another Hijri month or a date after the day, where a
    sentence or clause ends before the month (a comma, "and"), or the month is named in the
    locative, as when something happens."""
    if day.day != 1:
        return None
    after = [h for h in named if h.first > day.last]
    if not after:
        return None
    month = after[0]
    if month.calendar != HIJRI or month.month is None or month.day is not None or month.year is not None:
        return None
    if any(h is not month and (h.calendar == HIJRI or h.first > day.last) for h in named):
        return None
    if _month_not_the_subject(units, month, day):
        return None  # "… ilk günü başladı, Ramazan ayında da devam edecek": during Ramadan
    began = False
    for k in range(day.last + 1, month.first):
        unit = units[k]
        if _sentence_end(units, k) or sign(unit, ",;:") or unit.text in _AND:
            return None  # another clause names the month: "Fuarın 11 Mart ilk günü başladı, Ramazan …"
        began = began or (unit.kind in ("word", "lex") and unit.text.startswith(_BEGAN))
    return month.month if began else None


def _day_only_tied(units: Sequence[Unit], a: Half, b: Half) -> bool:
    """Whether the text says two halves, one of them day-only, are one day: a connector
    between them ("gẹ́gẹ́ bí", as), side by side with no clause between, only copulas between,
    or no more than a comma, a dash and a word between and a verb after the second that
    says the first is it ("19ـی مانگ، یەکەم رۆژی مانگی پیرۆزی رەمەزان دەبێت", the 19th of the
    month will be the first day of holy Ramadan; "… - Aşura oktyabrın 1-nə təsadüf edəcək").
    Never where :func:`_may_pair_apart` refuses the two."""
    if a.day is not None and b.first == a.last + 2 and units[a.last + 1].text in DAY_NOUNS:
        a = a._replace(last=a.last + 1)  # the first date's own word for "day": "6 дийнахьа хьалхара ди"
    lo, hi = a.last + 1, b.first
    cost = _gap_cost(units, lo, hi)
    if cost is None or not _may_pair_apart(units, a, b, a.calendar == HIJRI, cost):
        return False
    if any(entry_of(units[k], CONNECTOR) for k in range(lo, hi)):
        return not _connects_a_weekday(units, lo, hi)
    if cost == 0 and not _clause_between(units, lo, hi):
        return True  # side by side
    if any(units[k].text in _COPULAS for k in range(lo, hi)) and _only_copula(units, lo, hi):
        return True
    if _one_feast_celebrated(units, a, b):
        return True
    if cost > 1 or any(units[k].kind == "sign" and units[k].text in ";:.؛" for k in range(lo, hi)):
        return False
    after = b.last + 1
    return after < len(units) and units[after].text.startswith(_ONE_DAY_VERBS_AFTER)


_FEAST_DAY_VERBS: Final = tuple(fold(stem) for stem, _ in FEAST_DAY_VERBS)


def _one_feast_celebrated(units: Sequence[Unit], a: Half, b: Half) -> bool:
    """Whether two dates, each marked by a postposition of time, have a feast's name between
    them and the verb "celebrated" after the second: "17 जून को ईद उल अजहा का त्योहार इस महीने
    की दसवी तारीख को मनाया जाएगा" (on 17 June the festival of Eid al-Adha will be celebrated on
    the tenth date of this month): one feast's one day, said in both calendars. Not with "and",
    "that" or a third postposition of time between (two things' days)."""
    lo, hi, after = a.last + 1, b.first, b.last + 1
    if not (
        lo < hi
        and units[lo].text in _ON_AFTER
        and after + 1 < len(units)
        and units[after].text in _ON_AFTER
        and units[after + 1].text.startswith(_FEAST_DAY_VERBS)
    ):
        return False
    between = range(lo + 1, hi)
    return any(units[k].text in _FEAST_NAMES for k in between) and not any(
        units[k].text in _ON_AFTER or units[k].text in _AND or units[k].text in _SAID_THAT for k in between
    )


def _corresponding_ranges(units: Sequence[Unit], merged: Sequence[Half], pairs: list[Pair]) -> list[Pair]:
    """A range said in one calendar beside the same range in the other: "between 1/1/1356 and
    29/12/1500 corresponding to the Gregorian dates between 14/3/1937 and 15/11/2077". The
    nearest halves are the first range's end and the second's start; the text pairs the two
    starts and the two ends. Ranges said with a dash or a word alone ("29 Ramadan to 2
    Shawwal 1446 AH (29 March - 1 April 2025)") are read as their ends, as a range within a
    month is ("1-3 Syawal": 3 Syawal), and only where the two are as long as each other and
    run forward: "2-3 Shawwal 1446 AH / 1 April 2025 - 10 April 2025" is a day and a
    range that begins on it."""
    if len(merged) < 4 or not pairs:
        return pairs
    index_of = {half.first: i for i, half in enumerate(merged)}
    taken = {h.first for pair in pairs for h in (pair.hijri, pair.gregorian)}
    result: list[Pair] = []
    for pair in pairs:
        left, right = sorted((pair.hijri, pair.gregorian), key=lambda h: h.first)
        i, j = index_of.get(left.first), index_of.get(right.first)
        if i is None or j != i + 1 or i == 0 or j + 1 >= len(merged):
            result.append(pair)
            continue
        start, end = merged[i - 1], merged[j + 1]
        if not (
            start.calendar == left.calendar
            and end.calendar == right.calendar
            and start.first not in taken
            and end.first not in taken
        ):
            result.append(pair)
            continue
        if _a_range(units, start, merged[i]) and _a_range(units, merged[j], end):
            for one, other in ((start, right), (left, end)):
                hijri, gregorian = (one, other) if one.calendar == HIJRI else (other, one)
                result.append(Pair(hijri, gregorian, min(one.first, other.first), max(one.last, other.last)))
            continue
        if _month_ranges(units, merged, i - 1, j):
            # "Rebiülevvel 1127 - Şevval 1127 / Nisan 1715 - Ekim 1715", a register's months in
            # both calendars (a corpus line): the starts pair, and the ends; the nearest two,
            # Şevval and Nisan, named no one month (a false alarm)
            for one, other in ((start, right), (left, end)):
                hijri, gregorian = (one, other) if one.calendar == HIJRI else (other, one)
                result.append(Pair(hijri, gregorian, min(one.first, other.first), max(one.last, other.last)))
            continue
        first = _range_days_joined(units, merged, i - 1)
        second = _range_days_joined(units, merged, j)
        if first is None or second is None or not _as_long(first, second):
            result.append(pair)
            continue
        end = _with_start_languages(end, right)
        hijri, gregorian = (left, end) if left.calendar == HIJRI else (end, left)
        result.append(Pair(hijri, gregorian, pair.first, max(pair.last, end.last)))
    return result


def _month_ranges(units: Sequence[Unit], merged: Sequence[Half], first: int, second: int) -> bool:
    """Whether the halves at ``first`` and ``second`` begin two ranges of whole months, each
    joined to the next half of its calendar by a joiner alone (not a list of three), as long
    as each other: a Hijri month's days fall in one or two Gregorian months, so a range of n
    Hijri months spans n - 1 to n + 1 Gregorian ones."""
    spans = []
    for index in (first, second):
        if _range_days_joined(units, merged, index) is not None or not (
            _joined(units, merged, index)
            and not _joined(units, merged, index - 1)
            and not _joined(units, merged, index + 1)
        ):
            return False
        start, end = merged[index], merged[index + 1]
        if start.day is not None or end.day is not None or start.month is None or end.month is None:
            return False
        if end.year is None:
            return False
        start_year = end.year - (1 if start.month > end.month else 0) if start.year is None else start.year
        spans.append((end.year - start_year) * 12 + end.month - start.month)
    return all(0 < months <= 12 for months in spans) and abs(spans[0] - spans[1]) <= 1


def _with_start_languages(end: Half, start: Half) -> Half:
    """A range's end, said in the languages of its start too: "(31 Mac - 1 April 2025)" is
    Malay, though "April" alone is English."""
    return end._replace(languages=tuple(dict.fromkeys((*start.languages, *end.languages))))


def _range_between(units: Sequence[Unit], lo: int, hi: int) -> bool:
    """Whether units ``lo`` to ``hi`` - 1 join a range's two ends (see :func:`joins_a_range`)."""
    return joins_a_range(units, lo, hi)


# The longest range of days read as one (a feast, a pilgrimage, a holiday: a month at most),
# and how far two ranges' lengths may differ: a Hijri range is counted in mean months.
_LONGEST_RANGE: Final = 31
_RANGE_SLACK: Final = 1.5


def _range_days(start: Half, end: Half) -> float | None:
    """Days from a range's start to its end, both of one calendar (a Hijri range counted in
    mean months, so within a day); None where a day or month is missing or a date cannot be.
    A start without its year is in the end's year, or the year before if its month is later."""
    if start.month is None or start.day is None or end.month is None or end.day is None:
        return None
    back = 1 if start.month > end.month else 0
    if start.calendar == HIJRI:
        years = end.year - start.year if start.year is not None and end.year is not None else back
        return years * 354.37 + (end.month - start.month) * 29.53 + end.day - start.day
    end_year = 2000 if end.year is None else end.year  # (a leap year: 29 February can be)
    start_year = end_year - back if start.year is None else start.year
    try:
        return float((date(end_year, end.month, end.day) - date(start_year, start.month, start.day)).days)
    except ValueError:  # "31 June"
        return None


def _joined(units: Sequence[Unit], merged: Sequence[Half], index: int) -> bool:
    """Whether the half at ``index`` and the next are of one calendar with a joiner between."""
    return (
        index >= 0
        and index + 1 < len(merged)
        and merged[index].calendar == merged[index + 1].calendar
        and _range_between(units, merged[index].last + 1, merged[index + 1].first)
    )


def _range_days_joined(units: Sequence[Unit], merged: Sequence[Half], index: int) -> float | None:
    """The days of the range that the half at ``index`` begins and the next ends, both of
    one calendar with a joiner between; None if they are no such range, or one of a list
    of three or more ("1 Ramadan - 2 Ramadan - 3 Ramadan")."""
    if (
        not _joined(units, merged, index)
        or _joined(units, merged, index - 1)
        or _joined(units, merged, index + 1)
    ):
        return None
    return _range_days(merged[index], merged[index + 1])


def _as_long(first: float, second: float) -> bool:
    """Whether two ranges' lengths in days are one length, of a range that runs forward."""
    return (
        0 < first <= _LONGEST_RANGE and 0 < second <= _LONGEST_RANGE and abs(first - second) <= _RANGE_SLACK
    )


def _first(half: Half) -> int:
    return half.first


def _ends_a_range_in_its_month(units: Sequence[Unit], half: Half) -> bool:
    """Whether the half's day ends a range of days in its month ("14-18 June", "June
    14-18")."""
    return _days_before_in_range(units, half) is not None


def _days_before_in_range(units: Sequence[Unit], half: Half) -> float | None:
    """The days from the start of the range in its month that the half's day ends ("1-3
    Syawal": 2) to that day; None if it ends none."""
    if half.day is None:
        return None
    # the day's unit: the half's first, or the day after its month ("Shawwal 1-3, 1446")
    at = half.first
    if half.month_unit == at:
        at += 1
        while at <= half.last and not (units[at].kind == "num" and units[at].value == half.day):
            at += 1
    if at <= half.last and units[at].kind == "num" and units[at].value == half.day:
        for k in range(at - 2, max(-1, at - 6), -1):
            if units[k].kind == "num":
                if 0 < units[k].value < half.day and _range_between(units, k + 1, at):
                    return float(half.day - units[k].value)
                break
    return None


def _range_ending_at(units: Sequence[Unit], merged: Sequence[Half], index: int) -> float | None:
    """The days of the range the half at ``index`` ends: its day after an earlier day and a
    joiner ("1-3 Syawal 1446 H": 2), or after a date of its calendar and a joiner ("29
    Ramadan to 2 Shawwal 1446 AH"); None if it ends none."""
    half = merged[index]
    if half.day is None:
        return None
    if (days := _days_before_in_range(units, half)) is not None:
        return days
    return _range_days_joined(units, merged, index - 1)


def _to_the_range_ends(units: Sequence[Unit], merged: Sequence[Half], pairs: list[Pair]) -> list[Pair]:
    """A range in one calendar beside a range across two months in the other: "1-3 Syawal 1446
    H (31 Maret - 2 April 2025)". The nearest half of the second range is its start, and the
    first range is read as its end ("3 Syawal"): the text pairs the two ends, where the two
    ranges are as long as each other. (Two ranges of two dates each are
    :func:`_corresponding_ranges`'.)"""
    if len(merged) < 3 or not pairs:
        return pairs
    index_of = {half.first: i for i, half in enumerate(merged)}
    taken = {h.first for pair in pairs for h in (pair.hijri, pair.gregorian)}
    result: list[Pair] = []
    for pair in pairs:
        left, right = sorted((pair.hijri, pair.gregorian), key=lambda h: h.first)
        i, j = index_of.get(left.first), index_of.get(right.first)
        if i is None or j is None or j + 1 >= len(merged) or merged[j + 1].first in taken:
            result.append(pair)
            continue
        first, second = _range_ending_at(units, merged, i), _range_days_joined(units, merged, j)
        if first is None or second is None or not _as_long(first, second):
            result.append(pair)
            continue
        end = _with_start_languages(merged[j + 1], right)
        hijri, gregorian = (left, end) if left.calendar == HIJRI else (end, left)
        result.append(Pair(hijri, gregorian, pair.first, max(pair.last, end.last)))
    return result


def _links_the_day(units: Sequence[Unit], start: int, end: int) -> bool:
    """Whether words in units start..end-1 say the date is the Hijri one's day: a connector
    ("الموافق"), a copula ("est", "is"), a feast's or a day's link ("falls", "fixé", "jatuh") or
    a word for a month's beginning or end ("le début du mois", "begins")."""
    return any(
        entry_of(units[k], CONNECTOR)
        or units[k].text in _COPULAS
        or units[k].text in _FEAST_LINKS
        or _a_boundary_word(units, k)
        for k in range(start, end)
    )


_WATCHING: Final = frozenset(fold(word) for word, _ in WATCHING_WORDS)


def _gloss_goes_on(units: Sequence[Unit], year: Half, date: Half, cost: float) -> bool:
    """Whether a Gregorian year alone and a day and month after it are one date: next to each
    other ("(2024-يىل 6-ئاپرېل)"), or with words that say the day is the year's date ("Ramadan
    1445/2024 begins tomorrow, 11 March 2024"); not the day of a watch for the crescent or of a
    session said before ("Rukyatul hilal 1 Syawal 1445 H/2024 M dilaksanakan pada Selasa, 9
    April 2024", "sidang isbat penetapan 1 Ramadan 1446 H/2025 pada 28 Februari 2025"), nor
    another thing's ("… (2024) appeal launches on 8 March 2024"; a review)."""
    before = range(max(0, year.first - 8), year.first)
    if _watched(units, year.first) or any(units[k].text in _SESSIONS for k in before):
        return False
    return cost <= 1 or _links_the_day(units, year.last + 1, date.first)


def _watched(units: Sequence[Unit], first: int) -> bool:
    """Whether a word for watching for the crescent stands in the few units before ``first``
    (a month, or the year after it): the date said after is the watch's (see
    :data:`datelines.names.words.WATCHING_WORDS`)."""
    return any(units[k].text in _WATCHING for k in range(max(0, first - 8), first))


def _past_the_years_gloss(units: Sequence[Unit], merged: Sequence[Half], pairs: list[Pair]) -> list[Pair]:
    """Each pair of a Hijri date and a Gregorian year glossing its year ("Ramadan 1445/H-2024",
    "1445H (2024)") made with the whole Gregorian date of that year the sentence gives the
    day as, before or after it: "Le premier jour du … Ramadan 1445/H-2024 a ainsi été fixé au
    11 mars 2024", "lundi le 11 mars 2024, est le début du mois du Ramadan pour cette année
    1445H (2024)" (held-out lines: the year was paired, the date lost)."""
    if not any(p.gregorian.month is None and p.gregorian.year is not None for p in pairs):
        return pairs
    taken = {h.first for p in pairs for h in (p.hijri, p.gregorian)}
    found: list[Pair] = []
    for pair in pairs:
        hijri, gloss = pair.hijri, pair.gregorian
        if gloss.month is not None or gloss.year is None or hijri.year is None or hijri.month is None:
            found.append(pair)
            continue
        best: tuple[float, Half] | None = None
        for half in merged:
            if (
                half.calendar != GREGORIAN
                or half.first in taken
                or half.month is None
                or half.day is None
                or half.year != gloss.year
                or not can_be_one_day(hijri, half)  # (only to a date it can be: no new alarm)
            ):
                continue
            start, end = (
                (pair.last + 1, half.first) if half.first > pair.last else (half.last + 1, pair.first)
            )
            if end < start or any(h.calendar == HIJRI and start <= h.first < end for h in merged):
                continue
            if any(sign(units[k], "-–—") and not units[k].glued for k in range(start, end)):
                continue  # "Riyadh, 28 February 2025 (SPA) - … 1 Ramadan 1446 AH / 2025 AD": the story's day
            if not _links_the_day(units, start, end) or _watched(units, hijri.first):
                continue  # "meet on 10 March 2024 to confirm 1 Ramadan 1445H (2024)": another day (a review)
            if any(units[k].text in _SESSIONS for k in range(start, end)):
                continue  # "1 Ramadhan 1446 H/2025 melalui Sidang Isbat … pada Jumat malam, 28 Februari 2025": the session's day
            cost = _gap_cost(units, start, end)
            first, second = (hijri, half) if hijri.first < half.first else (half, hijri)
            if (
                cost is not None
                and (best is None or cost < best[0])
                and _may_pair_apart(units, first, second, first is hijri, cost)
            ):
                best = (cost, half)
        if best is None:
            found.append(pair)
            continue
        date = best[1]
        taken.add(date.first)
        found.append(Pair(hijri, date, min(hijri.first, date.first), max(pair.last, date.last)))
    return found


def _bracketed_year(units: Sequence[Unit], pair: Pair, in_halves: set[int]) -> Pair:
    """A dateline whose one half leaves its year unsaid, and the year said after both in
    brackets: "… 21-aprel, juma kuniga to‘g‘ri keldi (2023)", "Рамазан аеның 1 нче көне 2024
    елның 11 мартка туры килә (1445)". The year is that half's when it is the year the other
    half's whole date puts it in (see :mod:`.infer`); a weekday, a connector, commas and at
    most two other words may stand before the bracket. The grammar of a half cannot take it:
    the other half stands between."""
    hijri, gregorian = pair.hijri, pair.gregorian
    if (hijri.year is None) == (gregorian.year is None):
        return pair
    missing, known = (hijri, gregorian) if hijri.year is None else (gregorian, hijri)
    month, day, said = missing.month, missing.day, (known.year, known.month, known.day)
    if month is None or day is None or said[0] is None or said[1] is None or said[2] is None:
        return pair
    whole = (said[0], said[1], said[2])  # the other half's whole date
    probe, words = pair.last + 1, 0
    while probe < len(units) and probe - pair.last <= 6 and not sign(units[probe], "("):
        unit = units[probe]
        if unit.kind == "num" or (unit.kind == "sign" and unit.text != ","):
            return pair
        if unit.kind == "word" or (
            unit.kind == "lex" and not (entry_of(unit, WEEKDAY) or entry_of(unit, CONNECTOR))
        ):
            words += 1
            if words > 2:
                return pair
        probe += 1
    at = probe + 1
    if not (
        at + 1 < len(units)
        and sign(units[probe], "(")
        and units[at].kind == "num"
        and len(units[at].text) == 4
        and at not in in_halves
        and sign(units[at + 1], ")")
    ):
        return pair
    year = units[at].value
    if missing is hijri:
        try:
            fits = hijri_year_of(month, day, date(*whole)) == year
        except ValueError:  # a Gregorian date that cannot be
            fits = False
        if fits:
            return pair._replace(hijri=hijri._replace(year=year), last=at + 1)
    elif gregorian_year_of(month, day, whole) == year:
        return pair._replace(gregorian=gregorian._replace(year=year), last=at + 1)
    return pair


# How far a month named alone may stand from the date it begins or ends on, in gap cost.
MAX_BOUNDARY_GAP: Final = 14.0
# How much may stand between a month whose beginning or end is named before it and the date
# after it, in gap cost: a verb and a word for "day" ("falls on the day", "دەکەوێتە ڕۆژی").
MAX_BOUNDARY_VERB: Final = 2.0


def _boundary_pairs(units: Sequence[Unit], halves: Sequence[Half], used: set[int]) -> list[Pair]:
    pairs: list[Pair] = []
    taken: set[int] = set()
    for half in halves:
        if (
            not ((half.bare or _first_day_unsaid(half)) and half.calendar == HIJRI)
            or half.first in used
            or _crescent_of(units, half)
            or _names_a_market(units, half)
            or _names_a_feast(units, half)
            or (half.month_unit is not None and _ambiguous(units, half.month_unit))
            # the new year by its name, as another thing's ("عطلة فاتح العام الهجري تبدأ 6
            # يوليو 2024": its holiday begins then; review 60)
            or (_a_new_year(units, half) and not _named_as_subject(units, half))
        ):
            continue
        best: tuple[float, Half] | None = None
        for other in halves:
            if (
                other.calendar != GREGORIAN
                or other.day is None
                or other.first in used
                or other.first in taken
            ):
                continue
            a, b = sorted((half, other), key=lambda h: h.first)
            if any(
                (h.calendar == GREGORIAN and h.day is not None) or h.calendar == HIJRI
                for h in halves
                if a.last < h.first < b.first
            ):
                continue  # another date or month stands between: "… 18 fevral, bayramı isə 19 marta …"
            if other is a and any(sign(units[k], "|") for k in range(a.last + 1, b.first)):
                continue  # a page's date, then a title: "10 أبريل 2024 | فاتح العام الهجري: متى يبدأ؟" (review 60)
            if not half.bare and any(sign(units[k], ";:") for k in range(a.last + 1, b.first)):
                continue  # a first day, then another clause's date: "… was calm; the fair opens on 30 March"
            if half.bare and _another_clause_after_semicolon(units, a.last + 1, b.first, other is a):
                continue  # "Ramadan begins soon; the fair opens on 30 March"
            aside = _aside_after(units, half, other)
            if aside:  # an aside that describes the month costs as a bracketed gloss does
                cost = _gap_cost(units, aside.stop, b.first, limit=MAX_BOUNDARY_GAP - 1.0)
                cost = None if cost is None else cost + 1.0
            else:
                cost = _gap_cost(units, a.last + 1, b.first, limit=MAX_BOUNDARY_GAP)
            if cost is None or (best is not None and cost >= best[0]):
                continue
            if (
                (
                    _says_boundary(units, half, other, word_first=True)
                    or _boundary_said_to_be(units, half, other)
                    or _boundary_said_by_connector(units, half, other)
                )
                and not _relative_day_after(units, half, other)
                and not (
                    other.first < half.first
                    and any(units[k].text in _DECIDING for k in range(other.last + 1, half.first))
                )
            ):
                best = (cost, other)  # not "pada 28 Februari 2025 untuk menentukan awal Ramadhan"
        if best is not None:
            other = best[1]
            taken.add(other.first)
            hijri = half._replace(bare=False)
            if hijri.loose_year is not None and other.year is None and not _year_said_apart(units, hijri):
                other = other._replace(year=hijri.loose_year)  # "2024 Muharrem ayı ilk günü 7 Temmuz"
            if (
                hijri.year is None
                and other.year is None
                and (said := _year_of_our_era_between(units, hijri, other, edge=True))
            ):
                other = other._replace(year=said)  # "Рамадан в 2024 году начнется 11 марта"
            pairs.append(Pair(hijri, other, min(hijri.first, other.first), max(hijri.last, other.last)))
    return pairs


_COINCIDE: Final = tuple(fold(stem) for stem, _ in BEGINNINGS_COINCIDE_WORDS if not stem.endswith("="))
_COINCIDE_WHOLE: Final = frozenset(
    fold(stem[:-1]) for stem, _ in BEGINNINGS_COINCIDE_WORDS if stem.endswith("=")
)
_COINCIDE_WITH: Final = frozenset(fold(word) for word, _ in COINCIDE_PREPOSITIONS)
# Words after which the second beginning is another clause's, or one of two, or a range's end:
# "… coincide with the start of Ramadan and run until the end of March".
_COINCIDE_STOPS: Final = _AND | frozenset(fold(word) for word in OR_WORDS) | _OFFSETS | _RANGE_ENDS
# Words that may follow the Gregorian month: "the start of March in the Gregorian calendar",
# "… of March this year", "… of March and the end of the term".
_AFTER_THE_MONTH: Final = frozenset(("in", "dans", "di", "im", "en", "this")) | _AND
# Words at most between a Hijri month and the word for the beginning of the Gregorian month
# it coincides with ("coincides in a rare occurrence with the"), and between that word and
# the Gregorian month's name ("le début du mois de mars").
MAX_COINCIDE_GAP: Final = 8
MAX_BEGINNING_TO_MONTH: Final = 4


def _beginnings_coincide(units: Sequence[Unit], halves: Sequence[Half], used: set[int]) -> list[Pair]:
    """A Hijri month named alone whose beginning or end is said, and a Gregorian month named
    alone after it with its own word for the beginning or end, tied by a verb that says the
    two fall together: "the beginning of Ramadan coincides in a rare occurrence with the start
    of March" (Ramadan, March). Neither has a number, so only that verb ties them: in one
    clause, with no number, date, other month, "and", "or", "until" or "before" between; the
    verb's own preposition (or the verb) straight before the second beginning; and a verb
    that stands first only straight before the first ("يتزامن بداية شهر رمضان … مع بداية شهر
    مارس"; not "The school holidays coincide with the start of Ramadan and … the end of
    March", whose subject is another)."""
    if not any(h.bare and h.calendar == HIJRI for h in halves):
        return []
    taken = used | {i for h in halves for i in range(h.first, h.last + 1)}
    found: list[Pair] = []
    for half in halves:
        if not (half.bare and half.calendar == HIJRI and half.first not in used):
            continue
        begin = _boundary_index_before(units, half)
        if begin is None:
            continue
        coincide = _coincides_at(units, _before_fillers(units, begin))
        for k in range(
            half.last + 1, min(len(units), half.last + 1 + MAX_COINCIDE_GAP + MAX_BEGINNING_TO_MONTH)
        ):
            unit = units[k]
            if (
                unit.kind == "num"
                or (unit.kind == "sign" and unit.text in ".!?;:,")
                or entry_of(unit, HMONTH)
                or unit.text in _COINCIDE_STOPS
            ):
                break
            if not coincide:
                coincide = _coincides_at(units, k)
                continue
            month = entry_of(unit, GMONTH)
            if month is None:
                continue
            if (
                k in taken
                or not _tied_beginning_before(units, k)
                or _number_after(units, k)
                or _noun_after(units, k)
            ):
                break
            gregorian = Half(
                GREGORIAN, None, month.value, None, k, k, month_unit=k, languages=(month.language,)
            )
            found.append(Pair(half._replace(bare=False), gregorian, half.first, k))
            break
    return found


def _coincides_at(units: Sequence[Unit], k: int) -> bool:
    if k < 0:
        return False
    unit = units[k]
    return unit.kind in ("word", "lex") and (
        unit.text in _COINCIDE_WHOLE
        or unit.text.startswith(_COINCIDE)
        or (k + 1 < len(units) and f"{unit.text} {units[k + 1].text}".startswith(_COINCIDE))
    )


def _before_fillers(units: Sequence[Unit], k: int) -> int:
    """The unit before ``k`` and the fillers straight before it (-1 at the text's start)."""
    k -= 1
    while k >= 0 and units[k].kind == "lex" and entry_of(units[k], FILL_DM):
        k -= 1
    return k


def _boundary_index_before(units: Sequence[Unit], month: Half) -> int | None:
    """Where the word for a month's beginning or end stands before it, across fillers and
    the month's own name ("the start of the holy month of"), as :func:`_boundary_before` asks."""
    index = month.first - 1
    for _ in range(7):
        if index < 0 or units[index].kind not in ("word", "lex"):
            return None
        if _boundary_at(units, index):
            return index
        if entry_of(units[index], FILL_DM) is None and entry_of(units[index], HMONTH) is None:
            return None
        index -= 1
    return None


def _tied_beginning_before(units: Sequence[Unit], k: int) -> bool:
    """Whether a word for a month's beginning or end stands before the month name at ``k``,
    with only fillers between ("the start of March", "بداية شهر مارس", "awal bulan Maret"),
    and before it the verb's preposition or the verb ("with the start of", "مع بداية",
    "bertepatan dengan awal", "falls at the start of"; not "until the end of")."""
    for j in range(k - 1, max(-1, k - 1 - MAX_BEGINNING_TO_MONTH), -1):
        if _boundary_at(units, j):
            tie = _before_fillers(units, j)
            return tie >= 0 and (units[tie].text in _COINCIDE_WITH or _coincides_at(units, tie))
        if entry_of(units[j], FILL_DM) is None:
            return False
    return False


def _number_after(units: Sequence[Unit], k: int) -> bool:
    return k + 1 < len(units) and units[k + 1].kind == "num"


def _noun_after(units: Sequence[Unit], k: int) -> bool:
    """Whether a word other than a filler, a copula or a preposition follows the month name
    at ``k``, whose month then names something else: "the start of the March heatwave"."""
    if k + 1 >= len(units) or units[k + 1].kind != "word":
        return False
    word = units[k + 1].text
    return word not in _ON and word not in _COPULAS and word not in _AFTER_THE_MONTH


# Pronouns that may open the clause after a semicolon whose date is still the month's: "…
# marks the start of the Islamic year; this year it begins on 7 July 2024".
_CLAUSE_PRONOUNS: Final = frozenset(("it", "this", "that", "ia", "ini", "itu", "il", "elle"))


def _another_clause_after_semicolon(units: Sequence[Unit], start: int, end: int, date_first: bool) -> bool:
    """Whether a semicolon between a month said to begin or end and the date after it opens
    a clause of its own ("Ramadan begins soon; the fair opens on 30 March"), rather than going
    on with the month's date: only signs, a weekday, a connector ("that is"), fillers, a
    copula, "on", "tomorrow", a word for a beginning and a pronoun stand between the last
    semicolon and the date ("Ramadan begins at sunset; Saturday, 1 March 2025 is …", "… ; this
    year it begins on 7 July 2024"). A date before the month, across a semicolon, is another
    clause's."""
    last = max((k for k in range(start, end) if sign(units[k], ";")), default=None)
    if last is None:
        return False
    if date_first:
        return True
    for k in range(last + 1, end):
        unit = units[k]
        if (
            unit.kind == "sign"
            or entry_of(unit, WEEKDAY)
            or entry_of(unit, CONNECTOR)
            or entry_of(unit, FILL_DM)
            or entry_of(unit, FILL_MY)
            or unit.text in _COPULAS
            or unit.text in _ON
            or unit.text in _RELATIVE_DAYS
            or unit.text in _CLAUSE_PRONOUNS
            or _boundary_at(units, k)
        ):
            continue
        return True
    return False


def a_feast_name(unit: Unit) -> bool:
    """Whether the unit is a feast's name (see :data:`datelines.names.hijri_months.FEAST_NAMES`)."""
    entry = entry_of(unit, HMONTH)
    return entry is not None and entry.spelling in FEAST_DAYS


def a_feast(units: Sequence[Unit], half: Half) -> bool:
    """Whether the half is a feast by its name with its year ("Eid al-Adha 1445 AH"): see
    :meth:`datelines._read.halves._MonthHalf.feast`."""
    if half.month_unit is None:
        return False
    entry = entry_of(units[half.month_unit], HMONTH)
    return entry is not None and entry.spelling in FEAST_DAYS


def _restated_feast(units: Sequence[Unit], feast: Half, halves: Sequence[Half]) -> bool:
    """Whether a feast named without its year stands in a sentence that states a Hijri day:
    the name restates that day or names another day beside it ("1 Syawal 1445 Hijriah atau
    Idul Fitri 2024 Masehi jatuh pada Rabu (10/4)", "Eid al-Adha falls on 10 Dhu al-Hijjah 1446
    and the Day of Arafah on Thursday, 5 June 2025", "l'Aïd al-Adha sera célébrée le vendredi 6
    juin 2025, correspondant au 10 Dhou al-Hijja 1446"), and the stated day is the one to pair."""
    if not feast.bare:
        return False
    for half in halves:
        if half.calendar != HIJRI or half.day is None or half.bare or half.first == feast.first:
            continue
        lo, hi = (half.last + 1, feast.first) if half.last < feast.first else (feast.last + 1, half.first)
        if not any(sign(units[k], ".!?") and _ends_sentence(units, k) for k in range(lo, hi)):
            return True
    return False


def _with_the_feasts_year(units: Sequence[Unit], half: Half, feasts: Sequence[Half]) -> Half:
    """A Hijri day without its year, with the year of the feast that names the same day just
    after it ("غرة شهر شوال وأول أيام عيد الفطر المبارك لعام 1447هـ": 1 Shawwal and the first
    day of Eid al-Fitr of 1447), as it took the year there before feasts were read; or just
    before it, the year said between ("Kurban Bayramı (Hicri 1446 - 10 Zilhicce) 27 Mayıs
    2026", Diyanet's list: the year was lost, and a wrong one passed; review 62)."""
    if half.calendar != HIJRI or half.year is not None or half.day is None:
        return half
    for feast in feasts:
        if (
            feast.year is not None
            and (feast.month, feast.day) == (half.month, half.day)
            and (
                0 <= feast.first - half.last <= _GLOSS_REACH
                or (
                    0 <= half.first - feast.last <= _GLOSS_REACH
                    # (before it, only a bracket, a dash or a comma and the word for "year"
                    # between: not "Ramazan Bayramı 1446 geçen yıldı; bu yıl 1 Şevval …", nor
                    # "Eid al-Adha 1444 — the next 10 Dhu al-Hijjah"; review 62b)
                    and all(
                        sign(units[k], "(-–,:") or entry_of(units[k], FILL_MY) or entry_of(units[k], HERA)
                        for k in range(feast.last + 1, half.first)
                    )
                )
            )
        ):
            return half._replace(year=feast.year)
    return half


_GLOSS_REACH: Final = 6  # units from a Hijri day to the feast that names it again


def _feast_pairs(units: Sequence[Unit], feasts: Sequence[Half], halves: Sequence[Half]) -> list[Pair]:
    """Each feast named with its year and the Gregorian day the words tie it to: the date
    after it, with only links between ("Idul Fitri 1445 H jatuh pada Rabu 10 April 2024",
    "Eid al-Adha 1445 AH on Sunday, 16 June 2024"); else the date before it said to be it, a
    copula or a connector between ("Wednesday 28/June/2023 will be the day of Eidul Adha 1444
    AH"). Not a dateline's date before it ("Jakarta, 8 April 2024 - Idul Fitri 1445 H jatuh
    pada …"), nor a range's first or last day ("Eid al-Adha 1445 holidays from 15 to 18 June"),
    nor another thing's day ("Eid al-Fitr 1445 shopping began on 1 April 2024"): a review
    found each paired, and called wrong."""
    used: set[int] = set()
    dates = [h for h in halves if h.calendar == GREGORIAN and h.month is not None and h.day is not None]
    holidays = _feast_holidays(units, feasts, dates)
    years = [h for h in halves if h.year_only and h.calendar in (GREGORIAN, None)]
    found: list[Pair] = []
    for feast in feasts:
        if feast.bare and not _the_feast_s_day_said(units, feast, dates):
            continue
        # both years said together: "Eid ul Adha (1443-2022) Announcement"
        year = next((y for y in years if y.first > feast.last and all(units[k].kind == "sign" for k in range(feast.last + 1, y.first))), None)  # fmt: skip
        if (
            year is not None
            and feast.year is not None
            and year.year is not None
            and overlaps(feast.year, year.year)
        ):
            found.append(Pair(feast, year._replace(calendar=GREGORIAN), feast.first, year.last))
            continue
        after = next((d for d in dates if d.first > feast.last), None)
        before = next((d for d in reversed(dates) if d.last < feast.first), None)
        glossing = before is not None and _glossed_by(units, before, feast)
        if (
            before is not None
            and glossing
            and not _a_range_from(units, before)
            and not _a_range_s_end(units, before)
            and before.first not in holidays
        ):
            # "16 July 2024 (Ashura), 25 August 2024 (Arbaeen)": the name in brackets is the
            # date's before it, not the next one's (trial 27)
            partner = before
        elif (
            after is not None
            and not glossing  # a name in brackets after a date is that date's, or no one's
            and _ties_a_feast(
                units,
                _past_the_feasts_year(units, feast, after),
                after.first,
                labelled=_prayed(units, feast) and can_be_one_day(feast, after),
                bare=feast.bare,
            )
            and not _a_range_from(units, after)
            # "Ashura 2024: 15 July 2024 (Tasua)": the day another feast's, which glosses it
            and not any(
                _glossed_by(units, after, other)
                for other in feasts
                if (other.month, other.day) != (feast.month, feast.day)
            )
        ):
            partner = after
        elif (
            before is not None
            and _ties_a_feast(units, before.last + 1, feast.first, said=True)
            and not _a_range_from(units, before)
        ):
            partner = before
        else:
            continue
        dates.remove(partner)
        used.update(range(partner.first, partner.last + 1))
        day = feast._replace(bare=False)  # a feast without its year: a day, tied to this one
        found.append(Pair(day, partner, min(day.first, partner.first), max(day.last, partner.last)))
    return found


def _feast_holidays(units: Sequence[Unit], feasts: Sequence[Half], dates: Sequence[Half]) -> set[int]:
    """The first units of dates that one feast's name glosses within a week of the next or
    last such date, the two listed together (see :func:`_listed_together`): a holiday list's
    days of the feast ("17 June 2024 (Eid ul Adha), 18 June 2024 (Eid ul Adha)", review 61; "8
    April 2024 (Idul Fitri), … 12 April 2024 (Idul Fitri)", a weekend between: review 61c), none
    its day alone. The same feast glossing days said apart ("Saudi Arabia marked 16 June 2024
    (Eid al-Adha), but Pakistan marked 20 June 2024 (Eid al-Adha)", two countries', two
    years'), or the same day twice, glosses each (reviews 61b, 61d)."""
    glossed: dict[tuple[int | None, int | None], list[Half]] = {}
    for feast in feasts:
        for day in dates:
            if day.last < feast.first and _glossed_by(units, day, feast):
                glossed.setdefault((feast.month, feast.day), []).append(day)
    found: set[int] = set()
    for days in glossed.values():
        for a, b in itertools.pairwise(sorted(days, key=lambda h: h.first)):
            if (
                a.year is not None
                and b.year is not None
                and a.month is not None
                and b.month is not None
                and a.day is not None
                and b.day is not None
                and 1 <= abs(_days_between(a, b) or 0) <= 7
                and _listed_together(units, a.last + 1, b.first)
            ):
                found.update((a.first, b.first))
    return found


def _listed_together(units: Sequence[Unit], start: int, end: int) -> bool:
    """Whether units start..end-1, past the first date's bracketed feast, hold only what
    joins a list's items: a comma, a semicolon, a dash, "and", a weekday."""
    k = start
    if k < end and sign(units[k], "("):
        close = next((j for j in range(k + 1, min(end, k + 8)) if sign(units[j], ")")), None)
        if close is None:
            return False
        k = close + 1
    return all(
        (units[j].kind == "sign" and units[j].text in ",;-–—")
        or units[j].text in _AND
        or entry_of(units[j], WEEKDAY) is not None
        for j in range(k, end)
    )


def _a_label_s_number(units: Sequence[Unit], index: int) -> bool:
    """Whether the number at ``index`` is a page's, an issue's or a volume's, its label just
    before it (perhaps with a stop): "Page 4", "Issue 12", "Vol. 3 No. 2"."""
    probe = index - 1
    if probe >= 0 and sign(units[probe], "."):
        probe -= 1
    return probe >= 0 and (units[probe].text in _LABELS or _numbered(units, index))


_LABELS: Final = frozenset(fold(word) for word, _ in LABELS_OF_NUMBERS)


def _days_between(a: Half, b: Half) -> int | None:
    try:
        return (date(b.year, b.month, b.day) - date(a.year, a.month, a.day)).days  # type: ignore[arg-type]
    except (ValueError, TypeError):
        return None


def _a_range_s_end(units: Sequence[Unit], date: Half) -> bool:
    """Whether the date ends a range ("9-12 April 2024", "15 to 18 June 2024", "June 16-19,
    2024"): a joiner between two numbers before it or inside it."""

    def joins(k: int) -> bool:
        return (
            0 < k < len(units) - 1
            and (sign(units[k], "-–—") or units[k].text in RANGE_JOINER_TEXTS or units[k].text in _RANGE_ENDS)
            and units[k - 1].kind == "num"
            # "Page 4 - 18 June 2024", "Issue 12 - …" (review 61b), "Page 4-18 June 2024": a
            # label's number begins a range only glued to it and within a week ("Issue 16-18
            # June 2024": reviews 61c, 61d)
            and not (
                _a_label_s_number(units, k - 1)
                and not (
                    units[k].glued
                    and units[k + 1].kind == "num"
                    and 1 <= units[k + 1].value - units[k - 1].value <= 7
                )
            )
        )

    return joins(date.first - 1) or any(
        joins(k) and units[k + 1].kind == "num" for k in range(date.first + 1, date.last)
    )


def _glossed_by(units: Sequence[Unit], date: Half, feast: Half) -> bool:
    """Whether the feast's name alone fills a bracket right after the date, as a holiday
    list glosses each day: "15 July 2024 (Tasua), 16 July 2024 (Ashura)"."""
    opening, closing = date.last + 1, feast.last + 1
    return (
        feast.first == opening + 1
        and closing < len(units)
        and sign(units[opening], "(")
        and sign(units[closing], ")")
    )


def _past_the_feasts_year(units: Sequence[Unit], feast: Half, day: Half) -> int:
    """Where the words after a feast's name begin, past the year of our era that names it
    when that is the day's year ("Idul Fitri 2024 jatuh pada Rabu, 10 April 2024")."""
    k = feast.last + 1
    if feast.bare and k < len(units) and units[k].kind == "num" and units[k].value == day.year:
        return k + 1
    return k


_FEAST_LINKS: Final = frozenset(fold(word) for word, _ in FEAST_LINKS)
_FEAST_LABELS: Final = frozenset(fold(word) for word, _ in FEAST_LABELS)
_FEAST_PRAYERS: Final = frozenset(fold(word) for word, _ in FEAST_PRAYERS)
_PRAYER_REACH: Final = 4  # units before a feast's name searched for its prayer


def _the_feast_s_day_said(units: Sequence[Unit], feast: Half, dates: Sequence[Half]) -> bool:
    """Whether a feast named without its year stands as the subject of its day (review 59):
    at a sentence's start or after a sign, a copula, "that", a preposition of time, a weekday,
    "today" or "tomorrow", a verb of celebrating or a noun of feasts with its "of"
    (:data:`datelines.names.words.FEAST_SUBJECT_BEFORE`); and that the day is one date, with
    its Gregorian year, within days of the feast in the tabular calendar: not "after Eid
    al-Fitr on 3 April", "Rumah terbuka Aidilfitri pada 12 April 2025", "Eid al-Fitr is expected
    on Sunday, 30 March 2025 or Monday, 31 March 2025", "Eid al-Adha on 1 May 2025"."""
    if not _named_as_subject(units, feast):
        return False
    # the date after it, or the date before it said to be it ("Wednesday 10 April 2024 will be
    # Eid al-Fitr"): whichever _feast_pairs takes, it is one of these
    after = next((d for d in dates if d.first > feast.last), None)
    before = next((d for d in reversed(dates) if d.last < feast.first), None)
    return any(
        partner is not None
        and partner.year is not None
        and not (partner.last + 1 < len(units) and units[partner.last + 1].text in _OR)  # one of two days
        and not _weeks_apart(feast, partner, ())
        for partner in (after, before)
    )


def _named_as_subject(units: Sequence[Unit], feast: Half) -> bool:
    """Whether a feast's or the new year's name, without its year, stands as a sentence's
    subject (see :func:`_the_feast_s_day_said`): not after a noun it modifies ("عطلة فاتح
    العام الهجري تبدأ 6 يوليو 2024", the new year's holiday begins; review 60)."""
    if units[feast.first].kind == "num":
        return False  # "H+1 Idul Fitri" (the day after it), "H-1 Idul Adha": no day number before the name
    k = feast.first - 1
    while k >= 0 and units[k].text in _FEAST_ARTICLES:
        k -= 1
    if k >= 0:
        word = units[k]
        heads = [" ".join(u.text for u in units[j : k + 1]) for j in range(max(0, k - 2), k + 1)]
        if not (
            (word.kind == "sign" and not (word.text in "-‐‑–" and units[feast.first].glued))
            or word.text in _COPULAS
            or word.text in _SAID_THAT
            or word.text in _ON
            or entry_of(word, CONNECTOR)
            or any(head in _FEAST_SUBJECT_BEFORE for head in heads)
        ):
            # (not a prefix's hyphen, "Pasca-Idul Fitri", "Post-Eid al-Fitr"; nor a verb of
            # celebrating, a weekday or "tomorrow", which events and the run-up to the feast
            # have too: "Join us to celebrate Eid al-Fitr on Tuesday, 1 April 2025", "Menyambut
            # Idul Fitri, Jumat (28/3/2025), warga mudik": review 59b)
            return False
    return True


_FEAST_SUBJECT_BEFORE: Final = frozenset(fold(words) for words, _ in FEAST_SUBJECT_BEFORE)
_FEAST_ARTICLES: Final = frozenset({"the", "l", "la", "le", "al"})


def _prayed(units: Sequence[Unit], feast: Half) -> bool:
    """Whether the feast's name follows the word for its prayer ("SOLAT SUNAT HARI RAYA
    AIDILFITRI", "صلاة عيد الفطر"): a notice of the prayer, whose date is the feast's."""
    return any(
        units[k].text in _FEAST_PRAYERS for k in range(max(0, feast.first - _PRAYER_REACH), feast.first)
    )


_MAX_FEAST_GAP: Final = 8  # units between a feast's name and its day


def _ties_a_feast(
    units: Sequence[Unit],
    start: int,
    end: int,
    *,
    said: bool = False,
    labelled: bool = False,
    bare: bool = False,
) -> bool:
    """Whether units start..end-1 tie a feast to its day: signs (not a dash, which sets a
    dateline off its story or joins a range, nor a sentence's end), weekdays, connectors,
    copulas, prepositions of time, fillers, "today" and "tomorrow" and the feast's own links
    (:data:`datelines.names.words.FEAST_LINKS`); ``said``: a date before the feast, said to be
    it (a copula or a connector among them); ``labelled``: a notice's label for the day may
    stand among them too ("Tarikh :"), the date being one of the feast's own days."""
    if end - start > _MAX_FEAST_GAP:
        return False
    linked = False
    for k in range(start, end):
        unit = units[k]
        if unit.kind == "sign":
            if unit.text in "-–—;!?" or (unit.text == "." and _ends_sentence(units, k)):
                return False
            if unit.text == "|" and bare:
                # a bar sets a title apart from a page's date ("Eid al-Fitr 2024 | 12 April
                # 2024"); not a table's cells, where the feast has its year ("| Eid al-Fitr 1445 |
                # 12 April 2024 |": review 60b)
                return False
            continue
        if unit.text in _COPULAS or entry_of(unit, CONNECTOR):
            linked = True
            continue
        if not (
            entry_of(unit, WEEKDAY)
            or entry_of(unit, FILL_DM)
            or unit.text in _ON
            or unit.text in _ON_AFTER
            or unit.text in _RELATIVE_DAYS
            or unit.text in _FEAST_LINKS
            or (labelled and unit.text in _FEAST_LABELS)  # "Tarikh :", of a date of its days
            or (said and entry_of(unit, DAYWORD))  # "هو أول أيام …", "will be the first day of …"
        ):
            return False
    return linked or not said


def _a_range_from(units: Sequence[Unit], date: Half) -> bool:
    """Whether the date begins a range: a dash or a word that joins a range's ends, then a
    number, after it ("15-18 June", "9 hingga 12 April"), past a weekday and a bracketed aside
    ("Tuesday 9 April 2024 – Thursday 11 April 2024", "15 June 2024 (Arafat Day) to 18 June
    2024": review 60)."""
    k = date.last + 1
    past = False  # past an aside or a weekday: then only a day and its month end a range
    if k < len(units) and sign(units[k], "("):
        close = next((j for j in range(k + 1, min(len(units), k + 8)) if sign(units[j], ")")), None)
        if close is not None:
            k, past = close + 1, True
    if not (
        k + 1 < len(units)
        and (sign(units[k], "-–—") or units[k].text in RANGE_JOINER_TEXTS or units[k].text in _RANGE_ENDS)
    ):
        return False
    k += 1
    if k < len(units) and entry_of(units[k], WEEKDAY):
        k, past = k + 1, True
        if k < len(units) and sign(units[k], ","):
            k += 1
    if not (k < len(units) and units[k].kind == "num"):
        return False
    # "(Jumat) - 2 hari libur", "(Sunday) - 10 days after the crescent": a count, a word after
    # the number (review 60b); a day and its month, a numeric date or a day alone end a range
    # ("(Senin) - 15/4/2024", "(Sabtu) - 18 (Selasa)": review 60c)
    after = k + 1
    return (
        not past
        or after >= len(units)
        or is_month(units[after])
        or (units[after].kind == "sign" and not (after + 1 < len(units) and units[after + 1].kind == "word"))
    )


def _first_day_unsaid(half: Half) -> bool:
    """Whether a Hijri half is a month's first day without its year, which the text may say
    begins on a date as it says the month does: "Рамазан айынын биринчи күнү Сауд Арабия,
    Катар, … Иракта бүгүн, 18-февралда башталат" (the first day of Ramadan begins today, on
    18 February, in Saudi Arabia, Qatar, … and Iraq)."""
    return half.day == 1 and half.year is None and half.month is not None and half.short_year is None


def _boundary_said_to_be(units: Sequence[Unit], month: Half, day: Half) -> bool:
    """Whether a word for the month's beginning or end stands before its name and only a
    copula, a preposition of time, fillers and a weekday stand between the name and the day
    after it: "Dita e fundit e Ramazanit është më 29 Mars" (the last day of Ramadan is on 29
    March), "the last day of Ramadan is March 29". Not a fast's day ("the first fast of
    Ramadan is on …": no boundary word), one of two days (a number between), nor across a
    comma but a weekday's ("Idul-Fitr, ambayo inaashiria mwisho wa Ramadhani, itakuwa
    Jumatatu, Machi 31": the month is said in a clause about the feast, whose day it is)."""
    if day.first < month.first or not _boundary_before(units, month) or _boundary_dated_before(units, month):
        return False
    if any(
        units[i].text in _OR and any(u.kind == "num" for u in units[i + 1 : i + 5])
        for i in range(day.last + 1, min(len(units), day.last + 4))
    ):
        return False  # "سيبدأ شهر رمضان يوم 1 مارس أو 2 مارس 2025": one of two days
    for k in range(month.last + 1, day.first):
        unit = units[k]
        if entry_of(unit, FILL_DM) or entry_of(unit, WEEKDAY):
            continue
        if sign(unit, ",") and entry_of(units[k - 1], WEEKDAY):
            continue
        if unit.kind in ("word", "lex") and (unit.text in _COPULAS or unit.text in _ON):
            continue
        return False
    return True


# How many words other than copulas, prepositions of time, fillers, weekdays and words for
# "tomorrow" may stand between a month whose beginning is named and the connector before its
# date: a verb and a word of the day's ("falls", "after").
MAX_CONNECTED_WORDS: Final = 3


def _boundary_said_by_connector(units: Sequence[Unit], month: Half, day: Half) -> bool:
    """Whether a word for the month's beginning or end stands before its name and a connector
    stands straight before the day after it, which it ties to the day said after the name:
    "the beginning of Ramadan falls on the day after tomorrow, Tuesday, corresponding to March
    12". Between the name and the connector, in one sentence, only a verb and the day's own
    words (copulas, "on", fillers, a weekday, "tomorrow"): no number, no other month, no word
    of fasting or of saying, and at most MAX_CONNECTED_WORDS other words."""
    at = day.first - 1
    if not (month.last < at and entry_of(units[at], CONNECTOR) and _boundary_before(units, month)):
        return False
    others = 0
    for k in range(month.last + 1, at):
        unit = units[k]
        if unit.kind == "num" or (unit.kind == "sign" and unit.text in ".!?;:"):
            return False
        if unit.kind == "sign" or entry_of(unit, FILL_DM) or entry_of(unit, WEEKDAY):
            continue
        if entry_of(unit, HMONTH) or entry_of(unit, GMONTH) or entry_of(unit, CONNECTOR):
            return False
        if unit.text in FASTING or unit.text in _SAID_THAT or unit.text in _OR:
            return False
        if unit.text in _COPULAS or unit.text in _ON or unit.text in _RELATIVE_DAYS:
            continue
        others += 1
        if others > MAX_CONNECTED_WORDS:
            return False
    return True


_CRESCENT: Final = tuple(fold(stem) for stem, _ in CRESCENT_WORDS)


_MARKETS: Final = frozenset(fold(word) for word, _ in MARKET_NOUNS)


def _names_a_market(units: Sequence[Unit], month: Half) -> bool:
    """Whether a noun of a market stands straight beside the month, which then names it: "Bazar
    Ramadan dibuka mulai 1 Mac 2025" (the Ramadan bazaar opens from 1 March 2025)."""
    return any(0 <= k < len(units) and units[k].text in _MARKETS for k in (month.first - 1, month.last + 1))


_FEASTS: Final = tuple(fold(stem) for stem, _ in FEAST_NOUNS)


def _names_a_feast(units: Sequence[Unit], month: Half) -> bool:
    """Whether a noun of a feast follows the month straight away, which then names it:
    "Ramazan Bayramı 30 Mart'ta başlıyor" (the feast of Ramadan begins on 30 March)."""
    after = month.last + 1
    return after < len(units) and units[after].kind == "word" and units[after].text.startswith(_FEASTS)


def _crescent_of(units: Sequence[Unit], month: Half) -> bool:
    """Whether the month is named as its crescent or moon: a crescent word next to it, with
    only the words that stand between a day and its month between ("the crescent of Shawwal",
    "هلال شهر شوال", "شوال کا چاند", "Şəvval ayının hilalının"); not "After the crescent
    sighting, Ramadan begins …"."""
    for step, start in ((-1, month.first - 1), (1, month.last + 1)):
        index = start
        for _ in range(4):
            if not 0 <= index < len(units) or units[index].kind not in ("word", "lex"):
                break
            following = units[index + 1].text if index + 1 < len(units) else ""
            if f"{units[index].text} {following}".startswith(_CRESCENT):
                return True
            if entry_of(units[index], FILL_DM) is None:
                break
            index += step
    return False


def _says_boundary(units: Sequence[Unit], month: Half, day: Half, *, word_first: bool = False) -> bool:
    """Whether the text says the month begins or ends on the day: a word that says so
    stands between them ("Ramadan will begin on Friday, April 24", "1 Mars 2025, nis muaji i
    Ramazanit"), or after both ("Ramazan ayı martın 23-də başlayacaq", "১১ মার্চ থেকে রমজান
    মাস শুরু হবে"), or, with ``word_first``, before the month when the day follows it ("the end
    of Sha'ban falls on Wednesday, 18 February"); and no word of fasting is between ("the first
    fast is on 12 March"): a fast, a feast and a month are not the same day."""
    first, last = min(month.last, day.last) + 1, max(month.first, day.first)
    between = range(first, last)
    if _month_not_the_subject(units, month, day):
        return False  # "Ramazan ayında 11 Mart'ta okullar … başladı": the month is when, not what begins
    aside = _aside_after(units, month, day)
    if any(units[i].text in FASTING for i in between if units[i].kind in ("word", "lex") and i not in aside):
        return False
    # The day of the first fast ("23 मार्च को पहला रोजा"), or one of two days ("1 বা 2 মার্চ").
    after = range(day.last + 1, min(len(units), day.last + 4))
    if any(units[i].text in FASTING for i in after if units[i].kind in ("word", "lex")):
        return False
    before = range(max(0, day.first - 4), day.first)
    if any(units[i].text in _OR for i in before) and any(units[i].kind == "num" for i in before):
        return False
    if any(
        units[i].text in _OR and any(u.kind == "num" for u in units[i + 1 : i + 5])
        for i in range(day.last + 1, min(len(units), day.last + 4))
    ):
        # "یکم مارچ، یا اتوار، 2 مارچ": the first of two (Pashto "او", and, folds as Arabic
        # "أو", or: "د مارچ په ۲۳مه پيل شي او …" has no other day after it)
        return False
    if any(_boundary_at(units, i) for i in between):
        return True
    if (
        word_first
        and month.last < day.first
        and _boundary_before(units, month)
        and not _boundary_dated_before(units, month)
        and not any(units[i].kind == "sign" for i in between)
        and (_gap_cost(units, first, _evening_before(units, last)) or 0.0) <= MAX_BOUNDARY_VERB
    ):
        # "کۆتایی مانگی شەعبان دەکەوێتە ڕۆژی چوارشەممە 18ـی شوباتی 2026" (the end of Sha'ban falls
        # on Wednesday, 18 February 2026): the date straight after a verb, in the same clause
        return True
    # The word after both: after the day when the month comes first ("Ramazan ayı martın
    # 23-də başlayacaq"), after the month when the day does ("১১ মার্চ থেকে রমজান মাস শুরু হবে").
    last_of_both = max(month.last, day.last)
    day_first = day.first < month.first
    if day_first and any(sign(units[i], ":") and not _abbreviation_colon(units, i) for i in between):
        return False  # "மார்ச் 21, 2023 (AJ): …": a story's date, then its news
    if not day_first and _verb_said_once(units, day):
        return True
    for index in range(last_of_both + 1, min(len(units), last_of_both + 2 + MAX_VERB_LAST_REACH)):
        unit = units[index]
        if (unit.kind == "sign" and unit.text in ".!?;") or unit.kind == "num":
            return False  # the word belongs to another sentence, or to the next date
        if entry_of(unit, HMONTH) or unit.text in _SAID_THAT:
            return False  # "Shaban Hassan said on 10 February that Ramadan would begin": another month's
        if day_first and entry_of(unit, WEEKDAY):
            return False  # "… ரமலான் மாதம் வியாழன் அன்று தொடங்கும்": it begins on another day
        if unit.kind in ("word", "lex") and unit.text in FASTING:
            return False  # "മാർച്ച് 11 … റമദാൻ മാസത്തിൻ്റെ വൃതം ആരംഭിക്കും": the fast begins then
        if index > last_of_both + 4 and (day_first or not _verb_ends_sentence(units, last_of_both, index)):
            continue  # past four words, only the verb that ends the sentence (see _verb_ends_sentence)
        if _boundary_at(units, index):
            if day_first and _announced_after(units, index):
                return False  # "28 fevral 2025-ci ildə Ramazan ayının başlanğıcını elan etdi"
            # "… Ramazan ayının başlamasına 22 gün kaldı": a count of days to the start
            return not (day_first and any(u.kind == "num" for u in units[index + 1 : index + 4]))
    return False


def _abbreviation_colon(units: Sequence[Unit], index: int) -> bool:
    """Whether the colon at ``index`` marks an era word cut short, glued to it, as Bengali
    writes its visarga: "১৯/০৬/২০১৫খ্রি: তারিখ" (19/06/2015 AD, the date): no clause ends there."""
    return index > 0 and units[index].glued and entry_of(units[index - 1], GERA) is not None


# How many words may stand between a month and its date, said first, and the verb that ends
# the sentence: "Remezan aýy 6-njy iýunda Merkezi Aziýa ýurtlarynda hem başlandy."
MAX_VERB_LAST_REACH: Final = 5


def _verb_ends_sentence(units: Sequence[Unit], date_last: int, index: int) -> bool:
    """Whether the word at ``index`` ends its sentence, as the verb does in the Turkic
    languages, with a place said between it and the date: "Remezan aýy 6-njy iýunda Merkezi
    Aziýa ýurtlarynda hem başlandy" (the month of Ramadan began on 6 June in the countries
    of Central Asia too). Further than four words from the date, only such a verb says the
    month begins on it, with only words between (no comma of another clause: "… kutlandı,
    okullar başladı"; no other finite verb: "… devam ediyor başladı")."""
    following = index + 1
    return (following == len(units) or sign(units[following], ".!?")) and all(
        units[k].kind in ("word", "lex") and not units[k].text.endswith(_FINITE_VERB_ENDINGS)
        for k in range(date_last + 1, index)
    )


# Another clause's verb between the date and the last one: "… 11 Mart'ta kutlamalar devam
# ediyor başladı" (see FINITE_VERB_ENDINGS).
_FINITE_VERB_ENDINGS: Final = tuple(sorted({fold(ending) for ending, _ in FINITE_VERB_ENDINGS}))


_MONTH_LOCATIVE_WORDS: Final = frozenset(fold(word) for word, _ in MONTH_LOCATIVE_WORDS)
_MONTH_LOCATIVE_ENDINGS: Final = tuple(sorted({fold(ending) for ending, _ in MONTH_LOCATIVE_ENDINGS}))
_CONVERB_ENDINGS: Final = tuple(sorted({fold(ending) for ending, _ in CONVERB_ENDINGS}))


def _month_not_the_subject(units: Sequence[Unit], month: Half, day: Half) -> bool:
    """Whether a Hijri month, in a language that puts the verb last, is no subject of a verb
    of beginning or ending said with a date: named in the locative, as when things happen
    ("Ramazan ayında 11 Mart'ta okullar yeni dönem programı başladı", during Ramadan, on
    11 March, the schools began the new term; "Рамазанда …"), or, said before the date, with a
    converb of its beginning or end between that closes its clause ("Рамазан айы бүтүп
    11 мартта жаңы окуу жылы башталды", Ramadan having ended, the new school year began on
    11 March; "Ramazan ayı sona erip …"). Not "Ramazan ayı 11 Mart'ta … başladı", nor "… 2 сәуірде басталып, …" (the
    converb after the date is the month's own)."""
    after = month.last + 1
    if after < len(units) and units[after].text in _MONTH_LOCATIVE_WORDS:
        return True
    name = units[month.last]
    if name.kind == "lex" and name.text.endswith(_MONTH_LOCATIVE_ENDINGS) and _locative_of_a_month(name.text):
        return True
    return month.last < day.first and any(
        _boundary_at(units, k) and any(_converb(units[j]) for j in range(k, min(k + 2, day.first)))
        for k in range(after, day.first)
    )


def _converb(unit: Unit) -> bool:
    """A word with a converb ending ("бүтүп", "bitip", the "erip" of "sona erip")."""
    return unit.kind in ("word", "lex") and unit.text.endswith(_CONVERB_ENDINGS)


def _locative_of_a_month(text: str) -> bool:
    """Whether ``text`` is a Hijri month's name with a locative ending ("ramazanda")."""
    for ending in _MONTH_LOCATIVE_ENDINGS:
        if text.endswith(ending):
            stem = LEXICON.entries.get(text[: -len(ending)], ())
            if any(entry.kind == HMONTH for entry in stem):
                return True
    return False


_EVENING_OF: Final = frozenset(fold(word) for word in ("of", "des", "du", "de"))
_EVENINGS: Final = frozenset(fold(word) for word, _ in EVENING_WORDS)


def _evening_before(units: Sequence[Unit], at: int) -> int:
    """Where words that say the evening of the day at ``at`` begin straight before it (an
    evening word and a genitive: "Heuer beginnt der Ramadan am Abend des 10. März", "on the
    evening of 10 March"), or ``at`` when none stand there: a month said to begin on the
    evening of a day begins on that day (tests/data/README.md)."""
    k = at - 1
    if k > 0 and units[k].kind in ("word", "lex") and units[k].text in _EVENING_OF:
        k -= 1
    if k >= 0 and units[k].kind in ("word", "lex") and units[k].text in _EVENINGS:
        return k
    return at


def _aside_after(units: Sequence[Unit], month: Half, day: Half) -> range:
    """An aside set off by commas straight after the month, before its day, whose closing
    comma a word for the month's beginning or end follows: it describes the month, and a word
    of fasting in it is the month's, not a fast's day ("El Ramadán, uno de los fundamentos
    esenciales del islam que engloba tiempos de ayuno y meditación, comenzó el pasado 1 de
    marzo", "Ramadan, the month of fasting, will begin on 1 March"). Empty where there is none, or where a number, a month, a stop or more than
    GLOSS_WORDS words stand in it."""
    opening = month.last + 1
    if not (opening < day.first and sign(units[opening], ",")):
        return range(0)
    for k in range(opening + 1, min(day.first, opening + GLOSS_WORDS + 2)):
        unit = units[k]
        if (
            unit.kind == "num"
            or (unit.kind == "sign" and unit.text in ".;:!?")
            or entry_of(unit, HMONTH)
            or entry_of(unit, GMONTH)
        ):
            return range(0)
        if sign(unit, ","):
            # the verb straight after it, or after an auxiliary or two ("will begin")
            verb = range(k + 1, min(day.first, k + 4))
            for j in verb:
                if units[j].kind not in ("word", "lex"):
                    break
                if _boundary_at(units, j):
                    return range(opening, k + 1)
            return range(0)
    return range(0)


_ANNOUNCING: Final = tuple(fold(stem) for stem, _ in ANNOUNCING_WORDS)


def _announced_after(units: Sequence[Unit], index: int) -> bool:
    """Whether a verb of announcing follows the word for a month's beginning at ``index``
    straight away: the beginning is what was announced ("… Ramazan ayının başlanğıcını elan
    etdi", "… Рамазан айының басталатынын жариялады"), and a date before it the announcement's."""
    following = index + 1
    return (
        following < len(units)
        and units[following].kind in ("word", "lex")
        and units[following].text.startswith(_ANNOUNCING)
    )


_TOPICS: Final = frozenset(fold(word) for word, _ in CONTRASTED_TOPICS)


def _verb_said_once(units: Sequence[Unit], day: Half) -> bool:
    """Whether, after the month and its day, a comma, a second subject set against the first
    by a word for "as for" (:data:`datelines.names.words.CONTRASTED_TOPICS`) and that
    subject's own day and month come before the word for beginning or coinciding, which then
    says both: "Ramazan ayı 18 fevral, bayramı isə 19 marta təsadüf edəcək" (Ramadan falls on
    18 February, and the feast on 19 March), "bəzi ölkələrdə Ramazan ayı aprelin 14-də, çox
    ölkələrdə isə aprelin 13-də başlayacaq"."""
    at = day.last + 1
    if not (at < len(units) and sign(units[at], ",")):
        return False
    index, topic = at + 1, False
    while (
        index < min(len(units), at + 5)
        and units[index].kind in ("word", "lex")
        and not entry_of(units[index], GMONTH)
    ):
        topic = topic or units[index].text in _TOPICS
        index += 1
    if not topic:
        return False
    start = index  # the second subject's day and month ("19 marta", "aprelin 13-də")
    while index < min(len(units), start + 3) and (
        units[index].kind == "num" or entry_of(units[index], GMONTH)
    ):
        index += 1
    said = units[start:index]
    return (
        any(u.kind == "num" for u in said)
        and any(entry_of(u, GMONTH) for u in said)
        and index < len(units)
        and _boundary_at(units, index)
    )


def _boundary_matcher() -> Callable[[str], bool]:
    starts = tuple(fold(stem) for stem, _ in MONTH_BOUNDARY_WORDS if not stem.startswith("*"))
    inside = tuple(fold(stem[1:]) for stem, _ in MONTH_BOUNDARY_WORDS if stem.startswith("*"))
    return lambda word: word.startswith(starts) or any(stem in word for stem in inside)


_BOUNDARY: Final = _boundary_matcher()
# Stems of two words ("last day"): matched on a word and the next.
_BOUNDARY_PAIRS: Final = tuple(fold(stem) for stem, _ in MONTH_BOUNDARY_WORDS if " " in stem)


# The first letters (four or more) of the stems, for a word the page cut off with an ellipsis.
_BOUNDARY_CUT: Final = frozenset(
    stem[:length]
    for stem in (
        fold(stem) for stem, _ in MONTH_BOUNDARY_WORDS if not stem.startswith("*") and " " not in stem
    )
    for length in range(4, len(stem))
)


def _cut_off(units: Sequence[Unit], index: int) -> bool:
    """Whether the word at ``index`` is cut off by the page, an ellipsis glued to it: "Hicri
    takvimin sekizinci ayı olan Şaban, 20 Ocak 2026 Salı günü başl…" (a snippet's end)."""
    return index + 2 < len(units) and all(
        sign(units[k], ".") and units[k].glued for k in (index + 1, index + 2)
    )


def _boundary_at(units: Sequence[Unit], index: int) -> bool:
    """Whether the word at ``index`` (alone, or with the next) says a month begins or ends."""
    unit = units[index]
    if unit.kind not in ("word", "lex"):
        return False
    if _BOUNDARY(unit.text):
        return True
    if unit.text in _BOUNDARY_CUT and _cut_off(units, index):
        return True
    if index + 1 < len(units) and units[index + 1].kind in ("word", "lex"):
        return f"{unit.text} {units[index + 1].text}".startswith(_BOUNDARY_PAIRS)
    return False


_OR: Final = frozenset(fold(word) for word in OR_WORDS)
_OR_PAIRS: Final = frozenset(
    (words[0], words[1]) for words in (fold(word).split() for word in OR_WORDS) if len(words) == 2
)
_OR_ARTICLES: Final = frozenset(fold(word) for word, _ in OR_DATE_ARTICLES)
_OR_ANY: Final = _OR | frozenset(word for pair in _OR_PAIRS for word in pair)


def _line_break_between(folded: Folded | None, units: Sequence[Unit], before: int, after: int) -> bool:
    """Whether a line break stands between units ``before`` and ``after`` (folding makes line
    breaks spaces: the original says where they were)."""
    if folded is None or not folded.original:
        return False
    lo = folded.span(units[before].start, units[before].end)[1]
    hi = folded.span(units[after].start, units[after].end)[0]
    between = folded.original[lo:hi]
    return "\n" in between or "\r" in between or "\u2028" in between


def _another_line_s_third_date(units: Sequence[Unit], start: int, end: int) -> bool:
    """Whether units start..end-1 hold a whole Solar Hijri or Bengali date that is not the
    third date of one line with both halves: words, not only signs, a connector or an "and",
    stand between it and either half ("کابل، ۱۵ حمل ۱۴۰۴ مطابق ۴ اپریل ۲۰۲۵ / گزارش داد /
    کابل، ۱۶ حمل ۱۴۰۴ برابر با ۷ شوال ۱۴۴۶ و ۵ اپریل ۲۰۲۵": the first line's Gregorian day and
    the second's lunar one are two lines' halves, a trial; "۴ اپریل ۲۰۲۵ / ۱۵ حمل ۱۴۰۴ / ۶ شوال
    ۱۴۴۶" is one line)."""
    for k in range(start + 1, end - 1):
        unit = units[k]
        if unit.kind != "lex" or not (entry_of(unit, SMONTH) or entry_of(unit, BMONTH)):
            continue
        if units[k - 1].kind != "num" or units[k + 1].kind != "num":
            continue
        if not (_only_joins(units, start, k - 1) and _only_joins(units, k + 2, end)):
            return True
    return False


def _only_joins(units: Sequence[Unit], start: int, end: int) -> bool:
    """Whether units start..end-1 only join one line's dates: signs but a sentence's end,
    connectors, eras ("هجری شمسی و", a review: a triple with its eras was cut in two),
    weekdays, "and", and one word at most ("… مصادف با ۲۹ شهریور ۱۳۸۸ را اول شوال …"), not
    a place before its comma (two lines, "کابل، … / کابل، …")."""
    words = 0
    for k in range(start, end):
        unit = units[k]
        if unit.kind == "sign":
            if unit.text in "!?" or (unit.text == "." and _ends_sentence(units, k)):
                return False
            continue
        if unit.kind == "num":
            continue  # (a year of the third date's, its day: within its own half)
        if k > 0 and units[k - 1].kind == "num" and entry_of(unit, FILL_MY):
            continue  # and the word "year" after its year: "17 тира 1403 года солнечной хиджры"
        if unit.text in _AND or any(
            entry_of(unit, kind) for kind in (CONNECTOR, WEEKDAY, HERA, GERA, SERA, BERA, FILL_DM)
        ):
            continue
        # a word before a comma is a place, which begins the next line's dateline
        words += 2 if k + 1 < end and sign(units[k + 1], ",") else 1
    return words <= 1


def _pair_neighbours(units: Sequence[Unit], merged: list[Half], folded: Folded | None = None) -> list[Pair]:
    candidates: list[tuple[float, int, Half, Half]] = []
    for i in range(len(merged) - 1):
        a, b = merged[i], merged[i + 1]
        ca, cb = _calendar_of(a, b), _calendar_of(b, a)
        if ca is not None and ca == cb and (ordered := _numeric_order(a, b)) is not None:
            ca, cb = ordered
            merged[i], merged[i + 1] = a._replace(calendar=ca), b._replace(calendar=cb)
        if ca is None or cb is None or ca == cb:
            continue
        cost = _gap_cost_past_prefix_era(units, a.last + 1, b.first, cb)
        if cost is None or not _one_day(units, a if ca == HIJRI else b, b if ca == HIJRI else a):
            continue
        if cost > 1 and _another_line_s_third_date(units, a.last + 1, b.first):
            continue
        if (a.bare or b.bare) and not _new_year_beside(
            units,
            a.last + 1,
            b.first,
            date_first=not a.bare,
            name_ends=_ends_its_line(units, a if a.bare else b),
            date_ends=_ends_its_line(units, b if a.bare else a),
        ):
            continue
        if _welcomed_new_year(units, a if ca == HIJRI else b, a.last + 1, b.first):
            # "pawai obor pada Sabtu, 6 Juli 2024, menyambut Tahun Baru Hijriyah 1446 H": a
            # march on the eve, welcoming the new year, not its day (a review)
            continue
        hijri, gregorian = (a, b) if ca == HIJRI else (b, a)
        if not _may_pair_apart(units, a, b, ca == HIJRI, cost):
            continue
        if cb == HIJRI and _begins_on_a_day_after(units, b, merged[i + 2] if i + 2 < len(merged) else None):
            continue
        candidates.append((cost - 0.1 * (a.filled + b.filled), i, hijri, gregorian))
    # Prefer pairs whose halves say more; and, of two pairs that want the same half, one whose
    # days can be one day over one whose days are weeks apart, then one that a connector
    # joins ("يوم الثلاثاء 1 / 8 / 1447هـ -حسب تقويم أم القرى- الموافق 20 / 1 / 2026م، هو غرة
    # شهر شعبان لعام 1447هـ": the date the connector says is the day's, not the month's start said
    # after it, a few words nearer); asked only of pairs that share a half with another (the
    # order of the rest changes nothing).
    wanted = {i for _, i, _, _ in candidates}
    # Pairs of two whole dates that only signs, eras, a weekday and one copula part: "يوم
    # الخميس الموافق 19 فبراير 2026 سيكون أول أيام شهر رمضان المبارك لعام 1447 هجري – 2026
    # ميلادي" (19 February will be the 1st of Ramadan). Of two pairs that want one half, such a
    # pair wins over one whose other half says less (a year alone, a day without its year);
    # not a whole date across a story's words ("Riyadh, 28 February 2025 (SPA) - The Supreme
    # Court said 1 Ramadan 1446 AH / 2025 AD is Saturday": the year pair is the line).
    whole = {
        i
        for _, i, hijri, gregorian in candidates
        if hijri.filled + gregorian.filled == 6
        and _said_to_be(units, merged[i].last + 1, merged[i + 1].first)
    }
    by_index = {i: (hijri, gregorian) for _, i, hijri, gregorian in candidates}
    bound = {i for i in wanted if _bound(units, merged[i].last + 1, merged[i + 1].first)}
    options = [
        (
            # a pair across a line break after the pairs within each of its lines, when both
            # its halves have one: "Ramadan 1445 will begin on Monday, 11 March 2024\nShawwal
            # 1445 will begin on …" (a trial: "11 March 2024\nShawwal 1445" had been taken,
            # side by side); not a masthead's date alone on its line ("Selasa, 12 Maret
            # 2024\n2 Ramadhan 1445 H, diperbarui 14 Maret 2024": a review)
            i - 1 in wanted
            and i + 1 in wanted
            and _line_break_between(folded, units, merged[i].last, merged[i + 1].first)
            and not _line_break_between(folded, units, merged[i - 1].last, merged[i].first)
            and not _line_break_between(folded, units, merged[i + 1].last, merged[i + 2].first),
            shared and _year_of_the_date_before(units, merged, by_index, i),
            # a pair with words between its halves after one bound as one dateline's (the
            # second half in brackets straight after the first, a slash, a connector), even
            # where its days are closer: "2025-06-27, Rabat, 2 Moharram 1447 (28 juin 2026)
            # (MAP)" (a CSV row's date first) is a dateline a year off, which the checker is
            # to report (a trial: it passed); not of a list's items side by side ("4 March
            # 2024, 23 Shaban 1445 / 11 March 2024, 1 Ramadan 1445": a review)
            shared and cost > 0 and i not in bound and bool(bound & {i - 1, i + 1}),
            shared and _weeks_apart(hijri, gregorian, merged),
            shared and hijri.filled + gregorian.filled < 6 and bool(whole & {i - 1, i + 1}),
            # of two pairs that want one half, not the one an "and" joins, which begins the
            # next item: "mardi 4 juin sera le 30e jour de Ramadan 1440 et mercredi 5 juin le
            # premier jour de l'Aid" (a held-out line; 4 June is the 30th)
            shared and any(units[k].text in _AND for k in range(merged[i].last + 1, merged[i + 1].first)),
            shared
            and cost > 0  # halves side by side stay first: "… bertepatan Senin 25 Dzulhijjah 25 Juli 2022"
            and not (
                hijri.day is not None
                and gregorian.day is not None
                and _connected(units, merged[i].last + 1, merged[i + 1].first)
            ),
            cost,
            i,
        )
        for cost, i, hijri, gregorian in candidates
        for shared in (i - 1 in wanted or i + 1 in wanted,)
    ]
    taken: set[int] = set()
    pairs: list[Pair] = []
    for *_, i in sorted(options):
        if i in taken or i + 1 in taken:
            continue
        taken.update((i, i + 1))
        a, b = merged[i], merged[i + 1]
        if a.calendar is None:  # a half in digits takes its calendar from its partner
            a = a._replace(calendar=_calendar_of(a, b))
        if b.calendar is None:
            b = b._replace(calendar=_calendar_of(b, a))
        hijri, gregorian = (a, b) if a.calendar == HIJRI else (b, a)
        hijri = _short_year(units, hijri, gregorian)
        if (year := _bracketed_year_after(units, merged, by_index, i)) is not None:
            # "1 ga watan Maris a matsayin 1 ga watan Ramadan 1446 (2025)": the year in
            # brackets is the date before's
            gregorian, hijri = (
                (gregorian._replace(year=year.year), hijri)
                if year.calendar == GREGORIAN
                else (gregorian, hijri._replace(year=year.year))
            )
            taken.add(i + 2)
            pairs.append(Pair(hijri, gregorian, a.first, year.last + 1))
            continue
        if hijri.loose_year is not None and gregorian.year is None and not _year_said_apart(units, hijri):
            gregorian = gregorian._replace(year=hijri.loose_year)
        first, last = min(a.first, b.first, hijri.first), max(a.last, b.last, hijri.last)
        if (
            hijri.year is None
            and gregorian.year is None
            and (said := _year_of_our_era_between(units, hijri, gregorian))
        ):
            gregorian = gregorian._replace(year=said)  # fmt: skip
        pairs.append(
            Pair(_fill_year(units, merged, hijri), _fill_year(units, merged, gregorian), first, last)
        )
    for index, half in enumerate(merged):
        if index in taken or half.loose_year is None:
            continue
        # "10 محرم 2024", "পহেলা রমজান ২০২৫": a Hijri day and month with the Gregorian year;
        # "Safar 2024 (1446 H)": a month with both years. A month with the Gregorian year
        # alone ("Ramadan 2026 is expected to begin …") is no date of either calendar.
        if half.day is None and _fill_year(units, merged, half).year is None:
            continue
        year = Half(GREGORIAN, half.loose_year, None, None, half.loose_year_unit, half.loose_year_unit)
        pairs.append(
            Pair(half, year, min(half.first, half.loose_year_unit), max(half.last, half.loose_year_unit))
        )
    return pairs


def _year_of_the_date_before(
    units: Sequence[Unit], merged: Sequence[Half], candidates: dict[int, tuple[Half, Half]], i: int
) -> bool:
    """Whether the pair of halves ``i`` and ``i`` + 1 is a whole date and its other calendar's
    year alone in brackets after it, the year of the date before that whole date, which has
    its day and month only: "1 ga watan Maris a matsayin 1 ga watan Ramadan 1446 (2025)" (1
    March as 1 Ramadan 1446 (2025)). The pair of the two dates is the line."""
    return i - 1 in candidates and _bracketed_year_after(units, merged, candidates, i - 1) is not None


def _bracketed_year_after(
    units: Sequence[Unit], merged: Sequence[Half], candidates: dict[int, tuple[Half, Half]], i: int
) -> Half | None:
    """The year alone in brackets (half ``i`` + 2) after the pair of halves ``i`` (a day and
    month without its year) and ``i`` + 1 (a whole date of the other calendar), when it is
    the year of the first's calendar that the whole date puts that day and month in; else
    None (see :func:`_year_of_the_date_before`)."""
    if i not in candidates or i + 2 >= len(merged):
        return None
    hijri, gregorian = candidates[i]
    first, whole, year = merged[i], merged[i + 1], merged[i + 2]
    if not (
        first.year is None
        and first.month is not None
        and first.day is not None
        and whole.filled == 3
        and year.year_only
        and year.calendar == first.calendar
        and year.last + 1 < len(units)
        and sign(units[whole.last + 1], "(")
        and year.first == whole.last + 2
        and sign(units[year.last + 1], ")")
    ):
        return None
    said = (whole.year, whole.month, whole.day)
    if said[0] is None or said[1] is None or said[2] is None:
        return None
    try:
        if first.calendar == HIJRI:
            fits = hijri_year_of(first.month, first.day, date(said[0], said[1], said[2])) == year.year
        else:
            fits = gregorian_year_of(first.month, first.day, (said[0], said[1], said[2])) == year.year
    except ValueError:  # a date that cannot be
        fits = False
    return year if fits and (hijri is first or gregorian is first) else None


def _bound(units: Sequence[Unit], start: int, end: int) -> bool:
    """Whether the halves either side of units ``start``..``end`` - 1 are bound as one
    dateline's: only signs between them, among them an opening bracket, a slash or a bar
    ("2 Moharram 1447 (28 juin 2026)", "1437/20 January 2016"), or a connector (see
    :func:`_connected`)."""
    if start < end and all(units[k].kind == "sign" for k in range(start, end)):
        return any(sign(units[k], "(/|[") for k in range(start, end))
    return _connected(units, start, end)


def _connected(units: Sequence[Unit], start: int, end: int) -> bool:
    """Whether a connector ("corresponding to", "الموافق", "bertepatan dengan") joins the
    halves either side: straight before the second (signs and fillers aside), and after the
    first with at most the words of the calendar it is by ("حسب تقويم أم القرى"). Not one that
    joins other words to the second ("1 Syawal 1446 H, bertepatan dengan cuti bersama mulai
    28 Maret 2025": the holiday's start)."""
    at = next((k for k in range(start, end) if entry_of(units[k], CONNECTOR)), None)
    if at is None:
        return False
    return all(
        units[k].kind == "sign" or units[k].text in _CALENDAR_PHRASE for k in range(start, at)
    ) and all(units[k].kind == "sign" or entry_of(units[k], FILL_DM) for k in range(at + 1, end))


def _a_new_year(units: Sequence[Unit], half: Half) -> bool:
    """Whether the half is the new year by its name ("رأس السنة الهجرية", "Islamic New Year")."""
    if half.month_unit is None:
        return False
    entry = entry_of(units[half.month_unit], HMONTH)
    return entry is not None and entry.spelling in NEW_YEARS


def _welcomed_new_year(units: Sequence[Unit], hijri: Half, start: int, end: int) -> bool:
    """Whether the Hijri half is the new year by its name ("Tahun Baru Islam 1447 H"), and a
    word of welcoming it or of its approach stands between it and the other half or just
    before it ("menyambut", "menjelang", "استقبال"): the other date is an event's before it."""
    if hijri.month_unit is None:
        return False
    entry = entry_of(units[hijri.month_unit], HMONTH)
    if entry is None or entry.spelling not in NEW_YEARS:
        return False
    near = (*range(start, end), *range(max(0, hijri.first - 2), hijri.first))
    return any(units[k].text in _WELCOMING for k in near)


def _ends_its_line(units: Sequence[Unit], half: Half) -> bool:
    """Whether nothing but a stop or a table's bar follows the half: a list's or a table's item
    ("7 يوليو 2024: رأس السنة الهجرية", "| رأس السنة الهجرية | 7 يوليو 2024 |"), not a headline's
    words ("… رأس السنة الهجرية على الأبواب")."""
    after = half.last + 1
    return after >= len(units) or (sign(units[after], "|.;") and after + 1 >= len(units))


def _new_year_beside(
    units: Sequence[Unit],
    start: int,
    end: int,
    *,
    date_first: bool = False,
    name_ends: bool = True,
    date_ends: bool = True,
) -> bool:
    """Whether a new year named without its year (a bare half with its day, 1 Muharram) and a
    date stand side by side, only signs, weekdays, connectors, fillers and a word for "tomorrow"
    or "today" between: "ஹிஜ்ரி புதிய ஆண்டு ஜூலை 7-ந் தேதி" (the Hijri new year, 7 July),
    "ஹிஜ்ரி புத்தாண்டு நாளை (07-07-2024)" (the Hijri new year, tomorrow (07-07-2024)). Not a
    feast's other day ("رأس السنة الهجرية عطلة رسمية يوم 26 يونيو", a public holiday on 26 June;
    "Hijri New Year 14 days away, on 7 July 2024"). A copula, "on" and a verb that says the
    day falls there may stand between too: "Islamic New Year falls on Sunday, 7 July 2024".
    Not a dash or a bar, which set a page's date or a headline's apart ("الاثنين 1 يوليو 2024 -
    فاتح العام الهجري على الأبواب", review 60); ``date_first``: a date before the name is its
    day only where it is said to be ("7 July 2024 is the Islamic New Year"), not a page's date
    beside a title ("Published 1 July 2024 فاتح العام الهجري")."""
    if date_first:
        said = any(
            units[k].text in _COPULAS or entry_of(units[k], CONNECTOR) or units[k].text in _COINCIDE_WITH
            for k in range(start, end)
        )
        # a list's item, its date, a colon and the name ending its line ("الأحد 7 يوليو 2024:
        # رأس السنة الهجرية", review 60b); not a page's date beside a title, across a dash or
        # a bar ("Published 1 July 2024 - فاتح العام الهجري": review 60c)
        listed = name_ends and any(sign(units[k], ":") for k in range(start, end))
        if not (said or listed) or any(sign(units[k], "-–—|") for k in range(start, end)):
            return False
    elif not date_ends and any(sign(units[k], "-–—|") for k in range(start, end)):
        return False  # a headline, the page's date and more: "رأس السنة الهجرية - الجمعة 5 يوليو 2024 - صحيفة سبق"
    return all(
        units[k].kind == "sign"
        or entry_of(units[k], WEEKDAY)
        or entry_of(units[k], CONNECTOR)
        or entry_of(units[k], FILL_DM)
        or units[k].text in _RELATIVE_DAYS
        or units[k].text in _COPULAS
        or units[k].text in _ON
        or units[k].text in _COINCIDE_WITH
        or _coincides_at(units, k)
        for k in range(start, end)
    )


# Days apart beyond which a Hijri day and a Gregorian day cannot be one day under any
# authority (they differ from the tabular calendar by a day or two).
MAX_DAYS_APART: Final = 3


def _weeks_apart(hijri: Half, gregorian: Half, halves: Sequence[Half]) -> bool:
    """Whether a Hijri day and month and a Gregorian day and month are further apart than any
    authority puts one day ("… فاتح شهر محرم 1446هـ سيكون يوم غد الأحد 7 يوليوز، ويحل بالتالي
    العاشر من شهر محرم …": 7 July is the 1st, not the 10th), in the tabular calendar, with the
    year a half says or, where neither says one, a Hijri year another half of the text says.
    Only a tie-breaker: a line whose one pair is a slip still pairs (the checker says so)."""
    from datetime import date

    from ..calendars import builtin_calendar
    from ..hijri import HijriDate

    if None in (hijri.month, hijri.day, gregorian.month, gregorian.day):
        return False
    assert hijri.month is not None
    assert hijri.day is not None
    assert gregorian.month is not None
    assert gregorian.day is not None
    civil = builtin_calendar("civil")
    if hijri.year is not None:
        hijri_years = [hijri.year]
    elif gregorian.year is not None:
        try:
            there = civil.to_hijri(date(gregorian.year, gregorian.month, gregorian.day))
        except ValueError:
            return False
        hijri_years = [there.year - 1, there.year, there.year + 1]
    else:
        hijri_years = sorted({h.year for h in halves if h.calendar == HIJRI and h.year is not None})
    if not hijri_years:
        return False
    slack = timedelta(days=MAX_DAYS_APART + max(0, hijri.day - 29))
    for year in hijri_years:
        try:
            start = civil.to_gregorian(HijriDate(year, hijri.month, min(hijri.day, 29)))
        except ValueError:
            return False
        for g_year in (
            (gregorian.year,) if gregorian.year is not None else (start.year - 1, start.year, start.year + 1)
        ):
            try:
                said = date(g_year, gregorian.month, gregorian.day)
            except ValueError:
                continue
            if abs(said - start) <= slack:
                return False
    return True


def _one_day(units: Sequence[Unit], hijri: Half, gregorian: Half) -> bool:
    """Whether a Hijri half without a day and a Gregorian day, with words between them, are
    said to be one day: a month only where the text says it begins or ends on that day
    ("Ramadan 1446 will begin on Saturday, 1 March 2025", "awal Ramadan 1446 H pada tanggal
    2 Maret 2025") and is not named as its crescent; a year alone never. Otherwise the
    Gregorian date is another thing's: the sighting evening ("the moon sighting for Dhu
    al-Hijjah 1445 AH is expected on June 6, 2024"), the feast ("Eidul Adha 1444 AH"), the
    conjunction. Side by side, with nothing but signs, connectors, weekdays and era marks
    between ("Ramadan 1445 H / Senin, 11 Maret 2024"), they pair as before."""
    if hijri.day is not None or gregorian.day is None or (hijri.month is None and hijri.year is None):
        return True
    lo, hi = min(hijri.last, gregorian.last) + 1, max(hijri.first, gregorian.first)
    if hi - lo >= 2 and joins_a_range(units, hi - 1, hi) and is_day(units[hi - 2]) and is_day(units[hi]):
        # the first day of the later half's range, which begins with its last: "Rajab 1445
        # (11-20 January 2024)" (not a day before a month's name, "…/30/2-shawwal-1446" in a
        # link: a CI run)
        hi -= 2
    if not any(_spoken(units[index]) for index in range(lo, hi)):
        return True
    if hijri.month is None or _crescent_of(units, hijri):
        return False
    return _says_boundary(units, hijri, gregorian) or _boundary_before(units, hijri)


def _spoken(unit: Unit) -> bool:
    """A word between two halves that is not a connector, a weekday or an era mark."""
    if unit.kind in ("word", "num"):
        return True
    return unit.kind == "lex" and not (
        entry_of(unit, CONNECTOR) or entry_of(unit, WEEKDAY) or entry_of(unit, HERA) or entry_of(unit, GERA)
    )


def _boundary_before(units: Sequence[Unit], month: Half) -> bool:
    """A word for a month's beginning or end just before it, across the words between a day
    and its month: "awal Ramadan 1446 H", "the beginning of the month of Ramadan 1445"."""
    index = month.first - 1
    for _ in range(7):  # as many as stand between a day and its month (see halves)
        if index < 0 or units[index].kind not in ("word", "lex"):
            return False
        if _boundary_at(units, index):
            return True
        if entry_of(units[index], FILL_DM) is None and entry_of(units[index], HMONTH) is None:
            return False  # a month said by description may stand there: "the start of the holy month of …"
        index -= 1
    return False


def _year_said_apart(units: Sequence[Unit], hijri: Half) -> bool:
    """Whether the Gregorian year read before a Hijri month is said apart, with its word for
    "year" ("В 2022 году первый день … месяца Рамадан приходится на 2 апреля", "2018 елда
    Рамазан аеның башлану көне 16 майга"): the year of the sentence, not copied into the
    Gregorian day and month paired with the month (the convention of
    tests/data/README.md; :data:`datelines.names.words.YEARS_SAID_APART`); a year written on
    the month ("2024 Muharrem ayı ilk günü 7 Temmuz", "2025 yılı Ramazan ayı 1 Mart günü
    başlıyor") is the Gregorian half's."""
    following = hijri.loose_year_unit + 1
    return 0 < following < len(units) and units[following].text in _SAID_APART


def _boundary_dated_before(units: Sequence[Unit], month: Half) -> bool:
    """Whether the word for the month's beginning or end before its name has its own
    Gregorian date before it, with only the words between a day and its month (and a weekday)
    between: "Bu sene 7 Temmuz günü başlayan Muharrem ayı 5 Ağustos … Safer ayının
    başlaması ile noktalanacak" (Muharram, which began on 7 July, ends on 5 August when
    Safar begins): the month began on that date, and a date after the name is not its
    beginning."""
    index = month.first - 1
    while index >= 0 and not _boundary_at(units, index):
        index -= 1
    index -= 1
    while index >= 0 and (entry_of(units[index], FILL_DM) or entry_of(units[index], WEEKDAY)):
        index -= 1
    if index < 0:
        return False
    unit = units[index]
    return entry_of(unit, GMONTH) is not None or (
        unit.kind == "num" and index > 0 and entry_of(units[index - 1], GMONTH) is not None
    )


def _used_by(halves: Iterable[Half], single: Half) -> set[int]:
    """The units of the halves that no unknown month's date beside ``single`` may take."""
    # (a year alone of the other calendar is the year this reads: "15 September 2024 / 12 Foo
    # 1446 AH" has the halves "15 September 2024" and "1446 AH"; a trial)
    return {
        i for h in halves if h is single or not (h.year_only and h.calendar != single.calendar)
        for i in range(h.first, h.last + 1)
    }  # fmt: skip


def pair_unknown_month(
    units: Sequence[Unit],
    halves: Sequence[Half],
    single: Half,
    limit: float = 3.0,
    *,
    alike: bool = False,
    skeleton: Sequence[_RunSkeleton] | None = None,
    used: set[int] | None = None,
) -> Pair | None:
    """A half beside ``single`` that would be a date of the other calendar but for its month
    name, which the tables do not know: a day, one to three unknown words, and a four-digit
    year ("12 Foo 1446 / 15 September 2024"). Read as that year alone, with the word kept as
    the month name, so that the checker can say what it could not read. For ``parse``: in
    running text such a run is seldom a date. With ``alike``, only words spelt like a Hijri
    month's ("раби аль-авваля", not "3 pm Mecca time 1446 AH": a review). Words so spelt
    may name a year far from the other half's: a slip the checker reports (a trial).
    ``skeleton``: the units' :func:`_unknown_month_skeleton`, where the caller asks of several
    halves; ``used``, :func:`_used_by` of the halves and ``single``, kept by such a caller."""
    if used is None:
        used = _used_by(halves, single)
    for i, j, first_words, run in _unknown_month_runs(
        units, used, _unknown_month_skeleton(units) if skeleton is None else skeleton
    ):
        third, hijri_era, gregorian_era = run[4:]
        if third:
            continue  # a Solar or Bengali year ("২১ আউওয়াল ১৩৯১ শামসী"): no lunar Hijri one
        hijri = hijri_era is not None or (gregorian_era is None and units[j].value <= HIJRI_YEAR_LIMIT)
        if (HIJRI if hijri else GREGORIAN) == single.calendar:
            continue
        # Another calendar's date: the Solar Hijri "۱۳ حمل ۱۴۰۱", the Bangla "২৯ বৈশাখ ১৪৩১".
        h_year, g_year = (units[j].value, single.year) if hijri else (single.year, units[j].value)
        far = h_year is not None and g_year is not None and not overlaps(h_year, g_year)
        month_first = first_words < i  # ("Jamadius Sani 14, 1448 Hijri")
        if far and hijri_era is None:
            continue  # (an unmarked year may be another calendar's: "১৩৯১ শামসী")
        era = hijri_era if hijri else gregorian_era
        start = min(i, first_words)
        half = Half(HIJRI if hijri else GREGORIAN, units[j].value, None, None, start, j if era is None else era,
                    first_words, era)  # fmt: skip
        a, b = sorted((half, single), key=lambda h: h.first)
        cost = _gap_cost(units, a.last + 1, b.first)
        if cost is None or cost > limit:
            continue  # (asked first: in a page of dates, most runs are too far off)
        if (alike or month_first or far) and not _like_a_hijri_month(
            " ".join(units[k].text for k in range(first_words, j) if units[k].kind in ("word", "lex")),
            every=True,
        ):
            continue  # (the words' likeness, which costs, only where it decides)
        return Pair(half if hijri else single, single if hijri else half, a.first, b.last)
    return None


# A four-digit year's unit, and where a run of unknown words before it may begin: the day
# before the words (day first), and the day before the year with the words' first unit
# (month first), each None where the units there are no such run; then the eras after the
# year: whether a Solar or Bengali one, and the Hijri and the Gregorian one's unit.
_RunSkeleton = tuple[int, int | None, int | None, int | None, bool, int | None, int | None]


def _unknown_month_skeleton(units: Sequence[Unit]) -> list[_RunSkeleton]:
    """What :func:`_unknown_month_runs` finds in the units whatever halves hold them (asked
    once where several halves are asked of one window: a page of dates asked it of each,
    and each went over every unit)."""
    out: list[_RunSkeleton] = []
    for j in range(2, len(units)):
        if not (is_year(units[j]) and len(units[j].text) == 4):
            continue
        i = _unnamed_run_start(units, j)
        day_first = i if i is not None and is_day(units[i]) else None
        day: int | None = j - 2 if sign(units[j - 1], ",") else j - 1
        start = None
        if day is not None and (day < 1 or not is_day(units[day]) or units[day].ordinal):
            day = None
        if day is not None:
            start = _unnamed_run_start(units, day)
        if day_first is None and start is None:
            continue  # no run ends at this year
        third = era_after(units, j, SERA) is not None or era_after(units, j, BERA) is not None
        out.append((j, day_first, day, start, third, era_after(units, j, HERA), era_after(units, j, GERA)))
    return out


def _unknown_month_runs(
    units: Sequence[Unit], used: set[int], skeleton: Sequence[_RunSkeleton]
) -> Iterator[tuple[int, int, int, _RunSkeleton]]:
    """(day, year, first word, the year's skeleton) of each run of a day, one to three words
    that name nothing, and a four-digit year, day first ("12 Foo 1446") or month first
    ("Jamadius Sani 14, 1448"), in units no half of ``used`` holds."""
    for found in skeleton:
        j, i, day, start = found[:4]
        if j in used:
            continue
        if i is not None and not any(k in used for k in range(i, j)):
            yield i, j, i + 1, found
            continue
        if day is None or day in used:
            continue
        if start is not None and not any(k in used for k in range(start + 1, day)):
            yield day, j, start + 1, found


def fill_year(units: Sequence[Unit], halves: Sequence[Half], half: Half) -> Half:
    """A lone half's year from a nearby half of its calendar (see :func:`_fill_year`), for
    ``parse``'s single dates."""
    return _fill_year(units, halves, half)


def _short_year(units: Sequence[Unit], hijri: Half, gregorian: Half) -> Half:
    """A Hijri half's one- or two-digit year, when its Gregorian partner's year is the one
    it falls in: "Muharram 1, 1" beside "July 19, 622"."""
    if hijri.year is not None or hijri.short_year is None or gregorian.year is None:
        return hijri
    if abs(gregorian.year - _gregorian_year_of(hijri.short_year)) > 2:
        return hijri
    era = hijri.short_year_unit if units[hijri.short_year_unit].kind == "lex" else hijri.era_unit
    return hijri._replace(year=hijri.short_year, last=hijri.short_year_unit, era_unit=era, short_year=None)


def _gregorian_year_of(hijri_year: float) -> float:
    """The Gregorian year in which a Hijri year mostly falls: G ≈ 0.970229 H + 621.5643."""
    return 0.970229 * hijri_year + 621.5643


def _numeric_order(a: Half, b: Half) -> tuple[CalendarKind, CalendarKind] | None:
    """Calendars for two all-digit halves without era marks that guessed the same one
    ("0622-07-19" is not a Hijri year), or a named Hijri half and an all-digit one: the
    smaller year is Hijri when the two years stand as Hijri and Gregorian years do, G ≈
    0.970229 H + 621.5643."""
    if a.year is None or b.year is None or a.year == b.year:
        return None
    if a.numeric != b.numeric:
        # a Hijri month named beside digits of a year its Gregorian one would be: "12
        # Ziqa'dah 913 / 14.3.1508" (a held-out catalogue: 1508 was taken for a Hijri year)
        named, digits = (b, a) if a.numeric else (a, b)
        named_year, digits_year = named.year, digits.year
        assert named_year is not None
        assert digits_year is not None
        if digits.era_unit is not None or named.calendar != HIJRI or named_year >= digits_year:
            return None
        if abs(digits_year - _gregorian_year_of(named_year)) > 2:
            return None
        return (GREGORIAN, HIJRI) if a is digits else (HIJRI, GREGORIAN)
    if not (a.numeric and b.numeric and a.era_unit is None and b.era_unit is None):
        return None
    hijri, gregorian = sorted((a.year, b.year))
    if abs(gregorian - _gregorian_year_of(hijri)) > 2:
        return None
    return (HIJRI, GREGORIAN) if a.year == hijri else (GREGORIAN, HIJRI)


def _year_of_our_era_between(
    units: Sequence[Unit], hijri: Half, gregorian: Half, *, edge: bool = False
) -> int | None:
    """The year of our era said between a Hijri month named without its year and the
    Gregorian day after it, with a word for "year" or "in" beside it: the day's ("первый день
    месяца Зуль-Хиджа в 2020 году наступит 22 июля", the first of Dhu al-Hijjah in 2020 falls
    on 22 July; "Ramadan in 2024 begins on 11 March"; held-out set 27)."""
    if not hijri.last < gregorian.first:
        return None
    # right after the month, nothing but a preposition or "year" between ("Ramadan, founded in
    # 1990, begins on 11 March" says another year)
    for k in range(hijri.last + 1, min(gregorian.first, hijri.last + 4)):
        if units[k].kind == "sign":
            return None
        unit = units[k]
        if (
            unit.kind != "num"
            or unit.ordinal
            or len(unit.text) != 4
            or not _OUR_ERA_YEARS.start <= unit.value < _OUR_ERA_YEARS.stop
        ):
            continue
        if k + 2 < len(units) and sign(units[k + 1], "-–/") and units[k + 2].kind == "num":
            return None  # a range of years, "Ramadan in 2024-2025": no one day's
        if not (
            (k + 1 < len(units) and entry_of(units[k + 1], FILL_MY))
            or (k > 0 and (entry_of(units[k - 1], FILL_MY) or units[k - 1].text in _IN))
        ):
            continue
        # and the day in that year is the month's (its day, or its first or last day where it
        # is said to begin or end): not a count ("Рамадан в 2000 мечетях начнется 11 марта",
        # in 2000 mosques), nor another year's ("Ramadan in 2024 is different from last
        # year, which began on 23 March"; review 60)
        if gregorian.month is None or gregorian.day is None or hijri.month is None:
            return None
        try:
            said = date(unit.value, gregorian.month, gregorian.day)
        except ValueError:
            return None
        return unit.value if falls_near(hijri.month, hijri.day, said, edge=edge) else None
    return None


_OUR_ERA_YEARS: Final = range(1700, 2201)
_IN: Final = frozenset({"in", "в", "en", "di", "im"})


def _fill_year(units: Sequence[Unit], halves: Sequence[Half], half: Half) -> Half:
    """A half without a year takes it from a nearby half of its calendar that names the same
    month and day, or from a bare year with an era: "1 Muharram), we get in 1434 hajri"."""
    if half.year is not None:
        return half
    for other in sorted(halves, key=lambda o: abs(o.first - half.first)):
        if other is half or other.calendar != half.calendar or other.year is None:
            continue
        if abs(other.first - half.first) > 40:
            break
        if other.year_only:
            # A year said apart from a whole day and month is often another's: "30 Dhu
            # al-Hijjah, and the new year 1444 begins": only a few words may part them.
            lo, hi = (
                sorted((half.last + 1, other.first))
                if other.first > half.last
                else (other.last + 1, half.first)
            )
            gap = _gap_cost(units, lo, hi, limit=4.0)
            if half.day is None or (gap is not None and gap <= 4.0):
                return half._replace(year=other.year)
        elif half.month is not None and other.month == half.month and other.day in (half.day, None):
            return half._replace(year=other.year)
    return half


def weekday_near(
    units: Sequence[Unit], pair: Pair, halves: Sequence[Half], folded: Folded | None = None
) -> int | None:
    """The unit of a weekday stated with the dateline: just before it, between its halves,
    or just after it ("(Tue)", "Perşembe günü", "falls on a Sunday"). Given the ``folded``
    text the units index, not after it across a line break, nor before it across a blank line
    (folding makes line breaks spaces: its original says where they were): that is the
    story's ("Jakarta, 1 Syawal 1446 H / 31 Maret 2025\n\nThe ministers met on Wednesday.").
    Nor after the agency that signs the line off ("… M (Antara) - Senin", "… 2015 م وام
    السبت"): the story's first sentence.

    Of several, the one with the fewest words of the story between it and the line (words of
    no table, but for those that lead to a weekday: "falls on", "jatuh", "ialah"); then one
    attached to the line (just before it, between its halves, or after it through such a
    word) before one standing apart; then the nearest the Gregorian half. "(اے پی پی) جمعہ 11
    ربیع الاول 1436ھ بمطابق 2 جنوری 2015ء زخمی منگل" is Friday's ("injured Tuesday" is the
    story's); "announced on Saturday that 1 Shawwal 1446 / 31 March 2025 falls on a Monday",
    Monday's."""
    nearby = range(max(0, pair.first - 5), min(len(units), pair.last + 6))
    if not any(entry_of(units[index], WEEKDAY) for index in nearby):
        return None  # most datelines: no weekday near, and no sets of the halves' units to make
    inside = {i for h in (pair.hijri, pair.gregorian) for i in range(h.first, h.last + 1)}
    others = {i for h in halves if not h.bare for i in range(h.first, h.last + 1)} - inside
    found: list[tuple[int, bool, bool, int, int]] = []  # (story's words, apart, after "on", distance, index)
    for index in nearby:
        if not entry_of(units[index], WEEKDAY) or (index in inside and not _set_off_inside(units, index)):
            continue
        lo, hi = sorted((index, pair.gregorian.first))
        # (a weekday set off inside the line's Solar Hijri half is the line's: "۲ دی (یکشنبه) ۱۴۰۳
        # برابر با ۲۲ دسامبر ۲۰۲۴"; inside another date's, that date's)
        own = next(
            (range(h.first, h.last + 1) for h in halves if h.calendar == SOLAR and h.first < index < h.last),
            range(0),
        )
        if any(lo < o < hi and o not in own for o in others):
            continue
        if pair.first < index < pair.last:
            # between the halves: a sentence's end on either side may part it from one half, not
            # from both ("时间:5月13日,星期四,农历四月初二。伊历:1442年10月1日", Thursday is 13 May's)
            apart = any(_sentence_end(units, k) for k in range(pair.first, index)) and any(
                _sentence_end(units, k) for k in range(index, pair.last)
            )
        else:
            apart = any(
                _sentence_end(units, k)
                for k in range(*sorted((index, pair.first if index < pair.first else pair.last)))
            )
        if apart:
            continue  # "Attendees: Ahmed, Friday, Sara. Ramadan 1445 began 11 March 2024": another sentence's
        if folded is not None and _broken_off(folded, units, index, pair):
            continue
        if index < pair.first and _ends_a_range_in_its_month(
            units, min(pair.hijri, pair.gregorian, key=_first)
        ):
            continue  # "Friday, June 14-18, 2024 (…)": the weekday of the range's first day
        after = index > pair.last
        between = range(pair.last + 1, index) if after else range(index + 1, pair.first)
        if after and _signed_off(units, between, folded):
            continue
        if after and (any(units[k].text in _AND for k in between) or _glued_and(folded, units[index])):
            # "… 30 March 2025 to be 1 Shawwal 1446 AH and Monday, 31 March, a holiday", "…
            # 2025 م والاثنين عطلة رسمية": a weekday after an "and" begins the next item (a review)
            continue
        if pair.first < index < pair.last:
            words, apart = 0, False
        else:
            words = sum(units[k].kind == "word" and units[k].text not in _TO_A_WEEKDAY for k in between)
            if after:  # attached through a word that leads to it: "jatuh hari Senin", "بروز اتوار"
                apart = not any(units[k].text in _TO_A_WEEKDAY for k in between)
            else:  # attached right before the line: "Jakarta, Senin, 1 Syawal …"
                apart = not all(units[k].kind == "sign" for k in between)
        distance = min(abs(index - pair.gregorian.first), abs(index - pair.gregorian.last))
        # Of two attached alike, one right before the line is its own, not one after it
        # through a preposition alone: "ہفتہ 27 شعبان 1471ھ بمطابق 29 مئی 2049ء فی اتوار …" is
        # Saturday's, and "on Sunday" begins the story (a verb says the day: "… jatuh hari Senin")
        by_preposition = after and all(units[k].text in _ON or units[k].kind == "sign" for k in between)
        found.append((words, apart, by_preposition, distance, index))
    if len(found) > 1 and _equated(units, pair.hijri, pair.gregorian):
        # One day told twice with two weekdays ("Friday 1 Ramadan 1445 AH = Monday 11 March
        # 2024"): the line keeps one, the one the Gregorian date does not have where they
        # disagree, for the checker to report (review 63: the other was kept, and the line passed)
        # (only the line's own two: right before it and between its halves, not one the story
        # says after it, "… correspondra au vendredi 15 décembre 2023, a annoncé mercredi")
        fits = _weekdays_of(pair.gregorian)
        wrong = [
            f
            for f in found
            if f[4] < pair.last
            and f[0] == 0
            and not f[1]
            and (e := entry_of(units[f[4]], WEEKDAY)) is not None
            and e.value not in fits
        ]
        if fits and wrong:
            return min(wrong)[4]
    return min(found)[4] if found else None


def _weekdays_of(half: Half) -> set[int]:
    """The weekdays a whole Gregorian date may have: its own, and before the reform its Julian
    reading's (see :func:`_weekday_against`); none for a date that is not whole or real."""
    if half.year is None or half.month is None or half.day is None:
        return set()
    try:
        day = date(half.year, half.month, half.day)
    except ValueError:
        return set()
    weekdays = {day.weekday()}
    if day < _REFORM:
        from ..calendars.julian import julian_month_length, julian_to_ordinal

        if half.day <= julian_month_length(half.year, half.month):
            weekdays.add((julian_to_ordinal(half.year, half.month, half.day) + 6) % 7)
    return weekdays


def _set_off_inside(units: Sequence[Unit], index: int) -> bool:
    """Whether the weekday at ``index`` is set off by brackets or commas, as a half's reading
    steps over one between its month and year: "13 April (Tuesday) 2021", "۲ دی (یکشنبه) ۱۴۰۳",
    "(২১ এপ্রিল, জুমুয়াবার, ২০২৩)": the line's weekday, checked (a wrong one passed unread)."""
    return 0 < index < len(units) - 1 and (
        (sign(units[index - 1], "(") and sign(units[index + 1], ")"))
        or (sign(units[index - 1], ",") and sign(units[index + 1], ","))
    )


def _glued_and(folded: Folded | None, unit: Unit) -> bool:
    """Whether the Arabic-script "and" is glued to the front of the unit's word ("والاثنين",
    and Monday), which the tokens leave out of the unit."""
    if folded is None or unit.start < 1:
        return False
    text = folded.text
    return text[unit.start - 1] == "و" and (unit.start < 2 or text[unit.start - 2].isspace())


def _signed_off(units: Sequence[Unit], between: range, folded: Folded | None) -> bool:
    """Whether an agency signs a dateline off in ``between``, after it: one to three words in
    brackets and a dash or colon after them ("(Antara) -", "(SPA) --"), or a news agency's name
    as it signs the line (`datelines.names.authorities.NEWS_AGENCIES`; in Latin letters, in
    capitals: "SPA", not the Indonesian word "antara", between). A weekday after it is the
    story's."""
    for k in between:
        unit = units[k]
        if unit.kind == "word" and unit.text in _AGENCY_WORDS and _as_signed(unit, folded):
            return True
        if unit.kind == "sign" and unit.text in _OPENING:
            close = next(
                (j for j in range(k + 1, min(k + 5, between.stop)) if units[j].text in _CLOSING), None
            )
            if (
                close is not None
                and close > k + 1
                and all(units[j].kind == "word" for j in range(k + 1, close))
                and close + 1 < between.stop
                and units[close + 1].kind == "sign"
                and units[close + 1].text in _SIGN_OFF_MARKS
            ):
                return True
    return False


def _as_signed(unit: Unit, folded: Folded | None) -> bool:
    """Whether an agency's name is written as an agency signs: in a script without capitals,
    or in capitals."""
    if not unit.text.isascii():
        return True
    if folded is None:
        return False
    said = folded.original[slice(*folded.span(unit.start, unit.end))]
    return said.isupper()


_OPENING: Final = frozenset("([")
_CLOSING: Final = frozenset(")]")
_SIGN_OFF_MARKS: Final = frozenset("-:")
_AGENCY_WORDS: Final = frozenset(
    fold(name) for name in (*NEWS_AGENCIES, *(name for name, _ in AGENCIES)) if " " not in name
)
# Words of no table that lead from a date to its weekday: copulas, prepositions of time,
# the nouns for a day, and the words of WEEKDAY_LINKS ("falls on a Sunday", "jatuh hari Senin").
_TO_A_WEEKDAY: Final = (
    _COPULAS | _ON | _ON_AFTER | DAY_NOUNS | frozenset(fold(word) for word, _ in WEEKDAY_LINKS)
)


def _broken_off(folded: Folded, units: Sequence[Unit], index: int, pair: Pair) -> bool:
    """Whether a line break parts the weekday at ``index`` from the dateline after it, or a
    blank line from the dateline before it (a masthead may set the weekday on a line of its
    own above the date, never below it)."""
    if pair.first <= index <= pair.last:
        return False
    before, after = (pair.last, index) if index > pair.last else (index, pair.first)
    between = folded.original[
        folded.span(units[before].start, units[before].end)[1] : folded.span(
            units[after].start, units[after].end
        )[0]
    ]
    lines = between.splitlines()  # every line break: "\n", a lone "\r", U+2028 …
    if index > pair.last:
        return len(lines) > 1 or between.endswith(("\n", "\r", "\u2028", "\u2029", "\x85", "\x0b", "\x0c"))
    return any(not line.strip() for line in between.splitlines()[1:])


def iter_languages(units: Sequence[Unit], pair: Pair) -> Iterator[str]:
    """Languages of the halves and of the connectors between them."""
    yield from pair.hijri.languages
    yield from pair.gregorian.languages
    for unit in units[pair.first : pair.last + 1]:
        entry = entry_of(unit, CONNECTOR)
        if entry is not None and entry.language != "und":
            yield entry.language
