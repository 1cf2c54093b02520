"""``diplokg ingest``: a new article -> its text in graph/sources/ and a DRAFT annotation.

The draft is written to ``graph/drafts/ID.yaml`` in the curated format
(``graph/curated/README.md``). ``diplokg build`` reads only ``graph/curated/``, so a
draft never enters the graph until a person has reviewed it (``diplokg review``),
resolved its ``review:`` notes and moved it to ``graph/curated/``; a file there that
still has ``review:`` notes is refused by the build.

In the draft: entities the graph already has are referred to by id (listed in a
comment), new ones are defined (marked ``# new``), uncertain ones carry a ``review:``
note; each fact quotes its evidence verbatim. A figure for which another source
states a different value becomes a second observation with a note; nothing is
overwritten.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass
from pathlib import Path

from diplokg.annotations import Corpus, load_corpus
from diplokg.article_input import ArticleInput
from diplokg.atomic_files import write_atomically
from diplokg.dates import PreciseDate, parse_iso_date
from diplokg.entity_resolution import Link, name_index, resolve_entities, role_id
from diplokg.errors import DiplokgError, ExtractionFailed
from diplokg.extraction import extract
from diplokg.extraction.model import Extraction, ProposedFigure
from diplokg.extraction_eval import name_key
from diplokg.project import Project
from diplokg.slugs import fold, slugify

DRAFTS_DIR = Path("graph/drafts")

# Cue words in a figure's sentence -> indicator of the vocabulary (with the unit it needs).
INDICATOR_CUES: tuple[tuple[str, str, str], ...] = (
    (r"hữu nghị|kết nghĩa", "locality", "partner-localities"),
    (r"GRDP", "percent", "grdp-growth"),
    (r"thu ngân sách", "vnd", "budget-revenue"),
    (r"kim ngạch xuất nhập khẩu|xuất nhập khẩu", "usd", "trade-turnover"),
    (r"vốn.*FDI|FDI.*vốn", "usd", "fdi-registered-capital"),
    (r"FDI", "project", "fdi-projects"),
    (r"kiều hối", "usd", "annual-remittances"),
    (r"viện trợ", "vnd", "international-aid-covid"),
    (r"dân số|triệu dân", "person", "population"),
)


def q(text: str) -> str:
    """A YAML double-quoted scalar (JSON strings are valid YAML)."""
    return json.dumps(str(text), ensure_ascii=False)


def source_id_for(date: PreciseDate, title: str, publisher: str) -> str:
    """``plo-2025-10-17-tp-hcm-va-nhung-net-son`` style: publisher initials, date, title."""
    initials = "".join(w[0] for w in slugify(publisher).split("-") if w)[:4] or "src"
    words = slugify(title).split("-")[:6]
    return "-".join([initials, date.lexical, *words])


@dataclass
class DraftResult:
    source_id: str
    draft_path: Path
    text_path: Path
    extraction: Extraction
    links: dict[str, Link]
    notes: list[str]


class _DraftWriter:
    def __init__(self, corpus: Corpus, ex: Extraction, links: dict[str, Link],
                 date: PreciseDate) -> None:
        self.corpus, self.ex, self.links, self.date = corpus, ex, links, date
        self.lines: list[str] = []
        self.notes: list[str] = []

    def ref(self, key: str) -> str:
        return self.links[key].id

    def evidence(self, quotes: list[str], indent: str = "    ") -> None:
        unique = list(dict.fromkeys(quotes))
        if len(unique) == 1:
            self.lines.append(f"{indent}evidence: {q(unique[0])}")
        else:
            self.lines.append(f"{indent}evidence:")
            self.lines.extend(f"{indent}  - {q(u)}" for u in unique)

    def entities(self) -> None:
        new = [e for e in self.ex.entities.values() if not self.links[e.key].existing]
        self.lines.append("entities:")
        if not new:
            self.lines.append("  []")
        for entity in sorted(new, key=lambda e: (e.kind, e.mentions[0].start)):
            link = self.links[entity.key]
            self.lines.append(f"  - id: {link.id}  # new")
            self.lines.append(f"    type: {entity.type}")
            self.lines.append(f"    vi: {q(entity.label)}")
            self.lines.append(f"    en: {q(fold(entity.label))}")
            if entity.label not in self.ex.text:
                self.lines.append(f"    mention: {q(entity.mentions[0].text)}")
            if entity.aliases:
                self.lines.append(f"    aliases: [{', '.join(q(a) for a in entity.aliases)}]")
            if link.note:
                self.lines.append(f"    review: {q(link.note)}")
                self.notes.append(f"entity {link.id}: {link.note}")
        self.lines.append("")

    def roles(self) -> None:
        grouped: dict[tuple, list[str]] = {}
        written: dict[tuple, str] = {}
        for role in self.ex.roles:
            key = (role.person, role.title, role.organization, tuple(role.qualifiers))
            grouped.setdefault(key, []).extend(e.text for e in role.evidence)
            written.setdefault(key, role.as_written)
        for (person, title, org, qualifiers), quotes in grouped.items():
            rid = role_id(self.corpus, title)
            body = [
                "  - type: role",
                f"    person: {self.ref(person)}",
                f"    role: {rid or slugify(title)}",
                f"    organization: {self.ref(org) if org else 'UNKNOWN'}",
            ]
            if qualifiers:
                body.append(f"    qualifiers: [{', '.join(qualifiers)}]")
            body.append(f"    as_written: {q(written[(person, title, org, qualifiers)])}")
            start = len(self.lines)
            self.lines.extend(body)
            self.evidence(quotes)
            problem = None
            if rid is None:
                problem = f"role {title!r} is not in vocabulary.yaml: add it as {slugify(title)}"
            elif org is None:
                problem = f"the text names no organisation for {title!r}"
            if problem:
                self.notes.append(f"role of {self.ref(person)}: {problem}; then uncomment")
                block = self.lines[start:]
                self.lines[start:] = [f"  # review: {problem}"] + ["  # " + x[2:] for x in block]

    def documents(self) -> None:
        for entity in self.ex.of_kind("document"):
            m = re.fullmatch(r"Nghị quyết (\d+)", entity.label)
            if not m:
                continue
            mention = entity.mentions[0]
            after = self.ex.text[mention.end : mention.end + 80]
            issuer = None
            for org in self.ex.of_kind("organization"):
                if any(after.startswith(f" của {s.text}") for s in org.mentions):
                    issuer = org
            self.lines.append("  - type: document")
            self.lines.append(f"    document: {self.ref(entity.key)}")
            self.lines.append(f"    number: {q(m.group(1))}")
            quote = mention.text
            if issuer is not None:
                self.lines.append(f"    issuer: {self.ref(issuer.key)}")
                quote = self.ex.text[mention.start : mention.end + 5 + len(issuer.mentions[0].text)]
            self.evidence([quote])

    def events(self) -> None:
        for event in self.ex.events:
            eid = self.ref(event.key)
            if event.date is not None:
                d = event.date
                start = min(event.span.start, d.span.start)
                end = max(event.span.end, d.span.end)
                self.lines.append("  - type: event")
                self.lines.append(f"    event: {eid}")
                date = d.date.lexical
                self.lines.append(f"    date: {q(date)}")
                self.lines.append(f"    as_written: {q(d.span.text)}")
                self.evidence([self.ex.text[start:end]])
            modes: dict[str, list[str]] = {}
            for key, mode in event.participants:
                modes.setdefault(mode, []).append(self.ref(key))
            for mode, participants in modes.items():
                self.lines.append("  - type: participation")
                self.lines.append(f"    event: {eid}")
                self.lines.append(f"    participant: [{', '.join(participants)}]")
                self.lines.append(f"    modes: [{mode}]")
                self.evidence([(event.evidence or event.span).text])

    def observations(self) -> None:
        city = self._city()
        for figure in self.ex.figures:
            indicator = self._indicator(figure)
            if indicator is None or city is None:
                self.notes.append(
                    f"figure {figure.stated.text!r} ({figure.unit}): no indicator of the "
                    f"vocabulary fits; add one or leave it out"
                )
                continue
            sentence = figure.sentence.text.strip()
            year = re.search(r"năm (\d{4})", sentence)
            self.lines.append("  - type: observation")
            self.lines.append(f"    subject: {city}")
            self.lines.append(f"    indicator: {indicator}")
            self.lines.append(f"    value: {q(figure.value)}")
            self.lines.append(f"    unit: {figure.unit}")
            if figure.qualifier != "exact":
                self.lines.append(f"    qualifier: {figure.qualifier}")
            if year:
                self.lines.append(f"    period: {q(year.group(1))}")
            else:
                self.lines.append(f"    as_of: {q(self.date.lexical)}")
            self.lines.append(f"    stated: {q(figure.stated.text)}")
            self.evidence([sentence])
            conflicts = conflicting_observations(self.corpus, city, indicator, str(figure.value))
            if conflicts:
                self.lines.append(f"    note: {q('differs from ' + '; '.join(conflicts))}")
                self.notes.append(
                    f"figure {figure.stated.text!r} ({indicator}) differs from "
                    + "; ".join(conflicts) + ": kept as a second observation"
                )

    def _city(self) -> str | None:
        for entity in self.ex.of_kind("place"):
            if entity.label == "TP.HCM":
                return self.ref(entity.key)
        return None

    def _indicator(self, figure: ProposedFigure) -> str | None:
        for pattern, unit, indicator in INDICATOR_CUES:
            if unit == figure.unit and re.search(pattern, figure.sentence.text):
                if ("indicators", indicator) in self.corpus.concepts:
                    return indicator
        return None


def conflicting_observations(corpus: Corpus, subject: str, indicator: str,
                             value: str) -> list[str]:
    """``58 (plo-2025-04-11-..., 2025-04-11)`` for each other value of the same figure."""
    out = []
    for annotation in corpus.annotations:
        for fact in annotation.facts:
            f = fact.fields
            if (fact.kind == "observation" and f["subject"] == subject
                    and f["indicator"] == indicator and str(f["value"]) != value):
                out.append(f"{f['value']} stated by {annotation.source.id} "
                           f"({annotation.source.date.lexical})")
    return out


_NEW_ENTITY = re.compile(r"^  - id: (\S+)  # new$", re.M)


def _defined_in_pending_drafts(drafts_dir: Path) -> dict[str, str]:
    """Id -> the pending draft (not yet curated) that defines it as new: two drafts
    ingested before either is built would define the same entity twice."""
    defined: dict[str, str] = {}
    for draft in sorted(drafts_dir.glob("*.yaml")) if drafts_dir.is_dir() else ():
        for m in _NEW_ENTITY.finditer(draft.read_text(encoding="utf-8")):
            defined.setdefault(m.group(1), draft.name)
    return defined


def resolve_publisher(corpus: Corpus, publisher: str) -> str | None:
    """The id of the publisher, given as an id or a name; None when the graph lacks it."""
    if publisher in corpus.entities:
        return publisher
    ids = name_index(corpus).get(name_key(publisher), set())
    return sorted(ids)[0] if ids else None


def ingest(
    project: Project,
    article: ArticleInput,
    title: str | None = None,
    publisher: str | None = None,
    date: str | None = None,
    source_id: str | None = None,
) -> DraftResult:
    """Extract, resolve, and write the text and the draft; nothing written on an error."""
    title = title or article.title
    publisher = publisher or article.publisher
    date = date or article.date
    for what, value in (("--title", title), ("--publisher", publisher), ("--date", date)):
        if not value:
            raise DiplokgError(f"no {what[2:]}: give {what} (the file does not say)",
                               path=article.path)
    try:
        when = parse_iso_date(date)  # type: ignore[arg-type]
    except ValueError as exc:
        raise DiplokgError(f"--date: {exc}") from None
    corpus = load_corpus(project.curated_dir)
    publisher_id = resolve_publisher(corpus, publisher)  # type: ignore[arg-type]
    sid = source_id or source_id_for(when, title, publisher)  # type: ignore[arg-type]
    text_path = project.sources_dir / f"{sid}.txt"
    draft_path = project.root / DRAFTS_DIR / f"{sid}.yaml"
    for path in (text_path, draft_path, project.curated_dir / f"{sid}.yaml"):
        if path.exists():
            raise DiplokgError("already exists; choose another --id or remove it", path=path)
    try:
        ex = extract(article.text, reference_year=when.year)
    except Exception as exc:  # a fault in the rules, not in the input: said, nothing written
        raise ExtractionFailed(article.path, exc) from exc
    links = resolve_entities(ex, corpus)
    w = _DraftWriter(corpus, ex, links, when)
    header = [
        f"# DRAFT annotation written by `diplokg ingest` from {article.path.name}.",
        "# Review every entry against the text, resolve and delete the `review:` notes,",
        "# then move this file to graph/curated/ and run `diplokg build`.",
        "# `diplokg review` shows what it would add to the graph. Format: graph/curated/README.md.",
        "",
        "source:",
        f"  id: {sid}",
        f"  text: ../sources/{sid}.txt",
        f"  original_file: {q(article.path.name)}",
        f"  title: {q(title)}",
        f"  publisher: {publisher_id or slugify(publisher)}",  # type: ignore[arg-type]
        f"  date: {q(when.lexical)}",
        "  language: vi",
        "",
    ]
    for link in links.values():
        if link.existing and link.note:  # UBND Thành phố linked to ubnd-tphcm by name alone
            w.notes.append(f"entity {link.id}: {link.note}")
    pending = _defined_in_pending_drafts(project.root / DRAFTS_DIR)
    for entity in ex.entities.values():
        link = links[entity.key]
        if not link.existing and link.id in pending:
            w.notes.append(f"{link.id} is also defined as new in the pending draft "
                           f"{pending[link.id]}: curate that one first and refer to its id "
                           f"here (delete this definition), or give one of them another id")
    if publisher_id is None:
        w.notes.append(f"publisher {publisher!r} is not in the graph: define it "
                       f"(id {slugify(publisher)}, type Newspaper) where the text names it")  # type: ignore[arg-type]
    existing = sorted({(link.id, e.label) for e in ex.entities.values()
                       if (link := links[e.key]).existing})
    w.lines.append("# Entities the graph already has, referred to by id:")
    w.lines.extend(f"#   {i}  ({label})" for i, label in existing)
    w.lines.append("")
    w.entities()
    w.lines.append("facts:")
    n = len(w.lines)
    w.roles()
    w.documents()
    w.events()
    w.observations()
    if not any(line.startswith("  - ") for line in w.lines[n:]):
        w.lines.insert(n, "  []")  # every fact left as a comment for the reviewer: still a list
    review = ["review:  # notes for the reviewer: resolve each, then delete this list"]
    review.extend(f"  - {q(note)}" for note in w.notes)
    body = header + (review + [""] if w.notes else []) + w.lines
    write_atomically(text_path, article.text.encode("utf-8"))
    try:
        write_atomically(draft_path, ("\n".join(body) + "\n").encode("utf-8"))
    except BaseException:
        text_path.unlink(missing_ok=True)
        raise
    return DraftResult(sid, draft_path, text_path, ex, links, w.notes)
