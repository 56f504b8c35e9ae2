"""Fixtures for the exports app: a full case (findings, evidence, timeline, sanction) and an
isolated EXPORT_ROOT with jobs run inline instead of in a thread."""

from __future__ import annotations

import datetime as dt
import io

import pytest

from netra.cases.models import Case, Evidence
from netra.cases.services import case_open, case_transition, evidence_attach, sanction_record
from tests.factories import forbidden_finding, png_bytes

RECOMMENDATION = (
    "Terbukti mengunggah dukungan kepada paslon nomor 2; direkomendasikan sanksi berat."
)


@pytest.fixture
def export_root(settings, tmp_path):
    settings.EXPORT_ROOT = tmp_path / "exports"
    settings.NETRA_EXPORTS_INLINE = True
    return settings.EXPORT_ROOT


def open_case(world, asn=None, n: int = 1) -> Case:
    finding = forbidden_finding(world, asn=asn, n=n)
    return case_open(actor=world.satgas, title="Dukungan paslon di Facebook", findings=[finding])


@pytest.fixture
def case_full(world):
    """The teacher's case, forwarded with a recorded sanction, a stored file and a link."""
    case = open_case(world)
    evidence_attach(
        actor=world.satgas,
        case=case,
        upload=io.BytesIO(png_bytes((8, 8))),
        name="tangkapan-layar.png",
        description="Tangkapan layar unggahan",
    )
    evidence_attach(
        actor=world.satgas,
        case=case,
        url="https://facebook.com/sri.wahyuni85/posts/1",
        description="Tautan unggahan",
    )
    satgas = world.satgas
    case_transition(actor=satgas, case=case, to_state="klarifikasi")
    case_transition(
        actor=satgas, case=case, to_state="verifikasi", note="ASN mengakui unggahan itu miliknya."
    )
    case_transition(actor=satgas, case=case, to_state="rekomendasi", note=RECOMMENDATION)
    case_transition(
        actor=satgas, case=case, to_state="diteruskan", note="Surat 800/123/Satgas ke BKN"
    )
    sanction_record(
        actor=satgas,
        case=Case.objects.get(pk=case.pk),
        kind="berat_turun_jabatan",
        official="Bupati Sidomulyo",
        letter_number="800/45/BKPSDM/2024",
        letter_date=dt.date(2024, 11, 20),
    )
    return Case.objects.get(pk=case.pk)


@pytest.fixture
def file_evidence(case_full) -> Evidence:
    return Evidence.objects.get(case=case_full, sha256__gt="")
