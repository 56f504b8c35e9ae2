"""The phrase index: every phrase the engine looks for, compiled once per set of profiles.

Presidio keeps recognizers in a registry; netra keeps one index of phrases, each tagged with the
category it signals and a payload (a candidate, a party, a number). Matching a text is then one
pass over its tokens.
"""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass
from typing import Any, NamedTuple

from netra.classify.knowledge import CATEGORIES, Knowledge
from netra.classify.profile import ElectionProfile
from netra.classify.text import Normaliser, Token, phrase_norms, tokenize
from netra.classify.verdict import CandidateRef

_MONTHS = [
    "januari",
    "februari",
    "maret",
    "april",
    "mei",
    "juni",
    "juli",
    "agustus",
    "september",
    "oktober",
    "november",
    "desember",
]
_MONTHS_SHORT = ["jan", "feb", "mar", "apr", "mei", "jun", "jul", "agu", "sep", "okt", "nov", "des"]
_OFFICE_WORDS: dict[str, str] = {
    "capres": "presiden",
    "cawapres": "presiden",
    "pilpres": "presiden",
    "presiden": "presiden",
    "cagub": "gubernur",
    "cawagub": "gubernur",
    "pilgub": "gubernur",
    "gubernur": "gubernur",
    "cabup": "bupati",
    "cabub": "bupati",
    "cawabup": "bupati",
    "pilbup": "bupati",
    "bupati": "bupati",
    "cawalkot": "wali_kota",
    "cawawalkot": "wali_kota",
    "pilwalkot": "wali_kota",
    "pilwali": "wali_kota",
    "walikota": "wali_kota",
}
# Prefixes that make the following number a ballot number by themselves ("paslon 2", "coblos 3");
# the others ("no 2", "nomor 2", "urut 2": also a queue or a list) need an election word elsewhere
# in the record.
ELECTORAL_PREFIXES = frozenset(
    [
        "paslon",
        "pasangan",
        "coblos",
        "contreng",
        "capres",
        "cagub",
        "cabup",
        "cabub",
        "cawalkot",
        "calon",
    ]
)


@dataclass(frozen=True, slots=True)
class Entry:
    category: str
    payload: Any = None


@dataclass(frozen=True, slots=True)
class Party:
    key: str
    name: str


class Hit(NamedTuple):
    """A phrase found in a token list: tokens [i, j) of the segment (a tuple: built often)."""

    category: str
    payload: Any
    i: int
    j: int

    def within(self, others: Iterable[Hit]) -> bool:
        """Does one of `others` cover this hit's tokens ("kampanye" in "alat peraga kampanye")?"""
        return any(o.i <= self.i and self.j <= o.j for o in others)


class PhraseIndex:
    """Maps normalised token sequences to entries."""

    def __init__(self) -> None:
        self._by_first: dict[str, list[tuple[tuple[str, ...], Entry]]] = defaultdict(list)

    def add(self, norms: tuple[str, ...], entry: Entry) -> None:
        if norms:
            bucket = self._by_first[norms[0]]
            if (norms, entry) not in bucket:
                bucket.append((norms, entry))

    def freeze(self) -> None:
        for bucket in self._by_first.values():
            bucket.sort(key=lambda item: -len(item[0]))
        self._by_first = dict(self._by_first)  # type: ignore[assignment]

    def match(self, tokens: list[Token]) -> list[Hit]:
        hits: list[Hit] = []
        norms = [t.norm for t in tokens]
        count = len(norms)
        get = self._by_first.get
        for i, norm in enumerate(norms):
            bucket = get(norm)
            if not bucket:
                if tokens[i].kind == "hashtag":
                    # "#pilkada" speaks like "pilkada": single-word entries match a hashtag's body.
                    for _, entry in get(norm[1:], ()):
                        if len(_) == 1:
                            hits.append(Hit(entry.category, entry.payload, i, i + 1))
                continue
            for phrase, entry in bucket:
                length = len(phrase)
                if length == 1 or (i + length <= count and tuple(norms[i : i + length]) == phrase):
                    hits.append(Hit(entry.category, entry.payload, i, i + length))
        return hits


class CompiledKnowledge:
    """Knowledge plus profiles, compiled for matching."""

    def __init__(self, knowledge: Knowledge, profiles: list[ElectionProfile]) -> None:
        self.knowledge = knowledge
        self.profiles = profiles
        numbers = knowledge.numbers
        self.number_prefixes = (
            frozenset(p for p in numbers.prefixes if " " not in p) | ELECTORAL_PREFIXES
        )
        self.normaliser = Normaliser(knowledge.slang, self._vocabulary(), knowledge.lowercase_slang)
        self.common_words = knowledge.common_words
        self.number_words: dict[str, int] = {}
        self.number_lookalikes: frozenset[str] = frozenset()
        self.number_units: frozenset[str] = frozenset()
        self.hashtags: dict[str, list[tuple[str, Any]]] = defaultdict(list)
        self.hashtag_fragments: list[tuple[str, str, Any]] = []
        self.index = PhraseIndex()
        self._build()
        self.index.freeze()

    # --- building -------------------------------------------------------------------------

    def norms(self, phrase: str) -> tuple[str, ...]:
        return phrase_norms(phrase, self.normaliser, self.number_prefixes)

    def tokenize(self, text: str) -> list[Token]:
        return tokenize(text, self.normaliser, self.number_prefixes)

    def _vocabulary(self) -> set[str]:
        k = self.knowledge
        phrases: list[str] = []
        for values in k.lexicon.categories.values():
            phrases += values
        phrases += (
            k.lexicon.number_lookalikes
            + k.lexicon.lookalike_phrases
            + k.numbers.prefixes
            + k.numbers.units
        )
        for words in k.numbers.words.values():
            phrases += words
        for party in k.parties.parties:
            phrases += party.aliases + party.context_aliases + party.symbols
        for forms in k.lexicon.colour_variants.values():
            phrases += forms
        for profile in self.profiles:
            for cand in profile.candidates:
                phrases += cand.names + cand.aliases + cand.parties + cand.colours + cand.slogans
        vocabulary = set(k.slang.values()) | set(k.lowercase_slang.values())
        for phrase in phrases:
            vocabulary.update(re.findall(r"[^\W\d_]+", phrase.lower()))
        return vocabulary

    def _build(self) -> None:
        k = self.knowledge
        add = self.index.add
        for category in CATEGORIES:
            for phrase in k.lexicon.categories[category]:
                add(self.norms(phrase), Entry(category))
        for phrase in k.lexicon.lookalike_phrases:
            add(self.norms(phrase), Entry("lookalike"))
        self.number_units = frozenset(n for u in k.numbers.units for n in self.norms(u)[-1:])
        self.number_lookalikes = frozenset(
            n for p in k.lexicon.number_lookalikes for n in self.norms(p)[-1:]
        )
        for number, words in k.numbers.words.items():
            for word in words:
                norms = self.norms(word)
                if len(norms) == 1:
                    self.number_words[norms[0]] = number
        for position, phrases in k.numbers.positions.items():
            for phrase in phrases:
                add(self.norms(phrase), Entry("position", position))
        for gesture in k.numbers.gestures:
            for item in gesture.emoji + gesture.phrases:
                add(self.norms(item), Entry("gesture", gesture.number))
        for word, office in _OFFICE_WORDS.items():
            add((word,), Entry("office", office))
        add(("wali", "kota"), Entry("office", "wali_kota"))
        self._build_parties()
        self._build_profiles()

    def _build_parties(self) -> None:
        self.party_by_norms: dict[tuple[str, ...], Party] = {}
        regions = " ".join(p.region.lower() for p in self.profiles)
        for data in self.knowledge.parties.parties:
            party = Party(data.id, data.aliases[0] if len(data.aliases[0]) <= 12 else data.name)
            for alias in data.aliases:
                norms = self.norms(alias)
                self.party_by_norms[norms] = party
                self.index.add(norms, Entry("party", (party, True)))
            # A local party's short name ("SIRA", Aceh) is a common word elsewhere ("sira" is
            # "who" in Balinese): outside its region only its full name counts.
            if data.local and data.local.lower() not in regions:
                continue
            for alias in data.context_aliases + data.symbols + data.emoji:
                norms = self.norms(alias)
                self.party_by_norms.setdefault(norms, party)
                self.index.add(norms, Entry("party", (party, False)))

    def _party_for(self, name: str) -> Party:
        norms = self.norms(name)
        party = self.party_by_norms.get(norms)
        if party is None:
            # A party the built-in list does not know (a later election): the profile is the source.
            party = Party("custom:" + "_".join(norms), name)
            self.party_by_norms[norms] = party
            self.index.add(norms, Entry("party", (party, True)))
        return party

    def _build_profiles(self) -> None:
        self.party_candidates: dict[str, list[CandidateRef]] = defaultdict(list)
        self.candidate_words: dict[CandidateRef, frozenset[str]] = {}
        self.acronyms: set[str] = set()
        self.padded_numbers: set[int] = set()
        self.max_number: dict[str, int] = {}
        variants = self.knowledge.lexicon.colour_variants
        titles = self.knowledge.word_classes.name_titles
        for profile in self.profiles:
            self.max_number[profile.name] = max(c.number for c in profile.candidates)
            self._add_date_phrases(profile)
            for cand in profile.candidates:
                ref = CandidateRef(profile.name, cand.number)
                self.candidate_words[ref] = frozenset(
                    n
                    for text in [*cand.names, *cand.aliases, profile.region]
                    for n in self.norms(text)
                )
                for name in cand.names:
                    norms = self.norms(name)
                    if len(norms) >= 2:
                        self.index.add(norms, Entry("candidate", (ref, True, "name")))
                        # "@hendrakusuma", "#HendraKusuma": an account or tag spelled from the name.
                        self.hashtag_fragments.append(("".join(norms), "candidate", ref))
                    for part in norms:
                        if len(part) >= 3 and part not in titles:
                            self.index.add((part,), Entry("candidate", (ref, False, "name")))
                for alias in cand.aliases:
                    norms = self.norms(alias)
                    if _is_ballot_number(norms, cand.number, self.number_prefixes):
                        # "Paslon 2", "Nomor 02": the number recogniser reads these, with its
                        # checks ("calon nomor 2" of an OSIS vote, "antre nomor 2")
                        if len(norms) == 1 and alias.strip().startswith("0"):
                            # ... but a Satgas that lists a bare "02" says the zero names the pair
                            self.padded_numbers.add(cand.number)
                        continue
                    strong = len(norms) >= 2 or (
                        norms[0] not in self.common_words and norms[0] not in titles
                    )
                    # An acronym ("FALAH", "HEJO") written in lower case is usually the word or
                    # a name ("Al-Falah"), not the pair: it needs campaign words nearby, unless
                    # the profile also lists it so ("Ardjuno" beside "ARDJUNO").
                    if (
                        len(norms) == 1
                        and alias.isupper()
                        and len(alias) >= 3
                        and not any(a != alias and a.lower() == alias.lower() for a in cand.aliases)
                    ):
                        self.acronyms.add(norms[0])
                    self.index.add(norms, Entry("candidate", (ref, strong, "alias")))
                    compact = "".join(norms)
                    if len(compact) >= 4 and strong:
                        self.hashtag_fragments.append((compact, "candidate", ref))
                for slogan in cand.slogans:
                    norms = self.norms(slogan)
                    # "yang sabar pasti menang" is also a proverb: a slogan of common words
                    # alone counts only in election talk, like a nickname that is a word
                    strong = any(n not in self.common_words for n in norms)
                    # "royo-royo" is two tokens, "royo2" one: index the slogan both ways
                    once = tuple(n for k, n in enumerate(norms) if k == 0 or n != norms[k - 1])
                    for variant in dict.fromkeys((tuple(norms), once)):
                        self.index.add(variant, Entry("candidate", (ref, strong, "slogan")))
                    if strong:
                        self.hashtag_fragments.append(("".join(norms), "candidate", ref))
                for tag in cand.hashtags:
                    self.hashtags[tag.lower()].append(("candidate", ref))
                for colour in cand.colours:
                    # "hijau" in the profile is also "ijo", "hejo" in the region's language
                    for form in (colour, *variants.get(colour.lower(), ())):
                        self.index.add(self.norms(form), Entry("colour", ref))
                for name in cand.parties:
                    party = self._party_for(name)
                    if ref not in self.party_candidates[party.key]:
                        self.party_candidates[party.key].append(ref)
        for norms, party in self.party_by_norms.items():
            compact = "".join(norms)
            if len(compact) >= 4 and norms[0] not in self.common_words:
                self.hashtag_fragments.append((compact, "party", party))

    def _add_date_phrases(self, profile: ElectionProfile) -> None:
        day = profile.voting_day
        month, short = _MONTHS[day.month - 1], _MONTHS_SHORT[day.month - 1]
        for phrase in (
            f"{day.day} {month}",
            f"{day.day} {short}",
            f"tanggal {day.day}",
            f"tgl {day.day}",
            f"{day.day}/{day.month}",
            f"{day.day}-{day.month}",
        ):
            self.index.add(self.norms(phrase), Entry("date", profile.name))
        # "#27November", "#coblos27nov": a hashtag's body is matched as one word
        for compact in (f"{day.day}{month}", f"{day.day}{short}"):
            self.index.add((compact,), Entry("date", profile.name))
        # "BLT cair sesudah 27", "tahan sampai 27": aid or a decision timed around voting day
        for word in ("sesudah", "setelah", "sebelum", "sampai", "habis", "lewat"):
            for phrase in (
                f"{word} {day.day}",
                f"{word} tanggal {day.day}",
                f"{word} tgl {day.day}",
            ):
                self.index.add(self.norms(phrase), Entry("favour_timing", profile.name))


def _is_ballot_number(norms: tuple[str, ...], number: int, prefixes: frozenset[str]) -> bool:
    """Is this alias only the pair's number, with or without a ballot-number prefix ("Paslon 2",
    "No. 02", "02")? A bare "02" indexed as a name would make every "jam 2 pagi" the pair."""
    *words, last = norms
    return last.isdigit() and int(last) == number and set(words) <= prefixes
