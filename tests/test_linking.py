"""Links to Wikidata/GeoNames, reconciliation (local dump and the real API client against a
local server replaying answers), the VoID linkset, official records and federated queries.
No test touches the network: servers bind to 127.0.0.1 on free ports."""

from __future__ import annotations

import json
import socket
import threading
import time
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

import pytest
import yaml
from conftest import ROOT, rows, run_cli

FIXTURES = Path(__file__).parent / "fixtures" / "wikidata"
EXTRACT = FIXTURES / "extract.jsonl"


def test_links_file_counts_and_methods(project):
    from diplokg.linking.links_file import load_links

    links = load_links(project)
    by_method = {}
    for link in links.links:
        by_method.setdefault(link.method, set()).add((link.entity, link.id))
    assert by_method["record-extract"] == {
        ("viet-nam", "Q881"), ("thai-lan", "Q869"), ("hoa-ky", "Q30"), ("nhat-ban", "Q17"),
        ("han-quoc", "Q884"), ("australia", "Q408"), ("cuba", "Q241"), ("singapore", "Q334"),
    }
    assert set(by_method) == {"record-extract"}
    # ids only corroborated by third parties wait, unchecked, outside the graph
    candidates = yaml.safe_load((project.root / "graph/links/candidates.yaml").read_text("utf-8"))
    assert {(c["entity"], c["id"]) for c in candidates["candidates"]} == {
        ("tphcm", "Q1854"), ("tokyo", "Q1490"), ("rotterdam", "Q34370")}


def test_built_graph_has_links_with_provenance(dataset):
    result = rows(dataset, """
        SELECT ?target ?method ?confidence ?where WHERE {
          GRAPH <https://w3id.org/diplokg/graph/links> { country:viet-nam skos:exactMatch ?target .
            ?l a dkg:LinkStatement ; rdf:subject country:viet-nam ; rdf:object ?target ;
               dkg:linkMethod ?method ; dkg:confidence ?confidence ; dkg:checkedAgainst ?where } }""")
    assert result == [{
        "target": "http://www.wikidata.org/entity/Q881", "method": "record-extract", "confidence": "high",
        "where": "usc-isi-i2/t2wml backend/causx/country_entities.py@28ea5a642aa989ee104d9f714e39a404072566d5",
    }]
    # skos:exactMatch, never owl:sameAs
    assert rows(dataset, "SELECT ?s WHERE { ?s owl:sameAs ?o }") == []


def test_official_records_come_from_reference_sources(dataset):
    result = rows(dataset, """
        SELECT ?url ?consulted WHERE { ?st rdf:subject resolution:nghi-quyet-57 ; rdf:predicate eli:date_document ;
          prov:wasDerivedFrom ?ref ; dkg:referenceEvidence ?q . ?q prov:wasQuotedFrom ?ref ; oa:exact ?quote .
          ?ref a dkg:ReferenceSource ; schema:url ?url ; dkg:consulted ?consulted
          FILTER(CONTAINS(?quote, "22/12/2024")) }""")
    urls = {r["url"] for r in result}
    assert any(u.startswith("https://vass.gov.vn/") for u in urls)
    assert {r["consulted"] for r in result} == {"2026-11-23"}


def test_links_unlinked_lists_what_has_no_link():
    result = run_cli("links", "--unlinked")
    assert result.returncode == 0, result.stderr
    lines = result.stdout.splitlines()
    assert "locality      seoul" in lines and "country       ha-lan" in lines
    assert "person        pham-dut-diem" in lines
    assert "locality      tphcm" in lines and "locality      tokyo" in lines
    assert not any(line.endswith((" singapore", " viet-nam", " cuba")) for line in lines)
    assert lines[-1] == "(40 without a wikidata link)"
    geonames = run_cli("links", "--unlinked", "--dataset", "geonames").stdout.splitlines()
    assert geonames[-1] == "(16 without a geonames link)"


def test_export_links_only_is_a_void_linkset(tmp_path):
    import rdflib

    out = tmp_path / "links.ttl"
    result = run_cli("export", "--links-only", "-o", str(out))
    assert result.returncode == 0, result.stderr
    g = rdflib.Graph().parse(out, format="turtle")
    void = rdflib.Namespace("http://rdfs.org/ns/void#")
    counts = {}
    for ls in g.subjects(rdflib.RDF.type, void.Linkset):
        assert g.value(ls, void.linkPredicate) == rdflib.SKOS.exactMatch
        assert g.value(ls, void.subjectsTarget) == rdflib.URIRef("https://w3id.org/diplokg/dataset")
        counts[str(g.value(ls, void.objectsTarget))] = int(g.value(ls, void.triples))
    assert counts == {"https://www.wikidata.org/": 8, "https://www.geonames.org/": 0}
    assert len(list(g.subject_objects(rdflib.SKOS.exactMatch))) == 8
    assert run_cli("export", "--links-only", "--format", "nt").returncode == 2


# ------------------------------------------------------------------ reconciliation


def _copy_with_country_link(project_copy: Path) -> None:
    links = project_copy / "graph/links/links.yaml"
    text = links.read_text(encoding="utf-8")
    text += ("  - entity: ha-lan\n    dataset: wikidata\n    id: Q900000010\n    method: record-extract\n"
             "    confidence: high\n    made_by: test\n    evidence:\n      - where: fixture\n        quote: x\n")
    links.write_text(text, encoding="utf-8")


def test_reconcile_against_a_local_dump_then_apply(project_copy, tmp_path):
    _copy_with_country_link(project_copy)
    assert run_cli("--root", str(project_copy), "build", "--no-validate").returncode == 0
    out = tmp_path / "proposals.yaml"
    result = run_cli("--root", str(project_copy), "link", "--dump", str(EXTRACT), "--entity", "rotterdam",
                     "--entity", "vo-van-hoan", "--entity", "thanh-uy-tphcm", "--all", "-o", str(out))
    assert result.returncode == 0, result.stderr
    proposals = {p["entity"]: p for p in yaml.safe_load(out.read_text("utf-8"))["proposals"]}
    rotterdam = proposals["rotterdam"]["candidates"]
    assert [c["id"] for c in rotterdam] == ["Q900000001", "Q900000003", "Q900000002"]
    assert rotterdam[0]["score"] == 0.95
    assert 'label "Rotterdam" = "Rotterdam" (diacritics folded)' in rotterdam[0]["reasons"]
    assert "country: P17 Q900000010, the linked country" in rotterdam[0]["reasons"]
    assert "country: P17 Q900000011, not Q900000010" in rotterdam[2]["reasons"]
    hoan = proposals["vo-van-hoan"]["candidates"]
    assert hoan[0]["id"] == "Q900000030" and "type: human (P31 Q5), as expected for a person" in hoan[0]["reasons"]
    assert hoan[1]["score"] < 0.5
    committee = proposals["thanh-uy-tphcm"]["candidates"][0]
    assert committee["id"] == "Q900000021"
    assert "dates: died or dissolved in 1976, before the source (2025)" in committee["reasons"]
    assert committee["score"] < 0.5
    # review: accept Rotterdam's best candidate, then apply
    data = yaml.safe_load(out.read_text("utf-8"))
    for p in data["proposals"]:
        if p["entity"] == "rotterdam":
            p["accept"] = "Q900000001"
    out.write_text(yaml.safe_dump(data, allow_unicode=True), encoding="utf-8")
    links = project_copy / "graph/links/links.yaml"
    applied = run_cli("--root", str(project_copy), "link", "--apply", str(out), "--reviewer", "Test Reviewer")
    assert applied.returncode == 0, applied.stderr
    assert "rotterdam -> wikidata:Q900000001 (medium)" in applied.stdout
    from diplokg.linking.links_file import parse_links_file

    added = [x for x in parse_links_file(links).links if x.entity == "rotterdam" and x.dataset == "wikidata"]
    assert added[0].method == "reviewed-proposal" and "Test Reviewer" in added[0].made_by
    # applying again is refused (already linked) and leaves the file as it was
    before = links.read_text("utf-8")
    again = run_cli("--root", str(project_copy), "link", "--apply", str(out))
    assert again.returncode == 2 and "already has a wikidata link" in again.stderr
    assert links.read_text("utf-8") == before


def test_bad_links_file_names_file_and_line(project_copy):
    links = project_copy / "graph/links/links.yaml"
    text = links.read_text("utf-8") + (
        "  - entity: tokyo\n    dataset: wikidata\n    id: Q1490\n    method: corroborated\n"
        "    confidence: medium\n    made_by: test\n    evidence:\n      - where: a\n        quote: b\n")
    links.write_text(text, "utf-8")
    line = text[: text.rindex("method: corroborated")].count("\n") + 1
    result = run_cli("--root", str(project_copy), "build")
    assert result.returncode == 2
    assert f"links.yaml:{line}:" in result.stderr and "not checked against the record" in result.stderr


# ------------------------------------------------------------------ the real API client, locally


class _Recorded(BaseHTTPRequestHandler):
    """Replays wbsearchentities / wbgetentities answers made from the fixture extract."""

    failures_left = 0
    user_agents: list[str] = []

    def do_GET(self):  # noqa: N802
        from urllib.parse import parse_qs, urlsplit

        type(self).user_agents.append(self.headers.get("User-Agent", ""))
        if type(self).failures_left > 0:
            type(self).failures_left -= 1
            self.send_response(503)
            self.send_header("Retry-After", "0")
            self.end_headers()
            return
        params = {k: v[0] for k, v in parse_qs(urlsplit(self.path).query).items()}
        entities = [json.loads(line) for line in EXTRACT.read_text("utf-8").splitlines()]
        if params.get("action") == "wbsearchentities":
            hits = [{"id": e["id"], "label": e["labels"]["en"]["value"]} for e in entities
                    if e["labels"]["en"]["value"] == params["search"]]
            body = {"search": hits}
        elif params.get("action") == "wbgetentities":
            wanted = params["ids"].split("|")
            body = {"entities": {e["id"]: e for e in entities if e["id"] in wanted}}
        else:
            self.send_response(404)
            self.end_headers()
            return
        data = json.dumps(body).encode()
        self.send_response(200)
        self.send_header("Content-Type", "application/json")
        self.send_header("Content-Length", str(len(data)))
        self.end_headers()
        self.wfile.write(data)

    def log_message(self, *args):
        pass


@pytest.fixture
def api_server():
    _Recorded.failures_left = 0
    _Recorded.user_agents = []
    server = ThreadingHTTPServer(("127.0.0.1", 0), _Recorded)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{server.server_address[1]}/w/api.php"
    server.shutdown()
    server.server_close()


def test_api_client_retries_caches_and_identifies_itself(api_server, tmp_path):
    from diplokg.linking.wikidata_client import WikidataClient

    _Recorded.failures_left = 2
    client = WikidataClient(api_server, cache_dir=tmp_path, min_interval=0.2, backoff=0.05, timeout=5)
    started = time.monotonic()
    hits = client.search("Rotterdam")
    assert [h["id"] for h in hits] == ["Q900000001", "Q900000002"]
    assert client.requests_made == 3  # two 503 answers, then success
    assert time.monotonic() - started >= 0.4  # rate limit: 0.2 s between requests
    assert all(ua.startswith("diplokg/") and "w3id.org/diplokg" in ua for ua in _Recorded.user_agents)
    records = client.get_entities(["Q900000001", "Q900000030"])
    assert records["Q900000030"]["labels"]["vi"]["value"] == "Võ Văn Hoan"
    again = WikidataClient(api_server, cache_dir=tmp_path, min_interval=0)
    assert again.search("Rotterdam") == hits and again.requests_made == 0  # from the cache


def test_link_command_uses_the_api(api_server, tmp_path):
    out = tmp_path / "p.yaml"
    result = run_cli("link", "--api-url", api_server, "--cache", str(tmp_path / "c"), "--interval", "0",
                     "--entity", "vo-van-hoan", "-o", str(out))
    assert result.returncode == 0, result.stderr
    data = yaml.safe_load(out.read_text("utf-8"))
    assert data["source"] == f"Wikidata API {api_server}"
    assert data["proposals"][0]["candidates"][0]["id"] == "Q900000030"


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def test_api_client_gives_up_cleanly_on_a_closed_port(tmp_path):
    from diplokg.errors import DiplokgError
    from diplokg.linking.wikidata_client import WikidataClient

    client = WikidataClient(f"http://127.0.0.1:{_free_port()}/w/api.php", min_interval=0, backoff=0.01,
                            retries=2, timeout=1)
    with pytest.raises(DiplokgError, match="unreachable after 3 tries"):
        client.search("Rotterdam")


# ------------------------------------------------------------------ federated queries offline

SERVICE_QUERY = """SELECT ?city ?population WHERE {
  ?city a dkg:City ; skos:exactMatch ?item .
  SERVICE <http://127.0.0.1:PORT/sparql> { ?item <http://www.wikidata.org/prop/direct/P1082> ?population } }"""


def test_service_query_on_a_closed_port_fails_fast_with_a_clear_message(tmp_path):
    query = tmp_path / "q.rq"
    query.write_text(SERVICE_QUERY.replace("PORT", str(_free_port())), "utf-8")
    started = time.monotonic()
    result = run_cli("query", "-f", str(query), "--service-timeout", "1")
    assert result.returncode == 2
    assert "cannot be reached" in result.stderr and "needs the network" in result.stderr
    assert time.monotonic() - started < 20


def test_service_query_on_a_silent_endpoint_times_out(tmp_path):
    listener = socket.socket()
    listener.bind(("127.0.0.1", 0))
    listener.listen(5)  # accepts connections, never answers
    try:
        query = tmp_path / "q.rq"
        query.write_text(SERVICE_QUERY.replace("PORT", str(listener.getsockname()[1])), "utf-8")
        started = time.monotonic()
        result = run_cli("query", "-f", str(query), "--service-timeout", "1")
        assert result.returncode == 2, result.stdout
        assert "timed out" in result.stderr
        assert time.monotonic() - started < 20
    finally:
        listener.close()


def test_named_federated_query_calls_wikidata_for_linked_cities():
    from diplokg.linking.federation import service_endpoints
    from diplokg.query_library import get_query

    text = get_query("partner-cities-wikidata").text
    assert service_endpoints(text) == ["https://query.wikidata.org/sparql"]
    assert ROOT.joinpath("README.md").read_text("utf-8").count("partner-cities-wikidata") >= 2
