"""The learned detector keeps an attack the rules read with its doer and the harm it did told in
its clause ("भीड़ ने … पथराव किया जिसमें तीन सिपाही घायल हो गए"): it reads words, not clauses,
and vetoed riots that wounded people (written sentences, default pipeline)."""

from __future__ import annotations

import pytest
from test_attacks import attacks

import ghatna
from ghatna.pipeline import Pipeline


@pytest.fixture(scope="module", name="default_pipeline")
def load_default_pipeline() -> Pipeline:
    return ghatna.load()


@pytest.mark.parametrize(("text", "target"), [
    ("भीड़ ने पुलिस पर पथराव किया जिसमें तीन सिपाही घायल हो गए।", ("police", "COP")),
    ("उपद्रवियों ने पुलिस चौकी पर पथराव किया जिसमें दो सिपाही घायल हो गए।", ("police", "COP")),
])
def test_a_riot_that_wounded_people_is_kept_as_an_attack(text: str, target: tuple[str, str],
                                                         default_pipeline: Pipeline) -> None:
    assert attacks(text, default_pipeline, "PROTEST")
    assert target in [tgt[:2] for _src, tgt in attacks(text, default_pipeline)]


def test_a_riot_told_as_fact_that_cost_lives_is_kept(default_pipeline: Pipeline) -> None:
    """No doer named, but told as fact, not in reported speech."""
    assert attacks("शहर में हुए दंगों में चालीस लोगों की जान गई।", default_pipeline)


@pytest.mark.parametrize("text", [
    "भीड़ ने पुलिस पर पथराव किया।",
    "भीड़ ने पुलिस पर पथराव किया जिसमें कोई घायल नहीं हुआ।",
    "मंत्री ने कहा कि कस्बे में हुई हिंसा में जिन युवकों की मौत हुई है, उनके परिजनों को मुआवजा मिलेगा।",
])
def test_no_attack_kept_without_harm_or_doer(text: str, default_pipeline: Pipeline) -> None:
    assert attacks(text, default_pipeline) == []
