"""Account pages: sign-in (password, then a code for TOTP users), security settings, password."""

from __future__ import annotations

from urllib.parse import urlencode

from django.conf import settings
from django.contrib import messages
from django.contrib.auth import logout
from django.contrib.auth import views as auth_views
from django.contrib.auth.decorators import login_required
from django.db import transaction
from django.http import HttpRequest, HttpResponse, HttpResponseRedirect
from django.shortcuts import redirect, render, resolve_url
from django.urls import reverse, reverse_lazy
from django.utils.http import url_has_allowed_host_and_scheme
from django.views.decorators.cache import never_cache
from django.views.decorators.debug import sensitive_post_parameters
from django.views.decorators.http import require_http_methods
from django_otp import login as otp_login
from django_otp.plugins.otp_totp.models import TOTPDevice

from netra.accounts.forms import LoginForm, OtpCodeForm, PasswordChangeForm
from netra.accounts.otp import (
    DEVICE_NAME,
    FAILURES_SESSION_KEY,
    OTP_FAILURE_LIMIT,
    check_code,
    confirmed_device,
    pending_device,
    qr_data_uri,
    secret_base32,
)
from netra.audit.chain import audit_record


def _safe_next(request: HttpRequest) -> str:
    """The `next` target if it points into this site, else the usual landing page."""
    target = request.POST.get("next") or request.GET.get("next") or ""
    if target and url_has_allowed_host_and_scheme(
        target, allowed_hosts={request.get_host()}, require_https=request.is_secure()
    ):
        return target
    return resolve_url(settings.LOGIN_REDIRECT_URL)


def _wait_text(seconds: int) -> str:
    if seconds < 90:
        return f"{seconds} detik"
    return f"{(seconds + 59) // 60} menit"


class LoginView(auth_views.LoginView):
    """Password first; a user with a confirmed TOTP device then goes to the code page."""

    template_name = "accounts/login.html"
    form_class = LoginForm

    def form_valid(self, form: LoginForm) -> HttpResponse:
        response = super().form_valid(form)
        if confirmed_device(form.get_user()) is None:
            return response
        self.request.session[FAILURES_SESSION_KEY] = 0
        query = urlencode({"next": self.get_success_url()})
        return HttpResponseRedirect(f"{reverse('otp_verify')}?{query}")

    def get_context_data(self, **kwargs: object) -> dict[str, object]:
        return super().get_context_data(failure_limit=settings.AXES_FAILURE_LIMIT, **kwargs)


@never_cache
@sensitive_post_parameters("code")
@require_http_methods(["GET", "POST"])
@login_required
def otp_verify(request: HttpRequest) -> HttpResponse:
    """The second step of sign-in. Five wrong codes sign the user out again."""
    user = request.user
    next_url = _safe_next(request)
    device = confirmed_device(user)
    if device is None or user.is_verified():
        return redirect(next_url)

    form = OtpCodeForm(request.POST or None)
    if request.method == "POST" and form.is_valid():
        result = check_code(device, form.cleaned_data["code"])
        if result.ok:
            otp_login(request, device)
            request.session.cycle_key()
            request.session.pop(FAILURES_SESSION_KEY, None)
            audit_record(actor=user, action="auth.otp_verified", obj=user)
            return redirect(next_url)
        if result.throttled:
            form.add_error(
                "code",
                "Terlalu banyak kode salah untuk akun ini. "
                f"Tunggu {_wait_text(result.wait_seconds)}, lalu coba lagi.",
            )
        else:
            failures = request.session.get(FAILURES_SESSION_KEY, 0) + 1
            audit_record(
                actor=user, action="auth.otp_failed", obj=user, detail={"attempt": failures}
            )
            if failures >= OTP_FAILURE_LIMIT:
                audit_record(actor=user, action="auth.otp_locked_out", obj=user)
                logout(request)
                messages.error(
                    request,
                    f"Kode salah {OTP_FAILURE_LIMIT} kali. Demi keamanan Anda dikeluarkan; "
                    "silakan masuk lagi.",
                )
                return redirect("login")
            request.session[FAILURES_SESSION_KEY] = failures
            left = OTP_FAILURE_LIMIT - failures
            form.add_error(
                "code",
                f"Kode salah atau sudah kedaluwarsa. Sisa percobaan: {left}.",
            )
    return render(request, "accounts/otp_verify.html", {"form": form, "next": next_url})


@never_cache
@sensitive_post_parameters("code")
@require_http_methods(["GET", "POST"])
@login_required
def account_security(request: HttpRequest) -> HttpResponse:
    """Turn the authenticator-app code on (scan, then confirm with a code) or off (with a code)."""
    user = request.user
    device = confirmed_device(user)
    pending = None if device else pending_device(user)
    form = OtpCodeForm()

    if request.method == "POST":
        action = request.POST.get("action")
        if action == "start" and device is None:
            if pending is None:
                TOTPDevice.objects.create(user=user, name=DEVICE_NAME, confirmed=False)
            return redirect("account_security")
        elif action == "cancel" and pending is not None:
            TOTPDevice.objects.filter(user=user, confirmed=False).delete()
            messages.info(request, "Pengaktifan kode autentikator dibatalkan.")
            return redirect("account_security")
        elif action == "confirm" and pending is not None:
            form = OtpCodeForm(request.POST)
            if form.is_valid():
                result = check_code(pending, form.cleaned_data["code"])
                if result.ok:
                    with transaction.atomic():
                        pending.confirmed = True
                        pending.save(update_fields=["confirmed"])
                        TOTPDevice.objects.filter(user=user, confirmed=False).delete()
                        audit_record(actor=user, action="auth.totp_enable", obj=user)
                    otp_login(request, pending)
                    messages.success(
                        request,
                        "Kode autentikator aktif. Mulai sekarang, setelah kata sandi Anda akan "
                        "diminta kode dari aplikasi.",
                    )
                    return redirect("account_security")
                form.add_error("code", _code_error(result.wait_seconds))
        elif action == "disable" and device is not None:
            form = OtpCodeForm(request.POST)
            if form.is_valid():
                result = check_code(device, form.cleaned_data["code"])
                if result.ok:
                    with transaction.atomic():
                        TOTPDevice.objects.filter(user=user).delete()
                        audit_record(actor=user, action="auth.totp_disable", obj=user)
                    messages.success(request, "Kode autentikator dimatikan.")
                    return redirect("account_security")
                form.add_error("code", _code_error(result.wait_seconds))
        else:
            # Unknown, or no longer applies (e.g. already done in another tab).
            return redirect("account_security")

    context = {"device": device, "pending": pending, "form": form}
    if pending is not None:
        context["qr"] = qr_data_uri(pending)
        context["secret"] = secret_base32(pending)
    return render(request, "accounts/security.html", context)


def _code_error(wait_seconds: int) -> str:
    if wait_seconds:
        return f"Terlalu banyak kode salah. Tunggu {_wait_text(wait_seconds)}, lalu coba lagi."
    return "Kode salah atau sudah kedaluwarsa. Periksa jam ponsel Anda lalu coba lagi."


class PasswordChangeView(auth_views.PasswordChangeView):
    form_class = PasswordChangeForm
    template_name = "accounts/password_change.html"
    success_url = reverse_lazy("password_change_done")

    def form_valid(self, form: PasswordChangeForm) -> HttpResponse:
        response = super().form_valid(form)
        audit_record(actor=self.request.user, action="auth.password_change", obj=self.request.user)
        return response


class PasswordChangeDoneView(auth_views.PasswordChangeDoneView):
    template_name = "accounts/password_change_done.html"
