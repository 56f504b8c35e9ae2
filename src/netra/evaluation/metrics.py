"""Precision, recall, F1, confusion matrix and the issue's operational figures."""

from __future__ import annotations

from dataclasses import dataclass, field

CLASSES = ("allowed", "grey", "forbidden")


@dataclass
class Scores:
    """Figures for one engine on one labelled set."""

    n: int = 0
    confusion: dict[str, dict[str, int]] = field(
        default_factory=lambda: {g: dict.fromkeys(CLASSES, 0) for g in CLASSES}
    )
    forbidden_total: int = 0
    forbidden_right_code: int = 0
    code_hits: dict[str, int] = field(default_factory=dict)
    code_totals: dict[str, int] = field(default_factory=dict)

    def add(
        self, gold: str, predicted: str, gold_codes: list[str], predicted_codes: list[str]
    ) -> None:
        self.n += 1
        self.confusion[gold][predicted] += 1
        if gold == "forbidden":
            self.forbidden_total += 1
            if predicted == "forbidden" and set(gold_codes) & set(predicted_codes):
                self.forbidden_right_code += 1
            for code in gold_codes:
                self.code_totals[code] = self.code_totals.get(code, 0) + 1
                if predicted == "forbidden" and code in predicted_codes:
                    self.code_hits[code] = self.code_hits.get(code, 0) + 1

    def precision(self, cls: str) -> float:
        predicted = sum(self.confusion[g][cls] for g in CLASSES)
        return self.confusion[cls][cls] / predicted if predicted else 0.0

    def recall(self, cls: str) -> float:
        actual = sum(self.confusion[cls].values())
        return self.confusion[cls][cls] / actual if actual else 0.0

    def f1(self, cls: str) -> float:
        p, r = self.precision(cls), self.recall(cls)
        return 2 * p * r / (p + r) if p + r else 0.0

    @property
    def macro_f1(self) -> float:
        return sum(self.f1(c) for c in CLASSES) / len(CLASSES)

    @property
    def forbidden_flagged(self) -> float:
        """Share of forbidden records called forbidden or grey (they reach a human)."""
        row = self.confusion["forbidden"]
        total = sum(row.values())
        return (row["forbidden"] + row["grey"]) / total if total else 0.0

    @property
    def allowed_called_forbidden(self) -> float:
        row = self.confusion["allowed"]
        total = sum(row.values())
        return row["forbidden"] / total if total else 0.0

    @property
    def right_code(self) -> float:
        """Share of forbidden records given at least one correct violation code."""
        return self.forbidden_right_code / self.forbidden_total if self.forbidden_total else 0.0
