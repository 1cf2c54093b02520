"""Reading Vietnamese news text: tokens with their offsets, and a reader that finds places,
organisations' names and people's names at a token (the rules of ``vietnamese_rules`` use it).

>>> reader = Reader("Phó Chủ tịch UBND TP.HCM Võ Văn Hoan phát biểu.")
>>> [t.text for t in reader.toks][:4]
['Phó', 'Chủ', 'tịch', 'UBND']
>>> reader.organization_at(3), reader.person_name_at(5)
((5, 'GovernmentBody'), 8)
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from diplokg.extraction.lexicon import (
    ABBREVIATED_HEADS,
    ACRONYMS_OF_HEADS,
    BARE_LOCALITY_WORDS,
    CAPITALISED_NAME_HEADS,
    COMMA_PAIRED_VERBS,
    COMPANY_FORMS,
    COMPANY_HEADS,
    COMPANY_SUFFIXES,
    COUNTRY_ONLY_HEADS,
    CREDIT_WORDS,
    FUNCTION_PHRASES,
    FUNCTION_WORDS,
    GIVEN_NAMES_THAT_ARE_WORDS,
    HONORIFIC_PHRASES,
    HONORIFICS,
    KINDS_OF_SCHOOL_AFTER_TRUONG,
    KNOWN_ORGANIZATIONS,
    KNOWN_PEOPLE,
    LOCAL_ONLY_HEADS,
    LOCALITY_NAMED_HEADS,
    LOCALITY_WORDS,
    LOCATED_HEADS,
    LOWER_CASE_HEADS,
    NAME_PARTICLES,
    NAME_WORDS_AFTER,
    NAMED_PLACE_ONLY_HEADS,
    NOT_GIVEN_NAME_COMPOUNDS,
    NOT_NAME_WORDS,
    NOT_ORGANIZATION_AFTER_HEAD,
    NOT_SCHOOL_BEFORE_TRUONG,
    NUMBERED_HEADS,
    ORGANIZATION_HEADS,
    PARTY_HEADS,
    PARTY_NAME_WORDS,
    PLACES,
    PLURAL_HONORIFICS,
    POST_NOMINALS,
    ROLE_QUALIFIERS,
    SCHOOL_HEADS,
    SCHOOL_KINDS,
    STANDALONE_HEADS,
    SUPREME_COURT_HEADS,
    SURNAMES,
    TITLES,
    TWO_WORD_PLACE_ENDS,
    TWO_WORD_PLACE_STARTS,
)
from diplokg.extraction.model import Span
from diplokg.slugs import fold

_VIETNAMESE_SYLLABLE = re.compile(
    r"(ngh|ng|nh|ch|gh|gi|kh|ph|th|tr|qu|[bcdghklmnpqrstvx])?[aeiouy]{1,3}(ch|ng|nh|[cmnpt])?")


def _not_vietnamese(word: str) -> bool:
    """Is some part of ``word`` (parts: between hyphens) not a Vietnamese syllable?

    >>> _not_vietnamese("Jeannette"), _not_vietnamese("Hoàng"), _not_vietnamese("Dong-yeon")
    (True, False, False)
    """
    return any(not _VIETNAMESE_SYLLABLE.fullmatch(part) for part in fold(word).lower().split("-"))


_NAME_DASH_AGENCY = re.compile(r"([A-ZĐ][^\W\d_A-ZĐ]+)-([A-ZĐ]{2,})")
_TOKEN = re.compile(r"\w(?:[\w.&'’]*\w)?(?:-\w+)*")
_RUN_ON_CREDIT = re.compile(r"(.*[^\W\d_A-ZĐ])(Ảnh|ẢNH)")  # Việt NamẢnh: Trần Minh


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
        run_on = _RUN_ON_CREDIT.fullmatch(m.group()) if text[m.end() : m.end() + 1] == ":" \
            else None
        if run_on is not None:  # a caption run into its credit: two words
            cut = m.start() + len(run_on.group(1))
            tokens.append(Token(run_on.group(1), m.start(), cut))
            tokens.append(Token(run_on.group(2), cut, m.end()))
            continue
        credit = _NAME_DASH_AGENCY.fullmatch(m.group())
        glued = _title_after_hyphen(m.group()) if credit is None else None
        if glued is not None:  # Brak Sovann-Chủ tịch: a name, then its title
            tokens.append(Token(m.group()[:glued], m.start(), m.start() + glued))
            tokens.append(Token(m.group()[glued + 1 :], m.start() + glued + 1, m.end()))
        elif credit is None:
            tokens.append(Token(m.group(), m.start(), m.end()))
        else:  # Xuân Khu-TTXVN: a name, then its agency
            tokens.append(Token(credit.group(1), m.start(), m.start() + len(credit.group(1))))
            tokens.append(Token(credit.group(2), m.end() - len(credit.group(2)), m.end()))
    return tokens


_TITLE_FIRST_WORDS = frozenset(t.split()[0] for t in TITLES if t[0].isupper())


def _title_after_hyphen(word: str) -> int | None:
    """``Sovann-Chủ``, ``Hà-Ủy``: where the hyphen before a title's first word is, or None."""
    cut = word.rfind("-")
    if cut <= 0 or word[cut + 1 :] not in _TITLE_FIRST_WORDS or not word[0].isupper():
        return None
    return cut


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


def _longest_first(entries) -> list[tuple]:
    return sorted(entries, key=lambda x: -len(x[0]))


_TITLES_BY_FIRST = _by_first_word(
    _longest_first((_phrase_tokens(t), t) for t in TITLES), fold=True)
HEADS_BY_FIRST = _by_first_word(
    _longest_first((_phrase_tokens(h), h, typ) for h, typ in ORGANIZATION_HEADS))
KNOWN_ORGANIZATIONS_BY_FIRST = _by_first_word(
    _longest_first((_phrase_tokens(o), o, typ) for o, typ in KNOWN_ORGANIZATIONS.items()))
HONORIFICS_BY_FIRST = _by_first_word(_longest_first(
    (_phrase_tokens(h), h in PLURAL_HONORIFICS) for h in (*HONORIFIC_PHRASES, *PLURAL_HONORIFICS)))
KNOWN_PEOPLE_BY_FIRST = _by_first_word(
    [(_phrase_tokens(form), name) for form, name in KNOWN_PEOPLE.items()])
CREDITS_BY_FIRST = _by_first_word(_longest_first((_phrase_tokens(c),) for c in CREDIT_WORDS))
_PLACES_BY_FIRST = _by_first_word(_longest_first(
    (_phrase_tokens(form), label, typ)
    for label, (typ, forms) in PLACES.items()
    for form in (label, *forms, *((f"TP.{label}",) if typ == "City" else ()))))  # TP.Hội An
_LOCALITY_WORDS_BY_FIRST = _by_first_word(
    [(_phrase_tokens(w), typ) for w, typ in LOCALITY_WORDS.items()])
_BARE_LOCALITY_WORDS_BY_FIRST = _by_first_word(
    _longest_first((_phrase_tokens(w),) for w in BARE_LOCALITY_WORDS))
_PARTY_NAME_TOKENS = [_phrase_tokens(w) for w in PARTY_NAME_WORDS]
DASHES = (" - ", " – ")
_CONTINENTS = ("Á", "Âu", "Phi", "Mỹ")  # as they are written in the names of departments and
# chambers for them: Ban Á - Phi, Phòng Thương mại Mỹ - Á
APPOSITION_GAPS = (", ", *DASHES, "-", "–")  # Brak Sovann-Chủ tịch: a title glued on


_ROMAN_NUMERAL = re.compile(r"[IVX]{2,}")
_INITIALS_AND_NAME = re.compile(r"(?:[A-ZĐ]\.)+[A-ZĐ][^\W\d_A-ZĐ]+|(?:[A-ZĐ]\.)+[A-ZĐ]{2,}")
# (Peter C.K.Chin; in a credit or a byline, B.Nguyên, Q.HOA)


def _has_vowel(word: str) -> bool:
    """Has ``word`` a vowel (``HỒNG``: yes; ``NVNTNN``, ``TPHCM``: no)?"""
    return any(c in "aeiouy" for c in fold(word).lower())


def _agency_run_on(word: str) -> bool:
    """``TTXViệt``: capitals, then lower case, as when a credit runs on into a name."""
    first_lower = next((k for k, c in enumerate(word) if c.islower()), None)
    return first_lower is not None and first_lower >= 2 and word[:first_lower].isupper()


_OLD_STYLE_TONES = {old: new for olds, news in (
    ("oà oá oả oã oạ", "òa óa ỏa õa ọa"), ("Oà Oá Oả Oã Oạ", "Òa Óa Ỏa Õa Ọa"),
    ("oè oé oẻ oẽ oẹ", "òe óe ỏe õe ọe"), ("uỳ uý uỷ uỹ uỵ", "ùy úy ủy ũy ụy"),
    ("Uỳ Uý Uỷ Uỹ Uỵ", "Ùy Úy Ủy Ũy Ụy"))
    for old, new in zip(olds.split(), news.split(), strict=True)}
_OLD_STYLE_TONE = re.compile(f"(?<![qQ])(?:{'|'.join(_OLD_STYLE_TONES)})(?![^\\W\\d_])")
# (after q, u belongs to the consonant: Quỹ, Quý keep their mark on y)


def _new_style_tone_marks(text: str) -> str:
    """``hoà``, ``Uỷ`` -> ``hòa``, ``Ủy`` at a word's end (``đoàn`` stays): the spelling the
    lexicon uses, same length, so offsets into the text are unchanged.

    >>> _new_style_tone_marks("Uỷ ban hoà bình, đoàn Thuỵ Sĩ, Quỹ")
    'Ủy ban hòa bình, đoàn Thụy Sĩ, Quỹ'

    Some pages write the Icelandic Ð (U+00D0) for Đ: ``Ðại sứ`` is ``Đại sứ``.
    """
    return _OLD_STYLE_TONE.sub(lambda m: _OLD_STYLE_TONES[m.group()], text).replace("Ð", "Đ")


class Reader:
    """The tokens of one text, with the rules that read them."""

    def __init__(self, text: str) -> None:
        self.text = text
        self.toks = tokenize(_new_style_tone_marks(text))  # Uỷ ban is Ủy ban
        self.local_places: dict[str, list[tuple[list[str], str, str]]] = {}  # none while
        # being found; then by first word, so a lookup reads only those that can start there
        self.local_places = _by_first_word(self._places_named_by_locality_words())

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
        return gap == " " or gap == ". " and self.toks[i].text in ("TP", "St")  # TP. Hồ Chí
        # Minh, St. Petersburg

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

    def phrase_at(self, index: dict[str, list[tuple]], i: int, fold_first: bool = False,
                  fold_rest: bool = False) -> tuple | None:
        """The first entry ``(words, ...)`` of a ``*_BY_FIRST`` index whose words are at i
        (see :meth:`words_at` for the folds; ``fold_first`` for an index by lower case)."""
        if i >= len(self.toks):
            return None
        first = self.toks[i].text
        for entry in index.get(first.lower() if fold_first else first, ()):
            if self.words_at(i, entry[0], fold_first=fold_first, fold_rest=fold_rest):
                return entry
        return None

    # -- places and organisations
    def place_at(self, i: int) -> tuple[int, str, str] | None:
        if i >= len(self.toks):
            return None
        first = self.toks[i].text
        for words, label, typ in (*_PLACES_BY_FIRST.get(first, ()),
                                  *self.local_places.get(first, ())):
            if self.words_at(i, words):
                if label == "Pháp" and self.words_at(i, [first, "ngữ"]):
                    return None  # Khối Pháp ngữ: French-speaking, not France
                return i + len(words), label, typ
        prefix = 2 if self.words_at(i, ["cộng", "hòa"], fold_first=True) \
            or self.words_at(i, ["vương", "quốc"], fold_first=True, fold_rest=True) else 0
        if prefix and i + prefix < len(self.toks) and self.joined(i + prefix - 1):
            country = self.place_at(i + prefix)  # cộng hòa Hungary: the country
            if country is not None and country[2] == "Country":
                return country  # Vương quốc Thái Lan: the country
        return None

    def named_place_at(self, i: int) -> tuple[int, str, str] | None:
        """A place at i with or without its locality word (``tỉnh Quảng Ninh``, ``TP.HCM``):
        (end, label, type), else None."""
        local = self.locality_at(i)
        return local[1:] if local else self.place_at(i)

    def organization_at(self, i: int) -> tuple[int, str] | None:
        """End token index and annotation type of an organisation's name at i."""
        known = self.phrase_at(KNOWN_ORGANIZATIONS_BY_FIRST, i, fold_rest=True)
        if known is not None:
            words, _label, typ = known
            j = i + len(words)
            place = self.named_place_at(j) if self.joined(j - 1) else None
            if place is not None and (place[2] in ("City", "Province") or place[2] == "Country"
                                      and typ == "InternationalOrganization"
                                      and words[0].isupper()):
                return place[0], typ  # Ủy ban về người Việt Nam ở nước ngoài TP.HCM, Hội Liên
                # lạc với người Việt Nam ở nước ngoài tỉnh Đồng Nai; JICA Việt Nam, UNDP Việt
                # Nam: an international body's office in the country
            return j, typ
        found = self.phrase_at(HEADS_BY_FIRST, i, fold_rest=True)
        if found is None:
            return None
        words, head, typ = found
        head = ABBREVIATED_HEADS.get(head, head)  # ĐSQ Ấn Độ: read as Đại sứ quán
        if head == "Ban tổ chức" and self.toks[i + 1].text == "Tổ":
            words, head, typ = ["Ban"], "Ban", "PartyBody"  # Ban Tổ chức Tỉnh ủy: the party's
            # organisation commission, read as any Ban
        j = i + len(words)
        following = self.toks[j].text if j < len(self.toks) and self.joined(j - 1) else None
        if following in NOT_ORGANIZATION_AFTER_HEAD.get(head, set()):
            return None
        before = self.toks[i - 1].text if i > 0 and self.joined(i - 1) else None
        if head == "trường" and following in KINDS_OF_SCHOOL_AFTER_TRUONG \
                and (before or "").lower() not in NOT_SCHOOL_BEFORE_TRUONG:
            head = "Trường"  # trường Đại học Asia, trường THPT Nguyễn Văn Huyên: a school
        elif head in LOWER_CASE_HEADS and not (
                (before is None or before in FUNCTION_WORDS and not (
                    head == "tổ chức" and before in ("đã", "sẽ", "đang", "được", "cùng")))
                and following and self.foreign_or_acronym(j)):
            return None  # trường Senac, but not thị trường Mỹ, đã tổ chức ASEAN Day
        if head == "Trung ương Đảng" and before in ("thư", "viên"):
            return None  # Bí thư Trung ương Đảng Cộng sản Ấn Độ: a title, then the party
        if head == "Trung tâm" and self.words_at(j, ["Hành", "chính"], fold_rest=True) \
                and not self.words_at(j + 2, ["công"]) \
                or head == "Trung tâm" and self.words_at(j, ["Hội", "nghị"], fold_rest=True):
            return None  # Trung tâm Hành chính tỉnh, Trung tâm Hội nghị tỉnh: buildings (but
            # Trung tâm Hành chính công)
        if head == "Ban" and self.words_at(j, ["chấp", "hành"], fold_first=True) \
                and not self.words_at(j + 2, ["Đảng"]) and self.joined(j - 1):
            return None  # Ban Chấp hành gồm 30 thành viên, Ban chấp hành Hội: an association's
            # executive, not a body of its own (but Ban Chấp hành Đảng bộ tỉnh)
        if head in SUPREME_COURT_HEADS and self.words_at(j, ["tối", "cao"]) and self.joined(j - 1):
            end = j + 2  # Viện kiểm sát nhân dân tối cao, VKSND tối cao Trung Quốc
            country = self.place_at(end) if self.joined(end - 1) else None
            return (country[0] if country and country[2] == "Country" else end), typ
        if head in NAMED_PLACE_ONLY_HEADS and not (
                following and (self.locality_at(j) is not None or (
                    (place := self.place_at(j)) is not None and place[2] != "Country"))):
            return None  # chính quyền TP Busan, but not chính quyền tỉnh (the text's own)
        if head in LOCAL_ONLY_HEADS and not (
                following and (self._locality_word_end(j) is not None or (
                    (place := self.place_at(j)) is not None and place[2] != "Country"))
                or self.acronym_then_locality(j - 1) is not None):
            return None  # đoàn đại biểu Quốc hội Việt Nam: a delegation, not the body (but
            # Bộ Chỉ huy Bộ đội Biên phòng (BĐBP) tỉnh Sơn La)
        if head in NUMBERED_HEADS and following and re.fullmatch(r"\d+[A-Z]?", following):
            return j + 1, typ  # Bệnh viện 115, Quân khu 7
        if head == "Chính phủ" and i > 0 and self.joined(i - 1) \
                and self.toks[i - 1].text.lower() == "phi":
            return None  # tổ chức phi chính phủ: non-governmental
        if head == "Ban" and following and "-" in following:
            return None  # Ban Ki-moon
        if self.title_at(j) is not None and self.joined(j - 1):
            return None
        if head == "Phái đoàn" and (country := self.place_at(j)) is not None \
                and country[2] == "Country" and self.joined(j - 1):
            end = country[0]  # Phái đoàn Việt Nam bên cạnh Liên minh châu Âu: a mission
            return (self._international_body_after(end) if self.joined(end - 1) else None) \
                or end, typ
        if head in LOCALITY_NAMED_HEADS and self.joined(j - 1):
            k = j  # Bệnh viện đa khoa tỉnh Quảng Trị, BVĐK tỉnh X, Bệnh viện hữu nghị đa khoa
            while k < len(self.toks) and k - j < 4 and self.joined(k - 1) \
                    and self.toks[k].text.islower() and self.locality_at(k) is None \
                    and not self.ends_name(k):  # Nghệ An: kinds in lower case, then the
                k += 1  # locality it is of
            there = self.named_place_at(k) if k < len(self.toks) and (
                k == j or self.joined(k - 1)) and k - j >= LOCALITY_NAMED_HEADS[head] else None
            if there is not None and there[2] != "Country":
                return there[0], typ
        if head in CAPITALISED_NAME_HEADS and not (
                following and following[0].isupper() and self.place_at(j) is None) and not (
                head in SCHOOL_HEADS and following in SCHOOL_KINDS) and not (
                (after := self._lowercase_end(j)) > j and (
                    self.foreign_or_acronym(after) or head == "Cơ quan" and (
                        country := self.place_at(after)) is not None
                    and country[2] == "Country")):  # Cơ quan tùy viên quân sự Việt Nam
            return None  # but Trường tiểu học Quang Vinh, Bệnh viện thực hành Clermont-Ferrand
        if head in ("Hạ viện", "Thượng viện"):  # Chủ tịch Hạ viện Greg Piper: a chamber
            place = self.place_at(j) if following and self.joined(j - 1) else None
            return (place[0] if place else j), typ  # takes a place, not the next name
        if head in PARTY_HEADS:
            return self._party_name_end(j), typ
        if head in ("báo", "Báo"):
            end = j
            while end < len(self.toks) and self.toks[end].capitalised and self.joined(end - 1):
                end += 1
                if not self.joined(end - 1):
                    break
        else:
            end = self.organization_name_end(self._lowercase_end(j) - 1,
                                             school=head in SCHOOL_HEADS,
                                             located=head in LOCATED_HEADS,
                                             company=head in COMPANY_HEADS)
            if head in NUMBERED_HEADS and end > j and end < len(self.toks) \
                    and self.joined(end - 1) and self.toks[end].text.isdigit():
                end += 1  # Bệnh viện Quân y 175
        if head in COUNTRY_ONLY_HEADS:
            return (end, typ) if self._ends_with_country(j, end) else None
        if end == j:
            k = j  # Ban điều phối viện trợ nhân dân (PACCOM): lower case, then its acronym
            while k < len(self.toks) and k - j < 6 and self.joined(k - 1) \
                    and self.toks[k].text.islower() and not self.ends_name(k):
                k += 1
            if k > j and re.match(r" \([A-Z]{2,10}\)", self.text[self.toks[k - 1].end :]):
                return k, typ
        if end == j and head not in STANDALONE_HEADS and head not in LOCAL_ONLY_HEADS:
            return None
        if end == j and self.joined(j - 1):
            bare = self._bare_locality_word_end(j) or self._locality_word_before_person(j)
            if bare is not None:
                return bare, typ  # UBND tỉnh, Ủy ban nhân dân thành phố: the place unnamed
        return end, typ

    def _party_name_end(self, j: int) -> int:
        """The end of a party's name whose first words end at j: more words of party names
        in either case, lower-case words, then the country (``Đảng Dân chủ Tự do Nhật Bản``,
        ``Đảng Sức mạnh quốc dân``), but never the name of the person after it."""
        end = j
        while end < len(self.toks) and end - j < 4 and self.joined(end - 1):
            words = next((w for w in _PARTY_NAME_TOKENS
                          if self.words_at(end, w, fold_first=True)), None)
            if words is not None:
                end += len(words)
            elif self.toks[end].text.islower() and not self.ends_name(end):
                end += 1
            else:
                break
        place = self.place_at(end) if end < len(self.toks) and self.joined(end - 1) else None
        return place[0] if place is not None and place[2] == "Country" else end

    def _ends_with_country(self, j: int, end: int) -> bool:
        """Does the name from token j to ``end`` end with a country (``Hải quân Liên bang
        Nga``, ``Quân đội Hoàng gia Campuchia``)?"""
        return any((place := self.place_at(k)) is not None and place[0] == end
                   and place[2] == "Country" for k in range(j, end))

    def foreign_or_acronym(self, j: int) -> bool:
        """Is token j an acronym (JICA) or a word that is not a Vietnamese syllable (Senac)?"""
        word = self.toks[j].text
        if len(word) >= 2 and word.isupper():
            return True
        return word[0].isupper() and self.place_at(j) is None and _not_vietnamese(word)

    def _locality_word_end(self, j: int) -> int | None:
        """The end of a locality word (``tỉnh``, ``thành phố``) at j, or None."""
        first = self.toks[j].text if j < len(self.toks) else ""
        return next((j + len(words) for words, _typ in _LOCALITY_WORDS_BY_FIRST.get(first, ())
                     if self.words_at(j, words)), None)

    def _lowercase_words_then_place(self, m: int) -> int | None:
        """One to four lower-case words, then a place: the place's start, else None
        (``hợp tác Việt Nam`` after ``Hội Hữu nghị và``)."""
        start = m
        while m < len(self.toks) and m - start < 4 and self.toks[m].text.islower() \
                and (not self.ends_name(m) or self.words_at(m - 1, ["nhà", "ở"])) \
                and self.joined(m):
            m += 1  # (nhà ở: housing, not "at")
        if m == start or self.place_at(m) is None or not self.joined(m - 1):
            return None
        return m

    def _locality_word_before_person(self, j: int) -> int | None:
        """``thành phố`` in ``Ủy ban MTTQ Việt Nam thành phố Ngô Xuân Thắng``: a locality
        word that ends a body's name, a person's name right after it; its end, or None."""
        if j >= len(self.toks) or not self.joined(j - 1) or self.locality_at(j) is not None:
            return None
        end = self._locality_word_end(j)
        if end is None or not self.joined(end - 1) or not self.person_inside(end):
            return None
        return end

    def _bare_locality_word_end(self, j: int) -> int | None:
        """``tỉnh`` in ``UBND tỉnh có buổi tiếp``, ``Thành phố`` in ``Ủy ban MTTQ Việt Nam
        Thành phố,``: a locality word with no name after it."""
        end = self._locality_word_end(j)
        if end is None and (bare := self.phrase_at(_BARE_LOCALITY_WORDS_BY_FIRST, j)):
            end = j + len(bare[0])
        if end is None or end < len(self.toks) and self.joined(end - 1) \
                and self.toks[end].capitalised:
            return None
        return end

    def ends_name(self, m: int) -> bool:
        """Does token m end a name: a function word, or a two-word verb (``phát biểu``)?"""
        word = self.toks[m].text
        if m > 0 and self.toks[m - 1].text in NAME_WORDS_AFTER.get(word, ()) \
                and self.joined(m - 1):
            return False  # đầu tư nước ngoài, Cục Hàng không: part of the name
        if word in FUNCTION_WORDS or word[0].isdigit():
            return True
        if m > 0 and self.joined(m - 1) and word == self.toks[m - 1].text.lower():
            return True  # Bộ Ngoại giao giao đầu mối: the verb after the name
        return self.joined(m) and f"{word} {self.toks[m + 1].text}" in FUNCTION_PHRASES

    def _lowercase_end(self, j: int) -> int:
        """Skip up to four lower-case words right after a head: ``Tổ công tác chung``."""
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
                               and self.toks[k].capitalised and self.title_at(k) is None) else j

    def locality_at(self, i: int) -> tuple[int, int, str, str] | None:
        """``tỉnh Champasak``, ``TP Cần Thơ``: (name start, end, label, type) of the place."""
        if i > 0 and self.joined(i - 1) and self.toks[i - 1].text in ("các", "những", "hai"):
            return None  # các tỉnh Nam Lào: several, not one place
        whole = self.place_at(i)  # a known form with its locality word: TP HCM, TP Hà Nội
        if whole is not None and self.toks[i].text in ("TP", "tỉnh", "thành", "thủ"):
            return i, whole[0], whole[1], whole[2]
        for words, typ in _LOCALITY_WORDS_BY_FIRST.get(self.toks[i].text, ()):
            if not self.words_at(i, words) or not self.joined(i + len(words) - 1):
                continue
            if words == ["phủ"] and i > 0 and self.joined(i - 1) \
                    and self.toks[i - 1].text.lower() in ("chính", "thủ"):
                continue  # Chính phủ Cách mạng, thủ phủ: not a prefecture
            j = i + len(words)
            place = self.place_at(j)
            if place is not None:
                return j, place[0], place[1], place[2]
            if self.person_inside(j):
                return None  # UBND tỉnh Nguyễn Văn Lộc: a person after the locality word
            if words[0].lower() in ("quận", "phường") and j < len(self.toks) \
                    and self.toks[j].text.isdigit():
                return j, j + 1, self.span(j, j + 1).text, typ  # Quận 12
            place_end = self._place_before_foreign_name(i, j)
            if place_end is not None:  # Thống đốc bang Queensland Jeannette Young
                return j, place_end, self.span(j, place_end).text, typ
            end = j
            while (end < len(self.toks) and end - j < 3 and self.toks[end].text[0].isupper()
                   and "." not in self.toks[end].text and self.toks[end].text not in NOT_NAME_WORDS
                   and not self.head_at(end) and self.title_at(end) is None
                   and not (end > j and self.person_inside(end))):
                end += 1
                if not self.joined(end - 1):
                    break
            if end > j:
                return j, end, self.span(j, end).text, typ
        return None

    def _place_before_foreign_name(self, i: int, j: int) -> int | None:
        """``Thống đốc bang Queensland Jeannette Young``, ``Thị trưởng thành phố Naju Kim Kwan
        Yong``: right after a title, a locality word (at i), a place the rules do not know (at
        j: one word, two in ``New Jersey``, ``Gyeongsang Bắc``) and a foreign name of two or
        more words, one of them not a Vietnamese syllable. The place's end, or None."""
        if i == 0 or not self.joined(i - 1) or not any(
                (title := self.title_at(s)) is not None and title[0] == i
                for s in range(max(0, i - 6), i)):
            return None
        end = j
        while end < len(self.toks) and end - j < 7:
            word = self.toks[end].text
            if not word[0].isupper() or "." in word or word in NOT_NAME_WORDS \
                    or self.head_at(end) or self.title_at(end) is not None:
                break
            end += 1
            if not self.joined(end - 1):
                break
        place_end = j + 1
        if self.toks[j].text in TWO_WORD_PLACE_STARTS or place_end < end \
                and self.toks[place_end].text in TWO_WORD_PLACE_ENDS:
            place_end += 1
        if end - place_end < 2 or not any(_not_vietnamese(self.toks[m].text)
                                          or "-" in self.toks[m].text  # Bun-chồm U-bồn-pạ-sợt:
                                          for m in range(place_end, end)):  # Lao, written in
            return None  # Vietnamese syllables joined by hyphens
        return place_end

    def person_inside(self, i: int) -> bool:
        """A Vietnamese name (surname first) after an organisation's name."""
        if self.toks[i].text not in SURNAMES:
            return False
        end = self.person_name_at(i, min_words=2, honorific=True)  # UBND tỉnh Đoàn Trung Kiên
        return end is not None and (end - i >= 3 or self.toks[i].text not in NOT_NAME_WORDS)

    def _dash_continues(self, k: int) -> int | None:
        """``Việt - Nhật``, ``TPHCM – Ngân hàng Thế giới``: the end of the part after a dash."""
        if k + 1 >= len(self.toks):
            return None
        if self.text[self.toks[k].end : self.toks[k + 1].start] not in (
                *DASHES, " -", " –", "- ", "– "):  # Việt -Séc, Việt- Hàn: a space misplaced
            return None
        known = self.phrase_at(KNOWN_ORGANIZATIONS_BY_FIRST, k + 1)
        if known is not None:
            return k + 1 + len(known[0])
        if self.text[self.toks[k].end : self.toks[k + 1].start] == "- " \
                and self.toks[k].capitalised and self.toks[k + 1].capitalised \
                and self.title_at(k + 1) is None and not self.head_at(k + 1):
            end = k + 1  # Khu kinh tế Chân Mây- Lăng Cô: a hyphen glued to the word before,
            while end < len(self.toks) and end - k <= 3 and self.toks[end].capitalised:
                end += 1  # one name's two halves
                if not self.joined(end - 1):
                    break
            return end
        if self.words_at(k + 1, ["Chi", "nhánh"]):
            return k + 3  # Liên đoàn Thương mại và Công nghiệp Việt Nam - Chi nhánh tại Nghệ An
        if self.words_at(k + 1, ["Cơ", "sở"]) and k + 3 < len(self.toks) \
                and self.joined(k + 2) and self.toks[k + 3].capitalised:
            return k + 4  # Bệnh viện Đại học Y Dược – Cơ sở Linh Đàm: a branch, by its place
        if self.toks[k].text in _CONTINENTS and self.toks[k + 1].text in _CONTINENTS:
            return k + 2  # Ban Á - Phi: a department for two continents
        if self.toks[k + 1].text in _CONTINENTS and any(
                (before := self.place_at(s)) is not None and before[0] == k + 1
                and before[2] == "Country" for s in range(max(0, k - 3), k + 1)):
            return k + 2  # Phòng Thương mại Mỹ - Á
        if (self.toks[k].text in ("Việt", "Nam") or self.toks[k + 1].text == "Việt") \
                and self.toks[k + 1].text[0].isupper() \
                and not self.head_at(k + 1):  # Việt - Nhật, Hàn – Việt; not Văn phòng phía
            # Nam - Liên hiệp ...: another body
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
                and after is None and not self.head_at(nxt) and self.title_at(nxt) is None \
                and not self.person_inside(nxt) and self.joined(nxt) \
                and self.toks[nxt + 1].text.islower() and not self.ends_name(nxt + 1):
            return nxt + 2
        return None

    def _international_body_after(self, m: int) -> int | None:
        """``tại`` or ``bên cạnh`` at m, then an international organisation the rules know
        (``Phái đoàn Việt Nam tại Liên minh châu Âu``): the organisation's end, or None."""
        step = 1 if self.words_at(m, ["tại"]) else 2 if self.words_at(m, ["bên", "cạnh"]) else 0
        if not step or not self.joined(m + step - 1):
            return None
        known = self.phrase_at(KNOWN_ORGANIZATIONS_BY_FIRST, m + step)
        if known is None or known[2] != "InternationalOrganization":
            return None
        return m + step + len(known[0])

    def acronym_then_locality(self, k: int) -> int | None:
        """``Bộ Chỉ huy Bộ đội Biên phòng (BĐBP) tỉnh Sơn La``: after token k, the name's
        acronym in parentheses and the province or city the body is of; the locality's end,
        else None."""
        if k + 2 >= len(self.toks) or self.text[self.toks[k].end : self.toks[k + 1].start] \
                != " (" or not self.toks[k + 1].text.isupper() \
                or self.text[self.toks[k + 1].end : self.toks[k + 2].start] != ") ":
            return None
        local = self.locality_at(k + 2)
        if local is not None:
            return local[1]
        return self._bare_locality_word_end(k + 2)  # Hội đồng Nhân dân (HĐND) tỉnh

    def _paired_verb_after_comma(self, k: int) -> int | None:
        """Where a name goes on to when token k and the word after its comma are a field
        written as two verbs (``Phòng, chống``, ``Khám, chữa``), with that field's lower-case
        words after them; None when they are not."""
        second = COMMA_PAIRED_VERBS.get(self.toks[k].text.lower())
        if second is None or k + 1 >= len(self.toks) \
                or self.text[self.toks[k].end : self.toks[k + 1].start] != ", " \
                or self.toks[k + 1].text.lower() != second:
            return None
        m = k + 1  # what they are against: one or two words (thiên tai, chữa bệnh)
        while m - k < 3 and self.joined(m) and self.toks[m + 1].text.islower() \
                and not self.ends_name(m + 1) and self.place_at(m + 1) is None:
            m += 1
        return m + 1

    def _fields_after_comma(self, k: int) -> int | None:
        """``, Thể thao và Du lịch`` after token k of a body's name (``Sở Văn hóa``): fields
        of one or two words, the last after ``và``, each first word in the same case. Their
        end, or None."""
        if k + 1 >= len(self.toks) or self.text[self.toks[k].end : self.toks[k + 1].start] != ", ":
            return None
        m = k + 1
        upper = self.toks[m].text[0].isupper()

        def field_end(m: int) -> int | None:
            end = m
            while end < len(self.toks) and end - m < 2 and (
                    end > m or self.toks[end].text[0].isupper() == upper) \
                    and self.toks[end].text != "và" and not self.ends_name(end) \
                    and not self.head_at(end) and self.title_at(end) is None \
                    and self.place_at(end) is None and not self.person_inside(end):
                end += 1
                if not self.joined(end - 1):
                    break
            return end if end > m else None

        first = field_end(m)
        if first is None or not self.words_at(first, ["và"]) or not self.joined(first - 1) \
                or not self.joined(first):
            return None
        return field_end(first + 1)

    def _country_ending_a_run(self, m: int) -> int | None:
        """Up to three capitalised words from m, then a country's name ending the run
        (``Partner Việt Nam``): the country's end, else None."""
        for n in range(m, min(m + 4, len(self.toks))):
            if not self.toks[n].capitalised or self.person_inside(n) or self.head_at(n) \
                    or self.title_at(n) is not None:
                return None
            place = self.place_at(n)
            if place is not None and place[2] == "Country" and n > m and (
                    place[0] == len(self.toks) or not self.joined(place[0] - 1)
                    or not self.toks[place[0]].capitalised):
                return place[0]
            if not self.joined(n):
                return None
        return None

    def organization_name_end(self, last: int, school: bool = False,
                              located: bool = False, company: bool = False) -> int:
        """Extend an organisation's name after its head word (token ``last``); a school's name
        may end with a person's (``Trường Cao đẳng Kỹ thuật Cao Thắng``); ``located``: a
        mission's or an office's, the place it is in goes on its name (``Viện Giao lưu văn hóa
        Châu Á Hàn Quốc tại TP. Hồ Chí Minh``)."""
        end = self._organization_name_end(last, school, company)
        if located and end + 1 < len(self.toks) and self.joined(end - 1) \
                and self.toks[end].text in ("tại", "ở") and self.joined(end):
            there = self.named_place_at(end + 1)
            if there is not None:
                return there[0]
        return end

    def _organization_name_end(self, last: int, school: bool, company: bool) -> int:
        k = last
        while True:
            dash = self._dash_continues(k)
            if dash is not None:
                k = dash - 1
                continue
            if not self.joined(k):
                paired = self._paired_verb_after_comma(k)
                if paired is not None:
                    k = paired - 1  # Tổng cục Phòng, chống thiên tai; Cục Quản lý Khám,
                    continue  # chữa bệnh: one field
                fields = self._fields_after_comma(k) if k > last else None
                if fields is not None:
                    k = fields - 1  # Sở Văn hóa, Thể thao và Du lịch
                    continue
                local = self.acronym_then_locality(k)
                if local is not None:
                    k = local - 1  # Bộ Chỉ huy Quân sự (CHQS) tỉnh Phongsaly
                    continue
                return k + 1
            nxt = k + 1
            place = self.named_place_at(nxt)
            if place is not None:
                end = place[0]
                if place[2] == "Country" and self.joined(end - 1) and (
                        there := self.named_place_at(end)) is not None:
                    return there[0]  # Ủy ban MTTQ Việt Nam TP.HCM, Ủy ban MTTQ Việt Nam tỉnh
                    # Quảng Ninh
                if place[2] == "Country" and self.joined(end - 1) and (
                        bare := self._bare_locality_word_end(end)) is not None:
                    return bare  # Hội hữu nghị Việt Nam - Trung Quốc thành phố: the city's
                if place[2] == "Country" and end + 1 < len(self.toks) and self.joined(end - 1) \
                        and self.toks[end].text in ("tại", "ở") and self.joined(end):
                    there = self.named_place_at(end + 1)  # ... Việt Nam tại tỉnh Osaka
                    if there is not None:  # Đại sứ quán Lào tại Việt Nam
                        return there[0]
                if self._dash_continues(end - 1) is not None:
                    k = end - 1
                    continue
                if company and end < len(self.toks) and self.joined(end - 1) \
                        and self.toks[end].capitalised and _not_vietnamese(self.toks[end].text):
                    k = end  # Công ty Thành Thành Công Tây Ninh Sugarcane: the name goes on
                    continue
                country = self.place_at(end) if place[2] != "Country" and self.joined(
                    end - 1) else None
                if country is not None and country[2] == "Country" and place[2] != "City":
                    return country[0]  # Viện Giao lưu văn hóa Châu Á Hàn Quốc
                return self._locality_word_before_person(end) or end
            bare = self._locality_word_before_person(nxt)
            if bare is not None:
                return bare
            if k > last and any((country := self.place_at(s)) is not None and country[0] == nxt
                                and country[2] == "Country" for s in range(max(0, k - 3), nxt)):
                bare = self._bare_locality_word_end(nxt)
                if bare is not None:  # Hội hữu nghị Việt Nam - Trung Quốc thành phố
                    return bare
            tok = self.toks[nxt]
            if tok.text.isdigit() and self.words_at(k - 1, ["Quân", "khu"]):
                return nxt + 1  # Bộ Tham mưu Quân khu 4
            if tok.text.isdigit() and self.toks[k].text == "Vùng":
                end = nxt + 1  # Bộ Tư lệnh Vùng 3 Hải quân: a naval region, its number
                if self.joined(nxt) and self.words_at(end, ["Hải", "quân"]):
                    end += 2  # and its service
                    country = self.place_at(end) if self.joined(end - 1) else None
                    if country is not None and country[2] == "Country":
                        end = country[0]  # Bộ Tư lệnh Vùng 4 Hải quân Việt Nam
                return end
            if tok.text.isupper() and len(tok.text) > 1 or "." in tok.text:
                if self._dash_continues(nxt) is not None:
                    k = nxt
                    continue
                if tok.text in COMPANY_FORMS and self.joined(nxt):
                    k = nxt  # Công ty TNHH Nestlé Việt Nam: the company's form, then its name
                    continue
                country = self._country_ending_a_run(nxt + 1) if company and self.joined(
                    nxt) else None
                if country is not None:
                    return country  # Công ty DCT Partner Việt Nam: the name goes on to the
                    # country it ends with
                place = self.place_at(nxt + 1) if self.joined(nxt) else None
                if place is not None and place[2] == "Country":
                    k = nxt  # Ủy ban MTTQ Việt Nam: an acronym, then the country
                    continue
                if place is not None and (self.head_at(nxt) or place[2] in ("City", "Province")):
                    return place[0]  # Ban Văn hóa - Xã hội HĐND TPHCM, Hội LHPN TPHCM
                bare = self._bare_locality_word_end(nxt + 1) if self.joined(nxt) else None
                if bare is not None and self.head_at(nxt):
                    return bare  # Văn phòng UBND tỉnh
                local = self.locality_at(nxt + 1) if self.joined(nxt) else None
                if local is not None:
                    return local[1]  # Văn phòng UBND tỉnh Bình Định, Sở NN-PTNT tỉnh Lâm Đồng
                if self.joined(nxt) and nxt + 1 < len(self.toks) \
                        and self.toks[nxt + 1].text.isupper() and len(self.toks[nxt + 1].text) > 1 \
                        and self.toks[nxt + 1].text not in COMPANY_FORMS:
                    k = nxt  # Ban Thường trực UBTW MTTQ Việt Nam: acronyms one after another
                    continue
                known = self.phrase_at(KNOWN_ORGANIZATIONS_BY_FIRST, nxt)
                if known is not None and known[2] == "InternationalOrganization" \
                        and nxt + 2 < len(self.toks) and self.joined(nxt) \
                        and self.toks[nxt + 1].text == "tại" and self.joined(nxt + 1):
                    there = self.named_place_at(nxt + 2)
                    if there is not None:
                        return there[0]  # Phái đoàn EU tại Việt Nam
                if school and self.joined(nxt) and self.person_inside(nxt + 1):
                    k = nxt  # Trường THCS Nguyễn Bỉnh Khiêm: the eponym after the acronym
                    continue
                if tok.text in ACRONYMS_OF_HEADS and self.joined(nxt) \
                        and self.toks[nxt + 1].text == "chuyên" and self.joined(nxt + 1) \
                        and nxt + 2 < len(self.toks) and self.toks[nxt + 2].capitalised:
                    k = nxt + 1  # Trường THPT chuyên Trần Phú: a school for the gifted
                    continue
                if tok.text in ACRONYMS_OF_HEADS and self.joined(nxt) \
                        and self.toks[nxt + 1].capitalised and self.title_at(nxt + 1) is None:
                    k = nxt  # Trường ĐH Bách Khoa, Ban Quản lý KKT Dung Quất: the acronym
                    continue  # of a head, then the name
                if company and self.joined(nxt) and self.toks[nxt + 1].capitalised \
                        and _not_vietnamese(self.toks[nxt + 1].text) \
                        and self.place_at(nxt + 1) is None and not (
                            self.joined(nxt + 1) and self.toks[nxt + 2].capitalised
                            and self.place_at(nxt + 2) is None):
                    k = nxt  # Tập đoàn LS Electric, Tập đoàn LG Innotek (Việt Nam): an
                    continue  # acronym, then one more word (not AES | David Stone, a name)
                if company and self.joined(nxt) and self.toks[nxt + 1].text in COMPANY_SUFFIXES:
                    k = nxt  # Công ty DDV Enterprises LTD
                    continue
                return nxt + 1  # an acronym: TPHCM, TP.HCM
            if tok.text == "và" and self.joined(nxt) and self.words_at(nxt + 1, ["các", "Khu"]) \
                    and self.joined(nxt + 1) and self.head_at(nxt + 2) and k > last:
                k = nxt + 1  # Ban quản lý Khu kinh tế Nghi Sơn và các Khu công nghiệp tỉnh
                continue
            if tok.text == "nước" and self.joined(nxt) and (
                    country := self.place_at(nxt + 1)) is not None and country[2] == "Country":
                k = country[0] - 1  # Ủy ban đối ngoại của Quốc hội nước Cộng hòa Xã hội chủ
                continue  # nghĩa Việt Nam
            if (tok.text == "và" and self.joined(nxt) and self.toks[nxt + 1].text[0].isupper()
                    and not self.words_at(nxt + 1, ["Nhân", "dân"], fold_first=True)
                    and not self.words_at(nxt + 1, ["Đoàn", "đại", "biểu"])  # a delegation
                    and self.place_at(nxt + 1) is None and not self.head_at(nxt + 1)
                    and self.title_at(nxt + 1) is None
                    and self.phrase_at(HONORIFICS_BY_FIRST, nxt + 1) is None  # và Đại tá A
                    and self.toks[nxt + 1].text.lower() not in ("ông", "bà")  # và Ông A
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
            if school and self.person_inside(nxt):
                named = self.person_name_at(nxt, honorific=True)  # as person_inside reads it
                if named is not None and named - nxt <= 3 and not (
                        named < len(self.toks) and self.joined(named - 1)
                        and self.toks[named].capitalised):
                    return named
            if tok.text == "các" and k > last and self.joined(nxt) \
                    and self.toks[nxt + 1].capitalised and self.place_at(nxt + 1) is None \
                    and self.title_at(nxt + 1) is None and not self.person_inside(nxt + 1):
                k = nxt  # Ban Quản lý các Khu công nghiệp: what it has several of
                continue
            if not tok.capitalised or self.person_inside(nxt) or self.words_at(
                    nxt, ["Chính", "phủ"]) and not (
                        k == last and self.words_at(last - 1, ["Văn", "phòng"])) \
                    or tok.text in HONORIFICS:
                return k + 1  # Bộ Nội vụ | Chính phủ Hoàng gia Campuchia: two bodies (but
                # Văn phòng Chính phủ: the Government's office)
            # a capitalised word and its lower-case continuation: "Ngoại giao", "nhân dân"
            m = nxt
            lowers = 0
            while self.joined(m) and lowers < 4:
                word = self.toks[m + 1].text
                if self.words_at(m + 1, ["công", "nghệ", "thông", "tin"]):
                    m += 4  # Cục Công nghiệp công nghệ thông tin: one field, one word
                    lowers += 1
                    continue
                if word[0].isupper() or self.ends_name(m + 1) or self.place_at(m + 1):
                    break  # Liên minh | châu Âu: a place written in lower case first
                m += 1
                lowers += 1
            if _not_vietnamese(tok.text):  # Đại học Asia | bày tỏ: a foreign name takes
                m = next((n for n in range(m, nxt, -1)  # only foreign lower-case words
                          if _not_vietnamese(self.toks[n].text)), nxt)  # (Médecins du monde)
            elif lowers == 4:  # Ban Điều phối viện trợ nhân dân (PACCOM): on to the acronym
                more = m
                while more - m < 3 and self.joined(more) and self.toks[more + 1].text.islower() \
                        and not self.ends_name(more + 1):
                    more += 1
                if more > m and re.match(r" \([A-Z]{2,10}\)", self.text[self.toks[more].end :]):
                    m = more
                else:  # Hội Hữu nghị đối ngoại nhân dân | tỉnh Liêu Ninh, Hội đồng Xúc tiến
                    more = m  # thương mại quốc tế | Trung Quốc: on to the place
                    while more - m < 2 and self.joined(more) \
                            and self.toks[more + 1].text.islower() \
                            and not self.ends_name(more + 1) \
                            and self._locality_word_end(more + 1) is None:
                        more += 1
                    country = self.place_at(more + 1) if more > m and self.joined(more) \
                        else None
                    if more > m and self.joined(more) and (
                            self.locality_at(more + 1) is not None
                            or country is not None and country[2] in (
                                "Country", "City", "Province")):
                        m = more
                    elif self.joined(m) and self.toks[m + 1].text.islower() \
                            and not self.ends_name(m + 1):
                        more = m  # Ban quản lý Dự án Đầu tư xây dựng công trình | Dân dụng
                        while more - m < 3 and self.joined(more) \
                                and self.toks[more + 1].text.islower() \
                                and not self.ends_name(more + 1):
                            more += 1  # và Công nghiệp tỉnh: the name's next capitalised word
                        after = more + 1
                        if self.joined(more) and after < len(self.toks) \
                                and self.toks[after].capitalised and self.title_at(after) is None \
                                and self.place_at(after) is None and not self.head_at(after) \
                                and not self.person_inside(after) \
                                and self.toks[after].text not in NOT_NAME_WORDS:
                            m = more
                        else:
                            m = nxt + 1  # Ban Giám hiệu | trường cắt băng bàn giao: a run
                            # of lower-case words with no end in sight is the sentence going
                            # on; the name keeps the compound its capitalised word begins
            k = m

    # -- people
    def title_at(self, i: int) -> tuple[int, str, list[str]] | None:
        """``[quyền|nguyên] TITLE`` at i: end index, title, qualifiers."""
        qualifiers = []
        j = i
        if j < len(self.toks) and self.toks[j].text.lower() in ROLE_QUALIFIERS and self.joined(j):
            qualifiers.append(ROLE_QUALIFIERS[self.toks[j].text.lower()])
            j += 1
        found = self.phrase_at(_TITLES_BY_FIRST, j, fold_first=True, fold_rest=True)
        if found is None:
            return None
        words, title = found
        end = j + len(words)
        if end < len(self.toks) and self.joined(end - 1) \
                and self.toks[end].text.lower() == "quán":
            return None  # Đại sứ quán, Lãnh sự quán: an embassy, a consulate
        if title.endswith(" Đảng") and (self.words_at(end - 1, ["Đảng", "Cộng", "sản"])
                                        or self.words_at(end - 1, ["Đảng", "Nhân"])):
            return end - 1, title[: -len(" Đảng")], qualifiers  # Ủy viên Trung ương Đảng
            # Cộng sản Trung Quốc: another country's party, named after the title
        if self.joined(end - 1) and self.words_at(end, ["đắc", "cử"]):
            return end + 2, f"{title} đắc cử", qualifiers  # Thượng nghị sĩ đắc cử: elect
        return end, title.replace("HĐQT", "Hội đồng quản trị"), qualifiers

    def person_name_at(self, i: int, min_words: int = 2, honorific: bool = False,
                       credit: bool = False) -> int | None:
        """End of a person's name starting at i (2 to 5 capitalised words), or None.

        After an honorific or a title (``bà Đoàn Thị Ngọc Lan``, ``Đại sứ Đoàn Xuân
        Hưng``) a surname that is also a common word (Đoàn, delegation) starts a name; in a
        photo credit (``Ảnh: Đức Khải``) any capitalised word does, a country's name too."""
        if i >= len(self.toks):
            return None
        first = self.toks[i].text
        if len(first) == 1 and first.isupper() and i + 1 < len(self.toks) and self.text[
                self.toks[i].end : self.toks[i + 1].start] == ". " \
                and self.toks[i + 1].text.istitle() and first not in ("Ô", "À"):
            end = self.person_name_at(i + 1, min_words=1)  # J. Erdenebat
            return end if end is not None and end - i - 1 <= 2 else None
        korean = i + 1 < len(self.toks) and self.joined(i) and "-" in self.toks[i + 1].text \
            and self.toks[i + 1].text[0].isupper()  # Ban Ki-moon: not the head word Ban
        if first.isupper() and len(first) > 1 and not _has_vowel(first):
            return None  # UB NVNTNN: an acronym, not a name in capitals
        if not first[0].isupper() or "." in first and not _INITIALS_AND_NAME.fullmatch(first) or (
                first in NOT_NAME_WORDS and not (
                    honorific and (first in SURNAMES or korean) or credit)):
            return None  # but ông Song Ho-jun
        if self.place_at(i) is not None and not credit or self.head_at(i) and not korean:
            return None
        j = i + 1
        while j - i < (7 if honorific else 5) and self.joined(j - 1):
            tok = self.toks[j].text
            if len(tok) <= 2 and tok.isupper() and first not in SURNAMES and j + 1 < len(
                    self.toks) and self.text[self.toks[j].end : self.toks[j + 1].start] == ". " \
                    and self.toks[j + 1].text[0].isupper() and "." not in self.toks[j + 1].text:
                j += 2  # Marcos A. Bednarski, Meynardo LB. Montealegre: initials
                continue
            if _INITIALS_AND_NAME.fullmatch(tok):
                j += 1  # Peter C.K.Chin
                continue
            if _ROMAN_NUMERAL.fullmatch(tok):
                break  # Khu công nghiệp Đồng An II
            if j - i >= 2 and self.title_at(j) is not None:
                break  # Lê Xuân Tươi Bí thư thành ủy: the title right after the name
            country = self.place_at(j)
            if country is not None and country[2] in ("Country", "Region") \
                    and country[0] - j >= 2:
                break  # Tổng Giám đốc Nestlé Việt Nam: no name ends with a country's
            if _agency_run_on(tok):
                break  # Augusto Morelli TTXViệt Nam: a photo credit run on
            if tok in POST_NOMINALS or tok.isupper() and len(tok) > 1 and not _has_vowel(tok):
                break  # Andrew Goledzinowski AM: an honour after the name; an acronym
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
                    tok in GIVEN_NAMES_THAT_ARE_WORDS and not self.head_at(j)
                    and self.locality_at(j) is None and self.title_at(j) is None
                    and not (self.joined(j) and f"{tok} {self.toks[j + 1].text}"
                             in NOT_GIVEN_NAME_COMPOUNDS)):
                break  # Vương Thị Lan Anh, Nguyễn Thành Phong; not Thành ủy, Thành phố
            j += 1
        if j - i < min_words and not (credit and j - i == 1 and "." in first):
            return None  # Ảnh: B.Nguyên, a byline Q.HOA: initials and a name, one word
        if j - i > 5 and j < len(self.toks) and self.text[
                self.toks[j - 1].end : self.toks[j].start] not in (", ", *DASHES, " (") \
                and not (self.joined(j - 1) and self.toks[j].text[0].islower()):
            j = i + 5  # Đại tá Xổm Xay Phụ Lạ Khăm Mạ Ni, Giám đốc: a Lao name written in
            # syllables, longer than five words only when a comma, a dash or a lower-case
            # word (Phôm Ma Phăn Thạ Lăng Si bày tỏ) ends it
        return j

    def foreign_name_at(self, i: int) -> int | None:
        """The end of a name at i none of whose words is a Vietnamese syllable
        (``Buaphane Likaiza``), else None."""
        end = self.person_name_at(i)
        if end is None or not all(_not_vietnamese(t.text) for t in self.toks[i:end]):
            return None
        return end

    def head_at(self, i: int) -> bool:
        """Does a body's head word (``Sở``, ``UBND``; not ``báo``) or a known body start at i?"""
        first = self.toks[i].text if i < len(self.toks) else ""
        return any(self.words_at(i, w, fold_rest=True) for w, h, _t in HEADS_BY_FIRST.get(
            first, ()) if h not in ("báo", "Báo")) or self.phrase_at(
            KNOWN_ORGANIZATIONS_BY_FIRST, i) is not None


def is_organization_name(text: str) -> bool:
    """Is ``text`` all one organisation's name (``Sở Ngoại vụ``, ``Tỉnh ủy Long An``)?"""
    sub = Reader(text)
    found = sub.organization_at(0) if sub.toks else None
    return found is not None and found[0] == len(sub.toks)


def name_label(span_text: str) -> str:
    """``PHẠM DỨT ĐIỂM`` -> ``Phạm Dứt Điểm``; other names as written."""
    if span_text.isupper():
        return " ".join(".".join(part.capitalize() for part in w.split("."))
                        for w in span_text.split())  # Q.HOA -> Q.Hoa
    return span_text
