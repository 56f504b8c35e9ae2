"""A report with evidence from the citizen's form to a case, the status page following the case."""

from __future__ import annotations

import io

from django.test import Client
from PIL import Image

from netra.audit.chain import audit_verify
from netra.cases.evidence_store import path_for
from netra.cases.models import Case
from netra.monitoring.models import Finding
from netra.portal.models import PublicReport
from tests.portal.conftest import jpeg_with_gps, status_of, submit_ok, upload


def test_report_to_case_and_back(world) -> None:
    citizen = Client(REMOTE_ADDR="203.0.113.7")

    # 1. The citizen reports, anonymously, with a geotagged photo, and gets a code.
    code = submit_ok(citizen, files=[upload("IMG_2024.jpg", jpeg_with_gps(), "image/jpeg")])
    assert status_of(citizen, code) == "diterima"
    report = PublicReport.objects.get()
    evidence = report.files.get().evidence
    stored = Image.open(io.BytesIO(path_for(evidence.sha256).read_bytes()))
    assert stored.getexif().get_ifd(0x8825) == {} and dict(stored.getexif()) == {}

    # 2. It lands in the Satgas's queue, marked as a public report, with its text classified.
    satgas = Client()
    satgas.force_login(world.satgas)
    queue = satgas.get("/temuan/").content.decode()
    assert f'value="{report.finding_id}"' in queue and "laporan masyarakat" in queue
    finding = Finding.objects.get(pk=report.finding_id)
    assert finding.verdict == "forbidden" and finding.activity.source == "portal"
    page = satgas.get(f"/temuan/{finding.pk}/").content.decode()
    assert "IMG_2024.jpg" in page and "Kemungkinan terlapor" in page and "Sri Wahyuni" in page

    # 3. The Satgas confirms who it is, then opens a case through the triage batch.
    satgas.post(f"/lapor/kelola/{report.pk}/cocokkan/", {"asn": world.guru.pk})
    response = satgas.post(
        "/temuan/tindakan/",
        {"ids": [finding.pk], "action": "case_new", "note": "Laporan warga dengan foto."},
    )
    case = Case.objects.get(findings=finding)
    assert response["Location"] == f"/kasus/{case.pk}/"
    assert case.asn == world.guru
    case_page = satgas.get(f"/kasus/{case.pk}/").content.decode()
    assert "Laporan masyarakat" in case_page and "IMG_2024.jpg" in case_page
    assert status_of(citizen, code) == "diverifikasi"

    # 4. The case moves on; the status page follows it.
    moves = [
        ("klarifikasi", ""),
        ("verifikasi", "Klarifikasi 14 Okt: mengakui memasang stiker."),
        ("rekomendasi", "Foto dan pengakuan terlapor."),
    ]
    for target, note in moves:
        satgas.post(f"/kasus/{case.pk}/status/", {"to": target, "note": note})
    case.refresh_from_db()
    assert case.state == "rekomendasi"
    assert status_of(citizen, code) == "ditindaklanjuti"

    # 5. The team publishes a message; the citizen sees it and nothing else about the case.
    satgas.post(
        f"/lapor/kelola/{report.pk}/pesan/", {"message": "Terbukti; direkomendasikan sanksi."}
    )
    page = citizen.post("/lapor/status/", {"code": code}).content.decode()
    assert "Terbukti; direkomendasikan sanksi." in page
    assert "Sri Wahyuni" not in page and case.number not in page and "mengakui" not in page

    # 6. The audit chain is intact and records the public's submit.
    assert audit_verify().ok
