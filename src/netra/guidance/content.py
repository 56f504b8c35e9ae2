"""What the public guidance pages say, built from data files only.

The rules page (/aturan/) is assembled from the classifier's own rules (classify/data/rules.yaml),
the case workflow (cases/data/workflow.yaml), the sanction types of the case model, and this app's
data: examples per zone and violation (data/examples.yaml) and the reporting channels and sanction
levels (data/guide.yaml). A new decree means editing data, not this module.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from functools import cache
from importlib import resources
from typing import Any, Literal

import yaml
from pydantic import BaseModel, ConfigDict, Field, ValidationError, field_validator

from netra.classify.errors import DataFileError, format_validation_error
from netra.classify.knowledge import PREDICTED, VIOLATION_CODES, load_knowledge
from netra.classify.record import ACTIONS, MEDIA_TYPES

ZONES: tuple[str, ...] = ("allowed", "grey", "forbidden")

# Indonesian names of what an employee can do online, as a verb phrase.
ACTION_LABELS: dict[str, str] = {
    "post": "Mengunggah (posting)",
    "comment": "Berkomentar",
    "reply": "Membalas komentar",
    "share": "Membagikan (share)",
    "quote": "Membagikan dengan kutipan",
    "like": "Menyukai (like)",
    "react": "Memberi reaksi",
    "follow": "Mengikuti akun (follow)",
    "join": "Bergabung ke grup",
}


class _Strict(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)


class ExampleMedia(_Strict):
    type: str
    caption: str = Field(min_length=1)

    @field_validator("type")
    @classmethod
    def _known_type(cls, value: str) -> str:
        if value not in MEDIA_TYPES:
            raise ValueError(f"jenis media tak dikenal (pilihan: {', '.join(sorted(MEDIA_TYPES))})")
        return value


class Example(_Strict):
    """One activity, as the classifier reads it, that the page files under a zone or violation."""

    action: str
    text: str = ""
    target_text: str = ""
    media: list[ExampleMedia] = []
    rule: str | None = None
    also: list[str] = []

    @field_validator("action")
    @classmethod
    def _known_action(cls, value: str) -> str:
        if value not in ACTIONS:
            raise ValueError(f"tindakan tak dikenal (pilihan: {', '.join(sorted(ACTIONS))})")
        return value

    def record(self, record_id: str = "contoh") -> dict[str, Any]:
        """The example as an input record for Classifier.classify."""
        data: dict[str, Any] = {"id": record_id, "action": self.action}
        if self.text:
            data["text"] = self.text
        if self.target_text:
            data["target_text"] = self.target_text
        if self.media:
            data["media"] = [{"type": m.type, "caption": m.caption} for m in self.media]
        return data

    @property
    def action_label(self) -> str:
        return ACTION_LABELS[self.action]


class ZoneText(_Strict):
    label: str
    headline: str
    summary: str
    advice: str
    examples: list[Example] = []


class ExamplesFile(_Strict):
    version: int
    profile: str
    setting: str
    zones: dict[Literal["allowed", "grey", "forbidden"], ZoneText]
    violations: dict[str, list[Example]]


class Level(_Strict):
    label: str
    kinds: str  # prefix of netra.cases.models.SanctionKind values


class Sanctions(_Strict):
    levels: dict[str, Level]
    moral: Level
    discipline_basis: str
    intro: str
    before_candidates: str
    moral_note: str


class Targets(_Strict):
    default: str
    rules: dict[str, str] = {}


class Deadlines(_Strict):
    intro: str
    outside: list[str]


class Channel(_Strict):
    name: str
    text: str
    link_text: str
    url: str | None = None
    url_name: str | None = None


class GuideFile(_Strict):
    version: int
    sanctions: Sanctions
    targets: Targets
    deadlines: Deadlines
    channels: list[Channel] = Field(min_length=1)


def _load(name: str, model: type[_Strict]) -> Any:
    text = resources.files("netra.guidance").joinpath("data", name).read_text(encoding="utf-8")
    try:
        raw = yaml.safe_load(text)
    except yaml.YAMLError as exc:
        raise DataFileError(f"guidance/data/{name}: YAML tidak valid: {exc}") from exc
    try:
        return model.model_validate(raw)
    except ValidationError as exc:
        raise DataFileError(f"guidance/data/{name}: {format_validation_error(exc)}") from exc


@cache
def load_examples() -> ExamplesFile:
    """The examples, checked against the classifier's rules: codes and rule ids must exist and
    each rule named must belong to the zone or violation the example is filed under."""
    examples: ExamplesFile = _load("examples.yaml", ExamplesFile)
    rules = load_knowledge().rules.rules
    where = "guidance/data/examples.yaml"
    for zone in ZONES:
        if zone not in examples.zones:
            raise DataFileError(f"{where}: zones.{zone}: wajib diisi")
        for i, example in enumerate(examples.zones[zone].examples):
            if example.rule is not None and (
                example.rule not in rules or rules[example.rule].zone != zone
            ):
                raise DataFileError(
                    f"{where}: zones.{zone}.examples[{i}].rule: {example.rule!r} bukan aturan "
                    f"zona {zone} di rules.yaml"
                )
    for code, items in examples.violations.items():
        if code not in VIOLATION_CODES:
            raise DataFileError(f"{where}: violations.{code}: kode pelanggaran tak dikenal")
        for i, example in enumerate(items):
            rule = rules.get(example.rule or "")
            if example.rule is not None and (
                rule is None or rule.code != code or rule.zone != "forbidden"
            ):
                raise DataFileError(
                    f"{where}: violations.{code}[{i}].rule: {example.rule!r} bukan aturan "
                    f"terlarang untuk {code} di rules.yaml"
                )
            unknown = [c for c in example.also if c not in VIOLATION_CODES]
            if unknown:
                raise DataFileError(
                    f"{where}: violations.{code}[{i}].also: kode tak dikenal {unknown}"
                )
    return examples


@cache
def load_guide() -> GuideFile:
    return _load("guide.yaml", GuideFile)


def zone_text(zone: str) -> ZoneText:
    return load_examples().zones[zone]  # type: ignore[index]


def rule_note(rule_id: str, note: str) -> str:
    """A rule's note as the rules page shows it: `{target}` in general words (guide.yaml)."""
    targets = load_guide().targets
    words = targets.rules.get(rule_id, targets.default)
    if not words:
        return note.replace(" {target}", "").replace("{target}", "")
    return note.replace("{target}", words)


def sanction_kinds(prefix: str) -> list[str]:
    """Labels of the case model's sanction types whose value starts with `prefix`."""
    from netra.cases.models import SanctionKind

    return [label for value, label in SanctionKind.choices if value.startswith(prefix)]


def short_kind(label: str) -> str:
    """'Berat: penurunan jabatan ...' → 'penurunan jabatan ...' where the level is already shown."""
    return label.split(": ", 1)[1] if ": " in label else label


def level_label(severity: str) -> str:
    level = load_guide().sanctions.levels.get(severity)
    return level.label if level else severity


# --- the rules page ----------------------------------------------------------------------


@dataclass(frozen=True)
class RuleView:
    id: str
    note: str
    code: str
    code_title: str
    examples: list[Example] = field(default_factory=list)


@dataclass(frozen=True)
class ViolationView:
    code: str
    title: str
    description: str
    basis: str
    severity: str
    severity_label: str
    severity_before_candidates: str | None
    severity_before_candidates_label: str | None
    remedy: str
    rules: list[RuleView]
    examples: list[tuple[Example, list[str]]]  # with the titles of the other codes it also breaks
    sanction_kinds: list[str]


@dataclass(frozen=True)
class DeadlineView:
    key: str
    label: str
    days: int
    working_days: bool
    hint: str

    @property
    def duration(self) -> str:
        return f"{self.days} hari kerja" if self.working_days else f"{self.days} hari"


def rules_page() -> dict[str, Any]:
    """Everything /aturan/ shows, in page order."""
    from netra.cases.workflow import workflow

    knowledge = load_knowledge()
    examples = load_examples()
    guide = load_guide()
    violations = knowledge.rules.violations
    titles = {code: v.title for code, v in violations.items()}

    def view(rule_id: str, zone: str) -> RuleView:
        rule = knowledge.rules.rules[rule_id]
        zone_examples = examples.zones[zone].examples  # type: ignore[index]
        return RuleView(
            id=rule_id,
            note=rule_note(rule_id, rule.note),
            code=rule.code,
            code_title=titles.get(rule.code, ""),
            examples=[e for e in zone_examples if e.rule == rule_id],
        )

    def rules_of(zone: str) -> list[RuleView]:
        # The word model's reasons have their own section.
        return [
            view(rule_id, zone)
            for rule_id, rule in knowledge.rules.rules.items()
            if rule.zone == zone and rule.code != PREDICTED
        ]

    model_rules = [
        view(rule_id, rule.zone)
        for rule_id, rule in knowledge.rules.rules.items()
        if rule.code == PREDICTED
    ]

    forbidden_rules = rules_of("forbidden")
    violation_views = []
    for code, v in violations.items():
        level = guide.sanctions.levels.get(v.severity)
        kinds = [short_kind(k) for k in sanction_kinds(level.kinds)] if level else []
        violation_views.append(
            ViolationView(
                code=code,
                title=v.title,
                description=v.description,
                basis=v.basis,
                severity=v.severity,
                severity_label=level_label(v.severity),
                severity_before_candidates=v.severity_before_candidates,
                severity_before_candidates_label=(
                    level_label(v.severity_before_candidates)
                    if v.severity_before_candidates
                    else None
                ),
                remedy=v.remedy,
                rules=[r for r in forbidden_rules if r.code == code],
                examples=[
                    (e, [titles[c] for c in e.also]) for e in examples.violations.get(code, [])
                ],
                sanction_kinds=kinds,
            )
        )

    flow = workflow()
    deadlines = [
        DeadlineView(s.key, s.label, s.days, s.working_days, s.hint)
        for s in flow.states.values()
        if not s.final and s.days is not None
    ]
    endings = [s.label for s in flow.states.values() if s.final]
    levels = [
        (level.label, sanction_kinds(level.kinds)) for level in guide.sanctions.levels.values()
    ]
    return {
        "setting": examples.setting,
        "zones": {zone: examples.zones[zone] for zone in ZONES},  # type: ignore[index]
        "allowed_rules": rules_of("allowed"),
        "allowed_other": [e for e in examples.zones["allowed"].examples if e.rule is None],
        "grey_rules": rules_of("grey"),
        "grey_other": [e for e in examples.zones["grey"].examples if e.rule is None],
        "violations": violation_views,
        "model_rules": model_rules,
        "ruleset": knowledge.rules.ruleset,
        "skb": knowledge.rules.skb,
        "sanctions": guide.sanctions,
        "sanction_levels": levels,
        "moral_kinds": sanction_kinds(guide.sanctions.moral.kinds),
        "moral_short": [short_kind(k) for k in sanction_kinds(guide.sanctions.moral.kinds)],
        "deadlines": deadlines,
        "deadline_intro": guide.deadlines.intro,
        "deadlines_outside": guide.deadlines.outside,
        "endings": endings,
        "channels": guide.channels,
    }
