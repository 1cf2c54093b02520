"""What the extractor proposes: entities, role holdings, dates, figures and events.

Every proposal carries the character span of its evidence in the article, so the
draft can quote it verbatim and the reviewer can find it.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from decimal import Decimal

from diplokg.dates import PreciseDate

# Entity kinds: what the evaluation scores, and how annotation types group.
KINDS = ("person", "organization", "place", "event", "document", "group")


@dataclass
class Span:
    """A verbatim stretch of the article: ``text[start:end]``."""

    start: int
    end: int
    text: str

    def overlaps(self, other: Span) -> bool:
        return self.start < other.end and other.start < self.end


@dataclass
class ProposedEntity:
    """An entity the article mentions; ``key`` is a slug of its label."""

    key: str
    kind: str
    type: str  # an annotation entity type: Person, Department, City ...
    label: str
    mentions: list[Span] = field(default_factory=list)
    aliases: list[str] = field(default_factory=list)

    def add_alias(self, form: str) -> None:
        """Another form of its name, once."""
        if form not in self.aliases:
            self.aliases.append(form)


@dataclass
class ProposedRole:
    """A person holding a role (a title as written) in an organisation (or a country)."""

    person: str  # entity key
    title: str  # the title as written, without qualifier: "Giám đốc"
    organization: str | None  # entity key, or None when the text names none
    qualifiers: list[str]  # "acting", "former"
    as_written: str  # "Quyền Giám đốc Sở Ngoại vụ TP.HCM"
    evidence: list[Span] = field(default_factory=list)


@dataclass
class ProposedDate:
    date: PreciseDate
    span: Span


@dataclass
class ProposedFigure:
    """A figure with its unit: ``value`` is in base units (104 tỉ USD -> 104000000000)."""

    value: Decimal
    unit: str  # percent, usd, vnd, locality, project, person, or another noun as written
    qualifier: str  # exact, approximately, more-than
    stated: Span  # "hơn 104 tỉ USD"
    sentence: Span


@dataclass
class ProposedEvent:
    key: str
    type: str  # Meeting, Conference, Exhibition ...
    label: str
    span: Span  # where it is named or described
    date: ProposedDate | None = None
    participants: list[tuple[str, str]] = field(default_factory=list)  # (entity key, mode)
    evidence: Span | None = None  # the clause naming the participants


@dataclass
class Extraction:
    """Everything the rules found in one article."""

    text: str
    entities: dict[str, ProposedEntity] = field(default_factory=dict)
    roles: list[ProposedRole] = field(default_factory=list)
    dates: list[ProposedDate] = field(default_factory=list)
    figures: list[ProposedFigure] = field(default_factory=list)
    events: list[ProposedEvent] = field(default_factory=list)

    def of_kind(self, kind: str) -> list[ProposedEntity]:
        return [e for e in self.entities.values() if e.kind == kind]


def add_entity(ex: Extraction, kind: str, typ: str, label: str, span: Span) -> ProposedEntity:
    """Add a mention of an entity (keyed by the slug of its label), merging repeats."""
    from diplokg.slugs import slugify

    key = slugify(label)
    entity = ex.entities.get(key)
    if entity is None:
        entity = ProposedEntity(key=key, kind=kind, type=typ, label=label)
        ex.entities[key] = entity
    if all(m.start != span.start for m in entity.mentions):
        entity.mentions.append(span)
    return entity
