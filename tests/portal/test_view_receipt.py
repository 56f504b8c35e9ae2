"""/lapor/tanda-terima/: the code is shown once, after commit, and never by URL alone."""

from __future__ import annotations

from django.contrib.sessions.models import Session
from django.test import Client

from tests.portal.conftest import CODE_RE, submit


def test_receipt_shows_the_code_once(client, world) -> None:
    response = submit(client)
    assert response.status_code == 302
    assert "NTR-" not in response["Location"]  # post-redirect-get, code not in the URL
    page_response = client.get("/lapor/tanda-terima/")
    page = page_response.content.decode()
    code = CODE_RE.search(page).group(0)
    assert "Laporan Anda sudah tersimpan" in page
    assert "data-print" in page and "Apa selanjutnya?" in page
    assert "no-store" in page_response["Cache-Control"]
    assert "Content-Security-Policy" in page_response
    # Reloading (or sharing the link) no longer shows it.
    again = client.get("/lapor/tanda-terima/").content.decode()
    assert code not in again and "hanya ditampilkan satu kali" in again


def test_receipt_without_a_submit_shows_nothing(world) -> None:
    page = Client().get("/lapor/tanda-terima/").content.decode()
    assert not CODE_RE.search(page)
    assert "hanya ditampilkan satu kali" in page


def test_code_leaves_the_session_after_display(client, world) -> None:
    submit(client)
    code = CODE_RE.search(client.get("/lapor/tanda-terima/").content.decode()).group(0)
    for session in Session.objects.all():
        assert code not in str(session.get_decoded())


def test_another_browser_cannot_see_the_receipt(client, world) -> None:
    submit(client)
    page = Client().get("/lapor/tanda-terima/").content.decode()
    assert not CODE_RE.search(page)


def test_unread_receipt_does_not_linger(client, world) -> None:
    submit(client)
    assert client.session.get_expiry_age() <= 15 * 60
