"""National bodies Hindi news names bare ("सुप्रीम कोर्ट ने", "विदेश मंत्रालय ने"): the knowledge base
links them to India's, as an Indian story means them. In a story set abroad they are that country's:
"लाहौर में सुप्रीम कोर्ट ने प्रांतीय सरकार को आदेश दिया" is Pakistan's court. The evidence is a place
told with "में" right before the body (``data/event_roles.yaml`` ``bare_national_bodies``), or the
dateline of a story filed from abroad ("बीजिंग, 5 मार्च। विदेश मंत्रालय के प्रवक्ता ने …": the reporter
tells the bodies of the place he writes from bare, as he would his own). A story set abroad alone is
no evidence: India's ministries deal with the country a story is about ("टेक्सास में … विदेश मंत्रालय
ने अमेरिकी सरकार से जांच की मांग की" is India's ministry).
"""

from __future__ import annotations

from dataclasses import replace
from functools import cache

from ghatna.document import Document, Entity
from ghatna.extraction.actors import country_entity, place_mentions
from ghatna.extraction.roles import Slot, body_of
from ghatna.knowledge.kb import country_names
from ghatna.resources import load_yaml
from ghatna.text.tokens import form_tokens, word_key


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
    dateline is abroad, is of that country."""
    home, _ = bare_bodies()
    for slot in slots:
        if not is_bare_body(doc, slot):
            continue
        code = place_before(doc, slot) or (doc.dateline or {}).get("country")
        country = country_entity(doc, code) if code and code != home else None
        if country is not None:
            slot.entities = [foreign_body(slot.entities[0], country)]


def foreign_body(body: Entity, country: Entity) -> Entity:
    """"Supreme Court of India" told in a story of Pakistan: the Supreme Court of Pakistan."""
    home = country_names().get(bare_bodies()[0], ("", None))[0]
    base = body.name.split(" (")[0].removesuffix(f" of {home}")
    return body_of(replace(body, name=base), country)
