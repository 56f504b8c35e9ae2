"""Recognisers: turn one piece of text into the signals the decision rules read.

A signal is a phrase hit (support, role, state resource ...) or a mention of a candidate or party.
Weak mentions (a bare nickname that is also an ordinary word, "nomor 2", a ✌️) only count when the
record has election context; that is what keeps "antre nomor 2" and "hewan kurban" harmless.
"""

from __future__ import annotations

import re
from collections import defaultdict
from dataclasses import dataclass, field

from netra.classify.index import ELECTORAL_PREFIXES, CompiledKnowledge, Hit, Party
from netra.classify.knowledge import word_classes
from netra.classify.text import Token
from netra.classify.verdict import CandidateRef

STANCE = frozenset({"support", "praise", "oppose", "hint"})
# A longer hit of the key category hides shorter hits of these categories inside it:
# "siapapun pilihannya" is a turnout phrase, not the support word "pilih".
_DOMINATES: dict[str, frozenset[str]] = {
    # "satu suara menentukan": every vote counts, no group decides together
    "turnout": STANCE | {"collective"},
    # "pindah memilih", "cara memilih": election information, not a choice
    "neutral_info": STANCE,
    "neutrality": STANCE,
    # "Om swastyastu" greets; its "om" is nobody's uncle
    "courtesy": STANCE | {"family"},
    "family": STANCE,
    "support": STANCE,
    "praise": STANCE,
    "oppose": STANCE,
    "hint": frozenset({"support", "praise"}),
    "candidate": frozenset({"candidate"}),
    "party": frozenset({"party"}),
    "candidacy": frozenset({"membership"}),
    # "foto bareng", "ketemu bareng": the word "bareng/bersama" describes the scene, not support.
    "photo": frozenset({"praise"}),
    "attribute": frozenset({"rally", "campaign_marker"}),
    "encounter": frozenset({"praise"}),
    "position": frozenset({"position"}),
}
_NEGATION_WINDOW = 3
_STRONG_PREFIXES = ELECTORAL_PREFIXES | {"pilih", "salam"}
# Words for a pair that no queue, room or contest uses: the number after them is a pair's.
_PAIR_PREFIXES = frozenset({"paslon", "capres", "cagub", "cabup", "cabub", "cawalkot"})
# Punctuation that ends a clause: a word before it does not own the number after it.
_CLAUSE_END = re.compile(r"[,.;:!?]")


@dataclass(frozen=True, slots=True)
class Mention:
    """A pointer to a candidate or party: by name, alias, hashtag, number, position or gesture."""

    kind: str  # name | alias | slogan | hashtag | number | position | gesture | colour | party
    refs: tuple[CandidateRef, ...]
    party: Party | None
    strong: bool
    caps: bool
    i: int
    j: int


@dataclass(slots=True)
class Segment:
    """One analysed field of a record (its text, its target, or a media caption)."""

    field: str
    text: str
    tokens: list[Token]
    hits: dict[str, list[Hit]] = field(default_factory=dict)
    mentions: list[Mention] = field(default_factory=list)
    is_media: bool = False

    def has(self, category: str) -> bool:
        return bool(self.hits.get(category))

    def first(self, category: str) -> Hit | None:
        found = self.hits.get(category)
        return found[0] if found else None

    def span(self, i: int, j: int) -> tuple[int, int]:
        return self.tokens[i].start, self.tokens[j - 1].end

    def negated(self, hit: Hit) -> bool:
        """Is the hit preceded closely by a negation ("tidak hadir", "bukan kader")?"""
        negations = self.hits.get("negation", ())
        if not negations:
            return False
        words = word_classes()
        for neg in negations:
            if (
                self.tokens[neg.i].norm == "belum"
                and neg.i
                and self.tokens[neg.i - 1].norm in words.relatives
            ):
                continue  # "yang belum setor KTP" names whom a call is still waiting for
            if (
                neg.j <= hit.i
                and hit.i - neg.j <= _NEGATION_WINDOW
                and all(self.tokens[k].norm in words.negation_fillers for k in range(neg.j, hit.i))
            ):
                return True
        return False


def analyse(ck: CompiledKnowledge, field_name: str, text: str, is_media: bool = False) -> Segment:
    """Tokenise, match phrases, resolve overlaps and find candidate mentions in `text`."""
    tokens = ck.tokenize(text)
    segment = Segment(field_name, text, tokens, is_media=is_media)
    if not tokens:
        return segment
    raw_hits = ck.index.match(tokens)
    hits = _resolve_overlaps(raw_hits)
    grouped: dict[str, list[Hit]] = defaultdict(list)
    for hit in hits:
        grouped[hit.category].append(hit)
    _negated_support_is_opposition(segment, grouped)
    _drop_office_accounts(segment, grouped)
    segment.hits = dict(grouped)
    segment.mentions = _mentions(ck, segment)
    return segment


def _resolve_overlaps(hits: list[Hit]) -> list[Hit]:
    if len(hits) < 2:
        return hits
    lookalikes = [h for h in hits if h.category == "lookalike"]
    # Only hits of a dominating category can hide another; most posts have none or one.
    dominant = [h for h in hits if h.category in _DOMINATES and h.j - h.i > 1]
    roles = [h for h in hits if h.category == "role" and h.j - h.i > 1]
    if not lookalikes and not dominant and not roles:
        return hits
    kept = []
    for hit in hits:
        if (
            lookalikes
            and hit.category not in ("lookalike", "audience", "other_vote")
            and hit.within(lookalikes)
        ):
            continue
        if hit.category in STANCE and any(hit.i < lk.j and lk.i < hit.j for lk in lookalikes):
            continue  # "jgn pilih kasih": "jgn pilih" reaches into favouritism, no choice
        if hit.category in STANCE and any(r.i < hit.i < r.j for r in roles):
            continue  # "jadi tim sukses Pak X": the role's "sukses" wishes the candidate nothing
        if any(
            other is not hit
            and hit.category in _DOMINATES[other.category]
            and other.i <= hit.i
            and hit.j <= other.j
            and (other.j - other.i) > (hit.j - hit.i)
            for other in dominant
        ):
            continue
        kept.append(hit)
    return kept


def _negated_support_is_opposition(segment: Segment, grouped: dict[str, list[Hit]]) -> None:
    negations = grouped.get("negation", [])
    if not negations or not grouped.get("support"):
        return
    segment.hits = grouped  # negated() reads hits
    still = []
    for hit in grouped["support"]:
        if segment.negated(hit):
            grouped["oppose"].append(hit)
        else:
            still.append(hit)
    grouped["support"] = still


def _drop_office_accounts(segment: Segment, grouped: dict[str, list[Hit]]) -> None:
    """A campaign word that an office's name follows belongs to the office, not to a campaign
    ("Akun resmi Pemprov", "relawan BPBD")."""
    markers = grouped.get("campaign_marker")
    if not markers:
        return
    offices = word_classes().office_accounts
    tokens = segment.tokens

    def office(k: int) -> bool:
        if k >= len(tokens):
            return False
        token = tokens[k]
        if token.kind == "mention":  # "Akun resmi @humas.pemprovkepri"
            return any(word in token.norm for word in offices)
        return token.norm in offices

    grouped["campaign_marker"] = [h for h in markers if not office(h.j)]


def _mentions(ck: CompiledKnowledge, seg: Segment) -> list[Mention]:
    found: list[Mention] = []
    for hit in seg.hits.get("candidate", ()):
        ref, strong, kind = hit.payload
        if kind != "slogan" and _someone_else(ck, seg, hit):
            continue
        caps = all(seg.tokens[k].upper for k in range(hit.i, hit.j)) and not _in_caps_name(
            ck, seg, hit
        )
        if strong and not caps and hit.j - hit.i == 1 and seg.tokens[hit.i].norm in ck.acronyms:
            strong = False
        found.append(Mention(kind, (ref,), None, strong, caps, hit.i, hit.j))
    for hit in seg.hits.get("party", ()):
        party, strong = hit.payload
        refs = tuple(ck.party_candidates.get(party.key, ()))
        caps = all(seg.tokens[k].upper for k in range(hit.i, hit.j))
        found.append(Mention("party", refs, party, strong, caps, hit.i, hit.j))
    offices = {h.payload for h in seg.hits.get("office", ())}
    number_words = ck.number_words
    for k, token in enumerate(seg.tokens):
        kind = token.kind
        if kind == "hashtag" or kind == "mention":
            found += _hashtag_mentions(ck, token, k)
            continue
        # only numbers and number words can name a ballot number: skip the call for the rest
        if kind != "number" and (kind != "word" or token.norm not in number_words):
            continue
        number = _ballot_number(ck, seg.text, seg.tokens, k)
        if number is not None:
            value, strong = number
            refs = _refs_for_number(ck, value, offices)
            if refs:
                found.append(Mention("number", refs, None, strong, False, k, k + 1))
    for hit in seg.hits.get("position", ()):
        refs = _refs_for_position(ck, hit.payload, offices)
        if refs:
            found.append(Mention("position", refs, None, False, False, hit.i, hit.j))
    for hit in seg.hits.get("colour", ()):
        found.append(Mention("colour", (hit.payload,), None, False, False, hit.i, hit.j))
    for hit in seg.hits.get("gesture", ()):
        if hit.i > 0 and seg.tokens[hit.i - 1].norm in ck.number_lookalikes:
            # "TPS 03, jari ..." or "kamar 2 jari": the number belongs to the word before it.
            continue
        refs = _refs_for_number(ck, hit.payload, offices)
        if refs:
            found.append(Mention("gesture", refs, None, False, False, hit.i, hit.j))
    lookalikes = seg.hits.get("lookalike")
    if lookalikes:
        # "pilih salah satu", "nomor satu se provinsi": the number belongs to the phrase
        found = [m for m in found if not any(h.i <= m.i and m.j <= h.j for h in lookalikes)]
    return found


# Words that make a capitalised acronym campaign talk rather than part of another name.
_CAMPAIGN_TALK = (
    "support",
    "oppose",
    "election",
    "campaign_marker",
    "rally",
    "role",
    "role_generic",
    "candidate",
    "party",
)


def _in_caps_name(ck: CompiledKnowledge, seg: Segment, hit: Hit) -> bool:
    """Is a capitalised acronym one word of a longer name in capitals ("TK KASIH IBU", "HARAPAN
    JAYA FC"), not a pair's acronym shouted ("KASIH MENANG", "tim DESKA (WA)")? The word beside
    it is an everyday word in capitals that is no campaign talk."""
    talk = {k for c in _CAMPAIGN_TALK for h in seg.hits.get(c, ()) for k in range(h.i, h.j)}
    beside = [k for k in (hit.i - 1, hit.j) if 0 <= k < len(seg.tokens)]
    if any(k in talk for k in beside):
        return False  # "ALHAMDULILLAH WANI MENANG"
    return any(
        seg.tokens[k].kind == "word"
        and seg.tokens[k].upper
        and seg.tokens[k].norm in ck.common_words
        for k in beside
    )


def _someone_else(ck: CompiledKnowledge, seg: Segment, hit: Hit) -> bool:
    """A candidate's first name used for a colleague: "Pak Mahfud kepala TU", "Prabowo Santoso"."""
    ref, _, kind = hit.payload
    if _named_other(seg, hit):
        return True
    shouted = all(seg.tokens[k].upper for k in range(hit.i, hit.j))
    for colleague in seg.hits.get("colleague", ()):
        # "Pak Mahfud kepala TU", but not "dukung SADEWA ya rekan2": a campaign acronym in
        # capitals is nobody's colleague, and a particle between them ends the name.
        if shouted or not hit.j <= colleague.i <= hit.j + 1:
            continue
        title = seg.tokens[colleague.i]
        if title.norm in word_classes().capital_titles and seg.text[title.start].islower():
            continue  # "Om Servas mampir kasi salam", "Om Bram tu dulu": no section head
        if colleague.i == hit.j or seg.tokens[hit.j].norm not in word_classes().sentence_particles:
            return True
    single = hit.j - hit.i == 1 or (
        kind == "alias" and seg.tokens[hit.j - 1].norm not in ck.common_words
    )
    if single and hit.j < len(seg.tokens) and not seg.tokens[hit.i].upper:
        following = seg.tokens[hit.j]
        raw = seg.text[following.start : following.end]
        known = ck.candidate_words.get(ref, frozenset())
        gap = seg.text[seg.tokens[hit.j - 1].end : following.start]
        if raw[:1].isupper() and not following.upper and following.kind == "word" and gap == " ":
            return following.norm not in known and following.norm not in ck.common_words
    return False


def _named_other(seg: Segment, hit: Hit) -> bool:
    """Do the words around a name make it someone else: a name given ("namonyo Muhammad Abdul
    Wahid"), a street ("Jl. Sudirman"), a colleague's post ("satpam Pak Haris") or the speaker's
    child or spouse ("anak isun Airin", "Airin anak isun")? Before the name, titles and other
    capitalised words of the same name are skipped."""
    words = word_classes()
    mine = {h.i for h in seg.hits.get("first_person", ())}
    colleagues = {h.j - 1 for h in seg.hits.get("colleague", ())}
    after = seg.tokens[hit.j : hit.j + 2]
    if after and (
        after[0].norm in words.household_mine
        or (len(after) == 2 and after[0].norm in words.household and hit.j + 1 in mine)
    ):
        return True  # "Airin anak isun wis lancar iqro"
    titles_only = True
    full_name = hit.payload[2] == "name" and hit.j - hit.i >= 2
    for k in range(hit.i - 1, max(-1, hit.i - 4), -1):
        token = seg.tokens[k]
        if token.norm in words.naming or token.norm in words.household_mine:
            return True  # "... namonyo", "Jl. Sudirman", "anakku"
        if k in mine:
            return k > 0 and seg.tokens[k - 1].norm in words.household
        # "satpam Pak Haris": a post right before a nickname, titles aside, and nothing but a
        # space between (not "Teman: 'Tadi NIKE kampanye'"); a full name is the candidate's
        # own past ("bersama guru Semuel Kimko")
        spaced = not seg.text[token.end : seg.tokens[k + 1].start].strip()
        if k in colleagues and titles_only and spaced and not full_name:
            return True
        capitalised = token.kind == "word" and seg.text[token.start].isupper() and not token.upper
        if token.norm not in words.name_titles and not capitalised:
            return False
        titles_only = titles_only and token.norm in words.name_titles
    return False


def _hashtag_mentions(ck: CompiledKnowledge, token: Token, k: int) -> list[Mention]:
    exact = ck.hashtags.get(token.norm)
    if exact:
        # "#BERKAT" is the campaign's tag, but "#berkat #pujiTuhan" under a harvest photo is a
        # blessing: a tag that is one common word needs election context like any nickname.
        strong = token.norm[1:] not in ck.common_words
        return [Mention("hashtag", (ref,), None, strong, token.upper, k, k + 1) for _, ref in exact]
    # "#BaraMenyala" is a campaign tag; "@bagus.santoso" is only an account.
    kind = "hashtag" if token.kind == "hashtag" else "name"
    body = token.norm[1:].replace("_", "").replace(".", "")
    found = []
    for compact, what, payload in ck.hashtag_fragments:
        if compact in body:
            if what == "candidate":
                found.append(Mention(kind, (payload,), None, True, False, k, k + 1))
            else:
                refs = tuple(ck.party_candidates.get(payload.key, ()))
                found.append(Mention("party", refs, payload, True, False, k, k + 1))
    return found


def _ballot_number(
    ck: CompiledKnowledge, text: str, tokens: list[Token], k: int
) -> tuple[int, bool] | None:
    """(number, strong) when token k names a ballot number, else None."""
    token = tokens[k]
    if token.kind == "number":
        value = int(token.norm)
    elif token.kind == "word" and token.norm in ck.number_words:
        value = ck.number_words[token.norm]
    else:
        return None
    if value < 1 or value > 20:
        return None
    prefix_at = None
    for back in (1, 2):
        if k - back >= 0 and tokens[k - back].norm in ck.number_prefixes:
            prefix_at = k - back
            break
    # "tim paslon 2", "program gratis paslon 2 hari Sabtu": only an election has a "paslon"
    sure = prefix_at is not None and tokens[prefix_at].norm in _PAIR_PREFIXES
    if not sure and k + 1 < len(tokens) and tokens[k + 1].norm in ck.number_units:
        return None  # "coblos satu kali", "pilih 2 orang": a count, not a ballot number
    if (
        token.kind == "number"
        and token.padded
        and k > 0
        and tokens[k - 1].norm in word_classes().campaign_group_prefixes
    ):
        return value, True  # "tim 02", "posko 01", "kubu 03": a campaign camp by its number
    if prefix_at is None:
        if token.kind == "number" and token.padded and len(tokens) > 0:
            before = tokens[k - 1].norm if k > 0 else ""
            if before in ck.number_lookalikes:
                return None
            return value, value in ck.padded_numbers
        return None
    if not sure and any(tokens[b].norm in ck.number_lookalikes for b in range(prefix_at + 1, k)):
        return None  # "nomor punggung 2", "no. antrean 3": the word between says what it counts
    if prefix_at > 0 and tokens[prefix_at - 1].norm in word_classes().team_words:
        return value, True  # "tim nomor 2", "kubu no 1": a camp by its number, as "tim 02"
    look_back = 0 if sure else 3
    for b in range(prefix_at - 1, max(-1, prefix_at - 1 - look_back), -1):
        # "antre di loket nomor 2" is a queue; in "tgl 14 pilih nomor 1" the date is another
        # phrase: stop at a number or at another prefix ("pilih", "coblos").
        before = tokens[b]
        if before.kind == "number" or before.norm in _STRONG_PREFIXES:
            break
        if _CLAUSE_END.search(text, before.end, tokens[b + 1].start):
            break  # "bangun gedung sekolah kita, no 2": the school is in another clause
        if before.norm in ck.number_lookalikes:
            return None
    # "paslon 2", "paslon nomor 2": an electoral word right before, or before the prefix
    strong = any(tokens[p].norm in ELECTORAL_PREFIXES for p in range(max(0, k - 2), k))
    return value, strong


def _profiles_for(ck: CompiledKnowledge, offices: set[str]) -> list[str]:
    if offices:
        chosen = [p.name for p in ck.profiles if p.resolved_office in offices]
        if chosen:
            return chosen
    return [p.name for p in ck.profiles]


def _refs_for_number(
    ck: CompiledKnowledge, value: int, offices: set[str]
) -> tuple[CandidateRef, ...]:
    return tuple(
        CandidateRef(name, value)
        for name in _profiles_for(ck, offices)
        if value <= ck.max_number[name]
    )


def _refs_for_position(
    ck: CompiledKnowledge, position: str, offices: set[str]
) -> tuple[CandidateRef, ...]:
    refs = []
    for name in _profiles_for(ck, offices):
        count = ck.max_number[name]
        if position == "first":
            refs.append(CandidateRef(name, 1))
        elif position == "last":
            refs.append(CandidateRef(name, count))
        elif count % 2 == 1 and count > 1:
            refs.append(CandidateRef(name, count // 2 + 1))
    return tuple(refs)


def election_context(segments: list[Segment]) -> bool:
    """Does the record speak of an election at all (election word, named candidate, date)?"""
    for seg in segments:
        if seg.has("election") or seg.has("date"):
            return True
        if any(m.strong for m in seg.mentions):
            return True
    return False
