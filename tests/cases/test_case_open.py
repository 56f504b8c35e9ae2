"""case_open and case_add_findings: one ASN per case, OPD scope, subject, finding ownership."""

from __future__ import annotations

import pytest

from netra.audit.models import AuditEntry
from netra.cases.models import Case, CaseEvent, EventKind
from netra.cases.services import CaseError, case_add_findings, case_open
from netra.cases.workflow import workflow
from netra.monitoring.models import Finding, FindingStatus
from tests.cases.conftest import case_in
from tests.factories import forbidden_finding


def test_open_from_findings_takes_the_asn_opd_and_deadline(world) -> None:
    findings = [forbidden_finding(world, n=n) for n in range(2)]
    case = case_open(
        actor=world.monitor,
        title="  Dukungan terbuka untuk paslon BARA  ",
        findings=findings,
        note="Dua unggahan di Facebook.",
    )
    assert (case.asn, case.opd, case.state) == (world.guru, world.sd, "baru")
    assert case.title == "Dukungan terbuka untuk paslon BARA"
    assert case.deadline == workflow().deadline("baru", case.state_since)
    assert case.number == f"NTR-{case.created_at:%Y}-{case.pk:05d}"
    for finding in findings:
        finding.refresh_from_db()
        assert (finding.case, finding.status, finding.handled_by) == (
            case,
            FindingStatus.CASE,
            world.monitor,
        )
    kinds = list(case.events.values_list("kind", flat=True))
    assert kinds == [EventKind.OPENED, EventKind.FINDING, EventKind.FINDING]
    assert case.events.first().note == "Dua unggahan di Facebook."
    assert AuditEntry.objects.filter(action="case.open", object_id=str(case.pk)).exists()
    assert AuditEntry.objects.get(action="case.add_findings").detail == {"count": 2}


def test_findings_of_two_different_asn_are_refused(world) -> None:
    guru_post = forbidden_finding(world)
    perawat_post = forbidden_finding(world, asn=world.perawat)
    with pytest.raises(CaseError, match="milik ASN lain"):
        case_open(actor=world.satgas, title="Gabungan", findings=[guru_post, perawat_post])
    assert not Case.objects.exists()
    assert not Finding.objects.filter(case__isnull=False).exists()
    assert not AuditEntry.objects.filter(action="case.open").exists()


def test_monitor_cannot_open_a_case_about_another_opds_asn(world) -> None:
    with pytest.raises(CaseError, match="di luar OPD Anda"):
        case_open(actor=world.monitor, title="Perawat kampanye", asn=world.perawat)
    with pytest.raises(CaseError, match="di luar OPD Anda"):
        case_open(
            actor=world.monitor,
            title="Perawat kampanye",
            findings=[forbidden_finding(world, asn=world.perawat)],
        )
    assert not Case.objects.exists()


def test_monitor_may_open_a_case_about_the_child_opd(world) -> None:
    case = case_open(actor=world.monitor, title="Guru SD", asn=world.guru)
    assert case.opd == world.sd


def test_viewer_cannot_open_a_case(world) -> None:
    with pytest.raises(CaseError, match="hanya dapat melihat"):
        case_open(actor=world.viewer, title="Pimpinan", asn=world.guru)
    assert not Case.objects.exists()


@pytest.mark.parametrize("subject", ["", "   "])
def test_subject_required_without_an_asn(world, subject: str) -> None:
    with pytest.raises(CaseError, match="Sebutkan ASN terlapor"):
        case_open(actor=world.satgas, title="Laporan warga", subject=subject)
    assert not Case.objects.exists()


def test_subject_only_case(world) -> None:
    case = case_open(
        actor=world.satgas,
        title="Laporan warga: kepala sekolah hadir di kampanye",
        subject="  Kepala SD di Kecamatan Sidomulyo Utara (nama belum diketahui)  ",
    )
    assert case.asn is None and case.opd is None
    assert case.subject == "Kepala SD di Kecamatan Sidomulyo Utara (nama belum diketahui)"


def test_monitors_subject_only_case_belongs_to_their_opd(world) -> None:
    case = case_open(actor=world.monitor, title="Laporan lisan", subject="Guru honorer SD")
    assert case.opd == world.pendidikan


def test_empty_title_gets_a_default(world) -> None:
    case = case_open(actor=world.satgas, title="   ", asn=world.guru)
    assert case.title == "Dugaan pelanggaran"


def test_adding_a_finding_already_in_another_case_is_refused(world) -> None:
    finding = forbidden_finding(world)
    first = case_open(actor=world.satgas, title="Kasus pertama", findings=[finding])
    second = case_open(actor=world.satgas, title="Kasus kedua", asn=world.guru)
    with pytest.raises(CaseError, match="sudah masuk kasus lain"):
        case_add_findings(actor=world.satgas, case=second, findings=[finding])
    finding.refresh_from_db()
    assert finding.case == first
    assert not second.events.filter(kind=EventKind.FINDING).exists()


def test_adding_the_same_finding_to_its_own_case_again_is_harmless(world) -> None:
    finding = forbidden_finding(world)
    case = case_open(actor=world.satgas, title="Kasus", findings=[finding])
    assert case_add_findings(actor=world.satgas, case=case, findings=[finding]) == 1
    assert case.findings.count() == 1


def test_adding_a_finding_of_another_asn_is_refused(world) -> None:
    case = case_open(actor=world.satgas, title="Guru", asn=world.guru)
    with pytest.raises(CaseError, match="milik ASN lain"):
        case_add_findings(
            actor=world.satgas, case=case, findings=[forbidden_finding(world, asn=world.perawat)]
        )


@pytest.mark.parametrize("state", ["selesai", "tidak_terbukti", "dihentikan"])
def test_adding_to_a_final_case_is_refused(world, state: str) -> None:
    case = case_in(world, state)
    finding = forbidden_finding(world)
    with pytest.raises(CaseError, match="sudah ditutup"):
        case_add_findings(actor=world.satgas, case=case, findings=[finding])
    finding.refresh_from_db()
    assert finding.case is None and finding.status == FindingStatus.NEW


def test_outsider_monitor_cannot_add_to_the_case(world) -> None:
    case = case_in(world, "klarifikasi")
    with pytest.raises(CaseError, match="di luar OPD Anda"):
        case_add_findings(
            actor=world.other_monitor, case=case, findings=[forbidden_finding(world, n=2)]
        )


def test_case_without_asn_still_refuses_findings_of_two_asn(world) -> None:
    case = case_open(actor=world.satgas, title="Laporan warga", subject="Dua akun anonim")
    case_add_findings(actor=world.satgas, case=case, findings=[forbidden_finding(world)])
    with pytest.raises(CaseError, match="milik ASN lain"):
        case_add_findings(
            actor=world.satgas, case=case, findings=[forbidden_finding(world, asn=world.perawat)]
        )


def test_monitor_cannot_attach_an_out_of_scope_finding(world) -> None:
    case = case_open(actor=world.monitor, title="Laporan lisan", subject="Akun anonim")
    other = forbidden_finding(world, asn=world.perawat)
    with pytest.raises(CaseError):
        case_add_findings(actor=world.monitor, case=case, findings=[other])


def test_every_opened_case_writes_one_opened_event(world) -> None:
    case_open(actor=world.satgas, title="Satu", asn=world.guru)
    case_open(actor=world.satgas, title="Dua", asn=world.perawat)
    assert CaseEvent.objects.filter(kind=EventKind.OPENED).count() == 2
