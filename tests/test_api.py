"""The HTTP API on a real store built from the bundled corpus."""

from __future__ import annotations

import csv
import io

import pytest
from fastapi.testclient import TestClient

from newsgraph.api import create_app
from newsgraph.runner import ingest
from newsgraph.store import Store

from .conftest import CORPUS


@pytest.fixture(scope="module")
def client(tmp_path_factory, pipeline):
    db = tmp_path_factory.mktemp("api") / "api.db"
    with Store(db) as store:
        ingest([str(CORPUS)], store, pipeline)
    return TestClient(create_app(str(db)))


def test_envelope_pages_and_facets(client):
    first = client.get("/api/events.json", params={"_size": 3, "_facet": "type"}).json()
    assert first["ok"] is True and len(first["rows"]) == 3 and first["next"] == "3" and first["truncated"] is False
    assert {f["value"] for f in first["facets"]["type"]} >= {"ACCUSE"}
    assert sum(f["count"] for f in first["facets"]["type"]) == first["count"]
    second = client.get("/api/events.json", params={"_size": 3, "_next": first["next"]}).json()
    assert second["rows"] and second["rows"][0] != first["rows"][0]


def test_filters(client):
    rows = client.get("/api/events.json", params={"source": "Saudi Arabia", "type": "accuse"}).json()["rows"]
    assert [r["targets"] for r in rows] == [["QAT"]]
    hits = client.get("/api/search.json", params={"q": "daesh"}).json()["rows"]
    assert hits and all("[Daesh]" in h["snippet"] for h in hits)
    actors = client.get("/api/actors.json", params={"kind": "armed_group"}).json()["rows"]
    assert actors and all(a["kind"] == "armed_group" for a in actors)


def test_downloads(client):
    response = client.get("/api/events.csv")
    assert response.headers["content-type"].startswith("text/csv")
    rows = list(csv.DictReader(io.StringIO(response.text)))
    assert rows and "evidence" in rows[0]
    lines = client.get("/api/claims.jsonl").text.splitlines()
    assert lines and lines[0].startswith("{")


def test_error_envelope(client):
    body = client.get("/api/nothing.json").json()
    assert body == {"ok": False, "error": body["error"], "status": 404} and "events" in body["error"]
    assert client.get("/api/search.json").json()["status"] == 400
    assert client.get("/api/events.xml").json()["status"] == 400
    for path in ("/api/events.json?_size=many", "/api/corroborations.json?min_origins=x",
                 "/api/clusters.json?min_reports=-", "/api/actors.json?_next=z"):
        response = client.get(path)
        assert response.status_code == 400 and response.json()["ok"] is False, path
    for listing in ("documents", "events", "actors", "claims", "contradictions", "corroborations", "clusters"):
        for fmt in ("json", "csv", "jsonl"):
            assert client.get(f"/api/{listing}.{fmt}").status_code == 200, (listing, fmt)


def test_network_openapi_and_index(client):
    net = client.get("/api/network.json").json()
    assert net["nodes"] and net["edges"] and {"source", "target", "weight", "type"} <= set(net["edges"][0])
    spec = client.get("/openapi.json").json()
    assert "/api/{name}.{fmt}" in spec["paths"] and "/api/network.json" in spec["paths"]
    page = client.get("/about").text
    assert "newsgraph" in page and "http" not in page.replace('href="/', "")  # nothing from outside
    assert client.get("/", follow_redirects=False).headers["location"] == "/network"


def test_pages_render_offline(client):
    import re

    for path in ("/network", "/network?type=ACCUSE", "/timeline", "/timeline?actor=ISIS", "/contradictions",
                 "/events?source=SAU",
                 "/search?q=taliban", "/actors/ISIS", "/articles/wire-2018-0311"):
        response = client.get(path)
        assert response.status_code == 200, path
        assert not re.search(r"(src|href)=[\"']https?://", response.text), path  # no outside assets
    net = client.get("/network").text
    assert "<svg" in net and "<line" in net and "/events?source=" in net
    article = client.get("/articles/wire-2018-0311").text
    assert '<mark class="actor">Pakistan</mark>' in article and "Claims" in article
    assert client.get("/actors/nobody-here").status_code == 404


@pytest.mark.slow
def test_report_is_self_contained(tmp_path, shared_samples):
    import re

    from .conftest import run_cli

    db = str(tmp_path / "r.db")
    assert run_cli("ingest", str(shared_samples[0].parent), "--db", db).returncode == 0
    out = tmp_path / "brief.html"
    result = run_cli("report", "--actor", "United States", "--db", db, "-o", str(out))
    assert result.returncode == 0, result.stderr.decode()
    text = out.read_text(encoding="utf-8")
    assert "Brief: United States" in text and "<svg" in text and "USA|SUPPORT|ISIS" in text
    assert not re.search(r"(?<![-\w])(src|href)=[\"']", text) and "<script" not in text
    assert run_cli("report", "--actor", "Nobody", "--db", db).returncode == 1


def test_untrusted_text_renders_inert(tmp_path, pipeline):
    story = tmp_path / "x.txt"
    story.write_text("Evil <script>alert(1)</script> headline\n\nIran accused <img src=x onerror=alert(1)> "
                     "Iraq of <b>lying</b> on Tuesday.", encoding="utf-8")
    db = tmp_path / "x.db"
    with Store(db) as store:
        ingest([str(story)], store, pipeline)
        doc_id = store.conn.execute("SELECT id FROM documents").fetchone()[0]
    client = TestClient(create_app(str(db)))
    for path in (f"/articles/{doc_id}", "/search?q=lying", "/events"):
        text = client.get(path).text
        assert "<script>alert" not in text and "<img src=x" not in text, path
    assert "&lt;script&gt;" in client.get(f"/articles/{doc_id}").text
    # the API hands the text over as data, never as a page
    assert client.get("/api/documents.json").headers["content-type"].startswith("application/json")


def test_network_filters_periods_and_per_type_timeline(client):
    whole = client.get("/api/network.json").json()
    saudi = client.get("/api/network.json", params={"actor": "SAU"}).json()
    assert saudi["edges"] and all("SAU" in (e["source"], e["target"]) for e in saudi["edges"])
    assert len(saudi["edges"]) < len(whole["edges"])
    monthly = client.get("/api/network.json", params={"period": "month"}).json()
    assert all(e["period"] == (e["start"] or "")[:7] for e in monthly["edges"] if e["start"] == e["end"])
    assert sum(e["weight"] for e in monthly["edges"]) == sum(e["weight"] for e in whole["edges"])
    bad = client.get("/api/network.json", params={"period": "fortnight"})
    assert bad.status_code == 400 and bad.json()["ok"] is False and "period" in bad.json()["error"]
    page = client.get("/timeline", params={"by": "type"}).text
    assert "ACCUSE (" in page and page.count("<line") >= 2 and "one row per type" in page


def test_documents_paged_in_sql_with_facets_over_all_rows(client):
    first = client.get("/api/documents.json", params={"_size": 2, "_facet": "outlet"}).json()
    assert len(first["rows"]) == 2 and first["next"] == "2" and first["count"] > 2
    assert sum(f["count"] for f in first["facets"]["outlet"]) <= first["count"]
    assert sum(f["count"] for f in first["facets"]["outlet"]) > 2  # counted over every row, not the page
    rest = client.get("/api/documents.json", params={"_size": 1000, "_next": 2}).json()
    assert len(rest["rows"]) == first["count"] - 2 and "raw_text" not in rest["rows"][0]
    one = first["facets"]["outlet"][0]
    assert client.get("/api/documents.json", params={"outlet": one["value"]}).json()["count"] == one["count"]
