"""PLOVER's event types, written once: every module that checks, lists or orders them reads them here."""

from __future__ import annotations

# In the PLOVER manual's order: cooperation from verbal to material, then conflict.
PLOVER_TYPES: tuple[str, ...] = (
    "AGREE", "CONSULT", "SUPPORT", "CONCEDE", "COOPERATE", "AID", "RETREAT", "REQUEST",
    "ACCUSE", "REJECT", "THREATEN", "PROTEST", "SANCTION", "MOBILIZE", "COERCE", "ASSAULT",
)
# Types whose two sides act alike ("X and Y met"): their dyads are compared without direction.
SYMMETRIC_TYPES = frozenset({"CONSULT", "AGREE", "COOPERATE"})
