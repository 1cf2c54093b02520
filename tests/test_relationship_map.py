"""`diplokg map`: one offline HTML file; the data it carries, escaping, and size limits.

What a browser makes of the page is tested in test_map_browser.py.
"""

from __future__ import annotations

import base64
import hashlib
import json
import re
from html.parser import HTMLParser

import pytest
from conftest import INJECTED_LABEL, INJECTED_LABEL_EN, INJECTED_QUOTE, run_cli

BASE = "https://w3id.org/diplokg/"


class _Page(HTMLParser):
    """Tags with their attributes, and the text of each script."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.tags: list[tuple[str, dict]] = []
        self.scripts: list[str] = []
        self._in_script = False

    def handle_starttag(self, tag, attrs):
        self.tags.append((tag, dict(attrs)))
        self._in_script = tag == "script"
        if self._in_script:
            self.scripts.append("")

    def handle_endtag(self, tag):
        self._in_script = False if tag == "script" else self._in_script

    def handle_data(self, data):
        if self._in_script:
            self.scripts[-1] += data


def parse(page: str) -> _Page:
    parser = _Page()
    parser.feed(page)
    return parser


def dataset_json(page: str, name: str):
    """The nodes or edges the page hands to vis.DataSet."""
    match = re.search(rf"var {name} = new vis\.DataSet\((.*?)\);\n", page)
    assert match, name
    return json.loads(match.group(1))


def make_map(tmp_path, *args: str, name: str = "map.html") -> tuple[str, str]:
    out = tmp_path / name
    result = run_cli("map", *args, "-o", str(out))
    assert result.returncode == 0, result.stderr
    return out.read_text(encoding="utf-8"), result.stderr


@pytest.fixture(scope="module")
def whole_map(tmp_path_factory):
    return make_map(tmp_path_factory.mktemp("map"))


def test_whole_map_has_every_entity_styled_by_kind(whole_map, dataset):
    from diplokg.projection import project
    from diplokg.traversal import restrict

    page, message = whole_map
    assert re.fullmatch(r"map\.html: relationship map, \d+ KiB; open it in a browser\.\n", message.split("/")[-1])
    H = restrict(project(dataset))
    nodes = {n["id"]: n for n in dataset_json(page, "nodes")}
    assert set(nodes) == set(H.nodes)
    assert nodes[BASE + "person/sam-mostyn"]["kind"] == "Person"
    assert (nodes[BASE + "person/sam-mostyn"]["color"], nodes[BASE + "person/sam-mostyn"]["shape"]) == ("#e15759", "dot")
    assert nodes[BASE + "locality/tphcm"]["shape"] == "triangle"
    assert nodes[BASE + "event/hoi-thao-50-nam-doi-ngoai"]["shape"] == "diamond"
    # size by degree centrality: the city is the biggest node
    assert max(nodes.values(), key=lambda n: n["size"])["id"] == BASE + "locality/tphcm"
    edges = dataset_json(page, "edges")
    assert len(edges) == H.number_of_edges()
    role = [e for e in edges if e["from"] == BASE + "person/vo-van-hoan" and e["to"] == BASE + "organization/ubnd-tphcm"]
    assert [e["label"] for e in role] == ["là Phó Chủ tịch"]
    tooltip = role[0]["title"]
    for expected in (
        "Võ Văn Hoan là Phó Chủ tịch UBND TP.HCM",
        "Vo Van Hoan is Vice Chair of Ho Chi Minh City People's Committee",
        "plo-2025-04-11-canh-chim-dau-dan (2025-04-11)",
        "“ông Võ Văn Hoan, Phó Chủ tịch UBND TP.HCM”",
    ):
        assert expected in tooltip
    node_tip = nodes[BASE + "event/hoi-thao-50-nam-doi-ngoai"]["title"]
    assert "TP.HCM - 50 năm triển khai đường lối đối ngoại Việt Nam\nHo Chi Minh City: 50 years" in node_tip
    assert "Ngày: 2025-04-11 (Ngày 11-4)" in node_tip


def test_the_page_needs_no_network_and_keeps_the_vis_licence(whole_map):
    page, _ = whole_map
    parsed = parse(page)
    for tag, attrs in parsed.tags:
        assert "src" not in attrs and "href" not in attrs, (tag, attrs)
    assert not re.search(r"cdnjs|jsdelivr|unpkg|googleapis", page)
    assert len(parsed.scripts) == 2
    assert "vis.js is dual licensed under both" in parsed.scripts[0]
    assert "http://www.apache.org/licenses/LICENSE-2.0" in parsed.scripts[0]
    # the Content-Security-Policy allows exactly these two scripts, and nothing from a network
    [csp] = [a["content"] for t, a in parsed.tags if a.get("http-equiv") == "Content-Security-Policy"]
    hashes = sorted(re.findall(r"'sha256-([^']+)'", csp))
    expected = sorted(base64.b64encode(hashlib.sha256(s.encode()).digest()).decode() for s in parsed.scripts)
    assert hashes == expected
    assert csp.startswith("default-src 'none';")


def test_injected_labels_and_quotes_are_escaped(tmp_path, injected_dataset):
    page, _ = make_map(tmp_path, "--data", str(injected_dataset), "--focus", "person:injected", "--depth", "1")
    for raw in (INJECTED_LABEL, INJECTED_LABEL_EN, INJECTED_QUOTE, "<svg onload"):
        assert raw not in page
    parsed = parse(page)
    assert [t for t, _ in parsed.tags if t in ("img", "b")] == []
    assert len(parsed.scripts) == 2  # the </script> in the English label closed nothing
    nodes = {n["id"]: n for n in dataset_json(page, "nodes")}
    injected = nodes[BASE + "person/injected"]
    assert injected["label"] == INJECTED_LABEL and injected["label_en"] == INJECTED_LABEL_EN
    edges = dataset_json(page, "edges")
    [spoke] = [e for e in edges if e["from"] == BASE + "person/injected"]
    assert INJECTED_QUOTE in spoke["title"]
    # the subtitle names the focus: as escaped text
    assert "Quanh &lt;img src=x onerror=alert(1)&gt;, 1 bước" in page


def test_path_map_highlights_the_path(tmp_path):
    page, _ = make_map(tmp_path, "--path", "Sam Mostyn", "Esteban Lazo Hernandez", "--lang", "en")
    nodes = dataset_json(page, "nodes")
    highlighted = [n["id"] for n in nodes if n["highlighted"]]
    assert len(highlighted) == 10
    assert {BASE + "person/sam-mostyn", BASE + "person/tran-luu-quang", BASE + "resolution/nghi-quyet-59"} <= set(highlighted)
    edges = dataset_json(page, "edges")
    assert sum(e["highlighted"] for e in edges) == 9
    assert {e["label"] for e in edges if e["highlighted"]} >= {"cites", "took place in", "is Secretary of"}
    assert len(nodes) > 10  # the path in its context
    assert "Path between Sam Mostyn and Esteban Lazo Hernández (9 steps)" in page


def test_filters_by_kind_and_time(tmp_path, dataset):
    page, _ = make_map(tmp_path, "--kinds", "Person,Organization", "--from", "2025")
    nodes = dataset_json(page, "nodes")
    assert {n["kind"] for n in nodes} == {"Person", "Organization"}
    people = {n["label"] for n in nodes if n["kind"] == "Person"}
    assert len(people) == 14 and "Sam Mostyn" in people
    edges = dataset_json(page, "edges")
    assert {e["kind"] for e in edges} == {"role", "relation"}
    events = make_map(tmp_path, "--kinds", "Event", "--from", "2025", name="events.html")[0]
    dated = {n["label_vi"]: n["date"] for n in dataset_json(events, "nodes") if n["date"]}
    assert min(dated.values()) == "2025-04-11"  # 1985, 1986 and 2024 are out; undated stay
    assert "Phỏng vấn ông Phạm Dứt Điểm, báo Pháp Luật TP.HCM" in {n["label_vi"] for n in dataset_json(events, "nodes")}


def test_too_many_entities_is_refused_with_advice_and_nothing_written(tmp_path):
    out = tmp_path / "big.html"
    result = run_cli("map", "--max-nodes", "50", "-o", str(out))
    assert result.returncode == 2
    assert result.stderr.startswith("Error: the map would have 103 entities and 124 relations, more than the 50")
    assert "--focus NAME --depth N" in result.stderr and "--aggregate" in result.stderr
    assert not out.exists()


def test_a_large_synthetic_graph_is_refused_or_aggregated():
    from diplokg.errors import DiplokgError
    from diplokg.projection import project_triples
    from diplokg.relationship_map import MAX_NODES, relationship_map_html
    from diplokg.synthetic_graph import synthetic_triples

    G = project_triples(synthetic_triples(60_000))
    assert G.number_of_nodes() > MAX_NODES
    with pytest.raises(DiplokgError, match=r"the map would have 1,\d{3} entities"):
        relationship_map_html(G)
    page = relationship_map_html(G, aggregate=True, lang="en")
    nodes = dataset_json(page, "nodes")
    assert {n["id"] for n in nodes} >= {"Person", "Organization", "Event", "Place"}
    people = sum(1 for _, d in G.nodes(data=True) if d["kind"] == "Person")
    assert [n["label"] for n in nodes if n["id"] == "Person"] == [f"Person ({people})"]
    assert len(page) < 1_000_000


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (("--focus", "Nobody At All"), "no entity named 'Nobody At All'"),
        (("--kinds", "Planet"), "--kinds: unknown kind 'Planet'"),
        (("--focus", "Sam Mostyn", "--path", "Sam Mostyn", "Vo Van Hoan"), "give --focus or --path, not both"),
        (("--focus", "Sam Mostyn", "--kinds", "Event"), "'Sam Mostyn' is left out by the filters"),
    ],
)
def test_bad_map_requests_write_nothing(tmp_path, args, message):
    out = tmp_path / "m.html"
    result = run_cli("map", *args, "-o", str(out))
    assert result.returncode == 2 and message in result.stderr, result.stderr
    assert not out.exists()
