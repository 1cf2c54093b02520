"""Rules for Vietnamese news text: people, titles, organisations, places, documents.

The text is cut into tokens (words with their character offsets; ``TP.HCM`` and
``Bà Rịa-Vũng Tàu``'s parts are single tokens). A *run* is a stretch of tokens
separated by single spaces only: punctuation ends it. On runs the rules read:

- ``[quyền|nguyên] TITLE [ORGANISATION | PLACE] NAME`` -> a person, a role, an organisation
  (``Phó Chủ tịch UBND TP.HCM Võ Văn Hoan``);
- ``ông|bà NAME`` -> a person; ``ông SURNAME-LESS-NAME`` (``ông Hoan``) -> a later short
  reference to the person whose given name it is;
- ``NAME (ảnh), TITLE ORGANISATION`` -> the role of the person named before;
- ``HEAD Name words [PLACE]`` with a head word (Bộ, Sở, Viện, UBND, Ban, Hội, Thành ủy,
  Quốc hội ...) -> an organisation; a name part is a capitalised word with its
  lower-case continuation (``Ngoại giao``, ``nhân dân``);
- places and international bodies from a list of general knowledge;
- ``Nghị quyết 57 và 59``, quoted titles of strategies, plans and programmes -> documents.

The reading of tokens, places, bodies' and people's names is in ``text_reader``; bylines and
photo credits in ``bylines``; the merging of one entity's names in ``entity_merging``.

>>> from diplokg.extraction.vietnamese_rules import find_people_and_roles
>>> ex = find_people_and_roles("Phó Chủ tịch UBND TP.HCM Võ Văn Hoan phát biểu. Ông Hoan nói.")
>>> sorted((e.kind, e.label) for e in ex.entities.values())
[('organization', 'UBND TP.HCM'), ('person', 'Võ Văn Hoan'), ('place', 'TP.HCM')]
>>> [(r.title, r.organization) for r in ex.roles]
[('Phó Chủ tịch', 'ubnd-tp-hcm')]
>>> ex.entities["vo-van-hoan"].aliases
['ông Hoan']
"""

from __future__ import annotations

import functools
import re

from diplokg.extraction.bylines import add_byline, credited_name
from diplokg.extraction.entity_merging import (
    drop_repeated_roles,
    merge_names_in_parentheses,
    merge_short_organization_names,
    resolve_short_references,
    without_inner_acronym,
)
from diplokg.extraction.lexicon import (
    COMPANY_NOUNS,
    CONTRIBUTOR_CREDITS,
    HONORIFICS,
    IMPLICIT_ORGANIZATION,
    KINDS_OF_SCHOOL_AFTER_TRUONG,
    KOREAN_SURNAMES,
    NAMED_AFTER_PEOPLE,
    NOT_OUTLET_CREDITS,
    ROYAL_TITLES,
    SINGLE_NAME_TITLES,
    SURNAMES,
    TWO_WORD_PLACE_STARTS,
)
from diplokg.extraction.model import (
    Extraction,
    ProposedRole,
    Span,
    add_entity,
)
from diplokg.extraction.text_reader import (
    APPOSITION_GAPS,
    CREDITS_BY_FIRST,
    DASHES,
    HEADS_BY_FIRST,
    HONORIFICS_BY_FIRST,
    KNOWN_ORGANIZATIONS_BY_FIRST,
    KNOWN_PEOPLE_BY_FIRST,
    Reader,
    name_label,
)


def _organization_label(reader: Reader, i: int, j: int) -> str:
    label = reader.span(i, j).text
    return label[0].upper() + label[1:] if label.startswith("báo ") else label


def find_people_and_roles(text: str, extraction: Extraction | None = None) -> Extraction:
    """People, their roles, organisations and places (see the module docstring)."""
    ex = extraction or Extraction(text=text)
    reader = Reader(text)
    _Reading(reader, ex).read()
    add_byline(reader, ex)
    resolve_short_references(reader, ex)
    merge_names_in_parentheses(ex)
    merge_short_organization_names(reader, ex)
    drop_repeated_roles(ex)
    return ex


class _Reading:
    """One pass over a text's tokens: at each token, the first rule that reads something
    there adds it and says where reading goes on."""

    def __init__(self, reader: Reader, ex: Extraction) -> None:
        self.reader = reader
        self.ex = ex
        self.text = reader.text
        self.toks = reader.toks
        self.add = functools.partial(add_entity, ex)  # merges mentions of the same key
        self.people_at: dict[int, str] = {}  # token index of a name -> person key
        self.role_ends: dict[int, str] = {}  # token index after an appositive title -> holder
        self.waiting: list[tuple] = []  # titles without a holder yet, chained before a named one
        self.single_names: list[int] = []  # one foreign word after an honorific or a title

    def read(self) -> None:
        steps = (self.read_locality, self.read_place, self.read_honorific,
                 self.read_known_person, self.read_credit, self.read_surnamed_name,
                 self.read_name_before_a_dashed_title, self.read_listed_name,
                 self.read_korean_name, self.read_listed_companies, self.read_named_site,
                 self.read_organization)
        i = 0
        while i < len(self.toks):
            title = self.reader.title_at(i)
            if title is not None:
                i = self.read_title(i, *title)
                continue
            for step in steps:
                after = step(i)
                if after is not None:
                    i = after
                    break
            else:
                i += 1
        self.add_single_names()

    def add_single_names(self) -> None:
        """``bà Damour``, ``Tổng Lãnh sự Watanabe``: one foreign word after an honorific or a
        diplomat's title names a person, unless it is a word of a name the text gives in
        full (``ông Park`` after ``Park Noh-wan``: a short reference)."""
        named = {w for e in self.ex.entities.values() if e.kind == "person"
                 for w in e.label.split()}
        for i in self.single_names:
            if self.toks[i].text not in named:
                self.add_person(i, i + 1)

    # -- what is added
    def add_person(self, i: int, end: int) -> str:
        span = self.reader.span(i, end)
        key = self.add("person", "Person", name_label(span.text), span).key
        self.people_at[i] = key
        return key

    def add_body(self, typ: str, start: int, end: int, label: str | None = None) -> str:
        """The body named by tokens start .. end-1 (``label``: another form of its name)."""
        span = self.reader.span(start, end)
        return self.add("organization", typ, label or span.text, span).key

    def add_role(self, holder: str, i: int, j: int, k: int, title_text: str,
                 qualifiers: list[str], org_key: str | None, evidence: Span) -> None:
        ex, reader, add = self.ex, self.reader, self.add
        name_start = max((m.start for m in ex.entities[holder].mentions
                          if evidence.start <= m.start and m.end <= evidence.end),
                         default=evidence.end)
        if org_key is not None and title_text in IMPLICIT_ORGANIZATION \
                and IMPLICIT_ORGANIZATION[title_text][1] != "PartyBody" \
                and ex.entities[org_key].type == "Country":
            label, typ = IMPLICIT_ORGANIZATION[title_text]  # Thủ tướng Singapore: a government
            add("organization", typ, label, reader.span(i, j))
        if org_key is None and title_text in IMPLICIT_ORGANIZATION and not (
                IMPLICIT_ORGANIZATION[title_text][1] == "PartyBody"
                and _names_a_foreign_country(self.text[evidence.start : name_start])):
            label, typ = IMPLICIT_ORGANIZATION[title_text]  # not Lào's Tổng Bí thư
            org_key = add("organization", typ, label, reader.span(i, j)).key
        ex.roles.append(ProposedRole(person=holder, title=title_text, organization=org_key,
                                     qualifiers=qualifiers, as_written=reader.span(i, k).text,
                                     evidence=[evidence]))

    def add_organization(self, i: int) -> tuple[int, str] | None:
        reader, add = self.reader, self.add
        found = reader.organization_at(i)
        if found is None:
            return None
        j, typ = found
        label = _organization_label(reader, i, j)
        if label.lower().startswith("báo ") and not (
                (place := reader.place_at(i + 1)) is not None and place[0] == j):
            label = label[4:]  # but Báo Đồng Nai: not the province
        written = label
        noun = next((n for n in ("công ty ", "tập đoàn ", "trường ", "tổ chức ",
                                 "hãng hàng không ", "Hãng hàng không ")
                     if label.startswith(n)), None)
        if noun is not None:  # a common noun: công ty Saigon, tập đoàn Mitani Sangyo
            label = label[len(noun):]  # Mechatronik; trường Senac: Senac, its alias
            if noun in ("công ty ", "tập đoàn "):
                written = label
            elif noun == "trường " and label.split()[0] in KINDS_OF_SCHOOL_AFTER_TRUONG:
                label = "Trường " + label  # trường THPT Nguyễn Văn Huyên: a school's name
        label = without_inner_acronym(label)  # Bộ Chỉ huy Bộ đội
        # Biên phòng (BĐBP) tỉnh Sơn La: the acronym inside is not part of the label
        if label.startswith("BCH "):  # BCH Trung ương Đảng: Ban Chấp hành, spelled out
            label = "Ban Chấp hành " + label[len("BCH "):]
        entity = add("organization", typ, label, reader.span(i, j))
        if written != label:
            entity.add_alias(written)
        for k in range(i + 1, j):  # Tổ công tác chung TPHCM – Ngân hàng Thế giới
            known = reader.phrase_at(KNOWN_ORGANIZATIONS_BY_FIRST, k)
            after_dash = reader.text[reader.toks[k - 1].end : reader.toks[k].start] in DASHES
            if known is not None and after_dash and k + len(known[0]) <= j:
                add("organization", known[2], known[1], reader.span(k, k + len(known[0])))
        k = i
        while k < (j if typ != "Newspaper" else i):
            place = reader.place_at(k)
            if place is not None:  # every place its name gives: Đại sứ quán Lào tại Việt Nam
                add("place", place[2], place[1], reader.span(k, place[0]))
                k = place[0]  # (Hạm đội Thái Bình Dương: not Bình Dương inside it)
            else:
                k += 1
        return j, entity.key

    def standing_committee(self, j: int) -> tuple[int, str] | None:
        """``Ban Thường vụ`` or ``BTV`` ending at token j, with the party committee after it
        (``Ban Thường vụ Tỉnh ủy``, ``BTV Thành ủy TP.HCM``) or alone: (end, key); None before
        another body (``Ban Thường vụ Hội hữu nghị``: that body is read)."""
        reader, toks = self.reader, self.toks
        start = j - 1 if toks[j - 1].text == "BTV" else j - 3
        end = j
        committee = reader.organization_at(j) if reader.joined(j - 1) else None
        if committee is not None and committee[1] == "PartyBody" \
                and any(u in reader.span(j, committee[0]).text.lower() for u in ("ủy", "uỷ")):
            end = committee[0]
        elif committee is not None:
            return None
        written = reader.span(start, end)
        label = "Ban Thường vụ" + (f" {reader.span(j, end).text}" if end > j else "")
        entity = self.add("organization", "PartyBody", label, written)
        if written.text != label:
            entity.add_alias(written.text)  # BTV Tỉnh ủy
        return end, entity.key

    # -- a title, what it is of, and who holds it
    def read_title(self, i: int, j: int, title_text: str, qualifiers: list[str]) -> int:
        """``[quyền|nguyên] TITLE [ORGANISATION | PLACE] NAME`` at i (the title ends at j):
        the person, the role, the organisation; where reading goes on."""
        reader, toks, text = self.reader, self.toks, self.text
        k, org_key = self.title_body(j, title_text)
        k, name_end, org_key = self.titled_name(j, k, title_text, org_key)
        chaired = _company_chaired_in_parentheses(reader, i, j, k, name_end, self.people_at)
        if chaired is not None:  # ông Alain Cany (Chủ tịch Jardine Matheson): the person
            holder = chaired  # is named before; the words after the title are the company
            org_key = self.add_body("Organization", k, name_end)
            start = self.ex.entities[holder].mentions[-1].start
            self.add_role(holder, i, j, name_end, title_text, qualifiers, org_key,
                          Span(start, toks[name_end - 1].end,
                               text[start : toks[name_end - 1].end]))
            return name_end
        holder = None
        named_after_comma = False
        also: list[tuple[str, Span]] = []  # more holders of the same title
        if name_end is not None:
            holder = self.add_person(k, name_end)
            evidence = reader.span(i, name_end)
            after = name_end
            second = _second_name(reader, name_end)
            if second is not None:  # các Phó Chủ tịch UBND TP A và B: the same title
                other = self.add_person(name_end + 1, second)
                also.append((other, reader.span(i, second)))
                after = second
        elif k > i and (later := _name_after_comma(reader, k)) is not None:
            k_name, end = later  # Giám đốc Sở Ngoại vụ thời kỳ đó, Nguyễn Thị Kim Hoa,
            named_after_comma = True
            holder = self.add_person(k_name, end)
            evidence = reader.span(i, end)
            after = end
        else:
            holder = _apposition_holder(reader, i, self.people_at) or _chained_holder(
                reader, i, self.role_ends)
            evidence = reader.span(i, k)
            after = k
            if holder is not None:
                start = self.ex.entities[holder].mentions[-1].start
                evidence = Span(start, evidence.end, text[start : evidence.end])
                self.role_ends[k] = holder
        if holder is not None and name_end is not None and i >= 2 and reader.joined(i - 1) \
                and reader.span(i - 2, i).text.lower() == "phu nhân":
            return max(after, i + 1)  # phu nhân Tổng thống Đức Elke Büdenbender: his wife
        if holder is None and k == j and title_text in SINGLE_NAME_TITLES \
                and reader.joined(j - 1) and _single_foreign_name(reader, j):
            self.single_names.append(j)  # Tổng Lãnh sự Watanabe
        if holder is None:
            # Ủy viên Trung ương Đảng, Chủ tịch UBND TP Hải Phòng Vũ Đức Hạnh: a title
            # chained before the one the name follows, held by the same person
            if after < len(toks) and text[toks[after - 1].end : toks[after].start] == ", " \
                    and reader.title_at(after) is not None:
                self.waiting.append((i, j, k, title_text, qualifiers, org_key))
            else:
                self.waiting.clear()
                if org_key is None and title_text in IMPLICIT_ORGANIZATION and i > 0 \
                        and toks[i - 1].text == "các" and reader.joined(i - 1) \
                        and not _names_a_foreign_country(reader.span(i, max(k, j)).text):
                    label, typ = IMPLICIT_ORGANIZATION[title_text]  # các Ủy viên Bộ Chính
                    self.add("organization", typ, label, reader.span(i, j))  # trị: A, ...:
                    # the body of the holders listed after it
        else:
            if name_end is not None or named_after_comma:
                for w_i, w_j, w_k, w_title, w_qualifiers, w_org in self.waiting:
                    self.add_role(holder, w_i, w_j, w_k, w_title, w_qualifiers, w_org,
                                  Span(toks[w_i].start, evidence.end,
                                       text[toks[w_i].start : evidence.end]))
            self.waiting.clear()
            self.add_role(holder, i, j, k, title_text, qualifiers, org_key, evidence)
            for other, other_evidence in also:
                self.add_role(other, i, j, k, title_text, qualifiers, org_key, other_evidence)
        return max(after, i + 1)

    def title_body(self, j: int, title_text: str) -> tuple[int, str | None]:
        """What the title ending at j is of: the organisation or place after it (or named
        in it), as (where it ends, its key); (j, None) when nothing is."""
        reader, toks, add = self.reader, self.toks, self.add
        org_key = None
        k = j
        if not reader.joined(j - 1):
            if title_text.endswith(("Ban Thường vụ", "BTV")):
                alone = self.standing_committee(j)  # Ủy viên Ban Thường vụ, Trưởng Ban ...
                org_key = alone[1] if alone else None
            return k, org_key
        org = None
        if title_text.endswith("Phái đoàn"):
            org = self.add_organization(j - 2)  # Trưởng Phái đoàn Việt Nam bên cạnh EU
        elif title_text.endswith(("Ban Thường vụ", "BTV")):
            org = self.standing_committee(j)  # Ủy viên Ban Thường vụ Tỉnh ủy
        elif title_text.endswith(("BCH Trung ương", "Ban Chấp hành Trung ương")):
            org = self.add_organization(j - (3 if title_text.endswith("BCH Trung ương")
                                             else 5))  # Ủy viên BCH
            # Trung ương | Đảng Cộng sản Trung Quốc: another party's committee
        elif title_text.endswith(" ban") and toks[j - 1].text == "Ban" \
                or title_text.lower().endswith(" đoàn") and (
                    toks[j - 1].text == "Đoàn" or toks[j].text in ("Đại", "đại", "ĐBQH")):
            org = self.add_organization(j - 1)  # Trưởng Ban Đối ngoại, Trưởng Đoàn đại biểu
            # Quốc hội tỉnh Lào Cai: the Ban, the Đoàn is named
        elif title_text.lower().endswith((" ban", " phòng", " khoa")) and j < len(toks) \
                and toks[j].capitalised and reader.title_at(j) is None \
                and reader.place_at(j) is None and not reader.person_inside(j) \
                and (not reader.head_at(j) or reader.words_at(j, ["Tổ", "chức"])):  # Trưởng
            # ban Tổ chức Tỉnh ủy: the party committee's organisation commission
            end = reader.organization_name_end(j - 1)  # Phó Trưởng phòng Tổng hợp Quy
            head = toks[j - 1].text.capitalize()  # hoạch: the Phòng is named
            label = f"{head} {reader.span(j, end).text}"
            org = end, add("organization", "Organization", label,
                           reader.span(j - 1, end)).key
        bare = _bare_head_reference(reader, self.ex, j) if org is None else None
        if bare is not None and reader.foreign_name_at(bare[0]) is not None:
            return bare  # Chủ nhiệm Ủy ban Buaphane Likaiza: the Ủy ban named before, then
            # a foreign name (which would otherwise be read as the Ủy ban's)
        org = org or self.add_organization(j)
        if org is not None:
            k, org_key = org
            there = _place_after_tai(reader, k)
            if there is not None:  # Đại sứ Liên minh châu Âu tại Việt Nam NAME
                add("place", there[2], there[1], reader.span(k + 1, there[0]))
                k = there[0]
        elif bare is not None:
            k, org_key = bare  # nguyên Chủ tịch Hội Trương Gia Bảo: the Hội named before
        else:
            local = reader.locality_at(j)
            place = local[1:] if local else reader.place_at(j)
            if place is not None:
                k = place[0]
                start = local[0] if local else j
                org_key = add("place", place[2], place[1], reader.span(start, k)).key
                there = _place_after_tai(reader, k) if place[2] == "Country" else None
                if there is not None:  # Đại sứ Hàn Quốc tại Việt Nam Choi Young-sam
                    add("place", there[2], there[1], reader.span(k + 1, there[0]))
                    k = there[0]
        return k, org_key

    def titled_name(self, j: int, k: int, title_text: str,
                    org_key: str | None) -> tuple[int, int | None, str | None]:
        """The name after a title (ending at j) and what it is of (ending at k): (where the
        name starts, where it ends or None, the organisation's key)."""
        reader, toks, add = self.reader, self.toks, self.add
        while k >= j and k + 1 < len(toks) and reader.joined(k - 1) and reader.joined(k) \
                and (toks[k].text in ("ông", "bà") or toks[k].text in HONORIFICS
                     and toks[k].text[0].isupper()):  # Chủ tịch Quốc hội Samdech NAME
            k += 1  # Phó Trưởng Ban Đối ngoại Trung ương ông Trịnh Quốc Bảo; Samdech Moha
        name_end = reader.person_name_at(k) if k > j and reader.joined(k - 1) else None
        if name_end is not None and name_end - k == 5:  # Phôm Ma Phăn Thạ Lăng Si: a Lao
            name_end = max(name_end, reader.person_name_at(k, honorific=True) or 0)  # name of
            # six syllables, read as far as it goes after a title
        if name_end is None and k > j and reader.joined(k - 1) and reader.person_inside(k):
            name_end = reader.person_name_at(k, honorific=True)  # ... tỉnh Đoàn Trung Kiên
        if name_end is None and k > j and (dashed := _name_between_dashes(reader, k)):
            k, name_end = dashed  # Thống đốc tỉnh Artemisa, Cuba - Ricardo Rodriguez -
        if name_end is None and k > j and (
                after_place := _parenthesised_place_end(reader, k)
                or _acronym_then_locality_end(reader, k)) is not None:
            k = after_place  # Phó Thị trưởng thành phố Sakai (Nhật Bản) Motoya Kazuhiro
            name_end = reader.person_name_at(k)
        if name_end is None and k == j and reader.joined(j - 1) \
                and (split := _place_then_foreign_name(reader, j)) is not None:
            k, name_end = split  # Thị trưởng Puerto Aysén Luis Martínez Gallardo
            org_key = add("place", "City", reader.span(j, k).text, reader.span(j, k)).key
        if name_end is None and k == j and reader.joined(j - 1):
            company = _company_before_name(reader, j)
            if company is not None:  # Tổng Giám đốc Sông Hàn Tech Trần Khánh Linh
                k = company
                org_key = add("organization", "Organization", reader.span(j, k).text,
                              reader.span(j, k)).key
                name_end = reader.person_name_at(k)
            else:
                name_end = reader.person_name_at(j, honorific=True)
            if name_end is None and title_text in ROYAL_TITLES:
                name_end = reader.person_name_at(j, min_words=1)  # Nhà vua Philippe
        if name_end is not None and title_text in ROYAL_TITLES and name_end < len(toks) \
                and reader.joined(name_end - 1) \
                and re.fullmatch(r"[IVX]+", toks[name_end].text):
            name_end += 1  # Nữ hoàng Elizabeth II: the regnal number is part of the name
        if name_end is None and reader.joined(max(k, j) - 1):
            ahead = _name_ending_the_run(reader, max(k, j))
            if ahead is not None:  # Chủ tịch nước Cộng hòa xã hội Chủ nghĩa Việt Nam
                k, name_end = ahead  # Lương Cường: a body or place the rules do not know
        return k, name_end, org_key

    # -- the other rules, in the order they are tried at a token
    def read_locality(self, i: int) -> int | None:
        local = self.reader.locality_at(i)
        if local is None:
            return None
        self.add("place", local[3], local[2], self.reader.span(local[0], local[1]))
        return local[1]

    def read_place(self, i: int) -> int | None:
        reader, toks = self.reader, self.toks
        place = reader.place_at(i)
        if place is None or i > 0 and reader.joined(i - 1) and toks[i - 1].text in ("báo", "Báo"):
            return None
        if place[1] == "Anh" and toks[i].text == "Anh" and reader.joined(i) \
                and (toks[i + 1].text in SURNAMES or toks[i + 1].text in KOREAN_SURNAMES) \
                and (end := reader.person_name_at(i + 1)) is not None and end - i - 1 >= 3 \
                and (i == 0 or "\n" in self.text[toks[i - 1].end : toks[i].start]
                     or self.text[toks[i - 1].end : toks[i].start].startswith(". ")):
            self.add_person(i + 1, end)  # Anh Nguyễn Anh Tuấn: "anh" (brother) at a
            return end  # sentence's start, not England
        self.add("place", place[2], place[1], reader.span(i, place[0]))
        listed = _listed_country_then_name(reader, i)
        if listed is not None:
            self.add_person(*listed)  # các Đại sứ: Nhật Bản Yamada Takio, ...
            return listed[1]
        return place[0]

    def read_honorific(self, i: int) -> int | None:
        """``ông|bà|đồng chí|TS. NAME``, ``các ông A và B``: the people named; a short
        reference (``bà Nga``) is skipped."""
        reader, toks, text = self.reader, self.toks, self.text
        word = toks[i].text
        honorific = reader.phrase_at(HONORIFICS_BY_FIRST, i)
        honorific = (len(honorific[0]), honorific[1]) if honorific is not None else None
        if honorific is None and (word.lower() in ("ông", "bà") or word in HONORIFICS):
            honorific = (1, False)
        # TS. Lê Thị Thanh Thủy: the abbreviation's full stop
        dotted = word in HONORIFICS and word not in ("ông", "bà") and i + 1 < len(toks) and text[
            toks[i].end : toks[i + 1].start] == ". "
        if honorific is None or not (dotted or reader.joined(i + honorific[0] - 1)) \
                or reader.title_at(i + honorific[0]) is not None:  # bà Tổng Lãnh sự: a title
            return None
        first = i + honorific[0]
        if first < len(toks) and toks[first].text in HONORIFICS \
                and toks[first].text not in ("ông", "bà"):
            return first  # đồng chí TS. Vi-lay-vông Bút-đa-khăm: the second one goes on
        end = reader.person_name_at(first, honorific=True)
        if end is None and first < len(toks) and reader.joined(first - 1):
            start = first + (toks[first].text == "người" and reader.joined(first))
            place = reader.place_at(start)  # kiều bào Úc A, doanh nhân người Mỹ B
            if place is not None and place[0] < len(toks) and reader.joined(place[0] - 1):
                end = reader.person_name_at(place[0], honorific=True)
                if end is not None:
                    self.add("place", place[2], place[1], reader.span(start, place[0]))
                    first = place[0]
        if end is not None:
            self.add_person(first, end)
            company = _company_in_parentheses(reader, end)
            if company is not None and not honorific[1]:  # ông Olivier Rousselet (BNP
                self.add_body("Organization", *company)  # Paribas): where the person works
                return company[1]
            while honorific[1]:  # các ông A và B, các bà A, B và C: every name
                if end + 1 < len(toks) and toks[end].text == "và" and reader.joined(
                        end - 1) and reader.joined(end):
                    nxt = end + 1
                elif end < len(toks) and text[toks[end - 1].end : toks[end].start] == ", ":
                    nxt = end
                else:
                    break
                more = reader.person_name_at(nxt, honorific=True)
                if more is None or reader.title_at(nxt) is not None:
                    break
                self.add_person(nxt, more)
                end = more
            return end
        if first < len(toks) and toks[first].text[0].isupper() and not (
                reader.joined(first) and toks[first + 1].capitalised) \
                and reader.title_at(first) is None \
                and reader.organization_at(first) is None:  # phóng viên TTXVN: the agency
            if _single_foreign_name(reader, first):
                self.single_names.append(first)  # bà Damour: perhaps a person of one name
            return first + 1  # bà Nga: a short reference, not the country
        return None

    def read_known_person(self, i: int) -> int | None:
        known = self.reader.phrase_at(KNOWN_PEOPLE_BY_FIRST, i)
        if known is None:
            return None
        span = self.reader.span(i, i + len(known[0]))  # Bác Hồ
        person = self.add("person", "Person", known[1], span)
        person.add_alias(span.text)
        return i + len(known[0])

    def read_credit(self, i: int) -> int | None:
        """``Ảnh: NAME``, ``Ảnh: VGP/NAME``, ``Nguồn tin: VOV5``: who made it."""
        reader, toks, text = self.reader, self.toks, self.text
        credit = reader.phrase_at(CREDITS_BY_FIRST, i)
        credit = len(credit[0]) if credit is not None else None
        if credit is None or i + credit >= len(toks):
            return None
        gap = text[toks[i + credit - 1].end : toks[i + credit].start]
        before = text[toks[i - 1].end : toks[i].start] if i > 0 else "\n"
        outlet_first = i + credit + 1 < len(toks) and toks[i + credit].text.isupper() and text[
            toks[i + credit].end : toks[i + credit + 1].start] in ("/", "/ ")  # VGP/ Nhật Bắc
        if gap not in (": ", " : ") and not (gap == " " and outlet_first) and not (
                gap == " " and toks[i].text == "Ảnh"
                and (before.strip() in (".", "-") or not before.strip() and "\n" in before
                     or before == " " and not toks[i - 1].capitalised)  # ... quốc tế Ảnh
                # Nhật Nam: a caption's credit with no colon, at the line's end
                and (named := reader.person_name_at(i + credit, credit=True)) is not None
                and (text[toks[named - 1].end :] + "\n")[0] in "/\n"):
            return None  # but Ảnh Thuỷ Loan/phuyen.gov.vn, ... Viêng Chăn. Ảnh Phan Tú: no
            # colon, the caption's end before it, an outlet or the line's end after it
        if outlet_first and toks[i + credit].text in NOT_OUTLET_CREDITS:
            site = i + credit + 1  # Ảnh: PV/VOV-Vientiane: a reporter of the outlet
            plus = "+" if text[toks[site].end : toks[site].end + 1] == "+" else ""  # Vietnam+
            self.add_body("Newspaper", site, site + 1, reader.span(site, site + 1).text + plus)
            return site + 1
        if outlet_first:  # Ảnh: VGP/Minh Anh: the outlet, then the name
            self.add_body("Newspaper", i + credit, i + credit + 1, toks[i + credit].text)
            credit += 1
        elif toks[i + credit].text in CONTRIBUTOR_CREDITS and reader.joined(i + credit):
            credit += 1  # Ảnh: CTV Quốc Việt: a contributor, named
        if reader.organization_at(i + credit) is not None:
            return i + credit  # Ảnh: Báo Đắk Lắk: a body, read as one next
        outlet = _outlet_in_credit(reader, i + credit)
        if outlet is not None:  # Ảnh: Baobinhdinh, Nguồn tin: VOV5
            self.add("organization", "Newspaper", toks[i + credit].text, outlet)
            return i + credit + 1
        end = reader.person_name_at(i + credit, credit=True)
        if end is None or not credited_name(reader, i + credit, end):
            return None
        span = reader.span(i + credit, end)
        self.add("person", "Person", name_label(span.text), span)
        while end < len(toks) and text[toks[end - 1].end : toks[end].start] == ", " \
                and (more := reader.person_name_at(end, credit=True)) is not None \
                and credited_name(reader, end, more):  # Tin, ảnh: Đức Thu, Lê Hùng
            span = reader.span(end, more)
            self.add("person", "Person", name_label(span.text), span)
            end = more
        if end < len(toks) and text[toks[end - 1].end : toks[end].start] == "/" \
                and (site := _outlet_in_credit(reader, end)) is not None \
                and "." in site.text:  # Ảnh: Thuỷ Loan/phuyen.gov.vn: the site it is from
            self.add("organization", "Newspaper", site.text, site)
            return end + 1
        return end

    def read_surnamed_name(self, i: int) -> int | None:
        """A Vietnamese full name with nothing before it, or a title after it."""
        reader, toks = self.reader, self.toks
        if toks[i].text not in SURNAMES or i > 0 and reader.joined(i - 1) \
                and toks[i - 1].capitalised:
            return None
        end = reader.person_name_at(i)
        titled = end is not None and end < len(toks) and self.text[
            toks[end - 1].end : toks[end].start] in (*APPOSITION_GAPS, " ") \
            and reader.title_at(end) is not None  # Lý Thanh Tùng, Phó Chủ tịch UBND
        if not titled and not _bare_vietnamese_name(reader, i, end):
            return None
        self.add_person(i, end)
        return end

    def read_name_before_a_dashed_title(self, i: int) -> int | None:
        dashed = _name_before_a_dashed_title(self.reader, i)
        if dashed is None:
            return None
        self.add_person(i, dashed)  # các ông, bà: Sean Lam - Chủ tịch Công ty X; Hao Chen - ...
        return dashed

    def read_listed_name(self, i: int) -> int | None:
        reader = self.reader
        listed = _listed_name_with_country(reader, i)
        if listed is None:
            return None
        end, after = listed  # các Đại sứ: Ricardo Canara (Liên bang Mexico), Dumitru Olaru
        self.add_person(i, end)
        for m in range(end, after):
            place = reader.place_at(m)
            if place is not None and place[0] <= after:
                self.add("place", place[2], place[1], reader.span(m, place[0]))
                break
        return after

    def read_korean_name(self, i: int) -> int | None:
        """``Ji Chang-wook``, ``Moon So-ri``: a Korean surname and a hyphenated given name,
        a name wherever it stands (in a list, after a description)."""
        toks = self.toks
        if toks[i].text not in KOREAN_SURNAMES or not self.reader.joined(i) \
                or i > 0 and self.reader.joined(i - 1) and toks[i - 1].capitalised \
                or not re.fullmatch(r"[A-Z][a-z]+-[a-z]+", toks[i + 1].text):
            return None
        self.add_person(i, i + 2)
        return i + 2

    def read_listed_companies(self, i: int) -> int | None:
        """``các tập đoàn công nghệ lớn như Samsung, Amkor, Intel``: the companies listed."""
        listed = _companies_listed_after_nhu(self.reader, i)
        if listed is None:
            return None
        for start, end in listed:
            self.add_body("Organization", start, end)
        return listed[-1][1]

    def read_named_site(self, i: int) -> int | None:
        """``trang koreaherald.com``, ``theo Hanoi.gov.vn``, ``cổng thông tin Russia.study``: a
        site named by its address (not a link's or an e-mail's part)."""
        tok = self.toks[i]
        if "." not in tok.text or not _SITE_ADDRESS.fullmatch(tok.text):
            return None  # (the cheap test first: this runs on every word)
        before, after = self.text[max(0, tok.start - 8) : tok.start], self.text[tok.end :]
        if re.search(r"(?:/|@|https?:)\S*$", before) and not re.search(r"\w/$", before) \
                or after[:1] in ("/", "@"):
            return None  # https://vtv.vn/..., ban@x.vn (but Ảnh: Phương Thuận/danang.gov.vn)
        self.add_body("Newspaper", i, i + 1, tok.text)
        return i + 1

    def read_organization(self, i: int) -> int | None:
        if _party_beside_the_state(self.reader, i):
            self.add_body("PartyBody", i, i + 1, "Đảng")
            return i + 1  # Đảng, Nhà nước và nhân dân: the party
        org = self.add_organization(i)
        if org is None:
            return None
        named = _name_after_a_body_after_a_title(self.reader, i, org[0])
        if named is not None:  # Trưởng phòng Kinh tế, Đại sứ quán Việt Nam tại Nga Lê Thị
            self.add_person(org[0], named)  # Huyền Minh: the body of the title before,
            return named  # then its holder
        return org[0]


# A site's address: a name, then domains ending with a known top-level one.
_SITE_ADDRESS = re.compile(
    r"[A-Za-z][A-Za-z0-9-]*(?:\.[A-Za-z0-9-]+)*\."
    r"(?i:vn|com|org|net|gov|edu|info|study|int|kr|jp|cn|la|kh|fr|de|ru|uk)")


def _party_beside_the_state(reader: Reader, i: int) -> bool:
    """``Đảng`` named with ``Nhà nước`` (``Đảng, Nhà nước và nhân dân``, ``hai Đảng, hai Nhà
    nước``): the party, a body of its own."""
    toks, text = reader.toks, reader.text
    if toks[i].text != "Đảng" or i + 2 >= len(toks) or i > 0 and reader.joined(i - 1) \
            and toks[i - 1].capitalised:
        return False  # (not Trung ương Đảng)
    gap = text[toks[i].end : toks[i + 1].start]
    nxt = i + 1
    if gap == " " and toks[nxt].text in ("và", "hai") or gap == ", " \
            and toks[nxt].text == "hai" and reader.joined(nxt):
        nxt += 1  # Đảng và Nhà nước, hai Đảng, hai Nhà nước
    return gap in (", ", " ") and reader.words_at(nxt, ["Nhà", "nước"])


def _name_after_a_body_after_a_title(reader: Reader, i: int, end: int) -> int | None:
    """``TITLE ..., BODY NAME``: a body read after a comma that follows a title's words, and
    a Vietnamese full name right after it that ends the run: the name's end, else None."""
    toks, text = reader.toks, reader.text
    if i == 0 or text[toks[i - 1].end : toks[i].start] != ", " or end >= len(toks) \
            or not reader.joined(end - 1) or toks[end].text not in SURNAMES \
            or not any(reader.title_at(m) is not None for m in range(max(0, i - 8), i - 1)):
        return None
    named = reader.person_name_at(end)
    if named is None or not 3 <= named - end <= 4 \
            or named < len(toks) and reader.joined(named - 1) and toks[named].capitalised:
        return None
    return named


def _single_foreign_name(reader: Reader, i: int) -> bool:
    """Is token i one foreign word (not an acronym, a place or a body) that ends its run
    (``Damour`` in ``bà Damour tái khẳng định``)?"""
    toks = reader.toks
    word = toks[i].text if i < len(toks) else ""
    return bool(word) and word[0].isupper() and not word.isupper() and "." not in word \
        and reader.foreign_or_acronym(i) and not reader.head_at(i) \
        and not (reader.joined(i) and toks[i + 1].text[0].isupper())


def _company_in_parentheses(reader: Reader, end: int) -> tuple[int, int] | None:
    """After a person's name ending at ``end``, ``(NAME)`` of one to five capitalised words,
    one of them foreign and none a title or a place first (``ông Gabor Fluit (De Heus)``,
    not ``(Nhật Bản)``, ``(ảnh)``): the company's (start, end), else None."""
    toks, text = reader.toks, reader.text
    if end >= len(toks) or text[toks[end - 1].end : toks[end].start] != " (" \
            or reader.place_at(end) is not None or reader.title_at(end) is not None \
            or toks[end].text in SURNAMES:
        return None
    close = end
    while close < len(toks) and close - end < 5 and toks[close].text[0].isupper() \
            and (close == end or reader.joined(close - 1)):
        close += 1
    if not text[toks[close - 1].end :].startswith(")") or close == end \
            or not any(reader.foreign_or_acronym(m) for m in range(end, close)):
        return None
    return end, close


def _company_chaired_in_parentheses(reader: Reader, i: int, j: int, k: int,
                                    name_end: int | None,
                                    people_at: dict[int, str]) -> str | None:
    """``ông Alain Cany (Chủ tịch Jardine Matheson)``: a title in parentheses after a
    person's name, then foreign words that close them (read as a name after the title,
    from k to ``name_end``): the person named before, else None."""
    toks, text = reader.toks, reader.text
    if name_end is None or k != j or i == 0 \
            or text[toks[i - 1].end : toks[i].start] != " (" \
            or not text[toks[name_end - 1].end :].startswith(")") \
            or not all(reader.foreign_or_acronym(m) for m in range(k, name_end)):
        return None
    return _apposition_holder(reader, i, people_at)


def _companies_listed_after_nhu(reader: Reader, i: int) -> list[tuple[int, int]] | None:
    """After ``như`` (such as) following a word for companies (``các tập đoàn lớn như``), a
    list of two or more names each of one to three foreign words or acronyms: their
    (start, end), else None."""
    toks, text = reader.toks, reader.text
    if toks[i].text != "như" or i == 0 or not reader.joined(i) or not reader.joined(i - 1):
        return None
    start = i
    while start > 0 and i - start < 6 and reader.joined(start - 1):
        start -= 1
    before = f" {reader.span(start, i).text.lower()} "
    if not any(f" {noun} " in before for noun in COMPANY_NOUNS):
        return None
    items: list[tuple[int, int]] = []
    m = i + 1
    while m < len(toks):
        end = m
        while end < len(toks) and end - m < 3 and (end == m or reader.joined(end - 1)) \
                and reader.foreign_or_acronym(end):
            end += 1
        if end == m or end < len(toks) and reader.joined(end - 1) \
                and toks[end].text[0].isupper():
            break  # not a foreign name, or a longer one the rules do not read
        items.append((m, end))
        gap = text[toks[end - 1].end : toks[end].start] if end < len(toks) else "."
        if gap == ", ":
            m = end
        elif gap == " " and toks[end].text == "và" and reader.joined(end):
            m = end + 1
        else:
            break
    return items if len(items) >= 2 else None


def _outlet_in_credit(reader: Reader, k: int) -> Span | None:
    """A news outlet named alone in a credit (``Ảnh: Baobinhdinh``, ``Nguồn tin: VOV5``):
    one word that ends the credit, an acronym or a site's name; its span, else None."""
    if k >= len(reader.toks):
        return None
    word = reader.toks[k].text
    rest = reader.text[reader.toks[k].end :]
    if rest and rest[0] not in "\n)|" and not rest.startswith(" |") \
            and not re.match(r"\.\s*(?:\n|$)", rest):  # Ảnh: TTH. at a caption's end
        return None
    site = word.startswith(("Bao", "Báo")) and word[3:].islower() and len(word) > 6 \
        or re.fullmatch(r"[a-z0-9-]+(?:\.[a-z]{2,4})+", word) is not None  # sggp.org.vn
    acronym = len(word) >= 3 and "." not in word and word not in NOT_OUTLET_CREDITS \
        and word[0].isupper() and sum(c.isupper() or c.isdigit() for c in word) >= 3  # not
    # a photographer's initials (BP, N.H)
    return reader.span(k, k + 1) if site or acronym else None


def _listed_name_with_country(reader: Reader, i: int) -> tuple[int, int] | None:
    """``các Đại sứ ...: Ricardo Canara (Liên bang Mexico), Dumitru Olaru (Rumani) và ...``: in
    a list opened by a colon after a title, a name with its country in parentheses. The end
    of the name and the token index after the parentheses, else None."""
    toks, text = reader.toks, reader.text
    if i == 0 or not (text[toks[i - 1].end : toks[i].start] in (": ", ", ", "), ")
                      or toks[i - 1].text == "và" and reader.joined(i - 1)):
        return None
    end = reader.person_name_at(i)
    if end is None or end >= len(toks) or text[toks[end - 1].end : toks[end].start] != " (" \
            or reader.title_at(i) is not None:
        return None
    if not toks[end].capitalised:
        return None
    close = end + 1
    while close < len(toks) and close - end < 4 and reader.joined(close - 1):
        close += 1
    if not text[toks[close - 1].end :].startswith(")"):
        return None
    return (end, close) if _in_a_list_after_a_title(reader, i) else None


def _in_a_list_after_a_title(reader: Reader, i: int) -> bool:
    """Is token i in a list opened by a colon after a title (``các Đại sứ: ...``), in the
    same sentence?"""
    toks, text = reader.toks, reader.text
    k = i
    while k > 0 and text[toks[k - 1].end : toks[k].start] != ": ":
        if "." in text[toks[k - 1].end : toks[k].start] or i - k > 40:
            return False
        k -= 1
    return k > 0 and any(reader.title_at(m) is not None for m in range(max(0, k - 10), k))


def _listed_country_then_name(reader: Reader, i: int) -> tuple[int, int] | None:
    """``các Đại sứ: Nhật Bản Yamada Takio, Singapore Jaya Ratman và Hàn Quốc Park Noh-wan``:
    in a list opened by a colon after a title, an item that is a country and then a name.
    The name's start and end, else None."""
    toks, text = reader.toks, reader.text
    place = reader.place_at(i)
    if i == 0 or place is None or place[2] != "Country" or not (
            text[toks[i - 1].end : toks[i].start] in (": ", ", ")
            or toks[i - 1].text == "và" and reader.joined(i - 1)):
        return None
    start = place[0]
    if start >= len(toks) or not reader.joined(start - 1) or reader.title_at(start) is not None:
        return None
    end = reader.person_name_at(start)
    if end is None or not _in_a_list_after_a_title(reader, i):
        return None
    return start, end


def _name_ending_the_run(reader: Reader, k: int) -> tuple[int, int] | None:
    """After a title, words the rules cannot read and then a name that ends the run, a
    Vietnamese one or any after a country: (the name's start, its end), else None."""
    toks = reader.toks
    if k < len(toks) and toks[k].text != "tại" and reader.ends_name(k):
        return None  # ... UBND tỉnh và đồng chí A: the sentence goes on
    p = k
    while p + 1 < min(k + 14, len(toks)):
        p += 1
        if reader.phrase_at(HONORIFICS_BY_FIRST, p) is not None:
            return None  # đồng chí A: the honorific introduces the name
        if toks[p].text == "tại" and reader.joined(p) and reader.place_at(p + 1) is not None:
            continue  # ... nước CHND Trung Hoa tại Việt Nam Tôn Quốc Tường
        if toks[p].text == "và" and reader.joined(p - 1) and reader.joined(p) \
                and not toks[p - 1].capitalised and toks[p + 1].capitalised:
            continue  # Bộ trưởng phụ trách Thương mại và Sản xuất Australia NAME
        if not reader.joined(p - 1) or reader.ends_name(p) or reader.title_at(p) is not None:
            return None
        place = reader.place_at(p)
        if place is not None:  # CH Bồ Đào Nha: not Đào, a surname, inside a place
            end = reader.person_name_at(place[0]) if (
                place[2] == "Country" or toks[p - 1].text == "tại") and reader.joined(
                place[0] - 1) else None  # Bộ trưởng Thương mại Hoa Kỳ Wilbur Ross, Trưởng
            # đoàn lãnh sự tại TPHCM Josefine Wallat
            if end is not None and end - place[0] >= 2 and (
                    end == len(toks) or not reader.joined(end - 1) or not toks[end].capitalised):
                return place[0], end
            p = place[0] - 1
            continue
        if toks[p].text not in SURNAMES or not toks[p - 1].capitalised:
            continue
        end = reader.person_name_at(p, honorific=True)
        if end is not None and end - p >= 2 and (
                end == len(toks) or not reader.joined(end - 1) or not toks[end].capitalised):
            return p, end
    return None


def _place_then_foreign_name(reader: Reader, j: int) -> tuple[int, int] | None:
    """Right after a title, a place of two words the rules do not know, its first word one
    that starts places (``Puerto``, ``San``), then a name of two or more words: (the name's
    start, its end), else None."""
    toks = reader.toks
    if j + 3 >= len(toks) or toks[j].text not in TWO_WORD_PLACE_STARTS or not reader.joined(j) \
            or not toks[j + 1].capitalised or not reader.joined(j + 1):
        return None
    end = reader.person_name_at(j + 2)
    return (j + 2, end) if end is not None and end - (j + 2) >= 2 else None


def _name_between_dashes(reader: Reader, k: int) -> tuple[int, int] | None:
    """``TITLE PLACE[, COUNTRY] - NAME -``: (the name's start, its end) when the name stands
    between dashes (or a dash and a comma or the sentence's end), else None."""
    toks, text = reader.toks, reader.text
    if k >= len(toks):
        return None
    gap = text[toks[k - 1].end : toks[k].start]
    if gap == ", " and (country := reader.place_at(k)) is not None and country[0] < len(toks):
        k = country[0]  # ..., Cuba - NAME
        gap = text[toks[k - 1].end : toks[k].start]
    if gap not in DASHES:
        return None
    end = reader.person_name_at(k)
    if end is None or reader.title_at(k) is not None:
        return None
    after = text[toks[end - 1].end : toks[end].start] if end < len(toks) else "."
    return (k, end) if after in DASHES or after.startswith((",", ".")) else None


def _parenthesised_place_end(reader: Reader, k: int) -> int | None:
    """``Sakai (Nhật Bản) Motoya``: the token after ``(PLACE)`` that follows token k-1, when
    a name comes right after it; else None."""
    toks = reader.toks
    if k >= len(toks) or reader.text[toks[k - 1].end : toks[k].start] != " (":
        return None
    place = reader.place_at(k)
    if place is None or place[0] >= len(toks) \
            or reader.text[toks[place[0] - 1].end : toks[place[0]].start] != ") ":
        return None
    return place[0] if reader.person_name_at(place[0]) is not None else None


def _acronym_then_locality_end(reader: Reader, k: int) -> int | None:
    """``Hội đồng Xúc tiến ... (CCPIT) tỉnh Giang Tô Doãn Kiến Khánh``: the token after a
    body's acronym in parentheses and the locality it is of (following token k-1), when a
    name comes right after them; else None."""
    end = reader.acronym_then_locality(k - 1)
    if end is None or not reader.joined(end - 1) or reader.person_name_at(end) is None:
        return None
    return end


def _name_before_a_dashed_title(reader: Reader, i: int) -> int | None:
    """A name that starts a list item or a line and is followed by `` - TITLE``
    (``: Sean Lam - Chủ tịch Công ty X; Hao Chen - Phó Chủ tịch ...``): its end, or None."""
    toks = reader.toks
    before = reader.text[toks[i - 1].end : toks[i].start] if i > 0 else "\n"
    after_and = i > 1 and toks[i - 1].text == "và" and reader.joined(i - 1)
    if not toks[i].capitalised or not after_and and before != "); " and (
            before.strip() not in ("", ":", ";", ",") or " " in before
            and before not in (": ", "; ", ", ")):
        return None
    end = reader.person_name_at(i)
    if end is None or end - i > 4 or end >= len(toks) or reader.title_at(i) is not None:
        return None
    gap = reader.text[toks[end - 1].end : toks[end].start]
    titled = reader.title_at(end) is not None or any(
        reader.words_at(end, words) for words in (["Nhà", "sáng", "lập"], ["Trợ", "lý"]))
    if gap == ", " and titled and (before in (": ", "; ", "); ") or after_and):
        return end  # các đồng chí: A, Bí thư ...; Bounkhong Lachiemphone, Ủy viên ...; và
        # Hùng Ba, Đại sứ ...: a list of people, each with a title after a comma
    return end if gap in (" - ", " – ", "-") and titled and not after_and else None  # also
    # a founder, an aide


def _bare_vietnamese_name(reader: Reader, i: int, end: int | None) -> bool:
    """A Vietnamese full name with nothing before it that says so (``Trần Minh Khoa cho
    biết``): a surname and two or three more single capitalised syllables, not the name of
    a street, school or other thing called after a person (``đường Nguyễn Thị Minh Khai``)."""
    if end is None or not 3 <= end - i <= 4:
        return False
    if i > 0 and reader.toks[i - 1].text[0].isdigit() and reader.joined(i - 1):
        return False  # 39 Phạm Văn Đồng: an address
    if any("-" in reader.toks[k].text or not reader.toks[k].text.istitle()
           or reader.place_at(k) is not None for k in range(i, end)):
        return False
    if end < len(reader.toks) and reader.joined(end - 1) and reader.toks[end].capitalised:
        return False  # a longer capitalised run: not read as a name here
    preceding = reader.text[: reader.toks[i].start].rstrip().lower()
    if preceding.endswith(("tp.", "tp", "thành phố", "tỉnh")):
        return False  # thành phố Hồ Chí Minh: the city
    before = i - 1
    while before >= 0 and reader.joined(before) and not reader.toks[before].capitalised \
            and i - before <= 2:
        if reader.span(before, i).text.lower() in NAMED_AFTER_PEOPLE:
            return False
        before -= 1
    return True


def _bare_head_reference(reader: Reader, ex: Extraction, j: int) -> tuple[int, str] | None:
    """A head word alone before a name (``Chủ tịch Hội Trương Gia Bảo``): the organisation
    with that head named last before it, and the index after the head."""
    first = reader.toks[j].text if j < len(reader.toks) else ""
    for words, _head, _typ in HEADS_BY_FIRST.get(first, ()):
        if not reader.words_at(j, words) or not reader.joined(j + len(words) - 1):
            continue
        end = j + len(words)
        if reader.person_name_at(end) is None:
            return None
        before = reader.toks[j].start
        named = [(m.start, e.key) for e in ex.entities.values() if e.kind == "organization"
                 for m in e.mentions if m.start < before
                 and reader.text[m.start:].startswith(" ".join(words) + " ")]
        return (end, max(named)[1]) if named else None
    return None


def _place_after_tai(reader: Reader, k: int) -> tuple[int, str, str] | None:
    """``... tại PLACE`` with ``tại`` at k, in the run of the words before: the place
    (end, label, type), else None (``Đại sứ Hàn Quốc tại Việt Nam``)."""
    if k + 1 < len(reader.toks) and reader.joined(k - 1) and reader.toks[k].text == "tại" \
            and reader.joined(k):
        return reader.place_at(k + 1)
    return None


def _names_a_foreign_country(text: str) -> bool:
    """Does ``text`` name a country other than Việt Nam (``... nước CHDCND Lào A``)?"""
    sub = Reader(text)
    return any((place := sub.place_at(k)) is not None and place[2] == "Country"
               and place[1] != "Việt Nam" for k in range(len(sub.toks)))


def _company_before_name(reader: Reader, j: int) -> int | None:
    """``TITLE Company Name Vietnamese-Name``: the index where the person's name starts
    after one to three capitalised words of a company's name, else None."""
    toks = reader.toks
    if toks[j].text.isupper() and len(toks[j].text) > 1 and "." not in toks[j].text \
            and reader.joined(j) and reader.place_at(j) is None:
        end = reader.person_name_at(j + 1)  # Tổng Thư ký ICC John Denton: a body's acronym
        if end is not None and not (end < len(toks) and reader.joined(end - 1)
                                    and toks[end].capitalised):
            return j + 1
    if toks[j].text in SURNAMES:
        return None  # Võ Văn Kiệt: a name from its first word
    for m in range(j + 1, min(j + 4, len(toks))):
        if not reader.joined(m - 1) or not toks[m - 1].capitalised or "." in toks[m - 1].text:
            return None
        if toks[m].text in SURNAMES and reader.place_at(j) is None:
            end = reader.person_name_at(m)
            if end is not None and 2 <= end - m <= 4 and not (
                    end < len(toks) and reader.joined(end - 1) and toks[end].capitalised):
                return m
    return None


def _second_name(reader: Reader, end: int) -> int | None:
    """After a title's name, `` và `` and a Vietnamese name that no title introduces: the
    end of that second name (``Phó Chủ tịch UBND TP A và B``), else None."""
    toks = reader.toks
    if end + 1 >= len(toks) or toks[end].text != "và" or not (
            reader.joined(end - 1) and reader.joined(end)):
        return None
    if toks[end + 1].text not in SURNAMES or reader.title_at(end + 1) is not None:
        return None
    second = reader.person_name_at(end + 1)
    if second is None or second < len(toks) and reader.joined(second - 1) and \
            reader.title_at(second) is not None:
        return None
    return second


def _name_after_comma(reader: Reader, k: int) -> tuple[int, int] | None:
    """``TITLE ORG [a few lower-case words], NAME,``: the name's (start, end), else None."""
    toks, m = reader.toks, k
    while m < len(toks) and m - k < 3 and reader.joined(m - 1) and toks[m].text[0].islower():
        m += 1
    if m >= len(toks) or reader.text[toks[m - 1].end : toks[m].start] != ", ":
        return None
    if toks[m].text in HONORIFICS and m + 1 < len(toks) and reader.joined(m):
        m += 1  # Chủ tịch Hội ..., GS-BS Dương Quang Trung,
    if toks[m].text not in SURNAMES:
        return None
    end = reader.person_name_at(m)
    if end is None:
        return None
    after = reader.text[toks[end - 1].end : toks[end].start] if end < len(toks) else "."
    return (m, end) if after == ", " or after.startswith(".") else None


def _chained_holder(reader: Reader, i: int, role_ends: dict[int, str]) -> str | None:
    """The holder of the title before: ``ông A, Ủy viên Bộ Chính trị, Bí thư Thành ủy``."""
    if i == 0 or i not in role_ends:
        return None
    gap = reader.text[reader.toks[i - 1].end : reader.toks[i].start]
    return role_ends[i] if gap == ", " else None


def _apposition_holder(reader: Reader, i: int, people_at: dict[int, str]) -> str | None:
    """The person named just before a title: ``ông Phạm Dứt Điểm (ảnh), Quyền Giám đốc``."""
    if i == 0:
        return None
    toks = reader.toks
    gap = reader.text[toks[i - 1].end : toks[i].start]
    k = i - 1
    if gap == "), ":  # NAME (ảnh), TITLE; NAME (Việt kiều Đức), TITLE
        opened = reader.text.rfind("(", max(0, toks[k].start - 40), toks[k].start)
        if opened < 1 or ")" in reader.text[opened : toks[k].start] \
                or reader.text[opened - 1] != " ":
            return None
        k = max((m for m in range(k) if toks[m].end <= opened - 1), default=-1)
        if k < 0 or toks[k].end != opened - 1:
            return None
    elif gap not in APPOSITION_GAPS and gap != " (":  # ông A (Phó Chủ tịch UBND TP.HCM)
        return None
    # walk back to the start of the name run
    start = k
    while start > 0 and reader.joined(start - 1) and reader.toks[start - 1].capitalised:
        start -= 1
    for s in range(start, k + 1):
        if s in people_at:
            return people_at[s]
    return None

