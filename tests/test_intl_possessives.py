"""A state's possessive pronoun in reported speech: "X ने कहा कि उसके विदेश मंत्री/राजनयिकों …".

"उसके" before an unnamed office or group stands for the state that is the agent before it,
outside the pronoun's own clause (the clause's own agent would be "अपने"); it is not the country
Hindi news gives a bare office (India's), nor the clause's agent.
"""

from __future__ import annotations

import pytest

import ghatna
from ghatna.pipeline import Pipeline


def found(text: str, pipeline: Pipeline) -> set[tuple[str, str | None, str | None]]:
    return {(e.type, e.source.country if e.source else None, e.target.country if e.target else None)
            for e in ghatna.extract(text, pipeline=pipeline).events}


@pytest.mark.parametrize(("text", "event"), [
    ("दक्षिण कोरिया ने कहा कि उसके विदेश मंत्री ने जापान के विदेश मंत्री से फोन पर बात की।", ("CONSULT", "KOR", "JPN")),
    ("अमेरिका ने कहा कि रूस ने उसके राजनयिकों को निष्कासित कर दिया।", ("SANCTION", "RUS", "USA")),
    ("मिस्र ने बताया कि उसके प्रधानमंत्री ने इथियोपिया के प्रधानमंत्री से मुलाकात की।", ("CONSULT", "EGY", "ETH")),
    ("ईरान ने कहा कि इजराइल ने उसके परमाणु वैज्ञानिक की हत्या की।", ("ASSAULT", "ISR", "IRN")),
])
def test_its_office_is_the_speaking_state(text: str, event: tuple[str, str, str], pipeline: Pipeline) -> None:
    assert event in found(text, pipeline)


def test_the_clause_agent_own_group_is_reflexive(pipeline: Pipeline) -> None:
    got = found("जर्मनी ने कहा कि फ्रांस ने अपने राजनयिकों को वापस बुला लिया है।", pipeline)
    assert not any(src == "DEU" and tgt == "DEU" for _, src, tgt in got)
