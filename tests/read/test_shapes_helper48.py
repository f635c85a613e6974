"""Examples of the shapes taught for issue #13 (helper 48): a month named only by reference
back. "यह महीना" (this month) is the Hijri month named before it in its sentence, with or
without its year, when no other date or month is named between ("… रबी अल-अव्वल का चांद नहीं
देखा गया, जिसके कारण यह महीना 25 अगस्त से शुरू हुआ"); a sentence that opens with "this" and a
copula and whose only date is a Hijri day is said of the one date of the sentence before ("…
ஏப்ரல் 1 ஆம் தேதி … தெரியும் … . இது இஸ்லாமிய மாதமான ஷபானின் 29 ஆம் தேதியாகக் கருதப்படுகிறது")."""

from __future__ import annotations

import pytest

from datelines import ParseError, extract, parse


def _halves(text: str) -> tuple[str | None, str | None]:
    try:
        line = parse(text)
    except ParseError:
        return (None, None)
    return (
        None if line.hijri is None else line.hijri.isoformat(),
        None if line.gregorian is None else line.gregorian.isoformat(),
    )


def _found(text: str) -> list[tuple[str | None, str | None]]:
    return [
        (
            None if d.hijri is None else d.hijri.isoformat(),
            None if d.gregorian is None else d.gregorian.isoformat(),
        )
        for d in extract(text)
    ]


@pytest.mark.parametrize(
    ("text", "hijri", "gregorian"),
    [
        # "This month", the Hijri month named before it in the sentence, without its year ...
        (
            "यह तारीख चांद के दर्शन के आधार पर तय की गई है, क्योंकि 23 अगस्त 2025 को रबी अल-अव्वल का "
            "चांद नहीं देखा गया, जिसके कारण यह महीना 25 अगस्त से शुरू हुआ।",
            "--03",
            "--08-25",
        ),
        ("रमज़ान का चांद नहीं देखा गया, इसलिए यह महीना 2 मार्च से शुरू होगा।", "--09", "--03-02"),
        # ... or with it
        ("शाबान 1446 का चांद नहीं देखा गया, जिसके कारण यह महीना 31 जनवरी से शुरू हुआ।", "1446-08", "--01-31"),
        # "This is (considered) the 29th of Shaban", said of the date of the sentence before
        (
            "ரமலான் மாதத்தின் முதல் பிறை ஏப்ரல் 1 ஆம் தேதி (வெள்ளிக்கிழமை) தெரியும் என ஆய்வாளர்கள் "
            "கணித்துள்ளனர். இது இஸ்லாமிய மாதமான ஷபானின் 29 ஆம் தேதியாகக் கருதப்படுகிறது.",
            "--08-29",
            "--04-01",
        ),
        ("ஏப்ரல் 1 ஆம் தேதி பிறை தெரியும். இது ஷபான் 29 ஆகும்.", "--08-29", "--04-01"),
        (
            "The crescent of Ramadan may be seen on 28 February 2025. This will be 29 Shaban 1446 AH.",
            "1446-08-29",
            "2025-02-28",
        ),
    ],
)
def test_read(text: str, hijri: str, gregorian: str) -> None:
    assert _halves(text) == (hijri, gregorian)
    assert _found(text) == [(hijri, gregorian)]


@pytest.mark.parametrize(
    "text",
    [
        # Another date, or another month, named between the month and "this month"
        "रमज़ान का चांद 1 मार्च को नहीं देखा गया, जिसके कारण यह महीना 2 मार्च से शुरू हुआ।",
        "रमज़ान का चांद फरवरी में नहीं देखा गया, जिसके कारण यह महीना 2 मार्च से शुरू हुआ।",
        # A month without its year in the sentence before
        "रमज़ान का चांद नहीं देखा गया। यह महीना 2 मार्च से शुरू हुआ।",
        # No copula after the Hijri date in Tamil: "this ended on 29 Shaban"
        "ஏப்ரல் 1 ஆம் தேதி பிறை தெரியும். இது ஷபானின் 29 ஆம் தேதி முடிந்தது.",
        # Days that cannot be one
        "The crescent of Ramadan may be seen on 1 April 2025. This will be 29 Shaban 1446 AH.",
        # Not the sentence right before
        "The crescent may be seen on 1 April 2025. It rained. This will be 2 Shawwal 1446 AH.",
    ],
)
def test_not_read(text: str) -> None:
    assert _found(text) == []
