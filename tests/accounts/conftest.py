"""Helpers shared by the account tests: a confirmed TOTP device and real codes computed from it."""

from __future__ import annotations

import time

import pytest
from django.urls import reverse
from django_otp.oath import TOTP
from django_otp.plugins.otp_totp.models import TOTPDevice

from netra.audit.models import AuditEntry
from tests.factories import PASSWORD


def totp_code(device: TOTPDevice) -> str:
    """The code an authenticator app would show now, or the next one if now's was already used.

    A device accepts each time step once (and one step of clock drift either way), so a test that
    needs two codes inside the same 30 seconds gets the following step's code for the second.
    """
    device.refresh_from_db()
    totp = TOTP(device.bin_key, device.step, device.t0, device.digits, device.drift)
    totp.time = time.time()
    if totp.t() <= device.last_t:
        totp.time = device.t0 + (device.last_t + 1 - device.drift) * device.step
    return f"{totp.token():0{device.digits}d}"


def wrong_code(device: TOTPDevice) -> str:
    """Six digits that are not any code the device accepts right now."""
    device.refresh_from_db()
    totp = TOTP(device.bin_key, device.step, device.t0, device.digits, device.drift)
    totp.time = time.time()
    near = set()
    for offset in range(-device.tolerance - 1, device.tolerance + 2):
        totp.drift = device.drift + offset
        near.add(f"{totp.token():06d}")
    return next(f"{n:06d}" for n in range(1_000_000) if f"{n:06d}" not in near)


def login(client, username: str, password: str = PASSWORD, **extra):
    return client.post(reverse("login"), {"username": username, "password": password, **extra})


def actions(action: str) -> list[AuditEntry]:
    return list(AuditEntry.objects.filter(action=action).order_by("id"))


@pytest.fixture
def no_otp_throttle(settings):
    """django-otp waits 1, 2, 4 … seconds after each wrong code; tests don't wait."""
    settings.OTP_TOTP_THROTTLE_FACTOR = 0


@pytest.fixture
def totp_user(world):
    """The satgas user with a confirmed TOTP device."""
    device = TOTPDevice.objects.create(user=world.satgas, name="Ponsel", confirmed=True)
    return world.satgas, device
