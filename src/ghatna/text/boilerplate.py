"""Lines repeated from other articles: the sidebars, menus and promos a site prints on
every page. A short line found in several articles whose bodies differ is boilerplate;
syndicated copies of one story (same body) do not count, so a shared headline stays.

``find_boilerplate`` scans a batch once (read, normalise, split: no pipeline) and gives
the lines for ``Settings.boilerplate``; the clean stage then drops them.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable

from ghatna.text.normalize import normalize_text
from ghatna.text.readers import ReadError, iter_articles

MAX_LINE_CHARS = 160
MIN_ARTICLES = 3


def article_lines(text: str) -> tuple[set[str], str]:
    """The short lines of one article and a signature of its body (its longest line)."""
    lines = [" ".join(ln.split()) for ln in normalize_text(text).split("\n")]
    lines = [ln for ln in lines if ln]
    body = max(lines, key=len) if lines else ""
    return {ln for ln in lines if len(ln) <= MAX_LINE_CHARS and ln != body}, body


def find_boilerplate(inputs: Iterable[str], max_bytes: int = 50_000_000, max_chars: int = 200_000,
                     min_articles: int = MIN_ARTICLES) -> frozenset[str]:
    """Lines that occur in at least ``min_articles`` articles with different bodies.

    Bad inputs are passed over here (the run proper reports them); each article is read up to
    ``max_chars``, as the pipeline reads it.
    """
    bodies: dict[str, set[int]] = defaultdict(set)
    for item in iter_articles(inputs, max_bytes):
        if isinstance(item, ReadError) or item.text is None:
            continue
        lines, body = article_lines(item.text[:max_chars])
        for line in lines:
            bodies[line].add(hash(body))
    return frozenset(line for line, seen in bodies.items() if len(seen) >= min_articles)
