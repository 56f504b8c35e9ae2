"""Background export jobs: one row per requested CSV/XLSX file."""

from __future__ import annotations

from django.conf import settings
from django.db import models
from django.utils import timezone


class ExportKind(models.TextChoices):
    CASES = "cases", "Kasus"
    FINDINGS = "findings", "Temuan"


class ExportFormat(models.TextChoices):
    CSV = "csv", "CSV (Excel)"
    XLSX = "xlsx", "XLSX (Excel)"


class ExportStatus(models.TextChoices):
    QUEUED = "antri", "Antri"
    RUNNING = "berjalan", "Sedang dibuat"
    DONE = "selesai", "Selesai"
    FAILED = "gagal", "Gagal"


class ExportJob(models.Model):
    """A requested export. The file exists (complete) only once the status is `selesai`."""

    kind = models.CharField("jenis data", max_length=10, choices=ExportKind.choices)
    format = models.CharField("format", max_length=5, choices=ExportFormat.choices)
    filters = models.JSONField("saringan", default=dict, blank=True)
    requested_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name="diminta oleh",
        null=True,
        on_delete=models.SET_NULL,
        related_name="export_jobs",
    )
    status = models.CharField(
        "status",
        max_length=10,
        choices=ExportStatus.choices,
        default=ExportStatus.QUEUED,
        db_index=True,
    )
    rows = models.PositiveBigIntegerField("baris ditulis", default=0)
    total = models.PositiveBigIntegerField("perkiraan jumlah baris", null=True, blank=True)
    file_path = models.CharField("berkas (relatif ke EXPORT_ROOT)", max_length=300, blank=True)
    size = models.PositiveBigIntegerField("ukuran berkas", default=0)
    error = models.TextField("pesan galat", blank=True)
    created_at = models.DateTimeField("dibuat", auto_now_add=True, db_index=True)
    started_at = models.DateTimeField("mulai", null=True, blank=True)
    heartbeat_at = models.DateTimeField("tanda hidup terakhir", null=True, blank=True)
    finished_at = models.DateTimeField("selesai", null=True, blank=True)

    class Meta:
        verbose_name = "ekspor"
        verbose_name_plural = "ekspor"
        ordering = ["-created_at", "-id"]

    def __str__(self) -> str:
        return f"Ekspor #{self.pk} {self.get_kind_display()} ({self.format})"

    @property
    def finished(self) -> bool:
        return self.status in (ExportStatus.DONE, ExportStatus.FAILED)

    @property
    def percent(self) -> int | None:
        if not self.total:
            return None
        return min(100, int(self.rows * 100 / self.total))

    @property
    def filter_labels(self) -> list[str]:
        """The filters in words, for the job page."""
        labels = {
            "status": "Status",
            "opd": "OPD",
            "code": "Pelanggaran",
            "verdict": "Putusan",
            "since": "Dari",
            "until": "Sampai",
        }
        out = []
        for key, label in labels.items():
            value = (self.filters or {}).get(key)
            if not value:
                continue
            if key == "opd":
                from netra.roster.models import Opd

                value = Opd.objects.filter(pk=value).values_list("name", flat=True).first() or value
            out.append(f"{label}: {value}")
        return out

    @property
    def download_name(self) -> str:
        stamp = f"{timezone.localtime(self.created_at):%Y%m%d-%H%M}" if self.created_at else "baru"
        label = "kasus" if self.kind == ExportKind.CASES else "temuan"
        return f"netra-{label}-{self.pk}-{stamp}.{self.format}"
