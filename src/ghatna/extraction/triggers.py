"""The Hindi trigger lexicon (``data/triggers.tsv``): phrases that tell an event, with
their PLOVER type and mode, CAMEO code and Goldstein value.

A pattern is a sequence of words, each written as (see ``data/paradigms.yaml``):
``हमला`` the word itself; ``हमला+`` the noun with its plural and oblique forms;
``{करना}`` any form of the verb; ``हमल*`` any word starting with हमल; ``*ने`` any word
ending in ने; ``(कदम|फैसला)`` any of these words. One particle (भी, ही, तो) may stand between two
words of a pattern. Labelling constructions ("X को <label> बताया") are rows too, made from the
labels and frames of ``data/labels.yaml`` (``label_triggers``). A row
whose ``roles`` column says ``speaker`` is a demand told as what someone must do ("… को
माफी मांगनी चाहिए"): its agent is whoever says it; one that says ``pair`` tells an event only
with its two sides named as one subject ("मोदी और सुनक मिले"); one that says ``possessor`` tells
an event only with its doer named as the owner of its noun ("पुलिस की गोली से …", not a stray bullet); one
that says ``people`` only with people named as its target ("आरोपियों पर रासुका लगाया", not a law
laid on a land); ``persons`` only with persons or people who are no body, office or party ("युवती से
छेड़छाड़", not tampering with what an office holds); ``abroad`` only with doers acting on another
country ("भारत से लगी सीमा बंद की", not a state sealing its districts, for which the phrase the row
shadows is read: ``shadowed``; "शरीफ सऊदी अरब पहुंचे", not health workers reaching a hospital);
``received`` only with whom a shipment is sent to named ("भारत ने नेपाल को गेहूं भेजा", not farmers
taking grain to market); ``crowd``,
``forces`` or ``guards`` only with doers the text names of that kind (``row_doers`` in event_roles.yaml:
"छात्र सचिवालय में घुस गए", not a leopard or armed men; "चीन ने जवानों को हटाया", not an officer taking men
off duty; "पुलिस ने गश्त तेज की", not villagers on watch); ``named`` only with a doer the text names
("कैदी को जेल से छोड़ा गया" tells no one freeing him); ``relief`` only with a word of relief in its
clause (row_contexts.py: money given as a prize is no aid), ``against`` only with a word of
opposition there (slogans raised against someone, not a cheer), ``charge`` not beside a word of
an epidemic unless its clause tells a charge (cases registered, not infections counted); ``object`` names its
target inside it ("भारत के मछुआरों को छोड़ा": the fishermen, read as an actor); ``asked`` and ``asks``
tell a request only when the clause after them asks ("Y से कहा कि वह …", "Y से कहा कि … करें": telling.py).
Patterns are indexed by the forms of their first word (exact), its first three letters (prefix)
or its ending (suffix), so matching costs a dictionary look-up per token; a pattern whose
second word cannot start the token after its first is passed over untried (``cannot_go_on``).
A word is matched however a compound is written: a pattern word written joined also matches
it spaced or hyphenated ("ब्लैकलिस्ट": "ब्लैक लिस्ट", "ब्लैक-लिस्ट"), and two pattern words
written apart also match them joined ("एयर स्ट्राइक": "एयरस्ट्राइक"), so one row serves every
writing.
"""

from __future__ import annotations

import sys
import threading
from bisect import bisect_right
from collections import defaultdict
from dataclasses import dataclass, field, replace
from functools import cache
from typing import Any

from ghatna.document import Document
from ghatna.extraction.paradigms import load_paradigms, noun_forms, verb_forms
from ghatna.resources import load_tsv, load_yaml
from ghatna.text.tokens import Token, word_key

PREFIX_KEY = 3
JOIN_GAP = 1  # characters between two tokens written as one word apart (a space or a hyphen)
PHRASES = "triggers:phrases"  # a Document.cache key (``phrases_in``)
TRIED_KEPT = 50_000  # candidate lists kept by key and next initial (``to_try``); more start the store over
CLAUSE_MARKS = ",;:।?!|"  # marks that end a clause: no phrase is read across one (``clause_breaks``)
CLAUSE_MARK_SET = frozenset(CLAUSE_MARKS)
BLOCKER = "-"  # a lexicon row whose plover is "-" names a phrase that looks like a trigger but is none


@dataclass(frozen=True, slots=True)
class WordPattern:
    """One word of a pattern: a set of forms, a prefix or a suffix (keys as tokens have them)."""

    forms: frozenset[str] = frozenset()
    prefix: str = ""
    suffix: str = ""
    lengths: tuple[int, ...] = field(init=False, compare=False, repr=False)  # of the forms, for ``starts``
    # the letters a token read as this word (alone, joined to the next or as the first of two) starts
    # with; None when it may start with any
    initials: frozenset[str] | None = field(init=False, compare=False, repr=False)

    def __post_init__(self) -> None:
        object.__setattr__(self, "lengths", tuple(sorted({len(f) for f in self.forms})))
        initials = frozenset(f[:1] for f in self.forms) if self.forms else frozenset(self.prefix[:1])
        object.__setattr__(self, "initials", None if self.suffix or "" in initials else initials)

    def starts(self, key: str) -> list[str]:
        """The forms ``key`` begins with (itself among them when it is one)."""
        return [key[:n] for n in self.lengths if n <= len(key) and key[:n] in self.forms]

    def matches(self, key: str) -> bool:
        if self.prefix:
            return key.startswith(self.prefix)
        if self.suffix:
            return key.endswith(self.suffix) and key != self.suffix
        return key in self.forms


@dataclass(frozen=True, slots=True)
class Trigger:
    pattern: str
    tokens: tuple[str, ...]
    plover: str
    mode: str | None
    cameo: str
    goldstein: float
    directed: bool
    example: str
    words: tuple[WordPattern, ...] = ()
    roles: str = ""
    label: str = ""  # a labelling row of labels.yaml: "frame" or "speech"


@dataclass(frozen=True, slots=True)
class TriggerMatch:
    trigger: Trigger
    first: int  # token indices, end exclusive
    last: int
    start: int
    end: int


def word_pattern(word: str) -> WordPattern:
    """A pattern word as written in the lexicon (see the module docstring)."""
    if word.startswith("{") and word.endswith("}"):
        return WordPattern(forms=frozenset(word_key(f) for f in verb_forms(word[1:-1])))
    if word.endswith("+"):
        return WordPattern(forms=frozenset(word_key(f) for f in noun_forms(word[:-1])))
    if word.endswith("*"):
        return WordPattern(prefix=word_key(word[:-1]))
    if word.startswith("*"):
        return WordPattern(suffix=word_key(word[1:]))
    if word.startswith("(") and word.endswith(")"):
        return WordPattern(forms=frozenset(word_key(w) for w in word[1:-1].split("|")))
    return WordPattern(forms=frozenset({word_key(word)}))


def pattern_words(pattern: str) -> tuple[WordPattern, ...]:
    """The words of a pattern; a hyphenated word ("विचार-विमर्श") is two tokens, as the tokenizer splits it."""
    words = []
    for word in pattern.split():
        if word[0] in "{*(" or word[-1] in "+*})":
            words.append(word_pattern(word))
        else:
            words += [word_pattern(part) for part in word.replace("-", " ").split()]
    return tuple(words)


@dataclass(frozen=True, slots=True)
class LabelVetoes:
    """When a labelling row tells no judgement (``speech_vetoes``, ``subjects`` in labels.yaml)."""

    question: tuple[WordPattern, ...] = ()
    after: tuple[WordPattern, ...] = ()
    subjects: tuple[WordPattern, ...] = ()
    window: int = 0
    news: tuple[WordPattern, ...] = ()
    news_window: int = 0
    frames: tuple[str, ...] = ()

    def vetoed(self, tokens: list[Token], first: int, last: int, match: TriggerMatch) -> bool:
        """"पूछा कि क्या Y का फैसला गलत था", "यह कहना गलत है कि …" (speech), "लोगों की मौत दुर्भाग्यपूर्ण है";
        in any labelling row, written ones too, "… की खबरों को गलत बताया" (a report denied)."""
        if self.of_news(tokens, first, match):
            return True
        if not match.trigger.label:
            return False
        if match.trigger.label == "speech" and (
                any(w.matches(t.key) for t in tokens[first:match.first] for w in self.question)
                or match.last < last and any(w.matches(tokens[match.last].key) for w in self.after)):
            return True
        return any(w.matches(t.key) for t in tokens[max(first, match.first - self.window):match.first]
                   for w in self.subjects)

    def of_news(self, tokens: list[Token], first: int, match: TriggerMatch) -> bool:
        """A label said of a report in the news ("इस्तीफे की खबर गलत है"): no one is judged."""
        if not (match.trigger.label or match.trigger.pattern.endswith(self.frames)):
            return False
        return any(w.matches(t.key) for t in tokens[max(first, match.first - self.news_window):match.first]
                   for w in self.news)


class TriggerLexicon:
    def __init__(self, triggers: list[Trigger], vetoes: LabelVetoes | None = None) -> None:
        self.triggers = triggers
        self.vetoes = vetoes or LabelVetoes()
        self.exact: dict[str, list[Trigger]] = defaultdict(list)
        self.prefix: dict[str, list[Trigger]] = defaultdict(list)
        self.suffix: dict[str, list[Trigger]] = defaultdict(list)
        self.particles = load_paradigms().particles
        self.tried: dict[tuple[str, str | None], list[Trigger]] = {}  # ``to_try``, by key and next initial
        self.tried_lock = threading.Lock()  # the lexicon is shared by threads: a start-over and a store are one step
        for trig in triggers:
            head = trig.words[0]
            if head.prefix:
                self.prefix[head.prefix[:PREFIX_KEY]].append(trig)
            elif head.suffix:
                self.suffix[head.suffix].append(trig)
            else:
                for form in head.forms | joined_forms(trig.words):
                    self.exact[form].append(trig)

    def candidates(self, key: str, joined: str | None = None) -> list[Trigger]:
        """The patterns that may start at a token of ``key``: not one whose first word is a prefix
        or a suffix the key does not have (``WordPattern.matches``)."""
        found = list(self.exact.get(key, ()))
        found += [t for t in self.prefix.get(key[:PREFIX_KEY], ()) if key.startswith(t.words[0].prefix)]
        for suffix, triggers in self.suffix.items():
            if key.endswith(suffix) and key != suffix:
                found += triggers
        if joined is not None:  # "ब्लैक लिस्ट" for a pattern that opens with ब्लैकलिस्ट
            found += [t for t in self.exact.get(joined, ()) if t not in found]
        return found

    def match_words(self, tokens: list[Token], i: int, last: int, words: tuple[WordPattern, ...]) -> int | None:
        """The index after a match of ``words`` starting at token i, or None; a word may be
        written in two tokens and two words in one (``joined_key``, ``split_match``)."""
        k, n = i, 0
        while n < len(words):
            word = words[n]
            if n and k < last and tokens[k].key in self.particles and not word.matches(tokens[k].key):
                k += 1  # "आरोप भी लगाया"
            if k >= last:
                return None
            if word.matches(tokens[k].key):
                k, n = k + 1, n + 1
                continue
            joined = joined_key(tokens, k, last) if word.forms else None
            if joined is not None and word.matches(joined):
                k, n = k + 2, n + 1  # "ब्लैक लिस्ट", "ब्लैक-लिस्ट" for ब्लैकलिस्ट
            elif n + 1 < len(words) and split_match(tokens[k].key, word, words[n + 1]):
                k, n = k + 1, n + 2  # "एयरस्ट्राइक" for एयर स्ट्राइक
            else:
                return None
        return k

    def cannot_go_on(self, tokens: list[Token], i: int, last: int, words: tuple[WordPattern, ...]) -> bool:
        """The first word read on token i alone and the token the second word would be read on
        (the next, or the one after a particle) not starting as it can: ``match_words`` would
        fail, and this costs a look-up."""
        if len(words) < 2 or words[1].initials is None or not words[0].matches(tokens[i].key):
            return False
        k = i + 1
        if k < last and tokens[k].key in self.particles and not words[1].matches(tokens[k].key):
            k += 1
        return k >= last or tokens[k].key[:1] not in words[1].initials and tokens[k].key != ""

    def to_try(self, tokens: list[Token], i: int, last: int) -> list[Trigger]:
        """The candidates at token i that ``cannot_go_on`` leaves. Where no particle follows and the
        token joined to the next is no pattern's word, they depend on the token's key and the next
        token's first letter alone, and are kept by these."""
        joined = joined_key(tokens, i, last)
        after = tokens[i + 1].key if i + 1 < last else None
        if joined in self.exact or after in self.particles:
            return [t for t in self.candidates(tokens[i].key, joined) if not self.cannot_go_on(tokens, i, last, t.words)]
        held = (tokens[i].key, after if after is None else after[:1])
        found = self.tried.get(held)
        if found is None:
            found = [t for t in self.candidates(tokens[i].key) if not self.cannot_go_on(tokens, i, last, t.words)]
            with self.tried_lock:
                if len(self.tried) >= TRIED_KEPT:
                    self.tried.clear()
                self.tried[held] = found
        return found

    def match_at(self, tokens: list[Token], i: int, last: int | None = None) -> TriggerMatch | None:
        """The longest trigger starting at token i."""
        last = len(tokens) if last is None else last
        best: TriggerMatch | None = None
        for trig in self.to_try(tokens, i, last):
            end = self.match_words(tokens, i, last, trig.words)
            if end is not None and (best is None or end > best.last):
                best = TriggerMatch(trig, i, end, tokens[i].start, tokens[end - 1].end)
        return best

    def find(self, tokens: list[Token], first: int, last: int, breaks: tuple[int, ...] = ()) -> list[TriggerMatch]:
        """Triggers in tokens[first:last], longest first at each position; they overlap only where a
        pattern led by an ending starts on a trigger's last word (``suffix_led_at``); blockers
        ("करार दिया", "दिल का दौरा") consume their words and give nothing. No phrase goes on past
        a token of ``breaks`` (sorted: tokens set off from the one before by punctuation)."""
        found: list[TriggerMatch] = []
        exact, prefix, suffixes = self.exact, self.prefix, tuple(self.suffix)
        i = first
        while i < last:
            key = tokens[i].key
            if key not in exact and key[:PREFIX_KEY] not in prefix and not key.endswith(suffixes) \
                    and joined_key(tokens, i, last) not in exact:
                i += 1
                continue
            stop = min(last, next_break(breaks, i))
            match = self.match_at(tokens, i, stop)
            if match and self.vetoes.vetoed(tokens, first, last, match):
                match = None
            if match:
                if match.trigger.plover != BLOCKER:
                    found.append(match)
                    match = self.suffix_led_at(tokens, match, min(last, next_break(breaks, match.last - 1))) or match
                    found += [match] if match is not found[-1] else []
                i = match.last
            else:
                i += 1
        return found

    def suffix_led_at(self, tokens: list[Token], match: TriggerMatch, last: int) -> TriggerMatch | None:
        """A pattern led by an ending ("*ने को {कहना}", "*ने से इनकार") that starts on the last word
        of ``match`` and goes past it: "सैनिकों को वापस बुलाने को कहा" tells the withdrawal and the
        request that asks for it (the two share the infinitive)."""
        k = match.last - 1
        if match.trigger.plover in vowed_types():
            return None  # "बदला लेने को कहा": revenge is vowed by who says it, not asked of another
        best: TriggerMatch | None = None
        for suffix, triggers in self.suffix.items():
            if not tokens[k].key.endswith(suffix) or tokens[k].key == suffix:
                continue
            for trig in triggers:
                end = self.match_words(tokens, k, last, trig.words)
                if end is not None and end > match.last and (best is None or end > best.last):
                    best = TriggerMatch(trig, k, end, tokens[k].start, tokens[end - 1].end)
        return best if best is not None and not self.vetoes.vetoed(tokens, k, last, best) else None

    def shadowed(self, tokens: list[Token], match: TriggerMatch, last: int) -> TriggerMatch | None:
        """The phrase ``find`` reads in ``match``'s words when the rows of its ``roles`` kind are
        left out: the longest at the first of its words where one starts, None for a blocker
        ("जिले की सीमाएं सील कर दीं": the sealing an ``abroad`` row shadows)."""
        for k in range(match.first, match.last):
            best: TriggerMatch | None = None
            for trig in self.to_try(tokens, k, last):
                end = None if trig.roles == match.trigger.roles else self.match_words(tokens, k, last, trig.words)
                if end is not None and (best is None or end > best.last):
                    best = TriggerMatch(trig, k, end, tokens[k].start, tokens[end - 1].end)
            if best is not None:
                return None if best.trigger.plover == BLOCKER else best
        return None

    def events(self) -> list[Trigger]:
        """The entries that code an event (not the blockers)."""
        return [t for t in self.triggers if t.plover != BLOCKER]


def word_after(doc: Document, trig: TriggerMatch) -> str:
    """The text of the token right after the trigger, "" at the document's end."""
    return doc.tokens[trig.last].text if trig.last < len(doc.tokens) else ""


def next_break(breaks: tuple[int, ...], i: int) -> int:
    """The first of the sorted token indices ``breaks`` after token i (a large number if none)."""
    k = bisect_right(breaks, i)
    return breaks[k] if k < len(breaks) else sys.maxsize


def clause_breaks(doc: Document, first: int, last: int) -> tuple[int, ...]:
    """Tokens of doc.tokens[first:last] set off from the one before by a mark that ends a clause
    ("ट्रंप बोले, हमला हुआ तो …"): no phrase is read across it; a bracket or a quote is no break
    ("रासुका (राष्ट्रीय सुरक्षा कानून) लगाया")."""
    tokens, body = doc.tokens, doc.body
    return tuple(k for k in range(first + 1, last)
                 if not CLAUSE_MARK_SET.isdisjoint(body[tokens[k - 1].end: tokens[k].start]))


def joined_key(tokens: list[Token], k: int, last: int) -> str | None:
    """Tokens k and k+1 read as one word when only a space or a hyphen stands between them
    ("ब्लैक लिस्ट", "ब्लैक-लिस्ट" → ब्लैकलिस्ट), else None."""
    if k + 1 >= last or tokens[k + 1].start - tokens[k].end > JOIN_GAP:
        return None
    return tokens[k].key + tokens[k + 1].key


def split_match(key: str, first: WordPattern, second: WordPattern) -> bool:
    """One token that is two pattern words written together ("एयरस्ट्राइक" for एयर स्ट्राइक)."""
    return bool(first.forms and second.forms) and any(second.matches(key[len(form):]) for form in first.starts(key))


def joined_forms(words: tuple[WordPattern, ...]) -> frozenset[str]:
    """The first two words of a pattern written as one ("एयरस्ट्राइक"), to index it by."""
    if len(words) < 2 or not (words[0].forms and words[1].forms):
        return frozenset()
    return frozenset(a + b for a in words[0].forms for b in words[1].forms)


def trigger_from_row(row: dict[str, str]) -> Trigger:
    pattern = row["pattern"]
    words = pattern_words(pattern)
    return Trigger(pattern, tuple(pattern.split()), row["plover"], row.get("mode") or None, row["cameo"],
                   float(row["goldstein"]), row.get("directed") == "1", row.get("example", ""), words,
                   row.get("roles") or "")


@cache
def load_triggers() -> TriggerLexicon:
    """The rows of triggers.tsv, then the labelling rows of labels.yaml no written row has already."""
    rows = [trigger_from_row(r) for r in load_tsv("triggers.tsv")]
    written = {t.pattern for t in rows}
    return TriggerLexicon(rows + [t for t in label_triggers() if t.pattern not in written], label_vetoes())


def label_vetoes() -> LabelVetoes:
    data = load_yaml("labels.yaml")
    vetoes = data["speech_vetoes"]
    return LabelVetoes(tuple(word_pattern(w) for w in vetoes["question"]),
                       tuple(word_pattern(w) for w in vetoes["after"]),
                       tuple(word_pattern(w) for w in data["subjects"]), int(data["subject_window"]),
                       tuple(word_pattern(w) for w in data["news"]), int(data["news_window"]), tuple(data["frames"]))


def label_triggers() -> list[Trigger]:
    """"X ने Y को निंदनीय बताया" (ACCUSE), "… को ऐतिहासिक कदम करार दिया" (SUPPORT): a row for each label
    of a polarity and each frame of ``data/labels.yaml``; in reported speech ("कहा कि Y का फैसला गलत
    है", ``speech_frames``) a row whose agent is the speaker."""
    data = load_yaml("labels.yaml")
    rows = []
    for plover, polarity in data["polarities"].items():
        for frames, example, roles, own in (
                (data["frames"], polarity["example"], "", data["own"]),
                (data["speech_frames"], polarity["speech_example"], "speaker", data["speech_own"])):
            for frame in frames:
                rows += [replace(trigger_from_row({
                    "pattern": pattern, "plover": plover, "cameo": polarity["cameo"],
                    "goldstein": str(polarity["goldstein"]), "directed": "1", "roles": roles,
                    "example": example.format(label=shown, frame=frame_example(frame))}),
                    label="speech" if roles else "frame")
                    for pattern, shown in label_patterns(data, polarity, frame, own)]
    return rows


def label_patterns(data: dict[str, Any], polarity: dict[str, Any], frame: str, own: str = "") \
        -> list[tuple[str, str]]:
    """Each label of a polarity before a frame, bare and with a head noun between, and how an
    example writes it; a label listed ``with_head`` only with the head, one listed ``own_labels``
    only after a word of ``own`` ("अपना दोस्त बताया", "हमारे मित्र हैं"), one listed ``speech_only`` only
    in a speech frame ("कहा कि Y का दावा झूठ है"; "पुलिस को झूठ बताया" told a lie)."""
    heads = "(" + "|".join(data["heads"]) + ")"
    found = []
    if own:
        for label in polarity.get("own_labels", []):
            found += [(f"{own} {label} {frame}", f"{past_form(own)} {label}"),
                      (f"{own} ({'|'.join(data['own_adjectives'])}) {label} {frame}",
                       f"{past_form(own)} {data['own_adjectives'][0]} {label}")]
    speech_only = [] if frame in data["frames"] else polarity.get("speech_only", [])
    for label in polarity["labels"] + polarity["with_head"] + speech_only:
        if label not in polarity["with_head"]:
            found.append((f"{label} {frame}", example_word(label)))
        found.append((f"{label} {heads} {frame}", f"{example_word(label)} {data['heads'][0]}"))
    return found


def frame_example(frame: str) -> str:
    """A frame as an example writes it: "{बताना}" → बताया, "करार {देना}" → करार दिया."""
    return " ".join(past_form(w) for w in frame.split())


def past_form(word: str) -> str:
    """A pattern word in the past tense: "{बताना}" → बताया, "{देना}" → दिया (its first irregular form);
    "(है|था)" its first word."""
    if word.startswith("(") and word.endswith(")"):
        return word[1:-1].split("|")[0]
    if not (word.startswith("{") and word.endswith("}")):
        return word
    irregular = load_paradigms().irregular.get(word[1:-1])
    stem = word[1:-1].removesuffix("ना")
    return irregular[0] if irregular else stem + "या"


def example_word(label: str) -> str:
    """A label written as an example writes it: "*विरोधी" → देशविरोधी."""
    return label.replace("*", "देश", 1) if label.startswith("*") else label


def phrases_in(doc: Document, first: int, last: int) -> list[TriggerMatch]:
    """The lexicon's phrases in doc.tokens[first:last], found once per document and range: the
    rule coder, the event places and the event model each ask for a sentence's."""
    held = doc.cache.get(PHRASES)
    if held is None or held[0] is not doc.tokens:
        held = doc.cache[PHRASES] = (doc.tokens, {})
    found: dict[tuple[int, int], list[TriggerMatch]] = held[1]
    if (first, last) not in found:
        found[(first, last)] = load_triggers().find(doc.tokens, first, last, clause_breaks(doc, first, last))
    return found[(first, last)]


def shadowed_phrase(doc: Document, match: TriggerMatch, first: int, last: int) -> TriggerMatch | None:
    """The phrase of another roles kind that ``match`` (of doc.tokens[first:last]) shadows, read
    up to the next clause break (``TriggerLexicon.shadowed``)."""
    stop = min(last, next_break(clause_breaks(doc, first, last), match.first))
    return load_triggers().shadowed(doc.tokens, match, stop)


@cache
def vowed_types() -> frozenset[str]:
    """Types of a deed that a request pattern sharing its infinitive does not ask of another
    (``vowed_types`` in modality.yaml)."""
    return frozenset(load_yaml("modality.yaml")["vowed_types"])


@cache
def case_nouns() -> frozenset[str]:
    """Nouns of a case (``case_nouns`` in attacks.yaml): a deed word right before one names the
    case ("मुठभेड़ मामले में"), it tells no deed."""
    return frozenset(load_yaml("attacks.yaml")["case_nouns"])
