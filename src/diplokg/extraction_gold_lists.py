"""Scoring the extractor against light gold lists of articles that are not graph sources.

A *gold list* (``NAME.gold.yaml``, next to the article ``NAME.txt``) says what a
reader finds in an article, without the ids, vocabulary and evidence of a curated
annotation, so that new development material is cheap to write
(``tests/fixtures/dev-articles/``)::

    article: can-tho-tiep-doan-champasak.txt      # relative to the gold file
    reference_year: 2025                          # the year of bare dates (Chiều 5-6)
    people:
      - {name: Lâm Văn Hiếu, aliases: [ông Hiếu]}
    organizations:
      - {name: Ủy hội sông Mê Công quốc tế, aliases: [MRC]}
    places: [Cần Thơ, Champasak]                  # optional: places are scored if given
    roles:                                        # title as written, without qualifier
      - {person: Mai Xuân Trường, title: Giám đốc, organization: Sở Ngoại vụ TP Cần Thơ,
         qualifiers: [acting]}                    # organization: a gold name, or null
    events:                                       # optional; mentions: quotes in the text
      - {name: Tuần văn hóa Lào tại Cần Thơ, date: 2025-11,
         mentions: [Tuần văn hóa Lào tại Cần Thơ]}
    participations:                               # event: a gold event's name
      - {event: Tuần văn hóa Lào tại Cần Thơ, participant: Mai Xuân Trường,
         modes: [hosted]}

Scores, with the matching of :mod:`diplokg.extraction_eval` (folded name forms for
entities, span overlap for events): per kind (person, organization, place, event);
``role holdings``, where a predicted holding is right when person, title, organisation
*and qualifiers* all agree; ``event dates`` (a matched event with the gold date); and
``participation``, where a predicted (event, participant) is right when the gold list
has that pair and every predicted mode is among its gold modes.
A gold list without ``events`` scores neither event dates nor participation.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from pathlib import Path

from diplokg.errors import DiplokgError
from diplokg.extraction import extract
from diplokg.extraction.model import Extraction, Span
from diplokg.extraction_eval import Score, _predicted_forms, match_one_to_one, name_key
from diplokg.located_yaml import load_yaml

_KIND_KEYS = {"people": "person", "organizations": "organization", "places": "place"}
_QUALIFIERS = {"acting", "former"}


@dataclass
class GoldEntity:
    kind: str
    name: str
    forms: set[str]
    spans: list[Span] = field(default_factory=list)  # events: where the text names them
    date: str | None = None


@dataclass
class GoldList:
    """What a reader finds in one article."""

    path: Path
    text: str
    reference_year: int
    entities: list[GoldEntity]
    roles: set[tuple[str, str, str | None, frozenset[str]]]
    participations: dict[tuple[str, str], set[str]]
    kinds: tuple[str, ...]


def _fail(node: object, path: Path, message: str) -> DiplokgError:
    return DiplokgError(f"{path}:{getattr(node, 'line', 1)}: {message}")


def load_gold_list(path: Path) -> GoldList:
    """Read and check a gold list; errors name the file and line.

    >>> from diplokg.project import Project
    >>> root = Project.locate().root / "tests/fixtures/dev-articles"
    >>> gold = load_gold_list(root / "can-tho-tiep-doan-champasak.gold.yaml")
    >>> [e.name for e in gold.entities if e.kind == "person"][:2]
    ['Lâm Văn Hiếu', 'Souksavanh Phommachanh']
    """
    doc = load_yaml(path)
    if not isinstance(doc, dict) or "article" not in doc:
        raise _fail(doc, path, "a gold list needs an 'article' key")
    article = path.parent / doc["article"]
    if not article.is_file():
        raise _fail(doc["article"], path, f"article {doc['article']!r} not found")
    text = article.read_text(encoding="utf-8")
    year = str(doc.get("reference_year", ""))
    if not year.isdigit():
        raise _fail(doc, path, "reference_year must be a year")
    entities: list[GoldEntity] = []
    kinds = []
    for key, kind in _KIND_KEYS.items():
        if key in doc:
            kinds.append(kind)
        for item in doc.get(key) or []:
            if isinstance(item, dict) and (set(item) - {"name", "aliases"} or "name" not in item):
                raise _fail(item, path, f"an entry of {key!r} takes 'name' and 'aliases' only, "
                            f"got {sorted(item)} (a name with a comma needs quotes)")
            name = item["name"] if isinstance(item, dict) else item
            aliases = item.get("aliases", []) if isinstance(item, dict) else []
            forms = {name_key(f) for f in (name, *aliases)} - {""}
            entities.append(GoldEntity(kind, str(name), forms))
    for item in doc.get("events") or []:
        spans = []
        for quote in item.get("mentions", []):
            found = [Span(m.start(), m.end(), m.group())
                     for m in re.finditer(re.escape(quote), text)]
            if not found:
                raise _fail(quote, path, f"mention {quote!r} is not in the article")
            spans.extend(found)
        entities.append(GoldEntity("event", str(item["name"]), set(), spans,
                                   str(item["date"]) if "date" in item else None))
    if "events" in doc:
        kinds.append("event")
    names = {e.name for e in entities}
    roles = set()
    for item in doc.get("roles") or []:
        if item.get("organization") in ("null", "~", ""):  # the YAML loader keeps strings
            item["organization"] = None
        for part in ("person", "organization"):
            if item.get(part) is not None and item[part] not in names:
                raise _fail(item, path, f"{part} {item[part]!r} is not in the gold list")
        qualifiers = frozenset(item.get("qualifiers", []))
        if not qualifiers <= _QUALIFIERS:
            raise _fail(item, path, f"qualifiers must be among {sorted(_QUALIFIERS)}")
        org = item.get("organization")
        roles.add((str(item["person"]), name_key(item["title"]),
                   None if org is None else str(org), qualifiers))
    participations: dict[tuple[str, str], set[str]] = {}
    for item in doc.get("participations") or []:
        for part in ("event", "participant"):
            if item[part] not in names:
                raise _fail(item, path, f"{part} {item[part]!r} is not in the gold list")
        participations[(str(item["event"]), str(item["participant"]))] = set(item["modes"])
    return GoldList(path, text, int(year), entities, roles, participations, tuple(kinds))


def _match(gold: GoldList, ex: Extraction) -> dict[str, GoldEntity]:
    """Predicted key -> gold entity (one to one; labels first, then mention texts)."""

    def hit(predicted, candidate: GoldEntity, strong: bool) -> bool:
        if candidate.kind != predicted.kind:
            return False
        if predicted.kind == "event":
            return any(m.overlaps(s) for m in predicted.mentions for s in candidate.spans)
        return bool(_predicted_forms(predicted, strong) & candidate.forms)

    return match_one_to_one(ex, list(gold.entities), hit)


def evaluate_gold_list(gold: GoldList) -> dict[str, Score]:
    """Scores of the extractor on the article of ``gold`` (see the module docstring)."""
    ex = extract(gold.text, reference_year=gold.reference_year)
    matched = _match(gold, ex)
    scores = {kind: Score() for kind in gold.kinds}
    for predicted in ex.entities.values():
        if predicted.kind not in scores:
            continue
        if predicted.key in matched:
            scores[predicted.kind].tp += 1
        else:
            scores[predicted.kind].fp += 1
            scores[predicted.kind].errors.append(f"false positive: {predicted.label}")
    found = {id(g) for g in matched.values()}
    for entity in gold.entities:
        if entity.kind in scores and id(entity) not in found:
            scores[entity.kind].fn += 1
            scores[entity.kind].errors.append(f"missed: {entity.name}")

    def name_of(key: str | None) -> str | None:
        return None if key is None else matched[key].name if key in matched else key

    roles = Score()
    predicted_roles = {(name_of(r.person), name_key(r.title), name_of(r.organization),
                        frozenset(r.qualifiers)) for r in ex.roles}
    for role in sorted(predicted_roles, key=str):
        if role in gold.roles:
            roles.tp += 1
        else:
            roles.fp += 1
            roles.errors.append(f"false positive: {_role_text(role)}")
    for role in sorted(gold.roles - predicted_roles, key=str):
        roles.fn += 1
        roles.errors.append(f"missed: {_role_text(role)}")
    scores["role holdings"] = roles

    if "event" not in gold.kinds:
        return scores  # a gold list without events scores neither dates nor participation
    dates = Score()
    for event in ex.events:
        target = matched.get(event.key)
        if target is None or target.date is None:
            continue
        got = event.date.date.lexical if event.date else None
        if got == target.date:
            dates.tp += 1
        else:
            dates.fn += 1
            dates.fp += got is not None
            dates.errors.append(f"wrong date: {target.name}: {got} for {target.date}")
    scores["event dates"] = dates

    part = Score()
    seen = set()
    for event in ex.events:
        modes_of: dict[str, set[str]] = {}
        for key, mode in event.participants:
            modes_of.setdefault(key, set()).add(mode)
        for key, modes in modes_of.items():
            pair = (name_of(event.key) or "", name_of(key) or "")
            gold_modes = gold.participations.get(pair)
            if gold_modes is not None and modes <= gold_modes and pair not in seen:
                part.tp += 1
                seen.add(pair)
            else:
                part.fp += 1
                part.errors.append(f"false positive: {pair[1]} {sorted(modes)} in {pair[0]}")
    for pair in gold.participations:
        if pair not in seen:
            part.fn += 1
            part.errors.append(f"missed: {pair[1]} in {pair[0]}")
    scores["participation"] = part
    return scores


def _role_text(role: tuple[str | None, str, str | None, frozenset[str]]) -> str:
    person, title, org, qualifiers = role
    extra = f" ({', '.join(sorted(qualifiers))})" if qualifiers else ""
    return f"{person} | {title} | {org}{extra}"


def gold_list_paths(paths: list[Path]) -> list[Path]:
    """The gold lists named: files as given, directories by their ``*.gold.yaml``."""
    found = []
    for path in paths:
        if path.is_dir():
            found.extend(sorted(path.glob("*.gold.yaml")))
        elif path.is_file():
            found.append(path)
        else:
            raise DiplokgError(f"{path}: no such gold list or directory (see --gold)")
    return found


def total(scores: list[dict[str, Score]]) -> dict[str, Score]:
    """The sum of several articles' scores, kind by kind (micro-averaged)."""
    summed: dict[str, Score] = {}
    for by_kind in scores:
        for kind, score in by_kind.items():
            acc = summed.setdefault(kind, Score())
            acc.tp += score.tp
            acc.fp += score.fp
            acc.fn += score.fn
    return summed
