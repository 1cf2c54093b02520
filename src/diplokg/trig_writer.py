"""A deterministic TriG writer.

The built dataset is committed and compared byte for byte with a fresh build, so
its serialisation must not depend on hash seeds or insertion order: graphs,
subjects, predicates and objects are written in sorted order, IRIs are shortened
with a fixed prefix table, and blank nodes are not allowed (every node of the
graph has an IRI).
"""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Iterable

from rdflib import BNode, Literal, URIRef
from rdflib.namespace import RDF

_LOCAL = re.compile(r"^[A-Za-z0-9_](?:[A-Za-z0-9_.-]*[A-Za-z0-9_-])?$")

Quad = tuple  # (s, p, o, graph_name)


class _Shortener:
    def __init__(self, prefixes: dict[str, str]) -> None:
        # Longest namespace first, so that "https://w3id.org/diplokg/person/" wins over the base.
        self.table = sorted(prefixes.items(), key=lambda kv: -len(kv[1]))

    def term(self, term: object) -> str:
        if isinstance(term, BNode):
            raise ValueError("the TriG writer does not take blank nodes")
        if isinstance(term, URIRef):
            text = str(term)
            for prefix, namespace in self.table:
                if text.startswith(namespace):
                    local = text[len(namespace) :]
                    if _LOCAL.match(local):
                        return f"{prefix}:{local}"
            return term.n3()
        if isinstance(term, Literal):
            if term.datatype is not None:
                lexical = Literal(str(term)).n3()
                return f"{lexical}^^{self.term(term.datatype)}"
            return term.n3()
        raise TypeError(f"not an RDF term: {term!r}")


def _sort_key(term: object) -> tuple:
    if isinstance(term, URIRef):
        return (0, str(term), "", "")
    assert isinstance(term, Literal)
    return (1, str(term), str(term.datatype or ""), term.language or "")


def write_trig(quads: Iterable[Quad], prefixes: dict[str, str]) -> str:
    """Serialise quads as TriG, the same text for the same set of quads."""
    short = _Shortener(prefixes)
    graphs: dict[URIRef, dict] = defaultdict(lambda: defaultdict(lambda: defaultdict(set)))
    for s, p, o, g in quads:
        graphs[g][s][p].add(o)
    body: list[str] = []
    for graph_name in sorted(graphs, key=str):
        body.append(f"{short.term(graph_name)} {{")
        subjects = graphs[graph_name]
        for subject in sorted(subjects, key=_sort_key):
            preds = subjects[subject]
            lines = []
            order = sorted(preds, key=lambda p: (p != RDF.type, str(p)))
            for pred in order:
                objs = ", ".join(short.term(o) for o in sorted(preds[pred], key=_sort_key))
                verb = "a" if pred == RDF.type else short.term(pred)
                lines.append(f"{verb} {objs}")
            body.append(f"    {short.term(subject)} " + " ;\n        ".join(lines) + " .")
            body.append("")
        if body[-1] == "":
            body.pop()
        body.append("}")
        body.append("")
    text = "\n".join(body)
    header = [
        f"@prefix {prefix}: <{namespace}> ."
        for prefix, namespace in sorted(prefixes.items())
        if f"{prefix}:" in text
    ]
    return "\n".join(header) + "\n\n" + text
