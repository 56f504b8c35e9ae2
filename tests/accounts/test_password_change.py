"""Changing one's password (`/akun/kata-sandi/`) with the configured validators."""

from __future__ import annotations

import pytest
from django.urls import reverse

from tests.accounts.conftest import actions, login
from tests.factories import PASSWORD

URL = reverse("password_change")
NEW = "sungai-brantas-mengalir-jauh"


@pytest.fixture
def signed_in(client, world):
    login(client, world.satgas.username)
    return world.satgas


def change(client, old=PASSWORD, new1=NEW, new2=None):
    return client.post(
        URL, {"old_password": old, "new_password1": new1, "new_password2": new2 or new1}
    )


def test_needs_login(client, world):
    assert client.get(URL)["Location"].startswith(reverse("login"))


def test_form_is_in_indonesian(client, signed_in):
    html = client.get(URL).content.decode()
    assert "Kata sandi lama" in html
    assert "Ulangi kata sandi baru" in html
    assert "12 karakter" in html  # the validators' help, translated by Django


def test_short_password_is_refused(client, signed_in):
    response = change(client, new1="pendek-9")
    assert response.status_code == 200
    assert "Kata sandi terlalu pendek" in response.content.decode()
    assert "12 karakter" in response.content.decode()
    signed_in.refresh_from_db()
    assert signed_in.check_password(PASSWORD)


def test_common_password_is_refused(client, signed_in):
    response = change(client, new1="qwerty123456")
    assert "Kata sandi ini terlalu umum." in response.content.decode()


def test_numeric_password_is_refused(client, signed_in):
    response = change(client, new1="804193275560")
    assert "seluruhnya terdiri dari angka" in response.content.decode()


def test_wrong_old_password_is_refused(client, signed_in):
    response = change(client, old="bukan-kata-sandi-lama")
    assert "Kata sandi lama salah" in response.content.decode()


def test_mismatch_is_refused(client, signed_in):
    response = change(client, new2="sungai-brantas-mengalir-dekat")
    assert "tidak sama" in response.content.decode()


def test_success_keeps_the_session_and_audits(client, signed_in):
    response = change(client)
    assert response["Location"] == reverse("password_change_done")
    done = client.get(response["Location"])
    assert "Kata sandi sudah diganti" in done.content.decode()

    signed_in.refresh_from_db()
    assert signed_in.check_password(NEW)
    assert client.get(reverse("home"))["Location"] == reverse("triage")  # still signed in
    (entry,) = actions("auth.password_change")
    assert entry.actor == signed_in.username

    client.post(reverse("logout"))
    assert login(client, signed_in.username, PASSWORD).status_code == 200
    assert login(client, signed_in.username, NEW).status_code == 302
