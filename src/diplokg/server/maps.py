"""The relationship maps of ``diplokg serve``: an entity's ego map and a query result's map.

The maps are those of ``diplokg map`` (:mod:`diplokg.relationship_map`: one offline page,
vis-network inlined, a Content-Security-Policy). They are drawn from the projection
(:mod:`diplokg.projection`) of the server's own store, whatever it is (memory, Oxigraph,
a remote SPARQL server): the triples come from one CONSTRUCT of the whole dataset without
its entailments (:func:`snapshot_query`), asked through the worker pool on first use, and
the projection is kept in the server process until an update empties it.
"""

from __future__ import annotations

import json
from collections.abc import Awaitable, Callable
from typing import Any

from diplokg.errors import DiplokgError
from diplokg.projection import NODE_KINDS

DEPTHS = (1, 2)


def snapshot_query(reason: bool) -> str:
    """The CONSTRUCT that reads every asserted triple from a store's default graph.

    A store opened with ``reason=True`` adds the entailments to its default graph; they
    are taken out again (they are disjoint from the asserted triples), since the
    projection reads the terms the sources use.

    >>> snapshot_query(False)
    'CONSTRUCT { ?s ?p ?o } WHERE { ?s ?p ?o }'
    >>> "FILTER NOT EXISTS" in snapshot_query(True)
    True
    """
    if not reason:
        return "CONSTRUCT { ?s ?p ?o } WHERE { ?s ?p ?o }"
    from diplokg.terms import ENTAILMENTS_GRAPH

    return ("CONSTRUCT { ?s ?p ?o } WHERE { ?s ?p ?o "
            f"FILTER NOT EXISTS {{ GRAPH <{ENTAILMENTS_GRAPH}> {{ ?s ?p ?o }} }} }}")


def projection_of(ntriples: bytes) -> Any:
    """The projection (``facts="edges"``, as ``diplokg map``) of a dataset in N-Triples.

    >>> G = projection_of(b'<https://w3id.org/diplokg/locality/ha-noi> '
    ...     b'<http://www.w3.org/1999/02/22-rdf-syntax-ns#type> '
    ...     b'<https://w3id.org/diplokg/ontology#City> .')
    >>> G.nodes["https://w3id.org/diplokg/locality/ha-noi"]["kind"]
    'Place'
    """
    from rdflib import Graph

    from diplokg.projection import project

    graph = Graph()
    graph.parse(data=ntriples.decode("utf-8"), format="nt")
    return project(graph)


class ProjectionCache:
    """The projection of the store's dataset, built once by the first map asked for."""

    def __init__(self) -> None:
        import anyio

        self._lock = anyio.Lock()
        self._graph: Any = None

    async def get(self, fetch: Callable[[], Awaitable[bytes]]) -> Any:
        """The cached projection; else ``fetch()`` the N-Triples and project them in a thread."""
        import anyio

        async with self._lock:  # concurrent first maps wait for one snapshot
            if self._graph is None:
                ntriples = await fetch()
                self._graph = await anyio.to_thread.run_sync(projection_of, ntriples)
            return self._graph

    def clear(self) -> None:
        """Forget the projection (after an update)."""
        self._graph = None


def not_on_maps(iri: str) -> str:
    """The message for an IRI that no map can centre on.

    >>> not_on_maps("https://w3id.org/diplokg/role/x")  # doctest: +ELLIPSIS
    'no entity https://w3id.org/diplokg/role/x on the relationship maps: they draw person, ...'
    """
    kinds = ", ".join(en.lower() for _vi, en in NODE_KINDS.values())
    return f"no entity {iri} on the relationship maps: they draw {kinds} entities"


def result_entities(body: bytes, G: Any) -> list[str]:
    """The IRIs in SPARQL JSON SELECT results that are entities of ``G``, in row order.

    >>> import networkx as nx
    >>> G = nx.MultiDiGraph(); G.add_node("http://a"); G.add_node("http://b")
    >>> result_entities(b'{"head": {"vars": ["x", "y"]}, "results": {"bindings": ['
    ...     b'{"x": {"type": "uri", "value": "http://b"}, "y": {"type": "literal", "value": "http://a"}},'
    ...     b'{"x": {"type": "uri", "value": "http://a"}}]}}', G)
    ['http://b', 'http://a']
    """
    data = json.loads(body)
    found: dict[str, None] = {}
    for binding in data["results"]["bindings"]:
        for term in binding.values():
            if term.get("type") == "uri" and term["value"] in G:
                found.setdefault(term["value"])
    return list(found)


def entity_map(G: Any, iri: str, depth: int, lang: str) -> str:
    """The page of ``iri``'s ego map, ``depth`` steps (as ``diplokg map --focus IRI``)."""
    from diplokg.relationship_map import relationship_map_html

    if iri not in G:
        raise DiplokgError(not_on_maps(iri))
    return relationship_map_html(G, focus=iri, depth=depth, lang=lang)


def result_map(G: Any, entities: list[str], lang: str, max_nodes: int) -> str:
    """The page of the map of a query result's entities and the relations between them."""
    from diplokg.relationship_map import relationship_map_html

    if len(entities) > max_nodes:
        raise DiplokgError(
            f"the result has {len(entities):,} entities, more than the {max_nodes:,} a map can "
            "show readably: add a LIMIT or narrow the query"
        )
    return relationship_map_html(G, nodes=entities, lang=lang, max_nodes=max_nodes)
