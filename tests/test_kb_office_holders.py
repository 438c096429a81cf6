"""India's office holders added to the knowledge base (issue 11, item 3): governors, Union
ministers of state and cabinet portfolios, deputy chief ministers, Lok Sabha Speakers and party
presidents, found by their Hindi names with the office they held on a day, and linked in running
text after the title Hindi news gives them, with the sector of that office on the article's date."""

from __future__ import annotations

from datetime import date

import pytest
from kb_people import person

import ghatna
from ghatna.knowledge.kb import KnowledgeBase


@pytest.mark.parametrize(("form", "name", "day", "role", "org"), [
    ("फागू चौहान", "Phagu Chauhan", date(2021, 3, 1), "governor", "IN-BR"),
    ("फागू चौहान", "Phagu Chauhan", date(2023, 9, 1), "governor", "IN-ML"),
    ("आरिफ मोहम्मद खान", "Arif Mohammad Khan", date(2022, 1, 10), "governor", "IN-KL"),
    ("कलराज मिश्र", "Kalraj Mishra", date(2021, 6, 1), "governor", "IN-RJ"),
    ("कलराज मिश्र", "Kalraj Mishra", date(2015, 6, 1), "msme_minister", None),
    ("लालजी टंडन", "Lalji Tandon", date(2020, 1, 1), "governor", "IN-MP"),
    ("सत्यपाल मलिक", "Satya Pal Malik", date(2019, 3, 1), "governor", "IN-JK"),
    ("राम नाईक", "Ram Naik", date(2016, 1, 1), "governor", "IN-UP"),
    ("अश्विनी चौबे", "Ashwini Kumar Choubey", date(2020, 5, 1), "minister_of_state", None),
    ("मुख्तार अब्बास नकवी", "Mukhtar Abbas Naqvi", date(2018, 1, 1), "minority_affairs_minister", None),
    ("सुशील कुमार मोदी", "Sushil Kumar Modi", date(2019, 1, 1), "deputy_chief_minister", "IN-BR"),
    ("सुमित्रा महाजन", "Sumitra Mahajan", date(2016, 1, 1), "speaker", None),
    ("सुरेश प्रभु", "Suresh Prabhu", date(2016, 1, 1), "railway_minister", None),
    ("सीताराम येचुरी", "Sitaram Yechury", date(2020, 1, 1), "party_leader", "Communist Party of India (Marxist)"),
    ("रामनाथ कोविंद", "Ram Nath Kovind", date(2016, 1, 1), "governor", "IN-BR"),
    ("अमित शाह", "Amit Shah", date(2016, 1, 1), "party_leader", "Bharatiya Janata Party"),
    ("हरदीप सिंह पुरी", "Hardeep Singh Puri", date(2018, 4, 1), "minister_of_state", None),  # independent charge
    ("हरदीप सिंह पुरी", "Hardeep Singh Puri", date(2020, 6, 1), "minister_of_state", None),  # civil aviation too
    ("हरदीप सिंह पुरी", "Hardeep Singh Puri", date(2021, 8, 1), "petroleum_minister", None),  # cabinet from 2021-07-07
])
def test_office_on_the_day(kb: KnowledgeBase, form: str, name: str, day: date, role: str, org: str | None) -> None:
    entry = person(kb, form)
    office = entry.office_on(day)
    assert entry.name == name
    assert office is not None and (office.role, office.org) == (role, org)


@pytest.mark.parametrize(("form", "day"), [
    ("कलराज मिश्र", date(2025, 3, 1)),      # after his term in Rajasthan
    ("सुमित्रा महाजन", date(2020, 1, 1)),   # after her term as Speaker
    ("सुशील कुमार मोदी", date(2014, 1, 1)),  # between his two terms as deputy chief minister
    ("लालजी टंडन", date(2017, 1, 1)),       # before his first governorship
])
def test_no_office_outside_the_terms(kb: KnowledgeBase, form: str, day: date) -> None:
    assert person(kb, form).office_on(day) is None


@pytest.mark.parametrize(("text", "published", "name", "role", "sector"), [
    ("बिहार के राज्यपाल फागू चौहान ने विधानसभा के विशेष सत्र को संबोधित किया।", "2021-03-01",
     "Phagu Chauhan", "governor", "GOV"),
    ("राज्यपाल सत्यपाल मलिक ने श्रीनगर में सुरक्षा हालात की समीक्षा की।", "2019-01-15",
     "Satya Pal Malik", "governor", "GOV"),
    ("केंद्रीय राज्य मंत्री अश्विनी चौबे ने बक्सर में नए अस्पताल का उद्घाटन किया।", "2019-02-10",
     "Ashwini Kumar Choubey", "minister_of_state", "GOV"),
    ("लोकसभा अध्यक्ष सुमित्रा महाजन ने हंगामे के बाद सदन की कार्यवाही स्थगित कर दी।", "2016-12-01",
     "Sumitra Mahajan", "speaker", "LEG"),
    ("उपमुख्यमंत्री सुशील कुमार मोदी ने विधानसभा में राज्य का बजट पेश किया।", "2018-02-27",
     "Sushil Kumar Modi", "deputy_chief_minister", "GOV"),
    ("रेल मंत्री सुरेश प्रभु ने पटना से नई ट्रेन को हरी झंडी दिखाई।", "2016-01-10",
     "Suresh Prabhu", "railway_minister", "GOV"),
    ("माकपा महासचिव सीताराम येचुरी ने दिल्ली में संवाददाताओं से बात की।", "2020-01-20",
     "Sitaram Yechury", "party_leader", "PTY"),
    ("पूर्व राज्यपाल कलराज मिश्र ने जयपुर में एक पुस्तक का विमोचन किया।", "2025-03-01",
     "Kalraj Mishra", None, None),
])
def test_linked_after_the_title(pipeline: ghatna.Pipeline, text: str, published: str, name: str,
                                role: str | None, sector: str | None) -> None:
    doc = ghatna.extract(text, html=False, published=published, pipeline=pipeline)
    found = [(e.role, e.sector) for e in doc.entities if e.kb_id and e.name == name]
    assert found, [(e.name, e.kb_id) for e in doc.entities]
    assert found[0][1] == sector
    if role is not None:
        assert found[0][0] == role


@pytest.mark.parametrize(("form", "day"), [
    ("हरदीप सिंह पुरी", date(2018, 4, 1)),
    ("हरदीप सिंह पुरी", date(2020, 6, 1)),
])
def test_minister_of_state_holds_no_cabinet_post(kb: KnowledgeBase, form: str, day: date) -> None:
    """A minister of state with independent charge of a ministry is no cabinet minister of it."""
    entry = person(kb, form)
    assert [o.role for o in entry.offices if o.holds_on(day)] == ["minister_of_state"]


@pytest.mark.parametrize(("text", "published"), [
    ("जम्मू-कश्मीर के उपराज्यपाल मुर्मू ने श्रीनगर में नई सुरंग का काम देखा।", "2020-03-01"),
    ("नियंत्रक एवं महालेखा परीक्षक मुर्मू ने रेलवे के खातों पर रिपोर्ट सौंपी।", "2020-12-01"),
    ("मुर्मू ने कहा कि घाटी में बिजली की आपूर्ति सुधरेगी।", "2020-05-01"),
])
def test_bare_murmu_is_not_the_president(pipeline: ghatna.Pipeline, text: str, published: str) -> None:
    """"मुर्मू" alone names Girish Chandra Murmu as well as Droupadi Murmu: no link to her."""
    doc = ghatna.extract(text, html=False, published=published, pipeline=pipeline)
    assert "Droupadi Murmu" not in [e.name for e in doc.entities if e.kb_id]
