"""A late report's words must tell the deed, not the doer's name (issue 12, ``wording.side_words``):
when a report dated only by its publication may be an event of days before (``late_report``), the
content words it shares with that event's report leave out the knowledge base's names of their sides
("केंद्रीय जांच ब्यूरो", "सीबीआई"), but not a name's head that says what kind of body acted ("पुलिस",
``generic_actors.tsv``). Hand-built mentions with sentences written for these tests."""

from __future__ import annotations

import pytest
from merge_cases import PEOPLE, events, mention

from ghatna.store import Actor, Mention
from ghatna.store.wording import name_words, side_words

CBI = Actor("Central Bureau of Investigation", "IND", "ORG", "GOV", "ghatna:org:central-bureau-of-investigation")

BRIBE = "केंद्रीय जांच ब्यूरो सीबीआई ने रिश्वत लेते हुए रेलवे के एक इंजीनियर को पकड़ा।"
FRAUD = "केंद्रीय जांच ब्यूरो सीबीआई ने बैंक धोखाधड़ी में एक कारोबारी के ठिकानों की तलाशी ली।"
BRIBE_LATER = "सीबीआई ने रिश्वत लेते रेलवे इंजीनियर को रंगे हाथ पकड़ा था और उसके घर से नकदी मिली।"


def case(article: str, evidence: str, published: str) -> Mention:
    return mention(article, "COERCE", CBI, PEOPLE, evidence, None, published)


def test_the_names_words_are_the_entrys_forms_less_a_bodys_head() -> None:
    words = name_words()["ghatna:org:central-bureau-of-investigation"]
    assert {"सीबीआई", "केंद्रीय", "अन्वेषण"} <= words
    assert name_words()["ghatna:org:delhi-police"].isdisjoint({"पुलिस"})
    assert side_words(case("a", BRIBE, "2020-01-01")) == words


@pytest.mark.parametrize(("first", "second", "count"), [
    # a case told three days later shares the CBI's name and nothing of the deed: two cases
    (case("a", BRIBE, "2020-01-01"), case("b", FRAUD, "2020-01-04"), 2),
    # the same arrest told three days later in other words: one
    (case("a", BRIBE, "2020-01-01"), case("b", BRIBE_LATER, "2020-01-04"), 1),
])
def test_a_late_report_joins_by_the_words_of_the_deed(first: Mention, second: Mention, count: int) -> None:
    assert events([first, second]) == {count}
