"""Decision rules: from signals to reasons, each reason naming its rule and its evidence.

The order mirrors how a monitor reads: first what the employee *did* (a role, a rally, a party
card, a KTP drive, an office car), then what they *said* about a candidate, then what they
*reacted to*. Anything that points at an election but cannot be settled is grey, never allowed.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field, replace

from netra.classify.index import CompiledKnowledge, Hit
from netra.classify.knowledge import word_classes
from netra.classify.signals import Mention, Segment, election_context
from netra.classify.verdict import CandidateRef, Reason

# A campaign team's request the employee turns down ("Mobil dinas jgn dipakai"): an allowed-zone
# reason that the word model may not overrule into a violation (blend.py).
REFUSAL_RULE = "NE-04"
# An association's structure or card ("Musda DPD PPNI"), a discharge already issued ("SK
# pensiun lah di tangan") and a party or team left ("surat pengunduran diri sbg Ketua PAC"):
# reasons the word model may raise to a doubt, never to a violation (blend.py).
ASSOCIATION_RULE = "NE-06"
LEFT_SERVICE_RULE = "NE-07"
WITHDRAWN_RULE = "NE-08"
# A claim of having left, with no proof, by what was left: a person checks it
_UNPROVEN_WITHDRAWAL = {
    "party_membership": "GR-14",
    "campaign_involvement": "GR-15",
    "ktp_support": "GR-16",
}
WITHDRAWAL_RULES = (WITHDRAWN_RULE, *_UNPROVEN_WITHDRAWAL.values())
# A run after the service ended, a party or team left with proof: the talk of parties and
# candidates in the record is that settled matter, not a doubt for a person to read
_SETTLED_RULES = (LEFT_SERVICE_RULE, WITHDRAWN_RULE)

_CLOSE_CHARS = 80
# How many words may separate a directing word from the papers it gathers.
_GATHER_GAP = 4
# What turns naming a candidate to one's subordinates into directing them: a push, a date, a vote.
_PUSH = ("support", "hint", "oppose", "praise", "date", "election", "mobilise", "turnout")
# A served group is also directed by being asked to come ("hadir ya", "ikut yuk").
_SERVED_PUSH = (*_PUSH, "attend")
# The words that name an addressed group end at a pause within this many characters.
_VOCATIVE_CHARS = 32
_PAUSE = re.compile(r"[,:!.\n]")
# ... or at a directive ("tolong", "sampaikan ke") at most this many tokens after them.
_DIRECTIVE_GAP = 2
# A colour this many tokens either side of a decision word marks whom it favours.
_SIDE_GAP = 8
# How far an installation may stand from the office it installs, in words of one sentence:
# "atas pelantikan Bapak Yulius Selvanus dan Bapak Victor Mailangkay sebagai Gubernur".
_INSTALLED_GAP = 10
# The codes a greeting of installed winners replaces: naming them with praise reads as support,
# "jajaran BPBD mengucapkan" as rallying staff, the official photo as a photo with a candidate.
_GREETED_CODES = ("online_support", "mobilisation", "photo_with_candidate")
# A vote named at most this many tokens after "asal" is the condition of a favour.
_BARGAIN_GAP = 6
# A candidate at most this many tokens after "pas", and a visit word at most this many after the
# candidate ("pas ada kunjungan tim 02", "pas Pak X datang"), time the aid to the visit.
_VISIT_GAP = 4
_SENTENCE_END = re.compile(r"[.!?\n]")
# A name this many tokens after "bertuliskan" or "bergambar" is printed on the thing described.
_PRINTED_GAP = 2
# The subject of a candidacy word stands at most this many tokens before it ("beta maju",
# "bantu Kak Cut maju").
_SUBJECT_GAP = 3
# "Aku Cak, ...": a first person answering "siapa?" is followed by a pause within these characters.
_ALONE_CHARS = 6
# A vote verb at most this many words before "yg <colour>" gives that colour the vote.
_VOTED_GAP = 5


@dataclass(slots=True)
class Facts:
    """What one side of a record (the employee's own words, or the target) contains."""

    segments: list[Segment]
    pointers: list[tuple[Segment, Mention]]
    by_category: dict[str, list[tuple[Segment, Hit]]] = field(default_factory=dict)

    def __post_init__(self) -> None:
        # The rules ask the same questions many times per record: merge the segments once.
        merged: dict[str, list[tuple[Segment, Hit]]] = {}
        for seg in self.segments:
            for category, found in seg.hits.items():
                if found:
                    merged.setdefault(category, []).extend((seg, h) for h in found)
        self.by_category = merged

    def hits(self, category: str) -> list[tuple[Segment, Hit]]:
        return self.by_category.get(category, [])

    def has(self, *categories: str) -> bool:
        by = self.by_category
        return any(c in by for c in categories)

    def first(self, *categories: str) -> tuple[Segment, Hit] | None:
        by = self.by_category
        for category in categories:
            found = by.get(category)
            if found:
                return found[0]
        return None

    def affirmed(self, *categories: str) -> tuple[Segment, Hit] | None:
        """First hit of the categories that is not denied ("bukan kampanye", "tanpa atribut")."""
        for category in categories:
            for seg, hit in self.hits(category):
                if not seg.negated(hit):
                    return seg, hit
        return None

    def explicit(self) -> list[tuple[Segment, Mention]]:
        return [
            (s, m)
            for s, m in self.pointers
            if m.kind in ("name", "alias", "slogan", "hashtag", "party")
        ]

    def persons(self) -> list[tuple[Segment, Mention]]:
        return [(s, m) for s, m in self.pointers if m.kind in ("name", "alias", "hashtag")]

    def material(self) -> bool:
        """Does it point by campaign material itself: a campaign hashtag, slogan or gesture?"""
        return any(m.kind in ("hashtag", "slogan", "gesture") for _, m in self.pointers)

    def points_in(self, seg: Segment) -> bool:
        """Does this passage itself point to a candidate?"""
        return any(s is seg for s, _ in self.pointers)


class Judge:
    """Applies the rules to one record's segments and returns its reasons."""

    def __init__(self, ck: CompiledKnowledge) -> None:
        self.ck = ck
        self.rules = ck.knowledge.rules

    # --- helpers --------------------------------------------------------------------------

    def _facts(
        self,
        segments: list[Segment],
        context: bool,
        tone: frozenset[str],
        asked: bool = False,
        senses: frozenset[str] = frozenset(),
    ) -> Facts:
        pointers = []
        listed = _several_colours(m for seg in segments for m in seg.mentions)
        for seg in segments:
            # An acronym in capitals ("SEHATI", "PRIMA") is a candidate when something else in
            # the record sounds like a campaign; a lower-case "sehati" or "#pinang" needs
            # election words.
            campaignish = bool(tone) or seg.has("attribute") or seg.has("campaign_marker")
            for m in seg.mentions:
                if (
                    (m.kind in ("alias", "slogan", "hashtag") or _lower_name(seg, m))
                    and not m.strong
                    and not m.caps
                    and not asked
                    and not _near_election(seg, m)
                ):
                    continue  # "baru pulang", "pelayanan prima": the word, not the pair
                if (
                    m.kind in ("alias", "slogan", "hashtag", "party")
                    and not m.strong
                    and all(t.norm in senses for t in seg.tokens[m.i : m.j])
                ):
                    continue  # "PBB jatuh tempo" under "bayar PBB-P2": one sense per record
                if m.kind == "colour":
                    # "laut biru", "kaos biru buat jalan sehat": a colour is the pair's only
                    # beside campaign talk ("posko biru", "coblos yang biru") in a record
                    # about the election
                    near = _NEAR_COLOUR if context else ("campaign_marker",)
                    if not listed and (
                        asked
                        or _colour_points(seg, m, near)
                        or _steered(seg, m)
                        or (context and _voted_colour(seg, m))
                    ):
                        pointers.append((seg, m))
                    continue
                caps_campaign = False
                if m.caps:
                    if all(t.norm in self.ck.common_words for t in seg.tokens[m.i : m.j]):
                        # "Alhamdulillah AMAN, tak ade KIPI berat 👍": an acronym that is also
                        # a common word needs more than a pleased tone: support, an attack,
                        # campaign things, or printed on one ("helm bertuliskan 'BARA 2'")
                        caps_campaign = (
                            bool(tone - {"praise"})
                            or any(s.has(c) for s in segments for c in _CAMPAIGN_THINGS)
                            or _printed(seg, m)
                        )
                    else:
                        caps_campaign = campaignish
                if m.strong or context or caps_campaign or _supported(seg, m):
                    pointers.append((seg, m))
        # "02" beside "Prabowo" belongs to the pilpres, not to a pilkada held the same year.
        named = {
            r.election
            for _, m in pointers
            if m.kind in ("name", "alias", "slogan", "hashtag")
            for r in m.refs
        }
        if named:
            pointers = [
                (s, replace(m, refs=tuple(r for r in m.refs if r.election in named)))
                if m.kind in ("number", "position", "gesture")
                and any(r.election in named for r in m.refs)
                else (s, m)
                for s, m in pointers
            ]
        return Facts(segments, pointers)

    def _describe(self, mentions: list[Mention]) -> str:
        parts: list[str] = []
        for m in mentions:
            if m.kind == "party" and m.party is not None:
                parts.append(f"partai {m.party.name}")
                continue
            for ref in m.refs:
                profile = next(p for p in self.ck.profiles if p.name == ref.election)
                cand = profile.candidate(ref.number)
                label = cand.label if cand else f"nomor {ref.number}"
                parts.append(f"{label} pada {ref.election}")
        unique = list(dict.fromkeys(parts))
        return "; ".join(unique[:3]) if unique else "calon atau partai tertentu"

    def _withdrawal(self, code: str, left: tuple[Segment, int, int, bool]) -> Reason:
        """The party, team or support the employee says they left: allowed with proof, else
        a person checks the claim."""
        seg, i, j, proven = left
        return self._reason(WITHDRAWN_RULE if proven else _UNPROVEN_WITHDRAWAL[code], seg, i, j)

    def _reason(
        self,
        rule_id: str,
        seg: Segment,
        i: int,
        j: int,
        mentions: list[Mention] | None = None,
        extra: tuple[Segment, int, int] | None = None,
    ) -> Reason:
        rule = self.rules.rules[rule_id]
        start, end = seg.span(i, j)
        if extra is not None and extra[0] is seg:
            e_start, e_end = seg.span(extra[1], extra[2])
            if max(end, e_end) - min(start, e_start) <= _CLOSE_CHARS:
                start, end = min(start, e_start), max(end, e_end)
        neutral = rule.code == "neutral"
        basis = self.rules.skb if neutral else self.rules.violations[rule.code].basis
        note = rule.note.replace("{target}", self._describe(mentions or []))
        return Reason(
            code=rule.code,
            rule=rule_id,
            zone=rule.zone,
            basis=basis,
            field=seg.field,
            evidence=seg.text[start:end],
            start=start,
            end=end,
            note=note,
        )

    # --- entry point ----------------------------------------------------------------------

    def judge(
        self, action: str, own: list[Segment], target: Segment | None
    ) -> tuple[list[Reason], list[CandidateRef], frozenset[tuple[str, int]]]:
        """Reasons for one record, the candidates its valid mentions point to, and where those
        mentions are ((field, first token) pairs)."""
        everything = own + ([target] if target is not None else [])
        context = election_context(everything) or _corroborated(everything)
        # the tone words of the whole record: support, attack, praise
        tone = frozenset(c for s in everything for c in ("support", "oppose", "praise") if s.has(c))
        # "Pilih siapa?" answered with a name, a nickname or a number: the answer is the choice.
        asked = (
            action in ("comment", "reply")
            and target is not None
            and target.has("choice_question")
            and not target.has("neutrality")
        )
        context = context or asked
        senses = _lookalike_words(everything)
        mine = self._facts(own, context, tone, asked, senses)
        theirs = self._facts([target] if target is not None else [], context, tone, senses=senses)
        if target is not None and not theirs.pointers and not target.has("candidate"):
            mine = _without_arrows(mine)
        if (
            any(s.has("other_vote") for s in everything)
            and not any(m.kind != "number" for _, m in mine.explicit() + theirs.explicit())
            and not any(s.has("date") for s in everything)
        ):
            # "coblos ketua OSIS ... calon nomer 3", "lomba dansa: pasangan nomor 1": the numbers
            # belong to that vote, even "calon nomor 2" (unless a candidate is named, or the
            # election's own date is: "sbg ketua Karang Taruna ... tgl 27 kompak ke no 3")
            mine, theirs = _without_numbers(mine), _without_numbers(theirs)
        # A capitalised acronym accepted because the record sounds like a campaign is context too.
        context = context or bool(mine.pointers or theirs.pointers)
        reasons: list[Reason] = []
        neutral = mine.has("neutrality") and not _pushes(mine)
        if not neutral:
            reasons += self._acts(mine, context)
            reasons += self._own_words(action, mine, theirs, context)
            if target is not None and action in ("comment", "reply", "quote"):
                reasons += self._confirmation(mine, theirs, context)
            if not any(r.code == "favouring_decision" for r in reasons):
                reasons += self._bargain(mine, theirs, context)
            if asked:
                reasons += self._answer(mine)
                if mine.pointers and theirs.has("subordinate"):
                    seg, m = mine.pointers[0]
                    reasons.append(self._reason("MO-03", seg, m.i, m.j, [m]))
        if target is not None and action != "post":
            reasons += self._reaction(action, mine, theirs, context)
            if not neutral and action in ("share", "quote", "comment", "reply"):
                reasons += self._passes_on_ktp_call(mine, theirs)
        # "SK pemberhentian sdh terbit, hari ini daftar bakal calon": the talk of candidates is
        # the former employee's own run, not a doubt to read
        if not any(r.zone == "forbidden" or r.rule in _SETTLED_RULES for r in reasons):
            reasons += self._grey(mine, context, neutral)
        if not any(r.zone != "allowed" for r in reasons):
            reasons += self._neutral(mine, theirs, context)
        if not neutral:
            greeting = self._greeting(mine, theirs)
            if greeting and all(r.code in _GREETED_CODES for r in reasons if r.zone != "allowed"):
                reasons = [greeting]
        refs: list[CandidateRef] = []
        for _, m in mine.pointers + theirs.pointers:
            for ref in m.refs:
                if ref not in refs:
                    refs.append(ref)
        pointed = frozenset((s.field, m.i) for s, m in mine.pointers + theirs.pointers)
        return _dedupe(reasons), refs, pointed

    def _greeting(self, mine: Facts, theirs: Facts) -> Reason | None:
        """A congratulation to the winners once they hold or are declared to an office ("Selamat
        utk Pak Martin & Bang Jumadi yg dilantik hari ni sbg Wali Kota"). Once inaugurated they
        are office holders, and greeting them is protocol (NE-05). Declared by the KPU but not
        yet inaugurated, a private greeting naming them needs a reader (GR-11), one on behalf of
        an office does not (NE-05). Nothing else of a campaign may be in the employee's words."""
        if not (mine.has("installed") or theirs.has("installed")):
            return None  # most records: no inauguration or declaration, no token scan
        congratulations = word_classes().congratulations
        congratulates = any(t.norm in congratulations for s in mine.segments for t in s.tokens)
        if not congratulates or mine.affirmed("oppose", "attribute", "rally", "role"):
            return None  # "foto resmi, tanpa atribut kampanye" denies it
        if any(m.kind not in ("name", "alias") for _, m in mine.pointers) or any(
            m.kind in ("number", "gesture", "colour") for s in mine.segments for m in s.mentions
        ):
            return None  # "Selamat Bapak Bupati terpilih!! Dari awal awak yakin 💙"
        found = _installed_office(mine)
        if found is None and mine.has("office"):
            # "Selamat bertugas Pak Gubernur Pramono" under the post of the inauguration
            found = _installed_office(theirs)
        if found is None:
            return None
        seg, hit, inaugurated = found
        if inaugurated:
            return self._reason("NE-05", seg, hit.i, hit.j)
        if mine.has("support"):
            return None
        if mine.has("on_behalf") and mine.has("office_owner"):
            return self._reason("NE-05", seg, hit.i, hit.j)
        named = mine.explicit() or theirs.explicit()
        if not named:
            return None
        seg, m = named[0]
        return self._reason("GR-11", seg, m.i, m.j, [m for _, m in named])

    # --- what the employee did ------------------------------------------------------------

    def _acts(self, f: Facts, context: bool) -> list[Reason]:
        out: list[Reason] = []
        pointer_mentions = [m for _, m in f.pointers]
        anchor = f.pointers[0] if f.pointers else None
        campaign_scene = f.has("rally", "campaign_marker") or bool(f.pointers)

        on_duty = f.has("duty") and not f.pointers
        # "saksi kedua paslon", "relawan semua calon": roles of everyone, described by an officer
        everyone = f.has("all_pairs")
        for seg, hit in f.hits("role"):
            if context and not on_duty and not everyone and not seg.negated(hit):
                if any(0 <= hit.i - h.j <= 3 for h in seg.hits.get("family", ())):
                    # "Bapak mertua jadi ketua tim pemenangan": a relative's role, not one's own.
                    out.append(self._reason("GR-07", seg, hit.i, hit.j, pointer_mentions))
                elif not _campaign_team(f):
                    # "jd tim sukses turnamen voli", "tim sukses kebaikan": a team named by
                    # nothing else of an election may be any team's; a person asks whose
                    out.append(self._reason("GR-09", seg, hit.i, hit.j, pointer_mentions))
                elif (left := _withdrawn(f)) is not None:
                    # "Berikut surat pengunduran diri ambo dari tim relawan, ditembuskan ke Satgas"
                    out.append(self._withdrawal("campaign_involvement", left))
                else:
                    out.append(self._reason("CI-01", seg, hit.i, hit.j, pointer_mentions))
                break
        # "Oranye2 hari ini bukan kampanye kwa, ini seragam panitia HUT": a denied rally is none
        rallying = f.affirmed("rally") is not None
        for seg, hit in f.hits("role_generic"):
            if (f.pointers or rallying) and context and not seg.negated(hit):
                out.append(self._reason("CI-01", seg, hit.i, hit.j, pointer_mentions))
                break
        # "alat peraga kampanye wajib turun": the campaign's props, not a campaign event
        rally = next(
            ((s, h) for s, h in f.hits("rally") if not h.within(s.hits.get("attribute", ()))),
            None,
        )
        # "Jaga kampanye akbar, aman terkendali 👮": guarding a rally is the officer's duty
        if rally and context and not on_duty and not rally[0].negated(rally[1]):
            seg, hit = rally
            if f.has("encounter"):
                # Passing by, watching from afar: present, but not plainly taking part.
                out.append(self._reason("GR-09", seg, hit.i, hit.j, pointer_mentions))
            elif (attend := _attendance(f)) or (
                not f.has("attend") and any(s.is_media for s in f.segments)
            ):
                extra = (attend[0], attend[1].i, attend[1].j) if attend else None
                out.append(self._reason("CI-02", seg, hit.i, hit.j, pointer_mentions, extra))

        # The people being directed are named in the same passage as the directing word: "mohon"
        # in the text and "pegawai" in a photo caption describe two different things.
        mobilise = audience = None
        for seg, hit in f.hits("mobilise"):
            same = seg.hits.get("audience", ())
            if same:
                mobilise, audience = (seg, hit), (seg, same[0])
                break
        if (
            mobilise
            and audience
            # "Staf wajib hadir jalan sehat HUT Korpri": a walk or a gathering is a rally only
            # where the record talks of the election or of a campaign ("deklarasi", "posko")
            and (f.pointers or (f.has("rally", "role") and (context or f.has("campaign_marker"))))
            and not f.has("turnout")
        ):
            seg, hit = mobilise
            extra = (audience[0], audience[1].i, audience[1].j)
            if not seg.negated(hit):
                out.append(self._reason("MO-01", seg, hit.i, hit.j, pointer_mentions, extra))
        if not any(r.code == "mobilisation" for r in out) and context:
            # "kita SATU SUARA ke nomor 1": a group's vote decided together for a named pair
            for seg, hit in f.hits("collective"):
                if f.points_in(seg) and not seg.negated(hit):
                    out.append(self._reason("MO-01", seg, hit.i, hit.j, pointer_mentions))
                    break
        if not any(r.code == "mobilisation" for r in out) and context and not on_duty:
            directed = self._directed(f, pointer_mentions)
            if directed is not None:
                out.append(directed)
        gift = f.first("gift")
        if gift and context and (f.pointers or f.has("support")) and not f.has("turnout"):
            seg, hit = gift
            out.append(self._reason("MO-02", seg, hit.i, hit.j, pointer_mentions))

        resource = _office_resource(f)
        # "stiker 'Bukan untuk kampanye'": a denied campaign is no campaign use
        campaign_words = [
            (s, h)
            for category in ("rally", "role", "campaign_marker")
            for s, h in f.hits(category)
            if not s.negated(h)
        ]
        # "Aula dipakai KPU utk debat, ketiga paslon dpt jatah sama": a hall lent to every pair
        # alike for the election's own event favours no one
        if resource and context and (f.pointers or campaign_words) and not everyone and not on_duty:
            seg, hit = resource
            # "seng bisa, mobil dinas cuma for tugas kantor": a refusal opens with the negation.
            refusal = any(h.i <= 1 for h in seg.hits.get("negation", ()))
            if not seg.negated(hit) and not refusal:
                out.append(self._reason("SR-01", seg, hit.i, hit.j, pointer_mentions))

        aid = f.affirmed("aid")
        if aid and context and f.explicit() and f.has("favouring", "favour_timing"):
            # Aid or a programme handed out, held back or timed around a named candidate.
            seg, hit = aid
            out.append(self._reason("FD-01", seg, hit.i, hit.j, pointer_mentions))
        elif context and (timed := _timed_to_visit(f, aid)):
            seg, i, j = timed
            out.append(self._reason("FD-01", seg, i, j, pointer_mentions))
        favour = f.first("favouring")
        # A timing phrase ("menjelang pilkada") only strengthens a decision word; alone it is no act.
        favours = {(s.field, h.i) for s, h in [*f.hits("favouring"), *f.hits("favour_timing")]}
        evident = bool(f.pointers) or len(favours) >= 2
        sided = _sided_favour(f)
        # without a pair or a second decision word, the evidence is the decision by the colour
        chosen = favour if evident else sided
        if chosen and (context or (sided is not None and _camps_marked(sided[0]))):
            seg, hit = chosen
            out.append(self._reason("FD-01", seg, hit.i, hit.j, pointer_mentions))

        association = None
        for seg, hit in f.hits("membership"):
            parties = [m for s, m in f.pointers if m.kind == "party" and s is seg]
            partai = any(
                seg.tokens[h.i].norm in ("partai", "parpol") for h in seg.hits.get("election", ())
            )
            if not (parties or partai) and _says(seg, word_classes().associations):
                # "Musda DPD PPNI", "KTA Percasi", "sekretaris ranting Aisyiyah"
                association = association or self._reason(ASSOCIATION_RULE, seg, hit.i, hit.j)
                continue
            # "iuran anggota ke DPRa", "dilantik jadi bendahara PAC": a branch of a party and
            # another word of membership name the party's structure without its name
            branch = len(seg.hits["membership"]) >= 2 and any(
                _phrase(seg, h) in word_classes().party_branches for h in seg.hits["membership"]
            )
            if (parties or partai or branch) and not seg.negated(hit):
                if (left := _left_service(f)) is not None:
                    # "SK pensiun lah di tangan ... mulai sekarang ku aktif di partai"
                    out.append(self._reason(LEFT_SERVICE_RULE, *left))
                    break
                if (refusal := _turned_down(f)) is not None and any(
                    _says(s, word_classes().invitations) for s in f.segments
                ):
                    # "Ambo diajak kekawan ke DPC partai nak dicalonkan wakil. Ambo tolak baik2"
                    out.append(self._reason(REFUSAL_RULE, refusal[0], refusal[1], refusal[1] + 1))
                    break
                if (left := _withdrawn(f)) is not None:
                    # "Update: sdh ambo serahkan surat pengunduran diri sbg Ketua PAC"
                    out.append(self._withdrawal("party_membership", left))
                    break
                rule = "GR-12" if _disputed_register(seg) else "PM-01"
                out.append(self._reason(rule, seg, hit.i, hit.j, parties or pointer_mentions))
                break
        else:
            if association is not None:
                # An association's structure and cards, and no party's anywhere: recorded so
                # the word model cannot read them as a party's (blend.py)
                out.append(association)

        # "Dak jadi maju lewat partai, sy coba jalur perseorangan": the run not denied
        candidacy = next(
            ((s, h) for s, h in f.hits("candidacy") if not s.negated(h) and not _of_many(s, h)),
            None,
        )
        if candidacy and context and _own_run(f, *candidacy):
            seg, hit = candidacy
            if any(0 <= hit.i - h.j <= 3 for h in seg.hits.get("family", ())):
                # "Paman saya maju jadi cawagub": a relative's candidacy, not one's own.
                out.append(self._reason("GR-07", seg, hit.i, hit.j, pointer_mentions))
            elif (left := _left_service(f)) is not None:
                # "SK pemberhentian ku lah terbit ... hari ni ku daftar bakal calon": a former
                # employee's run, recorded so the word model cannot read it as an employee's
                out.append(self._reason(LEFT_SERVICE_RULE, *left))
            else:
                out.append(self._reason("CA-01", seg, hit.i, hit.j))

        ktp = f.hits("ktp")
        # "Bawa KTP dan KK asli" is paperwork; only support forms, collecting or handing over
        # (or a named pair) make it KTP support.
        if (
            ktp
            # "dampingi petugas KIP verifikasi faktual dukungan calon perseorangan": the officer's
            # task; "kalau didatangi petugas PPS, bilang aja dukung" is a coached answer
            and not (on_duty and all(_phrase(s, h) == "dukungan" for s, h in f.hits("support")))
            and _electoral_ktp(f)
            and not _turned_down(f)
            # "Maaf pak RT, sy PNS, nda bisa ikut kumpul KTP utk calon"
            and not _status_then_no(f)
            and not _voter_id(f)
            # "bawa KTP dan KK" is paperwork; papers alone need a named pair or a push for one
            and (_beyond_papers(f) or f.explicit() or f.has("support", "offer") or _gathers(f))
            and (
                len({(s.field, h.i) for s, h in ktp}) >= 2
                or f.pointers
                or f.has("mobilise")
                or any(_phrase(s, h) in word_classes().support_forms for s, h in ktp)
            )
        ):
            plain = [(s, h) for s, h in ktp if not s.negated(h)]
            if plain and (left := _withdrawn(f)) is not None:
                # "Ambo tarik dukungan KTP ambo dari bakal calon perseorangan"
                out.append(self._withdrawal("ktp_support", left))
            elif plain and _deferred(f):
                seg, hit = plain[0]
                out.append(self._reason("GR-13", seg, hit.i, hit.j, pointer_mentions))
            elif plain:
                seg, hit = plain[0]
                out.append(self._reason("KS-01", seg, hit.i, hit.j, pointer_mentions))
                # Collecting KTPs from named people ("KTP warga RW 09 sudah terkumpul", "staf
                # yang belum setor") is also gathering their support; an open call is not.
                for cseg, chit in f.hits("mobilise"):
                    if cseg.hits.get("audience") and not cseg.negated(chit):
                        out.append(self._reason("MO-01", cseg, chit.i, chit.j, pointer_mentions))
                        break

        if campaign_scene and anchor is not None:
            out += self._attributes(f, context)
        return out

    def _directed(self, f: Facts, mentions: list[Mention]) -> Reason | None:
        """Subordinates addressed in the same passage that points to a candidate with a push
        ("Staf seksi, tanggal 27 nu katilu", "guru honor, pilihan kita satu komando: 02"), or a
        group the employee serves addressed at the opening of a passage that points to a
        candidate or a campaign event ("Bapak/Ibu wali murid kelas 6, tgl 14 pilih nomor 3",
        "Ibu2 PKK, besok hadir ya di lapangan jam 9, ada Pak Hendra")."""
        for category in ("subordinate", "served"):
            for seg, hit in f.hits(category):
                if seg.negated(hit) or seg.is_media:
                    continue  # "Foto: pegawai di peresmian": a caption describes, not directs
                if _after_speaker(seg, hit):
                    continue  # "beta ASN", "sy PNS": the speaker's own status, no one addressed
                served = category == "served"
                if served and not _addressed(seg, hit):
                    continue
                if not f.points_in(seg) and not (served and seg.has("rally")):
                    continue
                if any(seg.has(c) for c in (_SERVED_PUSH if served else _PUSH)):
                    return self._reason("MO-03", seg, hit.i, hit.j, mentions)
        return None

    def _confirmation(self, mine: Facts, theirs: Facts, context: bool) -> list[Reason]:
        """A reply that admits what the other person says about the employee ("masih pengurus
        PAN?" - "iya, tapi jangan rame"), or answers a call for KTPs or volunteers with one's own."""
        out: list[Reason] = []
        if not mine.segments or not mine.segments[0].tokens:
            return out
        seg = mine.segments[0]
        # "Nanti ya Mas, nyak pikir2 dulu": the "ya" puts the answer off (looked for only
        # behind a yes, so most replies skip the phrase scan)
        says_yes = (
            any(h.i <= 1 for h in seg.hits.get("affirm", ())) or mine.has("hint", "offer")
        ) and not _deferred(mine)
        denies = _opens_with_no(mine)
        whole = (0, len(seg.tokens))
        mentions = [m for _, m in theirs.pointers]

        def admits(category: str) -> bool:
            own = [(s, h) for s, h in mine.hits(category) if not s.negated(h)]
            if own:
                return True
            if mine.has(category):  # only denied ("dudu pengurus")
                return False
            return says_yes and not denies

        party = any(m.kind == "party" for s in theirs.segments for m in s.mentions) or any(
            t.norm in ("partai", "parpol") for s in theirs.segments for t in s.tokens
        )
        # "Lu masih aktif di partai ko?" - "Masih lah, beta sekretaris PAC"
        asked_membership = theirs.has("membership") or mine.has("membership")
        if asked_membership and party and admits("membership"):
            rule = "GR-12" if _disputed_register(seg) else "PM-01"
            out.append(self._reason(rule, seg, *whole, mentions))
        # "Saksi ketiga paslon tanda tangan": every pair's witnesses, described
        everyone = mine.has("all_pairs") or theirs.has("all_pairs")
        if (
            theirs.has("role")
            and context
            and admits("role")
            and _campaign_team(mine, theirs)
            and not everyone
        ):
            out.append(self._reason("CI-01", seg, *whole, mentions))
        support_request = _beyond_papers(theirs) or bool(theirs.pointers) or _beyond_papers(mine)
        if (
            theirs.has("ktp")
            and support_request
            and _electoral_ktp(mine, theirs)
            and (mine.has("ktp", "mobilise", "offer") or says_yes)
            and admits("ktp")
            # "Maaf idak bisa, sy ASN. ... kasih KTP utk dukungan calon tu terlarang": the reply
            # opens by saying no, and the KTP it names is the one it will not give
            and not denies
            # "KTP yg ulun kumpulkan cuma gasan BLT ... ulun kada kawa bantu": the reply names
            # the papers to turn the ask down
            and _declined(mine) is None
            and not _turned_down(mine)
        ):
            out.append(self._reason("KS-01", seg, *whole, mentions))
        if (
            theirs.has("rally")
            and theirs.pointers
            and context
            and mine.has("gift", "mobilise")
            and not denies
        ):
            # "Transport ke kampanye Pakde ada?" - "Ada, 50rb, kumpul di kantor lurah jam 7".
            gift = mine.first("gift", "mobilise")
            assert gift is not None
            out.append(self._reason("MO-01", gift[0], gift[1].i, gift[1].j, mentions))
        else:
            # "Acara Dokter Azhari tgl 14 wajib kah?" - "Tgl 14 semua pegawai puskesmas hadir
            # ya": the reply directs a group to what the other person named.
            directive = next(
                (
                    (s, h)
                    for s, h in mine.hits("mobilise")
                    if s.hits.get("audience")
                    and not s.negated(h)
                    # "Mohon maaf, saya ASN, tidak bisa" apologises and turns it down
                    and not (h.j < len(s.tokens) and s.tokens[h.j].norm == "maaf")
                ),
                None,
            )
            # ... to come or to bring votes, not to read what was shared ("wajib baca")
            reading = directive is not None and any(
                t.norm in word_classes().reading
                for t in directive[0].tokens[directive[1].j : directive[1].j + 2]
            )
            if (
                directive
                and not reading
                # a colour alone ("seragam biru Korpri") is too slight to name what they meant
                and any(m.kind != "colour" for _, m in theirs.pointers)
                and context
                and not denies
                and not mine.has("duty")
            ):
                seg_m, hit_m = directive
                out.append(self._reason("MO-01", seg_m, hit_m.i, hit_m.j, mentions))
        campaign_asks = theirs.has("role", "rally", "campaign_marker") or bool(theirs.pointers)
        # What the office owns, asked for ("tenda jo kursi kelurahan") or offered in the reply
        # ("pakai aja Innova dinas", "simpan di gudang dinas dulu").
        asked_for = _office_resource(theirs) is not None
        # "Mobil dinas jgn dipakai, bawa kendaraan masing2" names the car to refuse it
        named = _office_resource(mine)
        lends = named is not None and not mine.has("negation")
        if campaign_asks and context and (lends or (asked_for and says_yes)) and not denies:
            # A campaign team asks for the office hall or car, and the employee says yes.
            out.append(self._reason("SR-01", seg, *whole, mentions))
        elif campaign_asks and context and named is not None and mine.has("negation"):
            # The refusal is the employee's own: recorded, so the word model cannot read the
            # campaign's request as the employee's act (blend.py).
            out.append(self._reason(REFUSAL_RULE, named[0], named[1].i, named[1].j))
        elif campaign_asks and context and not out and not mine.has("support", "praise", "hint"):
            # "tak olle ngumpulaghi KTP", "gak iso melu konvoi": the ask turned down in so many
            # words is recorded too (a reader still sees the reply under campaign content)
            declined = _declined(mine)
            if declined is not None:
                seg_d, hit_d = declined
                out.append(self._reason(REFUSAL_RULE, seg_d, hit_d.i, hit_d.j))
        if theirs.has("candidacy") and context:
            # "katong dukung penuh", "kami dukung!": the reply backs the poster's run
            if _speaker_does(mine, "support", _SUBJECT_GAP, word_classes().backing):
                if not denies and not out:
                    out.append(self._reason("OS-07", seg, *whole, mentions))
            elif (
                # "iya, sy daftar": the reply owns the run
                (mine.has("first_person") or says_yes)
                # "Ulun kada kawa bantu": a first person saying no owns no run
                and not _speaker_does(mine, "negation", 1)
                and not denies
                and not mine.has("third_person")
            ):
                out.append(self._reason("CA-01", seg, *whole))
        taken = _at(mine.first("offer")) or _claimed_task(mine, theirs)
        if (
            taken
            and not denies
            and (theirs.has("role", "campaign_marker", "rally") or (theirs.pointers and context))
        ):
            out.append(self._reason("CI-01", *taken, mentions))
        decided = _decided_request(mine, theirs)
        if decided is not None and context and not out:
            out.append(self._reason("FD-01", decided[0], decided[1].i, decided[1].j, mentions))
        return out

    def _bargain(self, mine: Facts, theirs: Facts, context: bool) -> list[Reason]:
        """A service promised on condition of a vote: "proposal rehab gereja pasti cair, asal
        huta kalian menangkan BONA", or a reply to "izin usaha saya kapan selesai?" with "cepat
        itu, asal tgl 27 nomor 3 ya". The condition word is followed in the same sentence by
        the candidate, and the record is about aid or a citizen's or employee's request."""
        if not context or not mine.pointers:
            return []
        classes = word_classes()
        # The condition and the vote after it are rare; look for them before reading every
        # token of both sides for a request.
        bargain = next(_led_pointers(mine, classes.conditions, _BARGAIN_GAP), None)
        if bargain is None:
            return []
        sides = [*mine.segments, *theirs.segments]
        if not (
            mine.has("aid")
            or theirs.has("aid")
            or any(t.norm in classes.requests for s in sides for t in s.tokens)
        ):
            return []
        seg, k, m = bargain
        return [self._reason("FD-01", seg, k, m.j, [p for _, p in mine.pointers])]

    def _passes_on_ktp_call(self, mine: Facts, theirs: Facts) -> list[Reason]:
        """A call for KTP support passed on with one's own push ("hayu bantu, kirim KTP")."""
        if not _beyond_papers(theirs) or not mine.segments or not mine.segments[0].tokens:
            return []
        if not _electoral_ktp(mine, theirs) or _declined(mine) is not None or _opens_with_no(mine):
            return []
        push = mine.first("ktp", "mobilise", "support", "offer")
        if push is None or push[0].negated(push[1]):
            return []
        seg, hit = push
        return [self._reason("KS-01", seg, hit.i, hit.j, [m for _, m in theirs.pointers])]

    def _answer(self, mine: Facts) -> list[Reason]:
        """The reply to "pilih siapa?": a name or number is support, qualities are a hint."""
        for seg, m in mine.pointers:
            return [self._reason(_POINTER_RULE.get(m.kind, "OS-01"), seg, m.i, m.j, [m])]
        if mine.has("turnout", "neutrality") or not mine.segments or not mine.segments[0].tokens:
            return []
        seg = mine.segments[0]
        hint = mine.first("hint", "praise", "support")
        if hint:
            return [self._reason("GR-03", hint[0], hint[1].i, hint[1].j)]
        return [self._reason("GR-03", seg, 0, len(seg.tokens))]

    def _attributes(self, f: Facts, context: bool) -> list[Reason]:
        out: list[Reason] = []
        mentions = [m for _, m in f.pointers]
        attribute = f.affirmed("attribute")
        printed = next(
            (
                (s, m)
                for s, m in f.pointers
                if m.kind not in ("gesture", "party") and _printed(s, m)
            ),
            None,
        )
        if attribute and any(m.kind != "gesture" for m in mentions):
            seg, hit = attribute
            out.append(self._reason("SA-02", seg, hit.i, hit.j, mentions))
        elif printed is not None:
            # "peci hijau berbordir 'ZAFA 1'": whatever the thing, it carries the pair's name
            seg, m = printed
            out.append(self._reason("SA-02", seg, m.i, m.j, mentions))
        for seg, m in f.pointers:
            if m.kind == "gesture" and seg.is_media and context:
                out.append(self._reason("SA-01", seg, m.i, m.j, [m]))
                break
        # "helm biru bertuliskan 'Luthfi-Yasin 02'": a name printed on a thing is an attribute,
        # not the candidate standing in the picture
        persons = [(s, m) for s, m in f.persons() if not _printed(s, m)]
        photo = any(s.is_media for s in f.segments) or f.has("photo")
        if photo and persons:
            partisan = (
                f.has("support", "oppose")
                or (_own_praise(f) and not f.has("encounter"))
                or f.material()
                or f.affirmed("attribute") is not None
                or f.has("rally", "campaign_marker", "role")
            )
            if partisan:
                seg, m = persons[0]
                out.append(self._reason("PC-01", seg, m.i, m.j, [m]))
        return out

    # --- what the employee said -----------------------------------------------------------

    def _own_words(self, action: str, mine: Facts, theirs: Facts, context: bool) -> list[Reason]:
        out: list[Reason] = []
        support = _stance(mine, "support") or _stance(mine, "praise")
        oppose = mine.first("oppose")
        hint = mine.first("hint")
        for seg, m in mine.pointers:
            if m.kind == "hashtag":
                out.append(self._reason("OS-08", seg, m.i, m.j, [m]))
            elif m.kind == "slogan":
                # the slogan is campaign talk itself; mocked, it is an attack ("Selor Bernyanyi?
                # bernyanyi terus, kerja kagak")
                rule = "OS-02" if oppose else "OS-10"
                out.append(self._reason(rule, seg, m.i, m.j, [m], _at(oppose)))
            elif m.kind in ("name", "alias", "party"):
                own_support = support or hint  # "yang peduli petahana"
                if support and _describes(support, seg, m):
                    own_support = None  # "ketemu Pak X nyoblos juga": the candidate votes
                if oppose:
                    out.append(self._reason("OS-02", seg, m.i, m.j, [m], _at(oppose)))
                elif own_support:
                    out.append(self._reason("OS-01", seg, m.i, m.j, [m], _at(own_support)))
            elif context and (support or oppose or hint or m.kind in ("number", "gesture")):
                if m.kind == "gesture" and seg.is_media:
                    continue  # a pose in a photo is an attribute, handled with attributes
                if m.kind in ("number", "position") and not (support or oppose or hint):
                    continue
                if m.kind == "colour" and not (support or oppose):
                    continue  # "baju merah ke TPS 🤭": a wink a person reads (GR-01)
                rule = _POINTER_RULE[m.kind]
                out.append(self._reason(rule, seg, m.i, m.j, [m], _at(support or oppose or hint)))
        if (
            action in ("share", "quote", "comment", "reply")
            and not mine.pointers
            and theirs.pointers
        ):
            # Own words about the content shared or commented on.
            mentions = [m for _, m in theirs.pointers]
            target_campaign = _is_campaign(theirs, context)
            strong_support = mine.first("support")
            # "Sepurane cak, aku gak iso melu. Salam gae arek2": the greeting closes a refusal
            declines = _declined(mine) is not None or (theirs.has("ktp") and _opens_with_no(mine))
            if oppose:
                seg, hit = oppose
                out.append(self._reason("OS-02", seg, hit.i, hit.j, mentions))
            elif declines:
                pass  # a reader still sees it: a comment under campaign content is GR-08
            elif strong_support and not (theirs.has("courtesy") and not target_campaign):
                seg, hit = strong_support
                out.append(self._reason("OS-07", seg, hit.i, hit.j, mentions))
            elif mine.has("praise") and (target_campaign or mine.has("election", "candidate_talk")):
                seg, hit = mine.first("praise")  # type: ignore[misc]
                out.append(self._reason("OS-07", seg, hit.i, hit.j, mentions))
        return out

    # --- what the employee reacted to -----------------------------------------------------

    def _reaction(self, action: str, mine: Facts, theirs: Facts, context: bool) -> list[Reason]:
        if not theirs.segments:
            return []
        seg = theirs.segments[0]
        if not seg.tokens:
            return []
        mentions = [m for _, m in theirs.pointers]
        whole = (0, len(seg.tokens))
        rule = {"like": "OS-04", "react": "OS-04", "follow": "OS-06", "join": "OS-06"}.get(
            action, "OS-05"
        )
        if action in ("comment", "reply"):
            # Judged through the comment's own words; a comment under a candidate's content that
            # says nothing for or against still needs a reader.
            if not theirs.pointers or mine.pointers or mine.has("neutrality"):
                return []
            anchor = theirs.pointers[0][1]
            rule = "GR-02" if mine.has("courtesy") or theirs.has("courtesy") else "GR-08"
            return [self._reason(rule, seg, anchor.i, anchor.j, mentions)]
        if mine.has("neutrality"):
            return [self._reason("GR-08", seg, *whole, mentions)] if mentions else []
        if theirs.pointers:
            anchor = theirs.pointers[0][1]
            if theirs.has("neutrality") and not theirs.has("support", "oppose"):
                return []
            if theirs.has("courtesy") and not _campaign_content(theirs):
                return [self._reason("GR-02", seg, anchor.i, anchor.j, mentions)]
            if (
                theirs.has("neutral_info")
                and _covers_field(theirs)
                and not theirs.has("support", "oppose")
            ):
                return []
            if _is_campaign(theirs, context):
                return [self._reason(rule, seg, anchor.i, anchor.j, mentions)]
            if (
                action == "join"
                and theirs.has("membership")
                and any(m.kind == "party" for _, m in theirs.pointers)
            ):
                # A party's group for its officials or members: joining it is membership.
                return [self._reason("PM-01", seg, anchor.i, anchor.j, mentions)]
            if action in ("follow", "join"):
                # A candidate's own account or a group they run, without campaign content: the
                # domain notes call this a neutral reaction that needs a reader.
                return [self._reason("GR-08", seg, anchor.i, anchor.j, mentions)]
            if theirs.has("poll"):
                return [self._reason("GR-05", seg, anchor.i, anchor.j, mentions)]
            if (theirs.has("neutral_info", "turnout")) and _covers_field(theirs):
                return []
            return [self._reason("GR-08", seg, anchor.i, anchor.j, mentions)]
        if not context:
            return self._allusion(theirs)  # a status full of hints, liked or shared
        marker = theirs.first("role", "campaign_marker")
        # "Diskusi Pilgub, anggotanya pendukung kedua paslon": a forum of every camp is not
        # one camp's, so joining it goes to a reader (GR-10 below), not to online support.
        if (
            action in ("follow", "join")
            and marker
            and not theirs.has("neutrality", "neutral_info", "all_pairs")
        ):
            return [self._reason("OS-06", marker[0], marker[1].i, marker[1].j)]
        if action in ("follow", "join") and not _official(theirs):
            # An election forum or page that points at nobody: a reader decides.
            return [self._reason("GR-10", seg, *whole)]
        hint = theirs.first("hint")
        if hint and not theirs.has("neutrality", "turnout"):
            return [self._reason("GR-03", hint[0], hint[1].i, hint[1].j)]
        if theirs.has("poll"):
            poll = theirs.first("poll")
            return [self._reason("GR-05", poll[0], poll[1].i, poll[1].j)]  # type: ignore[index]
        talk = theirs.first("candidate_talk")
        if talk and not theirs.has("neutrality", "neutral_info", "turnout"):
            return [self._reason("GR-10", talk[0], talk[1].i, talk[1].j)]
        return []

    # --- doubts ---------------------------------------------------------------------------

    def _grey(self, f: Facts, context: bool, neutral: bool) -> list[Reason]:
        out: list[Reason] = []
        explicit = f.explicit()
        if f.has("family") and context and (explicit or f.has("role", "candidate_talk")):
            # A relative who runs or campaigns: even with a neutrality pledge, a reader decides.
            seg, hit = f.first("family")  # type: ignore[misc]
            return [self._reason("GR-07", seg, hit.i, hit.j, [m for _, m in explicit])]
        if explicit and not neutral:
            seg, m = explicit[0]
            mentions = [m for _, m in explicit]
            if f.has("family"):
                out.append(self._reason("GR-07", seg, m.i, m.j, mentions))
            elif f.has("encounter", "photo") or any(s.is_media for s in f.segments):
                out.append(self._reason("GR-06", seg, m.i, m.j, mentions))
            elif f.has("poll"):
                out.append(self._reason("GR-05", seg, m.i, m.j, mentions))
            elif f.has("courtesy"):
                out.append(self._reason("GR-02", seg, m.i, m.j, mentions))
            elif f.has("neutral_info", "turnout") and _covers_field(f):
                pass
            else:
                out.append(self._reason("GR-01", seg, m.i, m.j, mentions))
        elif f.pointers and context and not neutral:
            seg, m = f.pointers[0]
            if m.kind == "gesture" and seg.is_media:
                out.append(self._reason("GR-04", seg, m.i, m.j, [m]))
            elif not f.has("turnout", "neutral_info"):
                out.append(self._reason("GR-01", seg, m.i, m.j, [m]))
        elif context and not neutral:
            hint = f.first("hint")
            if hint and not f.has("turnout"):
                out.append(self._reason("GR-03", hint[0], hint[1].i, hint[1].j))
            elif f.has("poll"):
                seg, hit = f.first("poll")  # type: ignore[misc]
                out.append(self._reason("GR-05", seg, hit.i, hit.j))
            elif (talk := f.first("candidate_talk")) and not f.has(
                "turnout", "neutral_info", "duty"
            ):
                out.append(self._reason("GR-10", talk[0], talk[1].i, talk[1].j))
            elif (
                (office := f.first("office"))
                and f.has("support", "oppose")
                and not f.has("turnout", "neutral_info", "duty")
            ):
                # "Wali kota kok cuma potong pita, GANTI!": the office holder, unnamed.
                out.append(self._reason("GR-10", office[0], office[1].i, office[1].j))
        elif not context and not neutral:
            out += self._allusion(f)
        if not out and not context:
            for seg in f.segments:
                for m in seg.mentions:
                    if m.kind == "gesture" and seg.is_media:
                        out.append(self._reason("GR-04", seg, m.i, m.j, [m]))
                        return out
        return out

    def _allusion(self, f: Facts) -> list[Reason]:
        """No election word at all, yet the post talks about choosing a leader by hints ("pilih
        yang jujur, kalian tahu lah"), about a debate or the loser, or drops a candidate's
        acronym in capitals: a reader decides."""
        if f.has("turnout", "neutral_info", "neutrality", "duty", "lookalike"):
            return []
        hints = f.hits("hint")
        phrases = [(s, h) for s, h in hints if s.tokens[h.i].kind != "emoji"]
        weak = [(s, m) for s in f.segments for m in s.mentions if m.kind != "party"]
        if _several_colours(m for _, m in weak):
            weak = [(s, m) for s, m in weak if m.kind != "colour"]  # "angkot biru, angkot oranye"
        talk = f.first("candidate_talk")
        spans = {(s.field, h.i, h.j) for s, h in hints}
        stance = any(
            (s.field, h.i, h.j) not in spans
            for category in ("support", "oppose", "praise", "office")
            for s, h in f.hits(category)
        )
        if phrases and (len(hints) >= 2 or weak or talk or stance):
            seg, hit = phrases[0]
            return [self._reason("GR-03", seg, hit.i, hit.j)]
        if talk:
            return [self._reason("GR-10", talk[0], talk[1].i, talk[1].j)]
        for seg, m in weak:
            if m.kind == "alias" and m.caps and not _shouting(seg):
                return [self._reason("GR-01", seg, m.i, m.j, [m])]
        return []

    def _neutral(self, mine: Facts, theirs: Facts, context: bool) -> list[Reason]:
        for facts in (mine, theirs):
            neutrality = facts.first("neutrality")
            if neutrality and context:
                return [self._reason("NE-01", neutrality[0], neutrality[1].i, neutrality[1].j)]
            info = facts.first("turnout", "neutral_info")
            if info and context:
                return [self._reason("NE-02", info[0], info[1].i, info[1].j)]
        for facts in (mine, theirs):
            lookalike = facts.first("lookalike")
            if lookalike:
                return [self._reason("NE-03", lookalike[0], lookalike[1].i, lookalike[1].j)]
        return []


_NEAR_ELECTION = (
    "support",
    "oppose",
    "election",
    "campaign_marker",
    "role",
    "rally",
    "attribute",
    "date",
)
# ... and what a single lower-case word needs beside it: a stance, the campaign's things or
# voting day, not an election word alone ("daftar pemilih bisa dicek")
_NEAR_STANCE = ("support", "oppose", "campaign_marker", "role", "attribute", "date")
# Campaign words that make a bare ballot number right beside them a candidate ("relawan 03",
# "pendukung 02", "posko 2").
_CAMPAIGN_CUES = ("role", "rally", "campaign_marker")
# ... and the campaign's things, which make an acronym that is a common word the pair's.
_CAMPAIGN_THINGS = (*_CAMPAIGN_CUES, "attribute")


def _beside(
    seg: Segment,
    m: Mention,
    categories: tuple[str, ...],
    before: int,
    after: int,
    ignore: list[Hit] | tuple[Hit, ...] = (),
) -> bool:
    """Does a hit of `categories` end within `before` tokens of the mention or start within
    `after` tokens of its end? Hits inside one of `ignore` do not count."""
    return any(
        (abs(h.j - m.i) <= before or abs(m.j - h.i) <= after) and not h.within(ignore)
        for category in categories
        for h in seg.hits.get(category, ())
    )


# A prop alone does not make a colour the pair's: "kaos biru" is also a sports day's shirt.
_NEAR_COLOUR = tuple(c for c in _NEAR_ELECTION if c != "attribute")


def _installed_office(f: Facts) -> tuple[Segment, Hit, bool] | None:
    """'yg dilantik hari ni sbg Wali Kota', 'Pelantikan Gubernur', 'ditetapkan KPU sbg bupati
    terpilih': an installation close to a head of region's office that no word makes another's
    ("ditetapkan jadi calon wakil bupati" is the candidacy, "Pjs Bupati dilantik" an acting
    regent). Says whether it is an inauguration (True) or a declaration (False)."""
    words = word_classes()
    for seg, hit in f.hits("installed"):
        if seg.negated(hit):
            continue
        for office in seg.hits.get("office", ()):
            lo, hi = min(hit.j, office.j), max(hit.i, office.i)
            if hi - lo > _INSTALLED_GAP or not _one_sentence(seg, lo, hi):
                continue
            if any(
                t.norm in words.not_elected
                for t in seg.tokens[max(0, min(hit.i, office.i) - 1) : hi]
            ):
                continue
            return seg, hit, seg.tokens[hit.i].norm in words.inaugurations
    return None


def _pushes(f: Facts) -> bool:
    """Does the employee push a pair outright ("tgl 27 coblos 3, tra boleh beda!!")? A support
    word right before a pointer, neither denied nor reported: then "tidak boleh" or "aturan" in
    the same words is no reminder of the rules ("ASN tidak boleh dukung nomor 2" denies the
    support, "bos so bilang pilih nomor satu" reports it)."""
    reporting = word_classes().reporting
    for seg, m in f.pointers:
        denied = [h for h in seg.hits.get("support", ()) if seg.negated(h)]
        if not _beside(seg, m, ("support",), 2, 0, denied):
            continue
        # "bos so bilang pilih nomor satu": someone else's words, reported
        if not any(
            t.norm in reporting and _one_sentence(seg, k, m.i)
            for k, t in enumerate(seg.tokens[: m.i])
        ):
            return True
    return False


def _lower_name(seg: Segment, m: Mention) -> bool:
    """A candidate's first name written as the common word it also is ("pemimpin yang bagus tu",
    Bagus being a candidate): a name is written with a capital."""
    return m.kind == "name" and seg.text[seg.tokens[m.i].start].islower()


def _colour_points(seg: Segment, m: Mention, categories: tuple[str, ...]) -> bool:
    """Is a campaign colour right beside campaign talk that is not denied ("posko biru",
    "coblos yang oranye"; not "kaos merah ini bukan kaos kampanye")?"""
    denied = [h for hits in seg.hits.values() for h in hits if seg.negated(h)]
    return _beside(seg, m, categories, 3, 3, denied)


def _sided_favour(f: Facts) -> tuple[Segment, Hit] | None:
    """A decision word beside a camp's colour: "yang kuning dahulukan, yang hijau belakangan",
    "yang pasang spanduk merah, tunda dulu". In talk of aid, permits and postings a colour is
    a side, so it needs no other word of campaign."""
    for seg, hit in f.hits("favouring"):
        if seg.negated(hit):
            continue
        for m in seg.mentions:
            # "siapa yg turun duluan waktu banjir? Yg pake rompi merah": another sentence
            if (
                m.kind == "colour"
                and -_SIDE_GAP <= m.i - hit.i <= _SIDE_GAP
                and _one_sentence(seg, m.i, hit.i)
            ):
                return seg, hit
    return None


def _camps_marked(seg: Segment) -> bool:
    """Are the colours in `seg` plainly camps', so that they are the election context
    themselves: two camps' colours ("kuning dahulukan, hijau belakangan") or a colour on a
    campaign thing ("spanduk merah")?"""
    return _several_colours(seg.mentions) or any(
        m.kind == "colour" and _colour_points(seg, m, ("campaign_marker", "attribute"))
        for m in seg.mentions
    )


def _one_sentence(seg: Segment, i: int, j: int) -> bool:
    """Do tokens i and j stand in the same sentence (no full stop, "?", "!" or line between)?"""
    first, last = sorted((seg.tokens[i].start, seg.tokens[j].start))
    return not _SENTENCE_END.search(seg.text, first, last)


def _several_colours(mentions: Iterable[Mention]) -> bool:
    """Colours of more than one pair: a list ("stiker semua warna, biru, oranye"), not a side."""
    return len({m.refs for m in mentions if m.kind == "colour"}) > 1


def _near_election(seg: Segment, m: Mention) -> bool:
    """Is a lower-case nickname that is also a word right beside campaign vocabulary? A single
    word in lower case ("daftar pemilih bisa dicek", BISA being a pair) is the everyday word
    unless backing, an attack, the campaign's things or voting day stand beside it in its
    clause: an election word alone is what the sentence is about."""
    start = seg.tokens[m.i].start
    # a word put in quotes ("Jare 'rukun', tapi timses e gelut") is named, not used
    quoted = start > 0 and seg.text[start - 1] in "'\"‘“"
    if m.j - m.i == 1 and seg.text[start].islower() and not quoted:
        # ... in the same clause: "siapa pun yg ditetapkan menang, mari torang jaga damai"
        return any(
            (abs(h.j - m.i) <= 3 or abs(m.j - h.i) <= 3)
            and not _PAUSE.search(
                seg.text,
                seg.tokens[min(h.i, m.i)].start,
                seg.tokens[max(h.j, m.j) - 1].start,
            )
            for category in _NEAR_STANCE
            for h in seg.hits.get(category, ())
        )
    return _beside(seg, m, _NEAR_ELECTION, 3, 3)


def _supported(seg: Segment, m: Mention) -> bool:
    """'pilih 02', 'dukungan 03', 'kaos 02', 'relawan dua jari', 'baliho dua jari': a ballot
    number or a number gesture right beside support, an attack, a prop or a campaign team."""
    if _steered(seg, m):
        return True
    if m.kind in ("number", "position"):
        return _beside(seg, m, ("support", "oppose", "attribute", "role", "campaign_marker"), 3, 1)
    # "menang 2-1 ✌️" is a football score: a gesture needs a campaign team or prop beside it
    return m.kind == "gesture" and _beside(seg, m, ("attribute", "role", "campaign_marker"), 3, 1)


def _steered(seg: Segment, m: Mention) -> bool:
    """'warga diarahkan ke nomor 2', 'arahkan ke yg hijau', 'suara dibulatkan ke yang tengah':
    a ballot number, colour or position led to by a verb of steering, in the same sentence
    and not denied ("jangan arahkan warga ke nomor 2"), is where people are being sent."""
    if m.kind not in ("number", "position", "gesture", "colour"):
        return False
    words = word_classes()
    # The mention is led by links ("ke yang", "ke nomor", "pilih no"): "diarahkan ke jalur
    # hijau" is a route. Before the links, the verb, or up to three words of whom it steers
    # ("arahke keluargo masing2 ke yang biru", "arahke bae ke nomor satu").
    k = m.i - 1
    while k >= 0 and (
        seg.tokens[k].norm in words.steer_links
        or seg.tokens[k].norm in words.relatives
        or seg.tokens[k].norm in words.vote_verbs
    ):
        k -= 1
    if k == m.i - 1:
        return False
    for v in range(k, max(-1, k - 4), -1):
        if seg.tokens[v].norm in words.steer_verbs and _one_sentence(seg, v, m.i):
            return not seg.negated(Hit("steer", None, v, v + 1))
    return False


def _voted_colour(seg: Segment, m: Mention) -> bool:
    """'coblos yg ada bundanya, yg kuning 💛': a colour named as "the one" a vote verb a few
    words before it, in the same sentence, goes to."""
    words = word_classes()
    if m.i == 0 or seg.tokens[m.i - 1].norm not in words.relatives:
        return False
    return any(
        seg.tokens[v].norm in words.vote_verbs and _one_sentence(seg, v, m.i)
        for v in range(max(0, m.i - 1 - _VOTED_GAP), m.i - 1)
    )


def _timed_to_visit(f: Facts, aid: tuple[Segment, Hit] | None) -> tuple[Segment, int, int] | None:
    """Aid or an inauguration timed to a candidate's visit: "bansos dibagikan pas ada kunjungan
    tim 02", "diresmikan Sabtu, pas jo jadwal Da Syaf kampanye". The span is the aid or the
    inauguration word, which must share the sentence with the timing word."""
    words = word_classes()
    for seg, k, m in _led_pointers(f, words.visit_timing, _VISIT_GAP):
        after = range(k + 1, min(len(seg.tokens), m.j + _VISIT_GAP))
        if not any(seg.tokens[v].norm in words.visits for v in after if v < m.i or v >= m.j):
            continue
        if aid is not None and aid[0] is seg and _one_sentence(seg, aid[1].i, k):
            return seg, aid[1].i, aid[1].j
        for n, token in enumerate(seg.tokens):
            if token.norm in words.launches and _one_sentence(seg, n, k):
                return seg, n, n + 1
    return None


def _led_pointers(
    f: Facts, lead_words: frozenset[str], gap: int
) -> Iterator[tuple[Segment, int, Mention]]:
    """(segment, position of the word, pointer) for each word of `lead_words` followed within
    `gap` tokens, in the same sentence, by a pointer: "asal tgl 27 nomor 3" (a condition),
    "pas ada kunjungan tim 02" (a timing)."""
    for seg in f.segments:
        for k, token in enumerate(seg.tokens):
            if token.norm not in lead_words:
                continue
            for s, m in f.pointers:
                if s is seg and 0 < m.i - k <= gap and _one_sentence(seg, k, m.i):
                    yield seg, k, m


def _office_resource(f: Facts) -> tuple[Segment, Hit] | None:
    """The first state resource named ("mobil dinas", "aula kantor"), or an asset named with
    its office owner."""
    return f.first("state_resource") or _owned_asset(f)


def _owned_asset(f: Facts) -> tuple[Segment, Hit] | None:
    """A thing an office owns, named with its owner: "speedboat Dishub", "pompong dinas
    perikanan", "wantilan kantor camat". The span covers both."""
    for seg, asset in f.hits("asset"):
        for owner in seg.hits.get("office_owner", ()):
            if 0 <= owner.i - asset.j <= 1:
                return seg, Hit("state_resource", None, asset.i, owner.j)
    return None


def _addressed(seg: Segment, hit: Hit) -> bool:
    """Is the group named by `hit` the one spoken to? It opens the passage, after at most a
    greeting ("Assalamualaikum para keuchik", "Ayo ibu2 PKK"), and its words end at a pause
    before any candidate is named ("Jamaah meunasah Gampong Tanoh Mirah, ba'da magrib ...").
    "Guru2 yang kemarin ikut kampanye X, siap2 pindah" names them as the topic instead."""
    opening = {k for h in seg.hits.get("vocative", ()) for k in range(h.i, h.j)}
    if any(k not in opening for k in range(hit.i)):
        return False
    end = seg.tokens[hit.j - 1].end
    pause = _PAUSE.search(seg.text, end, end + _VOCATIVE_CHARS)
    if pause is None:
        # "Anak2 kelas 9 sampaikan ke kuitan masing2 ya, ...": told to do something right
        # after being named, before any candidate, the group is spoken to without a pause.
        return any(
            0 <= h.i - hit.j <= _DIRECTIVE_GAP and not any(hit.j <= m.i < h.i for m in seg.mentions)
            for h in seg.hits.get("mobilise", ())
        )
    return not any(seg.tokens[m.i].start < pause.start() for m in seg.mentions if m.i >= hit.j)


def _decided_request(mine: Facts, theirs: Facts) -> tuple[Segment, Hit] | None:
    """The decision in a reply to a campaign team's request for a permit, a venue or a
    proposal, made with a wink or for one camp: "Tolak aja, bilang alun2 lg renovasi 😏 yg 01
    minggu depan kasih", "Kalau dari BUNGAS nang minta, kasih 😉". A plain refusal ("Tolak,
    GOR bukan untuk kampanye") is the office doing its job."""
    if not theirs.pointers or not theirs.has("favouring", "mobilise", "asset"):
        return None
    if not (mine.pointers or mine.has("hint")):
        return None
    classes = word_classes()
    for seg in mine.segments:
        favouring = seg.hits.get("favouring")
        if favouring:
            return seg, favouring[0]
        for k, token in enumerate(seg.tokens):
            if token.norm in classes.grants or token.norm in classes.refusals:
                return seg, Hit("grant", None, k, k + 1)
    return None


def _turned_down(f: Facts) -> tuple[Segment, int] | None:
    """Where the employee says they turned a request down ("Beta son kasi, beta ASN", "lon tolak
    halus"): the segment and the word. "yang belum kasih KTP" names people still awaited, not a
    refusal."""
    classes = word_classes()
    for seg in f.segments:
        if seg.field != "text":
            continue
        refused: set[int] = set()
        for h in seg.hits.get("negation", ()):
            if seg.tokens[h.i].norm == "belum":
                continue
            k = h.j
            # "Tak aku kasi lah", "ndak pernah kasi KTP": the speaker or "pernah" between the
            # no and the verb
            if k < len(seg.tokens) and seg.tokens[k].norm == "pernah":
                k += 1
            refused.add(k)
            refused.update(p.j for p in seg.hits.get("first_person", ()) if p.i == k)
        for k, token in enumerate(seg.tokens):
            if token.norm in classes.refusals:
                return seg, k
            # "aye kagak mau", "beta son kasi", "gk pernah ngasih"
            if k in refused and (token.norm in classes.grants or token.norm in classes.consents):
                return seg, k
    return None


def _without_arrows(f: Facts) -> Facts:
    """'Info resmi yo bapak ibu 👆' above a KPU broadcast: the finger points at the content
    shared or answered, not at a ballot number, when that content names no candidate."""
    arrows = word_classes().arrows
    return _keeping(
        f,
        lambda s, m: not (m.kind == "gesture" and s.tokens[m.i].norm in arrows and not s.is_media),
    )


def _opens_with_no(f: Facts) -> bool:
    """Does the reply open by saying no ("Maaf idak bisa, sy ASN", "Nggak, ...") or give the
    speaker's status and then a no ("Afwan ustadz, sy ASN, nda bisa bantu"), without a wink?"""
    if not f.segments or f.has("hint"):
        return False
    return any(h.i <= 1 for h in f.segments[0].hits.get("negation", ())) or _status_then_no(f)


def _status_then_no(f: Facts) -> bool:
    """Does the speaker give their status and then say no ("Maaf pak RT, sy PNS, nda bisa ikut
    kumpul KTP", "beta ASN, sonde bisa")?"""
    if not f.segments or f.has("hint"):
        return False
    first = f.segments[0]
    status = [h for h in first.hits.get("subordinate", ()) if _after_speaker(first, h)]
    if not status:
        return False
    negations = first.hits.get("negation", ())
    # "sy PNS, nda bisa", or the no first and the status as its reason: "tidak ji bela, sa ASN"
    return any(h.i >= status[0].j for h in negations) or any(
        0 < s.i - h.j <= 3 for h in negations for s in status
    )


def _after_speaker(seg: Segment, hit: Hit, gap: int = 0) -> bool:
    """Does the hit come at most `gap` words after a first person, so that it says something of
    the speaker: their status ("beta ASN"), backing ("katong dukung penuh"), a no ("Ulun kada
    kawa bantu")?"""
    return any(0 <= hit.i - p.j <= gap for p in seg.hits.get("first_person", ()))


def _claimed_task(mine: Facts, theirs: Facts) -> tuple[Segment, int, int] | None:
    """Does the reply take the task asked for: "awak yg pegang konsumsi", "lon aja bg", or
    "Aku Cak" opening the answer to "Sopo sing iso dadi korlap?"?"""
    words = word_classes()
    asks_who = any(t.norm in words.who_asks for seg in theirs.segments for t in seg.tokens)
    for seg in mine.segments:
        for h in seg.hits.get("first_person", ()):
            # the speaker as the subject of a clause, not "pelantar kite yg reot"
            if not (
                h.i <= 1 or _PAUSE.search(seg.text, seg.tokens[h.i - 1].end, seg.tokens[h.i].start)
            ):
                continue
            end = seg.tokens[h.j - 1].end
            marked = h.j < len(seg.tokens) and seg.tokens[h.j].norm in words.self_markers
            # "Aku Cak, lek bengi iso": the answer is the speaker, said alone
            alone = asks_who and _PAUSE.search(seg.text, end, end + _ALONE_CHARS) is not None
            if marked or alone:
                return seg, h.i, h.j
    return None


def _of_many(seg: Segment, hit: Hit) -> bool:
    """Is the phrase about a group ("semua bakal calon", "para balon bupati"), not one person?"""
    return hit.i > 0 and seg.tokens[hit.i - 1].norm in word_classes().plural_markers


def _printed(seg: Segment, m: Mention) -> bool:
    """Is the mention printed on something ("bertuliskan 'ZAFA 1'", "bergambar Prabowo-Gibran")?"""
    printed_on = word_classes().printed_on
    return any(t.norm in printed_on for t in seg.tokens[max(0, m.i - _PRINTED_GAP) : m.i])


def _phrase(seg: Segment, hit: Hit) -> str:
    """The normalised words of a hit ("fotokopi ktp"), to compare with a list of phrases."""
    return " ".join(t.norm for t in seg.tokens[hit.i : hit.j])


def _gathers(f: Facts) -> bool:
    """A directing word other than "bring" beside the papers ("setor KTP", "KTP ne tak
    kumpulno"): papers being gathered. "Mohon isi survei ... urus KK" directs something else."""
    return any(
        _phrase(s, h) not in word_classes().bring
        and any(abs(h.i - k.i) <= _GATHER_GAP for k in s.hits.get("ktp", ()))
        for s, h in f.hits("mobilise")
    )


def _without_numbers(f: Facts) -> Facts:
    """The same facts with pointers by number, position or gesture left out, unless a word of
    support comes right before them ("juara 1 ... karena kompak dukung nomor 3")."""
    return _keeping(
        f,
        lambda s, m: (
            m.kind not in ("number", "position", "gesture")
            or any(0 <= m.i - h.j <= 2 for h in s.hits.get("support", ()))
        ),
    )


def _keeping(f: Facts, keep: Callable[[Segment, Mention], bool]) -> Facts:
    """The same facts with only the pointers `keep` accepts (the same object if it keeps all)."""
    kept = [(s, m) for s, m in f.pointers if keep(s, m)]
    return f if len(kept) == len(f.pointers) else Facts(f.segments, kept)


def _lookalike_words(segments: list[Segment]) -> frozenset[str]:
    """The words a look-alike phrase gave an everyday sense anywhere in the record."""
    return frozenset(
        t.norm
        for seg in segments
        for h in seg.hits.get("lookalike", ())
        for t in seg.tokens[h.i : h.j]
    )


def _electoral_ktp(*sides: Facts) -> bool:
    """Is the KTP or support-form talk about an election rather than office paperwork?"""
    if any(f.pointers for f in sides):
        return True
    if any(f.has("paper_purpose") for f in sides) and not any(_beyond_papers(f) for f in sides):
        return False  # "fotokopi KTP + KK warga yg blm punya BPJS PBI": a stated service
    if any(f.has("election", "candidacy", "role") for f in sides):
        return True
    return any(
        _phrase(s, h) not in word_classes().office_forms for f in sides for s, h in f.hits("ktp")
    )


def _voter_id(f: Facts) -> bool:
    """'TPS 09 so buka. Yg blum coblos, bawa KTP + surat pemberitahuan': the KTP a voter shows
    at the polling station, in a record that names no pair and whose only support words are the
    vote itself."""
    words = word_classes()
    if f.pointers or not any(t.norm in words.polling_places for s in f.segments for t in s.tokens):
        return False
    return all(_phrase(s, h) in words.vote_verbs for s, h in f.hits("support"))


def _beyond_papers(f: Facts) -> bool:
    """Does the KTP talk go beyond identity papers (a support form, collecting, handing over)?"""
    return any(_phrase(s, h) not in word_classes().papers for s, h in f.hits("ktp"))


def _together(seg: Segment, hit: Hit) -> bool:
    """Is the word "bersama" ("bareng") saying who was there ("bersama istri dan cucu"), rather
    than leading to a pair ("Bersama Afrizal-Desi", "senam bersama Bu Rina")?"""
    return _phrase(seg, hit) in word_classes().together and not any(
        m.i == hit.j and m.kind != "colour" for m in seg.mentions
    )


def _is_campaign(f: Facts, context: bool) -> bool:
    """Is this content campaign material (support, attack, campaign words, tags, gestures)?"""
    if f.has("support", "oppose", "role"):
        return True  # a campaign team ("relawan", "tim pemenangan") is campaign, schedule or not
    if f.has("neutral_info", "poll"):
        return False
    # "foto ibadah bersama keluarga, tanpa pesan kampanye": what is denied is not there, and
    # "bersama" describes who is in the photo unless a pair follows ("Bersama Afrizal-Desi")
    if any(
        not s.negated(h) and not (category == "praise" and _together(s, h))
        for category in ("praise", "campaign_marker", "rally", "attribute", "ktp")
        for s, h in f.hits(category)
    ):
        return True
    if f.material():
        return True
    return context and f.has("hint")


def _shouting(seg: Segment) -> bool:
    """Is most of the text in capitals (then a capitalised acronym means nothing)?"""
    words = [t for t in seg.tokens if t.kind == "word"]
    return bool(words) and sum(t.upper for t in words) * 2 > len(words)


def _campaign_content(f: Facts) -> bool:
    """Campaign material even when it also thanks or greets (praise alone does not count)."""
    if f.has("support", "oppose", "role", "rally", "attribute", "ktp"):
        return True
    return f.material()


# The rule for a support that points by number, position, gesture or campaign colour.
_POINTER_RULE = {"number": "OS-03", "position": "OS-03", "gesture": "OS-03", "colour": "OS-09"}

# What a campaign asks of an employee; negated, the reply turns the request down.
_DECLINABLE = ("attend", "role", "rally", "mobilise", "offer", "ktp", "state_resource")


def _declined(f: Facts) -> tuple[Segment, Hit] | None:
    """The first thing a campaign asks for that the words turn down ("gak iso melu", "tak olle
    ngumpulaghi KTP")."""
    return next(((s, h) for c in _DECLINABLE for s, h in f.hits(c) if s.negated(h)), None)


def _attendance(f: Facts) -> tuple[Segment, Hit] | None:
    """Where the employee says they attend ("ikut", "hadir"), not that they cannot ("gk bisa
    ikut tim kampanye")."""
    return f.affirmed("attend")


def _disputed_register(seg: Segment) -> bool:
    """Does the employee report finding their name in KPU's party register and doubt it ("di
    SIPOL, padahal gk pernah daftar", "kok ada nama kita")? That is a finding to clarify."""
    wc = word_classes()
    return _says(seg, wc.party_registers) and _says(seg, wc.register_doubts)


def _left_service(f: Facts) -> tuple[Segment, int, int] | None:
    """Where the employee says their discharge or pension is already issued ("SK pemberhentian
    ku lah terbit", "SK pensiun lah di tangan"), with nothing still pending ("SK pensiun dini
    menyusul", "masih diproses", "blm keluar"): from then on they are no longer an ASN."""
    wc = word_classes()
    for seg in f.segments:
        if seg.field != "text" or not _says(seg, wc.service_ends):
            continue
        if _says(seg, wc.issued) and not _says(seg, wc.pending):
            return seg, 0, len(seg.tokens)
    return None


def _says(seg: Segment, phrases: frozenset[str]) -> bool:
    """Does the segment contain one of these phrases of up to three normalised words?"""
    return _find_phrase(seg, phrases) is not None


def _find_phrase(seg: Segment, phrases: frozenset[str], start: int = 0) -> tuple[int, int] | None:
    """The tokens [i, j) of the first of these phrases of up to three normalised words at or
    after token `start`."""
    norms = [t.norm for t in seg.tokens]
    for k in range(start, len(norms)):
        for n in (1, 2, 3):
            if k + n <= len(norms) and " ".join(norms[k : k + n]) in phrases:
                return k, k + n
    return None


def _withdrawn(f: Facts) -> tuple[Segment, int, int, bool] | None:
    """Does the employee say they left the party or the team, or withdrew the support they gave
    ("surat pengunduran diri ambo dari tim relawan", "ambo tarik dukungan KTP"), with nothing
    after it still going on ("dah keluar partai kok. Tapi ambo masih bantu urusan DPC")? Says
    where, and whether proof comes with it (a receipt, a letter issued, a copy to the Satgas)
    and nothing is still pending. Leaving the service to run ("mundur dari ASN") is no such
    thing."""
    wc = word_classes()
    for seg in f.segments:
        if seg.field != "text":
            continue
        found = _find_phrase(seg, wc.withdrawals)
        while found is not None:
            i, j = found
            after = [t.norm for t in seg.tokens[j : j + 4]]
            if (
                any(n in wc.left_behind or n in wc.party_branches for n in after)
                and not any(n in wc.service_words for n in after)
                and not seg.negated(Hit("withdrawal", None, i, j))
            ):
                if any(t.norm in wc.still_active for t in seg.tokens[j:]):
                    return None
                proven = _says(seg, wc.withdrawal_proofs) and not _says(seg, wc.pending)
                return seg, i, j, proven
            found = _find_phrase(seg, wc.withdrawals, j)
    return None


def _deferred(f: Facts) -> bool:
    """Does the employee say they have not answered a request yet ("nyak pikir2 dulu", "sy blm
    jawab")? Neither a yes nor a no: a person asks them later."""
    return any(seg.field == "text" and _says(seg, word_classes().deferrals) for seg in f.segments)


def _campaign_team(*sides: Facts) -> bool:
    """Is the team talked of a campaign's? Any team named with a pair or beside other election
    talk is; "tim sukses tryout kelas 6" or "tim pemenangan kita" under a futsal photo, with
    nothing else of an election, may be any contest's."""
    for f in sides:
        if f.pointers:
            return True
        for s in f.segments:
            teams = [h for h in s.hits.get("role", ()) if _loose_role(s, h)]
            if len(teams) < len(s.hits.get("role", ())):
                return True  # "saksi TPS", "jubir": no other contest has them
            for category in ("election", "date", "campaign_marker", "rally"):
                for h in s.hits.get(category, ()):
                    if not h.within(teams):
                        return True
            if any(m.strong for m in s.mentions):
                return True
    return False


def _loose_role(seg: Segment, hit: Hit) -> bool:
    """Is this a team word any contest uses ("tim sukses", "timses")?"""
    return _phrase(seg, hit) in word_classes().loose_roles


def _corroborated(segments: list[Segment]) -> bool:
    """Weak pointers that confirm each other: "02 ... no 2 ✌️", "nomer hiji ... AMAN", or a bare
    number right beside a campaign word ("relawan 03", "pendukung 02")."""
    kinds: dict[object, set[str]] = {}
    for seg in segments:
        for m in seg.mentions:
            if m.kind == "party" or (m.kind == "alias" and not m.caps):
                continue
            if m.kind == "gesture" and seg.is_media:
                continue  # a pose in a picture is judged with the picture (GR-04 / SA-01)
            if m.kind == "number" and _beside(seg, m, _CAMPAIGN_CUES, 2, 1):
                return True
            if (
                m.kind == "number"
                and seg.tokens[m.i].padded
                and any(h.j == m.i for h in seg.hits.get("support", ()))
            ):
                return True  # "kemenangan 03", "menangkan 02": a ballot number cheered on
            if m.i > 0 and seg.tokens[m.i - 1].norm in word_classes().team_words:
                return True  # "tim RAMAH", "kubu Pak X": a candidate's team is campaign talk
            for ref in m.refs:
                kinds.setdefault(ref, set()).add(m.kind)
    return any(len(k) >= 2 for k in kinds.values())


def _official(f: Facts) -> bool:
    """Is this the election organisers' own information (KPU, Bawaslu)?"""
    return f.has("neutral_info") and not f.has("candidate_talk", "support", "oppose")


def _stance(f: Facts, category: str) -> tuple[Segment, Hit] | None:
    """First stance hit in the employee's own words; a caption's "bersama" describes a picture."""
    for seg, hit in f.hits(category):
        if category == "praise" and seg.is_media:
            continue
        return seg, hit
    return None


def _own_praise(f: Facts) -> bool:
    return _stance(f, "praise") is not None


def _describes(found: tuple[Segment, Hit], seg: Segment, m: Mention) -> bool:
    """Is the support word a vote verb whose subject is the candidate ("Pak X nyoblos")?"""
    s, hit = found
    if s is not seg or not 0 <= hit.i - m.j <= 2:
        return False
    return all(seg.tokens[k].norm in word_classes().vote_verbs for k in range(hit.i, hit.j))


def _own_run(f: Facts, seg: Segment, hit: Hit) -> bool:
    """Is the candidacy the speaker's own ("beta maju caleg"), not another's ("bantu Kak Cut maju")?

    The nearest subject just before the candidacy word decides; without one, a first person
    anywhere, or no candidate named at all, makes it the speaker's. A candidacy led by a
    "dari" or "kepada" is someone else's ("tarik dukungan KTP ambo dari bakal calon"); "untuk"
    is not, it also leads one's own aim ("untuk maju sbg bakal calon").
    """
    if hit.i and seg.tokens[hit.i - 1].norm in word_classes().run_objects:
        return False
    near = [
        (h.j, kind)
        for kind in ("first_person", "third_person")
        for h in seg.hits.get(kind, ())
        if 0 <= hit.i - h.j <= _SUBJECT_GAP
    ]
    near += [
        (m.j, "person") for s, m in f.persons() if s is seg and 0 <= hit.i - m.j <= _SUBJECT_GAP
    ]
    if near:
        return max(near)[1] == "first_person"
    # "Deklarasi Bakal Calon Bupati Bustami Razali": the phrase names whose run it is
    if any(s is seg and 0 <= m.i - hit.j <= _SUBJECT_GAP for s, m in f.persons()):
        return False
    return f.has("first_person") or not _strong_persons(f)


def _speaker_does(f: Facts, category: str, gap: int, only: frozenset[str] | None = None) -> bool:
    """Is the speaker the subject of a word of this category (of these forms, if given), at most
    gap words after the first person: backing ("katong dukung penuh") or negation ("Ulun kada
    kawa bantu")?"""
    return any(
        _after_speaker(seg, h, gap) and (only is None or _phrase(seg, h) in only)
        for seg in f.segments
        for h in seg.hits.get(category, ())
    )


def _strong_persons(f: Facts) -> bool:
    return any(m.strong for _, m in f.persons())


def _covers_field(f: Facts) -> bool:
    """Does the text name two or more candidates of one election (neutral listing)?"""
    by_election: dict[str, set[int]] = {}
    for _, m in f.pointers:
        for ref in m.refs:
            by_election.setdefault(ref.election, set()).add(ref.number)
    return any(len(numbers) >= 2 for numbers in by_election.values())


def _at(found: tuple[Segment, Hit] | None) -> tuple[Segment, int, int] | None:
    if found is None:
        return None
    seg, hit = found
    return seg, hit.i, hit.j


def _dedupe(reasons: list[Reason]) -> list[Reason]:
    """One reason per rule and candidate: three nicknames of one pair make one reason."""
    seen: set[tuple[str, str]] = set()
    out = []
    for r in reasons:
        key = (r.rule, r.note)
        if key not in seen:
            seen.add(key)
            out.append(r)
    return out
