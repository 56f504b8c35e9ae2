"""Second step of sign-in for users with a confirmed TOTP device (`/akun/otp/`)."""

from __future__ import annotations

import re
from urllib.parse import urlencode

from django.urls import reverse
from django_otp.plugins.otp_totp.models import TOTPDevice

from tests.accounts.conftest import actions, login, totp_code, wrong_code

OTP_URL = reverse("otp_verify")


def otp_redirect(next_path: str) -> str:
    return f"{OTP_URL}?{urlencode({'next': next_path})}"


def test_password_alone_leads_to_the_code_page(client, totp_user):
    user, _ = totp_user
    response = login(client, user.username)
    assert response.status_code == 302
    assert response["Location"] == otp_redirect(reverse("home"))

    page = client.get(response["Location"])
    assert page.status_code == 200
    assert "Masukkan kode autentikator" in page.content.decode()
    (entry,) = actions("auth.login")
    assert entry.detail["otp_required"] is True


def test_workspace_is_closed_until_the_code_is_entered(client, totp_user):
    user, _ = totp_user
    login(client, user.username)
    for path in (reverse("home"), reverse("triage"), reverse("account_security"), "/admin/"):
        response = client.get(path)
        assert response.status_code == 302, path
        assert response["Location"] == otp_redirect(path), path
    post = client.post(reverse("account_security"), {"action": "start"})
    assert post["Location"] == OTP_URL


def test_htmx_requests_are_sent_to_the_code_page(client, totp_user):
    user, _ = totp_user
    login(client, user.username)
    response = client.get(reverse("triage"), headers={"HX-Request": "true"})
    assert response["HX-Redirect"].startswith(OTP_URL)


def test_health_api_and_logout_stay_open(client, totp_user):
    user, _ = totp_user
    login(client, user.username)
    assert client.get(reverse("healthz")).status_code == 200
    api = client.get("/api/v1/activities")
    assert not api.get("Location", "").startswith(OTP_URL)
    out = client.post(reverse("logout"))
    assert out["Location"] == reverse("login")
    assert "_auth_user_id" not in client.session


def test_right_code_completes_the_login(client, totp_user):
    user, device = totp_user
    login(client, user.username, next="/kasus/")
    session_key = client.session.session_key

    response = client.post(OTP_URL, {"code": totp_code(device), "next": "/kasus/"})
    assert response.status_code == 302
    assert response["Location"] == "/kasus/"
    assert client.session.session_key != session_key  # rotated after the second factor

    home = client.get(reverse("home"))
    assert home["Location"] == reverse("triage")
    assert client.get(OTP_URL)["Location"] == reverse("home")  # nothing left to verify
    (entry,) = actions("auth.otp_verified")
    assert entry.actor == user.username


def test_code_with_spaces_is_accepted(client, totp_user):
    user, device = totp_user
    login(client, user.username)
    code = totp_code(device)
    response = client.post(OTP_URL, {"code": f"{code[:3]} {code[3:]}"})
    assert response["Location"] == reverse("home")


def test_wrong_code_is_refused(client, totp_user):
    user, device = totp_user
    login(client, user.username)
    response = client.post(OTP_URL, {"code": wrong_code(device)})
    assert response.status_code == 200
    html = response.content.decode()
    assert "Kode salah atau sudah kedaluwarsa" in html
    assert "Sisa percobaan: 4" in html
    assert client.get(reverse("home"))["Location"].startswith(OTP_URL)
    (entry,) = actions("auth.otp_failed")
    assert entry.actor == user.username


def test_letters_are_refused_without_counting(client, totp_user):
    user, _ = totp_user
    login(client, user.username)
    response = client.post(OTP_URL, {"code": "abcdef"})
    assert "Kode terdiri atas 6 angka" in response.content.decode()
    assert actions("auth.otp_failed") == []


def test_a_code_cannot_be_used_twice(client, totp_user):
    user, device = totp_user
    login(client, user.username)
    code = totp_code(device)
    assert client.post(OTP_URL, {"code": code})["Location"] == reverse("home")
    client.post(reverse("logout"))

    login(client, user.username)
    replay = client.post(OTP_URL, {"code": code})
    assert replay.status_code == 200
    assert "Kode salah" in replay.content.decode()


def test_device_throttles_quick_retries(client, totp_user, settings):
    """django-otp's back-off: right after a wrong code even the right one must wait."""
    settings.OTP_TOTP_THROTTLE_FACTOR = 60  # a minute, so a slow machine cannot outwait it
    user, device = totp_user
    login(client, user.username)
    client.post(OTP_URL, {"code": wrong_code(device)})
    response = client.post(OTP_URL, {"code": totp_code(device)})
    assert response.status_code == 200
    assert re.search(r"Tunggu (59|60) detik", response.content.decode())
    assert len(actions("auth.otp_failed")) == 1  # waiting is not counted as a wrong code
    assert client.get(reverse("home"))["Location"].startswith(OTP_URL)


def test_five_wrong_codes_sign_the_user_out(client, totp_user, no_otp_throttle):
    user, device = totp_user
    login(client, user.username)
    for left in (4, 3, 2, 1):
        response = client.post(OTP_URL, {"code": wrong_code(device)})
        assert f"Sisa percobaan: {left}" in response.content.decode()

    response = client.post(OTP_URL, {"code": wrong_code(device)}, follow=True)
    assert response.redirect_chain[-1][0] == reverse("login")
    assert "Kode salah 5 kali" in response.content.decode()
    assert "_auth_user_id" not in client.session
    assert len(actions("auth.otp_failed")) == 5
    assert len(actions("auth.otp_locked_out")) == 1

    # Signing in again starts a fresh count, and the right code works.
    login(client, user.username)
    assert client.post(OTP_URL, {"code": totp_code(device)})["Location"] == reverse("home")


def test_users_without_a_device_skip_the_code(client, world):
    response = login(client, world.monitor.username)
    assert response["Location"] == reverse("home")
    assert client.get(reverse("home"))["Location"] == reverse("triage")
    assert client.get(OTP_URL)["Location"] == reverse("home")


def test_unconfirmed_device_does_not_ask_for_a_code(client, world):
    TOTPDevice.objects.create(user=world.viewer, name="Ponsel", confirmed=False)
    response = login(client, world.viewer.username)
    assert response["Location"] == reverse("home")


def test_code_page_needs_a_password_login_first(client, world):
    response = client.get(OTP_URL)
    assert response.status_code == 302
    assert response["Location"].startswith(reverse("login"))
