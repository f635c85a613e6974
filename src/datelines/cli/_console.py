"""The command line's two streams, made safe for whatever they are connected to.

A terminal, a file, a full disk, a closed pipe, a Windows console that is not UTF-8: the
output goes out whole and readable, or the run ends with one clear message and an exit
status that says what happened, never a traceback.
"""

from __future__ import annotations

import codecs
import io
import os
from typing import TextIO

from .._jsontext import dumps

__all__ = ["Console", "OutputError", "Terminated"]


class OutputError(Exception):
    """Writing the output failed (a full disk, a closed stream): exit status 2."""


class Terminated(BaseException):
    """The process was asked to stop (SIGTERM); raised where it was, so that cleanup runs."""


def _can_encode(stream: TextIO, text: str) -> bool:
    encoding = getattr(stream, "encoding", None) or "utf-8"
    try:
        codecs.encode(text, encoding)
    except (UnicodeError, LookupError):
        return False
    return True


class Console:
    """Standard output and error for one run.

    ``status`` is what the run has found so far (0 clean, 1 bad data or findings), so
    that a run cut short by a closed pipe still exits with what it found. ``ascii`` says
    JSON must escape non-ASCII characters, because the output stream cannot carry them;
    ``arrow`` is "→" where the stream can write it, "->" where it cannot.
    """

    def __init__(self, out: TextIO, err: TextIO | None) -> None:
        for stream in (out, err):
            if isinstance(stream, io.TextIOWrapper):
                # What the stream cannot encode (Arabic on cp1252, a lone surrogate from an
                # archive) is written as a \\uXXXX escape instead of ending the run.
                stream.reconfigure(errors="backslashreplace")
        self.out = out
        self.err = err
        self.status = 0
        self.ascii = not _can_encode(out, "\u0627\u2192\U0001f600")
        self.arrow = "→" if _can_encode(out, "→") else "->"

    def line(self, text: str) -> None:
        """Write one line of output."""
        self.write(text + "\n")

    def json(self, value: object, *, indent: int | None = None) -> None:
        """Write ``value`` as one line of JSON (a document, with ``indent``)."""
        self.write(dumps(value, ascii=self.ascii, indent=indent) + "\n")

    def write(self, text: str) -> None:
        """Write text as it is; a failure other than a closed pipe is an :class:`OutputError`."""
        try:
            self.out.write(text)
        except BrokenPipeError:
            raise
        except OSError as err:
            raise OutputError(err.strerror or str(err)) from None

    def flush(self) -> None:
        """Send what is buffered; as :meth:`write` for failures."""
        try:
            self.out.flush()
        except BrokenPipeError:
            raise
        except OSError as err:
            raise OutputError(err.strerror or str(err)) from None

    def message(self, text: str) -> None:
        """A message on standard error (lost, silently, if standard error is closed)."""
        if self.err is None:
            return
        try:
            self.err.write(text + "\n")
            self.err.flush()
        except (OSError, ValueError):
            pass

    def abandon_output(self) -> None:
        """After the output failed: point standard output at the null device, so that the
        interpreter's last flush at exit has nowhere to fail and prints no traceback."""
        try:
            null = os.open(os.devnull, os.O_WRONLY)
            os.dup2(null, self.out.fileno())
            os.close(null)
        except (OSError, ValueError, AttributeError, io.UnsupportedOperation):
            pass  # not a file descriptor: nothing is flushed to it at exit
