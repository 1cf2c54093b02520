"""`diplokg query`: the table and the standard SPARQL 1.1 result formats, graphs as Turtle."""

from __future__ import annotations

import csv
import io
import json
import xml.etree.ElementTree as ET

import rdflib
from conftest import run_cli

PEOPLE = 'SELECT ?p ?name WHERE { ?p a dkg:Person ; skos:prefLabel ?name . FILTER(LANG(?name)="vi") } ORDER BY ?name'


def test_table_is_readable():
    result = run_cli("query", "--name", "partner-locality-counts")
    assert result.returncode == 0, result.stderr
    lines = result.stdout.splitlines()
    assert lines[0].split()[:3] == ["count", "asOf", "sourceDate"]
    assert lines[2].split()[0] == "86" and lines[3].split()[0] == "58"
    assert lines[-1] == "(2 rows)"


def test_json_is_the_w3c_results_format():
    result = run_cli("query", "--format", "json", PEOPLE)
    data = json.loads(result.stdout)
    assert data["head"]["vars"] == ["p", "name"]
    bindings = data["results"]["bindings"]
    assert len(bindings) == 14
    first = bindings[0]
    assert first["p"]["type"] == "uri"
    assert first["name"]["type"] == "literal" and first["name"]["xml:lang"] == "vi"
    assert {b["name"]["value"] for b in bindings} >= {"Phạm Dứt Điểm", "Sam Mostyn"}


def test_csv_tsv_xml():
    csv_out = run_cli("query", "--format", "csv", PEOPLE).stdout
    table = list(csv.reader(io.StringIO(csv_out)))
    assert table[0] == ["p", "name"] and len(table) == 15
    tsv_out = run_cli("query", "--format", "tsv", PEOPLE).stdout.splitlines()
    assert tsv_out[0] == "?p\t?name"
    assert '\t"Phạm Dứt Điểm"@vi' in "\n".join(tsv_out)
    assert tsv_out[1].startswith("<https://w3id.org/diplokg/person/")
    xml_out = run_cli("query", "--format", "xml", PEOPLE).stdout
    root = ET.fromstring(xml_out)
    ns = {"s": "http://www.w3.org/2005/sparql-results#"}
    assert len(root.findall(".//s:result", ns)) == 14


def test_ask_in_table_and_json():
    assert run_cli("query", "ASK { person:sam-mostyn a dkg:Person }").stdout.strip() == "true"
    data = json.loads(
        run_cli("query", "--format", "json", "ASK { person:nobody a dkg:Person }").stdout
    )
    assert data == {"head": {}, "boolean": False}


def test_construct_and_describe_print_turtle():
    result = run_cli(
        "query",
        "CONSTRUCT { ?p foaf:name ?n } WHERE { ?p a dkg:Person ; skos:prefLabel ?n . FILTER(LANG(?n)='vi') }",
    )
    graph = rdflib.Graph().parse(data=result.stdout, format="turtle")
    assert len(graph) == 14
    described = run_cli("query", "DESCRIBE person:pham-dut-diem")
    graph = rdflib.Graph().parse(data=described.stdout, format="turtle")
    labels = {str(o) for o in graph.objects(None, rdflib.namespace.SKOS.prefLabel)}
    assert "Phạm Dứt Điểm" in labels


def test_query_from_a_file_and_from_stdin(tmp_path):
    query = tmp_path / "q.rq"
    query.write_text("SELECT (COUNT(*) AS ?n) WHERE { ?x a dkg:Resolution }", encoding="utf-8")
    assert run_cli("query", "-f", str(query), "--format", "csv").stdout.split() == ["n", "2"]
    piped = run_cli("query", "-", "--format", "csv", stdin=query.read_text())
    assert piped.stdout.split() == ["n", "2"]


def test_output_file(tmp_path):
    out = tmp_path / "r.json"
    result = run_cli("query", "--name", "indicators-2024", "--format", "json", "-o", str(out))
    assert result.returncode == 0
    assert len(json.loads(out.read_text())["results"]["bindings"]) == 6


def test_graph_result_in_a_results_format_is_refused():
    result = run_cli("query", "--format", "csv", "DESCRIBE person:pham-dut-diem")
    assert result.returncode == 2
    assert "use --format ttl, nt or jsonld" in result.stderr


def test_export_csv_of_entities():
    out = run_cli("export", "--format", "csv").stdout
    table = list(csv.DictReader(io.StringIO(out)))
    by_id = {row["id"]: row for row in table}
    assert by_id["pham-dut-diem"]["type"] == "Person"
    assert by_id["pham-dut-diem"]["label_en"] == "Pham Dut Diem"
    assert by_id["tphcm"]["sources"].split() == [
        "plo-2025-04-11-canh-chim-dau-dan",
        "plo-2025-10-17-nhung-net-son-doi-ngoai",
    ] or sorted(by_id["tphcm"]["sources"].split()) == [
        "plo-2025-04-11-canh-chim-dau-dan",
        "plo-2025-10-17-nhung-net-son-doi-ngoai",
    ]
    assert "TPHCM" in by_id["tphcm"]["aliases"]
