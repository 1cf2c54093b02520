"""Bad input: one clear line naming the file and line, exit code 2, no traceback, nothing written."""

from __future__ import annotations

import re

import pytest
from conftest import ROOT, run_cli

APRIL = "graph/curated/plo-2025-04-11-canh-chim-dau-dan.yaml"


def _break(project_copy, old: str, new: str) -> int:
    """Replace text in the April annotation; return the 1-based line of the change."""
    path = project_copy / APRIL
    text = path.read_text(encoding="utf-8")
    assert old in text
    line = text[: text.index(old)].count("\n") + 1
    path.write_text(text.replace(old, new, 1), encoding="utf-8")
    return line


def _assert_one_line_error(result, pattern: str) -> str:
    assert result.returncode == 2, result.stdout + result.stderr
    assert "Traceback" not in result.stderr
    lines = [line for line in result.stderr.splitlines() if line.startswith("Error:")]
    assert len(lines) == 1, result.stderr
    assert re.search(pattern, lines[0]), lines[0]
    return lines[0]


@pytest.mark.parametrize(
    ("old", "new", "message"),
    [
        (
            "organization: bo-ngoai-giao",
            "organization: bo-khong-co",
            "unknown entity 'bo-khong-co'",
        ),
        ("date: 2025-04-11\n    as_written", "date: 2025-13-11\n    as_written", "does not parse"),
        ('date: "1985"', "date: năm 85", "does not parse"),
        ('evidence: "TS Trương Minh Huy Vũ góp ý"', 'evidence: "TS Vũ nói"', "evidence not found"),
        ("modes: [attended, contributed]", "modes: [danced]", "unknown value 'danced'"),
        ('value: "7.17"', 'value: "7,17"', "not a number"),
        ("    role: thu-truong", "    rank: thu-truong", "unknown key 'rank'"),
        ("type: Conference", "type: Symposium", "unknown entity type 'Symposium'"),
        ("participant: le-anh-tuan", "participant: [le-anh-tuan", "malformed YAML"),
    ],
)
def test_bad_annotation_is_one_line_with_file_and_line(project_copy, old, new, message):
    built = project_copy / "graph/build/diplokg.trig"
    before = built.read_bytes()
    line = _break(project_copy, old, new)
    result = run_cli("--root", str(project_copy), "build")
    error = _assert_one_line_error(result, re.escape(message))
    match = re.search(r"plo-2025-04-11-canh-chim-dau-dan\.yaml:(\d+):", error)
    assert match, error
    assert abs(int(match.group(1)) - line) <= 2, (error, line)
    assert built.read_bytes() == before


def test_entity_defined_twice_names_both_places(project_copy):
    path = project_copy / APRIL
    text = path.read_text(encoding="utf-8")
    path.write_text(
        text.replace("  - id: le-anh-tuan", "  - id: pham-dut-diem", 1), encoding="utf-8"
    )
    result = run_cli("--root", str(project_copy), "build")
    _assert_one_line_error(
        result,
        r"doi-ngoai\.yaml:\d+: entity .pham-dut-diem. is already defined in plo-2025-04-11-canh-chim-dau-dan\.yaml line \d+",
    )


def test_missing_source_text(project_copy):
    (project_copy / "graph/sources/plo-2025-04-11-canh-chim-dau-dan.txt").unlink()
    result = run_cli("--root", str(project_copy), "build")
    _assert_one_line_error(result, r"\.yaml:\d+: source text .* cannot be read")


def test_not_a_project_directory(tmp_path):
    result = run_cli("--root", str(tmp_path), "build")
    _assert_one_line_error(result, "not a diplokg project")


def test_malformed_sparql_names_line_and_column():
    result = run_cli("query", "SELECT ?x WHERE {\n  ?x a dkg:Person .\n  FILTR(?x)\n}")
    error = _assert_one_line_error(result, r"^Error: query:3:\d+: malformed SPARQL")
    assert "FILTR" in error


def test_malformed_sparql_in_a_file_names_the_file(tmp_path):
    query = tmp_path / "bad.rq"
    query.write_text("SELECT * WHERE { ?s ?p }", encoding="utf-8")
    result = run_cli("query", "-f", str(query))
    _assert_one_line_error(result, rf"^Error: {re.escape(str(query))}:1:\d+: malformed SPARQL")


def test_missing_query_file():
    result = run_cli("query", "-f", "no-such-query.rq")
    _assert_one_line_error(result, r"no-such-query\.rq: no such file")


def test_unknown_named_query_lists_the_names():
    result = run_cli("query", "--name", "who-is-who")
    _assert_one_line_error(result, "no named query 'who-is-who'.*partner-locality-counts")


def test_missing_dataset_file():
    result = run_cli("query", "--data", "nowhere.trig", "ASK {}")
    _assert_one_line_error(result, r"nowhere\.trig: no such file \(run `diplokg build` first\)")


def test_export_to_an_unwritable_place_writes_nothing(tmp_path):
    target = tmp_path / "missing-dir" / "sub" / "x.nt"
    blocker = tmp_path / "missing-dir"
    blocker.write_text("a file, not a directory")
    result = run_cli("export", "--format", "nt", "-o", str(target))
    _assert_one_line_error(result, "x.nt")
    assert not target.exists()
    assert ROOT.joinpath("graph/build/diplokg.trig").is_file()
