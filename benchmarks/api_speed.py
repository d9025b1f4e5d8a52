"""API speed on a large store: every listing's latency, median and 95th percentile, in one run.

    .venv/bin/python benchmarks/api_speed.py [--events 100000] [--requests 40]

Builds a store of synthetic stories (written from templates here: states, groups and event types
drawn at random, five events a story) straight into the store — the NLP pipeline is not the subject
— then times each API listing with varied filters, in process.
"""

from __future__ import annotations

import argparse
import json
import random
import statistics
import tempfile
import time
from pathlib import Path

from fastapi.testclient import TestClient

from newsgraph.api import create_app
from newsgraph.model import Actor, Claim, Document, Event, Mention, Span
from newsgraph.store import Store

STATES = ["IRN", "RUS", "CHN", "PAK", "AFG", "USA", "TUR", "IRQ", "SYR", "SAU", "QAT", "ISR", "EGY", "IND", "GBR"]
GROUPS = ["ISIS", "TALIBAN", "HEZBOLLAH", "HAMAS", "HOUTHIS", "AQ"]
TYPES = ["CONSULT", "ACCUSE", "ASSAULT", "AID", "REJECT", "SUPPORT", "THREATEN", "SANCTION"]


def story(i: int, rng: random.Random) -> Document:
    events, actors, parts = [], {}, []
    for k in range(5):
        src, tgt = rng.choice(STATES), rng.choice(STATES + GROUPS)
        etype = rng.choice(TYPES)
        sentence = f"{src} and {tgt} were reported in event {k} of story {i}, of type {etype.lower()}."
        start = sum(len(p) + 1 for p in parts)
        parts.append(sentence)
        for a in (src, tgt):
            actor = actors.setdefault(a, Actor(id=a, name=a, kind="state" if a in STATES else "armed_group",
                                              country=a if a in STATES else None))
            actor.mentions.append(Mention(Span(start, start + len(a), a)))
        day = f"2018-{rng.randint(1, 12):02d}-{rng.randint(1, 28):02d}"
        events.append(Event(id=f"e{k}", type=etype, evidence=Span(start, start + len(sentence), sentence),
                            sources=[src], targets=[tgt] if tgt != src else [], date=day, date_precision="day",
                            quad="verbal conflict", cameo="11"))
    text = " ".join(parts)
    doc = Document(id=f"s{i}", text=text, raw_text=text, title=f"Synthetic story {i}", source=f"Outlet {i % 7}",
                   published="2018-12-31", actors=list(actors.values()), events=events)
    doc.claims = [Claim(id="c1", cue=Span(0, 3, text[:3]), content=events[0].evidence, speaker=events[0].sources[0],
                        events=["e0"])]
    return doc


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--events", type=int, default=100_000)
    ap.add_argument("--requests", type=int, default=40)
    args = ap.parse_args()
    rng = random.Random(7)
    db = Path(tempfile.mkdtemp()) / "speed.db"
    t = time.perf_counter()
    with Store(db) as store:
        batch = []
        for i in range(args.events // 5):
            batch.append(story(i, rng))
            if len(batch) == 500:
                store.add_batch(batch)
                batch = []
        if batch:
            store.add_batch(batch)
    build = time.perf_counter() - t
    client = TestClient(create_app(str(db)))
    queries = {
        "events": lambda: {"source": rng.choice(STATES), "type": rng.choice(TYPES)},
        "events (page 3, facets)": lambda: {"_next": "100", "_size": "50", "_facet": "type"},
        "events (date range)": lambda: {"since": "2018-03-01", "until": "2018-03-31"},
        "actors": lambda: {},
        "claims": lambda: {"speaker": rng.choice(STATES)},
        "documents (search)": lambda: {"q": f"story {rng.randint(0, args.events // 5)}"},
        "network": lambda: {},
        "network (filtered)": lambda: {"since": f"2018-{rng.randint(1, 6):02d}-{rng.randint(2, 28):02d}",
                                       "until": f"2018-{rng.randint(7, 12):02d}-{rng.randint(1, 27):02d}",
                                       "type": rng.choice(TYPES)},
        "network (by month)": lambda: {"period": "month", "actor": rng.choice(STATES)},
    }
    results = {}
    for name, params in queries.items():
        path = f"/api/{name.split()[0]}.json"
        client.get(path, params=params())  # warm-up: first-use imports are not request latency
        times = []
        for _ in range(args.requests):
            t = time.perf_counter()
            response = client.get(path, params=params())
            times.append((time.perf_counter() - t) * 1000)
            assert response.status_code == 200, (name, response.text[:200])
        times.sort()
        results[name] = {"p50_ms": round(statistics.median(times), 1),
                         "p95_ms": round(times[min(len(times) - 1, int(0.95 * len(times)))], 1)}
    print(json.dumps({"events": args.events, "build_seconds": round(build, 1), "listings": results}, indent=2))


if __name__ == "__main__":
    main()
