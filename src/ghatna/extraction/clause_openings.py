"""Where a trigger's clause opens, and which agent a clause without one of its own shares.

Reported speech ("X ने कहा कि …"), the consequence of a condition ("अगर … तो …"), a relative
clause ("…, जिसकी …"), a conjunction that opens a clause with its own subject ("…, लेकिन अब
कांग्रेस …") and a headline's kicker ("Russia China Visit: …") each name their own agent: the
role finder (event_roles) looks for the agent only after the last such opening. A deed told in a
non-finite clause before its main clause ("… पर गोले दागने के बाद X ने कहा", "… पर हमला कर X ने …")
has no agent of its own: Hindi gives it the subject of the clause after it.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache
from itertools import pairwise

from ghatna.document import Document
from ghatna.extraction.implicit_actors import load_implicit_actors
from ghatna.extraction.modality import condition_before
from ghatna.extraction.role_targets import in_clause
from ghatna.extraction.roles import Slot, is_place, load_role_words, role_word_set
from ghatna.extraction.triggers import TriggerMatch
from ghatna.resources import load_yaml

SUBJECT_WINDOW = 8  # words before a non-finite trigger in which its own genitive subject may stand
SUBJECT_REACH = 3  # "लेकिन अब कांग्रेस पार्टी …": words from a conjunction to the subject that opens its clause
CLAUSE_END_MARKS = frozenset(",।.;:?!\"”")  # punctuation that ends a clause after a token (``ends_clause``)


def bare_subject(slot: Slot) -> bool:
    """An actor with no marker that may be a subject: not a demonym, not a town or region, nor a
    list with one ("फ़ैसलाबाद जाने से पहले", "वाशिंगटन, न्यूयॉर्क और अन्य अमरीकी शहरों में": no subject)."""
    return slot.marker == "" and slot.rule != "kb:demonym" and not any(is_place(e) for e in slot.entities)


def conjunct_opening(doc: Document, slots: list[Slot], trig: TriggerMatch) -> int:
    """"X ने … कहा, लेकिन अब कांग्रेस इसका विरोध कर रही है": the clause after the last
    ``clause_openers`` word before the trigger is not the earlier agent's when it names a subject
    of its own (an agent, or a bare actor opening it: at most ``SUBJECT_REACH`` words after the
    conjunction); one that names none shares it ("… हिरासत में लिया, लेकिन बाद में रिहा कर दिया")."""
    words = load_role_words()
    first = slots[0].first if slots else trig.first
    for k in range(trig.first - 1, first, -1):
        if doc.tokens[k].text in role_word_set("clause_openers"):
            own = [s for s in slots if k < s.first and s.last <= trig.first and (
                s.marker in words.agent or (bare_subject(s) and s.first - k <= SUBJECT_REACH))]
            return k + 1 if own else 0
    return 0


def consequence_opening(doc: Document, slots: list[Slot], trig: TriggerMatch) -> int:
    """"अगर X … तो Y …": the consequence after "तो" names its own agent."""
    first = slots[0].first if slots else trig.first
    condition = condition_before(doc.tokens, min(first, trig.first), trig.first)
    return condition[1] + 1 if condition and condition[1] < trig.first else 0


def relative_opening(doc: Document, trig: TriggerMatch) -> int:
    """A relative clause ("…, जिसकी मांग कीव करता रहा है") has its own agent: look after the pronoun;
    not after one right behind an agent ("अमेरिका ने जिस तरह … हमला किया", "भारत ने जिसे खारिज किया"):
    the agent is fronted inside the relative clause and is its own."""
    words = load_role_words()
    relatives = words.relatives | load_implicit_actors().relatives
    for k in range(trig.first - 1, max(trig.first - 4, 0) - 1, -1):
        if doc.tokens[k].text in relatives:
            return 0 if k > 0 and doc.tokens[k - 1].text in words.agent else k + 1
    return 0


def speech_opening(doc: Document, slots: list[Slot], trig: TriggerMatch) -> int:
    """The token after the last "कहा कि" (or "दावा किया कि", "चेतावनी दी कि") before the
    trigger: reported speech names its own agent."""
    first = slots[0].first if slots else trig.first
    opening, _kind = reported_clause(doc, first, trig.first)
    return opening


@cache
def hope_words() -> frozenset[str]:
    """Words of hope or expectation before "कि" (``hope_words`` in modality.yaml)."""
    return frozenset(load_yaml("modality.yaml")["hope_words"])


def reported_clause(doc: Document, first: int, at: int) -> tuple[int, str]:
    """The token after the last "… कि" before token ``at`` that reports speech, a claim, a hope or
    a threat, and which ("speech", "claim", "hope", "threat"); (0, "") when there is none."""
    implicit = load_implicit_actors()
    for k in range(at - 1, max(first, 1) - 1, -1):
        if says_aloud(doc, k - 1):
            return k, "speech"
        if doc.tokens[k].text != "कि":
            continue
        before = {t.text for t in doc.tokens[max(0, k - 3): k]}
        for kind, words in (("threat", implicit.threat), ("claim", implicit.claim), ("hope", hope_words()),
                            ("speech", load_role_words().speech_verbs | implicit.unmarked_speech)):
            if before & words:
                return k + 1, kind
    return 0, ""


def says_aloud(doc: Document, k: int) -> bool:
    """Token k ends a speech verb's group ("कहा", "कहा है", "ट्वीट किया") whose words follow after a
    comma, a dash or a quote mark rather than "कि" ("X ने कहा, सरकार को …"; ``speech_openers``)."""
    if k < 0 or k + 1 >= len(doc.tokens):
        return False
    gap = doc.body[doc.tokens[k].end: doc.tokens[k + 1].start]
    if gap.isspace() or not gap:
        return False  # words running on: no mark between them (most tokens; this runs on every one scanned)
    openers = load_speech_openers()
    quoted = any(c in gap for c in openers.marks if c != "," and c not in openers.dashes)
    if not opens_words(gap, openers) or (not quoted and doc.tokens[k + 1].text in openers.continuers):
        return False  # "कहा-सुनी के बाद", "पत्र लिखा, फिर …": a hyphen, the teller's sentence going on
    j = k
    while j > k - 3 and j > 0 and doc.tokens[j].text in openers.auxiliaries:
        j -= 1
    if doc.tokens[j].text in openers.nominals:
        return j < k and doc.tokens[j + 1].text in openers.light_verbs  # "स्पष्ट किया, …", not "स्पष्ट है, …"
    return doc.tokens[j].text in load_role_words().speech_verbs


def opens_words(gap: str, openers: SpeechOpeners) -> bool:
    """The characters between a speech verb and the next word hold a mark that opens speech (a dash
    only with a space after it) and no sentence end."""
    if any(c in gap for c in "।.?!"):
        return False
    return any(c in openers.marks and (c not in openers.dashes or gap[i + 1: i + 2].isspace())
               for i, c in enumerate(gap))


@dataclass(frozen=True, slots=True)
class SpeechOpeners:
    marks: str
    auxiliaries: frozenset[str]
    dashes: str
    nominals: frozenset[str]
    light_verbs: frozenset[str]
    continuers: frozenset[str]


@cache
def load_speech_openers() -> SpeechOpeners:
    """The marks after a speech verb that open its words, the words that may end its group, the
    speech words that need their light verb and the words that go on with the teller's sentence
    (``speech_openers``, ``speech_group_words``, ``speech_dashes``, ``speech_nominals``,
    ``speech_light_verbs``, ``speech_continuers`` in event_roles.yaml)."""
    data = load_yaml("event_roles.yaml")
    return SpeechOpeners("".join(data["speech_openers"]), frozenset(data["speech_group_words"]),
                         "".join(data["speech_dashes"]), frozenset(data["speech_nominals"]),
                         frozenset(data["speech_light_verbs"]), frozenset(data["speech_continuers"]))


def kicker_end(doc: Document, slots: list[Slot], trig: TriggerMatch) -> int:
    """The token after the last ":" before the trigger ("Russia China Visit: रूस के …")."""
    first = slots[0].first if slots else trig.first
    for k in range(trig.first - 1, first, -1):
        if ":" in doc.body[doc.tokens[k - 1].end: doc.tokens[k].start]:
            return k
    return 0


def gap_after(doc: Document, k: int) -> str:
    """The text between token k and the next token (or the body's end)."""
    end = doc.tokens[k + 1].start if k + 1 < len(doc.tokens) else len(doc.body)
    return doc.body[doc.tokens[k].end: end]


def ends_clause(doc: Document, k: int) -> bool:
    """Punctuation right after token k; not a comma between the digits of a number ("2,90,219 मामले":
    the tokens split it there)."""
    gap = gap_after(doc, k)
    if CLAUSE_END_MARKS.isdisjoint(gap):
        return False
    return not (gap == "," and k + 1 < len(doc.tokens) and doc.tokens[k].text.isdigit() and doc.tokens[k + 1].text.isdigit())


def clause_start(doc: Document, first: int, at: int, openers: frozenset[str], *, folded: bool = False) -> int:
    """The first token of the clause of tokens[at]: after the last punctuation (``ends_clause``) or
    word of ``openers`` ("कि", "और") before it, not before ``first`` (the sentence's first token).
    ``folded``: ``openers`` are look-up keys (``Token.key``), else the words as written."""
    for k in range(at - 1, first - 1, -1):
        if ends_clause(doc, k) or (doc.tokens[k].key if folded else doc.tokens[k].text) in openers:
            return k + 1
    return first


@dataclass(frozen=True, slots=True)
class Nonfinite:
    postpositions: tuple[tuple[str, ...], ...]
    preempted: tuple[tuple[str, ...], ...]
    pursued_sectors: frozenset[str]
    pursued_markers: frozenset[str]
    infinitive_ending: str
    conjunctive: tuple[tuple[str, ...], ...]
    uncontrolled: frozenset[str]
    finite_after: frozenset[str]
    reach: int


@cache
def nonfinite_words() -> Nonfinite:
    """``nonfinite`` in event_roles.yaml: the shapes of a clause that shares its main clause's agent."""
    data = load_yaml("event_roles.yaml")["nonfinite"]
    return Nonfinite(
        postpositions=tuple(tuple(str(p).split()) for p in data["postpositions"]),
        preempted=tuple(tuple(str(p).split()) for p in data["preempted"]),
        pursued_sectors=frozenset(data["pursued"]["sectors"]),
        pursued_markers=frozenset(data["pursued"]["markers"]),
        infinitive_ending=str(data["infinitive_ending"]),
        conjunctive=tuple(tuple(str(p).split()) for p in data["conjunctive"]),
        uncontrolled=frozenset(data["uncontrolled"]),
        finite_after=frozenset(data["finite_after"]),
        reach=int(data["reach"]),
    )


def starts_with(words: list[str], phrases: tuple[tuple[str, ...], ...]) -> int:
    """The length of the first phrase ``words`` begins with, or 0."""
    return next((len(p) for p in phrases if tuple(words[:len(p)]) == p), 0)


def nonfinite_end(doc: Document, trig: TriggerMatch) -> int:
    """The token after the non-finite clause the trigger ends ("… पर गोले दागने के बाद", "… पर हमला
    करने से पहले", "… पर हमला कर"), or 0 when the trigger ends no such clause."""
    spec = nonfinite_words()
    words = [t.text for t in doc.tokens[trig.last - 1: trig.last + 5]]
    if words[0] in spec.uncontrolled:
        return 0
    held = holds_infinitive(doc, trig)  # "मिसाइलें दागने"
    if held and (n := starts_with(words[1:], spec.postpositions)):
        return 0 if starts_with(words[1:], spec.preempted) else trig.last + n
    if len(words) > 1 and words[1].endswith(spec.infinitive_ending) and words[1] not in spec.uncontrolled:
        n = starts_with(words[2:], spec.postpositions)
        return trig.last + 1 + n if n and not starts_with(words[2:], spec.preempted) else 0
    n = starts_with(words[1:], spec.conjunctive)
    if n and len(words) > n + 1 and words[n + 1] not in spec.finite_after | load_role_words().light_verbs:
        return trig.last + n
    return 0


def holds_infinitive(doc: Document, trig: TriggerMatch) -> bool:
    """"… पर मिसाइलें दागने के बाद": the pattern holds its own verb, as an oblique infinitive."""
    ending = nonfinite_words().infinitive_ending
    return len(trig.trigger.tokens) > 1 and doc.tokens[trig.last - 1].text.endswith(ending)


def nonfinite_agent(doc: Document, slots: list[Slot], trig: TriggerMatch) -> list[Slot]:
    """"सीमा पर चौकियों पर गोले दागने के बाद पाकिस्तान ने कहा …", "थाने पर हमला कर नक्सलियों ने
    हथियार लूटे": a deed in a non-finite clause before its main clause was done by the agent (X ने)
    of that clause, when no clause break comes between (``nonfinite`` in event_roles.yaml)."""
    end = nonfinite_end(doc, trig)
    if not end or has_own_subject(slots, trig):
        return []
    agents = [s for s in slots if end <= s.first < end + nonfinite_words().reach and s.marker == "ने"]
    if not agents or not in_clause(doc, end, agents[0].first):
        return []
    if pursues_doers(doc, slots, agents[0]) or owns_target(slots, agents[0], trig):
        return []
    return agents[:1]


def fronted_agent(doc: Document, slots: list[Slot], trig: TriggerMatch) -> list[Slot]:
    """"ईरान पर … का आरोप फ्रांस और जर्मनी ने लगाया", "समझौते पर हस्ताक्षर दोनों देशों के मंत्रियों ने
    किए": an act's noun put first, its agent (X ने) right after it and the light verb right after
    the agent (``light_verbs`` in hindi_words.yaml)."""
    light = load_role_words().light_verbs
    agent = next((s for s in slots if s.first == trig.last and s.marker == "ने"), None)
    if agent is None or agent.marker_end >= len(doc.tokens) or doc.tokens[agent.marker_end].text not in light:
        return []
    return [agent]


def inverted_subject(doc: Document, slots: list[Slot], trig: TriggerMatch) -> list[Slot]:
    """A headline's order, its subject after its verb: "यूक्रेन को मदद देगा ब्रिटेन", "पुतिन से
    मिले मोदी": a pattern that ends in its verb, with a bare actor right after it that ends the
    clause or the line, names the doer; so does one after a verb right after the pattern ("श्रीलंका
    को कर्ज देगा भारत": a future or light verb, ``finite_endings`` in event_roles.yaml)."""
    start = trig.last
    ends_in_verb = bool(trig.trigger.tokens) and trig.trigger.tokens[-1].startswith("{")  # a learned trigger has no pattern
    if not (ends_in_verb or is_verb_form(doc.tokens[start - 1].text)):
        if start >= len(doc.tokens) or not is_verb_form(doc.tokens[start].text):
            return []
        start += 1
    subject = next((s for s in slots if s.first == start and s.marker == "" and s.last > s.first), None)
    if subject is None:
        return []
    ends = subject.last >= len(doc.tokens) or ends_clause(doc, subject.last - 1) or "\n" in gap_after(doc, subject.last - 1)
    return [subject] if ends else []


def is_verb_form(word: str) -> bool:
    """A future ("देगा", "लगाएंगे") or a light verb ("किया", "की")."""
    return word.endswith(tuple(load_yaml("event_roles.yaml")["finite_endings"])) or word in load_role_words().light_verbs


def pursues_doers(doc: Document, slots: list[Slot], agent: Slot) -> bool:
    """"… पर हमला करने के बाद सेना ने हमलावरों का पीछा किया": a main clause that acts on an armed
    group (``nonfinite.pursued``) tells what was done to the doers, not by them."""
    spec = nonfinite_words()
    return any(s.marker in spec.pursued_markers and in_clause(doc, agent.last, s.first)
               and any(e.sector in spec.pursued_sectors for e in s.entities)
               for s in slots if agent.marker_end <= s.first < agent.marker_end + spec.reach)


def owns_target(slots: list[Slot], agent: Slot, trig: TriggerMatch) -> bool:
    """"भारतीय चौकियों पर गोलाबारी करने के बाद भारतीय सेना ने …": the deed fell on the agent's own
    state (a country or body of it, not a town), so the other side did it."""
    own = {e.country for e in agent.entities if e.country}
    near = slots_before(slots, trig)
    return any(e.country in own and not is_place(e) for s in near for e in s.entities)


def slots_before(slots: list[Slot], trig: TriggerMatch) -> list[Slot]:
    """The actors ending before the trigger within SUBJECT_WINDOW words of it."""
    return [s for s in slots if s.last <= trig.first and trig.first - s.first <= SUBJECT_WINDOW]


def has_own_subject(slots: list[Slot], trig: TriggerMatch) -> bool:
    """"अमरीका के ईरान पर प्रतिबंध लगाने के बाद …": an infinitive's own subject is a genitive right
    before another actor (its object); "सीरिया के ठिकानों पर" is an owner, a noun between."""
    near = slots_before(slots, trig)
    return any(a.marker == "के" and b.first == a.marker_end for a, b in pairwise(near))
