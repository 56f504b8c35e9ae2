"""The public message: written by the Satgas on the finding or case page, audited, shown publicly."""

from __future__ import annotations

import pytest

from netra.audit.models import AuditEntry
from netra.cases.services import case_open
from netra.portal.models import PublicReport
from tests.portal.conftest import submit_ok

TEXT = "Terima kasih. Laporan Anda sedang kami klarifikasi dengan OPD terkait."


@pytest.fixture
def code(client, world) -> str:
    return submit_ok(client)


def test_satgas_sets_message_from_the_finding_page(client, world, code) -> None:
    report = PublicReport.objects.get()
    client.force_login(world.satgas)
    page = client.get(f"/temuan/{report.finding_id}/").content.decode()
    assert f'action="/lapor/kelola/{report.pk}/pesan/"' in page
    response = client.post(
        f"/lapor/kelola/{report.pk}/pesan/",
        {"message": TEXT, "next": f"/temuan/{report.finding_id}/"},
    )
    assert response.status_code == 302 and response["Location"] == f"/temuan/{report.finding_id}/"
    report.refresh_from_db()
    assert report.public_message == TEXT and report.public_message_at is not None
    entry = AuditEntry.objects.get(action="report.public_message")
    assert entry.actor == "satgas" and entry.detail["message"] == TEXT
    client.logout()
    assert TEXT in client.post("/lapor/status/", {"code": code}).content.decode()


def test_message_form_on_the_case_page(client, world, code) -> None:
    report = PublicReport.objects.get()
    case = case_open(actor=world.satgas, title="Laporan", subject="Guru", findings=[report.finding])
    client.force_login(world.satgas)
    page = client.get(f"/kasus/{case.pk}/").content.decode()
    assert f'action="/lapor/kelola/{report.pk}/pesan/"' in page
    response = client.post(
        f"/lapor/kelola/{report.pk}/pesan/",
        {"message": "Sedang diverifikasi.", "next": f"/kasus/{case.pk}/"},
    )
    assert response["Location"] == f"/kasus/{case.pk}/"


def test_external_next_is_ignored(client, world, code) -> None:
    report = PublicReport.objects.get()
    client.force_login(world.satgas)
    response = client.post(
        f"/lapor/kelola/{report.pk}/pesan/", {"message": "x", "next": "https://jahat.example/"}
    )
    assert response["Location"] == f"/temuan/{report.finding_id}/"


def test_only_satgas_writes_messages(client, world, code) -> None:
    report = PublicReport.objects.get()
    for user in (world.monitor, world.viewer):
        client.force_login(user)
        assert client.post(f"/lapor/kelola/{report.pk}/pesan/", {"message": "x"}).status_code == 403
    report.refresh_from_db()
    assert report.public_message == ""


def test_message_can_be_cleared(client, world, code) -> None:
    report = PublicReport.objects.get()
    client.force_login(world.satgas)
    client.post(f"/lapor/kelola/{report.pk}/pesan/", {"message": TEXT})
    client.post(f"/lapor/kelola/{report.pk}/pesan/", {"message": ""})
    report.refresh_from_db()
    assert report.public_message == "" and report.public_message_at is None
    assert AuditEntry.objects.filter(action="report.public_message").count() == 2
