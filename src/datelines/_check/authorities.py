"""Which authority's calendar a dateline follows: inferred from the dateline (its place,
its agency, its language), and else any authority whose calendar had that date.

The calendars differ by a day or two: a dateline printed in Jakarta a day behind Saudi
Arabia is right for Indonesia. The checker tries the inferred authorities first, then Umm
al-Qura, then every other authority, and accepts the first whose calendar agrees; a slip
that no authority's calendar had (three days, a month, a year) is an error still.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from datetime import date
from typing import Final

from .._places import AGENCIES, PLACES, lookup
from ..calendars import AUTHORITY_IDS, Calendar, get_calendar
from ..dateline import Dateline
from ..hijri import HijriDate
from ..names import authorities as tables
from ..names.english import WEEKDAYS
from .compare import compare, valid_hijri
from .messages import days, gregorian_words, hijri_words
from .solar import LAW_YEAR, afghan_names

__all__ = ["candidates", "country_without_authority", "differ", "evidence", "inferred", "pointed"]

_ELSEWHERE = {place.casefold(): country for place, country in tables.PLACES_ELSEWHERE}
_COUNTRIES = dict(tables.COUNTRY_NAMES)
_LANGUAGES = dict(tables.LANGUAGES)
_AFTER_UMALQURA = dict(tables.AFTER_UMALQURA)


def inferred(line: Dateline) -> tuple[str, ...]:
    """The authorities the dateline's place, agency and language point to, most telling
    first (a place, then an agency, then the language of its words)."""
    found = [authority for authority, _ in pointed(line)]
    for language in line.languages:
        found.extend(_LANGUAGES.get(language, ()))
        if "-" in language:  # Dari ("fa-AF"), then Persian's other countries (a trial)
            found.extend(_LANGUAGES.get(language.split("-", 1)[0], ()))
    return tuple(dict.fromkeys(found))


def pointed(line: Dateline) -> list[tuple[str, str]]:
    """The authorities the dateline's place and agency name (strong evidence, unlike a
    language), and Bangladesh where it has a Bengali date, each with what named it:
    [("ID", "place (Jakarta)")]."""
    found: list[tuple[str, str]] = []
    for what, name, table in (("place", line.place, PLACES), ("agency", line.agency, AGENCIES)):
        if name is not None:
            match = lookup(name, table)
            if match is not None and all(match != a for a, _ in found):
                found.append((match, f"{what} ({name.strip(' ,.-')})"))
    # A date of Bangladesh's Bengali calendar is printed by Bangladesh's press, as a place is,
    # where no place or agency says otherwise (Kolkata's papers print West Bengal's)
    if line.bangla is not None and not found:
        found.append(("BD", f"Bengali date ({line.bangla.text})"))
    # A Solar Hijri month named by the zodiac ("جوزا", "حمل") is Afghanistan's since Iran took
    # the Persian names in 1304 SH (1925): the line is an Afghan paper's, as a place would say
    # (a trial: a Kabul line without its place checked quietly in Iran's calendar)
    solar = line.solar_hijri
    if (
        solar is not None
        and not found
        and (solar.year is None or solar.year >= LAW_YEAR)
        and afghan_names(solar)
        and solar.month_name is not None
    ):
        found.append(("AF", f"Afghan month name ({solar.month_name})"))
    return found


def country_without_authority(line: Dateline) -> tuple[str, str] | None:
    """The line's place and the English name of its country, where the place is in a
    country none of the known authorities speaks for (see
    :data:`datelines.names.authorities.PLACES_ELSEWHERE`) and no agency names one."""
    if line.place is None or pointed(line):
        return None
    said = line.place.strip(" ,.-")
    key = said.casefold()
    country = _ELSEWHERE.get(key) or _ELSEWHERE.get(key.split(",", 1)[0].strip())
    return None if country is None else (said, _COUNTRIES[country])


# Authorities tried only where the line points to them (its place, agency or language):
# Bangladesh's months begin two days after Umm al-Qura's in one month of six, on days no
# other authority has; tried for every line, they would excuse a two-day slip in a Riyadh
# or Cairo line (a review found 344 such days in 2013-2026). Thailand's fall a day after
# Malaysia's in a few months, which it otherwise keeps: a line from Thailand is told by its
# place or its language. South Africa's and Sri Lanka's, a day after Umm al-Qura's in most
# months, would excuse a one-day slip anywhere; their lines are told by their places (and Sri
# Lanka's by Sinhala or Tamil). The Fiqh Council of North America's, computed, keeps a date
# no other authority keeps on one day in sixteen (2013-2026): a trial found it excusing a
# Moroccan line's one-day slip; its lines are told by their places.
# Afghanistan's Supreme Court keeps Umm al-Qura's date but in a few months, a day off either
# way: its lines are told by their places, agencies and Pashto or Dari. Kazakhstan's,
# Uzbekistan's and Russia's muftiates keep Türkiye's or Saudi Arabia's date but in a few months
# (a day later, where the new moon was not seen): told by their places and languages.
# The Gulf's and Nigeria's keep Saudi Arabia's date (stop 60): asked only where a line points to them.
_ONLY_WHERE_POINTED: Final = frozenset(
    {"BD", "TH", "ZA", "LK", "US", "AF", "KZ", "UZ", "RU", "AE", "QA", "KW", "NG"}
)


def candidates(line: Dateline) -> Iterator[tuple[str, Calendar]]:
    """Every authority's calendar the line may follow, the inferred ones first, then Umm
    al-Qura (Saudi Arabia's civil calendar), then the rest (but those tried only where the
    line points to them)."""
    first = inferred(line)
    # by the line's first language only: a Persian line's Arabic month names make it no Arab country's
    languages = [language.split("-", 1)[0] for language in line.languages[:1]]  # "ar-MA": Arabic's too
    near = tuple(a for language in languages for a in _AFTER_UMALQURA.get(language, ()) if a not in first)
    rest = (a for a in AUTHORITY_IDS if a not in first and a not in near and a not in _ONLY_WHERE_POINTED)
    for authority in (*first, "umalqura", *near, *rest):
        yield ("SA" if authority == "umalqura" else authority), get_calendar(authority)


def agrees(line: Dateline, cal: Calendar, julian: bool) -> bool:
    """Whether the dateline's halves name the same day in ``cal`` (and its Hijri date exists there)."""
    hijri, gregorian = line.hijri, line.gregorian
    if hijri is None or gregorian is None:
        return False
    if not compare(hijri, gregorian, cal, julian).agrees:
        return False
    return not hijri.complete or valid_hijri(hijri, cal)


def evidence(authority: str, cal: Calendar, day: date) -> str:
    """Why the dateline is right for ``authority``: the month it is in began there on
    another day than in Saudi Arabia's Umm al-Qura calendar (when it did)."""
    from ..calendars.authorities import get_authority

    there = cal.to_hijri(day)
    began = cal.first_day(there.year, there.month)
    kind = cal.month_source(there.year, there.month).kind
    found = get_authority(authority)
    source = (
        "computed by its rule, not announced"
        if kind == "computed"
        else "from a public-holiday list, not an announcement"
        if kind == "listed"
        else kind
    )
    said = f"Follows {found.title} ({found.id}): {hijri_words(there.replace(day=1))} began on {_day(began)} ({source})"
    if (
        authority == "SA"
        and cal.name == "umalqura"
        and (civil := _civil_not_sighted(there, began)) is not None
    ):
        return civil
    # Saudi Arabia's as the other notes name it ("SA": its Supreme Court's months included), not
    # the printed table alone, which one verdict set a day apart from "in SA" (trial 26)
    saudi = get_calendar("SA")
    try:
        saudi_began = saudi.first_day(there.year, there.month)
    except ValueError:
        return said + "."
    if saudi_began == began or authority == "SA":
        return said + "."
    apart = began.toordinal() - saudi_began.toordinal()
    try:
        printed = get_calendar("umalqura").first_day(there.year, there.month)
    except ValueError:
        printed = saudi_began
    # a month its Supreme Court began on another day than the printed table: named so (review 60c)
    whose = (
        "Saudi Arabia's Umm al-Qura calendar" if printed == saudi_began else "Saudi Arabia's Supreme Court"
    )
    return said + f", {days(abs(apart))} {'after' if apart > 0 else 'before'} {whose} ({_day(saudi_began)})."


def _civil_not_sighted(there: HijriDate, began: date) -> str | None:
    """For a Saudi date of the published Umm al-Qura calendar in a month the Supreme Court
    began by sighting on another day: that the line follows the kingdom's civil calendar,
    and when the court's month began (a trial: the default check said the line followed
    "SA", and ``authority="SA"`` refused it)."""
    try:
        sighted = get_calendar("SA").first_day(there.year, there.month)
    except ValueError:
        return None
    if sighted == began:
        return None
    return (
        f"Follows Umm al-Qura, Saudi Arabia's civil calendar (SA): {hijri_words(there.replace(day=1))} "
        f"began on {_day(began)} in it; by the sighting Saudi Arabia announced, on {_day(sighted)}."
    )


def _day(day: date) -> str:
    return f"{WEEKDAYS[day.weekday()]} {gregorian_words(day)}"


def differ(day: date, concerned: Iterable[str]) -> str | None:
    """The authorities' Hijri dates for ``day``, in words ("1 Shawwal 1446 in SA, TR, …;
    30 Ramadan 1446 in ID, MY, …"), when the ``concerned`` ones (the authority a line
    follows, the one it points to, Saudi Arabia) do not all keep the same date; else None:
    a day on which only some distant calendar differs is not worth a note."""

    def words_of(authority: str) -> str | None:
        try:
            return hijri_words(get_calendar(authority).to_hijri(day))
        except ValueError:
            return None

    # The concerned authorities first: most days they agree, and the others are not asked
    # (each is a calendar look-up by name; there are 18).
    said = {a: words_of(a) for a in dict.fromkeys(concerned)}
    if len({w for w in said.values() if w is not None}) < 2:
        return None
    dates: dict[str, list[str]] = {}
    for authority in AUTHORITY_IDS:
        words = said[authority] if authority in said else words_of(authority)
        if words is not None:
            dates.setdefault(words, []).append(authority)
    return "; ".join(f"{words} in {', '.join(authorities)}" for words, authorities in dates.items())
