"""Coordinated lists: one event per member on either side, members named with their titles,
a group meeting a partner each, and a group acting on each other ("एक-दूसरे")."""

from __future__ import annotations

import pytest

import ghatna
from ghatna.document import Event
from ghatna.pipeline import Pipeline
from ghatna.settings import DEFAULT_STAGES, Settings


@pytest.fixture(scope="module", name="pipeline")
def rule_coder() -> Pipeline:
    """The rule coder alone: these tests pin the role finder, not the learned detector after it."""
    return ghatna.load(Settings(stages=tuple(s for s in DEFAULT_STAGES if s != "event_model")))


def dyads(text: str, pipeline: Pipeline) -> set[tuple[str, str | None, str | None]]:
    evs: list[Event] = ghatna.extract(text, pipeline=pipeline).events
    return {(e.type, e.source.country if e.source else None, e.target.country if e.target else None) for e in evs}


@pytest.mark.parametrize(("text", "expected"), [
    # agents each named with a title
    (("भारत के प्रधानमंत्री नरेंद्र मोदी, जापान के प्रधानमंत्री शिंजो आबे और ऑस्ट्रेलिया के प्रधानमंत्री "
      "स्कॉट मॉरिसन ने चीन की आलोचना की।"),
     {("ACCUSE", "IND", "CHN"), ("ACCUSE", "JPN", "CHN"), ("ACCUSE", "AUS", "CHN")}),
    # victims each named with a title
    ("ड्रोन हमले में ईरानी जनरल कासिम सुलेमानी और इराकी अर्धसैनिक बल के प्रमुख अबू महदी अल-मुहंदिस मारे गए।",
     {("ASSAULT", None, "IRN"), ("ASSAULT", None, "IRQ")}),
])
def test_titled_list_members_each_get_an_event(text: str, expected: set[tuple[str, str | None, str | None]],
                                               pipeline: Pipeline) -> None:
    assert expected <= dyads(text, pipeline)


def test_a_group_meets_its_partner_each(pipeline: Pipeline) -> None:
    found = dyads("जर्मनी, फ्रांस और इटली के नेताओं ने ब्रसेल्स में यूक्रेन के राष्ट्रपति वोलोदिमीर ज़ेलेंस्की से मुलाकात की।",
                  pipeline)
    assert {("CONSULT", "DEU", "UKR"), ("CONSULT", "FRA", "UKR"), ("CONSULT", "ITA", "UKR")} <= found
    assert not any(src == "DEU" and tgt in ("FRA", "ITA") for _t, src, tgt in found)


@pytest.mark.parametrize("text", [
    "भारत और बांग्लादेश ने एक-दूसरे की जेलों में बंद कैदियों की सूचियों का दूतावासों के जरिए आदान-प्रदान किया।",
    "मिस्र और जॉर्डन ने आपस में सहयोग बढ़ाने के लिए समझौता किया।",
])
def test_a_group_acting_on_each_other_pairs_its_members(text: str, pipeline: Pipeline) -> None:
    found = dyads(text, pipeline)
    pairs = {frozenset((s, t)) for _type, s, t in found}
    assert pairs and pairs <= {frozenset(("IND", "BGD")), frozenset(("EGY", "JOR"))}


def test_states_in_a_list_act_each_as_their_government(pipeline: Pipeline) -> None:
    evs: list[Event] = ghatna.extract("केरल, कर्नाटक और तमिलनाडु ने केंद्र सरकार से अतिरिक्त राशि की मांग की है।",
                                      pipeline=pipeline).events
    sources = {e.source.name for e in evs if e.type == "REQUEST" and e.source is not None}
    assert {"Government of Kerala", "Government of Karnataka", "Government of Tamil Nadu"} <= sources
    assert all(e.source is not None and e.source.sector == "GOV" and e.source.country == "IND"
               for e in evs if e.type == "REQUEST")


@pytest.mark.parametrize("text", [
    "मुख्यमंत्री ममता बनर्जी ने आरोप लगाया कि भाजपा और वामदल राज्य में हिंसा भड़का रहे हैं।",
    "कांग्रेस और वामपंथी दलों ने नए कानून के खिलाफ विरोध प्रदर्शन किया।",
])
def test_left_parties_are_an_actor(text: str, pipeline: Pipeline) -> None:
    evs: list[Event] = ghatna.extract(text, pipeline=pipeline).events
    assert any(side is not None and side.name.endswith("Left parties") for e in evs for side in (e.source, e.target))


@pytest.mark.parametrize(("text", "expected", "wrong"), [
    ("अमरीका ने जापान और दक्षिण कोरिया सहित कई देशों से चीन के खिलाफ एकजुट होने की अपील की।",
     {("REQUEST", "USA", "JPN"), ("REQUEST", "USA", "KOR")}, ("REQUEST", "USA", "CHN")),
])
def test_members_of_a_group_share_its_marker(text: str, expected: set[tuple[str, str, str]],
                                             wrong: tuple[str, str, str], pipeline: Pipeline) -> None:
    """"X और Y सहित कई देशों से": X and Y are addressed with the group, not what comes after it."""
    found = dyads(text, pipeline)
    assert expected <= found
    assert wrong not in found


def test_a_person_included_in_a_group_is_acted_on(pipeline: Pipeline) -> None:
    evs: list[Event] = ghatna.extract("पुलिस ने रमेश यादव समेत चार लोगों को गिरफ्तार किया।", pipeline=pipeline).events
    assert any(e.type == "COERCE" and e.target is not None and e.target.name == "Ramesh Yadav" for e in evs)
