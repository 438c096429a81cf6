"""Wording of Hindi domestic and crime news the lexicon must read: an uproar raised (हंगामा करना),
a walkout (बहिर्गमन), an alliance broken or support withdrawn (गठबंधन तोड़ना, समर्थन वापस लेना),
a scuffle, questioning by an agency, beating, setting vehicles on fire, stones thrown; misleading
the public, inciting people or playing politics (राजनीति कर रहे: said of another) as a charge; and a request told as "X ने Y से कहा कि वह/वे …" (what Y is to do).
The look-alikes stay out: trumpeting one's work (ढिंढोरा पीटना), mourners beating their chests,
an uproar that merely breaks out (हंगामा मचा), a plain report of what someone said to another,
a suicide (खुद को गोली मारना, खुद को आग लगाना: no one else is attacked), a house vacated (मकान खाली
करना: no troops withdrawn), people brought back (वापस ले आना), a world war that ended long ago."""

from __future__ import annotations

import pytest
from test_roles_lists import dyads, rule_coder  # noqa: F401  (the fixture "pipeline": the rule coder alone)
from test_triggers_mined import lexicon_plover

from ghatna.pipeline import Pipeline


@pytest.mark.parametrize(("text", "plover"), [
    ("बिजली कटौती से नाराज लोगों ने उपकेंद्र पर जमकर हंगामा किया।", "PROTEST"),
    ("वेतन न मिलने पर सफाई कर्मचारी नगर निगम दफ्तर में हंगामा कर रहे हैं।", "PROTEST"),
    ("चेकिंग के दौरान सिपाहियों और ट्रक चालकों के बीच हाथापाई हो गई।", "ASSAULT"),
    ("आयकर विभाग ने व्यापारी से बेनामी संपत्ति के बारे में घंटों पूछताछ की।", "ACCUSE"),
    ("पुलिस उस युवक से पूछताछ कर रही है।", "ACCUSE"),
    ("गांव के दबंगों ने मजदूर को खंभे से बांधकर पीटा।", "ASSAULT"),
    ("नशे में धुत युवकों ने ढाबा मालिक को पीट दिया।", "ASSAULT"),
    ("गुस्साई भीड़ ने दो बसों को आग के हवाले कर दिया।", "PROTEST"),
    ("जुलूस पर छतों से पत्थर फेंके गए।", "PROTEST"),
    ("मंत्री ने कहा कि विरोधी दल किसानों को भ्रमित कर रहे हैं।", "ACCUSE"),
    ("मुख्यमंत्री ने कहा कि विपक्ष नए कानून पर जनता को दिग्भ्रमित कर रहा है।", "ACCUSE"),
    ("सांसद ने कहा कि कुछ संगठन आरक्षण के बारे में झूठ फैला रहे हैं।", "ACCUSE"),
    ("चुनाव आयोग ने दलों से कहा कि वे प्रचार में संयम बरतें।", "REQUEST"),
    ("अदालत ने पुलिस से कहा है कि वह आठ सप्ताह में रिपोर्ट दे।", "REQUEST"),
    ("मंत्रालय ने बैंकों से कहा था कि वो कर्ज की किस्तें टाल दें।", "REQUEST"),
    ("महासचिव ने दोनों सरकारों से जोर देकर कहा कि वे बातचीत फिर शुरू करें।", "REQUEST"),
    ("सरकार के जवाब से नाराज विपक्षी सदस्यों ने सदन से बहिर्गमन किया।", "PROTEST"),
    ("क्षेत्रीय दल ने सत्तारूढ़ पार्टी के साथ अपना गठबंधन तोड़ दिया।", "SANCTION"),
    ("निर्दलीय विधायकों ने सरकार से समर्थन वापस ले लिया।", "SANCTION"),
    ("पार्टी ने किसानों के मुद्दे पर गठबंधन से अलग होने का फैसला किया।", "SANCTION"),
    ("बिजली कटौती से परेशान लोगों ने हाईवे जाम कर दिया।", "PROTEST"),
    ("परिजनों ने शव सड़क पर रखकर जाम लगा दिया।", "PROTEST"),
    ("युवा कांग्रेस ने मंत्री का पुतला दहन किया।", "PROTEST"),
    ("लुटेरों ने विरोध करने पर सुनार को गोली मारकर घायल कर दिया।", "ASSAULT"),
    ("पड़ोसियों ने पुरानी रंजिश में किसान पर कुल्हाड़ी से वार किया।", "ASSAULT"),
    ("गुस्साई भीड़ ने दो सरकारी बसें फूंक दीं।", "PROTEST"),
])
def test_domestic_wording_gives_its_type(text: str, plover: str) -> None:
    assert plover in lexicon_plover(text)


@pytest.mark.parametrize("text", [
    "सरकार हर मंच से अपनी उपलब्धियों का ढिंढोरा पीट रही है।",
    "हादसे की खबर मिलते ही परिजन छाती पीटकर रोने लगे।",
    "फिल्म के एक दृश्य को लेकर सोशल मीडिया पर हंगामा मच गया।",
    "मंत्री ने पत्रकारों से कहा कि वह कल दिल्ली जाएंगे।",
    "स्टेशन के पूछताछ केंद्र पर यात्रियों की लंबी कतार लगी रही।",
    "कर्ज से परेशान व्यापारी ने अपने दफ्तर में खुद को गोली मार ली।",
    "ससुराल वालों के तानों से तंग आकर विवाहिता ने खुद को आग लगा ली।",
    "नौकरी छूटने के बाद किरायेदार ने पिछले हफ्ते अपना कमरा खाली कर दिया।",
    "राज्य सरकार दूसरे राज्यों में फंसे छात्रों को बसों से वापस ले आई।",
    "दूसरा विश्व युद्ध खत्म होने के बाद दोनों देश आजाद हुए।",
    "राज्य में आपात स्थिति के लिए नई समर्थन प्रणाली शुरू की गई।",
    "विदेश की हिरासत में मौजूद भारतीय नाविकों के परिवार परेशान हैं।",
    "त्योहार की खरीदारी के कारण बाजार में घंटों जाम लगा रहा।",
    "काफिले की गाड़ियों में रेडियो सिग्नल को जाम करने वाली मशीनें लगी हैं।",
    "सड़क हादसे में घायल हुए तीन लोगों को अस्पताल भेजा गया।",
])
def test_look_alikes_give_no_new_event_type(text: str) -> None:
    assert not lexicon_plover(text) & {"ASSAULT", "PROTEST", "ACCUSE", "REQUEST", "RETREAT", "SUPPORT", "COERCE"}


@pytest.mark.parametrize(("text", "expected"), [
    ("भारत ने पाकिस्तान सरकार से कहा कि वह अपने देश के अल्पसंख्यकों की सुरक्षा सुनिश्चित करे।",
     ("REQUEST", "IND", "PAK")),
    ("अमेरिका ने चीन से कहा है कि वह व्यापार के नियमों का पालन करे।", ("REQUEST", "USA", "CHN")),
    ("जर्मनी ने रूस से जोर देकर कहा कि वह यूक्रेन की सीमा से सैनिक हटाए।", ("REQUEST", "DEU", "RUS")),
    ("ईरान की संसद ने कहा कि ब्रिटेन झूठी बातें फैला रहा है।", ("ACCUSE", "IRN", "GBR")),
    ("शिवसेना ने भाजपा के साथ तीस साल पुराना गठबंधन तोड़ दिया।", ("SANCTION", "IND", "IND")),
    ("मायावती ने कहा कि कांग्रेस दलितों के मुद्दे पर राजनीति कर रही है।", ("ACCUSE", "IND", "IND")),
    ("ईरान ने कहा कि अमेरिका क्षेत्र के देशों को उसके खिलाफ भड़का रहा है।", ("ACCUSE", "IRN", "USA")),
    ("पाकिस्तान ने कहा कि भारत ने कश्मीर के लोगों को धोखा दिया है।", ("ACCUSE", "PAK", "IND")),
    ("रूस ने कहा कि अमेरिका ने समझौते के साथ विश्वासघात किया है।", ("ACCUSE", "RUS", "USA")),
    ("कांग्रेस ने कहा कि भाजपा ने युवाओं से रोजगार के झूठे वादे किए।", ("ACCUSE", "IND", "IND")),
    ("चीन ने कहा कि अमेरिका ने व्यापार युद्ध छेड़कर बड़ी गलती की है।", ("ACCUSE", "CHN", "USA")),
])
def test_new_wording_gets_both_sides(text: str, expected: tuple[str, str, str], pipeline: Pipeline) -> None:
    assert expected in dyads(text, pipeline)


@pytest.mark.parametrize("text", [
    "पाकिस्तान ने संयुक्त राष्ट्र से कहा कि वह खुद आतंकवाद का शिकार है।",
    "अमेरिका ने जापान से कहा कि वह हर हाल में उसकी रक्षा करेगा।",
])
def test_a_statement_or_promise_told_to_someone_asks_nothing(text: str, pipeline: Pipeline) -> None:
    assert not any(d[0] == "REQUEST" for d in dyads(text, pipeline))


def test_a_career_in_politics_is_no_charge(pipeline: Pipeline) -> None:
    found = dyads("कांग्रेस के वरिष्ठ नेता पिछले बीस साल से दिल्ली में राजनीति कर रहे हैं।", pipeline)
    assert not any(d[0] == "ACCUSE" for d in found)
