"""The library's two main jobs, which the CLI (and later the HTTP API) only call:

* :func:`extract` — read inputs, run the pipeline, yield each processed document (or the error
  that stopped one input); nothing is stored.
* :func:`ingest` — the same into a :class:`~newsgraph.store.Store`, in batches of one transaction
  each, skipping articles already stored *before* running the pipeline on them, so an interrupted
  run resumes cheaply and stores every article once.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field

from . import config
from .errors import InputError
from .ingest.readers import read_paths
from .model import Document
from .pipeline import Pipeline, default_pipeline
from .store import AddResult, Store


@dataclass
class IngestSummary:
    read: int = 0
    new: int = 0
    existing: int = 0
    duplicates: int = 0
    failed: list[InputError] = field(default_factory=list)
    interrupted: bool = False

    @property
    def ok(self) -> bool:
        return not self.failed and not self.interrupted

    def failure_reasons(self) -> dict[str, int]:
        """How many inputs failed for each reason (details in brackets left out)."""
        return dict(Counter(e.reason.split(" (")[0] for e in self.failed).most_common())

    def to_dict(self) -> dict[str, object]:
        return {
            "read": self.read,
            "new": self.new,
            "already_stored": self.existing,
            "duplicates": self.duplicates,
            "failed": len(self.failed),
            "failure_reasons": self.failure_reasons(),
            "interrupted": self.interrupted,
        }


def _documents(items: Iterable[Document | InputError], failures: list[InputError],
               on_failure: Callable[[InputError], None] | None) -> Iterator[Document]:
    for item in items:
        if isinstance(item, InputError):
            failures.append(item)
            if on_failure:
                on_failure(item)
        else:
            yield item


def extract(paths: Iterable[str], pipeline: Pipeline | None = None, *, input_format: str | None = None,
            on_failure: Callable[[InputError], None] | None = None) -> Iterator[Document]:
    """Run the pipeline over every document in ``paths`` and yield the results, in input order.

    Inputs that cannot be read are passed to ``on_failure`` and skipped.
    """
    pipeline = pipeline or default_pipeline()
    failures: list[InputError] = []
    yield from pipeline.pipe(_documents(read_paths(paths, input_format), failures, on_failure))


Process = Callable[[Iterable[Document]], Iterable[Document]]


def ingest(paths: Iterable[str], store: Store, pipeline: Pipeline | None = None, *,
           input_format: str | None = None, batch_size: int | None = None,
           on_failure: Callable[[InputError], None] | None = None,
           on_stored: Callable[[list[AddResult]], None] | None = None,
           process: Process | None = None) -> IngestSummary:
    """Read, process and store every document in ``paths``; return what happened.

    Each batch of ``batch_size`` documents is written in one transaction. A KeyboardInterrupt
    rolls back the batch in flight, marks the summary interrupted and returns.

    ``process`` runs the pipeline elsewhere — :func:`newsgraph.parallel.process_pool` or
    :func:`newsgraph.cluster.on_dask` — and must yield the documents in the order it got them;
    this process stays the only writer. Without it, ``pipeline`` runs here.
    """
    if process is None:
        pipeline = pipeline or default_pipeline()
        process = pipeline.pipe
    size = config.get_int("batch_size", batch_size)
    summary = IngestSummary()

    def unseen(docs: Iterable[Document]) -> Iterator[Document]:
        for doc in docs:
            summary.read += 1
            if store.has(doc.id):
                summary.existing += 1
            else:
                yield doc

    def write(batch: list[Document]) -> None:
        results = store.add_batch(batch)
        for r in results:
            if r.status == "existing":
                summary.existing += 1
            else:
                summary.new += 1
                summary.duplicates += r.status == "duplicate"
        if on_stored:
            on_stored(results)

    stream = iter(process(unseen(_documents(read_paths(paths, input_format), summary.failed, on_failure))))
    batch: list[Document] = []
    try:
        for doc in stream:
            batch.append(doc)
            if len(batch) >= size:
                write(batch)
                batch = []
        if batch:
            write(batch)
    except KeyboardInterrupt:
        summary.interrupted = True
    finally:
        close = getattr(stream, "close", None)
        if close is not None:
            close()  # stops worker pools and cancels work in flight
    return summary
