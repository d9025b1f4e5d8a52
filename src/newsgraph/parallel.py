"""Run the pipeline on several cores or on a Dask cluster, with results back in input order.

Both runners take the stream of documents still to process and return the processed documents in
the order they came, so the single writer (:func:`newsgraph.runner.ingest`) stores exactly what a
one-process run stores — same duplicate links, same event clusters.

* :func:`process_pool` — ``workers`` processes on this machine (``spawn``ed, so nothing of the
  parent is shared); each loads the pipeline once, in its initializer.
* :func:`newsgraph.cluster.on_dask` — the same on a Dask distributed cluster.

Documents travel in chunks of ``chunk_size`` and at most ``window`` chunks are in flight, so the
corpus is never held in memory; a worker that dies loses only its chunks in flight, which Dask
runs again elsewhere (``retries``), and since results are stored by the single writer in input
order, every article is stored exactly once.
"""

from __future__ import annotations

import multiprocessing
from collections import deque
from collections.abc import Callable, Iterable, Iterator
from concurrent.futures import Future, ProcessPoolExecutor
from itertools import islice
from typing import Any

from .errors import ConfigError
from .model import Document
from .pipeline import Pipeline, default_pipeline

_PIPELINE: Pipeline | None = None


def chunked(docs: Iterable[Document], size: int) -> Iterator[list[Document]]:
    it = iter(docs)
    while chunk := list(islice(it, size)):
        yield chunk


def run_chunk(pipeline: Pipeline, chunk: list[Document]) -> list[Document]:
    """Process one chunk; the parsed spaCy ``Doc`` stays behind (only the record travels back)."""
    out = list(pipeline.pipe(chunk))
    for doc in out:
        doc.nlp = None
    return out


def ordered(submit: Callable[[list[Document]], Any], chunks: Iterable[list[Document]],
             window: int) -> Iterator[Document]:
    """Submit chunks, keeping at most ``window`` in flight, and yield results in submission order."""
    pending: deque[Any] = deque()
    try:
        for chunk in chunks:
            pending.append(submit(chunk))
            while len(pending) >= window:
                yield from pending.popleft().result()
        while pending:
            yield from pending.popleft().result()
    finally:
        for future in pending:
            future.cancel()


# -- worker processes on this machine ----------------------------------------------------------
def _init_worker(model: str | None, actors_file: str | None) -> None:
    global _PIPELINE
    _PIPELINE = default_pipeline(model, actors_file)


def _pool_chunk(chunk: list[Document]) -> list[Document]:
    assert _PIPELINE is not None, "worker initializer did not run"
    return run_chunk(_PIPELINE, chunk)


def process_pool(docs: Iterable[Document], workers: int, *, model: str | None = None,
                 actors_file: str | None = None, chunk_size: int = 4) -> Iterator[Document]:
    """Process ``docs`` in ``workers`` processes, yielding results in input order."""
    if workers < 1:
        raise ConfigError(f"--workers must be at least 1, not {workers}")
    context = multiprocessing.get_context("spawn")
    with ProcessPoolExecutor(workers, mp_context=context, initializer=_init_worker,
                             initargs=(model, actors_file)) as pool:
        def submit(chunk: list[Document]) -> Future[list[Document]]:
            return pool.submit(_pool_chunk, chunk)

        try:
            yield from ordered(submit, chunked(docs, chunk_size), window=3 * workers)
        except BaseException:
            pool.shutdown(wait=False, cancel_futures=True)
            raise
