from django.apps import AppConfig


class GuidanceConfig(AppConfig):
    name = "netra.guidance"
    verbose_name = "Portal publik: cek unggahan dan aturan"
