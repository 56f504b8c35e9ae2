"""How the rules' verdict and the word model's view of a record become one verdict.

The rules know the regulations and name their evidence, but only recognise wording someone
wrote down; the word model (model.py) has read every labelled record and generalises better to
new wording, but knows no regulation. Measured on splits each left out of training, neither
alone is as good as both (README, "Mutu dan kecepatan"), so for a record that touches the
election they are combined:

the rules' zone stands unless the model's log-odds against it pass a margin: to add a doubt to
an allowed record, to call a record forbidden (a lower margin when the rules already doubt it),
or to soften a rule's violation to a doubt (the margins ship with the model). A record the rules
doubt never becomes allowed (a doubt always goes to a person), a refusal the rules recorded
(NE-04) never becomes forbidden, and a record that does not touch the election is never sent to
the model. Every change the model makes is a reason of its own (ML-01 to ML-03) naming its
words, its confidence and the violation it resembles, so the verdict stays explained and a
monitor sees which part came from the model.
"""

from __future__ import annotations

import math
from dataclasses import replace

from netra.classify.decide import (
    ASSOCIATION_RULE,
    LEFT_SERVICE_RULE,
    REFUSAL_RULE,
    WITHDRAWAL_RULES,
)
from netra.classify.knowledge import Knowledge, word_classes
from netra.classify.model import (
    Margins,
    Prediction,
    WordModel,
    feature_words,
    field_prefix,
    masked_tokens,
)
from netra.classify.signals import Segment
from netra.classify.verdict import ZONE_ORDER, Reason, Zone

DOUBT_RULE = "ML-01"  # rules: allowed; model: grey
FORBIDDEN_RULE = "ML-02"  # rules: allowed or grey; model: forbidden
SOFTENED_RULE = "ML-03"  # rules: forbidden; model: not forbidden
ALSO_RULE = "ML-04"  # forbidden either way; the model sees one more violation
# Rules whose finding the model may doubt but never turn into a violation
_CAPPED_AT_DOUBT = frozenset({ASSOCIATION_RULE, LEFT_SERVICE_RULE, *WITHDRAWAL_RULES})

# Phrase categories that only occur when people talk about elections and campaigns. Everyday
# words of the office ("anggaran", "mohon hadir", "info") are left out: alone they do not make a
# record touch the election.
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
_MASK_WORDS = {
    "<cand>": "<calon>",
    "<party>": "<partai>",
    "<num>": "<nomor>",
    "<tag>": "<tagar calon>",
    "<gesture>": "<gestur nomor>",
    "<colour>": "<warna calon>",
}


def zone_of(reasons: list[Reason]) -> Zone:
    """The most severe zone among the reasons (allowed when there are none)."""
    zone: Zone = "allowed"
    for reason in reasons:
        if ZONE_ORDER[reason.zone] > ZONE_ORDER[zone]:
            zone = reason.zone
    return zone


def touches(segments: list[Segment]) -> bool:
    """Does the record touch the election (a named candidate, an election or campaign phrase)?

    The model was trained on such records (everyday posts look nothing like its allowed
    examples), and skipping the everyday majority keeps the classifier fast. A nickname that is
    also a common word ("amin") does not count on its own.
    """
    for segment in segments:
        if any(m.strong for m in segment.mentions):
            return True
        if any(category in _ELECTORAL for category in segment.hits):
            return True
    return False


def blended_zone(probabilities: tuple[float, ...], rule_zone: str, margins: Margins) -> str:
    """The rules' zone, unless the model's log-odds against it pass the margin for that move.

    A doubt of the rules never becomes allowed: the model may add a doubt or settle one as
    forbidden, and may soften a rule's violation to a doubt, but a person always reads those.
    """
    allowed, grey, forbidden = (math.log(max(p, 1e-12)) for p in probabilities)
    if rule_zone == "forbidden":
        softer = max(allowed, grey) - forbidden > margins.soften
        return "grey" if softer and probabilities[2] < margins.soften_below else "forbidden"
    margin = margins.settle if rule_zone == "grey" else margins.forbidden
    if forbidden - max(allowed, grey) > margin:
        return "forbidden"
    if rule_zone == "allowed" and max(grey, forbidden) - allowed > margins.grey:
        return "grey"
    return rule_zone


def review(
    model: WordModel,
    knowledge: Knowledge,
    action: str,
    segments: list[Segment],
    reasons: list[Reason],
    features: list[str],
    pointed: frozenset[tuple[str, int]],
) -> list[Reason]:
    """The reasons after the model's review: unchanged, or with the model's own reason added."""
    rule_zone = zone_of(reasons)
    vector = model.vector(features)
    zone = blended_zone(model.zones(vector), rule_zone, model.margins)
    if zone == "grey" and rule_zone == "forbidden" and _plain_support(segments, pointed):
        # "BARA gaskeun!", or a photo beside a pair with "semoga terpilih": support in the
        # employee's own words is the rules' clearest case; a post of two words gives the model
        # too little to overrule it.
        zone = rule_zone
    if zone == "forbidden" and any(r.rule == REFUSAL_RULE for r in reasons):
        # Replies that turn a campaign team down read like the request itself ("relawan <calon>
        # ... pinjam mobil dinas"); the rules saw the refusal, the words alone do not.
        zone = rule_zone
    if zone == "forbidden" and any(r.rule in _CAPPED_AT_DOUBT for r in reasons):
        # An association's congress reads like a party's ("Musda DPD PPNI"), a former
        # employee's run like an employee's, a resignation from a party like its membership:
        # the rules saw the association, the discharge or the resignation, so the model's
        # reading is at most a doubt for a person to settle.
        zone = "grey" if rule_zone == "allowed" else rule_zone
    if zone == rule_zone:
        if zone == "forbidden":
            return _with_other_code(model, knowledge, segments, reasons, vector, pointed)
        return reasons
    prediction = model.explain(vector)
    if ZONE_ORDER[zone] > ZONE_ORDER[rule_zone]:
        rule_id = FORBIDDEN_RULE if zone == "forbidden" else DOUBT_RULE
        confidence = prediction.zones["forbidden"] if zone == "forbidden" else prediction.doubt
        return [
            *reasons,
            _model_reason(knowledge, rule_id, zone, prediction, segments, pointed, confidence),
        ]
    # The rules found a violation, the model reads the words as harmless or doubtful: a person
    # decides. The rules' reasons stay, marked grey, so the monitor sees what they found.
    softened = [replace(r, zone="grey") if r.zone == "forbidden" else r for r in reasons]
    confidence = 1.0 - prediction.zones["forbidden"]
    return [
        *softened,
        _model_reason(knowledge, SOFTENED_RULE, "grey", prediction, segments, pointed, confidence),
    ]


def _plain_support(segments: list[Segment], pointed: frozenset[tuple[str, int]]) -> bool:
    """Does the employee's own text name a pair outright with a word of support right beside
    the name ("BARA gaskeun", "dukung Pak Hendra"), or carry a word of support under their own
    photo with a pair ("semoga terpilih" under a photo beside Bagus)?"""
    vote_verbs = word_classes().vote_verbs
    own = [segment for segment in segments if segment.field == "text"]
    # "ketemu Pak Mahfud nyoblos jg": a vote verb may be the candidate's own act; a cheer
    # ("gaskeun", "menang", "semoga terpilih") is the employee's
    cheers = [
        (segment, hit)
        for segment in own
        for hit in segment.hits.get("support", ())
        if segment.tokens[hit.i].norm not in vote_verbs and not segment.negated(hit)
    ]
    if cheers and _photo_with_pair(segments, pointed):
        return True
    return any(
        mention.kind in ("name", "alias", "slogan", "hashtag")
        and (segment.field, mention.i) in pointed
        and (hit.i == mention.j or hit.j == mention.i)
        for segment, hit in cheers
        for mention in segment.mentions
    )


def _photo_with_pair(segments: list[Segment], pointed: frozenset[tuple[str, int]]) -> bool:
    """Does a caption of the employee's own media name a pair it points to?"""
    return any(
        segment.is_media
        and mention.kind in ("name", "alias")
        and (segment.field, mention.i) in pointed
        for segment in segments
        for mention in segment.mentions
    )


def _with_other_code(
    model: WordModel,
    knowledge: Knowledge,
    segments: list[Segment],
    reasons: list[Reason],
    vector: dict[str, float],
    pointed: frozenset[tuple[str, int]],
) -> list[Reason]:
    """A forbidden record the model is sure resembles one more violation than the rules named
    ("data relawan" for a training's participants: favouring, beside the rules' campaign
    involvement) gets that code too, as the model's reason."""
    code, confidence = model.code(vector)
    found = {r.code for r in reasons if r.zone == "forbidden"}
    if code in found or confidence <= model.margins.other_code:
        return reasons
    prediction = model.explain(vector)
    return [
        *reasons,
        _model_reason(knowledge, ALSO_RULE, "forbidden", prediction, segments, pointed, confidence),
    ]


def _model_reason(
    knowledge: Knowledge,
    rule_id: str,
    zone: Zone,
    prediction: Prediction,
    segments: list[Segment],
    pointed: frozenset[tuple[str, int]],
    confidence: float,
) -> Reason:
    rule = knowledge.rules.rules[rule_id]
    violation = knowledge.rules.violations[prediction.code]
    segment, start, end = _evidence(
        segments, pointed, prediction.top_features, prediction.top_categories
    )
    words = ", ".join(f"«{w}»" for w in dict.fromkeys(_readable(prediction.top_features))) or "-"
    # "100%" would overstate any statistical model
    percent = min(99, round(confidence * 100))
    if rule_id == SOFTENED_RULE:
        note = f"{rule.note} Kata penentu: {words} (keyakinan model {percent}% tidak terlarang)."
    else:
        note = (
            f"{rule.note} Kata penentu: {words}; paling mirip: {violation.title.lower()} "
            f"(keyakinan model {percent}%)."
        )
    return Reason(
        code=prediction.code,
        rule=rule_id,
        zone=zone,
        basis=violation.basis,
        field=segment.field,
        evidence=segment.text[start:end],
        start=start,
        end=end,
        note=note,
    )


def _readable(features: tuple[str, ...]) -> list[str]:
    """Feature names as a monitor reads them: "t:coblos_t:<num>" -> "coblos <nomor>"."""
    return [
        " ".join(_MASK_WORDS.get(w, w) for w in feature_words(f))
        for f in features
        if feature_words(f)
    ]


def _evidence(
    segments: list[Segment],
    pointed: frozenset[tuple[str, int]],
    features: tuple[str, ...],
    categories: tuple[str, ...],
) -> tuple[Segment, int, int]:
    """The span of the strongest word feature found in a segment; else the phrase of the
    strongest category; else the first mention; else the whole first segment."""
    for feature in features:
        wanted_words = feature_words(feature)
        if not wanted_words:
            continue
        prefix = feature[:2]
        for segment in segments:
            if field_prefix(segment.field) != prefix:
                continue
            forms = masked_tokens(segment, pointed)
            size = len(wanted_words)
            for n in range(len(forms) - size + 1):
                if [f for f, _ in forms[n : n + size]] == wanted_words:
                    first, last = forms[n][1], forms[n + size - 1][1]
                    # a masked mention covers all its tokens: stretch to the mention's end
                    for mention in segment.mentions:
                        if mention.i == last:
                            last = mention.j - 1
                    return segment, segment.tokens[first].start, segment.tokens[last].end
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
