"""Oxigraph on disk (pyoxigraph): survives restarts, loads in bulk, runs whole queries natively.

Layout of a store directory ``PATH``::

    PATH/current -> gen-1712345678901234   (a symbolic link, replaced atomically)
    PATH/gen-1712345678901234/             (a RocksDB database: one dataset)

:meth:`OxigraphStore.load` bulk-loads into a fresh ``gen-*`` directory and only
then swaps the ``current`` link with a rename, so a load interrupted at any point
(even by ``kill -9``) leaves the previous dataset in place, never half of a new one.
Queries go to Oxigraph's own SPARQL engine, never through rdflib's.
"""

from __future__ import annotations

import os
import shutil
import time
from pathlib import Path

from diplokg.errors import DiplokgError
from diplokg.sparql import QueryOutcome
from diplokg.stores.base import Store, dataset_format

CURRENT = "current"
_OX_FORMATS = {"trig": "TRIG", "nquads": "N_QUADS", "turtle": "TURTLE", "nt": "N_TRIPLES",
               "json-ld": "JSON_LD"}


def current_generation(root: Path) -> Path | None:
    """The database directory the ``current`` link points to, or None for an empty store."""
    link = root / CURRENT
    if not link.is_symlink():
        return None
    return root / os.readlink(link)


def to_rdflib(term: object) -> object:
    """An rdflib term for a pyoxigraph term."""
    import pyoxigraph as ox
    from rdflib import BNode, URIRef

    from diplokg.stores.results import literal

    if isinstance(term, ox.NamedNode):
        return URIRef(term.value)
    if isinstance(term, ox.BlankNode):
        return BNode(term.value)
    if isinstance(term, ox.Literal):
        return literal(term.value, term.language, term.datatype.value)
    return URIRef(str(term))


class OxigraphStore(Store):
    """A pyoxigraph store in a directory (see the module docstring for the layout)."""

    scheme = "oxigraph"

    def __init__(self, root: Path, reason: bool, writable: bool) -> None:
        self.root = root
        self.reason = reason
        self.writable = writable
        self._store = None
        self._open_current()

    @classmethod
    def open(
        cls, location: str, *, data: Path | None = None, reason: bool = False, **options: object
    ) -> OxigraphStore:
        root = Path(location).expanduser()
        if root.exists() and not root.is_dir():
            raise DiplokgError("an oxigraph store is a directory, not a file", path=root)
        return cls(root, reason, bool(options.get("writable", False)))

    # ------------------------------------------------------------------ opening

    def _open_current(self) -> None:
        import pyoxigraph as ox

        self._store = None
        generation = current_generation(self.root)
        self._default_graph = self._named_graphs = None
        if generation is None:
            return
        try:
            if self.writable:
                self._store = ox.Store(str(generation))
            else:
                self._store = ox.Store.read_only(str(generation))
        except OSError as exc:
            raise DiplokgError(f"cannot open the oxigraph store: {exc}", path=self.root) from None
        self._set_dataset()

    def _set_dataset(self) -> None:
        import pyoxigraph as ox

        from diplokg.terms import ENTAILMENTS_GRAPH

        # The store's default graph holds the union of every graph but the entailments
        # (written by load), a set, as the other stores' default graph; the entailments
        # graph, disjoint from it, is added for reasoning.
        names = [g for g in self._store.named_graphs() if isinstance(g, ox.NamedNode)]
        self._named_graphs = names
        entailments = ox.NamedNode(str(ENTAILMENTS_GRAPH))
        reasoned = [entailments] if self.reason and entailments in names else []
        self._default_graph = [ox.DefaultGraph(), *reasoned]

    def _require(self):
        if self._store is None:
            raise DiplokgError(
                f"the oxigraph store is empty: run `diplokg push --store oxigraph:{self.root}`",
                path=self.root,
            )
        return self._store

    # ------------------------------------------------------------------ interface

    def native_query(self, text: str):
        """Run ``text`` on Oxigraph with the dataset semantics; returns pyoxigraph's result."""
        from diplokg.terms import PREFIXES

        return self._require().query(
            text,
            prefixes=PREFIXES,
            default_graph=self._default_graph,
            named_graphs=self._named_graphs,
        )

    def _checked_native_query(self, text: str, origin: str):
        """:meth:`native_query`, its errors as DiplokgError (malformed SPARQL with its place)."""
        from diplokg.sparql import prepare_query

        try:
            return self.native_query(text)
        except SyntaxError as exc:
            prepare_query(text, origin=origin)  # rdflib's message names line and column
            raise DiplokgError(f"malformed SPARQL: {exc}", path=origin) from None
        except (OSError, ValueError, RuntimeError) as exc:
            raise DiplokgError(f"the query failed: {exc}", path=origin) from None

    def query_json(self, text: str, *, origin: str = "query") -> tuple[int, bytes] | None:
        """A SELECT or ASK query's SPARQL JSON results, with no rdflib terms made:
        (rows, body); None for a query whose result is a graph (use :meth:`query`)."""
        import pyoxigraph as ox

        from diplokg.query_scan import query_form
        from diplokg.stores.sparql_json import boolean_json, solutions_json

        if query_form(text) not in ("SELECT", "ASK"):
            return None
        result = self._checked_native_query(text, origin)
        if isinstance(result, ox.QueryBoolean):
            return 0, boolean_json(bool(result))
        if not isinstance(result, ox.QuerySolutions):
            raise DiplokgError("the query gave a graph, not solutions", path=origin)
        variables = [v.value for v in result.variables]
        rows = [tuple(solution) for solution in result]
        return len(rows), solutions_json(variables, rows)

    def query(self, text: str, *, origin: str = "query") -> QueryOutcome:
        import pyoxigraph as ox

        from diplokg.query_scan import query_form
        from diplokg.stores.results import ask_outcome, graph_outcome, select_outcome

        result = self._checked_native_query(text, origin)
        if isinstance(result, ox.QueryBoolean):
            return ask_outcome(bool(result))
        if isinstance(result, ox.QueryTriples):
            kind = "DESCRIBE" if query_form(text) == "DESCRIBE" else "CONSTRUCT"
            return graph_outcome(
                kind, ((to_rdflib(t.subject), to_rdflib(t.predicate), to_rdflib(t.object))
                       for t in result)
            )
        variables = [v.value for v in result.variables]
        converted: dict = {}  # each distinct term converted once (rdflib Literals are costly)
        rows = []
        for solution in result:
            row = {}
            for name, term in zip(variables, solution, strict=True):
                if term is not None:
                    found = converted.get(term)
                    if found is None:
                        found = converted[term] = to_rdflib(term)
                    row[name] = found
            rows.append(row)
        return select_outcome(variables, rows)

    def load(self, path: Path) -> int:
        """Bulk-load ``path`` into a fresh generation, then swap it in atomically."""
        import pyoxigraph as ox

        from diplokg.terms import ENTAILMENTS_GRAPH

        path = Path(path)
        if not path.is_file():
            raise DiplokgError("no such file (run `diplokg build` first)", path=path)
        self.root.mkdir(parents=True, exist_ok=True)
        previous = current_generation(self.root)
        generation = self.root / f"gen-{time.time_ns()}"
        fmt = getattr(ox.RdfFormat, _OX_FORMATS[dataset_format(path)])
        try:
            fresh = ox.Store(str(generation))
            fresh.bulk_load(path=str(path), format=fmt)
            entailments = ox.NamedNode(str(ENTAILMENTS_GRAPH))
            fresh.bulk_extend(
                ox.Quad(q.subject, q.predicate, q.object, ox.DefaultGraph())
                for q in ox.parse(path=str(path), format=fmt)
                if q.graph_name != entailments
            )
            fresh.flush()
            (row,) = fresh.query("SELECT (COUNT(*) AS ?n) WHERE { GRAPH ?g { ?s ?p ?o } }")
            count = int(row["n"].value)
            del fresh
        except (OSError, SyntaxError, ValueError) as exc:
            shutil.rmtree(generation, ignore_errors=True)
            raise DiplokgError(f"cannot load the dataset: {exc}", path=path) from None
        _fsync_tree(generation)
        self._store = None
        link = self.root / f".{CURRENT}.{os.getpid()}.tmp"
        link.unlink(missing_ok=True)
        link.symlink_to(generation.name)
        os.replace(link, self.root / CURRENT)
        _fsync_dir(self.root)
        # Keep the previous generation (a reader may still have it open); drop older ones.
        for old in self.root.glob("gen-*"):
            if old not in (generation, previous):
                shutil.rmtree(old, ignore_errors=True)
        self._open_current()
        return count

    def update(self, text: str) -> None:
        from diplokg.terms import PREFIXES

        if not self.writable:
            raise DiplokgError("the store was opened read-only", path=self.root)
        try:
            self._require().update(text, prefixes=PREFIXES)
        except (SyntaxError, OSError, ValueError) as exc:
            raise DiplokgError(f"the update failed: {exc}", path="update") from None
        self._set_dataset()

    def graph_names(self) -> list[str]:
        return sorted(g.value for g in (self._named_graphs or []))

    def __len__(self) -> int:
        return len(self._require())

    def close(self) -> None:
        self._store = None


def _fsync_dir(path: Path) -> None:
    fd = os.open(path, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def _fsync_tree(root: Path) -> None:
    for path in root.rglob("*"):
        if path.is_file():
            with open(path, "rb") as handle:
                os.fsync(handle.fileno())
    _fsync_dir(root)
