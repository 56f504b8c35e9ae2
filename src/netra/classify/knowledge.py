"""The classifier's built-in knowledge, loaded from the YAML and text files in `data/`.

Every file is validated when loaded; a broken data file stops the program with the file and the
field named, because a silently half-loaded vocabulary would produce wrong verdicts.
"""

from __future__ import annotations

from functools import cache
from importlib import resources
from typing import Literal

import yaml
from pydantic import BaseModel, ConfigDict, Field, ValidationError, field_validator

from netra.classify.errors import DataFileError, format_validation_error
from netra.classify.yamlfile import load_yaml

VIOLATION_CODES: tuple[str, ...] = (
    "online_support",
    "symbol_or_attribute",
    "photo_with_candidate",
    "campaign_involvement",
    "mobilisation",
    "state_resources",
    "favouring_decision",
    "party_membership",
    "candidacy",
    "ktp_support",
)

# The code of the word model's rules (ML-01..ML-04): each reason carries the violation the
# model predicts, so the rule itself has none.
PREDICTED = "predicted"
CATEGORIES: tuple[str, ...] = (
    "subordinate",
    "collective",
    "installed",
    "on_behalf",
    "served",
    "vocative",
    "aid",
    "all_pairs",
    "asset",
    "office_owner",
    "election",
    "support",
    "praise",
    "oppose",
    "hint",
    "neutral_info",
    "turnout",
    "neutrality",
    "poll",
    "courtesy",
    "encounter",
    "family",
    "campaign_marker",
    "attribute",
    "photo",
    "role",
    "role_generic",
    "rally",
    "attend",
    "mobilise",
    "audience",
    "gift",
    "state_resource",
    "favouring",
    "favour_timing",
    "membership",
    "candidacy",
    "ktp",
    "paper_purpose",
    "other_vote",
    "candidate_talk",
    "duty",
    "colleague",
    "first_person",
    "negation",
    "affirm",
    "choice_question",
    "offer",
    "third_person",
)


class _Strict(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)


class Party(_Strict):
    number: int = Field(ge=1)
    id: str = Field(pattern=r"^[a-z_]+$")
    name: str
    aliases: list[str] = Field(min_length=1)
    context_aliases: list[str] = []
    symbols: list[str] = []
    emoji: list[str] = []
    local: str | None = None


class PartiesFile(_Strict):
    version: int
    source: str
    parties: list[Party]


class Gesture(_Strict):
    number: int = Field(ge=1)
    emoji: list[str]
    phrases: list[str]


class NumbersFile(_Strict):
    version: int
    source: str
    words: dict[int, list[str]]
    prefixes: list[str]
    units: list[str]
    positions: dict[Literal["first", "middle", "last"], list[str]]
    gestures: list[Gesture]


class LexiconFile(_Strict):
    version: int
    source: str
    categories: dict[str, list[str]]
    number_lookalikes: list[str]
    lookalike_phrases: list[str]
    colour_variants: dict[str, list[str]]

    @field_validator("categories")
    @classmethod
    def _known_categories(cls, value: dict[str, list[str]]) -> dict[str, list[str]]:
        missing = set(CATEGORIES) - set(value)
        unknown = set(value) - set(CATEGORIES)
        if missing or unknown:
            raise ValueError(
                f"kategori hilang: {sorted(missing) or '-'}; kategori tak dikenal: {sorted(unknown) or '-'}"
            )
        return value


class Violation(_Strict):
    title: str
    basis: str
    severity: str
    severity_before_candidates: str | None = None
    description: str
    remedy: str


class Rule(_Strict):
    code: str
    zone: Literal["forbidden", "grey", "allowed"]
    note: str


class RulesFile(_Strict):
    ruleset: str
    skb: str
    violations: dict[str, Violation]
    rules: dict[str, Rule]

    @field_validator("violations")
    @classmethod
    def _all_codes(cls, value: dict[str, Violation]) -> dict[str, Violation]:
        if tuple(value) != VIOLATION_CODES:
            raise ValueError(f"harus berisi tepat kode {', '.join(VIOLATION_CODES)}, berurutan")
        return value


class SlangFile(_Strict):
    version: int
    entries: dict[str, str]
    lowercase_entries: dict[str, str] = {}


class WordClassesFile(_Strict):
    """Small closed classes of words the decision rules read for sentence structure
    (data/word_classes.yaml); every form is normalised as tokens are."""

    version: int
    source: str
    papers: frozenset[str]
    office_forms: frozenset[str]
    support_forms: frozenset[str]
    bring: frozenset[str]
    vote_verbs: frozenset[str]
    steer_verbs: frozenset[str]
    steer_links: frozenset[str]
    visit_timing: frozenset[str]
    visits: frozenset[str]
    launches: frozenset[str]
    team_words: frozenset[str]
    party_branches: frozenset[str]
    campaign_group_prefixes: frozenset[str]
    relatives: frozenset[str]
    negation_fillers: frozenset[str]
    sentence_particles: frozenset[str]
    conditions: frozenset[str]
    requests: frozenset[str]
    reading: frozenset[str]
    loose_roles: frozenset[str]
    capital_titles: frozenset[str]
    together: frozenset[str]
    grants: frozenset[str]
    consents: frozenset[str]
    refusals: frozenset[str]
    printed_on: frozenset[str]
    plural_markers: frozenset[str]
    who_asks: frozenset[str]
    self_markers: frozenset[str]
    backing: frozenset[str]
    arrows: frozenset[str]
    name_titles: frozenset[str]
    naming: frozenset[str]
    household: frozenset[str]
    household_mine: frozenset[str]
    congratulations: frozenset[str]
    inaugurations: frozenset[str]
    not_elected: frozenset[str]
    polling_places: frozenset[str]
    reporting: frozenset[str]
    office_accounts: frozenset[str]
    party_registers: frozenset[str]
    register_doubts: frozenset[str]
    deferrals: frozenset[str]
    associations: frozenset[str]
    service_ends: frozenset[str]
    issued: frozenset[str]
    pending: frozenset[str]
    withdrawals: frozenset[str]
    left_behind: frozenset[str]
    service_words: frozenset[str]
    still_active: frozenset[str]
    withdrawal_proofs: frozenset[str]
    run_objects: frozenset[str]
    invitations: frozenset[str]


class Knowledge(BaseModel):
    """Everything the engine knows that does not come from an election profile."""

    model_config = ConfigDict(frozen=True)

    parties: PartiesFile
    numbers: NumbersFile
    lexicon: LexiconFile
    rules: RulesFile
    slang: dict[str, str]
    # Forms read as slang only when not written in capitals: "bkn" is "bukan", "BKN" the agency.
    lowercase_slang: dict[str, str] = {}
    common_words: frozenset[str]
    word_classes: WordClassesFile

    def rule(self, rule_id: str) -> Rule:
        return self.rules.rules[rule_id]


def _read(name: str) -> str:
    return resources.files("netra.classify").joinpath("data", name).read_text(encoding="utf-8")


def _load_yaml(name: str, model: type[_Strict]) -> _Strict:
    try:
        raw = load_yaml(_read(name))
    except yaml.YAMLError as exc:
        raise DataFileError(f"data/{name}: YAML tidak valid: {exc}") from exc
    try:
        return model.model_validate(raw)
    except ValidationError as exc:
        raise DataFileError(f"data/{name}: {format_validation_error(exc)}") from exc


@cache
def load_knowledge() -> Knowledge:
    """Load and validate the package's knowledge files (once per process)."""
    parties = _load_yaml("parties.yaml", PartiesFile)
    numbers = _load_yaml("numbers.yaml", NumbersFile)
    lexicon = _load_yaml("lexicon.yaml", LexiconFile)
    rules = _load_yaml("rules.yaml", RulesFile)
    slang = _load_yaml("slang.yaml", SlangFile)
    word_classes = _load_yaml("word_classes.yaml", WordClassesFile)
    for rule_id, rule in rules.rules.items():  # type: ignore[attr-defined]
        if rule.code not in VIOLATION_CODES and rule.code not in ("neutral", PREDICTED):
            raise DataFileError(
                f"data/rules.yaml: rules.{rule_id}.code: kode tak dikenal {rule.code!r}"
            )
    words = frozenset(
        line.strip()
        for line in _read("common_words.txt").splitlines()
        if line.strip() and not line.startswith("#")
    )
    return Knowledge(
        parties=parties,
        numbers=numbers,
        lexicon=lexicon,
        rules=rules,
        slang=slang.entries,  # type: ignore[attr-defined]
        lowercase_slang=slang.lowercase_entries,  # type: ignore[attr-defined]
        common_words=words,
        word_classes=word_classes,  # type: ignore[arg-type]
    )


def word_classes() -> WordClassesFile:
    """The word classes of data/word_classes.yaml (loaded once with the rest of the knowledge)."""
    return load_knowledge().word_classes
