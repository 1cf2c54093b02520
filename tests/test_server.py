"""`diplokg serve` end to end with a real HTTP client: protocol, formats, limits, API, pages."""

from __future__ import annotations

import json

import httpx
import pytest
from conftest import RunningServer, named, run_cli

from diplokg.query_library import get_query

COUNTS = get_query("partner-locality-counts").text
JSON = "application/sparql-results+json"


def values(response, var: str) -> list[str]:
    return [b[var]["value"] for b in response.json()["results"]["bindings"]]


def test_get_post_form_and_direct_post_answer_the_named_query(server, dataset):
    expected = [r["count"] for r in named(dataset, "partner-locality-counts")]
    assert expected == ["86", "58"]
    with httpx.Client(base_url=server.url, timeout=30) as client:
        answers = [
            client.get("/sparql", params={"query": COUNTS}, headers={"Accept": JSON}),
            client.post("/sparql", data={"query": COUNTS}, headers={"Accept": JSON}),
            client.post("/sparql", content=COUNTS.encode(),
                        headers={"Content-Type": "application/sparql-query", "Accept": JSON}),
        ]
    for response in answers:
        assert response.status_code == 200, response.text
        assert response.headers["content-type"].startswith(JSON)
        assert values(response, "count") == expected


def test_every_named_query_answers_as_in_memory(server, dataset):
    from diplokg.query_library import list_queries

    with httpx.Client(base_url=server.url, timeout=30) as client:
        for query in (q for q in list_queries() if not q.needs_network):
            response = client.post("/sparql", data={"query": query.text}, headers={"Accept": JSON})
            assert response.status_code == 200, (query.name, response.text)
            rows = response.json()["results"]["bindings"]
            assert len(rows) == len(named(dataset, query.name)), query.name


def test_content_negotiation(server):
    people = "SELECT ?name WHERE { person:pham-dut-diem skos:prefLabel ?name } ORDER BY ?name"
    graph = "CONSTRUCT { person:pham-dut-diem skos:prefLabel ?n } WHERE { person:pham-dut-diem skos:prefLabel ?n }"
    with httpx.Client(base_url=server.url, timeout=30) as client:
        def get(query, accept=None, fmt=None):
            params = {"query": query, **({"format": fmt} if fmt else {})}
            return client.get("/sparql", params=params, headers={"Accept": accept} if accept else {})

        csv = get(people, "text/csv")
        assert csv.headers["content-type"].startswith("text/csv")
        assert csv.text.splitlines() == ["name", "Pham Dut Diem", "Phạm Dứt Điểm"]
        tsv = get(people, "text/tab-separated-values")
        assert tsv.text.splitlines()[1:] == ['"Pham Dut Diem"@en', '"Phạm Dứt Điểm"@vi']
        xml = get(people, "application/sparql-results+xml")
        assert xml.headers["content-type"].startswith("application/sparql-results+xml")
        assert 'xml:lang="vi">Phạm Dứt Điểm</literal>' in xml.text
        assert get(people, fmt="csv").text.startswith("name")
        assert get(people, "text/html;q=0.9, */*;q=0.1").headers["content-type"].startswith(JSON)
        turtle = get(graph, "text/turtle")
        assert turtle.headers["content-type"].startswith("text/turtle")
        assert '"Phạm Dứt Điểm"@vi' in turtle.text
        nt = get(graph, "application/n-triples")
        assert '<https://w3id.org/diplokg/person/pham-dut-diem> <http://www.w3.org/2004/02/skos/core#prefLabel> "Phạm Dứt Điểm"@vi .' in nt.text
        jsonld = json.loads(get(graph, "application/ld+json").text)
        assert "Phạm Dứt Điểm" in json.dumps(jsonld, ensure_ascii=False)
        refused = get(graph, "text/csv")
        assert refused.status_code == 406 and "CONSTRUCT" in refused.text
        ask = get("ASK { person:pham-dut-diem a dkg:Person }", JSON)
        assert ask.json()["boolean"] is True


def test_cors_and_service_description(server):
    with httpx.Client(base_url=server.url, timeout=30) as client:
        response = client.get("/sparql", params={"query": "ASK {}"},
                              headers={"Origin": "https://yasgui.example"})
        assert response.headers["access-control-allow-origin"] == "*"
        preflight = client.options("/sparql", headers={
            "Origin": "https://yasgui.example", "Access-Control-Request-Method": "POST",
            "Access-Control-Request-Headers": "content-type"})
        assert preflight.status_code == 200
        assert "POST" in preflight.headers["access-control-allow-methods"]
        description = client.get("/sparql")
        assert description.headers["content-type"].startswith("text/turtle")
        assert f"sd:endpoint <{server.url}/sparql>" in description.text
        assert "sd:SPARQL11Query" in description.text and "SPARQL11Update" not in description.text


def test_read_only_refuses_updates_and_service_calls(server):
    with httpx.Client(base_url=server.url, timeout=30) as client:
        update = client.post("/sparql", data={"update": "INSERT DATA { <urn:a> <urn:b> <urn:c> }"})
        assert update.status_code == 403 and "read-only" in update.text
        smuggled = client.post("/sparql", data={"query": "DROP ALL"})
        assert smuggled.status_code == 400 and "SPARQL Update" in smuggled.text
        service = client.post("/sparql", data={
            "query": "SELECT * WHERE { SERVICE <http://169.254.169.254/latest> { ?s ?p ?o } }"})
        assert service.status_code == 403
        assert "SERVICE http://169.254.169.254/latest is not allowed" in service.text
        still = client.get("/sparql", params={"query": "ASK { ?s ?p <urn:c> }"},
                           headers={"Accept": JSON})
        assert still.json()["boolean"] is False


def test_updates_need_the_flag_and_the_token(tmp_path):
    refused = run_cli("serve", "--allow-update")
    assert refused.returncode == 2 and "--allow-update needs a token" in refused.stderr
    running = RunningServer("--allow-update", "--token", "s3cret")
    try:
        insert = "INSERT DATA { <urn:x:city> skos:prefLabel \"Đà Nẵng\"@vi }"
        ask = {"query": 'ASK { <urn:x:city> skos:prefLabel "Đà Nẵng"@vi }'}
        with httpx.Client(base_url=running.url, timeout=30) as client:
            assert client.get("/sparql", params=ask, headers={"Accept": JSON}).json()["boolean"] is False
            anonymous = client.post("/sparql", data={"update": insert})
            assert anonymous.status_code == 401
            wrong = client.post("/sparql", data={"update": insert},
                                headers={"Authorization": "Bearer guess"})
            assert wrong.status_code == 401
            done = client.post("/sparql", content=insert.encode(), headers={
                "Authorization": "Bearer s3cret", "Content-Type": "application/sparql-update"})
            assert done.status_code == 200, done.text
            assert client.get("/sparql", params=ask, headers={"Accept": JSON}).json()["boolean"] is True
            assert "sd:SPARQL11Update" in client.get("/sparql").text
    finally:
        running.stop()


def test_time_limit_result_limit_and_malformed_queries(server):
    slow = "SELECT (COUNT(*) AS ?n) WHERE { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i }"
    with httpx.Client(base_url=server.url, timeout=60) as client:
        response = client.post("/sparql", data={"query": slow})
        assert response.status_code == 503
        assert "longer than the time limit of 3 s" in response.text
        too_many = client.post("/sparql", data={"query": "SELECT * WHERE { ?s ?p ?o }"})
        assert too_many.status_code == 413
        assert "more than the limit of 2000" in too_many.text
        malformed = client.post("/sparql", data={"query": "SELECT ?x WHERE { ?x a dkg:Person . FILTR(?x) }"})
        assert malformed.status_code == 400
        assert "query:1:37: malformed SPARQL near 'FILTR(?x) }'" in malformed.text
        garbage = client.post("/sparql", data={"query": "\x00\x01 {{{"})
        assert garbage.status_code == 400
        huge = client.post("/sparql", data={"query": "ASK {} #" + "x" * 30000})
        assert huge.status_code == 413 and "larger than 20000 bytes" in huge.text
        wrong_type = client.post("/sparql", content=b"ASK {}", headers={"Content-Type": "text/plain"})
        assert wrong_type.status_code == 415
        after = client.get("/sparql", params={"query": COUNTS}, headers={"Accept": JSON})
        assert values(after, "count") == ["86", "58"]


def test_search_is_diacritics_insensitive_and_neighbourhood(server):
    with httpx.Client(base_url=server.url, timeout=30) as client:
        folded = client.get("/api/search", params={"q": "pham dut diem"}).json()
        accented = client.get("/api/search", params={"q": "PHẠM DỨT ĐIỂM"}).json()
        assert folded == accented
        assert folded[0]["iri"] == "https://w3id.org/diplokg/person/pham-dut-diem"
        assert folded[0]["label"] == "Phạm Dứt Điểm"
        assert folded[0]["page"] == "/entity/person/pham-dut-diem?lang=vi"
        english = client.get("/api/search", params={"q": "so ngoai vu", "lang": "en"}).json()
        assert "Ho Chi Minh City Department of Foreign Affairs" in [f["label"] for f in english]
        around = client.get("/api/neighbourhood", params={
            "iri": "https://w3id.org/diplokg/person/pham-dut-diem"}).json()
        edges = {(e["source"].rsplit("/", 1)[-1], e["predicate"], e["target"].rsplit("/", 1)[-1])
                 for e in around["edges"]}
        assert ("pham-dut-diem", "org:memberOf", "so-ngoai-vu-tphcm") in edges
        labels = {n["label"] for n in around["nodes"]}
        assert "Sở Ngoại vụ TP.HCM" in labels and "Phạm Dứt Điểm" in labels
        assert client.get("/api/neighbourhood", params={"iri": "x> } DROP ALL"}).status_code == 400


@pytest.mark.parametrize("lang,label,heading", [
    ("vi", "Phạm Dứt Điểm", "Dữ kiện, nguồn và trích dẫn"),
    ("en", "Pham Dut Diem", "Facts, sources and evidence"),
])
def test_entity_page_lists_facts_with_sources_and_evidence(server, lang, label, heading):
    with httpx.Client(base_url=server.url, timeout=30) as client:
        page = client.get("/entity/person/pham-dut-diem", params={"lang": lang})
        assert page.status_code == 200
        assert f'<h1 id="label">{label}</h1>' in page.text
        assert heading in page.text
        assert "TP.HCM và những nét son trong đối ngoại" in page.text  # the source's headline
        assert "Quyền Giám đốc Sở Ngoại vụ TP.HCM" in page.text  # quoted evidence
        missing = client.get("/entity/person/nobody")
        assert missing.status_code == 404
