"""National bodies Hindi news names bare ("सुप्रीम कोर्ट ने", "विदेश मंत्रालय ने"): the knowledge base
links them to India's, as an Indian story means them. In a story set abroad they are that country's:
"लाहौर में सुप्रीम कोर्ट ने प्रांतीय सरकार को आदेश दिया" is Pakistan's court. The evidence is a place
told with "में" right before the body (``data/event_roles.yaml`` ``bare_national_bodies``), or the
dateline of a story filed from abroad ("बीजिंग, 5 मार्च। विदेश मंत्रालय के प्रवक्ता ने …": the reporter
tells the bodies of the place he writes from bare, as he would his own). A story set abroad alone is
no evidence: India's ministries deal with the country a story is about ("टेक्सास में … विदेश मंत्रालय
ने अमेरिकी सरकार से जांच की मांग की" is India's ministry). Nor is a dateline when the story is
India's there (``dateline_country``): a dateline naming an Indian place too ("काठमांडू/नई दिल्ली"), a
sentence whose other side is the dateline's country ("बीजिंग … विदेश मंत्रालय ने चीन पर आरोप लगाया"),
an Indian actor acting in the sentence or the one before (a delegation abroad), or a bare form that
names no body of that country (``not_named_so``: Washington's foreign office is "विदेश विभाग").
"""

from __future__ import annotations

from dataclasses import replace
from functools import cache

from ghatna.document import Document, Entity
from ghatna.extraction.actors import country_entity, place_mentions
from ghatna.extraction.roles import Slot, body_of, is_place, load_role_words, mention_slots
from ghatna.knowledge.kb import country_names
from ghatna.resources import load_yaml
from ghatna.text.tokens import form_tokens, tok_index, word_key


@cache
def bare_bodies() -> tuple[str, frozenset[tuple[str, ...]]]:
    """The country whose bodies are told bare, and the word keys of each bare form."""
    data = load_yaml("event_roles.yaml")["bare_national_bodies"]
    forms = frozenset(tuple(word_key(w) for w in form_tokens(form)) for form in data["forms"])
    return str(data["country"]), forms


def is_bare_body(doc: Document, slot: Slot) -> bool:
    """The slot is one knowledge-base body of the home country named by a bare form alone."""
    home, forms = bare_bodies()
    ent = slot.entities[0]
    words = tuple(t.key for t in doc.tokens[slot.first: slot.last])
    return len(slot.entities) == 1 and ent.type == "ORG" and ent.kb_id is not None and ent.country == home \
        and words in forms


def place_before(doc: Document, slot: Slot) -> str | None:
    """The country of a place told with "में" right before the body ("लाहौर में सुप्रीम कोर्ट ने"),
    not a place of some other phrase ("अमेरिका में फंसे भारतीयों … सुप्रीम कोर्ट ने")."""
    k = slot.first - 1
    if k < 1 or doc.tokens[k].text != "में":
        return None
    end = doc.tokens[k - 1].end
    return next((code for _, e, code in place_mentions(doc) if e == end), None)


def rehome_bodies(doc: Document, slots: list[Slot], first: int, last: int) -> None:
    """A bare national body (``is_bare_body``) told right after a place abroad, or in a story whose
    dateline is abroad (``dateline_country``), is of that country, when the form names one there."""
    home, _ = bare_bodies()
    for slot in slots:
        if not is_bare_body(doc, slot):
            continue
        code = place_before(doc, slot) or dateline_country(doc, slots, slot, first)
        country = country_entity(doc, code) if code and code != home and names_body_of(doc, slot, code) else None
        if country is not None:
            slot.entities = [foreign_body(slot.entities[0], country)]


def names_body_of(doc: Document, slot: Slot, code: str) -> bool:
    """The bare form names a body of that country too (``not_named_so``: the United States'
    foreign office is "विदेश विभाग", so a bare "विदेश मंत्रालय" there is still India's)."""
    words = tuple(t.key for t in doc.tokens[slot.first: slot.last])
    return words not in abroad_data()[1].get(code, frozenset())


def dateline_country(doc: Document, slots: list[Slot], slot: Slot, first: int) -> str | None:
    """The country of a dateline abroad, unless the story is India's there: the dateline names a
    place at home too, the sentence's other side is that country, or a home actor acts in the
    sentence or the one before ("जयशंकर न्यूयॉर्क पहुंचे … विदेश मंत्रालय ने")."""
    line = doc.dateline or {}
    code = line.get("country")
    home = bare_bodies()[0]
    if not code or code == home:
        return None
    places = {c for start, _, c in place_mentions(doc) if line.get("start", 0) <= start < line.get("end", 0)}
    others = [s for s in slots if s is not slot and not is_bare_body(doc, s)]
    if home in places or aimed_at(others, code) or home_acts(doc, others, first):
        return None
    return str(code)


def aimed_at(slots: list[Slot], code: str) -> bool:
    """A named actor of that country is told with a marker of a side acted on ("चीन पर", "चीन से");
    a group the sentence leaves unnamed ("लोगों से") takes its country from the dateline itself."""
    words = load_role_words()
    return any(s.marker and s.marker not in words.agent and s.marker not in words.genitive
               and any(e.country == code and not is_place(e) and e.kind not in ("generic", "unknown")
                       for e in s.entities) for s in slots)


def home_acts(doc: Document, slots: list[Slot], first: int) -> bool:
    """An actor of the home country (a person, a body, the state) is the agent or the subject of
    the sentence (``slots``) or of the sentence before it."""
    home, words = bare_bodies()[0], load_role_words()
    before = previous_sentence_slots(doc, first)
    return any((s.marker in words.agent or s.marker == "") and any(
        e.country == home and e.type in ("PERSON", "ORG", "GPE") and not is_place(e) for e in s.entities)
        for s in slots + [s for s in before if not is_bare_body(doc, s)])


def previous_sentence_slots(doc: Document, first: int) -> list[Slot]:
    """The mention slots of the sentence before the one starting at token ``first``."""
    if first == 0:
        return []
    prev = doc.sentence_at(doc.tokens[first - 1].start)
    if prev is None:
        return []
    return mention_slots(doc, tok_index(doc.tokens, prev.start), first)


@cache
def abroad_data() -> tuple[dict[str, str], dict[str, frozenset[tuple[str, ...]]]]:
    """The home-country names a body abroad does not take (``abroad_names``), and per country the
    bare forms that name none of its bodies (``not_named_so``)."""
    data = load_yaml("event_roles.yaml")["bare_national_bodies"]
    unnamed = {code: frozenset(tuple(word_key(w) for w in form_tokens(f)) for f in forms)
               for code, forms in data.get("not_named_so", {}).items()}
    return dict(data.get("abroad_names", {})), unnamed


def foreign_body(body: Entity, country: Entity) -> Entity:
    """"Supreme Court of India" told in a story of Pakistan: the Supreme Court of Pakistan; India's
    "Ministry of External Affairs" abroad is a "Ministry of Foreign Affairs" (``abroad_names``)."""
    home = country_names().get(bare_bodies()[0], ("", None))[0]
    base = body.name.split(" (")[0].removesuffix(f" of {home}")
    base = abroad_data()[0].get(base, base)
    return body_of(replace(body, name=base), country)
