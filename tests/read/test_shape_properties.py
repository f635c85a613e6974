"""Laws of the running-text shapes: ordinal days, halves apart, partial halves.

Each shape is generated from the language tables (day words, month names, connectors,
era words), read back exactly, and read the same when embedded in a random sentence.
"""

from __future__ import annotations

from datetime import date

import pytest
from hypothesis import assume, example, given
from hypothesis import strategies as st

from datelines import HijriDate, extract, get_calendar, parse
from datelines._read.lexicon import FASTING, LEXICON, malayalam_forms
from datelines._read.lexicon import mojibake_form as _h40_mojibake
from datelines._read.normalize import fold, fold_with_offsets, skeleton, words
from datelines._read.normalize import skeleton as _h40_skeleton
from datelines._read.references import LABELS as REFERENCE_LABELS
from datelines._read.tokens import units
from datelines.names import gregorian_months, hijri_months
from datelines.names.output import GREGORIAN_MONTHS, HIJRI_MONTHS
from datelines.names.output import WEEKDAYS as WEEKDAYS_OUT
from datelines.names.times import EVENING_WORDS
from datelines.names.words import (
    AMBIGUOUS_MONTH_NAMES,
    DAY_CARDINALS,
    DAY_WORDS,
    DAYS_BEFORE_OF,
    DEMONSTRATIVE_OPENERS,
    FEAST_NOUNS,
    MALAYALAM_ENDINGS,
    NOUNS_BEFORE_ORDINALS,
    NUMBER_WORDS,
    OFFSET_WORDS,
    RANGE_PAIRS,
    SINCE_WORDS,
    WEEKDAYS,
)

UMALQURA = get_calendar("umalqura")
LANGUAGES = ("en", "ar", "fr", "id", "tr", "ur")
# Day words a sentence puts before "<day noun> of <month>", per language.
DAY_PHRASES = {
    "en": ("the {word} day of {month}", "the {word} of {month}"),
    "ar": ("{word} من {month}", "{word} من شهر {month}"),
    "fr": ("le {word} {month}",),
    "id": ("hari {word} bulan {month}",),
    "tr": ("{month} ayının {word} günü",),
    "ur": ("{month} کی {word}",),
}
HIJRI_ERAS = {"en": " AH", "ar": " هـ", "fr": " de l'hégire", "id": " H", "tr": " Hicri", "ur": "ھ"}
GREGORIAN_ERAS = {"en": "", "ar": " م", "fr": "", "id": " M", "tr": "", "ur": ""}
CONNECTORS = {
    "en": ("corresponding to", "coinciding with", "which is"),
    "ar": ("الموافق",),
    "fr": ("correspondant au",),
    "id": ("bertepatan dengan",),
    "tr": ("mutabık",),
    "ur": ("بمطابق", "مطابق"),
}
# Words that may stand between two halves that a connector joins: "… will fall on Sunday,
# corresponding to …" (no date words, no numbers).
BETWEEN = {
    "en": ("will fall on", "was declared, that is the day", "begins this year"),
    "ar": ("سيكون يوم", "وهو"),
    "fr": ("tombera", "sera fêté"),
    "id": ("jatuh pada hari", "ditetapkan"),
    "tr": ("olarak ilan edildi", "günü"),
    "ur": ("کو ہوگی", "ہے"),
}
FILLER = st.text(alphabet=st.sampled_from(list("abcdefghijklmnopqrstuvwxyz ,.;:()\n")), max_size=50).map(
    lambda s: s.strip()
)


def _day_words(language: str) -> dict[int, list[str]]:
    found: dict[int, list[str]] = {}
    for spelling, day, lang in DAY_WORDS:
        # (not the compound cardinals, days only before "of": their own law is in
        # tests/check/test_trial28.py)
        if lang == language and day <= 29 and (spelling, day, lang) not in DAYS_BEFORE_OF:
            found.setdefault(day, []).append(spelling)
    return found


DAY_WORDS_BY_LANGUAGE = {language: _day_words(language) for language in LANGUAGES}


# Words that make the date after them a starting point ("od 1 Muharram …", Bosnian "from"):
# random text may not end in one.
# So may "before" or "after" ("setelah 1 Muharram 1400, يەنى 20 November 1979": another day).
_STARTS = (
    frozenset(fold(word) for word, _ in SINCE_WORDS)
    | frozenset(fold(w) for w, _, _ in RANGE_PAIRS)
    | frozenset(fold(word) for word, _ in OFFSET_WORDS)
)


_COUNTING = frozenset(fold(word) for word, _ in NOUNS_BEFORE_ORDINALS)
_EVENINGS = frozenset(fold(word) for word, _ in EVENING_WORDS)


def _text_around(before: str, text: str, after: str) -> str:
    # A date word may reach over stray letters ("tue:b 1400-يىلى …", "eti:b j 1 Muharram 1400
    # AH …": Yoruba's Friday, the soak of stop 61), and the reader takes case endings off
    # ("prii" is Albanian "pri", April): the filler's last three words and the first after may
    # not be read as words of its tables.
    for word in words(fold(before))[-3:] + words(fold(after))[:1]:
        assume(word not in LEXICON.entries)
        assume(word not in FASTING)  # "… / November 1979 fast": a fast's day, which does not pair
        assume(word not in _COUNTING)  # "malam … ishirini ya Muharram": its 20th night, not day
        assume(word not in REFERENCE_LABELS)  # "no: 1979 …": a reference number, no date (a soak run)
        assume(word not in _EVENINGS)  # "eve Hijri New Year (…)": the day before it (a soak run)
    for unit in units(fold_with_offsets(before))[-3:] + units(fold_with_offsets(after))[:1]:
        assume(not unit.entries)
    assume(not words(fold(before))[-1:] or words(fold(before))[-1] not in _STARTS)
    # The reader takes a spelling over dots and spaces ("de.y", "de y" are the Persian month
    # Dey; "n.en" a connector): the filler's words next to the text may not spell one.
    for count in range(1, LEXICON.max_words + 1):
        for chunks in (before.split()[-count:], after.split()[:count]):
            assume(not chunks or skeleton("".join(chunks)) not in LEXICON.entries)
    # nor with the text's first word ("s" + "Awal" is "sawal", Shawwal)
    for count in range(1, LEXICON.max_words):
        for chunks in (before.split()[-count:], words(fold(before))[-count:]):
            for first in (text.split()[:1], words(fold(text))[:1]):
                assume(not chunks or skeleton("".join(chunks + first)) not in LEXICON.entries)
    return f"{before} {text} {after}"


@st.composite
def ordinal_days(draw: st.DrawFn) -> tuple[str, HijriDate, date]:
    """ "the tenth day of Dhu al-Hijjah 1445 AH, corresponding to 16 June 2024"."""
    language = draw(st.sampled_from([lang for lang in LANGUAGES if DAY_WORDS_BY_LANGUAGE[lang]]))
    table = DAY_WORDS_BY_LANGUAGE[language]
    day = draw(st.sampled_from(sorted(table)))
    word = draw(st.sampled_from(table[day]))
    year = draw(st.integers(1400, 1500))
    month = draw(st.integers(1, 12))
    hijri = HijriDate(year, month, day)
    gregorian = UMALQURA.to_gregorian(hijri)
    phrase = draw(st.sampled_from(DAY_PHRASES[language])).format(
        word=word, month=HIJRI_MONTHS[language][month - 1]
    )
    g_month = GREGORIAN_MONTHS[language][gregorian.month - 1]
    connector = draw(st.sampled_from(CONNECTORS[language]))
    text = (
        f"{phrase} {year}{HIJRI_ERAS[language]} {connector} "
        f"{gregorian.day} {g_month} {gregorian.year}{GREGORIAN_ERAS[language]}"
    )
    return text, hijri, gregorian


@given(ordinal_days())
def test_ordinal_days_read_back(case: tuple[str, HijriDate, date]) -> None:
    text, hijri, gregorian = case
    line = parse(text)
    assert line.hijri is not None
    assert line.gregorian is not None
    assert (line.hijri.to_hijri(), line.gregorian.to_date()) == (hijri, gregorian), text


@given(ordinal_days(), FILLER, FILLER)
def test_ordinal_days_embedded(case: tuple[str, HijriDate, date], before: str, after: str) -> None:
    text, hijri, gregorian = case
    found = [
        (d.hijri.to_hijri(), d.gregorian.to_date())
        for d in extract(_text_around(before, text, after))
        if d.hijri is not None and d.gregorian is not None and d.hijri.complete and d.gregorian.complete
    ]
    assert found == [(hijri, gregorian)], text


@st.composite
def split_halves(draw: st.DrawFn) -> tuple[str, HijriDate, date]:
    """ "1 Shawwal 1446 AH will fall on Sunday, corresponding to 30 March 2025"."""
    language = draw(st.sampled_from(LANGUAGES))
    hijri = HijriDate(draw(st.integers(1400, 1500)), draw(st.integers(1, 12)), draw(st.integers(1, 29)))
    gregorian = UMALQURA.to_gregorian(hijri)
    h_text = f"{hijri.day} {HIJRI_MONTHS[language][hijri.month - 1]} {hijri.year}{HIJRI_ERAS[language]}"
    g_text = (
        f"{gregorian.day} {GREGORIAN_MONTHS[language][gregorian.month - 1]} {gregorian.year}"
        f"{GREGORIAN_ERAS[language]}"
    )
    between = draw(st.sampled_from(BETWEEN[language]))
    connector = draw(st.sampled_from(CONNECTORS[language]))
    return f"{h_text} {between} {connector} {g_text}", hijri, gregorian


@given(split_halves())
def test_split_halves_read_back(case: tuple[str, HijriDate, date]) -> None:
    text, hijri, gregorian = case
    line = parse(text)
    assert line.hijri is not None
    assert line.gregorian is not None
    assert (line.hijri.to_hijri(), line.gregorian.to_date()) == (hijri, gregorian), text


@given(split_halves(), FILLER, FILLER)
def test_split_halves_embedded(case: tuple[str, HijriDate, date], before: str, after: str) -> None:
    text, hijri, gregorian = case
    found = [
        (d.hijri.to_hijri(), d.gregorian.to_date())
        for d in extract(_text_around(before, text, after))
        if d.hijri is not None and d.gregorian is not None and d.hijri.complete and d.gregorian.complete
    ]
    assert found == [(hijri, gregorian)], text


@st.composite
def partial_halves(draw: st.DrawFn) -> tuple[str, tuple[int, int | None], tuple[int, int | None]]:
    """ "Ramadan 1445 H / March 2024", "1445 H / 2024 M": a month and year, or a year, each."""
    language = draw(st.sampled_from(LANGUAGES))
    year, month = draw(st.integers(1400, 1500)), draw(st.integers(1, 12))
    first = UMALQURA.to_gregorian(HijriDate(year, month, 1))
    separator = draw(st.sampled_from([" / ", " - ", "/"]))
    if draw(st.booleans()):
        h_text = f"{HIJRI_MONTHS[language][month - 1]} {year}{HIJRI_ERAS[language]}"
        g_text = f"{GREGORIAN_MONTHS[language][first.month - 1]} {first.year}{GREGORIAN_ERAS[language]}"
        return f"{h_text}{separator}{g_text}", (year, month), (first.year, first.month)
    era = draw(st.sampled_from([" H", " AH", " هـ", " Hijriah"]))
    g_era = draw(st.sampled_from(["", " M", " CE", " م", " Masehi"]))
    return f"{year}{era}{separator}{first.year}{g_era}", (year, None), (first.year, None)


@given(partial_halves())
def test_partial_halves_read_back(case: tuple[str, tuple[int, int | None], tuple[int, int | None]]) -> None:
    text, hijri, gregorian = case
    line = parse(text)
    assert line.hijri is not None
    assert line.gregorian is not None
    assert (line.hijri.year, line.hijri.month, line.hijri.day) == (*hijri, None), text
    assert (line.gregorian.year, line.gregorian.month, line.gregorian.day) == (*gregorian, None), text


@given(partial_halves(), FILLER, FILLER)
def test_partial_halves_embedded(
    case: tuple[str, tuple[int, int | None], tuple[int, int | None]], before: str, after: str
) -> None:
    text, hijri, gregorian = case
    found = [
        ((d.hijri.year, d.hijri.month), (d.gregorian.year, d.gregorian.month))
        for d in extract(_text_around(before, text, after))
        if d.hijri is not None and d.gregorian is not None
    ]
    assert found == [(hijri, gregorian)], text


@given(st.integers(1400, 1500), st.integers(1, 12), st.integers(1, 29), st.sampled_from(LANGUAGES))
def test_a_missing_year_is_inferred_and_marked(year: int, month: int, day: int, language: str) -> None:
    hijri = HijriDate(year, month, day)
    gregorian = UMALQURA.to_gregorian(hijri)
    text = (
        f"{day} {HIJRI_MONTHS[language][month - 1]} / "
        f"{gregorian.day} {GREGORIAN_MONTHS[language][gregorian.month - 1]} {gregorian.year}"
    )
    line = parse(text)
    assert line.hijri is not None
    assert (line.hijri.year, line.hijri.month, line.hijri.day) == (None, month, day), text
    assert line.hijri.inferred_year == year, text


# --- months said by description, and "the month" said after one named --------------------


@given(
    st.sampled_from([spelling for spelling, month, _, _ in hijri_months.DESCRIPTIONS if month == 9]),
    st.integers(1400, 1500),
    st.integers(1, 29),
    st.sampled_from(LANGUAGES),
)
def test_a_described_month_reads_as_its_month(description: str, year: int, day: int, language: str) -> None:
    hijri = HijriDate(year, 9, day)
    gregorian = UMALQURA.to_gregorian(hijri)
    g_text = f"{gregorian.day} {GREGORIAN_MONTHS[language][gregorian.month - 1]} {gregorian.year}"
    text = f"{day} {description} {year}{HIJRI_ERAS[language]} / {g_text}"
    line = parse(text)
    assert line.hijri is not None
    assert line.gregorian is not None
    assert (line.hijri.to_hijri(), line.gregorian.to_date()) == (hijri, gregorian), text


@given(
    st.sampled_from([spelling for spelling, _, _, _ in hijri_months.DESCRIPTIONS]),
    st.integers(1400, 1500),
    st.integers(1, 12),
    st.integers(1, 29),
)
def test_a_description_before_a_name_is_the_named_month(
    description: str, year: int, month: int, day: int
) -> None:
    hijri = HijriDate(year, month, day)
    gregorian = UMALQURA.to_gregorian(hijri)
    text = (
        f"{day} {description} {HIJRI_MONTHS['en'][month - 1]} {year} AH, corresponding to "
        f"{gregorian.day} {GREGORIAN_MONTHS['en'][gregorian.month - 1]} {gregorian.year}"
    )
    line = parse(text)
    assert line.hijri is not None
    assert line.gregorian is not None
    assert (line.hijri.to_hijri(), line.gregorian.to_date()) == (hijri, gregorian), text


@given(st.integers(1400, 1500), st.integers(1, 12))
def test_the_month_is_the_month_named_before(year: int, month: int) -> None:
    hijri = HijriDate(year, month, 1)
    gregorian = UMALQURA.to_gregorian(hijri)
    name = HIJRI_MONTHS["ar"][month - 1]
    g_text = f"{gregorian.day} {GREGORIAN_MONTHS['ar'][gregorian.month - 1]} {gregorian.year}"
    text = f"ثبوت رؤية هلال شهر {name} {year}هـ، ليكون فاتح الشهر هو يوم {g_text}"
    found = [(d.hijri.to_hijri(), d.gregorian.to_date()) for d in extract(text) if d.hijri and d.gregorian]
    assert found == [(hijri, gregorian)], text


@given(st.integers(1400, 1500), st.integers(1, 12), st.integers(5, 25))
def test_the_month_is_not_a_month_its_date_cannot_be(year: int, month: int, shift: int) -> None:
    # "… شهر X 1446هـ …، وفي أول الشهر، <a date weeks away>": salaries, not the 1st of X.
    start = UMALQURA.to_gregorian(HijriDate(year, month, 1))
    other = date.fromordinal(start.toordinal() + shift)
    name = HIJRI_MONTHS["ar"][month - 1]
    text = f"انتهى شهر {name} {year}هـ. وفي أول الشهر، {other.day} {GREGORIAN_MONTHS['ar'][other.month - 1]} {other.year}، ترتفع الأسعار"
    assert [d for d in extract(text) if d.hijri is not None and d.hijri.day == 1] == [], text


@given(
    st.integers(1400, 1500),
    st.integers(1, 12),
    st.integers(35, 300) | st.integers(-300, -35),
    st.sampled_from(("; the market fell on", ", and on", ". On", ": by")),
)
def test_halves_of_two_clauses_pair_only_if_they_can_be_one_day(
    year: int, month: int, shift: int, clause: str
) -> None:
    # "Ramadan 1446 ended; the elections are on 5 May 2025": two dates of two things.
    start = UMALQURA.to_gregorian(HijriDate(year, month, 1))
    other = date.fromordinal(start.toordinal() + (shift if shift < 0 else 29 + shift))
    name = HIJRI_MONTHS["en"][month - 1]
    text = f"{name} {year} AH was quiet{clause} {other.day} {GREGORIAN_MONTHS['en'][other.month - 1]} {other.year} it rose."
    assert [d for d in extract(text) if d.hijri is not None and d.gregorian is not None] == [], text


@given(st.integers(1, 1300), st.integers(1900, 2100), st.sampled_from(("hijra", "AH", "H")))
def test_a_year_alone_far_from_the_date_is_another_year(hijri_year: int, year: int, era: str) -> None:
    assume(abs(year - (0.970229 * hijri_year + 621.5643)) > 3)
    text = f"On 5 March {year}, {hijri_year} {era} activists marched."
    assert [d for d in extract(text) if d.hijri is not None and d.gregorian is not None] == [], text


@given(
    st.integers(1400, 1500),
    st.integers(1, 12),
    st.integers(1, 29),
    st.dates(date(1980, 1, 1), date(2070, 12, 31)),
    st.sampled_from(LANGUAGES),
)
def test_halves_a_connector_joins_pair_whatever_their_dates(
    year: int, month: int, day: int, gregorian: date, language: str
) -> None:
    # A wrong dateline is the checker's to report: the reader reads what the text states.
    hijri_text = f"{day} {HIJRI_MONTHS[language][month - 1]} {year}{HIJRI_ERAS[language]}"
    g_text = f"{gregorian.day} {GREGORIAN_MONTHS[language][gregorian.month - 1]} {gregorian.year}{GREGORIAN_ERAS[language]}"
    text = f"{hijri_text} {CONNECTORS[language][0]} {g_text}"
    line = parse(text)
    assert line.hijri is not None, text
    assert line.gregorian is not None, text
    assert (line.hijri.year, line.hijri.month, line.hijri.day) == (year, month, day), text
    assert line.gregorian.to_date() == gregorian, text


# --- a Hijri month or year and a Gregorian day with words between -------------------------

# Words between a Hijri month or year and a Gregorian day that say the day is another
# thing's (the sighting, the feast), per language; and words that say the month begins then.
OTHER_THINGS = {
    "en": ("was sighted on", "will be celebrated on", "is expected to be seen on"),
    "fr": ("sera célébré le", "a été observé le"),
    "id": ("dirayakan pada", "terlihat pada"),
    "ar": ("تم رصده يوم", "يحتفل به يوم"),
}
BEGINS = {
    "en": ("will begin on", "starts on"),
    "fr": ("commence le",),
    "id": ("dimulai pada",),
    "ar": ("يبدأ يوم",),
}


@given(
    st.sampled_from(sorted(OTHER_THINGS)), st.integers(1400, 1500), st.integers(1, 12), st.integers(0, 40),
    st.booleans(), st.data(),
)  # fmt: skip
def test_a_month_or_year_and_another_things_day_do_not_pair(
    language: str, year: int, month: int, shift: int, with_month: bool, data: st.DataObject
) -> None:
    other = date.fromordinal(UMALQURA.to_gregorian(HijriDate(year, month, 1)).toordinal() - shift)
    h_text = (
        f"{HIJRI_MONTHS[language][month - 1]} {year}{HIJRI_ERAS[language]}" if with_month else f"{year} H"
    )
    between = data.draw(st.sampled_from(OTHER_THINGS[language]))
    g_text = f"{other.day} {GREGORIAN_MONTHS[language][other.month - 1]} {other.year}"
    text = f"{h_text} {between} {g_text}"
    assert list(extract(text)) == [], text


@given(st.sampled_from(sorted(BEGINS)), st.integers(1400, 1500), st.integers(1, 12), st.data())
def test_a_month_said_to_begin_on_a_day_pairs_with_it(
    language: str, year: int, month: int, data: st.DataObject
) -> None:
    first = UMALQURA.to_gregorian(HijriDate(year, month, 1))
    between = data.draw(st.sampled_from(BEGINS[language]))
    g_text = f"{first.day} {GREGORIAN_MONTHS[language][first.month - 1]} {first.year}"
    text = f"{HIJRI_MONTHS[language][month - 1]} {year}{HIJRI_ERAS[language]} {between} {g_text}"
    line = parse(text)
    assert line.hijri is not None
    assert line.gregorian is not None
    assert (line.hijri.year, line.hijri.month, line.hijri.day) == (year, month, None), text
    assert line.gregorian.to_date() == first, text


@given(st.sampled_from([(s, lang) for s, _, lang in DAY_WORDS if lang in GREGORIAN_MONTHS and not s[0].isdigit()]),
       st.integers(1, 12),
       st.integers(1, 28))  # fmt: skip
def test_a_day_word_before_a_month_and_its_own_day_is_not_the_day(
    word: tuple[str, str], month: int, day: int
) -> None:
    # "പരീക്ഷയുടെ ആദ്യ ദിവസം മാർച്ച് 3": the first day (of something else) is March 3.
    spelling, language = word
    text = f"{spelling} {GREGORIAN_MONTHS[language][month - 1]} {day} ."
    line = parse(text)
    assert line.gregorian is not None
    assert (line.gregorian.month, line.gregorian.day) == (month, day), text


AR_LATER_DAYS = sorted(
    (day, spelling) for spelling, day, lang in DAY_WORDS if lang == "ar" and 8 <= day <= 20
)


@given(st.integers(1400, 1500), st.integers(1, 12), st.sampled_from(AR_LATER_DAYS))
def test_of_two_hijri_days_around_a_gregorian_day_the_one_it_can_be_takes_it(
    year: int, month: int, later: tuple[int, str]
) -> None:
    # "فاتح شهر محرم 1446هـ سيكون يوم غد الأحد 7 يوليوز، ويحل بالتالي العاشر من شهر محرم …"
    day, spelling = later
    first = UMALQURA.to_gregorian(HijriDate(year, month, 1))
    other = UMALQURA.to_gregorian(HijriDate(year, month, day))
    name, g_months = HIJRI_MONTHS["ar"][month - 1], GREGORIAN_MONTHS["ar"]
    text = (
        f"فاتح شهر {name} {year}هـ سيكون يوم غد {first.day} {g_months[first.month - 1]}، ويحل بالتالي "
        f"{spelling} من شهر {name}، الذي يصادف مناسبة أخرى، يوم {other.day} {g_months[other.month - 1]}"
    )
    line = parse(text)
    assert line.hijri is not None
    assert line.gregorian is not None
    assert (line.hijri.day, line.gregorian.month, line.gregorian.day) == (1, first.month, first.day), text
    found = [(d.hijri.day, d.gregorian.day) for d in extract(text) if d.hijri and d.gregorian]
    assert found == [(1, first.day), (day, other.day)], text


# --- halves that are two days: ranges, weekdays, "tomorrow", words that are not months -----

RANGES = {
    "en": ("from {h} until {g}", "between {h} and {g}", "since {h}, prices rose; on {g} they fell"),
    "id": ("sejak {h} hingga {g}", "antara {h} dan {g}"),
    "ar": ("منذ {h} حتى {g}", "من {h} إلى {g}"),
    "fr": ("du {h} au {g}", "depuis {h} jusqu'au {g}"),
    "ur": ("{h} سے {g} تک",),
}


@given(st.integers(1400, 1500), st.integers(1, 12), st.integers(1, 29), st.integers(-40, 40), st.data())
def test_the_two_ends_of_a_range_do_not_pair(
    year: int, month: int, day: int, shift: int, data: st.DataObject
) -> None:
    language = data.draw(st.sampled_from(sorted(RANGES)))
    shape = data.draw(st.sampled_from(RANGES[language]))
    other = date.fromordinal(UMALQURA.to_gregorian(HijriDate(year, month, min(day, 29))).toordinal() + shift)
    h_text = f"{day} {HIJRI_MONTHS[language][month - 1]} {year}{HIJRI_ERAS[language]}"
    g_text = f"{other.day} {GREGORIAN_MONTHS[language][other.month - 1]} {other.year}"
    text = shape.format(h=h_text, g=g_text)
    assert [d for d in extract(text) if d.hijri is not None and d.gregorian is not None] == [], text


@given(st.integers(1400, 1500), st.integers(1, 12), st.integers(-1, 1), st.integers(1, 6))
def test_a_weekday_said_of_the_hijri_day_that_is_not_the_dates_parts_them(
    year: int, month: int, shift: int, off: int
) -> None:
    start = UMALQURA.to_gregorian(HijriDate(year, month, 1))
    other = date.fromordinal(start.toordinal() + shift)
    weekdays = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")
    name = HIJRI_MONTHS["en"][month - 1]
    g_text = (
        f"{weekdays[other.weekday()]}, {other.day} {GREGORIAN_MONTHS['en'][other.month - 1]} {other.year}"
    )

    def pairs(said: int) -> list[object]:
        text = f"1 {name} {year}, a {weekdays[said]}, saw prayers on {g_text}."
        return [d for d in extract(text) if d.hijri is not None and d.gregorian is not None]

    assert pairs((other.weekday() + off) % 7) == []  # never the date's own weekday
    assert len(pairs(other.weekday())) == 1  # the same shape with the date's weekday pairs


@given(st.integers(1, 12), st.dates(date(1990, 1, 1), date(2060, 12, 31)), st.sampled_from(LANGUAGES))
def test_a_month_said_to_begin_tomorrow_is_not_the_days_month(month: int, day: date, language: str) -> None:
    g_text = f"{day.day} {GREGORIAN_MONTHS[language][day.month - 1]} {day.year}"
    name = HIJRI_MONTHS[language][month - 1]
    shapes = {
        "en": f"On {g_text} the court said {name} would begin tomorrow.",
        "ar": f"أعلنت المحكمة في {g_text} أن {name} يبدأ غدا.",
        "fr": f"Le {g_text}, le conseil a dit que {name} commence demain.",
        "id": f"Pada {g_text} pemerintah mengumumkan {name} dimulai besok.",
        "tr": f"Diyanet {g_text} tarihinde {name} ayının yarın başlayacağını açıkladı.",
        "ur": f"کمیٹی نے {g_text} کو اعلان کیا کہ {name} کل شروع ہوگا۔",
    }
    text = shapes[language]
    assert [d for d in extract(text) if d.hijri is not None and d.gregorian is not None] == [], text


@given(st.integers(1, 29), st.dates(date(1990, 1, 1), date(2060, 12, 31)))
def test_a_month_name_that_is_an_everyday_word_needs_its_year(count: int, day: date) -> None:
    g_text = f"{day.day} {GREGORIAN_MONTHS['tr'][day.month - 1]} {day.year}"
    for text in (
        f"Gemi {g_text} tarihinde {count} sefer yaptı.",
        f"{count} sefer {g_text} tarihinde başlayacak.",
    ):
        assert [d for d in extract(text) if d.hijri is not None and d.gregorian is not None] == [], text


# Dhivehi (Thaana): the year, then the month, then the day ("ހިޖުރީ ސަނަތުން 1444 ވަނަ އަހަރުގެ
# ޝައުބާން މަހުގެ 30 ވަނަ ދުވަސް"), each month name of the tables, with the Gregorian date and
# its weekday before or after it; embedded among everyday Dhivehi words.
DV_HIJRI = {
    month: [s for s, lang in spellings if lang == "dv" and "މަ" not in s.split()[-1][:2]]
    for month, spellings in enumerate(hijri_months.MONTHS, start=1)
}
DV_GREGORIAN = {
    month: [s for s, lang in spellings if lang == "dv"]
    for month, spellings in enumerate(gregorian_months.MONTHS, start=1)
}
DV_WEEKDAYS = {day: s for s, day, lang in WEEKDAYS if lang == "dv"}
DV_WORDS = st.lists(
    st.sampled_from(
        ["އިސްލާމިކް", "މިނިސްޓްރީން", "ބުނީ،", "މާދަމާ", "ދިވެހިރާއްޖޭގައި", "ހަނދު", "ފެނިފައި", "ނުވާ",
         "ކަމަށެވެ.", "ކަނޑައަޅައިފިއެވެ.", "ޢީދު", "ނަމާދު", "ރައްޔިތުންނަށް"]
    ),
    max_size=6,
).map(" ".join)  # fmt: skip


@st.composite
def dhivehi_lines(draw: st.DrawFn) -> tuple[str, HijriDate, date]:
    month = draw(st.sampled_from([m for m, names in DV_HIJRI.items() if names]))
    hijri = HijriDate(draw(st.integers(1400, 1500)), month, draw(st.integers(1, 29)))
    day = UMALQURA.to_gregorian(hijri)
    name = draw(st.sampled_from(DV_HIJRI[month]))
    g_name = draw(st.sampled_from(DV_GREGORIAN[day.month]))
    era = draw(st.sampled_from(["ހިޖުރީ ސަނަތުން ", "ހިޖުރީ ", ""]))
    glued = draw(st.booleans())
    year = f"{hijri.year}ވަނަ" if glued else f"{hijri.year} ވަނަ"
    hijri_text = f"{era}{year} އަހަރުގެ {name} މަހުގެ {hijri.day} ވަނަ ދުވަސް"
    gregorian_text = f"{day.day} {g_name} {day.year}"
    weekday = DV_WEEKDAYS[day.weekday()]
    if draw(st.booleans()):
        text = f"{gregorian_text} ވާ {weekday} ދުވަހަކީ {hijri_text}"
    else:
        text = f"{hijri_text.removesuffix(' ދުވަސް')} ދުވަހަކީ {gregorian_text} ވާ {weekday} ދުވަސް"
    return text, hijri, day


@given(dhivehi_lines())
def test_dhivehi_year_month_day_reads_back(case: tuple[str, HijriDate, date]) -> None:
    text, hijri, day = case
    line = parse(text)
    assert (line.hijri.isoformat() if line.hijri else None) == hijri.isoformat(), text
    assert (line.gregorian.isoformat() if line.gregorian else None) == day.isoformat(), text


@given(dhivehi_lines(), DV_WORDS, DV_WORDS)
def test_dhivehi_year_month_day_embedded(case: tuple[str, HijriDate, date], before: str, after: str) -> None:
    text, hijri, day = case
    found = [(d.hijri.isoformat(), d.gregorian.isoformat()) for d in extract(f"{before} {text} {after}")
             if d.hijri and d.gregorian]  # fmt: skip
    assert found == [(hijri.isoformat(), day.isoformat())], text


@given(
    st.sampled_from([(m, n) for m, names in DV_HIJRI.items() for n in names]), st.integers(1, 30), st.data()
)
def test_dhivehi_days_counted_are_no_day(name: tuple[int, str], count: int, data: st.DataObject) -> None:
    # "ރަމަޟާން މަހުގެ 30 ދުވަސް ފުރިހަމަ ކުރުމަށްފަހު 10 އޭޕްރީލު 2024 ގައި": 30 days of
    # Ramadan (no ordinal "ވަނަ"), not its 30th, before a date.
    _, spelling = name
    g_month = data.draw(st.integers(1, 12))
    g_name = data.draw(st.sampled_from(DV_GREGORIAN[g_month]))
    text = f"{spelling} މަހުގެ {count} ދުވަސް ފުރިހަމަ ކުރުމަށްފަހު {data.draw(st.integers(1, 28))} {g_name} 2024 ގައި"
    assert list(extract(text)) == [], text


TWO_THINGS = {
    "en": (
        "The ministry said on {g} that {h} would be a holiday.",
        "The delegation arrived on {h} and left on {g}.",
        "A day before {h}, on {g}, shops stayed open.",
    ),
    "id": (
        "Kementerian menyatakan pada {g} bahwa {h} adalah hari libur.",
        "Rombongan tiba pada {h} dan kembali pada {g}.",
    ),
    "ar": ("أعلنت الوزارة في {g} أن {h} عطلة رسمية.",),
    "ur": ("وفد {h} کو پہنچا اور {g} کو روانہ ہوا۔",),
}


@given(st.integers(1400, 1500), st.integers(1, 12), st.integers(1, 29), st.integers(-3, 3), st.data())
def test_a_day_said_of_another_thing_does_not_pair(
    year: int, month: int, day: int, shift: int, data: st.DataObject
) -> None:
    # Dates a day or two apart, each of its own event: the tabular calendar cannot tell them
    # from one day, the words around them can.
    language = data.draw(st.sampled_from(sorted(TWO_THINGS)))
    shape = data.draw(st.sampled_from(TWO_THINGS[language]))
    other = date.fromordinal(UMALQURA.to_gregorian(HijriDate(year, month, day)).toordinal() + shift)
    h_text = f"{day} {HIJRI_MONTHS[language][month - 1]} {year}{HIJRI_ERAS[language]}"
    g_text = f"{other.day} {GREGORIAN_MONTHS[language][other.month - 1]} {other.year}"
    text = shape.format(h=h_text, g=g_text)
    assert [d for d in extract(text) if d.hijri is not None and d.gregorian is not None] == [], text


# Days as cardinal number words (Hindi, Urdu), for every day 1-30: "उन्तीस रमज़ान 1446 हिजरी
# मुताबिक तीस मार्च 2025", "آٹھ شوال 1446ھ بمطابق 6 اپریل 2025"; the Gregorian day in words too.
CARDINAL_MONTHS = {
    "hi": (
        tuple(next(s for s, lang in spellings if lang == "hi") for spellings in hijri_months.MONTHS),
        tuple(next(s for s, lang in spellings if lang == "hi") for spellings in gregorian_months.MONTHS),
    ),
    "ur": (HIJRI_MONTHS["ur"], GREGORIAN_MONTHS["ur"]),
}
CARDINAL_ERAS = {"hi": (" हिजरी", "मुताबिक"), "ur": ("ھ", "بمطابق")}
CARDINALS = {
    language: {
        day: [s for s, d, lang in DAY_CARDINALS if lang == language and d == day] for day in range(1, 32)
    }
    for language in CARDINAL_MONTHS
}


@st.composite
def cardinal_days(draw: st.DrawFn) -> tuple[str, HijriDate, date]:
    language = draw(st.sampled_from(sorted(CARDINAL_MONTHS)))
    hijri = HijriDate(draw(st.integers(1400, 1500)), draw(st.integers(1, 12)), draw(st.integers(1, 30)))
    assume(hijri.day <= UMALQURA.month_length(hijri.year, hijri.month))
    gregorian = UMALQURA.to_gregorian(hijri)
    h_months, g_months = CARDINAL_MONTHS[language]
    era, connector = CARDINAL_ERAS[language]
    h_day = draw(st.sampled_from(CARDINALS[language][hijri.day]))
    g_day = draw(st.sampled_from([str(gregorian.day), *CARDINALS[language][gregorian.day]]))
    text = (
        f"{h_day} {h_months[hijri.month - 1]} {hijri.year}{era} {connector} "
        f"{g_day} {g_months[gregorian.month - 1]} {gregorian.year}"
    )
    return text, hijri, gregorian


@given(cardinal_days())
def test_cardinal_days_read_back(case: tuple[str, HijriDate, date]) -> None:
    text, hijri, gregorian = case
    line = parse(text)
    assert line.hijri is not None
    assert line.gregorian is not None
    assert (line.hijri.to_hijri(), line.gregorian.to_date()) == (hijri, gregorian), text


@given(cardinal_days(), FILLER, FILLER)
def test_cardinal_days_embedded(case: tuple[str, HijriDate, date], before: str, after: str) -> None:
    text, hijri, gregorian = case
    found = [
        (d.hijri.to_hijri(), d.gregorian.to_date())
        for d in extract(_text_around(before, text, after))
        if d.hijri is not None and d.gregorian is not None and d.hijri.complete and d.gregorian.complete
    ]
    assert found == [(hijri, gregorian)], text


@given(st.sampled_from(sorted(CARDINAL_MONTHS)), st.integers(1400, 1500), st.integers(2, 29))
def test_a_cardinal_before_a_word_for_days_counts_them(language: str, year: int, day: int) -> None:
    """ "रमज़ान 1446 हिजरी के दस दिन, यानी 10 मार्च 2025": the ten days of Ramadan, no date."""
    word = CARDINALS[language][day][0]
    month = CARDINAL_MONTHS[language][0][8]
    g = UMALQURA.to_gregorian(HijriDate(year, 9, day))
    g_month = CARDINAL_MONTHS[language][1][g.month - 1]
    text = (
        f"{month} {year} हिजरी के {word} दिन, यानी {g.day} {g_month} {g.year}"
        if language == "hi"
        else f"{month} {year}ھ کے {word} دن، یعنی {g.day} {g_month} {g.year}"
    )
    assert [d for d in extract(text) if d.hijri is not None and d.hijri.day is not None] == [], text


# --- Urdu and Hindi: "<month> کے مہینے کی <day> تاریخ", three fillers before the day --------

MONTH_OF_DAY = {"hi": "{month} के महीने की {day} तारीख", "ur": "{month} کے مہینے کی {day} تاریخ"}
COUNTED_MONTH_DAYS = {"hi": "{month} के महीने की {day} दिन", "ur": "{month} کے مہینے کی {day} دن"}


@st.composite
def month_of_days(draw: st.DrawFn) -> tuple[str, HijriDate, date]:
    language = draw(st.sampled_from(sorted(CARDINAL_MONTHS)))
    hijri = HijriDate(draw(st.integers(1400, 1500)), draw(st.integers(1, 12)), draw(st.integers(1, 29)))
    gregorian = UMALQURA.to_gregorian(hijri)
    h_months, g_months = CARDINAL_MONTHS[language]
    era, connector = CARDINAL_ERAS[language]
    phrase = MONTH_OF_DAY[language].format(month=h_months[hijri.month - 1], day=hijri.day)
    text = f"{phrase} {hijri.year}{era} {connector} {gregorian.day} {g_months[gregorian.month - 1]} {gregorian.year}"
    return text, hijri, gregorian


@given(month_of_days())
def test_month_of_days_read_back(case: tuple[str, HijriDate, date]) -> None:
    text, hijri, gregorian = case
    line = parse(text)
    assert line.hijri is not None
    assert line.gregorian is not None
    assert (line.hijri.to_hijri(), line.gregorian.to_date()) == (hijri, gregorian), text


@given(month_of_days(), FILLER, FILLER)
def test_month_of_days_embedded(case: tuple[str, HijriDate, date], before: str, after: str) -> None:
    text, hijri, gregorian = case
    found = [
        (d.hijri.to_hijri(), d.gregorian.to_date())
        for d in extract(_text_around(before, text, after))
        if d.hijri is not None and d.gregorian is not None and d.hijri.complete and d.gregorian.complete
    ]
    assert found == [(hijri, gregorian)], text


@given(
    st.sampled_from(sorted(CARDINAL_MONTHS)), st.integers(1400, 1500), st.integers(1, 12), st.integers(2, 29)
)
def test_a_month_s_counted_days_are_no_day(language: str, year: int, month: int, day: int) -> None:
    """ "رمضان کے مہینے کی 30 دن کی عبادت": the month's days counted, not its 30th."""
    h_months, g_months = CARDINAL_MONTHS[language]
    _era, connector = CARDINAL_ERAS[language]
    g = UMALQURA.to_gregorian(HijriDate(year, month, day))
    phrase = COUNTED_MONTH_DAYS[language].format(month=h_months[month - 1], day=day)
    text = f"{phrase} {connector} {g.day} {g_months[g.month - 1]} {g.year}"
    assert [d for d in extract(text) if d.hijri is not None and d.hijri.day is not None] == [], text


# --- the new Hijri year by name: 1 Muharram of the year after it ----------------------------

NEW_YEAR_CONNECTORS = {
    "en": "corresponding to",
    "ar": "الموافق",
    "id": "bertepatan dengan",
    "ms": "bersamaan",
    "sq": "fillon më",
    "ha": "daidai da",
    "sw": "sawa na",
    "ta": "ஆங்கில மாதம்",
    "hi": "की शुरुआत",
    "ur": "بمطابق",
    "es": "corresponde al",
    "pt": "correspondente a",
    "it": "corrispondente al",
    "fr": "correspondant au",
    "de": "entspricht dem",
}
NEW_YEAR_ERAS = {
    "en": " AH",
    "ar": " هـ",
    "id": " H",
    "ms": "H",
    "sq": " Hixhri",
    "ha": "H",
    "sw": "H",
    "ta": " ஹிஜ்ரி",
    "hi": " AH",
    "ur": "ھ",
    "es": " H",
    "pt": " H",
    "it": " H",
    "fr": " H",
    "de": " n.H.",
}


def _table_months(table: tuple[tuple[tuple[str, str], ...], ...], language: str) -> tuple[str, ...]:
    """A language's first spelling of each month in a names table ("" where it has none)."""
    return tuple(next((s for s, lang in spellings if lang == language), "") for spellings in table)


@st.composite
def new_years(draw: st.DrawFn) -> tuple[str, HijriDate, date]:
    # (Chinese writes its dates in its own order: its new year is an example of its own)
    name, language = draw(st.sampled_from([n for n in hijri_months.NEW_YEAR_NAMES if n[1] in NEW_YEAR_ERAS]))
    hijri = HijriDate(draw(st.integers(1350, 1500)), 1, 1)
    gregorian = UMALQURA.to_gregorian(hijri)
    g_months = (
        GREGORIAN_MONTHS.get(language, _table_months(gregorian_months.MONTHS, language))
        if language != "ms"
        else GREGORIAN_MONTHS["id"]
    )
    era = draw(st.sampled_from(("", NEW_YEAR_ERAS[language])))
    text = (
        f"{name} {hijri.year}{era} {NEW_YEAR_CONNECTORS[language]} "
        f"{gregorian.day} {g_months[gregorian.month - 1]} {gregorian.year}"
    )
    return text, hijri, gregorian


@given(new_years())
def test_a_new_year_by_name_reads_back(case: tuple[str, HijriDate, date]) -> None:
    text, hijri, gregorian = case
    line = parse(text)
    assert line.hijri is not None
    assert line.gregorian is not None
    assert (line.hijri.to_hijri(), line.gregorian.to_date()) == (hijri, gregorian), text


@given(new_years(), FILLER, FILLER)
def test_a_new_year_by_name_embedded(case: tuple[str, HijriDate, date], before: str, after: str) -> None:
    text, hijri, gregorian = case
    found = [
        (d.hijri.to_hijri(), d.gregorian.to_date())
        for d in extract(_text_around(before, text, after))
        if d.hijri is not None and d.gregorian is not None and d.hijri.complete and d.gregorian.complete
    ]
    assert found == [(hijri, gregorian)], text


@given(st.sampled_from(hijri_months.NEW_YEAR_NAMES), st.integers(2000, 2100), st.integers(1350, 1500))
def test_a_new_year_by_name_without_a_hijri_year_is_no_date(
    name: tuple[str, str], year: int, hijri_year: int
) -> None:
    """ "Islamic New Year 2025 …", "… party drew 1447 guests": no Hijri year straight after the name."""
    gregorian = UMALQURA.to_gregorian(HijriDate(hijri_year, 1, 1))
    for text in (
        f"{name[0]} {year} on {gregorian.day} June {gregorian.year}",
        f"{name[0]} party on {gregorian.day} June {gregorian.year} drew {hijri_year} guests",
    ):
        assert [d for d in extract(text) if d.hijri is not None and d.hijri.month is not None] == [], text


@given(st.integers(1400, 1500), st.integers(1, 12), st.sampled_from(("का आगाज़", "के महीने का आगाज़")))
def test_a_month_s_aagaaz_on_a_day_pairs_with_it(year: int, month: int, between: str) -> None:
    """ "रमज़ान का आगाज़ 1 मार्च 2025 को होगा": the month begins on the day (Hindi "आगाज़")."""
    h_months, g_months = CARDINAL_MONTHS["hi"]
    # "सफ़र" alone is also "journey" (AMBIGUOUS_MONTH_NAMES): "माह सफ़र", the month Safar
    name = f"माह {h_months[1]}" if month == 2 else h_months[month - 1]
    first = UMALQURA.to_gregorian(HijriDate(year, month, 1))
    text = f"{name} {between} {first.day} {g_months[first.month - 1]} {first.year} को होगा"
    found = [
        (d.hijri.year, d.hijri.month, d.hijri.day, d.gregorian.to_date())
        for d in extract(text)
        if d.hijri and d.gregorian
    ]
    assert found == [(None, month, None, first)], text


# --- Malayalam: endings written onto a day's word after the month ("ശവ്വാൽ ഒന്നിനാണ്") -------

ML_MONTHS = tuple(next(s for s, lang in spellings if lang == "ml") for spellings in hijri_months.MONTHS)
ML_GREGORIAN = tuple(
    next(s for s, lang in spellings if lang == "ml") for spellings in gregorian_months.MONTHS
)
ML_DAYS = sorted(
    (form, day)
    for spelling, day, lang in DAY_WORDS
    if lang == "ml" and day <= 29 and " " not in spelling and spelling.endswith("്")
    for form in malayalam_forms(spelling, "day")
)


@st.composite
def malayalam_days(draw: st.DrawFn) -> tuple[str, int, int, date]:
    form, day = draw(st.sampled_from(ML_DAYS))
    month = draw(st.integers(1, 12))
    g = UMALQURA.to_gregorian(HijriDate(draw(st.integers(1400, 1500)), month, day))
    text = f"{ML_MONTHS[month - 1]} {form}, അതായത് {g.year} {ML_GREGORIAN[g.month - 1]} {g.day}"
    return text, month, day, g


@given(malayalam_days())
def test_malayalam_day_endings_read_back(case: tuple[str, int, int, date]) -> None:
    text, month, day, g = case
    line = parse(text)
    assert line.hijri is not None
    assert line.gregorian is not None
    assert (line.hijri.month, line.hijri.day, line.gregorian.to_date()) == (month, day, g), text


@given(malayalam_days(), FILLER, FILLER)
def test_malayalam_day_endings_embedded(case: tuple[str, int, int, date], before: str, after: str) -> None:
    text, month, day, g = case
    found = [
        (d.hijri.month, d.hijri.day, d.gregorian.to_date())
        for d in extract(_text_around(before, text, after))
        if d.hijri is not None and d.gregorian is not None
    ]
    assert found == [(month, day, g)], text


@given(st.sampled_from(ML_DAYS), st.integers(1, 12))
def test_a_malayalam_day_with_an_ending_before_the_month_is_no_day(case: tuple[str, int], month: int) -> None:
    """ "മാസങ്ങളിൽ ഒന്നാണ് മുഹറം": is one of the months, no day."""
    text = f"മാസങ്ങളിൽ {case[0]} {ML_MONTHS[month - 1]}, 2025 മാർച്ച് 1"
    assert [d for d in extract(text) if d.hijri is not None and d.hijri.day is not None] == [], text


@given(st.integers(1400, 1500), st.integers(1, 12), st.integers(1, 29), FILLER, FILLER)
def test_an_urdu_year_before_the_month_of(year: int, month: int, day: int, before: str, after: str) -> None:
    """ "1445ھ کے ماہ رمضان کی 10 تاریخ بمطابق 20 مارچ 2024": the year, with its era, before "the
    month of"."""
    h_months, g_months = CARDINAL_MONTHS["ur"]
    hijri = HijriDate(year, month, day)
    g = UMALQURA.to_gregorian(hijri)
    text = (
        f"{year}ھ کے ماہ {h_months[month - 1]} کی {day} تاریخ بمطابق {g.day} {g_months[g.month - 1]} {g.year}"
    )
    line = parse(text)
    assert line.hijri is not None
    assert line.gregorian is not None
    assert (line.hijri.to_hijri(), line.gregorian.to_date()) == (hijri, g), text
    found = [
        (d.hijri.to_hijri(), d.gregorian.to_date())
        for d in extract(_text_around(before, text, after))
        if d.hijri is not None and d.gregorian is not None and d.hijri.complete and d.gregorian.complete
    ]
    assert found == [(hijri, g)], text


_NUMBER_WORDS = frozenset(fold(word) for word, _ in NUMBER_WORDS)
CIVIL = get_calendar("civil")


@st.composite
def bare_years(draw: st.DrawFn) -> tuple[str, int, int]:
    """ "1439/2018", "1446 / 2024 M": a Hijri year of the Hijra's last two centuries without
    an era word, a slash, and a Gregorian year it shares days with."""
    year = draw(st.integers(1300, 1499))
    first = CIVIL.to_gregorian(HijriDate(year, 1, 1)).year
    gregorian = draw(st.sampled_from([first, first + 1]))
    separator = draw(st.sampled_from(["/", " / "]))
    era = draw(st.sampled_from(["", " M", " CE", " Masehi", "-жыл"]))
    digits = draw(st.sampled_from(["0123456789", "۰۱۲۳۴۵۶۷۸۹", "٠١٢٣٤٥٦٧٨٩"]))
    table = str.maketrans("0123456789", digits)
    return f"{year}{separator}{gregorian}".translate(table) + era, year, gregorian


@given(bare_years())
def test_bare_years_read_back(case: tuple[str, int, int]) -> None:
    text, hijri, gregorian = case
    line = parse(text)
    assert line.hijri is not None
    assert line.gregorian is not None
    assert (line.hijri.year, line.hijri.month, line.gregorian.year, line.gregorian.month) == (
        hijri, None, gregorian, None,
    ), text  # fmt: skip


@given(bare_years(), FILLER, FILLER)
def test_bare_years_embedded(case: tuple[str, int, int], before: str, after: str) -> None:
    text, hijri, gregorian = case
    assume(not words(fold(before))[-1:] or words(fold(before))[-1] not in _NUMBER_WORDS)
    found = [
        (d.hijri.year, d.gregorian.year)
        for d in extract(_text_around(before, text, after))
        if d.hijri is not None and d.gregorian is not None
    ]
    assert found == [(hijri, gregorian)], text


@given(
    st.integers(1300, 1499),
    st.integers(1900, 2100),
    st.sampled_from(["{}", "No. {}", "Nomor {}", "n° {}", "#{}", "رقم {}", "12/{}", "{}/05", "{}-3"]),
)
@example(1318, 1902, "{}-3")  # the soak of stop 60: 1318 AH is 1900-01, not 1902-03
def test_bare_years_that_cannot_be_one_or_are_numbered_are_no_date(year: int, other: int, shape: str) -> None:
    """A pair that cannot share days, a document's number and a longer run of figures, and a
    range of Gregorian years that is not the Hijri year's own ("1318/1902-3")."""
    first = CIVIL.to_gregorian(HijriDate(year, 1, 1)).year
    assume(shape != "{}" or not first - 2 <= other <= first + 3)
    # "1318/1900-1": a scholar's gloss of the two Gregorian years the Hijri one spans is a date,
    # and one that slips by a year ("1396/1977-78") a date the checker reports
    assume(shape != "{}-3" or other % 10 != 2 or abs(other - first) > 1)
    text = shape.format(f"{year}/{other}")
    assert [(d.hijri, d.gregorian) for d in extract(text) if d.hijri is not None] == [], text


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("1318/1900-1", [(1318, 1900, 1901)]),
        ("printed in 1318/1901-02.", [(1318, 1901, 1902)]),
        ("1446/2024-25", [(1446, 2024, 2025)]),
        ("1318/1902-3", []),  # two years off 1318's (1900-01)
        ("1446/2026-27", []),
        ("1396/1977-78", [(1396, 1977, 1978)]),  # a year off 1396's (1976): a slip, reported
    ],
)
def test_a_bare_year_s_gregorian_range_must_be_its_own(
    text: str, expected: list[tuple[int, int, int]]
) -> None:
    found = [
        (d.hijri.year, d.gregorian.year, d.gregorian.year_end)
        for d in extract(text)
        if d.hijri is not None and d.gregorian is not None
    ]
    assert found == expected, text


# --- a Hijri year after a word for "new": 1 Muharram of it ("nova 1446. hidžretska godina") ---

BS_GREGORIAN = _table_months(gregorian_months.MONTHS, "bs")
# The era words after the year's ordinal full stop, per language of NEW_BEFORE_YEAR.
NEW_YEAR_ERA_WORDS = {
    "bs": ("hidžretska godina", "godina po Hidžri", "godinu po Hidžri"),
    "sr": ("годину према хиџретском календару",),
}


@st.composite
def new_years_after_new(draw: st.DrawFn) -> tuple[str, HijriDate, date]:
    new, language = draw(st.sampled_from(hijri_months.NEW_BEFORE_YEAR))
    hijri = HijriDate(draw(st.integers(1350, 1500)), 1, 1)
    g = UMALQURA.to_gregorian(hijri)
    era = draw(st.sampled_from(NEW_YEAR_ERA_WORDS[language]))
    return f"{new} {hijri.year}. {era} / {g.day}. {BS_GREGORIAN[g.month - 1]} {g.year}.", hijri, g


@given(new_years_after_new(), FILLER, FILLER)
def test_a_year_after_new_is_its_first_day(
    case: tuple[str, HijriDate, date], before: str, after: str
) -> None:
    text, hijri, g = case
    line = parse(text)
    assert line.hijri is not None
    assert line.gregorian is not None
    assert (line.hijri.to_hijri(), line.gregorian.to_date()) == (hijri, g), text
    found = [
        (d.hijri.to_hijri(), d.gregorian.to_date())
        for d in extract(_text_around(before, text, after))
        if d.hijri is not None and d.gregorian is not None and d.hijri.complete and d.gregorian.complete
    ]
    assert found == [(hijri, g)], text


@pytest.mark.parametrize("word", [word for word, _ in hijri_months.NEW_BEFORE_YEAR])
def test_new_before_a_year_in_words_names_no_new_year(word: str) -> None:
    # Only straight before the year's figures does "new" name the new year: before an
    # ordinal year said in words it is any other word ("nova Hijri first year": year 1).
    line = parse(f"{word} Hijri first year")
    assert line.hijri is not None
    assert (line.hijri.year, line.hijri.month, line.hijri.day) == (1, None, None)


@given(st.integers(1, 380))
def test_an_early_ordinal_year_and_its_bracketed_year(year: int) -> None:
    """ "Post je naređen 2. godine po hidžri (624.)": the year's full stop, its year word and
    era; the Gregorian year in three digits in brackets."""
    g = get_calendar("civil").to_gregorian(HijriDate(year, 6, 1)).year
    line = parse(f"Post je naređen {year}. godine po hidžri ({g}.).")
    assert line.hijri is not None
    assert line.gregorian is not None
    assert (line.hijri.year, line.hijri.month, line.gregorian.year) == (year, None, g)


# --- a month's boundary said before its name, then a copula and the day ---------------------


@given(
    st.integers(1400, 1499),
    st.integers(1, 12),
    st.sampled_from(("is", "is on", "will be on")),
    FILLER,
    FILLER,
)
def test_the_last_day_of_a_month_is_a_date(
    year: int, month: int, copula: str, before: str, after: str
) -> None:
    """ "The last day of Ramadan is 29 March 2025": the month alone, paired with that date (the
    corpus labels "the last day of" with no day); not "Eid, which marks the end of Ramadan,
    is on 30 March 2025", where the month is said in a clause about the feast."""
    last = date.fromordinal(
        UMALQURA.to_gregorian(HijriDate(year + (month == 12), month % 12 + 1, 1)).toordinal() - 1
    )
    name = HIJRI_MONTHS["en"][month - 1]
    g_text = f"{last.day} {GREGORIAN_MONTHS['en'][last.month - 1]} {last.year}"
    text = f"the last day of {name} {copula} {g_text}"
    found = [
        ((d.hijri.year, d.hijri.month, d.hijri.day), d.gregorian.to_date())
        for d in extract(_text_around(before, text, after))
        if d.hijri is not None and d.gregorian is not None
    ]
    assert found == [((None, month, None), last)], text
    assert list(extract(f"Eid, which marks the end of {name}, {copula} {g_text}")) == []


# --- a verb said once for two subjects ("Ramazan ayı 18 fevral, bayramı isə 19 marta təsadüf edəcək") ---

AZ_HIJRI = _table_months(hijri_months.MONTHS, "az")
AZ_GREGORIAN = _table_months(gregorian_months.MONTHS, "az")


@given(
    st.sampled_from([m for m in range(1, 13) if AZ_HIJRI[m - 1]]), st.integers(1, 12), st.integers(1, 28),
    st.integers(1, 12), st.integers(1, 28), st.sampled_from(("təsadüf edəcək", "başlayacaq")), FILLER,
)  # fmt: skip
def test_a_verb_after_a_second_contrasted_date_says_the_first(
    month: int, m1: int, d1: int, m2: int, d2: int, verb: str, before: str
) -> None:
    text = f"{AZ_HIJRI[month - 1]} ayı {d1} {AZ_GREGORIAN[m1 - 1]}, bayramı isə {d2} {AZ_GREGORIAN[m2 - 1]} {verb}."
    found = [
        ((d.hijri.year, d.hijri.month, d.hijri.day), (d.gregorian.year, d.gregorian.month, d.gregorian.day))
        for d in extract(_text_around(before, text, ""))
        if d.hijri is not None and d.gregorian is not None
    ]
    assert found == [((None, month, None), (None, m1, d1))], text
    # without the word that sets the second subject against the first, the verb is its own
    alone = text.replace(" isə", "")
    assert list(extract(alone)) == [], alone


# --- a Gregorian year before a Hijri month with a year word: the Gregorian half's -----------

TR_HIJRI = _table_months(hijri_months.MONTHS, "tr")
TR_GREGORIAN = _table_months(gregorian_months.MONTHS, "tr")
TT_HIJRI = _table_months(hijri_months.MONTHS, "tt")
TT_GREGORIAN = _table_months(gregorian_months.MONTHS, "tt")
LOOSE_YEAR_PHRASES = (
    (TR_HIJRI, TR_GREGORIAN, "{year} yılı {month} ayı {day} {g_month} günü başlıyor."),
)  # "{year} елда" (in the year) is said apart: see the helper45 law at the end


@given(st.sampled_from(LOOSE_YEAR_PHRASES), st.integers(1, 12), st.integers(1990, 2090), st.integers(1, 12),
       st.integers(1, 28), FILLER)  # fmt: skip
def test_a_gregorian_year_before_a_hijri_month_is_the_gregorian_half_s(
    phrase: tuple[tuple[str, ...], tuple[str, ...], str],
    month: int,
    year: int,
    g_month: int,
    day: int,
    before: str,
) -> None:
    h_months, g_months, form = phrase
    text = form.format(year=year, month=h_months[month - 1], day=day, g_month=g_months[g_month - 1])
    line = parse(text)
    assert line.hijri is not None
    assert line.gregorian is not None
    assert (line.hijri.year, line.hijri.month, line.hijri.day) == (None, month, None), text
    assert (line.gregorian.year, line.gregorian.month, line.gregorian.day) == (year, g_month, day), text
    found = [
        ((d.hijri.year, d.hijri.month), (d.gregorian.year, d.gregorian.month, d.gregorian.day))
        for d in extract(_text_around(before, text, ""))
        if d.hijri is not None and d.gregorian is not None
    ]
    assert found == [((None, month), (year, g_month, day))], text


# --- more day words and months: Swahili "mwezi <cardinal>", Bengali "<cardinal> তারিখে", Hausa
# feasts' months, a month's number before its name, days counted, another month's start --------


def _first_spellings(table: tuple[tuple[tuple[str, str], ...], ...], language: str) -> tuple[str | None, ...]:
    return tuple(next((s for s, lang in spellings if lang == language), None) for spellings in table)


BN_HIJRI = _first_spellings(hijri_months.MONTHS, "bn")
BN_GREGORIAN = _first_spellings(gregorian_months.MONTHS, "bn")
SW_GREGORIAN = _first_spellings(gregorian_months.MONTHS, "sw")
HA_GREGORIAN = _first_spellings(gregorian_months.MONTHS, "ha")
SW_DAYS = sorted((s, d) for s, d, lang in DAY_WORDS if lang == "sw" and s.startswith("mwezi ") and d <= 29)
BN_DAYS = sorted((s, d) for s, d, lang in DAY_WORDS if lang == "bn" and s.endswith(" তারিখে") and d <= 29)
FEASTS = sorted(
    (spelling, month)
    for spelling, month, lang, _ in hijri_months.DESCRIPTIONS
    if spelling in hijri_months.MONTHS_OF_FEASTS
)


@st.composite
def day_words_of_a_month(draw: st.DrawFn) -> tuple[str, HijriDate, date]:
    """ "mwezi Tisa ya Dhulhijja 1445 sawa na 15 Juni 2024", "শাওয়াল মাসের এক তারিখে ১৪৪৫ হিজরি
    অর্থাৎ ১০ এপ্রিল ২০২৪", "30 ga watan Ƙaramar Sallah 1445 wanda ya zo daidai da …"."""
    shape = draw(st.sampled_from(("sw", "bn", "ha")))
    year = draw(st.integers(1400, 1500))
    if shape == "ha":
        name, month = draw(st.sampled_from(FEASTS))
        day = draw(st.integers(1, 29))
    else:
        word, day = draw(st.sampled_from(SW_DAYS if shape == "sw" else BN_DAYS))
        month = draw(st.integers(1, 12))
    hijri = HijriDate(year, month, day)
    g = UMALQURA.to_gregorian(hijri)
    if shape == "sw":
        text = f"{word} ya {HIJRI_MONTHS['en'][month - 1]} {year} sawa na {g.day} {SW_GREGORIAN[g.month - 1]} {g.year}"
    elif shape == "bn":
        text = f"{BN_HIJRI[month - 1]} মাসের {word} {year} হিজরি অর্থাৎ {g.day} {BN_GREGORIAN[g.month - 1]} {g.year}"
    else:
        text = f"{day} ga watan {name} {year} wanda ya zo daidai da {g.day} ga {HA_GREGORIAN[g.month - 1]} {g.year}"
    return text, hijri, g


@given(day_words_of_a_month())
def test_day_words_of_a_month_read_back(case: tuple[str, HijriDate, date]) -> None:
    text, hijri, g = case
    line = parse(text)
    assert line.hijri is not None
    assert line.gregorian is not None
    assert (line.hijri.to_hijri(), line.gregorian.to_date()) == (hijri, g), text


@given(day_words_of_a_month(), FILLER, FILLER)
def test_day_words_of_a_month_embedded(case: tuple[str, HijriDate, date], before: str, after: str) -> None:
    text, hijri, g = case
    found = [
        (d.hijri.to_hijri(), d.gregorian.to_date())
        for d in extract(_text_around(before, text, after))
        if d.hijri is not None and d.gregorian is not None and d.hijri.complete and d.gregorian.complete
    ]
    assert found == [(hijri, g)], text


@given(st.sampled_from(FEASTS), st.dates(date(1990, 1, 1), date(2060, 12, 31)))
def test_a_feast_without_the_word_for_month_is_no_month(feast: tuple[str, int], day: date) -> None:
    """ "ranar Ƙaramar Sallah, an fara …": the feast's day; its name is its month's only after "watan"."""
    text = f"{day.day} ga {HA_GREGORIAN[day.month - 1]} {day.year} ita ce ranar {feast[0]}, an fara bukukuwa"
    assert [d for d in extract(text) if d.hijri is not None] == [], text


@given(
    st.sampled_from(("sw", "ha")),
    st.integers(2, 29),
    st.integers(1, 12),
    st.dates(date(1990, 1, 1), date(2060, 12, 31)),
)
def test_days_counted_before_a_month_are_no_day(language: str, count: int, month: int, day: date) -> None:
    """ "kwanaki 29 na watan Ramadan", "masiku kumi ya mwezi wa dhulhijja": the month's days counted."""
    name = HIJRI_MONTHS["en"][month - 1]
    if language == "ha":
        text = f"kwanaki {count} na watan {name}, ranar {day.day} ga {HA_GREGORIAN[day.month - 1]} {day.year}"
    else:
        word = next(s for s, d in SW_DAYS if d == count).removeprefix("mwezi ")
        text = f"masiku {word} ya mwezi wa {name}, tarehe {day.day} {SW_GREGORIAN[day.month - 1]} {day.year}"
    assert [d for d in extract(text) if d.hijri is not None and d.hijri.day is not None] == [], text


EN_ORDINALS = {d: s for s, d, lang in DAY_WORDS if lang == "en" and " " not in s and d <= 12}
ID_ORDINALS = {d: s for s, d, lang in DAY_WORDS if lang == "id" and s.startswith("ke") and d <= 12}
ID_ORDINALS[1] = "pertama"


@st.composite
def month_numbers(draw: st.DrawFn) -> tuple[str, HijriDate, date]:
    """ "the first day of the tenth month of the Islamic calendar, Shawwal 1445 AH, corresponding to
    10 April 2024", "hari pertama bulan kesepuluh dalam kalender Islam Syawal 1445 H …"."""
    language = draw(st.sampled_from(("en", "id")))
    hijri = HijriDate(draw(st.integers(1400, 1500)), draw(st.integers(1, 12)), draw(st.integers(1, 12)))
    g = UMALQURA.to_gregorian(hijri)
    name = HIJRI_MONTHS[language][hijri.month - 1]
    g_text = f"{g.day} {GREGORIAN_MONTHS[language][g.month - 1]} {g.year}"
    if language == "en":
        day, number = EN_ORDINALS[hijri.day], EN_ORDINALS[hijri.month]
        calendar = draw(st.sampled_from((" of the Islamic calendar,", ",", "")))
        text = (
            f"the {day} day of the {number} month{calendar} {name} {hijri.year} AH, corresponding to {g_text}"
        )
    else:
        day, number = ID_ORDINALS[hijri.day], ID_ORDINALS[hijri.month]
        calendar = draw(st.sampled_from((" dalam kalender Islam", " kalender Hijriah,", "")))
        text = f"hari {day} bulan {number}{calendar} {name} {hijri.year} H bertepatan dengan {g_text}"
    return text, hijri, g


@given(month_numbers())
def test_a_month_s_number_before_its_name_read_back(case: tuple[str, HijriDate, date]) -> None:
    text, hijri, g = case
    line = parse(text)
    assert line.hijri is not None
    assert line.gregorian is not None
    assert (line.hijri.to_hijri(), line.gregorian.to_date()) == (hijri, g), text


@given(month_numbers(), FILLER, FILLER)
def test_a_month_s_number_before_its_name_embedded(
    case: tuple[str, HijriDate, date], before: str, after: str
) -> None:
    text, hijri, g = case
    found = [
        (d.hijri.to_hijri(), d.gregorian.to_date())
        for d in extract(_text_around(before, text, after))
        if d.hijri is not None and d.gregorian is not None and d.hijri.complete and d.gregorian.complete
    ]
    assert found == [(hijri, g)], text


@given(st.integers(1400, 1500), st.integers(1, 12), st.integers(1, 11), st.integers(1, 29))
def test_a_date_said_of_another_month_s_start_does_not_pair(
    year: int, month: int, shift: int, day: int
) -> None:
    """ "… the 29th day of Shaban, confirming the commencement of Ramadan on March 1": the date is
    the other month's start, whatever the days."""
    other = (month + shift - 1) % 12 + 1
    start = UMALQURA.to_gregorian(HijriDate(year, other, 1))
    text = (
        f"on Friday, which was the {EN_ORDINALS.get(day, 'first')} day of {HIJRI_MONTHS['en'][month - 1]}, "
        f"confirming the commencement of {HIJRI_MONTHS['en'][other - 1]} on {GREGORIAN_MONTHS['en'][start.month - 1]} {start.day}."
    )
    assert [d for d in extract(text) if d.hijri is not None and d.hijri.month == month] == [], text
    line = parse(text)
    assert line.gregorian is None or line.hijri is None or line.hijri.month == other, text


@given(
    st.sampled_from(("Hijri", "hijri", "Islamic Hijri")),
    st.sampled_from(("year", "Year")),
    st.integers(1300, 1600),
)
def test_a_year_after_its_era_and_the_word_for_year(era: str, word: str, year: int) -> None:
    """ "(Islamic Hijri Year 1446)": the era and the word for year before it."""
    line = parse(f"the month of Muharram ({era} {word} {year}) begins")
    assert line.hijri is not None
    assert (line.hijri.year, line.hijri.month) == (year, 1)


# --- Arabic: a month's two names side by side, "ل" + "ال" written "لل" ------------------------

AR_GREGORIAN = tuple(
    tuple(s for s, lang in spellings if lang == "ar") for spellings in gregorian_months.MONTHS
)
# Ordinal day words with the article, one word: "السابع" → "للسابع" (for the seventh).
AR_ARTICLE_DAYS = sorted(
    (spelling, day)
    for spelling, day, lang in DAY_WORDS
    if lang == "ar" and day <= 29 and spelling.startswith("ال") and " " not in spelling
)


@st.composite
def arabic_double_names(draw: st.DrawFn) -> tuple[str, HijriDate, date]:
    """ "غرة محرم 1446 هـ الموافق للسابع من شهر يوليو تموز 2024 م"."""
    hijri = HijriDate(draw(st.integers(1400, 1500)), draw(st.integers(1, 12)), 1)
    g = UMALQURA.to_gregorian(hijri)
    names = AR_GREGORIAN[g.month - 1]
    first, second = draw(st.lists(st.sampled_from(names), min_size=2, max_size=2, unique=True))
    separator = draw(st.sampled_from((" ", " ـ ")))
    days = [word for word, day in AR_ARTICLE_DAYS if day == g.day]
    said_day = (
        "لل" + draw(st.sampled_from(days))[2:] + " من شهر" if days and draw(st.booleans()) else str(g.day)
    )
    text = f"غرة {HIJRI_MONTHS['ar'][hijri.month - 1]} {hijri.year} هـ الموافق {said_day} {first}{separator}{second} {g.year} م"
    return text, hijri, g


@given(arabic_double_names())
def test_arabic_double_month_names_read_back(case: tuple[str, HijriDate, date]) -> None:
    text, hijri, g = case
    line = parse(text)
    assert line.hijri is not None
    assert line.gregorian is not None
    assert (line.hijri.to_hijri(), line.gregorian.to_date()) == (hijri, g), text


@given(arabic_double_names(), FILLER, FILLER)
def test_arabic_double_month_names_embedded(
    case: tuple[str, HijriDate, date], before: str, after: str
) -> None:
    text, hijri, g = case
    found = [
        (d.hijri.to_hijri(), d.gregorian.to_date())
        for d in extract(_text_around(before, text, after))
        if d.hijri is not None and d.gregorian is not None and d.hijri.complete and d.gregorian.complete
    ]
    assert found == [(hijri, g)], text


# --- Persian: "-ین" ordinals and "از ماه" ("دهمین روز از ماه محرم") ------------------------------

FA_IN_DAYS = sorted(
    (spelling, day)
    for spelling, day, lang in DAY_WORDS
    if lang == "fa" and day <= 29 and spelling.endswith("ین") and "روز" not in spelling
)


@given(st.sampled_from(FA_IN_DAYS), st.integers(1400, 1500), st.integers(1, 12), FILLER, FILLER)
def test_persian_in_ordinals_of_the_month(
    case: tuple[str, int], year: int, month: int, before: str, after: str
) -> None:
    word, day = case
    hijri = HijriDate(year, month, day)
    g = UMALQURA.to_gregorian(hijri)
    text = (
        f"{word} روز از ماه {HIJRI_MONTHS['fa'][month - 1]} {year} هجری قمری برابر با "
        f"{g.day} {GREGORIAN_MONTHS['fa'][g.month - 1]} {g.year} میلادی"
    )
    line = parse(text)
    assert line.hijri is not None
    assert line.gregorian is not None
    assert (line.hijri.to_hijri(), line.gregorian.to_date()) == (hijri, g), text
    found = [
        (d.hijri.to_hijri(), d.gregorian.to_date())
        for d in extract(_text_around(before, text, after))
        if d.hijri is not None and d.gregorian is not None and d.hijri.complete and d.gregorian.complete
    ]
    assert found == [(hijri, g)], text


# --- Pairing: "tomorrow" before a Hijri day after the Gregorian one; a month's end named first --


@given(st.integers(1400, 1500), st.integers(1, 12), st.sampled_from(("en", "ur")), FILLER, FILLER)
def test_tomorrow_s_hijri_day_is_not_the_sighting_day(
    year: int, month: int, language: str, before: str, after: str
) -> None:
    """ "… کا چاند آج 23 اگست کو نظر آگیا ہے اور کل اتوار کو یکم ربیع الاول ہوگا": the moon seen on
    one day, the month's first day tomorrow."""
    first = UMALQURA.to_gregorian(HijriDate(year, month, 1))
    eve = date.fromordinal(first.toordinal() - 1)
    name, g_name = HIJRI_MONTHS[language][month - 1], GREGORIAN_MONTHS[language][eve.month - 1]
    weekday = WEEKDAYS_OUT[language][first.weekday()]
    text = (
        f"The moon of {name} was sighted on {eve.day} {g_name} {eve.year} and tomorrow, {weekday}, is 1 {name} {year} AH"
        if language == "en"
        else f"{name} کا چاند آج {eve.day} {g_name} {eve.year} کو نظر آگیا ہے اور کل {weekday} کو یکم {name} {year}ھ ہوگی"
    )
    assert [d for d in extract(_text_around(before, text, after)) if d.hijri is not None] == [], text


@given(st.integers(1400, 1500), st.integers(1, 12), st.sampled_from(("end", "beginning")), FILLER, FILLER)
def test_a_month_s_end_named_before_it_falls_on_the_date(
    year: int, month: int, edge: str, before: str, after: str
) -> None:
    """ "The end of Sha'ban falls on Wednesday 18 February 2026", "کۆتایی مانگی شەعبان دەکەوێتە
    ڕۆژی چوارشەممە 18ـی شوباتی 2026": the month, paired with the date."""
    day = UMALQURA.to_gregorian(HijriDate(year, month, 1))
    if edge == "end":
        day = date.fromordinal(day.toordinal() + 28)
    text = (
        f"The {edge} of {HIJRI_MONTHS['en'][month - 1]} falls on {WEEKDAYS_OUT['en'][day.weekday()]} "
        f"{day.day} {GREGORIAN_MONTHS['en'][day.month - 1]} {day.year}"
    )
    found = [
        (d.hijri.year, d.hijri.month, d.hijri.day, d.gregorian.to_date())
        for d in extract(_text_around(before, text, after))
        if d.hijri is not None and d.gregorian is not None
    ]
    assert found == [(None, month, None, day)], text


# --- Persian digits: a Solar Hijri year said with a lunar month ("ماه رمضان ۱۴۰۰") -----------

PERSIAN_DIGITS = str.maketrans("0123456789", "۰۱۲۳۴۵۶۷۸۹")


@given(
    st.integers(1300, 1419), st.integers(1, 12), st.integers(1, 29), st.sampled_from(("", "era", "gregorian"))
)
def test_a_solar_year_in_persian_digits_is_not_the_lunar_month_s(
    year: int, month: int, day: int, said: str
) -> None:
    """Without a Hijri era mark, a year of the Solar Hijri century in Persian digits beside a
    lunar month is the Solar year the writer lives in; with one, or beside the Gregorian date
    that lunar day falls on (a masthead of the past), it is the lunar year."""
    text = f"{day} {HIJRI_MONTHS['fa'][month - 1]} {year}"
    if said == "era":
        text += " هجری قمری"
    elif said == "gregorian":
        g = get_calendar("civil").to_gregorian(HijriDate(year, month, day))  # Umm al-Qura begins in 1343
        text += f" - {g.day} {GREGORIAN_MONTHS['fa'][g.month - 1]} {g.year}"
    line = parse(text.translate(PERSIAN_DIGITS))
    assert line.hijri is not None
    assert (line.hijri.year, line.hijri.month, line.hijri.day) == (year if said else None, month, day), text


@given(st.integers(1400, 1500), st.integers(1, 12), st.sampled_from(sorted(DAY_WORDS_BY_LANGUAGE["en"])))
def test_a_lone_day_takes_the_year_its_month_was_named_with(year: int, month: int, day: int) -> None:
    """ "Ramadan 1446 AH was declared; the first day of Ramadan is Saturday": 1 Ramadan 1446."""
    name = HIJRI_MONTHS["en"][month - 1]
    word = DAY_WORDS_BY_LANGUAGE["en"][day][0]
    line = parse(f"{name} {year} AH was declared; the {word} day of {name} is a Saturday.")
    assert line.hijri is not None
    assert (line.hijri.year, line.hijri.month, line.hijri.day) == (year, month, day)


# --- A table row: the Hijri year in its first cell, the Gregorian date in the next ---------------


@given(st.integers(1400, 1500), st.integers(1300, 1600), st.sampled_from(("en", "ar", "fa")), FILLER)
def test_a_table_row_s_hijri_year(year: int, count: int, language: str, after: str) -> None:
    """ "١٤٤١ | ٢٤ی نیسانی ٢٠٢٠ | ٢٣ی ئایاری ٢٠٢٠ |": the year of the row's Ramadan, paired with
    its first day; a number whose years the date is not in is a count, no year."""
    first = UMALQURA.to_gregorian(HijriDate(year, 9, 1))
    last = UMALQURA.to_gregorian(HijriDate(year, 9, 29))
    months = GREGORIAN_MONTHS[language]
    cells = f"{first.day} {months[first.month - 1]} {first.year} | {last.day} {months[last.month - 1]} {last.year} |"
    found = [(d.hijri.isoformat(), d.gregorian.to_date()) for d in extract(f"| {year} | {cells}\n{after}")]
    assert found[:1] == [(str(year), first)]
    shifted = count if abs(count - year) > 3 else count + 10
    assert [
        d for d in extract(f"| {shifted} | {cells}") if d.hijri is not None and d.hijri.year == shifted
    ] == []


# --- Uyghur: a month's name with its genitive, a Gregorian date by its month's number ------------

UG_MONTHS = tuple(next(s for s, lang in spellings if lang == "ug") for spellings in hijri_months.MONTHS)


@st.composite
def uyghur_lines(draw: st.DrawFn) -> tuple[str, HijriDate, date]:
    """ "1434-يىلى رامىزاننىڭ 1-كۈنى، يەنى 2013-يىلى 7-ئاينىڭ 9-كۈنى"."""
    hijri = HijriDate(draw(st.integers(1400, 1500)), draw(st.integers(1, 12)), draw(st.integers(1, 29)))
    g = UMALQURA.to_gregorian(hijri)
    month_word = draw(st.sampled_from(("ئاينىڭ", "ئاي")))
    text = (
        f"{hijri.year}-يىلى {UG_MONTHS[hijri.month - 1]}نىڭ {hijri.day}-كۈنى، يەنى "
        f"{g.year}-يىلى {g.month}-{month_word} {g.day}-كۈنى"
    )
    return text, hijri, g


@given(uyghur_lines())
def test_uyghur_numbered_months_read_back(case: tuple[str, HijriDate, date]) -> None:
    text, hijri, g = case
    line = parse(text)
    assert line.hijri is not None
    assert line.gregorian is not None
    assert (line.hijri.to_hijri(), line.gregorian.to_date()) == (hijri, g), text


@given(uyghur_lines(), FILLER, FILLER)
def test_uyghur_numbered_months_embedded(case: tuple[str, HijriDate, date], before: str, after: str) -> None:
    text, hijri, g = case
    found = [
        (d.hijri.to_hijri(), d.gregorian.to_date())
        for d in extract(_text_around(before, text, after))
        if d.hijri is not None and d.gregorian is not None and d.hijri.complete and d.gregorian.complete
    ]
    assert found == [(hijri, g)], text


@given(st.integers(1, 12), st.integers(1, 29), st.integers(1, 12))
def test_uyghur_months_counted_are_no_date(count: int, day: int, month: int) -> None:
    """ "7 ئاي" (seven months) with no day and its word for "day" after it is no month."""
    text = f"{UG_MONTHS[month - 1]}نىڭ {day}-كۈنى، {count} ئاي ئىلگىرى"
    assert list(extract(text)) == [], text


# --- Pashto: "د <year> هجری قمری کال د <month> له <day> او د <year> میلادی کال د <month> له <day> نیټی" ---


@given(st.integers(1400, 1500), st.integers(1, 12), st.integers(1, 29), FILLER, FILLER)
def test_pashto_year_month_day_with_le(year: int, month: int, day: int, before: str, after: str) -> None:
    """ "د ۱۴۴۳ هجری قمری کال د ذالحجې له ۲۵ او د ۲۰۲۲ میلادی کال د جولایی له ۲۵ نیټی سره برابره
    ده": the year, "of" the month, "with" the day, on both sides."""
    hijri = HijriDate(year, month, day)
    g = UMALQURA.to_gregorian(hijri)
    text = (
        f"چې د {year} هجری قمری کال د {HIJRI_MONTHS['ar'][month - 1]} له {day} او د {g.year} میلادی کال "
        f"د {GREGORIAN_MONTHS['ur'][g.month - 1]} له {g.day} نیټی سره برابره ده"
    )
    line = parse(text)
    assert line.hijri is not None
    assert line.gregorian is not None
    assert (line.hijri.to_hijri(), line.gregorian.to_date()) == (hijri, g), text
    found = [
        (d.hijri.to_hijri(), d.gregorian.to_date())
        for d in extract(_text_around(before, text, after))
        if d.hijri is not None and d.gregorian is not None and d.hijri.complete and d.gregorian.complete
    ]
    assert found == [(hijri, g)], text


# Languages that write a Gregorian day with a hyphen before its month ("19-февралда", "6-mart").
HYPHENED_DAY_LANGUAGES = ("ky", "kk", "uz", "tt")
HYPHEN_HIJRI = sorted(
    (month, spelling)
    for month, spellings in enumerate(hijri_months.MONTHS, start=1)
    for spelling, lang in spellings
    if lang in HYPHENED_DAY_LANGUAGES
)
HYPHEN_GREGORIAN = sorted(
    (month, spelling)
    for month, spellings in enumerate(gregorian_months.MONTHS, start=1)
    for spelling, lang in spellings
    if lang in HYPHENED_DAY_LANGUAGES
)


@given(st.sampled_from(HYPHEN_HIJRI), st.sampled_from(HYPHEN_GREGORIAN), st.integers(1, 28), FILLER, FILLER)
def test_a_day_hyphened_to_a_gregorian_month_is_not_the_hijri_month_s(
    hijri: tuple[int, str], gregorian: tuple[int, str], day: int, before: str, after: str
) -> None:
    """ "Орозо айы 19-февралда башталган": 19 is February's day, not Ramadan's."""
    text = _text_around(before, f"{hijri[1]} {day}-{gregorian[1]}", after)
    line = parse(text)
    assert line.gregorian is not None, text
    assert (line.gregorian.month, line.gregorian.day) == (gregorian[0], day), text
    assert line.hijri is None or (line.hijri.month, line.hijri.day) == (hijri[0], None), text


# --- Turkic: a month's start announced, ranges said by case endings, "ise", ordinal years ---


def _spellings(months: object, languages: tuple[str, ...]) -> list[tuple[int, str]]:
    assert isinstance(months, tuple)
    return sorted(
        (month, spelling)
        for month, spellings in enumerate(months, start=1)
        for spelling, lang in spellings
        if lang in languages and fold(spelling) not in {fold(word) for word, _ in AMBIGUOUS_MONTH_NAMES}
    )


NUMBERED_TR_HIJRI = _spellings(hijri_months.MONTHS, ("tr",))
NUMBERED_TR_GREGORIAN = _spellings(gregorian_months.MONTHS, ("tr",))
NUMBERED_AZ_HIJRI = _spellings(hijri_months.MONTHS, ("az",))
NUMBERED_AZ_GREGORIAN = _spellings(gregorian_months.MONTHS, ("az",))


def _duals(text: str) -> list[tuple[object, object]]:
    return [(d.hijri, d.gregorian) for d in extract(text) if d.hijri is not None and d.gregorian is not None]


@given(
    st.sampled_from(NUMBERED_TR_HIJRI),
    st.sampled_from(NUMBERED_TR_GREGORIAN),
    st.integers(1, 28),
    st.integers(2000, 2030),
    st.sampled_from(("ilan etti", "açıkladı", "ilan edecek")),
)
def test_a_month_s_start_announced_after_a_date_is_not_that_date(
    hijri: tuple[int, str], gregorian: tuple[int, str], day: int, year: int, verb: str
) -> None:
    """ "Diyanet 28 Şubat 2025'te Ramazan ayının başlangıcını ilan etti": the start is what was
    announced (a noun before the verb of announcing), and the date the announcement's."""
    text = f"Diyanet {day} {gregorian[1]} {year}'te {hijri[1]} ayının başlangıcını {verb}."
    assert _duals(text) == [], text


@given(st.sampled_from(NUMBERED_TR_HIJRI), st.integers(1, 28), st.integers(1400, 1460))
def test_a_range_said_by_case_endings_is_no_dateline(hijri: tuple[int, str], day: int, year: int) -> None:
    """ "1 Ramazan 1446'dan 29 Mart 2025'e kadar": from one day until another, in case endings."""
    g = UMALQURA.to_gregorian(HijriDate(year, hijri[0], day))
    text = f"Çadır {day} {hijri[1]} {year}'dan {g.day} {dict(NUMBERED_TR_GREGORIAN)[g.month]} {g.year}'e kadar açık."
    assert _duals(text) == [], text


@given(st.sampled_from(NUMBERED_TR_HIJRI), st.integers(1, 28), st.integers(1400, 1460))
def test_dates_on_either_side_of_ise_after_a_comma_do_not_pair(
    hijri: tuple[int, str], day: int, year: int
) -> None:
    """ "27 Ramazan 1446'da idrak edilecek, bayram ise 30 Mart 2025'te başlayacak": "ise" (as
    for) after a comma opens a second subject's clause, with its own day."""
    g = UMALQURA.to_gregorian(HijriDate(year, hijri[0], day))
    text = f"Gece {day} {hijri[1]} {year}'da idrak edilecek, bayram ise {g.day} {dict(NUMBERED_TR_GREGORIAN)[g.month]} {g.year}'te başlayacak."
    assert _duals(text) == [], text


@given(st.sampled_from(NUMBERED_AZ_HIJRI), st.integers(1, 28), st.integers(1400, 1460))
def test_azerbaijani_ordinal_years_with_their_year_word_are_years(
    hijri: tuple[int, str], day: int, year: int
) -> None:
    """ "Ramazan ayının 1-i 1446-cı hicri il, 1 mart 2025-ci il": an ordinal year with "il"
    (year) after it, an era mark between or not, is the half's year."""
    g = UMALQURA.to_gregorian(HijriDate(year, hijri[0], day))
    month = dict(NUMBERED_AZ_GREGORIAN)[g.month]
    text = f"{hijri[1]} ayının {day}-i {year}-cı hicri il, {g.day} {month} {g.year}-ci il."
    line = parse(text)
    assert line.hijri is not None, text
    assert line.gregorian is not None, text
    assert (line.hijri.year, line.hijri.month, line.hijri.day) == (year, hijri[0], day), text
    assert (line.gregorian.year, line.gregorian.month, line.gregorian.day) == (g.year, g.month, g.day), text


NUMBERED_MS_HIJRI = _spellings(hijri_months.MONTHS, ("ms", "id"))
NUMBERED_MS_GREGORIAN = _spellings(gregorian_months.MONTHS, ("ms", "id"))


@given(
    st.sampled_from(NUMBERED_MS_HIJRI),
    st.sampled_from(NUMBERED_MS_GREGORIAN),
    st.integers(1, 28),
    st.integers(2000, 2030),
    st.sampled_from(("Bazar", "Pasar")),
)
def test_a_market_named_by_a_month_opens_on_its_own_day(
    hijri: tuple[int, str], gregorian: tuple[int, str], day: int, year: int, market: str
) -> None:
    """ "Bazar Ramadan dibuka mulai 1 Mac 2025": the month beside a market's noun names the
    market, and the date it opens on is the market's, not the month's beginning."""
    text = f"{market} {hijri[1]} dibuka mulai {day} {gregorian[1]} {year} di pusat kota."
    assert _duals(text) == [], text


@given(
    st.integers(1400, 1500),
    st.integers(1, 12),
    st.integers(1, 29),
    st.sampled_from(("en", "ar", "id")),
    FILLER,
    FILLER,
)
def test_parse_takes_the_dated_pair_after_a_month_and_year_pair(
    year: int, month: int, day: int, language: str, before: str, after: str
) -> None:
    """ "… Shawwal 1446 AH/2025 … Saturday, corresponding to 29 Ramadan 1446 AH, 29 March 2025":
    the line is the pair of days, not the coarser pair said before it."""
    hijri = HijriDate(year, month, day)
    gregorian = UMALQURA.to_gregorian(hijri)
    other = HIJRI_MONTHS[language][month % 12]
    connector = CONNECTORS[language][0]
    h_era, g_era = HIJRI_ERAS[language], GREGORIAN_ERAS[language]
    coarse = f"{other} {year}{h_era}/{gregorian.year}{g_era}"
    h_text = f"{day} {HIJRI_MONTHS[language][month - 1]} {year}{h_era}"
    g_text = f"{gregorian.day} {GREGORIAN_MONTHS[language][gregorian.month - 1]} {gregorian.year}{g_era}"
    text = _text_around(before, f"{coarse}, {h_text} {connector} {g_text}", after)
    line = parse(text)
    assert line.hijri is not None, text
    assert line.gregorian is not None, text
    assert (line.hijri.to_hijri(), line.gregorian.to_date()) == (hijri, gregorian), text


@given(
    st.integers(1400, 1500),
    st.integers(1, 12),
    st.integers(1, 28),
    st.sampled_from(("en", "ar", "fr", "id")),
    FILLER,
    FILLER,
)
def test_a_month_whose_day_is_one_of_two_pairs_with_no_hijri_day(
    year: int, month: int, day: int, language: str, before: str, after: str
) -> None:
    """ "16 or 17 July 2024 (10 Muharram)": the Hijri day is one of two Gregorian days, and
    pairs with neither, nor with the month they share."""
    hijri = HijriDate(year, month, day)
    gregorian = UMALQURA.to_gregorian(hijri)
    other = date.fromordinal(gregorian.toordinal() + 1)
    assume(other.month == gregorian.month)
    or_word = {"en": "or", "ar": "أو", "fr": "ou", "id": "atau"}[language]
    g_month = GREGORIAN_MONTHS[language][gregorian.month - 1]
    g_text = f"{gregorian.day} {or_word} {other.day} {g_month} {gregorian.year}{GREGORIAN_ERAS[language]}"
    h_text = f"{day} {HIJRI_MONTHS[language][month - 1]}"
    text = _text_around(before, f"{g_text} ({h_text})", after)
    line = parse(text)
    assert line.hijri is not None, text
    assert (line.hijri.month, line.hijri.day) == (month, day), text
    assert line.gregorian is None, text
    assert [d for d in extract(text) if d.hijri is not None and d.hijri.day == day] == [], text


@given(
    st.integers(1400, 1500),
    st.integers(1, 12),
    st.sampled_from(("sighted", "seen", "not sighted")),
    st.integers(-1, 0),
    FILLER,
    FILLER,
)
def test_a_date_after_a_verb_of_sighting_is_the_sighting_s_day(
    year: int, month: int, verb: str, shift: int, before: str, after: str
) -> None:
    """ "the first day of Muharram 1446 as the crescent was not sighted on Friday, July 5": the
    day the moon was looked for, not the month's first day."""
    hijri = HijriDate(year, month, 1)
    eve = date.fromordinal(UMALQURA.to_gregorian(hijri).toordinal() + shift)
    g_text = f"{GREGORIAN_MONTHS['en'][eve.month - 1]} {eve.day}, {eve.year}"
    h_text = f"the first day of {HIJRI_MONTHS['en'][month - 1]} {year} AH"
    text = _text_around(before, f"{h_text} as the crescent was {verb} on {g_text}", after)
    assert [d for d in extract(text) if d.hijri is not None and d.gregorian is not None] == [], text


# Words of a gloss ("Anno Hegirae in Latin or “in the year of the Hijra”"): none a date's,
# a range's or a clause's word.
GLOSS_VOCABULARY = (
    "anno", "hegirae", "in", "latin", "or", "the", "year", "of", "hijra", "holy", "sacred", "islamic",
    "lunar", "calendar", "known", "as", "also", "called", "spelt", "arabic", "for", "emigration",
)  # fmt: skip
GLOSS = st.lists(st.sampled_from(GLOSS_VOCABULARY), min_size=1, max_size=8)


@given(st.integers(1400, 1500), st.integers(1, 12), st.integers(1, 29), GLOSS, FILLER, FILLER)
@example(1400, 1, 1, ["anno"], "eti:b j", "")  # a weekday two letters before: no filler's (stop 61's soak)
def test_a_bracketed_gloss_between_the_halves_keeps_the_pair(
    year: int, month: int, day: int, gloss: list[str], before: str, after: str
) -> None:
    """ "the first day of Muharram 1446 AH (Anno Hegirae in Latin …) will be on Sunday, July 7":
    words in a bracket, with no number or date word, stand for one word between the halves."""
    hijri = HijriDate(year, month, day)
    gregorian = UMALQURA.to_gregorian(hijri)
    h_text = f"{day} {HIJRI_MONTHS['en'][month - 1]} {year} AH"
    g_text = f"{GREGORIAN_MONTHS['en'][gregorian.month - 1]} {gregorian.day}, {gregorian.year}"
    text = _text_around(before, f"{h_text} ({' '.join(gloss)}) will be on {g_text}", after)
    line = parse(text)
    assert line.hijri is not None, text
    assert line.gregorian is not None, text
    assert (line.hijri.to_hijri(), line.gregorian.to_date()) == (hijri, gregorian), text


def _ordinal_year_shapes() -> list[tuple[str, int]]:
    """Ordinal years of the Hijra from the tables: a language's era word (one word), its
    single-word ordinal day words and its words for "year", in the orders it writes them."""
    from datelines.names.words import HIJRI_ERAS, ORDINAL_YEAR_NOUNS

    shapes: list[tuple[str, int]] = []
    for language in ("en", "tr", "ta"):
        eras = [era for era, lang in HIJRI_ERAS if lang == language and era.isalpha() and len(era) >= 3]
        nouns = [noun for noun, lang in ORDINAL_YEAR_NOUNS if lang == language]
        ordinals = [(w, d) for w, d, lang in DAY_WORDS if lang == language and " " not in w]
        for era in eras:
            for noun in nouns:
                for word, value in ordinals:
                    shapes.append((f"{era} {word} {noun}", value))
                    if language == "en":
                        shapes.append((f"the {word} {noun} of the {era}", value))
                if language == "tr":
                    shapes.extend((f"{era} {value}. {noun}", value) for value in (2, 17, 40))
    return shapes


ORDINAL_YEARS = _ordinal_year_shapes()


@given(st.sampled_from(ORDINAL_YEARS), FILLER, FILLER)
def test_an_ordinal_year_of_the_hijra_is_that_year(shape: tuple[str, int], before: str, after: str) -> None:
    """ "hicretin 17. yılında", "ஹிஜ்ரி இரண்டாம் ஆண்டு", "the second year of the Hijra": an
    ordinal with the era spelled out and a word for "year" is the year since the Hijra, read
    back alone and in a sentence; no Gregorian half, nothing for extract."""
    phrase, value = shape
    # not before a word that makes the era another's: "the first year of the Hijri shamsi"
    # is a Solar Hijri year (a soak run drew it)
    last = words(fold(phrase))[-1:]
    assume("".join(last + words(fold(after))[:1]) not in LEXICON.entries)
    assume(" ".join(last + words(fold(after))[:1]) not in LEXICON.entries)
    for text in (phrase, _text_around(before, phrase, after)):
        line = parse(text)
        assert line.hijri is not None, text
        assert (line.hijri.year, line.hijri.month, line.hijri.day) == (value, None, None), text
        assert line.gregorian is None, text
        assert list(extract(text)) == [], text


def _two_word_inflected() -> list[tuple[str, int]]:
    """Hijri month names of two words (spaced or hyphened) with a case ending of their
    language (two letters or more) on the last word, from the tables."""
    from datelines.names.words import CASE_ENDINGS

    endings: dict[str, list[str]] = {}
    for ending, languages in CASE_ENDINGS:
        for lang in languages.split():
            if len(ending) >= 2:
                endings.setdefault(lang, []).append(ending)
    return [
        (f"{spelling}{ending}", month)
        for month, spellings in enumerate(hijri_months.MONTHS, start=1)
        for spelling, lang in spellings
        if lang in ("uz", "kk", "ky", "tt", "ce") and (" " in spelling or "-" in spelling)
        for ending in endings.get(lang, ())
    ]


TWO_WORD_INFLECTED = _two_word_inflected()


@given(st.sampled_from(TWO_WORD_INFLECTED), st.integers(1, 29), FILLER, FILLER)
def test_a_case_ending_on_a_two_word_month_name_keeps_the_month(
    name: tuple[str, int], day: int, before: str, after: str
) -> None:
    """ "12 Rabiul-avvalda", "12-чу рабиӀул-аввалехь": a case ending on the last word of a
    month name of two words leaves the month, read back alone and in a sentence."""
    spelling, month = name
    phrase = f"{day} {spelling}"
    for text in (phrase, _text_around(before, phrase, after)):
        line = parse(text)
        assert line.hijri is not None, text
        assert (line.hijri.year, line.hijri.month, line.hijri.day) == (None, month, day), text


# --- a Hijri year with its era before words for "new year": 1 Muharram ("1445 Hicri yılbaşı") ---

# The era words each language of NEW_AFTER_YEAR writes before them, and its Gregorian months.
NEW_AFTER_YEAR_PHRASES = {
    "tr": (("{year} Hicri {new}", "Hicri takvime göre {year} {new}"), TR_GREGORIAN, "Miladi takvime göre"),
}


@st.composite
def new_years_before_new(draw: st.DrawFn) -> tuple[str, tuple[int | None, int, int], date]:
    new, language = draw(
        st.sampled_from([r for r in hijri_months.NEW_AFTER_YEAR if r[1] in NEW_AFTER_YEAR_PHRASES])
    )
    forms, g_months, between = NEW_AFTER_YEAR_PHRASES[language]
    form = draw(st.sampled_from([f for f in forms if "yılının" not in new or "takvime" in f]))
    hijri = HijriDate(draw(st.integers(1350, 1500)), 1, 1)
    g = UMALQURA.to_gregorian(hijri)
    # "2026 Hicri yılbaşı": the Hijri new year that falls in a Gregorian year, its Hijri year
    # unsaid (not "by the Hijri calendar": that year is the Hijri calendar's)
    of_our_era = "takvime" not in form and draw(st.booleans())
    year = g.year if of_our_era else hijri.year
    said = (None if of_our_era else hijri.year, 1, 1)
    h_text = form.format(year=year, new=new)
    return f"{h_text}, {between} {g.day} {g_months[g.month - 1]} {g.year}", said, g


@given(new_years_before_new(), FILLER, FILLER)
def test_a_year_before_new_year_is_its_first_day(
    case: tuple[str, tuple[int | None, int, int], date], before: str, after: str
) -> None:
    text, said, g = case
    line = parse(text)
    assert line.hijri is not None, text
    assert line.gregorian is not None, text
    assert ((line.hijri.year, line.hijri.month, line.hijri.day), line.gregorian.to_date()) == (said, g), text
    found = [
        ((d.hijri.year, d.hijri.month, d.hijri.day), d.gregorian.to_date())
        for d in extract(_text_around(before, text, after))
        if d.hijri is not None and d.gregorian is not None and d.gregorian.complete
    ]
    assert found == [(said, g)], text


# --- a month's name straight before a feast's noun names the feast ("Ramazan Bayramı") -------


@given(
    st.sampled_from(FEAST_NOUNS),
    st.integers(1, 12),
    st.integers(1, 12),
    st.integers(1, 28),
    st.sampled_from(("{day} {g_month}'ta başlıyor", "{day} {g_month} tarihine denk geliyor",
                     "{day} {g_month} tarihinde sona erecek", "{day} {g_month} günü başlayacak")),
    st.sampled_from(("ı", "", "ı’nın", "ına")),
    FILLER,
)  # fmt: skip
def test_a_month_before_a_feast_noun_names_the_feast(
    feast: tuple[str, str], month: int, g_month: int, day: int, form: str, ending: str, before: str
) -> None:
    """ "Ramazan Bayramı 30 Mart'ta başlıyor" (the feast of Ramadan begins on 30 March): the
    feast's day, not the month's beginning; with the word for month instead, the month's."""
    noun, _ = feast
    name = TR_HIJRI[month - 1]
    said = form.format(day=day, g_month=TR_GREGORIAN[g_month - 1])
    text = _text_around(before, f"{name} {noun.capitalize()}{ending} {said}.", "")
    assert [d for d in extract(text) if d.hijri is not None and d.gregorian is not None] == [], text
    month_text = f"{name} ayı {said}."
    found = [
        ((d.hijri.year, d.hijri.month, d.hijri.day), (d.gregorian.month, d.gregorian.day))
        for d in extract(month_text)
        if d.hijri is not None and d.gregorian is not None
    ]
    assert found == [((None, month, None), (g_month, day))], month_text


# --- Held-out lines of issue #13 (helper 37): Bengali "-এর" written after a hyphen, Malayalam
# weekdays with the copula written on ---------------------------------------------------------


@st.composite
def bengali_hyphened_genitives(draw: st.DrawFn) -> tuple[str, HijriDate, date]:
    """ "রবিউল আউয়াল-এর বারো তারিখে ১৪৪৬ হিজরি অর্থাৎ …": the genitive after a hyphen, as "মাসের"."""
    word, day = draw(st.sampled_from(BN_DAYS))
    month = draw(st.integers(1, 12))
    hijri = HijriDate(draw(st.integers(1400, 1500)), month, day)
    g = UMALQURA.to_gregorian(hijri)
    text = f"{BN_HIJRI[month - 1]}-এর {word} {hijri.year} হিজরি অর্থাৎ {g.day} {BN_GREGORIAN[g.month - 1]} {g.year}"
    return text, hijri, g


@given(bengali_hyphened_genitives())
def test_a_bengali_hyphened_genitive_reads_back(case: tuple[str, HijriDate, date]) -> None:
    text, hijri, g = case
    line = parse(text)
    assert line.hijri is not None
    assert line.gregorian is not None
    assert (line.hijri.to_hijri(), line.gregorian.to_date()) == (hijri, g), text


@given(bengali_hyphened_genitives(), FILLER, FILLER)
def test_a_bengali_hyphened_genitive_embedded(
    case: tuple[str, HijriDate, date], before: str, after: str
) -> None:
    text, hijri, g = case
    found = [
        (d.hijri.to_hijri(), d.gregorian.to_date())
        for d in extract(_text_around(before, text, after))
        if d.hijri is not None and d.gregorian is not None and d.hijri.complete and d.gregorian.complete
    ]
    assert found == [(hijri, g)], text


ML_WEEKDAYS = {day: spelling for spelling, day, lang in reversed(WEEKDAYS) if lang == "ml"}
ML_WEEKDAY_ENDINGS = tuple(ending for ending, of in MALAYALAM_ENDINGS if of == "weekday")
ML_PLAIN_DAYS = sorted(
    (spelling, day) for spelling, day, lang in DAY_WORDS if lang == "ml" and day <= 29 and " " not in spelling
)


@st.composite
def malayalam_weekdays_said(draw: st.DrawFn) -> tuple[str, int, int, date]:
    """ "റംസാന് ഒന്ന് ഫെബ്രുവരി 19 വ്യാഴാഴ്ചയായിരിക്കുമെന്ന്" (that Ramadan one will be Thursday,
    February 19): the copula written on the weekday after the date."""
    word, day = draw(st.sampled_from(ML_PLAIN_DAYS))
    month = draw(st.integers(1, 12))
    g = UMALQURA.to_gregorian(HijriDate(draw(st.integers(1400, 1500)), month, day))
    ending = draw(st.sampled_from(ML_WEEKDAY_ENDINGS))
    text = f"{ML_MONTHS[month - 1]} {word} {ML_GREGORIAN[g.month - 1]} {g.day} {ML_WEEKDAYS[g.weekday()]}{ending}"
    return text, month, day, g


@given(malayalam_weekdays_said())
def test_a_malayalam_weekday_with_the_copula_reads_back(case: tuple[str, int, int, date]) -> None:
    text, month, day, g = case
    line = parse(text)
    assert line.hijri is not None
    assert line.gregorian is not None
    assert (line.hijri.month, line.hijri.day, line.gregorian.month, line.gregorian.day) == (
        month,
        day,
        g.month,
        g.day,
    ), text
    assert line.weekday == g.weekday(), text


@given(malayalam_weekdays_said(), FILLER, FILLER)
def test_a_malayalam_weekday_with_the_copula_embedded(
    case: tuple[str, int, int, date], before: str, after: str
) -> None:
    text, month, day, g = case
    found = [
        (d.hijri.month, d.hijri.day, d.gregorian.month, d.gregorian.day)
        for d in extract(_text_around(before, text, after))
        if d.hijri is not None and d.gregorian is not None
    ]
    assert found == [(month, day, g.month, g.day)], text


# --- Malayalam: a weekday with a day's ending after the day word ("റമസാൻ ഒന്ന് ഞായറാഴ്ചയായിരിക്കും") ---

ML_INFLECTED_WEEKDAYS = sorted(
    (form, weekday)
    for spelling, weekday, lang in WEEKDAYS
    if lang == "ml"
    for form in (spelling, *malayalam_forms(spelling, "day"))
)
ML_BARE_DAYS = sorted(
    (spelling, day) for spelling, day, lang in DAY_WORDS if lang == "ml" and day <= 29 and " " not in spelling
)


@st.composite
def malayalam_weekday_days(draw: st.DrawFn) -> tuple[str, int, int]:
    """ "ജമാദ് അൽഅവ്വൽ മാസം ഒന്ന് ശനിയാഴ്ച ആയിരിക്കും": the month (with or without the word for
    month), the day word, and a weekday, bare or with an ending written on."""
    spelling, day = draw(st.sampled_from(ML_BARE_DAYS))
    month = draw(st.integers(1, 12))
    weekday = draw(st.sampled_from(ML_INFLECTED_WEEKDAYS))[0]
    noun = draw(st.sampled_from(("", " മാസം")))
    return f"{ML_MONTHS[month - 1]}{noun} {spelling} {weekday}", month, day


@given(malayalam_weekday_days())
def test_malayalam_day_before_an_inflected_weekday_reads_back(case: tuple[str, int, int]) -> None:
    text, month, day = case
    line = parse(text)
    assert line.hijri is not None, text
    assert (line.hijri.month, line.hijri.day, line.gregorian) == (month, day, None), text


@given(malayalam_weekday_days(), FILLER, FILLER)
def test_malayalam_day_before_an_inflected_weekday_embedded(
    case: tuple[str, int, int], before: str, after: str
) -> None:
    text, month, day = case
    line = parse(_text_around(before, text, after))
    assert line.hijri is not None, text
    assert (line.hijri.month, line.hijri.day) == (month, day), text


# --- A month's length, or one of two numbers, after its name: no day ("رمضان 30 یا 29 دن") ---


@given(
    st.integers(1, 12),
    st.sampled_from(("en", "ur")),
    st.integers(29, 30),
    st.booleans(),
    FILLER,
    FILLER,
)
def test_a_length_after_a_month_is_no_day(
    month: int, language: str, count: int, one_of_two: bool, before: str, after: str
) -> None:
    """ "Ramadan 29 or 30 days", "رمضان 30 یا 29 دن کا ہوتا ہے": the month's length."""
    other = 59 - count
    if language == "en":
        said = f"{count} or {other} days" if one_of_two else f"{count} or {other}"
    else:
        said = f"{count} یا {other} دن" if one_of_two else f"{count} دن"
    text = _text_around(before, f"{HIJRI_MONTHS[language][month - 1]} {said}", after)
    assert [d for d in extract(text) if d.hijri is not None and d.hijri.day is not None] == [], text
    try:
        line = parse(text)
    except ValueError:
        return
    assert line.hijri is None or line.hijri.day is None, text


# --- A weekday in brackets between a day-and-month and its year ("13 prill (e mart) 2021") ---

BRACKET_LANGUAGES = ("en", "id", "ms", "fr", "tr")


@st.composite
def bracketed_weekdays(draw: st.DrawFn) -> tuple[str, HijriDate, date]:
    """ "1 Ramadan 1442 AH, corresponding to 13 April (Tuesday) 2021"."""
    language = draw(st.sampled_from(BRACKET_LANGUAGES))
    hijri = HijriDate(draw(st.integers(1400, 1500)), draw(st.integers(1, 12)), draw(st.integers(1, 29)))
    g = UMALQURA.to_gregorian(hijri)
    weekday = WEEKDAYS_OUT[language][g.weekday()]
    g_text = f"{g.day} {GREGORIAN_MONTHS[language][g.month - 1]} ({weekday}) {g.year}"
    h_text = (
        f"{hijri.day} {HIJRI_MONTHS[language][hijri.month - 1]} {hijri.year}{HIJRI_ERAS.get(language, ' H')}"
    )
    connector = draw(st.sampled_from(CONNECTORS.get(language, ("/",))))
    return f"{h_text} {connector} {g_text}", hijri, g


@given(bracketed_weekdays())
def test_a_bracketed_weekday_before_the_year_reads_back(case: tuple[str, HijriDate, date]) -> None:
    text, hijri, g = case
    line = parse(text)
    assert line.hijri is not None, text
    assert line.gregorian is not None, text
    assert (line.hijri.to_hijri(), line.gregorian.to_date()) == (hijri, g), text


@given(bracketed_weekdays(), FILLER, FILLER)
def test_a_bracketed_weekday_before_the_year_embedded(
    case: tuple[str, HijriDate, date], before: str, after: str
) -> None:
    text, hijri, g = case
    found = [
        (d.hijri.to_hijri(), d.gregorian.to_date())
        for d in extract(_text_around(before, text, after))
        if d.hijri is not None and d.gregorian is not None
    ]
    assert found == [(hijri, g)], text


# --- Two months each with its day after it ("റമദാൻ 1 മാർച്ച് 11 ന്", Ramadan 1, March 11) ---


@st.composite
def months_then_days(draw: st.DrawFn) -> tuple[str, HijriDate, date]:
    """ "Ramadan 1 March 11", "റമദാൻ 1 മാർച്ച് 11": the number between the months is the
    Hijri month's day, the one after the Gregorian month that month's."""
    hijri = HijriDate(draw(st.integers(1400, 1500)), draw(st.integers(1, 12)), draw(st.integers(1, 29)))
    g = UMALQURA.to_gregorian(hijri)
    if draw(st.booleans()):
        h_name, g_name = HIJRI_MONTHS["en"][hijri.month - 1], GREGORIAN_MONTHS["en"][g.month - 1]
    else:
        h_name, g_name = ML_MONTHS[hijri.month - 1], ML_GREGORIAN[g.month - 1]
    return f"{h_name} {hijri.day} {g_name} {g.day}", hijri, g


@given(months_then_days())
def test_two_months_each_with_its_day_after_read_back(case: tuple[str, HijriDate, date]) -> None:
    text, hijri, g = case
    line = parse(text)
    assert line.hijri is not None, text
    assert line.gregorian is not None, text
    assert (line.hijri.month, line.hijri.day, line.gregorian.month, line.gregorian.day) == (
        hijri.month,
        hijri.day,
        g.month,
        g.day,
    ), text


@given(months_then_days(), FILLER, FILLER)
def test_two_months_each_with_its_day_after_embedded(
    case: tuple[str, HijriDate, date], before: str, after: str
) -> None:
    text, hijri, g = case
    found = [
        (d.hijri.month, d.hijri.day, d.gregorian.month, d.gregorian.day)
        for d in extract(_text_around(before, text, after))
        if d.hijri is not None and d.gregorian is not None
    ]
    assert found == [(hijri.month, hijri.day, g.month, g.day)], text


# --- A year pair with the Hijri year bracketed before the month ("২০২৬ খ্রিস্টাব্দের (১৪৪৭ হিজরি) রমজান") ---


@given(
    st.integers(1400, 1500),
    st.integers(1, 12),
    st.sampled_from(("", "পবিত্র ")),
    st.sampled_from(("খ্রিস্টাব্দের", "খ্রিস্টাব্দ")),
    FILLER,
    FILLER,
)
def test_a_bracketed_hijri_year_before_the_month_is_its_year(
    year: int, month: int, holy: str, era: str, before: str, after: str
) -> None:
    """ "২০২৬ খ্রিস্টাব্দের (১৪৪৭ হিজরি) পবিত্র রমজান মাসের": Ramadan of 1447, in 2026."""
    g_year = UMALQURA.to_gregorian(HijriDate(year, month, 1)).year
    said = f"{g_year} {era} ({year} হিজরি) {holy}{BN_HIJRI[month - 1]} মাসের"
    text = _text_around(before, said, after)
    found = [
        (d.hijri.year, d.hijri.month, d.hijri.day, d.gregorian.year, d.gregorian.month)
        for d in extract(text)
        if d.hijri is not None and d.gregorian is not None
    ]
    assert found == [(year, month, None, g_year, None)], text


# --- "The Islamic month" with no name: the month named before with its year ("اسلامی مہینہ") ---


@given(st.integers(1400, 1500), st.integers(1, 12), st.booleans(), FILLER, FILLER)
def test_the_islamic_month_is_the_month_named_before(
    year: int, month: int, with_year: bool, before: str, after: str
) -> None:
    """ "ربیع الاول 1446 ہجری کا چاند نظر نہیں آیا، اس لیے اسلامی مہینہ 6 ستمبر (جمعہ) سے شروع
    ہوگا": that month begins on that date; a month named without its year too, where no other
    date or month is named between (helper48)."""
    first = UMALQURA.to_gregorian(HijriDate(year, month, 1))
    named = f"{HIJRI_MONTHS['ur'][month - 1]} {year} ہجری" if with_year else HIJRI_MONTHS["ur"][month - 1]
    said = (
        f"{named} کا چاند نظر نہیں آیا، اس لیے اسلامی مہینہ {first.day} "
        f"{GREGORIAN_MONTHS['ur'][first.month - 1]} سے شروع ہوگا۔"
    )
    text = _text_around(before, said, after)
    found = [
        (d.hijri.year, d.hijri.month, d.hijri.day, d.gregorian.month, d.gregorian.day)
        for d in extract(text)
        if d.hijri is not None and d.gregorian is not None
    ]
    assert found == [(year if with_year else None, month, None, first.month, first.day)], text


# --- Years written in words after a word for "year" (helper39): "لعام ألفٍ وأربعمائةٍ وأربعة وأربعين" ---

from datelines.names.words import YEAR_CARDINALS as _H39_YEAR_CARDINALS  # noqa: E402


def _h39_spellings(language: str) -> dict[int, list[str]]:
    found: dict[int, list[str]] = {}
    for spelling, value, lang in _H39_YEAR_CARDINALS:
        if lang == language:
            found.setdefault(value, []).append(spelling)
    return found


_H39_WORDS = {language: _h39_spellings(language) for language in ("ar", "fa")}


@st.composite
def _h39_year_in_words(draw: st.DrawFn, language: str, year: int) -> str:
    """A year in words as each language writes it, every spelling of the tables drawn: Arabic
    "ألف وأربعمائة وأربعة وأربعين" (units before tens), Persian "هزار و چهارصد و چهل و چهار"."""
    table = _H39_WORDS[language]

    def word(value: int) -> str:
        return draw(st.sampled_from(table[value]))

    thousands, hundreds, rest = year // 1000, year // 100 % 10, year % 100
    parts: list[str] = []
    if thousands:
        parts.append(
            word(1000 * thousands) if 1000 * thousands in table else f"{word(thousands)} {word(1000)}"
        )
    if hundreds:
        parts.append(word(100 * hundreds))
    if rest:
        tens, units = rest // 10, rest % 10
        if language == "fa":
            if 10 <= rest < 20:
                parts.append(word(rest))
            else:
                parts.extend(word(v) for v in (10 * tens, units) if v)
        elif 10 < rest < 20:
            parts.append(f"{word(units)} {word(10)}")
        else:
            parts.extend(word(v) for v in (units, 10 * tens) if v)
    joiner = " و " if language == "fa" else draw(st.sampled_from((" و", " و ")))
    return joiner.join(parts)


@given(
    st.data(), st.sampled_from(("ar", "fa")), st.integers(1300, 1500), st.integers(1, 12), st.integers(1, 29)
)
def test_h39_a_year_in_words_after_a_year_word_is_read(
    data: st.DataObject, language: str, year: int, month: int, day: int
) -> None:
    """ "1 ذو الحجة لعام ألف وأربعمائة وأربعة وأربعين هجرية", "1 رمضان سال هزار و چهارصد و بیست و هشت
    هجری قمری": the year as if written in figures."""
    said = data.draw(_h39_year_in_words(language, year))
    cue, era = ("لعام", "هجرية") if language == "ar" else ("سال", "هجری قمری")
    text = f"{day} {HIJRI_MONTHS[language][month - 1]} {cue} {said} {era}"
    line = parse(text)
    assert line.hijri is not None
    assert (line.hijri.year, line.hijri.month, line.hijri.day) == (year, month, day), text


@given(st.data(), st.integers(1343, 1500), st.integers(1, 12), FILLER, FILLER)
def test_h39_a_dateline_all_in_words_is_extracted_embedded(
    data: st.DataObject, year: int, month: int, before: str, after: str
) -> None:
    """ "السابع من شهر يونيو لعام ألفين واربعة وعشرين ميلاديًّا هو أول أيام شهر ذي الحجة لعام ألف
    وأربعمائة وأربعة وأربعين هجريًّا": both years in words, no digit in the dateline."""
    g = UMALQURA.to_gregorian(HijriDate(year, month, 1))
    g_words = data.draw(_h39_year_in_words("ar", g.year))
    h_words = data.draw(_h39_year_in_words("ar", year))
    said = (
        f"الأول من شهر {GREGORIAN_MONTHS['ar'][g.month - 1]} لعام {g_words} ميلاديا هو أول أيام شهر "
        f"{HIJRI_MONTHS['ar'][month - 1]} لعام {h_words} هجريا"
    )
    text = _text_around(before, said, after)
    found = [
        (d.hijri.year, d.hijri.month, d.hijri.day, d.gregorian.year, d.gregorian.month, d.gregorian.day)
        for d in extract(text)
        if d.hijri is not None and d.gregorian is not None
    ]
    assert found == [(year, month, 1, g.year, g.month, 1)], text


@given(
    st.sampled_from(sorted({v for v in _H39_WORDS["ar"] if v < 100})), st.integers(1, 12), st.integers(1, 29)
)
def test_h39_a_count_in_words_after_a_year_word_is_no_year(number: int, month: int, day: int) -> None:
    """ "منذ عام واحد", "سنة ثلاثة": a number under a hundred after a word for "year" is no year."""
    for spelling in _H39_WORDS["ar"][number]:
        line = parse(f"{day} {HIJRI_MONTHS['ar'][month - 1]} 1445 هـ، منذ سنة {spelling}")
        assert line.hijri is not None
        assert line.hijri.year == 1445


# --- A dateline without a digit, days and months in words (helper39): extract reads it as parse does ---

_H39_DIGIT_FREE = {
    "en": "the {h_word} day of {h_month}, corresponding to the {g_word} of {g_month}",
    "ar": "{h_word} من شهر {h_month} الموافق {g_word} من شهر {g_month}",
}


@given(
    st.data(),
    st.sampled_from(sorted(_H39_DIGIT_FREE)),
    st.integers(1, 12),
    st.integers(1, 12),
    FILLER,
    FILLER,
)
def test_h39_a_dateline_without_a_digit_is_extracted_as_parsed(
    data: st.DataObject, language: str, h_month: int, g_month: int, before: str, after: str
) -> None:
    """ "ọjọ́ kẹrìnlé-lógún, oṣù kẹta ni yóò jẹ́ ọjọ́ kínní, oṣù Ramadan", "(മാര്ച്ച് രണ്ട്, ഞായറാഴ്ച)
    റമദാന് ഒന്നായിരിക്കുമെന്ന്": text without a digit is looked at around its Hijri names too."""
    words = DAY_WORDS_BY_LANGUAGE[language]
    h_day = data.draw(st.sampled_from(sorted(words)))
    g_day = data.draw(st.sampled_from(sorted(words)))
    said = _H39_DIGIT_FREE[language].format(
        h_word=data.draw(st.sampled_from(words[h_day])),
        h_month=HIJRI_MONTHS[language][h_month - 1],
        g_word=data.draw(st.sampled_from(words[g_day])),
        g_month=GREGORIAN_MONTHS[language][g_month - 1],
    )
    line = parse(said)
    assume(line.hijri is not None and line.gregorian is not None)  # a day word the grammar reads
    assert line.hijri is not None
    assert line.gregorian is not None
    expected = (line.hijri.month, line.hijri.day, line.gregorian.month, line.gregorian.day)
    assert (expected[0], expected[2]) == (h_month, g_month), said
    text = _text_around(before, said, after)
    found = [
        (d.hijri.month, d.hijri.day, d.gregorian.month, d.gregorian.day)
        for d in extract(text)
        if d.hijri is not None and d.gregorian is not None
    ]
    assert found == [expected], text


# --- A Latin month name garbled as stored copies carry it ("ÅÉvval" for "Şəvval", helper 40) ---

_H40_GARBLED = sorted(
    (garbled, month)
    for month, spellings in enumerate(hijri_months.MONTHS, start=1)
    for spelling, _ in spellings
    if (garbled := _h40_mojibake(spelling)) is not None
    and all(e.value == month for e in LEXICON.entries.get(_h40_skeleton(garbled), ()) if e.kind == "hmonth")
)


@given(st.sampled_from(_H40_GARBLED), st.integers(1400, 1500), st.integers(1, 29), FILLER, FILLER)
def test_h40_a_garbled_month_name_reads_as_the_month(
    case: tuple[str, int], year: int, day: int, before: str, after: str
) -> None:
    """ "ÅÉvval ayının 1-i (martın 20-si)": a name whose UTF-8 was read as Latin-1 (its C1
    bytes dropped) is the month, read back exactly and the same in random text."""
    garbled, month = case
    g = UMALQURA.to_gregorian(HijriDate(year, month, day))
    said = f"{day} {garbled} {year} AH / {g.day} {GREGORIAN_MONTHS['en'][g.month - 1]} {g.year}"
    line = parse(said)
    assert line.hijri is not None
    assert line.gregorian is not None
    assert (line.hijri.year, line.hijri.month, line.hijri.day) == (year, month, day), said
    text = _text_around(before, said, after)
    found = [
        (d.hijri.year, d.hijri.month, d.hijri.day, d.gregorian.year, d.gregorian.month, d.gregorian.day)
        for d in extract(text)
        if d.hijri is not None and d.gregorian is not None
    ]
    assert found == [(year, month, day, g.year, g.month, g.day)], text


# --- helper41: a month, an aside that describes it, and the day it begins -------------------

_H41_ASIDE_WORDS = (
    "the", "month", "of", "fasting", "and", "prayer", "for", "muslims", "around", "world",
    "one", "pillars", "islam", "holy", "which", "reflection", "devotion", "sacred",
)  # fmt: skip
_H41_BEGINS = ("will begin on", "began on", "starts on", "will start on Sunday,")


@given(
    st.integers(1400, 1500),
    st.integers(1, 12),
    st.lists(st.sampled_from(_H41_ASIDE_WORDS), min_size=1, max_size=14),
    st.sampled_from(_H41_BEGINS),
    FILLER,
    FILLER,
)
def test_h41_a_month_an_aside_and_the_day_it_begins(
    year: int, month: int, aside: list[str], verb: str, before: str, after: str
) -> None:
    """ "El Ramadán, uno de los fundamentos esenciales del islam que engloba tiempos de ayuno y
    meditación, comenzó el pasado 1 de marzo": the aside (its fast too) describes the month,
    which begins on the day, however far the aside puts it (``extract`` looks for the month
    in the day's sentence)."""
    assume(month != 2)  # "Safar" alone is also a journey (AMBIGUOUS_MONTH_NAMES)
    # extract looks for the month at most FAR_CUE_REACH (128) characters before the day (in
    # line 624, 122)
    assume(len(f"{HIJRI_MONTHS['en'][month - 1]}, {' '.join(aside)}, {verb} ") <= 124)
    first = UMALQURA.to_gregorian(HijriDate(year, month, 1))
    said = (
        f"{HIJRI_MONTHS['en'][month - 1]}, {' '.join(aside)}, {verb} "
        f"{first.day} {GREGORIAN_MONTHS['en'][first.month - 1]}."
    )
    line = parse(said)
    assert line.hijri is not None, said
    assert line.gregorian is not None, said
    assert (line.hijri.month, line.hijri.day, line.gregorian.month, line.gregorian.day) == (
        month, None, first.month, first.day,
    ), said  # fmt: skip
    text = _text_around(before, said, after)
    found = [
        (d.hijri.month, d.hijri.day, d.gregorian.month, d.gregorian.day)
        for d in extract(text)
        if d.hijri is not None and d.gregorian is not None
    ]
    assert found == [(month, None, first.month, first.day)], text


# --- helper42: a day a few words after its month ("Ramazan ayının son günü olan 30. günü") and a
# month said by its number in digits ("10-й день 12-го месяца … Зуль-хиджа") ---

from datelines import ParseError as _H42_ParseError  # noqa: E402
from datelines.names.words import MONTH_DAY_APPOSITIVES as _H42_APPOSITIVES  # noqa: E402

_H42_TEMPLATES = {
    "tr": "{month} ayının {app} {day}. günü",
    "bn": "{month}ের {app} {day}তম দিন",
    "so": "{month} {app} {day}.",
    "ur": "{month} کا {app} {day}ویں تاریخ کو",
}
_H42_CASES = tuple(
    (app, language, month, name)
    for app, language in _H42_APPOSITIVES
    for month, name in enumerate(_first_spellings(hijri_months.MONTHS, language), start=1)
    if name is not None
)


@st.composite
def _h42_appositive_days(draw: st.DrawFn) -> tuple[str, int, int]:
    """ "Ramazan ayının son günü olan 30. günü", "রমজানের শেষ এবং ২৯তম দিন", "Shacbaan ay maanta
    ahayd 30", "محرم کا تہوار 10ویں تاریخ کو": the number after the words is the month's day."""
    app, language, month, name = draw(st.sampled_from(_H42_CASES))
    day = draw(st.integers(1, 30))
    return _H42_TEMPLATES[language].format(month=name, app=app, day=day), month, day


@given(_h42_appositive_days())
def test_h42_a_day_after_words_of_its_month_reads_back(case: tuple[str, int, int]) -> None:
    text, month, day = case
    line = parse(text)
    assert line.hijri is not None, text
    assert (line.hijri.year, line.hijri.month, line.hijri.day) == (None, month, day), text


@given(_h42_appositive_days(), FILLER, FILLER)
def test_h42_a_day_after_words_of_its_month_embedded(
    case: tuple[str, int, int], before: str, after: str
) -> None:
    text, month, day = case
    line = parse(_text_around(before, text, after))
    assert line.hijri is not None, text
    assert (line.hijri.month, line.hijri.day) == (month, day), text


@st.composite
def _h42_numbered_months(draw: st.DrawFn) -> tuple[str, int, int, bool]:
    """ "в 10-й день 12-го месяца мусульманского лунного календаря Зуль-хиджа", "the 10th day of
    the 12th month of the Islamic calendar, Dhu al-Hijjah": the day is the named month's when
    the number is that month's; another number ("11-го месяца … Зуль-хиджа") gives no day."""
    month = draw(st.integers(1, 12))
    number = draw(st.sampled_from((month, month % 12 + 1)))
    day = draw(st.integers(1, 29))
    if draw(st.booleans()):
        names = _table_months(hijri_months.MONTHS, "ru")
        text = f"в {day}-й день {number}-го месяца мусульманского лунного календаря {names[month - 1]}"
    else:
        suffix = {1: "st", 2: "nd", 3: "rd"}.get(number if number < 4 else 0, "th")
        day_suffix = {1: "st", 2: "nd", 3: "rd", 21: "st", 22: "nd", 23: "rd"}.get(day, "th")
        text = (
            f"the {day}{day_suffix} day of the {number}{suffix} month of the Islamic calendar, "
            f"{HIJRI_MONTHS['en'][month - 1]}"
        )
    return text, month, day, number == month


@given(_h42_numbered_months(), FILLER, FILLER)
def test_h42_a_day_of_the_month_said_by_its_number(
    case: tuple[str, int, int, bool], before: str, after: str
) -> None:
    text, month, day, same = case
    for said in (text, _text_around(before, text, after)):
        try:
            line = parse(said)
        except _H42_ParseError:
            assert not same, said
            continue
        assert line.hijri is not None, said
        assert (line.hijri.month, line.hijri.day) == ((month, day) if same else (month, None)), said


# --- helper 43: halves without a month (issue #13) -------------------------------------------
_H43_TA_MONTHS = _table_months(hijri_months.MONTHS, "ta")


@st.composite
def _h43_day_only_beside_a_month(draw: st.DrawFn) -> tuple[str, int, int, int, int, int]:
    """ "2023 சனிக்கிழமை 22 ஆம் திகதி ஹிஜ்ரி 1444 ஷவ்வால் மாதத்தின் 01 ஆம் பிறை": a Gregorian
    year and day whose month the text leaves out, side by side with a Hijri date, any month of
    the table's Tamil names."""
    year, day = draw(st.integers(1950, 2090)), draw(st.integers(1, 31))
    hijri_year, month, hijri_day = (
        draw(st.integers(1370, 1510)),
        draw(st.integers(1, 12)),
        draw(st.integers(1, 30)),
    )
    text = (
        f"{year} சனிக்கிழமை {day} ஆம் திகதி ஹிஜ்ரி {hijri_year} {_H43_TA_MONTHS[month - 1]} "
        f"மாதத்தின் {hijri_day:02d} ஆம் பிறை என"
    )
    return text, year, day, hijri_year, month, hijri_day


@given(_h43_day_only_beside_a_month(), FILLER, FILLER)
def test_h43_a_day_only_half_beside_a_month_reads_back(
    case: tuple[str, int, int, int, int, int], before: str, after: str
) -> None:
    text, year, day, hijri_year, month, hijri_day = case
    for said in (text, _text_around(before, text, after)):
        line = parse(said)
        assert line.gregorian is not None, said
        assert line.hijri is not None, said
        assert (line.gregorian.year, line.gregorian.month, line.gregorian.day) == (year, None, day), said
        assert (line.hijri.year, line.hijri.month, line.hijri.day) == (hijri_year, month, hijri_day), said


@given(_h43_day_only_beside_a_month())
def test_h43_a_day_only_half_alone_is_no_date(case: tuple[str, int, int, int, int, int]) -> None:
    text, *_ = case
    alone = text.split(" ஹிஜ்ரி ")[0]  # the Gregorian day without the Hijri half it is tied to
    assert list(extract(alone)) == []


# Helper 46 (issue #13): two Hijri months joined by "and" share the year after them ("شەعبان و
# ڕەمەزانی ساڵی 1447ـی کۆچی"): one half, the first month's; a month numbered with its own place
# in a list ("1. Muharrem ul Haram") is no date.
from datelines.names.words import COORDINATORS as _H46_COORDINATORS  # noqa: E402

_H46_LANGUAGES = ("en", "id", "fr", "ar", "ur")


@st.composite
def _h46_coordinated_months(draw: st.DrawFn) -> tuple[str, int, int]:
    """ "the months of Rajab and Sha'ban 1446 AH", "bulan Rajab dan Sya'ban 1446 H", "رجب و
    شعبان 1446 هـ": the first month, with the year after the second."""
    language = draw(st.sampled_from(_H46_LANGUAGES))
    names = HIJRI_MONTHS[language]
    first, second = draw(st.lists(st.integers(1, 12), min_size=2, max_size=2, unique=True))
    joined = draw(st.sampled_from([word for word, lang in _H46_COORDINATORS if lang == language]))
    year = draw(st.integers(1350, 1499))
    space = "" if joined == "و" and draw(st.booleans()) else " "  # the clitic glued: "رجب وشعبان"
    text = f"{names[first - 1]} {joined}{space}{names[second - 1]} {year}{HIJRI_ERAS[language]}"
    return text, year, first


@given(_h46_coordinated_months(), FILLER, FILLER)
def test_h46_two_months_sharing_a_year_read_as_the_first(
    case: tuple[str, int, int], before: str, after: str
) -> None:
    text, year, month = case
    for said in (text, _text_around(before, text, after)):
        line = parse(said)
        assert line.hijri is not None, said
        assert (line.hijri.year, line.hijri.month, line.hijri.day) == (year, month, None), said


@given(st.integers(1, 12), st.sampled_from(("bs", "tr", "en", "id")), st.booleans())
def test_h46_a_month_numbered_in_a_list_is_no_date(month: int, language: str, year: bool) -> None:
    names = _table_months(hijri_months.MONTHS, language)
    assume(names[month - 1])
    text = f"{month}. {names[month - 1]}" + (" 1446" if year else "")
    try:
        line = parse(text)
    except _H42_ParseError:
        assert not year, text
        return
    if year:  # "1. Muharrem 1446": a day said with its year
        assert line.hijri is not None, text
        assert (line.hijri.year, line.hijri.month, line.hijri.day) == (1446, month, month), text
    else:
        assert line.hijri is None, text


from datelines.names.words import HIJRI_ERAS as _H46_HIJRI_ERAS  # noqa: E402

_H46_SLASHED_ERAS = tuple(
    spelling
    for spelling, _ in _H46_HIJRI_ERAS
    if spelling.isalpha() and spelling.isascii() and len(spelling) <= 8
)


@given(
    st.integers(1300, 1499),
    st.sampled_from(_H46_SLASHED_ERAS),
    st.sampled_from(("", "#Eid ", "Idul Fitri ")),
    FILLER,
)
def test_h46_an_era_after_a_years_slash_is_the_years(year: int, era: str, before: str, after: str) -> None:
    """ "#AidAlFitr 2025-1446/H", "1446/AH": the era mark glued after the slash (not before
    words for "new year", which name its 1 Muharram: "1300/H nove godine")."""
    assume(not any(" ".join(words(fold(after))).startswith(fold(p)) for p, _ in hijri_months.NEW_AFTER_YEAR))
    # nor before a word that makes the era another's: "1300/Hijri shamsi" is a Solar Hijri year
    assume("".join(words(fold(era)) + words(fold(after))[:1]) not in LEXICON.entries)
    text = f"{before}{year}/{era}"
    for said in (text, _text_around("", text, after)):
        line = parse(said)
        assert line.hijri is not None, said
        # a feast's name before the year is its day of that year (stop 48): Idul Fitri, 1 Shawwal
        expected = (year, 10, 1) if before == "Idul Fitri " else (year, None, None)
        assert (line.hijri.year, line.hijri.month, line.hijri.day) == expected, said
        assert line.gregorian is None, said


# --- helper45: a comma after a weekday's day, a year said apart, a month begun on a date before
# its name, a verb cut off by the page, a copula and a word for a month's end -------------------

_H45_GREGORIAN_TR = _table_months(gregorian_months.MONTHS, "tr")
_H45_HIJRI_TR = _table_months(hijri_months.MONTHS, "tr")
_H45_GREGORIAN_RU = _table_months(gregorian_months.MONTHS, "ru")
_H45_HIJRI_RU = _table_months(hijri_months.MONTHS, "ru")
_H45_GREGORIAN_HA = _table_months(gregorian_months.MONTHS, "ha")
_H45_HIJRI_HA = ("Muharram", "Safar", "Rabi'ul Awwal", "Rabi'ul Akhir", "Jumada Ula", "Jumada Sani", "Rajab",
                 "Sha'aban", "Ramadana", "Shawwal", "Zulki’ida", "Zulhajji")  # fmt: skip


@st.composite
def _h45_days(draw: st.DrawFn) -> tuple[HijriDate, date]:
    hijri = HijriDate(draw(st.integers(1400, 1480)), draw(st.integers(1, 12)), draw(st.integers(1, 29)))
    return hijri, UMALQURA.to_gregorian(hijri)


@given(_h45_days(), st.sampled_from(("en", "id")), FILLER, FILLER)
def test_h45_a_comma_after_a_weekday_s_day(
    days: tuple[HijriDate, date], language: str, before: str, after: str
) -> None:
    """ "1 Syawal 1444 H … jatuh pada Jumat 21, April 2023": the day is the month's."""
    hijri, g = days
    text = (
        f"{hijri.day} {HIJRI_MONTHS[language][hijri.month - 1]} {hijri.year}{HIJRI_ERAS[language]} "
        f"{'falls on' if language == 'en' else 'jatuh pada'} {WEEKDAYS_OUT[language][g.weekday()]} "
        f"{g.day}, {GREGORIAN_MONTHS[language][g.month - 1]} {g.year}"
    )
    line = parse(text)
    assert line.hijri is not None, text
    assert line.gregorian is not None, text
    assert (line.hijri.year, line.hijri.month, line.hijri.day) == (hijri.year, hijri.month, hijri.day), text
    assert (line.gregorian.year, line.gregorian.month, line.gregorian.day) == (g.year, g.month, g.day), text
    found = [(d.hijri.to_hijri(), d.gregorian.to_date()) for d in extract(_text_around(before, text, after))
             if d.hijri is not None and d.gregorian is not None]  # fmt: skip
    assert (hijri, g) in found, text


_H45_SAID_APART = (
    (_H45_HIJRI_RU, _H45_GREGORIAN_RU, "В {year} году первый день месяца {month} приходится на {day} {g_month}.", 1),
    (TT_HIJRI, TT_GREGORIAN, "{year} елда {month} аеның башлану көне {day} {g_month} туры килә.", None),
)  # fmt: skip


@given(st.sampled_from(_H45_SAID_APART), st.integers(1, 12), st.integers(1990, 2090), st.integers(1, 12),
       st.integers(1, 28), FILLER)  # fmt: skip
def test_h45_a_year_said_apart_is_not_copied(
    phrase: tuple[tuple[str, ...], tuple[str, ...], str, int | None],
    month: int,
    year: int,
    g_month: int,
    day: int,
    before: str,
) -> None:
    """ "В 2022 году первый день … месяца Рамадан приходится на 2 апреля": the Gregorian half
    is 2 April, without the year said apart (tests/data/README.md)."""
    h_months, g_months, form, h_day = phrase
    text = form.format(year=year, month=h_months[month - 1], day=day, g_month=g_months[g_month - 1])
    line = parse(text)
    assert line.hijri is not None, text
    assert line.gregorian is not None, text
    assert (line.hijri.year, line.hijri.month, line.hijri.day) == (None, month, h_day), text
    assert (line.gregorian.year, line.gregorian.month, line.gregorian.day) == (None, g_month, day), text
    found = [
        ((d.hijri.year, d.hijri.month), (d.gregorian.year, d.gregorian.month, d.gregorian.day))
        for d in extract(_text_around(before, text, ""))
        if d.hijri is not None and d.gregorian is not None
    ]
    assert found == [((None, month), (None, g_month, day))], text


@given(st.integers(1, 12), st.integers(1, 12), st.integers(1, 28), st.integers(1, 12), st.integers(1, 28),
       FILLER)  # fmt: skip
def test_h45_a_month_begun_on_a_date_before_its_name(
    month: int, m1: int, d1: int, m2: int, d2: int, before: str
) -> None:
    """ "7 Temmuz günü başlayan Muharrem ayı 5 Ağustos … Safer ayının başlaması ile noktalanacak":
    the month began on the date before it; the date after it is the next month's beginning."""
    verb = "başlayan"
    following = _H45_HIJRI_TR[month % 12]
    text = (
        f"Bu sene {d1} {_H45_GREGORIAN_TR[m1 - 1]} günü {verb} {_H45_HIJRI_TR[month - 1]} ayı "
        f"{d2} {_H45_GREGORIAN_TR[m2 - 1]} Pazartesi günü {following} ayının başlaması ile noktalanacak."
    )
    line = parse(text)
    assert line.hijri is not None, text
    assert line.gregorian is not None, text
    assert (line.hijri.month, line.hijri.day) == (month, None), text
    assert (line.gregorian.month, line.gregorian.day) == (m1, d1), text
    found = [
        (d.hijri.month, (d.gregorian.month, d.gregorian.day))
        for d in extract(_text_around(before, text, ""))
        if d.hijri is not None and d.gregorian is not None
    ]
    assert (month, (m1, d1)) in found, text


@given(st.integers(1, 12), st.integers(1, 12), st.integers(1, 28), st.integers(2000, 2090), st.integers(4, 7),
       FILLER)  # fmt: skip
def test_h45_a_boundary_verb_cut_off_by_the_page(
    month: int, g_month: int, day: int, year: int, kept: int, before: str
) -> None:
    """ "… olan Şaban, 20 Ocak 2026 Salı günü başl…": a snippet's last word, cut off with an
    ellipsis, still says the month begins (four letters of the stem or more)."""
    verb = "başlayacak"[:kept]
    text = (
        f"Hicri takvimin ayı olan {_H45_HIJRI_TR[month - 1]}, {day} {_H45_GREGORIAN_TR[g_month - 1]} {year} "
        f"günü {verb}…"
    )
    line = parse(text)
    assert line.hijri is not None, text
    assert line.gregorian is not None, text
    assert (line.hijri.month, line.hijri.day) == (month, None), text
    assert (line.gregorian.year, line.gregorian.month, line.gregorian.day) == (year, g_month, day), text
    found = [
        (d.hijri.month, d.gregorian.to_date())
        for d in extract(_text_around(before, text, ""))
        if d.hijri is not None and d.gregorian is not None
    ]
    assert found == [(month, date(year, g_month, day))], text


@given(_h45_days(), st.sampled_from(("ha", "en")), FILLER)
def test_h45_a_copula_and_a_word_for_the_month_s_end(
    days: tuple[HijriDate, date], language: str, before: str
) -> None:
    """ "3 watan Yuli, 2019, ne karshen watan Ramadana na shekarar 1440": the date is said to be
    the month's end, which pairs them (whatever the dates: a wrong pair is the checker's)."""
    hijri, g = days
    if language == "ha":
        text = (
            f"Yau, {g.day} ga watan {_H45_GREGORIAN_HA[g.month - 1]}, {g.year}, ne karshen watan "
            f"{_H45_HIJRI_HA[hijri.month - 1]} na shekarar {hijri.year}."
        )
    else:
        text = (
            f"{GREGORIAN_MONTHS['en'][g.month - 1]} {g.day}, {g.year} is the end of "
            f"{HIJRI_MONTHS['en'][hijri.month - 1]} {hijri.year} AH."
        )
    line = parse(text)
    assert line.hijri is not None, text
    assert line.gregorian is not None, text
    assert (line.hijri.year, line.hijri.month, line.hijri.day) == (hijri.year, hijri.month, None), text
    assert (line.gregorian.year, line.gregorian.month, line.gregorian.day) == (g.year, g.month, g.day), text
    found = [
        ((d.hijri.year, d.hijri.month), d.gregorian.to_date())
        for d in extract(_text_around(before, text, ""))
        if d.hijri is not None and d.gregorian is not None
    ]
    assert ((hijri.year, hijri.month), g) in found, text


# --- helper 44: new years without their year, coarse halves, slashed Hijri years, tables ---

from datelines import ParseError as _H44_ParseError  # noqa: E402
from datelines._read.lexicon import CUE_LENGTH as _H44_CUE_LENGTH  # noqa: E402
from datelines._read.lexicon import HIJRI_CUE_PREFIXES as _H44_CUES  # noqa: E402

# New-year names whose words hold a Hijri cue ("Hijri New Year", "ஹிஜ்ரி புத்தாண்டு"): extract
# reads around a cue, and a name without one ("Islamic New Year") and no year is found by parse only.
_H44_CUED_NEW_YEARS = tuple(
    name
    for name, _ in hijri_months.NEW_YEAR_NAMES
    if any(word[:_H44_CUE_LENGTH] in _H44_CUES for word in words(fold(name)))
)


@st.composite
def _h44_new_years_unsaid(draw: st.DrawFn, names: tuple[str, ...]) -> tuple[str, date]:
    """A new year named without its year, then its date in brackets or side by side:
    "ஹிஜ்ரி புத்தாண்டு நாளை (07-07-2024)"."""
    name = draw(st.sampled_from(names))
    gregorian = UMALQURA.to_gregorian(HijriDate(draw(st.integers(1350, 1500)), 1, 1))
    numeric = f"{gregorian.day:02}-{gregorian.month:02}-{gregorian.year}"
    shape = draw(st.sampled_from(("({date})", "{date}", "/ {date}", "({date}) tomorrow")))
    return f"{name} {shape.format(date=numeric)}", gregorian


@given(_h44_new_years_unsaid(tuple(name for name, _ in hijri_months.NEW_YEAR_NAMES)))
def test_h44_a_new_year_without_its_year_beside_its_date(case: tuple[str, date]) -> None:
    text, gregorian = case
    line = parse(text)
    assert line.hijri is not None, text
    assert line.gregorian is not None, text
    assert (line.hijri.year, line.hijri.month, line.hijri.day) == (None, 1, 1), text
    assert line.gregorian.to_date() == gregorian, text


@given(_h44_new_years_unsaid(_H44_CUED_NEW_YEARS), FILLER, FILLER)
def test_h44_a_new_year_without_its_year_embedded(case: tuple[str, date], before: str, after: str) -> None:
    text, gregorian = case
    found = [
        (d.hijri.isoformat(), d.gregorian.to_date())
        for d in extract(_text_around(before, text, after))
        if d.hijri is not None and d.gregorian is not None
    ]
    assert found == [("--01-01", gregorian)], text


@given(st.sampled_from(hijri_months.NEW_YEAR_NAMES), st.integers(1350, 1500))
def test_h44_a_new_year_named_alone_is_no_date(name: tuple[str, str], year: int) -> None:
    """A new year named without its year, and a date another thing's ("… party on 7 July")."""
    gregorian = UMALQURA.to_gregorian(HijriDate(year, 1, 1))
    text = f"{name[0]} celebrations planned, the parade on {gregorian.day} July {gregorian.year}"
    assert [d for d in extract(text) if d.hijri is not None] == [], text
    try:
        line = parse(name[0])
    except _H44_ParseError:
        return
    assert line.hijri is None or line.hijri.year is not None, name


@st.composite
def _h44_slashed_years(draw: st.DrawFn) -> tuple[str, int, int]:
    """One Gregorian year, then the two Hijri years it spans after a slash: "u 2015. godini
    (1436/37.hidžretska)", "1980-y. qamariyaning 1399/1400-y."."""
    year = draw(st.integers(1350, 1499))
    gregorian = UMALQURA.to_gregorian(HijriDate(year + 1, 1, 1)).year  # the year the second begins in
    second = draw(st.sampled_from((f"{(year + 1) % 100:02}", str(year + 1))))
    era = draw(st.sampled_from(("hidžretska", "hidžretske godine", " AH", " H", " هـ")))
    era = era if era.startswith(" ") else f".{era}"
    shape = draw(
        st.sampled_from(
            (
                f"u {gregorian}. godini ({year}/{second}{era})",
                f"{gregorian} ({year}/{second}{era})",
                f"Grigoriy kalendarining {gregorian}-y. qamariyaning {year}/{year + 1}-y.",
            )
        )
    )
    return shape, year, gregorian


@given(_h44_slashed_years(), FILLER, FILLER)
def test_h44_two_hijri_years_after_a_slash(case: tuple[str, int, int], before: str, after: str) -> None:
    text, year, gregorian = case
    line = parse(text)
    assert line.hijri is not None, text
    assert line.gregorian is not None, text
    assert (line.hijri.isoformat(), line.gregorian.isoformat()) == (str(year), str(gregorian)), text
    found = [  # the years (random words may make a month of the first: "bulan.suci", the holy month)
        (d.hijri.year, d.gregorian.year)
        for d in extract(_text_around(before, text, after))
        if d.hijri is not None and d.gregorian is not None
    ]
    assert found == [(year, gregorian)], text


@given(st.integers(1400, 1500), st.integers(1, 12), FILLER, FILLER)
def test_h44_a_year_and_month_before_the_word_for_month(
    year: int, month: int, before: str, after: str
) -> None:
    """ "Ramazan’ın birinci günü 2025’de mart ayına denk geliyor": the Gregorian half, the year
    first, the word for month after its name, beside a Hijri day."""
    first = UMALQURA.to_gregorian(HijriDate(year, month, 1))
    hijri_name, gregorian_name = HIJRI_MONTHS["tr"][month - 1], GREGORIAN_MONTHS["tr"][first.month - 1]
    text = f"{hijri_name}’ın birinci günü {first.year}’de {gregorian_name.lower()} ayına denk geliyor"
    for said in (text, _text_around(before, text, after)):
        lines = [
            (d.hijri.isoformat(), d.gregorian.isoformat()) for d in extract(said) if d.hijri and d.gregorian
        ]
        assert lines == [(f"--{month:02}-01", f"{first.year}-{first.month:02}")], said


@given(st.integers(1400, 1500), st.integers(1, 12), FILLER, FILLER)
def test_h44_a_month_begins_then_its_gregorian_year(year: int, month: int, before: str, after: str) -> None:
    """ "ரஜப் (ஹிஜ்ரி 1442) மாதம் ஆரம்பம் – 2021": a month with its year, the word for its
    beginning, a spaced dash and the Gregorian year it begins in."""
    name = _table_months(hijri_months.MONTHS, "ta")[month - 1]
    assume(name)
    gregorian = UMALQURA.to_gregorian(HijriDate(year, month, 1)).year
    text = f"{name} (ஹிஜ்ரி {year}) மாதம் ஆரம்பம் – {gregorian}"
    line = parse(text)
    assert line.hijri is not None, text
    assert line.gregorian is not None, text
    assert (line.hijri.isoformat(), line.gregorian.isoformat()) == (f"{year}-{month:02}", str(gregorian)), (
        text
    )
    found = [
        (d.hijri.isoformat(), d.gregorian.isoformat())
        for d in extract(_text_around(before, f"{text}.", after))  # the year ends the headline
        if d.hijri is not None and d.gregorian is not None
    ]
    assert found == [(f"{year}-{month:02}", str(gregorian))], text


@given(
    st.integers(1400, 1500),
    st.integers(1, 12),
    st.sampled_from(("beginning", "start")),
    st.sampled_from(("falls on", "is on the day after tomorrow,", "will be on")),
    FILLER,
    FILLER,
)
def test_h44_a_month_s_beginning_tied_by_a_connector(
    year: int, month: int, word: str, verb: str, before: str, after: str
) -> None:
    """ "the beginning of Ramadan falls on the day after tomorrow, Tuesday, corresponding to
    March 12": the month alone, paired with the date after the connector."""
    first = UMALQURA.to_gregorian(HijriDate(year, month, 1))
    weekday = WEEKDAYS_OUT["en"][first.weekday()]
    text = (
        f"the {word} of {HIJRI_MONTHS['en'][month - 1]} {verb} {weekday}, corresponding to "
        f"{GREGORIAN_MONTHS['en'][first.month - 1]} {first.day}"
    )
    for said in (text, _text_around(before, text, after)):
        lines = [
            (d.hijri.isoformat(), d.gregorian.isoformat()) for d in extract(said) if d.hijri and d.gregorian
        ]
        assert lines == [(f"--{month:02}", f"--{first.month:02}-{first.day:02}")], said


_H44_PLACES = ("Saudi Arabia", "Qatar", "Yemen", "Palestine", "Iraq", "the Emirates", "Kuwait", "Oman")


@given(
    st.integers(1400, 1500),
    st.integers(1, 12),
    st.lists(st.sampled_from(_H44_PLACES), min_size=1, max_size=3),
)
def test_h44_a_month_s_first_day_begins_on_a_date(year: int, month: int, places: list[str]) -> None:
    """ "Рамазан айынын биринчи күнү Сауд Арабия, Катар, … бүгүн, 18-февралда башталат": a
    month's first day, a list of places, and the date it begins on."""
    first = UMALQURA.to_gregorian(HijriDate(year, month, 1))
    text = (
        f"The first day of {HIJRI_MONTHS['en'][month - 1]} in {', '.join(places)} begins today, "
        f"{first.day} {GREGORIAN_MONTHS['en'][first.month - 1]}."
    )
    line = parse(text)
    assert line.hijri is not None, text
    assert line.gregorian is not None, text
    assert (line.hijri.isoformat(), line.gregorian.isoformat()) == (
        f"--{month:02}-01",
        f"--{first.month:02}-{first.day:02}",
    ), text


@given(st.integers(1350, 1500), st.integers(1, 12), st.integers(2, 6), FILLER)
def test_h44_a_table_row_parted_by_white_space(year: int, month: int, gap: int, before: str) -> None:
    """ "1432   4 February 2011   5 March 2011": the first cell's Hijri year, paired with the
    first day of the row."""
    first = UMALQURA.to_gregorian(HijriDate(year, month, 1))
    last = UMALQURA.to_gregorian(HijriDate(year, month, 28))
    names = GREGORIAN_MONTHS["en"]
    space = " " * gap
    text = (
        f"{year}{space}{first.day} {names[first.month - 1]} {first.year}"
        f"{space}{last.day} {names[last.month - 1]} {last.year}"
    )
    for said in (text, _text_around(before, f"\n{text}", "")):
        lines = [
            (d.hijri.isoformat(), d.gregorian.to_date()) for d in extract(said) if d.hijri and d.gregorian
        ]
        assert lines == [(str(year), first)], said
    line = parse(text)
    assert line.hijri is not None
    assert line.gregorian is not None
    assert (line.hijri.isoformat(), line.gregorian.to_date()) == (str(year), first), text


# --- helper 47: a feast celebrated on a date and on a day of "this month" (issue #13) ---------
# "17 जून को ईद उल अजहा का त्योहार इस महीने की दसवी तारीख को मनाया जाएगा": two dates, each with
# the postposition of time, the feast's name between, the verb "celebrated" after the second.
from datelines.names.words import DAY_WORDS as _H47_DAY_WORDS  # noqa: E402
from datelines.names.words import FEAST_DAY_VERBS as _H47_VERBS  # noqa: E402
from datelines.names.words import HIJRI_FEAST_CUES as _H47_FEASTS  # noqa: E402
from datelines.names.words import THIS_MONTH_WORDS as _H47_THIS_MONTH  # noqa: E402

_H47_HI_MONTHS = _table_months(gregorian_months.MONTHS, "hi")
_H47_HI_DAYS = tuple((s, v) for s, v, lang in _H47_DAY_WORDS if lang == "hi" and " " not in s)


@st.composite
def _h47_feast_celebrated(draw: st.DrawFn) -> tuple[str, int, int, int]:
    """ "{day} {month} को {feast} का त्योहार {this month's} {ordinal} तारीख को {celebrated} जाएगा",
    every Hindi spelling of the tables; the Gregorian date first or second."""
    day, month = draw(st.integers(1, 28)), draw(st.integers(1, 12))
    word, value = draw(st.sampled_from(_H47_HI_DAYS))
    feast = draw(st.sampled_from([s for s, lang in _H47_FEASTS if lang == "hi"]))
    this_month = draw(st.sampled_from([s for s, lang in _H47_THIS_MONTH if lang == "hi"]))
    verb = draw(st.sampled_from([s for s, lang in _H47_VERBS if lang == "hi"]))
    gregorian = f"{day} {_H47_HI_MONTHS[month - 1]}"
    hijri = f"{this_month} {word} तारीख"
    first, second = (gregorian, hijri) if draw(st.booleans()) else (hijri, gregorian)
    return f"{first} को {feast} का त्योहार {second} को {verb} जाएगा।", month, day, value


@given(_h47_feast_celebrated(), FILLER, FILLER)
def test_h47_a_feast_celebrated_on_a_date_and_a_day_of_this_month(
    case: tuple[str, int, int, int], before: str, after: str
) -> None:
    text, month, day, value = case
    for said in (text, _text_around(before, text, after)):
        line = parse(said)
        assert line.hijri is not None, said
        assert line.gregorian is not None, said
        assert (line.hijri.month, line.hijri.day) == (None, value), said
        assert (line.gregorian.month, line.gregorian.day) == (month, day), said
        found = list(extract(said))
        assert [(x.hijri, x.gregorian) for x in found] == [(line.hijri, line.gregorian)], said


@given(_h47_feast_celebrated(), st.sampled_from(("और", "कि")))
def test_h47_two_things_days_are_no_pair(case: tuple[str, int, int, int], between: str) -> None:
    text, *_ = case
    first, rest = text.split(" को ", 1)
    said = f"{first} को बैठक होगी {between} {rest}"  # "on 17 June a meeting, and/that the feast …"
    assert all(x.hijri is None or x.hijri.month is not None for x in extract(said)), said


# Helper 48: a month named only by reference back. Hindi and Tamil month names of the tables.
def _h48_names(table: tuple[tuple[tuple[str, str], ...], ...], language: str) -> dict[int, list[str]]:
    return {
        month: [s for s, lang in spellings if lang == language and not s.endswith(".")]
        for month, spellings in enumerate(table, start=1)
    }


_H48_HIJRI = {language: _h48_names(hijri_months.MONTHS, language) for language in ("hi", "ta")}
_H48_GREGORIAN = {language: _h48_names(gregorian_months.MONTHS, language) for language in ("hi", "ta")}


@given(st.integers(1400, 1500), st.integers(1, 12), st.booleans(), st.data(), FILLER)
def test_h48_this_month_is_the_month_named_before(
    year: int, month: int, with_year: bool, data: st.DataObject, before: str
) -> None:
    """ "… रबी अल-अव्वल का चांद नहीं देखा गया, जिसके कारण यह महीना 25 अगस्त से शुरू हुआ": "this
    month" is the Hijri month named before it in the sentence, with its year or without."""
    first = UMALQURA.to_gregorian(HijriDate(year, month, 1))
    name = data.draw(st.sampled_from(_H48_HIJRI["hi"][month]))
    gregorian = data.draw(st.sampled_from(_H48_GREGORIAN["hi"][first.month]))
    said_year = f" {year}" if with_year else ""
    text = f"{name}{said_year} का चांद नहीं देखा गया, जिसके कारण यह महीना {first.day} {gregorian} से शुरू हुआ।"
    expected = (f"{year}-{month:02}" if with_year else f"--{month:02}", f"--{first.month:02}-{first.day:02}")
    for said in (text, _text_around(before, text, "")):
        lines = [
            (d.hijri.isoformat(), d.gregorian.isoformat()) for d in extract(said) if d.hijri and d.gregorian
        ]
        assert lines == [expected], said
    line = parse(text)
    assert line.hijri is not None, text
    assert line.gregorian is not None, text
    assert (line.hijri.isoformat(), line.gregorian.isoformat()) == expected, text


_H48_OPENERS = [(opener, copula, language) for opener, copula, language in DEMONSTRATIVE_OPENERS]


@given(
    st.integers(1400, 1500), st.integers(1, 12), st.integers(1, 29), st.sampled_from(_H48_OPENERS), st.data(),
    FILLER, FILLER,
)  # fmt: skip
def test_h48_this_is_the_day_of_the_sentence_before(
    year: int,
    month: int,
    day: int,
    opener: tuple[str, str, str],
    data: st.DataObject,
    before: str,
    after: str,
) -> None:
    """ "… ஏப்ரல் 1 ஆம் தேதி (வெள்ளிக்கிழமை) தெரியும் என ஆய்வாளர்கள் கணித்துள்ளனர். இது இஸ்லாமிய
    மாதமான ஷபானின் 29 ஆம் தேதியாகக் கருதப்படுகிறது": a sentence opening with "this" and a copula
    whose only date is a Hijri day is the day of the one date of the sentence before."""
    words, copula, language = opener
    said = UMALQURA.to_gregorian(HijriDate(year, month, day))
    if language in ("en", "fr"):  # (French's opener with English names: "Cette date correspond au")
        text = (
            f"The crescent may be seen on {said.day} {GREGORIAN_MONTHS['en'][said.month - 1]} {said.year}. "
            f"{words.capitalize()} {day} {HIJRI_MONTHS['en'][month - 1]} {year} AH."
        )
        expected = (f"{year}-{month:02}-{day:02}", said.isoformat())
    else:
        hijri = data.draw(st.sampled_from(_H48_HIJRI[language][month]))
        gregorian = data.draw(st.sampled_from(_H48_GREGORIAN[language][said.month]))
        text = f"{gregorian} {said.day} ஆம் தேதி பிறை தெரியும். {words} {hijri} {day} {copula}."
        expected = (f"--{month:02}-{day:02}", f"--{said.month:02}-{said.day:02}")
    for embedded in (text, _text_around(before, text, after)):
        lines = [
            (d.hijri.isoformat(), d.gregorian.isoformat())
            for d in extract(embedded)
            if d.hijri and d.gregorian
        ]
        assert lines == [expected], embedded
    line = parse(text)
    assert line.hijri is not None, text
    assert line.gregorian is not None, text
    assert (line.hijri.isoformat(), line.gregorian.isoformat()) == expected, text


# Helper 51: a Gregorian day that is one of two ("30 जून या 1 जुलाई"), and a weekday between
# commas inside a Gregorian date ("২১ এপ্রিল, জুমুয়াবার, ২০২৩"). Month names and weekdays of the tables.
_H51_LANGUAGES = ("en", "hi", "bn")
_H51_HIJRI = {
    language: _h48_names(hijri_months.MONTHS, language) for language in _H51_LANGUAGES
}  # fmt: skip
_H51_GREGORIAN = {language: _h48_names(gregorian_months.MONTHS, language) for language in _H51_LANGUAGES}
_H51_OR = {"en": "or", "hi": "या", "bn": "বা"}
_H51_ERA = {"en": "AH", "hi": "हिजरी", "bn": "হিজরি"}
_H51_WEEKDAYS = {
    language: {day: [s for s, d, lang in WEEKDAYS if lang == language and d == day] for day in range(7)}
    for language in _H51_LANGUAGES
}


@given(
    st.integers(1400, 1500), st.integers(1, 12), st.integers(1, 29), st.sampled_from(_H51_LANGUAGES),
    st.booleans(), st.booleans(), st.data(), FILLER, FILLER,
)  # fmt: skip
def test_h51_one_of_two_gregorian_days_pairs_with_no_day(
    year: int,
    month: int,
    day: int,
    language: str,
    hijri_first: bool,
    comma: bool,
    data: st.DataObject,
    before: str,
    after: str,
) -> None:
    """ "1st Day of Muharram 2025: 30 जून या 1 जुलाई" (30 June or 1 July): a Gregorian day said
    to be one of two is neither, and pairs with no Hijri day; the Hijri date is read alone."""
    first = UMALQURA.to_gregorian(HijriDate(year, month, day))
    second = date.fromordinal(first.toordinal() + 1)
    hijri = data.draw(st.sampled_from(_H51_HIJRI[language][month]))
    name1 = data.draw(st.sampled_from(_H51_GREGORIAN[language][first.month]))
    name2 = data.draw(st.sampled_from(_H51_GREGORIAN[language][second.month]))
    hijri_text = f"{day} {hijri} {year} {_H51_ERA[language]}"
    options = f"{first.day} {name1}{',' if comma else ''} {_H51_OR[language]} {second.day} {name2}"
    text = f"{hijri_text}: {options}" if hijri_first else f"{options}: {hijri_text}"
    for embedded in (text, _text_around(before, text, after)):
        assert [d for d in extract(embedded) if d.hijri and d.gregorian] == [], embedded
    line = parse(text)
    assert line.hijri is not None, text
    assert line.hijri.isoformat() == f"{year}-{month:02}-{day:02}", text
    assert line.gregorian is None, text


@given(
    st.integers(1400, 1500), st.integers(1, 12), st.integers(1, 29), st.sampled_from(_H51_LANGUAGES),
    st.data(), FILLER, FILLER,
)  # fmt: skip
def test_h51_weekday_between_commas_before_the_year(
    year: int, month: int, day: int, language: str, data: st.DataObject, before: str, after: str
) -> None:
    """ "২৯ শে রমাদান শরীফ ১৪৪৪ হিজরি … (২১ এপ্রিল, জুমুয়াবার, ২০২৩)": a weekday between commas
    after a Gregorian day and its month leaves the year after it the date's."""
    said = UMALQURA.to_gregorian(HijriDate(year, month, day))
    hijri = data.draw(st.sampled_from(_H51_HIJRI[language][month]))
    gregorian = data.draw(st.sampled_from(_H51_GREGORIAN[language][said.month]))
    weekday = data.draw(st.sampled_from(_H51_WEEKDAYS[language][said.weekday()]))
    text = f"{day} {hijri} {year} {_H51_ERA[language]} ({said.day} {gregorian}, {weekday}, {said.year})"
    expected = (f"{year}-{month:02}-{day:02}", said.isoformat())
    for embedded in (text, _text_around(before, text, after)):
        lines = [
            (d.hijri.isoformat(), d.gregorian.isoformat())
            for d in extract(embedded)
            if d.hijri and d.gregorian
        ]
        assert lines == [expected], embedded
    line = parse(text)
    assert line.hijri is not None, text
    assert line.gregorian is not None, text
    assert (line.hijri.isoformat(), line.gregorian.isoformat()) == expected, text


_H51_DV_HIJRI = _h48_names(hijri_months.MONTHS, "dv")
_H51_DV_GREGORIAN = _h48_names(gregorian_months.MONTHS, "dv")
_H51_DV_WEEKDAYS = {day: [s for s, d, lang in WEEKDAYS if lang == "dv" and d == day] for day in range(7)}


@given(st.integers(1400, 1500), st.integers(1, 12), st.data(), FILLER, FILLER)
def test_h51_dhivehi_day_being_a_weekday(
    year: int, month: int, data: st.DataObject, before: str, after: str
) -> None:
    """ "ރަމަޟާން މަސް ފެށޭނީ، މި ހިނގާ އެޕްރީލް މަހުގެ 13 ވާ އަންގާރަ ދުވަހު އެވެ." (Ramadan will begin
    on Tuesday, being the 13th of this April): a number linked to a weekday by "ވާ" is a date's
    day, after its month and "of the month"; the Hijri month said to begin pairs with it."""
    names = [name for name in _H51_DV_HIJRI[month] if " " not in name]
    assume(names)
    hijri = data.draw(st.sampled_from(names))
    first = UMALQURA.to_gregorian(HijriDate(year, month, 1))
    gregorian = data.draw(st.sampled_from(_H51_DV_GREGORIAN[first.month]))
    weekday = data.draw(st.sampled_from(_H51_DV_WEEKDAYS[first.weekday()]))
    text = f"{hijri} މަސް ފެށޭނީ، މި ހިނގާ {gregorian} މަހުގެ {first.day} ވާ {weekday} ދުވަހު އެވެ."
    expected = (f"--{month:02}", f"--{first.month:02}-{first.day:02}")
    for embedded in (text, _text_around(before, text, after)):
        lines = [
            (d.hijri.isoformat(), d.gregorian.isoformat())
            for d in extract(embedded)
            if d.hijri and d.gregorian
        ]
        assert lines == [expected], embedded
    line = parse(text)
    assert line.hijri is not None, text
    assert line.gregorian is not None, text
    assert (line.hijri.isoformat(), line.gregorian.isoformat()) == expected, text


# Helper 52: Tatar and Turkmen ordinal days, a verb that ends the sentence past a place, and a
# Hijri day said to begin after the evening of a date (the next civil day: no pair).
_H52_HIJRI = {
    language: {
        month: [s for s, lang in spellings if lang == language]
        for month, spellings in enumerate(hijri_months.MONTHS, start=1)
    }
    for language in ("tt", "tk", "tr")
}
_H52_TR_GREGORIAN = {
    month: [s for s, lang in spellings if lang == "tr"]
    for month, spellings in enumerate(gregorian_months.MONTHS, start=1)
}
# Each language's day phrase: "Зөлхиҗҗә аеның унынчы көнендә", "Şawwal aýynyň ilkinji gününde".
_H52_DAY_PHRASES = {"tt": "{month} аеның {word} көнендә", "tk": "{month} aýynyň {word} gününde"}
_H52_DAY_WORDS = [(spelling, day, lang) for spelling, day, lang in DAY_WORDS if lang in _H52_DAY_PHRASES]
# Places and particles a Turkic sentence may put between a date and its final verb.
_H52_PLACES = ("Orta Asya ülkelerinde de", "bazı ülkelerde", "Türkiye'de de", "birçok İslam ülkesinde")


@given(st.sampled_from(_H52_DAY_WORDS), st.data(), FILLER, FILLER)
def test_h52_tatar_turkmen_ordinal_days(
    entry: tuple[str, int, str], data: st.DataObject, before: str, after: str
) -> None:
    """ "Зөлхиҗҗә аеның унынчы көнендә" (on the tenth day of Dhu al-Hijjah), "Şawwal aýynyň
    ilkinji gününde": every Tatar and Turkmen ordinal day of the tables, after a month of the
    language and its "of the month", is that day, alone and in a random sentence."""
    word, day, language = entry
    month = data.draw(st.sampled_from([m for m, names in _H52_HIJRI[language].items() if names]))
    name = data.draw(st.sampled_from(_H52_HIJRI[language][month]))
    text = _H52_DAY_PHRASES[language].format(month=name, word=word) + "."
    line = parse(text)
    assert line.hijri is not None, text
    assert line.gregorian is None, text
    assert line.hijri.isoformat() == f"--{month:02}-{day:02}", text
    assert list(extract(_text_around(before, text, after))) == [], text


@given(st.integers(1, 12), st.integers(1, 28), st.sampled_from(_H52_PLACES), st.data(), FILLER)
def test_h52_month_begins_with_the_verb_ending_the_sentence(
    month: int, day: int, place: str, data: st.DataObject, before: str
) -> None:
    """ "Remezan aýy 6-njy iýunda Merkezi Aziýa ýurtlarynda hem başlandy", "Ramazan ayı 6
    Haziran'da Orta Asya ülkelerinde de başladı": the month, paired with the date, where the
    verb of beginning ends the sentence past a place; not where another clause's verb does."""
    hijri = data.draw(st.sampled_from(_H52_HIJRI["tr"][data.draw(st.integers(1, 12))]))
    gregorian = data.draw(st.sampled_from(_H52_TR_GREGORIAN[month]))
    said = f"{hijri} ayı {day} {gregorian}'da {place} başladı."
    hijri_month = next(m for m, names in _H52_HIJRI["tr"].items() if hijri in names)
    expected = (f"--{hijri_month:02}", f"--{month:02}-{day:02}")
    for text in (said, _text_around(before, said, "")):
        found = [
            (d.hijri.isoformat(), d.gregorian.isoformat()) for d in extract(text) if d.hijri and d.gregorian
        ]
        assert found == [expected], text
    line = parse(said)
    assert line.hijri is not None, said
    assert line.gregorian is not None, said
    assert (line.hijri.isoformat(), line.gregorian.isoformat()) == expected, said
    other = f"{hijri} ayı {day} {gregorian}'da {place} kutlandı, okullar başladı."
    assert list(extract(other)) == [], other


@given(
    st.integers(1400, 1480),
    st.integers(1, 12),
    st.integers(1, 29),
    st.sampled_from(("after sunset", "after maghrib")),
)
def test_h52_a_day_begun_at_evening_is_the_next_day(year: int, month: int, day: int, evening: str) -> None:
    """ "U srijedu 14. novembra 2012. god., poslije akšama nastupa 1.Muharrem": a Hijri day
    said to begin after the evening of a Gregorian date is the next civil day, and they do
    not pair; the month alone, said to begin so, pairs ("Рамадан … наступит с заходом
    солнца 18 февраля")."""
    eve = UMALQURA.to_gregorian(HijriDate(year, month, day)).toordinal() - 1
    said = date.fromordinal(eve)
    gregorian = f"{said.day} {GREGORIAN_MONTHS['en'][said.month - 1]} {said.year}"
    text = f"On {gregorian}, {evening}, {day} {HIJRI_MONTHS['en'][month - 1]} {year} AH begins."
    assert list(extract(text)) == [], text
    month_only = f"{HIJRI_MONTHS['en'][month - 1]} will begin {evening} on {gregorian}."
    found = [
        (d.hijri.isoformat(), d.gregorian.isoformat()) for d in extract(month_only) if d.hijri and d.gregorian
    ]
    assert found == [(f"--{month:02}", said.isoformat())], month_only


_H53_GERMAN_MONTHS = {
    number: [name for name, language in names if language == "de"]
    for number, names in enumerate(gregorian_months.MONTHS, start=1)
}


def _h53_gregorian_years(hijri_year: int) -> range:
    first = UMALQURA.to_gregorian(HijriDate(hijri_year, 1, 1))
    last = UMALQURA.to_gregorian(HijriDate(hijri_year + 1, 1, 1))
    return range(first.year, last.year + (0 if (last.month, last.day) == (1, 1) else 1))


@given(st.integers(1357, 1499), st.data(), st.booleans(), FILLER, FILLER)
def test_h53_two_years_alone_in_a_bracket_joined_by_a_hyphen(
    hijri_year: int, data: st.DataObject, spaced: bool, before: str, after: str
) -> None:
    """ "Eid ul Adha (1443-2022) Announcement": a Hijri year of the Hijra's last two centuries
    and a Gregorian year it shares days with, alone in a bracket and joined by a hyphen, are
    one year pair; a year they do not share is none."""
    gregorian_year = data.draw(st.sampled_from(_h53_gregorian_years(hijri_year)))
    hyphen = " - " if spaced else "-"
    text = f"({hijri_year}{hyphen}{gregorian_year})"
    expected = (str(hijri_year), str(gregorian_year))
    for said in (text, _text_around(before, text, after)):
        found = [
            (d.hijri.isoformat(), d.gregorian.isoformat()) for d in extract(said) if d.hijri and d.gregorian
        ]
        assert found == [expected], said
    line = parse(text)
    assert line.hijri is not None, text
    assert line.gregorian is not None, text
    assert (line.hijri.isoformat(), line.gregorian.isoformat()) == expected, text
    far = gregorian_year + 5
    assert not [d for d in extract(f"({hijri_year}{hyphen}{far})") if d.hijri and d.gregorian]


@given(st.dates(date(1950, 1, 1), date(2070, 12, 31)), st.data(), st.booleans(), FILLER, FILLER)
def test_h53_a_day_before_a_month_of_its_calendar_is_that_months(
    day: date, data: st.DataObject, dotted: bool, before: str, after: str
) -> None:
    """ "Heuer beginnt der Ramadan am Abend des 10. März": a day straight before a month of its
    own calendar (its ordinal's full stop between or none) is that month's, day first, not
    the day of a month name before it (German "des" folds as Indonesian "Des", December)."""
    month = data.draw(st.sampled_from(_H53_GERMAN_MONTHS[day.month]))
    dot = "." if dotted else ""
    text = f"Der Ramadan beginnt am Abend des {day.day}{dot} {month} {day.year}."
    expected = ("--09", day.isoformat())
    for said in (text, _text_around(before, text, after)):
        found = [
            (d.hijri.isoformat(), d.gregorian.isoformat()) for d in extract(said) if d.hijri and d.gregorian
        ]
        assert found == [expected], said
    line = parse(text)
    assert line.hijri is not None, text
    assert line.gregorian is not None, text
    assert (line.hijri.isoformat(), line.gregorian.isoformat()) == expected, text


@given(
    st.integers(1357, 1499),
    st.integers(1, 12),
    st.integers(2, 29),
    st.sampled_from(("en", "fr")),
    FILLER,
    FILLER,
)
def test_h53_a_day_one_of_two_with_their_weekdays_pairs_nothing(
    year: int, month: int, day: int, language: str, before: str, after: str
) -> None:
    """ "… 1441, sera célébrée le lundi 09 ou le mardi 10 septembre 2019": a Gregorian day
    that is one of two, each said with its weekday, is one day with no Hijri date, even the
    one that matches; the Hijri date is still read."""
    said = UMALQURA.to_gregorian(HijriDate(year, month, day))
    eve = said.fromordinal(said.toordinal() - 1)
    assume(eve.month == said.month)
    weekdays = WEEKDAYS_OUT[language]
    gregorian = GREGORIAN_MONTHS[language][said.month - 1]
    if language == "en":
        hijri = f"{day} {HIJRI_MONTHS['en'][month - 1]} {year} AH"
        days = f"on {weekdays[eve.weekday()]} {eve.day} or {weekdays[said.weekday()]} {said.day}"
        text = f"{hijri} will be celebrated {days} {gregorian} {said.year}"
    else:
        hijri = f"au {day}e jour de {HIJRI_MONTHS['fr'][month - 1]} {year}"
        days = f"le {weekdays[eve.weekday()]} {eve.day:02} ou le {weekdays[said.weekday()]} {said.day}"
        text = f"correspondant {hijri}, sera célébrée {days} {gregorian} {said.year}"
    for embedded in (text, _text_around(before, text, after)):
        assert not [d for d in extract(embedded) if d.hijri and d.gregorian], embedded
    line = parse(text)
    assert line.hijri is not None, text
    assert line.hijri.isoformat() == f"{year}-{month:02}-{day:02}", text
    assert line.gregorian is None or line.gregorian.day is None, text


# --- helper 55 ---------------------------------------------------------------------------
from datelines.names.hijri_months import MONTHS as _H55_HIJRI_MONTHS  # noqa: E402
from datelines.names.words import HIJRI_ERAS as _H55_HIJRI_ERAS  # noqa: E402
from datelines.names.words import RELATIVE_THAT as _H55_RELATIVE_THAT  # noqa: E402

_H55_AMBIGUOUS = frozenset(fold(word) for word, _ in AMBIGUOUS_MONTH_NAMES)
_H55_BN_MONTHS = tuple(
    tuple(s for s, lang in names if lang == "bn" and fold(s) not in _H55_AMBIGUOUS)
    for names in _H55_HIJRI_MONTHS
)
# (spelled out: an era cut short, "হি", stands after its year only)
_H55_BN_ERAS = tuple(
    s for s, lang in _H55_HIJRI_ERAS if lang == "bn" and " " not in s and not s.endswith("ঃ") and len(s) >= 3
)
_H55_BN_DIGITS = str.maketrans("0123456789", "০১২৩৪৫৬৭৮৯")
_H55_FA_ASIDES = ("عید فطر", "عید قربان", "روز عرفه", "روز عاشورا", "روز تعطیل رسمی")


@given(st.integers(1357, 1499), st.integers(1, 12), st.data(), st.booleans(), st.booleans(), FILLER, FILLER)
def test_h55_a_year_of_the_year_before_a_date_is_the_month_said_to_begin_after_it(
    year: int, month: int, data: st.DataObject, bengali_digits: bool, glued_era: bool, before: str, after: str
) -> None:
    """ "হিজরী ১৪৩৬ সালের ইংরেজি ১৯/০৬/২০১৫খ্রি: তারিখ … রমজান মাস শুরু হবে": a Hijri year with
    its era and "of the year" before a Gregorian date is the year of the Hijri month named after
    the date and said to begin on it; the month, with that year, pairs with the date."""
    names = _H55_BN_MONTHS[month - 1]
    assume(names)
    name = data.draw(st.sampled_from(names))
    era = data.draw(st.sampled_from(_H55_BN_ERAS))
    begins = UMALQURA.to_gregorian(HijriDate(year, month, 1))
    numbers = f"{year} {begins.day:02}/{begins.month:02}/{begins.year}"
    if bengali_digits:
        numbers = numbers.translate(_H55_BN_DIGITS)
    hijri_year, gregorian = numbers.split(" ")
    era_after = "খ্রি:" if glued_era else ""
    text = f"{era} {hijri_year} সালের ইংরেজি {gregorian}{era_after} তারিখ থেকে {name} মাস শুরু হবে।"
    expected = (f"{year}-{month:02}", begins.isoformat())
    for said in (text, _text_around(before, text, after)):
        found = [
            (d.hijri.isoformat(), d.gregorian.isoformat()) for d in extract(said) if d.hijri and d.gregorian
        ]
        assert found == [expected], said
    line = parse(text)
    assert line.hijri is not None, text
    assert line.gregorian is not None, text
    assert (line.hijri.isoformat(), line.gregorian.isoformat()) == expected, text


@given(st.integers(1357, 1499), st.integers(1, 12), st.integers(1, 29), st.data(), FILLER, FILLER)
def test_h55_a_which_aside_between_commas_describes_the_day(
    year: int, month: int, day: int, data: st.DataObject, before: str, after: str
) -> None:
    """ "اول ماه شوال ، که عید فطر است ، پنجشنبه ، 13 مه 2021 است": a Persian "که" after a comma
    and a Hijri date, opening an aside that ends in a copula and a comma, says what the day is:
    the date after the aside is the same day, not the day of a saying."""
    assume(day <= UMALQURA.month_length(year, month))  # Umm al-Qura's early years printed months of 28 days
    said = UMALQURA.to_gregorian(HijriDate(year, month, day))
    relative = data.draw(st.sampled_from([s for s, lang in _H55_RELATIVE_THAT if lang == "fa"]))
    aside = data.draw(st.sampled_from(_H55_FA_ASIDES))
    weekday = WEEKDAYS_OUT["fa"][said.weekday()]
    hijri = f"{day} {HIJRI_MONTHS['fa'][month - 1]} {year} هجری قمری"
    gregorian = f"{said.day} {GREGORIAN_MONTHS['fa'][said.month - 1]} {said.year}"
    text = f"{hijri} ، {relative} {aside} است ، {weekday} ، {gregorian} است."
    expected = (f"{year}-{month:02}-{day:02}", said.isoformat())
    for embedded in (text, _text_around(before, text, after)):
        found = [
            (d.hijri.isoformat(), d.gregorian.isoformat())
            for d in extract(embedded)
            if d.hijri and d.gregorian
        ]
        assert found == [expected], embedded
    line = parse(text)
    assert line.hijri is not None, text
    assert line.gregorian is not None, text
    assert (line.hijri.isoformat(), line.gregorian.isoformat()) == expected, text


def _h55_ordinal(day: int) -> str:
    suffix = "th" if 10 <= day % 100 <= 20 else {1: "st", 2: "nd", 3: "rd"}.get(day % 10, "th")
    return f"{day}{suffix}"


@given(st.integers(1357, 1499), st.integers(1, 12), st.data(), FILLER, FILLER)
def test_h55_a_day_glossed_in_brackets_with_the_same_day(
    year: int, month: int, data: st.DataObject, before: str, after: str
) -> None:
    """ "اولین (اول) ماه شوال", "the first (1st) of Shawwal 1442": a day word glossed in
    brackets with the same day is that day of the month after; a gloss of another day is none."""
    words = DAY_WORDS_BY_LANGUAGE["en"]
    day = data.draw(st.sampled_from(sorted(words)))
    word = data.draw(st.sampled_from(words[day]))
    assume(day <= UMALQURA.month_length(year, month))  # Umm al-Qura's early years printed months of 28 days
    said = UMALQURA.to_gregorian(HijriDate(year, month, day))
    gregorian = f"{said.day} {GREGORIAN_MONTHS['en'][said.month - 1]} {said.year}"
    text = f"the {word} ({_h55_ordinal(day)}) of {HIJRI_MONTHS['en'][month - 1]} {year} AH, corresponding to {gregorian}"
    expected = (f"{year}-{month:02}-{day:02}", said.isoformat())
    for embedded in (text, _text_around(before, text, after)):
        found = [
            (d.hijri.isoformat(), d.gregorian.isoformat())
            for d in extract(embedded)
            if d.hijri and d.gregorian
        ]
        assert found == [expected], embedded
    line = parse(text)
    assert line.hijri is not None, text
    assert line.gregorian is not None, text
    assert (line.hijri.isoformat(), line.gregorian.isoformat()) == expected, text


# Helper 56: an Albanian day-only half ("ditën e 10-të", the 10th day) is a day of the Hijri
# month its sentence names alone before it ("Gjatë Muharremit", during Muharram).
def _h56_albanian_months() -> dict[int, list[str]]:
    """Each month's Albanian names in the form "Gjatë" (during) takes: "Muharremit", "Ramazanit"."""
    found: dict[int, list[str]] = {}
    for number, spellings in enumerate(hijri_months.MONTHS, start=1):
        for spelling, language in spellings:
            if language != "sq" or not spelling.isalpha() or spelling.endswith("i"):
                continue
            form = spelling if spelling.endswith("it") else spelling + "it"
            read = units(fold_with_offsets(form))
            if len(read) == 1 and any(e.value == number for e in read[0].entries):
                found.setdefault(number, []).append(form)
    return found


_H56_MONTHS = _h56_albanian_months()


@given(
    st.integers(1357, 1499),
    st.sampled_from(sorted(_H56_MONTHS)),
    st.integers(1, 29),
    st.data(),
    FILLER,
    FILLER,
)
def test_h56_a_day_of_the_month_its_sentence_names(
    year: int, month: int, day: int, data: st.DataObject, before: str, after: str
) -> None:
    """ "Gjatë Muharremit, … bie në ditën e 10-të, pikërisht në datën 17 Korrik": the day-only
    half is a day of the one Hijri month named before it in its sentence, paired with the
    Gregorian date the connector ties it to; read back exactly, and the same in random text."""
    from datelines.names.words import DAY_NOUN_BEFORE_NUMBER as _H56_NOUNS

    said = UMALQURA.to_gregorian(HijriDate(year, month, day))
    name = data.draw(st.sampled_from(_H56_MONTHS[month]))
    noun = data.draw(st.sampled_from([phrase for phrase, language in _H56_NOUNS if language == "sq"]))
    gregorian = data.draw(
        st.sampled_from([s for s, lang in gregorian_months.MONTHS[said.month - 1] if lang == "sq"][:1])
    )
    text = f"Gjatë {name}, festa bie në {noun} {day}-të, pikërisht në datën {said.day} {gregorian}."
    expected = (f"--{month:02}-{day:02}", f"--{said.month:02}-{said.day:02}")
    line = parse(text)
    assert line.hijri is not None, text
    assert line.gregorian is not None, text
    assert (line.hijri.isoformat(), line.gregorian.isoformat()) == expected, text
    for embedded in (text, _text_around(before, text, after)):
        found = [
            (d.hijri.isoformat(), d.gregorian.isoformat())
            for d in extract(embedded)
            if d.hijri and d.gregorian
        ]
        assert found == [expected], embedded


# Helper 58: a Turkic month named in the locative ("Ramazan ayında", during Ramadan) is not
# what the verb ending the sentence says begins; in the nominative ("Ramazan ayı") it is.
from datelines.names.words import MONTH_LOCATIVE_WORDS as _H58_LOCATIVES  # noqa: E402

_H58_TR_LOCATIVES = sorted({word for word, language in _H58_LOCATIVES if language == "tr"})


@given(
    st.integers(1, 12),
    st.integers(1, 28),
    st.sampled_from(_H58_TR_LOCATIVES),
    st.sampled_from(_H52_PLACES),
    st.data(),
    FILLER,
)
def test_h58_a_month_in_the_locative_is_not_what_begins(
    month: int, day: int, locative: str, place: str, data: st.DataObject, before: str
) -> None:
    """ "Ramazan ayında 11 Mart'ta okullar … başladı" (during Ramadan, on 11 March, the schools
    began …): no pair, alone or in random text; "Ramazan ayı 11 Mart'ta … başladı" pairs."""
    hijri = data.draw(st.sampled_from(_H52_HIJRI["tr"][data.draw(st.integers(1, 12))]))
    hijri_month = next(m for m, names in _H52_HIJRI["tr"].items() if hijri in names)
    gregorian = data.draw(st.sampled_from(_H52_TR_GREGORIAN[month]))
    located = f"{hijri} {locative} {day} {gregorian}'da okullar {place} yeni dönem programı başladı."
    for text in (located, _text_around(before, located, "")):
        assert [d for d in extract(text) if d.hijri and d.gregorian] == [], text
    line = parse(located)
    assert not (line.hijri and line.gregorian), located
    said = f"{hijri} ayı {day} {gregorian}'da {place} başladı."
    line = parse(said)
    assert line.hijri is not None, said
    assert line.gregorian is not None, said
    assert (line.hijri.isoformat(), line.gregorian.isoformat()) == (
        f"--{hijri_month:02}",
        f"--{month:02}-{day:02}",
    )


# Helper 59: one of two Gregorian dates, each with its year, with "or" and an article or a
# preposition before the second ("le 30 mars 2025 ou le 31 mars 2025"): no pair with either.
_H59_OR = {
    "en": "or",
    "fr": "ou",
    "id": "atau",
    "ms": "atau",
    "ar": "أو",
    "fa": "یا",
    "ur": "یا",
    "tr": "veya",
}


def _h59_articles(language: str) -> list[str]:
    """The articles and prepositions the tables allow after "or" in ``language``, and none."""
    from datelines.names.words import OR_DATE_ARTICLES as _H59_ARTICLES

    return ["", *(f"{word} " for word, lang in _H59_ARTICLES if lang == language)]


@given(
    st.integers(1357, 1499),
    st.integers(1, 12),
    st.integers(1, 29),
    st.sampled_from(sorted(_H59_OR)),
    st.booleans(),
    st.booleans(),
    st.data(),
    FILLER,
    FILLER,
)
def test_h59_one_of_two_dates_with_years(
    year: int,
    month: int,
    day: int,
    language: str,
    said_first: bool,
    hijri_first: bool,
    data: st.DataObject,
    before: str,
    after: str,
) -> None:
    """ "1 Shawwal 1446, 30 March 2025 or on 31 March 2025": the Hijri day is read alone, with
    no Gregorian partner, whichever of the two is its day and whichever calendar comes first;
    with one date only, the two pair exactly. The same in random text."""
    from datelines.names.words import OR_WORDS as _H59_OR_WORDS

    assert _H59_OR[language] in _H59_OR_WORDS
    said = UMALQURA.to_gregorian(HijriDate(year, month, day))
    other = date.fromordinal(said.toordinal() + (1 if said_first else -1))
    article = data.draw(st.sampled_from(_h59_articles(language)))

    def gregorian(when: date) -> str:
        return f"{when.day} {GREGORIAN_MONTHS[language][when.month - 1]} {when.year}"

    hijri = f"{day} {HIJRI_MONTHS[language][month - 1]} {year}"
    first, second = (said, other) if said_first else (other, said)
    two = f"{gregorian(first)} {_H59_OR[language]} {article}{gregorian(second)}"
    one = f"{hijri}, {gregorian(said)}" if hijri_first else f"{gregorian(said)}, {hijri}"
    text = f"{hijri}, {two}" if hijri_first else f"{two}, {hijri}"
    line = parse(one)
    assert line.hijri is not None, one
    assert line.gregorian is not None, one
    assert (line.hijri.isoformat(), line.gregorian.isoformat()) == (
        f"{year}-{month:02}-{day:02}",
        said.isoformat(),
    )
    line = parse(text)
    assert line.hijri is not None, text
    assert (line.hijri.isoformat(), line.gregorian) == (f"{year}-{month:02}-{day:02}", None), text
    for embedded in (text, _text_around(before, text, after)):
        assert not [d for d in extract(embedded) if d.hijri and d.gregorian], embedded
