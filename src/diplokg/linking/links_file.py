"""The reviewed links file, ``graph/links/links.yaml``: reading, checking, appending.

The file holds three lists: ``reference_sources`` (official or authoritative pages used
to check facts), ``documents`` (official records of legal documents: number, date,
issuer, title, ELI-like identifier, each with quoted evidence), and ``links`` (one per
entity and external dataset, with who made it, how it was checked and how sure it is).
Every error names the file and line.

>>> from diplokg.project import Project
>>> links = load_links(Project.locate())
>>> [link.id for link in links.links if link.entity == "viet-nam"]
['Q881']
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from pathlib import Path

from diplokg.errors import DiplokgError
from diplokg.project import Project

LINKS_FILE = Path("graph/links/links.yaml")
DATASETS = {
    "wikidata": ("http://www.wikidata.org/entity/", re.compile(r"^Q[1-9][0-9]*$")),
    "geonames": ("https://sws.geonames.org/", re.compile(r"^[1-9][0-9]*$")),
}
METHODS = ("record-extract", "reviewed-proposal")
# Ids only corroborated by third parties were not checked against the record: they wait
# in graph/links/candidates.yaml (never compiled) until someone checks them.
UNCHECKED_METHODS = ("corroborated",)
CONFIDENCES = ("high", "medium")
_DATE = re.compile(r"^\d{4}-\d{2}-\d{2}$")
_ELI = re.compile(r"^[a-z]{2}/[a-z0-9-]+/\d{4}/[0-9a-z-]+$")


@dataclass(frozen=True)
class Evidence:
    where: str
    quote: str


@dataclass(frozen=True)
class Link:
    entity: str
    dataset: str
    id: str
    method: str
    confidence: str
    made_by: str
    evidence: tuple[Evidence, ...]
    note: str | None = None
    line: int = 0

    @property
    def target(self) -> str:
        """The external IRI, e.g. ``http://www.wikidata.org/entity/Q881``."""
        base = DATASETS[self.dataset][0]
        return f"{base}{self.id}/" if self.dataset == "geonames" else base + self.id


@dataclass(frozen=True)
class ReferenceSource:
    id: str
    url: str
    name: str
    publisher: str
    consulted: str
    official: bool
    published: str | None = None


@dataclass(frozen=True)
class DocumentRecord:
    entity: str
    number: str
    date: str
    issuer: str
    title: str
    title_en: str | None
    eli: str
    confidence: str
    evidence: tuple[tuple[str, str], ...]  # (reference source id, quote)
    note: str | None = None


@dataclass
class LinksFile:
    path: Path
    reviewer: str = ""
    reviewed: str = ""
    reference_sources: dict[str, ReferenceSource] = field(default_factory=dict)
    documents: list[DocumentRecord] = field(default_factory=list)
    links: list[Link] = field(default_factory=list)

    def linked(self, entity: str, dataset: str | None = None) -> list[Link]:
        return [
            x for x in self.links if x.entity == entity and dataset in (None, x.dataset)
        ]


def _need(record: dict, key: str, path: Path) -> str:
    value = record.get(key)
    if value is None or (isinstance(value, str) and not value.strip()):
        raise DiplokgError(f"missing {key!r}", path=path, line=getattr(record, "line", None))
    if not isinstance(value, str):
        raise DiplokgError(f"{key!r} must be text", path=path, line=record.key_line(key))
    return value


def _check_keys(record: dict, allowed: set[str], path: Path) -> None:
    if not isinstance(record, dict):
        raise DiplokgError("expected a mapping", path=path, line=getattr(record, "line", None))
    for key in record:
        if key not in allowed:
            raise DiplokgError(
                f"unknown key {key!r} (allowed: {', '.join(sorted(allowed))})",
                path=path,
                line=record.key_line(key),
            )


def _choice(record: dict, key: str, allowed: tuple[str, ...] | dict, path: Path) -> str:
    """A required value that must be one of ``allowed``."""
    value = _need(record, key, path)
    if value not in allowed:
        raise DiplokgError(
            f"unknown {key} {value!r} (use {', '.join(allowed)})",
            path=path,
            line=record.key_line(key),
        )
    return value


def _parse_link(record: dict, path: Path, entities: set[str] | None) -> Link:
    _check_keys(
        record,
        {"entity", "dataset", "id", "method", "confidence", "made_by", "evidence", "note"},
        path,
    )
    entity = _need(record, "entity", path)
    if entities is not None and entity not in entities:
        raise DiplokgError(f"unknown entity {entity!r}", path=path, line=record.key_line("entity"))
    dataset = _choice(record, "dataset", DATASETS, path)
    ident = _need(record, "id", path)
    if not DATASETS[dataset][1].match(ident):
        raise DiplokgError(
            f"{ident!r} is not a {dataset} id", path=path, line=record.key_line("id")
        )
    if record.get("method") in UNCHECKED_METHODS:
        raise DiplokgError(
            f"a {record['method']} id was not checked against the record: keep it in "
            "graph/links/candidates.yaml until it is",
            path=path,
            line=record.key_line("method"),
        )
    method = _choice(record, "method", METHODS, path)
    confidence = _choice(record, "confidence", CONFIDENCES, path)
    items = record.get("evidence") or []
    if not isinstance(items, list) or not items:
        raise DiplokgError("a link needs evidence (where, quote)", path=path, line=record.line)
    evidence = []
    for item in items:
        _check_keys(item, {"where", "quote"}, path)
        evidence.append(Evidence(_need(item, "where", path), _need(item, "quote", path)))
    return Link(
        entity,
        dataset,
        ident,
        method,
        confidence,
        _need(record, "made_by", path),
        tuple(evidence),
        record.get("note"),
        record.line,
    )


def _date(record: dict, key: str, path: Path) -> str:
    value = _need(record, key, path)
    if not _DATE.match(value):
        raise DiplokgError(
            f"{key} must be a date YYYY-MM-DD, not {value!r}", path=path, line=record.key_line(key)
        )
    return value


def parse_links_file(path: Path, entities: set[str] | None = None) -> LinksFile:
    """Read and check a links file; ``entities`` (curated ids) are checked when given."""
    from diplokg.located_yaml import load_yaml

    data = load_yaml(path)
    if data is None:
        return LinksFile(path)
    _check_keys(data, {"reviewer", "reviewed", "reference_sources", "documents", "links"}, path)
    result = LinksFile(path, str(data.get("reviewer", "")), str(data.get("reviewed", "")))
    for record in data.get("reference_sources") or []:
        _check_keys(
            record,
            {"id", "url", "name", "publisher", "published", "consulted", "official"},
            path,
        )
        ident = _need(record, "id", path)
        if ident in result.reference_sources:
            raise DiplokgError(f"duplicate reference source {ident!r}", path=path, line=record.line)
        url = _need(record, "url", path)
        if not url.startswith(("https://", "http://")):
            raise DiplokgError("url must be http(s)", path=path, line=record.key_line("url"))
        result.reference_sources[ident] = ReferenceSource(
            ident,
            url,
            _need(record, "name", path),
            _need(record, "publisher", path),
            _date(record, "consulted", path),
            str(record.get("official", "false")).lower() == "true",
            _date(record, "published", path) if record.get("published") else None,
        )
    for record in data.get("documents") or []:
        _check_keys(
            record,
            {"entity", "number", "date", "issuer", "title", "title_en", "eli", "confidence",
             "evidence", "note"},
            path,
        )
        for key in ("entity", "issuer"):
            value = _need(record, key, path)
            if entities is not None and value not in entities:
                raise DiplokgError(
                    f"unknown entity {value!r}", path=path, line=record.key_line(key)
                )
        eli = _need(record, "eli", path)
        if not _ELI.match(eli):
            raise DiplokgError(
                f"eli must look like vn/nq-tw/2024/57, not {eli!r}",
                path=path,
                line=record.key_line("eli"),
            )
        evidence = []
        for item in record.get("evidence") or []:
            _check_keys(item, {"source", "quote"}, path)
            source = _need(item, "source", path)
            if source not in result.reference_sources:
                raise DiplokgError(
                    f"unknown reference source {source!r}", path=path, line=item.key_line("source")
                )
            evidence.append((source, _need(item, "quote", path)))
        if not evidence:
            raise DiplokgError("a document record needs evidence", path=path, line=record.line)
        confidence = _choice(record, "confidence", CONFIDENCES, path)
        result.documents.append(
            DocumentRecord(
                record["entity"],
                _need(record, "number", path),
                _date(record, "date", path),
                record["issuer"],
                _need(record, "title", path),
                record.get("title_en"),
                eli,
                confidence,
                tuple(evidence),
                record.get("note"),
            )
        )
    seen: dict[tuple[str, str], int] = {}
    for record in data.get("links") or []:
        link = _parse_link(record, path, entities)
        key = (link.entity, link.dataset)
        if key in seen:
            raise DiplokgError(
                f"{link.entity} already has a {link.dataset} link (line {seen[key]})",
                path=path,
                line=record.line,
            )
        seen[key] = record.line
        result.links.append(link)
    return result


def links_path(project: Project) -> Path:
    return project.root / LINKS_FILE


def load_links(project: Project, *, check_entities: bool = True) -> LinksFile:
    """The project's links file, checked against the curated entity ids (empty if absent)."""
    path = links_path(project)
    if not path.is_file():
        return LinksFile(path)
    entities = None
    if check_entities:
        from diplokg.annotations import load_corpus

        entities = set(load_corpus(project.curated_dir).entities)
    return parse_links_file(path, entities)


def _yaml_text(value: str) -> str:
    import json

    return json.dumps(value, ensure_ascii=False)


def link_yaml(link: Link) -> str:
    """One link as the YAML block that :func:`append_links` writes."""
    lines = [
        f"  - entity: {link.entity}",
        f"    dataset: {link.dataset}",
        f"    id: {link.id}",
        f"    method: {link.method}",
        f"    confidence: {link.confidence}",
        f"    made_by: {_yaml_text(link.made_by)}",
    ]
    if link.note:
        lines.append(f"    note: {_yaml_text(link.note)}")
    lines.append("    evidence:")
    for ev in link.evidence:
        lines.append(f"      - where: {_yaml_text(ev.where)}")
        lines.append(f"        quote: {_yaml_text(ev.quote)}")
    return "\n".join(lines) + "\n"


def append_links(path: Path, new: list[Link], entities: set[str] | None = None) -> LinksFile:
    """Append links at the end of the ``links`` list (the last key of the file), atomically.

    The result is parsed again before it is written, so a duplicate or a bad id leaves the
    file as it was.
    """
    import tempfile

    from diplokg.atomic_files import write_atomically

    text = path.read_text(encoding="utf-8") if path.is_file() else "links:\n"
    if not re.search(r"^links:", text, re.M):
        text = text.rstrip("\n") + "\n\nlinks:\n"
    text = text.rstrip("\n") + "\n" + "".join(link_yaml(link) for link in new)
    with tempfile.TemporaryDirectory() as tmp:
        trial = Path(tmp) / path.name
        trial.write_text(text, encoding="utf-8")
        try:
            parse_links_file(trial, entities)
        except DiplokgError as exc:
            raise DiplokgError(f"applying would make the links file invalid: {exc.message}",
                               path=path, line=exc.line) from None
    write_atomically(path, text.encode("utf-8"))
    return parse_links_file(path, entities)
