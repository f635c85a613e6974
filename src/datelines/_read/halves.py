"""Units → date halves: the first part of the reader's grammar.

A *half* is one calendar's date as the text writes it: around a month name (day before or
after it, year after it, an era mark after the year, filler words such as "of", "من شهر",
"de l'an" between), or all in digits (1439/11/29, ٩/١١/١٤٤١هـ, (25/6/2017)), or a year with
an era mark (1445 H, 2024 Masehi). :mod:`.pairs` makes datelines of them.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date
from functools import lru_cache
from typing import Final, NamedTuple

from ..dateline import CalendarKind, MonthBoundary
from ..names import gregorian_months, hijri_months
from ..names.hijri_months import MONTHS_OF_FEASTS, NEW_AFTER_YEAR, NEW_BEFORE_YEAR
from ..names.words import (
    CALENDAR_NOUNS,
    CONSTRUCT_DAY_WORDS,
    COORDINATORS,
    COUNTED_DAYS,
    DAY_CARDINAL_MONTHS,
    DAY_CARDINALS,
    DAY_WEEKDAY_LINKS,
    DAYS_COUNTED_BEFORE,
    FEAST_LABELS,
    FEAST_OTHER_DAYS,
    MONTH_ANAPHORA,
    MONTH_ANAPHORA_QUALIFIERS,
    MONTH_BOUNDARY_WORDS,
    MONTH_COUNT_NOUNS,
    MONTH_DAY_APPOSITIVES,
    MONTH_NOUNS,
    MONTH_NOUNS_GLUED_BEFORE,
    MONTH_NUMBER_WORDS,
    MONTH_REFERENCES,
    NOUNS_BEFORE_ORDINALS,
    NUMBER_WORDS,
    OR_WORDS,
    ORDINAL_AFTER_NOUN,
    ORDINAL_DAY_PREPOSITIONS,
    ORDINAL_DOT_YEARS,
    ORDINAL_YEAR_NOUNS,
    ORDINALS_COUNT_MONTHS,
    PILGRIMAGE_NOUNS,
    POSTPOSITIONS,
    RANGE_JOINERS,
    SCHOLARS_ABBREVIATIONS,
    SCHOLARS_DATED_WORDS,
    WEEKDAY_AFTER_DATE,
    YEAR_ABBREVIATIONS,
    YEAR_WORDS_BEFORE_ERA,
    YEAR_WORDS_CUT_SHORT,
)
from .lexicon import (
    BERA,
    BMONTH,
    CONNECTOR,
    DAY_NOUNS,
    DAYWORD,
    DESCRIBED,
    FASTING,
    FEAST_DAYS,
    FILL_DM,
    FILL_MY,
    GERA,
    GMONTH,
    HERA,
    HMONTH,
    HONORIFIC,
    INFLECTED_DAY_WORDS,
    LEXICON,
    NEW_YEARS,
    ORDINAL,
    SERA,
    SMONTH,
    WEEKDAY,
    Entry,
    Kind,
)
from .normalize import fold, skeleton
from .references import LABELS as REFERENCE_LABELS
from .references import reference_end
from .tokens import Unit, entry_of

__all__ = [
    "BANGLA",
    "GREGORIAN",
    "HIJRI",
    "HIJRI_YEAR_LIMIT",
    "SOLAR",
    "THIRD",
    "Half",
    "era_after",
    "find_halves",
    "overlaps",
    "sign",
]

HIJRI: Final[CalendarKind] = "hijri"
GREGORIAN: Final[CalendarKind] = "gregorian"
SOLAR: Final[CalendarKind] = "solar_hijri"
BANGLA: Final[CalendarKind] = "bangla"
# The calendars a dateline may state beside its lunar and Gregorian halves, one of them a line.
THIRD: Final = frozenset({SOLAR, BANGLA})
# Numeric dates carry no month name: a year up to this one is Hijri, after it Gregorian.
HIJRI_YEAR_LIMIT: Final = 1700
_CALENDAR_NOUNS: Final = frozenset(fold(word) for word, _ in CALENDAR_NOUNS)
# Written in Persian digits with no era, a year up to this one is a Solar Hijri year (the
# lunar years of this century are above it: 1420 AH was 1999).
SOLAR_NUMERIC_LIMIT: Final = 1419
# The first Solar Hijri year of the century such a year belongs to (1300 SH began in 1921).
SOLAR_CENTURY: Final = 1300
# The last year of our era a feast's name is taken to be followed by ("Idul Fitri 2024").
_LAST_GREGORIAN_YEAR: Final = 2200
_DATE_SEPARATORS: Final = frozenset("/-.")
# Each calendar's month names and era marks.
_MONTH_CALENDARS: Final[dict[Kind, CalendarKind]] = {
    HMONTH: HIJRI, GMONTH: GREGORIAN, SMONTH: SOLAR, BMONTH: BANGLA
}  # fmt: skip
_ERAS: Final[tuple[tuple[Kind, CalendarKind], ...]] = (
    (HERA, HIJRI), (GERA, GREGORIAN), (SERA, SOLAR), (BERA, BANGLA)
)  # fmt: skip
_ERA_OF: Final[dict[CalendarKind, Kind]] = {calendar: kind for kind, calendar in _ERAS}


class Half(NamedTuple):
    """One calendar's date in the units ``first..last`` (inclusive)."""

    calendar: CalendarKind | None  # None: digits only, no year, no era: the partner decides
    year: int | None
    month: int | None
    day: int | None
    first: int
    last: int
    month_unit: int | None = None
    era_unit: int | None = None
    numeric: bool = False
    languages: tuple[str, ...] = ()
    bare: bool = False  # a month name with no day or year (see _MonthHalf.half)
    # A 4-digit "Hijri" year above HIJRI_YEAR_LIMIT with no era mark ("1 Ramadan 2023"):
    # dropped, back to unit ``before_year``, when a Gregorian year within one of it is near.
    colloquial: bool = False
    before_year: int = -1
    # A number of one or two digits where the year stands, without a spelled-out era mark
    # ("Muharram 1, 1"): the year when the partner half's year fits it (see pairs).
    short_year: int | None = None
    short_year_unit: int = -1
    # Written in digits with the year last and day and month both 12 or less: read day
    # first, but month first is as likely (4/10/2024).
    ambiguous_order: bool = False
    # The Gregorian year said with a Hijri month ("1 Ramadan 2023", "Ramadan 2025 began on
    # March 2"), taken out of the Hijri half: the Gregorian half's year (see pairs).
    loose_year: int | None = None
    loose_year_unit: int = -1
    # A Hijri month without its day that the text says begins or ends on its partner's day
    # ("Ramadan will begin on Monday, 11 March 2024"): see pairs.month_boundary.
    boundary: MonthBoundary | None = None

    @property
    def year_only(self) -> bool:
        return self.year is not None and self.month is None and self.day is None

    @property
    def filled(self) -> int:
        return sum(v is not None for v in (self.year, self.month, self.day))


# What alone between two dates (or days) of one calendar makes them a range's two ends.
RANGE_JOINER_TEXTS: Final = frozenset(fold(word) for word, _ in RANGE_JOINERS)


def joins_a_range(units: Sequence[Unit], lo: int, hi: int) -> bool:
    """Whether units ``lo`` to ``hi`` - 1 are what alone makes two dates of one calendar a
    range's two ends (RANGE_JOINERS: a dash, "to", "hingga", "s.d." …)."""
    return 0 < hi - lo <= 4 and "".join(units[k].text for k in range(lo, hi)) in RANGE_JOINER_TEXTS


def range_end_after(units: Sequence[Unit], r: int) -> int | None:
    """The unit of the later day that the day at ``r`` begins a range to, with a joiner
    alone between ("14-18", "1 to 3", "14th-18th"), in the same month: the range's end is
    followed by nothing, a sign, a year or an era mark ("June 14-18, 2024", "Shawwal 1-3
    (…)"). None if there is none, or the number after the joiner is the next date's day
    ("Muharram 1 - 7 July 2024"), a count ("Ramadan 1 - 3 people died"), a time, a numeric
    date or one of a list ("1-2-3")."""
    n = len(units)
    for end in range(r + 2, min(n, r + 5)):
        if units[end].kind != "lex" and units[end].kind != "sign" and units[end].kind != "word":
            break
    else:
        return None
    if not (
        units[end].kind == "num"
        and units[end].ordinal == units[r].ordinal
        and is_day(units[end])
        and units[r].value < units[end].value
        and joins_a_range(units, r + 1, end)
    ):
        return None
    after = end + 1
    if after == n:
        return end
    following = units[after]
    if following.kind == "sign":
        if (  # "May 5-10:30", "March 1-3/4", "1-2-3"
            sign(following, ":/.-")
            and following.glued
            and after + 1 < n
            and units[after + 1].kind == "num"
            and units[after + 1].glued
        ):
            return None
        return end
    if is_year(following) or any(e.kind in (HERA, GERA) for e in following.entries):
        return end
    return None


def _month_follows(units: Sequence[Unit], at: int) -> bool:
    """Whether a month's name stands at ``at``, after the words between a day and its month
    at most ("(26 de março de 2025)": 26 is March's day), or after a day's stop glued to it
    ("(16. Juli 622)", German)."""
    if at < len(units) and sign(units[at], ".") and units[at].glued:
        at += 1
    for k in range(at, min(len(units), at + 3)):
        if is_month(units[k]):
            return True
        if not entry_of(units[k], FILL_DM):
            return False
    return False


# --- what units are ----------------------------------------------------------------------


def is_day(unit: Unit) -> bool:
    return unit.kind == "num" and len(unit.text) <= 2 and 1 <= unit.value <= 31


def is_year(unit: Unit) -> bool:
    # No calendar here has a year 0: "000 AH" is no year.
    return unit.kind == "num" and 3 <= len(unit.text) <= 5 and not unit.ordinal and unit.value >= 1


def _year_of_our_era_after(units: Sequence[Unit], at: int) -> bool:
    """Whether a year of four figures stands after ``at`` in its sentence, within a few
    units: the other half of a line of later times, a Gregorian or Solar year ("… الموافق يوم
    الجمعة الثاني عشر من شهر نيسان أبريل لعام 2024 م", "/ ۲۰ فروردین ۱۴۰۳": review 65c), not
    the first centuries' (three figures: "رمضان 8 هـ (يناير 630 م)")."""
    for k in range(at + 1, min(len(units), at + 16)):
        unit = units[k]
        if unit.kind == "num" and len(unit.text) == 4:
            return True
        if unit.kind == "sign" and unit.text in ".!?؟":
            return False
    return False


# The Arabic script's one-letter era marks ("هـ" folds to "ه", "م"): the letter alone is no
# word, as a Latin "H" or "M" may be an initial.
_ARABIC_ERA_LETTERS: Final = frozenset(("ه", "م"))


def is_short_year(unit: Unit) -> bool:
    return unit.kind == "num" and len(unit.text) <= 2 and unit.value >= 1 and not unit.ordinal


def is_month(unit: Unit) -> bool:
    return any(e.kind in (HMONTH, GMONTH, SMONTH, BMONTH) for e in unit.entries)


_OR: Final = frozenset(fold(word) for word in OR_WORDS)
# Words before a weekday said with each of two days ("le lundi 09 ou le mardi 10 septembre").
_ARTICLES_BEFORE_WEEKDAY: Final = frozenset(("le", "on", "am", "el", "the"))
_MONTH_COUNTED: Final = frozenset(fold(word) for word, _ in MONTH_COUNT_NOUNS)
_CARDINAL_DAYS: Final = frozenset(fold(word) for word, _, _ in DAY_CARDINALS)
_ORDINAL_DAY_PREPOSITIONS: Final = frozenset(fold(word) for word, _ in ORDINAL_DAY_PREPOSITIONS)
_COUNTED_DAYS: Final = frozenset(fold(word) for word, _ in COUNTED_DAYS)
_COUNTED_BEFORE: Final = frozenset(fold(word) for word, _ in DAYS_COUNTED_BEFORE)
_CARDINAL_LANGUAGES: Final = {
    fold(word): frozenset(month for day, month in DAY_CARDINAL_MONTHS if day == language)
    for word, _, language in DAY_CARDINALS
}
_COUNTED_BY_ORDINALS: Final = frozenset(fold(word) for word, _ in NOUNS_BEFORE_ORDINALS)
# "The month", as one word or the last of several ("the month" is "month" after "the").
_ANAPHORA: Final = frozenset(fold(word).split()[-1] for word, _ in MONTH_ANAPHORA)
_ANAPHORA_BEFORE: Final = {fold(word).split()[-1]: fold(word).split()[:-1] for word, _ in MONTH_ANAPHORA}
_DAY_NOUN_STEMS: Final = tuple(sorted(DAY_NOUNS))
_UNSPACED_DAY_NOUNS: Final = tuple(noun for noun in DAY_NOUNS if "\u3040" <= noun[0] <= "\u9fff")  # "日"
_POSTPOSITIONS: Final = frozenset(fold(word) for word, _ in POSTPOSITIONS)
_ANAPHORA_QUALIFIERS: Final = frozenset(fold(word) for word, _ in MONTH_ANAPHORA_QUALIFIERS)
_NUMBER_WORDS: Final = frozenset(fold(word) for word, _ in NUMBER_WORDS)
_NEW_BEFORE_YEAR: Final = frozenset(fold(word) for word, _ in NEW_BEFORE_YEAR)
_NEW_AFTER_YEAR: Final = frozenset(tuple(fold(word).split()) for word, _ in NEW_AFTER_YEAR)
_FEASTS: Final = frozenset(MONTHS_OF_FEASTS)
_MONTH_NOUNS: Final = frozenset(fold(word) for word in MONTH_NOUNS)
_MONTH_NUMBER_WORDS: Final = frozenset(fold(word) for word, _ in MONTH_NUMBER_WORDS)
_COORDINATORS: Final = frozenset(fold(word) for word, _ in COORDINATORS)
_PILGRIMAGES: Final = {fold(word): language for word, language in PILGRIMAGE_NOUNS}
_ORDINAL_YEAR_NOUNS: Final = frozenset(fold(word) for word, _ in ORDINAL_YEAR_NOUNS)
_REFERENCES: Final = tuple((fold(phrase).split(), language) for phrase, language in MONTH_REFERENCES)
# By first word, so that a line is scanned with one set lookup a word (this runs on every line).
_REFERENCES_BY_FIRST: Final[dict[str, tuple[tuple[list[str], str], ...]]] = {
    first: tuple(r for r in _REFERENCES if r[0][0] == first) for first in {r[0][0] for r in _REFERENCES}
}
# Words between a month and its day's number, by their first word (see _appositive_width).
_APPOSITIVES: Final = tuple(tuple(fold(phrase).split()) for phrase, _ in MONTH_DAY_APPOSITIVES)
_APPOSITIVES_BY_FIRST: Final[dict[str, tuple[tuple[str, ...], ...]]] = {
    first: tuple(sorted((a for a in _APPOSITIVES if a[0] == first), key=len, reverse=True))
    for first in {a[0] for a in _APPOSITIVES}
}


def sign(unit: Unit, signs: str) -> bool:
    return unit.kind == "sign" and unit.text in signs


def language(unit: Unit, kind: Kind) -> tuple[str, ...]:
    entry = entry_of(unit, kind)
    return (entry.language,) if entry and entry.language != "und" else ()


def era_after(units: Sequence[Unit], index: int, kind: Kind) -> int | None:
    """The unit of an era mark of ``kind`` right after ``index`` (a quote may intervene, or
    the full stop of an ordinal year where the era mark's language writes one: "1446.
    hidžretska godina")."""
    probe = index + 1
    if probe < len(units) and sign(units[probe], '"'):
        probe += 1
    if probe < len(units) and entry_of(units[probe], kind):
        return probe
    if probe + 1 < len(units) and units[probe].text in _YEAR_WORDS_BEFORE_ERA:
        after = probe + 2 if sign(units[probe + 1], ".") and units[probe + 1].glued else probe + 1
        if after < len(units) and entry_of(units[after], kind):
            return after  # "1447 года по Хиджре", "1447 г. хиджры"
    if probe + 1 < len(units) and sign(units[probe], ".") and units[probe].glued:
        entry = entry_of(units[probe + 1], kind)
        if entry is not None and entry.language in ORDINAL_DOT_YEARS:
            return probe + 1
    if probe + 1 < len(units) and sign(units[probe], "/"):
        return _slashed_era(units, probe, kind)
    if (
        probe + 1 < len(units)
        and sign(units[probe], "-")
        and units[probe].glued
        and units[probe + 1].glued
        and len(units[probe + 1].text) >= 3
        and entry_of(units[probe + 1], kind)
        # (not a run of figures and words: "1445-hijriy-2024")
        and not (probe + 2 < len(units) and sign(units[probe + 2], "-") and units[probe + 2].glued)
    ):
        return probe + 1  # a suffix's hyphen, as Uzbek writes it: "1271-hijriy, 1855 milodiy yilda"
    return None


def _slashed_era(units: Sequence[Unit], slash: int, kind: Kind) -> int | None:
    """The era mark glued after a year's slash: "#AidAlFitr 2025-1446/H" (1446 H), "1446/H
    2025/M". Not a slash between two halves ("1446/2025 M", "1446 / Hijriah …", "AH 1200/AD
    1786": the year has another calendar's era before it)."""
    after = slash + 1
    if not (units[slash].glued and units[after].glued and entry_of(units[after], kind)):
        return None
    year = slash - 1
    for other, _ in _ERAS:
        at = _era_before(units, year, other) if other != kind else None
        if at is not None and not (at > 0 and sign(units[at - 1], "/") and units[at].glued):
            return None  # (not the era of the year before's slash: "1446/H 2025/M")
    return after


def _month_after_fillers(units: Sequence[Unit], k: int) -> bool:
    """Whether a month's name stands at ``k``, or after the words between a day and its
    month there ("Shahr Ramadan", "of Muharram")."""
    for index in range(k, min(len(units), k + 4)):
        if is_month(units[index]):
            return True
        if entry_of(units[index], FILL_DM) is None:
            return False
    return False


def _opens_numeric_date(units: Sequence[Unit], index: int) -> bool:
    """Whether the number at ``index`` begins a date of three numbers ("23 Ramadan (24.3.25)"):
    not a year before the slash of the next half ("1 Muharram 1/19 July 622")."""
    return (
        index + 4 < len(units)
        and sign(units[index + 1], "/-.")
        and units[index + 1].glued
        and units[index + 2].kind == "num"
        and units[index + 2].glued
        and sign(units[index + 3], units[index + 1].text)
        and units[index + 3].glued
        and units[index + 4].kind == "num"
    )


def _slipped_day(units: Sequence[Unit], index: int) -> bool:
    """A number where a day stands that cannot be one ("100 Ramadan 1445", "0 March"):
    read as the day all the same (the checker says what is wrong with it), but only when
    it is not part of a larger number ("1,000 Ramadan packages")."""
    unit = units[index]
    if unit.kind != "num" or len(unit.text) > 3 or unit.ordinal:
        return False
    return not (index > 0 and sign(units[index - 1], ",.") and unit.glued)


def _labelled_number(units: Sequence[Unit], index: int) -> bool:
    """Whether the number at ``index`` follows a reference label ("No. 3", "شمارہ 3"): a
    number of an issue or a document, no day."""
    k = index - 1
    if k >= 0 and sign(units[k], ".:"):
        k -= 1
    return k >= 0 and units[k].text in REFERENCE_LABELS


def _day_noun_after(units: Sequence[Unit], index: int) -> bool:
    """A word for "day" after the number: "11 günü", "10-kuni", "01 ஆம் பிறை", "1. gecesi"."""
    probe = index + 1
    if probe < len(units) and sign(units[probe], "-.") and units[probe].glued:
        probe += 1
    if probe < len(units) and units[probe].kind == "word" and _is_ordinal_word(units[probe].text):
        probe += 1  # an ordinal suffix written apart: "01 ஆம் பிறை", "8 нче көне"
    return probe < len(units) and units[probe].text in DAY_NOUNS


_DAY_WEEKDAY_LINKS: Final = frozenset(fold(word) for word in DAY_WEEKDAY_LINKS)


def _weekday_linked_after(units: Sequence[Unit], index: int) -> bool:
    """A weekday after the number, linked by "being": "އެޕްރީލް މަހުގެ 13 ވާ އަންގާރަ ދުވަހު" (on
    Tuesday, the 13th of April), a date's day and not a count of days."""
    probe = index + 1
    return (
        probe + 1 < len(units)
        and units[probe].text in _DAY_WEEKDAY_LINKS
        and entry_of(units[probe + 1], WEEKDAY) is not None
    )


def _ordinal_word_after(units: Sequence[Unit], index: int) -> bool:
    """An ordinal suffix of three letters or more written apart after the number: "30 ވަނަ",
    "01 ஆம்" (not "e", "o", "i": words of their own in many languages)."""
    probe = index + 1
    return (
        probe < len(units)
        and units[probe].kind == "word"
        and len(units[probe].text) >= 3
        and _is_ordinal_word(units[probe].text)
    )


def _is_ordinal_word(text: str) -> bool:
    return any(entry.kind == ORDINAL for entry in LEXICON.entries.get(text, ()))


# --- a half around a month name ------------------------------------------------------------


class _MonthHalf:
    """A half being read around the month name at unit ``k``, one step at a time: the day
    before the name, what follows the name, the day after it, the year after it, a day in
    words after it, a year marked before it, a year first."""

    __slots__ = (
        "before_year", "calendar", "colloquial", "day", "entry", "era", "era_kind", "first", "k",
        "languages", "last", "loose_year", "loose_year_unit", "n", "short_year", "short_year_unit",
        "slipped_day", "units", "used", "year",
    )  # fmt: skip

    def __init__(self, units: Sequence[Unit], k: int, used: set[int], entry: Entry):
        self.units, self.k, self.used, self.entry = units, k, used, entry
        self.n = len(units)
        self.calendar: CalendarKind = _MONTH_CALENDARS[entry.kind]
        self.era_kind = _ERA_OF[self.calendar]
        self.first = self.last = k
        self.day: int | None = None
        self.year: int | None = None
        self.era: int | None = None
        self.languages = [entry.language]
        self.colloquial, self.before_year = False, -1
        self.short_year: int | None = None
        self.short_year_unit = -1
        self.loose_year: int | None = None
        self.loose_year_unit = -1
        self.slipped_day = False

    def free(self, index: int) -> bool:
        return 0 <= index < self.n and index not in self.used

    def day_before(self) -> None:
        """ "10 Rabiul Akhir", "1st of Sha'ban", "29 من شهر شعبان", "غرة رمضان", "1. Ramadan"."""
        units, j, skipped = self.units, self._month_number_before(), 0
        glossing = False
        while (
            j >= 0
            and skipped < 6
            and j not in self.used
            and (
                entry_of(units[j], FILL_DM)
                or sign(units[j], '"-')
                or (
                    j == self.k - 1
                    and (
                        self._slashed()
                        or self._comma_after_ordinal(j)
                        or self._comma_after_weekday_day(j)
                        or self._commas_all_through(j)
                    )
                )
                or (glossing := _described(units[j]))  # "the first of the holy month of Muharram"
                or (glossing := j > 0 and sign(units[j], "(,") and _described(units[j - 1]))
                or (glossing := j == self.k - 1 and self._local_name_glossed(j))
            )
        ):
            # (a description, and the sign of the name glossing it, are no words between: "the
            # first day of the lunar month of Tabaski (Dhul Hidja)", held-out set 37)
            j -= 2 if glossing and units[j - 1].kind == "word" else 1
            skipped += 0 if glossing else 1
            glossing = False
        if j >= 0 and sign(units[j], '"'):
            j -= 1
        if j > 2 and sign(units[j], ")"):
            j = self._glossed_day(j)
        if (
            j > 0
            and sign(units[j], "(,")
            and (
                entry_of(units[j - 1], DAYWORD)
                or (j > 1 and is_day(units[j - 1]) and units[j - 2].text in DAY_NOUNS)
            )
        ):
            # "Mwezi mosi (Shawwal)", "ọjọ́ kínní, oṣù Ramadan", "ọjọ́ 11, oṣù kẹta": a day
            # said as such, then its month after a bracket or a comma
            j -= 1
        if j > 0 and sign(units[j], ".") and units[j].glued and is_day(units[j - 1]):
            j -= 1  # "1. Ramadan", "11. März": the ordinal dot of German, Bosnian, Turkish
        if not self.free(j):
            return
        left = units[j]
        # "12/03" is part of a numeric date, unless the number before the sign already
        # belongs to another half ("1437/20 January 2016") or is a year ("1446 / 15 September"),
        # or the sign stands apart from both ("24.3.25 / 23 Ramadan 1446": two halves).
        numeric = (
            j > 1
            and sign(units[j - 1], "/:.")
            and units[j - 2].kind == "num"
            and j - 2 not in self.used
            and len(units[j - 2].text) <= 2
            and (units[j - 1].glued or left.glued)
            # (not a full stop the day stands apart from: "6. 20 Rabie Ethani 1436", a gazette's
            # page number, then the date: a held-out line lost its day)
            and not (units[j - 1].text == "." and not left.glued)
        ) or (_iso_day(units, j) and units[j - 2].value != self.entry.value)
        if j > 0 and left.kind == "num" and units[j - 1].text in _COUNTED_BEFORE:
            return  # "kwanaki 29 na watan Ramadan": the month's 29 days, no day
        if j == self.k - 1 and self._glued_month_noun() and not (j > 0 and _is_day_number_word(units[j - 1])):
            # "1 เดือนรอมฎอน" is a day only as a date says it ("วันที่ 1 เดือนรอมฎอน"): "ครบ 1
            # เดือนรอมฎอน" is a whole month of it, "งวดที่ 1 เดือนมีนาคม" the first instalment
            return
        if is_day(left) and not numeric:
            if j > 1 and units[j - 1].text in _OR and is_day(units[j - 2]) and j - 2 not in self.used:
                return  # "on 12th or 17th of Rabiul Awal": one of two days, so no day
            if self._second_of_two_said_alike(j) or self._second_of_two_weekdays(j):
                return  # "يوم 16 أو يوم 17 من يوليو", "le 16 ou le 17 juillet"
            self.day, self.first = left.value, j
        elif (
            (found := entry_of(left, DAYWORD)) is not None
            and left.text not in INFLECTED_DAY_WORDS  # "മാസങ്ങളിൽ ഒന്നാണ് മുഹറം": is one of the months
            and not (j + 1 < self.n and (units[j + 1].text in FASTING or units[j + 1].text in _MONTH_COUNTED))
            and not _counts_days(units, j)  # "دس دن رمضان کے" (ten days of Ramadan)
            and not _cardinal_of_another_language(units, j, self.k)
            and not (found.language in ORDINAL_AFTER_NOUN and self._counts_the_noun_before(j))
            and not (j > 0 and units[j - 1].text in _COUNTED_BY_ORDINALS)  # "العدد العشرون" (issue 20)
            and not self._own_day_after()  # "പരീക്ഷയുടെ ആദ്യ ദിവസം മാർച്ച് 3": the exam's first day is March 3
            and not (
                j == self.k - 1
                and found.language in ORDINALS_COUNT_MONTHS
                and not (j > 0 and units[j - 1].text in _ORDINAL_DAY_PREPOSITIONS and self._date_goes_on())
            )  # "mein zweiter Ramadan", "zum zweiten Ramadan in Folge" (but "am neunten Ḏū-l-Ḥiǧǧa, 31.08.2017")
        ):
            self.day, self.first = found.value, j
            self.languages.append(found.language)
        elif (construct := self._construct_day(j)) is not None:
            # a day only where the year follows (see day_word_after), as a slipped day
            self.day, self.first, self.slipped_day = *construct, True
            self.languages.append("ar")
        elif (
            not numeric
            and _slipped_day(units, j)
            # (not where a day follows the month: "Khutba No. 87 March 25, 2014", a held-out line)
            and not (self.k + 1 < self.n and is_day(units[self.k + 1]))
        ):
            self.day, self.first, self.slipped_day = left.value, j, True

    def _construct_day(self, j: int) -> tuple[int, int] | None:
        """The day and its first unit where the words that end at ``j`` are an Arabic ordinal
        in construct before a Hijri month ("خامس المحرم", "ثامن عشر ذي الحجة"; see
        :data:`datelines.names.words.CONSTRUCT_DAY_WORDS`)."""
        units = self.units
        if self.calendar != HIJRI or units[j].kind != "word":
            return None
        if j > 0 and self.free(j - 1) and (day := _CONSTRUCT_DAYS.get((units[j - 1].text, units[j].text))):
            return day, j - 1
        day = _CONSTRUCT_DAYS.get((units[j].text,))
        return None if day is None else (day, j)

    def _date_goes_on(self) -> bool:
        """Whether a year, a comma or a bracket follows the name, as a date goes on ("am
        neunten Ḏū-l-Ḥiǧǧa, 31.08.2017", "am ersten Ramadan 1446"): not a word ("am zweiten
        Ramadan ohne ihren Vater", the second Ramadan without her father; a review)."""
        after = self.k + 1
        return after < self.n and (self.units[after].kind == "num" or sign(self.units[after], ",("))

    def _glued_month_noun(self) -> bool:
        """Whether the name is written with the word for "month" glued before it ("เดือนรอมฎอน")."""
        return self.entry.spelling.startswith(_GLUED_MONTH_NOUNS)

    def _glossed_day(self, close: int) -> int:
        """Where the day before a bracket stands, when the bracket that closes at ``close``
        glosses it with the same day: "اولین (اول) ماه شوال" (the first (1st) of the month of
        Shawwal), "the tenth (10th) of Muharram". A Persian ordinal ending the tokens cut off
        ("اولین": "اول", "ین") is the day's own. ``close`` where there is no such gloss."""
        units = self.units
        inner, opening, before = units[close - 1], units[close - 2], close - 3
        if not sign(opening, "(") or (said := _day_value(inner)) is None:
            return close
        if units[before].kind == "word" and units[before].glued and len(units[before].text) <= 3:
            before -= 1  # "اولین": "اول" and its ending
        if before >= 0 and _day_value(units[before]) == said:
            return before
        return close

    def _month_number_before(self) -> int:
        """Where the day before the name is looked for: before the month's number said ahead of
        its name ("hari pertama bulan kesepuluh dalam kalender Islam Syawal", the first day of
        the tenth month in the Islamic calendar, Shawwal; "the first day of the tenth month,
        Shawwal"), an ordinal equal to the month's number beside the word for "month" (after
        it in the languages that put an ordinal after its noun), with only words, commas,
        fillers and era words between it and the name; else just before the name."""
        units, k = self.units, self.k
        for j in range(k - 1, max(-1, k - 9), -1):
            unit = units[j]
            if unit.kind == "num" and self._month_number_in_digits(j):
                return j - 1  # "10-й день 12-го месяца мусульманского лунного календаря Зуль-хиджа"
            if unit.kind == "num" or j in self.used:
                break  # most names: "10 Rabiul Akhir"
            found = entry_of(unit, DAYWORD) if unit.kind == "lex" else None
            if found is not None:
                after_noun = found.language in ORDINAL_AFTER_NOUN
                noun = j - 1 if after_noun else j + 1
                # the noun before: "bulan"; after: one that counts months ("month", not "شهر": "فاتح
                # شهر محرم" is the first of the month of Muharram)
                nouns = _MONTH_NOUNS if after_noun else _MONTH_COUNTED
                if found.value == self.entry.value and 0 <= noun < k and units[noun].text in nouns:
                    return min(j, noun) - 1
                break
            if not (
                unit.kind == "word"
                or sign(unit, ",")
                or (j == k - 1 and sign(unit, "("))  # "10e jour du premier mois (Mouharram)"
                or entry_of(unit, FILL_DM)
                or entry_of(unit, HERA)
            ):
                break  # "… bulan kesepuluh kalender Hijriah, Syawal"
        return k - 1

    def _month_number_in_digits(self, j: int) -> bool:
        """Whether the number at ``j`` is the month's own number, an ordinal in digits before a
        word that counts months ("в 10-й день 12-го месяца мусульманского лунного календаря
        Зуль-хиджа", on the 10th day of the 12th month of the Muslim lunar calendar, Dhu
        al-Hijjah; "the 10th day of the 12th month, Dhu al-Hijjah")."""
        units = self.units
        return (
            j not in self.used
            and units[j].ordinal
            and units[j].value == self.entry.value
            and j + 1 < self.k
            and units[j + 1].text in _MONTH_COUNTED
        )

    def _counts_the_noun_before(self, j: int) -> bool:
        """Whether the ordinal at ``j``, in a language that puts an ordinal after the noun it
        counts, counts another noun than a day: a weekday, a week, a night ("Jumat pertama
        bulan suci", "pekan kedua Ramadan", "malam kedua puluh tujuh Ramadan"), or days with
        their number ("10 hari pertama Ramadan", the first ten days). Not a day: "hari
        kesepuluh Zulhijah" (the tenth day)."""
        units = self.units
        if j == 0 or units[j - 1].kind in ("num", "sign"):
            return False
        before = units[j - 1]
        if entry_of(before, WEEKDAY) is not None or before.text in _COUNTED_BY_ORDINALS:
            return True
        return before.text in DAY_NOUNS and j > 1 and units[j - 2].kind == "num"

    def _own_day_after(self) -> bool:
        """Whether the month's own day follows its name (a number that no month name of
        another calendar follows, nor its "-th" written apart and one: "পহেলা রমজান ১৪ ই মার্চ"):
        then a day word before the name counts something else."""
        units, k = self.units, self.k
        after = k + 3 if k + 2 < self.n and entry_of(units[k + 2], FILL_DM) is not None else k + 2
        return (
            k + 1 < self.n
            and is_day(units[k + 1])
            and not (
                after < self.n
                and (is_month(units[after]) or (sign(units[after], "/:.-") and units[after].glued))
            )
        )

    def _comma_after_ordinal(self, j: int) -> bool:
        """A comma between a day with its ordinal suffix and the month: "Thursday 30th, June"."""
        return (
            j > 0
            and sign(self.units[j], ",")
            and self.units[j - 1].kind == "num"
            and self.units[j - 1].ordinal
        )

    def _comma_after_weekday_day(self, j: int) -> bool:
        """A comma misplaced between a day and its month where a weekday stands straight
        before the day, which is then the month's: "jatuh pada Jumat 21, April 2023"."""
        units = self.units
        return (
            j > 1
            and sign(units[j], ",")
            and is_day(units[j - 1])
            and entry_of(units[j - 2], WEEKDAY) is not None
        )

    def _commas_all_through(self, j: int) -> bool:
        """Day, month and year each set off by a comma, in brackets: "(29, Zulhaj, 1440,
        Hijri)", as Pakistani copy writes the Hijri date beside the Gregorian one (held-out
        set 21). Not a list's day ("28, 29, Ramadan 1445")."""
        units, k = self.units, self.k
        return (
            j > 1
            and sign(units[j], ",")
            and is_day(units[j - 1])
            and sign(units[j - 2], "(")
            and k + 2 < self.n
            and sign(units[k + 1], ",")
            and is_year(units[k + 2])
        )

    def _slashed(self) -> bool:
        """Day, month name and year run together with slashes: "19/June/2023", "۱۴/August/۲۰۲۵";
        or the day and the month alone ("19/June 2023", Urdu's date separator "19؍جون2023ء").
        Each slash is glued to what comes before it; a space may follow it ("6/ اکتوبر 2024ء",
        "16/سبتمبر/ 2024", as pages type them)."""
        units, k = self.units, self.k
        if (
            1 < k < self.n - 2
            and sign(units[k - 1], "/")
            and sign(units[k + 1], "/")
            and not units[k - 1].glued
            and not units[k + 1].glued
            and is_day(units[k - 2])
            and is_year(units[k + 2])
            and not _labelled_number(units, k - 2)
        ):
            return True  # spaced alike on both sides: "بتاريخ 24 / ذو القعدة / 1445 هجري" (a Kuwaiti decree)
        if not (
            1 < k < self.n - 1 and sign(units[k - 1], "/") and units[k - 1].glued and is_day(units[k - 2])
        ):
            return False
        if _labelled_number(units, k - 2):
            return False  # "Vol. 12, No. 3/ March 2025": an issue's number, no day
        if is_year(units[k + 1]):
            return True
        if units[k].glued and "\u0600" <= units[k].text[0] <= "\u06ff":
            # Urdu's date separator glued to both, no year after: "3؍اپریل بمطابق15؍رجب
            # المرجب" (held-out set 33)
            return True
        return k < self.n - 2 and sign(units[k + 1], "/") and units[k + 1].glued and is_year(units[k + 2])

    def after_name(self) -> int:
        """Epithets and a second spelling of the same month after the name; the index of
        the unit after them."""
        units, r = self.units, self.k + 1
        while r < self.n:
            if entry_of(units[r], HONORIFIC) or (
                sign(units[r], ".") and units[r].glued and self._abbreviated(r)
            ):
                self.last = r
                r += 1
            elif (
                sign(units[r], "/")
                and r + 1 < self.n
                and (same := entry_of(units[r + 1], self.entry.kind))
                and same.value == self.entry.value
            ):
                self.last = r + 1  # the same month in a second series: "فبراير/شباط", "يونيو/ حزيران"
                r += 2
            elif (same := entry_of(units[r], self.entry.kind)) is not None and same.value == self.entry.value:
                self.last = r  # and with nothing between: "7 يوليو تموز 2024", "يونيو ـ حزيران 2024م"
                r += 1
            elif self._same_month_in_brackets(r) or (
                sign(units[r], '"') and self._same_month_in_brackets(r + 1)
            ):
                # the same month's local name in brackets: "Shawwaal (Mfungo wa Mosi) 1446",
                # past the quote closing the name: "29 « Dhul Qa'dah » (Diggi Tabaski) 1445 H"
                r += 3 if sign(units[r], "(") else 4
                self.last = r - 1
            elif (
                units[r].text in _ANAPHORA_QUALIFIERS
                and units[r].kind in ("word", "lex")
                and self.day is not None
                and not (r + 1 < self.n and is_year(units[r + 1]))
            ):
                # "the current", "the coming" after a day and month: "الإثنين 19 يناير الجاري هو
                # المتمّم لشهر رجب" (Monday, 19 January this month, completes Rajab; held-out
                # set 38): the date's own words
                self.last = r
                r += 1
            elif (close := self._gloss_after(r)) is not None:
                # what the month is, in brackets: "Dhul- Hijja (12th month in the Islamic lunar
                # calendar) for the year 1437 AH"
                self.last = close
                r = close + 1
            else:
                break
        if (after := self._coordinated_month(r)) is not None:
            self.last = after - 1
            r = after
        if r + 1 < self.n and sign(units[r], "|") and is_day(units[r + 1]):
            r += 1  # a table row: "Dzulqa'dah | 1 | 9 Mei"
        return r

    def _local_name_glossed(self, j: int) -> bool:
        """Whether the name's bracket at ``j`` glosses a local name of its month, one word the
        tables do not know after the word for month: "the first day of the lunar month of
        Tabaski (Dhul Hidja)" (held-out set 37; Tabaski, the feast, names its month in West
        Africa), "le premier jour du mois lunaire Tamxarit (Muharram)"."""
        units = self.units
        return (
            j > 1
            and sign(units[j], "(")
            and units[j - 1].kind == "word"
            and (units[j - 2].text in _MONTH_NOUNS or entry_of(units[j - 2], FILL_DM) is not None)
            and self.k + 1 < self.n
            and (
                sign(units[self.k + 1], ")")
                # its year inside: "the 7th of the month Tabaski (Dhul Hidja 1445)" (review 66b)
                or (self.k + 2 < self.n and is_year(units[self.k + 1]) and sign(units[self.k + 2], ")"))
            )
        )

    def _same_month_in_brackets(self, r: int) -> bool:
        units = self.units
        return (
            r + 2 < self.n
            and sign(units[r], "(")
            and (same := entry_of(units[r + 1], self.entry.kind)) is not None
            and same.value == self.entry.value
            and sign(units[r + 2], ")")
        )

    def _gloss_after(self, r: int) -> int | None:
        """Where a bracket at ``r`` that says what the Hijri month is closes: a word for
        "month" inside, no date (no month's name, no number of three digits or more), and
        the month's year after it ("… for the year 1437 AH"); else None. (Not a day after
        it: "in Ramadan (a month of mercy) 30 days of fasting end …" is a count.)"""
        units = self.units
        if self.calendar != HIJRI or not sign(units[r], "("):
            return None
        month_word = False
        for k in range(r + 1, min(self.n, r + 12)):
            unit = units[k]
            if sign(unit, ")"):
                return k if month_word and self._year_follows(k + 1) else None
            if (unit.kind == "num" and len(unit.text) > 2) or is_month(unit) or sign(unit, "("):
                return None
            month_word = month_word or unit.text in _MONTH_NOUNS
        return None

    def _year_follows(self, at: int) -> bool:
        """Whether a year of four digits stands at ``at``, after commas and words of "of
        the year" at most."""
        units = self.units
        for k in range(at, min(self.n, at + 4)):
            if is_year(units[k]) and len(units[k].text) == 4:
                return True
            if not (sign(units[k], ",") or entry_of(units[k], FILL_MY)):
                return False
        return False

    def _coordinated_month(self, r: int) -> int | None:
        """Where a second Hijri month joined to this one by "and" ends, when the two share
        the year after them and neither has a day ("سەرەتای مانگەکانی شەعبان و ڕەمەزانی ساڵی
        1447ـی کۆچی", the beginnings of the months of Sha'ban and Ramadan of the year 1447;
        "شهري رجب وشعبان 1446 هـ", with the clitic "و" cut off the second): one half, the
        first month's, as the corpus labels two of anything (the first of two years,
        "1436/37."); else None."""
        units, n = self.units, self.n
        if self.calendar != HIJRI or self.day is not None or r + 1 >= n:
            return None
        if units[r].text in _COORDINATORS:
            at = r + 1
        elif units[r].glued and units[r - 1].end < units[r].start:
            at = r  # a clitic cut off the front of the second month, glued to nothing shown
        else:
            return None
        if (
            not self.free(at)
            or (second := entry_of(units[at], HMONTH)) is None
            or second.value == self.entry.value
        ):
            return None
        after = at + 1
        while after < n and entry_of(units[after], HONORIFIC):
            after += 1
        probe = after
        while probe < min(n, after + 3) and (entry_of(units[probe], FILL_MY) or sign(units[probe], ",")):
            probe += 1
        return after if probe < n and is_year(units[probe]) and len(units[probe].text) == 4 else None

    def _abbreviated(self, dot: int) -> bool:
        """Whether the full stop glued after the name is an abbreviation's ("Rab. I", "Jan."),
        not the sentence's end after a whole name ("… the first of Zu-al-Hajjah.")."""
        units = self.units
        if dot + 1 < self.n and sign(units[dot + 1], ".") and units[dot + 1].glued:
            return False  # an ellipsis ("أربعة أشهر على رمضان.. فاتح شهر …"): the headline's end
        if dot + 1 < self.n and (units[dot + 1].glued or units[dot + 1].kind == "num"):
            return True
        if "\u0600" <= units[dot - 1].text[:1] <= "\u06ff":
            return False  # the Arabic script cuts no name short with a stop: "… بعد شهر رمضان.\n…"
        # A short name ("Sept.", "janv.") is abbreviated, but a whole one ("April.", "May.")
        # before the next sentence's first word ends its sentence ("He arrived on 1 April.
        # The 29th of Shaban is …").
        return len(units[dot - 1].text) <= 5 and not (
            dot + 1 < self.n
            and units[dot + 1].kind in ("word", "lex")
            and units[dot - 1].text in _WHOLE_SHORT_NAMES
        )

    def day_after(self, r: int) -> int:
        """ "Muharram 27, 1442", "September 16, 2020", "Dhul-Qi'dah 1 1446"."""
        units, n = self.units, self.n
        if self.day is not None or not (r < n and is_day(units[r]) and r not in self.used):
            return r
        if (
            r + 1 < n
            and not units[r].ordinal
            and is_month(units[r + 1])
            and entry_of(units[r + 1], self.entry.kind) is None
            and not self._other_month_has_its_day(r + 1)
        ):
            return r  # "Рамазан 16 майда": the other calendar's day
        if self._hyphened_to_other_month(r):
            return r  # "Орозо айы 19-февралда": the other calendar's day, hyphened to its month
        if (
            r + 2 < n
            and entry_of(units[r + 1], FILL_DM) is not None
            and is_month(units[r + 2])
            and entry_of(units[r + 2], self.entry.kind) is None
        ):
            return r  # "পহেলা ফাল্গুন ১৪ ই ফেব্রুয়ারী": the other calendar's day, its "-th" apart
        if self._ordinal_before_own_calendar_month(r):
            return r  # "am Abend des 10. März": March's day, not December's ("Des")
        if _length_after_month(units, r):
            return r  # "رمضان 30 یا 29 دن کا ہوتا ہے": Ramadan lasts 30 or 29 days
        if (
            self.calendar == HIJRI
            and (era_at := era_after(units, r, HERA)) is not None
            and (
                units[r].value > 30
                or (units[era_at].text in _ARABIC_ERA_LETTERS and not _year_of_our_era_after(units, era_at))
            )
        ):
            # "جمادى الآخرة 31 هـ" (no month's day), "فتح مكة في رمضان 8 هـ (يناير 630 م)": a year
            # of the first centuries, its era after it, as Arabic histories write them; not
            # "Ramadan 1 AH" (review 63b) nor beside a date of our times, "رمضان 29 هـ الموافق
            # 12 أبريل 2024" (reviews 65, 65b)
            return r
        # Not the start of a numeric date or a time ("Sep 16/09", "May 5 10:30"), unless the
        # number after the sign begins the other half: "2024 ஜூலை 7 / 1 முஹர்ரம் 1446".
        numeric = (
            r + 2 < n
            and sign(units[r + 1], "/:")
            and units[r + 2].kind == "num"
            and not (r + 3 < n and is_month(units[r + 3]))
        )
        if numeric:
            return r
        self.day, self.last = units[r].value, r
        if (end := range_end_after(units, r)) is not None:
            # a range within the month, month first ("June 14-18, 2024", "Ramadan 1-3,
            # 1446"): read as its last day, as "1-3 Syawal" is
            self.day, self.last = units[end].value, end
            return end + 1
        return r + 1

    def _other_month_has_its_day(self, at: int) -> bool:
        """Whether the other calendar's month at ``at`` has its own day straight after it, not
        followed by a month: "റമദാൻ 1 മാർച്ച് 11 ന്" (Ramadan 1, March 11), where the number
        between is this month's day."""
        units, after = self.units, at + 1
        return (
            after < self.n
            and is_day(units[after])
            and not (after + 1 < self.n and is_month(units[after + 1]))
            and not (  # a time or a numeric date: "Maret 11.00", "March 11/3"
                after + 2 < self.n
                and sign(units[after + 1], ":/.-")
                and units[after + 1].glued
                and units[after + 2].kind == "num"
                and units[after + 2].glued
            )
        )

    def _ordinal_before_own_calendar_month(self, r: int) -> bool:
        """Whether the day at ``r`` stands straight before another month of this calendar
        (with an ordinal's full stop between or none), whose day it is, day first: "Heuer
        beginnt der Ramadan am Abend des 10. März" (the German article "des" folds as
        Indonesian "Des", December)."""
        units, at = self.units, r + 1
        if at < self.n and sign(units[at], ".") and units[at].glued:
            at += 1
        return at < self.n and is_month(units[at]) and entry_of(units[at], self.entry.kind) is not None

    def _hyphened_to_other_month(self, r: int) -> bool:
        """Whether the day at ``r`` is glued by a hyphen to another calendar's month after it
        ("19-февралда", "6-mart"): that month's day, not this one's."""
        units = self.units
        return (
            r + 2 < self.n
            and sign(units[r + 1], "-")
            and units[r + 1].glued
            and units[r + 2].glued
            and is_month(units[r + 2])
            and entry_of(units[r + 2], self.entry.kind) is None
        )

    def year_after(self, r: int) -> None:
        """ "Rajab1438", "1437/20", "Safar de l'an 1438", "ذی الحجہ ہجری سال 1444", "61 AH"."""
        units, n, probe, skipped = self.units, self.n, r, 0
        while (
            probe < n
            and skipped < 3
            and (
                sign(units[probe], ',"(')
                or entry_of(units[probe], FILL_MY)
                or (self.calendar == HIJRI and entry_of(units[probe], HERA))
                # an era before the year, as Thai writes both: "23 มีนาคม พ.ศ. 2566", "24 กรกฎาคม ค.ศ. 2007"
                or (self.calendar == GREGORIAN and entry_of(units[probe], GERA))
                or (  # the full stop of an era so written: "เราะญับ ฮ.ศ. 1428"
                    sign(units[probe], ".")
                    and units[probe].glued
                    and probe > r
                    and (entry_of(units[probe - 1], HERA) or entry_of(units[probe - 1], GERA))
                )
                or self._month_word_before_year(probe, r)
                or self._bracketed_weekday(probe)
                or self._weekday_between_commas(probe)
                or (probe == r and self._bracket_round_name(probe))
                or (
                    (sign(units[probe], "-.") or (probe == self.k + 1 and self._slashed()))
                    and units[probe].glued
                    and probe + 1 < n
                    and units[probe + 1].glued
                )
                or (probe == self.k + 1 and self._slashed() and units[probe].glued)  # "16/سبتمبر/ 2024"
                or (  # "12 ربيع الأول/1446 ه": a day, its month, and its year after a slash
                    probe == self.k + 1
                    and self.day is not None
                    and sign(units[probe], "/")
                    and units[probe].glued
                    and probe + 1 < n
                    and units[probe + 1].glued
                    and is_year(units[probe + 1])
                    and len(units[probe + 1].text) == 4
                    and not (probe + 2 < n and sign(units[probe + 2], "/-.") and units[probe + 2].glued)
                    and (units[probe + 1].value > HIJRI_YEAR_LIMIT) == (self.calendar == GREGORIAN)
                )
                or (  # "۲۰ اردیبهشت - ۱۴۰۳", "20 اسفند / 1404", "9 May - 2024": a spaced dash or slash
                    self.day is not None
                    and sign(units[probe], "-/–")
                    and not units[probe].glued
                    and probe + 1 < n
                    and not units[probe + 1].glued
                    and is_year(units[probe + 1])
                    and len(units[probe + 1].text) == 4
                    and not (probe + 2 < n and sign(units[probe + 2], "/-.") and units[probe + 2].glued)
                    and (units[probe + 1].value > HIJRI_YEAR_LIMIT) == (self.calendar == GREGORIAN)
                )
            )
        ):
            probe = self._past_bracketed_era(probe) + 1
            skipped += 1
        if not self.free(probe):
            return
        if (
            probe + 2 < n
            and sign(units[probe + 1], "/")
            and units[probe + 1].glued
            and units[probe + 2].kind == "num"
            and probe > r
            and not _month_after_fillers(
                units, probe + 3
            )  # "1924/1 Muharram", "1933/ 30th Shahr Ramadan": the year
            and not self._other_calendar_s_year_after(probe)
        ):
            return  # "апрель 10 (1445/10/01)": the other half, in digits
        if _numbered_date_after(units, probe):
            return  # "ズルヒッジャ月10日(2024年6月16日)": a date by its month's number, the other half
        if self._thousands_year(probe):
            return
        if probe > r and self._year_first_both_sides(probe):
            return
        if is_year(units[probe]) or self._ordinal_year(probe):
            self._year(probe)
        elif is_short_year(units[probe]):
            self._short_year(probe)

    def _other_calendar_s_year_after(self, probe: int) -> bool:
        """Whether the year at ``probe`` is this calendar's and the number after its glued
        slash the other calendar's year alone: "4. juna, 2019/1440. hidžretske godine" (the
        two years of one day; held-out set 36), not a date in digits ("1445/10/01")."""
        units, n = self.units, self.n
        year, other = units[probe], units[probe + 2]
        if not (is_year(year) and len(year.text) == 4 and len(other.text) == 4):
            return False
        if (
            probe + 3 < n
            and sign(units[probe + 3], "/-.")
            and units[probe + 3].glued
            and (probe + 4 < n and units[probe + 4].kind == "num")
        ):
            return False
        gregorian = self.calendar == GREGORIAN
        return (year.value > HIJRI_YEAR_LIMIT) == gregorian and (other.value > HIJRI_YEAR_LIMIT) != gregorian

    def _year_first_both_sides(self, probe: int) -> bool:
        """Whether this date's year stands before it with its year word and the year at
        ``probe`` opens the next date so: "2026-yil 5-dekabr (1448-yil 28-Jumodul oxir)",
        "2026 жылғы 5 желтоқсан (1448 жылғы …)". Turkic languages put the year first, so the
        year after a bracket is the next date's, not this one's."""
        return _year_with_its_word_ends(self.units, self.first - 1) and _year_word_then_date(
            self.units, probe
        )

    def _bracket_round_name(self, probe: int) -> bool:
        """Whether ``probe`` closes a bracket opened straight before the month's name, a gloss
        that names the month counted before it: "au 10e jour du premier mois (Mouharram) de
        l'année musulmane (de l'Hégire) 1441"."""
        return sign(self.units[probe], ")") and self.k > 0 and sign(self.units[self.k - 1], "(")

    def _past_bracketed_era(self, probe: int) -> int:
        """Where a bracket opened at ``probe`` closes when it holds only the Hijri era and
        words between a month and its year ("… de l'année musulmane (de l'Hégire) 1441"), which
        then count as one; else ``probe``."""
        units = self.units
        if self.calendar != HIJRI or not sign(units[probe], "("):
            return probe
        era = False
        for j in range(probe + 1, min(self.n, probe + 5)):
            if sign(units[j], ")"):
                return j if era else probe
            if entry_of(units[j], HERA):
                era = True
            elif not entry_of(units[j], FILL_MY):
                return probe
        return probe

    def _bracketed_weekday(self, probe: int) -> bool:
        """Whether unit ``probe`` is a weekday in brackets after a day and its month, or the
        bracket that closes one, before the year: "13 prill (e mart) 2021", "13 April (Tuesday)
        2021"."""
        units = self.units
        if self.day is None or probe < 1:
            return False
        if sign(units[probe], ")"):
            return (
                probe >= 2 and entry_of(units[probe - 1], WEEKDAY) is not None and sign(units[probe - 2], "(")
            )
        return (
            entry_of(units[probe], WEEKDAY) is not None
            and sign(units[probe - 1], "(")
            and probe + 2 < self.n
            and sign(units[probe + 1], ")")
            and is_year(units[probe + 2])
        )

    def _weekday_between_commas(self, probe: int) -> bool:
        """Whether unit ``probe`` is a weekday between commas after a day and its month, before
        the year: "(২১ এপ্রিল, জুমুয়াবার, ২০২৩)" (21 April, Friday, 2023)."""
        units = self.units
        return (
            self.day is not None
            and probe >= 1
            and probe + 2 < self.n
            and entry_of(units[probe], WEEKDAY) is not None
            and sign(units[probe - 1], ",")
            and sign(units[probe + 1], ",")
            and is_year(units[probe + 2])
        )

    def _ordinal_year(self, probe: int) -> bool:
        """An ordinal year with its year word ("2025-ci il"), of this half's calendar: a
        Gregorian one after a Hijri day is the next date's ("Ramazan ayının 1-i 2021-ci il 14
        aprel")."""
        return _ordinal_year_before_word(self.units, probe) and (
            self.calendar != HIJRI or self.units[probe].value <= HIJRI_YEAR_LIMIT
        )

    def _month_word_before_year(self, probe: int, r: int) -> bool:
        """ "Рамазан айы 1447", "Ramazan ayı 1445": the word for "month" that the tables know
        as a day's filler ("айы 1-күнү"), straight after the name and before a Hijri year. Not
        a year's filler in the tables: there a Gregorian year after it would be taken for a
        Hijri month's colloquial year ("Рамазан айы 2024 жылы 11 наурызда")."""
        units = self.units
        return (
            probe == r
            and self.calendar == HIJRI
            and entry_of(units[probe], FILL_DM) is not None
            and probe + 1 < self.n
            and is_year(units[probe + 1])
            and len(units[probe + 1].text) == 4
            and units[probe + 1].value <= HIJRI_YEAR_LIMIT
        )

    def _year(self, probe: int) -> None:
        digits = len(self.units[probe].text)
        era_at = era_after(self.units, probe, self.era_kind)
        value = self.units[probe].value
        if self._solar_year(probe, era_at) or self._gregorian_year_marked(probe, era_at):
            return
        # "1 Ramadan 2023" may say a Gregorian year with a Hijri month (see find_halves).
        self.colloquial = (
            self.calendar == HIJRI and era_at is None and digits == 4 and value > HIJRI_YEAR_LIMIT
        )
        # Five digits are a year with an era mark, or a slip of the finger where a day and
        # month stand before it ("1 Ramadan 14445"): read, so the checker can say so.
        if digits <= 4 or era_at is not None or self.day is not None:
            self.before_year = self.last
            self.year, self.last = value, probe
            if era_at is not None:
                self.era, self.last = era_at, era_at
                self.languages.extend(language(self.units[era_at], self.era_kind))

    def _thousands_year(self, probe: int) -> bool:
        """A year written with a thousands point, as Indonesian and Malay write numbers, and
        its era mark after it ("1 Ramadhan 1.447 Hijriah", 1447; a held-out announcement read
        the year as 447). The mark makes it a year, not an amount ("1.447 jamaah")."""
        units, n = self.units, self.n
        if not (
            probe + 2 < n
            and units[probe].kind == "num"
            and units[probe].text in ("1", "2")
            and sign(units[probe + 1], ".")
            and units[probe + 1].glued
            and units[probe + 2].glued
            and units[probe + 2].kind == "num"
            and len(units[probe + 2].text) == 3
        ):
            return False
        era_at = era_after(units, probe + 2, self.era_kind)
        if era_at is None:
            return False
        self.before_year = self.last
        self.year = units[probe].value * 1000 + units[probe + 2].value
        self.era, self.last = era_at, era_at
        self.languages.extend(language(units[era_at], self.era_kind))
        return True

    def _gregorian_year_marked(self, probe: int, era_at: int | None) -> bool:
        """Whether the year after a Hijri month carries a Gregorian era mark, so it is the
        Gregorian year the month fell in ("هاجر النبي … في ربيع الأول في عام 622 م", in Rabi'
        al-Awwal of the year 622 CE), not the month's. Unless the text also gives the Gregorian
        year that lunar year falls in: then the mark is the page's slip ("يبدأ شهر محرم في عام
        1446 ميلاديا في شهر يوليو من العام 2024", Muharram 1446, in July 2024)."""
        if self.calendar != HIJRI or era_at is not None or era_after(self.units, probe, GERA) is None:
            return False
        value = self.units[probe].value
        gregorian = 0.970229 * value + 621.5643  # the years a lunar year falls in
        return not any(
            other.kind == "num"
            and index != probe
            and len(other.text) == 4
            and abs(other.value - gregorian) <= 1.5
            for index, other in enumerate(self.units)
        )

    def _solar_year(self, probe: int, era_at: int | None) -> bool:
        """Whether the year after a Hijri month is a Solar Hijri year: written in Persian
        digits, of this Solar Hijri century (see :data:`SOLAR_NUMERIC_LIMIT`), with no Hijri
        era mark ("ماه رمضان ۱۴۰۰ افغانستان": the Ramadan of the Solar year 1400, 2021, as
        Iranian and Afghan pages name a feast by the year they live in). Not the month's year,
        unless the text gives the Gregorian or Solar year that lunar year falls in: then it is
        a lunar year of the past ("۲۲ رمضان ۱۴۱۹ - ۱۱ ژانویه ۱۹۹۹", a masthead of 1999)."""
        unit = self.units[probe]
        if not (
            self.calendar == HIJRI
            and era_at is None
            and unit.persian_digits
            and SOLAR_CENTURY <= unit.value <= SOLAR_NUMERIC_LIMIT
        ):
            return False
        return not lunar_year_placed(self.units, probe)

    def _short_year(self, probe: int) -> None:
        units = self.units
        era_at = era_after(units, probe, self.era_kind)
        if era_at is not None and (len(units[era_at].text) > 1 or units[era_at].text in _ARABIC_ERA_LETTERS):
            # "10 Muharram 61 AH": a year of the first century, said with its era ("جمادى
            # الآخرة من عام 31 هـ": Arabic's one letter for it, held-out set 36; not "61 H").
            self.year, self.era, self.last = units[probe].value, era_at, era_at
            self.languages.extend(language(units[era_at], self.era_kind))
        elif (
            self.day is not None
            and self.calendar == HIJRI
            and not _month_follows(units, probe + 1)
            and not _opens_numeric_date(units, probe)
        ):
            # "1 Muharram 1", "1 Muharram 1 H": a year only if the partner's fits it (and
            # not the day of a month named next: "14 января 1 джумада").
            self.short_year, self.short_year_unit = units[probe].value, probe if era_at is None else era_at
        elif (
            self.day is not None
            and self.calendar == GREGORIAN
            and len(units[probe].text) == 2
            and probe > 0
            and sign(units[probe - 1], "',")
            and (probe + 1 == self.n or sign(units[probe + 1], ")].,;!?"))
        ):
            # "March 1, '25", "1 March, 25)": a Gregorian year of two digits, its century
            # the one the Hijri partner fixes (see pairs); only after a comma or an apostrophe
            # and before a sign, not a count ("1 March 25 people").
            self.short_year, self.short_year_unit = units[probe].value, probe

    def day_word_after(self) -> None:
        """ "Ramazan ayının birinci günü", "جمادی الثانی کی پہلی"."""
        if self.slipped_day and self.year is None:
            self.day, self.first, self.slipped_day = None, self.k, False  # "1,000 Ramadan packages"
        if self.day is not None:
            return
        # after the year, or after the name and its epithets ("रमज़ान उल मुबारक की पहली तारीख")
        units, probe, skipped = self.units, self.last + 1, 0
        while (
            probe < self.n
            and skipped < 3  # "رجب کے مہینے کی 27 تاریخ", "मुहर्रम के महीने की 10 तारीख"
            and (
                entry_of(units[probe], FILL_DM)
                or entry_of(units[probe], FILL_MY)
                or _hyphened_filler(units, probe)
            )
        ):
            probe += 1
            skipped += 1
        appositive = _appositive_width(units, probe) if probe < self.n else 0
        if appositive:  # "Ramazan ayının son günü olan 30. günün", "Shacbaan ay maanta ahayd 30"
            probe += appositive
            skipped += 1
        if (
            skipped
            and probe < self.n
            and is_day(units[probe])
            and probe not in self.used
            and (
                units[probe].ordinal
                or _ordinal_word_after(units, probe)
                or _day_noun_after(units, probe)
                or _weekday_linked_after(units, probe)
                or (appositive and self._bare_day_ends(probe))
            )
            and not (probe + 1 < self.n and units[probe + 1].text in FASTING)  # "का 30वां रोजा": the 30th fast
            # a Gregorian month's name and its year after it: the day is that month's ("ڕەمەزان
            # ساڵ ١٤٤٥ لە ١١ی مارسی ٢٠٢٤ دەست پێدەکات", Ramadan 1445 begins on 11 March 2024;
            # review 57)
            and not (
                self.calendar == HIJRI
                and probe + 2 < self.n
                and entry_of(units[probe + 1], GMONTH) is not None
                and is_year(units[probe + 2])
            )  # (not "Ramazan ayının 11'i Mart ayının 21'ine", "Məhərrəm ayının 1-i iyulun 30-na": review 57b)
            and not (
                self.calendar == HIJRI
                and not units[probe].ordinal
                and probe + 1 < self.n
                and units[probe + 1].text in _COUNTED_DAYS
            )  # "رمضان کی 30 دن" (the 30 days of Ramadan, its fast), not "30 تاریخ" (the 30th)
        ):
            # "Ramazan ayının 11-ci günü", "मुहर्रम की 10वीं तारीख", "Səfər ayının 28-də", "ޝައުބާން
            # މަހުގެ 30 ވަނަ ދުވަސް" (the 30th day of Sha'ban; "29 ދުވަސް" alone is 29 days).
            self.day, self.last = units[probe].value, max(self.last, probe)
            if probe + 1 < self.n and units[probe + 1].text in _UNSPACED_DAY_NOUNS:
                self.last = (
                    probe + 1
                )  # "ラマダーン月5日": the half takes its "日", as the date by numbers does
            if self.year is None:  # and its year after it: "Рамазан айынын 1-күнү (1445)"
                after = probe + 1
                while (
                    after < self.n
                    and after - probe <= 3
                    and (
                        units[after].text in DAY_NOUNS
                        or (sign(units[after], "-") and units[after].glued)
                        or (units[after].kind == "word" and _is_ordinal_word(units[after].text))
                    )
                ):
                    after += 1
                year_at = after + 1 if after < self.n and sign(units[after], "(,") else after
                if year_at < self.n and (is_year(units[year_at]) or self._ordinal_year(year_at)):
                    self.year_after(after)
            return
        if (
            probe < self.n
            and (found := entry_of(units[probe], DAYWORD)) is not None
            and not (probe + 1 < self.n and units[probe + 1].text in FASTING)  # "کا پہلا روزہ"
            # "Ramadhani ya kwanza": the first Ramadan; but after words that say what the day is
            # ("Ramadaan oo maanta ay tahay maalintii ugu horeysay", of which today is the first day)
            and (found.language not in ORDINAL_AFTER_NOUN or appositive)
            and not _counts_something_else(units, probe)
            and not _cardinal_of_another_language(units, probe, self.k)
            # (a month's name straight after it, with no day of its own, has the day: "Начало
            # месяца Рамадана второго марта 2025 года", the 2nd of March; review 66; but
            # "റംസാന് ഒന്ന് ഫെബ്രുവരി 19", Ramadan one, February 19)
            and not self._day_of_the_month_after(probe, found)
        ):
            self.day, self.last = found.value, max(self.last, probe)
            self.languages.append(found.language)
            year_at = probe + 1
            if (
                self.year is None
                and year_at < self.n
                and is_year(units[year_at])
                and not (self.calendar == HIJRI and units[year_at].value > HIJRI_YEAR_LIMIT)
            ):
                # and its year straight after it: "ദുൽഹിജ്ജ എട്ട് 1445" (Dhu al-Hijjah eight);
                # not a Gregorian year with a Hijri month, which a year before may yet precede
                # ("ഹിജ്റ 1444 മുഹറം ഒന്ന്, 2022 ജൂലൈ 30")
                self.year_after(year_at)

    def _day_of_the_month_after(self, at: int, found: Entry) -> bool:
        """Whether the day word at ``at`` is the day of the month named straight after it, not
        of this one: in the languages that put an ordinal day before its month ("Начало месяца
        Рамадана второго марта 2025 года", the 2nd of March; review 66), where that month has
        no day of its own after it ("Рамадан первый март второй 2025") and the day fits it
        ("Шаабан тридцатого февраля" is Sha'ban's 30th: review 66b)."""
        units, n = self.units, self.n
        if found.language not in _DAY_WORD_BEFORE_MONTH or not (
            at + 1 < n and (following := _month_entry(units[at + 1])) is not None
        ):
            return False
        if following.kind == self.entry.kind and following.value == self.entry.value:
            return False  # the same month said again
        if at + 2 < n and (is_day(units[at + 2]) or entry_of(units[at + 2], DAYWORD) is not None):
            return False
        # (a day no Hijri month has is not this one's either: "Шаабан тридцать первого
        # февраля", review 66c)
        return found.value > 30 or not (
            following.kind == GMONTH and found.value > _GREGORIAN_MONTH_DAYS[following.value - 1]
        )

    def _bare_day_ends(self, at: int) -> bool:
        """Whether the bare number at ``at`` ends its date: nothing after it that would make it
        a count, the start of a numeric date or another month's day ("… ahayd 30." but not "30
        maalmood", "30 March", "30/3")."""
        following = self.units[at + 1] if at + 1 < self.n else None
        return following is None or (
            following.kind == "sign"
            and following.text in ".,;)"
            and not (following.glued and at + 2 < self.n and self.units[at + 2].glued)
        )

    def year_before(self) -> None:
        """A year before the month (and its day), marked as such: "১৪৪৭ হিজরির শাবান মাসের
        প্রথম দিন", "1447/2026 yılı Ramazan", "Hijri 1446, Muharram 1", "2024-yil 11-mart",
        "2024 жылғы 11 наурыз", "ஹிஜ்ரி 1445 ரமழான்" (the era before the year)."""
        if self.year is not None:
            return
        units, j, marked, skipped = self.units, self.first - 1, 0, 0
        era_marked = linked = False
        while j >= 0 and skipped < 4:
            if entry_of(units[j], FILL_MY) or entry_of(units[j], self.era_kind):
                marked += 1
                era_marked = era_marked or entry_of(units[j], self.era_kind) is not None
            elif entry_of(units[j], FILL_DM) and (marked or (j > 0 and entry_of(units[j - 1], FILL_MY))):
                # "1445ھ کے ماہ رمضان" (the month of Ramadan of 1445 AH), Pashto "۱۴۴۳ هجری قمری
                # کال د ذالحجې" (Dhu al-Hijjah of the year 1443 AH)
                linked = True
            elif not (
                (sign(units[j], "-.") and units[j].glued)  # "2024-yil", "2023 ж."
                or (units[j].kind == "word" and _is_ordinal_word(units[j].text))  # "1446 ஆம் ஆண்டின்"
                or (skipped == 0 and sign(units[j], ",") and self._year_word_before(j))  # "2023-ж., 23-март"
                or (sign(units[j], ")") and j > 1 and entry_of(units[j - 1], self.era_kind) is not None)
                # a year with its era in brackets: "২০২৬ খ্রিস্টাব্দের (১৪৪৭ হিজরি) পবিত্র রমজান মাসের"
            ):
                break
            j -= 1
            skipped += 1
        if (
            not marked
            and j >= 1
            and self.first == self.k
            and is_year(units[j])
            and (entry_of(units[j - 1], self.era_kind) or (j >= 2 and entry_of(units[j - 2], self.era_kind)))
        ):
            marked = 1  # "ஹிஜ்ரி 1445 ரமழான்", "Hijriy-qamariy 1445 yil Ramazon": the era before the year
        if not marked and j == self.first - 1:
            before = j
            if (
                self.calendar == HIJRI
                and j >= 3
                and sign(units[j], ")")
                and sign(units[j - 2], "(")
                and is_year(units[j - 1])
                and units[j - 1].value > HIJRI_YEAR_LIMIT
            ):
                before = j - 3  # "1447 (2026) Ramazan ayının": the Gregorian year in brackets
            if self._year_before_month_noun(before):
                marked, j = 1, before  # "2025’de mart ayına denk geliyor", "1447 Ramazan ayı"
        if (
            j > 1
            and sign(units[j], ",")
            and units[j - 1].kind == "num"
            and entry_of(units[j - 2], self.era_kind)
        ):
            j -= 1  # "Hijri 1446, Muharram 1"
            marked += 1
        # A year word after it makes an ordinal year a year: "ஹிஜிரி 1446-ம் ஆண்டின்", "1445ம்
        # ஹிஜ்ரி ஆண்டின்" (the 1446th year), where the suffix would otherwise say a day.
        ordinal_year = marked and units[j].kind == "num" and len(units[j].text) == 4 and units[j].ordinal
        # the era before the year marks it too: "hijriy 1448-yil 25-jumodus soniy"
        era_at = j - 2 if j >= 2 and sign(units[j - 1], ".") else j - 1  # (its stop: "г. х. 1448")
        era_marked = era_marked or (
            marked > 0 and era_at >= 0 and entry_of(units[era_at], self.era_kind) is not None
        )
        # a Hijri year of the first century with its year word before a day and its month: "45-yil
        # 3-Muharram" (what the uzbek style writes of those years; a day is never so marked)
        # a Hijri year of the first century with its era and its year word before a day and its
        # month: "hijriy 45-yil 3-Muharram" (what the uzbek style writes of those years); without
        # the era a number and "year" are a count ("45 tahun 1 Ramadhan": 45 years; a review)
        first_century = (
            marked
            and era_marked
            and self.calendar == HIJRI
            and self.day is not None
            and is_short_year(units[j])
        )
        if not (marked and self.free(j) and (is_year(units[j]) or ordinal_year or first_century)):
            return
        if linked and not era_marked:
            return  # a day-month filler between: only a year with its era mark ("2024 کی ماہ رمضان")
        first = self.first
        self.year, self.first = units[j].value, j
        if (
            marked
            and era_at >= 0
            and self.free(era_at)
            and entry_of(units[era_at], self.era_kind) is not None
        ):
            # the era before the year is the date's: "Hijriy 1446-yil 1-Ramazon", "Хижри 1446
            # жылғы 1 Рамазан" (a review: the line's span left it out)
            self.first = era_at
            if self.era is None:
                self.era = era_at
        if (
            self.calendar == HIJRI
            and self.year > HIJRI_YEAR_LIMIT
            and j > 1
            and sign(units[j - 1], "/-")
            and is_year(units[j - 2])
            and j - 2 not in self.used
            and units[j - 2].value <= HIJRI_YEAR_LIMIT
        ):
            self.year, self.first = units[j - 2].value, j - 2  # "1447/2026 yılı": the Hijri one
        elif self.calendar == HIJRI and self.year > HIJRI_YEAR_LIMIT and not era_marked:
            # "2018 елда Рамазан аеның башлану көне 16 майга": a year past the Hijri years with a
            # year word, no era, before a Hijri month is the Gregorian half's (as in year_first)
            self.year, self.first = None, first
            self.loose_year, self.loose_year_unit = units[j].value, j

    def _year_before_month_noun(self, j: int) -> bool:
        """Whether the number at ``j``, straight before a Gregorian month with no day, is its
        year, the word for "month" after the name saying the month is meant whole: "Ramazan’ın
        birinci günü 2025’de mart ayına denk geliyor" (the first day of Ramadan falls in 2025 in
        the month of March), "1447 Ramazan ayı" (the month of Ramadan of 1447; a held-out
        line). Only a year of the month's calendar in our times, written in four digits."""
        units, after = self.units, self.k + 1
        years = range(HIJRI_YEAR_LIMIT + 1, 10000) if self.calendar == GREGORIAN else range(1300, 1601)
        return (
            self.calendar in (GREGORIAN, HIJRI)
            and self.day is None
            and self.first == self.k
            and j >= 0
            and units[j].kind == "num"
            and len(units[j].text) == 4
            and not units[j].ordinal
            and units[j].value in years
            and after < self.n
            and units[after].text in _MONTH_NOUNS
        )

    def _second_of_two_said_alike(self, j: int) -> bool:
        """Whether the day at ``j`` is the second of two days said alike, an "or" between
        and the same word before each: "يوم 16 أو يوم 17 من يوليو" (the 16th or the 17th of
        July), "le 16 ou le 17 juillet": one of two days, so no day."""
        units = self.units
        return (
            j > 3
            and units[j - 1].kind in ("word", "lex")
            and units[j - 2].text in _OR
            and is_day(units[j - 3])
            and j - 3 not in self.used
            and units[j - 4].text == units[j - 1].text
        )

    def _second_of_two_weekdays(self, j: int) -> bool:
        """Whether the day at ``j`` is the second of two days each said with its weekday, an
        "or" between: "sera célébrée le lundi 09 ou le mardi 10 septembre 2019", "on Monday 9
        or Tuesday 10 September": one of two days, so no day."""
        units, k = self.units, j - 1
        if not (k > 2 and entry_of(units[k], WEEKDAY)):
            return False
        k -= 1
        if units[k].kind in ("word", "lex") and units[k].text in _ARTICLES_BEFORE_WEEKDAY:
            k -= 1  # "le mardi"
        return units[k].text in _OR and is_day(units[k - 1]) and k - 1 not in self.used

    def _year_word_before(self, j: int) -> bool:
        """A year word (or its abbreviation with its full stop) right before unit ``j``."""
        units = self.units
        if j > 1 and sign(units[j - 1], ".") and units[j - 1].glued:
            j -= 1
        return j > 0 and entry_of(units[j - 1], FILL_MY) is not None

    def day_after_month_word(self) -> None:
        """ "ஹிஜ்ரி 1444 துல் ஹிஜ்ஜஹ் மாதம் 29", "ҳижрий 1447-йил Рамазон ойи 1": a year marked
        before the month sets the order year, month, day, so the bare number after the word
        for "month" is the day (elsewhere a day's number after a filler needs its suffix or
        its word for "day": "Ramazan ayının 11-ci günü"). Not the start of a numeric date or
        a time, nor the other calendar's day ("… ойи 16 майда")."""
        if self.day is not None or self.year is None or self.first >= self.k:
            return
        units, probe = self.units, self.last + 1
        if not (probe + 1 < self.n and entry_of(units[probe], FILL_DM) and is_day(units[probe + 1])):
            return
        probe += 1
        after = units[probe + 1] if probe + 1 < self.n else None
        if not self.free(probe) or (
            after is not None
            and (
                after.kind == "num"
                or (after.kind == "word" and after.text not in _COORDINATORS)  # "… له ۲۵ او د …": and
                or is_month(after)
                or (after.glued and sign(after, "/:.-"))
            )
        ):
            return
        self.day, self.last = units[probe].value, probe

    def year_first(self) -> None:
        """ "2024 ஜூலை 7"."""
        k = self.k
        if (
            self.year is None
            and self.day is not None
            and self.first == k
            and self.free(k - 1)
            and is_year(self.units[k - 1])
        ):
            if self.calendar == HIJRI and self.units[k - 1].value > HIJRI_YEAR_LIMIT:
                # "2024 Muharrem ayı ilk günü 7 Temmuz": the Gregorian half's year
                self.loose_year, self.loose_year_unit = self.units[k - 1].value, k - 1
                return
            self.year, self.first = self.units[k - 1].value, k - 1

    def new_year(self) -> Half | None:
        """ "Islamic New Year 1447 AH", "رأس السنة الهجرية 1447": 1 Muharram of the year that
        follows the name, a Hijri one (with its era, or in the Hijri range); no date without
        one, nor where a day and a month follow ("Tahun Baru Islam 1 Muharram 1445 H"). The
        day is known before the year is read, so the year may stand after a spaced dash as a
        day's does ("Viti i Ri sipas kalendarit islam – 1439")."""
        self.day = 1
        self.year_after(self.k + 1)
        if self.year is None and not self.colloquial and self.last == self.k:
            return self.new_year_unsaid()
        if self.year is None or self.colloquial or self.year > HIJRI_YEAR_LIMIT:
            return None
        if self.last + 1 < self.n and is_month(self.units[self.last + 1]):
            return None
        return self.half()

    def feast(self, day: int) -> Half | None:
        """ "Eid al-Adha 1445 AH", "عيد الفطر المبارك لعام 1443 هجرية", "the first day of Idul
        Fitri 1444 H": the feast's day of the Hijri year that follows its name (see
        :data:`datelines.names.hijri_months.FEAST_NAMES`); no date without that year (``extract``
        opens no window at a feast's name: the prefilter's automaton has no room for them),
        where a day and a month follow, or where another day than its first is named ("the
        second day of Eid al-Fitr 1445"). Without a year after it, the feast's day of a year
        unsaid, kept as a bare half that is a date only where the words tie it to a day ("Eid
        al-Fitr will be celebrated on Wednesday, 10 April 2024": see
        :func:`datelines._read.pairs.pair_halves`)."""
        self.day_before()
        if (self.day is not None and self.day != 1) or _another_day_of_the_feast(
            self.units, self.first, self.k
        ):
            return None
        self.day = day
        r = self.k + 1
        while r < self.n and entry_of(self.units[r], HONORIFIC):  # "عيد الفطر المبارك لعام 1443"
            self.last, r = r, r + 1
        named = self.last
        self.year_after(r)
        if (
            self.colloquial
            and self.year is not None
            and self.year <= _LAST_GREGORIAN_YEAR
            and not self._hijri_year_beside(self.last)
        ):
            # The year of our era: the feast of that year ("Idul Fitri 2024 jatuh pada Rabu, 10
            # April 2024"), or a Gregorian date begun with its year ("Qurbon hayiti 2024-yil
            # 16-iyun kuni nishonlanadi"): the Hijri year unsaid, as without one.
            self.year, self.last, self.colloquial = None, named, False
        if self.year is None and not self.colloquial and self.short_year is None and self.last == named:
            if self.last + 1 < self.n and is_month(self.units[self.last + 1]):
                return None  # "Idul Fitri 1 Syawal …": the month's date says it
            return Half(
                HIJRI, None, self.entry.value, day, self.first, self.last, self.k, None, False,
                tuple(self.languages), bare=True,
            )  # fmt: skip
        if self.year is None or self.colloquial or self.year > HIJRI_YEAR_LIMIT:
            return None
        if self.last + 1 < self.n and (
            is_month(self.units[self.last + 1])
            # another calendar's year: "ঈদুল ফিতর ১৪৩১ বঙ্গাব্দ" (a review)
            or any(entry_of(self.units[self.last + 1], kind) for kind in (GERA, SERA, BERA))
        ):
            return None
        return self.half()

    def _hijri_year_beside(self, year: int) -> bool:
        """Whether a Hijri year follows the year at ``year`` past a sign: "#AidAlFitr 2025-1446/H"
        says the feast's Hijri year after the year of our era (read as the pair of years)."""
        units, after = self.units, year + 2
        return (
            after < self.n
            and units[year + 1].kind == "sign"
            and units[after].kind == "num"
            and len(units[after].text) == 4
            and units[after].value <= HIJRI_YEAR_LIMIT
        )

    def new_year_unsaid(self) -> Half:
        """ "ஹிஜ்ரி புதிய ஆண்டு ஜூலை 7-ந் தேதி" (the Hijri new year, on 7 July), "The Islamic New
        Year falls on Sunday, 7 July 2024": a new year named without its year is 1 Muharram of
        a year unsaid. Kept as a bare half, a day only where it pairs (see
        :func:`datelines._read.pairs.pair_halves`): alone, the name is a feast's, no date."""
        k = self.k
        return Half(HIJRI, None, 1, 1, k, k, k, None, False, tuple(self.languages), bare=True)

    def half(self) -> Half | None:
        extra: dict[str, object] = (
            {"colloquial": True, "before_year": self.before_year}
            if self.colloquial and self.year is not None
            else {}
        )
        if self.year is None and self.short_year is not None:
            extra.update(short_year=self.short_year, short_year_unit=self.short_year_unit)
        if self.loose_year is not None:
            extra.update(loose_year=self.loose_year, loose_year_unit=self.loose_year_unit)
        languages = tuple(self.languages)
        if self.day is None and self.year is None:
            # A month name alone is not a date; a Hijri one may still take a year that
            # follows with its era mark ("the month of Ramadan. For this year 1445 AH"), so
            # it is kept as a bare half, which is merged so or dropped before pairing.
            if self.calendar != HIJRI:
                return None
            return Half(self.calendar, None, self.entry.value, None, self.k, self.last, self.k, None, False,
                        languages, bare=True, loose_year=self.loose_year,
                        loose_year_unit=self.loose_year_unit)  # fmt: skip
        return Half(
            self.calendar, self.year, self.entry.value, self.day, self.first, self.last, self.k, self.era, False,
            languages, **extra,  # type: ignore[arg-type]  # the optional fields, by name
        )  # fmt: skip


_FEAST_OTHER_DAYS: Final = frozenset(fold(word) for word, _ in FEAST_OTHER_DAYS)
_CONSTRUCT_DAYS: Final = {tuple(fold(spelling).split()): day for spelling, day, _ in CONSTRUCT_DAY_WORDS}


def _year_with_its_word_ends(units: Sequence[Unit], j: int) -> bool:
    """Whether unit ``j`` is a year word after its year, joined by a hyphen or not:
    "2026-yil", "2026 жылғы"."""
    if j < 1 or entry_of(units[j], FILL_MY) is None:
        return False
    y = j - 2 if j >= 2 and sign(units[j - 1], "-") and units[j - 1].glued else j - 1
    return is_year(units[y]) and len(units[y].text) == 4


def _year_word_then_date(units: Sequence[Unit], j: int) -> bool:
    """Whether the year at ``j`` has its year word after it and a day or a month next:
    "1448-yil 28-Jumodul oxir", "1448 жылғы 28 …"."""
    n = len(units)
    if not (is_year(units[j]) and len(units[j].text) == 4):
        return False
    w = j + 2 if j + 2 < n and sign(units[j + 1], "-") and units[j + 1].glued else j + 1
    return (
        w + 1 < n
        and entry_of(units[w], FILL_MY) is not None
        and (is_day(units[w + 1]) or is_month(units[w + 1]))
    )


def _another_day_of_the_feast(units: Sequence[Unit], first: int, k: int) -> bool:
    """Whether a word for another day of a feast than its first, or for its eve, stands within
    a few units of its name (see :data:`datelines.names.words.FEAST_OTHER_DAYS`), or an
    ordinal day other than the first ("the second day of Eid al-Fitr 1445", "عیدالفطر کا
    دوسرا دن")."""
    for j in (*range(max(0, first - 4), first), *range(k + 1, min(len(units), k + 4))):
        unit = units[j]
        if unit.text in _FEAST_OTHER_DAYS:
            return True
        found = entry_of(unit, DAYWORD)
        if found is not None and found.value != 1:
            return True
    return False


def _month_entry(unit: Unit) -> Entry | None:
    """The unit's Hijri month entry, else its Gregorian one, else its Solar Hijri one, else
    its Bengali one: one pass over its entries (most lexicon units are no month)."""
    found: Entry | None = None
    rank = 4
    for entry in unit.entries:
        kind = entry.kind
        if kind == HMONTH:
            return entry
        if kind == GMONTH and rank > 1:
            found, rank = entry, 1
        elif kind == SMONTH and rank > 2:
            found, rank = entry, 2
        elif kind == BMONTH and rank > 3:
            found, rank = entry, 3
    return found


def _month_half(units: Sequence[Unit], k: int, used: set[int]) -> Half | None:
    entry = _month_entry(units[k])
    if entry is None or (entry.spelling in DESCRIBED and _named_after(units, k)):
        return None
    if entry.spelling in _FEASTS and not _after_month_noun(units, k):
        return None  # "ranar Ƙaramar Sallah": the feast's day, not its month
    reading = _MonthHalf(units, k, used, entry)
    if entry.spelling in NEW_YEARS:
        return reading.new_year()
    if entry.spelling in FEAST_DAYS:
        return reading.feast(FEAST_DAYS[entry.spelling])
    reading.day_before()
    r = reading.day_after(reading.after_name())
    reading.year_after(r)
    reading.day_word_after()
    reading.year_before()
    reading.day_after_month_word()
    reading.year_first()
    half = reading.half()
    return None if half is not None and _numbered_list_item(units, half) else half


def _numbered_list_item(units: Sequence[Unit], half: Half) -> bool:
    """Whether the text is only a month name numbered with its own place in the year, as an
    item of a list of the months ("1. Muharrem ul Haram", "9. Ramazan"): the number counts
    the months, it is no day. A day said so has words about it ("nastupa 1. muharrema") or
    a year ("1. Muharrem 1446")."""
    return (
        half.calendar == HIJRI
        and half.year is None
        and half.day is not None
        and half.day == half.month
        and half.first == 0
        and half.last == len(units) - 1
        and len(units) > 1
        and sign(units[1], ".")
    )


def _hyphened_filler(units: Sequence[Unit], at: int) -> bool:
    """Whether a hyphen at ``at`` joins a filler to the word before it: Bengali writes the
    genitive of a foreign name so ("রবিউল আউয়াল-এর বারো তারিখে", on the twelfth of Rabi
    al-Awwal)."""
    return (
        sign(units[at], "-")
        and units[at].glued
        and at + 1 < len(units)
        and units[at + 1].glued
        and entry_of(units[at + 1], FILL_DM) is not None
    )


def _appositive_width(units: Sequence[Unit], at: int) -> int:
    """How many units from ``at`` say that the number after them is the month's day, as its
    last or as today ("Ramazan ayının son günü olan 30. günün akşamı", the evening of the 30th
    day, Ramadan's last; "রমজানের শেষ এবং ২৯তম দিন", Ramadan's last and 29th day; "Shacbaan ay
    maanta ahayd 30", Sha'ban, which today was the 30th); 0 when they do not (see
    :data:`datelines.names.words.MONTH_DAY_APPOSITIVES`)."""
    for words in _APPOSITIVES_BY_FIRST.get(units[at].text, ()):
        end = at + len(words)
        if end <= len(units) and all(units[at + i].text == word for i, word in enumerate(words)):
            return len(words)
    return 0


def _after_month_noun(units: Sequence[Unit], k: int) -> bool:
    """Whether the word for "month" stands straight before unit ``k`` ("watan Ƙaramar Sallah",
    "30 ga watan …": the last word of a filler of several)."""
    return k > 0 and units[k - 1].kind in ("word", "lex") and units[k - 1].text.split()[-1] in _MONTH_NOUNS


def _counts_something_else(units: Sequence[Unit], at: int) -> bool:
    """Whether the ordinal after a month counts something other than its days: a weekday or
    a word that is not a word for "day" follows it ("رمضان کا دوسرا جمعہ", the second Friday
    of Ramadan; "کا دوسرا ریلیف پیکج"; "محرم کی دسویں مجلس"; "Mübarek ayın ilk cuması")."""
    if (
        at + 1 >= len(units)
        or " " in units[at].text
        or units[at].text in INFLECTED_DAY_WORDS
        or units[at].text.endswith(_UNSPACED_DAY_NOUNS)
    ):
        # at the end, a day word with its noun in it ("पहली तारीख", "第一日"), or its ending ("ഒന്നിനാണ്")
        return False
    following = units[at + 1]
    if _counts_days(units, at):
        return True  # "रमज़ान के दस दिन" (the ten days of Ramadan)
    if entry_of(following, WEEKDAY) is not None:
        day = entry_of(units[at], DAYWORD)
        return day is None or day.language not in WEEKDAY_AFTER_DATE
    return (
        following.kind == "word"
        and not following.text.startswith(_DAY_NOUN_STEMS)  # "günü", "gününe", "دن", "तारीख"
        and following.text not in _POSTPOSITIONS  # "رمضان کی پہلی کو" (on the first of Ramadan)
        and not _is_ordinal_word(following.text)
    )


def _cardinal_of_another_language(units: Sequence[Unit], at: int, month: int) -> bool:
    """Whether the day word at ``at`` is a cardinal of a language that does not write the
    month at ``month`` so: a word of another language that looks like it."""
    readers = _CARDINAL_LANGUAGES.get(units[at].text)
    if readers is None:
        return False
    written = LEXICON.languages.get(skeleton(units[month].text), frozenset())
    return not (readers & (written | {entry.language for entry in units[month].entries}))


def _length_after_month(units: Sequence[Unit], at: int) -> bool:
    """Whether the number at ``at``, after a month's name, is its length or one of two: a
    word for "days" after it ("رمضان 30 دن کا ہوتا ہے", Ramadan is of 30 days) or "or" and
    another number ("Ramadan 29 or 30", "رمضان 30 یا 29 دن"), not a day of the month; not
    the other half's day, with its month after it ("Ramadhan 1 atau 11 Maret 2024")."""
    if units[at].ordinal or at + 1 >= len(units):
        return False
    following = units[at + 1]
    if following.text in _COUNTED_DAYS:
        return True
    return (
        following.text in _OR
        and at + 2 < len(units)
        and units[at + 2].kind == "num"
        and not (at + 3 < len(units) and is_month(units[at + 3]))  # the other half's day
    )


def _counts_days(units: Sequence[Unit], at: int) -> bool:
    """Whether the day word at ``at`` is a cardinal with a word for "days" after it: a count
    ("दस दिन", "تیس روز"), not a date."""
    return units[at].text in _CARDINAL_DAYS and at + 1 < len(units) and units[at + 1].text in _COUNTED_DAYS


def _described(unit: Unit) -> bool:
    """Whether the unit is a month said by description ("holy month")."""
    found = entry_of(unit, HMONTH)
    return found is not None and found.spelling in DESCRIBED


def _named_after(units: Sequence[Unit], k: int) -> bool:
    """Whether a month said by description has its name said: right after it ("bulan suci
    Muharram", "Mwezi Mtukufu wa Ramadhani", "الشهر الكريم رمضان"), or anywhere in its sentence
    ("Dhul Hijjah, a holy month for Muslims, …"), another month than the description's: then
    the name says which month it is."""
    for index in range(k + 1, min(len(units), k + 5)):
        unit = units[index]
        if (found := entry_of(unit, HMONTH)) is not None:
            return found.spelling not in DESCRIBED
        if not (
            entry_of(unit, FILL_DM)
            or entry_of(unit, FILL_MY)
            or entry_of(unit, HONORIFIC)
            or sign(unit, ",(")
        ):
            break
    described = entry_of(units[k], HMONTH)
    first, last = _sentence_of(units, k)
    return any(
        (found := entry_of(units[index], HMONTH)) is not None
        and found.spelling not in DESCRIBED
        and (described is None or found.value != described.value)
        for index in range(first, last + 1)
        if index != k
    )


_GLUED_MONTH_NOUNS: Final = tuple(noun for noun, _ in MONTH_NOUNS_GLUED_BEFORE)
# The words that say the number after them is a date's day: Thai "วันที่" (the day numbered),
# glued to what goes before ("ตรงกับวันที่ 23").
_DAY_NUMBER_WORDS: Final = tuple(fold(word) for word in ("วันที่",))


def _iso_day(units: Sequence[Unit], j: int) -> bool:
    """Whether the number at ``j`` ends a date written year first with dashes, "2025-06-21":
    the day of that date, not of a month named after it ("Khordad 31, 1404 - 2025-06-21
    Khordad 31, 1404 - …" had "21 Khordad" read, and both lines lost; review 63c)."""
    return (
        j > 3
        and sign(units[j - 1], "-")
        and sign(units[j - 3], "-")
        and units[j - 2].kind == "num"
        and len(units[j - 2].text) <= 2
        and units[j - 4].kind == "num"
        and len(units[j - 4].text) == 4
        and all(units[k].glued for k in range(j - 3, j + 1))
    )


def _is_day_number_word(unit: Unit) -> bool:
    return unit.kind in ("word", "lex") and unit.text.endswith(_DAY_NUMBER_WORDS)


def _whole_short_names() -> frozenset[str]:
    """Month names of up to five letters that are a language's whole name for the month
    ("may", "april", "juin", "rajab"), not an abbreviation of a longer one ("sept", "janv")."""
    whole: set[str] = set()
    for table in (gregorian_months.MONTHS, hijri_months.MONTHS):
        for spellings in table:
            longest: dict[str, int] = {}
            for spelling, language in spellings:
                longest[language] = max(longest.get(language, 0), len(fold(spelling)))
            whole.update(
                fold(spelling)
                for spelling, language in spellings
                if len(fold(spelling)) <= 5 and len(fold(spelling)) == longest[language]
            )
    return frozenset(whole)


_WHOLE_SHORT_NAMES: Final = _whole_short_names()


def _sentence_of(units: Sequence[Unit], k: int) -> tuple[int, int]:
    """The first and last unit of the sentence unit ``k`` stands in."""
    first = k
    while first > 0 and not _sentence_end(units, first - 1):
        first -= 1
    last = k
    while last + 1 < len(units) and not _sentence_end(units, last + 1):
        last += 1
    return first, last


def _sentence_end(units: Sequence[Unit], index: int) -> bool:
    """A full stop (or ; ! ?) with a space or nothing after it: not the dot of "19.00", "1."."""
    unit = units[index]
    if unit.kind == "sign" and unit.text == "\u3002":
        return True  # the ideographic full stop, which Chinese and Japanese write without a space after it
    return (
        unit.kind == "sign"
        and unit.text in ".;!?"
        and (index + 1 == len(units) or not units[index + 1].glued)
        and not (index > 0 and units[index - 1].kind == "num" and len(units[index - 1].text) <= 2)
        and not (index > 0 and _keeps_its_stop(units[index - 1]))
        and not _year_word_cut_short(units, index)
    )


_CUT_SHORT: Final = frozenset(YEAR_WORDS_CUT_SHORT)
_ABBREVIATED: Final = frozenset(YEAR_ABBREVIATIONS)
_YEAR_WORDS_BEFORE_ERA: Final = frozenset(fold(word) for word in YEAR_WORDS_BEFORE_ERA)
# The languages whose ordinal day stands before its month ("второго марта"), and the most days
# each Gregorian month has.
_DAY_WORD_BEFORE_MONTH: Final = frozenset(("ru", "uk"))
_GREGORIAN_MONTH_DAYS: Final = (31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31)


def _year_word_cut_short(units: Sequence[Unit], index: int) -> bool:
    """A stop after "year" cut short: the abbreviation's ("2012. g. / 12. rebiu"), but before
    a word of no table, the next sentence's; Russian "г." always ("1445 г. пришлось на …")."""
    before = units[index - 1] if index > 0 else None
    if before is None or before.kind != "lex":
        return False
    spellings = {entry.spelling for entry in before.entries}
    if not _ABBREVIATED.isdisjoint(spellings):
        return True
    return not _CUT_SHORT.isdisjoint(spellings) and (
        index + 1 == len(units) or units[index + 1].kind != "word"
    )


def _keeps_its_stop(unit: Unit) -> bool:
    """An era or a month whose spelling in the tables ends with its full stop ("พ.ศ.", "ฮ.ศ.",
    "ม.ค."): the stop after it is the abbreviation's, no sentence's end."""
    if unit.kind != "lex":
        return False
    # (a stop inside too: "там." is also Russian "there", "жел." Kazakh "wind": a review)
    return any(
        entry.kind in (HERA, GERA, GMONTH, HMONTH)
        and entry.spelling.endswith(".")
        and "." in entry.spelling[:-1]
        for entry in unit.entries
    )


# --- halves in digits, and years with their era ----------------------------------------------


def _numeric_half(units: Sequence[Unit], i: int, used: set[int]) -> Half | None:
    """1439/11/29, 29/12/1437, ٩ /١١ /١٤٤١هـ, (25/6/2017), and (10/4) in brackets."""
    n = len(units)
    if i + 2 >= n or any(j in used for j in range(i, min(i + 5, n))):
        return None
    a, separator, b = units[i], units[i + 1], units[i + 2]
    if not (
        a.kind == "num"
        and b.kind == "num"
        and separator.kind == "sign"
        and separator.text in _DATE_SEPARATORS
    ):
        return None
    if (
        i > 1
        and sign(units[i - 1], "/-.:")
        and units[i - 1].glued
        and units[i - 2].kind == "num"
        and i - 2 not in used
    ):
        # inside a run of numbers, unless what precedes is a half: "1437-04-10/2016-01-20";
        # a sign glued to a word ends it: "29 رجب الموافق: 2025/01/30م"
        return None
    if (
        i + 4 < n
        and sign(units[i + 3], separator.text)
        and units[i + 3].glued
        and units[i + 4].kind == "num"
        and units[i + 4].glued
        and len(a.text) <= 2
        and len(b.text) <= 2
        and len(units[i + 4].text) == 2
        and not (
            i + 6 < n and sign(units[i + 5], "/-.:") and units[i + 5].glued and units[i + 6].kind == "num"
        )
        and 1 <= a.value <= 31
        and 1 <= b.value <= 12
    ):
        # "(07-06-24)", "24.3.25": day, month and a year of two digits, whose century only a
        # partner fixes (see pairs); no calendar of its own.
        return Half(None, None, b.value, a.value, i, i + 2, None, None, True,
                    short_year=units[i + 4].value, short_year_unit=i + 4)  # fmt: skip
    if i + 4 < n and sign(units[i + 3], separator.text) and units[i + 4].kind == "num":
        c = units[i + 4]
        last = i + 4
        if len(a.text) == 4:
            year, month, day = a.value, b.value, c.value
        elif len(c.text) == 4:
            year, month, day = c.value, b.value, a.value
            if month > 12 >= day:
                month, day = day, month
        else:
            return None
        if year < 1 or (not (1 <= month <= 12 and 1 <= day <= 31) and not _typed_date(units, i, last)):
            return None
        ambiguous = len(c.text) == 4 and day <= 12 and month <= 12 and day != month
        calendar: CalendarKind | None = HIJRI if year <= HIJRI_YEAR_LIMIT else GREGORIAN
        if (
            calendar == HIJRI
            and year <= SOLAR_NUMERIC_LIMIT
            and units[i].persian_digits
            and not lunar_year_placed(units, i if len(a.text) == 4 else i + 4, _NUMERIC_PARTNER_REACH)
            and not _gregorian_year_of_another(units, i if len(a.text) == 4 else i + 4)
        ):
            calendar = SOLAR  # "۱۴۰۴/۰۷/۰۷": Persian digits and a year of this Solar Hijri century
        era = None
        for kind, named in _ERAS:
            if (at := era_after(units, last, kind)) is not None:
                if named == HIJRI and year > HIJRI_YEAR_LIMIT and _labels_what_follows(units, at):
                    break  # "Academic Date 05/05/2019 Hijri Date 30 Shabaan - 1440": the next date's label
                era, last, calendar = at, at, named
        return Half(calendar, year, month, day, i, last, None, era, True, ambiguous_order=ambiguous)
    # Day and month alone count only in brackets, where a partner's year is near: "Rabu (10/4)".
    if i > 0 and sign(units[i - 1], "(") and i + 3 < n and sign(units[i + 3], ")"):
        day, month = a.value, b.value
        if 1 <= day <= 31 and 1 <= month <= 12 and len(a.text) <= 2 and len(b.text) <= 2:
            return Half(None, None, month, day, i, i + 2, None, None, True)
    return None


_DATE_LABELS: Final = frozenset(fold(word) for word, _ in FEAST_LABELS)  # "date", "tarikh", "التاريخ" …


def _labels_what_follows(units: Sequence[Unit], era: int) -> bool:
    """Whether the era word at ``era`` begins a label of the date after it, a word for "date"
    following it ("05/05/2019 Hijri Date 30 Shabaan - 1440", a university's calendar
    flattened into text: held-out set 23), rather than ending the date before it (a slip the
    checker reports: "07/07/2024 H bertepatan dengan …", review 58)."""
    following = era + 1
    return following < len(units) and units[following].text in _DATE_LABELS


def _typed_date(units: Sequence[Unit], i: int, last: int) -> bool:
    """Whether digits whose month or day cannot be one ("2025/13/01", "1446/09/00") are a
    date all the same, as a form's typed pair gives it: a year of four digits at one end, two
    digits at most for each of the others, and an era mark after it or a connector beside it
    ("1446/09/01هـ الموافق 2025/13/01م"). Read so, the checker says what is wrong (a trial: the
    half was dropped, and the line passed)."""
    a, b, c = units[i], units[i + 2], units[last]
    if _numbered(units, i) or _labelled_number(units, i):
        return False  # a reference number: "صدر القرار رقم 12/45/1445هـ" (a review)
    if not (
        (len(a.text) == 4) != (len(c.text) == 4)
        and max(len(a.text), len(c.text)) == 4
        and min(len(a.text), len(c.text)) <= 2
        and len(b.text) <= 2
    ):
        return False
    after = last + 1
    if after < len(units) and sign(units[after], ":"):
        after += 1
    return bool(
        any(era_after(units, last, kind) is not None for kind, _ in _ERAS)
        or (i > 0 and entry_of(units[i - 1], CONNECTOR))
        or (i > 1 and sign(units[i - 1], ":") and entry_of(units[i - 2], CONNECTOR))
        or (after < len(units) and entry_of(units[after], CONNECTOR))
        # a spaced slash after another date's year: "1 Ramadan 1446 / 2025-13-01"
        or (
            i > 1
            and sign(units[i - 1], "/")
            and not units[i - 1].glued
            and not units[i].glued
            and units[i - 2].kind == "num"
            and len(units[i - 2].text) == 4
        )
    )


def lunar_year_placed(units: Sequence[Unit], probe: int, reach: int | None = None) -> bool:
    """Whether another year of the text, of four digits, is the Gregorian or Solar Hijri
    year the number at ``probe`` falls in read as a lunar year: then that number is a lunar
    year of the past, not a Solar Hijri year of this century ("۲۲ رمضان ۱۴۱۹ - ۱۱ ژانویه
    ۱۹۹۹", a masthead of 1999; "۱۴۱۹-۰۱-۰۱/۱۹۹۸-۰۴-۲۷"). The two readings cannot be
    confused: a Solar year falls some 40 years after the same number read as lunar."""
    gregorian = 0.970229 * units[probe].value + 621.5643  # the years a lunar year falls in
    solar = gregorian - 621
    lo, hi = (0, len(units)) if reach is None else (max(0, probe - reach), min(len(units), probe + reach + 1))
    return any(
        units[index].kind == "num"
        and index != probe
        and len(units[index].text) == 4
        and min(abs(units[index].value - gregorian), abs(units[index].value - solar)) <= 1.5
        for index in range(lo, hi)
    )


def _gregorian_year_of_another(units: Sequence[Unit], probe: int) -> bool:
    """Whether the number at ``probe`` is the Gregorian year another year of the text, of
    four digits, falls in read as a lunar year ("۰۰۰۱-۰۱-۰۱/۰۶۲۲-۰۷-۱۹": 622 is the year of 1
    AH), so not a Solar Hijri year."""
    value = units[probe].value
    lo, hi = max(0, probe - _NUMERIC_PARTNER_REACH), min(len(units), probe + _NUMERIC_PARTNER_REACH + 1)
    return any(
        units[index].kind == "num"
        and index != probe
        and len(units[index].text) == 4
        and abs(value - (0.970229 * units[index].value + 621.5643)) <= 1.5
        for index in range(lo, hi)
    )


# How far (in units) a numeric date's partner year is looked for: the other date of its line
# ("۱۴۱۹/۰۱/۰۱ هـ ق برابر با ۱۹۹۸/۰۴/۲۷"), not a year the story names later ("قانون مصوب ۱۳۶۲").
_NUMERIC_PARTNER_REACH: Final = 10


def _year_half(units: Sequence[Unit], i: int) -> Half | None:
    """A year with an era mark: "1445 Hijriah", "2024 Masehi", "1440H", "2019M", "61 AH"."""
    unit = units[i]
    short = is_short_year(unit)
    # (an ordinal year with its year word is a year: "hicri 1173-cü ildə, miladi 1760-cı ildə",
    # the 1173rd year; held-out set 33)
    if not (is_year(unit) or short or _ordinal_year_before_word(units, i)):
        return None
    # Every era mark is a word of the tables, next to the year (a sign, a quote or the dot of
    # "1446. hidžretska", may stand between): a year with neither neighbour in the tables (most
    # numbers of running text) is no half.
    following = i + 2 if i + 1 < len(units) and units[i + 1].kind == "sign" else i + 1
    previous = i - 2 if i > 1 and sign(units[i - 1], ".") else i - 1  # "A.H. 1200"
    if not (
        (following < len(units) and units[following].entries) or (previous >= 0 and units[previous].entries)
    ):
        return None
    for kind, calendar in _ERAS:
        at = era_after(units, i, kind)
        if at is None and i + 1 < len(units) and entry_of(units[i + 1], FILL_MY):
            # The word for "year" between, before a spelled-out era: "1444 рік за Хіджрою",
            # "1445 год по хиджре".
            at = era_after(units, i + 1, kind)
            if at is not None and (len(units[at].text) < 3 or _other_era_before(units, i, kind)):
                at = None
        if at is None and _ordinal_year_word(units, i):
            # and after an ordinal year's full stop, where the era's language writes one: "2.
            # godine po hidžri", "1440. годину према хиџретском календару"
            at = era_after(units, i + 2, kind)
            found = None if at is None else entry_of(units[at], kind)
            if found is None or found.language not in ORDINAL_DOT_YEARS:
                at = None
        if (
            at is not None
            and calendar == HIJRI
            and unit.value > HIJRI_YEAR_LIMIT
            and at + 1 < len(units)
            and units[at + 1].text in _CALENDAR_NOUNS
        ):
            continue  # "the 2024 Hijri calendar": a year of our era's calendar (review 61)
        # A year of one or two digits only with a spelled-out era ("61 AH", not "5 H").
        if at is not None and not (short and len(units[at].text) < 2):
            if short and i > 1 and range_end(units, i - 2) is not None:
                # the end of a range, the era after both: "1710-11 AD" is 1710 to 1711, not 11
                return Half(calendar, units[i - 2].value, None, None, i - 2, at, None, at, False,
                            language(units[at], kind))  # fmt: skip
            return Half(calendar, unit.value, None, None, i, at, None, at, False, language(units[at], kind))
    if i == 0 or _numbered_date_after(units, i):
        return None
    # A number ending the text (a count, see _count_ending_text) is a year only with the other
    # calendar's beside it.
    ending = _count_ending_text(units, i)
    for kind, calendar in ((HERA, HIJRI), (GERA, GREGORIAN)):
        # The era before the year, spelled out: "Hijriga 1446", "Хиҗри 1446 ел", "милади 2024";
        # with the word for "year" between: "Islamic Hijri Year 1446"; its dotted abbreviation's
        # last stop between: "A.H. 1200".
        at = _era_before(units, i, kind)
        if at is None:
            continue
        before = units[at]
        letter = len(before.text) < 2
        if letter and (at == i - 1 or len(unit.text) < 3):
            continue  # (a letter alone is an era's only with its stop: "H.1193 / M.1779")
        # (asked only where it decides: a walk of the units around)
        beside = (
            None
            if not (short or ending or len(before.text) <= 2)
            # a letter's year only beside the year it converts to ("Section H.123 / M.456" is none)
            else _other_year_beside(units, at, i, kind, converting=letter)
        )
        if beside is False:
            continue
        if (
            (calendar == HIJRI) == (unit.value <= HIJRI_YEAR_LIMIT)
            # a Gregorian year of three digits, which no Hijri year of ours is: "എ ഡി 622"
            or (calendar == GREGORIAN and len(unit.text) <= 3)
            # the other calendar's year beside says which is which: "AH 390 (AD 1000)"
            or (beside if beside is not None else _other_year_beside(units, at, i, kind))
        ):
            last = i + 1 if i + 1 < len(units) and entry_of(units[i + 1], FILL_MY) else i
            return Half(calendar, unit.value, None, None, at, last, None, at, False, language(before, kind))
    return None


def _era_before(units: Sequence[Unit], i: int, kind: Kind) -> int | None:
    """The unit of an era mark of ``kind`` right before the year at ``i``, the word for "year"
    ("Islamic Hijri Year 1446") or a dotted abbreviation's last stop ("A.H. 1200") between."""
    at = i - 1
    if at < 0:
        return None
    if (
        at > 0
        and not (entry_of(units[at], kind) and units[at].kind != "sign")
        and (
            entry_of(units[at], FILL_MY)
            # a dotted abbreviation's last stop ("A.H. 1200"), or a letter's ("H.1193 / M.1779")
            or (sign(units[at], ".") and ("." in units[at - 1].text or _letter_alone(units, at - 1)))
        )
    ):
        at -= 1
    return at if entry_of(units[at], kind) else None


def _letter_alone(units: Sequence[Unit], at: int) -> bool:
    """Whether the unit at ``at`` is a letter standing alone, not the last of initials run
    together ("C.H. 1200": a review; "t.y. H.1300/M.1883" is a book's "no year", then the era)."""
    return len(units[at].text) == 1 and not (
        at > 1 and units[at].glued and sign(units[at - 1], ".") and len(units[at - 2].text) == 1
    )


def _other_year_beside(
    units: Sequence[Unit], era: int, i: int, kind: Kind, *, converting: bool = False
) -> bool:
    """Whether the other calendar's year stands beside the year at ``i`` (its era of ``kind``
    at ``era``), past a slash or a bracket, with its own era or, bare, the year the first
    converts to: catalogues and scholars write both eras first, "AH 825/1422 AD", "AH 1200
    (AD 1786)", "A.H. 1200 (1786)", "AD 1786 / AH 1200" (an auction house's catalogue,
    held-out set 19). Only then is an era mark of two letters before a year one ("ah", "ad"
    are words too; "BC 480/479", "AD 100/170" are no dual dates: a review), or a year of one
    or two digits an era's ("AD 622 / AH 1"). ``converting``: the other year must be one the
    first converts to even with its era."""
    other = GERA if kind == HERA else HERA
    n = len(units)

    def beside(year: int) -> bool:  # the other calendar's year: its era just before or after it
        if units[year].kind != "num" or (not is_year(units[year]) and not is_short_year(units[year])):
            return False
        marked = _era_before(units, year, other) is not None or era_after(units, year, other) is not None
        if marked and not converting:
            return True
        hijri, gregorian = (
            (units[i].value, units[year].value) if kind == HERA else (units[year].value, units[i].value)
        )
        return len(units[year].text) >= 3 and _within_a_century(hijri, gregorian)

    last = i
    if (
        i + 2 < n
        and sign(units[i + 1], "-–")
        and units[i + 2].kind == "num"
        and len(units[i].text) <= len(units[i + 2].text) <= 4  # ("AH 999–1000": review 61d)
        and 0 < units[i + 2].value - units[i].value <= _YEARS_OF_A_REGISTER
    ):
        last = i + 2  # past the range's last year: "H.1217-1225 / M. 1802-1810" (a court register's years)
    after = next((at for at in range(last + 2, min(n, last + 5)) if units[at].kind == "num"), None)
    # (or a square bracket: "х.1334 [м.1916]", "H.1334 [M.1916]": held-out set 29)
    if last + 1 < n and after is not None and sign(units[last + 1], "/([") and beside(after):
        return True
    before = next((at for at in range(era - 2, max(-1, era - 5), -1) if units[at].kind == "num"), None)
    return before is not None and sign(units[era - 1], "/([") and beside(before)


_YEARS_OF_A_REGISTER: Final = (
    # the longest range of years whose first takes the other calendar's beside it: a
    # register's, or a life's ("(ھ. 270 – 324 / م. 883 – 936)", held-out set 29)
    100
)


def _hijri_mark_before(units: Sequence[Unit], year: int) -> bool:
    """Whether the era mark before the year at ``year`` (perhaps past its stop) is Hijri."""
    at = year - 2 if year > 1 and sign(units[year - 1], ".") else year - 1
    return at >= 0 and entry_of(units[at], HERA) is not None


def register_range_end(units: Sequence[Unit], year: int) -> int | None:
    """The last year of a register's range after its era ("H.1217-1225", "M. 1802-1810"):
    the year at ``year`` with an era mark just before it, a hyphen, and a later year of as
    many digits, at most _YEARS_OF_A_REGISTER on; else None."""
    n = len(units)
    if not (
        year + 2 < n
        and year > 0
        and (entry_of(units[year - 1], HERA) is not None or entry_of(units[year - 1], GERA) is not None
             or (year > 1 and sign(units[year - 1], ".")
                 and (entry_of(units[year - 2], HERA) is not None or entry_of(units[year - 2], GERA) is not None)))
        and sign(units[year + 1], "-–")
        and units[year + 2].kind == "num"
        # (as many digits, or more: "AD 980–1040", "AH 999–1000"; a Gregorian year of three at
        # least: not "AD 1 – 9 May": reviews 61c, 61d)
        and (2 if _hijri_mark_before(units, year) else 3) <= len(units[year].text) <= len(units[year + 2].text) <= 4
        and 0 < units[year + 2].value - units[year].value <= _YEARS_OF_A_REGISTER
    ):  # fmt: skip
        return None
    return units[year + 2].value


def _square_closed(units: Sequence[Unit], at: int) -> bool:
    """Whether a square bracket closes at ``at``, or after the end of a range of years there
    ("[1829–30]", "[1829/30]", "[1882-83 M]"): an editor's year, not a citation's ("[2010
    reprint]"; reviews 62b, 62c)."""
    n = len(units)
    if at < n and sign(units[at], "]"):
        return True
    if not (
        at + 1 < n
        and sign(units[at], "-–/")
        and units[at + 1].kind == "num"
        and len(units[at + 1].text) in (2, 4)
    ):
        return False
    after = at + 2
    if after < n and entry_of(units[after], GERA) is not None:
        after += 1
    return after < n and sign(units[after], "]")


def _within_a_century(hijri: int, gregorian: int) -> bool:
    """Whether a Gregorian year is within a hundred years of those a Hijri year spans: a
    catalogue's gloss of it, perhaps with a slip the checker reports ("AH 1127 (1717)", "H.1193
    / M.1789", "AH 1109 (1597-98)": a trial's historian), not a section's number ("Section
    H.123 / M.456", six centuries off)."""
    return abs(gregorian - (0.970229 * hijri + 621.5643)) <= 100


def converts(hijri: int, gregorian: int) -> bool:
    """Whether a Gregorian year holds part of a Hijri year (one of the two it spans, in the
    tabular calendar, which covers every year)."""
    if not 1 <= hijri < 9665:
        return False
    from datetime import timedelta

    from ..calendars import builtin_calendar
    from ..hijri import HijriDate

    civil = builtin_calendar("civil")
    first = civil.to_gregorian(HijriDate(hijri, 1, 1))
    last = civil.to_gregorian(HijriDate(hijri + 1, 1, 1)) - timedelta(days=1)
    return first.year <= gregorian <= last.year


def _day_value(unit: Unit) -> int | None:
    """The day a unit names, as a number ("1st", "13") or a day word ("first", "اول")."""
    if is_day(unit):
        return unit.value
    found = entry_of(unit, DAYWORD)
    return None if found is None else found.value


def _other_era_before(units: Sequence[Unit], i: int, kind: Kind) -> bool:
    """Whether another calendar's era, spelled out, stands right before the year at ``i``:
    the year is that era's, and the era after its word for "year" opens the next date:
    "হিজরী ১৪৩৬ সালের ইংরেজি ১৯/০৬/২০১৫" (of the Hijri year 1436, English 19/06/2015)."""
    if i == 0 or len(units[i - 1].text) < 3:
        return False
    return any(other != kind and entry_of(units[i - 1], other) for other, _ in _ERAS)


def _count_ending_text(units: Sequence[Unit], i: int) -> bool:
    """Whether the number at ``i``, of fewer than four digits, ends the text with nothing
    after it, not even a full stop: a count glued to a headline ("Kapan Puasa Ramadhan 2026
    Dimulai? Ini Perhitungannya Berdasarkan Kalender Hijriah 234", 234 views), not a year of
    the era word before it. A year of our centuries there is still read ("… Hijriah 1446")."""
    return i == len(units) - 1 and len(units[i].text) < 4


def _pilgrimage_year(units: Sequence[Unit], i: int) -> Half | None:
    """A Hijri year without an era word after the pilgrimage's name, a word for "this year"
    perhaps between: "si ay u gutan xajka sannadkan 1425" (to perform this year's hajj,
    1425). Only a year of the Hijra's last two centuries, not one in a run of figures."""
    unit = units[i]
    if len(unit.text) != 4 or unit.ordinal or unit.value not in BARE_HIJRI_YEARS or i == 0:
        return None
    noun = i - 2 if i > 1 and entry_of(units[i - 1], FILL_MY) else i - 1
    language = _PILGRIMAGES.get(units[noun].text)
    if language is None or _in_numeric_run(units, i, i):
        return None
    return Half(HIJRI, unit.value, None, None, noun, i, None, None, False, (language,))


def _ordinal_year_half(units: Sequence[Unit], i: int, used: set[int]) -> Half | None:
    """An ordinal year with its era spelled out, the year since the Hijra: the era before it and
    the word for "year" after ("hicretin 17. yılında", "ஹிஜ்ரி இரண்டாம் ஆண்டு"), or the
    word for "year" and the era after it, "of" and "the" between ("the second year of the
    Hijra", "the 2nd year AH"). ``i``: an ordinal in digits (a suffix, or the full stop of
    "17.") or a day word."""
    unit = units[i]
    if unit.kind == "num":
        if not 1 <= len(unit.text) <= 3 or unit.value < 1:
            return None
        noun = i + 1
        if not unit.ordinal:
            if not (noun < len(units) and sign(units[noun], ".") and units[noun].glued):
                return None
            noun += 1
        value = unit.value
    else:
        found = entry_of(unit, DAYWORD)
        if found is None or " " in unit.text:
            return None
        noun, value = i + 1, found.value
    if noun >= len(units) or noun in used or units[noun].text not in _ORDINAL_YEAR_NOUNS:
        return None
    if (
        i > 0
        and (i - 1) not in used
        and (era := entry_of(units[i - 1], HERA))
        and len(units[i - 1].text) >= 3
    ):
        return Half(HIJRI, value, None, None, i - 1, noun, None, i - 1, False, (era.language,))
    probe = noun + 1
    while probe < min(len(units), noun + 3) and units[probe].text in ("of", "the"):
        probe += 1
    if (
        probe < len(units)
        and probe not in used
        and (era := entry_of(units[probe], HERA))
        and len(units[probe].text) >= 2
    ):
        return Half(HIJRI, value, None, None, i, probe, None, probe, False, (era.language,))
    return None


def _slashed_hijri_years(units: Sequence[Unit], i: int) -> Half | None:
    """Two Hijri years one after the other, joined by a slash, with their era: "1436/37.
    hidžretska", "qamariyaning 1399/1400-y." (the lunar years 1399/1400), said of a Gregorian
    year that spans them. The half is the first year's; the second, whole or its last two
    digits, may not be read as a year of its own (not "37. hidžretska", the year 37)."""
    n = len(units)
    if i >= n:
        return None
    unit = units[i]
    if not (
        unit.kind == "num" and len(unit.text) == 4 and not unit.ordinal and unit.value <= HIJRI_YEAR_LIMIT
    ):
        return None
    if not (i + 2 < n and sign(units[i + 1], "/") and units[i + 1].glued and units[i + 2].glued):
        return None
    second = units[i + 2]
    following = unit.value + 1
    if not (
        second.kind == "num"
        and (
            (len(second.text) == 4 and second.value == following)
            or (len(second.text) == 2 and second.value == following % 100)
        )
    ):
        return None
    if i > 0 and entry_of(units[i - 1], HERA) and len(units[i - 1].text) >= 3:
        era = i - 1  # "qamariyaning 1399/1400-y."
        last = i + 2
        if (
            last + 2 < n
            and sign(units[last + 1], "-")
            and units[last + 1].glued
            and units[last + 2].kind == "word"
        ):
            last += 2  # "-y", the year's abbreviated word
        return Half(HIJRI, unit.value, None, None, era, last, None, era, False, language(units[era], HERA))
    at = i + 3
    if at < n and sign(units[at], ".-") and units[at].glued:
        at += 1  # "37.hidžretska"
    if at < n and entry_of(units[at], HERA):
        return Half(HIJRI, unit.value, None, None, i, at, None, at, False, language(units[at], HERA))
    return None


def _year_before_slashed(units: Sequence[Unit], half: Half, used: set[int]) -> Half | None:
    """The Gregorian year said straight before two slashed Hijri years (see
    :func:`_slashed_hijri_years`), with its year word and its ordinal dot or dash between:
    "u 2015. godini (1436/37.hidžretska)", "Grigoriy kalendarining 1980-y. qamariyaning
    1399/1400-y.". The half spans the year and its word."""
    probe = half.first - 1
    last = probe
    if probe >= 0 and sign(units[probe], "("):
        probe -= 1
        last = probe
    words = 0
    while probe >= 0 and half.first - probe <= 5:
        unit = units[probe]
        if unit.kind == "num":
            break
        if unit.kind == "sign" and unit.text in ".-" and unit.glued:
            probe -= 1
            continue
        if (
            unit.kind in ("word", "lex")
            and words == 0
            and not entry_of(unit, HMONTH)
            and not entry_of(unit, GMONTH)
        ):
            words += 1  # "godini", "y" (the year)
            probe -= 1
            continue
        return None
    if not (probe >= 0 and probe not in used and last >= probe):
        return None
    year = units[probe]
    if not (
        year.kind == "num"
        and len(year.text) == 4
        and year.value > HIJRI_YEAR_LIMIT
        and half.year is not None
        and overlaps(half.year, year.value)
    ):
        return None
    return Half(GREGORIAN, year.value, None, None, probe, last, None, None, False)


def _ordinal_year_word(units: Sequence[Unit], i: int) -> bool:
    """A full stop glued to the number at ``i`` and a year word after it: "1440. годину"."""
    return (
        i + 2 < len(units)
        and sign(units[i + 1], ".")
        and units[i + 1].glued
        and entry_of(units[i + 2], FILL_MY) is not None
    )


def _ordinal_year_before_word(units: Sequence[Unit], i: int) -> bool:
    """An ordinal year of four digits with its year word after it, an era mark between or
    not: "2025-ci il", "1446-cı hicri il" (the 2025th year), where the suffix would otherwise
    say a day."""
    unit = units[i]
    if not (unit.kind == "num" and unit.ordinal and len(unit.text) == 4 and unit.value >= 1):
        return False
    after = i + 1
    if after < len(units) and (entry_of(units[after], HERA) or entry_of(units[after], GERA)):
        after += 1
    return after < len(units) and entry_of(units[after], FILL_MY) is not None


def _table_year(units: Sequence[Unit], i: int, used: set[int]) -> Half | None:
    """A Hijri year alone in the first cell of a table row, a Gregorian date in the next: "١٤٤١ |
    ٢٤ی نیسانی ٢٠٢٠ | ٢٣ی ئایاری ٢٠٢٠ |" (a table of Ramadans: the year, its first and last
    day), when the date's year is one the Hijri year shares days with (a count is no year)."""
    unit = units[i]
    if not (is_year(unit) and len(unit.text) == 4 and unit.value <= HIJRI_YEAR_LIMIT):
        return None
    if _spaced_table_year(units, i, used):
        return Half(HIJRI, unit.value, None, None, i, i)
    if not (i == 0 or sign(units[i - 1], "|")) or not (i + 1 < len(units) and sign(units[i + 1], "|")):
        return None
    cell = range(i + 2, min(len(units), i + 6))
    if not any(k in used and entry_of(units[k], GMONTH) for k in cell):
        return None
    if not any(is_year(units[k]) and overlaps(unit.value, units[k].value) for k in cell):
        return None
    return Half(HIJRI, unit.value, None, None, i, i)


# The white space that parts a table's cells where no rule is drawn: two characters or more.
TABLE_GAP: Final = 2


def _spaced_table_year(units: Sequence[Unit], i: int, used: set[int]) -> bool:
    """Whether the year at ``i`` is the first cell of a table row whose cells are parted by
    runs of white space, not by rules: "1432   4 February 2011   5 March 2011" (a table of a
    month: the Hijri year, its first and last day). A wide gap follows the year, then a whole
    Gregorian date in a year it shares days with, and after another wide gap the next cell's
    number (the units do not show line breaks, so the row's start is not asked)."""
    n = len(units)

    def gap(k: int) -> bool:  # a wide gap after the unit at k
        return k + 1 < n and units[k + 1].start - units[k].end >= TABLE_GAP

    if not (i + 1 < n and gap(i) and is_day(units[i + 1])):
        return False
    for k in range(i + 2, min(n, i + 5)):
        if gap(k - 1) or k not in used:
            return False
        if is_year(units[k]) and k - 1 in used and entry_of(units[k - 1], GMONTH):
            return overlaps(units[i].value, units[k].value) and gap(k) and units[k + 1].kind == "num"
    return False


def _numbered_month_half(units: Sequence[Unit], i: int, used: set[int]) -> Half | None:
    """A Gregorian date by its month's number, as Uyghur writes it: "7-ئاينىڭ 9-كۈنى" (the 9th
    day of the 7th month), "2013-يىلى 7-ئاينىڭ 9-كۈنى" with its year before. The day must carry
    its word for "day" ("7 ئاي" alone is seven months)."""
    n = len(units)
    if not (units[i].kind == "num" and len(units[i].text) <= 2 and 1 <= units[i].value <= 12):
        return None
    probe = i + 2 if i + 1 < n and sign(units[i + 1], "-") else i + 1
    day_at = probe + 1
    if not (
        day_at < n
        and units[probe].text in _MONTH_NUMBER_WORDS
        and is_day(units[day_at])
        and day_at not in used
        and _day_noun_after(units, day_at)
    ):
        return None
    last = day_at + 2 if day_at + 1 < n and sign(units[day_at + 1], "-") else day_at + 1
    first, year = i, None
    j = i - 1
    if j >= 0 and entry_of(units[j], FILL_MY):  # "2013-يىلى": the year, and the word for it
        j -= 2 if j > 0 and sign(units[j - 1], "-") else 1
        if j >= 0 and j not in used and is_year(units[j]) and len(units[j].text) == 4:
            first, year = j, units[j].value
        elif j >= 0 and j in used and is_year(units[j]):
            # the year, and an era before it, taken by a year's half ("ヒジュラ暦1442年9月1日"):
            # the month and day are that year's, which this half cannot say (a review)
            return None
    calendar, era = _numbered_calendar(units, first)
    if era is None and year is not None and _gregorian_said_next(units, last + 1, year):
        # no era before it, and the date after it is said to be the common era's, of the
        # year this one's is as a Hijri year: this one is the other ("1449年8月5日对应公历
        # 2028年1月2日", held-out set 36; not "农历2024年1月1日,对应公历2024年2月10日", the
        # Chinese calendar's New Year: review 65)
        calendar = HIJRI
    if era is not None:  # the half says its calendar: "伊历日期的1442年10月1日"
        return Half(calendar, year, units[i].value, units[day_at].value, era, last, None, era)
    return Half(calendar, year, units[i].value, units[day_at].value, first, last)


def _without_bracketed_repeats(units: Sequence[Unit], halves: list[Half]) -> list[Half]:
    """The halves less a year in brackets after a whole date of its calendar and year, with
    only words before it there: the date's feast, glossed ("1 Syawal 1446 H (Idul Fitri 1446
    H) = 31 Maret 2025"), no half of its own to pair."""
    if len(halves) < 2:
        return halves
    out = [halves[0]]
    for half in halves[1:]:
        before = out[-1]
        gap = range(before.last + 1, half.first)
        if (
            half.year_only
            and before.day is not None
            and before.month is not None
            and (half.calendar, half.year) == (before.calendar, before.year)
            and len(gap) > 0
            and sign(units[gap[0]], "(")
            and all(units[k].kind in ("word", "lex") for k in gap[1:])
            and half.last + 1 < len(units)
            and sign(units[half.last + 1], ")")
        ):
            continue
        out.append(half)
    return out


def _numbered_date_after(units: Sequence[Unit], i: int) -> bool:
    """Whether the year at ``i`` begins a date by its month's number ("ヒジュラ暦1436年10月1日"):
    the date's half takes the year, and the era before it says its calendar."""
    n = len(units)
    return (
        i + 4 < n
        and entry_of(units[i + 1], FILL_MY) is not None
        and units[i + 2].kind == "num"
        and 1 <= units[i + 2].value <= 12
        and units[i + 3].text in _MONTH_NUMBER_WORDS
        and is_day(units[i + 4])
        and _day_noun_after(units, i + 4)
    )


def _gregorian_said_next(units: Sequence[Unit], after: int, year: int) -> bool:
    """Whether a connector, the common era's name and a year that may be Hijri ``year``'s
    follow ``after`` (signs aside): "…对应公历2028年…" (corresponds to the Gregorian
    calendar's 2028)."""
    k = after
    while k < len(units) and units[k].kind == "sign":
        k += 1
    return (
        k + 2 < len(units)
        and entry_of(units[k], CONNECTOR) is not None
        and entry_of(units[k + 1], GERA) is not None
        and is_year(units[k + 2])
        and abs(units[k + 2].value - (0.970229 * year + 621.5643)) <= 2
    )


def _numbered_calendar(units: Sequence[Unit], first: int) -> tuple[CalendarKind, int | None]:
    """The calendar of a date by its month's number, and the unit of the era that says it:
    the one an era's word before it names ("伊历1442年9月1日", the Islamic calendar's;
    "公历2021年4月13日", the common era's; a plain word or a colon may stand between:
    "伊历的1442年", "伊歷:1442年"), else Gregorian ("2013-يىلى 7-ئاينىڭ 9-كۈنى", "1405年7月11日":
    a review found the Hijri centuries' years a poor guide)."""
    for k in range(first - 1, max(-1, first - 3), -1):
        if entry_of(units[k], HERA):
            return HIJRI, k
        if entry_of(units[k], GERA):
            return GREGORIAN, k
        if units[k].kind != "word" and not sign(units[k], ":："):  # "伊歷:1442年10月1日"
            break
    return GREGORIAN, None


# --- all of them -----------------------------------------------------------------------------


def find_halves(units: Sequence[Unit]) -> list[Half]:
    """Every date half in the units, in text order, none overlapping."""
    used: set[int] = set()
    halves: list[Half] = []
    texts = {unit.text for unit in units}  # for the passes that look for rare words: one set, in C
    if not REFERENCE_LABELS.isdisjoint(texts):
        for k, unit in enumerate(units):  # "Na: 1446/03": a reference number, no date
            if unit.text in REFERENCE_LABELS and (end := reference_end(units, k)) is not None:
                used.update(range(k, end))
    for k, unit in enumerate(units):
        if unit.kind == "lex" and k not in used:
            half = _month_half(units, k, used)
            if half is not None:
                halves.append(half)
                used.update(range(half.first, half.last + 1))
                if half.short_year is not None:  # kept from other halves until pairing decides
                    used.update(range(half.last + 1, half.short_year_unit + 1))
    for i, unit in enumerate(units):
        if unit.kind == "num" and i not in used:
            half = (
                _numeric_half(units, i, used)
                or _slashed_hijri_years(units, i)
                or _year_half(units, i)
                or _table_year(units, i, used)
                or _numbered_month_half(units, i, used)
                or _ordinal_year_half(units, i, used)
                or _pilgrimage_year(units, i)
            )
            if half is not None:
                halves.append(half)
                used.update(range(half.first, half.last + 1))
                if half.short_year is not None:  # "(07-06-24)": its two-digit year
                    used.update(range(half.last + 1, half.short_year_unit + 1))
        elif unit.kind == "lex" and i not in used and entry_of(unit, DAYWORD):
            half = _ordinal_year_half(units, i, used)
            if half is not None:
                halves.append(half)
                used.update(range(half.first, half.last + 1))
    halves.extend(_bare_year_halves(units, halves, used))
    if not _ANAPHORA.isdisjoint(texts):
        halves.extend(_anaphoric_halves(units, halves, used))
    if not _REFERENCES_BY_FIRST.keys().isdisjoint(texts):
        halves.extend(_referred_months(units, halves, used))
    halves.sort(key=lambda h: h.first)
    halves = _without_month_positions(units, halves)
    halves = _without_bracketed_repeats(units, halves)
    # "1 Ramadan 2023", "Ramadan 2025 began on March 2": a four-digit year past the Hijri
    # years with a Hijri month and no era mark is the Gregorian year, said colloquially,
    # when it is a year of our time or the text's Gregorian year, and no Gregorian date of
    # the text falls in it as a Hijri year ("23 Safar 2039/1 January 2600").
    gregorian_years = {h.year for h in halves if h.calendar == GREGORIAN and h.year is not None}
    halves = [
        h._replace(year=None, last=h.before_year, colloquial=False, loose_year=h.year, loose_year_unit=h.last)
        if h.colloquial and h.year is not None and _loose(h.year, gregorian_years)
        else h
        for h in halves
    ]
    halves = [_year_said_before(units, half, used) for half in halves]
    return [_named_new_year(units, half) for half in _year_partners(units, halves, used)]


# Pashto's word for "year", after a year said before its month and day: "د ۱۴۰۴ کال د وري ۱۵
# مه" (of the year 1404, the 15th of Wray), each calendar's date so in Afghan papers.
_YEAR_WORDS_BEFORE: Final = frozenset({fold("کال")})
_OF_BEFORE: Final = frozenset({fold("د")})
# The years a calendar's date of our time has: not a count before "کال" ("د ۳ کال"), nor the
# next calendar's year ("د ۲۰۲۵ کال د وري").
_YEARS_OF: Final = {SOLAR: range(1200, 1600), HIJRI: range(1200, 1600), GREGORIAN: range(1800, 2200)}


def _year_said_before(units: Sequence[Unit], half: Half, used: set[int]) -> Half:
    """A day and month whose year stands before them with the word "year" ("د ۱۴۰۴ کال د
    وري ۱۵ مه"): the half from the year on (a trial: the three years of a Pashto line were
    lost, and "no year is stated")."""
    if half.year is not None or half.month is None or half.day is None or half.calendar is None:
        return half
    k = half.first - 1
    if k >= 0 and units[k].text in _OF_BEFORE:
        k -= 1
    if k < 1 or units[k].text not in _YEAR_WORDS_BEFORE:
        return half
    year = units[k - 1]
    if year.kind != "num" or k - 1 in used or year.value not in _YEARS_OF.get(half.calendar, range(0)):
        return half
    first = k - 2 if k >= 2 and units[k - 2].text in _OF_BEFORE else k - 1
    used.update(range(first, half.first))
    return half._replace(year=year.value, first=first)


def _without_month_positions(units: Sequence[Unit], halves: list[Half]) -> list[Half]:
    """The halves less a list of months by their places in the year ("9th of Ramadan – 10th
    of Shawwal – 11th of Dhul Qi'dah – 12th of Dhul Hijjah": Ramadan is the ninth month):
    two or more Hijri months in a row, one after the other, each with its own number as its
    "day", no year, and only signs between them, are no days."""
    run: list[int] = []
    drop: set[int] = set()
    for index, half in enumerate(halves):
        position = (
            half.calendar == HIJRI and half.year is None and half.month is not None and half.day == half.month
        )
        follows = (
            position
            and run
            and half.month == halves[run[-1]].month + 1  # type: ignore[operator]
            and all(units[k].kind == "sign" for k in range(halves[run[-1]].last + 1, half.first))
        )
        if follows:
            run.append(index)
            continue
        if len(run) >= 2:
            drop.update(run)
        run = [index] if position else []
    if len(run) >= 2:
        drop.update(run)
    return [half for index, half in enumerate(halves) if index not in drop] if drop else halves


def _named_new_year(units: Sequence[Unit], half: Half) -> Half:
    """A Hijri year with its era after a word for "new" ("nova 1446. hidžretska godina",
    "Нову 1440. годину према хиџретском календару") or before one for "new year" ("1445 Hicri
    yılbaşı"): the new year named, 1 Muharram of it (see
    :data:`datelines.names.hijri_months.NEW_BEFORE_YEAR`)."""
    if not (half.calendar == HIJRI and half.year_only and half.era_unit is not None):
        return half
    if half.first > 0 and units[half.first - 1].text in _NEW_BEFORE_YEAR and units[half.first].kind == "num":
        # straight before the year's figures: "nova" before a year in words said otherwise
        # ("nova Hijri first year") names no new year
        return half._replace(month=1, day=1, first=half.first - 1)
    return _new_year_after(units, half)


def _new_year_after(units: Sequence[Unit], half: Half) -> Half:
    """A Hijri year with its era before words for "new year" ("1445 Hicri yılbaşı", "Hicri
    takvime göre 1446 yılının yılbaşıdır"): 1 Muharram of it; a year of our era there ("2026
    Hicri yılbaşı"), the Hijri new year falling in it, is 1 Muharram of a Hijri year unsaid
    (see :data:`datelines.names.hijri_months.NEW_AFTER_YEAR`)."""
    assert half.year is not None
    for words in _NEW_AFTER_YEAR:
        last = half.last + len(words)
        if last < len(units) and all(units[half.last + 1 + k].text == word for k, word in enumerate(words)):
            year = half.year if half.year <= HIJRI_YEAR_LIMIT else None
            return half._replace(year=year, month=1, day=1, last=last)
    return half


# The years a bare four-digit number before "/" and a Gregorian year may be, as a Hijri year:
# never past the present century of the Hijra without an era word.
BARE_HIJRI_YEARS: Final = range(1300, 1500)


def _bare_year_halves(units: Sequence[Unit], halves: Sequence[Half], used: set[int]) -> list[Half]:
    """ "1439/2018", "۱۴۴۶ / ۲۰۲۴", "1446 / 2024-жыл", "1439/2018 M": a Hijri year of the
    Hijra's last two centuries, without an era word, before a slash and a Gregorian year it
    shares days with (bare, or with its own era or word for year). The Gregorian year is
    found as its partner by :func:`_year_partners`. Not a figure in a longer numeric run
    ("12/1439/2018"), nor a document's number ("No. 1439/2018")."""
    found: list[Half] = []
    n = len(units)
    gregorian_at = {h.first: h for h in halves if h.calendar == GREGORIAN and h.year_only}
    for i, unit in enumerate(units):
        if unit.kind != "num" or i in used or unit.ordinal or i + 2 >= n:
            continue
        # a scholar's year of the Hijra's first thirteen centuries: "(m. 755/1354)", "ваф.
        # 189/805 й.", "1114/1702-03", "995 (1587)", "1216(1801) елда" (held-out set 24)
        old = 3 <= len(unit.text) <= 4 and 100 <= unit.value < BARE_HIJRI_YEARS.start
        recent = len(unit.text) == 4 and unit.value in BARE_HIJRI_YEARS
        if not (
            (recent and (sign(units[i + 1], "/") or _bracketed_hyphen_pair(units, i)))
            or (
                old
                and (
                    sign(units[i + 1], "/")
                    or (sign(units[i + 1], "(") and _closed_after(units, _year_unit(gregorian_at, i + 2)))
                )
            )
        ):
            continue
        after = units[i + 2]
        partner = gregorian_at.get(i + 2)
        if partner is not None:
            year = partner.year
        elif (
            after.kind == "num"
            and (len(after.text) == 4 or (old and len(after.text) == 3))
            and i + 2 not in used
            and not after.ordinal
        ):
            year = after.value
        else:
            continue
        if year is None or not overlaps(unit.value, year):
            continue
        if range_end(units, i + 2) is not None and abs(year - _first_gregorian_year(unit.value)) > 1:
            # "1318/1902-3": a range glosses the years the Hijri one spans (1900-01), or slips
            # by one, which the checker reports ("1396/1977-78"); two off, it is no gloss (the
            # soak of stop 60)
            continue
        if old and not (
            (
                converts(unit.value, year)
                or (_after_a_biographer_s_mark(units, i) and overlaps(unit.value, year))
            )
            and not (i + 3 < n and is_month(units[i + 3]))  # "Az. 1216/1802 des Landgerichts" (review 58b)
            # (past the other year's own era first: "864 (m. 1460) senesinde", held-out set 33)
            and _scholars_context(units, i, _year_unit(gregorian_at, i + 2))
        ):
            # only the very years it spans, as a scholar writes them; after "d." or "ö." a year
            # off too, a slip the checker reports ("d. 756/1354": trial 27, a catalogue's
            # commonest slip was left unread)
            continue
        if _in_numeric_run(units, i, i + 2, abbreviated=old) or _numbered(units, i):
            continue
        found.append(Half(HIJRI, unit.value, None, None, i, i))
        used.add(i)
    return found


def _year_unit(gregorian_at: dict[int, Half], at: int) -> int:
    """Where the year is of the Gregorian year half that begins at ``at`` (past its era: "m.
    1460"), or ``at``."""
    half = gregorian_at.get(at)
    return half.last if half is not None and half.era_unit == at else at


def _first_gregorian_year(hijri: int) -> int:
    """The Gregorian year a Hijri year begins in, in the tabular calendar."""
    from ..calendars import builtin_calendar
    from ..hijri import HijriDate

    return builtin_calendar("civil").to_gregorian(HijriDate(hijri, 1, 1)).year


def _scholars_context(units: Sequence[Unit], hijri: int, gregorian: int) -> bool:
    """Whether a scholar's two bare years stand as a scholar writes them, not as two figures
    that happen to convert ("pp. 755/1354", "Model 1200 (1786)", "Tel. 755/1354": review 58b):
    in a bracket of their own ("(755/1354)"), after a biographer's abbreviation ("d. 755/1354",
    "ваф.189/805", not "pp." or "Tel."), before a word for "year" ("1216(1801) елда", "995 (1587) GODINE", "189/805
    й."), or the second a range of two years ("1114/1702-03")."""
    end = gregorian
    if end + 1 < len(units) and sign(units[end + 1], ")") and sign(units[hijri + 1], "("):
        end += 1  # "995 (1587)": past its own bracket
    before = units[hijri - 1] if hijri > 0 else None
    if before is not None and sign(before, "(") and end + 1 < len(units) and sign(units[end + 1], ")"):
        return True
    if (
        before is not None
        and sign(before, ".")
        and hijri > 1
        and units[hijri - 2].text in _DIED_ABBREVIATIONS
    ):
        return True
    following = end + 1
    if following < len(units) and units[following].text in _DATED_WORDS:
        return True
    return range_end(units, gregorian) is not None


def _after_a_biographer_s_mark(units: Sequence[Unit], hijri: int) -> bool:
    """Whether a biographer's abbreviation and its stop stand before the year ("d. 756")."""
    return hijri > 1 and sign(units[hijri - 1], ".") and units[hijri - 2].text in _DIED_ABBREVIATIONS


_DATED_WORDS: Final = frozenset(fold(word) for word, _ in SCHOLARS_DATED_WORDS)
_DIED_ABBREVIATIONS: Final = frozenset(fold(word) for word, _ in SCHOLARS_ABBREVIATIONS)


def _closed_after(units: Sequence[Unit], year: int) -> bool:
    """Whether the bracket opened before the year at ``year`` closes after it, or after the
    last digits of the next year ("(1587)", "(1702-03)"): a gloss of the year alone."""
    end = year + 1
    if end < len(units) and sign(units[end], "-") and _year_range_end(units, year):
        end += 2
    return end < len(units) and sign(units[end], ")")


def _bracketed_hyphen_pair(units: Sequence[Unit], i: int) -> bool:
    """Whether the number at ``i`` is the first of two years joined by a hyphen that alone
    fill a bracket: "Eid ul Adha (1443-2022) Announcement" (the Hijri year and the Gregorian
    year of one feast). Outside a bracket a hyphen joins a range of years."""
    return (
        i > 0
        and i + 3 < len(units)
        and sign(units[i - 1], "(")
        and sign(units[i + 1], "-")
        and units[i + 2].kind == "num"
        and sign(units[i + 3], ")")
    )


def _in_numeric_run(units: Sequence[Unit], first: int, last: int, *, abbreviated: bool = False) -> bool:
    """Whether the numbers ``first`` and ``last`` are part of a longer run of figures joined
    by signs ("12/1439/2018", "1439/2018/05"), stand beside another number, or have letters
    glued before them ("SV1446/2024")."""
    if first > 0:
        before = units[first - 1]
        if before.kind in ("num", "word", "lex") and units[first].glued:
            return True  # "SV1446/2024": a code
        # (with ``abbreviated``, not an abbreviation's stop: "ваф.189/805 й.", died 189/805; a
        # document's number glued after one is a run, "B.1445/2024": review 58b)
        abbreviation = (
            abbreviated and before.text == "." and first > 1 and units[first - 2].kind in ("word", "lex")
        )
        if before.kind == "num" or (
            before.kind == "sign" and before.text in "/-.:" and units[first].glued and not abbreviation
        ):
            return True
    if last + 1 < len(units):
        following = units[last + 1]
        if following.kind == "sign" and following.text in "/-.:" and following.glued:
            if following.text == "-" and _year_range_end(units, last):
                return False  # "1336/1917-8": the Gregorian years the Hijri one spans
            return last + 2 < len(units) and units[last + 2].kind == "num" and units[last + 2].glued
        if following.kind == "num":
            return True
    return False


def range_end(units: Sequence[Unit], year: int) -> int | None:
    """The second year of a range written after the year at ``year`` with a hyphen and its
    last digits ("1697-98", "1917-8", "1697-1698"): the next year only, as a gloss of the two
    Gregorian years a Hijri one spans (or the reverse) writes it; else None."""
    if year + 2 >= len(units) or not sign(units[year + 1], "-–") or not units[year + 1].glued:
        return None
    if not _year_range_end(units, year) and not (
        units[year + 2].glued
        and units[year + 2].kind == "num"
        and units[year + 2].value == units[year].value + 1
        and len(units[year + 2].text) == len(units[year].text)
    ):
        return None
    return units[year].value + 1


def _year_range_end(units: Sequence[Unit], year: int) -> bool:
    """Whether a hyphen after the year at ``year`` leads to the next year's last digit or two,
    which end the text or stand before a word or sign ("1917-8", "1697-98"): the two
    Gregorian years a Hijri year spans, not a run of figures ("1917-8-12")."""
    end = year + 2
    if end >= len(units) or units[end].kind != "num" or not units[end].glued or len(units[end].text) > 2:
        return False
    if (
        end + 2 < len(units)
        and units[end + 1].glued
        and sign(units[end + 1], "/-.:")
        and units[end + 2].kind == "num"
        and units[end + 2].glued
    ):
        return False  # a run of figures ("1917-8-12"), not a sentence's stop after it ("1702-03.")
    if units[end].ordinal:
        return False  # "1697-98th": no year
    modulus: int = 10 ** len(units[end].text)
    return units[end].value == (units[year].value + 1) % modulus


def _numbered(units: Sequence[Unit], index: int) -> bool:
    """Whether a number stands after a word or sign for "number" ("No. 1439", "n° 1439",
    "#1439", "رقم 1439"), perhaps with a full stop or colon between."""
    probe = index - 1
    if probe >= 0 and units[probe].kind == "sign" and units[probe].text in "#№":
        return True
    if probe >= 0 and sign(units[probe], ".:°º"):
        probe -= 1
    return probe >= 0 and units[probe].kind in ("word", "lex") and units[probe].text in _NUMBER_WORDS


def _anaphoric_halves(units: Sequence[Unit], halves: Sequence[Half], used: set[int]) -> list[Half]:
    """A day word and "the month" with no name ("… شهر شوال 1445هـ ثبوتا شرعيا، ليكون فاتح
    الشهر هو يوم الأربعاء 10 أبريل 2024م"): that day of the Hijri month named last before it
    in the same sentence, with its year. Not "the Gregorian, next, current month" ("أول الشهر
    الميلادي"), not a month named without its year, and not beside a whole Gregorian date
    that the day cannot be ("… رمضان 1446 … أول الشهر، 1 أبريل 2025": salaries, not 1 Ramadan)."""
    found: list[Half] = []
    for index, unit in enumerate(units):
        if unit.kind not in ("word", "lex") or unit.text not in _ANAPHORA or index in used:
            continue
        if index + 1 < len(units) and units[index + 1].text in _ANAPHORA_QUALIFIERS:
            continue
        words = _ANAPHORA_BEFORE[unit.text]
        at = index - len(words)
        if at < 1 or [u.text for u in units[at:index]] != words:
            continue
        day_at = at - 1
        while day_at > 0 and entry_of(units[day_at], FILL_DM) and day_at > at - 4:
            day_at -= 1  # "the first day of the month"
        day = entry_of(units[day_at], DAYWORD)
        if day is None or day_at in used:
            continue
        named = [
            h for h in halves
            if h.calendar == HIJRI and h.month is not None and h.last < day_at
            and not any(_sentence_end(units, i) for i in range(h.last + 1, day_at))
        ]  # fmt: skip
        if not named or named[-1].year is None:
            continue
        month = named[-1]
        assert month.month is not None
        assert month.year is not None
        if not _fits_a_date_after(units, halves, index, (month.year, month.month, day.value)):
            continue
        found.append(
            Half(HIJRI, month.year, month.month, day.value, day_at, index, None, None, False, (day.language,))
        )
        used.update(range(day_at, index + 1))
    return found


def _referred_months(units: Sequence[Unit], halves: Sequence[Half], used: set[int]) -> list[Half]:
    """ "The Islamic month" with no name ("… ربیع الاول 1446 ہجری کا چاند نظر نہیں آیا، اس لیے
    اسلامی مہینہ 6 ستمبر (جمعہ) سے شروع ہوگا"): the Hijri month named last before it in the same
    sentence, with its year, as a half of its own (which pairs with a date only where the text
    says the month begins or ends on it). A month named without its year only right before
    the reference's own date, with no other date or month named between ("… रबी अल-अव्वल का चांद
    नहीं देखा गया, जिसके कारण यह महीना 25 अगस्त से शुरू हुआ": Rabi al-Awwal begins on 25 August)."""
    found: list[Half] = []
    dates = {h.first for h in halves if h.calendar == GREGORIAN}
    starts: Sequence[int]
    if any(h.calendar == HIJRI and h.month is not None and h.year is not None for h in halves):
        starts = range(len(units))  # (find_halves calls it only where a reference's first word is)
    elif any(h.calendar == HIJRI and h.month is not None for h in halves):
        # only right before a Gregorian date: a look-up a date, not a word
        starts = sorted({first - len(p) for first in dates for p, _ in _REFERENCES if first >= len(p)})
    else:
        return found
    for index in starts:
        for phrase, language in _REFERENCES_BY_FIRST.get(units[index].text, ()):
            end = index + len(phrase)
            if end > len(units) or [u.text for u in units[index:end]] != phrase:
                continue
            if any(i in used for i in range(index, end)):
                continue
            named = [
                h for h in halves
                if h.calendar == HIJRI and h.month is not None and h.last < index
                and not any(_sentence_end(units, i) for i in range(h.last + 1, index))
            ]  # fmt: skip
            if not named or (
                named[-1].year is None
                and (end not in dates or _named_between(units, halves, named[-1], index))
            ):
                continue
            month = named[-1]
            found.append(
                Half(HIJRI, month.year, month.month, None, index, end - 1, end - 1, None, False, (language,))
            )
            used.update(range(index, end))
    return found


def _named_between(units: Sequence[Unit], halves: Sequence[Half], named: Half, index: int) -> bool:
    """Whether another date or month (Hijri or Gregorian, alone too: "… फरवरी में …") is named
    between the month ``named`` and ``index``."""
    return any(named.last < h.first < index for h in halves if h is not named) or any(
        entry_of(units[k], HMONTH) or entry_of(units[k], GMONTH) for k in range(named.last + 1, index)
    )


def _fits_a_date_after(
    units: Sequence[Unit], halves: Sequence[Half], index: int, hijri_day: tuple[int, int, int]
) -> bool:
    """Whether a whole Gregorian date after ``index`` in its sentence, if there is one, can be
    that Hijri day: within three days of it in the tabular calendar (sightings and authorities
    differ from it by a day or two)."""
    from ..calendars import builtin_calendar
    from ..hijri import HijriDate

    stop = _sentence_of(units, index)[1]
    after = [
        h for h in halves
        if h.calendar == GREGORIAN and h.first > index and h.first <= stop
        and h.year is not None and h.month is not None and h.day is not None
    ]  # fmt: skip
    if not after:
        return True
    first = after[0]
    assert first.year is not None
    assert first.month is not None
    assert first.day is not None
    year, month, day = hijri_day
    try:
        hijri = builtin_calendar("civil").to_gregorian(HijriDate(year, month, min(day, 29)))
        said = date(first.year, first.month, first.day)
    except ValueError:
        return False
    return abs((said - hijri).days) <= 3 + (day - min(day, 29))


def _loose(year: int, gregorian_years: set[int]) -> bool:
    """Whether a Hijri month's year past the Hijri years is a Gregorian year."""
    if any(abs(year - g) <= 1 for g in gregorian_years):
        return True
    as_hijri = 0.970229 * year + 621.5643  # the Gregorian year it would fall in
    return LOOSE_YEARS[0] <= year <= LOOSE_YEARS[1] and not any(
        abs(g - as_hijri) <= 2 for g in gregorian_years
    )


# The Gregorian years a text of ours may say with a Hijri month ("Ramadan 2025").
LOOSE_YEARS: Final = (1900, 2100)


# How far a year beside a Hijri month may be from the Gregorian years the Hijri one spans
# and still be its slip ("10 Ramadan 1445/2030"), not a number of something else ("Edisi
# 1445/9999").
SLIPPED_YEARS: Final = 20


def _slipped_year(hijri_year: int, year: int) -> bool:
    """Whether a Gregorian year is within SLIPPED_YEARS of those a Hijri year spans, and past
    the Hijri years a bare number may be."""
    spanned = round(hijri_year * 0.970229 + 621.5643)  # the Gregorian year of its middle
    return year >= BARE_HIJRI_YEARS.stop and abs(year - spanned) <= SLIPPED_YEARS


def _year_partners(units: Sequence[Unit], halves: list[Half], used: set[int]) -> list[Half]:
    """ "Ramadan 1445/2024", "Ramzan 1445 AH-2024", "1440H / 2019M": a bare Gregorian year
    straight after a Hijri year it can belong to."""
    n = len(units)
    extra: list[Half] = []
    for half in halves:
        if half.calendar != HIJRI or half.year is None:
            continue
        probe = half.last + 1
        if half.era_unit == half.last and probe < n and sign(units[probe], ".") and units[probe].glued:
            probe += 1  # the era's own full stop: "1444 A.H. (2023)"
        while probe < n and entry_of(units[probe], FILL_MY) and half.year_only:
            probe += 1  # "1446 хижри жыл / 2024 жыл"
        if (
            half.year_only
            and probe + 1 < n
            and sign(units[probe], ",")
            and entry_of(units[probe + 1], CONNECTOR)
        ):
            probe += 1  # a comma before the connector: "1444H, sawa na Mwaka 2022" (held-out set 29)
        # (a square bracket too: the year an editor supplies, "AH 1334 [1916]"; stop 62)
        if probe < n and (sign(units[probe], "/-([") or entry_of(units[probe], CONNECTOR)):
            slashed = sign(units[probe], "/")
            opened = sign(units[probe], "(/[")
            square = sign(units[probe], "[")
            probe += 1
            if opened and probe < n and entry_of(units[probe], CONNECTOR):
                # a connector inside the bracket: "ฮ.ศ. 702 (ตรงกับ ค.ศ. 1303)" (held-out set 24);
                # then the year must be one the Hijri year spans ("1445 H (atau 2000 jemaah …)",
                # "or" before a count: review 58b)
                probe += 1
                opened = False
            start = probe
            if probe < n and entry_of(units[probe], GERA) and len(units[probe].text) >= 3:
                probe += 1  # "/ милади 2024 ел", "/ milodiy 2024"
                if probe < n and sign(units[probe], ".") and units[probe].glued:
                    probe += 1  # the era's own stop: "(ตรงกับ ค.ศ. 1303)"
            elif (
                probe < n
                and half.year_only
                and entry_of(units[probe], FILL_MY)
                and probe + 1 < n
                and units[probe + 1].kind == "num"
            ):
                probe += 1  # the word for "year": "1444H, sawa na Mwaka 2022" (held-out set 29)
            # (three digits for the first centuries: "2. godine po hidžri (624.)", "61 AH (680)")
            if (
                probe < n
                and probe not in used
                and units[probe].kind == "num"
                and 3 <= len(units[probe].text) <= 4
            ):
                year = units[probe].value
                if (
                    overlaps(half.year, year)
                    # a slip in the year, the checker's to report: "10 Ramadan 1445/2030"
                    or (slashed and half.month is not None and _slipped_year(half.year, year))
                    # a catalogue's gloss of a year with its era, perhaps with a slip: "AH 1127
                    # (1717)", "1127 AH (1717)" (a trial's historian: such lines were lost, not told)
                    or (
                        half.year_only
                        and half.era_unit is not None
                        and opened
                        and _within_a_century(half.year, year)
                    )
                ) and (start == probe or half.year_only):
                    last = probe
                    era = era_after(units, probe, GERA)
                    if era is not None:
                        last = era
                    elif probe + 1 < n and (
                        entry_of(units[probe + 1], FILL_MY) or _glued_year_word(units, probe)
                    ):
                        last = probe + 1 if entry_of(units[probe + 1], FILL_MY) else probe + 2
                    if square and not _square_closed(units, last + 1):
                        # an editor's year closes its square bracket: "AH 1414 [2010 reprint]"
                        # is a citation's (review 62b), "AH 1245 [1829–30]" a year's two
                        continue
                    month = _month_after_year(units, probe, used) if last == probe else None
                    if month is not None:
                        # "رمضان ۱۴۴۵ / ۲۰۲۴ مارچ": the year, then its month (Pashto and Dari
                        # write year, month, day); a month name alone is no half of its own
                        last = probe + 1
                    extra.append(Half(GREGORIAN, year, month, None, start, last,
                                      None if month is None else last, era, False))  # fmt: skip
                    used.update(range(start, last + 1))
        elif (
            (at := _year_after_comma(units, half, probe) or _year_after_boundary(units, half, probe))
            is not None
            and at not in used
            and overlaps(half.year, units[at].value)
        ):
            extra.append(Half(GREGORIAN, units[at].value, None, None, at, at, None, None, False))
            used.add(at)
        if half.year_only and _slashed_hijri_years(units, half.first + (units[half.first].kind != "num")):
            before = _year_before_slashed(units, half, used)
            if before is not None:
                extra.append(before)
                used.update(range(before.first, before.last + 1))
                continue
        probe = half.first - 1
        skipped = 0
        while probe >= 0 and skipped < 3 and (units[probe].kind == "word" or entry_of(units[probe], FILL_MY)):
            probe -= 1
            skipped += 1
        if half.year_only and probe >= 0 and probe not in used and units[probe].kind == "num":
            year = units[probe].value
            if len(units[probe].text) == 4 and overlaps(half.year, year):
                extra.append(Half(GREGORIAN, year, None, None, probe, probe, None, None, False))
                used.add(probe)
        elif (at := _year_before_a_month(units, half, used)) is not None:
            extra.append(Half(GREGORIAN, units[at].value, None, None, at, at, None, None, False))
            used.add(at)
    return sorted(halves + extra, key=lambda h: h.first)


def _year_before_a_month(units: Sequence[Unit], half: Half, used: set[int]) -> int | None:
    """ "(Gazeta "Drita Islame", No 9 (52), 1994, Muharrem 1415 h)": a periodical's issue
    dated by the Gregorian year, a comma, and the Hijri month with its year and era (held-out
    set 28). The unit of that year, where the month's days fall in it (a comma parts much
    else: only the very year), or None."""
    comma, at = half.first - 1, half.first - 2
    if not (
        half.month is not None
        and half.day is None
        and half.year is not None
        and half.era_unit is not None
        and at >= 0
        and at not in used
        and sign(units[comma], ",")
        and units[at].kind == "num"
        and len(units[at].text) == 4
        and not units[at].ordinal
        # the year first in its phrase, after a sign, "in" or nothing ("In 2023, Ramadan 1444 AH
        # …": review 61b): not "Between 2010 and 2024, …", "The score was 2024, …" (review 61),
        # nor a range's end
        and (
            at == 0
            or (units[at - 1].kind == "sign" and not sign(units[at - 1], "-–—/"))
            or units[at - 1].text in _IN_A_YEAR
        )
    ):
        return None
    return at if _month_falls_in(half.year, half.month, units[at].value) else None


_IN_A_YEAR: Final = frozenset({"in", "в", "en", "di", "im", "pada"})  # (as pairs._IN, and Indonesian's)


def _month_falls_in(hijri_year: int, month: int, gregorian_year: int) -> bool:
    """Whether a Hijri month has days in a Gregorian year, in the tabular calendar (a day's
    leeway either side, as the calendars differ)."""
    from datetime import timedelta

    from ..calendars import builtin_calendar
    from ..hijri import HijriDate

    if not 1 <= hijri_year < 9665:
        return False
    civil = builtin_calendar("civil")
    first = civil.to_gregorian(HijriDate(hijri_year, month, 1)) - timedelta(days=1)
    last = civil.to_gregorian(HijriDate(hijri_year, month, 29)) + timedelta(days=2)
    return first.year <= gregorian_year <= last.year


# Stems of words that say a month begins or ends (see pairs._boundary_at), one word each.
_BOUNDARY_STEMS: Final = tuple(
    fold(stem) for stem, _ in MONTH_BOUNDARY_WORDS if not stem.startswith("*") and " " not in stem
)


def _year_after_boundary(units: Sequence[Unit], half: Half, probe: int) -> int | None:
    """ "ரஜப் (ஹிஜ்ரி 1442) மாதம் ஆரம்பம் – 2021" (the month of Rajab (Hijri 1442) begins –
    2021): a Hijri month with its year, the word for its beginning or end, a spaced dash and
    a four-digit year that ends the phrase, the Gregorian year the month begins or ends in.
    The unit of that year, or None."""
    n = len(units)
    if half.month is None or half.day is not None:
        return None
    if probe < n and sign(units[probe], ")"):
        probe += 1
    while probe < n and entry_of(units[probe], FILL_DM) and probe <= half.last + 3:
        probe += 1  # "மாதம்" (month)
    if not (
        probe + 2 < n
        and units[probe].kind in ("word", "lex")
        and units[probe].text.startswith(_BOUNDARY_STEMS)
    ):
        return None
    dash, at = probe + 1, probe + 2
    if not (sign(units[dash], "-–—") and not units[dash].glued and not units[at].glued):
        return None
    year = units[at]
    if year.kind != "num" or len(year.text) != 4 or year.ordinal or year.value <= HIJRI_YEAR_LIMIT:
        return None
    return at if at + 1 == n or units[at + 1].kind == "sign" else None


def _month_after_year(units: Sequence[Unit], index: int, used: set[int]) -> int | None:
    """The Gregorian month named straight after the year at ``index`` with no day after it."""
    at = index + 1
    if at >= len(units) or at in used or (entry := entry_of(units[at], GMONTH)) is None:
        return None
    if at + 1 < len(units) and units[at + 1].kind == "num":
        return None
    return entry.value


def _year_after_comma(units: Sequence[Unit], half: Half, probe: int) -> int | None:
    """ "NOVA 1446. HIDŽRETSKA GODINA, 2024.", "(ഹിജ്റ 1446), 2024": a Hijri year said with
    its era in words, a comma, and a four-digit year that ends the phrase: the unit of that
    year. A comma parts much else, so only a year alone with a spelled-out era, and only a
    year that nothing of a date follows."""
    n = len(units)
    era = half.era_unit
    if not (half.year_only and era is not None and len(units[era].text) >= 3):
        return None
    if probe < n and sign(units[probe], ")") and half.first > 0 and sign(units[half.first - 1], "("):
        probe += 1  # the Hijri year in brackets
    at = probe + 1
    if not (at < n and sign(units[probe], ",") and units[at].kind == "num" and len(units[at].text) == 4):
        return None
    if at + 1 < n and not sign(units[at + 1], ".,;)"):
        return None
    return at


@lru_cache(maxsize=4096)
def overlaps(hijri_year: int, gregorian_year: int) -> bool:
    """Whether a Gregorian year said beside a Hijri year can be its partner: a year it
    shares days with, or the one before or after (a slip the checker reports). The tabular
    calendar, which covers every year, decides."""
    from datetime import timedelta

    from ..calendars import builtin_calendar
    from ..hijri import HijriDate

    civil = builtin_calendar("civil")
    if not 1 <= hijri_year < 9665:
        return False
    first = civil.to_gregorian(HijriDate(hijri_year, 1, 1)) - timedelta(days=3)
    last = civil.to_gregorian(HijriDate(hijri_year + 1, 1, 1)) + timedelta(days=2)
    return first.year - 1 <= gregorian_year <= last.year + 1


def _glued_year_word(units: Sequence[Unit], index: int) -> bool:
    """ "2024-жыл": a year word joined to the year by a hyphen."""
    return (
        index + 2 < len(units)
        and sign(units[index + 1], "-")
        and units[index + 1].glued
        and units[index + 2].glued
        and entry_of(units[index + 2], FILL_MY) is not None
    )
