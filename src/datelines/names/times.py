"""Words that place a dateline in the evening or the night, and the time zones written
after a clock time ("19.00 WIB").

The Hijri day begins at sunset, so "Sunday evening, 30 March 2025" is already 1 Shawwal
1446 in Indonesia: the checker accepts the evening's Hijri date beside the day's when a
line says it is evening, or gives a clock time after sunset. Each table maps a spelling
(folded like the month names) to its language or its offset.
"""

# Evening and night, as a dateline says it: "Minggu malam", "مساء الأحد", "Sunday night".
EVENING_WORDS: tuple[tuple[str, str], ...] = (
    ("evening", "en"), ("tonight", "en"), ("night", "en"), ("eve", "en"),
    ("malam", "id"),
    ("soir", "fr"), ("soirée", "fr"), ("nuit", "fr"),
    ("Abend", "de"), ("abends", "de"), ("Nacht", "de"),
    ("noche", "es"),
    ("akşam", "tr"), ("akşamı", "tr"), ("gece", "tr"), ("gecesi", "tr"),
    ("مساء", "ar"), ("مساءً", "ar"), ("ليلة", "ar"), ("الليلة", "ar"), ("ليل", "ar"),
    ("شب", "fa"), ("امشب", "fa"), ("شامگاه", "fa"),
    ("شام", "ur"), ("رات", "ur"), ("آج رات", "ur"),
    ("jioni", "sw"), ("usiku", "sw"),
    ("вечером", "ru"), ("вечер", "ru"), ("ночью", "ru"),
    ("সন্ধ্যা", "bn"), ("রাত", "bn"), ("রাতে", "bn"),
    ("nacht", "nl"), ("avond", "nl"),
    ("noite", "pt"), ("notte", "it"), ("stasera", "it"),  # (not Italian "sera": French "will be")
    ("夜", "ja"), ("晩", "ja"),  # "ラマダーン月27日の夜（2025年3月26日）" (the night of the 27th: the 26th's evening)
)  # fmt: skip

# "The night" said of a Hijri day, in its half or just before its number: the evening before
# that day ("01. jula 2016. godine, pada 27. noć mjeseca ramazana", "më 01.07.2016, përkon nata e
# 27-të e muajit … të Ramazanit": the 27th night, the evening of 1 July; fresh set 17a, where
# the checker said "one day after", a false alarm on each). Only there: elsewhere "nata" is
# Italian for born and "noci" for walnuts (a review).
NIGHT_OF_DAY_WORDS: tuple[tuple[str, str], ...] = (
    ("noć", "bs"), ("noći", "bs"), ("nata", "sq"), ("natën", "sq"),
)  # fmt: skip

# Words of sunset, when the Hijri day begins, that say a dateline's evening only before it:
# "Ramadan begins at sunset on Sunday, March 10" (a review), "fillon në mbrëmje të premten, më
# 28 shkurt"; after it they are the story's ("… 1 Ramadan 1445 — The sunset was spectacular").
EVENING_BEFORE_WORDS: tuple[tuple[str, str], ...] = (
    ("sunset", "en"), ("sundown", "en"), ("dusk", "en"), ("maghrib", "en"), ("magrib", "id"),
    ("atardecer", "es"), ("mbrëmje", "sq"), ("غروب", "ar"),
)  # fmt: skip

# Words after a clock time that make it afternoon or evening ("7.30 pm", "pukul 7 malam"
# is in EVENING_WORDS) or morning.
AFTERNOON_MARKS: tuple[str, ...] = (
    "pm", "p.m", "p.m.",
    "م",  # Arabic "مساءً" cut short, after a clock: an Egyptian masthead's "3 مايو 2025 09:42 مـ" (set 3a)
)  # fmt: skip
MORNING_MARKS: tuple[str, ...] = ("am", "a.m", "a.m.", "ص")  # Arabic "صباحًا" cut short

# Zones written after a clock time, in minutes east of UTC. Only abbreviations that mean
# one zone in the places that print Hijri dates ("AST" is Arabia's and the Atlantic's,
# "CST" China's and America's: they are left out).
ZONES: tuple[tuple[str, int], ...] = (
    ("UTC", 0), ("GMT", 0), ("WIB", 420), ("WITA", 480), ("WIT", 540), ("MYT", 480), ("SGT", 480),
    ("BNT", 480), ("PKT", 300), ("IRST", 210), ("TRT", 180), ("EET", 120), ("EEST", 180),
    ("CET", 60), ("CEST", 120), ("EST", -300), ("EDT", -240), ("PST", -480), ("PDT", -420),
    ("KSA", 180), ("Mecca time", 180), ("Makkah time", 180),
)  # fmt: skip
