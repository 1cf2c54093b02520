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
    nothing is written.
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


if __name__ == "__main__":  # pragma: no cover
    main()
