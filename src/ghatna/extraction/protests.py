"""Protesters named as a list after the participle of the protest.

Hindi local news closes a protest report with who took part: "घेराव करने वालों में A, B और C
मौजूद रहे", "धरने पर बैठने वालों में …", "प्रदर्शन में शामिल होने वालों में प्रमुख रूप से A, B
शामिल थे". The participle ("करने वालों") names the doers, and the list after "में" says who
they are: each one named is a source of the protest. What the protest is aimed at is the
genitive or the "के खिलाफ" right before the trigger ("पार्षदों का घेराव"); with none, the
protest's default target (the government) is filled in later as for any protest. The words
are data (``listed_doers`` in event_roles.yaml).

A protest told only by a posture ("सड़क पर बैठ गए") needs a word of protest near it: tired
walkers, passengers waiting or a woman taken dizzy sit on a road too (``cued_protests``). A
victim's resistance that set off an attack is no protest (``resisted_attacks``).
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache

from ghatna.document import Document
from ghatna.extraction.actors import sectors_between
from ghatna.extraction.event_roles import Roles, ends_clause
from ghatna.extraction.roles import Slot
from ghatna.extraction.triggers import TriggerMatch, load_triggers
from ghatna.resources import load_yaml
from ghatna.text.tokens import tok_index, word_key


@dataclass(frozen=True, slots=True)
class ListedDoers:
    types: frozenset[str]
    participle_ending: str
    holders: frozenset[str]
    inside: frozenset[str]
    bridge: frozenset[str]
    present: frozenset[str]
    target_markers: frozenset[str]
    reach: int


@cache
def listed_doers_words() -> ListedDoers:
    spec = load_yaml("event_roles.yaml")["listed_doers"]
    return ListedDoers(frozenset(spec["types"]), str(spec["participle_ending"]), frozenset(spec["holders"]),
                       frozenset(spec["inside"]), frozenset(spec["bridge"]), frozenset(spec["present"]),
                       frozenset(spec["target_markers"]), int(spec["reach"]))


def listed_doers(doc: Document, slots: list[Slot], trig: TriggerMatch) -> Roles | None:
    """The named doers of a protest told as "<trigger> करने वालों में A, B और C शामिल थे"; None
    for any other shape."""
    words = listed_doers_words()
    if trig.trigger.plover not in words.types:
        return None
    opening = list_opening(doc, trig, words)
    if opening is None:
        return None
    listed = next((s for s in slots if opening <= s.first <= opening + words.reach), None)
    if listed is None or listed.marker:
        return None
    if not names_presence(doc, opening, listed, words):
        return None
    targets = [e for s in slots if s.marker_end == trig.first and s.marker in words.target_markers
               for e in s.entities]
    return Roles(list(listed.entities), targets, "agent")


def list_opening(doc: Document, trig: TriggerMatch, words: ListedDoers) -> int | None:
    """The token after "वालों में" when a participle of the trigger and its holder word follow it
    ("घेराव करने वालों में", "धरने पर बैठने वालों में", "प्रदर्शन में शामिल होने वालों में")."""
    tokens = doc.tokens
    k = trig.last - 1
    if not tokens[k].text.endswith(words.participle_ending):
        k = trig.last
        while k < len(tokens) and tokens[k].text in words.bridge:
            k += 1
    if k + 2 >= len(tokens) or not tokens[k].text.endswith(words.participle_ending):
        return None
    if tokens[k + 1].text not in words.holders or tokens[k + 2].text not in words.inside:
        return None
    return k + 3


def names_presence(doc: Document, opening: int, listed: Slot, words: ListedDoers) -> bool:
    """A word of being there ("शामिल", "मौजूद", "प्रमुख") before the list or right after it."""
    before = {t.text for t in doc.tokens[opening: listed.first]}
    after = {t.text for t in doc.tokens[listed.last: listed.last + words.reach]}
    return bool((before | after) & words.present)


@dataclass(frozen=True, slots=True)
class ProgressiveDoers:
    types: frozenset[str]
    verbs: frozenset[str]
    participles: frozenset[str]


@cache
def progressive_doers_words() -> ProgressiveDoers:
    spec = load_yaml("event_roles.yaml")["progressive_doers"]
    return ProgressiveDoers(frozenset(spec["types"]), frozenset(spec["verbs"]), frozenset(spec["participles"]))


def progressive_doers(doc: Document, slots: list[Slot], trig: TriggerMatch) -> Roles | None:
    """"पुलिस ने प्रदर्शन कर रहे छात्रों पर लाठीचार्ज किया", "धरने पर बैठे किसानों को हिरासत में
    लिया": a protest word, its light verb and a participle of going on (``progressive_doers`` in
    event_roles.yaml) right before an actor describe that actor: it protests, the clause's agent
    does not. Its target is the actor marked right before the word ("कंपनी के खिलाफ"), else the
    protest's default; None for any other shape."""
    words, tokens = progressive_doers_words(), doc.tokens
    if trig.trigger.plover not in words.types:
        return None
    k = trig.last
    if k < len(tokens) and tokens[k].text in words.verbs and not ends_clause(doc, k - 1):
        k += 1  # "प्रदर्शन कर रहे": the light verb; a row may hold it ("हंगामा {करना}")
    if tokens[k - 1].text not in words.participles:
        if k >= len(tokens) or tokens[k].text not in words.participles or ends_clause(doc, k - 1):
            return None
        k += 1
    if ends_clause(doc, k - 1):
        return None
    slot = next((s for s in slots if s.first in (k, k + 1)), None)  # one word of kind may stand between
    if slot is None or (slot.first > k and ends_clause(doc, k)):
        return None
    against = listed_doers_words().target_markers  # "कंपनी के खिलाफ प्रदर्शन कर रहे मजदूरों"
    targets = [e for s in slots if s.marker_end == trig.first and s.marker in against for e in s.entities]
    return Roles(slot.entities[:1], targets, "agent")


@dataclass(frozen=True, slots=True)
class CuedProtests:
    patterns: frozenset[str]
    cues: frozenset[str]


@cache
def cued_protests() -> CuedProtests:
    spec = load_yaml("event_roles.yaml")["cued_protests"]
    return CuedProtests(frozenset(spec["patterns"]), frozenset(word_key(w) for w in spec["cues"]))


def lacks_protest_cue(doc: Document, trig: TriggerMatch) -> bool:
    """A row of ``cued_protests`` with no word of protest (a demand, opposition, anger, a body
    carried along, slogans) in its sentence or the next, where news tells what the sitters want."""
    rules = cued_protests()
    if trig.trigger.pattern not in rules.patterns:
        return False
    sent = doc.sentence_at(trig.start)
    if sent is None:
        return False
    after = next((s for s in doc.sentences if s.start >= sent.end), None)
    end = after.end if after is not None else sent.end
    first, last = tok_index(doc.tokens, sent.start), tok_index(doc.tokens, end)
    return not any(t.key in rules.cues for t in doc.tokens[first:last + 1] if t.start < end)


@dataclass(frozen=True, slots=True)
class ResistedAttacks:
    patterns: frozenset[str]
    then_words: frozenset[str]
    told_words: frozenset[str]
    forces: frozenset[str]
    crime_sectors: frozenset[str]
    crimes: frozenset[str]


@cache
def resisted_attacks() -> ResistedAttacks:
    spec = load_yaml("event_roles.yaml")["resisted_attacks"]
    return ResistedAttacks(*(frozenset(spec[key]) for key in (
        "patterns", "then_words", "told_words", "forces", "crime_sectors", "crimes")))


def resisting_an_attack(doc: Document, trig: TriggerMatch, bounds: tuple[int, int]) -> bool:
    """"लूट का विरोध करने पर बदमाशों ने महिला को गोली मार दी": opposing or refusing told right before
    "पर"/"तो" (``resisted_attacks``) with an attack phrase after it in the sentence is what a
    victim did before the attack, no protest or refusal of its own; not when a force does the
    attack (a protest met by force) unless a crime was resisted (a policeman's extortion), and
    after "तो" only when a crime was resisted."""
    rules = resisted_attacks()
    if trig.trigger.pattern not in rules.patterns or trig.last >= bounds[1] \
            or doc.tokens[trig.last].text not in rules.then_words:
        return False
    attack = next((m for m in load_triggers().find(doc.tokens, trig.last, bounds[1]) if m.trigger.plover == "ASSAULT"),
                  None)
    if attack is None:
        return False
    sectors = sectors_between(doc, trig.last + 1, attack.first)
    crime_told = any(t.text in rules.crimes for t in doc.tokens[bounds[0]:trig.first])
    if sectors & rules.forces:
        # "… का विरोध किया तो पुलिस ने गोली चला दी": protesters met by force; but "वसूली का विरोध
        # करने पर सिपाही ने पीटा": a victim resisting a policeman's crime
        return crime_told
    if doc.tokens[trig.last].text not in rules.told_words:
        return True
    return bool(sectors & rules.crime_sectors) or crime_told

