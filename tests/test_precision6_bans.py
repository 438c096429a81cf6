"""Domestic precision, round 3 (issue 10): a ban on a gathering, a public event or a practice is a
policy with no actor it is aimed at, no SANCTION (GUIDELINES, "Not events"; ``banned_practices``
in modality.yaml, ``telling.bans_a_practice``); a ban aimed at people, a country's flights or a
body's funds stays a SANCTION. What is banned is not done; a habitual passive tells a practice;
resigning one seat is no concession; withdrawing papers is no retreat (triggers.tsv); a deed
mentioned in passing ("का उल्लेख करते हुए") is not told.

Every sentence is written for this test and differs from the lexicon's examples."""

from __future__ import annotations

import pytest

import ghatna
from ghatna.pipeline import Pipeline


def events(text: str, pipeline: Pipeline) -> list[tuple[str, str | None, str | None]]:
    return [(e.type, e.source.country if e.source else None, e.target.country if e.target else None)
            for e in ghatna.extract(text, pipeline=pipeline).events]


@pytest.mark.parametrize("text", [
    "संक्रमण फैलने के डर से राजस्थान सरकार ने मेलों और जुलूसों में सौ से अधिक श्रद्धालुओं के एक जगह जमा होने पर भी रोक लगाई है।",
    "महामारी के कारण केरल सरकार ने नागरिकों के विवाह समारोहों के आयोजन पर अगले आदेश तक पाबंदी लगा दी है।",
    "जिला प्रशासन ने शहर में भीड़ इकट्ठा करने पर प्रतिबंध लगा दिया है।",
    "नेपाल सरकार ने लोगों के रात में घरों से बाहर निकलने पर प्रतिबंध लगा दिया।",
    "बिहार सरकार ने श्रद्धालुओं के छठ मेले में शामिल होने पर पाबंदी लगा दी है।",
])
def test_a_ban_on_a_gathering_or_practice_is_no_sanction(text: str, pipeline: Pipeline) -> None:
    assert "SANCTION" not in {e[0] for e in events(text, pipeline)}


@pytest.mark.parametrize(("text", "source", "target"), [
    ("सिंगापुर ने भारत से पहुंचने वाली हर उड़ान पर दो हफ्ते तक रोक लगा दी है।", "SGP", "IND"),
    ("जापान ने चीन के नागरिकों के देश में आने पर प्रतिबंध लगा दिया है।", "JPN", "CHN"),
    ("अमेरिका ने विश्व स्वास्थ्य संगठन की फंडिंग पर रोक लगा दी।", "USA", None),
])
def test_a_ban_aimed_at_someone_stays_a_sanction(text: str, source: str, target: str | None,
                                                  pipeline: Pipeline) -> None:
    found = [e for e in events(text, pipeline) if e[0] == "SANCTION"]
    assert found and all(e[1] == source for e in found)
    assert target is None or target in {e[2] for e in found}


def test_what_is_banned_is_not_done(pipeline: Pipeline) -> None:
    """"रैलियों और धरनों पर रोक": the protests named as what a ban is on are not held
    (``embedded_in`` in modality.yaml takes the ban words)."""
    found = events("पंजाब सरकार ने किसानों की रैलियों और धरनों पर रोक लगा दी है।", pipeline)
    assert not [e for e in found if e[0] in ("PROTEST", "SANCTION")]


@pytest.mark.parametrize("text", [
    "चीन में ऐसे लोग अक्सर बिना मुकदमे के गिरफ्तार किए जाते हैं।",
    "इन इलाकों में हर साल सैकड़ों युवकों पर हमला किया जाता है।",
])
def test_a_habitual_passive_tells_a_practice(text: str, pipeline: Pipeline) -> None:
    """A trigger, its light verb, then "जाता/जाती/जाते है(ं)": what is done as a rule, no deed told."""
    assert events(text, pipeline) == []


def test_resigning_one_seat_is_no_concession(pipeline: Pipeline) -> None:
    assert events("भाजपा विधायक ने बाराबंकी सीट से इस्तीफा दे दिया है।", pipeline) == []
    assert "CONCEDE" in {e[0] for e in events("विपक्ष के दबाव में रेल मंत्री ने पद से इस्तीफा दे दिया।", pipeline)}


def test_withdrawing_is_a_retreat_only_for_a_protest(pipeline: Pipeline) -> None:
    """"प्रतियां वापस ले लीं" withdraws papers, no RETREAT; a strike or a movement withdrawn is one."""
    assert events("मंत्रालय ने विवादित रिपोर्ट की सभी प्रतियां वापस ले लीं।", pipeline) == []
    assert "RETREAT" in {e[0] for e in events("किसान संगठनों ने हरियाणा में अपना आंदोलन वापस ले लिया।", pipeline)}
    assert "RETREAT" in {e[0] for e in events("डॉक्टरों ने सरकार से बातचीत के बाद अपनी हड़ताल वापस ले ली।", pipeline)}


@pytest.mark.parametrize(("text", "plover"), [
    ("प्रधानमंत्री ने किसानों के लिए धन जारी करने का उल्लेख करते हुए कहा कि खेती में सुधार जारी रहेगा।", "AID"),
    ("विदेश मंत्री ने जापान के साथ हुए समझौते का उल्लेख करते हुए कहा कि व्यापार बढ़ेगा।", "AGREE"),
    ("मुख्यमंत्री ने पुलिस द्वारा तस्करों को गिरफ्तार करने का उल्लेख करते हुए कहा कि अपराध घटा है।", "COERCE"),
])
def test_a_deed_mentioned_in_passing_is_not_told(text: str, plover: str, pipeline: Pipeline) -> None:
    """"X का उल्लेख/जिक्र करते हुए": the deed is told elsewhere (``embedded_in`` takes the mention nouns)."""
    assert plover not in {e[0] for e in events(text, pipeline)}


@pytest.mark.parametrize(("text", "target"), [
    ("जिला प्रशासन ने कांग्रेस की रैली पर रोक लगा दी है।", "Q"),  # a party's rally: the party
    ("नेपाल सरकार ने काठमांडू में दलाई लामा के कार्यक्रमों पर प्रतिबंध लगा दिया है।", "ghatna:person:dalai-lama"),
    ("हाईकोर्ट ने मजदूरों के धरने पर रोक लगा दी।", "generic:"),  # a group in the genitive
    ("कुलपति ने छात्रों की सभी रैलियों पर पाबंदी लगा दी।", "generic:"),  # a quantifier between
])
def test_a_ban_on_an_actors_gathering_is_aimed_at_the_actor(text: str, target: str, pipeline: Pipeline) -> None:
    """The practice word owned by an actor in the genitive right before it: the ban is aimed at
    the actor (``telling.owned_by_actor``)."""
    found = [e for e in ghatna.extract(text, pipeline=pipeline).events if e.type in ("SANCTION", "COERCE")]
    assert found and any(e.target and (e.target.kb_id or e.target.key).startswith(target) for e in found)


def test_a_ban_on_the_publics_gathering_stays_a_policy(pipeline: Pipeline) -> None:
    """"लोगों के जमा होने पर": the public at large (``ban_public_groups``) owns no gathering."""
    text = "गुजरात सरकार ने त्योहारों पर मंदिरों में लोगों के जमा होने पर रोक लगा दी है।"
    assert "SANCTION" not in {e[0] for e in events(text, pipeline)}
