"""Readers: every supported format from real files on disk, and every kind of bad input."""

from __future__ import annotations

import io
import json

import pytest

from newsgraph.errors import DecodeError, InputError, RecordError
from newsgraph.ingest.readers import iso_date, read_path, read_paths, sniff
from newsgraph.model import Document

from .conftest import CORPUS

ARTICLE = "The foreign ministers of Iran and Russia met in Moscow on Tuesday to discuss the war in Syria."

HTML = f"""<html><head><title>Iran and Russia meet | Daily Planet</title>
<meta name="author" content="Jane Roe"><meta property="article:published_time" content="2018-07-10T09:00:00Z">
<meta property="og:site_name" content="Daily Planet"></head>
<body><nav>Home | World</nav><article><h1>Iran and Russia meet in Moscow</h1>
<p>{ARTICLE}</p><p>The talks lasted three hours and ended with a joint statement calling for a ceasefire in
Idlib province.</p></article><footer>Copyright 2018 Daily Planet</footer></body></html>"""


def docs(items):
    return [i for i in items if isinstance(i, Document)]


def errors(items):
    return [i for i in items if isinstance(i, InputError)]


def test_txt(tmp_path):
    (tmp_path / "a.txt").write_text("Headline\n\n" + ARTICLE, encoding="utf-8")
    [doc] = list(read_path(str(tmp_path / "a.txt")))
    assert doc.input_format == "txt" and doc.raw_text.endswith(ARTICLE) and doc.origin.endswith("a.txt")


def test_folder_is_read_recursively_in_order_and_skips_unknown_files(tmp_path):
    (tmp_path / "b").mkdir()
    (tmp_path / "b" / "2.txt").write_text("Two\n\n" + ARTICLE + " Two.", encoding="utf-8")
    (tmp_path / "1.txt").write_text("One\n\n" + ARTICLE, encoding="utf-8")
    (tmp_path / "notes.pdf").write_bytes(b"%PDF-1.4")
    (tmp_path / ".hidden.txt").write_text("x", encoding="utf-8")
    items = list(read_path(str(tmp_path)))
    assert [d.origin.rsplit("/", 2)[-1] for d in docs(items)] == ["1.txt", "2.txt"]
    assert not errors(items)


def test_html_main_text_and_metadata(tmp_path):
    (tmp_path / "p.html").write_text(HTML, encoding="utf-8")
    [doc] = list(read_path(str(tmp_path / "p.html")))
    assert doc.title == "Iran and Russia meet in Moscow"
    assert doc.published == "2018-07-10" and doc.author == "Jane Roe" and doc.site == "Daily Planet"
    assert doc.raw_text.startswith(ARTICLE) and "Home | World" not in doc.raw_text


def test_jsonl_fields_and_unknown_fields_kept(tmp_path):
    path = tmp_path / "r.jsonl"
    path.write_text(json.dumps({"id": 7, "title": "T", "text": ARTICLE, "source": "Wire", "published": "2018-07-10",
                                "url": "https://x.example/1", "desk": "Asia"}) + "\n", encoding="utf-8")
    [doc] = list(read_path(str(path)))
    assert (doc.id, doc.title, doc.source, doc.published, doc.url) == ("7", "T", "Wire", "2018-07-10",
                                                                      "https://x.example/1")
    assert doc.meta == {"desk": "Asia"} and doc.origin.endswith("r.jsonl:1")


def test_csv_rows_with_line_numbers(tmp_path):
    path = tmp_path / "r.csv"
    path.write_text('id,title,text,source,published,url,extra\n1,A,"' + ARTICLE + '",W,2018-01-02,,e\n'
                    '2,B,"Second, with\na newline in it.",W,,,\n', encoding="utf-8")
    items = list(read_path(str(path)))
    assert [d.id for d in docs(items)] == ["1", "2"]
    assert docs(items)[0].meta == {"extra": "e"}
    assert docs(items)[1].raw_text == "Second, with\na newline in it."


def test_warc_html_records(tmp_path):
    from warcio.statusandheaders import StatusAndHeaders
    from warcio.warcwriter import WARCWriter

    path = tmp_path / "crawl.warc.gz"
    with open(path, "wb") as fh:
        writer = WARCWriter(fh, gzip=True)
        for url, body, ctype in (("https://n.example/a", HTML.encode(), "text/html; charset=utf-8"),
                                 ("https://n.example/logo.png", b"\x89PNG....", "image/png")):
            headers = StatusAndHeaders("200 OK", [("Content-Type", ctype)], protocol="HTTP/1.1")
            writer.write_record(writer.create_warc_record(url, "response", payload=io.BytesIO(body),
                                                          http_headers=headers))
    items = list(read_path(str(path)))
    [doc] = docs(items)
    assert doc.url == "https://n.example/a" and doc.title == "Iran and Russia meet in Moscow"
    assert not errors(items)


def test_stdin_is_sniffed(tmp_path):
    stream = io.BytesIO(b'{"id": "s1", "text": "' + ARTICLE.encode() + b'"}\n')
    [doc] = list(read_path("-", stdin=stream))
    assert doc.id == "s1" and doc.origin == "<stdin>:1"
    assert sniff(b"WARC/1.0\r\n") == "warc" and sniff(b"  <html>") == "html" and sniff(b"Title") == "txt"


def test_bundled_corpus_reads_cleanly():
    items = list(read_path(str(CORPUS)))
    assert not errors(items)
    assert len(docs(items)) == 9


# --- bad input: one clear message naming the file (and line), the batch goes on ----------------

def test_binary_file_is_refused_by_name(tmp_path):
    (tmp_path / "x.txt").write_bytes(bytes(range(256)) * 20)
    [error] = list(read_path(str(tmp_path / "x.txt")))
    assert isinstance(error, DecodeError) and "x.txt" in str(error) and "binary" in str(error)


def test_latin1_is_decoded(tmp_path):
    text = "Le président français a rencontré le ministre iranien à Paris mardi, a déclaré l'Élysée."
    (tmp_path / "l.txt").write_bytes(("Titre\n\n" + text).encode("latin-1"))
    [doc] = list(read_path(str(tmp_path / "l.txt")))
    assert text in doc.raw_text and doc.meta["encoding"] == "cp1252"


def test_utf16_with_bom_is_decoded(tmp_path):
    (tmp_path / "u.txt").write_bytes(("Title\n\n" + ARTICLE).encode("utf-16"))
    [doc] = list(read_path(str(tmp_path / "u.txt")))
    assert doc.raw_text.endswith(ARTICLE) and doc.meta["encoding"] == "utf-16"


def test_utf8_bom_is_decoded(tmp_path):
    (tmp_path / "b.txt").write_bytes(b"\xef\xbb\xbfTitle\n\n" + ARTICLE.encode())
    [doc] = list(read_path(str(tmp_path / "b.txt")))
    assert doc.raw_text.startswith("Title")


@pytest.mark.parametrize("content", [b"", b"  \n\n \t\n"])
def test_empty_file(tmp_path, content):
    (tmp_path / "e.txt").write_bytes(content)
    [error] = list(read_path(str(tmp_path / "e.txt")))
    assert isinstance(error, RecordError) and "e.txt: empty file" in str(error)


@pytest.mark.slow
def test_50_mb_file_is_truncated_with_a_warning_reading_only_the_limit(tmp_path, caplog):
    import resource

    path = tmp_path / "big.txt"
    with open(path, "wb") as fh:
        fh.write(b"Big\n\n")
        fh.write((ARTICLE + "\n").encode() * (50_000_000 // len(ARTICLE)))
    before = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    with caplog.at_level("WARNING", logger="newsgraph"):
        [doc] = list(read_path(str(path)))
    grown_mb = (resource.getrusage(resource.RUSAGE_SELF).ru_maxrss - before) / 1024
    assert isinstance(doc, Document) and 4_500_000 < len(doc.raw_text.encode()) <= 5_000_000
    assert doc.raw_text.endswith(ARTICLE.strip()[-20:])  # cut at a line end, not inside a word
    assert doc.meta["truncated_from_bytes"] == path.stat().st_size
    assert "big.txt: text of 50.5 MB truncated" in caplog.text and "NEWSGRAPH_MAX_DOC_BYTES" in caplog.text
    assert grown_mb < 60, grown_mb  # the 50 MB were never read in


def test_oversized_jsonl_record_is_truncated_and_the_next_read(tmp_path, monkeypatch):
    monkeypatch.setenv("NEWSGRAPH_MAX_DOC_BYTES", "2000")
    path = tmp_path / "r.jsonl"
    path.write_text(json.dumps({"id": "long", "text": ARTICLE * 40}) + "\n"
                    + json.dumps({"id": "short", "text": ARTICLE}) + "\n", encoding="utf-8")
    long, short = docs(list(read_path(str(path))))
    assert len(long.raw_text.encode()) <= 2000 and long.meta["truncated_from_bytes"] > 2000
    assert short.raw_text == ARTICLE and "truncated_from_bytes" not in short.meta


def test_malformed_jsonl_lines_are_named_and_the_rest_read(tmp_path):
    path = tmp_path / "m.jsonl"
    path.write_text("\n".join([
        json.dumps({"id": "ok1", "text": ARTICLE}),
        '{"id": "broken", "text": ',
        "[1, 2]",
        json.dumps({"id": "notext", "title": "x"}),
        json.dumps({"id": "ok2", "text": ARTICLE + " Again."}),
    ]) + "\n", encoding="utf-8")
    items = list(read_path(str(path)))
    assert [d.id for d in docs(items)] == ["ok1", "ok2"]
    assert [e.origin.rsplit("/", 1)[-1] for e in errors(items)] == ["m.jsonl:2", "m.jsonl:3", "m.jsonl:4"]
    assert "malformed JSON" in errors(items)[0].reason


def test_csv_without_text_column(tmp_path):
    (tmp_path / "c.csv").write_text("id,title,body\n1,a,b\n", encoding="utf-8")
    [error] = list(read_path(str(tmp_path / "c.csv")))
    assert "c.csv:1" in str(error) and "no 'text' column" in str(error) and "id, title, body" in str(error)


def test_html_page_without_article(tmp_path):
    (tmp_path / "n.html").write_text("<html><body><nav>Home | About</nav></body></html>", encoding="utf-8")
    [error] = list(read_path(str(tmp_path / "n.html")))
    assert "n.html" in str(error) and "no article text" in str(error)


def test_missing_path_and_batch_goes_on(tmp_path):
    (tmp_path / "ok.txt").write_text("T\n\n" + ARTICLE, encoding="utf-8")
    items = list(read_paths([str(tmp_path / "missing.txt"), str(tmp_path / "ok.txt")]))
    assert "no such file" in str(errors(items)[0]) and len(docs(items)) == 1


def test_iso_date():
    assert iso_date("2018-07-10") == "2018-07-10"
    assert iso_date("July 10, 2018") == "2018-07-10"
    assert iso_date("") is None and iso_date("next week") is None
