"""The build: curated annotations -> validated RDF dataset, written atomically.

Stages, each a plain function:

1. :func:`diplokg.annotations.load_corpus` reads and checks every annotation;
2. :func:`compile_dataset` makes one named graph per source, plus the
   ``vocabulary`` graph, the ontology (named by the ontology IRI) and the
   ``entailments`` graph (the RDFS entailments of the alignment);
3. :func:`diplokg.validation.validate` checks the SHACL shapes;
4. :func:`serialize` writes deterministic TriG, and :func:`build` replaces the
   built file only when everything before has succeeded.

>>> from diplokg.project import Project
>>> quads = compile_dataset(Project.locate())
>>> len({q[3] for q in quads}) >= 5   # two sources, vocabulary, ontology, entailments
True
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from diplokg.errors import ValidationFailed
from diplokg.project import Project


@dataclass
class BuildReport:
    path: Path
    graphs: dict[str, int] = field(default_factory=dict)
    written: bool = False
    unchanged: bool = False

    @property
    def total(self) -> int:
        return sum(self.graphs.values())


def load_ontology(project: Project):
    """The ontology as an rdflib Graph (a Turtle error names the file and line)."""
    from diplokg.store import read_turtle

    return read_turtle(project.ontology_file)


def compile_dataset(project: Project) -> list[tuple]:
    """All quads of the dataset, entailments included."""
    from rdflib import Graph

    from diplokg.annotations import load_corpus
    from diplokg.compiler import compile_annotation, compile_vocabulary
    from diplokg.entailment import rdfs_entailments
    from diplokg.terms import ENTAILMENTS_GRAPH, ONTOLOGY_IRI, VOCABULARY_GRAPH, graph_iri

    corpus = load_corpus(project.curated_dir)
    ontology = load_ontology(project)
    named: dict = {ONTOLOGY_IRI: ontology, VOCABULARY_GRAPH: compile_vocabulary(corpus)}
    for annotation in corpus.annotations:
        named[graph_iri(annotation.source.id)] = compile_annotation(corpus, annotation, project)
    from diplokg.linking.links_graph import compile_links

    named.update(compile_links(project))
    union = Graph()
    for name, graph in named.items():
        if name != ONTOLOGY_IRI:
            for triple in graph:
                union.add(triple)
    quads = [(s, p, o, name) for name, graph in named.items() for s, p, o in graph]
    quads.extend((s, p, o, ENTAILMENTS_GRAPH) for s, p, o in rdfs_entailments(union, ontology))
    return quads


def serialize(quads: list[tuple]) -> bytes:
    from diplokg.terms import PREFIXES
    from diplokg.trig_writer import write_trig

    return write_trig(quads, PREFIXES).encode("utf-8")


def build(
    project: Project,
    out: Path | None = None,
    *,
    validate: bool = True,
    check_only: bool = False,
) -> BuildReport:
    """Build the dataset; write it to ``out`` (default: the project's built file).

    Nothing is written unless the annotations compile and the result conforms to
    the shapes. With ``check_only``, nothing is written at all and the report says
    whether the file on disk equals a fresh build.
    """
    from collections import Counter

    from diplokg.atomic_files import write_atomically

    target = Path(out) if out is not None else project.built_dataset
    quads = compile_dataset(project)
    if validate:
        from diplokg.validation import validate_quads

        conforms, report_text = validate_quads(quads, project)
        if not conforms:
            raise ValidationFailed(report_text)
    data = serialize(quads)
    report = BuildReport(path=target)
    report.graphs = {str(g): n for g, n in sorted(Counter(q[3] for q in quads).items())}
    report.unchanged = target.is_file() and target.read_bytes() == data
    if not check_only and not report.unchanged:
        write_atomically(target, data)
        report.written = True
    return report
