"""After the rules: one entity for the names a text gives one person or body (``ông Hoan``
after ``Võ Văn Hoan``, ``UBND tỉnh`` after ``UBND tỉnh Đồng Nai``, an acronym or another name
in parentheses), and each role once."""

from __future__ import annotations

import re

from diplokg.extraction.lexicon import (
    ABBREVIATED_WORDS,
    BARE_LOCALITY_WORDS,
    KNOWN_ACRONYMS,
    PLACES,
)
from diplokg.extraction.model import Extraction, ProposedRole, Span
from diplokg.extraction.text_reader import Reader, is_organization_name
from diplokg.slugs import fold


def merge_names_in_parentheses(ex: Extraction) -> None:
    """``Paul Chan Mo Po (Trần Mậu Ba)``: a name in parentheses right after another
    person's, with nothing else inside, is the same person's other name."""
    people = [e for e in ex.entities.values() if e.kind == "person"]
    starts = {m.start - 2: e for e in people for m in e.mentions}  # where " (" begins
    for first in people:
        for mention in first.mentions:
            other = starts.get(mention.end)
            if other is None or other is first or other.key not in ex.entities:
                continue
            inner = other.mentions[0]
            if ex.text[mention.end : inner.start] != " (" or ex.text[inner.end : inner.end + 1] \
                    != ")" or len(other.mentions) > 1:
                continue
            first.aliases.append(other.label)
            first.mentions.append(inner)
            del ex.entities[other.key]
            for role in ex.roles:
                if role.person == other.key:
                    role.person = first.key


def _whole_place(text: str) -> tuple[int, str, str] | None:
    """The place ``text`` names and nothing more (``tỉnh Đồng Nai``, ``TP.HCM``), else None."""
    sub = Reader(text)
    place = sub.named_place_at(0) if sub.toks else None
    return place if place is not None and place[0] == len(sub.toks) else None


def _names_another_country(text: str) -> bool:
    """Is ``text`` (what a longer name adds) a country other than Việt Nam?"""
    if text.startswith("nước "):
        text = text[len("nước "):]
    place = _whole_place(text)
    return place is not None and place[2] == "Country" and place[1] != "Việt Nam"


def _is_city(text: str) -> bool:
    """Is ``text`` a city's name and nothing more (``TP.HCM``, ``thành phố Đà Nẵng``)?"""
    place = _whole_place(text)
    return place is not None and place[2] == "City"


_BARE_LOCALITY_ENDINGS = tuple(f" {w}" for w in BARE_LOCALITY_WORDS)
# A province's or a city's party committee and youth union, named without the place.
_LOCAL_PARTY_AND_YOUTH_BODIES = frozenset(
    "Tỉnh ủy|Tỉnh uỷ|Thành ủy|Thành uỷ|Tỉnh đoàn|Tỉnh Đoàn|Thành đoàn|Thành Đoàn".split("|"))


def _is_locality_extension(rest: str) -> bool:
    """Is ``rest`` (what a longer name adds) a place: ``tỉnh Đồng Nai``, ``TP.HCM``?"""
    if rest.startswith(("tại ", "nước ")):  # Tổng lãnh sự quán Trung Quốc tại Đà Nẵng,
        rest = rest.split(" ", 1)[1]  # Chính phủ nước Cộng hòa xã hội chủ nghĩa Việt Nam
    return _whole_place(rest) is not None


_PLACE_LABEL = {form.casefold(): label.casefold() for label, (_typ, forms) in PLACES.items()
                for form in (label, *forms)}
_PLACE_FORM = re.compile("|".join(sorted(map(re.escape, _PLACE_LABEL), key=len, reverse=True)))
_PLACE_NAMES = "|".join(sorted(map(re.escape, set(_PLACE_LABEL.values())), key=len, reverse=True))


def canonical_organization_name(label: str) -> str:
    """One form for names written differently: case, dashes, places' forms, UBND.

    >>> canonical_organization_name("Hội hữu nghị Việt Nam – Trung Quốc Thành phố Hồ Chí Minh")
    'hội hữu nghị việt - trung quốc tp.hcm'
    """
    form = re.sub(r"\s*[-–—]\s*", " - ", _abbreviated(label).casefold())
    form = _PLACE_FORM.sub(lambda m: _PLACE_LABEL[m.group()], form)  # Cộng hòa Dân chủ
    # Nhân dân Lào: Lào, before "cộng hòa" goes
    form = re.sub(r"\b(?:nước )?(?:cộng hòa )", "", form)  # Bộ Ngoại giao nước Cộng hòa Ấn Độ
    form = re.sub(r" tp$", " thành phố", form)  # Liên hiệp ... TP, Liên hiệp ... thành phố
    form = re.sub(r"^tỉnh đoàn ", "đoàn thanh niên tỉnh ", form)  # the province's Youth Union
    form = re.sub(r"\bviệt nam(?= - )|(?<= - )việt nam\b", "việt", form)  # Hội Hữu nghị
    # Việt (Nam) - Lào
    form = form.replace(" của ", " ").replace("sỹ", "sĩ")  # Ủy ban Dân tộc (của) Quốc hội
    # Lào; nghị sĩ, nghị sỹ
    form = re.sub(r"\bđảng cộng sản việt nam$", "đảng", form)  # Ban Chấp hành Trung ương
    # Đảng (Cộng sản Việt Nam): Vietnam's party, named in full or not
    return re.sub(r"\b(?:tỉnh|thành phố|tp) (?=(" + _PLACE_NAMES + r")$)", "", form)  # Đoàn
    # nghệ thuật tỉnh Vân Nam, Đoàn nghệ thuật Vân Nam: a known place, with or without its
    # locality word


_SPELLED_OUT_HEADS = re.compile(r"^(Ủy ban nhân dân|Hội đồng nhân dân)\b", re.IGNORECASE)
_SPELLED_OUT = {words.casefold(): acronym for words, acronym in ABBREVIATED_WORDS.items()}
_SPELLED_OUT_WORDS = re.compile(
    r"\b(" + "|".join(sorted(map(re.escape, ABBREVIATED_WORDS), key=len, reverse=True)) + r")\b",
    re.IGNORECASE)
_KNOWN_ACRONYM = {name.casefold(): acronym for name, acronym in KNOWN_ACRONYMS.items()}


_INNER_ACRONYM = re.compile(r" \([A-ZĐ][A-ZĐ0-9]{1,9}\)(?= )")


def without_inner_acronym(label: str) -> str:
    """``label`` without an acronym in parentheses inside it, which is not part of the name.

    >>> without_inner_acronym("Bộ Chỉ huy Bộ đội Biên phòng (BĐBP) tỉnh Sơn La")
    'Bộ Chỉ huy Bộ đội Biên phòng tỉnh Sơn La'
    """
    return _INNER_ACRONYM.sub("", label)


def _abbreviated(label: str) -> str:
    """``Ủy ban Nhân dân Tỉnh`` -> ``UBND Tỉnh``, ``Bộ Chỉ huy Bộ đội Biên phòng (BĐBP) tỉnh
    Sơn La`` -> ``Bộ Chỉ huy BĐBP tỉnh Sơn La``, ``Cơ quan Hợp tác quốc tế Hàn Quốc`` ->
    ``KOICA``: one spelling of heads, words and known bodies to compare names."""
    label = without_inner_acronym(_KNOWN_ACRONYM.get(label.casefold(), label))
    label = _SPELLED_OUT_HEADS.sub(
        lambda m: "UBND" if m.group(1).lower().startswith("ủy") else "HĐND", label)
    return _SPELLED_OUT_WORDS.sub(lambda m: _SPELLED_OUT[m.group(1).casefold()], label)


def merge_short_organization_names(reader: Reader, ex: Extraction) -> None:
    """``UBND tỉnh`` and ``Sở Ngoại vụ`` after ``UBND tỉnh Đồng Nai`` and ``Sở Ngoại vụ tỉnh
    Đồng Nai``: a name that is another's without its place is a short form of it (when
    exactly one name extends it); an acronym in parentheses after a name is its alias."""
    orgs = [e for e in ex.entities.values() if e.kind == "organization"]
    abbreviated = {e.key: _abbreviated(e.label) for e in orgs}
    canonical = {e.key: canonical_organization_name(e.label) for e in orgs}
    merged: dict[str, str] = {}
    for short in orgs:
        short_form = abbreviated[short.key]
        bare = short_form.endswith(_BARE_LOCALITY_ENDINGS) \
            or short_form in _LOCAL_PARTY_AND_YOUTH_BODIES  # UBND tỉnh, Tỉnh đoàn: a place
        # may follow
        longer = [e for e in orgs if e is not short
                  and (long_form := abbreviated[e.key]).casefold().startswith(
                      short_form.casefold() + " ")
                  and (_is_locality_extension(rest := long_form[len(short_form) + 1:])
                       or rest in BARE_LOCALITY_WORDS  # HĐND and HĐND tỉnh
                       or bare and all(w[0].isupper() for w in rest.split())  # UBND tỉnh
                       # and UBND tỉnh Đắk Lắk: a place the locality word names
                       or rest.startswith(tuple(_LOCAL_PARTY_AND_YOUTH_BODIES))
                       and is_organization_name(rest))]  # Ban Tuyên giáo and Ban Tuyên
        # giáo Tỉnh ủy Long An: the body it is a department of
        if short_form in ("Chính phủ", "Quốc hội"):
            longer = [e for e in longer if not _names_another_country(
                abbreviated[e.key][len(short_form) + 1:])]  # Chính phủ (Vietnam's) is not
            # Chính phủ Hàn Quốc; but Chính phủ Việt Nam is one with it
        if len({canonical[e.key] for e in longer}) != 1:
            continue  # Ủy ban nhân dân tỉnh Đắk Lắk and UBND tỉnh Đắk Lắk: one name
        longer.sort(key=lambda e: (len(e.label), e.key))
        _merge(merged, short.key, longer[0].key)
    by_form: dict[str, str] = {}
    defined = acronyms_defined(reader.text)
    for e in orgs:  # Hội hữu nghị Việt Nam – Trung Quốc Thành phố Hồ Chí Minh and Hội Hữu
        form = canonical_organization_name(  # nghị Việt Nam - Trung Quốc TP.HCM; UBHB Hà Nội
            _spelled_out(e.label, defined))  # after Ủy ban Hòa bình (UBHB)
        first = by_form.get(form)
        if first is None:
            by_form[form] = e.key
        elif first not in merged and ex.entities[first].label.isupper() \
                and not e.label.isupper():
            _merge(merged, first, e.key)  # JETRO, then Tổ chức Xúc tiến Thương mại Nhật
            by_form[form] = e.key  # Bản: the name spelled out
        else:
            _merge(merged, e.key, first)
    for command in orgs:  # Bộ Chỉ huy BĐBP tỉnh Sơn La and BĐBP tỉnh Sơn La: the force is
        # named for its command
        force = re.match(r"(?:Bộ|Ban) Chỉ huy (.+)$", command.label)
        if force is None or command.key in merged:
            continue
        form = canonical_organization_name(force.group(1))
        for e in orgs:
            if e is not command and canonical[e.key] == form:
                _merge(merged, e.key, command.key)
    for short in orgs:  # HĐND Thành phố after HĐND TP.HCM: the one city the text names
        generic = re.match(r"(.+) (?:Thành phố|thành phố|TP)$", short.label)
        if generic is None or short.key in merged:
            continue
        prefix = _abbreviated(generic.group(1)).casefold() + " "
        cities = [e for e in orgs if e is not short
                  and abbreviated[e.key].casefold().startswith(prefix)
                  and _is_city(abbreviated[e.key][len(prefix):])]
        if len(cities) == 1:
            _merge(merged, short.key, cities[0].key)
    starts = {m.start: o for o in orgs for m in o.mentions}
    for e in orgs:  # Hội nghị Hiệp thương Chính trị Nhân dân Trung Quốc (Chính hiệp Trung Quốc);
        # but Cục Ngoại vụ (Bộ Ngoại giao): the ministry it belongs to
        for m in e.mentions:
            inner = starts.get(m.end + 2)
            if inner is not None and inner is not e and reader.text[m.end : m.end + 2] == " (" \
                    and inner.key not in merged \
                    and (inner.type != "Ministry" or e.type == "Ministry") and any(
                        reader.text[n.end : n.end + 1] == ")" for n in inner.mentions
                        if n.start == m.end + 2):
                _merge(merged, inner.key, e.key)
                e.aliases.append(inner.label)
    for e in orgs:  # Chương trình Phát triển Liên Hợp Quốc (UNDP)
        for m in e.mentions:
            acronym = re.match(r" \(([A-Z][A-Z0-9]{1,9})\)", reader.text[m.end:])
            if acronym:
                e.add_alias(acronym.group(1))
    for e in orgs:
        if e.key in merged:
            continue
        head, _, last = e.label.rpartition(" ")  # Hiệp hội VKBIA: Hiệp hội ... (VKBIA)
        same = [o for o in orgs if o is not e and (e.label in o.aliases or head and last in
                                                   o.aliases and o.label.startswith(head))]
        if len(same) == 1:
            _merge(merged, e.key, same[0].key)
    for e in orgs:  # AmCham Việt Nam after Hiệp hội Thương mại Mỹ tại Việt Nam (AmCham)
        if e.key in merged:
            continue
        same = [o for o in orgs if o is not e and any(
            e.label.startswith(alias + " ")
            and _is_locality_extension(e.label[len(alias) + 1:]) for alias in o.aliases)]
        if len(same) == 1:
            _merge(merged, e.key, same[0].key)
    for short_key, long_key in merged.items():
        long_key = _merged_into(merged, long_key)
        short = ex.entities.pop(short_key)
        target = ex.entities[long_key]
        target.mentions.extend(m for m in short.mentions
                               if all(m.start != t.start for t in target.mentions))
        for role in ex.roles:
            if role.organization == short_key:
                role.organization = long_key


def _merge(merged: dict[str, str], short: str, long: str) -> None:
    """Record that ``short`` is merged into ``long`` (where ``long`` ends up), unless
    ``short`` is already merged or that would make a cycle."""
    if short not in merged and _merged_into(merged, long) != short:
        merged[short] = long


def acronyms_defined(text: str) -> dict[str, str]:
    """The acronyms a text defines in parentheses after the words they stand for:
    ``Ủy ban Hòa bình (UBHB)`` gives ``{"UBHB": "Ủy ban Hòa bình"}`` (the words' first
    letters make the acronym).

    >>> acronyms_defined("các thành viên Ủy ban Hòa bình (UBHB) dự")
    {'UBHB': 'Ủy ban Hòa bình'}
    """
    found: dict[str, str] = {}
    for m in re.finditer(r"\(([A-ZĐ]{2,8})\)", text):
        acronym = m.group(1)
        words = text[: m.start()].split()[-len(acronym):]
        if len(words) == len(acronym) \
                and fold("".join(w[0] for w in words)).upper() == fold(acronym).upper():
            found.setdefault(acronym, " ".join(words))
    return found


def _spelled_out(label: str, defined: dict[str, str]) -> str:
    """``label`` with the acronyms the text defines written out."""
    return " ".join(defined.get(word, word) for word in label.split())


def _merged_into(merged: dict[str, str], key: str) -> str:
    """The entity ``key`` ends up in, following the merges made so far."""
    while key in merged:
        key = merged[key]
    return key


def drop_repeated_roles(ex: Extraction) -> None:
    """One holding per (person, title, organisation, qualifiers); a title written without its
    organisation (``Tổng Lãnh sự Tanaka Kenji``) repeats the holding that names one."""
    seen: dict[tuple, ProposedRole] = {}
    kept = []
    for role in ex.roles:
        key = (role.person, role.title, role.organization, tuple(role.qualifiers))
        if key in seen:
            seen[key].evidence.extend(role.evidence)
            continue
        seen[key] = role
        kept.append(role)
    ex.roles = [r for r in kept if r.organization is not None or not any(
        o.person == r.person and o.title == r.title and o.organization is not None
        for o in kept)]


def resolve_short_references(reader: Reader, ex: Extraction) -> None:
    """``ông Hoan`` -> the person whose name ends with Hoan (when there is exactly one)."""
    people = [e for e in ex.entities.values() if e.kind == "person"]
    toks = reader.toks
    for i, tok in enumerate(toks[:-1]):
        if tok.text.lower() not in ("ông", "bà") or not reader.joined(i):
            continue
        name = toks[i + 1].text
        if not name[0].isupper() or reader.person_name_at(i + 1) is not None:
            continue
        matches = [p for p in people if p.label.split()[-1] == name]
        if len(matches) == 1:
            alias = reader.span(i, i + 2).text
            alias = alias[0].lower() + alias[1:]
            person = matches[0]
            person.add_alias(alias)
            person.mentions.append(reader.span(i, i + 2))
    # full names repeated elsewhere (captions, answers) are mentions too
    for person in people:
        for m in re.finditer(re.escape(person.label), ex.text):
            if all(s.start != m.start() for s in person.mentions):
                person.mentions.append(Span(m.start(), m.end(), m.group()))
