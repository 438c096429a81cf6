"""A sanction told in the passive with no one named as imposing it ("X को निलंबित कर दिया गया")
is imposed by the authorities (``event_roles.yaml`` default_sources), and, like an arrest told
so, needs whom it befell in the sentence (agentless_needs_target). Revenue and police officers told by their post (लेखपाल, तहसीलदार,
थाना प्रभारी) are generic actors (``generic_actors.tsv``)."""

from __future__ import annotations

import pytest
from test_roles_lists import rule_coder  # noqa: F401  (the fixture "pipeline": the rule coder alone)

import ghatna
from ghatna.pipeline import Pipeline


def sanctions(text: str, pipeline: Pipeline) -> list[tuple[str | None, str | None]]:
    return [((e.source.role or e.source.name) if e.source else None, e.source.sector if e.source else None)
            for e in ghatna.extract(text, pipeline=pipeline).events if e.type == "SANCTION"]


@pytest.mark.parametrize("text", [
    "लापरवाही बरतने पर थाना प्रभारी को निलंबित कर दिया गया।",
    "ड्यूटी से गायब रहने वाले तीन शिक्षकों को बर्खास्त कर दिया गया है।",
    "भ्रष्टाचार के आरोप में दो लेखपालों को बर्खास्त कर दिया गया।",
])
def test_passive_sanction_is_by_the_authorities(text: str, pipeline: Pipeline) -> None:
    assert sanctions(text, pipeline) == [("authorities", "GOV")]


def test_a_named_imposer_keeps_the_sanction(pipeline: Pipeline) -> None:
    found = sanctions("जिलाधिकारी ने लापरवाही बरतने पर दो शिक्षकों को निलंबित कर दिया।", pipeline)
    assert found == [("officials", "GOV")]
