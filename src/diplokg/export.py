"""Exports of the built dataset: RDF formats (with or without named graphs) and a CSV of entities.

By default an export contains everything a consumer needs with no knowledge of
the diplokg terms: every source graph, the vocabulary, the ontology *and* the
materialised RDFS entailments (``--no-entailments`` leaves the last out). Formats
without named graphs (Turtle, N-Triples) merge all graphs into one.

>>> from diplokg.project import Project
>>> text = export_text(Project.locate().built_dataset, "nt")
>>> "<http://www.w3.org/ns/org#member>" in text
True
"""

from __future__ import annotations

import csv
import io
from pathlib import Path

from diplokg.errors import DiplokgError

FORMATS = ("ttl", "nt", "nq", "trig", "jsonld", "csv")


def _quads(path: Path, *, entailments: bool, ontology: bool) -> list[tuple]:
    from diplokg.store import load_dataset
    from diplokg.terms import ONTOLOGY_IRI

    dataset = load_dataset(path, reason=entailments)
    quads = []
    for s, p, o, g in dataset.quads((None, None, None, None)):
        name = getattr(g, "identifier", g)
        if not ontology and name == ONTOLOGY_IRI:
            continue
        quads.append((s, p, o, name))
    return quads


def _ntriples_line(s, p, o) -> str:
    return f"{s.n3()} {p.n3()} {o.n3()} ."


def entities_csv(path: Path) -> str:
    """One row per entity: IRI, id, type, Vietnamese and English labels, aliases, sources."""
    from diplokg.sparql import run_query
    from diplokg.store import load_dataset

    query = """
    PREFIX skos: <http://www.w3.org/2004/02/skos/core#>
    PREFIX dct: <http://purl.org/dc/terms/>
    PREFIX schema: <https://schema.org/>
    PREFIX dkg: <https://w3id.org/diplokg/ontology#>
    SELECT ?entity ?id ?type ?label_vi ?label_en ?aliases ?sources WHERE {
      ?entity dct:identifier ?id ; a ?class .
      FILTER(STRSTARTS(STR(?class), STR(dkg:)))
      FILTER NOT EXISTS { ?entity a dkg:NewsArticle }
      BIND(STRAFTER(STR(?class), "#") AS ?type)
      ?entity skos:prefLabel ?label_vi, ?label_en .
      FILTER(LANG(?label_vi) = "vi" && LANG(?label_en) = "en")
      OPTIONAL {
        SELECT ?entity (GROUP_CONCAT(DISTINCT STR(?alias); separator=" | ") AS ?aliases)
        WHERE { ?entity skos:altLabel ?alias } GROUP BY ?entity
      }
      OPTIONAL {
        SELECT ?entity (GROUP_CONCAT(DISTINCT ?sid; separator=" ") AS ?sources)
        WHERE { ?source schema:mentions ?entity ; dct:identifier ?sid } GROUP BY ?entity
      }
    }
    ORDER BY ?type ?id
    """
    outcome = run_query(load_dataset(path), query)
    buffer = io.StringIO()
    writer = csv.writer(buffer, lineterminator="\n")
    writer.writerow(outcome.variables)
    for row in outcome.rows():
        writer.writerow([str(row.get(v, "")) for v in outcome.variables])
    return buffer.getvalue()


def export_text(
    path: str | Path, fmt: str, *, entailments: bool = True, ontology: bool = True
) -> str:
    """The dataset at ``path`` written in ``fmt`` (one of FORMATS)."""
    path = Path(path)
    if fmt not in FORMATS:
        raise DiplokgError(f"unknown export format {fmt!r}; use one of: {', '.join(FORMATS)}")
    if fmt == "csv":
        return entities_csv(path)
    quads = _quads(path, entailments=entailments, ontology=ontology)
    if fmt == "nt":
        return "\n".join(sorted({_ntriples_line(s, p, o) for s, p, o, _ in quads})) + "\n"
    if fmt == "nq":
        lines = {f"{_ntriples_line(s, p, o)[:-2]} {g.n3()} ." for s, p, o, g in quads}
        return "\n".join(sorted(lines)) + "\n"
    from diplokg.terms import PREFIXES
    from diplokg.trig_writer import write_trig

    if fmt == "trig":
        return write_trig(quads, PREFIXES)
    if fmt == "ttl":
        from rdflib import URIRef

        single = URIRef("urn:x-diplokg:default")
        text = write_trig([(s, p, o, single) for s, p, o, _ in quads], PREFIXES)
        return _unwrap_single_graph(text)
    # JSON-LD keeps the named graphs.
    from rdflib import Dataset

    dataset = Dataset()
    for prefix, namespace in PREFIXES.items():
        dataset.bind(prefix, namespace)
    for s, p, o, g in quads:
        dataset.graph(g).add((s, p, o))
    return dataset.serialize(format="json-ld", indent=1, auto_compact=True)


def _unwrap_single_graph(trig: str) -> str:
    """Turn the TriG of one graph named 'default' into plain Turtle."""
    head, _, body = trig.partition("\n\n")
    lines = body.splitlines()
    # first line is "<default> {", last line "}"
    inner = [line[4:] if line.startswith("    ") else line for line in lines[1:-1]]
    return head + "\n\n" + "\n".join(inner) + "\n"
