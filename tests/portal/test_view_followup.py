"""/lapor/status/tambah/: the reporter adds information and files with the code."""

from __future__ import annotations

import pytest
from django.test import Client

from netra.audit.models import AuditEntry
from netra.cases.models import CaseEvent, Evidence
from netra.cases.services import case_open
from netra.portal.codes import new_code
from netra.portal.models import PublicReport, ReportFollowUp
from netra.portal.views import NOT_FOUND
from tests.portal.conftest import (
    exe_bytes,
    jpeg_with_gps,
    pdf_bytes,
    status_of,
    stored_files,
    submit_ok,
    upload,
)


@pytest.fixture
def code(client, world) -> str:
    return submit_ok(client)


def _follow(client, code, text="", files=()):
    data = {"code": code, "text": text}
    if files:
        data["files"] = list(files)
    return client.post("/lapor/status/tambah/", data)


def test_status_page_offers_the_follow_up_form(client, code) -> None:
    page = client.post("/lapor/status/", {"code": code}).content.decode()
    assert 'action="/lapor/status/tambah/"' in page and "Tambah keterangan atau bukti" in page


def test_follow_up_with_text_and_file(client, world, code) -> None:
    response = _follow(
        client,
        code,
        "Stiker masih terpasang hari ini, foto terlampir.",
        [upload("foto2.jpg", jpeg_with_gps(), "image/jpeg")],
    )
    assert response.status_code == 302 and response["Location"] == "/lapor/status/"
    assert "Tambahan informasi Anda tersimpan" in client.get("/lapor/status/").content.decode()
    report = PublicReport.objects.get()
    followup = ReportFollowUp.objects.get(report=report)
    assert followup.text.startswith("Stiker masih terpasang")
    evidence = followup.files.get().evidence
    assert evidence.finding_id == report.finding_id and evidence.content_type == "image/jpeg"
    assert AuditEntry.objects.filter(action="report.followup", object_id=str(report.pk)).exists()
    # Visible to the Satgas on the finding page.
    client.force_login(world.satgas)
    page = client.get(f"/temuan/{report.finding_id}/").content.decode()
    assert "Tambahan dari pelapor" in page and "Stiker masih terpasang" in page
    assert "foto2.jpg" in page


def test_follow_up_on_a_case_reaches_the_case(client, world, code) -> None:
    report = PublicReport.objects.get()
    case = case_open(
        actor=world.satgas, title="Laporan", subject="Guru SD", findings=[report.finding]
    )
    _follow(client, code, "Ada saksi lain: penjaga sekolah.", [upload("s.pdf", pdf_bytes())])
    assert Evidence.objects.filter(case=case, finding=report.finding).count() == 1
    event = CaseEvent.objects.filter(case=case, kind="catatan").last()
    assert "Pelapor menambahkan informasi" in event.note and "penjaga sekolah" in event.note
    client.force_login(world.satgas)
    page = client.get(f"/kasus/{case.pk}/").content.decode()
    assert "Laporan masyarakat" in page and "penjaga sekolah" in page and "s.pdf" in page
    assert status_of(Client(), code) == "diverifikasi"


def test_wrong_code_is_generic_and_stores_nothing(client, code, evidence_dir) -> None:
    before = stored_files(evidence_dir)
    response = _follow(client, new_code(), "tambahan", [upload("a.pdf", pdf_bytes())])
    assert response.status_code == 200
    assert NOT_FOUND in response.content.decode()
    assert not ReportFollowUp.objects.exists()
    assert stored_files(evidence_dir) == before


def test_empty_follow_up_is_refused(client, code) -> None:
    response = _follow(client, code)
    assert response.status_code == 400
    assert "Tulis keterangan tambahan atau pilih berkas." in response.content.decode()
    assert not ReportFollowUp.objects.exists()


def test_follow_up_limits(client, code, settings) -> None:
    response = _follow(client, code, "x", [upload("a.jpg", exe_bytes(), "image/jpeg")])
    assert response.status_code == 400
    assert "bukan dari namanya" in response.content.decode()
    files = [upload(f"{i}.pdf", pdf_bytes() + bytes([i])) for i in range(6)]
    response = _follow(client, code, "x", files)
    assert "Paling banyak 5 berkas" in response.content.decode()
    assert not ReportFollowUp.objects.exists()


def test_follow_ups_are_rate_limited(client, code, settings) -> None:
    settings.NETRA_PORTAL_FOLLOWUP_RATE = "2/h"
    assert _follow(client, code, "satu").status_code == 302
    assert _follow(client, code, "dua").status_code == 302
    response = _follow(client, code, "tiga")
    assert response.status_code == 429
    assert "Terlalu banyak tambahan informasi" in response.content.decode()
    assert ReportFollowUp.objects.count() == 2


def test_csrf_is_enforced(code) -> None:
    client = Client(enforce_csrf_checks=True)
    assert _follow(client, code, "tambahan").status_code == 403
    assert not ReportFollowUp.objects.exists()


def test_database_failure_keeps_nothing(client, code, evidence_dir) -> None:
    from unittest import mock

    from django.db import DatabaseError

    before = stored_files(evidence_dir)
    with mock.patch("netra.portal.services.audit_record", side_effect=DatabaseError("locked")):
        response = _follow(client, code, "tambahan", [upload("baru.pdf", pdf_bytes() + b"x")])
    assert response.status_code == 503
    assert "belum tersimpan" in response.content.decode()
    assert not ReportFollowUp.objects.exists()
    assert stored_files(evidence_dir) == before


def test_body_over_the_total_is_refused(client, code, settings) -> None:
    settings.NETRA_PORTAL_MAX_TOTAL_MB = 1
    response = client.generic(
        "POST",
        "/lapor/status/tambah/",
        b"x",
        content_type="multipart/form-data; boundary=xyz",
        CONTENT_LENGTH=str(5 * 1024 * 1024),
    )
    assert response.status_code == 413
