"""An attack noun told with its target marked पर names its doer before that target: a genitive
right before another side aimed at ("X के Y पर (किए गए) हमले": an actor owns no other side) or
before the demonym of the thing aimed at ("X के इजरायली चौकियों पर"), or an actor marked द्वारा /
की ओर से a few words before. A genitive that owns the thing or the group aimed at ("सेना के शिविर
पर", "पुलिस के जवानों पर") is no doer."""

from __future__ import annotations

import pytest
from test_attacks import attacks
from test_roles_lists import rule_coder  # noqa: F401  (the fixture "pipeline": the rule coder alone)

from ghatna.pipeline import Pipeline


@pytest.mark.parametrize(("text", "doer"), [
    ("तुर्की के सीरिया पर हमले में बीस लोग मारे गए।", (None, "TUR")),
    ("इजरायल के गाजा पर हवाई हमले में बारह लोगों की मौत हो गई।", (None, "ISR")),
    ("रूसी सेना के यूक्रेनी शहर पर किए गए हमले में नौ नागरिक मारे गए।", ("MIL", "RUS")),
    ("नक्सलियों के पुलिस दल पर किए गए हमले में तीन जवान शहीद हो गए।", ("REB", "IND")),
    ("उग्रवादियों द्वारा सेना के शिविर पर किए गए हमले में पांच सैनिक मारे गए।", ("REB", None)),
    ("पाकिस्तान की ओर से भारतीय चौकियों पर की गई गोलीबारी में दो जवान शहीद हो गए।", (None, "PAK")),
])
def test_the_doer_before_the_target_of_an_attack_noun(text: str, doer: tuple[str | None, str | None],
                                                      pipeline: Pipeline) -> None:
    found = attacks(text, pipeline)
    assert found and all((source[1], source[2]) == doer for source, _target in found)


@pytest.mark.parametrize("text", [
    "सेना के शिविर पर किए गए हमले में पांच सैनिक मारे गए।",
    "पुलिस के जवानों पर पथराव में चार घायल हुए।",
])
def test_the_owner_of_what_is_aimed_at_is_no_doer(text: str, pipeline: Pipeline) -> None:
    assert all(source[1] not in ("MIL", "COP") for source, _target in attacks(text, pipeline))
