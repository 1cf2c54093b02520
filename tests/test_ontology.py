"""The ontology: bilingual labels and comments on every term, each own term aligned to a standard one."""

from __future__ import annotations

import pytest
import rdflib
from conftest import ROOT
from rdflib.namespace import OWL, RDF, RDFS

DKG = "https://w3id.org/diplokg/ontology#"


@pytest.fixture(scope="module")
def ontology():
    return rdflib.Graph().parse(ROOT / "ontology/diplokg.ttl", format="turtle")


def _own_terms(ontology, kind):
    return sorted(s for s in ontology.subjects(RDF.type, kind) if str(s).startswith(DKG))


@pytest.mark.parametrize("kind", [OWL.Class, OWL.ObjectProperty, OWL.DatatypeProperty])
def test_every_own_term_has_labels_and_comments_in_vietnamese_and_english(ontology, kind):
    terms = _own_terms(ontology, kind)
    assert terms
    for term in terms:
        for prop in (RDFS.label, RDFS.comment):
            langs = {o.language for o in ontology.objects(term, prop)}
            assert {"vi", "en"} <= langs, (term, prop)


def _standard_ancestors(ontology, term, prop):
    ancestors = set(ontology.transitive_objects(term, prop)) - {term}
    return {a for a in ancestors if not str(a).startswith(DKG)}


def test_every_own_class_reaches_a_standard_class(ontology):
    for cls in _own_terms(ontology, OWL.Class):
        assert _standard_ancestors(ontology, cls, RDFS.subClassOf), cls


def test_the_classes_the_issue_asks_for_exist_with_their_alignment(ontology):
    expected = {
        "Person": "http://xmlns.com/foaf/0.1/Person",
        "Organization": "http://www.w3.org/ns/org#Organization",
        "GovernmentBody": "https://schema.org/GovernmentOrganization",
        "ResearchInstitute": "https://schema.org/ResearchOrganization",
        "Newspaper": "https://schema.org/NewsMediaOrganization",
        "Locality": "https://schema.org/AdministrativeArea",
        "RoleHolding": "http://www.w3.org/ns/org#Membership",
        "Post": "http://www.w3.org/ns/org#Post",
        "Role": "http://www.w3.org/ns/org#Role",
        "Resolution": "http://data.europa.eu/eli/ontology#LegalResource",
        "Event": "https://schema.org/Event",
        "Exhibition": "https://schema.org/ExhibitionEvent",
        "Observation": "http://purl.org/linked-data/cube#Observation",
        "Topic": "http://www.w3.org/2004/02/skos/core#Concept",
        "NewsArticle": "https://schema.org/NewsArticle",
        "Evidence": "http://www.w3.org/ns/oa#TextQuoteSelector",
        "Fact": "http://www.w3.org/ns/prov#Entity",
    }
    for name, standard in expected.items():
        ancestors = set(ontology.transitive_objects(rdflib.URIRef(DKG + name), RDFS.subClassOf))
        assert rdflib.URIRef(standard) in ancestors, (name, standard)
    for kind in (
        "Ministry",
        "Department",
        "Legislature",
        "PartyBody",
        "InternationalOrganization",
        "Meeting",
        "StateVisit",
        "Conference",
        "Forum",
        "Dialogue",
        "PartyCongress",
        "DelegationVisit",
        "Strategy",
        "Project",
        "Partnership",
        "FriendshipRelation",
        "Participation",
        "Recommendation",
        "Programme",
    ):
        assert (rdflib.URIRef(DKG + kind), RDF.type, OWL.Class) in ontology, kind


def test_own_properties_are_subproperties_of_standard_ones_where_one_exists(ontology):
    expected = {
        "issuedBy": "http://data.europa.eu/eli/ontology#passed_by",
        "documentNumber": "http://data.europa.eu/eli/ontology#id_local",
        "value": "http://purl.org/linked-data/sdmx/2009/measure#obsValue",
        "unit": "http://purl.org/linked-data/sdmx/2009/attribute#unitMeasure",
        "refPeriod": "http://purl.org/linked-data/sdmx/2009/dimension#refPeriod",
        "evidence": "http://www.w3.org/ns/prov#wasDerivedFrom",
        "cites": "http://purl.org/dc/terms/references",
        "topic": "http://purl.org/dc/terms/subject",
    }
    for name, standard in expected.items():
        ancestors = set(ontology.transitive_objects(rdflib.URIRef(DKG + name), RDFS.subPropertyOf))
        assert rdflib.URIRef(standard) in ancestors, name


def test_shapes_parse_and_target_the_main_classes():
    shapes = rdflib.Graph().parse(ROOT / "ontology/shapes.ttl", format="turtle")
    sh = rdflib.Namespace("http://www.w3.org/ns/shacl#")
    targets = {str(o).removeprefix(DKG) for o in shapes.objects(None, sh.targetClass)}
    assert {"Fact", "Person", "RoleHolding", "Event", "Observation", "NewsArticle"} <= targets
