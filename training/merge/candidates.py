"""Candidate article pairs for labelling merge quality: the steps of ``README.md`` ("How
they were chosen"), rerunnable, with the labelled sets' articles left out (``--pairs``: the
check set and the train pairs unless told otherwise).

    .venv/bin/python training/merge/candidates.py --store /tmp/merge-cands/store.duckdb \
        --out /tmp/merge-cands/candidates.jsonl --read /tmp/merge-cands/read.txt

1. Every article of the three collections (a papers file split where two or more blank
   lines part its stories, pieces of 200 characters or more; AIR items; BBC rows) is
   ingested as a crawl gives it (``benchmarks/eval_merge.feed_record``) into ``--store``
   (kept, so a rerun only reads it again; ingest skips what is stored).
2. The store's mentions are merged again with the current rules. Candidates are pairs of
   articles from different outlets, published at most three days apart, with mentions of
   one type that share a named actor (``shared-actor``), or whose openings share many words
   (``wording``), and, for distinct events, pairs of one type and one country dyad sharing
   no named actor (``same-dyad``), and pairs that share a merged event however far apart
   (``merged``: where wrong merges show); and pairs where one article's rare words (those of
   at most ``RARE`` articles of the corpus) of its headline or of an evidence sentence are
   mostly in the other (``rare-words``: one story told with other sides, or by an article
   whose extraction missed it, which the reasons before miss); they are written most alike
   first (the evidence overlap of their mentions of the type). One reason does not depend on
   the extractor at all (``rare-opening``): articles of other outlets at most ``OPENING_DAYS``
   apart whose openings share ``OPENING_HITS`` words of at most ``OPENING_RARE`` articles.
3. ``--read`` writes, for each candidate, both articles' first line and the evidence
   sentences of their mentions of the type: what the labeller reads. That file holds corpus
   text, so it goes outside the project (``/tmp``); labels go to ``train_pairs.jsonl``.
"""

from __future__ import annotations

import argparse
import json
import re
import sys
from collections import Counter, defaultdict
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import date
from itertools import combinations
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[2]
sys.path[:0] = [str(ROOT / "src"), str(ROOT / "benchmarks")]

from eval_merge import PAIRS, Article, feed_record, load_pairs

from ghatna.evaluate.shared_corpus import DEFAULT_SHARED, iter_records, sentence_hash
from ghatna.store import IngestSettings, Store, ingest, rebuild_events
from ghatna.store.evidence import overlap, shingles

STORY_BREAK = re.compile(r"\n[ \t]*\n(?:[ \t]*\n)+")  # two or more blank lines
MIN_STORY = 200
MAX_DAYS = 3
OPENING = 400  # characters of an article's opening compared for shared wording
WORDING = 0.25  # overlap (Jaccard, ``evidence.overlap``) of two openings' word sets that makes a candidate
WORD = re.compile(r"[\w\u0900-\u097f]{3,}")
RARE = 30  # a word of at most this many articles is rare enough to tell one story
RARE_HITS = 3  # rare words of a headline or evidence sentence that must be in the other article, and
RARE_SHARE = 0.5  # the share of them
TRAIN_PAIRS = PAIRS.with_name("train_pairs.jsonl")
OPENING_DAYS = 2  # the extractor-blind reason: openings of articles at most this many days apart that share
OPENING_HITS = 2  # this many words
OPENING_RARE = 100  # of at most this many articles of the corpus


def paper_stories(text: str) -> Iterator[tuple[int, int]]:
    """Character offsets of the stories of a papers file."""
    start = 0
    for match in STORY_BREAK.finditer(text):
        if match.start() - start >= MIN_STORY:
            yield start, match.start()
        start = match.end()
    if len(text) - start >= MIN_STORY:
        yield start, len(text)


def corpus_articles(shared: Path) -> Iterator[Article]:
    """Every article of the three collections, by reference."""
    for rec in iter_records("papers", shared):
        for start, end in paper_stories(rec.text):
            yield Article("papers", rec.record, start, end, sentence_hash(rec.text[start:end]))
    for collection in ("air", "bbc"):
        for rec in iter_records(collection, shared):
            yield Article(collection, rec.record, None, None, sentence_hash(rec.text))


def checked(pairs_paths: list[Path]) -> list[Article]:
    """Articles of the labelled sets (the check set, the train pairs ...): never candidates."""
    return [article for path in pairs_paths for pair in load_pairs(path) for article in (pair.a, pair.b)]


def overlaps(article: Article, others: list[Article]) -> bool:
    """The article is one of ``others`` or shares text with one (a papers file split otherwise)."""
    for other in others:
        if (other.collection, other.record) == (article.collection, article.record):
            if other.start is None or article.start is None:
                return True
            if article.start < (other.end or 0) and other.start < (article.end or 0):
                return True
    return False


def ingest_corpus(articles: list[Article], shared: Path, store_path: Path, workers: int) -> dict[str, Article]:
    """Ingest the articles into the kept store; returns each store source -> its article."""
    feed = store_path.with_suffix(".feed.jsonl")
    sources: dict[str, Article] = {}
    with feed.open("w", encoding="utf-8") as handle:
        for number, article in enumerate(articles, start=1):
            record = feed_record(article, shared)
            handle.write(json.dumps(record, ensure_ascii=False) + "\n")
            sources[record.get("url") or f"{feed}:{number}"] = article
    with Store.open(str(store_path)) as store:
        ingest(store, [str(feed)], IngestSettings(workers=workers))
        rebuild_events(store, everything=True)
    return sources


@dataclass
class Told:
    """One article as stored: its outlet, day, opening and mentions."""

    article: Article
    outlet: str
    published: date | None
    opening: frozenset[str]
    mentions: list[dict[str, Any]]
    words: frozenset[str] = frozenset()
    headline: str = ""


def stored_articles(store_path: Path, sources: dict[str, Article], shared: Path) -> list[Told]:
    with Store.open(str(store_path)) as store:
        rows = store.query_dicts("""
            SELECT s.source, m.*, a.published AS article_published, em.event_id
            FROM sources s JOIN articles a ON a.id = s.article_id
            LEFT JOIN mentions m ON m.article_id = s.article_id
            LEFT JOIN event_mentions em ON em.article_id = m.article_id AND em.idx = m.idx""")
    told: dict[str, Told] = {}
    for row in rows:
        article = sources.get(row["source"])
        if article is None:
            continue
        if article.key not in told:
            record = feed_record(article, shared)
            published = date.fromisoformat(record["published"]) if record.get("published") else None
            text = record["text"]
            told[article.key] = Told(article, record["source"], published, frozenset(WORD.findall(text[:OPENING])),
                                     [], frozenset(WORD.findall(text)), (text.strip().splitlines() or [""])[0])
        if row.get("type"):
            told[article.key].mentions.append(row)
    return list(told.values())


def named(mention: dict[str, Any]) -> set[str]:
    """The named actors of a mention (KB id, else name), not countries or generic ones."""
    found = set()
    for side in ("source", "target"):
        kind = str(mention.get(f"{side}_kind") or "")
        if mention.get(f"{side}_name") and kind not in ("generic", "unknown", "GPE", "COUNTRY", "LOC"):
            found.add(str(mention.get(f"{side}_kb_id") or mention[f"{side}_name"]))
    return found


def dyad(mention: dict[str, Any]) -> tuple[str, ...]:
    return tuple(sorted(str(mention.get(f"{s}_country") or "") for s in ("source", "target")))


def by_type(told: Told) -> dict[str, list[dict[str, Any]]]:
    """The article's mentions by type."""
    out: dict[str, list[dict[str, Any]]] = defaultdict(list)
    for mention in told.mentions:
        out[mention["type"]].append(mention)
    return out


def pair_reasons(a: Told, b: Told) -> Iterator[tuple[str, str]]:
    """(type, reason) for each way the two articles make a candidate."""
    types_a, types_b = by_type(a), by_type(b)
    for kind in sorted(set(types_a) & set(types_b)):
        names_a = set().union(*(named(m) for m in types_a[kind]))
        names_b = set().union(*(named(m) for m in types_b[kind]))
        if names_a & names_b:
            yield kind, "shared-actor:" + ",".join(sorted(names_a & names_b))
        elif {dyad(m) for m in types_a[kind]} & {dyad(m) for m in types_b[kind]}:
            yield kind, "same-dyad"
    if overlap(a.opening, b.opening) >= WORDING:
        for kind in sorted(set(types_a) & set(types_b)) or ["-"]:
            yield kind, f"wording:{overlap(a.opening, b.opening):.2f}"


def likeness(a: Told, b: Told, kind: str) -> float:
    """The largest evidence overlap of two mentions of the type, one from each article
    (``ghatna.store.evidence.shingles``): candidates are read most alike first."""
    own = [shingles(m["evidence_text"]) for m in a.mentions if m["type"] == kind]
    other = [shingles(m["evidence_text"]) for m in b.mentions if m["type"] == kind]
    return max((overlap(x, y) for x in own for y in other), default=0.0)


def merged_reasons(a: Told, b: Told) -> Iterator[tuple[str, str]]:
    """(type, "merged") for each type of which the two articles share an event."""
    shared = {(m["type"], m["event_id"]) for m in a.mentions} & {(m["type"], m["event_id"]) for m in b.mentions}
    for kind in sorted({kind for kind, _ in shared}):
        yield kind, "merged"


def rare_hits(text: str, other: Told, frequency: dict[str, int]) -> list[str]:
    """The rare words of a text found in the other article, when they are most of them."""
    rare = {w for w in WORD.findall(text) if frequency.get(w, 0) <= RARE}
    hits = sorted(rare & other.words)
    return hits if len(hits) >= RARE_HITS and len(hits) >= RARE_SHARE * len(rare) else []


def story_reasons(a: Told, b: Told, frequency: dict[str, int]) -> Iterator[tuple[str, str]]:
    """(type, "rare-words:...") when a headline's or an evidence sentence's rare words of one
    article are mostly in the other: for each type of the sentence's mention, or of the headline's
    article (both articles' types, "-" when neither has a mention)."""
    found: dict[str, list[str]] = {}
    for one, other in ((a, b), (b, a)):
        if hits := rare_hits(one.headline, other, frequency):
            for kind in sorted({m["type"] for m in a.mentions + b.mentions}) or ["-"]:
                found.setdefault(kind, hits)
        for mention in one.mentions:
            if hits := rare_hits(str(mention.get("evidence_text") or ""), other, frequency):
                found.setdefault(mention["type"], hits)
    for kind, hits in sorted(found.items()):
        yield kind, "rare-words:" + ",".join(hits[:6])


def opening_reasons(a: Told, b: Told, frequency: dict[str, int]) -> Iterator[tuple[str, str]]:
    """("-", "rare-opening:...") when the two openings share rare words: drawn from the text alone,
    whatever the extractor found in either article (the other reasons need its mentions)."""
    if a.published is None or b.published is None or abs((a.published - b.published).days) > OPENING_DAYS:
        return
    shared = sorted(w for w in a.opening & b.opening if frequency.get(w, 0) <= OPENING_RARE)
    if len(shared) >= OPENING_HITS:
        yield "-", "rare-opening:" + ",".join(shared[:6])


def near_in_time(a: Told, b: Told) -> bool:
    return a.published is not None and b.published is not None and abs((a.published - b.published).days) <= MAX_DAYS


def candidates(told: list[Told], excluded: list[Article]) -> Iterator[dict[str, Any]]:
    usable = sorted((t for t in told if not overlaps(t.article, excluded)), key=lambda t: t.published or date.min)
    frequency = Counter(word for t in told for word in t.words)
    for a, b in combinations(usable, 2):
        if a.outlet == b.outlet:
            continue
        near = near_in_time(a, b)
        reasons = list(merged_reasons(a, b)) + (list(pair_reasons(a, b)) if near else [])
        reasons += [r for r in (story_reasons(a, b, frequency) if near else []) if r not in reasons]
        reasons += list(opening_reasons(a, b, frequency))
        for kind, reason in reasons:
            yield {"a": a.article, "b": b.article, "type": kind, "reason": reason,
                   "likeness": round(likeness(a, b, kind), 3)}


def reading(candidate: dict[str, Any], by_key: dict[str, Told], shared: Path, blind: bool = False) -> str:
    """What the labeller reads: each article's first line and its mentions of the type (``blind``:
    without the events they went to, so that labels are written before seeing what the store did)."""
    lines = [f"== {candidate['type']} {candidate['reason']} likeness={candidate['likeness']}"]
    for side in ("a", "b"):
        told = by_key[candidate[side].key]
        text = feed_record(told.article, shared)["text"]
        lines.append(f"  [{side}] {told.outlet} {told.published} {told.article.key}")
        lines.append(f"      {text.strip().splitlines()[0][:200]}")
        if candidate["reason"].startswith("rare-opening:"):
            lines.append("      ..." + text[:OPENING].replace("\n", " ") + "...")
        if candidate["reason"].startswith("rare-words:"):
            first = min((i for w in candidate["reason"][11:].split(",") if (i := text.find(w)) >= 0), default=0)
            lines.append("      ..." + text[max(0, first - 150):first + 250].replace("\n", " ") + "...")
        for m in told.mentions:
            if m["type"] == candidate["type"]:
                event = "" if blind else f" ev={str(m['event_id'])[:8]}"
                lines.append(f"      * {m['source_name']} -> {m['target_name']} {m['date']} {m['location_name']}"
                             f"{event}: {str(m['evidence_text'])[:300]}")
    return "\n".join(lines)


def article_json(article: Article) -> dict[str, Any]:
    row = {"collection": article.collection, "record": article.record, "start": article.start,
           "end": article.end, "sha": article.sha}
    return {k: v for k, v in row.items() if v is not None}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--store", type=Path, required=True, help="the kept store of the whole corpus")
    parser.add_argument("--out", type=Path, required=True, help="candidates as JSON Lines")
    parser.add_argument("--read", type=Path, required=True, help="what to read to label them (outside the project)")
    parser.add_argument("--shared", type=Path, default=DEFAULT_SHARED)
    parser.add_argument("--pairs", type=Path, action="append",
                        help="a labelled set whose articles are left out (repeat for more; default: the check set "
                             "and the train pairs)")
    parser.add_argument("--workers", type=int, default=2)
    parser.add_argument("--blind", action="store_true", help="leave the events of the mentions out of --read")
    args = parser.parse_args()
    args.pairs = args.pairs or [PAIRS, TRAIN_PAIRS]
    args.store.parent.mkdir(parents=True, exist_ok=True)
    articles = list(corpus_articles(args.shared))
    sources = ingest_corpus(articles, args.shared, args.store, args.workers)
    told = stored_articles(args.store, sources, args.shared)
    by_key = {t.article.key: t for t in told}
    found = sorted(candidates(told, checked(args.pairs)), key=lambda c: -c["likeness"])
    with args.out.open("w", encoding="utf-8") as out, args.read.open("w", encoding="utf-8") as read:
        for number, candidate in enumerate(found):
            row = {"a": article_json(candidate["a"]), "b": article_json(candidate["b"]),
                   "type": candidate["type"], "reason": candidate["reason"], "likeness": candidate["likeness"]}
            out.write(json.dumps(row, ensure_ascii=False) + "\n")
            read.write(f"#{number} " + reading(candidate, by_key, args.shared, args.blind) + "\n\n")
    print(f"{len(articles)} articles, {len(found)} candidates -> {args.out}")


if __name__ == "__main__":
    main()
