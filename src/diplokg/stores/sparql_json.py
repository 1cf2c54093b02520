"""SPARQL 1.1 Query Results JSON written straight from pyoxigraph's terms.

The server's worker answers SELECT and ASK queries on an Oxigraph store this way,
without making rdflib terms first: at the seed graph's size that is about a third of
a named query's time in the worker (measured in benchmarks/README.md). The output
is the W3C format (https://www.w3.org/TR/sparql11-results-json/): plain literals
carry no datatype, language-tagged ones ``xml:lang``, as rdflib writes them.
"""

from __future__ import annotations

import json

from diplokg.sparql import XSD_STRING


def term_json(term) -> dict[str, str]:
    """One RDF term of pyoxigraph as a JSON results binding."""
    import pyoxigraph as ox

    if isinstance(term, ox.NamedNode):
        return {"type": "uri", "value": term.value}
    if isinstance(term, ox.BlankNode):
        return {"type": "bnode", "value": term.value}
    binding = {"type": "literal", "value": term.value}
    if term.language:
        binding["xml:lang"] = term.language
    elif term.datatype.value != XSD_STRING:
        binding["datatype"] = term.datatype.value
    return binding


def solutions_json(variables: list[str], rows: list[tuple]) -> bytes:
    """The JSON results document of SELECT ``rows`` (tuples of terms or None).

    >>> import json, pyoxigraph as ox
    >>> doc = json.loads(solutions_json(["x", "n"], [
    ...     (ox.NamedNode("http://e/a"), ox.Literal("hi", language="vi")),
    ...     (ox.BlankNode("b0"), None), (None, ox.Literal("7", datatype=ox.NamedNode(
    ...         "http://www.w3.org/2001/XMLSchema#integer")))]))
    >>> doc["head"], doc["results"]["bindings"][0]["n"]
    ({'vars': ['x', 'n']}, {'type': 'literal', 'value': 'hi', 'xml:lang': 'vi'})
    >>> doc["results"]["bindings"][1:]  # doctest: +NORMALIZE_WHITESPACE
    [{'x': {'type': 'bnode', 'value': 'b0'}},
     {'n': {'type': 'literal', 'value': '7', 'datatype': 'http://www.w3.org/2001/XMLSchema#integer'}}]
    """
    bindings = [{name: term_json(term) for name, term in zip(variables, row, strict=True)
                 if term is not None} for row in rows]
    document = {"head": {"vars": variables}, "results": {"bindings": bindings}}
    return json.dumps(document, ensure_ascii=False).encode("utf-8")


def boolean_json(value: bool) -> bytes:
    """The JSON results document of an ASK query.

    >>> boolean_json(True)
    b'{"head": {}, "boolean": true}'
    """
    return json.dumps({"head": {}, "boolean": bool(value)}).encode("utf-8")
