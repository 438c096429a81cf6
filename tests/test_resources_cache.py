"""The disk cache's key: what the cached objects were built from, data and code alike."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

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


def test_only_the_most_recently_used_pickles_of_a_kind_stay(tmp_path: Path) -> None:
    from ghatna.resources import prune_cache

    for k in range(9):
        pickle_file = tmp_path / f"yaml-{k:020x}.pickle"
        pickle_file.write_bytes(b"x")
        os.utime(pickle_file, ns=(k * 10**9, k * 10**9))
    other = tmp_path / f"state-yaml-{0:020x}.pickle"  # another kind whose name ends the same
    other.write_bytes(b"x")
    (tmp_path / "yaml-notes.txt").write_text("not a pickle")
    prune_cache(tmp_path, "yaml", keep=3)
    left = sorted(p.name for p in tmp_path.iterdir())
    assert left == sorted([f"yaml-{k:020x}.pickle" for k in (6, 7, 8)] + [other.name, "yaml-notes.txt"])


def test_a_cache_hit_is_used_again_and_marked_recent(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("GHATNA_CACHE_DIR", str(tmp_path))
    from ghatna.resources import cached

    assert cached("probe", lambda: {"built": 1}) == {"built": 1}
    [path] = list(tmp_path.glob("probe-*.pickle"))
    os.utime(path, ns=(0, 0))
    assert cached("probe", lambda: {"built": 2}) == {"built": 1}  # read, not built again
    assert path.stat().st_mtime_ns > 0
