from django.apps import AppConfig


class RosterConfig(AppConfig):
    name = "netra.roster"
    verbose_name = "Daftar ASN"
