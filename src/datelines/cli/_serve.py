"""``datelines serve``: the JSON service and the copy-desk page, on uvicorn (the extra
``datelines[server]``; without it, one line that names the extra)."""

from __future__ import annotations

import argparse
import logging
import os
import signal
import sys
import threading
from collections.abc import Iterator
from contextlib import contextmanager

from ..errors import DatelineError
from ._console import Console
from ._options import PROG, positive

__all__ = ["add_serve"]


def _port(text: str) -> int:
    try:
        value = int(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"not a port number: {text!r}") from None
    if not 0 <= value <= 65535:
        raise argparse.ArgumentTypeError(f"must be in 0..65535, got {value}")
    return value


def add_serve(commands: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    parser = commands.add_parser(
        "serve",
        help="run the JSON service and the copy-desk page (needs datelines[server])",
        description="Serve the library as JSON endpoints under /v1/ (OpenAPI document at /v1/openapi.json, "
        "reference at /v1/reference) and the copy-desk page at /, on uvicorn. Ctrl-C or SIGTERM stops "
        "it after the requests under way are answered. Needs the extra: pip install 'datelines[server]'.",
    )
    parser.add_argument(
        "--host", default="127.0.0.1",
        help="the address to listen on (default: 127.0.0.1, this machine only; 0.0.0.0 for every interface)",
    )  # fmt: skip
    parser.add_argument("--port", type=_port, default=8000, help="the port (default: 8000)")
    parser.add_argument(
        "--workers", type=positive, default=1, metavar="N", help="worker processes (default: 1; one per core)"
    )
    limits = parser.add_argument_group("limits (answered with 413 and the limit)")
    limits.add_argument(
        "--max-body-bytes", type=positive, metavar="N", help="a request's body (default: 1 MiB)"
    )
    limits.add_argument(
        "--max-text-chars", type=positive, metavar="N", help="each text or date (default: 100,000 characters)"
    )
    limits.add_argument("--max-items", type=positive, metavar="N", help="a list's items (default: 1,000)")
    parser.add_argument(
        "--cors-origin", action="append", metavar="ORIGIN", default=[],
        help="let pages from ORIGIN (https://cms.example) call the service; again for more; * for any "
        "(default: none, CORS off)",
    )  # fmt: skip
    parser.add_argument(
        "--no-access-log", dest="access_log", action="store_false", default=None,
        help="do not log requests (by default each is logged as method, path, status and time, nothing more)",
    )  # fmt: skip
    parser.add_argument(
        "--graceful-timeout", type=positive, default=10, metavar="SECONDS",
        help="on Ctrl-C or SIGTERM, wait this long for requests under way (default: 10)",
    )  # fmt: skip
    parser.set_defaults(run=_serve, parser=parser)


@contextmanager
def _stops_quietly() -> Iterator[None]:
    """uvicorn shuts down gracefully on SIGINT and SIGTERM, then raises the signal again
    for the handler it found: a stop asked for is then a clean exit (status 0), not the
    KeyboardInterrupt or termination of other commands."""

    def ignore(signum: int, frame: object) -> None:
        pass

    previous = {sig: signal.signal(sig, ignore) for sig in (signal.SIGINT, signal.SIGTERM)}
    try:
        yield
    finally:
        for sig, handler in previous.items():
            signal.signal(sig, handler)


def _serve(args: argparse.Namespace, console: Console) -> int:
    from ..serve import EXTRA_MISSING, missing

    absent = missing()
    if absent:
        console.message(
            f"{PROG}: error: 'datelines serve' {EXTRA_MISSING} ({', '.join(absent)} not installed)"
        )
        return 2
    import uvicorn
    from uvicorn.config import LOGGING_CONFIG

    from ..serve import Limits, Settings

    # The environment's settings (DATELINES_SERVE_*), and over them the options given.
    try:
        given = Settings.from_environ()
    except DatelineError as err:
        console.message(f"{PROG}: error: {err}")
        return 2
    settings = Settings(
        limits=Limits(
            body_bytes=args.max_body_bytes or given.limits.body_bytes,
            text_chars=args.max_text_chars or given.limits.text_chars,
            items=args.max_items or given.limits.items,
        ),
        cors_origins=tuple(args.cors_origin) or given.cors_origins,
        access_log=given.access_log if args.access_log is None else args.access_log,
    )
    # Each worker process builds its app from the environment it inherits.
    os.environ.update(settings.environ())
    log_config = {**LOGGING_CONFIG, "loggers": {**LOGGING_CONFIG["loggers"]}}
    log_config["loggers"]["datelines.serve"] = {"handlers": ["default"], "level": "INFO", "propagate": False}
    host = f"[{args.host}]" if ":" in args.host else args.host
    if (busy := _cannot_listen(args.host, args.port)) is not None:  # before saying where it listens
        console.message(f"{PROG}: error: cannot listen on {host}:{args.port}: {busy}")
        return 2
    console.message(
        f"{PROG}: the copy desk at http://{host}:{args.port}/, the API reference at "
        f"http://{host}:{args.port}/v1/reference (Ctrl-C stops)"
    )
    console.flush()
    with _stops_quietly():
        try:
            uvicorn.run(
                "datelines.serve:app_from_environment", factory=True, host=args.host, port=args.port,
                workers=args.workers, log_config=log_config, access_log=False, server_header=False,
                timeout_graceful_shutdown=args.graceful_timeout,
            )  # fmt: skip
        except SystemExit as stop:  # uvicorn could not start (the address in use): it said why
            if stop.code not in (0, None):
                console.message(f"{PROG}: error: the service did not start (see above)")
                return 2
    console.flush()
    _leave_abandoned_work()
    return 0


def _leave_abandoned_work() -> None:
    """End the process now where worker threads still hold work the server gave up on at its
    graceful timeout (each request answered 503): a thread cannot be interrupted, and the
    interpreter would wait for it at exit. A dense text is read as one window, which no check
    between datelines cuts short: CI on a loaded machine saw eight of them keep a stopped
    server up past a minute (stop 63, review 63c)."""
    if not any(
        t is not threading.main_thread() and t.is_alive() and not t.daemon for t in threading.enumerate()
    ):
        return
    for stream in (sys.stdout, sys.stderr):
        stream.flush()
    logging.shutdown()
    os._exit(0)


def _cannot_listen(host: str, port: int) -> str | None:
    """Why the service could not listen there (the address in use), or None. Asked as uvicorn
    binds (address reuse on), so a port in TIME_WAIT is free, as it is to uvicorn."""
    import socket

    family = socket.AF_INET6 if ":" in host else socket.AF_INET
    with socket.socket(family, socket.SOCK_STREAM) as probe:
        probe.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        try:
            probe.bind((host, port))
        except OSError as err:
            return err.strerror or str(err)
    return None
