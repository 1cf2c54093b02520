"""Wall-time benchmarks of the diplokg command line, measured as whole processes.

Usage:
    python benchmarks/bench_cli.py [--repeat N] [--warmup N] [--json PATH]

Each command is started as a new process (subprocess), as a user would run it, and timed from
start to exit with a monotonic clock: interpreter start-up, imports, reading the dataset, the
work itself and the output all count. The commands are run in rounds (every command once per
round, N rounds), so that a slow spell of a noisy machine affects all of them alike, and the
median and the minimum of the N runs are reported.

Two baselines are measured in the same rounds: ``python -c pass`` (the interpreter alone) and
``python -c "import rdflib"`` (the interpreter plus rdflib, which every diplokg command that
touches RDF needs). Every figure is also given as a ratio to the ``import rdflib`` median, which
is steadier from machine to machine than seconds are.

Run it from anywhere in a checkout, with the environment diplokg is installed in (for example
``.venv/bin/python benchmarks/bench_cli.py``). It is not part of the test suite.
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
BASELINE = "python -c 'import rdflib'"
HELP_TARGET_S = 0.3


@dataclass
class Benchmark:
    label: str
    argv: list[str]
    before: object = None  # called before each run (e.g. to remove the previous build)
    times: list[float] = field(default_factory=list)

    @property
    def median(self) -> float:
        return statistics.median(self.times)

    @property
    def minimum(self) -> float:
        return min(self.times)


def diplokg_executable() -> str:
    beside = Path(sys.executable).with_name("diplokg")
    if beside.is_file():
        return str(beside)
    found = shutil.which("diplokg")
    if found is None:
        sys.exit("bench_cli: no diplokg executable (install the project in this environment)")
    return found


def query_names(diplokg: str) -> list[str]:
    """The named queries, as `diplokg queries` lists them (one per line, name first)."""
    out = subprocess.run([diplokg, "queries"], cwd=ROOT, capture_output=True, text=True, check=True)
    return [line.split()[0] for line in out.stdout.splitlines() if line.strip()]


def benchmarks(build_target: Path) -> list[Benchmark]:
    python, diplokg = sys.executable, diplokg_executable()
    items = [
        Benchmark("python -c pass", [python, "-c", "pass"]),
        Benchmark(BASELINE, [python, "-c", "import rdflib"]),
        Benchmark("diplokg --help", [diplokg, "--help"]),
        Benchmark(
            "diplokg build --out TMPFILE",
            [diplokg, "build", "--out", str(build_target)],
            before=lambda: build_target.unlink(missing_ok=True),  # a full build, written each time
        ),
    ]
    for name in query_names(diplokg):
        items.append(Benchmark(f"diplokg query --name {name}", [diplokg, "query", "--name", name]))
    return items


def run_once(bench: Benchmark) -> float:
    if bench.before:
        bench.before()
    start = time.perf_counter()
    done = subprocess.run(bench.argv, cwd=ROOT, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    elapsed = time.perf_counter() - start
    if done.returncode != 0:
        sys.exit(f"bench_cli: `{bench.label}` failed ({done.returncode}):\n{done.stderr.decode()}")
    return elapsed


def table(items: list[Benchmark], baseline: float) -> str:
    head = ("command", "median s", "min s", "ratio")
    rows = [
        (b.label, f"{b.median:.3f}", f"{b.minimum:.3f}", f"{b.median / baseline:.2f}")
        for b in items
    ]
    widths = [max(len(r[i]) for r in [head, *rows]) for i in range(4)]

    def line(cells):
        first = cells[0].ljust(widths[0])
        return "  ".join([first, *(c.rjust(w) for c, w in zip(cells[1:], widths[1:], strict=True))])

    return "\n".join([line(head), "  ".join("-" * w for w in widths), *map(line, rows)])


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--repeat", type=int, default=5, help="timed runs per command (default 5)")
    parser.add_argument("--warmup", type=int, default=1, help="untimed runs first (default 1)")
    parser.add_argument("--json", type=Path, metavar="PATH", help="also write the results as JSON")
    args = parser.parse_args()
    if args.repeat < 1 or args.warmup < 0:
        parser.error("--repeat must be at least 1 and --warmup at least 0")

    with tempfile.TemporaryDirectory(prefix="diplokg-bench-") as tmp:
        items = benchmarks(Path(tmp) / "diplokg.trig")
        for _ in range(args.warmup):  # fill the OS file cache and write the .pyc files
            for bench in items:
                run_once(bench)
        for round_number in range(args.repeat):
            print(f"round {round_number + 1}/{args.repeat}", file=sys.stderr)
            for bench in items:
                bench.times.append(run_once(bench))

    baseline = next(b for b in items if b.label == BASELINE).median
    python = platform.python_version()
    print(f"{args.repeat} runs per command, {os.cpu_count()} CPUs, Python {python}")
    print(f"ratio = median / median of `{BASELINE}` ({baseline:.3f} s)\n")
    print(table(items, baseline))
    help_median = next(b for b in items if b.label == "diplokg --help").median
    verdict = "met" if help_median < HELP_TARGET_S else "NOT met"
    print(f"\ndiplokg --help: median {help_median:.3f} s, target < {HELP_TARGET_S} s: {verdict}")

    if args.json:
        report = {
            "date": datetime.now(UTC).isoformat(timespec="seconds"),
            "python": platform.python_version(),
            "platform": platform.platform(),
            "cpu_count": os.cpu_count(),
            "repeat": args.repeat,
            "warmup": args.warmup,
            "baseline": BASELINE,
            "results": [
                {
                    "command": b.label,
                    "median_s": round(b.median, 4),
                    "min_s": round(b.minimum, 4),
                    "ratio_to_baseline": round(b.median / baseline, 3),
                    "runs_s": [round(t, 4) for t in b.times],
                }
                for b in items
            ],
        }
        args.json.parent.mkdir(parents=True, exist_ok=True)
        args.json.write_text(json.dumps(report, indent=1) + "\n", encoding="utf-8")
        print(f"wrote {args.json}")


if __name__ == "__main__":
    main()
