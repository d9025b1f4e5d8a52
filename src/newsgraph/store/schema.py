"""The store's schema as an ordered list of migrations.

``PRAGMA user_version`` holds the number of migrations applied. Opening a store applies the missing
ones in one transaction each; a store written by a newer newsgraph is refused rather than damaged.
Never edit a released migration: add a new one.
"""

from __future__ import annotations

MIGRATIONS: tuple[str, ...] = (
    # 1: documents with full-text search, duplicate links, MinHash/LSH index, extraction records.
    """
    CREATE TABLE documents (
        rowid INTEGER PRIMARY KEY,
        id TEXT NOT NULL UNIQUE,
        title TEXT,
        text TEXT NOT NULL,
        raw_text TEXT NOT NULL,
        source TEXT,
        published TEXT,
        url TEXT,
        author TEXT,
        site TEXT,
        origin TEXT,
        input_format TEXT,
        meta TEXT NOT NULL DEFAULT '{}',
        content_hash TEXT NOT NULL,
        duplicate_of TEXT REFERENCES documents(id),
        duplicate_kind TEXT CHECK (duplicate_kind IN ('exact', 'near')),
        similarity REAL,
        ingested_at TEXT NOT NULL
    );
    CREATE INDEX documents_content_hash ON documents(content_hash);
    CREATE INDEX documents_duplicate_of ON documents(duplicate_of);
    CREATE INDEX documents_published ON documents(published);
    CREATE INDEX documents_source ON documents(source);

    CREATE VIRTUAL TABLE documents_fts USING fts5(
        title, text, content='documents', content_rowid='rowid', tokenize='porter unicode61'
    );
    CREATE TRIGGER documents_ai AFTER INSERT ON documents BEGIN
        INSERT INTO documents_fts(rowid, title, text) VALUES (new.rowid, new.title, new.text);
    END;
    CREATE TRIGGER documents_ad AFTER DELETE ON documents BEGIN
        INSERT INTO documents_fts(documents_fts, rowid, title, text)
        VALUES ('delete', old.rowid, old.title, old.text);
    END;
    CREATE TRIGGER documents_au AFTER UPDATE OF title, text ON documents BEGIN
        INSERT INTO documents_fts(documents_fts, rowid, title, text)
        VALUES ('delete', old.rowid, old.title, old.text);
        INSERT INTO documents_fts(rowid, title, text) VALUES (new.rowid, new.title, new.text);
    END;

    CREATE TABLE minhash (
        doc_rowid INTEGER PRIMARY KEY REFERENCES documents(rowid) ON DELETE CASCADE,
        signature BLOB NOT NULL
    );
    CREATE TABLE lsh_bands (
        band INTEGER NOT NULL,
        key INTEGER NOT NULL,
        doc_rowid INTEGER NOT NULL REFERENCES documents(rowid) ON DELETE CASCADE,
        PRIMARY KEY (band, key, doc_rowid)
    ) WITHOUT ROWID;

    CREATE TABLE extractions (
        doc_rowid INTEGER PRIMARY KEY REFERENCES documents(rowid) ON DELETE CASCADE,
        stages TEXT NOT NULL,
        record TEXT NOT NULL
    );
    CREATE TABLE mentions (
        doc_rowid INTEGER NOT NULL REFERENCES documents(rowid) ON DELETE CASCADE,
        actor_id TEXT NOT NULL,
        name TEXT NOT NULL,
        kind TEXT NOT NULL,
        country TEXT,
        start INTEGER NOT NULL,
        "end" INTEGER NOT NULL,
        text TEXT NOT NULL,
        confidence REAL NOT NULL
    );
    CREATE INDEX mentions_doc ON mentions(doc_rowid);
    CREATE INDEX mentions_name ON mentions(name);
    """,
    # 2: one row per actor across the store (knowledge-base fields; the latest document's view wins).
    """
    CREATE TABLE actors (
        actor_id TEXT PRIMARY KEY,
        name TEXT NOT NULL,
        kind TEXT NOT NULL,
        country TEXT,
        home_country TEXT,
        parent TEXT,
        roles TEXT NOT NULL DEFAULT '[]'
    );
    CREATE INDEX mentions_actor ON mentions(actor_id);
    INSERT OR IGNORE INTO actors (actor_id, name, kind, country)
        SELECT actor_id, name, kind, country FROM mentions GROUP BY actor_id;
    """,
    # 3: events with their actors, dates and places, indexed for the `newsgraph events` filters.
    """
    CREATE TABLE events (
        rowid INTEGER PRIMARY KEY,
        doc_rowid INTEGER NOT NULL REFERENCES documents(rowid) ON DELETE CASCADE,
        event_id TEXT NOT NULL,
        type TEXT NOT NULL,
        mode TEXT,
        quad TEXT,
        cameo TEXT,
        negated INTEGER NOT NULL,
        modality TEXT,
        happened INTEGER NOT NULL,
        context TEXT,
        date TEXT,
        date_precision TEXT,
        place TEXT,
        place_country TEXT,
        lat REAL,
        lon REAL,
        start INTEGER NOT NULL,
        "end" INTEGER NOT NULL,
        evidence TEXT NOT NULL,
        trigger TEXT,
        confidence REAL NOT NULL,
        UNIQUE (doc_rowid, event_id)
    );
    CREATE INDEX events_type ON events(type);
    CREATE INDEX events_date ON events(date);
    CREATE TABLE event_actors (
        event_rowid INTEGER NOT NULL REFERENCES events(rowid) ON DELETE CASCADE,
        actor_id TEXT NOT NULL,
        role TEXT NOT NULL CHECK (role IN ('source', 'target')),
        PRIMARY KEY (event_rowid, actor_id, role)
    ) WITHOUT ROWID;
    CREATE INDEX event_actors_actor ON event_actors(actor_id, role);
    """,
    # 4: claims and the propositions they assert or deny.
    """
    CREATE TABLE claims (
        rowid INTEGER PRIMARY KEY,
        doc_rowid INTEGER NOT NULL REFERENCES documents(rowid) ON DELETE CASCADE,
        claim_id TEXT NOT NULL,
        speaker TEXT,
        speaker_text TEXT,
        cue TEXT NOT NULL,
        stance TEXT NOT NULL CHECK (stance IN ('assert', 'deny')),
        quote_type TEXT NOT NULL,
        content TEXT NOT NULL,
        start INTEGER NOT NULL,
        "end" INTEGER NOT NULL,
        about TEXT NOT NULL DEFAULT '[]',
        events TEXT NOT NULL DEFAULT '[]',
        confidence REAL NOT NULL,
        UNIQUE (doc_rowid, claim_id)
    );
    CREATE INDEX claims_speaker ON claims(speaker);
    CREATE TABLE propositions (
        claim_rowid INTEGER NOT NULL REFERENCES claims(rowid) ON DELETE CASCADE,
        key TEXT NOT NULL,
        stance TEXT NOT NULL,
        speaker TEXT,
        PRIMARY KEY (claim_rowid, key)
    ) WITHOUT ROWID;
    CREATE INDEX propositions_key ON propositions(key);
    """,
    # 5: the same happening reported by several articles is one event cluster (GDELT's Mentions).
    """
    ALTER TABLE events ADD COLUMN cluster INTEGER;
    UPDATE events SET cluster = rowid;
    CREATE INDEX events_cluster ON events(cluster);
    """,
    # 6: counts kept on each actor as documents arrive, so listing actors does not count every mention;
    #    the (type, precision, date) index the event-cluster lookup asks first.
    """
    ALTER TABLE actors ADD COLUMN mentions INTEGER NOT NULL DEFAULT 0;
    ALTER TABLE actors ADD COLUMN documents INTEGER NOT NULL DEFAULT 0;
    UPDATE actors SET
        mentions = (SELECT count(*) FROM mentions m WHERE m.actor_id = actors.actor_id),
        documents = (SELECT count(DISTINCT doc_rowid) FROM mentions m WHERE m.actor_id = actors.actor_id);
    CREATE INDEX actors_mentions ON actors(mentions DESC, name);
    CREATE INDEX events_when ON events(type, coalesce(date_precision, 'day'), date);
    """,
    # 7: the actor network per month, kept as events arrive (one row per source, target, type, month
    #    and happened; month '' for undated events, '*' for all time), so the network of a large
    #    store is read without joining every event.
    """
    CREATE TABLE network_months (
        source TEXT NOT NULL,
        target TEXT NOT NULL,
        type TEXT NOT NULL,
        month TEXT NOT NULL,
        happened INTEGER NOT NULL,
        quad TEXT,
        events INTEGER NOT NULL,
        first TEXT,
        last TEXT,
        PRIMARY KEY (source, target, type, month, happened)
    ) WITHOUT ROWID;
    CREATE INDEX network_months_month ON network_months(month);
    CREATE INDEX network_months_target ON network_months(target);
    INSERT INTO network_months
        SELECT s.actor_id, t.actor_id, e.type, coalesce(substr(e.date, 1, 7), ''), e.happened, min(e.quad),
               count(*), min(e.date), max(e.date)
        FROM events e
        JOIN event_actors s ON s.event_rowid = e.rowid AND s.role = 'source'
        JOIN event_actors t ON t.event_rowid = e.rowid AND t.role = 'target'
        WHERE e.negated = 0 AND s.actor_id != t.actor_id
        GROUP BY s.actor_id, t.actor_id, e.type, coalesce(substr(e.date, 1, 7), ''), e.happened;
    INSERT INTO network_months
        SELECT source, target, type, '*', happened, min(quad), sum(events), min(first), max(last)
        FROM network_months GROUP BY source, target, type, happened;
    """,
)

SCHEMA_VERSION = len(MIGRATIONS)
