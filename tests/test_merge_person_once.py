"""A deed done to one named person once (``MergeSettings.person_once``: a killing), told by papers
that date it days apart (one by the strike's day, one by a reaction "a day after" it, one wrongly):
one event when the target is that person named alike and told dead in both and the words tell it,
not by the person's name alone (issue 12). Hand-built mentions with sentences written for these tests."""

from __future__ import annotations

import pytest

from ghatna.store import Actor, Mention, merge_events
from ghatna.store.evidence import tells_death
from ghatna.store.merge import MergeSettings

ISRAEL = Actor("Israel", "ISR", "GPE", None, "Q801")
NASRALLAH = Actor("Hassan Nasrallah", "LBN", "PERSON", None, "ghatna:person:hassan-nasrallah")
QASSEM = Actor("Naim Qassem", "LBN", "PERSON", None, "ghatna:person:naim-qassem")
HEZBOLLAH = Actor("Hezbollah", "LBN", "ORG", "REB", "ghatna:org:hezbollah")

KILLED = "इस्राइल ने शुक्रवार को बेरूत के दक्षिणी इलाके में भीषण हवाई हमले में हसन नसरल्लाह को मार गिराया।"
AFTER = "बेरूत के दक्षिणी इलाके में इस्राइली हवाई हमले में नसरल्लाह के मारे जाने के एक दिन बाद लेबनान में शोक रहा।"
NAME_ONLY = "इस्राइल ने कहा कि नसरल्लाह के साथियों पर उसकी कार्रवाई जारी रहेगी।"
SURVIVED = "इस्राइल ने शुक्रवार को बेरूत के दक्षिणी इलाके में भीषण हवाई हमले में हसन नसरल्लाह को निशाना बनाया।"
SURVIVED_AFTER = "बेरूत के दक्षिणी इलाके में इस्राइली हवाई हमले में नसरल्लाह को निशाना बनाए जाने के एक दिन बाद लेबनान में तनाव रहा।"


def attack(article: str, target: Actor, date: str | None, published: str, evidence: str) -> Mention:
    return Mention(article, 0, "ASSAULT", "asserted", ISRAEL, target, date, published, evidence=evidence)


CASES = [
    ("one killing, the other paper dated by the reaction three days on",
     [attack("a", NASRALLAH, "2024-09-27", "2024-09-28", KILLED), attack("b", NASRALLAH, "2024-09-30", "2024-10-01", AFTER)], 1),
    ("no date of its own, published five days on: beyond the three days a late report reaches",
     [attack("a", NASRALLAH, "2024-09-27", "2024-09-28", KILLED), attack("b", NASRALLAH, None, "2024-10-02", AFTER)], 2),
    ("four days apart: two events", [attack("a", NASRALLAH, "2024-09-27", "2024-09-28", KILLED),
                                     attack("b", NASRALLAH, "2024-10-01", "2024-10-01", AFTER)], 2),
    ("another person", [attack("a", NASRALLAH, "2024-09-27", "2024-09-28", KILLED),
                        attack("b", QASSEM, "2024-09-30", "2024-10-01", AFTER)], 2),
    ("a group, not one person: attacked many times", [attack("a", HEZBOLLAH, "2024-09-27", "2024-09-28", KILLED),
                                                      attack("b", HEZBOLLAH, "2024-09-30", "2024-10-01", AFTER)], 2),
    ("an attack he survived may be followed by another: no report tells him dead",
     [attack("a", NASRALLAH, "2024-09-27", "2024-09-28", SURVIVED),
      attack("b", NASRALLAH, "2024-09-30", "2024-10-01", SURVIVED_AFTER)], 2),
    ("the person's name alone is no evidence", [attack("a", NASRALLAH, "2024-09-27", "2024-09-28", KILLED),
                                                attack("b", NASRALLAH, "2024-09-30", "2024-10-01", NAME_ONLY)], 2),
]


@pytest.mark.parametrize(("case", "mentions", "events"), CASES, ids=[c[0] for c in CASES])
def test_a_person_harmed_once(case: str, mentions: list[Mention], events: int) -> None:
    assert len(merge_events(mentions)) == events, case
    assert len(merge_events(mentions[::-1])) == events, case


def test_person_once_is_a_setting_of_the_types_it_holds() -> None:
    mentions = CASES[0][1]
    assert len(merge_events(mentions, MergeSettings(person_once=frozenset()))) == 2
    other = [Mention(m.article_id, 0, "COERCE", "asserted", m.source, m.target, m.date, m.published, evidence=m.evidence)
             for m in mentions]
    assert len(merge_events(other)) == 2  # an arrest is not in the set: a man may be detained twice


def test_the_event_keeps_the_day_most_reports_give() -> None:
    first = [attack(f"a{i}", NASRALLAH, "2024-09-27", "2024-09-28", KILLED) for i in range(2)]
    (event,) = merge_events([*first, attack("b", NASRALLAH, "2024-09-30", "2024-10-01", AFTER)])
    assert (str(event.span.lo), str(event.span.hi)) == ("2024-09-27", "2024-09-27")


@pytest.mark.parametrize(("sentence", "dead"), [
    ("हवाई हमले में कमांडर मारा गया।", True), ("उसकी हत्या कर दी गई।", True), ("हमले में उसकी मौत हो गई।", True),
    ("महामारी के बीच हमला हुआ।", False), ("मारपीट में वह घायल हुआ।", False), ("मार्च में हमला हुआ।", False)])
def test_a_death_is_told_by_whole_words(sentence: str, dead: bool) -> None:
    assert tells_death(sentence) is dead


# Review of b514597: a death word anywhere in the sentence is no death of the target. An attempt
# on his life ("हत्या की कोशिश"), his driver's or gunner's death, or an attack told as done again
# ("दोबारा हमला") leave two attacks on one man two days apart two events.
EX_MLA = Actor("Rampal Singh Yadav", "IND", "PERSON", None, "ghatna:person:rampal-singh-yadav")
ATTEMPT_MONDAY = "सोमवार शाम बाइक सवार बदमाशों ने पूर्व विधायक रामपाल सिंह यादव की हत्या की कोशिश की, वे बाल-बाल बचे।"
ATTEMPT_WEDNESDAY = "बुधवार को पूर्व विधायक रामपाल यादव की हत्या का प्रयास हुआ जिसमें उनका गनर घायल हो गया।"
DRIVER_DEAD = "पूर्व विधायक रामपाल सिंह यादव पर सोमवार को हुए हमले में उनके ड्राइवर की मौत हो गई।"
GUNNER_DEAD = "पूर्व विधायक रामपाल यादव की गाड़ी पर हुए हमले में उनके गनर की मौत हो गई, वे घायल हैं।"
AGAIN_GUNNER_DEAD = "पूर्व विधायक रामपाल यादव पर दोबारा हमला, गोलीबारी में गनर की मौत।"
HE_DIED = "सोमवार को हुए हमले में पूर्व विधायक रामपाल सिंह यादव मारे गए।"
AGAIN_HE_DIED = "पूर्व विधायक रामपाल यादव पर एक बार फिर हमला हुआ, इस बार उनकी मौत हो गई।"


def on_mla(article: str, day: str, evidence: str) -> Mention:
    return Mention(article, 0, "ASSAULT", "asserted", None, EX_MLA, day, day, evidence=evidence)


WRONG_MERGES = [
    ("two attempts on his life, two days apart", ATTEMPT_MONDAY, ATTEMPT_WEDNESDAY),
    ("his driver killed, then his gunner", DRIVER_DEAD, GUNNER_DEAD),
    ("his driver killed, then again attacked and a gunner killed", DRIVER_DEAD, AGAIN_GUNNER_DEAD),
    ("he killed, then told attacked once more", HE_DIED, AGAIN_HE_DIED),
]


@pytest.mark.parametrize(("case", "monday", "wednesday"), WRONG_MERGES, ids=[c[0] for c in WRONG_MERGES])
def test_two_attacks_on_one_man_stay_two(case: str, monday: str, wednesday: str) -> None:
    mentions = [on_mla("a", "2026-11-02", monday), on_mla("b", "2026-11-04", wednesday)]
    assert len(merge_events(mentions)) == 2, case
    assert len(merge_events(mentions[::-1])) == 2, case


US = Actor("United States", "USA", "GPE", None, "Q30")
SOLEIMANI = Actor("Qasem Soleimani", "IRN", "PERSON", None, "Q708655")
SOLEIMANI_SPELT = Actor("Qassem Suleimani", "IRN", "PERSON", None, "Q708655")
STRUCK = "अमेरिका ने शुक्रवार को बगदाद हवाई अड्डे के पास ड्रोन हमले में ईरानी जनरल कासिम सुलेमानी को मार गिराया।"
MOURNED = "बगदाद हवाई अड्डे के पास अमेरिकी ड्रोन हमले में मारे गए जनरल कासिम सोलेमानी के जनाजे में तेहरान में भारी भीड़ उमड़ी।"
MOURNED_PRONOUN = "बगदाद हवाई अड्डे के पास अमेरिकी ड्रोन हमले में उनकी मौत के तीन दिन बाद जनरल सोलेमानी के जनाजे में भीड़ उमड़ी।"
MOURNED_VOW = "बगदाद हवाई अड्डे के पास अमेरिकी ड्रोन हमले में मारे गए जनरल कासिम सोलेमानी के जनाजे में ईरान ने एक बार फिर बदले की कसम खाई।"
GUARD_ONLY = "बगदाद हवाई अड्डे के पास अमेरिकी ड्रोन हमले में जनरल कासिम सोलेमानी के एक अंगरक्षक की मौत के बाद तेहरान में भीड़ उमड़ी।"


def on_general(article: str, target: Actor, day: str, published: str, evidence: str) -> Mention:
    return Mention(article, 0, "ASSAULT", "asserted", US, target, day, published, evidence=evidence)


@pytest.mark.parametrize(("later", "target"), [(MOURNED, SOLEIMANI), (MOURNED, SOLEIMANI_SPELT),
                                               (MOURNED_PRONOUN, SOLEIMANI), (MOURNED_VOW, SOLEIMANI)],
                         ids=["his name after the death word, spelt otherwise", "the target's name spelt otherwise",
                              "a pronoun for him", "once more of a vow, not of an attack"])
def test_a_general_killed_once_told_days_apart_stays_one(later: str, target: Actor) -> None:
    """Killed on the 3rd, mourned in a paper of the 6th: one event however each paper spells him;
    the same papers telling only his guard dead are two reports of attacks near him."""
    killed = on_general("a", SOLEIMANI, "2020-01-03", "2020-01-04", STRUCK)
    assert len(merge_events([killed, on_general("b", target, "2020-01-06", "2020-01-06", later)])) == 1
    assert len(merge_events([on_general("b", target, "2020-01-06", "2020-01-06", later), killed])) == 1
    guard = on_general("b", target, "2020-01-06", "2020-01-06", GUARD_ONLY)
    assert len(merge_events([killed, guard])) == 2
    assert len(merge_events([guard, killed])) == 2


@pytest.mark.parametrize(("sentence", "dead"), [
    ("पूर्व विधायक की हत्या की कोशिश हुई।", False), ("उनकी हत्या का प्रयास नाकाम रहा।", False),
    ("उसे जान से मार डालने की धमकी मिली।", False), ("उनकी हत्या की साजिश रची गई।", False)])
def test_an_attempt_plot_or_threat_tells_no_death(sentence: str, dead: bool) -> None:
    assert tells_death(sentence) is dead


@pytest.mark.parametrize(("sentence", "dead"), [
    ("हमले में रामपाल यादव की मौत हो गई।", True), ("हमले में उनकी मौत हो गई।", True),
    ("हमले में मारे गए पूर्व विधायक रामपाल यादव का अंतिम संस्कार हुआ।", True),
    ("हमले में उनके ड्राइवर की मौत हो गई।", False), ("रामपाल यादव पर हमले में गनर की मौत।", False),
    ("रामपाल यादव की हत्या की कोशिश हुई।", False), ("रामपाल यादव को गोली मारी गई।", False),
    ("रामपाल यादव सोमवार रात अपने गांव के पास हुए हमले में मारे गए।", True),
    ("रामपाल यादव की सोमवार रात गांव के पास हुए हमले में मौत हो गई।", True),
    ("रामपाल यादव को बदमाशों द्वारा मारे जाने के बाद गांव में तनाव है।", True),
    ("रामपाल यादव और उनके भाई के मारे जाने के बाद गांव में तनाव है।", True),
    ("रामपाल यादव पर हुए हमले में दो लोग मारे गए।", False),
    ("रामपाल यादव पर सोमवार रात गांव के पास हुए हमले में मौत की खबर गलत निकली।", False),
    ("रामपाल यादव के अंगरक्षक की सोमवार रात हुए हमले में मौत हो गई।", False),
    ("पुलिस ने रामपाल यादव के घर छापा मारा।", False)])
def test_the_death_told_is_the_targets(sentence: str, dead: bool) -> None:
    from ghatna.store.evidence import tells_death_of
    assert tells_death_of(sentence, EX_MLA.name) is dead


@pytest.mark.parametrize(("sentence", "again"), [
    ("पूर्व विधायक पर दोबारा हमला हुआ।", True), ("बदमाशों ने फिर से उन पर गोलियां चलाईं।", True),
    ("उन पर एक बार फिर हमला हुआ।", True), ("ईरान ने एक बार फिर बदले की बात कही।", False),
    ("हमले के बाद फिर भी बाजार खुले रहे।", False)])
def test_an_attack_told_again(sentence: str, again: bool) -> None:
    from ghatna.store.evidence import tells_again
    assert tells_again(sentence) is again



# Review of person_once: his name some words before a death word after an adjunct is no death of
# his when its mark is another's ("X के काफिले पर ...": के is काफिले's) or he speaks ("X ने कहा कि");
# the most common killing phrases tell his death ("X की ... गोली मारकर हत्या", "X ने ... दम तोड़ दिया");
# a beating ("मार-पीट", "मारा-पीटा") is no death.
ESCORT_DEAD = "पूर्व विधायक रामपाल यादव के काफिले पर हुए हमले में मारे गए दो सिपाहियों के परिजनों को मुआवजा मिलेगा।"
WATCHMAN_DEAD = ("पूर्व विधायक रामपाल यादव ने कहा कि सोमवार रात उनके घर पर हुए हमले में मारे गए चौकीदार के परिवार की"
                 " मदद करेंगे।")


def test_his_escort_then_his_watchman_killed_stay_two() -> None:
    mentions = [on_mla("a", "2026-11-02", ESCORT_DEAD), on_mla("b", "2026-11-04", WATCHMAN_DEAD)]
    assert len(merge_events(mentions)) == 2
    assert len(merge_events(mentions[::-1])) == 2


@pytest.mark.parametrize(("sentence", "dead"), [
    (ESCORT_DEAD, False), (WATCHMAN_DEAD, False),
    ("रामपाल यादव की सोमवार को गोली मारकर हत्या कर दी गई।", True),
    ("रामपाल यादव की सोमवार को गांव के पास हुए हमले में मौत हो गई।", True),
    ("बदमाशों ने रामपाल यादव की चाकू से हत्या कर दी।", True),
    ("रामपाल यादव को देर रात गोली मारकर मार डाला गया।", True),
    ("गोली लगने से घायल रामपाल यादव ने अस्पताल में दम तोड़ दिया।", True),
    ("पूर्व विधायक रामपाल यादव ने इलाज के दौरान दम तोड़ दिया।", True),
    ("उनके गनर की सोमवार को गोली मारकर हत्या कर दी गई।", False),
    ("रामपाल यादव के भाई की सोमवार को गोली मारकर हत्या कर दी गई।", False),
    ("बदमाशों ने दुकान का ताला तोड़ दिया और रामपाल यादव को धमकाया।", False),
    ("दबंगों ने रामपाल यादव को लाठियों से मार-पीट कर घायल कर दिया।", False),
    ("दबंगों ने रामपाल यादव को घर में घुसकर उन्हें मारा-पीटा।", False),
    ("पूर्व विधायक रामपाल यादव शुक्रवार रात गांव के बाहर हुए हमले में मारे गए।", True)])
def test_whose_death_the_words_around_it_tell(sentence: str, dead: bool) -> None:
    from ghatna.store.evidence import tells_death_of
    assert tells_death_of(sentence, EX_MLA.name) is dead


@pytest.mark.parametrize("sentence", [
    "ईरानी जनरल कासिम सुलेमानी शुक्रवार तड़के बगदाद में अमेरिकी हवाई हमले में मारे गए।",
    "कुद्स फोर्स के प्रमुख कासिम सुलेमानी बगदाद हवाई अड्डे के पास हुए हवाई हमले में मारे गए।",
    "जनरल सोलेमानी इराक में अमेरिका के ड्रोन हमले में मारे गए थे।",
    ("कुद्स फोर्स के कमांडर कासिम सुलेमानी, इराकी मिलिशिया के नेता अबू महदी अल-मुहंदिस और उनके पांच साथी"
     " शुक्रवार को अमेरिकी ड्रोन हमले में मारे गए।"),
    "कासिम सुलेमानी की बगदाद हवाई अड्डे के पास अमेरिकी ड्रोन हमले में मौत हो गई।"])
def test_the_general_named_as_the_subject_before_an_adjunct_is_the_one_killed(sentence: str) -> None:
    from ghatna.store.evidence import tells_death_of
    assert tells_death_of(sentence, SOLEIMANI.name)
    assert not tells_death_of(sentence, EX_MLA.name)
