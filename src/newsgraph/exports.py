"""Exports of the store for the tools analysts use: flat tables, a GDELT-style event table, and the
actor network as GraphML, GEXF (with event dates as time intervals, for Gephi) or a Gephi CSV pair.

Column meanings are documented in ``docs/exports.md``.
"""

from __future__ import annotations

import csv
import json
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from .store import Store

QUAD_CLASS = {"verbal cooperation": 1, "material cooperation": 2, "verbal conflict": 3, "material conflict": 4}


def _actors(store: Store) -> dict[str, dict[str, Any]]:
    return {r["actor_id"]: dict(r) for r in store.conn.execute("SELECT * FROM actors")}


def event_rows(store: Store, happened_only: bool = False) -> Iterator[dict[str, Any]]:
    """One row per stored event, with its actors' names and countries spelled out."""
    actors = _actors(store)
    sql = """SELECT e.*, d.id AS doc, d.url, d.source AS outlet, d.published FROM events e
             JOIN documents d ON d.rowid = e.doc_rowid {} ORDER BY e.date, e.rowid""".format(
        "WHERE e.happened = 1" if happened_only else "")
    for r in store.conn.execute(sql):
        sides = store.conn.execute("SELECT actor_id, role FROM event_actors WHERE event_rowid = ?",
                                   (r["rowid"],)).fetchall()
        sources = [a for a, role in sides if role == "source"]
        targets = [a for a, role in sides if role == "target"]
        yield {
            "event_id": r["event_id"], "doc": r["doc"], "date": r["date"], "date_precision": r["date_precision"],
            "type": r["type"], "mode": r["mode"], "quad": r["quad"], "cameo_root": r["cameo"],
            "negated": bool(r["negated"]), "modality": r["modality"], "happened": bool(r["happened"]),
            "sources": ";".join(sources), "targets": ";".join(targets),
            "source_names": ";".join(actors.get(a, {}).get("name", a) for a in sources),
            "target_names": ";".join(actors.get(a, {}).get("name", a) for a in targets),
            "source_countries": ";".join(sorted({actors.get(a, {}).get("country") or "" for a in sources} - {""})),
            "target_countries": ";".join(sorted({actors.get(a, {}).get("country") or "" for a in targets} - {""})),
            "place": r["place"], "place_country": r["place_country"], "lat": r["lat"], "lon": r["lon"],
            "cluster": r["cluster"], "confidence": r["confidence"], "evidence": r["evidence"],
            "outlet": r["outlet"], "url": r["url"], "published": r["published"],
        }


def _gdelt_code(actor_id: str, actor: dict[str, Any]) -> str:
    """CAMEO-style actor code: ISO3 plus a role code for bodies (USAGOV, IRNMIL), else the id."""
    if "." in actor_id and actor_id.split(".")[0].isupper() and len(actor_id.split(".")[0]) == 3:
        iso3, role = actor_id.split(".", 1)
        return iso3 + {"GOV": "GOV", "MIL": "MIL"}.get(role, "GOV" if actor.get("kind") == "government" else "MIL"
                                                       if actor.get("kind") == "military" else "")
    return actor_id


def gdelt_rows(store: Store, happened_only: bool = True) -> Iterator[dict[str, Any]]:
    """A GDELT 2.0-style event table: one row per (source, target) pair of each event."""
    actors = _actors(store)
    for e in event_rows(store, happened_only):
        sources = e["sources"].split(";") if e["sources"] else [""]
        targets = e["targets"].split(";") if e["targets"] else [""]
        reports = store.conn.execute("SELECT count(*) FROM events WHERE cluster = ?", (e["cluster"],)).fetchone()[0]
        for s in sources:
            for t in targets:
                if s and s == t:
                    continue  # a reciprocal meeting lists every party on both sides
                a1, a2 = actors.get(s, {}), actors.get(t, {})
                yield {
                    "GlobalEventID": f"{e['event_id']}:{s}:{t}",
                    "SQLDATE": (e["date"] or "").replace("-", ""),
                    "DatePrecision": e["date_precision"],
                    "Actor1Code": _gdelt_code(s, a1) if s else "", "Actor1Name": a1.get("name", s),
                    "Actor1CountryCode": a1.get("country") or "", "Actor1Type": a1.get("kind") or "",
                    "Actor2Code": _gdelt_code(t, a2) if t else "", "Actor2Name": a2.get("name", t),
                    "Actor2CountryCode": a2.get("country") or "", "Actor2Type": a2.get("kind") or "",
                    "EventRootCode": e["cameo_root"], "PloverType": e["type"], "PloverMode": e["mode"] or "",
                    "QuadClass": QUAD_CLASS.get(e["quad"] or "", ""),
                    "IsHappened": int(e["happened"]), "Modality": e["modality"] or "",
                    "NumArticles": reports,
                    "ActionGeo_FullName": e["place"] or "", "ActionGeo_CountryCode": e["place_country"] or "",
                    "ActionGeo_Lat": e["lat"] if e["lat"] is not None else "",
                    "ActionGeo_Long": e["lon"] if e["lon"] is not None else "",
                    "SOURCEURL": e["url"] or "", "Outlet": e["outlet"] or "", "DocumentID": e["doc"],
                    "Evidence": e["evidence"], "Confidence": e["confidence"],
                }


def network(store: Store, happened_only: bool = False) -> Any:
    """The actor network: actors as nodes (mentions, kind, country), one directed edge per
    (source, target, PLOVER type) with the number of events, quad category and first/last date.
    Aggregated in SQL, so a large store does not pass every event through Python."""
    import networkx as nx

    graph = nx.MultiDiGraph()
    sql = f"""SELECT s.actor_id AS source, t.actor_id AS target, e.type, min(e.quad) AS quad, count(*) AS weight,
                     min(e.date) AS start, max(e.date) AS "end"
              FROM events e
              JOIN event_actors s ON s.event_rowid = e.rowid AND s.role = 'source'
              JOIN event_actors t ON t.event_rowid = e.rowid AND t.role = 'target'
              WHERE e.negated = 0 AND s.actor_id != t.actor_id {"AND e.happened = 1" if happened_only else ""}
              GROUP BY s.actor_id, t.actor_id, e.type"""
    edges = store.conn.execute(sql).fetchall()
    used = {r["source"] for r in edges} | {r["target"] for r in edges}
    actors = _actors(store)
    counts = dict(store.conn.execute(
        f"SELECT actor_id, count(*) FROM mentions WHERE actor_id IN ({','.join('?' * len(used))}) GROUP BY actor_id",
        sorted(used)).fetchall()) if used else {}
    for actor_id in sorted(used):
        a = actors.get(actor_id, {})
        graph.add_node(actor_id, label=a.get("name", actor_id), kind=a.get("kind", "other"),
                       country=a.get("country") or "", mentions=counts.get(actor_id, 0))
    for r in edges:
        graph.add_edge(r["source"], r["target"], key=r["type"], type=r["type"], quad=r["quad"], weight=r["weight"],
                       start=r["start"] or "", end=r["end"] or "")
    return graph


def write_network(store: Store, fmt: str, output: str, happened_only: bool = False) -> int:
    """Write the network as ``graphml``, ``gexf`` or ``gephi`` (OUTPUT.nodes.csv + OUTPUT.edges.csv)."""
    import networkx as nx

    graph = network(store, happened_only)
    if fmt == "graphml":
        nx.write_graphml(graph, output)
    elif fmt == "gexf":
        dynamic = graph.copy()
        for _, _, data in dynamic.edges(data=True):
            if not data["start"]:
                del data["start"], data["end"]  # undated edges hold for the whole time
        nx.write_gexf(dynamic, output)
    else:
        base = str(Path(output).with_suffix(""))
        with open(base + ".nodes.csv", "w", newline="", encoding="utf-8") as fh:
            w = csv.writer(fh)
            w.writerow(["Id", "Label", "kind", "country", "mentions"])
            for n, d in graph.nodes(data=True):
                w.writerow([n, d["label"], d["kind"], d["country"], d["mentions"]])
        with open(base + ".edges.csv", "w", newline="", encoding="utf-8") as fh:
            w = csv.writer(fh)
            w.writerow(["Source", "Target", "Type", "Weight", "plover", "quad", "start", "end"])
            for s, t, d in graph.edges(data=True):
                w.writerow([s, t, "Directed", d["weight"], d["type"], d["quad"], d["start"], d["end"]])
    return int(graph.number_of_edges())


def claim_rows(store: Store) -> Iterator[dict[str, Any]]:
    for r in store.claims(limit=10**9):
        yield {**r, "about": ";".join(r["about"]), "events": json.dumps(r["events"])}
