"""A local dump or extract of Wikidata: JSON lines, one entity each, in Wikidata's JSON format.

The same two methods as :class:`~diplokg.linking.wikidata_client.WikidataClient`
(``search`` and ``get_entities``), answered from the file, so that reconciliation runs
offline. The full dump (``latest-all.json``) is a JSON array with one entity per line;
lines of ``[``, ``]`` and trailing commas are accepted, so an extract cut from it works.
"""

from __future__ import annotations

import json
from pathlib import Path

from diplokg.errors import DiplokgError
from diplokg.slugs import match_key


def entity_names(entity: dict) -> list[str]:
    """All labels and aliases of an entity, every language."""
    names = [v["value"] for v in entity.get("labels", {}).values()]
    for values in entity.get("aliases", {}).values():
        names.extend(v["value"] for v in values)
    return names


class LocalDump:
    """Entities read from a JSON-lines file; searched by folded label and alias."""

    def __init__(self, path: str | Path) -> None:
        self.path = Path(path)
        self.entities: dict[str, dict] = {}
        self._index: dict[str, set[str]] = {}
        try:
            lines = self.path.read_text(encoding="utf-8").splitlines()
        except FileNotFoundError:
            raise DiplokgError("no such file", path=self.path) from None
        for number, line in enumerate(lines, 1):
            line = line.strip().rstrip(",")
            if line in ("", "[", "]"):
                continue
            try:
                entity = json.loads(line)
            except json.JSONDecodeError as exc:
                raise DiplokgError(f"not a JSON entity: {exc.msg}", path=self.path,
                                   line=number) from None
            if not isinstance(entity, dict) or "id" not in entity:
                raise DiplokgError("an entity needs an \"id\"", path=self.path, line=number)
            self.entities[entity["id"]] = entity
            for name in entity_names(entity):
                self._index.setdefault(match_key(name), set()).add(entity["id"])

    def search(self, text: str, language: str = "en", limit: int = 7) -> list[dict]:
        """Entities whose folded label or alias equals the folded ``text``."""
        hits = sorted(self._index.get(match_key(text), set()), key=lambda q: int(q[1:]))
        out = []
        for ident in hits[:limit]:
            entity = self.entities[ident]
            label = entity.get("labels", {}).get(language, {}).get("value", "")
            description = entity.get("descriptions", {}).get(language, {}).get("value", "")
            out.append({"id": ident, "label": label, "description": description, "aliases": []})
        return out

    def get_entities(self, ids: list[str]) -> dict[str, dict]:
        return {i: self.entities[i] for i in ids if i in self.entities}
