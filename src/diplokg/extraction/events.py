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
    "Ngày hội": "Event",
    "Tuần văn hóa": "Event",
    "Tuần lễ": "Event",
}
# Lower-case heads name an event only with a quoted title: hội thảo “Ngoại giao ...”.
_QUOTED_EVENT = re.compile(
    r"(?P<head>hội thảo|hội nghị|diễn đàn|tọa đàm|triển lãm) (?P<quoted>[“\"][^”\"]{3,200}[”\"])"
)
_QUOTED_TYPES = {"hội thảo": "Conference", "hội nghị": "Conference", "diễn đàn": "Forum",
                 "tọa đàm": "Conference", "triển lãm": "Exhibition"}
_GATHERINGS = {"Conference", "Forum", "Dialogue", "Exhibition", "Event", "Meeting"}
# Sentences that list who attended the event being reported: "Tham dự có A; B; C."
_LIST_CUE = re.compile(
    r"^\s*(?:(?:Tham|Tới|Đến|Cùng) dự(?: buổi (?:tiếp|lễ|làm việc))?|Dự (?:buổi|lễ|hội)[^,]*"
    r"|Cùng tiếp(?: đoàn)?) có "
)
_ONLINE = re.compile(r"\bdự trực tuyến\b")
_HOST = re.compile(r"\b(?:đồng )?chủ trì\b")
_SPEECH_OPENER = re.compile(
    r"^\s*(?:Phát biểu(?: khai mạc| bế mạc| tại [^,]{1,40})?|Góp ý(?: [^,]{1,40})?"
    r"|Kết luận(?: [^,]{1,40})?|Trình bày(?: [^,]{1,40})?), "
)
_ORGANISE = re.compile(r"\b(?:phối hợp với [^,.;]+? )?tổ chức\b")
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
    current: ProposedEvent | None = None  # the gathering being reported
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
            if span.text != label or _inside_an_organisation(ex, span):
                continue  # Hội nghị Hiệp thương Chính trị Nhân dân Trung Quốc: a body
            event = _event(ex, _EVENT_HEADS[m.group("head")], label, span, date)
            named.append(event)
        for m in _QUOTED_EVENT.finditer(sentence.text):
            start = sentence.start + m.start()
            label = m.group()
            span = Span(start, start + len(label), label)
            named.append(_event(ex, _QUOTED_TYPES[m.group("head")],
                                label[0].upper() + label[1:], span, date))
        if named:
            current = named[0] if any(e.type in _GATHERINGS for e in named) else current
        people = _people_in(ex, sentence)
        if _organisers(ex, sentence, named):
            pass
        if current is not None and _gathering_participation(ex, sentence, people, current,
                                                            named):
            continue
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
                current = event
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


def _agents_in(ex: Extraction, span: Span, represented_only: bool) -> list[tuple[int, str]]:
    """People, and organisations (those after "đại diện" when ``represented_only``) of a span."""
    found = dict((k, pos) for pos, k in _people_in(ex, span))
    for entity in ex.entities.values():
        if entity.kind != "organization":
            continue
        for m in entity.mentions:
            if span.start <= m.start and m.end <= span.end and (
                    not represented_only
                    or re.search(r"(?<!Trưởng )[Đđ]ại diện (?:[^;.]*? (?:và|,) )?(?:\S+ ){0,2}$",
                                     ex.text[span.start : m.start])):
                found.setdefault(entity.key, m.start)
    return sorted((pos, key) for key, pos in found.items())


def _organisers(ex: Extraction, sentence: Span, named: list[ProposedEvent]) -> bool:
    """``A phối hợp với B tổ chức EVENT``: the organisations before the verb organise it."""
    hit = _ORGANISE.search(sentence.text)
    if hit is None or not named:
        return False
    verb_end = sentence.start + hit.end()
    event = next((e for e in named if e.span.start >= verb_end), None)
    if event is None or ex.text[verb_end : event.span.start].strip():
        return False
    subject = Span(sentence.start, sentence.start + hit.end(), ex.text[sentence.start:verb_end])
    orgs = [(pos, k) for pos, k in _agents_in(ex, subject, False)
            if ex.entities[k].kind == "organization"]
    for _pos, key in orgs:
        if (key, "organised") not in event.participants:
            event.participants.append((key, "organised"))
    return bool(orgs)


def _gathering_participation(ex: Extraction, sentence: Span, people: list[tuple[int, str]],
                             current: ProposedEvent, named: list[ProposedEvent]) -> bool:
    """Who attended, hosted, spoke at or joined online the gathering being reported."""
    text = sentence.text
    event = next((e for e in named if e.type in _GATHERINGS), current)
    cue = _LIST_CUE.match(text)
    if cue:
        agents = _agents_in(ex, sentence, represented_only=True)
        online = _ONLINE.search(text)
        mode = "met" if text.lstrip().startswith("Cùng tiếp") else "attended"
        for pos, key in agents:
            clause_end = min([sentence.start + i for i in (text.find(";", pos - sentence.start),)
                              if i >= 0] or [sentence.end])
            is_online = online and pos < sentence.start + online.start() <= clause_end
            _add_participant(ex, event, key, "attended-online" if is_online else mode, sentence)
        return bool(agents)
    online = _ONLINE.search(text)
    if online and not named:
        at = sentence.start + online.start()
        clause = Span(sentence.start, at, ex.text[sentence.start:at])
        agents = _agents_in(ex, clause, represented_only=False)
        agents = [a for a in agents if ex.entities[a[1]].kind == "person"] or [
            a for a in _agents_in(ex, clause, represented_only=True)]
        for _pos, key in agents:
            _add_participant(ex, event, key, "attended-online", sentence)
        return bool(agents)
    host = _HOST.search(text)
    if host and people and (not named or event.span.start > sentence.start + host.start()):
        before = [(p, k) for p, k in people if p < sentence.start + host.start()]
        for _pos, key in before:
            _add_participant(ex, event, key, "hosted", sentence)
        return bool(before)
    opener = _SPEECH_OPENER.match(text)
    if opener and people and event.type != "Meeting":
        after = [(p, k) for p, k in people if p >= sentence.start + opener.end()]
        if after:
            _add_participant(ex, event, after[0][1], "spoke", sentence)
            return True
    return False


def _add_participant(ex: Extraction, event: ProposedEvent, key: str, mode: str,
                     sentence: Span) -> None:
    if (key, mode) not in event.participants:
        event.participants.append((key, mode))
    if event.evidence is None:
        event.evidence = sentence


def _clause_start(ex: Extraction, sentence: Span, first: int) -> int:
    """Where the title before the first person begins (its role evidence)."""
    for role in ex.roles:
        for ev in role.evidence:
            if ev.start <= first < ev.end and ev.start >= sentence.start:
                return ev.start
    return first


def _inside_an_organisation(ex: Extraction, span: Span) -> bool:
    return any(e.kind == "organization" and any(m.start <= span.start and span.end <= m.end
                                                for m in e.mentions)
               for e in ex.entities.values())


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
    if stop <= start:  # the verb's object ends before the clause's first title: the sentence
        start, stop = sentence.start, sentence.end
    event.evidence = Span(start, stop, ex.text[start:stop])
    for _pos, key in people:
        if (key, mode) not in event.participants:
            event.participants.append((key, mode))
