"""Throughput and latency (p50, p99) of `diplokg serve` under 1, 8 and 32 concurrent clients.

A bounded load on loopback: each level sends a fixed number of requests (the named
queries in turn, POSTed as the SPARQL protocol, JSON results) and stops. The server
runs on the seed graph in an Oxigraph store, once with its result cache (the
default) and once with --cache-size 0, so that every request runs its query.

    .venv/bin/python benchmarks/server.py [--requests 640] [--store memory]

The clients run on the same machine as the server (2 cores here), so the figures
are a lower bound of what the server does alone.
"""

from __future__ import annotations

import argparse
import shutil
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from http.client import HTTPConnection
from pathlib import Path
from urllib.parse import urlencode

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "tests"))

from conftest import RunningServer  # noqa: E402

JSON = "application/sparql-results+json"


def _client_process(url: str, queries: list[str], clients: int, requests: int) -> tuple:
    """``clients`` threads in this process sending ``requests`` requests in all."""
    latencies: list[float] = []
    errors: list[str] = []
    lock = threading.Lock()
    counter = iter(range(requests))
    host, port = url.removeprefix("http://").split(":")
    bodies = [urlencode({"query": q}).encode() for q in queries]
    headers = {"Accept": JSON, "Content-Type": "application/x-www-form-urlencoded"}

    ready = threading.Barrier(clients)

    def client() -> None:
        # http.client with keep-alive: the lightest client, to leave the cores to the server.
        # Each client connects first: the figures are of connected clients' requests.
        http = HTTPConnection(host, int(port), timeout=30)
        http.connect()
        ready.wait()
        while True:
            with lock:
                index = next(counter, None)
            if index is None:
                http.close()
                return
            started = time.perf_counter()
            http.request("POST", "/sparql", body=bodies[index % len(bodies)], headers=headers)
            response = http.getresponse()
            body = response.read()
            elapsed = time.perf_counter() - started
            with lock:
                latencies.append(elapsed)
                if response.status != 200:
                    errors.append(f"{response.status} {body[:80]!r}")

    threads = [threading.Thread(target=client) for _ in range(clients)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    return latencies, errors


def load(url: str, queries: list[str], clients: int, requests: int, processes: int = 2) -> dict:
    """Send ``requests`` requests from ``clients`` concurrent clients; latencies and errors.

    The clients are spread over ``processes`` processes, so that one client process's
    GIL does not add its own queueing to the latencies measured (more processes than
    cores makes the server wait for the CPU instead).
    """
    from concurrent.futures import ProcessPoolExecutor

    processes = min(clients, processes)
    shares = [clients // processes + (i < clients % processes) for i in range(processes)]
    with ProcessPoolExecutor(processes) as pool:
        list(pool.map(int, range(processes)))  # start the processes before the clock
        started = time.perf_counter()
        futures = [pool.submit(_client_process, url, queries, share,
                               requests * share // clients) for share in shares]
        results = [f.result() for f in futures]
        wall = time.perf_counter() - started
    latencies = sorted(x for r in results for x in r[0])
    errors = [e for r in results for e in r[1]]
    return {
        "requests": len(latencies),
        "errors": len(errors),
        "throughput": len(latencies) / wall,
        "p50": statistics.median(latencies) * 1000,
        "p99": latencies[min(len(latencies) - 1, int(len(latencies) * 0.99))] * 1000,
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--requests", type=int, default=640, help="per concurrency level")
    parser.add_argument("--store", default="oxigraph", choices=["oxigraph", "memory"])
    parser.add_argument("--workers", type=int, default=2)
    parser.add_argument("--client-processes", type=int, default=2)
    args = parser.parse_args()

    from diplokg.query_library import list_queries

    queries = [q.text for q in list_queries() if not q.needs_network]  # offline: no SERVICE
    work = Path(tempfile.mkdtemp(prefix="diplokg-serve-bench-"))
    spec = "memory"
    if args.store == "oxigraph":
        spec = f"oxigraph:{work / 'kg'}"
        diplokg = shutil.which("diplokg") or str(Path(sys.executable).with_name("diplokg"))
        subprocess.run([diplokg, "push", "--store", spec], check=True, cwd=ROOT)
    print(f"store {spec}, {args.workers} workers, {args.requests} requests per level, "
          f"the {len(queries)} named queries in turn\n")
    print(f"{'cache':>6} {'clients':>7} {'requests':>8} {'errors':>6} {'req/s':>8} {'p50 ms':>7} {'p99 ms':>7}")
    for cache in ("256", "0"):
        server = RunningServer("--store", spec, "--workers", str(args.workers),
                               "--cache-size", cache)
        try:
            load(server.url, queries, 4, len(queries) * 4)  # warm up
            for clients in (1, 8, 32):
                r = load(server.url, queries, clients, args.requests, args.client_processes)
                print(f"{'on' if cache != '0' else 'off':>6} {clients:>7} {r['requests']:>8} "
                      f"{r['errors']:>6} {r['throughput']:>8.0f} {r['p50']:>7.1f} {r['p99']:>7.1f}",
                      flush=True)
        finally:
            server.stop()


if __name__ == "__main__":
    main()
