"""SHACL validation of the dataset against ``ontology/shapes.ttl``.

The data graph is the union of every named graph: sources, vocabulary, ontology
and the materialised entailments, so that ``sh:class`` sees subclasses.
"""

from __future__ import annotations

from diplokg.project import Project


def _shapes(project: Project):
    from diplokg.store import read_turtle

    return read_turtle(project.shapes_file)


def validate_graph(data, project: Project) -> tuple[bool, str]:
    """Validate an rdflib Graph; return (conforms, readable report)."""
    from pyshacl import validate

    conforms, _report_graph, text = validate(
        data, shacl_graph=_shapes(project), inference="none", advanced=True, allow_warnings=True
    )
    return bool(conforms), str(text)


def validate_quads(quads, project: Project) -> tuple[bool, str]:
    from rdflib import Graph

    union = Graph()
    for s, p, o, _g in quads:
        union.add((s, p, o))
    return validate_graph(union, project)
