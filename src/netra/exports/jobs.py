"""Export jobs: request, run in the background, finish leftovers, purge old files.

A job writes to a hidden temporary file in EXPORT_ROOT and renames it into place only when the
writer has finished, so a file named by a `selesai` job is always complete. A job is claimed with a
conditional UPDATE (antri → berjalan), so the request's thread and `run_pending_exports()` never run
the same job twice; a job whose worker died (no heartbeat for `stale_after`) is put back in the
queue by `run_pending_exports()`.
"""

from __future__ import annotations

import datetime as dt
import logging
import os
import secrets
import tempfile
import threading
from pathlib import Path
from typing import Any

from django.conf import settings
from django.db import close_old_connections, connections, transaction
from django.db.models import Q
from django.utils import timezone

from netra.accounts.models import User
from netra.audit.chain import audit_record
from netra.exports.models import ExportJob, ExportStatus
from netra.exports.tables import build_table
from netra.exports.writers import write_table

log = logging.getLogger(__name__)

STALE_AFTER = dt.timedelta(minutes=30)
KEEP_FILES = dt.timedelta(days=7)
CONTENT_TYPES = {
    "csv": "text/csv; charset=utf-8",
    "xlsx": "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
}


class ExportRefused(Exception):
    """The job cannot run; the message (Indonesian) is stored on the job and shown to the user."""


def export_root() -> Path:
    return Path(settings.EXPORT_ROOT)


def job_file(job: ExportJob) -> Path | None:
    """The finished file of `job`, if it has one inside EXPORT_ROOT."""
    if job.status != ExportStatus.DONE or not job.file_path:
        return None
    root = export_root().resolve()
    path = (root / job.file_path).resolve()
    if not path.is_relative_to(root) or not path.is_file():
        return None
    return path


# --- requesting ---------------------------------------------------------------------------------


def export_request(*, user: User, kind: str, fmt: str, filters: dict[str, Any]) -> ExportJob:
    """Queue an export for `user` and start it in a background thread once the row is committed."""
    job = ExportJob.objects.create(kind=kind, format=fmt, filters=filters, requested_by=user)
    audit_record(
        actor=user,
        action="export.request",
        obj=job,
        detail={"kind": kind, "format": fmt, "filters": filters},
    )
    transaction.on_commit(lambda: start_in_background(job.pk))
    return job


def start_in_background(pk: int) -> None:
    """Run job `pk` in a daemon thread (or inline when settings.NETRA_EXPORTS_INLINE is true)."""
    if getattr(settings, "NETRA_EXPORTS_INLINE", False):
        run_export_job(pk)
        return
    threading.Thread(
        target=_thread_main, args=(pk,), name=f"netra-export-{pk}", daemon=True
    ).start()


def _thread_main(pk: int) -> None:
    close_old_connections()
    try:
        run_export_job(pk)
    except Exception:  # run_export_job records failures itself; this is the last resort
        log.exception("Ekspor #%s gagal di luar penanganan", pk)
    finally:
        connections.close_all()


# --- running ------------------------------------------------------------------------------------


def _claim(pk: int) -> dt.datetime | None:
    now = timezone.now()
    claimed = ExportJob.objects.filter(pk=pk, status=ExportStatus.QUEUED).update(
        status=ExportStatus.RUNNING,
        started_at=now,
        heartbeat_at=now,
        rows=0,
        total=None,
        error="",
        finished_at=None,
    )
    return now if claimed else None


def _remove_partials(pk: int) -> None:
    for leftover in export_root().glob(f".job-{pk}-*.part"):
        leftover.unlink(missing_ok=True)


def _fsync(path: str) -> None:
    fd = os.open(path, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def run_export_job(pk: int) -> ExportJob | None:
    """Claim job `pk` and write its file. Returns the job afterwards, or None when the job was not
    waiting (already taken by another worker, finished, or gone)."""
    claimed_at = _claim(pk)
    if claimed_at is None:
        return None
    mine = ExportJob.objects.filter(pk=pk, status=ExportStatus.RUNNING, started_at=claimed_at)
    job = ExportJob.objects.select_related("requested_by").get(pk=pk)
    root = export_root()
    root.mkdir(parents=True, exist_ok=True)
    _remove_partials(pk)
    fd, tmp = tempfile.mkstemp(dir=root, prefix=f".job-{pk}-", suffix=".part")
    os.close(fd)
    final: Path | None = None
    try:
        user = job.requested_by
        if user is None or not user.is_active:
            raise ExportRefused("Akun yang meminta ekspor ini sudah tidak aktif.")
        table = build_table(job.kind, user, job.filters or {})
        mine.update(total=table.count(), heartbeat_at=timezone.now())

        def progress(rows: int) -> None:
            mine.update(rows=rows, heartbeat_at=timezone.now())

        rows = write_table(
            tmp,
            job.format,
            table.header,
            table.rows(),
            title=table.title,
            widths=table.widths,
            progress=progress,
        )
        _fsync(tmp)
        final = root / f"{pk}-{secrets.token_hex(8)}.{job.format}"
        os.replace(tmp, final)
        finished = mine.update(
            status=ExportStatus.DONE,
            rows=rows,
            file_path=final.name,
            size=final.stat().st_size,
            finished_at=timezone.now(),
            heartbeat_at=timezone.now(),
        )
        if not finished:  # requeued as stale meanwhile; the newer run owns the job now
            final.unlink(missing_ok=True)
            return None
        audit_record(
            actor=user,
            action="export.finish",
            obj=job,
            detail={"kind": job.kind, "format": job.format, "rows": rows},
        )
    except Exception as exc:
        if isinstance(exc, ExportRefused):
            message = str(exc)
        else:
            log.exception("Ekspor #%s gagal", pk)
            message = (
                f"Ekspor gagal karena galat sistem ({type(exc).__name__}). "
                "Coba minta ulang; bila terulang, hubungi admin."
            )
        Path(tmp).unlink(missing_ok=True)
        if final is not None:
            final.unlink(missing_ok=True)
        mine.update(
            status=ExportStatus.FAILED,
            error=message,
            file_path="",
            size=0,
            finished_at=timezone.now(),
        )
    job.refresh_from_db()
    return job


def run_pending_exports(*, stale_after: dt.timedelta = STALE_AFTER) -> list[ExportJob]:
    """Finish what the web server left: requeue jobs whose worker stopped sending heartbeats for
    `stale_after`, then run every queued job, oldest first. Returns the jobs this call ran.

    For a CLI command (for example `netra export run`, from cron or after a restart).
    """
    cutoff = timezone.now() - stale_after
    ExportJob.objects.filter(status=ExportStatus.RUNNING).filter(
        Q(heartbeat_at__lt=cutoff) | Q(heartbeat_at__isnull=True, started_at__lt=cutoff)
    ).update(status=ExportStatus.QUEUED)
    ran = []
    queued = ExportJob.objects.filter(status=ExportStatus.QUEUED).order_by("created_at", "id")
    for pk in list(queued.values_list("pk", flat=True)):
        job = run_export_job(pk)
        if job is not None:
            ran.append(job)
    return ran


def purge_exports(*, older_than: dt.timedelta = KEEP_FILES) -> int:
    """Delete export files finished more than `older_than` ago (they hold personal data) and
    leftover temporary files; the job rows stay as a record. Returns the number of files removed."""
    cutoff = timezone.now() - older_than
    removed = 0
    old = ExportJob.objects.filter(status=ExportStatus.DONE, finished_at__lt=cutoff).exclude(
        file_path=""
    )
    for job in old:
        path = job_file(job)
        if path is not None:
            path.unlink(missing_ok=True)
            removed += 1
        ExportJob.objects.filter(pk=job.pk).update(file_path="")
    root = export_root()
    if root.is_dir():
        for leftover in root.glob(".job-*.part"):
            modified = dt.datetime.fromtimestamp(leftover.stat().st_mtime, tz=dt.UTC)
            if modified < cutoff:
                leftover.unlink(missing_ok=True)
                removed += 1
    return removed
