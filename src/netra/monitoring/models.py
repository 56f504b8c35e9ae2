"""Activity as received, the classifier's findings, and API tokens."""

from __future__ import annotations

from django.conf import settings
from django.db import models


class Source(models.TextChoices):
    INGEST = "ingest", "Berkas (netra ingest)"
    API = "api", "API"
    FIELD = "lapangan", "Pengamatan lapangan"
    PORTAL = "portal", "Laporan masyarakat"


class Activity(models.Model):
    """A post or reaction kept exactly as received; unique per platform and platform post id."""

    platform = models.CharField("platform", max_length=20, default="lainnya")
    external_id = models.CharField("id unggahan", max_length=200)
    action = models.CharField("tindakan", max_length=10)
    text = models.TextField("teks", blank=True)
    target_text = models.TextField("teks sasaran", blank=True)
    author = models.CharField("akun", max_length=200, blank=True, db_index=True)
    url = models.CharField("tautan", max_length=1000, blank=True)
    posted_at = models.DateTimeField("waktu unggah", null=True, blank=True)
    raw = models.JSONField("rekaman asli")
    source = models.CharField("sumber", max_length=10, choices=Source.choices)
    received_at = models.DateTimeField("diterima", auto_now_add=True)
    received_from = models.CharField("diterima dari", max_length=150, blank=True)
    account = models.ForeignKey(
        "roster.SocialAccount",
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="activities",
    )
    asn = models.ForeignKey(
        "roster.Asn", null=True, blank=True, on_delete=models.SET_NULL, related_name="activities"
    )

    class Meta:
        verbose_name = "aktivitas"
        verbose_name_plural = "aktivitas"
        constraints = [
            models.UniqueConstraint(fields=["platform", "external_id"], name="activity_unique_post")
        ]

    def __str__(self) -> str:
        return f"{self.platform}:{self.external_id}"


class FindingStatus(models.TextChoices):
    NEW = "baru", "Baru"
    DISMISSED = "diabaikan", "Diabaikan"
    REMINDED = "pembinaan", "Pembinaan (diingatkan)"
    CASE = "kasus", "Masuk kasus"


SEVERITY_RANK = {"berat": 3, "sedang": 2, "ringan": 1, "": 0}


class Finding(models.Model):
    """The classifier's (or a monitor's) verdict on an activity that is not allowed."""

    activity = models.OneToOneField(Activity, on_delete=models.PROTECT, related_name="finding")
    asn = models.ForeignKey(
        "roster.Asn", null=True, blank=True, on_delete=models.SET_NULL, related_name="findings"
    )
    opd = models.ForeignKey(
        "roster.Opd", null=True, blank=True, on_delete=models.SET_NULL, related_name="findings"
    )
    verdict = models.CharField("putusan mesin", max_length=10)
    code = models.CharField("pelanggaran utama", max_length=30, blank=True, db_index=True)
    codes = models.JSONField("pelanggaran", default=list)
    severity = models.PositiveSmallIntegerField("tingkat", default=0)
    score = models.FloatField("skor", default=0)
    reasons = models.JSONField("alasan", default=list)
    candidates = models.JSONField("calon", default=list)
    stage = models.JSONField("tahapan", null=True, blank=True)
    ruleset = models.CharField(max_length=40)
    status = models.CharField(
        "status", max_length=10, choices=FindingStatus.choices, default=FindingStatus.NEW
    )
    status_note = models.TextField("catatan", blank=True)
    handled_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    handled_at = models.DateTimeField(null=True, blank=True)
    case = models.ForeignKey(
        "cases.Case", null=True, blank=True, on_delete=models.SET_NULL, related_name="findings"
    )
    created_at = models.DateTimeField("dibuat", auto_now_add=True, db_index=True)

    class Meta:
        verbose_name = "temuan"
        verbose_name_plural = "temuan"
        indexes = [
            models.Index(fields=["status", "-severity", "created_at"], name="triage_order"),
            models.Index(fields=["opd", "status", "-severity", "created_at"], name="triage_opd"),
            # Dashboard breakdowns by OPD and code over a date range.
            models.Index(fields=["opd", "code", "created_at"], name="finding_opd_code_created"),
        ]

    def __str__(self) -> str:
        return f"Temuan #{self.pk}"

    @property
    def reasons_text(self) -> tuple[list[dict], str]:
        """(reasons, field) pair for the `highlight` template filter."""
        return self.reasons, "text"

    @property
    def reasons_target(self) -> tuple[list[dict], str]:
        return self.reasons, "target_text"

    @property
    def verdict_label(self) -> str:
        return {"forbidden": "Tidak boleh", "grey": "Abu-abu", "allowed": "Boleh"}.get(
            self.verdict, self.verdict
        )

    @property
    def severity_label(self) -> str:
        return {3: "berat", 2: "sedang", 1: "ringan"}.get(self.severity, "-")


class ApiToken(models.Model):
    """A bearer token for the ingest API. Only its SHA-256 is stored; revoked tokens stay listed."""

    name = models.CharField("nama", max_length=100, unique=True)
    digest = models.CharField(max_length=64, unique=True)
    created_at = models.DateTimeField(auto_now_add=True)
    revoked_at = models.DateTimeField(null=True, blank=True)
    last_used_at = models.DateTimeField(null=True, blank=True)

    class Meta:
        verbose_name = "token API"
        verbose_name_plural = "token API"

    def __str__(self) -> str:
        return self.name
