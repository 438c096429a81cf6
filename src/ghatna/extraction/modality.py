"""Modality of an event from the words around its trigger: asserted, planned, possible
or negated (``data/modality.yaml``). What happened is never mixed with what is planned."""

from __future__ import annotations

from dataclasses import dataclass, replace
from functools import cache

from ghatna.extraction.triggers import TriggerMatch
from ghatna.resources import load_yaml
from ghatna.text.tokens import Token


@dataclass(frozen=True, slots=True)
class ModalityRules:
    negated: frozenset[str]
    not_negating_after: frozenset[str]
    possible: frozenset[str]
    planned: frozenset[str]
    future_suffixes: tuple[str, ...]
    planned_pairs: frozenset[tuple[str, str]]
    after_infinitive: frozenset[str]
    after_infinitive_then: frozenset[str]
    window_after: int
    window_before: int
    called_for: frozenset[tuple[str, ...]]
    denial: frozenset[str]
    past: frozenset[str]
    connectives: frozenset[str]
    embedded_in: frozenset[str]
    embedded_markers: frozenset[str]
    subjunctive: frozenset[str]
    wish: frozenset[str]
    embedded_window: int
    if_words: frozenset[str]
    then_words: frozenset[str]
    consequence_threat_types: frozenset[str]
    requested_forms: frozenset[str] = frozenset()
    participles: frozenset[str] = frozenset()
    stative_words: frozenset[str] = frozenset()
    stative_after: frozenset[str] = frozenset()
    back_reference_in: frozenset[str] = frozenset()
    threat_words: frozenset[str] = frozenset()
    accident_causes: frozenset[str] = frozenset()
    animals: frozenset[str] = frozenset()
    content_openers: frozenset[str] = frozenset()
    statement_endings: frozenset[str] = frozenset()
    refusals: frozenset[str] = frozenset()
    obligations: frozenset[str] = frozenset()
    verb_triggers: frozenset[str] = frozenset()
    prohibitive: frozenset[str] = frozenset()
    promises: frozenset[str] = frozenset()
    promised_types: frozenset[str] = frozenset()
    not_possible_after: frozenset[str] = frozenset()
    promise_markers: frozenset[str] = frozenset()
    ban_words: frozenset[str] = frozenset()
    banned_practices: frozenset[str] = frozenset()
    ban_owner_gap: frozenset[str] = frozenset()
    ban_public_groups: frozenset[str] = frozenset()
    light_infinitives: frozenset[str] = frozenset()
    habitual_light_verbs: frozenset[str] = frozenset()
    nonfinite_closers: frozenset[str] = frozenset()
    false_reports: frozenset[str] = frozenset()
    falsehoods: frozenset[str] = frozenset()
    announcements: frozenset[str] = frozenset()
    announced_types: frozenset[str] = frozenset()
    continued: frozenset[str] = frozenset()
    begun: frozenset[str] = frozenset()
    announced_state_markers: frozenset[str] = frozenset()
    withdrawn_decisions: frozenset[str] = frozenset()
    withdrawals: frozenset[str] = frozenset()
    taken_back: frozenset[str] = frozenset()
    take_back_verbs: frozenset[str] = frozenset()
    cancel_verbs: frozenset[str] = frozenset()
    going_to: frozenset[str] = frozenset()
    going_to_then: frozenset[str] = frozenset()
    practice_words: frozenset[str] = frozenset()
    practice_endings: tuple[str, ...] = ()
    practice_auxiliaries: frozenset[str] = frozenset()
    practice_reach: int = 0
    conjuncts: frozenset[str] = frozenset()
    accident_reach: int = 4
    ban_reach: int = 10
    come_to_light: frozenset[str] = frozenset()
    come_to_light_after: frozenset[str] = frozenset()


# ModalityRules fields that are word sets, and the top-level modality.yaml list each is read from
MODALITY_WORD_SETS = {
    "denial": "denial_words", "past": "past_verbs", "connectives": "connectives", "embedded_in": "embedded_in",
    "embedded_markers": "embedded_markers", "subjunctive": "subjunctive", "wish": "wish", "if_words": "if_words",
    "then_words": "then_words", "consequence_threat_types": "consequence_threat_types",
    "requested_forms": "requested_forms", "participles": "participles", "stative_words": "stative_words",
    "stative_after": "stative_after", "back_reference_in": "back_reference_in",
    "threat_words": "threat_words", "accident_causes": "accident_causes",
    "animals": "animals", "content_openers": "content_openers", "statement_endings": "statement_endings",
    "refusals": "refusal_words", "obligations": "obligations", "verb_triggers": "verb_triggers",
    "prohibitive": "prohibitive", "promises": "promises",
    "promised_types": "promised_types", "not_possible_after": "not_possible_after",
    "promise_markers": "promise_markers", "ban_words": "ban_words", "banned_practices": "banned_practices",
    "ban_owner_gap": "ban_owner_gap", "ban_public_groups": "ban_public_groups",
    "light_infinitives": "light_infinitives", "habitual_light_verbs": "habitual_light_verbs",
    "nonfinite_closers": "nonfinite_closers", "false_reports": "false_reports", "falsehoods": "falsehoods",
    "announcements": "announcements", "announced_types": "announced_types", "continued": "continued",
    "begun": "begun", "announced_state_markers": "announced_state_markers",
    "withdrawn_decisions": "withdrawn_decisions", "withdrawals": "withdrawals",
    "taken_back": "taken_back", "take_back_verbs": "take_back_verbs", "cancel_verbs": "cancel_verbs",
    "practice_words": "practice_words", "practice_auxiliaries": "practice_auxiliaries",
    "conjuncts": "conjuncts",
}
FALSEHOOD_REACH = 4  # words from a report to the word that calls it false ("की खबरें पूरी तरह झूठी")
CLAUSE_MARKS = frozenset({"।", ",", ";", "?", "!", "|"})
CONJUNCT_MARKS = frozenset(" ,-–")  # what may stand between two coordinated nouns besides ``conjuncts``
CONJUNCT_GAP = 2  # words at most between two coordinated nouns ("या कोई")
IF_REACH = 2  # words from an if-word to the first actor of its clause ("यदि कोई देश …")


@cache
def load_modality() -> ModalityRules:
    data = load_yaml("modality.yaml")
    return ModalityRules(
        negated=frozenset(data["negated"]["words"]),
        not_negating_after=frozenset(data["negated"]["not_when_followed_by"]),
        possible=frozenset(data["possible"]["words"]),
        planned=frozenset(data["planned"]["words"]),
        future_suffixes=tuple(data["planned"]["suffixes"]),
        planned_pairs=frozenset(tuple(p) for p in data["planned"]["pairs"]),
        after_infinitive=frozenset(data["planned"]["after_infinitive"]),
        after_infinitive_then=frozenset(data["planned"]["after_infinitive_then"]),
        going_to=frozenset(data["planned"]["going_to"]),
        going_to_then=frozenset(data["planned"]["going_to_then"]),
        window_after=int(data["window_after"]),
        window_before=int(data["window_before"]),
        called_for=frozenset(tuple(x) for x in data["called_for"]),
        embedded_window=int(data["embedded_window"]),
        accident_reach=int(data["accident_reach"]),
        ban_reach=int(data["ban_reach"]),
        practice_endings=tuple(data["practice_endings"]),
        practice_reach=int(data["practice_reach"]),
        come_to_light=frozenset(data["come_to_light"]["nouns"]),
        come_to_light_after=frozenset(data["come_to_light"]["after"]),
        **{field: frozenset(data[key]) for field, key in MODALITY_WORD_SETS.items()},
    )


def is_negation(tokens: list[Token], i: int, rules: ModalityRules) -> bool:
    nxt = tokens[i + 1].text if i + 1 < len(tokens) else ""
    return tokens[i].text in rules.negated and nxt not in rules.not_negating_after


def heads_nonfinite(tokens: list[Token], k: int, first: int, last: int, rules: ModalityRules) -> bool:
    """The negation at tokens[k] opens a non-finite clause closed before the trigger at ``first``:
    an oblique infinitive and a postposition ("वेतन न मिलने पर प्रदर्शन किया", "न दिए जाने से",
    "बात नहीं मानने के कारण"). What it negates is the reason, not the trigger's deed. So too when
    the trigger opens with that infinitive and a noun of the trigger owns it ("फीस न बढ़ाने का
    निर्देश दिया", trigger "*ने का निर्देश"): what is ordered is not to act; the order stands."""
    for j in range(k + 1, min(last - 1, k + 4)):
        closed = j + 1 < first or j + 2 < last  # the postposition before the trigger, or a noun of it after
        if closed and is_infinitive(tokens[j].text) and tokens[j + 1].text in rules.nonfinite_closers:
            return True
    return False


def is_possible(tokens: list[Token], k: int, rules: ModalityRules) -> bool:
    """A word of possibility, not "हर संभव" (every possible: "हर संभव मदद दी")."""
    return tokens[k].text in rules.possible and not (k > 0 and tokens[k - 1].text in rules.not_possible_after)


def is_future(tokens: list[Token], k: int, rules: ModalityRules) -> bool:
    word = tokens[k].text
    if word in rules.planned or (len(word) > 3 and word.endswith(rules.future_suffixes)):
        return True
    nxt = tokens[k + 1].text if k + 1 < len(tokens) else ""
    if (word, nxt) in rules.planned_pairs:
        return True
    if not (k > 0 and is_infinitive(tokens[k - 1].text)):
        return False
    return (word in rules.after_infinitive and nxt in rules.after_infinitive_then
            or word in rules.going_to and nxt in rules.going_to_then)  # "देने जा रही है"


def is_infinitive(word: str) -> bool:
    """An oblique infinitive: "करने", "देने" (not "ने", the agent's mark)."""
    return len(word) > 2 and word.endswith("ने")


@cache
def held_later() -> tuple[frozenset[str], int]:
    rule = load_yaml("modality.yaml")["held_later"]
    return frozenset(rule["words"]), int(rule["reach"])


def will_be_held(tokens: list[Token], last: int, stop_before: int) -> str | None:
    """"भारत की चीन से वार्ता कल होगी": the future of होना (``held_later``) after a trigger told as
    a noun, within reach and with no past verb, negation or mark between; the word, or None."""
    rules = load_modality()
    words, reach = held_later()
    for k in range(last, min(stop_before, len(tokens), last + reach)):
        word = tokens[k].text
        if word in words:
            return word
        if word in rules.past or word in CLAUSE_MARKS or is_negation(tokens, k, rules):
            return None
    return None


def told_as_done(tokens: list[Token], last: int, stop_before: int, rules: ModalityRules) -> bool:
    """A past-tense verb right after the trigger, not followed by a future or modal word."""
    head = [t.text for t in tokens[last: min(stop_before, last + 4)]]
    while head and head[0] in rules.connectives:
        head = head[1:]
    if not head or head[0] not in rules.past:
        return False
    if is_infinitive(tokens[last - 1].text) and head[0] in rules.promise_markers:
        return False  # "सैनिकों को हटाने की योजना बनाई": the infinitive's genitive, not the past "की"
    tail = [t.text for t in tokens[last: min(stop_before, last + 5)]]
    return not any(w in rules.possible or w.endswith(rules.future_suffixes) for w in tail)


def refused(tokens: list[Token], last: int, rules: ModalityRules) -> str | None:
    """The refusal word when what the trigger tells is refused right after it: "मुलाकात (करने)
    से मना कर दिया", "सहायता देने से इनकार किया" (the refusal is an event of its own)."""
    k = last
    if k < len(tokens) and tokens[k].text.endswith("ने") and tokens[k].text not in rules.negated:
        k += 1  # the infinitive of the trigger's light verb
    if k + 1 < len(tokens) and tokens[k].text == "से" and tokens[k + 1].text in rules.refusals:
        return tokens[k + 1].text
    return None


def reported_false(tokens: list[Token], last: int, rules: ModalityRules) -> str | None:
    """The word that calls false a report of what the trigger tells, right after it: "X पर हमले
    की खबरें पूरी तरह झूठी हैं", "झड़प की खबर बेबुनियाद है" (``false_reports``, ``falsehoods``); the
    trigger's infinitive may stand between ("नेता के गिरफ्तार होने की खबर गलत है")."""
    if last < len(tokens) and is_infinitive(tokens[last].text) and tokens[last].text not in rules.negated:
        last += 1
    if last + 1 >= len(tokens) or tokens[last].text not in rules.promise_markers \
            or tokens[last + 1].text not in rules.false_reports:
        return None
    for k in range(last + 2, min(len(tokens), last + 2 + FALSEHOOD_REACH)):
        if tokens[k].text in CLAUSE_MARKS:
            return None
        if tokens[k].text in rules.falsehoods:
            return tokens[k].text
    return None


def withdrawn(tokens: list[Token], last: int, rules: ModalityRules) -> str | None:
    """The word that withdraws or cancels the decision or order of what the trigger tells, right
    after it: "नेता को गिरफ्तार करने का आदेश वापस ले लिया", "दुकानें सील करने का फैसला रद्द कर दिया"
    (``withdrawn_decisions``, ``withdrawals``): the deed is called off. The withdrawal word needs its
    verb right after it (``take_back_verbs`` after ``taken_back``, else ``cancel_verbs``): "फैसला वापस
    लौटे प्रवासियों के लिए" is a decision for those back home, "आदेश वापस नहीं लिया" none withdrawn."""
    k = deed_end(tokens, last, rules)
    if k + 1 >= len(tokens) or tokens[k].text not in rules.promise_markers \
            or tokens[k + 1].text not in rules.withdrawn_decisions:
        return None
    for j in range(k + 2, min(len(tokens) - 1, k + 4)):
        word = tokens[j].text
        if word not in rules.withdrawals:
            continue
        verbs = rules.take_back_verbs if word in rules.taken_back else rules.cancel_verbs
        return word if tokens[j + 1].text in verbs else None
    return None


def deed_end(tokens: list[Token], last: int, rules: ModalityRules) -> int:
    """The token after a deed's trigger ending at ``last`` and the words that carry it on to a
    decision or an announcement of it: a word of beginning ("भूख हड़ताल शुरू करने का ऐलान"), a state
    to go into (``announced_state_markers``: "हड़ताल पर जाने का फैसला"), the infinitive of its light
    verb ("प्रदर्शन करने का ऐलान")."""
    k = last
    begun = k < len(tokens) and tokens[k].text in rules.begun
    state = k + 1 < len(tokens) and tokens[k].text in rules.announced_state_markers and is_infinitive(tokens[k + 1].text)
    if begun or state:
        k += 1
    if k < len(tokens) and is_infinitive(tokens[k].text) and tokens[k].text not in rules.negated:
        k += 1
    return k


def modality_of(tokens: list[Token], first: int, last: int, stop_before: int, sentence_first: int) -> tuple[str, str]:
    """Modality of the trigger at tokens[first:last] and the word that decided it.

    Reads up to ``window_after`` tokens after the trigger (not past ``stop_before``, the
    next trigger or the sentence end) and ``window_before`` tokens before it; what is refused
    right after it is negated, though the refusal is the next trigger.
    """
    rules = load_modality()
    if (refusal := refused(tokens, last, rules)) is not None:
        return "negated", refusal
    if (falsehood := reported_false(tokens, last, rules)) is not None:
        return "negated", falsehood
    if (withdrawal := withdrawn(tokens, last, rules)) is not None:
        return "negated", withdrawal
    end = min(stop_before, last + rules.window_after)
    end = next((k for k in range(last, end) if tokens[k].text in rules.content_openers), end)
    if any(tokens[k].text in rules.content_openers for k in range(first, last)):
        end = last  # the trigger opens what is asked itself: "से कहा कि जब तक … न हो तब तक … रोकें"
    after = range(last, end)  # not into what is asked or said: "अपील की कि वे … न लें"
    before = [k for k in range(max(sentence_first, first - rules.window_before), first)
              if not (is_negation(tokens, k, rules) and heads_nonfinite(tokens, k, first, last, rules))]
    if tokens[last - 1].text in rules.obligations:
        before = []  # "अमरीका को … नहीं करना चाहिए": what is asked is not to act; the demand stands
    window = [*before, *after]
    if (last - first > 1 or tokens[last - 1].text in rules.verb_triggers) and is_future(tokens, last - 1, rules) and not told_as_done(tokens, last, stop_before, rules):
        window.append(last - 1)  # the trigger's own verb is future: "विरोध करेंगे", "बैठक करेंगे"
    if told_as_done(tokens, last, stop_before, rules):
        neg = next((k for k in window if is_negation(tokens, k, rules)), None)
        return ("negated", tokens[neg].text) if neg is not None else ("asserted", "past")
    for test, label in ((lambda k: is_negation(tokens, k, rules), "negated"),
                        (lambda k: is_possible(tokens, k, rules), "possible"),
                        (lambda k: is_future(tokens, k, rules), "planned")):
        hit = next((k for k in window if test(k)), None)
        if hit is not None:
            return label, tokens[hit].text
    return "asserted", ""


def has_own_verb(tokens: list[Token], trig: TriggerMatch, rules: ModalityRules) -> bool:
    """The trigger holds a verb of its own ("धरना दिया", "हड़ताल की"), not a bare noun ("प्रदर्शन")."""
    return any(w.startswith("{") for w in trig.trigger.tokens) or tokens[trig.last - 1].text in rules.past


def coordinated(body: str, tokens: list[Token], trig: TriggerMatch, nxt: TriggerMatch) -> bool:
    """A bare noun joined to the next trigger as one of a list of deeds ("धरना-प्रदर्शन", "धरना,
    प्रदर्शन या हड़ताल"): nothing but ``conjuncts``, commas, hyphens and spaces between."""
    rules = load_modality()
    if nxt.first < trig.last or nxt.first - trig.last > CONJUNCT_GAP or has_own_verb(tokens, trig, rules):
        return False
    between = tokens[trig.last:nxt.first]
    if any(t.text not in rules.conjuncts for t in between):
        return False
    edges = [tokens[trig.last - 1].end, *(x for t in between for x in (t.start, t.end)), tokens[nxt.first].start]
    return all(set(body[a:b]) <= CONJUNCT_MARKS for a, b in zip(edges[::2], edges[1::2], strict=True))


def last_conjunct(body: str, tokens: list[Token], triggers: list[TriggerMatch], k: int) -> int:
    """The index of the last trigger of the list of deeds triggers[k] opens (k when it opens none):
    the light verb after it, and its negation, future or doubt, are shared by all of them."""
    j = k
    while j + 1 < len(triggers) and coordinated(body, tokens, triggers[j], triggers[j + 1]):
        j += 1
    return j


def is_promise(tokens: list[Token], trig: TriggerMatch) -> bool:
    """Help promised, not given: a trigger of help that ends in a promise ("मदद का भरोसा दिलाया";
    ``promises`` in modality.yaml)."""
    rules = load_modality()
    return trig.trigger.plover in rules.promised_types and tokens[trig.last - 1].text in rules.promises


def is_announced(tokens: list[Token], trig: TriggerMatch) -> bool:
    """A deed told as what is announced or decided ("मुआवजा देने की घोषणा की", "सैनिक भेजने का
    ऐलान किया"): still to be done, for ``announced_types`` (a ban decided is imposed), not one the
    announcement keeps going ("हड़ताल जारी रखने का ऐलान")."""
    rules = load_modality()
    if trig.trigger.plover not in rules.announced_types:
        return False
    k = deed_end(tokens, trig.last, rules)
    if k + 1 >= len(tokens) or tokens[k].text not in rules.promise_markers \
            or tokens[k + 1].text not in rules.announcements:
        return False
    return not any(t.text in rules.continued for t in tokens[max(trig.first, k - 3):k])


def with_promise(tokens: list[Token], trig: TriggerMatch) -> TriggerMatch:
    """"राहत पैकेज का आश्वासन दिया": help named as what a promise is of takes the promise into its
    trigger, so it is told (the promise's verb is its predicate) and planned."""
    rules = load_modality()
    k = trig.last
    if trig.trigger.plover not in rules.promised_types or k + 1 >= len(tokens) \
            or tokens[k].text not in rules.promise_markers or tokens[k + 1].text not in rules.promises:
        return trig
    return replace(trig, last=k + 2, end=tokens[k + 1].end)


def denied_from(tokens: list[Token], first: int, last: int) -> int | None:
    """The token after "इनकार किया कि" in a sentence: what follows is denied."""
    rules = load_modality()
    for k in range(first, last - 1):
        if tokens[k].text in rules.denial:
            for j in range(k + 1, min(last, k + 5)):
                if tokens[j].text == "कि":
                    return j + 1
    return None


def conditional_span(tokens: list[Token], first: int, last: int) -> tuple[int, int, int] | None:
    """The condition (from "अगर/यदि" to "तो") of a sentence in tokens[first:last], as
    (condition start, "तो" index, sentence end); None when the sentence has no condition."""
    rules = load_modality()
    start = next((k for k in range(first, last) if tokens[k].text in rules.if_words), None)
    if start is None:
        return None
    then = next((k for k in range(start + 1, last) if tokens[k].text in rules.then_words), last)
    return start, then, last


def condition_before(tokens: list[Token], first: int, at: int) -> tuple[int, int, int] | None:
    """``conditional_span`` of tokens[first:at] where ``first`` is the first actor's token: the
    if-word may stand right before it ("अगर उपद्रवियों ने … तो …"), within IF_REACH words of its
    clause."""
    start = first
    while start > 0 and first - start < IF_REACH and tokens[start - 1].text not in CLAUSE_MARKS:
        start -= 1
    return conditional_span(tokens, start, at)


def conditional_role(span: tuple[int, int, int] | None, trigger_first: int) -> str:
    """"condition" for a trigger inside the अगर clause, "consequence" after its "तो", else ""."""
    if span is None:
        return ""
    start, then, _last = span
    if start <= trigger_first < then:
        return "condition"
    return "consequence" if trigger_first > then else ""
