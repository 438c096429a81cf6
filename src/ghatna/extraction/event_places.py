"""Event places stage: where each event happened, read from its own sentence (a headline
event: from the title), or no place at all.

A place is a linked city, district, state or region (a country only where the words say the
event happened in it or went to it) whose words tie it to the event's trigger:

- a place postposition, alone or after a place noun: "पुलवामा में हमला", "पुलवामा जिले में",
  "कश्मीर के पुलवामा जिले में", "दिल्ली के पास", "दिल्ली स्थित विज्ञान भवन में";
- a visit or an arrival: "चीन के दौरे पर", "पुतिन की चीन यात्रा", "चीन पहुंचे", "दिल्ली पहुंचकर";
- an attack on a place (not a country): "गाजा पर हमला";
- "यहां" in a sentence of a datelined article: the dateline's place.

The event must be told by the first trigger after those words (a trigger of the same type
may come between: "हमले में … मारे गए"), or by the words themselves ("चीन के दौरे पर"),
within ``max_gap`` words, with no punctuation, relative word, finite verb or envoy's title
between. So a dateline city (where the reporter filed), an actor's country ("भारत के
प्रधानमंत्री"), a place inside an organisation's name, a place in a relative clause about
someone and a place told after the trigger or beyond a clause break set no place. Among the
places that fit, the one nearest the trigger wins (the district of "कश्मीर के पुलवामा जिले में").

The event's place is a copy of the place's entity carrying one mention: the words that set it
(offsets into the body, or the title: ``"field": "title"``), the rule (``event-place:<rule>``)
and its confidence. The words a rule reads live in ``data/event_places.yaml``.
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from functools import cache

from ghatna.document import TITLE, Document, Entity, Event, Sentence, Span
from ghatna.extraction.event_roles import index_range
from ghatna.extraction.headlines import title_document
from ghatna.extraction.modality import load_modality
from ghatna.extraction.roles import gap_has_break, load_role_words
from ghatna.extraction.triggers import TriggerMatch, phrases_in
from ghatna.pipeline import REGISTRY, Context, run_stages, stage
from ghatna.resources import load_yaml
from ghatna.text.tokens import Token, tok_index, word_key

PLACE_TYPES = frozenset({"GPE", "LOC", "FAC"})
UNPLACED = frozenset({"generic", "unknown"})  # kinds of entities that name no place
# The stages that find a title's words and names; the title is read with those the pipeline runs.
TITLE_PLACE_STAGES = frozenset({"segment", "segment_spacy", "entities"})


@dataclass(frozen=True, slots=True)
class PlaceRule:
    confidence: float
    countries: bool  # may it set a country as the place


@dataclass(frozen=True, slots=True)
class PlaceWords:
    """The words of ``data/event_places.yaml``, as look-up keys (``tokens.word_key``)."""

    locative: frozenset[str]
    place_nouns: frozenset[str]
    near: tuple[tuple[str, ...], ...]
    arrival: frozenset[str]
    visit_nouns: frozenset[str]
    located: frozenset[str]
    here: frozenset[str]
    on_place: frozenset[str]
    on_place_types: frozenset[str]
    breaks: frozenset[str]
    envoys: frozenset[str]
    coordination: frozenset[str]
    genitive: frozenset[str]
    inside_reach: int
    max_gap: int
    rules: dict[str, PlaceRule]


def word_keys(words: list[str]) -> frozenset[str]:
    """A word list of the data file as look-up keys (``tokens.word_key``)."""
    return frozenset(word_key(w) for w in words)


@cache
def load_place_words() -> PlaceWords:
    data = load_yaml("event_places.yaml")
    return PlaceWords(
        locative=word_keys(data["locative"]), place_nouns=word_keys(data["place_nouns"]),
        near=tuple(tuple(word_key(w) for w in pair) for pair in data["near"]), arrival=word_keys(data["arrival"]),
        visit_nouns=word_keys(data["visit_nouns"]), located=word_keys(data["located"]), here=word_keys(data["here"]),
        on_place=word_keys(data["on_place"]),
        on_place_types=frozenset(data["on_place_types"]), breaks=word_keys(data["breaks"]), envoys=word_keys(data["envoys"]),
        coordination=word_keys(data["coordination"]),
        genitive=word_keys(sorted(load_role_words().genitive)), inside_reach=int(data["inside_reach"]),
        max_gap=int(data["max_gap"]),
        rules={name: PlaceRule(float(r["confidence"]), bool(r["countries"])) for name, r in data["rules"].items()})


@dataclass(frozen=True, slots=True)
class Cue:
    """A place and the words after it that make it a place of events: tokens[first:end]."""

    entity: Entity
    mention: Span
    first: int
    end: int
    rule: str


@dataclass(frozen=True, slots=True)
class SentencePlaces:
    """What one sentence offers its events: places with their words, every trigger, every name."""

    cues: list[Cue]
    triggers: list[TriggerMatch]
    names: list[Span]


def is_known_place(entity: Entity) -> bool:
    """A place, a country among them, the knowledge base knows (it gives the English name and the country)."""
    return entity.type in PLACE_TYPES and entity.kb_id is not None and entity.kind not in UNPLACED


def inside_other_mention(mention: Span, others: list[Span]) -> bool:
    """"दिल्ली विश्वविद्यालय": the place is a word of a longer name."""
    return any(o.start <= mention.start and mention.end <= o.end and o.end - o.start > mention.end - mention.start
               for o in others)


def place_mentions(doc: Document, first: int, last: int) -> list[tuple[Entity, Span]]:
    """The places named in tokens[first:last], outside the dateline and other names."""
    lo, hi = doc.tokens[first].start, doc.tokens[last - 1].end
    dateline_end = int(doc.dateline.get("end") or 0) if doc.dateline else 0
    names = [m for e in doc.entities if not is_known_place(e) for m in e.mentions if lo <= m.start < hi]
    return [(e, m) for e in doc.entities if is_known_place(e) for m in e.mentions
            if lo <= m.start < hi and m.start >= dateline_end and not inside_other_mention(m, names)]


def postposition_end(tokens: list[Token], k: int, last: int, words: PlaceWords) -> int | None:
    """The token after a place postposition within ``inside_reach`` words of token k."""
    for j in range(k, min(last, k + words.inside_reach + 1)):
        if tokens[j].key in words.locative:
            return j + 1
    return None


def noun_then_locative(tokens: list[Token], k: int, last: int, words: PlaceWords) -> int | None:
    """"… इलाके में" within ``inside_reach`` words from token k: the token after "में"."""
    for j in range(k, min(last - 1, k + words.inside_reach + 1)):
        if tokens[j].key in words.place_nouns and tokens[j + 1].key in words.locative:
            return j + 2
    return None


def cue_words(tokens: list[Token], k: int, last: int, words: PlaceWords) -> tuple[str, int] | None:
    """The rule the words from token k (right after a place) follow, and the token after them."""
    at = [t.key for t in tokens[k: min(last, k + 2)]]
    if not at:
        return None
    if at[0] in words.locative:
        return "locative", k + 1
    if at[0] in words.place_nouns and len(at) > 1 and at[1] in words.locative:
        return "place-noun", k + 2
    if at[0] in words.place_nouns and len(at) > 1 and at[1] in words.genitive:  # "पुलवामा जिले के सैल गांव में"
        end = noun_then_locative(tokens, k + 2, last, words)
        return ("inside", end) if end is not None else None
    if tuple(at) in words.near:
        return "near", k + 2
    if at[0] in words.arrival:
        return "arrival", k + 1
    if at[0] in words.visit_nouns:
        return "visit", k + 1
    if at[0] in words.genitive and len(at) > 1 and at[1] in words.visit_nouns:
        return "visit", k + 2
    if at[0] in words.on_place:
        return "on-place", k + 1
    return reached_cue(tokens, k, last, at[0], words)


def reached_cue(tokens: list[Token], k: int, last: int, first_word: str, words: PlaceWords) -> tuple[str, int] | None:
    """"X के … इलाके में", "X स्थित … में": the postposition a few words on."""
    if first_word in words.genitive:
        end = noun_then_locative(tokens, k + 1, last, words)
        return ("inside", end) if end is not None else None
    if first_word in words.located:
        end = postposition_end(tokens, k + 1, last, words)
        return ("located", end) if end is not None else None
    return None


def find_cues(doc: Document, first: int, last: int) -> list[Cue]:
    """Every place in tokens[first:last] with words that can make it an event's place."""
    words, cues = load_place_words(), []
    places = [(e, m, tok_index(doc.tokens, m.start), tok_index(doc.tokens, m.end - 1) + 1)
              for e, m in place_mentions(doc, first, last)]
    ends = {b for _e, _m, _a, b in places}
    for entity, mention, a, b in places:
        found = cue_words(doc.tokens, b, last, words)
        if found is not None and not gap_has_break(doc.body, doc.tokens, b, found[1] - 1) \
                and not is_listed(doc.tokens, a, ends, words):
            cues.append(Cue(entity, mention, a, found[1], found[0]))
    return cues + here_cues(doc, first, last)


def is_listed(tokens: list[Token], first: int, place_ends: set[int], words: PlaceWords) -> bool:
    """"दिल्ली और तमिलनाडु में": the last of a list of places (each shares the event; none alone is its place)."""
    return first >= 1 and tokens[first - 1].key in words.coordination and first - 1 in place_ends


def here_cues(doc: Document, first: int, last: int) -> list[Cue]:
    """"यहां" in a datelined article: the dateline's place, the words "यहां" its evidence."""
    place = dateline_place(doc)
    if place is None:
        return []
    return [Cue(place, Span(t.start, t.end, t.text), k, k + 1, "here")
            for k, t in enumerate(doc.tokens[first:last], first) if t.key in load_place_words().here]


def dateline_place(doc: Document) -> Entity | None:
    """The linked place the dateline names ("बीजिंग, 5 नवंबर"), if the knowledge base knows it."""
    name = doc.dateline.get("place") if doc.dateline else None
    return next((e for e in doc.entities if name and e.name == name and is_known_place(e)), None)


def rule_allows(cue: Cue, event_type: str, words: PlaceWords) -> bool:
    """The cue's rule may set this place for this type: a country only where the rule says so
    (``countries``), an attacked place ("on-place") only for ``on_place_types``."""
    if cue.entity.kind == "country" and not words.rules[cue.rule].countries:
        return False
    return cue.rule != "on-place" or event_type in words.on_place_types


def told_by_cue(cue: Cue, trig_first: int) -> bool:
    """The cue's own words tell the event: "चीन के दौरे पर", "चीन पहुंचे"."""
    return cue.rule in ("visit", "arrival") and cue.first < trig_first < cue.end


def punctuation_between(doc: Document, a: int, b: int, names: list[Span]) -> bool:
    """Punctuation between tokens a-1 and b, other than inside a name ("पी. चिदंबरम")."""
    for k in range(max(a, 1), min(b, len(doc.tokens) - 1) + 1):
        left, right = doc.tokens[k - 1], doc.tokens[k]
        if gap_has_break(doc.body, doc.tokens, k, k) and not any(
                n.start <= left.start and right.end <= n.end for n in names):
            return True
    return False


def ties(doc: Document, cue: Cue, trig_first: int, event_type: str, here: SentencePlaces) -> bool:
    """The event's trigger is the first after the cue's words (one of its own type may come
    between), near enough, with nothing between that ends the clause."""
    if told_by_cue(cue, trig_first):
        return True
    words = load_place_words()
    if trig_first < cue.end or trig_first - cue.end > words.max_gap:
        return False
    if punctuation_between(doc, cue.end, trig_first, here.names):
        return False
    if any(t.key in words.breaks or t.key in words.envoys for t in doc.tokens[cue.end: trig_first]):
        return False
    return not any(cue.end <= m.first < trig_first and m.trigger.plover != event_type for m in here.triggers)


def is_threatened_deed(doc: Document, event: Event, trig_first: int) -> bool:
    """A threat told by the deed threatened ("तो … ईरान में 52 स्थानों को निशाना बनाएगा"): the
    place is the deed's, not the threat's."""
    return event.type == "THREATEN" and doc.tokens[trig_first].text not in load_modality().threat_words


def event_place(doc: Document, event: Event, here: SentencePlaces) -> Entity | None:
    """The place nearest the event's trigger among those tied to it, as the event's entity."""
    words = load_place_words()
    trig_first = tok_index(doc.tokens, event.trigger.start)
    if is_threatened_deed(doc, event, trig_first):
        return None
    fitting = [c for c in here.cues if rule_allows(c, event.type, words) and ties(doc, c, trig_first, event.type, here)]
    if not fitting:
        return None
    best = max(fitting, key=lambda c: (c.end, c.first))
    return placed_entity(best, event.trigger.field, words)


def placed_entity(cue: Cue, field: str, words: PlaceWords) -> Entity:
    """The place's entity with one mention: the words that set it, the rule and its confidence."""
    confidence = words.rules[cue.rule].confidence
    mention = replace(cue.mention, rule=f"event-place:{cue.rule}", confidence=confidence, field=field)
    return replace(cue.entity, mentions=[mention], confidence=confidence)


def place_events(doc: Document, events: list[Event]) -> None:
    """Set the place of events told in ``doc`` (their triggers' offsets point into its body)."""
    by_sentence: dict[int, SentencePlaces] = {}
    for event in events:
        sent = doc.sentence_at(event.trigger.start)
        if sent is None or not doc.tokens:
            event.location = None
            continue
        if sent.start not in by_sentence:
            by_sentence[sent.start] = sentence_places(doc, sent)
        event.location = event_place(doc, event, by_sentence[sent.start])


def sentence_places(doc: Document, sent: Sentence) -> SentencePlaces:
    first, last = index_range(doc, sent)
    if first >= last:
        return SentencePlaces([], [], [])
    names = [m for e in doc.entities for m in e.mentions if sent.start <= m.start < sent.end]
    return SentencePlaces(find_cues(doc, first, last), phrases_in(doc, first, last), names)


def read_title_places(doc: Document, ctx: Context) -> Document:
    """The title as a document of its own, with its words and linked names."""
    names = [n for n in ctx.stages if n in TITLE_PLACE_STAGES] or ["segment", "entities"]
    return run_stages([REGISTRY.get(n) for n in names], title_document(doc), ctx)


@stage("event_places", needs=["events", "entities"], adds=["event_places"], hindi_only=True)
def event_places_stage(doc: Document, ctx: Context) -> Document:
    """Each event's place from its own sentence, or none: a wrong place is worse than none."""
    in_title = [e for e in doc.events if e.trigger.field == TITLE]
    place_events(doc, [e for e in doc.events if e.trigger.field != TITLE])
    if in_title:
        place_events(read_title_places(doc, ctx), in_title)
    return doc
