"""Links to external datasets (Wikidata, GeoNames) and official records of legal documents.

Modules: :mod:`links_file` (the reviewed ``graph/links/links.yaml``), :mod:`links_graph`
(its RDF), :mod:`wikidata_client` (the Wikidata API), :mod:`local_dump` (a local extract
in Wikidata's JSON format), :mod:`reconcile` (candidates, scores, proposals),
:mod:`void_export` (the link set as a VoID linkset) and :mod:`federation` (SERVICE calls
with a bounded time).
"""
