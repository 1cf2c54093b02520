"""Load time and query time on rdflib memory, the Oxigraph store, raw pyoxigraph (and Virtuoso).

One run, side by side, on synthetic graphs of the ontology's shape
(benchmarks/synthetic_graph.py): the named queries and a few heavier joins,
aggregates and property paths. Prints a table of median times and the ratios
rdflib / Oxigraph store and Oxigraph store / raw pyoxigraph.

    .venv/bin/python benchmarks/stores.py                 # 10k and 100k triples
    .venv/bin/python benchmarks/stores.py --sizes 10000 100000 1000000
    .venv/bin/python benchmarks/stores.py --virtuoso http://127.0.0.1:8890/sparql \\
        --virtuoso-graph-store http://127.0.0.1:8890/sparql-graph-crud-auth

"Oxigraph store" is diplokg's ``oxigraph:PATH`` store as ``diplokg query`` uses it
(results converted to rdflib terms for the formatters); "raw pyoxigraph" runs the
same query on the same database with pyoxigraph alone and iterates the solutions.
"""

from __future__ import annotations

import argparse
import shutil
import statistics
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from synthetic_graph import generate  # noqa: E402

HEAVY = {
    "join: member of a sub-organisation": """
        SELECT ?person ?parent WHERE {
          ?h org:member ?person ; org:organization ?org . ?org org:subOrganizationOf ?parent .
          ?person skos:prefLabel ?name }""",
    "path: subOrganizationOf+": """
        SELECT (COUNT(*) AS ?n) WHERE { ?org org:subOrganizationOf+ ?top }""",
    "aggregate: participants per event": """
        SELECT ?event (COUNT(DISTINCT ?p) AS ?n) WHERE { ?x dkg:event ?event ; dkg:participant ?p }
        GROUP BY ?event ORDER BY DESC(?n) LIMIT 20""",
    "join: co-participants": """
        SELECT (COUNT(*) AS ?n) WHERE {
          ?a dkg:event ?e ; dkg:participant ?p . ?b dkg:event ?e ; dkg:participant ?q .
          FILTER(?p != ?q) }""",
}


def _store_worker(conn, spec: str, data: str | None) -> None:
    """Open one store and time the queries the parent sends, until it is killed."""
    from diplokg.stores import open_store

    store = open_store(spec, data=Path(data) if data else None)
    conn.send("ready")
    while True:
        text, repeat, raw = conn.recv()
        if raw:  # the same query on the same database, with pyoxigraph alone
            elapsed, rows = timed(lambda t=text: consume(store.native_query(t)), repeat)
        else:
            elapsed, rows = timed(lambda t=text: store.query(t).rows(), repeat)
        conn.send((elapsed, len(rows)))


class StoreInAProcess:
    """A store in a worker process, so that a query over the budget can be stopped.

    Every store is timed this way (rdflib and Oxigraph alike): a query that runs
    longer than ``budget`` seconds per run is shown as ``inf`` and its worker is
    killed and started again, so one pathological query cannot stall the run.
    """

    def __init__(self, spec: str, data: Path | None, budget: float) -> None:
        self.spec, self.data, self.budget = spec, data, budget
        self._start()

    def _start(self) -> None:
        import multiprocessing

        context = multiprocessing.get_context("spawn")
        self.conn, child = context.Pipe()
        started = time.perf_counter()
        self.process = context.Process(
            target=_store_worker, args=(child, self.spec, str(self.data) if self.data else None),
            daemon=True)  # a crashed run must not leave it behind
        self.process.start()
        self.conn.recv()
        self.open_seconds = time.perf_counter() - started

    def query(self, text: str, repeat: int, raw: bool = False) -> tuple[float, int | None]:
        """(median seconds, rows); (inf, None) when the query overran the budget."""
        self.conn.send((text, repeat, raw))
        if self.conn.poll(self.budget * repeat):
            return self.conn.recv()
        self.close()
        self._start()
        return float("inf"), None

    def close(self) -> None:
        self.process.kill()
        self.process.join()


def consume(result) -> list:
    """What a user of raw pyoxigraph does with an answer: read every value."""
    import pyoxigraph as ox

    if isinstance(result, ox.QuerySolutions):
        return [tuple(solution) for solution in result]
    return list(result) if not isinstance(result, ox.QueryBoolean) else [bool(result)]


def timed(fn, repeat: int) -> tuple[float, object]:
    times, result = [], None
    for _ in range(repeat):
        started = time.perf_counter()
        result = fn()
        times.append(time.perf_counter() - started)
    return statistics.median(times), result


COLUMNS = (f"{'triples':>9}  {'query':<38} {'rows':>6} {'rdflib ms':>10} {'oxigraph ms':>11} "
           f"{'raw ms':>8} {'virtuoso ms':>11} {'rdflib/ox':>9} {'ox/raw':>7} {'virt/ox':>8}")


BUDGET = {"seconds": 60.0}  # --budget, for the lower bounds of ratios


def ratio(a: float, b: float, digits: int = 1) -> str:
    """a/b; '>' marks a lower bound (a overran its budget), 'n/a' a store left out."""
    if a != a or b != b or b == float("inf"):  # nan: not measured; inf: no answer
        return "n/a"
    if a == float("inf"):  # over the budget: at least budget / b
        return f">{BUDGET['seconds'] / b:.{digits}f}x"
    return f"{a / b:.{digits}f}x"


def format_row(row: tuple) -> str:
    size, name, count, t_mem, t_ox, t_raw, t_remote = row
    return (f"{size:>9,}  {name[:38]:<38} {count if count is not None else '-':>6} "
            f"{t_mem * 1000:>10.1f} {t_ox * 1000:>11.2f} {t_raw * 1000:>8.2f} "
            f"{t_remote * 1000:>11.1f} {ratio(t_mem, t_ox):>9} {ratio(t_ox, t_raw, 2):>7} "
            f"{ratio(t_remote, t_ox):>8}")


def bench_size(size: int, args: argparse.Namespace, queries: dict[str, str]) -> list[tuple]:
    """Load one synthetic graph into every store and time every query on each.

    Each row is printed as soon as it is measured, so a long run shows its progress
    and an interrupted run keeps what it measured.
    """
    from diplokg.errors import DiplokgError
    from diplokg.stores import open_store

    work = Path(tempfile.mkdtemp(prefix="diplokg-bench-"))
    data = work / "synthetic.nq"
    data.write_text("\n".join(generate(size)) + "\n", encoding="utf-8")
    memory = None if args.no_rdflib else StoreInAProcess("memory", data, args.budget)
    load_memory = memory.open_seconds if memory else float("nan")  # with a process start (~1 s)
    loader = open_store(f"oxigraph:{work / 'kg'}", writable=True)
    load_ox, quads = timed(lambda: loader.load(data), 1)
    loader.close()
    oxigraph = StoreInAProcess(f"oxigraph:{work / 'kg'}", None, args.budget)
    remote = None
    load_remote = float("nan")
    if args.virtuoso:
        remote = open_store(f"sparql:{args.virtuoso}", graph_store_url=args.virtuoso_graph_store,
                            user=args.user, password=args.password, auth="digest")
        load_remote, _ = timed(lambda: remote.load(data), 1)
    print(f"\n{size:,} triples requested, {quads:,} quads loaded: load rdflib {load_memory:.2f} s, "
          f"oxigraph {load_ox:.2f} s (rdflib/oxigraph {load_memory / load_ox:.1f}x)"
          + (f", virtuoso {load_remote:.2f} s" if remote else ""), flush=True)
    print(COLUMNS, flush=True)
    rows = []
    for name, text in queries.items():
        t_mem, n_mem = (memory.query(text, args.rdflib_repeat or args.repeat) if memory
                        else (float("nan"), None))
        t_ox, n_ox = oxigraph.query(text, args.repeat)
        t_raw, n_raw = oxigraph.query(text, args.repeat, raw=True)
        t_remote = float("nan")
        if remote:
            try:
                t_remote, _ = timed(lambda t=text: remote.query(t).rows(), args.repeat)
            except DiplokgError as exc:  # e.g. Virtuoso: "transitive start not given"
                print(f"  virtuoso refused {name!r}: {str(exc)[:160]}")
        counts = {n for n in (n_mem, n_ox, n_raw) if n is not None}
        assert len(counts) <= 1, (name, n_mem, n_ox, n_raw)  # every engine, the same answer
        row = (size, name, n_ox if n_ox is not None else n_mem, t_mem, t_ox, t_raw, t_remote)
        print(format_row(row), flush=True)
        rows.append(row)
    oxigraph.close()
    if memory:
        memory.close()
    shutil.rmtree(work, ignore_errors=True)
    return rows


def summary(rows: list[tuple], size: int) -> str:
    """The named queries of one size taken together: the figures the targets are about.

    A query over the budget on rdflib counts as the budget, so the total ratio is then a
    lower bound (marked '>')."""
    named = [r for r in rows if r[0] == size and r[1] not in HEAVY]
    over = any(r[3] == float("inf") for r in named)
    rdflib_total = sum(min(r[3], BUDGET["seconds"]) for r in named)
    ox_total, raw_total = (sum(r[i] for r in named) for i in (4, 5))
    per_query = [min(r[3], BUDGET["seconds"]) / r[4] for r in named if r[4] and r[3] == r[3]]
    return (f"{size:>9,}  all {len(named)} named queries: rdflib {'>' if over else ''}"
            f"{rdflib_total * 1000:.0f} ms, oxigraph {ox_total * 1000:.1f} ms, raw pyoxigraph "
            f"{raw_total * 1000:.1f} ms: rdflib/oxigraph {'>' if over else ''}"
            f"{rdflib_total / ox_total:.1f}x, oxigraph/raw {ratio(ox_total, raw_total, 2)}; "
            f"per query rdflib/oxigraph from {min(per_query, default=float('nan')):.1f}x")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", type=int, nargs="+", default=[10_000, 100_000])
    parser.add_argument("--repeat", type=int, default=3, help="runs per query (median taken)")
    parser.add_argument("--rdflib-repeat", type=int,
                        help="runs per query on rdflib (default: --repeat); 1 saves time at 1M")
    parser.add_argument("--budget", type=float, default=60.0,
                        help="seconds one run of a query may take on any store before it is "
                             "stopped (shown inf, its ratio 'over')")
    parser.add_argument("--virtuoso", help="a SPARQL endpoint to compare (its graphs replaced)")
    parser.add_argument("--virtuoso-graph-store")
    parser.add_argument("--no-rdflib", action="store_true", help="leave rdflib out")
    parser.add_argument("--queries", nargs="+", metavar="NAME",
                        help="only these queries (named queries or the heavier ones' names)")
    parser.add_argument("--user", default="dba")
    parser.add_argument("--password", default="dba")
    args = parser.parse_args()
    BUDGET["seconds"] = args.budget

    from diplokg.query_library import list_queries

    queries = {q.name: q.text for q in list_queries() if not q.needs_network} | HEAVY
    if args.queries:
        unknown = set(args.queries) - set(queries)
        if unknown:
            parser.error(f"no such queries: {', '.join(sorted(unknown))}")
        queries = {name: text for name, text in queries.items() if name in args.queries}
    rows = [row for size in args.sizes for row in bench_size(size, args, queries)]
    print()
    for size in args.sizes:
        print(summary(rows, size))


if __name__ == "__main__":
    main()
