"""The word model: its arithmetic, how the engine consults it, and the shipped weights."""

from __future__ import annotations

import hashlib
import json
import math
from pathlib import Path

import pytest

from netra.classify import Classifier, DataFileError, load_knowledge, load_profiles
from netra.classify.model import WordModel, load_model, record_features, tfidf

ROOT = Path(__file__).resolve().parents[2]
SIDOMULYO = ROOT / "examples/profiles/pilkada-sidomulyo-2024.yaml"
CODES = ["online_support", "mobilisation"]


def tiny(features: dict[str, list[float]], threshold: float = 0.6) -> WordModel:
    """A hand-written model: each feature row is idf, 3 zone weights, 2 code weights."""
    return WordModel.from_dict(
        {
            "version": "test",
            "ruleset": "test",
            "threshold": threshold,
            "codes": CODES,
            "zone_bias": [1.0, 0.0, 0.0],
            "code_bias": [0.0, 0.0],
            "features": features,
        }
    )


def test_tfidf_is_sublinear_and_l2_normalised() -> None:
    vector = tfidf(["a", "a", "b", "unknown"], {"a": 1.0, "b": 2.0})
    a, b = 1.0 + math.log(2), 2.0
    norm = math.hypot(a, b)
    assert vector == pytest.approx({"a": a / norm, "b": b / norm})
    assert tfidf(["unknown"], {"a": 1.0}) == {}


def test_prediction_is_the_softmax_of_the_weighted_features() -> None:
    model = tiny({"t:coblos": [1.0, -1.0, 0.5, 3.0, 0.0, 2.0], "t:yang": [1.0, 0, 0, 0.1, 0, 0]})
    prediction = model.predict(["t:coblos", "t:yang"])
    x = 1 / math.sqrt(2)  # two features of equal idf and count
    logits = [1.0 - x, 0.5 * x, 3.0 * x + 0.1 * x]
    expected = [math.exp(v) / sum(math.exp(w) for w in logits) for v in logits]
    assert [prediction.zones[z] for z in ("allowed", "grey", "forbidden")] == pytest.approx(
        expected
    )
    assert prediction.code == "mobilisation"
    # "yang" pushes too, but a function word is no evidence for a monitor
    assert prediction.top_features == ("t:coblos",)


def test_a_damaged_model_names_the_feature() -> None:
    with pytest.raises(DataFileError, match=r"features\.t:x"):
        tiny({"t:x": [1.0, 0.0]})
    with pytest.raises(DataFileError, match=r"model\.json"):
        WordModel.from_dict({"version": "x"})


@pytest.fixture
def engine() -> Classifier:
    classifier = Classifier(load_profiles([SIDOMULYO]))
    # "kurban" pulls hard towards forbidden/mobilisation in this hand-written model
    classifier.model = tiny({"t:kurban": [1.0, -5.0, 0.0, 5.0, 0.0, 4.0]})
    return classifier


def classify(engine: Classifier, text: str) -> dict:
    return engine.classify({"id": "1", "action": "post", "text": text}).to_dict()


def test_the_model_turns_an_allowed_election_record_grey_with_its_reason(engine) -> None:
    text = "Cek DPT di situs KPU ya, sapi kurban sudah siap"
    result = classify(engine, text)
    assert result["verdict"] == "grey"
    assert result["violations"] == []
    [reason] = [r for r in result["reasons"] if r["zone"] == "grey"]
    assert reason["rule"] == "ML-01"
    assert reason["code"] == "mobilisation"
    assert reason["evidence"] == "kurban" == text[reason["start"] : reason["end"]]
    assert "«kurban»" in reason["note"] and "keyakinan model" in reason["note"]
    assert reason["basis"] == load_knowledge().rules.violations["mobilisation"].basis


def test_records_that_never_touch_the_election_are_not_sent_to_the_model(engine) -> None:
    assert classify(engine, "Sapi kurban sudah siap")["verdict"] == "allowed"


def test_the_model_never_changes_a_rule_verdict(engine) -> None:
    forbidden = classify(engine, "BARA gaskeun! kurban")
    assert forbidden["verdict"] == "forbidden"
    assert all(r["rule"] != "ML-01" for r in forbidden["reasons"])


def test_below_the_threshold_the_record_stays_allowed() -> None:
    classifier = Classifier(load_profiles([SIDOMULYO]))
    classifier.model = tiny({"t:kurban": [1.0, 0.0, 0.0, 0.5, 0.0, 0.0]}, threshold=0.9)
    assert classify(classifier, "Cek DPT di situs KPU ya, sapi kurban")["verdict"] == "allowed"


def test_a_rules_only_classifier_has_no_model() -> None:
    assert Classifier(load_profiles([SIDOMULYO]), use_model=False).model is None


def test_weak_nicknames_are_masked_only_in_election_context() -> None:
    classifier = Classifier(load_profiles([SIDOMULYO]), use_model=False)
    from netra.classify import parse_record

    def features(text: str) -> list[str]:
        own, _ = classifier.segments(parse_record({"id": "1", "action": "post", "text": text}))
        return record_features("post", own)

    assert "t:hewan" in features("hewan kurban sudah siap")
    assert "t:<cand>" in features("pilkada besok coblos HEWAN")


def test_the_shipped_model_matches_its_training_data_and_ruleset() -> None:
    model = load_model()
    assert model is not None
    assert model.ruleset == load_knowledge().rules.ruleset, "make model: the rules changed"
    assert model.trained_on, "the model must say what it was trained on"
    for source in model.trained_on:
        path = ROOT / source["file"]
        assert not path.name.startswith("test"), "never train on the frozen test split"
        assert path.is_file(), source["file"]
        assert hashlib.sha256(path.read_bytes()).hexdigest() == source["sha256"], (
            f"make model: {source['file']} changed since the model was trained"
        )


def test_the_shipped_model_file_is_valid_json_with_all_codes() -> None:
    data = json.loads((ROOT / "src/netra/classify/data/model.json").read_text(encoding="utf-8"))
    assert set(data["codes"]) <= set(load_knowledge().rules.violations)
    assert 0.5 <= data["threshold"] < 1.0


def test_the_cheap_doubt_agrees_with_the_full_prediction() -> None:
    model = load_model()
    assert model is not None
    features = ["act:post", "t:coblos", "t:<num>", "t:coblos_t:<num>", "t:cat:election", "t:x"]
    assert model.doubt(features) == pytest.approx(model.predict(features).doubt)
