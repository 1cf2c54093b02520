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
            # the maps' projection of the store is taken again after an update
            newcomer = "/map/entity/person/newcomer"
            assert client.get(newcomer).status_code == 404
            added = client.post("/sparql", data={"update": (
                "INSERT DATA { person:newcomer a dkg:Person ; skos:prefLabel \"Người mới\"@vi ; "
                "skos:prefLabel \"Newcomer\"@en }")}, headers={"Authorization": "Bearer s3cret"})
            assert added.status_code == 200, added.text
            drawn = client.get(newcomer, params={"lang": "en"})
            assert drawn.status_code == 200, drawn.text
            assert map_nodes(drawn.text)["https://w3id.org/diplokg/person/newcomer"]["label"] == "Newcomer"
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


HOAN = "https://w3id.org/diplokg/person/vo-van-hoan"
UBND = "https://w3id.org/diplokg/organization/ubnd-tphcm"
CONFERENCE = "https://w3id.org/diplokg/event/hoi-thao-50-nam-doi-ngoai"


def map_nodes(page: str) -> dict[str, dict]:
    from test_relationship_map import dataset_json

    return {n["id"]: n for n in dataset_json(page, "nodes")}


def assert_offline(page: str) -> None:
    """No script, style or anything else from elsewhere: the map is self-contained."""
    from test_relationship_map import parse

    parsed = parse(page)
    for tag, attrs in parsed.tags:
        assert "src" not in attrs and "href" not in attrs, (tag, attrs)
    assert len(parsed.scripts) == 2 and "vis.js is dual licensed" in parsed.scripts[0]


@pytest.mark.parametrize("depth", [1, 2])
def test_entity_map_is_the_map_of_diplokg_map_focus(server, tmp_path, depth):
    with httpx.Client(base_url=server.url, timeout=60) as client:
        response = client.get("/map/entity/person/vo-van-hoan",
                              params={"depth": depth, "lang": "en"})
    assert response.status_code == 200, response.text
    page = response.text
    assert_offline(page)
    nodes = map_nodes(page)
    assert nodes[HOAN]["label"] == "Vo Van Hoan" and nodes[HOAN]["highlighted"]
    assert nodes[UBND]["label"] == "Ho Chi Minh City People's Committee"
    assert nodes[CONFERENCE]["date"] == "2025-04-11"
    # the same entities and relations as `diplokg map --focus`, drawn from the built file
    out = tmp_path / "map.html"
    made = run_cli("map", "--focus", HOAN, "--depth", str(depth), "--lang", "en", "-o", str(out))
    assert made.returncode == 0, made.stderr
    from test_relationship_map import dataset_json

    written = out.read_text(encoding="utf-8")
    assert map_nodes(written) == nodes
    assert ({e["id"] for e in dataset_json(written, "edges")}
            == {e["id"] for e in dataset_json(page, "edges")})
    # the page's own policy (by hash) is sent as a header too, and allows no network
    csp = response.headers["content-security-policy"]
    assert csp.startswith("default-src 'none'; script-src 'sha256-") and "http" not in csp


def test_entity_map_depth_language_and_unknown_entities(server):
    with httpx.Client(base_url=server.url, timeout=60) as client:
        one = map_nodes(client.get("/map/entity/person/vo-van-hoan", params={"depth": 1}).text)
        two = map_nodes(client.get("/map/entity/person/vo-van-hoan", params={"depth": 2}).text)
        assert set(one) < set(two)
        assert one[HOAN]["label"] == "Võ Văn Hoan" and one[UBND]["label"] == "UBND TP.HCM"
        unknown = client.get("/map/entity/person/nobody")
        assert unknown.status_code == 404
        assert unknown.text.startswith(
            "no entity https://w3id.org/diplokg/person/nobody on the relationship maps")
        deep = client.get("/map/entity/person/vo-van-hoan", params={"depth": 3})
        assert deep.status_code == 400 and "depth must be 1 or 2" in deep.text
        page = client.get("/entity/person/vo-van-hoan", params={"lang": "en"}).text
        assert 'href="/map/entity/person/vo-van-hoan?depth=2&amp;lang=en"' in page


def test_query_result_map_draws_the_entities_of_the_rows(server, dataset):
    participants = {r["participant"] for r in named(dataset, "conference-attendees")}
    assert len(participants) == 6
    query = get_query("conference-attendees").text
    with httpx.Client(base_url=server.url, timeout=60) as client:
        posted = client.post("/map/query", data={"query": query, "lang": "en"})
        assert posted.status_code == 200, posted.text
        assert_offline(posted.text)
        nodes = map_nodes(posted.text)
        assert set(nodes) == participants  # the sources of the rows are not map entities
        assert {"Vo Van Hoan", "Le Anh Tuan"} <= {n["label"] for n in nodes.values()}
        # a result with the conference too: its participants and their participation edges
        with_event = ("SELECT ?who ?event WHERE { ?p dkg:event ?event ; dkg:participant ?who . "
                      f"FILTER(?event = <{CONFERENCE}>) }}")
        got = client.get("/map/query", params={"query": with_event})
        assert got.status_code == 200, got.text
        from test_relationship_map import dataset_json

        edges = dataset_json(got.text, "edges")
        assert set(map_nodes(got.text)) == participants | {CONFERENCE}
        assert {e["from"] for e in edges if e["to"] == CONFERENCE} == participants
        no_entities = client.post("/map/query", data={"query": "SELECT ?n WHERE { VALUES ?n { 1 2 } }"})
        assert no_entities.status_code == 422
        assert "no value of this result is an entity" in no_entities.text
        ask = client.post("/map/query", data={"query": "ASK {}"})
        assert ask.status_code == 400 and "SELECT" in ask.text
        malformed = client.post("/map/query", data={"query": "SELECT ?x WHERE { FILTR }"})
        assert malformed.status_code == 400


def test_json_written_straight_from_oxigraph_equals_the_rdflib_rendering(oxigraph_store):
    """The worker's fast path (no rdflib terms) answers exactly what rendering through
    rdflib answers, for every named query, ASK, and a query with blank nodes and datatypes."""
    from diplokg.query_library import list_queries
    from diplokg.server.protocol import render
    from diplokg.stores import open_store

    store = open_store(oxigraph_store)
    texts = [q.text for q in list_queries() if not q.needs_network] + [
        "ASK { ?x a dkg:Person }",
        "SELECT ?o ?v WHERE { ?o a dkg:Observation ; dkg:value ?v ; dkg:evidence ?e } LIMIT 20",
        "SELECT ?e ?x WHERE { ?f dkg:evidence ?e . ?e oa:exact ?x } LIMIT 20",
    ]
    for text in texts:
        rows, body = store.query_json(text)
        _, rendered = render(store.query(text), JSON)
        assert json.loads(body) == json.loads(rendered), text
        if "boolean" not in json.loads(body):
            assert rows == len(json.loads(body)["results"]["bindings"]) > 0, text
    assert store.query_json("CONSTRUCT { ?s ?p ?o } WHERE { ?s ?p ?o } LIMIT 1") is None
