"""The append-only, hash-chained audit log."""

from __future__ import annotations

from django.db import models


class AuditEntry(models.Model):
    """One change or one view of sensitive data. Each entry's hash covers the previous one's."""

    at = models.DateTimeField("waktu", db_index=True)
    actor = models.CharField("pelaku", max_length=150)
    action = models.CharField("tindakan", max_length=60, db_index=True)
    object_type = models.CharField("jenis objek", max_length=60)
    object_id = models.CharField("id objek", max_length=60)
    detail = models.JSONField("rincian", default=dict)
    prev_hash = models.CharField(max_length=64)
    hash = models.CharField(max_length=64, unique=True)

    class Meta:
        verbose_name = "entri audit"
        verbose_name_plural = "jejak audit"
        ordering = ["id"]
        indexes = [models.Index(fields=["object_type", "object_id"])]

    def __str__(self) -> str:
        return f"#{self.pk} {self.action} {self.object_type}:{self.object_id}"
