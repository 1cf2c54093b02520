"""The ``diplokg`` command: a thin layer of click commands over the package's functions.

Exit codes: 0 success; 1 the graph does not conform to the SHACL shapes (or a
``--check`` found a difference); 2 bad input (a file, an annotation, a query),
reported as one line naming the file and line.

rdflib and pyshacl are imported inside the commands, so ``diplokg --help`` is fast.
"""

from __future__ import annotations

import sys
import time
from collections.abc import Callable
from functools import wraps
from pathlib import Path
from typing import Any

import click

from diplokg import __version__
from diplokg.errors import DiplokgError, ValidationFailed

RESULT_FORMAT_CHOICES = ["table", "json", "csv", "tsv", "xml", "ttl", "nt", "jsonld"]
EXPORT_FORMAT_CHOICES = ["ttl", "nt", "nq", "trig", "jsonld", "csv"]


def _handle_errors(func: Callable[..., Any]) -> Callable[..., Any]:
    """Turn DiplokgError into one line on stderr and exit code 2; no tracebacks for bad input."""

    @wraps(func)
    def wrapper(*args: Any, **kwargs: Any) -> Any:
        try:
            return func(*args, **kwargs)
        except DiplokgError as exc:
            click.echo(f"Error: {exc}", err=True)
            sys.exit(exc.exit_code)
        except ValidationFailed as exc:
            click.echo(exc.report, err=True)
            click.echo(f"Error: {exc}", err=True)
            sys.exit(exc.exit_code)

    return wrapper


def _project(ctx: click.Context):
    from diplokg.project import Project

    return Project.locate(ctx.obj.get("root"))


def _dataset_path(ctx: click.Context, data: Path | None) -> Path:
    return data if data is not None else _project(ctx).built_dataset


STORE_HELP = (
    "Where the dataset lives: memory (rdflib, reads --data; the default), oxigraph:PATH "
    "(an on-disk Oxigraph store filled by `diplokg push`) or sparql:URL (a SPARQL 1.1 "
    "endpoint). Env: DIPLOKG_STORE."
)


def _open_store(
    ctx: click.Context, spec: str, data: Path | None, *, reason: bool = False, **options: Any
):
    from diplokg.stores import open_store
    from diplokg.stores.registry import split_spec

    if split_spec(spec)[0] == "memory" and data is None:
        data = _dataset_path(ctx, None)
    return open_store(spec, data=data, reason=reason, **options)


def _write_output(text: str, output: Path | None) -> None:
    if output is None:
        click.echo(text, nl=not text.endswith("\n"))
        return
    from diplokg.atomic_files import write_atomically

    try:
        write_atomically(output, text.encode("utf-8"))
    except OSError as exc:
        raise DiplokgError(exc.strerror or str(exc), path=output) from None


@click.group(context_settings={"help_option_names": ["-h", "--help"], "max_content_width": 100})
@click.version_option(__version__, prog_name="diplokg")
@click.option(
    "--root",
    type=click.Path(file_okay=False, path_type=Path),
    envvar="DIPLOKG_ROOT",
    help="Project directory (with ontology/ and graph/). Default: the current directory or "
    "a parent of it, else the checkout diplokg was installed from. Env: DIPLOKG_ROOT.",
)
@click.pass_context
def main(ctx: click.Context, root: Path | None) -> None:
    """diplokg: a knowledge graph of Ho Chi Minh City's foreign affairs (đối ngoại).

    The graph is built from news articles (graph/sources/) and their curated
    annotations (graph/curated/), one named graph per source, every fact with its
    source and quoted evidence. Query it with SPARQL, using the diplokg ontology or
    the standard vocabularies it is aligned to (ORG, FOAF, schema.org, PROV-O, ELI,
    SKOS).

    \b
    Typical use:
      diplokg build                              compile, validate, write graph/build/diplokg.trig
      diplokg queries                            list the named queries
      diplokg query --name partner-locality-counts
      diplokg query 'SELECT ?p WHERE { ?m org:member ?p }' --reason rdfs
      diplokg export --format nt -o diplokg.nt
    """
    ctx.ensure_object(dict)
    ctx.obj["root"] = root


@main.command()
@click.option(
    "-o",
    "--out",
    type=click.Path(dir_okay=False, path_type=Path),
    help="Where to write the dataset (TriG). Default: graph/build/diplokg.trig.",
)
@click.option(
    "--check",
    is_flag=True,
    help="Write nothing; exit 1 if the file on disk differs from a fresh build.",
)
@click.option("--no-validate", is_flag=True, help="Skip the SHACL validation (faster; not for CI).")
@click.pass_context
@_handle_errors
def build(ctx: click.Context, out: Path | None, check: bool, no_validate: bool) -> None:
    """Compile the curated annotations into the RDF dataset.

    Reads graph/curated/*.yaml (and the source texts they quote), checks every
    reference, date and quote, makes one named graph per source plus the
    vocabulary, the ontology and the RDFS entailments, validates the result
    against ontology/shapes.ttl, and writes deterministic TriG. The file is
    replaced atomically, and only if every step succeeded: a failed build leaves
    the previous dataset intact.
    """
    from diplokg.build import build as run_build

    started = time.perf_counter()
    project = _project(ctx)
    click.echo(f"Building from {project.curated_dir} ...", err=True)
    report = run_build(project, out, validate=not no_validate, check_only=check)
    for graph, count in report.graphs.items():
        click.echo(f"  {count:6d} triples  {graph}", err=True)
    elapsed = time.perf_counter() - started
    if check:
        if report.unchanged:
            click.echo(f"{report.path} is up to date ({report.total} quads).")
            return
        click.echo(f"{report.path} differs from a fresh build: run `diplokg build`.")
        sys.exit(1)
    state = "written" if report.written else "unchanged"
    validated = "" if no_validate else ", valid against the SHACL shapes"
    click.echo(f"{report.path}: {report.total} quads{validated}, {state} ({elapsed:.1f} s).")


@main.command()
@click.option(
    "--data",
    type=click.Path(dir_okay=False, path_type=Path),
    help="Dataset file to validate (TriG, N-Quads ...). Default: the built dataset.",
)
@click.pass_context
@_handle_errors
def validate(ctx: click.Context, data: Path | None) -> None:
    """Validate the dataset against the SHACL shapes (ontology/shapes.ttl).

    Prints the SHACL report. Exit code 0 when the graph conforms, 1 when it does
    not, 2 when the file cannot be read.
    """
    from rdflib import Graph

    from diplokg.build import load_ontology
    from diplokg.entailment import rdfs_entailments
    from diplokg.store import load_dataset
    from diplokg.validation import validate_graph

    project = _project(ctx)
    path = _dataset_path(ctx, data)
    dataset = load_dataset(path, reason=True)
    union = Graph()
    for s, p, o, _g in dataset.quads((None, None, None, None)):
        union.add((s, p, o))
    ontology = load_ontology(project)
    for triple in ontology:
        union.add(triple)
    for triple in rdfs_entailments(union, ontology):
        union.add(triple)
    conforms, report = validate_graph(union, project)
    click.echo(report.rstrip())
    if not conforms:
        sys.exit(1)


def _query_text(sparql: str | None, file: Path | None, name: str | None) -> tuple[str, str]:
    given = [x for x in (sparql, file, name) if x is not None]
    if len(given) != 1:
        raise DiplokgError("give exactly one of: a SPARQL text, -f FILE, or --name NAME")
    if name is not None:
        from diplokg.query_library import get_query

        named = get_query(name)
        return named.text, f"query {name}"
    if file is not None:
        try:
            return file.read_text(encoding="utf-8"), str(file)
        except FileNotFoundError:
            raise DiplokgError("no such file", path=file) from None
        except (OSError, UnicodeDecodeError) as exc:
            raise DiplokgError(f"cannot read the query: {exc}", path=file) from None
    assert sparql is not None
    if sparql == "-":
        return sys.stdin.read(), "stdin"
    return sparql, "query"


@main.command()
@click.argument("sparql", required=False)
@click.option(
    "-f",
    "--file",
    type=click.Path(dir_okay=False, path_type=Path),
    help="Read the query from a .rq file.",
)
@click.option("-n", "--name", help="Run a named query of the library (see `diplokg queries`).")
@click.option(
    "--format",
    "fmt",
    type=click.Choice(RESULT_FORMAT_CHOICES),
    default="table",
    show_default=True,
    help="SELECT/ASK: table, or the SPARQL 1.1 result formats json, csv, tsv, xml. "
    "CONSTRUCT/DESCRIBE: Turtle (table, ttl), nt or jsonld.",
)
@click.option(
    "--reason",
    type=click.Choice(["none", "rdfs"]),
    default="none",
    show_default=True,
    help="rdfs: answer with the RDFS entailments of the ontology too, so that queries in "
    "the standard vocabularies (org:, schema:, prov: ...) see diplokg facts.",
)
@click.option(
    "--data",
    type=click.Path(dir_okay=False, path_type=Path),
    help="Dataset file to query. Default: the built dataset (graph/build/diplokg.trig).",
)
@click.option("--store", default="memory", show_default=True, envvar="DIPLOKG_STORE",
              help=STORE_HELP)
@click.option("-o", "--output", type=click.Path(dir_okay=False, path_type=Path), help="Write here.")
@click.pass_context
@_handle_errors
def query(
    ctx: click.Context,
    sparql: str | None,
    file: Path | None,
    name: str | None,
    fmt: str,
    reason: str,
    data: Path | None,
    store: str,
    output: Path | None,
) -> None:
    """Run a SPARQL query (SELECT, ASK, CONSTRUCT, DESCRIBE) on the graph.

    Give the query as an argument ('-' reads standard input), with -f FILE, or by
    name with --name. The prefixes dkg, org, foaf, schema, prov, eli, skos, dct,
    qb, oa, time, rdf, rdfs, owl, xsd and the entity prefixes (person:,
    organization:, locality:, event: ...) are predefined.

    \b
    Examples:
      diplokg query --name conference-attendees
      diplokg query --name events-timeline --format csv
      diplokg query 'SELECT ?name WHERE { ?p a dkg:Person ; skos:prefLabel ?name }'
      diplokg query --reason rdfs 'SELECT ?m WHERE { ?m a org:Membership }' --format json
      diplokg query --store oxigraph:kg.oxigraph --name people-roles
      diplokg query --store sparql:http://127.0.0.1:8890/sparql --name resolutions
    """
    from diplokg.sparql import format_result

    text, origin = _query_text(sparql, file, name)
    with _open_store(ctx, store, data, reason=reason == "rdfs") as opened:
        outcome = opened.query(text, origin=origin)
    _write_output(format_result(outcome, fmt), output)


@main.command()
@_handle_errors
def queries() -> None:
    """List the named queries (the competency questions), one line each.

    Each is a SPARQL file in the package (src/diplokg/queries/NAME.rq) whose
    first line is "# description: ...". Run one with `diplokg query --name NAME`;
    add one by dropping a new .rq file there.
    """
    from diplokg.query_library import list_queries

    named = list_queries()
    width = max(len(q.name) for q in named)
    for q in named:
        click.echo(f"{q.name.ljust(width)}  {q.description}")


@main.command()
@click.option(
    "--format",
    "fmt",
    type=click.Choice(EXPORT_FORMAT_CHOICES),
    default="ttl",
    show_default=True,
    help="ttl and nt merge all graphs; trig, nq and jsonld keep one named graph per "
    "source; csv lists the entities (IRI, type, labels, aliases, sources).",
)
@click.option("-o", "--output", type=click.Path(dir_okay=False, path_type=Path), help="Write here.")
@click.option(
    "--entailments/--no-entailments",
    default=True,
    show_default=True,
    help="Include the materialised RDFS entailments, so that consumers who know only the "
    "standard vocabularies (ORG, schema.org, PROV-O, SKOS) get complete answers.",
)
@click.option(
    "--ontology/--no-ontology", default=True, show_default=True, help="Include the ontology."
)
@click.option(
    "--data",
    type=click.Path(dir_okay=False, path_type=Path),
    help="Dataset file to export. Default: the built dataset.",
)
@click.pass_context
@_handle_errors
def export(
    ctx: click.Context,
    fmt: str,
    output: Path | None,
    entailments: bool,
    ontology: bool,
    data: Path | None,
) -> None:
    """Export the graph in an RDF format, or its entities as CSV.

    Written to standard output, or atomically to -o FILE.
    """
    from diplokg.export import export_text

    text = export_text(_dataset_path(ctx, data), fmt, entailments=entailments, ontology=ontology)
    _write_output(text, output)
    if output is not None:
        click.echo(f"{output}: {fmt}, {len(text.encode('utf-8'))} bytes", err=True)


@main.command()
@click.option("--store", required=True, envvar="DIPLOKG_STORE",
              help="oxigraph:PATH (created if missing) or sparql:URL (the query endpoint).")
@click.option(
    "--data",
    type=click.Path(dir_okay=False, path_type=Path),
    help="Dataset file to load (TriG, N-Quads ...). Default: the built dataset.",
)
@click.option("--graph-store", metavar="URL", envvar="DIPLOKG_GRAPH_STORE",
              help="sparql: the server's Graph Store Protocol endpoint (e.g. Virtuoso's "
              "/sparql-graph-crud-auth). Without it, graphs are sent as SPARQL Update.")
@click.option("--update-url", metavar="URL", envvar="DIPLOKG_UPDATE_URL",
              help="sparql: the SPARQL Update endpoint. Default: the query endpoint.")
@click.option("--user", envvar="DIPLOKG_SPARQL_USER", help="sparql: user name for updates.")
@click.option("--password", envvar="DIPLOKG_SPARQL_PASSWORD",
              help="sparql: password (better given by DIPLOKG_SPARQL_PASSWORD).")
@click.option("--auth", type=click.Choice(["basic", "digest"]), default="basic",
              show_default=True, help="sparql: HTTP authentication scheme (Virtuoso: digest).")
@click.pass_context
@_handle_errors
def push(
    ctx: click.Context,
    store: str,
    data: Path | None,
    graph_store: str | None,
    update_url: str | None,
    user: str | None,
    password: str | None,
    auth: str,
) -> None:
    """Load the dataset, with its named graphs, into a store; queries then run there.

    oxigraph:PATH bulk-loads into a fresh database inside PATH and swaps it in
    atomically: an interrupted push leaves the previous dataset, never half of
    one. sparql:URL replaces the dataset's graphs on a SPARQL 1.1 server (Graph
    Store Protocol or SPARQL Update); other graphs on the server are left alone.

    \b
    Examples:
      diplokg push --store oxigraph:kg.oxigraph
      diplokg push --store sparql:http://127.0.0.1:8890/sparql \\
          --graph-store http://127.0.0.1:8890/sparql-graph-crud-auth --user dba --auth digest
    """
    from diplokg.stores.registry import split_spec

    if split_spec(store)[0] == "memory":
        raise DiplokgError("the memory store lives in the process: push to oxigraph:PATH or "
                           "sparql:URL", path="--store")
    started = time.perf_counter()
    path = _dataset_path(ctx, data)
    options: dict[str, Any] = {"writable": True, "graph_store_url": graph_store,
                               "update_url": update_url, "user": user, "password": password,
                               "auth": auth}
    with _open_store(ctx, store, None, **options) as opened:
        count = opened.load(path)
        graphs = opened.graph_names()
    elapsed = time.perf_counter() - started
    click.echo(f"{store}: {count} quads in {len(graphs)} named graphs from {path} "
               f"({elapsed:.1f} s).")


@main.command()
@click.option("--host", default="127.0.0.1", show_default=True, help="Address to listen on.")
@click.option("--port", default=8000, show_default=True, type=int, help="Port to listen on.")
@click.option("--store", default="memory", show_default=True, envvar="DIPLOKG_STORE",
              help=STORE_HELP)
@click.option("--data", type=click.Path(dir_okay=False, path_type=Path),
              help="memory store: the dataset file. Default: the built dataset.")
@click.option("--reason", type=click.Choice(["none", "rdfs"]), default="none",
              show_default=True, help="rdfs: queries see the RDFS entailments too.")
@click.option("--workers", default=2, show_default=True, type=click.IntRange(1, 64),
              help="Worker processes answering queries (each opens the store).")
@click.option("--timeout", default=10.0, show_default=True, type=click.FloatRange(0.1),
              help="Time limit of a query in seconds; its worker is killed and replaced "
              "(HTTP 503).")
@click.option("--max-rows", default=10000, show_default=True, type=click.IntRange(1),
              help="Largest result (rows, or triples of a graph) answered; more is HTTP 413.")
@click.option("--max-query-bytes", default=100_000, show_default=True, type=click.IntRange(1),
              help="Largest request body or query accepted; more is HTTP 413.")
@click.option("--cache-size", default=256, show_default=True, type=click.IntRange(0),
              help="Answers kept in memory by (query, format); 0 disables the cache.")
@click.option("--allow-update", is_flag=True,
              help="Accept SPARQL Update (needs --token; one worker then answers everything).")
@click.option("--token", envvar="DIPLOKG_SERVER_TOKEN",
              help="The bearer token updates must carry. Env: DIPLOKG_SERVER_TOKEN.")
@click.option("--allow-service", multiple=True, metavar="HOST",
              help="A host that SERVICE clauses may call (repeatable). Default: none.")
@click.pass_context
@_handle_errors
def serve(
    ctx: click.Context,
    host: str,
    port: int,
    store: str,
    data: Path | None,
    reason: str,
    workers: int,
    timeout: float,
    max_rows: int,
    max_query_bytes: int,
    cache_size: int,
    allow_update: bool,
    token: str | None,
    allow_service: tuple[str, ...],
) -> None:
    """Serve the graph: a SPARQL 1.1 endpoint, a web page and a JSON API.

    \b
    /sparql                     SPARQL 1.1 Protocol (GET, POST urlencoded or direct);
                                JSON, XML, CSV, TSV results; Turtle, JSON-LD, N-Triples
                                graphs; CORS; a service description on a bare GET
    /                           a query editor with the named queries as examples
    /entity/person/pham-dut-diem?lang=en   an entity's facts with sources and evidence
    /api/search?q=pham dut diem            search by name, diacritics ignored (JSON)
    /api/neighbourhood?iri=IRI             an entity's neighbours and edges (JSON)

    Read-only unless started with --allow-update and a token; SERVICE calls only to
    the hosts given with --allow-service. Every query has a time limit and a result
    size limit, answered with HTTP 503 and 413 and a message saying which.
    """
    from diplokg.server.app import ServerConfig
    from diplokg.server.app import serve as run_server
    from diplokg.server.limits import StoreConfig
    from diplokg.stores.registry import split_spec

    if allow_update and not token:
        raise DiplokgError("--allow-update needs a token (--token or DIPLOKG_SERVER_TOKEN)",
                           path="--allow-update")
    if split_spec(store)[0] == "memory" and data is None:
        data = _dataset_path(ctx, None)
    config = ServerConfig(
        store=StoreConfig(spec=store, data=data, reason=reason == "rdfs"),
        workers=workers, timeout=timeout, max_rows=max_rows, max_query_bytes=max_query_bytes,
        cache_size=cache_size, allow_update=allow_update, token=token,
        allow_service=frozenset(h.lower() for h in allow_service),
    )
    # Fail fast, in this process, on a store that cannot be opened.
    _open_store(ctx, store, data, reason=reason == "rdfs").close()
    click.echo(f"Serving {store} on http://{host}:{port}/ (SPARQL at /sparql); Ctrl-C stops.",
               err=True)
    run_server(config, host=host, port=port)


if __name__ == "__main__":  # pragma: no cover
    main()
