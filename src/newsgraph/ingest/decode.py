"""Bytes to text: UTF-8 first, byte-order marks honoured, other encodings detected, binary refused."""

from __future__ import annotations

import codecs

from ..errors import DecodeError

_BOMS = (
    (codecs.BOM_UTF32_LE, "utf-32"),
    (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)
# Control characters other than tab, newline, carriage return and form feed.
_CONTROL = frozenset(range(32)) - {9, 10, 12, 13}


def _control_share(text: str) -> float:
    sample = text[:20000]
    return sum(ord(c) in _CONTROL for c in sample) / max(len(sample), 1)


def decode(data: bytes, origin: str) -> tuple[str, str]:
    """Decode ``data`` and return ``(text, encoding)``.

    UTF-8 is tried first (almost all news on the web is UTF-8); a byte-order mark selects UTF-8,
    UTF-16 or UTF-32; then Windows-1252 (a superset of latin-1, the usual non-UTF-8 encoding of
    English pages); anything else goes to charset-normalizer. Bytes that are
    not text raise :class:`DecodeError` naming ``origin``.

    >>> decode("Café".encode("latin-1"), "x.txt")[0]
    'Café'
    """
    for bom, encoding in _BOMS:
        if data.startswith(bom):
            try:
                return data.decode(encoding), encoding
            except UnicodeDecodeError as exc:
                raise DecodeError(
                    origin, f"starts with a {encoding} byte-order mark but is not {encoding}: {exc}"
                ) from None
    try:
        text = data.decode("utf-8")
        encoding = "utf-8"
    except UnicodeDecodeError:
        if b"\x00" in data[:4096]:
            raise DecodeError(origin, "binary file, not text (it holds NUL bytes and no byte-order mark)") from None
        try:
            # English news that is not UTF-8 is nearly always Windows-1252 or its subset latin-1;
            # statistical detectors confuse it with other single-byte code pages on short texts.
            text, encoding = data.decode("cp1252"), "cp1252"
        except UnicodeDecodeError:
            from charset_normalizer import from_bytes

            best = from_bytes(data[:200000]).best()
            if best is None or best.encoding is None:
                raise DecodeError(origin, "not text in any encoding newsgraph can detect") from None
            encoding = best.encoding
            text = data.decode(encoding, errors="replace")
    if _control_share(text) > 0.01:
        raise DecodeError(origin, f"binary file, not text (control characters after decoding as {encoding})")
    return text, encoding
