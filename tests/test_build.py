"""The build: committed dataset equals a fresh build, deterministic, atomic, one graph per source."""

from __future__ import annotations

import hashlib

from conftest import ROOT, run_cli

BASE = "https://w3id.org/diplokg/"


def test_committed_dataset_equals_a_fresh_build():
    result = run_cli("build", "--check")
    assert result.returncode == 0, result.stdout + result.stderr
    assert "is up to date" in result.stdout


def test_build_is_byte_identical_across_hash_seeds(tmp_path):
    digests = set()
    for seed in ("1", "2"):
        out = tmp_path / f"seed{seed}.trig"
        result = run_cli("build", "--no-validate", "--out", str(out), env={"PYTHONHASHSEED": seed})
        assert result.returncode == 0, result.stderr
        digests.add(hashlib.sha256(out.read_bytes()).hexdigest())
    committed = (ROOT / "graph/build/diplokg.trig").read_bytes()
    assert digests == {hashlib.sha256(committed).hexdigest()}


def test_one_named_graph_per_source_plus_vocabulary_ontology_entailments(reasoned_dataset):
    names = {str(g.identifier) for g in reasoned_dataset.graphs()}
    assert {
        BASE + "graph/plo-2025-10-17-nhung-net-son-doi-ngoai",
        BASE + "graph/plo-2025-04-11-canh-chim-dau-dan",
        BASE + "graph/vocabulary",
        BASE + "graph/entailments",
        BASE + "ontology",
    } <= names


def test_a_failed_build_leaves_the_previous_dataset_intact(project_copy):
    built = project_copy / "graph/build/diplokg.trig"
    before = built.read_bytes()
    annotation = project_copy / "graph/curated/plo-2025-04-11-canh-chim-dau-dan.yaml"
    text = annotation.read_text(encoding="utf-8")
    annotation.write_text(text.replace("organization: bo-ngoai-giao", "organization: bo-khong-co"))
    result = run_cli("--root", str(project_copy), "build")
    assert result.returncode == 2
    assert built.read_bytes() == before
    leftovers = [p.name for p in built.parent.iterdir() if p.name != "diplokg.trig"]
    assert leftovers == []


def test_build_rewrites_after_a_change_and_keeps_iris(project_copy):
    annotation = project_copy / "graph/curated/plo-2025-10-17-nhung-net-son-doi-ngoai.yaml"
    text = annotation.read_text(encoding="utf-8")
    annotation.write_text(text.replace("en: Bui Thanh Son", "en: Bui Thanh Son (Deputy PM)"))
    result = run_cli("--root", str(project_copy), "build")
    assert result.returncode == 0, result.stderr
    built = (project_copy / "graph/build/diplokg.trig").read_text(encoding="utf-8")
    assert '"Bui Thanh Son (Deputy PM)"@en' in built
    assert "person:bui-thanh-son" in built
    check = run_cli("--root", str(project_copy), "build", "--check")
    assert check.returncode == 0
    original = run_cli(
        "--root",
        str(project_copy),
        "build",
        "--check",
        "--out",
        str(ROOT / "graph/build/diplokg.trig"),
    )
    assert original.returncode == 1


def test_a_build_that_fails_the_shapes_exits_1_and_writes_nothing(project_copy):
    shapes = project_copy / "ontology/shapes.ttl"
    shapes.write_text(
        shapes.read_text(encoding="utf-8")
        + "\ndkgsh:NeedsBirthDate a sh:NodeShape ; sh:targetClass dkg:Person ;\n"
        "    sh:property [ sh:path schema:birthDate ; sh:minCount 1 ;"
        ' sh:message "a person without a birth date" ] .\n',
        encoding="utf-8",
    )
    built = project_copy / "graph/build/diplokg.trig"
    before = built.read_bytes()
    result = run_cli("--root", str(project_copy), "build")
    assert result.returncode == 1
    assert "a person without a birth date" in result.stderr
    assert "Error: the graph does not conform to the SHACL shapes" in result.stderr
    assert built.read_bytes() == before


def test_built_file_has_the_usual_permissions(tmp_path):
    out = tmp_path / "x.trig"
    assert run_cli("build", "--no-validate", "--out", str(out)).returncode == 0
    assert out.stat().st_mode & 0o044 == 0o044  # readable by group and others (umask 022)
