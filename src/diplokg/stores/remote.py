"""Any SPARQL 1.1 server (Virtuoso, Fuseki, GraphDB, Neptune ...) through the W3C protocols.

- Query: the SPARQL 1.1 Protocol at the store's URL (``sparql:URL``), with the
  dataset given by ``default-graph-uri`` / ``named-graph-uri``: the default graph is
  a view graph holding the union of the dataset's graphs, without the
  ``entailments`` graph unless ``reason=True`` (the same answers as the embedded
  stores; see ``ASSERTED_VIEW`` for why a view rather than several default graphs).
- Load (``diplokg push``): the Graph Store HTTP Protocol when a graph store URL is
  given (PUT the first chunk of each named graph, POST the others), else SPARQL 1.1
  Update (``DROP SILENT GRAPH``, then ``INSERT DATA`` in chunks). Graphs of the
  dataset (IRIs under https://w3id.org/diplokg/) that the new dataset no longer has
  are dropped. The two view graphs are uploaded too. A remote load is not atomic:
  the server sees the graphs replaced one by one.

Credentials (``user``, ``password``; ``auth="basic"`` or ``"digest"``, as Virtuoso's
``/sparql-auth`` wants) are used for updates and the graph store only.
"""

from __future__ import annotations

import re
from pathlib import Path

from diplokg.errors import DiplokgError
from diplokg.sparql import JSON_RESULTS, QueryOutcome
from diplokg.stores.base import ASSERTED_VIEW, REASONED_VIEW, VIEW_PREFIX, Store

CHUNK_TRIPLES = 20000  # per Graph Store request
UPDATE_CHUNK_TRIPLES = 500  # per INSERT DATA (Virtuoso caps the SQL an update compiles to)
_PREFIX_DECL = re.compile(r"(?i)\bPREFIX\s+([\w.-]*):")


def _from_json(term: dict) -> object:
    from rdflib import BNode, URIRef

    from diplokg.stores.results import literal

    kind = term.get("type")
    if kind == "uri":
        return URIRef(term["value"])
    if kind == "bnode":
        return BNode(term["value"])
    return literal(term["value"], term.get("xml:lang"), term.get("datatype"))


def with_prefixes(text: str) -> str:
    """Declare the predefined prefixes the query uses without declaring them.

    >>> with_prefixes("SELECT ?p WHERE { ?p a dkg:Person }").splitlines()[0]
    'PREFIX dkg: <https://w3id.org/diplokg/ontology#>'
    """
    from diplokg.terms import PREFIXES

    declared = set(_PREFIX_DECL.findall(text))
    missing = [
        f"PREFIX {p}: <{ns}>"
        for p, ns in PREFIXES.items()
        if p not in declared and re.search(rf"(?<![\w<]){re.escape(p)}:", text)
    ]
    return "\n".join([*missing, text]) if missing else text


class RemoteStore(Store):
    """A dataset on a SPARQL 1.1 server."""

    scheme = "sparql"

    def __init__(
        self,
        url: str,
        reason: bool,
        *,
        update_url: str | None = None,
        graph_store_url: str | None = None,
        user: str | None = None,
        password: str | None = None,
        auth: str = "basic",
        timeout: float = 60.0,
    ) -> None:
        import httpx

        if not re.match(r"https?://", url):
            raise DiplokgError(f"not an http(s) URL: {url!r}", path="--store")
        self.url = url
        self.reason = reason
        self.update_url = update_url or url
        self.graph_store_url = graph_store_url
        credentials = None
        if user is not None:
            pair = (user, password or "")
            credentials = httpx.DigestAuth(*pair) if auth == "digest" else httpx.BasicAuth(*pair)
        self._auth = credentials
        self._client = httpx.Client(timeout=timeout)
        self._graphs: list[str] | None = None

    @classmethod
    def open(
        cls, location: str, *, data: Path | None = None, reason: bool = False, **options: object
    ) -> RemoteStore:
        known = {"update_url", "graph_store_url", "user", "password", "auth", "timeout"}
        return cls(location, reason, **{k: v for k, v in options.items() if k in known})

    # ------------------------------------------------------------------ HTTP

    def _post(self, url: str, *, auth: bool = False, **kwargs: object):
        import httpx

        try:
            response = self._client.post(url, auth=self._auth if auth else None, **kwargs)
        except httpx.HTTPError as exc:
            raise DiplokgError(f"cannot reach the SPARQL server: {exc}", path=url) from None
        return response

    def _check(self, response, what: str) -> None:
        if response.status_code >= 400:
            message = " ".join(response.text.split())[:300]
            raise DiplokgError(
                f"the server refused the {what} (HTTP {response.status_code}): {message}",
                path=str(response.request.url).split("?")[0],
            )

    # ------------------------------------------------------------------ interface

    def graph_names(self) -> list[str]:
        from diplokg.terms import BASE

        if self._graphs is None:
            query = (
                "SELECT DISTINCT ?g WHERE { GRAPH ?g { ?s ?p ?o } "
                f'FILTER(STRSTARTS(STR(?g), "{BASE}")) }}'
            )
            response = self._post(self.url, data={"query": query},
                                  headers={"Accept": JSON_RESULTS})
            self._check(response, "query")
            rows = response.json()["results"]["bindings"]
            self._graphs = sorted(
                row["g"]["value"]
                for row in rows
                if not row["g"]["value"].startswith(VIEW_PREFIX)
            )
        return self._graphs

    def _dataset_params(self, text: str) -> dict[str, list[str]]:
        from diplokg.query_scan import tokens

        if any(k == "word" and v.upper() in ("FROM", "NAMED") for k, v in tokens(text)):
            return {}  # the query names its own dataset
        view = REASONED_VIEW if self.reason else ASSERTED_VIEW
        return {"default-graph-uri": [view], "named-graph-uri": self.graph_names()}

    def query(self, text: str, *, origin: str = "query") -> QueryOutcome:
        from diplokg.query_scan import query_form
        from diplokg.sparql import prepare_query
        from diplokg.stores.results import ask_outcome, graph_outcome, select_outcome

        form = query_form(text)
        if form is None:
            prepare_query(text, origin=origin)
            raise DiplokgError("not a query (SELECT, ASK, CONSTRUCT, DESCRIBE)", path=origin)
        graph = form in ("CONSTRUCT", "DESCRIBE")
        accept = "text/turtle" if graph else JSON_RESULTS
        data = {"query": with_prefixes(text), **self._dataset_params(text)}
        response = self._post(self.url, data=data, headers={"Accept": accept})
        if response.status_code == 400:
            prepare_query(text, origin=origin)  # a syntax error: say where, as locally
        self._check(response, "query")
        if graph:
            from rdflib import Graph

            parsed = Graph().parse(data=response.content, format="turtle")
            return graph_outcome(form, iter(parsed))
        body = response.json()
        if "boolean" in body:
            return ask_outcome(body["boolean"])
        variables = body["head"].get("vars", [])
        rows = [
            {k: _from_json(v) for k, v in binding.items()}
            for binding in body["results"]["bindings"]
        ]
        return select_outcome(variables, rows)

    def update(self, text: str) -> None:
        response = self._post(
            self.update_url,
            auth=True,
            data={"update": with_prefixes(text)},
            headers={"Accept": "*/*"},
        )
        self._check(response, "update")
        self._graphs = None

    def load(self, path: Path) -> int:
        from diplokg.store import load_dataset
        from diplokg.terms import ENTAILMENTS_GRAPH

        dataset = load_dataset(path, reason=True)
        existing = set(self.graph_names())
        count = 0
        loaded = []
        asserted: set = set()
        entailed: set = set()
        for graph in dataset.graphs():
            if not len(graph):
                continue
            name = str(graph.identifier)
            triples = list(graph)
            count += len(triples)
            (entailed if name == str(ENTAILMENTS_GRAPH) else asserted).update(triples)
            self._send_graph(name, triples)
            loaded.append(name)
        self._send_graph(ASSERTED_VIEW, list(asserted))
        self._send_graph(REASONED_VIEW, list(asserted | entailed))
        for stale in sorted(existing - set(loaded)):
            self._drop_graph(stale)
        self._graphs = None
        return count

    def _drop_graph(self, name: str) -> None:
        """Remove a graph: Graph Store DELETE if there is a graph store, else DROP SILENT."""
        if not self.graph_store_url:
            self.update(f"DROP SILENT GRAPH <{name}>")
            return
        import httpx

        try:
            response = self._client.delete(self.graph_store_url, params={"graph": name},
                                           auth=self._auth)
        except httpx.HTTPError as exc:
            raise DiplokgError(f"cannot reach the graph store: {exc}",
                               path=self.graph_store_url) from None
        if response.status_code != 404:
            self._check(response, "graph deletion")

    def _send_graph(self, name: str, triples: list) -> None:
        size = CHUNK_TRIPLES if self.graph_store_url else UPDATE_CHUNK_TRIPLES
        chunks = [triples[i : i + size] for i in range(0, len(triples), size)]
        for index, chunk in enumerate(chunks):
            self._send_chunk(name, chunk, first=index == 0)

    def _send_chunk(self, name: str, triples: list, *, first: bool) -> None:
        body = "".join(f"{s.n3()} {p.n3()} {o.n3()} .\n" for s, p, o in triples)
        if self.graph_store_url:
            import httpx

            method = "PUT" if first else "POST"
            try:
                response = self._client.request(
                    method,
                    self.graph_store_url,
                    params={"graph": name},
                    content=body.encode("utf-8"),
                    headers={"Content-Type": "text/turtle; charset=utf-8"},
                    auth=self._auth,
                )
            except httpx.HTTPError as exc:
                raise DiplokgError(
                    f"cannot reach the graph store: {exc}", path=self.graph_store_url
                ) from None
            self._check(response, "graph upload")
            return
        drop = f"DROP SILENT GRAPH <{name}> ;\n" if first else ""
        self.update(f"{drop}INSERT DATA {{ GRAPH <{name}> {{\n{body}}} }}")

    def close(self) -> None:
        self._client.close()
