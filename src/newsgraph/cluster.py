"""The pipeline on a Dask distributed cluster (``newsgraph ingest --dask ADDRESS|local``).

``local`` starts a ``LocalCluster`` of single-threaded worker processes on this machine; an address
(``tcp://HOST:PORT``) joins a running cluster (``dask scheduler`` on one machine, ``dask worker
tcp://HOST:8786 --nthreads 1`` on each of the others, every one with newsgraph and the model
installed). A worker plugin loads the pipeline once per worker, and again on any worker that joins
later (one restarted after a crash). Chunks of documents go out with ``retries``; their results
come back in input order to the single writer, so the store holds what a one-process run stores.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from typing import Any

from distributed import Client, LocalCluster, get_worker
from distributed.diagnostics.plugin import WorkerPlugin

from .errors import ConfigError
from .model import Document
from .parallel import chunked, ordered, run_chunk
from .pipeline import Pipeline, default_pipeline


class PipelinePlugin(WorkerPlugin):
    """One newsgraph pipeline per Dask worker, loaded when the worker starts or joins."""

    name = "newsgraph-pipeline"

    def __init__(self, model: str | None = None, actors_file: str | None = None) -> None:
        self.model, self.actors_file = model, actors_file

    def setup(self, worker: Any) -> None:
        worker.newsgraph_pipeline = default_pipeline(self.model, self.actors_file)

    def teardown(self, worker: Any) -> None:
        worker.newsgraph_pipeline = None


def _chunk(chunk: list[Document]) -> list[Document]:
    pipeline: Pipeline = getattr(get_worker(), "newsgraph_pipeline")  # noqa: B009 - set by the plugin
    return run_chunk(pipeline, chunk)


@contextmanager
def connect(address: str, workers: int = 2) -> Iterator[Client]:
    """A client of the cluster at ``address``, or of a new ``LocalCluster`` of ``workers``
    single-threaded processes when ``address`` is ``local`` (closed again on exit)."""
    if address == "local":
        with LocalCluster(n_workers=workers, threads_per_worker=1, processes=True,  # type: ignore[no-untyped-call]
                          dashboard_address=None) as cluster, Client(cluster) as client:  # type: ignore[no-untyped-call]
            yield client
        return
    try:
        client = Client(address, timeout="10s")  # type: ignore[no-untyped-call]
    except OSError as exc:
        raise ConfigError(f"cannot reach the Dask scheduler at {address}: {exc}") from None
    with client:
        yield client


def on_dask(docs: Iterable[Document], client: Client, *, model: str | None = None, actors_file: str | None = None,
            chunk_size: int = 4, retries: int = 3) -> Iterator[Document]:
    """Process ``docs`` on the cluster behind ``client``, yielding results in input order."""
    client.register_plugin(PipelinePlugin(model, actors_file), name=PipelinePlugin.name)
    workers = max(1, len(client.scheduler_info().get("workers", {})))

    def submit(chunk: list[Document]) -> Any:
        return client.submit(_chunk, chunk, pure=False, retries=retries)

    yield from ordered(submit, chunked(docs, chunk_size), window=3 * workers)
