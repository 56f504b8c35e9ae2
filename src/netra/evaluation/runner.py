"""Run engines over labelled records and collect scores."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from functools import partial
from typing import Any

from netra.classify import Classifier
from netra.evaluation.baseline import KeywordBaseline
from netra.evaluation.dataset import LabelledRecord, ProfileLibrary
from netra.evaluation.metrics import Scores

EngineFactory = Callable[[list[Any]], Any]
ENGINES: dict[str, EngineFactory] = {
    "netra": Classifier,
    # the rules without the word model: the model must earn its place on the frozen split
    "rules": partial(Classifier, use_model=False),
    "keyword": KeywordBaseline,
}


@dataclass
class Miss:
    record: LabelledRecord
    predicted: str
    codes: tuple[str, ...]
    reasons: list[str] = field(default_factory=list)


@dataclass
class Result:
    scores: dict[str, Scores]
    misses: list[Miss]


def evaluate(records: list[LabelledRecord], library: ProfileLibrary) -> Result:
    """Score every engine on `records`; misses are kept for netra only."""
    scores = {name: Scores() for name in ENGINES}
    engines: dict[tuple[str, tuple[str, ...]], Any] = {}
    misses: list[Miss] = []
    for item in records:
        for name, factory in ENGINES.items():
            key = (name, item.profiles)
            if key not in engines:
                engines[key] = factory([library.get(p) for p in item.profiles])
            verdict = engines[key].classify(item.record)
            scores[name].add(
                item.label, verdict.verdict, list(item.violations), list(verdict.violations)
            )
            if name == "netra" and (
                verdict.verdict != item.label
                or (
                    item.label == "forbidden" and not set(item.violations) & set(verdict.violations)
                )
            ):
                notes = [f"{r.rule} {r.evidence!r}" for r in verdict.reasons]
                misses.append(Miss(item, verdict.verdict, verdict.violations, notes))
    return Result(scores, misses)
