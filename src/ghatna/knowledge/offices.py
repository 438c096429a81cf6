"""Who held an office on a day, from the knowledge base's people and their offices.

A title told without a name ("प्रधानमंत्री ने कहा") is coded as a generic actor ("India prime
minister"); an office one person holds at a time, of a country (no state or party as its
organisation), names that person on the day of the event:

    >>> holder_on("IND", "prime_minister", date(2020, 3, 19)).name
    'Narendra Modi'

Offices come from the bundled knowledge base (``kb/people*.yaml``); an acting holder, an office
two people are recorded as holding that day, or a day no office covers gives None: the
knowledge base cannot tell, and a generic actor stays generic.
"""

from __future__ import annotations

import re
from collections import defaultdict
from datetime import date
from functools import cache

from ghatna.resources import cached, load_tsv

from .kb import KBEntry, country_names, load_kb

Holders = dict[tuple[str, str], tuple[tuple[KBEntry, date | None, date | None], ...]]


@cache
def holders() -> Holders:
    """(country, role) -> every person who held that office of the country, with the dates; kept
    in the disk cache (``resources.cached``), so a process that merges does not build the whole
    knowledge base (0.2 s) for it."""
    return cached("office-holders", build_holders)


def build_holders() -> Holders:
    index: dict[tuple[str, str], list[tuple[KBEntry, date | None, date | None]]] = defaultdict(list)
    for entry in load_kb():
        for office in entry.offices:
            if entry.country and not office.org and not office.acting:
                index[(entry.country, office.role)].append((entry, office.start, office.end))
    return {key: tuple(found) for key, found in index.items()}


STATE_SEAT = re.compile(r"^[A-Z]{2}-[A-Z0-9]{1,3}$")  # an office's organisation that is a state ("IN-BR")


@cache
def government_terms() -> dict[str, tuple[tuple[str, date | None, date | None], ...]]:
    """KB id -> the government offices the entry held, each with its seat (the entry's country for
    the country's own office, as a Union minister's; the state's code, "IN-BR", for a chief
    minister's) and its term; a ministry is its country's for ever."""
    return cached("government-terms", build_government_terms)


def build_government_terms() -> dict[str, tuple[tuple[str, date | None, date | None], ...]]:
    index: dict[str, list[tuple[str, date | None, date | None]]] = defaultdict(list)
    for entry in load_kb():
        if entry.type == "ORG" and entry.kind == "ministry" and entry.country:
            index[entry.kb_id].append((entry.country, None, None))
        for office in entry.offices:
            seat = office.org if office.org and STATE_SEAT.match(office.org) else None if office.org else entry.country
            if seat and office.sector == "GOV" and not office.acting:
                index[entry.kb_id].append((seat, office.start, office.end))
    return {key: tuple(terms) for key, terms in index.items()}


def seat_on(kb_id: str | None, first: date, last: date) -> str | None:
    """The one government the entry served from ``first`` to ``last``: its country's code for the
    country's own (Nitin Gadkari, a Union minister, in 2020; the Ministry of Railways), a state's
    code for a state's (Uddhav Thackeray: "IN-MH"); None when no office or more than one covers them."""
    seats = {seat for seat, start, end in government_terms().get(kb_id or "", ())
             if (start is None or start <= first) and (end is None or last <= end)}
    return next(iter(seats)) if len(seats) == 1 else None


def holder_on(country: str, role: str, day: date) -> KBEntry | None:
    """The one person who held the office on that day, else None."""
    found = {entry.kb_id: entry for entry, start, end in holders().get((country, role), ())
             if (start is None or start <= day) and (end is None or day <= end)}
    return next(iter(found.values())) if len(found) == 1 else None


@cache
def office_labels() -> dict[str, str]:
    """Generic actors' labels that are offices (``generic_actors.tsv``: "prime minister") -> the
    knowledge base's role ("prime_minister"): a label some country's office is recorded under."""
    roles = {role for _, role in holders()}
    labels = {row["label"] for row in load_tsv("generic_actors.tsv")}
    return {label: role for label in labels if (role := label.replace(" ", "_")) in roles}


def country_name(code: str) -> str | None:
    found = country_names().get(code)
    return found[0] if found else None


def office_of(name: str | None, country: str | None) -> str | None:
    """The role of a generic actor named for an office ("India prime minister", "prime minister")."""
    if not name or not country:
        return None
    for label, role in office_labels().items():
        if name == label or name == f"{country_name(country)} {label}":
            return role
    return None


Terms = dict[str, tuple[tuple[str, date | None, date | None], ...]]


@cache
def headed_ministries() -> Terms:
    """KB id of a person -> the ministries he headed (``kb/office_ministries.tsv``: a Union minister's
    role and the ministry it heads), each with its term."""
    return cached("headed-ministries", build_headed_ministries)


def build_headed_ministries() -> Terms:
    heads = {(r["country"], r["role"]): r["ministry"] for r in load_tsv("kb/office_ministries.tsv")}
    index: dict[str, list[tuple[str, date | None, date | None]]] = defaultdict(list)
    for entry in load_kb():
        for office in entry.offices:
            ministry = heads.get((entry.country or "", office.role))
            if ministry and not office.org and not office.acting:
                index[entry.kb_id].append((ministry, office.start, office.end))
    return {key: tuple(terms) for key, terms in index.items()}


def ministries_on(kb_id: str | None, first: date, last: date) -> frozenset[str]:
    """Every ministry the person headed from ``first`` to ``last``, several at once as well (Amit
    Shah, home minister, in 2020: the Ministry of Home Affairs; Arun Jaitley in 2015: finance and
    information and broadcasting); empty when none."""
    return frozenset(ministry for ministry, start, end in headed_ministries().get(kb_id or "", ())
                     if (start is None or start <= first) and (end is None or last <= end))


@cache
def state_holders() -> Holders:
    """(a state's ISO code, role) -> every person who held that office of the state, with the dates
    (a chief minister's office is recorded with the state as its organisation: "IN-OR")."""
    return cached("state-office-holders", build_state_holders)


def build_state_holders() -> Holders:
    index: dict[tuple[str, str], list[tuple[KBEntry, date | None, date | None]]] = defaultdict(list)
    for entry in load_kb():
        for office in entry.offices:
            if office.org and STATE_SEAT.match(office.org) and not office.acting:
                index[(office.org, office.role)].append((entry, office.start, office.end))
    return {key: tuple(found) for key, found in index.items()}


def state_holder_on(states: frozenset[str], role: str, day: date) -> KBEntry | None:
    """The one person who held the state's office (the state by any of its ISO codes) on that day."""
    found = {entry.kb_id: entry for state in states for entry, start, end in state_holders().get((state, role), ())
             if (start is None or start <= day) and (end is None or day <= end)}
    return next(iter(found.values())) if len(found) == 1 else None


@cache
def state_office_labels() -> dict[str, str]:
    """Generic actors' labels that are a state's offices ("chief minister") -> the knowledge base's role."""
    roles = {role for _, role in state_holders()}
    labels = {row["label"] for row in load_tsv("generic_actors.tsv")}
    return {label: role for label in labels if (role := label.replace(" ", "_")) in roles}


def state_office_of(name: str | None) -> tuple[str, str] | None:
    """The place's name and the role of a generic actor named for a state's office with its place
    ("Odisha chief minister" -> ("Odisha", "chief_minister")); None otherwise."""
    for label, role in state_office_labels().items():
        if name and name.endswith(f" {label}") and len(name) > len(label) + 1:
            return name[: -len(label) - 1], role
    return None
