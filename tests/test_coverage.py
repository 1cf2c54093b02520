"""What the graph holds: the people, events, figures, dates at their precision, aliases, provenance."""

from __future__ import annotations

from conftest import rows

PERSONS = """
SELECT ?name WHERE { ?p a dkg:Person ; skos:prefLabel ?name . FILTER(LANG(?name) = "vi") }
"""


def test_all_eleven_named_people_and_the_credited_photographers(dataset):
    names = {r["name"] for r in rows(dataset, PERSONS)}
    assert names == {
        "Phạm Dứt Điểm",
        "Trần Lưu Quang",
        "Esteban Lazo Hernandez",
        "Bùi Thanh Sơn",
        "Nguyễn Văn Được",
        "Sam Mostyn",
        "Lê Anh Tuấn",
        "Võ Văn Hoan",
        "Nguyễn Thành Phong",
        "Trần Thanh Hải",
        "Trương Minh Huy Vũ",
        "Trần Linh",
        "Bảo Phương",
        "Nguyệt Nhi",
    }
    credited = rows(
        dataset,
        """
        SELECT DISTINCT ?name WHERE { ?photo a dkg:Photograph ; schema:creator/skos:prefLabel ?name .
                                     FILTER(LANG(?name) = "vi") }""",
    )
    assert {r["name"] for r in credited} == {"Trần Linh", "Bảo Phương", "Nguyệt Nhi"}


def test_organisations_nest(dataset):
    result = rows(
        dataset,
        """
        SELECT ?child ?parent WHERE { ?c org:subOrganizationOf ?p .
          ?c dct:identifier ?child . ?p dct:identifier ?parent }""",
    )
    pairs = {(r["child"], r["parent"]) for r in result}
    assert ("vien-chien-luoc-bo-ngoai-giao", "bo-ngoai-giao") in pairs
    assert ("so-ngoai-vu-tphcm", "ubnd-tphcm") in pairs
    issuers = rows(
        dataset,
        """
        SELECT ?doc WHERE { ?d dkg:issuedBy organization:bo-chinh-tri ; dct:identifier ?doc }""",
    )
    assert {r["doc"] for r in issuers} == {"nghi-quyet-57", "nghi-quyet-59"}


def test_dates_keep_their_precision(dataset):
    result = rows(
        dataset,
        """
        SELECT ?id ?date (DATATYPE(?date) AS ?type) WHERE {
          ?e schema:startDate ?date ; dct:identifier ?id }""",
    )
    xsd = "http://www.w3.org/2001/XMLSchema#"
    by_id = {r["id"]: (r["date"], r["type"]) for r in result}
    assert by_id["doan-doanh-nhan-hoa-ky-tham-tphcm-1985"] == ("1985", xsd + "gYear")
    assert by_id["hoi-thao-50-nam-doi-ngoai"] == ("2025-04-11", xsd + "date")
    assert by_id["trien-lam-anh-nganh-ngoai-giao-2025-08"] == ("2025-08", xsd + "gYearMonth")
    assert by_id["chuyen-tham-cap-nha-nuoc-sam-mostyn-2025-09"] == ("2025-09", xsd + "gYearMonth")
    assert by_id["hoi-kien-tran-luu-quang-esteban-lazo-2025-10"] == ("2025-10", xsd + "gYearMonth")
    assert by_id["doi-thoai-huu-nghi-2024"] == ("2024", xsd + "gYear")
    term = rows(
        dataset,
        """
        SELECT ?start ?end WHERE { event:dai-hoi-dang-bo-tphcm-lan-i dkg:term ?t .
          ?t time:hasBeginning/time:inXSDgYear ?start ; time:hasEnd/time:inXSDgYear ?end }""",
    )
    assert term == [{"start": "2025", "end": "2030"}]


def test_the_merger_and_the_four_breakthrough_directions(dataset):
    merged = rows(
        dataset,
        """
        SELECT ?unit WHERE { event:sap-nhap-tphcm-binh-duong-ba-ria-vung-tau dkg:mergedUnit/dct:identifier ?unit }""",
    )
    assert {r["unit"] for r in merged} == {"binh-duong", "ba-ria-vung-tau"}
    directions = rows(
        dataset,
        """
        SELECT ?label WHERE { document:van-kien-dai-hoi-dang-bo-tphcm-lan-i dkg:breakthroughDirection ?t .
          ?t skos:prefLabel ?label . FILTER(LANG(?label) = "en") }""",
    )
    assert {r["label"] for r in directions} == {
        "Digital diplomacy",
        "Energy diplomacy",
        "Semiconductor diplomacy",
        "Cultural diplomacy",
    }


def test_all_figures_with_their_qualifiers(dataset):
    result = rows(
        dataset,
        """
        SELECT ?indicator ?value ?qualifier WHERE { ?o a dkg:Observation ;
          dkg:indicator/dct:identifier ?indicator ; dkg:value ?value ;
          dkg:valueQualifier ?q . BIND(STRAFTER(STR(?q), "#") AS ?qualifier) }""",
    )
    found = {(r["indicator"], r["value"], r["qualifier"]) for r in result}
    assert found >= {
        ("partner-localities", "86", "exact"),
        ("partner-localities", "58", "exact"),
        ("annual-remittances", "10000000000", "approximately"),
        ("overseas-intellectuals-in-innovation", "600", "moreThan"),
        ("semiconductor-engineers-to-train", "9000", "exact"),
        ("population", "14000000", "approximately"),
        ("grdp-growth", "7.17", "exact"),
        ("group-size", "70", "approximately"),
    }
    assert len(found) == 14  # 6 in the October interview, 8 in the April report


def test_city_aliases(dataset):
    result = rows(
        dataset,
        """
        SELECT ?alias WHERE { locality:tphcm skos:altLabel|skos:prefLabel ?alias }""",
    )
    aliases = {r["alias"] for r in result}
    assert {
        "TP.HCM",
        "TPHCM",
        "Thành phố Hồ Chí Minh",
        "Ho Chi Minh City",
        "HCMC",
        "Thanh pho Ho Chi Minh",
    } <= aliases


def test_every_fact_has_a_source_and_a_verbatim_quote(dataset, project):
    facts = rows(
        dataset,
        """
        SELECT ?fact ?quote ?start ?end ?file WHERE {
          ?fact dkg:evidence ?ev ; prov:wasDerivedFrom ?src .
          ?ev oa:exact ?quote ; oa:start ?start ; oa:end ?end ; prov:wasQuotedFrom ?src .
          ?src dkg:localCopy ?file }""",
    )
    assert len(facts) > 200
    texts: dict[str, str] = {}
    for fact in facts:
        text = texts.setdefault(fact["file"], (project.root / fact["file"]).read_text("utf-8"))
        assert text[int(fact["start"]) : int(fact["end"])] == fact["quote"], fact["fact"]
    without = rows(
        dataset,
        """
        SELECT ?fact WHERE { ?fact a ?c . VALUES ?c { dkg:RoleHolding dkg:Participation
          dkg:Observation dkg:Recommendation dkg:Statement dkg:CooperationRelation }
          FILTER NOT EXISTS { ?fact prov:wasDerivedFrom ?s .
            VALUES ?k { dkg:NewsArticle dkg:ReferenceSource } ?s a ?k } }""",
    )
    assert without == []
    # Facts from a declared reference source (official records) quote that source.
    unquoted = rows(
        dataset,
        """
        SELECT ?fact WHERE { ?fact a dkg:Statement ; prov:wasDerivedFrom ?s . ?s a dkg:ReferenceSource .
          FILTER NOT EXISTS { ?fact dkg:referenceEvidence ?q . ?q prov:wasQuotedFrom ?s ;
            oa:exact ?quote } }""",
    )
    assert unquoted == []


def test_sources_have_metadata(dataset):
    result = rows(
        dataset,
        """
        SELECT ?id ?date ?publisher ?title WHERE { ?s a dkg:NewsArticle ; dct:identifier ?id ;
          schema:datePublished ?date ; schema:headline ?title ;
          schema:publisher/skos:prefLabel ?publisher . FILTER(LANG(?publisher) = "vi") }""",
    )
    assert {(r["id"], r["date"], r["publisher"]) for r in result} == {
        ("plo-2025-10-17-nhung-net-son-doi-ngoai", "2025-10-17", "Pháp Luật TP.HCM"),
        ("plo-2025-04-11-canh-chim-dau-dan", "2025-04-11", "Pháp Luật TP.HCM"),
    }
