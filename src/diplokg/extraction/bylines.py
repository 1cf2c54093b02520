"""Authors and photographers: bylines (a name alone on the first lines or the last) and
credits (``Ảnh: NAME``)."""

from __future__ import annotations

import re

from diplokg.extraction.lexicon import (
    CREDIT_WORDS,
    KNOWN_ORGANIZATIONS,
)
from diplokg.extraction.model import Extraction, Span, add_entity
from diplokg.extraction.text_reader import DASHES, Reader, is_organization_name, name_label


def credited_name(reader: Reader, i: int, end: int) -> bool:
    """Is the name after ``Ảnh:`` a credit: in capitals, or alone up to the line's end?"""
    if reader.span(i, end).text.isupper():
        return True
    rest = reader.text[reader.toks[end - 1].end :]
    return rest == "" or rest[0] in "\n),/-" or rest.startswith((*DASHES, " cho ", " /")) \
        or re.match(r"\.\s*(?:\n|$)", rest) is not None  # Ảnh: Quỳnh Dương. at a line's end


# What a byline may carry besides its authors' names, removed before they are read.
_BYLINE_DECORATIONS = [re.compile(pattern) for pattern in (
    r"\s+\(?(?:thực hiện|ghi|ghi nhận)\)?$",  # NGỌC LINH (ghi)
    r"\s+\((?:gửi )?(?:từ|tại) [^)]*\)$",  # Hưng Phát (từ Dubai)
    r"\s*[-–]\s*(?:P\.?V|CTV)\.?$",  # Hà Thương - P.V: a reporter
    r"^(?:PV|Phóng viên|Nhóm PV)\s+",  # PV Hải Yến
    r"^\d{1,2}/\d{1,2}/\d{4}\s*\|\s*",  # 15/03/2019 | Đoan Trang
    r"\s*[-–]\s*(?:Thứ [^\W\d_]+|Chủ nhật), ngày .*$",  # Trần Nam-Thứ sáu, ngày 02/12/2022
    r"\s*\([A-ZĐ][A-ZĐ0-9.]+\)$",  # Minh Anh (TTXVN): the agency
    r"/(?:Báo |[A-ZĐ]{2,}).*$",  # Thu Hằng/VOV.VN, Hoàng Anh/Báo Tin tức: the outlet
    r"\s+[-–]$",  # Đình Thiệu -: a dash left at the end
    r"\s*\|?\s*\d{1,2}/\d{1,2}/\d{4}(?:\s*-?\s*\d{1,2}:\d{2})?$",  # Vũ Ba 15/08/2024 - 17:53,
    # Yên Nga| 28/10/2015 07:02: the page's date and time after the author
)]


def add_byline(reader: Reader, ex: Extraction) -> None:
    """The author's name alone on the last line (``BẢO AN``, ``Hải Yến``) or on one of the
    first two (``Xuân Huy - Ảnh: Quốc Thắng``): a person."""
    text = reader.text.rstrip()
    lines = list(re.finditer(r"[^\n]+", text))
    last = lines[-2:-1] if lines and lines[-1].group().startswith("Nguồn") else lines[-1:]
    for m in dict.fromkeys([*lines[:2], *last]):  # the author above a "Nguồn ...: URL" line
        # too; in the text's order, each line once
        start = m.start()
        if m in last and (end_mark := m.group().rfind("./. ")) >= 0:
            start += end_mark + 4  # ... phát triển./. Đình Thiệu: the article's end mark,
            # then its author on the same line
        _add_byline_of_line(reader, ex, start, m.end())


def _add_byline_of_line(reader: Reader, ex: Extraction, start: int, stop: int) -> None:
    """The author's names if the line from ``start`` to ``stop`` holds nothing else."""
    text = reader.text
    line = text[start:stop].rstrip()
    if line.startswith("Theo "):
        return  # Theo TTXVN: where the text comes from, not who wrote it
    if line.split(" ", 1)[0] in CREDIT_WORDS:
        return  # Ảnh Ngọc Ánh: a credit with no colon, read as a credit
    for decoration in _BYLINE_DECORATIONS:
        line = decoration.sub("", line)
    names = re.split(r" [-–] |, |(?<=[^\W\d_])-(?=[A-ZĐ])", line)  # MINH ANH - QUỐC BẢO,
    # Kiều Tiên-Văn Ngô: two authors
    while len(names) > 1 and any(names[-1].startswith(c + ":") for c in CREDIT_WORDS):
        names.pop()  # Xuân Huy - Ảnh: Quốc Thắng: the photographer is read as a credit
    while len(names) > 1 and names[0] in KNOWN_ORGANIZATIONS:
        start += len(names.pop(0)) + 3  # TTXVN - THỤY VŨ: the agency, then its reporter
    while len(names) > 1 and is_organization_name(names[-1]):
        names.pop()  # Kim Liên - Sở Ngoại vụ: the reporter, then the office
    if not all(re.fullmatch(r"[^\W\d_]+(?: [^\W\d_]+){1,3}|(?:[A-ZĐ]\.)+[^\W\d_]{2,}", name)
               for name in names):  # Hải Yến, B.Nguyên
        return
    found = []
    offset = start
    for name in names:
        offset = text.index(name, offset)
        alone = Reader(name)  # read alone: Trần Nam-Thứ sáu is one token in the text
        if alone.person_name_at(0, credit=True) != len(alone.toks) \
                or alone.title_at(0) is not None:  # Thành Chung, not Chủ tịch
            return
        found.append(Span(offset, offset + len(name), name))
        offset += len(name)
    for span in found:
        add_entity(ex, "person", "Person", name_label(span.text), span)
