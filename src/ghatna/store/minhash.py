"""MinHash signatures of article bodies, computed with numpy alone.

    >>> signature("पटना में बैठक हुई", DedupSettings())   # 128 hash values as bytes

The values are datasketch's (``MinHash(scheme="affine32")`` over the body's word
shingles: SHA-1's first 4 bytes, MurmurHash3's finalizer, then ``a * h + b`` modulo 2^32
with datasketch's permutations for the seed), so signatures stored by either compare.
Ingest workers (pool processes and Ray actors) compute them here without importing
datasketch, which loads scipy (0.4 s at every worker's start); ``ghatna.store.dedup``
links stored signatures with datasketch's LSH parameters. Another scheme is left to
datasketch itself.
"""

from __future__ import annotations

import hashlib
import re
from dataclasses import dataclass
from functools import cache

import numpy as np

WORD = re.compile(r"\w+")
AFFINE32 = "affine32"
MAX32 = np.uint32(0xFFFFFFFF)
# MurmurHash3's 32-bit finalizer: (shift, multiplier, shift, multiplier, shift)
FMIX32 = (np.uint32(16), np.uint32(0x85EBCA6B), np.uint32(13), np.uint32(0xC2B2AE35), np.uint32(16))


@dataclass(frozen=True, slots=True)
class DedupSettings:
    """shingle: words per shingle; num_perm: MinHash permutations; threshold: Jaccard to link;
    seed and scheme: fixed so stored signatures stay comparable across runs."""

    shingle: int = 3
    num_perm: int = 128
    threshold: float = 0.6
    seed: int = 1
    scheme: str = AFFINE32


def shingles(body: str, size: int) -> set[bytes]:
    words = WORD.findall(body.lower())
    if len(words) < size:
        return {" ".join(words).encode("utf-8")} if words else set()
    return {" ".join(words[i:i + size]).encode("utf-8") for i in range(len(words) - size + 1)}


@cache
def affine_permutations(num_perm: int, seed: int) -> tuple[np.ndarray, np.ndarray]:
    """(a, b) of the permutations h -> a * h + b (a odd), drawn as datasketch draws them."""
    draw = np.random.RandomState(seed)
    a = draw.randint(0, 1 << 31, num_perm, dtype=np.uint32) * np.uint32(2) + np.uint32(1)
    b = draw.randint(0, 1 << 32, num_perm, dtype=np.uint32)
    return a, b


def mix32(values: np.ndarray) -> np.ndarray:
    """MurmurHash3's finalizer on 32-bit values (multiplication wraps: modulo 2^32)."""
    s1, m1, s2, m2, s3 = FMIX32
    values = (values ^ (values >> s1)) * m1
    values = (values ^ (values >> s2)) * m2
    return values ^ (values >> s3)


def signature(body: str, settings: DedupSettings = DedupSettings()) -> bytes:
    """The MinHash signature of a body, as bytes to store (unsigned 64-bit values)."""
    if settings.scheme != AFFINE32:
        from .dedup import datasketch_signature

        return datasketch_signature(body, settings)
    values = np.full(settings.num_perm, MAX32, dtype=np.uint32)
    grams = shingles(body, settings.shingle)
    if grams:
        hashed = np.frombuffer(b"".join(hashlib.sha1(g).digest()[:4] for g in grams), dtype="<u4")
        a, b = affine_permutations(settings.num_perm, settings.seed)
        values = np.minimum(values, (mix32(hashed.astype(np.uint32).reshape(-1, 1)) * a + b).min(axis=0))
    return values.astype(np.uint64).tobytes()
