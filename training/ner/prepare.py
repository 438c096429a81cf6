"""Training and evaluation data for the Hindi NER, as spaCy DocBins.

Sources:
- IL-NER Hindi (``../shared/data/il-ner-hindi``, CC BY 4.0, Bahad et al. 2024): token TAB
  BIO tag; NEP → PERSON, NEO → ORG, NEL → LOC; NEN, NETI, NEAR, NEU, NED are not names here.
  A bare "-NEL" tag (a few lines lost their "B") starts an entity; "-" alone is outside.
- The project's sentence annotations (``training/annotations``), train split only:
  PERSON, ORG, and GPE/LOC → LOC.

Every text is first normalised with ``ghatna.text.normalize.normalize_text``, as the pipeline's
``normalize`` stage writes it before the ``ner`` stage reads it (NFC writes a precomposed nukta
letter, "ज़" U+095B, as the letter and its nukta), then split with
``ghatna.models.ner.words.ner_words``, as the stage splits it.

``--augment N`` adds N copies of every train sentence that names someone or something, each name
replaced by a knowledge-base name of its type drawn at random (people's full names, organisations'
forms, curated places' forms): the model then learns names from their context and their shape, not
from the few names the train sentences repeat. ``--augment-il-ner`` does the same to IL-NER's train
sentences.

``--raw`` also writes ``corpus/raw.jsonl`` for ``spacy pretrain``: the words of IL-NER's train
sentences and of the sentences of ``../shared/corpus`` (BBC, AIR, the 2020 dailies), leaving out
every record the annotations' dev split points into. It lives beside the DocBins (never committed).
"""

from __future__ import annotations

import argparse
import hashlib
import json
import random
from collections.abc import Iterator
from itertools import pairwise
from pathlib import Path

from spacy.tokens import Doc, DocBin, Span
from spacy.vocab import Vocab

from ghatna.evaluate.annotations import AnnotatedSentence
from ghatna.models.ner.words import Word, ner_words
from ghatna.text.normalize import normalize_text

ROOT = Path(__file__).resolve().parents[2]
IL_NER = ROOT.parent / "shared" / "data" / "il-ner-hindi"
ANNOTATIONS = ROOT / "training" / "annotations"
OUT = ROOT / "training" / "ner" / "corpus"
IL_LABELS = {"NEP": "PERSON", "NEO": "ORG", "NEL": "LOC"}
PROJECT_LABELS = {"PERSON": "PERSON", "ORG": "ORG", "GPE": "LOC", "LOC": "LOC"}
Example = tuple[str, list[tuple[int, int, str]]]


def il_ner_sentences(path: Path) -> Iterator[list[tuple[str, str]]]:
    sentence: list[tuple[str, str]] = []
    for line in path.read_text(encoding="utf-8").splitlines():
        if not line.strip():
            if sentence:
                yield sentence
            sentence = []
            continue
        token, _, tag = line.partition("\t")
        sentence.append((token.strip(), tag.strip()))
    if sentence:
        yield sentence


def il_ner_example(sentence: list[tuple[str, str]]) -> Example:
    """The sentence as text (tokens joined by spaces) with character spans of its names."""
    text, spans, open_ = "", [], None
    for token, tag in sentence:
        start = len(text) + (1 if text else 0)
        text = f"{text} {token}" if text else token
        prefix, _, kind = tag.partition("-")
        label = IL_LABELS.get(kind)
        if label and prefix == "I" and open_ and open_[2] == label:
            open_ = (open_[0], len(text), label)
            continue
        if open_:
            spans.append(open_)
        open_ = (start, len(text), label) if label else None
    if open_:
        spans.append(open_)
    return normalized((text, spans))


def normalized(example: Example) -> Example:
    """The example's text as the pipeline's ``normalize`` stage gives it to the ``ner`` stage
    (``normalize_text``), its spans moved along: each stretch between span boundaries is
    normalised on its own, so that a name keeps its own characters."""
    text, spans = example
    cuts = sorted({0, len(text), *(i for start, end, _ in spans for i in (start, end))})
    moved: dict[int, int] = {}
    out: list[str] = []
    length = 0
    for a, b in pairwise(cuts):
        moved[a] = length
        piece = normalize_text(text[a:b])
        out.append(piece)
        length += len(piece)
    moved[len(text)] = length
    return "".join(out), [(moved[start], moved[end], label) for start, end, label in spans]


def il_ner_examples(split: str) -> list[Example]:
    return [il_ner_example(s) for s in il_ner_sentences(IL_NER / f"{split}.txt")]


def project_sentences(split: str, hold_out: int = 0, after: int = 0,
                      unseen: bool = False) -> list[tuple[str, list[tuple[str, str]]]]:
    """Sentences of one split with their names as (type, text). With ``hold_out``, the real (not
    written) sentences of the held-out records of that split only, and with ``after`` only those of
    annotation batches after that number; with ``unseen`` too, only records that no batch up to
    ``after`` annotated (``first_annotated_after``: an older model trained on those batches saw the
    other windows of a record annotated again later, and its names)."""
    from ghatna.evaluate.annotations import load_sentences

    loaded = [s for s in load_sentences(ANNOTATIONS) if s.split == split and not s.skip]
    chosen = [s for s in loaded if not hold_out or (not s.written and held_out(s, hold_out) and batch(s) > after)]
    if hold_out and unseen:
        chosen = first_annotated_after(chosen, loaded, after)
    return [(s.text, [(e.type, s.text[e.start:e.end]) for e in s.entities]) for s in chosen]


def first_annotated_after(chosen: list[AnnotatedSentence], every: list[AnnotatedSentence],
                          after: int) -> list[AnnotatedSentence]:
    """The ``chosen`` sentences whose record no real sentence of ``every`` from batches 1 to
    ``after`` comes from."""
    earlier = {(s.collection, s.record) for s in every if not s.written and 0 < batch(s) <= after}
    return [s for s in chosen if (s.collection, s.record) not in earlier]


def batch(sentence: AnnotatedSentence) -> int:
    """The annotation batch of a real sentence ("a17" → 17; 0 when the annotator has no number)."""
    digits = sentence.annotator.lstrip("aw")
    return int(digits) if digits.isdigit() else 0


def held_out(sentence: AnnotatedSentence, share: int) -> bool:
    """Whether a train sentence's record is in the held-out part (``share`` percent of the train
    split's records, chosen by a hash of the record, or of the window for written sentences): the
    part that chooses between training settings, since the dev split is for totals only."""
    key = sentence.window if sentence.written else f"{sentence.collection}/{sentence.record}"
    return share > 0 and int(hashlib.sha1(key.encode("utf-8")).hexdigest()[:8], 16) % 100 < share


def project_examples(split: str, excluded: frozenset[str] = frozenset(), hold_out: int = 0,
                     part: str = "rest") -> list[Example]:
    """Sentences of one split with their names' spans, leaving out the sentences of the ``excluded``
    annotators (a fold held out of training, to measure on sentences no model saw). With
    ``hold_out`` (a percentage of the records), ``part`` "rest" gives the sentences outside the
    held-out records and "held" those inside."""
    from ghatna.evaluate.annotations import load_sentences

    out = []
    for s in load_sentences(ANNOTATIONS):
        if s.split != split or s.skip or s.annotator in excluded:
            continue
        if hold_out and held_out(s, hold_out) != (part == "held"):
            continue
        out.append(normalized((s.text, [(e.start, e.end, PROJECT_LABELS[e.type]) for e in s.entities
                                        if e.type in PROJECT_LABELS])))
    return out


def kb_names() -> dict[str, list[str]]:
    """Hindi forms of the knowledge base by training label: people's full names (two words or
    more), organisations' forms, and places' forms (curated sources and GeoNames cities alike);
    not a country and a word for its government ("रूस सरकार"), which names the country alone."""
    from ghatna.extraction.bodies import link_context
    from ghatna.knowledge.kb import load_kb

    government = link_context().government_words
    names: dict[str, set[str]] = {"PERSON": set(), "ORG": set(), "LOC": set()}
    for entry in load_kb():
        label = PROJECT_LABELS.get(entry.type)
        for form in entry.hindi if label else ():
            if (label != "PERSON" or " " in form) and form.split()[-1] not in government:
                names[label].add(form)
    return {label: sorted(forms) for label, forms in names.items()}


def replace_names(example: Example, names: dict[str, list[str]], rng: random.Random) -> Example:
    """The sentence with each name replaced by a name of the same label drawn from ``names``."""
    text, spans = example
    out, new_spans, at = [], [], 0
    for start, end, label in sorted(spans):
        if start < at:
            continue
        if not names.get(label):  # a label not replaced: the name kept
            offset = sum(len(part) for part in out) + start - at
            new_spans.append((offset, offset + end - start, label))
            continue
        out.append(text[at:start])
        offset = sum(len(part) for part in out)
        name = rng.choice(names[label])
        out.append(name)
        new_spans.append((offset, offset + len(name), label))
        at = end
    out.append(text[at:])
    return "".join(out), new_spans


def augmented(examples: list[Example], copies: int, seed: int = 11,
              labels: tuple[str, ...] = ("PERSON", "ORG", "LOC")) -> list[Example]:
    """``copies`` copies of each example with names, the names of ``labels`` replaced
    (``replace_names``; the others kept)."""
    if copies <= 0:
        return []
    names, rng = {k: v for k, v in kb_names().items() if k in labels}, random.Random(seed)
    return [replace_names(example, names, rng) for _ in range(copies) for example in examples if example[1]]


def make_doc(vocab: Vocab, text: str, spans: list[tuple[int, int, str]]) -> Doc:
    words = ner_words(text)
    doc = Doc(vocab, words=[w.text for w in words], spaces=spaces_of(text, words))
    ents: list[Span] = []
    taken: set[int] = set()
    for start, end, label in sorted(spans):
        idx = [i for i, w in enumerate(words) if w.start < end and w.end > start]
        if idx and not taken & set(idx):
            ents.append(Span(doc, idx[0], idx[-1] + 1, label=label))
            taken |= set(idx)
    doc.ents = ents
    for token in doc:  # the tagger learns BIO tags: "B-PERSON", "I-ORG", "O"
        token.tag_ = f"{token.ent_iob_}-{token.ent_type_}" if token.ent_iob_ in ("B", "I") else "O"
    return doc


def spaces_of(text: str, words: list[Word]) -> list[bool]:
    return [i + 1 < len(words) and words[i + 1].start > w.end for i, w in enumerate(words)]


def write(examples: list[Example], path: Path) -> int:
    vocab = Vocab()
    bin_ = DocBin(store_user_data=False)
    for text, spans in examples:
        bin_.add(make_doc(vocab, text, spans))
    path.parent.mkdir(parents=True, exist_ok=True)
    bin_.to_disk(path)
    return len(bin_)


def raw_sentences() -> Iterator[list[str]]:
    """Words of unlabelled sentences for pretraining (see the module's doc)."""
    from ghatna.evaluate.annotations import load_sentences
    from ghatna.evaluate.shared_corpus import COLLECTIONS, iter_records, split_record

    for sentence in il_ner_sentences(IL_NER / "train.txt"):
        yield [token for token, _ in sentence]
    held_out = {(s.collection, s.record) for s in load_sentences(ANNOTATIONS) if s.split == "dev"}
    for collection in COLLECTIONS:
        for record in iter_records(collection):
            if (collection, record.record) in held_out:
                continue
            for ref in split_record(record):
                words = [w.text for w in ner_words(ref.text)]
                if len(words) >= 5:
                    yield words


def write_raw(path: Path) -> int:
    count = 0
    with path.open("w", encoding="utf-8") as handle:
        for words in raw_sentences():
            handle.write(json.dumps({"tokens": words}, ensure_ascii=False) + "\n")
            count += 1
    return count


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--project-weight", type=int, default=5, help="times the project's train sentences repeat")
    parser.add_argument("--raw", action="store_true", help="also write raw.jsonl for spacy pretrain")
    parser.add_argument("--augment", type=int, default=0, help="copies of the project's train sentences with "
                        "their names replaced by knowledge-base names of the same type")
    parser.add_argument("--augment-il-ner", type=int, default=0, help="the same for IL-NER's train sentences")
    parser.add_argument("--augment-labels", default="PERSON,ORG,LOC", help="the labels whose names are replaced")
    parser.add_argument("--out", type=Path, default=OUT, help="the folder of the DocBins")
    parser.add_argument("--exclude-annotators", default="", help="annotators (a13,a14,...) whose train sentences "
                        "are left out: a fold to measure a model's errors on news it never saw")
    parser.add_argument("--hold-out", type=int, default=0, help="percent of the train split's records held out "
                        "of training (written to project-held.spacy) to choose between settings")
    args = parser.parse_args()
    out = args.out
    excluded = frozenset(a for a in args.exclude_annotators.split(",") if a)
    il_ner_train = il_ner_examples("train")
    project_train = project_examples("train", excluded, args.hold_out)
    labels = tuple(args.augment_labels.split(","))
    train = (il_ner_train + project_train * args.project_weight + augmented(project_train, args.augment, 11, labels)
             + augmented(il_ner_train, args.augment_il_ner, 12, labels))
    counts = {
        "train": write(train, out / "train.spacy"),
        "dev": write(il_ner_examples("dev"), out / "dev.spacy"),
        "test": write(il_ner_examples("test"), out / "test.spacy"),
        "project-dev": write(project_examples("dev"), out / "project-dev.spacy"),
    }
    if args.hold_out:
        counts["project-held"] = write(project_examples("train", hold_out=args.hold_out, part="held"),
                                       out / "project-held.spacy")
    if args.raw:
        counts["raw"] = write_raw(out / "raw.jsonl")
    print(" ".join(f"{k}={v}" for k, v in counts.items()))


if __name__ == "__main__":
    main()
