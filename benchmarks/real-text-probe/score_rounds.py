"""Person and organisation scores of the extraction rules on every round of the probe.

    .venv/bin/python benchmarks/real-text-probe/score_rounds.py /work/probe-texts N [N ...]
    .venv/bin/python benchmarks/real-text-probe/score_rounds.py /work/probe-texts --all

For each round named (``roundN`` under the given directory, the passages saved next to
their gold lists, see the README), or every round with ``--all``, prints what
``diplokg eval --gold DIR`` totals: true positives over predicted (precision) and over
annotated (recall), for people and organisations; then the same pooled over the rounds
printed. These are the scores of the rules as they are now: the measure on unseen text is
each round's first score, recorded in the README when the round was scored. Rounds must be
named (or ``--all`` given) so that a round not yet scored is never printed by accident.
Ratios have three decimals: 95/106 is 0.896, not a 0.90 that would pass a 0.9 target.
"""

from __future__ import annotations

import re
import sys
from pathlib import Path

from diplokg.extraction_gold_lists import evaluate_gold_list, load_gold_list

KINDS = ("person", "organization")


def round_scores(directory: Path) -> dict[str, list[int]]:
    """kind -> [true positives, predicted, annotated] over the gold lists of a round."""
    totals = {kind: [0, 0, 0] for kind in KINDS}
    for path in sorted(directory.glob("*.gold.yaml")):
        scores = evaluate_gold_list(load_gold_list(path))
        for kind in KINDS:
            if kind in scores:
                score = scores[kind]
                totals[kind][0] += score.tp
                totals[kind][1] += score.tp + score.fp
                totals[kind][2] += score.tp + score.fn
    return totals


def _fraction(part: int, whole: int) -> str:
    return f"{part}/{whole} ({part / whole:.3f})" if whole else "-"


def _line(name: str, totals: dict[str, list[int]]) -> str:
    cells = []
    for kind in KINDS:
        tp, predicted, annotated = totals[kind]
        if annotated or predicted:
            cells.append(f"{kind} P {_fraction(tp, predicted)} R {_fraction(tp, annotated)}")
    return f"{name:<10} " + "   ".join(cells)


def main(argv: list[str]) -> int:
    if len(argv) < 2 or argv[1:] != ["--all"] and not all(n.isdigit() for n in argv[1:]):
        print(__doc__, file=sys.stderr)
        return 2
    base = Path(argv[0])
    every = argv[1:] == ["--all"]
    wanted = set() if every else {int(n) for n in argv[1:]}
    rounds = sorted((int(m.group(1)), d) for d in base.glob("round*")
                    if (m := re.fullmatch(r"round(\d+)", d.name)) and d.is_dir()
                    and (every or int(m.group(1)) in wanted))
    if not rounds:
        print(f"no round directories under {base}", file=sys.stderr)
        return 2
    pooled = {kind: [0, 0, 0] for kind in KINDS}
    for n, directory in rounds:
        totals = round_scores(directory)
        print(_line(f"round {n}", totals))
        for kind in KINDS:
            pooled[kind] = [a + b for a, b in zip(pooled[kind], totals[kind], strict=True)]
    print(_line("pooled", pooled))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
