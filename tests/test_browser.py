"""The pages in a real browser: Playwright driving Debian's Chromium over a store built from the samples.

Saves a screenshot of every page to docs/screenshots/. Skips, saying why, when Chromium or Playwright
is not installed (`.ci/run` installs both).
"""

from __future__ import annotations

import json
import shutil
import socket
import threading
import time
from pathlib import Path

import pytest

from .conftest import CORPUS, ROOT

CHROMIUM = shutil.which("chromium") or "/usr/bin/chromium"
SHOTS = ROOT / "docs" / "screenshots"
pytestmark = pytest.mark.slow


@pytest.fixture(scope="module")
def server(tmp_path_factory, shared_samples, pipeline):
    if not Path(CHROMIUM).exists():
        pytest.skip("Chromium is not installed (apt-get install chromium; .ci/run does it)")
    pytest.importorskip("playwright.sync_api", reason="playwright is not installed (pip install -e .[dev])")
    import uvicorn

    from newsgraph.api import create_app
    from newsgraph.runner import ingest
    from newsgraph.store import Store

    folder = tmp_path_factory.mktemp("browser")
    evil = folder / "evil.txt"
    evil.write_text("Evil headline\n\nIran accused Iraq of lying <script>window.__pwned = 1</script> "
                    "<img src=x onerror=\"window.__pwned = 2\"> on Tuesday.", encoding="utf-8")
    hostile = folder / "hostile.jsonl"
    hostile.write_text(json.dumps({
        "id": "xss-1", "title": '<img src=x onerror="window.__pwned = 3">Headline',
        "url": "javascript:window.__pwned = 4", "source": "<svg onload=\"window.__pwned = 5\">",
        "text": "Russia accused Turkey of shelling <iframe src=javascript:window.__pwned=7> Idlib on Monday, "
                "officials said. \"</title><script>window.__pwned = 8</script>\", a spokesman said.",
    }) + "\n", encoding="utf-8")
    db = folder / "b.db"
    with Store(db) as store:
        ingest([str(shared_samples[0].parent), str(CORPUS), str(evil), str(hostile)], store, pipeline)
        # an actor name from a hostile actor file
        store.conn.execute("UPDATE actors SET name = '<img src=x onerror=\"window.__pwned = 6\">Turkey' "
                           "WHERE actor_id = 'TUR'")
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    srv = uvicorn.Server(uvicorn.Config(create_app(str(db)), host="127.0.0.1", port=port, log_level="warning"))
    thread = threading.Thread(target=srv.run, daemon=True)
    thread.start()
    for _ in range(100):
        if srv.started:
            break
        time.sleep(0.1)
    yield f"http://127.0.0.1:{port}"
    srv.should_exit = True
    thread.join(timeout=10)


@pytest.fixture(scope="module")
def browser(server):
    from playwright.sync_api import sync_playwright

    with sync_playwright() as p:
        b = p.chromium.launch(executable_path=CHROMIUM, headless=True, args=[
            "--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update",
            "--disable-sync", "--disable-quic", "--no-first-run"])
        yield b
        b.close()


def test_every_page_loads_and_is_captured(server, browser):
    SHOTS.mkdir(parents=True, exist_ok=True)
    page = browser.new_page(viewport={"width": 1200, "height": 900})
    outside: list[str] = []
    page.on("request", lambda r: outside.append(r.url) if not r.url.startswith(server) else None)
    for name, path in [("network", "/network"), ("timeline", "/timeline"), ("timeline-by-type", "/timeline?by=type"),
                       ("events", "/events"),
                       ("contradictions", "/contradictions"), ("search", "/search?q=daesh"),
                       ("actor", "/actors/ISIS"), ("article", "/articles/wire-2018-0311")]:
        response = page.goto(server + path)
        assert response is not None and response.ok, path
        assert page.locator("h1").count() == 1
        page.screenshot(path=str(SHOTS / f"{name}.png"), full_page=True)
    assert outside == []  # nothing is fetched from outside the server


def test_click_network_edge_to_evidence_to_article(server, browser):
    page = browser.new_page()
    page.goto(server + "/network")
    edge = page.locator('svg a[href^="/events?"]').first
    edge.dispatch_event("click")
    page.wait_for_url("**/events?**")
    assert page.locator("td.evidence").count() >= 1
    page.locator("a.article").first.click()
    page.wait_for_url("**/articles/**")
    assert page.locator("mark.actor").count() > 0


def test_filter_and_csv_download(server, browser, tmp_path):
    page = browser.new_page()
    page.goto(server + "/events")
    page.fill("input[name=type]", "ACCUSE")
    page.click("form button")
    page.wait_for_url("**type=ACCUSE**")
    types = page.locator("tr td:nth-child(2)").all_inner_texts()
    assert types and set(types) == {"ACCUSE"}
    with page.expect_download() as info:
        page.click("a.csv")
    saved = tmp_path / "events.csv"
    info.value.save_as(saved)
    lines = saved.read_text(encoding="utf-8").splitlines()
    assert lines[0].startswith("id,") and len(lines) == len(types) + 1 or len(lines) > 1


def test_article_text_is_inert(server, browser):
    page = browser.new_page()
    page.goto(server + "/search?q=lying")
    page.locator("table a").first.click()
    page.wait_for_url("**/articles/**")
    assert page.evaluate("window.__pwned") is None
    assert "<script>" in page.inner_text("body")  # shown as text, not run


def test_hostile_titles_urls_outlets_and_actor_names_stay_inert(server, browser):
    page = browser.new_page()
    dialogs: list[str] = []
    page.on("dialog", lambda d: (dialogs.append(d.message), d.dismiss()))
    for path in ("/articles/xss-1", "/actors/TUR", "/network", "/network?actor=TUR", "/events?source=RUS",
                 "/timeline?actor=TUR", "/search?q=shelling", "/contradictions", "/actors/RUS"):
        response = page.goto(server + path)
        assert response is not None and response.ok, path
        assert page.evaluate("window.__pwned") is None, path
        assert page.locator("script").count() == 0, path
        hrefs = page.eval_on_selector_all("a", "els => els.map(e => e.getAttribute('href') || '')")
        assert not any(h.strip().lower().startswith("javascript:") for h in hrefs), path
    assert dialogs == []
    page.goto(server + "/articles/xss-1")
    assert "onerror" in page.inner_text("body")  # the title is shown as text
