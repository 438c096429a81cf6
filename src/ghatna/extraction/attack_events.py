"""Attacks: the harm they did, accidents and animals that are no attack, case names, and whom a
condemnation of an attack is aimed at. Read by the event stage (``events``) and the learned
detector's veto (``harm_told``)."""

from __future__ import annotations

from dataclasses import dataclass, replace
from functools import cache
from itertools import pairwise

from ghatna.document import Document, Entity, Event
from ghatna.extraction.agentless import (
    ATTACKS_AND_RIOTS,
    has_agent,
)
from ghatna.extraction.attacked_things import aimed_target
from ghatna.extraction.event_roles import Roles, ends_clause, index_range, reported_clause
from ghatna.extraction.felled import FELLED
from ghatna.extraction.fiction import told_of_fiction
from ghatna.extraction.force_actions import action_in_passing
from ghatna.extraction.harmless_fire import is_accidental_fire, is_celebratory_fire, is_harmless_fire
from ghatna.extraction.implicit_actors import holds_phrase, load_implicit_actors
from ghatna.extraction.modality import load_modality
from ghatna.extraction.named_doers import told_doer
from ghatna.extraction.nominal_roles import ends_in_converb
from ghatna.extraction.pronouns import last_agent_person
from ghatna.extraction.protests import lacks_protest_cue, resisting_an_attack
from ghatna.extraction.role_targets import attacked_before, other_side
from ghatna.extraction.roles import Slot, load_role_words
from ghatna.extraction.sport import told_of_sport
from ghatna.extraction.triggers import TriggerMatch, case_nouns, load_triggers, phrases_in
from ghatna.extraction.victims_told import harm_in_clause, is_harm, victims_described
from ghatna.resources import load_yaml
from ghatna.text.tokens import tok_index


def tells_no_attack(doc: Document, trig: TriggerMatch, bounds: tuple[int, int]) -> bool:
    """A phrase that reports no deed: a case's name (``names_case``, of any type); for attacks, an
    accident or an animal's attack (``is_accident``), fire that harms no one (``is_harmless_fire``), a
    celebration's firing or a shot fired by mistake (``is_celebratory_fire``, ``is_accidental_fire``),
    a force's action told with no harm (``force_actions.action_in_passing``), the start of a
    stretch of time (``starts_time_span``), or a killing that is what a dispute or an inquiry is
    about (``killing_as_topic``); for attacks and riots, one that says who the people harmed in it
    are (``victims_described``); for protests, a posture with no word of protest near it
    (``protests.lacks_protest_cue``); for any type, a victim's resistance that set off an attack
    (``protests.resisting_an_attack``), a deed in a work of fiction (``told_of_fiction``) or an attack
    word said of a game (``sport.told_of_sport``)."""
    if names_case(doc, trig) or resisting_an_attack(doc, trig, bounds) or told_of_fiction(doc, trig, bounds) \
            or told_of_sport(doc, trig, bounds):
        return True  # of any type: "जेएनयू हिंसा मामले में"; "विरोध करने पर … गोली मार दी"; "फिल्म में …"; "मैच में …"
    if trig.trigger.plover in ATTACKS_AND_RIOTS and victims_described(doc, trig):
        return True  # "हमले में मारे गए लोगों के परिजनों को": who they are, not the attack told
    if trig.trigger.plover == "PROTEST":
        return riot_in_passing(doc, trig) or lacks_protest_cue(doc, trig)
    if trig.trigger.plover != "ASSAULT":
        return False
    return is_accident(doc, trig) or is_harmless_fire(doc, trig) or is_celebratory_fire(doc, trig, bounds) \
        or is_accidental_fire(doc, trig, bounds) or starts_time_span(doc, trig) or manner_of_killing(doc, trig) \
        or killing_as_topic(doc, trig, bounds) or is_tally(doc, bounds) or action_in_passing(doc, trig, bounds)


def manner_of_killing(doc: Document, trig: TriggerMatch) -> bool:
    """"सरपंच के बेटे की गोली मारकर हत्या": an attack told as a converb right before a noun of the
    deed told by its patient (roles ``patient``: हत्या) is the manner of that one deed, whose
    genitive names whom it befell; the noun tells the event."""
    if not ends_in_converb(doc, trig):
        return False
    after = load_triggers().find(doc.tokens, trig.last, min(trig.last + 3, len(doc.tokens)))
    return any(m.first == trig.last and m.trigger.roles == "patient" and m.trigger.plover == "ASSAULT" for m in after)


@dataclass(frozen=True, slots=True)
class BareRiots:
    patterns: frozenset[str]
    told_by: tuple[str, ...]
    done_by: frozenset[str]
    done_then: frozenset[str]
    incidents: frozenset[str]
    unrealised_endings: tuple[str, ...]
    unrealised_after: frozenset[str]


@cache
def bare_riots() -> BareRiots:
    data = load_yaml("attacks.yaml")["bare_riots"]
    return BareRiots(frozenset(data["patterns"]), tuple(data["told_by"]), frozenset(data["done_by"]),
                     frozenset(data["done_then"]), frozenset(data["incidents"]),
                     tuple(data["unrealised_endings"]), frozenset(data["unrealised_after"]))


def riot_in_passing(doc: Document, trig: TriggerMatch) -> bool:
    """"हिंसा की निंदा की", "हिंसा रोकने के लिए", "हिंसा जारी है": a bare word of violence
    (``bare_riots`` in attacks.yaml) tells a riot only when told as breaking out ("हिंसा हुई",
    "हिंसा भड़क उठी", "हिंसा की घटनाएं हुईं"), as done ("भीड़ ने हिंसा की") or with its harm
    ("हिंसा में दो लोग मारे गए"), or ending its clause (a headline's "नूंह में हिंसा"); else it
    names violence in passing, as it does when told as breaking out only in the future, as a
    possibility or before it happened ("हिंसा होगी", "हिंसा हो सकती है", "हिंसा होने से पहले")."""
    rules = bare_riots()
    if trig.trigger.pattern not in rules.patterns or harm_follows(doc, trig):
        return False
    if ends_clause(doc, trig.last - 1):
        return False  # "नूंह में हिंसा, …": a headline's riot
    after = [t.text for t in doc.tokens[trig.last: trig.last + 5]] + ["", "", ""]
    if after[0] in load_role_words().genitive and after[1] in rules.incidents:
        after = after[2:]  # "हिंसा की घटनाएं हुईं"
    if after[0].startswith(rules.told_by):
        # "हिंसा होगी", "हिंसा हो सकती है", "हिंसा होने से पहले": told, but not as happened
        return after[0].endswith(rules.unrealised_endings) or bool(set(after[1:3]) & rules.unrealised_after)
    return not (after[0] in rules.done_by and (after[1] in rules.done_then or after[1] in ("", "।")
                                              or ends_clause(doc, trig.last)))


@dataclass(frozen=True, slots=True)
class Tallies:
    periods: frozenset[tuple[str, ...]]
    year_words: frozenset[str]
    counts: frozenset[str]
    money: frozenset[str]
    days: frozenset[tuple[str, ...]]


@cache
def tallies() -> Tallies:
    data = load_yaml("attacks.yaml")["tallies"]
    return Tallies(frozenset(tuple(p.split()) for p in data["periods"]), frozenset(data["year_words"]),
                   frozenset(data["counts"]), frozenset(data["money"]), frozenset(tuple(d.split()) for d in data["days"]))


def is_tally(doc: Document, bounds: tuple[int, int]) -> bool:
    """"वर्ष 2017 में 87 हजार महिलाओं की हत्या की गई", "पिछले साल हत्या की 2000 घटनाएं दर्ज हुईं":
    a sentence that counts killings or attacks over a stretch of time (a period and a word of
    counting: ``tallies`` in attacks.yaml) tells statistics, not an attack; not when the count is
    money ("दो हजार रुपये") or a day places the act ("सोमवार को", "देर रात": ``money``, ``days``)."""
    rules = tallies()
    words = [t.text for t in doc.tokens[bounds[0]: bounds[1]]]
    if not any(w in rules.counts and not rules.money & set(words[k + 1: k + 3]) for k, w in enumerate(words)):
        return False  # no count, or only a sum of money ("दो हजार रुपये के लिए")
    if holds_phrase(words, rules.days):
        return False  # "सोमवार को", "देर रात": a day places the act
    if any(a in rules.year_words and b.isdigit() and len(b) == 4 and c == "में"
           for a, b, c in zip(words, words[1:], words[2:], strict=False)):
        return True  # "वर्ष 2017 में", "साल 2019 में"
    return holds_phrase(words, rules.periods)


def killing_as_topic(doc: Document, trig: TriggerMatch, bounds: tuple[int, int]) -> bool:
    """"'इशरत की हत्या' पर मतभेद था": a noun of killing told after its victim (lexicon rows
    whose ``roles`` say ``patient``), with no doer in its clause, that is what a dispute or a
    report is about (``topic_after`` in attacks.yaml); one a speaker mentions ("X की हत्या का
    जिक्र करते हुए", ``mentioned_after``), whoever is the agent of the clause."""
    if trig.trigger.roles != "patient":
        return False
    after = tuple(t.text for t in doc.tokens[trig.last: trig.last + 2])
    if after in topic_after("mentioned_after"):
        return True
    return not has_agent(doc, trig, bounds) and after in topic_after("topic_after")


@cache
def topic_after(section: str) -> frozenset[tuple[str, ...]]:
    return frozenset(tuple(words) for words in load_yaml("attacks.yaml")[section])


def is_accident(doc: Document, trig: TriggerMatch) -> bool:
    """"गैस सिलेंडर में धमाका", "पटाखा फैक्ट्री में विस्फोट", "तेंदुए के हमले में": an
    explosion with an accidental cause or an animal's attack is no ASSAULT, nor is a blow told in
    words ("कांग्रेस पर प्रहार किया", ``is_verbal_blow``) or a blast heard ("धमाकों की आवाज़", ``is_sound``)."""
    rules = load_modality()
    if trig.trigger.plover != "ASSAULT":
        return False
    if is_verbal_blow(doc, trig) or is_sound(doc, trig):
        return True
    causes = rules.animals | (rules.accident_causes if trig.trigger.mode == "bombing" else frozenset())
    for k in range(trig.first - 1, max(trig.first - 1 - rules.accident_reach, -1), -1):
        if ends_clause(doc, k):
            return False
        if doc.tokens[k].text in causes:
            return True
    return animal_agent(doc, trig)


def is_sound(doc: Document, trig: TriggerMatch) -> bool:
    """"इन धमाकों की आवाज़ सुनी गई": the deed right before a genitive and a word of sound (``sounds``)."""
    after = [t.text for t in doc.tokens[trig.last: trig.last + 2]]
    return len(after) == 2 and after[0] in load_role_words().genitive and after[1] in sounds()


@cache
def sounds() -> frozenset[str]:
    return frozenset(load_yaml("attacks.yaml")["sounds"])


@dataclass(frozen=True, slots=True)
class Blows:
    words: frozenset[str]
    instruments: frozenset[str]
    body_parts: frozenset[str]
    reach: int


@cache
def blows() -> Blows:
    data = load_yaml("attacks.yaml")["blows"]
    return Blows(frozenset(data["words"]), frozenset(data["instruments"]), frozenset(data["body_parts"]),
                 int(data["reach"]))


def is_verbal_blow(doc: Document, trig: TriggerMatch) -> bool:
    """"मोदी ने कांग्रेस पर प्रहार किया": a blow (``blows`` in attacks.yaml) is an attack only when
    dealt with something marked से ("ईंट से प्रहार", "लाठी-डंडों से प्रहार") or on a part of the body
    marked पर ("सिर पर प्रहार") within ``reach`` words before it."""
    rules = blows()
    if doc.tokens[trig.first].text not in rules.words:
        return False
    for k in range(trig.first - 1, max(trig.first - 1 - rules.reach, 0), -1):
        if ends_clause(doc, k - 1):
            break
        word, marker = doc.tokens[k - 1].text, doc.tokens[k].text
        if (marker == "से" and word in rules.instruments) or (marker == "पर" and word in rules.body_parts):
            return False
    return True


def animal_agent(doc: Document, trig: TriggerMatch) -> bool:
    """"जंगली हाथी ने खेत में काम कर रहे किसान को कुचलकर मार डाला": an animal is the agent
    (an animal word right before "ने", or before "के झुंड ने": ``animal_collectives``) of the
    clause the attack word ends; so is weather or hardship told as a doer ("गर्मी ने … अत्याचार
    किया": ``impersonal_doers``), a figure of speech."""
    rules, agent = load_modality(), load_role_words().agent
    for k in range(trig.first - 1, 0, -1):
        if ends_clause(doc, k):
            return False
        if doc.tokens[k].text in agent:
            word = agent_word(doc, k - 1)
            return word in rules.animals or word in impersonal_doers()
    return False


@cache
def impersonal_doers() -> frozenset[str]:
    return frozenset(load_yaml("attacks.yaml")["impersonal_doers"])


def agent_word(doc: Document, k: int) -> str:
    """The word that names the agent ending at token k: the owner of a herd or pack ("बंदरों के झुंड")."""
    if k >= 2 and doc.tokens[k].text in animal_collectives() and doc.tokens[k - 1].text in load_role_words().genitive:
        return doc.tokens[k - 2].text
    return doc.tokens[k].text


@cache
def animal_collectives() -> frozenset[str]:
    return frozenset(load_yaml("attacks.yaml")["animal_collectives"])


def names_case(doc: Document, trig: TriggerMatch) -> bool:
    """"फर्जी मुठभेड़ मामले में गिरफ्तार", "युवक हत्या केस में फैसला": a deed right before a noun
    of a case (``case_nouns`` in attacks.yaml) names the case, it reports no deed."""
    k = trig.last
    return k < len(doc.tokens) and doc.tokens[k].text in case_nouns() and not ends_clause(doc, k - 1)


def aimed(doc: Document, slots: list[Slot], trig: TriggerMatch) -> bool:
    """An attack or riot with whom it was aimed at marked पर right before it ("अमरीकी ठिकानों पर ईरानी
    मिसाइल हमलों के बाद", "सऊदी तेल ठिकानों पर हूतियों के ड्रोन हमले के बारे में"): the deed
    is told with a side of its own, not named in passing."""
    return trig.trigger.plover in ATTACKS_AND_RIOTS and bool(aimed_target(doc, slots, trig))


def harm_follows(doc: Document, trig: TriggerMatch) -> bool:
    """"इस्राइली हवाई हमलों में गाजा में 20 लोग मारे गए", "झड़पों में 36 लोगों की मौत": a plural
    noun of attack followed in its clause by a word of harm (``victim_words``) tells attacks
    that befell someone, not attacks in general ("ऐसे हमलों से बचने के लिए") nor attacks that
    harmed no one ("इन हमलों में कोई सैनिक नहीं मारा गया")."""
    if trig.trigger.plover not in ("ASSAULT", "PROTEST"):
        return False
    return harm_in_clause(doc, trig.last)


def harm_told(doc: Document, event: Event) -> bool:
    """An attack the rules coded with people killed or wounded told in its clause right after
    its trigger ("पथराव किया जिसमें तीन सिपाही घायल हो गए", "दंगों में कई लोगों की जान गई"), or told
    as the fall of those it felled ("दो आतंकी ढेर", ``felled_matches``): the
    harm is read, the attack is no passing use of the word. With a doer named as the agent
    (roles ``agent``), or told as fact outside reported speech: "कहा कि पिछले दंगों में जिन
    लोगों की जान गई …" may recall a riot told before."""
    if event.type != "ASSAULT":
        return False
    if event.trigger.rule.endswith(f":{FELLED.pattern}"):
        return True  # "दो घुसपैठिए ढेर": the fall told is the harm (``felled_matches``)
    if not doc.tokens or event.trigger.end >= doc.tokens[-1].end:
        return False
    at, after = tok_index(doc.tokens, event.trigger.start), tok_index(doc.tokens, event.trigger.end)
    if not harm_in_clause(doc, after):
        return False
    if event.evidence.rule.endswith(";roles:agent"):
        return True
    sent = doc.sentence_at(event.evidence.start)
    return sent is not None and reported_clause(doc, index_range(doc, sent)[0], at)[1] == ""


def victims_of_deed(doc: Document, slots: list[Slot], trig: TriggerMatch, roles: Roles) -> bool:
    """"X ने सुलेमानी की हत्या की निंदा की": the target read is whom the condemned deed befell
    (the genitive right before a noun of killing or arrest), not whom the condemnation is aimed
    at ("भीड़ के हमले की निंदा": the genitive of an attack is its doer, rightly the target)."""
    keys = {e.key for e in roles.targets}
    for slot in slots:
        if slot.marker in load_role_words().genitive and keys & {e.key for e in slot.entities} and slot.marker_end < trig.first:
            deeds = load_triggers().find(doc.tokens, slot.marker_end, trig.first)
            if deeds and deeds[0].first == slot.marker_end and deeds[0].trigger.roles == "patient" \
                    and trig.first - deeds[-1].last <= 1:
                return True
        attacked = load_yaml("event_roles.yaml")["condemnation"]["attacked_markers"]
        if slot.marker in attacked and keys & {e.key for e in slot.entities} and attacked_before(doc, slots, slot, trig):
            return True
    return False


def deed_condemned(doc: Document, trig: TriggerMatch) -> bool:
    """"हमले की कड़ी निंदा की", "घटना की निंदा": what is condemned is a deed named right before
    the condemnation (a word of ``condemnation.words`` and a genitive)."""
    words, genitive = load_implicit_actors().condemned_words, load_role_words().genitive
    near = [t.text for t in doc.tokens[max(0, trig.first - 3): trig.first]]
    return any(w in words and nxt in genitive for w, nxt in pairwise(near))


def named_after(slots: list[Slot], trig: TriggerMatch, roles: Roles) -> bool:
    """The targets read are all named after the trigger ("हमले की निंदा की और कहा कि जवानों का
    बलिदान …": in what follows it, not whom the deed condemned was done by)."""
    keys = {e.key for e in roles.targets}
    return all(s.first >= trig.last for s in slots if keys & {e.key for e in s.entities})


def condemned_doers(doc: Document, trig: TriggerMatch, agents: list[Entity], first: int = 0,
                    slots: list[Slot] | None = None) -> list[Entity]:
    """"राहुल गांधी ने भी हमले की निंदा की": a condemnation of a hostile deed named just before it
    (or of "the incident") with no actor of its own is aimed at the doer of the last such deed coded;
    one of a statement ("इस बयान पर कड़ा ऐतराज जताया") at the last person who spoke before the
    sentence (from token ``first``). The doer is of another country than the condemning side,
    unless an armed or criminal group ("मुख्यमंत्री ने नक्सली हमले की निंदा की"). A deed told with
    its doer before a participle ("X की ओर से की गई गोलीबारी की निंदा", "X द्वारा किए गए हमले पर
    आपत्ति": ``participle_doer``, read in ``slots``) is aimed at that doer."""
    implicit = load_implicit_actors()
    start = max(0, trig.first - implicit.condemn_reach)
    if any(t.text in implicit.statement_words for t in doc.tokens[max(start, first): trig.first]):
        speaker = last_agent_person(doc, first)
        return [speaker] if speaker is not None and other_side(speaker, agents) else []
    named = any(t.text in implicit.condemned_words for t in doc.tokens[start: trig.first]) or any(
        m.trigger.plover in implicit.condemned_types for m in load_triggers().find(doc.tokens, start, trig.first))
    if not named:
        return []
    if told := told_doer(doc, trig, agents, slots or [], start):
        return told
    for event in reversed(doc.events):
        doer = event.source
        if event.type in implicit.condemned_types and anchored(doer) and doer is not None and doer.kind != "unknown" \
                and other_side(doer, agents) and ((doer.country or "") not in {a.country for a in agents}
                                                  or doer.sector in condemned_at_home()):
            return [doer]
    return []


@cache
def condemned_at_home() -> frozenset[str]:
    """Sectors of doers a condemnation is aimed at in their own country too (``condemned_at_home``)."""
    return frozenset(load_yaml("attacks.yaml")["condemned_at_home"])


def anchored(actor: Entity | None) -> bool:
    """An actor an analyst can place: linked to the knowledge base, of a known country, or a
    group the text names by what it is ("पुलिस", "आतंकी")."""
    return actor is not None and (actor.kb_id is not None or actor.country is not None or actor.kind == "generic")


@dataclass(frozen=True, slots=True)
class WordsThenWords:
    """Two word lists of attacks.yaml, the second to come within ``reach`` words of the first."""
    first: frozenset[str]
    then: frozenset[str]
    reach: int


@cache
def words_then_words(section: str, first: str, then: str) -> WordsThenWords:
    data = load_yaml("attacks.yaml")[section]
    return WordsThenWords(frozenset(data[first]), frozenset(data[then]), int(data["reach"]))


def time_after() -> WordsThenWords:
    """Units of time (``first``), then the word that ends the stretch (``then``)."""
    return words_then_words("time_after", "units", "ends")


def starts_time_span(doc: Document, trig: TriggerMatch) -> bool:
    """"सुनील की हत्या के दो हफ़्ते बाद", "हमले के दो दिन बाद": the deed right before a genitive and
    a stretch of time (a unit, then an end: ``time_after`` in attacks.yaml) is a reference to it,
    unless its harm is told right after ("हमले में … मारे जाने के एक दिन बाद" is read there)."""
    rules, k = time_after(), trig.last
    if k >= len(doc.tokens) or doc.tokens[k].text not in load_role_words().genitive or ends_clause(doc, k - 1):
        return False
    unit = False
    for j in range(k + 1, min(k + 1 + rules.reach, len(doc.tokens))):
        word = doc.tokens[j].text
        if unit and word in rules.then:
            return True
        unit = unit or word in rules.first
        if ends_clause(doc, j):
            return False
    return False


@dataclass(frozen=True, slots=True)
class PoliticalWords:
    patterns: frozenset[str]
    speakers: frozenset[str]
    aimed_at: frozenset[str]
    plover: str
    cameo: str
    goldstein: float


@cache
def political_words() -> PoliticalWords:
    data = load_yaml("attacks.yaml")["political_words"]
    to = data["to"]
    return PoliticalWords(frozenset(data["patterns"]), frozenset(data["speakers"]), frozenset(data["aimed_at"]),
                          str(to["type"]), str(to["cameo"]), float(to["goldstein"]))


def as_words(doc: Document, event: Event) -> Event:
    """"भाजपा ने राज्य सरकार पर हमला किया": an attack by a party or a politician on a government, a
    party or a politician of its own country, with no weapon, blow or harm told in its clause, is
    a charge in words (``political_words`` in attacks.yaml), as is one told while speaking ("बुश
    को निशाना बनाते हुए कहा", ``aimed_while_speaking``); any other event is returned as it is."""
    rules, src, tgt = political_words(), event.source, event.target
    if event.type != "ASSAULT":
        return event
    if not aimed_while_speaking(doc, event) and (
            event.trigger.rule.rsplit(":", 1)[-1] not in rules.patterns or src is None or tgt is None
            or src.sector not in rules.speakers or tgt.sector not in rules.aimed_at
            or src.country is None or src.country != tgt.country or force_told(doc, event)):
        return event
    return replace(event, type=rules.plover, cameo=rules.cameo, goldstein=rules.goldstein, mode="verbal")


def aimed_while_speaking(doc: Document, event: Event) -> bool:
    """"उन्होंने बुश को निशाना बनाते हुए कहा", "X पर हमला करते हुए कहा": an attack word right before
    "हुए" and a verb of speech aims words (hindi_words.yaml ``speech_verbs``)."""
    k = tok_index(doc.tokens, event.trigger.end - 1) + 1
    after = [t.text for t in doc.tokens[k: k + 3]]  # "हमला करते हुए कहा": a light verb may come first
    return any(a == "हुए" and b in load_role_words().speech_verbs for a, b in pairwise(after))


def force_told(doc: Document, event: Event) -> bool:
    """The clause of an attack names a weapon, a thing dealt a blow with, or harm (``weapon_words``,
    ``blows``, ``victim_words``)."""
    sent = doc.sentence_at(event.evidence.start)
    if sent is None:
        return True
    first, last = index_range(doc, sent)
    weapons, instruments = load_implicit_actors().weapon_words, blows().instruments
    at = tok_index(doc.tokens, event.trigger.start)
    return harm_in_clause(doc, at) or any(
        t.text in weapons or t.text in instruments or is_harm(doc, k)
        for k, t in enumerate(doc.tokens[first: last], start=first))


def claims() -> WordsThenWords:
    """Nouns of responsibility (``first``), then the verbs that take it (``then``)."""
    return words_then_words("claims", "nouns", "verbs")


def is_claimed(doc: Document, trig: TriggerMatch) -> bool:
    """"हमले की जिम्मेदारी ली": an attack word right before a genitive and a noun of responsibility
    taken within ``reach`` words (``claims`` in attacks.yaml)."""
    rules, k = claims(), trig.last
    if trig.trigger.plover != "ASSAULT" or k + 1 >= len(doc.tokens) or ends_clause(doc, k - 1):
        return False
    if doc.tokens[k].text not in load_role_words().genitive or doc.tokens[k + 1].text not in rules.first:
        return False
    return any(t.text in rules.then for t in doc.tokens[k + 2: k + 2 + rules.reach])


def claimed_roles(doc: Document, slots: list[Slot], trig: TriggerMatch) -> Roles | None:
    """"तालिबान ने हमले की जिम्मेदारी ली": the claimant (marked ने in the clause, before or after the
    attack word) did the attack, on whom the last attack the article told befell."""
    if not is_claimed(doc, trig):
        return None
    agents = [s for s in slots if s.marker in load_role_words().agent]
    if not agents:
        return None
    told = next((e.target for e in reversed(doc.events) if e.type == "ASSAULT" and e.target is not None), None)
    return Roles(agents[0].entities[:1], [told] if told is not None else [], "agent")


@cache
def attack_modifier_words() -> tuple[frozenset[str], frozenset[str]]:
    """The types that may be aimed at an attack's owners (``sides_of``), and the owners' sectors."""
    data = load_yaml("attacks.yaml")["attack_modifiers"]
    return frozenset(data["sides_of"]), frozenset(data["sectors"])


def attack_modifiers(doc: Document, slots: list[Slot], trig: TriggerMatch, bounds: tuple[int, int]) -> list[Slot]:
    """The slots that only say whose attack an attack word is ("आतंकी हमले में शहीद जवानों को
    श्रद्धांजलि"): a generic group of attackers (``attack_modifiers.sectors`` in attacks.yaml) with no case
    marker right before an attack or riot phrase, for a trigger of a type that cannot be aimed at the
    attackers (``sides_of``)."""
    sides_of, sectors = attack_modifier_words()
    if trig.trigger.plover in sides_of:
        return []
    attacks = {m.first for m in phrases_in(doc, *bounds) if m.trigger.plover in ATTACKS_AND_RIOTS}
    return [s for s in slots if s.last in attacks and not s.marker and s.entities
            and all(e.kind == "generic" and e.sector in sectors for e in s.entities)]
