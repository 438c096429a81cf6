"""Request parameters: read from the query string, checked, and turned into typed queries.

Every route, JSON or HTML, reads its filters through the dependencies here, so a page and
its JSON twin accept exactly the same parameters. A bad value raises ``BadParameter``,
which the app answers with 400 and a message naming the parameter and what it accepts.
An empty value (as a search form sends for a blank field) means "no filter".
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date
from typing import Annotated

from fastapi import Query, Request

from ghatna.errors import GhatnaError
from ghatna.plover import PLOVER_TYPES
from ghatna.text.normalize import normalize_inline

from .settings import WebSettings
from .vocab import FORMATS, INTERVALS, MODALITIES, ROLES

COUNTRY = re.compile(r"^[A-Z]{3}$")
SECTOR = re.compile(r"^[A-Z]{2,4}$")
DATE_PREFIX = re.compile(r"^\d{4}(-\d{2}(-\d{2})?)?$")
MAX_TEXT = 200


class BadParameter(GhatnaError):
    """A request parameter has a value the explorer cannot use."""

    def __init__(self, name: str, message: str) -> None:
        super().__init__(f"parameter {name!r}: {message}")
        self.name = name
        self.message = message


@dataclass(frozen=True, slots=True)
class EventQuery:
    """Which events: every field narrows the set; None means no filter on it."""

    types: tuple[str, ...] = ()
    actor: str | None = None
    role: str = "any"
    dyad: tuple[str, str] | None = None
    country: str | None = None
    sector: str | None = None
    since: str | None = None
    until: str | None = None
    modality: str | None = None
    min_sources: int | None = None
    text: str | None = None
    sort: str = "-date"


@dataclass(frozen=True, slots=True)
class Page:
    """Which slice of the results, and in which format (json: a page; csv, jsonl: a download)."""

    limit: int
    offset: int = 0
    format: str = "json"


def blank(value: str | None) -> str | None:
    value = (value or "").strip()
    return value or None


def settings_of(request: Request) -> WebSettings:
    settings: WebSettings = request.app.state.settings
    return settings


def parse_types(value: str | None) -> tuple[str, ...]:
    types = tuple(dict.fromkeys(t.strip().upper() for t in (value or "").split(",") if t.strip()))
    unknown = [t for t in types if t not in PLOVER_TYPES]
    if unknown:
        raise BadParameter("type", f"{', '.join(unknown)} is not a PLOVER type; use one or more "
                                   f"(comma-separated) of {', '.join(PLOVER_TYPES)}")
    return types


def parse_choice(name: str, value: str | None, choices: tuple[str, ...]) -> str | None:
    value = blank(value)
    if value is None:
        return None
    if value.lower() not in choices:
        raise BadParameter(name, f"{value!r} is not one of {', '.join(choices)}")
    return value.lower()


def parse_code(name: str, value: str | None, pattern: re.Pattern[str], example: str) -> str | None:
    value = blank(value)
    if value is None:
        return None
    if not pattern.match(value.upper()):
        raise BadParameter(name, f"{value!r} is not a code like {example}")
    return value.upper()


def parse_dyad(value: str | None) -> tuple[str, str] | None:
    value = blank(value)
    if value is None:
        return None
    first, sep, second = value.upper().partition(":")
    if not sep or not COUNTRY.match(first.strip()) or not COUNTRY.match(second.strip()):
        raise BadParameter("dyad", f"{value!r} is not two ISO 3166-1 alpha-3 codes like RUS:CHN")
    return first.strip(), second.strip()


def parse_day(name: str, value: str | None, *, end: bool) -> str | None:
    """An ISO date, a month or a year; the first (or with ``end`` the last) day it covers."""
    value = blank(value)
    if value is None:
        return None
    if not DATE_PREFIX.match(value):
        raise BadParameter(name, f"{value!r} is not an ISO date like 2024-05-09, 2024-05 or 2024")
    parts = [int(p) for p in value.split("-")]
    year, month, day = parts[0], parts[1] if len(parts) > 1 else (12 if end else 1), parts[2] if len(parts) > 2 else 0
    try:
        first = date(year, month, day or 1)
    except ValueError as err:
        raise BadParameter(name, f"{value!r} is not a real date ({err})") from err
    if day or not end:
        return first.isoformat()
    following = date(year + (month == 12), month % 12 + 1, 1)
    return date.fromordinal(following.toordinal() - 1).isoformat()


def parse_text(name: str, value: str | None) -> str | None:
    value = blank(value)
    if value is None:
        return None
    if len(value) > MAX_TEXT:
        raise BadParameter(name, f"at most {MAX_TEXT} characters")
    return normalize_inline(value) or None


def parse_count(name: str, value: str | None) -> int | None:
    value = blank(value)
    if value is None:
        return None
    if not value.isascii() or not value.isdigit() or int(value) < 1:
        raise BadParameter(name, f"{value!r} is not a whole number of at least 1")
    return int(value)


def parse_sort(value: str | None, keys: dict[str, str], default: str) -> str:
    value = blank(value) or default
    if value.lstrip("-") not in keys:
        raise BadParameter("sort", f"{value!r} is not one of {', '.join(keys)} (prefix - for descending)")
    return value


TypeParam = Annotated[str | None, Query(description="PLOVER type, or several comma-separated: CONSULT,AGREE",
                                        max_length=200)]
ActorParam = Annotated[str | None, Query(description="An actor by canonical name, Hindi or English alias, or "
                                                     "KB id (Q7747, ghatna:person:...)", max_length=MAX_TEXT)]
RoleParam = Annotated[str | None, Query(description="Where the actor stands: any (default), source, target")]
DyadParam = Annotated[str | None, Query(description="Two countries, either order: RUS:CHN", max_length=20)]
CountryParam = Annotated[str | None, Query(description="ISO 3166-1 alpha-3 country on either side: IND",
                                           max_length=10)]
SectorParam = Annotated[str | None, Query(description="CAMEO/PLOVER sector on either side: GOV, MIL, REB, ...",
                                          max_length=10)]
SinceParam = Annotated[str | None, Query(description="Events that may have happened on or after this "
                                                     "date (YYYY-MM-DD, YYYY-MM or YYYY)", max_length=10)]
UntilParam = Annotated[str | None, Query(description="Events that may have happened on or before this date",
                                         max_length=10)]
ModalityParam = Annotated[str | None, Query(description="asserted, planned, possible, negated or denied")]
MinSourcesParam = Annotated[str | None, Query(description="At least this many outlets reported the event",
                                               max_length=6)]
TextParam = Annotated[str | None, Query(description="Words the evidence sentence of any mention contains",
                                        max_length=MAX_TEXT)]
SortParam = Annotated[str | None, Query(description="date, goldstein, sources, mentions, articles, confidence "
                                                    "or type; prefix - for descending (default -date)",
                                        max_length=20)]
LimitParam = Annotated[int | None, Query(ge=1, description="Rows per page (JSON: default 50, at most 500; "
                                                          "csv/jsonl downloads: at most 10,000)")]
OffsetParam = Annotated[int, Query(ge=0, description="Rows to skip (at most 100,000)")]
FormatParam = Annotated[str | None, Query(description="json (default), or csv / jsonl to download")]
IntervalParam = Annotated[str | None, Query(description="day, week or month (default)")]


def event_query(
    type: TypeParam = None, actor: ActorParam = None, role: RoleParam = None, dyad: DyadParam = None,
    country: CountryParam = None, sector: SectorParam = None, since: SinceParam = None, until: UntilParam = None,
    modality: ModalityParam = None, min_sources: MinSourcesParam = None, q: TextParam = None,
    sort: SortParam = None,
) -> EventQuery:
    """The event filters of a request (a FastAPI dependency)."""
    from .vocab import EVENT_SORTS

    query = EventQuery(
        types=parse_types(type), actor=parse_text("actor", actor), role=parse_choice("role", role, ROLES) or "any",
        dyad=parse_dyad(dyad), country=parse_code("country", country, COUNTRY, "IND"),
        sector=parse_code("sector", sector, SECTOR, "GOV"), since=parse_day("since", since, end=False),
        until=parse_day("until", until, end=True), modality=parse_choice("modality", modality, MODALITIES),
        min_sources=parse_count("min_sources", min_sources), text=parse_text("q", q), sort=parse_sort(sort, EVENT_SORTS, "-date"),
    )
    if query.since and query.until and query.since > query.until:
        raise BadParameter("until", f"{until} is before since={since}")
    return query


def page(request: Request, limit: LimitParam = None, offset: OffsetParam = 0, format: FormatParam = None) -> Page:
    """Which slice and format of the results (a FastAPI dependency)."""
    settings = settings_of(request)
    fmt = parse_choice("format", format, FORMATS) or "json"
    most = settings.max_page_size if fmt == "json" else settings.max_download_rows
    if limit is not None and limit > most:
        raise BadParameter("limit", f"at most {most} for format={fmt}")
    if offset > settings.max_offset:
        raise BadParameter("offset", f"at most {settings.max_offset}; narrow the filters instead")
    default = settings.page_size if fmt == "json" else settings.max_download_rows
    return Page(limit or default, offset, fmt)


def period_interval(interval: IntervalParam = None) -> str:
    """The timeline's period (a FastAPI dependency)."""
    return parse_choice("interval", interval, INTERVALS) or "month"
