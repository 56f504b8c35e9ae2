from django.apps import AppConfig


class AccountsConfig(AppConfig):
    name = "netra.accounts"
    verbose_name = "Akun dan peran"

    def ready(self) -> None:
        from django.contrib.auth.signals import user_logged_in, user_logged_out, user_login_failed

        from netra.accounts import signals

        user_logged_in.connect(signals.on_logged_in, dispatch_uid="netra.accounts.logged_in")
        user_logged_out.connect(signals.on_logged_out, dispatch_uid="netra.accounts.logged_out")
        user_login_failed.connect(
            signals.on_login_failed, dispatch_uid="netra.accounts.login_failed"
        )
