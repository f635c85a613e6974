"""A request's stop: work in a worker thread that the server has given up on (its graceful
timeout ran out and the request was answered 503) ends at its next step, rather than holding
the stopping process until it is done. A worker thread cannot be interrupted, and the process
waits for it at exit: eight dense texts under way kept a stopped server alive for over a
minute on a loaded machine (CI, stop 63)."""

from __future__ import annotations

import threading
from contextvars import ContextVar
from typing import Final

__all__ = ["STOP", "Stopped", "go_on"]

# Set by the endpoint around the call it hands to a worker thread, whose context is a copy.
STOP: Final[ContextVar[threading.Event | None]] = ContextVar("datelines_serve_stop", default=None)


class Stopped(Exception):
    """The request's answer is no longer wanted (the server stopped)."""


def go_on() -> None:
    """Raise :class:`Stopped` where this request's work is no longer wanted.

    >>> go_on()  # outside a request: nothing to stop
    """
    stop = STOP.get()
    if stop is not None and stop.is_set():
        raise Stopped
