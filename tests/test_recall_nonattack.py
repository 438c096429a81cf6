"""Recall of the non-attack types (issue 10): talks about a topic with a partner, charges of
sheltering or meddling said of another party, aid promised, threats of a lesson or of a price to
pay, removal from office and trade cut off, labels of cruelty or conspiracy, a challenge to do
something (``data/triggers.tsv``); and the learned detector's roles: a threat named by its owner
("ईरान की धमकी") is the owner's, and a meeting's other side is a partner, not a topic
(``models/events/roles.py``). Every sentence differs from the lexicon row's example."""

from __future__ import annotations

import pytest
from test_roles_lists import dyads, rule_coder  # noqa: F401  (the fixture "pipeline": the rule coder alone)

import ghatna
from ghatna.document import Entity
from ghatna.extraction.roles import Slot
from ghatna.extraction.triggers import Trigger, TriggerMatch
from ghatna.models.events.roles import noun_owner, owned_source
from ghatna.pipeline import Pipeline


@pytest.mark.parametrize(("text", "dyad"), [
    ("ब्रिटेन के प्रधानमंत्री ने फ्रांस के राष्ट्रपति से यूक्रेन के मसले पर बात की।", ("CONSULT", "GBR", "FRA")),
    ("भारत के प्रधानमंत्री ने जापान के प्रधानमंत्री के साथ व्यापार पर बात की।", ("CONSULT", "IND", "JPN")),
    ("अफगानिस्तान ने कहा कि पाकिस्तान तालिबान को पनाह देता है।", ("ACCUSE", "AFG", "PAK")),
    ("ईरान ने कहा कि सऊदी अरब यमन के मामलों में दखल दे रहा है।", ("ACCUSE", "IRN", "SAU")),
    ("तुर्की ने कहा कि फ्रांस लीबिया के आंतरिक मामलों में हस्तक्षेप कर रहा है।", ("ACCUSE", "TUR", "FRA")),
    ("जापान ने फिलीपींस को तूफान राहत के लिए हर संभव सहायता का आश्वासन दिया।", ("AID", "JPN", "PHL")),
    ("ईरान ने कहा कि अमेरिका को इस हमले का खामियाजा भुगतना होगा।", ("THREATEN", "IRN", "USA")),
    ("भारत ने कहा कि वह पाकिस्तान को सबक सिखाएगा।", ("THREATEN", "IND", "PAK")),
    ("मुख्यमंत्री ने स्वास्थ्य मंत्री को पद से हटाया।", ("SANCTION", "IND", "IND")),
    ("रूस ने यूक्रेन से गेहूं का आयात बंद किया।", ("SANCTION", "RUS", "UKR")),
    ("भाजपा ने कांग्रेस को खुली बहस करने की चुनौती दी है।", ("REQUEST", "IND", "IND")),
])
def test_rows_of_the_non_attack_types(text: str, dyad: tuple[str, str, str], pipeline: Pipeline) -> None:
    assert dyad in dyads(text, pipeline)


@pytest.mark.parametrize(("text", "plover"), [
    # a topic with no partner is no meeting; the press is no partner
    ("प्रधानमंत्री ने किसानों की आय बढ़ाने की योजनाओं पर बात की।", "CONSULT"),
    ("विदेश मंत्री ने पत्रकारों से इस मुद्दे पर बात की।", "CONSULT"),
    # one's own restraint is no charge
    ("भारत ने कहा कि वह किसी देश के आंतरिक मामलों में हस्तक्षेप नहीं करता।", "ACCUSE"),
])
def test_no_event_where_the_row_tells_none(text: str, plover: str) -> None:
    """With the learned detector: it adds no event the rules rightly left out."""
    assert plover not in {e.type for e in ghatna.extract(text).events}


@pytest.mark.parametrize(("text", "dyad"), [
    ("ईरान की अमेरिका को धमकी", ("THREATEN", "IRN", "USA")),
    ("उत्तर कोरिया की जापान को चेतावनी", ("THREATEN", "PRK", "JPN")),
])
def test_a_threat_told_by_its_owner_is_the_owners(text: str, dyad: tuple[str, str, str]) -> None:
    """Headlines: the threat's owner threatens the actor it is addressed to (the detector's roles)."""
    events = ghatna.extract(text).events
    assert dyad in {(e.type, e.source and e.source.country, e.target and e.target.country) for e in events}


@pytest.mark.parametrize("text", [
    "अमेरिका ने ईरान की धमकियों को खारिज कर दिया।",
    "रूस ने अमेरिकी हमले की धमकी का विरोध किया।",
])
def test_a_threat_acted_on_by_another_is_not_the_actors(text: str) -> None:
    """A threat rejected or opposed by another agent was told before: no threat by that agent, and
    never one reversed onto the owner."""
    assert "THREATEN" not in {e.type for e in ghatna.extract(text).events}


def actor(name: str) -> Entity:
    return Entity(f"test:{name}", name, "GPE", None, name[:3].upper(), None, kind="country")


THREAT = TriggerMatch(Trigger("धमकी", ("धमकी",), "THREATEN", None, "130", -4.4, True, ""), 6, 7, 60, 70)
IRAN, USA, RUSSIA = actor("Iran"), actor("Usa"), actor("Russia")


@pytest.mark.parametrize(("slots", "owner", "source"), [
    # "ईरान की धमकी": the genitive joined to the noun owns it
    ([Slot([IRAN], 4, 5, "की", 6)], "Iran", ["Iran"]),
    # "ईरान की अमरीका को धमकी": across the one addressed
    ([Slot([IRAN], 2, 3, "की", 4), Slot([USA], 4, 5, "को", 6)], "Iran", ["Iran"]),
    # "अमरीकी धमकी": an unmarked actor word joined to the noun
    ([Slot([USA], 5, 6, "", 6)], "Usa", ["Usa"]),
    # "रूस ने ईरान की धमकी …": another agent acts on the owned threat: no source
    ([Slot([RUSSIA], 0, 1, "ने", 2), Slot([IRAN], 4, 5, "की", 6)], "Iran", []),
    # "ईरान की … को धमकी" with words between: no owner
    ([Slot([IRAN], 1, 2, "की", 3)], None, None),
])
def test_owner_of_a_threat(slots: list[Slot], owner: str | None, source: list[str] | None) -> None:
    found = noun_owner(slots, THREAT)
    assert (found.entities[0].name if found else None) == owner
    owned = owned_source(slots, THREAT)
    assert (None if owned is None else [e.name for e in owned]) == source


@pytest.mark.parametrize(("text", "dyad"), [
    ("रूस लगातार कह रहा है कि यूक्रेन ने दुनिया को गुमराह किया है।", ("ACCUSE", "RUS", "UKR")),
    ("चीन कह रहा है कि अमेरिका दुनिया में भ्रम फैला रहा है।", ("ACCUSE", "CHN", "USA")),
    ("पाकिस्तान कहता है कि भारत कश्मीर में ज्यादतियां कर रहा है।", ("ACCUSE", "PAK", "IND")),
])
def test_the_unmarked_subject_of_a_speech_verb_is_the_speaker(text: str, dyad: tuple[str, str, str],
                                                              pipeline: Pipeline) -> None:
    """"X कह रहा है कि Y ने …": X charges Y, never Y charging X."""
    found = dyads(text, pipeline)
    assert dyad in found and (dyad[0], dyad[2], dyad[1]) not in found
