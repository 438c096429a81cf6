"""Wordings of attacks the lexicon lacked (issue 10): knife fights, slaps, a "गोलीकांड", beheading,
blowing something or oneself up, shelling, posts destroyed (data/triggers.tsv); a "करारा तमाचा" is
a figure of speech (a blocker row); attack words said of a game are play (extraction/sport.py)."""

from __future__ import annotations

import pytest
from test_attacks import attacks, full_pipeline  # noqa: F401  (the fixture "full_pipeline")
from test_roles_lists import rule_coder  # noqa: F401  (the fixture "pipeline": the rule coder alone)

import ghatna
from ghatna.pipeline import Pipeline


def labels(text: str, pipeline: Pipeline) -> set[tuple[str | None, str | None]]:
    return {(src[0], tgt[0]) for src, tgt in attacks(text, pipeline)}


@pytest.mark.parametrize(("text", "source", "target"), [
    ("बस अड्डे पर दो गुटों के बीच चाकूबाजी में तीन युवक जख्मी हो गए।", "group", "rival group"),  # R19
    ("नशे में धुत दबंगों ने दुकानदार को थप्पड़ मारे।", "criminals", "business"),
    ("पंचायत की बैठक में एक युवक ने सरपंच को थप्पड़ जड़ दिया।", "young man", "local leader"),
    ("नाराज ग्रामीण ने दारोगा को तमाचा मार दिया।", "civilians", "police"),
    ("हाट में हुए गोलीकांड में दो किसान घायल हो गए।", None, "farmers"),
    ("उग्रवादियों ने अगवा किए गए दो मजदूरों का सिर कलम कर दिया।", "militants", "workers"),
    ("नक्सलियों ने गश्त पर निकले जवानों के वाहन को बम से उड़ा दिया।", "Maoists", "military"),
    ("आतंकियों ने सेना के ट्रक को आईईडी से उड़ा दिया।", "militants", "military"),
    ("बाजार में एक आतंकी ने खुद को उड़ा लिया जिसमें सात लोग मारे गए।", "militants", "civilians"),
    ("आत्मघाती हमलावर ने पुलिस चौकी के बाहर खुद को विस्फोटक से उड़ा लिया जिसमें चार सिपाही मारे गए।",
     None, "police"),
    ("वायुसेना ने सीमा पार आतंकियों के लॉन्चपैड को ध्वस्त कर दिया।", "military", "militants"),
])
def test_new_wordings_of_attacks(text: str, source: str | None, target: str, pipeline: Pipeline) -> None:
    found = labels(text, pipeline)
    assert any(t is not None and target in t and (source is None or (s is not None and source in s))
               for s, t in found), found


@pytest.mark.parametrize(("text", "source", "target"), [
    ("पाकिस्तानी सेना ने उड़ी सेक्टर में भारतीय चौकियों पर भारी शेलिंग की।", "PAK", "IND"),
    ("भारतीय सेना ने जवाबी कार्रवाई में पाकिस्तानी सेना के बंकरों को तबाह कर दिया।", "IND", "PAK"),
])
def test_shelling_and_destroyed_posts_are_attacks_between_sides(text: str, source: str, target: str,
                                                                pipeline: Pipeline) -> None:
    found = attacks(text, pipeline)
    assert any(src[2] == source and tgt[2] == target for src, tgt in found), found


@pytest.mark.parametrize("text", [
    # figures of speech: a slap given in words, a claim blown apart, a rock blasted in a quarry
    "यह फैसला जमाखोरों के मुंह पर करारा तमाचा है।",
    "मतदाताओं ने उपचुनाव में सत्ताधारी दल को करारा थप्पड़ मारा है।",
    "विपक्ष ने मंत्री के दावों की धज्जियां उड़ा दीं।",
    "उसने खुद को उड़ान के लिए तैयार करने में दो साल लगाए।",
    "मंत्री ने कहा कि सरकार घर-घर जाकर पाइपलाइन की चौकियों को दुरुस्त करेगी।",
    "फिल्म में नायक खलनायक को थप्पड़ मारता है।",
])
def test_figures_of_speech_and_fiction_are_no_attack(text: str, full_pipeline: Pipeline) -> None:  # noqa: F811
    assert attacks(text, full_pipeline) == []


@pytest.mark.parametrize("text", [
    "दूसरे टेस्ट मैच में भारतीय बल्लेबाजों ने कंगारू गेंदबाजों पर हमला बोल दिया।",
    "भारत ने क्रिकेट मैच में पाकिस्तान पर करारा हमला बोला।",
    "सलामी बल्लेबाज ने पहले ही ओवर से गेंदबाजों पर आक्रमण शुरू कर दिया।",
    "हॉकी मैच में भारतीय टीम ने बेल्जियम के गोलपोस्ट पर लगातार हमले किए।",
    "धोनी ने आखिरी ओवरों में गेंदबाजों की जमकर धुनाई की।",
    "इंग्लैंड के स्पिनरों पर भारतीय बल्लेबाजों ने धावा बोला और चौके-छक्के लगाए।",
])
def test_attack_words_said_of_a_game_are_play(text: str, full_pipeline: Pipeline) -> None:  # noqa: F811
    """No event of any type: not an attack, nor a charge in words."""
    assert ghatna.extract(text, pipeline=full_pipeline).events == []


@pytest.mark.parametrize(("text", "target"), [
    # harm or a weapon told: real violence at a game
    ("टेस्ट मैच के दौरान दर्शकों ने बल्लेबाजों पर हमला किया जिसमें दो की मौत हो गई।", "civilians"),
    ("मैच में हार से नाराज युवकों ने रेफरी के परिजनों पर लाठियों से हमला किया।", "civilians"),
    ("क्रिकेट मैच में विवाद के बाद बदमाशों ने गेंदबाज के पिता को गोली मार दी।", "father"),
])
def test_violence_at_a_game_stays_an_attack(text: str, target: str, pipeline: Pipeline) -> None:
    assert any(t is not None and target in t for _s, t in labels(text, pipeline)), labels(text, pipeline)


@pytest.mark.parametrize(("text", "plover"), [
    # a headline's riot or attack with its harm counted after a comma, by a number or a word of many
    ("मोहल्ले में दो गुटों के बीच जमकर पथराव, छह घायल", "PROTEST"),
    ("मेले में दो पक्षों के बीच झड़प और आगजनी, कई घायल", "PROTEST"),
    ("दो पक्षों में लाठी-डंडों से मारपीट, अनेक घायल", "ASSAULT"),
    ("कस्बे के चौक पर धमाका, दर्जनों की मौत", "ASSAULT"),
])
def test_a_deed_with_its_harm_counted_is_told(text: str, plover: str, pipeline: Pipeline) -> None:
    assert attacks(text, pipeline, plover)


@pytest.mark.parametrize("text", [
    # the harmed described, no deed told; a riot named in passing before what followed it
    "झड़प के बाद कई घायलों को जिला अस्पताल पहुंचाया गया।",
    "सड़क हादसे में कई लोग घायल हो गए।",
])
def test_harm_counted_without_a_deed_told_is_no_attack(text: str, pipeline: Pipeline) -> None:
    assert attacks(text, pipeline) == [] and attacks(text, pipeline, "PROTEST") == []


@pytest.mark.parametrize(("text", "source", "target"), [
    ("म्यांमार की सेना ने रखाइन प्रांत के गांवों में विद्रोहियों के खिलाफ सैनिक कार्रवाई की।", "MMR", "MMR"),
    ("अमरीकी सेना की सैन्य कार्रवाइयों में इराक के कई लड़ाके मारे गए।", "USA", "IRQ"),
])
def test_military_operations_in_every_form_are_attacks(text: str, source: str, target: str, pipeline: Pipeline) -> None:
    assert any(src[2] == source and tgt[2] == target for src, tgt in attacks(text, pipeline)), attacks(text, pipeline)


@pytest.mark.parametrize(("text", "source", "target"), [
    # no "धमकी दी" to tell the threat, the row alone: a threat still standing, and its target named
    # before its doer (read as the military of Iran without it)
    ("तुर्की ने कहा कि कुर्द लड़ाकों पर सैनिक कार्रवाई की धमकी बरकरार है।", ("Turkey", "TUR"), ("militants", None)),
    ("ईरान को अमेरिका ने सैनिक कार्रवाई की धमकी दे डाली।", ("United States", "USA"), ("Iran", "IRN")),
])
def test_a_threat_of_military_action_is_a_threat(text: str, source: tuple[str, str], target: tuple[str, str | None],
                                                 pipeline: Pipeline) -> None:
    found = [(e.source.name, e.source.country, e.target.name, e.target.country)
             for e in ghatna.extract(text, pipeline=pipeline).events if e.type == "THREATEN" and e.source and e.target]
    assert any((s, sc) == source and target[0] in t and (target[1] is None or tc == target[1])
               for s, sc, t, tc in found), found
    assert attacks(text, pipeline) == []


def test_burkina_faso_written_with_a_short_vowel_is_placed() -> None:
    """"बर्किना फासो" (as AIR writes it) is Burkina Faso: those a blast killed there are its people."""
    doc = ghatna.extract("बर्किना फासो में एक बारूदी सुरंग विस्फोट में बस में सवार नौ लोग मारे गए।")
    assert any(e.country == "BFA" for e in doc.entities)


@pytest.mark.parametrize(("text", "source", "target"), [
    # a demonym on the means of attack in the genitive names the doer, never the victims
    ("इदलिब में रूसी विमानों की बमबारी में सात नागरिकों की मौत हो गई।", "RUS", "SYR"),
    ("गाजा में इजरायली टैंकों की गोलाबारी में तीन फलस्तीनी मारे गए।", "ISR", "PSE"),
    ("पाकिस्तान के उत्तरी वजीरिस्तान में अमेरिकी ड्रोन के हमले में चार आतंकी मारे गए।", "USA", "PAK"),
])
def test_a_demonym_on_the_means_of_attack_is_the_doers(text: str, source: str, target: str, pipeline: Pipeline) -> None:
    found = attacks(text, pipeline)
    assert any(src[2] == source and tgt[2] == target for src, tgt in found), found
    assert not any(tgt[2] == source for _src, tgt in found), found


@pytest.mark.parametrize(("text", "target"), [
    # molestation is an attack on the people it is done to (rows of people: a person must be its target)
    ("मेले में घूम रही युवती से दो मनचलों ने छेड़छाड़ की।", "young woman"),
    ("ट्यूशन से लौट रही छात्राओं के साथ छेड़छाड़, तीन युवक हिरासत में", "students"),
    ("अस्पताल में भर्ती महिला के साथ वार्ड बॉय ने अश्लील हरकत की।", "women"),
])
def test_molestation_of_people_is_an_attack(text: str, target: str, pipeline: Pipeline) -> None:
    assert any(t is not None and target in t for _s, t in labels(text, pipeline)), labels(text, pipeline)


@pytest.mark.parametrize("text", [
    # tampering with things: no one is molested
    "विपक्षी दलों ने चुनाव आयोग से मशीनों से छेड़छाड़ की शिकायत की।",
    "जांच अधिकारी पर दस्तावेजों से छेड़छाड़ करने का संदेह है।",
    "ठेकेदार ने नक्शे के साथ छेड़खानी की।",
    "पर्यावरणविदों ने कहा कि नदियों से छेड़छाड़ महंगी पड़ेगी।",
])
def test_tampering_with_things_is_no_attack(text: str, pipeline: Pipeline) -> None:
    assert attacks(text, pipeline) == []


@pytest.mark.parametrize(("text", "source", "target"), [
    # a demonym before the place attacked (no means of attack) is the side attacked, never the doer
    ("अमेरिकी युद्धपोत पर हूती विद्रोहियों के हमले में दो नाविक घायल हुए।", "YEM", "USA"),
    ("पाकिस्तानी चौकी पर तालिबान लड़ाकों के हमले में तीन सैनिक मारे गए।", None, "PAK"),
    ("इजरायली बस्ती पर हिजबुल्लाह के रॉकेट हमले में दो लोगों की मौत हो गई।", "LBN", "ISR"),
])
def test_a_demonym_on_the_place_attacked_is_its_target(text: str, source: str | None, target: str,
                                                       full_pipeline: Pipeline) -> None:  # noqa: F811
    found = attacks(text, full_pipeline)
    assert any(tgt[2] == target and (source is None or src[2] == source) for src, tgt in found), found
    assert not any(src[2] == target for src, _tgt in found), found


@pytest.mark.parametrize("text", [
    # a word of a game that is neither what is attacked nor where: the attack is real
    "पेनल्टी मांगने पर दुकानदारों ने बिजली विभाग के कर्मचारियों पर हमला कर दिया।",
    "अखाड़े के पहलवानों ने गांव के एक दलित किसान पर हमला कर दिया।",
    "मुक्केबाजों ने बाजार में एक दुकानदार पर हमला बोल दिया।",
])
def test_an_incidental_word_of_a_game_leaves_the_attack(text: str, pipeline: Pipeline) -> None:
    assert attacks(text, pipeline), ghatna.extract(text, pipeline=pipeline).events


@pytest.mark.parametrize(("text", "source", "target"), [
    # "X से … करने वाला Y": Y did it, to X
    ("मेट्रो में महिला यात्री से अश्लील हरकत करने वाला युवक गिरफ्तार", "young man", "women"),
    ("ट्रेन में युवती से छेड़खानी करने वाले दो युवक गिरफ्तार", "young man", "young woman"),
    ("स्टेशन पर छात्रा से छेड़छाड़ करनेवाला सिपाही निलंबित", "police", "students"),
    # and for a beating ("युवक से मारपीट करने वाला आरोपी": the accused's, once read with no doer)
    ("युवक से मारपीट करने वाला आरोपी गिरफ्तार", "criminals", "young man"),
    ("थाने में पुलिस से हाथापाई करने वाले दो युवक पकड़े गए।", "young man", "police"),
])
def test_a_molester_described_by_the_deed_is_its_doer(text: str, source: str, target: str, pipeline: Pipeline) -> None:
    assert (source, target) in labels(text, pipeline), labels(text, pipeline)


@pytest.mark.parametrize(("text", "source", "target"), [
    # a demonym inside the phrase marked पर names the ship attacked, not the owner of the drone
    ("भारतीय मालवाहक जहाज पर हूती विद्रोहियों के ड्रोन हमले से आग लग गई।", "YEM", "IND"),
    ("अमेरिकी युद्धपोत पर हूती विद्रोहियों के मिसाइल हमले से आग लग गई।", "YEM", "USA"),
])
def test_a_demonym_on_the_ship_attacked_is_no_doer(text: str, source: str, target: str,
                                                   full_pipeline: Pipeline) -> None:  # noqa: F811
    found = attacks(text, full_pipeline)
    assert found and all(src[2] == source and tgt[2] == target for src, tgt in found), found


@pytest.mark.parametrize(("text", "source", "target"), [
    # spectators, fans and referees are actors: the crowd marked ने attacking someone at a match attacks
    ("फुटबॉल मैच के दौरान दर्शकों ने रेफरी पर हमला कर दिया।", "spectators", "referee"),
    ("हॉकी मैच खत्म होते ही नाराज दर्शकों ने अंपायर पर हमला बोल दिया।", "spectators", "referee"),
    ("कबड्डी मैच के बाद गांव के युवकों ने मेहमान टीम के प्रशंसकों पर डंडों से हमला किया।", "young man", "spectators"),
])
def test_the_crowd_attacking_at_a_match_attacks(text: str, source: str, target: str, pipeline: Pipeline) -> None:
    assert (source, target) in labels(text, pipeline), labels(text, pipeline)


def test_the_one_arrested_is_the_noun_after_the_deed_described(pipeline: Pipeline) -> None:
    text = "बस में छात्रा से छेड़छाड़ करने वाला कंडक्टर गिरफ्तार"
    arrests = {tgt[0] for _src, tgt in attacks(text, pipeline, "COERCE")}
    assert arrests == {"civilians"}, arrests
    assert ("civilians", "students") in labels(text, pipeline), labels(text, pipeline)
