"""Assisted extraction from Vietnamese news articles: rules, no model downloads.

:func:`extract` runs the rules of :mod:`~diplokg.extraction.vietnamese_rules`
(people, titles, organisations, places), :mod:`~diplokg.extraction.figures` and
:mod:`~diplokg.extraction.events` (dates, documents, events and participants) over
one text and returns an :class:`~diplokg.extraction.model.Extraction`: proposals
with their evidence spans, for a person to review (``diplokg ingest`` writes them
as a draft annotation).

>>> ex = extract("Phó Chủ tịch UBND TP.HCM Võ Văn Hoan tiếp Tổng Lãnh sự Nhật Bản Ono Masuo "
...              "ngày 3-6.", reference_year=2025)
>>> sorted(e.label for e in ex.of_kind("person"))
['Ono Masuo', 'Võ Văn Hoan']
>>> ex.events[0].date.date.lexical
'2025-06-03'
"""

from __future__ import annotations

from diplokg.extraction.events import find_dates, find_documents, find_events
from diplokg.extraction.figures import find_figures
from diplokg.extraction.model import Extraction
from diplokg.extraction.vietnamese_rules import find_people_and_roles


def extract(text: str, reference_year: int | None = None) -> Extraction:
    """Everything the rules find in ``text``; bare dates take ``reference_year``."""
    ex = Extraction(text=text)
    find_people_and_roles(text, ex)
    find_documents(ex)
    ex.dates = find_dates(text, reference_year)
    ex.figures = find_figures(text)
    find_events(ex, reference_year)
    return ex
