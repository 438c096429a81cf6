"""Sides of international events (issue 10, point 4), read by the whole pipeline (rules and the
learned detector's role filler):

- a group told bare that acts on a state named as a whole is not of that state ("सरकार ने
  अफगानिस्तान को गेहूं भेजा" is no Afghan aid to Afghanistan), unless the story is set there by
  the last place told up to its sentence ("बलूचिस्तान में …": the state's own people);
- a deed told inside reported speech is aimed at the actors of its own clause: the speaker and
  an audience told of it are no target ("X ने संसद को बताया कि भारत मदद भेजेगा");
- "X और Y की यात्रा" of two states names the lands visited, not a meeting between them;
- a criticism told as a happening with no critic ("X की आलोचना हो रही है") is one only of a
  side of politics, not of a player or a singer; a case filed against someone keeps its police."""

from __future__ import annotations

import pytest

import ghatna
from ghatna.pipeline import Pipeline

Dyad = tuple[str, str | None, str | None]


def dyads(text: str, pipeline: Pipeline) -> set[Dyad]:
    events = ghatna.extract(text, pipeline=pipeline).events
    return {
        (e.type, e.source.country if e.source else None, e.target.country if e.target else None)
        for e in events
    }


@pytest.mark.parametrize(
    ("text", "wrong", "right"),
    [
        ("सरकार ने अफगानिस्तान को पचास हजार टन गेहूं भेजा।", ("AID", "AFG", "AFG"), ("AID", "IND", "AFG")),
        ("सेना ने सीमा पार पाकिस्तान पर जवाबी हमला किया।", ("ASSAULT", "PAK", "PAK"), ("ASSAULT", "IND", "PAK")),
        ("प्रदर्शनकारियों ने चीन के खिलाफ जमकर नारे लगाए।", ("PROTEST", "CHN", "CHN"), ("PROTEST", "IND", "CHN")),
        (
            "विदेश मंत्री ने पत्रकारों को बताया कि सरकार श्रीलंका को दवाएं भेजेगी।",
            ("AID", "LKA", "LKA"),
            ("AID", "IND", "LKA"),
        ),
    ],
)
def test_a_bare_group_is_not_of_the_state_it_acts_on(
    text: str, wrong: Dyad, right: Dyad, pipeline: Pipeline
) -> None:
    found = dyads(text, pipeline)
    assert wrong not in found
    assert right in found


def test_a_group_in_the_state_it_acts_in_keeps_that_state(pipeline: Pipeline) -> None:
    """Where the sentence says it happens there ("अफगानिस्तान में"), the group is of that state."""
    assert ("ASSAULT", "AFG", "AFG") in dyads("अफगानिस्तान में सेना ने तालिबान के ठिकानों पर हमला किया।", pipeline)


@pytest.mark.parametrize(
    "text",
    [
        "रक्षा मंत्री ने संसद को बताया कि भारत जल्द ही मदद भेजेगा।",
        "विदेश सचिव ने लोकसभा को बताया कि भारत राहत सामग्री भेजेगा।",
    ],
)
def test_the_teller_and_the_audience_are_no_recipients(text: str, pipeline: Pipeline) -> None:
    assert ("AID", "IND", "IND") not in dyads(text, pipeline)


def test_a_recipient_in_the_told_clause_stays(pipeline: Pipeline) -> None:
    found = dyads("रक्षा मंत्री ने संसद को बताया कि भारत नेपाल को मदद भेजेगा।", pipeline)
    assert ("AID", "IND", "NPL") in found


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "प्रधानमंत्री नरेंद्र मोदी अगले सप्ताह जापान और वियतनाम की यात्रा पर जाएंगे।",
            {("CONSULT", "IND", "JPN"), ("CONSULT", "IND", "VNM")},
        ),
        (
            "राष्ट्रपति अगले महीने मिस्र और जॉर्डन की यात्रा पर रवाना होंगे।",
            {("CONSULT", "IND", "EGY"), ("CONSULT", "IND", "JOR")},
        ),
    ],
)
def test_states_visited_are_no_pair(text: str, expected: set[Dyad], pipeline: Pipeline) -> None:
    found = dyads(text, pipeline)
    assert expected <= found
    listed = sorted(c for _, _, c in expected if c)
    assert not {("CONSULT", listed[0], listed[1]), ("CONSULT", listed[1], listed[0])} & found


def test_two_states_meeting_stay_a_pair(pipeline: Pipeline) -> None:
    assert ("CONSULT", "IND", "CHN") in dyads("भारत और चीन की बातचीत बेनतीजा रही।", pipeline)


@pytest.mark.parametrize(
    ("text", "criticised"),
    [
        ("पाकिस्तानी कप्तान बाबर आजम की खूब आलोचना हो रही है।", None),
        ("ऑस्ट्रेलियाई गेंदबाज मिचेल स्टार्क की आलोचना हो रही है।", None),
        ("ब्रिटिश गायक एड शीरन की आलोचना हो रही है।", None),
        ("प्रधानमंत्री नरेंद्र मोदी की आलोचना हो रही है।", "IND"),
        ("चीन की कड़ी आलोचना हो रही है।", "CHN"),
    ],
)
def test_an_unnamed_critic_criticises_only_a_side_of_politics(
    text: str, criticised: str | None, pipeline: Pipeline
) -> None:
    targets = {t for kind, _, t in dyads(text, pipeline) if kind == "ACCUSE"}
    assert targets == ({criticised} if criticised else set())


def test_a_case_filed_against_a_named_person_keeps_its_police(pipeline: Pipeline) -> None:
    assert {
        kind for kind, _, _ in dyads("लॉकडाउन तोड़ने पर गायक सोनू राठौर के खिलाफ मामला दर्ज किया गया।", pipeline)
    } == {"ACCUSE"}


@pytest.mark.parametrize(
    "text",
    [
        "बलूचिस्तान में हजारों लोग सड़कों पर उतरे। प्रदर्शनकारियों ने पाकिस्तान के खिलाफ नारे लगाए। भारत ने इस पर कोई टिप्पणी नहीं की।",
        "ल्हासा में तिब्बती भिक्षुओं ने रैली निकाली। प्रदर्शनकारियों ने चीन के खिलाफ नारे लगाए। भारत ने कुछ नहीं कहा।",
    ],
)
def test_a_group_in_a_story_set_in_the_state_it_acts_on_is_not_made_indian(text: str, pipeline: Pipeline) -> None:
    """The story is set in the state acted on ("बलूचिस्तान में"): its protesters are its own
    people, though the article names India elsewhere."""
    assert not {(kind, src) for kind, src, _ in dyads(text, pipeline)} & {("PROTEST", "IND")}


def test_a_told_deed_pointing_back_at_the_speaker_is_aimed_at_them() -> None:
    """"उनसे" in the told clause is the speaker: the talks hoped for are with the farmers."""
    doc = ghatna.extract("किसान नेताओं ने उम्मीद जताई कि सरकार उनसे बातचीत करेगी।", html=False)
    assert [(e.type, e.target.name if e.target else None) for e in doc.events] == [("CONSULT", "farmers")]


@pytest.mark.parametrize(("text", "target"), [
    # whom the speaker tells is no recipient of the aid told in the clause (review of c2a9853)
    ("विदेश मंत्री ने पत्रकारों को बताया कि भारत दवाएं भेजेगा।", None),  # aid to no one named: none
    ("विदेश मंत्री ने पत्रकारों को बताया कि भारत नेपाल को दवाएं भेजेगा।", "Nepal"),
    # told with no speech, the journalists are the recipients
    ("राज्य सरकार ने पत्रकारों को राहत राशि दी।", "journalists"),
])
def test_the_one_told_is_no_recipient_of_aid(text: str, target: str | None) -> None:
    doc = ghatna.extract(text, html=False)
    assert [e.target.name if e.target else None for e in doc.events if e.type == "AID"] == ([target] if target else [])
