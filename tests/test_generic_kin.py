"""Kin, neighbours, factions and home guards are generic actors (``generic_actors.tsv``), and
nouns ending in -ि, -ई or -ु inflect (``paradigms.yaml``): crime reports of one family or
village are attacks between two sides (husband and wife, in-laws, neighbours), not sentences with
no actor."""

from __future__ import annotations

import pytest

from ghatna.api import extract
from ghatna.extraction.paradigms import noun_forms


@pytest.mark.parametrize(("word", "plural"), [("पति", "पतियों"), ("भाई", "भाइयों"), ("धर्मगुरु", "धर्मगुरुओं"),
                                              ("पत्नी", "पत्नियों"), ("गुट", "गुटों")])
def test_nouns_ending_in_a_vowel_take_their_oblique_plural(word: str, plural: str) -> None:
    assert plural in noun_forms(word)


@pytest.mark.parametrize(("text", "source_label", "target_label"), [
    # each kin or neighbour a group of its own: a crime in a family is between two sides
    ("अलीगढ़। शराब के नशे में पति ने पत्नी को लाठी से पीट दिया।", "husband", "wife"),
    ("गया। ससुराल वालों ने विवाहिता को पीट-पीटकर मार डाला।", "in-laws", "wife"),
    ("बरेली। होमगार्ड ने चेकिंग के दौरान एक युवक को पीटा।", "police", "young man"),
    ("उन्नाव। पुरानी रंजिश में दबंगों ने पड़ोसियों पर हमला कर दिया।", "criminals", "neighbours"),
])
def test_attacks_between_kin_neighbours_and_guards_have_their_sides(text: str, source_label: str,
                                                                    target_label: str | None) -> None:
    events = [e for e in extract(text, published="2021-07-10").events if e.type == "ASSAULT"]
    assert events, text
    event = events[0]
    assert event.source is not None and event.source.name.endswith(source_label)
    if target_label is not None:
        assert event.target is not None and event.target.name.endswith(target_label)
