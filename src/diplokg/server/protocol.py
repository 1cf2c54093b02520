"""The SPARQL 1.1 Protocol: media types, content negotiation, result rendering, checks.

>>> negotiate("SELECT", "text/csv;q=0.5, application/sparql-results+json")
'application/sparql-results+json'
>>> negotiate("CONSTRUCT", "*/*")
'text/turtle'
"""

from __future__ import annotations

from urllib.parse import urlsplit

from diplokg.sparql import JSON_RESULTS

RESULT_TYPES = {  # media type -> diplokg.sparql format
    JSON_RESULTS: "json",
    "application/json": "json",
    "application/sparql-results+xml": "xml",
    "application/xml": "xml",
    "text/csv": "csv",
    "text/tab-separated-values": "tsv",
}
GRAPH_TYPES = {
    "text/turtle": "ttl",
    "application/ld+json": "jsonld",
    "application/n-triples": "nt",
    "text/plain": "nt",
}
SHORT_NAMES = {  # ?format= values
    "json": JSON_RESULTS,
    "xml": "application/sparql-results+xml",
    "csv": "text/csv",
    "tsv": "text/tab-separated-values",
    "ttl": "text/turtle",
    "turtle": "text/turtle",
    "jsonld": "application/ld+json",
    "nt": "application/n-triples",
}


def _accepted(accept: str) -> list[tuple[float, int, str]]:
    out = []
    for index, part in enumerate(accept.split(",")):
        fields = [f.strip() for f in part.split(";")]
        media = fields[0].lower()
        quality = 1.0
        for param in fields[1:]:
            if param.startswith("q="):
                try:
                    quality = float(param[2:])
                except ValueError:
                    quality = 0.0
        if media:
            out.append((quality, -index, media))
    return sorted(out, reverse=True)


def negotiate(form: str, accept: str | None, explicit: str | None = None) -> str | None:
    """The media type to answer a query of ``form`` with, or None if none is acceptable."""
    table = GRAPH_TYPES if form in ("CONSTRUCT", "DESCRIBE") else RESULT_TYPES
    default = "text/turtle" if table is GRAPH_TYPES else JSON_RESULTS
    if explicit:
        media = SHORT_NAMES.get(explicit.lower(), explicit.lower())
        return media if media in table else None
    if not accept:
        return default
    for quality, _, media in _accepted(accept):
        if quality <= 0:
            continue
        if media in table:
            return media
        if media in ("*/*", "application/*", "text/*"):
            return default
    return None


def render(outcome, media_type: str) -> tuple[str, bytes]:
    """Format a query outcome as ``media_type``; returns (Content-Type, body)."""
    from diplokg.sparql import format_result

    table = GRAPH_TYPES if outcome.kind in ("CONSTRUCT", "DESCRIBE") else RESULT_TYPES
    fmt = table[media_type]
    text = format_result(outcome, fmt)
    content_type = JSON_RESULTS if fmt == "json" else media_type
    if fmt == "xml":
        content_type = "application/sparql-results+xml"
    return f"{content_type}; charset=utf-8", text.encode("utf-8")


def refused_services(text: str, allowed_hosts: set[str]) -> list[str]:
    """The SERVICE targets of a query that are not IRIs on an allowed host.

    >>> refused_services('SELECT * { SERVICE <http://a.example/s> {} }', {"b.example"})
    ['http://a.example/s']
    >>> refused_services('SELECT * { SERVICE <http://b.example/s> {} }', {"b.example"})
    []
    """
    from diplokg.query_scan import service_targets

    refused = []
    for target in service_targets(text):
        host = urlsplit(target).hostname if "://" in target else None
        if host is None or host.lower() not in allowed_hosts:
            refused.append(target)
    return refused


def service_description(endpoint: str, update: bool) -> str:
    """A SPARQL 1.1 Service Description of the endpoint, in Turtle."""
    languages = ["sd:SPARQL11Query"] + (["sd:SPARQL11Update"] if update else [])
    formats = [
        "<http://www.w3.org/ns/formats/SPARQL_Results_JSON>",
        "<http://www.w3.org/ns/formats/SPARQL_Results_XML>",
        "<http://www.w3.org/ns/formats/SPARQL_Results_CSV>",
        "<http://www.w3.org/ns/formats/SPARQL_Results_TSV>",
        "<http://www.w3.org/ns/formats/Turtle>",
        "<http://www.w3.org/ns/formats/JSON-LD>",
        "<http://www.w3.org/ns/formats/N-Triples>",
    ]
    return (
        "@prefix sd: <http://www.w3.org/ns/sparql-service-description#> .\n"
        "@prefix dct: <http://purl.org/dc/terms/> .\n\n"
        f"<{endpoint}> a sd:Service ;\n"
        f"    sd:endpoint <{endpoint}> ;\n"
        f"    sd:supportedLanguage {', '.join(languages)} ;\n"
        "    sd:feature sd:UnionDefaultGraph ;\n"
        f"    sd:resultFormat {', '.join(formats)} ;\n"
        "    dct:title \"diplokg: Ho Chi Minh City's foreign affairs knowledge graph\" .\n"
    )
