"""A consumer who knows only ORG, schema.org, PROV-O, SKOS and rdfs gets right answers from the exports."""

from __future__ import annotations

import pytest
import rdflib
from conftest import run_cli

UBND_MEMBERS = """
PREFIX org: <http://www.w3.org/ns/org#>
PREFIX skos: <http://www.w3.org/2004/02/skos/core#>
SELECT DISTINCT ?name WHERE {
  ?m a org:Membership ; org:member ?p ; org:organization ?o .
  ?o skos:prefLabel "Ho Chi Minh City People's Committee"@en .
  ?p skos:prefLabel ?name . FILTER(LANG(?name) = "vi")
}
"""
ATTENDEES = """
PREFIX schema: <https://schema.org/>
PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
SELECT ?name WHERE {
  ?e a schema:Event ; schema:name "TP.HCM - 50 năm triển khai đường lối đối ngoại Việt Nam"@vi ;
     schema:attendee ?a .
  ?a a schema:Person ; schema:name ?name . FILTER(LANG(?name) = "vi")
}
"""
DERIVED = """
PREFIX prov: <http://www.w3.org/ns/prov#>
PREFIX org: <http://www.w3.org/ns/org#>
PREFIX schema: <https://schema.org/>
SELECT DISTINCT ?headline WHERE {
  ?m a org:Membership ; org:member <https://w3id.org/diplokg/person/pham-dut-diem> ;
     prov:wasDerivedFrom ?src .
  ?src a schema:NewsArticle ; schema:headline ?headline .
}
"""


@pytest.fixture(scope="module", params=["nt", "ttl", "trig"])
def exported(request, tmp_path_factory):
    out = tmp_path_factory.mktemp("export") / f"diplokg.{request.param}"
    result = run_cli("export", "--format", request.param, "-o", str(out))
    assert result.returncode == 0, result.stderr
    if request.param == "trig":
        graph = rdflib.Dataset(default_union=True)
        graph.parse(out, format="trig")
    else:
        graph = rdflib.Graph().parse(out, format={"nt": "nt", "ttl": "turtle"}[request.param])
    return graph


def test_org_members_of_the_peoples_committee(exported):
    names = {str(r[0]) for r in exported.query(UBND_MEMBERS)}
    assert names == {"Nguyễn Văn Được", "Võ Văn Hoan", "Nguyễn Thành Phong"}


def test_schema_attendees_of_the_conference(exported):
    names = {str(r[0]) for r in exported.query(ATTENDEES)}
    assert names == {
        "Lê Anh Tuấn",
        "Võ Văn Hoan",
        "Nguyễn Thành Phong",
        "Trần Thanh Hải",
        "Trương Minh Huy Vũ",
    }


def test_prov_was_derived_from_of_a_fact(exported):
    headlines = {str(r[0]) for r in exported.query(DERIVED)}
    assert headlines == {"TP.HCM và những nét son trong đối ngoại"}


def test_without_entailments_the_standard_query_finds_nothing(tmp_path):
    """The entailments are what make the standard terms work: show that the flag matters."""
    out = tmp_path / "plain.nt"
    assert run_cli("export", "--format", "nt", "--no-entailments", "-o", str(out)).returncode == 0
    graph = rdflib.Graph().parse(out, format="nt")
    assert list(graph.query(UBND_MEMBERS)) == []


def test_query_with_reason_rdfs_answers_standard_terms():
    plain = run_cli("query", "--format", "csv", UBND_MEMBERS)
    reasoned = run_cli("query", "--reason", "rdfs", "--format", "csv", UBND_MEMBERS)
    assert plain.stdout.split() == ["name"]
    assert sorted(reasoned.stdout.split("\n")[1:-1]) == [
        "Nguyễn Thành Phong",
        "Nguyễn Văn Được",
        "Võ Văn Hoan",
    ]
