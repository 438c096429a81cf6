"""A body named alike on one side only (issue 12, ``merge.institution_alike``): a ministry writes to
the states, or a police force files cases, many times a day, so two papers' reports of "the home
ministry asked the states ..." on one day are one event only when their sentences share
``MergeSettings.fewest_words`` content words (``Wording.shares_words``), whatever their numbers; a
person named alike, or a body named alike on both sides, joins as before. Hand-built mentions with
sentences written for these tests."""

from __future__ import annotations

from itertools import permutations

import pytest

from ghatna.store import Actor, Mention, merge_events

MINISTRY = Actor("Ministry of Home Affairs (India)", "IND", "ORG", "GOV", "ghatna:india:mha")
RAILWAYS = Actor("Ministry of Railways", "IND", "ORG", "GOV", "ghatna:india:railways")
MINISTER = Actor("Amit Shah", "IND", "PERSON", "GOV", "ghatna:person:amit-shah")
STATES = Actor("India state government", "IND", "generic", "GOV")
WORKERS = Actor("India workers", "IND", "generic", "CVL")

# one letter told by two papers: "पत्र", "राज्य", "दुकान", "खोल" shared, other numbers
SHOPS = "गृह मंत्रालय ने 25 अप्रैल को राज्यों को पत्र लिखकर मोहल्लों की दुकानें खोलने की छूट दी।"
SHOPS_AGAIN = "गृह मंत्रालय ने राज्यों को पत्र भेजकर कहा कि आधे कर्मचारियों के साथ पड़ोस की दुकानें खोली जा सकेंगी।"
# another letter of that day
MASKS = "मंत्रालय ने सभी राज्यों से सार्वजनिक जगहों पर मास्क पहनना अनिवार्य करने को कहा।"
BUSES = "केंद्र ने फंसे मजदूरों को बसों से उनके गांव पहुंचाने की इजाजत दे दी।"
TRAINS = "रेल मंत्रालय ने विशेष रेलगाड़ियों से मजदूरों को घर भेजने की मंजूरी दी।"


def ask(article: str, source: Actor, target: Actor, evidence: str, day: str | None = "2020-04-25",
        published: str = "2020-04-26", kind: str = "REQUEST") -> Mention:
    return Mention(article, 0, kind, "asserted", source, target, day, published, evidence=evidence)


def events(mentions: list[Mention]) -> set[int]:
    return {len(merge_events(order)) for order in permutations(mentions)}


@pytest.mark.parametrize("mentions", [
    # two letters of one ministry to the states on one day, other words
    [ask("a", MINISTRY, STATES, SHOPS), ask("b", MINISTRY, STATES, MASKS)],
    # one undated
    [ask("a", MINISTRY, STATES, SHOPS), ask("b", MINISTRY, STATES, MASKS, None)],
    # a permission for buses and one for trains, told a day apart
    [ask("a", MINISTRY, WORKERS, BUSES, None, "2020-04-30", "CONCEDE"),
     ask("b", MINISTRY, WORKERS, TRAINS, "2020-04-30", "2020-05-01", "CONCEDE")],
])
def test_a_body_named_alike_on_one_side_needs_words(mentions: list[Mention]) -> None:
    assert events(mentions) == {2}


@pytest.mark.parametrize("mentions", [
    # one letter in other words and other numbers
    [ask("a", MINISTRY, STATES, SHOPS), ask("b", MINISTRY, STATES, SHOPS_AGAIN, None)],
    # a person named alike: as before
    [ask("a", MINISTER, STATES, SHOPS), ask("b", MINISTER, STATES, MASKS)],
    # a body named alike on both sides
    [ask("a", MINISTRY, RAILWAYS, BUSES), ask("b", MINISTRY, RAILWAYS, TRAINS)],
])
def test_words_a_person_or_both_sides_still_join(mentions: list[Mention]) -> None:
    assert events(mentions) == {1}
