"""PLOVER's types are written once (ghatna.plover); every table keyed by type covers exactly them."""

from ghatna.plover import PLOVER_TYPES, SYMMETRIC_TYPES
from ghatna.store.plover import QUAD_CODE
from ghatna.web.vocab import QUAD_OF_TYPE


def test_types_are_sixteen_and_distinct():
    assert len(PLOVER_TYPES) == len(set(PLOVER_TYPES)) == 16
    assert SYMMETRIC_TYPES <= set(PLOVER_TYPES)


def test_explorer_quads_cover_the_types():
    assert set(QUAD_OF_TYPE) == set(PLOVER_TYPES) and set(QUAD_OF_TYPE.values()) == {1, 2, 3, 4}


def test_plover_export_has_a_quad_for_every_type():
    assert set(PLOVER_TYPES) <= set(QUAD_CODE)
