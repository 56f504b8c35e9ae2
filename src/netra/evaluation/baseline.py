"""The keyword baseline: flag any record that names a candidate, a party or an election word.

This is what a Satgas does today with a search box; netra's figures are reported next to it.
"""

from __future__ import annotations

import re
from typing import Any

from netra.classify.knowledge import load_knowledge
from netra.classify.profile import ElectionProfile
from netra.classify.record import ActivityRecord, parse_record
from netra.classify.verdict import Reason, Verdict


class KeywordBaseline:
    """Same interface as Classifier.classify, with a naive rule."""

    def __init__(self, profiles: list[ElectionProfile]) -> None:
        knowledge = load_knowledge()
        words: set[str] = set(knowledge.lexicon.categories["election"])
        for party in knowledge.parties.parties:
            words.update(party.aliases + party.context_aliases)
        for profile in profiles:
            for cand in profile.candidates:
                words.update(cand.aliases + cand.hashtags + cand.parties)
                for name in cand.names:
                    words.add(name)
                    words.update(part for part in name.split() if len(part) >= 3)
        alternatives = sorted(
            (re.escape(w.lower()) for w in words if w.strip()), key=len, reverse=True
        )
        self._pattern = re.compile(
            r"(?<!\w)(?:" + "|".join(alternatives) + r")(?!\w)", re.IGNORECASE
        )
        self.ruleset = "keyword-baseline"

    def classify(self, data: dict[str, Any] | ActivityRecord) -> Verdict:
        record = data if isinstance(data, ActivityRecord) else parse_record(data)
        fields = [("text", record.text), ("target_text", record.target_text)]
        fields += [(f"media[{i}].caption", m.caption) for i, m in enumerate(record.media)]
        for name, text in fields:
            match = self._pattern.search(text) if text else None
            if match:
                reason = Reason(
                    code="online_support",
                    rule="KW-01",
                    zone="forbidden",
                    basis="pembanding kata kunci",
                    field=name,
                    evidence=match.group(),
                    start=match.start(),
                    end=match.end(),
                    note="Menyebut calon, partai, atau kata pemilu.",
                )
                return Verdict(
                    record.id, "forbidden", ("online_support",), (), 1.0, (reason,), self.ruleset
                )
        return Verdict(record.id, "allowed", (), (), 0.0, (), self.ruleset)
