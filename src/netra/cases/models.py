"""Cases, their event timeline, sanctions and evidence."""

from __future__ import annotations

from django.conf import settings
from django.db import models
from django.utils import timezone


class Case(models.Model):
    """One or more findings or public reports about one ASN, moving through the workflow."""

    asn = models.ForeignKey(
        "roster.Asn",
        verbose_name="ASN",
        null=True,
        blank=True,
        on_delete=models.PROTECT,
        related_name="cases",
    )
    opd = models.ForeignKey(
        "roster.Opd",
        verbose_name="OPD",
        null=True,
        blank=True,
        on_delete=models.PROTECT,
        related_name="cases",
    )
    subject = models.CharField(
        "terlapor (bila belum ada di daftar ASN)", max_length=300, blank=True
    )
    election = models.ForeignKey(
        "elections.Election",
        verbose_name="pemilihan",
        null=True,
        blank=True,
        on_delete=models.PROTECT,
    )
    title = models.CharField("ringkasan", max_length=300)
    state = models.CharField("status", max_length=20, default="baru", db_index=True)
    state_since = models.DateTimeField("sejak", default=timezone.now)
    deadline = models.DateTimeField("tenggat", null=True, blank=True, db_index=True)
    created_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, on_delete=models.SET_NULL, related_name="+"
    )
    created_at = models.DateTimeField("dibuat", default=timezone.now, db_index=True)

    class Meta:
        verbose_name = "kasus"
        verbose_name_plural = "kasus"
        ordering = ["-created_at"]

    def __str__(self) -> str:
        return f"{self.number} {self.title}"

    @property
    def number(self) -> str:
        return f"NTR-{self.created_at:%Y}-{self.pk:05d}"

    @property
    def overdue(self) -> bool:
        return self.deadline is not None and self.deadline < timezone.now()

    @property
    def state_label(self) -> str:
        from netra.cases.workflow import workflow

        return workflow().states[self.state].label


class EventKind(models.TextChoices):
    OPENED = "dibuka", "Kasus dibuka"
    TRANSITION = "status", "Perubahan status"
    NOTE = "catatan", "Catatan"
    FINDING = "temuan", "Temuan ditambahkan"
    EVIDENCE = "bukti", "Bukti dilampirkan"
    SANCTION = "sanksi", "Sanksi dicatat"


class CaseEvent(models.Model):
    """The case's timeline; rows are only ever added."""

    case = models.ForeignKey(Case, on_delete=models.CASCADE, related_name="events")
    at = models.DateTimeField(default=timezone.now)
    actor = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, on_delete=models.SET_NULL, related_name="+"
    )
    kind = models.CharField(max_length=10, choices=EventKind.choices)
    from_state = models.CharField(max_length=20, blank=True)
    to_state = models.CharField(max_length=20, blank=True)
    note = models.TextField(blank=True)

    class Meta:
        ordering = ["at", "id"]


class SanctionKind(models.TextChoices):
    MORAL_CLOSED = "moral_tertutup", "Sanksi moral: pernyataan tertutup (PP 42/2004)"
    MORAL_OPEN = "moral_terbuka", "Sanksi moral: pernyataan terbuka (PP 42/2004)"
    LIGHT_VERBAL = "ringan_lisan", "Ringan: teguran lisan"
    LIGHT_WRITTEN = "ringan_tertulis", "Ringan: teguran tertulis"
    LIGHT_STATEMENT = "ringan_pernyataan", "Ringan: pernyataan tidak puas secara tertulis"
    MEDIUM_6 = "sedang_tpp_6", "Sedang: pemotongan tunjangan kinerja 25% selama 6 bulan"
    MEDIUM_9 = "sedang_tpp_9", "Sedang: pemotongan tunjangan kinerja 25% selama 9 bulan"
    MEDIUM_12 = "sedang_tpp_12", "Sedang: pemotongan tunjangan kinerja 25% selama 12 bulan"
    HEAVY_DEMOTION = (
        "berat_turun_jabatan",
        "Berat: penurunan jabatan setingkat lebih rendah 12 bulan",
    )
    HEAVY_RELIEVED = "berat_pelaksana", "Berat: pembebasan dari jabatan menjadi pelaksana 12 bulan"
    HEAVY_DISMISSAL = (
        "berat_pemberhentian",
        "Berat: pemberhentian dengan hormat tidak atas permintaan sendiri",
    )
    PTDH = "ptdh", "Pemberhentian tidak dengan hormat (keanggotaan partai)"


class Sanction(models.Model):
    """The PPK's decision on a case and whether it was carried out."""

    case = models.OneToOneField(Case, on_delete=models.CASCADE, related_name="sanction")
    kind = models.CharField("jenis sanksi", max_length=30, choices=SanctionKind.choices)
    official = models.CharField("pejabat yang memutus", max_length=200)
    letter_number = models.CharField("nomor surat keputusan", max_length=100)
    letter_date = models.DateField("tanggal surat keputusan")
    carried_out = models.BooleanField("sudah dilaksanakan", null=True, blank=True)
    carried_out_on = models.DateField("tanggal pelaksanaan", null=True, blank=True)
    recorded_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, on_delete=models.SET_NULL, related_name="+"
    )
    recorded_at = models.DateTimeField(default=timezone.now)

    class Meta:
        verbose_name = "sanksi"
        verbose_name_plural = "sanksi"

    @property
    def regulation(self) -> str:
        return "PP 42/2004" if self.kind.startswith("moral") else "PP 94/2021"


class Evidence(models.Model):
    """A file or link attached to a case or finding. Stored content-addressed and never altered."""

    case = models.ForeignKey(
        Case, null=True, blank=True, on_delete=models.PROTECT, related_name="evidence"
    )
    finding = models.ForeignKey(
        "monitoring.Finding",
        null=True,
        blank=True,
        on_delete=models.PROTECT,
        related_name="evidence",
    )
    url = models.URLField("tautan", max_length=1000, blank=True)
    sha256 = models.CharField(max_length=64, blank=True, db_index=True)
    size = models.PositiveBigIntegerField(default=0)
    content_type = models.CharField("jenis berkas", max_length=100, blank=True)
    original_name = models.CharField("nama berkas asli", max_length=255, blank=True)
    description = models.CharField("keterangan", max_length=500, blank=True)
    uploaded_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, on_delete=models.SET_NULL, related_name="+"
    )
    uploaded_at = models.DateTimeField(default=timezone.now)

    class Meta:
        verbose_name = "bukti"
        verbose_name_plural = "bukti"
        ordering = ["uploaded_at", "id"]
        constraints = [
            models.CheckConstraint(
                condition=models.Q(case__isnull=False) | models.Q(finding__isnull=False),
                name="evidence_attached",
            ),
            models.CheckConstraint(
                condition=~models.Q(url="") | ~models.Q(sha256=""), name="evidence_has_content"
            ),
        ]

    @property
    def is_file(self) -> bool:
        return bool(self.sha256)
