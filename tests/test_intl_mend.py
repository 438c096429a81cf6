"""Mends of the diplomatic rules (issue 10 review): what a state's genitive owns before its
partner, talks still to come, troops moved rather than withdrawn, a counterpart's sector.

- Only a meeting noun is owned so ("भारत की ईरान से बातचीत"): an agreement or alliance told
  after the partner is as often the topic of a talk or a thing broken ("X की Y से समझौते पर
  चर्चा", "X का Y से समझौता टूट गया") as a deal made.
- "X की Y से वार्ता कल होगी": the future of होना makes the talk planned.
- "सैनिकों को हटाने की योजना बनाई": the genitive after an infinitive is no past "की".
- Troops taken out need a named country or territory they leave; a converb (हटाकर) tells a move.
- A counterpart is of the sector of the one whose counterpart it is; one named for another state
  of the same country is a side ("बिहार के अपने समकक्ष": two chief ministers meet).
"""

from __future__ import annotations

import pytest

import ghatna
from ghatna.extraction.modality import modality_of
from ghatna.pipeline import Pipeline
from ghatna.text.tokens import tokenize


def found(text: str, pipeline: Pipeline) -> set[tuple[str, str | None, str | None, str]]:
    return {(e.type, e.source.country if e.source else None, e.target.country if e.target else None, e.modality)
            for e in ghatna.extract(text, pipeline=pipeline).events}


@pytest.mark.parametrize(("text", "plover"), [
    ("भारत की इजरायल से रक्षा समझौते पर चर्चा हुई।", "AGREE"),
    ("भारत की फ्रांस से राफेल सौदे पर चर्चा हुई।", "AGREE"),
    ("नेपाल का भारत से समझौता टूट गया।", "AGREE"),
    ("रूस का चीन के साथ समझौता रद्द हो गया।", "AGREE"),
    ("सपा की बसपा से गठबंधन की बात चल रही है।", "COOPERATE"),
])
def test_an_agreement_after_the_partner_is_no_deal_owned(text: str, plover: str, pipeline: Pipeline) -> None:
    assert not any(kind == plover and modality == "asserted" for kind, _, _, modality in found(text, pipeline))


@pytest.mark.parametrize(("text", "sides"), [
    ("भारत की चीन से वार्ता कल होगी।", ("IND", "CHN")),
    ("जापान की दक्षिण कोरिया से वार्ता अगले महीने होगी।", ("JPN", "KOR")),
    ("ब्राजील की अर्जेंटीना के साथ बातचीत सोमवार को होगी।", ("BRA", "ARG")),
    ("अमेरिका और ईरान की वार्ता अगले सप्ताह होगी।", ("USA", "IRN")),
])
def test_talks_that_will_be_held_are_planned(text: str, sides: tuple[str, str], pipeline: Pipeline) -> None:
    got = found(text, pipeline)
    assert ("CONSULT", *sides, "planned") in got
    assert ("CONSULT", *sides, "asserted") not in got


@pytest.mark.parametrize(("text", "sides", "modality"), [
    ("ईरान ने इराक से अपने सैनिकों को हटाने की योजना बनाई है।", ("IRN", "IRQ"), "planned"),
    ("रूस ने जॉर्जिया से अपनी सेना हटाई।", ("RUS", "GEO"), "asserted"),
    ("तुर्की ने सीरिया के दो कस्बों से अपनी सेना को हटा लिया।", ("TUR", "SYR"), "asserted"),
])
def test_troops_taken_out_of_a_named_place(text: str, sides: tuple[str, str], modality: str,
                                           pipeline: Pipeline) -> None:
    assert ("RETREAT", *sides, modality) in found(text, pipeline)


@pytest.mark.parametrize("text", [
    "सेना ने पहाड़ी चौकियों से सैनिकों को हटाकर नीचे की चौकियों पर तैनात किया।",
    "पाकिस्तान ने सीमा से सैनिकों को हटाकर दूसरे मोर्चे पर भेज दिया।",
    "सरकार ने चुनाव ड्यूटी से सेना को हटा लिया।",
    "प्रशासन ने राहत शिविरों से सेना को हटा दिया।",
])
def test_troops_moved_or_off_a_duty_are_no_withdrawal(text: str, pipeline: Pipeline) -> None:
    assert not any(kind == "RETREAT" for kind, _, _, _ in found(text, pipeline))


@pytest.mark.parametrize(("words", "first", "last", "modality"), [
    ("अमेरिका ने सीरिया से अपने सैनिकों को हटाने की योजना बनाई है", 5, 8, "planned"),
    ("कनाडा ने माली से सैनिकों को हटाने का फैसला किया", 4, 7, "asserted"),
    ("भारत ने नेपाल के साथ बैठक की", 4, 5, "asserted"),
    ("रूस यूक्रेन से सैनिकों को हटाने की घोषणा करेगा", 3, 6, "planned"),
])
def test_a_genitive_after_an_infinitive_is_no_past_verb(words: str, first: int, last: int, modality: str) -> None:
    assert modality_of(tokenize(words), first, last, len(words.split()), 0)[0] == modality


@pytest.mark.parametrize(("text", "country", "sector"), [
    ("सेना प्रमुख ने अपने पाकिस्तानी समकक्ष से बात की।", "PAK", "MIL"),
    ("भारत के सेना प्रमुख ने नेपाल के अपने समकक्ष से काठमांडू में मुलाकात की।", "NPL", "MIL"),
    ("पाकिस्तान के सेना प्रमुख ने अपने चीनी समकक्ष से फोन पर बात की।", "CHN", "MIL"),
    ("अमेरिका के विदेश मंत्री ने अपने रूसी समकक्ष से जिनेवा में मुलाकात की।", "RUS", "GOV"),
])
def test_a_counterpart_holds_the_office_of_its_side(text: str, country: str, sector: str,
                                                    pipeline: Pipeline) -> None:
    targets = {(e.target.country, e.target.sector) for e in ghatna.extract(text, pipeline=pipeline).events
               if e.type == "CONSULT" and e.target and e.target.role == "counterpart"}
    assert targets == {(country, sector)}


@pytest.mark.parametrize(("text", "plover", "places"), [
    ("उत्तर प्रदेश के मुख्यमंत्री ने बिहार के अपने समकक्ष से फोन पर बात की।", "CONSULT",
     ("Uttar Pradesh", "Bihar")),
    ("केरल के मुख्यमंत्री ने तमिलनाडु के अपने समकक्ष से चेन्नई में मुलाकात की।", "CONSULT", ("Kerala", "Tamil Nadu")),
    ("गुजरात के मुख्यमंत्री ने राजस्थान के अपने समकक्ष को पत्र लिखकर नहर का पानी छोड़ने का अनुरोध किया।", "REQUEST",
     ("Gujarat", "Rajasthan")),
])
def test_a_counterpart_of_another_state_of_the_country(text: str, plover: str, places: tuple[str, str],
                                                        pipeline: Pipeline) -> None:
    got = {(e.source.name, e.target.name, e.target.country) for e in ghatna.extract(text, pipeline=pipeline).events
           if e.type == plover and e.source and e.target}
    assert (f"{places[0]} chief minister", f"{places[1]} counterpart", "IND") in got


@pytest.mark.parametrize("text", [
    "मुख्यमंत्री ने मुंबई में अपने समकक्ष से मुलाकात की।",
    "असम के मुख्यमंत्री ने असम में अपने समकक्ष से बात की।",
])
def test_a_counterpart_of_the_same_place_is_no_side(text: str, pipeline: Pipeline) -> None:
    assert not any(e.target and e.target.role == "counterpart"
                   for e in ghatna.extract(text, pipeline=pipeline).events)
