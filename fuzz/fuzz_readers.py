"""Coverage-guided fuzzing of one reader with atheris (libFuzzer for Python).

    .venv/bin/python fuzz/fuzz_readers.py FORMAT [libFuzzer options…]
    bash fuzz/run.sh [SECONDS]        # every reader in turn, SECONDS each (default 1800)

FORMAT is txt, html, jsonl, csv or warc. A crash is any exception escaping ``read_stream`` (readers
must turn every bad input into an ``InputError`` and go on) or an item that is neither a Document nor
an InputError. libFuzzer writes the crashing input to ``crash-…``; keep it as an ``@example`` in
``tests/test_hostile.py`` when you fix it.
"""

from __future__ import annotations

import io
import logging
import sys

import atheris

with atheris.instrument_imports(include=["newsgraph", "warcio", "trafilatura", "charset_normalizer", "lxml_html_clean",
                                         "justext", "htmldate", "courlan"]):
    # the libraries the readers import lazily are imported here, so that they are instrumented too
    import charset_normalizer  # noqa: F401
    import trafilatura  # noqa: F401
    import warcio.archiveiterator  # noqa: F401

    from newsgraph.errors import InputError
    from newsgraph.ingest.readers import read_stream
    from newsgraph.model import Document

logging.disable(logging.CRITICAL)  # trafilatura logs every page it discards
FORMAT = sys.argv.pop(1) if len(sys.argv) > 1 and not sys.argv[1].startswith("-") else "txt"


def one_input(data: bytes) -> None:
    for item in read_stream(io.BytesIO(data), "fuzz.in", FORMAT, size=len(data)):
        if not isinstance(item, Document | InputError):
            raise TypeError(f"reader yielded {type(item).__name__}")
        if isinstance(item, Document):
            assert item.raw_text.strip(), "a document without text"


if __name__ == "__main__":
    atheris.Setup(sys.argv, one_input)
    atheris.Fuzz()
