"""Scores and speed of the extraction rules on the curated sources.

Prints `diplokg eval`'s precision/recall table (development article and held-out
article separately), then the time to extract each article as a ratio against
reading and checking the curated corpus, measured in the same run.

    .venv/bin/python benchmarks/extraction_scores.py [--repeat N]
"""

from __future__ import annotations

import argparse
import time

from diplokg.annotations import load_corpus
from diplokg.extraction import extract
from diplokg.extraction_eval import evaluate, format_scores
from diplokg.project import Project


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--repeat", type=int, default=5)
    args = parser.parse_args()
    project = Project.locate()
    corpus = load_corpus(project.curated_dir)
    print(format_scores(evaluate(corpus)))
    started = time.perf_counter()
    for _ in range(args.repeat):
        load_corpus(project.curated_dir)
    baseline = (time.perf_counter() - started) / args.repeat
    print(f"{'article':45} {'chars':>6} {'extract s':>10} {'x load_corpus':>14}")
    for annotation in corpus.annotations:
        text = annotation.source.text
        started = time.perf_counter()
        for _ in range(args.repeat):
            extract(text, annotation.source.date.year)
        took = (time.perf_counter() - started) / args.repeat
        print(f"{annotation.source.id:45} {len(text):6d} {took:10.4f} {took / baseline:14.2f}")
    print(f"(load_corpus: {baseline:.4f} s)")


if __name__ == "__main__":
    main()
