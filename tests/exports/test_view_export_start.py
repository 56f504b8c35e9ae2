from __future__ import annotations

import pytest
from django.urls import reverse

from netra.audit.models import AuditEntry
from netra.exports.models import ExportJob, ExportStatus
from tests.factories import forbidden_finding

URL = "/ekspor/"


def test_url_name():
    assert reverse("export_start") == URL


def test_form_page_lists_only_the_monitors_opd(client, world, export_root):
    client.force_login(world.monitor)
    response = client.get(URL)
    assert response.status_code == 200
    page = response.content.decode()
    assert "Ekspor data" in page
    assert "Dinas Pendidikan" in page and "SD Negeri 1 Sidomulyo" in page
    assert "Dinas Kesehatan" not in page
    assert "<script>" not in page and "style=" not in page


def test_viewer_is_told_what_the_file_holds(client, world, export_root):
    client.force_login(world.viewer)
    page = client.get(URL).content.decode()
    assert "tanpa nama, NIP" in page


def test_post_queues_a_job_runs_it_and_redirects(
    client, world, export_root, django_capture_on_commit_callbacks
):
    forbidden_finding(world)
    client.force_login(world.satgas)
    with django_capture_on_commit_callbacks(execute=True):
        response = client.post(
            URL,
            {
                "kind": "findings",
                "format": "csv",
                "status": "semua",
                "opd": str(world.sd.pk),
                "code": "online_support",
                "verdict": "forbidden",
                "since": "2024-01-01",
                "until": "2099-12-31",
            },
        )
    job = ExportJob.objects.get()
    assert response.status_code == 302
    assert response["Location"] == reverse("export_job", args=[job.pk])
    assert job.requested_by == world.satgas
    assert job.filters == {
        "status": "semua",
        "opd": str(world.sd.pk),
        "code": "online_support",
        "verdict": "forbidden",
        "since": "2024-01-01",
        "until": "2099-12-31",
    }
    assert job.status == ExportStatus.DONE and job.rows == 1
    entry = AuditEntry.objects.get(action="export.request")
    assert entry.actor == "satgas" and entry.detail["kind"] == "findings"


def test_triage_page_form_posts_its_filters_as_is(client, world, export_root):
    """The triage page sends its GET filters (some empty) with kind and format."""
    client.force_login(world.monitor)
    response = client.post(
        URL,
        {"kind": "findings", "format": "xlsx", "status": "", "opd": "", "code": "", "since": ""},
    )
    assert response.status_code == 302
    assert ExportJob.objects.get().filters["status"] == ""


@pytest.mark.parametrize(
    "data",
    [
        {"kind": "findings", "format": "pdf"},
        {"kind": "asn", "format": "csv"},
        {"kind": "findings", "format": "csv", "status": "diteruskan"},
        {"kind": "cases", "format": "csv", "status": "diabaikan"},
        {"kind": "cases", "format": "csv", "since": "2024-12-01", "until": "2024-11-01"},
        {"kind": "cases", "format": "csv", "since": "kemarin"},
    ],
)
def test_invalid_requests_are_refused(client, world, export_root, data):
    client.force_login(world.satgas)
    response = client.post(URL, data)
    assert response.status_code == 400
    assert not ExportJob.objects.exists()


def test_monitor_cannot_pick_another_opd(client, world, export_root):
    client.force_login(world.monitor)
    response = client.post(URL, {"kind": "cases", "format": "csv", "opd": str(world.kesehatan.pk)})
    assert response.status_code == 400
    assert not ExportJob.objects.exists()


def test_sign_in_required(client, db):
    response = client.get(URL)
    assert response.status_code == 302
    assert reverse("login") in response["Location"]


def test_recent_jobs_are_listed(client, world, export_root):
    ExportJob.objects.create(kind="cases", format="xlsx", requested_by=world.satgas)
    ExportJob.objects.create(kind="findings", format="csv", requested_by=world.monitor)
    client.force_login(world.satgas)
    page = client.get(URL).content.decode()
    assert "XLSX" in page
    own, other = ExportJob.objects.order_by("pk")
    assert f'href="/ekspor/{own.pk}/"' in page
    assert f'href="/ekspor/{other.pk}/"' not in page  # the monitor's job is not listed
