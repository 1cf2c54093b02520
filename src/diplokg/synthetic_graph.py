"""A synthetic graph of the ontology's shape, of any size, for benchmarks and scale tests.

It has what the build makes of real annotations, in about the same proportions as the
seed graph: sources; people, organisations, places, events, documents and programmes
with Vietnamese and English labels (with diacritics), aliases, provenance and quoted
evidence; role holdings with qualifiers, participations with modes, observations,
partnerships, recommendations, photo credits, and binary facts (part of, located in,
took place in, organised by, cites, about ...) asserted *and* reified as
``dkg:Statement`` with their provenance; plus the shortcuts (``schema:attendee``,
``org:memberOf``) and the vocabulary the real graph has. Popular entities get more
facts (preferential attachment), so there are hubs like the city in the seed graph.

Deterministic for a given size and seed. Triples are yielded one by one (rdflib terms),
so a caller can project them without an rdflib store, or load them into one.

>>> triples = list(synthetic_triples(5000))
>>> len(triples)
5000
>>> from diplokg.projection import project_triples
>>> G = project_triples(triples)
>>> sorted({d["kind"] for *_, d in G.edges(keys=True, data=True)})[:4]
['document', 'event', 'observation', 'participation']
"""

from __future__ import annotations

import random
from collections.abc import Iterator
from typing import Any

from rdflib import Literal, URIRef
from rdflib.namespace import DCTERMS, PROV, RDF, RDFS, SKOS, XSD

from diplokg.terms import BASE, DKG, OA, ORG, SCHEMA

_FAMILY = ["Nguyễn", "Trần", "Lê", "Phạm", "Hoàng", "Võ", "Đặng", "Bùi", "Đỗ", "Hồ", "Ngô"]
_MIDDLE = ["Văn", "Thị", "Thành", "Minh", "Hữu", "Đức", "Thanh", "Quốc", "Ngọc", "Anh"]
_GIVEN = ["Hoan", "Điểm", "Phong", "Tuấn", "Hải", "Được", "Quang", "Sơn", "Linh", "Vũ",
          "Hùng", "Dũng", "Hương", "Lan", "Mai", "Nam", "Bình", "Khoa", "Trung", "Yến"]  # fmt: skip
_PLACES = ["Hà Nội", "Đà Nẵng", "Cần Thơ", "Huế", "Hải Phòng", "Bình Dương", "Đồng Nai",
           "Seoul", "Tokyo", "Osaka", "Busan", "Bangkok", "Singapore", "Rotterdam"]  # fmt: skip
_ORG_WORDS = ["Sở Ngoại vụ", "Sở Công Thương", "Ủy ban nhân dân", "Viện Nghiên cứu",
              "Hội Hữu nghị", "Trung tâm Xúc tiến", "Hiệp hội Doanh nghiệp"]  # fmt: skip
_EVENT_WORDS = ["Hội thảo", "Diễn đàn", "Đối thoại", "Triển lãm", "Hội kiến", "Chuyến thăm"]
_EVENT_CLASSES = ["Conference", "Forum", "Dialogue", "Exhibition", "Meeting", "StateVisit"]
_ORG_CLASSES = ["Department", "Department", "GovernmentBody", "ResearchInstitute",
                "Organization", "CooperationBody", "InternationalOrganization"]  # fmt: skip
_MODES = ["attended", "spoke", "visited", "met", "contributed", "organised", "hosted"]
_RELATIONS = {
    "Organization": [(SCHEMA.containedInPlace, "Place"), (ORG.subOrganizationOf, "Organization")],
    "Event": [(SCHEMA.location, "Place"), (SCHEMA.organizer, "Organization"),
              (DKG.topic, "Topic")],
    "Document": [(DKG.issuedBy, "Organization"), (DKG.topic, "Topic")],
    "Resolution": [(DKG.issuedBy, "Organization"), (DKG.topic, "Topic")],
    "Place": [(SCHEMA.containedInPlace, "Place")],
    "Programme": [(DKG.topic, "Topic")],
}  # fmt: skip

_TEXT = "Bài báo tổng hợp về đối ngoại của thành phố. " * 20


class _Generator:
    def __init__(self, seed: int) -> None:
        self.rng = random.Random(seed)
        self.count = 0
        self.pools: dict[str, list[URIRef]] = {}
        self.urn: dict[str, list[URIRef]] = {}
        self.sources: list[URIRef] = []
        self.serial = 0

    def pick(self, kind: str) -> URIRef | None:
        """An entity of ``kind``, the popular ones more often (preferential attachment)."""
        urn = self.urn.get(kind)
        if not urn:
            return None
        chosen = self.rng.choice(urn)
        urn.append(chosen)
        return chosen

    def add(self, kind: str, node: URIRef) -> None:
        self.pools.setdefault(kind, []).append(node)
        self.urn.setdefault(kind, []).append(node)

    def next_id(self) -> int:
        self.serial += 1
        return self.serial

    def provenance(self, node: URIRef, quote: str) -> Iterator[tuple[Any, Any, Any]]:
        source = self.rng.choice(self.sources)
        start = self.rng.randrange(0, 800)
        evidence = URIRef(f"{node}/evidence/{start}-{start + len(quote)}")
        yield node, PROV.wasDerivedFrom, source
        yield node, DKG.evidence, evidence
        yield evidence, RDF.type, DKG.Evidence
        yield evidence, OA.exact, Literal(quote, lang="vi")
        yield evidence, OA.start, Literal(start, datatype=XSD.nonNegativeInteger)
        yield evidence, OA.end, Literal(start + len(quote), datatype=XSD.nonNegativeInteger)
        yield evidence, PROV.wasQuotedFrom, source

    def labels(self, node: URIRef, vi: str, en: str) -> Iterator[tuple[Any, Any, Any]]:
        for text, lang in ((vi, "vi"), (en, "en")):
            yield node, SKOS.prefLabel, Literal(text, lang=lang)
            yield node, RDFS.label, Literal(text, lang=lang)

    # -------------------------------------------------------------------- vocabulary
    def vocabulary(self) -> Iterator[tuple[Any, Any, Any]]:
        for i in range(12):
            source = URIRef(f"{BASE}source/synthetic-{i:03d}")
            self.sources.append(source)
            yield source, RDF.type, DKG.NewsArticle
            yield source, RDFS.label, Literal(f"Bài báo tổng hợp số {i}", lang="vi")
            yield (
                source,
                SCHEMA.datePublished,
                Literal(f"2025-{i % 12 + 1:02d}-15", datatype=XSD.date),
            )
            yield source, DCTERMS.identifier, Literal(f"synthetic-{i:03d}")
            yield source, SCHEMA.text, Literal(_TEXT)
        for mode in _MODES:
            yield from self.labels(DKG[mode], mode, mode)
        for i in range(40):
            topic = URIRef(f"{BASE}topic/chu-de-{i}")
            yield topic, RDF.type, DKG.Topic
            yield from self.labels(topic, f"Chủ đề {i}", f"Topic {i}")
            self.add("Topic", topic)
        for i in range(20):
            indicator = URIRef(f"{BASE}indicator/chi-tieu-{i}")
            yield indicator, RDF.type, DKG.Indicator
            yield from self.labels(indicator, f"Chỉ tiêu {i}", f"Indicator {i}")
            self.add("Indicator", indicator)
        for i in range(30):
            role = URIRef(f"{BASE}role/chuc-danh-{i}")
            yield role, RDF.type, DKG.Role
            yield from self.labels(role, f"Chức danh {i}", f"Role {i}")
            self.add("Role", role)

    # -------------------------------------------------------------------- entities
    def entity(self) -> Iterator[tuple[Any, Any, Any]]:
        rng = self.rng
        n = self.next_id()
        kind = rng.choices(
            ["Person", "Organization", "Place", "Event", "Document", "Resolution", "Programme"],
            weights=[30, 22, 12, 20, 8, 4, 4],
        )[0]
        if kind == "Person":
            vi = f"{rng.choice(_FAMILY)} {rng.choice(_MIDDLE)} {rng.choice(_GIVEN)} {n}"
            cls, segment = "Person", "person"
        elif kind == "Organization":
            vi = f"{rng.choice(_ORG_WORDS)} {rng.choice(_PLACES)} {n}"
            cls, segment = rng.choice(_ORG_CLASSES), "organization"
        elif kind == "Place":
            vi = f"{rng.choice(_PLACES)} {n}"
            cls, segment = rng.choice(["City", "Province", "Country"]), "locality"
        elif kind == "Event":
            index = rng.randrange(len(_EVENT_WORDS))
            vi = f"{_EVENT_WORDS[index]} {rng.choice(_PLACES)} {n}"
            cls, segment = _EVENT_CLASSES[index], "event"
        elif kind == "Resolution":
            vi, cls, segment = f"Nghị quyết {n}", "Resolution", "resolution"
        elif kind == "Document":
            vi, cls, segment = f"Đề án hợp tác {n}", "Project", "document"
        else:
            vi, cls, segment = f"Chương trình {n}", "Programme", "programme"
        from diplokg.slugs import fold, slugify

        node = URIRef(f"{BASE}{segment}/{slugify(vi)}")
        en = fold(vi)
        yield node, RDF.type, DKG[cls]
        yield from self.labels(node, vi, en)
        yield node, SCHEMA.name, Literal(vi, lang="vi")
        yield node, SKOS.altLabel, Literal(en)
        yield node, DCTERMS.identifier, Literal(slugify(vi))
        yield from self.provenance(node, vi)
        if kind == "Event":
            year = rng.randrange(1985, 2026)
            month = rng.randrange(1, 13)
            date = rng.choice([f"{year}", f"{year}-{month:02d}", f"{year}-{month:02d}-11"])
            datatype = {4: XSD.gYear, 7: XSD.gYearMonth, 10: XSD.date}[len(date)]
            yield from self.statement(node, SCHEMA.startDate, Literal(date, datatype=datatype))
        self.add(kind, node)
        for predicate, target_kind in _RELATIONS.get(kind, []):
            if rng.random() < 0.7:
                target = self.pick(target_kind)
                if target is not None and target != node:
                    yield from self.statement(node, predicate, target)

    def statement(self, s: URIRef, p: URIRef, o: Any) -> Iterator[tuple[Any, Any, Any]]:
        yield s, p, o
        node = URIRef(f"{BASE}statement/{self.next_id()}")
        yield node, RDF.type, DKG.Statement
        yield node, RDF.subject, s
        yield node, RDF.predicate, p
        yield node, RDF.object, o
        yield from self.provenance(node, "trích dẫn của khẳng định")

    # -------------------------------------------------------------------- facts
    def fact(self) -> Iterator[tuple[Any, Any, Any]]:
        rng = self.rng
        choice = rng.choices(
            ["role", "participation", "observation", "partnership", "recommendation", "photo"],
            weights=[14, 30, 10, 5, 5, 6],
        )[0]
        n = self.next_id()
        if choice == "role":
            person, org, role = self.pick("Person"), self.pick("Organization"), self.pick("Role")
            if None in (person, org, role):
                return
            node = URIRef(f"{BASE}role-holding/{n}")
            yield node, RDF.type, DKG.RoleHolding
            yield node, ORG.member, person
            yield node, ORG.organization, org
            yield node, ORG.role, role
            if rng.random() < 0.15:
                yield node, DKG.qualifier, rng.choice([DKG.acting, DKG.former])
            yield node, RDFS.label, Literal(f"Giữ chức {n}", lang="vi")
            yield person, ORG.memberOf, org
            yield from self.provenance(node, "chức vụ như bài báo viết")
        elif choice == "participation":
            event = self.pick("Event")
            agent = self.pick(rng.choice(["Person", "Person", "Organization", "Place"]))
            if event is None or agent is None:
                return
            node = URIRef(f"{BASE}participation/{n}")
            yield node, RDF.type, DKG.Participation
            yield node, DKG.event, event
            yield node, DKG.participant, agent
            for mode in rng.sample(_MODES, rng.randrange(1, 3)):
                yield node, DKG.mode, DKG[mode]
            yield node, RDFS.label, Literal(f"Tham gia {n}", lang="vi")
            yield event, SCHEMA.attendee, agent
            yield from self.provenance(node, "tham dự sự kiện")
        elif choice == "observation":
            subject = self.pick(rng.choice(["Place", "Organization", "Programme"]))
            indicator = self.pick("Indicator")
            if subject is None or indicator is None:
                return
            node = URIRef(f"{BASE}observation/{n}")
            value = rng.randrange(1, 10**6)
            yield node, RDF.type, DKG.Observation
            yield node, DKG.refArea, subject
            yield node, DKG.indicator, indicator
            yield node, DKG.value, Literal(str(value), datatype=XSD.decimal)
            yield node, DKG.statedAs, Literal(f"{value:,}".replace(",", "."), lang="vi")
            yield node, DKG.refPeriod, Literal(str(rng.randrange(2000, 2026)), datatype=XSD.gYear)
            yield node, DKG.valueQualifier, DKG.exact
            yield from self.provenance(node, "con số như bài báo viết")
        elif choice == "partnership":
            a, b = self.pick("Place"), self.pick("Place")
            if a is None or b is None or a == b:
                return
            node = URIRef(f"{BASE}partnership/{n}")
            yield node, RDF.type, rng.choice([DKG.FriendshipRelation, DKG.CooperationRelation])
            yield node, DKG.partner, a
            yield node, DKG.partner, b
            yield from self.provenance(node, "quan hệ hữu nghị")
        elif choice == "recommendation":
            by, to = self.pick("Person"), self.pick("Place")
            if by is None or to is None:
                return
            node = URIRef(f"{BASE}recommendation/{n}")
            yield node, RDF.type, DKG.Recommendation
            yield node, DKG.recommendedBy, by
            yield node, DKG.addressedTo, to
            partner, topic = self.pick("Place"), self.pick("Topic")
            if partner is not None and partner != to:
                yield node, DKG.recommendedPartner, partner
            if topic is not None:
                yield node, DKG.topic, topic
            yield from self.provenance(node, "đề xuất hợp tác")
        else:
            creator, depicted = self.pick("Person"), self.pick("Event")
            if creator is None or depicted is None:
                return
            node = URIRef(f"{BASE}photo/{n}")
            yield node, RDF.type, DKG.Photograph
            yield node, SCHEMA.creator, creator
            yield node, SCHEMA.about, depicted
            yield node, SCHEMA.caption, Literal(f"Ảnh {n}", lang="vi")

    def run(self) -> Iterator[tuple[Any, Any, Any]]:
        yield from self.vocabulary()
        for _ in range(60):  # a first population, so that facts have something to link
            yield from self.entity()
        while True:
            if self.rng.random() < 0.42:
                yield from self.entity()
            else:
                yield from self.fact()


def synthetic_triples(n_triples: int, *, seed: int = 0) -> Iterator[tuple[Any, Any, Any]]:
    """Exactly ``n_triples`` triples of a synthetic graph of the ontology's shape."""
    generator = _Generator(seed)
    for count, triple in enumerate(generator.run()):
        if count >= n_triples:
            return
        yield triple
