"""Reconciliation: candidate Wikidata items for the graph's entities, scored, with reasons.

:func:`linkable_entities` lists the localities, countries, organisations and people of the
graph; :func:`score_candidate` compares one of them with one Wikidata record (label and
alias match with diacritics folded, type, country, dates) and says why;
:func:`propose` asks a source (the API client or a local dump) and ranks the candidates;
:func:`write_proposals` writes them for review, and :func:`apply_proposals` turns the
reviewed ones (``accept: Q...``) into links in ``graph/links/links.yaml``.

>>> local = LocalEntity("rotterdam", "https://w3id.org/diplokg/locality/rotterdam",
...                     "locality", ["Rotterdam"], "Q55", "2025-04-11")
>>> record = {"id": "Q1", "labels": {"en": {"language": "en", "value": "Rotterdam"}},
...           "descriptions": {"en": {"language": "en", "value": "city in the Netherlands"}},
...           "claims": {}}
>>> score, reasons = score_candidate(local, record)
>>> score, reasons[0]
(0.8, 'label "Rotterdam" = "Rotterdam" (diacritics folded)')
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path

from diplokg.errors import DiplokgError
from diplokg.slugs import match_key

KINDS = ("locality", "country", "organization", "person")
# Words of an English Wikidata description that agree with each kind.
TYPE_WORDS = {
    "locality": r"\b(city|city-state|capital|municipality|province|metropolis|prefecture)\b",
    "country": r"\b(country|sovereign state|state in|kingdom|republic)\b",
    "organization": r"\b(organi[sz]ation|ministry|committee|party|department|bank|institute|"
    r"newspaper|association|network|alliance|assembly|parliament|government|body)\b",
    "person": r"\b(politician|diplomat|photographer|journalist|official|governor|person|"
    r"businessperson|researcher|born)\b",
}
HUMAN = "Q5"  # Wikidata's class "human" (P31 of every person item)


@dataclass(frozen=True)
class LocalEntity:
    id: str
    iri: str
    kind: str
    names: list[str]
    country_qid: str | None  # the Wikidata link of the entity's country, if known
    source_date: str | None  # the latest date of a source that mentions it


def linkable_entities(dataset, links=None) -> list[LocalEntity]:
    """Localities, countries, organisations and people of a built dataset, with names."""
    from diplokg.sparql import run_query

    query = """
    SELECT ?e ?id ?class (GROUP_CONCAT(DISTINCT STR(?name); separator="\\u001f") AS ?names)
           (MAX(STR(?date)) AS ?sourceDate) ?country WHERE {
      ?e dct:identifier ?id ; a ?class .
      VALUES ?class { dkg:Locality dkg:City dkg:Province dkg:Country dkg:Person dkg:Organization
        dkg:GovernmentBody dkg:Ministry dkg:Department dkg:Legislature dkg:PartyBody
        dkg:ResearchInstitute dkg:InternationalOrganization dkg:Newspaper dkg:CooperationBody }
      { ?e skos:prefLabel ?name } UNION { ?e skos:altLabel ?name }
      OPTIONAL { ?src schema:mentions ?e ; schema:datePublished ?date }
      OPTIONAL { ?e schema:containedInPlace ?country . ?country a dkg:Country }
    } GROUP BY ?e ?id ?class ?country ORDER BY ?id
    """
    kinds = {"Locality": "locality", "City": "locality", "Province": "locality",
             "Country": "country", "Person": "person"}
    country_links: dict[str, str] = {}
    if links is not None:
        from diplokg.terms import entity_iri

        for link in links.links:
            if link.dataset == "wikidata":
                country_links[str(entity_iri("Country", link.entity))] = link.id
    out: dict[str, LocalEntity] = {}
    for row in run_query(dataset, query).rows():
        cls = str(row["class"]).rsplit("#", 1)[-1]
        ident = str(row["id"])
        names = sorted(set(str(row["names"]).split("\x1f")))
        country = str(row["country"]) if "country" in row else None
        out[ident] = LocalEntity(
            ident,
            str(row["e"]),
            kinds.get(cls, "organization"),
            names,
            country_links.get(country) if country else None,
            str(row["sourceDate"]) if "sourceDate" in row else None,
        )
    return list(out.values())


def _claim_ids(record: dict, prop: str) -> list[str]:
    ids = []
    for claim in record.get("claims", {}).get(prop, []):
        value = claim.get("mainsnak", {}).get("datavalue", {}).get("value")
        if isinstance(value, dict) and "id" in value:
            ids.append(value["id"])
    return ids


def _claim_years(record: dict, prop: str) -> list[int]:
    years = []
    for claim in record.get("claims", {}).get(prop, []):
        value = claim.get("mainsnak", {}).get("datavalue", {}).get("value")
        if isinstance(value, dict) and "time" in value:
            match = re.match(r"^[+-]?(\d{1,4})-", value["time"])
            if match:
                years.append(int(match.group(1)))
    return years


def score_candidate(local: LocalEntity, record: dict) -> tuple[float, list[str]]:
    """A score in [0, 1] and the reasons for it (name, type, country, dates)."""
    from diplokg.linking.local_dump import entity_names

    reasons: list[str] = []
    score = 0.0
    keys = {match_key(n): n for n in local.names}
    labels = [v["value"] for v in record.get("labels", {}).values()]
    label_hit = next((lb for lb in labels if match_key(lb) in keys), None)
    alias_hit = next((n for n in entity_names(record) if match_key(n) in keys), None)
    if label_hit:
        score += 0.55
        reasons.append(f'label "{keys[match_key(label_hit)]}" = "{label_hit}" (diacritics folded)')
    elif alias_hit:
        score += 0.45
        reasons.append(f'alias "{keys[match_key(alias_hit)]}" = "{alias_hit}" (diacritics folded)')
    else:
        reasons.append("no label or alias matches")
    description = record.get("descriptions", {}).get("en", {}).get("value", "")
    types = _claim_ids(record, "P31")
    if local.kind == "person" and types:
        if HUMAN in types:
            score += 0.25
            reasons.append("type: human (P31 Q5), as expected for a person")
        else:
            score -= 0.3
            reasons.append(f"type: not human (P31 {', '.join(types)})")
    elif description and re.search(TYPE_WORDS[local.kind], description, re.I):
        score += 0.25
        reasons.append(f'type: description "{description}" fits a {local.kind}')
    elif description:
        reasons.append(f'type: description "{description}" does not say {local.kind}')
    countries = _claim_ids(record, "P17")
    if local.country_qid and countries:
        if local.country_qid in countries:
            score += 0.15
            reasons.append(f"country: P17 {local.country_qid}, the linked country")
        else:
            score -= 0.3
            reasons.append(f"country: P17 {', '.join(countries)}, not {local.country_qid}")
    ended = _claim_years(record, "P570") + _claim_years(record, "P576")
    if ended and local.source_date:
        year = int(local.source_date[:4])
        if min(ended) < year:
            score -= 0.5
            reasons.append(f"dates: died or dissolved in {min(ended)}, before the source ({year})")
        else:
            reasons.append(f"dates: ended in {min(ended)}, not before the source ({year})")
    return round(max(0.0, min(1.0, score)), 2), reasons


def propose(source, entities: list[LocalEntity], *, limit: int = 5) -> list[dict]:
    """Ask ``source`` (API client or local dump) for candidates of each entity, ranked."""
    proposals = []
    for local in entities:
        found: dict[str, dict] = {}
        for name in local.names:
            for language in ("en", "vi"):
                for hit in source.search(name, language=language, limit=limit):
                    found.setdefault(hit["id"], hit)
        records = source.get_entities(sorted(found)) if found else {}
        candidates = []
        for ident, record in records.items():
            score, reasons = score_candidate(local, record)
            label = record.get("labels", {}).get("en", {}).get("value") or found[ident]["label"]
            description = record.get("descriptions", {}).get("en", {}).get("value", "")
            candidates.append({"id": ident, "label": label, "description": description,
                               "score": score, "reasons": reasons})
        candidates.sort(key=lambda c: (-c["score"], int(c["id"][1:])))
        proposals.append({"entity": local.id, "kind": local.kind, "names": local.names,
                          "candidates": candidates[:limit]})
    return proposals


def write_proposals(path: Path, proposals: list[dict], source_name: str, made: str) -> None:
    """Write proposals as YAML for review: a reviewer sets ``accept: Q...`` on checked ones."""
    import yaml

    from diplokg.atomic_files import write_atomically

    header = (
        "# Link proposals from `diplokg link`. Review each: open the candidate's record,\n"
        "# check label, type, country and dates; then set `accept: Q...` (and, if you want,\n"
        "# `confidence: high`) and run `diplokg link --apply THIS_FILE`.\n"
        "# Proposals without `accept` are left alone.\n"
    )
    body = {"source": source_name, "made": made,
            "proposals": [{**p, "accept": None} for p in proposals]}
    text = header + yaml.safe_dump(body, allow_unicode=True, sort_keys=False, width=100)
    write_atomically(path, text.encode("utf-8"))


def apply_proposals(project, proposals_path: Path, reviewer: str) -> list:
    """Append the accepted proposals to the links file; return the new links."""
    from diplokg.annotations import load_corpus
    from diplokg.linking.links_file import Evidence, Link, append_links, links_path
    from diplokg.located_yaml import load_yaml

    data = load_yaml(proposals_path)
    if not isinstance(data, dict) or "proposals" not in data:
        raise DiplokgError("not a proposals file (no `proposals`)", path=proposals_path)
    entities = set(load_corpus(project.curated_dir).entities)
    new = []
    for item in data["proposals"] or []:
        accepted = item.get("accept")
        if not accepted or accepted in ("null", "~"):
            continue
        by_id = {c["id"]: c for c in item.get("candidates") or []}
        if accepted not in by_id:
            raise DiplokgError(f"accept: {accepted} is not one of the candidates",
                               path=proposals_path, line=item.key_line("accept"))
        candidate = by_id[accepted]
        confidence = str(item.get("confidence") or "medium")
        reasons = "; ".join(candidate.get("reasons") or [])
        new.append(Link(
            item["entity"], "wikidata", accepted, "reviewed-proposal", confidence,
            f"diplokg link (candidate score {candidate.get('score')}), accepted by {reviewer}",
            (Evidence(str(data.get("source", "")),
                      f'{candidate.get("label")}: {candidate.get("description")} -- {reasons}'),),
        ))
    if new:
        append_links(links_path(project), new, entities)
    return new
