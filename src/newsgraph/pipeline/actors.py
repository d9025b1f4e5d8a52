"""The ``actors`` stage: find every political actor in a document and resolve all its names to one id.

Evidence is combined in this order (``docs/actors.md`` gives the rules with examples):

1. **Dictionary.** A spaCy ``PhraseMatcher`` over every name, alias, demonym, capital and seat in the
   knowledge base, longest match first; names inside hyphen or slash compounds ("U.S.-Afghan",
   "ISIS/ISIL") are found too. A state's name inside a longer name of something else ("Washington
   Post", "Voice of America") is not the state.
2. **Traps.** "the Islamic State of Iran" is Iran, not ISIS.
3. **Demonyms and possessives with a body noun.** "Afghan forces" → Afghanistan's military;
   "Pakistani officials", "Iran's foreign ministry" → the government; when a name follows ("Iranian
   Deputy Foreign Minister Hossein Amir-Abdollahian") the phrase is the person's title instead.
4. **Metonyms.** A capital or seat that acts ("Washington rejects", "the Kremlin said") is its state
   or government; a capital after a locative preposition ("met in Islamabad") is a place, not an actor.
5. **People.** Officials in the knowledge base by full name or distinctive surname (an ambiguous
   surname goes to the one named in full earlier, else to the one in office at the publication date);
   other people from the entity recogniser or a title ("General", "Ayatollah", …), with their role and
   country read from the title before the name or the apposition after it.
6. **Aliases declared in the text** — "the Khorasan Province (IS-KP/ISIL-K)", "Daesh is the Arabic
   acronym for IS", "X, also known as Y" — hold for the rest of the document.
7. **Coreference** for what news uses most: a surname repeats a person; "the general", "the
   diplomat" go to the last person with that role; "he"/"she" as a subject to the last person named;
   "the group", "the militants", "the jihadist group" to the last armed group.
8. **New actors.** A name the knowledge base does not know becomes an actor of its own with the kind
   and country the text gives — never dropped.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import Any

from .. import config
from ..kb import KbActor, KnowledgeBase, fold, load
from ..model import Actor, ActorKind, Document, Mention

MIL_NOUNS = frozenset("""forces force troops troop army armies military militaries soldiers soldier navy air
warplanes jets aircraft commandos marines units commander commanders general generals officer officers
drones gunships artillery tanks missiles missile rockets warships warship destroyers submarines bombers helicopters
frigates""".split())
GOV_NOUNS = frozenset("""government governments officials official authorities authority ministry ministries
minister ministers diplomat diplomats diplomacy embassy embassies ambassador envoy delegation delegations
leadership leader leaders president presidency premier administration regime cabinet parliament
lawmakers legislators lawmaker legislator spokesman spokeswoman spokesperson intelligence police department office
agencies agency negotiators counterpart counterparts mission""".split())
PEOPLE_NOUNS = frozenset("""experts expert residents citizens people civilians journalists journalist protesters
refugees analysts analyst nationals workers students scholars clerics activists voters villagers
taxpayers politicians""".split())
PERSON_TITLES = frozenset("""president minister secretary ambassador general gen. gen chief commander
ayatollah sheikh mullah prince king queen emir sultan premier chancellor envoy spokesman spokeswoman
director adviser advisor senator governor mayor colonel col. lt. major maj. admiral dr. dr mr. mrs. ms.
mr ms crown deputy foreign defence defense interior national security chairman head leader
representative officer expert""".split())
# Title words that are not part of a person's name when they open an entity.
NAME_PREFIXES = frozenset("""president general gen. gen ayatollah sheikh mullah prince king emir sultan
premier chancellor minister secretary ambassador senator governor colonel col. admiral dr. dr mr. mrs.
ms. mr ms lt. maj. major chief commander captain capt.""".split())
WATERS = frozenset("sea ocean gulf strait bay channel waters".split())  # no state's ground: "the Sea of Japan"
NAVY_PREFIXES = {"USS": "USA", "HMS": "GBR"}  # "USS George Washington", "HMS Defender": the navy's ship
OPPOSITION_WORDS = frozenset("opposition rebel rebels insurgent insurgents dissident dissidents exile exiled".split())
HONORIFICS = {"mr.": "m", "mr": "m", "mrs.": "f", "mrs": "f", "ms.": "f", "ms": "f", "miss": "f"}
CITY_PARTS = frozenset("suburb suburbs outskirts street streets centre center airport neighbourhood neighborhood "
                       "district districts quarter outskirt skyline".split())
GROUP_ANAPHORA_HEADS = frozenset("group militants terrorists jihadists extremists organization outfit".split())
GROUP_ANAPHORA_MODIFIERS = frozenset("""terrorist jihadist militant militants extremist radical islamic islamist
sunni armed terror""".split())
NOMINAL_ROLES: dict[str, tuple[str, ...]] = {
    "general": ("general", "chief of army", "chief of staff", "chairman of the joint", "commander", "army"),
    "commander": ("commander", "general"),
    "minister": ("minister",),
    "diplomat": ("ambassador", "diplomat", "envoy", "minister", "foreign"),
    "ambassador": ("ambassador",),
    "envoy": ("envoy", "ambassador"),
    "president": ("president",),
    "spokesman": ("spokesman", "spokeswoman", "spokesperson"),
    "spokeswoman": ("spokeswoman", "spokesman", "spokesperson"),
    "official": ("official", "adviser", "minister", "director", "security"),
    "adviser": ("adviser", "advisor"),
    "leader": ("leader", "president", "king", "emir"),
    "premier": ("prime minister", "premier"),
    "governor": ("governor",),
}
# "officials in Tehran", "the authorities in Kabul": the government seated there (not "diplomats in Kabul",
# who may be anyone's).
OFFICIALS_IN = frozenset("officials authorities government leadership".split())
# The participle after "X-" that makes X a backer: "the UN-recognised government", "Iran-backed militias".
BACKER_PARTICIPLES = frozenset("""backed led sponsored supported recognised recognized installed appointed allied funded
armed""".split())
LOCATIVE_PREPS = frozenset("in from near outside inside into across around toward towards via through".split())
# Nouns whose "from" names who they come from, not a place: "help from Paris", "pressure from Washington".
FROM_ACTOR = frozenset("""help aid assistance support offer offers request requests pressure demand demands call calls
message messages letter response criticism protest protests warning warnings threat threats condemnation backing
approval objection objections invitation proposal proposals envoy envoys delegation delegations visitor visitors
order orders instruction instructions funding money loan loans""".split())
# Verbs whose object (or "to" phrase) is a place: "visited Kabul", "flew to Moscow", "recaptured Mosul".
MOTION_VERBS = frozenset("""visit reach enter leave tour travel fly go come return head arrive move capture seize
recapture take bomb attack shell strike storm besiege surround evacuate flee send deploy""".split())
NORP_STOP = frozenset("islamic jihadist jihadists arabic english islamist takfiri".split())
# One-word ORG entities that are title words or fragments, not organisations.
ORG_STOP = frozenset("""state supreme islam islamic secretary minister president general foreign defense defence
caliphate""".split())
ORG_MIL_WORDS = ("army", "forces", "force", "navy", "brigade", "brigades", "command", "corps", "militia", "guard",
                 "chiefs")
ORG_GOV_WORDS = ("ministry", "directorate", "department", "council", "parliament", "court", "police", "agency",
                 "service", "commission", "office", "assembly", "senate", "government", "administration")
# Words of an office's generic name ("State Department", "Foreign Office", "Ministry of Foreign Affairs").
OFFICE_WORDS = frozenset("""state department office foreign ministry ministries of affairs interior defence defense home
external justice finance information the""".split())
# "the U.S. Navy", "the Indian Army", "the Pakistan Air Force": the state's armed forces
SERVICE_WORDS = frozenset("navy army air force forces armed military marines marine corps coast guard".split())
ORG_MEDIA_WORDS = ("news", "times", "post", "tv", "television", "radio", "press", "herald", "journal", "tribune",
                   "gazette", "daily", "agency")
ALIAS_CUES = re.compile(r"^(?:the\s+)?(?:\w+\s+){0,2}(?:acronym|name|abbreviation|term|word|label)\s+(?:for|of)$",
                        re.IGNORECASE)

CONFIDENCE = {"name": 0.95, "alias": 0.9, "demonym": 0.85, "capital": 0.8, "seat": 0.85, "body": 0.8,
              "declared": 0.85, "surname": 0.85, "person-title": 0.7, "ner": 0.6, "nominal": 0.7, "pronoun": 0.6,
              "anaphora": 0.6}


CAPITAL_GOVERNMENTS = frozenset("government regime administration authorities leadership".split())


@dataclass(eq=False)
class Found:
    """One resolved mention: character offsets, the actor key and how it was found."""

    start: int
    end: int
    key: str
    how: str
    tokens: tuple[int, int] = (0, 0)  # token range, for the rules that look around the mention

    @property
    def confidence(self) -> float:
        return CONFIDENCE.get(self.how, 0.6)


@dataclass
class NewActor:
    name: str
    kind: ActorKind
    country: str | None = None
    roles: list[dict[str, Any]] = field(default_factory=list)


FACILITIES = frozenset("""mall hotel church mosque temple synagogue hospital clinic school college university market
bazaar stadium airport station square plaza bridge tower building cinema theatre theater restaurant cafe
club zone camp crossing""".split())
NAME_PARTICLES = frozenset("al el bin ibn abu ould".split())  # inside a name: "Saleh al-Sammad"
NAME_SUFFIXES = frozenset("Jr Sr II III IV".split())  # "Joseph R. Biden Jr." is Joseph R. Biden


def _slug(text: str) -> str:
    return re.sub(r"[^a-z0-9]+", "-", fold(text).lower()).strip("-")


class ActorStage:
    """Resolve actor mentions with the knowledge base, rules and spaCy's parse and entities."""

    name = "actors"
    version = "kb-" + "13"
    requires: tuple[str, ...] = ("nlp",)
    assigns: tuple[str, ...] = ("actors",)

    def __init__(self, nlp: Any = None, kb: KnowledgeBase | None = None, actors_file: str | None = None) -> None:
        from spacy.matcher import PhraseMatcher

        from .nlp import load_model

        self.nlp = nlp or load_model()
        self.kb = kb or load(config.actors_file(actors_file))
        self.matcher = PhraseMatcher(self.nlp.vocab, attr="ORTH")
        surfaces = sorted(self.kb.surface)
        for surface, pattern in zip(surfaces, self.nlp.tokenizer.pipe(surfaces), strict=True):
            self.matcher.add(surface, [pattern])
        # Words of multi-word names of organisations and groups ("Khorasan" of "Khorasan Province"):
        # alone, they are not a person or a new group.
        self.alias_words = frozenset(
            word for surface, entries in self.kb.surface.items() if " " in surface
            and any(self.kb.actors.get(k) is not None and self.kb.actors[k].kind != "person" for k, _ in entries)
            for word in surface.split() if word[:1].isupper()
        )

    def __call__(self, doc: Document) -> Document:
        year = int(doc.published[:4]) if doc.published and doc.published[:4].isdigit() else None
        doc.actors = _Resolver(self, doc, year).run()
        return doc


class _Resolver:
    """The rules above, applied to one document."""

    def __init__(self, stage: ActorStage, doc: Document, year: int | None) -> None:
        self.kb = stage.kb
        self.stage = stage
        self.doc = doc
        self.sp = doc.nlp
        self.year = year
        self.found: list[Found] = []
        self.covered: dict[int, Found] = {}  # token index → mention
        self.new: dict[str, NewActor] = {}
        self.surname_of: dict[str, tuple[int, str]] = {}  # last name → (start, person key), earliest wins
        self.ent_at = {t.i: ent for ent in self.sp.ents for t in ent}
        self.subject_cache: dict[int, bool] = {}
        self.texts = [t.text for t in self.sp]

    # -- helpers ------------------------------------------------------------------------------
    def kb_actor(self, key: str) -> KbActor | None:
        return self.kb.actors.get(key)

    def kind_of(self, key: str) -> str:
        actor = self.kb_actor(key)
        if actor is not None:
            return actor.kind
        new = self.new.get(key)
        return new.kind if new else "other"

    def add(self, f: Found) -> None:
        self.found.append(f)
        for i in range(*f.tokens):
            self.covered[i] = f
        if f.tokens[1] - f.tokens[0] > 1 and self.kind_of(f.key) == "person":
            last = self.sp[f.tokens[1] - 1].text
            if last not in self.surname_of or self.surname_of[last][0] > f.start:
                self.surname_of[last] = (f.start, f.key)

    def remove(self, f: Found) -> None:
        self.found.remove(f)
        for i in range(*f.tokens):
            if self.covered.get(i) is f:
                del self.covered[i]

    def free(self, start: int, end: int) -> bool:
        return all(i not in self.covered for i in range(start, end))

    def new_actor(self, prefix: str, name: str, kind: ActorKind, country: str | None = None,
                  role: str | None = None) -> str:
        key = f"{prefix}:{_slug(name)}"
        actor = self.new.setdefault(key, NewActor(name=name, kind=kind, country=country))
        actor.country = actor.country or country
        if role and not any(r["title"] == role for r in actor.roles):
            actor.roles.append({"title": role, "org": None, "from": None, "to": None})
        return key

    def state_in(self, start: int, end: int) -> str | None:
        """The first state named (by name, demonym or province) in tokens [start, end)."""
        for i in range(start, end):
            f = self.covered.get(i)
            if f is not None:
                state = self.kb.state_of(f.key) if f.key in self.kb.actors else None
                if state is None and f.key in self.new:
                    state = self.new[f.key].country
                if state:
                    return state
            token = self.sp[i]
            if token.text in self.kb.places and token.pos_ == "PROPN":
                return self.kb.places[token.text]
        return None

    # -- 1. dictionary --------------------------------------------------------------------------
    def dictionary(self) -> list[tuple[int, int, str]]:
        matches = [(s, e, self.sp.vocab.strings[m]) for m, s, e in self.stage.matcher(self.sp)]
        matches.sort(key=lambda m: (-(m[1] - m[0]), m[0]))
        taken: set[int] = set()
        kept = []
        for s, e, surface in matches:
            if taken.isdisjoint(range(s, e)):
                kept.append((s, e, surface))
                taken.update(range(s, e))
        return sorted(kept)

    def resolve_surface(self, surface: str) -> tuple[str, str] | None:
        """Choose the actor a surface form names here: (key, how)."""
        entries = self.kb.lookup(surface)
        if not entries:
            return None
        if len({k for k, _ in entries}) == 1:
            key, how = entries[0]
            hows = {h for _, h in entries}
            return key, ("alias" if "alias" in hows and how == "demonym" and surface.isupper() else how)
        people = [k for k, _ in entries if self.kb.actors.get(k) and self.kb.actors[k].kind == "person"]
        named = [p for p in people if any(f.key == p for f in self.found)]
        if len(named) == 1:
            return named[0], "surname"
        in_office = [p for p in people if any(r.active(self.year) for r in self.kb.actors[p].roles)]
        if self.year is not None and len(in_office) == 1:
            return in_office[0], "surname"
        if people:
            return None  # an ambiguous surname with nothing to choose by
        return entries[0]

    def addressed_as(self, key: str, s: int, surface: str) -> str | None:
        """The person a name after "Mr." or "Mrs." is: ``key``, unless the knowledge base gives ``key`` the
        other gender, then the one person of the honorific's gender with that last name, else None ("Mr.
        Clinton" is Bill Clinton, though "Clinton" alone is Hillary Clinton's alias)."""
        gender = HONORIFICS.get(self.sp[s - 1].lower_) if s > 0 else None
        actor = self.kb.actors.get(key)
        if gender is None or actor is None or actor.gender in (None, gender):
            return key
        others = self.kb.people_named(surface.rsplit(" ", 1)[-1], gender)
        return others[0] if len(others) == 1 else None

    def inside_other_name(self, s: int, e: int) -> Any:
        """The longer entity (not itself a known name) that tokens [s, e) are part of, if any."""
        ent = self.ent_at.get(s)
        if ent is None or e > ent.end or ent.label_ not in (
            "PERSON", "ORG", "FAC", "WORK_OF_ART", "EVENT", "PRODUCT", "LAW"
        ) and not (ent.label_ == "LOC" and any(t.lower_ in WATERS for t in ent)):  # "the Sea of Japan"
            return None
        extra = [t for t in ent if not s <= t.i < e and t.lower_ != "the"]
        followed_by_possessive = e < len(self.sp) and self.sp[e].text in ("'s", "’s")
        if any(t.text[:1].isupper() for t in extra) and not followed_by_possessive:
            return ent
        return None

    def names_a_facility(self, e: int) -> bool:
        """The name ending at token ``e`` modifies a building or a place noun: "the Westgate shopping mall"."""
        last = self.sp[e - 1]
        return last.dep_ in ("compound", "amod", "nmod") and last.head.i >= e and last.head.lemma_.lower() in FACILITIES

    def part_of_other_name(self, key: str, s: int, e: int) -> bool:
        """An alias that begins a longer name: "Petro Poroshenko" is not Gustavo Petro (a person's alias followed,
        inside one PERSON entity, by a further name is a first name); "the Brotherhood of Teamsters" is not the
        Muslim Brotherhood."""
        kind = self.kind_of(key)
        if kind == "person":
            ent = self.ent_at.get(s)
            return (ent is not None and ent.label_ == "PERSON" and e < ent.end
                    and (self.sp[e].pos_ == "PROPN" and self.sp[e].text[:1].isupper()
                         or self.sp[e].lower_ in NAME_PARTICLES)  # "Saleh al-Sammad" is not Aguila Saleh
                    and self.sp[e].text.rstrip(".") not in NAME_SUFFIXES)
        return kind in ("organization", "armed_group") and e + 1 < len(self.sp) and self.sp[e].lower_ == "of" \
            and self.sp[e + 1].pos_ == "PROPN"

    def owners_body(self, key: str, how: str, s: int) -> tuple[str, str, int]:
        """"Peru's Congress" is Peru's government, not the US Congress: a state's named body after another
        state's possessive or demonym is one mention (from ``s`` back to the owner) of the owner's body."""
        if "." not in key or self.kind_of(key) not in ("government", "military"):
            return key, how, s
        owner = self.possessor_state(s)
        if not owner or owner == self.kb.state_of(key) or f"{owner}.GOV" not in self.kb.actors:
            return key, how, s
        holder = self.covered.get(s - 2 if self.sp[s - 1].text in ("'s", "’s") else s - 1)
        if holder is not None:
            self.remove(holder)
            s = holder.tokens[0]
        return f"{owner}.{'MIL' if self.kind_of(key) == 'military' else 'GOV'}", "body", s

    def shared_names(self) -> None:
        """Two names sharing their last word: "North and South Korea" names North Korea too."""
        for token in self.sp:
            if token.i + 3 >= len(self.sp) or token.i in self.covered or not token.text[:1].isupper() \
                    or self.sp[token.i + 1].lower_ != "and":
                continue
            second = self.covered.get(token.i + 2)
            if second is None or second.tokens != (token.i + 2, token.i + 4):
                continue  # the second name is two words: "South Korea"
            hit = self.resolve_surface(f"{token.text} {self.sp[token.i + 3].text}")
            if hit and hit[0] != second.key and self.kind_of(hit[0]) == "state":
                self.add(Found(token.idx, token.idx + len(token.text), hit[0], hit[1], (token.i, token.i + 1)))

    def subtoken_matches(self) -> None:
        """Names inside hyphen or slash compounds: "U.S.-Afghan", "ISIS/ISIL", "pro-Russian"."""
        for token in self.sp:
            text = token.text
            if ("-" not in text and "/" not in text) or len(text) < 3 or token.i in self.covered:
                continue
            offset = token.idx
            parts = re.split(r"([-/])", token.text)
            for k, part in enumerate(parts):
                if k >= 2 and parts[k - 2].lower() == "non":
                    offset += len(part)
                    continue  # "non-Muslims" are not Muslims
                if part and part not in "-/":
                    hit = self.resolve_surface(part)
                    if hit and self.kind_of(hit[0]) != "person":
                        key, how = hit
                        f = Found(offset, offset + len(part), key, how, (token.i, token.i + 1))
                        self.found.append(f)
                        self.covered.setdefault(token.i, f)
                offset += len(part)

    # -- 3. demonym/possessive + body noun -----------------------------------------------------
    def body_phrase(self, s: int, e: int) -> tuple[int, str] | None:
        """If tokens after a state mention form "<adj/noun>* BODY_NOUN" not followed by a name,
        return (end token, 'MIL'|'GOV'|'PEOPLE')."""
        i = e
        if i < len(self.sp) and self.sp[i].text in ("'s", "’s"):
            i += 1
        head = None
        j = i
        while j < len(self.sp) and j < i + 5:
            t = self.sp[j]
            if t.pos_ in ("ADJ", "NOUN", "PROPN") or t.text.lower() in MIL_NOUNS | GOV_NOUNS:
                if j in self.covered and self.covered[j].how != "demonym":
                    break
                if t.ent_type_ == "PERSON" and t.ent_iob_ == "B":
                    break  # "American journalist James Foley": the name ends the phrase
                if {t.lower_, t.lemma_.lower()} & (MIL_NOUNS | GOV_NOUNS | PEOPLE_NOUNS):
                    head = j  # the last body noun of the run: "Pakistani army" in "the Pakistani army rejects"
                j += 1
                continue
            break
        if head is None or (head + 1 < len(self.sp) and self.sp[head + 1].text == "-"):
            return None
        h = self.sp[head]
        if h.dep_ == "appos" and h.head.pos_ == "PROPN":
            return None  # "Rahim Nouri, a senior Afghan commander": the person's description, not a body
        word = self.sp[head].text.lower()
        lemma = self.sp[head].lemma_.lower()
        if lemma in MIL_NOUNS | GOV_NOUNS | PEOPLE_NOUNS:
            word = lemma
        nxt = j  # a name may follow the whole run: "Pakistan's army chief, General Qamar Javed Bajwa"
        # "ambassador to Pakistan, Alexey Dedov": the title may go on with a short prepositional phrase
        if nxt < len(self.sp) and self.sp[nxt].lower_ in ("to", "of", "for"):
            k = nxt + 1
            while k < len(self.sp) and k < nxt + 5 and self.sp[k].pos_ in ("PROPN", "DET", "ADJ", "NOUN"):
                k += 1
            if k < len(self.sp) and (self.sp[k].text == "," or self.starts_name(k)):
                nxt = k
            elif k - 1 > nxt and self.starts_name(k - 1):
                nxt = k - 1
        while nxt < len(self.sp) and self.sp[nxt].text == ",":
            nxt += 1
        while nxt + 1 < len(self.sp) and self.sp[nxt].lower_ in NAME_PREFIXES:
            nxt += 1  # "Mali's junta leader, Captain Amadou Sanogo"
        name_follows = nxt < len(self.sp) and self.starts_name(nxt)
        if name_follows:
            return None
        if word in MIL_NOUNS:
            return head + 1, "MIL"
        if word in GOV_NOUNS:
            return head + 1, "GOV"
        if word in PEOPLE_NOUNS:
            return head + 1, "PEOPLE"
        return None

    def starts_name(self, i: int) -> bool:
        t = self.sp[i]
        if not (t.text[:1].isupper() and t.pos_ == "PROPN"):
            return False
        f = self.covered.get(i)
        if f is not None:
            return self.kind_of(f.key) == "person"
        return t.ent_type_ in ("PERSON", "ORG") or t.text.lower() in NAME_PREFIXES

    # -- run -------------------------------------------------------------------------------------
    def run(self) -> list[Actor]:
        dropped: list[tuple[int, int, str]] = []  # states and groups read inside a longer name
        for s, e, surface in self.dictionary():
            hit = self.resolve_surface(surface)
            if hit is None:
                continue
            key, how = hit
            if s >= 2 and self.sp[s - 1].text == "-" and self.sp[s - 2].lower_ == "non":
                continue  # "a non-NATO ally" is not NATO
            if self.begins_place(s, e):
                continue  # "the West Bank" is not the West
            if self.sp[e - 1].text == "West" and e < len(self.sp) and self.sp[e].text[:1].isupper() \
                    and self.sp[e].is_alpha:
                continue  # "a West African force", "West Point": a longer name, not the West
            other = self.inside_other_name(s, e) \
                if self.kind_of(key) in ("state", "government", "military", "other") else None
            if other is not None:
                if other.label_ != "LOC":  # (a sea's name, "the Sea of Japan", never comes back as the state)
                    dropped.append((s, e, key))
                continue
            if how in ("alias", "surname") and self.part_of_other_name(key, s, e):
                continue
            if self.kind_of(key) == "person":
                addressed = self.addressed_as(key, s, surface)
                if addressed is None:
                    continue  # "Mr. Clinton" with no Mr. Clinton known: a person of that name (people())
                key = addressed
            key, how, s = self.owners_body(key, how, s)
            span = self.sp[s:e]
            self.add(Found(span.start_char, span.end_char, key, how, (s, e)))
        self.traps()
        self.bodies_and_metonyms()
        self.subtoken_matches()
        self.shared_names()
        self.people()
        self.declared_aliases()
        self.surnames()
        self.unknown_entities(dropped)
        self.restore(dropped)
        self.coordinated_bodies()
        self.nominal_coreference()
        return self.actors()

    def traps(self) -> None:
        for f in list(self.found):
            s, e = f.tokens
            if f.key != "ISIS" or e + 1 >= len(self.sp) or self.sp[e].lower_ != "of":
                continue
            nxt = self.covered.get(e + 1)
            if nxt is not None and self.kind_of(nxt.key) == "state" and nxt.key not in ("IRQ", "SYR"):
                self.remove(f)
                self.remove(nxt)
                span = self.sp[s:nxt.tokens[1]]
                self.add(Found(span.start_char, span.end_char, nxt.key, "alias", (s, nxt.tokens[1])))

    def bodies_and_metonyms(self) -> None:
        for f in sorted(self.found, key=lambda x: x.start):
            if self.kind_of(f.key) != "state":
                continue
            s, e = f.tokens
            officials = self.officials_in(s, e) if f.how in ("capital", "name", "alias") else None
            if officials is not None:  # "officials in Tehran said", "the authorities in Pakistan": its government
                self.remove(f)
                span = self.sp[officials:e]
                self.add(Found(span.start_char, span.end_char, f"{f.key}.GOV", "body", (officials, e)))
                continue
            last = self.sp[e - 1]
            if f.how == "capital" and last.dep_ == "compound" and last.head.i == e \
                    and last.head.lemma_.lower() in CAPITAL_GOVERNMENTS and self.free(e, e + 1):
                # "the Tripoli government", "the Kabul regime": the state's government, named by its seat
                self.remove(f)
                span = self.sp[s:e + 1]
                self.add(Found(span.start_char, span.end_char, f"{f.key}.GOV", "body", (s, e + 1)))
                continue
            if f.how == "capital" and self.capital_is_place(s, e):
                self.remove(f)
                continue
            if f.how == "demonym" and e < len(self.sp) and self.sp[e].lower_ in OPPOSITION_WORDS:
                # "Syrian opposition leaders", "Syrian rebel groups": a group of the state's, not the state or its
                # body (as CAMEO codes SYROPP, SYRREB)
                end = e + 1
                while end < min(len(self.sp), e + 4) and self.sp[end].pos_ == "NOUN" and end not in self.covered:
                    end += 1
                span = self.sp[s:end]
                self.remove(f)
                key = self.new_actor("group", span.text, "other", f.key)
                self.add(Found(span.start_char, span.end_char, key, "body", (s, end)))
                continue
            body = self.body_phrase(s, e)
            if body is None:
                continue
            end, what = body
            span = self.sp[s:end]
            if not self.free(e, end):
                continue
            self.remove(f)
            if what == "PEOPLE":
                name = span.text
                key = self.new_actor("group", name, "other", f.key)
                self.add(Found(span.start_char, span.end_char, key, "body", (s, end)))
            else:
                self.add(Found(span.start_char, span.end_char, f"{f.key}.{what}", "body", (s, end)))

    def officials_in(self, s: int, e: int) -> int | None:
        """Where "officials in <capital>" with no other actor on "officials" starts, else None."""
        prep = self.sp[e - 1].head
        noun = prep.head
        if self.sp[e - 1].dep_ != "pobj" or prep.lower_ != "in" or noun.lower_ not in OFFICIALS_IN \
                or noun.i != prep.i - 1:
            return None
        start = noun.left_edge.i + (noun.left_edge.dep_ == "det")
        for i in range(start + 2, noun.i):  # "the UN-recognised government in Tripoli": after its backer
            if self.sp[i - 1].text == "-" and self.sp[i].lower_ in BACKER_PARTICIPLES:
                start = i + 1
        return start if self.free(start, noun.i + 1) else None

    def capital_is_place(self, s: int, e: int) -> bool:
        """"met in Islamabad", "visited Kabul", "the capital Sanaa": a place; "Kabul accuses": the state."""
        token = self.sp[e - 1]
        if token.dep_ == "compound" or (s > 0 and self.sp[s - 1].lower_ in ("capital", "city")):
            return True
        while token.dep_ == "conj" and token.head.i != token.i:
            token = token.head  # "from Washington and Paris": as the first conjunct
        head = token.head
        if token.dep_ == "pobj" and head.lower_ == "from" and self.comes_from(head.head):
            return False  # "offers of help from Paris", "pressure from Washington": who it comes from
        if token.dep_ == "poss" and head.lemma_.lower() in CITY_PARTS:
            return True  # "Beirut's southern suburbs", "Kabul's airport"
        if token.dep_ == "pobj":
            if head.lower_ == "of" and head.head.lemma_.lower() in CITY_PARTS:
                return True  # "the suburbs of Damascus", "the centre of Kabul"
            if head.lower_ in LOCATIVE_PREPS:
                return True
            return head.lower_ == "to" and head.head.lemma_ in MOTION_VERBS
        return token.dep_ in ("dobj", "obj") and head.lemma_ in MOTION_VERBS

    @staticmethod
    def comes_from(holder: Any) -> bool:
        """Whether "from" on ``holder`` names a giver: "help from", "rejected offers of help … from"."""
        if holder.lemma_.lower() in FROM_ACTOR:
            return True
        objects = [c for c in holder.children if c.dep_ in ("dobj", "obj")] if holder.pos_ == "VERB" else []
        objects += [p for c in objects for g in c.children if g.dep_ == "prep" and g.lower_ == "of"
                    for p in g.children if p.dep_ == "pobj"]
        return any(o.lemma_.lower() in FROM_ACTOR for o in objects)

    def coordinated_bodies(self) -> None:
        """"the American and Iranian governments": a demonym coordinated with a body is a body too."""
        for f in sorted(self.found, key=lambda x: x.start):
            if f.how != "demonym" or self.kind_of(f.key) != "state":
                continue
            s, e = f.tokens
            j = e
            while j < len(self.sp) and j < e + 2 and (self.sp[j].lower_ in ("and", "or") or self.sp[j].text == ","):
                j += 1
            nxt = self.covered.get(j)
            what = None
            if j > e and nxt is not None and nxt.how == "body" and "." in nxt.key:
                what = nxt.key.rsplit(".", 1)[1]
            elif j > e and j + 1 < len(self.sp) and self.sp[j].pos_ in ("ADJ", "PROPN"):
                # "American and Kurdish forces": the other conjunct is no state, but the noun is a body
                noun = self.sp[j + 1]
                what = "MIL" if noun.lower_ in MIL_NOUNS else "GOV" if noun.lower_ in GOV_NOUNS else None
            if what in ("GOV", "MIL"):
                self.remove(f)
                self.add(Found(f.start, f.end, f"{f.key}.{what}", "body", (s, e)))

    # -- 5. people -------------------------------------------------------------------------------
    def people(self) -> None:
        for ent in self.sp.ents:
            if ent.label_ not in ("PERSON", "ORG"):
                continue
            s, e = ent.start, ent.end
            # strip leading titles: "General Zubair Mahmood Hayat" → "Zubair Mahmood Hayat"
            titled = False
            while s < e and self.sp[s].lower_ in NAME_PREFIXES:
                s += 1
                titled = True
            while e > s and self.sp[e - 1].text in ("'s", "’s", ",", "."):
                e -= 1
            if s >= e or not self.free(s, e):
                continue
            if ent.label_ == "ORG" and not titled and not (
                    s > 0 and self.sp[s - 1].lower_ in PERSON_TITLES and 2 <= e - s <= 4
                    and not any(t.lower_ in ORG_GOV_WORDS + ORG_MIL_WORDS + ORG_MEDIA_WORDS for t in self.sp[s:e])):
                continue
            # "President Bush", "Mr. Abbas": a title makes a person of a name that is also a town's (or a
            # word of an organisation's name, "the Bush administration")
            titled = titled or (s > 0 and self.sp[s - 1].lower_ in NAME_PREFIXES and ent.label_ == "PERSON")
            if not titled and (self.is_place(self.sp[s:e].text) or self.sp[s:e].text in self.stage.alias_words):
                continue
            if self.names_a_facility(e):
                continue  # "the Westgate shopping mall"
            if not all(t.text[:1].isupper() or t.text in ("-", "al", "bin", "ibn", "el", "de") for t in self.sp[s:e]):
                continue
            span = self.sp[s:e]
            if any(c.isdigit() for c in span.text):
                continue
            navy = NAVY_PREFIXES.get(self.sp[s].text)
            if navy and e - s > 1 and f"{navy}.MIL" in self.kb.actors:
                # "the aircraft carrier USS George Washington": a ship of the state's navy, its military
                self.add(Found(span.start_char, span.end_char, f"{navy}.MIL", "body", (s, e)))
                continue
            known = self.known_surname(span.text)
            if known is not None:
                self.add(Found(span.start_char, span.end_char, known, "surname", (s, e)))
                continue
            role, country = self.title_of(s, e)
            key = self.new_actor("person", span.text, "person", country, role)
            how = "person-title" if ent.label_ == "ORG" else "ner"
            self.add(Found(span.start_char, span.end_char, key, how, (s, e)))

    def title_of(self, s: int, e: int) -> tuple[str | None, str | None]:
        """Role and country of a person from the title before the name or the apposition after it."""
        sent = self.sp[s].sent
        i = s - 1
        while i > sent.start and self.sp[i].lower_ in NAME_PREFIXES and self.sp[i - 1].text == ",":
            i -= 1  # "Mali's junta leader, Captain Amadou Sanogo": the rank, then the title before it
        if i >= sent.start and self.sp[i].text == ",":
            i -= 1
        start = i + 1
        while i >= sent.start:
            t = self.sp[i]
            if t.pos_ in ("PROPN", "NOUN", "ADJ", "PART") or t.text in ("-", "of", "to", "for", "'s", "’s") \
                    or (t.lower_ == "the" and i > sent.start and self.sp[i - 1].pos_ != "VERB"):
                start = i
                i -= 1
                continue
            break
        before = self.sp[start:s]
        words = [t.lower_ for t in before]
        if any(w in PERSON_TITLES for w in words):
            country_token = next((t.i for t in before if t.i in self.covered
                                  and self.kind_of(self.covered[t.i].key) == "state"), None)
            role_tokens = [t for t in before if t.i != country_token and t.text not in ("'s", "’s", ",")]
            while role_tokens and role_tokens[0].lower_ in ("the", "a", "an"):
                role_tokens.pop(0)
            role = " ".join(t.text for t in role_tokens).strip(" ,") or None
            return role, self.state_in(start, s)
        # apposition after: "Sergei Ivanov, chief of Russia's Foreign Intelligence Service's press bureau,"
        if e < sent.end and self.sp[e].text == ",":
            j = e + 1
            while j < sent.end and self.sp[j].text != "," and self.sp[j].pos_ != "VERB":
                j += 1
            after = self.sp[e + 1:j]
            if any(t.lower_ in PERSON_TITLES or t.lower_ in GOV_NOUNS for t in after):
                return after.text.removeprefix("the ").removeprefix("a ") or None, self.state_in(e + 1, j)
        return None, None

    def known_surname(self, text: str) -> str | None:
        """The person already named in full whose last name is ``text``."""
        hit = self.surname_of.get(text)
        return hit[1] if hit else None

    def surnames(self) -> None:
        """A person's last name alone repeats the person (whatever label spaCy gave it)."""
        for token in self.sp:
            if token.i in self.covered or token.pos_ != "PROPN" or not token.text[:1].isupper():
                continue
            known = self.known_surname(token.text)
            if known is not None:
                self.add(Found(token.idx, token.idx + len(token.text), known, "surname", (token.i, token.i + 1)))

    # -- 6. aliases declared in the text ---------------------------------------------------------
    def declared_aliases(self) -> None:
        declared: dict[str, str] = {}
        for f in sorted(self.found, key=lambda x: x.start):
            s, e = f.tokens
            if e < len(self.sp) and self.sp[e].text == "(":
                close = next((j for j in range(e + 1, min(e + 12, len(self.sp))) if self.sp[j].text == ")"), None)
                if close is not None:
                    self.parenthesis(f, e + 1, close, declared)
            # "X, also known as Y" / "X, known as Y"
            j = e + (1 if e < len(self.sp) and self.sp[e].text == "," else 0)
            words = [t.lower_ for t in self.sp[j:j + 3]]
            if words[:3] == ["also", "known", "as"] or words[:2] == ["known", "as"]:
                k = j + (3 if words[0] == "also" else 2)
                end = k
                while end < len(self.sp) and self.sp[end].text[:1].isupper():
                    end += 1
                if end > k and self.free(k, end):
                    span = self.sp[k:end]
                    declared[span.text] = f.key
        for sent in self.sp.sents:
            self.acronym_sentence(sent, declared)
        if declared:
            self.rescan(declared)

    def parenthesis(self, f: Found, start: int, close: int, declared: dict[str, str]) -> None:
        pieces: list[list[Any]] = [[]]
        for t in self.sp[start:close]:
            if t.text in ("/", ",", ";") or t.lower_ == "or":
                pieces.append([])
            else:
                pieces[-1].append(t)
        for piece in pieces:
            if not piece or not piece[0].text[:1].isupper():
                continue
            a, b = piece[0].i, piece[-1].i + 1
            other = {self.covered[i].key for i in range(a, b) if i in self.covered}
            if other - {f.key}:
                # a different actor named in the brackets: only a state read where an alias was meant
                if not all(self.kind_of(k) == "state" for k in other):
                    continue
            span = self.sp[a:b]
            if not re.fullmatch(r"[\w.'’-]+(?: [\w.'’-]+){0,3}", span.text):
                continue
            declared[span.text] = f.key

    def acronym_sentence(self, sent: Any, declared: dict[str, str]) -> None:
        """"Daesh is the Arabic acronym for IS." — the subject names the object's actor."""
        tokens = list(sent)
        if len(tokens) < 5 or tokens[1].lower_ != "is":
            return
        for k in range(2, min(len(tokens), 9)):
            phrase = " ".join(t.text for t in tokens[2:k + 1])
            if ALIAS_CUES.match(phrase) and k + 1 < len(tokens):
                target = self.covered.get(tokens[k + 1].i) or (self.covered.get(tokens[k + 2].i)
                                                               if k + 2 < len(tokens) else None)
                if target is not None:
                    declared[tokens[0].text] = target.key
                return

    def rescan(self, declared: dict[str, str]) -> None:
        for surface, key in declared.items():
            pattern = [t.text for t in self.stage.nlp.tokenizer(surface)]
            n = len(pattern)
            for i in range(len(self.sp) - n + 1):
                if self.texts[i] != pattern[0] or self.texts[i:i + n] != pattern:
                    continue
                existing = {self.covered[j] for j in range(i, i + n) if j in self.covered}
                if any(x.key == key for x in existing):
                    continue
                if any(self.kind_of(x.key) != "state" for x in existing):
                    continue
                for x in existing:
                    self.remove(x)
                span = self.sp[i:i + n]
                self.add(Found(span.start_char, span.end_char, key, "declared", (i, i + n)))

    # -- 8. names the knowledge base does not know -----------------------------------------------
    def unknown_entities(self, dropped: Iterable[tuple[int, int, str]]) -> None:
        inner = {(s, e): key for s, e, key in dropped}
        for ent in self.sp.ents:
            s, e = ent.start, ent.end
            if self.sp[s].lower_ == "the":
                s += 1
            while e > s and self.sp[e - 1].text in ("'s", "’s"):
                e -= 1
            if s >= e or not self.free(s, e):
                continue
            span = self.sp[s:e]
            if self.is_place(span.text):
                continue
            at_line_start = span.start_char == 0 or self.doc.text[span.start_char - 1] == "\n"
            if span.text.isupper() and at_line_start and e < len(self.sp) and self.sp[e].text in (",", "(", "—", "-"):
                continue  # "KABUL, Afghanistan —": a dateline, a place
            if ent.label_ == "ORG":
                if e < len(self.sp) and self.sp[e].lower_ in PERSON_TITLES:
                    continue  # "Indian External Affairs Minister …": part of a title
                if re.search(r"\d", span.text) or self.names_a_facility(e):
                    continue  # "S-400", "Mi-35M": equipment, not organisations; "the Westgate mall": a building
                if any(t.is_alpha and t.is_lower and t.lower_ not in ("of", "and", "for", "the", "al", "el", "de")
                       for t in span):
                    continue
                if (e - s == 1 and span.text.lower() in ORG_STOP) or all(
                        t.lower_ in PERSON_TITLES or t.lower_ in ORG_STOP or t.lower_ == "of" for t in span):
                    continue
                country = next((k for (a, b), k in inner.items() if s <= a and b <= e), None)
                country = self.kb.state_of(country) if country else self.possessor_state(s)
                words = [t.lower_ for t in span]
                kind: ActorKind = "organization"
                if any(w in ORG_MEDIA_WORDS for w in words[-2:]) and "agency" not in words[-1:]:
                    kind = "media"
                elif any(w in ORG_MIL_WORDS for w in words):
                    kind = "military"
                elif any(w in ORG_GOV_WORDS for w in words):
                    kind = "government" if country else "organization"
                body = f"{country}.GOV" if kind == "government" else f"{country}.MIL" if kind == "military" else ""
                inside = {t.i for t in span if t.i in self.covered or any(a <= t.i < b for a, b in inner)}
                office = OFFICE_WORDS | SERVICE_WORDS if kind == "military" else OFFICE_WORDS
                if body in self.kb.actors and all(t.lower_ in office or t.i in inside or t.text in ("'s", "’s")
                                                  for t in span):
                    # "the US State Department", "the Pakistani Foreign Office": the state's government,
                    # as CAMEO codes a ministry without a name of its own ("the U.S. Navy": its military)
                    self.add(Found(span.start_char, span.end_char, body, "body", (s, e)))
                    continue
                key = self.new_actor("org", span.text, kind, country)
                self.add(Found(span.start_char, span.end_char, key, "ner", (s, e)))
            elif ent.label_ == "NORP" and span.text.lower() not in NORP_STOP and span.text[:1].isupper() \
                    and span.text not in self.stage.alias_words and not self.names_a_facility(e):
                key = self.new_actor("group", span.text, "other")
                self.add(Found(span.start_char, span.end_char, key, "ner", (s, e)))

    def restore(self, dropped: Iterable[tuple[int, int, str]]) -> None:
        """A state name dropped as part of a longer entity that turned out to be no actor comes back."""
        for s, e, key in dropped:
            if self.free(s, e):
                span = self.sp[s:e]
                how = next((h for k, h in self.kb.lookup(span.text) if k == key), "name")
                self.add(Found(span.start_char, span.end_char, key, how, (s, e)))

    def begins_place(self, s: int, e: int) -> bool:
        """Tokens [s, e) begin or end a longer place name: "the West" in "the West Bank", "Ireland" in "Northern
        Ireland"."""
        start = s + 1 if self.sp[s].lower_ == "the" else s
        return any(self.sp[start:e + k].text in self.kb.places for k in (1, 2, 3) if e + k <= len(self.sp)) or any(
            self.sp[start - k:e].text in self.kb.places for k in (1, 2) if start - k >= 0)

    def is_place(self, text: str) -> bool:
        entries = self.kb.lookup(text)
        return text in self.kb.places or (text in self.kb.cities and not entries) or \
            any(how == "capital" for _, how in entries)

    def possessor_state(self, s: int) -> str | None:
        if s >= 2 and self.sp[s - 1].text in ("'s", "’s"):
            f = self.covered.get(s - 2)
            if f is not None:
                return self.kb.state_of(f.key)
        if s >= 1:
            f = self.covered.get(s - 1)
            if f is not None and f.how == "demonym":
                return self.kb.state_of(f.key)
        return None

    # -- 7. coreference --------------------------------------------------------------------------
    def nominal_coreference(self) -> None:
        ordered = sorted(self.found, key=lambda x: x.start)
        for token in self.sp:
            if token.lower_ in ("he", "she") and token.dep_ in ("nsubj", "nsubjpass") and token.i not in self.covered:
                person = self.antecedent(ordered, token)
                if person is not None:
                    self.add(Found(token.idx, token.idx + len(token.text), person.key, "pronoun",
                                   (token.i, token.i + 1)))
                continue
            if token.lower_ != "the":
                continue
            j = token.i + 1
            mods = []
            while j < len(self.sp) and self.sp[j].pos_ in ("ADJ", "PROPN", "NOUN") and j < token.i + 5:
                mods.append(self.sp[j])
                j += 1
            while mods and mods[-1].pos_ == "ADJ":
                mods.pop()  # "the radical Islamic terrorists dead": the noun is the head
            if not mods:
                continue
            j = mods[-1].i + 1
            head = mods[-1]
            if j < len(self.sp) and self.starts_name(j):
                continue  # "the general Zubair …": a title, the name is the mention
            if head.lower_ in GROUP_ANAPHORA_HEADS and all(m.lower_ in GROUP_ANAPHORA_MODIFIERS for m in mods[:-1]):
                if not self.free(token.i, j) or any(c.dep_ == "relcl" for c in head.children):
                    continue  # "the militants who bombed …": a relative clause says which ones, not a reference back
                group = self.last(ordered, token.idx, lambda f: self.kind_of(f.key) == "armed_group")
                if group is not None:
                    span = self.sp[token.i:j]
                    self.add(Found(span.start_char, span.end_char, group.key, "anaphora", (token.i, j)))
                continue
            cues = NOMINAL_ROLES.get(head.lower_)
            if cues is None:
                continue
            person = self.role_antecedent(ordered, token.idx, cues, self.state_in(token.i + 1, j))
            if person is None:
                continue
            span = self.sp[token.i:j]
            for other in {self.covered[i] for i in range(token.i, j) if i in self.covered}:
                self.remove(other)
            self.add(Found(span.start_char, span.end_char, person.key, "nominal", (token.i, j)))

    def antecedent(self, ordered: list[Found], pronoun: Any) -> Found | None:
        """"he"/"she": the last person in the same sentence, else the last person who was a subject,
        else the last person."""
        sent_start = pronoun.sent.start_char

        def person(f: Found) -> bool:
            return self.kind_of(f.key) == "person"

        return (self.last(ordered, pronoun.idx, lambda f: person(f) and f.start >= sent_start)
                or self.last(ordered, pronoun.idx, lambda f: person(f) and self.is_subject(f))
                or self.last(ordered, pronoun.idx, person))

    def role_antecedent(self, ordered: list[Found], before: int, cues: tuple[str, ...],
                        state: str | None) -> Found | None:
        """"the general", "the Russian diplomat": the last person whose role (and country) fits."""
        return self.last(ordered, before, lambda f: self.kind_of(f.key) == "person" and self.role_matches(f.key, cues)
                         and (state is None or self.country(f.key) == state))

    def is_subject(self, f: Found) -> bool:
        """Whether a mention is (part of) the subject of its clause."""
        cached = self.subject_cache.get(id(f))
        if cached is None:
            cached = self.subject_cache[id(f)] = self._is_subject(f)
        return cached

    def _is_subject(self, f: Found) -> bool:
        span = self.sp[f.tokens[0]:f.tokens[1]]
        root = span.root
        while root.dep_ in ("compound", "appos", "poss", "conj") and root.head.i != root.i:
            root = root.head
        return root.dep_ in ("nsubj", "nsubjpass")

    @staticmethod
    def last(ordered: list[Found], before: int, test: Any) -> Found | None:
        best = None
        for f in ordered:
            if f.start >= before:
                break
            if test(f):
                best = f
        return best

    def roles(self, key: str) -> list[str]:
        actor = self.kb_actor(key)
        if actor is not None:
            return [r.title.lower() for r in actor.roles]
        new = self.new.get(key)
        return [str(r["title"]).lower() for r in new.roles] if new else []

    def role_matches(self, key: str, cues: tuple[str, ...]) -> bool:
        return any(c in r for r in self.roles(key) for c in cues)

    def country(self, key: str) -> str | None:
        actor = self.kb_actor(key)
        if actor is not None:
            if actor.kind == "person":
                role = next((r for r in actor.roles if r.active(self.year)), actor.roles[0] if actor.roles else None)
                return self.kb.state_of(role.org) if role else None
            return self.kb.state_of(key)
        new = self.new.get(key)
        return new.country if new else None

    # -- output ----------------------------------------------------------------------------------
    def actors(self) -> list[Actor]:
        by_key: dict[str, Actor] = {}
        text = self.doc.text
        for f in sorted(self.found, key=lambda x: (x.start, x.end)):
            actor = by_key.get(f.key)
            if actor is None:
                actor = by_key[f.key] = self.make_actor(f.key)
            surface = text[f.start:f.end]
            if surface != actor.name and surface not in actor.aliases:
                actor.aliases.append(surface)
            actor.mentions.append(Mention(self.doc.span(f.start, f.end), confidence=f.confidence, stage="actors"))
        for actor in by_key.values():
            actor.confidence = max(m.confidence for m in actor.mentions)
        return list(by_key.values())

    def make_actor(self, key: str) -> Actor:
        kb_actor = self.kb_actor(key)
        if kb_actor is not None:
            roles = [r for r in kb_actor.roles if r.active(self.year)] or kb_actor.roles
            return Actor(id=key, name=kb_actor.name, kind=kb_actor.kind, country=self.country(key),
                         home_country=kb_actor.home_country, parent=kb_actor.parent,
                         roles=[r.to_dict() for r in roles])
        new = self.new[key]
        return Actor(id=key, name=new.name, kind=new.kind, country=new.country, roles=list(new.roles))
