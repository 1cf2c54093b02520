"""Scoring the extractor against the curated annotations: precision and recall.

For each source with a curated annotation, the extractor runs on the source text
(with no knowledge of the graph: no entity resolution, so nothing is learnt from the
annotation being scored) and its proposals are compared with the annotation.

Matching (the extractor cannot know the curated ids):

- **Entities.** The gold entities of a source are those its annotation *mentions*
  (defines, or uses in a fact). Every entity has *name forms*: for a gold entity its
  ``vi`` and ``en`` labels, aliases and the quoted ``mention``; for a predicted one its
  label, aliases and the texts of its mentions. A form is compared by its match key
  (:func:`diplokg.slugs.match_key`: diacritics folded, lower case) after removing
  parentheses and punctuation. A predicted entity matches a gold entity of the same
  kind when they share a form. Events are named too loosely for that: a predicted
  event matches a gold event when one of its mention spans overlaps the gold
  event's mention or the evidence of a gold ``event``/``participation`` fact about
  it. Matching is one-to-one (greedy in text order); unmatched predictions are false
  positives, unmatched gold entities false negatives.
- **Kinds**: person (``Person``), organization (the organisation types), place,
  event (events and event series), document (documents and programmes), group.
- **Role holdings**: a predicted (person, role, organisation) is correct when a gold
  ``role`` fact has a matched person, the same title (the role's ``vi`` label or an
  alias, folded) and a matched organisation.
- **Event participation**: a predicted (event, participant) is correct when a gold
  ``participation`` fact has a matched participant and its evidence overlaps the
  predicted participation's evidence or the predicted event's span.

The rules were developed on :data:`DEVELOPMENT_SOURCES` only; the other sources are
held out, and their scores are reported separately.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from diplokg.annotations import Annotation, Corpus, Entity
from diplokg.extraction import extract
from diplokg.extraction.model import KINDS, Extraction, ProposedEntity, Span
from diplokg.slugs import match_key

DEVELOPMENT_SOURCES = frozenset({"plo-2025-10-17-nhung-net-son-doi-ngoai"})

_CATEGORY_KIND = {
    "agent": "organization",
    "place": "place",
    "agent+place": "place",
    "event": "event",
    "event-series": "event",
    "document": "document",
}


def gold_kind(entity: Entity) -> str:
    """The evaluation kind of a curated entity."""
    if entity.type == "Person":
        return "person"
    if entity.type == "Group":
        return "group"
    if entity.type == "Programme":
        return "document"
    return _CATEGORY_KIND.get(entity.category, entity.category)


def name_key(text: str) -> str:
    """The key a name form is compared by.

    >>> name_key("Trung tâm Cách mạng Công nghiệp lần thứ tư (C4IR)")
    'trung tam cach mang cong nghiep lan thu tu'
    >>> name_key("báo Pháp Luật TP.HCM") == name_key("Pháp Luật TP.HCM")
    True
    """
    text = re.sub(r"\([^)]*\)", " ", text)
    text = re.sub(r"^(?:báo|ông|bà)\s+", "", text.strip(), flags=re.I)
    return match_key(re.sub(r"[^\w]+", " ", text))


@dataclass
class Score:
    tp: int = 0
    fp: int = 0
    fn: int = 0
    errors: list[str] = field(default_factory=list)

    @property
    def precision(self) -> float | None:
        return self.tp / (self.tp + self.fp) if self.tp + self.fp else None

    @property
    def recall(self) -> float | None:
        return self.tp / (self.tp + self.fn) if self.tp + self.fn else None


def _gold_forms(entity: Entity) -> set[str]:
    forms = {entity.vi, entity.en, *entity.aliases, *entity.aliases_en}
    if entity.mention:
        forms.add(entity.mention.quote)
    return {name_key(f) for f in forms} - {""}


def _predicted_forms(entity: ProposedEntity, strong: bool) -> set[str]:
    forms = {entity.label, *entity.aliases}
    if not strong:
        forms.update(m.text for m in entity.mentions)
    return {name_key(f) for f in forms} - {""}


def _event_spans(corpus: Corpus, annotation: Annotation, entity_id: str) -> list[Span]:
    spans = []
    entity = corpus.entities[entity_id]
    if entity.mention and entity.source_id == annotation.source.id:
        spans.append(Span(entity.mention.start, entity.mention.end, entity.mention.quote))
    for fact in annotation.facts:
        if fact.kind in ("event", "participation") and fact.fields.get("event") == entity_id:
            spans.extend(Span(e.start, e.end, e.quote) for e in fact.evidence)
    return spans


def match_one_to_one(extraction: Extraction, candidates: list, hit) -> dict:
    """Predicted key -> gold candidate, one to one, in text order.

    A first pass matches on labels and aliases (``hit(predicted, candidate, True)``), a
    second on the texts of the mentions for what is left (``strong=False``).
    """
    matched: dict = {}
    taken: set[int] = set()
    ordered = sorted(extraction.entities.values(), key=lambda e: e.mentions[0].start)
    for predicted, strong in [(p, True) for p in ordered] + [(p, False) for p in ordered]:
        if predicted.key in matched:
            continue
        for n, candidate in enumerate(candidates):
            if n not in taken and hit(predicted, candidate, strong):
                matched[predicted.key] = candidate
                taken.add(n)
                break
    return matched


def match_entities(
    corpus: Corpus, annotation: Annotation, extraction: Extraction
) -> tuple[dict[str, str], dict[str, Score]]:
    """Predicted key -> gold id for the matched entities, and a score per kind."""
    gold = [corpus.entities[i] for i in sorted(annotation.mentioned)]
    scores = {kind: Score() for kind in KINDS}
    def hit(predicted: ProposedEntity, candidate: Entity, strong: bool) -> bool:
        if gold_kind(candidate) != predicted.kind:
            return False
        if predicted.kind == "event":
            spans = _event_spans(corpus, annotation, candidate.id)
            return any(m.overlaps(s) for m in predicted.mentions for s in spans)
        return bool(_predicted_forms(predicted, strong) & _gold_forms(candidate))

    pairs = match_one_to_one(extraction, gold, hit)
    matched = {key: candidate.id for key, candidate in pairs.items()}
    taken = set(matched.values())
    for predicted in extraction.entities.values():
        score = scores[predicted.kind]
        if predicted.key in matched:
            score.tp += 1
        else:
            score.fp += 1
            score.errors.append(f"false positive: {predicted.label}")
    for entity in gold:
        if entity.id not in taken:
            scores[gold_kind(entity)].fn += 1
            scores[gold_kind(entity)].errors.append(f"missed: {entity.vi}")
    return matched, scores


def _role_titles(corpus: Corpus, role_id: str) -> set[str]:
    concept = corpus.concept("roles", role_id)
    return {name_key(t) for t in (concept.vi, *concept.aliases)}


def score_roles(
    corpus: Corpus, annotation: Annotation, extraction: Extraction, matched: dict[str, str]
) -> Score:
    """Role holdings: (person, title, organisation) against the gold ``role`` facts."""
    gold = {
        (f.fields["person"], f.fields["role"], f.fields["organization"])
        for f in annotation.facts
        if f.kind == "role"
    }
    predicted = set()
    for role in extraction.roles:
        org = matched.get(role.organization or "", role.organization)
        predicted.add((matched.get(role.person, role.person), name_key(role.title), org))
    score = Score()
    found = set()
    for person, title, org in sorted(predicted, key=str):
        hit = next(
            (g for g in gold
             if g[0] == person and g[2] == org and title in _role_titles(corpus, g[1])),
            None,
        )
        if hit:
            found.add(hit)
            score.tp += 1
        else:
            score.fp += 1
            score.errors.append(f"false positive: {person} {title} {org}")
    for g in sorted(gold - found):
        score.fn += 1
        score.errors.append(f"missed: {g[0]} {g[1]} {g[2]}")
    return score


def score_participation(
    annotation: Annotation, extraction: Extraction, matched: dict[str, str]
) -> Score:
    """Event participation: (event, participant) against the gold ``participation`` facts."""
    gold = []
    for fact in annotation.facts:
        if fact.kind == "participation":
            spans = [Span(e.start, e.end, e.quote) for e in fact.evidence]
            gold.extend((fact.fields["event"], p, spans) for p in fact.fields["participant"])
    score = Score()
    found = set()
    for event in extraction.events:
        spans = [s for s in (event.evidence, event.span) if s is not None]
        for key, _mode in event.participants:
            participant = matched.get(key, key)
            hit = next(
                (i for i, (_e, p, gspans) in enumerate(gold)
                 if i not in found and p == participant
                 and any(s.overlaps(g) for s in spans for g in gspans)),
                None,
            )
            if hit is None:
                score.fp += 1
                score.errors.append(f"false positive: {participant} in {event.label}")
            else:
                found.add(hit)
                score.tp += 1
    for i, (event_id, participant, _spans) in enumerate(gold):
        if i not in found:
            score.fn += 1
            score.errors.append(f"missed: {participant} in {event_id}")
    return score


def evaluate_source(corpus: Corpus, annotation: Annotation) -> dict[str, Score]:
    """Scores per entity kind, ``role holdings`` and ``participation`` for one source."""
    extraction = extract(annotation.source.text, reference_year=annotation.source.date.year)
    matched, scores = match_entities(corpus, annotation, extraction)
    scores["role holdings"] = score_roles(corpus, annotation, extraction, matched)
    scores["participation"] = score_participation(annotation, extraction, matched)
    return scores


def evaluate(corpus: Corpus, sources: set[str] | None = None) -> dict[str, dict[str, Score]]:
    """Scores of every annotated source (or of ``sources``), by source id (development
    ones first).

    >>> from diplokg.annotations import load_corpus
    >>> from diplokg.project import Project
    >>> scores = evaluate(load_corpus(Project.locate().curated_dir))
    >>> scores["plo-2025-10-17-nhung-net-son-doi-ngoai"]["person"].recall
    1.0
    """
    ordered = sorted(corpus.annotations, key=lambda a: (a.source.id not in DEVELOPMENT_SOURCES,
                                                        a.source.id))
    return {a.source.id: evaluate_source(corpus, a) for a in ordered
            if sources is None or a.source.id in sources}


def _fmt(value: float | None) -> str:
    return "   -" if value is None else f"{value:.2f}"


def format_scores(scores: dict[str, dict[str, Score]], errors: bool = False,
                  splits: dict[str, str] | None = None) -> str:
    """A text table: one block per source, marked development or held out (or as
    ``splits`` says)."""
    lines = []
    for source_id, by_kind in scores.items():
        split = (splits or {}).get(source_id) or (
            "development" if source_id in DEVELOPMENT_SOURCES else "held out")
        lines.append(f"{source_id} ({split})")
        lines.append(f"  {'':15} {'prec':>5} {'rec':>5} {'tp':>4} {'fp':>4} {'fn':>4}")
        for kind, score in by_kind.items():
            lines.append(
                f"  {kind:15} {_fmt(score.precision):>5} {_fmt(score.recall):>5} "
                f"{score.tp:4d} {score.fp:4d} {score.fn:4d}"
            )
            if errors:
                lines.extend(f"      {e}" for e in score.errors)
        lines.append("")
    return "\n".join(lines)
