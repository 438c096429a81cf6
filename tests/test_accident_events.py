"""Accidents, disasters and illness are no events (issue 10): a crash, fire, collapse, flood or
poisoning codes no hostile event, and officials' reactions to one code only what they do. A
warning of harm from illness or disaster threatens no one; a court that asks the government
for a reply on a petition asks it, and neither accuses the petitioner nor takes on what the
petition alleges. All sentences are written for these tests."""

from __future__ import annotations

import pytest

import ghatna

HOSTILE = frozenset({"ASSAULT", "PROTEST", "COERCE", "THREATEN", "SANCTION"})


def events_of(text: str) -> list[tuple[str, str | None, str | None]]:
    return [(e.type, e.source.name if e.source else None, e.target.name if e.target else None)
            for e in ghatna.extract(text).events]


# Accidents and disasters in many shapes: no hostile event on the accident itself.
@pytest.mark.parametrize("text", [
    "एक्सप्रेसवे पर बस और ट्रक की आमने-सामने टक्कर में सात यात्रियों की मौत हो गई।",
    "तेज रफ्तार कार ने बाइक सवार दो युवकों को टक्कर मार दी, जिससे दोनों ने मौके पर दम तोड़ दिया।",
    "तेज रफ्तार डंपर ने स्कूटी सवार महिला को रौंद दिया।",
    "बस अनियंत्रित होकर गहरी खाई में जा गिरी, जिसमें बीस यात्री मारे गए।",
    "कपड़ा फैक्ट्री में लगी भीषण आग में चार मजदूर जिंदा जल गए।",
    "अस्पताल के बच्चा वार्ड में आग लगने से दस नवजात शिशुओं की मौत हो गई।",
    "पुरानी बस्ती में तीन मंजिला इमारत ढह गई, मलबे में दबकर पांच लोगों की जान चली गई।",
    "कई जिलों में आकाशीय बिजली गिरने से बारह लोगों की मौत हो गई।",
    "बाढ़ से लाखों लोग प्रभावित हुए हैं और कई गांवों का संपर्क कट गया है।",
    "यात्रियों से भरी नाव नदी में पलट गई, जिसमें छह लोग डूब गए।",
    "एक कारखाने से जहरीली गैस का रिसाव होने से ग्यारह लोगों की मौत हो गई।",
    "जहरीली शराब पीने से गांव के नौ लोगों की मौत हो गई।",
    "मंदिर में दर्शन के दौरान मची भगदड़ में दस श्रद्धालुओं की मौत हो गई।",
    "खेत में टूटे बिजली के तार की चपेट में आने से किसान की करंट लगने से मौत हो गई।",
    "ड्यूटी के दौरान सिपाही को दिल का दौरा पड़ा और उसकी मौत हो गई।",
    "पटाखा फैक्ट्री में हुए विस्फोट में आठ मजदूरों की मौत हो गई।",
    "कोयले की अवैध खदान धंसने से चार ग्रामीणों की मौत हो गई।",
    "सिलेंडर फटने से घर में आग लग गई और परिवार के तीन सदस्य झुलस गए।",
    "बॉयलर फटने से फैक्ट्री में काम कर रहे छह मजदूरों की जान चली गई।",
    "तूफान ने तटीय इलाकों में भारी तबाही मचाई और सैकड़ों घर उजाड़ दिए।",
    "हाथी ने खेत की रखवाली कर रहे किसान को कुचलकर मार डाला।",
    "कोरोना संक्रमण से आज पचास और लोगों की मौत हो गई।",
])
def test_accident_codes_no_hostile_event(text: str) -> None:
    assert not [e for e in events_of(text) if e[0] in HOSTILE]


# Officials' reactions: condolence is SUPPORT, help AID, an inquiry ordered no attack.
@pytest.mark.parametrize(("text", "plover"), [
    ("मुख्यमंत्री ने हादसे में मारे गए लोगों के परिजनों को चार-चार लाख रुपये मुआवजा देने की घोषणा की।", "AID"),
    ("प्रशासन ने मृतकों के आश्रितों को दो-दो लाख रुपये की आर्थिक सहायता दी।", "AID"),
    ("प्रधानमंत्री ने हादसे पर दुख जताया और मृतकों के परिवारों के प्रति संवेदना व्यक्त की।", "SUPPORT"),
    ("राज्यपाल ने अग्निकांड में लोगों की मौत पर गहरा शोक व्यक्त किया।", "SUPPORT"),
])
def test_reaction_to_an_accident_is_what_the_official_does(text: str, plover: str) -> None:
    found = events_of(text)
    assert any(e[0] == plover for e in found), found
    assert not [e for e in found if e[0] in HOSTILE]


@pytest.mark.parametrize("text", [
    "जिलाधिकारी ने आग लगने की घटना की मजिस्ट्रेटी जांच के आदेश दिए हैं।",
    "राज्य सरकार ने हादसे की जांच के लिए तीन सदस्यीय समिति गठित की है।",
    "दमकल की गाड़ियों ने तीन घंटे की मशक्कत के बाद आग पर काबू पाया।",
])
def test_inquiry_or_rescue_is_no_hostile_event(text: str) -> None:
    assert not [e for e in events_of(text) if e[0] in HOSTILE]


# (a) A warning of harm from illness or disaster is no threat.
@pytest.mark.parametrize("text", [
    "डॉ. एंथनी फाउची ने चेतावनी दी कि अगर राज्य पाबंदियां जल्दी हटाते हैं तो कोरोना से और लोगों की मौत हो सकती है।",
    "स्वास्थ्य मंत्री ने चेतावनी दी कि अगर लोगों ने नियम तोड़े तो संक्रमण तेजी से फैल सकता है।",
    "मुख्यमंत्री ने लोगों को आगाह किया कि लापरवाही बरती तो महामारी और विकराल रूप ले लेगी।",
    "जिलाधिकारी ने ग्रामीणों को चेताया कि नदी का जलस्तर बढ़ने से बाढ़ का खतरा बढ़ सकता है।",
    "गृह मंत्री ने राज्यों को भूस्खलन की आशंका को लेकर चेतावनी दी कि भारी बारिश से कई सड़कें बंद हो सकती हैं।",
])
def test_warning_of_danger_is_no_threat(text: str) -> None:
    assert [e for e in events_of(text) if e[0] == "THREATEN"] == []


@pytest.mark.parametrize(("text", "source", "target"), [
    ("चीन ने चेतावनी दी कि अगर अमेरिका ने दखल दिया तो इसके गंभीर परिणाम होंगे।", "China", "United States"),
    ("सेना ने उपद्रवियों को चेतावनी दी कि बाढ़ राहत में बाधा डालने पर उन्हें गिरफ्तार किया जाएगा।", "military", "protesters"),
])
def test_threat_by_an_actor_stays(text: str, source: str, target: str) -> None:
    found = [e for e in events_of(text) if e[0] == "THREATEN"]
    assert found and any(source in (s or "") and target in (t or "") for _, s, t in found), found


def test_threat_of_action_in_an_epidemic_stays() -> None:
    found = events_of("एसपी ने चेतावनी दी कि कोरोना काल में नियम तोड़ने वालों के खिलाफ कड़ी कार्रवाई की जाएगी।")
    assert any(e[0] == "THREATEN" for e in found), found


# (b) A court asking for a reply on a petition: a REQUEST to the government or nothing; never an
# event of the court against the petitioner or what the petition alleges.
@pytest.mark.parametrize("text", [
    "हाईकोर्ट ने उस याचिका पर केंद्र सरकार से जवाब मांगा, जिसमें यह आरोप लगाया गया है कि अस्पताल ने मरीज का इलाज करने से इनकार कर दिया।",
    "उच्च न्यायालय ने उस जनहित याचिका पर सरकार को नोटिस जारी कर जवाब मांगा जिसमें पुलिस पर फर्जी मुठभेड़ का आरोप लगाया गया है।",
    "अदालत ने उन याचिकाओं पर सुनवाई की जिनमें सरकार पर लापरवाही का आरोप लगाया गया था।",
    "हाईकोर्ट ने एक वकील की उस याचिका पर केंद्र से जवाब मांगा है जिसमें सरकार की आलोचना की गई है।",
])
def test_what_a_petition_says_is_no_act_of_the_court(text: str) -> None:
    found = events_of(text)
    assert all(e[0] == "REQUEST" for e in found), found


@pytest.mark.parametrize(("text", "target"), [
    ("हाईकोर्ट ने एक वकील की उस याचिका पर केंद्र से जवाब मांगा है।", "Government of India"),
    ("हाईकोर्ट ने एक वकील की याचिका पर सरकार से जवाब मांगा है।", "government"),
    ("अदालत ने याचिकाकर्ता की शिकायत पर पुलिस से जवाब तलब किया।", "police"),
    ("सुप्रीम कोर्ट ने इस मामले में केंद्र को नोटिस जारी कर जवाब तलब किया है।", "Government of India"),
])
def test_court_asks_the_government_not_the_petitioner(text: str, target: str) -> None:
    found = events_of(text)
    assert [e for e in found if e[0] == "REQUEST" and e[2] == target], found
    assert not [e for e in found if e[0] != "REQUEST" or e[2] != target], found


@pytest.mark.parametrize(("text", "plover", "source", "target"), [
    # the clause names its own agent: the complainant's charge stays his
    ("पुलिस ने उस शिकायत पर मामला दर्ज किया, जिसमें व्यापारी ने पड़ोसी पर मारपीट का आरोप लगाया था।",
     "ACCUSE", "business", "neighbours"),
    # a statement of one's own: its content is the issuer's
    ("भाजपा ने एक बयान जारी किया जिसमें कांग्रेस की कड़ी आलोचना की गई।",
     "ACCUSE", "Bharatiya Janata Party", "Indian National Congress"),
    # "X की शिकायत की": a complaint about X, who is its target (a collector's office places them in India)
    ("अधिकारी ने कलेक्टर से ठेकेदार की शिकायत की।", "ACCUSE", "India officials", "India business"),
])
def test_own_words_stay(text: str, plover: str, source: str, target: str) -> None:
    assert (plover, source, target) in events_of(text)


# An assurance of action against the guilty is given to the victims, not to the guilty.
def test_assurance_of_action_is_not_support_of_the_guilty() -> None:
    found = events_of("गृह मंत्री ने हादसे की उच्चस्तरीय जांच के आदेश दिए और दोषियों पर सख्त कार्रवाई का भरोसा दिलाया।")
    assert not [e for e in found if e[0] == "SUPPORT" and e[2] and "criminals" in e[2]], found


def test_assurance_to_the_family_stays() -> None:
    found = events_of("मुख्यमंत्री ने पीड़ित परिवार को दोषियों के खिलाफ कड़ी कार्रवाई का भरोसा दिलाया।")
    assert [e for e in found if e[0] == "SUPPORT" and e[2] and "criminals" not in e[2]], found
