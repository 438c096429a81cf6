"""A body named alike on one side only (issue 12, ``retelling.institution_alike``): a ministry writes to
the states, or a police force files cases, many times a day, so two papers' reports of "the home
ministry asked the states ..." on one day are one event only when their sentences share
``MergeSettings.fewest_words`` content words (``Wording.shares_words``), whatever their numbers; a
person named alike, or a body named alike on both sides, joins as before. The words that name the
sides and those any report of a body's letter uses (``wording.stock_words``: "गृह", "राज्य", "पत्र",
"लिखकर") are no such words. Hand-built mentions with sentences written for these tests."""

from __future__ import annotations

import pytest
from merge_cases import MINISTRY, STATES, WORKERS, events, mention

from ghatna.store import Actor, Mention
from ghatna.store.mentions import MergeSettings
from ghatna.store.wording import Wording

RAILWAYS = Actor("Ministry of Railways", "IND", "ORG", "GOV", "ghatna:india:railways")
MINISTER = Actor("Amit Shah", "IND", "PERSON", "GOV", "ghatna:person:amit-shah")

# one letter told by two papers: "मोहल्ला", "दुकान", "खोलने", "छूट" shared, other numbers
SHOPS = "गृह मंत्रालय ने 25 अप्रैल को राज्यों को पत्र लिखकर मोहल्लों की दुकानें खोलने की छूट दी।"
SHOPS_AGAIN = "गृह मंत्रालय ने राज्यों को पत्र भेजकर कहा कि आधे कर्मचारियों के साथ मोहल्लों की दुकानें खोलने की छूट होगी।"
# another letter of that day
MASKS = "मंत्रालय ने सभी राज्यों से सार्वजनिक जगहों पर मास्क पहनना अनिवार्य करने को कहा।"
BUSES = "केंद्र ने फंसे मजदूरों को बसों से उनके गांव पहुंचाने की इजाजत दे दी।"
TRAINS = "रेल मंत्रालय ने विशेष रेलगाड़ियों से मजदूरों को घर भेजने की मंजूरी दी।"
# letters of the ministry to the states on one day sharing only the words of any such letter
CAMPS = "गृह मंत्रालय ने राज्यों को पत्र लिखकर प्रवासी मजदूरों के लिए राहत शिविर खोलने को कहा।"
OXYGEN = "गृह मंत्रालय ने हर राज्य को पत्र लिखकर अस्पतालों में ऑक्सीजन की पर्याप्त आपूर्ति पक्की करने का निर्देश दिया।"
MARKETS = "गृह मंत्रालय ने राज्यों को भेजे पत्र में कहा कि मंडियों में किसानों की भीड़ न लगने दी जाए।"
WEDDINGS = "केंद्रीय गृह मंत्रालय ने राज्य सरकारों को चिट्ठी लिखकर शादियों में पचास से ज्यादा मेहमान न बुलाने का आदेश दिया।"
# one letter in two papers: the same advisory on wages, told in other words
WAGES = "गृह मंत्रालय ने राज्यों को लिखे पत्र में कहा कि कारखाने बंदी के दिनों की पूरी मजदूरी कामगारों को दें।"
WAGES_AGAIN = "मंत्रालय ने राज्यों से कहा कि बंदी के दिनों में भी कारखाने कामगारों को पूरी मजदूरी दें, कटौती न हो।"


def ask(article: str, source: Actor, target: Actor, evidence: str, day: str | None = "2020-04-25",
        published: str = "2020-04-26", kind: str = "REQUEST") -> Mention:
    return mention(article, kind, source, target, evidence, day, published)


@pytest.mark.parametrize("mentions", [
    # two letters of one ministry to the states on one day, other words
    [ask("a", MINISTRY, STATES, SHOPS), ask("b", MINISTRY, STATES, MASKS)],
    # one undated
    [ask("a", MINISTRY, STATES, SHOPS), ask("b", MINISTRY, STATES, MASKS, None)],
    # a permission for buses and one for trains, told a day apart
    [ask("a", MINISTRY, WORKERS, BUSES, None, "2020-04-30", "CONCEDE"),
     ask("b", MINISTRY, WORKERS, TRAINS, "2020-04-30", "2020-05-01", "CONCEDE")],
    # two letters sharing "गृह", "राज्य", "पत्र", "लिखकर" and nothing of what they ask
    [ask("a", MINISTRY, STATES, CAMPS), ask("b", MINISTRY, STATES, OXYGEN)],
    [ask("a", MINISTRY, STATES, CAMPS), ask("b", MINISTRY, STATES, MARKETS, None)],
    [ask("a", MINISTRY, STATES, OXYGEN), ask("b", MINISTRY, STATES, WEDDINGS)],
    [ask("a", MINISTRY, STATES, WEDDINGS, None), ask("b", MINISTRY, STATES, CAMPS)],
])
def test_a_body_named_alike_on_one_side_needs_words(mentions: list[Mention]) -> None:
    assert events(mentions) == {2}


@pytest.mark.parametrize("mentions", [
    # one letter in other words and other numbers
    [ask("a", MINISTRY, STATES, SHOPS), ask("b", MINISTRY, STATES, SHOPS_AGAIN, None)],
    [ask("a", MINISTRY, STATES, WAGES), ask("b", MINISTRY, STATES, WAGES_AGAIN, None)],
    # a person named alike: as before
    [ask("a", MINISTER, STATES, SHOPS), ask("b", MINISTER, STATES, MASKS)],
    # a body named alike on both sides
    [ask("a", MINISTRY, RAILWAYS, BUSES), ask("b", MINISTRY, RAILWAYS, TRAINS)],
])
def test_words_a_person_or_both_sides_still_join(mentions: list[Mention]) -> None:
    assert events(mentions) == {1}


@pytest.mark.parametrize(("first", "second", "shared"), [
    (CAMPS, OXYGEN, False),  # the words of a letter and of its sides only
    (CAMPS, MARKETS, False),
    (WAGES, WAGES_AGAIN, True),
], ids=["camps-oxygen", "camps-markets", "one-letter"])
def test_shares_words_leaves_out_the_sides_and_a_letters_words(first: str, second: str, shared: bool) -> None:
    words = Wording(MergeSettings())
    assert words.shares_words(ask("a", MINISTRY, STATES, first), ask("b", MINISTRY, STATES, second)) is shared
