"""What a running service is told: its limits, the origins CORS lets in, whether it logs
requests. Settings cross into uvicorn's worker processes through the environment (each
worker builds its own app), so they are plain values with an environment form."""

from __future__ import annotations

import os
from collections.abc import Mapping
from dataclasses import dataclass, field

from ..errors import DatelineError

__all__ = ["ENVIRONMENT", "Limits", "Settings"]

# The environment variables a worker reads its settings from (and an operator may set).
ENVIRONMENT = {
    "body_bytes": "DATELINES_SERVE_MAX_BODY_BYTES",
    "text_chars": "DATELINES_SERVE_MAX_TEXT_CHARS",
    "items": "DATELINES_SERVE_MAX_ITEMS",
    "cors_origins": "DATELINES_SERVE_CORS_ORIGINS",
    "access_log": "DATELINES_SERVE_ACCESS_LOG",
}


@dataclass(frozen=True, slots=True)
class Limits:
    """What one request may ask: the bytes of its body, the characters of each text, the
    items of a list (``dates``, ``texts``). Past any of them the answer is 413 with the
    limit in the message; nothing past the body limit is read.

    A 1 MiB body holds a long feature many times over; 100,000 characters is a book
    chapter, read in about 0.1 s; 1,000 dates convert in about 20 ms.

    >>> Limits(body_bytes=0)
    Traceback (most recent call last):
    ...
    datelines.errors.DatelineError: body_bytes must be at least 1, got 0
    """

    body_bytes: int = 1_048_576
    text_chars: int = 100_000
    items: int = 1_000

    def __post_init__(self) -> None:
        for name in ("body_bytes", "text_chars", "items"):
            value = getattr(self, name)
            if type(value) is not int or value < 1:
                raise DatelineError(f"{name} must be at least 1, got {value!r}")


@dataclass(frozen=True, slots=True)
class Settings:
    """A service's settings: ``limits``, the origins allowed to call it from a browser
    page elsewhere (``cors_origins``; none by default, ``"*"`` for any), and whether each
    request is logged (method, path, status and time, never a body or a query).

    >>> s = Settings(cors_origins=("https://cms.example",))
    >>> Settings.from_environ(s.environ()) == s
    True
    """

    limits: Limits = field(default_factory=Limits)
    cors_origins: tuple[str, ...] = ()
    access_log: bool = True

    def environ(self) -> dict[str, str]:
        """These settings as environment variables, for worker processes."""
        return {
            ENVIRONMENT["body_bytes"]: str(self.limits.body_bytes),
            ENVIRONMENT["text_chars"]: str(self.limits.text_chars),
            ENVIRONMENT["items"]: str(self.limits.items),
            ENVIRONMENT["cors_origins"]: " ".join(self.cors_origins),
            ENVIRONMENT["access_log"]: "1" if self.access_log else "0",
        }

    @classmethod
    def from_environ(cls, environ: Mapping[str, str] | None = None) -> Settings:
        """Settings from environment variables (``os.environ`` by default); a variable
        not set keeps its default, one that is not a number is a :class:`DatelineError`."""
        env = os.environ if environ is None else environ
        defaults = Limits()

        def number(name: str, default: int) -> int:
            text = env.get(ENVIRONMENT[name], "").strip()
            if not text:
                return default
            try:
                return int(text)
            except ValueError:
                raise DatelineError(f"{ENVIRONMENT[name]} must be a whole number, got {text!r}") from None

        return cls(
            limits=Limits(
                body_bytes=number("body_bytes", defaults.body_bytes),
                text_chars=number("text_chars", defaults.text_chars),
                items=number("items", defaults.items),
            ),
            cors_origins=tuple(env.get(ENVIRONMENT["cors_origins"], "").split()),
            access_log=env.get(ENVIRONMENT["access_log"], "1").strip() not in ("0", "false", "no", "off"),
        )
