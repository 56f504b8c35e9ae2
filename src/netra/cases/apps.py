from django.apps import AppConfig


class CasesConfig(AppConfig):
    name = "netra.cases"
    verbose_name = "Kasus"
