"""GDELT 2.0 exports: the Events table (61 columns) and the Mentions table (16 columns).

Field by field as the GDELT 2.0 Event codebook describes them:

- GLOBALEVENTID: a number derived from the event's stable id (the first 60 bits of its hash),
  so it does not change when articles are added.
- SQLDATE (YYYYMMDD), MonthYear, Year, FractionDate: the event's day where the reports tell
  it, else (as GDELT does) the day of its earliest report; FractionDate is
  YYYY + (MONTH * 30 + DAY) / 365, four decimals.
- Actor fields: the CAMEO-style code (country + sector), the name in capitals, the country
  (ISO alpha-3, as CAMEO), the sector as Type1Code; an organisation without a country, such
  as the UN, has its sector (IGO) as code and KnownGroupCode.
- IsRootEvent: 1 when a report tells it in its headline or first sentence.
- EventCode, EventBaseCode, EventRootCode, QuadClass (1 verbal cooperation: root codes 01-05,
  2 material cooperation: 06-08, 3 verbal conflict: 09-13, 4 material conflict: 14-20).
- NumMentions, NumSources (distinct outlets), NumArticles; AvgTone is empty: ghatna does not
  score tone.
- Geography: ActionGeo from the event's place, with FIPS 10-4 country and ADM1 codes,
  coordinates and GeoNames feature id where the gazetteer has them (type 4 world city, 5
  world state, 1 country, 3 US city, 2 US state); Actor1Geo and Actor2Geo at country level
  from each actor's country (FeatureID the FIPS code, as GDELT gives countries).
- DATEADDED: YYYYMMDDHHMMSS (UTC) of the earliest report's publication time (its day at
  00:00:00 when only the day is known), else the time of the export.
- SOURCEURL: the URL (or, for a file, its name) of the earliest report.

The Mentions table has one row per report: GLOBALEVENTID, EventTimeDate (the event's
DATEADDED), MentionTimeDate, MentionType (1 web, 2 citation only), MentionSourceName,
MentionIdentifier, SentenceID, Actor1CharOffset, Actor2CharOffset, ActionCharOffset,
InRawText, Confidence (10-100), MentionDocLen, MentionDocTone (empty),
MentionDocTranslationInfo ("srclc:hin": coded from Hindi, not translated), Extras.
"""

from __future__ import annotations

import re
from datetime import UTC, date, datetime
from typing import Any

from ghatna.document import told_in_title
from ghatna.knowledge.geo import Place, country_place, fips_of, place
from ghatna.text.safe import safe_url, strip_unsafe

ACTOR_GDELT = ("Code", "Name", "CountryCode", "KnownGroupCode", "EthnicCode", "Religion1Code",
               "Religion2Code", "Type1Code", "Type2Code", "Type3Code")
GEO_GDELT = ("Type", "FullName", "CountryCode", "ADM1Code", "ADM2Code", "Lat", "Long", "FeatureID")
GDELT_COLUMNS: tuple[str, ...] = (
    "GLOBALEVENTID", "SQLDATE", "MonthYear", "Year", "FractionDate",
    *(f"Actor1{c}" for c in ACTOR_GDELT), *(f"Actor2{c}" for c in ACTOR_GDELT),
    "IsRootEvent", "EventCode", "EventBaseCode", "EventRootCode", "QuadClass", "GoldsteinScale",
    "NumMentions", "NumSources", "NumArticles", "AvgTone",
    *(f"Actor1Geo_{c}" for c in GEO_GDELT), *(f"Actor2Geo_{c}" for c in GEO_GDELT),
    *(f"ActionGeo_{c}" for c in GEO_GDELT), "DATEADDED", "SOURCEURL",
)
MENTION_COLUMNS: tuple[str, ...] = (
    "GLOBALEVENTID", "EventTimeDate", "MentionTimeDate", "MentionType", "MentionSourceName",
    "MentionIdentifier", "SentenceID", "Actor1CharOffset", "Actor2CharOffset", "ActionCharOffset",
    "InRawText", "Confidence", "MentionDocLen", "MentionDocTone", "MentionDocTranslationInfo", "Extras",
)
NON_STATE = frozenset({"IGO", "NGO", "IMG", "MNC", "ISM"})
SENTENCE_END = re.compile(r"[।!?|]|\.(?=\s)")
GEO_TYPE = {("country", False): 1, ("state", True): 2, ("city", True): 3, ("city", False): 4, ("state", False): 5}


def global_event_id(event_id: str) -> int:
    """GDELT's numeric id, derived from the stable event id ("ev" + hex)."""
    return int(event_id[2:17], 16)


def timestamp(text: str | None) -> str | None:
    """An ISO date or date-time as YYYYMMDDHHMMSS (UTC when a zone is given)."""
    if not text:
        return None
    try:
        moment = datetime.fromisoformat(text)
    except ValueError:
        return None
    if moment.tzinfo is not None:
        moment = moment.astimezone(UTC)
    return moment.strftime("%Y%m%d%H%M%S")


def now_stamp() -> str:
    return datetime.now(UTC).strftime("%Y%m%d%H%M%S")


def earliest(mentions: list[dict[str, Any]]) -> dict[str, Any]:
    """The first report: the earliest publication time, then the smallest source."""
    return min(mentions, key=lambda m: (timestamp(m.get("published")) or "99999999999999", m.get("url") or ""),
               default={})


def event_day(event: dict[str, Any]) -> date | None:
    text = event.get("date") or ""
    if len(text) == 10 and not text.startswith("--"):
        return date.fromisoformat(text)
    if event.get("date_lo") and event.get("date_lo") == event.get("date_hi"):
        return date.fromisoformat(event["date_lo"])
    return None


def sql_day(event: dict[str, Any], added: str) -> date:
    """The event's day where known, else the day of its earliest report (else of DATEADDED)."""
    day = event_day(event)
    if day is not None:
        return day
    first = timestamp(earliest(event["mentions"]).get("published")) or added
    return date(int(first[:4]), int(first[4:6]), int(first[6:8]))


def fraction_date(day: date) -> str:
    return f"{day.year + (day.month * 30 + day.day) / 365:.4f}"


def quad_class(cameo: str) -> int | str:
    root = int(cameo[:2]) if cameo[:2].isdigit() else 0
    if not root:
        return ""
    return 1 if root <= 5 else 2 if root <= 8 else 3 if root <= 13 else 4


def gdelt_actor(event: dict[str, Any], side: str) -> list[Any]:
    country, sector = event.get(f"{side}_country") or "", event.get(f"{side}_sector") or ""
    name = (event.get(f"{side}_name") or "").upper()
    if not (country or sector or name):
        return [""] * len(ACTOR_GDELT)
    group = sector if not country and sector in NON_STATE else ""
    return [country + sector, name, country, group, "", "", "", sector, "", ""]


def place_kind(found: Place) -> tuple[str, bool]:
    if found.kind == "country":
        return "country", False
    us = found.country == "USA"
    return ("city", us) if found.lat is not None else ("state", us)


def full_name(found: Place) -> str:
    country = country_place(found.country)
    if found.kind == "country" or country is None:
        return found.name
    return f"{found.name}, {country.name}"


def country_geo(iso3: str | None) -> list[Any]:
    country = country_place(iso3)
    if country is None or not country.fips:
        return [""] * len(GEO_GDELT)
    return [1, country.name, country.fips, country.fips, "", "", "", country.fips]


def action_geo(event: dict[str, Any]) -> list[Any]:
    found = place(event.get("location_name"))
    if found is None:
        return country_geo(event.get("location_country"))
    if found.kind == "country":
        return country_geo(found.country)
    fips = found.fips or fips_of(event.get("location_country")) or ""
    return [GEO_TYPE[place_kind(found)], full_name(found), fips, found.adm1 or fips, "",
            found.lat if found.lat is not None else "", found.long if found.long is not None else "",
            found.feature_id or ""]


def is_root(mentions: list[dict[str, Any]]) -> int:
    return int(any(sentence_id(m) == 1 for m in mentions))


def in_title(mention: dict[str, Any]) -> bool:
    """The report is told in the headline: its evidence offsets are the title's."""
    return told_in_title(mention.get("evidence"))


def sentence_id(mention: dict[str, Any]) -> int:
    """1 + the sentence ends before the evidence in the body; 1 for the headline, which GDELT
    reads as the start of the article."""
    if in_title(mention):
        return 1
    body, start = mention.get("body") or "", (mention.get("evidence") or {}).get("start") or 0
    return 1 + len(SENTENCE_END.findall(body[:start]))


def event_row(event: dict[str, Any], added: str | None = None) -> list[Any]:
    """One Events-table row; ``added`` is the fallback DATEADDED (the export time)."""
    mentions = event["mentions"]
    first = earliest(mentions)
    stamp = timestamp(first.get("published")) or added or now_stamp()
    day = sql_day(event, stamp)
    cameo = event.get("cameo") or ""
    goldstein = event.get("goldstein")
    return [
        global_event_id(event["id"]), day.strftime("%Y%m%d"), day.strftime("%Y%m"), day.year, fraction_date(day),
        *gdelt_actor(event, "source"), *gdelt_actor(event, "target"),
        is_root(mentions), cameo, cameo[:3], cameo[:2], quad_class(cameo), "" if goldstein is None else goldstein,
        event["num_mentions"], event["num_sources"], event["num_articles"], "",
        *country_geo(event.get("source_country")), *country_geo(event.get("target_country")), *action_geo(event),
        stamp, safe_url(first.get("url") or ""),
    ]


def char_offset(body: str, text: str | None, evidence: dict[str, Any]) -> int:
    """Where ``text`` first occurs inside the evidence sentence, as an offset into the body (into
    the title for a headline's report); -1 if not."""
    start, end = evidence.get("start"), evidence.get("end")
    if not text or start is None or end is None:
        return -1
    found = body.find(text, start, end)
    return found if found >= 0 else -1


def mention_row(event: dict[str, Any], mention: dict[str, Any], added: str) -> list[Any]:
    body, evidence = mention.get("body") or "", mention.get("evidence") or {}
    told = (mention.get("title") or "") if in_title(mention) else body
    url = safe_url(mention.get("url") or "")
    web = url.startswith(("http://", "https://"))
    confidence = min(100, max(10, round(100 * float(mention.get("confidence") or 0))))
    return [
        global_event_id(event["id"]), added, timestamp(mention.get("published")) or added, 1 if web else 2,
        mention.get("source") or "", url, sentence_id(mention),
        mention.get("source_offset", -1), mention.get("target_offset", -1),
        char_offset(told, mention.get("trigger"), evidence), 1, confidence, len(body), "", "srclc:hin", "",
    ]


def mention_rows(event: dict[str, Any], added: str | None = None) -> list[list[Any]]:
    stamp = timestamp(earliest(event["mentions"]).get("published")) or added or now_stamp()
    return [mention_row(event, m, stamp) for m in event["mentions"]]


def tsv_line(values: list[Any]) -> str:
    """Tab-separated values; tabs, line breaks, control and bidi characters inside a value become spaces."""
    return "\t".join("" if v is None else strip_unsafe(v) for v in values)
