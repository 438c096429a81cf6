"""Access to the data files bundled in the package, and a disk cache of what is built from them.

Parsing the knowledge base and lexicons takes about a second; a one-file ``ghatna extract``
should not pay it every time. ``cached(kind, build, files)`` keeps the built object as a
pickle under the user's cache directory (``$GHATNA_CACHE_DIR``, else
``$XDG_CACHE_HOME/ghatna``, else ``~/.cache/ghatna``), keyed by the package version and the
size and modification time of every bundled data file and of the extra ``files`` (a user's
``--kb`` files). Editing any of them makes a new key, so the object is rebuilt. A cache that
cannot be read or written is ignored; ``GHATNA_CACHE_DIR=off`` turns it off.
"""

from __future__ import annotations

import csv
import hashlib
import io
import logging
import os
import pickle
import re
import tempfile
from collections.abc import Callable, Iterable
from functools import cache
from importlib.resources import files
from pathlib import Path
from typing import Any, TypeVar

import yaml

from ghatna.errors import DataError

log = logging.getLogger(__name__)
T = TypeVar("T")
CACHE_KEEP = 6  # pickles of one kind kept on disk (the most recently used)
CACHE_FORMAT = 3  # raise it when a cached class gains or loses a field; the key also holds every module's stamp, so an edited build is rebuilt


def data_dir() -> Path:
    return Path(str(files("ghatna") / "data"))


def data_text(name: str) -> str:
    return (data_dir() / name).read_text(encoding="utf-8")


SAFE_LOADER = getattr(yaml, "CSafeLoader", yaml.SafeLoader)  # libyaml when PyYAML was built with it


def parse_yaml(text: str, what: str) -> Any:
    try:
        return yaml.load(text, Loader=SAFE_LOADER)
    except yaml.YAMLError as err:
        raise DataError(f"{what} is not valid YAML: {err}") from err


def load_yaml(name: str) -> Any:
    """A bundled YAML file, parsed (all of them are parsed together once and kept on disk)."""
    bundle = yaml_bundle()
    if name not in bundle:
        raise DataError(f"no data file {name} in the package")
    return bundle[name]


@cache
def yaml_bundle() -> dict[str, Any]:
    return cached("yaml", parse_bundled_yaml)


def parse_bundled_yaml() -> dict[str, Any]:
    root = data_dir()
    return {p.relative_to(root).as_posix(): parse_yaml(p.read_text(encoding="utf-8"), f"data file {p.name}")
            for p in sorted(root.rglob("*.yaml"))}


def read_tsv(text: str) -> list[dict[str, str]]:
    """Rows of a tab-separated file with a header; '#' lines are comments."""
    lines = [ln for ln in text.splitlines() if ln.strip() and not ln.startswith("#")]
    reader = csv.DictReader(io.StringIO("\n".join(lines)), delimiter="\t", quoting=csv.QUOTE_NONE)
    return [{k: (v or "").strip() for k, v in row.items() if k} for row in reader]


def load_tsv(name: str) -> list[dict[str, str]]:
    return read_tsv(data_text(name))


def split_list(value: str | None) -> list[str]:
    """A '|'-separated field as a list of non-empty items."""
    return [v.strip() for v in (value or "").split("|") if v.strip()]


def cache_dir() -> Path | None:
    configured = os.environ.get("GHATNA_CACHE_DIR")
    if configured:
        return None if configured.lower() == "off" else Path(configured)
    base = os.environ.get("XDG_CACHE_HOME") or str(Path.home() / ".cache")
    return Path(base) / "ghatna"


def file_stamp(path: Path) -> str:
    try:
        stat = path.stat()
    except OSError:
        return f"{path}:missing"
    return f"{path}:{stat.st_size}:{stat.st_mtime_ns}"


@cache
def bundled_fingerprint() -> str:
    from ghatna.version import __version__

    root = data_dir()
    stamps = sorted(file_stamp(p) for p in root.rglob("*") if p.is_file())
    code = sorted(file_stamp(p) for p in Path(__file__).resolve().parent.rglob("*.py"))  # a build's code changed
    return hashlib.sha1("\n".join([__version__, str(CACHE_FORMAT), *stamps, *code]).encode()).hexdigest()


def cache_key(kind: str, extra_files: Iterable[Path]) -> str:
    extra = sorted(file_stamp(Path(p).resolve()) for p in extra_files)
    digest = hashlib.sha1("\n".join([bundled_fingerprint(), *extra]).encode()).hexdigest()[:20]
    return f"{kind}-{digest}.pickle"


def cached(kind: str, build: Callable[[], T], extra_files: Iterable[Path] = ()) -> T:
    """``build()``, or the object it built last time for the same data files."""
    folder = cache_dir()
    if folder is None:
        return build()
    path = folder / cache_key(kind, tuple(extra_files))
    try:
        with open(path, "rb") as handle:
            value = pickle.load(handle)
        os.utime(path)  # used now: the last to be pruned
        return value
    except (OSError, pickle.UnpicklingError, EOFError, AttributeError, ImportError, TypeError, ValueError):
        pass
    value = build()
    write_cache(path, value)
    prune_cache(folder, kind)
    return value


def prune_cache(folder: Path, kind: str, keep: int = CACHE_KEEP) -> None:
    """Remove all but the ``keep`` most recently used pickles of ``kind``: each edit of a data file or
    module makes a new key, and a checkout's tests or CI runs would otherwise fill the disk."""
    name = re.compile(rf"{re.escape(kind)}-[0-9a-f]{{20}}\.pickle")
    try:
        found = [(p.stat().st_mtime_ns, p) for p in folder.iterdir() if name.fullmatch(p.name)]
    except OSError:
        return
    for _, old in sorted(found, reverse=True)[keep:]:
        try:
            old.unlink()
        except OSError as err:  # another process pruned it first
            log.debug("cache %s not removed: %s", old, err)


def write_cache(path: Path, value: Any) -> None:
    """Write atomically (a temporary file renamed), so a reader never sees half a file."""
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        with tempfile.NamedTemporaryFile(dir=path.parent, delete=False, suffix=".tmp") as handle:
            pickle.dump(value, handle, protocol=pickle.HIGHEST_PROTOCOL)
        os.replace(handle.name, path)
    except (OSError, pickle.PicklingError, TypeError, AttributeError) as err:
        log.debug("cache %s not written: %s", path, err)
