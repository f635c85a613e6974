"""Examples of the Indic shapes of the seventh batch (issue #13, lines 1235, 1238, 1240, 1244,
1245, 1246, 1250, 1251, 1294, 1301): spellings seen on the pages ("ஜுல்ஹிஜ்ஜா", "ഷാബാൻ", "ஓகஸ்ட்"), a month name
written as one word where the tables space it ("துல்ஹஜ்" for "துல் ஹஜ்") found by `extract`,
Malayalam "ഒന്നായി" (as one), Hindi "दसवें महीने" (the tenth month, not the tenth day), and a
date that is one of two ("30 जून या 1 जुलाई", 30 June or 1 July), which pairs with no day."""

from __future__ import annotations

import pytest

from datelines import extract, parse


def _halves(text: str) -> tuple[str | None, str | None]:
    line = parse(text)
    return (
        line.hijri.isoformat() if line.hijri else None,
        line.gregorian.isoformat() if line.gregorian else None,
    )


def _found(text: str) -> list[tuple[str, str | None]]:
    return [
        (d.hijri.isoformat(), d.gregorian.isoformat() if d.gregorian else None)
        for d in extract(text)
        if d.hijri is not None
    ]


@pytest.mark.parametrize(
    ("text", "hijri", "gregorian"),
    [
        # Tamil: a month named as one word, said to begin on the date before it (line 1244)
        ("ஓகஸ்ட் 12ம் திகதி ஞாயிற்றுக்கிழமை துல்ஹஜ் மாதம் ஆரம்பமாவதாக அறிவித்துள்ளது.", "--12", "--08-12"),
        ("ஏப்ரல் 2ம் தேதி துல்ஹஜ் மாதம் தொடங்கும்.", "--12", "--04-02"),
        ("துல்ஹஜ் மாதம் ஏப்ரல் 2ம் தேதி தொடங்கும்.", "--12", "--04-02"),
        # Tamil: "as the first day" (line 1245)
        ("மே 28ஆம் தேதி ஜுல்ஹிஜ்ஜா மாதத்தின் முதல் நாளாக இருக்கும்.", "--12-01", "--05-28"),
        # Malayalam: "as one", a day word with its ending (line 1240)
        ("ഇതോടെ ഓഗസ്റ്റ് രണ്ട് വെള്ളിയാഴ്ച, ദുര്ഹജ്ജ് ഒന്നായി കണക്കാക്കും.", "--12-01", "--08-02"),
        ("ഇതോടെ ജൂൺ 7 വെള്ളിയാഴ്ച, ദുൽഹജ്ജ് ഒന്നായി കണക്കാക്കും.", "--12-01", "--06-07"),
        # Bengali: "শে" apart from its day, a weekday between commas in the Gregorian date,
        # another calendar's date between the halves (line 1235)
        (
            "চাঁদ তালাশ করেছে ২৯ শে রমাদান শরীফ ১৪৪৪ হিজরি, ২১ হাদি-আশার, ১৩৯০ শামসী (২১ এপ্রিল, জুমুয়াবার, ২০২৩) "
            "দিবাগত সন্ধ্যায় ।",
            "1444-09-29",
            "2023-04-21",
        ),
        ("29 Ramadan 1444 AH (21 April, Friday, 2023)", "1444-09-29", "2023-04-21"),
        # Hindi: the Islamic new year by name, its start on a date (line 1250)
        ("इस्लामिक नववर्ष 1447 AH की शुरुआत 30 जून 2025 को हो सकती है।", "1447-01-01", "2025-06-30"),
        # Dhivehi: a month said to begin, its day linked to a weekday by "ވާ" (being) (line 1301)
        (
            "މި އަހަރުގެ ބަރަކާތްތެރި ރަމަޟާން މަސް ފެށޭނީ، މި ހިނގާ އެޕްރީލް މަހުގެ 13 ވާ އަންގާރަ ދުވަހު އެވެ.",
            "--09",
            "--04-13",
        ),
        # Malayalam: a month said to begin (line 1238)
        ("ഹിജ്റി മാസമായ ഷാബാൻ ജനുവരി 31 വെള്ളിയാഴ്ച ആരംഭിക്കുമെന്ന് കേന്ദ്രം.", "--08", "--01-31"),
    ],
)
def test_indic_shapes_pair(text: str, hijri: str, gregorian: str) -> None:
    assert _halves(text) == (hijri, gregorian), text
    assert _found(text) == [(hijri, gregorian)], text


@pytest.mark.parametrize(
    ("text", "hijri"),
    [
        # the ordinal before "महीने" counts months; the day follows the name (line 1294)
        ("ईद उल फितर को इस्लामिक कैलेंडर के दसवें महीने शव्वाल के पहले दिन मनाया जाता है।", "--10-01"),
        ("मुहर्रम के पहले दिन इस्लामी नया साल शुरू होता है।", "--01-01"),
        # Dhivehi: "29 ވީ އަންގާރަ" is the 29th, a Tuesday; "29 ދުވަސް" alone is 29 days
        ("ޝައުބާން މަހުގެ 29 ވީ އަންގާރަ ދުވަހުގެ އިރު އޮއްސޭއިރު", "--08-29"),
        # a month with its year and a glued era letter; the crescent's day is not its day (line 1246)
        ("ஜுல்ஹிஜ்ஜா 1446எச் இன் தொடக்கத்தைக் குறிக்கும் பிறை நிலவு வரும் மே 27ஆம் தேதி தெரியும்.", "1446-12"),
    ],
)
def test_indic_hijri_alone(text: str, hijri: str) -> None:
    assert _halves(text) == (hijri, None), text
    assert _found(text) == [], text


@pytest.mark.parametrize(
    ("text", "hijri", "gregorian"),
    [
        # one of two Gregorian days: no day is paired (line 1251)
        ("1 मुहर्रम 1447 हिजरी: 30 जून या 1 जुलाई, चांद पर निर्भर", "1447-01-01", None),
        ("1 Muharram 1447 AH will fall on June 30 or July 1, depending on the moon.", "1447-01-01", None),
        ("1 Muharram 1447: 30 June or 1 July 2025", "1447-01-01", None),
        ("- 1st Day of Muharram 2025: 30 जून या 1 जुलाई, चांद पर निर्भर", "--01-01", "2025"),
        # "or" between the two calendars' dates still says they are one day
        ("1 Syawal 1445 H atau 10 April 2024", "1445-10-01", "2024-04-10"),
    ],
)
def test_one_of_two_dates_pairs_no_day(text: str, hijri: str, gregorian: str | None) -> None:
    assert _halves(text) == (hijri, gregorian), text
