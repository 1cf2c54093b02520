"""IRIs: the namespaces, the base IRI scheme, and what each annotation word means in RDF.

This is the one place that maps the curated annotation format (``type: Person``,
``relation: part-of``, ``modes: [attended-online]`` ...) to ontology terms, and
that says how an IRI is made, so that rebuilding never changes one.
"""

from __future__ import annotations

import hashlib

from rdflib import Namespace, URIRef
from rdflib.namespace import DCTERMS, FOAF, OWL, PROV, RDF, RDFS, SKOS, XSD

BASE = "https://w3id.org/diplokg/"

DKG = Namespace(BASE + "ontology#")
ONTOLOGY_IRI = URIRef(BASE + "ontology")
ORG = Namespace("http://www.w3.org/ns/org#")
SCHEMA = Namespace("https://schema.org/")
ELI = Namespace("http://data.europa.eu/eli/ontology#")
QB = Namespace("http://purl.org/linked-data/cube#")
OA = Namespace("http://www.w3.org/ns/oa#")
TIME = Namespace("http://www.w3.org/2006/time#")
SDMX_DIMENSION = Namespace("http://purl.org/linked-data/sdmx/2009/dimension#")
SDMX_MEASURE = Namespace("http://purl.org/linked-data/sdmx/2009/measure#")
SDMX_ATTRIBUTE = Namespace("http://purl.org/linked-data/sdmx/2009/attribute#")
SH = Namespace("http://www.w3.org/ns/shacl#")

PREFIXES: dict[str, str] = {
    "dkg": str(DKG),
    "rdf": str(RDF),
    "rdfs": str(RDFS),
    "owl": str(OWL),
    "xsd": str(XSD),
    "skos": str(SKOS),
    "dct": str(DCTERMS),
    "foaf": str(FOAF),
    "org": str(ORG),
    "schema": str(SCHEMA),
    "prov": str(PROV),
    "eli": str(ELI),
    "qb": str(QB),
    "oa": str(OA),
    "time": str(TIME),
    "sdmx-dimension": str(SDMX_DIMENSION),
    "sdmx-measure": str(SDMX_MEASURE),
    "sdmx-attribute": str(SDMX_ATTRIBUTE),
    "person": BASE + "person/",
    "organization": BASE + "organization/",
    "locality": BASE + "locality/",
    "country": BASE + "country/",
    "place": BASE + "place/",
    "group": BASE + "group/",
    "event": BASE + "event/",
    "resolution": BASE + "resolution/",
    "document": BASE + "document/",
    "programme": BASE + "programme/",
    "topic": BASE + "topic/",
    "role": BASE + "role/",
    "indicator": BASE + "indicator/",
    "unit": BASE + "unit/",
    "source": BASE + "source/",
}

# Entity types of the annotation format: type word -> (ontology class, IRI path segment, category).
# Categories drive reference checks: a participant must be an agent, a place a place, ...
ENTITY_TYPES: dict[str, tuple[str, str, str]] = {
    "Person": ("Person", "person", "agent"),
    "Organization": ("Organization", "organization", "agent"),
    "GovernmentBody": ("GovernmentBody", "organization", "agent"),
    "Ministry": ("Ministry", "organization", "agent"),
    "Department": ("Department", "organization", "agent"),
    "Legislature": ("Legislature", "organization", "agent"),
    "PartyBody": ("PartyBody", "organization", "agent"),
    "ResearchInstitute": ("ResearchInstitute", "organization", "agent"),
    "InternationalOrganization": ("InternationalOrganization", "organization", "agent"),
    "Newspaper": ("Newspaper", "organization", "agent"),
    "CooperationBody": ("CooperationBody", "organization", "agent"),
    "Group": ("Group", "group", "agent"),
    "Locality": ("Locality", "locality", "agent+place"),
    "City": ("City", "locality", "agent+place"),
    "Province": ("Province", "locality", "agent+place"),
    "Country": ("Country", "country", "agent+place"),
    "Region": ("Region", "place", "place"),
    "Site": ("Site", "place", "place"),
    "Event": ("Event", "event", "event"),
    "Meeting": ("Meeting", "event", "event"),
    "StateVisit": ("StateVisit", "event", "event"),
    "Conference": ("Conference", "event", "event"),
    "Forum": ("Forum", "event", "event"),
    "Dialogue": ("Dialogue", "event", "event"),
    "Exhibition": ("Exhibition", "event", "event"),
    "PartyCongress": ("PartyCongress", "event", "event"),
    "DelegationVisit": ("DelegationVisit", "event", "event"),
    "Interview": ("Interview", "event", "event"),
    "AdministrativeMerger": ("AdministrativeMerger", "event", "event"),
    "EventSeries": ("EventSeries", "event", "event-series"),
    "Resolution": ("Resolution", "resolution", "document"),
    "Strategy": ("Strategy", "document", "document"),
    "Project": ("Project", "document", "document"),
    "CongressDocument": ("CongressDocument", "document", "document"),
    "PolicyDocument": ("PolicyDocument", "document", "document"),
    "Programme": ("Programme", "programme", "programme"),
}

# Concept schemes of graph/curated/vocabulary.yaml: key -> (class, IRI segment, scheme labels).
CONCEPT_SCHEMES: dict[str, tuple[str, str, str, str]] = {
    "roles": ("Role", "role", "Chức danh", "Roles"),
    "topics": ("Topic", "topic", "Chủ đề đối ngoại", "Topics of foreign affairs"),
    "indicators": ("Indicator", "indicator", "Chỉ tiêu", "Indicators"),
    "units": ("Unit", "unit", "Đơn vị đo", "Units of measure"),
}

# relation word -> property, for facts of type "relation".
RELATIONS: dict[str, URIRef] = {
    "part-of": ORG.subOrganizationOf,
    "located-in": SCHEMA.containedInPlace,
    "linked-to": ORG.linkedTo,
    "founded-by": SCHEMA.founder,
    "cites": DKG.cites,
    "about": DKG.topic,
    "breakthrough-direction": DKG.breakthroughDirection,
}

ROLE_QUALIFIERS: dict[str, URIRef] = {"acting": DKG.acting, "former": DKG.former}

VALUE_QUALIFIERS: dict[str, URIRef] = {
    "exact": DKG.exact,
    "approximately": DKG.approximately,
    "more-than": DKG.moreThan,
}

PARTNERSHIP_KINDS: dict[str, URIRef] = {
    "friendship": DKG.FriendshipRelation,
    "sister-city": DKG.SisterCityRelation,
    "cooperation": DKG.CooperationRelation,
}

# participation mode -> (concept, shortcut property on the event or None)
PARTICIPATION_MODES: dict[str, tuple[URIRef, URIRef | None]] = {
    "attended": (DKG.attended, SCHEMA.attendee),
    "attended-online": (DKG.attendedOnline, SCHEMA.attendee),
    "spoke": (DKG.spoke, SCHEMA.attendee),
    "contributed": (DKG.contributed, SCHEMA.attendee),
    "visited": (DKG.visited, SCHEMA.attendee),
    "met": (DKG.met, SCHEMA.attendee),
    "hosted": (DKG.hosted, SCHEMA.attendee),
    "interviewed": (DKG.interviewed, SCHEMA.attendee),
    "organised": (DKG.organised, SCHEMA.organizer),
    "interviewer": (DKG.interviewer, SCHEMA.organizer),
    "merged": (DKG.merged, None),
}


def iri(path: str) -> URIRef:
    """An IRI under the project's base: ``iri("person/pham-dut-diem")``."""
    return URIRef(BASE + path)


def entity_iri(entity_type: str, slug: str) -> URIRef:
    return iri(f"{ENTITY_TYPES[entity_type][1]}/{slug}")


def concept_iri(scheme: str, slug: str) -> URIRef:
    return iri(f"{CONCEPT_SCHEMES[scheme][1]}/{slug}")


def scheme_iri(scheme: str) -> URIRef:
    return iri(f"scheme/{scheme}")


def source_iri(source_id: str) -> URIRef:
    return iri(f"source/{source_id}")


def graph_iri(name: str) -> URIRef:
    """Name of a named graph: one per source, plus ``vocabulary`` and ``entailments``."""
    return iri(f"graph/{name}")


ENTAILMENTS_GRAPH = graph_iri("entailments")
VOCABULARY_GRAPH = graph_iri("vocabulary")


def digest(*parts: str, length: int = 16) -> str:
    """A short stable hash, for IRIs of things that have no natural name."""
    return hashlib.sha1("\x1f".join(parts).encode("utf-8")).hexdigest()[:length]
