"""Reading and checking the curated annotations (``graph/curated/*.yaml``).

The format is documented in ``graph/curated/README.md``. Everything is checked
here, before any RDF is made: unknown keys, unknown entity references, entity
types, dates, numbers, and that every quoted evidence span really is in the
source text. A fault raises :class:`~diplokg.errors.DiplokgError` naming the file
and line.

>>> from diplokg.project import Project
>>> corpus = load_corpus(Project.locate().curated_dir)
>>> corpus.entities["pham-dut-diem"].vi
'Phạm Dứt Điểm'
"""

from __future__ import annotations

import hashlib
from collections.abc import Sequence
from dataclasses import dataclass, field
from decimal import Decimal, InvalidOperation
from pathlib import Path
from typing import Any

from diplokg.dates import PreciseDate, parse_iso_date
from diplokg.errors import DiplokgError
from diplokg.located_yaml import LocatedDict, LocatedList, LocatedStr, load_yaml
from diplokg.slugs import is_slug
from diplokg.terms import (
    CONCEPT_SCHEMES,
    ENTITY_TYPES,
    PARTICIPATION_MODES,
    PARTNERSHIP_KINDS,
    RELATIONS,
    ROLE_QUALIFIERS,
    VALUE_QUALIFIERS,
)

VOCABULARY_FILE = "vocabulary.yaml"


@dataclass
class Concept:
    scheme: str
    id: str
    vi: str
    en: str
    aliases: list[str] = field(default_factory=list)
    aliases_en: list[str] = field(default_factory=list)
    broader: str | None = None
    definition_en: str | None = None


@dataclass
class Evidence:
    quote: str
    start: int
    end: int


@dataclass
class Entity:
    id: str
    type: str
    vi: str
    en: str
    source_id: str
    path: str
    line: int
    aliases: list[str] = field(default_factory=list)
    aliases_en: list[str] = field(default_factory=list)
    honorific: str | None = None
    description_en: str | None = None
    mention: Evidence | None = None

    @property
    def category(self) -> str:
        return ENTITY_TYPES[self.type][2]


@dataclass
class Fact:
    """One fact record: its kind (``role``, ``event`` ...), checked fields and evidence."""

    kind: str
    fields: dict[str, Any]
    evidence: list[Evidence]
    source_id: str
    path: str
    line: int
    note: str | None = None


@dataclass
class Source:
    id: str
    text_path: Path
    text: str
    sha256: str
    title: str
    publisher: str
    date: PreciseDate
    language: str
    title_en: str | None = None
    date_note: str | None = None
    original_file: str | None = None


@dataclass
class Annotation:
    path: Path
    source: Source
    entity_ids: list[str]
    facts: list[Fact]
    mentioned: set[str] = field(default_factory=set)


@dataclass
class Corpus:
    concepts: dict[tuple[str, str], Concept]
    entities: dict[str, Entity]
    annotations: list[Annotation]

    def concept(self, scheme: str, concept_id: str) -> Concept:
        return self.concepts[(scheme, concept_id)]


# --------------------------------------------------------------------------- helpers


def _fail(message: str, node: Any, key: str | None = None) -> DiplokgError:
    line = None
    if isinstance(node, LocatedDict) and key is not None:
        line = node.key_line(key)
    elif hasattr(node, "line"):
        line = node.line
    return DiplokgError(message, path=getattr(node, "path", None), line=line)


def _mapping(node: Any, what: str) -> LocatedDict:
    if not isinstance(node, LocatedDict):
        raise _fail(f"{what} must be a mapping (key: value lines)", node)
    return node


def _check_keys(node: LocatedDict, allowed: set[str], required: set[str], what: str) -> None:
    for key in node:
        if key not in allowed:
            raise _fail(
                f"unknown key {key!r} in {what}; expected one of: {', '.join(sorted(allowed))}",
                node,
                key,
            )
    for key in sorted(required):
        if key not in node:
            raise _fail(f"{what} lacks the required key {key!r}", node)


def _text(node: LocatedDict, key: str, what: str, required: bool = True) -> str | None:
    if key not in node:
        if required:
            raise _fail(f"{what} lacks the required key {key!r}", node)
        return None
    value = node[key]
    if not isinstance(value, LocatedStr) or not value.strip():
        raise _fail(f"{key!r} in {what} must be a non-empty text", node, key)
    return str(value)


def _list_of_text(node: LocatedDict, key: str, what: str) -> list[LocatedStr]:
    """A key whose value is one text or a list of texts."""
    if key not in node:
        return []
    value = node[key]
    items = value if isinstance(value, LocatedList) else [value]
    for item in items:
        if not isinstance(item, LocatedStr) or not item.strip():
            raise _fail(f"{key!r} in {what} must be a text or a list of texts", node, key)
    return list(items)


def _date(node: LocatedDict, key: str, what: str) -> PreciseDate | None:
    if key not in node:
        return None
    value = node[key]
    if not isinstance(value, LocatedStr):
        raise _fail(f"{key!r} in {what} must be a date", node, key)
    try:
        return parse_iso_date(value)
    except ValueError as exc:
        raise _fail(f"{key!r} does not parse: {exc}", node, key) from None


def _find_quote(quote: LocatedStr, source: Source) -> Evidence:
    start = source.text.find(quote)
    if start < 0:
        raise _fail(
            f"evidence not found verbatim in {source.text_path.name}: {_short(quote)!r}", quote
        )
    return Evidence(str(quote), start, start + len(quote))


def _short(text: str, limit: int = 70) -> str:
    return text if len(text) <= limit else text[: limit - 1] + "…"


# --------------------------------------------------------------------------- vocabulary


def load_vocabulary(path: Path) -> dict[tuple[str, str], Concept]:
    doc = _mapping(load_yaml(path), "the vocabulary file")
    _check_keys(doc, set(CONCEPT_SCHEMES), set(), "the vocabulary file")
    concepts: dict[tuple[str, str], Concept] = {}
    for scheme in CONCEPT_SCHEMES:
        items = doc.get(scheme, LocatedList())
        if not isinstance(items, LocatedList):
            raise _fail(f"{scheme!r} must be a list of concepts", doc, scheme)
        for item in items:
            item = _mapping(item, f"a concept in {scheme!r}")
            what = f"a concept in {scheme!r}"
            _check_keys(
                item,
                {"id", "vi", "en", "aliases", "aliases_en", "broader", "definition_en"},
                {"id", "vi", "en"},
                what,
            )
            concept_id = _text(item, "id", what)
            if not is_slug(concept_id):
                raise _fail(f"id {concept_id!r} is not a slug (a-z, 0-9 and '-')", item, "id")
            if (scheme, concept_id) in concepts:
                raise _fail(f"concept {concept_id!r} is defined twice in {scheme!r}", item, "id")
            concepts[(scheme, concept_id)] = Concept(
                scheme=scheme,
                id=concept_id,
                vi=_text(item, "vi", what),
                en=_text(item, "en", what),
                aliases=[str(a) for a in _list_of_text(item, "aliases", what)],
                aliases_en=[str(a) for a in _list_of_text(item, "aliases_en", what)],
                broader=_text(item, "broader", what, required=False),
                definition_en=_text(item, "definition_en", what, required=False),
            )
    for (scheme, concept_id), concept in concepts.items():
        if concept.broader and (scheme, concept.broader) not in concepts:
            raise DiplokgError(
                f"concept {concept_id!r} has an unknown broader concept {concept.broader!r}",
                path=path,
            )
    return concepts


# --------------------------------------------------------------------------- sources

_SOURCE_KEYS = {
    "id",
    "text",
    "original_file",
    "title",
    "title_en",
    "publisher",
    "date",
    "date_note",
    "language",
}


def _read_source(node: Any, annotation_path: Path) -> Source:
    node = _mapping(node, "'source'")
    what = "'source'"
    _check_keys(node, _SOURCE_KEYS, {"id", "text", "title", "publisher", "date", "language"}, what)
    source_id = _text(node, "id", what)
    if not is_slug(source_id):
        raise _fail(f"source id {source_id!r} is not a slug (a-z, 0-9 and '-')", node, "id")
    text_path = (annotation_path.parent / _text(node, "text", what)).resolve()
    try:
        raw = text_path.read_bytes()
    except OSError:
        raise _fail(f"source text {text_path} cannot be read", node, "text") from None
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError:
        raise _fail(f"source text {text_path} is not UTF-8", node, "text") from None
    return Source(
        id=source_id,
        text_path=text_path,
        text=text,
        sha256=hashlib.sha256(raw).hexdigest(),
        title=_text(node, "title", what),
        title_en=_text(node, "title_en", what, required=False),
        publisher=_text(node, "publisher", what),
        date=_date(node, "date", what),  # type: ignore[arg-type]
        date_note=_text(node, "date_note", what, required=False),
        language=_text(node, "language", what),
        original_file=_text(node, "original_file", what, required=False),
    )


# --------------------------------------------------------------------------- entities

_ENTITY_KEYS = {
    "id",
    "type",
    "vi",
    "en",
    "aliases",
    "aliases_en",
    "mention",
    "honorific",
    "description_en",
}


def _check_review(node: LocatedDict, draft: bool) -> None:
    """``review:`` notes are for drafts; a curated file must have none left."""
    if "review" in node and not draft:
        raise _fail(
            "unresolved review note (a draft's `review:`): resolve it and delete the key",
            node,
            "review",
        )


def _read_entity(node: Any, source: Source, path: Path, draft: bool = False) -> Entity:
    node = _mapping(node, "an entity")
    what = "an entity"
    _check_review(node, draft)
    _check_keys(node, _ENTITY_KEYS | {"review"}, {"id", "type", "vi", "en"}, what)
    entity_id = _text(node, "id", what)
    if not is_slug(entity_id):
        raise _fail(f"entity id {entity_id!r} is not a slug (a-z, 0-9 and '-')", node, "id")
    entity_type = _text(node, "type", what)
    if entity_type not in ENTITY_TYPES:
        raise _fail(
            f"unknown entity type {entity_type!r}; expected one of: {', '.join(ENTITY_TYPES)}",
            node,
            "type",
        )
    vi = _text(node, "vi", what)
    mention_text = node.get("mention", node["vi"])
    return Entity(
        id=entity_id,
        type=entity_type,
        vi=vi,
        en=_text(node, "en", what),
        source_id=source.id,
        path=str(path),
        line=node.line,
        aliases=[str(a) for a in _list_of_text(node, "aliases", what)],
        aliases_en=[str(a) for a in _list_of_text(node, "aliases_en", what)],
        honorific=_text(node, "honorific", what, required=False),
        description_en=_text(node, "description_en", what, required=False),
        mention=_find_quote(mention_text, source),
    )


# --------------------------------------------------------------------------- facts

# For each fact kind: allowed keys -> how to check the value.
#   ("ref", categories, many)       entity reference(s) of these categories ("any" for all)
#   ("concept", scheme, many)       concept reference(s) in a vocabulary scheme
#   ("enum", table, many)           word(s) from a fixed table
#   ("date",) ("text",) ("decimal",) ("term",)
_REF_AGENT = ("agent", "agent+place")
_REF_PLACE = ("place", "agent+place")
_FACT_SPECS: dict[str, dict[str, tuple]] = {
    "role": {
        "person": ("ref", ("agent",), False),
        "role": ("concept", "roles", False),
        "organization": ("ref", _REF_AGENT, False),
        "qualifiers": ("enum", ROLE_QUALIFIERS, True),
        "as_written": ("text",),
        "start": ("date",),
        "end": ("date",),
    },
    "relation": {
        "subject": ("ref", "any", True),
        "relation": ("enum", RELATIONS, False),
        "object": ("ref-or-concept", "any", True),
    },
    "document": {
        "document": ("ref", ("document",), False),
        "number": ("text",),
        "issuer": ("ref", _REF_AGENT, True),
        "date": ("date",),
        "topics": ("concept", "topics", True),
        "adopted_at": ("ref", ("event",), False),
    },
    "event": {
        "event": ("ref", ("event", "event-series"), False),
        "date": ("date",),
        "end_date": ("date",),
        "as_written": ("text",),
        "date_note": ("text",),
        "place": ("ref", _REF_PLACE, True),
        "organizer": ("ref", _REF_AGENT, True),
        "series": ("ref", ("event-series",), False),
        "term": ("term",),
        "topics": ("concept", "topics", True),
        "resulting_unit": ("ref", ("agent+place",), False),
        "merged_units": ("ref", ("agent+place",), True),
    },
    "participation": {
        "event": ("ref", ("event", "event-series"), False),
        "participant": ("ref", _REF_AGENT, True),
        "modes": ("enum", PARTICIPATION_MODES, True),
    },
    "partnership": {
        "kind": ("enum", PARTNERSHIP_KINDS, False),
        "partners": ("ref", "any", True),
        "since": ("date",),
    },
    "recommendation": {
        "by": ("ref", _REF_AGENT, False),
        "to": ("ref", _REF_AGENT, False),
        "partners": ("ref", "any", True),
        "topics": ("concept", "topics", True),
    },
    "observation": {
        "subject": ("ref", "any", False),
        "indicator": ("concept", "indicators", False),
        "value": ("decimal",),
        "unit": ("concept", "units", False),
        "qualifier": ("enum", VALUE_QUALIFIERS, False),
        "period": ("date",),
        "as_of": ("date",),
        "stated": ("text",),
    },
    "photo": {
        "caption": ("text",),
        "photographer": ("ref", ("agent",), False),
        "credit": ("text",),
        "depicts": ("ref", "any", True),
    },
}
_REQUIRED: dict[str, set[str]] = {
    "role": {"person", "role", "organization"},
    "relation": {"subject", "relation", "object"},
    "document": {"document"},
    "event": {"event"},
    "participation": {"event", "participant", "modes"},
    "partnership": {"kind", "partners"},
    "recommendation": {"by", "to"},
    "observation": {"subject", "indicator", "value", "unit", "stated"},
    "photo": {"caption"},
}


class _Resolver:
    """Checks references once every file's entities are known."""

    def __init__(self, corpus: Corpus) -> None:
        self.corpus = corpus

    def entity(self, value: LocatedStr, categories: Any, what: str) -> str:
        entity = self.corpus.entities.get(str(value))
        if entity is None:
            raise _fail(f"unknown entity {str(value)!r} in {what}", value)
        if categories != "any" and entity.category not in categories:
            raise _fail(f"{str(value)!r} is a {entity.type}, which cannot be used in {what}", value)
        return entity.id

    def concept(self, value: LocatedStr, scheme: str, what: str) -> str:
        if (scheme, str(value)) not in self.corpus.concepts:
            raise _fail(
                f"unknown {scheme[:-1]} {str(value)!r} in {what} (see vocabulary.yaml)", value
            )
        return str(value)


def _check_fact_value(
    node: LocatedDict, key: str, spec: tuple, resolver: _Resolver, what: str
) -> Any:
    kind = spec[0]
    raw = node[key]
    where = f"{key!r} of {what}"
    if kind in ("ref", "concept", "enum", "ref-or-concept"):
        many = spec[2]
        items = raw if isinstance(raw, LocatedList) else [raw]
        if isinstance(raw, LocatedList) and not many:
            raise _fail(f"{where} takes one value, not a list", node, key)
        if not items:
            raise _fail(f"{where} is an empty list", node, key)
        values = []
        for item in items:
            if not isinstance(item, LocatedStr):
                raise _fail(f"{where} must be an id or a list of ids", node, key)
            if kind == "ref":
                values.append(resolver.entity(item, spec[1], where))
            elif kind == "concept":
                values.append(resolver.concept(item, spec[1], where))
            elif kind == "ref-or-concept":
                if str(item) in resolver.corpus.entities:
                    values.append(("entity", str(item)))
                elif ("topics", str(item)) in resolver.corpus.concepts:
                    values.append(("topics", str(item)))
                else:
                    raise _fail(f"unknown entity or topic {str(item)!r} in {where}", item)
            else:
                table = spec[1]
                if str(item) not in table:
                    raise _fail(
                        f"unknown value {str(item)!r} in {where}; expected one of: "
                        + ", ".join(table),
                        item,
                    )
                values.append(str(item))
        return values if many else values[0]
    if kind == "date":
        return _date(node, key, what)
    if kind == "text":
        return _text(node, key, what)
    if kind == "decimal":
        text = _text(node, key, what)
        try:
            number = Decimal(text)
        except InvalidOperation:
            raise _fail(
                f"{where} is not a number: {text!r} (write 7.17, not 7,17)", node, key
            ) from None
        if not number.is_finite():
            raise _fail(f"{where} is not a finite number", node, key)
        return number
    if kind == "term":
        text = _text(node, key, what)
        parts = text.split("/")
        try:
            start, end = (parse_iso_date(p) for p in parts) if len(parts) == 2 else (None, None)
        except ValueError as exc:
            raise _fail(f"{where} does not parse: {exc}", node, key) from None
        if start is None or end is None:
            raise _fail(f"{where} must be START/END, e.g. 2025/2030", node, key)
        return (start, end)
    raise AssertionError(kind)  # pragma: no cover


def _read_fact(
    node: Any, source: Source, path: Path, resolver: _Resolver, draft: bool = False
) -> Fact:
    node = _mapping(node, "a fact")
    _check_review(node, draft)
    kind = _text(node, "type", "a fact")
    if kind not in _FACT_SPECS:
        raise _fail(
            f"unknown fact type {kind!r}; expected one of: {', '.join(_FACT_SPECS)}", node, "type"
        )
    what = f"a {kind} fact"
    spec = _FACT_SPECS[kind]
    allowed = set(spec) | {"type", "evidence", "note", "review"}
    required = set(_REQUIRED[kind]) | ({"evidence"} if kind != "photo" else set())
    _check_keys(node, allowed, required, what)
    fields = {
        key: _check_fact_value(node, key, spec[key], resolver, what) for key in spec if key in node
    }
    if kind == "photo":
        if "photographer" not in fields and "credit" not in fields:
            raise _fail("a photo fact needs a photographer or a credit", node)
        quotes = [node["caption"]]
    else:
        quotes = _list_of_text(node, "evidence", what)
        if not quotes:
            raise _fail(f"{what} has no evidence", node, "evidence")
    if kind == "observation":
        if "period" not in fields and "as_of" not in fields:
            raise _fail("an observation needs a period or an as_of date", node)
        stated = fields["stated"]
        if not any(stated in quote for quote in quotes):
            raise _fail(f"'stated' {stated!r} is not part of the evidence quoted", node, "stated")
    if kind == "partnership" and len(fields["partners"]) < 2:
        raise _fail("a partnership needs at least two partners", node, "partners")
    return Fact(
        kind=kind,
        fields=fields,
        evidence=[_find_quote(q, source) for q in quotes],
        source_id=source.id,
        path=str(path),
        line=node.line,
        note=_text(node, "note", what, required=False),
    )


# --------------------------------------------------------------------------- corpus


def annotation_files(curated_dir: Path) -> list[Path]:
    """The per-source annotation files, in a stable order."""
    return sorted(p for p in curated_dir.glob("*.yaml") if p.name != VOCABULARY_FILE)


def load_corpus(curated_dir: Path, drafts: Sequence[Path] = ()) -> Corpus:
    """Read and check the vocabulary and every annotation in ``curated_dir``.

    ``drafts`` are annotation files from elsewhere (``graph/drafts/``) read with the
    others, as ``diplokg review`` does: they may carry ``review:`` notes, which a
    curated file may not.
    """
    curated_dir = Path(curated_dir)
    if not curated_dir.is_dir():
        raise DiplokgError("no such directory", path=curated_dir)
    concepts = load_vocabulary(curated_dir / VOCABULARY_FILE)
    corpus = Corpus(concepts=concepts, entities={}, annotations=[])
    documents = []
    sources_seen: dict[str, Path] = {}
    # Pass 1: sources and entities of every file, so that facts may refer across files.
    draft_paths = {Path(d).resolve() for d in drafts}
    for path in [*annotation_files(curated_dir), *(Path(d) for d in drafts)]:
        doc = _mapping(load_yaml(path), "an annotation file")
        draft = path.resolve() in draft_paths
        _check_review(doc, draft)
        _check_keys(
            doc, {"source", "entities", "facts", "review"}, {"source"}, "an annotation file"
        )
        source = _read_source(doc["source"], path)
        if source.id in sources_seen:
            raise _fail(
                f"source id {source.id!r} is already used by {sources_seen[source.id].name}",
                doc["source"],
            )
        sources_seen[source.id] = path
        entity_ids = []
        entities = doc.get("entities", LocatedList())
        if not isinstance(entities, LocatedList):
            raise _fail("'entities' must be a list", doc, "entities")
        for node in entities:
            entity = _read_entity(node, source, path, draft)
            if entity.id in corpus.entities:
                first = corpus.entities[entity.id]
                raise _fail(
                    f"entity {entity.id!r} is already defined in "
                    f"{Path(first.path).name} line {first.line}",
                    node,
                    "id",
                )
            corpus.entities[entity.id] = entity
            entity_ids.append(entity.id)
        documents.append((path, doc, source, entity_ids, draft))
    # Pass 2: facts, with every reference checked.
    resolver = _Resolver(corpus)
    for path, doc, source, entity_ids, draft in documents:
        facts_node = doc.get("facts", LocatedList())
        if not isinstance(facts_node, LocatedList):
            raise _fail("'facts' must be a list", doc, "facts")
        facts = [_read_fact(node, source, path, resolver, draft) for node in facts_node]
        if source.publisher not in corpus.entities:
            raise _fail(f"unknown publisher {source.publisher!r}: define it under `entities:` "
                        f"(type Newspaper) in this file or another curated one",
                        doc["source"], "publisher")
        annotation = Annotation(path=path, source=source, entity_ids=entity_ids, facts=facts)
        annotation.mentioned = set(entity_ids) | _referenced_entities(facts, corpus)
        corpus.annotations.append(annotation)
    return corpus


def _referenced_entities(facts: list[Fact], corpus: Corpus) -> set[str]:
    found: set[str] = set()
    for fact in facts:
        for key, value in fact.fields.items():
            spec = _FACT_SPECS[fact.kind][key]
            if spec[0] == "ref":
                found.update(value if isinstance(value, list) else [value])
            elif spec[0] == "ref-or-concept":
                found.update(v for scheme, v in value if scheme == "entity")
    return found
