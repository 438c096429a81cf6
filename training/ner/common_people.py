"""People that are common words: unlinked PERSON entities of the shared corpus's papers and All
India Radio collections whose every mention is made of dictionary words, titles, offices or
role words (issue 11: "प्रधानाचार्य", "कोच" read as a person's name).

    .venv/bin/python training/ner/common_people.py [--collections air papers] [--top 60]
    .venv/bin/python training/ner/common_people.py --out people.jsonl   # keep every unlinked person
    .venv/bin/python training/ner/common_people.py --show कोच             # each one's context
    .venv/bin/python training/ner/common_people.py --full                 # every default stage

Runs the pipeline's stages up to ``ner`` (as ``tests/test_ner_bbc.py`` does on the BBC articles)
over every record of the collections in the TRAIN split (``training/annotate/import_labels.split_of``;
dev records are never read) and keeps the PERSON entities no knowledge-base entry links. A word
is common when Debian's Apertium Hindi dictionary (``apertium-hin``, read here only) lists it only
as a common noun, adjective or verb, when ``data/kb/never_names.yaml`` lists it, or when it is a
title's word (``data/titles.tsv``). Prints how many unlinked people are common words only (all
mentions; and the narrower count of ``tests/test_ner_bbc.py``: one-word mentions the dictionary
lists), then the mention forms by count. Many Hindi given names are such words too (रेखा, सूरज,
अनुराग): each frequent form is to be read in its context before it goes to a never-a-name list.
Skips cleanly (exit 0, a message) when ``../shared/corpus`` is absent.
"""

from __future__ import annotations

import argparse
import json
import re
import sys
from collections import Counter
from collections.abc import Iterator
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT / "training" / "annotate"))

from import_labels import split_of

import ghatna
from ghatna.evaluate import shared_corpus
from ghatna.resources import load_tsv, load_yaml
from ghatna.settings import Settings
from ghatna.text.tokens import word_key

APERTIUM_HIN = Path("/usr/share/apertium/apertium-hin/apertium-hin.hin.dix")
STAGES = ("html", "normalize", "clean", "language", "segment", "entities", "ner")
CONTEXT = 60  # characters either side of a mention with --show


def dictionary_words() -> set[str]:
    """Lemmas the Apertium Hindi dictionary lists only as common nouns, adjectives, verbs."""
    if not APERTIUM_HIN.exists():
        return set()
    text = APERTIUM_HIN.read_text(encoding="utf-8")
    entries = re.findall(r'<e[^>]*lm="([^"]*)"[^>]*>.*?<par n="[^"]*__([a-z_]+)"', text[text.find("<section"):])
    proper = {lemma for lemma, pos in entries if pos == "np"}
    return {lemma for lemma, pos in entries if pos != "np" and lemma not in proper}


def common_keys() -> frozenset[str]:
    """Look-up keys of the never-a-name words and of every word of a title's forms."""
    lists = load_yaml("kb/never_names.yaml")
    titles = {w for row in load_tsv("titles.tsv") for form in row["hindi"].split("|") for w in form.split()}
    return frozenset(word_key(w) for w in [*lists["words"], *lists.get("not_people", []), *titles])


def train_records(collections: list[str]) -> Iterator[shared_corpus.Record]:
    for collection in collections:
        for record in shared_corpus.iter_records(collection):
            if split_of(collection, record.record) == "train":
                yield record


def unlinked_people(collections: list[str], full: bool = False) -> Iterator[dict[str, Any]]:
    """Every unlinked person of the records, with its mentions (text, rule, context)."""
    pipeline = ghatna.load(Settings() if full else Settings(stages=STAGES))
    for record in train_records(collections):
        doc = ghatna.extract(record.text, pipeline=pipeline)
        for entity in doc.entities:
            if entity.type == "PERSON" and not entity.kb_id:
                yield {"record": f"{record.collection}:{record.record}",
                       "mentions": [{"text": m.text, "rule": m.rule,
                                     "context": doc.body[max(0, m.start - CONTEXT): m.end + CONTEXT].replace("\n", " ")}
                                    for m in entity.mentions]}


def is_common(text: str, dictionary: set[str], keys: frozenset[str]) -> bool:
    words = text.split()
    return bool(words) and all(w in dictionary or word_key(w) in keys for w in words)


def report(people: list[dict[str, Any]], top: int, show: str | None) -> None:
    dictionary, keys = dictionary_words(), common_keys()
    common = [p for p in people if all(is_common(m["text"], dictionary, keys) for m in p["mentions"])]
    narrow = [p for p in people if all(" " not in m["text"] and m["text"] in dictionary for m in p["mentions"])]
    print(f"unlinked people: {len(people)}; common words only: {len(common)}; "
          f"one-word dictionary words (test_ner_bbc's count): {len(narrow)}")
    forms = Counter(m["text"] for p in common for m in p["mentions"])
    rules = Counter((m["text"], m["rule"]) for p in common for m in p["mentions"])
    for form, n in forms.most_common(top):
        how = ", ".join(f"{rule} {k}" for (text, rule), k in rules.most_common() if text == form)
        print(f"{n:5d}  {form}  ({how})")
    for p in people if show else []:
        for m in p["mentions"]:
            if m["text"] == show:
                print(f"{p['record']}  [{m['rule']}]  {m['context']}")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--collections", nargs="+", default=["air", "papers"], choices=shared_corpus.COLLECTIONS)
    parser.add_argument("--top", type=int, default=60, help="how many mention forms to list")
    parser.add_argument("--show", help="print the context of every common-word mention with this text")
    parser.add_argument("--full", action="store_true", help="run every default stage, not only those up to ner")
    parser.add_argument("--out", type=Path, help="keep every unlinked person as JSON Lines")
    parser.add_argument("--replay", type=Path, help="read the people from an --out file instead of running")
    args = parser.parse_args()
    if not args.replay and not shared_corpus.available():
        print("../shared/corpus is absent: nothing to read")
        return 0
    if args.replay:
        people = [json.loads(line) for line in args.replay.read_text(encoding="utf-8").splitlines()]
    else:
        people = list(unlinked_people(args.collections, args.full))
    if args.out:
        args.out.write_text("".join(json.dumps(p, ensure_ascii=False) + "\n" for p in people), encoding="utf-8")
    report(people, args.top, args.show)
    return 0


if __name__ == "__main__":
    sys.exit(main())
