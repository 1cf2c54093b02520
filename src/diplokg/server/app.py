"""The Starlette application of ``diplokg serve`` and the function that runs it.

Routes: ``/sparql`` (SPARQL 1.1 Protocol, GET and POST, CORS), ``/`` (the query
page), ``/entity/{path}`` (entity pages, ``?lang=vi|en``), ``/map/entity/{path}``
(an entity's relationship map, ``?depth=1|2&lang=``), ``/map/query`` (the map of a
SELECT result's entities, ``query=``, GET or POST), ``/api/search?q=`` and
``/api/neighbourhood?iri=`` (JSON). Read-only unless started with
``allow_update`` and a token; SERVICE only to the hosts in ``allow_service``.
"""

from __future__ import annotations

import contextlib
import hmac
import json
import threading
from collections import OrderedDict
from dataclasses import dataclass, field

from diplokg.server.limits import LimitExceeded, QueryPool, StoreConfig
from diplokg.sparql import JSON_RESULTS


@dataclass
class ServerConfig:
    """Limits and permissions of the server."""

    store: StoreConfig = field(default_factory=StoreConfig)
    workers: int = 2
    timeout: float = 10.0
    max_rows: int = 10000
    max_query_bytes: int = 100_000
    cache_size: int = 256
    allow_update: bool = False
    token: str | None = None
    allow_service: frozenset[str] = frozenset()
    snapshot_timeout: float = 120.0  # the CONSTRUCT of the whole dataset behind the maps


class ResultCache:
    """Answers of a read-only store, by (query, media type); emptied by an update."""

    def __init__(self, size: int) -> None:
        self.size = size
        self._items: OrderedDict[tuple[str, str], tuple[str, bytes]] = OrderedDict()

    def get(self, key: tuple[str, str]) -> tuple[str, bytes] | None:
        found = self._items.get(key)
        if found is not None:
            self._items.move_to_end(key)
        return found

    def put(self, key: tuple[str, str], value: tuple[str, bytes]) -> None:
        if self.size <= 0 or len(value[1]) > 1_000_000:
            return
        self._items[key] = value
        self._items.move_to_end(key)
        while len(self._items) > self.size:
            self._items.popitem(last=False)

    def clear(self) -> None:
        self._items.clear()


def create_app(config: ServerConfig, pool: QueryPool | None = None):
    """The ASGI application; starts the worker pool unless one is given."""
    import anyio
    from starlette.applications import Starlette
    from starlette.middleware import Middleware
    from starlette.middleware.cors import CORSMiddleware
    from starlette.requests import Request
    from starlette.responses import HTMLResponse, JSONResponse, PlainTextResponse, Response
    from starlette.routing import Route

    from diplokg.errors import DiplokgError
    from diplokg.query_library import list_queries
    from diplokg.query_scan import is_update, query_form
    from diplokg.server import maps, pages
    from diplokg.server.protocol import negotiate, refused_services, service_description

    if config.allow_update:
        if not config.token:
            raise ValueError("updates need a token")
        config.workers = 1  # one writer: every query sees every update
        config.store.writable = True
    if pool is None:
        pool = QueryPool(config.store, size=config.workers)
    cache = ResultCache(0 if config.allow_update else config.cache_size)
    limiter = anyio.CapacityLimiter(max(64, config.workers * 16))

    def error(status: int, message: str, **headers: str) -> Response:
        return PlainTextResponse(message.rstrip() + "\n", status_code=status, headers=headers)

    async def run(request: dict, client: Request | None = None,
                  timeout: float | None = None) -> tuple[str, bytes]:
        """Answer in a worker; if the client hangs up meanwhile, the worker is stopped."""
        cancel = threading.Event()

        async def watch() -> None:
            while not cancel.is_set():
                if await client.is_disconnected():
                    cancel.set()
                    return
                await anyio.sleep(0.1)

        answer: tuple[str, bytes] | None = None
        failure: LimitExceeded | None = None
        async with anyio.create_task_group() as group:
            if client is not None:
                group.start_soon(watch)
            try:
                answer = await anyio.to_thread.run_sync(
                    pool.run, request, timeout or config.timeout, cancel, limiter=limiter
                )
            except LimitExceeded as exc:
                failure = exc  # raised outside the task group, not as an ExceptionGroup
            finally:
                cancel.set()
                group.cancel_scope.cancel()
        if failure is not None:
            raise failure
        assert answer is not None
        return answer

    async def answer(text: str, media: str, client: Request | None = None,
                     ) -> tuple[str, bytes]:
        """(content type, body) of a query in ``media``: from the cache, else from a worker."""
        key = (text, media)
        found = cache.get(key)
        if found is None:
            found = await run({"op": "query", "text": text, "media_type": media,
                               "max_rows": config.max_rows}, client)
            cache.put(key, found)
        return found

    async def ask_rows(text: str) -> list[dict[str, str]]:
        return pages.rows_of((await answer(text, JSON_RESULTS))[1])

    async def read_body(request: Request) -> bytes | Response:
        declared = request.headers.get("content-length")
        if declared and declared.isdigit() and int(declared) > config.max_query_bytes:
            return error(413, f"the request is larger than {config.max_query_bytes} bytes "
                         "(--max-query-bytes)")
        chunks, size = [], 0
        async for chunk in request.stream():
            size += len(chunk)
            if size > config.max_query_bytes:
                return error(413, f"the request is larger than {config.max_query_bytes} bytes "
                             "(--max-query-bytes)")
            chunks.append(chunk)
        return b"".join(chunks)

    def refusal(query: str) -> Response | str:
        """The error answer to a query the server will not run, else the query's form."""
        if len(query.encode("utf-8")) > config.max_query_bytes:
            return error(413, f"the query is longer than {config.max_query_bytes} bytes")
        if is_update(query):
            return error(400, "this is a SPARQL Update: send it as update=..., not query=...")
        form = query_form(query)
        if form is None:
            return error(400, "malformed SPARQL: not a SELECT, ASK, CONSTRUCT or DESCRIBE query")
        refused = refused_services(query, set(config.allow_service))
        if refused:
            return error(403, f"SERVICE {refused[0]} is not allowed: this server only calls "
                         "the hosts given with --allow-service")
        return form

    async def sparql(request: Request) -> Response:
        query = update = None
        params = request.query_params
        if request.method == "POST":
            body = await read_body(request)
            if isinstance(body, Response):
                return body
            kind = request.headers.get("content-type", "").split(";")[0].strip().lower()
            try:
                if kind == "application/x-www-form-urlencoded":
                    from urllib.parse import parse_qs

                    form = parse_qs(body.decode("utf-8"), keep_blank_values=True)
                    query = form.get("query", [None])[0]
                    update = form.get("update", [None])[0]
                elif kind == "application/sparql-query":
                    query = body.decode("utf-8")
                elif kind == "application/sparql-update":
                    update = body.decode("utf-8")
                else:
                    return error(415, "POST a query as application/x-www-form-urlencoded "
                                 "(query=...), application/sparql-query or "
                                 "application/sparql-update")
            except UnicodeDecodeError:
                return error(400, "the request is not UTF-8")
        else:
            query = params.get("query")
            if len(request.url.query) > config.max_query_bytes:
                return error(414, f"the query is longer than {config.max_query_bytes} bytes")
        if query is None and update is None:
            endpoint = str(request.url.replace(query=""))
            return Response(service_description(endpoint, config.allow_update),
                            media_type="text/turtle")
        if update is not None:
            return await do_update(request, update)
        form = refusal(query)
        if isinstance(form, Response):
            return form
        media = negotiate(form, request.headers.get("accept"), params.get("format"))
        if media is None:
            return error(406, f"cannot answer a {form} query in the requested format; "
                         "acceptable: JSON, XML, CSV, TSV (results), Turtle, JSON-LD, "
                         "N-Triples (graphs)")
        try:
            found = await answer(query, media, request)
        except LimitExceeded as exc:
            return error(exc.status, exc.message)
        return Response(found[1], headers={"content-type": found[0]})

    async def do_update(request: Request, text: str) -> Response:
        if not config.allow_update:
            return error(403, "this server is read-only: SPARQL Update is refused (start it "
                         "with --allow-update and a token to accept updates)")
        given = request.headers.get("authorization", "")
        expected = f"Bearer {config.token}"
        if not hmac.compare_digest(given.encode(), expected.encode()):
            return error(401, "an update needs the header Authorization: Bearer TOKEN",
                         **{"WWW-Authenticate": "Bearer"})
        if refused_services(text, set(config.allow_service)):
            return error(403, "SERVICE to that host is not allowed (--allow-service)")
        try:
            content_type, body = await run({"op": "update", "text": text, "max_rows": 0,
                                            "media_type": ""})
        except LimitExceeded as exc:
            return error(exc.status, exc.message)
        cache.clear()
        projection.clear()
        return Response(body, headers={"content-type": content_type})

    named = [(q.name, q.description, q.text) for q in list_queries()]

    def html_page(page: str) -> Response:
        return HTMLResponse(page, headers={"Content-Security-Policy": pages.page_policy(page),
                                           "X-Content-Type-Options": "nosniff"})

    async def index(request: Request) -> Response:
        return html_page(pages.index_page(named))

    def lang_of(request: Request) -> str:
        lang = request.query_params.get("lang", "vi")
        return lang if lang in pages.LANGS else "vi"

    async def entity(request: Request) -> Response:
        from diplokg.terms import BASE

        path = request.path_params["path"]
        if any(c in path for c in "<>\"{}|\\^` "):
            return error(400, "not an entity path")
        lang = lang_of(request)
        try:
            found = await pages.entity_facts(ask_rows, BASE + path, lang)
        except LimitExceeded as exc:
            return error(exc.status, exc.message)
        if found is None:
            return error(404, f"no entity {BASE + path} in the graph")
        return html_page(pages.entity_page(found, lang))

    projection = maps.ProjectionCache()

    async def snapshot() -> bytes:
        return (await run({"op": "query", "text": maps.snapshot_query(config.store.reason),
                           "media_type": "application/n-triples", "max_rows": 2**62},
                          timeout=max(config.timeout, config.snapshot_timeout)))[1]

    async def map_entity(request: Request) -> Response:
        from diplokg.terms import BASE

        depth = request.query_params.get("depth", "1")
        if depth not in ("1", "2"):
            return error(400, "depth must be 1 or 2")
        iri = BASE + request.path_params["path"]
        try:
            G = await projection.get(snapshot)
            page = await anyio.to_thread.run_sync(maps.entity_map, G, iri, int(depth),
                                                  lang_of(request))
        except LimitExceeded as exc:
            return error(exc.status, exc.message)
        except DiplokgError as exc:
            return error(404, str(exc))
        return html_page(page)

    async def map_query(request: Request) -> Response:
        from diplokg.relationship_map import MAX_NODES

        if request.method == "POST":
            body = await read_body(request)
            if isinstance(body, Response):
                return body
            from urllib.parse import parse_qs

            form_data = parse_qs(body.decode("utf-8", "replace"), keep_blank_values=True)
            query = form_data.get("query", [""])[0]
            lang = form_data.get("lang", ["vi"])[0]
        else:
            query = request.query_params.get("query", "")
            lang = lang_of(request)
        lang = lang if lang in pages.LANGS else "vi"
        form = refusal(query)
        if isinstance(form, Response):
            return form
        if form != "SELECT":
            return error(400, f"a map is drawn from a SELECT query's rows, not from {form}")
        try:
            found = await answer(query, JSON_RESULTS, request)
            G = await projection.get(snapshot)
        except LimitExceeded as exc:
            return error(exc.status, exc.message)
        entities = maps.result_entities(found[1], G)
        if not entities:
            return error(422, "no value of this result is an entity of the graph's "
                         "relationship maps (people, organisations, places, events ...): "
                         "select their IRIs, not only their names")
        try:
            page = await anyio.to_thread.run_sync(maps.result_map, G, entities, lang, MAX_NODES)
        except DiplokgError as exc:
            return error(413, str(exc))
        return html_page(page)

    async def api_search(request: Request) -> Response:
        text = request.query_params.get("q", "")
        try:
            limit = min(int(request.query_params.get("limit", "20")), 200)
        except ValueError:
            return error(400, "limit must be a number")
        try:
            found = await pages.search(ask_rows, text, lang_of(request), limit)
        except LimitExceeded as exc:
            return error(exc.status, exc.message)
        return JSONResponse(found)

    async def api_neighbourhood(request: Request) -> Response:
        iri = request.query_params.get("iri", "")
        if not iri.startswith(("http://", "https://")) or any(c in iri for c in "<>\"{}|\\^` "):
            return error(400, "give ?iri= an absolute IRI")
        try:
            found = await pages.neighbourhood(ask_rows, iri, lang_of(request))
        except LimitExceeded as exc:
            return error(exc.status, exc.message)
        return Response(json.dumps(found, ensure_ascii=False), media_type="application/json")

    @contextlib.asynccontextmanager
    async def lifespan(app):
        yield
        pool.close()

    app = Starlette(
        routes=[
            Route("/", index),
            Route("/sparql", sparql, methods=["GET", "POST"]),
            Route("/entity/{path:path}", entity),
            Route("/map/entity/{path:path}", map_entity),
            Route("/map/query", map_query, methods=["GET", "POST"]),
            Route("/api/search", api_search),
            Route("/api/neighbourhood", api_neighbourhood),
        ],
        middleware=[Middleware(CORSMiddleware, allow_origins=["*"],
                               allow_methods=["GET", "POST", "OPTIONS"],
                               allow_headers=["*"], max_age=3600)],
        lifespan=lifespan,
    )
    app.state.pool = pool
    return app


def serve(config: ServerConfig, host: str = "127.0.0.1", port: int = 8000) -> None:
    """Run the server until interrupted (uvicorn, one process, the queries in workers)."""
    import uvicorn

    app = create_app(config)
    uvicorn.run(app, host=host, port=port, log_level="warning", access_log=False,
                timeout_keep_alive=30)
