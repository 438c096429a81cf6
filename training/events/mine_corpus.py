"""The predicates Hindi news uses most, mined from every sentence of the train corpus records,
for a linguist to sort into PLOVER event triggers, non-events and frames (issue 10).

    .venv/bin/python training/events/mine_corpus.py [--top 300] [--min-records 3] [--tsv /tmp/cores.tsv]

``mine_triggers.py`` starts from the gold spans the lexicon misses; this script starts from
news at large: every sentence of the ``../shared/corpus`` records in the train split (dev
records, ``split_of(...) == "dev"``, are never read). In each sentence it finds

- **noun + light verb** constructions: a noun right before a form of करना, होना (past and
  future only: हुआ, होगा), देना, लेना, लगाना, जताना, उठाना, साधना, बोलना, ठहराना, मांगना, रखना,
  कराना, दिलाना, भरना or बनाना (one particle may stand between: "आरोप भी लगाया"), whatever
  auxiliaries follow ("गिरफ्तार कर लिया गया"); "की" only at the end of a clause or before an
  auxiliary (not the genitive of "मदद की घोषणा");
- **verbs**: any other word whose stem the corpus attests as a verb (``Vocabulary.is_verb_stem``),

each reduced to a lemma in the lexicon's pattern syntax as ``mine_triggers.py`` does
(``आरोप+ {लगाना}``, ``{भेजना}``; a bare verb stem before a vector verb, "छोड़ दिया", is the
verb). An occurrence is *covered* when a lexicon phrase (an event or a blocker,
``data/triggers.tsv`` and the labelling rows) already holds its noun or verb there.

Cores are ranked by the number of distinct train records using them uncovered; those the
lexicon covers at least ``--covered`` of the time are dropped. Each is weighed on the
annotated train sentences: ``hits`` (occurrences no lexicon phrase holds), the gold types whose trigger span holds
the occurrence (``gold``), and ``bare`` (occurrences with no gold event there, nor any in
the sentence: the figurative and background uses a row would turn into false events).
The table is advice; this script changes nothing. Weigh a written pattern with
``mine_triggers.py --weigh 'PATTERN=TYPE'`` before adding it as a row.
"""

from __future__ import annotations

import argparse
from collections import Counter, defaultdict
from collections.abc import Iterator
from dataclasses import dataclass, field
from functools import cache

from mine_triggers import (
    ANNOTATIONS,
    Vocabulary,
    article_of,
    noun_lemma,
    train_record_sentences,
    verb_lemma,
)

from ghatna.evaluate import annotations as ann
from ghatna.extraction.paradigms import verb_forms
from ghatna.extraction.triggers import TriggerLexicon, load_triggers
from ghatna.resources import load_yaml
from ghatna.text.normalize import normalize_text
from ghatna.text.tokens import Token, tokenize, word_key

CONSTRUCTION_VERBS = ("करना", "होना", "देना", "लेना", "लगाना", "जताना", "उठाना", "साधना", "बोलना", "ठहराना",
                      "मांगना", "रखना", "कराना", "दिलाना", "भरना", "बनाना")
HAPPENED = ("हुआ", "हुई", "हुए", "हुईं", "हुये", "होगा", "होगी", "होंगे", "होंगी")  # होना as a light verb
NOT_LEMMAS = ("होना", "रहना", "जाना", "सकना", "चुकना", "पाना", "पड़ना", "चाहना", "लगना", "करना", "देना",
              "लेना", "आना")  # as bare verbs they carry no event of their own
VECTORS = ("देना", "लेना", "डालना", "बैठना")
LEFT_OUT = ("नहीं", "न", "जो", "यह", "वह", "ये", "वे", "उसे", "उन्हें", "इसे", "इन्हें", "क्या", "सब", "कुछ",
            "कोई", "किसी", "ऐसा", "ऐसे", "ऐसी", "कैसे", "अपना", "अपनी", "अपने", "जिसे", "जिन्हें", "लिए")


@dataclass(slots=True)
class Core:
    """A lemma and where news uses it: records and sentences uncovered, covered occurrences, and
    its weight on the annotated train sentences."""

    core: str
    records: set[str] = field(default_factory=set)
    sentences: int = 0
    covered: int = 0
    forms: Counter[str] = field(default_factory=Counter)
    hits: int = 0
    gold: Counter[str] = field(default_factory=Counter)
    bare: int = 0
    annotated_articles: set[str] = field(default_factory=set)


@dataclass(frozen=True, slots=True)
class Occurrence:
    core: str
    first: int  # token indices, end exclusive: the noun (or verb) and the light verb
    last: int


@cache
def construction_forms() -> dict[str, str]:
    """Each form of a construction verb → its infinitive (लगाए → लगाना; होना only as हुआ, होगा …)."""
    out: dict[str, str] = {word_key(f): "होना" for f in HAPPENED}
    for verb in CONSTRUCTION_VERBS:
        for form in verb_forms(verb) if verb != "होना" else ():
            out.setdefault(word_key(form), verb)
    return out


@cache
def left_out() -> frozenset[str]:
    """Words that are no noun of a construction: postpositions, conjunctions, pronouns, auxiliaries."""
    words = load_yaml("hindi_words.yaml")
    lists = ("postpositions", "conjunctions", "anaphora", "ergative_pronouns", "person_pronouns", "auxiliaries")
    return frozenset(word_key(w) for name in lists for w in words[name]) | {word_key(w) for w in LEFT_OUT}


@cache
def clause_ends() -> frozenset[str]:
    """After "की" these make it a light verb (मांग की है, जांच की जा रही), not a genitive."""
    words = load_yaml("hindi_words.yaml")
    return frozenset(word_key(w) for w in words["auxiliaries"]) | frozenset(construction_forms())


class Lemmatizer:
    """Verb lemmas of word keys, memoised (``verb_lemma`` tries several endings per word)."""

    def __init__(self, vocab: Vocabulary) -> None:
        self.vocab = vocab
        self.verbs: dict[str, str | None] = {}
        self.nouns: dict[str, str] = {}

    def verb(self, key: str) -> str | None:
        if key not in self.verbs:
            self.verbs[key] = verb_lemma(key, self.vocab) if len(key) > 1 and not key.isdigit() else None
        return self.verbs[key]

    def noun(self, key: str) -> str:
        if key not in self.nouns:
            self.nouns[key] = noun_lemma(key, self.vocab)
        return self.nouns[key]


def is_light_at(tokens: list[Token], k: int) -> str | None:
    """The construction verb token k is a form of, or None; "की" only before an auxiliary or at the end."""
    verb = construction_forms().get(tokens[k].key)
    if verb is None:
        return None
    if tokens[k].key == word_key("की") and k + 1 < len(tokens) and tokens[k + 1].key not in clause_ends():
        return None
    return verb


def noun_before(tokens: list[Token], k: int, particles: frozenset[str]) -> int | None:
    """The token of the noun a light verb at k follows (over one particle), or None."""
    j = k - 1
    if j >= 0 and tokens[j].key in particles:
        j -= 1
    if j < 0 or tokens[j].key in left_out() or tokens[j].key.isdigit() or construction_forms().get(tokens[j].key):
        return None
    return j


def occurrences(tokens: list[Token], lemmas: Lemmatizer) -> Iterator[Occurrence]:
    """Noun + light verb constructions and verbs of a sentence, as lemma cores."""
    particles = frozenset(word_key(w) for w in ("भी", "ही", "तो"))
    used: set[int] = set()
    for k in range(len(tokens)):
        light = is_light_at(tokens, k)
        j = noun_before(tokens, k, particles) if light else None
        if light and j is not None:
            verb = lemmas.verb(tokens[j].key) if light in VECTORS else None
            used.update((j, k))
            if verb and verb not in NOT_LEMMAS:
                yield Occurrence("{" + verb + "}", j, k + 1)  # छोड़ दिया: the verb
            elif not verb:
                yield Occurrence(f"{lemmas.noun(tokens[j].key)}+ {{{light}}}", j, k + 1)
    for k, token in enumerate(tokens):
        verb = None if k in used or token.key in left_out() else lemmas.verb(token.key)
        if verb and verb not in NOT_LEMMAS and verb not in CONSTRUCTION_VERBS:
            yield Occurrence("{" + verb + "}", k, k + 1)


def covered_tokens(lexicon: TriggerLexicon, tokens: list[Token]) -> set[int]:
    """Tokens a lexicon phrase holds, blockers too (``TriggerLexicon.find`` without the vetoes)."""
    held: set[int] = set()
    i = 0
    while i < len(tokens):
        match = lexicon.match_at(tokens, i)
        if match is None:
            i += 1
            continue
        held.update(range(match.first, match.last))
        i = match.last
    return held


def count_corpus(lemmas: Lemmatizer, corpus: Iterator[tuple[str, list[Token]]]) -> dict[str, Core]:
    """Cores over the train corpus sentences: uncovered records and sentences, covered occurrences."""
    lexicon = load_triggers()
    cores: dict[str, Core] = {}
    for record, tokens in corpus:
        held = covered_tokens(lexicon, tokens)
        seen: set[str] = set()
        for occ in occurrences(tokens, lemmas):
            core = cores.setdefault(occ.core, Core(occ.core))
            if held.intersection(range(occ.first, occ.last)):
                core.covered += 1
                continue
            core.records.add(record)
            core.forms[" ".join(t.text for t in tokens[occ.first:occ.last])] += 1
            core.sentences += occ.core not in seen
            seen.add(occ.core)
    return cores


def gold_token_spans(sentence: ann.AnnotatedSentence, tokens: list[Token]) -> list[tuple[int, int, str]]:
    """Each gold event's trigger as token indices of the normalised sentence, with its type."""
    spans = []
    for event in sentence.events:
        if event.trigger:
            start, end = (len(normalize_text(sentence.text[:at])) for at in event.trigger)
            inside = [k for k, t in enumerate(tokens) if t.start < end and t.end > start]
            if inside:
                spans.append((inside[0], inside[-1] + 1, event.type))
    return spans


def weigh_annotated(cores: dict[str, Core], lemmas: Lemmatizer, sentences: list[ann.AnnotatedSentence]) -> None:
    """Hits of each core in the annotated train sentences where no lexicon phrase holds it (what a
    row would add); the gold types at them; bare hits."""
    lexicon = load_triggers()
    for sentence in sentences:
        tokens = tokenize(normalize_text(sentence.text))
        spans = gold_token_spans(sentence, tokens)
        held = covered_tokens(lexicon, tokens)
        for occ in occurrences(tokens, lemmas):
            core = cores.get(occ.core)
            if core is None or held.intersection(range(occ.first, occ.last)):
                continue
            core.hits += 1
            types = {t for a, b, t in spans if a < occ.last and b > occ.first}
            core.gold.update(types)
            core.bare += not types and not sentence.events
            core.annotated_articles.update([article_of(sentence)] if types else [])


def count_lookalikes(sentences: list[ann.AnnotatedSentence], corpus: list[tuple[str, list[Token]]]
                     ) -> list[tuple[str, str, int, int, int]]:
    """Lexicon rows by how often they fire on an annotated train sentence without a gold event of
    their type (figurative and passing uses: candidates for a blocker row), with their hits and
    the train corpus records they fire in: (pattern, type, hits, without, records)."""
    lexicon = load_triggers()
    hits: Counter[tuple[str, str]] = Counter()
    without: Counter[tuple[str, str]] = Counter()
    for sentence in sentences:
        tokens = tokenize(normalize_text(sentence.text))
        types = {e.type for e in sentence.events}
        for key in {(m.trigger.pattern, m.trigger.plover) for m in lexicon.find(tokens, 0, len(tokens))}:
            hits[key] += 1
            without[key] += key[1] not in types
    records: dict[str, set[str]] = defaultdict(set)
    for record, tokens in corpus:
        for match in lexicon.find(tokens, 0, len(tokens)):
            records[match.trigger.pattern].add(record)
    return sorted(((p, t, hits[(p, t)], n, len(records[p])) for (p, t), n in without.items() if n),
                  key=lambda row: (-row[3], -row[4]))


def print_table(cores: list[Core], top: int) -> None:
    print(f"{'core lemma':26s} {'rec':>4s} {'sent':>5s} {'cov%':>4s} {'hits':>4s} {'bare':>4s}  gold types / forms")
    for c in cores[:top]:
        share = 100 * c.covered // max(1, c.covered + sum(c.forms.values()))
        gold = ",".join(f"{t}:{n}" for t, n in c.gold.most_common(3)) or "-"
        forms = " | ".join(f for f, _ in c.forms.most_common(3))
        print(f"{c.core[:26]:26s} {len(c.records):4d} {c.sentences:5d} {share:4d} {c.hits:4d} {c.bare:4d}  [{gold}] {forms}")


def write_tsv(cores: list[Core], path: str) -> None:
    """The ranked cores as a table a linguist can sort and mark (no corpus text in it)."""
    with open(path, "w", encoding="utf-8") as out:
        out.write("core\trecords\tsentences\tcovered\thits\tbare\tgold\n")
        for c in cores:
            gold = ",".join(f"{t}:{n}" for t, n in c.gold.most_common())
            out.write(f"{c.core}\t{len(c.records)}\t{c.sentences}\t{c.covered}\t{c.hits}\t{c.bare}\t{gold}\n")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--top", type=int, default=300, help="rows printed")
    parser.add_argument("--min-records", type=int, default=3, help="cores used uncovered by at least this many records")
    parser.add_argument("--covered", type=float, default=0.8, help="drop cores the lexicon covers this share of the time")
    parser.add_argument("--kind", choices=("all", "nouns", "verbs"), default="all", help="constructions, verbs or both")
    parser.add_argument("--tsv", help="also write every ranked core to this file")
    parser.add_argument("--lookalikes", action="store_true",
                        help="instead: lexicon rows ranked by their hits without a gold event of their type")
    args = parser.parse_args()
    refs = [(f"{r.collection}:{r.record}", tokenize(normalize_text(r.text))) for r in train_record_sentences()]
    if args.lookalikes:
        annotated = [s for s in ann.load_sentences(ANNOTATIONS) if s.split == "train"]
        print(f"{'pattern':32s} {'type':9s} {'hits':>4s} {'!ev':>4s} {'rec':>4s}")
        for pattern, plover, hit, bare, rec in count_lookalikes(annotated, refs)[:args.top]:
            print(f"{pattern[:32]:32s} {plover:9s} {hit:4d} {bare:4d} {rec:4d}")
        return
    lemmas = Lemmatizer(Vocabulary(frozenset(t.key for _, tokens in refs for t in tokens)))
    cores = count_corpus(lemmas, iter(refs))
    sentences = [s for s in ann.load_sentences(ANNOTATIONS) if s.split == "train"]
    kinds = {"all": (True, False), "nouns": (False,), "verbs": (True,)}[args.kind]
    ranked = [c for c in cores.values() if len(c.records) >= args.min_records
              and c.covered < args.covered * (c.covered + sum(c.forms.values())) and (" " not in c.core) in kinds]
    weigh_annotated({c.core: c for c in ranked}, lemmas, sentences)
    ranked.sort(key=lambda c: (-len(c.records), -c.sentences, c.core))
    by_kind: Counter[str] = Counter()
    for c in ranked:
        by_kind["constructions" if " " in c.core else "verbs"] += 1
    print(f"{len(refs)} train corpus sentences, {len(sentences)} annotated train sentences; "
          f"{len(ranked)} cores ({dict(by_kind)}) used uncovered by >= {args.min_records} records\n"
          "rec: train records using it uncovered; sent: such sentences; cov%: occurrences the lexicon holds; "
          "hits: uncovered occurrences in annotated train sentences; bare: of those, in a sentence without any gold event; "
          "gold: types whose gold trigger holds it\n")
    print_table(ranked, args.top)
    if args.tsv:
        write_tsv(ranked, args.tsv)


if __name__ == "__main__":
    main()
