from django.apps import AppConfig


class ElectionsConfig(AppConfig):
    name = "netra.elections"
    verbose_name = "Pemilihan"
