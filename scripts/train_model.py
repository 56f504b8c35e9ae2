"""Train the word model shipped as src/netra/classify/data/model.json (`make model`).

Build-time only: needs scikit-learn (`pip install -e .[train]`), which the package never imports.
Trains on the dev splits given (never on a test split: the script refuses files named test*),
records their SHA-256 so a test can tell when the model is older than its data, and checks
that netra's pure-Python scoring reproduces scikit-learn's probabilities before writing.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import math
import os
import re
import sys
from collections import Counter
from pathlib import Path

import numpy as np
from scipy.sparse import csr_matrix
from sklearn.linear_model import LogisticRegression

from netra.classify import VIOLATION_CODES, Classifier, load_knowledge
from netra.classify.model import MODEL_FILE, ZONES, WordModel, tfidf
from netra.evaluation.dataset import (
    DEFAULT_PROFILE_DIRS,
    LabelledRecord,
    ProfileLibrary,
    load_labelled,
)

ROOT = Path(__file__).resolve().parent.parent
OUT = ROOT / "src" / "netra" / "classify" / "data" / MODEL_FILE
# Log-odds the model needs against the rules' zone to change it (blend.py). Chosen on dev4-dev9,
# each scored by a model trained on the other eight splits: macro-F1 0.854, allowed called
# forbidden 2.6%, right code 88.2%. A lower "forbidden" margin calls more records forbidden,
# rightly and wrongly (1.5: 0.864 but 3.0%). Softening a rule's violation also needs the model
# to give "forbidden" under 10%: without that limit (0.859) it softened plain support such as
# "ajak keluarga dan tetangga dukung X ya teman-teman", which a monitor wants to see as forbidden.
# "other_code": a forbidden record also gets the model's most likely violation when the code
# model gives it more than this (0.8: right code 87.7% -> 88.8% on dev4-dev9; 10 of 11 added
# codes right). Re-checked on dev16-dev23 (each scored by a model trained on the other splits):
# 0.8 added 3 codes, all right; 0.5 added 22 (16 right), right code 80.1% -> 81.7%. 0.5 was
# left: a second code that is wrong one time in four also put "campaign involvement" on the
# textbook photo-with-candidate example of /aturan/ ("Foto bareng Mas Bagus di posko BARA").
# Re-checked on all 44 splits dev-dev44 (each scored by a model trained on the other 43): 0.7
# added 15 codes (14 right), right code 89.2% -> 89.5%; 0.6 added 44 (32 right, 89.8%) but put
# campaign involvement on that same /aturan/ example again (68%); 0.5 added 84 (51 right).
# 0.7 since 2026.11.25.
# "settle": a record the rules already doubt needs less to be called forbidden than one they
# allow. Chosen on dev16-dev23, each scored by a model trained on the other splits: 2.5 (the
# "forbidden" margin, used for both moves until 2026.11.13) gave right code 80.1%, 1.5 gives 81.7%
# with the same 2.6% of allowed records called forbidden (dev8-dev23: 84.7% -> 85.8%, 1.8% ->
# 1.9%; dev16-dev27 with four fresh splits: 80.2% -> 82.5%, 3.1% either way); lower still (1.0)
# calls more allowed records forbidden for no further gain.
# Re-checked for 2026.12.1 on all 75 splits dev-dev76 but dev74 (eight folds of whole splits, each
# scored by a model trained on the other seven): "settle" 1.0 with "soften_below" 0.15 beat 1.5
# with 0.1 on both halves alike (dev-dev37: macro-F1 0.867 -> 0.871, allowed called forbidden
# 1.27% -> 1.16%, right code 89.6% -> 89.9%; dev38-dev76: 0.844 -> 0.849, 1.89% -> 1.72%,
# 89.4% -> 89.8%): a record the rules doubt is settled as forbidden a little sooner, and a rule's
# violation the model finds fairly unlikely is softened a little more often. Settling sooner
# alone (0.5-1.0) called more allowed records forbidden; "other_code" 0.5 or 0.6 gained more
# right codes but put a second code on the /aturan/ examples again.
MARGINS = {
    "grey": 1.0,
    "forbidden": 2.5,
    "settle": 1.0,
    "soften": 1.0,
    "soften_below": 0.15,
    "other_code": 0.7,
}
C = 16.0
# Features seen in a single training record are mostly that record's own wording; dropping them
# shrinks the shipped model several times and makes it load fast.
MIN_DF = int(os.environ.get("NETRA_MIN_DF", "2"))


def features_of(items: list[LabelledRecord], library: ProfileLibrary) -> list[list[str]]:
    engines: dict[tuple[str, ...], Classifier] = {}
    out = []
    for item in items:
        if item.profiles not in engines:
            engines[item.profiles] = Classifier(
                [library.get(p) for p in item.profiles], use_model=False
            )
        out.append(engines[item.profiles].features(item.record))
    return out


def matrix(docs: list[list[str]], idf: dict[str, float], column: dict[str, int]) -> csr_matrix:
    rows, cols, vals = [], [], []
    for r, doc in enumerate(docs):
        for feature, value in tfidf(doc, idf).items():
            rows.append(r)
            cols.append(column[feature])
            vals.append(value)
    return csr_matrix((vals, (rows, cols)), shape=(len(docs), len(column)))


def train(
    items: list[LabelledRecord], library: ProfileLibrary, sources: list[dict[str, object]]
) -> tuple[dict[str, object], float]:
    """Fit both models on `items`; the JSON form of the model and the training accuracy.

    Fails (ValueError) when netra's pure-Python scoring does not reproduce scikit-learn's.
    """
    docs = features_of(items, library)
    df = Counter(f for doc in docs for f in set(doc))
    n = len(docs)
    idf = {f: math.log((1 + n) / (1 + d)) + 1.0 for f, d in sorted(df.items()) if d >= MIN_DF}
    column = {f: k for k, f in enumerate(idf)}
    x = matrix(docs, idf, column)

    zones = LogisticRegression(C=C, max_iter=5000)
    zones.fit(x, [item.label for item in items])
    order = [list(zones.classes_).index(z) for z in ZONES]
    zone_coef, zone_bias = zones.coef_[order], zones.intercept_[order]

    # One row per (forbidden record, code) so two-code records teach both codes.
    code_rows = [k for k, item in enumerate(items) for _ in item.violations]
    code_labels = [code for item in items for code in item.violations]
    codes_model = LogisticRegression(C=C, max_iter=5000)
    codes_model.fit(x[code_rows], code_labels)
    known = list(codes_model.classes_)
    codes = [c for c in VIOLATION_CODES if c in known]
    code_coef = codes_model.coef_[[known.index(c) for c in codes]]
    code_bias = codes_model.intercept_[[known.index(c) for c in codes]]

    features = {
        f: [round(idf[f], 5)]
        + [round(float(w), 5) for w in zone_coef[:, k]]
        + [round(float(w), 5) for w in code_coef[:, k]]
        for f, k in column.items()
    }
    data: dict[str, object] = {
        "version": hashlib.sha256(json.dumps(features, sort_keys=True).encode()).hexdigest()[:12],
        "ruleset": load_knowledge().rules.ruleset,
        "margins": MARGINS,
        "codes": codes,
        "zone_bias": [round(float(b), 6) for b in zone_bias],
        "code_bias": [round(float(b), 6) for b in code_bias],
        "trained_on": sources,
        "features": features,
    }
    model = WordModel.from_dict(data)
    expected = zones.predict_proba(x)[:, order]
    for k, doc in enumerate(docs):
        got = model.predict(doc).zones
        if not np.allclose([got[z] for z in ZONES], expected[k], atol=1e-3):
            raise ValueError(f"{items[k].record.get('id')}: skor Python berbeda dari scikit-learn")
    accuracy = float((zones.predict(x) == np.array([i.label for i in items])).mean())
    return data, accuracy


def _split_number(path: Path) -> tuple[str, int]:
    """ "dev12.jsonl" -> ("dev", 12), "dev.jsonl" -> ("dev", 0)."""
    match = re.fullmatch(r"(\D*)(\d*)", path.stem)
    assert match is not None
    return match.group(1), int(match.group(2) or 0)


def library() -> ProfileLibrary:
    return ProfileLibrary([ROOT / folder for folder in DEFAULT_PROFILE_DIRS])


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("files", nargs="+", type=Path)
    parser.add_argument("--out", type=Path, default=OUT)
    args = parser.parse_args()
    for path in args.files:
        if path.name.startswith("test"):
            print(f"{path}: set uji tidak boleh dipakai melatih model", file=sys.stderr)
            return 2
    # The same files in any order train the same model: `make model`'s shell glob lists dev10
    # before dev2, so sort them the way people number them.
    args.files.sort(key=_split_number)
    items = [item for path in args.files for item in load_labelled(path)]
    sources: list[dict[str, object]] = [
        {
            "file": path.resolve().relative_to(ROOT).as_posix(),
            "sha256": hashlib.sha256(path.read_bytes()).hexdigest(),
            "records": len(load_labelled(path)),
        }
        for path in args.files
    ]
    try:
        data, accuracy = train(items, library(), sources)
    except ValueError as exc:
        print(exc, file=sys.stderr)
        return 1
    args.out.write_text(json.dumps(data, ensure_ascii=False, separators=(",", ":")) + "\n")
    print(
        f"{args.out}: {len(data['features'])} fitur, {len(items)} rekaman, akurasi latih {accuracy:.3f}"
    )  # type: ignore[arg-type]
    return 0


if __name__ == "__main__":
    sys.exit(main())
