"""A title that is an office only under a body of the state (data/title_owners.yaml): "मुखिया"
right after a genitive heads whatever owns it ("परिवार के मुखिया", "गिरोह के मुखिया"), no local
official; under a village or a panchayat, or told bare, it stays the title. All sentences are
written for these tests."""

from __future__ import annotations

import pytest

import ghatna


def source_roles(text: str) -> list[str | None]:
    sources = [e.source for e in ghatna.extract(text).events if e.source]
    assert sources, text
    return [s.role for s in sources]


@pytest.mark.parametrize("text", [
    "परिवार के मुखिया रमेश कुमार ने पुलिस से शिकायत की।",
    "आरएसएस के मुखिया मोहन भागवत ने सरकार की आलोचना की।",
    "गिरोह के मुखिया विकास दुबे ने पुलिस पर हमला किया।",
    "कुनबे के मुखिया हरिराम ने थानेदार की आलोचना की।",
])
def test_head_of_a_family_or_a_body_is_no_official(text: str) -> None:
    assert "local_official" not in source_roles(text)


@pytest.mark.parametrize("text", [
    "गांव के मुखिया रमेश कुमार ने पुलिस से शिकायत की।",
    "ग्राम पंचायत के मुखिया सुरेश यादव ने विधायक की आलोचना की।",
    "मुखिया रामू यादव ने थानेदार की आलोचना की।",
])
def test_head_of_a_village_is_a_local_official(text: str) -> None:
    assert source_roles(text) == ["local_official"]
