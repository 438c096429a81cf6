"""Reading RSS and Atom feeds: one article per item, with its link and publication date.

An item's HTML content (else its summary) is the article; its link is source and URL; its
``published`` (else ``updated``) time is the publication date, in UTC; the feed's title
names the outlet only when the item has no link to take a host from. Needs
``feedparser`` (a dependency of ghatna). A feed is known by its name (``.rss``,
``.atom``, an ``.xml`` naming a feed element) or, under any name and on stdin, by its first
element.
"""

from __future__ import annotations

import calendar
import logging
import re
from collections.abc import Iterator
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from ghatna.errors import ReadError

log = logging.getLogger(__name__)

FEED_SUFFIXES = (".rss", ".atom")
FEED_MARKERS = ("<rss", "<feed", "<rdf:rdf")
# The document's first element, after a BOM, the XML declaration, comments, processing
# instructions and a doctype: a feed under any name (a URL's "rss.php", stdin).
FEED_ROOT = re.compile(rb"(?:\xef\xbb\xbf)?\s*(?:(?:<\?[^>]*\?>|<!--.*?-->|<!DOCTYPE[^>]*>)\s*)*"
                       rb"<(?:rss|feed|rdf:RDF)[\s>]", re.IGNORECASE | re.DOTALL)


def is_feed(path: Path, head: bytes = b"") -> bool:
    """A feed by its name (.rss, .atom), an .xml file that names a feed's element near its
    start, or any input whose first element is <rss>, <feed> or <rdf:RDF>."""
    if path.suffix.lower() in FEED_SUFFIXES:
        return True
    if FEED_ROOT.match(head[:4096]):
        return True
    text = head[:2000].decode("utf-8", errors="ignore").lower()
    return path.suffix.lower() == ".xml" and any(m in text for m in FEED_MARKERS)


def item_time(entry: Any) -> str | None:
    parsed = entry.get("published_parsed") or entry.get("updated_parsed")
    if not parsed:
        return None
    return datetime.fromtimestamp(calendar.timegm(parsed), UTC).isoformat()


def item_html(entry: Any) -> str | None:
    for content in entry.get("content") or []:
        if content.get("value"):
            return str(content["value"])
    return entry.get("summary") or None


def article_of(entry: Any, where: str, outlet: str | None) -> dict[str, Any] | ReadError:
    """The fields of one item's RawArticle, or why it has none."""
    html = item_html(entry)
    link = entry.get("link") or None
    if not html:
        return ReadError(link or where, "feed item has no content or summary")
    title = entry.get("title")
    page = f"<html><body><h1>{title}</h1>{html}</body></html>" if title else html
    return {"source": link or where, "html": page, "url": link, "published": item_time(entry),
            "outlet": None if link else outlet}


def read_feed(data: bytes, source: str) -> Iterator[dict[str, Any] | ReadError]:
    """Every item of an RSS or Atom document."""
    try:
        import feedparser
    except ImportError:
        yield ReadError(source, "reading RSS and Atom feeds needs feedparser, a dependency of ghatna: pip install feedparser")
        return
    feed = feedparser.parse(data)
    if feed.get("bozo") and not feed.entries:
        yield ReadError(source, f"not a readable RSS or Atom feed ({feed.get('bozo_exception')})")
        return
    outlet = (feed.get("feed") or {}).get("title")
    for number, entry in enumerate(feed.entries, start=1):
        yield article_of(entry, f"{source}:{number}", outlet)
