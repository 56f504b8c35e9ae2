from django.apps import AppConfig


class AccountsConfig(AppConfig):
    name = "netra.accounts"
    verbose_name = "Akun dan peran"
