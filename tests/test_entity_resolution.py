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
