"""Reports of one event typed differently (issue 12): one paper tells a sealing as COERCE, another as
SANCTION; an order as REQUEST and as COERCE; a meeting as CONSULT and as AGREE. Related types
(``data/related_types.yaml``) share a block, and two events of related types are one only by the
stricter rule of ``retelling.Kindred.kindred``: other articles, days that meet as told, sides that
fit, a side named alike or one district or town, and a sentence of each telling the other's deed.
Hand-built mentions with sentences written for these tests."""

from __future__ import annotations

import pytest
from merge_cases import PEOPLE, STATES, events, mention

from ghatna.store import Actor, Mention, merge_events
from ghatna.store.events_table import event_row
from ghatna.store.kindred import event_type, families_of, family_of, related, related_types
from ghatna.store.mentions import DOER_OPEN_TYPES, SYMMETRIC_TYPES, block_of
from ghatna.store.merge import MergeSettings, why_apart

COLLECTOR = Actor("Ravi Prakash Verma", "IND", "PERSON", "GOV", "test:person:collector")
MINISTER = Actor("Sunita Rao", "IND", "PERSON", "GOV", "test:person:minister")
LEADER = Actor("Anil Joshi", "IND", "PERSON", "GOV", "test:person:leader")
CHIEF_MINISTERS = Actor("India chief minister", "IND", "generic", "GOV")
AUTHORITIES = Actor("India authorities", "IND", "generic", "GOV")

SEALED = "जिलाधिकारी रवि प्रकाश वर्मा ने मंगलवार को संक्रमित मरीज मिलने के बाद रामनगर और गांधीपुरा मोहल्लों को सील कर दिया।"
BANNED = "रामनगर और गांधीपुरा मोहल्लों में संक्रमित मरीज मिलने पर जिलाधिकारी ने दोनों मोहल्लों में आवाजाही पर प्रतिबंध लगा दिया।"
BANNED_ELSEWHERE = "जिलाधिकारी ने शहर के सभी मैरिज हॉल और सिनेमाघरों में भीड़ जुटाने पर अगले आदेश तक प्रतिबंध लगा दिया।"
ORDERED = "मंत्री सुनीता राव ने बुधवार को सभी दुकानदारों से शाम सात बजे के बाद बाजार की दुकानें बंद रखने को कहा।"
ENFORCED = "मंत्री के आदेश पर शाम सात बजे के बाद बाजार की सभी दुकानें बंद करा दी गईं और दुकानदारों पर जुर्माना लगाया गया।"
MET = "बाढ़ राहत पर अनिल जोशी ने पड़ोसी राज्यों के मुख्यमंत्रियों से गुरुवार को वीडियो कॉन्फ्रेंस के जरिए बात की।"
AGREED = "वीडियो कॉन्फ्रेंस में अनिल जोशी और राज्यों के मुख्यमंत्री बाढ़ राहत के लिए साझा कोष बनाने पर सहमत हुए।"

DAY, NEXT = "2024-08-06", "2024-08-07"


def typed(article: str, kind: str, source: Actor | None, target: Actor | None, evidence: str,
          day: str | None = DAY, published: str | None = NEXT, *, idx: int = 0, place: str | None = None) -> Mention:
    return mention(article, kind, source, target, evidence, day, published, idx=idx, place=place)


SAME = [
    ("a sealing as COERCE and as SANCTION, the collector named in both",
     [typed("a", "COERCE", COLLECTOR, PEOPLE, SEALED), typed("b", "SANCTION", COLLECTOR, PEOPLE, BANNED)]),
    ("a sealing told by generic authorities in both, placed in one town",
     [typed("a", "COERCE", AUTHORITIES, PEOPLE, SEALED, place="Ramnagar"),
      typed("b", "SANCTION", AUTHORITIES, PEOPLE, BANNED, place="Ramnagar")]),
    ("an order as REQUEST and as COERCE",
     [typed("a", "REQUEST", MINISTER, PEOPLE, ORDERED, "2024-08-07", "2024-08-08"),
      typed("b", "COERCE", MINISTER, PEOPLE, ENFORCED, None, "2024-08-08")]),
    ("a meeting as CONSULT and as AGREE, its sides in either order",
     [typed("a", "CONSULT", LEADER, CHIEF_MINISTERS, MET, "2024-08-08", "2024-08-09"),
      typed("b", "AGREE", CHIEF_MINISTERS, LEADER, AGREED, "2024-08-08", "2024-08-09")]),
    ("two reports of one type and a third of the related type",
     [typed("a", "COERCE", COLLECTOR, PEOPLE, SEALED), typed("c", "COERCE", COLLECTOR, PEOPLE, SEALED, NEXT, NEXT),
      typed("b", "SANCTION", COLLECTOR, PEOPLE, BANNED)]),
]
DISTINCT = [
    ("the collector's other ban that day",
     [typed("a", "COERCE", COLLECTOR, PEOPLE, SEALED), typed("b", "SANCTION", COLLECTOR, PEOPLE, BANNED_ELSEWHERE)]),
    ("one article's two deeds", [typed("a", "COERCE", COLLECTOR, PEOPLE, SEALED),
                                 typed("a", "SANCTION", COLLECTOR, PEOPLE, BANNED, idx=1)]),
    ("types not paired (REQUEST and SANCTION)",
     [typed("a", "REQUEST", COLLECTOR, PEOPLE, SEALED), typed("b", "SANCTION", COLLECTOR, PEOPLE, BANNED)]),
    ("days that do not meet", [typed("a", "COERCE", COLLECTOR, PEOPLE, SEALED, DAY, DAY),
                               typed("b", "SANCTION", COLLECTOR, PEOPLE, BANNED, "2024-08-09", "2024-08-09")]),
    ("a late report: no date of its own, published three days after",
     [typed("a", "COERCE", COLLECTOR, PEOPLE, SEALED, DAY, DAY),
      typed("b", "SANCTION", COLLECTOR, PEOPLE, BANNED, None, "2024-08-09")]),
    ("generic sides and no place: nothing but the words",
     [typed("a", "COERCE", AUTHORITIES, PEOPLE, SEALED), typed("b", "SANCTION", AUTHORITIES, PEOPLE, BANNED)]),
    ("generic sides in two towns",
     [typed("a", "COERCE", AUTHORITIES, PEOPLE, SEALED, place="Ramnagar"),
      typed("b", "SANCTION", AUTHORITIES, PEOPLE, BANNED, place="Sitapur")]),
    ("sides that do not fit: the states ordered, the people coerced",
     [typed("a", "REQUEST", MINISTER, STATES, ORDERED, "2024-08-07", "2024-08-08"),
      typed("b", "COERCE", MINISTER, PEOPLE, ENFORCED, None, "2024-08-08")]),
    ("two named actors", [typed("a", "COERCE", COLLECTOR, PEOPLE, SEALED), typed("b", "SANCTION", MINISTER, PEOPLE, BANNED)]),
]


@pytest.mark.parametrize(("case", "mentions"), SAME, ids=[c[0] for c in SAME])
def test_reports_of_related_types_are_one_event(case: str, mentions: list[Mention]) -> None:
    assert events(mentions) == {1}, case


@pytest.mark.parametrize(("case", "mentions"), DISTINCT, ids=[c[0] for c in DISTINCT])
def test_reports_of_related_types_stay_apart(case: str, mentions: list[Mention]) -> None:
    assert events(mentions) == {2}, case


def test_a_cluster_of_two_types_takes_no_third_unpaired_with_one() -> None:
    """REQUEST and SANCTION are not paired: a COERCE report joins one of them, never both."""
    reports = [typed("a", "REQUEST", COLLECTOR, PEOPLE, SEALED), typed("b", "COERCE", COLLECTOR, PEOPLE, SEALED),
               typed("c", "SANCTION", COLLECTOR, PEOPLE, SEALED)]
    assert events(reports) == {2}
    assert all(len(c.types) <= 2 and c.types != {"REQUEST", "SANCTION"} for c in merge_events(reports))


def test_related_types_share_a_block_others_do_not() -> None:
    coerced, sanctioned = (typed(x, kind, COLLECTOR, PEOPLE, SEALED) for x, kind in (("a", "COERCE"), ("b", "SANCTION")))
    assert block_of(coerced) == block_of(sanctioned)
    assert block_of(typed("c", "ASSAULT", COLLECTOR, PEOPLE, SEALED)) != block_of(coerced)
    assert family_of("ASSAULT") == "ASSAULT"
    assert why_apart(typed("a", "COERCE", COLLECTOR, PEOPLE, SEALED),
                     typed("b", "SANCTION", COLLECTOR, PEOPLE, BANNED_ELSEWHERE)) == "type"


def test_same_type_merging_is_unchanged_in_a_block_of_related_types() -> None:
    """Two appeals of one leader merge on dates as before, whatever order, with a related report between."""
    appeals = [typed("a", "REQUEST", MINISTER, PEOPLE, ORDERED), typed("b", "REQUEST", MINISTER, PEOPLE, "घर पर रहें।")]
    assert events(appeals) == {1}
    assert events([*appeals, typed("c", "COERCE", MINISTER, PEOPLE, BANNED_ELSEWHERE)]) == {2}


@pytest.mark.parametrize(("types", "expected"), [
    (["COERCE", "SANCTION"], "SANCTION"),  # a tie: the more specific
    (["COERCE", "COERCE", "SANCTION"], "COERCE"),  # most reports
    (["REQUEST", "COERCE"], "COERCE"),
    (["CONSULT", "AGREE", "CONSULT"], "CONSULT"),
])
def test_event_type(types: list[str], expected: str) -> None:
    assert event_type(types) == expected


def test_a_merged_event_row_takes_the_type_and_code_of_most_reports() -> None:
    reports = [typed("a", "COERCE", COLLECTOR, PEOPLE, SEALED), typed("c", "COERCE", COLLECTOR, PEOPLE, SEALED, NEXT, NEXT),
               typed("b", "SANCTION", COLLECTOR, PEOPLE, BANNED)]
    (cluster,) = merge_events(reports)
    codes = {"COERCE": "172", "SANCTION": "163"}
    rows = [{"cameo": codes[m.type], "goldstein": -5.0, "mode": m.type.lower(), "confidence": 0.8} for m in cluster.members]
    row = event_row("ev1", cluster, rows, {}, MergeSettings())
    assert row[1:4] == ("COERCE", "coerce", "172")


def test_the_data_pairs_types_merging_can_order_alike() -> None:
    """A pair is of two symmetric types or of two that are not, and no type whose block leaves the
    doer out is paired: the block's sides must be read alike for both types."""
    data = related_types()
    for pair in data.pairs:
        assert len({t in SYMMETRIC_TYPES for t in pair}) == 1, sorted(pair)
        assert not pair & DOER_OPEN_TYPES, sorted(pair)
        first, second = sorted(pair)
        assert related(first, second) and family_of(first) == family_of(second)
    assert not related("REQUEST", "SANCTION")  # one family (through COERCE), not a pair


def test_families_join_pairs_that_share_a_type() -> None:
    families = families_of([frozenset({"A", "B"}), frozenset({"C", "D"}), frozenset({"B", "C"})])
    assert set(families.values()) == {"A+B+C+D"}
    assert families_of([frozenset({"A", "B"}), frozenset({"C", "D"})]) == {"A": "A+B", "B": "A+B", "C": "C+D", "D": "C+D"}
