"""Word lists read from the package's data once, not on every call (STYLE 4)."""

from __future__ import annotations

from ghatna.extraction.actors import home_evidence


def test_home_evidence_is_read_once() -> None:
    first = home_evidence()
    assert first is home_evidence()  # the same set, not one built again from the YAML
    assert "थानेदार" in first
