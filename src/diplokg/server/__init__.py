"""The SPARQL endpoint, web page and JSON API of ``diplokg serve``.

- :mod:`~diplokg.server.limits`: worker processes that answer queries, killed and
  replaced when a query overruns its time limit (rdflib queries cannot be interrupted).
- :mod:`~diplokg.server.protocol`: the SPARQL 1.1 Protocol: reading requests,
  content negotiation, result formats, the service description, SERVICE checks.
- :mod:`~diplokg.server.pages`: the web page, entity pages, search and neighbourhood.
- :mod:`~diplokg.server.app`: the Starlette application and :func:`serve`.
"""
