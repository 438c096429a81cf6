"""Local crime reports (issue 10): a deed between two persons of one class ("भाई ने भाई को …") is an
event between two sides of one label (``one_of_many`` in event_roles.yaml), not one side acting on
itself, unless they act on each other or on themselves; a name after a word of parentage or an
alias is a person's even when it is a country's ("पुत्र इसराइल निवासी …"); a force's action told
only by the lives it cost is its attack (``harmful_action`` in attacks.yaml)."""

from __future__ import annotations

import pytest

from ghatna.api import extract


def sides(text: str, plover: str) -> list[tuple[str | None, str | None]]:
    events = extract(text, published="2024-03-02").events
    return [(e.source.role if e.source else None, e.target.role if e.target else None)
            for e in events if e.type == plover]


@pytest.mark.parametrize(("text", "label"), [
    ("सीतापुर। जमीन के झगड़े में छोटे भाई ने बड़े भाई की हत्या कर दी।", "brother"),
    ("कानपुर। कहासुनी के बाद एक युवक ने दूसरे युवक पर चाकू से वार किया।", "young man"),
    ("बस्ती। नाली के पानी को लेकर पड़ोसी ने पड़ोसी को डंडे से पीटा।", "neighbours"),
    ("गोंडा। मेले में एक किशोर ने दूसरे किशोर को गोली मार दी।", "teenage boy"),
])
def test_a_deed_between_two_of_one_class_is_an_attack(text: str, label: str) -> None:
    assert (label, label) in sides(text, "ASSAULT"), sides(text, "ASSAULT")


@pytest.mark.parametrize("text", [
    "हरदोई। दो युवकों में आपस में मारपीट हुई और युवक ने युवक को धक्का दिया।",  # with each other
    "आगरा। झगड़े के बाद युवक ने दूसरे युवक के सामने खुद को चाकू मार लिया।",  # oneself
    "मेरठ। युवक ने युवती से मंदिर में शादी की।",  # no deed, two classes
])
def test_no_attack_of_a_class_on_itself(text: str) -> None:
    assert not [s for s in sides(text, "ASSAULT") if s[0] is not None and s[0] == s[1]], sides(text, "ASSAULT")


def test_a_mass_class_told_twice_is_not_two_persons() -> None:
    """Civilians, farmers and workers are told as a mass ("किसानों … किसानों को"): no event between them."""
    text = "लखनऊ। सरकार ने कहा कि किसानों के खाते में पैसा भेजा जाएगा और किसानों को बीज भी मिलेंगे।"
    events = extract(text, published="2024-03-02").events
    assert not [e for e in events if e.source and e.target and e.source.key == e.target.key]


@pytest.mark.parametrize(("text", "word"), [
    ("रामपुर। पुलिस ने सलीम पुत्र इसराइल निवासी कमालपुर को गिरफ्तार किया।", "इसराइल"),
    ("बदायूं। शबनम पत्नी ईरान निवासी सहसवान ने थाने में शिकायत दी।", "ईरान"),
    ("बलिया। पुलिस ने पप्पू उर्फ जापान निवासी रसड़ा को पकड़ा।", "जापान"),
])
def test_a_name_after_parentage_or_an_alias_is_no_place(text: str, word: str) -> None:
    doc = extract(text, published="2024-03-02")
    named = [e for e in doc.entities if e.type in ("GPE", "LOC") and any(m.text == word for m in e.mentions)]
    assert not named, named
    foreign = [e for e in doc.events for side in (e.source, e.target) if side is not None and side.country not in (None, "IND")]
    assert not foreign


def test_a_country_after_a_relation_told_of_someone_stays_a_country() -> None:
    doc = extract("उनकी पत्नी जापान से लौटी थीं।", published="2024-03-02")
    assert any(e.country == "JPN" for e in doc.entities)


@pytest.mark.parametrize(("text", "doer"), [
    ("बेगूसराय। पुलिस की कार्रवाई में तीन ग्रामीणों की जान गई।", "police"),
    ("पुलिस की कार्यवाही के दौरान एक मजदूर घायल हो गया।", "police"),
    ("सेना की कार्रवाई में दो ग्रामीण मारे गए।", "military"),
])
def test_a_force_action_that_cost_lives_is_its_attack(text: str, doer: str) -> None:
    assert any(src == doer for src, _ in sides(text, "ASSAULT")), sides(text, "ASSAULT")


@pytest.mark.parametrize("text", [
    "पुलिस की कार्रवाई में चार तस्कर पकड़े गए।",  # arrests, no harm
    "अदालत की कार्रवाई में दो घंटे लगे।",  # not a force
    "पुलिस की कार्रवाई में कोई घायल नहीं हुआ।",  # harm denied
    "बैंक की कार्रवाई में तीन कर्मचारियों की नौकरी गई।",  # not a force, no harm word
])
def test_action_without_harm_or_force_is_no_attack(text: str) -> None:
    events = extract(text, published="2024-03-02").events
    assert not [e for e in events if e.type == "ASSAULT"], events
