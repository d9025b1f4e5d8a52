"""Measure actor resolution against hand-annotated mentions (``tests/data``, guidelines in its README).

    python -m newsgraph.evaluation            # precision and recall by kind, development and held-out sets
    python -m newsgraph.evaluation --shared   # resolution on the coded sentences of ../shared/data
    python -m newsgraph.evaluation --events   # event coding on tests/data/events_*.txt, PLOVER dev, Multi-CoPED
    python -m newsgraph.evaluation --claims   # attribution spans on PolNeAR dev, exact and overlap
    (add --errors to list every mistake)

Gold comes in three files, scored as two sets:

* development — ``actors_own.txt``, sentences written for newsgraph with inline markup
  ``[[surface|ACTOR-ID]]``, and ``actors_samples.jsonl``, the five real articles (below); the rules
  were tuned while looking at the errors on this set;
* held out — ``actors_heldout.txt``, the same markup, written and annotated after the rules were
  frozen and never tuned on;

``actors_samples.jsonl`` holds
 mentions in the five real articles of ``../shared/samples`` (read from there, never
copied), each as ``[surface, n, ACTOR-ID]``: the n-th whole-word occurrence of ``surface`` in the
article's cleaned text.

A system mention is correct when it overlaps a gold mention and resolves to the same actor id.
Precision is counted by the kind of the actor the system chose, recall by the gold actor's kind.
"""

from __future__ import annotations

import functools
import json
import re
import sys
from collections import defaultdict
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from .kb import KnowledgeBase, load
from .model import Document

MARKUP = re.compile(r"\[\[(.+?)\|([^\]]+)\]\]")
CORE_KINDS = ("state", "government", "military", "armed_group", "person")


@dataclass
class Gold:
    id: str
    text: str
    mentions: list[tuple[int, int, str]]  # start, end, actor id
    input_format: str = "jsonl"


def parse_markup(line: str) -> tuple[str, list[tuple[int, int, str]]]:
    """``"[[Tehran|IRN]] denied it."`` → ``("Tehran denied it.", [(0, 6, "IRN")])``."""
    text, mentions, pos = "", [], 0
    for m in MARKUP.finditer(line):
        text += line[pos:m.start()]
        start = len(text)
        text += m.group(1)
        mentions.append((start, len(text), m.group(2).strip()))
        pos = m.end()
    return text + line[pos:], mentions


def occurrence(text: str, surface: str, n: int) -> tuple[int, int]:
    hits = [m.span() for m in re.finditer(r"(?<!\w)" + re.escape(surface) + r"(?!\w)", text)]
    if n >= len(hits):
        raise ValueError(f"{surface!r} occurs {len(hits)} times, annotation asks for #{n}")
    return hits[n]


def load_markup(path: Path) -> list[Gold]:
    gold = []
    for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), start=1):
        if line.strip() and not line.startswith("#"):
            text, mentions = parse_markup(line)
            gold.append(Gold(f"{path.stem}:{number}", text, mentions))
    return gold


def load_gold(data_dir: Path, samples_dir: Path | None) -> list[Gold]:
    """The development set: own sentences, plus the five samples when ``samples_dir`` exists."""
    gold = load_markup(data_dir / "actors_own.txt")
    samples = data_dir / "actors_samples.jsonl"
    if samples_dir is not None and samples_dir.is_dir() and samples.exists():
        from .pipeline.clean import clean

        for line in samples.read_text(encoding="utf-8").splitlines():
            record = json.loads(line)
            raw = (samples_dir / record["doc"]).read_text(encoding="utf-8")
            text = clean(raw, title_first=True).text
            spans = [(*occurrence(text, s, n), actor) for s, n, actor in record["mentions"]]
            gold.append(Gold(f"sample:{record['doc']}", raw, spans, "txt"))
    return gold


def gold_kind(kb: KnowledgeBase, actor_id: str) -> str:
    actor = kb.actors.get(actor_id)
    if actor is not None:
        return actor.kind
    return {"person": "person", "org": "organization", "group": "other"}.get(actor_id.split(":")[0], "other")


def score(docs: list[Document], gold: list[Gold], kb: KnowledgeBase) -> dict[str, Any]:
    """Precision and recall by kind; ``docs`` are the pipeline's output for ``gold`` in order."""
    tp_sys: dict[str, int] = defaultdict(int)
    n_sys: dict[str, int] = defaultdict(int)
    tp_gold: dict[str, int] = defaultdict(int)
    n_gold: dict[str, int] = defaultdict(int)
    errors = []
    for doc, g in zip(docs, gold, strict=True):
        # the actor stage's mentions: the guidelines annotate names, not what the event rules work out ("its forces")
        system = [(m.span.start, m.span.end, a.id, a.kind) for a in doc.actors for m in a.mentions
                  if m.stage != "events"]
        matched_gold: set[int] = set()
        for start, end, actor_id, kind in system:
            n_sys[kind] += 1
            hit = next((i for i, (gs, ge, ga) in enumerate(g.mentions)
                        if i not in matched_gold and gs < end and start < ge and ga == actor_id), None)
            if hit is None:
                errors.append({"doc": g.id, "type": "false positive", "text": doc.text[start:end], "system": actor_id,
                               "gold": next((ga for gs, ge, ga in g.mentions if gs < end and start < ge), None)})
            else:
                matched_gold.add(hit)
                tp_sys[kind] += 1
        for i, (gs, ge, ga) in enumerate(g.mentions):
            gkind = gold_kind(kb, ga)
            n_gold[gkind] += 1
            if i in matched_gold:
                tp_gold[gkind] += 1
            else:
                errors.append({"doc": g.id, "type": "missed", "text": doc.text[gs:ge], "gold": ga,
                               "system": next((a for s, e, a, _ in system if s < ge and gs < e), None)})

    def pr(kinds: tuple[str, ...]) -> dict[str, Any]:
        ts, ns = sum(tp_sys[k] for k in kinds), sum(n_sys[k] for k in kinds)
        tg, ng = sum(tp_gold[k] for k in kinds), sum(n_gold[k] for k in kinds)
        p, r = ts / ns if ns else 0.0, tg / ng if ng else 0.0
        return {"precision": round(p, 3), "recall": round(r, 3), "f1": round(2 * p * r / (p + r), 3) if p + r else 0.0,
                "system": ns, "gold": ng}

    kinds = sorted(set(n_sys) | set(n_gold))
    return {
        "documents": len(gold),
        "gold_mentions": sum(len(g.mentions) for g in gold),
        "core": pr(CORE_KINDS),
        "all": pr(tuple(kinds)),
        "by_kind": {k: pr((k,)) for k in kinds},
        "errors": errors,
    }


def run(gold: list[Gold], pipeline: Any) -> dict[str, Any]:
    docs = list(pipeline.pipe(Document(id=g.id, text="", raw_text=g.text, input_format=g.input_format)
                              for g in gold))
    return score(docs, gold, load())


def evaluate(data_dir: Path, samples_dir: Path | None, pipeline: Any = None) -> dict[str, Any]:
    """Scores of the development set and of the held-out set."""
    from .pipeline import default_pipeline

    pipeline = pipeline or default_pipeline()
    return {
        "development": run(load_gold(data_dir, samples_dir), pipeline),
        "heldout": run(load_markup(data_dir / "actors_heldout.txt"), pipeline),
    }


@dataclass
class GoldEvent:
    type: str
    sources: list[str]
    targets: list[str]
    negated: bool = False
    modality: str | None = None
    date: str | None = None
    precision: str | None = None

    @property
    def happened(self) -> bool:
        return not self.negated and self.modality in (None, "reported")


def load_events(path: Path) -> list[tuple[str, str | None, list[GoldEvent]]]:
    """``events_own.txt``: (sentence, publication date, gold events) per line."""
    out = []
    published = None
    for line in path.read_text(encoding="utf-8").splitlines():
        if line.startswith("# published:"):
            published = line.split(":", 1)[1].strip()
            continue
        if not line.strip() or line.startswith("#"):
            continue
        sentence, _, spec = line.partition(" ||| ")
        events = []
        for part in filter(None, (p.strip() for p in spec.split(";"))):
            head, _, rest = part.partition(" ")
            src_txt, _, tail = rest.partition(" > ")
            tgt_txt, *flag_list = tail.split()
            event = GoldEvent(head, [a for a in src_txt.split(",") if a != "-"], [a for a in tgt_txt.split(",")
                                                                                      if a != "-"])
            for flag in flag_list:
                if flag == "neg":
                    event.negated = True
                elif flag.startswith("mod="):
                    event.modality = flag[4:]
                elif flag.startswith("date="):
                    event.date, _, event.precision = flag[5:].partition("/")
            events.append(event)
        out.append((sentence, published, events))
    return out


def _same_actor(kb: KnowledgeBase, gold: str, system: str, system_country: str | None) -> bool:
    if gold == system:
        return True
    if gold.split(".")[0] in kb.actors and kb.actors[gold.split(".")[0]].kind == "state":
        return system_country == gold.split(".")[0]  # as the shared scorer: the same state
    if gold.startswith("person:") and system.startswith("person:"):
        # the same surname ("person:jammeh", a name given alone, is "person:yahya-jammeh")
        return gold.removeprefix("person:").rsplit("-", 1)[-1] == system.removeprefix("person:").rsplit("-", 1)[-1]
    return False


def _matching(fits: list[list[int]]) -> list[int | None]:
    """A largest one-to-one matching of system events to the gold events each fits (``fits[k]``: the gold indices
    event k fits), by augmenting paths; so that a gold event with no target named ("-") does not take the system
    event a more specific gold event needs."""
    owner: dict[int, int] = {}

    def place(k: int, seen: set[int]) -> bool:
        for i in fits[k]:
            if i not in seen:
                seen.add(i)
                if i not in owner or place(owner[i], seen):
                    owner[i] = k
                    return True
        return False

    for k in range(len(fits)):
        place(k, set())
    by_event = {k: i for i, k in owner.items()}
    return [by_event.get(k) for k in range(len(fits))]


def score_events(data_dir: Path, pipeline: Any = None, name: str = "events_own.txt") -> dict[str, Any]:
    """Events on ``name`` (``events_own.txt`` or ``events_heldout.txt``): micro P/R/F1 on (type, source,
    target) for events that are not negated (as the shared scorer), precision of events marked as having
    happened, date accuracy."""
    from .pipeline import default_pipeline

    pipeline = pipeline or default_pipeline()
    kb = load()
    rows = load_events(data_dir / name)
    docs = list(pipeline.pipe(Document(id=str(i), text="", raw_text=s, published=p)
                              for i, (s, p, _) in enumerate(rows)))
    tp = fp = fn = 0
    happened_sys = happened_ok = dated = dated_ok = 0
    errors: list[dict[str, Any]] = []
    for (sentence, _, gold_events), doc in zip(rows, docs, strict=True):
        country = {a.id: a.country for a in doc.actors}
        gold = [g for g in gold_events if not g.negated]
        used: set[int] = set()

        def side_ok(gold_side: list[str], sys_side: list[str], country: dict[str, str | None] = country) -> bool:
            return not gold_side or any(_same_actor(kb, g, s, country.get(s)) for g in gold_side for s in sys_side)

        system = [e for e in doc.events if not e.negated]
        # (each event's candidates tried first where the gold agrees on having happened, then the most specific)
        def preference(i: int, e: Any, gold: list[GoldEvent] = gold) -> tuple[bool, int]:
            return gold[i].happened != e.happened, -bool(gold[i].sources) - bool(gold[i].targets)

        fits = [sorted((i for i, g in enumerate(gold) if g.type == e.type and side_ok(g.sources, e.sources)
                        and side_ok(g.targets, e.targets)), key=functools.partial(preference, e=e))
                for e in system]
        for e, hit in zip(system, _matching(fits), strict=True):
            if e.happened:
                happened_sys += 1
            if hit is None:
                fp += 1
                errors.append({"sentence": sentence, "false positive": [e.type, e.sources, e.targets, e.modality]})
                continue
            used.add(hit)
            tp += 1
            g = gold[hit]
            happened_ok += e.happened and g.happened
            if g.date:
                dated += 1
                dated_ok += (e.date, e.date_precision) == (g.date, g.precision)
        for i, g in enumerate(gold):
            if i not in used:
                fn += 1
                errors.append({"sentence": sentence, "missed": [g.type, g.sources, g.targets, g.modality]})
    p, r = tp / max(tp + fp, 1), tp / max(tp + fn, 1)
    return {
        "sentences": len(rows), "gold_events": sum(len(g) for _, _, g in rows),
        "precision": round(p, 3), "recall": round(r, 3), "f1": round(2 * p * r / max(p + r, 1e-9), 3),
        "happened_precision": round(happened_ok / max(happened_sys, 1), 3), "happened_events": happened_sys,
        "date_accuracy": round(dated_ok / max(dated, 1), 3), "dated_events": dated,
        "errors": errors,
    }


def plover_score(data_dir: Path, pipeline: Any = None) -> dict[str, Any]:
    """The shared scorer's PLOVER measure, in process: micro P/R/F1 on (type, source, target), an event
    matching when its type equals the gold type and a source (and a target, where gold has one) maps to a
    gold actor by ISO3 country or overlapping text; negated events are ignored."""
    from .pipeline import default_pipeline

    pipeline = pipeline or default_pipeline()
    gold = [json.loads(line) for line in (data_dir / "plover_gsr_dev.jsonl").open(encoding="utf-8")]
    docs = pipeline.pipe(Document(id=g["id"], text="", raw_text=g["text"]) for g in gold)
    tp = fp = type_hit = 0
    for g, doc in zip(gold, docs, strict=True):
        actors = {a.id: a for a in doc.actors}

        def ok(ids: list[str], gold_actors: list[dict[str, Any]], actors: dict[str, Any] = actors) -> bool:
            if not gold_actors:
                return True
            countries = {actors[i].country for i in ids if i in actors and actors[i].country}
            names = {n for i in ids if i in actors for n in [actors[i].name.lower(),
                                                             *(m.span.text.lower() for m in actors[i].mentions)]}
            for ga in gold_actors:
                code, text = (ga.get("code") or "").upper(), (ga.get("actorText") or "").lower()
                if code in countries or (text and any(text in n or n in text for n in names)):
                    return True
            return False

        events = [e for e in doc.events if not e.negated]
        match = [e for e in events if e.type == g["event_plover2"] and ok(e.sources, g["source"])
                 and ok(e.targets, g["target"])]
        type_hit += any(e.type == g["event_plover2"] for e in events)
        tp += bool(match)
        fp += len(events) - (1 if match else 0)
    n = len(gold)
    p, r = tp / max(tp + fp, 1), tp / n
    return {"sentences": n, "type_recall": round(type_hit / n, 3), "precision": round(p, 3), "recall": round(r, 3),
            "f1": round(2 * p * r / max(p + r, 1e-9), 3)}


def multicoped_score(data_dir: Path, pipeline: Any = None) -> dict[str, Any]:
    """The shared scorer's Multi-CoPED measure, in process: the share of sentences whose gold five-way
    class is among the quad classes of the (not negated) events found, MAKE_STATEMENT when no event but a
    claim is found. Reported for the whole training file and for its even and odd halves: the rules were
    developed on errors of the even half only, so the odd half is the fairer figure."""
    from .model import PLOVER_QUAD
    from .pipeline import default_pipeline

    pipeline = pipeline or default_pipeline()
    gold = [r for r in (json.loads(line) for line in (data_dir / "multicoped_train.jsonl").open(encoding="utf-8"))
            if r.get("penta_label")]
    docs = pipeline.pipe(Document(id=str(i), text="", raw_text=r["text"]) for i, r in enumerate(gold))
    hits = []
    for r, doc in zip(gold, docs, strict=True):
        classes = {PLOVER_QUAD[e.type].upper().replace(" ", "_") for e in doc.events if not e.negated}
        if not classes and doc.claims:
            classes = {"MAKE_STATEMENT"}
        hits.append(r["penta_label"] in classes)
    even, odd = hits[0::2], hits[1::2]
    return {"sentences": len(hits), "class_recall": round(sum(hits) / max(len(hits), 1), 3),
            "even_half": round(sum(even) / max(len(even), 1), 3), "odd_half": round(sum(odd) / max(len(odd), 1), 3)}


def score_attributions(data_dir: Path, pipeline: Any = None, name: str = "claims_own.txt") -> dict[str, Any]:
    """Speakers and stances on ``name`` (``claims_own.txt``, development, or ``claims_heldout.txt``): for
    each gold attribution, the system claim with the same cue (in order); speaker accuracy over all gold
    attributions (a missed one counts wrong), and stance accuracy on the gold denials."""
    from .pipeline import default_pipeline

    pipeline = pipeline or default_pipeline()
    rows: list[tuple[str, list[tuple[str | None, str, str]]]] = []
    for line in (data_dir / name).read_text(encoding="utf-8").splitlines():
        if not line.strip() or line.startswith("#"):
            continue
        text, _, spec = line.partition(" ||| ")
        gold: list[tuple[str | None, str, str]] = []
        for part in filter(None, (p.strip() for p in spec.split(" ; "))):
            who_cue, _, stance = part.rpartition(" ")
            speaker_id, _, cue = who_cue.partition("@")
            gold.append((speaker_id or None, cue, stance))
        rows.append((text, gold))
    docs = pipeline.pipe(Document(id=str(i), text="", raw_text=t) for i, (t, _) in enumerate(rows))
    n = found = speaker_ok = denials = denials_ok = 0
    errors = []
    for (text, gold), doc in zip(rows, docs, strict=True):
        used: set[str] = set()
        last = None
        for who, cue, stance in gold:
            n += 1
            # the gold cue is the speech verb; the system's may hold its auxiliaries and adverbs too
            claim = next((c for c in doc.claims if c.id not in used and (
                c.cue.text == cue or cue and f" {cue} " in f" {c.cue.text} ")), None)
            if claim is None and not cue and last is not None and sum(map(last.content.text.count, "“”\"")) >= 4:
                # a quote running on after its attribution, which the system keeps in one claim with the
                # quote before it (as PolNeAR marks it): that claim holds this attribution too
                claim, last = last, None
                used.discard(claim.id)
            if stance == "deny":
                denials += 1
            if claim is None:
                errors.append({"text": text[:100], "missed": [who, cue, stance]})
                continue
            used.add(claim.id)
            last = claim
            found += 1
            same = claim.speaker == who or (who is not None and claim.speaker is not None and who.startswith(
                "person:") and claim.speaker.startswith("person:")
                and claim.speaker[7:].rsplit("-", 1)[-1] == who[7:].rsplit("-", 1)[-1])
            speaker_ok += same
            if stance == "deny":
                denials_ok += claim.stance == "deny"
            if not same or claim.stance != stance:
                errors.append({"text": text[:100], "gold": [who, cue, stance], "system": [claim.speaker,
                                                                                            claim.stance]})
    return {"attributions": n, "found": found, "recall": round(found / max(n, 1), 3),
            "speaker_accuracy": round(speaker_ok / max(n, 1), 3),
            "speaker_accuracy_when_found": round(speaker_ok / max(found, 1), 3),
            "denials": denials, "denial_stance_accuracy": round(denials_ok / max(denials, 1), 3), "errors": errors}


def aligner(clean: str, raw: str) -> Any:
    """A function mapping a span of ``clean`` (the cleaned text) to the span of ``raw`` it came from.

    The cleaner joins hard-wrapped lines, collapses spaces and drops page furniture, so offsets are
    matched through the blocks the two texts share (``difflib``); a span whose ends fall outside every
    shared block maps to ``(-1, -1)``."""
    import difflib

    where: dict[int, int] = {}
    matcher = difflib.SequenceMatcher(None, clean, raw, autojunk=False)
    for a, b, size in matcher.get_matching_blocks():
        for k in range(size):
            where[a + k] = b + k

    def place(start: int, end: int) -> tuple[int, int]:
        s, e = where.get(start), where.get(end - 1)
        if s is not None and e is not None and e >= s and raw[s:e + 1].split() == clean[start:end].split():
            return s, e + 1
        # the blocks placed an end on the same character elsewhere (a short run the two texts share):
        # the occurrence of the span's words nearest to where the blocks put it
        words = clean[start:end].split()
        if not words:
            return -1, -1
        guess = s if s is not None else e if e is not None else round(start * len(raw) / max(len(clean), 1))
        pattern = re.compile(r"\s+".join(map(re.escape, words)))
        found = min(pattern.finditer(raw), key=lambda m: abs(m.start() - guess), default=None)
        return (found.start(), found.end()) if found else (-1, -1)

    return place


def polnear_score(data_dir: Path, pipeline: Any = None, split: str = "dev",
                  limit: int | None = None) -> dict[str, Any]:
    """Attribution on PolNeAR: precision/recall/F1 of cue, source (speaker span) and content spans, exact
    and overlapping, under two placements of the system's spans in the raw article:

    * ``aligned`` (the top-level figures): where each span is — offsets of the cleaned text mapped back to
      the raw text;
    * ``first_occurrence``: at the first occurrence of the span's text, as the shared scorer places them —
      which puts every "said" on the article's first "said" and so caps cue and source recall."""
    from .pipeline import default_pipeline

    pipeline = pipeline or default_pipeline()
    gold = [json.loads(line) for line in (data_dir / f"polnear_{split}.jsonl").open(encoding="utf-8")]
    gold = gold[:limit] if limit else gold
    docs = pipeline.pipe(Document(id=g["id"], text="", raw_text=g["text"], title=g.get("title")) for g in gold)
    roles = (("cue", "cue"), ("source", "speaker_span"), ("content", "content"))
    counts = {placement: {role: {"exact": [0, 0, 0, 0], "overlap": [0, 0, 0, 0]} for role, _ in roles}
              for placement in ("aligned", "first")}
    for g, doc in zip(gold, docs, strict=True):
        text = g["text"]
        place = aligner(doc.text, text)
        for role, key in roles:
            gold_spans = [(a[role]["start"], a[role]["end"]) for a in g["attributions"] if a.get(role)]
            spans = [sp for sp in (getattr(c, key) for c in doc.claims) if sp is not None and sp.text]
            placed = {"aligned": [place(sp.start, sp.end) for sp in spans],
                      "first": [(i, i + len(sp.text)) if i >= 0 else (-1, -1)
                                for sp, i in ((sp, text.find(sp.text)) for sp in spans)]}
            for placement, sys_spans in placed.items():
                for mode in ("exact", "overlap"):
                    def hit(a: tuple[int, int], b: tuple[int, int], mode: str = mode) -> bool:
                        return a == b if mode == "exact" else (a[0] < b[1] and b[0] < a[1])
                    c = counts[placement][role][mode]
                    c[0] += sum(any(hit(s, gs) for gs in gold_spans) for s in sys_spans)
                    c[1] += len(sys_spans)
                    c[2] += sum(any(hit(gs, s) for s in sys_spans) for gs in gold_spans)
                    c[3] += len(gold_spans)

    def figures(by_role: dict[str, dict[str, list[int]]]) -> dict[str, Any]:
        out: dict[str, Any] = {"articles": len(gold)}
        for role, modes in by_role.items():
            for mode, (tp_s, n_s, tp_g, n_g) in modes.items():
                p, r = tp_s / max(n_s, 1), tp_g / max(n_g, 1)
                out[f"{role}_{mode}"] = {"precision": round(p, 3), "recall": round(r, 3),
                                         "f1": round(2 * p * r / max(p + r, 1e-9), 3)}
        for mode in ("exact", "overlap"):
            out[f"all_{mode}_f1"] = round(sum(out[f"{r}_{mode}"]["f1"] for r, _ in roles) / 3, 3)
        return out

    return {**figures(counts["aligned"]), "first_occurrence": figures(counts["first"])}


# PLOVER's gold codes that are not ISO 3166-1 alpha-3.
CODE_FIXES = {"JAP": "JPN"}


def shared_data(data_dir: Path, pipeline: Any = None) -> dict[str, Any]:
    """Resolution on the actor-coded sentences of ``../shared/data``.

    * PLOVER gold standard (dev): for every source/target whose code is a state, the share whose
      ``actorText`` is covered by a mention the system resolved to that state (its own ``country``);
    * Multi-CoPED (train): the share of gold source/target spans that overlap any actor mention (the
      corpus has no codes, so this measures finding actors, not resolving them).
    """
    from .pipeline import default_pipeline

    pipeline = pipeline or default_pipeline()
    plover = [json.loads(line) for line in (data_dir / "plover_gsr_dev.jsonl").open(encoding="utf-8")]
    docs = pipeline.pipe(Document(id=r["id"], text="", raw_text=r["text"]) for r in plover)
    located = correct = found = 0
    wrong: list[dict[str, Any]] = []
    for r, doc in zip(plover, docs, strict=True):
        spans = [(m.span.start, m.span.end, a.country, a.id) for a in doc.actors for m in a.mentions]
        for g in r["source"] + r["target"]:
            code = CODE_FIXES.get(g.get("code") or "", g.get("code") or "")
            text = g.get("actorText") or ""
            start = doc.text.find(text) if text else -1
            if len(code) != 3 or not code.isupper() or code in ("IGO", "NGO", "MNC") or start < 0:
                continue
            located += 1
            over = [(c, i) for s, e, c, i in spans if s < start + len(text) and start < e]
            found += bool(over)
            if any(c == code for c, _ in over):
                correct += 1
            else:
                wrong.append({"text": text, "gold": code, "system": over, "sentence": r["text"][:120]})
    multi = [json.loads(line) for line in (data_dir / "multicoped_train.jsonl").open(encoding="utf-8")]
    docs = pipeline.pipe(Document(id=r["id"], text="", raw_text=r["text"]) for r in multi)
    spans_total = spans_found = 0
    for r, doc in zip(multi, docs, strict=True):
        mentions = [(m.span.start, m.span.end) for a in doc.actors for m in a.mentions]
        for g in (r.get("source_spans") or []) + (r.get("target_spans") or []) + (r.get("reciprocal_spans") or []):
            start = doc.text.find(g["text"])
            if start < 0:
                continue
            spans_total += 1
            spans_found += any(s < start + len(g["text"]) and start < e for s, e in mentions)
    return {
        "plover_dev": {"state_actors": located, "found": found, "resolved_to_gold_country": correct,
                       "accuracy": round(correct / max(located, 1), 3), "errors": wrong},
        "multicoped_train": {"source_target_spans": spans_total, "covered_by_an_actor_mention": spans_found,
                             "recall": round(spans_found / max(spans_total, 1), 3)},
    }


def main() -> None:
    root = Path(__file__).resolve().parents[2]
    if "--events" in sys.argv:
        from .pipeline import default_pipeline

        pipeline = default_pipeline()
        both = {"development": score_events(root / "tests" / "data", pipeline),
                "heldout": score_events(root / "tests" / "data", pipeline, name="events_heldout.txt")}
        if "--errors" not in sys.argv:
            for part in both.values():
                part.pop("errors")
        shared = root.parent / "shared" / "data"
        if shared.is_dir():
            both["plover_dev"] = plover_score(shared, pipeline)
            both["multicoped_train"] = multicoped_score(shared, pipeline)
        print(json.dumps(both, indent=2, ensure_ascii=False))
        return
    if "--claims" in sys.argv:
        own = score_attributions(root / "tests" / "data")
        heldout = score_attributions(root / "tests" / "data", name="claims_heldout.txt")
        if "--errors" not in sys.argv:
            own.pop("errors")
            heldout.pop("errors")
        shared = root.parent / "shared" / "data"
        print(json.dumps({"own_attributions": own, "heldout_attributions": heldout,
                          "polnear_dev": polnear_score(shared)},
                         indent=2, ensure_ascii=False))
        return
    if "--shared" in sys.argv:
        out = shared_data(root.parent / "shared" / "data")
        if "--errors" not in sys.argv:
            out["plover_dev"].pop("errors")
        print(json.dumps(out, indent=2, ensure_ascii=False))
        return
    result = evaluate(root / "tests" / "data", root.parent / "shared" / "samples")
    if "--errors" not in sys.argv:
        for part in result.values():
            part.pop("errors")
    print(json.dumps(result, indent=2, ensure_ascii=False))


if __name__ == "__main__":
    main()
