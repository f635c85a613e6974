"""Every dual dateline in running text, in order, with its span (``datelines.extract``)."""

from __future__ import annotations

import re
import sys
import unicodedata
from collections.abc import Iterable, Iterator
from typing import Final

from ..dateline import Dateline, DatePart
from ..errors import DatelineError
from ..names import bangla_months, solar_months
from ..names.gregorian_months import RUMI_MONTH_NAMES
from ..names.words import (
    CONNECTORS,
    DAY_WORDS,
    GREGORIAN_ERAS,
    HIJRI_ERAS,
    MONTH_AFTER_DAY,
    RANGE_ENDS,
    RANGE_JOINERS,
    WEEKDAYS,
)
from .halves import HIJRI_YEAR_LIMIT
from .lexicon import (
    ABBREVIATED_NAMES,
    ARABIC_CLITICS,
    ARABIC_LETTERS,
    CUE_LENGTH,
    GERA,
    GMONTH,
    GREGORIAN_CUE_PREFIXES,
    GREGORIAN_CUE_PREFIXES_ARABIC,
    GREGORIAN_ERA_INITIALS,
    GREGORIAN_ERA_WORDS,
    HERA,
    HIJRI_CUE_PREFIXES,
    HIJRI_CUE_PREFIXES_ARABIC,
    HIJRI_CUE_WORDS,
    HIJRI_ERA_WORDS,
    HIJRI_SHORT_MARK_STARTS,
    HIJRI_SHORT_MARKS,
    HMONTH,
    LEXICON,
    SERA,
    SMONTH,
    UNSPACED_NAMES_BEFORE,
    WEEKDAY,
    YEAR_COUNT_NOUNS,
    found_inside_words,
    is_ideographic,
    runs_together,
)
from .normalize import FOLD_TABLE, VANISHED, WORD_MARKS, fold, fold_with_offsets, words
from .parse import read_datelines, read_windows
from .prefilter import (
    ONE_SEARCH_FROM,
    SOLAR_DATE,
    DayOrWordScan,
    Evidence,
    candidate_runs,
    cue_stretches,
    digits_or_words_in,
    encode,
    era_initials_expression,
    first_number_word,
    first_words_only,
    forget,
    gregorian_evidence,
    gregorian_evidence_in,
    has_indic,
    neighbour_words,
    next_day_or_hijri_year,
    solar_date_starts,
    words_without_digits_in,
)
from .year_words import YEAR_IN_WORDS_RAW

__all__ = ["extract_datelines"]

# Every dateline has a run of digits (a day or a year), and near one of them some evidence
# that a half is Hijri: a year in the Hijri range, a word that begins like a Hijri month's
# name or a Hijri era word, or a short era mark right after the number ("1445H"). One pass
# of a compiled automaton finds the runs that can have it (see prefilter); around each of
# those a few words are folded and looked up; only windows around runs with evidence are read.
# Words, with the apostrophes inside them ("Sha'ban", "Rabi’ul") and Japanese dots
# ("ラビー・ウル・アウワル"), which folding removes.
# Thaana's and the Indic scripts' vowel signs are marks, not letters, to the regular
# expression engine: they are taken into words as the tokenizer takes them.
_WORDS: Final = re.compile(
    r"(?:[^\W\d_]|[" + WORD_MARKS + r"])+(?:['’‘`´ʻʼʿ\u30fb\u30a0\uff1d](?:[^\W\d_]|[" + WORD_MARKS + r"])+)*"
)
_ASCII_WORDS: Final = re.compile(r"[a-z]+")  # words of folded ASCII text (folding lowercases)
# Characters either side of a run of digits searched for a cue: as far as the reader pairs a
# month with a day ("Dhul Hijjah will be 30 days, with Saturday, July 6": 49 characters).
CUE_REACH: Final = 64
_WORD: Final = 24  # at most this far past the reach to the end of a word
_SLACK_BEFORE: Final = 8  # a clitic or a character before a cue that the automaton's find takes in
# Characters read on either side of a run with a cue: the pairing reach and the length of a
# half whose numbers are words ("the first day of March"), so a half paired with the run's
# is inside. (160 read the same corpora, at 4-10 % more time per archive.)
CONTEXT: Final = CUE_REACH + 32
_SKIP: Final = CONTEXT // 2  # runs this close after a tested one are not tested (see _windows)
# Where runs with cues crowd together, their windows merge; a merged window is read in
# pieces of at most MAX_WINDOW characters that overlap by OVERLAP (longer than any dateline),
# so the work per character is bounded whatever the text.
MAX_WINDOW: Final = 1280
OVERLAP: Final = 320
WIDEN: Final = 32  # at most this far to white space, so no word is cut in two
HIJRI_YEARS: Final = range(1300, 1600)
# A day beside a Gregorian month with no Hijri cue within CUE_REACH may still have one
# further off in its own sentence, where a long apposition parts a month from the verb and
# date that say it begins ("Священный месяц Рамадан, предшествующий празднику, в новом году
# начнётся вечером 18 февраля": 62 characters between) or a day word is said long after the
# date ("Сьогодні, 8 серпня 2022 року, весь мусульманський світ відзначає День Ашура, або
# десятий день благословенного місяця Мухаррам"): it is looked for up to FAR_CUE_REACH
# characters away, only within the sentence, and the window is that sentence's stretch.
FAR_CUE_REACH: Final = 2 * CUE_REACH
# How far from a place that may hold a Gregorian half a run is still tested, in long text:
# past the furthest its window reaches (a far cue's stretch, the skip beyond it, widening),
# with room to spare: a piece read has every run that would have opened a window in it.
EVIDENCE_REACH: Final = FAR_CUE_REACH + _SKIP + 4 * WIDEN
# A sentence's end: a stop, a question or exclamation mark or a danda before white space, or a line break.
_SENTENCE_END: Final = re.compile(r"[.!?\u0964\u061f](?=\s)|\n")


def _abbreviation_before(text: str, stop: int) -> bool:
    """Whether the word before the stop at ``stop`` is a name's abbreviation ("Sept.",
    "janv.", "сент."): a shorter spelling of a month or weekday whose longer one it begins."""
    word = _WORD_BEFORE.search(text, max(0, stop - _WORD), stop)
    return word is not None and fold(word.group()) in ABBREVIATED_NAMES


# A sentence's end after a word of four letters or more (not "Jan.", "H." or a day's "20."),
# before white space.
_WORD_STOP: Final = re.compile(r"[.!?\u0964\u061f](?<=[^\W\d_]{4}.)(?=\s)")
# The last of them in a stretch, found in one call (the engine backtracks from the stretch's end).
_LAST_SENTENCE_END: Final = re.compile(r".*(?:[.!?\u0964\u061f](?=\s)|\n)", re.DOTALL)


def _has_cue(text: str, start: int, end: int) -> bool:
    lo, hi = max(0, start - CUE_REACH), min(len(text), end + CUE_REACH)
    stop = _WORD_STOP.search(text, end, hi)
    while stop is not None and _abbreviation_before(text, stop.start()):
        stop = _WORD_STOP.search(text, stop.end(), hi)  # "20 Sept. 2023", "19 janv. 2025": no end
    if stop is not None:
        # not past the end of the run's sentence: a cue there is the next sentence's (a stray
        # "zu" after "… will start on Sunday, 19 January."), and would keep the day from
        # looking for its month further back in its own sentence (_far_cue)
        hi = stop.start()
    while lo > 0 and text[lo - 1].isalpha() and lo < start:
        lo += 1  # never start inside a word: "الذي" cut to "ذي" is not ذي القعدة
    while hi < len(text) and text[hi].isalpha() and hi - end < CUE_REACH + _WORD:
        hi += 1  # nor end inside one: "Rabu" cut to "Rab" is not a short name of Rabi'
    return (
        _has_word(text[lo:hi], HIJRI_CUE_PREFIXES, HIJRI_CUE_PREFIXES_ARABIC, HIJRI_CUE_WORDS)
        or _short_mark_after(text, end, start)
        or _era_first_pair(text, start, end)
    )


def _far_cue(text: str, start: int, end: int) -> tuple[int, int] | None:
    """The stretch of the run's sentence within FAR_CUE_REACH of it, when a part of it past
    CUE_REACH has a Hijri cue and no digit (asked of a day beside a date word with no cue
    nearer): a Hijri month with a number of its own ("18 Rabiul Awal 1436") has its own window,
    and a day further off is no date of it."""
    lo, hi = max(0, start - FAR_CUE_REACH), min(len(text), end + FAR_CUE_REACH)
    if (last := _LAST_SENTENCE_END.match(text, lo, start)) is not None:
        lo = last.end()
    after = _SENTENCE_END.search(text, end, hi)
    if after is not None:
        hi = after.start()
    while lo > 0 and text[lo - 1].isalpha() and lo < start:
        lo += 1  # never start inside a word (see _has_cue)
    while hi < len(text) and text[hi].isalpha() and hi - end < FAR_CUE_REACH + _WORD:
        hi += 1
    near_lo, near_hi = start - CUE_REACH, end + CUE_REACH
    # Each part reaches _WORD characters into the near stretch, to a word's edge there: a
    # word cut in two is no word of the text ("Rabu", Wednesday, cut to "Rab", a short name
    # of Rabi'; "Parab" to "rab"), and the scan finds only whole ones.
    first_end = max(0, min(start, near_lo + _WORD))
    while first_end < start and text[first_end].isalpha():
        first_end += 1
    second_start = max(end, min(near_hi - _WORD, len(text)))
    while second_start > end and text[second_start - 1].isalpha():
        second_start -= 1
    for a, b, far in ((lo, first_end, (lo, near_lo)), (second_start, hi, (near_hi, hi))):
        if (
            far[0] < far[1]
            and not _has_digit(text, *far)
            and _has_word(text[a:b], HIJRI_CUE_PREFIXES, HIJRI_CUE_PREFIXES_ARABIC, HIJRI_CUE_WORDS)
        ):
            return lo, hi
    return None


def _has_word(
    piece: str, prefixes: frozenset[str], arabic: frozenset[str], whole: frozenset[str] = frozenset()
) -> bool:
    """Whether a word of ``piece`` begins with one of ``prefixes`` (folded) or is one of
    ``whole``; Arabic-script words are looked up as written (tatweel aside) in ``arabic``,
    the prefixes in every letter variant, since folding them would cost more than the rest
    of the scan.

    No word holds white space, in either way of finding words (see :func:`_words_have`), so
    the piece is asked about a stretch between spaces at a time, and each stretch's answer is
    kept: the pieces of one dateline's runs overlap, and their words repeat. An era's initials
    may have a space between them ("A. D."): where a stretch has one, the piece is asked."""
    ascii_only = piece.isascii()
    key = (id(prefixes), id(arabic), id(whole), ascii_only)  # the sets are this module's constants
    seen = _SEEN.get(key)
    if seen is None or len(seen) >= _SEEN_MAX:
        seen = _SEEN[key] = {}
    initials = False
    for stretch in piece.split():
        found = seen.get(stretch)
        if found is None:
            found = seen[stretch] = _words_have(stretch, ascii_only, prefixes, arabic, whole)
        if found is _FOUND:
            return True
        if found is _AN_INITIAL:
            initials = True
    return initials and _initials_in(piece)


# What a stretch has: a word asked for, or a letter that is one only with the rest of an era's
# initials (asked of the whole piece), or neither
_FOUND: Final = 1
_AN_INITIAL: Final = 2
_NEITHER: Final = 0

# The answers of _has_word for stretches of text between spaces, one table for each set of
# words and way of finding them (ASCII text or not); each emptied when full.
_SEEN: Final[dict[tuple[int, int, int, bool], dict[str, int]]] = {}
_SEEN_MAX: Final = 100_000


def _unspaced(prefixes: frozenset[str]) -> tuple[str, ...]:
    """The prefixes written in a script whose words run together, which may stand anywhere in
    a run of its letters."""
    found = _UNSPACED_PREFIXES.get(id(prefixes))
    if found is None:
        found = _UNSPACED_PREFIXES[id(prefixes)] = tuple(p for p in prefixes if found_inside_words(p))
    return found


_UNSPACED_PREFIXES: Final[dict[int, tuple[str, ...]]] = {}  # by the sets, this module's constants


def _words_have(
    piece: str, ascii_only: bool, prefixes: frozenset[str], arabic: frozenset[str], whole: frozenset[str]
) -> int:
    """:func:`_has_word` for a stretch of text without white space, found in the way for ASCII
    text or the other: ``_FOUND``, ``_AN_INITIAL`` or ``_NEITHER``."""
    if ascii_only:
        folded = piece.translate(FOLD_TABLE).replace(VANISHED, "")
        found = _ASCII_WORDS.findall(folded)
        if any(word[:CUE_LENGTH] in prefixes or (word in whole and word not in _INITIALS) for word in found):
            return _FOUND
        return (
            _AN_INITIAL if whole is GREGORIAN_ERA_WORDS and any(w in _INITIALS for w in found) else _NEITHER
        )
    initials = False
    for raw in _WORDS.findall(piece):
        if "\u0600" <= raw[0] <= "\u06ff":
            # without tatweel and harakat ("شوّال", "رَمَضَان"), as the automaton finds them
            word = _TATWEEL_AND_HARAKAT.sub("", raw) if "\u0640" in raw or not raw.isalpha() else raw
            if not word:
                continue
            first = word[0]  # a clitic as written ("ك", not Persian "ک" folded to it)
            word = word[: CUE_LENGTH + 1].translate(ARABIC_LETTERS)
            if (
                word[:CUE_LENGTH] in arabic
                or word[:4] in arabic  # a short name with more glued on: "ربیعالاول"
                or (first in ARABIC_CLITICS and word[1 : CUE_LENGTH + 1] in arabic)
            ):
                return _FOUND
        else:
            folded = fold_with_offsets(raw).text.replace(VANISHED, "")
            if folded[:1].isdigit():  # an Indic word's marks take in its script's digits: "৭মার্চ"
                folded = folded.lstrip("0123456789")
            if folded[:CUE_LENGTH] in prefixes or (folded in whole and folded not in _INITIALS):
                return _FOUND
            initials = initials or folded in _INITIALS
            if runs_together(folded) and any(cue in folded for cue in _unspaced(prefixes)):
                return _FOUND  # Chinese, Japanese and Thai words run together: "也是伊历日期的"
    return _AN_INITIAL if initials and whole is GREGORIAN_ERA_WORDS else _NEITHER


def _initials_in(piece: str) -> bool:
    """Whether an era's initials stand in a piece of text as written, a stop straight after
    each but the last and a space after it at most ("A.D.", "A. D.", "C.E.", "ค.ศ."): the
    automaton looks for the same (see prefilter.era_initials_expression)."""
    return _INITIALS_WRITTEN.search(piece) is not None


# Letters that are an era's word only with the rest of its initials, a stop between ("A.D.";
# "a" alone, as in "A.H.", is no era; see lexicon), and those initials as text writes them
_INITIALS: Final = GREGORIAN_ERA_INITIALS
_INITIALS_WRITTEN: Final = re.compile(
    r"(?<![^\W\d_])(?:" + era_initials_expression(python=True) + r")(?![^\W\d_])"
)


_TATWEEL_AND_HARAKAT: Final = re.compile("[\u0640\u064b-\u065f\u0670]")

# Patterns that begin with a look-behind start with a look-ahead for their first character:
# without it, Python's engine tries the whole pattern at every position of the text (about
# twice as slow over archive text).
_FOUR_DIGITS: Final = re.compile(r"(?=\d)(?<!\d)\d{4}(?!\d)")
# A year above HIJRI_YEAR_LIMIT (1700), for ASCII text; a test holds it to the constant.
_GREGORIAN_YEAR: Final = re.compile(
    r"(?=[0-9])(?<![0-9])(?:170[1-9]|17[1-9][0-9]|1[89][0-9]{2}|[2-9][0-9]{3})(?![0-9])"
)
# A Hijri year with its era first and the other calendar's year beside it, past a slash or a
# bracket ("A.H. 100/718", "AD 1786 / AH 1200"): the other is the Gregorian half (see
# _era_first_pair), whatever its size. In ASCII digits, as Latin marks have them (the Gregorian
# automaton looks for the same, as written: with every script's digits, it ran out of memory).
_ERA_FIRST_BESIDE_ANOTHER: Final = re.compile(
    r"(?<![^\W_])(?:[Aa]\.?\s?[Hh]\.?|[Hh]\.)\s?[0-9]{1,4}(?:[\-–][0-9]{2,4})?\s?[/(\u2044\u2215]\s?(?:[A-Za-z]\.?\s?){0,2}[0-9]"
    r"|[0-9]\s?(?:[A-Za-z]\.?\s?){0,2}[/(\u2044\u2215]\s?(?:[Aa]\.?\s?)?[Hh]\.?\s?[0-9]"
    # and its era after it: "1095 AH/1684", "95 AH - 714" (review 57)
    r"|(?<![0-9])[0-9]{2,4}\s?(?:[Aa]\.?\s?)?[Hh]\.?\s?[/(\u2044\u2215\-–]\s?[0-9]{3,4}(?![0-9])"
)
_BRACKETED_DAY_MONTH: Final = re.compile(r"\(\s*\d{1,2}\s*[/.-]\s*\d{1,2}\s*\)")
# A year before 1700 in brackets after its Hijri year, or the two it spans: "2. godine po
# hidžri (624.)", "in 2 AH (624)", "AH 1109 (1697-98)", "A.H. 1200 (1786)".
_BRACKETED_EARLY_YEAR: Final = re.compile(
    r"\(\s*\d{3,4}(?:\.|\s*[-–/]\s*\d{1,4})?\s*(?:(?:"
    # and its era after it: "(661 زاینی)", "(661 م)", "(622 CE)"
    + "|".join(re.escape(era) for era in sorted({e for e, _ in GREGORIAN_ERAS}, key=len, reverse=True))
    + r")\.?\s*)?\)"
)
# A day, month and two-digit year in digits ("(07-06-24)", "24.3.25"), a Gregorian half whose
# century a Hijri partner fixes.
_SHORT_YEAR_DATE: Final = re.compile(r"(?<![\d/.-])\d{1,2}([/.-])\d{1,2}\1\d{2}(?![\d/.-]\d)")


# A day, month and year in digits, and a number a Hijri year could be: an older Gregorian
# date in digits beside its Hijri date ("12 Ziqa'dah 913 / 14.3.1508", a held-out document
# catalogue), whose year no test above takes for a Gregorian one.
# (its month in figures or in Roman numerals, after another date's slash: "3.VIII.655
# H./15.VIII.1257", held-out set 36)
_NUMERIC_DATE_YEAR: Final = re.compile(
    r"(?<!\d)(?<!\d[/.-])\d{1,2}([/.-])(?:\d{1,2}|XII|XI|IX|X|VIII|VII|VI|IV|V|III|II|I)\1(\d{3,4})(?![\d/.-]?\d)"
)
_HIJRI_YEAR_NUMBER: Final = re.compile(r"(?<!\d)\d{2,4}(?!\d)")


# The Rumi calendar's own month names, no cues (names.gregorian_months.RUMI_MONTH_NAMES):
# evidence of a Gregorian-like half where a window is read for other reasons; folded, as the
# text is looked at, so that "Kânûn-ı evvel" is one too (a review: it was not).
# As a word begins, as the prefilter's automaton finds them (prefilter._gregorian_expression).
_RUMI_MONTH: Final = re.compile(
    "(?<![^\\W\\d_])(?:"
    + "|".join(re.escape(fold(name)) for name in sorted(RUMI_MONTH_NAMES, key=len, reverse=True))
    + ")"
)


def _older_numeric_date(piece: str) -> bool:
    numbers: set[int] | None = None  # (found once, when a date asks: each date had searched the piece)
    for match in _NUMERIC_DATE_YEAR.finditer(piece):
        year = int(match.group(2))
        if numbers is None:
            numbers = {int(number) for number in _HIJRI_YEAR_NUMBER.findall(piece)}
        if any(number < year and abs(year - (0.970229 * number + 621.5643)) <= 2 for number in numbers):
            return True
    return False


def _gregorian_evidence(text: str, start: int, end: int) -> bool:
    """Whether a piece of text can hold a Gregorian half: a year the grammar reads as
    Gregorian, a Gregorian month name or era mark, or a bracketed "(20/1)". A dual
    dateline needs one; a run of Hijri numbers and names alone ("1437/1437/…") is not read."""
    piece = text[start:end]
    if piece.isascii():
        if _GREGORIAN_YEAR.search(piece):
            return True
    elif any(int(year) > HIJRI_YEAR_LIMIT for year in _FOUR_DIGITS.findall(piece)):
        return True
    if "(" in piece and (_BRACKETED_DAY_MONTH.search(piece) or _BRACKETED_EARLY_YEAR.search(piece)):
        return True
    if _SHORT_YEAR_DATE.search(piece) or _ERA_FIRST_BESIDE_ANOTHER.search(piece):
        return True
    folded = fold(piece)
    if _older_numeric_date(piece) or _RUMI_MONTH.search(folded):
        return True
    if not piece.isascii() and _DAY_OF_THE_MONTH.search(piece):
        return True  # "19ـی مانگ": a day-only half, which pairs with a Hijri month (see .day_only)
    if _has_word(piece, GREGORIAN_CUE_PREFIXES, GREGORIAN_CUE_PREFIXES_ARABIC, GREGORIAN_ERA_WORDS):
        return True
    # A Solar Hijri half, the lunar date's partner where no Gregorian date is given: Iran's
    # announcements of a month ("دوشنبه ۱۱ فروردین ۱۴۰۴، اول شوال المکرم ۱۴۴۶", a trial).
    if _SOLAR_AND_LUNAR.search(folded) is not None or _SOLAR_AFTER_CONNECTOR.search(folded) is not None:
        return True
    # A Bengali half, which Bangladeshi pages pair with the Hijri date alone too ("আজ ১২
    # বৈশাখ ১৪৩০ বাংলা, ০৪ শাওয়াল ১৪৪৪ হিজরি"), the Hijri one with its era: :func:`_dual`
    # takes the two only side by side.
    return _BENGALI_HIJRI in piece and _BENGALI_MONTHS.search(piece) is not None


def _alternatives(spellings: Iterable[str]) -> str:
    return "|".join(re.escape(spelling) for spelling in sorted(set(spellings), key=len, reverse=True))


def _solar_patterns() -> tuple[re.Pattern[str], re.Pattern[str], re.Pattern[str]]:
    """In folded text: a Solar Hijri date and a lunar one beside it, with only signs, a
    connector ("مطابق", "برابر با"), an era or a weekday between ("۱۱ فروردین ۱۴۰۴، اول شوال",
    "۸ محرم الحرام ۱۴۴۵ هـ ق مطابق ۳ د اسد ۱۴۰۲"): the shape of Iran's and Afghanistan's
    announcements; the gap alone, which must stand between the two halves read (not
    "از ۱ فروردین ۱۴۰۳ تا ۲۰ رمضان", a range, nor "۲ بهمن ۱۴۰۱ رخ داد و ۱۵ شعبان", two events:
    a review); and a Solar date after a connector. Month names are the tables' (a few are
    words of other languages, so only after a day's number)."""
    # (in the scripts Iran and Afghanistan print them: Latin names, rare in such lines, would
    # cost the prefilter's automaton more than its memory allows)
    names = _alternatives(
        fold(spelling)
        for spellings in solar_months.MONTHS
        for spelling, _ in spellings
        if not fold(spelling).isascii()
    )
    eras = _alternatives(fold(spelling) for spelling, _ in solar_months.ERAS if not fold(spelling).isascii())
    lunar_eras = _alternatives(fold(spelling) for spelling, _ in HIJRI_ERAS if not fold(spelling).isascii())
    connectors = _alternatives(fold(spelling) for spelling, _ in CONNECTORS if not fold(spelling).isascii())
    weekdays = _alternatives(fold(spelling) for spelling, _, _ in WEEKDAYS if not fold(spelling).isascii())
    days = _alternatives(fold(spelling) for spelling, _, _ in DAY_WORDS if not fold(spelling).isascii())
    signs = r"[\s,،/|()\-–.:]*"
    # "با" (with) after a connector said without it ("مطابق با"), "روز" (the day of a weekday)
    # "و" (and) only before a connector ("۲ دیماه ۱۴۰۳ و همزمان با ۲۰ جمادی‌الثانی ۱۴۴۶")
    gap = rf"{signs}(?:(?:(?:و\s*)?(?:{connectors})|{weekdays}|{lunar_eras}|{eras}|با|روز)(?!\w){signs})*"
    # a month's name with "ماه" (month) after it: "۲۲ اردیبهشت ماه ۱۴۰۰"
    # (and the month's other name or the weekday in brackets: "۲۵ حمل (فروردین) ۱۴۰۳", "۲ دی
    # (یکشنبه) ۱۴۰۳")
    solar = (
        rf"(?<!\d)\d{{1,2}}\s*(?:د\s+)?(?:{names})(?!\w)(?:\s*ماه(?!\w))?(?:\s*\((?:{names}|{weekdays})\))?(?:\s*\d{{3,4}})?"
        rf"(?:\s*(?:{eras})(?!\w))?"
    )
    # (the look-ahead first lets the engine skip to digits; see _FOUR_DIGITS)
    pair = re.compile(
        rf"(?=\d)(?:{solar}{gap}(?:\d|(?:{days})(?!\w))|(?<!\d)\d{{3,4}}\s*(?:(?:{lunar_eras})(?!\w))?{gap}{solar})"
    )
    # a Solar date after a connector, which a lunar day with no year may stand before: "اول ذی
    # القعده مصادف با ۳ تیر" (see _said_to_coincide)
    after_connector = re.compile(rf"(?:{connectors})(?!\w)(?:\s*با)?{signs}{solar}")
    return pair, re.compile(gap), after_connector


_SOLAR_AND_LUNAR, _SOLAR_GAP, _SOLAR_AFTER_CONNECTOR = _solar_patterns()
_SOLAR_CONNECTOR: Final = re.compile(
    _alternatives(fold(spelling) for spelling, _ in CONNECTORS if not fold(spelling).isascii())
)


def _solar_western_gaps() -> tuple[re.Pattern[str], re.Pattern[str]]:
    """In folded text, what may stand between a Solar Hijri date and a Gregorian one of a line
    of the two: signs, a connector, eras, a weekday ("۱۵ حمل ۱۴۰۴ مطابق ۴ اپریل ۲۰۲۵", "۱۵
    فروردین ۱۴۰۴ (۴ آوریل ۲۰۲۵)"); and a bare "and" between them, with eras ("جمعه ۱۵ فروردین
    ۱۴۰۴ و ۴ آوریل ۲۰۲۵", Iranian radio's "today is … and …"), which says one day only where
    the two are (see :func:`_solar_beside_western`). Not a preposition or words: a wire
    story's Solar dateline and a date in its first sentence ("کابل، ۱۵ حمل ۱۴۰۴ - در ۲۰ مارچ
    ۲۰۲۵ طالبان …") are two things (a review)."""
    connectors = _alternatives(fold(spelling) for spelling, _ in CONNECTORS if not fold(spelling).isascii())
    # (and the Gregorian date's own weekday in English, as Iranian pages print it: "۲۰ اردیبهشت
    # ۱۴۰۳ • برابر با : Thursday - 9 May - 2024", "1 اردیبهشت 1403 Sat, 20 Apr 2024", a trial)
    weekdays = _alternatives(
        fold(spelling)
        for spelling, _, language in WEEKDAYS
        if not fold(spelling).isascii() or language == "en"
    )
    eras = _alternatives(
        fold(spelling)
        for spelling, _ in (*solar_months.ERAS, *GREGORIAN_ERAS)
        if not fold(spelling).isascii()
    )
    # ("… ۱۴۰۴ هجری شمسی؛ برابر با …": a second review; "10 Dey 1403 [2024-12-30]": review 64c)
    signs = r"[\s,،/|()\[\]\-–.:;؛•·]*"
    # "که" (which) before a connector: "… ۲۴ اسفند ۱۴۰۳ که مصادف با ۱۴ مارس ۲۰۲۵"; a time of day
    # between a page's two dates: "۲۸ دی ۱۳۹۶ - ۱۸:۳۳ - 2018 18 January"
    little = _alternatives(fold(word) for word in ("با", "به", "روز", "که"))
    words = rf"(?:(?:{connectors})|{weekdays}|{eras}|{little}|\d{{1,2}}:\d{{2}}(?::\d{{2}})?)"
    joined = re.compile(rf"{signs}(?:{words}(?!\w){signs})*")
    bare_and = re.compile(rf"{signs}(?:(?:{eras})(?!\w){signs})*(?:و|او|and)(?!\w){signs}")
    return joined, bare_and


_SOLAR_WESTERN_GAP, _SOLAR_WESTERN_AND = _solar_western_gaps()


def _solar_beside_western(text: str, solar: DatePart, western: DatePart) -> bool:
    """Whether a Solar Hijri half and a Gregorian one are one line's (see
    :func:`_solar_western_gaps`): joined as a line joins them, or by a bare "and" where they
    name the same day or one a day off (a slip the checker reports)."""
    first, second = sorted((solar.span, western.span))
    gap = fold(text[first[1] : second[0]])
    if _SOLAR_WESTERN_GAP.fullmatch(gap):
        return True
    if not _SOLAR_WESTERN_AND.fullmatch(gap):
        return False
    from ..calendars import get_calendar

    try:
        day = get_calendar("solar-hijri").to_gregorian(solar.to_hijri())
        return abs((day - western.to_date()).days) <= 1
    except (ValueError, DatelineError):
        return False


# A day's number, its ending, and the word for "month" with no name: "19ـی مانگ" (the 19th of
# the month), which the reader takes for a Gregorian day beside a Hijri month (see .day_only).
_DAY_OF_THE_MONTH: Final = re.compile(
    r"\d[^\W\d]{0,3}\s+(?:" + "|".join(re.escape(word) for word, _ in MONTH_AFTER_DAY) + r")(?!\w)"
)


# The Latin short era mark before a year, as catalogues and scholars write it: "AH 1200 (AD
# 1786)", "A.H. 1200", "H.1193 / M.1779" (a letter alone only with its stop). Not a word's
# end ("BLAH 1200"); the prefilter finds the same.
_ERA_MARK_BEFORE: Final = re.compile(r"(?<![^\W_])(?:[Aa]\.?\s?[Hh]\.?|(?<![^\W\d_]\.)[Hh]\.)\s?\Z")


# The other calendar's year beside an era-first year, past a slash or a bracket: after it
# ("AH 1200 (AD 1786)", "A.H. 1200/1786", "AH 1200 / CE 1786"), or before its era mark ("AD
# 1786 / AH 1200"). An era-first year alone ("He wrote AH 1200 in the margin") is no date's:
# asking each such year in full cost a hundred times prose (a text made of them).
_OTHER_YEAR_AFTER: Final = re.compile(
    r"(?:\s?[\-–]\s?[0-9]{2,4})?\s?[/(\[\u2044\u2215]\s?(?:[A-Za-z]\.?\s?){0,2}(\d{1,4})(?!\d)"
)
# (Turkish puts a case ending after the year: "30 Eylül 1207’de (H.604)"; the whole ending,
# not a part of it with the rest taken for an era's letters, "1207’deM. (H.604)": review 63b)
_OTHER_YEAR_BEFORE: Final = re.compile(
    r"(?<!\d)(\d{1,4})(?:['’][^\W\d_]{1,4}(?![^\W\d_]))?\s?((?:[A-Za-z]\.?\s?){0,2})[/(\[\u2044\u2215]\s?\Z"
)


# An abbreviation before a year, its stops spaced or the last left off, or a comma after it:
# "A.D. 1786", "A. D. 1786", "A.D 1786", "30 Sept., 1786", "Sept. 30, 1786" (review 64c).
_ABBREVIATED_BEFORE: Final = re.compile(
    r"(?<![^\W\d_])((?:[^\W\d_]+\.\s?)+[^\W\d_]*)\.?,?\s?(?:\d{1,2},\s?)?\Z"
)
_STOPS_AND_SPACES: Final = re.compile(r"[.\s]")


def _era_first_pair(text: str, start: int, end: int) -> bool:
    """Whether the run of digits at ``start``..``end`` is a year with a Latin short era mark
    first and the other calendar's year beside it (see :data:`_ERA_MARK_BEFORE`)."""
    mark = _ERA_MARK_BEFORE.search(text, max(0, start - 6), start)
    if mark is None:
        return False
    # the other year within a century of the Hijri one's (a sum, not a window read: a text
    # made of "H.123–456 / " had each read, five times as slow; review 61d)
    hijri = int(text[start:end])
    other = _OTHER_YEAR_AFTER.match(text, end)
    if other is None:
        other = _OTHER_YEAR_BEFORE.search(text, max(0, mark.start() - 12), mark.start())
        if other is not None and not other.group(2).strip():
            # A bare year before needs a date word or sign before it ("30 Eylül 1207’de
            # (H.604)"); "in 1207 (H.604)", two years alone, pair in no reading, and a text of
            # "1207 (H.604) " had each read in one window, 8 s a MB (review 63)
            at = other.start(1)
            word = _word_or_sign_before(text, max(0, at - _NEAR), at)
            reach = 100.0
            if word is None or not (word == "sign" or _is_date_word_before(word)):
                # an abbreviation's stop, or a day and a comma, after a date word: "A.D. 1786
                # (A.H. 1200)", "30 Sept. 1786 (…)", "Sept. 30, 1786 (…)" (review 64b), "A. D.
                # 1786", "A.D 1786" (its "D" no word of its own), "30 Sept., 1786" (review 64c);
                # the years within a few of each other ("A.D. 1786 (A.H. 1250) " repeated had
                # each read, 26 s a MB: review 64c)
                found = _ABBREVIATED_BEFORE.search(text, max(0, at - _NEAR), at)
                if found is None or not _is_date_word_before(_STOPS_AND_SPACES.sub("", found.group(1))):
                    return False
                reach = 3.0
            return abs(int(other.group(1)) - (0.970229 * hijri + 621.5643)) <= reach
    return other is not None and abs(int(other.group(1)) - (0.970229 * hijri + 621.5643)) <= 100


def _short_mark_after(text: str, end: int, start: int) -> bool:
    """A short era mark straight after the number: "1445H", "١٤٤٥ هـ", "1109 A.H."."""
    following = text[end : end + 2].lstrip()[:1]
    if following not in HIJRI_SHORT_MARK_STARTS:
        return False
    if following in "Aa" and (mark := _AH_WITH_STOPS.match(text, end)) is not None:
        # a shorter number only with the other calendar's year beside: "in 61 A.H. (680 CE)"
        # (not "Sec. 4 A.H. Grade …", "12 A.H. (12)": review 57's hostile shapes)
        after = mark.end() + (text[mark.end() : mark.end() + 1] == ".")
        return end - start >= 3 or (
            text[start:end].isascii() and _OTHER_YEAR_OF_3.match(text, after) is not None
        )
    marks = _WORDS.match(
        fold_with_offsets(text, end, min(len(text), end + 6)).text.replace(VANISHED, "").lstrip()
    )
    return marks is not None and marks.group() in HIJRI_SHORT_MARKS


def _roman_hijri_date(text: str, start: int, end: int) -> bool:
    """Whether the year of three digits at ``start``..``end`` ends a date with its month in
    Roman numerals and has the Hijri era's short mark after it: "3.VIII.655 H./15.VIII.1257
    C." (3 Sha'ban 655, as Arabists write it; held-out set 36)."""
    return _ROMAN_DATE_BEFORE.search(text, max(0, start - 8), start) is not None and _short_mark_after(
        text, end, start
    )


_ROMAN_DATE_BEFORE: Final = re.compile(r"(?<!\d)\d{1,2}[./](?:XII|XI|IX|X|VIII|VII|VI|IV|V|III|II|I)[./]\Z")


# A year of three or four digits past a slash or a bracket: "… (680 CE)", "…/665".
_OTHER_YEAR_OF_3: Final = re.compile(r"\s?[/(\u2044\u2215]\s?(?:[A-Za-z]\.?\s?){0,2}[0-9]{3}")
# "A.H." after a year, as catalogues print it (the automaton finds it as written, see prefilter)
_AH_WITH_STOPS: Final = re.compile(r"\s?[Aa]\.\s?[Hh](?![^\W\d_])")

# The word (or date sign) right before and right after a run of digits. Thaana and Indic vowel signs
# are marks, not letters, to the regular expression engine; a second pattern takes them into
# words, tried only where one stands (the first is much the cheaper).
_NEXT: Final = re.compile(r"[\s\"'“”«»()\[\],]*(?:([/|]|[\-.](?=\s?\d))|[.\-]?\s*([^\W\d_]+))")
# The word or sign before a run is matched on the characters before it reversed: a search
# for a word at the end of a stretch tries every place in it (each letter of each word),
# where a match from the end tries one.
_PREVIOUS_REVERSED: Final = re.compile(r"[\s\"'“”«»()\[\],–—]*(?:([/|])|([\-.])|([^\W\d_]+))")
_NEXT_INDIC: Final = re.compile(r"[\s\"'“”«»()\[\],]*[.\-]?\s*((?:[^\W\d_]|[" + WORD_MARKS + r"])+)")
_PREVIOUS_INDIC: Final = re.compile(r"((?:[^\W\d_]|[" + WORD_MARKS + r"])+)[\s\"'“”«»()\[\],]*$")
_INDIC: Final = re.compile(r"[\u0780-\u07bf\u0900-\u0e7f]")
_NEIGHBOUR_WORDS: Final = neighbour_words()
_NEAR: Final = 24  # characters looked at on either side for the neighbouring word


def _folded(raw: str) -> str:
    word = _FOLDED.get(raw)
    if word is None:
        # Kept: the words beside numbers repeat (month names, weekdays, "of"), and a
        # translation goes through the table a character at a time.
        if len(_FOLDED) >= _FOLDED_MAX:
            _FOLDED.clear()
        word = raw.translate(FOLD_TABLE)
        word = _FOLDED[raw] = word.replace(VANISHED, "") if VANISHED in word else word
    return word


_FOLDED: Final[dict[str, str]] = {}
_FOLDED_MAX: Final = 20_000


def _is_date_word_before(raw: str) -> bool:
    """A date word before a number: not the first word of a name of several words alone
    ("in 1437": "in" of "in the Hijri calendar"). In Chinese and Japanese, the end of the
    run of letters before it, where that is a calendar's or a month's name ("也就是公历2021年":
    that is, the Gregorian calendar's 2021; not "每月1580元", 1580 yuan a month)."""
    word = _folded(raw)
    if word in _NEIGHBOUR_WORDS and word not in _FIRST_WORDS_ONLY:
        return True
    return is_ideographic(word) and any(word[cut:] in UNSPACED_NAMES_BEFORE for cut in range(1, len(word)))


def _is_date_word_after(text: str, raw: str, end: int, indic: bool) -> bool:
    """A date word after a number, ``raw`` ending at ``end``: the first word of a name of
    several words only where a word the name may go on with follows ("1437 in the Hijri
    calendar", not "1437 and 1438")."""
    word = _folded(raw)
    if word not in _NEIGHBOUR_WORDS:
        return False
    seconds = _FIRST_WORDS_ONLY.get(word)
    if seconds is None:
        return True
    following = (_NEXT_WORD_INDIC if indic else _NEXT_WORD).match(text, end, end + _NEAR)
    if following is None:
        return False
    second = _folded(following.group(1))
    return second[:2] in seconds or second[:1] in seconds  # (a second word of one letter: "Dhu l-Hijjah")


def _date_neighbour(text: str, start: int, end: int, indic: bool = False, year: bool = False) -> bool:
    """Whether a date word or sign touches the run: every number of a dateline has one (a
    month name of either calendar, an era mark, a day word, an ordinal suffix, or the "/"
    of a numeric date); counts, prices and times seldom do. ``indic``: the text has
    letters of the Indic scripts, whose vowel signs the first patterns do not take. A word
    that the reach cuts is taken whole: "Wednesday" cut to "day" is no day word (and the
    automaton, which sees whole words, finds every word this test takes).

    ``year``: the run is a year, whose signs are those of a whole numeric date: a month and
    a year alone ("12/1360") and a year before another ("1360-1790", outside a bracket) make no
    half the reader pairs without a Hijri word (a catalogue's "d. 12/1360; No. 1360-1790", each number of
    it read in one window the length of the text: 2.5 s a MB, stop 63)."""
    stop = min(len(text), end + _NEAR)
    following = _NEXT.match(text, end, stop)
    if following and (
        (
            following.group(1)
            and not (
                year
                and _YEAR_ON.match(text, following.end(1))
                and not _OPENING_BRACKET_BEFORE.search(text, max(0, start - 3), start)
                and not (
                    _solar_month_before(text, max(0, start - _NEAR), start)
                    and _solar_partner_on(text, start, end, following.end(1))
                )
            )
        )
        or (
            following.group(2)
            and _is_date_word_after(text, *_whole_after(text, following, 2, _WORD_AFTER), False)
        )
    ):
        return True
    first = max(0, start - _NEAR)
    before = _word_or_sign_before(text, first, start)
    if before is not None and (
        (before == "sign" and not (year and _MONTH_ALONE_BEFORE.search(text, max(0, start - 4), start)))
        or (before != "sign" and _is_date_word_before(before))
    ):
        return True
    if not indic:
        return False
    following = _NEXT_INDIC.match(text, end, stop)
    preceding = _PREVIOUS_INDIC.search(text, first, start)
    return bool(
        (following and _is_date_word_after(text, *_whole_after(text, following, 1, _INDIC_WORD_AFTER), True))
        or (preceding and _is_date_word_before(_whole_before(text, preceding, 1, _INDIC_WORD_BEFORE)))
    )


def _solar_month_before(text: str, first: int, start: int) -> bool:
    """Whether a Solar Hijri month's name ends ``text[first:start]`` (but for spaces): its year
    is a Solar one, whose Gregorian partner may follow a dash ("1 Farvardin 1404 - 2025-03-21",
    "۳۱ خرداد ۱۴۰۴ - 2025 June 21": review 63)."""
    word = _word_or_sign_before(text, first, start)
    if word is None or word == "sign":
        # past a comma, and a day after the month: "Khordad 31, 1404 - 2025-06-21", "۳۱ خرداد،
        # ۱۴۰۴ - …" (review 63b)
        found = _SOLAR_MONTH_AND_DAY.search(text, max(0, start - _SOLAR_LOOK_BACK), start)
        word = found.group(1) if found is not None else None
    return word is not None and any(entry.kind == SMONTH for entry in LEXICON.entries.get(_folded(word), ()))


def _solar_partner_on(text: str, start: int, end: int, at: int) -> bool:
    """Whether what follows the sign after a Solar year may be its Gregorian partner: not a
    year of four figures other than the Solar year's (a Solar year runs from March of its
    number + 621 to March of the next): "Mehr 12, 1360-1790", a near miss, opened a window
    for each, 4-6 s a MB (review 63c)."""
    found = _FOUR_FIGURES_ON.match(text, at)
    return found is None or _SOLAR_SUM[0] <= int(found.group(1)) - int(text[start:end]) <= _SOLAR_SUM[1]


# A Solar year's number + 621 or 622 is its Gregorian years; a few more either side keep a
# year the text has wrong, which the checker reports ("10 Dey 1403 (2026-12-30)": review 64c).
_SOLAR_SUM: Final = (615, 628)
_FOUR_FIGURES_ON: Final = re.compile(r"\s?(\d{4})(?!\d)")
# (a whole word: the look-back may begin inside one, "Bazar" is no "Azar"; review 63c)
_SOLAR_MONTH_AND_DAY: Final = re.compile(r"(?<![^\W\d_])([^\W\d_]+)\s*[,،]?\s*(?:\d{1,2}\s*[,،]?\s*)?\Z")
_SOLAR_LOOK_BACK: Final = 40


def _word_or_sign_before(text: str, first: int, start: int) -> str | None:
    """The word (taken whole where ``first`` cuts it) or date sign ("sign": "/", "|", or "-" or
    "." after a number) that ends ``text[first:start]`` but for spaces, quotes, brackets,
    commas and dashes; None where something else ends it."""
    before = _PREVIOUS_REVERSED.match(text[first:start][::-1])
    if before is None:
        return None
    if before.group(1):
        return "sign"
    if before.group(2):
        # "-" or "." after a number, one space between at most ("12-", "12 ."): the number
        # may stand before the reach
        sign = start - 1 - before.start(2)
        digit_before = sign > 0 and (
            text[sign - 1].isdecimal()
            or (sign > first and sign > 1 and text[sign - 1].isspace() and text[sign - 2].isdecimal())
        )
        return "sign" if digit_before else None
    return _whole_word_before(text, before.group(3)[::-1], start - before.end(3), first, _WORD_BEFORE)


def _whole_after(text: str, match: re.Match[str], group: int, rest: re.Pattern[str]) -> tuple[str, int]:
    """The word of ``match``, with the rest of it where the reach cut it, and where it ends."""
    word, stop = match.group(group), match.end(group)
    if stop != match.endpos or stop >= len(text):
        return word, stop
    more = rest.match(text, stop, stop + _LONGEST_NEIGHBOUR)
    return (word + more.group(), more.end()) if more else (word, stop)


def _whole_before(text: str, match: re.Match[str], group: int, rest: re.Pattern[str]) -> str:
    """The word of ``match``, with its start where the reach cut it (a word longer than any
    date word stays cut: it is none either way)."""
    return _whole_word_before(text, match.group(group), match.start(group), match.pos, rest)


def _whole_word_before(text: str, word: str, first: int, reach: int, rest: re.Pattern[str]) -> str:
    """``word``, which begins at ``first``, with its start where the reach (from ``reach``) cut it."""
    if first != reach or first == 0:
        return word
    more = rest.search(text, max(0, first - _LONGEST_NEIGHBOUR), first)
    return more.group() + word if more else word


# The rest of a word past the reach, either way (the Indic patterns take vowel signs too).
_WORD_AFTER: Final = re.compile(r"[^\W\d_]+")
_WORD_BEFORE: Final = re.compile(r"[^\W\d_]+\Z")
_INDIC_WORD_AFTER: Final = re.compile(r"(?:[^\W\d_]|[" + WORD_MARKS + r"])+")
_INDIC_WORD_BEFORE: Final = re.compile(r"(?:[^\W\d_]|[" + WORD_MARKS + r"])+\Z")
_LONGEST_NEIGHBOUR: Final = max(map(len, _NEIGHBOUR_WORDS)) + 1
_FIRST_WORDS_ONLY: Final = first_words_only()
# The word after a name's first word: past white space, an apostrophe or a joiner ("Dhu
# al-Hijjah", "Rab. II"), as the tokenizer joins a name's words.
_NEXT_WORD: Final = re.compile(r"[\s'’‘`´ʻʼʿ\-.]{1,4}([^\W\d_]+)")
_NEXT_WORD_INDIC: Final = re.compile(r"[\s'’‘`´ʻʼʿ\-.]{1,4}((?:[^\W\d_]|[" + WORD_MARKS + r"])+)")


_CAPITAL_AH: Final = re.compile(r"\s?A\.?H\b")


def _spelled_era_after(text: str, end: int, indic: bool) -> bool:
    """Whether a Hijri era word, spelled out, follows the number: "61 हिजरी", "125 Hijriah";
    not when a word for "years" follows that ("33 हिजरी वर्ष": a count)."""
    stop = min(len(text), end + _NEAR)
    following = (_NEXT_INDIC if indic else _NEXT).match(text, end, stop)
    word = following.group(1 if indic else 2) if following else None
    if not word:
        return False  # most numbers: a sign or another number follows
    folded = word.translate(FOLD_TABLE).replace(VANISHED, "")
    if folded not in HIJRI_ERA_WORDS and not _CAPITAL_AH.match(text, end, stop):
        return False  # "100 Ah" is amp-hours; "61 AH", "61 A.H." are years
    after = words(fold_with_offsets(text, end, min(len(text), end + 2 * _NEAR)).text.replace(VANISHED, ""))
    return len(after) < 2 or after[1] not in YEAR_COUNT_NOUNS


def _gregorian_era_before(text: str, start: int) -> bool:
    """Whether a Gregorian era word (or a word of one, of two letters or more) stands straight
    before the number, a space between: "AD 622", "എ ഡി 622" (a year of three digits with its
    era first). Sliced, not searched: it is asked of every run of three digits."""
    end = start
    while end > 0 and text[end - 1] == " ":
        end -= 1
    if end == start:
        return False
    begin = max(text.rfind(" ", max(0, end - _NEAR), end) + 1, end - _NEAR, 0)
    folded = text[begin:end].lstrip("([\"'“«").translate(FOLD_TABLE).replace(VANISHED, "")
    return len(folded) >= 2 and folded in GREGORIAN_ERA_WORDS


def digit_runs(
    text: str, lo: int = 0, hi: int | None = None, floor: list[int] | None = None
) -> Iterator[tuple[int, int]]:
    """The whole runs of digits that begin in ``text[lo:hi]`` (a run may end past ``hi``),
    and not before ``floor[0]``, which the taker may move on as it goes (the search then
    starts again from there).

    The scan stops at ``hi``: a stretch near a Hijri cue costs its own length, not the way
    to the next digit, which in text of names without numbers is the end of the text; and a
    stretch without a digit is left after one look (see :func:`_has_digit`)."""
    size = len(text)
    stop = size if hi is None else min(hi, size)
    while True:
        begin = max(lo, 0, floor[0] if floor is not None else 0)
        if begin >= stop or not _has_digit(text, begin, stop):
            return
        for match in _RUNS.finditer(text, begin, stop):
            start, end = match.span()
            if floor is not None and start < floor[0]:
                break  # skipped ahead: search again from there
            if end == stop < size and text[stop].isdecimal():
                end = _past(_DIGITS, text, stop)  # the run goes on past the stretch: whole
            yield start, end
        else:
            return


_RUNS: Final = re.compile(r"(?=\d)(?<!\d)\d+")  # the look-ahead: see _FOUR_DIGITS


def _has_digit(text: str, lo: int = 0, hi: int = sys.maxsize) -> bool:
    """Whether ``text[lo:hi]`` has a digit. In ASCII text, ten scans at the speed of memchr
    take a tenth of the time of one by the engine."""
    if text.isascii():
        return any(text.find(digit, lo, hi) >= 0 for digit in "0123456789")
    return _past(_NOT_DIGITS, text, lo, hi) < min(hi, len(text))


# From how many characters one search by the automaton for a digit or a number in words is
# worth making first (a call costs some microseconds; a text without either costs a folding
# and several searches without it).
_LONG_TEXT: Final = 4096


def _past(pattern: re.Pattern[str], text: str, position: int, stop: int = sys.maxsize) -> int:
    """Where a pattern that always matches (``\\d*``, ``\\D*``) ends, matched at ``position``."""
    match = pattern.match(text, position, stop)
    return match.end() if match else position


_DIGIT: Final = re.compile(r"\d")
_DIGITS: Final = re.compile(r"\d*")
_NOT_DIGITS: Final = re.compile(r"\D*")


def _windows(text: str, prefilter: bool = True, gate: bool = False) -> Iterator[tuple[int, int]]:
    """Windows worth reading, merged where they overlap, edges moved to white space.
    ``prefilter``: test only the runs the C-speed scan lets through (the same windows).
    ``gate``: leave a long text at once where a search finds that no piece of it can hold a
    Gregorian half (no window would be read: extract's use); and where runs to test crowd in
    it, pass over those far from any (see :func:`_digit_windows`)."""
    long_text = prefilter and len(text) > _LONG_TEXT
    if long_text:
        if digits_or_words_in(text) is False:
            return  # neither a digit nor a number in words: one search, not three and a folding
        if (
            gate
            and not _year_past_the_hijri_range(text)
            and gregorian_evidence_in(text) is False
            and not (_BENGALI_HIJRI in text and _bengali_dates(text))
        ):
            # No piece of the text can hold a Gregorian half, which every window read needs
            # (text dense with Hijri dates alone: "١٠ ربيع الآخر ١٤٣٧ هـ …", "1437/1437/…"). In
            # text with datelines the search stops at the first year, a few words in.
            return
    dense = gate and long_text
    if not text.isascii() and (seeds := [*_years_in_words(text), *_bengali_dates(text), *_solar_dates(text)]):
        yield from _merged([*_digit_windows(text, prefilter, dense), *seeds])
        return
    yield from _digit_windows(text, prefilter, dense)


def _bengali_dates(text: str) -> list[tuple[int, int]]:
    """Windows around the Bengali months of Bangladesh's calendar in Bengali script: a
    masthead of a Gregorian and a Bengali date ("২১ নভেম্বর ২০২৪, ৬ অগ্রহায়ণ ১৪৩১") has no
    Hijri word to open one. Looked for only in text with Bengali letters (one byte search)."""
    encoded = encode(text)
    # (one byte first, a memchr: the lead byte of the Indic blocks, in no Arabic or Latin text)
    if (
        encoded is None
        or b"\xe0" not in encoded
        or (b"\xe0\xa6" not in encoded and b"\xe0\xa7" not in encoded)
    ):
        return []
    size = len(text)
    windows = []
    for match in _BENGALI_MONTHS.finditer(text):
        lo, hi = max(0, match.start() - CONTEXT), min(size, match.end() + CONTEXT)
        if _DIGIT.search(text, lo, hi):  # a date has its number near (and a text of none, no window)
            windows.append(_widen(text, lo, hi))
    return windows


def _solar_dates(text: str) -> list[tuple[int, int]]:
    """Windows around the Solar Hijri dates of Iran and Afghanistan in their scripts (a day, a
    month's name, a year): a line of a Solar Hijri and a Gregorian date ("کابل، ۱۵ حمل ۱۴۰۴
    مطابق ۴ اپریل ۲۰۲۵") has no Hijri word to open one, and ``parse`` reads it (a trial: the
    line was checked by ``check()`` and passed over by ``extract`` and ``datelines check``).
    Looked for only in text with Arabic letters, by the C-speed search where it runs (Python's
    engine, trying each digit, cost two and a half times a scan for digits on Arabic text)."""
    size = len(text)
    windows = []
    position = 0
    for start in solar_date_starts(text):
        if start < position:
            continue
        match = SOLAR_DATE.search(text, max(0, start - 1), min(size, start + _SOLAR_DATE_LENGTH))
        if match is None:
            continue
        position = match.end()
        # Only with a Gregorian date in its sentence, which the line's other date is: a Solar
        # date alone (Persian news has one in every story) would be read for nothing (a review:
        # Persian text took four times as long)
        if not _western_date_beside(text, match.start(), match.end()):
            continue
        windows.append(_widen(text, max(0, match.start() - CONTEXT), min(size, match.end() + CONTEXT)))
    return windows


def _western_date_beside(text: str, start: int, end: int) -> bool:
    """Whether a Gregorian date of our years stands beside the Solar Hijri date at
    start..end, joined to it as :func:`_dual` asks (signs, a connector, eras, a weekday, or a
    bare "and"): the windows of a Solar date are read only then (a second review: Persian
    news names a Gregorian date in many sentences with a Solar one, each another event's)."""
    lo, hi = _sentence_around(text, start, end)
    after = fold(text[end:hi])
    for gap in (_SOLAR_WESTERN_GAP, _SOLAR_WESTERN_AND):
        joined = gap.match(after)
        if joined is not None and _our_year(_WESTERN_DATE.match(after, joined.end())):
            return True
    before = fold(text[lo:start])
    return any(_our_year(found) for found in _WESTERN_DATE_BEFORE.finditer(before))


def _our_year(found: re.Match[str] | None) -> bool:
    return found is not None and HIJRI_YEAR_LIMIT < int(next(y for y in found.groups() if y)) <= _LAST_YEAR


def _sentence_around(text: str, start: int, end: int) -> tuple[int, int]:
    """The stretch of ``text`` around start..end, _SOLAR_PARTNER_REACH characters each way at
    most, that no sentence's end or line break cuts."""
    lo = max(0, start - _SOLAR_PARTNER_REACH)
    for stop in reversed([m.start() for m in _SENTENCE_ENDS.finditer(text, lo, start)]):
        if not _abbreviation_dot(text, stop):
            lo = stop + 1
            break
    hi = min(len(text), end + _SOLAR_PARTNER_REACH)
    for found in _SENTENCE_ENDS.finditer(text, end, hi):
        if not _abbreviation_dot(text, found.start()):
            return lo, found.start()
    return lo, hi


def _abbreviation_dot(text: str, at: int) -> bool:
    """Whether the full stop at ``at`` ends a word of one or two letters, an era's
    abbreviation ("۱۴۰۴ ش.", "خ.", "م."), not a sentence (a review: a line was cut there)."""
    if text[at] != ".":
        return False
    word = _LAST_WORD.search(text, max(0, at - 3), at)
    return word is not None and len(word.group()) <= 2


_SENTENCE_ENDS: Final = re.compile(r"[.!?؟\n]")
# A whole date with a four-digit year: a day, a month's name and the year either way, or
# digits ("۴ آوریل ۲۰۲۵", "April 4, 2025", "2025/04/04"); not a year alone ("در سال ۲۰۲۵", in
# 2025, which Persian news says often: a second review found the Solar windows read for it).
_WESTERN_DATE: Final = re.compile(
    r"(?<!\d)\d{1,2}\s*[^\W\d_]{2,}\.?,?\s*(?:[-–/]\s*)?(\d{4})(?!\d)"
    r"|[^\W\d_]{2,}\.?\s*\d{1,2},?\s*(\d{4})(?!\d)"
    r"|(?<!\d)(\d{4})[/.-]\d{1,2}[/.-]\d{1,2}(?!\d)"
    r"|(?<!\d)\d{1,2}[/.-]\d{1,2}[/.-](\d{4})(?!\d)"
)
# The same, and a gap of a line of two calendars after it, at the end of the text before a
# Solar date ("۴ آوریل ۲۰۲۵ مطابق ۱۵ فروردین …").
_WESTERN_DATE_BEFORE: Final = re.compile(
    rf"(?:{_WESTERN_DATE.pattern})(?:{_SOLAR_WESTERN_GAP.pattern}|{_SOLAR_WESTERN_AND.pattern})$"
)
_LAST_WORD: Final = re.compile(r"(?<![^\W\d_])[^\W\d_]+$")
_LAST_YEAR: Final = 2200  # the Gregorian years of a line of ours


# The longest a Solar Hijri date may be: a day, a month's name with joiners, "ماه", a year.
_SOLAR_DATE_LENGTH: Final = 64
# How far from a Solar Hijri date the Gregorian year of a line of the two may stand: the date
# after a connector, a weekday and its day and month ("۱۵ فروردین ۱۴۰۴ هجری شمسی مطابق با
# جمعه ۴ آوریل ۲۰۲۵ میلادی").
_SOLAR_PARTNER_REACH: Final = 80


def _bengali_month_pattern() -> re.Pattern[str]:
    """The Bengali-script month names as text writes them: composed ("পৌষ" with its two-part
    vowel sign as one letter) or not, and with a nukta letter precomposed (U+09DC, U+09DD,
    U+09DF) or as its letter and the nukta."""
    composed = {"\u09a1\u09bc": "\u09dc", "\u09a2\u09bc": "\u09dd", "\u09af\u09bc": "\u09df"}
    forms: set[str] = set()
    for spellings in bangla_months.MONTHS:
        for spelling, language in spellings:
            if language != "bn":
                continue
            for form in (unicodedata.normalize("NFD", spelling), unicodedata.normalize("NFC", spelling)):
                forms.add(form)
                precomposed = form
                for pair, single in composed.items():
                    precomposed = precomposed.replace(pair, single)
                forms.add(precomposed)
    # at the start of a word (its case endings may follow: "চৈত্রের", of Chaitra)
    return re.compile(f"(?<![\u0980-\u09ff])(?:{_alternatives(forms)})")


_BENGALI_MONTHS: Final = _bengali_month_pattern()


def _bengali_gap() -> re.Pattern[str]:
    """In folded text, what may stand between a Bengali date and the Hijri date beside it
    in a Bangladeshi page's line of dates: commas, slashes, bars, brackets and colons, a
    connector, an era, a weekday or the word for "date" ("০৮ শ্রাবণ ১৪২৬, ১৯ যিলক্বদ ১৪৪০",
    "বাংলা তারিখ: ১২ বৈশাখ ১৪৩০ | হিজরি তারিখ: ০৪ শাওয়াল ১৪৪৪"); not "and", a dash or a full
    stop, which join two days of a list or a range, or two sentences ("১ বৈশাখ ১৪৩১ ও ১ শাওয়াল
    ১৪৪৫ হিজরি প্রায় একই সময়ে পড়েছে", a review)."""
    words = _alternatives(
        fold(spelling)
        for spelling in (
            *(spelling for spelling, _ in bangla_months.ERAS),
            *(spelling for spelling, _ in HIJRI_ERAS),
            *(spelling for spelling, _ in CONNECTORS),
            *(spelling for spelling, _, _ in WEEKDAYS),
            "তারিখ",
        )
        if not fold(spelling).isascii()
    )
    signs = r"[\s,،/|():]*"
    return re.compile(rf"{signs}(?:(?:{words})(?!\w){signs})*")


# The root of the Hijri era's Bengali words ("হিজরি", "হিজরী"): a line of a Bengali and a Hijri
# date alone names its Hijri date so (a window of Bengali text without it is not read as one).
_BENGALI_HIJRI: Final = "হিজর"


_BENGALI_GAP: Final = _bengali_gap()


def _year_past_the_hijri_range(text: str) -> bool:
    """Whether the start of ``text`` has a year past 1700 in four digits of any script: then
    :func:`gregorian_evidence_in` would say yes (four such digits anywhere are evidence), and
    the automaton need not search. A wire record opens with its dateline; searched each time,
    the automaton would hold some MB more in every process."""
    return any(int(year) > HIJRI_YEAR_LIMIT for year in _FOUR_DIGITS.findall(text, 0, _LONG_TEXT))


def _years_in_words(text: str) -> list[tuple[int, int]]:
    """Windows around years written in words ("لعام ألفٍ وأربعمائةٍ وأربعة وأربعين"), which
    the scan for digits does not see: a dateline all in words has no digit."""
    size = len(text)
    return [
        _widen(text, max(0, match.start() - CONTEXT), min(size, match.end() + CONTEXT))
        for pattern in YEAR_IN_WORDS_RAW
        for match in pattern.finditer(text)
    ]


def _merged(windows: list[tuple[int, int]]) -> Iterator[tuple[int, int]]:
    """Windows in order, those that overlap merged."""
    current: tuple[int, int] | None = None
    for lo, hi in sorted(windows):
        if current is not None and lo <= current[1]:
            current = (current[0], max(current[1], hi))
            continue
        if current is not None:
            yield current
        current = (lo, hi)
    if current is not None:
        yield current


def _digit_free_windows(text: str, prefilter: bool = True) -> Iterator[tuple[int, int]]:
    """In text without a digit, a window around each Hijri cue, where a Gregorian one is near
    too: days and months in words ("ọjọ́ kẹrìnlé-lógún, oṣù kẹta ni yóò jẹ́ ọjọ́ kínní, oṣù
    Ramadan"), where a number in words is too. Text whose digits open no window comes here
    too; a text is looked at word by word only where the automaton finds a cue in it, and only
    when it has a number in words as a word of its own (one search of its folded letters; and
    so each window)."""
    if not words_without_digits_in(text):
        return  # no day or year in words, which a date without a digit needs
    found = cue_stretches(text) if prefilter else None
    stretches = None if found is None else list(found)
    if stretches == []:
        return  # no Hijri cue
    size = len(text)
    windows = [
        _widen(text, max(0, word.start() - CONTEXT), min(size, word.end() + CONTEXT))
        for word in (_WORDS.finditer(text) if stretches is None else _words_in(text, stretches))
        if _has_word(word.group(), HIJRI_CUE_PREFIXES, HIJRI_CUE_PREFIXES_ARABIC, HIJRI_CUE_WORDS)
    ]
    for lo, hi in _merged(windows):
        if _gregorian_evidence(text, lo, hi) and words_without_digits_in(text, lo, hi):
            yield lo, hi


def _words_in(text: str, stretches: Iterable[tuple[int, int]]) -> Iterator[re.Match[str]]:
    """The words that begin in the stretches (or in the clitics before them), each once: a
    text whose digits open no window may be long, and only where the automaton found something
    can a cue's word be."""
    done = 0
    for found, hi in stretches:
        lo = max(done, found - _SLACK_BEFORE)
        while lo > done and not text[lo - 1].isspace():
            lo -= 1  # to the start of the word a find or its clitic is in
        for word in _WORDS.finditer(text, lo):
            if word.start() > hi:
                # (a word that begins where the stretch ends is its own: the search goes on
                # from there, and the automaton takes the character before a word with it)
                break
            done = word.end()
            yield word


def _digit_windows(text: str, prefilter: bool = True, gate: bool = False) -> Iterator[tuple[int, int]]:
    """The windows around runs of digits (see :func:`_windows`).

    ``gate``: where runs to test crowd (more than one in _CROWDED characters, after the
    first _CROWD_AFTER), a run with no Gregorian evidence within EVIDENCE_REACH is not
    tested, and the scan goes on where the next evidence may be: no piece its window is in
    would be read. Text dense with Hijri dates and a Gregorian year at its head or foot then
    costs about what text without one does, not a test of every date; text with the usual
    few numbers to test (an archive) is not searched for evidence at all."""
    size = len(text)
    current: tuple[int, int] | None = None
    position = 0
    indic: bool | None = None  # whether the text has Indic letters: asked at the first run tested
    if not _has_digit(text):
        # A dateline all in words: "നാളെ (മാര്ച്ച് രണ്ട്, ഞായറാഴ്ച) റമദാന് ഒന്നായിരിക്കുമെന്ന്"
        yield from _digit_free_windows(text, prefilter)
        return
    runs = candidate_runs(text, CUE_REACH, FAR_CUE_REACH) if prefilter else None
    found = False
    tested = 0  # runs that came to the tests, while they are counted (see gate)
    evidence: Evidence | None = None
    scan = _LoneScan(text)  # what the years of our era asked have found (see _lone_years_until)
    for start, end, near, cue in _every_run_near(text) if runs is None else runs:
        if start < position:
            continue
        if not near and end - start > 3:
            # no cue within reach (the scan says), which a year needs: only a day, or an
            # early year with its era spelled out, may take one from further off (_far_cue)
            continue
        if gate:
            tested += 1
            if tested >= _CROWD_AFTER and tested * _CROWDED > start:
                evidence, gate = gregorian_evidence(text, EVIDENCE_REACH), False
        if evidence is not None and (ahead := evidence.ahead(start)) > start:
            # No Gregorian half can be within reach of the window this run would open: the
            # window would be read in no piece, and runs are skipped to where one may be.
            position = ahead
            if runs is not None:
                runs.skip_to(ahead, evidence.mark)
            continue
        if indic is None:
            indic = not text.isascii() and (has_indic(text) if prefilter else _INDIC.search(text) is not None)
        digits = end - start
        far: tuple[int, int] | None = None
        if digits == 4:
            if int(text[start:end]) in HIJRI_YEARS:
                if _AFTER_THREE_FIGURES.search(text, max(0, start - 4), start) and not (
                    cue and _has_cue(text, start, end)
                ):
                    # "755/1360": a slash after three figures is no numeric date's (a day and a
                    # month have two at most), and no Hijri word is near: a text of them beside
                    # a bracketed year had each read in a window, 1,000 ms a MB (stop 58)
                    continue
                # A year of the Hijri centuries with nothing of a date beside it and no Hijri
                # word near ("10 1437 2016 …") begins no dateline.
                if not (
                    _date_neighbour(text, start, end, indic, year=True)
                    or (cue and _has_cue(text, start, end))
                    or _table_cell_after(text, end)
                    or _DATE_IN_BRACKETS.match(text, end) is not None
                    or (
                        (figures := _FIGURES_IN_BRACKETS.match(text, end)) is not None
                        and _SOLAR_SUM[0]
                        <= int(figures.group(1) or figures.group(2)) - int(text[start:end])
                        <= _SOLAR_SUM[1]
                        and _solar_month_before(text, max(0, start - _NEAR), start)
                    )
                ):
                    continue
            elif not (
                cue
                and (_date_neighbour(text, start, end, indic) or _era_first_pair(text, start, end))
                and _has_cue(text, start, end)
            ):
                # (a year before 1300 with its short era mark first and the other's year beside
                # is a pair's: "30 September 1786 (A.H. 1200)", review 63c)
                continue
            elif (lone := _lone_years_until(text, start, end, scan)) is not None:
                # A year of our era with no other number near (no day, no Hijri year, no number
                # in words) ends no dateline: "Ramadan 2025 Shawwal 2024 …", "Eid al-Fitr 2025 …"
                # had every year read in a window, 1.4-2.6 s a MB (stop 59). Nor do the years
                # after it up to where another number may be near: the scan goes on from there.
                position = lone
                if runs is not None:
                    runs.skip_to(lone)
                continue
        elif (roman := digits == 3 and _roman_hijri_date(text, start, end)) and not (
            cue and _has_cue(text, start, end)
        ):
            continue
        elif not roman and (
            digits > 3
            or (
                (digits == 3 or int(text[start:end]) > 31)
                and not _spelled_era_after(text, end, indic)
                and not (digits == 3 and _gregorian_era_before(text, start))
                and not _era_first_pair(text, start, end)
            )
            # (an era-first year with the other's beside needs no date word: "(H. 270 – 324 /
            # M. 883 – 936)", its range's dash spaced; review 61c)
            or (
                not _date_neighbour(text, start, end, indic)
                and not (digits == 3 and _era_first_pair(text, start, end))
            )
        ):
            # not a day (nor an early year with its era spelled out: "61 हिजरी 680 ईस्वी", "എ ഡി
            # 622-ലെ ഒന്നാം മുഹറം", or its short mark first: "AH 61 (AD 680)"), or not beside a
            # date word
            continue
        elif not (cue and _has_cue(text, start, end)) and (far := _far_cue(text, start, end)) is None:
            continue  # no Hijri evidence near it, nor further off in its sentence
        lo, hi = max(0, start - CONTEXT), min(size, end + CONTEXT)
        if current is None or lo > current[1]:
            # a new window: from the paragraph the run is in, where one ends in its reach (in
            # an archive, the story before)
            lo = _paragraph_start(text, lo, start)
        if far is not None:  # the sentence's stretch, and the words of a half at its edge
            lo, hi = min(lo, max(0, far[0] - _SKIP)), max(hi, min(size, far[1] + _SKIP))
        # Runs that begin in the next _SKIP characters would extend the window by less than
        # that: the scan skips them (a text of nothing but numbers costs one check per _SKIP
        # characters, not one per number; each keeps CONTEXT - _SKIP of its own: a Dhivehi
        # year, month and day, long words apart, need half the context after a skipped run).
        position = max(end, end + _SKIP)
        if current is not None and lo <= current[1]:
            current = (current[0], max(current[1], hi))
            continue
        if current is not None:
            yield _widen(text, *current)
        current = (lo, hi)
        found = True
    if current is not None:
        yield _widen(text, *current)
    if not found and (runs is None or runs.found):
        # Digits that make no date's window ("48 ditë", 48 days) beside a date all in words:
        # "Më gjashtë maj të këtij viti, apo plot 48 ditë nga sot do të fillojë Ramazani" (where
        # the scan found nothing, there is no cue to look around)
        yield from _digit_free_windows(text, prefilter)


# When runs to test crowd (see _digit_windows): after this many, more than one in this many
# characters on average. An archive has one in some hundreds; text dense with dates, one in
# _SKIP or fewer.
_CROWD_AFTER: Final = 64
_CROWDED: Final = 128


_AFTER_THREE_FIGURES: Final = re.compile(r"(?<![0-9])[0-9]{3}/\Z")
# A year's weak signs (see _date_neighbour): a month's number alone before its slash, not a
# numeric date's ("5/9/1445"); a sign after the year before three figures or more, not a
# month's two ("1445-09-05"). A year's slash after it ("1360/1941") pairs: it stays a sign.
_MONTH_ALONE_BEFORE: Final = re.compile(r"(?<![\d/.\-])\d{1,2}/\Z")
_YEAR_ON: Final = re.compile(r"(?<=[\-.])\s?\d{3}")
# (but two years alone in a bracket pair: "Eid ul Adha (1443-2022) Announcement")
_OPENING_BRACKET_BEFORE: Final = re.compile(r"[(\[]\s*\Z")


def _lone_years_until(text: str, start: int, end: int, scan: _LoneScan) -> int | None:
    """Where the years of our era from this run on stop being alone, or None where this one
    is not: a year from 1600 on is alone when no run of digits within CONTEXT of it could be a
    day or a Hijri year (three digits or fewer, or four below 1600) and no number in words
    stands there; a half of its own is then a year alone, and a Hijri half with it would have
    neither day nor year. Every run before the place returned is such a year (or a longer
    number, which opens no window)."""
    if int(text[start:end]) < 1600:
        return None
    lo = max(0, start - CONTEXT)
    if _DAY_OR_HIJRI_YEAR.search(text, lo, start) is not None:
        return None
    if len(text) > ONE_SEARCH_FROM and (both := scan.both()).available:
        # One search for both (the first day past the year, or number in words from lo on:
        # either is where the years stop being alone).
        after = both.first(lo)
        return max(end, after - CONTEXT) if after - end > CONTEXT else None
    after = scan.next_day(end)
    word = scan.first_word(lo, min(len(text), max(end + CONTEXT, after)))
    if word is not None:
        if word < end + CONTEXT:
            return None  # a number in words near it
        after = word  # the years before it, more than CONTEXT off, are alone
    until = max(end, after - CONTEXT)
    return until if after - end > CONTEXT else None


class _LoneScan:
    """What one scan of a text has found of the next day or Hijri year and the next number in
    words, asked again as the scan goes on: a text of lone years with a number in words at its
    foot asked both of each year to the foot, quadratic (review 62: 0.2 MB, 7 s). Each answer
    holds for a later place up to the thing found."""

    __slots__ = ("_both", "day_at", "day_from", "text", "word_at", "word_from", "word_to")

    def __init__(self, text: str) -> None:
        self.text = text
        self._both: DayOrWordScan | None = None
        self.day_from = self.day_at = -1
        self.word_from = self.word_to = -1
        self.word_at: int | None = None

    def both(self) -> DayOrWordScan:
        """The one search for both (see :class:`DayOrWordScan`), made when first asked (its
        automaton is built then: 0.2-0.5 s, which a one-line text need not wait for)."""
        if self._both is None:
            self._both = DayOrWordScan(self.text)
        return self._both

    def next_day(self, position: int) -> int:
        """Where the next run that may be a day or a Hijri year begins (the text's length if
        none does), from ``position`` on (outside a run)."""
        if self.day_from <= position <= self.day_at:
            return self.day_at  # none between: the same run
        after = next_day_or_hijri_year(self.text, position)
        if after is None:  # pragma: no cover - google-re2 is a dependency
            found = _DAY_OR_HIJRI_YEAR.search(self.text, position)
            after = len(self.text) if found is None else found.start()
        self.day_from, self.day_at = position, after
        return after

    def first_word(self, lo: int, stop: int) -> int | None:
        """Where the first number in words of ``text[lo:stop]`` is (perhaps earlier: see
        :func:`datelines._read.prefilter.first_number_word`), or None."""
        at = self.word_at
        if self.word_from <= lo and (lo <= at < self.word_to if at is not None else stop <= self.word_to):
            return at if at is not None and at < stop else None
        at = first_number_word(self.text, lo, stop)
        self.word_from, self.word_at, self.word_to = lo, at, stop
        return at


def _digits_worth(values: range) -> str:
    return "".join(ch for ch in map(chr, range(0x110000)) if unicodedata.decimal(ch, -1) in values)


# A run of digits, in any script, that may be a day or a Hijri year: three digits or fewer,
# or four below 1600 (a search, not a Python loop over every year of a text full of them).
_DAY_OR_HIJRI_YEAR: Final = re.compile(
    rf"(?=\d)(?<!\d)(?:\d{{1,3}}|[{_digits_worth(range(1))}]\d{{3}}|[{_digits_worth(range(1, 2))}]"
    rf"[{_digits_worth(range(6))}]\d\d)(?!\d)"
)


def _every_run_near(text: str) -> Iterator[tuple[int, int, bool, bool]]:
    """Every run of digits, each to be tested in full (no scan has ruled out a cue near it)."""
    for start, end in digit_runs(text):
        yield start, end, True, True


def _paragraph_start(text: str, lo: int, start: int) -> int:
    """Where the window of a run at ``start`` begins, from ``lo``: after the last line
    break in between that ends a paragraph (a sentence's stop, and a closing quotation mark
    or bracket, before it), if any. No half of a dateline is read across one; an archive's
    window would otherwise open with the end of the story before, about half of what it
    reads. The stop after an era, a month, a weekday or an agency may be an abbreviation's
    ("… 1446 H.\\n18 Oktober 2024 M.", a letter's two lines; "1446 هـ.", "5 Sept."): it
    ends no paragraph here."""
    cut = text.rfind("\n", lo, start)
    if cut < 0:
        return lo
    match = _PARAGRAPH_END.search(text, max(lo, cut - _PARAGRAPH_END_REACH), cut + 1)
    if match is None:
        return lo
    word = match.group(1)
    if word and (
        len(word) == 1
        or (len(word) < 4 and word[0].isupper())  # "AFP.", "SM.": an agency's, an era's
        or any(entry.kind in _ABBREVIATED for entry in LEXICON.entries.get(fold(word), ()))
    ):
        return lo
    if _has_word(text[lo:cut], HIJRI_CUE_PREFIXES, HIJRI_CUE_PREFIXES_ARABIC, HIJRI_CUE_WORDS):
        # A Hijri month or cue in the paragraph before, whose day may be in words: "غرة ذي
        # الحجة.\\nالموافق 7 يونيو 2024م" (a review)
        return lo
    if (lo == 0 or text.rfind("\n", lo, match.start()) >= 0) and _DIGIT.search(text, lo, match.start()):
        # A short paragraph before, with a number: a dateline's halves may stand a line each
        # ("روز پدر در تقویم شمسی … 5 بهمن 1402 است.\\nروز پدر در تقویم میلادی … 25 ژانویه
        # 2024 است.\\n…", a page of the day in three calendars; a letter's lines). A story
        # before is longer than the reach.
        return lo
    return cut + 1


# Names whose stop may be an abbreviation's ("Sept.", "هـ.", "Hs."), no sentence's end.
_ABBREVIATED: Final = frozenset({HMONTH, GMONTH, SMONTH, HERA, GERA, SERA, WEEKDAY})


# A paragraph's end: a word (or a digit, or a closing mark), a stop, closing marks, and
# spaces to the line break (and blank lines after it; "\r\n" too).
_PARAGRAPH_END: Final = re.compile(
    r"(?:(?<![^\W\d_])([^\W\d_]+)|[\d)\]\"'”’»])[.!?\u061f\u06d4\u0964]['\"”’»)\]]*(?:[ \t\r]*\n)+\Z"
)
_PARAGRAPH_END_REACH: Final = 24


_TABLE_CELL: Final = re.compile(r"[ \t]{2,}\d")
# A date in brackets straight after the year: "10 hija 1445 (17 juin 2024)", a Hijri month
# misspelt and no era, which the reader still pairs (see pairs._unknown_month_pairs).
_DATE_IN_BRACKETS: Final = re.compile(r"\s?[(\[]\s?\d{1,2}\s?[^\W\d_]")
# ... or in figures, after a Solar month's year, whose Gregorian year it holds: "1 Farvardin
# 1404 (2025-03-21)", "(21/03/2025)" (review 63c; after any year, "No. 1360 (1941-05-12)" had
# each read, 2.8 s a MB; after a Solar month, "Tir 1500 (1941-05-12)" 40 s: review 64b)
_FIGURES_IN_BRACKETS: Final = re.compile(
    r"\s?[(\[]\s?(?:(\d{4})[/.\-]\d{1,2}[/.\-]\d{1,2}|\d{1,2}[/.\-]\d{1,2}[/.\-](\d{4}))(?!\d)"
)


def _table_cell_after(text: str, end: int) -> bool:
    """Whether a wide gap and a number follow: the year may begin a table row whose cells are
    parted by white space ("1432   4 February 2011   5 March 2011", see
    :func:`datelines._read.halves._spaced_table_year`)."""
    return _TABLE_CELL.match(text, end) is not None


def _widen(text: str, start: int, end: int) -> tuple[int, int]:
    """Move window edges to white space, so no word is cut in two (within WIDEN characters:
    a text without spaces is cut where it must be)."""
    before = _LAST_SPACE.search(text, max(0, start - WIDEN), start)
    if start > 0 and not text[start - 1].isspace():
        start = before.end() if before else max(0, start - WIDEN)
    after = _SPACE.search(text, end, min(len(text), end + WIDEN))
    if end < len(text) and not text[end].isspace():
        end = after.start() if after else min(len(text), end + WIDEN)
    return start, end


_SPACE: Final = re.compile(r"\s")
_LAST_SPACE: Final = re.compile(r"\s(?=\S*\Z)")


def _in_batches(windows: Iterator[tuple[int, int]]) -> Iterator[list[tuple[int, int]]]:
    """The windows in lists, each found before any of it is read, and read a step at a time
    over all of it (see :func:`datelines._read.parse.read_windows`): the scan and each step
    of the reader keep their own tables and automata's states in the processor's caches,
    which taking turns window by window evicts. One window at first, then twice as many
    each time up to _BATCH, so that a taker of the first few datelines has the scan go
    little further than they are."""
    size = 1
    while True:
        batch = []
        for window in windows:
            batch.append(window)
            if len(batch) == size:
                break
        if batch:
            yield batch
        if len(batch) < size:
            return
        size = min(2 * size, _BATCH)


_BATCH: Final = 64


def extract_datelines(text: str) -> Iterator[Dateline]:
    """Every dual dateline in ``text``, in order (:func:`datelines._read.api.extract` checks it first)."""
    try:
        yield from _read_windows(text)
    finally:
        forget()


def extract_each(texts: Iterable[str]) -> Iterator[list[Dateline]]:
    """The datelines of each text, a list for each, in order (what :func:`extract_datelines`
    finds in it): the windows of several texts are read together, _BATCH or so at a time
    (a record of an archive has one or two), as the windows of one long text are. The texts
    are taken as they are needed, at most _BATCH ahead of the lists given. Where a text
    cannot be taken (the source raises: an item that is no text, a stream that fails), the
    lists of the texts before it are given first, then the exception is raised."""
    pending: list[tuple[str, list[tuple[int, int]], list[tuple[int, int]]]] = []
    count = 0
    source = iter(texts)
    while True:
        try:
            text = next(source)
        except StopIteration:
            break
        except BaseException:
            yield from _written_each(pending)
            raise
        try:
            windows = list(_windows(text, gate=True))
            whole = _whole_windows(text, windows)
        finally:
            forget()
        pending.append((text, windows, whole))
        count += len(whole)
        if count >= _BATCH or len(pending) >= _BATCH:  # texts without windows are held few
            yield from _written_each(pending)
            pending, count = [], 0
    yield from _written_each(pending)


def _written_each(
    pending: list[tuple[str, list[tuple[int, int]], list[tuple[int, int]]]],
) -> Iterator[list[Dateline]]:
    pieces = [(text, lo, hi) for text, _, whole in pending for lo, hi in whole]
    read: list[list[Dateline]] = []
    for first in range(0, len(pieces), _BATCH):
        read.extend(read_windows(pieces[first : first + _BATCH]))
    at = 0
    for text, windows, whole in pending:
        mine = dict(zip(whole, read[at : at + len(whole)], strict=True))
        at += len(whole)
        yield _written(text, windows, mine, -1)[0]


def _read_windows(text: str, gate: bool = True) -> Iterator[Dateline]:
    last = -1  # where the last dateline written ends
    for batch in _in_batches(_windows(text, gate=gate)):
        whole = _whole_windows(text, batch)
        read = dict(zip(whole, read_windows([(text, lo, hi) for lo, hi in whole]), strict=True))
        lines, last = _written(text, batch, read, last)
        yield from lines


def _whole_windows(text: str, windows: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """The windows read whole (most), and together (see :func:`_in_batches`): those no
    longer than MAX_WINDOW where a Gregorian half may be."""
    return [(lo, hi) for lo, hi in windows if hi - lo <= MAX_WINDOW and _gregorian_evidence(text, lo, hi)]


def _dual(text: str, line: Dateline) -> bool:
    """Whether a dateline read is one ``extract`` gives: every one with a Gregorian half (a
    Bangladeshi masthead's Bengali and Gregorian dates alone too); one
    of a Solar Hijri and a lunar half (Iran's and Afghanistan's announcements) when both
    name a day and month and one its year, so that the check can compare them ("سبا
    (دوشنبه) د روژې لومړۍ ورځ ده، ۲۲ حمل ۱۴۰۳": tomorrow is the first of Ramadan; the page's
    own date after it is no partner), and only signs, a connector, an era or a weekday
    stand between them (see :func:`_solar_patterns`); and so, one of a Bengali and a lunar
    half ("১২ বৈশাখ ১৪৩০ বাংলা। ০৪ শাওয়াল ১৪৪৪ হিজরি", see :func:`_bengali_gap`)."""
    hijri = line.hijri
    if line.gregorian is not None:
        if hijri is None and line.solar_hijri is not None and line.bangla is None:
            return _solar_beside_western(text, line.solar_hijri, line.gregorian)
        return True
    for other, gap in ((line.solar_hijri, _SOLAR_GAP), (line.bangla, _BENGALI_GAP)):
        if (
            other is None
            or hijri is None
            or (
                (
                    None in (other.day, other.month, hijri.day, hijri.month)
                    or (
                        other.year is None
                        and hijri.year is None
                        and not _said_to_coincide(text, hijri, other)
                    )
                )
                and not _year_beside_solar_date(hijri, other, line)
            )
            # a Bengali date is checked against the Hijri one's day: both whole
            or (other is line.bangla and None in (other.year, hijri.year))
        ):
            continue
        first, second = sorted((other.span, hijri.span))
        # (the earlier days of a list the second half ends: "۲۸ و ۲۹ صفر مصادف با ۱۶ و ۱۷ آبان",
        # with a connector: not two holidays of a list, "۱۴ و ۱۵ خرداد ۱۴۰۳، ۱۶ و ۱۷ محرم ۱۴۴۶",
        # review 58b)
        said = fold(text[first[1] : second[0]])
        between = _LISTED_DAYS.sub("", said)
        if between != said and _SOLAR_CONNECTOR.search(between) is None:
            continue
        if gap.fullmatch(between) is None:
            continue
        if other is line.bangla and not _near_days(other, hijri):
            continue  # two days of a list ("১ বৈশাখ ১৪৩১, ১ শাওয়াল ১৪৪৫ হিজরি, ১০ জিলহজ …")
        return True
    return False


def _said_to_coincide(text: str, hijri: DatePart, other: DatePart) -> bool:
    """Whether a connector stands between two days with no year, which the text says are one:
    "امسال اول ذی القعده مصادف با ۳ تیر میباشد" (this year 1 Dhu al-Qa'dah falls on 3 Tir;
    held-out set 39). Days side by side with no word between are a list's; nor are they one
    where a range goes on after the second ("از ۱ محرم تا ۱۰ محرم مصادف با ۱۵ تیر تا ۲۴ تیر":
    the range's ends, each with the other's), or the first is a range's end, or the text says
    they are not ("… مصادف با ۳ تیر نیست"; review 67). Without a year the check cannot tell."""
    first, second = sorted((hijri.span, other.span))
    if _SOLAR_CONNECTOR.search(fold(text[first[1] : second[0]])) is None:
        return False
    before = fold(text[max(0, first[0] - 24) : first[0]]).split()
    if before and before[-1] in _RANGE_WORDS:
        return False
    after = fold(text[second[1] : second[1] + 40]).lstrip()
    if after[:1] in ("-", "–", "—", "~", "ـ") and after[1:].lstrip()[:1].isdecimal():
        return False  # a range's dash
    # (the first two words: "هم نیست", is not either)
    return not any(word.strip(_SIGNS) in _NOT_THE_SAME for word in after.split()[:2])


# The words for "to" of a range, folded (see _said_to_coincide).
_RANGE_WORDS: Final = frozenset(
    fold(word) for word, _ in (*RANGE_JOINERS, *RANGE_ENDS, ("لغایت", "fa")) if word not in ("-", "~")
)
# ... and what after a Solar day says it is no lunar one's: a range goes on, "is not" (and
# "does not", written with the prefix apart: "نمی باشد", "نمی شود"), "or" (review 67c).
_NOT_THE_SAME: Final = _RANGE_WORDS | frozenset(
    fold(word)
    for word in (
        "نیست", "نیستند", "نبود", "نبوده", "نبودند", "نمی", "نمی‌باشد", "نمیباشد", "نمی‌شود",
        "نمیشود", "نشد", "نه", "نخواهد", "یا", "ليس", "لا",
    )
)  # fmt: skip
_SIGNS: Final = ".,،;؛:!؟?()[]«»\"'"


def _year_beside_solar_date(hijri: DatePart, other: DatePart, line: Dateline) -> bool:
    """A Hijri year with its era mark beside a whole Solar Hijri date, as Persian
    biographies give a death: "(۱۳۳۷ق / ۸ اردیبهشت ۱۲۹۸ش.)" (held-out set 38; the check
    compares the years)."""
    return (
        other is line.solar_hijri
        and hijri.month is None
        and hijri.year is not None
        and hijri.era is not None
        and None not in (other.year, other.month, other.day)
    )


# Days of a list before the last, which the half read stands for: "۱۶ و ۱۷ آبان" (16 and 17
# Aban), "16, 17 آبان" (held-out set 23: the pair of a list was passed over).
_LISTED_DAYS: Final = re.compile(r"(?:(?<!\d)\d{1,2}\s*(?:و|,|،)\s*)+$")


def _near_days(bangla: DatePart, hijri: DatePart) -> bool:
    """Whether a Bengali date and a Hijri one may be one day: within two days of each other
    (Bangladesh's lunar months begin up to two days after the tabular calendar's), as a line
    of the two, whose slip the checker reports, is; not two days of a list of holidays."""
    from ..calendars import builtin_calendar, get_calendar
    from ..hijri import HijriDate

    if None in (bangla.year, bangla.month, bangla.day, hijri.year, hijri.month, hijri.day):
        return False
    try:
        one = get_calendar("bangla").to_gregorian(bangla.to_hijri())
        said = hijri.to_hijri()  # (its 30th, which a tabular month may lack, as its 29th)
        other = builtin_calendar("civil").to_gregorian(HijriDate(said.year, said.month, min(said.day, 29)))
    except (DatelineError, ValueError):
        return False
    return abs((one - other).days) <= 2


def _written(
    text: str, windows: list[tuple[int, int]], read: dict[tuple[int, int], list[Dateline]], last: int
) -> tuple[list[Dateline], int]:
    """The datelines of ``windows`` written, in order, given those ``read`` of the windows
    read whole, and where the last written ends (``last``: where the last before them does)."""
    out: list[Dateline] = []
    for window_start, window_end in windows:
        if window_end - window_start <= MAX_WINDOW:
            for line in read.get((window_start, window_end), ()):
                if last <= line.span[0] < window_end and _dual(text, line):
                    last = line.span[1]
                    out.append(line)
            continue
        start = window_start
        while True:
            # A long window is read in pieces: each keeps the datelines that begin in its own
            # part, and the next begins where that part ends, or after the last dateline kept
            # if one runs past it (never in the middle of a dateline already read, where its
            # second half would be paired with the next line's first).
            if window_end - start <= MAX_WINDOW:
                end = own = window_end
            else:
                end = _widen(text, start + MAX_WINDOW - WIDEN, start + MAX_WINDOW - WIDEN)[1]
                own = _widen(text, end - OVERLAP, end - OVERLAP)[0]
            if _gregorian_evidence(text, start, end):
                for line in read_datelines(text, start, end):
                    if last <= line.span[0] < own and _dual(text, line):
                        last = line.span[1]
                        out.append(line)
            if own >= window_end:
                break
            start = max(own, last)
    return out, last
