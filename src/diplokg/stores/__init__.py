"""Stores: where the dataset lives and who answers SPARQL on it, behind one interface.

A store is named by a spec ``SCHEME[:LOCATION]`` (``memory``, ``oxigraph:PATH``,
``sparql:URL``) and opened with :func:`open_store`. Backends are registered by
scheme (rdflib style), so a new backend is an addition, not a change of callers:
:func:`register_store` in code, or an entry point in the group ``diplokg.stores``.

>>> {'memory', 'oxigraph', 'sparql'} <= set(available_schemes())
True
"""

from diplokg.stores.base import Store
from diplokg.stores.registry import available_schemes, open_store, register_store

__all__ = ["Store", "available_schemes", "open_store", "register_store"]
