"""Where the project's files are: ontology, sources, curated annotations, built dataset.

A *project* is a directory with ``ontology/`` and ``graph/`` in it. It is found, in
order: the directory given (``--root`` or ``DIPLOKG_ROOT``); the current directory
or one of its parents; the source checkout the package was installed from
(``pip install -e .``); the copy of ``ontology/`` and ``graph/`` shipped inside the
wheel (read-only: a build there needs ``--root``).
"""

from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path

from diplokg.errors import DiplokgError

BUILT_DATASET = Path("graph/build/diplokg.trig")


def _is_project(path: Path) -> bool:
    return (path / "ontology" / "diplokg.ttl").is_file() and (path / "graph").is_dir()


@dataclass(frozen=True)
class Project:
    root: Path

    @classmethod
    def locate(cls, root: str | Path | None = None) -> Project:
        """Find the project directory (see the module docstring for the order)."""
        if root is None:
            root = os.environ.get("DIPLOKG_ROOT") or None
        if root is not None:
            path = Path(root).resolve()
            if not _is_project(path):
                raise DiplokgError(
                    "not a diplokg project (it needs ontology/diplokg.ttl and graph/)", path=path
                )
            return cls(path)
        here = Path.cwd().resolve()
        for candidate in (here, *here.parents):
            if _is_project(candidate):
                return cls(candidate)
        package_dir = Path(__file__).resolve().parent
        checkout = package_dir.parents[1]
        if _is_project(checkout):
            return cls(checkout)
        bundled = package_dir / "_data"
        if _is_project(bundled):
            return cls(bundled)
        raise DiplokgError(
            "no diplokg project found: run inside a checkout or pass --root DIR"
        )  # pragma: no cover

    @property
    def ontology_file(self) -> Path:
        return self.root / "ontology" / "diplokg.ttl"

    @property
    def shapes_file(self) -> Path:
        return self.root / "ontology" / "shapes.ttl"

    @property
    def curated_dir(self) -> Path:
        return self.root / "graph" / "curated"

    @property
    def sources_dir(self) -> Path:
        return self.root / "graph" / "sources"

    @property
    def built_dataset(self) -> Path:
        return self.root / BUILT_DATASET

    def relative(self, path: Path) -> str:
        """A path as written inside the graph: relative to the project root, with /."""
        try:
            return path.resolve().relative_to(self.root).as_posix()
        except ValueError:
            return path.as_posix()
