"""Benchmark of the networkx projection, traversals and maps, on the seed graph and synthetic ones.

    .venv/bin/python benchmarks/bench_traversal.py              # seed graph, 10k and 100k triples
    .venv/bin/python benchmarks/bench_traversal.py --large      # and 1M triples (minutes, ~3 GB)
    .venv/bin/python benchmarks/bench_traversal.py --sizes 20000 --repeat 9

For each graph: the time to load the triples into rdflib (what every CLI command does
first, the alternative the projection is weighed against), the projection (one pass over
the triples, from the rdflib graph and from the raw stream), then each networkx operation
after projection, as the median of several runs, with its ratio to the projection time
measured in the same run. Direct neighbours by SPARQL (rdflib's engine) are measured as
the alternative to the networkx ego network (it follows every predicate, skos:broader
too, so its counts can be larger). Maps: an ego map (depth 2) and the aggregate
map of the whole graph, with their HTML size.

The synthetic graphs come from diplokg.synthetic_graph (same classes, facts, provenance
and proportions as the seed graph; hubs by preferential attachment). Nothing here is part
of the test suite; the machine is shared and noisy, so read the ratios more than the times.
"""

from __future__ import annotations

import argparse
import random
import re
import resource
import statistics
import sys
import time
from collections.abc import Callable
from pathlib import Path

from rdflib import Dataset, Graph

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))

from diplokg.entity_lookup import resolve_entity  # noqa: E402
from diplokg.errors import DiplokgError  # noqa: E402
from diplokg.projection import FACT_NODE_KINDS, project, project_triples  # noqa: E402
from diplokg.relationship_map import relationship_map_html, vis_assets  # noqa: E402
from diplokg.synthetic_graph import synthetic_triples  # noqa: E402
from diplokg.traversal import centrality, neighborhood, shortest_paths  # noqa: E402


def timed(func: Callable[[], object], repeat: int = 1) -> tuple[float, object]:
    """Median wall time in seconds over ``repeat`` runs, and the last result."""
    times, result = [], None
    for _ in range(repeat):
        start = time.perf_counter()
        result = func()
        times.append(time.perf_counter() - start)
    return statistics.median(times), result


def sparql_neighbours(graph: Graph | Dataset, node: str) -> set[str]:
    """Entities one relation away by SPARQL (rdflib's engine): directly, or through a fact node."""
    query = f"""
    PREFIX dkg: <https://w3id.org/diplokg/ontology#>
    PREFIX schema: <https://schema.org/>
    SELECT DISTINCT ?x WHERE {{
      {{ <{node}> ?p ?x }} UNION {{ ?x ?p <{node}> }} UNION {{ ?f ?r1 <{node}> . ?f ?r2 ?x . FILTER(?r1 != schema:mentions) }}
      ?x a ?t .
      FILTER(STRSTARTS(STR(?t), STR(dkg:)) && ?t NOT IN (dkg:Evidence, dkg:Statement,
        dkg:NewsArticle, dkg:RoleHolding, dkg:Participation, dkg:Observation, dkg:Photograph,
        dkg:Recommendation, dkg:FriendshipRelation, dkg:CooperationRelation, dkg:Role,
        dkg:ParticipationMode, dkg:ValueQualifier, dkg:RoleQualifier, dkg:Unit))
      FILTER(?x != <{node}>)
    }}"""
    return {str(row[0]) for row in graph.query(query)}


def measure(
    label: str,
    load: Callable[[], Graph | Dataset],
    triples: list | None,
    repeat: int,
    rng: random.Random,
) -> dict[str, tuple[float, str]]:
    """Every figure for one graph: name -> (seconds, note)."""
    out: dict[str, tuple[float, str]] = {}
    t_load, graph = timed(load)
    n_triples = len(graph)
    out["triples"] = (n_triples, "count")
    out["rdflib load"] = (t_load, "")
    t_proj, G = timed(lambda: project(graph))
    out["projection (rdflib graph)"] = (t_proj, "")
    if triples is not None:
        t_stream, _ = timed(lambda: project_triples(iter(triples)))
        out["projection (triple stream)"] = (t_stream, "")
    out["nodes"] = (G.number_of_nodes(), "count")
    out["edges"] = (G.number_of_edges(), "count")
    import networkx as nx

    largest = max(nx.weakly_connected_components(G), key=len)  # so that paths exist
    entities = sorted(n for n in largest if G.nodes[n]["kind"] not in FACT_NODE_KINDS)
    t_index, _ = timed(lambda: resolve_entity(G, G.nodes[entities[0]]["label"]))
    out["name lookup (first: builds index)"] = (t_index, "")
    t_lookup, _ = timed(lambda: resolve_entity(G, G.nodes[entities[-1]]["label"]), repeat)
    out["name lookup"] = (t_lookup, "")
    pairs = [(rng.choice(entities), rng.choice(entities)) for _ in range(repeat)]
    path_times, lengths = [], []
    for a, b in pairs:
        t, paths = timed(lambda a=a, b=b: shortest_paths(G, a, b))
        path_times.append(t)
        lengths.append(paths[0].length if paths else -1)
    out["path (k=1)"] = (statistics.median(path_times), f"lengths {sorted(lengths)}")
    a, b = pairs[0]
    out["path (k=3)"] = (timed(lambda: shortest_paths(G, a, b, k=3))[0], "")
    hub = max(entities, key=G.degree)
    samples = [rng.choice(entities) for _ in range(repeat)]
    for depth in (1, 2):
        times, sizes = [], []
        for node in samples:
            t, found = timed(lambda node=node, depth=depth: neighborhood(G, node, depth=depth))
            times.append(t)
            sizes.append(len(found))
        out[f"neighbors depth {depth}"] = (
            statistics.median(times),
            f"median size {statistics.median(sizes):.0f}",
        )
    t_hub, found = timed(lambda: neighborhood(G, hub, depth=1))
    out["neighbors depth 1 of the hub"] = (t_hub, f"{len(found)} neighbours")
    t_sparql, found = timed(lambda: sparql_neighbours(graph, samples[0]), max(1, repeat // 3))
    nx_found = len(neighborhood(G, samples[0], depth=1, kinds="all"))
    note = f"{len(found)} found, networkx {nx_found}"
    out["neighbors depth 1, SPARQL (alternative)"] = (t_sparql, note)
    for by in ("degree", "pagerank", "betweenness"):
        out[f"centrality {by}"] = (timed(lambda by=by: centrality(G, by=by, top=10))[0], "")
    for depth in (1, 2):
        try:
            t_map, page = timed(
                lambda depth=depth: relationship_map_html(G, focus=samples[0], depth=depth)
            )
            out[f"map: ego depth {depth}"] = (t_map, f"{len(page) / 1024:.0f} KiB")
        except DiplokgError as exc:
            count = re.search(r"would have ([\d,]+) entities", str(exc))
            out[f"map: ego depth {depth}"] = (0.0, f"refused: {count and count.group(1)} entities")
    t_agg, page = timed(lambda: relationship_map_html(G, aggregate=True))
    out["map: aggregate, whole graph"] = (t_agg, f"{len(page) / 1024:.0f} KiB")
    print(f"  measured {label}", file=sys.stderr)
    return out


def table(results: dict[str, dict[str, tuple[float, str]]]) -> str:
    """Rows: operations; columns: graphs; cells: time and ratio to that graph's projection."""
    labels = list(results)
    rows = list(next(iter(results.values())))
    for r in results.values():
        rows += [k for k in r if k not in rows]
    header = ["operation", *labels]
    lines = [header]
    for row in rows:
        cells = [row]
        for label in labels:
            if row not in results[label]:
                cells.append("")
                continue
            value, note = results[label][row]
            if note == "count":
                cells.append(f"{int(value):,}")
                continue
            projection = results[label]["projection (rdflib graph)"][0]
            ratio = "" if row.startswith("projection (rdflib") else f"  {value / projection:.3g}x"
            text = f"{value * 1000:,.1f} ms{ratio}"
            cells.append(text + (f"  [{note}]" if note else ""))
        lines.append(cells)
    widths = [max(len(line[i]) for line in lines) for i in range(len(header))]
    out = [
        "  ".join(c.ljust(w) for c, w in zip(line, widths, strict=True)).rstrip() for line in lines
    ]
    out.insert(1, "  ".join("-" * w for w in widths))
    return "\n".join(out)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--sizes", default="10000,100000", help="synthetic sizes in triples")
    parser.add_argument("--large", action="store_true", help="also 1,000,000 triples")
    parser.add_argument("--repeat", type=int, default=7, help="runs per query (median)")
    parser.add_argument("--seed", type=int, default=0)
    args = parser.parse_args()
    sizes = [int(s) for s in args.sizes.split(",") if s]
    if args.large:
        sizes.append(1_000_000)
    rng = random.Random(args.seed)
    results: dict[str, dict[str, tuple[float, str]]] = {}
    import scipy.sparse  # noqa: F401 - imported before timing PageRank, which needs it

    vis_assets()  # read once before timing the maps

    def load_seed() -> Dataset:
        from diplokg.store import load_dataset

        return load_dataset(ROOT / "graph" / "build" / "diplokg.trig")

    results["seed graph"] = measure("seed graph", load_seed, None, args.repeat, rng)
    for size in sizes:
        triples = list(synthetic_triples(size, seed=args.seed))

        def load(triples: list = triples) -> Graph:
            graph = Graph()
            graph.addN((s, p, o, graph) for s, p, o in triples)
            return graph

        results[f"{size:,} triples"] = measure(f"{size:,}", load, triples, args.repeat, rng)
    print()
    print(table(results))
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(
        f"\npeak memory {peak:,.0f} MiB; times are medians of {args.repeat} runs (queries), "
        "ratios are to the projection of the same graph in this run."
    )


if __name__ == "__main__":
    main()
