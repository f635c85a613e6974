"""Synthetic news text for the reader benchmarks: deterministic, with the density of numbers
of real copy (years, counts, times, prices), a few datelines, and some Arabic and Indonesian."""

from __future__ import annotations

import random

WORDS = (
    "the ministry said on that it would announce results of meeting held in capital city officials "
    "government minister president council reported agency statement crescent moon sighting committee "
    "people were expected to attend prayers across country while markets remained open until late "
    "evening according to sources who spoke on condition of anonymity pemerintah menetapkan hari raya "
    "kementerian agama sidang isbat bulan puasa masyarakat وزارة الشؤون الإسلامية أعلنت المحكمة العليا "
    "اليوم مساء رؤية الهلال في جميع أنحاء المملكة"
).split()
DATELINES = (
    "Seoul, 10 Rabiul Akhir 1437/20 January 2016 (MINA)",
    "Jakarta, 29 Ramadan 1437/4 July 2016 (MINA) –",
    "الرياض 10 ربيع الآخر 1437 هـ الموافق 20 يناير 2016 م واس",
    "1 Syawal 1445 H bertepatan dengan Rabu, 10 April 2024",
)


def news_text(size: int, seed: int = 1437, datelines_per_mb: int = 20) -> str:
    """About ``size`` characters of news-like text."""
    rng = random.Random(seed)
    parts: list[str] = []
    total = 0
    every = max(1, size // max(1, datelines_per_mb * size // 1_000_000 or 1))
    next_dateline = every // 2
    while total < size:
        roll = rng.random()
        if total >= next_dateline:
            piece = rng.choice(DATELINES)
            next_dateline += every
        elif roll < 0.04:
            piece = str(rng.choice([rng.randint(1, 99), rng.randint(1990, 2030), rng.randint(100, 99999)]))
        elif roll < 0.045:
            piece = f"{rng.randint(0, 23):02d}:{rng.randint(0, 59):02d}"
        else:
            piece = rng.choice(WORDS)
        parts.append(piece)
        total += len(piece) + 1
        if rng.random() < 0.06:
            parts[-1] += "."
    return " ".join(parts)
