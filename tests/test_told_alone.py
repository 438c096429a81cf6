"""Events told by their agent alone and the sides their rows need (``extraction/told_alone.py``,
the ``received`` rows of triggers.tsv): a refusal with no proposer named is a REJECT only of a
thing offered, asked or claimed, of a concession or of a rule; grain or doses are aid only to whom
they are sent; the owner of the units a deployment's agent sends is the force sent, not its target.

Every sentence is written for this test.
"""

from __future__ import annotations

import pytest

import ghatna
from ghatna.pipeline import Pipeline

Sides = tuple[str, str | None, str | None]


def found(text: str, pipeline: Pipeline) -> list[tuple[str, str | None, str | None, str | None]]:
    return [(e.type, e.source.country if e.source else None, e.target.country if e.target else None,
             e.target.name if e.target else None)
            for e in ghatna.extract(text, pipeline=pipeline).events if e.modality != "negated"]


@pytest.mark.parametrize(("text", "source"), [
    ("इस्लामाबाद में पाकिस्तान सरकार ने बातचीत की पेशकश ठुकरा दी।", "PAK"),  # a thing offered
    ("ईरान ने परमाणु वार्ता फिर शुरू करने से इनकार कर दिया।", "IRN"),  # talks
    ("गृह मंत्री ने नया कानून वापस लेने से इनकार किया।", "IND"),  # a concession refused
    ("उत्तर कोरिया ने घोषणा की कि वह किसी भी प्रतिबंध को नहीं मानेगा।", "PRK"),  # a rule not abided by
    ("श्रीलंका सरकार ने आपातकाल हटाने से इनकार कर दिया है।", "LKA"),
])
def test_a_refusal_told_alone(text: str, source: str, pipeline: Pipeline) -> None:
    assert source in {e[1] for e in found(text, pipeline) if e[0] == "REJECT"}


@pytest.mark.parametrize(("text", "plover"), [
    # a refusal to do anything else, whom it answers unsaid
    ("डॉक्टरों ने घायल मरीज को भर्ती करने से मना कर दिया।", "REJECT"),
    ("दुकानदार ने ग्राहकों को सामान देने से इनकार किया।", "REJECT"),
    # grain taken to market, not sent to anyone
    ("किसानों ने मंडी में गेहूं भेजा।", "AID"),
    ("व्यापारियों ने दिल्ली के बाजार में चावल भेजा।", "AID"),
    # a release from custody told of a past life, as what befell the subject
    ("वे 2013 में जेल से रिहा हुए थे और फिर राजनीति में लौटे।", "CONCEDE"),
])
def test_no_event_told_alone(text: str, plover: str, pipeline: Pipeline) -> None:
    assert plover not in {e[0] for e in found(text, pipeline)}


@pytest.mark.parametrize(("text", "plover", "source", "target"), [
    ("भारत ने अफगानिस्तान को पचास हजार टन गेहूं भेजा।", "AID", "IND", "AFG"),
    ("चीन ने लाओस के लिए टीके की बीस लाख खुराकें भेजीं।", "AID", "CHN", "LAO"),
    ("म्यांमार की सेना ने थाईलैंड के दो पत्रकारों को हिरासत से मुक्त कर दिया।", "CONCEDE", "MMR", "THA"),
])
def test_rows_with_their_sides_named(text: str, plover: str, source: str, target: str, pipeline: Pipeline) -> None:
    assert (source, target) in {(e[1], e[2]) for e in found(text, pipeline) if e[0] == plover}


@pytest.mark.parametrize(("text", "told"), [
    ("राज्य सरकार ने बाढ़ प्रभावित जिलों में एनडीआरएफ की टुकड़ी रवाना की।", True),
    ("गृह मंत्रालय ने दंगा प्रभावित जिले में अर्धसैनिक बलों की पांच टुकड़ियां रवाना कीं।", True),
    ("राज्य सरकार ने सीमावर्ती गांवों में बीएसएफ की दो टुकड़ियां तैनात कीं।", False),
])
def test_the_force_sent_is_no_target(text: str, told: bool, pipeline: Pipeline) -> None:
    events = [e for e in found(text, pipeline) if e[0] == "MOBILIZE"]
    assert events or not told
    assert not any(e[2] == e[1] and e[3] for e in events)  # no force of the sender's own country as target


def test_a_unit_sent_against_a_country_keeps_its_target(pipeline: Pipeline) -> None:
    assert ("MOBILIZE", "CHN", "TWN") in {e[:3] for e in found("चीन ने ताइवान की ओर युद्धपोत रवाना किए।", pipeline)}
