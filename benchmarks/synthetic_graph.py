"""A synthetic dataset of the ontology's shape, at any size, for the benchmarks.

It keeps the real vocabulary and ontology graphs (so the named queries find their
labels, roles, modes and class hierarchy) and adds synthetic sources, one named
graph each, holding people, organisations, role holdings, events with
participations, observations and recommendations, linked as the real ones are.

    python benchmarks/synthetic_graph.py 100000 -o /tmp/synthetic-100k.nq
"""

from __future__ import annotations

import argparse
import random
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
B = "https://w3id.org/diplokg/"
DKG = B + "ontology#"
RDF_TYPE = "http://www.w3.org/1999/02/22-rdf-syntax-ns#type"
SKOS = "http://www.w3.org/2004/02/skos/core#"
ORG = "http://www.w3.org/ns/org#"
PROV = "http://www.w3.org/ns/prov#"
SCHEMA = "https://schema.org/"
OA = "http://www.w3.org/ns/oa#"
XSD = "http://www.w3.org/2001/XMLSchema#"
ROLES = ["bi-thu", "chu-tich", "giam-doc", "pho-chu-tich", "thu-truong", "pho-thu-tuong"]
MODES = ["attended", "spoke", "visited", "met", "organised", "attendedOnline"]
EVENTS = ["Conference", "Meeting", "Dialogue", "StateVisit", "Exhibition", "Interview"]
INDICATORS = ["partner-localities", "grdp-growth", "budget-revenue", "trade-turnover",
              "fdi-projects", "population"]
TOPICS = ["chong-ngap", "do-thi-thong-minh", "kinh-te-so", "giao-duc", "fintech"]


def _iri(x: str) -> str:
    return f"<{x}>"


def _lit(text: str, lang: str | None = None, dtype: str | None = None) -> str:
    if lang:
        return f'"{text}"@{lang}'
    if dtype:
        return f'"{text}"^^<{XSD}{dtype}>'
    return f'"{text}"'


def base_quads() -> list[str]:
    """The real dataset's vocabulary and ontology graphs, as N-Quads lines."""
    from rdflib import Dataset

    dataset = Dataset()
    dataset.parse(ROOT / "graph/build/diplokg.trig", format="trig")
    keep = {B + "graph/vocabulary", B + "ontology"}
    lines = []
    for s, p, o, g in dataset.quads((None, None, None, None)):
        if g is not None and str(g) in keep:
            lines.append(f"{s.n3()} {p.n3()} {o.n3()} <{g}> .")
    return lines


def generate(triples: int, seed: int = 5) -> list[str]:
    """N-Quads lines: the real vocabulary plus synthetic sources, about ``triples`` in all."""
    rng = random.Random(seed)
    lines = base_quads()
    people = max(20, triples // 400)
    orgs = max(10, triples // 2000)
    source_count = 0
    while len(lines) < triples:
        source_count += 1
        src = f"{B}source/synthetic-{source_count}"
        graph = _iri(f"{B}graph/synthetic-{source_count}")
        date = f"20{rng.randint(10, 25)}-{rng.randint(1, 12):02d}-{rng.randint(1, 28):02d}"

        def q(s: str, p: str, o: str, graph: str = graph) -> None:
            lines.append(f"{s} {_iri(p)} {o} {graph} .")

        S = _iri(src)
        q(S, RDF_TYPE, _iri(DKG + "NewsArticle"))
        q(S, SCHEMA + "datePublished", _lit(date, dtype="date"))
        q(S, SCHEMA + "headline", _lit(f"Bài báo {source_count}", "vi"))
        for _ in range(40):  # facts of this source
            person = rng.randrange(people)
            org = rng.randrange(orgs)
            P, ORG_ = _iri(f"{B}person/p{person}"), _iri(f"{B}organization/o{org}")
            q(P, RDF_TYPE, _iri(DKG + "Person"))
            q(P, SKOS + "prefLabel", _lit(f"Người {person}", "vi"))
            q(ORG_, RDF_TYPE, _iri(DKG + "Organization"))
            q(ORG_, SKOS + "prefLabel", _lit(f"Tổ chức {org}", "vi"))
            q(ORG_, SKOS + "prefLabel", _lit(f"Organisation {org}", "en"))
            if rng.random() < 0.3:
                q(ORG_, ORG + "subOrganizationOf", _iri(f"{B}organization/o{rng.randrange(orgs)}"))
            kind = rng.random()
            fact = f"{B}fact/{source_count}-{len(lines)}"
            F = _iri(fact)
            q(F, PROV + "wasDerivedFrom", S)
            ev = _iri(fact + "/evidence")
            q(F, DKG + "evidence", ev)
            q(ev, OA + "start", _lit(str(rng.randrange(9000)), dtype="nonNegativeInteger"))
            q(ev, OA + "exact", _lit(f"trích dẫn {len(lines)}", "vi"))
            if kind < 0.4:
                q(F, RDF_TYPE, _iri(DKG + "RoleHolding"))
                q(F, ORG + "member", P)
                q(F, ORG + "role", _iri(f"{B}role/{rng.choice(ROLES)}"))
                q(F, ORG + "organization", ORG_)
            elif kind < 0.8:
                number = rng.randrange(max(5, triples // 1000))
                event = _iri(f"{B}event/e{number}")
                kind = EVENTS[number % len(EVENTS)]
                q(event, RDF_TYPE, _iri(DKG + kind))
                title = f"Sự kiện {number}"
                if kind == "Conference":  # as the seed's: conference-attendees finds them
                    title = f"Hội thảo {number}: 50 năm triển khai đường lối đối ngoại"
                q(event, SKOS + "prefLabel", _lit(title, "vi"))
                if rng.random() < 0.1:
                    resolution = _iri(f"{B}resolution/r{number % 50}")
                    q(resolution, RDF_TYPE, _iri(DKG + "Resolution"))
                    q(resolution, DKG + "documentNumber", _lit(str(number % 50 + 1)))
                    q(resolution, SKOS + "prefLabel", _lit(f"Nghị quyết {number % 50 + 1}", "vi"))
                    q(resolution, DKG + "issuedBy", ORG_)
                    q(resolution, DKG + "topic", _iri(f"{B}topic/{rng.choice(TOPICS)}"))
                    q(event, DKG + "cites", resolution)
                    q(S, SCHEMA + "mentions", resolution)
                q(event, SCHEMA + "startDate", _lit(date, dtype="date"))
                q(event, SCHEMA + "location", _iri(f"{B}locality/tphcm"))
                q(F, RDF_TYPE, _iri(DKG + "Participation"))
                q(F, DKG + "event", event)
                q(F, DKG + "participant", P)
                q(F, DKG + "mode", _iri(DKG + rng.choice(MODES)))
            elif kind < 0.95:
                q(F, RDF_TYPE, _iri(DKG + "Observation"))
                q(F, DKG + "indicator", _iri(f"{B}indicator/{rng.choice(INDICATORS)}"))
                q(F, DKG + "refArea", _iri(f"{B}locality/tphcm"))
                q(F, DKG + "refPeriod", _lit(date[:4], dtype="gYear"))
                q(F, DKG + "value", _lit(str(rng.randrange(1000)), dtype="decimal"))
                q(F, DKG + "unit", _iri(f"{B}unit/percent"))
                q(F, DKG + "statedAs", _lit(f"{rng.randrange(1000)} địa phương", "vi"))
            else:
                city = _iri(f"{B}locality/c{rng.randrange(50)}")
                q(city, RDF_TYPE, _iri(DKG + "City"))
                q(city, SKOS + "prefLabel", _lit(f"Thành phố {city[-4:-1]}", "vi"))
                q(F, RDF_TYPE, _iri(DKG + "Recommendation"))
                q(F, DKG + "recommendedPartner", city)
                q(F, DKG + "recommendedBy", P)
                q(F, DKG + "topic", _iri(f"{B}topic/{rng.choice(TOPICS)}"))
    return lines


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("triples", type=int)
    parser.add_argument("-o", "--output", type=Path, required=True)
    args = parser.parse_args()
    lines = generate(args.triples)
    args.output.write_text("\n".join(lines) + "\n", encoding="utf-8")
    print(f"{args.output}: {len(lines)} quads")


if __name__ == "__main__":
    main()
