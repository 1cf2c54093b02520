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


def _rdflib_worker(conn, data: str) -> None:
    from diplokg.stores import open_store

    store = open_store("memory", data=Path(data))
    conn.send("ready")
    while True:
        text, repeat = conn.recv()
        elapsed, rows = timed(lambda t=text: store.query(t).rows(), repeat)
        conn.send((elapsed, len(rows)))


class RdflibInAProcess:
    """rdflib's engine in a worker process, so that a query over the budget can be stopped."""

    def __init__(self, data: Path, budget: float) -> None:
        self.data, self.budget = data, budget
        self._start()

    def _start(self) -> None:
        import multiprocessing

        context = multiprocessing.get_context("spawn")
        self.conn, child = context.Pipe()
        started = time.perf_counter()
        self.process = context.Process(target=_rdflib_worker, args=(child, str(self.data)),
                                       daemon=True)  # a crashed run must not hang on it
        self.process.start()
        self.conn.recv()
        self.load_seconds = time.perf_counter() - started

    def query(self, text: str, repeat: int) -> tuple[float, int | None]:
        """(median seconds, rows); (inf, None) when the query overran the budget."""
        self.conn.send((text, repeat))
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


def bench_size(size: int, args: argparse.Namespace, queries: dict[str, str]) -> list[tuple]:
    """Load one synthetic graph into every store and time every query on each."""
    from diplokg.errors import DiplokgError
    from diplokg.stores import open_store

    work = Path(tempfile.mkdtemp(prefix="diplokg-bench-"))
    data = work / "synthetic.nq"
    data.write_text("\n".join(generate(size)) + "\n", encoding="utf-8")
    memory = None if args.no_rdflib else RdflibInAProcess(data, args.budget)
    load_memory = memory.load_seconds if memory else float("nan")  # with a process start (~1 s)
    ox_store = open_store(f"oxigraph:{work / 'kg'}", writable=True)
    load_ox, quads = timed(lambda: ox_store.load(data), 1)
    remote = None
    load_remote = float("nan")
    if args.virtuoso:
        remote = open_store(f"sparql:{args.virtuoso}", graph_store_url=args.virtuoso_graph_store,
                            user=args.user, password=args.password, auth="digest")
        load_remote, _ = timed(lambda: remote.load(data), 1)
    print(f"\n{size:,} triples requested, {quads:,} quads loaded: load rdflib {load_memory:.2f} s, "
          f"oxigraph {load_ox:.2f} s (rdflib/oxigraph {load_memory / load_ox:.1f}x)"
          + (f", virtuoso {load_remote:.2f} s" if remote else ""), flush=True)
    rows = []
    for name, text in queries.items():
        t_mem, n_mem = memory.query(text, args.repeat) if memory else (float("nan"), None)
        t_ox, r_ox = timed(lambda t=text: ox_store.query(t).rows(), args.repeat)
        t_raw, _ = timed(lambda t=text: consume(ox_store.native_query(t)), args.repeat)
        t_remote = float("nan")
        if remote:
            try:
                t_remote, _ = timed(lambda t=text: remote.query(t).rows(), args.repeat)
            except DiplokgError as exc:  # e.g. Virtuoso: "transitive start not given"
                print(f"  virtuoso refused {name!r}: {str(exc)[:160]}")
        assert n_mem is None or n_mem == len(r_ox), (name, n_mem, len(r_ox))
        rows.append((size, name, len(r_ox), t_mem, t_ox, t_raw, t_remote))
    ox_store.close()
    if memory:
        memory.close()
    return rows


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", type=int, nargs="+", default=[10_000, 100_000])
    parser.add_argument("--repeat", type=int, default=3)
    parser.add_argument("--budget", type=float, default=60.0,
                        help="seconds an rdflib query may take before it is stopped (shown inf)")
    parser.add_argument("--virtuoso", help="a SPARQL endpoint to compare (its graphs replaced)")
    parser.add_argument("--virtuoso-graph-store")
    parser.add_argument("--no-rdflib", action="store_true", help="leave rdflib out")
    parser.add_argument("--user", default="dba")
    parser.add_argument("--password", default="dba")
    args = parser.parse_args()

    from diplokg.query_library import list_queries

    queries = {q.name: q.text for q in list_queries()} | HEAVY
    rows = [row for size in args.sizes for row in bench_size(size, args, queries)]
    print()
    header = f"{'triples':>9}  {'query':<38} {'rows':>6} {'rdflib ms':>10} {'oxigraph ms':>11} {'raw ms':>8} {'virtuoso ms':>11} {'rdflib/ox':>9} {'ox/raw':>7}"
    if args.virtuoso:
        header += f" {'virt/ox':>8}"
    print(header)
    print("-" * len(header))
    for size, name, count, t_mem, t_ox, t_raw, t_remote in rows:
        line = (f"{size:>9,}  {name[:38]:<38} {count:>6} {t_mem * 1000:>10.1f} {t_ox * 1000:>11.2f} "
                f"{t_raw * 1000:>8.2f} {t_remote * 1000:>11.1f} {t_mem / t_ox:>8.1f}x {t_ox / t_raw:>6.2f}x")
        if args.virtuoso:
            line += f" {t_remote / t_ox:>7.1f}x"
        print(line)
    for size in args.sizes:
        named = [r for r in rows if r[0] == size and r[1] not in HEAVY]
        total = [sum(r[i] for r in named) for i in (3, 4, 5)]
        print(f"{size:>9,}  all named queries: rdflib {total[0] * 1000:.0f} ms (inf: over --budget), oxigraph "
              f"{total[1] * 1000:.1f} ms, raw {total[2] * 1000:.1f} ms: rdflib/oxigraph "
              f"{total[0] / total[1]:.1f}x, oxigraph/raw {total[1] / total[2]:.2f}x")


if __name__ == "__main__":
    main()
