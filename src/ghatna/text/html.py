"""HTML pages: main text and metadata with trafilatura, then the usual cleaning."""

from __future__ import annotations

import logging
import re
from html import unescape
from typing import Any

from ghatna.document import Document
from ghatna.pipeline import Context, stage

log = logging.getLogger(__name__)

STAMP_HINT = re.compile(r"(प्रकाशित|अपडेट|published|updated|posted)\s*+(?:on\s*+)?[:：]?\s*+[\w\u0900-\u097f]{1,12}[ ,.-]",
                        re.IGNORECASE)
H1_OPEN = re.compile(r"<h1\b[^>]*+>", re.IGNORECASE)
H1_CLOSE = re.compile(r"</h1\s*>", re.IGNORECASE)
TAG = re.compile(r"<[^<>]++>")
MAX_TITLE_CHARS = 400  # a headline longer than this is no headline
SITE_SUFFIX = re.compile(r"\s+[-|–—:]\s+[^-|–—:]{2,40}$")
MAX_HTML_CHARS = 5_000_000
FALLBACK_BELOW = 200  # characters of main text under which trafilatura's fallbacks are tried


def extract_html(html: str) -> dict[str, str | None]:
    """Text, title, author, date and URL of an HTML page (empty text if none is found).

    trafilatura's own extractor first; its fallback extractors only when that finds little.
    """
    result = bare_extraction(html, fast=True)
    if result is None or len(getattr(result, "text", "") or "") < FALLBACK_BELOW:
        result = bare_extraction(html, fast=False) or result
    if result is None:
        return {"text": ""}
    data = result.as_dict() if hasattr(result, "as_dict") else dict(result)
    return {key: data.get(key) for key in ("text", "title", "author", "date", "url", "sitename")}


def bare_extraction(html: str, fast: bool) -> Any:
    import trafilatura  # imported here: a second of start-up that plain text never needs

    return trafilatura.bare_extraction(
        html[:MAX_HTML_CHARS], with_metadata=True, include_comments=False, include_tables=False,
        include_images=False, favor_precision=False, fast=fast,
    )


def clean_title(title: str | None, sitename: str | None) -> str | None:
    """Drop a " - SiteName" or " | SiteName" suffix that <title> tags carry."""
    if not title or len(title) > MAX_TITLE_CHARS:
        return None
    if sitename and title.endswith(sitename):
        title = title[: -len(sitename)].rstrip(" -|–—:")
    match = SITE_SUFFIX.search(title)
    if match and not re.search(r"[\u0900-\u097f]", match.group(0)):
        title = title[: match.start()]
    return title.strip() or None


def h1_contents(html: str) -> list[str]:
    """The inner HTML of each <h1>...</h1>, found in one pass (an unclosed <h1> ends the search)."""
    found = []
    pos = 0
    while (opening := H1_OPEN.search(html, pos)) is not None:
        closing = H1_CLOSE.search(html, opening.end())
        if closing is None:
            break
        found.append(html[opening.end(): closing.start()])
        pos = closing.end()
    return found


def headline_h1(html: str) -> str | None:
    """The page's single <h1> in Devanagari, which sites keep fuller than og:title."""
    found = [" ".join(unescape(TAG.sub(" ", h)).split()) for h in h1_contents(html[:MAX_HTML_CHARS])]
    found = [h for h in found if re.search(r"[\u0900-\u097f]", h) and len(h) <= MAX_TITLE_CHARS]
    return found[0] if len(found) == 1 else None


def stamp_lines(html: str) -> list[str]:
    """Visible text bits of the page source that may be publication stamps ("प्रकाशित: 5 जनवरी 2025")."""
    found = []
    for match in STAMP_HINT.finditer(html, 0, MAX_HTML_CHARS):
        text = unescape(TAG.sub("\n", html[match.start(): match.start() + 120]))
        found += [seg.strip() for seg in text.splitlines()[0].split("|") if STAMP_HINT.search(seg)]
    return found


def repair_truncated(title: str, text: str) -> str:
    """Names in metadata titles sometimes lose a final vowel sign; restore it from the text."""
    words = title.split()
    fixed = []
    for word in words:
        if word in text:
            fixed.append(word)
            continue
        longer = re.search(re.escape(word) + r"[\u093e-\u094c\u0902\u0903]", text)
        fixed.append(longer.group(0) if longer else word)
    return " ".join(fixed)


@stage("html", needs=["raw"], adds=["raw_text"])
def html_stage(doc: Document, ctx: Context) -> Document:
    if doc.kind != "html":
        return doc
    if len(doc.raw) > MAX_HTML_CHARS:
        doc.warnings.append(f"HTML page cut to its first {MAX_HTML_CHARS} of {len(doc.raw)} characters")
    data = extract_html(doc.raw)
    text = data.get("text") or ""
    title = headline_h1(doc.raw) or clean_title(data.get("title"), data.get("sitename"))
    doc.meta["stamps"] = stamp_lines(doc.raw)
    if title:
        doc.meta.setdefault("title", repair_truncated(title, text))
    for key, field in (("author", "author"), ("published", "date"), ("url", "url")):
        if data.get(field) and not doc.meta.get(key):
            doc.meta[key] = data[field]
    doc.url = doc.url or doc.meta.get("url")
    doc.raw = text
    if not text:
        doc.warnings.append("no main text found in the HTML page")
    return doc
