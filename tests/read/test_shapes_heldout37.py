"""Examples of the shapes taught for held-out lines of issue #13 (helper 37): Hausa, Somali,
Swahili, Malayalam, Bengali, Hindi, Sorani Kurdish, Spanish and English, each read as the
sentence says. The sentences are our own, in the shapes of the corpus lines named."""

from __future__ import annotations

import pytest

from datelines import extract, parse


def _halves(text: str) -> tuple[str | None, str | None]:
    line = parse(text)
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
        # Spanish "arrancar" (to start): a month said to begin on a date (line 622)
        ("El mes de Shawwal arrancará el 30 de marzo.", "--10", "--03-30"),
        # Malayalam: Ramadan with a final virama for the chillu; the weekday with the copula (85, 86)
        ("റംസാന് ഒന്ന് മാർച്ച് 1 ശനിയാഴ്ചയായിരിക്കും", "--09-01", "--03-01"),
        # Malayalam: "ആഗസ്ത്" (August), the month said to begin on it (766)
        ("ആഗസ്ത് 9 ഞായറാഴ്ച സഫർ ആരംഭിക്കും", "--02", "--08-09"),
        # Hindi: the epithet glued to Sha'ban with a long "ू" (1013)
        ("27 फरवरी मुताबिक 29 शाबानूल मुअज्जम 1446 हिजरी", "1446-08-29", "--02-27"),
        # Hausa: "Zul-Qida", "shekarar … bayan hijira", "ta zo daidai da" (867)
        (
            "ranar Litinin 26 ga watan Mayun nan wacce ta zo daidai da 28 ga watan Zul-Qida shekarar 1446 bayan hijira",
            "1446-11-28",
            "--05-26",
        ),
        # Hausa: "ranar farko ta watan" (the first day of the month of) (953)
        (
            "Juma'a 28 ga Fabrairu 2025 a matsayin ranar farko ta watan Ramadan 1446H",
            "1446-09-01",
            "2025-02-28",
        ),
        # Somali: "maalinta u horeysa" (the first day), "barakaysan" (blessed) (443)
        (
            "maalinta Sabti ah ee ku beegan 01.03.2025 u tahay maalinta u horeysa bisha barakaysan ee Ramadan",
            "--09-01",
            "2025-03-01",
        ),
        # English: a month's year said "in the Islamic (lunar) calendar", "for the Islamic year" (48, 542)
        (
            "declared Saturday, March 1, 2025, as the first day of Ramadan in the Islamic calendar 1446",
            "1446-09-01",
            "2025-03-01",
        ),
        ("announced the first day of Shawwal for the Islamic year 1446 on 30 March", "1446-10-01", "--03-30"),
        # English "observed from": the month begins on the date, not the colloquial year's (643)
        ("Safar 2024 will be observed from 6 August 2024 in the Gulf.", "--02", "2024-08-06"),
        # Tamil "எனவும்" (and that …): each date said in its own clause (71)
        (
            "இன்று முஹர்ரம் முதல் நாள் எனவும் ஜூலை 16ம் நாள் செவ்வாய்க்கிழமை முஹர்ரம் 10 எனவும் அறிவித்துள்ளன.",
            "--01-10",
            "--07-16",
        ),
        # Sorani Kurdish: "ئادار" (March) (190)
        ("1ـی ئادار کرایە یەکەم رۆژی مانگی رەمەزان", "--09-01", "--03-01"),
    ],
)
def test_a_shape_is_read(text: str, hijri: str, gregorian: str) -> None:
    assert _halves(text) == (hijri, gregorian), text
    assert _found(text) == [(hijri, gregorian)], text


@pytest.mark.parametrize(
    ("text", "hijri"),
    [
        # Hausa and Swahili: the new Islamic year by name, 1 Muharram of its year (13, 27)
        ("Yau aka shiga sabuwar shekarar Musulunci ta 1447.", "1447-01-01"),
        ("SIKUKUU YA MWAKA MPYA WA KIISLAM 1447H IJUMAA", "1447-01-01"),
        # Hausa: "SAW" after the Prophet's name in the era (807)
        ("ranar 1 ga watan Shawwal na hijirar Annabi SAW 1446", "1446-10-01"),
        # Somali: "ee sanadkan" (of this year) before the year; "ee sanadka Hijriga" after it (445, 735)
        ("bisha Shawaal ee sanadkan 1446 Hijriyadda", "1446-10"),
        ("Ciidda 1446 ee sanadka Hijriga", "1446"),
        # Malayalam: the copula on the weekday after the day word (764)
        ("മുഹറം ഒന്ന് ഞായറാഴ്ചയാണ്.", "--01-01"),
        # Bengali: the genitive after a hyphen (655)
        ("রমজান-এর ১৭ তারিখে বদরের যুদ্ধ হয়।", "--09-17"),
    ],
)
def test_a_lone_half_is_read(text: str, hijri: str) -> None:
    assert _halves(text) == (hijri, None), text
    assert _found(text) == [], text
