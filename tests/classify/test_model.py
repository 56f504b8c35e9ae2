"""The word model: its arithmetic, how the engine consults it, and the shipped weights."""

from __future__ import annotations

import hashlib
import json
import math
from pathlib import Path

import pytest

from netra.classify import Classifier, DataFileError, load_knowledge, load_profiles
from netra.classify.blend import blended_zone
from netra.classify.model import ZONES, Margins, WordModel, load_model, tfidf

ROOT = Path(__file__).resolve().parents[2]
SIDOMULYO = ROOT / "examples/profiles/pilkada-sidomulyo-2024.yaml"
CODES = ["online_support", "mobilisation"]


MARGINS = {
    "grey": 1.0,
    "forbidden": 2.0,
    "settle": 1.5,
    "soften": 1.5,
    "soften_below": 0.5,
    "other_code": 0.8,
}


def tiny(features: dict[str, list[float]]) -> WordModel:
    """A hand-written model: each feature row is idf, 3 zone weights, 2 code weights."""
    return WordModel.from_dict(
        {
            "version": "test",
            "ruleset": "test",
            "margins": MARGINS,
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
    # a weight that is not a number, in a row of the right length
    with pytest.raises(DataFileError, match=r"model\.json"):
        tiny({"t:x": [1.0, 0.0, "0.5", 0.0, 0.0, 0.0]})


def engine_with(weights: list[float]) -> Classifier:
    """The Sidomulyo classifier with a hand-written model where only "kurban" weighs."""
    classifier = Classifier(load_profiles([SIDOMULYO]))
    classifier.model = tiny({"t:kurban": [1.0, *weights]})
    return classifier


def classify(engine: Classifier, text: str) -> dict:
    return engine.classify({"id": "1", "action": "post", "text": text}).to_dict()


ELECTION_TALK = "Cek DPT di situs KPU ya, sapi kurban sudah siap"  # the rules: allowed


@pytest.mark.parametrize(
    ("probabilities", "rule_zone", "expected"),
    [
        ((0.90, 0.05, 0.05), "allowed", "allowed"),
        ((0.20, 0.50, 0.30), "allowed", "allowed"),  # log(0.5 / 0.2) = 0.92 < 1: not yet
        ((0.10, 0.50, 0.40), "allowed", "grey"),
        ((0.02, 0.08, 0.90), "grey", "forbidden"),  # log(0.90/0.08) = 2.4 > 2
        ((0.10, 0.20, 0.70), "grey", "grey"),  # log(0.70/0.20) = 1.25 < 1.5
        # log(0.80/0.15) = 1.7: past the margin to settle a doubt, not the one to call an
        # allowed record forbidden (which gets a doubt instead)
        ((0.05, 0.15, 0.80), "grey", "forbidden"),
        ((0.05, 0.15, 0.80), "allowed", "grey"),
        ((0.90, 0.05, 0.05), "grey", "grey"),  # a doubt never becomes allowed
        ((0.90, 0.05, 0.05), "forbidden", "grey"),  # softened, never to allowed
        ((0.30, 0.30, 0.40), "forbidden", "forbidden"),
        ((0.75, 0.0, 0.25), "forbidden", "forbidden"),  # log(0.75 / 0.25) = 1.1 < 1.5
        ((0.92, 0.0, 0.08), "forbidden", "grey"),
    ],
)
def test_blended_zone_moves_only_past_a_margin(probabilities, rule_zone, expected) -> None:
    assert blended_zone(probabilities, rule_zone, Margins(**MARGINS)) == expected


def test_softening_also_needs_a_low_forbidden_probability() -> None:
    margins = Margins(grey=1.0, forbidden=2.0, settle=2.0, soften=1.0, soften_below=0.1)
    assert blended_zone((0.88, 0.0, 0.12), "forbidden", margins) == "forbidden"
    assert blended_zone((0.95, 0.0, 0.05), "forbidden", margins) == "grey"


def test_the_model_adds_a_doubt_to_an_allowed_election_record() -> None:
    result = classify(engine_with([-2.0, 1.0, 1.5, 0.0, 4.0]), ELECTION_TALK)
    assert result["verdict"] == "grey"
    assert result["violations"] == []
    [reason] = [r for r in result["reasons"] if r["zone"] == "grey"]
    assert reason["rule"] == "ML-01"
    assert reason["code"] == "mobilisation"
    assert reason["evidence"] == "kurban" == ELECTION_TALK[reason["start"] : reason["end"]]
    assert "«kurban»" in reason["note"] and "keyakinan model" in reason["note"]
    assert reason["basis"] == load_knowledge().rules.violations["mobilisation"].basis


def test_a_confident_model_calls_it_forbidden_with_its_own_reason() -> None:
    result = classify(engine_with([-5.0, 0.0, 5.0, 0.0, 4.0]), ELECTION_TALK)
    assert result["verdict"] == "forbidden"
    assert result["violations"] == ["mobilisation"]
    [reason] = [r for r in result["reasons"] if r["zone"] == "forbidden"]
    assert reason["rule"] == "ML-02" and reason["evidence"] == "kurban"


def test_the_model_softens_a_rule_violation_to_a_doubt_never_to_allowed() -> None:
    result = classify(engine_with([5.0, 0.0, -5.0, 0.0, 0.0]), "Pilih BARA ya, kurban")
    assert result["verdict"] == "grey"
    assert result["violations"] == []
    rules = {r["rule"]: r for r in result["reasons"]}
    assert "ML-03" in rules
    assert "tidak terlarang)" in rules["ML-03"]["note"] and "99%" in rules["ML-03"]["note"]
    # what the rules found is still shown, now as a doubt
    assert any(r["rule"].startswith("OS-") and r["zone"] == "grey" for r in result["reasons"])


def test_support_under_a_photo_with_a_pair_is_not_softened() -> None:
    softening = engine_with([5.0, 0.0, -5.0, 0.0, 0.0])
    photo = [{"type": "image", "caption": "Foto pegawai di samping Bagus Santoso di pelaminan"}]

    def verdict(text: str) -> str:
        record = {"id": "1", "action": "post", "text": text, "media": photo}
        return softening.classify(record).verdict

    assert verdict("Kondangan sepupu, semoga terpilih ya Pak 🤲 kurban") == "forbidden"
    # without the photo the same words are the model's to weigh
    assert classify(softening, "Pilih BARA ya, kurban")["verdict"] == "grey"


def test_a_sure_model_adds_the_violation_the_rules_did_not_name() -> None:
    # zones agree with the rules (forbidden); the code model is sure of mobilisation
    engine = engine_with([-3.0, 0.0, 3.0, -4.0, 4.0])
    result = classify(engine, "BARA gaskeun! kurban")
    assert result["verdict"] == "forbidden"
    assert set(result["violations"]) == {"online_support", "mobilisation"}
    [extra] = [r for r in result["reasons"] if r["rule"] == "ML-04"]
    assert extra["code"] == "mobilisation" and extra["evidence"] == "kurban"
    # unsure: nothing is added
    unsure = classify(engine_with([-3.0, 0.0, 3.0, 0.0, 0.5]), "BARA gaskeun! kurban")
    assert unsure["violations"] == ["online_support"]


def test_records_that_never_touch_the_election_are_not_sent_to_the_model() -> None:
    engine = engine_with([-5.0, 0.0, 5.0, 0.0, 4.0])
    assert classify(engine, "Sapi kurban sudah siap")["verdict"] == "allowed"


def test_a_rules_only_classifier_has_no_model() -> None:
    assert Classifier(load_profiles([SIDOMULYO]), use_model=False).model is None


def test_weak_nicknames_are_masked_only_when_the_rules_take_them_for_a_candidate() -> None:
    classifier = Classifier(load_profiles([SIDOMULYO]), use_model=False)

    def features(text: str) -> list[str]:
        return classifier.features({"id": "1", "action": "post", "text": text})

    assert "t:hewan" in features("hewan kurban sudah siap")
    assert "t:dukung_t:<cand>" in features("dukung BARA ya teman-teman")
    campaign = features("pilkada besok coblos HEWAN #SADEWAjuara")
    assert "t:coblos_t:<cand>" in campaign
    assert "t:<cand>" not in campaign  # a bare mention is no feature
    assert "t:<tag>" in campaign  # a campaign hashtag is


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
    assert set(data["margins"]) == {
        "grey",
        "forbidden",
        "settle",
        "soften",
        "soften_below",
        "other_code",
    }
    assert all(0 < m < 5 for m in data["margins"].values())


def test_the_cheap_zones_agree_with_the_full_prediction() -> None:
    model = load_model()
    assert model is not None
    features = ["act:post", "t:coblos", "t:coblos_t:<num>", "t:cat:election", "t:x"]
    full = model.predict(features).zones
    assert model.zones(model.vector(features)) == pytest.approx(tuple(full[z] for z in ZONES))


def test_the_cheap_code_agrees_with_the_full_prediction() -> None:
    model = load_model()
    assert model is not None
    features = ["act:post", "t:mobil", "t:dinas", "t:cat:state_resource", "t:cat:campaign_marker"]
    full = model.predict(features)
    code, confidence = model.code(model.vector(features))
    assert code == full.code
    assert confidence == pytest.approx(full.code_confidence)


@pytest.mark.parametrize(
    "text",
    [
        "Musda DPD PPNI kabupaten, saya terpilih jadi sekretaris, kurban",
        "Alhamdulillah SK pensiun sudah di tangan, mulai sekarang aktif di partai, kurban",
        "Surat keterangan berhenti dari keanggotaan partai sudah diterbitkan DPC, kurban",
        "Sy dah ajukan surat keluar dari partai Golkar, belum dibalas DPC, kurban",
    ],
)
def test_a_sure_model_cannot_make_an_association_a_former_employee_or_a_party_left_forbidden(
    text: str,
) -> None:
    # the rules recorded the association (NE-06), the issued discharge (NE-07) or the party
    # left (NE-08 with proof, GR-14 without): the model's certainty is at most a doubt
    result = classify(engine_with([-5.0, 0.0, 5.0, 0.0, 4.0]), text)
    assert result["verdict"] == "grey"
    assert {r["rule"] for r in result["reasons"]} & {"NE-06", "NE-07", "NE-08", "GR-14"}
