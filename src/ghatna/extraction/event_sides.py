"""The sides of an event as the event stage makes them: a city or region stands for its country,
a person or body the knowledge base lacks is of the country that introduces it or where it is
first told, and a side the text gives no country takes the other side's when that is of one
country (a domestic event), unless that side is a state named as a whole that a group acts on
("सरकार ने अफगानिस्तान को गेहूं भेजा": the group is of its home country, unless the story is set
there). A warning by those who
cannot carry it out threatens no one."""

from __future__ import annotations

from dataclasses import replace
from functools import cache

from ghatna.document import Document, Entity
from ghatna.extraction.actors import (
    abroad_home,
    context_country,
    country_entity,
    home_countries,
    is_story_guess,
    located_at,
    match_generic,
    place_mentions,
)
from ghatna.extraction.event_roles import index_range
from ghatna.extraction.implicit_actors import load_implicit_actors
from ghatna.extraction.implied_actors import sentence_countries
from ghatna.extraction.lexicon import EntityResources
from ghatna.extraction.roles import is_one_of_many, load_role_words, role_word_set, with_country
from ghatna.extraction.romanize import romanize
from ghatna.knowledge.kb import country_names
from ghatna.resources import load_yaml

INTRO_REACH = 6


def as_actor(ent: Entity | None, res: EntityResources, doer: bool = False) -> Entity | None:
    """Actors are people, organisations and states: a city or region stands for its country. A
    place names no one who acts: a name the model tags a place and the knowledge base lacks, told
    as the ``doer`` ("X ने हमला किया"), is a person or body the model took for a place, kept as
    it is (``placed`` gives it the country its sentence is set in); as a target it is a place
    ("X पर कब्जा"), of no country one knows."""
    if ent is None or ent.type == "PERSON" or ent.type == "ORG" or ent.kind == "country":
        return ent
    country = res.kb.countries().get(ent.country or "")
    if country is None:
        return ent if doer and is_unplaced_name(ent) else None
    return Entity(key=country.kb_id, name=country.name, type="GPE", kb_id=country.kb_id, country=country.country,
                  sector=None, kind="country")


def is_unplaced_name(ent: Entity) -> bool:
    """A name found by the model only: not in the knowledge base, of no country."""
    return ent.kind in ("named", "unlinked") and ent.kb_id is None and ent.country is None


def placed(doc: Document, ent: Entity, bounds: tuple[int, int]) -> Entity:
    """A person or body the knowledge base lacks, acting in a sentence set in a country, is of
    that country ("श्री नड्डा ने …" in a story from India)."""
    if ent.kind == "unlinked":
        ent = replace(ent, name=romanize(ent.name))
    if ent.country is not None or ent.kb_id is not None or ent.kind in ("generic", "unknown", "country"):
        return ent
    code = introduced_by(doc, ent)
    if code is None:
        home = context_country(doc, *first_told(doc, ent, bounds))
        code = home.country if home is not None else None
    return ent if code is None else replace(ent, country=code)


def introduced_by(doc: Document, ent: Entity) -> str | None:
    """The country of a place or body in the words that introduce a person where first named
    ("दिल्ली सिख गुरुद्वारा प्रबंधक कमेटी के अध्यक्ष X", "पाकिस्तान के विदेश मंत्री X"): in the
    genitive (not "बीबीसी के साथ बातचीत में X ने"), within INTRO_REACH words before the name and no
    punctuation between."""
    if not ent.mentions:
        return None
    start = ent.mentions[0].start
    words = load_role_words()
    found = None
    for other in doc.entities:
        if other.country and other.kind not in ("generic", "unknown") and other.type in ("GPE", "ORG", "LOC"):
            for m in other.mentions:
                gap = doc.body[m.end: start].split()
                owner = bool(gap) and gap[0] in words.genitive and (len(gap) < 2 or gap[1] not in words.compound)
                if 0 <= start - m.end and owner and len(gap) <= INTRO_REACH \
                        and not any(c in doc.body[m.end: start] for c in ",।.;:?!\"“”"):
                    found = other.country if found is None or found == other.country else ""
    return found or None


def first_told(doc: Document, ent: Entity, bounds: tuple[int, int]) -> tuple[int, int]:
    """The tokens of the sentence that first names an actor: where a person is introduced
    ("पार्टी प्रवक्ता X ने नई दिल्ली में …") says where they are from better than a later
    sentence about another country."""
    if not ent.mentions:
        return bounds
    start = ent.mentions[0].start
    sent = next((s for s in doc.sentences if s.start <= start < s.end), None)
    return index_range(doc, sent) if sent is not None else bounds


def of_one_country(doc: Document, sources: list[Entity], targets: list[Entity | None], state_deed: bool = False,
                   acted_on: tuple[int, int] | None = None) -> tuple[list[Entity], list[Entity | None]]:
    """Sides the text gives no country (a group, a person or body the knowledge base lacks; not an
    international body it knows) take the
    country of the other side when all of it is of one country: police arresting, parties
    accusing, protesters facing actors of one state are of that state (a domestic event). A
    ``state_deed`` (a sanction) aimed at a state named as a whole is no such evidence: a state
    does not put duties on its own goods ("चीनी सामान पर शुल्क लगाएंगे": not China's authorities).
    ``acted_on``: the sentence's tokens when its targets are states named as a whole (not a city
    standing for its country): a group acting on them is of its home country (``doer_home``)."""
    sources, targets = other_sides(sources, targets)
    src_codes = {e.country for e in sources if e.country}
    tgt_codes = {e.country for e in targets if e is not None and e.country and not (state_deed and e.kind == "country")}
    return ([doer_home(doc, e, tgt_codes, acted_on) if acted_on else with_home(doc, e, tgt_codes) for e in sources],
            [with_home(doc, e, src_codes) if e is not None else None for e in targets])


def doer_home(doc: Document, ent: Entity, codes: set[str], bounds: tuple[int, int]) -> Entity:
    """A group told bare that acts on a state named as a whole ("सरकार ने अफगानिस्तान को गेहूं
    भेजा", "सेना ने पाकिस्तान पर हमला किया", "प्रदर्शनकारियों ने चीन के खिलाफ नारे लगाए") is not of
    that state: a state's own government does not send it aid nor its army attack it. It is of its
    home country (``home_countries``; the country of a story abroad: ``abroad_home``) when that is
    another; of the state acted on where the story is set there by the sentence (tokens[bounds])
    ("बलूचिस्तान में लोग सड़कों पर उतरे। प्रदर्शनकारियों ने पाकिस्तान के खिलाफ नारे लगाए": its
    own people, ``set_there``); else of no country one knows."""
    if ent.kind != "generic" or ent.country is not None or len(codes) != 1 or set_there(doc, bounds, codes):
        return with_home(doc, ent, codes)
    own = abroad_home(doc, home_countries().get(ent.role or ""))
    if own is None:
        return ent
    home = country_entity(doc, own)
    return with_country(ent, home) if home is not None else ent


def set_there(doc: Document, bounds: tuple[int, int], codes: set[str]) -> bool:
    """The last place the article tells something happened in ("ल्हासा में", "बलूचिस्तान में"), up to
    the end of the sentence (tokens[bounds]), is of the country in ``codes``."""
    end = doc.tokens[bounds[1] - 1].end
    there = [code for start, stop, code in place_mentions(doc) if start < end and located_at(doc, stop)]
    return bool(there) and there[-1] in codes


def told_sides(doc: Document, sources: list[Entity], targets: list[Entity | None], bounds: tuple[int, int],
               plover: str) -> tuple[list[Entity], list[Entity | None]]:
    """A group placed only by the country the article names most (``is_story_guess``) is of the
    other side's country when the sentence (tokens[bounds]) names that country's people, bodies or
    places and no other's: those a person acts on ("अफरीदी ने प्रशंसकों पर प्रहार किया", "आईसीएमआर
    की प्रेस वार्ता में उन्होंने कहा कि लोगों को …" in a story that names another country most) and
    a group acting on a group placed there ("अधिकारियों ने वुहान के लोगों को इजाजत दी"). Not a
    group acting on a person or body (protesters abroad acting on a foreign leader) nor one a body
    or a group acts on (a foreign firm advising a state's departments; "पाकिस्तानी अधिकारियों ने
    मछुआरों को रिहा किया"), nor one an envoy or a person of a body of many states acts on
    (``is_home_speaker``), nor for a type whose sides are often of two countries
    (``cross_border_types``: "राहुल गांधी ने हमले की निंदा की", of a mob abroad)."""
    named = {code for code in sentence_countries(doc, bounds) if code}
    if len(named) != 1 or plover in role_word_set("cross_border_types"):
        return sources, targets
    code = named.pop()
    if sources and {e.country for e in sources} == {code} and all(is_home_speaker(e) for e in sources):
        return sources, [follow_side(doc, e, code, bounds) if e is not None else None for e in targets]
    if targets and all(e is not None and e.kind == "generic" and e.country == code for e in targets):
        return [follow_side(doc, e, code, bounds) for e in sources], targets
    return sources, targets


def is_home_speaker(ent: Entity) -> bool:
    """A person whose group it acts on is of the person's country (``told_sides``): not a group
    named by its country ("पाकिस्तानी सैनिकों ने ग्रामीणों पर गोलीबारी की", in the story's country),
    an envoy (``envoy_roles``: a high commissioner meets the host country's farmers) nor a person of a
    body of many states (``placeless_sectors``)."""
    return ent.type == "PERSON" and ent.kind != "generic" and ent.sector not in role_word_set("placeless_sectors") \
        and ent.role not in role_word_set("envoy_roles")


def follow_side(doc: Document, ent: Entity, code: str, bounds: tuple[int, int]) -> Entity:
    """``ent`` of ``code`` when it is a group the story's main country only places (``told_sides``)."""
    if ent.country == code or not is_story_guess(doc, ent, *bounds):
        return ent
    home = country_entity(doc, code)
    return with_country(ent, home) if home is not None else ent


def other_sides(sources: list[Entity], targets: list[Entity | None]) -> tuple[list[Entity], list[Entity | None]]:
    """"अपने समकक्ष से मुलाकात की": a counterpart (``other_side_roles``) holds the same office in
    another state; one the text leaves of no country, or gives the other side's own country (the
    place of the meeting, "नई दिल्ली में अपने समकक्ष से"), is no side one can name, unless it is
    named for a state or province of that country other than the other side's ("उत्तर प्रदेश के
    मुख्यमंत्री ने बिहार के अपने समकक्ष से": two states' chief ministers, a domestic meeting)."""
    roles = role_word_set("other_side_roles")
    src_codes = {e.country for e in sources if e.role not in roles}
    tgt_codes = {e.country for e in targets if e is not None and e.role not in roles}
    kept_sources = [e for e in sources if e.role not in roles or (e.country and e.country not in tgt_codes)
                    or placed_apart(e, targets)]
    kept_targets = [e for e in targets if e is None or e.role not in roles or (e.country and e.country not in src_codes)
                    or placed_apart(e, sources)]
    return ([of_sector(e, targets) for e in kept_sources],
            [of_sector(e, sources) if e is not None else None for e in kept_targets])


def placed_apart(ent: Entity, others: list[Entity] | list[Entity | None]) -> bool:
    """A counterpart named for a place of its country that is not the country itself nor the place
    the other side is named for ("Bihar counterpart" beside "Uttar Pradesh chief minister")."""
    place = owner_name(ent)
    if place is None or not ent.country or place == country_names().get(ent.country, ("", None))[0]:
        return False
    return all(e is None or owner_name(e) != place for e in others)


def owner_name(ent: Entity) -> str | None:
    """The place a group the text does not name is named for ("Bihar" of "Bihar counterpart")."""
    if ent.kind != "generic" or not ent.role or not ent.name.endswith(f" {ent.role}"):
        return None
    return ent.name.removesuffix(f" {ent.role}")


def of_sector(ent: Entity, others: list[Entity] | list[Entity | None]) -> Entity:
    """"सेना प्रमुख ने अपने पाकिस्तानी समकक्ष से": a counterpart holds the office of the one whose
    counterpart it is, so it is of that side's sector (an army chief's is of the military, a party
    president's of a party); of government when that side has none or several."""
    if ent.role not in role_word_set("other_side_roles"):
        return ent
    sectors = {e.sector for e in others if e is not None and e.role not in role_word_set("other_side_roles") and e.sector}
    return replace(ent, sector=sectors.pop()) if len(sectors) == 1 else ent


def with_home(doc: Document, ent: Entity, codes: set[str]) -> Entity:
    """``ent`` of the one country in ``codes`` where the text gives it none (``of_one_country``); a
    body the knowledge base knows keeps having none when its entry says what it is (an international
    body, an alliance, a movement across states); one known only by its name from annotated news
    ("वन अनुसंधान संस्थान", a police station) takes it as a body the knowledge base lacks does."""
    known_kind = ent.kb_id is not None and ent.kind is not None
    if ent.country is not None or known_kind or ent.kind in ("unknown", "country") or len(codes) != 1:
        return ent
    home = country_entity(doc, next(iter(codes)))
    if home is None:
        return ent
    return with_country(ent, home) if ent.kind == "generic" else replace(ent, country=home.country)


def is_harmless_warning(pattern: str, source: Entity, target: Entity | None = None) -> bool:
    """"यूनिसेफ ने चेतावनी दी है कि …": a warning by those who cannot carry out a threat tells of a
    danger (``harmless_warnings`` in event_roles.yaml); not an alliance's or bloc's warning to a
    state ("नाटो ने रूस को चेतावनी दी")."""
    rule = harmless_warnings()
    if pattern not in rule["patterns"] or source.sector not in rule["sectors"]:
        return False
    aimed_at_state = target is not None and (target.kind == "country" or target.sector in rule["states"])
    return not (source.kb_id in rule["enforcers"] and aimed_at_state)


@cache
def harmless_warnings() -> dict[str, frozenset[str]]:
    return {key: frozenset(words) for key, words in load_yaml("event_roles.yaml")["harmless_warnings"].items()}


def two_of_a_class(doc: Document, ent: Entity, bounds: tuple[int, int]) -> bool:
    """"भाई ने भाई की हत्या कर दी": a class of many (``one_of_many``) told twice in the sentence is
    two persons, one acting on the other; not when they act on each other ("आपस में",
    ``reciprocals``) or on themselves ("खुद को", ``oneself_words``)."""
    first, last = bounds
    if not is_one_of_many(ent) or first >= last:
        return False
    barred = load_implicit_actors().reciprocals | role_word_set("oneself_words")
    if any(t.text in barred for t in doc.tokens[first:last]):
        return False
    told = [i for i in range(first, last) if (found := match_generic(doc, i)) and found[0].label == ent.role]
    return len(told) >= 2
