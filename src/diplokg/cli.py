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
from diplokg.errors import DiplokgError, ExtractionFailed, ValidationFailed

RESULT_FORMAT_CHOICES = ["table", "json", "csv", "tsv", "xml", "ttl", "nt", "jsonld"]
EXPORT_FORMAT_CHOICES = ["ttl", "nt", "nq", "trig", "jsonld", "csv"]


def _handle_errors(func: Callable[..., Any]) -> Callable[..., Any]:
    """Turn DiplokgError into one line on stderr and exit code 2 (bad input), ExtractionFailed
    into one line and exit code 3 (a fault in the rules); no tracebacks."""

    @wraps(func)
    def wrapper(*args: Any, **kwargs: Any) -> Any:
        try:
            return func(*args, **kwargs)
        except (DiplokgError, ExtractionFailed) as exc:
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
@click.option(
    "--service-timeout",
    type=click.FloatRange(min=0.1),
    default=5.0,
    show_default=True,
    help="For queries with SERVICE <endpoint>: seconds to wait for the endpoint before "
    "stopping with a one-line error (and the bound on every remote read).",
)
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
    service_timeout: float,
) -> None:
    """Run a SPARQL query (SELECT, ASK, CONSTRUCT, DESCRIBE) on the graph.

    Give the query as an argument ('-' reads standard input), with -f FILE, or by
    name with --name. A query with SERVICE <endpoint> (e.g. the named query
    partner-cities-wikidata) needs the network: when the endpoint cannot be
    reached within --service-timeout seconds it stops with a one-line error
    (exit 2) instead of hanging. The prefixes dkg, org, foaf, schema, prov, eli, skos, dct,
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
    from diplokg.linking.federation import (
        bounded_socket_timeout,
        check_services,
        service_endpoints,
    )

    with _open_store(ctx, store, data, reason=reason == "rdfs") as opened:
        if not service_endpoints(text):
            _write_output(format_result(opened.query(text, origin=origin), fmt), output)
            return
        check_services(text, service_timeout)
        try:
            with bounded_socket_timeout(service_timeout):
                formatted = format_result(opened.query(text, origin=origin), fmt)
        except (OSError, DiplokgError) as exc:
            why = "timed out" if "timed out" in str(exc) else str(exc)
            raise DiplokgError(
                f"a SERVICE endpoint did not answer ({why}; --service-timeout "
                f"{service_timeout:g} s). This query needs the network; the rest of the graph "
                "works offline.",
                path=origin,
            ) from None
    _write_output(formatted, output)


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
@click.option(
    "--links-only",
    is_flag=True,
    help="Write only the links to Wikidata and GeoNames, as a VoID linkset in Turtle "
    "(void:Linkset per target, void:linkPredicate, void:triples, subjects/objects targets).",
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
    links_only: bool,
) -> None:
    """Export the graph in an RDF format, or its entities as CSV.

    Written to standard output, or atomically to -o FILE. With --links-only, the
    link set alone as a VoID linkset (Turtle).
    """
    if links_only:
        from diplokg.linking.void_export import linkset_turtle

        if fmt != "ttl":
            raise DiplokgError("--links-only writes Turtle: use --format ttl (the default)")
        text = linkset_turtle(_dataset_path(ctx, data))
        fmt = "VoID linkset (ttl)"
    else:
        from diplokg.export import export_text

        text = export_text(
            _dataset_path(ctx, data), fmt, entailments=entailments, ontology=ontology
        )
    _write_output(text, output)
    if output is not None:
        click.echo(f"{output}: {fmt}, {len(text.encode('utf-8'))} bytes", err=True)


@main.command()
@click.argument("article", type=click.Path(dir_okay=False, path_type=Path))
@click.option("--title", help="The article's title (an HTML page's og:title by default).")
@click.option(
    "--publisher",
    help="The publisher: an entity id (phap-luat-tphcm) or its name (Pháp Luật TP.HCM). "
    "Default for a page: og:site_name.",
)
@click.option(
    "--date", help="Publication date, YYYY-MM-DD (YYYY-MM, YYYY). Default for a page: "
    "article:published_time, JSON-LD datePublished or <time datetime>."
)
@click.option("--id", "source_id", help="Source id (a slug). Default: publisher-date-title.")
@click.option(
    "--max-bytes",
    type=click.IntRange(min=1),
    default=1_000_000,
    show_default=True,
    help="Refuse larger files.",
)
@click.pass_context
@_handle_errors
def ingest(
    ctx: click.Context,
    article: Path,
    title: str | None,
    publisher: str | None,
    date: str | None,
    source_id: str | None,
    max_bytes: int,
) -> None:
    """Write a DRAFT annotation of a new article, for review.

    ARTICLE is a UTF-8 text file (give --title, --publisher and --date) or a saved
    news page (.html), whose title, date and publisher are read from its metadata.
    The rules for Vietnamese propose people, roles (with acting/former), organisations,
    places, documents, events with participants, dates at their precision and
    figures with units, each with its evidence quoted from the text; entities the
    graph has are referred to by id, new ones defined, uncertain ones noted.

    \b
    Writes graph/sources/ID.txt (the text) and graph/drafts/ID.yaml (the draft).
    `diplokg build` ignores graph/drafts/: review the draft (`diplokg review`),
    resolve its `review:` notes, then move it to graph/curated/ and build.
    An empty, binary, non-Vietnamese or too large file is refused (exit 2) and
    nothing is written. Should the extraction rules themselves fail on a text (a bug),
    the command says so in one line and exits with 3, again writing nothing.
    """
    from diplokg.article_input import read_article
    from diplokg.ingest import ingest as run_ingest

    project = _project(ctx)
    result = run_ingest(
        project, read_article(article, max_bytes), title, publisher, date, source_id
    )
    ex = result.extraction
    new = sum(1 for link in result.links.values() if not link.existing)
    click.echo(f"{project.relative(result.text_path)}: the text")
    click.echo(f"{project.relative(result.draft_path)}: the draft")
    click.echo(
        f"  {len(ex.entities)} entities ({len(ex.entities) - new} already in the graph, "
        f"{new} new), {len(ex.roles)} role mentions, {len(ex.events)} events, "
        f"{len(ex.figures)} figures, {len(result.notes)} review notes"
    )
    click.echo(f"Next: diplokg review {project.relative(result.draft_path)}")


@main.command()
@click.argument("draft", type=click.Path(dir_okay=False, path_type=Path))
@click.pass_context
@_handle_errors
def review(ctx: click.Context, draft: Path) -> None:
    """Show what a draft annotation would add to the graph, and its conflicts.

    Reads DRAFT (usually graph/drafts/ID.yaml) with the curated annotations,
    checks it as the build would (ids, dates, quotes), compiles it and compares it
    with the built dataset: new entities, existing entities it refers to, new
    facts by kind, triples new to the graph, figures that differ from other
    sources (each kept as a second dated observation) and the review notes still
    open. Writes nothing. Exit 2 if the draft does not check.
    """
    from diplokg.draft_review import format_review, review_draft

    click.echo(format_review(review_draft(_project(ctx), draft)), nl=False)


@main.command("eval")
@click.option("--errors", is_flag=True, help="List every false positive and missed item.")
@click.option("--source", "sources", multiple=True, metavar="ID",
              help="Score only this curated source (repeatable).")
@click.option("--gold", "golds", multiple=True, metavar="PATH",
              type=click.Path(path_type=Path),
              help="Score the article of a gold list (NAME.gold.yaml), or of every gold list "
                   "in a directory (repeatable); curated sources are then scored only if "
                   "named by --source.")
@click.pass_context
@_handle_errors
def eval_(ctx: click.Context, errors: bool, sources: tuple[str, ...],
          golds: tuple[Path, ...]) -> None:
    """Score the extractor against the curated annotations (precision, recall).

    Runs the extraction rules on each source text, without the graph, and compares
    the proposals with the source's curated annotation: per entity kind (person,
    organization, place, event, document, group), role holdings and event
    participation. The rules were developed on the October 2025 interview and on
    the development articles of tests/fixtures/dev-articles/ (scored with
    --gold, from light gold lists: see src/diplokg/extraction_gold_lists.py); the
    April 2025 article is held out and scored separately. How predictions are
    matched to curated entities: see src/diplokg/extraction_eval.py.
    """
    from diplokg.extraction_eval import format_scores

    scores = {}
    splits = {}
    if sources or not golds:
        from diplokg.annotations import load_corpus
        from diplokg.extraction_eval import evaluate

        corpus = load_corpus(_project(ctx).curated_dir)
        unknown = set(sources) - {a.source.id for a in corpus.annotations}
        if unknown:
            raise DiplokgError(f"--source: no curated source {sorted(unknown)[0]!r}")
        scores.update(evaluate(corpus, set(sources) or None))
    if golds:
        from diplokg.extraction_gold_lists import (
            evaluate_gold_list,
            gold_list_paths,
            load_gold_list,
            total,
        )

        gold_scores = {}
        for path in gold_list_paths(list(golds)):
            gold = load_gold_list(path)
            gold_scores[path.name.removesuffix(".gold.yaml")] = evaluate_gold_list(gold)
        scores.update(gold_scores)
        splits = {name: "gold list" for name in gold_scores}
        if len(gold_scores) > 1:
            scores["all gold lists"] = total(list(gold_scores.values()))
            splits["all gold lists"] = "total"
    click.echo(format_scores(scores, errors=errors, splits=splits), nl=False)


@main.command()
@click.option(
    "--dump",
    type=click.Path(dir_okay=False, path_type=Path),
    help="Reconcile offline against a local dump or extract: JSON lines, one entity each, in "
    "Wikidata's JSON format. Without it, the Wikidata API is asked.",
)
@click.option("--api-url", default="https://www.wikidata.org/w/api.php", show_default=True,
              help="The Wikidata API to ask.")
@click.option(
    "--cache",
    type=click.Path(file_okay=False, path_type=Path),
    help="On-disk cache of API answers. Default: ~/.cache/diplokg/wikidata.",
)
@click.option("--interval", type=click.FloatRange(min=0.0), default=1.0, show_default=True,
              help="Rate limit: seconds between two API requests.")
@click.option("--timeout", type=click.FloatRange(min=0.1), default=10.0, show_default=True,
              help="Seconds before an API request is given up (then retried with backoff).")
@click.option("--kind", "kinds", multiple=True,
              type=click.Choice(["locality", "country", "organization", "person"]),
              help="Only entities of this kind (repeatable). Default: all four.")
@click.option("--entity", "entity_ids", multiple=True, help="Only this entity id (repeatable).")
@click.option("--all", "include_linked", is_flag=True,
              help="Also entities that already have a Wikidata link.")
@click.option("-o", "--out", type=click.Path(dir_okay=False, path_type=Path),
              help="Where to write the proposals. Default: graph/links/proposals.yaml.")
@click.option("--apply", "apply_file", type=click.Path(dir_okay=False, path_type=Path),
              help="Apply a reviewed proposals file: every proposal with `accept: Q...` is "
              "appended to graph/links/links.yaml.")
@click.option("--reviewer", default="a reviewer", show_default=True,
              help="With --apply: who reviewed the proposals (recorded in each link).")
@click.pass_context
@_handle_errors
def link(
    ctx: click.Context,
    dump: Path | None,
    api_url: str,
    cache: Path | None,
    interval: float,
    timeout: float,
    kinds: tuple[str, ...],
    entity_ids: tuple[str, ...],
    include_linked: bool,
    out: Path | None,
    apply_file: Path | None,
    reviewer: str,
) -> None:
    """Reconcile the graph's entities against Wikidata and propose links for review.

    For each locality, country, organisation and person (without a Wikidata
    link, unless --all), asks Wikidata (the API: User-Agent, rate limit,
    retries with backoff, on-disk cache, timeouts; or --dump FILE, offline) for
    candidates and scores each, with reasons: label and alias match with
    diacritics folded, type, country (P17 against the linked country) and dates
    (died or dissolved before the source). Writes the proposals as YAML for a
    person to review; `diplokg link --apply FILE` then appends the accepted
    ones (`accept: Q...`) to graph/links/links.yaml. Rebuild afterwards.

    \b
    Examples:
      diplokg link --dump extract.jsonl --kind locality -o proposals.yaml
      diplokg link --apply proposals.yaml --reviewer "Nguyen Van A"
    """
    import datetime

    from diplokg.linking.links_file import load_links
    from diplokg.linking.reconcile import (
        apply_proposals,
        linkable_entities,
        propose,
        write_proposals,
    )
    from diplokg.store import load_dataset

    project = _project(ctx)
    if apply_file is not None:
        new = apply_proposals(project, apply_file, reviewer)
        for item in new:
            click.echo(f"{item.entity} -> wikidata:{item.id} ({item.confidence})")
        click.echo(f"{len(new)} link(s) appended to graph/links/links.yaml; run `diplokg build`.")
        return
    links = load_links(project)
    entities = linkable_entities(load_dataset(project.built_dataset), links)
    linked = {x.entity for x in links.links if x.dataset == "wikidata"}
    entities = [
        e for e in entities
        if (not kinds or e.kind in kinds)
        and (not entity_ids or e.id in entity_ids)
        and (include_linked or e.id not in linked)
    ]
    if dump is not None:
        from diplokg.linking.local_dump import LocalDump

        source, source_name = LocalDump(dump), f"local dump {dump}"
    else:
        from diplokg.linking.wikidata_client import WikidataClient

        cache_dir = cache or Path.home() / ".cache" / "diplokg" / "wikidata"
        source = WikidataClient(api_url, cache_dir=cache_dir, min_interval=interval,
                                timeout=timeout)
        source_name = f"Wikidata API {api_url}"
    proposals = propose(source, entities)
    target = out or project.root / "graph" / "links" / "proposals.yaml"
    write_proposals(target, proposals, source_name, datetime.date.today().isoformat())
    for p in proposals:
        best = p["candidates"][0] if p["candidates"] else None
        shown = f"{best['id']} {best['label']!r} score {best['score']}" if best else "none"
        click.echo(f"{p['entity']:<40} {p['kind']:<13} {len(p['candidates'])} candidate(s), "
                   f"best: {shown}")
    click.echo(f"{target}: {len(proposals)} proposal(s) to review.", err=True)


@main.command("links")
@click.option("--unlinked", is_flag=True,
              help="List the localities, countries, organisations and people with no link.")
@click.option("--dataset", "target", type=click.Choice(["wikidata", "geonames"]),
              default="wikidata", show_default=True,
              help="With --unlinked: which dataset counts as a link.")
@click.pass_context
@_handle_errors
def links_command(ctx: click.Context, unlinked: bool, target: str) -> None:
    """List the reviewed links to Wikidata and GeoNames, or (--unlinked) what has none.

    The links live in graph/links/links.yaml: each with the external id, how it
    was checked (record-extract, corroborated, reviewed-proposal) and its
    confidence. Places without a GeoNames link are listed with --unlinked
    --dataset geonames.
    """
    from diplokg.linking.links_file import load_links
    from diplokg.linking.reconcile import linkable_entities
    from diplokg.store import load_dataset

    project = _project(ctx)
    links = load_links(project)
    if not unlinked:
        for x in links.links:
            click.echo(f"{x.entity:<30} {x.dataset}:{x.id:<10} {x.method:<18} {x.confidence}")
        click.echo(f"({len(links.links)} links)")
        return
    entities = linkable_entities(load_dataset(project.built_dataset), links)
    kinds = ("locality", "country") if target == "geonames" else None
    rows = [
        e for e in entities
        if not links.linked(e.id, target) and (kinds is None or e.kind in kinds)
    ]
    for e in sorted(rows, key=lambda e: (e.kind, e.id)):
        click.echo(f"{e.kind:<13} {e.id}")
    click.echo(f"({len(rows)} without a {target} link)")


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
        from diplokg.projection import load_projection

        return load_projection(_dataset_path(ctx, self.data), facts=self.facts)


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
    /map/entity/person/vo-van-hoan?depth=2&lang=en   its relationship map (diplokg map)
    /map/query?query=SELECT...             the map of the entities in a SELECT's rows

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
