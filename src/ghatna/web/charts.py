"""Chart specifications for static/chart.js (uPlot): plain data embedded in the page as JSON."""

from __future__ import annotations

from datetime import UTC, date, datetime, time
from typing import Any

QUAD_COLOURS = {"1": "#4c9a6a", "2": "#1f6f8b", "3": "#e0a030", "4": "#c0392b"}
ROLE_COLOURS = {"as_source": "#1f6f8b", "as_target": "#e0a030"}
STEP_SECONDS = {"day": 86_400, "week": 7 * 86_400, "month": 30 * 86_400}


def epoch(day: str) -> int:
    return int(datetime.combine(date.fromisoformat(day), time(), UTC).timestamp())


def quad_chart(timeline: dict[str, Any]) -> dict[str, Any]:
    """Stacked bars of events per period by quad class, and the Goldstein sum as a line."""
    periods = timeline["periods"]
    names = timeline["quad_names"]
    return {
        "step": STEP_SECONDS[timeline["interval"]],
        "x": [epoch(p["start"]) for p in periods],
        "labels": [p["period"] for p in periods],
        "bars": [{"label": names[q], "colour": QUAD_COLOURS[q],
                  "values": [p["quad_classes"][q] for p in periods]} for q in names],
        "line": {"label": "Goldstein sum", "colour": "#333333", "values": [p["goldstein"] for p in periods]},
    }


def role_chart(sides: dict[str, dict[str, Any]], interval: str) -> dict[str, Any]:
    """Stacked bars of an actor's events as source and as target per period."""
    starts = sorted({p["start"] for side in sides.values() for p in side["periods"]})
    by_start = {role: {p["start"]: p for p in side["periods"]} for role, side in sides.items()}
    labels = {s: p["period"] for side in sides.values() for s, p in ((p["start"], p) for p in side["periods"])}
    return {
        "step": STEP_SECONDS[interval],
        "x": [epoch(s) for s in starts],
        "labels": [labels[s] for s in starts],
        "bars": [{"label": role.replace("_", " "), "colour": ROLE_COLOURS[role],
                  "values": [by_start[role].get(s, {}).get("events", 0) for s in starts]} for role in sides],
        "line": {"label": "Goldstein sum", "colour": "#333333",
                 "values": [round(sum(by_start[r].get(s, {}).get("goldstein", 0) for r in sides), 2)
                            for s in starts]},
    }
