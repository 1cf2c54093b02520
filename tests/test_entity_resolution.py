"""Entity resolution of extracted entities against the curated graph: what is linked and
what is new (the doctests of diplokg.entity_resolution cover people and organisations)."""

import pytest

from diplokg.annotations import load_corpus
from diplokg.entity_resolution import resolve_entities
from diplokg.extraction import extract
from diplokg.project import Project


@pytest.fixture(scope="module")
def corpus():
    return load_corpus(Project.locate().curated_dir)


def _event_link(corpus, text):
    ex = extract(text, reference_year=2025)
    (event,) = ex.events
    return resolve_entities(ex, corpus)[event.key]


def test_an_event_of_a_known_name_on_a_date_it_has_is_linked(corpus):
    link = _event_link(corpus, "Ngày 20-8-2025, Sở Ngoại vụ tổ chức Triển lãm ảnh về ngành "
                               "ngoại giao.")
    assert link.existing and link.id == "trien-lam-anh-nganh-ngoai-giao-2025-08"


@pytest.mark.parametrize("date", ["Ngày 20-8-2023, ", ""])
def test_an_event_of_a_known_name_on_another_date_or_none_is_new_and_noted(corpus, date):
    link = _event_link(corpus, f"{date}Sở Ngoại vụ tổ chức Triển lãm ảnh về ngành ngoại giao.")
    assert not link.existing and link.id != "trien-lam-anh-nganh-ngoai-giao-2025-08"
    assert "trien-lam-anh-nganh-ngoai-giao-2025-08 (2025-08)" in link.note


def test_a_local_body_named_without_its_place_is_noted(corpus):
    ex = extract("Chủ tịch UBND tỉnh Lâm Văn Hải tiếp đoàn. Giám đốc Sở Ngoại vụ Lê Thu dự. "
                 "Đoàn thăm tỉnh Tây Ninh.", reference_year=2025)
    links = resolve_entities(ex, corpus)
    for key in ("ubnd-tinh", "so-ngoai-vu"):
        assert "names no place" in links[key].note, (key, links[key])
    assert links["ubnd-tinh"].note.endswith("(the text names Tây Ninh)")
    named = resolve_entities(extract("Chủ tịch UBND TP.HCM Lâm Văn Hải tiếp đoàn."), corpus)
    assert named["ubnd-tp-hcm"].id == "ubnd-tphcm" and named["ubnd-tp-hcm"].note is None


def test_a_placeless_name_is_not_linked_to_another_articles_placeless_body():
    from diplokg.annotations import Corpus, Entity

    other = Entity(id="ubnd-tinh", type="GovernmentBody", vi="UBND tỉnh", en="UBND tinh",
                   source_id="another-article", path="x.yaml", line=1)
    corpus = Corpus(concepts={}, entities={"ubnd-tinh": other}, annotations=[])
    ex = extract("Chủ tịch UBND tỉnh Lâm Văn Hải tiếp đoàn.", reference_year=2025)
    link = resolve_entities(ex, corpus)["ubnd-tinh"]
    assert not link.existing and link.id == "ubnd-tinh-2" and "names no place" in link.note
