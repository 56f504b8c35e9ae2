from django.apps import AppConfig


class AuditConfig(AppConfig):
    name = "netra.audit"
    verbose_name = "Jejak audit"
