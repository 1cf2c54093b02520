"""Figures with their units and qualifiers, as Vietnamese news writes them.

Numbers use ``.`` for thousands and ``,`` for decimals (``500.000``, ``7,17``);
scale words multiply (``nghìn``/``ngàn`` 10^3, ``triệu`` 10^6, ``tỉ``/``tỷ`` 10^9);
``hơn``/``trên`` mean more than, ``khoảng``/``gần``/``hàng`` approximately.

>>> [(str(f.value), f.unit, f.qualifier, f.stated.text) for f in find_figures(
...     "Kim ngạch đạt hơn 104 tỉ USD, GRDP tăng 7,17%, thu ngân sách 500.000 tỉ đồng.")]
[('104000000000', 'usd', 'more-than', 'hơn 104 tỉ USD'), ('7.17', 'percent', 'exact', '7,17%'), \
('500000000000000', 'vnd', 'exact', '500.000 tỉ đồng')]
"""

from __future__ import annotations

import re
from decimal import Decimal

from diplokg.extraction.model import ProposedFigure, Span

_SCALES = {"nghìn": 3, "ngàn": 3, "triệu": 6, "tỉ": 9, "tỷ": 9}
_QUALIFIERS = {
    "hơn": "more-than",
    "trên": "more-than",
    "khoảng": "approximately",
    "gần": "approximately",
    "hàng": "approximately",
    "xấp xỉ": "approximately",
    "ước": "approximately",
}
# Unit words after the number (and scale) -> unit id of the vocabulary.
_UNITS = {
    "%": "percent",
    "USD": "usd",
    "đô la": "usd",
    "đồng": "vnd",
    "VND": "vnd",
    "địa phương": "locality",
    "dự án": "project",
    "người": "person",
    "dân": "person",
    "kỹ sư": "person",
    "trí thức": "person",
    "doanh nhân": "person",
    "đại biểu": "person",
    "sinh viên": "person",
}
_NUMBER = r"(?P<number>\d{1,3}(?:\.\d{3})+(?:,\d+)?|\d+(?:,\d+)?)"
_FIGURE = re.compile(
    r"(?:(?P<qual>hơn|trên|khoảng|gần|xấp xỉ|ước)\s+)?"
    r"(?:(?P<hang>hàng)\s+(?P<hscale>chục|trăm|nghìn|ngàn)\s+(?P<hunit>tỉ|tỷ|triệu|nghìn)\s+"
    r"|" + _NUMBER + r"\s*(?P<scale>nghìn|ngàn|triệu|tỉ|tỷ)?\s*)"
    r"(?P<unit>%|USD|VND|đô la|đồng|địa phương|dự án|người|dân|kỹ sư|trí thức|doanh nhân"
    r"|đại biểu|sinh viên)(?!\w)"
)
_SENTENCE_END = re.compile(r"[.!?;\n]\s")


def _number(text: str) -> Decimal:
    return Decimal(text.replace(".", "").replace(",", "."))


def _sentence(text: str, start: int, end: int) -> Span:
    left = max((m.end() for m in _SENTENCE_END.finditer(text, 0, start)), default=0)
    m = _SENTENCE_END.search(text, end)
    right = m.start() + 1 if m else len(text)
    return Span(left, right, text[left:right])


def find_figures(text: str) -> list[ProposedFigure]:
    """Every figure with a unit, in the order of the text."""
    found = []
    for m in _FIGURE.finditer(text):
        if m.start() > 0 and (text[m.start() - 1].isalnum()):
            continue
        qualifier = _QUALIFIERS.get(m.group("qual") or "", "exact")
        if m.group("hang"):
            # "hàng trăm tỉ đồng": hundreds of billions, recorded as its lower bound
            lower = {"chục": 10, "trăm": 100, "nghìn": 1000, "ngàn": 1000}[m.group("hscale")]
            value = Decimal(lower) * Decimal(10) ** _SCALES[m.group("hunit")]
            qualifier = "more-than"
        else:
            value = _number(m.group("number"))
            if m.group("scale"):
                value *= Decimal(10) ** _SCALES[m.group("scale")]
        unit = _UNITS[m.group("unit")]
        stated = Span(m.start(), m.end(), m.group())
        found.append(
            ProposedFigure(
                value=value.normalize() if value == value.to_integral() else value,
                unit=unit,
                qualifier=qualifier,
                stated=stated,
                sentence=_sentence(text, m.start(), m.end()),
            )
        )
    for f in found:
        if f.value == f.value.to_integral():
            f.value = Decimal(int(f.value))
    return found
