"""Users of the workspace and their roles."""

from __future__ import annotations

from django.contrib.auth.models import AbstractUser
from django.db import models


class Role(models.TextChoices):
    ADMIN = "admin", "Admin"
    SATGAS = "satgas", "Satgas"
    OPD_MONITOR = "opd_monitor", "Pemantau OPD"
    VIEWER = "viewer", "Pimpinan (lihat saja)"


class User(AbstractUser):
    """A workspace user. An OPD monitor sees only the ASN of `opd` (and its sub-units)."""

    role = models.CharField("peran", max_length=20, choices=Role.choices, default=Role.VIEWER)
    opd = models.ForeignKey(
        "roster.Opd",
        verbose_name="OPD",
        null=True,
        blank=True,
        on_delete=models.PROTECT,
        related_name="monitors",
    )

    class Meta:
        verbose_name = "pengguna"
        verbose_name_plural = "pengguna"
        constraints = [
            models.CheckConstraint(
                condition=~models.Q(role="opd_monitor") | models.Q(opd__isnull=False),
                name="monitor_has_opd",
                violation_error_message="Pemantau OPD harus terhubung ke satu OPD.",
            )
        ]

    @property
    def is_admin(self) -> bool:
        return self.role == Role.ADMIN or self.is_superuser

    @property
    def is_satgas(self) -> bool:
        return self.role in (Role.SATGAS, Role.ADMIN) or self.is_superuser

    @property
    def is_monitor(self) -> bool:
        return self.role == Role.OPD_MONITOR

    @property
    def sees_people(self) -> bool:
        """Viewers (leadership) get aggregates, not personal details."""
        return self.role != Role.VIEWER or self.is_superuser

    @property
    def can_triage(self) -> bool:
        return self.is_satgas or self.is_monitor
