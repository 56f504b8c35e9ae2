from django.apps import AppConfig


class DashboardConfig(AppConfig):
    name = "netra.dashboard"
    verbose_name = "Dasbor"
