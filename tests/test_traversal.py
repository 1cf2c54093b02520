"""Traversal of the projection: real answers on the built graph, through the CLI and the API."""

from __future__ import annotations

import json

import pytest
from conftest import ROOT, SAM_TO_LAZO_EN, rows, run_cli

BASE = "https://w3id.org/diplokg/"
APRIL = "plo-2025-04-11-canh-chim-dau-dan"
OCTOBER = "plo-2025-10-17-nhung-net-son-doi-ngoai"
SAM = BASE + "person/sam-mostyn"
LAZO = BASE + "person/esteban-lazo-hernandez"
HOAN = BASE + "person/vo-van-hoan"


@pytest.fixture(scope="module")
def G(dataset):
    from diplokg.projection import project

    return project(dataset)


def _json(*args: str) -> dict:
    result = run_cli(*args, "--format", "json")
    assert result.returncode == 0, result.stderr
    return json.loads(result.stdout)


def _source_text(source_id: str) -> str:
    return (ROOT / "graph" / "sources" / f"{source_id}.txt").read_text(encoding="utf-8")


# --------------------------------------------------------------------------- projection


def test_projection_has_one_edge_per_nary_fact_as_counted_by_sparql(dataset, G):
    """Each role holding, participation and observation of the graph is one edge, with its source."""
    counts = {
        kind: int(rows(dataset, f"SELECT (COUNT(?f) AS ?n) WHERE {{ ?f a dkg:{cls} }}")[0]["n"])
        for kind, cls in (
            ("role", "RoleHolding"),
            ("participation", "Participation"),
            ("observation", "Observation"),
        )
    }
    assert counts == {"role": 11, "participation": 21, "observation": 14}
    for kind, expected in counts.items():
        edges = [d for *_, d in G.edges(keys=True, data=True) if d["kind"] == kind]
        assert len(edges) == expected, kind
        assert all(d["sources"] and d["evidence"] for d in edges), kind


def test_projection_keeps_qualifiers_and_both_partner_counts(G):
    diem_roles = [d for d in G[BASE + "person/pham-dut-diem"][BASE + "organization/so-ngoai-vu-tphcm"].values()]
    assert [(d["qualifiers"], d["role"], d["label_en"]) for d in diem_roles] == [
        (["acting"], "Giám đốc", "is acting Director of")
    ]
    phong = G[BASE + "person/nguyen-thanh-phong"][BASE + "organization/ubnd-tphcm"]
    assert [d["label"] for d in phong.values() if d["kind"] == "role"] == ["là nguyên Chủ tịch"]
    counts = G[BASE + "locality/tphcm"][BASE + "indicator/partner-localities"]
    assert sorted((d["value"], d["as_of"]) for d in counts.values()) == [
        ("58", "2025-04-11"),
        ("86", "2025-10-17"),
    ]
    conference = G.nodes[BASE + "event/hoi-thao-50-nam-doi-ngoai"]
    assert (conference["kind"], conference["type"], conference["date"]) == ("Event", "Conference", "2025-04-11")
    assert conference["date_as_written"] == "Ngày 11-4"


def test_shortcuts_are_not_edges_but_sourced_binary_facts_are(G):
    """schema:attendee and org:memberOf abbreviate participations and roles: no extra edges."""
    predicates = {d["predicate"] for *_, d in G.edges(keys=True, data=True)}
    assert "https://schema.org/attendee" not in predicates
    assert "http://www.w3.org/ns/org#memberOf" not in predicates
    organised = G[BASE + "event/hoi-thao-50-nam-doi-ngoai"][BASE + "organization/so-ngoai-vu-tphcm"]
    # organised by (a sourced event fact) once, not twice (the participation's shortcut)
    assert [d["label_en"] for d in organised.values()] == ["was organised by"]
    assert all(d["sources"] for *_, d in G.edges(keys=True, data=True) if d["kind"] == "relation")


def test_projection_is_one_pass_and_does_not_depend_on_triple_order(dataset):
    from diplokg.projection import project_triples

    triples = list(dataset.triples((None, None, None)))
    once = project_triples(iter(triples))  # an iterator can only be read once
    backwards = project_triples(reversed(triples))
    assert list(once.nodes) == list(backwards.nodes)
    assert list(once.edges(keys=True, data=True)) == list(backwards.edges(keys=True, data=True))


def test_facts_as_nodes(dataset):
    from diplokg.projection import project

    H = project(dataset, facts="nodes")
    node = BASE + "participation/hoi-thao-50-nam-doi-ngoai--le-anh-tuan"
    assert H.nodes[node]["kind"] == "Participation"
    assert H.nodes[node]["modes"] == ["attendedOnline", "spoke"]
    assert sorted(H.nodes[v]["label"] for v in H.successors(node)) == [
        "Lê Anh Tuấn",
        "TP.HCM - 50 năm triển khai đường lối đối ngoại Việt Nam",
    ]


# --------------------------------------------------------------------------- path


def test_path_sam_mostyn_to_esteban_lazo_is_explained_with_relations_and_sources():
    report = _json("path", "Sam Mostyn", "Esteban Lazo Hernandez", "--lang", "en")
    [path] = report["paths"]
    assert path["length"] == 9
    assert [n["label_en"] for n in path["nodes"]] == SAM_TO_LAZO_EN
    relations = [step["relations"] for step in path["steps"]]
    assert [len(r) for r in relations] == [1] * 9
    said = [(r[0]["kind"], r[0]["label_en"]) for r in relations]
    assert said == [
        ("participation", "took part in (visited)"),
        ("event", "took place in"),
        ("relation", "cites"),
        ("relation", "cites"),
        ("event", "was organised by"),
        ("relation", "is part of"),
        ("role", "is Secretary of"),
        ("participation", "took part in (met)"),
        ("participation", "took part in (met)"),
    ]
    assert relations[2][0]["sentence"] == "Ho Chi Minh City cites Resolution 59"
    assert relations[6][0]["sentence"] == "Tran Luu Quang is Secretary of Ho Chi Minh City Party Committee"
    for [relation] in relations:
        assert [s["id"] for s in relation["sources"]] == [OCTOBER]
        assert relation["sources"][0]["date"] == "2025-10-17"
        assert relation["evidence"], relation["sentence"]
        for evidence in relation["evidence"]:  # every quote is in the article, verbatim
            assert evidence["quote"] in _source_text(evidence["source"])


def test_path_text_names_the_relations_and_the_sources():
    result = run_cli("path", "Sam Mostyn", "Esteban Lazo Hernandez")
    assert result.returncode == 0, result.stderr
    lines = result.stdout.splitlines()
    assert lines[0] == "Sam Mostyn → Esteban Lazo Hernandez: 9 bước"
    assert lines[1] == (
        "  1. Sam Mostyn tham gia (tham quan, đến thăm) Chuyến thăm cấp Nhà nước của Toàn quyền "
        "Australia Sam Mostyn đến Việt Nam"
    )
    assert lines[2].strip().startswith(f"[{OCTOBER}, 2025-10-17] \"Toàn quyền Australia Sam Mostyn")
    assert "  7. Trần Lưu Quang là Bí thư Thành ủy TP.HCM" in lines


def test_k_shortest_paths_and_restrictions():
    three = _json("path", "Vo Van Hoan", "Nguyen Thanh Phong", "-k", "3")["paths"]
    assert [p["length"] for p in three] == [2, 2, 3]
    assert len({tuple(n["iri"] for n in p["nodes"]) for p in three}) == 3
    # before 2025 the conference of 11 April 2025 is out: they are linked by the People's Committee
    early = _json("path", "Vo Van Hoan", "Nguyen Thanh Phong", "--to", "2024")["paths"]
    assert [n["label"] for n in early[0]["nodes"]] == ["Võ Văn Hoan", "UBND TP.HCM", "Nguyễn Thành Phong"]
    assert [s["relations"][0]["qualifiers"]["role_en"] for s in early[0]["steps"]] == ["Vice Chair", "Chair"]
    # only roles and participations: Sam Mostyn and Esteban Lazo are not connected (exit 1)
    apart = run_cli("path", "Sam Mostyn", "Esteban Lazo Hernandez", "--edges", "participation,role", "--lang", "en")
    assert apart.returncode == 1
    assert apart.stdout.strip() == "Sam Mostyn and Esteban Lazo Hernández are not connected (with these restrictions)."


def test_photo_credits_are_left_out_unless_asked(G):
    from diplokg.traversal import shortest_paths

    [with_photos] = shortest_paths(G, SAM, LAZO, kinds="all")
    assert with_photos.length == 7
    assert BASE + "person/tran-linh" in with_photos.nodes  # the photographer of both events
    [default] = shortest_paths(G, SAM, LAZO)
    assert default.length == 9 and BASE + "person/tran-linh" not in default.nodes


def test_path_with_facts_as_nodes_goes_through_the_fact_nodes():
    report = _json("path", "Sam Mostyn", "Esteban Lazo Hernandez", "--facts", "nodes")
    [path] = report["paths"]
    kinds = [n["kind"] for n in path["nodes"]]
    assert kinds.count("Participation") == 3 and kinds.count("RoleHolding") == 1
    assert path["length"] == 13
    assert path["nodes"][1]["label"].startswith("Sam Mostyn @ Chuyến thăm cấp Nhà nước")


# --------------------------------------------------------------------------- names


def test_names_match_without_diacritics_case_or_by_iri():
    for name in ("Vo Van Hoan", "vo văn HOAN", "person:vo-van-hoan", HOAN, "vo-van-hoan", "ông Hoan"):
        report = _json("neighbors", name)
        assert report["center"]["iri"] == HOAN, name
        assert report["center"]["label"] == "Võ Văn Hoan"


def test_unknown_and_ambiguous_names_list_candidates_and_exit_2():
    unknown = run_cli("path", "Sam Mostin", "Esteban Lazo")
    assert unknown.returncode == 2 and "Traceback" not in unknown.stderr
    assert unknown.stderr.strip() == "Error: no entity named 'Sam Mostin'; closest: Sam Mostyn (person:sam-mostyn)"
    ambiguous = run_cli("neighbors", "Nguyen")
    assert ambiguous.returncode == 2
    assert ambiguous.stderr.strip() == (
        "Error: 'Nguyen' is ambiguous: it matches Nguyễn Thành Phong (person:nguyen-thanh-phong), "
        "Nguyễn Văn Được (person:nguyen-van-duoc)"
    )


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (("path", "Sam Mostyn", "Vo Van Hoan", "--edges", "friends"), "unknown edge kind 'friends'"),
        (("neighbors", "Vo Van Hoan", "--from", "2025-13"), "--from: month 13"),
        (("timeline", "--from", "2025", "--to", "2024"), "ends (2024) before it starts (2025)"),
        (("central", "--kinds", "Planet"), "--kinds: unknown kind 'Planet'"),
        (("neighbors", "Vo Van Hoan", "--depth", "0"), "--depth: must be at least 1"),
    ],
)
def test_bad_options_are_one_line_errors(args, message):
    result = run_cli(*args)
    assert result.returncode == 2, result.stdout
    assert result.stderr.count("\n") == 1 and message in result.stderr, result.stderr


# --------------------------------------------------------------------------- neighbours


def test_neighbors_of_vo_van_hoan():
    report = _json("neighbors", "Võ Văn Hoan", "--depth", "2")
    by_label = {n["label"]: n for n in report["neighbors"]}
    assert {label for label, n in by_label.items() if n["distance"] == 1} == {
        "UBND TP.HCM",
        "TP.HCM - 50 năm triển khai đường lối đối ngoại Việt Nam",
    }
    conference = by_label["TP.HCM - 50 năm triển khai đường lối đối ngoại Việt Nam"]
    assert conference["date"] == "2025-04-11"
    assert conference["relations"][0]["qualifiers"]["modes_en"] == ["attended", "spoke"]
    assert [s["id"] for s in conference["relations"][0]["sources"]] == [APRIL]
    ubnd = by_label["UBND TP.HCM"]
    assert ubnd["relations"][0]["sentence"] == "Võ Văn Hoan là Phó Chủ tịch UBND TP.HCM"
    # two steps away: the other attendees, the organiser, the city, the other UBND chairmen
    assert {label for label, n in by_label.items() if n["distance"] == 2} >= {
        "Lê Anh Tuấn",
        "Nguyễn Thành Phong",
        "Nguyễn Văn Được",
        "Sở Ngoại vụ TP.HCM",
        "Thành phố Hồ Chí Minh",
    }
    assert by_label["Nguyễn Văn Được"]["via"] == BASE + "organization/ubnd-tphcm"


# --------------------------------------------------------------------------- centrality


def test_central_by_betweenness_and_pagerank():
    betweenness = _json("central", "--by", "betweenness", "--top", "3")["ranking"]
    assert [r["label"] for r in betweenness[:2]] == ["Thành phố Hồ Chí Minh", "Nghị quyết 59"]
    assert betweenness[0]["rank"] == 1 and betweenness[0]["score"] > betweenness[1]["score"]
    pagerank = _json("central", "--by", "pagerank", "--kinds", "Person", "--top", "2")["ranking"]
    assert [r["label"] for r in pagerank] == ["Trần Thanh Hải", "Trương Minh Huy Vũ"]
    assert {r["kind"] for r in pagerank} == {"Person"}


def test_degree_centrality_counts_distinct_neighbours(G):
    from diplokg.traversal import centrality, restrict

    H = restrict(G)
    [(top, score)] = centrality(G, by="degree", top=1)
    neighbours = set(H.successors(top)) | set(H.predecessors(top))
    assert top == BASE + "locality/tphcm"
    assert score == pytest.approx(len(neighbours) / (G.number_of_nodes() - 1))


# --------------------------------------------------------------------------- timeline


def test_timeline_2024_2025_in_order_with_participants():
    events = _json("timeline", "--from", "2024", "--to", "2025")["events"]
    assert [(e["date"], e["id"]) for e in events] == [
        ("2024", "event:doi-thoai-huu-nghi-2024"),
        ("2025-04-11", "event:hoi-thao-50-nam-doi-ngoai"),
        ("2025-08", "event:trien-lam-anh-nganh-ngoai-giao-2025-08"),
        ("2025-09", "event:chuyen-tham-cap-nha-nuoc-sam-mostyn-2025-09"),
        ("2025-10", "event:hoi-kien-tran-luu-quang-esteban-lazo-2025-10"),
    ]
    dialogue, conference, exhibition, visit, meeting = events
    assert {s["id"] for s in dialogue["sources"]} == {APRIL, OCTOBER}  # both articles report it
    assert [p["label"] for p in conference["organisers"]] == ["Sở Ngoại vụ TP.HCM"]
    assert len(conference["participants"]) == 6
    assert [p["label"] for p in exhibition["participants"]] == ["Bùi Thanh Sơn", "Nguyễn Văn Được", "Phạm Dứt Điểm"]
    assert [p["label"] for p in visit["places"]] == ["Việt Nam", "Thành phố Hồ Chí Minh"]
    assert [(p["label"], p["modes"]) for p in meeting["participants"]] == [
        ("Esteban Lazo Hernandez", ["hội kiến"]),
        ("Trần Lưu Quang", ["hội kiến"]),
    ]


def test_timeline_of_an_actor_and_undated_events_last():
    events = _json("timeline", "--actor", "Pham Dut Diem", "--lang", "en")["events"]
    assert [(e.get("date"), e["label_en"]) for e in events] == [
        ("2025-08", "Photo exhibition on the diplomatic service"),
        (None, "Interview of Pham Dut Diem by Phap Luat TP.HCM"),
    ]
    text = run_cli("timeline", "--to", "1986", "--lang", "en").stdout
    assert text.splitlines()[0] == "1985  Visit of nearly 70 US business people to Ho Chi Minh City (Delegation visit)"
    assert "1986  Doi Moi (renovation) reforms (Event)" in text
