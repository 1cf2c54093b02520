"""SERVICE calls to remote SPARQL endpoints, bounded in time.

rdflib executes ``SERVICE <endpoint>`` itself with ``urllib.request.urlopen`` and no
timeout, so an unreachable endpoint can hang a query for minutes. :func:`check_services`
first opens a TCP connection to each endpoint's host with a short timeout and raises a
one-line :class:`DiplokgError` if it fails; :func:`bounded_socket_timeout` then bounds
every socket operation of the query itself (the remote call included).

>>> service_endpoints("SELECT * { SERVICE <https://query.wikidata.org/sparql> { ?s ?p ?o } }")
['https://query.wikidata.org/sparql']
"""

from __future__ import annotations

import socket
import time
import urllib.parse
from collections.abc import Iterator
from contextlib import contextmanager

from diplokg.errors import DiplokgError


def service_endpoints(query: str) -> list[str]:
    """The endpoint IRIs a query calls with SERVICE, in order, without repeats.

    Read with the SPARQL lexer of :mod:`diplokg.query_scan`, so a "SERVICE" inside a
    string or a comment is not taken for one.
    """
    from diplokg.query_scan import service_targets

    seen: list[str] = []
    for url in service_targets(query):
        if url.startswith(("http://", "https://")) and url not in seen:
            seen.append(url)
    return seen


def check_services(query: str, timeout: float) -> None:
    """Raise a one-line error if an endpoint of the query cannot be reached within ``timeout``."""
    for url in service_endpoints(query):
        parts = urllib.parse.urlsplit(url)
        port = parts.port or (443 if parts.scheme == "https" else 80)
        started = time.monotonic()
        try:
            with socket.create_connection((parts.hostname, port), timeout=timeout):
                pass
        except OSError as exc:
            elapsed = time.monotonic() - started
            reason = "timed out" if isinstance(exc, TimeoutError) else (exc.strerror or str(exc))
            raise DiplokgError(
                f"the query calls SERVICE <{url}>, which cannot be reached ({reason} after "
                f"{elapsed:.1f} s; --service-timeout {timeout:g}). This query needs the network; "
                "the rest of the graph works offline."
            ) from None


@contextmanager
def bounded_socket_timeout(timeout: float) -> Iterator[None]:
    """Within the block, every new socket operation times out after ``timeout`` seconds."""
    previous = socket.getdefaulttimeout()
    socket.setdefaulttimeout(timeout)
    try:
        yield
    finally:
        socket.setdefaulttimeout(previous)
