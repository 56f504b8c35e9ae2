"""What the classifier answers: a verdict with its reasons, ready to serialise as JSON."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any, Literal

Zone = Literal["allowed", "grey", "forbidden"]
ZONE_ORDER: dict[str, int] = {"allowed": 0, "grey": 1, "forbidden": 2}


@dataclass(frozen=True, slots=True)
class CandidateRef:
    election: str
    number: int

    def to_dict(self) -> dict[str, Any]:
        return {"election": self.election, "number": self.number}


@dataclass(frozen=True, slots=True)
class Reason:
    """One piece of the explanation: the rule that fired and the words that made it fire."""

    code: str  # a violation code, or "neutral" for why election words were judged harmless
    rule: str
    zone: Zone
    basis: str
    field: str  # "text", "target_text" or "media[N].caption"
    evidence: str
    start: int
    end: int
    note: str
    severity: str | None = None

    def to_dict(self) -> dict[str, Any]:
        data: dict[str, Any] = {
            "code": self.code,
            "rule": self.rule,
            "zone": self.zone,
            "basis": self.basis,
            "field": self.field,
            "evidence": self.evidence,
            "start": self.start,
            "end": self.end,
            "note": self.note,
        }
        if self.severity:
            data["severity"] = self.severity
        return data


@dataclass(frozen=True, slots=True)
class Verdict:
    id: str
    verdict: Zone
    violations: tuple[str, ...]
    candidates: tuple[CandidateRef, ...]
    score: float
    reasons: tuple[Reason, ...]
    ruleset: str
    stage: dict[str, str] | None = None

    def to_dict(self) -> dict[str, Any]:
        return {
            "id": self.id,
            "verdict": self.verdict,
            "violations": list(self.violations),
            "candidates": [c.to_dict() for c in self.candidates],
            "score": self.score,
            "reasons": [r.to_dict() for r in self.reasons],
            "ruleset": self.ruleset,
            "stage": self.stage,
        }
