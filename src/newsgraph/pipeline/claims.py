"""The ``claims`` stage: who said what, and whether they assert it or deny it.

* **Direct quotes** — text between quotation marks (curly or straight; a quote left open at a
  paragraph's end runs on into the next paragraph when that one opens with a quotation mark, and an
  unbalanced mark ends at the paragraph's end). The attribution is the speech verb next to the quote
  in the same sentence, before ("X said: “…”"), after ("“…,” X said", "“…,” said X") or between its two
  halves; a quote with no attribution of its own continues the last speaker of its paragraph or the
  one before.
* **Indirect speech** — a speech verb with a clause or an object as its content ("X said (that) …",
  "X told Y …", "X accused Y of …", "X denied …"), and "according to X, …".
* **Mixed** — indirect speech whose content holds a quoted fragment.

Each claim has its cue, content and speaker spans; the speaker's actor (through the actor stage:
pronouns, role nouns and titles are resolved there); the actors its content is about; the events
whose trigger lies inside its content; and its stance: ``deny`` for denials and rejections
("denied the presence of", "rejects the charges as rumors", "refuted"), else ``assert``.
"""

from __future__ import annotations

import hashlib
import re
from typing import Any

from ..kb import load
from ..model import Claim, Document, Span
from . import long_sentence_tokens

SPEECH_VERBS = frozenset("""say tell add state claim allege warn insist note stress accuse deny reject argue explain
announce confirm report write declare assert suggest acknowledge admit maintain contend reiterate emphasize
emphasise urge refute dismiss describe predict promise vow threaten proclaim reveal indicate tweet testify complain
concede respond reply comment observe remark boast charge blame criticize criticise condemn hint estimate conclude
believe think fear hope expect learn point caution recall assure inform notify agree question counter ask want
show find prefer refuse pledge call demand propose express talk speak repeat mention defend praise discuss cite
blast denounce slam mock echo tout thank joke laud lament applaud congratulate hail recount quip retort
quote refer allude imply highlight remind portray decry assail rail brag rebuff disclose wonder interpret shout
email post underscore outline detail recommend advocate request endorse""".split())
# Verbs that are speech only with a clause as content ("believe that …"), not with a plain object.
CLAUSE_ONLY = frozenset("believe think fear hope expect learn agree point question know feel show find".split())
DENY_CUES = frozenset("deny reject refute dismiss rebuff".split())
# Verbs that attribute a quote next to them but are not speech otherwise ("“…,” he continued", "“…!”
# the crowd chanted"; "continued to fight" reports nothing).
QUOTE_VERBS = frozenset("continue yell chant read answer exclaim scream cry interject muse whisper laugh snap "
                        "begin sing".split())
# Verbs that attribute a quote only with their particle ("shot back", "fired back", "went on").
QUOTE_PHRASES = {"shoot": "back", "fire": "back", "hit": "back", "go": "on", "chime": "in"}
# Cues whose "on"/"for" phrase is part of what is said ("blaming the U.S. on helping to create ISIS").
BLAME_CUES = frozenset("blame accuse criticize criticise praise thank call condemn congratulate mock slam blast "
                       "denounce".split())
STATE_MEDIA = re.compile(r"\b(?:state|government|official)[- ](?:media|television|tv|radio|broadcaster)\b", re.I)
# Speaker heads that a place after "in" turns into that state's body ("officials in Kabul").
PLACED_BODIES = frozenset("official authority government police force army troop soldier spokesman spokeswoman "
                          "spokesperson source diplomat minister ministry".split())
# Prepositions that belong to a cue when they open its content ("called for", "warned of", "insisted on");
# any other cue takes only "of" ("said of") — "said on Monday" is a date.
CUE_PREPS = {"call": ("for", "on", "upon"), "warn": ("of", "against"), "insist": ("on",), "comment": ("on",),
             "speak": ("of", "about", "on"), "talk": ("about",), "complain": ("about", "of"), "press": ("for",),
             "appeal": ("for", "to"), "agree": ("on", "with"), "ask": ("for", "about"), "quote": ("as",),
             "refer": ("to",), "allude": ("to",), "rail": ("against",), "brag": ("about",)}
# Dependents of a speech verb that hold what it says; a verb with none of them after a quote is its attribution.
CONTENT_DEPS = frozenset("ccomp dobj xcomp advcl oprd dative attr parataxis".split())
WH_ADVERBS = frozenset("when where how why as while".split())
# Dependents of a cue that open its content when they come before a quoted fragment (``lead_in``).
LEAD_DEPS = frozenset("dobj ccomp xcomp oprd dative attr acomp".split())
# Quotation marks that open and that close a quote; straight ones do both. Two apostrophes are a straight
# double quote in some newspapers' text (''…,'' Mr. Rubio said), two backticks an opening one (PTB style).
OPEN_MARKS = ("“", "«", "``", '"', "''")
CLOSE_MARKS = ("”", "»", '"', "''")
_QUOTE = re.compile("|".join(map(re.escape, {*OPEN_MARKS, *CLOSE_MARKS})))


def _quotes(text: str) -> list[tuple[int, int]]:
    """(start, end) of every quoted passage's content, marks excluded."""
    out: list[tuple[int, int]] = []
    paragraphs = [(m.start(), m.end()) for m in re.finditer(r"[^\n]+", text)]
    open_at: int | None = None
    for p_start, p_end in paragraphs:
        marks = [m for m in _QUOTE.finditer(text, p_start, p_end)]
        for m in marks:
            ch = m.group()
            if open_at is None:
                if ch in OPEN_MARKS:
                    open_at = m.end()
                continue
            if ch in CLOSE_MARKS:
                if m.start() > open_at:
                    out.append((open_at, m.start()))
                open_at = None
            elif ch in OPEN_MARKS:  # a new opening mark before the last one closed: close at it
                out.append((open_at, m.start()))
                open_at = m.end()
        if open_at is not None:
            # an open quote ends with its paragraph; when the next paragraph opens with a mark (the
            # newspaper convention for a quote running on), that mark opens its continuation
            if p_end > open_at:
                out.append((open_at, p_end))
            open_at = None
    return [(s, e) for s, e in out if text[s:e].strip()]


class ClaimStage:
    """Attribute statements to speakers (direct, indirect, mixed) with stance and linked events."""

    name = "claims"
    version = "attr-5"
    requires: tuple[str, ...] = ("nlp", "actors", "events")
    assigns: tuple[str, ...] = ("claims",)

    def __call__(self, doc: Document) -> Document:
        doc.claims = _DocClaims(doc).run()
        events = {e.id: e for e in doc.events}
        for claim in doc.claims:  # both ways: an event knows the claims that assert or deny it
            for event_id in claim.events:
                if claim.id not in events[event_id].claims:
                    events[event_id].claims.append(claim.id)
        return doc


class _DocClaims:
    def __init__(self, doc: Document) -> None:
        self.doc = doc
        self.sp = doc.nlp
        self.text = doc.text
        self.too_long = long_sentence_tokens(self.sp)
        self.kb = load()
        self.actor_at: dict[int, str] = {}
        self.mention_end: dict[int, int] = {}  # character → end of the mention it is in
        for a in doc.actors:
            for m in a.mentions:
                for i in range(m.span.start, m.span.end):
                    self.actor_at.setdefault(i, a.id)
                    self.mention_end.setdefault(i, m.span.end)
        self.people = {a.id for a in doc.actors if a.kind == "person"}
        self.kind = {a.id: a.kind for a in doc.actors}
        self.claims: list[Claim] = []
        self.used_cues: set[int] = set()

    # -- helpers --------------------------------------------------------------------------------
    def span(self, start: int, end: int) -> Span:
        text = self.text
        while start < end and (text[start].isspace() or text[start] in ",:;"):
            start += 1
        while end > start and (text[end - 1].isspace() or text[end - 1] in ",:;"):
            end -= 1
        return self.doc.span(start, end)

    def span_of(self, tokens: list[Any]) -> Span:
        """The span from the first token of ``tokens`` (in order) to the end of the last, trimmed."""
        return self.span(tokens[0].idx, tokens[-1].idx + len(tokens[-1].text))

    def actor_of(self, span: Span) -> str | None:
        """The actor a speaker phrase names: a person in it ("Iran's supreme leader, Ayatollah Ali
        Khamenei"), else the one at its head word, else the first one in it."""
        people = [i for i in range(span.start, span.end) if self.actor_at.get(i) in self.people]
        # "Erdogan's spokesman, Ibrahim Kalin": the possessor is not the speaker
        own = [i for i in people if not self.text.startswith(("'s", "’s"), self.mention_end.get(i, i))]
        if own or people:
            return self.actor_at[(own or people)[0]]
        chars = self.sp.char_span(span.start, span.end, alignment_mode="expand")
        if chars is not None:
            root = chars.root
            for i in range(root.idx, root.idx + len(root.text)):
                if i in self.actor_at:
                    return self.actor_at[i]
        for i in range(span.start, span.end):
            if i in self.actor_at:
                return self.actor_at[i]
        return None

    def placed_body(self, span: Span) -> str | None:
        """"Officials in Kabul", "security sources in Baghdad": the government (or military) of the state
        whose capital or name follows "in"."""
        chars = self.sp.char_span(span.start, span.end, alignment_mode="expand")
        if chars is None or chars.root.lemma_.lower() not in PLACED_BODIES:
            return None
        kb = self.kb
        for prep in chars.root.children:
            if prep.dep_ != "prep" or prep.lower_ not in ("in", "from"):
                continue
            for pobj in (c for c in prep.children if c.dep_ == "pobj"):
                words = [t for t in pobj.subtree if t.pos_ == "PROPN"]
                name = " ".join(t.text for t in words)
                states = [k for k, how in kb.lookup(name) if how in ("capital", "name", "alias", "seat")
                          and kb.actors.get(k) is not None and kb.actors[k].kind == "state"]
                if states:
                    body = states[0] + (".MIL" if chars.root.lemma_.lower() in ("soldier", "troop", "army", "force")
                                        else ".GOV")
                    return body if body in kb.actors else states[0]
        return None

    def about(self, span: Span) -> list[str]:
        seen: list[str] = []
        for i in range(span.start, span.end):
            a = self.actor_at.get(i)
            if a and a not in seen:
                seen.append(a)
        return seen

    def speaker_of(self, verb: Any) -> Span | None:
        subj = [c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")]
        if not subj and verb.dep_ in ("conj", "advcl", "xcomp"):
            # "Kabul and Washington denounce Moscow …, saying …": the speaker of the main verb
            subj = [c for c in verb.head.children if c.dep_ == "nsubj"]
        if not subj:
            return None
        s = subj[0]
        tokens = [t for t in s.subtree if not (t.dep_ == "relcl" or any(a.dep_ == "relcl" for a in t.ancestors
                                                                        if a.i > s.i and a in s.subtree))]
        start, end = min(t.idx for t in tokens), max(t.idx + len(t.text) for t in tokens)
        # a dateline or page furniture parsed into the subject ("12:30 p.m.\n\nHillary Clinton",
        # "RENO, Nev. (AP) — Republican …"): the speaker starts after it
        cut = max(self.text.rfind("\n", start, end), self.text.rfind(" — ", start, end),
                  self.text.rfind(" – ", start, end))
        if cut >= 0 and self.text[cut:end].strip(" \n—–"):
            start = cut + 1
        while start < end and self.text[start] in "”»\"— –":
            start += 1
        return self.span(start, end)

    def antecedent(self, verb: Any, speaker: Span | None) -> str | None:
        """The actor a relative pronoun speaker stands for ("Sanders, who endorsed Clinton": Sanders), the
        speaker span staying the pronoun, as PolNeAR marks it."""
        if speaker is None or speaker.text.lower() not in ("who", "which", "that") or verb.dep_ != "relcl":
            return None
        head = verb.head
        return self.actor_of(self.doc.span(head.left_edge.idx, head.idx + len(head.text)))

    @staticmethod
    def prep_clauses(verb: Any) -> list[Any]:
        """Clauses right after the verb opened by its content preposition, which the parser made a clause's
        mark: "is calling for | the United States to step up"."""
        return [c for c in verb.children if c.dep_ == "advcl" and c.left_edge.i == verb.i + 1
                and c.left_edge.dep_ == "mark" and c.left_edge.lower_ in CUE_PREPS.get(verb.lemma_.lower(), ())]

    def cue_span(self, verb: Any) -> Span:
        """The speech verb with its auxiliaries and negation ("has said", "was asked", "did not deny"),
        adverbs right before it ("also said", "wrongly claimed"), a preposition right after it that opens
        the content ("called for", "warned of") and a colon that introduces a quote ("said:"), as PolNeAR marks cues."""
        tokens = [verb, *(c for c in verb.children if (
            c.dep_ in ("aux", "auxpass", "neg") and abs(c.i - verb.i) <= 2 and c.tag_ != "TO")
            or c.dep_ == "prt" or c.i == verb.i + 1 and c.lower_ == QUOTE_PHRASES.get(verb.lemma_.lower())
            or (c.dep_ == "prep" and c.i == verb.i + 1
                                   and c.lower_ in CUE_PREPS.get(verb.lemma_.lower(), ("of",))))]
        tokens += [c.left_edge for c in self.prep_clauses(verb)]
        first, last = min(tokens, key=lambda t: t.i), max(tokens, key=lambda t: t.i)
        # adverbs right before it ("wrongly claimed", "recently praised")
        while first.i > 0 and (adverb := self.sp[first.i - 1]).head.i == verb.i and adverb.dep_ == "advmod" \
                and adverb.lower_ not in WH_ADVERBS:
            first = adverb
        start, end = first.idx, last.idx + len(last.text)
        if self.text[end:end + 1] == ":":
            return self.doc.span(start, end + 1)
        return self.span(start, end)

    def mark_before(self, start: int) -> str:
        """The opening quotation mark that ends right before ``start``, or ""."""
        return next((m for m in OPEN_MARKS if start >= len(m) and self.text.startswith(m, start - len(m))), "")

    def mark_after(self, end: int) -> str:
        """The closing quotation mark that starts at ``end``, or ""."""
        return next((m for m in CLOSE_MARKS if self.text.startswith(m, end)), "")

    def tidy(self, content: Span) -> Span:
        """Content ends as PolNeAR and PARC mark them: a quotation mark left open inside the content
        closes with it ("the probe is “ongoing.”"), a sentence's full stop outside quotes is not part of
        it, and "that" before a quote belongs to it ("said that “we're in this together.”")."""
        text, start, end = self.text, content.start, content.end
        inside = text[start:end]
        if sum(inside.count(q) for q in "“«") > sum(inside.count(q) for q in "”»"):
            close = re.match(r"[.,?!]?[”»]", text[end:end + 2])
            end += close.end() if close else 0
        elif text[end - 1:end] == "." and end - 1 > start:
            end -= 1
        if text.startswith(OPEN_MARKS, start) and text[max(start - 5, 0):start].lower() == "that ":
            start -= 5
        return content if (start, end) == (content.start, content.end) else self.doc.span(start, end)

    def add(self, speaker: Span | None, cue: Span, content: Span, quote_type: str, stance: str,
            speaker_actor: str | None = None) -> None:
        if not content.text.strip():
            return
        content = self.tidy(content)
        claim_id = "c_" + hashlib.sha1(f"{self.doc.id}:{cue.start}:{content.start}".encode()).hexdigest()[:10]
        if any(c.id == claim_id for c in self.claims):
            return
        events = [e.id for e in self.doc.events
                  if e.trigger is not None and content.start <= e.trigger.start < content.end]
        actor = speaker_actor or (self.actor_of(speaker) or self.placed_body(speaker) if speaker else None)
        if actor is not None and speaker is not None and self.kind.get(actor) == "state" \
                and STATE_MEDIA.search(speaker.text) and f"{actor}.GOV" in self.kb.actors:
            actor = f"{actor}.GOV"  # "Iranian state media reported": the government's voice, not the state
        self.claims.append(Claim(
            id=claim_id, cue=cue, content=content, speaker=actor, speaker_span=speaker, stance=stance,  # type: ignore[arg-type]
            about=[a for a in self.about(content) if a != actor], quote_type=quote_type,  # type: ignore[arg-type]
            events=events, confidence=0.8 if actor else 0.6,
        ))

    # -- run ------------------------------------------------------------------------------------
    def run(self) -> list[Claim]:
        quotes = _quotes(self.text)
        self.direct(quotes)
        self.indirect(quotes)
        self.according_to()
        self.colon(quotes)
        self.claims.sort(key=lambda c: c.content.start)
        self.pronoun_speakers()
        return self.claims

    def pronoun_speakers(self) -> None:
        """A pronoun speaker the actor stage left unresolved is the last speaker before it that it can
        refer to ("The Indian army denied it. It said …"; "Iraq's foreign minister said … He condemned …"):
        "it"/"they" a state, body or group, "he"/"she" anyone (a minister named by title is a body)."""
        for claim in sorted(self.claims, key=lambda c: c.cue.start):
            span = claim.speaker_span
            if claim.speaker is not None or span is None or span.text.lower() not in ("he", "she", "it", "they"):
                continue
            earlier = [c for c in self.claims if c.speaker is not None and c.cue.start < claim.cue.start
                       and claim.cue.start - c.cue.start < 1500
                       and (span.text.lower() in ("he", "she") or self.kind.get(c.speaker) != "person")]
            if earlier:
                claim.speaker = max(earlier, key=lambda c: c.cue.start).speaker
                claim.about = [a for a in claim.about if a != claim.speaker]

    def speech_verb_near(self, start: int, end: int) -> Any:
        """A speech verb of the quote's sentence outside the quote, nearest to it."""
        first = self.sp.char_span(start, end, alignment_mode="expand")
        if first is None:
            return None
        sents = {first[0].sent.start, first[-1].sent.start}
        after = first[-1].sent.end  # "“… need?” Weaver said.": the parser ends the sentence at "?”"
        if after < len(self.sp) and not self.text[end:self.sp[after].idx].strip(" ”»\"'’.,!?"):
            sents.add(after)
        candidates = []
        for sent in self.sp.sents:
            if sent.start not in sents or sent.start in self.too_long:
                continue
            for t in sent:
                if not self.quote_cue(t) or start <= t.idx < end:
                    continue
                if t.idx >= end and self.text[t.idx + len(t.text):].lstrip()[:1] == ":":
                    continue  # "“…” He said: “…”": the colon opens the next quote
                later = sent.start == after and sent.start not in (first[0].sent.start, first[-1].sent.start)
                if later and any(c.dep_ in CONTENT_DEPS for c in t.children):
                    continue  # "“We will win.” Trump said the polls were wrong": a statement of its own
                distance = min(abs(t.idx - start), abs(t.idx - end))
                candidates.append((later, distance, t))
        if not candidates:
            return None
        _, distance, verb = min(candidates, key=lambda c: c[:2])  # the quote's own sentence first
        return verb if distance < 160 else None  # "“…,” Sergei Ivanov, chief of …, said"

    @staticmethod
    def quote_cue(t: Any) -> bool:
        """Whether a token can attribute a quote beside it: a speech verb, or a verb that is speech only
        beside a quote ("continued", "shot back")."""
        if t.pos_ not in ("VERB", "AUX"):
            return False
        lemma = t.lemma_.lower()
        if lemma in SPEECH_VERBS or lemma in QUOTE_VERBS:
            return True
        particle = QUOTE_PHRASES.get(lemma)
        return particle is not None and any(c.dep_ in ("prt", "advmod") and c.lower_ == particle for c in t.children)

    def colon_verb(self, start: int) -> Any:
        """The speech verb whose colon introduces a quote opening a later sentence or paragraph ("He said:
        ¶ “In all the administrations …”", "Reporter Jomana Karadsheh says: “Well …”"), or None."""
        before = self.text[:start].rstrip()
        if not before.endswith(":"):
            return None
        colon = self.sp.char_span(len(before) - 1, len(before), alignment_mode="expand")
        if colon is None:
            return None
        sent = colon[0].sent
        if sent.start in self.too_long:
            return None
        verbs = [t for t in sent if self.quote_cue(t) and t.i < colon[0].i
                 and not any(c.dep_ in ("ccomp", "dobj") and c.i < colon[0].i for c in t.children)]
        return verbs[-1] if verbs else None

    def direct(self, quotes: list[tuple[int, int]]) -> None:
        """One claim per quote and its attribution. A quote that runs on in the same paragraph after its
        attribution ("“A,” she said. “B.”") or around it ("“A,” said X, “and B.”") is one claim whose
        content spans both parts, as PolNeAR and PARC mark it; a quote with no attribution of its own in
        a later paragraph continues the last speaker."""
        groups: list[dict[str, Any]] = []
        for start, end in quotes:
            if len(self.span(start, end).text.split()) < 3:
                continue  # a quoted term ("fake news"), not a statement
            # the quote with its marks, as PolNeAR and PARC mark a direct quote's content
            outer = (start - len(self.mark_before(start)), end + len(self.mark_after(end)))
            verb = self.speech_verb_near(start, end)
            if verb is None:
                verb = self.colon_verb(outer[0])
            if verb is not None and self.quoted_inside_clause(verb, outer):
                continue  # "saying heroin is now “cheaper than candy”": a fragment of what is reported (mixed)
            last = groups[-1] if groups else None
            same_paragraph = last is not None and "\n" not in self.text[last["end"]:outer[0]]
            if last is not None and same_paragraph and (
                    verb is not None and verb.i == last["verb"] or verb is None and outer[0] - last["end"] < 400):
                last["end"] = outer[1]
                continue
            if verb is not None:
                speaker = self.speaker_of(verb)
                if speaker is not None and start <= speaker.start < end:
                    speaker = None
                self.used_cues.add(verb.i)
                cue = self.cue_span(verb)
                lead = self.lead_in(verb, cue, outer[0])
                groups.append({"speaker": speaker, "actor": self.actor_of(speaker) if speaker else None,
                               "verb": verb.i, "cue": cue, "start": outer[0] if lead is None else lead,
                               "end": outer[1], "type": "direct" if lead is None else "mixed",
                               "stance": "deny" if verb.lemma_.lower() in DENY_CUES else "assert"})
            elif last is not None and outer[0] - last["end"] < 1500:
                groups.append({**last, "verb": None, "cue": self.doc.span(start, start), "start": outer[0],
                               "end": outer[1], "type": "direct", "stance": "assert"})
        for g in groups:
            self.add(g["speaker"], g["cue"], self.doc.span(g["start"], g["end"]), g["type"], g["stance"],
                     speaker_actor=g["actor"])

    def lead_in(self, verb: Any, cue: Span, quote_start: int) -> int | None:
        """Where the content starts when words the verb governs come between it and the quote ("called
        the statement “offensive”", "accused him of “lying”", "said that he had “serious concerns”"):
        the first of them, the quote being a fragment of that content (mixed), as PolNeAR marks it."""
        if verb.idx > quote_start or "\n" in self.text[cue.end:quote_start]:
            return None
        firsts = [c.left_edge for c in verb.children if c.i > verb.i and (
            c.dep_ in LEAD_DEPS or c.dep_ == "prep" and c.idx < cue.end)]  # "talked about “…”": the cue's own
        starts = [max(f.idx, cue.end) for f in firsts if f.idx < quote_start]
        if not starts:
            return None
        start = min(starts)
        while start < quote_start and self.text[start] in " ,":
            start += 1
        return start if any(ch.isalpha() for ch in self.text[start:quote_start]) else None

    def quoted_inside_clause(self, verb: Any, outer: tuple[int, int]) -> bool:
        """Whether the quote is a fragment inside the clause the verb reports, words of it before the quote."""
        for head in verb.children:
            if head.dep_ not in ("ccomp", "parataxis", "dobj", "xcomp"):
                continue
            tokens = list(head.subtree)
            first, last = tokens[0].idx, tokens[-1].idx + len(tokens[-1].text)
            words_end = outer[0] + len(self.text[outer[0]:outer[1]].rstrip(" .,!?;:”»\"'’"))
            if first < outer[0] and last >= words_end and any(
                    t.is_alpha for t in tokens if t.idx < outer[0]):
                return True
        return False

    def indirect(self, quotes: list[tuple[int, int]]) -> None:
        for t in self.sp:
            lemma = t.lemma_.lower()
            if lemma not in SPEECH_VERBS or t.pos_ not in ("VERB", "AUX") or t.i in self.used_cues \
                    or t.i in self.too_long:
                continue
            if any(s <= t.idx < e for s, e in quotes):
                continue  # speech inside a quote is the quoted speaker's, not an attribution
            content_heads = [c for c in t.children if c.dep_ in ("ccomp", "parataxis")]
            if not content_heads and lemma not in CLAUSE_ONLY:
                content_heads = [c for c in t.children if c.dep_ in ("dobj", "xcomp")]
                preps: tuple[str, ...] = ("of", "that", "on", "for") if lemma in BLAME_CUES else ("of", "that")
                preps += CUE_PREPS.get(lemma, ())
                content_heads += [c for c in t.children if c.dep_ == "prep" and c.lower_ in preps and not any(
                    p.lemma_.lower() in ("condition", "background") for p in c.children)]
                # ("speaking on condition of anonymity", "on background": how, not what, was said)
                # "is calling for the United States to step up": the parser makes "for" a clause's mark
                content_heads += self.prep_clauses(t)
            if lemma == "call" and not any(c.dep_ == "prep" and c.lower_ in ("for", "on") or c.dep_ == "advcl"
                                           for c in content_heads):
                # "called the attack an act of war": what the thing is said to be (PolNeAR and the own
                # sets mark it); "called a meeting", "called him" say nothing
                if not any(c.dep_ == "oprd" or c.dep_ == "dobj" and any(g.dep_ == "appos" for g in c.children)
                           for c in t.children):  # "called his actions “a crucial step”": parsed as apposition
                    continue
                content_heads = [c for c in t.children if c.dep_ in ("dobj", "oprd")]
            if not content_heads and any(c.dep_ == "nsubj" for c in t.children) and (
                    t.dep_ == "parataxis" or t.dep_ == "advcl" and any(
                        c.dep_ == "mark" and c.lower_ == "as" for c in t.children)):
                # "Half of infections remain undiagnosed, she said, and …", "The trouble, Frank writes,
                # began …", "As Reuters reported, the talks failed": the clause the aside interrupts or
                # introduces, both its parts (PolNeAR marks the two as one discontinuous content)
                own = {x.i for x in t.subtree}
                for c in t.head.children:  # "…, she said, and prices keep rising": a clause of its own
                    if c.dep_ in ("cc", "conj") and c.i > t.i:
                        own |= {x.i for x in c.subtree}
                words = [x for x in t.head.subtree if x.i not in own and not x.is_punct]
                opened = t.dep_ == "advcl" or any(x.i < min(own) for x in words)  # an aside needs words before it
                if opened and len([x for x in words if x.is_alpha]) >= 3:
                    speaker = self.speaker_of(t)
                    content = self.span_of(words)
                    self.add(speaker, self.cue_span(t), content, "indirect", "assert")
                continue
            agents = [p for p in t.children if p.dep_ == "agent"]
            if not content_heads and agents and any(c.dep_ == "auxpass" for c in t.children):
                # "The meeting was first reported by Politico": the agent said it, the subject is what
                subjects = [c for c in t.children if c.dep_ == "nsubjpass"]
                who = [c for c in agents[0].children if c.dep_ == "pobj"]
                if subjects and who:
                    what, by = list(subjects[0].subtree), list(who[0].subtree)
                    self.add(self.span_of(by), self.cue_span(t),
                             self.span_of(what), "indirect",
                             "deny" if lemma in DENY_CUES else "assert")  # "the reports were denied by Moscow"
                continue
            if not content_heads:
                continue
            speaker = self.speaker_of(t)
            cue = self.cue_span(t)
            # "that" before the clause belongs to the content, as in PolNeAR; a preposition the cue took
            # ("calls for", "talked about") does not
            tokens = [x for h in content_heads for x in h.subtree if x.idx >= cue.end or x.i < t.i]
            if not tokens:
                continue
            start = min(x.idx for x in tokens)
            end = max(x.idx + len(x.text) for x in tokens)
            content = self.span(start, end)
            inside = any(s < content.end and content.start < e for s, e in quotes)
            stance = "deny" if lemma in DENY_CUES else "assert"
            self.add(speaker, cue, content, "mixed" if inside else "indirect", stance,
                     speaker_actor=self.antecedent(t, speaker))

    def colon(self, quotes: list[tuple[int, int]]) -> None:
        """"Trump: We will win." — a short name at the start of a line, a colon, then what they said."""
        for m in re.finditer(r"(?m)^([A-Z][\w.'’-]*(?: [A-Z][\w.'’-]*){0,3}):[ \t]+(\S[^\n]{10,})$", self.text):
            speaker = self.doc.span(m.start(1), m.end(1))
            if self.actor_of(speaker) is None:
                continue
            content = self.span(m.start(2), m.end(2))
            if content.text[:1] in "“\"":
                content = self.span(m.start(2) + 1, m.end(2))
            self.add(speaker, self.doc.span(m.end(1), m.end(1) + 1), content, "direct", "assert")

    def according_to(self) -> None:
        for t in self.sp:
            if t.lower_ != "according" or t.i + 1 >= len(self.sp) or self.sp[t.i + 1].lower_ != "to":
                continue
            to = self.sp[t.i + 1]
            objs = [c for c in to.children if c.dep_ == "pobj"]
            if not objs:
                continue
            who = list(objs[0].subtree)
            speaker = self.span_of(who)
            sent = t.sent
            pp = {x.i for x in t.subtree} | {t.i, to.i} | {x.i for x in who}
            rest = [x for x in sent if x.i not in pp and not x.is_punct]
            if not rest:
                continue
            content = self.span_of(rest)
            cue = self.span(t.idx, to.idx + len(to.text))
            self.add(speaker, cue, content, "indirect", "assert")
