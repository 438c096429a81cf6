"""Lines repeated from other articles are dropped; a syndicated story's own lines are not."""

from __future__ import annotations

from pathlib import Path

import ghatna
from ghatna.pipeline import Pipeline
from ghatna.settings import Settings
from ghatna.text.boilerplate import find_boilerplate

SIDEBAR = ["मौसम विभाग ने जारी किया अलर्ट", "शेयर बाजार में भारी गिरावट", "क्रिकेट टीम की घोषणा आज"]
STORIES = [
    "भारत और नेपाल ने सीमा विवाद पर काठमांडू में बातचीत की। दोनों देशों ने संयुक्त सर्वेक्षण पर सहमति जताई।",
    "जापान ने दक्षिण कोरिया के साथ रक्षा सहयोग बढ़ाने पर चर्चा की। बैठक टोक्यो में हुई।",
    "ईरान ने इजराइल पर ड्रोन हमले का आरोप लगाया। तेहरान ने संयुक्त राष्ट्र से कार्रवाई की मांग की।",
    "फ्रांस ने अल्जीरिया के दो राजनयिकों को निष्कासित किया। पेरिस ने जासूसी का आरोप लगाया।",
]


def write(tmp: Path, name: str, lines: list[str]) -> str:
    path = tmp / name
    path.write_text("\n".join(lines), encoding="utf-8")
    return str(path)


def test_sidebar_lines_in_many_articles_are_boilerplate(tmp_path: Path) -> None:
    paths = [write(tmp_path, f"{i}.txt", [f"शीर्षक संख्या {i} की खबर यहां", body, *SIDEBAR])
             for i, body in enumerate(STORIES)]
    found = find_boilerplate(paths)
    assert set(SIDEBAR) <= found
    pipe = Pipeline(Settings(boilerplate=found), stages=["normalize", "clean"])
    doc = ghatna.extract_file(paths[0], pipe)
    assert not any(line in doc.body for line in SIDEBAR)
    assert "काठमांडू" in doc.body


def test_wire_copies_keep_their_shared_headline(tmp_path: Path) -> None:
    headline = "भारत-नेपाल सीमा वार्ता में बनी सहमति"
    paths = [write(tmp_path, f"copy{i}.txt", [headline, STORIES[0], f"वेबसाइट {i} पर पढ़ते रहिए"]) for i in range(4)]
    assert headline not in find_boilerplate(paths)
