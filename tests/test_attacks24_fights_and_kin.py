"""Attack and riot reports (issue 10): a scuffle between two groups the text counts and does not name
is a riot (GUIDELINES R19: PROTEST of mode riot; an attack as well only with a weapon or harm told,
``group_clashes.fights``); harm told after a comma and "जिसमें" is the deed's own (``harm_reach.relatives``);
a group word that only says whose attack it is ("नक्सली हमले में") is no side of an event of another
type (``attack_modifiers``); "X और उसके बेटे" are both sides harmed (``coordination.owns_next``), one
side, never a pair; uncles and nephews are kin, a knifer, a crazed lover, one accused of murder are
criminals, no names (``generic_actors.tsv``); a virus that takes lives, runs
hit in a match and a shot gone off through negligence are no attacks; a ceasefire broken ("संघर्ष विराम
तोड़ा") is an attack, no ceasefire."""

from __future__ import annotations

import pytest

from ghatna.api import extract
from ghatna.document import Entity


def label(actor: Entity | None) -> str | None:
    """A generic actor's label ("group", "uncle"), else the actor's name."""
    return None if actor is None else actor.role or actor.name


def typed(text: str) -> list[tuple[str, str | None, str | None]]:
    """(type, source label, target label) of every event of the text, the learned detector included."""
    return [(e.type, label(e.source), label(e.target)) for e in extract(text, published="2022-03-14").events]


@pytest.mark.parametrize("text", [
    "सीतापुर। खेत की मेड़ को लेकर गांव में दो गुटों में मारपीट हो गई।",
    "हाट में सब्जी के दाम को लेकर दो पक्षों के बीच हाथापाई हुई, पुलिस ने दोनों को समझाकर भेजा।",
    "होली के दिन मोहल्ले में रंग डालने पर दो गुटों में जमकर मारपीट हुई।",
])
def test_a_scuffle_between_two_groups_is_a_riot(text: str) -> None:
    found = typed(text)
    assert ("PROTEST", "group", "rival group") in found
    assert not any(kind == "ASSAULT" for kind, _s, _t in found)


@pytest.mark.parametrize("text", [
    "मुजफ्फरपुर। नाली के पानी को लेकर दो पक्षों में हुई मारपीट में पांच लोग जख्मी हो गए।",
    "रास्ते के विवाद में दो गुटों के बीच लाठी-डंडों से मारपीट हुई।",
])
def test_a_scuffle_with_weapons_or_harm_is_an_attack_as_well(text: str) -> None:
    found = typed(text)
    assert ("PROTEST", "group", "rival group") in found
    assert ("ASSAULT", "group", "rival group") in found


@pytest.mark.parametrize("text", [
    "नक्सली हमले में शहीद हुए जवानों को शहर में श्रद्धांजलि दी गई।",
    "प्रशासन ने नक्सली हमले में मारे गए ग्रामीणों के परिजनों को मुआवजा देने का ऐलान किया।",
])
def test_the_owner_of_an_attack_is_no_side_of_another_event(text: str) -> None:
    found = typed(text)
    assert not any(kind != "ASSAULT" and {"militants", "Maoists"} & {s, t} for kind, s, t in found), found


def test_the_attackers_stay_those_blamed_for_their_attack() -> None:
    found = typed("गृह मंत्री ने आतंकी हमले की कड़ी निंदा की।")
    assert any(kind == "ACCUSE" and t == "militants" for kind, _s, t in found)


@pytest.mark.parametrize(("text", "harmed"), [
    ("बदमाशों ने दुकानदार महेश यादव और उसके बेटे को लाठियों से पीटा।", "Mahesh Yadav"),
    ("हमलावरों ने पूर्व प्रधान राकेश सिंह और उनके भाई पर गोलियां चलाईं।", "Rakesh Singh"),
])
def test_a_person_and_his_kin_are_both_harmed(text: str, harmed: str) -> None:
    targets = {t for kind, _s, t in typed(text) if kind == "ASSAULT"}
    assert any(t and harmed.split()[-1] in t for t in targets) and len(targets) >= 2, targets


def test_a_person_and_his_family_are_one_side() -> None:  # a guard: the list is never a pair of sides
    found = typed("बैंक घोटाले के आरोपी कारोबारी विनोद अग्रवाल और उसके परिवार की संपत्ति जब्त")
    coerce = [(s, t) for kind, s, t in found if kind == "COERCE"]
    assert coerce and all(s and "Agarwal" not in s for s, _t in coerce), coerce


@pytest.mark.parametrize(("text", "source", "target"), [
    ("खेत के बंटवारे को लेकर चाचा ने भतीजे की हत्या कर दी।", "uncle", "nephew"),
    ("पुलिस ने बताया कि भांजे ने मामा को चाकू मार दिया।", "nephew", "uncle"),
])
def test_uncles_and_nephews_are_kin(text: str, source: str, target: str) -> None:
    assert ("ASSAULT", source, target) in typed(text)


@pytest.mark.parametrize("text", [
    "चिंता की बात यह है कि इस जानलेवा वायरस ने राज्य में अब तक 120 लोगों की जान ले ली है।",
    ("जीत के लिए कोलकाता को आखिरी तीन ओवरों में 45 रन चाहिए थे। ऐसे में रसेल ने चौकों-छक्कों की झड़ी लगा दी। "
     "18वें ओवर में बुमराह की गेंदों पर रसेल ने 24 रन पीट डाले।"),
    "गश्त के दौरान सिपाही की लापरवाही से उसकी राइफल से गोली चल गई, जिसमें एक राहगीर घायल हो गया।",
])
def test_no_attack_is_told(text: str) -> None:
    assert not any(kind == "ASSAULT" for kind, _s, _t in typed(text)), typed(text)


@pytest.mark.parametrize(("text", "target"), [
    ("कस्बे में बुधवार रात हिंसा भड़क उठी, जिसमें चार पुलिसकर्मी घायल हो गए।", "police"),
    ("ग्रामीणों ने पुलिस टीम पर पथराव किया, जिसमें दारोगा समेत तीन सिपाही जख्मी हो गए।", "police"),
])
def test_harm_told_after_a_comma_and_a_relative_is_the_deeds(text: str, target: str) -> None:
    assert any(kind == "ASSAULT" and t and target in t for kind, _s, t in typed(text)), typed(text)


@pytest.mark.parametrize("text", [
    "पाकिस्तान ने कठुआ जिले में एक बार फिर संघर्ष विराम तोड़ा।",
    "पाकिस्तानी सेना ने बुधवार रात राजौरी में सीजफायर तोड़ दिया।",
])
def test_a_ceasefire_broken_is_an_attack(text: str) -> None:
    found = [(e.type, e.source.country if e.source else None, e.target.country if e.target else None)
             for e in extract(text, published="2022-03-14").events]
    assert ("ASSAULT", "PAK", "IND") in found and not any(kind == "RETREAT" for kind, _s, _t in found), found


@pytest.mark.parametrize("text", [
    "लंदन में एक चाकूबाज ने बस स्टॉप पर खड़े लोगों पर हमला कर दिया।",
    "सिरफिरे आशिक ने कॉलेज जा रही युवती पर तेजाब फेंका।",
    "गिरफ्तारी से बचने के लिए हत्यारोपी ने दबिश देने पहुंची पुलिस पर फायरिंग कर दी।",
])
def test_words_for_criminals_are_no_names(text: str) -> None:
    doers = {s for kind, s, _t in typed(text) if kind == "ASSAULT"}
    assert doers == {"criminals"}, doers
