"""Whom a speaker charges when reported speech tells a misdeed ("X ने कहा कि Y ने गलती की").

- The charge is against the doer of the deed, the reported clause's ergative subject ("Y ने"),
  not an actor named before it in the clause ("युवाओं से", "यूक्रेन के साथ").
- Whom a deed befell ("Z की हत्या कर Y ने …") is never the one charged.
- A pronoun subject read as the speaker's own side leaves the clause's order as it was.
"""

from __future__ import annotations

import pytest
from test_roles_lists import rule_coder  # noqa: F401  (the fixture "pipeline": the rule coder alone)

import ghatna
from ghatna.pipeline import Pipeline


def charges(text: str, pipeline: Pipeline) -> set[tuple[str | None, str | None]]:
    events = ghatna.extract(text, pipeline=pipeline).events
    return {(e.source.name if e.source else None, e.target.name if e.target else None)
            for e in events if e.type == "ACCUSE"}


@pytest.mark.parametrize(("text", "charged", "not_charged"), [
    # the victim of the deed, named first in the clause, is not charged
    ("ईरान के राष्ट्रपति हसन रूहानी ने कहा कि जनरल सुलेमानी की हत्या कर अमेरिका ने बहुत बड़ी गलती की है।",
     "United States", "Qasem Soleimani"),
    # the ones lied to are not charged, the party that lied is
    ("कांग्रेस ने कहा कि चुनाव से पहले युवाओं से भाजपा ने झूठे वादे किए।",
     "Bharatiya Janata Party", None),
    # the partner of a broken pact is not charged, the one who broke it is
    ("रूस ने कहा कि यूक्रेन के साथ समझौता तोड़कर नाटो ने विश्वासघात किया है।", "NATO", "Ukraine"),
])
def test_the_doer_of_the_deed_is_charged(text: str, charged: str, not_charged: str | None,
                                         pipeline: Pipeline) -> None:
    targets = {target for _source, target in charges(text, pipeline)}
    assert charged in targets
    assert not_charged is None or not_charged not in targets


@pytest.mark.parametrize("text", [
    "भाजपा ने कहा कि कांग्रेस लोगों को गुमराह कर रही है।",
    "भाजपा ने कहा कि जब कांग्रेस चुनाव हार गई तो उसने जनता को गुमराह करना शुरू कर दिया।",
])
def test_a_bare_subject_is_still_charged(text: str, pipeline: Pipeline) -> None:
    assert ("Bharatiya Janata Party", "Indian National Congress") in charges(text, pipeline)
