"""The benchmarks' corpus: `../shared/bench/archive.py` stories, with the datelines it wrote.

    from corpus import archive_stories, archive_text, prose

``archive.py`` is shared and read-only; it is imported from ``../shared/bench`` beside the
repository (or from ``$DATELINES_ARCHIVE``, the folder that holds it). Its ``stories()`` does
not say which dateline it put on each story, so this module records each one as the generator
writes it (wrapping its ``dateline`` function for the length of one call) and checks that each
story opens with it. That is what lets a benchmark check that ``extract`` finds every dateline.
"""

from __future__ import annotations

import datetime
import os
import random
import re
import sys
from collections.abc import Iterable
from pathlib import Path
from typing import NamedTuple

ARCHIVE_DIR = Path(
    os.environ.get("DATELINES_ARCHIVE", Path(__file__).resolve().parents[2] / "shared" / "bench")
)
ARCHIVE_SCRIPT = ARCHIVE_DIR / "archive.py"
sys.path.insert(0, str(ARCHIVE_DIR))

import archive  # noqa: E402  (the shared generator, found through the path above)

LANGUAGES: tuple[str, ...] = (*archive.WORDS, "mix")  # every language it writes, and its mix


class Story(NamedTuple):
    text: str
    dateline: str  # the opening dateline exactly as written (the story starts with it)
    lang: str
    gregorian: tuple[int, int, int]
    hijri: tuple[int, int, int]  # Umm al-Qura (hijridate), as the generator converts


def archive_stories(nbytes: int, lang: str = "mix", *, seed: int = 7) -> list[Story]:
    """``archive.stories(nbytes, lang, seed=seed)``, each with the dateline it opens with."""
    written: list[tuple[str, str, datetime.date]] = []
    real = archive.dateline

    def recording(rnd: random.Random, language: str, day: datetime.date, slip: int = 0) -> str:
        line: str = real(rnd, language, day, slip)
        written.append((line, language, day))
        return line

    archive.dateline = recording
    try:
        texts = list(archive.stories(nbytes, lang, seed=seed))
    finally:
        archive.dateline = real
    if len(texts) != len(written):
        raise RuntimeError("archive.py changed: not one dateline per story")
    result = []
    for text, (line, language, day) in zip(texts, written, strict=True):
        if not text.startswith(line):
            raise RuntimeError(f"archive.py changed: a story does not open with its dateline: {line!r}")
        hijri = archive._hijri(day)
        result.append(Story(text, line, language, (day.year, day.month, day.day), hijri))
    return result


def archive_text(stories: Iterable[Story]) -> tuple[str, list[int]]:
    """The stories joined by newlines (as ``archive.py`` writes them), and where each starts."""
    starts, offset, texts = [], 0, []
    for story in stories:
        starts.append(offset)
        texts.append(story.text)
        offset += len(story.text) + 1
    return "\n".join(texts), starts


WEEKDAYS = archive.WEEKDAYS["en"]
_YEAR = re.compile(r"(?:19|20)\d\d")
_PLAIN = frozenset(archive.WORDS["en"])


def prose(nbytes: int, *, seed: int = 7) -> str:
    """English archive prose without datelines: ``archive.py``'s English stories with the
    opening dateline cut off, and a weekday and a year put into every sentence that lacks one
    (as the copy of issue #15 has: "English prose with a weekday and a year in each sentence").
    No Hijri month name or Hijri year is added, so ``extract`` should find nothing in it.
    Stories one per line; about ``nbytes`` characters (ASCII, so bytes), cut at ``nbytes``."""
    rnd = random.Random(seed)
    out: list[str] = []
    for story in archive_stories(int(nbytes * 0.95) + 1, "en", seed=seed):
        sentences = []
        for sentence in story.text[len(story.dateline) + 1 :].split(". "):
            words = sentence.rstrip(".").split(" ")
            plain = [i for i, word in enumerate(words) if word in _PLAIN] or [0]
            if not any(word in WEEKDAYS for word in words):
                words.insert(rnd.choice(plain), f"on {rnd.choice(WEEKDAYS)}")
            if not any(_YEAR.fullmatch(word) for word in words):
                words.insert(rnd.choice(plain), f"in {rnd.randint(1990, 2025)}")
            sentences.append(" ".join(words) + ".")
        body = " ".join(sentences)
        out.append(body)
    text = "\n".join(out)
    while len(text) < nbytes:  # the insertions usually make up the 5 % held back; if not, repeat
        text += "\n" + text
    return text[:nbytes]
