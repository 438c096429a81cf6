"""Bodies Hindi news names by a short common form: "मौसम विभाग" is the India Meteorological
Department (the annotations mark it so in most sentences), "आयकर विभाग" the Income Tax Department."""

from __future__ import annotations

import pytest

from ghatna.api import extract


@pytest.mark.parametrize(("text", "name"), [
    ("भोपाल। मौसम विभाग ने प्रदेश के बारह जिलों में ओलावृष्टि का अलर्ट जारी किया है।", "India Meteorological Department"),
    ("जयपुर। आयकर विभाग की टीम ने एक ज्वेलर के ठिकानों पर सर्वे किया।", "Income Tax Department"),
])
def test_a_body_named_by_its_short_form_is_linked(text: str, name: str) -> None:
    assert name in {e.name for e in extract(text, published="2022-05-02").entities if e.kb_id}
