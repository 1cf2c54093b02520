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
from dataclasses import dataclass
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
    """
    from diplokg.sparql import format_result, run_query
    from diplokg.store import load_dataset

    text, origin = _query_text(sparql, file, name)
    dataset = load_dataset(_dataset_path(ctx, data), reason=reason == "rdfs")
    outcome = run_query(dataset, text, origin=origin)
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


# --------------------------------------------------------------------------- traversal

FACT_MODE_CHOICES = ["edges", "nodes"]
EDGE_KIND_HELP = (
    "Relations to follow, comma-separated: role, participation, relation, document, event, "
    "partnership, recommendation, observation, photo; or 'all'. Default: all but photo "
    "(photo credits link a photographer to everything photographed)."
)


@dataclass
class _GraphRequest:
    """The options shared by the traversal and map commands, and what they mean."""

    data: Path | None
    facts: str
    edges: str | None
    date_from: str | None
    date_to: str | None
    lang: str

    def kinds(self):
        """The edge kinds to follow (checked)."""
        from diplokg.traversal import edge_kinds

        try:
            return edge_kinds(self.edges)
        except DiplokgError as exc:
            raise DiplokgError(exc.message, path="--edges") from None

    def window(self):
        """The time window of --from/--to (checked)."""
        from diplokg.dates import TimeWindow

        for option, value in (("--from", self.date_from), ("--to", self.date_to)):
            if value is not None:
                try:
                    TimeWindow.parse(value, None)
                except ValueError as exc:
                    raise DiplokgError(str(exc), path=option) from None
        try:
            return TimeWindow.parse(self.date_from, self.date_to)
        except ValueError as exc:
            raise DiplokgError(str(exc), path="--from/--to") from None

    def load(self, ctx: click.Context):
        """The projection of the dataset."""
        from diplokg.projection import project
        from diplokg.store import load_dataset

        return project(load_dataset(_dataset_path(ctx, self.data)), facts=self.facts)


def _graph_options(func: Callable[..., Any]) -> Callable[..., Any]:
    """Add the shared options; the command receives them as one ``graph`` argument."""

    @wraps(func)
    def wrapper(
        *args: Any,
        data: Path | None,
        facts: str,
        edge_kinds: str | None,
        date_from: str | None,
        date_to: str | None,
        lang: str,
        **kwargs: Any,
    ) -> Any:
        request = _GraphRequest(data, facts, edge_kinds, date_from, date_to, lang)
        return func(*args, graph=request, **kwargs)

    options = [
        click.option(
            "--data",
            type=click.Path(dir_okay=False, path_type=Path),
            help="Dataset file. Default: the built dataset (graph/build/diplokg.trig).",
        ),
        click.option(
            "--facts",
            type=click.Choice(FACT_MODE_CHOICES),
            default="edges",
            show_default=True,
            help="N-ary facts (a role held, a participation, a figure ...) as edges with "
            "their qualifiers, or as small nodes of their own.",
        ),
        click.option("--edges", "edge_kinds", metavar="KINDS", help=EDGE_KIND_HELP),
        click.option(
            "--from",
            "date_from",
            metavar="DATE",
            help="Leave out events, documents, roles and figures dated before DATE "
            "(YYYY, YYYY-MM or YYYY-MM-DD). Undated ones stay.",
        ),
        click.option("--to", "date_to", metavar="DATE", help="Leave out what is dated after DATE."),
        click.option(
            "--lang",
            type=click.Choice(["vi", "en"]),
            default="vi",
            show_default=True,
            help="Language of names and words.",
        ),
    ]
    for option in reversed(options):
        wrapper = option(wrapper)
    return wrapper


def _format_option(func: Callable[..., Any]) -> Callable[..., Any]:
    return click.option(
        "--format",
        "fmt",
        type=click.Choice(["text", "json"]),
        default="text",
        show_default=True,
        help="Readable text, or JSON for scripts.",
    )(func)


def _print_report(report: dict, fmt: str, text: Callable[[dict, str], str], lang: str) -> None:
    if fmt == "json":
        import json

        click.echo(json.dumps(report, ensure_ascii=False, indent=1))
    else:
        click.echo(text(report, lang), nl=False)


@main.command()
@click.argument("source")
@click.argument("target")
@click.option(
    "-k",
    "--paths",
    "k",
    type=int,
    default=1,
    show_default=True,
    help="How many paths: the k shortest, fewest steps first.",
)
@_graph_options
@_format_option
@click.pass_context
@_handle_errors
def path(
    ctx: click.Context,
    source: str,
    target: str,
    k: int,
    graph: _GraphRequest,
    fmt: str,
) -> None:
    """How two entities are connected: the shortest path(s), in words, with sources.

    SOURCE and TARGET are names: a label in Vietnamese or English, an alias, an IRI or
    a short IRI (person:sam-mostyn); case and Vietnamese diacritics do not matter ("Vo
    Van Hoan" finds Võ Văn Hoan). An unknown or ambiguous name exits with code 2 and
    lists the closest candidates. Each step is a relation stated by a source: printed
    as a sentence, with the article and the quoted evidence. Relations count in either
    direction.

    \b
    Examples:
      diplokg path "Sam Mostyn" "Esteban Lazo Hernandez"
      diplokg path "Vo Van Hoan" "Nguyen Thanh Phong" -k 3 --lang en
      diplokg path "Sam Mostyn" "Le Anh Tuan" --edges participation,event,role --from 2025
    """
    from diplokg.entity_lookup import resolve_entity
    from diplokg.explanations import path_report, path_text
    from diplokg.traversal import shortest_paths

    kinds, window, lang = graph.kinds(), graph.window(), graph.lang
    if k < 1:
        raise DiplokgError(f"must be at least 1, not {k}", path="--paths")
    G = graph.load(ctx)
    a, b = resolve_entity(G, source), resolve_entity(G, target)
    paths = shortest_paths(G, a, b, k=k, kinds=kinds, window=window)
    report = path_report(G, a, b, paths, lang, kinds=kinds, window=window)
    _print_report(report, fmt, path_text, lang)
    if not paths:
        sys.exit(1)


@main.command()
@click.argument("name")
@click.option(
    "-d", "--depth", type=int, default=1, show_default=True, help="How many steps away from NAME."
)
@_graph_options
@_format_option
@click.pass_context
@_handle_errors
def neighbors(
    ctx: click.Context,
    name: str,
    depth: int,
    graph: _GraphRequest,
    fmt: str,
) -> None:
    """The ego network of an entity: everything within --depth steps, and how.

    Nearest first; each neighbour with the relation(s) that link it to the entity one
    step nearer, in words, with the article and quoted evidence. NAME is matched like
    in `diplokg path`.

    \b
    Examples:
      diplokg neighbors "Võ Văn Hoan" --depth 2
      diplokg neighbors "UBND TP.HCM" --edges role --format json
    """
    from diplokg.entity_lookup import resolve_entity
    from diplokg.explanations import neighbors_report, neighbors_text
    from diplokg.traversal import neighborhood

    kinds, window, lang = graph.kinds(), graph.window(), graph.lang
    if depth < 1:
        raise DiplokgError(f"must be at least 1, not {depth}", path="--depth")
    G = graph.load(ctx)
    center = resolve_entity(G, name)
    found = neighborhood(G, center, depth=depth, kinds=kinds, window=window)
    report = neighbors_report(G, center, found, depth, lang, kinds=kinds, window=window)
    _print_report(report, fmt, neighbors_text, lang)


def _node_kinds(kinds: str | None) -> list[str] | None:
    if kinds is None:
        return None
    from diplokg.projection import ALL_NODE_KINDS

    names = [k.strip() for k in kinds.split(",") if k.strip()]
    unknown = [k for k in names if k not in ALL_NODE_KINDS]
    if unknown or not names:
        raise DiplokgError(
            f"unknown kind {', '.join(map(repr, unknown)) or '(none given)'}; "
            f"use some of: {', '.join(ALL_NODE_KINDS)}",
            path="--kinds",
        )
    return names


@main.command()
@click.option(
    "--by",
    type=click.Choice(["degree", "betweenness", "pagerank"]),
    default="degree",
    show_default=True,
    help="degree: share of entities directly related; betweenness: share of shortest "
    "paths through it; pagerank: importance from important neighbours.",
)
@click.option("-n", "--top", type=int, default=10, show_default=True, help="How many to list.")
@click.option(
    "--kinds",
    metavar="KINDS",
    help="List only these kinds, e.g. Person,Organization (the measure is still "
    "computed on the whole graph).",
)
@_graph_options
@_format_option
@click.pass_context
@_handle_errors
def central(
    ctx: click.Context,
    by: str,
    top: int,
    kinds: str | None,
    graph: _GraphRequest,
    fmt: str,
) -> None:
    """Who is central to the city's foreign affairs: entities ranked by a centrality.

    Computed on the undirected graph of the relations followed (--edges, --from,
    --to), one link per related pair (PageRank weighs a pair by its number of
    relations). Betweenness is exact up to 500 entities, estimated from a fixed
    sample of 500 above.

    \b
    Examples:
      diplokg central --by betweenness
      diplokg central --by pagerank --kinds Person --top 5 --lang en
    """
    from diplokg.explanations import centrality_report, centrality_text
    from diplokg.traversal import centrality

    edge_set, window, lang = graph.kinds(), graph.window(), graph.lang
    wanted = _node_kinds(kinds)
    if top < 1:
        raise DiplokgError(f"must be at least 1, not {top}", path="--top")
    G = graph.load(ctx)
    ranking = centrality(G, by=by, kinds=edge_set, window=window, node_kinds=wanted, top=top)
    report = centrality_report(G, ranking, by, lang, kinds=edge_set, window=window)
    _print_report(report, fmt, centrality_text, lang)


@main.command()
@click.option(
    "--from", "date_from", metavar="DATE", help="Events from DATE on (YYYY, YYYY-MM or YYYY-MM-DD)."
)
@click.option("--to", "date_to", metavar="DATE", help="Events up to DATE (inclusive).")
@click.option("--actor", metavar="NAME", help="Only the events NAME took part in or organised.")
@click.option(
    "--lang",
    type=click.Choice(["vi", "en"]),
    default="vi",
    show_default=True,
    help="Language of names and words.",
)
@click.option(
    "--data",
    type=click.Path(dir_okay=False, path_type=Path),
    help="Dataset file. Default: the built dataset.",
)
@_format_option
@click.pass_context
@_handle_errors
def timeline(
    ctx: click.Context,
    date_from: str | None,
    date_to: str | None,
    actor: str | None,
    lang: str,
    data: Path | None,
    fmt: str,
) -> None:
    """Events in date order, with places, organisers, participants (and how) and sources.

    Dates keep the precision of the source ("2024", "2025-09", "2025-04-11"); an event
    is in the window when the period of its date overlaps it. Without --from/--to,
    undated events are listed last; with them, they are left out.

    \b
    Examples:
      diplokg timeline --from 2024 --to 2025
      diplokg timeline --actor "Pham Dut Diem" --lang en --format json
    """
    from diplokg.entity_lookup import resolve_entity
    from diplokg.explanations import timeline_report, timeline_text
    from diplokg.traversal import timeline as events_in_order

    request = _GraphRequest(data, "edges", None, date_from, date_to, lang)
    window = request.window()
    G = request.load(ctx)
    who = resolve_entity(G, actor) if actor is not None else None
    entries = events_in_order(G, window=window, actor=who)
    _print_report(timeline_report(G, entries, lang), fmt, timeline_text, lang)


# --------------------------------------------------------------------------- maps


@main.command(name="map")
@click.option(
    "-o",
    "--output",
    type=click.Path(dir_okay=False, path_type=Path),
    default=Path("diplokg-map.html"),
    show_default=True,
    help="HTML file to write ('-' for standard output).",
)
@click.option("--focus", metavar="NAME", help="Draw the ego network of NAME.")
@click.option(
    "-d",
    "--depth",
    type=int,
    default=2,
    show_default=True,
    help="With --focus: how many steps from NAME.",
)
@click.option(
    "--path",
    "path_ends",
    nargs=2,
    metavar="A B",
    help="Draw the shortest path from A to B, highlighted among its neighbours.",
)
@click.option(
    "--kinds", metavar="KINDS", help="Only entities of these kinds, e.g. Person,Organization,Event."
)
@click.option(
    "--size-by",
    type=click.Choice(["degree", "betweenness", "pagerank"]),
    default="degree",
    show_default=True,
    help="Centrality (within the map) that sizes the nodes.",
)
@click.option(
    "--aggregate",
    is_flag=True,
    help="One node per kind and one edge per pair of kinds, for graphs too large "
    "to draw entity by entity.",
)
@click.option(
    "--max-nodes",
    type=int,
    default=1000,
    show_default=True,
    help="Refuse to draw more entities than this (use --focus, filters or --aggregate).",
)
@click.option("--title", help="Title of the page.")
@_graph_options
@click.pass_context
@_handle_errors
def relationship_map(
    ctx: click.Context,
    output: Path,
    focus: str | None,
    depth: int,
    path_ends: tuple[str, str] | None,
    kinds: str | None,
    size_by: str,
    aggregate: bool,
    max_nodes: int,
    title: str | None,
    graph: _GraphRequest,
) -> None:
    """Draw an interactive relationship map: one HTML file that works offline.

    Open the file in a browser (no network needed: vis-network is inlined). Colour and
    shape show the kind of entity (see the legend), size its centrality, edges carry
    their relation in words; hover on a node or an edge for both languages, the dates,
    the source article and the quoted evidence. Drag to move, scroll to zoom.

    A map of more than --max-nodes entities is refused with advice (focus, filters)
    rather than drawn as a hairball; --aggregate draws one node per kind instead.

    \b
    Examples:
      diplokg map -o map.html
      diplokg map --focus "Phạm Dứt Điểm" --depth 2 -o ego.html
      diplokg map --path "Sam Mostyn" "Esteban Lazo Hernandez" -o path.html
      diplokg map --kinds Person,Organization,Event --from 2025 --lang en
      diplokg screenshot map.html -o map.png      (a PNG of it, with headless Chromium)
    """
    from diplokg.relationship_map import relationship_map_html

    edge_set, window, lang = graph.kinds(), graph.window(), graph.lang
    node_kinds = _node_kinds(kinds)
    if depth < 1:
        raise DiplokgError(f"must be at least 1, not {depth}", path="--depth")
    if focus is not None and path_ends:
        raise DiplokgError("give --focus or --path, not both")
    G = graph.load(ctx)
    page = relationship_map_html(
        G,
        focus=focus,
        depth=depth,
        path=tuple(path_ends) if path_ends else None,
        node_kinds=node_kinds,
        kinds=edge_set if graph.edges is not None else None,
        window=window,
        lang=lang,
        size_by=size_by,
        aggregate=aggregate,
        max_nodes=max_nodes,
        title=title,
    )
    if str(output) == "-":
        click.echo(page, nl=False)
        return
    _write_output(page, output)
    size = len(page.encode("utf-8"))
    click.echo(
        f"{output}: relationship map, {size / 1024:.0f} KiB; open it in a browser.", err=True
    )


@main.command()
@click.argument("html_file", type=click.Path(dir_okay=False, path_type=Path))
@click.option(
    "-o",
    "--output",
    type=click.Path(dir_okay=False, path_type=Path),
    help="PNG file to write. Default: the HTML file's name with .png.",
)
@click.option(
    "--size", default="1400x900", show_default=True, metavar="WxH", help="Window size in pixels."
)
@click.option(
    "--wait",
    type=float,
    default=10.0,
    show_default=True,
    help="Seconds of (virtual) time for the layout to settle.",
)
@_handle_errors
def screenshot(html_file: Path, output: Path | None, size: str, wait: float) -> None:
    """Take a PNG screenshot of a map (or any HTML file) with headless Chromium, offline.

    Runs Chromium (`chromium` on the PATH, or $DIPLOKG_CHROMIUM) with the network cut
    and a fresh profile, lets the layout settle, and writes the picture: a quick way to
    look at a map without opening a browser, or to put one in a report.

    \b
    Example:
      diplokg map --focus "Võ Văn Hoan" -o hoan.html && diplokg screenshot hoan.html
    """
    import re

    from diplokg.map_screenshot import screenshot as take

    match = re.fullmatch(r"(\d{2,5})x(\d{2,5})", size)
    if not match:
        raise DiplokgError(f"{size!r} is not a size like 1400x900", path="--size")
    png = output if output is not None else html_file.with_suffix(".png")
    take(html_file, png, width=int(match[1]), height=int(match[2]), settle_ms=int(wait * 1000))
    click.echo(f"{png}: screenshot of {html_file} ({size})", err=True)


if __name__ == "__main__":  # pragma: no cover
    main()
