"""Interactive relationship maps: the projection drawn with pyvis (vis-network) as one HTML file.

The file works offline, opened from disk: vis-network's script and stylesheet (shipped in
the pyvis wheel, ``pyvis/lib/vis-9.1.2``) are inlined, with vis-network's licence notice,
and nothing else is referred to. pyvis's own template cannot be used for that: pyvis 0.3.2
writes CDN links (bootstrap always, vis-network with ``cdn_resources="local"``) even when
asked for ``"in_line"`` (pyvis issues 228 and 229). So pyvis builds the network (nodes,
edges, physics options) and the page is the project's template
(``diplokg/templates/relationship_map.html``).

What the map shows: colour and shape by kind of entity, with a legend (and the kinds of
relation, by colour); node size by a centrality measured on the map's own graph; edge
labels in words; a tooltip on every node and edge with the labels in both languages, the
dates, the source articles and the quoted evidence.

Safety: every text of the graph reaches the page either as JSON inside a script (with
``<``, ``>`` and ``&`` escaped, so no text can close the script) or as escaped HTML (the
legend, the title); vis-network shows tooltips given as strings as text (``innerText``)
and draws labels on a canvas. A Content-Security-Policy allows only the page's own two
scripts (by hash) and no network access, as a second line of defence.

A map of more than :data:`MAX_NODES` entities is not drawn as a hairball: the caller is
told to focus or filter, or to ask for the aggregate map (one node per kind).

>>> from diplokg.projection import load_projection
>>> page = relationship_map_html(load_projection(), focus="Võ Văn Hoan", depth=1, lang="en")
>>> "https://cdn" in page, "Vo Van Hoan" in page
(False, True)
"""

from __future__ import annotations

import base64
import hashlib
import html
import json
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path
from typing import Any

from diplokg import __version__
from diplokg.dates import TimeWindow
from diplokg.errors import DiplokgError
from diplokg.explanations import kind_name, name, sentence, shorten
from diplokg.projection import ALL_NODE_KINDS, EDGE_KINDS, FACT_NODE_KINDS
from diplokg.traversal import (
    centrality_scores,
    check_centrality_measure,
    edge_kinds,
    ego_graph,
    restrict,
    shortest_paths,
    simple_undirected,
)

MAX_NODES = 1000
VIS_VERSION = "9.1.2"
TEMPLATE = Path(__file__).resolve().parent / "templates" / "relationship_map.html"
_LABEL_WIDTH = 42
_TOOLTIP_QUOTES = 3
_TOOLTIP_QUOTE_WIDTH = 300

# kind -> (colour, vis-network shape); shapes with the label underneath.
NODE_STYLES: dict[str, tuple[str, str]] = {
    "Person": ("#e15759", "dot"),
    "Organization": ("#4e79a7", "square"),
    "Group": ("#f28e2b", "hexagon"),
    "Place": ("#59a14f", "triangle"),
    "Event": ("#edc948", "diamond"),
    "Resolution": ("#b07aa1", "star"),
    "Document": ("#ff9da7", "star"),
    "Programme": ("#9c755f", "triangleDown"),
    "Topic": ("#bab0ac", "dot"),
    "Indicator": ("#76b7b2", "square"),
    "RoleHolding": ("#a5c0de", "dot"),
    "Participation": ("#f3b3b4", "dot"),
    "Observation": ("#b9dcd9", "dot"),
    "Partnership": ("#b5d8ad", "dot"),
    "Recommendation": ("#f9c99a", "dot"),
    "Photograph": ("#dddddd", "dot"),
}
EDGE_COLORS: dict[str, str] = {
    "role": "#4e79a7",
    "participation": "#e15759",
    "relation": "#8c8c8c",
    "document": "#b07aa1",
    "event": "#c9a227",
    "partnership": "#59a14f",
    "recommendation": "#f28e2b",
    "observation": "#76b7b2",
    "photo": "#bbbbbb",
}

_WORDS = {
    "vi": {
        "nodes": "Thực thể",
        "edges": "Quan hệ",
        "size": "Kích thước: độ trung tâm ({measure}) trong bản đồ.",
        "sources": "Nguồn",
        "drawn": "Vẽ bằng",
        "noscript": "Bản đồ cần JavaScript.",
        "title": "Bản đồ quan hệ đối ngoại TP.HCM",
        "whole": "Toàn bộ đồ thị",
        "focus": "Quanh {name}, {depth} bước",
        "path": "Đường nối {a} và {b} ({steps} bước) và các thực thể kề",
        "aggregate": "Gộp theo loại",
        "chosen": "Các thực thể được chọn (như kết quả một truy vấn)",
        "kinds": "loại: {kinds}",
        "edges_kinds": "quan hệ: {kinds}",
        "window": "thời gian: {start} đến {end}",
        "counts": "{nodes} thực thể, {edges} quan hệ",
        "labels": "Tên",
        "kind": "Loại",
        "date": "Ngày",
        "evidence": "Trích dẫn",
        "centrality": "Độ trung tâm",
        "members": "Gồm",
    },
    "en": {
        "nodes": "Entities",
        "edges": "Relations",
        "size": "Size: centrality ({measure}) within the map.",
        "sources": "Sources",
        "drawn": "Drawn with",
        "noscript": "The map needs JavaScript.",
        "title": "Ho Chi Minh City foreign affairs: relationship map",
        "whole": "The whole graph",
        "focus": "Around {name}, {depth} steps",
        "path": "Path between {a} and {b} ({steps} steps) and the entities next to it",
        "aggregate": "Aggregated by kind",
        "chosen": "Chosen entities (such as a query's result)",
        "kinds": "kinds: {kinds}",
        "edges_kinds": "relations: {kinds}",
        "window": "time: {start} to {end}",
        "counts": "{nodes} entities, {edges} relations",
        "labels": "Names",
        "kind": "Kind",
        "date": "Date",
        "evidence": "Evidence",
        "centrality": "Centrality",
        "members": "Members",
    },
}


@dataclass
class MapSelection:
    """What a map shows: a view of the graph, and what to emphasise in it."""

    graph: Any
    description: list[str] = field(default_factory=list)
    focus: str | None = None
    path_nodes: list[str] = field(default_factory=list)
    path_edges: set[tuple[str, str, str]] = field(default_factory=set)


def select(
    G: Any,
    *,
    focus: str | None = None,
    depth: int = 1,
    path: tuple[str, str] | None = None,
    nodes: list[str] | None = None,
    node_kinds: list[str] | None = None,
    kinds: Any = None,
    window: TimeWindow | None = None,
    lang: str = "vi",
) -> MapSelection:
    """The part of ``G`` a map shows: all of it, an ego network, a path in its context, or
    the subgraph induced by chosen ``nodes`` (IRIs; those not in ``G`` are ignored).

    ``focus`` and ``path`` take names (resolved as in :mod:`diplokg.entity_lookup`);
    ``node_kinds``, ``kinds`` (edge kinds) and ``window`` filter first.

    >>> from diplokg.projection import load_projection
    >>> G = load_projection()
    >>> chosen = select(G, path=("Sam Mostyn", "Esteban Lazo Hernandez"))
    >>> len(chosen.path_nodes), len(chosen.path_edges)
    (10, 9)
    >>> hoan, ubnd = "https://w3id.org/diplokg/person/vo-van-hoan", "https://w3id.org/diplokg/organization/ubnd-tphcm"
    >>> [G.edges[e]["label_en"] for e in select(G, nodes=[hoan, ubnd, "x"]).graph.edges]
    ['is Vice Chair of']
    """
    from diplokg.entity_lookup import resolve_entity

    words = _WORDS[lang]
    allowed = edge_kinds(kinds)
    base = restrict(G, kinds=allowed, window=window, node_kinds=node_kinds)
    selection = MapSelection(base)
    if sum(x is not None for x in (focus, path, nodes)) > 1:
        raise DiplokgError("give one of a focus, a path or chosen nodes, not several")
    if nodes is not None:
        chosen = [n for n in dict.fromkeys(nodes) if base.has_node(n)]
        if not chosen:
            raise DiplokgError("none of the chosen entities is on the map (with these filters)")
        selection.graph = base.subgraph(chosen)
        selection.description.append(words["chosen"])
    elif focus is not None:
        center = resolve_entity(G, focus)
        if not base.has_node(center):
            raise DiplokgError(f"{focus!r} is left out by the filters (kinds or time window)")
        selection.graph = ego_graph(base, center, depth=depth, kinds="all")
        selection.focus = center
        selection.description.append(words["focus"].format(name=name(G, center, lang), depth=depth))
    elif path is not None:
        a, b = resolve_entity(G, path[0]), resolve_entity(G, path[1])
        for n, asked in ((a, path[0]), (b, path[1])):
            if not base.has_node(n):
                raise DiplokgError(f"{asked!r} is left out by the filters (kinds or time window)")
        paths = shortest_paths(base, a, b, kinds="all")
        if not paths:
            raise DiplokgError(
                f"{name(G, a, lang)} and {name(G, b, lang)} are not connected "
                "(with these filters): no path to draw"
            )
        found_path = paths[0]
        context = set(found_path.nodes)
        for node in found_path.nodes:
            context.update(base.successors(node))
            context.update(base.predecessors(node))
        selection.graph = base.subgraph(context)
        selection.path_nodes = found_path.nodes
        selection.path_edges = {
            (u, v, k) for step in found_path.steps for u, v, k, _ in step.relations
        }
        selection.description.append(
            words["path"].format(a=name(G, a, lang), b=name(G, b, lang), steps=found_path.length)
        )
    else:
        selection.description.append(words["whole"])
    if node_kinds is not None:
        shown = ", ".join(kind_name(k, lang) for k in node_kinds)
        selection.description.append(words["kinds"].format(kinds=shown))
    if kinds is not None:
        shown = ", ".join(kind_name(k, lang) for k in sorted(allowed))
        selection.description.append(words["edges_kinds"].format(kinds=shown))
    if window is not None and not window.is_open:
        selection.description.append(
            words["window"].format(start=window.start or "…", end=window.end or "…")
        )
    return selection


# --------------------------------------------------------------------------- page parts


@lru_cache(maxsize=1)
def _template() -> Any:
    """The page's Jinja template, read and compiled once per process."""
    from jinja2 import Environment, FileSystemLoader, select_autoescape

    env = Environment(
        loader=FileSystemLoader(str(TEMPLATE.parent)),
        autoescape=select_autoescape(["html"]),
        keep_trailing_newline=True,
    )
    return env.get_template(TEMPLATE.name)


@lru_cache(maxsize=1)
def vis_assets() -> tuple[str, str, str]:
    """vis-network's script and stylesheet as shipped in the pyvis wheel, and pyvis's version."""
    import pyvis

    lib = Path(pyvis.__file__).resolve().parent / "lib" / f"vis-{VIS_VERSION}"
    script = (lib / "vis-network.min.js").read_text(encoding="utf-8")
    css = (lib / "vis-network.css").read_text(encoding="utf-8")
    if "</script" in script.lower() or "</style" in css.lower():  # pragma: no cover
        raise RuntimeError("vis-network's files cannot be inlined safely")
    if "Apache 2.0 License" not in script[:2000]:  # pragma: no cover
        raise RuntimeError("vis-network's licence notice is missing from its script")
    return script, css, getattr(pyvis, "__version__", "0.3.2")


def script_json(value: Any) -> str:
    """JSON that is safe inside an HTML ``<script>``: no ``<``, ``>``, ``&`` as such.

    >>> script_json({"label": "</script><img src=x onerror=alert(1)>"})
    '{"label": "\\\\u003c/script\\\\u003e\\\\u003cimg src=x onerror=alert(1)\\\\u003e"}'
    """
    text = json.dumps(value, ensure_ascii=False, sort_keys=True)
    for char, escaped in (
        ("<", "\\u003c"),
        (">", "\\u003e"),
        ("&", "\\u0026"),
        ("\u2028", "\\u2028"),
        ("\u2029", "\\u2029"),
    ):
        text = text.replace(char, escaped)
    return text


def _source_lines(G: Any, iris: list[str]) -> list[str]:
    known = G.graph.get("sources", {})
    lines = []
    for iri in iris:
        meta = known.get(iri, {})
        lines.append(f"  {meta.get('id', iri)} ({meta.get('date', '')}): {meta.get('title', '')}")
    return lines


def _evidence_lines(evidence: list[dict[str, str]]) -> list[str]:
    quotes = [f"  “{shorten(e['quote'], _TOOLTIP_QUOTE_WIDTH)}”"
              for e in evidence[:_TOOLTIP_QUOTES]]
    if len(evidence) > _TOOLTIP_QUOTES:
        quotes.append(f"  (+{len(evidence) - _TOOLTIP_QUOTES})")
    return quotes


def node_tooltip(G: Any, node: str, score: float, measure: str, lang: str) -> str:
    """Plain text (shown as text): both labels, kind, dates, sources, evidence, centrality."""
    data = G.nodes[node]
    words = _WORDS[lang]
    lines = [data.get("label", node)]
    if data.get("label_en") and data.get("label_en") != data.get("label"):
        lines.append(data["label_en"])
    type_label = f"{data.get('type_label', '')} / {data.get('type_label_en', '')}"
    lines.append(f"{words['kind']}: {kind_name(data['kind'], lang)} ({type_label})")
    if data.get("date"):
        written = f" ({data['date_as_written']})" if data.get("date_as_written") else ""
        end = f" – {data['end_date']}" if data.get("end_date") else ""
        lines.append(f"{words['date']}: {data['date']}{end}{written}")
    if data.get("term"):
        lines.append(f"term: {data['term']}")
    if data.get("sources"):
        lines.append(f"{words['sources']}:")
        lines += _source_lines(G, data["sources"])
    if data.get("evidence"):
        lines.append(f"{words['evidence']}:")
        lines += _evidence_lines(data["evidence"])
    lines.append(f"{words['centrality']} ({measure}): {score:.3f}")
    lines.append(node)
    return "\n".join(lines)


def edge_tooltip(G: Any, edge: tuple[str, str, str, dict], lang: str) -> str:
    """Plain text: the relation in both languages, kind, date, sources, evidence."""
    data = edge[3]
    words = _WORDS[lang]
    lines = [sentence(G, edge, "vi"), sentence(G, edge, "en")]
    lines.append(f"{words['kind']}: {kind_name(data['kind'], lang)}")
    if data.get("date"):
        lines.append(f"{words['date']}: {data['date']}")
    if data.get("sources"):
        lines.append(f"{words['sources']}:")
        lines += _source_lines(G, data["sources"])
    if data.get("evidence"):
        lines.append(f"{words['evidence']}:")
        lines += _evidence_lines(data["evidence"])
    lines.append(data["predicate"])
    return "\n".join(lines)


def _scores(H: Any, measure: str) -> dict[str, float]:
    check_centrality_measure(measure)
    simple = simple_undirected(H)
    if simple.number_of_nodes() < 2:
        return dict.fromkeys(simple, 1.0)
    return centrality_scores(simple, measure)  # exact betweenness: a map is small


def _shape_svg(kind: str) -> str:
    color, shape = NODE_STYLES.get(kind, ("#999999", "dot"))
    c = html.escape(color)
    shapes = {
        "dot": f'<circle cx="9" cy="9" r="7" fill="{c}"/>',
        "square": f'<rect x="2" y="2" width="14" height="14" fill="{c}"/>',
        "triangle": f'<polygon points="9,1 17,16 1,16" fill="{c}"/>',
        "triangleDown": f'<polygon points="1,2 17,2 9,17" fill="{c}"/>',
        "diamond": f'<polygon points="9,1 17,9 9,17 1,9" fill="{c}"/>',
        "hexagon": f'<polygon points="5,2 13,2 17,9 13,16 5,16 1,9" fill="{c}"/>',
        "star": f'<polygon points="9,1 11,7 17,7 12,11 14,17 9,13 4,17 6,11 1,7 7,7" fill="{c}"/>',
    }
    return shapes[shape]


# --------------------------------------------------------------------------- the page


def _network(selection: MapSelection, G: Any, lang: str, measure: str) -> Any:
    """A pyvis Network of the selection: styled nodes and edges with their tooltips."""
    from pyvis.network import Network

    H = selection.graph
    scores = _scores(H, measure)
    top = max(scores.values(), default=1.0) or 1.0
    net = Network(height="100%", width="100%", directed=True, cdn_resources="in_line")
    on_path = set(selection.path_nodes)
    emphasise = bool(on_path) or selection.focus is not None
    for node in sorted(H.nodes):
        data = G.nodes[node]
        color, shape = NODE_STYLES.get(data["kind"], ("#999999", "dot"))
        score = scores.get(node, 0.0)
        fact = data["kind"] in FACT_NODE_KINDS
        size = 6 if fact else 10 + 28 * (score / top) ** 0.5
        highlighted = node in on_path or node == selection.focus
        net.add_node(
            node,
            label=shorten(name(G, node, lang), _LABEL_WIDTH),
            title=node_tooltip(G, node, score, measure, lang),
            color=color,
            shape=shape,
            size=round(size, 2),
            kind=data["kind"],
            iri=node,
            label_vi=data.get("label", ""),
            label_en=data.get("label_en", ""),
            date=data.get("date", ""),
            highlighted=highlighted,
            opacity=1.0 if highlighted or not emphasise else 0.55,
            borderWidth=4 if highlighted else 1,
            font={"size": 14 if highlighted else 12, "strokeWidth": 3, "strokeColor": "#ffffff"},
        )
    parallel: dict[tuple[str, str], int] = {}
    for u, v, key, data in sorted(H.edges(keys=True, data=True), key=lambda e: e[:3]):
        pair = (min(u, v), max(u, v))
        index = parallel.get(pair, 0)
        parallel[pair] = index + 1
        highlighted = (u, v, key) in selection.path_edges
        color = "#d62728" if highlighted else EDGE_COLORS.get(data["kind"], "#8c8c8c")
        net.add_edge(
            u,
            v,
            id=f"{u}|{v}|{key}",
            label=data["label_en"] if lang == "en" else data["label"],
            title=edge_tooltip(G, (u, v, key, data), lang),
            kind=data["kind"],
            predicate=data["predicate"],
            highlighted=highlighted,
            color={
                "color": color,
                "opacity": 1.0 if highlighted or not selection.path_edges else 0.45,
            },
            width=5 if highlighted else 1.5,
            dashes=data["kind"] == "photo",
            smooth={"type": "curvedCW", "roundness": 0.12 * index} if index else False,
            font={"size": 10, "color": "#444444", "strokeWidth": 3, "align": "middle"},
        )
    net.barnes_hut(gravity=-5000, central_gravity=0.35, spring_length=110, spring_strength=0.04)
    return net


def _aggregate_network(G: Any, H: Any, lang: str) -> Any:
    """One node per kind (sized by its number of entities), one edge per pair of kinds."""
    from pyvis.network import Network

    members: dict[str, list[str]] = {}
    for node, data in H.nodes(data=True):
        members.setdefault(data["kind"], []).append(node)
    top = max((len(m) for m in members.values()), default=1)
    net = Network(height="100%", width="100%", directed=True, cdn_resources="in_line")
    for kind in (k for k in ALL_NODE_KINDS if k in members):
        color, shape = NODE_STYLES.get(kind, ("#999999", "dot"))
        by_degree = sorted(members[kind], key=lambda n: -H.degree(n))[:10]
        listing = "\n".join(f"  {name(G, n, lang)}" for n in by_degree)
        net.add_node(
            kind,
            label=f"{kind_name(kind, lang)} ({len(members[kind])})",
            title=f"{kind_name(kind, 'vi')} / {kind_name(kind, 'en')}: {len(members[kind])}\n"
            f"{_WORDS[lang]['members']}:\n{listing}",
            color=color,
            shape=shape,
            size=round(12 + 40 * (len(members[kind]) / top) ** 0.5, 2),
            kind=kind,
        )
    counts: dict[tuple[str, str, str], int] = {}
    for u, v, data in H.edges(data=True):
        key = (H.nodes[u]["kind"], H.nodes[v]["kind"], data["kind"])
        counts[key] = counts.get(key, 0) + 1
    for (a, b, kind), count in sorted(counts.items()):
        net.add_edge(
            a,
            b,
            id=f"{a}|{b}|{kind}",
            label=f"{kind_name(kind, lang)} ×{count}",
            title=f"{kind_name(kind, 'vi')} / {kind_name(kind, 'en')}: {count}",
            kind=kind,
            color={"color": EDGE_COLORS.get(kind, "#8c8c8c")},
            width=round(1 + 6 * count**0.5 / max(counts.values()) ** 0.5, 2),
            value=count,
        )
    net.barnes_hut(gravity=-6000, central_gravity=0.3, spring_length=220, spring_strength=0.04)
    return net


def _options(pyvis_options: str) -> dict[str, Any]:
    """pyvis's options (physics), plus labels that stay readable and hover tooltips."""
    options = json.loads(pyvis_options)
    options["physics"]["stabilization"]["iterations"] = 400
    options["edges"] = {
        "smooth": False,
        "arrows": {"to": {"enabled": True, "scaleFactor": 0.5}},
        "scaling": {"label": {"drawThreshold": 3}},
    }
    options["nodes"] = {"scaling": {"label": {"drawThreshold": 3}}}
    options["interaction"] = {"hover": True, "tooltipDelay": 120, "keyboard": True}
    return options


_APP_JS = """
var container = document.getElementById("mynetwork");
var nodes = new vis.DataSet(%(nodes)s);
var edges = new vis.DataSet(%(edges)s);
var options = %(options)s;
var network = new vis.Network(container, {nodes: nodes, edges: edges}, options);
window.diplokgMap = {nodes: nodes, edges: edges, network: network, stabilized: false};
network.once("stabilizationIterationsDone", function () {
  window.diplokgMap.stabilized = true;
  network.setOptions({physics: {enabled: false}});
});
"""


def script_hash(script: str) -> str:
    """The CSP source that allows an inline script: ``'sha256-...'`` of its text.

    >>> script_hash("go()")
    "'sha256-5KYv+PUboo5h+0+YAtGRPbwv5d/QxzHslP4YGnUaxRw='"
    """
    digest = hashlib.sha256(script.encode("utf-8")).digest()
    return "'sha256-" + base64.b64encode(digest).decode("ascii") + "'"


def relationship_map_html(
    G: Any,
    *,
    focus: str | None = None,
    depth: int = 1,
    path: tuple[str, str] | None = None,
    nodes: list[str] | None = None,
    node_kinds: list[str] | None = None,
    kinds: Any = None,
    window: TimeWindow | None = None,
    lang: str = "vi",
    size_by: str = "degree",
    aggregate: bool = False,
    max_nodes: int = MAX_NODES,
    title: str | None = None,
) -> str:
    """The relationship map of (part of) ``G`` as one self-contained, offline HTML page.

    ``focus``/``depth`` draw an ego network, ``path`` a shortest path highlighted in its
    context (the entities next to it), ``nodes`` the entities given (IRIs) and the
    relations between them; ``node_kinds``, ``kinds`` (edge kinds) and
    ``window`` filter. ``size_by`` is the centrality that sizes the nodes (measured on
    the map's graph). Above ``max_nodes`` entities a DiplokgError says how to narrow
    the map, unless ``aggregate`` asks for one node per kind.

    >>> from diplokg.projection import load_projection
    >>> page = relationship_map_html(load_projection(), node_kinds=["Person"], lang="en")
    >>> page.count('"kind": "Person"') >= 14
    True
    """
    if lang not in _WORDS:
        raise DiplokgError(f"unknown language {lang!r}; use vi or en")
    selection = select(
        G,
        focus=focus,
        depth=depth,
        path=path,
        nodes=nodes,
        node_kinds=node_kinds,
        kinds=kinds,
        window=window,
        lang=lang,
    )
    H = selection.graph
    words = _WORDS[lang]
    if aggregate:
        net = _aggregate_network(G, H, lang)
        selection.description.append(words["aggregate"])
    else:
        if H.number_of_nodes() > max_nodes:
            raise DiplokgError(
                f"the map would have {H.number_of_nodes():,} entities and "
                f"{H.number_of_edges():,} relations, more than the {max_nodes:,} a map can "
                "show readably: narrow it with --focus NAME --depth N, --path A B, --kinds, "
                "--edges or --from/--to, or draw one node per kind with --aggregate"
            )
        net = _network(selection, G, lang, size_by)
    nodes, edges, _heading, _height, _width, options = net.get_network_data()
    vis_js, vis_css, pyvis_version = vis_assets()
    app_js = _APP_JS % {
        "nodes": script_json(nodes),
        "edges": script_json(edges),
        "options": script_json(_options(options)),
    }
    used_node_kinds: dict[str, int] = {}
    for _n, data in H.nodes(data=True):
        used_node_kinds[data["kind"]] = used_node_kinds.get(data["kind"], 0) + 1
    used_edge_kinds: dict[str, int] = {}
    for _u, _v, data in H.edges(data=True):
        used_edge_kinds[data["kind"]] = used_edge_kinds.get(data["kind"], 0) + 1
    legend_nodes = [
        {"kind": k, "label": kind_name(k, lang), "count": used_node_kinds[k], "svg": _shape_svg(k)}
        for k in ALL_NODE_KINDS
        if k in used_node_kinds
    ]
    legend_edges = [
        {
            "kind": k,
            "label": kind_name(k, lang),
            "count": used_edge_kinds[k],
            "color": EDGE_COLORS.get(k, "#8c8c8c"),
            "dashed": k == "photo",
        }
        for k in EDGE_KINDS
        if k in used_edge_kinds
    ]
    counts = words["counts"].format(nodes=H.number_of_nodes(), edges=H.number_of_edges())
    sources = sorted(
        {
            G.graph.get("sources", {}).get(s, {}).get("id", s)
            for _n, d in H.nodes(data=True)
            for s in d.get("sources", [])
        }
    )
    page = _template().render(
        lang=lang,
        title=title or words["title"],
        subtitle=" · ".join([*selection.description, counts]),
        words={**words, "size": words["size"].format(measure=size_by)},
        legend_nodes=legend_nodes,
        legend_edges=legend_edges,
        sources=sources,
        vis_js=vis_js,
        vis_css=vis_css,
        app_js=app_js,
        script_hashes=f"{script_hash(vis_js)} {script_hash(app_js)}",
        version=__version__,
        pyvis_version=pyvis_version,
        vis_version=VIS_VERSION,
    )
    return page
