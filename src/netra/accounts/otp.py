"""The optional second factor: one TOTP device per user, confirmed with a code before it counts.

A user with a confirmed device must enter a code after the password before the workspace opens
(see `netra.accounts.middleware`). Codes are checked against the device's own throttling
(exponential back-off kept on the device), and each code is accepted only once.
"""

from __future__ import annotations

from base64 import b32encode
from dataclasses import dataclass

import segno
from django.db import transaction
from django.http import HttpRequest
from django.utils import timezone
from django_otp.plugins.otp_totp.models import TOTPDevice

from netra.accounts.models import User

DEVICE_NAME = "Aplikasi autentikator"
OTP_FAILURE_LIMIT = 5
FAILURES_SESSION_KEY = "netra_otp_failures"


def confirmed_device(user: User) -> TOTPDevice | None:
    """The user's active TOTP device, if any."""
    if not user.is_authenticated:
        return None
    return TOTPDevice.objects.filter(user=user, confirmed=True).order_by("id").first()


def pending_device(user: User) -> TOTPDevice | None:
    """A device created on the security page but not yet confirmed with a code."""
    return TOTPDevice.objects.filter(user=user, confirmed=False).order_by("-id").first()


def needs_otp(request: HttpRequest) -> bool:
    """Signed in with a password, has a confirmed device, but has not entered a code yet."""
    user = getattr(request, "user", None)
    if user is None or not user.is_authenticated:
        return False
    is_verified = getattr(user, "is_verified", None)
    if is_verified is not None and is_verified():
        return False
    return confirmed_device(user) is not None


def secret_base32(device: TOTPDevice) -> str:
    """The secret as an authenticator app expects it when typed by hand, in groups of four."""
    secret = b32encode(device.bin_key).decode().rstrip("=")
    return " ".join(secret[i : i + 4] for i in range(0, len(secret), 4))


def qr_data_uri(device: TOTPDevice) -> str:
    """The otpauth:// URL as a QR code, an SVG data URI for an <img> (allowed by img-src data:)."""
    return segno.make(device.config_url, error="m").svg_data_uri(scale=5, border=2)


@dataclass(frozen=True)
class Check:
    ok: bool
    wait_seconds: int = 0  # > 0 when the device refuses to check codes for a while

    @property
    def throttled(self) -> bool:
        return self.wait_seconds > 0


def check_code(device: TOTPDevice, code: str) -> Check:
    """Verify `code` against `device`; a throttled device is reported rather than counted.

    The row is locked while checking, so the same code cannot be accepted twice by two requests.
    """
    with transaction.atomic():
        locked = TOTPDevice.objects.select_for_update().get(pk=device.pk)
        allowed, info = locked.verify_is_allowed()
        if not allowed:
            locked_until = (info or {}).get("locked_until")
            wait = 1
            if locked_until is not None:
                wait = max(1, int((locked_until - timezone.now()).total_seconds()) + 1)
            return Check(ok=False, wait_seconds=wait)
        ok = bool(locked.verify_token(code))
    if ok:
        device.refresh_from_db()
    return Check(ok=ok)
