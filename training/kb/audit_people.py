"""How many people the knowledge base holds per office and seat, so its gaps are visible.

    .venv/bin/python training/kb/audit_people.py [--since 2000] [--role governor] [--seat IND] [--gaps]

Reads the bundled people (``kb/people*.yaml`` and the people of the generated files) and, for
each office kind (``role``) and seat (the state's or party's name for an office with an
``org``, "IN-BR", "Bharatiya Janata Party"; else the person's country), prints how many
people held it, how many terms the files give, the first start and the last end. For an office
one person holds at a time (no ``shared`` term), ``covered`` is the share of days from
``--since`` to today that some term covers: a governor's seat at
40% lacks most of its holders. ``--gaps`` lists the uncovered stretches of a month or more.
A summary by role (seats, people) and the people without any office close the report.
"""

from __future__ import annotations

import argparse
from collections import defaultdict
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from datetime import date, timedelta

from ghatna.knowledge.kb import KBEntry, Office, bundled_files

MIN_GAP = timedelta(days=31)


@dataclass(slots=True)
class Seat:
    """Every term of one office kind at one seat."""

    role: str
    seat: str
    terms: list[tuple[KBEntry, Office]] = field(default_factory=list)

    @property
    def people(self) -> int:
        return len({entry.kb_id for entry, _ in self.terms})

    @property
    def shared(self) -> bool:
        return any(office.shared for _, office in self.terms)

    def first(self) -> date | None:
        return min((o.start for _, o in self.terms if o.start), default=None)

    def last(self) -> date | None:
        ends = [o.end for _, o in self.terms]
        return None if any(e is None for e in ends) else max(e for e in ends if e)


def read_people() -> Iterator[tuple[str, KBEntry]]:
    """(file, person) for every bundled person."""
    for name, entries in bundled_files():
        for entry in entries:
            if entry.type == "PERSON":
                yield name, entry


def collect_seats(people: Iterable[KBEntry]) -> dict[tuple[str, str], Seat]:
    seats: dict[tuple[str, str], Seat] = {}
    for entry in people:
        for office in entry.offices:
            seat = office.org or entry.country or "?"
            seats.setdefault((office.role, seat), Seat(office.role, seat)).terms.append((entry, office))
    return seats


def uncovered(seat: Seat, since: date, today: date) -> list[tuple[date, date]]:
    """Stretches from ``since`` to ``today`` that no term of the seat covers."""
    terms = sorted((o.start or date.min, o.end or today) for _, o in seat.terms)
    gaps, cursor = [], since
    for start, end in terms:
        if start > cursor:
            gaps.append((cursor, start))
        cursor = max(cursor, end)
    if cursor < today:
        gaps.append((cursor, today))
    return gaps


def coverage(seat: Seat, since: date, today: date) -> float | None:
    """Share of days from ``since`` to today some term covers (an office created later, Telangana's
    chief minister's, shows the years before it as a gap); None for a shared office (several
    holders at once, coverage means nothing)."""
    if seat.shared:
        return None
    span = (today - since).days
    if span <= 0:
        return 1.0
    return 1 - sum((b - a).days for a, b in uncovered(seat, since, today)) / span


def format_seat(seat: Seat, since: date, today: date) -> str:
    cover = coverage(seat, since, today)
    shown = "shared" if cover is None else f"{cover:6.0%}"
    return (f"{seat.role:32} {seat.seat:36} {seat.people:4} {len(seat.terms):5}  "
            f"{seat.first() or '?'!s:10}  {seat.last() or 'open'!s:10}  {shown}")


def print_seats(seats: list[Seat], since: date, today: date, gaps: bool) -> None:
    print(f"{'role':32} {'seat':36} {'ppl':>4} {'terms':>5}  {'first':10}  {'last':10}  covered")
    for seat in seats:
        print(format_seat(seat, since, today))
        if gaps and not seat.shared:
            for a, b in uncovered(seat, since, today):
                if b - a >= MIN_GAP:
                    print(f"{'':34}gap {a} .. {b}")


def print_summary(seats: list[Seat], people: dict[str, int], officeless: int) -> None:
    by_role: dict[str, list[Seat]] = defaultdict(list)
    for seat in seats:
        by_role[seat.role].append(seat)
    print(f"\n{'role':32} {'seats':>5} {'people':>6}")
    for role, found in sorted(by_role.items(), key=lambda kv: -sum(s.people for s in kv[1])):
        print(f"{role:32} {len(found):5} {sum(s.people for s in found):6}")
    print("\npeople by file: " + ", ".join(f"{name} {n}" for name, n in sorted(people.items())))
    print(f"people without an office: {officeless}")


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--since", type=int, default=2000, help="first year coverage is counted from")
    parser.add_argument("--role", help="only this role (chief_minister, governor, ...)")
    parser.add_argument("--seat", help="only this seat (IND, IN-BR, a party's name)")
    parser.add_argument("--gaps", action="store_true", help="list uncovered stretches of a month or more")
    args = parser.parse_args(argv)
    found = list(read_people())
    per_file: dict[str, int] = defaultdict(int)
    for name, _ in found:
        per_file[name] += 1
    seats = sorted(collect_seats(e for _, e in found).values(), key=lambda s: (s.role, s.seat))
    seats = [s for s in seats if (not args.role or s.role == args.role) and (not args.seat or s.seat == args.seat)]
    since, today = date(args.since, 1, 1), date.today()
    print_seats(seats, since, today, args.gaps)
    print_summary(seats, per_file, sum(1 for _, e in found if not e.offices))


if __name__ == "__main__":
    main()
