"""``datelines serve``: the library as a JSON service and a copy-desk page, for newsroom
tools in any language and for copy editors (the extra ``datelines[server]``: Starlette
and uvicorn).

:func:`create_app` gives the ASGI app; :class:`Settings` and :class:`Limits` say what it
allows. ``import datelines.serve`` needs nothing beyond the core library: the framework is
imported when an app is made.
"""

from __future__ import annotations

from ._settings import Limits, Settings

__all__ = ["EXTRA_MISSING", "Limits", "Settings", "app_from_environment", "create_app", "missing"]

TYPE_CHECKING = False
if TYPE_CHECKING:
    from ._app import app_from_environment, create_app

# What to say when the extra is not installed, for the command line and for importers.
EXTRA_MISSING = "needs the server extra: pip install 'datelines[server]'"


def missing() -> list[str]:
    """The server extra's packages that are not installed (empty when it is)."""
    from importlib.util import find_spec

    return [name for name in ("starlette", "uvicorn") if find_spec(name) is None]


def __getattr__(name: str) -> object:
    if name in ("create_app", "app_from_environment"):
        absent = missing()
        if absent:
            raise ImportError(f"datelines.serve.{name} {EXTRA_MISSING} ({', '.join(absent)} not installed)")
        from . import _app

        return getattr(_app, name)
    raise AttributeError(f"module 'datelines.serve' has no attribute {name!r}")
