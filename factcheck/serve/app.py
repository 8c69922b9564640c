"""The review desk as a Starlette app: pages from templates, decisions as plain form posts.

Safe by default, because article text is untrusted: templates autoescape everything, the
Content-Security-Policy allows only the app's own script (so even markup that slipped through
could not run), every form carries a CSRF token bound to the browser's session cookie, state
changes are POST only, and any failure is a short page with a 4xx/5xx status, never a
traceback. Store work runs on one worker thread, so SQLite sees one connection at a time.
"""

from __future__ import annotations

import asyncio
import hashlib
import hmac
import logging
import secrets
import sqlite3
from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor
from contextlib import asynccontextmanager
from pathlib import Path
from typing import Any, TypeVar
from urllib.parse import urlencode

import jinja2
from starlette.applications import Starlette
from starlette.datastructures import UploadFile
from starlette.exceptions import HTTPException
from starlette.middleware import Middleware
from starlette.requests import Request
from starlette.responses import HTMLResponse, RedirectResponse, Response
from starlette.routing import Mount, Route
from starlette.staticfiles import StaticFiles

from factcheck.serve.desk import Desk, DeskError, parse_filters

log = logging.getLogger(__name__)
T = TypeVar("T")

HERE = Path(__file__).resolve().parent
SESSION_COOKIE = "factcheck_desk"
MAX_UPLOAD_BYTES = 64 * 1024 * 1024  # FA-KES, the largest table we ship, is 1.6 MB
MAX_TEXT_BYTES = 4 * 1024 * 1024  # a million characters (ingest's cap) of UTF-8
CSP = (
    "default-src 'none'; script-src 'self'; connect-src 'self'; img-src 'self' data:; "
    # the report's charts are matplotlib SVG, which styles its shapes with style attributes
    "style-src 'self' 'unsafe-inline'; form-action 'self'; base-uri 'none'; "
    "frame-ancestors 'none'"
)


def _environment() -> jinja2.Environment:
    env = jinja2.Environment(
        loader=jinja2.PackageLoader("factcheck.serve", "templates"),
        autoescape=True,
        trim_blocks=True,
        lstrip_blocks=True,
        undefined=jinja2.StrictUndefined,
    )
    env.globals["urlencode"] = urlencode
    return env


class _Sessions:
    """A random session id per browser (cookie) and a CSRF token derived from it."""

    def __init__(self) -> None:
        self._secret = secrets.token_bytes(32)

    def token(self, session: str) -> str:
        return hmac.new(self._secret, session.encode(), hashlib.sha256).hexdigest()

    def valid(self, session: str, token: str) -> bool:
        return bool(session) and hmac.compare_digest(self.token(session), token or "")


class _SecurityHeaders:
    """Adds the CSP and friends to every response (plain ASGI: streams pass untouched)."""

    HEADERS = (
        (b"content-security-policy", CSP.encode()),
        (b"x-content-type-options", b"nosniff"),
        (b"referrer-policy", b"no-referrer"),
        (b"x-frame-options", b"DENY"),
    )

    def __init__(self, app: Any) -> None:
        self.app = app

    async def __call__(self, scope: Any, receive: Any, send: Any) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return

        async def send_with_headers(message: Any) -> None:
            if message["type"] == "http.response.start":
                message.setdefault("headers", [])
                message["headers"] = [*message["headers"], *self.HEADERS]
            await send(message)

        await self.app(scope, receive, send_with_headers)


def create_app(db: Path, *, model: str | None = None) -> Starlette:
    """The desk over the store at ``db``; ``model`` as ``--model`` (for articles added here)."""
    desk = Desk(Path(db), model=model)
    worker = ThreadPoolExecutor(max_workers=1, thread_name_prefix="factcheck-desk")
    sessions = _Sessions()
    templates = _environment()

    async def run(fn: Callable[..., T], *args: Any) -> T:
        return await asyncio.get_running_loop().run_in_executor(worker, fn, *args)

    def session_of(request: Request) -> str:
        return request.cookies.get(SESSION_COOKIE, "")

    def page(request: Request, name: str, code: int = 200, **context: Any) -> HTMLResponse:
        session = session_of(request) or secrets.token_urlsafe(24)
        last = desk.last_decision(session)
        html = templates.get_template(name).render(
            csrf=sessions.token(session), last=last, path=request.url.path, **context
        )
        response = HTMLResponse(html, status_code=code)
        if not session_of(request):
            response.set_cookie(SESSION_COOKIE, session, httponly=True, samesite="strict")
        return response

    async def form(request: Request) -> Any:
        """The posted form, after the CSRF check every state change passes first."""
        length = int(request.headers.get("content-length") or 0)
        if length > MAX_UPLOAD_BYTES:
            raise DeskError(413, f"upload over {MAX_UPLOAD_BYTES // 2**20} MiB")
        try:
            data = await request.form(max_part_size=MAX_TEXT_BYTES)
        except Exception as exc:  # a malformed or oversized multipart body
            raise DeskError(400, f"could not read the form: {exc}") from None
        token = data.get("csrf")
        if not sessions.valid(session_of(request), token if isinstance(token, str) else ""):
            raise DeskError(403, "the form's security token is missing or stale: reload the page")
        return data

    def back(request: Request, data: Any) -> RedirectResponse:
        """Back to the page the form was on: a local path only, never another site."""
        target = str(data.get("next") or "/")
        if not target.startswith("/") or target.startswith("//") or "\\" in target:
            target = "/"
        return RedirectResponse(target, status_code=303)

    async def queue(request: Request) -> Response:
        filters = parse_filters(request.query_params)
        view = await run(desk.queue, filters)
        return page(
            request,
            "queue.html.j2",
            v=view,
            f=filters,
            here=str(request.url.path) + ("?" + request.url.query if request.url.query else ""),
        )

    async def decide(request: Request) -> Response:
        data = await form(request)
        await run(
            desk.decide,
            session_of(request),
            str(data.get("relation") or ""),
            str(data.get("decision") or ""),
            str(data.get("note") or ""),
            str(data.get("reviewer") or ""),
        )
        return back(request, data)

    async def undo(request: Request) -> Response:
        data = await form(request)
        await run(desk.undo, session_of(request))
        return back(request, data)

    async def measures(request: Request) -> Response:
        return page(request, "measures.html.j2", measures=await run(desk.measures))

    async def measure(request: Request) -> Response:
        view = await run(desk.measure, request.path_params["measure_id"])
        return page(request, "measure.html.j2", v=view)

    async def article(request: Request) -> Response:
        claim = request.query_params.get("claim", "")
        view = await run(desk.article, request.path_params["article_id"], claim)
        return page(request, "article.html.j2", v=view)

    async def add_form(request: Request) -> Response:
        return page(request, "add.html.j2")

    async def add(request: Request) -> Response:
        data = await form(request)
        uploads = [f for f in data.getlist("files") if isinstance(f, UploadFile) and f.filename]
        if uploads:
            files = [(f.filename or "upload.txt", await f.read()) for f in uploads]
            view = await run(desk.add_uploads, files)
        else:
            fields = [str(data.get(k) or "") for k in ("title", "outlet", "date", "text")]
            view = await run(desk.add_paste, *fields)
        return page(request, "added.html.j2", v=view)

    async def desk_error(request: Request, exc: Exception) -> Response:
        assert isinstance(exc, DeskError)
        return page(request, "error.html.j2", exc.status, status=exc.status, message=exc.message)

    async def http_error(request: Request, exc: Exception) -> Response:
        assert isinstance(exc, HTTPException)
        messages = {404: "no such page", 405: "this address takes a form post (POST) only"}
        message = messages.get(exc.status_code, str(exc.detail))
        return page(
            request, "error.html.j2", exc.status_code, status=exc.status_code, message=message
        )

    async def store_error(request: Request, exc: Exception) -> Response:
        from factcheck.store import StoreError

        status = 409 if isinstance(exc, StoreError) else 503
        message = f"the store could not be used: {exc}; nothing was changed"
        return page(request, "error.html.j2", status, status=status, message=message)

    async def server_error(request: Request, exc: Exception) -> Response:
        log.exception("review desk: unexpected error")
        message = f"unexpected error ({type(exc).__name__}); nothing was changed"
        return page(request, "error.html.j2", 500, status=500, message=message)

    @asynccontextmanager
    async def lifespan(app: Starlette) -> Any:
        try:
            yield
        finally:
            await run(desk.close)
            worker.shutdown(wait=True)

    from factcheck.store import StoreError

    app = Starlette(
        routes=[
            Route("/", queue, methods=["GET"]),
            Route("/review", decide, methods=["POST"]),
            Route("/undo", undo, methods=["POST"]),
            Route("/measures", measures, methods=["GET"]),
            Route("/measures/{measure_id}", measure, methods=["GET"]),
            Route("/articles/{article_id:path}", article, methods=["GET"]),
            Route("/add", add_form, methods=["GET"]),
            Route("/add", add, methods=["POST"]),
            Mount("/static", StaticFiles(directory=HERE / "static"), name="static"),
        ],
        exception_handlers={
            DeskError: desk_error,
            HTTPException: http_error,
            StoreError: store_error,
            sqlite3.Error: store_error,
            Exception: server_error,
        },
        middleware=[Middleware(_SecurityHeaders)],
        lifespan=lifespan,
    )
    app.state.desk = desk
    return app


def run_server(db: Path, *, host: str, port: int, model: str | None = None) -> None:
    """Serve the desk until interrupted (uvicorn, one process)."""
    import uvicorn

    uvicorn.run(create_app(db, model=model), host=host, port=port, log_level="warning")
