"""Evaluation runs: outputs for a gold file, or the project's own annotated windows, scored.

``evaluate_gold`` takes a gold file and PATHs that are either record files written by
``ghatna extract`` (recognised by their fields) or articles, which the pipeline reads.
``evaluate_annotations`` runs the pipeline over every annotated window of real news in
one split (the text rebuilt from ``../shared``, the publication day from the collection)
and scores it against the window's events and entities.
"""

from __future__ import annotations

import logging
import re
from collections.abc import Iterator, Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from ghatna.api import extract, extract_many
from ghatna.errors import GhatnaError
from ghatna.evaluate import annotations as ann
from ghatna.evaluate.gold import is_record_file, read_gold, read_records, records_by_file
from ghatna.evaluate.scoring import GoldDocument, Tally, score_all
from ghatna.pipeline import Pipeline

log = logging.getLogger(__name__)


@dataclass(slots=True)
class Evaluation:
    tally: Tally
    notes: list[tuple[str, list[str]]]
    failed: list[str]

    def summary(self) -> dict[str, Any]:
        """The reference scorer's summary: ratios, then counts (documents last)."""
        out: dict[str, Any] = {k: self.tally.ratio(k) for k in sorted(self.tally.parts) if ":" not in k}
        out.update(self.tally.counts)
        return out

    def breakdown(self, prefix: str) -> dict[str, dict[str, Any]]:
        """``{"ASSAULT": {"recall": 0.5, "recall_n": 4, ...}}`` for ``type`` or ``kind``."""
        table: dict[str, dict[str, Any]] = {}
        for key, (_hits, out_of) in sorted(self.tally.parts.items()):
            head, _, rest = key.partition(":")
            if head != prefix:
                continue
            name, measure = rest.rsplit(":", 1)
            table.setdefault(name, {})[measure] = self.tally.ratio(key)
            table[name][f"{measure}_n"] = out_of
        return table


def output_records(paths: list[str], pipeline: Pipeline) -> Iterator[Mapping[str, Any] | GhatnaError]:
    """Records from record files as they are; articles through the pipeline."""
    articles = []
    for path in paths:
        if is_record_file(Path(path)):
            yield from read_records(Path(path))
        else:
            articles.append(path)
    if articles:
        for outcome in extract_many(articles, pipeline):
            yield outcome.document.to_record() if outcome.document else outcome.error or GhatnaError(outcome.source)


def evaluate_gold(gold_path: Path, paths: list[str], pipeline: Pipeline) -> Evaluation:
    gold = read_gold(gold_path)
    records, failed = [], []
    for item in output_records(paths, pipeline):
        if isinstance(item, GhatnaError):
            failed.append(str(item))
        else:
            records.append(item)
    tally, notes = score_all(gold, records_by_file(records))
    return Evaluation(tally, notes, failed)


def evaluate_annotations(folder: Path, split: str, pipeline: Pipeline, shared: Path | None = None) -> Evaluation:
    sentences = [s for s in ann.load_sentences(folder, shared) if s.split == split or split == "all"]
    gold: list[GoldDocument] = []
    records: dict[str, Mapping[str, Any]] = {}
    failed: list[str] = []
    for window, group in sorted(ann.windows(sentences).items()):
        doc_gold = ann.gold_of_window(window, group)
        gold.append(doc_gold)
        try:
            records[doc_gold.file] = window_record(group, doc_gold.file, pipeline, shared)
        except GhatnaError as err:
            failed.append(f"{window}: {err}")
    tally, notes = score_all(gold, records)
    return Evaluation(tally, notes, failed)


def window_record(group: list[ann.AnnotatedSentence], name: str, pipeline: Pipeline,
                  shared: Path | None = None) -> dict[str, Any]:
    """The contract record of an annotated window, its text rebuilt from ``../shared`` and its
    publication day from the collection, as a crawl would give them."""
    return extract(ann.window_text(group, shared), source=name, published=ann.window_published(group, shared),
                   html=False, pipeline=pipeline).to_record()


def squeeze(text: str) -> str:
    """Text as output evidence and annotated sentences are compared: no zero-width characters
    (the clean body drops AIR's joiners), one space between words."""
    return re.sub(r"\s+", " ", re.sub("[\u200b-\u200d\u2060\ufeff]", "", text)).strip()


def placed_types(record: Mapping[str, Any], sentences: list[ann.AnnotatedSentence]) -> dict[int, set[str]]:
    """Per annotated sentence (by index), the PLOVER types of the output events whose evidence
    lies in it; an evidence cut at the window's edge is placed by its first words."""
    texts = [squeeze(s.text) for s in sentences]
    found: dict[int, set[str]] = {}
    for event in record.get("events") or []:
        piece = squeeze((event.get("evidence") or {}).get("text") or "")
        where = next((i for i, t in enumerate(texts) if piece and (piece in t or t in piece)), None)
        if where is None:
            where = next((i for i, t in enumerate(texts) if piece and piece[:40] in t), None)
        if where is not None:
            found.setdefault(where, set()).add(event.get("type") or "")
    return found
