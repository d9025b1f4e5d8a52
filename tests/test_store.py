"""The SQLite store, on real files: schema, idempotence, transactions, duplicates, search."""

from __future__ import annotations

import sqlite3

import pytest

from newsgraph.dedup import NearDuplicates, content_hash, shingles
from newsgraph.errors import StoreError
from newsgraph.model import Actor, Document, Mention, Span
from newsgraph.store import Store
from newsgraph.store.schema import SCHEMA_VERSION

STORY = (
    "The intelligence chiefs of Afghanistan, Iran, Russia and Uzbekistan met in Kabul on Tuesday to coordinate "
    "their response to the Islamic State's Khorasan branch, officials said. Russia's delegation accused the "
    "United States of failing to stop the group's expansion in the north of the country, a charge Washington "
    "rejected. The State Department said American forces had killed hundreds of fighters in Nangarhar province "
    "since January. Iran did not send weapons to any Afghan faction, an Iranian diplomat told reporters."
)
OTHER = (
    "Germany pledged 350 million euros on Wednesday to help Iraq rebuild Mosul, the city recaptured from the "
    "Islamic State last year, at a donor conference in Kuwait. Iraqi Prime Minister Haider al-Abadi thanked "
    "the German government and said the money would restore water and power to the western districts."
)


def doc(doc_id: str, text: str, title: str = "T", source: str | None = None) -> Document:
    d = Document(id=doc_id, text=text, raw_text=text, title=title, source=source, input_format="txt")
    start = text.find("Iran")
    if start >= 0:
        d.actors = [Actor(id="a1", name="Iran", mentions=[Mention(Span.of(text, start, start + 4))])]
    return d


def test_new_store_is_wal_with_current_schema(store):
    assert store.conn.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
    assert store.schema_version == SCHEMA_VERSION
    assert store.check() == []


def test_same_article_twice_is_one_row(store):
    assert store.add_batch([doc("a", STORY)])[0].status == "new"
    assert store.add_batch([doc("a", STORY)])[0].status == "existing"
    assert store.count() == 1


def test_exact_duplicate_from_another_outlet_is_linked_not_dropped(store):
    store.add_batch([doc("a", STORY, source="Wire A")])
    [result] = store.add_batch([doc("b", STORY.replace("officials said.", "officials  said!"), source="Wire B")])
    assert (result.status, result.duplicate_of, result.duplicate_kind) == ("duplicate", "a", "exact")
    assert store.count() == 2
    assert store.stats()["stories"] == 1


def test_near_duplicate_is_linked_and_a_different_story_is_not(store):
    store.add_batch([doc("a", STORY)])
    syndicated = "KABUL (Wire) — " + STORY.replace("since January.", "since January, a spokesman added.")
    [near] = store.add_batch([doc("b", syndicated)])
    assert near.status == "duplicate" and near.duplicate_kind == "near" and near.duplicate_of == "a"
    assert 0.8 <= near.similarity < 1.0
    [other] = store.add_batch([doc("c", OTHER)])
    assert other.status == "new" and other.duplicate_of is None


def test_follow_up_story_sharing_one_paragraph_is_not_a_duplicate(store):
    store.add_batch([doc("a", STORY)])
    follow_up = STORY.split(". ")[0] + ". " + OTHER + " " + OTHER.replace("Germany", "France")
    assert store.add_batch([doc("b", follow_up)])[0].status == "new"


def test_duplicate_of_a_duplicate_points_to_the_first_copy(store):
    store.add_batch([doc("a", STORY)])
    store.add_batch([doc("b", STORY + " Extra.")])
    [third] = store.add_batch([doc("c", STORY + " Extra.")])
    assert third.duplicate_of == "a"


def test_threshold_is_configurable(tmp_path):
    syndicated = "KABUL (Wire) — " + STORY.replace("since January.", "since January, a spokesman added.")
    with Store(tmp_path / "strict.db", dedup_threshold=0.95) as s:
        s.add_batch([doc("a", STORY)])
        assert s.add_batch([doc("b", syndicated)])[0].status == "new"


def test_similarity_estimate_tracks_true_jaccard():
    nd = NearDuplicates(0.8)
    a, b = shingles(STORY), shingles("KABUL — " + STORY)
    true = len(a & b) / len(a | b)
    est = nd.similarity(nd.signature(STORY), nd.signature("KABUL — " + STORY))
    assert abs(est - true) < 0.1
    assert content_hash("A  b, C.") == content_hash("a b c")


def test_failed_batch_is_rolled_back_whole(store):
    bad = doc("b", OTHER)
    bad.actors = [Actor(id="x", name=None, mentions=[Mention(Span(0, 1, "G"))])]  # type: ignore[arg-type]
    with pytest.raises(sqlite3.IntegrityError):
        store.add_batch([doc("a", STORY), bad])
    assert store.count() == 0 and store.check() == []


def test_search_with_snippet_and_plain_word_fallback(store):
    store.add_batch([doc("a", STORY, title="Kabul talks"), doc("b", OTHER, title="Mosul aid")])
    hits = store.search("khorasan")
    assert [h["id"] for h in hits] == ["a"] and "[Khorasan]" in hits[0]["snippet"]
    assert [h["id"] for h in store.search("mosul OR kabul")] in (["a", "b"], ["b", "a"])
    assert store.search('"unbalanced quote') == []  # invalid FTS5 syntax is searched as words, no crash
    assert [h["id"] for h in store.search("Mosul (Kuwait")] == ["b"]


def test_stats_and_export(store):
    store.add_batch([doc("a", STORY, source="W"), doc("b", OTHER, source="V")])
    s = store.stats()
    assert (s["documents"], s["stories"], s["sources"], s["actor_mentions"]) == (2, 2, 2, 1)
    rows = list(store.iter_documents(with_extraction=True))
    assert [r["id"] for r in rows] == ["a", "b"] and rows[0]["actors"][0]["name"] == "Iran"


def test_store_from_newer_newsgraph_is_refused(tmp_path):
    path = tmp_path / "new.db"
    Store(path).close()
    conn = sqlite3.connect(path)
    conn.execute(f"PRAGMA user_version = {SCHEMA_VERSION + 1}")
    conn.close()
    with pytest.raises(StoreError, match="newer than this newsgraph"):
        Store(path)


def test_file_that_is_not_a_store(tmp_path):
    path = tmp_path / "junk.db"
    path.write_bytes(b"this is not sqlite" * 100)
    with pytest.raises(StoreError, match="not a newsgraph store"):
        Store(path)


def test_db_path_from_environment(tmp_path, monkeypatch):
    monkeypatch.setenv("NEWSGRAPH_DB", str(tmp_path / "env.db"))
    with Store() as s:
        assert s.path == tmp_path / "env.db"


def test_threshold_out_of_range_is_a_config_error(tmp_path):
    from newsgraph.errors import ConfigError

    with pytest.raises(ConfigError, match="NEWSGRAPH_DEDUP_THRESHOLD"):
        Store(tmp_path / "x.db", dedup_threshold=0.99)


def test_same_happening_in_two_articles_is_one_cluster(store):
    from newsgraph.model import Event

    def article(doc_id: str, text: str, date: str, source: str = "IRN") -> Document:
        d = doc(doc_id, text)
        d.actors = [Actor(id=source, name=source, kind="state", country=source),
                    Actor(id="ISIS", name="Islamic State", kind="armed_group")]
        d.events = [Event(id="e1", type="ASSAULT", evidence=Span.of(text, 0, 10), sources=[source], targets=["ISIS"],
                          date=date, date_precision="day")]
        return d

    store.add_batch([article("a", STORY, "2018-07-10"), article("b", OTHER, "2018-07-11"),
                     article("c", OTHER + " Later.", "2018-09-01"),
                     article("d", STORY + " Other.", "2018-07-10", "USA")])
    [cluster] = store.event_clusters()
    assert cluster["reports"] == 2 and set(cluster["documents"]) == {"a", "b"}
    assert cluster["sources"] == ["IRN"] and cluster["independent_origins"] == 2


def _random_events_store(store: Store, n_docs: int = 80) -> None:
    import random

    from newsgraph.model import PLOVER_QUAD, Event

    rng = random.Random(3)
    states = ["IRN", "RUS", "USA", "PAK", "AFG", "ISIS"]
    docs = []
    for i in range(n_docs):
        text = f"Story {i}: " + " ".join(rng.choice(["talks", "strikes", "aid", "denial", "visit"]) for _ in range(30))
        d = Document(id=f"n{i}", text=text, raw_text=text, input_format="txt")
        d.actors = [Actor(id=a, name=a, kind="state", country=a, mentions=[Mention(Span.of(text, 0, 5))])
                    for a in states]
        for k in range(4):
            etype = rng.choice(["CONSULT", "ACCUSE", "ASSAULT", "AID"])
            when = rng.choice([None, f"2018-{rng.randint(1, 12):02d}-{rng.randint(1, 28):02d}",
                               f"2018-{rng.randint(1, 12):02d}-{rng.randint(1, 28):02d}"])
            ev = Event(id=f"e{k}", type=etype, evidence=Span.of(text, 0, 8),
                       sources=rng.sample(states, rng.randint(1, 2)), targets=rng.sample(states, rng.randint(0, 2)),
                       date=when, date_precision="day" if when else None, negated=rng.random() < 0.15,
                       quad=PLOVER_QUAD[etype])
            if rng.random() < 0.2:
                ev.modality = "alleged"
            d.events.append(ev)
        docs.append(d)
    for i in range(0, n_docs, 20):
        store.add_batch(docs[i:i + 20])


def _brute_network(store: Store, **f: str | None) -> dict[tuple[str, str, str], int]:
    out: dict[tuple[str, str, str], int] = {}
    for e in store.events(limit=10**6, since=f.get("since"), until=f.get("until"), type=f.get("type"),
                          happened_only=bool(f.get("happened"))):
        if e["negated"]:
            continue
        for s in e["sources"]:
            for t in e["targets"]:
                if s != t and (not f.get("actor") or f["actor"] in (s, t)):
                    out[(s, t, e["type"])] = out.get((s, t, e["type"]), 0) + 1
    return out


@pytest.mark.parametrize("filters", [
    {}, {"since": "2018-03-01", "until": "2018-06-30"}, {"since": "2018-03-03", "until": "2018-03-27"},
    {"since": "2018-02-10", "until": "2018-11-05"}, {"since": "2018-07-01"}, {"until": "2018-02-28"},
    {"since": "2018-05-05", "type": "ACCUSE"}, {"actor": "RUS", "until": "2018-09-09"}, {"happened": "1"},
])
def test_network_from_monthly_aggregate_equals_counting_every_event(store, filters):
    _random_events_store(store)
    got = {(r["source"], r["target"], r["type"]): r["weight"] for r in store.network_edges(
        actor=filters.get("actor"), type=filters.get("type"), since=filters.get("since"), until=filters.get("until"),
        happened_only=bool(filters.get("happened")))}
    assert got == _brute_network(store, **filters) and got


def test_network_by_period_and_aggregate_rebuilt_by_migration(store):
    from newsgraph.store.schema import MIGRATIONS

    _random_events_store(store, 40)
    by_month = store.network_edges(period="month", since="2018-04-10", until="2018-08-20")
    assert {r["period"] for r in by_month} == {"2018-04", "2018-05", "2018-06", "2018-07", "2018-08"}
    total = sum(r["weight"] for r in store.network_edges(since="2018-04-10", until="2018-08-20"))
    assert sum(r["weight"] for r in by_month) == total
    before = store.network_edges()
    store.conn.execute("DELETE FROM network_months")
    *_, months, alltime = [s for s in MIGRATIONS[6].split(";") if s.strip()]
    store.conn.execute(months)
    store.conn.execute(alltime)
    assert store.network_edges() == before
