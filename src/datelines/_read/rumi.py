"""Which western halves are dates of the Rumi calendar, the Ottoman fiscal one of 1840-1925.

"15 Şaban 1326 / 29 Ağustos 1324" names 11 September 1908: its western half is a Rumi date,
written in the Turkish names of the Gregorian months. The year tells it: a Rumi year is
the Hijri year or up to three less from 1840 to 1925, and no Gregorian year of 1256-1341
stands beside a Hijri year of as much (the Gregorian 1300 was 699 AH).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace
from typing import TYPE_CHECKING, Final

from ..calendars.rumi import RUMI_YEARS
from ..dateline import DatePart
from ..names.gregorian_months import MONTHS, RUMI_MONTH_NAMES
from ..names.words import RUMI_ERAS
from .lexicon import CONNECTOR, GERA, WEEKDAY
from .normalize import fold
from .tokens import Unit, entry_of

if TYPE_CHECKING:
    from .halves import Half

__all__ = ["gregorian_beside", "is_rumi_mark", "rumi_before", "rumi_half", "turkish_month"]


def _mark(era: str) -> str:
    return "".join(era.casefold().replace(".", " ").split())


_RUMI_MARKS: Final = frozenset(_mark(era) for era, _ in RUMI_ERAS)
# Month names no Rumi date is written in: those of South-East Asia's languages alone, where an
# Indonesian line of those years is likelier a slip of a Gregorian year ("1 Syawal 1330 H / 12
# Oktober 1330"; a review). Turkish, Ottoman, Arabic ("1 آب 1328") and English or French
# transliterations ("29 August 1324 (Rumi)") are read as Rumi (a second review: requiring
# Turkish names lost those).
_FAR_FROM_ROME: Final = frozenset({"id", "ms", "jv", "su", "th", "tl", "km"})
_LANGUAGES_OF: dict[str, set[str]] = {}
for _month in MONTHS:
    for _spelling, _language in _month:
        _LANGUAGES_OF.setdefault(fold(_spelling), set()).add(_language)
_NO_RUMI_MONTHS: Final = frozenset(
    spelling for spelling, languages in _LANGUAGES_OF.items() if languages <= _FAR_FROM_ROME
) - {fold(spelling) for spelling in RUMI_MONTH_NAMES}
# The Hijri year less the Rumi one: 0 to 3 in the calendar's years (the Rumi year gains on
# the lunar one by a year in 33); a fourth for a Hijri half a few days into its next year.
_YEARS_APART: Final = range(5)


def rumi_half(hijri: DatePart | None, western: DatePart, languages: tuple[str, ...] = ()) -> DatePart:
    """``western`` as a Rumi half where it is one, else itself: a month and a year of the Rumi
    calendar's (1256-1341) beside a Hijri year of as much or up to four more, marked "Rumi" or
    its month named in a language of the Ottoman world or its histories (not Indonesian's "12
    Oktober 1330"); ``languages``, those of the Hijri half's names, none of South-East Asia's
    alone. A mark alone does not make a Rumi date of another year ("… 672 / 17
    December 1273 Rumi passed away": the poet, a review)."""
    if (
        hijri is None
        or hijri.year is None
        or western.calendar != "gregorian"
        or western.year is None
        or not (western.year in RUMI_YEARS or _rumi_before_the_reform(western))
        or western.month is None
        or hijri.year - western.year not in _YEARS_APART
        or (western.era is not None and _mark(western.era) not in _RUMI_MARKS)
        or (
            western.era is None
            and western.month_name is not None
            and fold(western.month_name) in _NO_RUMI_MONTHS
        )
        # (an Indonesian or Malay Hijri month beside it: "1 Syawal 1330 H / 12 Oktober 1330")
        or (
            western.era is None
            and bool(languages)
            and all(language in _FAR_FROM_ROME for language in languages)
        )
    ):
        return western
    return replace(western, calendar="rumi")


_RUMI_ONLY: Final = frozenset(fold(spelling) for spelling in RUMI_MONTH_NAMES)


def _rumi_before_the_reform(western: DatePart) -> bool:
    """A fiscal date of the years before 1840, named as only the Rumi calendar names its
    months or marked "Rumi" ("26 Şaban 1255 / 22 Teşrinievvel 1255", the Tanzimat edict): a
    Rumi half whose year the checker says it cannot convert, not a Gregorian date of 1255 (a
    trial: "213307 days ahead")."""
    assert western.year is not None
    return 1 <= western.year < RUMI_YEARS.start and (
        (western.era is not None and _mark(western.era) in _RUMI_MARKS)
        or (western.month_name is not None and fold(western.month_name) in _RUMI_ONLY)
    )


_TURKISH_MONTHS: Final = frozenset(
    spelling for spelling, languages in _LANGUAGES_OF.items() if "tr" in languages
) | {fold(spelling) for spelling in RUMI_MONTH_NAMES}


def is_rumi_mark(era: str | None) -> bool:
    """Whether an era mark after a western year says the Rumi calendar ("Rumi", "Rûmî").

    >>> is_rumi_mark("Rûmî"), is_rumi_mark("AD"), is_rumi_mark(None)
    (True, False, False)
    """
    return era is not None and _mark(era) in _RUMI_MARKS


def turkish_month(name: str | None) -> bool:
    """Whether a western month's name is Turkish ("Ağustos", "Teşrin-i evvel"): a date of the
    Rumi calendar's years so written may be one of that calendar's.

    >>> turkish_month("Ağustos"), turkish_month("August"), turkish_month("Kanun-ı sani")
    (True, False, True)
    """
    return name is not None and fold(name) in _TURKISH_MONTHS


# The Gregorian year of a Rumi date's day: the Rumi year and 584 (583 in January and
# February, before 1917, when the Rumi year still began in March).
_GREGORIAN_AFTER_RUMI: Final = range(583, 586)


def gregorian_beside(units: Sequence[Unit], halves: Sequence[Half], rumi: Half, last: int) -> Half | None:
    """The Gregorian date an Ottoman line gives after its Rumi one, ``rumi`` (the pair ends
    at unit ``last``): "14 Şaban 1338 - 3 Mayıs 1336 - 3 Mayıs 1920", "… 11 Mart 1325 Rumi /
    24 Mart 1909 Miladi". A whole date of the Rumi date's Gregorian years, with only signs
    (not a comma), an era word or a connector between, that ends the masthead: its own day,
    which may be another (a trial: a wrong third date passed, unread)."""
    if rumi.year is None:
        return None
    for half in halves:
        if (
            half.calendar is None
            or half.calendar != rumi.calendar
            or half.first <= last
            or half.year is None
            or half.month is None
            or half.day is None
            or half.year - rumi.year not in _GREGORIAN_AFTER_RUMI
        ):
            continue
        between = range(last + 1, half.first)
        after = half.last + 1
        if (
            0 < len(between) <= 4
            and all(
                (units[k].kind == "sign" and units[k].text not in ",;")
                or any(entry_of(units[k], kind) for kind in (GERA, CONNECTOR))
                for k in between
            )
            # the masthead ends with it: no list or range of dates goes on ("… 3 Mayıs 1336, 11
            # Mayıs 1920, 18 Mayıs 1920", "… - 10 Mayıs 1920 arası sayılar": a review)
            and (
                after >= len(units)
                or (units[after].kind == "sign" and units[after].text not in ",;-–/")
                or entry_of(units[after], WEEKDAY) is not None
            )
        ):
            return half
    return None


def rumi_before(units: Sequence[Unit], halves: Sequence[Half], gregorian: Half, first: int) -> Half | None:
    """The Rumi date an Ottoman line gives before its pair of Gregorian and Hijri dates (the
    pair begins at unit ``first``): "15 Mart 1325 Rumi / 24 Mart 1909 Miladi / 2 Rebiülevvel
    1327" (trial 25: the Rumi date was dropped). A whole date of the Gregorian date's Rumi year
    (its year less 583 to 585), marked "Rumi" or its month named in Turkish, with only signs
    (not a comma), an era word or a connector between."""
    if gregorian.year is None:
        return None
    for half in halves:
        if (
            half.calendar != gregorian.calendar
            or half.last >= first
            or half.year is None
            or half.month is None
            or half.day is None
            or gregorian.year - half.year not in _GREGORIAN_AFTER_RUMI
        ):
            continue
        between = range(half.last + 1, first)
        era = half.era_unit
        marked = era is not None and _mark(units[era].text) in _RUMI_MARKS
        named = half.month_unit is not None and fold(units[half.month_unit].text) in _TURKISH_MONTHS
        if not marked and half.year not in RUMI_YEARS:
            continue  # a slip of a Gregorian year, unmarked ("1 Ocak 1440 / 1 Ocak 2024 / …": review 60b)
        if (
            0 < len(between) <= 4
            and (marked or named)
            and all(
                (units[k].kind == "sign" and units[k].text not in ",;")
                or any(entry_of(units[k], kind) for kind in (GERA, CONNECTOR))
                for k in between
            )
        ):
            return half
    return None
