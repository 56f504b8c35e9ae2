"""Roster suggestions on the finding page, confirmed by a person (audited)."""

from __future__ import annotations

import pytest

from netra.audit.models import AuditEntry
from netra.cases.services import case_open
from netra.portal.models import PublicReport
from tests.portal.conftest import submit_ok


@pytest.fixture
def report(client, world) -> PublicReport:
    submit_ok(client)  # names "Bu Sri Wahyuni" at "SD Negeri 1 Sidomulyo"
    return PublicReport.objects.get()


def test_suggestions_shown_to_satgas(client, world, report) -> None:
    client.force_login(world.satgas)
    page = client.get(f"/temuan/{report.finding_id}/").content.decode()
    assert "Kemungkinan terlapor" in page
    assert "Sri Wahyuni" in page and world.guru.nip in page and "Ini orangnya" in page
    assert "SD Negeri 1 Sidomulyo" in page and "Tetapkan OPD ini saja" in page


def test_confirming_sets_the_finding_and_is_audited(client, world, report) -> None:
    client.force_login(world.satgas)
    response = client.post(f"/lapor/kelola/{report.pk}/cocokkan/", {"asn": world.guru.pk})
    assert response.status_code == 302
    finding = report.finding
    finding.refresh_from_db()
    assert finding.asn == world.guru and finding.opd == world.sd
    finding.activity.refresh_from_db()
    assert finding.activity.asn == world.guru
    entry = AuditEntry.objects.get(action="report.match_confirm")
    assert entry.actor == "satgas" and entry.detail["nip"] == world.guru.nip
    # Now the monitor of Dinas Pendidikan sees it in their queue.
    client.force_login(world.monitor)
    assert f'value="{finding.pk}"' in client.get("/temuan/").content.decode()


def test_confirm_by_nip_or_opd_only(client, world, report) -> None:
    client.force_login(world.satgas)
    client.post(f"/lapor/kelola/{report.pk}/cocokkan/", {"opd": world.sd.pk})
    report.finding.refresh_from_db()
    assert report.finding.opd == world.sd and report.finding.asn is None
    client.post(f"/lapor/kelola/{report.pk}/cocokkan/", {"nip": "1985 0312 2010 01 2 003"})
    report.finding.refresh_from_db()
    assert report.finding.asn == world.guru


def test_unassigned_report_is_invisible_to_monitors(client, world, report) -> None:
    client.force_login(world.monitor)
    assert client.get(f"/temuan/{report.finding_id}/").status_code == 404
    response = client.post(f"/lapor/kelola/{report.pk}/cocokkan/", {"asn": world.guru.pk})
    assert response.status_code == 404


def test_monitor_cannot_assign_outside_their_opd(client, world, report) -> None:
    client.force_login(world.satgas)
    client.post(f"/lapor/kelola/{report.pk}/cocokkan/", {"asn": world.guru.pk})
    client.force_login(world.monitor)
    client.post(f"/lapor/kelola/{report.pk}/cocokkan/", {"asn": world.perawat.pk})
    report.finding.refresh_from_db()
    assert report.finding.asn == world.guru
    assert AuditEntry.objects.filter(action="report.match_confirm").count() == 1


def test_viewer_refused(client, world, report) -> None:
    client.force_login(world.viewer)
    assert (
        client.post(f"/lapor/kelola/{report.pk}/cocokkan/", {"asn": world.guru.pk}).status_code
        == 403
    )


def test_not_changed_once_in_a_case(client, world, report) -> None:
    case_open(actor=world.satgas, title="Laporan", subject="Guru", findings=[report.finding])
    client.force_login(world.satgas)
    page = client.get(f"/temuan/{report.finding_id}/").content.decode()
    assert "Ini orangnya" not in page
    client.post(f"/lapor/kelola/{report.pk}/cocokkan/", {"asn": world.guru.pk})
    report.finding.refresh_from_db()
    assert report.finding.asn is None


def test_triage_marks_public_reports(client, world, report) -> None:
    client.force_login(world.satgas)
    page = client.get("/temuan/").content.decode()
    assert "laporan masyarakat" in page and f'value="{report.finding_id}"' in page
