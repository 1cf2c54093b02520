"""`diplokg validate` and the documentation of every command."""

from __future__ import annotations

import re

from conftest import ROOT, run_cli


def test_validate_conforms():
    result = run_cli("validate")
    assert result.returncode == 0, result.stdout
    assert "Conforms: True" in result.stdout


def test_validate_reports_a_person_without_labels_and_a_fact_without_source(tmp_path):
    text = (ROOT / "graph/build/diplokg.trig").read_text(encoding="utf-8")
    broken = re.sub(r"(\n\s+person:sam-mostyn a dkg:Person ;)", r"\1", text)
    # drop every label of Sam Mostyn and the source of one role holding
    lines = [
        line
        for line in broken.splitlines()
        if not (line.strip().startswith(("rdfs:label", "skos:prefLabel")) and "Sam Mostyn" in line)
    ]
    broken = "\n".join(lines).replace(
        'prov:wasDerivedFrom source:plo-2025-04-11-canh-chim-dau-dan ;\n        rdfs:label "Lê Anh Tuấn: Thứ trưởng',
        'rdfs:label "Lê Anh Tuấn: Thứ trưởng',
    )
    path = tmp_path / "broken.trig"
    path.write_text(broken, encoding="utf-8")
    result = run_cli("validate", "--data", str(path))
    assert result.returncode == 1, result.stdout
    assert "Conforms: False" in result.stdout
    assert "every person has a label" in result.stdout
    assert "person/sam-mostyn" in result.stdout


def test_validate_on_unreadable_data_is_exit_2(tmp_path):
    path = tmp_path / "garbage.trig"
    path.write_text("this is { not trig", encoding="utf-8")
    result = run_cli("validate", "--data", str(path))
    assert result.returncode == 2
    assert result.stderr.startswith("Error: ") and "garbage.trig" in result.stderr


COMMANDS = [
    "build", "validate", "query", "queries", "export",
    "ingest", "review", "eval",
    "link", "links",
    "path", "neighbors", "central", "timeline", "map", "screenshot",
    "push", "serve",
]


def test_every_command_has_help_that_documents_it():
    top = run_cli("--help")
    assert top.returncode == 0
    for command in COMMANDS:
        assert re.search(rf"^\s+{command}\s+\S", top.stdout, re.M), command
        help_text = run_cli(command, "--help").stdout
        assert help_text.startswith(f"Usage: diplokg {command}")
        assert len(help_text.split()) > 25, command


def test_readme_documents_every_command_and_the_named_queries():
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    for command in COMMANDS:
        assert f"diplokg {command}" in readme, command
    listed = run_cli("queries").stdout.split("\n")
    for line in filter(None, listed):
        assert f"`{line.split()[0]}`" in readme, line
