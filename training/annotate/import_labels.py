"""Turn an annotator's labels into the project's annotation file (offsets, hashes, split).

    python training/annotate/import_labels.py /tmp/annot/batch_1.jsonl /tmp/annot/out_1.jsonl \
        --annotator a1 -o training/annotations/real-1.jsonl
    python training/annotate/import_labels.py --written /tmp/annot/written.jsonl \
        --annotator w1 -o training/annotations/written-1.jsonl

Annotators write spans as the exact strings of the sentence (with ``nth`` for a repeated
one); this finds their offsets, checks every label against the rules' vocabularies, and
writes one line per sentence that points into ``../shared`` without copying its text.
The dev split is fixed by article: a record is in dev when the hash of its name falls in
the lowest quarter, so the split never depends on what was annotated when.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import sys
from pathlib import Path
from typing import Any

from ghatna.evaluate.annotations import PLOVER_TYPES
from ghatna.evaluate.shared_corpus import sentence_hash

MODALITIES = {"asserted", "planned", "possible", "negated"}
KINDS = {"named", "generic", "unknown"}
ENTITY_TYPES = {"PERSON", "ORG", "GPE", "LOC"}
DEV_SHARE = 0.25


class LabelError(ValueError):
    """A label that does not fit the sentence or the rules."""


def split_of(collection: str, record: str) -> str:
    digest = hashlib.sha1(f"{collection}:{record}".encode()).digest()
    return "dev" if digest[0] < 256 * DEV_SHARE else "train"


def locate(text: str, piece: str | None, nth: int = 1) -> list[int] | None:
    if not piece:
        return None
    at = -1
    for _ in range(max(1, nth)):
        at = text.find(piece, at + 1)
        if at < 0:
            raise LabelError(f"{piece!r} (occurrence {nth}) is not in the sentence")
    return [at, at + len(piece)]


def actor(text: str, data: Any) -> dict[str, Any] | None:
    if not isinstance(data, dict):
        return None
    kind = data.get("kind") or ("named" if data.get("name") else "unknown")
    if kind not in KINDS:
        raise LabelError(f"actor kind {kind!r}")
    out = {k: data.get(k) for k in ("name", "country", "sector")}
    out["kind"] = kind
    out["span"] = locate(text, data.get("text"), int(data.get("nth", 1)))  # the words themselves are not kept
    return out


def event(text: str, data: dict[str, Any]) -> dict[str, Any]:
    if data.get("type") not in PLOVER_TYPES:
        raise LabelError(f"event type {data.get('type')!r}")
    modality = data.get("modality") or "asserted"
    if modality not in MODALITIES:
        raise LabelError(f"modality {modality!r}")
    return {
        "type": data["type"], "mode": data.get("mode"),
        "trigger": locate(text, data.get("trigger"), int(data.get("trigger_nth", 1))),
        "source": actor(text, data.get("source")), "target": actor(text, data.get("target")),
        "modality": modality, "required": bool(data.get("required", True)),
        "date_span": locate(text, data.get("date_text")), "note": data.get("note"),
    }


def entity(text: str, data: dict[str, Any]) -> dict[str, Any]:
    if data.get("type") not in ENTITY_TYPES:
        raise LabelError(f"entity type {data.get('type')!r}")
    return {"span": locate(text, data["text"], int(data.get("nth", 1))), "type": data["type"],
            "name": data.get("name")}


def labels(text: str, data: dict[str, Any]) -> dict[str, Any]:
    skip = bool(data.get("skip"))
    return {
        "skip": skip,
        "events": [] if skip else [event(text, e) for e in data.get("events") or []],
        "entities": [] if skip else [entity(text, e) for e in data.get("entities") or []],
    }


def read_jsonl(path: Path) -> list[dict[str, Any]]:
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]


def import_batch(batch: Path, out: Path, annotator: str) -> tuple[list[dict[str, Any]], list[str]]:
    sentences = {s["sid"]: (doc, s) for doc in read_jsonl(batch) for s in doc["sentences"]}
    rows, problems = [], []
    for data in read_jsonl(out):
        if data.get("sid") not in sentences:
            problems.append(f"{data.get('sid')}: not in the batch")
            continue
        doc, sentence = sentences.pop(data["sid"])
        parts = sentence["sid"].split("|")
        collection, record, start, end = parts[0], "|".join(parts[1:-2]), int(parts[-2]), int(parts[-1])
        try:
            row = {"collection": collection, "record": record, "start": start, "end": end,
                   "sha": sentence_hash(sentence["text"]), "window": f"{doc['doc']}@{doc['first_sentence']}",
                   "split": split_of(collection, record), "annotator": annotator,
                   **labels(sentence["text"], data)}
        except (LabelError, KeyError, TypeError, ValueError) as err:
            problems.append(f"{data['sid']}: {err}")
            continue
        rows.append(row)
    problems += [f"{sid}: not labelled" for sid in sentences]
    return rows, problems


def import_written(path: Path, annotator: str) -> tuple[list[dict[str, Any]], list[str]]:
    rows, problems = [], []
    for data in read_jsonl(path):
        try:
            rows.append({"written": True, "text": data["text"], "window": data["sid"], "split": "train",
                         "annotator": annotator, **labels(data["text"], data)})
        except (LabelError, KeyError, TypeError, ValueError) as err:
            problems.append(f"{data.get('sid')}: {err}")
    return rows, problems


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("files", nargs="+", type=Path, help="BATCH OUT, or with --written one file")
    parser.add_argument("--written", action="store_true")
    parser.add_argument("--annotator", required=True)
    parser.add_argument("-o", "--output", type=Path, required=True)
    args = parser.parse_args()
    if args.written:
        rows, problems = import_written(args.files[0], args.annotator)
    else:
        rows, problems = import_batch(args.files[0], args.files[1], args.annotator)
    with args.output.open("w", encoding="utf-8") as handle:
        for row in rows:
            handle.write(json.dumps(row, ensure_ascii=False) + "\n")
    for problem in problems:
        print(f"dropped {problem}", file=sys.stderr)
    print(f"{len(rows)} sentences written to {args.output}, {len(problems)} dropped")


if __name__ == "__main__":
    main()
