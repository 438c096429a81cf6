"""One person told by two titles: "उत्तर प्रदेश के मुख्यमंत्री और गोरखनाथ मठ के महंत योगी आदित्यनाथ ने",
"केंद्रीय मंत्री और भाजपा नेता रविशंकर प्रसाद ने". The role finder reads the first title, told bare,
as an office of its own beside the person; an office so told, then "और" and another title right
before the person's name, is that person's first title, and the event has one source, when
the second title is no post of the state (a party's, a faith's: its sector neither GOV nor MIL,
or a party or another body of no state sector named in it) or the person is known to hold the
first office (his own title, as the knowledge base gives it, names that office). Two state titles are two people
("राष्ट्रपति और प्रधानमंत्री NAME", "रक्षा मंत्री और सेना प्रमुख NAME"); so are two people
told with a name each, or with the name right after "और" ("प्रधानमंत्री और सोनिया गांधी"):
both stay. The titles are ``titles.tsv``'s."""

from __future__ import annotations

from functools import cache

from ghatna.document import Document, Entity
from ghatna.extraction.bare_offices import office_role
from ghatna.resources import load_tsv
from ghatna.text.tokens import tok_index

TITLES_REACH = 7  # words from "और" to the name: "और तेलुगुदेशम पार्टी के अध्यक्ष एन."
STATE_POST_SECTORS = frozenset({"GOV", "MIL"})


@cache
def title_words() -> dict[str, frozenset[str]]:
    """The last word of each title form (``titles.tsv``) and the roles it may end."""
    out: dict[str, set[str]] = {}
    for row in load_tsv("titles.tsv"):
        for form in row["hindi"].split("|"):
            if form.strip():
                out.setdefault(form.split()[-1], set()).add(row["role"])
    return {word: frozenset(roles) for word, roles in out.items()}


@cache
def title_sectors() -> dict[str, frozenset[str]]:
    """The last word of each title form and the sectors of the posts it may end."""
    out: dict[str, set[str]] = {}
    for row in load_tsv("titles.tsv"):
        for form in row["hindi"].split("|"):
            if form.strip():
                out.setdefault(form.split()[-1], set()).add(row["sector"] or "")
    return {word: frozenset(sectors) for word, sectors in out.items()}


def one_person_sources(doc: Document, sources: list[Entity], bounds: tuple[int, int]) -> list[Entity]:
    """The sources without an office told bare that is the first title of a person among them."""
    persons = [p for p in sources if p.type == "PERSON"]
    return [s for s in sources if not any(first_title_of(doc, s, p, bounds) for p in persons)]


def first_title_of(doc: Document, office: Entity, person: Entity, bounds: tuple[int, int]) -> bool:
    """"<office> और … <title> <person>" in the sentence, the office of the person's country."""
    role = office_role(office.role) if office.kind == "generic" else None
    if role is None or office.country != person.country:
        return False
    words = title_words()
    for mention in person.mentions:
        at = tok_index(doc.tokens, mention.start)
        if not bounds[0] < at < bounds[1] or doc.tokens[at - 1].text not in words:
            continue
        for k in range(at - 2, max(bounds[0], at - 1 - TITLES_REACH), -1):
            if any(mark in doc.body[doc.tokens[k].end: doc.tokens[k + 1].start] for mark in ",।;"):
                break
            if doc.tokens[k].text == "और":
                return k > bounds[0] and role in words.get(doc.tokens[k - 1].text, frozenset()) and \
                    (not_of_state(doc, person, k + 1, at) or holds_first(person, office))
    return False


def holds_first(person: Entity, office: Entity) -> bool:
    """The person's own title names the office or a post within it ("defence minister" holds
    "minister"); a wider title does not ("minister" is no prime minister)."""
    title, post = (person.role or "").replace("_", " "), (office.role or "").replace("_", " ")
    return bool(title and post) and (title == post or title.endswith(" " + post))


def not_of_state(doc: Document, person: Entity, start: int, end: int) -> bool:
    """The title in tokens ``start``..``end`` (the name) is no post of the state: its last word ends
    no GOV or MIL post ("महंत"), the person's sector is another, or a body of another sector
    is named in it ("भाजपा नेता", "कांग्रेस अध्यक्ष")."""
    if not title_sectors().get(doc.tokens[end - 1].text, frozenset()) & STATE_POST_SECTORS:
        return True
    if person.sector and person.sector not in STATE_POST_SECTORS:
        return True
    lo, hi = doc.tokens[start].start, doc.tokens[end - 1].end
    return any(e.sector and e.sector not in STATE_POST_SECTORS and any(lo <= m.start and m.end <= hi for m in e.mentions)
               for e in doc.entities if e is not person)
