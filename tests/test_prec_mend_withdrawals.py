"""Review of the precision commits (issue 10), mended: a demand to resign is made of the office
holder; a decision is withdrawn only by "वापस" with a form of लेना (or "रद्द" … with its light
verb), read past the "पर" of a state to go into as an announcement is, and not when negated; a से
in a कि clause marks an origin only before a verb of coming or after a place. All sentences are
written for these tests."""

from __future__ import annotations

import pytest

import ghatna
from ghatna.extraction.modality import load_modality, withdrawn
from ghatna.text.tokens import tokenize


def pairs(text: str, plover: str) -> list[tuple[str | None, str | None]]:
    return [(e.target.name if e.target else None, e.target.country if e.target else None)
            for e in ghatna.extract(text).events if e.type == plover]


def modalities(text: str, plover: str) -> list[str]:
    return [e.modality for e in ghatna.extract(text).events if e.type == plover]


@pytest.mark.parametrize(("text", "target"), [
    ("राजद ने शिक्षा मंत्री के इस्तीफे की मांग की।", "India minister"),
    ("तृणमूल कांग्रेस ने रेल मंत्री के इस्तीफे की मांग की।", "India minister"),
    ("विपक्षी दलों ने मुख्यमंत्री के इस्तीफे की मांग की है।", "India chief minister"),
    ("विपक्ष ने गृह मंत्री के इस्तीफे की मांग की।", "India home minister"),
])
def test_resignation_is_demanded_of_the_office_holder(text: str, target: str) -> None:
    assert pairs(text, "REQUEST") == [(target, "IND")]


@pytest.mark.parametrize("text", [
    # back, not taken back: the decision is applied to people come back
    "सरकार ने किसानों को मुआवजा देने का निर्णय वापस आए प्रवासियों के लिए भी लागू किया।",
    "प्रशासन ने बच्चों को मुफ्त किताबें देने का फैसला वापस लौटे परिवारों के लिए भी लागू किया।",
])
def test_back_without_taking_is_no_withdrawal(text: str) -> None:
    assert "negated" not in modalities(text, "AID")


@pytest.mark.parametrize("text", [
    # the state to go into stands between the protest and its infinitive
    "नर्सों ने हड़ताल पर उतरने का फैसला वापस ले लिया।",
    "वकीलों ने अनशन पर जाने का निर्णय वापस लिया।",
    "किसान यूनियन ने धरना शुरू करने का ऐलान वापस ले लिया।",
    "शिक्षकों ने अनशन पर बैठने का फैसला वापस ले लिया है।",
])
def test_decision_withdrawn_past_the_state_marker_is_negated(text: str) -> None:
    assert modalities(text, "PROTEST") == ["negated"]


@pytest.mark.parametrize(("text", "deed", "expected"), [
    ("यूनियन ने हड़ताल करने का फैसला वापस नहीं लिया।", "हड़ताल", None),
    ("बोर्ड ने परीक्षा रोकने का आदेश रद्द नहीं किया।", "रोकने", None),
    ("संघ ने आंदोलन करने का ऐलान वापस न लेने की बात कही।", "आंदोलन", None),
    ("यूनियन ने हड़ताल करने का फैसला वापस ले लिया।", "हड़ताल", "वापस"),
    ("बोर्ड ने परीक्षा रोकने का आदेश रद्द कर दिया।", "रोकने", "रद्द"),
    ("जिलाधिकारी ने दुकानें सील करने के आदेश को निरस्त कर दिया।", "सील", "निरस्त"),
])
def test_withdrawal_word_needs_its_verb_and_no_negation(text: str, deed: str, expected: str | None) -> None:
    tokens = tokenize(text)
    last = next(k for k, t in enumerate(tokens) if t.text == deed) + 1
    assert withdrawn(tokens, last, load_modality()) == expected


@pytest.mark.parametrize(("text", "target"), [
    # a से of a partner in the clause: the one the charge is about
    ("विधायक ने आरोप लगाया कि पुलिस से अपराधियों की सांठगांठ है।", "police"),
    ("सरपंच ने आरोप लगाया कि पुलिस से शराब माफिया की मिलीभगत है।", "police"),
    ("कांग्रेस नेता ने आरोप लगाया कि सेना से आतंकवादियों की सांठगांठ है।", "military"),
])
def test_partner_marked_se_in_a_charge_clause_is_its_target(text: str, target: str) -> None:
    names = [name for name, _ in pairs(text, "ACCUSE")]
    assert len(names) == 1 and (names[0] or "").endswith(target)


@pytest.mark.parametrize("text", [
    # an origin before a verb of coming names no target
    "मंत्रालय ने राज्यों से कहा कि ब्रिटेन और जर्मनी से आने वाले यात्रियों की जांच हो।",
    "स्वास्थ्य विभाग ने जिलों से कहा कि चीन से लौटे छात्रों की निगरानी की जाए।",
])
def test_origin_before_a_verb_of_coming_is_no_target(text: str) -> None:
    events = ghatna.extract(text).events
    assert not any(e.target and e.target.country in ("GBR", "DEU", "CHN") for e in events)
