"""The ``datelines`` command line: one module per subcommand, over the library.

Exit status: 0 when every input was converted (or every dateline is consistent), 1 when
any input was bad data or any dateline is not (each one is reported, and the rest still
done), 2 on a usage error (from argparse: the usage line and the reason) or when the
output cannot be written, 130 after Ctrl-C and 143 after SIGTERM. A closed pipe
(``datelines … | head``) ends the run quietly, with the status of what was found until then.
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from typing import Any, cast

from .. import __version__
from ._authorities import add_authorities, add_days
from ._calendars import add_calendars
from ._console import Console, OutputError, Terminated
from ._convert import add_convert, add_today
from ._format import add_format_command, add_styles
from ._lint import add_check, add_extract
from ._options import PROG
from ._parse import add_parse
from ._serve import add_serve

__all__ = ["main"]


def main(argv: Sequence[str] | None = None) -> int:
    """Run the command line with ``argv`` (``sys.argv[1:]`` by default); return the exit
    status. A usage error exits through argparse (``SystemExit`` with status 2)."""
    if sys.stdout is None:  # started with standard output closed (>&-): nowhere to answer
        if sys.stderr is not None:
            print(f"{PROG}: error: standard output is closed; nothing can be written", file=sys.stderr)
        return 2
    top = parser()
    args, extra = top.parse_known_args(argv)
    if extra:  # say it with the subcommand's usage, which names the options it has
        (getattr(args, "parser", None) or top).error(f"unrecognized arguments: {' '.join(extra)}")
    console = Console(sys.stdout, sys.stderr)
    try:
        with _sigterm_raises():
            status: int = args.run(args, console)
            console.flush()
    except BrokenPipeError:
        # `datelines … | head` closes our output early: not an error of ours. What was
        # found until then still sets the status (`check … | head -1` with errors is 1).
        console.abandon_output()
        return console.status
    except OutputError as err:
        console.abandon_output()
        console.message(f"{PROG}: error: cannot write the output: {err}")
        return 2
    except KeyboardInterrupt:
        console.abandon_output()
        console.message(f"{PROG}: interrupted")
        return 130
    except Terminated:
        console.abandon_output()
        console.message(f"{PROG}: terminated")
        return 143
    return max(status, console.status)


class _Parser(argparse.ArgumentParser):
    """A parser that takes no abbreviated option: "check --json" had been read as "--jsonl"
    (an input mode), silently (a trial). Subcommands' parsers are of this class too."""

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        kwargs.setdefault("allow_abbrev", False)
        super().__init__(*args, **kwargs)


def parser() -> argparse.ArgumentParser:
    """The whole command line: each subcommand's module adds its own parser."""
    top = _Parser(
        prog=PROG, description="Convert, read, write and check dual-calendar (Hijri and Gregorian) datelines."
    )
    top.add_argument("--version", action="version", version=f"%(prog)s {__version__}")
    commands = cast(
        "argparse._SubParsersAction[argparse.ArgumentParser]",
        top.add_subparsers(title="commands", required=True, metavar="COMMAND"),
    )
    for add in (add_convert, add_today, add_calendars, add_authorities, add_days, add_parse, add_format_command,
                add_styles, add_check, add_extract, add_serve):  # fmt: skip
        add(commands)
    return top


@contextmanager
def _sigterm_raises() -> Iterator[None]:
    """SIGTERM raises :class:`Terminated` where the program is, so that cleanup (worker
    processes above all) runs as it does for Ctrl-C."""
    import signal
    import threading

    if threading.current_thread() is not threading.main_thread():
        yield
        return

    def stop(signum: int, frame: object) -> None:
        raise Terminated

    previous = signal.signal(signal.SIGTERM, stop)
    try:
        yield
    finally:
        signal.signal(signal.SIGTERM, previous)
