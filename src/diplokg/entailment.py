"""The RDFS entailments of the ontology's alignment, materialised.

So that a consumer who knows only the standard vocabularies gets right answers,
the build adds what RDFS derives from the ontology's ``rdfs:subClassOf``,
``rdfs:subPropertyOf``, ``rdfs:domain`` and ``rdfs:range`` axioms (rules rdfs2,
rdfs3, rdfs5, rdfs7, rdfs9, rdfs11): for example a ``dkg:RoleHolding`` is also an
``org:Membership``, a ``dkg:documentNumber`` is also an ``eli:id_local``, and a
``skos:prefLabel`` is also an ``rdfs:label``. The axiomatic triples of RDF and
RDFS (``rdf:_1 a rdfs:ContainerMembershipProperty`` ...) are left out: they say
nothing about this graph.

>>> from rdflib import Graph, URIRef, RDF, RDFS
>>> ont = Graph()
>>> A, B, x = URIRef("urn:A"), URIRef("urn:B"), URIRef("urn:x")
>>> _ = ont.add((A, RDFS.subClassOf, B))
>>> data = Graph(); _ = data.add((x, RDF.type, A))
>>> sorted(t[2] for t in rdfs_entailments(data, ont))
[rdflib.term.URIRef('urn:B')]
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable

from rdflib import Graph, Literal, URIRef
from rdflib.namespace import RDF, RDFS

Triple = tuple


def _transitive_closure(pairs: Iterable[tuple[URIRef, URIRef]]) -> dict[URIRef, set[URIRef]]:
    direct: dict[URIRef, set[URIRef]] = defaultdict(set)
    for sub, sup in pairs:
        if sub != sup:
            direct[sub].add(sup)
    closure: dict[URIRef, set[URIRef]] = {}

    def walk(node: URIRef) -> set[URIRef]:
        if node in closure:
            return closure[node]
        closure[node] = set()  # cycle guard
        found: set[URIRef] = set()
        for sup in direct.get(node, ()):
            found.add(sup)
            found |= walk(sup)
        found.discard(node)
        closure[node] = found
        return found

    for node in list(direct):
        walk(node)
    return closure


def rdfs_entailments(data: Graph, ontology: Graph) -> set[Triple]:
    """The triples RDFS entails from ``data`` + ``ontology`` that neither states."""
    schema = Graph()
    for triple in ontology:
        schema.add(triple)
    for triple in data.triples((None, RDFS.subClassOf, None)):
        schema.add(triple)
    for triple in data.triples((None, RDFS.subPropertyOf, None)):
        schema.add(triple)
    superclasses = _transitive_closure(schema.subject_objects(RDFS.subClassOf))
    superproperties = _transitive_closure(schema.subject_objects(RDFS.subPropertyOf))
    domains: dict[URIRef, set[URIRef]] = defaultdict(set)
    ranges: dict[URIRef, set[URIRef]] = defaultdict(set)
    for prop, cls in schema.subject_objects(RDFS.domain):
        domains[prop].add(cls)
    for prop, cls in schema.subject_objects(RDFS.range):
        ranges[prop].add(cls)

    derived: set[Triple] = set()
    # rdfs5 / rdfs11: the hierarchies themselves are transitive.
    for sub, sups in superclasses.items():
        derived.update((sub, RDFS.subClassOf, sup) for sup in sups)
    for sub, sups in superproperties.items():
        derived.update((sub, RDFS.subPropertyOf, sup) for sup in sups)

    types: set[Triple] = set()
    for s, p, o in data:
        # rdfs7: a statement with a subproperty is a statement with each superproperty.
        props = {p} | superproperties.get(p, set())
        for q in props:
            if q != p:
                derived.add((s, q, o))
            # rdfs2 / rdfs3: domain and range type the subject and (non-literal) object.
            for cls in domains.get(q, ()):
                types.add((s, RDF.type, cls))
            if not isinstance(o, Literal):
                for cls in ranges.get(q, ()):
                    types.add((o, RDF.type, cls))
        if p == RDF.type:
            types.add((s, p, o))
    # rdfs9: an instance of a class is an instance of each superclass.
    for s, _, cls in list(types):
        for sup in superclasses.get(cls, ()):
            types.add((s, RDF.type, sup))
    derived |= types
    return {t for t in derived if t not in data and t not in ontology}
