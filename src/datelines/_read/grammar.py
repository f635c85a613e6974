"""Units → date halves → datelines: the reader's grammar.

A *half* is one calendar's date as the text writes it: around a month name (day before or
after it, year after it, an era mark after the year, filler words such as "of", "من شهر",
"de l'an" between), or all in digits (1439/11/29, ٩/١١/١٤٤١هـ, (25/6/2017)), or a year with
an era mark (1445 H, 2024 Masehi). Halves of opposite calendars that stand next to each
other, with nothing but separators, connectors ("bertepatan dengan", "الموافق"), weekdays
or a few short words between them, make a dateline.
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from typing import NamedTuple

from .lexicon import (
    CONNECTOR,
    DAYWORD,
    FILL_DM,
    FILL_MY,
    GERA,
    GMONTH,
    HERA,
    HMONTH,
    HONORIFIC,
    WEEKDAY,
)
from .tokens import Unit

__all__ = ["Half", "Pair", "find_halves", "merge_halves", "pair_halves", "pair_unknown_month"]

HIJRI = "hijri"
GREGORIAN = "gregorian"
# Numeric dates carry no month name: a year up to this one is Hijri, after it Gregorian.
HIJRI_YEAR_LIMIT = 1700
MAX_GAP_COST = 8.0
_DATE_SEPARATORS = frozenset("/-.")


class Half(NamedTuple):
    """One calendar's date in the units ``first..last`` (inclusive)."""

    calendar: str | None  # None: digits only, no year, no era: the partner decides
    year: int | None
    month: int | None
    day: int | None
    first: int
    last: int
    month_unit: int | None = None
    era_unit: int | None = None
    numeric: bool = False
    languages: tuple[str, ...] = ()
    bare: bool = False  # a month name with no day or year (see _month_half)
    # A 4-digit "Hijri" year above HIJRI_YEAR_LIMIT with no era mark ("1 Ramadan 2023"):
    # dropped, back to unit ``before_year``, when a Gregorian year within one of it is near.
    colloquial: bool = False
    before_year: int = -1
    # A number of one or two digits where the year stands, without an era mark ("Muharram
    # 1, 1"): the year when the partner half's year fits it (see _short_years).
    short_year: int | None = None
    short_year_unit: int = -1
    # Written in digits with the year last and day and month both 12 or less: read day
    # first, but month first is as likely (4/10/2024).
    ambiguous_order: bool = False

    @property
    def year_only(self) -> bool:
        return self.year is not None and self.month is None and self.day is None

    @property
    def filled(self) -> int:
        return sum(v is not None for v in (self.year, self.month, self.day))


class Pair(NamedTuple):
    """Two halves that make a dateline, in text order, and the units between them."""

    hijri: Half
    gregorian: Half
    first: int
    last: int


def _is_day(unit: Unit) -> bool:
    return unit.kind == "num" and len(unit.text) <= 2 and 1 <= unit.value <= 31


def _is_slipped_day(units: Sequence[Unit], index: int) -> bool:
    """A number where a day stands that cannot be one ("100 Ramadan 1445", "0 March"):
    read as the day all the same (the checker says what is wrong with it), but only when
    it is not part of a larger number ("1,000 Ramadan packages")."""
    unit = units[index]
    if unit.kind != "num" or len(unit.text) > 3 or unit.ordinal:
        return False
    return not (index > 0 and _sign(units[index - 1], ",.") and units[index].glued)


def _is_year(unit: Unit) -> bool:
    return unit.kind == "num" and 3 <= len(unit.text) <= 5 and not unit.ordinal


def _is_month(unit: Unit) -> bool:
    return any(e.kind in (HMONTH, GMONTH) for e in unit.entries)


def _is_short_year(unit: Unit) -> bool:
    return unit.kind == "num" and len(unit.text) <= 2 and unit.value >= 1 and not unit.ordinal


def _sign(unit: Unit, signs: str) -> bool:
    return unit.kind == "sign" and unit.text in signs


def _lang(unit: Unit, kind: str) -> tuple[str, ...]:
    entry = unit.has(kind)
    return (entry.language,) if entry and entry.language != "und" else ()


def _era_after(units: Sequence[Unit], index: int, kind: str) -> int | None:
    """The unit of an era mark of ``kind`` right after ``index`` (a quote may intervene)."""
    probe = index + 1
    if probe < len(units) and _sign(units[probe], '"'):
        probe += 1
    if probe < len(units) and units[probe].has(kind):
        return probe
    return None


def _month_half(units: Sequence[Unit], k: int, used: set[int]) -> Half | None:
    unit = units[k]
    entry = unit.has(HMONTH) or unit.has(GMONTH)
    if entry is None:
        return None
    calendar = HIJRI if entry.kind == HMONTH else GREGORIAN
    era_kind = HERA if calendar == HIJRI else GERA
    n = len(units)
    first = last = k
    day: int | None = None
    year: int | None = None
    era: int | None = None
    colloquial, before_year = False, -1
    languages = [entry.language]

    # Day before the month: "10 Rabiul Akhir", "1st of Sha'ban", "29 من شهر شعبان", "غرة رمضان".
    j = k - 1
    skipped = 0
    while j >= 0 and skipped < 4 and j not in used and (units[j].has(FILL_DM) or _sign(units[j], '"-')):
        j -= 1
        skipped += 1
    if j >= 0 and _sign(units[j], '"'):
        j -= 1
    if j > 0 and _sign(units[j], ".") and units[j].glued and _is_day(units[j - 1]):
        j -= 1  # "1. Ramadan", "11. März": the ordinal dot of German, Bosnian, Turkish
    slipped_day = False
    if j >= 0 and j not in used:
        left = units[j]
        # "12/03" is part of a numeric date, unless the number before the sign already
        # belongs to another half ("1437/20 January 2016") or is a year ("1446 / 15 September").
        numeric = (
            j > 1
            and _sign(units[j - 1], "/:.")
            and units[j - 2].kind == "num"
            and j - 2 not in used
            and len(units[j - 2].text) <= 2
        )
        if _is_day(left) and not numeric:
            day, first = left.value, j
        elif (found := left.has(DAYWORD)) is not None:
            day, first = found.value, j
            languages.append(found.language)
        elif not numeric and _is_slipped_day(units, j):
            day, first, slipped_day = left.value, j, True

    r = k + 1
    while r < n:
        if units[r].has(HONORIFIC) or (_sign(units[r], ".") and units[r].glued):
            last = r
            r += 1
        elif (
            _sign(units[r], "/")
            and r + 1 < n
            and (same := units[r + 1].has(entry.kind))
            and same.value == entry.value
        ):
            last = r + 1  # the same month in a second series: "فبراير/شباط", "يونيو/ حزيران"
            r += 2
        else:
            break
    if r + 1 < n and _sign(units[r], "|") and _is_day(units[r + 1]):
        r += 1  # a table row: "Dzulqa'dah | 1 | 9 Mei"
    # Day after the month: "Muharram 27, 1442", "September 16, 2020", "Dhul-Qi'dah 1 1446".
    if day is None and r < n and _is_day(units[r]) and r not in used:
        # Not the start of a numeric date or a time ("Sep 16/09", "May 5 10:30"), unless the
        # number after the sign begins the other half: "2024 ஜூலை 7 / 1 முஹர்ரம் 1446".
        numeric = (
            r + 2 < n
            and _sign(units[r + 1], "/:")
            and units[r + 2].kind == "num"
            and not (r + 3 < n and (units[r + 3].has(HMONTH) or units[r + 3].has(GMONTH)))
        )
        if not numeric:
            day, last = units[r].value, r
            r += 1
    # The year: "Rajab1438", "1437/20", "Safar de l'an 1438", "ذی الحجہ ہجری سال 1444".
    probe = r
    skipped = 0
    while (
        probe < n
        and skipped < 3
        and (
            _sign(units[probe], ',"(')
            or units[probe].has(FILL_MY)
            or (calendar == HIJRI and units[probe].has(HERA))
            or (_sign(units[probe], "-.") and units[probe].glued and probe + 1 < n and units[probe + 1].glued)
        )
    ):
        probe += 1
        skipped += 1
    short_year: int | None = None
    short_year_unit = -1
    if probe < n and _is_year(units[probe]) and probe not in used:
        digits = len(units[probe].text)
        era_at = _era_after(units, probe, era_kind)
        value = units[probe].value
        # "1 Ramadan 2023" may say a Gregorian year with a Hijri month (see find_halves).
        colloquial = calendar == HIJRI and era_at is None and digits == 4 and value > HIJRI_YEAR_LIMIT
        # Five digits are a year with an era mark, or a slip of the finger where a day and
        # month stand before it ("1 Ramadan 14445"): read, so the checker can say so.
        if digits <= 4 or era_at is not None or day is not None:
            before_year = last
            year, last = value, probe
            if era_at is not None:
                era, last = era_at, era_at
                languages.extend(_lang(units[era_at], era_kind))
    elif probe < n and _is_short_year(units[probe]) and probe not in used:
        era_at = _era_after(units, probe, era_kind)
        if era_at is not None and len(units[era_at].text) > 1:
            # "10 Muharram 61 AH": a year of the first century, said with its era.
            year, era, last = units[probe].value, era_at, era_at
            languages.extend(_lang(units[era_at], era_kind))
        elif day is not None and calendar == HIJRI and not (probe + 1 < n and _is_month(units[probe + 1])):
            # "1 Muharram 1", "1 Muharram 1 H": a year only if the partner's fits it (and
            # not the day of a month named next: "14 января 1 джумада").
            short_year, short_year_unit = units[probe].value, probe if era_at is None else era_at
    if slipped_day and year is None:
        day, first, slipped_day = None, k, False  # "1,000 Ramadan packages" is no date
    # A day written after the month: "Ramazan ayının birinci günü", "جمادی الثانی کی پہلی".
    if day is None:
        probe = (last if year is not None else k) + 1
        skipped = 0
        while probe < n and skipped < 2 and (units[probe].has(FILL_DM) or units[probe].has(FILL_MY)):
            probe += 1
            skipped += 1
        if probe < n and (found := units[probe].has(DAYWORD)) is not None:
            day, last = found.value, max(last, probe)
            languages.append(found.language)
    # Year before the month, marked as such: "১৪৪৭ হিজরির শাবান মাসের প্রথম দিন", "1447/2026 yılı Ramazan".
    if year is None and first == k:
        j = k - 1
        marked = 0
        while j >= 0 and marked < 2 and (units[j].has(FILL_MY) or units[j].has(era_kind)):
            j -= 1
            marked += 1
        if (
            j > 0
            and _sign(units[j], ",")
            and units[j - 1].kind == "num"
            and j > 1
            and units[j - 2].has(era_kind)
        ):
            j -= 1  # "Hijri 1446, Muharram 1"
            marked += 1
        if marked and j >= 0 and _is_year(units[j]) and j not in used:
            year, first = units[j].value, j
            if (
                calendar == HIJRI
                and year > HIJRI_YEAR_LIMIT
                and j > 1
                and _sign(units[j - 1], "/-")
                and _is_year(units[j - 2])
                and j - 2 not in used
                and units[j - 2].value <= HIJRI_YEAR_LIMIT
            ):
                year, first = units[j - 2].value, j - 2  # "1447/2026 yılı": the Hijri one
    # Year first: "2024 ஜூலை 7".
    if (
        year is None
        and day is not None
        and first == k
        and k > 0
        and _is_year(units[k - 1])
        and k - 1 not in used
    ):
        year, first = units[k - 1].value, k - 1
    extra: dict[str, object] = (
        {"colloquial": True, "before_year": before_year} if colloquial and year is not None else {}
    )
    if year is None and short_year is not None:
        extra.update(short_year=short_year, short_year_unit=short_year_unit)
    if day is None and year is None:
        # A month name alone is not a date; a Hijri one may still take a year that follows
        # with its era mark ("the month of Ramadan. For this year 1445 AH"), so it is kept
        # as a bare half, which is merged so or dropped before pairing.
        if calendar != HIJRI:
            return None
        return Half(calendar, None, entry.value, None, k, last, k, None, False, tuple(languages), bare=True)
    return Half(calendar, year, entry.value, day, first, last, k, era, False, tuple(languages), **extra)  # type: ignore[arg-type]


def _numeric_half(units: Sequence[Unit], i: int, used: set[int]) -> Half | None:
    """1439/11/29, 29/12/1437, ٩ /١١ /١٤٤١هـ, (25/6/2017), and (10/4) in brackets."""
    n = len(units)
    if i + 2 >= n or any(j in used for j in range(i, min(i + 5, n))):
        return None
    a, sep, b = units[i], units[i + 1], units[i + 2]
    if not (a.kind == "num" and b.kind == "num" and sep.kind == "sign" and sep.text in _DATE_SEPARATORS):
        return None
    if i > 0 and _sign(units[i - 1], "/-.:") and units[i - 1].glued and not (i > 1 and i - 2 in used):
        return None  # inside a run of numbers, unless what precedes is a half: "1437-04-10/2016-01-20"
    if i + 4 < n and _sign(units[i + 3], sep.text) and units[i + 4].kind == "num":
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
        if not (1 <= month <= 12 and 1 <= day <= 31):
            return None
        ambiguous = len(c.text) == 4 and day <= 12 and month <= 12 and day != month
        calendar: str | None = HIJRI if year <= HIJRI_YEAR_LIMIT else GREGORIAN
        era = None
        for kind, named in ((HERA, HIJRI), (GERA, GREGORIAN)):
            if (at := _era_after(units, last, kind)) is not None:
                era, last, calendar = at, at, named
        return Half(calendar, year, month, day, i, last, None, era, True, ambiguous_order=ambiguous)
    # Day and month alone count only in brackets, where a partner's year is near: "Rabu (10/4)".
    if i > 0 and _sign(units[i - 1], "(") and i + 3 < n and _sign(units[i + 3], ")"):
        day, month = a.value, b.value
        if 1 <= day <= 31 and 1 <= month <= 12 and len(a.text) <= 2 and len(b.text) <= 2:
            return Half(None, None, month, day, i, i + 2, None, None, True)
    return None


def _year_half(units: Sequence[Unit], i: int) -> Half | None:
    """A year with an era mark: "1445 Hijriah", "2024 Masehi", "1440H", "2019M", "61 AH"."""
    unit = units[i]
    short = _is_short_year(unit)
    if not (_is_year(unit) or short):
        return None
    for kind, calendar in ((HERA, HIJRI), (GERA, GREGORIAN)):
        at = _era_after(units, i, kind)
        # A year of one or two digits only with a spelled-out era ("61 AH", not "5 H").
        if at is not None and not (short and len(units[at].text) < 2):
            return Half(calendar, unit.value, None, None, i, at, None, at, False, _lang(units[at], kind))
    return None


def find_halves(units: Sequence[Unit]) -> list[Half]:
    """Every date half in the units, in text order, none overlapping."""
    used: set[int] = set()
    halves: list[Half] = []
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
            half = _numeric_half(units, i, used) or _year_half(units, i)
            if half is not None:
                halves.append(half)
                used.update(range(half.first, half.last + 1))
    halves.sort(key=lambda h: h.first)
    # "1 Ramadan 1444 H atau 1 Ramadan 2023 … 23 Maret 2023": a Hijri year that is the
    # Gregorian year of the same text (give or take one) was said colloquially.
    gregorian_years = {h.year for h in halves if h.calendar == GREGORIAN and h.year is not None}
    halves = [
        h._replace(year=None, last=h.before_year, colloquial=False)
        if h.colloquial and h.year is not None and any(abs(h.year - g) <= 1 for g in gregorian_years)
        else h
        for h in halves
    ]
    return _year_partners(units, halves, used)


def _year_partners(units: Sequence[Unit], halves: list[Half], used: set[int]) -> list[Half]:
    """ "Ramadan 1445/2024", "Ramzan 1445 AH-2024", "1440H / 2019M": a bare Gregorian year
    straight after a Hijri year it can belong to."""
    n = len(units)
    extra: list[Half] = []
    for half in halves:
        if half.calendar != HIJRI or half.year is None:
            continue
        probe = half.last + 1
        if probe < n and (_sign(units[probe], "/-") or units[probe].has(CONNECTOR)):
            probe += 1
            if probe < n and probe not in used and units[probe].kind == "num" and len(units[probe].text) == 4:
                year = units[probe].value
                if 578 <= year - half.year <= 581:
                    last = probe
                    era = _era_after(units, probe, GERA)
                    if era is not None:
                        last = era
                    extra.append(Half(GREGORIAN, year, None, None, probe, last, None, era, False))
                    used.update(range(probe, last + 1))
        probe = half.first - 1
        skipped = 0
        while probe >= 0 and skipped < 3 and (units[probe].kind == "word" or units[probe].has(FILL_MY)):
            probe -= 1
            skipped += 1
        if half.year_only and probe >= 0 and probe not in used and units[probe].kind == "num":
            year = units[probe].value
            if len(units[probe].text) == 4 and 578 <= year - half.year <= 581:
                extra.append(Half(GREGORIAN, year, None, None, probe, probe, None, None, False))
                used.add(probe)
    return sorted(halves + extra, key=lambda h: h.first)


def _gap_cost(units: Sequence[Unit], start: int, end: int, *, sentences: bool = False) -> float | None:
    """What separates two halves (units start..end-1): None when they cannot be one dateline.
    With ``sentences``, a full stop may stand in the gap (a month and the year said next)."""
    cost = 0.0
    for index in range(start, end):
        unit = units[index]
        if unit.kind == "sign":
            if unit.text in "!?" or (unit.text == "." and not sentences and _ends_sentence(units, index)):
                return None
            continue
        if unit.kind == "lex":
            if unit.has(CONNECTOR) or unit.has(WEEKDAY) or unit.has(HERA) or unit.has(GERA):
                continue
            cost += 0.5
            continue
        cost += 1.0
        if cost > MAX_GAP_COST:
            return None
    return cost


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
    if before.kind != "num" or len(before.text) < 3 or index + 1 >= len(units):
        return False
    after = units[index + 1]
    return after.kind == "word" or (
        after.kind == "lex" and not any(after.has(kind) for kind in (FILL_MY, HERA, GERA, CONNECTOR))
    )


def _calendar_of(half: Half, partner: Half) -> str | None:
    if half.calendar is not None:
        return half.calendar
    return None if partner.calendar is None else (GREGORIAN if partner.calendar == HIJRI else HIJRI)


def merge_halves(units: Sequence[Unit], halves: list[Half]) -> list[Half]:
    """A bare year and the day and month that complete it: "2024 Masehi … Rabu (10/4)",
    "Ramadan 1445/2024 begins tomorrow, 11 March 2024"."""
    out: list[Half] = []
    for half in halves:
        if out:
            previous = out[-1]
            same = previous.calendar == half.calendar or half.calendar is None
            cost = _gap_cost(units, previous.last + 1, half.first, sentences=previous.bare)
            if (
                previous.bare
                and half.year_only
                and half.era_unit is not None
                and same
                and cost is not None
                and cost <= 3
            ):
                out[-1] = previous._replace(
                    year=half.year, last=half.last, era_unit=half.era_unit, bare=False
                )
                continue
            if (
                same
                and previous.year_only
                and half.month is not None
                and half.year in (None, previous.year)
                and cost is not None
                and cost <= 3
            ):
                out[-1] = half._replace(
                    calendar=previous.calendar,
                    year=previous.year,
                    first=previous.first,
                    era_unit=previous.era_unit,
                )
                continue
        out.append(half)
    return [half for half in out if not half.bare]


def pair_halves(units: Sequence[Unit], halves: Sequence[Half]) -> list[Pair]:
    """Neighbouring halves of opposite calendars, best (closest) pairs first taken."""
    merged = merge_halves(units, list(halves))
    options: list[tuple[float, int]] = []
    for i in range(len(merged) - 1):
        a, b = merged[i], merged[i + 1]
        ca, cb = _calendar_of(a, b), _calendar_of(b, a)
        if ca is not None and ca == cb and (ordered := _numeric_order(a, b)) is not None:
            ca, cb = ordered
            merged[i], merged[i + 1] = a._replace(calendar=ca), b._replace(calendar=cb)
        if ca is None or cb is None or ca == cb:
            continue
        cost = _gap_cost(units, a.last + 1, b.first)
        if cost is None:
            continue
        # Prefer pairs whose halves say more.
        options.append((cost - 0.1 * (a.filled + b.filled), i))
    taken: set[int] = set()
    pairs: list[Pair] = []
    for _, i in sorted(options):
        if i in taken or i + 1 in taken:
            continue
        taken.update((i, i + 1))
        a, b = merged[i], merged[i + 1]
        a = a._replace(calendar=_calendar_of(a, b))
        b = b._replace(calendar=_calendar_of(b, a))
        hijri, gregorian = (a, b) if a.calendar == HIJRI else (b, a)
        hijri = _short_year(units, hijri, gregorian)
        first, last = min(a.first, b.first, hijri.first), max(a.last, b.last, hijri.last)
        pairs.append(Pair(_fill_year(merged, hijri), _fill_year(merged, gregorian), first, last))
    pairs.sort(key=lambda p: p.first)
    return pairs


def pair_unknown_month(units: Sequence[Unit], halves: Sequence[Half], single: Half) -> Pair | None:
    """A half beside ``single`` that would be a date of the other calendar but for its month
    name, which the tables do not know: a day, one to three unknown words, and a four-digit
    year ("12 Foo 1446 / 15 September 2024"). Read as that year alone, with the word kept as
    the month name, so that the checker can say what it could not read. For ``parse``: in
    running text such a run is seldom a date."""
    used = {i for h in halves for i in range(h.first, h.last + 1)}
    for i in range(len(units) - 2):
        if i in used or not _is_day(units[i]):
            continue
        j = i + 1
        while j < len(units) and j - i <= 3 and units[j].kind == "word" and j not in used:
            j += 1
        if j == i + 1 or j >= len(units) or j in used or not (_is_year(units[j]) and len(units[j].text) == 4):
            continue
        hijri_era, gregorian_era = _era_after(units, j, HERA), _era_after(units, j, GERA)
        hijri = hijri_era is not None or (gregorian_era is None and units[j].value <= HIJRI_YEAR_LIMIT)
        if (HIJRI if hijri else GREGORIAN) == single.calendar:
            continue
        era = hijri_era if hijri else gregorian_era
        half = Half(HIJRI if hijri else GREGORIAN, units[j].value, None, None, i, j if era is None else era,
                    i + 1, era)  # fmt: skip
        a, b = sorted((half, single), key=lambda h: h.first)
        cost = _gap_cost(units, a.last + 1, b.first)
        if cost is None or cost > 3:
            continue
        return Pair(half if hijri else single, single if hijri else half, a.first, b.last)
    return None


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


def _numeric_order(a: Half, b: Half) -> tuple[str, str] | None:
    """Calendars for two all-digit halves without era marks that guessed the same one
    ("0622-07-19" is not a Hijri year): the smaller year is Hijri when the two years stand
    as Hijri and Gregorian years do, G ≈ 0.970229 H + 621.5643."""
    if not (a.numeric and b.numeric and a.era_unit is None and b.era_unit is None):
        return None
    if a.year is None or b.year is None or a.year == b.year:
        return None
    hijri, gregorian = sorted((a.year, b.year))
    if abs(gregorian - _gregorian_year_of(hijri)) > 2:
        return None
    return (HIJRI, GREGORIAN) if a.year == hijri else (GREGORIAN, HIJRI)


def _fill_year(halves: Sequence[Half], half: Half) -> Half:
    """A half without a year takes it from a nearby half of its calendar that names the same
    month and day, or from a bare year with an era: "1 Muharram), we get in 1434 hajri"."""
    if half.year is not None:
        return half
    for other in sorted(halves, key=lambda o: abs(o.first - half.first)):
        if other is half or other.calendar != half.calendar or other.year is None:
            continue
        if abs(other.first - half.first) > 40:
            break
        if other.year_only or (
            half.month is not None and other.month == half.month and other.day in (half.day, None)
        ):
            return half._replace(year=other.year)
    return half


def weekday_near(units: Sequence[Unit], pair: Pair, halves: Sequence[Half]) -> int | None:
    """The unit of a weekday stated with the dateline: just before it, between its halves,
    or just after it ("(Tue)", "Perşembe günü")."""
    inside = {i for h in (pair.hijri, pair.gregorian) for i in range(h.first, h.last + 1)}
    others = {i for h in halves if not h.bare for i in range(h.first, h.last + 1)} - inside
    best: tuple[int, int] | None = None
    for index in range(max(0, pair.first - 5), min(len(units), pair.last + 6)):
        if index in inside or not units[index].has(WEEKDAY):
            continue
        lo, hi = sorted((index, pair.gregorian.first))
        if any(lo < o < hi for o in others):
            continue
        distance = min(abs(index - pair.gregorian.first), abs(index - pair.gregorian.last))
        if best is None or distance < best[0]:
            best = (distance, index)
    return None if best is None else best[1]


def iter_languages(units: Sequence[Unit], pair: Pair) -> Iterator[str]:
    """Languages of the halves and of the connectors between them."""
    yield from pair.hijri.languages
    yield from pair.gregorian.languages
    for unit in units[pair.first : pair.last + 1]:
        entry = unit.has(CONNECTOR)
        if entry is not None and entry.language != "und":
            yield entry.language
