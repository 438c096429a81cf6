"""Completing an event's roles once they are found: a missing target filled (the victims of an
attack, whom it was aimed at, the place attacked, whom aid reaches, the default target of a type),
and the checks a lexicon row's ``roles`` column asks of its sides (people, persons, a pair, two
countries across a border, a kind of doer). Forces told as the owners of their own deployment
deploy themselves, aimed at no one.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache

from ghatna.document import Document, Entity, Event
from ghatna.extraction.agentless import (
    struck_crowd,
    unnamed_victim,
    victims,
)
from ghatna.extraction.attack_events import condemned_doers, deed_condemned, named_after, victims_of_deed
from ghatna.extraction.attacked_things import aimed_target
from ghatna.extraction.border_attacks import border_target, off_border
from ghatna.extraction.clause_openings import speech_opening
from ghatna.extraction.directives import directed_class, is_directive, owned_targets
from ghatna.extraction.event_roles import Roles, place_target, told_opening
from ghatna.extraction.implicit_actors import load_implicit_actors, spoken_types
from ghatna.extraction.implied_actors import implicit_actor, sentence_countries
from ghatna.extraction.meetings import attendees
from ghatna.extraction.role_targets import recipients
from ghatna.extraction.roles import Slot, demands_of_centre
from ghatna.extraction.sealed_areas import seals_area
from ghatna.extraction.told_alone import names_recipient, send_force
from ghatna.extraction.triggers import TriggerMatch
from ghatna.resources import load_yaml

IMPLIED_RULES = frozenset({"implicit", "implicit_state"})  # roles the text does not name (agentless.py)
PAIR_NAMED = frozenset({"nominal_pair", "between"})  # two sides told as a pair ("भारत-नेपाल", "X और Y के बीच")
PLACE_TARGET_TYPES = frozenset({"ASSAULT", "COERCE", "MOBILIZE", "PROTEST"})


def names_pair(roles: Roles) -> bool:
    """Both sides named ("मोदी और सुनक"), not a group the text leaves unnamed ("दोनों नेता")."""
    sides = roles.sources + roles.targets
    return bool(roles.sources and roles.targets) and all(e.kind not in ("generic", "unknown") for e in sides)


def complete_roles(doc: Document, slots: list[Slot], trig: TriggerMatch, roles: Roles,
                   bounds: tuple[int, int]) -> bool:
    """Fill a missing target: the victims of an attack, whom it was aimed at ("अमरीकी बलों पर", the
    owner of a thing attacked: "अमरीकी सैन्य ठिकानों पर"), the place attacked ("X में"), the
    default target of the type (a protest's government); False when none can be had for
    an event told by its possessor ("रूस के हमले") alone."""
    plover = trig.trigger.plover
    if trig.trigger.roles == "people" and not names_people(roles.targets):
        return False  # "चीन ने हांगकांग पर सुरक्षा कानून लगाया": a law laid on a land detains no one
    if trig.trigger.roles == "pair" and not (roles.rule in ("agent", "subject") and names_pair(roles)):
        return False  # "मोदी और सुनक मिले" is a meeting; "दो शव मिले", "भारत को जीत मिली" are none
    if trig.trigger.roles == "persons" and not names_persons(roles.targets):
        return False  # "चुनाव आयोग से मशीनों से छेड़छाड़ की शिकायत": no one is molested
    if trig.trigger.roles == "abroad" and not across_border(roles):
        return False  # "जिले की सीमाएं सील कर दी गईं": no country closes its border on another (R24)
    if not fits_row_doers(trig, roles):
        return False  # "तेंदुआ अस्पताल परिसर में घुस गया", "एसपी ने दो जवानों को हटा दिया": no riot, no retreat
    if plover == "ASSAULT":
        roles.targets = off_border(doc, trig, bounds, roles.targets)  # "नियंत्रण रेखा पर": a line is no side
    if not roles.targets and plover == "ASSAULT":
        roles.targets = (victims(doc, slots, trig, roles.sources) or aimed_target(doc, slots, trig)
                         or struck_crowd(doc, trig, bounds, roles.sources, roles.rule == "agent")
                         or border_target(doc, trig, bounds, roles.sources)
                         or unnamed_victim(doc, slots, trig, bounds, roles))
    send_force(doc, slots, trig, roles)  # "एनडीआरएफ की टुकड़ी रवाना की": the force sent is no target
    if not roles.targets and plover in PLACE_TARGET_TYPES:
        roles.targets = place_target(slots, roles)
    if not roles.targets and plover == "AID":
        opening = told_opening(speech_opening(doc, slots, trig), slots, roles.sources)  # not whom X tells
        roles.targets = recipients([s for s in slots if s.first >= opening], trig)
    if not roles.targets and plover == "CONSULT":
        roles.targets = attendees(doc, slots, trig, roles.sources)  # "… बैठक की, जिसमें Y शामिल थे"
    if trig.trigger.roles == "received" and not names_recipient(slots, trig, roles.targets):
        return False  # "किसानों ने मंडी में गेहूं भेजा": grain sent to no one named is no aid
    owned = owned_targets(doc, slots, trig, roles)
    if owned:
        roles.targets = []  # "कॉलेजों के शिक्षकों के वेतन जारी करने का आदेश": whose pay, not whom the order is to
    if not roles.targets and is_directive(doc, trig):
        roles.targets = directed_class(doc, slots, trig, bounds, roles.sources)  # "सभी स्कूलों को बंद करने के निर्देश"
    if plover in load_implicit_actors().condemns and (not roles.targets or victims_of_deed(doc, slots, trig, roles)):
        roles.targets = condemned_doers(doc, trig, roles.sources, bounds[0], slots)  # never whom the deed befell
    elif plover in load_implicit_actors().condemns and deed_condemned(doc, trig) and named_after(slots, trig, roles):
        roles.targets = condemned_doers(doc, trig, roles.sources, bounds[0], slots) or roles.targets
    default = load_implicit_actors().targets.get(plover)
    if (trig.trigger.mode in load_implicit_actors().named_target_modes and not seals_area(doc, trig, bounds)) or owned:
        default = None  # a curfew with no one named is a policy (a sealed area befalls its people);
        # an order about someone's things names no one it is given to
    if not roles.targets and default is not None:
        implied = implicit_actor(doc, default, bounds, roles.sources, trig.first)
        speech = plover in spoken_types()  # a state's demand is its government's; a protest "in" it is its people's
        if not any(s.country == implied.country and not demands_of_centre(s, trig.trigger.cameo)
                   and (s.sector == implied.sector or (speech and s.kind == "country")) for s in roles.sources) \
                and not placeless_default(doc, implied, roles.sources, bounds):
            roles.targets = [implied]  # a government's own demand is not aimed at itself
    if only_advised(plover, roles.sources, roles.targets):
        return False  # "शिक्षकों ने बच्चों को कोने में छुपने के लिए कहा": advice, no political request
    return bool(roles.targets) or roles.rule != "possessor" or deploys_itself(plover, roles)


def only_advised(plover: str, sources: list[Entity], targets: list[Entity]) -> bool:
    """An event of a type ``advised_only`` names, aimed only at its groups (children) by no one of
    its political sectors: a teacher's or a scientist's counsel to children, no political request."""
    spec = advised_only()
    return plover in spec.types and bool(targets) and all(t.kind == "generic" and t.role in spec.groups for t in targets) \
        and not any(s.sector in spec.askers or s.kind == "country" for s in sources)


@dataclass(frozen=True, slots=True)
class AdvisedOnly:
    types: frozenset[str]
    groups: frozenset[str]
    askers: frozenset[str]


@cache
def advised_only() -> AdvisedOnly:
    """``advised_only`` of event_roles.yaml: its types, groups (generic_actors.tsv labels) and the
    sectors whose requests to them are politics."""
    spec = load_yaml("event_roles.yaml")["advised_only"]
    return AdvisedOnly(frozenset(spec["types"]), frozenset(spec["groups"]), frozenset(spec["askers"]))


def placeless_default(doc: Document, implied: Entity, sources: list[Entity], bounds: tuple[int, int]) -> bool:
    """The default target a sentence would get from its story's country (``implicit_actor``) for a
    demand of bodies of many states (``placeless_sectors``: the UN, the WHO) that names no one asked
    and not that country: "डब्ल्यूएचओ ने सभी देशों से अपील की है", "संयुक्त राष्ट्र प्रमुख ने वैश्विक
    युद्धविराम की अपील जारी की" in a story set in India or the United States ask nothing of its
    government; such an appeal is to the world, no event between two sides."""
    code = implied.country
    return code is not None and bool(sources) and all(not s.country and s.sector in placeless_sectors() for s in sources) \
        and code not in sentence_countries(doc, bounds)


@cache
def placeless_sectors() -> frozenset[str]:
    """``placeless_sectors`` of event_roles.yaml."""
    return frozenset(load_yaml("event_roles.yaml")["placeless_sectors"])


@cache
def self_deployed() -> tuple[frozenset[str], frozenset[str]]:
    spec = load_yaml("event_roles.yaml")["self_deployed"]
    return frozenset(spec["types"]), frozenset(spec["sectors"])


@cache
def deployed_modes() -> dict[str, str]:
    return dict(load_yaml("event_roles.yaml")["deployed_modes"])


def deploys_itself(plover: str, roles: Roles) -> bool:
    """"ईरान में सेना की तैनाती": forces told as the owners of their own deployment are its doers,
    aimed at no one (``self_deployed`` in event_roles.yaml); not a deployment of doctors."""
    types, sectors = self_deployed()
    return (plover in types and roles.rule == "possessor" and bool(roles.sources)
            and all(s.sector in sectors for s in roles.sources))


def is_self_deployment(event: Event) -> bool:
    """An event ``deploys_itself`` made: forces deploying themselves, aimed at no one."""
    types, sectors = self_deployed()
    return (event.target is None and event.type in types and event.evidence.rule.endswith(";roles:possessor")
            and event.source is not None and event.source.sector in sectors)


def names_people(targets: list[Entity]) -> bool:
    """Targets named in the text that are people (persons or groups), not a country or a place: what a
    row whose ``roles`` column says ``people`` needs ("आरोपियों पर रासुका लगाया")."""
    return bool(targets) and all(t.type not in ("GPE", "LOC") for t in targets)


def names_persons(targets: list[Entity]) -> bool:
    """Targets that are persons or people, not a body, an office or a party (sectors of
    ``persons_not`` in attacks.yaml): what a row whose ``roles`` column says ``persons`` needs
    ("युवती से छेड़छाड़", not "चुनाव आयोग से … मशीनों से छेड़छाड़")."""
    return names_people(targets) and all(t.sector not in bodies_sectors() and (t.type != "ORG" or t.kind == "generic")
                                         for t in targets)


def across_border(roles: Roles) -> bool:
    """What a row whose ``roles`` column says ``abroad`` needs: doers of known countries acting on
    another country ("नेपाल ने भारत से लगी सीमा बंद की", not a state sealing its districts' borders),
    not two countries told as a pair ("भारत-नेपाल सीमा बंद होने से": a border's name, not who closed it)."""
    if roles.rule in PAIR_NAMED:
        return False
    homes = {s.country for s in roles.sources}
    return bool(homes) and None not in homes and any(t.country and t.country not in homes for t in roles.targets)


def fits_row_doers(trig: TriggerMatch, roles: Roles) -> bool:
    """A row whose ``roles`` column names a kind of doer (``row_doers`` in event_roles.yaml) tells
    an event only when the text names its doers and all are of that kind: a crowd storming a
    building ("भीड़ सचिवालय में घुस गई", not "तेंदुआ परिसर में घुस गया" nor "आतंकी संसद परिसर में
    घुस गए"), a state or its forces pulling troops back ("चीन ने चौकियों से जवानों को हटाया", not
    "एसपी ने दो जवानों को हटा दिया"); a row that says ``named`` needs only doers the text names."""
    kind = row_doers().get(trig.trigger.roles)
    named = bool(roles.sources) and roles.rule not in IMPLIED_RULES
    if kind is None:
        return named or trig.trigger.roles != "named"  # "कैदी को जेल से छोड़ा गया": no one named frees him
    sectors, states = kind
    return named and all(s.sector in sectors or (states and s.kind == "country") for s in roles.sources)


@cache
def row_doers() -> dict[str, tuple[frozenset[str], bool]]:
    """Each kind of doer a row may need: its sectors, and whether a country acting as itself is one."""
    return {name: (frozenset(spec["sectors"]), bool(spec["states"]))
            for name, spec in load_yaml("event_roles.yaml")["row_doers"].items()}


@cache
def bodies_sectors() -> frozenset[str]:
    return frozenset(load_yaml("attacks.yaml")["persons_not"])
