"""The HTTP API: a thin ASGI layer (FastAPI) over :class:`~newsgraph.store.Store`, in Datasette's shapes.

Every listing is ``/api/NAME.json`` (or ``.csv`` / ``.jsonl`` for downloads) with filters in the query
string. JSON listings share one envelope — ``{"ok": true, "rows": [...], "next": "40", "truncated":
false, "facets": {...}}`` — and errors another — ``{"ok": false, "error": "...", "status": 400}``.
Pages: ``_size`` (default 50, at most 1000) and ``_next`` (the token the previous page returned).
Facets: ``_facet=type&_facet=outlet`` counts the values of those columns over the filtered rows.
The OpenAPI description is at ``/openapi.json``; nothing is loaded from outside the package.

Listings and their filters:

=================  ===============================================================================
documents          ``q`` (full-text), ``outlet``
events             ``actor``, ``source``, ``target``, ``type``, ``since``, ``until``, ``happened``
actors             ``q``, ``kind``
claims             ``speaker``, ``about``, ``stance``
contradictions     —
corroborations     ``min_origins``
clusters           ``min_reports``
search             ``q`` (required)
network            ``actor``, ``type``, ``since``, ``until``, ``happened``, ``period`` (month|year) —
                   nodes and weighted edges by PLOVER type (and period)
=================  ===============================================================================
"""

from __future__ import annotations

import csv
import io
import json
from collections import Counter
from collections.abc import Callable
from typing import Annotated, Any, Literal

from fastapi import FastAPI, HTTPException, Path, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import HTMLResponse, JSONResponse, Response
from pydantic import BaseModel

from . import __version__
from .store import Store

LISTINGS = ("documents", "events", "actors", "claims", "contradictions", "corroborations", "clusters", "search")


class ErrorEnvelope(BaseModel):
    """Every error: ``{"ok": false, "error": "…", "status": 400}``."""

    ok: bool
    error: str
    status: int


ERRORS: dict[int | str, dict[str, Any]] = {
    400: {"model": ErrorEnvelope, "description": "bad parameters (the error names them)"},
    404: {"model": ErrorEnvelope, "description": "no such listing, article or actor"},
}
MAX_ROWS = 100_000  # upper bound of rows read for one listing (downloads included)


def _whole(params: dict[str, str], key: str, default: int) -> int:
    try:
        return int(params.get(key) or default)
    except ValueError:
        raise HTTPException(400, f"{key} must be a whole number, got {params.get(key)!r}") from None


def _listing(store: Store, name: str, params: dict[str, str]) -> list[dict[str, Any]]:
    p = params.get
    if name == "documents":
        if p("q"):
            return store.search(p("q") or "", limit=MAX_ROWS)
        return store.documents(p("outlet"), MAX_ROWS)[0]
    if name == "events":
        return store.events(actor=p("actor"), source=p("source"), target=p("target"), type=p("type"),
                            since=p("since"), until=p("until"), happened_only=p("happened") in ("1", "true"),
                            limit=MAX_ROWS)
    if name == "actors":
        return store.actors(p("q"), MAX_ROWS, p("kind"))
    if name == "claims":
        return store.claims(speaker=p("speaker"), about=p("about"), stance=p("stance"), limit=MAX_ROWS)
    if name == "contradictions":
        return store.contradictions()
    if name == "corroborations":
        return store.corroborations(_whole(params, "min_origins", 2))
    if name == "clusters":
        return store.event_clusters(_whole(params, "min_reports", 2), MAX_ROWS)
    if name == "search":
        if not p("q"):
            raise HTTPException(400, "search needs q, e.g. /api/search.json?q=daesh")
        return store.search(p("q") or "", limit=MAX_ROWS)
    raise HTTPException(404, f"no listing {name!r}; try documents, events, actors, claims, contradictions, "
                             "corroborations, clusters, search or network")


def _page(request: Request) -> tuple[int, int]:
    """``_size`` (at most 1000) and ``_next`` of a listing request."""
    try:
        size, start = int(request.query_params.get("_size", 50)), int(request.query_params.get("_next", 0))
    except ValueError:
        raise HTTPException(400, "_size and _next must be whole numbers") from None
    if size < 1 or not 0 <= start < 2**62:
        raise HTTPException(400, "_size must be at least 1 and _next a token a previous page returned")
    return min(size, 1000), start


def _envelope(rows: list[dict[str, Any]], total: int, start: int, size: int, facets: dict[str, Any],
              truncated: bool = False) -> JSONResponse:
    """Datasette's row envelope for one page of ``total`` rows."""
    more = start + size < total
    body = {"ok": True, "rows": rows, "next": str(start + size) if more else None, "truncated": truncated,
            "count": total, "facets": facets}
    return JSONResponse(json.loads(json.dumps(body, default=str)))


def _cell(value: Any) -> Any:
    return json.dumps(value, ensure_ascii=False) if isinstance(value, dict | list) else value


def _facets(rows: list[dict[str, Any]], fields: list[str]) -> dict[str, list[dict[str, Any]]]:
    out = {}
    for f in fields:
        counts: Counter[str] = Counter()
        for r in rows:
            value = r.get(f)
            for v in value if isinstance(value, list) else [value]:
                if v is not None:
                    counts[str(v)] += 1
        out[f] = [{"value": v, "count": c} for v, c in counts.most_common(30)]
    return out


def create_app(db: str | None = None) -> FastAPI:
    """The API over the store at ``db`` (default: the ``db`` setting)."""
    app = FastAPI(title="newsgraph", version=__version__, docs_url=None, redoc_url=None,
                  description="Who did what to whom, when and where, and who said what — from news text. "
                              "Listings follow Datasette's conventions (see the module docstring).")

    def with_store(fn: Callable[[Store], Any]) -> Any:
        with Store(db) as store:
            return fn(store)

    @app.exception_handler(HTTPException)
    async def error(_: Request, exc: HTTPException) -> JSONResponse:
        return JSONResponse({"ok": False, "error": exc.detail, "status": exc.status_code}, exc.status_code)

    @app.exception_handler(RequestValidationError)
    async def invalid(_: Request, exc: RequestValidationError) -> JSONResponse:
        problems = "; ".join(f"{'.'.join(str(x) for x in err.get('loc', ())[1:])}: {err.get('msg')}"
                             for err in exc.errors())
        return JSONResponse({"ok": False, "error": problems or "bad parameters", "status": 400}, 400)

    @app.get("/api/network.json", summary="The actor network: nodes and weighted edges by PLOVER type and period",
             responses=ERRORS)
    def network(actor: str | None = None, type: str | None = None, since: str | None = None,
                until: str | None = None, happened: bool = False,
                period: Literal["month", "year"] | None = None) -> dict[str, Any]:
        from .exports import network_data

        nodes, edges = with_store(lambda s: network_data(s, happened, actor=actor, type=type, since=since,
                                                         until=until, period=period))
        return {"ok": True, "nodes": nodes, "edges": edges}

    @app.get("/api/{name}.{fmt}", summary="A listing as json (envelope), csv or jsonl", responses={
        **ERRORS, 200: {"description": "rows: the JSON envelope, or CSV / JSON Lines downloads",
                        "content": {"application/json": {}, "text/csv": {}, "application/x-ndjson": {}}}})
    def listing(name: Annotated[str, Path(json_schema_extra={"enum": list(LISTINGS)})],
                fmt: Annotated[str, Path(json_schema_extra={"enum": ["json", "csv", "jsonl"]})],
                request: Request) -> Response:
        params = {k: v for k, v in request.query_params.items() if not k.startswith("_")}
        if fmt not in ("json", "csv", "jsonl"):
            raise HTTPException(400, f"unknown format {fmt!r}: use json, csv or jsonl")
        if name == "events" and fmt == "json":
            return _events_page(request, params)
        if name == "documents" and fmt == "json" and not params.get("q"):
            size, start = _page(request)
            rows, total, facets = with_store(lambda s: s.documents(
                params.get("outlet"), size, start, tuple(request.query_params.getlist("_facet"))))
            return _envelope(rows, total, start, size, facets)
        rows = with_store(lambda s: _listing(s, name, params))
        if fmt == "csv":
            out = io.StringIO()
            if rows:
                writer = csv.DictWriter(out, fieldnames=list(rows[0]), extrasaction="ignore")
                writer.writeheader()
                writer.writerows({k: _cell(v) for k, v in r.items()} for r in rows)
            return Response(out.getvalue(), media_type="text/csv; charset=utf-8",
                            headers={"content-disposition": f'attachment; filename="{name}.csv"'})
        if fmt == "jsonl":
            body = "".join(json.dumps(r, ensure_ascii=False, default=str) + "\n" for r in rows)
            return Response(body, media_type="application/x-ndjson")
        size, start = _page(request)
        return _envelope(rows[start:start + size], len(rows), start, size,
                         _facets(rows, request.query_params.getlist("_facet")), truncated=len(rows) >= MAX_ROWS)

    def _events_page(request: Request, params: dict[str, str]) -> Response:
        """Events page by page in SQL: a large store answers a page without reading every event."""
        size, start = _page(request)
        filters = {k: params.get(k) for k in ("actor", "source", "target", "type", "since", "until")}
        filters["happened_only"] = params.get("happened") in ("1", "true")  # type: ignore[assignment]

        def fetch(s: Store) -> tuple[list[dict[str, Any]], int, dict[str, Any]]:
            rows = s.events(**filters, limit=size + 1, offset=start)  # type: ignore[arg-type]
            total, facets = s.count_events(tuple(request.query_params.getlist("_facet")), **filters)
            return rows, total, facets

        rows, total, facets = with_store(fetch)
        return _envelope(rows[:size], total, start, size, facets)

    from . import web

    def html_page(fn: Callable[[Store], str | None]) -> HTMLResponse:
        body = with_store(fn)
        if body is None:
            return HTMLResponse(web.page("Not found", "<p>Nothing by that name in this store.</p>"), 404)
        return HTMLResponse(body)

    @app.get("/network", response_class=HTMLResponse, include_in_schema=False)
    def network_page(request: Request) -> HTMLResponse:
        return html_page(lambda s: web.network_page(s, dict(request.query_params)))

    @app.get("/events", response_class=HTMLResponse, include_in_schema=False)
    def events_page(request: Request) -> HTMLResponse:
        return html_page(lambda s: web.events_page(s, dict(request.query_params)))

    @app.get("/timeline", response_class=HTMLResponse, include_in_schema=False)
    def timeline_page(request: Request) -> HTMLResponse:
        return html_page(lambda s: web.timeline_page(s, dict(request.query_params)))

    @app.get("/articles/{doc_id}", response_class=HTMLResponse, include_in_schema=False)
    def article_page(doc_id: str) -> HTMLResponse:
        return html_page(lambda s: web.article_page(s, doc_id))

    @app.get("/actors/{name}", response_class=HTMLResponse, include_in_schema=False)
    def actor_page(name: str) -> HTMLResponse:
        return html_page(lambda s: web.actor_page(s, name))

    @app.get("/contradictions", response_class=HTMLResponse, include_in_schema=False)
    def contradictions_page() -> HTMLResponse:
        return html_page(web.contradictions_page)

    @app.get("/search", response_class=HTMLResponse, include_in_schema=False)
    def search_page(request: Request) -> HTMLResponse:
        return html_page(lambda s: web.search_page(s, dict(request.query_params)))

    @app.get("/", response_class=HTMLResponse, include_in_schema=False)
    def index() -> str:
        from fastapi.responses import RedirectResponse

        return RedirectResponse("/network")  # type: ignore[return-value]

    @app.get("/about", response_class=HTMLResponse, include_in_schema=False)
    def about() -> str:
        stats = with_store(lambda s: s.stats())
        links = "".join(f'<li><a href="/api/{n}.json">{n}</a> · <a href="/api/{n}.csv">csv</a></li>'
                        for n in ("documents", "events", "actors", "claims", "contradictions", "corroborations",
                                  "clusters"))
        return (f"<!doctype html><html><head><meta charset='utf-8'><title>newsgraph</title></head><body>"
                f"<h1>newsgraph</h1><p>{stats['documents']} articles, {stats['stories']} stories, "
                f"{stats['actor_mentions']} actor mentions in {stats['path']}.</p><ul>{links}"
                f"<li><a href='/api/network.json'>network</a></li><li><a href='/openapi.json'>OpenAPI</a></li>"
                f"</ul></body></html>")

    return app
