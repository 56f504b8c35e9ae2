"""Forms of the account pages: sign-in, the one-time code, and the password change."""

from __future__ import annotations

from django import forms
from django.contrib.auth import forms as auth_forms

from netra.accounts.models import Role, User

MONITOR_NEEDS_OPD = "Pemantau OPD harus terhubung ke satu OPD. Pilih OPD-nya, atau ganti perannya."


class LoginForm(auth_forms.AuthenticationForm):
    """Django's sign-in form with plain Indonesian messages."""

    error_messages = {
        "invalid_login": (
            "Nama pengguna atau kata sandi salah. Perhatikan huruf besar dan kecil, lalu coba lagi."
        ),
        "inactive": "Akun ini tidak aktif. Hubungi admin Satgas.",
    }

    def __init__(self, request=None, *args, **kwargs) -> None:
        super().__init__(request, *args, **kwargs)
        self.fields["username"].label = "Nama pengguna"
        self.fields["password"].label = "Kata sandi"
        self.fields["username"].widget.attrs["autocomplete"] = "username"


class OtpCodeForm(forms.Form):
    """The six digits shown by the authenticator app."""

    code = forms.CharField(
        label="Kode dari aplikasi autentikator",
        max_length=12,
        widget=forms.TextInput(
            attrs={
                "inputmode": "numeric",
                "autocomplete": "one-time-code",
                "autofocus": True,
                "pattern": "[0-9 ]*",
                "size": 8,
            }
        ),
        error_messages={"required": "Masukkan kode 6 angka."},
    )

    def clean_code(self) -> str:
        code = "".join(self.cleaned_data["code"].split())
        if not (code.isdigit() and len(code) in (6, 8)):
            raise forms.ValidationError("Kode terdiri atas 6 angka, tanpa huruf.")
        return code


class PasswordChangeForm(auth_forms.PasswordChangeForm):
    """Django's password change form (with the configured validators), Indonesian labels."""

    error_messages = {
        **auth_forms.PasswordChangeForm.error_messages,
        "password_incorrect": "Kata sandi lama salah. Silakan coba lagi.",
        "password_mismatch": "Kedua isian kata sandi baru tidak sama.",
    }

    def __init__(self, *args, **kwargs) -> None:
        super().__init__(*args, **kwargs)
        self.fields["old_password"].label = "Kata sandi lama"
        self.fields["new_password1"].label = "Kata sandi baru"
        self.fields["new_password2"].label = "Ulangi kata sandi baru"
        self.fields["new_password2"].help_text = "Ketik sekali lagi untuk memastikan."


class _MonitorOpdMixin:
    """The monitor-must-have-an-OPD rule (a database CheckConstraint) as a field error."""

    def clean(self) -> dict:
        cleaned = super().clean()
        if cleaned.get("role") == Role.OPD_MONITOR and not cleaned.get("opd"):
            self.add_error("opd", MONITOR_NEEDS_OPD)
        return cleaned


class AdminUserChangeForm(_MonitorOpdMixin, auth_forms.UserChangeForm):
    class Meta(auth_forms.UserChangeForm.Meta):
        model = User
        fields = "__all__"


class AdminUserCreationForm(_MonitorOpdMixin, auth_forms.AdminUserCreationForm):
    class Meta(auth_forms.AdminUserCreationForm.Meta):
        model = User
        fields = ("username", "first_name", "last_name", "email", "role", "opd")
