"""The disk cache's key: what the cached objects were built from, data and code alike."""

from __future__ import annotations

import os
from pathlib import Path

import ghatna.extraction.romanize as romanize_module
from ghatna.resources import bundled_fingerprint, cache_key, data_dir


def key_after_touching(path: Path) -> tuple[str, str]:
    """The cache key before and after ``path``'s modification time moves on a second (put back after)."""
    before = os.stat(path)
    bundled_fingerprint.cache_clear()
    first = cache_key("romanization", ())
    try:
        os.utime(path, ns=(before.st_atime_ns, before.st_mtime_ns + 1_000_000_000))
        bundled_fingerprint.cache_clear()
        return first, cache_key("romanization", ())
    finally:
        os.utime(path, ns=(before.st_atime_ns, before.st_mtime_ns))
        bundled_fingerprint.cache_clear()


def test_an_edited_module_is_a_new_key() -> None:
    # a build edited in a checkout (romanize.build_romanization) must not be served from an old pickle
    first, second = key_after_touching(Path(romanize_module.__file__))
    assert first != second


def test_an_edited_data_file_is_a_new_key() -> None:
    first, second = key_after_touching(data_dir() / "romanize.yaml")
    assert first != second


def test_the_key_is_stable_when_nothing_changes() -> None:
    bundled_fingerprint.cache_clear()
    assert cache_key("romanization", ()) == cache_key("romanization", ())
