"""/lapor/: the public report form, its limits, rate limits and failure handling."""

from __future__ import annotations

from unittest import mock

import pytest
from django.db import DatabaseError
from django.test import Client

from netra.cases.models import Evidence
from netra.monitoring.models import Activity, Finding
from netra.portal.models import PublicReport
from tests.portal.conftest import (
    REPORT,
    exe_bytes,
    jpeg_with_gps,
    pdf_bytes,
    png_bytes,
    stored_files,
    submit,
    submit_ok,
    upload,
)


def _nothing_stored(evidence_dir) -> bool:
    return (
        not PublicReport.objects.exists()
        and not Activity.objects.exists()
        and not Finding.objects.exists()
        and not Evidence.objects.exists()
        and stored_files(evidence_dir) == []
    )


def test_form_is_public_shows_limits_and_has_a_strict_csp(client, world) -> None:
    response = client.get("/lapor/")
    assert response.status_code == 200
    page = response.content.decode()
    assert "Laporkan dugaan pelanggaran" in page
    assert "paling banyak <strong>5 berkas</strong>" in page
    assert "<strong>10 MB</strong>" in page and "<strong>30 MB</strong>" in page
    assert 'enctype="multipart/form-data"' in page and "multiple" in page
    assert 'accept="application/pdf,image/gif,image/jpeg' in page
    csp = response["Content-Security-Policy"]
    assert "script-src 'self'" in csp and "unsafe-inline" not in csp
    assert "<script>" not in page and " style=" not in page
    assert "no-store" in response["Cache-Control"]


def test_limits_come_from_settings(client, world, settings) -> None:
    settings.NETRA_PORTAL_MAX_FILES = 3
    settings.NETRA_PORTAL_MAX_FILE_MB = 4
    page = client.get("/lapor/").content.decode()
    assert "<strong>3 berkas</strong>" in page and "<strong>4 MB</strong>" in page


def test_anonymous_report_with_photo(client, world) -> None:
    code = submit_ok(client, files=[upload("foto.jpg", jpeg_with_gps(), "image/jpeg")])
    report = PublicReport.objects.get()
    assert report.anonymous and not report.has_contact
    assert report.subject_name == "Bu Sri Wahyuni"
    assert report.links == [REPORT["links"]]
    assert report.happened_on.isoformat() == "2024-10-10"
    assert report.files.get().evidence.content_type == "image/jpeg"
    assert code.startswith("NTR-")


def test_contact_typed_but_anonymous_chosen_is_not_kept(client, world) -> None:
    submit_ok(client, contact_name="Rina", contact_phone="081234567890")
    report = PublicReport.objects.get()
    assert report.anonymous and report.contact_phone == "" and report.contact_name == ""


def test_named_report(client, world) -> None:
    submit_ok(
        client,
        identity="kontak",
        contact_name="Rina Marlina",
        contact_phone="0812-3456-7890",
        contact_email="rina@example.id",
    )
    report = PublicReport.objects.get()
    assert not report.anonymous
    assert (report.contact_name, report.contact_phone, report.contact_email) == (
        "Rina Marlina",
        "0812-3456-7890",
        "rina@example.id",
    )


def test_named_report_needs_a_way_to_reach_the_reporter(client, world) -> None:
    response = submit(client, identity="kontak", contact_name="Rina")
    assert response.status_code == 200
    assert "Isi nomor telepon atau surel" in response.content.decode()
    assert not PublicReport.objects.exists()


@pytest.mark.parametrize(
    ("fields", "message"),
    [
        ({"what": "pendek"}, "Pastikan nilai ini"),
        ({"place": ""}, "Bidang ini tidak boleh kosong"),
        ({"happened_on": "2999-01-01"}, "tidak boleh di masa depan"),
        ({"subject_nip": "12345"}, "NIP tidak sah: NIP harus 18 angka"),
        ({"subject_nip": "198513122010012003"}, "NIP tidak sah"),
        ({"links": "javascript:alert(1)"}, "bukan tautan yang sah"),
        ({"contact_phone": "abc", "identity": "kontak"}, "Nomor telepon tidak sah"),
    ],
)
def test_validation_messages(client, world, fields, message) -> None:
    response = submit(client, **fields)
    assert response.status_code == 200
    page = response.content.decode()
    assert "Laporan belum terkirim" in page
    assert message in page
    assert not PublicReport.objects.exists()


def test_valid_nip_is_kept(client, world) -> None:
    submit_ok(client, subject_nip="19850312 201001 2 003")
    assert PublicReport.objects.get().subject_nip == "198503122010012003"


def test_too_many_files(client, world, evidence_dir) -> None:
    files = [upload(f"foto{i}.png", png_bytes(color=(i, 0, 0)), "image/png") for i in range(6)]
    response = submit(client, files=files)
    assert response.status_code == 200
    assert "Paling banyak 5 berkas per kiriman; Anda memilih 6." in response.content.decode()
    assert _nothing_stored(evidence_dir)


def test_file_too_big(client, world, settings, evidence_dir) -> None:
    settings.NETRA_PORTAL_MAX_FILE_MB = 1
    big = pdf_bytes() + b"0" * (1024 * 1024)
    response = submit(client, files=[upload("besar.pdf", big, "application/pdf")])
    assert response.status_code == 200
    assert "batasnya 1 MB per berkas" in response.content.decode()
    assert _nothing_stored(evidence_dir)


def test_total_too_big(client, world, settings, evidence_dir) -> None:
    settings.NETRA_PORTAL_MAX_FILE_MB = 1
    settings.NETRA_PORTAL_MAX_TOTAL_MB = 1
    part = pdf_bytes() + b"0" * (600 * 1024)
    files = [upload(f"{i}.pdf", part, "application/pdf") for i in range(2)]
    response = submit(client, files=files)
    assert "batasnya 1 MB per kiriman" in response.content.decode()
    assert _nothing_stored(evidence_dir)


def test_body_over_the_total_is_refused_before_reading(client, world, settings) -> None:
    settings.NETRA_PORTAL_MAX_TOTAL_MB = 1
    response = client.generic(
        "POST",
        "/lapor/",
        b"x" * 10,
        content_type="multipart/form-data; boundary=xyz",
        CONTENT_LENGTH=str(3 * 1024 * 1024),
    )
    assert response.status_code == 413
    assert "melebihi batas <strong>1 MB</strong>" in response.content.decode()


def test_executable_renamed_jpg_is_refused(client, world, evidence_dir) -> None:
    response = submit(client, files=[upload("foto.jpg", exe_bytes(), "image/jpeg")])
    assert response.status_code == 200
    page = response.content.decode()
    assert "foto.jpg" in page and "diperiksa dari isinya, bukan dari namanya" in page
    assert _nothing_stored(evidence_dir)


def test_one_bad_file_refuses_the_whole_submit(client, world, evidence_dir) -> None:
    files = [
        upload("foto.jpg", jpeg_with_gps(), "image/jpeg"),
        upload("dokumen.pdf", exe_bytes(), "application/pdf"),
    ]
    response = submit(client, files=files)
    assert "dokumen.pdf" in response.content.decode()
    assert _nothing_stored(evidence_dir)


def test_submitting_too_fast_gives_429(client, world, settings) -> None:
    settings.NETRA_PORTAL_SUBMIT_RATE = "2/h"
    submit_ok(client)
    submit_ok(client)
    response = submit(client)
    assert response.status_code == 429
    assert "Terlalu banyak laporan dari alamat internet Anda" in response.content.decode()
    assert PublicReport.objects.count() == 2
    # Another address is not affected.
    other = Client(REMOTE_ADDR="10.1.2.3")
    assert submit(other).status_code == 302


def test_repeated_invalid_attempts_are_limited_too(client, world, settings) -> None:
    settings.NETRA_PORTAL_ATTEMPT_RATE = "3/h"
    for _ in range(3):
        assert submit(client, what="x").status_code == 200
    assert submit(client, what="x").status_code == 429


def test_csrf_is_enforced(world) -> None:
    client = Client(enforce_csrf_checks=True)
    response = submit(client)
    assert response.status_code == 403
    assert not PublicReport.objects.exists()
    page = client.get("/lapor/").content.decode()
    token = client.cookies["csrftoken"].value
    assert 'name="csrfmiddlewaretoken"' in page
    response = client.post("/lapor/", {**REPORT, "csrfmiddlewaretoken": token})
    assert response.status_code == 302


def test_database_failure_shows_not_saved(client, world, evidence_dir) -> None:
    with mock.patch.object(Finding, "save", side_effect=DatabaseError("disk I/O error")):
        response = submit(client, files=[upload("foto.jpg", jpeg_with_gps(), "image/jpeg")])
    assert response.status_code == 503
    page = response.content.decode()
    assert "Laporan belum tersimpan, silakan coba lagi" in page
    assert "NTR-" not in page
    assert _nothing_stored(evidence_dir)
    assert "portal_receipt" not in client.session


def test_disk_failure_shows_not_saved(client, world, evidence_dir) -> None:
    with mock.patch("netra.portal.files.store_file", side_effect=OSError(28, "disk full")):
        response = submit(client, files=[upload("foto.jpg", jpeg_with_gps(), "image/jpeg")])
    assert response.status_code == 503
    assert "belum tersimpan" in response.content.decode()
    assert _nothing_stored(evidence_dir)


def test_other_methods_refused(client, world) -> None:
    assert client.put("/lapor/").status_code == 405
