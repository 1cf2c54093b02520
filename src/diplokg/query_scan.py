"""Reading a SPARQL text's shape without parsing it: its form and its SERVICE targets.

A small lexer skips comments, strings and IRIs, so a keyword inside a literal
or an IRI is never mistaken for one. Used to refuse SERVICE calls to other hosts
before a query reaches any engine, and to tell a DESCRIBE from a CONSTRUCT.

>>> query_form('PREFIX s: <http://x/SELECT> # ASK\\nDESCRIBE <http://x/a>')
'DESCRIBE'
>>> service_targets('SELECT * { SERVICE <http://evil.example/sparql> { ?s ?p ?o } }')
['http://evil.example/sparql']
>>> service_targets('SELECT * { ?s ?p "SERVICE <http://x>" }')
[]
"""

from __future__ import annotations

import functools
import re

_TOKEN = re.compile(
    r'''(?P<skip>\#[^\n]*|\s+)
      | (?P<string>"""(?:[^"\\]|\\.|"(?!""))*"""|\'\'\'(?:[^'\\]|\\.|'(?!''))*\'\'\'
                  |"(?:[^"\\\n]|\\.)*"|'(?:[^'\\\n]|\\.)*')
      | (?P<iri><[^<>"{}|^`\\\s]*>)
      | (?P<var>[?$][\w]+)
      | (?P<word>[\w][\w.:-]*[\w:]|[\w]:?|:[\w.-]*)
      | (?P<other>.)''',
    re.X | re.S,
)

FORMS = ("SELECT", "ASK", "CONSTRUCT", "DESCRIBE")
UPDATE_WORDS = {"INSERT", "DELETE", "LOAD", "CLEAR", "CREATE", "DROP", "COPY", "MOVE", "ADD"}
_LEADING_WORDS = UPDATE_WORDS | set(FORMS) | {"WITH"}  # what a request starts with


@functools.lru_cache(maxsize=128)
def tokens(text: str) -> tuple[tuple[str, str], ...]:
    """The query's tokens as (kind, text), comments and white space left out.

    Cached: the server reads each request's form, update words and SERVICE targets
    from the same text, and the same queries come again and again."""
    return tuple((match.lastgroup or "other", match.group()) for match in _TOKEN.finditer(text)
                 if match.lastgroup != "skip")


def query_form(text: str) -> str | None:
    """SELECT, ASK, CONSTRUCT or DESCRIBE (the first such keyword), else None."""
    for kind, value in tokens(text):
        if kind == "word" and value.upper() in FORMS:
            return value.upper()
    return None


def is_update(text: str) -> bool:
    """True if the text is a SPARQL Update request rather than a query.

    >>> is_update('PREFIX x: <http://x/> INSERT DATA { x:a x:b x:c }'), is_update('ASK {}')
    (True, False)
    """
    for kind, value in tokens(text):
        if kind == "word" and value.upper() in _LEADING_WORDS:
            return value.upper() not in FORMS
    return False


def service_targets(text: str) -> list[str]:
    """The endpoints of the SERVICE clauses: IRIs, prefixed names or ``?variables`` as written."""
    found = []
    toks = tokens(text)
    for i, (kind, value) in enumerate(toks):
        if kind == "word" and value.upper() == "SERVICE":
            j = i + 1
            if j < len(toks) and toks[j][1].upper() == "SILENT":
                j += 1
            if j < len(toks):
                target = toks[j][1]
                found.append(target[1:-1] if toks[j][0] == "iri" else target)
    return found
