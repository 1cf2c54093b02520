"""Store backends registered by scheme name, and opening a store from its spec."""

from __future__ import annotations

import importlib
from pathlib import Path

from diplokg.errors import DiplokgError
from diplokg.stores.base import Store

# scheme -> "module:Class", imported only when used (so the CLI stays fast).
_BACKENDS: dict[str, str | type[Store]] = {
    "memory": "diplokg.stores.memory:MemoryStore",
    "oxigraph": "diplokg.stores.oxigraph:OxigraphStore",
    "sparql": "diplokg.stores.remote:RemoteStore",
}
_ENTRY_POINT_GROUP = "diplokg.stores"


def register_store(scheme: str, backend: str | type[Store]) -> None:
    """Register a backend class (or its ``"module:Class"`` path) under ``scheme``."""
    _BACKENDS[scheme] = backend


def _entry_points() -> dict[str, str]:
    from importlib.metadata import entry_points

    return {ep.name: ep.value for ep in entry_points(group=_ENTRY_POINT_GROUP)}


def available_schemes() -> list[str]:
    """The registered schemes, built-in and from entry points."""
    return sorted(set(_BACKENDS) | set(_entry_points()))


def backend(scheme: str) -> type[Store]:
    """The store class registered under ``scheme``."""
    found = _BACKENDS.get(scheme) or _entry_points().get(scheme)
    if found is None:
        raise DiplokgError(
            f"unknown store {scheme!r}; use one of: "
            + ", ".join(f"{s}{'' if s == 'memory' else ':...'}" for s in available_schemes()),
            path="--store",
        )
    if isinstance(found, str):
        module, _, name = found.partition(":")
        found = getattr(importlib.import_module(module), name)
        _BACKENDS[scheme] = found
    return found


def split_spec(spec: str) -> tuple[str, str]:
    """``"oxigraph:/data/kg"`` -> ``("oxigraph", "/data/kg")``; ``"memory"`` -> ``("memory", "")``.

    >>> split_spec("sparql:http://127.0.0.1:8890/sparql")
    ('sparql', 'http://127.0.0.1:8890/sparql')
    """
    scheme, _, location = spec.partition(":")
    return scheme.strip().lower(), location


def open_store(
    spec: str = "memory", *, data: Path | None = None, reason: bool = False, **options: object
) -> Store:
    """Open the store named by ``spec``; ``data`` is the dataset file of the memory store.

    ``reason=True`` makes queries see the ``entailments`` graph too.
    """
    scheme, location = split_spec(spec)
    cls = backend(scheme)
    if scheme != "memory" and not location:
        raise DiplokgError(f"the {scheme} store needs a location: {scheme}:...", path="--store")
    return cls.open(location, data=data, reason=reason, **options)
