"""A day of "this month" (helper 47, issue #13): a feast's name is a Hijri cue to extract
("Bu ayın 10-cu günü - Aşura oktyabrın 1-nə təsadüf edəcək"), as a whole word only; a Hindi
ordinal day word of "this month" pairs with a date where both are said to be the day a feast
is celebrated ("17 जून को ईद उल अजहा का त्योहार इस महीने की दसवी तारीख को मनाया जाएगा"), and
nowhere else."""

from __future__ import annotations

import pytest

from datelines import DatePart, extract, parse
from datelines._read.extract import _has_cue, _windows
from datelines._read.lexicon import CUE_LENGTH, HIJRI_CUE_PREFIXES_ARABIC, HIJRI_CUE_WORDS
from datelines._read.normalize import fold
from datelines.names.words import HIJRI_FEAST_CUES

Ymd = tuple[int | None, int | None, int | None] | None

PAIRED: list[tuple[str, Ymd, Ymd]] = [
    # Azerbaijani: this month's 10th day, Ashura, will fall on 1 October (the feast's name the cue)
    ("Bu ayın 10-cu günü - Aşura oktyabrın 1-nə təsadüf edəcək.", (None, None, 10), (None, 10, 1)),
    # Hindi: on 17 June the festival of Eid al-Adha will be celebrated on the tenth date of this month
    ("17 जून को ईद उल अजहा का त्योहार इस महीने की दसवी तारीख को मनाया जाएगा।", (None, None, 10), (None, 6, 17)),
    ("17 जून को ईद उल अजहा का त्योहार इस महीने की दसवीं तारीख को मनाया जाएगा।", (None, None, 10), (None, 6, 17)),
    # the Hijri day first, "celebrated" in the feminine; "the first date" one entry of the tables
    ("इस महीने की पहली तारीख को ईद का त्योहार 31 मार्च को मनाई जाएगी।", (None, None, 1), (None, 3, 31)),
    # with the month named the pair was read before: still so
    ("17 जून को ईद उल अजहा का त्योहार जिलहिज्जा की दसवीं तारीख को मनाया जाएगा।", (None, 12, 10), (None, 6, 17)),
]  # fmt: skip

UNPAIRED: list[str] = [
    # two things' days: "on 17 June a meeting, and the festival …", "… it was said that the festival …"
    "17 जून को बैठक होगी और ईद का त्योहार इस महीने की दसवीं तारीख को मनाया जाएगा।",
    "17 जून को घोषणा की गई कि ईद का त्योहार इस महीने की दसवीं तारीख को मनाया जाएगा।",
    # no feast between, or no "celebrated" after
    "17 जून को बैठक इस महीने की दसवीं तारीख को मनाया जाएगा।",
    "17 जून को ईद का त्योहार इस महीने की दसवीं तारीख को है।",
    # a tenth without "this month's" counts anything
    "17 जून को ईद का त्योहार दसवीं तारीख को मनाया जाएगा।",
    # the feast's name alone beside a date
    "Aşura oktyabrın 1-də qeyd olunacaq.",
]


def _ymd(part: DatePart | None) -> Ymd:
    return None if part is None else (part.year, part.month, part.day)


@pytest.mark.parametrize(("text", "hijri", "gregorian"), PAIRED)
def test_parse_reads_the_pair(text: str, hijri: Ymd, gregorian: Ymd) -> None:
    line = parse(text)
    assert (_ymd(line.hijri), _ymd(line.gregorian)) == (hijri, gregorian)


@pytest.mark.parametrize(("text", "hijri", "gregorian"), PAIRED)
def test_extract_finds_the_same(text: str, hijri: Ymd, gregorian: Ymd) -> None:
    assert [(_ymd(x.hijri), _ymd(x.gregorian)) for x in extract(text)] == [(hijri, gregorian)]


@pytest.mark.parametrize("text", UNPAIRED)
def test_no_pair_where_the_text_does_not_say_one_day(text: str) -> None:
    for found in extract(text):
        assert found.hijri is None or found.hijri.month is not None, text


def test_a_feast_s_name_is_a_cue_as_a_whole_word_only() -> None:
    text = "Aşura oktyabrın 1-də"
    assert _has_cue(text, text.index("1"), text.index("1") + 1)
    text = "Premi asuransi naik pada 1 Oktober"  # insurance: the name's first letters, no cue
    assert not _has_cue(text, text.index("1"), text.index("1") + 1)
    assert list(_windows(text)) == list(_windows(text, prefilter=False)) == []


def test_the_feasts_arabic_script_cues_are_looked_up_by_their_first_letters() -> None:
    # extract looks Arabic-script cues up by their first letters, raw: a whole word there is not
    # seen, so the feasts' Arabic-script names are prefixes (stop 59), the others whole words
    arabic = {name for name, _ in HIJRI_FEAST_CUES if "\u0600" <= name[0] <= "\u06ff"}
    assert arabic
    assert all(fold(name)[:CUE_LENGTH] in HIJRI_CUE_PREFIXES_ARABIC for name in arabic)
    assert len(HIJRI_CUE_WORDS) == len({name for name, _ in HIJRI_FEAST_CUES} - arabic)
