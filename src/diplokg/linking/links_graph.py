"""The links file as RDF: the ``links`` and ``official-records`` named graphs.

Each link is asserted as ``entity skos:exactMatch <external IRI>`` and reified as a
``dkg:LinkStatement`` carrying who made it (``prov:wasAttributedTo``), how it was checked
(``dkg:linkMethod``), how sure it is (``dkg:confidence``) and its evidence
(``dkg:checkedAgainst``, ``oa:exact``). Each official record of a legal document becomes
facts (official number as ``eli:id_local``, date of issue, issuer, title, ELI-like
identifier), each a ``dkg:Statement`` derived from a ``dkg:ReferenceSource``, with a
``dkg:ReferenceQuote``.

>>> from diplokg.project import Project
>>> graphs = compile_links(Project.locate())
>>> sorted(str(name).rsplit("/", 1)[-1] for name in graphs)
['links', 'official-records']
"""

from __future__ import annotations

from rdflib import Graph, Literal, URIRef
from rdflib.namespace import DCTERMS, PROV, RDF, RDFS, SKOS, XSD

from diplokg.linking.links_file import LinksFile, load_links
from diplokg.project import Project
from diplokg.terms import BASE, DKG, ELI, OA, SCHEMA, digest, graph_iri, iri

LINKS_GRAPH = graph_iri("links")
RECORDS_GRAPH = graph_iri("official-records")
ELI_BASE = BASE + "eli/"
REVIEWER = iri("agent/links-reviewer")


def eli_iri(eli: str) -> URIRef:
    """The ELI-like IRI of a legal document.

    >>> str(eli_iri("vn/nq-tw/2024/57"))
    'https://w3id.org/diplokg/eli/vn/nq-tw/2024/57'
    """
    return URIRef(ELI_BASE + eli)


def _entity_iris(project: Project) -> dict[str, URIRef]:
    from diplokg.annotations import load_corpus
    from diplokg.terms import entity_iri

    corpus = load_corpus(project.curated_dir)
    return {e.id: entity_iri(e.type, e.id) for e in corpus.entities.values()}


def _links_graph(links: LinksFile, entities: dict[str, URIRef]) -> Graph:
    g = Graph()
    g.add((LINKS_GRAPH, RDF.type, PROV.Bundle))
    g.add((LINKS_GRAPH, RDFS.label, Literal("Reviewed links to Wikidata and GeoNames", lang="en")))
    g.add((REVIEWER, RDF.type, PROV.Agent))
    g.add((REVIEWER, RDFS.label, Literal(links.reviewer or "links reviewer", lang="en")))
    for link in links.links:
        subject, target = entities[link.entity], URIRef(link.target)
        g.add((subject, SKOS.exactMatch, target))
        node = iri("link/" + digest(str(subject), str(target)))
        g.add((node, RDF.type, DKG.LinkStatement))
        g.add((node, RDF.subject, subject))
        g.add((node, RDF.predicate, SKOS.exactMatch))
        g.add((node, RDF.object, target))
        g.add((node, PROV.wasAttributedTo, REVIEWER))
        g.add((node, DKG.linkMethod, Literal(link.method)))
        g.add((node, DKG.confidence, Literal(link.confidence)))
        g.add((node, SKOS.editorialNote, Literal(f"made by: {link.made_by}", lang="en")))
        if link.note:
            g.add((node, SKOS.editorialNote, Literal(link.note, lang="en")))
        if links.reviewed:
            g.add((node, DCTERMS.created, Literal(links.reviewed, datatype=XSD.date)))
        for ev in link.evidence:
            g.add((node, DKG.checkedAgainst, Literal(ev.where)))
            g.add((node, OA.exact, Literal(ev.quote)))
    return g


def _records_graph(links: LinksFile, entities: dict[str, URIRef]) -> Graph:
    g = Graph()
    g.add((RECORDS_GRAPH, RDF.type, PROV.Bundle))
    sources = {}
    for ref in links.reference_sources.values():
        node = iri("reference/" + ref.id)
        sources[ref.id] = node
        g.add((node, RDF.type, DKG.ReferenceSource))
        g.add((node, SCHEMA.url, URIRef(ref.url)))
        g.add((node, SCHEMA.name, Literal(ref.name)))
        g.add((node, RDFS.label, Literal(ref.name)))
        g.add((node, SCHEMA.publisher, Literal(ref.publisher)))
        g.add((node, DKG.consulted, Literal(ref.consulted, datatype=XSD.date)))
        g.add((node, DCTERMS.identifier, Literal(ref.id)))
        if ref.published:
            g.add((node, SCHEMA.datePublished, Literal(ref.published, datatype=XSD.date)))
        g.add((RECORDS_GRAPH, PROV.wasDerivedFrom, node))
    for doc in links.documents:
        subject = entities[doc.entity]
        facts = [
            (ELI.id_local, Literal(doc.number)),
            (ELI.date_document, Literal(doc.date, datatype=XSD.date)),
            (DKG.issuedBy, entities[doc.issuer]),
            (ELI.title, Literal(doc.title, lang="vi")),
            (DKG.eliIdentifier, Literal(str(eli_iri(doc.eli)), datatype=XSD.anyURI)),
        ]
        if doc.title_en:
            facts.append((ELI.title, Literal(doc.title_en, lang="en")))
        for p, o in facts:
            g.add((subject, p, o))
            node = iri("statement/" + digest(subject.n3(), p.n3(), o.n3(), "official-record"))
            g.add((node, RDF.type, DKG.Statement))
            g.add((node, RDF.subject, subject))
            g.add((node, RDF.predicate, p))
            g.add((node, RDF.object, o))
            g.add((node, DKG.confidence, Literal(doc.confidence)))
            if doc.note:
                g.add((node, SKOS.editorialNote, Literal(" ".join(doc.note.split()), lang="en")))
            for source_id, quote in doc.evidence:
                g.add((node, PROV.wasDerivedFrom, sources[source_id]))
                quote_node = iri("reference-quote/" + digest(source_id, quote))
                g.add((node, DKG.referenceEvidence, quote_node))
                g.add((quote_node, RDF.type, DKG.ReferenceQuote))
                g.add((quote_node, OA.exact, Literal(quote)))
                g.add((quote_node, PROV.wasQuotedFrom, sources[source_id]))
    return g


def compile_links(project: Project) -> dict[URIRef, Graph]:
    """The named graphs made from ``graph/links/links.yaml`` (none if the file is absent)."""
    links = load_links(project)
    if not links.path.is_file():
        return {}
    entities = _entity_iris(project)
    return {
        LINKS_GRAPH: _links_graph(links, entities),
        RECORDS_GRAPH: _records_graph(links, entities),
    }
