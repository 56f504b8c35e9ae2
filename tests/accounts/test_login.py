"""Sign-in with a password: Indonesian messages, lockout after five failures, audit entries."""

from __future__ import annotations

from django.urls import reverse

from netra.accounts.forms import LoginForm
from tests.accounts.conftest import actions, login
from tests.factories import PASSWORD

LOCKED_TEXT = "Terlalu banyak percobaan masuk"


def signed_in(client) -> bool:
    return "_auth_user_id" in client.session


def test_login_page_is_in_indonesian(client, world):
    response = client.get(reverse("login"))
    assert response.status_code == 200
    html = response.content.decode()
    assert "Masuk ke ruang kerja Satgas" in html
    assert "Nama pengguna" in html and "Kata sandi" in html
    assert 'lang="id"' in html
    assert "<script>" not in html and "style=" not in html


def test_wrong_password_shows_indonesian_error(client, world):
    response = login(client, world.satgas.username, "bukan-kata-sandinya")
    assert response.status_code == 200
    assert LoginForm.error_messages["invalid_login"] in response.content.decode()
    assert "Please enter a correct" not in response.content.decode()
    assert not signed_in(client)


def test_unknown_user_gets_the_same_message(client, world):
    response = login(client, "tidak_ada", "apa-saja-yang-panjang")
    assert response.status_code == 200
    assert LoginForm.error_messages["invalid_login"] in response.content.decode()


def test_empty_form_uses_djangos_indonesian_translation(client, world):
    response = client.post(reverse("login"), {"username": "", "password": ""})
    assert response.status_code == 200
    assert "Bidang ini tidak boleh kosong." in response.content.decode()
    assert "This field is required" not in response.content.decode()


def test_success_redirects_to_landing_page(client, world):
    response = login(client, world.satgas.username)
    assert response.status_code == 302
    assert response["Location"] == reverse("home")
    assert signed_in(client)
    assert int(client.session["_auth_user_id"]) == world.satgas.pk


def test_success_follows_a_local_next(client, world):
    response = login(client, world.monitor.username, next="/kasus/")
    assert response["Location"] == "/kasus/"


def test_success_ignores_a_foreign_next(client, world):
    response = login(client, world.monitor.username, next="https://jahat.example/")
    assert response["Location"] == reverse("home")


def test_lockout_after_five_failures_refuses_the_right_password_too(client, world):
    username = world.satgas.username
    for attempt in range(1, 5):
        response = login(client, username, f"salah-{attempt}-salah-salah")
        assert response.status_code == 200, attempt
        assert LoginForm.error_messages["invalid_login"] in response.content.decode()

    fifth = login(client, username, "salah-5-salah-salah")
    assert fifth.status_code == 429
    assert LOCKED_TEXT in fifth.content.decode()

    right = login(client, username, PASSWORD)
    assert right.status_code == 429
    assert LOCKED_TEXT in right.content.decode()
    assert "Kembali ke halaman masuk" in right.content.decode()
    assert not signed_in(client)


def test_lockout_is_per_username(client, world):
    for attempt in range(5):
        login(client, world.satgas.username, f"salah-{attempt}-salah-salah")
    assert login(client, world.satgas.username).status_code == 429

    response = login(client, world.monitor.username)
    assert response.status_code == 302
    assert signed_in(client)


def test_success_resets_the_failure_count(client, world):
    username = world.viewer.username
    for attempt in range(4):
        login(client, username, f"salah-{attempt}-salah-salah")
    assert login(client, username).status_code == 302
    client.post(reverse("logout"))

    for attempt in range(4):
        assert login(client, username, f"lagi-{attempt}-salah-salah").status_code == 200
    assert login(client, username).status_code == 302


def test_logout_is_post_only(client, world):
    client.force_login(world.viewer)
    assert client.get(reverse("logout")).status_code == 405
    response = client.post(reverse("logout"))
    assert response.status_code == 302
    assert response["Location"] == reverse("login")
    assert not signed_in(client)


def test_audit_records_success_failure_and_logout(client, world):
    login(client, world.satgas.username, "bukan-kata-sandinya")
    login(client, "tidak_ada", "bukan-kata-sandinya")
    login(client, world.satgas.username)
    client.post(reverse("logout"))

    failed = actions("auth.login_failed")
    assert [e.detail["username"] for e in failed] == [world.satgas.username, "tidak_ada"]
    assert failed[0].actor == "publik"
    assert failed[0].object_id == str(world.satgas.pk)
    assert failed[1].object_id == ""
    assert "password" not in str(failed[0].detail)

    (ok,) = actions("auth.login")
    assert ok.actor == world.satgas.username
    assert ok.object_type == "accounts.user"
    assert ok.detail["otp_required"] is False
    assert ok.detail["ip"] == "127.0.0.1"

    (out,) = actions("auth.logout")
    assert out.actor == world.satgas.username


def test_lockout_attempts_are_audited(client, world):
    for attempt in range(6):
        login(client, world.satgas.username, f"salah-{attempt}-salah-salah")
    failed = actions("auth.login_failed")
    assert len(failed) == 6
    assert failed[-1].detail["username"] == world.satgas.username
