"""Dates, documents and events (with their participants) in Vietnamese news text.

- Dates keep their precision: ``tháng 10-2025`` is a month, ``Ngày 11-4`` a day of
  the article's year, ``năm 1985`` a year, ``tháng 9 vừa qua`` a month of the
  article's year (:func:`diplokg.dates.parse_vietnamese_date`).
- Documents: ``Nghị quyết 57 và 59`` (two resolutions), ``Văn kiện Đại hội ...``, and
  quoted titles that begin with Chiến lược, Đề án, Kế hoạch, Chương trình, Lễ hội ...
- Named events: a head (Hội nghị, Hội thảo, Diễn đàn, Đối thoại, Đại hội, triển lãm)
  with its name, an ordinal (``lần thứ I``, ``lần 2``) and a year.
- Events told by a verb: ``A hội kiến/hội đàm/tiếp/làm việc với B`` is a meeting of the
  people named on both sides; ``A ... tham quan/dự/phát biểu tại EVENT`` makes the
  people of the clause participants of the event; ``chuyến thăm`` is a visit of the
  people of the sentence; ``Trao đổi với báo X, ông Y`` is an interview.

>>> from diplokg.extraction import extract
>>> ex = extract("Ngày 11-4, Bí thư Thành ủy TP.HCM Nguyễn Văn Nam hội kiến Đại sứ Nhật Bản "
...              "Ito Naoki.", reference_year=2025)
>>> [(e.type, e.date.date.lexical, e.participants) for e in ex.events]
[('Meeting', '2025-04-11', [('nguyen-van-nam', 'met'), ('ito-naoki', 'met')])]
"""

from __future__ import annotations

import re

from diplokg.dates import parse_vietnamese_date
from diplokg.extraction.model import (
    Extraction,
    ProposedDate,
    ProposedEvent,
    Span,
    add_entity,
)
from diplokg.slugs import slugify

_DATE = re.compile(
    r"\b(?:[Nn]gày\s+\d{1,2}\s*[-/]\s*\d{1,2}(?:\s*[-/]\s*\d{4})?"
    r"|[Tt]háng\s+\d{1,2}(?:\s*[-/]\s*\d{4})?"
    r"|[Nn]ăm\s+\d{4})\b"
)


_PART_OF_DAY = re.compile(
    r"\b(?:[Ss]áng|[Cc]hiều|[Tt]rưa|[Tt]ối) (?:nay |qua )?(\d{1,2})-(\d{1,2})\b"
)


def find_dates(text: str, reference_year: int | None) -> list[ProposedDate]:
    """Dates at their precision, with the span that states them.

    >>> [d.date.lexical for d in find_dates("Sáng 12-3, tháng 10-2025, Ngày 11-4, năm 1985", 2025)]
    ['2025-03-12', '2025-10', '2025-04-11', '1985']
    """
    found = []
    for m in _DATE.finditer(text):
        try:
            date = parse_vietnamese_date(m.group(), reference_year=reference_year)
        except ValueError:
            continue
        found.append(ProposedDate(date, Span(m.start(), m.end(), m.group())))
    for m in _PART_OF_DAY.finditer(text):  # "Sáng 12-3": the morning of 12 March
        try:
            date = parse_vietnamese_date(f"ngày {m.group(1)}-{m.group(2)}", reference_year)
        except ValueError:
            continue
        found.append(ProposedDate(date, Span(m.start(), m.end(), m.group())))
    return sorted(found, key=lambda d: d.span.start)


# --------------------------------------------------------------------------- documents

_RESOLUTIONS = re.compile(
    r"Nghị quyết (?:số )?(\d+)(?:-NQ/TW)?((?:(?:, | và )(?:số )?\d+(?:-NQ/TW)?)*)"
)
_QUOTED = re.compile(r"[“\"]([^”\"]{3,200})[”\"]")
_DOCUMENT_HEADS = {
    "Chiến lược": "Strategy",
    "Đề án": "Project",
    "Dự án": "Project",
    "Kế hoạch": "Programme",
    "Chương trình": "Programme",
    "Lễ hội": "Programme",
    "Luật": "PolicyDocument",
    "Nghị định": "PolicyDocument",
    "Quyết định": "PolicyDocument",
    "Chỉ thị": "PolicyDocument",
}


def find_documents(ex: Extraction) -> None:
    """Resolutions, congress documents and quoted titles of strategies and programmes."""
    text = ex.text
    for m in _RESOLUTIONS.finditer(text):
        numbers = [m.group(1), *re.findall(r"\d+(?!\d)(?=(?:-NQ/TW)?(?:,| và |$))",
                                           m.group(2) or "")]
        span = Span(m.start(), m.end(), m.group())
        for number in numbers:
            add_entity(ex, "document", "Resolution", f"Nghị quyết {number}", span)
    for m in re.finditer(r"Văn kiện Đại hội[^,;]*? lần thứ [IVX\d]+(?:, nhiệm kỳ \d{4}-\d{4})?",
                         text):
        span = Span(m.start(), m.end(), m.group())
        add_entity(ex, "document", "CongressDocument", m.group(), span)
    for m in _QUOTED.finditer(text):
        inner = m.group(1)
        for head, typ in _DOCUMENT_HEADS.items():
            if inner.startswith(head + " "):
                add_entity(ex, "document", typ, inner, Span(m.start(1), m.end(1), inner))
                break


# --------------------------------------------------------------------------- events

_EVENT_HEADS = {
    "Hội nghị": "Conference",
    "Hội thảo": "Conference",
    "Diễn đàn": "Forum",
    "Đối thoại": "Dialogue",
    "Đại hội": "PartyCongress",
    "Triển lãm": "Exhibition",
    "triển lãm": "Exhibition",
    "Hội chợ": "Exhibition",
    "Lễ kỷ niệm": "Event",
}
_EVENT_NAME = re.compile(
    r"(?P<head>" + "|".join(_EVENT_HEADS) + r")"
    r"(?P<quoted> [“\"][^”\"]{3,200}[”\"])?"
    r"(?P<name>(?: (?:[A-ZÀ-Ỹ][\w.\-]*|[a-zà-ỹ]+(?= [a-zà-ỹ]| [A-ZÀ-Ỹ])|lần(?: thứ)? [\dIVX]+"
    r"|năm \d{4}|[a-zà-ỹ]+))*)"
)
_NAME_STOP = re.compile(
    r" (?:và|của|với|tại|cho|là|đã|đang|sẽ|được|khi|như|nhằm|để|do|vừa|này|đó|các|những"
    r"|tham|cùng|về phát|diễn|trong)(?: |$)"
)
_MEETING = re.compile(r" (hội kiến|hội đàm|tiếp xúc|làm việc với|gặp gỡ|tiếp|gặp) ")
_ATTEND = [
    (re.compile(r"\bdự trực tuyến\b"), "attended-online"),
    (re.compile(r"\btham quan\b"), "visited"),
    (re.compile(r"\b(?:tham dự|dự)\b"), "attended"),
    (re.compile(r"\bphát biểu\b"), "spoke"),
    (re.compile(r"\bchủ trì\b"), "hosted"),
]
_SENTENCE = re.compile(r"(?:[^.!?\n]|[.!?](?![\s”\"]|$))+[.!?]?")


def _sentences(text: str) -> list[Span]:
    return [Span(m.start(), m.end(), m.group()) for m in _SENTENCE.finditer(text)]


def _event_name(text: str, m: re.Match) -> str:
    name = m.group("name") or ""
    stop = _NAME_STOP.search(name)
    if stop:
        name = name[: stop.start()]
    words = name.split()
    if m.group("head")[0].islower():
        words = words[:6]
    return (m.group("head") + (m.group("quoted") or "") + " " + " ".join(words)).strip()


def _people_in(ex: Extraction, span: Span) -> list[tuple[int, str]]:
    """(offset, key) of the people mentioned in a stretch of text, in order."""
    found = {}
    for entity in ex.entities.values():
        if entity.kind != "person":
            continue
        for m in entity.mentions:
            if span.start <= m.start and m.end <= span.end:
                found.setdefault(entity.key, m.start)
    return sorted((pos, key) for key, pos in found.items())


def find_events(ex: Extraction, reference_year: int | None) -> None:
    """Named events, meetings, visits, attendances and interviews (module docstring)."""
    text = ex.text
    for sentence in _sentences(text):
        dates = [d for d in ex.dates if sentence.start <= d.span.start < sentence.end]
        date = dates[0] if dates else None
        named: list[ProposedEvent] = []
        for m in _EVENT_NAME.finditer(sentence.text):
            label = _event_name(text, m)
            if len(label.split()) < 3 and m.group("head")[0].islower():
                continue
            start = sentence.start + m.start()
            span = Span(start, start + len(label), text[start : start + len(label)])
            if span.text != label:
                continue
            event = _event(ex, _EVENT_HEADS[m.group("head")], label, span, date)
            named.append(event)
        people = _people_in(ex, sentence)
        meeting = _MEETING.search(sentence.text)
        if meeting and people:
            verb_at = sentence.start + meeting.start()
            before = [k for pos, k in people if pos < verb_at]
            after = [k for pos, k in people if pos > verb_at]
            if before and after:
                first = min(pos for pos, _ in people)
                last_key = after[-1]
                last = max(m.end for m in ex.entities[last_key].mentions
                           if sentence.start <= m.start < sentence.end)
                span = Span(first, last, text[first:last])
                clause_start = _clause_start(ex, sentence, first)
                span = Span(clause_start, last, text[clause_start:last])
                event = _event(ex, "Meeting", span.text, span, date)
                event.participants = [(k, "met") for k in before + after]
                event.evidence = span
                continue
        visit = re.search(r"chuyến thăm(?:(?! vào )[^,.;])*", sentence.text)
        if visit and people:
            start = sentence.start + visit.start()
            vspan = Span(start, sentence.start + visit.end(), visit.group())
            typ = "StateVisit" if "Nhà nước" in visit.group() else "DelegationVisit"
            event = _event(ex, typ, vspan.text, vspan, date)
            _participate(ex, event, sentence, people, "visited", vspan.end)
            continue
        interview = re.search(r"(?:Trao đổi với|trả lời phỏng vấn)( báo [^,]+)?, ", sentence.text)
        if interview and people:
            start = sentence.start + interview.start()
            ispan = Span(start, sentence.start + interview.end() - 2,
                         interview.group()[:-2])
            event = _event(ex, "Interview", ispan.text, ispan, date)
            _participate(ex, event, sentence, people[:1], "interviewed", None)
            paper = [e for e in ex.entities.values() if e.type == "Newspaper"
                     and any(ispan.start <= m.start < ispan.end for m in e.mentions)]
            for p in paper:
                event.participants.append((p.key, "interviewer"))
            continue
        if named and people:
            for pattern, mode in _ATTEND:
                hit = pattern.search(sentence.text)
                if hit is None:
                    continue
                at = sentence.start + hit.start()
                target = next((e for e in named if e.span.start > at), named[-1])
                before = [(pos, k) for pos, k in people if pos < at] or people
                _participate(ex, target, sentence, before, mode, target.span.end)
                break


def _clause_start(ex: Extraction, sentence: Span, first: int) -> int:
    """Where the title before the first person begins (its role evidence)."""
    for role in ex.roles:
        for ev in role.evidence:
            if ev.start <= first < ev.end and ev.start >= sentence.start:
                return ev.start
    return first


def _event(ex: Extraction, typ: str, label: str, span: Span,
           date: ProposedDate | None) -> ProposedEvent:
    key = slugify(label)[:60].rstrip("-")
    for event in ex.events:
        if event.key == key:
            return event
    event = ProposedEvent(key=key, type=typ, label=label, span=span, date=date)
    ex.events.append(event)
    add_entity(ex, "event", typ, label, span)
    ex.entities[key] = ex.entities.pop(slugify(label))
    ex.entities[key].key = key
    return event


def _participate(ex: Extraction, event: ProposedEvent, sentence: Span,
                 people: list[tuple[int, str]], mode: str, end: int | None) -> None:
    if not people:
        return
    start = _clause_start(ex, sentence, people[0][0])
    stop = end if end is not None else max(
        m.end for m in ex.entities[people[-1][1]].mentions
        if sentence.start <= m.start < sentence.end)
    event.evidence = Span(start, stop, ex.text[start:stop])
    for _pos, key in people:
        if (key, mode) not in event.participants:
            event.participants.append((key, mode))
