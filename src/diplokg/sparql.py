"""Running SPARQL on a dataset and writing the results.

SELECT and ASK results are written as a readable table (default) or in the
standard SPARQL 1.1 result formats: JSON (W3C "SPARQL 1.1 Query Results JSON
Format"), XML, CSV and TSV. CONSTRUCT and DESCRIBE results are RDF graphs,
written as Turtle (or N-Triples, JSON-LD).
"""

from __future__ import annotations

import json
import re
import unicodedata
from dataclasses import dataclass

from diplokg.errors import DiplokgError

RESULT_FORMATS = ("table", "json", "csv", "tsv", "xml")
JSON_RESULTS = "application/sparql-results+json"  # the media type of JSON results
XSD_STRING = "http://www.w3.org/2001/XMLSchema#string"
GRAPH_FORMATS = {
    "table": "turtle",
    "ttl": "turtle",
    "turtle": "turtle",
    "nt": "nt",
    "jsonld": "json-ld",
}


@dataclass
class QueryOutcome:
    kind: str  # "SELECT" | "ASK" | "CONSTRUCT" | "DESCRIBE"
    result: object  # rdflib Result
    known_rows: list[dict[str, object]] | None = None  # rows, when the store made them already

    @property
    def variables(self) -> list[str]:
        return [str(v) for v in (self.result.vars or [])]

    def rows(self) -> list[dict[str, object]]:
        """SELECT rows as dicts of variable -> rdflib term (unbound variables absent)."""
        if self.known_rows is not None:
            return self.known_rows
        names = [(v, str(v)) for v in (self.result.vars or [])]
        out = []
        for binding in self.result.bindings:
            out.append({name: binding[v] for v, name in names if binding.get(v) is not None})
        return out


def _position(text: str, offset: int) -> tuple[int, int]:
    line = text.count("\n", 0, offset) + 1
    column = offset - (text.rfind("\n", 0, offset) + 1) + 1
    return line, column


def prepare_query(text: str, *, origin: str = "query"):
    """Parse a query with rdflib (predefined prefixes known); errors name the line and column."""
    from pyparsing import ParseException
    from rdflib.plugins.sparql import prepareQuery

    from diplokg.terms import PREFIXES

    try:
        return prepareQuery(text, initNs=PREFIXES)
    except ParseException as exc:
        line, column = _position(text, exc.loc)
        found = text[exc.loc : exc.loc + 20].split("\n")[0]
        raise DiplokgError(
            f"malformed SPARQL near {found!r}: expected {exc.msg.removeprefix('Expected ')}",
            path=origin,
            line=line,
            column=column,
        ) from None
    except Exception as exc:  # unknown prefix and other errors of the algebra translation
        raise DiplokgError(f"malformed SPARQL: {exc}", path=origin) from None


QUERY_KINDS = {
    "SelectQuery": "SELECT",
    "AskQuery": "ASK",
    "ConstructQuery": "CONSTRUCT",
    "DescribeQuery": "DESCRIBE",
}


def run_query(dataset, text: str, *, origin: str = "query") -> QueryOutcome:
    """Run a SPARQL query; a syntax error becomes a one-line DiplokgError with line and column."""
    prepared = prepare_query(text, origin=origin)
    name = prepared.algebra.name
    kind = QUERY_KINDS.get(name, name)
    try:
        result = dataset.query(prepared)
    except Exception as exc:
        raise DiplokgError(f"the query failed: {exc}", path=origin) from None
    return QueryOutcome(kind, result)


# --------------------------------------------------------------------------- output


def _display(term: object, compact: dict[str, str]) -> str:
    from rdflib import Literal, URIRef

    if term is None:
        return ""
    if isinstance(term, URIRef):
        text = str(term)
        for prefix, namespace in compact.items():
            if text.startswith(namespace) and re.fullmatch(r"[\w.-]+", text[len(namespace) :]):
                return f"{prefix}:{text[len(namespace) :]}"
        return text
    if isinstance(term, Literal):
        return str(term)
    return str(term)


def _width(text: str) -> int:
    return sum(0 if unicodedata.combining(c) else 1 for c in text)


def _pad(text: str, width: int) -> str:
    return text + " " * (width - _width(text))


def text_table(columns: list[str], rows: list[list[str]], max_width: int = 60) -> str:
    """Columns aligned under a header and a rule, cells cut at ``max_width`` characters.

    >>> print(text_table(["rank", "name"], [["1", "Thành phố Hồ Chí Minh"]]))
    rank  name
    ----  ---------------------
    1     Thành phố Hồ Chí Minh
    """
    cut = []
    for row in rows:
        cells = []
        for cell in row:
            text = " ".join(cell.split())
            if _width(text) > max_width:
                text = text[: max_width - 1] + "…"
            cells.append(text)
        cut.append(cells)
    widths = [max([_width(c)] + [_width(r[i]) for r in cut]) for i, c in enumerate(columns)]
    lines = [
        "  ".join(_pad(c, w) for c, w in zip(columns, widths, strict=True)).rstrip(),
        "  ".join("-" * w for w in widths),
    ]
    lines += ["  ".join(_pad(c, w) for c, w in zip(r, widths, strict=True)).rstrip() for r in cut]
    return "\n".join(lines)


def format_table(outcome: QueryOutcome, max_width: int = 60) -> str:
    """A plain-text table with short IRIs (prefix:local) and literal values."""
    from diplokg.terms import PREFIXES

    if outcome.kind == "ASK":
        return "true" if outcome.result.askAnswer else "false"
    columns = outcome.variables
    rows = [[_display(row.get(v), PREFIXES) for v in columns] for row in outcome.rows()]
    table = text_table(columns, rows, max_width)
    return table + f"\n({len(rows)} row{'s' if len(rows) != 1 else ''})"


def _tsv_term(term: object) -> str:
    from rdflib import Literal

    if term is None:
        return ""
    if isinstance(term, Literal):
        # SPARQL 1.1 TSV: literals in Turtle syntax; tabs and newlines escaped.
        return term.n3()
    return term.n3()


def format_result(outcome: QueryOutcome, fmt: str = "table") -> str:
    """Write a query outcome in one of RESULT_FORMATS (or an RDF format for graphs)."""
    if outcome.kind in ("CONSTRUCT", "DESCRIBE"):
        rdf_format = GRAPH_FORMATS.get(fmt)
        if rdf_format is None:
            raise DiplokgError(
                f"a {outcome.kind} result is a graph: use --format ttl, nt or jsonld, not {fmt}"
            )
        from diplokg.terms import PREFIXES

        graph = outcome.result.graph
        for prefix, namespace in PREFIXES.items():
            graph.bind(prefix, namespace, override=True)
        return graph.serialize(format=rdf_format)
    if fmt == "table":
        return format_table(outcome)
    if fmt == "tsv":
        if outcome.kind == "ASK":
            return "?_askResult\n" + ("true" if outcome.result.askAnswer else "false")
        lines = ["\t".join("?" + v for v in outcome.variables)]
        for row in outcome.rows():
            lines.append("\t".join(_tsv_term(row.get(v)) for v in outcome.variables))
        return "\n".join(lines)
    if fmt in ("json", "csv", "xml"):
        data = outcome.result.serialize(format=fmt)
        text = data.decode("utf-8") if isinstance(data, bytes) else data
        if fmt == "json":
            return json.dumps(json.loads(text), ensure_ascii=False, indent=1)
        return text
    raise DiplokgError(f"unknown result format {fmt!r}; use one of: {', '.join(RESULT_FORMATS)}")
