"""The embedded default: the dataset in an in-memory rdflib ``Dataset``, queried by rdflib."""

from __future__ import annotations

from pathlib import Path

from diplokg.sparql import QueryOutcome
from diplokg.stores.base import Store


class MemoryStore(Store):
    """rdflib in memory: no set-up, fine for the seed graph, slow at a million triples."""

    scheme = "memory"

    def __init__(self, dataset: object, reason: bool, path: Path | None) -> None:
        self.dataset = dataset
        self.reason = reason
        self.path = path

    @classmethod
    def open(
        cls, location: str, *, data: Path | None = None, reason: bool = False, **options: object
    ) -> MemoryStore:
        from diplokg.store import load_dataset

        if location:
            data = Path(location)
        if data is None:
            from diplokg.project import Project

            data = Project.locate(None).built_dataset
        return cls(load_dataset(data, reason=reason), reason, Path(data))

    def query(self, text: str, *, origin: str = "query") -> QueryOutcome:
        from diplokg.sparql import run_query

        return run_query(self.dataset, text, origin=origin)

    def load(self, path: Path) -> int:
        from diplokg.store import load_dataset

        self.dataset = load_dataset(path, reason=self.reason)
        self.path = Path(path)
        return len(self.dataset)

    def update(self, text: str) -> None:
        """Apply an update; without GRAPH it writes the default graph (not the sources').

        Through a ConjunctiveGraph over the same store: rdflib 7's ``Dataset.update``
        fails on ``INSERT DATA`` into the default graph of a union dataset.
        """
        import warnings

        from rdflib import ConjunctiveGraph

        from diplokg.errors import DiplokgError
        from diplokg.terms import PREFIXES

        with warnings.catch_warnings():
            warnings.simplefilter("ignore", DeprecationWarning)
            view = ConjunctiveGraph(store=self.dataset.store,
                                    identifier=self.dataset.default_context.identifier)
        view.default_union = True
        try:
            view.update(text, initNs=PREFIXES)
        except Exception as exc:
            raise DiplokgError(f"the update failed: {exc}", path="update") from None

    def graph_names(self) -> list[str]:
        return sorted(str(g.identifier) for g in self.dataset.graphs() if len(g))
