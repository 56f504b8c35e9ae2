"""Public reports from citizens, their later additions, and the files that came with them."""

from __future__ import annotations

from django.db import models
from django.utils import timezone


class PublicState(models.TextChoices):
    """What the reporter sees. Derived from the finding and its case (see selectors.py)."""

    RECEIVED = "diterima", "Diterima"
    VERIFYING = "diverifikasi", "Diverifikasi"
    ACTING = "ditindaklanjuti", "Ditindaklanjuti"
    DONE = "selesai", "Selesai"
    NOT_ACTIONABLE = "tidak_dapat_ditindaklanjuti", "Tidak dapat ditindaklanjuti"


class PublicReport(models.Model):
    """One report sent through /lapor/. The tracking code itself is never stored, only its digest.

    The report always has an activity (its text, classified like any post) and a finding (so it
    lands in the triage queue); the case is the finding's case. Contact details are shown to the
    Satgas only, and each showing is audited (action `report.contact_view`).
    """

    code_digest = models.CharField("sidik kode pelacakan (SHA-256)", max_length=64, unique=True)
    what = models.TextField("apa yang terjadi")
    happened_on = models.DateField("tanggal kejadian", null=True, blank=True)
    happened_time = models.TimeField("jam kejadian", null=True, blank=True)
    when_approximate = models.BooleanField("waktu perkiraan", default=False)
    place = models.CharField("tempat / media", max_length=300)
    subject_name = models.CharField("nama terlapor", max_length=200, blank=True)
    subject_office = models.CharField("kantor / OPD terlapor", max_length=300, blank=True)
    subject_nip = models.CharField("NIP terlapor", max_length=18, blank=True)
    links = models.JSONField("tautan", default=list, blank=True)
    anonymous = models.BooleanField("tanpa nama", default=True)
    contact_name = models.CharField("nama pelapor", max_length=200, blank=True)
    contact_phone = models.CharField("telepon pelapor", max_length=30, blank=True)
    contact_email = models.EmailField("surel pelapor", max_length=254, blank=True)
    public_message = models.TextField("pesan untuk pelapor", blank=True)
    public_message_at = models.DateTimeField("pesan diperbarui", null=True, blank=True)
    activity = models.OneToOneField(
        "monitoring.Activity", on_delete=models.PROTECT, related_name="public_report"
    )
    finding = models.OneToOneField(
        "monitoring.Finding", on_delete=models.PROTECT, related_name="public_report"
    )
    created_at = models.DateTimeField("diterima", default=timezone.now, db_index=True)

    class Meta:
        verbose_name = "laporan masyarakat"
        verbose_name_plural = "laporan masyarakat"
        ordering = ["-created_at"]
        constraints = [
            models.CheckConstraint(
                condition=models.Q(anonymous=False)
                | (
                    models.Q(contact_name="")
                    & models.Q(contact_phone="")
                    & models.Q(contact_email="")
                ),
                name="anonymous_report_has_no_contact",
            )
        ]

    def __str__(self) -> str:
        return f"Laporan masyarakat #{self.pk}"

    @property
    def case(self):
        """The case the report's finding went into, if any."""
        return self.finding.case

    @property
    def has_contact(self) -> bool:
        return bool(self.contact_name or self.contact_phone or self.contact_email)


class ReportFollowUp(models.Model):
    """Information the reporter added later with the tracking code; rows are only ever added."""

    report = models.ForeignKey(PublicReport, on_delete=models.PROTECT, related_name="followups")
    text = models.TextField("keterangan tambahan", blank=True)
    created_at = models.DateTimeField("diterima", default=timezone.now)

    class Meta:
        verbose_name = "tambahan laporan"
        verbose_name_plural = "tambahan laporan"
        ordering = ["created_at", "id"]


class ReportFile(models.Model):
    """Ties an evidence row (cases.Evidence on the report's finding) to its report or follow-up."""

    report = models.ForeignKey(PublicReport, on_delete=models.PROTECT, related_name="files")
    followup = models.ForeignKey(
        ReportFollowUp, null=True, blank=True, on_delete=models.PROTECT, related_name="files"
    )
    evidence = models.OneToOneField(
        "cases.Evidence", on_delete=models.PROTECT, related_name="public_report_file"
    )

    class Meta:
        verbose_name = "berkas laporan"
        verbose_name_plural = "berkas laporan"
        ordering = ["id"]
