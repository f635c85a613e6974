"""What the tests of ``datelines serve`` share: whether the extra and the browser are here
(a test that needs one skips with the reason, unless DATELINES_REQUIRE names it: CI sets
DATELINES_REQUIRE=server,chromium so that these tests cannot skip there), a real server
on a free loopback port, and a process's resident memory."""

from __future__ import annotations

import importlib.util
import os
import shutil
import socket
import subprocess
import time
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path

import pytest

from support import ROOT, console_script

REQUIRED = set(filter(None, os.environ.get("DATELINES_REQUIRE", "").split(",")))
# Screenshots and figures of a run (gitignored); CI's coverage run, beside another, keeps its own.
OUTPUT = Path(os.environ.get("DATELINES_TEST_OUTPUT", ROOT / "test-output"))
SEED = "Seoul, 10 Rabiul Akhir 1437/20 January 2016 (MINA)"
SLIPPED = "Jakarta, 10 Rabiul Akhir 1437/23 January 2016"
ARABIC = "الرياض 10 ربيع الآخر 1437 هـ الموافق 20 يناير 2016 م واس"


def need(what: str, modules: tuple[str, ...], install: str, programs: tuple[str, ...] = ()) -> None:
    """Skip (or, when DATELINES_REQUIRE names ``what``, fail) unless ``modules`` import and
    ``programs`` are on the PATH."""
    missing = [m for m in modules if importlib.util.find_spec(m) is None]
    missing += [p for p in programs if shutil.which(p) is None]
    if not missing:
        return
    message = f"needs {', '.join(missing)} ({install})"
    if what in REQUIRED:
        pytest.fail(f"DATELINES_REQUIRE={what}, but this run {message}")
    pytest.skip(message, allow_module_level=True)


def need_server() -> None:
    need("server", ("starlette", "uvicorn", "httpx2", "jsonschema"), "pip install -e '.[server-test]'")


def need_browser() -> None:
    need_server()
    need(
        "chromium", ("selenium",), "apt-get install chromium chromium-driver; pip install -e '.[server-test]'",
        ("chromium", "chromedriver"),
    )  # fmt: skip


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port: int = probe.getsockname()[1]
        return port


def rss_kib(pid: int) -> int:
    """Resident memory of process ``pid`` in KiB (Linux's /proc)."""
    for line in Path(f"/proc/{pid}/status").read_text().splitlines():
        if line.startswith("VmRSS:"):
            return int(line.split()[1])
    raise AssertionError(f"no VmRSS for process {pid}")


@dataclass
class Server:
    process: subprocess.Popen[bytes]
    url: str
    log: Path

    def output(self) -> str:
        return self.log.read_text(encoding="utf-8", errors="replace")


@contextmanager
def running(
    *options: str, log: Path, timeout: float = 30, env: dict[str, str] | None = None
) -> Iterator[Server]:
    """``datelines serve`` on a free loopback port, up when this yields, stopped (SIGTERM,
    then SIGKILL if it will not go) after. ``env``: variables set for it."""
    import httpx2

    port = free_port()
    with log.open("wb") as out:
        process = subprocess.Popen(
            [console_script(), "serve", "--host", "127.0.0.1", "--port", str(port), *options],
            stdout=out, stderr=subprocess.STDOUT, cwd=ROOT, env={**os.environ, **(env or {})},
        )  # fmt: skip
    server = Server(process, f"http://127.0.0.1:{port}", log)
    try:
        deadline = time.monotonic() + timeout
        while True:
            if process.poll() is not None:
                pytest.fail(f"the server stopped with status {process.returncode}:\n{server.output()}")
            try:
                if httpx2.get(f"{server.url}/healthz", timeout=2).status_code == 200:
                    break
            except httpx2.TransportError:
                pass
            if time.monotonic() > deadline:
                pytest.fail(f"the server did not answer within {timeout} s:\n{server.output()}")
            time.sleep(0.1)
        yield server
    finally:
        if process.poll() is None:
            process.terminate()
            try:
                process.wait(timeout=15)
            except subprocess.TimeoutExpired:
                process.kill()
                process.wait()
