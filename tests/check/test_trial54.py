"""Stop 54's new-user trial (an Ottoman archivist, a media group's data engineer, a
front-end developer): what it found wrong, kept right."""

from __future__ import annotations

import pytest

from datelines import check, extract


@pytest.mark.parametrize(
    ("text", "said"),
    [
        # a weekday a day early: a misprint, or the evening before, which the checker says
        ("Thursday, 19 Ramadan 1445 AH, 29 March 2024", "Thursday is the day before 29 March 2024"),
        ("Cuma 10 Muharrem 1288 ve 20 Mart 1287", "Friday is the day before 20 Mart 1287 Rumi"),
        # four days off: an error
        ("Monday, 19 Ramadan 1445 AH, 29 March 2024", "The stated weekday, Monday, fits neither"),
    ],
)
def test_a_misprinted_weekday_before_both_halves_is_reported_not_dropped(text: str, said: str) -> None:
    # before: the halves were taken for two days, the line vanished, and the linter passed it
    (found,) = extract(text)
    verdict = check(found)
    assert [f.severity for f in verdict.findings if f.message.startswith(said)] in (["warning"], ["error"])
    assert verdict.message.startswith(said)


def test_two_days_each_with_its_own_weekday_stay_apart() -> None:
    assert list(extract("29 March 2025 (Saturday), 1 Shawwal 1446 (Sunday)")) == []
    # "Tuesday completes Dhu al-Qa'dah, and the day after, Wednesday, 22 July 2020, is the 1st"
    text = "أن غداً الثلاثاء، هو المكمل لشهر ذي القعدة، وبعد غدٍ الأربعاء الموافق 22 يوليو 2020 سيكون الأول"
    assert all(d.hijri is None or d.hijri.day != 30 for d in extract(text))


def test_a_rumi_weekday_message_has_one_bracket() -> None:
    verdict = check("Pazar 3 Rebiülevvel 1327 / 11 Mart 1325")
    assert "11 Mart 1325 Rumi (24 March 1909, a Wednesday) nor" in verdict.message
