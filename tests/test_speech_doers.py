"""Who did a deed told in reported speech ("X ने कहा कि … ने हमला किया").

- An agent of the reported clause that names no actor ("विमानों ने", "ड्रोन ने") is someone
  unknown: the speaker before "कहा कि"/"बताया कि" never becomes the attacker.
- "हमने" in the reported clause is the speaker's own side, which keeps acting through the speaker.
"""

from __future__ import annotations

import pytest

import ghatna
from ghatna.pipeline import Pipeline


def assaults(text: str, pipeline: Pipeline) -> set[tuple[str | None, str | None]]:
    events = ghatna.extract(text, pipeline=pipeline).events
    return {(e.source.country if e.source else None, e.target.country if e.target else None)
            for e in events if e.type == "ASSAULT"}


@pytest.mark.parametrize(("text", "speaker", "target"), [
    ("इराकी अधिकारी ने बताया कि ड्रोन ने हिजबुल्ला के काफिले पर हमला किया।", "IRQ", "LBN"),
    ("अमेरिकी अधिकारी ने कहा कि विमानों ने अल-शबाब के ठिकानों पर बमबारी की।", "USA", "SOM"),
])
def test_an_unnamed_doer_is_unknown_not_the_speaker(text: str, speaker: str, target: str,
                                                    pipeline: Pipeline) -> None:
    found = assaults(text, pipeline)
    assert (None, target) in found
    assert (speaker, target) not in found


def test_we_in_the_clause_is_the_speakers_side(pipeline: Pipeline) -> None:
    assert ("ISR", "PSE") in assaults("इजराइली सेना ने कहा कि हमने हमास के ठिकानों पर हमला किया।", pipeline)
