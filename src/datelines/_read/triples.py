"""The third half of a line: the Solar Hijri date of Iranian and Afghan lines, the Bengali
date of Bangladeshi ones; pairing it with the others.

Lunar and Gregorian halves pair first (:mod:`.pairs`). A Solar Hijri half then joins the
pair it stands next to ("۷ مهر ۱۴۰۴ / ۰۶ ربیع الثانی ۱۴۴۷ / 2025 September 29"), or, with
no pair beside it, pairs with the lunar or Gregorian half next to it ("۱ فروردین ۱۴۰۳
برابر با ۲۰ مارس ۲۰۲۴"). "Next to" is what it is for the other pairs: only signs,
connectors, weekdays, era words and a few other words between.

A Bangladeshi masthead's Bengali date joins its pair the same way ("২০ জানুয়ারি ২০২৪, ০৬ মাঘ
১৪৩০, ০৮ রজব ১৪৪৫"); so does a Bengali date beside a Gregorian one alone.

Iranian pages also state a day once per calendar, each in a sentence or on a line of its
own, each labelled with its calendar ("روز پدر در تقویم شمسی برابر با ۱۳ دی ۱۴۰۴ است.
روز پدر در تقویم میلادی برابر با ۳ ژانویه ۲۰۲۶ است."): where both halves carry their own
calendar's label just before them, a sentence may stand between them.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Final, NamedTuple

from .halves import BANGLA, GREGORIAN, HIJRI, RANGE_JOINER_TEXTS, SOLAR, THIRD, Half, overlaps
from .lexicon import BERA, CONNECTOR, FILL_DM, FILL_MY, GERA, HERA, SERA, WEEKDAY, Kind
from .pairs import _AND, MAX_GAP_COST, Pair, _gap_cost, numbers_costed
from .tokens import Unit, entry_of

__all__ = ["Line", "solar_lines"]

MAX_SOLAR_GAP: Final = 3.0
# A Bengali date stands beside the others in a masthead, with signs, a connector or a word
# between ("২১ শ্রাবণ ১৪২০ এবং ২৬ রামাযান ১৪৩৪"): not in another clause of running text
# ("1 Shawwal 1445, fell during Chaitra 29 1430", a review).
MAX_BANGLA_GAP: Final = 1.0


class Line(NamedTuple):
    """The halves of one dateline: a lunar–Gregorian pair and the Solar Hijri half beside
    it, or a Solar Hijri half and the one other half beside it."""

    pair: Pair | None
    solar: Half | None
    other: Half | None = None  # with no pair: the lunar or Gregorian half beside the solar one

    @property
    def first(self) -> int:
        return min(h.first for h in self.halves)

    @property
    def last(self) -> int:
        return max(h.last for h in self.halves)

    @property
    def halves(self) -> tuple[Half, ...]:
        found = (self.pair.hijri, self.pair.gregorian) if self.pair else ()
        return found + tuple(h for h in (self.solar, self.other) if h is not None)


def _gap(
    units: Sequence[Unit],
    a: tuple[int, int],
    b: tuple[int, int],
    *,
    labelled: bool = False,
    echoes: Sequence[tuple[int, int]] = (),
    limit: float = MAX_GAP_COST,
) -> float | None:
    """The gap cost between two unit ranges, whichever comes first; ``labelled``: each
    carries its calendar's label, and sentences may stand between them; ``echoes``: unit
    ranges in the gap that cost nothing; None where it costs more than ``limit``."""
    (_, last_a), (first_b, _) = sorted((a, b))
    if first_b <= last_a:
        return None
    total = 0.0
    start = last_a + 1
    for echo_first, echo_last in [
        *sorted(e for e in echoes if last_a < e[0] and e[1] < first_b),
        (first_b, first_b),
    ]:
        if echo_first > start:
            cost = _gap_cost(units, start, echo_first, sentences=labelled, limit=limit - total)
            if cost is None:
                return None
            total += cost
        start = max(start, echo_last + 1)
    return total


def _least_gap(counted: Sequence[int], a: tuple[int, int], b: tuple[int, int]) -> float:
    """A floor of :func:`_gap` without echoes between two unit ranges (see
    :func:`datelines._read.pairs.numbers_costed`), infinite where they overlap."""
    (_, last_a), (first_b, _) = sorted((a, b))
    if first_b <= last_a:
        return float("inf")
    return counted[first_b] - counted[last_a + 1]


_Said = dict[tuple[str | None, int | None, int | None, int | None], list[Half]]


def _said(halves: Sequence[Half]) -> _Said:
    """The halves that are no bare numbers, by the date each says (see :func:`_echoes`)."""
    said: _Said = {}
    for h in halves:
        if not h.bare:
            said.setdefault((h.calendar, h.year, h.month, h.day), []).append(h)
    return said


def _echoes(said: _Said, line: Sequence[Half]) -> list[tuple[int, int]]:
    """The unit ranges of halves that say one of ``line``'s dates again, in another form
    ("25/07/2024" beside "Thursday - 25 July 2024"): they cost nothing between its halves.
    ``said``: the window's halves by their dates (see :func:`_said`)."""
    dates = {(h.calendar, h.year, h.month, h.day) for h in line}
    return [(h.first, h.last) for date in dates for h in said.get(date, ()) if h not in line]


def _echoes_between(said: _Said, line: Sequence[Half], a: tuple[int, int], b: tuple[int, int]) -> bool:
    """Whether an echo of ``line``'s dates (see :func:`_echoes`) stands between ``a`` and ``b``."""
    (_, last_a), (first_b, _) = sorted((a, b))
    return any(last_a < first and last < first_b for first, last in _echoes(said, line))


_LABELS: Final[dict[str, Kind]] = {SOLAR: SERA, HIJRI: HERA, GREGORIAN: GERA, BANGLA: BERA}
_BEFORE_A_DATE: Final = (CONNECTOR, WEEKDAY, FILL_DM)
_LABEL_REACH: Final = 5  # units before a half searched for its label
SOLAR_YEARS: Final = (1200, 1500)  # a Solar Hijri year said apart from its date: 1821–2122


def _label(units: Sequence[Unit], half: Half) -> tuple[int, int | None] | None:
    """Where the half's calendar is named just before it ("در تقویم میلادی برابر با …",
    "به شمسی: …"), with only signs, connectors, weekdays, the word for day and perhaps the
    year between ("در تقویم شمسی ۱۴۰۴ برابر با پنجشنبه ۲۰ آذر"); and that year's unit."""
    label = _LABELS.get(half.calendar or "")
    if label is None:
        return None
    index, year = half.first - 1, None
    while index >= 0 and index >= half.first - _LABEL_REACH:
        unit = units[index]
        if unit.kind == "lex" and entry_of(unit, label):
            return index, year
        if unit.kind == "sign" or (
            unit.kind == "lex" and any(entry_of(unit, kind) for kind in _BEFORE_A_DATE)
        ):
            index -= 1
            continue
        if unit.kind == "num" and len(unit.text) == 4 and year is None and half.year is None:
            year = index
            index -= 1
            continue
        return None
    return None


def _labelled(units: Sequence[Unit], half: Half) -> bool:
    return _label(units, half) is not None


def _with_labelled_year(units: Sequence[Unit], half: Half) -> Half:
    """A labelled Solar Hijri day and month with the year said apart, between the label and
    the date or just before the label ("سال ۱۴۰۱ در تقویم شمسی مصادف با چهارشنبه ۱۱ خرداد")."""
    if (
        half.year is not None
        or half.month is None
        or half.calendar != SOLAR
        or (found := _label(units, half)) is None
    ):
        return half
    label, year = found
    if year is None:
        for index in range(label - 1, max(-1, label - _LABEL_REACH), -1):
            unit = units[index]
            if (
                unit.kind == "num"
                and len(unit.text) == 4
                and index > 0
                and entry_of(units[index - 1], FILL_MY)
            ):
                year = index
                break
            if unit.kind == "sign" and unit.text in ".!?":
                break
    if year is None or not SOLAR_YEARS[0] <= units[year].value <= SOLAR_YEARS[1]:
        return half
    return half._replace(year=units[year].value, first=min(half.first, year))


def _statements(units: Sequence[Unit], solar: Half, others: Sequence[Half]) -> bool:
    """A Solar Hijri half and the nearest of ``others``, each labelled with its calendar."""
    nearest = min(others, key=lambda h: min(abs(h.first - solar.last), abs(solar.first - h.last)))
    return _labelled(units, solar) and _labelled(units, nearest)


def _fits(third: Half, other: Half, *, masthead: bool = False) -> bool:
    """A Solar Hijri or Bengali year and the other half's year can be one day's (or a slip
    of one); ``masthead``: the third is a whole date right beside the other (see
    :func:`_masthead`), where a year one too low is a slip too: "২০ জানুয়ারি ২০২৬, ৬ মাঘ
    ১৪৩১", the Bengali year not turned with the Gregorian one (a trial), read and told. In
    running text a year one too low is last year's month ("… ২০২৬: গত ১৪৩১ বঙ্গাব্দের ফাল্গুন",
    a review), no half of the line."""
    if third.year is None or other.year is None:
        return True
    low, high = (593, 594) if third.calendar == BANGLA else (621, 622)  # Gregorian years it spans
    if other.calendar == GREGORIAN:
        return low - 1 <= other.year - third.year <= high + masthead
    return overlaps(other.year, third.year + low) or overlaps(other.year, third.year + high)


def _masthead(units: Sequence[Unit], third: Half, others: Sequence[Half]) -> bool:
    """Whether ``third`` is a whole date with nothing of the story between it and the nearest
    of ``others``: signs (not a colon, which opens the story), era marks ("২০/০১/২০২৬ ইং, ৬ মাঘ
    ১৪৩১"), a weekday, a connector or "and": a masthead's dates side by side (a review: "ইং"
    and "খ্রিঃ" had parted them)."""
    if third.day is None or third.month is None or third.year is None:
        return False
    nearest = min(others, key=lambda h: min(abs(h.first - third.last), abs(third.first - h.last)))
    lo, hi = (
        (nearest.last + 1, third.first) if nearest.last < third.first else (third.last + 1, nearest.first)
    )
    return all(
        (units[k].kind == "sign" and units[k].text != ":")
        or units[k].text in _AND
        or any(entry_of(units[k], kind) for kind in (GERA, HERA, SERA, BERA, WEEKDAY, CONNECTOR))
        for k in range(lo, hi)
    )


def _loose_romanised(half: Half) -> bool:
    """A Bengali month in Latin letters without its year: a cricket score ("Ashwin 3"), a
    Nepali date ("Chaitra 15"), no Bangladeshi date ("Poush 1, 1431 BS" is one); and a Solar
    month in Russian with neither year nor era: names and surnames ("Улица Азера 12", "Лейла
    Мехра 20 лет": review 65), no Iranian date ("17 тира 1403 года" is one)."""
    if half.calendar == SOLAR:
        return half.year is None and half.era_unit is None and "ru" in half.languages
    return half.calendar == BANGLA and half.year is None and "bn" not in half.languages


def _apart(units: Sequence[Unit], a: Half, b: Half) -> bool:
    """Whether two halves of a line of two calendars are a range's ends or a list's items,
    not one day: "تا" or "الی" (until) between them, "و" (and) with no connector ("بین ۱ مهر
    ۱۴۰۴ و ۳۱ دسامبر ۲۰۲۵", between … and; "متولد ۱۲ آبان ۱۳۵۸ است و ۳ نوامبر ۱۹۸۰", two
    events) (a review: such sentences were read as one day, and failed)."""
    first, second = sorted((a, b), key=lambda h: h.first)
    gap = range(first.last + 1, second.first)
    if any(units[k].kind != "sign" and units[k].text in RANGE_JOINER_TEXTS for k in gap):
        return True
    if any(units[k].kind == "sign" and units[k].text in ";؛" for k in gap) and any(
        units[k].kind == "word" for k in gap
    ):
        # "زلزله ۵ دی ۱۳۸۲ بم؛ در ۲۷ دسامبر ۲۰۰۳": two clauses (a masthead's dates apart by
        # semicolons alone are one day's: "July 11, 2019; Ashar 27, 1426 BS; …")
        return True
    after = second.last + 1
    if after + 1 < len(units) and units[after].text in _AND and units[after + 1].kind == "num":
        return True  # a list's items: "۱۵ فروردین ۱۴۰۴، ۲۰ آوریل ۲۰۲۵ و ۱ مه ۲۰۲۵"
    # ("و" with a connector or a weekday says the same day again: "… و همزمان با …", "۱۵ شعبان
    # ۱۴۴۷ و روز چهارشنبه ۱۵ بهمن ۱۴۰۴"; and alone, with eras, it may: "جمعه ۱۵ فروردین ۱۴۰۴ و
    # ۴ آوریل ۲۰۲۵", a second review; with a verb or other words it joins two clauses)
    return (
        any(units[k].text in _AND for k in gap)
        and not any(entry_of(units[k], CONNECTOR) or entry_of(units[k], WEEKDAY) for k in gap)
        and any(
            (units[k].kind == "word" and units[k].text not in _AND)
            or (units[k].kind == "lex" and not any(entry_of(units[k], kind) for kind in _ERAS))
            for k in gap
        )
    )


_ERAS: Final = (HERA, GERA, SERA, BERA)


def _limit(half: Half) -> float:
    return MAX_BANGLA_GAP if half.calendar == BANGLA else MAX_SOLAR_GAP


def solar_lines(units: Sequence[Unit], halves: Sequence[Half], pairs: Sequence[Pair]) -> list[Line]:
    """The datelines of ``pairs`` with their Solar Hijri halves, and the Solar Hijri
    halves paired with a lone lunar or Gregorian half, in text order."""
    solar = [
        _with_labelled_year(units, h)
        for h in halves
        if h.calendar in THIRD and (h.month is not None or h.year_only) and not _loose_romanised(h)
    ]
    if not solar:
        return [Line(pair, None) for pair in pairs]
    # A year taken into a labelled date is not a year of its own.
    taken = {h.first for h in solar if not h.year_only}
    solar = [h for h in solar if not (h.year_only and h.first in taken)]
    lines = [Line(pair, None) for pair in pairs]
    used = {i for pair in pairs for h in (pair.hijri, pair.gregorian) for i in range(h.first, h.last + 1)}
    loose = [
        h
        for h in halves
        if h.calendar in (HIJRI, GREGORIAN)
        and not h.bare
        and h.first not in used
        and (h.month or h.year_only)
    ]
    counted = numbers_costed(units)
    said = _said(halves)
    for half in solar:
        span = (half.first, half.last)
        best: tuple[float, int] | None = None
        for index, line in enumerate(lines):
            if line.solar is not None or line.pair is None:
                continue
            inside = line.first < half.first and half.last < line.last  # "H / SH / G"
            if not inside:
                # (the floor asked first: in a page of dates most lines are too far off, and
                # each was walked; a date said again between them costs nothing, so not then)
                least = _least_gap(counted, span, (line.first, line.last))
                if (least > MAX_GAP_COST or (best is not None and least >= best[0])) and not _echoes_between(
                    said, (half, *line.halves), span, (line.first, line.last)
                ):
                    continue
            labelled = not inside and _statements(units, half, line.halves)
            limit = MAX_GAP_COST if labelled else _limit(half)
            cost = (
                0.0
                if inside
                else _gap(
                    units, span, (line.first, line.last), labelled=labelled,
                    echoes=_echoes(said, (half, *line.halves)), limit=limit,
                )
            )  # fmt: skip
            if cost is None or cost > limit or (best is not None and cost >= best[0]):
                continue  # (asked first: in a page of dates, most lines are too far off)
            masthead = _masthead(units, half, line.halves)
            if all(_fits(half, h, masthead=masthead) for h in line.halves):
                best = (cost, index)
        if best is not None:
            lines[best[1]] = lines[best[1]]._replace(solar=half)
            continue
        partner: tuple[float, Half] | None = None
        for other in loose:
            least = _least_gap(counted, span, (other.first, other.last))
            if least > MAX_GAP_COST or (partner is not None and least >= partner[0]):
                continue  # (the floor first: see above)
            labelled = _statements(units, half, [other])
            limit = MAX_GAP_COST if labelled else _limit(half)
            if least > limit:
                continue
            cost = _gap(units, span, (other.first, other.last), labelled=labelled, limit=limit)
            if cost is None or cost > limit or (partner is not None and cost >= partner[0]):
                continue  # (asked first: see above)
            if not labelled and _apart(units, half, other):
                continue
            if _fits(half, other, masthead=_masthead(units, half, [other])):
                partner = (cost, other)
        if partner is not None:
            loose.remove(partner[1])
            lines.append(Line(None, half, partner[1]))
    lines.sort(key=lambda line: line.first)
    return lines
