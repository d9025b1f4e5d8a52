"""Exact and near-duplicate detection: the same wire story from two outlets is one story, two sources.

* **Exact**: two documents whose cleaned text has the same words in the same order (case,
  punctuation and spacing aside) share a ``content_hash``.
* **Near**: MinHash signatures (datasketch, 128 permutations) over word 5-gram shingles; an LSH
  index with datasketch's band/row split for the threshold finds candidates, and a candidate is a
  near-duplicate when its estimated Jaccard similarity is at least the threshold (``dedup_threshold``
  setting, default 0.8: a syndicated copy with a new headline, a dateline or a trailer added still
  links, a follow-up story that reuses a few paragraphs does not).

Duplicates are linked, never dropped: the store keeps every copy with ``duplicate_of`` pointing at
the first one stored, so each copy still counts as a source but only once as an origin.
"""

from __future__ import annotations

import hashlib
import re
from functools import cached_property

import numpy as np
from datasketch import MinHash, MinHashLSH

NUM_PERM = 128
SHINGLE_WORDS = 5
_WORD = re.compile(r"\w+")


def words(text: str) -> list[str]:
    return _WORD.findall(text.lower())


def content_hash(text: str) -> str:
    """Hash of the words of ``text``: equal for texts that differ only in case, punctuation, spacing.

    >>> content_hash("Iran, Russia met.") == content_hash("iran russia  MET")
    True
    """
    return hashlib.sha1(" ".join(words(text)).encode("utf-8", "surrogatepass")).hexdigest()


def shingles(text: str, size: int = SHINGLE_WORDS) -> set[bytes]:
    tokens = words(text)
    if len(tokens) <= size:
        return {" ".join(tokens).encode("utf-8", "surrogatepass")}
    return {" ".join(tokens[i:i + size]).encode("utf-8", "surrogatepass") for i in range(len(tokens) - size + 1)}


class NearDuplicates:
    """MinHash signatures and LSH band keys for one similarity threshold."""

    def __init__(self, threshold: float = 0.8, num_perm: int = NUM_PERM) -> None:
        self.threshold = threshold
        self.num_perm = num_perm

    @cached_property
    def bands(self) -> tuple[int, int]:
        # datasketch chooses the (bands, rows) split that minimises false positives and negatives.
        lsh = MinHashLSH(threshold=self.threshold, num_perm=self.num_perm)
        return lsh.b, lsh.r

    @cached_property
    def _template(self) -> MinHash:
        # The same seed gives the same permutations; building them once saves their cost per document.
        return MinHash(num_perm=self.num_perm)

    def signature(self, text: str) -> np.ndarray:
        t = self._template
        m = MinHash(num_perm=self.num_perm, permutations=t.permutations, scheme=t.scheme)
        m.update_batch(shingles(text))
        return np.asarray(m.hashvalues, dtype=np.uint64)

    def band_keys(self, signature: np.ndarray) -> list[int]:
        """One 63-bit key per LSH band; two documents are candidates when any band key is equal."""
        b, r = self.bands
        keys = []
        for band in range(b):
            digest = hashlib.blake2b(signature[band * r:(band + 1) * r].tobytes(), digest_size=8).digest()
            keys.append(int.from_bytes(digest, "big") >> 1)
        return keys

    @staticmethod
    def similarity(a: np.ndarray, b: np.ndarray) -> float:
        """Estimated Jaccard similarity of two signatures."""
        return float(np.count_nonzero(a == b)) / len(a)
