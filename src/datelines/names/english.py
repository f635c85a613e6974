"""English names used when datelines itself writes a date (CLI output, error messages).

They are the English entries of :mod:`datelines.names.output`, the one table of names we
write; the spellings we *read*, in every language, are the larger tables beside it.
"""

from types import MappingProxyType

from .output import BANGLA_MONTHS as _BANGLA
from .output import GREGORIAN_MONTHS as _GREGORIAN
from .output import HIJRI_ERA as _ERAS
from .output import HIJRI_MONTHS as _HIJRI
from .output import SOLAR_HIJRI_ERA as _SOLAR_ERAS
from .output import SOLAR_HIJRI_MONTHS as _SOLAR
from .output import WEEKDAYS as _WEEKDAYS

HIJRI_MONTHS = _HIJRI["en"]
GREGORIAN_MONTHS = _GREGORIAN["en"]
WEEKDAYS = _WEEKDAYS["en"]  # Monday first, as date.weekday() counts
HIJRI_ERA = _ERAS["en"]
SOLAR_HIJRI_MONTHS = _SOLAR["en"]
# The Afghan calendar's months, the zodiac names of its law, romanised as Afghan outlets in
# English write them (Pajhwok, Tolo): the checker answers a line in its own names.
AFGHAN_MONTHS = (
    "Hamal", "Sawr", "Jawza", "Saratan", "Asad", "Sunbula", "Mizan", "Aqrab", "Qaws", "Jadi", "Dalw", "Hut",
)  # fmt: skip
SOLAR_HIJRI_ERA = _SOLAR_ERAS["en"]
BANGLA_MONTHS = _BANGLA["en"]

# How the calendars are named to a copy editor, in the checker's sentences.
CALENDAR_TITLES = MappingProxyType({
    "umalqura": "Umm al-Qura",
    "umalqura-icu": "ICU's Umm al-Qura table",
    "civil": "the civil tabular calendar",
    "astronomical": "the astronomical tabular calendar",
    "solar-hijri": "the official Solar Hijri calendar",
    "solar-hijri-33": "the 33-year Solar Hijri calendar",
    "bangla": "Bangladesh's Bengali calendar",
    "bangla-1987": "the Bengali calendar's 1987 rule",
})  # fmt: skip
# Small counts in words ("one day behind"); larger ones are written in digits.
NUMBER_WORDS = ("no", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten")

# The religious days of a year, in the order they fall: (name, Hijri month, day).
RELIGIOUS_DAYS = (
    ("Islamic New Year", 1, 1),
    ("Ashura", 1, 10),
    ("Mawlid", 3, 12),
    ("Isra' and Mi'raj", 7, 27),
    ("First of Ramadan", 9, 1),
    ("Eid al-Fitr", 10, 1),
    ("Day of Arafah", 12, 9),
    ("Eid al-Adha", 12, 10),
)
