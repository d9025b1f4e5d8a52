"""Hostile input, property-based (hypothesis): readers, cleaners and the whole pipeline survive any
bytes or text, and every span they report slices the document text to exactly its ``text``.

The long coverage-guided runs are in ``fuzz/`` (atheris); what they found is kept here as examples.
"""

from __future__ import annotations

import io
import json

import pytest
from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

from newsgraph.errors import InputError
from newsgraph.ingest.readers import read_stream
from newsgraph.model import Document
from newsgraph.pipeline.clean import clean

# Characters news text from the web really carries, hostile or not.
ODD = ["\u200b", "\u200e", "\u200f", "\u202e", "\u2066", "\ufeff", "\u00a0", "\x00", "\x07", "\x1b", "\r",
       "\u2028", "\u201c", "\u201d", "\u2018", "\u2019", '"', "'", "«", "»", "<", ">", "&", "\t", "\n", "\n\n"]
WORDS = ["Iran", "Russia", "the United States", "ISIS", "Daesh", "Taliban", "said", "accused", "denied", "met",
         "in Kabul", "on Tuesday", "Washington", "rejects", "“", "”", '"', ",", ".", "officials", "Pompeo",
         "the Islamic State of Iran", "supporting", "attacked", "Pakistan's", "army", "told reporters"]

HTML_TITLE_ONLY = (
    b'<!DOCTYPE html>\n<html lang="e \x00\x00Tigris Post</title>\n<meta name="author" content="Omar ny p'
    b'ledges aid for Mosul erty="article:pubOmar Haddad">\n<meta properuy="og:sicp866te_name" con'
    b'tent="The Tigris Post">\n<mort</a></nav></hea(er>\n<main>\n<article>\n<h1>Germany pledges aid '
    b'for Mosul reconstruction</h0>\n<q class="byline">By Omar Haq rt.</p>\n<p>Iraqi Prime Ministe'
    b'r Haider al-Abadi0thanked the German government and sai2018-02-14T08:30:00+03:00">\n<link r'
    b'el="canonical" hreF="https://tigris-post.example/world/germany-mo')

texty = st.lists(st.one_of(st.sampled_from(WORDS), st.sampled_from(ODD), st.text(max_size=12)),
                 max_size=80).map(" ".join)


def check_items(items: list[object], name: str) -> None:
    for item in items:
        assert isinstance(item, Document | InputError), item
        if isinstance(item, InputError):
            assert str(item).startswith(name) or name in str(item), str(item)
            assert "\n" not in item.reason  # one clear line
        else:
            assert item.raw_text.strip() and item.id


@settings(max_examples=150, deadline=None)
@given(data=st.binary(max_size=3000), fmt=st.sampled_from(["txt", "html", "jsonl", "csv", "warc"]))
@example(data=b"\xff\xfe" + "Iran said.".encode("utf-16-le"), fmt="txt")
@example(data=b"<html><body>" + b"<div>" * 5000 + b"Iran" + b"</p>" * 300, fmt="html")
@example(data=b'{"text": "' + b"\\u0000" * 100 + b'"}\n[1,2]\n"str"\n{"text": 5}\n', fmt="jsonl")
@example(data=b'text,title\n"unbalanced,quote\n', fmt="csv")
@example(data=b"WARC/1.0\r\nWARC-Type: response\r\nContent-Length: 99999\r\n\r\nshort", fmt="warc")
# found by atheris (fuzz/run.sh): a broken page whose only text is its title gave a document without text
@example(data=HTML_TITLE_ONLY, fmt="html")
def test_readers_never_crash_on_any_bytes(data: bytes, fmt: str) -> None:
    items = list(read_stream(io.BytesIO(data), "fuzz.in", fmt, size=len(data)))
    check_items(items, "fuzz.in")


@settings(max_examples=60, deadline=None)
@given(lines=st.lists(st.one_of(
    st.dictionaries(st.sampled_from(["id", "text", "title", "published", "url", "source"]),
                    st.one_of(texty, st.integers(), st.none(), st.lists(st.integers(), max_size=3))),
    st.text(max_size=40)), max_size=12))
def test_jsonl_reader_reports_bad_lines_by_number_and_goes_on(lines: list[object]) -> None:
    raw = "\n".join(json.dumps(x) if isinstance(x, dict) else x.replace("\n", " ") for x in lines)
    items = list(read_stream(io.BytesIO(raw.encode("utf-8", "surrogatepass")), "feed.jsonl", "jsonl"))
    check_items(items, "feed.jsonl")
    for item in items:
        if isinstance(item, InputError):
            assert item.origin.startswith("feed.jsonl:")


@settings(max_examples=200, deadline=None)
@given(raw=texty)
@example(raw="“" * 10_000)
@example(raw='"' * 10_001 + " Iran said")
@example(raw="x" * 1_000_000)
@example(raw="\u202eIran\u202c \u200bsaid\u200b" * 50)
def test_cleaner_survives_any_text(raw: str) -> None:
    result = clean(raw)
    assert isinstance(result.text, str)
    assert "\r" not in result.text
    for _, dropped in result.dropped:
        assert isinstance(dropped, str)


def spans_of(doc: Document) -> list[tuple[str, object]]:
    out: list[tuple[str, object]] = []
    for a in doc.actors:
        out += [("mention", m.span) for m in a.mentions]
    for e in doc.events:
        out += [("evidence", e.evidence)] + ([("trigger", e.trigger)] if e.trigger else [])
    for c in doc.claims:
        out += [("cue", c.cue), ("content", c.content)] + ([("speaker", c.speaker_span)] if c.speaker_span else [])
    return out


@pytest.mark.slow
@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(raw=texty)
@example(raw="“Russia and Iran accuse the United States of supporting IS,” he said. “" * 3)
@example(raw='He said: "' + '"' * 500 + "Iran denied it.")
@example(raw="\u200bIran\u200b met\u200e Russia\u200f in\u202e Kabul on Tuesday, officials said.")
def test_every_span_slices_the_text_to_its_text(pipeline, raw: str) -> None:
    doc = pipeline(Document(id="f", text="", raw_text=raw or " "))
    for kind, span in spans_of(doc):
        assert doc.text[span.start:span.end] == span.text, (kind, span)  # type: ignore[attr-defined]
        assert 0 <= span.start <= span.end <= len(doc.text), (kind, span)  # type: ignore[attr-defined]
    json.dumps(doc.to_dict())  # the record always serialises
