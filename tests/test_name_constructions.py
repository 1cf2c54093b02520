"""Constructions of people's names met in real reports (the real-text probe, see the
README), each in a sentence written here with fictional names: who is read as a person,
and what is not."""

import pytest

from diplokg.extraction.vietnamese_rules import find_people_and_roles


def people(text: str) -> list[str]:
    ex = find_people_and_roles(text)
    return sorted(e.label for e in ex.entities.values() if e.kind == "person")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a full name with nothing before it that says so
        ("Trần Minh Khoa cho biết thành phố sẽ mở thêm đường bay.", ["Trần Minh Khoa"]),
        # a name then its title, no comma between (a colon list)
        ("Cùng dự có các đồng chí: Lâm Quốc Bảo Phó Chủ tịch UBND tỉnh; Hà Thu Trang, "
         "Giám đốc Sở Ngoại vụ.", ["Hà Thu Trang", "Lâm Quốc Bảo"]),
        # a given name that is also a word kept out of names (Thành ủy, Thành phố)
        ("ông Phan Thành Lộc, Chủ tịch UBND tỉnh, tiếp đoàn.", ["Phan Thành Lộc"]),
        # a surname that is also a word (Đoàn, delegation) right after a title
        ("Đại sứ Đoàn Minh Tâm dự buổi lễ.", ["Đoàn Minh Tâm"]),
        ("Ông Đồng Văn Khải phát biểu.", ["Đồng Văn Khải"]),
        # photo credits whose first word is a country's name or kept out of names
        ("Toàn cảnh buổi lễ. (Ảnh: Đức Tài)", ["Đức Tài"]),
        ("Toàn cảnh buổi lễ. (Ảnh: Thành Nam)", ["Thành Nam"]),
        # TP. with its full stop, before a body's name and a person's
        ("Chủ tịch UBND TP. Hồ Chí Minh Võ Quang Huy phát biểu.", ["Võ Quang Huy"]),
        # a known body whose name would otherwise take the person's as a school's eponym
        ("Phó Giám đốc Học viện Ngoại giao Lê Minh Tú dự.", ["Lê Minh Tú"]),
        # another name of the same person in parentheses
        ("ông Li Wei Ming (Lý Vĩ Minh), Cục trưởng, dẫn đầu đoàn.", ["Li Wei Ming"]),
    ],
)
def test_a_name_is_read(text, expected):
    assert people(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "Đoàn đi dọc đường Nguyễn Thị Minh Khai đến Nhà hát.",
        "Hội hữu nghị thành phố Hồ Chí Minh tổ chức gặp mặt.",
        "Lễ kỷ niệm tổ chức tại TP. Hồ Chí Minh sáng nay.",
        "Hai bên học tập tư tưởng Hồ Chí Minh về đối ngoại.",
        "bà Kate Miller, Thống đốc Bang Oregon, Hoa Kỳ",
    ],
)
def test_no_person_is_read_from_the_name_of_a_place_or_a_thing(text):
    found = people(text)
    assert not any(name in ("Nguyễn Thị Minh Khai", "Hồ Chí Minh", "Bang Oregon")
                   for name in found), found


def test_a_name_in_parentheses_is_an_alias_and_takes_its_roles():
    ex = find_people_and_roles("Cục trưởng Cục Tài chính Hồng Kông Li Wei Ming (Lý Vĩ Minh) phát biểu.")
    person = ex.entities["li-wei-ming"]
    assert "Lý Vĩ Minh" in person.aliases
    assert "ly-vi-minh" not in ex.entities
    assert [r.person for r in ex.roles] == ["li-wei-ming"]
