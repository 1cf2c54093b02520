"""Extraction on the development articles of tests/fixtures/dev-articles/.

Fourteen short news articles written for the rules (fictional people, real kinds of bodies):
appositions (``ông A, Phó Chủ tịch UBND tỉnh X,``), academic titles (TS, PGS.TS, GS,
ThS), later short references, qualifiers (nguyên, Quyền, Phó), nested and joint
organisation names, international bodies, and conference participation. The last ten
follow other outlets' conventions (lower-case titles, "đồng chí" and chained titles,
colon lists, foreign names after a place, credits and bylines), in seven blind rounds:
each was scored once before the rules were changed for it (see the commits that added
them).
"""

from __future__ import annotations

import re

import pytest
from conftest import ROOT, run_cli

DEV = ROOT / "tests" / "fixtures" / "dev-articles"


def _extract(name: str):
    from diplokg.extraction import extract

    return extract((DEV / f"{name}.txt").read_text(encoding="utf-8"), reference_year=2025)


def _roles(ex) -> set[tuple[str, str, str | None, tuple[str, ...]]]:
    label = {k: e.label for k, e in ex.entities.items()}
    return {(label[r.person], r.title, label.get(r.organization), tuple(r.qualifiers))
            for r in ex.roles}


def test_conference_with_academic_titles_and_appositions():
    ex = _extract("dong-nai-hoi-thao-ngoai-giao-dia-phuong")
    people = {e.label: e for e in ex.of_kind("person")}
    assert sorted(people) == ["Hoàng Thị Kim Oanh", "Lê Quang Vinh", "Nguyễn Văn Lộc",
                              "Trần Thị Minh Hà", "Vương Đình Khải", "Đinh Công Bằng"]
    assert people["Trần Thị Minh Hà"].aliases == ["bà Hà"]  # after PGS.TS, then "Bà Hà"
    assert people["Lê Quang Vinh"].aliases == ["ông Vinh"]
    assert _roles(ex) == {
        ("Nguyễn Văn Lộc", "Phó Chủ tịch", "UBND tỉnh Đồng Nai", ()),
        ("Trần Thị Minh Hà", "Phó Giám đốc", "Học viện Ngoại giao", ()),
        ("Lê Quang Vinh", "Viện trưởng", "Viện Nghiên cứu Đông Nam Á", ()),
        ("Hoàng Thị Kim Oanh", "Giám đốc", "Sở Ngoại vụ tỉnh Đồng Nai", ()),
        ("Đinh Công Bằng", "Đại sứ", "Việt Nam", ("former",)),
    }
    assert sorted(e.label for e in ex.of_kind("organization")) == [
        "Học viện Ngoại giao", "Sở Ngoại vụ tỉnh Đồng Nai", "UBND tỉnh Đồng Nai",
        "Viện Hàn lâm Khoa học xã hội Việt Nam", "Viện Kinh tế Việt Nam",
        "Viện Nghiên cứu Đông Nam Á"]
    # "UBND tỉnh" and "Sở Ngoại vụ" later in the text are short forms, not new bodies
    assert {m.text for m in ex.entities["ubnd-tinh-dong-nai"].mentions} >= {"UBND tỉnh"}
    assert {"Gyeonggi", "Aichi"} <= {e.label for e in ex.of_kind("place")}
    (conference,) = ex.events
    assert conference.label == "Hội thảo “Ngoại giao địa phương trong kỷ nguyên mới”"
    assert conference.date.date.lexical == "2025-03-12"
    assert conference.participants == [
        ("ubnd-tinh-dong-nai", "organised"), ("hoc-vien-ngoai-giao", "organised"),
        ("nguyen-van-loc", "hosted"), ("tran-thi-minh-ha", "hosted"),
        ("le-quang-vinh", "attended"), ("hoang-thi-kim-oanh", "attended"),
        ("dinh-cong-bang", "attended"), ("vuong-dinh-khai", "attended-online"),
        ("nguyen-van-loc", "spoke"), ("le-quang-vinh", "spoke"),
    ]


def test_friendship_association_nested_names_and_former_chairman():
    ex = _extract("hoi-huu-nghi-viet-nhat-30-nam")
    assert sorted(e.label for e in ex.of_kind("organization")) == [
        "Ban Đối ngoại Thành ủy TP.HCM", "Hiệp hội Doanh nghiệp Nhật Bản tại TP.HCM",
        "Hội hữu nghị Việt - Nhật TP.HCM", "Liên hiệp các tổ chức hữu nghị TP.HCM",
        "Liên hiệp các tổ chức hữu nghị Việt Nam", "Sở Ngoại vụ TP.HCM",
        "Trường Đại học Khoa học Xã hội và Nhân văn", "Tổ chức Hợp tác quốc tế Nhật Bản"]
    assert ex.entities["to-chuc-hop-tac-quoc-te-nhat-ban"].aliases == ["JICA"]
    roles = _roles(ex)
    assert ("Trương Gia Bảo", "Chủ tịch", "Hội hữu nghị Việt - Nhật TP.HCM",
            ("former",)) in roles  # "nguyên Chủ tịch Hội Trương Gia Bảo": the Hội named before
    assert ("Tanaka Kenji", "Tổng Lãnh sự", "Nhật Bản", ()) in roles
    assert ("Lý Thị Thu Hằng", "Phó Trưởng ban", "Ban Đối ngoại Thành ủy TP.HCM", ()) in roles
    assert len(roles) == 7  # "Tổng Lãnh sự Tanaka Kenji" later repeats the holding
    ceremony, fair = ex.events
    assert (ceremony.type, ceremony.date.date.lexical) == ("Event", "2025-10-20")
    assert ("to-chuc-hop-tac-quoc-te-nhat-ban", "attended") in ceremony.participants
    assert ("do-thi-hong-nhung", "spoke") in ceremony.participants
    assert (fair.label, fair.date.date.lexical) == ("Ngày hội văn hóa Nhật Bản", "2025-09")


def test_delegation_received_with_acting_director_and_foreign_province():
    ex = _extract("can-tho-tiep-doan-champasak")
    assert _roles(ex) == {
        ("Lâm Văn Hiếu", "Phó Bí thư Thường trực", "Thành ủy Cần Thơ", ()),
        ("Souksavanh Phommachanh", "Phó Tỉnh trưởng", "Champasak", ()),
        ("Châu Ngọc Diễm", "Phó Chủ tịch", "UBND TP Cần Thơ", ()),
        ("Mai Xuân Trường", "Giám đốc", "Sở Ngoại vụ TP Cần Thơ", ("acting",)),
        ("Hồ Thanh Tâm", "Phó Hiệu trưởng", "Trường Đại học Cần Thơ", ()),
    }
    assert ex.entities["champasak"].type == "Province"  # "tỉnh Champasak"
    assert "Đại sứ quán Lào tại Việt Nam" in {e.label for e in ex.of_kind("organization")}
    meeting = ex.events[0]
    assert meeting.participants == [
        ("lam-van-hieu", "met"), ("souksavanh-phommachanh", "met"),
        ("chau-ngoc-diem", "met"), ("mai-xuan-truong", "met")]  # "Cùng tiếp đoàn có ..."


def test_forum_with_international_bodies_and_online_attendance():
    ex = _extract("tphcm-dien-dan-do-thi-xanh")
    assert ("Helena Lindqvist", "Trưởng đại diện", "Chương trình Phát triển Liên Hợp Quốc",
            ()) in _roles(ex)
    assert ("Đoàn Thị Ngọc Lan", "Giám đốc", "Sở Tài nguyên và Môi trường TP.HCM",
            ("acting",)) in _roles(ex)
    (forum,) = ex.events
    modes = dict(forum.participants[::-1])
    assert modes["ngan-hang-phat-trien-chau-a"] == "attended-online"
    assert modes["co-quan-phat-trien-phap"] == "attended-online"
    assert modes["ha-minh-khoa"] == "hosted"
    assert ("chuong-trinh-phat-trien-lien-hop-quoc", "organised") in forum.participants


def test_lower_case_titles_a_place_named_by_its_locality_word_and_a_byline():
    ex = _extract("tphcm-osaka-hop-tac-y-te")
    assert _roles(ex) == {
        ("Trần Quang Lâm", "Phó Chủ tịch", "UBND TP HCM", ()),  # "Phó chủ tịch"
        ("Sato Kenta", "Phó Thống đốc", "Osaka", ()),  # "Phó thống đốc phủ Osaka"
        ("Nakamura Daisuke", "Tổng Lãnh sự", "Nhật Bản", ()),  # "Tổng lãnh sự"
        ("Lê Thị Hồng Nga", "Giám đốc", "Sở Y tế TP HCM", ()),
        ("Ngô Minh Khôi", "Hiệu trưởng", "Đại học Y Dược TP HCM", ()),
    }
    assert "Hải Yến" in {e.label for e in ex.of_kind("person")}  # the last line
    assert "Nga" not in {e.label for e in ex.of_kind("place")}  # "Bà Nga" is not Russia
    assert "Bệnh viện Chợ Rẫy" in {e.label for e in ex.of_kind("organization")}


def test_comrades_chained_titles_a_colon_list_and_a_title_between_dashes():
    ex = _extract("tphcm-tiep-doan-quang-dong")
    assert _roles(ex) == {
        ("Nguyễn Hữu Phước", "Ủy viên Trung ương Đảng", "Ban Chấp hành Trung ương Đảng", ()),
        ("Nguyễn Hữu Phước", "Phó Bí thư", "Thành ủy TP.HCM", ()),  # the second title
        ("Hoàng Khải Minh", "Ủy viên Thường vụ", "Tỉnh ủy", ()),
        ("Hoàng Khải Minh", "Phó Tỉnh trưởng", "Quảng Đông", ()),
        ("Lý Thanh Tùng", "Phó Chủ tịch", "UBND TP.HCM", ()),  # "các đồng chí: A, ...; B"
        ("Phan Ngọc Diệp", "Giám đốc", "Sở Ngoại vụ TP.HCM", ()),
        ("Đặng Hữu Lợi", "Phó Giám đốc", "Sở Công Thương TP.HCM", ()),
        ("Trịnh Vĩ Quang", "Tổng Lãnh sự", "Trung Quốc", ()),  # "A - Tổng Lãnh sự ... -"
        ("Tạ Minh Châu", "Chủ tịch", "Hội hữu nghị Việt - Trung TP.HCM", ()),
    }
    assert not any("." in e.label for e in ex.of_kind("person"))  # "Y.T." is no name


def test_feature_with_foreign_names_a_plural_honorific_and_credits():
    ex = _extract("da-nang-daegu-30-nam")
    people = {e.label for e in ex.of_kind("person")}
    assert people == {"Kwon Tae-ho", "Lê Trung Chinh", "Choi Young-sam", "Phan Thị Thu Hương",
                      "Đỗ Văn Sáu", "Kim Jae-won", "Trần Thị Mỹ Linh", "Lương Văn Hùng",
                      "Thanh Tình", "Bảo An"}
    roles = _roles(ex)
    assert ("Kwon Tae-ho", "Thị trưởng", "Daegu", ()) in roles  # "thành phố Daegu" earlier
    assert ("Choi Young-sam", "Đại sứ", "Hàn Quốc", ()) in roles  # "... tại Việt Nam NAME"
    assert "Câu lạc bộ Hữu nghị Đà Nẵng - Daegu" in {
        e.label for e in ex.of_kind("organization")}


def test_titles_chained_before_one_name_and_a_lower_case_credit():
    ex = _extract("hai-phong-tong-ket-doi-ngoai")
    roles = _roles(ex)
    # "Ủy viên Trung ương Đảng, Chủ tịch UBND TP Hải Phòng Vũ Đức Hạnh": both his
    assert ("Vũ Đức Hạnh", "Ủy viên Trung ương Đảng", "Ban Chấp hành Trung ương Đảng",
            ()) in roles
    assert ("Vũ Đức Hạnh", "Chủ tịch", "UBND TP Hải Phòng", ()) in roles
    # "Phó Trưởng Ban Đối ngoại Trung ương ông Trịnh Quốc Bảo"
    assert ("Trịnh Quốc Bảo", "Phó Trưởng ban", "Ban Đối ngoại Trung ương", ()) in roles
    assert not any(r[0] == "Phùng Thị Minh Châu" and r[1] != "Thứ trưởng Thường trực"
                   for r in roles)
    assert "Minh Khang" in {e.label for e in ex.of_kind("person")}  # "ảnh: Minh Khang"


def test_ranks_designations_dotted_and_hyphenated_academic_titles():
    ex = _extract("hoi-thao-ngoai-giao-nhan-dan")
    assert {e.label for e in ex.of_kind("person")} == {
        "Hoàng Xuân Chiến",  # Thượng tướng
        "Tôn Nữ Thị Ninh",  # nhà ngoại giao
        "Kim Cương",  # NSND
        "Võ Văn Sen",  # PGS-TS
        "Lê Thị Thanh Thủy",  # TS.
        "Nguyễn Thị Hồng Vân",  # chị
        "Hans Müller", "Ngọc Lan"}
    assert ("Hans Müller", "Tổng Lãnh sự", "Đức", ("former",)) in _roles(ex)  # cựu
    assert "Ủy ban MTTQ Việt Nam TP.HCM" in {e.label for e in ex.of_kind("organization")}


def test_historical_figures_foreign_ministers_and_one_title_for_two_names():
    ex = _extract("tphcm-50-nam-doi-ngoai-hoi-ky")
    people = {e.label: e for e in ex.of_kind("person")}
    assert "Fidel Castro" in people  # lãnh tụ
    assert people["Hồ Chí Minh"].aliases == ["Bác Hồ"]
    roles = _roles(ex)
    assert ("Võ Văn Kiệt", "Thủ tướng", "Chính phủ", ("former",)) in roles  # cố
    assert ("Tan Wei Ming", "Bộ trưởng Ngoại giao", "Singapore", ()) in roles
    assert ("Somchai Rattanakul", "Ngoại trưởng", "Thái Lan", ()) in roles
    # "Giám đốc Sở Ngoại vụ TP.HCM thời kỳ đó, Nguyễn Thị Kim Hoa, cho biết"
    assert ("Nguyễn Thị Kim Hoa", "Giám đốc", "Sở Ngoại vụ TP.HCM", ()) in roles
    # "các Phó Chủ tịch UBND TP Trương Văn Bảy và Lại Thị Hương"
    assert {("Trương Văn Bảy", "Phó Chủ tịch", "UBND TP", ()),
            ("Lại Thị Hương", "Phó Chủ tịch", "UBND TP", ())} <= roles
    assert ("Phan Đình Khải", "Thường trực Ban Bí thư", "Ban Bí thư", ()) in roles


def test_interview_particles_a_korean_name_a_spouse_and_a_school_named_after_a_person():
    ex = _extract("phong-van-tong-lanh-su-duc")
    people = {e.label for e in ex.of_kind("person")}
    assert {"Katrin von der Heide", "Ban Ki-moon", "Thu Trang"} <= people  # "THU TRANG thực hiện"
    roles = _roles(ex)
    assert ("Katrin von der Heide", "Tổng Lãnh sự", "Đức", ()) in roles  # tân ... tại TP.HCM
    assert ("Ban Ki-moon", "Tổng Thư ký", "Liên Hợp Quốc", ("former",)) in roles
    assert ("Marko Walde", "Chủ tịch", "Phòng Thương mại và Công nghiệp Đức tại Việt Nam",
            ()) in roles
    # "Ông Trần Quốc Huy (Việt kiều Đức), giám đốc điều hành công ty Saigon Mechatronik"
    assert ("Trần Quốc Huy", "Giám đốc điều hành", "Saigon Mechatronik", ()) in roles
    assert not any(r[0] == "Elke Büdenbender" for r in roles)  # phu nhân Tổng thống: his wife
    orgs = {e.label for e in ex.of_kind("organization")}
    assert "Trường Cao đẳng Kỹ thuật Cao Thắng" in orgs and "Ban Ki-moon" not in orgs


def test_titles_in_parentheses_a_given_name_that_is_a_word_and_two_authors():
    ex = _extract("tphcm-gap-mat-lanh-su-doan")
    people = {e.label for e in ex.of_kind("person")}
    assert {"Vương Thị Lan Anh", "Minh Anh", "Quốc Bảo"} <= people  # Anh; "MINH ANH - QUỐC BẢO"
    assert "Anh" not in {e.label for e in ex.of_kind("place")}
    roles = _roles(ex)
    assert ("Hồ Minh Đạt", "Phó Chủ tịch", "UBND TP.HCM", ()) in roles  # "ông A (TITLE ORG)"
    assert ("Quách Văn Lực", "Phó Trưởng ban", "Ban Đối ngoại Thành ủy TP.HCM", ()) in roles
    assert ("Lim Kok Seng", "Tổng Lãnh sự", "Singapore", ()) in roles


def test_a_company_between_title_and_name_and_a_country_before_a_name():
    ex = _extract("dien-dan-dau-tu-kieu-bao")
    assert {"Lê Văn Phát", "John Carter", "Suzuki Taro"} <= {
        e.label for e in ex.of_kind("person")}  # kiều bào Úc, doanh nhân người Mỹ, nhà đầu tư
    roles = _roles(ex)
    assert ("Trần Khánh Linh", "Tổng Giám đốc", "Sông Hàn Tech", ()) in roles
    assert ("Đỗ Hữu Tài", "Chủ tịch Hội đồng quản trị", "Phương Nam Group", ()) in roles  # HĐQT
    assert ("Phan Kiều Oanh", "Chủ nhiệm", "Ủy ban về người Việt Nam ở nước ngoài TP.HCM",
            ()) in roles
    # a Vietnamese name right after a title is not split as a company's: cố Thủ tướng Võ Văn Kiệt
    assert ("Võ Văn Kiệt", "Thủ tướng", "Chính phủ", ("former",)) in _roles(
        _extract("tphcm-50-nam-doi-ngoai-hoi-ky"))


def test_eval_scores_the_gold_lists_without_the_curated_sources():
    result = run_cli("eval", "--gold", str(DEV))
    assert result.returncode == 0, result.stderr
    assert "plo-2025" not in result.stdout  # only the gold lists: nothing held out is shown
    total = result.stdout.split("all gold lists (total)")[1]
    assert re.search(r"^  person +1\.00 +1\.00 +98 +0 +0$", total, re.M)
    # the misses are disagreements with the gold list, kept as written (see the commit of
    # the second blind round): "Tổ chức Xúc tiến Thương mại Nhật Bản tại Hải Phòng" read as
    # one body; and two constructions not read: "Hiệu trưởng nhà trường, PGS.TS A",
    # "cố Thủ tướng A, khi ấy là Bí thư Thành ủy"
    assert re.search(r"^  organization +0\.99 +0\.99 +87 +1 +1$", total, re.M)
    assert re.search(r"^  role holdings +0\.99 +0\.96 +73 +1 +3$", total, re.M)
    # gold lists without events score no participation: three of the seven have none
    assert re.search(r"^  participation +1\.00 +0\.88 +29 +0 +4$", total, re.M)


@pytest.mark.parametrize(
    ("yaml_text", "message"),
    [
        ("people: []\n", "needs an 'article' key"),
        ("article: nothere.txt\nreference_year: 2025\n", "not found"),
        ("article: a.txt\nreference_year: 2025\npeople: [A B]\n"
         "roles:\n  - {person: C D, title: Giám đốc, organization: null}\n",
         r"g\.gold\.yaml:5: person 'C D' is not in the gold list"),
        ("article: a.txt\nreference_year: 2025\npeople: [A B]\n"
         "organizations:\n  - {name: Sở Văn hóa, Thể thao, aliases: []}\n",
         r"g\.gold\.yaml:5: .*'name' and 'aliases' only.*needs quotes"),
    ],
)
def test_a_bad_gold_list_is_one_line_exit_2(tmp_path, yaml_text, message):
    (tmp_path / "a.txt").write_text("Ông A B.", encoding="utf-8")
    gold = tmp_path / "g.gold.yaml"
    gold.write_text(yaml_text, encoding="utf-8")
    result = run_cli("eval", "--gold", str(gold))
    assert result.returncode == 2 and "Traceback" not in result.stderr
    assert re.search(message, result.stderr), result.stderr


@pytest.mark.parametrize(
    ("sentence", "people"),
    [
        ("Ngài Đại sứ Marc Knapper phát biểu.", ["Marc Knapper"]),  # honorific, then a title
        ("Bà Nga cho biết sở đã sẵn sàng.", []),  # a short reference, neither person nor Nga
        ("Các bà Lê Thị An, Trần Thị Bình và Ngô Thị Cúc dự lễ.",
         ["Lê Thị An", "Ngô Thị Cúc", "Trần Thị Bình"]),
        ("Ông A nói. Các ông Đỗ Văn Sáu và Kim Jae-won, hai nhà sáng lập.",
         ["Kim Jae-won", "Đỗ Văn Sáu"]),
        ("Phó Chủ tịch UBND tỉnh Nguyễn Văn Lộc chủ trì.", ["Nguyễn Văn Lộc"]),  # not a province
    ],
)
def test_names_after_honorifics(sentence, people):
    from diplokg.extraction import extract

    ex = extract(sentence, reference_year=2025)
    assert sorted(e.label for e in ex.of_kind("person")) == people
    assert "Nga" not in {e.label for e in ex.of_kind("place")}
