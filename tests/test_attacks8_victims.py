"""Attack reports, issue 10 (written sentences): victims told by their number alone ("…, 12 की
मौत", "दो घायल") and attacks on a place or crowd by militants or criminals with no one named as
hit are aimed at the civilians of the place's country; a life taken ("X की जान ले ली") is harm;
"X को गोली लगी" names its patient however the clause goes on; a crime named by its victim ("X से
दुष्कर्म") targets that victim. Knowing ("सच जान लिया"), blasting rock and an encounter's firing
make no attack on civilians."""

from __future__ import annotations

import pytest
from test_attacks import attacks
from test_roles_lists import rule_coder  # noqa: F401  (the fixture "pipeline": the rule coder alone)

from ghatna.pipeline import Pipeline


def targets(text: str, pipeline: Pipeline) -> set[tuple[str | None, str | None]]:
    return {(target[1], target[2]) for _, target in attacks(text, pipeline)}


@pytest.mark.parametrize(("text", "country"), [
    ("पेशावर में मस्जिद के बाहर बम धमाका, 12 की मौत", "PAK"),
    ("लखनऊ के एक मोहल्ले में बदमाशों ने की फायरिंग, एक की मौत", "IND"),
    ("उग्रवादियों ने काबुल के एक बाजार में धमाका किया।", "AFG"),
    ("बदमाशों ने पटना के एक मेले में गोलीबारी की।", "IND"),
])
def test_attack_on_a_crowd_targets_its_civilians(text: str, country: str, pipeline: Pipeline) -> None:
    assert ("CVL", country) in targets(text, pipeline)


@pytest.mark.parametrize("text", [
    "मुंबई में 1993 में हुए धमाकों ने 250 से अधिक लोगों की जान ले ली थी।",
    "बम धमाकों ने कई लोगों की जान ले ली।",
])
def test_a_life_taken_is_harm(text: str, pipeline: Pipeline) -> None:
    assert any(s == "CVL" for s, _ in targets(text, pipeline))


@pytest.mark.parametrize(("text", "sector"), [
    ("सिपाही को गोली लगी है।", "COP"),
    ("एक सिपाही को गोली लगी और वह घायल हो गया।", "COP"),
])
def test_shot_names_its_patient(text: str, sector: str, pipeline: Pipeline) -> None:
    assert any(s == sector for s, _ in targets(text, pipeline))


@pytest.mark.parametrize("text", [
    "कानपुर में नाबालिग से दुष्कर्म, आरोपी फरार",
    "युवती से सामूहिक दुष्कर्म के बाद हत्या",
])
def test_crime_named_by_its_victim(text: str, pipeline: Pipeline) -> None:
    assert any(s == "CVL" for s, _ in targets(text, pipeline))


@pytest.mark.parametrize("text", [
    "उसने आखिरकार सच जान लिया।",
    "मजदूरों ने चट्टान तोड़ने के लिए विस्फोट किया।",
    "मुठभेड़ के दौरान आतंकियों ने फायरिंग की।",
    "सड़क हादसे में 12 की मौत",
    "बस पलटने से दो घायल",
])
def test_no_attack_on_civilians(text: str, pipeline: Pipeline) -> None:
    assert not any(s == "CVL" for s, _ in targets(text, pipeline))
