"""Roster suggestions for a report: which ASN or OPD the reporter probably means.

Simple and explainable: names and office texts are folded (case, accents, punctuation), split
into words, honorifics and generic office words dropped, and compared by word overlap. A NIP that
matches exactly comes first. These are suggestions only; a person confirms one (audited).
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from functools import reduce
from operator import or_

from django.db.models import Q

from netra.accounts.access import opd_scope
from netra.roster.models import Asn, Opd

HONORIFICS = {
    "pak", "bapak", "bpk", "bu", "ibu", "sdr", "sdri", "saudara", "saudari", "mas", "mbak", "bang",
    "kak", "drs", "dra", "dr", "ir", "hj", "h", "st", "se", "sh", "spd", "mpd", "skm", "amd",
    "ners", "ns", "sos", "ssos", "msi", "mm", "si", "s", "m", "a", "md", "kom", "skom",
}  # fmt: skip
GENERIC_OFFICE = {
    "dinas", "badan", "kantor", "bagian", "sekretariat", "kabupaten", "kab", "kota", "pemkab",
    "pemkot", "pemerintah", "daerah", "unit", "upt", "uptd", "di", "dan", "dari", "yang", "kec",
    "kecamatan", "kelurahan", "desa", "negeri", "n", "no", "nomor",
}  # fmt: skip
MAX_CANDIDATES = 500
SHOWN = 5


def words(text: str) -> list[str]:
    folded = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode().lower()
    folded = re.sub(r"(?<=\w)\.(?=\w)", "", folded)  # S.Pd -> spd
    return [w for w in re.split(r"[^a-z0-9]+", folded) if w]


def name_words(text: str) -> set[str]:
    return {w for w in words(text) if w not in HONORIFICS and len(w) >= 2 and not w.isdigit()}


def office_words(text: str) -> set[str]:
    return {w for w in words(text) if w not in GENERIC_OFFICE}


def _overlap(asked: set[str], offered: set[str]) -> float:
    return len(asked & offered) / len(asked) if asked else 0.0


@dataclass
class AsnSuggestion:
    asn: Asn
    score: float
    why: str


@dataclass
class OpdSuggestion:
    opd: Opd
    score: float
    why: str


def _opd_words(opd: Opd) -> set[str]:
    return office_words(opd.name) | {opd.code.lower()}


def suggest_opds(office: str, *, user=None) -> list[OpdSuggestion]:
    asked = office_words(office)
    if not asked:
        return []
    scope = opd_scope(user) if user is not None else None
    opds = Opd.objects.all() if scope is None else Opd.objects.filter(pk__in=scope)
    found = []
    for opd in opds:
        score = _overlap(asked, _opd_words(opd))
        if score >= 0.5:
            found.append(OpdSuggestion(opd, score, f"nama kantor cocok {score:.0%}"))
    found.sort(key=lambda s: (-s.score, s.opd.name))
    return found[:3]


def suggest_asn(*, name: str, office: str, nip: str = "", user=None) -> list[AsnSuggestion]:
    """Roster entries the report may be about, best first (at most SHOWN)."""
    scope = opd_scope(user) if user is not None else None
    people = Asn.objects.select_related("opd", "opd__parent")
    if scope is not None:
        people = people.filter(opd_id__in=scope)
    out: dict[int, AsnSuggestion] = {}
    if nip:
        for asn in people.filter(nip=nip):
            out[asn.pk] = AsnSuggestion(asn, 10.0, "NIP sama persis")
    asked = name_words(name)
    office_asked = office_words(office)
    searchable = [w for w in asked if len(w) >= 3]
    if searchable:
        query = reduce(or_, (Q(name__icontains=w) for w in searchable))
        for asn in people.filter(query)[:MAX_CANDIDATES]:
            if asn.pk in out:
                continue
            name_score = _overlap(asked, name_words(asn.name))
            if not name_score:
                continue
            offices = _opd_words(asn.opd) | (
                _opd_words(asn.opd.parent) if asn.opd.parent else set()
            )
            office_score = _overlap(office_asked, offices)
            why = f"nama cocok {len(asked & name_words(asn.name))}/{len(asked)} kata"
            if office_score:
                why += f", kantor cocok {office_score:.0%}"
            out[asn.pk] = AsnSuggestion(asn, 2 * name_score + office_score, why)
    ranked = sorted(out.values(), key=lambda s: (-s.score, s.asn.name))
    return ranked[:SHOWN]
