"""Sign-in events into the audit chain.

Django announces sign-ins and failures with signals from inside `authenticate()` and `login()`,
including the admin's sign-in form, so listening to them is the one way to catch every attempt.
Connected in `AccountsConfig.ready()`.
"""

from __future__ import annotations

from typing import Any

from django.http import HttpRequest

from netra.audit.chain import audit_record


def client_ip(request: HttpRequest | None) -> str:
    if request is None:
        return ""
    return getattr(request, "axes_ip_address", None) or request.META.get("REMOTE_ADDR", "")


def on_logged_in(sender: Any, request: HttpRequest, user: Any, **kwargs: Any) -> None:
    from netra.accounts.otp import confirmed_device

    audit_record(
        actor=user,
        action="auth.login",
        obj=user,
        detail={"ip": client_ip(request), "otp_required": confirmed_device(user) is not None},
    )


def on_login_failed(
    sender: Any, credentials: dict[str, Any], request: HttpRequest | None = None, **kwargs: Any
) -> None:
    from netra.accounts.models import User

    username = str(credentials.get("username") or "")[:150]
    target = User.objects.filter(username=username).first() if username else None
    audit_record(
        actor=None,
        action="auth.login_failed",
        obj=target,  # None for an unknown username; the attempted name is in the detail
        detail={
            "username": username,
            "ip": client_ip(request),
            "locked_out": bool(getattr(request, "axes_locked_out", False)),
        },
    )


def on_logged_out(sender: Any, request: HttpRequest, user: Any, **kwargs: Any) -> None:
    if user is None:
        return
    audit_record(actor=user, action="auth.logout", obj=user, detail={"ip": client_ip(request)})
