"""Loading the built dataset into an in-memory rdflib Dataset (the embedded default store).

The dataset's ``entailments`` graph holds the RDFS entailments of the ontology's
alignment; it is left out unless ``reason=True``, so that a query sees exactly
what the sources state unless it asks for the standard-vocabulary view.
"""

from __future__ import annotations

from pathlib import Path

from diplokg.errors import DiplokgError

_FORMATS = {".trig": "trig", ".nq": "nquads", ".ttl": "turtle", ".nt": "nt", ".jsonld": "json-ld"}


def load_dataset(path: str | Path, *, reason: bool = False):
    """Read a dataset file (TriG by default) into an rdflib ``Dataset`` (union default graph)."""
    from rdflib import Dataset

    from diplokg.terms import ENTAILMENTS_GRAPH

    path = Path(path)
    if not path.is_file():
        raise DiplokgError("no such file (run `diplokg build` first)", path=path)
    fmt = _FORMATS.get(path.suffix.lower(), "trig")
    dataset = Dataset(default_union=True)
    try:
        dataset.parse(path, format=fmt)
    except Exception as exc:
        raise DiplokgError(f"cannot read the dataset: {exc}", path=path) from None
    if not reason:
        dataset.remove_graph(dataset.graph(ENTAILMENTS_GRAPH))
    return dataset


def read_turtle(path: str | Path):
    """A Turtle file as an rdflib Graph; a missing or malformed file is a one-line DiplokgError."""
    from rdflib import Graph

    graph = Graph()
    try:
        graph.parse(path, format="turtle")
    except FileNotFoundError:
        raise DiplokgError("no such file", path=path) from None
    except Exception as exc:  # rdflib raises BadSyntax and friends
        raise DiplokgError(f"malformed Turtle: {exc}", path=path) from None
    return graph
