"""Propositions: what a claim says, normalised so that claims from many articles can be compared.

A claim's proposition comes from the events it is linked to: ``SOURCE —TYPE→ TARGET`` over actor
ids raised to their state (``USA.MIL`` → ``USA``; a person stays a person unless the KB knows their
state), with AID folded into SUPPORT ("supplies", "funds" and "supports" all back someone). A claim
whose stance is ``deny`` denies the propositions of its events; a denial with no event of its own
whose content is a charge ("rejects the charges", "denied the allegations") denies the propositions of
the earlier claims in the same article that accuse the denier. The speaker is raised to their state
too ("Ayatollah Ali Khamenei" → Iran), so that "Iran asserts" gathers Iran's leader, ministry and
state media.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from .model import Document

FOLD = {"AID": "SUPPORT"}
CHARGE_WORDS = ("charge", "accusation", "allegation", "claim", "report", "rumor", "rumour", "suggestion")


@dataclass(frozen=True)
class Proposition:
    claim_id: str
    key: str  # "USA|SUPPORT|ISIS"
    stance: str  # assert | deny
    speaker: str | None  # the speaker's state, or the speaker
    speaker_actor: str | None


def state_of(doc: Document, actor_id: str | None) -> str | None:
    """An actor raised to the state it belongs to, when it has one."""
    if actor_id is None:
        return None
    for a in doc.actors:
        if a.id == actor_id:
            if a.kind in ("state", "government", "military", "media", "person") and a.country:
                return a.country
            return a.id
    return actor_id


def propositions(doc: Document) -> list[Proposition]:
    events = {e.id: e for e in doc.events}
    out: list[Proposition] = []
    by_claim: dict[str, list[str]] = {}
    for claim in doc.claims:
        keys = []
        for event_id in claim.events:
            e = events.get(event_id)
            if e is None or e.negated and claim.stance != "deny":
                continue
            etype = FOLD.get(e.type, e.type)
            if etype in ("ACCUSE", "REJECT"):
                continue  # the speech act itself, not what it is about
            for s in e.sources:
                for t in e.targets:
                    src, tgt = state_of(doc, s), state_of(doc, t)
                    if src and tgt and src != tgt:
                        keys.append(f"{src}|{etype}|{tgt}")
        speaker = state_of(doc, claim.speaker)
        if claim.stance == "deny" and not keys and any(w in claim.content.text.lower() for w in CHARGE_WORDS):
            # "Washington vehemently rejects the charges": the charges made earlier against it
            for earlier in doc.claims:
                if earlier.content.start >= claim.content.start:
                    break
                keys += [k for k in by_claim.get(earlier.id, []) if k.split("|")[0] == speaker]
        by_claim[claim.id] = keys
        for key in dict.fromkeys(keys):
            out.append(Proposition(claim.id, key, claim.stance, speaker, claim.speaker))
    return out


def describe(key: str, names: dict[str, Any]) -> str:
    src, etype, tgt = key.split("|")
    return f"{names.get(src, src)} —{etype}→ {names.get(tgt, tgt)}"
