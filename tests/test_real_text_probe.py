"""The real-text probe's gold lists (benchmarks/real-text-probe/): their passages are not in
the repository, so these tests check what is: every gold list is well formed, names its
article and the pages it came from, and no list names one person twice."""

from pathlib import Path

import pytest

from diplokg.located_yaml import load_yaml

PROBE = Path(__file__).resolve().parent.parent / "benchmarks" / "real-text-probe"
GOLD_LISTS = sorted(PROBE.glob("round-*/*.gold.yaml"))


def test_every_round_has_its_gold_lists():
    rounds = sorted({p.parent.name for p in GOLD_LISTS}, key=lambda r: int(r.split("-")[1]))
    assert rounds == [f"round-{n}" for n in range(1, 15)]
    assert len(GOLD_LISTS) == 232  # the passages of the README's table


@pytest.mark.parametrize("path", GOLD_LISTS, ids=lambda p: f"{p.parent.name}/{p.name}")
def test_a_gold_list_is_well_formed(path):
    doc = load_yaml(path)
    assert doc["article"] == path.name.replace(".gold.yaml", ".txt")
    assert str(doc["reference_year"]).isdigit()
    assert doc["sources"] and all(isinstance(s, str) and s for s in doc["sources"])
    names = [p["name"] for p in doc["people"]]
    assert names and len(names) == len(set(names))
    for org in doc.get("organizations") or []:
        assert org["name"]
    for entry in [*doc["people"], *(doc.get("organizations") or [])]:
        assert set(entry) <= {"name", "aliases"}  # an unquoted comma makes another key
