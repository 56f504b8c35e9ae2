"""Contact details: only the Satgas (and admin) sees them, and every view is audited."""

from __future__ import annotations

import pytest

from netra.audit.models import AuditEntry
from netra.portal.models import PublicReport
from netra.portal.services import report_confirm_match
from tests.portal.conftest import submit_ok

CONTACT = {
    "identity": "kontak",
    "contact_name": "Rina Marlina",
    "contact_phone": "081234567890",
    "contact_email": "rina@example.id",
}


@pytest.fixture
def named(client, world) -> PublicReport:
    submit_ok(client, **CONTACT)
    report = PublicReport.objects.get()
    # Assigned to the teacher, so the Dinas Pendidikan monitor can see the finding itself.
    report_confirm_match(actor=world.satgas, report=report, asn=world.guru)
    return report


def _views() -> int:
    return AuditEntry.objects.filter(action="report.contact_view").count()


def test_satgas_sees_contact_and_each_view_is_audited(client, world, named) -> None:
    client.force_login(world.satgas)
    finding_page = client.get(f"/temuan/{named.finding_id}/").content.decode()
    assert "Lihat kontak pelapor" in finding_page
    assert "081234567890" not in finding_page  # only behind the audited link
    assert _views() == 0
    for expected in (1, 2):
        response = client.get(f"/lapor/kelola/{named.pk}/kontak/")
        page = response.content.decode()
        assert response.status_code == 200
        assert "Rina Marlina" in page and "081234567890" in page and "rina@example.id" in page
        assert "no-store" in response["Cache-Control"]
        assert _views() == expected
    entry = AuditEntry.objects.filter(action="report.contact_view").last()
    assert entry.actor == "satgas" and entry.object_id == str(named.pk)
    assert "0812" not in str(entry.detail)


def test_admin_also_sees_contact(client, world, named) -> None:
    client.force_login(world.admin)
    assert "081234567890" in client.get(f"/lapor/kelola/{named.pk}/kontak/").content.decode()
    assert AuditEntry.objects.filter(action="report.contact_view", actor="admin").exists()


def test_monitor_and_viewer_never_see_contact(client, world, named) -> None:
    client.force_login(world.monitor)
    page = client.get(f"/temuan/{named.finding_id}/").content.decode()
    assert "Laporan masyarakat" in page and "Meninggalkan kontak" in page
    assert "hanya dapat dilihat Satgas" in page
    for secret in ("Rina", "081234567890", "rina@example.id", "Lihat kontak pelapor"):
        assert secret not in page
    assert client.get(f"/lapor/kelola/{named.pk}/kontak/").status_code == 403
    client.force_login(world.viewer)
    assert client.get(f"/lapor/kelola/{named.pk}/kontak/").status_code == 403
    assert client.get(f"/temuan/{named.finding_id}/").status_code == 403
    assert _views() == 0


def test_public_cannot_reach_contact(client, world, named) -> None:
    response = client.get(f"/lapor/kelola/{named.pk}/kontak/")
    assert response.status_code == 302 and "/akun/masuk/" in response["Location"]


def test_anonymous_report_has_no_contact_link(client, world) -> None:
    submit_ok(client)
    report = PublicReport.objects.get()
    client.force_login(world.satgas)
    page = client.get(f"/temuan/{report.finding_id}/").content.decode()
    assert "Tanpa nama" in page and "Lihat kontak pelapor" not in page
