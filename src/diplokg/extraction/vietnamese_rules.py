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

import re
from dataclasses import dataclass

from diplokg.extraction.lexicon import (
    CAPITALISED_NAME_HEADS,
    CREDIT_WORDS,
    FUNCTION_PHRASES,
    FUNCTION_WORDS,
    GIVEN_NAMES_THAT_ARE_WORDS,
    HONORIFIC_PHRASES,
    HONORIFICS,
    IMPLICIT_ORGANIZATION,
    KNOWN_ORGANIZATIONS,
    KNOWN_PEOPLE,
    LOCALITY_WORDS,
    NAME_PARTICLES,
    NAMED_AFTER_PEOPLE,
    NOT_NAME_WORDS,
    NOT_ORGANIZATION_AFTER_HEAD,
    ORGANIZATION_HEADS,
    PLACES,
    PLURAL_HONORIFICS,
    ROLE_QUALIFIERS,
    SCHOOL_HEADS,
    SCHOOL_KINDS,
    STANDALONE_HEADS,
    SURNAMES,
    TITLES,
)
from diplokg.extraction.model import (
    Extraction,
    ProposedEntity,
    ProposedRole,
    Span,
    add_entity,
)

_NAME_DASH_AGENCY = re.compile(r"([A-ZĐ][^\W\d_A-ZĐ]+)-([A-ZĐ]{2,})")
_TOKEN = re.compile(r"\w(?:[\w.&'’]*\w)?(?:-\w+)*")


@dataclass(frozen=True)
class Token:
    text: str
    start: int
    end: int

    @property
    def capitalised(self) -> bool:
        return self.text[0].isupper() or self.text[0].isdigit() and self.text.isupper()


def tokenize(text: str) -> list[Token]:
    """Words with their offsets.

    >>> [t.text for t in tokenize("Sở Ngoại vụ TP.HCM, ông Điểm.")]
    ['Sở', 'Ngoại', 'vụ', 'TP.HCM', 'ông', 'Điểm']
    """
    tokens = []
    for m in _TOKEN.finditer(text):
        credit = _NAME_DASH_AGENCY.fullmatch(m.group())
        if credit is None:
            tokens.append(Token(m.group(), m.start(), m.end()))
        else:  # Xuân Khu-TTXVN: a name, then its agency
            tokens.append(Token(credit.group(1), m.start(), m.start() + len(credit.group(1))))
            tokens.append(Token(credit.group(2), m.end() - len(credit.group(2)), m.end()))
    return tokens


def _phrase_tokens(phrase: str) -> list[str]:
    return [t.text for t in tokenize(phrase)]


def _by_first_word(entries: list[tuple], fold: bool = False) -> dict[str, list[tuple]]:
    """Phrase entries ``(words, ...)`` (longest first) grouped by their first word, so a
    lookup at a token reads only the phrases that can start there; ``fold``: by its
    lower-case form (for phrases matched in any case)."""
    index: dict[str, list[tuple]] = {}
    for entry in entries:
        first = entry[0][0]
        index.setdefault(first.lower() if fold else first, []).append(entry)
    return index


_TITLE_WORDS = sorted(((_phrase_tokens(t), t) for t in TITLES), key=lambda x: -len(x[0]))
_HEAD_WORDS = sorted(
    ((_phrase_tokens(h), h, typ) for h, typ in ORGANIZATION_HEADS), key=lambda x: -len(x[0])
)
_KNOWN_ORG_WORDS = sorted(
    ((_phrase_tokens(o), o, typ) for o, typ in KNOWN_ORGANIZATIONS.items()),
    key=lambda x: -len(x[0]),
)
_LOCALITY_WORDS = [(_phrase_tokens(w), typ) for w, typ in LOCALITY_WORDS.items()]
_HONORIFIC_WORDS = sorted(((_phrase_tokens(h), h in PLURAL_HONORIFICS)
                           for h in (*HONORIFIC_PHRASES, *PLURAL_HONORIFICS)),
                          key=lambda x: -len(x[0]))
_KNOWN_PEOPLE = [(_phrase_tokens(form), name) for form, name in KNOWN_PEOPLE.items()]
_CREDIT_WORDS = sorted((_phrase_tokens(c) for c in CREDIT_WORDS), key=lambda x: -len(x))
_DASHES = (" - ", " – ")
_APPOSITION_GAPS = (", ", *_DASHES)
_PLACE_FORMS: list[tuple[list[str], str, str]] = sorted(
    (
        (_phrase_tokens(form), label, typ)
        for label, (typ, forms) in PLACES.items()
        for form in (label, *forms)
    ),
    key=lambda x: -len(x[0]),
)
_TITLES_BY_FIRST = _by_first_word(_TITLE_WORDS, fold=True)
_HEADS_BY_FIRST = _by_first_word(_HEAD_WORDS)
_KNOWN_ORGS_BY_FIRST = _by_first_word(_KNOWN_ORG_WORDS)
_PLACES_BY_FIRST = _by_first_word(_PLACE_FORMS)


_ROMAN_NUMERAL = re.compile(r"[IVX]{2,}")
_INITIALS_AND_NAME = re.compile(r"(?:[A-Z]\.)+[A-Z][a-z]+")


def _agency_run_on(word: str) -> bool:
    """``TTXViệt``: capitals, then lower case, as when a credit runs on into a name."""
    first_lower = next((k for k, c in enumerate(word) if c.islower()), None)
    return first_lower is not None and first_lower >= 2 and word[:first_lower].isupper()


_OLD_STYLE_TONES = {old: new for olds, news in (
    ("oà oá oả oã oạ", "òa óa ỏa õa ọa"), ("Oà Oá Oả Oã Oạ", "Òa Óa Ỏa Õa Ọa"),
    ("oè oé oẻ oẽ oẹ", "òe óe ỏe õe ọe"), ("uỳ uý uỷ uỹ uỵ", "ùy úy ủy ũy ụy"),
    ("Uỳ Uý Uỷ Uỹ Uỵ", "Ùy Úy Ủy Ũy Ụy"))
    for old, new in zip(olds.split(), news.split(), strict=True)}
_OLD_STYLE_TONE = re.compile(f"(?:{'|'.join(_OLD_STYLE_TONES)})(?![^\\W\\d_])")


def _new_style_tone_marks(text: str) -> str:
    """``hoà``, ``Uỷ`` -> ``hòa``, ``Ủy`` at a word's end (``đoàn`` stays): the spelling the
    lexicon uses, same length, so offsets into the text are unchanged.

    >>> _new_style_tone_marks("Uỷ ban hoà bình, đoàn Thuỵ Sĩ")
    'Ủy ban hòa bình, đoàn Thụy Sĩ'
    """
    return _OLD_STYLE_TONE.sub(lambda m: _OLD_STYLE_TONES[m.group()], text)


class _Reader:
    """The tokens of one text, with the rules that read them."""

    def __init__(self, text: str) -> None:
        self.text = text
        self.toks = tokenize(_new_style_tone_marks(text))  # Uỷ ban is Ủy ban
        self.local_places: list[tuple[list[str], str, str]] = []  # none while being found
        self.local_places = self._places_named_by_locality_words()

    def _places_named_by_locality_words(self) -> list[tuple[list[str], str, str]]:
        """Places the text itself introduces (``thành phố Daegu``, ``phủ Osaka``): known as
        places everywhere else in the text (``Thị trưởng Daegu Kwon Tae-ho``)."""
        found: dict[str, str] = {}
        for i in range(len(self.toks)):
            local = self.locality_at(i)
            if local is not None and local[2] not in PLACES and local[1] - local[0] <= 3:
                found.setdefault(local[2], local[3])
        for label in list(found):  # thành phố Naju (Hàn Quốc) ... thành phố Naju Kim Kwan Yong
            if any(label.startswith(other + " ") for other in found):
                del found[label]
        return sorted(((_phrase_tokens(label), label, typ) for label, typ in found.items()),
                      key=lambda x: -len(x[0]))

    # -- basic tests
    def joined(self, i: int) -> bool:
        """Is token i followed by token i+1 with a single space between (same run)?"""
        if i + 1 >= len(self.toks):
            return False
        gap = self.text[self.toks[i].end : self.toks[i + 1].start]
        return gap == " " or gap == ". " and self.toks[i].text == "TP"  # TP. Hồ Chí Minh

    def words_at(self, i: int, words: list[str], fold_first: bool = False,
                 fold_rest: bool = False) -> bool:
        """Are ``words`` at i, in one run? ``fold_first``: the first word in either case;
        ``fold_rest``: the others in any case (``Phó chủ tịch``, ``Phó Trưởng Ban``)."""
        if i + len(words) > len(self.toks):
            return False
        for k, word in enumerate(words):
            tok = self.toks[i + k].text
            if k == 0 and fold_first:
                if tok.lower() != word.lower() or tok[1:] != word[1:]:
                    return False
            elif tok != word and not (k > 0 and fold_rest and tok.lower() == word.lower()):
                return False
            if k < len(words) - 1 and not self.joined(i + k):
                return False
        return True

    def span(self, i: int, j: int) -> Span:
        """The text of tokens i .. j-1."""
        start, end = self.toks[i].start, self.toks[j - 1].end
        return Span(start, end, self.text[start:end])

    # -- places and organisations
    def place_at(self, i: int) -> tuple[int, str, str] | None:
        if i >= len(self.toks):
            return None
        for words, label, typ in (*_PLACES_BY_FIRST.get(self.toks[i].text, ()),
                                  *self.local_places):
            if self.words_at(i, words):
                return i + len(words), label, typ
        return None

    def organization_at(self, i: int) -> tuple[int, str] | None:
        """End token index and annotation type of an organisation's name at i."""
        first = self.toks[i].text if i < len(self.toks) else ""
        for words, _label, typ in _KNOWN_ORGS_BY_FIRST.get(first, ()):
            if self.words_at(i, words):
                j = i + len(words)
                place = self.place_at(j) if self.joined(j - 1) else None
                if place is not None and place[2] == "City":
                    return place[0], typ  # Ủy ban về người Việt Nam ở nước ngoài TP.HCM
                return j, typ
        for words, head, typ in _HEADS_BY_FIRST.get(first, ()):
            if not self.words_at(i, words, fold_rest=True):
                continue
            j = i + len(words)
            following = self.toks[j].text if j < len(self.toks) and self.joined(j - 1) else None
            if following in NOT_ORGANIZATION_AFTER_HEAD.get(head, set()):
                return None
            if head == "Quân khu" and following and following.isdigit():
                return j + 1, typ  # Quân khu 7
            if head == "Chính phủ" and i > 0 and self.joined(i - 1) \
                    and self.toks[i - 1].text.lower() == "phi":
                return None  # tổ chức phi chính phủ: non-governmental
            if head == "Ban" and following and "-" in following:
                return None  # Ban Ki-moon
            if self._title_at(j) is not None and self.joined(j - 1):
                return None
            if head in CAPITALISED_NAME_HEADS and not (
                    following and following[0].isupper() and self.place_at(j) is None) and not (
                    head in SCHOOL_HEADS and following in SCHOOL_KINDS):
                return None  # but Trường tiểu học Quang Vinh
            if head in ("Hạ viện", "Thượng viện"):  # Chủ tịch Hạ viện Greg Piper: a chamber
                place = self.place_at(j) if following and self.joined(j - 1) else None
                return (place[0] if place else j), typ  # takes a place, not the next name
            if head in ("báo", "Báo"):
                end = j
                while end < len(self.toks) and self.toks[end].capitalised:
                    end += 1
                    if not self.joined(end - 1):
                        break
            else:
                end = self._organization_name_end(self._lowercase_end(j) - 1,
                                                  school=head in SCHOOL_HEADS)
            if end == j:
                k = j  # Ban điều phối viện trợ nhân dân (PACCOM): lower case, then its acronym
                while k < len(self.toks) and k - j < 6 and self.joined(k - 1) \
                        and self.toks[k].text.islower() and not self.ends_name(k):
                    k += 1
                if k > j and re.match(r" \([A-Z]{2,10}\)", self.text[self.toks[k - 1].end :]):
                    return k, typ
            if end == j and head not in STANDALONE_HEADS:
                return None
            if end == j and self.joined(j - 1):
                bare = self._bare_locality_word_end(j) or self._locality_word_before_person(j)
                if bare is not None:
                    return bare, typ  # UBND tỉnh, Ủy ban nhân dân thành phố: the place unnamed
            return end, typ
        return None

    def _locality_word_end(self, j: int) -> int | None:
        """The end of a locality word (``tỉnh``, ``thành phố``) at j, or None."""
        return next((j + len(words) for words, _typ in _LOCALITY_WORDS
                     if self.words_at(j, words)), None)

    def _lowercase_words_then_place(self, m: int) -> int | None:
        """One to four lower-case words, then a place: the place's start, else None
        (``hợp tác Việt Nam`` after ``Hội Hữu nghị và``)."""
        start = m
        while m < len(self.toks) and m - start < 4 and self.toks[m].text.islower() \
                and not self.ends_name(m) and self.joined(m):
            m += 1
        if m == start or self.place_at(m) is None or not self.joined(m - 1):
            return None
        return m

    def _locality_word_before_person(self, j: int) -> int | None:
        """``thành phố`` in ``Ủy ban MTTQ Việt Nam thành phố Ngô Xuân Thắng``: a locality
        word that ends a body's name, a person's name right after it; its end, or None."""
        if j >= len(self.toks) or not self.joined(j - 1) or self.locality_at(j) is not None:
            return None
        end = self._locality_word_end(j)
        if end is None or not self.joined(end - 1) or not self._person_inside(end):
            return None
        return end

    def _bare_locality_word_end(self, j: int) -> int | None:
        """``tỉnh`` in ``UBND tỉnh có buổi tiếp``: a locality word with no name after it."""
        end = self._locality_word_end(j)
        if end is None or end < len(self.toks) and self.joined(end - 1) \
                and self.toks[end].capitalised:
            return None
        return end

    def ends_name(self, m: int) -> bool:
        """Does token m end a name: a function word, or a two-word verb (``phát biểu``)?"""
        word = self.toks[m].text
        if word == "ngoài" and m > 0 and self.toks[m - 1].text == "nước" and self.joined(m - 1):
            return False  # đầu tư nước ngoài: foreign, part of the name
        if word in FUNCTION_WORDS or word[0].isdigit():
            return True
        if m > 0 and self.joined(m - 1) and word == self.toks[m - 1].text.lower():
            return True  # Bộ Ngoại giao giao đầu mối: the verb after the name
        return self.joined(m) and f"{word} {self.toks[m + 1].text}" in FUNCTION_PHRASES

    def _lowercase_end(self, j: int) -> int:
        """Skip up to two lower-case words right after a head: ``Tổ công tác chung``."""
        k = j
        while k < len(self.toks) and k - j < 4 and self.joined(k - 1):
            word = self.toks[k].text
            if word[0].isupper() or self.place_at(k) is not None \
                    or self.ends_name(k) and not (k == j and word == "các") \
                    or self._locality_word_end(k) is not None and (
                        self.locality_at(k) is not None
                        or self._bare_locality_word_end(k) is not None):
                break  # ... hữu nghị thành phố Hồ Chí Minh: the place ends the name; Hiệp
            k += 1  # hội các doanh nghiệp: "các" right after the head belongs to it
        if k > j and k < len(self.toks) and self.joined(k - 1) and self.locality_at(k) is not None:
            return k  # Tòa án tối cao | bang New South Wales: the place goes on the name
        return k if k == j or (k < len(self.toks) and self.joined(k - 1)
                               and self.toks[k].capitalised and self._title_at(k) is None) else j

    def locality_at(self, i: int) -> tuple[int, int, str, str] | None:
        """``tỉnh Champasak``, ``TP Cần Thơ``: (name start, end, label, type) of the place."""
        if i > 0 and self.joined(i - 1) and self.toks[i - 1].text in ("các", "những", "hai"):
            return None  # các tỉnh Nam Lào: several, not one place
        whole = self.place_at(i)  # a known form with its locality word: TP HCM, TP Hà Nội
        if whole is not None and self.toks[i].text in ("TP", "tỉnh", "thành", "thủ"):
            return i, whole[0], whole[1], whole[2]
        for words, typ in _LOCALITY_WORDS:
            if not self.words_at(i, words) or not self.joined(i + len(words) - 1):
                continue
            if words == ["phủ"] and i > 0 and self.joined(i - 1) \
                    and self.toks[i - 1].text.lower() in ("chính", "thủ"):
                continue  # Chính phủ Cách mạng, thủ phủ: not a prefecture
            j = i + len(words)
            place = self.place_at(j)
            if place is not None:
                return j, place[0], place[1], place[2]
            if self._person_inside(j):
                return None  # UBND tỉnh Nguyễn Văn Lộc: a person after the locality word
            if words[0].lower() in ("quận", "phường") and j < len(self.toks) \
                    and self.toks[j].text.isdigit():
                return j, j + 1, self.span(j, j + 1).text, typ  # Quận 12
            end = j
            while (end < len(self.toks) and end - j < 3 and self.toks[end].text[0].isupper()
                   and "." not in self.toks[end].text and self.toks[end].text not in NOT_NAME_WORDS
                   and not self._head_at(end) and self._title_at(end) is None
                   and not (end > j and self._person_inside(end))):
                end += 1
                if not self.joined(end - 1):
                    break
            if end > j:
                return j, end, self.span(j, end).text, typ
        return None

    def _person_inside(self, i: int) -> bool:
        """A Vietnamese name (surname first) after an organisation's name."""
        if self.toks[i].text not in SURNAMES:
            return False
        end = self.person_name_at(i, min_words=2, honorific=True)  # UBND tỉnh Đoàn Trung Kiên
        return end is not None and (end - i >= 3 or self.toks[i].text not in NOT_NAME_WORDS)

    def _dash_continues(self, k: int) -> int | None:
        """``Việt - Nhật``, ``TPHCM – Ngân hàng Thế giới``: the end of the part after a dash."""
        if k + 1 >= len(self.toks):
            return None
        if self.text[self.toks[k].end : self.toks[k + 1].start] not in _DASHES:
            return None
        for words, _label, _typ in _KNOWN_ORG_WORDS:
            if self.words_at(k + 1, words):
                return k + 1 + len(words)
        if (self.toks[k].text in ("Việt", "Nam") or self.toks[k + 1].text == "Việt") \
                and self.toks[k + 1].text[0].isupper():  # Việt - Nhật, Hàn – Việt
            place = self.place_at(k + 1)
            return place[0] if place else k + 2
        after = self.place_at(k + 1)
        if after is not None and any(
                (before := self.place_at(s)) is not None and before[0] == k + 1
                for s in range(max(0, k - 3), k + 1)):
            return after[0]  # Câu lạc bộ Hữu nghị Đà Nẵng - Daegu
        if after is not None and after[2] == "City" and self.toks[k].capitalised \
                and not (after[0] < len(self.toks) and self.joined(after[0] - 1)):
            return after[0]  # Bệnh viện Chợ Rẫy - Phnom Penh
        nxt = k + 1  # Bộ Khoa học - Công nghệ, Ban Văn hóa - Xã hội: a field's second half
        if self.toks[k].text[0].islower() and self.toks[nxt].text.istitle() \
                and after is None and not self._head_at(nxt) and self._title_at(nxt) is None \
                and not self._person_inside(nxt) and self.joined(nxt) \
                and self.toks[nxt + 1].text.islower() and not self.ends_name(nxt + 1):
            return nxt + 2
        return None

    def _organization_name_end(self, last: int, school: bool = False) -> int:
        """Extend an organisation's name after its head word (token ``last``); a school's name
        may end with a person's (``Trường Cao đẳng Kỹ thuật Cao Thắng``)."""
        k = last
        while True:
            dash = self._dash_continues(k)
            if dash is not None:
                k = dash - 1
                continue
            if not self.joined(k):
                return k + 1
            nxt = k + 1
            place = self.locality_at(nxt)
            place = place[1:] if place else self.place_at(nxt)
            if place is not None:
                end = place[0]
                if place[2] == "Country" and self.joined(end - 1) and (
                        there := self.locality_at(end) or self.place_at(end)) is not None:
                    return there[1] if len(there) == 4 else there[0]  # Ủy ban MTTQ Việt
                    # Nam TP.HCM, Ủy ban MTTQ Việt Nam tỉnh Quảng Ninh
                if place[2] == "Country" and end + 1 < len(self.toks) and self.joined(end - 1) \
                        and self.toks[end].text == "tại" and self.joined(end):
                    there = self.locality_at(end + 1)  # ... Việt Nam tại tỉnh Osaka
                    there = there[1:] if there else self.place_at(end + 1)
                    if there is not None:  # Đại sứ quán Lào tại Việt Nam
                        return there[0]
                if self._dash_continues(end - 1) is not None:
                    k = end - 1
                    continue
                return self._locality_word_before_person(end) or end
            bare = self._locality_word_before_person(nxt)
            if bare is not None:
                return bare
            tok = self.toks[nxt]
            if tok.text.isupper() and len(tok.text) > 1 or "." in tok.text:
                if self._dash_continues(nxt) is not None:
                    k = nxt
                    continue
                place = self.place_at(nxt + 1) if self.joined(nxt) else None
                if place is not None and place[2] == "Country":
                    k = nxt  # Ủy ban MTTQ Việt Nam: an acronym, then the country
                    continue
                place = self.place_at(nxt + 1) if self.joined(nxt) else None
                if place is not None and self._head_at(nxt):
                    return place[0]  # Ban Văn hóa - Xã hội HĐND TPHCM
                if school and self.joined(nxt) and self._person_inside(nxt + 1):
                    k = nxt  # Trường THCS Nguyễn Bỉnh Khiêm: the eponym after the acronym
                    continue
                return nxt + 1  # an acronym: TPHCM, TP.HCM
            if (tok.text == "và" and self.joined(nxt) and self.toks[nxt + 1].text[0].isupper()
                    and self.place_at(nxt + 1) is None and not self._head_at(nxt + 1)
                    and self._title_at(nxt + 1) is None
                    and self.person_name_at(nxt + 1) is None):
                k = nxt  # Sở Tài nguyên và Môi trường
                continue
            after_and = self._lowercase_words_then_place(nxt + 1) if tok.text == "và" \
                and self.joined(nxt) and k > last else None  # not Chính phủ và nhân dân X
            if after_and is not None:
                k = after_and - 1  # Hội Hữu nghị và hợp tác Việt Nam - Pháp
                continue
            if tok.text == "của" and self.joined(nxt) and any(
                    self.words_at(nxt + 1, words) for words in (["Quốc", "hội"],
                                                                ["Chính", "phủ"])):
                k = nxt + 2  # Ủy ban Xã hội của Quốc hội
                continue
            if school and self._person_inside(nxt):
                named = self.person_name_at(nxt)
                if named - nxt <= 3 and not (named < len(self.toks) and self.joined(named - 1)
                                             and self.toks[named].capitalised):
                    return named
            if not tok.capitalised or self._person_inside(nxt) or self.words_at(
                    nxt, ["Chính", "phủ"]) or tok.text in HONORIFICS:
                return k + 1  # Bộ Nội vụ | Chính phủ Hoàng gia Campuchia: two bodies
            # a capitalised word and its lower-case continuation: "Ngoại giao", "nhân dân"
            m = nxt
            lowers = 0
            while self.joined(m) and lowers < 4:
                word = self.toks[m + 1].text
                if word[0].isupper() or self.ends_name(m + 1) or self.place_at(m + 1):
                    break  # Liên minh | châu Âu: a place written in lower case first
                m += 1
                lowers += 1
            k = m

    # -- people
    def _title_at(self, i: int) -> tuple[int, str, list[str]] | None:
        """``[quyền|nguyên] TITLE`` at i: end index, title, qualifiers."""
        qualifiers = []
        j = i
        if j < len(self.toks) and self.toks[j].text.lower() in ROLE_QUALIFIERS and self.joined(j):
            qualifiers.append(ROLE_QUALIFIERS[self.toks[j].text.lower()])
            j += 1
        first = self.toks[j].text.lower() if j < len(self.toks) else ""
        for words, title in _TITLES_BY_FIRST.get(first, ()):
            if self.words_at(j, words, fold_first=True, fold_rest=True):
                end = j + len(words)
                if end < len(self.toks) and self.joined(end - 1) \
                        and self.toks[end].text.lower() == "quán":
                    return None  # Đại sứ quán, Lãnh sự quán: an embassy, a consulate
                if title.endswith(" Đảng") and (self.words_at(end - 1, ["Đảng", "Cộng", "sản"])
                                                or self.words_at(end - 1, ["Đảng", "Nhân"])):
                    return end - 1, title[: -len(" Đảng")], qualifiers  # Ủy viên Trung ương
                    # Đảng Cộng sản Trung Quốc: another country's party, named after the title
                return end, title.replace("HĐQT", "Hội đồng quản trị"), qualifiers
        return None

    def person_name_at(self, i: int, min_words: int = 2, honorific: bool = False,
                       credit: bool = False) -> int | None:
        """End of a person's name starting at i (2 to 5 capitalised words), or None.

        After an honorific or a title (``bà Đoàn Thị Ngọc Lan``, ``Đại sứ Đoàn Xuân
        Hưng``) a surname that is also a common word (Đoàn, delegation) starts a name; in a
        photo credit (``Ảnh: Đức Khải``) any capitalised word does, a country's name too."""
        if i >= len(self.toks):
            return None
        first = self.toks[i].text
        if not first[0].isupper() or "." in first or (
                first in NOT_NAME_WORDS and not (honorific and first in SURNAMES or credit)):
            return None
        korean = i + 1 < len(self.toks) and self.joined(i) and "-" in self.toks[i + 1].text \
            and self.toks[i + 1].text[0].isupper()  # Ban Ki-moon: not the head word Ban
        if self.place_at(i) is not None and not credit or self._head_at(i) and not korean:
            return None
        j = i + 1
        while j - i < 5 and self.joined(j - 1):
            tok = self.toks[j].text
            if len(tok) == 1 and tok.isupper() and first not in SURNAMES and j + 1 < len(
                    self.toks) and self.text[self.toks[j].end : self.toks[j + 1].start] == ". " \
                    and self.toks[j + 1].text[0].isupper() and "." not in self.toks[j + 1].text:
                j += 2  # Marcos A. Bednarski: an initial
                continue
            if _INITIALS_AND_NAME.fullmatch(tok):
                j += 1  # Peter C.K.Chin
                continue
            if _ROMAN_NUMERAL.fullmatch(tok):
                break  # Khu công nghiệp Đồng An II
            if _agency_run_on(tok):
                break  # Augusto Morelli TTXViệt Nam: a photo credit run on
            if tok in NAME_PARTICLES and j + 1 < len(self.toks) and self.joined(j):
                k = j  # Katrin von der Heide: particles between capitalised names
                while k < len(self.toks) and self.toks[k].text in NAME_PARTICLES \
                        and self.joined(k):
                    k += 1
                if k < len(self.toks) and self.toks[k].text[0].isupper():
                    j = k + 1
                    continue
                break
            if not tok[0].isupper() or "." in tok or tok in NOT_NAME_WORDS and not (
                    tok in GIVEN_NAMES_THAT_ARE_WORDS and not self._head_at(j)
                    and self.locality_at(j) is None and self._title_at(j) is None):
                break  # Vương Thị Lan Anh, Nguyễn Thành Phong; not Thành ủy, Thành phố
            j += 1
        if j - i < min_words:
            return None
        return j

    def _head_at(self, i: int) -> bool:
        first = self.toks[i].text if i < len(self.toks) else ""
        return any(self.words_at(i, w, fold_rest=True) for w, h, _t in _HEADS_BY_FIRST.get(
            first, ()) if h not in ("báo", "Báo")) or any(
            self.words_at(i, w) for w, _o, _t in _KNOWN_ORGS_BY_FIRST.get(first, ()))


def _name_label(span_text: str) -> str:
    """``PHẠM DỨT ĐIỂM`` -> ``Phạm Dứt Điểm``; other names as written."""
    if span_text.isupper():
        return " ".join(w.capitalize() for w in span_text.split())
    return span_text


class _Collector:
    """Adds entities to an Extraction, merging mentions of the same key."""

    def __init__(self, extraction: Extraction) -> None:
        self.ex = extraction

    def add(self, kind: str, typ: str, label: str, span: Span) -> ProposedEntity:
        return add_entity(self.ex, kind, typ, label, span)


def _organization_label(reader: _Reader, i: int, j: int) -> str:
    label = reader.span(i, j).text
    return label[0].upper() + label[1:] if label.startswith("báo ") else label


def find_people_and_roles(text: str, extraction: Extraction | None = None) -> Extraction:
    """People, their roles, organisations and places (see the module docstring)."""
    ex = extraction or Extraction(text=text)
    reader = _Reader(text)
    add = _Collector(ex).add
    toks = reader.toks
    people_at: dict[int, str] = {}  # token index of a name -> person key
    role_ends: dict[int, str] = {}  # token index after an appositive title -> its holder
    waiting: list[tuple] = []  # titles without a holder yet, chained before a named one

    def add_role(holder: str, i: int, j: int, k: int, title_text: str,
                 qualifiers: list[str], org_key: str | None, evidence: Span) -> None:
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
                and _names_a_foreign_country(text[evidence.start : name_start])):
            label, typ = IMPLICIT_ORGANIZATION[title_text]  # not Lào's Tổng Bí thư
            org_key = add("organization", typ, label, reader.span(i, j)).key
        ex.roles.append(ProposedRole(person=holder, title=title_text, organization=org_key,
                                     qualifiers=qualifiers, as_written=reader.span(i, k).text,
                                     evidence=[evidence]))

    def add_organization(i: int) -> tuple[int, str] | None:
        found = reader.organization_at(i)
        if found is None:
            return None
        j, typ = found
        label = _organization_label(reader, i, j)
        if label.lower().startswith("báo "):
            label = label[4:]
        elif label.startswith(("công ty ", "tập đoàn ")):  # a common noun: công ty Saigon
            label = label.split(" ", 2)[2]  # Mechatronik, tập đoàn Mitani Sangyo
        entity = add("organization", typ, label, reader.span(i, j))
        for k in range(i + 1, j):  # Tổ công tác chung TPHCM – Ngân hàng Thế giới
            known = next(((w, o, t) for w, o, t in _KNOWN_ORG_WORDS if reader.words_at(k, w)),
                         None)
            after_dash = reader.text[reader.toks[k - 1].end : reader.toks[k].start] in _DASHES
            if known is not None and after_dash and k + len(known[0]) <= j:
                add("organization", known[2], known[1], reader.span(k, k + len(known[0])))
        for k in range(i, j if typ != "Newspaper" else i):
            place = reader.place_at(k)
            if place is not None:  # every place its name gives: Đại sứ quán Lào tại Việt Nam
                add("place", place[2], place[1], reader.span(k, place[0]))
        return j, entity.key

    i = 0
    while i < len(toks):
        title = reader._title_at(i)
        if title is not None:
            j, title_text, qualifiers = title
            org_key = None
            k = j
            if reader.joined(j - 1):
                org = None
                if title_text.endswith(" ban") and toks[j - 1].text == "Ban" \
                        or title_text.lower().endswith(" đoàn") and toks[j - 1].text == "Đoàn":
                    org = add_organization(j - 1)  # Trưởng Ban Đối ngoại, Trưởng Đoàn đại biểu
                    # Quốc hội tỉnh Lào Cai: the Ban, the Đoàn is named
                elif title_text.lower().endswith((" ban", " phòng")) and j < len(toks) \
                        and toks[j].capitalised and reader._title_at(j) is None \
                        and reader.place_at(j) is None and not reader._person_inside(j) \
                        and not reader._head_at(j):
                    end = reader._organization_name_end(j - 1)  # Phó Trưởng phòng Tổng hợp Quy
                    head = toks[j - 1].text.capitalize()  # hoạch: the Phòng is named
                    label = f"{head} {reader.span(j, end).text}"
                    org = end, add("organization", "Organization", label,
                                   reader.span(j - 1, end)).key
                org = org or add_organization(j)
                if org is not None:
                    k, org_key = org
                    there = reader.place_at(k + 1) if k + 1 < len(toks) and reader.joined(
                        k - 1) and toks[k].text == "tại" and reader.joined(k) else None
                    if there is not None:  # Đại sứ Liên minh châu Âu tại Việt Nam NAME
                        add("place", there[2], there[1], reader.span(k + 1, there[0]))
                        k = there[0]
                elif (bare := _bare_head_reference(reader, ex, j)) is not None:
                    k, org_key = bare  # nguyên Chủ tịch Hội Trương Gia Bảo: the Hội named before
                else:
                    local = reader.locality_at(j)
                    place = local[1:] if local else reader.place_at(j)
                    if place is not None:
                        k = place[0]
                        start = local[0] if local else j
                        org_key = add("place", place[2], place[1], reader.span(start, k)).key
                        there = (reader.place_at(k + 1) if place[2] == "Country"
                                 and k + 1 < len(toks) and reader.joined(k - 1)
                                 and toks[k].text == "tại" and reader.joined(k) else None)
                        if there is not None:  # Đại sứ Hàn Quốc tại Việt Nam Choi Young-sam
                            add("place", there[2], there[1], reader.span(k + 1, there[0]))
                            k = there[0]
            if k > j and k + 1 < len(toks) and reader.joined(k - 1) and reader.joined(k) \
                    and (toks[k].text in ("ông", "bà") or toks[k].text in HONORIFICS
                         and toks[k].text[0].isupper()):  # Chủ tịch Quốc hội Samdech NAME
                k += 1  # Phó Trưởng Ban Đối ngoại Trung ương ông Trịnh Quốc Bảo
            name_end = reader.person_name_at(k) if k > j and reader.joined(k - 1) else None
            if name_end is None and k > j and reader.joined(k - 1) and reader._person_inside(k):
                name_end = reader.person_name_at(k, honorific=True)  # ... tỉnh Đoàn Trung Kiên
            if name_end is None and k > j and (dashed := _name_between_dashes(reader, k)):
                k, name_end = dashed  # Thống đốc tỉnh Artemisa, Cuba - Ricardo Rodriguez -
            if name_end is None and k > j and (
                    after_place := _parenthesised_place_end(reader, k)) is not None:
                k = after_place  # Phó Thị trưởng thành phố Sakai (Nhật Bản) Motoya Kazuhiro
                name_end = reader.person_name_at(k)
            if name_end is None and k == j and reader.joined(j - 1):
                company = _company_before_name(reader, j)
                if company is not None:  # Tổng Giám đốc Sông Hàn Tech Trần Khánh Linh
                    k = company
                    org_key = add("organization", "Organization", reader.span(j, k).text,
                                  reader.span(j, k)).key
                    name_end = reader.person_name_at(k)
                else:
                    name_end = reader.person_name_at(j, honorific=True)
            if name_end is None and reader.joined(max(k, j) - 1):
                ahead = _name_ending_the_run(reader, max(k, j))
                if ahead is not None:  # Chủ tịch nước Cộng hòa xã hội Chủ nghĩa Việt Nam
                    k, name_end = ahead  # Lương Cường: a body or place the rules do not know
            holder = None
            named_after_comma = False
            also: list[tuple[str, Span]] = []  # more holders of the same title
            if name_end is not None:
                name_span = reader.span(k, name_end)
                holder = add("person", "Person", _name_label(name_span.text), name_span).key
                people_at[k] = holder
                evidence = reader.span(i, name_end)
                after = name_end
                second = _second_name(reader, name_end)
                if second is not None:  # các Phó Chủ tịch UBND TP A và B: the same title
                    second_span = reader.span(name_end + 1, second)
                    other = add("person", "Person", _name_label(second_span.text),
                                second_span).key
                    people_at[name_end + 1] = other
                    also.append((other, reader.span(i, second)))
                    after = second
            elif k > i and (later := _name_after_comma(reader, k)) is not None:
                k_name, end = later  # Giám đốc Sở Ngoại vụ thời kỳ đó, Nguyễn Thị Kim Hoa,
                named_after_comma = True
                name_span = reader.span(k_name, end)
                holder = add("person", "Person", _name_label(name_span.text), name_span).key
                people_at[k_name] = holder
                evidence = reader.span(i, end)
                after = end
            else:
                holder = _apposition_holder(reader, i, people_at) or _chained_holder(
                    reader, i, role_ends)
                evidence = reader.span(i, k)
                after = k
                if holder is not None:
                    start = ex.entities[holder].mentions[-1].start
                    evidence = Span(start, evidence.end, text[start : evidence.end])
                    role_ends[k] = holder
            if holder is not None and name_end is not None and i >= 2 and reader.joined(i - 1) \
                    and reader.span(i - 2, i).text.lower() == "phu nhân":
                i = max(after, i + 1)  # phu nhân Tổng thống Đức Elke Büdenbender: his wife
                continue
            if holder is None:
                # Ủy viên Trung ương Đảng, Chủ tịch UBND TP Hải Phòng Vũ Đức Hạnh: a title
                # chained before the one the name follows, held by the same person
                if after < len(toks) and text[toks[after - 1].end : toks[after].start] == ", " \
                        and reader._title_at(after) is not None:
                    waiting.append((i, j, k, title_text, qualifiers, org_key))
                else:
                    waiting.clear()
            else:
                if name_end is not None or named_after_comma:
                    for w_i, w_j, w_k, w_title, w_qualifiers, w_org in waiting:
                        add_role(holder, w_i, w_j, w_k, w_title, w_qualifiers, w_org,
                                 Span(toks[w_i].start, evidence.end,
                                      text[toks[w_i].start : evidence.end]))
                waiting.clear()
                add_role(holder, i, j, k, title_text, qualifiers, org_key, evidence)
                for other, other_evidence in also:
                    add_role(other, i, j, k, title_text, qualifiers, org_key, other_evidence)
            i = max(after, i + 1)
            continue
        word = toks[i].text
        local = reader.locality_at(i)
        if local is not None:
            add("place", local[3], local[2], reader.span(local[0], local[1]))
            i = local[1]
            continue
        place = reader.place_at(i)
        if place is not None and (i == 0 or not reader.joined(i - 1) or toks[i - 1].text not in
                                  ("báo", "Báo")):
            add("place", place[2], place[1], reader.span(i, place[0]))
            i = place[0]
            continue
        honorific = next(((len(w), plural) for w, plural in _HONORIFIC_WORDS
                          if reader.words_at(i, w)), None)
        if honorific is None and (word.lower() in ("ông", "bà") or word in HONORIFICS):
            honorific = (1, False)
        # TS. Lê Thị Thanh Thủy: the abbreviation's full stop
        dotted = word in HONORIFICS and word not in ("ông", "bà") and i + 1 < len(toks) and text[
            toks[i].end : toks[i + 1].start] == ". "
        if honorific is not None and (dotted or reader.joined(i + honorific[0] - 1)) \
                and reader._title_at(i + honorific[0]) is None:  # bà Tổng Lãnh sự: a title
            first = i + honorific[0]
            if first < len(toks) and toks[first].text in HONORIFICS \
                    and toks[first].text not in ("ông", "bà"):
                i = first  # đồng chí TS. Vi-lay-vông Bút-đa-khăm: the second one goes on
                continue
            end = reader.person_name_at(first, honorific=True)
            if end is None and first < len(toks) and reader.joined(first - 1):
                start = first + (toks[first].text == "người" and reader.joined(first))
                place = reader.place_at(start)  # kiều bào Úc A, doanh nhân người Mỹ B
                if place is not None and place[0] < len(toks) and reader.joined(place[0] - 1):
                    end = reader.person_name_at(place[0], honorific=True)
                    if end is not None:
                        add("place", place[2], place[1], reader.span(start, place[0]))
                        first = place[0]
            if end is not None:
                span = reader.span(first, end)
                people_at[first] = add("person", "Person", _name_label(span.text), span).key
                while honorific[1]:  # các ông A và B, các bà A, B và C: every name
                    if end + 1 < len(toks) and toks[end].text == "và" and reader.joined(
                            end - 1) and reader.joined(end):
                        nxt = end + 1
                    elif end < len(toks) and text[toks[end - 1].end : toks[end].start] == ", ":
                        nxt = end
                    else:
                        break
                    more = reader.person_name_at(nxt, honorific=True)
                    if more is None or reader._title_at(nxt) is not None:
                        break
                    span = reader.span(nxt, more)
                    people_at[nxt] = add("person", "Person", _name_label(span.text), span).key
                    end = more
                i = end
                continue
            if first < len(toks) and toks[first].text[0].isupper() and not (
                    reader.joined(first) and toks[first + 1].capitalised) \
                    and reader._title_at(first) is None:
                i = first + 1  # bà Nga: a short reference, not the country
                continue
        known = next(((w, name) for w, name in _KNOWN_PEOPLE if reader.words_at(i, w)), None)
        if known is not None:  # Bác Hồ
            span = reader.span(i, i + len(known[0]))
            person = add("person", "Person", known[1], span)
            if span.text not in person.aliases:
                person.aliases.append(span.text)
            i += len(known[0])
            continue
        credit = next((len(w) for w in _CREDIT_WORDS if reader.words_at(i, w)), None)
        if credit is not None and i + credit < len(toks) and text[
                toks[i + credit - 1].end : toks[i + credit].start] in (": ", " : "):
            credit += i + credit + 1 < len(toks) and toks[i + credit].text.isupper() and text[
                toks[i + credit].end : toks[i + credit + 1].start] == "/"  # Ảnh: VGP/Minh Anh
            end = reader.person_name_at(i + credit, credit=True)
            if end is not None and _credited_name(reader, i + credit, end):
                span = reader.span(i + credit, end)
                add("person", "Person", _name_label(span.text), span)
                i = end
                continue
        if word in SURNAMES and (i == 0 or not reader.joined(i - 1)
                                 or not toks[i - 1].capitalised):
            end = reader.person_name_at(i)
            titled = end is not None and end < len(toks) and text[
                toks[end - 1].end : toks[end].start] in (*_APPOSITION_GAPS, " ") \
                and reader._title_at(end) is not None  # Lý Thanh Tùng, Phó Chủ tịch UBND
            if titled or _bare_vietnamese_name(reader, i, end):
                span = reader.span(i, end)
                people_at[i] = add("person", "Person", _name_label(span.text), span).key
                i = end
                continue
        listed = _listed_name_with_country(reader, i)
        if listed is not None:  # các Đại sứ: Ricardo Canara (Liên bang Mexico), Dumitru Olaru
            end, after = listed
            span = reader.span(i, end)
            people_at[i] = add("person", "Person", _name_label(span.text), span).key
            for m in range(end, after):
                place = reader.place_at(m)
                if place is not None and place[0] <= after:
                    add("place", place[2], place[1], reader.span(m, place[0]))
                    break
            i = after
            continue
        org = add_organization(i)
        if org is not None:
            i = org[0]
            continue
        i += 1
    _add_byline(reader, ex)
    _resolve_short_references(reader, ex)
    _merge_names_in_parentheses(ex)
    _merge_short_organization_names(reader, ex)
    _drop_repeated_roles(ex)
    return ex


def _listed_name_with_country(reader: _Reader, i: int) -> tuple[int, int] | None:
    """``các Đại sứ ...: Ricardo Canara (Liên bang Mexico), Dumitru Olaru (Rumani) và ...``: in
    a list opened by a colon after a title, a name with its country in parentheses. The end
    of the name and the token index after the parentheses, else None."""
    toks, text = reader.toks, reader.text
    if i == 0 or not (text[toks[i - 1].end : toks[i].start] in (": ", ", ", "), ")
                      or toks[i - 1].text == "và" and reader.joined(i - 1)):
        return None
    end = reader.person_name_at(i)
    if end is None or end >= len(toks) or text[toks[end - 1].end : toks[end].start] != " (" \
            or reader._title_at(i) is not None:
        return None
    if not toks[end].capitalised:
        return None
    close = end + 1
    while close < len(toks) and close - end < 4 and reader.joined(close - 1):
        close += 1
    if not text[toks[close - 1].end :].startswith(")"):
        return None
    k = i
    while k > 0 and text[toks[k - 1].end : toks[k].start] != ": ":
        if "." in text[toks[k - 1].end : toks[k].start] or i - k > 40:
            return None
        k -= 1
    if k == 0 or not any(reader._title_at(m) is not None for m in range(max(0, k - 10), k)):
        return None
    return end, close


def _name_ending_the_run(reader: _Reader, k: int) -> tuple[int, int] | None:
    """After a title, words the rules cannot read and then a name that ends the run, a
    Vietnamese one or any after a country: (the name's start, its end), else None."""
    toks = reader.toks
    p = k
    while p + 1 < min(k + 9, len(toks)):
        p += 1
        if not reader.joined(p - 1) or reader.ends_name(p) or reader._title_at(p) is not None:
            return None
        place = reader.place_at(p)
        if place is not None:  # CH Bồ Đào Nha: not Đào, a surname, inside a place
            end = reader.person_name_at(place[0]) if place[2] == "Country" and reader.joined(
                place[0] - 1) else None  # Bộ trưởng Thương mại Hoa Kỳ Wilbur Ross
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


def _name_between_dashes(reader: _Reader, k: int) -> tuple[int, int] | None:
    """``TITLE PLACE[, COUNTRY] - NAME -``: (the name's start, its end) when the name stands
    between dashes (or a dash and a comma or the sentence's end), else None."""
    toks, text = reader.toks, reader.text
    if k >= len(toks):
        return None
    gap = text[toks[k - 1].end : toks[k].start]
    if gap == ", " and (country := reader.place_at(k)) is not None and country[0] < len(toks):
        k = country[0]  # ..., Cuba - NAME
        gap = text[toks[k - 1].end : toks[k].start]
    if gap not in _DASHES:
        return None
    end = reader.person_name_at(k)
    if end is None or reader._title_at(k) is not None:
        return None
    after = text[toks[end - 1].end : toks[end].start] if end < len(toks) else "."
    return (k, end) if after in _DASHES or after.startswith((",", ".")) else None


def _parenthesised_place_end(reader: _Reader, k: int) -> int | None:
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


def _merge_names_in_parentheses(ex: Extraction) -> None:
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


def _bare_vietnamese_name(reader: _Reader, i: int, end: int | None) -> bool:
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


def _bare_head_reference(reader: _Reader, ex: Extraction, j: int) -> tuple[int, str] | None:
    """A head word alone before a name (``Chủ tịch Hội Trương Gia Bảo``): the organisation
    with that head named last before it, and the index after the head."""
    for words, _head, _typ in _HEAD_WORDS:
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


def _is_city(text: str) -> bool:
    """Is ``text`` a city's name and nothing more (``TP.HCM``, ``thành phố Đà Nẵng``)?"""
    sub = _Reader(text)
    if not sub.toks:
        return False
    local = sub.locality_at(0)
    if local is not None:
        return local[1] == len(sub.toks) and local[3] == "City"
    place = sub.place_at(0)
    return place is not None and place[0] == len(sub.toks) and place[2] == "City"


def _is_locality_extension(reader: _Reader, rest: str) -> bool:
    """Is ``rest`` (what a longer name adds) a place: ``tỉnh Đồng Nai``, ``TP.HCM``?"""
    if rest.startswith(("tại ", "nước ")):  # Tổng lãnh sự quán Trung Quốc tại Đà Nẵng,
        rest = rest.split(" ", 1)[1]  # Chính phủ nước Cộng hòa xã hội chủ nghĩa Việt Nam
    toks = tokenize(rest)
    if not toks:
        return False
    sub = _Reader(rest)
    found = sub.locality_at(0) or sub.place_at(0)
    end = found[1] if found and len(found) == 4 else found[0] if found else 0
    return end == len(toks)


_PLACE_FORM = re.compile(
    "|".join(sorted((re.escape(form.casefold()) for label, (_typ, forms) in PLACES.items()
                     for form in (label, *forms)), key=len, reverse=True)))
_PLACE_LABEL = {form.casefold(): label.casefold() for label, (_typ, forms) in PLACES.items()
                for form in (label, *forms)}


def _canonical_organization_name(label: str) -> str:
    """One form for names written differently: case, dashes, places' forms, UBND.

    >>> _canonical_organization_name("Hội hữu nghị Việt Nam – Trung Quốc Thành phố Hồ Chí Minh")
    'hội hữu nghị việt nam - trung quốc tp.hcm'
    """
    form = re.sub(r"\s*[-–—]\s*", " - ", _abbreviated(label).casefold())
    return _PLACE_FORM.sub(lambda m: _PLACE_LABEL[m.group()], form)


_SPELLED_OUT_HEADS = re.compile(r"^(Ủy ban nhân dân|Hội đồng nhân dân)\b", re.IGNORECASE)


def _abbreviated(label: str) -> str:
    """``Ủy ban Nhân dân Tỉnh`` -> ``UBND Tỉnh``: one spelling of heads to compare names."""
    return _SPELLED_OUT_HEADS.sub(
        lambda m: "UBND" if m.group(1).lower().startswith("ủy") else "HĐND", label)


def _merge_short_organization_names(reader: _Reader, ex: Extraction) -> None:
    """``UBND tỉnh`` and ``Sở Ngoại vụ`` after ``UBND tỉnh Đồng Nai`` and ``Sở Ngoại vụ tỉnh
    Đồng Nai``: a name that is another's without its place is a short form of it (when
    exactly one name extends it); an acronym in parentheses after a name is its alias."""
    orgs = [e for e in ex.entities.values() if e.kind == "organization"]
    merged: dict[str, str] = {}
    for short in orgs:
        short_form = _abbreviated(short.label)
        longer = [e for e in orgs if e is not short
                  and (long_form := _abbreviated(e.label)).casefold().startswith(
                      short_form.casefold() + " ")
                  and _is_locality_extension(reader, long_form[len(short_form) + 1:])]
        if len(longer) != 1:
            continue
        merged[short.key] = longer[0].key
    by_form: dict[str, str] = {}
    for e in orgs:  # Hội hữu nghị Việt Nam – Trung Quốc Thành phố Hồ Chí Minh and Hội Hữu
        form = _canonical_organization_name(e.label)  # nghị Việt Nam - Trung Quốc TP.HCM
        if form in by_form:
            merged[e.key] = by_form[form]
        else:
            by_form[form] = e.key
    for short in orgs:  # HĐND Thành phố after HĐND TP.HCM: the one city the text names
        generic = re.match(r"(.+) (?:Thành phố|thành phố|TP)$", short.label)
        if generic is None or short.key in merged:
            continue
        prefix = _abbreviated(generic.group(1)).casefold() + " "
        cities = [e for e in orgs if e is not short
                  and _abbreviated(e.label).casefold().startswith(prefix)
                  and _is_city(_abbreviated(e.label)[len(prefix):])]
        if len(cities) == 1:
            merged[short.key] = cities[0].key
    starts = {m.start: o for o in orgs for m in o.mentions}
    for e in orgs:  # Hội nghị Hiệp thương Chính trị Nhân dân Trung Quốc (Chính hiệp Trung Quốc)
        for m in e.mentions:
            inner = starts.get(m.end + 2)
            if inner is not None and inner is not e and reader.text[m.end : m.end + 2] == " (" \
                    and inner.key not in merged and any(
                        reader.text[n.end : n.end + 1] == ")" for n in inner.mentions
                        if n.start == m.end + 2):
                merged[inner.key] = e.key
                e.aliases.append(inner.label)
    for e in orgs:  # Chương trình Phát triển Liên Hợp Quốc (UNDP)
        for m in e.mentions:
            acronym = re.match(r" \(([A-Z][A-Z0-9]{1,9})\)", reader.text[m.end:])
            if acronym and acronym.group(1) not in e.aliases:
                e.aliases.append(acronym.group(1))
    for e in orgs:
        if e.key in merged:
            continue
        head, _, last = e.label.rpartition(" ")  # Hiệp hội VKBIA: Hiệp hội ... (VKBIA)
        same = [o for o in orgs if o is not e and (e.label in o.aliases or head and last in
                                                   o.aliases and o.label.startswith(head))]
        if len(same) == 1:
            merged[e.key] = same[0].key
    for e in orgs:  # AmCham Việt Nam after Hiệp hội Thương mại Mỹ tại Việt Nam (AmCham)
        if e.key in merged:
            continue
        same = [o for o in orgs if o is not e and any(
            e.label.startswith(alias + " ")
            and _is_locality_extension(reader, e.label[len(alias) + 1:]) for alias in o.aliases)]
        if len(same) == 1:
            target = same[0].key
            while target in merged:
                target = merged[target]
            if target != e.key:  # never a cycle
                merged[e.key] = target
    for short_key, long_key in merged.items():
        while long_key in merged:
            long_key = merged[long_key]
        short = ex.entities.pop(short_key)
        target = ex.entities[long_key]
        target.mentions.extend(m for m in short.mentions
                               if all(m.start != t.start for t in target.mentions))
        for role in ex.roles:
            if role.organization == short_key:
                role.organization = long_key


def _drop_repeated_roles(ex: Extraction) -> None:
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


def _credited_name(reader: _Reader, i: int, end: int) -> bool:
    """Is the name after ``Ảnh:`` a credit: in capitals, or alone up to the line's end?"""
    if reader.span(i, end).text.isupper():
        return True
    rest = reader.text[reader.toks[end - 1].end :]
    return rest == "" or rest[0] in "\n),/-" or rest.startswith((*_DASHES, " cho "))


def _add_byline(reader: _Reader, ex: Extraction) -> None:
    """The author's name alone on the last line (``BẢO AN``, ``Hải Yến``) or on one of the
    first two (``Xuân Huy - Ảnh: Quốc Thắng``): a person."""
    text = reader.text.rstrip()
    lines = [m for m in re.finditer(r"[^\n]+", text)]
    for m in {*lines[:2], *lines[-1:]}:
        _add_byline_of_line(reader, ex, m.start(), m.end())


def _add_byline_of_line(reader: _Reader, ex: Extraction, start: int, stop: int) -> None:
    """The author's names if the line from ``start`` to ``stop`` holds nothing else."""
    text = reader.text
    line = re.sub(r"\s+\(?(?:thực hiện|ghi|ghi nhận)\)?$", "", text[start:stop].rstrip())
    names = re.split(r" [-–] |, ", line)  # MINH ANH - QUỐC BẢO: two authors
    while len(names) > 1 and any(names[-1].startswith(c + ":") for c in CREDIT_WORDS):
        names.pop()  # Xuân Huy - Ảnh: Quốc Thắng: the photographer is read as a credit
    while len(names) > 1 and names[0] in KNOWN_ORGANIZATIONS:
        start += len(names.pop(0)) + 3  # TTXVN - THỤY VŨ: the agency, then its reporter
    while len(names) > 1 and _is_organization_name(names[-1]):
        names.pop()  # Kim Liên - Sở Ngoại vụ: the reporter, then the office
    if not all(re.fullmatch(r"[^\W\d_]+(?: [^\W\d_]+){1,3}", name) for name in names):
        return
    found = []
    offset = start
    for name in names:
        offset = text.index(name, offset)
        first = next(k for k, t in enumerate(reader.toks) if t.start == offset)
        end = reader.person_name_at(first)
        if end is None or reader.toks[end - 1].end != offset + len(name) \
                or reader._title_at(first) is not None:
            return
        found.append(reader.span(first, end))
        offset += len(name)
    for span in found:
        add_entity(ex, "person", "Person", _name_label(span.text), span)


def _names_a_foreign_country(text: str) -> bool:
    """Does ``text`` name a country other than Việt Nam (``... nước CHDCND Lào A``)?"""
    sub = _Reader(text)
    return any((place := sub.place_at(k)) is not None and place[2] == "Country"
               and place[1] != "Việt Nam" for k in range(len(sub.toks)))


def _is_organization_name(text: str) -> bool:
    """Is ``text`` all one organisation's name (``Sở Ngoại vụ``)?"""
    sub = _Reader(text)
    found = sub.organization_at(0) if sub.toks else None
    return found is not None and found[0] == len(sub.toks)


def _company_before_name(reader: _Reader, j: int) -> int | None:
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


def _second_name(reader: _Reader, end: int) -> int | None:
    """After a title's name, `` và `` and a Vietnamese name that no title introduces: the
    end of that second name (``Phó Chủ tịch UBND TP A và B``), else None."""
    toks = reader.toks
    if end + 1 >= len(toks) or toks[end].text != "và" or not (
            reader.joined(end - 1) and reader.joined(end)):
        return None
    if toks[end + 1].text not in SURNAMES or reader._title_at(end + 1) is not None:
        return None
    second = reader.person_name_at(end + 1)
    if second is None or second < len(toks) and reader.joined(second - 1) and \
            reader._title_at(second) is not None:
        return None
    return second


def _name_after_comma(reader: _Reader, k: int) -> tuple[int, int] | None:
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


def _chained_holder(reader: _Reader, i: int, role_ends: dict[int, str]) -> str | None:
    """The holder of the title before: ``ông A, Ủy viên Bộ Chính trị, Bí thư Thành ủy``."""
    if i == 0 or i not in role_ends:
        return None
    gap = reader.text[reader.toks[i - 1].end : reader.toks[i].start]
    return role_ends[i] if gap == ", " else None


def _apposition_holder(reader: _Reader, i: int, people_at: dict[int, str]) -> str | None:
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
    elif gap not in _APPOSITION_GAPS and gap != " (":  # ông A (Phó Chủ tịch UBND TP.HCM)
        return None
    # walk back to the start of the name run
    start = k
    while start > 0 and reader.joined(start - 1) and reader.toks[start - 1].capitalised:
        start -= 1
    for s in range(start, k + 1):
        if s in people_at:
            return people_at[s]
    return None


def _resolve_short_references(reader: _Reader, ex: Extraction) -> None:
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
            if alias not in person.aliases:
                person.aliases.append(alias)
            person.mentions.append(reader.span(i, i + 2))
    # full names repeated elsewhere (captions, answers) are mentions too
    for person in people:
        if person.label in ex.text:
            for m in re.finditer(re.escape(person.label), ex.text):
                if all(s.start != m.start() for s in person.mentions):
                    person.mentions.append(Span(m.start(), m.end(), m.group()))
