"""Parallel and distributed ingest: worker processes and a real Dask LocalCluster store exactly what
one process stores, and a worker killed in the middle costs nothing."""

from __future__ import annotations

import os
import signal
from functools import partial
from pathlib import Path

import pytest

from newsgraph.runner import ingest
from newsgraph.store import Store

from .conftest import CORPUS, SAMPLES, run_cli

pytestmark = pytest.mark.slow


def inputs() -> list[str]:
    """The bundled corpus, and the five real samples when ../shared is beside the project."""
    return [str(CORPUS)] + ([str(SAMPLES)] if SAMPLES.is_dir() else [])


def dump(db: Path) -> tuple[list[dict[str, object]], list[tuple[object, ...]]]:
    with Store(db) as store:
        docs = [{k: v for k, v in d.items() if k != "ingested_at"}
                for d in store.iter_documents(with_extraction=True)]
        events = [tuple(r) for r in store.conn.execute(
            "SELECT d.id, e.event_id, e.cluster FROM events e JOIN documents d ON d.rowid = e.doc_rowid "
            "ORDER BY e.rowid")]
        assert store.check() == []
    return docs, events


@pytest.fixture(scope="module")
def one_process(tmp_path_factory, pipeline):
    db = tmp_path_factory.mktemp("one") / "one.db"
    with Store(db) as store:
        summary = ingest(inputs(), store, pipeline, batch_size=3)
    assert summary.ok and summary.new >= 9
    return dump(db)


def test_two_worker_processes_store_what_one_process_stores(tmp_path, one_process):
    from newsgraph.parallel import process_pool

    with Store(tmp_path / "two.db") as store:
        summary = ingest(inputs(), store, batch_size=3, process=partial(process_pool, workers=2, chunk_size=2))
    assert summary.ok
    assert dump(tmp_path / "two.db") == one_process


def test_dask_local_cluster_survives_a_killed_worker(tmp_path, one_process):
    from newsgraph.cluster import connect, on_dask

    killed: list[int] = []
    with connect("local", workers=2) as client, Store(tmp_path / "dask.db") as store:
        pids = client.run(os.getpid)
        assert len(pids) == 2

        def kill_one_worker(results: object) -> None:
            if not killed:  # after the first batch is stored, with chunks in flight on both workers
                victim = sorted(pids.values())[0]
                os.kill(victim, signal.SIGKILL)
                killed.append(victim)

        summary = ingest(inputs(), store, batch_size=1, on_stored=kill_one_worker,
                         process=partial(on_dask, client=client, chunk_size=1))
        assert summary.ok and killed
        assert set(client.run(os.getpid).values()) != set(pids.values())  # the nanny started a new worker
        (total, distinct), = store.conn.execute("SELECT count(*), count(DISTINCT id) FROM documents")
        assert total == distinct == summary.new
    assert dump(tmp_path / "dask.db") == one_process


def test_workers_option_on_the_command_line(tmp_path):
    db = tmp_path / "cli.db"
    done = run_cli("ingest", str(CORPUS), "--db", str(db), "--workers", "2", "--quiet")
    assert done.returncode == 0, done.stderr.decode()
    assert b"stored 9" in done.stderr
    bad = run_cli("ingest", str(CORPUS), "--db", str(db), "--workers", "0")
    assert bad.returncode == 2 and b"--workers" in bad.stderr
    unreachable = run_cli("ingest", str(CORPUS), "--db", str(db), "--dask", "tcp://127.0.0.1:9")
    assert unreachable.returncode != 0 and b"cannot reach the Dask scheduler" in unreachable.stderr
