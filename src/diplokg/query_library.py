"""The named queries: the project's competency questions, one ``.rq`` file each.

Each file starts with ``# description: one line``; the name is the file name
without ``.rq``. They live in ``diplokg/queries/`` inside the package, so every
installation has them.

>>> "partner-locality-counts" in [q.name for q in list_queries()]
True
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from diplokg.errors import DiplokgError

QUERY_DIR = Path(__file__).resolve().parent / "queries"


@dataclass(frozen=True)
class NamedQuery:
    name: str
    description: str
    text: str
    path: Path

    @property
    def needs_network(self) -> bool:
        """Does the query call another endpoint with SERVICE (so it cannot run offline)?"""
        from diplokg.query_scan import service_targets

        return bool(service_targets(self.text))


def _read(path: Path) -> NamedQuery:
    text = path.read_text(encoding="utf-8")
    description = ""
    for line in text.splitlines():
        if line.startswith("# description:"):
            description = line.removeprefix("# description:").strip()
            break
    return NamedQuery(path.stem, description, text, path)


def list_queries() -> list[NamedQuery]:
    return [_read(p) for p in sorted(QUERY_DIR.glob("*.rq"))]


def get_query(name: str) -> NamedQuery:
    path = QUERY_DIR / f"{name}.rq"
    if not path.is_file() or "/" in name:
        names = ", ".join(q.name for q in list_queries())
        raise DiplokgError(f"no named query {name!r}; the named queries are: {names}")
    return _read(path)
