"""Saying traversal results in words, with their sources: reports as dicts, and as text.

Each ``*_report`` function turns a result of :mod:`diplokg.traversal` into a dict ready
for ``json.dumps`` (what ``--format json`` prints); each ``*_text`` function writes such a
report as readable text (the default output). Entities are named in the language asked
(``vi``: the Vietnamese labels and words, ``en``: the English ones); a relation is a
sentence "subject words object" in the direction of the edge, whichever way the traversal
went, with the articles that state it and the quoted evidence.

>>> from diplokg.projection import load_projection
>>> G = load_projection()
>>> hoan = "https://w3id.org/diplokg/person/vo-van-hoan"
>>> ubnd = "https://w3id.org/diplokg/organization/ubnd-tphcm"
>>> [sentence(G, (hoan, ubnd, k, d), "vi") for k, d in G[hoan][ubnd].items()]
['Võ Văn Hoan là Phó Chủ tịch UBND TP.HCM']
"""

from __future__ import annotations

from typing import Any

from diplokg.entity_lookup import short_iri
from diplokg.projection import ALL_NODE_KINDS, EDGE_KINDS
from diplokg.sparql import text_table

LANGUAGES = ("vi", "en")


def _steps(n: int, lang: str) -> str:
    if lang == "en" and n == 1:
        return "1 step"
    return _TEXT[lang]["steps"].format(n=n)


_TEXT = {
    "vi": {
        "steps": "{n} bước",
        "not_connected": "{a} và {b} không nối với nhau (với các giới hạn này).",
        "path": "Đường {i}",
        "within": "{count} thực thể trong phạm vi {steps}",
        "no_event": "Không có sự kiện nào (với các giới hạn này).",
        "undated": "chưa rõ",
        "in": "tại",
        "organised_by": "tổ chức",
        "participants": "tham gia",
        "sources": "nguồn",
    },
    "en": {
        "steps": "{n} steps",
        "not_connected": "{a} and {b} are not connected (with these restrictions).",
        "path": "Path {i}",
        "within": "{count} entities within {steps}",
        "no_event": "No event (with these restrictions).",
        "undated": "undated",
        "in": "in",
        "organised_by": "organised by",
        "participants": "participants",
        "sources": "sources",
    },
}
_QUOTE_WIDTH = 150
_QUALIFIER_KEYS = (
    "role", "role_en", "qualifiers", "title_as_written", "modes", "modes_vi", "modes_en",
    "value", "unit", "value_qualifier", "stated", "period", "as_of", "partnership",
    "recommended_by", "addressed_to", "partners", "topics", "caption", "date", "end_date",
)  # fmt: skip


def name(G: Any, node: str, lang: str = "vi") -> str:
    """The label of ``node`` in ``lang`` (``vi`` or ``en``)."""
    data = G.nodes[node]
    return data.get("label_en" if lang == "en" else "label") or data.get("label") or node


def kind_name(kind: str, lang: str = "vi") -> str:
    """The name of a node kind (``Person`` -> ``Cá nhân`` / ``Person``)."""
    names = ALL_NODE_KINDS.get(kind) or EDGE_KINDS.get(kind) or (kind, kind)
    return names[1] if lang == "en" else names[0]


def sentence(G: Any, edge: tuple[str, str, str, dict], lang: str = "vi") -> str:
    """The relation as a sentence: subject, the relation's words, object."""
    u, v, _key, data = edge
    words = data["label_en"] if lang == "en" else data["label"]
    return f"{name(G, u, lang)} {words} {name(G, v, lang)}"


def _sources(G: Any, iris: list[str]) -> list[dict[str, str]]:
    known = G.graph.get("sources", {})
    out = []
    for iri in iris:
        meta = known.get(iri, {})
        out.append(
            {
                "iri": iri,
                "id": meta.get("id", iri.rsplit("/", 1)[-1]),
                "title": meta.get("title", ""),
                "date": meta.get("date", ""),
            }
        )
    return out


def _evidence(G: Any, evidence: list[dict[str, str]]) -> list[dict[str, str]]:
    known = G.graph.get("sources", {})
    return [
        {"source": known.get(e["source"], {}).get("id", e["source"]), "quote": e["quote"]}
        for e in evidence
    ]


def entity_record(G: Any, node: str) -> dict[str, Any]:
    """An entity as JSON: IRI, short IRI, labels, kind, type, date."""
    data = G.nodes[node]
    record = {
        "iri": node,
        "id": short_iri(node),
        "label": data.get("label", ""),
        "label_en": data.get("label_en", ""),
        "kind": data.get("kind", ""),
        "type": data.get("type", ""),
        "type_label": data.get("type_label", ""),
        "type_label_en": data.get("type_label_en", ""),
    }
    for key in ("date", "end_date"):
        if data.get(key):
            record[key] = data[key]
    return record


def relation_record(G: Any, edge: tuple[str, str, str, dict], lang: str = "vi") -> dict[str, Any]:
    """A relation as JSON: its ends, predicate, kind, words, sentence, sources, evidence."""
    u, v, key, data = edge
    record = {
        "subject": u,
        "object": v,
        "predicate": data["predicate"],
        "kind": data["kind"],
        "label": data["label"],
        "label_en": data["label_en"],
        "sentence": sentence(G, edge, lang),
        "fact": key,
        "sources": _sources(G, data.get("sources", [])),
        "evidence": _evidence(G, data.get("evidence", [])),
    }
    qualifiers = {k: data[k] for k in _QUALIFIER_KEYS if data.get(k) not in (None, "", [])}
    if qualifiers:
        record["qualifiers"] = qualifiers
    return record


def _restrictions(kinds: frozenset[str] | None, window: Any) -> dict[str, Any]:
    out: dict[str, Any] = {}
    if kinds is not None:
        out["edge_kinds"] = sorted(kinds)
    if window is not None and not window.is_open:
        out["from"], out["to"] = window.start, window.end
    return out


# --------------------------------------------------------------------------- reports


def path_report(
    G: Any,
    source: str,
    target: str,
    paths: list[Any],
    lang: str = "vi",
    *,
    kinds: frozenset[str] | None = None,
    window: Any = None,
) -> dict[str, Any]:
    """The paths between two entities, each step with its relations in words and sources."""
    return {
        "from": entity_record(G, source),
        "to": entity_record(G, target),
        "restrictions": _restrictions(kinds, window),
        "paths": [
            {
                "length": path.length,
                "nodes": [entity_record(G, n) for n in path.nodes],
                "steps": [
                    {
                        "from": step.source,
                        "to": step.target,
                        "relations": [relation_record(G, e, lang) for e in step.relations],
                    }
                    for step in path.steps
                ],
            }
            for path in paths
        ],
    }


def neighbors_report(
    G: Any,
    center: str,
    neighbours: list[Any],
    depth: int,
    lang: str = "vi",
    *,
    kinds: frozenset[str] | None = None,
    window: Any = None,
) -> dict[str, Any]:
    """An ego network: the centre and each neighbour with its distance and relations."""
    return {
        "center": entity_record(G, center),
        "depth": depth,
        "restrictions": _restrictions(kinds, window),
        "neighbors": [
            {
                **entity_record(G, n.node),
                "distance": n.distance,
                "via": n.via,
                "relations": [relation_record(G, e, lang) for e in n.relations],
            }
            for n in neighbours
        ],
    }


def centrality_report(
    G: Any,
    ranking: list[tuple[str, float]],
    by: str,
    lang: str = "vi",
    *,
    kinds: frozenset[str] | None = None,
    window: Any = None,
) -> dict[str, Any]:
    """A centrality ranking: rank, score, entity, its number of relations followed."""
    from diplokg.traversal import restrict

    H = restrict(G, kinds=kinds, window=window)
    return {
        "measure": by,
        "restrictions": _restrictions(kinds, window),
        "ranking": [
            {
                "rank": i,
                "score": round(score, 6),
                "degree": H.degree(node),
                **entity_record(G, node),
            }
            for i, (node, score) in enumerate(ranking, 1)
        ],
    }


def timeline_report(G: Any, entries: list[Any], lang: str = "vi") -> dict[str, Any]:
    """Events in order, each with its participants (and how), organisers, places, sources."""
    events = []
    for entry in entries:
        data = G.nodes[entry.event]
        record = entity_record(G, entry.event)
        record["date_as_written"] = data.get("date_as_written", "")
        record["participants"] = [
            {
                **entity_record(G, u),
                "modes": d.get("modes_en" if lang == "en" else "modes_vi", []),
                "sources": _sources(G, d.get("sources", [])),
                "evidence": _evidence(G, d.get("evidence", [])),
            }
            for u, _v, _k, d in entry.participants
        ]
        record["participants"].sort(key=lambda p: _label(p, lang))
        record["organisers"] = [entity_record(G, v) for _u, v, _k, _d in entry.organisers]
        record["places"] = [entity_record(G, v) for _u, v, _k, _d in entry.places]
        record["series"] = [entity_record(G, v) for _u, v, _k, _d in entry.series]
        # Every article that says something about the event: its own, and its facts'.
        said = set(data.get("sources", []))
        for edges in (entry.participants, entry.organisers, entry.places, entry.series):
            for *_ends, d in edges:
                said.update(d.get("sources", []))
        record["sources"] = _sources(G, sorted(said))
        events.append(record)
    return {"events": events}


# --------------------------------------------------------------------------- text


def _label(record: dict[str, Any], lang: str) -> str:
    return record["label_en"] if lang == "en" else record["label"]


def shorten(text: str, width: int) -> str:
    """``text`` on one line, cut to ``width`` characters with an ellipsis.

    >>> shorten("a  b   c", 10), shorten("abcdef", 4)
    ('a b c', 'abc…')
    """
    text = " ".join(text.split())
    return text if len(text) <= width else text[: width - 1] + "…"


def _relation_lines(relation: dict[str, Any], prefix: str, indent: str) -> list[str]:
    """The sentence after ``prefix``, then one line per source (with its quote) after ``indent``."""
    lines = [f"{prefix}{relation['sentence']}"]
    quotes = {e["source"]: e["quote"] for e in reversed(relation["evidence"])}
    for source in relation["sources"]:
        quote = quotes.get(source["id"])
        said = f' "{shorten(quote, _QUOTE_WIDTH)}"' if quote else ""
        lines.append(f"{indent}[{source['id']}, {source['date']}]{said}")
    return lines


def path_text(report: dict[str, Any], lang: str = "vi") -> str:
    """A path report as text: the steps numbered, each relation with source and quote."""
    start, end = _label(report["from"], lang), _label(report["to"], lang)
    if not report["paths"]:
        return _TEXT[lang]["not_connected"].format(a=start, b=end) + "\n"
    lines = []
    many = len(report["paths"]) > 1
    for i, path in enumerate(report["paths"], 1):
        head = f"{start} → {end}: " + _steps(path["length"], lang)
        lines.append(_TEXT[lang]["path"].format(i=i) + f". {head}" if many else head)
        for n, step in enumerate(path["steps"], 1):
            for j, relation in enumerate(step["relations"]):
                prefix = f"{n:3d}. " if j == 0 else "     "
                lines += _relation_lines(relation, prefix, "         ")
        lines.append("")
    return "\n".join(lines).rstrip() + "\n"


def neighbors_text(report: dict[str, Any], lang: str = "vi") -> str:
    """An ego network as text, grouped by distance, each neighbour with how it is linked."""
    center = report["center"]
    count = len(report["neighbors"])
    lines = [
        f"{_label(center, lang)} ({kind_name(center['kind'], lang)}): "
        + _TEXT[lang]["within"].format(count=count, steps=_steps(report["depth"], lang))
    ]
    distance = 0
    for neighbour in report["neighbors"]:
        if neighbour["distance"] != distance:
            distance = neighbour["distance"]
            lines.append("\n" + _steps(distance, lang) + ":")
        when = f", {neighbour['date']}" if neighbour.get("date") else ""
        lines.append(f"  {_label(neighbour, lang)} ({kind_name(neighbour['kind'], lang)}{when})")
        for relation in neighbour["relations"]:
            lines += _relation_lines(relation, "      ", "          ")
    return "\n".join(lines) + "\n"


def centrality_text(report: dict[str, Any], lang: str = "vi") -> str:
    """A ranking as a table: rank, score, name, kind, number of relations."""
    rows = [
        [
            str(r["rank"]),
            f"{r['score']:.4f}",
            _label(r, lang),
            kind_name(r["kind"], lang),
            str(r["degree"]),
        ]
        for r in report["ranking"]
    ]
    table = text_table(["rank", report["measure"], "name", "kind", "relations"], rows)
    return table + "\n"


def timeline_text(report: dict[str, Any], lang: str = "vi") -> str:
    """The timeline as text: date, event, kind, places; then participants and sources."""
    if not report["events"]:
        return _TEXT[lang]["no_event"] + "\n"
    words = _TEXT[lang]
    width = max(len(e.get("date", "") or words["undated"]) for e in report["events"])
    lines = []
    for event in report["events"]:
        date = (event.get("date") or words["undated"]).ljust(width)
        pad = " " * width
        kind = event["type_label_en"] if lang == "en" else event["type_label"]
        head = f"{date}  {_label(event, lang)} ({kind})"
        lines.append(head)
        if event["places"]:
            places = ", ".join(_label(p, lang) for p in event["places"])
            lines.append(f"{pad}    {words['in']}: {places}")
        if event["organisers"]:
            by = ", ".join(_label(p, lang) for p in event["organisers"])
            lines.append(f"{pad}    {words['organised_by']}: {by}")
        if event["participants"]:
            who = "; ".join(
                f"{_label(p, lang)} ({'; '.join(p['modes'])})" for p in event["participants"]
            )
            lines.append(f"{pad}    {words['participants']}: {who}")
        sources = ", ".join(s["id"] for s in event["sources"])
        if sources:
            lines.append(f"{pad}    {words['sources']}: {sources}")
    return "\n".join(lines) + "\n"
