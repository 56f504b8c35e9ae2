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

from netra.classify.decide import Judge
from netra.classify.errors import ClassifierError, RecordError
from netra.classify.index import CompiledKnowledge
from netra.classify.knowledge import VIOLATION_CODES, Knowledge, load_knowledge
from netra.classify.model import WordModel, field_prefix, load_model, masked_tokens, record_features
from netra.classify.profile import ElectionProfile
from netra.classify.record import ActivityRecord, parse_record
from netra.classify.signals import Segment, analyse, election_context
from netra.classify.verdict import ZONE_ORDER, Reason, Verdict, Zone

MODEL_RULE = "ML-01"
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
        if not own and target is None:
            return self._verdict(record, [], [])
        reasons, refs = self.judge.judge(record.action, own, target)
        segments = own + ([target] if target is not None else [])
        if self.model is not None and _zone(reasons) == "allowed" and _touches(segments):
            doubt = self._model_doubt(record.action, segments)
            if doubt is not None:
                reasons.append(doubt)
        return self._verdict(record, reasons, refs)

    def _model_doubt(self, action: str, segments: list[Segment]) -> Reason | None:
        """A grey reason when the word model finds the record like forbidden or grey ones."""
        assert self.model is not None
        features = record_features(action, segments)
        if self.model.doubt(features) <= self.model.threshold:
            return None
        prediction = self.model.predict(features)
        rule = self.knowledge.rules.rules[MODEL_RULE]
        violation = self.knowledge.rules.violations[prediction.code]
        segment, start, end = _evidence(
            segments, prediction.top_features, prediction.top_categories
        )
        words = ", ".join(f"«{w}»" for w in _readable(prediction.top_features)) or "-"
        note = (
            f"{rule.note} Kata penentu: {words}; paling mirip: {violation.title.lower()} "
            f"(keyakinan model {round(prediction.doubt * 100)}%)."
        )
        return Reason(
            code=prediction.code,
            rule=MODEL_RULE,
            zone="grey",
            basis=violation.basis,
            field=segment.field,
            evidence=segment.text[start:end],
            start=start,
            end=end,
            note=note,
        )

    def classify_many(self, items: Iterable[dict[str, Any]]) -> Iterator[Verdict | RecordError]:
        """Classify a stream; a bad record yields its RecordError in its place."""
        for item in items:
            try:
                yield self.classify(item)
            except RecordError as exc:
                yield exc

    def _verdict(self, record: ActivityRecord, reasons: list[Reason], refs: list) -> Verdict:
        zone = _zone(reasons)
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


def _zone(reasons: list[Reason]) -> Zone:
    zone: Zone = "allowed"
    for reason in reasons:
        if ZONE_ORDER[reason.zone] > ZONE_ORDER[zone]:
            zone = reason.zone
    return zone


# Phrase categories that only occur when people talk about elections and campaigns. Everyday
# words of the office ("anggaran", "mohon hadir", "dukung timnas", "info") are left out: alone
# they do not make a record touch the election.
_ELECTORAL = frozenset(
    {
        "attribute",
        "campaign_marker",
        "candidacy",
        "candidate_talk",
        "date",
        "election",
        "favour_timing",
        "hint",
        "ktp",
        "membership",
        "mobilise",
        "neutrality",
        "oppose",
        "poll",
        "rally",
        "role",
        "support",
        "turnout",
    }
)


def _touches(segments: list[Segment]) -> bool:
    # The model only reviews records that touch the election: it was trained on such records
    # (everyday posts look nothing like its allowed examples), and skipping the everyday
    # majority keeps the classifier fast. A nickname that is also a common word ("amin") does
    # not count on its own.
    for segment in segments:
        if any(m.strong for m in segment.mentions):
            return True
        if any(category in _ELECTORAL for category in segment.hits):
            return True
    return False


def _words(feature: str) -> list[str]:
    """The words of a word or bigram feature ("t:coblos_t:<num>"), or [] for other features."""
    if "cat:" in feature or feature.startswith("act:"):
        return []
    parts = feature.split("_")
    if any(len(p) < 3 or p[1] != ":" for p in parts):
        return []
    return [p[2:] for p in parts]


def _readable(features: tuple[str, ...]) -> list[str]:
    """Feature names as a monitor reads them: "t:coblos_t:<num>" -> "coblos <nomor>"."""
    return [" ".join(_MASK_WORDS.get(w, w) for w in _words(f)) for f in features if _words(f)]


_MASK_WORDS = {"<cand>": "<calon>", "<party>": "<partai>", "<num>": "<nomor>"}


def _evidence(
    segments: list[Segment], features: tuple[str, ...], categories: tuple[str, ...]
) -> tuple[Segment, int, int]:
    """The span of the strongest word feature found in a segment; else the phrase of the
    strongest category; else the first mention; else the whole first segment."""
    for feature in features:
        parts = feature.split("_") if _words(feature) else []
        if not parts:
            continue
        for segment in segments:
            prefix = field_prefix(segment.field)
            if not parts[0].startswith(prefix):
                continue
            forms = masked_tokens(segment, election_context(segments))
            wanted = [p[len(prefix) :] for p in parts]
            for n in range(len(forms) - len(wanted) + 1):
                if [f for f, _ in forms[n : n + len(wanted)]] == wanted:
                    first = forms[n][1]
                    last = forms[n + len(wanted) - 1][1]
                    end_token = last
                    # a masked mention covers all its tokens; stretch to the mention's end
                    for mention in segment.mentions:
                        if mention.i == last:
                            end_token = mention.j - 1
                    return segment, segment.tokens[first].start, segment.tokens[end_token].end
    for category in categories:
        for segment in segments:
            hit = segment.first(category)
            if hit is not None:
                return segment, *segment.span(hit.i, hit.j)
    for segment in segments:
        for mention in segment.mentions:
            return segment, *segment.span(mention.i, mention.j)
    segment = segments[0]
    return segment, 0, len(segment.text)


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
