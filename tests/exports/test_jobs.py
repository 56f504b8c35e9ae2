from __future__ import annotations

import csv
import datetime as dt
import threading

import pytest
from django.utils import timezone
from openpyxl import load_workbook

from netra.audit.models import AuditEntry
from netra.exports import jobs
from netra.exports.jobs import (
    export_request,
    job_file,
    purge_exports,
    run_export_job,
    run_pending_exports,
    start_in_background,
)
from netra.exports.models import ExportJob, ExportStatus
from tests.factories import build_world, forbidden_finding


def queued(user, kind="findings", fmt="csv", filters=None) -> ExportJob:
    return ExportJob.objects.create(kind=kind, format=fmt, filters=filters or {}, requested_by=user)


def test_request_runs_to_completion_and_is_audited(
    world, export_root, django_capture_on_commit_callbacks
):
    forbidden_finding(world)
    with django_capture_on_commit_callbacks(execute=True):
        job = export_request(user=world.monitor, kind="findings", fmt="xlsx", filters={})
    job.refresh_from_db()
    assert job.status == ExportStatus.DONE
    assert (job.rows, job.total) == (1, 1)
    path = job_file(job)
    assert path is not None and path.parent == export_root
    assert job.size == path.stat().st_size
    rows = list(load_workbook(path).active.iter_rows(values_only=True))
    assert rows[1][rows[0].index("NIP")] == world.guru.nip
    actions = list(
        AuditEntry.objects.filter(object_id=str(job.pk)).values_list("action", flat=True)
    )
    assert actions == ["export.request", "export.finish"]
    assert list(export_root.glob(".job-*")) == []


def test_job_waits_for_commit(world, export_root):
    job = export_request(user=world.satgas, kind="cases", fmt="csv", filters={})
    job.refresh_from_db()
    assert job.status == ExportStatus.QUEUED  # the thread starts only once the row is committed


def test_pending_jobs_are_finished_oldest_first(world, export_root):
    forbidden_finding(world)
    first, second = queued(world.satgas), queued(world.viewer, fmt="xlsx")
    ran = run_pending_exports()
    assert [j.pk for j in ran] == [first.pk, second.pk]
    assert all(j.status == ExportStatus.DONE for j in ran)
    with job_file(ran[0]).open(encoding="utf-8-sig", newline="") as handle:
        header, row = list(csv.reader(handle))
    assert row[header.index("NIP")] == world.guru.nip
    assert run_pending_exports() == []


def test_a_job_runs_once(world, export_root):
    job = queued(world.satgas)
    assert run_export_job(job.pk).status == ExportStatus.DONE
    assert run_export_job(job.pk) is None


def test_stale_running_job_is_requeued_but_a_live_one_is_left(world, export_root):
    old = timezone.now() - dt.timedelta(hours=2)
    stale = queued(world.satgas)
    ExportJob.objects.filter(pk=stale.pk).update(
        status=ExportStatus.RUNNING, started_at=old, heartbeat_at=old
    )
    live = queued(world.satgas)
    ExportJob.objects.filter(pk=live.pk).update(
        status=ExportStatus.RUNNING, started_at=timezone.now(), heartbeat_at=timezone.now()
    )
    ran = run_pending_exports()
    assert [j.pk for j in ran] == [stale.pk]
    live.refresh_from_db()
    assert live.status == ExportStatus.RUNNING


def test_a_failing_writer_leaves_no_file(world, export_root, monkeypatch):
    forbidden_finding(world)

    def broken(path, fmt, header, rows, **kwargs):
        with open(path, "w") as handle:
            handle.write("setengah jalan")
        raise OSError("disk penuh")

    monkeypatch.setattr(jobs, "write_table", broken)
    job = run_export_job(queued(world.satgas).pk)
    assert job.status == ExportStatus.FAILED
    assert job.error.startswith("Ekspor gagal karena galat sistem (OSError)")
    assert job.file_path == "" and job_file(job) is None
    assert list(export_root.iterdir()) == []


def test_inactive_requester_fails_with_a_reason(world, export_root):
    job = queued(world.monitor)
    world.monitor.is_active = False
    world.monitor.save()
    job = run_export_job(job.pk)
    assert job.status == ExportStatus.FAILED
    assert job.error == "Akun yang meminta ekspor ini sudah tidak aktif."


def test_purge_deletes_old_files_and_keeps_the_row(world, export_root):
    job = run_export_job(queued(world.satgas).pk)
    path = job_file(job)
    assert purge_exports() == 0
    ExportJob.objects.filter(pk=job.pk).update(finished_at=timezone.now() - dt.timedelta(days=8))
    assert purge_exports() == 1
    job.refresh_from_db()
    assert not path.exists()
    assert job.status == ExportStatus.DONE and job_file(job) is None


def test_file_path_outside_the_root_is_never_served(world, export_root, tmp_path):
    job = run_export_job(queued(world.satgas).pk)
    outside = tmp_path / "rahasia.txt"
    outside.write_text("x")
    job.file_path = "../rahasia.txt"
    assert job_file(job) is None


@pytest.mark.django_db(transaction=True)
def test_background_thread_finishes_the_job(settings, tmp_path):
    settings.EXPORT_ROOT = tmp_path / "exports"
    settings.NETRA_EXPORTS_INLINE = False
    world = build_world()
    forbidden_finding(world)
    job = queued(world.satgas, fmt="xlsx")
    before = set(threading.enumerate())
    start_in_background(job.pk)
    for thread in set(threading.enumerate()) - before:
        thread.join(timeout=60)
    job.refresh_from_db()
    assert job.status == ExportStatus.DONE, job.error
    assert job_file(job) is not None
