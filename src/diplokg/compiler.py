"""Compiling checked annotations into RDF: one named graph per source.

Every fact becomes a node that carries ``prov:wasDerivedFrom`` (the article) and
``dkg:evidence`` (a Web Annotation text selector with the verbatim quote and its
character offsets). N-ary facts (a role held, a participation, an observation,
a partnership, a recommendation) are nodes of their own; a binary fact (an
organisation nested in another, an event's date or place ...) is asserted as a
triple *and* reified as a ``dkg:Statement`` that carries its provenance.

IRIs come from the curated ids and the content of a fact, never from positions
in a file, so rebuilding never changes one.
"""

from __future__ import annotations

from collections.abc import Iterable
from decimal import Decimal

from rdflib import Graph, Literal, URIRef
from rdflib.namespace import DCTERMS, FOAF, PROV, RDF, RDFS, SKOS, XSD

from diplokg.annotations import Annotation, Concept, Corpus, Entity, Evidence, Fact
from diplokg.dates import PreciseDate
from diplokg.project import Project
from diplokg.slugs import fold
from diplokg.terms import (
    CONCEPT_SCHEMES,
    DKG,
    ELI,
    ENTITY_TYPES,
    OA,
    ORG,
    PARTICIPATION_MODES,
    PARTNERSHIP_KINDS,
    QB,
    RELATIONS,
    ROLE_QUALIFIERS,
    SCHEMA,
    TIME,
    VALUE_QUALIFIERS,
    concept_iri,
    digest,
    entity_iri,
    graph_iri,
    iri,
    scheme_iri,
    source_iri,
)

FIGURES_DATASET = iri("dataset/figures")


def date_literal(date: PreciseDate) -> Literal:
    """A typed literal that keeps the date's precision (gYear, gYearMonth or date)."""
    return Literal(date.lexical, datatype=URIRef(date.datatype))


def _labels(graph: Graph, node: URIRef, vi: str, en: str) -> None:
    for text, lang in ((vi, "vi"), (en, "en")):
        graph.add((node, SKOS.prefLabel, Literal(text, lang=lang)))
        graph.add((node, RDFS.label, Literal(text, lang=lang)))


def _alt_labels(
    graph: Graph, node: URIRef, vi: str, en: str, aliases: list[str], aliases_en: list[str]
) -> None:
    for alias in aliases:
        graph.add((node, SKOS.altLabel, Literal(alias, lang="vi")))
    for alias in aliases_en:
        graph.add((node, SKOS.altLabel, Literal(alias, lang="en")))
    # ASCII-folded forms, so that "Pham Dut Diem" finds "Phạm Dứt Điểm".
    for text in (vi, *aliases):
        folded = fold(text)
        if folded != text and folded != en and folded not in aliases_en:
            graph.add((node, SKOS.altLabel, Literal(folded)))


# --------------------------------------------------------------------------- vocabulary


def compile_vocabulary(corpus: Corpus) -> Graph:
    """The SKOS concept schemes of vocabulary.yaml (roles, topics, indicators, units)."""
    graph = Graph()
    for scheme, (class_name, _segment, label_vi, label_en) in CONCEPT_SCHEMES.items():
        scheme_node = scheme_iri(scheme)
        graph.add((scheme_node, RDF.type, SKOS.ConceptScheme))
        _labels(graph, scheme_node, label_vi, label_en)
        for concept in (c for c in corpus.concepts.values() if c.scheme == scheme):
            _compile_concept(graph, concept, class_name, scheme_node)
    return graph


def _compile_concept(graph: Graph, concept: Concept, class_name: str, scheme_node: URIRef) -> None:
    node = concept_iri(concept.scheme, concept.id)
    graph.add((node, RDF.type, DKG[class_name]))
    graph.add((node, SKOS.inScheme, scheme_node))
    graph.add((node, DCTERMS.identifier, Literal(concept.id)))
    _labels(graph, node, concept.vi, concept.en)
    _alt_labels(graph, node, concept.vi, concept.en, concept.aliases, concept.aliases_en)
    if concept.broader:
        graph.add((node, SKOS.broader, concept_iri(concept.scheme, concept.broader)))
        graph.add((concept_iri(concept.scheme, concept.broader), SKOS.narrower, node))
    else:
        graph.add((node, SKOS.topConceptOf, scheme_node))
        graph.add((scheme_node, SKOS.hasTopConcept, node))
    if concept.definition_en:
        graph.add((node, SKOS.definition, Literal(concept.definition_en, lang="en")))


# --------------------------------------------------------------------------- one source


class _SourceCompiler:
    def __init__(self, corpus: Corpus, annotation: Annotation, project: Project) -> None:
        self.corpus = corpus
        self.annotation = annotation
        self.project = project
        self.source = annotation.source
        self.source_node = source_iri(self.source.id)
        self.graph = Graph()

    # -- references
    def entity(self, entity_id: str) -> URIRef:
        entity = self.corpus.entities[entity_id]
        return entity_iri(entity.type, entity.id)

    def concept(self, scheme: str, concept_id: str) -> URIRef:
        return concept_iri(scheme, concept_id)

    # -- provenance
    def provenance(
        self, node: URIRef, evidence: Iterable[Evidence], note: str | None = None
    ) -> None:
        g = self.graph
        g.add((node, PROV.wasDerivedFrom, self.source_node))
        for ev in evidence:
            ev_node = URIRef(f"{node}/evidence/{self.source.id}/{ev.start}-{ev.end}")
            g.add((node, DKG.evidence, ev_node))
            g.add((ev_node, RDF.type, DKG.Evidence))
            g.add((ev_node, OA.exact, Literal(ev.quote, lang=self.source.language)))
            g.add((ev_node, OA.start, Literal(ev.start, datatype=XSD.nonNegativeInteger)))
            g.add((ev_node, OA.end, Literal(ev.end, datatype=XSD.nonNegativeInteger)))
            g.add((ev_node, PROV.wasQuotedFrom, self.source_node))
        if note:
            g.add((node, SKOS.editorialNote, Literal(note, lang="en")))

    def statement(self, fact: Fact, s: URIRef, p: URIRef, o: URIRef | Literal) -> None:
        """Assert a triple and reify it with the fact's provenance."""
        g = self.graph
        g.add((s, p, o))
        node = iri("statement/" + digest(s.n3(), p.n3(), o.n3()))
        g.add((node, RDF.type, DKG.Statement))
        g.add((node, RDF.subject, s))
        g.add((node, RDF.predicate, p))
        g.add((node, RDF.object, o))
        self.provenance(node, fact.evidence, fact.note)

    # -- the article itself
    def compile_source(self) -> None:
        g, src, node = self.graph, self.source, self.source_node
        g.add((node, RDF.type, DKG.NewsArticle))
        g.add((node, SCHEMA.headline, Literal(src.title, lang=src.language)))
        g.add((node, RDFS.label, Literal(src.title, lang=src.language)))
        if src.title_en:
            g.add((node, SCHEMA.alternativeHeadline, Literal(src.title_en, lang="en")))
            g.add((node, RDFS.label, Literal(src.title_en, lang="en")))
        g.add((node, SCHEMA.publisher, self.entity(src.publisher)))
        g.add((node, SCHEMA.datePublished, date_literal(src.date)))
        g.add((node, SCHEMA.inLanguage, Literal(src.language)))
        g.add((node, DCTERMS.identifier, Literal(src.id)))
        g.add((node, DKG.localCopy, Literal(self.project.relative(src.text_path))))
        g.add((node, DKG.sha256, Literal(src.sha256)))
        if src.original_file:
            g.add((node, SCHEMA.identifier, Literal(src.original_file)))
        if src.date_note:
            g.add((node, DKG.dateNote, Literal(src.date_note, lang="en")))
        bundle = graph_iri(src.id)
        g.add((bundle, RDF.type, PROV.Bundle))
        g.add((bundle, PROV.wasDerivedFrom, node))
        for entity_id in sorted(self.annotation.mentioned):
            g.add((node, SCHEMA.mentions, self.entity(entity_id)))

    # -- entities defined by this source
    def compile_entity(self, entity: Entity) -> None:
        g = self.graph
        node = entity_iri(entity.type, entity.id)
        g.add((node, RDF.type, DKG[ENTITY_TYPES[entity.type][0]]))
        _labels(g, node, entity.vi, entity.en)
        for text, lang in ((entity.vi, "vi"), (entity.en, "en")):
            g.add((node, SCHEMA.name, Literal(text, lang=lang)))
        if entity.type == "Person":
            g.add((node, FOAF.name, Literal(entity.vi, lang="vi")))
        _alt_labels(g, node, entity.vi, entity.en, entity.aliases, entity.aliases_en)
        if entity.honorific:
            g.add((node, SCHEMA.honorificPrefix, Literal(entity.honorific, lang="vi")))
        if entity.description_en:
            g.add((node, SCHEMA.description, Literal(entity.description_en, lang="en")))
        g.add((node, DCTERMS.identifier, Literal(entity.id)))
        self.provenance(node, [entity.mention] if entity.mention else [])

    # -- facts
    def compile_fact(self, fact: Fact) -> None:
        getattr(self, "_" + fact.kind)(fact, fact.fields)

    def _role(self, fact: Fact, f: dict) -> None:
        g = self.graph
        qualifiers = sorted(f.get("qualifiers", []))
        key = "-".join([*qualifiers, f["role"]])
        node = iri(f"role-holding/{f['person']}--{key}--{f['organization']}")
        person, org, role = (
            self.entity(f["person"]),
            self.entity(f["organization"]),
            self.concept("roles", f["role"]),
        )
        post = iri(f"post/{f['role']}--{f['organization']}")
        g.add((node, RDF.type, DKG.RoleHolding))
        g.add((node, ORG.member, person))
        g.add((node, ORG.organization, org))
        g.add((node, ORG.role, role))
        g.add((node, DKG.post, post))
        for q in qualifiers:
            g.add((node, DKG.qualifier, ROLE_QUALIFIERS[q]))
        if f.get("as_written"):
            g.add((node, DKG.titleAsWritten, Literal(f["as_written"], lang=self.source.language)))
        if f.get("start") or f.get("end"):
            interval = URIRef(f"{node}/interval")
            g.add((node, ORG.memberDuring, interval))
            g.add((interval, RDF.type, TIME.Interval))
            self._interval_ends(interval, f.get("start"), f.get("end"))
        role_c = self.corpus.concept("roles", f["role"])
        org_e, person_e = self.corpus.entities[f["organization"]], self.corpus.entities[f["person"]]
        prefix_vi = {"acting": "quyền ", "former": "nguyên "}
        prefix_en = {"acting": "acting ", "former": "former "}
        qual_vi = "".join(prefix_vi[q] for q in qualifiers)
        qual_en = "".join(prefix_en[q] for q in qualifiers)
        g.add(
            (
                node,
                RDFS.label,
                Literal(f"{person_e.vi}: {qual_vi}{role_c.vi} {org_e.vi}", lang="vi"),
            )
        )
        g.add(
            (
                node,
                RDFS.label,
                Literal(f"{person_e.en}: {qual_en}{role_c.en}, {org_e.en}", lang="en"),
            )
        )
        g.add((post, RDF.type, DKG.Post))
        g.add((post, ORG.postIn, org))
        g.add((post, ORG.role, role))
        g.add((post, RDFS.label, Literal(f"{role_c.vi} {org_e.vi}", lang="vi")))
        g.add((post, RDFS.label, Literal(f"{role_c.en}, {org_e.en}", lang="en")))
        if "former" not in qualifiers:
            g.add((person, ORG.holds, post))
            g.add((person, ORG.memberOf, org))
        self.provenance(node, fact.evidence, fact.note)

    def _interval_ends(
        self, interval: URIRef, start: PreciseDate | None, end: PreciseDate | None
    ) -> None:
        g = self.graph
        for date, prop, suffix in ((start, TIME.hasBeginning, "start"), (end, TIME.hasEnd, "end")):
            if date is None:
                continue
            instant = URIRef(f"{interval}/{suffix}")
            g.add((interval, prop, instant))
            g.add((instant, RDF.type, TIME.Instant))
            xsd_prop = {
                "year": TIME.inXSDgYear,
                "month": TIME.inXSDgYearMonth,
                "day": TIME.inXSDDate,
            }
            g.add((instant, xsd_prop[date.precision], date_literal(date)))

    def _relation(self, fact: Fact, f: dict) -> None:
        prop = RELATIONS[f["relation"]]
        for subject in f["subject"]:
            for scheme, obj in f["object"]:
                target = self.entity(obj) if scheme == "entity" else self.concept(scheme, obj)
                self.statement(fact, self.entity(subject), prop, target)

    def _document(self, fact: Fact, f: dict) -> None:
        doc = self.entity(f["document"])
        if f.get("number"):
            self.statement(fact, doc, DKG.documentNumber, Literal(f["number"]))
        for issuer in f.get("issuer", []):
            self.statement(fact, doc, DKG.issuedBy, self.entity(issuer))
        if f.get("date"):
            self.statement(fact, doc, ELI.date_document, date_literal(f["date"]))
        for topic in f.get("topics", []):
            self.statement(fact, doc, DKG.topic, self.concept("topics", topic))
        if f.get("adopted_at"):
            self.statement(fact, doc, DKG.adoptedAt, self.entity(f["adopted_at"]))

    def _event(self, fact: Fact, f: dict) -> None:
        event = self.entity(f["event"])
        if f.get("date"):
            self.statement(fact, event, SCHEMA.startDate, date_literal(f["date"]))
        if f.get("end_date"):
            self.statement(fact, event, SCHEMA.endDate, date_literal(f["end_date"]))
        if f.get("as_written"):
            self.graph.add(
                (event, DKG.dateAsWritten, Literal(f["as_written"], lang=self.source.language))
            )
        if f.get("date_note"):
            self.graph.add((event, DKG.dateNote, Literal(f["date_note"], lang="en")))
        for place in f.get("place", []):
            self.statement(fact, event, SCHEMA.location, self.entity(place))
        for organizer in f.get("organizer", []):
            self.statement(fact, event, SCHEMA.organizer, self.entity(organizer))
        if f.get("series"):
            self.statement(fact, event, SCHEMA.superEvent, self.entity(f["series"]))
        if f.get("term"):
            start, end = f["term"]
            interval = iri(f"interval/{start.lexical}-{end.lexical}")
            self.graph.add((interval, RDF.type, TIME.Interval))
            self.graph.add((interval, RDFS.label, Literal(f"{start.lexical}-{end.lexical}")))
            self._interval_ends(interval, start, end)
            self.statement(fact, event, DKG["term"], interval)
        for topic in f.get("topics", []):
            self.statement(fact, event, DKG.topic, self.concept("topics", topic))
        if f.get("resulting_unit"):
            self.statement(fact, event, DKG.resultingUnit, self.entity(f["resulting_unit"]))
        for unit in f.get("merged_units", []):
            self.statement(fact, event, DKG.mergedUnit, self.entity(unit))

    def _participation(self, fact: Fact, f: dict) -> None:
        g = self.graph
        event = self.entity(f["event"])
        event_e = self.corpus.entities[f["event"]]
        for participant in f["participant"]:
            node = iri(f"participation/{f['event']}--{participant}")
            agent = self.entity(participant)
            agent_e = self.corpus.entities[participant]
            g.add((node, RDF.type, DKG.Participation))
            g.add((node, DKG.event, event))
            g.add((node, DKG.participant, agent))
            for mode in f["modes"]:
                concept, shortcut = PARTICIPATION_MODES[mode]
                g.add((node, DKG.mode, concept))
                if shortcut is not None:
                    g.add((event, shortcut, agent))
            g.add((node, RDFS.label, Literal(f"{agent_e.vi} @ {event_e.vi}", lang="vi")))
            g.add((node, RDFS.label, Literal(f"{agent_e.en} @ {event_e.en}", lang="en")))
            self.provenance(node, fact.evidence, fact.note)

    def _partnership(self, fact: Fact, f: dict) -> None:
        g = self.graph
        node = iri(f"partnership/{f['kind']}--" + "--".join(sorted(f["partners"])))
        g.add((node, RDF.type, PARTNERSHIP_KINDS[f["kind"]]))
        for partner in f["partners"]:
            g.add((node, DKG.partner, self.entity(partner)))
        if f.get("since"):
            g.add((node, SCHEMA.startDate, date_literal(f["since"])))
        names = [self.corpus.entities[p] for p in f["partners"]]
        g.add((node, RDFS.label, Literal(" – ".join(e.vi for e in names), lang="vi")))
        g.add((node, RDFS.label, Literal(" – ".join(e.en for e in names), lang="en")))
        self.provenance(node, fact.evidence, fact.note)

    def _recommendation(self, fact: Fact, f: dict) -> None:
        g = self.graph
        tail = f.get("partners") or f.get("topics") or [digest(fact.evidence[0].quote, length=8)]
        node = iri(f"recommendation/{f['by']}--" + "-".join(tail))
        g.add((node, RDF.type, DKG.Recommendation))
        g.add((node, DKG.recommendedBy, self.entity(f["by"])))
        g.add((node, DKG.addressedTo, self.entity(f["to"])))
        for partner in f.get("partners", []):
            g.add((node, DKG.recommendedPartner, self.entity(partner)))
        for topic in f.get("topics", []):
            g.add((node, DKG.topic, self.concept("topics", topic)))
        g.add(
            (node, SCHEMA.description, Literal(fact.evidence[0].quote, lang=self.source.language))
        )
        self.provenance(node, fact.evidence, fact.note)

    def _observation(self, fact: Fact, f: dict) -> None:
        g = self.graph
        when = (f.get("period") or f.get("as_of")).lexical
        # A figure is always one source's statement: the source is part of its IRI, so two
        # sources never share an observation node and adding a source never renames one.
        node = iri(f"observation/{self.source.id}/{f['subject']}--{f['indicator']}--{when}")
        value: Decimal = f["value"]
        indicator = self.corpus.concept("indicators", f["indicator"])
        g.add((node, RDF.type, DKG.Observation))
        g.add((node, QB.dataSet, FIGURES_DATASET))
        g.add((node, DKG.refArea, self.entity(f["subject"])))
        g.add((node, DKG.indicator, self.concept("indicators", f["indicator"])))
        g.add((node, DKG.value, Literal(value, datatype=XSD.decimal)))
        g.add((node, DKG.unit, self.concept("units", f["unit"])))
        g.add((node, DKG.valueQualifier, VALUE_QUALIFIERS[f.get("qualifier", "exact")]))
        if f.get("period"):
            g.add((node, DKG.refPeriod, date_literal(f["period"])))
        if f.get("as_of"):
            g.add((node, DKG.asOf, date_literal(f["as_of"])))
        g.add((node, DKG.statedAs, Literal(f["stated"], lang=self.source.language)))
        g.add((node, RDFS.label, Literal(f"{indicator.vi}: {f['stated']} ({when})", lang="vi")))
        g.add((node, RDFS.label, Literal(f"{indicator.en}: {value} ({when})", lang="en")))
        self.provenance(node, fact.evidence, fact.note)

    def _photo(self, fact: Fact, f: dict) -> None:
        g = self.graph
        node = iri(f"photo/{self.source.id}/{digest(f['caption'], length=10)}")
        g.add((node, RDF.type, DKG.Photograph))
        g.add((node, SCHEMA.caption, Literal(f["caption"], lang=self.source.language)))
        g.add((node, SCHEMA.isPartOf, self.source_node))
        g.add((node, RDFS.label, Literal(f["caption"], lang=self.source.language)))
        if f.get("photographer"):
            photographer = self.corpus.entities[f["photographer"]]
            g.add((node, SCHEMA.creator, self.entity(f["photographer"])))
            g.add((node, SCHEMA.creditText, Literal(photographer.vi, lang="vi")))
        if f.get("credit"):
            g.add((node, SCHEMA.creditText, Literal(f["credit"])))
        for thing in f.get("depicts", []):
            g.add((node, SCHEMA.about, self.entity(thing)))
        self.provenance(node, fact.evidence, fact.note)


def compile_annotation(corpus: Corpus, annotation: Annotation, project: Project) -> Graph:
    """The named graph of one source: the article, the entities it defines, its facts."""
    compiler = _SourceCompiler(corpus, annotation, project)
    compiler.compile_source()
    for entity_id in annotation.entity_ids:
        compiler.compile_entity(corpus.entities[entity_id])
    for fact in annotation.facts:
        compiler.compile_fact(fact)
    return compiler.graph
