"""Throughput of the newsgraph pipeline against spaCy's own parse of the same articles, in one run.

    .venv/bin/python benchmarks/throughput.py [--limit N]

Articles: the PolNeAR texts and the five samples in ../shared (when present) plus samples/corpus.
Reports articles/s and words/s for spaCy's tokenizer alone, spaCy's full pipeline alone on the cleaned texts (the floor
newsgraph cannot beat without a faster parser), and the newsgraph pipeline (clean → nlp → actors),
with each stage's share of the time, and the ratio of newsgraph to the spaCy parse.
"""

from __future__ import annotations

import argparse
import json
import platform
import time
from pathlib import Path

from newsgraph.ingest.readers import read_paths
from newsgraph.model import Document
from newsgraph.pipeline import default_pipeline

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


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--limit", type=int, default=0)
    args = ap.parse_args()
    docs = load(args.limit)
    pipeline = default_pipeline()
    nlp = pipeline.stages[1].nlp  # type: ignore[attr-defined]
    # spaCy gets the same cleaned texts the newsgraph pipeline parses.
    texts = [pipeline.stages[0](d).text for d in fresh(docs)]
    words = sum(len(t.split()) for t in texts)
    list(nlp.pipe(texts[:20]))  # warm up

    t = time.perf_counter()
    for text in texts:
        nlp.tokenizer(text)
    tok = time.perf_counter() - t

    t = time.perf_counter()
    for _ in nlp.pipe(texts, batch_size=32):
        pass
    parse = time.perf_counter() - t

    stage_time = {s.name: 0.0 for s in pipeline.stages}
    t = time.perf_counter()
    batch = fresh(docs)
    for stage in pipeline.stages:
        s0 = time.perf_counter()
        runner = getattr(stage, "pipe", None)
        batch = list(runner(batch)) if runner else [stage(d) for d in batch]
        stage_time[stage.name] = time.perf_counter() - s0
    full = time.perf_counter() - t

    result = {
        "machine": f"{platform.machine()}, {platform.processor() or 'cpu'}, Python {platform.python_version()}",
        "articles": len(docs), "words": words,
        "spacy_tokenizer": {"articles_s": round(len(docs) / tok, 1), "words_s": round(words / tok)},
        "spacy_parse": {"articles_s": round(len(docs) / parse, 1), "words_s": round(words / parse)},
        "newsgraph": {"articles_s": round(len(docs) / full, 1), "words_s": round(words / full),
                      "stage_seconds": {k: round(v, 2) for k, v in stage_time.items()}},
        "newsgraph_vs_spacy_parse": round(parse / full, 3),
    }
    print(json.dumps(result, indent=2))


if __name__ == "__main__":
    main()
