"""OPD, ASN and their social accounts."""

from __future__ import annotations

from django.conf import settings
from django.db import models

from netra.roster.nip import validate_nip


class Opd(models.Model):
    """A regional government agency (dinas, badan, kecamatan, kelurahan)."""

    code = models.CharField("kode", max_length=30, unique=True)
    name = models.CharField("nama", max_length=200)
    parent = models.ForeignKey(
        "self",
        verbose_name="induk",
        null=True,
        blank=True,
        on_delete=models.PROTECT,
        related_name="children",
    )

    class Meta:
        verbose_name = "OPD"
        verbose_name_plural = "OPD"
        ordering = ["name"]

    def __str__(self) -> str:
        return self.name


class Status(models.TextChoices):
    PNS = "PNS", "PNS"
    PPPK = "PPPK", "PPPK"


class Asn(models.Model):
    """A civil servant on the roster."""

    nip = models.CharField("NIP", max_length=18, unique=True, validators=[validate_nip])
    name = models.CharField("nama", max_length=200)
    status = models.CharField("status", max_length=4, choices=Status.choices)
    position = models.CharField("jabatan", max_length=200, blank=True)
    grade = models.CharField("golongan", max_length=10, blank=True)
    opd = models.ForeignKey(Opd, verbose_name="OPD", on_delete=models.PROTECT, related_name="asn")
    updated_at = models.DateTimeField(auto_now=True)

    class Meta:
        verbose_name = "ASN"
        verbose_name_plural = "ASN"
        ordering = ["name"]

    def __str__(self) -> str:
        return f"{self.name} ({self.nip})"


class Platform(models.TextChoices):
    FACEBOOK = "facebook", "Facebook"
    INSTAGRAM = "instagram", "Instagram"
    X = "x", "X (Twitter)"
    TIKTOK = "tiktok", "TikTok"
    YOUTUBE = "youtube", "YouTube"
    WHATSAPP = "whatsapp", "WhatsApp"
    THREADS = "threads", "Threads"
    OTHER = "lainnya", "Lainnya"


class LinkMethod(models.TextChoices):
    DECLARED = "dilaporkan_sendiri", "Dilaporkan sendiri oleh ASN"
    VERIFIED = "diverifikasi", "Diverifikasi pemantau (foto profil, jabatan, teman kantor)"
    IMPORTED = "impor", "Dari berkas daftar akun"
    SUSPECTED = "dugaan", "Dugaan, belum dipastikan"


def normalise_handle(handle: str) -> str:
    """Handles compare without the @ and case, as the platforms do."""
    return handle.strip().lstrip("@").lower()


class SocialAccount(models.Model):
    """An account tied to an ASN, with how and by whom it was tied."""

    asn = models.ForeignKey(
        Asn, verbose_name="ASN", on_delete=models.CASCADE, related_name="accounts"
    )
    platform = models.CharField("platform", max_length=20, choices=Platform.choices)
    handle = models.CharField("nama akun", max_length=200)
    url = models.URLField("tautan", blank=True)
    link_method = models.CharField("cara dikaitkan", max_length=30, choices=LinkMethod.choices)
    linked_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name="dikaitkan oleh",
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
    )
    linked_at = models.DateTimeField("dikaitkan pada", auto_now_add=True)

    class Meta:
        verbose_name = "akun media sosial"
        verbose_name_plural = "akun media sosial"
        constraints = [
            models.UniqueConstraint(fields=["platform", "handle"], name="account_unique_handle")
        ]

    def save(self, *args, **kwargs) -> None:
        self.handle = normalise_handle(self.handle)
        super().save(*args, **kwargs)

    def __str__(self) -> str:
        return f"{self.platform}:@{self.handle}"
