"""The rare PLOVER types on news-like wordings (issue 10): lifting a ban told with its object
("प्रतिबंधों को हटाया"), cutting a duty, freeing someone from custody (CONCEDE); money given as a
contribution, doses and grain sent (AID); a memorandum of cooperation (AGREE); warships sent
off and troops massed, patrols stepped up (MOBILIZE); trade stopped, a tax laid on another
country's goods, a border closed on another country (SANCTION, GUIDELINES R24: a row whose roles
column says ``abroad``; a state sealing its districts closes none); a bill to sanction a country
is a threat by its sponsors (R25) — rows of ``data/triggers.tsv``; a refusal whose
proposer the sentence leaves unnamed ("प्रस्ताव ठुकरा दिया") is still a REJECT by its agent
(``ONE_SIDED`` in events.py); forces told as the owners of a deployment deploy themselves
("सेना की तैनाती": ``self_deployed`` in event_roles.yaml); an agent before "X और Y के <noun>"
acts on the pair's things, not the pair on each other (``participants`` in nominal_roles.py).

Every sentence is written for this test and differs from the lexicon's examples."""

from __future__ import annotations

import pytest

import ghatna
from ghatna.pipeline import Pipeline

Found = tuple[str, str | None, str | None, str]


def events(text: str, pipeline: Pipeline) -> list[Found]:
    return [(e.type, e.source.country if e.source else None, e.target.country if e.target else None, e.modality)
            for e in ghatna.extract(text, pipeline=pipeline).events]


@pytest.mark.parametrize(("text", "plover", "source", "target", "modality"), [
    ("चीन ने दक्षिण कोरिया पर लगी पाबंदियों को हटा दिया है।", "CONCEDE", "CHN", "KOR", "asserted"),
    ("ब्रिटेन ईरान के तेल पर लगे प्रतिबंध को हटाएगा।", "CONCEDE", "GBR", "IRN", "planned"),
    ("अमेरिका ने कनाडा के एल्युमिनियम पर लगाया शुल्क कम कर दिया।", "CONCEDE", "USA", "CAN", "asserted"),
    ("भारत ने ब्रिटेन की व्हिस्की पर आयात शुल्क घटाया।", "CONCEDE", "IND", "GBR", "asserted"),
    ("म्यांमार ने थाईलैंड के दो पत्रकारों को हिरासत से मुक्त कर दिया।", "CONCEDE", "MMR", "THA", "asserted"),
    ("जर्मनी ने यूक्रेन को दो करोड़ यूरो का योगदान दिया है।", "AID", "DEU", "UKR", "asserted"),
    ("फ्रांस ने लेबनान को दस लाख डॉलर की सहायता भेजी।", "AID", "FRA", "LBN", "asserted"),
    ("चीन ने पाकिस्तान को टीके की पांच लाख खुराक भेजी हैं।", "AID", "CHN", "PAK", "asserted"),
    ("भारत श्रीलंका को दस हजार टन चावल भेजेगा।", "AID", "IND", "LKA", "planned"),
    ("भारत और जापान के बीच कृषि में सहयोग के ज्ञापन पर हस्ताक्षर किए गए।", "AGREE", "IND", "JPN", "asserted"),
    ("ब्रिटेन ने ओमान की खाड़ी में अपने दो युद्धपोत रवाना कर दिए।", "MOBILIZE", "GBR", None, "asserted"),
    ("उत्तर कोरिया ने दक्षिण कोरिया से लगी सीमा पर भारी संख्या में सैनिक इकट्ठा किए हैं।", "MOBILIZE", "PRK", None,
     "asserted"),
    ("रूस ने जॉर्जिया के साथ व्यापार रोक दिया है।", "SANCTION", "RUS", "GEO", "asserted"),
    ("कुवैत ने भारत और श्रीलंका के यात्रियों के प्रवेश पर पाबंदी लगाई।", "SANCTION", "KWT", "IND", "asserted"),
    ("फ्रांस ने अमेरिकी तकनीकी कंपनियों पर डिजिटल टैक्स लगाया है।", "SANCTION", "FRA", "USA", "asserted"),
    ("नेपाल ने भारत से लगी सीमा बंद कर दी है।", "SANCTION", "NPL", "IND", "asserted"),
    ("चीन ने वियतनाम से लगे बॉर्डर को बंद कर दिया।", "SANCTION", "CHN", "VNM", "asserted"),
    ("हिंसा के बाद कानपुर पुलिस ने शहर में गश्त तेज कर दी।", "MOBILIZE", "IND", None, "asserted"),
    ("कश्मीर घाटी में अर्धसैनिक बलों की तैनाती बढ़ी", "MOBILIZE", "IND", None, "asserted"),
    ("पटना में धरना स्थल पर भारी पुलिस की तैनाती कर दी गई है।", "MOBILIZE", "IND", None, "asserted"),
    ("पटना में जिला प्रशासन ने फंसे हुए छात्रों के लिए भोजन की व्यवस्था की।", "AID", "IND", "IND", "asserted"),
    ("ईरान ने दो ब्रिटिश नागरिकों को जेल से छोड़ दिया।", "CONCEDE", "IRN", "GBR", "asserted"),
    ("अमेरिकी सांसदों ने चीन पर प्रतिबंध लगाने के लिए विधेयक पेश किया।", "THREATEN", "USA", "CHN", "asserted"),
    ("जर्मनी के सांसदों ने तुर्की पर प्रतिबंध लगाने संबंधी प्रस्ताव संसद में रखा।", "THREATEN", "DEU", "TUR",
     "asserted"),
])
def test_a_rare_type_told_in_news_wording(text: str, plover: str, source: str, target: str | None, modality: str,
                                         pipeline: Pipeline) -> None:
    found = [e for e in events(text, pipeline) if e[0] == plover]
    assert found, events(text, pipeline)
    assert {e[1] for e in found} == {source}
    assert target is None or target in {e[2] for e in found}
    assert {e[3] for e in found} == {modality}


@pytest.mark.parametrize(("text", "source"), [
    ("इस्लामाबाद में पाकिस्तान सरकार ने बातचीत की पेशकश ठुकरा दी।", "PAK"),
    ("काबुल में तालिबान ने बातचीत का न्योता ठुकरा दिया।", "AFG"),
])
def test_a_refusal_of_an_unnamed_proposer_is_a_reject(text: str, source: str, pipeline: Pipeline) -> None:
    """REJECT is one-sided: the agent's refusal is told even when whose offer it was is left unsaid."""
    found = [e for e in events(text, pipeline) if e[0] == "REJECT"]
    assert found and {e[1] for e in found} == {source}


@pytest.mark.parametrize(("text", "plover"), [
    ("छुट्टी बिताने के लिए लखनऊ से कई सैनिक अपने गांव रवाना हुए।", "MOBILIZE"),
    ("बैंक में पैसे जमा करने के लिए सैनिक कतार में खड़े थे।", "MOBILIZE"),
    ("जेल से रिहा होने के बाद वह अपने घर लौटा।", "CONCEDE"),
    ("तेज बारिश के कारण मंडी में व्यापार रुक गया।", "SANCTION"),
    ("मेले में पांच हजार रुपये का सहयोग देने वालों के नाम पढ़े गए।", "AID"),
    ("अमेरिका ने चीन पर लगा शुल्क कम नहीं किया।", "CONCEDE"),
    ("इस योजना में हर किसान को छह हजार रुपये दिए जाते हैं।", "AID"),
    ("अमेरिकी सीनेट में ईरान पर प्रतिबंध लगाने संबंधी विधेयक पर चर्चा हुई।", "SANCTION"),
    ("उत्तर प्रदेश सरकार ने जिलों की सीमाएं सील कर दी हैं।", "SANCTION"),
    ("लखनऊ में प्रशासन ने जिले के बॉर्डर सील कर दिए।", "SANCTION"),
    ("शादी में मेहमानों के लिए भोजन की व्यवस्था की गई थी।", "AID"),
    ("मुंबई के अस्पतालों में डॉक्टरों की तैनाती की गई।", "MOBILIZE"),
    ("सीमा पर सेना की तैनाती के बावजूद घुसपैठ जारी है।", "MOBILIZE"),
    # a deployment drawn down is no deployment, told with its owner or with an agent
    ("सियाचिन में सेना की तैनाती घटा दी गई है।", "MOBILIZE"),
    ("पटना में पुलिस की तैनाती कम कर दी गई।", "MOBILIZE"),
    ("अमेरिका ने जापान में अपने सैनिकों की तैनाती कम कर दी है।", "MOBILIZE"),
    # a town's levy, villagers on watch, prizes, a prisoner whose term ended, a border told by its two sides
    ("नगर निगम ने कचरा उठाने के लिए दुकानदारों पर टैक्स लगाया।", "SANCTION"),
    ("त्योहार के दौरान गांव के युवकों ने मोहल्ले में गश्त तेज कर दी।", "MOBILIZE"),
    ("कंपनी ने दौड़ जीतने वाले धावकों को पच्चीस हजार रुपये प्रदान किए।", "AID"),
    ("विधायक ने मेधावी छात्राओं को पांच-पांच हजार रुपये प्रदान किए।", "AID"),
    ("अदालत के आदेश के बाद सजा काट चुके बंदी को जेल से छोड़ दिया गया।", "CONCEDE"),
    ("महामारी के चलते भारत-बांग्लादेश सीमा बंद होने से व्यापारी परेशान हैं।", "SANCTION"),
])
def test_no_rare_event_where_none_is_told(text: str, plover: str, pipeline: Pipeline) -> None:
    assert plover not in {e[0] for e in events(text, pipeline) if e[3] != "negated"}


@pytest.mark.parametrize("text", [
    "आगरा के जिलाधिकारी ने संक्रमण रोकने के लिए जिले की सीमाएं सील कर दीं।",
    "हरियाणा सरकार ने राज्य की सीमाओं को सील कर दिया।",
    "पुलिस ने गुरुग्राम और दिल्ली के बॉर्डर को सील कर दिया है।",
])
def test_an_area_sealed_by_its_borders_is_coerced(text: str, pipeline: Pipeline) -> None:
    """A border row of no two countries tells the sealing it shadows: an area sealed is COERCE (R27)."""
    found = events(text, pipeline)
    assert "COERCE" in {e[0] for e in found}, found
    assert "SANCTION" not in {e[0] for e in found}


def test_a_border_closed_on_another_country_is_no_area_sealed(pipeline: Pipeline) -> None:
    found = events("भूटान ने भारत से लगी सीमा सील कर दी है।", pipeline)
    assert ("SANCTION", "BTN", "IND", "asserted") in found
    assert "COERCE" not in {e[0] for e in found}


def test_forces_deploying_themselves_are_of_their_kind_and_aim_at_no_one(pipeline: Pipeline) -> None:
    found = [e for e in ghatna.extract("पटना में धरना स्थल पर भारी पुलिस की तैनाती कर दी गई है।", pipeline=pipeline).events
             if e.type == "MOBILIZE"]
    assert found and {(e.mode, e.target) for e in found} == {("police", None)}


def test_money_handed_out_as_relief_is_aid(pipeline: Pipeline) -> None:
    assert "AID" in {e[0] for e in events("राज्य सरकार ने पीड़ित परिवारों को चार-चार लाख रुपये प्रदान किए।", pipeline)}
