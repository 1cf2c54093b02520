"""Projection of the RDF graph to a networkx ``MultiDiGraph`` of entities and their relations.

Nodes are the entities: people, organisations, groups, places, events, resolutions,
other documents, programmes, and the topics and indicators that facts refer to. Each
node has the attributes ``label`` (Vietnamese), ``label_en``, ``kind`` (one of
:data:`NODE_KINDS`), ``type`` (the ontology class, e.g. ``StateVisit``), ``date`` and
``end_date`` (``YYYY``, ``YYYY-MM`` or ``YYYY-MM-DD``, at the precision of the source),
``aliases``, ``sources`` (article IRIs) and ``evidence`` (the quoted spans).

Edges are the relations. Each has ``kind`` (one of :data:`EDGE_KINDS`, the fact types of
the annotation format), ``predicate`` (an IRI), ``label`` and ``label_en`` (the relation
in words, a verb phrase: ``is part of``, ``took part in (visited)``), ``sources`` and
``evidence``; the key of an edge is the IRI of the fact it comes from.

How facts become edges:

- A binary fact (an organisation part of another, an event's place or organiser, a
  document's issuer, a citation ...) is an edge subject -> object. The build reifies each
  such triple as a ``dkg:Statement`` with its source and quotes; the edge takes them.
  Triples that are only shortcuts for standard consumers (``schema:attendee``,
  ``org:memberOf``, ``org:holds``, ``schema:mentions``) are not edges: the n-ary fact
  they abbreviate is.
- An n-ary fact (a role held, a participation, an observation, a partnership, a
  recommendation, a photo credit) is, by the option ``facts``:

  ``"edges"`` (the default)
      one edge between the two entities it relates, with the rest of the fact as edge
      attributes (qualifiers): person -> organisation for a role (``role``,
      ``qualifiers`` acting/former), participant -> event for a participation
      (``modes``), subject -> indicator for an observation (``value``, ``unit``,
      ``stated``, ``value_qualifier``, ``date``), partner -> partner for a partnership
      (a star from the first partner when there are more than two), recommender ->
      addressee, addressee -> each recommended partner and recommender -> each topic for
      a recommendation, photographer -> each thing depicted for a photo credit.
      Paths then read as sentences and centrality counts entities, not facts.
  ``"nodes"``
      one small node per fact (kind ``RoleHolding``, ``Participation``, ``Observation``,
      ``Partnership``, ``Recommendation``, ``Photograph``) with its qualifiers as node
      attributes, and an edge fact -> entity for each part it plays (``participant``,
      ``event`` ...). A fact with three parties stays one thing: better for looking at
      the evidence of each fact on a map, at the price of paths twice as long.

The projection is a single pass over the triples (bucketing them by subject), then a
pass over the subjects; it works on any iterable of rdflib triples
(:func:`project_triples`), so a caller can feed it without building an rdflib store.

>>> G = load_projection()
>>> G.nodes["https://w3id.org/diplokg/person/vo-van-hoan"]["label"]
'Võ Văn Hoan'
>>> hoan, ubnd = "https://w3id.org/diplokg/person/vo-van-hoan", "https://w3id.org/diplokg/organization/ubnd-tphcm"
>>> [d["label_en"] for d in G[hoan][ubnd].values()]
['is Vice Chair of']
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable
from decimal import Decimal, InvalidOperation
from pathlib import Path
from typing import Any

from rdflib import Literal, URIRef
from rdflib import namespace as rdflib_namespaces

from diplokg import terms
from diplokg.terms import ENTITY_TYPES


class _Terms:
    """A namespace whose terms are made once: rdflib makes a new URIRef on every access,
    which is most of the projection's time at a million triples."""

    def __init__(self, namespace: Any) -> None:
        self._namespace = namespace

    def __getattr__(self, name: str) -> URIRef:
        if name.startswith("__"):
            raise AttributeError(name)
        term = self._namespace[name]
        setattr(self, name, term)
        return term

    def __getitem__(self, name: str) -> URIRef:
        return getattr(self, name)


DKG, ELI, OA, ORG, SCHEMA, TIME = (
    _Terms(ns) for ns in (terms.DKG, terms.ELI, terms.OA, terms.ORG, terms.SCHEMA, terms.TIME)
)
DCTERMS, PROV, RDF, RDFS, SKOS = (
    _Terms(getattr(rdflib_namespaces, name)) for name in ("DCTERMS", "PROV", "RDF", "RDFS", "SKOS")
)

FACT_MODES = ("edges", "nodes")

# kind -> (Vietnamese, English) names, in the order a legend lists them.
NODE_KINDS: dict[str, tuple[str, str]] = {
    "Person": ("Cá nhân", "Person"),
    "Organization": ("Tổ chức", "Organisation"),
    "Group": ("Nhóm người", "Group"),
    "Place": ("Địa danh", "Place"),
    "Event": ("Sự kiện", "Event"),
    "Resolution": ("Nghị quyết", "Resolution"),
    "Document": ("Văn bản", "Document"),
    "Programme": ("Chương trình", "Programme"),
    "Topic": ("Chủ đề", "Topic"),
    "Indicator": ("Chỉ tiêu", "Indicator"),
}
# The small nodes of facts (facts="nodes").
FACT_NODE_KINDS: dict[str, tuple[str, str]] = {
    "RoleHolding": ("Việc giữ chức vụ", "Role holding"),
    "Participation": ("Việc tham gia sự kiện", "Participation"),
    "Observation": ("Số liệu", "Observation"),
    "Partnership": ("Quan hệ đối tác", "Partnership"),
    "Recommendation": ("Khuyến nghị", "Recommendation"),
    "Photograph": ("Ảnh trong bài", "Photograph"),
}
ALL_NODE_KINDS = {**NODE_KINDS, **FACT_NODE_KINDS}

# Edge kinds: the fact types of the annotation format (graph/curated/README.md).
EDGE_KINDS: dict[str, tuple[str, str]] = {
    "role": ("giữ chức vụ", "role held"),
    "participation": ("tham gia sự kiện", "participation"),
    "relation": ("quan hệ", "relation"),
    "document": ("văn bản", "document"),
    "event": ("sự kiện", "event"),
    "partnership": ("quan hệ đối tác", "partnership"),
    "recommendation": ("khuyến nghị", "recommendation"),
    "observation": ("số liệu", "figure"),
    "photo": ("ảnh", "photo credit"),
}
# Photo credits link a photographer to everything they photographed: true, but not a
# relation between the things photographed, so analyses leave them out unless asked.
DEFAULT_EDGE_KINDS = frozenset(EDGE_KINDS) - {"photo"}

_CATEGORY_KIND = {
    "agent": "Organization",
    "agent+place": "Place",
    "place": "Place",
    "event": "Event",
    "event-series": "Event",
    "document": "Document",
    "programme": "Programme",
}
# ontology class IRI -> (kind, class name)
ENTITY_CLASSES: dict[URIRef, tuple[str, str]] = {
    DKG[cls]: (
        {"Person": "Person", "Group": "Group", "Resolution": "Resolution"}.get(
            cls, _CATEGORY_KIND[category]
        ),
        cls,
    )
    for cls, _segment, category in ENTITY_TYPES.values()
}
ENTITY_CLASSES[DKG.Topic] = ("Topic", "Topic")
ENTITY_CLASSES[DKG.Indicator] = ("Indicator", "Indicator")
# When a node has several types (entailments loaded), the generic ones lose.
_GENERIC_CLASSES = {"Organization", "GovernmentBody", "Locality", "Event", "PolicyDocument"}

# fact class -> (edge kind, fact node kind)
FACT_CLASSES: dict[URIRef, tuple[str, str]] = {
    DKG.RoleHolding: ("role", "RoleHolding"),
    DKG.Participation: ("participation", "Participation"),
    DKG.Observation: ("observation", "Observation"),
    DKG.FriendshipRelation: ("partnership", "Partnership"),
    DKG.SisterCityRelation: ("partnership", "Partnership"),
    DKG.CooperationRelation: ("partnership", "Partnership"),
    DKG.Partnership: ("partnership", "Partnership"),
    DKG.Recommendation: ("recommendation", "Recommendation"),
    DKG.Photograph: ("photo", "Photograph"),
}

# Binary relations: predicate -> (edge kind, Vietnamese words, English words).
BINARY_RELATIONS: dict[URIRef, tuple[str, str, str]] = {
    ORG.subOrganizationOf: ("relation", "trực thuộc", "is part of"),
    SCHEMA.containedInPlace: ("relation", "nằm ở", "is located in"),
    ORG.linkedTo: ("relation", "gắn với", "is linked to"),
    SCHEMA.founder: ("relation", "được thành lập bởi", "was founded by"),
    DKG.cites: ("relation", "viện dẫn", "cites"),
    DKG.topic: ("relation", "về chủ đề", "is about"),
    DKG.breakthroughDirection: ("relation", "xác định hướng đột phá", "names as a breakthrough"),
    DKG.issuedBy: ("document", "được ban hành bởi", "was issued by"),
    DKG.adoptedAt: ("document", "được thông qua tại", "was adopted at"),
    SCHEMA.location: ("event", "diễn ra tại", "took place in"),
    SCHEMA.organizer: ("event", "được tổ chức bởi", "was organised by"),
    SCHEMA.superEvent: ("event", "thuộc chuỗi sự kiện", "is part of the series"),
    DKG.resultingUnit: ("event", "hình thành", "resulted in"),
    DKG.mergedUnit: ("event", "sáp nhập", "merged"),
}
# Predicates that the build also asserts as shortcuts of n-ary facts: an edge only when a
# dkg:Statement (a sourced binary fact) states them.
_ALSO_SHORTCUTS = {SCHEMA.organizer}

# Words of the parts of an n-ary fact, for facts="nodes": property -> (vi, en).
FACT_PART_WORDS: dict[URIRef, tuple[str, str]] = {
    ORG.member: ("người giữ chức", "held by"),
    ORG.organization: ("tại tổ chức", "in"),
    DKG.participant: ("người tham gia", "participant"),
    DKG.event: ("sự kiện", "event"),
    DKG.refArea: ("đối tượng", "about"),
    DKG.indicator: ("chỉ tiêu", "indicator"),
    DKG.partner: ("bên đối tác", "partner"),
    DKG.recommendedBy: ("người đề xuất", "recommended by"),
    DKG.addressedTo: ("đề xuất cho", "addressed to"),
    DKG.recommendedPartner: ("đối tác được đề xuất", "recommended partner"),
    DKG.topic: ("chủ đề", "topic"),
    SCHEMA.creator: ("người chụp", "photographed by"),
    SCHEMA.about: ("ảnh chụp", "depicts"),
}

_PARTNERSHIP_WORDS = {
    DKG.FriendshipRelation: ("có quan hệ hữu nghị với", "has friendship relations with"),
    DKG.SisterCityRelation: ("kết nghĩa với", "is twinned with"),
    DKG.CooperationRelation: ("hợp tác với", "cooperates with"),
    DKG.Partnership: ("là đối tác của", "is a partner of"),
}
_QUALIFIER_WORDS = {"acting": ("quyền ", "acting "), "former": ("nguyên ", "former ")}

_XSD_TIME = (TIME.inXSDDate, TIME.inXSDgYearMonth, TIME.inXSDgYear)

Props = dict[URIRef, list[Any]]


def _local(iri: str) -> str:
    return iri.rsplit("#", 1)[-1].rsplit("/", 1)[-1]


class _Projector:
    """Holds the triples bucketed by subject and turns them into nodes and edges."""

    def __init__(self, triples: Iterable[tuple[Any, Any, Any]], facts: str) -> None:
        if facts not in FACT_MODES:
            raise ValueError(f"facts must be one of {FACT_MODES}, not {facts!r}")
        self.facts = facts
        buckets: dict[Any, Props] = defaultdict(lambda: defaultdict(list))
        for s, p, o in triples:  # the one pass over the triples
            buckets[s][p].append(o)
        self.props = buckets
        self.nodes: dict[str, dict[str, Any]] = {}
        self.edges: list[tuple[str, str, str, dict[str, Any]]] = []
        self.sources: dict[str, dict[str, str]] = {}
        # A triple may be reified more than once (an article and an official record both
        # state it): every statement is kept, and the edge merges their provenance.
        self.statements: dict[tuple[Any, Any, Any], list[Any]] = {}

    # ------------------------------------------------------------------ reading helpers
    def values(self, subject: Any, predicate: URIRef) -> list[Any]:
        """The objects of (subject, predicate), once each (a triple may be in two graphs)."""
        p = self.props.get(subject)
        if p is None or predicate not in p:
            return []
        found = p[predicate]
        return list(dict.fromkeys(found)) if len(found) > 1 else found

    def value(self, subject: Any, predicate: URIRef) -> Any:
        found = self.values(subject, predicate)
        return found[0] if found else None

    def label(self, subject: Any, lang: str) -> str:
        """prefLabel in ``lang``, else rdfs:label in ``lang``, else any label, else the IRI."""
        for predicate in (SKOS.prefLabel, RDFS.label):
            for o in self.values(subject, predicate):
                if isinstance(o, Literal) and o.language == lang:
                    return str(o)
        for predicate in (SKOS.prefLabel, RDFS.label):
            for o in self.values(subject, predicate):
                return str(o)
        return _local(str(subject))

    def provenance(self, subject: Any) -> tuple[list[str], list[dict[str, str]]]:
        sources = sorted({str(s) for s in self.values(subject, PROV.wasDerivedFrom)})
        evidence = []
        for ev in self.values(subject, DKG.evidence):
            quote = self.value(ev, OA.exact)
            if quote is None:
                continue
            start = self.value(ev, OA.start)
            source = self.value(ev, PROV.wasQuotedFrom)
            evidence.append(
                {
                    "source": str(source) if source is not None else "",
                    "quote": str(quote),
                    "_start": int(start) if start is not None else 0,
                }
            )
        evidence.sort(key=lambda e: (e["source"], e["_start"], e["quote"]))
        for e in evidence:
            del e["_start"]
        return sources, evidence

    def merged_provenance(self, subjects: list[Any]) -> tuple[list[str], list[dict[str, str]]]:
        """The sources and quotes of several statements of one triple, in a stable order."""
        if len(subjects) == 1:
            return self.provenance(subjects[0])
        sources: set[str] = set()
        evidence: list[dict[str, str]] = []
        for subject in subjects:
            more_sources, more_evidence = self.provenance(subject)
            sources.update(more_sources)
            evidence.extend(e for e in more_evidence if e not in evidence)
        evidence.sort(key=lambda e: e["source"])  # stable: each source keeps its text order
        return sorted(sources), evidence

    def date(self, subject: Any, *predicates: URIRef) -> str | None:
        for predicate in predicates:
            value = self.value(subject, predicate)
            if value is not None:
                return str(value)
        return None

    def interval(self, interval: Any) -> tuple[str | None, str | None]:
        ends = []
        for prop in (TIME.hasBeginning, TIME.hasEnd):
            instant = self.value(interval, prop)
            ends.append(self.date(instant, *_XSD_TIME) if instant is not None else None)
        return ends[0], ends[1]

    # ------------------------------------------------------------------ building
    def run(self) -> None:
        facts: list[tuple[Any, URIRef]] = []
        for subject, p in self.props.items():
            types = p.get(RDF.type)
            if not types or not isinstance(subject, URIRef):
                continue
            entity_types = [t for t in types if t in ENTITY_CLASSES]
            if entity_types:
                self.add_entity(subject, entity_types)
                continue
            if DKG.Statement in types:
                triple = (
                    self.value(subject, RDF.subject),
                    self.value(subject, RDF.predicate),
                    self.value(subject, RDF.object),
                )
                self.statements.setdefault(triple, []).append(subject)
            elif DKG.NewsArticle in types:
                self.add_source(subject)
            for t in types:
                if t in FACT_CLASSES:
                    facts.append((subject, t))
                    break
        self.add_binary_edges()
        for fact, fact_class in facts:
            self.add_fact(fact, fact_class)

    def add_source(self, source: URIRef) -> None:
        self.sources[str(source)] = {
            "id": str(self.value(source, DCTERMS.identifier) or _local(source)),
            "title": self.label(source, "vi"),
            "title_en": self.label(source, "en"),
            "date": str(self.value(source, SCHEMA.datePublished) or ""),
            "local_copy": str(self.value(source, DKG.localCopy) or ""),
        }

    def add_entity(self, subject: URIRef, entity_types: list[URIRef]) -> None:
        chosen = sorted(
            entity_types, key=lambda t: (ENTITY_CLASSES[t][1] in _GENERIC_CLASSES, str(t))
        )[0]
        kind, class_name = ENTITY_CLASSES[chosen]
        sources, evidence = self.provenance(subject)
        aliases = sorted({str(a) for a in self.values(subject, SKOS.altLabel)})
        attrs: dict[str, Any] = {
            "iri": str(subject),
            "id": str(self.value(subject, DCTERMS.identifier) or _local(subject)),
            "kind": kind,
            "type": class_name,
            "type_label": self.label(chosen, "vi") if chosen in self.props else class_name,
            "type_label_en": self.label(chosen, "en") if chosen in self.props else class_name,
            "label": self.label(subject, "vi"),
            "label_en": self.label(subject, "en"),
            "aliases": aliases,
            "sources": sources,
            "evidence": evidence,
        }
        date = self.date(subject, SCHEMA.startDate, ELI.date_document)
        if date:
            attrs["date"] = date
        end_date = self.date(subject, SCHEMA.endDate)
        if end_date:
            attrs["end_date"] = end_date
        as_written = self.value(subject, DKG.dateAsWritten)
        if as_written is not None:
            attrs["date_as_written"] = str(as_written)
        term = self.value(subject, DKG["term"])
        if term is not None:
            start, end = self.interval(term)
            attrs["term"] = f"{start or '?'}-{end or '?'}"
        description = self.value(subject, SCHEMA.description)
        if description is not None:
            attrs["description"] = str(description)
        self.nodes[str(subject)] = attrs

    def edge(
        self,
        u: Any,
        v: Any,
        key: str,
        kind: str,
        predicate: URIRef,
        words: tuple[str, str],
        provenance_of: Any,
        **extra: Any,
    ) -> None:
        if provenance_of is None:
            sources, evidence = [], []
        elif isinstance(provenance_of, list):
            sources, evidence = self.merged_provenance(provenance_of)
        else:
            sources, evidence = self.provenance(provenance_of)
        attrs = {
            "kind": kind,
            "predicate": str(predicate),
            "label": words[0],
            "label_en": words[1],
            "sources": sources,
            "evidence": evidence,
            **{k: v for k, v in extra.items() if v not in (None, [], "")},
        }
        self.edges.append((str(u), str(v), key, attrs))

    def add_binary_edges(self) -> None:
        for subject, p in self.props.items():
            if str(subject) not in self.nodes:
                continue
            for predicate, (kind, vi, en) in BINARY_RELATIONS.items():
                for obj in dict.fromkeys(p.get(predicate, ())):
                    if str(obj) not in self.nodes or obj == subject:
                        continue
                    statements = sorted(self.statements.get((subject, predicate, obj), []), key=str)
                    if not statements and predicate in _ALSO_SHORTCUTS:
                        continue
                    key = str(statements[0]) if statements else f"{subject} {predicate}"
                    self.edge(subject, obj, key, kind, predicate, (vi, en), statements or None)

    # ------------------------------------------------------------------ n-ary facts
    def add_fact(self, fact: URIRef, fact_class: URIRef) -> None:
        kind, node_kind = FACT_CLASSES[fact_class]
        parts, qualifiers, links = getattr(self, "_" + kind)(fact, fact_class)
        if self.facts == "nodes":
            self.add_fact_node(fact, kind, node_kind, fact_class, parts, qualifiers)
            return
        for u, v, link_words in links:
            if str(u) in self.nodes and str(v) in self.nodes and u != v:
                self.edge(u, v, str(fact), kind, fact_class, link_words, fact, **qualifiers)

    def add_fact_node(
        self,
        fact: URIRef,
        kind: str,
        node_kind: str,
        fact_class: URIRef,
        parts: list[tuple[URIRef, Any]],
        qualifiers: dict[str, Any],
    ) -> None:
        present = [(prop, obj) for prop, obj in parts if str(obj) in self.nodes]
        if not present:
            return
        sources, evidence = self.provenance(fact)
        self.nodes[str(fact)] = {
            "iri": str(fact),
            "id": _local(fact),
            "kind": node_kind,
            "type": _local(fact_class),
            "type_label": FACT_NODE_KINDS[node_kind][0],
            "type_label_en": FACT_NODE_KINDS[node_kind][1],
            "label": self.label(fact, "vi"),
            "label_en": self.label(fact, "en"),
            "aliases": [],
            "sources": sources,
            "evidence": evidence,
            "fact_kind": kind,
            **{k: v for k, v in qualifiers.items() if v not in (None, [], "")},
        }
        for prop, obj in present:
            self.edge(fact, obj, f"{fact} {prop}", kind, prop, FACT_PART_WORDS[prop], fact)

    def _role(self, fact: URIRef, _cls: URIRef):
        member, org = self.value(fact, ORG.member), self.value(fact, ORG.organization)
        role = self.value(fact, ORG.role)
        qualifiers = sorted(_local(q) for q in self.values(fact, DKG.qualifier))
        role_vi = self.label(role, "vi") if role is not None else ""
        role_en = self.label(role, "en") if role is not None else ""
        qual_vi = "".join(_QUALIFIER_WORDS.get(q, (q + " ", ""))[0] for q in qualifiers)
        qual_en = "".join(_QUALIFIER_WORDS.get(q, ("", q + " "))[1] for q in qualifiers)
        words = (f"là {qual_vi}{role_vi}", f"is {qual_en}{role_en} of")
        interval = self.value(fact, ORG.memberDuring)
        start, end = self.interval(interval) if interval is not None else (None, None)
        title = self.value(fact, DKG.titleAsWritten)
        extra = {
            "role": role_vi,
            "role_en": role_en,
            "qualifiers": qualifiers,
            "title_as_written": str(title) if title is not None else None,
            "date": start,
            "end_date": end,
            "fact": str(fact),
        }
        parts = [(ORG.member, member), (ORG.organization, org)]
        return parts, extra, [(member, org, words)]

    def _participation(self, fact: URIRef, _cls: URIRef):
        event, agent = self.value(fact, DKG.event), self.value(fact, DKG.participant)
        modes = sorted(self.values(fact, DKG.mode), key=str)
        modes_vi = [self.label(m, "vi") for m in modes]
        modes_en = [self.label(m, "en") for m in modes]
        words = (f"tham gia ({'; '.join(modes_vi)})", f"took part in ({'; '.join(modes_en)})")
        event_attrs = self.nodes.get(str(event), {})
        extra = {
            "modes": [_local(m) for m in modes],
            "modes_vi": modes_vi,
            "modes_en": modes_en,
            "date": event_attrs.get("date"),
            "end_date": event_attrs.get("end_date"),
            "fact": str(fact),
        }
        parts = [(DKG.participant, agent), (DKG.event, event)]
        return parts, extra, [(agent, event, words)]

    def _observation(self, fact: URIRef, _cls: URIRef):
        subject, indicator = self.value(fact, DKG.refArea), self.value(fact, DKG.indicator)
        value = self.value(fact, DKG.value)
        unit = self.value(fact, DKG.unit)
        qualifier = self.value(fact, DKG.valueQualifier)
        stated = self.value(fact, DKG.statedAs)
        period = self.date(fact, DKG.refPeriod)
        as_of = self.date(fact, DKG.asOf)
        unit_en = self.label(unit, "en") if unit is not None else ""
        qual_en = self.label(qualifier, "en") if qualifier is not None else "exact"
        number = _format_number(value)
        when_vi = period if period else f"tính đến {as_of}"
        when_en = period if period else f"as of {as_of}"
        figure_en = f"{'' if qual_en == 'exact' else qual_en + ' '}{number} {unit_en}".strip()
        words = (
            f"có số liệu {stated or number} ({when_vi}) về",
            f"has the figure {figure_en} ({when_en}) for",
        )
        extra = {
            "value": str(value) if value is not None else None,
            "unit": _local(unit) if unit is not None else None,
            "value_qualifier": _local(qualifier) if qualifier is not None else None,
            "stated": str(stated) if stated is not None else None,
            "period": period,
            "as_of": as_of,
            "date": period or as_of,
            "fact": str(fact),
        }
        parts = [(DKG.refArea, subject), (DKG.indicator, indicator)]
        return parts, extra, [(subject, indicator, words)]

    def _partnership(self, fact: URIRef, cls: URIRef):
        partners = sorted(self.values(fact, DKG.partner), key=str)
        words = _PARTNERSHIP_WORDS.get(cls, _PARTNERSHIP_WORDS[DKG.Partnership])
        since = self.date(fact, SCHEMA.startDate)
        extra = {"partnership": _local(cls), "date": since, "symmetric": True, "fact": str(fact)}
        links = [(partners[0], other, words) for other in partners[1:]]
        return [(DKG.partner, p) for p in partners], extra, links

    def _recommendation(self, fact: URIRef, _cls: URIRef):
        by, to = self.value(fact, DKG.recommendedBy), self.value(fact, DKG.addressedTo)
        partners = sorted(self.values(fact, DKG.recommendedPartner), key=str)
        topics = sorted(self.values(fact, DKG.topic), key=str)
        words = ("đề xuất cho", "made a recommendation to")
        extra = {
            "recommended_by": str(by) if by is not None else None,
            "addressed_to": str(to) if to is not None else None,
            "partners": [str(p) for p in partners],
            "topics": [str(t) for t in topics],
            "description": str(self.value(fact, SCHEMA.description) or ""),
            "fact": str(fact),
        }
        links = [(by, to, words)]
        links += [
            (to, p, ("được đề xuất hợp tác với", "was recommended to cooperate with"))
            for p in partners
        ]
        links += [(by, t, ("đề xuất về", "made a recommendation on")) for t in topics]
        parts = [(DKG.recommendedBy, by), (DKG.addressedTo, to)]
        parts += [(DKG.recommendedPartner, p) for p in partners]
        parts += [(DKG.topic, t) for t in topics]
        return parts, extra, links

    def _photo(self, fact: URIRef, _cls: URIRef):
        creator = self.value(fact, SCHEMA.creator)
        depicted = sorted(self.values(fact, SCHEMA.about), key=str)
        words = ("chụp ảnh", "photographed")
        extra = {"caption": str(self.value(fact, SCHEMA.caption) or ""), "fact": str(fact)}
        links = [(creator, d, words) for d in depicted] if creator is not None else []
        parts = ([(SCHEMA.creator, creator)] if creator is not None else []) + [
            (SCHEMA.about, d) for d in depicted
        ]
        return parts, extra, links


def _format_number(value: Any) -> str:
    """``104000000000`` -> ``104,000,000,000``; ``7.17`` stays ``7.17``."""
    if value is None:
        return "?"
    try:
        number = Decimal(str(value))
    except InvalidOperation:
        return str(value)
    if number == number.to_integral_value():
        return f"{int(number):,}"
    return str(number.normalize())


def project_triples(triples: Iterable[tuple[Any, Any, Any]], *, facts: str = "edges"):
    """Project rdflib triples (any iterable, read once) to a ``networkx.MultiDiGraph``.

    ``facts`` is ``"edges"`` (n-ary facts as edges with their qualifiers) or ``"nodes"``
    (n-ary facts as small nodes); see the module docstring. Topics and indicators that
    no fact refers to are left out.

    >>> from rdflib import Literal
    >>> hanoi = URIRef("https://w3id.org/diplokg/locality/ha-noi")
    >>> vn = URIRef("https://w3id.org/diplokg/country/viet-nam")
    >>> G = project_triples([
    ...     (hanoi, RDF.type, DKG.City), (hanoi, SKOS.prefLabel, Literal("Hà Nội", lang="vi")),
    ...     (vn, RDF.type, DKG.Country), (hanoi, SCHEMA.containedInPlace, vn)])
    >>> [(G.nodes[u]["label"], d["label_en"], G.nodes[v]["kind"]) for u, v, d in G.edges(data=True)]
    [('Hà Nội', 'is located in', 'Place')]
    """
    import networkx as nx

    projector = _Projector(triples, facts)
    projector.run()
    G = nx.MultiDiGraph(facts=facts, sources=dict(sorted(projector.sources.items())))
    # Sorted, so that the graph (and every traversal's tie-breaks) is the same whatever
    # order the store yields the triples in.
    for node in sorted(projector.nodes):
        G.add_node(node, **projector.nodes[node])
    for u, v, key, attrs in sorted(projector.edges, key=lambda e: e[:3]):
        G.add_edge(u, v, key=key, **attrs)
    unused = [
        n for n, d in G.nodes(data=True) if d["kind"] in ("Topic", "Indicator") and G.degree(n) == 0
    ]
    G.remove_nodes_from(unused)
    return G


def project(graph: Any, *, facts: str = "edges"):
    """Project an rdflib ``Graph`` or ``Dataset`` (its union of graphs); see the module doc.

    Load the dataset without the entailments graph (the default of
    :func:`diplokg.store.load_dataset`): the projection reads the terms the sources use.

    >>> from diplokg.store import load_dataset
    >>> from diplokg.project import Project
    >>> G = project(load_dataset(Project.locate().built_dataset), facts="nodes")
    >>> sorted({d["kind"] for _, d in G.nodes(data=True)} - set(NODE_KINDS))
    ['Observation', 'Participation', 'Partnership', 'Photograph', 'Recommendation', 'RoleHolding']
    """
    return project_triples(graph.triples((None, None, None)), facts=facts)


def load_projection(path: str | Path | None = None, *, facts: str = "edges"):
    """Load the built dataset (or the file at ``path``) and project it.

    >>> G = load_projection()
    >>> G.nodes["https://w3id.org/diplokg/event/hoi-thao-50-nam-doi-ngoai"]["date"]
    '2025-04-11'
    """
    from diplokg.project import Project
    from diplokg.store import load_dataset

    dataset_path = Path(path) if path is not None else Project.locate().built_dataset
    return project(load_dataset(dataset_path), facts=facts)
