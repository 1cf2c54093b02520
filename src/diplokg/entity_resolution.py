"""Linking extracted entities to the entities the graph already has.

A proposed entity is *existing* when one of its names (label, aliases) has the
match key (:func:`diplokg.extraction_eval.name_key`: diacritics folded, lower case,
punctuation and parentheses dropped, a leading ``báo``/``ông``/``bà`` dropped) of a
name of exactly one curated entity of the same kind: its ``vi`` or ``en`` label, an
alias, an ASCII-folded form; an organisation also by its name with the place's and the
head's forms made one (``UBND TPHCM``, ``UBND TP.HCM``, ``Ủy ban nhân dân Thành phố Hồ Chí
Minh``). Otherwise it is *new*. A new entity is *uncertain* when
it resembles an existing one: a person with the same given name and surname
(``ông Hoan`` and Võ Văn Hoan: title + surname), an organisation whose name is an
existing one's without (or with) the place (``Sở Ngoại vụ`` and ``Sở Ngoại vụ
TP.HCM``). Uncertain entities are listed for the reviewer, never merged silently.

>>> from diplokg.annotations import load_corpus
>>> from diplokg.extraction import extract
>>> from diplokg.project import Project
>>> corpus = load_corpus(Project.locate().curated_dir)
>>> ex = extract("Quyền Giám đốc Sở Ngoại vụ TP.HCM Phạm Dứt Điểm tiếp ông Lê Văn Nam.")
>>> links = resolve_entities(ex, corpus)
>>> links["pham-dut-diem"].id, links["pham-dut-diem"].existing
('pham-dut-diem', True)
>>> links["so-ngoai-vu-tp-hcm"].id, links["le-van-nam"].existing
('so-ngoai-vu-tphcm', False)
>>> links = resolve_entities(extract("Phó Chủ tịch UBND TPHCM Lê Văn Nam phát biểu."), corpus)
>>> links["ubnd-tphcm"].id, links["ubnd-tphcm"].existing
('ubnd-tphcm', True)
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass

from diplokg.annotations import Corpus, Entity
from diplokg.extraction.entity_merging import canonical_organization_name
from diplokg.extraction.lexicon import BARE_LOCALITY_WORDS
from diplokg.extraction.model import Extraction, ProposedEntity
from diplokg.extraction.text_reader import Reader
from diplokg.extraction_eval import gold_kind, name_key
from diplokg.slugs import fold, slugify


@dataclass
class Link:
    """Where a proposed entity goes: an existing id, or a new id (maybe uncertain)."""

    id: str
    existing: bool
    note: str | None = None  # for the reviewer: what it may be


def name_index(corpus: Corpus) -> dict[str, set[str]]:
    """Match key of every name form -> the ids of the entities that have it."""
    index: dict[str, set[str]] = defaultdict(set)
    for entity in corpus.entities.values():
        for form in (entity.vi, entity.en, fold(entity.vi), *entity.aliases, *entity.aliases_en):
            key = name_key(form)
            if key:
                index[key].add(entity.id)
        if gold_kind(entity) == "organization":
            for form in (entity.vi, *entity.aliases):
                index[_organization_key(form)].add(entity.id)
    return index


def _organization_key(name: str) -> str:
    """The key an organisation's name is also compared by: ``UBND TPHCM`` = ``UBND TP.HCM``."""
    return "organization: " + canonical_organization_name(name)


def _resemblance(proposed: ProposedEntity, candidates: list[Entity]) -> Entity | None:
    label = name_key(proposed.label).split()
    for entity in candidates:
        other = name_key(entity.vi).split()
        if proposed.kind == "person" and label and other:
            if label[-1] == other[-1] and (label[0] == other[0] or len(label) == 1):
                return entity
        elif proposed.kind == "organization" and len(label) > 1 and len(other) > 1:
            shorter, longer = sorted((label, other), key=len)
            if longer[: len(shorter)] == shorter:
                return entity
    return None


def _event_dates(corpus: Corpus) -> dict[str, set[str]]:
    """Event id -> the dates its event facts give (lexical forms)."""
    dates: dict[str, set[str]] = defaultdict(set)
    for annotation in corpus.annotations:
        for fact in annotation.facts:
            if fact.kind == "event" and fact.fields.get("date") is not None:
                dates[fact.fields["event"]].add(fact.fields["date"].lexical)
    return dates


def resolve_entities(extraction: Extraction, corpus: Corpus) -> dict[str, Link]:
    """A link for every proposed entity, by its extraction key. An event is linked by its
    name only when its date falls in one the existing event has (2025-08-20 in 2025-08):
    ``Diễn đàn``, ``Đại hội đại biểu lần thứ III`` name a different gathering in every
    other article."""
    index = name_index(corpus)
    event_dates = _event_dates(corpus)
    proposed_dates = {e.key: e.date.date.lexical for e in extraction.events
                      if e.date is not None}
    links: dict[str, Link] = {}
    taken = set(corpus.entities)
    places = [e.label for e in extraction.entities.values()
              if e.kind == "place" and e.type in ("Province", "City")][:4]
    for proposed in extraction.entities.values():
        ids = set()
        for form in (proposed.label, *proposed.aliases):
            ids |= index.get(name_key(form), set())
            if proposed.kind == "organization":
                ids |= index.get(_organization_key(form), set())
        same_kind = [i for i in sorted(ids) if gold_kind(corpus.entities[i]) == proposed.kind]
        mine = proposed_dates.get(proposed.key)
        same_event = proposed.kind != "event" or len(same_kind) == 1 and mine is not None and any(
            mine.startswith(d) or d.startswith(mine) for d in event_dates.get(same_kind[0], ()))
        placeless = proposed.kind == "organization" and named_without_place(proposed.label)
        if placeless and len(same_kind) == 1 and named_without_place(
                corpus.entities[same_kind[0]].vi):
            same_kind = []  # UBND tỉnh of one article is not the UBND tỉnh of another
        if len(same_kind) == 1 and same_event:
            links[proposed.key] = Link(same_kind[0], existing=True, note=(
                f"{proposed.label!r} names no place and was linked to {same_kind[0]} "
                f"({corpus.entities[same_kind[0]].vi}) by its name alone: check the text is "
                f"about that body") if placeless else None)
            continue
        new_id = slugify(proposed.label)[:60].rstrip("-")
        suffix = 2
        while new_id in taken:
            new_id = f"{slugify(proposed.label)[:57].rstrip('-')}-{suffix}"
            suffix += 1
        taken.add(new_id)
        note = None
        if len(same_kind) > 1:
            note = "may be any of: " + ", ".join(same_kind) + "; if so, use that id instead"
        elif same_kind:  # an event of the same name, not known to be on the same date
            dates = ", ".join(sorted(event_dates.get(same_kind[0], set()))) or "no date"
            note = (f"the same name as the existing {same_kind[0]} ({dates}): use that id "
                    f"if it is the same event")
        else:
            kin = [e for e in corpus.entities.values() if gold_kind(e) == proposed.kind]
            similar = _resemblance(proposed, kin)
            if similar is not None:
                note = (f"may be the existing {similar.id} ({similar.vi}); if so, use that id "
                        f"instead")
        if placeless:
            note = ("names no place (which province's or city's?): " + (note or (
                "give it the place the text is about, in its id and its name")))
            if places:
                note += " (the text names " + ", ".join(places) + ")"
        links[proposed.key] = Link(new_id, existing=False, note=note)
    return links


# Local bodies: every province and city has one, so a name with none of its place says
# which only in context (UBND tỉnh, Tỉnh ủy, Sở Ngoại vụ in a Đồng Nai paper).
_LOCAL_HEADS = ("UBND", "HĐND", "Ủy ban nhân dân", "Hội đồng nhân dân", "Sở ", "Tỉnh ủy",
                "Thành ủy", "Tỉnh uỷ", "Thành uỷ", "Tỉnh đoàn", "Thành đoàn", "Văn phòng UBND",
                "Ban Thường vụ", "Đoàn ĐBQH", "Đoàn đại biểu Quốc hội", "đoàn Đại biểu Quốc hội",
                "Liên hiệp các tổ chức hữu nghị", "Liên hiệp các Tổ chức hữu nghị")
_PLACELESS_ENDINGS = tuple(f" {w}" for w in (*BARE_LOCALITY_WORDS, "huyện", "quận"))


def named_without_place(label: str) -> bool:
    """Is ``label`` a local body's name that gives no place (``UBND tỉnh``, ``Tỉnh ủy``,
    ``Sở Ngoại vụ``), so that the same words name another body in another article?

    >>> named_without_place("UBND tỉnh"), named_without_place("Sở Ngoại vụ")
    (True, True)
    >>> named_without_place("UBND TP.HCM"), named_without_place("Bộ Ngoại giao")
    (False, False)
    """
    if label.endswith(_PLACELESS_ENDINGS):
        return True
    if not label.startswith(_LOCAL_HEADS):
        return False
    reader = Reader(label)
    return not any(reader.named_place_at(k) is not None for k in range(len(reader.toks)))


def role_id(corpus: Corpus, title: str) -> str | None:
    """The vocabulary role whose label or alias is ``title`` (folded), if any.

    >>> from diplokg.annotations import load_corpus
    >>> from diplokg.project import Project
    >>> role_id(load_corpus(Project.locate().curated_dir), "Phó Chủ tịch")
    'pho-chu-tich'
    """
    key = name_key(title)
    for (scheme, concept_id), concept in sorted(corpus.concepts.items()):
        if scheme == "roles" and key in {name_key(t) for t in (concept.vi, *concept.aliases)}:
            return concept_id
    return None
