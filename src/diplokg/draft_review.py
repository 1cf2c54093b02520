"""``diplokg review``: what a draft annotation would add to the graph, and its conflicts.

The draft is read together with the curated corpus (so every reference, date and
quote is checked as the build would), compiled to its named graph, and compared
with the built dataset: new entities, references to existing ones, facts by kind,
triples new to the graph, figures that differ from what other sources state (kept
as second observations, never overwritten), and the review notes still open.

>>> from diplokg.project import Project
>>> project = Project.locate()
>>> curated = project.curated_dir / "plo-2025-10-17-nhung-net-son-doi-ngoai.yaml"
>>> report = review_draft(project, curated)
>>> report.new_triples   # an annotation already built adds nothing
0
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path

from diplokg.annotations import annotation_files, load_corpus
from diplokg.errors import DiplokgError
from diplokg.ingest import conflicting_observations
from diplokg.located_yaml import load_yaml
from diplokg.project import Project


@dataclass
class ReviewReport:
    path: Path
    source_id: str
    new_entities: list[tuple[str, str, str]]  # id, type, label
    existing_entities: list[tuple[str, str]]  # id, label
    facts: Counter
    conflicts: list[str]
    notes: list[str]
    new_triples: int
    total_triples: int
    uncertain: list[str] = field(default_factory=list)


def _review_notes(path: Path) -> tuple[list[str], list[str]]:
    """The open ``review:`` notes: of the file, and of its entities and facts."""
    doc = load_yaml(path)
    top = doc.get("review") or []
    notes = [str(n) for n in (top if isinstance(top, list) else [top])]
    uncertain = []
    for section in ("entities", "facts"):
        for node in doc.get(section) or []:
            if isinstance(node, dict) and "review" in node:
                uncertain.append(f"line {node.line}: {node['review']}")
    return notes, uncertain


def review_draft(project: Project, path: Path) -> ReviewReport:
    """Check and compile a draft with the corpus; compare it with the built dataset."""
    from diplokg.compiler import compile_annotation
    from diplokg.store import load_dataset

    path = Path(path)
    if not path.is_file():
        raise DiplokgError("no such file", path=path)
    curated = {p.resolve() for p in annotation_files(project.curated_dir)}
    corpus = load_corpus(project.curated_dir, drafts=[] if path.resolve() in curated else [path])
    annotation = next(a for a in corpus.annotations if a.path.resolve() == path.resolve())
    graph = compile_annotation(corpus, annotation, project)
    built = load_dataset(project.built_dataset)
    known = set(built.triples((None, None, None)))
    new_triples = sum(1 for t in graph if t not in known)
    conflicts = []
    for fact in annotation.facts:
        if fact.kind == "observation":
            f = fact.fields
            others = [
                c for c in conflicting_observations(corpus, f["subject"], f["indicator"],
                                                    str(f["value"]))
                if annotation.source.id not in c
            ]
            if others:
                conflicts.append(f"{f['subject']} {f['indicator']}: {f['value']} "
                                 f"({f['stated']}) here; " + "; ".join(others))
    ids = set(annotation.entity_ids)
    notes, uncertain = _review_notes(path)
    return ReviewReport(
        path=path,
        source_id=annotation.source.id,
        new_entities=[(i, corpus.entities[i].type, corpus.entities[i].vi)
                      for i in annotation.entity_ids],
        existing_entities=[(i, corpus.entities[i].vi) for i in sorted(annotation.mentioned - ids)],
        facts=Counter(f.kind for f in annotation.facts),
        conflicts=conflicts,
        notes=notes,
        new_triples=new_triples,
        total_triples=len(graph),
        uncertain=uncertain,
    )


def format_review(report: ReviewReport) -> str:
    """The report as text, one section per kind of change."""
    out = [f"Draft {report.path.name} (source {report.source_id})",
           f"  {report.new_triples} of its {report.total_triples} triples are new to the graph",
           "", f"New entities ({len(report.new_entities)}):"]
    out += [f"  + {i:45} {t:16} {label}" for i, t, label in report.new_entities]
    out += ["", f"Existing entities referred to ({len(report.existing_entities)}):"]
    out += [f"  = {i:45} {label}" for i, label in report.existing_entities]
    out += ["", "New facts: " + (", ".join(f"{n} {k}" for k, n in sorted(report.facts.items()))
                                 or "none")]
    out += ["", f"Conflicts with other sources ({len(report.conflicts)}; each kept as a "
            "second dated observation, nothing overwritten):"]
    out += [f"  ! {c}" for c in report.conflicts]
    out += ["", f"Uncertain entities and facts ({len(report.uncertain)}):"]
    out += [f"  ? {u}" for u in report.uncertain]
    out += ["", f"Open review notes ({len(report.notes)}):"]
    out += [f"  - {n}" for n in report.notes]
    if report.notes or report.uncertain:
        out += ["", "Not ready: resolve the notes and delete the `review:` keys, then move the "
                "file to graph/curated/ and run `diplokg build`."]
    else:
        out += ["", "Ready: move the file to graph/curated/ and run `diplokg build`."]
    return "\n".join(out) + "\n"
