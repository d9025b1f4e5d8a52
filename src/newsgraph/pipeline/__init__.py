"""The pipeline: named stages behind one interface, run in a declared order.

A stage is any object with ``name``, ``version``, ``requires`` and ``assigns`` (names of
``Document`` attributes) and ``__call__(doc) -> doc``; it may add ``pipe(docs) -> docs`` when it is
faster on batches (the NLP stage is). :class:`Pipeline` checks at construction that every stage's
``requires`` is assigned by an earlier stage, records ``name@version`` of each stage on the
document, and streams documents through: nothing holds the whole corpus in memory.

Stage order: clean → nlp → actors → events → claims. This release provides clean, nlp, actors
(knowledge base + rules) and events (PLOVER, with their dates and places); the claim stage plugs
in behind the same interface.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from typing import Any, Protocol, runtime_checkable

from ..errors import PipelineError
from ..model import Document

# A "sentence" longer than this many tokens (a list, a table, a run-on of junk the parser could not
# split) is skipped by the event and claim stages: their work on one sentence grows with the square
# of its length, and no news sentence comes near it. Mentions in it are still found.
MAX_SENTENCE_TOKENS = 250


def long_sentence_tokens(parsed: Any) -> set[int]:
    """Indices of the tokens of ``parsed`` (a spaCy Doc) that lie in sentences over the limit."""
    return {i for s in parsed.sents if len(s) > MAX_SENTENCE_TOKENS for i in range(s.start, s.end)}


# What a document has before any stage runs (set by the readers).
INPUT_ATTRIBUTES = ("raw_text", "title", "source", "published", "url")


@runtime_checkable
class Stage(Protocol):
    name: str
    version: str
    requires: tuple[str, ...]
    assigns: tuple[str, ...]

    def __call__(self, doc: Document) -> Document: ...


class Pipeline:
    """An ordered list of stages.

    >>> from newsgraph.pipeline.clean_stage import CleanStage
    >>> Pipeline([CleanStage()]).names
    ['clean']
    """

    def __init__(self, stages: Iterable[Stage]) -> None:
        self.stages = list(stages)
        have = set(INPUT_ATTRIBUTES)
        for stage in self.stages:
            missing = [r for r in stage.requires if r not in have]
            if missing:
                raise PipelineError(
                    f"stage {stage.name!r} requires {missing}, which no earlier stage assigns "
                    f"(order: {self.names})"
                )
            have.update(stage.assigns)

    @property
    def names(self) -> list[str]:
        return [s.name for s in self.stages]

    def __call__(self, doc: Document) -> Document:
        return next(iter(self.pipe([doc])))

    def pipe(self, docs: Iterable[Document]) -> Iterator[Document]:
        stream: Iterable[Document] = docs
        for stage in self.stages:
            stream = _run(stage, stream)
        yield from stream


def _run(stage: Stage, docs: Iterable[Document]) -> Iterator[Document]:
    label = f"{stage.name}@{stage.version}"
    pipe = getattr(stage, "pipe", None)
    out = pipe(docs) if pipe is not None else (stage(d) for d in docs)
    for doc in out:
        doc.stages.append(label)
        yield doc


def default_pipeline(model: str | None = None, actors_file: str | None = None) -> Pipeline:
    """clean → nlp → actors → events → claims, with the spaCy model named by ``model`` (or the ``model`` setting)."""
    from .actors import ActorStage
    from .claims import ClaimStage
    from .clean_stage import CleanStage
    from .events import EventStage
    from .nlp import NlpStage

    nlp = NlpStage(model)
    return Pipeline([CleanStage(), nlp, ActorStage(nlp.nlp, actors_file=actors_file), EventStage(), ClaimStage()])
