"""An attack told with no attacker ("हमले में जवान शहीद", "हत्या कर दी गई") meets the report that
names him (issue 12): an attack's block leaves out the doer (``mentions.DOER_OPEN_TYPES``), the
sides keep doers of two countries apart (``sides.Side.keys``), and a report that does not
tell the doer joins one that does only by a target named alike, a copy or the words
(``merge.doer_told_once``). Hand-built mentions with sentences written for these tests."""

from __future__ import annotations

from itertools import permutations

import pytest
from merge_cases import MAOISTS

from ghatna.store import Actor, Mention, merge_events
from ghatna.store.merge import block_of, why_apart

USA, ISRAEL, IRAN = Actor("United States", "USA", "GPE"), Actor("Israel", "ISR", "GPE"), Actor("Iran", "IRN", "GPE")
SYRIA = Actor("Syria", "SYR", "GPE")
MILITIA = Actor("Kataib Hezbollah", None, "ORG", "REB")  # a named group of no country: keyed by its name
GENERAL = Actor("Qasem Soleimani", "IRN", "PERSON", "MIL", "Q1189409")
SOLDIERS = Actor("India military", "IND", "generic", "MIL")

KILLED = "अमेरिका ने बगदाद हवाई अड्डे के पास ड्रोन हमले में ईरानी जनरल को मार गिराया।"
KILLED_UNTOLD = "बगदाद हवाई अड्डे के पास हुए हवाई हमले में ईरान के शीर्ष जनरल की मौत हो गई।"
AMBUSH = "नक्सलियों ने बीजापुर के जंगल में गश्त कर रहे सुरक्षाबलों पर घात लगाकर हमला किया, 12 जवान शहीद।"
AMBUSH_UNTOLD = "बीजापुर के जंगल में गश्त कर रहे सुरक्षाबलों पर घात लगाकर किए गए हमले में 12 जवान शहीद हो गए।"
OTHER_ATTACK = "पुलवामा में सेना के शिविर पर ग्रेनेड फेंका गया, दो जवान घायल हुए।"
STRIKE = "सीरिया के हवाई अड्डे पर रात में मिसाइल हमला किया गया, कई ठिकाने तबाह हो गए।"
STRIKE_TOLD = "रात में सीरिया के हवाई अड्डे पर मिसाइल हमला किया गया, कई ठिकाने तबाह हो गए।"


def attack(article: str, source: Actor | None, target: Actor, evidence: str,
           day: str | None = "2020-01-03", published: str = "2020-01-04") -> Mention:
    return Mention(article, 0, "ASSAULT", "asserted", source, target, day, published, evidence=evidence)


def test_an_attack_with_no_attacker_is_filed_with_the_attacks_on_its_target() -> None:
    named, untold = attack("a", USA, GENERAL, KILLED), attack("b", None, GENERAL, KILLED_UNTOLD)
    assert block_of(named) == block_of(untold)
    assert block_of(attack("c", USA, SYRIA, STRIKE)) != block_of(named)  # another target, another block


@pytest.mark.parametrize(("named", "untold"), [
    # the target named alike: the general killed that day is one killing
    (attack("a", USA, GENERAL, KILLED), attack("b", None, GENERAL, KILLED_UNTOLD)),
    # a generic target, the words tell the same ambush (undated report of the next day)
    (attack("a", MAOISTS, SOLDIERS, AMBUSH), attack("b", None, SOLDIERS, AMBUSH_UNTOLD, None, "2020-01-04")),
])
def test_a_report_with_no_attacker_joins_the_report_naming_him(named: Mention, untold: Mention) -> None:
    assert len(merge_events([named, untold])) == 1
    assert len(merge_events([untold, named])) == 1
    assert why_apart(named, untold) is None


def test_another_attack_on_a_generic_target_that_day_stays_apart() -> None:
    named, other = attack("a", MAOISTS, SOLDIERS, AMBUSH), attack("b", None, SOLDIERS, OTHER_ATTACK)
    assert len(merge_events([named, other])) == 2
    assert why_apart(named, other) == "one country"


def test_a_doer_of_another_country_does_not_join_an_untold_attack_on_its_dates_alone() -> None:
    untold = attack("a", None, SYRIA, "सीरिया के उत्तर में एक बाजार पर हुए हमले में नौ नागरिक मारे गए।")
    named = attack("b", USA, SYRIA, STRIKE)
    for order in ([untold, named], [named, untold]):
        assert len(merge_events(order)) == 2
    assert why_apart(untold, named) == "one country"


def test_doers_of_two_countries_are_two_attacks_however_alike_the_words() -> None:
    one, other = attack("a", USA, SYRIA, STRIKE), attack("b", ISRAEL, SYRIA, STRIKE_TOLD)
    assert block_of(one) == block_of(other)
    assert len(merge_events([one, other])) == 2
    assert why_apart(one, other) == "source"


@pytest.mark.parametrize("order", [0, 1])
def test_a_doer_of_no_country_and_a_country_are_two_doers(order: int) -> None:
    one, other = attack("a", MILITIA, SYRIA, STRIKE), attack("b", IRAN, SYRIA, STRIKE_TOLD)
    mentions = [one, other] if order else [other, one]
    assert len(merge_events(mentions)) == 2


def test_an_untold_attack_joins_one_doer_and_the_other_doer_stays_apart() -> None:
    mentions = [attack("a", USA, SYRIA, STRIKE), attack("b", None, SYRIA, STRIKE_TOLD),
                attack("c", IRAN, SYRIA, STRIKE_TOLD, "2020-01-03", "2020-01-03")]
    for order in permutations(mentions):
        events = merge_events(order)
        assert sorted(len(e.members) for e in events) == [1, 2]
        assert not any({m.source for m in e.members} >= {USA, IRAN} for e in events)
