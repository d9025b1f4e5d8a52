"""The ``events`` stage: who did what to whom, when and where, from the dependency parse.

For every sentence, each verb or noun in the trigger lexicon (``kb/data/events.yaml``) that has an
actor attached becomes a PLOVER-coded event:

* **sources** — the verb's subject (actors anywhere in the subject phrase, so "the heads of
  intelligence services for Iran, Russia, China, and Pakistan" gives four), the passive agent
  ("by X"), or a noun's possessor and modifiers ("U.S. strikes", "a joint U.S.-Afghan assault",
  "Russia's sale");
* **targets** — the object, the passive subject, and prepositional objects that fit the type
  ("talks with", "strikes against/on", "aid to", "called on");
* a noun that is the object of a light verb is the event of that verb's subject ("held talks",
  "launched an attack"); a noun trigger inside a verb trigger's phrase of the same type is merged
  into it ("recaptured after a joint U.S.-Afghan assault");
* **reciprocal** meetings (CONSULT with several sources and no target) keep every party as both
  source and target, mode ``multilateral``.

An actor the rules work out rather than find named — "its air force" (the subject state's military),
"police in Nairobi", the host state of "visited Washington" — is added to the document's actors with
the words it came from (mention stage ``events``), so every id an event names has a record.

Modality: ``negated`` for a negated trigger ("have not sent weapons"); ``modality`` ``denied``
(inside a denial: "rejects allegations of arming the Taliban"), ``alleged`` (inside an accusation
or allegation: "accuse the United States of supporting IS"; the event is linked to the accusation by
``context``), ``reported`` (inside what someone said), ``future`` ("will visit"), ``hypothetical``
("would be", "could"), ``requested`` (what someone was asked to do). Only events with no negation and
modality null or ``reported`` count as having happened (``happened``).
"""

from __future__ import annotations

import hashlib
import re
from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import date
from functools import lru_cache
from importlib import resources
from typing import Any

import yaml

from ..kb import load
from ..model import PLOVER_QUAD as QUAD
from ..model import Actor, Document, Event, Location, Mention
from . import MAX_SENTENCE_TOKENS
from .actors import BACKER_PARTICIPLES, GOV_NOUNS, MIL_NOUNS, WATERS
from .dates import MONTHS, Precision, resolve

# Confidence of an actor worked out by the event rules rather than named ("its air force").
INFERRED_CONFIDENCE = 0.6
# CAMEO root code of each PLOVER type (and of modes that have their own root), for GDELT-style exports.
CAMEO_ROOT = {"AGREE": "03", "CONSULT": "04", "SUPPORT": "05", "CONCEDE": "08", "COOPERATE": "06", "AID": "07",
              "RETREAT": "08", "REQUEST": "10", "ACCUSE": "11", "REJECT": "12", "THREATEN": "13", "PROTEST": "14",
              "SANCTION": "16", "MOBILIZE": "15", "COERCE": "17", "ASSAULT": "19",
              "ACCUSE/investigate": "09", "RETREAT/ease": "08", "ASSAULT/abduct": "18", "ASSAULT/targeted": "18",
              "ASSAULT/torture": "18", "ASSAULT/suicide-attack": "18", "ASSAULT/unconventional": "20"}
# Agents whose backing is military aid ("supported by NATO advisers").
ADVISERS = frozenset("adviser advisers advisor advisors trainer trainers instructor instructors".split())
# Nouns that count or group events: "began a new round of talks", "carried out dozens of air strikes".
SERIES_NOUNS = frozenset("round series wave spate string barrage dozen hundred score number couple pair package "
                          "raft set day week hour".split())  # ("held two days of talks")
# Where the entity recogniser runs a date on: "on April 2 after weeks of protests" gives "April 2 after weeks".
DAY_TIME = re.compile(r"\b(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|yesterday|last night)\b",
                      re.IGNORECASE)
DATE_RUN_ON = re.compile(r"\s+(?:after|before|since|until|amid|following)\s+")
# Nouns naming a place by its proper noun ("the town of Cizre", "Nangarhar province"); the provinces among them.
PLACE_NOUNS = frozenset("province region district city town capital village port state airport".split())
PROVINCE_NOUNS = frozenset("province region district state".split())
# What a weapons test tests: "a nuclear test", "a missile test".
TESTED = frozenset("nuclear atomic missile missiles rocket rockets ballistic weapon weapons hydrogen".split())
# What an amount is counted in: "pledged 2.5 billion dollars in aid", "withheld 300 million dollars in aid".
AMOUNTS = frozenset("dollar euro pound yuan rouble ruble rupee yen riyal franc".split())
# What a state enacts for itself (signing one is no agreement with anyone), and the verbs that enact it.
LAWS = frozenset("law laws bill bills decree decrees legislation ordinance statute resolution resolutions".split())
ENACT_VERBS = frozenset("sign pass adopt approve enact issue introduce".split())
# What one "meets with" that is no meeting: "the plan met with resistance".
REACTIONS = frozenset("""resistance criticism opposition skepticism scepticism approval silence protest protests
condemnation derision success failure hostility anger outrage praise applause indifference disapproval rejection
acclaim enthusiasm suspicion concern concerns""".split())
# What makes a campaign a military one: "an air campaign", "a military campaign".
MILITARY_CAMPAIGNS = frozenset("military air aerial bombing ground naval counterinsurgency offensive war "
                               "artillery drone".split())
# What one captures that is no place or person: "captured the allegiance of younger voters".
NOT_CAPTURED = frozenset("""allegiance attention imagination frustration mood spirit essence heart hearts mind minds
vote votes support nomination seat seats award title prize market share moment momentum lead headlines
interest sympathy""".split())
# What one hosts that is no visit or meeting: "hosts a radio show".
NOT_ATTENDED = frozenset("""vigil vigils funeral funerals service services mass prayer prayers ceremony ceremonies
concert match game games school university college class classes church mosque wedding memorial commemoration
parade screening""".split())
NOT_HOSTED = frozenset("show program programme podcast party dinner lunch reception event fundraiser gala website "
                       "site server servers olympics games cup tournament championship festival concert base bases "
                       "troops forces facility facilities refugees radar shield system systems missile missiles "
                       "embassy headquarters".split())
# What a message is: "ads targeting Clinton".
MESSAGES = frozenset("ad ads advert adverts advertisement advertisements commercial commercials video videos message "
                     "messages email emails mailer mailers post posts tweet tweets letter letters".split())
# What a law or a measure is, whatever it targets: "a law targeting the Central European University".
MEASURES = frozenset("""law laws bill bills legislation measure measures decree decrees policy policies rule rules
regulation regulations sanction sanctions tariff tariffs ban bans""".split())
# Words that make "called X …" a denunciation: "called Trump mentally deranged", "called the sanctions illegal".
INSULTS = frozenset("""liar liars deranged illegal illegitimate criminal criminals terrorist terrorists dictator
dictatorship careless reckless extreme disgrace disgraceful shameful failure corrupt puppet puppets enemy enemies
threat danger dangerous lunatic madman dotard traitor traitors racist fascist murderer murderers butcher thug
thugs aggression aggressive provocation provocative unacceptable absurd ridiculous hypocrite hypocritical
irresponsible outrageous baseless lie lies coup terrorism invasion occupation motivated hostile unjustified unjust
regrettable unfair unwarranted deplorable despicable imperialist colonialist genocidal barbaric cowardly inhumane
unlawful interventionist mistake blunder backward backwards setback""".split())
# Words of an attack that, between people with no force named, is an attack in words.
VERBAL_ATTACKS = frozenset("attack attacks fight battle hit target slam blast assail wound".split())
# Words of mediation: the mediator consults the parties to the talks of its sentence.
MEDIATION = frozenset("mediate mediation mediator mediators broker".split())
# What relief is carried: "warships carrying humanitarian aid".
RELIEF = frozenset("aid supplies food medicine medicines relief assistance fuel water tents equipment".split())
# What one is involved in: "denied involvement in the bombing".
INVOLVEMENT = frozenset("involvement role part participation complicity hand".split())
# Nouns for the parties of an earlier event: "the two leaders", "both sides".
PARTY_NOUNS = frozenset("leader side country nation party government man president minister delegation "
                        "army neighbour neighbor rival".split())
# Participles of "X-led", "X-backed" modifiers: X is the phrase's backer, not its head.
# (their forms, as the actor stage lists them, and their lemmas)
BACKED = BACKER_PARTICIPLES | frozenset("lead back sponsor support arm fund recognise recognize install appoint "
                                        "ally".split())
# What one can freeze or suspend in an organisation (SANCTION on the organisation).
MEMBERSHIP_NOUNS = frozenset("participation membership involvement seat".split())
TARGET_PREPS = {
    "CONSULT": ("with", "to", "between"), "COOPERATE": ("with", "to", "from"), "AGREE": ("with", "to"),
    "AID": ("to", "for"), "ASSAULT": ("against", "on", "with", "at", "into"), "ACCUSE": ("against", "at"),
    "SANCTION": ("against", "on", "to", "with"),
    "REQUEST": ("on", "upon"), "THREATEN": ("against",), "COERCE": ("against",), "SUPPORT": ("for",),
    "REJECT": (), "PROTEST": ("against",), "MOBILIZE": ("against", "to", "into"), "RETREAT": ("from", "to", "with"),
    "CONCEDE": ("to",),
}
# event nouns whose possessor is the one acted on: "Morsi's release", "his arrest"
PATIENT_NOUNS = frozenset("""arrest detention release extradition execution assassination killing murder expulsion
capture kidnapping abduction ouster removal deportation sentencing imprisonment poisoning""".split())
# people sent by a body: "inspectors from the OPCW", "his counterparts from the six world powers"
DELEGATES = frozenset("""inspector counterpart delegation delegate envoy representative official diplomat minister
negotiator mediator observer monitor""".split())
# "a suicide bomber from the Pakistan-based Jaish-e-Mohammed": one of the group
ATTACKERS = frozenset("bomber bombers gunman gunmen attacker attackers assailant assailants".split())
# Actors whose acts are political events ("a court allowed", "a state helped"); people and parties' are not always.
STATE_LIKE = frozenset("state government military igo armed_group".split())
# What is given up in a disarmament ("gave up its chemical weapons"), and what is complied with as a concession.
WEAPONS = frozenset("""weapon weapons arsenal arsenals arm arms stockpile stockpiles missile missiles programme
program""".split())
DEMANDS = frozenset("""resolution resolutions demand demands request requests ultimatum order orders ruling deal
agreement terms sanction sanctions condition conditions""".split())
# Nouns whose "from" names who does them ("condemnation from Muslim countries").
CLAUSE_MARKS = frozenset("after before as when while if unless".split())  # a clause with a doer of its own
DRAW_VERBS = frozenset("draw spark prompt provoke trigger attract earn elicit".split())  # "drew criticism from"
FROM_SOURCE_NOUNS = frozenset("condemnation criticism rebuke rebukes warning warnings".split())
# What is signed: what it is signed for is its content, not an act of its own.
AGREEMENTS = frozenset("deal agreement accord pact treaty ceasefire truce memorandum".split())
# What is accepted or turned down as a reply to whoever made it: "Seoul accepted the proposal".
PROPOSALS = frozenset("""proposal proposals offer offers request requests demand demands invitation invitations
appeal appeals ultimatum overture overtures suggestion suggestions plea pleas""".split())
DRAFTS = frozenset("resolution resolutions draft drafts plan plans bill motion text".split())  # put forward by someone
# "jihadists linked to al-Qaeda", "militants affiliated with the Islamic State": whose fighters they are.
AFFILIATED = frozenset("link affiliate ally tie connect".split())
# Buildings standing for the government seated where they are ("stormed the parliament in Tripoli").
SEATS_OF_POWER = frozenset("parliament legislature palace ministry congress senate assembly".split())
# Where troops return to when they withdraw, and what is dropped in an air attack.
HOSTING = frozenset("house host station use".split())  # "bases housing US troops"
PROTEST_AIMS = frozenset("show express voice denounce condemn protest demand oppose reject".split())  # "… to show"
BASES = frozenset("base bases barracks garrison garrisons".split())
# Verbs whose object is a subject of study, not an act: "was reviewing U.S. aid to Egypt".
REVIEW_VERBS = frozenset("review reconsider reassess reevaluate re-evaluate debate weigh study examine "
                         "evaluate".split())
# Premises whose "of" names their owner: "raided the offices of the newspaper La Prensa".
PREMISES = frozenset("""office offices headquarters home homes house houses residence compound premises camp camps
                      encampment""".split())
BOMBS = frozenset("bomb bombs munition munitions explosive explosives".split())
DENY_VERBS = frozenset("deny reject refute dismiss rebuff".split())
ALLEGE_VERBS = frozenset("accuse allege charge claim blame suspect".split())
ALLEGE_NOUNS = frozenset("allegation allegations accusation accusations charge charges claim claims".split())
SAY_VERBS = frozenset("say tell report add state note announce confirm insist stress explain write argue "
                      "declare warn believe think".split())
# What a claim is called when it is denied: "said the chemical attack was a fabrication".
FABRICATIONS = frozenset("""fabrication fabrications fake hoax lie lies fiction invention illusion fantasy
falsehood falsehoods forgery false fabricated baseless groundless""".split())
# what a speaker does by speaking: "said … and threatened to …" is the speaker's threat
SPEECH_ACTS = frozenset("threaten warn vow urge demand accuse pledge promise call condemn".split())
REQUEST_VERBS = frozenset("urge ask call demand press appeal request invite require".split())
FUTURE_AUX = frozenset("will shall 'll".split())
HYPOTHETICAL_AUX = frozenset("would could might may should can".split())
FUTURE_VERBS = frozenset("plan intend expect aim prepare seek want hope vow willing ready prepared determined "
                         "eager".split())
# What two sides exchange, and the event it makes ("exchanged prisoners", "traded accusations").
EXCHANGED: tuple[tuple[frozenset[str], tuple[str, str | None]], ...] = (
    (frozenset("prisoner prisoners captive captives detainee detainees hostage hostages body bodies".split()),
     ("RETREAT", "release")),
    (frozenset("fire gunfire shot shots blow blows artillery rocket rockets".split()), ("ASSAULT", None)),
    (frozenset("accusation accusations insult insults barb barbs blame charge charges".split()), ("ACCUSE", None)),
    (frozenset("threat threats warning warnings".split()), ("THREATEN", None)),
    (frozenset("ambassador ambassadors envoy envoys".split()), ("SUPPORT", "diplomatic")),
)
# an act that is only weighed ("is considering recognising Palestine") is intended, not done
SIGNS = frozenset("sign signs evidence indication indications trace proof".split())  # "no sign of a pullback"
CONSIDERED = frozenset("consider weigh mull contemplate".split())
# "was reported to have funded", "is believed to have ordered": said of it, not an intention
REPORTED_AS = frozenset("report say believe think understand know allege suspect accuse".split())
# Verbs that halt what their object names.
HALT_VERBS = frozenset("suspend halt pause cancel postpone freeze stop cut end call".split())
# What one fights that is no actor: "to fight the Ebola epidemic" is no assault
PROBLEMS = frozenset("epidemic pandemic disease virus outbreak fire fires wildfire wildfires poverty corruption hunger "
                     "famine drought inflation crime drug drugs trafficking ebola covid cholera malaria cancer climate "
                     "unemployment pollution illiteracy".split())
NOT_REFUSED = frozenset("comment elaborate say confirm specify disclose name identify give provide answer".split())
# Ending a restriction is easing it: "removed the sanctions on Rusal", "scrapped the travel ban".
EASE_VERBS = frozenset("remove scrap drop rescind revoke end".split())
RESTRICTIONS = frozenset("sanction sanctions ban embargo restriction restrictions curfew blockade tariff tariffs "
                         "boycott tax taxes duty duties levy".split())
# Diplomatic ties: established, restored or cut.
TIES = frozenset("tie ties relation relations".split())
# What a halted act may be when no one is named as halting it ("aid to Pakistan was suspended").
TRADE = frozenset("import export trade shipment purchase sale delivery flight".split())  # lemmas
HALTED_ACTS = RESTRICTIONS | TIES | frozenset("aid assistance funding trade flight flights".split())
# "continue to support", "went on to criticize": the event happens, no intention implied
ASPECT_VERBS = frozenset("continue begin start keep resume go proceed try manage summon".split())
PLACE_PREPS = frozenset("in at near outside inside".split())
RESPONSES = frozenset("respond retaliate react".split())  # "responded with artillery fire": the fire is theirs
# "its neighbours", "their allies": the possessor of these is no party to what is done to them
RELATIONS = frozenset("""neighbour neighbours neighbor neighbors ally allies rival rivals enemy enemies partner
    partners critic critics opponent opponents foe foes adversary adversaries""".split())
AUTHORITIES = frozenset("police authority authorities official officials".split())
CROWDS = frozenset("protester demonstrator rioter crowd resident villager student worker mob farmer trucker teacher "
                    "miner activist".split())
TROOPS = frozenset("troop soldier battalion brigade force forces personnel unit marine".split())
FIRED = frozenset("missile rocket shell mortar bomb drone projectile grenade torpedo".split())  # what is fired
CUSTODY = frozenset("arrest detention custody surveillance guard".split())
STRIPPED = frozenset("citizenship nationality immunity licence license passport mandate seat title".split())
CONSEQUENCES = frozenset("lead trigger cause provoke spark unleash destabilize destabilise endanger jeopardize "
                         "jeopardise undermine".split())
PROGRAMMES = frozenset("programme program project scheme group club alliance list forum".split())
RECIPIENT_PEOPLE = frozenset("victim people refugee civilian resident survivor family child".split())
LED_BY = frozenset("lead organise organize stage claim carry conduct launch spearhead perpetrate mount".split())
ENVOYS = frozenset("ambassador envoy representative emissary".split())
VOW_VERBS = frozenset("vow pledge promise swear threaten".split())
LEVERAGE = frozenset("withdraw pull leave quit cut end suspend halt freeze".split())
SPARKED = frozenset("spark prompt trigger provoke cause unleash".split())
FIRMLY = frozenset("decisively firmly harshly severely sternly ruthlessly forcefully resolutely mercilessly".split())
FORCE_MEANS = frozenset("force mean means weapon weapons arm arms".split())
DEPLOY_VERBS = frozenset("call send deploy dispatch recruit mobilize mobilise station".split())
RECRUITS = frozenset("reservist recruit conscript volunteer fighter mercenary".split())
HELP_VERBS = frozenset("help assist support aid".split())
# Unnamed groups of a place that act for its people too: "Opposition groups in Zimbabwe are demanding …".
LOCAL_GROUPS = frozenset("group opposition elder tribe tribesman cleric rebel".split())
# "will travel to Islamabad", "sent troops to Caracas": where they go is where it happens
TRAVEL_VERBS = frozenset("travel fly head send dispatch deploy".split())
MEETING_NOUNS = frozenset("meeting talks talk summit conference negotiations dialogue seminar consultation".split())
MILITARY_OBJECTS = frozenset("troop soldier warship ship aircraft jet fighter plane bomber drone tank force forces "
                              "personnel "
                              "unit battalion marine carrier destroyer frigate submarine battleship".split())
# "released a video" is no release of captives
NOT_RELEASED = frozenset("video videos statement report footage figure figures data detail details album book film "
                         "total totals return returns transcript transcripts email emails ad ads poll polls "
                         "photo photos image images name names result results document documents recording "
                         "audio list plan budget".split())
# Objects that make "send", "give", "provide" a statement rather than aid.
NOT_AID_OBJECTS = frozenset("message messages signal signals letter letters warning warnings statement note word "
                            "assurance assurances answer answers testimony thanks interviews lecture "
                            "briefing copy copies account accounts talk day days hour hours week weeks deadline "
                            "ultimatum chance power control "
                            "words speech interview impression reason".split())
# Types whose embedded clause is their content ("threatened to …", "demanded that …").
CONTENT_TYPES = frozenset("THREATEN REQUEST REJECT AGREE".split())
RECIPROCAL_TYPES = frozenset("CONSULT AGREE COOPERATE".split())
# Verbs whose several subjects act on each other whatever the type: "Indian and Chinese troops clashed".
RECIPROCAL_VERBS = frozenset("sign exchange trade clash fight skirmish".split())
# Verbs whose object is taken from someone: "recaptured the Mosul dam from ISIS" (the one it was taken from
# is the target, whether "from" hangs on the verb or on its object).
CAPTURE_VERBS = frozenset("recapture capture retake seize take liberate free confiscate".split())
# "positions in Houthi-controlled territory", "a Taliban-held district": the controller is the one attacked.
HELD_BY = frozenset("controlled held run occupied dominated used operated owned".split())
# Verbs whose object does what the verb's clause says: "ordered US warplanes to strike IS targets".
OBJECT_CONTROL = frozenset("order force allow permit authorize authorise instruct direct persuade encourage help "
                           "assist enable compel prompt".split())
# Nouns of one's own intention, whose clause is done by the one who has them: "announced plans to visit".
OWN_PLANS = frozenset("plan decision offer bid attempt effort commitment promise pledge move threat intention "
                      "readiness willingness determination campaign".split())
# Nouns that frame an event named by their compound: "a mediation effort", "the bombing campaign".
FRAME_NOUNS = frozenset("effort efforts initiative bid drive push mission process".split())
# Event nouns whose "of" names the one acted on: "the invasion of South Lebanon", "the siege of Sarajevo".
OF_TARGET_NOUNS = frozenset("invasion occupation siege bombing bombardment shelling blockade annexation poisoning "
                            "capture liberation expulsion arrest detention execution assassination killing murder "
                            "kidnapping abduction extradition deportation".split())
# Taking a capital is acting on its state: "the Taliban captured Kabul".
TAKE_VERBS = CAPTURE_VERBS | frozenset("besiege overrun storm encircle invade occupy".split())
COOPERATIVE = frozenset("AGREE CONSULT SUPPORT CONCEDE COOPERATE AID RETREAT".split())
QUAD_CONFLICT = frozenset("ASSAULT COERCE SANCTION MOBILIZE THREATEN PROTEST".split())
EVENT_ACTOR_KINDS = frozenset("state government military organization igo armed_group person media other".split())


@dataclass
class Trigger:
    type: str | None
    mode: str | None = None
    with_particles: dict[str, str] = field(default_factory=dict)
    object_type: str | None = None  # the type when the object is an actor ("received the envoy")
    by_object: dict[str, str] = field(default_factory=dict)  # object lemma → type ("violated the ceasefire")


def on_objects(objs: list[Any]) -> list[Any]:
    """The prepositions hanging on a verb's objects: "discussed the crisis with Putin" parsed on "crisis"."""
    return [g for c in objs for g in c.children if g.dep_ == "prep"]


def _split(value: str) -> tuple[str, str | None]:
    """``"ASSAULT/aerial"`` → ``("ASSAULT", "aerial")``."""
    t, _, m = value.partition("/")
    return t, m or None


@lru_cache(maxsize=1)
def lexicon() -> tuple[dict[str, Trigger], dict[str, str], frozenset[str]]:
    data = yaml.safe_load((resources.files("newsgraph.kb") / "data" / "events.yaml").read_text(encoding="utf-8"))

    verbs: dict[str, Trigger] = {}
    for lemma, spec in (data.get("verbs") or {}).items():
        if isinstance(spec, dict):
            t, m = _split(spec["type"]) if spec.get("type") else (None, None)
            by_object = {word: typed for typed, words in (spec.get("objects") or {}).items() for word in words}
            verbs[lemma] = Trigger(t, m, dict(spec.get("with") or {}), spec.get("object"), by_object)
        else:
            t, m = _split(spec)
            verbs[lemma] = Trigger(t, m)
    nouns = {lemma: spec for lemma, spec in (data.get("nouns") or {}).items() if spec}
    return verbs, nouns, frozenset(data.get("light_verbs") or [])


class EventStage:
    """Code events to PLOVER from the parse, the actors found and the sentence's dates and places."""

    name = "events"
    version = "dep-13"
    requires: tuple[str, ...] = ("nlp", "actors")
    assigns: tuple[str, ...] = ("events", "actors")  # adds the actors its rules work out to the actor list

    def __init__(self) -> None:
        self.verbs, self.nouns, self.light = lexicon()
        self.kb = load()

    def __call__(self, doc: Document) -> Document:
        published = date.fromisoformat(doc.published) if doc.published else None
        coder = _DocEvents(self, doc, published)
        doc.events = coder.run()
        # an actor the rules worked out ("its air force", "police in Nairobi") is listed with the words it came from
        known = {a.id for a in doc.actors}
        used = {a for e in doc.events for a in (*e.sources, *e.targets)}
        for key, spans in coder.inferred.items():
            kb_actor = self.kb.actors.get(key)
            if key in known or key not in used or kb_actor is None:
                continue
            mentions = [Mention(doc.span(s, e), confidence=INFERRED_CONFIDENCE, stage=self.name)
                        for s, e in dict.fromkeys(spans)]
            doc.actors.append(Actor(id=key, name=kb_actor.name, kind=kb_actor.kind, country=self.kb.state_of(key),
                                    parent=kb_actor.parent, mentions=mentions, confidence=INFERRED_CONFIDENCE))
        return doc


def governing_verb(token: Any) -> Any:
    """The nearest verb above ``token`` ("called for a ceasefire after meeting": "called"), or None."""
    return next((h for h in token.ancestors if h.pos_ in ("VERB", "AUX")), None)


class _DocEvents:
    def __init__(self, stage: EventStage, doc: Document, published: date | None) -> None:
        self.stage = stage
        self.doc = doc
        self.sp = doc.nlp
        self.published = published
        self.actor_at: dict[int, list[str]] = {}  # token index → actor ids ("U.S.-Afghan" holds two)
        self.first: dict[str, int] = {}
        self.kind: dict[str, str] = {}
        self.country: dict[str, str | None] = {}
        for a in doc.actors:
            self.kind[a.id] = a.kind
            self.country[a.id] = a.country
            for m in a.mentions:
                span = self.sp.char_span(m.span.start, m.span.end, alignment_mode="expand")
                if span is None:
                    continue
                if len(span) == 1 and span[0].lower_.startswith(("anti-", "pro-", "non-")) or (
                        span.start >= 2 and self.sp[span.start - 1].text == "-"
                        and self.sp[span.start - 2].lower_ in ("anti", "pro", "non")):
                    continue  # "anti-Assad rebels" are not Assad
                for t in span:
                    ids = self.actor_at.setdefault(t.i, [])
                    if a.id not in ids:
                        ids.append(a.id)
                self.first[a.id] = min(self.first.get(a.id, span.start), span.start)
        self.person_country = {a: c for a, c in self.country.items() if c and self.kind[a] == "person"}
        self.events: list[Event] = []
        self.by_token: dict[int, Event] = {}
        self.noun_done: set[int] = set()
        self.absorbed: dict[int, int] = {}  # an event noun read as part of a verb's event: the verb's token
        self.shared_agent: dict[int, list[str]] = {}
        self.folded: set[int] = set()  # tokens of content folded into an outer event
        self.against_rule: set[int] = set()  # protest nouns aimed at the one whose rule they oppose
        self.scheduled: set[int] = set()  # events "due" or "set" to happen: scheduled, not intentions
        self.noun_targets: dict[int, list[str]] = {}  # targets an event noun takes from its clause
        self.threatened_by: dict[int, list[str]] = {}  # tokens of a threat's condition → who threatens
        self.threatened: dict[int, list[str]] = {}  # tokens of a threat's condition → who is threatened
        self.place_words: dict[str, tuple[Any, Any]] = {}  # a located place's name → its first and last token
        self.inferred: dict[str, list[tuple[int, int]]] = {}  # actors this stage works out → where
        self.mutual: set[int] = set()  # verbs whose subject is "the two sides" of an earlier event

    def infer(self, actor: str, kind: str, first: Any, last: Any) -> None:
        """An actor the event rules work out from the words ``first``…``last`` ("its air force" → PAK.MIL,
        "police in Nairobi" → KEN.GOV, "visited Washington" → USA), for the document's actor list."""
        self.kind.setdefault(actor, kind)
        self.inferred.setdefault(actor, []).append((first.idx, last.idx + len(last.text)))

    # -- actors around a token ------------------------------------------------------------------
    def actors_in(self, token: Any) -> list[str]:
        """Actors named in the phrase headed by ``token``, not inside its clauses or place phrases; the
        backer in "Russian-led", "Iran-backed" only when the phrase names no one else ("the Russian-led
        CSTO" is the CSTO, "government-backed troops" the government's)."""
        if token.lemma_.lower() in BASES | {"camp", "facility", "compound"}:
            # "two Iraqi bases housing US troops", "a base used by US and Kenyan forces": those in the base
            hosted = [a for c in token.children if c.dep_ == "acl" and c.lemma_.lower() in HOSTING
                      for g in c.children if g.dep_ in ("dobj", "obj", "agent")
                      for p in ([g] if g.dep_ != "agent" else [p for p in g.children if p.dep_ == "pobj"])
                      for a in self.actors_in(p)]
            if hosted:
                return list(dict.fromkeys(hosted))
        out: list[str] = []
        backers: list[str] = []
        stack = [(token, False)]
        while stack:
            t, backing = stack.pop()
            for a in self.actor_at.get(t.i, ()) or self.own_body(t):
                if a not in out and a not in backers:
                    (backers if backing else out).append(a)
            for child in t.children:
                if child.dep_ == "acl" and child.lemma_.lower() in AFFILIATED and t.i not in self.actor_at:
                    # "jihadists linked to al-Qaeda", "militants affiliated with the Islamic State"
                    stack += [(p, backing) for g in child.children if g.dep_ == "prep" and g.lower_ in ("to", "with")
                              for p in g.children if p.dep_ == "pobj"]
                    continue
                if child.dep_ in ("relcl", "acl", "advcl", "ccomp", "xcomp", "punct"):
                    continue
                if child.dep_ == "prep" and child.lower_ == "to" and t.lemma_.lower() in ENVOYS:
                    continue  # "Russia's ambassador to Washington" is Russia's, posted to the United States
                if child.dep_ == "prep" and child.lower_ in PLACE_PREPS | {"from", "into", "across", "over"} and not (
                        child.lower_ == "from" and (t.lemma_.lower() in DELEGATES
                                                    or t.lower_ in MIL_NOUNS | ATTACKERS)):
                    continue  # "Hezbollah in Lebanon": Lebanon is where, not who ("inspectors from the OPCW", "troops
                    # from Chad": who)
                stack.append((child, backing or self.backer(child)
                              or child.dep_ == "amod" and child.lemma_.lower() in BACKED))
        return sorted(out or backers, key=lambda a: self.first.get(a, 0))

    def only_backing(self, actor: str, sent: Any) -> bool:
        """The sentence names ``actor`` only as the backer of another ("Iranian-backed militias")."""
        tokens = [t for t in sent if actor in self.actor_at.get(t.i, ())]
        return bool(tokens) and all(self.backer(t) or t.dep_ == "amod" and t.head.lemma_.lower() in BACKED
                                    for t in tokens)

    def backer(self, token: Any, based: bool = True) -> bool:
        """"UN-sponsored talks", "Iran-backed militias" parsed flat: the word before "-sponsored" backs ("the
        Pakistan-based Jaish-e-Mohammed": where it is, read as a backer, named only if no one else is, unless not
        ``based``); "U.N.-backed" may be one token."""
        after = {*BACKED, "based"} if based else BACKED
        if "-" in token.text and token.text.rsplit("-", 1)[1].lower() in after:
            return True
        return bool(token.i + 2 < len(self.sp) and self.sp[token.i + 1].text == "-"
                    and (self.sp[token.i + 2].lemma_.lower() in BACKED
                         or based and self.sp[token.i + 2].lower_ == "based"))

    def own_body(self, token: Any) -> list[str]:
        """"Pakistan accused Indian troops of killing one of its soldiers", "Pakistan said its air force had
        shot down …": "its" forces or officials are the body of the state that is the subject of the clause
        around them; "The FARC called on the government to …": an insurgent group's "the government" is its
        home state's."""
        noun = token.lower_
        its = any(c.dep_ == "poss" and c.lower_ == "its" for c in token.children)
        # "said his government would not negotiate", "her administration": the person's state's
        his = noun in ("government", "administration", "cabinet") and any(
            c.dep_ == "poss" and c.lower_ in ("his", "her") for c in token.children)
        the_government = noun == "government" and [c.lower_ for c in token.children] == ["the"]
        if noun not in MIL_NOUNS and noun not in GOV_NOUNS or not (its or his or the_government):
            return []
        kb = self.stage.kb.actors
        owners, verb = self.clause_subject(token)
        if verb is not None and token.dep_ in ("dobj", "obj") and token.head.i == verb.i:
            return []  # "help Libya rebuild its army": one's own army is no other party
        states = [a.split(".")[0] for a in owners if its and self.kind.get(a) in ("state", "government", "military")]
        states += [self.person_country[a] for a in owners if his and a in self.person_country]
        states += [home for a in owners if the_government and a in kb and kb[a].kind == "armed_group"
                   for home in [kb[a].home_country] if home]
        if not states:
            return []
        body = f"{states[0]}.{'MIL' if noun in MIL_NOUNS else 'GOV'}"
        self.infer(body, "military" if noun in MIL_NOUNS else "government", token.left_edge, token)
        return [body]

    def clause_subject(self, token: Any) -> tuple[list[str], Any]:
        """Actors of the subject of the nearest clause around ``token`` whose subject does not hold it, and
        that clause's verb."""
        t = token
        while t.head.i != t.i:
            t = t.head
            if t.pos_ not in ("VERB", "AUX"):
                continue
            subj = [c for c in t.children if c.dep_ in ("nsubj", "nsubjpass")
                    and not c.left_edge.i <= token.i <= c.right_edge.i]
            if subj:
                return [a for c in subj for a in self.actors_in(c)], t
            if t.dep_ == "acl" and t.head.dep_ == "ROOT" and t.head.pos_ in ("NOUN", "PROPN"):
                return list(self.actor_at.get(t.head.i, ())), t  # "The FARC called on …" parsed as a noun phrase
        return [], None

    def subject(self, verb: Any) -> tuple[list[str], bool]:
        """Actors of the verb's subject, following conjoined and auxiliary verbs; True if passive.

        A pronoun subject of what someone said is the speaker: "Switzerland said it had expelled …".
        """
        first = verb.head
        if verb.dep_ == "conj" and first.dep_ == "ccomp" and first.head.lemma_.lower() in SAY_VERBS \
                and verb.lemma_.lower() in SPEECH_ACTS and not any(
                    c.dep_ in ("nsubj", "nsubjpass") for c in verb.children) and not any(
                    self.actors_in(c) for c in first.children if c.dep_ in ("nsubj", "nsubjpass")):
            # "The Syrian government said the strikes violated its sovereignty and threatened to shoot down …",
            # parsed with "threatened" under "said": the speaker threatens, not the strikes
            speaker = [a for c in first.head.children if c.dep_ == "nsubj" for a in self.actors_in(c)]
            if speaker:
                return speaker, False
        v = verb
        raised = False  # climbed from an infinitive: "are expected to meet" is not a passive meeting
        for _ in range(3):
            subj = [c for c in v.children if c.dep_ in ("nsubj", "nsubjpass", "csubj")] or [
                p for c in v.children if c.dep_ == "mark" and c.lower_ in ("after", "before", "when", "as")
                and c.i < v.i for p in c.children if p.dep_ == "pobj" and p.i < v.i and self.actors_in(p)]
            # ("after London announced plans …", parsed with London as the object of "after")
            if subj:
                actors = [a for s in subj for a in self.actors_in(s)]
                if not actors and subj[0].lower_ in ("it", "they", "we", "he", "she") and v.dep_ == "ccomp" \
                        and v.head.lemma_.lower() in SAY_VERBS | DENY_VERBS:
                    # ("Moscow suspended contacts and said it would deploy …": the speaker of a conjoined "said")
                    actors = [a for c in v.head.children if c.dep_ == "nsubj" for a in self.actors_in(c)] \
                        or (self.subject(v.head)[0] if v.head.dep_ == "conj" else [])
                if not actors and subj[0].lower_ in ("they", "it") and v.dep_ == "advcl" and any(
                        c.dep_ == "mark" and c.lower_ == "while" for c in v.children):
                    actors = self.subject(v.head)[0]  # "agreed to extend their ceasefire while they renegotiate"
                if not actors and v.dep_ == "ccomp" and v.head.lemma_.lower() in SAY_VERBS and any(
                        c.dep_ == "poss" and c.lower_ in ("its", "their", "our") for c in subj[0].children):
                    # "the coalition said its air strikes killed 20 fighters": the speaker's strikes
                    actors = [a for c in v.head.children if c.dep_ == "nsubj" for a in self.actors_in(c)]
                if not actors and subj[0].lower_ in ("it", "they") and v.dep_ in ("acl", "ccomp") \
                        and v.head.lower_ in ALLEGE_NOUNS | {"reports", "report", "rumours", "rumors"} \
                        and v.head.head.lemma_.lower() in DENY_VERBS:
                    # "Qatar rejected claims that it funds Hamas": "it" is the one who rejects
                    actors = self.subject(v.head.head)[0]
                if not actors and v.dep_ == "relcl" and any(c.lower_ == "whose" for c in subj[0].children):
                    # "Iraq's parliament, whose forces are fighting Islamic State": its state's forces; "Iran, whose
                    # leaders have called for …" (not "Mrs. Clinton, whose husband signed", a state's or body's only)
                    owners = [a for a in self.actors_in(v.head) if self.kind.get(a) in STATE_LIKE] \
                        if subj[0].lemma_.lower() in TROOPS | AUTHORITIES | {"government", "leader", "army"} else []
                    actors = [f"{self.home(a)}.MIL" if subj[0].lemma_.lower() in TROOPS
                              and f"{self.home(a)}.MIL" in self.stage.kb.actors else a for a in owners]
                    for a in actors:
                        if a not in owners:
                            self.infer(a, "military", subj[0], subj[0])
                if not actors and subj[0].lower_ in ("which", "that", "who") and v.dep_ == "relcl":
                    actors = self.actors_in(v.head)  # "terrorism, which threatens Russia": what "which" stands for
                if not actors and subj[0].lower_ in ("it", "they") and v.dep_ == "relcl" \
                        and v.head.dep_ in ("dobj", "obj") and v.head.head.pos_ in ("VERB", "AUX"):
                    # "Russia handed back the ships it seized": the one who acts in the clause the object is in
                    actors = [a for a in self.subject(v.head.head)[0] if self.kind.get(a) in STATE_LIKE]
                if not actors:
                    # "Bombs planted by Islamic State militants killed …": the one who used them
                    actors = [a for s in subj for c in s.children if c.dep_ == "acl" and c.tag_ == "VBN"
                              for a in self.agent(c)]
                if not actors:
                    actors = self.speakers_country(v, subj[0])
                if not actors:
                    actors = self.people_in(subj[0])
                if not actors:
                    actors = self.the_two(subj[0], verb)
                if not actors:
                    actors = self.local_body(subj[0])
                if raised:
                    return actors, any(c.dep_ == "auxpass" for c in verb.children)
                return actors, any(s.dep_ == "nsubjpass" for s in subj)
            if v.dep_ == "xcomp" and v.head.lemma_.lower() in OBJECT_CONTROL:
                # "ordered US warplanes to strike", "helped Iraq to fight IS": the one ordered or helped acts
                done_by = [a for c in v.head.children if c.dep_ in ("dobj", "obj") for a in self.actors_in(c)]
                if done_by and v.head.lemma_.lower() == "order" and self.own_forces(v.head):
                    # ("Putin ordered Russia's forces in Syria to start withdrawing": Putin withdraws them, as
                    # "Putin ordered troops … to return to their bases")
                    return self.subject(v.head)[0], False
                if done_by:
                    return done_by, False
            if v.dep_ in ("conj", "xcomp", "advcl", "acomp") and v.head.i != v.i:
                raised = raised or v.dep_ == "xcomp"
                v = v.head
                continue
            head = v.head
            if v.dep_ == "pcomp" and head.lower_ in ("by", "after", "before", "while", "without", "in", "through"):
                v = head.head  # "suspended aid by accusing Pakistan": the one who suspended accuses
                continue
            if v.dep_ == "acl" and head.dep_ == "ROOT" and head.pos_ in ("NOUN", "PROPN") \
                    and (any(c.dep_ in ("dobj", "obj") for c in v.children) or v.tag_ == "VBD"):
                # a headline-like misparse: "The Iraqi air force carried out three strikes", "The FARC called on
                # the government to …" read as a noun phrase
                return self.actors_in(head), False
            passive_acl = any(c.dep_ == "agent" for c in v.children)  # "a plan brokered by Sarkozy" is his
            if v.dep_ == "acl" and head.dep_ in ("dobj", "obj") and not passive_acl and (
                    head.lemma_.lower() in OWN_PLANS or head.lemma_.lower() == "invitation"
                    and head.head.lemma_.lower() == "accept"
                    or head.lemma_.lower() in LAWS and head.head.lemma_.lower() in ENACT_VERBS):
                # "announced plans to visit", "accepted an invitation to meet", "signed a law banning …"
                v = head.head
                continue
            if self.first_to(v) is not None:
                v = self.first_to(v)  # "became the first foreign leader to meet Trump": the one who became it
                continue
            if (v.dep_ == "appos" or v.dep_ == "acl" and v.left_edge.i > 0 and self.sp[v.left_edge.i - 1].text == ",") \
                    and v.tag_ == "VBG" and head.pos_ in ("PROPN", "NOUN") and not any(
                    c.dep_ in ("nsubj", "nsubjpass") for c in v.children):
                # "Russia, Turkey and Iran, meeting in the Kazakh capital Astana, agreed …": those it describes, set
                # off by commas ("Russian forces fighting in the Kursk region" only says which forces)
                described = [a for t in (head, *head.conjuncts) for a in self.actor_at.get(t.i, ())]
                if described:
                    return list(dict.fromkeys(described)), False
            break
        return [], False

    @staticmethod
    def protesters_subject(verb: Any) -> bool:
        """The verb's subject is protesters: "demonstrators", "hundreds of protesters"."""
        for c in verb.children:
            if c.dep_ != "nsubj":
                continue
            heads = [c, *(p for g in c.children if g.dep_ == "prep" and g.lower_ == "of" for p in g.children)]
            if any(h.lemma_.lower() in ("protester", "demonstrator", "activist") for h in heads):
                return True
        return False

    def phrase_type(self, verb: Any, lemma: str, objs: list[Any], objects_lemmas: set[str], etype: str | None,
                    mode: str | None) -> tuple[str | None, str | None] | None:
        """Types set by the phrase around a verb rather than by its lemma or object alone (None: no event).

        "Jordan and Israel reopened the crossing" (together), "demonstrators blocked a road" (a protest),
        "to fight the Ebola epidemic" (none), "troops began leaving Afghanistan", "used civilians as human
        shields", "declined to resign", "ended mediation efforts", "warned Israel that …", "Putin and Obama
        spoke" (a meeting)."""
        if lemma in ("open", "reopen") and mode == "ease" and len(self.subject(verb)[0]) > 1:
            etype, mode = "COOPERATE", None  # "Jordan and Israel reopened the border crossing": together
        if lemma in ("block", "occupy", "barricade") and any(c.dep_ == "nsubj" and c.lemma_.lower() in CROWDS
                                                             for c in verb.children) or lemma == "block" and any(
                c.dep_ == "nsubj" and c.lemma_.lower() in ("people", "thousand", "hundred") for c in verb.children
        ) and objects_lemmas & {"street", "road", "highway", "square", "bridge"}:
            # "demonstrators blocked a road"; "hundreds of thousands of people blocked streets in Hong Kong"
            etype, mode = "PROTEST", "obstruct"
        if lemma == "give" and objects_lemmas & {"welcome", "reception"}:
            etype, mode = "CONSULT", "host"  # "gave a warm welcome on Thursday to … de Klerk": a visit hosted
        if lemma in ("gather", "assemble", "converge") and self.protesters_subject(verb):
            etype, mode = "PROTEST", "demo"  # "Hundreds of protesters gathered outside Amir Kabir University"
        if lemma == "march" and (self.military_subject(verb) or any(
                self.kind.get(a) == "armed_group" for a in self.subject(verb)[0])):
            etype, mode = "MOBILIZE", "troops"  # "Wagner fighters … marched towards Moscow": no protest march
        allowed = [*objs, *self.helped(verb)]
        if lemma in ("allow", "permit") and etype is None and any(
                c.dep_ in ("xcomp", "ccomp") or c.dep_ == "acl" and c.head.i != verb.i
                for c in [*verb.children, *(g for o in objs for g in o.children)]) \
                and self.state_acts(verb) \
                and not any(self.actors_in(c) for c in allowed) \
                and any(c.lemma_.lower() in CROWDS | {"candidate", "opposition", "party"} for c in allowed):
            etype, mode = "CONCEDE", None  # "a Swedish court allowed a protester to burn a Koran"
        if lemma in ("clash", "scuffle", "battle", "fight") and any(
                c.dep_ == "nsubj" and (c.lemma_.lower() in CROWDS - {"resident", "villager"}
                                       or c.lemma_.lower() in ("thousand", "hundred", "dozen") and any(
                                           p.lemma_.lower() == "police" for g in verb.children
                                           if g.dep_ == "prep" and g.lower_ == "with" for p in g.children))
                for c in verb.children):
            # "protesters clashed with riot police", "thousands of Albanians clashed with police": riots, as PLOVER
            # codes them
            etype, mode = "PROTEST", "riot"
        if lemma in ("fight", "combat", "battle", "tackle") and objects_lemmas & PROBLEMS:
            return None  # "to fight the Ebola epidemic"
        if lemma == "leave" and any(self.kind.get(a) == "state" for c in objs for a in self.actors_in(c)) \
                and self.military_subject(verb):
            etype, mode = "RETREAT", "withdraw"  # "American troops have begun leaving Afghanistan"
        if lemma in ("use", "hold", "keep") and any(
                c.dep_ == "prep" and c.lower_ == "as" and any(p.lemma_.lower() == "shield" for p in c.children)
                for c in verb.children):
            etype, mode = "COERCE", "human-shield"  # "used Lebanese civilians as human shields"
        if lemma == "decline" and any(c.dep_ == "xcomp" and c.lemma_.lower() not in NOT_REFUSED
                                      for c in verb.children):
            etype, mode = "REJECT", None  # "declined to resign": a refusal ("declined to comment" is none)
        if lemma == "end" and etype is None and any(self.noun_type(self.framed(c)) for c in objs):
            etype, mode = "SANCTION", "discontinue"  # "ended mediation efforts", "will not end the strike"
        if lemma == "warn" and etype is None and any(c.dep_ in ("ccomp", "xcomp") for c in verb.children) \
                and any(self.actors_in(c) for c in objs):
            etype, mode = "THREATEN", None  # "warned Israel that any attack will be met with force"
        if lemma == "warn" and etype is None and any(
                any(g.dep_ == "nsubj" and (g.lower_ in ("it", "they", "we") or self.own_side(verb, g))
                    for g in c.children)
                and self.conflict_act(c) for c in self.warned_clauses(verb, {"would", "will", "'ll"})):
            # "North Korea warned it would carry out a nuclear test", "Putin warned that Russia would use all
            # available means"
            etype, mode = "THREATEN", None
        if lemma == "warn" and etype is None and any(
                self.consequence(c) for c in self.warned_clauses(verb, {"would", "will", "could"})):
            # "warned that joint drills by South Korea and the United States would trigger a security crisis",
            # "warned that the power cuts would lead to an explosion": a warning of consequences threatens
            etype, mode = "THREATEN", None
        if lemma in ("respond", "avenge"):
            if not (verb.dep_ == "xcomp" and verb.head.lemma_.lower() in VOW_VERBS or verb.dep_ == "ccomp"
                    and verb.head.lemma_.lower() in SAY_VERBS and any(c.dep_ == "aux" and c.lower_ in ("would", "will")
                                                                     for c in verb.children)):
                return None  # "responded to questions"; "vowed to respond to the Israeli attack" is a threat
            etype, mode = "ASSAULT", None  # (a vowed act of force, read as THREATEN with the vow's future)
        if lemma == "use" and any(c.dep_ in ("dobj", "obj") and (
                c.lemma_.lower() in ("weapon", "weapons", "agent", "arm", "arms") and any(
                    g.lower_ in ("chemical", "biological", "nuclear", "nerve") for g in c.children)
                or c.lemma_.lower() in ("chlorine", "sarin", "napalm")) for c in verb.children):
            etype, mode = "ASSAULT", "unconventional"  # "denied that Syrian forces had used chemical weapons"
        if lemma in RESPONSES and any(
                c.dep_ == "prep" and c.lower_ == "by" and any(g.dep_ == "pcomp" and g.lemma_.lower() in self.stage.verbs
                                                              for g in c.children) for c in verb.children):
            return None  # "Moscow retaliated by expelling the same number of Western diplomats": the expulsion
        ended_talks = [p for c in objs for p in [c, *(g for k in c.children if k.lower_ == "of" for g in k.children)]
                       ] if lemma in ("end", "conclude") else []
        if any(self.noun_is(p, "CONSULT") for p in ended_talks) and len(self.subject(verb)[0]) > 1:
            # "Iran and six world powers ended two days of talks in Istanbul": the parties held them
            self.noun_done.update(p.i for p in ended_talks)
            etype, mode = "CONSULT", None
        if lemma == "cut" and not objs and any(c.dep_ == "prep" and c.lower_ == "into" for c in verb.children):
            return None  # "Sanders is trying to cut into Clinton's sizable lead": eroding, no sanction
        if lemma == "evacuate" and any(c.lemma_.lower() in MILITARY_OBJECTS for c in objs):
            etype, mode = "RETREAT", "withdraw"  # "evacuated its remaining special forces from a Yemeni air base"
        if lemma == "slash" and etype is None and any(self.kind.get(a) in ("person", "government") for a in [
                *(a for c in objs for g in [c, *(k for k in c.children if k.dep_ == "appos")]
                  for a in self.actor_at.get(g.i, ())), *self.named_after_object(verb, objs)]):
            etype, mode = "ASSAULT", None  # "slashed the U.S. ambassador, Mark Lippert" ("slashed aid" is a cut)
        if lemma == "compare" and any(t.lower_ in ("nazi", "nazis", "hitler", "fascist", "fascists", "apartheid")
                                      for c in verb.children if c.dep_ == "prep" and c.lower_ in ("to", "with")
                                      for t in c.subtree):
            etype, mode = "ACCUSE", "disapprove"  # "compared China's actions … to Nazi Germany's expansion"
        if lemma == "suspend" and (objects_lemmas & LAWS or any(
                c.lemma_.lower() in ("part", "parts") and any(t.lemma_.lower() in LAWS for t in c.subtree)
                for c in objs)):
            return None  # "the Supreme Court suspended parts of a new security law": a ruling at home
        if lemma in ("demolish", "bulldoze", "raze") and not any(
                self.kind.get(a) in STATE_LIKE for a in self.subject(verb)[0]):
            return None  # "Israeli forces demolished the homes"; "Trump demolished his rivals in the debate" is talk
        if lemma == "cross" and etype is None and self.military_subject(verb) and any(
                c.dep_ == "prep" and c.lower_ == "into"
                for c in [*verb.children, *(g for o in objs for g in o.children)]
        ) and not any(c.dep_ in ("advcl", "xcomp") and c.lemma_.lower() in HELP_VERBS for c in verb.children):
            # "Ukrainian troops crossed into Russia's Kursk region": an incursion ("crossed into Bahrain … to help
            # the monarchy" is no attack on it)
            etype, mode = "ASSAULT", "occupy"
        if lemma in ("return", "come") and etype is None and any(
                c.dep_ == "prep" and c.lower_ in ("to", "back") and any(
                    p.lemma_.lower() in ("talk", "talks", "negotiation", "table", "dialogue") for p in c.children)
                for c in verb.children):
            etype, mode = "CONSULT", None  # "returned to the negotiating table", "would not return to talks"
        if verb.dep_ == "pcomp" and verb.head.lower_ == "against" \
                and verb.head.head.lemma_.lower() in ("warn", "caution"):
            return None  # "warned Israel against attacking Lebanon again": what is warned against, not done
        if lemma == "close" and objects_lemmas & {"strait", "straits"} and not self.prep_objects(verb, ("to",)):
            return None  # "could close the Strait of Hormuz" shuts it to no one named ("… to Russian warships" does)
        if lemma in ("shelter", "harbour", "harbor") and not objs:
            return None  # "the hotel where Ouattara was sheltering": taking shelter, no one sheltered
        if lemma == "join" and etype == "ASSAULT" and not any(self.noun_is(c, "ASSAULT") for c in objs):
            return None  # "joined Mr. Trump's presidential campaign": no fighting joined
        if lemma == "warn" and etype is None and any(
                any(g.dep_ == "nsubj" and self.own_side(verb, g) for g in c.children) and c.lemma_.lower() in LEVERAGE
                for c in self.warned_clauses(verb, {"would", "will", "could"})):
            etype, mode = "THREATEN", None  # "warned that Washington could withdraw all its troops": leverage
        if lemma in ("recognise", "recognize") and any(
                c.dep_ == "nsubj" and c.lemma_.lower() in AGREEMENTS | LAWS for c in verb.children):
            return None  # "the deal recognised Iran's right to enrich uranium": what a text says, no recognition
        if lemma == "visit" and any(c.dep_ == "prep" and c.lower_ == "as" and any(
                p.lemma_.lower() in ("tourist", "student", "pilgrim") for p in c.children) for c in verb.children):
            return None  # "an American veteran who was visiting the country as a tourist"
        if lemma == "deal" and any(c.dep_ == "advmod" and c.lower_ in FIRMLY for c in verb.children) and any(
                c.dep_ == "prep" and c.lower_ == "with" for c in verb.children):
            etype, mode = "THREATEN", None  # "vowed to deal decisively with those who threatened security"
        if lemma == "give" and any(c.dep_ == "prep" and c.lower_ in ("until", "till") for c in verb.children) \
                and any(self.actors_in(c) for c in objs):
            etype, mode = "THREATEN", None  # "gave Mali's junta until the end of the year to free the soldiers"
        if lemma in ("stop", "cease", "halt") and etype is None:
            halted = [c for c in verb.children if c.dep_ == "xcomp" and c.tag_ == "VBG"
                      and c.lemma_.lower() in self.stage.verbs
                      and self.stage.verbs[c.lemma_.lower()].type in ("AID", "COOPERATE")]
            if halted:
                self.folded.update(c.i for c in halted)
                etype, mode = "SANCTION", "discontinue"  # "would stop supplying oil to countries that …": cut off
        labels = [c for c in verb.children if c.dep_ in ("oprd", "xcomp", "ccomp", "attr")
                  and (c.pos_ in ("NOUN", "PROPN", "ADJ", "VERB") or c.dep_ == "oprd" and c.pos_ == "ADV")
                  ] if lemma == "call" else []  # ("called the measure imperialist", the label tagged an adverb)
        if lemma == "call" and not labels:
            # "called Putin's nuclear threats reckless", parsed with the label as the object's adjective
            labels = [g for c in objs for g in c.children if g.i > c.i and (
                g.dep_ == "amod" and g.pos_ == "ADJ" or g.dep_ == "dobj" and g.pos_ == "NOUN")]
            # ("called the killing a provocation", parsed with the label as the object's object)
        if lemma == "call" and (etype is None or mode == "phone") and labels:
            if not any({t.lower_, t.lemma_.lower()} & INSULTS for c in labels for t in c.subtree):
                return None  # "called him a friend": naming, not a phone call
            # "Kim called Trump mentally deranged", "Maduro called the sanctions illegal": a denunciation
            etype, mode = "ACCUSE", "disapprove"
            # ("called Putin's nuclear threats reckless": the threats are Putin's own event, as a condemned
            # "Russia's recognition of South Ossetia")
            self.noun_done.update(c.i for c in objs if not any(
                g.dep_ == "poss" and self.actors_in(g) for g in c.children))
        if lemma == "take" and etype == "ASSAULT" and (any(c.dep_ == "prt" and c.lower_ == "on" for c in verb.children)
                                                       or not (self.state_acts(verb) or self.military_subject(verb))):
            return None  # "took greater control of" a company, "take on the NRA", "Clinton takes Pa.": no ground taken
        if lemma in ("regain", "take", "seize", "gain", "win") and any(
                p.lemma_.lower() in SEATS_OF_POWER | {"senate", "house", "chamber", "majority"}
                for c in objs if c.lower_ == "control" for g in c.children
                if g.dep_ == "prep" and g.lower_ == "of" for p in g.children):
            return None  # "Democrats trying to regain control of the Senate": an election, not ground taken
        if lemma in ("send", "dispatch") and objects_lemmas & {"delegation", "delegations", "envoy", "envoys",
                                                               "delegate", "delegates", "negotiator", "negotiators"}:
            return None  # "sent a delegation to Geneva": no aid (its talks, if any, are their own event)
        if lemma in ("capture", "seize", "win") and objects_lemmas & NOT_CAPTURED:
            return None  # "captured the allegiance of younger voters"
        if lemma == "host" and objects_lemmas & NOT_HOSTED and not any(self.actor_at.get(c.i) for c in objs):
            return None  # "hosts an Atlanta radio show"
        if lemma == "attend" and objects_lemmas & NOT_ATTENDED:
            return None  # "after he attended a vigil for the victims": no meeting of anyone
        if lemma == "receive" and etype is None and not any(
                self.actor_at.get(c.i) or c.lower_ in GOV_NOUNS | MIL_NOUNS | {"him", "her"} for c in objs):
            return None  # "received the backing of 33% of voters": only a visitor is received
        if lemma == "contribute" and not objs and not any(c.dep_ == "prep" and c.lower_ == "to" for c in verb.children):
            return None  # "Contributing: Grant Miller." (a byline)
        if lemma in ("target", "attack") and verb.dep_ == "acl" and verb.head.lemma_.lower() in MESSAGES | MEASURES:
            return None  # "online ads targeting Clinton on immigration", "a law targeting the university"
        if lemma == "ask" and (objects_lemmas & {"question", "questions"} or verb.tag_ == "VBN" and verb.dep_ in (
                "advcl", "ROOT") and not any(c.dep_ in ("nsubjpass", "nsubj") for c in verb.children)):
            return None  # "asked questions about …", "Asked at a briefing about X, he said": a question, no demand
        if lemma == "appeal" and not any(c.dep_ == "prep" and c.lower_ == "for" or c.dep_ == "xcomp"
                                         for c in verb.children) \
                and not any(g.dep_ == "xcomp" for c in verb.children for g in c.subtree if c.dep_ == "prep"):
            return None  # "sought to appeal to younger voters" attracts them ("appealed to Iran to …" asks)
        if lemma == "seek" and not objs and any(c.dep_ == "xcomp" for c in verb.children):
            return None  # "sought to appeal to younger voters": tried to, asked no one
        if lemma == "help" and not any(self.actors_in(c) for c in objs) and not (
                any(self.kind.get(a) in STATE_LIKE for c in self.helped(verb) for a in self.actors_in(c))
                and self.state_acts(verb)):
            # "helped write the law", "the fading attention helped" (no one named is helped); "helped Kenyan forces
            # end the siege" is a state's help ("helped Mr. Ailes start Fox News" is no political event)
            return None
        if lemma == "give" and any(c.dep_ == "prt" and c.lower_ == "up" for c in verb.children):
            if not objects_lemmas & WEAPONS:
                return None  # "had not given up hope"
            etype, mode = "RETREAT", "disarm"  # "give up its chemical weapons"
        if lemma == "comply" and not any(c.dep_ == "prep" and c.lower_ == "with" and any(
                p.lemma_.lower() in DEMANDS for p in c.children) for c in verb.children):
            return None  # "complied with campaign finance laws" ("would comply with the resolution": a concession)
        if lemma == "require" and not (self.state_acts(verb) and (any(
                self.actors_in(g) for c in verb.children if c.dep_ in ("ccomp", "xcomp")
                for g in c.children if g.dep_ == "nsubj") or any(self.actors_in(c) for c in objs))):
            return None  # "a resolution requiring Syria to give up …" ("requires cash", "required by law": none)
        if lemma == "discuss" and len(self.subject(verb)[0]) < 2 and not any(
                c.dep_ == "prep" and c.lower_ in ("with", "between") for c in [*verb.children, *on_objects(objs)]):
            return None  # "Santilli discusses burying guns": talk with no one named
        if lemma == "meet" and any(c.dep_ == "prep" and c.lower_ == "with" and any(
                p.lemma_.lower() in REACTIONS for p in c.children if p.dep_ == "pobj") for c in verb.children):
            return None  # "Mr. Ryan's ideas have met with resistance"
        if lemma == "tell" and any(self.actors_in(c) for c in objs) and any(
                c.dep_ == "xcomp" and any(g.dep_ == "aux" and g.lower_ == "to" for g in c.children)
                for c in verb.children):
            etype, mode = "REQUEST", None  # "told Islamabad to stop interfering": a demand
        if lemma in ("buy", "purchase") and not any(self.actors_in(c) for c in objs) and not any(
                c.dep_ == "prep" and c.lower_ == "from" for c in verb.children):
            return None  # "crossed into Colombia to buy food": a purchase from no one named
        if lemma in ("stop", "prevent") and etype is None and any(self.actors_in(c) for c in objs) and any(
                c.dep_ == "prep" and c.lower_ == "from" and any(g.dep_ == "pcomp" for g in c.children)
                for c in verb.children):
            etype, mode = "COERCE", "restrict"  # "to stop Iran from building a bomb" (vowed: a threat)
        if lemma in ("designate", "name", "list", "label", "brand", "declare") and any(
                self.actors_in(c) for c in objs) and any(
                t.lemma_.lower() in ("terrorist", "terror", "terrorism") for t in verb.subtree):
            etype, mode = "SANCTION", "blacklist"  # "designated Iran's Revolutionary Guards a terrorist organisation"
        if lemma in ("sail", "patrol", "transit") and self.military_subject(verb) or lemma == "fly" and any(
                c.dep_ == "prep" and c.lower_ in ("near", "over", "through") for c in verb.children) \
                and self.military_subject(verb):
            etype, mode = "MOBILIZE", "show-of-force"  # "a US destroyer sailed through the Taiwan Strait"
        if lemma == "give" and any(c.dep_ in ("npadvmod", "dobj", "obj") and c.lemma_.lower() in (
                "day", "hour", "week", "month", "deadline", "ultimatum") for c in verb.children) \
                and any(self.actors_in(c) for c in objs):
            etype, mode = "THREATEN", "ultimatum"  # "gave Sudan's military council 15 days to hand over power"
        if lemma in ("repel", "repulse", "thwart", "foil") and any(self.noun_is(c, "ASSAULT") for c in objs):
            # "repelled a Boko Haram attack": the defenders fight the attackers
            etype, mode = "ASSAULT", "repel"
        if lemma == "fly" and mode == "visit" and self.military_subject(verb) and any(
                c.lower_ in ("him", "her", "them") or any(self.kind.get(a) == "person" for a in self.actors_in(c))
                for c in objs):
            etype, mode = "COERCE", "deport"  # "ousted President Manuel Zelaya and flew him to Costa Rica": sent away
        elif lemma == "fly" and mode == "visit" and self.military_subject(verb):
            etype, mode = "MOBILIZE", "troops"  # "Russian bombers flew to Venezuela"
        if lemma == "arrive" and any(c.dep_ == "prep" and c.lower_ in ("in", "at") for c in verb.children):
            if any(self.kind.get(a) in ("person", "government", "igo") for a in self.subject(verb)[0]):
                etype, mode = "CONSULT", "visit"  # "Blinken arrived in Tel Aviv": a visit hosted by Israel
            elif self.military_subject(verb):
                etype, mode = "MOBILIZE", "troops"  # "British troops have arrived in Mali" (to keep the peace: AID)
        if lemma in ("add", "put", "place") and any(c.dep_ == "prep" and c.lower_ in ("to", "on") and any(
                p.lemma_.lower() in ("list", "blacklist") and any(g.lemma_.lower() in ("sanction", "terror", "black")
                                                                  for g in p.children) for p in c.children)
                for c in verb.children):
            etype, mode = "SANCTION", "blacklist"  # "added Iranian officials to its sanctions list"
        if lemma in ("put", "place", "keep", "hold") and any(c.dep_ == "prep" and c.lower_ == "under" and any(
                p.lemma_.lower() in CUSTODY for p in c.children) for c in verb.children) \
                and (objs or verb.tag_ == "VBN"):
            etype, mode = "COERCE", "arrest"  # "put former president Mohamed Bazoum under house arrest"
        if lemma == "strip" and any(c.dep_ == "prep" and c.lower_ == "of" and any(
                p.lemma_.lower() in STRIPPED for p in c.children) for c in [*verb.children, *on_objects(objs)]):
            etype, mode = "COERCE", "restrict"  # "stripped 94 opponents of their citizenship"
        if lemma in ("enter", "move") and self.military_subject(verb) and (lemma == "enter" or any(
                c.dep_ == "prep" and c.lower_ in ("into", "to") for c in verb.children)):
            etype, mode = "MOBILIZE", "troops"  # "Azerbaijani troops entered the Aghdam district", "moved into"
        if lemma in ("move", "shift", "relocate") and any(c.lemma_.lower() in MILITARY_OBJECTS | FIRED | {
                "weapon", "system", "battery", "launcher"}
                                                         for c in objs) and any(
                c.dep_ == "prep" and c.lower_ in ("into", "to") for c in verb.children):
            etype, mode = "MOBILIZE", "troops"  # "moved nuclear-capable Iskander missiles into Kaliningrad"
        if lemma == "pause" and not objs:
            return None  # "Clinton paused, seemingly stunned": a pause for breath
        if lemma == "cut" and any(c.lower_ == "short" for c in verb.children):
            return None  # "cut short their summit": the summit ended early, nothing cut off
        if lemma == "disqualify" and not self.state_acts(verb):
            return None  # "Clinton should be disqualified from the presidency" (a government disqualifying is one)
        if lemma == "remove" and any(c.dep_ == "prep" and c.lower_ == "from" and any(
                p.lemma_.lower() in ("office", "power", "post") for p in c.children) for c in verb.children):
            etype, mode = "COERCE", None  # "Peru's Congress removed President Martin Vizcarra from office"
        elif lemma in ("remove", "expel", "exclude", "suspend") and any(
                self.kind.get(a) == "state" for c in objs for a in self.actors_in(c)) and any(
                c.dep_ == "prep" and c.lower_ == "from" and any(p.lemma_.lower() in PROGRAMMES for p in c.children)
                for c in verb.children):
            etype, mode = "SANCTION", None  # "removed Turkey from the F-35 fighter jet programme"
        ended = [p for c in objs if c.lemma_.lower() == "end" for g in c.children if g.dep_ == "prep"
                 and g.lower_ == "to" for p in g.children if p.lemma_.lower() in ("ceasefire", "truce", "pact")]
        if lemma == "declare" and ended:
            # "declared an end to its 29-year ceasefire with Morocco": a withdrawal from the agreement
            etype, mode = "SANCTION", "withdraw"
            self.noun_done.update(p.i for p in ended)
        if lemma == "order" and any(c.dep_ == "xcomp" and c.lemma_.lower() in ("leave", "depart", "quit")
                                    for c in verb.children) and any(self.actors_in(c) for c in objs):
            # "ordered the French ambassador to leave", "ordered all undocumented Afghans to leave"
            # ("ordered a Pakistani embassy official to leave": a diplomat too)
            diplomats = objects_lemmas & {"ambassador", "envoy", "diplomat", "diplomats", "attache", "charge"} or any(
                c.lemma_.lower() in ("official", "officer", "staffer") and any(
                    g.lemma_.lower() in ("embassy", "consulate", "mission", "consular") for g in c.children)
                for c in objs)
            etype, mode = ("SANCTION", "expel") if diplomats else ("COERCE", "deport")
        if lemma == "order" and etype is None and any(
                c.dep_ == "xcomp" and getattr(self.stage.verbs.get(c.lemma_.lower()), "type", None) is None
                for c in verb.children):
            # "Qatar ordered the Taliban to remove a flag": a demand of another party (one's own troops or officials
            # ordered to act do the act, above and in inherited_sources)
            own = {self.home(a) for a in self.subject(verb)[0]}
            ordered = [a for c in objs for a in self.actors_in(c) if self.home(a) not in own]
            if own and ordered:
                etype, mode = "REQUEST", None
        if lemma in ("speak", "talk") and etype is None and len(self.subject(verb)[0]) > 1 and not any(
                c.dep_ in ("ccomp", "dobj", "obj", "xcomp") or c.dep_ == "prep" and c.lower_ in ("to", "at", "before")
                for c in verb.children):
            etype, mode = "CONSULT", None
        return etype, mode

    def state_acts(self, verb: Any) -> bool:
        """Whether the verb's subject names a state, a body of one, an international body or an armed group."""
        return any(self.kind.get(a) in STATE_LIKE for a in self.subject(verb)[0])

    @staticmethod
    def first_to(verb: Any) -> Any:
        """"May became the first foreign leader to meet Trump": the copula whose subject did it, else None."""
        head = verb.head
        if verb.dep_ in ("relcl", "acl") and any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children) \
                and any(c.dep_ in ("dobj", "obj", "prep") for c in verb.children) and head.dep_ == "attr" \
                and head.head.lemma_.lower() in ("be", "become") \
                and any(c.lower_ in ("first", "last", "only") for c in head.children):
            return head.head
        return None

    @staticmethod
    def helped(verb: Any) -> list[Any]:
        """"helped Kenyan security forces end the siege", parsed with the forces as the subject of "end"."""
        return [g for c in verb.children if c.dep_ in ("ccomp", "xcomp") for g in c.children if g.dep_ == "nsubj"]

    @staticmethod
    def warned_clauses(verb: Any, auxes: set[str]) -> list[Any]:
        """The clauses a verb says will or may happen: "warned that Russia would use all available means"."""
        return [c for c in verb.children if c.dep_ == "ccomp"
                and {g.lower_ for g in c.children if g.dep_ == "aux"} & auxes]

    @staticmethod
    def consequence(clause: Any) -> bool:
        """A clause of harm to come: "would lead to an explosion", "would trigger a crisis", "would have serious
        consequences", "would not go unanswered"."""
        lemma = clause.lemma_.lower()
        return lemma in CONSEQUENCES or lemma == "have" and any(
            c.dep_ in ("dobj", "obj") and c.lemma_.lower() in ("consequence", "repercussion") for c in clause.children
        ) or lemma == "go" and any(c.lower_ in ("unanswered", "unpunished") for c in clause.children) \
            or lemma == "set" and any(c.dep_ == "prep" and c.lower_ == "on" and any(
                p.lower_ == "fire" for p in c.children) for c in clause.children)  # "would set the region on fire"

    def own_side(self, verb: Any, subj: Any) -> bool:
        """Whether ``subj`` names the speaker of ``verb`` or the speaker's own state: "Putin warned that Russia …"."""
        speakers = self.subject(verb)[0]
        own = set(speakers) | {self.country.get(a) for a in speakers} - {None}
        return bool(speakers) and any(a in own or self.country.get(a) in own for a in self.actors_in(subj))

    def conflict_act(self, clause: Any) -> bool:
        """Whether a clause's verb, or the event noun it carries, is an act of conflict: "would carry out a
        nuclear test", "would respond" ("would cut its growth forecast" is none)."""
        lemma = clause.lemma_.lower()
        trig = self.stage.verbs.get(lemma)
        if lemma == "use" and any(c.dep_ in ("dobj", "obj") and c.lemma_.lower() in FORCE_MEANS
                                  for c in clause.children):
            return True  # "would use all available means", "would use force"
        if lemma in RESPONSES | {"hit"} or trig is not None and trig.type in QUAD_CONFLICT and (
                trig.type != "SANCTION" or any(self.actor_at.get(t.i) for t in clause.subtree)):
            return True  # ("would cut ties with Qatar" is one, "would cut its forecast" none)
        found = [self.noun_type(c) for c in clause.children if c.dep_ in ("dobj", "obj")]
        return any(f is not None and f[0] in QUAD_CONFLICT for f in found)

    def military_subject(self, verb: Any) -> bool:
        """Whether the verb's subject (through "have begun leaving") is a force: "American troops", "Afghan forces"."""
        v = verb
        for _ in range(3):
            subj = [c for c in v.children if c.dep_ in ("nsubj", "nsubjpass")]
            if subj:
                return any(s.lemma_.lower() in MILITARY_OBJECTS or any(self.kind.get(a) == "military"
                                                                       for a in self.actors_in(s)) for s in subj)
            if v.dep_ not in ("xcomp", "conj") or v.head.i == v.i:
                return False
            v = v.head
        return False

    def people_in(self, subj: Any) -> list[str]:
        """"Protesters in Baghdad stormed the embassy": an unnamed crowd of a place acts for its state's people,
        as PLOVER codes them."""
        lemma = subj.lemma_.lower()
        if lemma not in CROWDS | LOCAL_GROUPS and lemma not in AUTHORITIES:
            return []
        places = [c for c in subj.children if c.dep_ == "compound" and c.pos_ == "PROPN" and lemma in AUTHORITIES]
        for c in [*subj.children, *places]:
            if c.dep_ == "prep" and c.lower_ == "in" or c in places:
                for p in (c.children if c.dep_ == "prep" else [c]):
                    country = self.place_state(p) if p.dep_ in ("pobj", "compound") else None
                    if country:
                        # "police in Los Angeles" are the state's authorities
                        actor = f"{country}.GOV" if lemma in AUTHORITIES else country
                        self.infer(actor, "government" if lemma in AUTHORITIES else "state", subj.left_edge,
                                   subj.right_edge)
                        return [actor]
        return []

    def local_body(self, subj: Any) -> list[str]:
        """"police blamed Boko Haram" after "… in the Nigerian city of Jos", "Government helicopters dropped barrel
        bombs on … Aleppo": police (or security forces), or forces called the government's, with no state named are
        the body of the state of the places the sentence names, when they are all in one state."""
        word = subj.lower_
        if word in ("forces", "force") and any(c.dep_ in ("amod", "compound") and c.lower_ == "security"
                                               for c in subj.children):
            word = "police"  # "Security forces fired live ammunition at protesters in Omdurman", as the police
        if not (word == "police" or word in MIL_NOUNS and any(
                c.dep_ in ("amod", "compound") and c.lower_ == "government" for c in subj.children)):
            return []
        if any(self.actor_at.get(t.i) for t in subj.subtree):
            return []
        states = {self.place_state(t) for t in subj.sent if t.pos_ == "PROPN" and t.ent_type_ not in (
            "PERSON", "ORG", "DATE", "TIME") and not self.actor_at.get(t.i)}
        if len(states) != 1 or None in states:
            return []
        body = f"{states.pop()}.{'GOV' if word == 'police' else 'MIL'}"
        self.infer(body, "government" if word == "police" else "military", subj.left_edge, subj.right_edge)
        return [body]

    def the_two(self, subj: Any, verb: Any) -> list[str]:
        """"…, and the two leaders agreed to …", "Both sides agreed": the two parties of the event reported just
        before (in this sentence or the one before), who then act on each other."""
        two = subj.lower_ == "both" or subj.lower_ == "two" and any(c.lower_ == "the" for c in subj.children) \
            or subj.lemma_.lower() in PARTY_NOUNS and any(c.lower_ in ("two", "both") for c in subj.children)
        if not two:
            return []
        first = subj.sent.start
        since = self.sp[first - 1].sent.start_char if first > 0 else 0
        for event in reversed(self.events):
            if since <= (event.trigger.start if event.trigger else -1) < subj.idx:
                parties = list(dict.fromkeys([*event.sources, *event.targets]))
                # ("spoke by phone with Russian President Vladimir Putin": Russia is there as Putin's)
                parties = [p for p in parties if not (self.kind.get(p) == "state" and any(
                    self.person_country.get(q) == p for q in parties))]
                if len(parties) == 2:
                    self.mutual.add(verb.i)
                    return parties
        return []

    def place_state(self, token: Any) -> str | None:
        """The state of the place a proper noun names ("Los Angeles" → USA, "Germany" → DEU), or None."""
        where = self.locate(self.name_of(token)) if token.pos_ == "PROPN" else None
        return where.country if where is not None and where.country else None

    def name_start(self, token: Any) -> Any:
        """The first of the proper nouns compounded before ``token``: "Los" of "Los Angeles"."""
        start = token
        while start.i > 0 and self.sp[start.i - 1].dep_ == "compound" and self.sp[start.i - 1].pos_ == "PROPN":
            start = self.sp[start.i - 1]
        return start

    def name_of(self, token: Any) -> str:
        """A proper noun with the proper nouns compounded before it: "Los Angeles", "Khan Sheikhoun"."""
        return str(self.sp[self.name_start(token).i:token.i + 1].text)

    def speakers_country(self, verb: Any, subj: Any) -> list[str]:
        """"his country", "our government" in what a person said: the speaker's state (or its government),
        as in "Ambassador Dedov said his country seeks …"."""
        if subj.lemma_.lower() not in ("country", "nation", "government", "state") or not any(
                c.dep_ == "poss" and c.lower_ in ("his", "her", "their", "our", "my") for c in subj.children):
            return []
        v = verb
        while v.dep_ in ("ccomp", "conj", "xcomp") and v.head.i != v.i:
            v = v.head
            if v.lemma_.lower() in SAY_VERBS | DENY_VERBS:
                countries = [self.person_country.get(a) or (a.split(".")[0] if self.kind.get(a) != "person" else None)
                             for c in v.children if c.dep_ == "nsubj" for a in self.actors_in(c)]
                state = next((c for c in countries if c), None)
                if state is None:
                    return []
                body = f"{state}.GOV" if subj.lemma_.lower() == "government" else state
                self.infer(body, "government" if body.endswith(".GOV") else "state", subj.left_edge, subj)
                return [body]
        return []

    def prep_objects(self, head: Any, preps: tuple[str, ...]) -> list[str]:
        out: list[str] = []
        for c in head.children:
            if c.dep_ in ("prep", "dative", "agent") and c.lower_ in preps:
                for p in c.children:
                    if p.dep_ == "pcomp" and any(g.dep_ in ("nsubj", "nsubjpass") for g in p.children):
                        continue  # "met …, with Egyptian officials mediating": a clause of its own, not an object
                    if p.dep_ == "pcomp" and c.lower_ == "against" and p.pos_ == "VERB" and any(
                            g.dep_ in ("dobj", "obj") for g in p.children):
                        continue  # "warned Israel against attacking Lebanon": Lebanon is attacked, not warned
                    if p.dep_ in ("pobj", "pcomp"):
                        out += [a for a in self.actors_in(p) if a not in out]
        return out

    def holders(self, verb: Any) -> list[str]:
        """Who holds what was attacked: "struck sites in Houthi-controlled territory", "fired missiles at radar sites
        in Houthi-controlled territory" → the Houthis."""
        out: list[str] = []
        for c in verb.children:
            if c.dep_ in ("dobj", "obj") or c.dep_ == "prep" and c.lower_ in ("at", "on", "against"):
                for t in c.subtree:
                    if t.lower_ in HELD_BY and t.dep_ in ("amod", "acl"):
                        out += [a for g in t.children if g.dep_ in ("npadvmod", "compound", "agent", "nmod")
                                for a in self.actors_in(g) if a not in out]
        return out

    def capital_state(self, verb: Any) -> list[str]:
        """The state whose capital is the verb's object: "captured Kabul" → Afghanistan."""
        kb = self.stage.kb
        for c in verb.children:
            if c.dep_ in ("dobj", "obj") and c.pos_ == "PROPN":
                states = [k for k, how in kb.lookup(c.text) if how == "capital"]
                if states:
                    self.infer(states[0], "state", c, c)
                    return states[:1]
        return []

    def agent(self, verb: Any) -> list[str]:
        return [a for c in verb.children if c.dep_ == "agent" for p in c.children for a in self.actors_in(p)]

    def direct_agent(self, verb: Any) -> list[str]:
        """The "by" agent's own actors, not those of what hangs on it ("claimed by al-Mourabitoun, a group linked to
        al-Qaeda"; "committed by Croat forces against Serb civilians")."""
        return [a for c in verb.children if c.dep_ == "agent" for p in c.children if p.dep_ == "pobj"
                for t in (p, *p.conjuncts) for a in self.actor_at.get(t.i, ())]

    # -- run ------------------------------------------------------------------------------------
    def run(self) -> list[Event]:
        for sent in self.sp.sents:
            if len(sent) > MAX_SENTENCE_TOKENS:
                continue
            for token in sent:
                if token.pos_ in ("VERB", "AUX") or (token.pos_ == "NOUN" and token.tag_.startswith("VB")):
                    self.verb_event(token)
            for token in sent:
                if token.pos_ in ("NOUN", "PROPN") and token.i not in self.noun_done and token.i not in self.by_token:
                    self.noun_event(token)
        for event, token in list(self.pending_modality):
            self.set_modality(event, token)
            if event.modality == "future" and event.date_text and (
                    self.own_date(token, event.date_text) or token.i in self.scheduled):
                # "will hold drills in September", "will meet on Tuesday": the next one, not the last ("warned on
                # Monday that Russia would retaliate": the warning's Monday, the last one)
                ahead = resolve(event.date_text, self.published, ahead=True)
                if ahead:
                    event.date, event.date_precision = ahead[0].isoformat(), ahead[1]
            if event.negated and event.modality == "future" and event.type in COOPERATIVE and event.sources:
                # "Israel will not release the prisoners": a refusal, which PLOVER codes REJECT
                self.retype(event, "REJECT")
                event.negated, event.modality = False, None
            elif event.modality == "future" and event.type not in ("AGREE", "THREATEN", "REJECT") and event.sources \
                    and token.i not in self.scheduled:
                # ("vowed to defy Washington" stays a refusal)
                # PLOVER codes a stated intention as AGREE (to cooperate) or THREATEN (to act against)
                # ("would deploy 800 troops to Estonia": to a state that receives them, a promise, as "will send
                # weapons to the Kurdish peshmerga"; "would deploy S-400 missiles to Syria" after suspending contacts
                # with Ankara stays a threat)
                hosted = event.type == "MOBILIZE" and bool(event.targets) and any(
                    c.dep_ in ("dobj", "obj") and c.lemma_.lower() in TROOPS for c in token.children) and all(
                    self.kind.get(a) == "state" for a in event.targets) and set(event.targets) <= {
                    a for c in token.children if c.dep_ == "prep" and c.lower_ == "to" for p in c.children
                    for a in self.actor_at.get(p.i, ())}  # (not "to the border with Ukraine")
                hosted = hosted or event.type == "MOBILIZE" and not event.targets and any(
                    c.dep_ in ("dobj", "obj") and c.lemma_.lower() in TROOPS for c in token.children) and any(
                    c.dep_ == "prep" and c.lower_ == "to" and any(p.lemma_.lower() == "country" for p in c.children)
                    for c in token.children)  # "would send 400 more troops to the country": to a host
                self.retype(event, "AGREE" if event.type in COOPERATIVE or hosted else "THREATEN")
                if event.type == "THREATEN" and token.dep_ == "ccomp" and token.head.lemma_.lower() == "warn":
                    # "Trump warned that the United States would strike 52 Iranian sites": the one who warns
                    # threatens, as "Russia's deputy chief of staff warned that Poland was exposing itself"
                    speaker = self.subject(token.head)[0]
                    if speaker:
                        event.sources = speaker
                        event.targets = [a for a in event.targets if a not in speaker]
            elif event.modality == "requested" and token.dep_ == "ccomp" and event.sources \
                    and token.head.lemma_.lower() in SAY_VERBS and "must" in {c.lower_ for c in token.children}:
                # "Russia said Sudan must return the helicopter": Russia demands it of Sudan, and what is demanded
                # is that demand's content, not an event of its own (as "urged Israel to halt its strikes")
                speaker = self.subject(token.head)[0]
                if speaker:
                    self.add(token.head, "REQUEST", None, speaker, list(event.sources), verb_trigger=True)
                    self.events.remove(event)
                    self.by_token.pop(token.i, None)
        for token in self.sp:
            if token.lemma_.lower() in SAY_VERBS and token.i not in self.by_token:
                self.said_must(token)
        self.mediators()
        self.conditions()
        self.purposes()
        self.replies()
        self.exchanges()
        return self.events

    def exchanges(self) -> None:
        """"The Taliban freed two professors in exchange for three Taliban commanders": what is given for a release
        is a release too, by the other side (whom the sentence does not name), of those it names."""
        for i, event in list(self.by_token.items()):
            token = self.sp[i]
            if event.type != "RETREAT" or event.mode != "release":
                continue
            # (the phrase may hang on what is released: "freed Medvedchuk and 55 others in exchange for …")
            released = [r for o in token.children if o.dep_ in ("dobj", "obj") for r in (o, *o.conjuncts)]
            for c in [*token.children, *(g for r in released for g in r.children)]:
                swap = [p for p in c.children if c.dep_ == "prep" and c.lower_ == "in" and p.lower_ == "exchange"]
                given = [a for s in swap for g in s.children if g.dep_ == "prep" and g.lower_ == "for"
                         for p in g.children if p.dep_ == "pobj" for a in self.actors_in(p)
                         if a not in event.targets]  # ("three Taliban commanders" freed for the Taliban)
                if given and swap[0].i not in self.by_token:
                    self.add(swap[0], "RETREAT", "release", [], list(dict.fromkeys(given)), verb_trigger=False)

    def replies(self) -> None:
        """"North Korea offered talks, and Seoul accepted the proposal", "Turkey insisted on taking part, but
        Baghdad rejected the request": a proposal or request accepted or turned down with no one's name on it is
        the one made earlier in the sentence, so its maker is the reply's target."""
        for i, event in list(self.by_token.items()):
            token = self.sp[i]
            if event.type not in ("AGREE", "REJECT") or event.targets or not event.sources:
                continue
            authors = [a for c in token.children if c.dep_ in ("dobj", "obj")
                       and c.lemma_.lower() in PROPOSALS | DRAFTS for g in c.children
                       if g.dep_ == "acl" and g.tag_ == "VBN" for a in self.agent(g) if a not in event.sources]
            if authors:
                # "vetoed a draft resolution drawn up by Britain, France and the United States": its authors'
                event.targets = list(dict.fromkeys(authors))
                continue
            made = [c for c in token.children if c.dep_ in ("dobj", "obj") and c.lemma_.lower() in PROPOSALS
                    and not any(t.dep_ == "poss" or self.actor_at.get(t.i) for t in c.subtree)]
            if not made:
                continue
            own = {self.home(a) for a in event.sources}
            earlier = [a for t in token.sent if t.i < made[0].i and t.dep_ in ("nsubj", "nsubjpass")
                       and t.head.i != token.i for a in self.actors_in(t)
                       if a not in event.sources and self.home(a) not in own]
            if not earlier and token.sent.start > 0:
                # "Ankara asked to join the operation. Baghdad rejected the request.": the request just before
                before = self.sp[token.sent.start - 1].sent
                earlier = next((list(e.sources) for j, e in sorted(self.by_token.items(), reverse=True)
                                if before.start <= j < before.end and e.type == "REQUEST"
                                and not {self.home(a) for a in e.sources} & own), [])
            if earlier:
                event.targets = list(dict.fromkeys(earlier))

    def purposes(self) -> None:
        """"approved the deployment of troops to Libya to support the Tripoli government": a deployment made to help
        someone is aid to them (as troops sent to a state are), and the help it is for is no event of its own."""
        for i, help_event in list(self.by_token.items()):
            token = self.sp[i]
            if token.lemma_.lower() not in HELP_VERBS or token.dep_ != "advcl" \
                    or not any(c.dep_ == "aux" and c.lower_ == "to" for c in token.children) or not help_event.targets:
                continue
            heads = [token.head, *(c for c in token.head.children if c.dep_ in ("dobj", "obj"))]
            deployed = next((self.by_token[h.i] for h in heads if h.i in self.by_token
                             and self.by_token[h.i].type == "MOBILIZE"
                             and set(self.by_token[h.i].sources) == set(help_event.sources)), None)
            if deployed is None:
                continue
            self.retype(deployed, "AID")
            deployed.targets = list(help_event.targets)
            self.events.remove(help_event)
            del self.by_token[i]

    @staticmethod
    def conditional(clause: Any) -> bool:
        """The clause is a condition: "if the United States strikes", "unless the group disarms"."""
        return any(c.dep_ == "mark" and c.lower_ in ("if", "unless") for c in clause.children)

    def conditions(self) -> None:
        """"Iran could close the Strait of Hormuz if the United States imposes sanctions", "Iran will retaliate if
        the United States strikes": a hostile act and the hostile act it is made conditional on are aimed at
        each other's doers, when they name no target of their own."""
        for i, cond in list(self.by_token.items()):
            token = self.sp[i]
            clause = token.head if token.dep_ in ("dobj", "obj") and token.pos_ == "NOUN" else token
            if clause.dep_ != "advcl" or not self.conditional(clause):
                continue
            main = self.by_token.get(clause.head.i) or next(
                (self.by_token[c.i] for c in clause.head.children if c.dep_ in ("dobj", "obj")
                 and c.i in self.by_token), None)
            # ("Iran could close the Strait of Hormuz": the one who answers, though closing a strait is no event)
            answering = main.sources if main is not None else self.subject(clause.head)[0]
            if main is cond or not answering or not cond.sources or set(answering) & set(cond.sources):
                continue
            hostile = QUAD_CONFLICT | {"REJECT"}
            if not cond.targets and cond.type in hostile:
                cond.targets = list(answering)
            if main is not None and not main.targets and main.type in hostile:
                main.targets = list(cond.sources)

    def mediators(self) -> None:
        """"resumed talks under Ugandan mediation", "met, with Egyptian officials mediating", "mediated by
        Qatar": the mediator consults the parties to the talks of its sentence."""
        for i, event in self.by_token.items():
            token = self.sp[i]
            if event.type != "CONSULT" or token.lemma_.lower() not in MEDIATION \
                    or event.targets and event.targets != event.sources:
                continue
            # (or the parties to what was agreed: "agreed to a ceasefire brokered by Egypt")
            talks = [other for j, other in self.by_token.items() if other is not event
                     and other.type in ("CONSULT", "AGREE", "REJECT")
                     and self.sp[j].sent.start == token.sent.start and len(other.sources) > 1]
            talks.sort(key=lambda other: other.type != "CONSULT")
            if talks:
                event.targets = [a for a in talks[0].sources if a not in event.sources]
                event.mode = None

    def said_must(self, verb: Any) -> None:
        """"Saudi Arabia said Assad must step down": the speaker demands it of Y, whatever Y must do; "Nasrallah
        said US soldiers would pay the price": the speaker threatens them."""
        for clause in verb.children:
            if clause.dep_ != "ccomp" or clause.i in self.by_token or clause.i in self.folded \
                    or "must" not in {c.lower_ for c in clause.children if c.dep_ == "aux"}:
                continue
            asked = [a for c in clause.children if c.dep_ == "nsubj" for a in self.actors_in(c)]
            speaker = self.subject(verb)[0]
            # "said foreign troops must leave": a demand of forces the sentence does not name
            forces = any(c.dep_ == "nsubj" and c.lemma_.lower() in MILITARY_OBJECTS for c in clause.children)
            if (asked or forces) and speaker:
                self.add(verb, "REQUEST", None, speaker, asked, verb_trigger=True)
                return
        for clause in verb.children:
            # "Assad told AFP the chemical attack was a fabrication": a denial, of whoever made the claim
            if clause.dep_ == "ccomp" and clause.lemma_.lower() == "be" and clause.i not in self.by_token and any(
                    c.dep_ in ("attr", "acomp") and (c.lemma_.lower() in FABRICATIONS or any(
                        g.dep_ == "amod" and g.lower_ in FABRICATIONS for g in c.children))
                    for c in clause.children) and not any(
                    c.dep_ == "neg" for c in clause.children):
                claimed = [a for c in clause.children if c.dep_ == "nsubj" for g in c.children if g.dep_ == "poss"
                           for a in self.actors_in(g)]  # "India's claims were an illusion"
                speaker = self.subject(verb)[0]
                if speaker and any(c.dep_ == "nsubj" and c.pos_ == "NOUN" for c in clause.children):
                    self.add(verb, "REJECT", None, speaker, claimed, verb_trigger=True)
                    return
        for clause in verb.children:
            # "Nasrallah said US soldiers in the region would pay the price": a threat of the speaker's
            if clause.dep_ == "ccomp" and clause.lemma_.lower() == "pay" and clause.i not in self.by_token \
                    and any(c.dep_ in ("dobj", "obj") and c.lemma_.lower() == "price" for c in clause.children) \
                    and {c.lower_ for c in clause.children if c.dep_ == "aux"} & (FUTURE_AUX | {"would"}):
                threatened = [a for c in clause.children if c.dep_ == "nsubj" for a in self.actors_in(c)]
                speaker = self.subject(verb)[0]
                if threatened and speaker:
                    self.add(verb, "THREATEN", None, speaker, threatened, verb_trigger=True)
                    return

    @staticmethod
    def retype(event: Event, etype: str) -> None:
        event.mode = event.type.lower()
        event.type = etype
        event.quad = QUAD[etype]
        event.cameo = CAMEO_ROOT[etype]

    @property
    def pending_modality(self) -> list[tuple[Event, Any]]:
        out = []
        for i, e in self.by_token.items():
            token = self.sp[i]
            if token.pos_ == "NOUN" and token.dep_ in ("dobj", "obj") and token.head.lemma_.lower() in self.stage.light:
                token = token.head  # "will hold talks": the light verb carries the modality
            out.append((e, token))
        return out

    def verb_event(self, verb: Any) -> None:
        lemma = verb.lemma_.lower()
        trig = self.stage.verbs.get(lemma)
        if trig is None or verb.i in self.folded:
            return
        signing = verb.head.head if verb.dep_ == "acl" else verb.head
        if (verb.dep_ == "acl" and verb.head.lemma_.lower() in AGREEMENTS
                or verb.dep_ == "advcl" and any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children)
                and any(c.dep_ in ("dobj", "obj") and c.lemma_.lower() in AGREEMENTS for c in verb.head.children)) \
                and signing.lemma_.lower() in ("sign", "reach", "conclude", "strike", "seal"):
            return  # "signed a deal to end the fighting": what was agreed, not an act of its own
        if verb.dep_ in ("xcomp", "advcl") and trig.type == "ASSAULT" and verb.head.lemma_.lower() in DEPLOY_VERBS \
                and any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children) \
                and any(c.dep_ in ("dobj", "obj") and c.lemma_.lower() in MILITARY_OBJECTS | RECRUITS
                        for c in verb.head.children):
            return  # "calling up 300,000 reservists to fight in Ukraine": the deployment's purpose, not an act yet
        if verb.dep_ in ("relcl", "acl") and any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children) \
                and verb.head.dep_ == "pobj" and verb.head.head.lower_ == "for" \
                and verb.head.head.head.lemma_.lower() in REQUEST_VERBS | {"call", "push", "appeal"}:
            return  # "asked Washington for more weapons to fight al-Qaeda": what the weapons are asked for
        told = verb if verb.dep_ == "xcomp" else verb.head if verb.dep_ == "conj" else None
        if told is not None and told.dep_ == "xcomp" and told.head.lemma_.lower() == "tell" \
                and any(g.dep_ == "aux" and g.lower_ == "to" for g in told.children) \
                and any(c.dep_ in ("dobj", "obj", "dative") for c in told.head.children):
            return  # "told the new leaders to leave or surrender": theirs to do, asked of them, not the teller's act
        if self.cease_fire(verb):
            self.noun_event(verb)  # "announced a cease-fire" parsed as the verb "fire"
            return
        etype, mode = trig.type, trig.mode
        particle_target: list[str] = []
        objs = [c for c in verb.children if c.dep_ in ("dobj", "obj")] or [
            # "kidnapped up to 16 Russian civilian advisers", parsed with "up" as a particle and "to" on the verb
            p for c in (*verb.children, *(g for u in verb.children if u.lower_ == "up" for g in u.children))
            if c.dep_ == "prep" and c.lower_ == "to" and c.i > 0 and self.sp[c.i - 1].lower_ == "up"
            for p in c.children if p.dep_ == "pobj" and any(g.dep_ == "nummod" for g in p.children)]
        # the preposition may hang on the object: "shared evidence with Saudi Arabia"
        on_object = [g for c in objs for g in c.children if g.dep_ == "prep"]
        by_particle = False
        light_noun = lemma in self.stage.light and any(self.noun_type(o) for o in objs)
        for c in [*verb.children, *on_object]:
            if c.dep_ == "prep" and any(p.ent_type_ in ("DATE", "TIME") for p in c.children if p.dep_ == "pobj"):
                continue  # "fired … on Friday", "called on Monday for …": a date, not the particle
            if c.dep_ == "prep" and light_noun:
                continue  # "launched raids against militants": the raids are the event, and "against" theirs
            if c.dep_ in ("prt", "prep") and c.lower_ in trig.with_particles:
                by_particle = True
                etype, mode = _split(trig.with_particles[c.lower_])
                if c.dep_ == "prep":
                    particle_target = [a for p in c.children if p.dep_ == "pobj" for a in self.actors_in(p)]
        if trig.object_type and not by_particle and any(c.dep_ in ("dobj", "obj") and (
                self.actors_in(c) and not (lemma == "call" and self.protest_strike(c))  # (not "called a strike")
                or lemma == "receive" and c.lower_ in ("him", "her")) for c in verb.children):
            # ("Putin received him": the visitor named before, below)
            etype, mode = _split(trig.object_type)
        if lemma in ("fire", "use") and any(c.dep_ in ("dobj", "obj") and c.lower_ in ("teargas", "gas", "bullets",
                                                                                    "cannon", "cannons")
                                            for c in verb.children):
            etype, mode = "COERCE", "crowd-control"  # "fired tear gas at protesters", "used tear gas"
        at_crowd = {c.lower_ for c in verb.children if c.dep_ == "prep" and any(
            p.lemma_.lower() in CROWDS for p in c.children)} if lemma == "fire" else set()
        if "at" in at_crowd and any(c.dep_ in ("dobj", "obj") and c.lemma_.lower() == "ammunition"
                                    for c in verb.children):
            etype, mode = "COERCE", "crowd-control"  # "fired live ammunition at protesters": repression
        if at_crowd & {"on", "at"} and not objs and self.state_acts(verb):
            etype, mode = "COERCE", "crowd-control"  # "Nicaraguan police fired on students occupying a university"
        # "exchanged hundreds of prisoners": the counted noun is the object
        objects_lemmas = {c.lemma_.lower() for c in objs} | {
            p.lemma_.lower() for c in objs if c.lemma_.lower() in SERIES_NOUNS
            for g in c.children if g.dep_ == "prep" and g.lower_ == "of" for p in g.children if p.dep_ == "pobj"} | {
            p.lemma_.lower() for c in objs if c.lemma_.lower() in AMOUNTS  # "withheld 300 million dollars in aid"
            for g in [*c.children, *verb.children] if g.dep_ == "prep" and g.lower_ == "in"
            for p in g.children if p.dep_ == "pobj"} | {
            g.lemma_.lower() for c in objs if c.lemma_.lower() in ("package", "programme", "program")
            for g in c.children if g.dep_ == "compound"}  # "announced a new military aid package"
        if lemma == "let" and verb.i + 1 < len(self.sp) and self.sp[verb.i + 1].lower_ == "free":
            objects_lemmas.add("free")  # "Ethiopia let free 74 political leaders"
        if any(c.pos_ == "PROPN" and not self.actor_at.get(c.i) and (
                c.ent_type_ in ("GPE", "LOC") or c.text in self.stage.kb.cities or c.text in self.stage.kb.places)
               for c in objs):
            objects_lemmas.add("PLACE")  # "seized Sinjar"
        typed_by = next((trig.by_object[w] for w in sorted(objects_lemmas) if w in trig.by_object), None)
        if typed_by is not None and not by_particle:
            # "closed its airspace", "violated the ceasefire", "fired missiles into the sea" (a test; "fired
            # missiles at Israel" stays an assault)
            etype, mode = _split(typed_by)
        rolled_back = lemma == "roll" and any(c.dep_ == "prt" and c.lower_ == "back" for c in verb.children)
        if (lemma in EASE_VERBS or rolled_back or lemma in HALT_VERBS and etype == "SANCTION") \
                and objects_lemmas & RESTRICTIONS:  # "suspended a digital tax", "rolled back tariffs"
            etype, mode = "RETREAT", "ease"
            self.noun_done.update(c.i for c in objs)
        phrased = self.phrase_type(verb, lemma, objs, objects_lemmas, etype, mode)
        if phrased is None:
            return
        etype, mode = phrased
        if lemma == "fly" and etype == "COERCE":
            particle_target = []  # "flew him to Costa Rica": the one flown out, not where to
        if lemma == "comply" and etype == "CONCEDE":
            # "complying with UN sanctions": yielding to the ones whose measure it is
            particle_target += [a for c in verb.children if c.dep_ == "prep" and c.lower_ == "with"
                                for p in c.children for g in p.children if g.dep_ in ("compound", "poss", "amod")
                                for a in self.actors_in(g) if a not in particle_target]
        if lemma in ("throw", "hurl") and etype == "PROTEST":
            particle_target += self.prep_objects(verb, ("at",))  # "threw stones at UN peacekeepers"
        if lemma == "help" and not any(self.actors_in(c) for c in objs):
            particle_target += [a for c in self.helped(verb) for a in self.actors_in(c)]
        if any(c.lemma_.lower() in DELEGATES and not self.actors_in(c) for c in objs):
            # "met his counterparts from the six world powers", with "from" parsed on the verb
            particle_target += [a for a in self.prep_objects(verb, ("from",)) if a not in particle_target]
        if lemma == "establish" and objects_lemmas & TIES:
            etype, mode = "SUPPORT", "recognize"  # "established diplomatic ties with Bhutan"
            particle_target += [a for c in objs for a in self.prep_objects(c, ("with",))]
        if etype == "SANCTION" and lemma in HALT_VERBS and self.halts_nothing(verb):
            return
        if lemma == "call" and etype == "ACCUSE":  # "called Trump mentally deranged", parsed with Trump as a complement
            particle_target += [a for c in verb.children if c.dep_ == "oprd" for a in self.actors_in(c)]
        if mode == "repel":  # the attack repelled is the attackers' own event
            particle_target += [a for c in objs if self.noun_is(c, "ASSAULT") for a in self.noun_sources(c)]
        if lemma in MEDIATION:
            # "brokered the truce between Israel and Hamas": the truce is the mediation's content, its parties the
            # mediator's targets
            self.noun_done.update(c.i for c in objs if self.noun_type(c))
            particle_target += [a for c in objs for a in self.prep_objects(c, ("between",))]
        if etype == "SANCTION" and lemma in HALT_VERBS and any(c.lemma_.lower() in AGREEMENTS | OWN_PLANS
                                                                for c in objs):
            # "suspended a deal to send food aid to North Korea": the act the deal was for is halted with it
            for act in [g for c in objs for g in c.children if g.dep_ == "acl"] + [
                    g for g in verb.children if g.dep_ == "advcl" and any(
                        a.dep_ == "aux" and a.lower_ == "to" for a in g.children)]:
                if act.lemma_.lower() in self.stage.verbs:
                    self.folded.update(t.i for t in act.subtree)
                    particle_target += [a for d in act.children if d.dep_ in ("dative", "prep")
                                        and d.lower_ in ("to", "for", "with") for p in d.children
                                        for a in self.actors_in(p)]
                    if act.lemma_.lower() in HALT_VERBS and lemma != "end":
                        # "suspended its decision to end an intelligence-sharing pact with Japan": a step back from
                        # a break, with the one it would have hurt
                        etype, mode = "RETREAT", "ease"
                        particle_target += [a for o in act.children if o.dep_ in ("dobj", "obj")
                                            for a in self.prep_objects(o, ("with",))]
        if etype == "SANCTION" and lemma in HALT_VERBS:
            # "cancelled a planned visit to Malaysia", "suspended aid to Gaza": the halted act is this event's
            # content and names its target; halting a strike or an offensive is a concession, not a sanction
            for c in map(self.framed, objs):
                found = self.noun_type(c)
                if found is not None:
                    self.noun_done.add(c.i)
                    particle_target += self.prep_objects(c, TARGET_PREPS.get(found[0], ()))
                    if found[0] == "CONSULT" and not particle_target:
                        # "postponed a state visit to Washington": the host state of the visit called off
                        particle_target += self.hosts([c], "to")
                    if found[0] == "PROTEST":
                        etype, mode = "CONCEDE", "protest"
                    elif found[0] in ("ASSAULT", "COERCE") and any(g.lower_ == "joint" for g in c.children) and (
                            partners := [a for h in (c, verb) for a in self.prep_objects(h, ("with",))]):
                        # "suspended joint military operations with Honduras": cooperation cut off, a sanction
                        etype, mode = "SANCTION", None
                        particle_target += [a for a in partners if a not in particle_target]
                    elif found[0] in ("ASSAULT", "COERCE"):
                        if c.lemma_.lower() in ("siege", "standoff") and not any(g.dep_ == "poss" for g in c.children) \
                                and self.military_subject(verb):
                            return  # "forces ended the four-day siege" (of the attackers): by force, no concession
                        if c.lemma_.lower() == "campaign" and not any(g.lemma_.lower() in MILITARY_CAMPAIGNS
                                                                      for g in c.children) \
                                and not self.military_subject(verb):
                            return  # "Trump suspended his campaign": an election campaign, no ceasefire
                        etype, mode = "RETREAT", "ceasefire"
                    elif found[0] == "MOBILIZE":
                        # "would suspend nuclear and missile tests", "suspended joint military drills": de-escalation
                        etype, mode = "RETREAT", None
        if lemma == "accept" and objects_lemmas:
            # typed by what is accepted: refugees (asylum: AID), demands (CONCEDE), an offer or a plan (AGREE)
            if objects_lemmas & {"refugee", "refugees", "migrant", "migrants", "asylum", "evacuee", "evacuees"}:
                etype, mode = "AID", "asylum"
            elif objects_lemmas & {"demand", "demands", "condition", "conditions", "ultimatum", "terms"}:
                etype, mode = "CONCEDE", None
            elif objects_lemmas & {"offer", "proposal", "invitation", "plan", "deal", "ceasefire", "truce",
                                   "agreement", "mediation", "resolution", "request", "formula", "compromise",
                                   "settlement"}:
                etype, mode = "AGREE", None
                self.noun_done.update(c.i for c in objs)
                particle_target += [a for c in objs for g in c.children if g.dep_ in ("poss", "compound", "amod")
                                    for a in self.actors_in(g)]
                particle_target += [a for c in objs for a in self.prep_objects(c, ("from", "by", "of"))]
        if lemma in ("exchange", "trade") and objects_lemmas:
            # "exchanged prisoners", "exchanged fire", "traded accusations": both sides do it to each other
            for words, (t, m) in EXCHANGED:
                if objects_lemmas & words:
                    etype, mode = t, m
                    self.noun_done.update(c.i for c in objs)
                    break
        if lemma == "block" and objects_lemmas and mode != "obstruct":
            etype, mode = (("REJECT", "veto") if objects_lemmas & {"resolution", "bill", "motion", "proposal",
                                                                  "draft", "measure", "deal", "nomination", "effort",
                                                                  "efforts", "attempt", "attempts", "bid"}
                           else ("COERCE", "restrict"))
        if lemma == "return" and objects_lemmas & (MESSAGES | {"call", "calls"}):
            return None  # "returned a letter", "returned his calls": no concession
        if lemma == "return" and objects_lemmas:
            # "returned fire", "returned six artifacts to the government of Iraq"
            etype, mode = ("ASSAULT", "firearms") if "fire" in objects_lemmas else ("RETREAT", "return")
        if lemma == "return" and (self.military_subject(verb) or verb.dep_ == "xcomp" and verb.head.lemma_ == "order") \
                and any(c.dep_ == "prep" and c.lower_ == "to" and any(
                p.lower_ in BASES for p in c.children) for c in verb.children):
            etype, mode = "RETREAT", "withdraw"  # "ordered troops … to return to their bases"
        if lemma == "drop" and objects_lemmas & BOMBS:
            etype, mode = "ASSAULT", "aerial"  # "helicopters dropped barrel bombs on rebel-held districts"
        if lemma in ("make", "achieve") and objects_lemmas & {"progress", "headway", "breakthrough"} \
                and self.failed(verb):
            etype, mode = "AGREE", None  # "failed to make progress in the talks": no agreement (a REJECT in add)
        if etype is None:
            return
        if etype == "AID" and any(c.dep_ in ("dobj", "obj") and c.lemma_.lower() in NOT_AID_OBJECTS
                                  for c in verb.children):
            return
        if mode == "release" and any(c.dep_ in ("dobj", "obj") and c.lemma_.lower() in NOT_RELEASED
                                     for c in verb.children):
            return
        if mode == "release" and self.rescue(verb):
            return
        sources, passive = self.subject(verb)
        if not sources and verb.i in self.threatened and any(
                c.dep_ == "nsubj" and c.lower_ in ("it", "they") for c in verb.children):
            sources = list(self.threatened[verb.i])  # "threatened sanctions on Iraq if it expelled American forces"
        by = [p for c in verb.children if c.dep_ == "agent" for p in c.children if p.dep_ == "pobj"]
        # a participle with an agent that is no event noun: "backed by Rwanda", "mediated by Qatar"
        participle = verb.dep_ == "acl" and verb.tag_ == "VBN" and bool(by) and not any(self.noun_type(p) for p in by)
        described = self.actors_in(verb.head) if participle else []
        if not sources and described and self.agent(verb):
            # "M23 rebels, backed by Rwanda, seized …": the agent acts on the actor the participle describes
            # ("forces, backed by US air strikes, …": the strikes are an event of their own; "property seized
            # by government forces" names no one acted on)
            sources, passive = described, True
            if etype == "SUPPORT" and any(p.lemma_.lower() in ADVISERS for p in by):
                etype, mode = "AID", None  # "supported by NATO advisers": military aid
        elif not sources and participle and not described and self.agent(verb) and (
                self.noun_type(verb.head)
                or any(c.dep_ == "compound" and self.noun_type(c) for c in verb.head.children)):
            # "talks mediated by Qatar and Egypt": Qatar and Egypt mediate ("a lunch hosted by the ambassador",
            # "property seized by government forces" name no event)
            sources, passive = self.agent(verb), False
        elif not sources and participle and not described and verb.head.lemma_.lower() in FIRED:
            # "intercepted a ballistic missile fired by Houthi rebels toward Mecca": the Houthis fire it
            sources, passive = self.agent(verb), False
        if not sources:
            sources = self.inherited_sources(verb)
        if not sources and etype == "REQUEST" and verb.dep_ == "acl" and verb.head.lemma_.lower() in CROWDS:
            return  # "fired tear gas at protesters demanding the resignation of ministers": the crowd fired at
        if not sources and verb.dep_ == "pcomp" and verb.head.lower_ in ("by", "through"):
            # "accused Washington of raising tensions by testing a missile": the one who raises tests
            sources = self.inherited_sources(verb.head.head)
        if not sources and mode == "visit" and not passive:
            return  # "bases hosting US troops": only an actor hosts or visits
        if passive and not self.agent(verb):
            # "created and supported by the West": conjoined passives share the agent
            for other in [verb.head, *verb.children]:
                if other.i != verb.i and (other.dep_ == "conj" or verb.dep_ == "conj") and self.agent(other):
                    self.shared_agent[verb.i] = self.agent(other)
                    break
        objects = [a for c in [*verb.children, *(o for o in objs if o.dep_ == "pobj")]
                   if c.dep_ in ("dobj", "obj", "dative", "iobj", "pobj") and (c.dep_ != "pobj" or c in objs)
                   for a in self.actors_in(c)] or self.pronoun_object(verb) or self.person_object(verb, sources)
        objects += [a for a in self.named_after_object(verb, objs) if a not in objects]
        if not objects and not any(c.dep_ in ("dobj", "obj", "ccomp", "xcomp") for c in verb.children):
            # "accused America of creating and supporting the Islamic State": conjoined verbs share the object
            objects = [a for c in verb.children if c.dep_ == "conj" and c.pos_ == "VERB"
                       and not any(g.dep_ in ("nsubj", "nsubjpass") for g in c.children)
                       for g in c.children if g.dep_ in ("dobj", "obj") for a in self.actors_in(g)]
        recipients = self.prep_objects(verb, ("to",)) if passive and etype == "AID" else []
        opposed = lemma == "oppose" and passive and not self.agent(verb) and [
            a for c in verb.children if c.dep_ == "prep" and c.lower_ == "to" for p in c.children
            for a in self.actors_in(p) or self.noun_sources(p)]
        if opposed:
            targets = opposed  # "Israel is opposed to French mediation": Israel opposes, France is opposed
            self.noun_done.update(p.i for c in verb.children if c.dep_ == "prep" and c.lower_ == "to"
                                  for p in c.children)
        elif recipients:
            # "Iranian drones had been supplied to Ethiopia": what was given is the subject, its owner gives
            sources = self.agent(verb) or self.shared_agent.get(verb.i, []) or sources
            targets = recipients
        elif passive:
            targets = sources
            sources = self.agent(verb) or self.shared_agent.get(verb.i, [])
        else:
            targets = objects
        if not targets and verb.dep_ == "relcl" and any(c.dep_ in ("dobj", "obj") and c.lower_ in ("whom", "who")
                                                        for c in verb.children):
            # "UN peacekeepers whom they blamed for bringing cholera": the one "whom" stands for
            antecedent = self.actors_in(verb.head)
            targets = [] if set(antecedent) & set(sources) else antecedent  # ("Trump, who he blasted": no doer)
        preps = TARGET_PREPS.get(etype, ())
        joined = [c for c in objs if lemma == "join" and self.noun_is(c, etype) and self.noun_sources(c)]
        if joined:
            # "Eritrean troops joined the Ethiopian army's offensive against the TPLF": the offensive's target;
            # the offensive stays its owner's own event
            targets = [a for c in joined for a in self.prep_objects(c, preps)]
        if lemma in CAPTURE_VERBS:
            preps = (*preps, "from")  # "recaptured Mosul from the Islamic State"
            # ("took control of Palmyra from Islamic State", "from" parsed on the place)
            held = [*objs, *(p for c in objs if c.lower_ == "control" for g in c.children
                             if g.dep_ == "prep" and g.lower_ == "of" for p in g.children if p.dep_ == "pobj")]
            targets += [a for c in held for a in self.prep_objects(c, ("from",)) if a not in targets]
        if etype == "AGREE" and lemma in ("pledge", "promise", "offer") and sources:
            preps = (*preps, "for")  # "pledged $100 million in aid for Syrian refugees", "pledged support for Kyiv"
        targets += [a for a in particle_target + self.prep_objects(verb, preps) if a not in targets]
        departure = [a for h in (verb, *objs, *(c for c in verb.children if c.lower_ == "out"))
                     for a in self.prep_objects(h, ("of",) if h.lower_ == "out" else ("from",))] \
            if etype == "RETREAT" and mode == "withdraw" else []  # ("pull its troops out of Turkey's base")
        if departure:
            # "would withdraw some of its troops from Iraq to Jordan and Kuwait": from where, not where to
            arrival = self.prep_objects(verb, ("to",))
            targets = [a for a in dict.fromkeys([*targets, *departure]) if a not in arrival]
        if etype in ("COERCE", "SANCTION") and lemma == "cut" and not targets:
            # "cut the electricity supply to Gaza": to a place, its state
            into = [p for h in (*objs, verb) for c in h.children if c.dep_ == "prep" and c.lower_ in ("to", "into")
                    for p in c.children if p.dep_ == "pobj"]
            targets = [a for p in into for a in self.actors_in(p)] or [
                s for p in into if (s := self.place_state(p)) and s not in {self.country.get(a) for a in sources}][:1]
        if etype == "SANCTION" and not targets:
            # "imposed tariffs of up to 212 percent on Australian wine"; "stopped supplying gas to Ukraine"
            targets = [a for c in objs for a in self.prep_objects(c, ("on", "against"))] or [
                a for c in verb.children if c.dep_ == "xcomp" and c.i in self.folded
                for a in self.prep_objects(c, ("to",))]
        if etype == "MOBILIZE" and not targets:
            # "mobilized army reservists for a possible war against Iraq"
            targets = [a for c in verb.children if c.dep_ == "prep" and c.lower_ == "for" for p in c.children
                       if self.noun_is(p, "ASSAULT") or p.lemma_.lower() in ("war", "conflict")
                       for a in self.prep_objects(p, ("against", "on", "with"))]
        if verb.dep_ in ("advcl", "xcomp") and verb.head.lemma_.lower() == "summon":
            # "summoned the Indian envoy to complain": the complaint is made to the one summoned
            targets += [a for c in verb.head.children if c.dep_ in ("dobj", "obj") for a in self.actors_in(c)]
        if mode == "cyber" and not targets:
            # "tried to hack into the computers of South Korean army officers"
            targets = [a for c in verb.children if c.dep_ == "prep" and c.lower_ == "into" for t in c.subtree
                       for a in self.actor_at.get(t.i, ()) if a not in targets]
        if mode == "weapons-test" and targets:
            etype, mode = "ASSAULT", None  # "fired missiles into southern Israel": at someone, not a test
        if lemma == "seek" and objects_lemmas & {"refuge", "asylum", "shelter"} and not targets:
            # "sought refuge in Germany": asked of the state where it is sought
            for c in verb.children:
                if c.dep_ == "prep" and c.lower_ in ("in", "to"):
                    for g in c.children:
                        country = self.place_state(g)
                        asked = self.actors_in(g) or ([country] if country else [])
                        targets += [a for a in asked if a not in targets]
                        for a in asked:
                            self.infer(a, "state", g, g)
            mode = "asylum"
        if etype == "SANCTION":
            # "suspended bilateral trade with India", "will end an intelligence-sharing pact with Japan"
            # "froze its participation in the CSTO", "suspended its membership of the Commonwealth"
            targets += [a for c in objs for a in self.prep_objects(
                c, ("with", "in", "of") if c.lemma_.lower() in MEMBERSHIP_NOUNS else ("with",)) if a not in targets]
            if lemma in ("withdraw", "recall", "pull", "withhold"):  # "withdrew 41 diplomats from India"
                targets += [a for a in self.prep_objects(verb, ("from",)) if a not in targets]
                # "recalled its ambassador to France": where the envoy was posted
                targets += [a for c in objs if c.lemma_.lower() in ENVOYS for a in self.prep_objects(c, ("to",))
                            if a not in targets]
                if not targets:
                    # "withdrew their ambassadors from Asuncion": the state whose capital they leave
                    capitals = [(k, p) for c in verb.children if c.dep_ == "prep" and c.lower_ == "from"
                                for p in c.children if p.pos_ == "PROPN"
                                for k, how in self.stage.kb.lookup(p.text) if how == "capital"]
                    for state, p in capitals[:1]:
                        self.infer(state, "state", p, p)
                        targets.append(state)
        if etype == "REJECT" and not targets and objs and not any(self.actors_in(c) for c in objs):
            # "was still refusing admittance to Ghanaians", with "to" parsed on the verb: the ones refused
            targets = [a for a in self.prep_objects(verb, ("to",)) if a not in sources]
        if etype == "SANCTION" and not targets:
            # "suspended coal imports from North Korea", "banned exports to Iran": the other side of the trade
            # (with "from" parsed on the verb)
            traded = [c for c in objs if c.lemma_.lower() in TRADE]
            targets = [a for c in (traded + [verb] if traded else [])
                       for a in self.prep_objects(c, ("from", "to", "with"))
                       if a not in sources]
        if etype in ("ASSAULT", "COERCE") and not targets:
            # "seized an underwater drone operated by the U.S. Navy": the one whose drone it is
            targets = [a for c in objs for k in c.children if k.dep_ == "acl" and k.tag_ == "VBN"
                       and k.lemma_.lower() in ("operate", "own", "fly", "man", "charter", "crew")
                       for a in self.agent(k)]
        if etype == "ASSAULT" and not targets:
            targets = self.holders(verb) or (self.capital_state(verb) if lemma in TAKE_VERBS else [])
        if lemma == "sign" and any(self.noun_is(c, "REQUEST") for c in objs):
            return  # "signed an application for membership of the EU": the application is the event
        if lemma == "sign":
            # "signed an agreement": the agreement is what was signed, not an event of its own
            self.noun_done.update(c.i for c in objs)
            if objects_lemmas & LAWS:
                return  # "signed a law banning …": a law of one's own state; what it does is the event
            # "signed a deal with Iran", with the partner parsed on the verb
            targets += [a for a in self.prep_objects(verb, ("with",)) if a not in targets and a not in sources]
        if etype in CONTENT_TYPES:
            # "rejected a U.S. request to …", "called for a meeting of the Security Council": the event
            # named by the object is this event's content, not another event
            # ("agreed on a plan to coordinate air strikes": the plan is what was agreed)
            for c in map(self.framed, [*objs, *(p for g in verb.children if g.dep_ == "prep" and (
                    g.lower_ in trig.with_particles or etype == "AGREE" and g.lower_ in ("on", "upon", "to"))
                                                for p in g.children if p.dep_ == "pobj")]):
                if self.noun_type(c) is not None:
                    self.folded.add(c.i)
                if c.lemma_.lower() in ("end", "halt", "stop", "cessation"):
                    # "demanded an end to American drone strikes": what is to end is the demand's content
                    self.folded.update(p.i for g in c.children if g.dep_ == "prep" and g.lower_ in ("to", "of")
                                       for p in map(self.framed, g.children) if p.dep_ == "pobj")
                # "rejected an offer from the G7 to fight the fires", "rejected Trump's idea of buying Greenland":
                # what the object proposes is part of this event
                # ("rejects allegations of arming the Taliban": what is denied stays an event of its own)
                for g in c.children if c.lower_ not in ALLEGE_NOUNS | {"reports", "report", "rumors"} else ():
                    infinitive = g.dep_ == "acl" and any(a.dep_ == "aux" and a.lower_ == "to" for a in g.children)
                    clause = g if infinitive else next((p for p in g.children if p.dep_ == "pcomp"), None) \
                        if g.dep_ == "prep" and g.lower_ == "of" else None
                    if clause is not None and clause.pos_ in ("VERB", "AUX"):
                        self.folded.update(t.i for t in clause.subtree)
        if etype == "REJECT" and not targets:
            # "rejected India's demand", "rejected an offer of talks from the Afghan government"
            if any(c.dep_ in ("dobj", "obj") for c in verb.children):
                targets += self.prep_objects(verb, ("from",))  # "turned down offers of help … from Paris"
            for c in verb.children:
                if c.dep_ in ("dobj", "obj"):
                    targets += [a for g in c.children if g.dep_ == "poss" for a in self.actors_in(g)]
                    targets += self.prep_objects(c, ("from", "by"))
                    for g in c.children:
                        if g.dep_ == "prep" and g.lower_ == "of":
                            targets += [a for p in g.children for a in self.prep_objects(p, ("from", "by"))]
        if lemma in ("protest", "demonstrate") and any(
                c.dep_ == "nsubj" and (c.tag_ == "NNS" or c.tag_ == "NNPS" or c.lower_ in ("thousands", "hundreds",
                                                                                       "dozens"))
                for c in verb.children) or lemma in ("protest", "demonstrate") and verb.dep_ == "acl" \
                and verb.head.tag_ in ("NNS", "NNPS"):
            # people protesting in the street ("students protesting against a new law"), not a government objecting
            etype, mode = "PROTEST", "demo"
        if etype == "PROTEST":
            # "protested against the Turkish military operations": the operations are what is protested
            for c in verb.children:
                if c.dep_ == "prep" and c.lower_ == "against":
                    self.noun_done.update(p.i for p in map(self.framed, c.children)
                                          if p.dep_ == "pobj" and self.noun_type(p) is not None)
        helping = False
        if etype == "AID" and not targets:
            # "airlifting food to flood victims in Sri Lanka's east": to the people of a place, its state
            people = [p for c in verb.children if c.dep_ in ("prep", "dative") and c.lower_ in ("to", "for")
                      for p in c.children if p.dep_ == "pobj" and p.lemma_.lower() in RECIPIENT_PEOPLE]
            holders = [*people, verb] if people else []  # ("sent aid to earthquake victims | in Syria")
            places = [g for h in holders for c in h.children
                      if c.dep_ == "prep" and c.lower_ == "in" for g in c.children if g.dep_ == "pobj"]
            targets = list(dict.fromkeys(a for g in places for a in [
                *(a for a in self.actors_in(g) if self.kind.get(a) == "state"), self.place_state(g)] if a))
        if etype in ("AGREE", "AID"):
            # "offered Turkey three billion euros to help it care for refugees", "will send jets to help the
            # coalition against IS": the purpose clause is this event's, and the one helped receives it
            for c in verb.children:
                if c.dep_ == "advcl" and c.lemma_.lower() in HELP_VERBS \
                        and "to" in {g.lower_ for g in c.children if g.dep_ == "aux"}:
                    against = {a for g in c.subtree if g.dep_ == "prep" and g.lower_ == "against"
                               for p in g.children for a in self.actors_in(p)}
                    # ("to help France fight Islamic State": the one helped is the subject of what it is helped to do)
                    helped = [a for g in c.children if g.dep_ in ("dobj", "obj") for a in self.actors_in(g)
                              if a not in against] or [
                        a for k in c.children if k.dep_ in ("ccomp", "xcomp") for g in k.children
                        if g.dep_ == "nsubj" for a in self.actors_in(g) if a not in against]
                    targets += [a for a in helped if a not in targets and a not in sources]
                    self.folded.update(t.i for t in c.subtree)
                    helping = True
        carried = {g.lemma_.lower() for c in objs for k in c.children if k.dep_ == "acl"
                   and k.lemma_.lower() in ("carry", "bring", "deliver", "transport")
                   for g in k.children if g.dep_ in ("dobj", "obj")} | {
            p.lower_ for h in [verb, *objs, *(k for c in objs for k in c.children if k.dep_ == "conj")]
            for k in h.children if k.dep_ == "prep" and k.lower_ == "with" for p in k.children}
        # ("sent warships and aircraft with emergency supplies to the Philippines")
        if lemma in ("send", "dispatch") and carried & RELIEF:
            # "sent warships carrying humanitarian aid to Georgia": aid, not a deployment
            etype, mode = "AID", "humanitarian"
            carriers = [k for c in objs for k in c.children if k.dep_ == "acl"]
            self.noun_done.update(g.i for k in carriers for g in k.subtree)
            targets += [a for k in carriers for a in self.prep_objects(k, ("to",)) if a not in targets]
            targets += [a for h in [verb, *objs] for k in h.children if k.dep_ == "prep" and k.lower_ == "with"
                        for p in k.children for a in self.prep_objects(p, ("to",)) if a not in targets]
        elif lemma in ("send", "dispatch") and not targets and not helping and any(
                c.dep_ in ("dobj", "obj") and c.lemma_.lower() in MILITARY_OBJECTS for c in verb.children):
            etype, mode = "MOBILIZE", "troops"
        elif lemma in ("send", "dispatch", "deploy") and passive and not self.agent(verb) and not helping and any(
                c.dep_ == "nsubjpass" and c.lemma_.lower() in MILITARY_OBJECTS for c in verb.children) \
                and not self.prep_objects(verb, ("to",)):
            # "500 U.S. troops were being sent to Prince Sultan air base": their state deploys them
            etype, mode, sources, targets = "MOBILIZE", "troops", targets, []
        if etype == "REQUEST" and not targets and lemma in REQUEST_VERBS:
            # "demanded that Stockholm extradite Kurdish militants": the one asked is the clause's subject
            targets = [a for c in verb.children if c.dep_ == "ccomp" for g in c.children
                       if g.dep_ == "nsubj" for a in self.actors_in(g)]
        if lemma == "recall" and etype == "SANCTION":
            # "recalled its ambassador from Manama": from the host state, not from its own government
            targets = self.hosts([verb, *objs], "from", exclude=sources) or [
                a for a in targets if a.split(".")[0] not in {s.split(".")[0] for s in sources}]
        if etype == "SUPPORT" and mode == "recognize" and not targets:
            targets = self.hosts([verb, *objs], "in", exclude=sources)[:1]  # "Iran opened its embassy in Riyadh"
        if etype == "ACCUSE" and not targets:
            # "alleged that the U.S. is transferring IS militants": the accused is the clause's subject
            targets = [a for c in verb.children if c.dep_ == "ccomp" for g in c.children
                       if g.dep_ in ("nsubj", "nsubjpass") for a in self.actors_in(g)]
        if etype in CONTENT_TYPES and lemma not in DENY_VERBS:
            # "threatened to shell Iraqi towns", "refused to meet King Abdullah", "demanded that Hamas
            # renounce …": the embedded act names the target and is part of this event, not another one
            for c in verb.children:
                # ("urged lawmakers on Thursday to back air strikes": the infinitive read as a clause of purpose)
                controlled = etype == "REQUEST" and c.dep_ == "advcl" and (objs or any(
                    g.dep_ == "prep" and g.lower_ == "for" for g in verb.children)) \
                    and any(g.dep_ == "aux" and g.lower_ == "to" for g in c.children) \
                    and not any(g.dep_ in ("nsubj", "nsubjpass") for g in c.children)
                if c.dep_ in ("xcomp", "ccomp") and c.pos_ in ("VERB", "AUX") or self.gerund_content(verb, c) \
                        or controlled:
                    clause = [c, *(g for g in c.children if g.dep_ in ("xcomp", "ccomp")
                                   and c.lemma_.lower() in OBJECT_CONTROL | {"use"})]
                    # ("offered to help Baghdad rebuild", "threatened to use force to remove Gbagbo")
                    inner = [a for k in clause for g in k.children
                             if g.dep_ in ("dobj", "obj", "nsubj", "nsubjpass", "dative")
                             and not (etype == "THREATEN" and g.dep_ == "nsubj" and self.own_side(verb, g))
                             for a in self.actors_in(g)]
                    # ("Putin warned that Russia would use all available means": his own state acts, not threatened)
                    # "agreed to cooperate against X": whom they agreed with, not whom they act against
                    inner += self.prep_objects(c, ("with", "on", "to", "from", "between") if etype == "AGREE"
                                               else ("with", "against", "on", "to", "from", "between"))
                    # "warned it would carry out a nuclear test if the Security Council tightened sanctions": the
                    # condition is an event of its own (hypothetical), and its doer is the one threatened
                    conditions = [g for g in c.subtree if g.dep_ == "advcl" and self.conditional(g)]
                    if etype == "THREATEN":
                        inner += [a for g in conditions for k in g.children if k.dep_ in ("nsubj", "nsubjpass")
                                  for a in self.actors_in(k)]
                    targets += [a for a in inner if a not in targets and a not in sources]
                    # ("agreed to extend their ceasefire while they renegotiate the deal": what goes on meanwhile is
                    # an act of its own)
                    meanwhile = [g for g in c.subtree if g.dep_ == "advcl" and any(
                        k.dep_ == "mark" and k.lower_ in ("while", "after") for k in g.children) and any(
                        k.dep_ == "nsubj" for k in g.children)]
                    # ("agreed to return the drone after the Pentagon lodged a formal protest": the protest is made)
                    kept = {t.i for g in conditions + meanwhile for t in g.subtree}
                    if lemma == "warn" and self.consequence(c):
                        # "warned that joint drills by South Korea and the United States would trigger a crisis":
                        # what would have the consequences is an act of its own ("any U.S. attack on Iran would set
                        # the region on fire": an attack imagined, not one)
                        kept |= {t.i for g in c.children if g.dep_ in ("nsubj", "nsubjpass")
                                 and not any(k.lower_ == "any" for k in g.children) for t in g.subtree}
                    if etype == "THREATEN":
                        self.threatened_by.update({i: list(sources) for i in kept})
                        self.threatened.update({i: list(targets) for i in kept})
                    # "agreed to improve communications after talks between Modi and Xi", "asked Trump to raise
                    # the issue of citizens abducted by North Korea": a past act with its own doers named is no
                    # part of what is agreed or asked
                    kept |= {t.i for g in c.subtree if g.i != c.i and (
                        g.dep_ == "prep" and g.lower_ in ("after", "following") and any(
                            self.noun_type(p) and self.noun_sources(p) for p in g.children if p.dep_ == "pobj")
                        or g.dep_ == "prep" and g.lower_ == "at" and g.head.i == c.i and any(
                            p.lower_ in ("summit", "conference") for p in g.children if p.dep_ == "pobj")
                        or g.dep_ == "acl" and g.tag_ == "VBN" and self.agent(g)) for t in g.subtree}
                    # ("pledged to cooperate on climate change at a summit in Brussels": the summit is held)
                    self.folded.update(t.i for t in c.subtree if t.i not in kept)
        # a noun trigger of the same type in the verb's phrase is the same event ("after a joint assault")
        in_subject = {t.i for c in verb.children if c.dep_ in ("nsubj", "nsubjpass") for g in c.subtree
                      if g.dep_ == "agent" for t in g.subtree}
        same = [c for c in verb.subtree if c.i != verb.i and c.pos_ == "NOUN" and self.noun_is(c, etype)
                and c not in joined  # "joined the Ethiopian army's offensive": the offensive is the army's
                and not any(a.dep_ == "advcl" and a.lemma_.lower() in SPARKED and a.i != verb.i
                            for a in c.ancestors if a.i in {t.i for t in verb.subtree})  # "sparking reprisal attacks"
                and c.i not in in_subject  # "forces, backed by US air strikes, retook …": the strikes are another's
                and mode != "repel"  # "repelled a Boko Haram attack": the attack is the attackers' own
                and not (lemma == "host" and any(g.dep_ == "prep" and g.lower_ in ("between", "among")
                                                 for g in c.children))]  # "hosted talks between A and B": theirs too
        for c in same:
            sources = sources or self.noun_sources(c)
        if not targets and verb.dep_ == "conj" and verb.head.i in self.by_token \
                and self.by_token[verb.head.i].type == etype and self.by_token[verb.head.i].sources == sources:
            # "would not send combat troops to Mali but would provide two transport planes": to Mali as well
            targets = list(self.by_token[verb.head.i].targets)
        if not sources and not targets and not self.street_protest(etype, mode, verb):
            return  # "civilians were killed as Syrian forces launched air strikes": the strikes are the event
        self.noun_done.update(c.i for c in same)
        head = verb.head
        if verb.dep_ == "acl" and head.pos_ == "NOUN" and head.dep_ in ("dobj", "obj") and lemma not in MEDIATION \
                and head.head.lemma_.lower() in self.stage.light and self.noun_is(head, etype):
            # "launched an offensive to retake Mosul from the Islamic State": one assault, on the IS
            self.noun_targets.setdefault(head.i, []).extend(targets)
            return
        if verb.dep_ == "acl" and head.i in self.absorbed and self.noun_is(head, etype) and lemma not in MEDIATION \
                and any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children):
            # "advanced on villages east of Mosul as the offensive to retake the city from the Islamic State entered
            # its second week": the offensive is the advance, and what it is to retake is its target
            event = self.by_token[self.absorbed[head.i]]
            event.targets += [a for a in dict.fromkeys(targets) if a not in event.targets and a not in event.sources]
            return
        claimed = head.dep_ == "pobj" and head.head.lower_ == "for" \
            and head.head.head.lemma_.lower() == "responsibility"
        if verb.dep_ == "relcl" and head.pos_ == "NOUN" and self.noun_is(head, etype) and any(
                c.dep_ == "nsubj" and c.lower_ in ("that", "which") for c in verb.children) and (
                claimed or self.noun_sources(head)):
            # "claimed responsibility for the attack in Nice that killed 84 people": the attack that killed is one
            # assault (an attack with no doer of its own leaves the killing its event)
            self.noun_targets.setdefault(head.i, []).extend(targets)
            return
        if verb.dep_ == "advcl" and head.lemma_.lower() in self.stage.light and not (
                any(c.dep_ in ("nsubj", "nsubjpass") for c in verb.children)
                and any(c.dep_ == "mark" and c.lower_ in CLAUSE_MARKS for c in verb.children)):
            # ("impose sanctions on Iraq if it expelled American forces": a clause with a doer of its own)
            noun = next((c for c in head.children if c.dep_ in ("dobj", "obj") and (
                self.noun_is(c, etype)
                or etype in ("ACCUSE", "REQUEST") and self.protest_strike(c))), None)
            if noun is not None:
                # "carried out air strikes in Mosul, killing dozens of IS fighters": one assault; "started a hunger
                # strike to protest President Assad's rule": one protest, against Assad
                self.noun_targets.setdefault(noun.i, []).extend(targets)
                return
        if verb.dep_ == "xcomp" and head.dep_ == "advcl":
            head = head.head  # "clashed on Monday, leaving several soldiers injured": one clash
        clause_dep = verb.dep_
        if verb.dep_ == "conj" and head.dep_ == "advcl" and head.tag_ == "VBG" and head.i not in self.by_token \
                and not any(c.dep_ in ("nsubj", "nsubjpass") for c in verb.children):
            # "stormed a hijacked tanker, freeing all 21 crew members and killing eight Somali pirates": one assault
            head, clause_dep = head.head, "advcl"
        head_event = self.by_token.get(head.i)
        own_subject = any(c.dep_ in ("nsubj", "nsubjpass") for c in verb.children)
        marked = any(c.dep_ == "mark" and c.lower_ in CLAUSE_MARKS for c in verb.children)
        other_doer = own_subject and bool(sources) and head_event is not None and not set(sources) & set(
            head_event.sources) and marked
        # ("Japan scrambled jets after a Chinese drone flew …", "Iran will retaliate if the United States strikes")
        if own_subject and not sources and head_event is not None and head_event.type == etype and marked \
                and verb.dep_ == "advcl" and not any(c.dep_ in ("nsubj", "nsubjpass") and c.pos_ == "PRON"
                                                     for c in verb.children):
            # "fired missiles at radar sites after missiles were launched at American warships": by a doer not
            # named, the earlier act is neither the first one's nor an event to count (as "after a rocket was fired")
            return
        if clause_dep in ("advcl", "xcomp") and head_event is not None and not (lemma in MEDIATION and own_subject) \
                and not other_doer and (
                head_event.type == etype or head_event.type == "PROTEST" and (
                    lemma in ("protest", "demonstrate") or etype == "REQUEST" and (
                        verb.tag_ == "VBG" or any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children)))):
            # "attacked a checkpoint, killing six soldiers": one assault; "blocked roads to protest the
            # deaths", "occupied the compound, demanding Samak's resignation": one protest
            head_event.targets += [a for a in dict.fromkeys(targets) if a not in head_event.targets
                                   and a not in head_event.sources]
            return
        self.add(verb, etype, mode, sources, targets, verb_trigger=True)
        self.absorbed.update((c.i, verb.i) for c in same if verb.i in self.by_token)

    def halts_nothing(self, verb: Any) -> bool:
        """"peace talks … were suspended on Monday": the talks stay, halted by no one named; "Sanders's streak is
        halted" halts nothing of anyone's ("aid to Pakistan was suspended" is a sanction on Pakistan)."""
        halted = [self.framed(c) for c in verb.children if c.dep_ == "nsubjpass"]
        return bool(halted) and not self.agent(verb) and all(
            self.noun_type(c) is None and c.lemma_.lower() not in HALTED_ACTS or self.noun_is(c, "CONSULT")
            for c in halted)

    def rescue(self, verb: Any) -> bool:
        """"stormed the plant to free the hostages", "a failed attempt to free a French hostage": freeing
        captives by force is part of the raid, not a release by their captors."""
        infinitive = "to" in {c.lower_ for c in verb.children if c.dep_ == "aux"}
        participle = verb.tag_ == "VBG" and verb.dep_ in ("advcl", "xcomp")  # "stormed a tanker, freeing the crew"
        if verb.dep_ not in ("advcl", "acl", "xcomp") or not (infinitive or participle):
            return False
        head = verb.head
        if head.lemma_.lower() in ("attempt", "bid", "operation", "effort", "mission", "raid", "try"):
            return True
        trig = self.stage.verbs.get(head.lemma_.lower())
        return trig is not None and trig.type in ("ASSAULT", "COERCE") \
            or head.i in self.by_token and self.by_token[head.i].type in ("ASSAULT", "COERCE")

    def pronoun_object(self, verb: Any) -> list[str]:
        """"cut ties with Qatar in June, accusing it of …": "it" of a participle is the target of the act it
        follows."""
        head = self.by_token.get(verb.head.i)
        if verb.dep_ != "advcl" or head is None or not any(
                c.dep_ in ("dobj", "obj") and c.lower_ in ("it", "them") for c in verb.children):
            return []
        return list(head.targets)

    def person_object(self, verb: Any, sources: list[str]) -> list[str]:
        """"voted to put President Nicolas Maduro on trial, accusing him of …": "him" or "her" as the object of an
        act with a known doer is the last person named before it who is not the doer."""
        if not sources or not any(c.dep_ in ("dobj", "obj", "dative") and c.lower_ in ("him", "her")
                                  for c in verb.children):
            return []  # (with no doer named, "groups supporting her" is no event)
        if verb.dep_ == "conj":
            # "Tillerson met Lavrov, and Putin received him": the one who acts in the clause before
            before = [a for a in self.subject(verb.head)[0] if self.kind.get(a) == "person" and a not in sources]
            if before:
                return before[:1]
        found = self.person_before(verb, exclude=sources)
        if not found and verb.sent.start > 0:
            # "Snowden asked Russia for asylum. Venezuela offered him asylum": the last person of the sentence before
            # (only the one who acted there, not someone quoted: "…, Rothenberg said. … should give him momentum")
            root = self.sp[verb.sent.start - 1].sent.root
            found = [a for a in self.subject(root)[0] if self.kind.get(a) == "person" and a not in sources][:1] \
                if root.lemma_.lower() not in SAY_VERBS else []
        return found

    def named_after_object(self, verb: Any, objs: list[Any]) -> list[str]:
        """The person named between commas after the object: "arrested a prominent blogger, Wael Abbas, at his
        home", parsed with the name as an adverb of the verb."""
        return [a for c in verb.children if c.dep_ == "npadvmod" and c.pos_ == "PROPN" and c.left_edge.i > 0
                and self.sp[c.left_edge.i - 1].text == "," and any(o.right_edge.i + 2 == c.left_edge.i for o in objs)
                for a in self.actors_in(c) if self.kind.get(a) == "person"]

    def person_before(self, token: Any, exclude: list[str] | tuple[str, ...] = ()) -> list[str]:
        """The last person named before ``token`` in its sentence (not one of ``exclude``), as a one-item list."""
        return [a for t in range(token.i - 1, token.sent.start - 1, -1) for a in self.actor_at.get(t, ())
                if self.kind.get(a) == "person" and a not in exclude][:1]

    def home(self, actor: str) -> str:
        """The state an actor belongs to, or the actor itself when it has none (a group, a body)."""
        return self.country.get(actor) or actor

    def own_forces(self, verb: Any) -> bool:
        """The verb's object is the subject's own forces or officials: "Putin ordered Russia's forces in Syria …"."""
        own = {self.home(a) for a in self.subject(verb)[0]}
        ordered = [a for c in verb.children if c.dep_ in ("dobj", "obj") for a in self.actors_in(c)]
        return bool(own) and bool(ordered) and all(
            self.kind.get(a) in ("military", "government") and self.country.get(a) in own for a in ordered)

    def inherited_sources(self, verb: Any) -> list[str]:
        """Who does what an embedded verb reports, when it has no subject of its own.

        "accuse the United States of supporting IS" → the accused; "called on the Taliban to hold
        talks" → the one asked; "claimed responsibility for an attack which killed four" → the
        claimant; a conjoined verb → its first conjunct's sources.
        """
        head = verb.head
        if verb.dep_ == "pcomp" and head.lower_ in ("of", "on", "for", "with") \
                and head.head.lemma_.lower() in ALLEGE_VERBS | {"suspect"}:
            # "accuse the United States of supporting IS", "blaming the U.S. on helping to create ISIS"; "Iran was
            # accused by Saudi Arabia of arming the Houthis": the passive's subject
            return [a for c in head.head.children if c.dep_ in ("dobj", "obj", "nsubjpass")
                    for a in self.actors_in(c)] \
                or self.pronoun_object(head.head)
        if verb.dep_ == "xcomp" and head.lemma_.lower() in ("help", "assist"):
            # "helping to create ISIS": the helpers create (whether or not helping is an event of its own)
            if head.i in self.by_token:
                return list(self.by_token[head.i].sources)
            return self.inherited_sources(head) or self.subject(head)[0]
        if verb.dep_ in ("xcomp", "ccomp") and head.lemma_.lower() in REQUEST_VERBS:
            out = [a for c in head.children if c.dep_ in ("dobj", "obj") for a in self.actors_in(c)]
            out += [a for c in head.children if c.dep_ == "prep" and c.lower_ in ("on", "upon")
                    for p in c.children for a in self.actors_in(p)]
            return out
        if verb.dep_ == "xcomp" and head.lemma_.lower() == "order" and not any(
                self.actors_in(c) for c in head.children if c.dep_ in ("dobj", "obj")):
            return self.subject(head)[0]  # "Putin ordered troops … to return to their bases": Putin withdraws them
        if verb.dep_ == "relcl" and head.dep_ == "pobj" and head.head.lower_ == "for" \
                and head.head.head.lemma_.lower() == "responsibility":
            claim = head.head.head.head
            return self.subject(claim)[0]
        if verb.dep_ in ("xcomp", "ccomp", "pcomp") and head.lemma_.lower() in DENY_VERBS:
            return self.subject(head)[0]  # "Qatar denied funding terrorist groups": Qatar is the accused
        if verb.dep_ == "conj" and head.i in self.by_token and not any(c.dep_ in ("nsubj", "nsubjpass")
                                                                         for c in verb.children):
            return list(self.by_token[head.i].sources)  # ("but the opposition rejected the proposal": its own)
        if verb.dep_ == "pcomp" and verb.tag_ == "VBG" and head.lower_ in ("after", "before", "while"):
            # "called for a ceasefire in Yemen after meeting in London": who called met
            clause = governing_verb(head)
            return self.subject(clause)[0] if clause is not None else []
        if verb.dep_ == "xcomp" and head.pos_ == "VERB" and head.dep_ == "pcomp":
            return self.inherited_sources(head)  # "accused Colombia of plotting to assassinate him": Colombia's
        return []

    def cease_fire(self, token: Any) -> bool:
        """The "fire" of a hyphenated "cease-fire", which the tokenizer splits."""
        return bool(token.lower_ == "fire" and token.i >= 2 and self.sp[token.i - 1].text == "-"
                    and self.sp[token.i - 2].lower_ == "cease")

    def noun_type(self, noun: Any) -> tuple[str, str | None] | None:
        if self.cease_fire(noun):
            return "RETREAT", "ceasefire"
        if noun.lower_ in AMOUNTS or noun.lower_.rstrip("s") in AMOUNTS:
            return None  # "1.5 million pounds in aid" is money, not "a pounding"
        spec = self.stage.nouns.get(noun.lower_) or self.stage.nouns.get(noun.lemma_.lower())
        if noun.lower_ == "in" and noun.i >= 2 and self.sp[noun.i - 1].text == "-" \
                and self.sp[noun.i - 2].lower_ == "sit":
            spec = self.stage.nouns.get("sit-in")  # "staged a sit-in", split into "sit", "-", "in"
        if spec is None and noun.lemma_.lower() in ("game", "games") and any(c.lower_ == "war" for c in noun.children):
            spec = "COOPERATE/exercise"  # "war games", as drills and exercises
        if spec is None and noun.lemma_.lower() == "law" and any(c.lower_ == "martial" for c in noun.children):
            spec = "COERCE/martial-law"  # "declared martial law", as a state of emergency
        if spec is None and noun.lemma_.lower() in ("call", "conversation") and any(
                c.lower_ in ("phone", "telephone") for c in noun.children):
            spec = "CONSULT/phone"  # "in a phone call with Trump", as "telephoned"
        if spec is None and noun.lemma_.lower() == "test" and any(c.lower_ in TESTED for c in noun.children):
            spec = "MOBILIZE/weapons-test"  # "carried out a nuclear test", "a missile test"
        if spec is None and noun.lemma_.lower() in ("application", "bid") and (
                noun.dep_ not in ("dobj", "obj") or noun.head.lemma_.lower() in self.stage.light) and any(
                c.dep_ == "prep" and c.lower_ == "for" and any(p.lemma_.lower() in MEMBERSHIP_NOUNS | {"accession"}
                                                                for p in c.children) for c in noun.children):
            # "signed an application for membership of the European Union", as "applied for" ("backed India's bid
            # for a permanent seat": what is backed)
            spec = "REQUEST"
        if noun.lemma_.lower() == "release" and any(c.lower_ in ("press", "news") for c in noun.children):
            return None  # "according to a press release by the Liberation Tigers": a statement, not a release
        return _split(spec) if spec else None

    @staticmethod
    def protest_strike(noun: Any) -> bool:
        """A hunger, general or labour strike: a protest, not an attack."""
        return bool(noun.lemma_.lower() == "strike" and any(
            c.lower_ in ("hunger", "general", "labor", "labour", "workers", "national", "nationwide")
            for c in noun.children))

    def noun_is(self, token: Any, etype: str) -> bool:
        """Whether ``token`` is an event noun of type ``etype``."""
        found = self.noun_type(token)
        return found is not None and found[0] == etype

    def framed(self, token: Any) -> Any:
        """The event noun a frame noun stands for ("mediation efforts" → mediation), else the token."""
        if token.lemma_.lower() in FRAME_NOUNS:
            return next((c for c in token.children if c.dep_ == "compound" and self.noun_type(c)), token)
        return token

    @staticmethod
    def talks_topic(noun: Any) -> bool:
        """The noun is the subject of talks: "talks on a withdrawal", "negotiations over the release"."""
        head = noun.head
        if noun.dep_ != "pobj" or head.lower_ not in ("on", "about", "over"):
            return False
        talks = MEETING_NOUNS | {"negotiation", "discussion", "discussions"}
        # the preposition hangs on the talks or on the verb that holds them ("renewed negotiations today on …")
        return head.head.lemma_.lower() in talks | {"negotiate", "talk", "confer"} or head.head.pos_ == "VERB" \
            and any(c.dep_ in ("dobj", "obj") and c.lemma_.lower() in talks for c in head.head.children)

    def noun_sources(self, noun: Any, mediated: bool = False) -> list[str]:
        """Actors attached to an event noun as its doers; for a mediation (``mediated``) the parties
        "between" whom it is are its targets, not its doers."""
        out: list[str] = []
        for c in noun.children:
            if mediated and c.dep_ == "prep" and c.lower_ in ("between", "among"):
                continue
            if c.dep_ == "compound" and noun.lower_ in MEETING_NOUNS:
                found = self.actors_in(c)
                # "the ISIS conference" is about ISIS; "U.S.-Taliban talks" are between them
                # ("G7 foreign ministers meeting in Lucca": the body's ministers meet)
                if len(found) < 2 and not any(self.kind.get(a) in ("state", "government") for a in found) and not (
                        c.lemma_.lower() in DELEGATES | {"leader"} and c.tag_ == "NNS"):
                    continue
            if c.dep_ in ("poss", "compound", "amod", "nmod") and not self.backer(c) or (
                    c.dep_ == "prep" and c.lower_ in ("by", "between", "among")):
                # ("reprisal attacks by Christian youths on Muslims": the Muslims are attacked, not attackers)
                aimed = {a for g in c.subtree if g.dep_ == "prep" and g.lower_ in ("on", "against") and g.i != c.i
                         for p in g.children for a in self.actors_in(p)} if c.lower_ == "by" else set()
                out += [a for a in self.actors_in(c) if a not in out and a not in aimed]
            if c.dep_ == "acl" and c.tag_ == "VBN" and c.lemma_.lower() in LED_BY and not self.noun_is(noun, "CONSULT"):
                # "street protests led by opposition lawmaker Nikol Pashinyan", "an attack claimed by Islamic State"
                # ("talks led by the African Union" are mediated, "a meeting led by the governor" chaired)
                out += [a for a in self.agent(c) if a not in out]
            if c.dep_ == "prep" and c.lower_ == "from" and noun.lemma_.lower() in FROM_SOURCE_NOUNS | {"protest"}:
                # "drawing condemnation from Muslim countries" (a state's or a body's, not "criticism from Democrats")
                out += [a for a in self.official_voices(self.actors_in(c)) if a not in out]
            if c.dep_ == "prep" and c.lower_ == "of" and noun.lower_ in ("meeting", "talks", "summit", "conference"):
                out += [a for a in self.actors_in(c) if a not in out]
        if not out and noun.lemma_.lower() in FROM_SOURCE_NOUNS | {"protest"} and noun.dep_ in ("dobj", "obj") \
                and noun.head.lemma_.lower() in DRAW_VERBS:
            # "the decision drew condemnation from Pakistan", with "from" parsed on the verb
            out = self.official_voices(self.prep_objects(noun.head, ("from",)))
        return out

    def official_voices(self, actors: list[str]) -> list[str]:
        """Those of ``actors`` whose condemnation or criticism is an event: states, bodies, armed groups and
        named collectives, not "Democrats" or "voters" (``group:`` slugs)."""
        return [a for a in actors if self.kind.get(a) in (*STATE_LIKE, "other") and not a.startswith("group:")]

    def noun_event(self, noun: Any) -> None:
        found = self.noun_type(noun)
        if found is None or noun.i in self.folded or noun.i in self.actor_at:
            return  # "Asia-Pacific Economic Cooperation" is a name, not an event
        etype, mode = found
        if noun.dep_ == "appos" and noun.head.pos_ == "PROPN":
            return  # "held talks with Xi in Beijing, the first visit by a top US diplomat": the same event again
        if noun.lemma_.lower() == "revenge" and not (noun.dep_ in ("dobj", "obj")
                                                     and noun.head.lemma_.lower() in ("take", "exact", "seek")):
            return  # "would take revenge on Saudi Arabia"; "the latest Mexican revenge against the candidate" is a joke
        if etype not in ("CONSULT", "AGREE") and self.talks_topic(noun):
            return  # "negotiations on an Israeli troop pullback": what is talked about, not done
        if noun.dep_ in ("dobj", "obj") and noun.head.lemma_.lower() in REVIEW_VERBS:
            return  # "was reviewing U.S. aid to Egypt": what is reviewed, not an act
        if self.protest_strike(noun):
            etype, mode = "PROTEST", "strike"
        if etype == "ASSAULT" and noun.lemma_.lower() in ("clash", "clashes") and any(
                t.lemma_.lower() in CROWDS for t in noun.subtree if t.i != noun.i):
            etype, mode = "PROTEST", "riot"  # "clashes between Serb protesters and peacekeepers", as PLOVER codes riots
        mediated = noun.lemma_.lower() == "mediation"
        sources = self.noun_sources(noun, mediated)
        if noun.lemma_.lower() == "delivery" and noun.dep_ in ("dobj", "obj") \
                and noun.head.lemma_.lower() in ("take", "receive", "accept") and not sources:
            # "Turkey took delivery of the first parts of Russia's S-400 system": Russia supplies Turkey
            sources = [a for g in noun.children if g.lower_ == "of" for p in g.children for t in p.subtree
                       if t.dep_ == "poss" for a in self.actors_in(t)]
            self.noun_targets[noun.i] = [a for a in self.subject(noun.head)[0] if a not in sources]
            if not sources:
                return
        at_request = etype == "REQUEST" and noun.dep_ == "pobj" and noun.head.lower_ == "at" \
            and noun.head.head.pos_ == "VERB"
        if at_request and not sources:
            # "arrested a Uighur activist at the request of China": China asks it of the one who acts
            sources = self.prep_objects(noun, ("of",))
            self.noun_targets[noun.i] = [a for a in self.subject(noun.head.head)[0] if a not in sources]
        state_of = noun.dep_ == "pobj" and noun.head.lower_ == "of" and noun.head.head.lemma_.lower() == "state"
        if noun.lemma_.lower() in ("emergency", "siege") and state_of:
            etype, mode = "COERCE", "martial-law"  # "declared a state of emergency / siege"
            self.noun_done.add(noun.head.head.i)
            noun = noun.head.head
        elif noun.lemma_.lower() == "emergency":
            return  # "emergency aid"
        if noun.dep_ == "compound" and noun.head.lemma_.lower() in FRAME_NOUNS:
            # "launched a mediation effort", "a bombing campaign against …": the frame noun stands for the event
            self.noun_done.add(noun.head.i)
            noun = noun.head
            sources += [a for a in self.noun_sources(noun, mediated) if a not in sources]
        preps = TARGET_PREPS.get(etype, ())
        letter = noun.head.head if noun.dep_ == "pobj" and noun.head.lower_ == "of" else noun
        sent = letter.head if letter.lemma_.lower() in ("letter", "note") and letter.dep_ in ("dobj", "obj") \
            and letter.head.lemma_.lower() in ("send", "deliver", "lodge", "file", "write", "submit", "hand") else None
        if noun.lemma_.lower() in ("protest", "complaint") and sent is not None and letter is not noun:
            # "sent a letter of complaint to NATO and the United Nations over Turkey's threats": a diplomatic
            # protest against the one whose act it is over (else the one it is sent to)
            etype, mode, preps = "ACCUSE", "protest", ()
            sources = sources or self.subject(sent)[0]
            over = [p for h in (sent, letter) for c in h.children if c.dep_ == "prep" and c.lower_ in ("over", "about")
                    for p in c.children if p.dep_ == "pobj"]
            self.noun_targets[noun.i] = [a for p in over for a in self.noun_sources(p) or self.actors_in(p)] or [
                a for c in sent.children if c.dep_ in ("dative", "prep") and c.lower_ == "to"
                for p in c.children for a in self.actors_in(p)]
        elif noun.lemma_.lower() in ("protest", "complaint") and noun.dep_ in ("dobj", "obj") \
                and noun.head.lemma_.lower() in ("lodge", "file", "register", "make"):
            # "lodged a protest with South Korea": a diplomatic protest
            etype, mode, preps = "ACCUSE", "protest", ("with", "to", "against")
        elif noun.lemma_.lower() == "protest" and sources and any(
                c.dep_ == "prep" and c.lower_ == "from" for c in [*noun.children, *(
                    noun.head.children if noun.head.lemma_.lower() in DRAW_VERBS else ())]):
            etype, mode = "ACCUSE", "protest"  # "prompting protests from Poland and Lithuania": a diplomatic protest
        if noun.lemma_.lower() == "ban":
            preps = (*preps, "on")  # "a travel ban on President Alexander Lukashenko"
        targets = self.prep_objects(noun, (*preps, "of") if noun.lemma_.lower() in OF_TARGET_NOUNS else preps)
        if not targets and etype == "ACCUSE" and mode == "investigate":
            # "an investigation into alleged crimes committed by Croat forces": into those who are said to have done it
            # (with "into" parsed on the verb: "opened an investigation | into crimes committed by …")
            into = [p for c in [*noun.children, *(noun.head.children if noun.dep_ in ("dobj", "obj") else ())]
                    if c.dep_ == "prep" and (c.lower_ == "into" or c.lower_ == "of" and c.head.i == noun.i)
                    for p in c.children if p.dep_ == "pobj"]
            targets = [a for p in into for a in ([a for k in p.children if k.dep_ == "acl" and k.tag_ == "VBN"
                                                  for a in self.direct_agent(k)] or (
                self.noun_sources(p) if p.lower_ not in ALLEGE_NOUNS else []))  # (not "into an allegation by the LPC")
                       if a not in sources]
        if not targets and etype == "REQUEST" and noun.lemma_.lower() in ("application", "bid"):
            # "its bid for NATO membership", "an application for membership of the European Union": to the body
            targets = [a for c in noun.children if c.dep_ == "prep" and c.lower_ == "for" for t in c.subtree
                       for a in self.actor_at.get(t.i, ()) if a not in sources]
        if targets and etype == "PROTEST" and any(
                c.dep_ == "prep" and c.lower_ == "against" and any(
                    self.kind.get(a) in ("person", "government")
                    for p in c.children for a in self.actor_at.get(p.i, ())) for c in noun.children):
            self.against_rule.add(noun.i)  # "weeks of street protests against President Nicolas Maduro"
        if not targets and etype == "PROTEST":
            # "weeks of protests against his rule": against the one whose rule it is
            ruled = [g for c in noun.children if c.dep_ == "prep" and c.lower_ == "against" for p in c.children
                     if p.lemma_.lower() in ("rule", "regime", "government", "presidency") or self.noun_type(p)
                     for g in p.children if g.dep_ == "poss"]  # ("against President Joseph Kabila's refusal")
            targets = [a for g in ruled for a in self.actors_in(g) or (
                self.person_before(g) if g.lower_ in ("his", "her") else [])]
            self.against_rule.update({noun.i} if targets else set())
        if not targets and etype == "ASSAULT":
            # "reprisal attacks by Christian youths on Muslims", the target parsed inside the by-phrase
            targets = [a for c in noun.children if c.dep_ == "prep" and c.lower_ == "by" for g in c.subtree
                       if g.dep_ == "prep" and g.lower_ in ("on", "against") and g.i != c.i
                       for p in g.children for a in self.actors_in(p)]
        if etype == "AGREE" and noun.dep_ == "pobj" and noun.head.lower_ in ("from", "of") \
                and noun.head.head.lemma_.lower() in ("withdraw", "pull", "out", "exit", "quit"):
            return  # "withdrew the United States from the Iran nuclear deal": the deal left, no new agreement
        if not targets and noun.lemma_.lower() in MEASURES:
            # "sanctions targeting Russian banks": what the measure targets
            targets = [a for c in noun.children if c.dep_ == "acl" and c.lemma_.lower() in ("target", "hit")
                       for o in c.children if o.dep_ in ("dobj", "obj") for a in self.actors_in(o)]
        if noun.lemma_.lower() == "ban" and not targets:
            return  # "Obama's ban on donations from corporations": a rule at home, no one named banned
        targets += [a for a in self.noun_targets.get(noun.i, ()) if a not in targets]
        if not targets and noun.lemma_.lower() in FROM_SOURCE_NOUNS | {"protest", "protests"} \
                and noun.dep_ in ("dobj", "obj") and noun.head.lemma_.lower() in DRAW_VERBS:
            # "A US destroyer sailed through the Strait, drawing criticism from Beijing", "the test drew
            # condemnation from Japan": aimed at the one who did what drew it ("approved new homes … a few days after
            # Trump took office, drawing criticism", parsed on the after-clause: the main clause's doer)
            drawer = noun.head
            if drawer.dep_ == "advcl" and drawer.head.dep_ == "advcl" and any(
                    c.dep_ == "mark" and c.lower_ in CLAUSE_MARKS | {"since", "until"} for c in drawer.head.children):
                drawer = drawer.head.head
            targets = [a for a in self.subject(drawer)[0] if a not in sources]
        if etype == "RETREAT":
            # "the withdrawal of some invasion forces from Panama"
            targets += [a for c in noun.children if c.dep_ == "prep" and c.lower_ == "of" for p in c.children
                        for a in self.prep_objects(p, ("from",)) if a not in targets]
        if etype == "SANCTION":
            # "a suspension of air links with Serbia"
            targets += [a for c in noun.children if c.dep_ == "prep" and c.lower_ == "of" for p in c.children
                        for a in self.prep_objects(p, ("with", "to")) if a not in targets]
        if noun.lemma_.lower() in PATIENT_NOUNS:
            # "Morsi's release", "Khashoggi's murder": a person's is done to them; "ordered his arrest" after
            # "Haftar's offensive": to the person named before
            poss = [c for c in noun.children if c.dep_ == "poss"]
            persons = [a for c in poss for a in self.actors_in(c) if self.kind.get(a) == "person"]
            if not persons and not targets and any(c.lower_ in ("his", "her") for c in poss):
                persons = self.person_before(noun)
            sources = [a for a in sources if a not in persons]
            targets += [a for a in persons if a not in targets]
        head = noun.head
        if noun.lemma_.lower() == "alert":
            if noun.dep_ == "pobj" and head.lower_ == "of" and head.head.lemma_.lower() == "state" \
                    and head.head.dep_ == "pobj":
                head = head.head.head  # "put its army on the highest state of alert"
            if not (noun.dep_ == "pobj" and head.lower_ == "on" and head.head.pos_ in ("VERB", "AUX")):
                return  # only "on alert" raises one: "remained on high alert", "put its forces on alert"
            verb = head.head
            # "Putin put Russia's nuclear forces on high alert": the one who puts them (else the forces)
            sources = self.subject(verb)[0] or [a for c in verb.children if c.dep_ in ("dobj", "obj")
                                                for a in self.actors_in(c)]
        holder = head.head
        moved = self.by_token.get(holder.i) if noun.dep_ == "pobj" and head.lower_ == "for" else None
        if moved is not None and moved.type == "MOBILIZE" and etype == "COOPERATE" and not sources:
            # "USS George Washington arrived in the Yellow Sea for joint exercises with South Korea": the arrival is
            # the exercise, as "flew to Moscow for talks with Putin" is the talks
            self.retype(moved, "COOPERATE")
            moved.mode = mode
            moved.targets += [a for a in self.prep_objects(noun, ("with",)) if a not in moved.targets]
            return
        if noun.dep_ == "pobj" and not sources and (
                head.lower_ == "of" and holder.lemma_.lower() in SERIES_NOUNS and holder.dep_ in ("dobj", "obj")
                and holder.head.lemma_.lower() in self.stage.light
                or head.lower_ == "for" and holder.lemma_.lower() == "responsibility"
                and holder.head.lemma_.lower() == "claim"
                or head.lower_ == "with" and holder.lemma_.lower() in RESPONSES):
            # "began a new round of talks", "claimed responsibility for the bombing", "responded with artillery
            # fire": the subject's event
            sources = self.subject(holder if head.lower_ == "with" else holder.head)[0]
        if noun.dep_ == "nsubjpass" and not sources and head.lemma_.lower() == "claim" and etype == "ASSAULT":
            # "The attack was claimed by Islamic State" (not by those an apposition links it to)
            sources = self.direct_agent(head)
        if noun.dep_ in ("dobj", "obj") and not sources and head.lemma_.lower() == "claim" and etype == "ASSAULT":
            # "Islamic State claimed the attack", as "claimed responsibility for" (and those it claims it with)
            sources = self.subject(head)[0]
            sources += [a for c in noun.children if c.dep_ == "prep" and c.lower_ == "with" and any(
                k.lower_ == "together" for k in c.children) for p in c.children for a in self.actors_in(p)
                if a not in sources]
        if noun.dep_ == "pobj" and head.lower_ == "for" and holder.dep_ in ("dobj", "obj") \
                and holder.head.lemma_.lower() == "blame" and self.actors_in(holder):
            holder = holder.head  # "blamed the Haqqani network | for the Kabul truck bombing", parsed on the object
        if noun.dep_ == "pobj" and not sources and (head.lower_ == "for" and holder.lemma_.lower() == "blame"
                                                     or head.lower_ == "of" and holder.lemma_.lower() == "accuse"):
            # "blamed Israel for the blasts", "accused Russia of ethnic cleansing": alleged of the one accused
            # ("Myanmar's army has been accused of ethnic cleansing": the passive's subject)
            sources = [a for c in holder.children if c.dep_ in ("dobj", "obj", "nsubjpass") for a in self.actors_in(c)]
        involved = [c for c in holder.children if c.dep_ in ("dobj", "obj") and c.lemma_.lower() in INVOLVEMENT] \
            if holder.pos_ == "VERB" else []
        if noun.dep_ == "pobj" and not sources and head.lower_ == "in" and involved:
            holder = involved[0]  # "denied any role | in the attack": the phrase hangs on the verb
        if noun.dep_ == "pobj" and not sources and head.lower_ == "behind" and holder.lemma_.lower() == "be":
            sources = self.subject(holder)[0]  # "said Iran was behind the attack": Iran's (alleged, reported)
        if noun.dep_ == "pobj" and not sources and head.lower_ == "in" and holder.lemma_.lower() in INVOLVEMENT:
            # "denied involvement in the bombing", "Iran's role in the attack": the involved one's (alleged, denied)
            sources = self.actors_in(holder) or (self.subject(holder.head)[0] if holder.dep_ in ("dobj", "obj")
                                                 else [])
        if noun.dep_ == "pobj" and not sources and head.lower_ in ("in", "during", "at") \
                and noun.lemma_.lower() in MEETING_NOUNS:
            # "failed to agree on a deal in talks mediated by Mbeki": the talks of the verb's subject
            verb = holder
            while verb.pos_ not in ("VERB", "AUX") and verb.dep_ in ("pobj", "prep", "dobj", "obj") \
                    and verb.head.i != verb.i:
                verb = verb.head
            if verb.i not in self.by_token and verb.dep_ == "xcomp" and verb.head.i in self.by_token:
                verb = verb.head  # "pledged to cooperate on climate change at a summit": the pledge's setting
            # (only as the setting of an act of its own: "spoke at the summit" is no meeting of the speakers)
            # ("killed dozens of people at a tribal meeting": the meeting of those struck, not of the strikers)
            sources = self.subject(verb)[0] if verb.pos_ in ("VERB", "AUX") and verb.i in self.by_token \
                and self.by_token[verb.i].type not in ("ASSAULT", "COERCE") else []
            if sources:
                # "at an EU summit": with the body whose summit it is
                targets += [a for c in noun.children if c.dep_ == "compound" for a in self.actors_in(c)
                            if self.kind.get(a) == "igo" and a not in targets]
        if noun.dep_ == "pobj" and not sources and head.lower_ in ("in", "during", "on", "over") and mode == "phone":
            # "Xi told Trump in a phone call", "During a phone call with Trump, Xi urged restraint": the call of the
            # one who speaks, with the one spoken to
            verb = governing_verb(noun)
            sources = self.subject(verb)[0] if verb is not None else []
            if sources and not targets and verb is not None:
                targets = [a for c in verb.children if c.dep_ in ("dobj", "obj", "dative")
                           for a in self.actor_at.get(c.i, ()) if a not in sources]  # (not what is "reaffirmed")
        if noun.dep_ == "pobj" and not sources and head.lower_ in ("during", "on") and mode == "visit" \
                and noun.lemma_.lower() in ("visit", "trip") and not any(c.dep_ == "poss" for c in noun.children) \
                and any(c.dep_ == "prep" and c.lower_ == "to" and any(p.pos_ == "PROPN" for p in c.children)
                        for c in noun.children):
            # "announced his 'separation' from the United States during a state visit to Beijing": the visitor is
            # who acts during it, whatever the act
            verb = governing_verb(noun)
            sources = self.subject(verb)[0] if verb is not None else []
        first = noun  # "launched air and artillery strikes on …": a later conjunct of the light verb's object
        while first.dep_ == "conj" and first.head.pos_ == "NOUN":
            first = first.head
        light_object = first.dep_ in ("dobj", "obj") and first.head.lemma_.lower() in self.stage.light
        passive_light = first.dep_ == "nsubjpass" and first.head.lemma_.lower() in self.stage.light \
            and first.head.i not in self.by_token
        if passive_light:
            # "the attack was carried out by Hamas", "talks were held between Iran and Saudi Arabia in Baghdad":
            # the agent's event, or the parties' "between" whom it was
            between = self.prep_objects(first.head, ("between", "among"))
            sources = sources or self.agent(first.head) or (between if len(between) > 1 else [])
            light_object = bool(sources)
        if light_object:
            subj, _ = self.subject(first.head)
            sources = sources or subj
            for holder in (first.head, first) if first is not noun else (first.head,):
                targets += [a for a in self.prep_objects(holder, TARGET_PREPS.get(etype, ())) if a not in targets]
            if noun.lemma_.lower() == "fire" and first.head.lemma_.lower() == "set":
                targets += [a for a in self.prep_objects(first.head, ("to",)) if a not in targets]  # "set fire to"
        elif noun.dep_ in ("nsubj", "nsubjpass") and not sources and not (etype == "PROTEST"
                                                                       and self.anti_government(noun)):
            return
        if not targets and noun.dep_ == "pobj" and head.dep_ == "agent" and head.head.dep_ == "acl" \
                and head.head.lemma_.lower() in HELP_VERBS | {"back"} and head.head.head.dep_ in ("nsubj", "nsubjpass"):
            # "Kurdish forces, backed by US air strikes, retook Sinjar from IS": the strikes hit whom they fought
            backed = self.by_token.get(head.head.head.head.i)
            if backed is not None and backed.type == etype:
                targets = [a for a in backed.targets if a not in sources]
        sources = self.without_title_states(sources)
        targets = [t for t in targets if t not in sources] or ([] if sources else targets)
        known_side = False
        if not sources and targets and noun.lemma_.lower() in ("clash", "clashes", "fighting", "battle") and any(
                self.kind.get(a) in ("military", "armed_group") for a in self.prep_objects(noun, ("with",))):
            known_side = True  # "seized the town after heavy clashes with the Malian army": a fight with a known side
        if not sources and targets and noun.lemma_.lower() in PATIENT_NOUNS \
                and all(self.kind.get(a) == "person" for a in targets):
            # "over the assassination of President Jovenel Moise": of a named person, by no one named
            known_side = True
        if not sources and etype == "PROTEST" and (noun.lemma_.lower() != "rally" or any(
                c.dep_ == "acl" and c.lemma_.lower() in ("demand", "call", "protest", "denounce") or
                c.dep_ == "prep" and c.lower_ == "against" for c in noun.children)):
            # "at a Moscow rally demanding free city elections": the people of the place named on the protest ("an
            # Indiana rally" of a campaign is none)
            for c in noun.children:
                state = self.place_state(c) if c.dep_ == "compound" and c.pos_ == "PROPN" else None
                if state and state in self.stage.kb.actors:
                    self.infer(state, "state", c, c)
                    sources = [state]
                    break
        if not sources and noun.i in self.against_rule:
            known_side = True  # "after weeks of protests against his rule": against a named ruler, by the crowd
        if noun.lemma_.lower() in MEETING_NOUNS and noun.dep_ == "pobj" and noun.head.lower_ == "for" \
                and noun.head.head.pos_ == "NOUN" and self.noun_type(noun.head.head) is None:
            return  # "the main channel for talks between the West and the Taliban": no talks that were held
        if etype == "CONSULT" and not targets and len(sources) == 1 and self.kind.get(sources[0]) == "government" \
                and noun.lemma_.lower() in ("meeting", "session"):
            return  # "a joint meeting of Congress", "a cabinet meeting": a body meeting alone consults no one
        if not sources and not (targets and (light_object or known_side)) \
                and not (etype == "PROTEST" and self.anti_government(noun)):
            # a noun with no actor of its own names a topic, not an event; "gunmen carried out attacks on
            # Iran's parliament" reports one on a known target by someone unnamed ("months of anti-government
            # protests in the Oromia region" are the protests of its people)
            return
        self.add(noun, etype, mode, sources, targets, verb_trigger=False)

    # -- building the event -------------------------------------------------------------------------
    def add(self, trigger: Any, etype: str, mode: str | None, sources: list[str], targets: list[str],
            verb_trigger: bool) -> None:
        sources = list(dict.fromkeys(a for a in sources if self.kind.get(a) in EVENT_ACTOR_KINDS))
        sources = self.without_title_states(sources)
        # "the U.S.-backed Syrian Democratic Forces paused their assault": the backer does not act (named alone it
        # stays, standing for those it backs, as "the Pakistan-based Jaish-e-Mohammed" for where it is)
        backers = [a for a in sources if self.only_backing(a, trigger.sent) and all(
            self.backer(t, based=False) for t in trigger.sent if a in self.actor_at.get(t.i, ()))]
        sources = [a for a in sources if a not in backers] or sources
        targets = list(dict.fromkeys(a for a in targets if self.kind.get(a) in EVENT_ACTOR_KINDS and a not in sources))
        if not sources and not targets and self.street_protest(etype, mode, trigger):
            # "Hundreds of Salafists protested outside the commission's offices in Cairo": by people no one names, a
            # street protest targets the state where it is (PLOVER's convention, below)
            # (by its people, as PLOVER's gold codes "demonstrators protesting election results in Monrovia"); one
            # outside an embassy targets the embassy's state ("outside the French embassy in Islamabad")
            where = self.place_of(trigger, etype)
            if where is None and trigger.dep_ == "nsubj" and trigger.pos_ == "NOUN":
                where = self.place_of(trigger.head, etype)  # "anti-government protests erupted in Oromia"
            targets = self.place_target(where, trigger) if where is not None and where.country else []
            sources = list(targets)
            if targets and self.anti_government(trigger):
                word = next(c for c in trigger.children if c.lower_ in ("government", "antigovernment"))
                self.infer(f"{targets[0]}.GOV", "government", word, word)
                targets = [f"{targets[0]}.GOV"]  # against the government of the place
            embassy = [a for c in trigger.children if c.dep_ == "prep" and c.lower_ in PLACE_PREPS
                       for p in c.children if p.dep_ == "pobj" and p.lemma_.lower() in ("embassy", "consulate")
                       for a in self.actors_in(p)]
            if embassy:
                targets = [a.split(".")[0] for a in embassy]
        setter = trigger.head if trigger.lemma_.lower() == "fire" and trigger.dep_ in ("dobj", "obj") \
            and trigger.head.lemma_.lower() == "set" else None
        if etype == "ASSAULT" and (setter is not None or trigger.lemma_.lower() in ("torch", "burn")) \
                and self.protesters_subject(setter or trigger):
            # "Protesters set fire to the Iranian consulate in Najaf", as "set fire to government buildings": a
            # riot, by the people of its place when no one is named (an armed attack stays an assault)
            etype, mode = "PROTEST", "riot"
            if setter is not None and not targets:
                targets = [a for c in setter.children if c.dep_ == "prep" and c.lower_ == "to" for p in c.children
                           for a in self.actors_in(p)]
            if not sources:
                sources = self.place_people(trigger, etype, targets)
        if not sources and targets and self.street_protest(etype, mode, trigger):
            # "protesters marched in Caracas against Maduro's government": by the people of the place, as above
            sources = self.place_people(trigger, etype, targets)
        if etype == "PROTEST" and not targets and sources:
            # "Thai anti-government protesters blocked polling stations": against their state's government
            crowd = [c for c in trigger.children if c.dep_ == "nsubj" and self.anti_government(c)]
            states = [self.country.get(a) for a in sources if self.country.get(a)]
            if crowd and states and f"{states[0]}.GOV" in self.stage.kb.actors:
                word = next(c for c in crowd[0].children if c.lower_ in ("government", "antigovernment"))
                self.infer(f"{states[0]}.GOV", "government", word, word)
                targets = [f"{states[0]}.GOV"]
        if not sources and not targets:
            return
        if etype in ("ASSAULT", "COERCE"):
            # "struck Iranian-backed militia positions": the militia is struck, not Iran
            targets = [a for a in targets if not self.only_backing(a, trigger.sent)]
        own = {self.person_country.get(a, a.split(".")[0]) for a in sources}  # the sources' own states
        if etype == "COERCE" and mode == "restrict" and trigger.lemma_.lower() in ("ban", "bar") and any(
                self.kind.get(a) == "state" and a not in own or self.kind.get(a) in ("person", "government", "military")
                and self.country.get(a) and self.country.get(a) not in own for a in targets) or (
                etype == "COERCE" and mode == "restrict" and trigger.lemma_.lower() in ("ban", "bar") and any(
                    g.dep_ == "prep" and g.lower_ in ("from", "of") and any(p.lemma_.lower() in ("country", "nation")
                                                                    for p in g.children)
                    for c in (trigger, *(c for c in trigger.children if c.dep_ in ("dobj", "obj")))
                    for g in c.children)):
            # ("banning airlines from 36 countries": foreign ones)
            # "a law banning Americans from adopting": a measure against a state; "imposed a travel ban on
            # President Alexander Lukashenko": on another state's leader
            etype, mode = "SANCTION", None
        kinds = {self.kind.get(a) for a in sources}
        if etype == "ASSAULT" and trigger.lemma_.lower() == "campaign" and not any(
                self.kind.get(a) in ("state", "government", "military", "armed_group") for a in [*sources, *targets]) \
                and not any(c.lemma_.lower() in MILITARY_CAMPAIGNS for c in trigger.children):
            # "Hillary Clinton's campaign", "his 2012 Senate campaign" ("its campaign against Iran's nuclear
            # programme" is one, "a bombing campaign" is framed)
            return
        launched = trigger.dep_ in ("dobj", "obj") and trigger.head.lemma_.lower() in (
            "carry", "launch", "mount", "conduct", "stage") and not any(
            c.lower_ in ("public", "verbal", "political", "personal", "rhetorical", "scathing", "blistering")
            for c in trigger.children)  # "carried out attacks on government forces"; "mounted a public attack"
        if etype == "ASSAULT" and kinds == {"person"} and trigger.lemma_.lower() == "fight" and any(
                c.dep_ == "prep" and c.lower_ == "for" for c in trigger.children):
            return  # "the law that Obama spent his presidency fighting for"
        if etype == "ASSAULT" and kinds == {"person"} and trigger.lemma_.lower() in VERBAL_ATTACKS \
                and not launched and all(self.kind.get(a) == "person" for a in targets):
            # "Sanders got very negative attacking Hillary Clinton", "Trump attacked a federal judge": between
            # people with no force named, an attack is words (a leader's attack on a state stays an assault)
            etype, mode = "ACCUSE", "disapprove"
        if etype == "PROTEST" and trigger.lemma_.lower() == "rally" and kinds == {"person"} \
                or etype == "ASSAULT" and trigger.lemma_.lower() in ("operation", "operations") and sources \
                and not kinds & STATE_LIKE:
            return  # "Donald Trump's rally" is a campaign's; "Carrier's operations in Mexico" a company's
        if etype == "COERCE" and trigger.lemma_.lower() == "raid" \
                and any(self.kind.get(a) in ("military", "armed_group") for a in sources):
            etype, mode = "ASSAULT", None  # "French commandos raided an al-Shabaab base": a military raid
        location = self.place_of(trigger, etype)
        if location is None and etype == "ASSAULT" and trigger.dep_ in ("dobj", "obj") \
                and trigger.head.lemma_.lower() == "claim":
            # "Suicide bombers killed 32 people at Brussels airport …, and Islamic State claimed the attacks": where
            # the words before say it happened
            location = next(filter(None, (self.place_of(v, etype) for v in trigger.sent
                                          if v.i < trigger.head.i and v.pos_ == "VERB")), None)
        governing = trigger.head if trigger.dep_ in ("dobj", "obj", "nsubjpass") else trigger
        objects = [c for c in trigger.children if c.dep_ in ("dobj", "obj")]
        if not targets:
            # "Ukraine said Russian forces launched an attack on its energy system", "Israel could strike its
            # nuclear sites": what "its" points back to, when that is not the attacker; "Algeria cut ties with
            # Morocco, accusing its neighbour of hostile actions": the one neighbour named
            targets = self.owner_of_target(trigger, etype, sources, own,
                                           relations_only=etype not in ("ASSAULT", "COERCE", "SANCTION"))
        if not targets and etype in ("ASSAULT", "COERCE") and trigger.dep_ == "relcl" and trigger.pos_ == "VERB" \
                and not any(c.dep_ in ("dobj", "obj", "nsubjpass") for c in trigger.children) \
                and any(c.dep_ == "nsubj" for c in trigger.children):
            # "the Ukrainian navy ships it seized": what is seized is the noun the clause hangs on, and its owner the
            # target
            targets = [a for a in self.actors_in(trigger.head) if a not in sources]
        if not targets and etype == "ASSAULT" and kinds & STATE_LIKE:
            # "Russian missiles struck Kyiv": the state of the city struck (not one's own)
            # ("struck the central square of Kharkiv", "seized the southern city of Kherson": the city named after)
            named = [*objects, *(p for o in objects if o.pos_ == "NOUN" for g in o.children if g.dep_ == "prep"
                                 and g.lower_ == "of" for p in g.children if p.dep_ == "pobj")]
            struck = [self.place_state(o) for o in named if o.pos_ == "PROPN" and not self.actors_in(o)
                      and (o.text in self.stage.kb.cities or o.ent_type_ == "GPE")]
            targets = [a for a in struck if a and a not in own][:1]
        if not targets and etype in ("ASSAULT", "COERCE"):
            for obj in objects:
                # "struck nine sites in Pakistan": the state the struck places are in; "raided the offices of the
                # newspaper La Prensa": the one whose premises they are
                inside = [a for g in obj.children if g.dep_ == "prep" and g.lower_ == "in" for p in g.children
                          for q in p.subtree for a in self.actor_at.get(q.i, ())
                          if self.kind.get(a) == "state" and a not in own]
                owner = [a for g in obj.children if g.dep_ == "prep" and g.lower_ == "of"
                         and obj.lemma_.lower() in PREMISES for p in g.children for a in self.actors_in(p)
                         if a not in sources] if not inside else []
                targets = list(dict.fromkeys(inside or owner))
                if targets:
                    break
        before = self.by_token.get(trigger.head.i) if trigger.dep_ == "conj" and trigger.pos_ == "VERB" else None
        if not targets and etype in ("ASSAULT", "COERCE") and before is not None and before.type in (
                "ASSAULT", "COERCE") and before.targets and set(before.sources) == set(sources) and objects \
                and not any(self.actors_in(o) for o in objects):
            # "shot down two Indian jets and captured a pilot": the same side's, as the act before
            targets = list(before.targets)
        if not targets and etype == "RETREAT" and mode == "withdraw":
            # "ordered the main part of Russia's forces in Syria to start withdrawing": from where the forces are
            forces = [c for v in (trigger, *trigger.ancestors) for c in v.children
                      if c.dep_ in ("dobj", "obj", "nsubj")]
            targets = [a for c in forces for g in c.subtree if g.dep_ == "prep" and g.lower_ == "in"
                       for p in g.children if p.dep_ == "pobj" for a in self.actor_at.get(p.i, ())
                       if self.kind.get(a) == "state" and a not in own][:1]
        if not targets and trigger.lemma_.lower() in ("annex", "annexation"):
            # "Russia annexed Crimea", "Russia's annexation of Crimea": from the state the land belonged to
            land = [*objects, *(p for c in trigger.children if c.dep_ == "prep" and c.lower_ == "of"
                                for p in c.children if p.dep_ == "pobj")]
            for token in land:
                state = self.place_state(token)
                if state and state not in own:
                    self.infer(state, "state", self.name_start(token), token)
                    targets = [state]
                    break
        if not targets and etype in ("ASSAULT", "COERCE", "PROTEST") and location is not None and location.country \
                and any(c.lemma_.lower() in SEATS_OF_POWER and not self.actors_in(c) for c in objects):
            # "stormed the parliament in Tripoli": the government seated there
            self.infer(f"{location.country}.GOV", "government", objects[0], objects[0])
            targets = [f"{location.country}.GOV"]
        if not targets and etype == "COERCE" and trigger.lemma_.lower() in ("seize", "take", "grab") \
                and any(c.lower_ == "power" for c in objects) and len(own) == 1 \
                and getattr(self.stage.kb.actors.get(next(iter(own))), "kind", None) == "state":
            # "General Prayuth Chan-ocha seized power in a military coup": from his state's government
            targets = [f"{next(iter(own))}.GOV"]
            self.infer(targets[0], "government", objects[0], objects[0])
        if not targets and etype == "PROTEST":
            # "blocked a road to show their disapproval for the United States' military policies": at whom the
            # protest says it is aimed
            aims = [c for c in trigger.children if c.dep_ == "advcl" and c.lemma_.lower() in PROTEST_AIMS
                    and any(g.dep_ == "aux" and g.lower_ == "to" for g in c.children)]
            targets = list(dict.fromkeys(a for c in aims for t in c.subtree for a in self.actor_at.get(t.i, ())
                                         if a not in sources))
        if not targets and location is not None and location.country and (
                etype == "COERCE" and mode in ("curfew", "restrict", "martial-law", "crowd-control")
                or etype in ("ASSAULT", "MOBILIZE", "SANCTION") and location.country not in own
                or etype == "PROTEST"):
            # as PLOVER codes them, the place's state is the target of a curfew or a state of siege there ("in the
            # town of Cizre"), of an attack there from abroad or by insurgents ("fired shells at targets in Jericho",
            # "hit an oil depot in Russia's Bryansk region"), and of a protest there ("demonstrated in Serbia")
            targets = self.place_target(location, trigger)
        if etype == "PROTEST" and not targets and any(self.kind.get(a) == "state" for a in sources):
            targets = [a for a in sources if self.kind.get(a) == "state"][:1]  # "Egyptian demonstrators rioted"
            sources = [a for a in sources if a not in targets] or sources
        climbed = trigger.head if trigger.dep_ in ("xcomp", "conj") else trigger  # "peacekeepers began deploying"
        subjects = [t for v in (trigger, climbed) for c in v.children if c.dep_ in ("nsubj", "nsubjpass")
                    for t in c.subtree]
        own_phrase = self.own_phrase(governing)  # not "after clashes between protesters and peacekeepers"
        if etype == "MOBILIZE" and (any(t.lemma_.lower() in ("peacekeeping", "peacekeeper", "peacekeepers")
                                        or t.lower_ == "peacekeeping" for t in [*own_phrase, *subjects])
                                    or any(t.lemma_.lower() == "monitor" and any(
                                        g.lemma_.lower() in ("ceasefire", "truce") for g in t.children)
                                           for t in governing.subtree)):
            # "the deployment of 230 troops to Liberia on a peacekeeping mission", "Russian peacekeepers began
            # deploying", "troops … to monitor the ceasefire"
            etype, mode = "AID", "peacekeeping"
        if etype == "CONSULT" and mode == "visit" and targets and location is not None and location.country \
                and location.country not in own and all(self.kind.get(a) == "military" and (
                    self.country.get(a) or a.split(".")[0]) in own for a in targets):
            # "made a surprise visit to U.S. troops at Bagram Airfield in Afghanistan": the host, not one's own troops
            targets = []
        if (etype == "CONSULT" and mode == "visit" or trigger.lemma_.lower() == "arrive") and not targets \
                and location is not None and location.country \
                and location.country not in own:  # (an American flying to New York visits no one)
            targets = self.place_target(location, trigger)  # "visited Washington", "troops arrived in Mali": the host
        if etype == "CONSULT" and mode is None and len(sources) == 1 and not targets \
                and self.kind.get(sources[0]) == "igo" and trigger.lemma_.lower() in ("meet", "gather", "convene",
                                                                                     *MEETING_NOUNS):
            targets = list(sources)  # "the GCC's foreign ministers will meet", "at their Warsaw summit": its members
        failed_agreement = etype == "AGREE" and self.failed(trigger)
        if failed_agreement:
            etype, mode = "REJECT", None  # "failed to reach an agreement": a rejection, as PLOVER's gold codes it
            if len(sources) == 1 and not targets and self.kind.get(sources[0]) == "igo":
                targets = list(sources)  # "G7 foreign ministers failed to agree on sanctions": among its members
        if not targets and trigger.i in self.threatened_by:
            # "… if the Security Council tightened sanctions": the sanctions would fall on the one who threatens
            targets = [a for a in self.threatened_by[trigger.i] if a not in sources]
        if etype == "MOBILIZE" and len(sources) > 1 and any(c.lower_ == "joint" for c in trigger.children):
            etype, mode = "COOPERATE", None  # "Chinese and Russian bombers conducted a joint patrol", as joint drills
        if len(sources) > 1 and any(c.lower_ in ("joint", "bilateral", "trilateral") for c in trigger.children):
            targets = []  # "Turkey and Iran held joint military drills on their borders with Iraqi Kurdistan"
        if trigger.i in self.mutual and len(sources) > 1:
            targets = []  # "the two leaders agreed to …": with each other
        if etype == "AGREE" and trigger.lemma_.lower() == "agree" and len(sources) > 1 and not any(
                c.dep_ == "prep" and c.lower_ == "with" for c in trigger.children):
            # "Japan and South Korea agreed to keep up pressure on North Korea": with each other, whoever the
            # agreed act is aimed at
            targets = []
        offered_to = any(c.dep_ == "dative" or c.dep_ in ("dobj", "obj") and c.lower_ in ("him", "her")
                         for c in trigger.children)  # "offered him asylum": to someone else
        mediating = trigger.lemma_.lower() in MEDIATION  # "mediated by the presidents of Guinea and Mauritania"
        if len(sources) > 1 and not targets and not offered_to and not mediating and (
                failed_agreement or etype in RECIPROCAL_TYPES or trigger.i in self.mutual
                or trigger.lemma_.lower() in RECIPROCAL_VERBS
                or etype in ("SUPPORT", "SANCTION") and any(
                    c.dep_ in ("dobj", "obj") and c.lemma_.lower() in TIES
                    for c in trigger.children)  # "Venezuela and Colombia restored diplomatic relations"
                or self.each_other(trigger)):
            targets = list(sources)
            mode = mode or "multilateral"
        sent = trigger.sent
        text = self.doc.text
        start, end = sent.start_char, sent.end_char
        while end > start and text[end - 1].isspace():
            end -= 1
        evidence = self.doc.span(start, end)
        confidence = (0.8 if verb_trigger else 0.65) * (1.0 if sources and targets else 0.85)
        when, precision, date_text = self.date_of(trigger)
        event_id = "e_" + hashlib.sha1(f"{self.doc.id}:{trigger.idx}:{etype}".encode()).hexdigest()[:10]
        event = Event(
            id=event_id, type=etype, mode=mode, sources=sources, targets=targets, evidence=evidence,
            negated=not failed_agreement and self.negated(trigger), date=when, date_precision=precision,
            location=location,
            confidence=round(confidence, 3), trigger=self.doc.span(trigger.idx, trigger.idx + len(trigger.text)),
            cameo=CAMEO_ROOT.get(f"{etype}/{mode}", CAMEO_ROOT[etype]), quad=QUAD[etype], date_text=date_text,
        )
        self.events.append(event)
        self.by_token[trigger.i] = event

    @staticmethod
    def own_phrase(token: Any) -> list[Any]:
        """The tokens of ``token``'s phrase and its purpose clauses ("to join the UN peacekeeping mission"),
        without the other clauses that hang on it ("after clashes between protesters and peacekeepers")."""
        out, stack = [], [token]
        while stack:
            t = stack.pop()
            out.append(t)
            stack += [c for c in t.children if c.dep_ not in ("advcl", "relcl", "ccomp") or c.dep_ == "advcl" and any(
                g.dep_ == "aux" and g.lower_ == "to" for g in c.children)]
        return out

    def hosts(self, heads: list[Any], prep: str, exclude: Iterable[str] = ()) -> list[str]:
        """The states of the places named after ``prep`` on ``heads`` ("a visit to Washington", "its embassy in
        Riyadh"), listed among the actors with the words that name them."""
        out: list[str] = []
        for p in (p for h in heads for g in h.children if g.dep_ == "prep" and g.lower_ == prep
                  for p in g.children if p.dep_ == "pobj"):
            host = self.place_state(p)
            if host and host not in exclude and host not in out:
                self.infer(host, "state", p, p)
                out.append(host)
        return out

    @staticmethod
    def anti_government(trigger: Any) -> bool:
        """"anti-government protests", "antigovernment demonstrations"."""
        words = [c.lower_ for c in trigger.children if c.dep_ in ("amod", "compound", "punct")]
        return "antigovernment" in words or "government" in words and "anti" in words

    @staticmethod
    def street_protest(etype: str, mode: str | None, trigger: Any) -> bool:
        """People protesting or demonstrating in the street ("Hundreds of Salafists protested"), an event even
        when no one in it is named."""
        return etype == "PROTEST" and mode == "obstruct" \
            or etype == "PROTEST" and mode == "demo" and (trigger.lemma_.lower() in ("protest", "demonstrate")
                                                          or _DocEvents.anti_government(trigger)) \
            or etype == "PROTEST" and trigger.lemma_.lower() in ("gather", "assemble", "converge", "march", "rally") \
            and _DocEvents.protesters_subject(trigger) \
            or etype == "PROTEST" and trigger.lemma_.lower() in ("march", "rally") and trigger.pos_ == "VERB" and any(
                c.dep_ == "prep" and c.lower_ == "against" for c in trigger.children)  # "people marched … against"

    def owner_of_target(self, trigger: Any, etype: str, sources: list[str], own: set[str],
                        relations_only: bool = False) -> list[str]:
        """The state (or armed group) an "its"/"their" on the trigger's object or target phrase refers to: the
        nearest one named before it in the sentence that is not a source or one of the sources' states
        (``own``). A relation in the singular ("its neighbour", "its rival") is that one itself; with
        ``relations_only``, only such a relation is resolved."""
        heads = [trigger, trigger.head] if trigger.dep_ in ("dobj", "obj") \
            and trigger.head.lemma_.lower() in self.stage.light else [trigger]
        phrases = [c for h in heads for c in h.children if c.dep_ in ("dobj", "obj") and c.i != trigger.i]
        phrases += [p for h in heads for c in h.children if c.dep_ == "prep"
                    and c.lower_ in TARGET_PREPS.get(etype, ()) for p in c.children if p.dep_ == "pobj"]
        for phrase in phrases:
            pron = next((c for c in phrase.children if c.dep_ == "poss" and c.lower_ in ("its", "their")), None)
            relation = phrase.lemma_.lower() in RELATIONS
            if pron is None or self.actors_in(phrase) or relation and phrase.tag_ != "NN" \
                    or relations_only and not relation or any(c.lower_ == "own" for c in phrase.children):
                continue
            for t in reversed(self.sp[trigger.sent.start:pron.i]):
                for a in self.actor_at.get(t.i, ()):
                    kind = self.kind.get(a)
                    owner = a.split(".")[0] if kind in ("government", "military") else a
                    if kind in ("state", "government", "military", "armed_group") and owner not in own \
                            and a not in sources:
                        if owner != a:
                            self.infer(owner, "state", pron, pron)
                        return [owner]
        return []

    def place_people(self, trigger: Any, etype: str, targets: list[str]) -> list[str]:
        """The people of the place where the event is, as its doers when no one is named (not its targets)."""
        where = self.place_of(trigger, etype)
        found = self.place_target(where, trigger) if where is not None and where.country else []
        return [a for a in found if a not in targets]

    def place_target(self, location: Location, trigger: Any) -> list[str]:
        """The state of where an event was, as its target, listed with the words that name the place."""
        assert location.country is not None
        self.infer(location.country, "state", *self.place_words.get(location.name, (trigger, trigger)))
        return [location.country]

    def without_title_states(self, sources: list[str]) -> list[str]:
        """"Libyan commander Khalifa Haftar's forces": the person, not the state of his title (which may be the
        one acted on: "… launched an offensive on Tripoli")."""
        persons = {self.person_country.get(a) for a in sources} - {None}
        return [a for a in sources if not (self.kind.get(a) in ("state", "government")
                                           and a.split(".")[0] in persons)] or sources

    def gerund_content(self, verb: Any, clause: Any) -> bool:
        """"ruled out allowing the CIA to …": a gerund right after the verb, parsed as an adverbial clause,
        is what the verb is about."""
        return clause.dep_ == "advcl" and clause.tag_ == "VBG" and clause.i > verb.i and not any(
            c.dep_ == "mark" for c in clause.children) and not any(
            t.is_punct for t in self.sp[verb.i:clause.i])

    def each_other(self, trigger: Any) -> bool:
        """"blamed each other", "met with one another": the parties act on one another."""
        objects = [c for c in trigger.children if c.dep_ in ("dobj", "obj")]
        objects += [p for c in trigger.children if c.dep_ == "prep" for p in c.children if p.dep_ == "pobj"]
        return any(f"{self.sp[o.i - 1].lower_} {o.lower_}" in ("each other", "one another")
                   or f"{o.lower_} {self.sp[o.i + 1].lower_}" in ("each other", "one another")
                   for o in objects if 0 < o.i < len(self.sp) - 1)

    @staticmethod
    def failed(trigger: Any) -> bool:
        """"failed to persuade Russia", "failed to reach a deal": the act the verb "fail" governs; "without reaching an
        agreement"."""
        head = trigger.head
        return trigger.dep_ == "xcomp" and head.lemma_.lower() == "fail" or trigger.dep_ in ("dobj", "obj") \
            and (head.dep_ == "xcomp" and head.head.lemma_.lower() == "fail"
                 or head.dep_ == "pcomp" and head.lemma_.lower() == "reach" and head.head.lower_ == "without")

    def negated(self, trigger: Any) -> bool:
        if any(c.dep_ == "neg" for c in trigger.children):
            return True
        if any(c.lower_ == "longer" and any(g.lower_ == "no" for g in c.children) for c in trigger.children):
            return True  # "Israel no longer supplies weapons"
        head = trigger.head
        if trigger.pos_ == "NOUN" and any(c.dep_ == "det" and c.lower_ == "no" for c in trigger.children):
            return True  # "there was no attack", "makes no apologies"
        if trigger.dep_ == "pobj" and head.lower_ == "of" and head.head.lemma_.lower() in SIGNS \
                and any(c.dep_ == "det" and c.lower_ == "no" for c in head.head.children):
            return True  # "had seen no sign of a Russian pullback", "no evidence of an attack"
        if trigger.dep_ == "pobj" and head.lower_ == "without":
            return True  # "without Chinese support"
        if self.failed(trigger):
            return True  # "failed to persuade Russia"
        if trigger.dep_ == "acl" and head.lemma_.lower() in OWN_PLANS | {"plan", "intention"} \
                and any(c.dep_ == "det" and c.lower_ == "no" for c in head.children):
            return True  # "Moscow had no plans to attack Ukraine", "no intention of …"
        if trigger.dep_ == "xcomp" and head.pos_ == "ADJ" and head.dep_ == "acomp" \
                and head.lemma_.lower() in FUTURE_VERBS and any(c.dep_ == "neg" for c in head.head.children):
            return True  # "it was not yet ready to approve Sweden's bid"
        return trigger.dep_ in ("xcomp", "dobj", "pobj") and any(c.dep_ == "neg" for c in head.children) \
            and head.lemma_.lower() not in DENY_VERBS

    def set_modality(self, event: Event, trigger: Any) -> None:
        taking = trigger.head.head if trigger.dep_ == "pobj" and trigger.head.lower_ == "in" else None
        if taking is not None and trigger.pos_ == "NOUN" and (taking.lemma_.lower() == "participate" or (
                taking.lemma_.lower() == "take" and any(c.lower_ == "part" for c in taking.children))):
            trigger = taking  # "ready to take part in peace talks": the clause that takes part says how
        aux = {c.lower_ for c in trigger.children if c.dep_ in ("aux", "auxpass")}
        if not aux and trigger.dep_ == "conj" and trigger.pos_ == "VERB" and not any(
                c.dep_ in ("nsubj", "nsubjpass") for c in trigger.children):
            # "he would rejoin the Paris agreement and re-engage with the WHO": the conjunct shares the auxiliary
            aux = {c.lower_ for c in trigger.head.children if c.dep_ in ("aux", "auxpass")}
        governor = trigger.head.lemma_.lower()
        if trigger.dep_ in ("xcomp", "ccomp") and governor in CONSIDERED:
            event.modality = "intended"  # "is considering recognising Palestine", as "is considering sanctions"
        elif trigger.dep_ == "ccomp" and governor in ("want", "wish") and any(
                c.dep_ == "nsubj" for c in trigger.children):
            event.modality = "requested"  # "The EU wants Serbia to recognise Kosovo": wished for, not done
        elif trigger.dep_ == "xcomp" and any(c.dep_ == "auxpass" for c in trigger.head.children) \
                and governor in REPORTED_AS:
            # "was reported to have funded the militants", "is alleged to have ordered the attack"
            event.modality = "alleged" if governor in ALLEGE_VERBS else "reported"
        elif trigger.dep_ in ("xcomp",) and governor in FUTURE_VERBS:
            event.modality = "future"
        elif trigger.lemma_.lower() in ("prepare", "plan") and trigger.pos_ == "VERB":
            # "prepared an offensive against Baitullah Mehsud" (the light verb, standing for the noun): not yet done
            event.modality = "intended"
        elif "to" in aux and trigger.dep_ in ("xcomp", "advcl", "acl", "relcl") \
                and trigger.head.lemma_.lower() not in REQUEST_VERBS | ASPECT_VERBS | {"fail"} \
                and self.first_to(trigger) is None:
            event.modality = "intended"  # "discussed ways to combat", "visit Russia to seek assistance"
        if aux & FUTURE_AUX:
            event.modality = "future"
        elif trigger.dep_ == "nsubj" and any(c.dep_ == "acomp" and c.lower_ in ("due", "set", "scheduled")
                                             for c in trigger.head.children):
            event.modality = "future"  # "an EU embargo on Iranian oil is due to take effect on Sunday"
            self.scheduled.add(trigger.i)
        elif "would" in aux and self.reported_clause(trigger):
            event.modality = "future"  # "said Trump would meet Kim", "said it would not … but would provide …"
        elif self.conditional(trigger):
            event.modality = "hypothetical"  # "if the United States strikes its territory"
        elif "must" in aux:
            event.modality = "requested"  # "Sudan must return the helicopter": demanded, not done
        elif aux & HYPOTHETICAL_AUX:
            event.modality = "hypothetical"
        # climb to the clause that governs this one ("asked Trump to raise the issue of citizens abducted by North
        # Korea": the abduction described is done, not asked for)
        described = trigger.dep_ == "acl" and trigger.tag_ == "VBN" and bool(self.agent(trigger))
        # ("rejected calls for euro bonds at an EU summit": the summit is the setting, held, not rejected)
        setting = trigger.dep_ == "pobj" and trigger.head.lower_ == "at" and trigger.lemma_.lower() in MEETING_NOUNS
        t = trigger
        for _ in range(6):
            if t.head.i == t.i:
                break
            parent = t.head
            lemma = parent.lemma_.lower()
            if t.dep_ == "conj" and parent.pos_ in ("VERB", "AUX"):
                t = parent  # "denied any role in the attack but praised the fighters": praised, not denied
                continue
            if (lemma in DENY_VERBS or (parent.pos_ == "NOUN" and lemma in ("denial", "rumor", "rumour"))) \
                    and not setting:
                event.modality = "denied"
                return
            if lemma == "claim" and (any(c.lower_ == "responsibility" for c in parent.children)
                                     or t.dep_ in ("dobj", "obj", "nsubjpass") and event.type == "ASSAULT"):
                t = parent  # "claimed responsibility for an attack": an admission, not an allegation
                continue
            if parent.lower_ in ALLEGE_NOUNS and t.dep_ in ("relcl", "acl") and t.lemma_.lower() in DENY_VERBS:
                return  # "a charge the Pentagon denies": the denial is made, not alleged
            if parent.lower_ in ALLEGE_NOUNS or lemma in ALLEGE_VERBS:
                if parent.i in self.by_token and self.by_token[parent.i] is not event:
                    event.context = self.by_token[parent.i].id
                if parent.lower_ in ALLEGE_NOUNS and parent.head.lemma_.lower() in DENY_VERBS:
                    event.modality = "denied"
                    return
                event.modality = "alleged"
                return
            if lemma in REQUEST_VERBS and t.dep_ in ("xcomp", "ccomp") and not described:
                event.modality = "requested"
                if parent.i in self.by_token:
                    event.context = self.by_token[parent.i].id
                return
            if lemma in SAY_VERBS and t.dep_ in ("ccomp", "parataxis") and event.modality is None:
                event.modality = "reported"
            t = parent

    @staticmethod
    def reported_clause(trigger: Any) -> bool:
        """Whether the verb is (a conjunct of) what someone said: "said it would not send troops but would
        provide planes"."""
        t = trigger
        while t.dep_ == "conj" and t.head.i != t.i:
            t = t.head
        return bool(t.dep_ == "ccomp" and t.head.lemma_.lower() in SAY_VERBS)

    # -- when and where ------------------------------------------------------------------------------
    @staticmethod
    def own_date(trigger: Any, text: str) -> bool:
        """Whether the date ``text`` is said of the trigger's own clause, not of the verb that reports it."""
        subtree = {t.i for t in trigger.subtree}
        return not any(e.text.startswith(text) and e.root.i not in subtree and e.root.head.i != trigger.i
                       for e in trigger.sent.ents)

    def date_of(self, trigger: Any) -> tuple[str | None, Precision | None, str | None]:
        sent = trigger.sent
        # "its 17th package of sanctions", "the third round": an ordinal that counts a thing is no date
        dates = [e for e in sent.ents if e.label_ == "DATE" and not (
            len(e) == 1 and e.root.dep_ in ("amod", "nummod") and e.root.head.pos_ == "NOUN"
            and e.root.head.ent_type_ != "DATE")
            or e.label_ == "TIME" and DAY_TIME.search(e.text)  # "on Saturday night", "last night" (not "10 p.m.")
            or any(t.lower_ == "easter" for t in e)]  # "over the Easter weekend", which spaCy may call a place
        if not dates:
            return None, None, None
        subtree = {t.i for t in trigger.subtree}
        dates.sort(key=lambda e: (e.root.i not in subtree and e.root.head.i != trigger.i, abs(e.root.i - trigger.i)))
        for ent in dates:
            text = DATE_RUN_ON.split(ent.text)[0]  # "April 2 after weeks" → "April 2"
            resolved = resolve(text, self.published)
            if resolved:
                return resolved[0].isoformat(), resolved[1], text
        return None, None, dates[0].text

    def place_rank(self, pobj: Any, trigger: Any, etype: str) -> tuple[int, int]:
        """Places attached to the trigger (or to an event noun of the same type) first, then the nearest."""
        attached = pobj.head.head
        noun = self.noun_type(attached) if attached.pos_ == "NOUN" else None
        direct = attached.i in (trigger.i, trigger.head.i) or (noun is not None and noun[0] == etype)
        return (0 if direct else 1, abs(pobj.i - trigger.i))

    def place_of(self, trigger: Any, etype: str) -> Location | None:
        candidates = []
        provinces: set[str] = set()  # names followed by "province", "state": "in Borno state" is Nigeria's
        preps = PLACE_PREPS | {"to"} if trigger.lemma_.lower() in TRAVEL_VERBS or trigger.pos_ == "NOUN" and (
            trigger.lemma_.lower() in ("visit", "trip")) else PLACE_PREPS  # "a state visit to Beijing"
        if etype in ("ASSAULT", "MOBILIZE"):
            preps = preps | {"into"}  # "responded with artillery fire into southern Lebanon", "crossed into Syria"
        if etype == "ASSAULT":
            # "a Russian strike on Kharkiv": a city struck is where (a day or a name: not found); "a missile fired
            # toward Mecca"
            preps = preps | {"on", "toward", "towards"}
        root = trigger
        if trigger.dep_ in ("dobj", "obj") and trigger.head.lemma_.lower() in self.stage.light:
            root = trigger.head  # "launched strikes … in Kunduz": the place hangs on the light verb
        elif trigger.dep_ == "pobj" and trigger.head.lower_ == "with" \
                and trigger.head.head.lemma_.lower() in RESPONSES:
            root = trigger.head.head  # "responded with artillery fire into southern Lebanon"
        # a relative clause describes a participant, not where the event was: "attacked a judge whose parents
        # were born in Mexico"
        # ("discussed ways to combat … in a meeting in Islamabad": an infinitive parsed as one still holds it)
        described = {x.i for r in root.subtree if r.dep_ == "relcl" and r.i != trigger.i
                     and not any(c.dep_ == "aux" and c.lower_ == "to" for c in r.children) for x in r.subtree}
        for t in root.subtree:
            if t.i in self.folded and trigger.i not in self.folded or t.i in described:
                continue
            if t.dep_ == "pobj" and t.pos_ == "NOUN" and t.lower_ in PLACE_NOUNS:
                # "the town of Cizre", "the West Bank city of Hebron", "Nangarhar province"
                named = [p for c in t.children if c.dep_ == "prep" and c.lower_ == "of" for p in c.children
                         if p.dep_ == "pobj" and p.pos_ == "PROPN"]
                named = named or [c for c in t.children if c.dep_ in ("compound", "nmod") and c.pos_ == "PROPN"][-1:]
                # "Baghdad's Karrada district": the district, else the city or state it belongs to; "the western
                # Afghan village of Azizabad": the state of its demonym
                named += [c for c in t.children if c.dep_ == "poss" and c.pos_ == "PROPN"]
                named += [c for c in t.children if c.dep_ == "amod" and any(
                    self.kind.get(a) == "state" for a in self.actor_at.get(c.i, ()))]
                if t.head.lower_ in preps:
                    candidates += [(self.place_rank(t, trigger, etype), self.name_of(n), n) for n in named]
                    if t.lower_ in PROVINCE_NOUNS:
                        provinces.update(self.name_of(n) for n in named)
                continue
            if t.dep_ == "pobj" and t.head.lower_ in preps and t.pos_ == "PROPN" \
                    and not (t.ent_type_ == "DATE" and t.lower_ in MONTHS):  # ("on March 13": no town called March)
                candidates.append((self.place_rank(t, trigger, etype), self.name_of(t), t))
        if etype == "CONSULT" and trigger.lemma_.lower() == "visit":
            # "visited Washington last month": the place visited is where it happened
            candidates += [((0, 0), c.text, c) for c in trigger.children
                           if c.dep_ in ("dobj", "obj") and c.pos_ == "PROPN"]
        for _, name, token in sorted(candidates, key=lambda c: c[0]):
            if set(name.lower().split()) & WATERS:
                continue  # "fired a missile into the Sea of Japan": no state's ground
            found = self.locate(name, province=name in provinces)
            if found is not None:
                self.place_words[found.name] = (self.name_start(token), token)  # where it is named, for its state
                return found
        return None

    def locate(self, name: str, province: bool = False) -> Location | None:
        """A city (with coordinates), else a province, else a state of that name (a ``province`` named as one,
        "in Borno state", first); a state's own name wins over a town or province abroad that shares it ("in
        Mali" is the country, not Mali in China or Guinea; "in Jordan" not Jordan in Hong Kong; "in Kuwait" the
        city of the same state, with coordinates)."""
        kb = self.stage.kb
        states = [k for k, how in kb.lookup(name) if kb.actors.get(k) and kb.actors[k].kind == "state"]
        city = kb.cities.get(name)
        if province and name in kb.places:
            return Location(name=name, country=kb.places[name])  # "in Borno state": the province, not a town abroad
        if city is not None and not (states and city.country != states[0]):
            return Location(name=name, country=city.country, lat=city.lat, lon=city.lon)
        if name in kb.places and not (states and kb.places[name] != states[0]):
            return Location(name=name, country=kb.places[name])  # "in Niger" is the state, not Niger State
        if states:
            return Location(name=kb.actors[states[0]].name, country=states[0])
        return None
