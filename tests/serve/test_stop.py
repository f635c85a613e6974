"""Work the server has given up on ends at its next step (see datelines.serve._stop)."""

from __future__ import annotations

import threading

import pytest

pytest.importorskip("starlette")

from datelines.serve._endpoints import extract
from datelines.serve._stop import STOP, Stopped, go_on

SEED = "Seoul, 10 Rabiul Akhir 1437/20 January 2016 (MINA)"


def test_an_extraction_given_up_on_stops_at_its_next_dateline() -> None:
    stop = threading.Event()
    token = STOP.set(stop)
    try:
        assert extract({"text": SEED})["count"] == 1  # type: ignore[index]
        stop.set()
        with pytest.raises(Stopped):
            extract({"text": f"{SEED} – " * 100})
        with pytest.raises(Stopped):
            extract({"texts": [SEED, SEED]})
    finally:
        STOP.reset(token)


def test_outside_a_request_nothing_stops() -> None:
    go_on()
    assert extract({"text": SEED})["count"] == 1  # type: ignore[index]
