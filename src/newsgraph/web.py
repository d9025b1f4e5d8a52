"""Analyst pages, rendered on the server as plain HTML with inline SVG: nothing is fetched from outside,
no JavaScript library is needed. Every page's filters live in its URL, and every list links to its
CSV download in the API.

Pages: ``/network`` (actors sized by mentions, edges coloured by cooperation vs conflict; an edge links
to its events), ``/timeline`` (events per month by quad category), ``/articles/{id}`` (the cleaned
text with actor mentions, event triggers and claims highlighted), ``/actors/{id}``,
``/contradictions``, ``/search``.
"""

from __future__ import annotations

import html
import math
from collections import Counter
from typing import Any
from urllib.parse import quote, urlencode

from .model import PLOVER_QUAD
from .store import Store

QUAD_COLOUR = {"verbal cooperation": "#2b8cbe", "material cooperation": "#0570b0",
               "verbal conflict": "#fb6a4a", "material conflict": "#cb181d"}
STYLE = """body{font:15px/1.45 system-ui,sans-serif;margin:0 auto;max-width:1100px;padding:1em;color:#222}
nav a{margin-right:1em}table{border-collapse:collapse;width:100%}td,th{border-bottom:1px solid #ddd;
padding:.3em;text-align:left;vertical-align:top}mark.actor{background:#d9f0d3}mark.event{background:#fee391}
mark.claim{background:#deebf7}form input,form select{margin-right:.5em}.muted{color:#777}"""


def e(value: Any) -> str:
    return html.escape("" if value is None else str(value))


def page(title: str, body: str) -> str:
    nav = "".join(f'<a href="/{p}">{p}</a>' for p in ("network", "timeline", "events", "contradictions", "search"))
    return (f"<!doctype html><html><head><meta charset='utf-8'><title>{e(title)} · newsgraph</title>"
            f"<style>{STYLE}</style></head><body><nav><b>newsgraph</b> {nav}</nav><h1>{e(title)}</h1>{body}"
            f"</body></html>")


def filter_form(params: dict[str, str], fields: tuple[str, ...]) -> str:
    inputs = "".join(f'<label>{f} <input name="{f}" value="{e(params.get(f, ""))}"></label>' for f in fields)
    return f'<form method="get">{inputs}<button>filter</button></form>'


def network_page(store: Store, params: dict[str, str]) -> str:
    return page("Actor network", filter_form(params, ("actor", "type", "since", "until")) + network_svg(store, params))


def network_svg(store: Store, params: dict[str, str]) -> str:
    """The filtered actor network as an SVG fragment (with its legend)."""
    import networkx as nx

    from .exports import network

    graph = network(store, params.get("happened") in ("1", "true"), actor=params.get("actor") or None,
                    type=params.get("type") or None, since=params.get("since") or None,
                    until=params.get("until") or None)
    if not graph.number_of_nodes():
        return "<p>No events match these filters.</p>"
    undirected = nx.Graph(graph)
    w, h = 1000, 700
    # lay each connected component out in its own box: the largest on the left, the rest in a column
    parts = sorted(nx.connected_components(undirected), key=len, reverse=True)
    boxes = [(30.0, 30.0, 620.0, h - 60.0)]
    rest = len(parts) - 1
    for i in range(rest):
        step = (h - 60.0) / max(rest, 1)
        boxes.append((720.0, 30.0 + i * step, 120.0, max(step - 20.0, 10.0)))
    place: dict[str, tuple[float, float]] = {}
    for part, (bx, by, bw, bh) in zip(parts, boxes, strict=False):
        sub = undirected.subgraph(part)
        pos = nx.spring_layout(sub, k=2.5 / math.sqrt(len(part)), iterations=200, seed=7) if len(part) > 1 \
            else {next(iter(part)): (0.0, 0.0)}
        xs, ys = [p[0] for p in pos.values()], [p[1] for p in pos.values()]
        x0, y0 = min(xs), min(ys)
        sx, sy = (max(xs) - x0) or 1.0, (max(ys) - y0) or 1.0
        for n, (x, y) in pos.items():
            place[n] = (bx + (x - x0) / sx * bw, by + (y - y0) / sy * bh)

    def xy(n: str) -> tuple[float, float]:
        return place[n]

    lines = []
    for s, t, d in graph.edges(data=True):
        (x1, y1), (x2, y2) = xy(s), xy(t)
        link = "/events?" + urlencode({"source": s, "target": t, "type": d["type"]})
        lines.append(f'<a href="{e(link)}"><line x1="{x1:.0f}" y1="{y1:.0f}" x2="{x2:.0f}" y2="{y2:.0f}" '
                     f'stroke="{QUAD_COLOUR.get(d["quad"], "#999")}" stroke-width="{1 + math.log1p(d["weight"]):.1f}"'
                     f' opacity=".7"><title>{e(s)} —{e(d["type"])}→ {e(t)}: {d["weight"]} event(s)</title></line></a>')
    nodes = []
    for n, d in graph.nodes(data=True):
        x, y = xy(n)
        r = 4 + 2.5 * math.log1p(d.get("mentions", 0))
        nodes.append(f'<a href="/actors/{quote(n, safe="")}"><circle cx="{x:.0f}" cy="{y:.0f}" r="{r:.1f}" '
                     f'fill="#555"><title>{e(d.get("label"))}</title></circle><text x="{x + r + 2:.0f}" '
                     f'y="{y + 4:.0f}" font-size="11">{e(d.get("label"))}</text></a>')
    legend = " ".join(f'<span style="color:{c}">■ {q}</span>' for q, c in QUAD_COLOUR.items())
    svg = f'<svg viewBox="0 0 {w} {h}" width="100%">{"".join(lines)}{"".join(nodes)}</svg>'
    return f"<p>{legend} · click an edge for its events and their sentences, a node for the actor.</p>{svg}"


def timeline_page(store: Store, params: dict[str, str]) -> str:
    by = params.get("by", "quad")
    switch = " · ".join(f"<b>{label}</b>" if by == key else
                        f'<a href="/timeline?{e(urlencode({**params, "by": key}))}">{label}</a>'
                        for key, label in (("quad", "stacked by quad category"), ("type", "one row per type")))
    return page("Timeline", filter_form(params, ("actor", "type", "since", "until"))
                + f"<p>{switch}</p>" + timeline_svg(store, params))


def timeline_svg(store: Store, params: dict[str, str]) -> str:
    """Events per month as an SVG fragment with a CSV link: stacked by quad category, or with
    ``by=type`` one row of bars per PLOVER type on a shared time axis (small multiples)."""
    by = "type" if params.get("by") == "type" else "quad"
    filters = {k: params.get(k) for k in ("actor", "type", "since", "until")}
    rows = store.timeline(by=by, **filters)
    counts: Counter[tuple[str, str]] = Counter({(r["month"], r["key"] or ""): r["count"] for r in rows})
    seen = sorted({m for m, _ in counts})
    if not seen:
        return "<p>No dated events match these filters.</p>"
    months = _month_range(seen[0], seen[-1])  # a true time axis: empty months keep their place
    link = "/api/events.csv?" + urlencode({k: v for k, v in filters.items() if v})
    legend = " ".join(f'<span style="color:{c}">■ {q}</span>' for q, c in QUAD_COLOUR.items())
    bar_w = max(2, min(40, 860 // len(months)))
    if by == "type":
        svg = _type_rows(counts, months, bar_w)
    else:
        svg = _stacked_bars(counts, months, bar_w)
    return f"<p>{legend}</p>{svg}" + f'<p><a href="{e(link)}">these events as CSV</a></p>'


def _month_range(first: str, last: str) -> list[str]:
    y, m = int(first[:4]), int(first[5:7])
    out = []
    while f"{y:04d}-{m:02d}" <= last:
        out.append(f"{y:04d}-{m:02d}")
        y, m = (y + 1, 1) if m == 12 else (y, m + 1)
    return out


def _month_labels(months: list[str], bar_w: int, x0: int, y: float) -> list[str]:
    step = math.ceil(50 / bar_w)  # a label is about 50 units wide
    return [f'<text x="{x0 + i * bar_w}" y="{y:.0f}" font-size="10">{m}</text>' for i, m in enumerate(months)
            if i % step == 0]


def _stacked_bars(counts: Counter[tuple[str, str]], months: list[str], bar_w: int) -> str:
    top = max(sum(counts[(m, q)] for q in QUAD_COLOUR) for m in months)
    h = 260
    bars = []
    for i, m in enumerate(months):
        y: float = h
        for q, colour in QUAD_COLOUR.items():
            n = counts[(m, q)]
            if n:
                bh = n / top * (h - 20)
                y -= bh
                bars.append(f'<rect x="{i * bar_w}" y="{y:.0f}" width="{bar_w - 2}" height="{bh:.0f}" '
                            f'fill="{colour}"><title>{m} {q}: {n}</title></rect>')
        total = sum(counts[(m, q)] for q in QUAD_COLOUR)
        bars.append(f'<text x="{i * bar_w + 2}" y="{y - 3:.0f}" font-size="10">{total}</text>')
    bars += _month_labels(months, bar_w, 0, h + 14)
    return f'<svg viewBox="0 -12 1000 {h + 34}" width="100%" style="max-height:420px">{"".join(bars)}</svg>'


def _type_rows(counts: Counter[tuple[str, str]], months: list[str], bar_w: int) -> str:
    """One row per event type, most frequent first, bars coloured by the type's quad category, each
    row scaled to its own peak (the number at the right), so rare types stay readable."""
    totals: Counter[str] = Counter()
    for (_, t), n in counts.items():
        totals[t] += n
    row_h, x0, parts = 38, 100, []
    for r, (t, total) in enumerate(totals.most_common()):
        top = max(counts[(m, t)] for m in months)
        base = (r + 1) * row_h
        colour = QUAD_COLOUR.get(PLOVER_QUAD.get(t, ""), "#777")
        parts.append(f'<text x="0" y="{base - 4}" font-size="11">{e(t)} ({total})</text>'
                     f'<line x1="{x0}" y1="{base}" x2="{x0 + len(months) * bar_w}" y2="{base}" stroke="#ccc"/>')
        for i, m in enumerate(months):
            n = counts[(m, t)]
            if n:
                bh = max(2.0, n / top * (row_h - 8))
                parts.append(f'<rect x="{x0 + i * bar_w}" y="{base - bh:.0f}" width="{bar_w - 2}" '
                             f'height="{bh:.0f}" fill="{colour}"><title>{m} {e(t)}: {n}</title></rect>')
        parts.append(f'<text x="{x0 + len(months) * bar_w + 4}" y="{base - 4}" font-size="10" '
                     f'fill="#777">max {top}</text>')
    h = (len(totals) + 1) * row_h
    parts += _month_labels(months, bar_w, x0, h - row_h + 14)
    return f'<svg viewBox="0 -4 1000 {h}" width="100%">{"".join(parts)}</svg>'


def article_page(store: Store, doc_id: str) -> str | None:
    doc = store.document(doc_id)
    if doc is None:
        return None
    record = store.conn.execute("SELECT e.record FROM extractions e JOIN documents d ON d.rowid = e.doc_rowid "
                                "WHERE d.id = ?", (doc_id,)).fetchone()
    import json

    extraction = json.loads(record[0]) if record else {}
    text = doc["text"]
    marks: list[tuple[int, int, str, str]] = []
    for a in extraction.get("actors", []):
        for m in a["mentions"]:
            marks.append((m["start"], m["end"], "actor", f'/actors/{quote(a["id"], safe="")}'))
    for ev in extraction.get("events", []):
        if ev.get("trigger"):
            marks.append((ev["trigger"]["start"], ev["trigger"]["end"], "event", ""))
    out, pos = [], 0
    for start, end, kind, link in sorted(marks):
        if start < pos:
            continue
        out.append(e(text[pos:start]))
        inner = f'<mark class="{kind}">{e(text[start:end])}</mark>'
        out.append(f'<a href="{e(link)}">{inner}</a>' if link else inner)
        pos = end
    out.append(e(text[pos:]))
    claims = "".join(f"<tr><td>{e(c['speaker'])}</td><td>{e(c['cue']['text'])}</td><td>{e(c['stance'])}</td>"
                     f"<td>{e(c['content']['text'])}</td></tr>" for c in extraction.get("claims", []))
    body = (f"<p class='muted'>{e(doc.get('source'))} · {e(doc.get('published'))} · {e(doc.get('url'))}</p>"
            f"<p><mark class='actor'>actor</mark> <mark class='event'>event trigger</mark></p>"
            f"<div style='white-space:pre-wrap'>{''.join(out)}</div><h2>Claims</h2><table>"
            f"<tr><th>speaker</th><th>cue</th><th>stance</th><th>content</th></tr>{claims}</table>")
    return page(doc.get("title") or doc_id, body)


def actor_page(store: Store, name: str) -> str | None:
    info = store.actor(name)
    if info is None:
        return None
    aliases = ", ".join(f"{e(a['text'])} ({a['mentions']})" for a in info["aliases"])
    roles = "".join(f"<li>{e(r.get('title'))} ({e(r.get('from'))}–{e(r.get('to') or '')})</li>" for r in info["roles"])
    docs = "".join(f"<li><a href='/articles/{quote(d['id'], safe='')}'>{e(d['title'] or d['id'])}</a></li>"
                   for d in info["documents"])
    said = store.claims(speaker=info["id"], limit=50)
    claims = "".join(f"<tr><td>{e(c['stance'])}</td><td>{e(c['content'])}</td></tr>" for c in said)
    against = [c for c in store.contradictions() if info["country"] in c["asserted_by"] or
               info["id"] in c["asserted_by"] or info["country"] in c["denied_by"]]
    contra = "".join(f"<li>{e(c['proposition'])}: asserted by {e(', '.join(c['asserted_by']))}, denied by "
                     f"{e(', '.join(c['denied_by']))}</li>" for c in against)
    events = f"/timeline?actor={quote(info['id'])}"
    body = (f"<p>{e(info['kind'])} · {e(info['country'])} · <a href='{events}'>events over time</a> · "
            f"<a href='/network?actor={quote(info['id'])}'>network</a></p><p>Mentioned as: {aliases}</p>"
            f"<ul>{roles}</ul><h2>What it said</h2><table>{claims}</table><h2>Contradictions</h2><ul>{contra}</ul>"
            f"<h2>Articles</h2><ul>{docs}</ul>")
    return page(info["name"], body)


def contradictions_page(store: Store) -> str:
    blocks = []
    for c in store.contradictions() + [{**c, "corroborated": True} for c in store.corroborations()]:
        rows = "".join(f"<tr><td>{e(x['stance'])}</td><td>{e(x['speaker'])}</td><td>{e(x['content'])}</td>"
                       f"<td><a href='/articles/{quote(x['doc'], safe='')}'>{e(x['doc'])}</a></td></tr>"
                       for x in c["evidence"])
        kind = "corroborated" if c.get("corroborated") else "contested"
        blocks.append(f"<h2>{e(c['proposition'])} <small class='muted'>{kind}</small></h2><p>asserted by "
                      f"{e(c['asserted_by'])}; denied by {e(c['denied_by'])}</p><table>{rows}</table>")
    return page("Contradictions and corroborations",
                "".join(blocks) or "<p>None yet.</p>" + "<p><a href='/api/contradictions.csv'>CSV</a></p>")


def search_page(store: Store, params: dict[str, str]) -> str:
    q = params.get("q", "")
    hits = store.search(q, limit=50) if q else []
    rows = "".join(f"<tr><td><a href='/articles/{quote(h['id'], safe='')}'>{e(h['title'] or h['id'])}</a></td>"
                   f"<td>{e(h['snippet'])}</td></tr>" for h in hits)
    link = f"<p><a href='/api/search.csv?q={quote(q)}'>results as CSV</a></p>" if q else ""
    return page("Search", filter_form(params, ("q",)) + f"<table>{rows}</table>{link}")


def report(store: Store, actor: str, since: str | None = None, until: str | None = None) -> str | None:
    """A self-contained HTML brief on one actor: events over time, its network, what it said and the
    contradictions it is part of. It opens offline: no outside asset, no script."""
    info = store.actor(actor)
    if info is None:
        return None
    params = {"actor": info["id"], "by": "type"}
    if since:
        params["since"] = since
    if until:
        params["until"] = until
    said = store.claims(speaker=info["id"], limit=20)
    claims = "".join(f"<tr><td>{e(c['stance'])}</td><td>{e(c['cue'])}</td><td>{e(c['content'])}</td>"
                     f"<td>{e(c['doc'])}</td></tr>" for c in said)
    mine = {info["id"], info["country"]} - {None}
    contra = [c for c in store.contradictions()
              if mine & (set(c["asserted_by"]) | set(c["denied_by"]) | set(c["proposition"].split("|")))]
    contra_html = "".join(
        f"<h3>{e(c['proposition'])}</h3><p>asserted by {e(', '.join(c['asserted_by']))}; denied by "
        f"{e(', '.join(c['denied_by']))}</p><ul>"
        + "".join(f"<li>{e(x['stance'])} — {e(x['speaker'])}: “{e(x['content'])}” ({e(x['doc'])})</li>"
                  for x in c["evidence"]) + "</ul>" for c in contra)
    window = f"{since or 'the first event'} to {until or 'the latest event'}"
    body = (f"<p class='muted'>{e(info['kind'])} · {e(info['country'])} · events from {e(window)}</p>"
            f"<h2>Events over time, by type</h2>{timeline_svg(store, params)}"
            f"<h2>Network</h2>{network_svg(store, params)}"
            f"<h2>What it said</h2><table>{claims or '<tr><td>No claims.</td></tr>'}</table>"
            f"<h2>Contradictions</h2>{contra_html or '<p>None.</p>'}")
    # links point into a running server; a brief on disk keeps them as plain text references
    return page(f"Brief: {info['name']}", body).replace('href="/', 'data-href="/').replace("href='/", "data-href='/")


def events_page(store: Store, params: dict[str, str]) -> str:
    """Events matching the URL's filters, each with the sentence that reports it and its article."""
    rows = store.events(actor=params.get("actor"), source=params.get("source"), target=params.get("target"),
                        type=params.get("type"), since=params.get("since"), until=params.get("until"),
                        happened_only=params.get("happened") in ("1", "true"), limit=500)
    body = "".join(
        f"<tr><td>{e(r['date'])}</td><td>{e(r['type'])}</td><td>{e(', '.join(r['sources']))}</td>"
        f"<td>{e(', '.join(r['targets']))}</td><td>{'' if r['happened'] else e(r['modality'] or 'negated')}</td>"
        f"<td class='evidence'>{e(r['evidence'])}</td>"
        f"<td><a class='article' href='/articles/{quote(r['doc'], safe='')}'>{e(r['doc'])}</a></td></tr>"
        for r in rows)
    csv_link = "/api/events.csv?" + urlencode({k: v for k, v in params.items() if v})
    return page("Events", filter_form(params, ("actor", "source", "target", "type", "since", "until"))
                + f"<p><a class='csv' href='{e(csv_link)}'>download as CSV</a> · {len(rows)} events</p>"
                + "<table><tr><th>date</th><th>type</th><th>sources</th><th>targets</th><th>not happened</th>"
                + f"<th>evidence</th><th>article</th></tr>{body}</table>")
