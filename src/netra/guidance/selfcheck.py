"""The self-check shared by /cek/ and POST /api/v1/check: limits and the plain-words explanation.

Nothing here stores or logs the text: the record lives only for the length of one request.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from django.conf import settings
from django.utils.safestring import SafeString

from netra.classify import Classifier, Verdict
from netra.classify.knowledge import VIOLATION_CODES, load_knowledge
from netra.guidance.content import ZoneText, level_label, zone_text
from netra.monitoring.templatetags.netra import highlight

RECORD_ID = "cek"
# The actions offered on the page, in the order a civil servant thinks of them.
PAGE_ACTIONS: tuple[str, ...] = ("post", "comment", "share", "like", "follow", "join")


def max_chars() -> int:
    """Longest text accepted per field (NETRA_SELFCHECK_MAX_CHARS, default 5,000)."""
    return int(getattr(settings, "NETRA_SELFCHECK_MAX_CHARS", 5000))


def thousands(number: int) -> str:
    """5000 → '5.000', the Indonesian way."""
    return f"{number:,}".replace(",", ".")


def too_long_message(name: str, length: int) -> str:
    return (
        f"{name} terlalu panjang: paling banyak {thousands(max_chars())} karakter "
        f"(sekarang {thousands(length)})."
    )


def record(action: str, text: str, target_text: str, caption: str = "") -> dict[str, Any]:
    """The input record `netra classify` would read for this check."""
    data: dict[str, Any] = {
        "id": RECORD_ID,
        "action": action,
        "text": text,
        "target_text": target_text,
    }
    if caption:
        data["media"] = [{"type": "image", "caption": caption}]
    return data


@dataclass(frozen=True)
class ReasonView:
    rule: str
    zone: str
    note: str
    evidence: str
    field: str


@dataclass(frozen=True)
class ViolationGroup:
    code: str
    title: str
    description: str
    basis: str
    severity: str | None
    severity_label: str | None
    remedy: str
    reasons: list[ReasonView] = field(default_factory=list)


@dataclass(frozen=True)
class FieldView:
    label: str
    html: SafeString


@dataclass(frozen=True)
class Explanation:
    zone: str
    text: ZoneText
    groups: list[ViolationGroup]
    neutral: list[ReasonView]
    fields: list[FieldView]
    candidates: list[str]
    ruleset: str


FIELD_LABELS = {
    "text": "Teks Anda",
    "target_text": "Yang Anda tuju",
    "media[0].caption": "Keterangan foto/video",
}
# Where a reason's words were found, inside a sentence.
REASON_FIELDS = {
    "text": "teks Anda",
    "target_text": "teks yang Anda tuju",
    "media[0].caption": "keterangan foto Anda",
}


def explain(
    verdict: Verdict, text: str, target_text: str, classifier: Classifier, caption: str = ""
) -> Explanation:
    """The verdict in plain words: what was found, why, and what would make it acceptable."""
    violations = load_knowledge().rules.violations
    spans = [r.to_dict() for r in verdict.reasons]  # `highlight` joins overlapping evidence
    if verdict.verdict == "forbidden":
        codes = list(verdict.violations)
    else:
        found = {r.code for r in verdict.reasons if r.zone == "grey"}
        codes = [code for code in VIOLATION_CODES if code in found]
    groups = []
    for code in codes:
        v = violations[code]
        mine = [r for r in verdict.reasons if r.code == code and r.zone != "allowed"]
        severity = next((r.severity for r in mine if r.severity), None)
        if verdict.verdict == "forbidden":
            severity = severity or v.severity
        groups.append(
            ViolationGroup(
                code=code,
                title=v.title,
                description=v.description,
                basis=v.basis,
                severity=severity,
                severity_label=level_label(severity) if severity else None,
                remedy=v.remedy,
                reasons=[_reason(r) for r in mine],
            )
        )
    neutral = [_reason(r) for r in verdict.reasons if r.code == "neutral"]
    fields = []
    for name, value in (
        ("text", text),
        ("target_text", target_text),
        ("media[0].caption", caption),
    ):
        if value:
            fields.append(FieldView(FIELD_LABELS[name], highlight(value, (spans, name))))
    return Explanation(
        zone=verdict.verdict,
        text=zone_text(verdict.verdict),
        groups=groups,
        neutral=neutral,
        fields=fields,
        candidates=_candidates(verdict, classifier),
        ruleset=verdict.ruleset,
    )


def _reason(reason: Any) -> ReasonView:
    return ReasonView(
        rule=reason.rule,
        zone=reason.zone,
        note=reason.note,
        evidence=reason.evidence,
        field=REASON_FIELDS.get(reason.field, reason.field),
    )


def _candidates(verdict: Verdict, classifier: Classifier) -> list[str]:
    profiles = {p.name: p for p in classifier.profiles}
    out = []
    for ref in verdict.candidates:
        profile = profiles.get(ref.election)
        candidate = profile.candidate(ref.number) if profile else None
        if candidate is None:
            out.append(f"nomor {ref.number} ({ref.election})")
        else:
            out.append(f"{candidate.label}, {profile.title or profile.name}")  # type: ignore[union-attr]
    return out
