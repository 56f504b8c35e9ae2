"""Election profiles, stored as the YAML the classifier reads."""

from __future__ import annotations

from django.db import models

from netra.classify.profile import ElectionProfile, parse_profile


class Election(models.Model):
    """One election profile; several can be active at once (simultaneous Pilkada)."""

    name = models.SlugField("nama", max_length=100, unique=True)
    title = models.CharField("judul", max_length=300)
    kind = models.CharField("jenis", max_length=10)
    region = models.CharField("wilayah", max_length=200)
    voting_day = models.DateField("hari pemungutan suara")
    source_yaml = models.TextField("profil (YAML)")
    active = models.BooleanField("aktif", default=False)
    loaded_at = models.DateTimeField("dimuat pada", auto_now=True)

    class Meta:
        verbose_name = "pemilihan"
        verbose_name_plural = "pemilihan"
        ordering = ["-voting_day", "name"]

    def __str__(self) -> str:
        return self.title

    def profile(self) -> ElectionProfile:
        import yaml

        return parse_profile(yaml.safe_load(self.source_yaml), source=f"pemilihan {self.name}")
