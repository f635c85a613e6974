"""Synthetic news text for the reader benchmarks: deterministic, monolingual (as articles
are), with the density of numbers of real copy (days, years, counts, times, prices) and a
few datelines in the article's language."""

from __future__ import annotations

import random

WORDS = {
    "en": [
        "the",
        "ministry",
        "said",
        "on",
        "that",
        "it",
        "would",
        "announce",
        "results",
        "of",
        "the",
        "meeting",
        "held",
        "in",
        "the",
        "capital",
        "officials",
        "government",
        "minister",
        "president",
        "council",
        "reported",
        "agency",
        "statement",
        "crescent",
        "moon",
        "sighting",
        "committee",
        "people",
        "were",
        "expected",
        "to",
        "attend",
        "prayers",
        "across",
        "the",
        "country",
        "while",
        "markets",
        "remained",
        "open",
        "until",
        "late",
        "evening",
        "according",
        "to",
        "sources",
        "who",
        "spoke",
        "on",
        "condition",
        "of",
        "anonymity",
    ],
    "id": [
        "pemerintah",
        "melalui",
        "kementerian",
        "agama",
        "menetapkan",
        "hari",
        "raya",
        "setelah",
        "sidang",
        "isbat",
        "yang",
        "digelar",
        "di",
        "jakarta",
        "masyarakat",
        "diminta",
        "menunggu",
        "pengumuman",
        "resmi",
        "bulan",
        "puasa",
        "tahun",
        "ini",
        "menurut",
        "keterangan",
        "pejabat",
        "yang",
        "hadir",
        "dalam",
        "rapat",
        "tersebut",
        "warga",
        "memadati",
        "pasar",
        "dan",
        "masjid",
    ],
    "ar": [
        "أعلنت",
        "وزارة",
        "الشؤون",
        "الإسلامية",
        "أن",
        "المحكمة",
        "العليا",
        "دعت",
        "المسلمين",
        "في",
        "جميع",
        "أنحاء",
        "المملكة",
        "إلى",
        "تحري",
        "رؤية",
        "الهلال",
        "مساء",
        "اليوم",
        "وقال",
        "المتحدث",
        "الرسمي",
        "إن",
        "الاستعدادات",
        "اكتملت",
        "في",
        "المساجد",
        "والأسواق",
        "بحسب",
        "ما",
        "أفادت",
        "مصادر",
        "مطلعة",
        "على",
        "الاجتماع",
        "الذي",
        "عقد",
        "في",
        "العاصمة",
    ],
}
DATELINES = {
    "en": (
        "Seoul, 10 Rabiul Akhir 1437/20 January 2016 (MINA)",
        "Riyadh, Rabi Al-Thani 10, 1437, Jan 20, 2016, SPA",
    ),
    "id": (
        "Jakarta, 29 Ramadan 1437/4 July 2016 (MINA) –",
        "1 Syawal 1445 H bertepatan dengan Rabu, 10 April 2024",
    ),
    "ar": (
        "الرياض 10 ربيع الآخر 1437 هـ الموافق 20 يناير 2016 م واس",
        "الثلاثاء 1 رمضان 1445هـ الموافق 12 مارس 2024م",
    ),
}


def news_text(size: int, language: str = "en", seed: int = 1437, datelines_per_mb: int = 20) -> str:
    """About ``size`` characters of news-like text in ``language`` (en, id, ar)."""
    rng = random.Random(seed)
    words, datelines = WORDS[language], DATELINES[language]
    parts: list[str] = []
    total = 0
    every = 1_000_000 // datelines_per_mb
    next_dateline = every // 2
    while total < size:
        roll = rng.random()
        if total >= next_dateline:
            piece = rng.choice(datelines)
            next_dateline += every
        elif roll < 0.03:
            piece = str(rng.choice([rng.randint(1, 31), rng.randint(1990, 2030), rng.randint(100, 99999)]))
        elif roll < 0.035:
            piece = f"{rng.randint(0, 23):02d}:{rng.randint(0, 59):02d}"
        else:
            piece = rng.choice(words)
        parts.append(piece)
        total += len(piece) + 1
        if rng.random() < 0.06:
            parts[-1] += "."
    return " ".join(parts)
