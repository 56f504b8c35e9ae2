from __future__ import annotations

from django.urls import reverse

from netra.exports.jobs import run_export_job
from netra.exports.models import ExportJob, ExportStatus


def job_for(user, **fields) -> ExportJob:
    return ExportJob.objects.create(kind="findings", format="csv", requested_by=user, **fields)


def test_url_name():
    assert reverse("export_job", args=[7]) == "/ekspor/7/"


def test_queued_job_page_polls_with_htmx(client, world, export_root):
    job = job_for(world.monitor, filters={"status": "semua", "opd": str(world.sd.pk)})
    client.force_login(world.monitor)
    response = client.get(reverse("export_job", args=[job.pk]))
    assert response.status_code == 200
    page = response.content.decode()
    assert f'hx-get="/ekspor/{job.pk}/"' in page
    assert 'hx-trigger="every 2s"' in page
    assert "Menunggu giliran" in page
    assert "OPD: SD Negeri 1 Sidomulyo" in page


def test_htmx_poll_gets_the_fragment_and_the_download_when_done(client, world, export_root):
    job = job_for(world.monitor)
    run_export_job(job.pk)
    client.force_login(world.monitor)
    response = client.get(reverse("export_job", args=[job.pk]), headers={"HX-Request": "true"})
    fragment = response.content.decode()
    assert response.status_code == 200
    assert "<html" not in fragment
    assert "hx-trigger" not in fragment  # finished: polling stops
    assert reverse("export_download", args=[job.pk]) in fragment


def test_running_job_shows_progress(client, world, export_root):
    job = job_for(world.satgas, status=ExportStatus.RUNNING, rows=2500, total=10000)
    client.force_login(world.satgas)
    fragment = client.get(
        reverse("export_job", args=[job.pk]), headers={"HX-Request": "true"}
    ).content.decode()
    assert "(25%)" in fragment
    assert 'hx-trigger="every 2s"' in fragment


def test_failed_job_shows_the_reason(client, world, export_root):
    job = job_for(world.satgas, status=ExportStatus.FAILED, error="Akun tidak aktif.")
    client.force_login(world.satgas)
    page = client.get(reverse("export_job", args=[job.pk])).content.decode()
    assert "Akun tidak aktif." in page
    assert "hx-trigger" not in page


def test_someone_elses_job_is_not_found(client, world, export_root):
    job = job_for(world.monitor)
    for other in (world.other_monitor, world.satgas, world.viewer):
        client.force_login(other)
        assert client.get(reverse("export_job", args=[job.pk])).status_code == 404


def test_admin_may_look(client, world, export_root):
    job = job_for(world.monitor)
    client.force_login(world.admin)
    assert client.get(reverse("export_job", args=[job.pk])).status_code == 200
