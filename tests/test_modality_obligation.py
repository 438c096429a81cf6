"""What someone should not do, or is asked not to do, is asked: "अमरीका को … नहीं करना चाहिए" is a
demand made (asserted), "आम जन … की मांग न करें" asks that no demand be made (no REQUEST from
"मांग"); a negation in the next clause is not the trigger's; what a demand asks after "कि" is no
second demand (``data/modality.yaml`` obligations, prohibitive; events.clause_stop, demand_content)."""

from __future__ import annotations

import pytest
from test_modality_participles import modality_at
from test_roles_lists import rule_coder  # noqa: F401  (the fixture "pipeline": the rule coder alone)

import ghatna
from ghatna.pipeline import Pipeline


@pytest.mark.parametrize(("text", "pattern", "modality"), [
    ("चीन ने कहा कि अमरीका को अपनी सैन्य ताकत का गलत इस्तेमाल नहीं करना चाहिए।", "*ना चाहिए", "asserted"),
    ("फ्रांस ने कहा कि बातचीत के दौरान कोई नया कर नहीं लगाया जाना चाहिए।", "*ना चाहिए", "asserted"),
    ("विदेश मंत्रालय ने कहा कि पाकिस्तान को अपने अल्पसंख्यकों की रक्षा करनी चाहिए।", "*नी चाहिए", "asserted"),
    # a negation of the trigger's own clause still negates
    ("सरकार ने किसानों की मांग नहीं मानी।", "मांग*", "negated"),
])
def test_a_negated_obligation_is_a_demand_made(text: str, pattern: str, modality: str) -> None:
    assert modality_at(text, pattern) == modality


def events(text: str, pipeline: Pipeline) -> list[tuple[str, str, str]]:
    return [(e.type, e.trigger.text, e.modality) for e in ghatna.extract(text, pipeline=pipeline).events]


@pytest.mark.parametrize("text", [
    "वैज्ञानिक ने कहा कि लोगों को लैब पर निर्भर रहना होगा, आम जन इस टेस्ट की मांग न करें।",
    "जिलाधिकारी ने कहा कि किसान मुआवजे की मांग न करें क्योंकि राशि खातों में भेज दी गई है।",
])
def test_a_deed_asked_not_to_be_done_is_no_event(text: str, pipeline: Pipeline) -> None:
    assert not any(trigger.startswith("मांग") for _type, trigger, _m in events(text, pipeline))


def test_a_negation_in_the_next_clause_is_not_the_triggers(pipeline: Pipeline) -> None:
    text = "मंत्री ने कहा कि सभी विभागों को मिलकर काम करना होगा, लापरवाही नहीं चलेगी।"
    assert ("REQUEST", "करना होगा", "asserted") in events(text, pipeline)


@pytest.mark.parametrize("text", [
    "भाजपा अध्यक्ष जे पी नड्डा ने कहा कि कांग्रेस नेता मनमोहन सिंह ने भी मांग की थी कि पाकिस्तान सरकार को अल्पसंख्यकों की रक्षा करनी चाहिए।",
    "प्रवक्ता ने कहा कि विपक्ष के नेता राहुल गांधी ने भी मांग की थी कि चीन को सीमा से अपनी सेना हटानी चाहिए।",
    "विपक्ष ने सरकार से मांग की कि किसानों का कर्ज माफ किया जाना चाहिए।",
])
def test_what_a_demand_asks_is_no_second_demand(text: str, pipeline: Pipeline) -> None:
    told = events(text, pipeline)
    assert not any(trigger.endswith("चाहिए") for _type, trigger, _m in told)
