"""The web page, entity pages, and the search and neighbourhood answers of the JSON API.

Everything here asks the store through SPARQL (the same worker pool as the
endpoint) and turns SPARQL JSON results into HTML or JSON. Labels are chosen in
Vietnamese (``vi``) or English (``en``).
"""

from __future__ import annotations

import html
import json
import re
from collections.abc import Awaitable, Callable

from diplokg.slugs import match_key
from diplokg.terms import BASE, PREFIXES

Ask = Callable[[str], Awaitable[list[dict[str, str]]]]
LANGS = ("vi", "en")
ENTITY_KINDS = ("person", "organization", "locality", "country", "event", "resolution",
                "document", "programme", "source", "role", "topic", "indicator", "unit")


def rows_of(body: bytes) -> list[dict[str, str]]:
    """SPARQL JSON results as rows of variable -> value (unbound variables absent)."""
    data = json.loads(body)
    return [{k: v["value"] for k, v in b.items()} for b in data["results"]["bindings"]]


def short(iri: str) -> str:
    """``dkg:Person`` for a known namespace, else the IRI.

    >>> short("https://w3id.org/diplokg/ontology#participant")
    'dkg:participant'
    """
    for prefix, namespace in PREFIXES.items():
        if iri.startswith(namespace) and "/" not in iri[len(namespace):]:
            return f"{prefix}:{iri[len(namespace):]}"
    return iri


def entity_href(iri: str, lang: str = "vi") -> str | None:
    """The page of an IRI of the dataset, or None for other IRIs.

    >>> entity_href("https://w3id.org/diplokg/person/pham-dut-diem", "en")
    '/entity/person/pham-dut-diem?lang=en'
    """
    if iri.startswith(BASE) and "#" not in iri:
        return f"/entity/{iri[len(BASE):]}?lang={lang}"
    return None


def _lit(text: str) -> str:
    return json.dumps(text, ensure_ascii=False)


async def search(ask: Ask, text: str, lang: str = "vi", limit: int = 20) -> list[dict]:
    """Entities whose label or alias contains ``text``, ignoring case and diacritics."""
    key = match_key(text)
    if not key:
        return []
    rows = await ask(
        "SELECT ?e ?label ?name ?type WHERE { ?e skos:prefLabel|skos:altLabel|rdfs:label ?label . "
        f"?e skos:prefLabel ?name . FILTER(LANG(?name) = {_lit(lang)}) "
        "OPTIONAL { ?e a ?type } "
        f'FILTER(STRSTARTS(STR(?e), "{BASE}")) }}'
    )
    found: dict[str, dict] = {}
    for row in rows:
        if key in match_key(row["label"]) and row["e"] not in found:
            found[row["e"]] = {"iri": row["e"], "label": row["name"],
                               "type": short(row.get("type", "")),
                               "page": entity_href(row["e"], lang)}
    exact = sorted(found.values(), key=lambda f: (match_key(f["label"]) != key, f["label"]))
    return exact[:limit]


async def neighbourhood(ask: Ask, iri: str, lang: str = "vi") -> dict:
    """The entity, its neighbours (IRIs one step away, either direction) and the edges."""
    rows = await ask(
        "SELECT ?dir ?p ?n ?label WHERE { "
        f'{{ <{iri}> ?p ?n . BIND("out" AS ?dir) }} '
        f'UNION {{ ?n ?p <{iri}> . BIND("in" AS ?dir) }} '
        "FILTER(isIRI(?n) && ?p != rdf:type && ?p != dkg:evidence && ?p != prov:wasDerivedFrom) "
        "OPTIONAL { ?n skos:prefLabel|rdfs:label ?label . "
        f"FILTER(LANG(?label) = {_lit(lang)}) }} }}"
    )
    label_rows = await ask(
        f"SELECT ?label WHERE {{ <{iri}> skos:prefLabel|rdfs:label ?label . "
        f"FILTER(LANG(?label) = {_lit(lang)}) }} LIMIT 1"
    )
    nodes = {iri: {"iri": iri, "label": label_rows[0]["label"] if label_rows else short(iri)}}
    edges = []
    for row in rows:
        nodes.setdefault(row["n"], {"iri": row["n"], "label": row.get("label", short(row["n"]))})
        source, target = (iri, row["n"]) if row["dir"] == "out" else (row["n"], iri)
        edge = {"source": source, "predicate": short(row["p"]), "target": target}
        if edge not in edges:
            edges.append(edge)
    return {"center": iri, "nodes": list(nodes.values()), "edges": edges}


async def entity_facts(ask: Ask, iri: str, lang: str) -> dict | None:
    """What the entity page shows: label, types, statements, and facts with their evidence."""
    lang_filter = f"FILTER(LANG(?l) = {_lit(lang)})"
    head = await ask(
        f"SELECT ?p ?o ?l WHERE {{ <{iri}> ?p ?o . "
        f"OPTIONAL {{ ?o skos:prefLabel|rdfs:label ?l . {lang_filter} }} "
        "FILTER(?p != dkg:evidence && ?p != prov:wasDerivedFrom) "
        "FILTER(!isLiteral(?o) || LANG(?o) = \"\" || LANG(?o) = " + _lit(lang) + ") }"
    )
    facts = await ask(
        f"SELECT ?fact ?p ?l ?source ?title ?quote WHERE {{ ?fact ?p <{iri}> ; "
        "prov:wasDerivedFrom ?source . ?source a dkg:NewsArticle . "
        "OPTIONAL { ?source schema:headline ?title } "
        f"OPTIONAL {{ ?fact rdfs:label ?l . {lang_filter} }} "
        "OPTIONAL { ?fact dkg:evidence/oa:exact ?quote } } ORDER BY ?fact ?quote"
    )
    if not head and not facts:
        return None
    label = next((r["o"] for r in head if r["p"] == PREFIXES["skos"] + "prefLabel"), short(iri))
    grouped: dict[str, dict] = {}
    for row in facts:
        fact = grouped.setdefault(row["fact"], {
            "iri": row["fact"], "label": row.get("l", short(row["fact"])),
            "role": short(row["p"]), "source": row["source"],
            "source_title": row.get("title", row["source"]), "quotes": []})
        if "quote" in row and row["quote"] not in fact["quotes"]:
            fact["quotes"].append(row["quote"])
    return {"iri": iri, "label": label, "statements": head, "facts": list(grouped.values())}


STYLE = """
body{font-family:system-ui,sans-serif;margin:1.5rem;max-width:70rem}
textarea{width:100%;font-family:monospace;font-size:.9rem}
table{border-collapse:collapse;margin-top:1rem}td,th{border:1px solid #ccc;padding:.2rem .4rem;
vertical-align:top;text-align:left}th{background:#eee}.error{color:#a00;white-space:pre-wrap}
blockquote{margin:.2rem 0 .2rem 1rem;color:#333;border-left:3px solid #ccc;padding-left:.5rem}
"""


_SCRIPT = re.compile(r"<script>(.*?)</script>", re.DOTALL)


def page_policy(page: str) -> str:
    """The Content-Security-Policy of a page of the server: its own inline scripts (by hash)
    and requests to the server itself, nothing from elsewhere; a relationship map's page
    keeps the stricter policy of its own ``<meta>`` as well.

    >>> page_policy("<p>no script</p>")  # doctest: +ELLIPSIS
    "default-src 'none'; script-src 'none'; style-src 'unsafe-inline'; ..."
    >>> page_policy("<script>go()</script>").split("; ")[1]
    "script-src 'sha256-5KYv+PUboo5h+0+YAtGRPbwv5d/QxzHslP4YGnUaxRw='"
    """
    from diplokg.relationship_map import script_hash

    scripts = " ".join(script_hash(s) for s in _SCRIPT.findall(page)) or "'none'"
    return (f"default-src 'none'; script-src {scripts}; "
            "style-src 'unsafe-inline'; img-src 'self' data:; font-src data:; "
            "connect-src 'self'; form-action 'self'; base-uri 'none'; frame-ancestors 'self'")


def _page(title: str, body: str, lang: str = "vi") -> str:
    return (f"<!doctype html><html lang=\"{lang}\"><head><meta charset=\"utf-8\">"
            f"<title>{html.escape(title)}</title><style>{STYLE}</style></head>"
            f"<body>{body}</body></html>")


def index_page(named: list[tuple[str, str, str]]) -> str:
    """The query editor: named queries as examples, results as a table, search by name."""
    options = "".join(
        f'<option value="{html.escape(n)}" title="{html.escape(d)}">{html.escape(n)}</option>'
        for n, d, _ in named
    )
    texts = json.dumps({n: t for n, _, t in named}, ensure_ascii=False).replace("</", "<\\/")
    first = html.escape(named[0][2]) if named else ""
    return _page("diplokg SPARQL", f"""
<h1>diplokg</h1>
<p>SPARQL over the knowledge graph of Ho Chi Minh City's foreign affairs. Endpoint:
<code>/sparql</code> (SPARQL 1.1 Protocol). Examples: <select id="examples">{options}</select></p>
<textarea id="query" rows="16">{first}</textarea>
<p><button id="run">Run</button> <span id="status"></span></p>
<div id="results"></div>
<h2>Search by name</h2>
<input id="search" placeholder="pham dut diem"> <button id="go">Search</button>
<ul id="found"></ul>
<form id="map-form" method="post" action="/map/query" target="_blank" hidden>
<input type="hidden" name="query" id="map-query">
<button id="map">Map of these results</button> in <select name="lang">
<option value="vi">Tiếng Việt</option><option value="en">English</option></select>
(the entities in the rows and the relations between them)</form>
<script>
const TEXTS = {texts};
const BASE = {json.dumps(BASE)};
document.getElementById("examples").onchange = e => {{
  document.getElementById("query").value = TEXTS[e.target.value]; }};
function cell(term) {{
  const td = document.createElement("td");
  if (!term) return td;
  if (term.type === "uri" && term.value.startsWith(BASE) && !term.value.includes("#")) {{
    const a = document.createElement("a");
    a.href = "/entity/" + term.value.slice(BASE.length); a.textContent = term.value;
    td.appendChild(a);
  }} else td.textContent = term.value;
  return td;
}}
async function run() {{
  const status = document.getElementById("status"), out = document.getElementById("results");
  status.textContent = "running…"; out.textContent = "";
  const mapForm = document.getElementById("map-form"); mapForm.hidden = true;
  const body = new URLSearchParams({{query: document.getElementById("query").value}});
  const r = await fetch("/sparql", {{method: "POST", body,
    headers: {{"Accept": "application/sparql-results+json"}}}});
  if (!r.ok) {{ status.textContent = "";
    out.innerHTML = '<p class="error"></p>'; out.firstChild.textContent = await r.text(); return; }}
  const data = await r.json();
  if ("boolean" in data) {{ status.textContent = String(data.boolean); return; }}
  const table = document.createElement("table"); table.id = "result-table";
  const head = table.insertRow();
  for (const v of data.head.vars) {{ const th = document.createElement("th");
    th.textContent = v; head.appendChild(th); }}
  for (const b of data.results.bindings) {{ const tr = table.insertRow(); tr.className = "row";
    for (const v of data.head.vars) tr.appendChild(cell(b[v])); }}
  out.appendChild(table);
  status.textContent = data.results.bindings.length + " rows";
  document.getElementById("map-query").value = body.get("query"); mapForm.hidden = false;
}}
document.getElementById("run").onclick = run;
document.getElementById("go").onclick = async () => {{
  const r = await fetch("/api/search?q=" + encodeURIComponent(
    document.getElementById("search").value));
  const ul = document.getElementById("found"); ul.textContent = "";
  for (const f of await r.json()) {{ const li = document.createElement("li");
    const a = document.createElement("a"); a.href = f.page; a.textContent = f.label;
    li.appendChild(a); ul.appendChild(li); }}
}};
</script>""", "en")


def entity_page(entity: dict, lang: str) -> str:
    """An entity's page: its statements, then its facts, each with source and quotes."""
    other = "en" if lang == "vi" else "vi"
    words = {"vi": ("Thông tin", "Dữ kiện, nguồn và trích dẫn", "Nguồn", "Bản đồ quan hệ",
                    "1 bước", "2 bước"),
             "en": ("Statements", "Facts, sources and evidence", "Source", "Relationship map",
                    "1 step", "2 steps")}[lang]

    def value(iri_or_text: str, label: str | None) -> str:
        href = entity_href(iri_or_text, lang)
        text = html.escape(label or short(iri_or_text))
        return f'<a href="{href}">{text}</a>' if href else text

    statements = "".join(
        f"<tr><td>{html.escape(short(r['p']))}</td><td>{value(r['o'], r.get('l'))}</td></tr>"
        for r in entity["statements"]
    )
    facts = []
    for fact in entity["facts"]:
        quotes = "".join(f"<blockquote>{html.escape(q)}</blockquote>" for q in fact["quotes"])
        facts.append(
            f'<li class="fact">{value(fact["iri"], fact["label"])} '
            f'<small>({html.escape(fact["role"])})</small><br>{words[2]}: '
            f'<a class="source" href="{entity_href(fact["source"], lang)}">'
            f'{html.escape(fact["source_title"])}</a>{quotes}</li>'
        )
    path = entity["iri"][len(BASE):]
    map_href = "/map/entity/" + html.escape(path)
    return _page(entity["label"], f"""
<p><a href="/">diplokg</a> · <a href="/entity/{html.escape(path)}?lang={other}">{other}</a></p>
<h1 id="label">{html.escape(entity["label"])}</h1>
<p><code>{html.escape(entity["iri"])}</code></p>
<p>{words[3]}: <a id="map-1" href="{map_href}?depth=1&amp;lang={lang}">{words[4]}</a>
· <a id="map-2" href="{map_href}?depth=2&amp;lang={lang}">{words[5]}</a></p>
<h2>{words[0]}</h2><table id="statements">{statements}</table>
<h2>{words[1]}</h2><ul id="facts">{"".join(facts)}</ul>""", lang)
