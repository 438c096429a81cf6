"""Which date of a sentence dates an event: never the date of what is asked for, of a plan
inside a deed told as done, or of another clause (a wrong date is worse than none)."""

from __future__ import annotations

from datetime import date

import pytest

import ghatna
from ghatna import Pipeline
from ghatna.text.datewords import DateFinder


def dates_of(text: str, plover: str, pipeline: Pipeline, published: str | None = None) -> list[str | None]:
    evs = ghatna.extract(text, pipeline=pipeline, published=published).events
    found = [e.date for e in evs if e.type == plover]
    assert found, f"no {plover} event in {text!r}"
    return found


@pytest.mark.parametrize(("text", "plover", "date"), [
    # the date of what is asked for or threatened, after the one who asks
    ("प्रधानमंत्री नरेंद्र मोदी ने 22 मार्च को लोगों से घरों में रहने के लिए कहा।", "REQUEST", None),
    ("पाकिस्तान ने 3 जून को भारत पर हमला करने की धमकी दी।", "THREATEN", None),
    # the date of the asking: before the one who asks, or no infinitive asked for
    ("22 मार्च को प्रधानमंत्री नरेंद्र मोदी ने लोगों से घरों में रहने के लिए कहा।", "REQUEST", "--03-22"),
    ("भारत ने 3 जून को पाकिस्तान से बातचीत की अपील की।", "REQUEST", "--06-03"),
    ("पाकिस्तान ने 3 जून को भारत की आलोचना की और युद्ध करने की धमकी दी।", "THREATEN", "--06-03"),
])
def test_date_of_what_is_asked_is_not_the_asking(text: str, plover: str, date: str | None,
                                                  pipeline: Pipeline) -> None:
    assert dates_of(text, plover, pipeline) == [date]


@pytest.mark.parametrize(("text", "date"), [
    ("विदेश मंत्री ने 5 मई को कहा कि भारत ने पाकिस्तान पर आतंकवाद फैलाने का आरोप लगाया है।", None),
    ("भारत ने 5 मई को पाकिस्तान पर आतंकवाद फैलाने का आरोप लगाया।", "--05-05"),
])
def test_date_of_another_clause_is_not_taken(text: str, date: str | None, pipeline: Pipeline) -> None:
    assert dates_of(text, "ACCUSE", pipeline) == [date]


@pytest.mark.parametrize(("text", "published", "date"), [
    ("भारत ने 22 मार्च को पाकिस्तान पर आतंकवाद फैलाने का आरोप लगाया।", "2020-03-20", None),
    ("भारत ने 18 मार्च को पाकिस्तान पर आतंकवाद फैलाने का आरोप लगाया।", "2020-03-20", "2020-03-18"),
])
def test_deed_told_as_done_is_not_dated_after_publication(text: str, published: str, date: str | None,
                                                          pipeline: Pipeline) -> None:
    assert dates_of(text, "ACCUSE", pipeline, published) == [date]


@pytest.mark.parametrize(("text", "published", "date"), [
    # the date of the attack the threat came after, not of the threat
    ("21 अगस्त को हुए हमले के बाद अमेरिका ने सीरिया को धमकी दी।", "2013-09-10", None),
    ("अमेरिका ने 21 अगस्त को सीरिया को धमकी दी।", "2013-09-10", "2013-08-21"),
    # the day of the event told after the trigger's
    ("अमेरिका ने सीरिया को धमकी दी थी और इसके दो दिन बाद 21 अगस्त को हमला हुआ।", "2013-09-10", None),
])
def test_date_of_the_event_before_or_after_is_not_taken(text: str, published: str, date: str | None,
                                                        pipeline: Pipeline) -> None:
    assert dates_of(text, "THREATEN", pipeline, published) == [date]


@pytest.mark.parametrize(("lead", "date"), [
    ("फ्रांस और ब्रिटेन के बीच 14 अक्तूबर को व्यापार पर बातचीत हुई।", None),  # the lead's day: not its day
    ("पेरिस, 14 अक्तूबर। फ्रांस और ब्रिटेन के बीच व्यापार पर बातचीत जारी है।", "--10-14"),  # the wire's day
])
def test_own_weekday_without_publication_day_takes_only_the_dateline(lead: str, date: str | None,
                                                                     pipeline: Pipeline) -> None:
    text = lead + "\n\nफ्रांस के विदेश मंत्री ने सोमवार को जर्मनी के विदेश मंत्री से मुलाकात की।"
    assert dates_of(text, "CONSULT", pipeline)[-1] == date


def test_month_before_the_event_placed_after_is_kept(pipeline: Pipeline) -> None:
    text = "मई 2013 में चुनाव के तुरंत बाद अमेरिका ने सीरिया को धमकी दी।"
    assert dates_of(text, "THREATEN", pipeline) == ["2013-05"]


def test_of_two_dates_before_a_request_the_first_dates_the_asking(pipeline: Pipeline) -> None:
    text = "प्रधानमंत्री नरेंद्र मोदी ने गुरुवार को लोगों से रविवार को घरों में रहने की अपील की।"
    assert dates_of(text, "REQUEST", pipeline, "2020-03-20") == ["2020-03-19"]


@pytest.mark.parametrize(("text", "plover", "date"), [
    # a date followed by a genitive dates the noun it qualifies, not the event
    ("ईरान ने 2015 के परमाणु समझौते के तहत लगी पाबंदियों को मानने से इनकार कर दिया।", "REJECT", None),
    ("चीन ने 15 जून की झड़प के लिए भारत की आलोचना की।", "ACCUSE", None),
    # a period or a purpose: "के लिए", "के बीच"
    ("जापान ने 30 अप्रैल के लिए चीनी नागरिकों पर यात्रा प्रतिबंध लगाया।", "SANCTION", None),
    ("भारत ने 16 मई के बाद नेपाल को दवाइयां भेजीं।", "AID", None),
    # ...but a time of day, a frame the event happens in, or the event itself keeps its date
    ("पुलिस ने 5 मई की रात प्रदर्शनकारियों पर लाठीचार्ज किया।", "COERCE", "--05-05"),
    ("चीन और भारत के विदेश मंत्रियों ने 5 मई की बैठक में सीमा पर शांति बनाए रखने पर सहमति जताई।", "AGREE",
     "--05-05"),
    ("रूस ने 2014 के चुनाव में विपक्षी दल का समर्थन किया।", "SUPPORT", "2014"),
    ("चीन ने 15 जून को झड़प के लिए भारत की आलोचना की।", "ACCUSE", "--06-15"),
])
def test_date_of_a_noun_is_not_the_events(text: str, plover: str, date: str | None, pipeline: Pipeline) -> None:
    assert dates_of(text, plover, pipeline) == [date]


def test_day_of_a_noun_is_not_placed_in_last_year(pipeline: Pipeline) -> None:
    text = "जापान ने 30 अप्रैल के लिए चीनी नागरिकों पर यात्रा प्रतिबंध लगाया।"
    assert dates_of(text, "SANCTION", pipeline, "2020-03-20") == [None]


@pytest.mark.parametrize(("lead", "date"), [
    # the day another event is placed by, or the day of a noun, is not the day of the news
    ("भारत में 2 मार्च के बाद संक्रमण तेजी से फैला और सरकार ने 5 मार्च को नए नियम जारी किए।", "2020-03-05"),
    ("सरकार ने 2 मार्च के आंकड़ों पर 5 मार्च को नई रिपोर्ट जारी की।", "2020-03-05"),
    ("सरकार ने 2 मार्च को नए नियम जारी किए।", "2020-03-02"),
])
def test_article_day_is_not_a_day_that_places_another(lead: str, date: str, pipeline: Pipeline) -> None:
    text = lead + "\n\nविदेश मंत्री ने चीन के राजदूत से मुलाकात की।"
    assert dates_of(text, "CONSULT", pipeline, "2020-03-06")[-1] == date


@pytest.mark.parametrize(("text", "published", "date"), [
    # a range of days over before the article keeps its first day, however it is written
    ("भारत ने 16 मई से 22 मई के बीच नेपाल को दवाइयां भेजीं।", None, "--05-16"),
    ("भारत ने 16 मई से 22 मई के बीच नेपाल को दवाइयां भेजीं।", "2020-05-30", "2020-05-16"),
    ("भारत और चीन के विदेश मंत्रियों ने 23 से 25 मार्च तक जिनेवा में बातचीत की।", "2020-04-02", "2020-03-23"),
    ("भारत और चीन के विदेश मंत्रियों ने 23-25 मार्च को जिनेवा में बातचीत की।", "2020-04-02", "2020-03-23"),
    ("भारत और चीन के विदेश मंत्रियों ने 30 दिसंबर से 2 जनवरी के बीच बातचीत की।", "2020-01-10", "2019-12-30"),
    ("भारत और चीन के विदेश मंत्रियों ने 23 से 25 मार्च 2019 तक जिनेवा में बातचीत की।", "2020-04-02", "2019-03-23"),
])
def test_a_past_range_keeps_its_first_day(text: str, published: str | None, date: str, pipeline: Pipeline) -> None:
    assert dates_of(text, "CONSULT" if "बातचीत" in text else "AID", pipeline, published) == [date]


def test_a_range_reaching_past_the_article_dates_no_deed() -> None:
    """"1 से 30 अप्रैल तक" told on 25 March is the period of a measure, not the day of a deed."""
    finder = DateFinder()
    found = finder.find("सरकार ने 1 से 30 अप्रैल तक सभी उड़ानें रद्द कर दीं।", date(2020, 3, 25))
    assert found == []
    ahead = finder.find("मंत्री 1 से 3 अप्रैल तक जापान की यात्रा करेंगे।", date(2020, 3, 25), future=True)
    assert [(m.text, m.value) for m in ahead] == [("1 से 3 अप्रैल", "2020-04-01")]
