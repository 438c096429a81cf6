"""Scoring ghatna's Documents against the hand annotations in ``tests/articles/*.yaml``.

Each file holds an article written for the tests (``text``, ``published``) and what a
careful reader takes from it (``expect``: entities, events, quotes, figures, and what
must not be found). Used by the quality gate in ``test_articles.py`` and by
``benchmarks/score_articles.py`` for a full report. ``sides_of`` gives the sides of a sentence's
events for the tests that compare them directly.
"""

from __future__ import annotations

import re
import unicodedata
from collections import Counter
from dataclasses import dataclass, field
from difflib import SequenceMatcher
from pathlib import Path
from typing import Any

import yaml

import ghatna
from ghatna.document import Document, Entity, Event

ARTICLES = Path(__file__).parent / "articles"
SYMMETRIC = {"CONSULT", "AGREE", "COOPERATE"}
ISO3 = re.compile(r"^[A-Z]{3}$")


def fold(name: str | None) -> str:
    text = unicodedata.normalize("NFKD", name or "").encode("ascii", "ignore").decode().lower()
    return " ".join(re.sub(r"[^a-z0-9 ]+", " ", text).split())


def same_name(expected: str, found: str) -> bool:
    a, b = fold(expected), fold(found)
    if not a or not b:
        return False
    if a == b or set(a.split()) <= set(b.split()) or (set(b.split()) <= set(a.split()) and len(b) > 3):
        return True
    at, bt = a.split(), b.split()
    if len(at) > 1 and len(bt) > 1 and at[-1] == bt[-1] and at[0][0] == bt[0][0]:
        return True  # "S. Jaishankar" and "Subrahmanyam Jaishankar"
    return SequenceMatcher(None, a, b).ratio() >= 0.85


@dataclass
class Tally:
    counts: Counter[str] = field(default_factory=Counter)
    misses: list[str] = field(default_factory=list)

    def add(self, key: str, hit: bool, miss: str = "") -> None:
        self.counts[key + "_total"] += 1
        self.counts[key + "_hit"] += int(hit)
        if not hit and miss:
            self.misses.append(miss)

    def ratio(self, key: str) -> float:
        total = self.counts[key + "_total"]
        return self.counts[key + "_hit"] / total if total else 1.0


HELDOUT = Path(__file__).parent / "heldout"


def load_articles(folder: Path = ARTICLES) -> list[tuple[str, dict[str, Any]]]:
    return [(p.name, yaml.safe_load(p.read_text(encoding="utf-8"))) for p in sorted(folder.glob("*.yaml"))]


def run_article(case: dict[str, Any], name: str) -> Document:
    published = case.get("published")
    return ghatna.extract(case["text"], source=name, published=str(published) if published else None)


Sides = tuple[str, str | None, str | None]


def sides_of(text: str, pipeline: ghatna.Pipeline) -> set[Sides]:
    """(type, source country, target country) of every event of the text not told as negated."""
    return {(e.type, e.source.country if e.source else None, e.target.country if e.target else None)
            for e in ghatna.extract(text, pipeline=pipeline).events if e.modality != "negated"}


def entity_found(spec: dict[str, Any], doc: Document) -> bool:
    if spec.get("name"):
        return any(same_name(spec["name"], e.name) for e in doc.entities)
    hindi = ghatna.text.normalize.normalize_inline(spec.get("hindi")) or ""
    return any(hindi in m.text or m.text in hindi for e in doc.entities for m in e.mentions if len(m.text) > 2)


def side_fits(spec: str | None, actor: Entity | None, countries: dict[str, str], level: str) -> bool:
    if spec is None:
        return True
    if actor is None:
        return False
    if ISO3.match(spec):
        return actor.country == spec
    if level == "dyad" and countries.get(spec):
        return actor.country == countries[spec]
    return same_name(spec, actor.name) or any(same_name(spec, m.text) for m in actor.mentions)


def event_fits(spec: dict[str, Any], ev: Event, countries: dict[str, str], level: str) -> bool:
    if ev.type != spec["type"]:
        return False
    src, tgt = spec.get("source"), spec.get("target")
    if side_fits(src, ev.source, countries, level) and side_fits(tgt, ev.target, countries, level):
        return True
    return spec["type"] in SYMMETRIC and side_fits(src, ev.target, countries, level) and side_fits(tgt, ev.source, countries, level)


def contradicts(expected: str | None, found: str | None) -> bool:
    if not expected or not found:
        return False
    e = re.findall(r"\d+", expected.replace("--", "0000-"))
    f = re.findall(r"\d+", found.replace("--", "0000-"))
    return any(a != b and a != "0000" and b != "0000" for a, b in zip(e, f))


def score_events(doc: Document, case: dict[str, Any], tally: Tally, name: str) -> None:
    expect = case["expect"]
    countries = {e["name"]: e.get("country") for e in expect.get("entities", []) if e.get("name")}
    for level in ("dyad", "entity"):
        used: set[int] = set()
        for spec in expect.get("events", []):
            hit = next((i for i, ev in enumerate(doc.events) if i not in used and event_fits(spec, ev, countries, level)), None)
            tally.add(f"events_{level}_recall", hit is not None,
                      f"{name}: event missing: {spec['type']} {spec.get('source')} -> {spec.get('target')}" if level == "entity" else "")
            if hit is None:
                continue
            used.add(hit)
            if level == "entity":
                ev = doc.events[hit]
                tally.add("modality", (ev.modality == spec.get("modality", "asserted")),
                          f"{name}: modality {ev.modality} != {spec.get('modality')} ({spec['type']})")
                tally.add("dates_ok", not contradicts(str(spec.get("date") or ""), ev.date),
                          f"{name}: date {ev.date} contradicts {spec.get('date')} ({spec['type']})")
        tally.counts[f"events_{level}_precision_hit"] += len(used)
        tally.counts[f"events_{level}_precision_total"] += len(doc.events)


def score_article(name: str, case: dict[str, Any], tally: Tally) -> Document:
    doc = run_article(case, name)
    expect = case["expect"]
    for spec in expect.get("entities", []):
        tally.add("entities", entity_found(spec, doc), f"{name}: entity missing: {spec.get('name') or spec.get('hindi')}")
    for bad in expect.get("not_entities", []) or []:
        tally.add("clean_entities", not any(same_name(bad, e.name) for e in doc.entities), f"{name}: entity from clutter: {bad}")
    for spec in expect.get("not_events", []) or []:
        bad = [e for e in doc.events for side in (e.source, e.target) if side and side.country in spec["countries_any"]]
        tally.add("clean_events", not bad, f"{name}: event from clutter: {spec}")
    score_events(doc, case, tally, name)
    for spec in expect.get("quotes", []):
        hit = any(spec["contains"] in q.text and q.speaker is not None and (
            same_name(spec["speaker"], q.speaker.name) or any(spec["speaker"] in m.text or m.text in spec["speaker"]
                                                              for m in q.speaker.mentions)) for q in doc.quotes)
        tally.add("quotes", hit, f"{name}: quote missing: {spec['speaker']}: {spec['contains']}")
    for spec in expect.get("figures", []):
        hit = any(f.unit == spec["unit"] and abs(f.value - spec["value"]) <= 0.01 * abs(spec["value"]) for f in doc.figures)
        tally.add("figures", hit, f"{name}: figure missing: {spec}")
    return doc


def score_all(folder: Path = ARTICLES) -> Tally:
    tally = Tally()
    for name, case in load_articles(folder):
        score_article(name, case, tally)
    return tally
