"""The competency questions answer correctly on the built graph."""

from __future__ import annotations

from conftest import named

BASE = "https://w3id.org/diplokg/"
SRC_APRIL = BASE + "source/plo-2025-04-11-canh-chim-dau-dan"
SRC_OCTOBER = BASE + "source/plo-2025-10-17-nhung-net-son-doi-ngoai"


def test_conference_attendees(dataset):
    result = {r["name"]: r for r in named(dataset, "conference-attendees")}
    assert set(result) == {
        "Lê Anh Tuấn",
        "Võ Văn Hoan",
        "Nguyễn Thành Phong",
        "Trần Thanh Hải",
        "Trương Minh Huy Vũ",
        "Sở Ngoại vụ TP.HCM",
    }
    tuan = result["Lê Anh Tuấn"]
    assert (tuan["role"], tuan["organization"]) == ("Thứ trưởng", "Bộ Ngoại giao")
    assert "dự trực tuyến" in tuan["how"] and "phát biểu" in tuan["how"]
    phong = result["Nguyễn Thành Phong"]
    assert (phong["qualifier"], phong["role"], phong["organization"]) == (
        "nguyên",
        "Chủ tịch",
        "UBND TP.HCM",
    )
    assert result["Võ Văn Hoan"]["role"] == "Phó Chủ tịch"
    assert result["Trần Thanh Hải"]["organization"] == "Viện Chiến lược, Bộ Ngoại giao"
    assert result["Trương Minh Huy Vũ"]["organization"] == "Viện Nghiên cứu phát triển TP.HCM"
    assert result["Sở Ngoại vụ TP.HCM"]["how"] == "tổ chức"
    assert {r["date"] for r in result.values()} == {"2025-04-11"}
    assert {r["source"] for r in result.values()} == {SRC_APRIL}


def test_people_roles(dataset):
    result = named(dataset, "people-roles")
    by_name = {r["name"]: r for r in result}
    assert len(by_name) == 11
    assert by_name["Phạm Dứt Điểm"]["qualifiers"] == "acting"
    assert by_name["Phạm Dứt Điểm"]["role"] == "Giám đốc"
    assert by_name["Phạm Dứt Điểm"]["organization"] == "Sở Ngoại vụ TP.HCM"
    assert by_name["Phạm Dứt Điểm"]["source"] == SRC_OCTOBER
    assert by_name["Nguyễn Thành Phong"]["qualifiers"] == "former"
    assert by_name["Nguyễn Văn Được"].get("qualifiers", "") == ""
    assert (by_name["Sam Mostyn"]["role_en"], by_name["Sam Mostyn"]["organization_en"]) == (
        "Governor-General",
        "Australia",
    )
    assert by_name["Esteban Lazo Hernandez"]["organization"] == "Quốc hội Cuba"
    assert by_name["Trần Lưu Quang"]["asWritten"] == "Bí thư Thành ủy TP.HCM"
    assert by_name["Bùi Thanh Sơn"]["role"] == "Phó Thủ tướng"
    assert by_name["Lê Anh Tuấn"]["sourceDate"] == "2025-04-11"


def test_partner_locality_counts_one_row_per_source_newest_first(dataset):
    result = named(dataset, "partner-locality-counts")
    assert [(r["count"], r["sourceDate"], r["source"]) for r in result] == [
        ("86", "2025-10-17", SRC_OCTOBER),
        ("58", "2025-04-11", SRC_APRIL),
    ]
    assert "86 địa phương" in result[0]["evidence"]
    assert "58 địa phương" in result[1]["evidence"]


def test_latest_partner_locality_count_is_86_with_its_source(dataset):
    (row,) = named(dataset, "latest-partner-locality-count")
    assert row["count"] == "86"
    assert row["source"] == SRC_OCTOBER
    assert row["sourceTitle"] == "TP.HCM và những nét son trong đối ngoại"


def test_resolutions(dataset):
    result = {r["number"]: r for r in named(dataset, "resolutions")}
    assert set(result) == {"57", "59"}
    assert result["59"]["issuer"] == result["57"]["issuer"] == "Bộ Chính trị"
    assert "Hội nhập quốc tế" in result["59"]["subjects"]
    assert "Ngoại giao kinh tế" in result["59"]["subjects"]
    assert "Đại hội đại biểu Đảng bộ TP.HCM lần thứ I" in result["59"]["citedByEvents"]
    assert "Phỏng vấn ông Phạm Dứt Điểm" in result["57"]["citedByEvents"]
    assert result["59"]["citedBySources"] == SRC_OCTOBER
    # From the official records (graph/links/links.yaml), not from the articles.
    assert (result["57"]["officialNumber"], result["57"]["dateOfIssue"]) == ("57-NQ/TW", "2024-12-22")
    assert (result["59"]["officialNumber"], result["59"]["dateOfIssue"]) == ("59-NQ/TW", "2025-01-24")
    assert result["59"]["title"] == "về hội nhập quốc tế trong tình hình mới"
    assert result["57"]["title"].startswith("về đột phá phát triển khoa học, công nghệ")
    assert result["57"]["eli"] == "https://w3id.org/diplokg/eli/vn/nq-tw/2024/57"
    assert result["59"]["eli"] == "https://w3id.org/diplokg/eli/vn/nq-tw/2025/59"


def test_events_timeline_in_date_order_with_precision(dataset):
    result = named(dataset, "events-timeline")
    dated = [(r["date"], r["kind"]) for r in result if "date" in r]
    assert dated == [
        ("1985", "Delegation visit"),
        ("1986", "Event"),
        ("2024", "Dialogue"),
        ("2025-04-11", "Conference"),
        ("2025-08", "Exhibition"),
        ("2025-09", "State visit"),
        ("2025-10", "Meeting"),
    ]
    undated = {r["kind"] for r in result if "date" not in r}
    assert undated == {"Party congress", "Administrative merger", "Interview"}
    exhibition = next(r for r in result if r["kind"] == "Exhibition")
    assert exhibition["participants"] == "Bùi Thanh Sơn, Nguyễn Văn Được, Phạm Dứt Điểm"
    visit = next(r for r in result if r["kind"] == "State visit")
    assert set(visit["places"].split(", ")) == {"Việt Nam", "Thành phố Hồ Chí Minh"}
    assert visit["participants"] == "Sam Mostyn"


def test_recommended_partners(dataset):
    result = named(dataset, "recommended-partners")
    fields = {r["city"]: frozenset(r["fields_en"].split(", ")) for r in result}
    water = frozenset({"Flood control", "Water management"})
    transport = frozenset({"Smart city", "Public transport"})
    assert fields == {
        "Rotterdam": water,
        "Singapore": water,
        "Bangkok": water,
        "Seoul": transport,
        "Tokyo": transport,
    }
    assert {r["recommendedBy"] for r in result} == {"Trần Thanh Hải"}
    assert {r["city"]: r.get("country") for r in result}["Rotterdam"] == "Hà Lan"


def test_indicators_2024(dataset):
    result = {r["indicator_en"]: r for r in named(dataset, "indicators-2024")}
    assert set(result) == {
        "GRDP growth rate",
        "Budget revenue",
        "Share of national budget revenue",
        "Total import-export turnover",
        "Number of FDI projects",
        "Registered FDI capital",
    }
    assert (result["GRDP growth rate"]["value"], result["GRDP growth rate"]["unit"]) == (
        "7.17",
        "per cent",
    )
    assert result["GRDP growth rate"]["qualifier"] == "exact"
    assert result["Budget revenue"]["value"] == "500000000000000"
    assert result["Budget revenue"]["qualifier"] == "more than"
    assert result["Total import-export turnover"]["value"] == "104000000000"
    assert result["Total import-export turnover"]["unit"] == "US dollar"
    assert result["Registered FDI capital"]["statedAs"] == "trên 58 tỉ USD"
    assert result["Number of FDI projects"]["value"] == "13000"
    assert result["Share of national budget revenue"]["qualifier"] == "approximately"
    assert {r["source"] for r in result.values()} == {SRC_APRIL}
