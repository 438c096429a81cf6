"""A speaker's own act told in the first person inside a direct quote.

The event stage drops the triggers of a direct quote: what a speaker says happened is theirs
to claim, not told by the article. But '"हम इस हमले की कड़ी निंदा करते हैं," विदेश मंत्रालय ने
कहा' and '"मैं सभी लोगों से अपील करता हूं …"' tell the speaker's own act: the condemnation, the
appeal is made by saying it. Such a trigger is kept when a first-person subject ("मैं", "हम",
"मैंने", "हमने", ``quoted_first_person.subjects`` in event_roles.yaml) opens its main clause inside a
quote whose speaker the quote stage's ``speakers`` found; the subject stands for that speaker,
never for a guess.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache

from ghatna.document import Document, Entity
from ghatna.extraction.clause_openings import clause_start, ends_clause
from ghatna.extraction.modality import modality_of
from ghatna.extraction.pronouns import opens_clause
from ghatna.extraction.quotes import said_quotes
from ghatna.extraction.roles import Slot, load_role_words
from ghatna.extraction.triggers import TriggerMatch
from ghatna.resources import load_yaml
from ghatna.text.tokens import tok_index


@dataclass(frozen=True, slots=True)
class FirstPersonWords:
    subjects: dict[str, str]  # the subject and the role marker it carries ("हमने" → ने)
    clause_openers: frozenset[str]
    not_subject_before: frozenset[str]  # "हम पर", "मुझे": the pronoun is no subject
    subordinators: frozenset[str]  # "कि हम", "जब मैंने": the subject of a clause another rules
    speaker_rules: frozenset[str]  # the rules of ``speakers`` whose speaker is told, not guessed
    singular_words: frozenset[str]  # "हूं": a verb group only "मैं" takes
    singular_endings: tuple[str, ...]  # "करूंगा"
    verb_reach: int  # the tokens after the trigger its verb group may span
    group_ends: frozenset[str]  # "हुआ", "मैं": the trigger's verb group has ended


@cache
def first_person_words() -> FirstPersonWords:
    spec = load_yaml("event_roles.yaml")["quoted_first_person"]
    verbs = spec["singular_verbs"]
    return FirstPersonWords({str(k): str(v or "") for k, v in spec["subjects"].items()},
                            frozenset(spec["clause_openers"]), frozenset(spec["not_subject_before"]),
                            frozenset(spec["subordinators"]), frozenset(spec["speaker_rules"]),
                            frozenset(verbs["words"]), tuple(verbs["endings"]), int(verbs["verb_reach"]), frozenset(verbs["group_ends"]))


@dataclass(frozen=True, slots=True)
class SpokenQuote:
    """A direct quote and the speaker the quote stage found for it."""

    start: int
    end: int
    speaker: Entity


def spoken_quotes(doc: Document) -> list[SpokenQuote]:
    """The direct quotes whose speaker the words around them name (``speaker_rules``: not the last
    actor or person named before, a guess; not an unopened quote, whose extent is a guess) and
    whom the coder can place (a country: not a name the knowledge base lacks)."""
    if "spoken_quotes" not in doc.cache:
        rules = first_person_words().speaker_rules
        doc.cache["spoken_quotes"] = [SpokenQuote(span.start, span.end, speaker)
                                      for span, speaker, rule in said_quotes(doc)
                                      if speaker is not None and speaker.country and rule in rules
                                      and span.kind in ("direct", "unclosed")]
    return doc.cache["spoken_quotes"]


def quote_at(doc: Document, at: int) -> SpokenQuote | None:
    return next((q for q in spoken_quotes(doc) if q.start <= at < q.end), None)


def first_person_subjects(doc: Document, first: int, last: int) -> list[tuple[int, SpokenQuote]]:
    """The first-person subjects of tokens[first:last] inside a quote of a known speaker: one that
    carries ने, or a bare one opening its clause that no postposition follows ("हम पर", "हम से")."""
    words = first_person_words()
    found = []
    for k in range(first, last):
        text = doc.tokens[k].text
        if text not in words.subjects or (quote := quote_at(doc, doc.tokens[k].start)) is None:
            continue
        after = doc.tokens[k + 1].text if k + 1 < len(doc.tokens) else ""
        if words.subjects[text] or (opens_clause(doc, k) and after not in words.not_subject_before):
            found.append((k, quote))
    return found


def speaker_slots(doc: Document, slots: list[Slot], bounds: tuple[int, int], acts: list[TriggerMatch]) -> list[Slot]:
    """The sentence's slots with each first-person subject inside a quote of a known speaker
    standing for that speaker (not for the last speaker named before, which a quote whose speaker
    is named after it is not), and an empty slot for the speaker at the start of the clause of each
    act in ``acts`` whose subject is dropped ("… अपील करता हूं")."""
    subjects = first_person_subjects(doc, *bounds)
    taken = {k for k, _ in subjects}
    kept = [s for s in slots if not (s.rule == "pronoun" and s.first in taken)]
    marks = first_person_words().subjects
    spoken = [Slot([quote.speaker], k, k + 1, marks[doc.tokens[k].text], k + 1, rule="pronoun")
              for k, quote in subjects]
    for trig in acts:
        quote, start = act_clause(doc, trig, bounds[0])
        if quote is not None and not any(start <= k < trig.first and q == quote for k, q in subjects):
            spoken.append(Slot([quote.speaker], start, start, "", start, rule="pronoun"))
    return sorted(kept + spoken, key=lambda s: s.first)


def act_clause(doc: Document, trig: TriggerMatch, first: int) -> tuple[SpokenQuote | None, int]:
    """The quote of a known speaker around the trigger and the first token of the trigger's clause
    inside it (``first``: the sentence's first token)."""
    quote = quote_at(doc, trig.start)
    if quote is None:
        return None, trig.first
    start = max(first, tok_index(doc.tokens, quote.start))
    return quote, clause_start(doc, start, trig.first, first_person_words().clause_openers)


def ends_in_singular(doc: Document, trig: TriggerMatch, slots: list[Slot], quote: SpokenQuote) -> bool:
    """The trigger's verb group, inside the quote and its clause and naming no actor, ends in a form
    only "मैं" takes: "अपील करता हूं", "विरोध करना चाहता हूं", "जवाब दूंगा"."""
    words = first_person_words()
    named = {k for s in slots for k in range(s.first, s.last)}
    for k in range(trig.first, min(trig.last + words.verb_reach, len(doc.tokens))):
        tok = doc.tokens[k]
        if tok.start >= quote.end or (k >= trig.last and (k in named or tok.text in words.clause_openers or tok.text in words.group_ends)):
            return False
        if tok.text in words.singular_words or tok.text.endswith(words.singular_endings):
            return True
        if ends_clause(doc, k):
            return False
    return False


def is_dropped_subject_act(doc: Document, trig: TriggerMatch, slots: list[Slot], start: int, quote: SpokenQuote) -> bool:
    """A clause of the quote with no subject before the trigger (no agent, no bare actor) whose
    verb group tells the first person singular, not one a subordinator opens ("जब … करता हूं")."""
    if start > 0 and doc.tokens[start - 1].text in first_person_words().subordinators:
        return False
    subjects = load_role_words().agent | {""}
    if any(start <= s.first < trig.first and s.marker in subjects for s in slots):
        return False
    return ends_in_singular(doc, trig, slots, quote)


def first_person_act(doc: Document, trig: TriggerMatch, slots: list[Slot], bounds: tuple[int, int]) -> bool:
    """A trigger inside a quote of a known speaker whose main clause a first-person subject opens
    (not one after a word of ``subordinators``), with no other agent between them ("हमने कहा कि
    पाकिस्तान ने …" is not ours), told as done or to be done, not as what may be. A question ("क्या
    हम … करते हैं?") is dropped as any is (``untold.is_asked_about``). ``bounds``: the sentence's tokens."""
    first, last = bounds
    quote, start = act_clause(doc, trig, first)
    if quote is None:
        return False
    words = first_person_words()
    subject = next((k for k, q in first_person_subjects(doc, start, trig.first) if q == quote), None)
    if subject is None:
        if not is_dropped_subject_act(doc, trig, slots, start, quote):
            return False
    elif subject > 0 and doc.tokens[subject - 1].text in words.subordinators:
        return False  # "… लगता था कि हम …", "जब मैंने …": a clause another verb or a time rules
    elif any(s.first > subject and s.last <= trig.first and s.marker in load_role_words().agent for s in slots):
        return False
    stop = next((k + 1 for k in range(trig.last - 1, last) if ends_clause(doc, k)), last)
    return modality_of(doc.tokens, trig.first, trig.last, stop, first)[0] != "possible"  # "मांग सकती हूं"

