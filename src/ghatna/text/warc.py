"""Reading news crawls stored as WARC files (Common Crawl's CC-NEWS, Heritrix, wget --warc-file).

Every ``response`` record with an HTML or plain-text body becomes one article: its source
and URL are the record's ``WARC-Target-URI``; the page itself gives title and date
(trafilatura). Records of other kinds (requests, metadata, images) are skipped; a record
that cannot be read is reported as a ReadError and the file goes on. Needs ``warcio``
(a dependency of ghatna). A crawl is known by its name (``.warc``, ``.warc.gz``,
``.arc``, ``.arc.gz``) or, under any other name, by the ``WARC/`` that starts its first record.
"""

from __future__ import annotations

import gzip
import logging
import stat
import zlib
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from ghatna.errors import ReadError

log = logging.getLogger(__name__)

WARC_SUFFIXES = (".warc", ".warc.gz", ".arc", ".arc.gz")
TEXT_TYPES = ("text/html", "application/xhtml+xml", "text/plain")
WARC_MAGIC = b"WARC/"
GZIP_MAGIC = b"\x1f\x8b"
RECORD_TYPES = frozenset({"warcinfo", "response", "resource", "request", "metadata", "revisit", "conversion",
                          "continuation"})


def is_warc(path: Path) -> bool:
    """A WARC or ARC file by its name, or a regular file (gzipped or not) that starts with a
    WARC record, whatever its name (pipes and devices are never read here)."""
    return path.name.lower().endswith(WARC_SUFFIXES) or starts_like_warc(path)


def starts_like_warc(path: Path) -> bool:
    try:
        if not stat.S_ISREG(path.stat().st_mode):
            return False
        with path.open("rb") as handle:
            head = handle.read(len(WARC_MAGIC))
            if head.startswith(GZIP_MAGIC):
                handle.seek(0)
                with gzip.GzipFile(fileobj=handle) as unzipped:
                    head = unzipped.read(len(WARC_MAGIC))
    except (OSError, EOFError, zlib.error):
        return False
    return head == WARC_MAGIC


def content_type(record: Any) -> str:
    headers = record.http_headers
    value = headers.get_header("Content-Type") if headers is not None else None
    return (value or "").split(";")[0].strip().lower()


def article_of(record: Any, where: str) -> dict[str, Any] | None:
    """The fields of one article (``data``: the undecoded body; ``kind``: html or text), or None."""
    if record.rec_type != "response" or content_type(record) not in TEXT_TYPES:
        return None
    url = record.rec_headers.get_header("WARC-Target-URI") or where
    kind = "text" if content_type(record) == "text/plain" else "html"
    return {"source": url, "url": url, "data": record.content_stream().read(), "kind": kind}


def read_warc(path: Path) -> Iterator[dict[str, Any] | ReadError]:
    """Every HTML or text response in a WARC (or ARC) file, gzipped or not, streamed; the
    reader (``ghatna.text.readers``) decodes each body."""
    try:
        from warcio.archiveiterator import ArchiveIterator
        from warcio.exceptions import ArchiveLoadFailed
    except ImportError:
        yield ReadError(str(path), "reading WARC files needs warcio, a dependency of ghatna: pip install warcio")
        return
    valid, arc = 0, ".arc" in path.name.lower()
    try:
        with path.open("rb") as handle:
            for number, record in enumerate(ArchiveIterator(handle, arc2warc=arc), start=1):
                if not (arc or str(record.format).startswith("warc")):
                    break  # warcio reads any text as an old ARC record: a .warc file must hold WARC
                valid += record.rec_type in RECORD_TYPES
                found = article_of(record, f"{path}:{number}")
                if found is not None:
                    yield found
    except (ArchiveLoadFailed, OSError, ValueError) as err:
        yield ReadError(str(path), f"not a readable WARC file ({err}); give a .warc or .warc.gz crawl")
        return
    if not valid:
        yield ReadError(str(path), "no WARC records in the file; give a .warc or .warc.gz crawl")
