"""The Centre is India's government wherever the sentence is set.

"केंद्र सरकार" (also "केन्द्र सरकार") is the Government of India, also in a sentence that names
foreign places ("कतर में काम करने वाले भारतीयों के मुद्दे पर … केंद्र सरकार से जवाब मांगा").
"""

from __future__ import annotations

import pytest

import ghatna
from ghatna.pipeline import Pipeline


@pytest.mark.parametrize("text", [
    "कतर में काम करने वाले भारतीयों के मुद्दे पर मद्रास उच्च न्यायालय ने केंद्र सरकार से जवाब मांगा।",
    "सिंगापुर में फंसे छात्रों की याचिका पर दिल्ली उच्च न्यायालय ने केन्द्र सरकार से रिपोर्ट मांगी।",
])
def test_the_centre_is_indias_government(text: str, pipeline: Pipeline) -> None:
    events = [e for e in ghatna.extract(text, pipeline=pipeline).events if e.type == "REQUEST"]
    assert any(e.target and e.target.name == "Government of India" for e in events)
