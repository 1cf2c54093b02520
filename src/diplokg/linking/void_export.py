"""The link set alone, as a VoID linkset (Turtle).

One ``void:Linkset`` per external dataset (Wikidata, GeoNames), each a subset of the
diplokg dataset, with ``void:linkPredicate skos:exactMatch``, ``void:subjectsTarget``
(diplokg), ``void:objectsTarget`` (the external dataset), ``void:triples`` (its count),
then the link triples themselves and their provenance.

>>> from diplokg.project import Project
>>> text = linkset_turtle(Project.locate().built_dataset)
>>> "void:Linkset" in text and "void:linkPredicate skos:exactMatch" in text
True
"""

from __future__ import annotations

from pathlib import Path

from diplokg.terms import BASE

VOID = "http://rdfs.org/ns/void#"
TARGETS = {
    "wikidata": ("http://www.wikidata.org/entity/", "https://www.wikidata.org/", "Wikidata"),
    "geonames": ("https://sws.geonames.org/", "https://www.geonames.org/", "GeoNames"),
}


def linkset_turtle(path: str | Path) -> str:
    """The ``links`` graph of the built dataset at ``path`` as a VoID linkset description."""
    from rdflib import Graph, Literal, Namespace, URIRef
    from rdflib.namespace import DCTERMS, RDF, SKOS, XSD

    from diplokg.linking.links_graph import LINKS_GRAPH
    from diplokg.store import load_dataset
    from diplokg.terms import PREFIXES

    void = Namespace(VOID)
    dataset = load_dataset(path)
    links = dataset.graph(LINKS_GRAPH)
    out = Graph()
    for prefix, namespace in PREFIXES.items():
        out.bind(prefix, namespace)
    out.bind("void", void)
    diplokg = URIRef(BASE + "dataset")
    out.add((diplokg, RDF.type, void.Dataset))
    out.add((diplokg, DCTERMS.title, Literal("diplokg", lang="en")))
    out.add((diplokg, void.uriSpace, Literal(BASE)))
    for name, (space, home, title) in TARGETS.items():
        triples = sorted(
            (s, o) for s, o in links.subject_objects(SKOS.exactMatch) if str(o).startswith(space)
        )
        target = URIRef(home)
        linkset = URIRef(BASE + f"linkset/{name}")
        out.add((target, RDF.type, void.Dataset))
        out.add((target, DCTERMS.title, Literal(title)))
        out.add((target, void.uriSpace, Literal(space)))
        out.add((linkset, RDF.type, void.Linkset))
        out.add((diplokg, void.subset, linkset))
        out.add((linkset, void.linkPredicate, SKOS.exactMatch))
        out.add((linkset, void.subjectsTarget, diplokg))
        out.add((linkset, void.objectsTarget, target))
        out.add((linkset, void.triples, Literal(len(triples), datatype=XSD.integer)))
        for s, o in triples:
            out.add((s, SKOS.exactMatch, o))
    for s, p, o in links:
        if p != SKOS.exactMatch:
            out.add((s, p, o))
    return out.serialize(format="turtle")
