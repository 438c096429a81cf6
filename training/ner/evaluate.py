"""Precision and recall of the shipped NER, per type.

    .venv/bin/python training/ner/evaluate.py [--json] [--model training/ner/output/model-best]

- IL-NER Hindi dev and test splits: the model alone, exact spans (all sentences, and the ones
  whose text is not also in the train split). The dev split chose the model's training step.
- The project's annotations, dev split (never trained on): the whole pipeline with and without
  the ``ner`` stage; and the whole pipeline on IL-NER's dev and test splits. A gold mention counts as found when a predicted mention of the same type group
  has the same text in that sentence. Gold names are split into those the knowledge base holds
  (a form of theirs resolves with ``kb lookup``) and those it lacks; predictions into linked
  (a ``kb_id``) and unlinked. IL-NER's test split is scored again without the mentions found by
  a demonym's form: IL-NER tags no demonym, the project's guidelines mark one as GPE.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections import Counter
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

from prepare import il_ner_examples, project_sentences

from ghatna.knowledge.kb import load_kb
from ghatna.models.ner.model import NerModel, load_model
from ghatna.text.normalize import normalize_inline

GROUP = {"PERSON": "PERSON", "ORG": "ORG", "GPE": "LOC", "LOC": "LOC"}


def prf(tp: int, n_pred: int, n_gold: int) -> dict[str, float | int]:
    p = tp / n_pred if n_pred else 0.0
    r = tp / n_gold if n_gold else 0.0
    return {"p": round(p, 3), "r": round(r, 3), "f": round(2 * p * r / (p + r), 3) if p + r else 0.0,
            "gold": n_gold, "pred": n_pred}


def score_spans(pairs: list[tuple[set[tuple[int, int, str]], set[tuple[int, int, str]]]]) -> dict[str, dict]:
    out = {}
    for label in ("PERSON", "ORG", "LOC", "ALL"):  # the model alone, without the stage's thresholds
        tp = n_pred = n_gold = 0
        for gold, pred in pairs:
            g = {s for s in gold if label in ("ALL", s[2])}
            p = {s for s in pred if label in ("ALL", s[2])}
            tp, n_pred, n_gold = tp + len(g & p), n_pred + len(p), n_gold + len(g)
        out[label] = prf(tp, n_pred, n_gold)
    return out


def il_ner_scores(split: str, model: NerModel) -> dict[str, dict]:
    train_texts = {text for text, _ in il_ner_examples("train")}
    pairs, unseen = [], []
    for text, spans in il_ner_examples(split):
        gold = set(spans)
        pred = {(p.start, p.end, p.label) for p in model.predict(text)}
        pairs.append((gold, pred))
        if text not in train_texts:
            unseen.append((gold, pred))
    return {"all": score_spans(pairs), "not_in_train": score_spans(unseen)}


def mention_bag(items: list[tuple[str, str]]) -> Counter[tuple[str, str]]:
    return Counter((GROUP[t], normalize_inline(x) or x) for t, x in items)


def il_ner_names(split: str) -> list[tuple[str, list[tuple[str, str]]]]:
    """IL-NER sentences with their names as (type, text), as ``project_sentences`` gives them
    (``il_ner_examples`` already labels them PERSON, ORG and LOC)."""
    return [(text, [(label, text[s:e]) for s, e, label in spans]) for text, spans in il_ner_examples(split)]


def project_scores(with_ner: bool, sentences: list[tuple[str, list[tuple[str, str]]]] | None = None,
                   model: NerModel | None = None, demonyms: bool = True) -> dict[str, dict]:
    """The whole pipeline on the annotations' dev split (or on ``sentences``), by mention text;
    its ``ner`` stage runs ``model`` when one is given (the shipped one otherwise). Without
    ``demonyms``, mentions found by a demonym's form ("भारतीय", "चीनी") are no prediction: IL-NER
    never tags a demonym (none of its train split's 660 demonyms alone is LOC), the project's
    guidelines mark one as GPE of its country."""
    import ghatna
    from ghatna.settings import DEFAULT_STAGES, Settings

    stages = DEFAULT_STAGES if with_ner else tuple(s for s in DEFAULT_STAGES if s != "ner")
    pipeline = ghatna.load(Settings(stages=stages))
    if model is not None:
        pipeline.context.resource("ner", lambda _settings: model)  # the stage finds it built
    kb = load_kb()
    counts: Counter[str] = Counter()
    for sentence, gold_items in sentences if sentences is not None else project_sentences("dev"):
        doc = ghatna.extract(sentence, pipeline=pipeline)
        mentions = [(e, m) for e in doc.entities for m in e.mentions if demonyms or m.rule != "kb:demonym"]
        linked = [(e.type, m.text) for e, m in mentions if e.kb_id]
        unlinked = [(e.type, m.text) for e, m in mentions if not e.kb_id]
        gold = mention_bag(gold_items)
        pred_linked, pred_unlinked = mention_bag(linked), mention_bag(unlinked)
        for (group, text), n in gold.items():
            in_kb = "kb" if kb.lookup(text) else "not_kb"
            hit = min(n, pred_linked[(group, text)] + pred_unlinked[(group, text)])
            counts[f"gold:{in_kb}:{group}"] += n
            counts[f"found:{in_kb}:{group}"] += hit
        for source, bag in (("linked", pred_linked), ("unlinked", pred_unlinked)):
            for (group, text), n in bag.items():
                counts[f"pred:{source}:{group}"] += n
                counts[f"right:{source}:{group}"] += min(n, gold[(group, text)])
    return summarise(counts)


def summarise(counts: Counter[str]) -> dict[str, dict]:
    out: dict[str, dict] = {}
    for group in ("PERSON", "ORG", "LOC"):
        row = {}
        for in_kb in ("kb", "not_kb"):
            gold, found = counts[f"gold:{in_kb}:{group}"], counts[f"found:{in_kb}:{group}"]
            row[f"recall_{in_kb}"] = {"r": round(found / gold, 3) if gold else 0.0, "gold": gold}
        for source in ("linked", "unlinked"):
            pred, right = counts[f"pred:{source}:{group}"], counts[f"right:{source}:{group}"]
            row[f"precision_{source}"] = {"p": round(right / pred, 3) if pred else 0.0, "pred": pred}
        gold_all = counts[f"gold:kb:{group}"] + counts[f"gold:not_kb:{group}"]
        found_all = counts[f"found:kb:{group}"] + counts[f"found:not_kb:{group}"]
        pred_all = counts[f"pred:linked:{group}"] + counts[f"pred:unlinked:{group}"]
        right_all = counts[f"right:linked:{group}"] + counts[f"right:unlinked:{group}"]
        row["all"] = prf(right_all, pred_all, gold_all) | {"r": round(found_all / gold_all, 3) if gold_all else 0.0}
        out[group] = row
    return out


def as_span(text: str, name: str, label: str) -> tuple[int, int, str]:
    """A name as the span of its first occurrence in the sentence (the annotations' loader gives
    names as text): the model alone is then scored by mention text, as the pipeline is."""
    start = text.find(name)
    return (start, start + len(name), label) if start >= 0 else (-1, -len(name), label)


def held_out_report(model: NerModel, share: int, after: int, as_json: bool) -> None:
    """The model alone and the whole pipeline, both by mention text, on the held-out train records."""
    report = {}
    for part, later, unseen in (("held", 0, False), (f"held_after_{after}", after, False),
                                (f"held_first_after_{after}", after, True)):
        sentences = project_sentences("train", share, later, unseen)
        pairs = []
        for text, items in sentences:  # names by (start, end) of their text's first match: spans stand in for texts
            gold = {as_span(text, x, GROUP[t]) for t, x in items if t in GROUP}
            pairs.append((gold, {as_span(text, text[p.start:p.end], p.label) for p in model.predict(text)}))
        report[part] = {"sentences": len(sentences), "model": score_spans(pairs),
                        "pipeline": project_scores(True, sentences, model)}
    if as_json:
        print(json.dumps(report, indent=2))
        return
    for part, scores in report.items():
        print(f"{part} ({scores['sentences']} sentences), model alone by mention text:")
        for label, s in scores["model"].items():
            print(f"  {label:7} P {s['p']:.3f}  R {s['r']:.3f}  F {s['f']:.3f}  (gold {s['gold']}, predicted {s['pred']})")
        print(f"{part}, whole pipeline:")
        print_rows(scores["pipeline"])


def print_rows(rows: dict[str, dict]) -> None:
    for group, row in rows.items():
        print(f"  {group:7} P {row['all']['p']:.3f}  R {row['all']['r']:.3f}  | recall in KB "
              f"{row['recall_kb']['r']:.3f} ({row['recall_kb']['gold']}), not in KB {row['recall_not_kb']['r']:.3f} "
              f"({row['recall_not_kb']['gold']}) | precision linked {row['precision_linked']['p']:.3f} "
              f"({row['precision_linked']['pred']}), unlinked {row['precision_unlinked']['p']:.3f} "
              f"({row['precision_unlinked']['pred']})")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--json", action="store_true")
    parser.add_argument("--model", type=Path, help="a trained model's folder (default: the shipped one)")
    parser.add_argument("--held-out", type=int, default=0, help="score only the held-out part of the "
                        "annotations' train split (prepare.py --hold-out: that percent of the records; real "
                        "sentences): the model alone and the whole pipeline, all of it and batches after --after")
    parser.add_argument("--after", type=int, default=16, help="with --held-out, also the batches after this one "
                        "(1.3.1 was trained on the train split of batches 1-16), and of those the records no batch "
                        "up to it annotated (news a model trained on those batches never saw)")
    args = parser.parse_args()
    if args.model:
        import spacy_code  # noqa: F401  (a model out of training names its scorer, registered there)
    model = load_model(path=args.model)
    if args.held_out:
        held_out_report(model, args.held_out, args.after, args.json)
        return
    report = {"il_ner_dev": il_ner_scores("dev", model), "il_ner_test": il_ner_scores("test", model),
              "project_dev": project_scores(True, model=model),
              "project_dev_without_ner": project_scores(False),
              "il_ner_dev_pipeline": project_scores(True, il_ner_names("dev"), model),
              "il_ner_test_pipeline": project_scores(True, il_ner_names("test"), model),
              "il_ner_test_pipeline_without_demonyms": project_scores(True, il_ner_names("test"), model, demonyms=False)}
    if args.json:
        print(json.dumps(report, indent=2))
        return
    for split in ("dev", "test"):
        for part, scores in report[f"il_ner_{split}"].items():
            print(f"IL-NER {split} ({part}):")
            for label, s in scores.items():
                print(f"  {label:7} P {s['p']:.3f}  R {s['r']:.3f}  F {s['f']:.3f}  (gold {s['gold']}, predicted {s['pred']})")
    for part in ("project_dev", "project_dev_without_ner", "il_ner_dev_pipeline", "il_ner_test_pipeline",
                 "il_ner_test_pipeline_without_demonyms"):
        print(f"{part.replace('_', ' ')} (whole pipeline):")
        print_rows(report[part])


if __name__ == "__main__":
    main()
