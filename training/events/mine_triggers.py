"""Trigger candidates mined from the train split: how real news words the events the lexicon misses.

    .venv/bin/python training/events/mine_triggers.py [--min-articles 2] [--type ACCUSE] [--top 80]

For every gold event of the TRAIN split (real and written sentences) whose trigger span no
lexicon phrase of its type overlaps, the span is reduced to a *lemma* written in the
lexicon's own pattern syntax (``data/paradigms.yaml``): auxiliaries (है, था, रहा, चुका,
सकता, गया…), negation and particles are dropped, a verb form becomes its infinitive
(``{भेजना}``), a noun form its base (``आरोप+``), and a vector verb after a verb (छोड़
*दिया*) goes. The lemma's *core* is its last noun with the light verb after it (``दावा+
{करना}``) or its last verb (``{भेजना}``): the part that would generalise as a pattern.

Cores are ranked by the number of distinct train articles that use them, and each is
matched as a pattern (the lexicon's own matcher) against

- the annotated train sentences: how many it hits, and how many of those have no gold
  event of the type (the precision risk a linguist weighs before adding it);
- every sentence of the ``../shared/corpus`` records in the train split (dev records,
  ``split_of(...) == "dev"``, are never read): how common the wording is in news at large.

``--weigh 'PATTERN=TYPE'`` (repeatable) weighs patterns a linguist writes instead of the mined
cores, with the same columns (``art`` then counts train articles whose hit sentence has a gold
event of the type); ``--sample N`` prints N train corpus sentences each weighed pattern matches.
``--speech`` counts only hits inside reported speech (after a speech verb and "कि"), as a row
whose ``roles`` column says ``speaker`` is read: outside speech such a row gives nothing.

``lexicon`` names the types the current lexicon already gives the gold spans (a phrase
of another type). The table is advice for a linguist editing ``data/triggers.tsv``; this
script changes nothing.
"""

from __future__ import annotations

import argparse
import sys
from collections import Counter, defaultdict
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from functools import cache
from pathlib import Path

from ghatna.evaluate import annotations as ann
from ghatna.evaluate import shared_corpus
from ghatna.extraction.paradigms import load_paradigms, noun_forms, verb_forms
from ghatna.extraction.triggers import Trigger, TriggerLexicon, load_triggers, trigger_from_row
from ghatna.resources import load_yaml
from ghatna.text.normalize import normalize_text
from ghatna.text.tokens import Token, tokenize, word_key

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT / "training" / "annotate"))
from import_labels import split_of

ANNOTATIONS = ROOT / "training" / "annotations"
LIGHT_VERBS = ("करना", "होना", "देना", "लेना", "कराना", "लगाना", "जताना", "रखना", "उठाना", "बनाना",
               "दिलाना", "भरना", "जाना", "पाना", "रहना", "चुकना", "सकना", "डालना", "बैठना", "पड़ना")
AUXILIARIES = ("होना", "रहना", "चुकना", "सकना", "जाना", "पाना", "पड़ना")  # after a verb they add no meaning
VECTORS = ("देना", "लेना", "डालना", "बैठना")  # after a bare verb stem: छोड़ दिया, हटा लिया
COPULA = frozenset(word_key(w) for w in ("है", "हैं", "था", "थे", "थी", "थीं", "हूं", "हूँ"))
DROPPED = frozenset(word_key(w) for w in ("नहीं", "न", "भी", "ही", "तो", "जी", "ने", "यह", "वह"))


@dataclass(slots=True)
class Candidate:
    """A core lemma of one PLOVER type and the evidence for and against it."""

    core: str
    plover: str
    spans: Counter[str] = field(default_factory=Counter)
    articles: set[str] = field(default_factory=set)
    lexicon: Counter[str] = field(default_factory=Counter)
    hits: int = 0
    hits_without: int = 0
    corpus: int = 0


@dataclass(frozen=True, slots=True)
class Vocabulary:
    """Word keys seen in the train corpus, to tell a verb stem (भेज: भेजने, भेजता) from a noun."""

    words: frozenset[str]

    def is_verb_stem(self, stem: str) -> bool:
        if len(stem) < 2:
            return False
        infinitive = {stem + "ना", stem + "ने"} & self.words
        participle = {stem + e for e in ("ता", "ते", "ती", "कर")} & self.words
        return bool(infinitive and participle)


@cache
def light_verb_forms() -> dict[str, str]:
    """Each form of a light verb or auxiliary → its infinitive (किया → करना)."""
    out: dict[str, str] = {}
    for verb in LIGHT_VERBS:
        for form in verb_forms(verb):
            out.setdefault(word_key(form), verb)
    return out


@cache
def noun_makers() -> frozenset[str]:
    """Forms of करना and होना: a bare stem before one is a noun (मांग की, दावा किया)."""
    return frozenset(word_key(f) for verb in ("करना", "होना") for f in verb_forms(verb))


def verb_lemma(key: str, vocab: Vocabulary) -> str | None:
    """The infinitive of a verb form (भेजे → भेजना), the longest attested stem winning."""
    paradigms = load_paradigms()
    for cut in range(min(4, len(key) - 1)):
        stem, ending = (key[:-cut], key[-cut:]) if cut else (key, "")
        vowel = stem[-1] in "ािीुूृेैोौ"
        if ending in (paradigms.vowel if vowel else paradigms.consonant) and vocab.is_verb_stem(stem):
            return stem + "ना"
    return None


def noun_lemma(key: str, vocab: Vocabulary) -> str:
    """The base of a noun form (हमलों → हमला), when the base is attested; else the word itself."""
    for base_end, endings in load_paradigms().noun_endings.items():
        for ending in sorted(endings, key=len, reverse=True):
            if key.endswith(ending) and len(key) > len(ending) + 1:
                base = key[: -len(ending)] + base_end
                if base in vocab.words and key in {word_key(f) for f in noun_forms(base)}:
                    return base
    return key


def lemma_words(tokens: list[Token], vocab: Vocabulary) -> list[str]:
    """The span's words as pattern words: {verb}, noun+, or the word (see the module docstring)."""
    words: list[str] = []
    for i, token in enumerate(tokens):
        key = token.key
        if key in COPULA or key in DROPPED or key.isdigit():
            continue
        light = light_verb_forms().get(key)
        if key == word_key("की") and i < len(tokens) - 1 and light_verb_forms().get(tokens[i + 1].key) is None:
            light = None  # की before a noun is the genitive (मदद की घोषणा)
        verb = light or verb_lemma(key, vocab)
        if verb and words and words[-1].startswith("{") and verb in AUXILIARIES + VECTORS:
            continue  # किया गया, छोड़ दिया
        if verb and verb not in LIGHT_VERBS and i + 1 < len(tokens) and tokens[i + 1].key in noun_makers():
            verb = None  # मांग की, दावा किया: a bare stem before करना/होना is a noun
        words.append("{" + verb + "}" if verb else noun_lemma(key, vocab) + "+")
    return words


def core_of(words: list[str]) -> str | None:
    """The last noun with the light verb after it (दावा+ {करना}), or the last verb ({भेजना})."""
    if not words:
        return None
    last = words[-1]
    before = words[-2] if len(words) > 1 else None
    light = last.startswith("{") and last[1:-1] in LIGHT_VERBS
    if light and before and before.endswith("+"):
        return f"{before} {last}"
    if light and before and before.startswith("{"):
        return before
    return last


def unmatched_gold(sentences: Iterable[ann.AnnotatedSentence], lexicon: TriggerLexicon
                   ) -> Iterator[tuple[ann.AnnotatedSentence, ann.AnnotatedEvent, list[str]]]:
    """Gold events whose trigger span no lexicon phrase of their type overlaps, with the types of
    the phrases that do overlap it."""
    for sentence in sentences:
        tokens = tokenize(normalize_text(sentence.text))  # as the pipeline sees it (no ZWJ, one spelling)
        found = lexicon.find(tokens, 0, len(tokens))
        for event in sentence.events:
            if not event.trigger:
                continue
            start, end = (len(normalize_text(sentence.text[:at])) for at in event.trigger)
            over = [m.trigger.plover for m in found if m.start < end and m.end > start]
            if event.type not in over:
                yield sentence, event, over


def article_of(sentence: ann.AnnotatedSentence) -> str:
    return f"{sentence.collection}:{sentence.record}" if not sentence.written else f"written:{sentence.window}"


def collect(sentences: list[ann.AnnotatedSentence], vocab: Vocabulary) -> dict[tuple[str, str], Candidate]:
    """Candidates by (core, type) from the gold spans the lexicon misses."""
    out: dict[tuple[str, str], Candidate] = {}
    for sentence, event, over in unmatched_gold(sentences, load_triggers()):
        assert event.trigger is not None
        span = sentence.text[event.trigger[0]:event.trigger[1]]
        core = core_of(lemma_words(tokenize(normalize_text(span)), vocab))
        if core is None:
            continue
        cand = out.setdefault((core, event.type), Candidate(core, event.type))
        cand.spans[span] += 1
        cand.articles.add(article_of(sentence))
        cand.lexicon.update(over)
    return out


def real_articles(cand: Candidate) -> int:
    return sum(not a.startswith("written:") for a in cand.articles)


def as_trigger(core: str, plover: str) -> Trigger:
    return trigger_from_row({"pattern": core, "plover": plover, "cameo": "", "goldstein": "0"})


def count_annotated(cands: list[Candidate], sentences: list[ann.AnnotatedSentence], speech: bool = False) -> None:
    """Hits of each core in the annotated train sentences, and hits with no gold event of its type."""
    matcher = TriggerLexicon([as_trigger(c.core, c.plover) for c in cands])
    by_key = {(c.core, c.plover): c for c in cands}
    for sentence in sentences:
        tokens = tokenize(normalize_text(sentence.text))
        types = {e.type for e in sentence.events}
        for match in {(t.pattern, t.plover) for t in matches_all(matcher, tokens, speech)}:
            cand = by_key[match]
            cand.hits += 1
            cand.hits_without += cand.plover not in types


def matches_all(matcher: TriggerLexicon, tokens: list[Token], speech: bool = False) -> Iterator[Trigger]:
    """Every candidate that matches somewhere (candidates may overlap: each is tried alone);
    with ``speech``, only after a speech opening (``speech_opened``)."""
    opened = speech_opened(tokens) if speech else 0
    for i in range(opened, len(tokens)) if opened is not None else ():
        for trig in matcher.candidates(tokens[i].key):
            if matcher.match_words(tokens, i, len(tokens), trig.words) is not None:
                yield trig


def speech_opened(tokens: list[Token]) -> int | None:
    """Where reported speech opens: the token after the first "कि" (``speech_complementizers``)
    that a speech verb (``speech_verbs``: कहा, बताया, कहना …) stands within three words before."""
    words = load_yaml("hindi_words.yaml")
    verbs, openers = frozenset(words["speech_verbs"]), frozenset(words["speech_complementizers"])
    return next((k + 1 for k, t in enumerate(tokens)
                 if t.text in openers and any(u.text in verbs for u in tokens[max(0, k - 3):k])), None)


def train_record_sentences(shared: Path | None = None) -> Iterator[shared_corpus.SentenceRef]:
    """Every sentence of the shared corpus records in the train split (dev records are never read)."""
    for collection in shared_corpus.COLLECTIONS:
        for record in shared_corpus.iter_records(collection, shared):
            if split_of(collection, record.record) == "train":
                yield from shared_corpus.split_record(record)


def train_corpus_sentences(shared: Path | None = None) -> Iterator[list[Token]]:
    """Tokens of every sentence of the shared corpus records in the train split."""
    for ref in train_record_sentences(shared):
        yield tokenize(normalize_text(ref.text))


def count_corpus(cands: list[Candidate], corpus: list[list[Token]], speech: bool = False) -> None:
    matcher = TriggerLexicon([as_trigger(c.core, c.plover) for c in cands])
    by_pattern: dict[str, list[Candidate]] = defaultdict(list)
    for c in cands:
        by_pattern[c.core].append(c)
    for tokens in corpus:
        for pattern in {t.pattern for t in matches_all(matcher, tokens, speech)}:
            for cand in by_pattern[pattern]:
                cand.corpus += 1


def show_hits(pattern: str, sentences: list[ann.AnnotatedSentence]) -> None:
    """The annotated train sentences a pattern matches, with their gold types: what it would catch."""
    matcher = TriggerLexicon([as_trigger(pattern, "-")])
    for sentence in sentences:
        tokens = tokenize(normalize_text(sentence.text))
        matched = [m.start for i in range(len(tokens)) if (m := matcher.match_at(tokens, i)) and m.trigger.plover]
        if matched:
            types = ",".join(sorted({e.type for e in sentence.events})) or "-"
            print(f"[{types}] {sentence.text.strip()}")


def print_ranked(cands: list[Candidate], top: int) -> None:
    print(f"{'core lemma':28s} {'type':9s} {'art':>3s} {'wr':>3s} {'gold':>4s} {'hits':>4s} {'!ev':>4s} {'corp':>5s}  "
          f"lexicon / spans")
    for c in cands[:top]:
        lexicon = ",".join(f"{t}" for t in c.lexicon) or "-"
        spans = " | ".join(s for s, _ in c.spans.most_common(4))
        real = real_articles(c)
        print(f"{c.core[:28]:28s} {c.plover:9s} {real:3d} {len(c.articles) - real:3d} {sum(c.spans.values()):4d} {c.hits:4d} "
              f"{c.hits_without:4d} {c.corpus:5d}  [{lexicon}] {spans}")


def weigh(specs: list[str], sentences: list[ann.AnnotatedSentence], corpus: list[list[Token]],
          sample: int, speech: bool = False) -> None:
    """The columns of the ranked table for patterns written by hand (PATTERN=TYPE)."""
    cands = []
    for spec in specs:
        pattern, _, plover = spec.rpartition("=")
        cands.append(Candidate(pattern.strip(), plover.strip()))
    count_annotated(cands, sentences, speech)
    count_corpus(cands, corpus, speech)
    for cand in cands:
        matcher = TriggerLexicon([as_trigger(cand.core, cand.plover)])
        for sentence in sentences:
            tokens = tokenize(normalize_text(sentence.text))
            if any(matches_all(matcher, tokens, speech)) and cand.plover in {e.type for e in sentence.events}:
                cand.articles.add(article_of(sentence))
    print_ranked(cands, len(cands))
    for cand in cands if sample else ():
        matcher = TriggerLexicon([as_trigger(cand.core, cand.plover)])
        hits = [tokens for tokens in corpus if any(matches_all(matcher, tokens, speech))]
        print(f"\n== {cand.core} ({len(hits)} train corpus sentences)")
        for tokens in hits[:: max(1, len(hits) // sample)][:sample]:
            print("  " + " ".join(t.text for t in tokens)[:220])


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--min-articles", type=int, default=1, help="cores used by at least this many articles")
    parser.add_argument("--type", help="only this PLOVER type")
    parser.add_argument("--top", type=int, default=100, help="rows printed")
    parser.add_argument("--show", metavar="PATTERN", help="print the train sentences a pattern matches instead")
    parser.add_argument("--weigh", metavar="PATTERN=TYPE", action="append", help="weigh a written pattern instead")
    parser.add_argument("--sample", type=int, default=0, help="with --weigh: train corpus sentences printed")
    parser.add_argument("--speech", action="store_true", help="with --weigh: count only hits inside reported speech")
    args = parser.parse_args()
    sentences = [s for s in ann.load_sentences(ANNOTATIONS) if s.split == "train"]
    if args.show:
        show_hits(args.show, sentences)
        return
    corpus = list(train_corpus_sentences())
    if args.weigh:
        weigh(args.weigh, sentences, corpus, args.sample, args.speech)
        return
    vocab = Vocabulary(frozenset(t.key for tokens in corpus for t in tokens))
    cands = [c for c in collect(sentences, vocab).values()
             if len(c.articles) >= args.min_articles and args.type in (None, c.plover)]
    count_annotated(cands, sentences)
    count_corpus(cands, corpus)
    cands.sort(key=lambda c: (-real_articles(c), -len(c.articles), -sum(c.spans.values()), c.hits_without))
    print(f"{len(sentences)} train sentences, {len(corpus)} train corpus sentences, {len(cands)} candidates\n"
          "art: real train articles using the core for the type; wr: written sentences; gold: gold spans; hits: annotated train sentences "
          "it matches; !ev: of those, without a gold event of the type; corp: train corpus sentences\n")
    print_ranked(cands, args.top)


if __name__ == "__main__":
    main()
