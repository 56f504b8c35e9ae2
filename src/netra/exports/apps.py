from django.apps import AppConfig


class ExportsConfig(AppConfig):
    name = "netra.exports"
    verbose_name = "Ekspor"
