"""The `newsgraph` command, run as a real subprocess on real files."""

from __future__ import annotations

import json

import pyarrow.parquet as pq
import pytest

from .conftest import CORPUS, ROOT, run_cli

pytestmark = pytest.mark.slow

COMMANDS = ["ingest", "extract", "search", "stats", "export", "config"]


def jsonl(out: bytes) -> list[dict]:
    return [json.loads(line) for line in out.decode().splitlines() if line.strip()]


@pytest.mark.parametrize("command", [None, *COMMANDS])
def test_help_on_every_command(command):
    result = run_cli(*([command] if command else []), "--help")
    assert result.returncode == 0
    assert b"Usage" in result.stdout and len(result.stdout) > 300


def test_extract_shared_samples_prints_five_well_formed_documents(shared_samples):
    result = run_cli("extract", *map(str, shared_samples), "--format", "jsonl")
    assert result.returncode == 0, result.stderr.decode()
    records = jsonl(result.stdout)
    assert len(records) == 5
    for record in records:
        assert set(record) >= {"doc", "text", "actors", "events", "claims"}
        assert set(record["doc"]) == {"id", "title", "source", "published", "url"}
        assert record["doc"]["title"] and record["text"]
        for furniture in ("Skip to main content", "Leave a Reply", "Follow her on", "Sipa", "Source: Voice"):
            assert furniture not in record["text"]
        for actor in record["actors"]:
            assert set(actor) >= {"id", "name", "kind", "country", "aliases", "mentions"}
            for m in actor["mentions"]:
                assert record["text"][m["start"]:m["end"]] == m["text"]


def test_extract_echoes_ids_from_jsonl_and_json_format(tmp_path):
    path = tmp_path / "in.jsonl"
    path.write_text("".join(json.dumps({"id": f"g{i}", "title": None, "text": f"Iran and Russia met, round {i}.",
                                        "source": "S", "published": "2018-01-0" + str(i + 1)}) + "\n"
                            for i in range(3)), encoding="utf-8")
    result = run_cli("extract", str(path), "--format", "jsonl")
    records = jsonl(result.stdout)
    assert [r["doc"]["id"] for r in records] == ["g0", "g1", "g2"]
    assert records[2]["doc"]["published"] == "2018-01-03" and records[0]["doc"]["source"] == "S"
    as_json = json.loads(run_cli("extract", str(path), "--format", "json", "--no-text").stdout)
    assert [r["doc"]["id"] for r in as_json] == ["g0", "g1", "g2"] and "text" not in as_json[0]


def test_ingest_samples_twice_stores_five(shared_samples, tmp_path):
    db = str(tmp_path / "s.db")
    first = run_cli("ingest", str(shared_samples[0].parent), "--db", db)
    assert first.returncode == 0, first.stderr.decode()
    assert b"stored 5" in first.stderr
    second = run_cli("ingest", str(shared_samples[0].parent), "--db", db)
    assert second.returncode == 0 and b"already stored 5" in second.stderr
    stats = json.loads(run_cli("stats", "--db", db).stdout)
    assert stats["documents"] == 5 and stats["stories"] == 5


def test_bad_inputs_in_one_batch_are_each_named_and_the_rest_stored(tmp_path):
    d = tmp_path / "in"
    d.mkdir()
    (d / "binary.txt").write_bytes(bytes(range(256)) * 8)
    (d / "latin.txt").write_bytes("Café talks\n\nIran's minister met the French président in Paris.".encode("latin-1"))
    (d / "utf16.txt").write_bytes("Talks\n\nRussia and China met in Beijing on Monday.".encode("utf-16"))
    (d / "empty.txt").write_bytes(b"")
    (d / "lines.jsonl").write_text('{"id": "j1", "text": "Pakistan rejected the charge."}\n{not json\n',
                                   encoding="utf-8")
    (d / "notext.csv").write_text("id,body\n1,x\n", encoding="utf-8")
    (d / "nav.html").write_text("<html><body><nav>Home</nav></body></html>", encoding="utf-8")
    db = str(tmp_path / "b.db")
    result = run_cli("ingest", str(d), "--db", db)
    err = result.stderr.decode()
    assert result.returncode == 1
    for name in ("binary.txt", "empty.txt", "lines.jsonl:2", "notext.csv:1", "nav.html"):
        assert name in err, (name, err)
    assert "read 3, stored 3" in err and "failed 5" in err
    exported = jsonl(run_cli("export", "--db", db, "--format", "jsonl").stdout)
    assert {r["origin"].rsplit("/", 1)[-1] for r in exported} == {"latin.txt", "utf16.txt", "lines.jsonl:1"}


def test_all_good_input_exits_zero_and_stdin_works(tmp_path):
    db = str(tmp_path / "c.db")
    story = b"Headline\n\nThe Taliban and the Afghan government held talks in Doha on Friday."
    result = run_cli("ingest", "-", "--db", db, input=story)
    assert result.returncode == 0 and b"stored 1" in result.stderr
    assert json.loads(run_cli("stats", "--db", db).stdout)["documents"] == 1


def test_bundled_corpus_ingest_search_export(tmp_path):
    db = str(tmp_path / "corpus.db")
    result = run_cli("ingest", str(CORPUS), "--db", db)
    assert result.returncode == 0, result.stderr.decode()
    assert b"stored 9 (1 linked as duplicates)" in result.stderr
    hits = json.loads(run_cli("search", "daesh", "--db", db).stdout)
    assert {h["title"] for h in hits} == {"Germany pledges aid for Mosul reconstruction",
                                          "Turkey Denies Buying Oil From Islamic State Militants"}
    assert all("[Daesh]" in h["snippet"] for h in hits)
    csv_out = run_cli("export", "--db", db, "--format", "csv").stdout.decode()
    assert csv_out.splitlines()[0].startswith("id,title,text,raw_text,source,published,url")
    parquet = tmp_path / "out.parquet"
    assert run_cli("export", "--db", db, "--format", "parquet", "-o", str(parquet)).returncode == 0
    table = pq.read_table(parquet)
    assert table.num_rows == 9 and "duplicate_of" in table.column_names
    records = jsonl(run_cli("export", "--db", db, "--format", "jsonl", "--extraction").stdout)
    assert all("actors" in r for r in records)


def test_data_on_stdout_diagnostics_on_stderr(tmp_path):
    result = run_cli("extract", str(CORPUS / "wire.jsonl"), str(tmp_path / "missing.txt"))
    assert result.returncode == 1
    assert len(jsonl(result.stdout)) == 3
    assert b"missing.txt" in result.stderr and b"missing.txt" not in result.stdout


def test_missing_model_is_one_clear_line(tmp_path):
    result = run_cli("extract", str(CORPUS / "wire.jsonl"), env={"NEWSGRAPH_SPACY_MODEL": "no_such_model"})
    assert result.returncode == 2
    assert b"[E201]" in result.stderr and b"NEWSGRAPH_SPACY_MODEL" in result.stderr
    assert b"Traceback" not in result.stderr


def test_every_setting_is_documented():
    from newsgraph.config import SETTINGS

    doc = (ROOT / "docs" / "configuration.md").read_text(encoding="utf-8")
    for setting in SETTINGS:
        assert setting.env in doc and setting.default in doc, setting.env


def test_exports_events_gdelt_network(tmp_path):
    import csv
    import xml.etree.ElementTree as ET

    db = str(tmp_path / "x.db")
    assert run_cli("ingest", str(CORPUS), "--db", db).returncode == 0
    events = jsonl(run_cli("export", "events", "--db", db, "--format", "jsonl").stdout)
    assert events and {"cameo_root", "quad", "sources", "targets", "evidence", "cluster"} <= set(events[0])
    gdelt = list(csv.DictReader(run_cli("export", "gdelt", "--db", db, "--format", "csv").stdout.decode()
                                .splitlines()))
    saudi = [r for r in gdelt if r["Actor1Code"] == "SAU" and r["Actor2Code"] == "QAT"]
    assert saudi and saudi[0]["EventRootCode"] == "11" and saudi[0]["QuadClass"] == "3"
    assert saudi[0]["SQLDATE"] == "20180509" and all(r["Actor1Code"] != r["Actor2Code"] for r in gdelt)
    gexf = tmp_path / "n.gexf"
    assert run_cli("export", "network", "--db", db, "--format", "gexf", "-o", str(gexf)).returncode == 0
    root = ET.parse(gexf).getroot()
    assert root.find("{*}graph").get("mode") == "dynamic" and root.findall(".//{*}edge")
    assert run_cli("export", "network", "--db", db, "--format", "gephi", "-o", str(tmp_path / "n")).returncode == 0
    edges = list(csv.DictReader((tmp_path / "n.edges.csv").open(encoding="utf-8")))
    assert edges and {"Source", "Target", "Weight", "plover"} <= set(edges[0])
    graphml = tmp_path / "n.graphml"
    assert run_cli("export", "network", "--db", db, "--format", "graphml", "-o", str(graphml)).returncode == 0
    import networkx as nx

    assert nx.read_graphml(graphml).number_of_edges() == len(edges)
    assert run_cli("export", "network", "--db", db, "--format", "csv").returncode == 2


@pytest.mark.slow
def test_exports_open_in_pandas(tmp_path):
    import pandas as pd

    db = str(tmp_path / "x.db")
    assert run_cli("ingest", str(CORPUS), "--db", db).returncode == 0
    for what in ("events", "gdelt", "claims", "actors", "articles"):
        frames = {}
        for fmt, read in (("csv", pd.read_csv), ("jsonl", lambda p: pd.read_json(p, lines=True)),
                          ("parquet", pd.read_parquet)):
            out = tmp_path / f"{what}.{fmt}"
            assert run_cli("export", what, "--db", db, "--format", fmt, "-o", str(out)).returncode == 0, (what, fmt)
            frames[fmt] = read(out)
        shapes = {fmt: f.shape for fmt, f in frames.items()}
        assert len(set(shapes.values())) == 1 and shapes["csv"][0] > 0, (what, shapes)
        assert list(frames["csv"].columns) == list(frames["parquet"].columns), what
    events = pd.read_parquet(tmp_path / "events.parquet")
    assert events["evidence"].str.len().min() > 0 and set(events["quad"].dropna()) <= {
        "verbal cooperation", "material cooperation", "verbal conflict", "material conflict"}
    gdelt = pd.read_csv(tmp_path / "gdelt.csv", dtype={"EventRootCode": str})
    assert gdelt["EventRootCode"].str.fullmatch(r"\d\d").all() and gdelt["QuadClass"].between(1, 4).all()


def test_parquet_is_written_in_batches_to_a_stream(tmp_path):
    from newsgraph.output import _write_parquet

    rows = ({"i": i, "note": None if i < 6000 else f"n{i}", "tags": ["a", "b"]} for i in range(12_001))
    with open(tmp_path / "r.parquet", "wb") as fh:
        assert _write_parquet(rows, fh) == 12_001
    table = pq.read_table(tmp_path / "r.parquet")
    assert table.num_rows == 12_001 and table.column("note")[-1].as_py() == "n12000"
    assert table.column("tags")[0].as_py() == '["a", "b"]'
