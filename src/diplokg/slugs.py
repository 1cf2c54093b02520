"""Folding Vietnamese to ASCII and making IRI slugs.

>>> fold("Phạm Dứt Điểm")
'Pham Dut Diem'
>>> slugify("Sở Ngoại vụ TP.HCM")
'so-ngoai-vu-tp-hcm'
"""

from __future__ import annotations

import re
import unicodedata

_SLUG = re.compile(r"^[a-z0-9]+(?:-[a-z0-9]+)*$")


def fold(text: str) -> str:
    """Remove diacritics; ``đ``/``Đ`` (not decomposable in Unicode) become ``d``/``D``."""
    text = text.replace("đ", "d").replace("Đ", "D")
    decomposed = unicodedata.normalize("NFD", text)
    return "".join(c for c in decomposed if unicodedata.category(c) != "Mn")


def match_key(text: str) -> str:
    """A key for matching names: folded, lower case, white space collapsed."""
    return " ".join(fold(text).lower().split())


def slugify(text: str) -> str:
    """ASCII, lower case, words joined by ``-``: the last segment of a readable IRI."""
    return re.sub(r"[^a-z0-9]+", "-", fold(text).lower()).strip("-")


def is_slug(text: str) -> bool:
    return bool(_SLUG.match(text))
