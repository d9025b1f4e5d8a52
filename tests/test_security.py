"""Security: filters are parameters, never SQL; no path leaves the store; exposure is warned about."""

from __future__ import annotations

import pytest
from fastapi.testclient import TestClient

from newsgraph.api import create_app
from newsgraph.runner import ingest
from newsgraph.store import Store

from .conftest import CORPUS

INJECTIONS = ["' OR 1=1 --", "\" OR \"\"=\"", "x'; DROP TABLE documents; --",
              "%' UNION SELECT sql FROM sqlite_master --",
              "ISIS') OR ('a'='a", "1; PRAGMA writable_schema=1", "\x00", "*", "%", "_", "daesh\" OR 1", "NEAR(a b)"]
FILTERS = {
    "documents": ["q", "outlet"], "events": ["actor", "source", "target", "type", "since", "until", "happened"],
    "actors": ["q", "kind"], "claims": ["speaker", "about", "stance"], "corroborations": ["min_origins"],
    "clusters": ["min_reports"], "search": ["q"],
}


@pytest.fixture(scope="module")
def served(tmp_path_factory, pipeline):
    db = tmp_path_factory.mktemp("sec") / "sec.db"
    with Store(db) as store:
        ingest([str(CORPUS)], store, pipeline)
    return db, TestClient(create_app(str(db)), raise_server_exceptions=False)


def counts(db) -> tuple[int, ...]:
    with Store(db) as s:
        return tuple(s.conn.execute(f"SELECT count(*) FROM {t}").fetchone()[0]
                     for t in ("documents", "events", "actors", "claims", "mentions"))


def test_injection_strings_in_every_filter_are_only_values(served):
    db, client = served
    before = counts(db)
    for listing, params in FILTERS.items():
        for param in params:
            for bad in INJECTIONS:
                r = client.get(f"/api/{listing}.json", params={param: bad})
                assert r.status_code in (200, 400), (listing, param, bad, r.status_code, r.text[:200])
                body = r.json()
                if r.status_code == 400:
                    assert body["ok"] is False and body["error"]
                elif param not in ("q", "since", "until", "happened", "min_origins", "min_reports"):
                    # an equality filter with an injection string matches nothing — it was a value
                    assert body["rows"] == [], (listing, param, bad)
    for param in ("actor", "type", "since", "until", "period"):
        for bad in INJECTIONS:
            r = client.get("/api/network.json", params={param: bad})
            assert r.status_code in (200, 400), (param, bad, r.text[:200])
    for path in ("/network", "/timeline", "/events", "/search"):
        for bad in INJECTIONS:
            assert client.get(path, params={"actor": bad, "q": bad, "type": bad}).status_code in (200, 400)
    assert counts(db) == before


@pytest.mark.parametrize("path", ["/articles/..%2F..%2F..%2Fetc%2Fpasswd", "/articles/%2Fetc%2Fpasswd",
                                  "/actors/..%2Fnewsgraph.db", "/api/..%2F..%2Fetc%2Fpasswd.json",
                                  "/static/../../etc/passwd", "/..%2Fsec.db", "/sec.db"])
def test_no_path_reads_a_file(served, path):
    _, client = served
    r = client.get(path)
    assert r.status_code in (400, 404) and "root:" not in r.text and "SQLite format" not in r.text


def test_huge_page_size_is_capped(served):
    _, client = served
    r = client.get("/api/events.json", params={"_size": "100000000"})
    assert r.status_code == 200 and len(r.json()["rows"]) <= 1000
    assert client.get("/api/events.json", params={"_size": "-5"}).status_code in (200, 400)
    assert client.get("/api/events.json", params={"_next": "99999999999999999999999"}).status_code in (200, 400)


def test_serve_warns_when_exposed():
    from newsgraph.cli import _loopback

    assert _loopback("127.0.0.1") and _loopback("::1") and _loopback("localhost")
    assert not _loopback("0.0.0.0") and not _loopback("192.168.1.5") and not _loopback("example.org")
