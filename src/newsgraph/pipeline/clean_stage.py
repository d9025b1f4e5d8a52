"""The ``clean`` stage: sets ``Document.text`` (and the title of ``.txt`` input) from ``raw_text``."""

from __future__ import annotations

from ..model import Document
from .clean import clean

# Formats whose first non-empty line is the headline.
TITLE_FIRST_FORMATS = frozenset({"txt"})


class CleanStage:
    """Drop page furniture, captions and bios; unwrap hard-wrapped lines (see :mod:`.clean`)."""

    name = "clean"
    version = "1"
    requires: tuple[str, ...] = ("raw_text",)
    assigns: tuple[str, ...] = ("text", "title")

    def __call__(self, doc: Document) -> Document:
        title_first = doc.title is None and doc.input_format in TITLE_FIRST_FORMATS
        result = clean(doc.raw_text, title_first=title_first)
        doc.text = result.text
        if title_first:
            doc.title = result.title
        doc.meta.setdefault("cleaning", {})["dropped"] = [
            {"rule": rule, "text": text} for rule, text in result.dropped
        ]
        doc.meta["cleaning"]["unwrapped"] = result.unwrapped
        return doc
