"""Readers: files, folders and stdin in, :class:`~newsgraph.model.Document` records out.

Supported inputs (``docs/ingestion.md`` documents each):

=========================  ================================================================
``.txt`` ``.text``         one article; the first non-empty line (after page furniture) is the title
``.html`` ``.htm``          one page; main text and metadata (title, date, author, site) by trafilatura
``.jsonl`` ``.ndjson``      one article per line: ``id``, ``title``, ``text``, ``source``, ``published``, ``url``
``.csv`` ``.tsv``           one article per row, the same columns
``.warc`` ``.warc.gz``      every HTML response record of a web archive
``-``                       standard input, format sniffed (or forced with ``input_format``)
=========================  ================================================================

Readers never raise for a bad input: they yield an :class:`~newsgraph.errors.InputError` naming
the file (and line) and go on, so one broken file cannot stop a batch. Every record is streamed:
a 50,000-line JSONL file is never held in memory at once.
"""

from __future__ import annotations

import csv
import hashlib
import io
import json
import logging
import os
import sys
from collections.abc import Iterable, Iterator
from datetime import datetime
from email.utils import parsedate_to_datetime
from pathlib import Path
from typing import IO, Any

from .. import config
from ..errors import InputError, RecordError
from ..model import Document
from .decode import decode

TEXT_EXTS = (".txt", ".text")
HTML_EXTS = (".html", ".htm", ".xhtml")
JSONL_EXTS = (".jsonl", ".ndjson")
CSV_EXTS = (".csv", ".tsv")
WARC_EXTS = (".warc", ".warc.gz", ".arc", ".arc.gz")
FORMATS = ("txt", "html", "jsonl", "csv", "warc")
KNOWN_FIELDS = ("id", "title", "text", "source", "published", "url")

# An HTML page whose extracted main text is shorter than this holds no article.
MIN_ARTICLE_WORDS = 15

Item = Document | InputError
log = logging.getLogger("newsgraph")


def format_of(path: str) -> str | None:
    """The input format for a file name, or None when the extension is not one newsgraph reads.

    >>> format_of("crawl/2018-07.warc.gz")
    'warc'
    """
    name = path.lower()
    for fmt, exts in (("warc", WARC_EXTS), ("txt", TEXT_EXTS), ("html", HTML_EXTS), ("jsonl", JSONL_EXTS),
                      ("csv", CSV_EXTS)):
        if name.endswith(exts):
            return fmt
    return None


def sniff(head: bytes) -> str:
    """Guess the format of an input from its first bytes (used for stdin and unknown extensions)."""
    stripped = head.lstrip(b"\xef\xbb\xbf \t\r\n")
    if stripped.startswith(b"WARC/") or head.startswith(b"\x1f\x8b"):
        return "warc"
    if stripped.startswith(b"{"):
        return "jsonl"
    if stripped[:1] == b"<":
        return "html"
    return "txt"


def iso_date(value: Any) -> str | None:
    """A publication date as ``YYYY-MM-DD``, or None when it cannot be read.

    >>> iso_date("2018-07-10T09:00:00Z"), iso_date("Tue, 10 Jul 2018 09:00:00 GMT"), iso_date("soon")
    ('2018-07-10', '2018-07-10', None)
    """
    if value is None or value == "":
        return None
    text = str(value).strip()
    try:
        return datetime.fromisoformat(text.replace("Z", "+00:00")).date().isoformat()
    except ValueError:
        pass
    try:
        return parsedate_to_datetime(text).date().isoformat()
    except (TypeError, ValueError, IndexError):
        pass
    for fmt in ("%Y-%m-%d", "%Y/%m/%d", "%d %B %Y", "%B %d, %Y", "%b %d, %Y", "%d/%m/%Y", "%Y%m%d"):
        try:
            return datetime.strptime(text[:32], fmt).date().isoformat()
        except ValueError:
            continue
    return None


def content_id(text: str) -> str:
    """A stable id for an input without one: the same text always gets the same id."""
    return "d" + hashlib.sha1(text.encode("utf-8", "surrogatepass")).hexdigest()[:16]


def _max_bytes() -> int:
    return config.get_int("max_doc_bytes")


def truncated(text: str, origin: str, size: int | None = None) -> tuple[str, dict[str, int]]:
    """``text`` cut to the ``max_doc_bytes`` setting (at a paragraph or sentence end near the limit
    when there is one), with a warning; ``meta`` to record on the document (empty when not cut).
    ``size`` is the input's real size when only its head was read."""
    limit = _max_bytes()
    encoded = text.encode("utf-8", "surrogatepass")
    if len(encoded) <= limit and size is None:
        return text, {}
    head = encoded[:limit].decode("utf-8", "ignore")
    for mark in ("\n\n", "\n", ". "):
        cut = head.rfind(mark)
        if cut > len(head) * 0.9:
            head = head[:cut + len(mark)].rstrip()
            break
    original = size if size is not None else len(encoded)
    log.warning("%s: text of %.1f MB truncated to the first %.1f MB (max_doc_bytes, NEWSGRAPH_MAX_DOC_BYTES)",
                origin, original / 1e6, len(head.encode("utf-8", "surrogatepass")) / 1e6)
    return head, {"truncated_from_bytes": original}


def _record(fields: dict[str, Any], origin: str, fmt: str) -> Document:
    """A Document from a JSONL/CSV record; unknown fields are kept in ``meta``."""
    text = fields.get("text")
    if not isinstance(text, str) or not text.strip():
        raise RecordError(origin, "no 'text' field, or it is empty" if text in (None, "") else
                          f"'text' must be a string, got {type(text).__name__}")
    text, cut = truncated(text, origin)
    given_id = fields.get("id")
    title = fields.get("title")
    published_raw = fields.get("published")
    published = iso_date(published_raw)
    meta = {k: v for k, v in fields.items() if k not in KNOWN_FIELDS} | cut
    if published_raw not in (None, "") and published is None:
        meta["published_raw"] = published_raw
    url = fields.get("url") or None
    return Document(
        id=str(given_id) if given_id not in (None, "") else content_id(text),
        text="",
        raw_text=text,
        title=str(title) if title not in (None, "") else None,
        source=str(fields["source"]) if fields.get("source") not in (None, "") else None,
        published=published,
        url=str(url) if url else None,
        origin=origin,
        input_format=fmt,
        meta=meta,
    )


def read_jsonl(stream: IO[bytes], name: str) -> Iterator[Item]:
    for number, line in enumerate(stream, start=1):
        origin = f"{name}:{number}"
        if not line.strip():
            continue
        try:
            text, _ = decode(line, origin)
            fields = json.loads(text)
        except InputError as exc:
            yield exc
            continue
        except json.JSONDecodeError as exc:
            yield RecordError(origin, f"malformed JSON ({exc.msg} at column {exc.colno})")
            continue
        if not isinstance(fields, dict):
            yield RecordError(origin, f"expected a JSON object, got {type(fields).__name__}")
            continue
        try:
            yield _record(fields, origin, "jsonl")
        except InputError as exc:
            yield exc


def read_csv(stream: IO[bytes], name: str) -> Iterator[Item]:
    head = stream.read(65536)
    try:
        _, encoding = decode(head, name)
    except InputError as exc:
        yield exc
        return
    stream.seek(0)
    text_stream = io.TextIOWrapper(stream, encoding="utf-8" if encoding == "ascii" else encoding,
                                   errors="replace", newline="")
    delimiter = "\t" if name.lower().endswith(".tsv") else ","
    csv.field_size_limit(max(_max_bytes() * 2, 1 << 20))
    reader = csv.DictReader(text_stream, delimiter=delimiter)
    columns = [c.strip() for c in reader.fieldnames or []]
    if "text" not in columns:
        yield RecordError(f"{name}:1", f"no 'text' column (columns are: {', '.join(columns) or 'none'})")
        return
    reader.fieldnames = columns
    while True:
        try:
            row = next(reader)
        except StopIteration:
            return
        except csv.Error as exc:
            yield RecordError(f"{name}:{reader.line_num}", f"malformed CSV ({exc})")
            return
        origin = f"{name}:{reader.line_num}"
        fields: dict[Any, Any] = dict(row)
        extra = fields.pop(None, None)
        if extra:
            fields["_extra_columns"] = extra
        try:
            yield _record(fields, origin, "csv")
        except InputError as exc:
            yield exc


def html_document(html: str, origin: str, url: str | None = None, extra: dict[str, Any] | None = None) -> Document:
    """A Document from an HTML page: trafilatura finds the article and its metadata."""
    import trafilatura

    result = trafilatura.bare_extraction(html, url=url, with_metadata=True, include_comments=False)
    fields: dict[str, Any] = {}
    if result is not None:
        fields = result if isinstance(result, dict) else result.as_dict()
    body = (fields.get("text") or "").strip()
    if len(body.split()) < MIN_ARTICLE_WORDS:
        raise RecordError(origin, "no article text found in this HTML page")
    title = fields.get("title")
    lines = body.split("\n")
    if title and lines and lines[0].strip() == title.strip():
        lines = lines[1:]
    if len(" ".join(lines).split()) < MIN_ARTICLE_WORDS:  # the page's only text was its title
        raise RecordError(origin, "no article text found in this HTML page")
    meta = {k: fields[k] for k in ("description", "categories", "tags", "hostname") if fields.get(k)}
    meta.update(extra or {})
    text, cut = truncated("\n\n".join(line.strip() for line in lines if line.strip()), origin)
    meta.update(cut)
    return Document(
        id=content_id(url or html),
        text="",
        raw_text=text,
        title=title,
        source=fields.get("sitename") or fields.get("hostname"),
        published=iso_date(fields.get("date")),
        url=fields.get("url") or url,
        author=fields.get("author"),
        site=fields.get("sitename"),
        origin=origin,
        input_format="html",
        meta=meta,
    )


def read_warc(stream: IO[bytes], name: str) -> Iterator[Item]:
    from warcio.archiveiterator import ArchiveIterator
    from warcio.exceptions import ArchiveLoadFailed

    number = 0
    try:
        for number, record in enumerate(ArchiveIterator(stream), start=1):
            if record.rec_type not in ("response", "resource"):
                continue
            ctype = (record.http_headers.get_header("Content-Type") if record.http_headers else None) or \
                record.rec_headers.get_header("Content-Type") or ""
            if "html" not in ctype.lower():
                continue
            url = record.rec_headers.get_header("WARC-Target-URI")
            origin = f"{name}:record {number} ({url})"
            payload = record.content_stream().read(_single_limit("html"))  # a longer page is cut here
            try:
                html, _ = decode(payload, origin)
                yield html_document(html, origin, url=url,
                                    extra={"warc_date": record.rec_headers.get_header("WARC-Date")})
            except InputError as exc:
                yield exc
    except ArchiveLoadFailed as exc:
        yield RecordError(name, f"not a readable WARC file ({exc})")
    except Exception as exc:  # noqa: BLE001 - warcio fails on broken records with any error type
        where = f"{name}:record {number + 1}"
        yield RecordError(where, f"broken WARC record, the rest of the file is skipped ({type(exc).__name__})")


def read_single(data: bytes, name: str, fmt: str) -> Iterator[Item]:
    """A whole-file article: ``.txt`` or ``.html``."""
    if not data.strip():
        yield RecordError(name, "empty file")
        return
    try:
        text, encoding = decode(data, name)
        if fmt == "html":
            yield html_document(text, name)
            return
        if not text.strip():
            yield RecordError(name, "empty file")
            return
        meta = {} if encoding in ("utf-8", "ascii") else {"encoding": encoding}
        yield Document(id=content_id(text), text="", raw_text=text, origin=name, input_format="txt", meta=meta)
    except InputError as exc:
        yield exc


def _single_limit(fmt: str) -> int:
    # An HTML page carries markup around its article: allow it four times the text limit.
    return _max_bytes() * (4 if fmt == "html" else 1)


def read_stream(stream: IO[bytes], name: str, fmt: str, size: int | None = None) -> Iterator[Item]:
    """Every document in an open binary stream of format ``fmt``; ``size`` if known, for limits."""
    if fmt == "jsonl":
        yield from read_jsonl(stream, name)
    elif fmt == "csv":
        yield from read_csv(stream, name)
    elif fmt == "warc":
        yield from read_warc(stream, name)
    else:
        limit = _single_limit(fmt)
        data = stream.read(limit + 1)  # never more than the limit is read
        full = size if size is not None else len(data)
        if len(data) > limit:
            data = data[:limit]
            if fmt == "txt":  # cut at a line end, so no character is split
                data = data[:data.rfind(b"\n") + 1] or data
        for item in read_single(data, name, fmt):
            if isinstance(item, Document) and full > limit and fmt == "txt":
                item.raw_text, cut = truncated(item.raw_text, name, size=full)
                item.meta.update(cut)
            yield item


def _walk(folder: Path) -> Iterator[Path]:
    for root, dirs, files in os.walk(folder):
        dirs[:] = sorted(d for d in dirs if not d.startswith("."))
        for file in sorted(files):
            if not file.startswith(".") and format_of(file):
                yield Path(root) / file


def read_path(path: str, input_format: str | None = None, stdin: IO[bytes] | None = None) -> Iterator[Item]:
    """Every document in ``path``: a file, a folder (recursively, known extensions only) or ``-``."""
    if path == "-":
        stream: Any = stdin or sys.stdin.buffer
        # Sniffing must not consume the stream: peek at it through a buffered reader.
        buffered = stream if hasattr(stream, "peek") else io.BufferedReader(stream)
        fmt = input_format or sniff(buffered.peek(64)[:64])
        yield from read_stream(buffered, "<stdin>", fmt)
        return
    p = Path(path)
    if p.is_dir():
        for file in _walk(p):
            yield from read_path(str(file), input_format)
        return
    if not p.exists():
        yield InputError(path, "no such file or folder")
        return
    try:
        with open(p, "rb") as handle:
            fmt = input_format or format_of(path) or sniff(handle.read(64))
            handle.seek(0)
            yield from read_stream(handle, path, fmt, size=os.fstat(handle.fileno()).st_size)
    except OSError as exc:
        yield InputError(path, f"cannot be read ({exc.strerror or exc})")


def read_paths(paths: Iterable[str], input_format: str | None = None) -> Iterator[Item]:
    for path in paths:
        yield from read_path(path, input_format)
