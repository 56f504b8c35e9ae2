from __future__ import annotations

import pytest

from netra.evaluation.metrics import Scores


def test_scores_on_a_small_confusion() -> None:
    s = Scores()
    s.add("forbidden", "forbidden", ["online_support"], ["online_support"])
    s.add("forbidden", "grey", ["mobilisation"], [])
    s.add("forbidden", "forbidden", ["candidacy"], ["online_support"])
    s.add("allowed", "allowed", [], [])
    s.add("allowed", "forbidden", [], ["online_support"])
    s.add("grey", "grey", [], [])
    assert s.precision("forbidden") == pytest.approx(2 / 3)
    assert s.recall("forbidden") == pytest.approx(2 / 3)
    assert s.recall("allowed") == pytest.approx(0.5)
    assert s.forbidden_flagged == pytest.approx(1.0)
    assert s.allowed_called_forbidden == pytest.approx(0.5)
    assert s.right_code == pytest.approx(1 / 3)
    f1 = [s.f1(c) for c in ("allowed", "grey", "forbidden")]
    assert s.macro_f1 == pytest.approx(sum(f1) / 3)
