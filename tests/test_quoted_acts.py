"""A speaker's own act told in the first person inside a direct quote is coded, with the speaker
the quote stage found as its source; every other trigger of a quote stays dropped (written sentences)."""

from __future__ import annotations

import pytest
from test_roles_lists import rule_coder  # noqa: F401  (the fixture "pipeline": the rule coder alone)

import ghatna
from ghatna.pipeline import Pipeline

Dyad = tuple[str, str | None, str | None]


def dyads(text: str, pipeline: Pipeline) -> set[Dyad]:
    evs = ghatna.extract(text, pipeline=pipeline).events
    return {(e.type, e.source.name if e.source else None, e.target.name if e.target else None) for e in evs}


@pytest.mark.parametrize(("text", "expected"), [
    # the speaker named after the quote
    ('"हम भारत की इस कार्रवाई की कड़ी निंदा करते हैं," पाकिस्तान के प्रधानमंत्री इमरान खान ने कहा।',
     ("ACCUSE", "Imran Khan", "India")),
    # the speaker named before it; a bare "मैं" opening the quote
    ('प्रधानमंत्री नरेंद्र मोदी ने कहा, "मैं सभी देशवासियों से अपील करता हूं कि वे घरों में रहें।"',
     ("REQUEST", "Narendra Modi", "India civilians")),
    # "हमने" with its own agent mark
    ('इमरान खान ने कहा, "हमने भारत को चेतावनी दी है कि वह कोई दुस्साहस न करे।"',
     ("THREATEN", "Imran Khan", "India")),
    # no pronoun: "हूं" tells the first person singular, the speaker named after the quote
    ('"सभी देशवासियों से अपील करता हूं कि वे घरों में रहें," प्रधानमंत्री नरेंद्र मोदी ने कहा।',
     ("REQUEST", "Narendra Modi", "India civilians")),
    ('इमरान खान ने कहा, "भारत की इस कार्रवाई की कड़ी निंदा करता हूं।"', ("ACCUSE", "Imran Khan", "India")),
    # the future singular "-ूंगा"
    ('इमरान खान ने कहा, "भारत के इस कदम का विरोध करूंगा।"', ("ACCUSE", "Imran Khan", "India")),
    # "और" goes on with the same subject
    ('इमरान खान ने कहा, "हम चीन का आभार जताते हैं और भारत से बातचीत की अपील करते हैं।"',
     ("REQUEST", "Imran Khan", "India")),
])
def test_a_first_person_act_in_a_quote_is_the_speakers(text: str, expected: Dyad, pipeline: Pipeline) -> None:
    found = dyads(text, pipeline)
    assert expected in found, found


@pytest.mark.parametrize("text", [
    # a question asks, it tells no act
    'इमरान खान ने कहा, "क्या हम भारत की निंदा करते हैं?"',
    # "हम पर": the first person is whom it befell, not who did it
    '"हम पर हमला किया गया," इमरान खान ने कहा।',
    # what "we" heard of is another's deed: "कि" opens a clause of its own
    '"हमने सुना है कि कल सीमा पर गोलीबारी हुई," इमरान खान ने कहा।',
    '"हम जानते हैं कि भारत की निंदा हुई है," इमरान खान ने कहा।',
    # a clause another verb rules: what someone thought "we" did
    'इमरान खान ने कहा, "उन्हें लगता था कि हम भारत से बातचीत कर रहे हैं।"',
    # what may be is no act done
    'इमरान खान ने कहा, "हम भारत से मदद मांग सकते हैं।"',
    # a wish is no act
    '"हम चाहते हैं कि भारत से बातचीत हो," इमरान खान ने कहा।',
    # "करते हैं" is they, or one honoured: no first person without a pronoun
    'इमरान खान ने कहा, "भारत की इस कार्रवाई की कड़ी निंदा करते हैं।"',
    # "हूं" of a clause a time opens
    'इमरान खान ने कहा, "जब भी भारत से बातचीत की अपील करता हूं, वे हंसते हैं।"',
    # "हूं" of another verb: a subject before the trigger, or a clause after its verb group
    'इमरान खान ने कहा, "चीन से बातचीत हुई है खुश हूं।"',
    'इमरान खान ने कहा, "भारत की निंदा हुई मैं खुश हूं।"',
    'इमरान खान ने कहा, "भारत ने हमारी निंदा की, मैं यह जानता हूं।"',
    # a condition: the act is still to be, and only if
    '"अगर भारत ने हमला किया तो हम जवाब देंगे," इमरान खान ने कहा।',
])
def test_other_triggers_of_a_quote_stay_dropped(text: str, pipeline: Pipeline) -> None:
    assert not any(e[1] == "Imran Khan" for e in dyads(text, pipeline))


def test_a_speaker_only_guessed_tells_nothing(pipeline: Pipeline) -> None:
    # no speech verb around the quote: its speaker is the last person who acted, a guess
    text = 'इमरान खान ने संसद में भारत पर आरोप लगाए। "हम भारत से बातचीत की अपील करते हैं।"'
    assert not any(e[0] == "REQUEST" for e in dyads(text, pipeline))


def test_a_speaker_the_coder_cannot_place_tells_nothing(pipeline: Pipeline) -> None:
    # a name the knowledge base lacks, of no country: no side to code
    text = 'रमेश चंद्रकांत ने कहा, "मैं सभी लोगों से घरों में रहने की अपील करता हूं।"'
    assert not any(e[0] == "REQUEST" for e in dyads(text, pipeline))


def test_an_act_of_a_dropped_singular_subject_to_be_is_planned(pipeline: Pipeline) -> None:
    evs = ghatna.extract('इमरान खान ने कहा, "भारत के इस कदम का विरोध करूंगा।"', pipeline=pipeline).events
    assert [e.modality for e in evs if e.type == "ACCUSE"] == ["planned"]
