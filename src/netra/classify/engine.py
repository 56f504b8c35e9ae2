"""The classifier: load profiles once, classify records many times.

    from netra.classify import Classifier, load_profiles
    classifier = Classifier(load_profiles(["pilkada.yaml"]))
    verdict = classifier.classify({"id": "1", "action": "post", "text": "BARA gaskeun!"})

The pipeline is fixed: parse the record, analyse each field (tokens, phrase hits, mentions),
apply the decision rules, then derive verdict, codes, candidates, score and stage.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Iterator
from dataclasses import replace
from typing import Any

from netra.classify.blend import review, touches, zone_of
from netra.classify.decide import Judge
from netra.classify.errors import ClassifierError, RecordError
from netra.classify.index import CompiledKnowledge
from netra.classify.knowledge import VIOLATION_CODES, Knowledge, load_knowledge
from netra.classify.model import WordModel, load_model, record_features
from netra.classify.profile import ElectionProfile
from netra.classify.record import ActivityRecord, parse_record
from netra.classify.signals import Segment, analyse
from netra.classify.verdict import Reason, Verdict, Zone

# Phrase categories no rule acts on without a candidate or an election phrase beside them.
_INERT = frozenset(
    {
        "affirm",
        "audience",
        "colleague",
        "courtesy",
        "duty",
        "encounter",
        "family",
        "first_person",
        "negation",
        "photo",
        "served",
        "subordinate",
        "third_person",
        "vocative",
    }
)
STAGES = ("before_candidates", "campaign", "quiet_period", "voting_day", "after")


def election_stage(profile: ElectionProfile, when: dt.datetime) -> str:
    """Where `when` falls in the election's calendar, in the record's own local date."""
    day = when.date()
    if day < profile.candidates_set:
        return "before_candidates"
    if day <= profile.campaign_end:
        return "campaign"
    if day < profile.voting_day:
        return "quiet_period"
    if day == profile.voting_day:
        return "voting_day"
    return "after"


class Classifier:
    """Judges activity records against one or more election profiles."""

    def __init__(
        self,
        profiles: list[ElectionProfile],
        knowledge: Knowledge | None = None,
        *,
        use_model: bool = True,
    ) -> None:
        if not profiles:
            raise ClassifierError("minimal satu profil pemilihan diperlukan")
        self.profiles = profiles
        self.knowledge = knowledge or load_knowledge()
        self.compiled = CompiledKnowledge(self.knowledge, profiles)
        self.judge = Judge(self.compiled)
        self.ruleset = self.knowledge.rules.ruleset
        self.model: WordModel | None = load_model() if use_model else None

    def segments(self, record: ActivityRecord) -> tuple[list[Segment], Segment | None]:
        """The analysed fields of a record: its own words (text, media captions) and its target."""
        own = [analyse(self.compiled, "text", record.text)] if record.text else []
        for index, media in enumerate(record.media):
            if media.caption:
                own.append(analyse(self.compiled, f"media[{index}].caption", media.caption, True))
        target = (
            analyse(self.compiled, "target_text", record.target_text)
            if record.target_text
            else None
        )
        return own, target

    def classify(self, data: dict[str, Any] | ActivityRecord) -> Verdict:
        """Classify one record (a dict as decoded from JSON, or a parsed ActivityRecord).

        Raises RecordError when the record cannot be read.
        """
        record = data if isinstance(data, ActivityRecord) else parse_record(data)
        own, target = self.segments(record)
        segments = own + ([target] if target is not None else [])
        if not any(s.mentions or not s.hits.keys() <= _INERT for s in segments):
            # No candidate and only everyday words ("sudah", "bapak ibu", "terima kasih"): most
            # posts of civil servants. No rule fires on these alone, so skip the rules.
            return self._verdict(record, [], [])
        reasons, refs, pointed = self.judge.judge(record.action, own, target)
        if self.model is not None and touches(segments):
            features = record_features(record.action, segments, pointed)
            reasons = review(
                self.model, self.knowledge, record.action, segments, reasons, features, pointed
            )
        return self._verdict(record, reasons, refs)

    def features(self, data: dict[str, Any] | ActivityRecord) -> list[str]:
        """The word model's features of a record, exactly as `classify` computes them (the
        training script uses this, so training and scoring cannot drift apart)."""
        record = data if isinstance(data, ActivityRecord) else parse_record(data)
        own, target = self.segments(record)
        _, _, pointed = self.judge.judge(record.action, own, target)
        return record_features(record.action, own + ([target] if target else []), pointed)

    def classify_many(self, items: Iterable[dict[str, Any]]) -> Iterator[Verdict | RecordError]:
        """Classify a stream; a bad record yields its RecordError in its place."""
        for item in items:
            try:
                yield self.classify(item)
            except RecordError as exc:
                yield exc

    def _verdict(self, record: ActivityRecord, reasons: list[Reason], refs: list) -> Verdict:
        zone = zone_of(reasons)
        stage = self._stage(record)
        violations: list[str] = []
        if zone == "forbidden":
            found = {r.code for r in reasons if r.zone == "forbidden"}
            violations = [code for code in VIOLATION_CODES if code in found]
        shown = [self._with_severity(r, stage) for r in reasons if _shown(r, zone)]
        return Verdict(
            id=record.id,
            verdict=zone,
            violations=tuple(violations),
            candidates=tuple(refs) if zone != "allowed" else (),
            score=_score(zone, shown),
            reasons=tuple(shown),
            ruleset=self.ruleset,
            stage=stage,
        )

    def _stage(self, record: ActivityRecord) -> dict[str, str] | None:
        if record.created_at is None:
            return None
        return {p.name: election_stage(p, record.created_at) for p in self.profiles}

    def _with_severity(self, reason: Reason, stage: dict[str, str] | None) -> Reason:
        violation = self.knowledge.rules.violations.get(reason.code)
        if violation is None or reason.zone != "forbidden":
            return reason
        severity = violation.severity
        if violation.severity_before_candidates and stage and "before_candidates" in stage.values():
            severity = violation.severity_before_candidates
        return replace(reason, severity=severity)


def _shown(reason: Reason, zone: Zone) -> bool:
    # A forbidden verdict lists the forbidden reasons; doubts raised alongside them add nothing.
    return reason.zone == zone or (zone == "grey" and reason.zone == "allowed")


def _score(zone: Zone, reasons: list[Reason]) -> float:
    """A risk score for ordering a triage queue: 0 harmless, 0.5 doubtful, up to 0.99 forbidden."""
    if zone == "forbidden":
        return round(min(0.99, 0.75 + 0.08 * (len(reasons) - 1)), 2)
    if zone == "grey":
        return 0.5
    return 0.1 if reasons else 0.0


__all__ = ["STAGES", "Classifier", "Segment", "election_stage"]
