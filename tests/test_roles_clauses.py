"""Clauses with agents of their own: a subject named after "लेकिन", "क्योंकि", "जबकि" is the agent
of what follows it, and a clause that names none goes on with the agent before it."""

from __future__ import annotations

from test_roles_lists import dyads, rule_coder  # noqa: F401  (the fixture "pipeline": the rule coder alone)

from ghatna.pipeline import Pipeline


def test_a_subject_after_a_conjunction_is_the_agent_of_its_clause(pipeline: Pipeline) -> None:
    found = dyads("भारत ने पाकिस्तान के साथ बातचीत की पेशकश की, लेकिन अब चीन इसका विरोध कर रहा है।", pipeline)
    assert ("CONSULT", "IND", "PAK") in found
    assert any(t == "ACCUSE" and s == "CHN" for t, s, _g in found)
    assert not any(t == "ACCUSE" and s == "IND" for t, s, _g in found)


def test_a_clause_without_a_subject_goes_on_with_the_agent_before(pipeline: Pipeline) -> None:
    found = dyads("पाकिस्तान की पुलिस ने कई छात्रों को हिरासत में लिया, लेकिन बाद में उन्हें रिहा कर दिया।", pipeline)
    assert {t for t, _s, _g in found} >= {"COERCE", "CONCEDE"}
    assert all(s == "PAK" for _t, s, _g in found)
