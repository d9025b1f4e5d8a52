"""Ctrl-C and kill -9 in the middle of an ingest leave no half-written rows; a rerun stores each article once."""

from __future__ import annotations

import json
import os
import signal
import sqlite3
import subprocess
import sys
import time

import pytest

from newsgraph.store import Store

pytestmark = pytest.mark.slow

N = 800


def corpus(path, n=N):
    states = ["Iran", "Russia", "China", "Pakistan", "Turkey", "Iraq", "Syria", "Afghanistan"]
    with open(path, "w", encoding="utf-8") as fh:
        for i in range(n):
            a, b = states[i % 8], states[(i * 3 + 1) % 8]
            text = (f"Officials from {a} and {b} met in Geneva on Tuesday for round {i} of talks on the war. "
                    f"{a}'s delegation accused {b} of supplying weapons to militants, a charge {b} rejected. "
                    f"The talks, number {i}, ended without agreement, diplomats said.")
            fh.write(json.dumps({"id": f"r{i}", "text": text, "source": "Test Wire"}) + "\n")


def stored(db) -> int:
    try:
        conn = sqlite3.connect(db)
        try:
            return conn.execute("SELECT count(*) FROM documents").fetchone()[0]
        finally:
            conn.close()
    except sqlite3.Error:
        return 0


def start(path, db):
    return subprocess.Popen([sys.executable, "-m", "newsgraph", "ingest", str(path), "--db", str(db),
                             "--batch-size", "25"], stdout=subprocess.PIPE, stderr=subprocess.PIPE)


def wait_for_rows(proc, db, minimum=100, timeout=120):
    deadline = time.time() + timeout
    while time.time() < deadline:
        if stored(db) >= minimum:
            return
        assert proc.poll() is None, proc.stderr.read().decode()
        time.sleep(0.05)
    pytest.fail("ingest stored nothing in time")


def check_consistent(db) -> int:
    with Store(db) as s:
        assert s.check() == []
        conn = s.conn
        ids = [r[0] for r in conn.execute("SELECT id FROM documents")]
        assert len(ids) == len(set(ids))
        # Every stored document has its whole batch: its extraction, signature and band keys.
        for table in ("extractions", "minhash"):
            assert conn.execute(f"SELECT count(*) FROM {table}").fetchone()[0] == len(ids)
        return len(ids)


@pytest.mark.parametrize("sig", [signal.SIGKILL, signal.SIGINT], ids=["kill-9", "ctrl-c"])
def test_interrupted_ingest_resumes_and_stores_each_article_once(tmp_path, sig):
    path, db = tmp_path / "big.jsonl", tmp_path / "s.db"
    corpus(path)
    proc = start(path, db)
    wait_for_rows(proc, db)
    os.kill(proc.pid, sig)
    proc.wait(timeout=60)
    if sig == signal.SIGINT:
        assert proc.returncode == 130
        assert b"interrupted" in proc.stderr.read()
    else:
        assert proc.returncode == -signal.SIGKILL
    before = check_consistent(db)
    assert 0 < before < N and before % 25 == 0  # whole batches only

    rerun = start(path, db)
    out, err = rerun.communicate(timeout=600)
    assert rerun.returncode == 0, err.decode()
    assert f"already stored {before}".encode() in err
    assert check_consistent(db) == N


def test_twenty_kills_at_random_points_never_corrupt_the_store(tmp_path):
    """SIGKILL at 20 random moments (while loading the model, migrating, parsing, committing): after
    each, the store opens, passes PRAGMA integrity_check, holds whole batches only; a last run
    completes with every article stored exactly once."""
    import random

    n = 400
    path, db = tmp_path / "c.jsonl", tmp_path / "s.db"
    corpus(path, n)
    rng = random.Random(20)
    counts = []
    for _ in range(20):
        proc = start(path, db)
        time.sleep(rng.uniform(0.2, 6.0))
        proc.kill()
        proc.wait(timeout=60)
        if db.exists():
            counts.append(check_consistent(db))
            assert counts[-1] % 25 == 0  # whole batches only
    assert counts and counts == sorted(counts)  # nothing stored was ever lost
    rerun = start(path, db)
    _, err = rerun.communicate(timeout=600)
    assert rerun.returncode == 0, err.decode()
    assert check_consistent(db) == n
