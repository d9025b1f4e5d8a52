"""The core data model every stage shares.

Offsets in every :class:`Span` are character offsets into :attr:`Document.text`, the *cleaned*
text that the user sees (``newsgraph extract`` prints it; the store keeps it beside the raw text).
``to_dict`` methods produce the stable extract contract documented in ``docs/extract-contract.md``.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any, Literal

ActorKind = Literal[
    "state", "government", "military", "organization", "igo", "armed_group", "person", "media", "other"
]
Stance = Literal["assert", "deny"]
QuoteType = Literal["direct", "indirect", "mixed"]
DatePrecision = Literal["day", "week", "month", "year"]

# The PLOVER quad category of each event type (docs/events.md).
PLOVER_QUAD = {"AGREE": "verbal cooperation", "CONSULT": "verbal cooperation", "SUPPORT": "verbal cooperation",
               "CONCEDE": "verbal cooperation", "COOPERATE": "material cooperation", "AID": "material cooperation",
               "RETREAT": "material cooperation", "REQUEST": "verbal conflict", "ACCUSE": "verbal conflict",
               "REJECT": "verbal conflict", "THREATEN": "verbal conflict", "PROTEST": "material conflict",
               "SANCTION": "material conflict", "MOBILIZE": "material conflict", "COERCE": "material conflict",
               "ASSAULT": "material conflict"}


@dataclass(frozen=True, slots=True)
class Span:
    """A stretch of :attr:`Document.text`: ``text == document.text[start:end]``."""

    start: int
    end: int
    text: str

    @classmethod
    def of(cls, text: str, start: int, end: int) -> Span:
        """The span of ``text[start:end]``.

        >>> Span.of("Iran and Russia met", 9, 15)
        Span(start=9, end=15, text='Russia')
        """
        if not 0 <= start <= end <= len(text):
            raise ValueError(f"span {start}:{end} lies outside a text of {len(text)} characters")
        return cls(start, end, text[start:end])

    def to_dict(self) -> dict[str, Any]:
        return {"start": self.start, "end": self.end, "text": self.text}


@dataclass(slots=True)
class Mention:
    """One place in the text where an actor is named."""

    span: Span
    confidence: float = 1.0
    stage: str = ""

    def to_dict(self) -> dict[str, Any]:
        return {**self.span.to_dict(), "confidence": round(self.confidence, 3)}


@dataclass(slots=True)
class Actor:
    """A political actor mentioned in a document, with every mention of it."""

    id: str
    name: str
    kind: ActorKind = "other"
    country: str | None = None  # ISO 3166-1 alpha-3
    aliases: list[str] = field(default_factory=list)
    mentions: list[Mention] = field(default_factory=list)
    confidence: float = 1.0
    home_country: str | None = None  # where an armed group is based; never mixed into `country`
    parent: str | None = None  # id of the actor this one is a branch or body of
    roles: list[dict[str, Any]] = field(default_factory=list)  # people: {title, org, from, to}

    def to_dict(self) -> dict[str, Any]:
        return {
            "id": self.id,
            "name": self.name,
            "kind": self.kind,
            "country": self.country,
            "home_country": self.home_country,
            "parent": self.parent,
            "roles": list(self.roles),
            "aliases": list(self.aliases),
            "mentions": [m.to_dict() for m in self.mentions],
            "confidence": round(self.confidence, 3),
        }


@dataclass(slots=True)
class Location:
    name: str
    country: str | None = None
    lat: float | None = None
    lon: float | None = None

    def to_dict(self) -> dict[str, Any]:
        return {"name": self.name, "country": self.country, "lat": self.lat, "lon": self.lon}


@dataclass(slots=True)
class Event:
    """Who did what to whom: one PLOVER-coded interaction with the sentence that proves it."""

    id: str
    type: str
    evidence: Span
    mode: str | None = None
    sources: list[str] = field(default_factory=list)
    targets: list[str] = field(default_factory=list)
    negated: bool = False
    modality: str | None = None
    date: str | None = None
    date_precision: DatePrecision | None = None
    location: Location | None = None
    confidence: float = 1.0
    trigger: Span | None = None  # the word that reports the event
    cameo: str | None = None  # CAMEO root code, "01"–"20"
    quad: str | None = None  # verbal/material cooperation/conflict
    date_text: str | None = None  # the date expression the date was resolved from
    context: str | None = None  # id of the event this one is the content of (an accusation, a request)
    claims: list[str] = field(default_factory=list)  # ids of the claims that assert or deny this event

    @property
    def happened(self) -> bool:
        """Reported as having taken place: not negated, not denied, alleged, future or hypothetical."""
        return not self.negated and self.modality in (None, "reported")

    def to_dict(self) -> dict[str, Any]:
        return {
            "id": self.id,
            "type": self.type,
            "mode": self.mode,
            "quad": self.quad,
            "cameo": self.cameo,
            "sources": list(self.sources),
            "targets": list(self.targets),
            "negated": self.negated,
            "modality": self.modality,
            "happened": self.happened,
            "context": self.context,
            "claims": list(self.claims),
            "date": self.date,
            "date_precision": self.date_precision,
            "date_text": self.date_text,
            "location": self.location.to_dict() if self.location else None,
            "trigger": self.trigger.to_dict() if self.trigger else None,
            "evidence": self.evidence.to_dict(),
            "confidence": round(self.confidence, 3),
        }


@dataclass(slots=True)
class Claim:
    """Who said what: an attributed statement with its cue, content and speaker."""

    id: str
    cue: Span
    content: Span
    speaker: str | None = None
    speaker_span: Span | None = None
    stance: Stance = "assert"
    about: list[str] = field(default_factory=list)
    quote_type: QuoteType = "indirect"
    events: list[str] = field(default_factory=list)
    confidence: float = 1.0

    def to_dict(self) -> dict[str, Any]:
        return {
            "id": self.id,
            "speaker": self.speaker,
            "speaker_span": self.speaker_span.to_dict() if self.speaker_span else None,
            "cue": self.cue.to_dict(),
            "stance": self.stance,
            "about": list(self.about),
            "content": self.content.to_dict(),
            "quote_type": self.quote_type,
            "events": list(self.events),
            "confidence": round(self.confidence, 3),
        }


@dataclass(slots=True)
class Document:
    """One news article as it moves through the pipeline.

    ``raw_text`` is what the input held (after decoding, or the HTML's extracted text); ``text`` is
    the cleaned article that every span points into. ``origin`` names where it came from
    (``path`` or ``path:line``) for messages. ``nlp`` holds the parsed spaCy ``Doc`` while the
    pipeline runs and is never serialised.
    """

    id: str
    text: str
    title: str | None = None
    raw_text: str = ""
    source: str | None = None
    published: str | None = None  # ISO date (YYYY-MM-DD) or None
    url: str | None = None
    author: str | None = None
    site: str | None = None
    origin: str = ""
    input_format: str = ""
    meta: dict[str, Any] = field(default_factory=dict)
    actors: list[Actor] = field(default_factory=list)
    events: list[Event] = field(default_factory=list)
    claims: list[Claim] = field(default_factory=list)
    stages: list[str] = field(default_factory=list)  # "name@version" of every stage that ran
    nlp: Any = None

    def span(self, start: int, end: int) -> Span:
        return Span.of(self.text, start, end)

    def to_dict(self) -> dict[str, Any]:
        """The extract contract: one JSON object per document (docs/extract-contract.md)."""
        return {
            "doc": {
                "id": self.id,
                "title": self.title,
                "source": self.source,
                "published": self.published,
                "url": self.url,
            },
            "text": self.text,
            "meta": {
                "author": self.author,
                "site": self.site,
                "origin": self.origin,
                "input_format": self.input_format,
                "stages": list(self.stages),
                "fields": dict(self.meta),
            },
            "actors": [a.to_dict() for a in self.actors],
            "events": [e.to_dict() for e in self.events],
            "claims": [c.to_dict() for c in self.claims],
        }
