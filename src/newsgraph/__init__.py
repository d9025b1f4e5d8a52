"""newsgraph: who did what to whom, when and where, and who said what — from raw news text.

The library is the product; the CLI is a thin layer over it::

    from newsgraph import extract, ingest, Store
    for doc in extract(["story.txt"]):
        print(doc.title, [a.name for a in doc.actors])
"""

from __future__ import annotations

__version__ = "0.1.0"

from .model import Actor, Claim, Document, Event, Mention, Span  # noqa: E402
from .runner import extract, ingest  # noqa: E402
from .store import Store  # noqa: E402

__all__ = ["Actor", "Claim", "Document", "Event", "Mention", "Span", "Store", "extract", "ingest", "__version__"]
