"""The security page (`/akun/keamanan/`): turning the TOTP code on and off."""

from __future__ import annotations

from base64 import b32encode

import pytest
from django.urls import reverse
from django_otp.plugins.otp_totp.models import TOTPDevice

from tests.accounts.conftest import actions, login, totp_code, wrong_code

URL = reverse("account_security")


@pytest.fixture
def signed_in(client, world):
    login(client, world.monitor.username)
    return world.monitor


def start(client, user) -> TOTPDevice:
    response = client.post(URL, {"action": "start"})
    assert response["Location"] == URL
    return TOTPDevice.objects.get(user=user)


def test_needs_login(client, world):
    response = client.get(URL)
    assert response.status_code == 302
    assert response["Location"].startswith(reverse("login"))


def test_page_offers_to_turn_the_code_on(client, signed_in):
    response = client.get(URL)
    assert response.status_code == 200
    html = response.content.decode()
    assert "Tidak aktif" in html
    assert "Aktifkan kode autentikator" in html
    assert reverse("password_change") in html
    assert response["Cache-Control"].startswith("max-age=0")
    assert not TOTPDevice.objects.exists()  # looking creates nothing


def test_start_shows_qr_and_secret_of_an_unconfirmed_device(client, signed_in):
    device = start(client, signed_in)
    assert device.confirmed is False

    response = client.get(URL)
    html = response.content.decode()
    assert 'src="data:image/svg+xml' in html
    secret = b32encode(device.bin_key).decode()
    assert " ".join(secret[i : i + 4] for i in range(0, len(secret), 4)) in html
    assert "<script" not in html.split("</head>")[1]
    assert "style=" not in html
    assert "img-src 'self' data:" in response["Content-Security-Policy"]
    assert "issuer=netra" in device.config_url

    start(client, signed_in)  # starting twice keeps the same device
    assert TOTPDevice.objects.filter(user=signed_in).count() == 1


def test_confirm_with_the_right_code_turns_it_on(client, signed_in, no_otp_throttle):
    device = start(client, signed_in)

    wrong = client.post(URL, {"action": "confirm", "code": wrong_code(device)})
    assert wrong.status_code == 200
    assert "Kode salah" in wrong.content.decode()
    device.refresh_from_db()
    assert device.confirmed is False
    assert actions("auth.totp_enable") == []

    response = client.post(URL, {"action": "confirm", "code": totp_code(device)}, follow=True)
    assert "Kode autentikator aktif" in response.content.decode()
    assert "Matikan kode autentikator" in response.content.decode()
    device.refresh_from_db()
    assert device.confirmed is True

    # This session already proved the code; the workspace stays open.
    assert client.get(reverse("home"))["Location"] == reverse("triage")
    (entry,) = actions("auth.totp_enable")
    assert entry.actor == signed_in.username
    assert entry.object_id == str(signed_in.pk)


def test_after_enabling_the_next_login_asks_for_the_code(client, signed_in):
    device = start(client, signed_in)
    client.post(URL, {"action": "confirm", "code": totp_code(device)})
    client.post(reverse("logout"))

    response = login(client, signed_in.username)
    assert response["Location"].startswith(reverse("otp_verify"))
    assert client.post(reverse("otp_verify"), {"code": totp_code(device)}).status_code == 302
    assert client.get(reverse("home"))["Location"] == reverse("triage")


def test_cancel_removes_the_unconfirmed_device(client, signed_in):
    start(client, signed_in)
    response = client.post(URL, {"action": "cancel"}, follow=True)
    assert "dibatalkan" in response.content.decode()
    assert not TOTPDevice.objects.exists()


@pytest.fixture
def enabled(client, world):
    """The monitor, signed in with password and code, with TOTP on."""
    device = TOTPDevice.objects.create(user=world.monitor, name="Ponsel", confirmed=True)
    login(client, world.monitor.username)
    client.post(reverse("otp_verify"), {"code": totp_code(device)})
    return world.monitor, device


def test_disable_needs_a_code(client, enabled, no_otp_throttle):
    user, device = enabled
    empty = client.post(URL, {"action": "disable", "code": ""})
    assert "Masukkan kode 6 angka." in empty.content.decode()
    wrong = client.post(URL, {"action": "disable", "code": wrong_code(device)})
    assert "Kode salah" in wrong.content.decode()
    assert TOTPDevice.objects.filter(user=user, confirmed=True).exists()
    assert actions("auth.totp_disable") == []


def test_disable_with_the_right_code(client, enabled):
    user, device = enabled
    response = client.post(URL, {"action": "disable", "code": totp_code(device)}, follow=True)
    assert "Kode autentikator dimatikan" in response.content.decode()
    assert not TOTPDevice.objects.filter(user=user).exists()
    (entry,) = actions("auth.totp_disable")
    assert entry.actor == user.username

    client.post(reverse("logout"))
    assert login(client, user.username)["Location"] == reverse("home")


def test_actions_that_do_not_apply_change_nothing(client, enabled):
    user, _ = enabled
    for action in ("start", "confirm", "cancel", "bogus"):
        response = client.post(URL, {"action": action, "code": "123456"})
        assert response["Location"] == URL, action
    assert TOTPDevice.objects.filter(user=user).count() == 1
