"""Trial 28 (a Turkish and Balkan newsroom, a data team): Diyanet's feast names read as the
month of Ramadan; the frame accessor's ``errors``; and a colophon's days in compound cardinals
(held-out set 30)."""

from __future__ import annotations

import pandas as pd
import pytest

import datelines.pandas  # noqa: F401  (registers the accessors)
from datelines import check, parse
from datelines.errors import DatelineError


@pytest.mark.parametrize(
    "text",
    [
        # Diyanet's list as the press printed it (yenisafak.com, ntv.com.tr): 1 Şevval 1447 is
        # 20 March 2026
        "20 Mart 2026 Ramazan Bayramı 1. Gün (Hicri 1447 - 1 Şevval)",
        "Ramazan Bayramı’nın 1. günü 1 Şevval 1446 / 30 Mart 2025",
        "Kurban Bayramı 1446: 6 Haziran 2025 Cuma",
    ],
)
def test_a_turkish_feast_s_name_is_no_month_of_ramadan(text: str) -> None:
    result = check(text, authority="TR")
    assert result.ok, [finding.message for finding in result.findings]
    assert parse(text).hijri is not None
    assert parse(text).hijri.month != 9


def test_the_feast_s_name_and_its_year_are_its_day() -> None:
    line = parse("Ramazan Bayramı 1446 / 30 Mart 2025")
    assert line.hijri is not None
    assert (line.hijri.year, line.hijri.month, line.hijri.day) == (1446, 10, 1)
    line = parse("Fitër Bajramin 1446, më 30.03.2025")
    assert line.hijri is not None
    assert (line.hijri.year, line.hijri.month, line.hijri.day) == (1446, 10, 1)


def test_the_frame_accessor_takes_errors_and_names_the_row_by_its_label() -> None:
    frame = pd.DataFrame({"year": [1446, 1446], "month": [9, 13], "day": [1, 1]}, index=["a", "b"])
    coerced = frame.hijri("MY").to_gregorian(errors="coerce")
    assert str(coerced["a"].date()) == "2025-03-02"
    assert pd.isna(coerced["b"])
    with pytest.raises(DatelineError, match=r"^row 'b' \(position 1\): month must be in 1\.\.12"):
        frame.hijri("MY").to_gregorian()
    with pytest.raises(DatelineError, match="errors must be"):
        frame.hijri.to_gregorian(errors="ignore")  # type: ignore[arg-type]
    # and a frame whose labels are its positions keeps the message as it was
    plain = frame.reset_index(drop=True)
    with pytest.raises(DatelineError, match=r"^row 1: month must be"):
        plain.hijri.to_gregorian()


@pytest.mark.parametrize(
    ("text", "hijri", "gregorian"),
    [
        (
            "This book was completed in Soor on Thursday, twenty-three of\nRamadan, 1362 AH, corresponding "
            "to twenty-three of September, 1943, by\nthe author",
            (1362, 9, 23),
            (1943, 9, 23),
        ),
        ("thirty-one of Dhu al-Hijjah 1445 AH / 7 July 2024", (1445, 12, 31), (2024, 7, 7)),
    ],
)
def test_a_day_in_compound_cardinals(
    text: str, hijri: tuple[int, int, int], gregorian: tuple[int, int, int] | None
) -> None:
    line = parse(text)
    assert line.hijri is not None
    assert (line.hijri.year, line.hijri.month, line.hijri.day) == hijri
    assert line.gregorian is not None
    assert (line.gregorian.year, line.gregorian.month, line.gregorian.day) == gregorian


@pytest.mark.parametrize(
    "text",
    ["He spent twenty-three years, 1362 AH to 1385 AH, in Najaf", "twenty-one of the 1445 AH pilgrims"],
)
def test_a_compound_cardinal_counts_things_elsewhere(text: str) -> None:
    try:
        line = parse(text)
    except DatelineError:
        return  # nothing read: no day either
    assert line.hijri is None or line.hijri.day is None
