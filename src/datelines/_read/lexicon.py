"""The lookup built from the language tables in :mod:`datelines.names`.

Every spelling is reduced to its :func:`~datelines._read.normalize.skeleton`, so matching text
is one dictionary lookup per candidate run of words. Built once, when the reader is first
imported; immutable afterwards.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Mapping
from enum import StrEnum
from types import MappingProxyType
from typing import Final, NamedTuple

from ..names import bangla_months, gregorian_months, hijri_months, solar_months, words
from ..names import words as words_table
from .normalize import fold, skeleton
from .normalize import words as split_words

__all__ = ["DAY_NOUNS", "DESCRIBED", "FASTING", "LEXICON", "Entry", "Kind", "Lexicon"]


class Kind(StrEnum):
    """What a spelling of the tables is."""

    HMONTH = "hmonth"  # a Hijri month name (value: 1-12)
    GMONTH = "gmonth"  # a Gregorian month name (value: 1-12)
    WEEKDAY = "weekday"  # value: Monday = 0
    HERA = "hera"  # a Hijri era mark: AH, H, هـ
    GERA = "gera"  # a Gregorian era mark: CE, M, م
    DAYWORD = "dayword"  # a day in words (value: the day): first, غرة, یکم
    HONORIFIC = "honorific"  # an epithet after a month name: al-Mubarak
    FILL_DM = "fill_dm"  # a word between a day and its month: of, من شهر
    FILL_MY = "fill_my"  # a word between a month and its year: de l'an, لعام
    CONNECTOR = "connector"  # a word between the halves: corresponding to, الموافق
    ORDINAL = "ordinal"  # a suffix glued to a day number: st, th, er, го
    SMONTH = "smonth"  # a Solar Hijri month name (value: 1-12): فروردین, حمل, Farvardin
    SERA = "sera"  # a Solar Hijri era mark: هجری شمسی, ه.ش, SH
    BMONTH = "bmonth"  # a month of Bangladesh's Bengali calendar (value: 1-12): মাঘ, Falgun
    BERA = "bera"  # a Bengali era mark: বঙ্গাব্দ, বাংলা, BS


HMONTH: Final = Kind.HMONTH
GMONTH: Final = Kind.GMONTH
WEEKDAY: Final = Kind.WEEKDAY
HERA: Final = Kind.HERA
GERA: Final = Kind.GERA
DAYWORD: Final = Kind.DAYWORD
HONORIFIC: Final = Kind.HONORIFIC
FILL_DM: Final = Kind.FILL_DM
FILL_MY: Final = Kind.FILL_MY
CONNECTOR: Final = Kind.CONNECTOR
ORDINAL: Final = Kind.ORDINAL
SMONTH: Final = Kind.SMONTH
SERA: Final = Kind.SERA
BMONTH: Final = Kind.BMONTH
BERA: Final = Kind.BERA


class Entry(NamedTuple):
    """What a spelling means: its kind, value (month, weekday or day number) and language."""

    kind: Kind
    value: int
    language: str
    spelling: str


class Lexicon(NamedTuple):
    """Skeleton → entries, the most words any spelling spans, and the words that begin a
    spelling of more than one word (only those need a longer look-up); skeleton → every
    language that writes it (an entry keeps the first); and the skeletons of the spellings
    whose first word is one letter ("A.H.", "d'abril"), the only ones a lone letter may begin."""

    entries: Mapping[str, tuple[Entry, ...]]
    max_words: int
    first_words: frozenset[str]
    languages: Mapping[str, frozenset[str]]
    letter_led: frozenset[str]


def malayalam_forms(spelling: str, kind: str) -> list[str]:
    """A Malayalam month's name or day's word with each ending of its kind written on
    ("ശവ്വാൽ" → "ശവ്വാലിലെ", "ഒന്ന്" → "ഒന്നിനാണ്"): the stem's last letter as the
    ending needs it (`names.words.MALAYALAM_OBLIQUE`)."""
    forms: list[str] = []
    for last, oblique in words.MALAYALAM_OBLIQUE:
        if spelling.endswith(last):
            stem = spelling[: -len(last)] + oblique
            forms.extend(stem + ending for ending, of in words.MALAYALAM_ENDINGS if of == kind)
    return forms


def mojibake_form(spelling: str) -> str | None:
    """A Latin-script name as stored copies carry it when its UTF-8 was read as Latin-1 and
    the C1 control characters that made were dropped: "Şəvval" → "ÅÉvval" ("ÅÉvval ayının
    1-i (martın 20-si)"). None where that changes nothing, leaves no letters in their place,
    or the name is not in Latin letters (a Cyrillic or Arabic name becomes noise)."""
    if spelling.isascii() or any(
        not ch.isascii() and not (ch.isalpha() and unicodedata.name(ch, "").startswith("LATIN"))
        for ch in spelling
    ):
        return None  # only Latin letters garble into letters ("’" would be "â" and a gap)
    garbled = spelling.encode("utf-8").decode("latin-1")
    form = "".join(ch for ch in garbled if not "\x80" <= ch <= "\x9f")
    if not all(ch.isalpha() or ch in " -'" for ch in form):
        return None  # a byte that became a sign ("Ã¼" for "ü"): folding would not keep it a word
    return form


_ARTICLE: Final = re.compile(r"(?<=[ -])([AaEe])(l)(?=[ -])")


def article_form(spelling: str) -> str | None:
    """A Latin-script name of several words with its Arabic article written the other way,
    "al" for "el" and "el" for "al": French and English transliterations use both, each paper
    its own ("Joumada el Akhira", "Joumada Al Akhira"; "Rabie Al awal", "Rabie el aouel").
    None for a name with no such article after its first word.

    >>> article_form("Joumada el Akhira"), article_form("Dhu al-Hijjah"), article_form("Rajab")
    ('Joumada al Akhira', 'Dhu el-Hijjah', None)
    """
    if not spelling.isascii() or _ARTICLE.search(spelling) is None:
        return None
    return _ARTICLE.sub(lambda m: {"a": "e", "A": "E", "e": "a", "E": "A"}[m[1]] + m[2], spelling)


_LAM_ALIF: Final = re.compile("\u0644([\u0627\u0623\u0625\u0622])")


def pdf_ligature_forms(spelling: str) -> list[str]:
    """An Arabic-script name as text taken from PDF pages carries it: each lam-alif, which
    Arabic script always writes as one ligature, comes out as its two letters in the wrong
    order or as the alif alone ("ربيع الأول" → "ربيع األول", "ربيع اأول"; "الثلاثاء" →
    "الثالثاء", "الثاثاء"), as Egyptian and Saudi papers' pages read on the web show their
    mastheads. None for a name without a lam-alif."""
    if "\u0644" not in spelling or not _LAM_ALIF.search(spelling):
        return []
    return [_LAM_ALIF.sub("\\1\u0644", spelling), _LAM_ALIF.sub("\\1", spelling)]


# Single letters and two-letter words mean something only in a date's grammar (after a
# year, "H" is an era mark); the tables mark which kinds may stand alone.
def _build() -> Lexicon:
    table: dict[str, list[Entry]] = {}
    languages: dict[str, set[str]] = {}
    max_words = 1
    first_words: set[str] = set()
    letter_led: set[str] = set()

    def add(spelling: str, kind: Kind, value: int, language: str) -> None:
        nonlocal max_words
        key = skeleton(spelling)
        if not key:
            return
        entry = Entry(kind, value, language, spelling)
        languages.setdefault(key, set()).add(language)
        found = table.setdefault(key, [])
        if all(e.kind != kind or e.value != value for e in found):
            found.append(entry)
        parts = split_words(fold(spelling))
        max_words = max(max_words, len(parts))
        if len(parts) > 1:
            first_words.add(parts[0])
            if len(parts[0]) == 1:
                letter_led.add(key)

    for month, spellings in enumerate(hijri_months.MONTHS, start=1):
        for spelling, language in spellings:
            add(spelling, HMONTH, month, language)
            if language == "ml":
                for form in malayalam_forms(spelling, "month"):
                    add(form, HMONTH, month, language)
    for month, spellings in enumerate(hijri_months.MONTHS, start=1):
        for spelling, language in spellings:
            garbled = mojibake_form(spelling)
            if garbled is not None and skeleton(garbled) not in table:
                add(garbled, HMONTH, month, language)
    # and each Latin name with its article written the other way, where no name has that form
    for month, spellings in enumerate(hijri_months.MONTHS, start=1):
        for spelling, language in spellings:
            other = article_form(spelling)
            if other is not None and skeleton(other) not in table:
                add(other, HMONTH, month, language)
    for spelling, month, language, _ in hijri_months.DESCRIPTIONS:
        add(spelling, HMONTH, month, language)
    for spelling, language in hijri_months.NEW_YEAR_NAMES:
        add(spelling, HMONTH, 1, language)  # Muharram, on its first day (see halves)
    for spelling, month, _, language in hijri_months.FEAST_NAMES:
        add(spelling, HMONTH, month, language)  # the feast's month, on its day (see halves)
    for month, spellings in enumerate(gregorian_months.MONTHS, start=1):
        for spelling, language in spellings:
            add(spelling, GMONTH, month, language)
    # The names with the word for "month" glued before them ("เดือนรอมฎอน", "เดือนมีนาคม").
    for kind, months in ((HMONTH, hijri_months.MONTHS), (GMONTH, gregorian_months.MONTHS)):
        for month, spellings in enumerate(months, start=1):
            for spelling, language in spellings:
                for noun, of in words.MONTH_NOUNS_GLUED_BEFORE:
                    if of == language:
                        add(noun + spelling, kind, month, language)
    for month, spellings in enumerate(solar_months.MONTHS, start=1):
        for spelling, language in spellings:
            add(spelling, SMONTH, month, language)
    for spelling, language in solar_months.ERAS:
        add(spelling, SERA, 0, language)
    for month, spellings in enumerate(bangla_months.MONTHS, start=1):
        for spelling, language in spellings:
            add(spelling, BMONTH, month, language)
    for spelling, language in bangla_months.ERAS:
        add(spelling, BERA, 0, language)
    for spelling, day, language in words.WEEKDAYS:
        add(spelling, WEEKDAY, day, language)
        if language == "ml":  # "തിങ്കളാഴ്ചയാണ്" (it is Monday): the ending after the vowel
            for ending, of in words.MALAYALAM_ENDINGS:
                if of == "weekday":
                    add(spelling + ending, WEEKDAY, day, language)
        if language == "ml":  # with a day's endings: "ഞായറാഴ്ചയായിരിക്കും" (will be Sunday)
            for form in malayalam_forms(spelling, "day"):
                add(form, WEEKDAY, day, language)
    for spelling, language in words.HIJRI_ERAS:
        add(spelling, HERA, 0, language)
    for spelling, language in words.GREGORIAN_ERAS:
        add(spelling, GERA, 0, language)
    for spelling, day, language in words.DAY_WORDS:
        add(spelling, DAYWORD, day, language)
        if language == "ml":
            for form in (*malayalam_forms(spelling, "day"), *malayalam_forms(spelling, "ordinal")):
                add(form, DAYWORD, day, language)
    for spelling in hijri_months.HONORIFICS:
        add(spelling, HONORIFIC, 0, "und")
    for spelling in words.DAY_MONTH_FILLERS:
        add(spelling, FILL_DM, 0, "und")
    for spelling in words.MONTH_YEAR_FILLERS:
        add(spelling, FILL_MY, 0, "und")
    for spelling, language in words.CONNECTORS:
        add(spelling, CONNECTOR, 0, language)
    for spelling in words.ORDINAL_SUFFIXES:
        add(spelling, ORDINAL, 0, "und")
    # The forms PDF text gives Arabic-script names (see pdf_ligature_forms), where no name
    # of the tables is written so.
    for entries in list(table.values()):
        for entry in list(entries):
            for form in pdf_ligature_forms(entry.spelling):
                if skeleton(form) not in table:
                    add(form, entry.kind, entry.value, entry.language)
    return Lexicon(
        MappingProxyType({k: tuple(v) for k, v in table.items()}),
        max_words,
        frozenset(first_words),
        MappingProxyType({k: frozenset(v) for k, v in languages.items()}),
        frozenset(letter_led),
    )


LEXICON: Final = _build()

# The months said by description ("holy month"): their entries' spellings.
DESCRIBED: Final = frozenset(spelling for spelling, _, _, _ in hijri_months.DESCRIPTIONS)
# Malayalam day words with an ending written on ("ഒന്നിനാണ്", it is on the first): the
# ending closes the phrase, so no noun after one is what it counts.
INFLECTED_DAY_WORDS: Final = frozenset(
    fold(form)
    for spelling, _, language in words.DAY_WORDS
    if language == "ml"
    for form in malayalam_forms(spelling, "day")
)
# Numbers in words, folded: the days (each Malayalam one with its endings) and the cardinals of
# days and years. A dateline without a digit holds one (see .extract and .prefilter).
NUMBER_WORDS: Final = frozenset(
    fold(form)
    for spelling, _, language in (*words.DAY_WORDS, *words.DAY_CARDINALS, *words.YEAR_CARDINALS)
    for form in (
        spelling,
        *(
            malayalam_forms(spelling, "day") + malayalam_forms(spelling, "ordinal")
            if language == "ml"
            else ()
        ),
    )
)
# The new Hijri year by name ("Islamic New Year"): their entries' spellings.
NEW_YEARS: Final = frozenset(spelling for spelling, _ in hijri_months.NEW_YEAR_NAMES)
# The feasts by name ("Eid al-Adha"): their entries' spellings, and the day of the month.
FEAST_DAYS: Final = {spelling: day for spelling, _, day, _ in hijri_months.FEAST_NAMES}


def month_collisions() -> list[str]:
    """Skeletons that name months of two calendars at once (must be none)."""
    return [
        key
        for key, found in LEXICON.entries.items()
        if len({e.kind for e in found} & {HMONTH, GMONTH, SMONTH, BMONTH}) > 1
    ]


# Words that begin many spellings but say nothing alone ("al-Muharram", "ul-Haram").
_ARTICLES: Final = frozenset(
    {"al", "el", "ul", "il", "as", "at", "an", "ath", "ad", "ar", "dh", "du", "l", "de"}
)


CUE_LENGTH: Final = 5  # letters of a name that make a cue: enough to tell names from words


# Chinese and Japanese letters (kana and ideographs), whose words are not spaced: "伊历" (the
# Islamic calendar) is a word of two, and stands glued to the words around it.
UNSPACED: Final = re.compile("[\u3040-\u30ff\u3400-\u9fff\uf900-\ufaff]")


def is_ideographic(word: str) -> bool:
    """Whether the word has kana or ideographs (see UNSPACED)."""
    return UNSPACED.search(word) is not None


# And the scripts whose words run together, whose cues may stand anywhere in a run of letters:
# those, and Thai ("เดือนรอมฎอน", the month of Ramadan).
RUN_TOGETHER_CLASS: Final = "[\u0e01-\u0e4e\u3040-\u30ff\u3400-\u9fff\uf900-\ufaff]"
_RUN_TOGETHER: Final = re.compile(RUN_TOGETHER_CLASS)


def runs_together(word: str) -> bool:
    """Whether the word is written in a script without spaces between words (see _RUN_TOGETHER)."""
    return _RUN_TOGETHER.search(word) is not None


def found_inside_words(prefix: str) -> bool:
    """Whether a cue's prefix is looked for anywhere in a run of letters: in a script without
    spaces, and long enough to be no piece of everyday words (two ideographs: "伊历"; four
    Thai letters: "รอมฎ"; not "月", nor Thai "ม" of "ม.ค.")."""
    return (is_ideographic(prefix) and len(prefix) >= 2) or (runs_together(prefix) and len(prefix) >= 4)


def _unspaced_names_before() -> frozenset[str]:
    """The calendars' and months' names in kana or ideographs ("公历", "伊历", "ヒジュラ暦"),
    which may end a run of letters before a number (see ``extract._is_date_word_before``)."""
    kinds = {HERA, GERA, HMONTH, GMONTH}
    return frozenset(
        key
        for key, found in LEXICON.entries.items()
        if is_ideographic(key) and any(e.kind in kinds for e in found)
    )


def _arabic_script(word: str) -> bool:
    return "\u0600" <= word[0] <= "\u06ff"


def _hijri_cue_prefixes() -> frozenset[str]:
    """The first letters (folded) of every Hijri month name and Hijri era word: a word
    beginning so, near a number, may be half of a dateline."""
    prefixes: set[str] = set()
    for spellings in hijri_months.MONTHS:
        for spelling, language in spellings:
            # with Malayalam's endings, whose stem may change at the cue's last letter
            forms = [spelling, *(malayalam_forms(spelling, "month") if language == "ml" else ())]
            garbled = mojibake_form(spelling)  # and as a stored copy may carry it ("ÅÉvval")
            if garbled is not None:
                forms.append(garbled)
            forms.extend(pdf_ligature_forms(spelling))  # and as PDF text does ("ربيع األول")
            for form in forms:
                parts = [w for w in split_words(fold(form)) if w not in _ARTICLES]
                if parts:
                    # an initial ("R. Akhir", "J' Akhir") is no cue: every word in "r" would
                    # be one; the word after it is
                    cue = parts[0] if len(parts[0]) > 1 or len(parts) == 1 else parts[1]
                    prefixes.add(cue[:CUE_LENGTH])
                    # and written joined, as names match ("துல் ஹஜ்" as "துல்ஹஜ்")
                    prefixes.add("".join(parts)[:CUE_LENGTH])
    for _, _, _, cue in hijri_months.DESCRIPTIONS:
        prefixes.add(fold(cue)[:CUE_LENGTH])
    for spelling, _ in words_table.HIJRI_FEAST_CUES:
        if _arabic_script(spelling):
            prefixes.add(fold(spelling)[:CUE_LENGTH])
    for spelling, _ in words_table.HIJRI_ERAS:
        # Phrases ("dalam kalender Hijriah") cue through their own era word, which is an
        # entry of its own; their other words are everyday words.
        parts = split_words(fold(spelling))
        if len(parts) == 1 and (len(parts[0]) >= 3 or is_ideographic(parts[0])):
            # (two ideographs are a word: "伊历", "回历")
            prefixes.add(parts[0][:CUE_LENGTH])
    return frozenset(prefixes)


def _with_case_endings(prefixes: frozenset[str], kinds: tuple[Kind, ...]) -> frozenset[str]:
    """The cue prefixes, and the first letters of every name shorter than a cue with each
    case ending of its language written on ("mart" + "ın", "май" + "га"): a word that is
    such a name is a cue, with one look-up of its first letters."""
    endings: dict[str, list[str]] = {}
    for ending, languages in words_table.CASE_ENDINGS:
        for language in languages.split():
            endings.setdefault(language, []).append(fold(ending))
    extra: set[str] = set()
    for key, found in LEXICON.entries.items():
        if len(key) >= CUE_LENGTH or " " in key or not any(e.kind in kinds for e in found):
            continue
        for language in LEXICON.languages[key]:
            extra.update((key + ending)[:CUE_LENGTH] for ending in endings.get(language, ()))
    return prefixes | extra


UNSPACED_NAMES_BEFORE: Final = _unspaced_names_before()
HIJRI_CUE_PREFIXES: Final = _with_case_endings(_hijri_cue_prefixes(), (HMONTH,))


def _arabic_letters() -> dict[int, str]:
    """Each Arabic-script letter that folds to another single letter (أ إ آ to ا, ی ى to
    ي, ة ہ to ه, ک to ك …), as ``str.translate`` takes it."""
    table: dict[int, str] = {}
    for code in range(0x0600, 0x0700):
        folded = fold(chr(code))
        if len(folded) == 1 and folded != chr(code):
            table[code] = folded
    return table


def _abbreviated_names() -> frozenset[str]:
    """The folded spellings of Gregorian months and weekdays, of five letters at most, that begin a
    longer spelling of the same name ("sept" of "september", "janv" of "janvier", "сент" of
    "сентября"): abbreviations, whose stop ends no sentence. (A longer one is the name
    itself: "August." ends one, though "Augustus" is Dutch.)"""
    by_name: dict[tuple[Kind, int], list[str]] = {}
    for key, found in LEXICON.entries.items():
        for entry in found:
            if entry.kind in (GMONTH, WEEKDAY) and " " not in key:
                by_name.setdefault((entry.kind, entry.value), []).append(key)
    short: set[str] = set()
    for keys in by_name.values():
        keys.sort()
        for at, shorter in enumerate(keys):
            if len(shorter) > 5:
                continue
            # the longer spellings it begins follow it in order; one letter more is a case
            # ending's ("Januar", "Januari"), not the full name's
            for longer in keys[at + 1 :]:
                if not longer.startswith(shorter):
                    break
                if len(longer) > len(shorter) + 1:
                    short.add(shorter)
                    break
    return frozenset(short)


ABBREVIATED_NAMES: Final = _abbreviated_names()


def _abbreviated_eras() -> frozenset[str]:
    """The era marks of four letters at most that begin a longer spelling of an era of their
    calendar ("H" of "Hijriah", "খ্রি" of "খ্রিস্টাব্দ", "M" of "Masehi"): written with a stop,
    the stop is the abbreviation's, as in "২০ মার্চ ২০২০ খ্রি. ৬ চৈত্র ১৪২৬ বাংলা, ২৪ রজব ১৪৪১
    হিজরি" and an Indonesian letter's "1 Ramadhan 1446 H.\n1 Maret 2025 M."."""
    by_kind: dict[Kind, list[str]] = {}
    for key, found in LEXICON.entries.items():
        for entry in found:
            if entry.kind in (HERA, GERA, SERA, BERA):
                by_kind.setdefault(entry.kind, []).append(key)
    short: set[str] = set()
    for keys in by_kind.values():
        for key in keys:
            if len(key) <= 4 and any(other != key and other.startswith(key) for other in keys):
                short.add(key)
    return frozenset(short)


ABBREVIATED_ERAS: Final = _abbreviated_eras()


# Raw Arabic-script words are folded letter by letter with this (one C call) before their
# prefixes are looked up among the folded ones: a set of every spelling's letter variants
# took 4 MB in each process, as much as the rest of the cue tables.
ARABIC_LETTERS: Final = _arabic_letters()


def _arabic_prefixes(prefixes: frozenset[str]) -> frozenset[str]:
    """The prefixes written in the Arabic script, to look raw words up in once their letters
    are folded (``word.translate(ARABIC_LETTERS)``)."""
    return frozenset(prefix for prefix in prefixes if "\u0600" <= prefix[0] <= "\u06ff")


HIJRI_CUE_PREFIXES_ARABIC: Final = _arabic_prefixes(HIJRI_CUE_PREFIXES)
# Feasts' names, folded: Hijri cues as whole words (see words.HIJRI_FEAST_CUES).
HIJRI_CUE_WORDS: Final = frozenset(
    fold(name) for name, _ in words_table.HIJRI_FEAST_CUES if not _arabic_script(name)
)


def _gregorian_cues() -> tuple[frozenset[str], frozenset[str]]:
    """The first letters (folded) of every Gregorian month name, and every word of the
    Gregorian era marks (and each mark's words run together): without one of them, or a
    Gregorian year, no Gregorian half."""
    rumi = frozenset(gregorian_months.RUMI_MONTH_NAMES)
    prefixes = {
        split_words(fold(spelling))[0][:CUE_LENGTH]
        for spellings in gregorian_months.MONTHS
        for spelling, _ in spellings
        if split_words(fold(spelling)) and spelling not in rumi
    }
    eras = {part for spelling, _ in words_table.GREGORIAN_ERAS for part in split_words(fold(spelling))}
    # and an era of several words written as one, as the reader takes it ("SanannenZamani")
    eras.update("".join(split_words(fold(spelling))) for spelling, _ in words_table.GREGORIAN_ERAS)
    # and the word for "month" after a month's number ("7-ئاينىڭ 9-كۈنى")
    prefixes.update(fold(word)[:CUE_LENGTH] for word, _ in words_table.MONTH_NUMBER_WORDS)
    return frozenset(prefixes), frozenset(eras)


GREGORIAN_CUE_PREFIXES, GREGORIAN_ERA_WORDS = _gregorian_cues()
# The letters that are a Gregorian era's word only as its initials ("a" and "d" of "A.D."):
# alone they are everyday words and other marks' initials ("A.H."), no sign of a Gregorian
# half; an era of one letter ("M" of "1445 H / 2024 M") is not among them.
GREGORIAN_ERA_INITIALS: Final = frozenset(part for part in GREGORIAN_ERA_WORDS if len(part) == 1) - frozenset(
    fold(spelling) for spelling, _ in words_table.GREGORIAN_ERAS
)
# The eras written with such initials, as their words in order ("a", "d"): a Gregorian half's
# sign where they stand together, a stop between and a space at most ("A.D.", "C.E.", "н.
# э."). (Not those with a space and no stop between words, whose other words are signs alone
# ("до н. э"), nor Arabic-script ones, whose letters the test looks up otherwise.)
GREGORIAN_ERAS_IN_INITIALS: Final = frozenset(
    parts
    for spelling, _ in (*words_table.GREGORIAN_ERAS, *words_table.GREGORIAN_ERA_INITIALS_ONLY)
    if len(parts := tuple(split_words(fold(spelling)))) > 1
    and any(p in GREGORIAN_ERA_INITIALS for p in parts)
    and re.fullmatch(r"[^\W\d_]+(?:\. ?[^\W\d_]+)+\.?", spelling)
    and not any("\u0600" <= ch <= "\u06ff" for ch in spelling)
)
GREGORIAN_CUE_PREFIXES = _with_case_endings(GREGORIAN_CUE_PREFIXES, (GMONTH,))
GREGORIAN_CUE_PREFIXES_ARABIC: Final = _arabic_prefixes(GREGORIAN_CUE_PREFIXES)
# Hijri era words spelled out (one word of three letters or more, folded): a year of one to
# three digits straight before one is a year ("61 हिजरी"; not "100 Ah", amp-hours).
HIJRI_ERA_WORDS: Final = frozenset(
    key
    for key, found in LEXICON.entries.items()
    if len(key) >= 3 and " " not in key and any(e.kind == HERA for e in found)
)
# Words for "years" after a number's era: a count of years ("33 हिजरी वर्ष"), not a year.
YEAR_COUNT_NOUNS: Final = frozenset(fold(word) for word, _ in words_table.YEAR_COUNT_NOUNS)
# Era marks too short to be cues alone: they count straight after a number ("1445H").
HIJRI_SHORT_MARKS: Final = frozenset({"h", "ah", "ه", "ق"})
# The raw characters that can begin one of them (any case, Arabic letter variants,
# presentation forms): a cheap test before folding what follows a number.
HIJRI_SHORT_MARK_STARTS: Final = frozenset(
    chr(code)
    for block in (range(0x41, 0x7B), range(0x0600, 0x0700), range(0xFB50, 0xFF00))
    for code in block
    if fold(chr(code))[:1] in {mark[0] for mark in HIJRI_SHORT_MARKS}
)


def _date_neighbours() -> tuple[frozenset[str], Mapping[str, frozenset[str]]]:
    """Folded words that stand next to a date's numbers: month names of both calendars,
    era marks, days in words and ordinal suffixes, the words that stand between a day and its
    month ("30 ga watan Rajab", "10 de Ramadán"), the case endings written onto a day's
    number ("19ـی کانوونی", "28-də"), and the first words of such names (and the last of a
    new year's name and of a month-year filler).

    And the words among them that are only the first word of a name of several words ("in"
    of "in the Hijri calendar", "and" of "and last"), each with the first two letters of the
    second words it goes on with: such a word is a date's neighbour only after the number,
    and only where the name goes on ("1437 in the Hijri calendar", not "in 1437 and 1438")."""
    kinds = {HMONTH, GMONTH, HERA, GERA, DAYWORD, ORDINAL, FILL_DM}
    words: set[str] = {key for key, found in LEXICON.entries.items() if any(e.kind in kinds for e in found)}
    words.update(fold(ending) for ending in words_table.NUMBER_ENDINGS)
    firsts: dict[str, set[str]] = {}
    for found in LEXICON.entries.values():
        for entry in found:
            if entry.kind in kinds:
                parts = split_words(fold(entry.spelling))
                if len(parts) > 1:
                    firsts.setdefault(parts[0], set()).add(parts[1][:2])
                else:
                    words.update(parts)
    # The last word of a new year's name, which its year follows ("Islamic New Year 1447"), of
    # a Hijri era said in words before the year ("sipas kalendarit islam – 1439"), and of a
    # month-year filler of several words ("পহেলা রমজান কত তারিখে ২০২৫", "na shekarar 1445").
    words.update(split_words(fold(spelling))[-1] for spelling, _ in hijri_months.NEW_YEAR_NAMES)
    words.update(split_words(fold(spelling))[-1] for spelling, *_ in hijri_months.FEAST_NAMES)
    words.update(split_words(fold(spelling))[-1] for spelling, _ in words_table.HIJRI_ERAS)
    fillers = (split_words(fold(spelling)) for spelling in words_table.MONTH_YEAR_FILLERS)
    words.update(parts[-1] for parts in fillers if len(parts) > 1)
    # The word for "month" after a month's number ("7-ئاينىڭ 9-كۈنى").
    words.update(fold(word) for word, _ in words_table.MONTH_NUMBER_WORDS)
    # A word for "of the year" after a year ("২০২৫ সালের প্রথম রমজান").
    words.update(fold(word) for word, _ in words_table.YEAR_OF_NOUNS)
    only_first = {word: frozenset(seconds) for word, seconds in firsts.items() if word not in words}
    return frozenset(words | firsts.keys()), MappingProxyType(only_first)


DATE_NEIGHBOURS, FIRST_WORDS_ONLY = _date_neighbours()


# Words of fasting ("the first fast"): a day word before one is a day of the fast, not of the month.
FASTING: Final = frozenset(fold(word) for word, _ in words_table.FASTING_WORDS)


# Words for "day" after a day's number ("11-ci günü", "10 तारीख").
DAY_NOUNS: Final = frozenset(fold(word) for word in words_table.DAY_NOUNS)


# One-letter Arabic clitics (و ب ل ف ك), as a set for look-ups.
ARABIC_CLITICS: Final = frozenset(words_table.ARABIC_CLITICS)
