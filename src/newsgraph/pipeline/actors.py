"""The ``actors`` stage, first version: every named person, organisation, place and group that
spaCy's entity recogniser finds becomes an actor, with all its mentions.

Mentions are grouped by their normalised surface form ("the U.S." and "U.S." are one actor), and a
later mention that repeats the last word of a person's name ("Dedov" after "Alexey Dedov") joins
that person whatever label spaCy gave the lone surname. Resolution of aliases to one identity
(ISIS = IS = Daesh) and of metonyms ("Washington" = the United States) comes with the actor
knowledge base.
"""

from __future__ import annotations

import hashlib
import re
from typing import Any

from ..model import Actor, ActorKind, Document, Mention

# spaCy OntoNotes labels that name political actors, and the kind each suggests.
LABEL_KINDS: dict[str, ActorKind] = {
    "PERSON": "person",
    "ORG": "organization",
    "GPE": "other",
    "NORP": "other",
}
_LEADING = re.compile(r"^(the|a|an)\s+", re.IGNORECASE)
_POSSESSIVE = re.compile(r"(['’]s?)$")


def normalise(name: str) -> str:
    """Key under which surface forms count as the same actor.

    >>> normalise("the U.S.'s")
    'u.s.'
    """
    name = _POSSESSIVE.sub("", _LEADING.sub("", name.strip()))
    return " ".join(name.lower().split())


def _actor_id(key: str) -> str:
    return "a_" + hashlib.sha1(key.encode("utf-8")).hexdigest()[:10]


class NerActorStage:
    name = "actors"
    version = "ner-1"
    requires: tuple[str, ...] = ("nlp",)
    assigns: tuple[str, ...] = ("actors",)

    def __call__(self, doc: Document) -> Document:
        parsed: Any = doc.nlp
        actors: dict[str, Actor] = {}
        surnames: dict[str, str] = {}
        for ent in parsed.ents:
            kind = LABEL_KINDS.get(ent.label_)
            if kind is None:
                continue
            start, end = ent.start_char, ent.end_char
            text = doc.text[start:end]
            if text.lower().startswith("the "):
                start += 4
            text = _POSSESSIVE.sub("", doc.text[start:end])
            end = start + len(text)
            key = normalise(text)
            if not key:
                continue
            if key in surnames:
                # spaCy often labels a lone surname ORG; a person named in full earlier owns it.
                key = surnames[key]
            actor = actors.get(key)
            if actor is None:
                actor = actors[key] = Actor(id=_actor_id(key), name=text, kind=kind, confidence=0.5)
                if kind == "person" and " " in key:
                    surnames.setdefault(key.rsplit(" ", 1)[1], key)
            if text not in actor.aliases and text != actor.name:
                actor.aliases.append(text)
            actor.mentions.append(Mention(doc.span(start, end), confidence=0.5, stage=self.name))
        doc.actors = list(actors.values())
        return doc
