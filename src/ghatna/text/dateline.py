"""The dateline a wire story opens with: "बीजिंग, 5 नवंबर ।", "नई दिल्ली, 12 मार्च (भाषा)",
"इस्लामाबाद:", "काठमांडू/नई दिल्ली।". Its place is resolved to the knowledge base later.
"""

from __future__ import annotations

import re
from functools import cache

from ghatna.resources import load_yaml
from ghatna.text.numbers import parse_number

PLACE = r"[\u0900-\u097fA-Za-z][\u0900-\u097fA-Za-z.]*(?: [\u0900-\u097fA-Za-z][\u0900-\u097fA-Za-z.]*){0,2}"
DIGITS = r"[\d\u0966-\u096f]"


@cache
def dateline_pattern() -> re.Pattern[str]:
    months = load_yaml("dates.yaml")["months"]
    names = sorted((n for forms in months.values() for n in forms), key=len, reverse=True)
    month = "|".join(re.escape(n) for n in names)
    return re.compile(
        rf"^(?P<places>{PLACE}(?:\s*/\s*{PLACE})*)"
        rf"(?:\s*,\s*(?P<day>{DIGITS}{{1,2}})\s+(?P<month>{month})(?:\s*,?\s*(?P<year>{DIGITS}{{4}}))?)?"
        rf"\s*(?:\((?P<agency>[^()\n]{{1,30}})\))?\s*(?P<end>[।:|]|-{{1,2}}|\.(?=\s)|(?<=\))\s)"
    )


@cache
def month_numbers() -> dict[str, int]:
    months = load_yaml("dates.yaml")["months"]
    return {name.lower(): int(num) for num, forms in months.items() for name in forms}


def extract_dateline(body: str) -> dict[str, object] | None:
    """Place(s) and month-day of the dateline at the start of the body, or None."""
    match = dateline_pattern().match(body)
    if match is None or (match.group("day") is None and match.group("end") not in (":", "।")):
        return None
    places = [p.strip() for p in match.group("places").split("/")]
    if any(len(p.split()) > 3 for p in places):
        return None
    date = None
    if match.group("day"):
        day = int(parse_number(match.group("day")) or 0)
        month = month_numbers()[match.group("month").lower()]
        year = match.group("year")
        date = f"{int(parse_number(year) or 0):04d}-{month:02d}-{day:02d}" if year else f"--{month:02d}-{day:02d}"
    end = match.start("end")
    return {
        "place": places[0], "places": places, "date": date, "agency": match.group("agency"),
        "text": body[:end].strip(), "start": 0, "end": len(body[:end].rstrip()),
    }
