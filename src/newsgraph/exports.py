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


def _actors(store: Store, ids: set[str] | None = None) -> dict[str, dict[str, Any]]:
    if ids is None:
        return {r["actor_id"]: dict(r) for r in store.conn.execute("SELECT * FROM actors")}
    out: dict[str, dict[str, Any]] = {}
    chosen = sorted(ids)
    for i in range(0, len(chosen), 500):
        chunk = chosen[i:i + 500]
        out.update({r["actor_id"]: dict(r) for r in store.conn.execute(
            f"SELECT * FROM actors WHERE actor_id IN ({','.join('?' * len(chunk))})", chunk)})
    return out


def event_rows(store: Store, happened_only: bool = False) -> Iterator[dict[str, Any]]:
    """One row per stored event, with its actors' names and countries spelled out."""
    actors = _actors(store)
    sql = """SELECT e.*, d.id AS doc, d.url, d.source AS outlet, d.published,
                    (SELECT group_concat(actor_id, ';') FROM event_actors
                     WHERE event_rowid = e.rowid AND role = 'source') AS source_ids,
                    (SELECT group_concat(actor_id, ';') FROM event_actors
                     WHERE event_rowid = e.rowid AND role = 'target') AS target_ids,
                    (SELECT count(*) FROM events c WHERE c.cluster = e.cluster) AS reports
             FROM events e JOIN documents d ON d.rowid = e.doc_rowid {} ORDER BY e.date, e.rowid""".format(
        "WHERE e.happened = 1" if happened_only else "")
    for r in store.conn.execute(sql):
        sources = r["source_ids"].split(";") if r["source_ids"] else []
        targets = r["target_ids"].split(";") if r["target_ids"] else []
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
            "cluster": r["cluster"], "reports": r["reports"], "confidence": r["confidence"], "evidence": r["evidence"],
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
                    "QuadClass": QUAD_CLASS.get(e["quad"] or ""),
                    "IsHappened": int(e["happened"]), "Modality": e["modality"] or "",
                    "NumArticles": e["reports"],
                    "ActionGeo_FullName": e["place"] or "", "ActionGeo_CountryCode": e["place_country"] or "",
                    "ActionGeo_Lat": e["lat"], "ActionGeo_Long": e["lon"],
                    "SOURCEURL": e["url"] or "", "Outlet": e["outlet"] or "", "DocumentID": e["doc"],
                    "Evidence": e["evidence"], "Confidence": e["confidence"],
                }


def network_data(store: Store, happened_only: bool = False, *, actor: str | None = None, type: str | None = None,
                 since: str | None = None, until: str | None = None, period: str | None = None
                 ) -> tuple[list[dict[str, Any]], list[dict[str, Any]]]:
    """The nodes and edges of :func:`network` as plain rows (what the API serves)."""
    edges = store.network_edges(actor=actor, type=type, since=since, until=until, happened_only=happened_only,
                                period=period)
    used = {r["source"] for r in edges} | {r["target"] for r in edges}
    actors = _actors(store, used)
    nodes = []
    for a in sorted(used):
        known = actors.get(a, {})
        nodes.append({"id": a, "label": known.get("name", a), "kind": known.get("kind", "other"),
                      "country": known.get("country") or "", "mentions": known.get("mentions", 0)})
    for r in edges:
        r["start"], r["end"] = r["start"] or "", r["end"] or ""
    return nodes, edges


def network(store: Store, happened_only: bool = False, *, actor: str | None = None, type: str | None = None,
            since: str | None = None, until: str | None = None, period: str | None = None) -> Any:
    """The actor network: actors as nodes (mentions, kind, country), one directed edge per
    (source, target, PLOVER type[, period]) with the number of events, quad category and first/last
    date. Read from the store's monthly aggregate (:meth:`Store.network_edges`), so a large store
    does not pass every event through Python."""
    import networkx as nx

    graph = nx.MultiDiGraph()
    nodes, edges = network_data(store, happened_only, actor=actor, type=type, since=since, until=until,
                                period=period)
    for n in nodes:
        graph.add_node(n["id"], **{k: v for k, v in n.items() if k != "id"})
    for r in edges:
        extra = {"period": r["period"]} if period else {}
        graph.add_edge(r["source"], r["target"], key=f"{r['type']}:{r['period']}" if period else r["type"],
                       type=r["type"], quad=r["quad"], weight=r["weight"], start=r["start"], end=r["end"], **extra)
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
