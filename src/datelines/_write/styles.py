"""House styles: the datelines of real newsrooms, as templates with their names and digits.

Each style follows an outlet or usage; its docstring-like ``description`` says which, and
``example`` shows 20 January 2016 (10 Rabi' al-Thani 1437) in it.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass, field
from os import PathLike, fspath
from types import MappingProxyType
from typing import Final, NamedTuple

from ..calendars import Calendar, get_calendar
from ..errors import DatelineError, StyleError
from ..names import output
from .template import Template

TYPE_CHECKING = False
if TYPE_CHECKING:
    from .._types import Digits

__all__ = ["STYLES", "Style", "get_style", "load_style", "style_names"]


_Strings = tuple[str, ...]


class Names(NamedTuple):
    """The names a style writes in one language."""

    hijri_months: _Strings
    gregorian_months: _Strings
    gregorian_short: _Strings  # the months' abbreviations ("Jan")
    weekdays: _Strings  # Monday first, as date.weekday() counts
    eras: tuple[str, str]  # the Hijri and the Gregorian era mark


class FastPlan(NamedTuple):
    """A style compiled for its commonest use (a plain date in its own language, calendar,
    digits and era marks): one positional format string, with era marks and literal text
    baked in, and for each field a table of finished strings looked up by number
    (modifiers applied, digits in the style's script)."""

    form: str
    hijri_days: _Strings
    hijri_months: _Strings
    hijri_month_numbers: _Strings
    gregorian_days: _Strings
    gregorian_months: _Strings
    gregorian_short: _Strings
    gregorian_month_numbers: _Strings
    weekdays: _Strings
    years: dict[int, int] | None  # the digit table for years, when not Latin


def lunar(calendar: Calendar) -> Calendar:
    """``calendar``, which a style writes its Hijri date in; a :class:`StyleError` for a
    Solar Hijri one (the Hijri fields are the lunar date's; the Solar Hijri date has its own)."""
    from ..calendars import solar_calendar_kind
    from ..calendars.solar import SolarHijriCalendar

    if (other := solar_calendar_kind(calendar)) is not None and not isinstance(calendar, SolarHijriCalendar):
        raise StyleError(
            f"calendar {calendar.name!r} is {other}, and a dateline's Hijri date is lunar: write the "
            "Bengali date with a style whose template has {bday} {bmonth} {byear} (as the "
            "bangladesh-masthead style does), beside a lunar calendar",
            field="calendar",
        )
    if isinstance(calendar, SolarHijriCalendar):
        raise StyleError(
            f"calendar {calendar.name!r} is the Solar Hijri calendar, and a dateline's Hijri date is "
            "lunar: write the Solar Hijri date with a style whose template has {sday} {smonth} "
            "{syear} (as the iran style does), beside a lunar calendar",
            field="calendar",
        )
    return calendar


def _signed_before_the_date(place: str) -> bool:
    """Whether a style's place field holds the agency as Iran's agencies sign: "{place}- {agency}- "
    (a dash after each, the same text after both), or as Pakistan's Urdu papers print their
    byline, in brackets after the place: "{place} ({agency}) " ("کراچی (اسٹاف رپورٹر) …",
    trial 26). Review 57: other shapes wrote lines that did not read back, or left a bracket
    open where no agency was given (the writer drops a bracket with its agency)."""
    if re.fullmatch(r"\{place\} \(\{agency\}\) ", place):
        return True
    found = re.fullmatch(r"\{place\}(\s*[-–—]\s+)\{agency\}(\s*[-–—]\s+)", place)
    return found is not None and found.group(1) == found.group(2)


@dataclass(frozen=True, slots=True)
class Style:
    """A house style: a template, the language of its names, and what it overrides.

    ``hijri_months`` / ``gregorian_months`` replace the language's names (a newsroom that
    writes "Rabiul Akhir", not "Rabiulakhir"), ``gregorian_months_short`` its abbreviations
    (``{gmonth_short}``) and ``weekdays`` its weekdays (seven, Monday first: "ranar Litinin",
    …); ``place`` and ``agency`` say how a place and an agency stand around the dateline
    (``place`` may hold ``{agency}`` after ``{place}``, for an agency that signs before the
    date: ``"{place}- {agency}- "``);
    ``digits`` is ``latn``, ``arab``, ``arabext``, ``beng`` or ``deva``.

    >>> import datetime, datelines
    >>> hausa = Style("hausa", "{weekday}, {hday} {hmonth} {hyear} / {gday} {gmonth} {gyear}",
    ...               weekdays=("Litinin", "Talata", "Laraba", "Alhamis", "Jumma'a", "Asabar", "Lahadi"))
    >>> datelines.format(datetime.date(2016, 1, 20), style=hausa)
    "Laraba, 10 Rabi' al-Thani 1437 / 20 January 2016"
    """

    name: str
    template: str
    language: str = "en"
    description: str = ""
    hijri_months: tuple[str, ...] | None = None
    gregorian_months: tuple[str, ...] | None = None
    place: str = "{place}, "
    agency: str = " ({agency})"
    digits: Digits = "latn"
    calendar: str = "umalqura"
    offset: int = 0
    table: str | None = None  # a sighting table's path (see docs/calendars.md)
    # The Solar Hijri month names (a key of names.output.SOLAR_HIJRI_MONTHS: "fa" for Iran's,
    # "fa-AF" and "ps" for Afghanistan's zodiac names); the language's own where it has them.
    solar_names: str | None = None
    gregorian_months_short: tuple[str, ...] | None = None
    weekdays: tuple[str, ...] | None = None
    compiled: Template = field(init=False, repr=False, compare=False)
    names: Names = field(init=False, repr=False, compare=False)
    resolved: Calendar = field(init=False, repr=False, compare=False)
    fast: FastPlan | None = field(init=False, repr=False, compare=False)

    def __post_init__(self) -> None:
        # Styles come from style files too: every field is checked here, not trusted.
        for name in ("name", "template", "language", "description", "place", "agency", "digits"):
            if not isinstance(getattr(self, name), str):
                raise StyleError(
                    f"style {self.name!r}: {name} must be text, not {type(getattr(self, name)).__name__}",
                    field=name,
                )
        for key, count, what in (
            ("hijri_months", 12, "month names"),
            ("gregorian_months", 12, "month names"),
            ("gregorian_months_short", 12, "month abbreviations"),
            ("weekdays", 7, "weekday names"),
        ):
            names = getattr(self, key)
            if names is not None and (
                isinstance(names, str)  # twelve letters are no twelve names
                or not isinstance(names, (tuple, list))
                or len(names) != count
                or not all(isinstance(m, str) and m for m in names)
            ):
                raise StyleError(
                    f"style {self.name!r}: {key}: {what} need {count} entries of text"
                    + (", Monday first" if key == "weekdays" else ""),
                    field="months" if key.endswith("months") else key,
                )
            if isinstance(names, list):
                object.__setattr__(self, key, tuple(names))
        for name, field_ in (("place", "{place}"), ("agency", "{agency}")):
            # The caller's place or agency stands at the field, once; a brace otherwise would
            # be printed as it is. The place's may hold the agency's after it, where an outlet
            # signs before the date ("{place}- {agency}- ": "تهران- ایرنا- …", Iran's agencies).
            said = getattr(self, name)
            rest = said.replace(field_, "", 1)
            if name == "place" and "{agency}" in said and not _signed_before_the_date(said):
                raise StyleError(
                    f'style {self.name!r}: place may hold {{agency}} only as "{{place}}- {{agency}}- " '
                    f'(the same dash after each) or "{{place}} ({{agency}}) ", which the reader reads back, '
                    f"got {said!r}",
                    field=name,
                )
            if name == "place" and "{agency}" in said:
                rest = rest.replace("{agency}", "", 1)
            if field_ not in said or "{" in rest or "}" in rest:
                raise StyleError(
                    f"style {self.name!r}: {name} must hold {field_} once and no other braces"
                    + (" (but {agency} once after it)" if name == "place" else "")
                    + f", got {said!r}",
                    field=name,
                )
        if self.solar_names is not None and self.solar_names not in output.SOLAR_HIJRI_MONTHS:
            raise StyleError(
                f"style {self.name!r}: solar_names must be one of {', '.join(output.SOLAR_HIJRI_MONTHS)}, "
                f"got {self.solar_names!r}",
                field="solar_names",
            )
        if self.language not in output.GREGORIAN_MONTHS:
            raise StyleError(
                f"style {self.name!r}: no names for language {self.language!r}; "
                f"known: {', '.join(output.GREGORIAN_MONTHS)}",
                field="language",
            )
        if self.digits not in output.DIGITS:
            raise StyleError(
                f"style {self.name!r}: digits must be one of {', '.join(output.DIGITS)}, got {self.digits!r}",
                field="digits",
            )
        object.__setattr__(self, "compiled", Template(self.template))
        if not self.compiled.fields:
            raise StyleError(
                f"style {self.name!r}: the template names no field ({{hday}}, {{gyear}}, …): it would write "
                f"{self.template!r} for every date",
                field="template",
            )
        try:
            object.__setattr__(
                self, "resolved", lunar(get_calendar(self.calendar, offset=self.offset, table=self.table))
            )
        except DatelineError as err:
            raise StyleError(f"style {self.name!r}: {err}", field="calendar") from None
        object.__setattr__(self, "names", self.names_in(self.language))
        object.__setattr__(self, "fast", self._fast_plan())

    def _fast_plan(self) -> FastPlan | None:
        """The style compiled for its commonest use (a plain date, its own language,
        calendar, digits and era marks): one positional format string, with era marks and
        literal text baked in, and a table of finished strings (modifiers applied, digits in
        the style's script) for every day, month and weekday, looked up by number. ``None``
        where the template needs the general path (an empty era mark, a year written with a
        modifier in non-Latin digits, one field written two ways)."""
        from .template import apply

        if (SOLAR_FIELDS | BANGLA_FIELDS).intersection(self.compiled.fields):
            return None  # three calendars: the general path writes them
        hijri_months, gregorian_months, short, weekdays, (hera, gera) = self.names
        digit_table = output.DIGIT_TABLES[self.digits] if self.digits != "latn" else None
        sources: dict[str, tuple[object, ...]] = {
            "hday": tuple(range(32)),  # the printed table has 31-day months
            "hmonth": ("", *hijri_months),
            "hmonth_num": tuple(range(13)),
            "gday": tuple(range(32)),
            "gmonth": ("", *gregorian_months),
            "gmonth_short": ("", *short),
            "gmonth_num": tuple(range(13)),
            "weekday": weekdays,
        }
        slots = {"hday": 0, "hmonth": 1, "hmonth_num": 2, "hyear": 3, "gday": 4, "gmonth": 5,
                 "gmonth_short": 6, "gmonth_num": 7, "gyear": 8, "weekday": 9}  # fmt: skip
        chosen: dict[str, tuple[str, ...]] = {}

        def script(text: str) -> str:
            return text if digit_table is None else text.translate(digit_table)

        pieces: list[str] = []
        for kind, name, modifiers in self.compiled.parts:
            if kind == "text":
                pieces.append(script(name).replace("{", "{{").replace("}", "}}"))
            elif name in ("hera", "gera"):
                mark = hera if name == "hera" else gera
                if not mark:
                    return None
                pieces.append(apply(mark, modifiers, self.language).replace("{", "{{").replace("}", "}}"))
            elif name in ("hyear", "gyear"):
                if not modifiers:
                    pieces.append(f"{{{slots[name]}}}")
                elif digit_table is None and modifiers in (("02",), ("04",)):
                    pieces.append(f"{{{slots[name]}:0{modifiers[0][1]}d}}")
                else:
                    return None
            else:
                if chosen.setdefault(name, modifiers) != modifiers:
                    return None
                pieces.append(f"{{{slots[name]}}}")

        def table(name: str) -> _Strings:
            return tuple(script(apply(value, chosen.get(name, ()), self.language)) for value in sources[name])

        return FastPlan(
            "".join(pieces), table("hday"), table("hmonth"), table("hmonth_num"), table("gday"), table("gmonth"),
            table("gmonth_short"), table("gmonth_num"), table("weekday"), digit_table,
        )  # fmt: skip

    def names_in(self, language: str) -> Names:
        """Hijri months, Gregorian months, their abbreviations, weekdays, and the two era
        marks, in ``language``; the style's own spellings where it is the style's language."""
        if language not in output.GREGORIAN_MONTHS:
            raise StyleError(
                f"no names for language {language!r}; known: {', '.join(output.GREGORIAN_MONTHS)}",
                field="language",
            )
        own = language == self.language
        gregorian = (
            self.gregorian_months if own and self.gregorian_months else output.GREGORIAN_MONTHS[language]
        )
        short = (
            self.gregorian_months_short
            if own and self.gregorian_months_short
            else output.GREGORIAN_MONTHS_SHORT.get(language, gregorian)
        )
        return Names(
            self.hijri_months if own and self.hijri_months else output.HIJRI_MONTHS[language],
            gregorian,
            short,
            self.weekdays if own and self.weekdays else output.WEEKDAYS[language],
            (output.HIJRI_ERA[language], output.GREGORIAN_ERA[language]),
        )


_MINA_EN = ("Muharram", "Safar", "Rabiul Awwal", "Rabiul Akhir", "Jumadil Awwal", "Jumadil Akhir", "Rajab",
            "Sha'ban", "Ramadan", "Shawwal", "Dhul Qa'dah", "Dhul Hijjah")  # fmt: skip
_SPA_EN = ("Muharram", "Safar", "Rabi Al-Awwal", "Rabi Al-Thani", "Jumada Al-Awwal", "Jumada Al-Thani", "Rajab",
           "Sha'ban", "Ramadan", "Shawwal", "Dhu Al-Qa'dah", "Dhu Al-Hijjah")  # fmt: skip
_PAKISTAN = ("Muharram", "Safar", "Rabi-ul-Awwal", "Rabi-us-Sani", "Jamadi-ul-Awwal", "Jamadi-us-Sani", "Rajab",
             "Sha'ban", "Ramzan", "Shawwal", "Zil Qaada", "Zil Hajj")  # fmt: skip
_DARI_GREGORIAN = (
    "جنوری",
    "فبروری",
    "مارچ",
    "اپریل",
    "می",
    "جون",
    "جولای",
    "اگست",
    "سپتمبر",
    "اکتوبر",
    "نومبر",
    "دسمبر",
)
SOLAR_FIELDS = frozenset({"sday", "smonth", "smonth_num", "syear", "sera"})
BANGLA_FIELDS = frozenset({"bday", "bmonth", "bmonth_num", "byear", "bera"})
_ALA_LC = ("Muḥarram", "Ṣafar", "Rabīʿ I", "Rabīʿ II", "Jumādá I", "Jumādá II", "Rajab", "Shaʿbān", "Ramaḍān",
           "Shawwāl", "Dhū al-Qaʿdah", "Dhū al-Ḥijjah")  # fmt: skip

# Morocco's names of the Gregorian months, as its press, its Ministry of Habous and its official
# gazette print them (the reader's tables cite their sources: docs/data/spellings-sources.tsv).
_MOROCCAN_GREGORIAN = (
    "يناير", "فبراير", "مارس", "أبريل", "ماي", "يونيو", "يوليوز", "غشت", "شتنبر", "أكتوبر", "نونبر", "دجنبر",
)  # fmt: skip

STYLES: Mapping[str, Style] = MappingProxyType({
    style.name: style
    for style in (
        Style("mina", "{hday} {hmonth} {hyear}/{gday} {gmonth} {gyear}", "en",
              "MINA (Mi'raj News Agency), English edition", hijri_months=_MINA_EN),
        Style("mina-id", "{hday} {hmonth} {hyear}/{gday} {gmonth} {gyear}", "id",
              "MINA, Indonesian edition"),
        Style("spa-en", "{hmonth} {hday}, {hyear}, {gmonth_short} {gday}, {gyear}", "en",
              "Saudi Press Agency, English service", hijri_months=_SPA_EN, agency=", {agency}"),
        Style("spa-ar", "{hday} {hmonth} {hyear} {hera} الموافق {gday} {gmonth} {gyear} {gera}", "ar",
              "Saudi Press Agency (واس), Arabic service", place="{place} ", agency=" {agency}"),
        Style("indonesia", "{hday} {hmonth} {hyear} {hera} / {gday} {gmonth} {gyear} {gera}", "id",
              "Indonesian government letters and decrees (Kemenag): the Hijri date in Indonesia's calendar",
              calendar="ID"),
        Style("indonesia-press", "{weekday}, {gday} {gmonth} {gyear} bertepatan dengan {hday} {hmonth} {hyear} {hera}",
              "id", "Indonesian press: Gregorian first, 'bertepatan dengan'; Indonesia's calendar",
              calendar="ID"),
        Style("malay", "{hday} {hmonth} {hyear} bersamaan {gday} {gmonth} {gyear}", "ms",
              "Malaysia (JAKIM): 'bersamaan'; Malaysia's calendar (Brunei: calendar='BN')", calendar="MY"),
        Style("gulf-masthead", "{weekday:upper} | {gmonth:upper} {gday}, {gyear} | {hmonth:upper} {hday}, {hyear} {hera}",
              "en", "Gulf English mastheads (Oman Observer, Times of Oman)", hijri_months=_SPA_EN),
        Style("pakistan", "{hday:ord} {hmonth}, {hyear} {hera} ({gmonth} {gday}, {gyear})", "en",
              "Pakistani English press (Ruet-e-Hilal notifications); Pakistan's calendar",
              hijri_months=_PAKISTAN, calendar="PK"),
        Style("turkish", "{hday} {hmonth} {hyear} / {gday} {gmonth} {gyear}", "tr",
              "Turkish (Diyanet calendar)", calendar="TR"),
        Style("morocco", "{hday} {hmonth} {hyear} {hera} موافق {gday} {gmonth} {gyear} {gera}", "ar",
              "Morocco's Ministry of Habous and press: 'موافق', the Maghreb's month names (غشت, دجنبر); "
              "Morocco's calendar", place="{place} ", agency=" ({agency})", calendar="MA",
              gregorian_months=_MOROCCAN_GREGORIAN),
        Style("morocco-official", "{hday} {hmonth} {hyear} ({gday} {gmonth} {gyear})", "ar",
              "Morocco's official gazette (Bulletin officiel, Arabic): the Gregorian date in brackets; "
              "Morocco's calendar", place="{place} ", calendar="MA", gregorian_months=_MOROCCAN_GREGORIAN),
        Style("urdu", "{hday} {hmonth} {hyear}{hera} بمطابق {gday} {gmonth} {gyear}{gera}", "ur",
              "Urdu press: 'بمطابق'", place="{place} ", agency=" ({agency})"),
        Style("persian", "{hday} {hmonth} {hyear} {hera} برابر با {gday} {gmonth} {gyear}", "fa",
              "Persian press: 'برابر با', Persian digits", digits="arabext", place="{place} "),
        Style("french", "{hday} {hmonth} {hyear} / {gday} {gmonth} {gyear}", "fr",
              "French-language press (Maghreb, West Africa)"),
        Style("russian", "{gday} {gmonth} {gyear} {gera} / {hday} {hmonth} {hyear} {hera}", "ru",
              "Russian-language Muslim press and muftiates: Gregorian first, 'г.' and 'г. х.'; Russia's "
              "muftiates' calendar", calendar="RU"),
        # (the Hijri era mark, "hijriy"/"хижри", stands before the year, as these papers print
        # it; left out with era=False, the Hijri month's name still marks the half)
        Style("uzbek", "{gyear}-yil {gday}-{gmonth} / {hera} {hyear}-yil {hday}-{hmonth}", "uz",
              "Uzbek press (Latin script): each year first with 'yil', a hyphen after the day; 'hijriy'; "
              "Uzbekistan's calendar", calendar="UZ"),
        Style("kazakh", "{gyear} жылғы {gday} {gmonth} / {hera} {hyear} жылғы {hday} {hmonth}", "kk",
              "Kazakh press: each year first with 'жылғы'; 'хижри'; Kazakhstan's calendar", calendar="KZ"),
        Style("bosnian", "{hday}. {hmonth} {hyear}. {hera} / {gday}. {gmonth} {gyear}.", "bs",
              "Bosnian press and the Islamic Community in Bosnia and Herzegovina: ordinal stops, 'h. g.' "
              "(hidžretske godine); Diyanet's calendar, which the Islamic Community's Takvim follows",
              calendar="TR"),
        Style("hausa", "{hday} ga watan {hmonth}, {hyear} wanda ya yi daidai da {gday} ga watan {gmonth}, {gyear}",
              "ha", "Nigeria's Hausa press (Aminiya, Leadership Hausa): 'ga watan', 'wanda ya yi daidai da'"),
        # (stop 59, trial 24's East African and Central Asian desks: BAKWATA's statements, "30
        # SAFAR 1441H sawa na Oktoba 29, 2019", eatv.tv; muslim.uz's Cyrillic, "ҳижрий 1447
        # йил", "милодий 2024 йил 11 март")
        Style("swahili", "{hday} {hmonth} {hyear}{hera} sawa na {gmonth} {gday}, {gyear}", "sw",
              "East African Swahili press and BAKWATA: 'H' on the year, 'sawa na', the Gregorian "
              "month first"),
        Style("uzbek-cyrillic", "{gyear} йил {gday} {gmonth} / {hera} {hyear} йил {hday} {hmonth}", "uz-Cyrl",
              "Uzbek press in Cyrillic (muslim.uz): each year first with 'йил'; 'ҳижрий'; Uzbekistan's "
              "calendar", calendar="UZ"),
        Style("bangladesh", "{gday} {gmonth} {gyear} {gera}, {hday} {hmonth} {hyear} {hera}", "bn",
              "Bangladeshi press (Jagonews, Alokito Bangladesh): Gregorian first, Bengali digits; "
              "Bangladesh's calendar", digits="beng", calendar="BD"),
        Style("scholarly", "{hday} {hmonth} {hyear} {hera} / {gday} {gmonth} {gyear} {gera}", "en",
              "Scholarly, ALA-LC romanization with diacritics", hijri_months=_ALA_LC),
        Style("iso", "{hyear:04}-{hmonth_num:02}-{hday:02}/{gyear:04}-{gmonth_num:02}-{gday:02}", "en",
              "ISO 8601 dates, Hijri first"),
        Style("iran", "{sday} {smonth} {syear} {sera}، مطابق {hday} {hmonth} {hyear} {hera} و {gday} {gmonth} {gyear} {gera}",
              "fa", "Iranian press and broadcasters (IRIB): Solar Hijri first, then lunar and Gregorian, "
              "Persian digits; the lunar date in Iran's calendar", digits="arabext", place="{place} ",
              solar_names="fa", calendar="IR"),
        Style("iran-masthead", "{weekday} {sday} {smonth} {syear} / {hday} {hmonth} {hyear} / {gyear} {gmonth} {gday}",
              "fa", "Iranian news-site mastheads (ILNA, Tasnim): three calendars apart by slashes",
              digits="arabext", place="{place} ", solar_names="fa", calendar="IR"),
        Style("afghan", "{sday} {smonth} {syear} {sera} برابر با {hday} {hmonth} {hyear} {hera} و {gday} {gmonth} {gyear}",
              "fa", "Afghan press in Dari (Bakhtar, Tolo): the zodiac month names, Persian digits; "
              "the lunar date in Afghanistan's calendar",
              digits="arabext", place="{place} ", solar_names="fa-AF", gregorian_months=_DARI_GREGORIAN,
              calendar="AF"),
        Style("bangladesh-masthead",
              "{weekday} {gday} {gmonth} {gyear}, {bday:02} {bmonth} {byear}, {hday:02} {hmonth} {hyear} {hera}", "bn",
              "Bangladeshi newspaper mastheads (Daily Inqilab): Gregorian, Bengali and Hijri dates, Bengali "
              "digits; Bangladesh's Bengali and Hijri calendars", digits="beng", place="{place}, ", calendar="BD"),
    )
})  # fmt: skip


def get_style(style: str | Style) -> Style:
    """A named style (see :data:`STYLES`), or a :class:`Style` itself."""
    if isinstance(style, Style):
        return style
    if not isinstance(style, str):
        raise TypeError(f"style must be a name or a Style, not {type(style).__name__}")
    found = STYLES.get(style.strip().lower())
    if found is None:
        raise StyleError(f"unknown style {style!r}; known: {', '.join(STYLES)}", field="style", text=style)
    return found


def style_names() -> tuple[str, ...]:
    """The names of the built-in styles.

    >>> style_names()[:3]
    ('mina', 'mina-id', 'spa-en')
    """
    return tuple(STYLES)


_FILE_KEYS = ("name", "base", "template", "language", "description", "place", "agency", "digits", "calendar",
              "offset", "table", "hijri_months", "gregorian_months", "authority", "gregorian_months_short",
              "weekdays")  # fmt: skip
# The tables of names a style file overrides a name at a time, by number (a weekday also by
# its English name: "monday = …"), and how many each has.
_NAME_TABLES: Final = {
    "hijri_months": 12,
    "gregorian_months": 12,
    "gregorian_months_short": 12,
    "weekdays": 7,
}
_WEEKDAY_KEYS: Final = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")


def _default_names(key: str, language: str) -> tuple[str, ...]:
    """The names of a style file's table ``key`` in ``language``, before its overrides."""
    if key == "gregorian_months_short":
        return output.GREGORIAN_MONTHS_SHORT.get(language, output.GREGORIAN_MONTHS[language])
    table = {
        "hijri_months": output.HIJRI_MONTHS,
        "gregorian_months": output.GREGORIAN_MONTHS,
        "weekdays": output.WEEKDAYS,
    }[key]
    return table[language]


def load_style(path: str | PathLike[str]) -> Style:
    """A newsroom's house style from a TOML file::

        base = "mina"                 # start from a built-in style (optional)
        template = "{hday} {hmonth} {hyear} H / {gday} {gmonth} {gyear} M"
        language = "id"
        calendar = "umalqura"         # or: authority = "ID" (that authority's calendar)
        offset = -1                   # or: table = "sighting.csv" (next to this file)
        [hijri_months]
        4 = "Rabiul Akhir"            # "we write Rabiul Akhir, not Rabiulakhir"
        [weekdays]                    # also [gregorian_months], [gregorian_months_short]
        friday = "Jum'at"             # or 5 = "Jum'at" (Monday is 1)

    Every key is optional but one of ``base`` and ``template``; unknown keys are refused.
    """
    import tomllib
    from pathlib import Path

    from .._textfile import Unreadable, read_text

    try:
        name, text = read_text(path)
    except Unreadable as err:
        raise StyleError(f"{fspath(path)}: {err}", text=str(fspath(path))) from None
    try:
        data = tomllib.loads(text)
    except tomllib.TOMLDecodeError as err:
        raise StyleError(f"{name}: not a valid TOML style file: {err}", text=name) from None
    except (
        RecursionError,
        ValueError,
    ) as err:  # nested past the interpreter's depth, a number of 5,000 digits
        raise StyleError(f"{name}: not a TOML style file this reader can take: {err}", text=name) from None
    unknown = sorted(set(data) - set(_FILE_KEYS))
    if unknown:
        raise StyleError(
            f"{name}: unknown keys {', '.join(unknown)}; known: {', '.join(_FILE_KEYS)}", field=unknown[0]
        )
    try:
        base = get_style(data["base"]) if "base" in data else None
    except (TypeError, DatelineError) as err:
        raise StyleError(f"{name}: base: {err}", field="base") from None
    if base is None and "template" not in data:
        raise StyleError(f"{name}: a style file needs a template or a base style", field="template")
    fields: dict[str, object] = {} if base is None else {
        key: getattr(base, key)
        for key in (*_FILE_KEYS, "solar_names")  # the afghan style's Dari names of the Solar months
        if key not in ("name", "base", "authority")
    }  # fmt: skip
    if base is not None and "language" in data and data["language"] != base.language:
        # The base's names are its language's: another language writes its own (as
        # format(…, language=…) does), unless the file names them below.
        fields.update(dict.fromkeys(_NAME_TABLES), solar_names=None)
    for key in _FILE_KEYS[2:]:
        if key in data and key not in _NAME_TABLES and key != "authority":
            fields[key] = data[key]
    if "authority" in data:  # the authority's calendar: "we follow Indonesia's announcements"
        if "calendar" in data:
            raise StyleError(f"{name}: give a calendar or an authority, not both", field="authority")
        from ..calendars.authorities import get_authority

        try:
            fields["calendar"] = get_authority(data["authority"]).id
        except (TypeError, DatelineError) as err:
            raise StyleError(f"{name}: authority: {err}", field="authority") from None
    if isinstance(fields.get("table"), str):
        fields["table"] = str(Path(name).parent / str(fields["table"]))
    language = str(fields.get("language", "en"))
    if language not in output.GREGORIAN_MONTHS:
        language = "en"  # Style refuses it below, naming the languages it knows
    for key, count in _NAME_TABLES.items():
        overrides = data.get(key, {})
        what = "weekday" if key == "weekdays" else "month"
        if not isinstance(overrides, dict):
            raise StyleError(f"{name}: [{key}] must be a table of {what} number = name", field=key)
        given = fields.get(key)
        names = list(given) if isinstance(given, tuple) else list(_default_names(key, language))
        for key_said, spelling in overrides.items():
            number = str(key_said)
            if key == "weekdays" and number.casefold() in _WEEKDAY_KEYS:
                at = _WEEKDAY_KEYS.index(number.casefold()) + 1
            else:
                at = int(number) if number.isascii() and number.isdigit() else 0
            if not 1 <= at <= count:
                said = (
                    "weekdays are 1..7 (Monday is 1) or monday..sunday"
                    if key == "weekdays"
                    else "months are 1..12"
                )
                raise StyleError(f"{name}: [{key}] {number} = {spelling!r}: {said}", field=key)
            if not isinstance(spelling, str) or not spelling.strip():
                raise StyleError(
                    f"{name}: [{key}] {number} = {spelling!r}: a {what}'s name must be text, not empty",
                    field=key,
                )
            names[at - 1] = spelling
        fields[key] = tuple(names) if overrides or fields.get(key) else None
    try:
        # The file's values are of any TOML type: Style checks each one.
        return Style(name=str(data.get("name", Path(name).stem)), **fields)  # type: ignore[arg-type]
    except TypeError as err:
        raise StyleError(f"{name}: {err}") from None
    except StyleError as err:
        # the style's own checks, its table's too, named by the file they are in (a trial: "style
        # 'x': nope.csv: cannot read the file" named neither the file nor where nope.csv was looked for)
        raise StyleError(f"{name}: {err.message}", field=err.field, text=name) from None
