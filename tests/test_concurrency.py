"""Concurrency on one store file: API reads while an ingest writes (WAL), and two ingests at once."""

from __future__ import annotations

import pytest
from fastapi.testclient import TestClient

from newsgraph.api import create_app

from .test_interrupt import check_consistent, corpus, start, stored

pytestmark = pytest.mark.slow


def test_api_reads_while_an_ingest_writes(tmp_path):
    path, db = tmp_path / "c.jsonl", tmp_path / "s.db"
    corpus(path, 300)
    proc = start(path, db)
    client = TestClient(create_app(str(db)))
    seen, requests = [], 0
    while proc.poll() is None or not seen:
        if not db.exists():
            continue
        docs = client.get("/api/documents.json", params={"_size": "1"})
        events = client.get("/api/events.json", params={"_facet": "type", "type": "ACCUSE"})
        net = client.get("/api/network.json")
        for r in (docs, events, net):
            assert r.status_code == 200, r.text[:300]
        seen.append(docs.json()["count"])
        # a reader sees whole batches only, and never fewer articles than before
        assert seen[-1] % 25 == 0 or seen[-1] == 300, seen
        assert seen == sorted(seen)
        requests += 3
    assert proc.returncode == 0, proc.stderr.read().decode()
    assert len(set(seen)) > 2, seen  # the reads really overlapped the writes
    assert client.get("/api/documents.json").json()["count"] == 300 == stored(db)


def test_two_ingests_at_once_on_one_store(tmp_path):
    path, db = tmp_path / "c.jsonl", tmp_path / "s.db"
    corpus(path, 300)
    first, second = start(path, db), start(path, db)
    errs = [p.communicate(timeout=600)[1].decode() for p in (first, second)]
    codes = [first.returncode, second.returncode]
    # both succeed (one waits for the other's batch), or one stops with a clear message — never corruption
    assert all(c == 0 for c in codes) or any("busy" in e or "locked" in e for e in errs), (codes, errs)
    assert check_consistent(db) == 300


def test_a_writer_held_up_too_long_gets_a_clear_message(tmp_path, monkeypatch):
    import sqlite3

    from newsgraph.errors import StoreError
    from newsgraph.store import Store

    db = tmp_path / "s.db"
    Store(db).close()
    other = sqlite3.connect(db, isolation_level=None)
    other.execute("BEGIN IMMEDIATE")  # another process holds the write lock
    try:
        with Store(db) as store:
            store.conn.execute("PRAGMA busy_timeout = 200")
            with pytest.raises(StoreError, match="is busy: another process has held its write lock"):
                store.add_batch([])
    finally:
        other.execute("ROLLBACK")
        other.close()
