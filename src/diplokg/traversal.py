"""Traversals of the projection: paths, neighbourhoods, centrality and the timeline of events.

Plain functions over the ``MultiDiGraph`` of :mod:`diplokg.projection`. Connections are
looked for regardless of the direction of the edges (a person *took part in* an event
that *took place in* a city connects the person and the city), and every result keeps
the edges themselves, in their own direction, so that :mod:`diplokg.explanations` can say
them in words with their sources.

Every function takes ``kinds`` (the edge kinds to follow, default
:data:`~diplokg.projection.DEFAULT_EDGE_KINDS`: all but photo credits) and ``window`` (a
:class:`~diplokg.dates.TimeWindow`: an event, document, figure or role dated outside it is
left out; undated things stay).

>>> from diplokg.projection import load_projection
>>> from diplokg.entity_lookup import resolve_entity
>>> G = load_projection()
>>> sam, lazo = resolve_entity(G, "Sam Mostyn"), resolve_entity(G, "Esteban Lazo Hernandez")
>>> [path.length for path in shortest_paths(G, sam, lazo)]
[9]
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field
from itertools import islice
from typing import Any

from diplokg.dates import TimeWindow, date_bounds
from diplokg.errors import DiplokgError
from diplokg.projection import DEFAULT_EDGE_KINDS, EDGE_KINDS, FACT_NODE_KINDS

CENTRALITY_MEASURES = ("degree", "betweenness", "pagerank")
# Exact betweenness is O(nodes * edges); above this many nodes it is estimated from a
# sample of this many source nodes (fixed seed, so runs agree).
BETWEENNESS_SAMPLE = 500

Edge = tuple[str, str, str, dict[str, Any]]  # (u, v, key, data), in the edge's own direction


def edge_kinds(kinds: Iterable[str] | str | None) -> frozenset[str]:
    """Parse an edge-kind selection: None -> the default, ``"all"``, or names (checked).

    >>> sorted(edge_kinds("role,participation"))
    ['participation', 'role']
    >>> "photo" in edge_kinds(None), "photo" in edge_kinds("all")
    (False, True)
    """
    if kinds is None:
        return DEFAULT_EDGE_KINDS
    names = [k.strip() for k in kinds.split(",")] if isinstance(kinds, str) else list(kinds)
    names = [k for k in names if k]
    if names == ["all"]:
        return frozenset(EDGE_KINDS)
    unknown = [k for k in names if k not in EDGE_KINDS]
    if unknown or not names:
        raise DiplokgError(
            f"unknown edge kind {', '.join(map(repr, unknown)) or '(none given)'}; "
            f"use 'all' or some of: {', '.join(EDGE_KINDS)}"
        )
    return frozenset(names)


def _dated_outside(data: dict[str, Any], window: TimeWindow | None) -> bool:
    if window is None or window.is_open or not data.get("date"):
        return False
    return not window.overlaps(data["date"], data.get("end_date"))


def restrict(
    G: Any,
    *,
    kinds: Iterable[str] | str | None = None,
    window: TimeWindow | None = None,
    node_kinds: Iterable[str] | None = None,
) -> Any:
    """A read-only view of ``G`` with only the edges of ``kinds`` and the things in ``window``.

    ``node_kinds`` keeps only nodes of those kinds (``Person``, ``Event`` ...; fact nodes
    are kept with them when the projection has any). Nothing is copied: the filters are
    applied as the view is read.

    >>> from diplokg.projection import load_projection
    >>> G = load_projection()
    >>> H = restrict(G, kinds="role", node_kinds=["Person", "Organization"])
    >>> sorted({d["kind"] for *_, d in H.edges(keys=True, data=True)})
    ['role']
    """
    import networkx as nx

    allowed = edge_kinds(kinds)
    wanted_nodes = None if node_kinds is None else set(node_kinds) | set(FACT_NODE_KINDS)
    nodes = G.nodes

    def node_ok(n: str) -> bool:
        data = nodes[n]
        if wanted_nodes is not None and data["kind"] not in wanted_nodes:
            return False
        return not _dated_outside(data, window)

    def edge_ok(u: str, v: str, k: str) -> bool:
        data = G[u][v][k]
        return data["kind"] in allowed and not _dated_outside(data, window)

    return nx.subgraph_view(G, filter_node=node_ok, filter_edge=edge_ok)


def undirected_neighbors(H: Any, node: str) -> list[str]:
    """The nodes linked to ``node`` by an edge in either direction, in a stable order.

    (networkx's undirected *view* of a filtered directed graph checks every node when it
    is made; reading successors and predecessors costs only the node's own edges.)
    """
    return list(dict.fromkeys([*H.succ[node], *H.pred[node]]))


def _bidirectional_path(H: Any, source: str, target: str) -> list[str] | None:
    """A shortest path ignoring directions: breadth-first from both ends, smaller side first."""
    if source == target:
        return [source]
    parents: dict[str, str | None] = {source: None}
    children: dict[str, str | None] = {target: None}
    forward, backward = [source], [target]
    while forward and backward:
        grow_forward = len(forward) <= len(backward)
        frontier, seen, other = (
            (forward, parents, children) if grow_forward else (backward, children, parents)
        )
        following = []
        for node in frontier:
            for nbr in undirected_neighbors(H, node):
                if nbr in seen:
                    continue
                seen[nbr] = node
                if nbr in other:
                    return _join(parents, children, nbr)
                following.append(nbr)
        if grow_forward:
            forward = following
        else:
            backward = following
    return None


def _join(parents: dict[str, str | None], children: dict[str, str | None], meet: str) -> list[str]:
    path: list[str] = []
    node: str | None = meet
    while node is not None:
        path.append(node)
        node = parents[node]
    path.reverse()
    node = children[meet]
    while node is not None:
        path.append(node)
        node = children[node]
    return path


def edges_between(H: Any, a: str, b: str) -> list[Edge]:
    """Every edge joining ``a`` and ``b`` in either direction, each in its own direction."""
    found: list[Edge] = []
    for u, v in ((a, b), (b, a)):
        if H.has_node(u) and v in H.succ[u]:
            found.extend((u, v, k, d) for k, d in sorted(H.succ[u][v].items()))
    return found


@dataclass
class Step:
    """One hop of a path: from ``source`` to ``target``, by ``relations`` (one or more)."""

    source: str
    target: str
    relations: list[Edge]


@dataclass
class Path:
    """A path between two entities: its nodes and, for each hop, the relations taken."""

    nodes: list[str]
    steps: list[Step] = field(default_factory=list)

    @property
    def length(self) -> int:
        return len(self.nodes) - 1


def _check_nodes(H: Any, *nodes: str) -> None:
    for n in nodes:
        if not H.has_node(n):
            raise DiplokgError(f"{n} is left out by the restrictions (kinds or time window)")


def shortest_paths(
    G: Any,
    source: str,
    target: str,
    *,
    k: int = 1,
    kinds: Iterable[str] | str | None = None,
    window: TimeWindow | None = None,
) -> list[Path]:
    """The ``k`` shortest paths between two entities (fewest hops first), or [] if none.

    One path is a breadth-first search from both ends that reads only the nodes it
    reaches. More than one (Yen's algorithm, ``networkx.shortest_simple_paths``) needs a
    simple graph: the restricted graph is copied once into one.

    >>> from diplokg.projection import load_projection
    >>> G = load_projection()
    >>> hoan = "https://w3id.org/diplokg/person/vo-van-hoan"
    >>> phong = "https://w3id.org/diplokg/person/nguyen-thanh-phong"
    >>> for path in shortest_paths(G, hoan, phong, k=2):
    ...     print(" / ".join(G.nodes[n]["label"] for n in path.nodes))
    Võ Văn Hoan / TP.HCM - 50 năm triển khai đường lối đối ngoại Việt Nam / Nguyễn Thành Phong
    Võ Văn Hoan / UBND TP.HCM / Nguyễn Thành Phong
    """
    import networkx as nx

    if k < 1:
        raise DiplokgError(f"k must be at least 1, not {k}")
    H = restrict(G, kinds=kinds, window=window)
    _check_nodes(H, source, target)
    if source == target:
        return [Path([source])]
    if k == 1:
        found = _bidirectional_path(H, source, target)
        if found is None:
            return []
        node_paths = [found]
    else:
        simple = simple_undirected(H)
        try:
            node_paths = list(islice(nx.shortest_simple_paths(simple, source, target), k))
        except nx.NetworkXNoPath:
            return []
    paths = []
    for nodes in node_paths:
        steps = [Step(a, b, edges_between(H, a, b)) for a, b in zip(nodes, nodes[1:], strict=False)]
        paths.append(Path(list(nodes), steps))
    return paths


@dataclass
class Neighbour:
    """An entity ``distance`` hops from the centre, reached from ``via`` by ``relations``."""

    node: str
    distance: int
    via: str
    relations: list[Edge]


def neighborhood(
    G: Any,
    center: str,
    *,
    depth: int = 1,
    kinds: Iterable[str] | str | None = None,
    window: TimeWindow | None = None,
) -> list[Neighbour]:
    """The entities within ``depth`` hops of ``center`` (its ego network), nearest first.

    Breadth-first in both directions, reading only the nodes it reaches; each neighbour
    says which node one hop nearer the centre it was reached from, and by what.

    >>> from diplokg.projection import load_projection
    >>> G = load_projection()
    >>> hoan = "https://w3id.org/diplokg/person/vo-van-hoan"
    >>> sorted(G.nodes[n.node]["label"] for n in neighborhood(G, hoan))
    ['TP.HCM - 50 năm triển khai đường lối đối ngoại Việt Nam', 'UBND TP.HCM']
    """
    if depth < 1:
        raise DiplokgError(f"--depth must be at least 1, not {depth}")
    H = restrict(G, kinds=kinds, window=window)
    _check_nodes(H, center)
    seen = {center}
    frontier = [center]
    found: list[Neighbour] = []
    for distance in range(1, depth + 1):
        following = []
        for node in frontier:
            for other in sorted(undirected_neighbors(H, node)):
                if other in seen:
                    continue
                seen.add(other)
                following.append(other)
                found.append(Neighbour(other, distance, node, edges_between(H, node, other)))
        frontier = following
        if not frontier:
            break
    return found


def ego_graph(
    G: Any,
    center: str,
    *,
    depth: int = 1,
    kinds: Iterable[str] | str | None = None,
    window: TimeWindow | None = None,
) -> Any:
    """The subgraph of the neighbourhood (with the centre), with every edge among its nodes.

    >>> from diplokg.projection import load_projection
    >>> G = load_projection()
    >>> ego_graph(G, "https://w3id.org/diplokg/person/vo-van-hoan").number_of_nodes()
    3
    """
    nodes = [center] + [
        n.node for n in neighborhood(G, center, depth=depth, kinds=kinds, window=window)
    ]
    return restrict(G, kinds=kinds, window=window).subgraph(nodes)


def check_centrality_measure(measure: str) -> None:
    """A DiplokgError naming the measures, for one that is not among them."""
    if measure not in CENTRALITY_MEASURES:
        raise DiplokgError(
            f"unknown centrality {measure!r}; use one of: {', '.join(CENTRALITY_MEASURES)}"
        )


def centrality_scores(simple: Any, measure: str, sample: int | None = None) -> dict:
    """Each node's ``measure`` on a simple undirected graph (``weight`` for pagerank);
    betweenness from ``sample`` source nodes (seeded) when given, else exact."""
    import networkx as nx

    if measure == "degree":
        return nx.degree_centrality(simple)
    if measure == "betweenness":
        return nx.betweenness_centrality(simple, k=sample, seed=0 if sample else None)
    return nx.pagerank(simple, weight="weight")


def simple_undirected(H: Any) -> Any:
    """An undirected ``nx.Graph`` of ``H``: one edge per linked pair, ``weight`` = how many."""
    import networkx as nx

    simple = nx.Graph()
    simple.add_nodes_from(H)
    for u, v in H.edges():
        if u == v:
            continue
        if simple.has_edge(u, v):
            simple[u][v]["weight"] += 1
        else:
            simple.add_edge(u, v, weight=1)
    return simple


def centrality(
    G: Any,
    *,
    by: str = "degree",
    kinds: Iterable[str] | str | None = None,
    window: TimeWindow | None = None,
    node_kinds: Iterable[str] | None = None,
    top: int | None = 10,
) -> list[tuple[str, float]]:
    """Entities ranked by a centrality measure, highest first: ``[(node, score), ...]``.

    On the undirected simple graph of the relations followed (``kinds``, ``window``):
    ``degree`` is the share of the other entities an entity is directly related to;
    ``betweenness`` the share of shortest paths through it (estimated from a sample of
    :data:`BETWEENNESS_SAMPLE` sources above that many nodes); ``pagerank`` weighs each
    pair by its number of relations. ``node_kinds`` limits the ranking (not the graph)
    to some kinds; fact nodes are never ranked.

    >>> from diplokg.projection import load_projection
    >>> G = load_projection()
    >>> [G.nodes[n]["label"] for n, _ in centrality(G, by="betweenness", top=2)]
    ['Thành phố Hồ Chí Minh', 'Nghị quyết 59']
    """
    check_centrality_measure(by)
    simple = simple_undirected(restrict(G, kinds=kinds, window=window))
    if simple.number_of_nodes() == 0:
        return []
    n = simple.number_of_nodes()
    scores = centrality_scores(simple, by, BETWEENNESS_SAMPLE if n > BETWEENNESS_SAMPLE else None)
    wanted = set(node_kinds) if node_kinds is not None else None
    ranked = [
        (n, float(s))
        for n, s in scores.items()
        if G.nodes[n]["kind"] not in FACT_NODE_KINDS
        and (wanted is None or G.nodes[n]["kind"] in wanted)
    ]
    ranked.sort(key=lambda item: (-item[1], G.nodes[item[0]].get("label", item[0])))
    return ranked if top is None else ranked[:top]


@dataclass
class TimelineEntry:
    """An event with its date and the entities around it, each with the edges that say so."""

    event: str
    date: str | None
    participants: list[Edge] = field(default_factory=list)
    organisers: list[Edge] = field(default_factory=list)
    places: list[Edge] = field(default_factory=list)
    series: list[Edge] = field(default_factory=list)


def _participation_parts(G: Any, event: str) -> list[Edge]:
    """Participations of ``event``, as participant -> event edges (either fact mode)."""
    found: list[Edge] = []
    for u, _v, k, d in G.in_edges(event, keys=True, data=True):
        if d["kind"] != "participation":
            continue
        if G.nodes[u]["kind"] == "Participation":  # facts="nodes": fact -> event
            for _f, agent, k2, d2 in G.out_edges(u, keys=True, data=True):
                if agent != event and d2["predicate"].endswith("#participant"):
                    found.append((agent, event, k2, {**G.nodes[u], **d2}))
        else:
            found.append((u, event, k, d))
    return found


def timeline(
    G: Any,
    *,
    window: TimeWindow | None = None,
    actor: str | None = None,
) -> list[TimelineEntry]:
    """Events in date order, with participants, organisers, places and series.

    With a ``window``, only the events dated inside it; without, every event, the undated
    ones last. With an ``actor``, only the events it took part in or organised. Dates keep
    their precision and sort by the first day they cover ("2025" before "2025-04-11").

    >>> from diplokg.projection import load_projection
    >>> G = load_projection()
    >>> [e.date for e in timeline(G, window=TimeWindow.parse("2024", "2025"))]
    ['2024', '2025-04-11', '2025-08', '2025-09', '2025-10']
    """
    entries = []
    for node, data in G.nodes(data=True):
        if data["kind"] != "Event" or data["type"] == "EventSeries":
            continue
        date = data.get("date")
        if window is not None and not window.is_open:
            if not date or not window.overlaps(date, data.get("end_date")):
                continue
        entry = TimelineEntry(node, date, participants=_participation_parts(G, node))
        for u, v, k, d in G.out_edges(node, keys=True, data=True):
            target = {
                "https://schema.org/organizer": entry.organisers,
                "https://schema.org/location": entry.places,
                "https://schema.org/superEvent": entry.series,
            }.get(d["predicate"])
            if target is not None:
                target.append((u, v, k, d))
        if actor is not None:
            involved = {e[0] for e in entry.participants} | {e[1] for e in entry.organisers}
            if actor not in involved:
                continue
        entries.append(entry)

    def order(entry: TimelineEntry) -> tuple:
        if entry.date is None:
            return (1, "", "", G.nodes[entry.event]["label"])
        first, last = date_bounds(entry.date)
        return (0, first, last, G.nodes[entry.event]["label"])

    entries.sort(key=order)
    return entries
