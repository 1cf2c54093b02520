"""Building rdflib query results from another engine's answers, so one formatter serves all.

>>> from rdflib import Literal
>>> outcome = select_outcome(["n"], [{"n": Literal(86)}])
>>> outcome.kind, [str(r["n"]) for r in outcome.rows()]
('SELECT', ['86'])
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping

from diplokg.sparql import XSD_STRING, QueryOutcome

RDF_LANGSTRING = "http://www.w3.org/1999/02/22-rdf-syntax-ns#langString"


def select_outcome(variables: list[str], rows: Iterable[Mapping[str, object]]) -> QueryOutcome:
    """A SELECT outcome from variable names and rows of rdflib terms (unbound ones absent)."""
    from rdflib.query import Result
    from rdflib.term import Variable

    rows = list(rows)
    result = Result("SELECT")
    result.vars = [Variable(v) for v in variables]
    keys = {v: Variable(v) for v in variables}
    # a generator: rdflib builds the bindings only if a formatter asks for them
    result.bindings = ({keys[k]: v for k, v in row.items()} for row in rows)
    return QueryOutcome("SELECT", result, known_rows=rows)


def ask_outcome(answer: bool) -> QueryOutcome:
    """An ASK outcome."""
    from rdflib.query import Result

    result = Result("ASK")
    result.askAnswer = bool(answer)
    return QueryOutcome("ASK", result)


def graph_outcome(kind: str, triples: Iterable[tuple[object, object, object]]) -> QueryOutcome:
    """A CONSTRUCT or DESCRIBE outcome from rdflib triples."""
    from rdflib import Graph
    from rdflib.query import Result

    graph = Graph()
    for triple in triples:
        graph.add(triple)
    result = Result("CONSTRUCT")
    result.graph = graph
    return QueryOutcome(kind, result)


def literal(value: str, language: str | None, datatype: str | None) -> object:
    """An rdflib Literal; ``xsd:string`` and ``rdf:langString`` become plain literals."""
    from rdflib import Literal, URIRef

    if language:
        return Literal(value, lang=language)
    if datatype is None or datatype in (XSD_STRING, RDF_LANGSTRING):
        return Literal(value)
    return Literal(value, datatype=URIRef(datatype))
