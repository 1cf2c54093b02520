"""The store interface: load a dataset, answer SPARQL, apply updates.

Every store keeps the dataset's named graphs (one per source, plus the vocabulary,
the ontology and the entailments). A query's default graph is the union of all of
them except the ``entailments`` graph, unless the store was opened with
``reason=True``: the same semantics as :func:`diplokg.store.load_dataset`, where
the default graph is a set (a triple stated by two sources counts once).
"""

from __future__ import annotations

from abc import ABC, abstractmethod
from pathlib import Path
from typing import ClassVar

from diplokg.sparql import QueryOutcome

# Materialised views, one graph each, for stores that cannot merge several graphs into a
# default graph as a set (Virtuoso and Oxigraph count a triple once per graph holding it;
# Virtuoso also loses property-path answers over several default graphs).
ASSERTED_VIEW = "https://w3id.org/diplokg/view/asserted"  # every graph but the entailments
REASONED_VIEW = "https://w3id.org/diplokg/view/reasoned"  # every graph
VIEW_PREFIX = "https://w3id.org/diplokg/view/"


class Store(ABC):
    """A dataset that answers SPARQL. Subclasses register under a scheme name."""

    scheme: ClassVar[str] = ""

    @classmethod
    @abstractmethod
    def open(
        cls, location: str, *, data: Path | None = None, reason: bool = False, **options: object
    ) -> Store:
        """Open the store at ``location`` (the part of the spec after ``SCHEME:``)."""

    @abstractmethod
    def query(self, text: str, *, origin: str = "query") -> QueryOutcome:
        """Run a SPARQL query; malformed SPARQL raises DiplokgError."""

    def query_json(self, text: str, *, origin: str = "query") -> tuple[int, bytes] | None:
        """A SELECT or ASK query's SPARQL JSON results written by the store itself: (rows,
        body); None where the store does not (then use :meth:`query` and a formatter)."""
        return None

    @abstractmethod
    def load(self, path: Path) -> int:
        """Replace the whole dataset with the one in ``path``; return the number of quads."""

    @abstractmethod
    def update(self, text: str) -> None:
        """Apply a SPARQL 1.1 Update."""

    @abstractmethod
    def graph_names(self) -> list[str]:
        """The IRIs of the dataset's named graphs, sorted."""

    def close(self) -> None:  # noqa: B027 - optional for stores holding nothing
        """Release files and connections."""

    def __enter__(self) -> Store:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()


def dataset_format(path: Path) -> str:
    """The RDF format of a dataset file from its suffix (TriG by default).

    >>> dataset_format(Path("x.nq")), dataset_format(Path("diplokg.trig"))
    ('nquads', 'trig')
    """
    from diplokg.store import _FORMATS

    return _FORMATS.get(path.suffix.lower(), "trig")
