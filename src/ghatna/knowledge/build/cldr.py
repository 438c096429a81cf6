"""Names from the Unicode CLDR (through ``babel``) and ISO 3166 (through ``pycountry`` and its
iso-codes translations): ``data/kb/cldr.tsv`` holds the Hindi country names CLDR adds to the
hand-made ``countries.tsv`` and the world's regions; ``data/kb/subdivisions.tsv`` the states,
provinces and districts of ISO 3166-2 that have a Hindi name.
"""

from __future__ import annotations

from collections.abc import Iterator

from ghatna.knowledge.build.common import REGION, form_key, plain_latin, usable_form, write_tsv
from ghatna.resources import load_tsv, split_list

CLDR_SOURCE = "Unicode CLDR territory names for locale hi, via babel (Locale('hi').territories)"
ISO_SOURCE = "ISO 3166-2 subdivisions and their Hindi names from Debian iso-codes, via pycountry"
COLUMNS = ["id", "name", "type", "country", "kind", "hindi", "latin", "source"]
FIRST_LEVEL = frozenset({
    "province", "state", "region", "governorate", "prefecture", "oblast", "autonomous region", "autonomous republic",
    "autonomous community", "land", "voivodship", "regional state", "emirate", "federal district", "capital district",
    "territory", "union territory", "autonomous city", "special administrative region", "republic",
    "federal territory", "capital territory", "autonomous province", "administrative region", "division",
    "department", "nation", "country", "autonomous district",
})
SKIP_CODES = frozenset({"EU", "EZ", "UN", "QO", "001"})  # bodies and the world, not places


def plain(form: str) -> bool:
    return not any(c in form for c in "()–—॰") and " - " not in form


def country_alias_rows(common: frozenset[str]) -> Iterator[dict[str, str]]:
    """CLDR's Hindi name of each country where the hand-made row lacks it."""
    import pycountry
    from babel import Locale

    names = Locale("hi").territories
    rows = {r["iso3"]: r for r in load_tsv("kb/countries.tsv")}
    for country in pycountry.countries:
        row, hindi = rows.get(country.alpha_3), names.get(country.alpha_2)
        form = usable_form(hindi, common) if hindi and plain(hindi) else None
        if row is not None and form and form not in split_list(row.get("hindi")):
            yield {"id": f"country:{country.alpha_3}", "name": row["name"], "type": "GPE", "country": country.alpha_3,
                   "kind": "country-name", "hindi": form, "latin": "", "source": "cldr"}


def region_rows(common: frozenset[str], taken: set[str]) -> Iterator[dict[str, str]]:
    from babel import Locale

    english = Locale("en").territories
    for code, hindi in Locale("hi").territories.items():
        form = usable_form(hindi, common) if code.isdigit() and code not in SKIP_CODES else None
        if form and form_key(form) not in taken:
            taken.add(form_key(form))
            yield {"id": f"cldr:region:{code}", "name": english[code], "type": "LOC", "country": "",
                   "kind": "region", "hindi": form, "latin": english[code], "source": "cldr"}


def subdivision_rows(common: frozenset[str], taken: set[str], in_region: bool) -> Iterator[dict[str, str]]:
    """Subdivisions of India's region (every level), or elsewhere (first-level kinds only)."""
    import gettext

    import pycountry

    hindi = gettext.translation("iso3166-2", pycountry.LOCALES_DIR, languages=["hi"])
    known = {(r.get("country", ""), n.lower()) for r in load_tsv("kb/places.tsv")
             for n in [r["name"], *split_list(r.get("latin"))]}
    for sub in sorted(pycountry.subdivisions, key=lambda s: s.code):
        country = pycountry.countries.get(alpha_2=sub.country_code)
        name = hindi.gettext(sub.name)
        form = usable_form(name, common) if name != sub.name and plain(name) else None
        if country is None or (country.alpha_3 in REGION) != in_region:
            continue
        if not in_region and sub.type.lower() not in FIRST_LEVEL:
            continue
        if not form or form_key(form) in taken or (country.alpha_3, sub.name.lower()) in known:
            continue
        taken.add(form_key(form))
        yield {"id": f"iso3166-2:{sub.code}", "name": plain_latin(sub.name), "type": "GPE", "country": country.alpha_3,
               "kind": sub.type.lower(), "hindi": form, "latin": sub.name, "source": "iso3166-2"}


def build_cldr(common: frozenset[str], taken: set[str]) -> dict[str, int]:
    aliases = list(country_alias_rows(common))
    taken.update(form_key(r["hindi"]) for r in aliases)
    rows = [*aliases, *region_rows(common, taken)]
    return {"cldr.tsv": write_tsv("cldr.tsv", COLUMNS, rows, CLDR_SOURCE)}


def build_subdivisions(rows: list[dict[str, str]]) -> dict[str, int]:
    return {"subdivisions.tsv": write_tsv("subdivisions.tsv", COLUMNS, rows, ISO_SOURCE)}
