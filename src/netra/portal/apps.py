from django.apps import AppConfig


class PortalConfig(AppConfig):
    name = "netra.portal"
    verbose_name = "Portal publik: laporan masyarakat"
