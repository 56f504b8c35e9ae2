"""The case workflow loaded from data: states, deadlines, and who may move a case where."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from functools import cache
from pathlib import Path

import yaml
from django.conf import settings
from django.utils import timezone

DEFAULT_FILE = Path(__file__).parent / "data" / "workflow.yaml"


@dataclass(frozen=True)
class State:
    key: str
    label: str
    final: bool
    days: int | None
    working_days: bool
    hint: str


@dataclass(frozen=True)
class Transition:
    source: str
    target: str
    roles: tuple[str, ...]
    note_required: bool
    requires: str | None
    label: str
    note_label: str


@dataclass(frozen=True)
class Workflow:
    states: dict[str, State]
    transitions: tuple[Transition, ...]

    def find(self, source: str, target: str) -> Transition | None:
        return next(
            (t for t in self.transitions if t.source == source and t.target == target), None
        )

    def from_state(self, source: str) -> list[Transition]:
        return [t for t in self.transitions if t.source == source]

    def deadline(self, state: str, start: dt.datetime) -> dt.datetime | None:
        """When a case entering `state` at `start` becomes overdue."""
        info = self.states[state]
        if info.days is None:
            return None
        if not info.working_days:
            return start + dt.timedelta(days=info.days)
        # Weekends are those of the office's calendar, not UTC's.
        moment, left = timezone.localtime(start) if timezone.is_aware(start) else start, info.days
        while left:
            moment += dt.timedelta(days=1)
            if moment.weekday() < 5:
                left -= 1
        return moment


def _parse(path: Path) -> Workflow:
    data = yaml.safe_load(path.read_text(encoding="utf-8"))
    states = {}
    for key, spec in data["states"].items():
        deadline = spec.get("deadline") or {}
        states[key] = State(
            key=key,
            label=spec["label"],
            final=bool(spec.get("final")),
            days=deadline.get("days"),
            working_days=bool(deadline.get("working_days")),
            hint=spec.get("hint", ""),
        )
    transitions = []
    for spec in data["transitions"]:
        sources = spec["from"] if isinstance(spec["from"], list) else [spec["from"]]
        for source in sources:
            if source not in states or spec["to"] not in states:
                raise ValueError(
                    f"{path}: transisi {source} → {spec['to']} memakai status tak dikenal"
                )
            transitions.append(
                Transition(
                    source=source,
                    target=spec["to"],
                    roles=tuple(spec["roles"]),
                    note_required=bool(spec.get("note")),
                    requires=spec.get("requires"),
                    label=spec["label"],
                    note_label=spec.get("note_label", "Catatan"),
                )
            )
    return Workflow(states, tuple(transitions))


@cache
def workflow() -> Workflow:
    """The workflow in force: NETRA_HOME/workflow.yaml when present, else the shipped default."""
    override = Path(settings.NETRA_HOME) / "workflow.yaml"
    return _parse(override if override.exists() else DEFAULT_FILE)
