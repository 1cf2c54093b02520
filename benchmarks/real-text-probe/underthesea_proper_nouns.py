"""Would underthesea's proper nouns help the rules find people? Measured on the probe.

underthesea is not a dependency of diplokg, so this runs in two steps and two environments:

    # 1. with a Python that has underthesea (offline: pos_tag needs no download)
    python -m venv /tmp/utvenv && /tmp/utvenv/bin/pip install underthesea
    /tmp/utvenv/bin/python underthesea_proper_nouns.py tag /work/probe-texts units.json
    # 2. with diplokg's environment (the rules to measure on PYTHONPATH, e.g. a worktree of
    #    the commit at which a round was first scored)
    .venv/bin/python underthesea_proper_nouns.py score /work/probe-texts units.json 13,14

`score` prints person precision and recall of the rules alone, of the rules plus every
proper-noun unit (POS ``Np``) the rules left unread, and of the rules plus the units that
read as a name (``plausible_name``, written from rounds 1 to 10 before rounds 11 to 14
were scored with it).
"""

from __future__ import annotations

import json
import re
import sys
from pathlib import Path


def tag(texts_dir: Path, out: Path) -> None:
    """Every passage's ``Np`` units with their character offsets."""
    from underthesea import pos_tag

    units: dict[str, list[tuple[str, int, int]]] = {}
    for path in sorted(texts_dir.glob("round*/*.txt")):
        text = path.read_text(encoding="utf-8")
        found, pos = [], 0
        for line in text.split("\n"):
            for word, pos_label in pos_tag(line) if line.strip() else []:
                at = text.find(word, pos)
                if at < 0:
                    continue
                pos = at + len(word)
                if pos_label == "Np":
                    found.append((word, at, pos))
        units[f"{path.parent.name}/{path.name}"] = found
    out.write_text(json.dumps(units, ensure_ascii=False), encoding="utf-8")
    print(f"{len(units)} passages tagged")


# The filter's own copy of text_reader's syllable pattern: it must stay as it was designed
# while the rules it is run with (older commits on PYTHONPATH) change.
_SYLLABLE = re.compile(
    r"(ngh|ng|nh|ch|gh|gi|kh|ph|th|tr|qu|[bcdghklmnpqrstvx])?[aeiouy]{1,3}(ch|ng|nh|[cmnpt])?")
_BEFORE_PLACES = {"tỉnh", "thành", "phố", "TP", "huyện", "quận", "xã", "phường", "bang", "vùng",
                  "vực", "đô", "tại", "ở", "đến", "từ", "sang", "về", "cảng", "bay", "khu",
                  "viên", "trường", "Tỉnh", "Huyện", "Quận", "tới", "thị", "Thành", "hiệu"}


def plausible_name(reader, k: int | None, parts: list[str]) -> bool:
    """A unit at token k that reads as a person's name: not in capitals, not after a word
    that introduces places, not a head, title or sentence word, and either a Vietnamese
    surname first or a word that is not a Vietnamese syllable."""
    from diplokg.extraction.lexicon import NOT_NAME_WORDS, SURNAMES
    from diplokg.slugs import fold

    if k is None or all(p.isupper() for p in parts):
        return False
    if k > 0 and reader.joined(k - 1) and reader.toks[k - 1].text in _BEFORE_PLACES:
        return False
    if parts[0] in NOT_NAME_WORDS or reader.head_at(k) or reader.title_at(k) is not None:
        return False
    foreign = any(not _SYLLABLE.fullmatch(x) for p in parts for x in fold(p).lower().split("-"))
    return parts[0] in SURNAMES or foreign


def score(texts_dir: Path, units_path: Path, rounds: str) -> None:
    from diplokg.extraction import extract
    from diplokg.extraction.model import Span, add_entity
    from diplokg.extraction.text_reader import Reader
    from diplokg.extraction_gold_lists import _match, load_gold_list

    units = json.loads(units_path.read_text(encoding="utf-8"))
    totals = {"rules": [0, 0, 0], "rules + every Np": [0, 0, 0], "rules + names": [0, 0, 0]}
    for n in rounds.split(","):
        for gold_path in sorted((texts_dir / f"round{n}").glob("*.gold.yaml")):
            gold = load_gold_list(gold_path)
            key = f"round{n}/{gold_path.name.replace('.gold.yaml', '.txt')}"
            for variant, total in totals.items():
                ex = extract(gold.text, reference_year=gold.reference_year)
                if variant != "rules":
                    taken = [m for e in ex.entities.values() for m in e.mentions]
                    reader = Reader(gold.text)
                    for word, start, end in units[key]:
                        parts = word.split()
                        if len(parts) < 2 or not all(p[0].isupper() for p in parts) \
                                or any(c.isdigit() or c == "." for c in word) \
                                or any(m.start < end and start < m.end for m in taken):
                            continue
                        k = next((i for i, t in enumerate(reader.toks) if t.start == start),
                                 None)
                        if k is not None and reader.place_at(k) is not None:
                            continue
                        if variant == "rules + names" and not plausible_name(reader, k, parts):
                            continue
                        add_entity(ex, "person", "Person", word, Span(start, end, word))
                matched = _match(gold, ex)
                people = [e for e in ex.entities.values() if e.kind == "person"]
                total[0] += sum(1 for e in people if e.key in matched)
                total[1] += len(people)
                total[2] += sum(1 for g in gold.entities if g.kind == "person")
    print(f"rounds {rounds}")
    for variant, (tp, predicted, gold_n) in totals.items():
        print(f"  {variant:17} person P {tp}/{predicted} ({tp / predicted:.2f})"
              f"  R {tp}/{gold_n} ({tp / gold_n:.2f})")


if __name__ == "__main__":
    if len(sys.argv) == 4 and sys.argv[1] == "tag":
        tag(Path(sys.argv[2]), Path(sys.argv[3]))
    elif len(sys.argv) == 5 and sys.argv[1] == "score":
        score(Path(sys.argv[2]), Path(sys.argv[3]), sys.argv[4])
    else:
        sys.exit(__doc__)
