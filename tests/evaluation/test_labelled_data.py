"""The labelled sets meet the issue's size and coverage requirements and stay well-formed."""

from __future__ import annotations

from collections import Counter
from pathlib import Path

from netra.classify.knowledge import VIOLATION_CODES
from netra.evaluation.dataset import ProfileLibrary, load_labelled

ROOT = Path(__file__).resolve().parents[2]
LABELLED = ROOT / "data/labelled"


def all_records():
    return [r for path in sorted(LABELLED.glob("*.jsonl")) for r in load_labelled(path)]


def test_quotas() -> None:
    records = all_records()
    labels = Counter(r.label for r in records)
    codes = Counter(code for r in records for code in r.violations)
    assert len(records) >= 600
    assert labels["allowed"] >= 200
    assert labels["grey"] >= 120
    for code in VIOLATION_CODES:
        assert codes[code] >= 25, code


def test_ids_unique_and_profiles_resolve() -> None:
    records = all_records()
    ids = [r.record["id"] for r in records]
    assert len(ids) == len(set(ids))
    library = ProfileLibrary([LABELLED / "profiles", ROOT / "examples/profiles"])
    names = {p for r in records for p in r.profiles}
    assert {"pilpres-2024"} < names
    for name in names:
        library.get(name)


def test_frozen_test_split_exists_and_is_separate() -> None:
    test = load_labelled(LABELLED / "test.jsonl")
    assert len(test) >= 200
    for dev_file in sorted(LABELLED.glob("dev*.jsonl")):
        texts = {
            (r.record.get("text"), r.record.get("target_text")) for r in load_labelled(dev_file)
        }
        overlap = [r for r in test if (r.record.get("text"), r.record.get("target_text")) in texts]
        assert not overlap, dev_file.name
