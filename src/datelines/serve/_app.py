"""The ASGI app: routes from :data:`~._endpoints.OPERATIONS`, each request's body read
within its limit and checked against its fields, the answer computed in a worker thread
(the event loop stays free for other requests and the health check), errors as JSON,
the copy-desk page and the reference page as static files, an access log of method,
path, status and time, and CORS only where it is configured."""

from __future__ import annotations

import asyncio
import json
import logging
import threading
import time
from collections.abc import AsyncIterator, Awaitable, Callable
from contextlib import asynccontextmanager
from importlib.resources import files
from typing import Any

from starlette.applications import Starlette
from starlette.concurrency import run_in_threadpool
from starlette.exceptions import HTTPException
from starlette.middleware import Middleware
from starlette.middleware.cors import CORSMiddleware
from starlette.requests import ClientDisconnect, Request
from starlette.responses import JSONResponse, Response
from starlette.routing import BaseRoute, Route
from starlette.types import ASGIApp, Message, Receive, Scope, Send

from .. import __version__
from .._jsontext import dumps
from ..errors import DatelineError
from ._endpoints import OPERATIONS
from ._errors import ServiceError, error_body, library_error
from ._openapi import document
from ._schema import MAX_DIGITS, Operation, read_fields, read_query
from ._settings import Limits, Settings
from ._stop import STOP

__all__ = ["app_from_environment", "create_app"]

LOG = logging.getLogger("datelines.serve")

# The page may load only what this service serves: no CDN, no fonts, no frames around it.
_PAGE_HEADERS = {
    "content-security-policy": "default-src 'self'; img-src 'self' data:; frame-ancestors 'none'; "
    "base-uri 'none'; form-action 'none'",
    "referrer-policy": "no-referrer",
    "cache-control": "no-cache",
}
_STATIC = {
    "/": ("desk.html", "text/html; charset=utf-8"),
    "/static/desk.css": ("desk.css", "text/css; charset=utf-8"),
    "/static/desk.js": ("desk.js", "text/javascript; charset=utf-8"),
    "/v1/reference": ("reference.html", "text/html; charset=utf-8"),
    "/static/reference.js": ("reference.js", "text/javascript; charset=utf-8"),
}


class Json(JSONResponse):
    """JSON as datelines writes it: UTF-8, and valid whatever a request held (a lone
    surrogate escape comes back as the escape, never as a fault of ours)."""

    def render(self, content: Any) -> bytes:
        return dumps(content).encode("utf-8")


def _error(err: ServiceError, headers: dict[str, str] | None = None) -> Response:
    return Json(error_body(err), status_code=err.status, headers=headers)


def _reject_constant(name: str) -> object:
    raise ValueError(f"{name} is not JSON")


def _one_each(pairs: list[tuple[str, object]]) -> dict[str, object]:
    """An object's members, each name once: a name said twice is refused, not its first value
    dropped (a trial: {"text": "a", "text": "b"} checked "b" in silence)."""
    found: dict[str, object] = {}
    for name, value in pairs:
        if name in found:
            raise ValueError(f"the member {name!r} is given twice")
        found[name] = value
    return found


def _whole_number(digits: str) -> int:
    # Python refuses to read 4,300 digits, with advice for the programmer; no field takes
    # more than MAX_DIGITS, so a longer number is refused here, by its length.
    if len(digits.lstrip("-")) > MAX_DIGITS:
        raise ServiceError(
            "invalid-value",
            f"a number of {len(digits.lstrip('-'))} digits: no field takes more than {MAX_DIGITS}",
        )
    return int(digits)


async def _read_json(request: Request, limits: Limits) -> object:
    """The request's body as JSON, reading no more than ``limits.body_bytes``: a body that
    says it is longer is refused before a byte of it is read."""
    declared = request.headers.get("content-length")
    if declared is not None:
        if not (declared.isascii() and declared.isdigit()):
            raise ServiceError(
                "bad-content-length", f"Content-Length must be a number of bytes, got {declared!r}"
            )
        if int(declared) > limits.body_bytes:
            raise _too_large(int(declared), limits)
    body = bytearray()
    try:
        async for chunk in request.stream():
            body += chunk
            if len(body) > limits.body_bytes:
                raise _too_large(None, limits)
    except ClientDisconnect:  # the answer goes nowhere, but the log says what happened
        raise ServiceError("malformed-json", "the connection closed before the body ended") from None
    if not body.strip():
        raise ServiceError("malformed-json", "the body is empty: send a JSON object")
    try:
        text = body.decode("utf-8-sig")  # a byte-order mark is not JSON, but harmless: dropped
    except UnicodeDecodeError as err:
        raise ServiceError("not-utf-8", f"the body is not UTF-8 text (byte {err.start})") from None
    try:
        return json.loads(
            text, parse_constant=_reject_constant, parse_int=_whole_number, object_pairs_hook=_one_each
        )
    except ServiceError:
        raise
    except ValueError as err:
        raise ServiceError("malformed-json", f"the body is not JSON: {err}") from None
    except RecursionError:
        raise ServiceError("malformed-json", "the body is not JSON we can read: nested too deeply") from None


def _too_large(size: int | None, limits: Limits) -> ServiceError:
    said = (
        f"the body is {size:,} bytes; the limit is {limits.body_bytes:,} bytes"
        if size is not None  # (a chunked body: as much as was read)
        else f"the body is longer than the limit of {limits.body_bytes:,} bytes"
    )
    return ServiceError("body-too-large", said, field=None)


def _endpoint(operation: Operation, limits: Limits) -> Callable[[Request], Awaitable[Response]]:
    async def endpoint(request: Request) -> Response:
        try:
            if operation.method == "POST":
                if request.query_params:
                    name = next(iter(request.query_params))
                    raise ServiceError(
                        "unknown-field",
                        f"{operation.path} takes its fields in the body, not {name!r} in the query",
                    )
                fields = read_fields(await _read_json(request, limits), operation, limits)
            else:
                fields = read_query(request.query_params.multi_items(), operation, limits)
            for spec in operation.path_fields:  # each is a whole number (the year of /v1/days/{year})
                value = request.path_params[spec.name]
                whole = value.isascii() and value.removeprefix("-").isdigit()
                if not whole or value.startswith("-") or len(value) > 6:
                    raise ServiceError(
                        "invalid-value" if whole else "wrong-type",
                        f"{spec.name} must be a whole number, {spec.description}; got {value!r}",
                        field=spec.name,
                    )
                fields[spec.name] = int(value)
            stop = threading.Event()
            token = STOP.set(stop)  # (the worker thread runs in a copy of this context)
            try:
                answer = await run_in_threadpool(operation.run, fields)
            except asyncio.CancelledError:
                stop.set()  # the work still under way in its thread ends at its next step
                raise
            finally:
                STOP.reset(token)
        except asyncio.CancelledError:
            # The server stops, and its graceful timeout has run out with this request under
            # way: a JSON 503 (uvicorn would answer a plain-text 500 and log a traceback).
            stopping = ServiceError(
                "unavailable", "the server stopped before the answer was ready; ask again"
            )
            return _error(stopping, {"connection": "close", "retry-after": "5"})
        except ServiceError as err:
            # A body refused unread: close the connection rather than read what is left of it.
            return _error(err, {"connection": "close"} if err.code == "body-too-large" else None)
        except DatelineError as err:
            return _error(library_error(err))
        return Json(answer)

    return endpoint


def _static(name: str, media_type: str) -> Callable[[Request], Awaitable[Response]]:
    content = files(__package__).joinpath("static", name).read_bytes()

    async def page(request: Request) -> Response:
        return Response(content, media_type=media_type, headers=_PAGE_HEADERS)

    return page


async def _health(request: Request) -> Response:
    return Json({"status": "ok", "version": __version__})


def _routes() -> list[BaseRoute]:
    spec = document(OPERATIONS)

    async def openapi(request: Request) -> Response:
        return Json(spec)

    routes: list[BaseRoute] = [Route("/healthz", _health, methods=["GET"], name="health")]
    routes.append(Route("/v1/openapi.json", openapi, methods=["GET"], name="openapi"))
    for path, (name, media_type) in _STATIC.items():
        routes.append(Route(path, _static(name, media_type), methods=["GET"], name=name))
    return routes


async def _http_error(request: Request, exc: Exception) -> Response:
    assert isinstance(exc, HTTPException)
    if exc.status_code == 405:
        allowed = exc.headers.get("Allow", "") if exc.headers else ""
        err = ServiceError("method-not-allowed", f"{request.url.path} takes {allowed or 'another method'}")
        return _error(err, {"allow": allowed} if allowed else None)
    return _error(ServiceError("not-found", f"no such path: {request.url.path}; see /v1/openapi.json"))


async def _fault(request: Request, exc: Exception) -> Response:
    # Logged with its traceback by the server; the client learns only that it was ours.
    return _error(ServiceError("internal-error", "the service failed on this request; please report it"))


class AccessLog:
    """Logs each request as method, path, status and milliseconds: never the query, a
    body, a header or the client's address (a story is not the service's to keep)."""

    def __init__(self, app: ASGIApp):
        self.app = app

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        started = time.perf_counter()
        status = 500

        async def sending(message: Message) -> None:
            nonlocal status
            if message["type"] == "http.response.start":
                status = message["status"]
            await send(message)

        try:
            await self.app(scope, receive, sending)
        finally:
            elapsed = (time.perf_counter() - started) * 1000
            LOG.info("%s %s %d %.1f ms", scope["method"], scope["path"], status, elapsed)


def _warm() -> None:
    """Build the reader's tables and the authorities' calendars, which are made on first
    use (a quarter of a second): before the first request, not during it."""
    import datelines

    for line in datelines.extract("Seoul, 10 Rabiul Akhir 1437/20 January 2016 (MINA)"):
        datelines.check(line)


@asynccontextmanager
async def _lifespan(app: Starlette) -> AsyncIterator[None]:
    await run_in_threadpool(_warm)
    yield


def create_app(settings: Settings | None = None) -> Starlette:
    """The service as an ASGI app, with ``settings`` (the defaults when ``None``); serve it
    with any ASGI server (``datelines serve`` runs uvicorn).

    >>> app = create_app(Settings(cors_origins=("https://cms.example",)))
    >>> sorted(route.path for route in app.routes)[:3]
    ['/', '/healthz', '/static/desk.css']
    """
    chosen = Settings() if settings is None else settings
    routes = _routes()
    for operation in OPERATIONS:
        routes.append(Route(operation.path, _endpoint(operation, chosen.limits), methods=[operation.method]))
    middleware = []
    if chosen.access_log:
        middleware.append(Middleware(AccessLog))
    if chosen.cors_origins:
        middleware.append(
            Middleware(
                CORSMiddleware,
                allow_origins=list(chosen.cors_origins),
                allow_methods=["GET", "POST"],
                allow_headers=["content-type"],
                max_age=600,
            )
        )
    app = Starlette(
        routes=routes,
        middleware=middleware,
        exception_handlers={HTTPException: _http_error, Exception: _fault},
        lifespan=_lifespan,
    )
    # "/v1/check/" is no path of ours: a JSON 404, not a redirect built from the Host header.
    app.router.redirect_slashes = False
    app.state.settings = chosen
    return app


def app_from_environment() -> Starlette:
    """The app with the settings of the environment (``DATELINES_SERVE_*``): what each of
    uvicorn's worker processes builds (``uvicorn --factory datelines.serve:app_from_environment``)."""
    return create_app(Settings.from_environ())
