"""A linear word model that catches what the rules let through.

The rules explain themselves but only know the words someone wrote down; new wording slips past
them ("ingat nomor tigo ya"). This model is trained at build time (`make model`, scikit-learn) on
the dev splits and shipped as `data/model.json`; at run time it is plain Python arithmetic over
the tokens the engine already has, so nothing is downloaded and nothing new is imported.

It never decides on its own: blend.py weighs its probabilities against the rules' verdict, and
every change it makes carries a reason naming the words that weighed most, the most likely
violation and the model's confidence.

Features (the same function serves training and scoring, so they cannot drift apart): the
action; per field the tokens with candidate, party and number mentions masked (so the model
learns "coblos <cand>", not the names of one election), their bigrams, and the phrase
categories the knowledge base found. A mention on its own is no feature (see _MASKS).
"""

from __future__ import annotations

import itertools
import math
from collections.abc import Sequence
from dataclasses import dataclass
from functools import cache
from importlib import resources
from typing import Any

import orjson

from netra.classify.errors import DataFileError
from netra.classify.signals import Segment

MODEL_FILE = "model.json"
ZONES = ("allowed", "grey", "forbidden")
# A bare "<calon>" says only that a candidate is named, which the labelled sets tie to
# "forbidden" far more often than real traffic does (an incumbent opening a clinic is named
# too); the model keeps a mention only with its neighbour ("coblos <calon>", "<calon> hadir").
_MASKS = frozenset({"<cand>", "<party>", "<num>"})
# A campaign hashtag or a number gesture is campaign material by itself: those stay features.
_MASK_BY_KIND = {
    "party": "<party>",
    "number": "<num>",
    "position": "<num>",
    "gesture": "<gesture>",
    "colour": "<colour>",
    "hashtag": "<tag>",
    "slogan": "<tag>",
}
_POINTER_CATEGORIES = frozenset(
    {"candidate", "party", "position", "gesture", "colour", "lookalike"}
)
_PREFIX = {"text": "t:", "target_text": "g:"}


def field_prefix(field: str) -> str:
    """Feature prefix for a segment's field: own text, target, or a media caption."""
    return _PREFIX.get(field, "m:")


def masked_tokens(
    segment: Segment, pointed: frozenset[tuple[str, int]] = frozenset()
) -> list[tuple[str, int]]:
    """The segment's token forms with mentions masked, each with the index of its first token.

    A weak mention (a nickname that is also a common word, "hewan", "amin") is masked only when
    the rules took it for a candidate (`pointed`); otherwise it stays the ordinary word it most
    likely is.
    """
    forms: list[str | None] = [t.norm for t in segment.tokens]
    for mention in segment.mentions:
        if not mention.strong and (segment.field, mention.i) not in pointed:
            continue
        tag = _MASK_BY_KIND.get(mention.kind, "<cand>")
        for k in range(mention.i, mention.j):
            forms[k] = tag if k == mention.i else None
    return [(form, k) for k, form in enumerate(forms) if form is not None]


def record_features(
    action: str, segments: Sequence[Segment], pointed: frozenset[tuple[str, int]] = frozenset()
) -> list[str]:
    """Feature strings of one record, with repeats (term counts matter)."""
    features = [f"act:{action}"]
    for segment in segments:
        prefix = field_prefix(segment.field)
        words = [prefix + form for form, _ in masked_tokens(segment, pointed)]
        features.extend(w for w in words if w[len(prefix) :] not in _MASKS)
        features.extend(f"{a}_{b}" for a, b in itertools.pairwise(words))
        for category in sorted(segment.hits):
            if category in _POINTER_CATEGORIES:
                continue
            features.append(f"{prefix}cat:{category}")
            features.append(f"{action}|{prefix}cat:{category}")
    return features


def tfidf(features: Sequence[str], idf: dict[str, float]) -> dict[str, float]:
    """Sublinear term frequency times idf, L2-normalised; unknown features are dropped."""
    counts: dict[str, int] = {}
    for feature in features:
        if feature in idf:
            counts[feature] = counts.get(feature, 0) + 1
    vector = {f: (1.0 + math.log(n)) * idf[f] if n > 1 else idf[f] for f, n in counts.items()}
    norm = math.sqrt(sum(v * v for v in vector.values()))
    if norm == 0.0:
        return {}
    return {f: v / norm for f, v in vector.items()}


def feature_words(feature: str) -> list[str]:
    """The words of a word or bigram feature ("t:coblos_t:<num>" -> ["coblos", "<num>"]), or []
    for a category or action feature."""
    if "cat:" in feature or feature.startswith("act:"):
        return []
    parts = feature.split("_")
    if any(len(p) < 3 or p[1] != ":" for p in parts):
        return []
    return [p[2:] for p in parts]


def _softmax(logits: Sequence[float]) -> list[float]:
    top = max(logits)
    exps = [math.exp(x - top) for x in logits]
    total = sum(exps)
    return [e / total for e in exps]


@dataclass(frozen=True)
class Prediction:
    """The model's view of one record."""

    zones: dict[str, float]  # probability per zone
    code: str  # the most likely violation, should the record be forbidden
    top_features: tuple[str, ...]  # word features that pushed hardest away from "allowed"
    top_categories: tuple[str, ...] = ()  # knowledge-base phrase categories that did the same
    code_confidence: float = 0.0  # probability of `code` among the violations

    @property
    def doubt(self) -> float:
        """Probability that the record is not allowed."""
        return 1.0 - self.zones["allowed"]


@dataclass(frozen=True)
class Margins:
    """Log-odds the model needs against the rules' zone to change it (see blend.py)."""

    grey: float  # allowed -> grey: max(log P grey, log P forbidden) - log P allowed
    forbidden: float  # allowed -> forbidden: log P forbidden - max(the other two)
    settle: float  # grey -> forbidden, the same log-odds: lower, the rules already saw a doubt
    soften: float  # forbidden -> grey: max(log P allowed, log P grey) - log P forbidden
    soften_below: float = 1.0  # ... and only when P(forbidden) itself is below this
    other_code: float = 1.0  # a forbidden record gets the model's code too above this


@dataclass(frozen=True)
class WordModel:
    """Weights as shipped in `data/model.json`."""

    version: str
    ruleset: str
    margins: Margins
    codes: tuple[str, ...]
    idf: dict[str, float]
    # feature -> [idf, weight per zone, weight per code], as loaded: building a tuple per
    # feature and per kind of weight was a fifth of netra's start-up
    rows: dict[str, list[float]]
    zone_bias: tuple[float, ...]
    code_bias: tuple[float, ...]
    trained_on: tuple[dict[str, Any], ...] = ()
    function_words: frozenset[str] = frozenset()

    def vector(self, features: Sequence[str]) -> dict[str, float]:
        """The record's tf-idf vector over the model's features (compute once, score twice)."""
        return tfidf(features, self.idf)

    def zones(self, vector: dict[str, float]) -> tuple[float, float, float]:
        """Probabilities of allowed, grey and forbidden: the cheap path most records take."""
        allowed, grey, forbidden = self.zone_bias
        rows = self.rows
        for feature, value in vector.items():
            row = rows[feature]
            allowed += value * row[1]
            grey += value * row[2]
            forbidden += value * row[3]
        p_allowed, p_grey, p_forbidden = _softmax((allowed, grey, forbidden))
        return p_allowed, p_grey, p_forbidden

    def code(self, vector: dict[str, float]) -> tuple[str, float]:
        """The most likely violation and its probability among the violations, without the
        explanation `predict` builds (most forbidden records need only this)."""
        logits = list(self.code_bias)
        first = 1 + len(ZONES)
        for feature, value in vector.items():
            for k, w in enumerate(self.rows[feature][first:]):
                logits[k] += value * w
        probabilities = _softmax(logits)
        best = max(range(len(self.codes)), key=probabilities.__getitem__)
        return self.codes[best], probabilities[best]

    def predict(self, features: Sequence[str]) -> Prediction:
        """Zone probabilities, likely code and the strongest features for one record."""
        return self.explain(self.vector(features))

    def explain(self, vector: dict[str, float]) -> Prediction:
        """`predict` for a vector already computed: the zones, the code and the features that
        pushed hardest away from "allowed"."""
        zones = dict(zip(ZONES, self.zones(vector), strict=True))
        code, code_confidence = self.code(vector)
        # every feature with an idf has a row of weights (from_dict builds them together)
        pull: list[tuple[float, str]] = []
        for feature, value in vector.items():
            row = self.rows[feature]
            pull.append((value * (max(row[2], row[3]) - row[1]), feature))
        pull.sort(reverse=True)
        pushing = [f for score, f in pull if score > 0]
        words = tuple(f for f in pushing if self._telling(f))[:3]
        categories = tuple(dict.fromkeys(f.rsplit("cat:", 1)[1] for f in pushing if "cat:" in f))[
            :3
        ]
        return Prediction(zones, code, words, categories, code_confidence)

    def _telling(self, feature: str) -> bool:
        # Function words carry weight in the model but tell a monitor nothing as evidence;
        # category and action features are not words at all.
        words = feature_words(feature)
        return bool(words) and not all(w in self.function_words for w in words)

    @classmethod
    def from_dict(cls, data: dict[str, Any], where: str = MODEL_FILE) -> WordModel:
        """Build a model from its JSON form; a damaged file names the field."""
        try:
            codes = tuple(data["codes"])
            rows: dict[str, list[float]] = data["features"]
            width = 1 + len(ZONES) + len(codes)
            for name, row in rows.items():
                if len(row) != width:
                    raise DataFileError(f"data/{where}: features.{name}: panjang bobot salah")
                # fsum raises TypeError on a weight that is not a number, in C: converting each
                # of the ~400,000 weights in Python was half of the start-up time
                math.fsum(row)
            return cls(
                version=str(data["version"]),
                ruleset=str(data["ruleset"]),
                margins=Margins(**{k: float(v) for k, v in data["margins"].items()}),
                codes=codes,
                idf={name: row[0] for name, row in rows.items()},
                rows=rows,
                zone_bias=tuple(float(x) for x in data["zone_bias"]),
                code_bias=tuple(float(x) for x in data["code_bias"]),
                trained_on=tuple(data.get("trained_on", ())),
                function_words=_function_words(),
            )
        except (KeyError, TypeError, ValueError) as exc:
            raise DataFileError(f"data/{where}: berkas model rusak ({exc!r})") from exc


def _function_words() -> frozenset[str]:
    text = resources.files("netra.classify").joinpath("data", "function_words.txt")
    return frozenset(
        line.strip()
        for line in text.read_text(encoding="utf-8").splitlines()
        if line.strip() and not line.startswith("#")
    )


@cache
def load_model() -> WordModel | None:
    """The shipped model, or None when the package has none (a rules-only build)."""
    path = resources.files("netra.classify").joinpath("data", MODEL_FILE)
    if not path.is_file():
        return None
    try:
        # orjson (already netra classify's reader) parses the 5 MB file three times faster
        data = orjson.loads(path.read_bytes())
    except orjson.JSONDecodeError as exc:
        raise DataFileError(f"data/{MODEL_FILE}: JSON tidak valid: {exc}") from exc
    return WordModel.from_dict(data)
