"""diplokg: a knowledge graph of Ho Chi Minh City's foreign affairs, with a query layer.

The package is a set of plain-function modules, one per concern:

- :mod:`diplokg.project`      where the ontology, sources, annotations and built graph live
- :mod:`diplokg.annotations`  reading and checking the curated annotation files
- :mod:`diplokg.compiler`     annotation -> RDF (one named graph per source)
- :mod:`diplokg.build`        the whole build: compile, entail, validate, write atomically
- :mod:`diplokg.entailment`   RDFS entailments of the ontology's alignment
- :mod:`diplokg.validation`   SHACL validation
- :mod:`diplokg.store`        loading the built dataset
- :mod:`diplokg.sparql`       running SPARQL and formatting results
- :mod:`diplokg.query_library` the named queries (competency questions)
- :mod:`diplokg.export`       exports in RDF formats and CSV
- :mod:`diplokg.cli`          the ``diplokg`` command, a thin layer over the above

rdflib is imported lazily so that ``diplokg --help`` starts fast.
"""

__version__ = "0.1.0"
