"""Finding an entity of the projection by name: label, alias or IRI, whatever the accents.

A name matches when its key (:func:`diplokg.slugs.match_key`: diacritics removed, ``đ`` as
``d``, lower case, spaces collapsed) equals the key of one of the entity's names: the
Vietnamese and English labels, the aliases, the full IRI, the prefixed IRI
(``person:vo-van-hoan``) or the id (``vo-van-hoan``). When no name matches exactly, the
entities whose names contain the words asked for are candidates: one is the answer, several
are ambiguous. Ambiguous and unknown names raise :class:`~diplokg.errors.DiplokgError`
(exit code 2 in the CLI) with the closest candidates.

>>> from diplokg.projection import load_projection
>>> G = load_projection()
>>> G.nodes[resolve_entity(G, "Vo Van Hoan")]["label"]
'Võ Văn Hoan'
>>> resolve_entity(G, "person:sam-mostyn")
'https://w3id.org/diplokg/person/sam-mostyn'
>>> resolve_entity(G, "Nguyen")  # doctest: +ELLIPSIS
Traceback (most recent call last):
...
diplokg.errors.DiplokgError: 'Nguyen' is ambiguous: it matches Nguyễn Thành Phong (...), ...
"""

from __future__ import annotations

import difflib
from collections import defaultdict
from dataclasses import dataclass, field
from typing import Any

from diplokg.errors import DiplokgError
from diplokg.projection import FACT_NODE_KINDS
from diplokg.slugs import match_key
from diplokg.terms import PREFIXES

_INDEX_ATTR = "_name_index"


@dataclass
class NameIndex:
    """Keys of every name of every entity -> the entities that bear it."""

    exact: dict[str, list[str]] = field(default_factory=lambda: defaultdict(list))
    names: dict[str, set[str]] = field(default_factory=lambda: defaultdict(set))


def short_iri(iri: str) -> str:
    """``person:sam-mostyn`` for the IRI of Sam Mostyn: the shortest prefixed form."""
    best = iri
    for prefix, namespace in PREFIXES.items():
        if iri.startswith(namespace) and len(iri) - len(namespace) + len(prefix) + 1 < len(best):
            best = f"{prefix}:{iri[len(namespace) :]}"
    return best


def name_index(G: Any) -> NameIndex:
    """The name index of ``G``, built once and kept in ``G.graph`` (rebuilt if nodes change)."""
    cached = G.graph.get(_INDEX_ATTR)
    if cached is not None and cached[0] == G.number_of_nodes():
        return cached[1]
    index = NameIndex()
    for node, data in G.nodes(data=True):
        if data.get("kind") in FACT_NODE_KINDS:
            continue
        names = {data.get("label", ""), data.get("label_en", ""), *data.get("aliases", ())}
        names |= {node, short_iri(node), data.get("id", "")}
        for name in names:
            key = match_key(name)
            if key:
                if node not in index.exact[key]:
                    index.exact[key].append(node)
                index.names[node].add(key)
    G.graph[_INDEX_ATTR] = (G.number_of_nodes(), index)
    return index


def describe(G: Any, node: str) -> str:
    """``Label (prefix:id)``: how an entity is named in messages."""
    return f"{G.nodes[node].get('label', node)} ({short_iri(node)})"


def find_entities(G: Any, name: str) -> list[str]:
    """Every entity that ``name`` may mean: the exact matches, else those containing its words.

    >>> from diplokg.projection import load_projection
    >>> G = load_projection()
    >>> [G.nodes[n]["label"] for n in find_entities(G, "ubnd tp.hcm")]
    ['UBND TP.HCM']
    """
    index = name_index(G)
    key = match_key(name)
    if not key:
        return []
    if key in index.exact:
        return sorted(index.exact[key])
    words = key.split()
    found = [
        node
        for node, keys in index.names.items()
        if any(_contains_words(k.split(), words) for k in keys)
    ]
    return sorted(found)


def _contains_words(haystack: list[str], needle: list[str]) -> bool:
    n = len(needle)
    return any(haystack[i : i + n] == needle for i in range(len(haystack) - n + 1))


def closest_entities(G: Any, name: str, n: int = 5) -> list[str]:
    """The ``n`` entities whose names are nearest to ``name`` (for 'did you mean')."""
    index = name_index(G)
    key = match_key(name)
    keys = difflib.get_close_matches(key, list(index.exact), n=n * 3, cutoff=0.5)
    found: list[str] = []
    for k in keys:
        for node in index.exact[k]:
            if node not in found:
                found.append(node)
    return found[:n]


def resolve_entity(G: Any, name: str) -> str:
    """The node that ``name`` names; a DiplokgError listing candidates when not exactly one."""
    found = find_entities(G, name)
    if len(found) == 1:
        return found[0]
    if len(found) > 1:
        shown = ", ".join(describe(G, node) for node in found[:8])
        more = f" and {len(found) - 8} more" if len(found) > 8 else ""
        raise DiplokgError(f"{name!r} is ambiguous: it matches {shown}{more}")
    closest = closest_entities(G, name)
    hint = "; closest: " + ", ".join(describe(G, node) for node in closest) if closest else ""
    raise DiplokgError(f"no entity named {name!r}{hint}")
