"""The scale benchmark (issue 7): one command, every figure measured in the same run, as ratios to
spaCy's own parse of the same articles.

    .venv/bin/python benchmarks/scale.py [--articles 2000] [--memory-run 50000] [--no-dask]

Articles: the real full texts beside the project — the five samples and the 928 PolNeAR articles in
../shared, and the bundled corpus — then articles assembled from Multi-CoPED's real news sentences
(20 a piece), then, to reach ``--articles``, real articles again with their paragraphs in reverse
order (new texts of the same kind; the store links them as near-duplicates).

Measured, with the peak resident memory of every process involved:

1. spaCy's tokenizer alone, and spaCy's full parse alone on the cleaned texts (the floor);
2. the newsgraph pipeline in one process, with each stage's time;
3. the pipeline in 2 worker processes (``--workers 2``) and on a Dask LocalCluster of 2 workers;
4. storing the already-extracted articles (extraction cached), articles/s and store size per 1,000;
5. memory over a long run: ``--memory-run`` articles streamed from a JSONL file through the real
   ingest (reader → pipeline → single writer), the NLP replaced by a lookup of its cached output
   so the run takes minutes: resident memory sampled as it goes.
"""

from __future__ import annotations

import argparse
import copy
import json
import platform
import tempfile
import threading
import time
from collections.abc import Iterable, Iterator
from functools import partial
from pathlib import Path
from typing import Any

import psutil

from newsgraph.ingest.readers import read_paths
from newsgraph.model import Document
from newsgraph.pipeline import default_pipeline
from newsgraph.store import Store

ROOT = Path(__file__).resolve().parent.parent
SHARED = ROOT.parent / "shared"


def load(limit: int) -> list[Document]:
    paths = [str(ROOT / "samples" / "corpus")]
    if SHARED.is_dir():
        paths += [str(SHARED / "samples")]
        paths += [str(SHARED / "data" / n) for n in ("polnear_train.jsonl", "polnear_dev.jsonl")]
    docs = [d for d in read_paths(paths) if isinstance(d, Document)]
    return docs[:limit] if limit else docs


def fresh(docs: list[Document]) -> list[Document]:
    return [Document(id=d.id, text="", raw_text=d.raw_text, title=d.title, input_format=d.input_format)
            for d in docs]


class Memory:
    """Peak resident memory of this process and of each child process, sampled every 0.2 s."""

    def __init__(self) -> None:
        self.me = psutil.Process()
        self.peak_main = 0
        self.peak_child: dict[int, int] = {}
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._run, daemon=True)

    def _run(self) -> None:
        while not self._stop.is_set():
            try:
                self.peak_main = max(self.peak_main, self.me.memory_info().rss)
                for child in self.me.children(recursive=True):
                    try:
                        rss = child.memory_info().rss
                    except psutil.Error:
                        continue
                    self.peak_child[child.pid] = max(self.peak_child.get(child.pid, 0), rss)
            except psutil.Error:
                pass
            self._stop.wait(0.2)

    def __enter__(self) -> Memory:
        self._thread.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self._stop.set()
        self._thread.join()

    def report(self) -> dict[str, Any]:
        workers = sorted(self.peak_child.values(), reverse=True)
        return {"peak_main_mb": round(self.peak_main / 2**20), "peak_largest_child_mb":
                round(workers[0] / 2**20) if workers else None}


def corpus(n: int) -> list[Document]:
    docs = load(0)
    cop = SHARED / "data" / "multicoped_train.jsonl"
    if cop.is_file():
        sentences = [json.loads(line)["text"] for line in cop.open(encoding="utf-8")]
        for i in range(0, len(sentences) - 19, 20):
            text = "\n\n".join(sentences[i:i + 20])
            docs.append(Document(id=f"multicoped-{i // 20:03d}", text="", raw_text=text, input_format="txt"))
    real = list(docs)
    k = 0
    while len(docs) < n and real:
        d = real[k % len(real)]
        paragraphs = d.raw_text.split("\n\n")
        docs.append(Document(id=f"{d.id}~r{k // len(real)}", text="", raw_text="\n\n".join(reversed(paragraphs)),
                             title=d.title, input_format=d.input_format))
        k += 1
    return docs[:n]


def timed(fn: Any) -> tuple[float, Any, dict[str, Any]]:
    with Memory() as mem:
        t = time.perf_counter()
        out = fn()
        seconds = time.perf_counter() - t
    return seconds, out, mem.report()


def rate(n: int, words: int, seconds: float, floor: float | None = None) -> dict[str, Any]:
    out = {"seconds": round(seconds, 1), "articles_s": round(n / seconds, 2), "words_s": round(words / seconds)}
    if floor:
        out["vs_spacy_parse"] = round(floor / seconds, 3)
    return out


def cached_process(by_id: dict[str, Document], docs: Iterable[Document]) -> Iterator[Document]:
    """The pipeline replaced by its cached output: the processed copy of the article under a new id."""
    for d in docs:
        done = copy.copy(by_id[d.id.split("#", 1)[0]])
        done.id = d.id
        yield done


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--articles", type=int, default=2000)
    ap.add_argument("--memory-run", type=int, default=50_000)
    ap.add_argument("--no-dask", action="store_true")
    args = ap.parse_args()

    docs = corpus(args.articles)
    pipeline = default_pipeline()
    nlp = pipeline.stages[1].nlp  # type: ignore[attr-defined]
    texts = [pipeline.stages[0](d).text for d in fresh(docs)]
    words = sum(len(t.split()) for t in texts)
    n = len(docs)
    list(nlp.pipe(texts[:20]))  # warm up
    result: dict[str, Any] = {
        "machine": f"{platform.machine()}, {psutil.cpu_count(logical=True)} cores, "
                   f"{round(psutil.virtual_memory().total / 2**30)} GB, Python {platform.python_version()}",
        "articles": n, "words": words,
    }

    seconds, _, _ = timed(lambda: sum(len(nlp.tokenizer(t)) for t in texts))
    result["spacy_tokenizer"] = rate(n, words, seconds)
    parse, _, mem = timed(lambda: sum(1 for _ in nlp.pipe(texts, batch_size=32)))
    result["spacy_parse"] = {**rate(n, words, parse), **mem}

    stage_time = {s.name: 0.0 for s in pipeline.stages}

    def one_process() -> list[Document]:
        batch = fresh(docs)
        for stage in pipeline.stages:
            s0 = time.perf_counter()
            runner = getattr(stage, "pipe", None)
            batch = list(runner(batch)) if runner else [stage(d) for d in batch]
            stage_time[stage.name] = time.perf_counter() - s0
        for d in batch:
            d.nlp = None
        return batch

    seconds, processed, mem = timed(one_process)
    result["newsgraph_1_process"] = {**rate(n, words, seconds, parse), **mem,
                                     "stage_seconds": {k: round(v, 1) for k, v in stage_time.items()},
                                     "stages_share_of_parse": round(
                                         sum(v for k, v in stage_time.items() if k != "nlp") / stage_time["nlp"], 3)}
    one = seconds

    from newsgraph.parallel import process_pool

    seconds, _, mem = timed(lambda: sum(1 for _ in process_pool(fresh(docs), 2)))
    result["newsgraph_2_workers"] = {**rate(n, words, seconds, parse), **mem,
                                     "speedup_vs_1_process": round(one / seconds, 2)}

    if not args.no_dask:
        from newsgraph.cluster import connect, on_dask

        t = time.perf_counter()
        with connect("local", workers=2) as client:
            startup = time.perf_counter() - t
            seconds, _, mem = timed(lambda: sum(1 for _ in on_dask(fresh(docs), client)))
        result["dask_local_2_workers"] = {**rate(n, words, seconds, parse), **mem,
                                          "speedup_vs_1_process": round(one / seconds, 2),
                                          "cluster_start_seconds": round(startup, 1)}

    with tempfile.TemporaryDirectory() as tmp:
        db = Path(tmp) / "bench.db"

        def store_all() -> None:
            with Store(db) as store:
                for i in range(0, n, 64):
                    store.add_batch(processed[i:i + 64])

        seconds, _, mem = timed(store_all)
        size = sum(p.stat().st_size for p in Path(tmp).iterdir())
        result["store_extracted"] = {"seconds": round(seconds, 1), "articles_s": round(n / seconds), **mem,
                                     "mb_per_1000_articles": round(size / 2**20 / n * 1000, 1)}

        # the long run: a JSONL of --memory-run articles streamed through the real ingest
        from newsgraph.runner import ingest

        by_id = {d.id: d for d in processed}
        source = Path(tmp) / "long.jsonl"
        with source.open("w", encoding="utf-8") as fh:
            for i in range(args.memory_run):
                d = docs[i % n]
                fh.write(json.dumps({"id": f"{d.id}#{i}", "text": d.raw_text}) + "\n")
        samples: list[int] = []
        stored = [0]
        me = psutil.Process()

        def on_stored(results: list[Any]) -> None:
            before, stored[0] = stored[0], stored[0] + len(results)
            if before // 5000 != stored[0] // 5000:
                samples.append(me.memory_info().rss)

        t = time.perf_counter()
        with Store(Path(tmp) / "long.db") as store:
            summary = ingest([str(source)], store, on_stored=on_stored, process=partial(cached_process, by_id))
        seconds = time.perf_counter() - t
        rss = [round(r / 2**20) for r in samples]
        result["memory_run"] = {"articles": summary.new, "seconds": round(seconds, 1),
                                "articles_s": round(summary.new / seconds), "rss_mb_every_5000": rss,
                                "rss_growth_mb_after_first_5000": rss[-1] - rss[0] if rss else None}
    print(json.dumps(result, indent=2))


if __name__ == "__main__":
    main()
