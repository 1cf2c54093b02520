"""The real-text probe's gold lists (benchmarks/real-text-probe/): their passages are not in
the repository, so these tests check what is: every gold list is well formed, names its
article and the pages it came from, and no list names one person twice."""

import re
from pathlib import Path

import pytest

from diplokg.located_yaml import load_yaml

PROBE = Path(__file__).resolve().parent.parent / "benchmarks" / "real-text-probe"
GOLD_LISTS = sorted(PROBE.glob("round-*/*.gold.yaml"))


def test_every_round_has_its_gold_lists():
    rounds = sorted({p.parent.name for p in GOLD_LISTS}, key=lambda r: int(r.split("-")[1]))
    assert rounds == [f"round-{n}" for n in range(1, 39)]
    assert len(GOLD_LISTS) == 840  # the passages of the README's table


@pytest.mark.parametrize("path", GOLD_LISTS, ids=lambda p: f"{p.parent.name}/{p.name}")
def test_a_gold_list_is_well_formed(path):
    doc = load_yaml(path)
    assert doc["article"] == path.name.replace(".gold.yaml", ".txt")
    assert str(doc["reference_year"]).isdigit()
    assert doc["sources"] and all(isinstance(s, str) and s for s in doc["sources"])
    names = [p["name"] for p in doc["people"]]  # none in bb32, a list of bodies' events
    assert len(names) == len(set(names)) and (names or doc.get("organizations"))
    for org in doc.get("organizations") or []:
        assert org["name"]
    for entry in [*doc["people"], *(doc.get("organizations") or [])]:
        assert set(entry) <= {"name", "aliases"}  # an unquoted comma makes another key


def test_score_rounds_totals_each_round_and_pools_them(tmp_path, capsys):
    """On the development articles laid out as two rounds (their passages are in the
    repository, the probe's are not)."""
    import importlib.util
    import shutil

    dev = Path(__file__).resolve().parent / "fixtures" / "dev-articles"
    for n, names in ((1, ["dien-dan-dau-tu-kieu-bao"]), (2, ["hai-phong-tong-ket-doi-ngoai"])):
        directory = tmp_path / f"round{n}"
        directory.mkdir()
        for name in names:
            for suffix in (".txt", ".gold.yaml"):
                shutil.copy(dev / f"{name}{suffix}", directory)
    spec = importlib.util.spec_from_file_location("score_rounds", PROBE / "score_rounds.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    assert module.main([str(tmp_path)]) == 2  # rounds must be named, or --all given
    assert capsys.readouterr().out == ""
    assert module.main([str(tmp_path), "--all"]) == 0
    lines = capsys.readouterr().out.splitlines()
    assert [line.split()[0] + " " + line.split()[1] for line in lines[:2]] == ["round 1",
                                                                               "round 2"]
    first, second = (module.round_scores(tmp_path / f"round{n}") for n in (1, 2))
    pooled = [a + b for a, b in zip(first["person"], second["person"], strict=True)]
    assert f"person P {pooled[0]}/{pooled[1]}" in lines[2] and lines[2].startswith("pooled")
    assert pooled[2] == 14  # the people annotated in the two articles
    assert module.main([str(tmp_path / "nothing-here"), "--all"]) == 2
    assert module.main([str(tmp_path), "2"]) == 0  # only the round named
    only = capsys.readouterr().out.splitlines()
    assert only[0].startswith("round 2") and re.search(r"\(\d\.\d{3}\)", only[0])
