"""The embedded default store: one SQLite file (WAL journal, FTS5 over title and text).

:class:`Store` is the one seam to storage. Every write of a batch happens in one transaction, so a
crash or a kill leaves either the whole batch or none of it; re-ingesting skips articles already
stored (by document id), so a rerun resumes where the last one stopped.
"""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Iterable, Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import UTC, date, datetime, timedelta
from pathlib import Path
from typing import Any, Literal

import numpy as np

from .. import config
from ..dedup import NearDuplicates, content_hash
from ..errors import StoreError
from ..model import Document
from ..propositions import propositions
from .schema import MIGRATIONS, SCHEMA_VERSION

AddStatus = Literal["new", "existing", "duplicate"]
# The actor ids a filter value names: an id, or a name in any case (two parameters: the value twice).
_ACTOR_NAMED = "(SELECT actor_id FROM actors WHERE actor_id = ? OR lower(name) = lower(?))"


@dataclass(frozen=True)
class AddResult:
    id: str
    status: AddStatus
    duplicate_of: str | None = None
    duplicate_kind: str | None = None
    similarity: float | None = None



def stance_sides(voices: Iterable[tuple[str, str | None, str]]) -> dict[str, dict[str, int]]:
    """``asserted_by`` and ``denied_by`` of (stance, speaker, origin) triples: each speaker ("?" when unknown)
    with the number of independent origins it speaks from on that side."""
    sides: dict[str, dict[str, set[str]]] = {"asserted_by": {}, "denied_by": {}}
    for stance, speaker, origin in voices:
        sides["asserted_by" if stance == "assert" else "denied_by"].setdefault(speaker or "?", set()).add(origin)
    return {side: {k: len(v) for k, v in sorted(by.items())} for side, by in sides.items()}

class Store:
    """A newsgraph store in one SQLite file.

    >>> import tempfile, os
    >>> with Store(os.path.join(tempfile.mkdtemp(), "t.db")) as s:
    ...     s.count()
    0
    """

    def __init__(self, path: str | Path | None = None, *, dedup_threshold: float | None = None) -> None:
        self.path = Path(config.get("db", None if path is None else str(path)))
        self.dedup = NearDuplicates(config.get_float("dedup_threshold", dedup_threshold, 0.5, 0.95))
        try:
            self.path.parent.mkdir(parents=True, exist_ok=True)
            self.conn = sqlite3.connect(self.path, isolation_level=None, timeout=30)
        except (OSError, sqlite3.Error) as exc:
            raise StoreError(f"cannot open store {self.path} ({exc}); set --db or NEWSGRAPH_DB") from None
        self.conn.row_factory = sqlite3.Row
        try:
            self.conn.execute("PRAGMA journal_mode=WAL")
            self.conn.execute("PRAGMA synchronous=NORMAL")
            self.conn.execute("PRAGMA foreign_keys=ON")
            self._migrate()
        except sqlite3.DatabaseError as exc:
            self.conn.close()
            raise StoreError(f"{self.path} is not a newsgraph store ({exc})") from None

    # -- lifecycle -------------------------------------------------------------------------
    def __enter__(self) -> Store:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def close(self) -> None:
        self.conn.close()

    @property
    def schema_version(self) -> int:
        return int(self.conn.execute("PRAGMA user_version").fetchone()[0])

    def _migrate(self) -> None:
        current = self.schema_version
        if current > SCHEMA_VERSION:
            raise StoreError(
                f"{self.path} has schema version {current}, newer than this newsgraph knows "
                f"({SCHEMA_VERSION}); upgrade newsgraph"
            )
        if current == SCHEMA_VERSION:
            return
        # Another process may be migrating the same file right now: take the write lock first, then
        # read the version again, so each migration runs once.
        with self.transaction():
            for version in range(self.schema_version, SCHEMA_VERSION):
                for statement in _statements(MIGRATIONS[version]):
                    self.conn.execute(statement)
                self.conn.execute(f"PRAGMA user_version = {version + 1}")

    @contextmanager
    def transaction(self) -> Iterator[sqlite3.Connection]:
        """One write transaction: committed whole on success, rolled back whole on any exception
        (KeyboardInterrupt included). Waits up to 30 s for another writer to finish."""
        try:
            self.conn.execute("BEGIN IMMEDIATE")
        except sqlite3.OperationalError as exc:
            if "locked" in str(exc) or "busy" in str(exc):
                raise StoreError(f"{self.path} is busy: another process has held its write lock for 30 s "
                                 "(another ingest?); try again when it is done") from None
            raise
        try:
            yield self.conn
        except BaseException:
            self.conn.execute("ROLLBACK")
            raise
        self.conn.execute("COMMIT")

    # -- writes ----------------------------------------------------------------------------
    def has(self, doc_id: str) -> bool:
        return self.conn.execute("SELECT 1 FROM documents WHERE id = ?", (doc_id,)).fetchone() is not None

    def add_batch(self, docs: Sequence[Document]) -> list[AddResult]:
        """Store processed documents in one transaction; an id already stored is left as it is."""
        with self.transaction():
            return [self._add(doc) for doc in docs]

    def _add(self, doc: Document) -> AddResult:
        if self.has(doc.id):
            return AddResult(doc.id, "existing")
        chash = content_hash(doc.text)
        same = self.conn.execute(
            "SELECT rowid, id, duplicate_of FROM documents WHERE content_hash = ? ORDER BY rowid LIMIT 1", (chash,)
        ).fetchone()
        signature: np.ndarray | None = None
        keys: list[int] = []
        dup_of: str | None
        kind: str | None
        sim: float | None
        if same:  # an exact copy: no signature to compute, and its events are the first copy's happenings
            dup_of, kind, sim = same["duplicate_of"] or same["id"], "exact", 1.0
            copied = dict(self.conn.execute("SELECT event_id, cluster FROM events WHERE doc_rowid = ?",
                                            (same["rowid"],)).fetchall())
        else:
            signature = self.dedup.signature(doc.text)
            keys = self.dedup.band_keys(signature)
            dup_of, kind, sim = self._near_duplicate(signature, keys)
            copied = {}
        record = doc.to_dict()
        cur = self.conn.execute(
            """INSERT INTO documents (id, title, text, raw_text, source, published, url, author, site, origin,
                   input_format, meta, content_hash, duplicate_of, duplicate_kind, similarity, ingested_at)
               VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""",
            (doc.id, doc.title, doc.text, doc.raw_text, doc.source, doc.published, doc.url, doc.author,
             doc.site, doc.origin, doc.input_format, json.dumps(record["meta"], ensure_ascii=False, default=str),
             chash, dup_of, kind, sim, datetime.now(UTC).isoformat(timespec="seconds")),
        )
        rowid = cur.lastrowid
        if signature is None:
            self.conn.execute("INSERT INTO minhash SELECT ?, signature FROM minhash WHERE doc_rowid = ?",
                              (rowid, same["rowid"]))
        else:
            self.conn.execute("INSERT INTO minhash VALUES (?, ?)", (rowid, signature.tobytes()))
        if dup_of is None:  # only first copies are candidates: a copy of a copy links to the first one anyway
            self.conn.executemany("INSERT OR IGNORE INTO lsh_bands VALUES (?, ?, ?)",
                                  [(band, key, rowid) for band, key in enumerate(keys)])
        extraction = {k: record[k] for k in ("actors", "events", "claims")}
        self.conn.execute("INSERT INTO extractions VALUES (?, ?, ?)",
                          (rowid, json.dumps(doc.stages), json.dumps(extraction, ensure_ascii=False)))
        self.conn.executemany(
            "INSERT INTO actors (actor_id, name, kind, country, home_country, parent, roles, mentions, documents) "
            "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?) "
            "ON CONFLICT(actor_id) DO UPDATE SET name = excluded.name, kind = excluded.kind, "
            "country = coalesce(excluded.country, country), home_country = excluded.home_country, "
            "parent = excluded.parent, roles = CASE WHEN excluded.roles = '[]' THEN roles ELSE excluded.roles END, "
            "mentions = mentions + excluded.mentions, documents = documents + excluded.documents",
            [(a.id, a.name, a.kind, a.country, a.home_country, a.parent, json.dumps(a.roles, ensure_ascii=False),
              len(a.mentions), 1 if a.mentions else 0) for a in doc.actors],
        )
        self.conn.executemany(
            'INSERT INTO mentions (doc_rowid, actor_id, name, kind, country, start, "end", text, confidence) '
            "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
            [(rowid, a.id, a.name, a.kind, a.country, m.span.start, m.span.end, m.span.text, m.confidence)
             for a in doc.actors for m in a.mentions],
        )
        # rows of a document go in with one statement per table; rowids are given here (this connection
        # is the only writer, inside the batch's transaction) so that linked rows need no lookups
        doc_rowid = int(rowid or 0)
        next_event = int(self.conn.execute("SELECT coalesce(max(rowid), 0) + 1 FROM events").fetchone()[0])
        event_rows, sides, network = [], [], []
        for i, e in enumerate(doc.events):
            loc, event_rowid = e.location, next_event + i
            cluster = copied.get(e.id) or self._cluster_of(event_rowid, doc_rowid, e)
            event_rows.append(
                (event_rowid, doc_rowid, e.id, e.type, e.mode, e.quad, e.cameo, int(e.negated), e.modality,
                 int(e.happened), e.context, e.date, e.date_precision, loc.name if loc else None,
                 loc.country if loc else None, loc.lat if loc else None, loc.lon if loc else None, e.evidence.start,
                 e.evidence.end, e.evidence.text, e.trigger.text if e.trigger else None, e.confidence, cluster))
            sides += [(event_rowid, a, "source") for a in e.sources] + [(event_rowid, a, "target") for a in e.targets]
            if not e.negated:
                network += [(s, t, e.type, month, int(e.happened), e.quad, e.date, e.date)
                            for s in dict.fromkeys(e.sources) for t in dict.fromkeys(e.targets) if s != t
                            for month in ((e.date or "")[:7], "*")]
        self.conn.executemany(
            """INSERT INTO events (rowid, doc_rowid, event_id, type, mode, quad, cameo, negated, modality, happened,
                   context, date, date_precision, place, place_country, lat, lon, start, "end", evidence, trigger,
                   confidence, cluster) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""",
            event_rows)
        self.conn.executemany("INSERT OR IGNORE INTO event_actors VALUES (?, ?, ?)", sides)
        self.conn.executemany(
            "INSERT INTO network_months VALUES (?, ?, ?, ?, ?, ?, 1, ?, ?) "
            "ON CONFLICT DO UPDATE SET events = events + 1, "  # min()/max() of a NULL is NULL: keep known dates
            "first = min(coalesce(first, excluded.first), coalesce(excluded.first, first)), "
            "last = max(coalesce(last, excluded.last), coalesce(excluded.last, last))", network)
        props: dict[str, list[Any]] = {}
        for p in propositions(doc):
            props.setdefault(p.claim_id, []).append(p)
        next_claim = int(self.conn.execute("SELECT coalesce(max(rowid), 0) + 1 FROM claims").fetchone()[0])
        self.conn.executemany(
            """INSERT INTO claims (rowid, doc_rowid, claim_id, speaker, speaker_text, cue, stance, quote_type, content,
                   start, "end", about, events, confidence) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""",
            [(next_claim + i, doc_rowid, c.id, c.speaker, c.speaker_span.text if c.speaker_span else None, c.cue.text,
              c.stance, c.quote_type, c.content.text, c.content.start, c.content.end, json.dumps(c.about),
              json.dumps(c.events), c.confidence) for i, c in enumerate(doc.claims)])
        self.conn.executemany("INSERT OR IGNORE INTO propositions VALUES (?, ?, ?, ?)",
                              [(next_claim + i, p.key, p.stance, p.speaker)
                               for i, c in enumerate(doc.claims) for p in props.get(c.id, [])])
        return AddResult(doc.id, "duplicate" if dup_of else "new", dup_of, kind, sim)

    def _cluster_of(self, event_rowid: int, doc_rowid: int, e: Any) -> int:
        """The cluster of an earlier event from another article that reports the same happening: same
        type, same negation, a shared source (and a shared target when both have targets), and dates
        that agree at the coarser of the two precisions (or are both unknown).

        The date windows are asked of the (type, date_precision, date) index first, so the cost of one
        lookup depends on how many events of that type fall near that date, not on the store's size."""
        if not e.sources:
            return event_rowid
        arms, params = _date_windows(e.type, e.date, e.date_precision)
        src = ",".join("?" * len(e.sources))
        target_test = ""
        if e.targets:
            tgt = ",".join("?" * len(e.targets))
            target_test = f"""AND (NOT EXISTS (SELECT 1 FROM event_actors t WHERE t.event_rowid = ev.rowid
                                                AND t.role = 'target')
                               OR EXISTS (SELECT 1 FROM event_actors t WHERE t.event_rowid = ev.rowid
                                          AND t.role = 'target' AND t.actor_id IN ({tgt})))"""
        rows = self.conn.execute(
            f"""WITH near(rowid) AS ({arms})
                SELECT ev.rowid, ev.cluster, ev.date, ev.date_precision FROM near JOIN events ev USING (rowid)
                WHERE ev.negated = ? AND ev.doc_rowid != ? AND ev.rowid != ?
                  AND EXISTS (SELECT 1 FROM event_actors s WHERE s.event_rowid = ev.rowid AND s.role = 'source'
                              AND s.actor_id IN ({src}))
                  {target_test}
                ORDER BY ev.rowid""",
            [*params, int(e.negated), doc_rowid, event_rowid, *e.sources, *e.targets]).fetchall()
        for r in rows:
            if _dates_agree(e.date, e.date_precision, r["date"], r["date_precision"]):
                return int(r["cluster"] or r["rowid"])
        return event_rowid

    def event_clusters(self, min_reports: int = 2, limit: int = 100) -> list[dict[str, Any]]:
        """Happenings reported by several articles, with how many independent origins report them."""
        sql = """SELECT e.cluster, min(e.type) AS type, min(e.date) AS date, count(*) AS reports,
                        count(DISTINCT coalesce(d.duplicate_of, d.id)) AS independent_origins,
                        group_concat(DISTINCT d.id) AS documents, min(e.evidence) AS evidence
                 FROM events e JOIN documents d ON d.rowid = e.doc_rowid
                 GROUP BY e.cluster HAVING count(DISTINCT e.doc_rowid) >= ?
                 ORDER BY independent_origins DESC, reports DESC LIMIT ?"""
        rows = [dict(r) for r in self.conn.execute(sql, (min_reports, limit))]
        for r in rows:
            sides = self.conn.execute("""SELECT DISTINCT ea.actor_id, ea.role FROM event_actors ea
                                         JOIN events e ON e.rowid = ea.event_rowid WHERE e.cluster = ?""",
                                      (r["cluster"],)).fetchall()
            r["sources"] = sorted({a for a, role in sides if role == "source"})
            r["targets"] = sorted({a for a, role in sides if role == "target"})
            r["documents"] = r["documents"].split(",")
        return rows

    def _near_duplicate(self, signature: np.ndarray, keys: list[int]) -> tuple[str | None, str | None, float | None]:
        clauses = " OR ".join("(band = ? AND key = ?)" for _ in keys)
        params = [v for band, key in enumerate(keys) for v in (band, key)]
        best: tuple[float, int] | None = None
        for cand in self.conn.execute(
            f"SELECT DISTINCT m.doc_rowid, m.signature FROM lsh_bands b JOIN minhash m ON m.doc_rowid = b.doc_rowid "
            f"WHERE {clauses}", params
        ):
            sim = self.dedup.similarity(signature, np.frombuffer(cand["signature"], dtype=np.uint64))
            if sim >= self.dedup.threshold and (best is None or sim > best[0]):
                best = (sim, cand["doc_rowid"])
        if best is None:
            return None, None, None
        row = self.conn.execute("SELECT id, duplicate_of FROM documents WHERE rowid = ?", (best[1],)).fetchone()
        return row["duplicate_of"] or row["id"], "near", round(best[0], 4)

    # -- reads -----------------------------------------------------------------------------
    def count(self) -> int:
        return int(self.conn.execute("SELECT count(*) FROM documents").fetchone()[0])

    def document(self, doc_id: str) -> dict[str, Any] | None:
        row = self.conn.execute("SELECT * FROM documents WHERE id = ?", (doc_id,)).fetchone()
        return _row(row) if row else None

    def search(self, query: str, limit: int = 20) -> list[dict[str, Any]]:
        """Full-text search over titles and texts, best first, with a snippet around the hits.

        ``query`` uses FTS5 syntax (``"islamic state" AND iran``, ``daesh OR isis``, ``talib*``); text
        that is not valid FTS5 syntax is searched as plain words instead of failing.
        """
        sql = """SELECT d.id, d.title, d.source, d.published, d.duplicate_of,
                        snippet(documents_fts, 1, '[', ']', ' … ', 16) AS snippet,
                        round(bm25(documents_fts), 3) AS score
                 FROM documents_fts JOIN documents d ON d.rowid = documents_fts.rowid
                 WHERE documents_fts MATCH ? ORDER BY bm25(documents_fts) LIMIT ?"""
        query = "".join(ch if ch.isprintable() else " " for ch in query)  # NUL and other controls
        try:
            rows = self.conn.execute(sql, (query, limit)).fetchall()
        except sqlite3.OperationalError:
            quoted = " ".join('"' + w.replace('"', '""') + '"' for w in query.split())
            if not quoted:
                return []
            try:
                rows = self.conn.execute(sql, (quoted, limit)).fetchall()
            except sqlite3.OperationalError:
                return []
        return [{**dict(r), "snippet": " ".join(r["snippet"].split())} for r in rows]

    DOCUMENT_FACETS = {"outlet": "source", "published": "published", "input_format": "input_format",
                       "duplicate_kind": "duplicate_kind", "site": "site"}

    def documents(self, outlet: str | None = None, limit: int = 50, offset: int = 0, facets: tuple[str, ...] = ()
                  ) -> tuple[list[dict[str, Any]], int, dict[str, list[dict[str, Any]]]]:
        """A page of stored documents in ingest order (text included, raw text left out), how many
        match, and value counts of ``facets`` over all of them; ``outlet`` matches case-insensitively."""
        where, params = ("WHERE lower(source) = lower(?)", [outlet]) if outlet else ("", [])
        total = self.conn.execute(f"SELECT count(*) FROM documents {where}", params).fetchone()[0]
        counted = {}
        for f in facets:
            column = self.DOCUMENT_FACETS.get(f)
            if column:
                counted[f] = [{"value": v, "count": c} for v, c in self.conn.execute(
                    f"SELECT {column}, count(*) AS n FROM documents {where} GROUP BY {column} "
                    f"ORDER BY n DESC LIMIT 30", params) if v is not None]
        rows = [_row(r) for r in self.conn.execute(
            f"SELECT * FROM documents {where} ORDER BY rowid LIMIT ? OFFSET ?", [*params, limit, offset])]
        for r in rows:
            r.pop("raw_text", None)
            r["outlet"] = r.pop("source", None)
        return rows, int(total), counted

    def stats(self) -> dict[str, Any]:
        q = self.conn.execute
        docs = q("""SELECT count(*) AS documents,
                           count(*) FILTER (WHERE duplicate_of IS NULL) AS stories,
                           count(*) FILTER (WHERE duplicate_kind = 'exact') AS exact_duplicates,
                           count(*) FILTER (WHERE duplicate_kind = 'near') AS near_duplicates,
                           count(DISTINCT source) AS sources,
                           min(published) AS first_published, max(published) AS last_published
                    FROM documents""").fetchone()
        top = q("""SELECT a.name, a.kind, count(*) AS mentions, count(DISTINCT m.doc_rowid) AS documents
                   FROM mentions m JOIN actors a ON a.actor_id = m.actor_id
                   GROUP BY m.actor_id ORDER BY mentions DESC, a.name LIMIT 10""").fetchall()
        return {
            **dict(docs),
            "actor_mentions": q("SELECT count(*) FROM mentions").fetchone()[0],
            "top_actors": [dict(r) for r in top],
            "schema_version": self.schema_version,
            "path": str(self.path),
            "size_bytes": self.path.stat().st_size if self.path.exists() else 0,
        }

    def _event_filters(self, actor: str | None, source: str | None, target: str | None, type: str | None,
                       since: str | None, until: str | None, happened_only: bool) -> tuple[str, list[Any]]:
        where, params = [], []
        for role, value in (("source", source), ("target", target), (None, actor)):
            if value:
                role_sql = "AND ea.role = ?" if role else ""
                where.append(f"e.rowid IN (SELECT ea.event_rowid FROM event_actors ea WHERE ea.actor_id IN "
                             f"{_ACTOR_NAMED} {role_sql})")
                params += [value, value] + ([role] if role else [])
        if type:
            where.append("e.type = ?")
            params.append(type.upper())
        if since:
            where.append("e.date >= ?")
            params.append(since)
        if until:
            where.append("e.date <= ?")
            params.append(until)
        if happened_only:
            where.append("e.happened = 1")
        return ("WHERE " + " AND ".join(where)) if where else "", params

    def events(self, *, actor: str | None = None, source: str | None = None, target: str | None = None,
               type: str | None = None, since: str | None = None, until: str | None = None,
               happened_only: bool = False, limit: int = 100, offset: int = 0) -> list[dict[str, Any]]:
        """Stored events, newest first, filtered by actor (either side), source, target, PLOVER type and
        date range (ISO dates; an event without a date is left out when a range is given)."""
        where, params = self._event_filters(actor, source, target, type, since, until, happened_only)
        sql = f"""SELECT e.rowid AS rowid, e.event_id AS id, d.id AS doc, e.type, e.mode, e.quad, e.cameo, e.date,
                         e.date_precision, e.negated, e.modality, e.happened, e.place, e.place_country,
                         e.confidence, e.cluster, e.evidence, d.source AS outlet, d.url
                  FROM events e JOIN documents d ON d.rowid = e.doc_rowid {where}
                  ORDER BY e.date IS NULL, e.date DESC, e.rowid LIMIT ? OFFSET ?"""
        rows = [dict(r) for r in self.conn.execute(sql, [*params, limit, offset])]
        sides: dict[int, list[tuple[str, str]]] = {}
        ids = [r["rowid"] for r in rows]
        for start in range(0, len(ids), 500):
            chunk = ids[start:start + 500]
            for rid, actor_id, role in self.conn.execute(
                    f"SELECT event_rowid, actor_id, role FROM event_actors WHERE event_rowid IN "
                    f"({','.join('?' * len(chunk))})", chunk):
                sides.setdefault(rid, []).append((actor_id, role))
        for row in rows:
            mine = sides.get(row.pop("rowid"), [])
            row["sources"] = [a for a, r in mine if r == "source"]
            row["targets"] = [a for a, r in mine if r == "target"]
            row["negated"], row["happened"] = bool(row["negated"]), bool(row["happened"])
        return rows

    def count_events(self, facets: tuple[str, ...] = (), **filters: Any) -> tuple[int, dict[str, list[dict[str, Any]]]]:
        """How many events match ``filters`` (as for :meth:`events`), and value counts of ``facets`` columns."""
        where, params = self._event_filters(filters.get("actor"), filters.get("source"), filters.get("target"),
                                            filters.get("type"), filters.get("since"), filters.get("until"),
                                            bool(filters.get("happened_only")))
        total = self.conn.execute(f"SELECT count(*) FROM events e {where}", params).fetchone()[0]
        out = {}
        for f in facets:
            if f not in ("type", "mode", "quad", "modality", "date_precision", "place", "place_country", "cameo"):
                continue
            out[f] = [{"value": v, "count": c} for v, c in self.conn.execute(
                f"SELECT e.{f}, count(*) AS n FROM events e {where} GROUP BY e.{f} ORDER BY n DESC LIMIT 30",
                params) if v is not None]
        return int(total), out

    def timeline(self, by: str = "quad", **filters: Any) -> list[dict[str, Any]]:
        """Dated events per month and per ``by`` (``quad`` or ``type``), filtered as for :meth:`events`:
        rows of ``month``, ``key`` and ``count``, counted in SQL."""
        if by not in ("quad", "type"):
            raise ValueError(f"timeline by {by!r}: expected quad or type")
        where, params = self._event_filters(filters.get("actor"), filters.get("source"), filters.get("target"),
                                            filters.get("type"), filters.get("since"), filters.get("until"),
                                            bool(filters.get("happened_only")))
        where = (where + " AND " if where else "WHERE ") + "e.date IS NOT NULL"
        sql = f"""SELECT substr(e.date, 1, 7) AS month, e.{by} AS key, count(*) AS count FROM events e {where}
                  GROUP BY month, key ORDER BY month, key"""
        return [dict(r) for r in self.conn.execute(sql, params)]

    def network_edges(self, *, actor: str | None = None, type: str | None = None, since: str | None = None,
                      until: str | None = None, happened_only: bool = False, period: str | None = None
                      ) -> list[dict[str, Any]]:
        """Directed edges (source, target, PLOVER type[, period]) of events that were not negated, with
        their number of events, quad category and first/last date, for events matching the filters.

        ``period`` (``month`` or ``year``) splits each edge by when its events happened. Without a
        date range or period the all-time rows of ``network_months`` (month ``*``) are read; whole
        months inside a date range come from its monthly rows; the partial months at either end of
        the range are counted from the events themselves, so the figures are exact. A date range
        leaves undated events out, as :meth:`events` does."""
        if period not in (None, "month", "year"):
            raise ValueError(f"network period {period!r}: expected month or year")
        cut = {"month": 7, "year": 4}.get(period or "", 0)
        common, params = [], []
        if type:
            common.append("{t} = ?")
            params.append(type.upper())
        if happened_only:
            common.append("{h} = 1")
        if actor:
            common.append(f"({{s}} IN {_ACTOR_NAMED} OR {{o}} IN {_ACTOR_NAMED})")
            params += [actor] * 4
        parts: list[tuple[str, list[Any]]] = []
        # whole months from the monthly table
        month_where = [c.format(t="type", h="happened", s="source", o="target") for c in common]
        month_params = list(params)
        if since or until:
            lo, hi = since or "0000", until or "9999"
            month_where.append("month NOT IN ('', '*') AND month || '-01' >= ? AND month || '-31' <= ?")
            month_params += [lo, hi]
        else:
            month_where.append("month != '*'" if period else "month = '*'")
        key = f"substr(month, 1, {cut})" if cut else "''"
        parts.append((f"""SELECT source, target, type, {key} AS period, quad, events, first, last FROM network_months
                          {"WHERE " + " AND ".join(month_where) if month_where else ""}""", month_params))
        # partial months at the ends of the range, from the events
        for lo, hi in _partial_months(since, until):
            where = [c.format(t="e.type", h="e.happened", s="s.actor_id", o="t.actor_id") for c in common]
            ekey = f"substr(e.date, 1, {cut})" if cut else "''"
            parts.append((f"""SELECT s.actor_id, t.actor_id, e.type, {ekey}, e.quad, 1, e.date, e.date FROM events e
                              JOIN event_actors s ON s.event_rowid = e.rowid AND s.role = 'source'
                              JOIN event_actors t ON t.event_rowid = e.rowid AND t.role = 'target'
                              WHERE e.date BETWEEN ? AND ? AND e.negated = 0 AND s.actor_id != t.actor_id
                              {"AND " + " AND ".join(where) if where else ""}""", [lo, hi, *params]))
        union = " UNION ALL ".join(sql for sql, _ in parts)
        sql = f"""SELECT source, target, type, period, min(quad) AS quad, sum(events) AS weight,
                         min(first) AS start, max(last) AS "end"
                  FROM ({union}) GROUP BY source, target, type, period ORDER BY weight DESC, source, target, type"""
        rows = [dict(r) for r in self.conn.execute(sql, [p for _, ps in parts for p in ps])]
        if not period:
            for r in rows:
                del r["period"]
        return rows

    def claims(self, *, speaker: str | None = None, about: str | None = None, stance: str | None = None,
               limit: int = 100) -> list[dict[str, Any]]:
        """Stored claims, filtered by speaker and by an actor the content is about (id or name)."""
        where, params = [], []
        if speaker:
            where.append(f"(c.speaker IN {_ACTOR_NAMED} OR c.speaker IN (SELECT actor_id FROM actors WHERE "
                         f"country IN {_ACTOR_NAMED} AND kind != 'state'))")
            params += [speaker, speaker, speaker, speaker]
        if about:
            where.append("EXISTS (SELECT 1 FROM json_each(c.about) j LEFT JOIN actors a ON a.actor_id = j.value "
                         "WHERE j.value = ? OR lower(a.name) = lower(?))")
            params += [about, about]
        if stance:
            where.append("c.stance = ?")
            params.append(stance)
        sql = f"""SELECT c.claim_id AS id, d.id AS doc, d.published, d.source AS outlet, c.speaker, c.speaker_text,
                         c.cue, c.stance, c.quote_type, c.content, c.about, c.events
                  FROM claims c JOIN documents d ON d.rowid = c.doc_rowid
                  {"WHERE " + " AND ".join(where) if where else ""}
                  ORDER BY d.published DESC, c.rowid LIMIT ?"""
        rows = [dict(r) for r in self.conn.execute(sql, [*params, limit])]
        for r in rows:
            r["about"], r["events"] = json.loads(r["about"]), json.loads(r["events"])
        return rows

    def _propositions(self) -> dict[str, dict[str, Any]]:
        """Every proposition with its asserting and denying speakers, independent origins and evidence."""
        sql = """SELECT p.key, p.stance, p.speaker, c.speaker AS speaker_actor, c.content, c.cue, d.id AS doc,
                        coalesce(d.duplicate_of, d.id) AS origin, d.source AS outlet
                 FROM propositions p JOIN claims c ON c.rowid = p.claim_rowid
                 JOIN documents d ON d.rowid = c.doc_rowid ORDER BY p.key, c.rowid"""
        out: dict[str, dict[str, Any]] = {}
        voices: dict[str, list[tuple[str, str | None, str]]] = {}
        for r in self.conn.execute(sql):
            prop = out.setdefault(r["key"], {"proposition": r["key"], "asserted_by": {}, "denied_by": {},
                                             "evidence": []})
            voices.setdefault(r["key"], []).append((r["stance"], r["speaker"], r["origin"]))
            prop["evidence"].append({"stance": r["stance"], "speaker": r["speaker_actor"], "doc": r["doc"],
                                     "outlet": r["outlet"], "cue": r["cue"], "content": r["content"]})
        for key, prop in out.items():
            prop.update(stance_sides(voices[key]))
            origins = {e["doc"] for e in prop["evidence"]}
            prop["documents"] = len(origins)
        return out

    def contradictions(self) -> list[dict[str, Any]]:
        """Propositions asserted by some speakers and denied by others, with the evidence."""
        return [p for p in self._propositions().values()
                if p["asserted_by"] and p["denied_by"] and set(p["asserted_by"]) != set(p["denied_by"])]

    def corroborations(self, min_origins: int = 2) -> list[dict[str, Any]]:
        """Propositions asserted from at least ``min_origins`` independent origins (syndicated copies
        of one story count once), and denied by no one."""
        out = []
        for p in self._propositions().values():
            origins = {e["doc"] for e in p["evidence"] if e["stance"] == "assert"}
            independent = self.conn.execute(
                f"SELECT count(DISTINCT coalesce(duplicate_of, id)) FROM documents WHERE id IN "
                f"({','.join('?' * len(origins))})", list(origins)).fetchone()[0] if origins else 0
            if independent >= min_origins and not p["denied_by"]:
                out.append({**p, "independent_origins": independent})
        return out

    def actors(self, query: str | None = None, limit: int = 50, kind: str | None = None) -> list[dict[str, Any]]:
        """Actors across the store with their mention and document counts, most mentioned first.

        ``query`` matches (case-insensitively) an actor's id, name or any surface form it was mentioned by.
        """
        where, params = [], []
        if query:
            where.append("(a.actor_id LIKE ? OR a.name LIKE ? OR a.actor_id IN "
                         "(SELECT actor_id FROM mentions WHERE text LIKE ?))")
            params += [f"%{query}%"] * 3
        if kind:
            where.append("a.kind = ?")
            params.append(kind)
        where.append("a.mentions > 0")
        sql = f"""SELECT a.actor_id AS id, a.name, a.kind, a.country, a.mentions, a.documents FROM actors a
                  WHERE {" AND ".join(where)} ORDER BY a.mentions DESC, a.name LIMIT ?"""
        return [dict(r) for r in self.conn.execute(sql, [*params, limit])]

    def actor(self, name: str) -> dict[str, Any] | None:
        """One actor: identity, aliases seen, roles, documents it appears in, actors it co-occurs with.

        ``name`` is an actor id ("ISIS", "person:mike-pompeo") or any name or alias it was mentioned by.
        """
        row = self.conn.execute("SELECT * FROM actors WHERE actor_id = ?", (name,)).fetchone()
        if row is None:
            row = self.conn.execute(
                """SELECT a.* FROM actors a JOIN mentions m ON m.actor_id = a.actor_id
                   WHERE lower(a.name) = lower(?) OR lower(m.text) = lower(?)
                   GROUP BY a.actor_id ORDER BY count(*) DESC LIMIT 1""", (name, name)).fetchone()
        if row is None:
            return None
        actor_id = row["actor_id"]
        q = self.conn.execute
        aliases = [dict(r) for r in q(
            "SELECT text, count(*) AS mentions FROM mentions WHERE actor_id = ? GROUP BY text ORDER BY mentions DESC",
            (actor_id,))]
        documents = [dict(r) for r in q(
            """SELECT d.id, d.title, d.source, d.published, count(*) AS mentions
               FROM mentions m JOIN documents d ON d.rowid = m.doc_rowid WHERE m.actor_id = ?
               GROUP BY d.rowid ORDER BY d.published DESC, d.rowid LIMIT 100""", (actor_id,))]
        cooccurring = [dict(r) for r in q(
            """SELECT a.actor_id AS id, a.name, a.kind, count(DISTINCT o.doc_rowid) AS documents
               FROM mentions o JOIN actors a ON a.actor_id = o.actor_id
               WHERE o.doc_rowid IN (SELECT doc_rowid FROM mentions WHERE actor_id = ?) AND o.actor_id != ?
               GROUP BY o.actor_id ORDER BY documents DESC, count(*) DESC LIMIT 25""", (actor_id, actor_id))]
        return {
            "id": actor_id, "name": row["name"], "kind": row["kind"], "country": row["country"],
            "home_country": row["home_country"], "parent": row["parent"], "roles": json.loads(row["roles"]),
            "aliases": aliases, "documents": documents, "cooccurring": cooccurring,
        }

    def iter_documents(self, with_extraction: bool = False) -> Iterator[dict[str, Any]]:
        """Every stored document in ingest order, streamed (for exports)."""
        sql = ("SELECT d.*, e.record AS extraction FROM documents d LEFT JOIN extractions e ON e.doc_rowid = d.rowid "
               "ORDER BY d.rowid")
        for row in self.conn.execute(sql):
            out = _row(row)
            record = out.pop("extraction")
            if with_extraction and record:
                out.update(json.loads(record))
            yield out

    def check(self) -> list[str]:
        """Consistency problems, if any: SQLite's own check, FTS index, and extraction rows."""
        problems = [r[0] for r in self.conn.execute("PRAGMA integrity_check") if r[0] != "ok"]
        try:
            self.conn.execute("INSERT INTO documents_fts(documents_fts, rank) VALUES ('integrity-check', 1)")
        except sqlite3.DatabaseError as exc:
            problems.append(f"full-text index: {exc}")
        orphans = self.conn.execute(
            "SELECT count(*) FROM documents d LEFT JOIN extractions e ON e.doc_rowid = d.rowid "
            "WHERE e.doc_rowid IS NULL"
        ).fetchone()[0]
        if orphans:
            problems.append(f"{orphans} documents without an extraction record")
        return problems


def _partial_months(since: str | None, until: str | None) -> list[tuple[str, str]]:
    """The date ranges inside [since, until] that cover only part of a month (at most two)."""
    if not since and not until:
        return []
    lo, hi = since or "0000-00-00", until or "9999-99-99"
    if lo > hi:
        return []
    out = []
    if since and lo[8:] not in ("", "01"):
        out.append((lo, min(hi, lo[:7] + "-31")))
    if until and hi[8:] != "" and hi[:7] + "-31" > hi and not (out and hi[:7] == lo[:7]):
        out.append((max(lo, hi[:7] + "-01"), hi))
    return out


_PRECISIONS = ("day", "week", "month", "year")


def _date_windows(kind: str, d: str | None, precision: str | None) -> tuple[str, list[Any]]:
    """A query for the events of type ``kind`` whose date could agree with ``d`` (see ``_dates_agree``):
    for each candidate precision, the range of dates that agree at the coarser of the two precisions,
    each arm one range of the ``events_when`` index."""
    if d is None:
        return ("SELECT rowid FROM events INDEXED BY events_when "
                "WHERE type = ? AND coalesce(date_precision, 'day') = 'day' AND date IS NULL"), [kind]
    try:
        day = date.fromisoformat(d)
    except ValueError:
        return "SELECT rowid FROM events WHERE type = ? AND date = ?", [kind, d]
    mine = _PRECISIONS.index(precision) if precision in _PRECISIONS else 0
    arms, params = [], []
    for i, p in enumerate(_PRECISIONS):
        coarse = max(mine, i)
        if coarse <= 1:
            gap = timedelta(days=1 if coarse == 0 else 6)
            lo, hi = (day - gap).isoformat(), (day + gap).isoformat()
        elif coarse == 2:
            lo, hi = d[:7], d[:7] + "~"
        else:
            lo, hi = d[:4], d[:4] + "~"
        arms.append("SELECT rowid FROM events INDEXED BY events_when "
                    "WHERE type = ? AND coalesce(date_precision, 'day') = ? AND date BETWEEN ? AND ?")
        params += [kind, p, lo, hi]
    return " UNION ALL ".join(arms), params


def _dates_agree(a: str | None, pa: str | None, b: str | None, pb: str | None) -> bool:
    """Two event dates can be the same happening: both unknown, or equal at the coarser precision
    (days may be one apart, as wire copies date one event differently; weeks six days apart)."""
    if a is None or b is None:
        return a is None and b is None
    order = ["day", "week", "month", "year"]
    coarse = max(order.index(pa or "day"), order.index(pb or "day"))
    if coarse <= 1:
        gap = abs((date.fromisoformat(a) - date.fromisoformat(b)).days)
        return gap <= (1 if coarse == 0 else 6)
    return a[:7] == b[:7] if coarse == 2 else a[:4] == b[:4]


def _row(row: sqlite3.Row) -> dict[str, Any]:
    out = dict(row)
    out.pop("rowid", None)
    if isinstance(out.get("meta"), str):
        out["meta"] = json.loads(out["meta"])
    return out


def _statements(script: str) -> Iterable[str]:
    """Split a migration into statements (triggers hold semicolons inside BEGIN … END)."""
    buffer = ""
    for line in script.splitlines(keepends=True):
        buffer += line
        if sqlite3.complete_statement(buffer):
            if buffer.strip():
                yield buffer.strip()
            buffer = ""
    if buffer.strip():
        yield buffer.strip()
