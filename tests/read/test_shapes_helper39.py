"""Examples of years written in words (issue #13, lines 786, 391 and 924): "لعام ألفٍ وأربعمائةٍ
وأربعة وأربعين هجريًّا" (1444), "سنة اثنتين وتسعمائة للهجرة" (902), "سال هزار و 428 هجری قمری"
(1428, words and figures mixed). A number in words is a year only after a word for "year" or
before an era word, and only from a hundred up."""

from __future__ import annotations

import pytest

from datelines import extract, parse

LINE_786 = (
    "وعلى ذلك تُعلن دارُ الإفتاءِ المصريةُ أن يومَ الجمعة الموافق السابع من شهر يونيو لعام ألفين واربعة "
    "وعشرين ميلاديًّا هو أول أيام شهر ذي الحجة لعام ألفٍ وأربعمائةٍ وأربعة وأربعين هجريًّا، والسبت 15 "
    "يونيو يوم وقفة عرفات، والأحد 16 يونيو أول أيام عيد الأضحى."
)


@pytest.mark.parametrize(
    ("text", "hijri"),
    [
        ("توفي في الثامن والعشرين من شعبان سنة اثنتين وتسعمائة للهجرة", "0902-08-28"),
        ("امروز اول رمضان سال هزار و 428 هجری قمری است.", "1428-09-01"),
        ("اول رمضان سال یکهزار و چهارصد و بیست و هشت هجری قمری", "1428-09-01"),
        ("غرة رمضان لعام ألف وأربعمائة وخمسة وأربعين هجرية", "1445-09-01"),
        ("غرة رمضان لعام ألف وأربعمئة وخمسة وأربعين", "1445-09-01"),
        ("غرة رمضان عام ألف وثلاثمائة وخمسين للهجرة", "1350-09-01"),
        # before an era word, without a word for "year"
        ("غرة رمضان ألف وأربعمائة وخمسة وأربعين هجرية", "1445-09-01"),
        ("غرة رمضان ألف وأربعمائة واثني عشر هجرية", "1412-09-01"),
        # under a hundred, with both a word for "year" and an era word
        ("في العاشر من محرم سنة إحدى وستين للهجرة", "0061-01-10"),
    ],
)
def test_a_hijri_year_in_words_is_read(text: str, hijri: str) -> None:
    line = parse(text)
    assert line.hijri is not None, text
    assert line.hijri.isoformat() == hijri, text
    assert list(extract(text)) == [], text


def test_a_dateline_all_in_words_pairs_and_the_list_after_it_does_not() -> None:
    """The Gregorian and Hijri halves both in words, joined by "هو"; "، والسبت 15 يونيو" (and
    Saturday, 15 June) begins the next item, which pairs with nothing."""
    line = parse(LINE_786)
    assert line.hijri is not None
    assert line.gregorian is not None
    assert (line.hijri.isoformat(), line.gregorian.isoformat()) == ("1444-12-01", "2024-06-07")
    assert [(d.hijri.isoformat(), d.gregorian.isoformat()) for d in extract(LINE_786)] == [  # type: ignore[union-attr]
        ("1444-12-01", "2024-06-07")
    ]
    assert [(d.hijri.isoformat(), d.gregorian.isoformat()) for d in extract(f"كلام. {LINE_786} كلام")] == [  # type: ignore[union-attr]
        ("1444-12-01", "2024-06-07")
    ]


@pytest.mark.parametrize(
    "text",
    [
        "غرة رمضان 1445 هـ، بعد عام واحد من الافتتاح",
        "غرة رمضان 1445 هـ، منذ ثلاثة أعوام وخمسة أشهر",
        "غرة رمضان 1445 هـ، وكان عمره ألف يوم",
        "اول رمضان 1445 هجری قمری، پس از سه سال و دو ماه",
    ],
)
def test_number_words_that_are_no_year(text: str) -> None:
    line = parse(text)
    assert line.hijri is not None
    assert line.hijri.isoformat() == "1445-09-01", text


# Lines 43 and 986: no digit at all. extract looks at text without a digit around its Hijri
# names, where a Gregorian name is near too.
@pytest.mark.parametrize(
    ("text", "pair"),
    [
        (
            "Tí wọn kò bá wá rí oṣù ní ọjọ́ náà,a jẹ́ wípé,ọjọ́ Ẹtì,ọjọ́ kẹrìnlé-lógún, oṣù kẹta ni yóò jẹ́ ọjọ́ "
            "kínní,oṣù  Ramadan.",
            ("--09-01", "--03-24"),
        ),
        (
            "ഇന്ന് മാസപ്പിറവി കണ്ടതായി വിശ്വസനീയ വിവരം ലഭിച്ചതിനാല് നാളെ (മാര്ച്ച് രണ്ട്, ഞായറാഴ്ച) റമദാന് "
            "ഒന്നായിരിക്കുമെന്ന് ഖാസിമാർ അറിയിച്ചു.",
            ("--09-01", "--03-02"),
        ),
        ("the tenth day of Ramadan, corresponding to the twentieth of March", ("--09-10", "--03-20")),
    ],
)
def test_a_dateline_without_a_digit_is_extracted(text: str, pair: tuple[str, str]) -> None:
    assert [(d.hijri.isoformat(), d.gregorian.isoformat()) for d in extract(text)] == [pair]  # type: ignore[union-attr]


@pytest.mark.parametrize(
    "text",
    [
        "Ramadan is a month of fasting; in March the weather is mild.",
        "During Ramadan many people travel, and in March schools close.",
        "رمضان شهر الصيام، وفي مارس يعتدل الطقس.",
        "Ramadan begins soon.",
    ],
)
def test_text_without_a_digit_and_without_a_dateline_yields_nothing(text: str) -> None:
    assert list(extract(text)) == []


def test_the_last_and_nth_day_of_a_month() -> None:
    """Line 584: "১৪৪৬ হিজরির রমজানের শেষ এবং ২৯তম দিন" (the last and 29th day of Ramadan 1446)."""
    line = parse("অতএব, শনিবার ছিল ১৪৪৬ হিজরির রমজানের শেষ এবং ২৯তম দিন।")
    assert line.hijri is not None
    assert line.hijri.isoformat() == "1446-09-29"
    # the end of Ramadan and the first day of Eid: no day of Ramadan
    line = parse("১৪৪৬ হিজরির রমজানের শেষ এবং ঈদের প্রথম দিন আসছে।")
    assert line.hijri is not None
    assert line.hijri.isoformat() == "1446-09"
