"""One person's acts of one day towards two offices (issue 12, ``merge.other_addressees``): a chief
minister appeals to the people to put off gatherings (one paper's addressee read as "the chief
minister") and, the same day, tells his ministers to hold no public hearings; two papers' reports of
such acts, the person named alike on one side and on the other an office told bare in each, another
in each ("India chief minister", "India minister": ``sides.Side.other_office``, the offices of
``report_sides.yaml``), are one event only when their sentences share ``MergeSettings.fewest_words``
content words (``Wording.shares_words``). One office in both, or a group ("officials", "लोगों से")
on either side, joins on the dates as before: a review meeting's directions to "ministers and
officials" are told to either. Hand-built mentions with sentences written for these tests."""

from __future__ import annotations

import pytest
from merge_cases import PEOPLE, events, mention

from ghatna.store import Actor, Mention
from ghatna.store.sides import Side, office_label

CHIEF = Actor("Test Chief Minister", "IND", "PERSON", "GOV", "ghatna:person:test-chief-minister")
MINISTERS = Actor("India minister", "IND", "generic", "GOV")
CHIEF_BARE = Actor("India chief minister", "IND", "generic", "GOV")
GOVERNOR = Actor("India governor", "IND", "generic", "GOV")
HEADMEN = Actor("India local leader", "IND", "generic", "GOV")
BARE_MINISTERS = Actor("minister", "IND", "generic", "GOV")
OFFICIALS = Actor("India officials", "IND", "generic", "GOV")
BARE_PEOPLE = Actor("civilians", "IND", "generic", "CVL")

GATHERINGS = "मुख्यमंत्री ने प्रदेश की जनता से अगले महीने तक सभी धार्मिक और सामाजिक आयोजन टालने की अपील की।"
HEARINGS = "मुख्यमंत्री ने अपने मंत्रियों को निर्देश दिया कि वे जनसुनवाई न करें और घर से ही काम करें।"
HEARINGS_AGAIN = "मंत्रियों और अफसरों से मुख्यमंत्री ने कहा कि जनसुनवाई बंद रहेगी, सब घर से काम करें।"
SESSION = "मुख्यमंत्री ने राज्यपाल से विधानसभा का विशेष सत्र बुलाने का अनुरोध किया।"
VILLAGES = "मुख्यमंत्री ने सरपंचों से कहा कि बाहर से लौटे हर व्यक्ति की सूचना प्रशासन को दें।"
MASKS = "मुख्यमंत्री ने लोगों से बाहर निकलते समय मुंह ढकने को कहा।"
REVIEW = "मुख्यमंत्री ने समीक्षा बैठक में अस्पतालों में बिस्तर बढ़ाने और जांच तेज करने के निर्देश दिए।"


def ask(article: str, target: Actor, evidence: str, day: str | None = "2020-03-20",
        published: str = "2020-03-21") -> Mention:
    return mention(article, "REQUEST", CHIEF, target, evidence, day, published)


@pytest.mark.parametrize("mentions", [
    # the appeal (its addressee read as "the chief minister") and the order to his ministers
    [ask("a", CHIEF_BARE, GATHERINGS, None), ask("b", MINISTERS, HEARINGS)],
    [ask("a", CHIEF_BARE, GATHERINGS), ask("b", BARE_MINISTERS, HEARINGS)],
    # the governor asked for a session, the ministers told to stay home
    [ask("a", GOVERNOR, SESSION), ask("b", MINISTERS, HEARINGS, None)],
    # the village heads told to report returners, the ministers told to stay home
    [ask("a", HEADMEN, VILLAGES, None), ask("b", MINISTERS, HEARINGS)],
    # the village heads and the governor
    [ask("a", HEADMEN, VILLAGES), ask("b", GOVERNOR, SESSION)],
], ids=["appeal-order-undated", "appeal-order", "governor-ministers", "headmen-ministers", "headmen-governor"])
def test_a_person_named_alike_with_other_offices_needs_words(mentions: list[Mention]) -> None:
    assert events(mentions) == {2}


@pytest.mark.parametrize("mentions", [
    # one order to his ministers told in other words, one paper's addressee read as "the chief minister"
    [ask("a", MINISTERS, HEARINGS), ask("b", CHIEF_BARE, HEARINGS_AGAIN, None)],
    # one office in both, with and without the country's name, other words: on the dates as before
    [ask("a", MINISTERS, HEARINGS), ask("b", BARE_MINISTERS, REVIEW, None)],
    # a group on one side: the review's directions to the ministers and to the officials
    [ask("a", MINISTERS, REVIEW), ask("b", OFFICIALS, HEARINGS)],
    # groups: the people in both, with and without the country's name
    [ask("a", PEOPLE, GATHERINGS), ask("b", BARE_PEOPLE, MASKS)],
], ids=["one-order", "one-office", "office-group", "people"])
def test_one_office_a_group_or_the_words_still_join(mentions: list[Mention]) -> None:
    assert events(mentions) == {1}


@pytest.mark.parametrize(("offices", "actor", "other"), [
    ({"minister"}, CHIEF_BARE, True),
    ({"chief minister"}, MINISTERS, True),
    ({"minister"}, BARE_MINISTERS, False),
    ({"minister"}, OFFICIALS, False),  # a group is no office
    (set(), CHIEF_BARE, False),  # a side with no office told
    ({"minister"}, CHIEF, False),  # a named actor is no office
], ids=["chief-minister", "minister", "bare", "group", "none", "named"])
def test_other_office(offices: set[str], actor: Actor, other: bool) -> None:
    assert Side(offices=offices).other_office(actor) is other


def test_office_label_leaves_out_the_country() -> None:
    assert [office_label(a) for a in (CHIEF_BARE, BARE_MINISTERS, OFFICIALS, PEOPLE)] == \
        ["chief minister", "minister", None, None]
