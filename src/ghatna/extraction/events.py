"""Event stage: who did what to whom, when and where, with modality and evidence.

For each sentence: triggers from the lexicon (not inside direct quotes, not references
back such as "इस बैठक" or "बातचीत के बाद"); the source from the agent (X ने, X द्वारा,
the nearest bare subject of a verb), or the participants of a nominal form (X और Y की
मुलाकात, X की Y से मुलाकात, X और Y के बीच बैठक, पुतिन की चीन यात्रा); the target from
को / से / के साथ / के खिलाफ / पर / a genitive; modality from the words around the
trigger; the date nearest the trigger in its sentence (else the dateline's date for the
article's own, asserted events); the place from the sentence or the dateline. Reports
of one happening inside one article are merged.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from functools import cache
from typing import Any

from ghatna.document import Document, Entity, Event, Sentence, Span
from ghatna.extraction.dates import build_date_finder, published_date
from ghatna.extraction.lexicon import EntityResources, build_resources
from ghatna.extraction.modality import denied_from, load_modality, modality_of
from ghatna.extraction.quotes import quote_spans
from ghatna.extraction.roles import Slot, gap_has_break, load_role_words, sentence_slots
from ghatna.extraction.triggers import TriggerMatch, load_triggers
from ghatna.pipeline import Context, stage
from ghatna.resources import load_yaml
from ghatna.text.datewords import DateFinder, infer_year
from ghatna.text.tokens import tok_index, word_key

NEAR_TARGET = 10
ANCHOR_DAYS = 10
MIN_SPORTS_HITS = 5
CLAUSE_TARGET_TYPES = frozenset({"THREATEN", "ACCUSE", "REQUEST", "REJECT", "SUPPORT"})
POSSESSED_TYPES = frozenset({"ASSAULT", "COERCE", "MOBILIZE", "SANCTION", "THREATEN"})
SYMMETRIC = frozenset({"CONSULT", "AGREE", "COOPERATE"})
MUTUAL = SYMMETRIC | {"RETREAT"}  # "X और Y ने संघर्षविराम …": a ceasefire is between the two
ONE_SIDED = frozenset({"ASSAULT", "MOBILIZE", "PROTEST", "THREATEN", "RETREAT", "AID"})
PLACE_TARGET_TYPES = frozenset({"ASSAULT", "COERCE", "MOBILIZE", "PROTEST"})


@dataclass(slots=True)
class Roles:
    sources: list[Entity]
    target: Entity | None
    rule: str


def index_range(doc: Document, sent: Sentence) -> tuple[int, int]:
    return tok_index(doc.tokens, sent.start), tok_index(doc.tokens, sent.end - 1) + 1


def participants(slots: list[Slot], trig: TriggerMatch, doc: Document) -> Roles | None:
    """Nominal forms: "X और Y की मुलाकात", "X की Y से मुलाकात", "X और Y के बीच", "X की Y यात्रा",
    "X-Y वार्ता", and for one-sided events the possessor: "रूस के ड्रोन हमलों से"."""
    words = load_role_words()
    before = [s for s in slots if s.marker_end <= trig.first]
    between = [s for s in before if s.marker == "के बीच" and len(s.entities) >= 2]
    if between and not any(s.marker in words.agent and s.first < between[-1].first for s in before):
        return Roles([between[-1].entities[0]], between[-1].entities[1], "between")
    close = [s for s in before if adjacent(doc, s.marker_end, trig.first)]
    pair = [s for s in close if len(s.entities) >= 2 and s.marker in ("की", "का", "के", "")]
    if pair and pair[-1].marker == "" and in_a_list(doc, trig):
        pair = []  # "चीन-रूस साझेदारी और सहयोग के विकास का": a topic, not a happening
    if pair:
        return Roles([pair[-1].entities[0]], pair[-1].entities[1], "nominal_pair")
    gen = [s for s in before if s.marker in ("की", "का", "के")]
    if gen and gen[-1].entities[0].type == "PERSON":
        partner = [s for s in before if s.first > gen[-1].first and (
            s.marker in ("से", "के साथ") or (s.marker == "" and s.last == trig.first))]
        if partner:
            return Roles(gen[-1].entities[:1], partner[-1].entities[0], "nominal")
    owner = [s for s in close if s.marker in ("की", "का", "के") and len(s.entities) == 1]
    if owner and trig.trigger.plover in POSSESSED_TYPES and not any(s.marker in words.agent for s in before):
        return Roles(owner[-1].entities[:1], None, "possessor")
    return None


def in_a_list(doc: Document, trig: TriggerMatch) -> bool:
    nxt = doc.tokens[trig.last].text if trig.last < len(doc.tokens) else ""
    return nxt in load_role_words().conjunctions or ends_clause(doc, trig.last - 1)


def adjacent(doc: Document, marker_end: int, trig_first: int) -> bool:
    """At most two plain words ("अहम", "भारी") between a marker and the trigger, no punctuation."""
    return 0 <= trig_first - marker_end <= 2 and not gap_has_break(doc.body, doc.tokens, marker_end, trig_first)


def agent_roles(doc: Document, slots: list[Slot], trig: TriggerMatch) -> Roles | None:
    """The ने/द्वारा agent nearest before the trigger, else the nearest bare subject of a verb."""
    words = load_role_words()
    opening = max(speech_opening(doc, slots, trig), kicker_end(doc, slots, trig), relative_opening(doc, trig))
    before = [s for s in slots if opening <= s.first and s.last <= trig.first]
    agents = [s for s in before if s.marker in words.agent]
    rule = "agent"
    if not agents:
        agents = [s for s in before if s.marker == "" and s.rule not in ("pronoun", "kb:demonym")][:1]
        rule = "subject"
    if not agents and opening and partner_marked(slots, trig):
        # "A ने बताया कि B के साथ बातचीत में …": the speaker is the one who talked with B
        agents = [s for s in slots if s.last <= opening and s.marker in words.agent]
        rule = "agent"
    if not agents or not is_predicate(doc, slots, trig, rule):
        return None
    agent = agents[-1]
    if len(agent.entities) >= 2 and trig.trigger.plover in MUTUAL:
        return Roles(agent.entities[:1], agent.entities[1], "agent")
    target = (pick_target(slots, agent, trig) or target_before_agent(slots, agent)
              or target_in_clause(doc, slots, agent, trig) or target_of_relative(doc, slots, agent))
    return Roles(agent.entities, target, rule)


def relative_opening(doc: Document, trig: TriggerMatch) -> int:
    """A relative clause ("…, जिसकी मांग कीव करता रहा है") has its own agent: look after the pronoun."""
    for k in range(trig.first - 1, max(trig.first - 4, 0) - 1, -1):
        if doc.tokens[k].text in load_role_words().relatives:
            return k + 1
    return 0


def target_of_relative(doc: Document, slots: list[Slot], agent: Slot) -> Entity | None:
    """"X ने … आरोप लगाया, जिसे Y ने खारिज कर दिया": Y answers X, the agent of the clause before "जिसे"."""
    words = load_role_words()
    relative = next((k for k in range(agent.first - 1, max(agent.first - 4, 0) - 1, -1)
                     if doc.tokens[k].text in words.relatives), None)
    if relative is None:
        return None
    countries = {e.country for e in agent.entities if e.country}
    for slot in slots:
        if slot.last <= relative and slot.marker in words.agent:
            ent = slot.entities[0]
            if ent.country not in countries:
                return ent
    return None


def target_in_clause(doc: Document, slots: list[Slot], agent: Slot, trig: TriggerMatch) -> Entity | None:
    """"X ने चेतावनी दी कि Y …": warnings, accusations and demands name their target in the कि clause."""
    if trig.trigger.plover not in CLAUSE_TARGET_TYPES:
        return None
    after = [t.text for t in doc.tokens[trig.last: trig.last + 4]]
    if "कि" not in after:
        return None
    countries = {e.country for e in agent.entities if e.country}
    for slot in slots:
        ent = slot.entities[0]
        if slot.first >= trig.last and ent not in agent.entities and ent.country not in countries:
            return ent
    return None


def speech_opening(doc: Document, slots: list[Slot], trig: TriggerMatch) -> int:
    """The token after the last "कहा कि" before the trigger: reported speech names its own agent."""
    first = slots[0].first if slots else trig.first
    for k in range(trig.first - 1, max(first, 1) - 1, -1):
        if doc.tokens[k].text != "कि":
            continue
        before = [t.text for t in doc.tokens[max(0, k - 3): k]]
        if any(w in load_role_words().speech_verbs for w in before):
            return k + 1
    return 0


def kicker_end(doc: Document, slots: list[Slot], trig: TriggerMatch) -> int:
    """The token after the last ":" before the trigger ("Russia China Visit: रूस के …")."""
    first = slots[0].first if slots else trig.first
    for k in range(trig.first - 1, first, -1):
        if ":" in doc.body[doc.tokens[k - 1].end: doc.tokens[k].start]:
            return k
    return 0


def target_before_agent(slots: list[Slot], agent: Slot) -> Entity | None:
    """"Y के साथ बातचीत में X ने … तारीफ की": a partner named before the agent."""
    countries = {e.country for e in agent.entities if e.country}
    for slot in reversed([s for s in slots if s.last <= agent.first and s.marker in ("के साथ", "से", "को", "पर")]):
        ent = slot.entities[0]
        if ent not in agent.entities and ent.country not in countries:
            return ent
    return None


def is_predicate(doc: Document, slots: list[Slot], trig: TriggerMatch, rule: str) -> bool:
    """Is the trigger what the sentence tells, rather than a noun it mentions in passing?

    A trigger followed by a case marker ("साझेदारी के विकास की", "प्रतिबंधों से राहत") is a
    topic, unless a partner is tied to it ("Y के साथ बैठक में"); after an ergative agent
    (X ने) anything else is the predicate; a bare subject needs a verb after the trigger.
    """
    if partner_marked(slots, trig):
        return True
    words = load_role_words()
    nxt = [t.text for t in doc.tokens[trig.last: trig.last + 2]] + ["", ""]
    light_ki = nxt[0] == "की" and (nxt[1] in words.clause_goes_on or ends_clause(doc, trig.last))
    announced = nxt[0] in words.genitive and nxt[1] in words.announce
    if (nxt[0] in words.simple or nxt[0] in words.genitive) and not light_ki and not announced:
        return False
    return verb_follows(doc, trig) or rule == "agent"


def ends_clause(doc: Document, k: int) -> bool:
    """Punctuation right after token k."""
    end = doc.tokens[k + 1].start if k + 1 < len(doc.tokens) else len(doc.body)
    return any(c in ",।.;:?!\"”" for c in doc.body[doc.tokens[k].end: end])


def partner_marked(slots: list[Slot], trig: TriggerMatch) -> bool:
    """"Y के साथ बैठक में", "Y से मुलाकात के दौरान": the partner's marker ties the noun to the actors."""
    return any(s.marker in ("के साथ", "से") and 0 <= trig.first - s.marker_end <= 3 for s in slots)


def verb_follows(doc: Document, trig: TriggerMatch) -> bool:
    """A verb form right after the trigger (or the trigger is itself a verb such as "पहुंचे")."""
    words = load_role_words()
    near = [t.text for t in doc.tokens[trig.last: trig.last + 4]]
    last = doc.tokens[trig.last - 1].text
    return any(w in words.light_verbs for w in near) or last in words.light_verbs


def pick_target(slots: list[Slot], agent: Slot, trig: TriggerMatch) -> Entity | None:
    """The actor marked as this type's target (X से अनुरोध, X पर आरोप), else the nearest actor
    between agent and trigger, else just after the trigger; never the agent's own side."""
    countries = {e.country for e in agent.entities if e.country}
    words = load_role_words()
    between = [s for s in slots if agent.last <= s.first and s.last <= trig.first and s.marker in words.target_before]
    after = [s for s in slots if trig.last <= s.first <= trig.last + NEAR_TARGET and s.marker in words.target_after]
    preferred = words.target_markers.get(trig.trigger.plover, ())
    near = list(reversed(between))
    ordered = [s for s in near if s.marker in preferred] + near + [s for s in after if s.marker in preferred] + after
    for slot in ordered:
        for ent in slot.entities:
            if ent not in agent.entities and ent.country not in countries:
                return ent
    return None


def place_target(slots: list[Slot], roles: Roles, trig: TriggerMatch) -> Entity | None:
    """Attacks and arrests "in X" (X में) fall on X when no other target is named."""
    countries = {e.country for e in roles.sources}
    for slot in slots:
        for ent in slot.entities:
            if slot.marker in ("में", "पर") and ent.type in ("GPE", "LOC") and ent.country and ent.country not in countries:
                return ent
    return None


def is_called_for(doc: Document, trig: TriggerMatch) -> bool:
    """"सहयोग बढ़ाने पर जोर दिया": the event is urged, not done."""
    after = tuple(t.text for t in doc.tokens[trig.last: trig.last + 2])
    return after in load_modality().called_for


def is_reference(doc: Document, trig: TriggerMatch) -> bool:
    """"इस बैठक में", "बातचीत के बाद": the trigger refers to an event told elsewhere."""
    words = load_role_words()
    if trig.first > 0 and doc.tokens[trig.first - 1].text in words.anaphora:
        return True
    after = tuple(t.text for t in doc.tokens[trig.last: trig.last + 2])
    if any(after[: len(ref)] == ref for ref in words.reference_after):
        return True
    word = doc.tokens[trig.last - 1].text
    nxt = [t.text for t in doc.tokens[trig.last: trig.last + 2]]
    if nxt[1:] and nxt[1] in words.announce:
        return False
    if trig.first > 1 and doc.tokens[trig.first - 1].text in words.genitive:
        return False  # "रूस के हमलों": attacks someone made, not attacks in general
    return word.endswith("ों") and trig.trigger.tokens[-1].endswith("*") and not verb_follows(doc, trig)


def in_quote(start: int, quotes: list[tuple[int, int]]) -> bool:
    return any(a <= start < b for a, b in quotes)


def event_date(doc: Document, sent: Sentence, trig: TriggerMatch, modality: str, finder: DateFinder
               ) -> tuple[str | None, Span | None]:
    """The date nearest the trigger in its sentence; else the dateline's date for the article's own events."""
    if modality == "planned":  # relative dates of plans point forward: read the sentence again
        found = finder.find(sent.text, published_date(doc), future=True, offset=sent.start)
    else:
        found = [m for m in doc.dates if sent.start <= m.start < sent.end]
    mentions = [m for m in found if m.value and not is_deadline(doc, m)]
    if mentions:
        best = min(mentions, key=lambda m: abs(m.start - trig.start))
        return anchored_value(doc, best), Span(best.start, best.end, best.text, best.rule, best.confidence)
    first, last = index_range(doc, sent)
    words = {t.text for t in doc.tokens[first:last]}
    anchor = article_anchor(doc)
    if modality == "asserted" and not words & load_role_words().background and anchor is not None:
        return anchor
    return None, None


def article_anchor(doc: Document) -> tuple[str, Span] | None:
    """The date of the article's own news: the first day the lead paragraph names (within
    ANCHOR_DAYS before publication when that is known), else the dateline's day."""
    if "anchor" not in doc.cache:
        doc.cache["anchor"] = lead_date(doc) or dateline_date(doc)
    anchor: tuple[str, Span] | None = doc.cache["anchor"]
    return anchor


def lead_date(doc: Document) -> tuple[str, Span] | None:
    lead_end = doc.body.find("\n\n") if "\n\n" in doc.body else len(doc.body)
    dateline_end = int(doc.dateline["end"]) if doc.dateline else 0
    published = published_date(doc)
    for m in doc.dates:
        if m.start >= lead_end:
            break
        if m.start < dateline_end:
            continue
        value = str(m.value or "")
        if len(value) == 10 and not value.startswith("--") and published is not None:
            if 0 <= (published - date.fromisoformat(value)).days <= ANCHOR_DAYS:
                return value, Span(m.start, m.end, m.text, m.rule, m.confidence)
        elif value.startswith("--") and published is None:
            return value, Span(m.start, m.end, m.text, m.rule, m.confidence)
    return None


def dateline_date(doc: Document) -> tuple[str, Span] | None:
    if doc.dateline and doc.dateline.get("date"):
        span = Span(0, int(doc.dateline["end"]), str(doc.dateline["text"]), "dateline", 0.6)
        return with_year(doc, str(doc.dateline["date"])), span
    return None


def with_year(doc: Document, value: str) -> str:
    """"--11-05" in the year the publication date implies, when it is known."""
    day = published_date(doc)
    if not value.startswith("--") or day is None:
        return value
    found = infer_year(int(value[2:4]), int(value[5:7]), day, future=False)
    return found.isoformat() if found else value


def is_deadline(doc: Document, mention: Any) -> bool:
    """"2030 तक", "1 जनवरी से": a limit or a start, not the day something happened."""
    i = tok_index(doc.tokens, mention.end - 1) + 1
    return i < len(doc.tokens) and doc.tokens[i].text in load_role_words().date_not_event


def anchored_value(doc: Document, mention: Any) -> str | None:
    """A date that only anchors ("24 फरवरी से कुछ हफ्ते पहले") keeps no more than its year."""
    i = tok_index(doc.tokens, mention.end - 1) + 1
    following = {t.text for t in doc.tokens[i: i + 4]}
    if following & load_role_words().date_anchors:
        return mention.value[:4] if mention.value[:4].isdigit() else None
    return str(mention.value)


def event_place(doc: Document, sent: Sentence) -> Entity | None:
    """A city or region named in the sentence, else the dateline's place when the sentence says "यहां"."""
    for ent in doc.entities:
        local = ent.type in ("GPE", "LOC") and ent.kind != "country"
        if local and any(sent.start <= m.start < sent.end for m in ent.mentions):
            return ent
    if doc.dateline and ("यहां" in sent.text or "यहाँ" in sent.text):
        return next((e for e in doc.entities if e.name == doc.dateline.get("place")), None)
    return None


def as_actor(ent: Entity | None, res: EntityResources) -> Entity | None:
    """Actors are people, organisations and states: a city or region stands for its country."""
    if ent is None or ent.type == "PERSON" or ent.type == "ORG" or ent.kind == "country":
        return ent
    country = res.kb.countries().get(ent.country or "")
    if country is None:
        return None
    return Entity(key=country.kb_id, name=country.name, type="GPE", kb_id=country.kb_id, country=country.country,
                  sector=None, kind="country")


def confidence_of(roles: Roles, trig: TriggerMatch, modality: str) -> float:
    score = 0.45 + (0.2 if roles.rule in ("agent", "between", "nominal", "nominal_pair") else 0.05)
    score += 0.2 if roles.target else 0.0
    score += 0.1 if len(trig.trigger.tokens) > 1 else 0.0
    return round(min(0.95, score - (0.1 if modality == "possible" else 0.0)), 3)


def sentence_events(doc: Document, sent: Sentence, finder: DateFinder, quotes: list[tuple[int, int]],
                    res: EntityResources) -> list[Event]:
    first, last = index_range(doc, sent)
    triggers = [t for t in load_triggers().find(doc.tokens, first, last)
                if not in_quote(t.start, quotes) and not is_reference(doc, t) and not is_called_for(doc, t)]
    if not triggers:
        return []
    slots = sentence_slots(doc, first, last)
    denied = denied_from(doc.tokens, first, last)
    events = []
    for k, trig in enumerate(triggers):
        if denied is not None and trig.first < denied and doc.tokens[trig.first].text in load_modality().denial:
            continue  # "इनकार किया कि …" is the denial itself, not a rejection event
        roles = participants(slots, trig, doc) or agent_roles(doc, slots, trig)
        if roles is None:
            continue
        if roles.target is None and trig.trigger.plover in PLACE_TARGET_TYPES:
            roles.target = place_target(slots, roles, trig)
        if roles.rule == "possessor" and roles.target is None:
            continue
        stop = triggers[k + 1].first if k + 1 < len(triggers) else last
        modality, _cue = modality_of(doc.tokens, trig.first, trig.last, stop, first)
        if denied is not None and trig.first >= denied:
            modality = "negated"
        when, when_span = event_date(doc, sent, trig, modality, finder)
        events += make_events(doc, sent, trig, roles, modality, when, when_span, res)
    return events


def make_events(doc: Document, sent: Sentence, trig: TriggerMatch, roles: Roles, modality: str,
                when: str | None, when_span: Span | None, res: EntityResources) -> list[Event]:
    t = trig.trigger
    sources = [a for a in (as_actor(s, res) for s in roles.sources) if a is not None]
    target = as_actor(roles.target, res)
    if target is None and len(sources) >= 2 and t.plover in SYMMETRIC:
        sources, target = sources[:1], sources[1]
    if target is None and (t.plover not in ONE_SIDED or roles.rule != "agent"):
        return []
    confidence = confidence_of(roles, trig, modality)
    evidence = Span(sent.start, sent.end, sent.text, f"trigger:{t.pattern}", confidence)
    trigger_span = Span(trig.start, trig.end, doc.body[trig.start: trig.end], f"{t.plover}:{t.cameo}:{t.pattern}")
    place = event_place(doc, sent)
    return [Event(t.plover, t.mode, t.cameo, t.goldstein, src, target, modality, evidence, trigger_span,
                  when, when_span, place, confidence)
            for src in sources if (target is None or src.key != target.key) and (anchored(src) or anchored(target))]


def anchored(actor: Entity | None) -> bool:
    """An actor an analyst can place: linked to the knowledge base or of a known country."""
    return actor is not None and (actor.kb_id is not None or actor.country is not None)


def same_side(a: Entity | None, b: Entity | None) -> bool:
    if a is None or b is None:
        return a is b
    return a.key == b.key or (a.country is not None and a.country == b.country and "country" in (a.kind, b.kind))


def specificity(e: Event) -> int:
    return sum(2 if side and side.type == "PERSON" else 1 if side else 0 for side in (e.source, e.target))


def compatible(a: Event, b: Event) -> bool:
    if a.type != b.type or a.modality != b.modality or (a.date and b.date and a.date != b.date):
        return False
    direct = same_side(a.source, b.source) and same_side(a.target, b.target)
    return direct or (a.type in SYMMETRIC and same_side(a.source, b.target) and same_side(a.target, b.source))


def merge_reports(events: list[Event]) -> list[Event]:
    """One event per happening in an article: the most specific report, with the most precise date."""
    kept: list[Event] = []
    for ev in events:
        twin = next((k for k in kept if compatible(k, ev)), None)
        if twin is None:
            kept.append(ev)
        elif specificity(ev) > specificity(twin):
            ev.date, ev.date_evidence = ev.date or twin.date, ev.date_evidence or twin.date_evidence
            kept[kept.index(twin)] = ev
        elif twin.date is None and ev.date:
            twin.date, twin.date_evidence = ev.date, ev.date_evidence
    return kept


def is_sports_report(doc: Document) -> bool:
    """An article whose words are dense with sports terms tells matches, not politics."""
    words = load_sports_words()
    if not doc.tokens:
        return False
    hits = sum(1 for t in doc.tokens if t.key in words.terms)
    return hits >= MIN_SPORTS_HITS and hits / len(doc.tokens) >= words.share


@dataclass(frozen=True, slots=True)
class SportsWords:
    terms: frozenset[str]
    share: float


@cache
def load_sports_words() -> SportsWords:
    data = load_yaml("hindi_words.yaml")
    return SportsWords(frozenset(word_key(w) for w in data["sports_words"]), float(data["sports_share"]))


@stage("events", needs=["entities", "dates", "sentences"], adds=["events"], hindi_only=True)
def events_stage(doc: Document, ctx: Context) -> Document:
    finder = ctx.resource("dates", build_date_finder)
    res: EntityResources = ctx.resource("entities", build_resources)
    quotes = [(q.start, q.end) for q in quote_spans(doc)]
    doc.events = []  # filled sentence by sentence: "दोनों नेताओं" looks back at the events told so far
    if is_sports_report(doc):
        doc.warnings.append("a sports report: no events coded")
        return doc
    for sent in doc.sentences:
        doc.events += sentence_events(doc, sent, finder, quotes, res)
    doc.events = merge_reports(doc.events)
    return doc
