"""Merge quality on labelled article pairs of real news: how many same-event pairs the store
merges into one event, and how many distinct-event pairs it wrongly merges.

    .venv/bin/python benchmarks/eval_merge.py                      # training/merge/pairs.jsonl
    .venv/bin/python benchmarks/eval_merge.py --workers 0 --json   # in this process; figures as JSON

Every article a pair names (``training/merge/README.md``) is read from ``../shared/corpus``
by reference (collection, record, character offsets), given its outlet and publication
date as a crawl would (papers: the paper and the file's day; AIR: its date and URL; BBC:
no date), written to a temporary JSON Lines feed and ingested into a temporary store. A
pair is *merged* when one stored event holds a mention of the labelled type from each
article (``--any-type``: any shared event). A same-event pair whose articles do not both
give a mention of the type counts as *not extracted*: a recall miss of the extractor, not
of merging. Wrong merges are printed with both mentions' evidence (to the terminal only).

    .venv/bin/python benchmarks/eval_merge.py --pairs training/merge/train_pairs.jsonl \
        --store /tmp/train.duckdb --explain    # keep the store; why each wrong pair is wrong

``--store`` keeps the store (articles already in it are not read again) and merges all its
mentions again with the current rules, so a change of the rules is measured in seconds.
``--explain`` prints, for every same-event pair kept apart and every distinct pair merged,
both articles' mentions of the type (sides, dates, places, the start of the evidence sentence)
and, for each two of them, the
rule of ``ghatna.store.merge`` that keeps them apart (``why_apart``); for a same-event pair not
extracted, the types each article gave and the other type's mention closest in words to the
other article's mention of the type (the event told as another type, or not told). Use it on the train
pairs only: the check set is not for error analysis.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import sys
import tempfile
import time
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))

from ghatna.evaluate.shared_corpus import DEFAULT_SHARED, available, get_record, sentence_hash
from ghatna.store import IngestSettings, Store, ingest, rebuild_events
from ghatna.store.events_table import mention_from
from ghatna.store.evidence import overlap, read_evidence
from ghatna.store.merge import Mention, why_apart

PAIRS = ROOT / "training" / "merge" / "pairs.jsonl"
OUTLETS = {"air": "All India Radio", "bbc": "BBC Hindi"}
EVIDENCE_SHOWN = 200  # characters of a mention's evidence sentence ``--explain`` prints (to the terminal only)
MONTHS = {"MAR": 3, "APR": 4, "ARP": 4, "MAY": 5}  # the papers' file names spell April "ARP" too


@dataclass(frozen=True, slots=True)
class Article:
    """One article of a pair, by reference: a collection's record, or a span of a papers file."""

    collection: str
    record: str
    start: int | None = None
    end: int | None = None
    sha: str | None = None

    @property
    def key(self) -> str:
        span = f"#{self.start}-{self.end}" if self.start is not None else ""
        return f"{self.collection}:{self.record}{span}"


@dataclass(frozen=True, slots=True)
class Pair:
    a: Article
    b: Article
    label: str  # "same" or "different"
    type: str  # the PLOVER type of the event(s) the pair is about
    note: str


def load_pairs(path: Path) -> list[Pair]:
    pairs = []
    for line in path.read_text(encoding="utf-8").splitlines():
        if line.strip():
            row = json.loads(line)
            pairs.append(Pair(Article(**row["a"]), Article(**row["b"]), row["label"], row["type"], row.get("note", "")))
    return pairs


def papers_day(record: str) -> str:
    """The day of a papers file from its name, e.g. 'Dainik Jagran/DJ-2020-APR/DJ-2020-ARP-05.txt'."""
    stem = Path(record).stem.split("-")
    return f"{int(stem[1]):04d}-{MONTHS[stem[2]]:02d}-{int(stem[3]):02d}"


def air_day(date: str) -> str:
    return time.strftime("%Y-%m-%d", time.strptime(date, "%b %d, %Y"))


def feed_record(article: Article, shared: Path) -> dict[str, Any]:
    """The article as a crawl gives it: text, outlet, publication date and URL where known."""
    rec = get_record(article.collection, article.record, shared)
    text = rec.text[article.start:article.end] if article.start is not None else rec.text
    if article.sha and sentence_hash(text) != article.sha:
        raise SystemExit(f"{article.key}: the corpus text changed (hash {sentence_hash(text)}, "
                         f"labelled {article.sha}); relabel the pair")
    if article.collection == "papers":
        return {"text": text, "source": article.record.split("/")[0], "published": papers_day(article.record)}
    if article.collection == "air":
        return {"text": text, "source": OUTLETS["air"], "published": air_day(rec.meta["date"]),
                "url": rec.meta["url"]}
    return {"text": text, "source": OUTLETS[article.collection]}


def write_feeds(articles: Iterable[Article], shared: Path, folder: Path) -> dict[str, str]:
    """A one-line feed file per article, named by its key (so a kept store knows it again);
    returns each store source -> the article's key."""
    sources = {}
    folder.mkdir(parents=True, exist_ok=True)
    for article in articles:
        record = feed_record(article, shared)
        path = folder / f"{hashlib.sha1(article.key.encode()).hexdigest()[:16]}.jsonl"
        path.write_text(json.dumps(record, ensure_ascii=False) + "\n", encoding="utf-8")
        sources[record.get("url") or f"{path}:1"] = article.key
    return sources


def article_events(store: Store, sources: dict[str, str]) -> dict[str, list[dict[str, Any]]]:
    """Per article key: its mentions with the event each went to."""
    rows = store.query_dicts("""
        SELECT s.source, em.event_id, m.idx, m.type, m.date, m.evidence_text, e.date AS event_date
        FROM sources s JOIN mentions m ON m.article_id = s.article_id
        JOIN event_mentions em ON em.article_id = m.article_id AND em.idx = m.idx
        JOIN events e ON e.id = em.event_id""")
    found: dict[str, list[dict[str, Any]]] = {key: [] for key in sources.values()}
    for row in rows:
        if row["source"] in sources:
            found[sources[row["source"]]].append(row)
    return found


def judge(pair: Pair, found: dict[str, list[dict[str, Any]]], any_type: bool) -> tuple[str, list[Any]]:
    """'merged', 'apart' or 'not extracted', with the shared events' mentions."""
    a = [m for m in found[pair.a.key] if any_type or m["type"] == pair.type]
    b = [m for m in found[pair.b.key] if any_type or m["type"] == pair.type]
    if not a or not b:
        return "not extracted", []
    shared = {m["event_id"] for m in a} & {m["event_id"] for m in b}
    if not shared:
        return "apart", []
    return "merged", [m for m in a + b if m["event_id"] in shared]


def article_mentions(store: Store, sources: dict[str, str]) -> dict[str, list[Mention]]:
    """Per article key: its mentions as the merge reads them."""
    rows = store.query_dicts("""
        SELECT s.source, m.*, a.published AS article_published, g.group_id
        FROM sources s JOIN mentions m ON m.article_id = s.article_id JOIN articles a ON a.id = m.article_id
        LEFT JOIN duplicate_groups g ON g.article_id = m.article_id ORDER BY m.article_id, m.idx""")
    found: dict[str, list[Mention]] = {key: [] for key in sources.values()}
    for row in rows:
        if row["source"] in sources:
            found[sources[row["source"]]].append(mention_from(row))
    return found


def evaluate(pairs: list[Pair], shared: Path, workers: int, any_type: bool,
             kept: Path | None = None) -> dict[str, Any]:
    articles = list({p.key: p for pair in pairs for p in (pair.a, pair.b)}.values())
    with tempfile.TemporaryDirectory() as tmp:
        where = kept or Path(tmp) / "merge.duckdb"
        feeds = where.with_suffix(".feeds")
        sources = write_feeds(articles, shared, feeds)
        started, cpu = time.perf_counter(), time.process_time()
        with Store.open(str(where)) as store:
            report = ingest(store, sorted(str(p) for p in feeds.glob("*.jsonl")), IngestSettings(workers=workers))
            events = rebuild_events(store, everything=True) if kept else report.events
            found = article_events(store, sources)
            mentions = article_mentions(store, sources)
        seconds, cpu = time.perf_counter() - started, time.process_time() - cpu
    verdicts = [(pair, *judge(pair, found, any_type)) for pair in pairs]
    return summary(verdicts, mentions) | {
        "articles": len(articles), "failed": report.failed, "events": events,
        "ingest_seconds": round(seconds, 1), "main_cpu_seconds": round(cpu, 1), "any_type": any_type}


def side_text(mention: Mention, side: str) -> str:
    actor = getattr(mention, side)
    return "-" if actor is None else f"{actor.name}/{actor.country}/{actor.sector}/{actor.kind}"


def mention_text(mention: Mention) -> str:
    return (f"{mention.article_id[:8]}#{mention.idx} {mention.type}/{mention.mode} {side_text(mention, 'source')} -> "
            f"{side_text(mention, 'target')} date={mention.date} pub={mention.published} "
            f"basis={mention.date_basis} at={mention.location}")


def explanation(pair: Pair, mentions: dict[str, list[Mention]]) -> list[str]:
    """Both articles' mentions of the type and, for each two, the rule that keeps them apart; when
    one article gives none of the type, what each gave instead (``told_otherwise``)."""
    a = [m for m in mentions.get(pair.a.key, []) if m.type == pair.type]
    b = [m for m in mentions.get(pair.b.key, []) if m.type == pair.type]
    lines = [f"      {side} {mention_text(m)}\n          {(m.evidence or '')[:EVIDENCE_SHOWN]}"
             for side, told in (("a", a), ("b", b)) for m in told]
    lines += [f"      a#{x.idx} b#{y.idx}: {why_apart(x, y) or 'merge'}" for x in a for y in b]
    if not (a and b):
        lines += told_otherwise(pair, mentions)
    return lines


def told_otherwise(pair: Pair, mentions: dict[str, list[Mention]]) -> list[str]:
    """For a pair one of whose articles gives no mention of the type: the types each article gave,
    and the mention of another type whose evidence shares the most content words with a mention of
    the type in the other article (the event told as another type, or not told at all)."""
    lines = [f"      {side} gave {', '.join(sorted({m.type for m in mentions.get(art.key, [])})) or 'nothing'}"
             for side, art in (("a", pair.a), ("b", pair.b))]
    found = [(overlap(read_evidence(x.evidence).words, read_evidence(y.evidence).words), x, y)
             for one, other in ((pair.a, pair.b), (pair.b, pair.a))
             for x in mentions.get(one.key, []) if x.type == pair.type
             for y in mentions.get(other.key, []) if y.type != pair.type]
    if found:
        share, x, y = max(found, key=lambda f: f[0])
        lines.append(f"      closest other type: {y.type} (content words {share:.2f})\n"
                     f"          {mention_text(x)}\n          {mention_text(y)}\n"
                     f"          {(y.evidence or '')[:EVIDENCE_SHOWN]}")
    return lines


def summary(verdicts: list[tuple[Pair, str, list[Any]]],
            mentions: dict[str, list[Mention]] | None = None) -> dict[str, Any]:
    """The figures and each pair's verdict; with the articles' mentions, why each is apart."""
    mentions = mentions or {}
    same = [v for v in verdicts if v[0].label == "same"]
    different = [v for v in verdicts if v[0].label == "different"]
    same_merged = sum(1 for v in same if v[1] == "merged")
    same_extracted = sum(1 for v in same if v[1] != "not extracted")
    return {
        "same_pairs": len(same), "same_extracted": same_extracted, "same_merged": same_merged,
        "same_merged_share": round(same_merged / len(same), 3) if same else None,
        "same_merged_share_of_extracted": round(same_merged / same_extracted, 3) if same_extracted else None,
        "distinct_pairs": len(different),
        "distinct_extracted": sum(1 for v in different if v[1] != "not extracted"),
        "distinct_merged": sum(1 for v in different if v[1] == "merged"),
        "pairs": [{"a": v[0].a.key, "b": v[0].b.key, "label": v[0].label, "type": v[0].type, "verdict": v[1],
                   "note": v[0].note, "shared": v[2], "why": explanation(v[0], mentions)} for v in verdicts],
    }


def print_report(result: dict[str, Any], explain: bool) -> None:
    print(f"{result['articles']} articles ingested in {result['ingest_seconds']} s "
          f"({result['main_cpu_seconds']} s CPU in the main process), {result['failed']} failed, "
          f"{result['events']} events; pairs judged on {'any shared event' if result['any_type'] else 'the labelled type'}")
    print(f"same-event pairs merged: {result['same_merged']}/{result['same_pairs']} = {result['same_merged_share']} "
          f"({result['same_merged']}/{result['same_extracted']} = {result['same_merged_share_of_extracted']} "
          f"of the pairs whose articles both gave the type)")
    print(f"distinct-event pairs merged: {result['distinct_merged']}/{result['distinct_pairs']} "
          f"({result['distinct_extracted']} with the type in both articles)")
    for row in result["pairs"]:
        wrong = (row["label"], row["verdict"]) in (("different", "merged"), ("same", "apart"))
        if wrong or row["verdict"] == "not extracted":
            print(f"  {'WRONG ' if wrong else ''}{row['verdict']:13s} {row['label']:9s} {row['type']:9s} "
                  f"{row['a']}  {row['b']}  ({row['note']})")
            for mention in row["shared"] if row["label"] == "different" else []:
                print(f"      {mention['event_id']} {mention['type']} {mention['date']}: {mention['evidence_text'][:160]}")
            if explain and (wrong or row["label"] == "same"):
                print("\n".join(row["why"]))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--pairs", type=Path, default=PAIRS)
    parser.add_argument("--shared", type=Path, default=DEFAULT_SHARED)
    parser.add_argument("--workers", type=int, default=1, help="ingest worker processes (0: this process)")
    parser.add_argument("--any-type", action="store_true", help="a pair is merged when it shares any event")
    parser.add_argument("--json", action="store_true", help="print the figures and verdicts as JSON")
    parser.add_argument("--store", type=Path, help="keep the store here and merge it again with the current rules")
    parser.add_argument("--explain", action="store_true", help="why each wrong pair is wrong (train pairs only)")
    args = parser.parse_args()
    if not available(args.shared):
        raise SystemExit(f"no corpus under {args.shared}: give --shared")
    result = evaluate(load_pairs(args.pairs), args.shared, args.workers, args.any_type, args.store)
    if args.json:
        print(json.dumps(result, ensure_ascii=False, indent=1, default=str))
    else:
        print_report(result, args.explain)


if __name__ == "__main__":
    main()
