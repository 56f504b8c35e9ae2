"""/lapor/status/: look-up by code in a POST body, public state and message only, rate-limited."""

from __future__ import annotations

import pytest
from django.test import Client

from netra.portal.codes import new_code
from netra.portal.models import PublicReport
from netra.portal.views import NOT_FOUND
from tests.portal.conftest import status_of, submit_ok


@pytest.fixture
def code(client, world) -> str:
    return submit_ok(client, identity="kontak", contact_name="Rina", contact_phone="081234567890")


def test_form_is_public(client, world) -> None:
    response = client.get("/lapor/status/")
    assert response.status_code == 200
    assert 'method="post"' in response.content.decode()
    assert "Content-Security-Policy" in response


def test_status_shows_state_only(client, code) -> None:
    response = client.post("/lapor/status/", {"code": code})
    page = response.content.decode()
    assert response.status_code == 200
    assert 'data-public-state="diterima"' in page and "Diterima" in page
    assert "no-store" in response["Cache-Control"]
    report = PublicReport.objects.get()
    # Nothing about the case, the person reported, the verdict or the reporter.
    for secret in ("Sri Wahyuni", "SD Negeri 1", "Rina", "081234567890", "Tidak boleh", "BARA"):
        assert secret not in page, secret
    assert f"temuan/{report.finding_id}" not in page


def test_code_in_the_url_is_ignored(client, code) -> None:
    page = client.get("/lapor/status/", {"code": code}).content.decode()
    assert "data-public-state" not in page


def test_typing_variants_work(client, code) -> None:
    assert status_of(client, code.lower().replace("-", " ")) == "diterima"


def test_wrong_code_gets_one_generic_message(client, code) -> None:
    guessed = new_code()
    tampered = code[:-1] + ("0" if code[-1] != "0" else "1")
    pages = []
    for attempt in (guessed, tampered, "NTR-1234", "", "'; DROP TABLE portal_publicreport; --"):
        response = client.post("/lapor/status/", {"code": attempt})
        assert response.status_code == 200
        page = response.content.decode()
        assert NOT_FOUND in page and "data-public-state" not in page
        pages.append(page.count(NOT_FOUND))
    assert set(pages) == {1}


def test_message_from_the_team_is_shown(client, code) -> None:
    PublicReport.objects.update(public_message="Terima kasih, laporan sedang kami klarifikasi.")
    page = client.post("/lapor/status/", {"code": code}).content.decode()
    assert "Pesan dari Satgas" in page and "sedang kami klarifikasi" in page


def test_guessing_is_rate_limited(client, world, settings) -> None:
    settings.NETRA_PORTAL_LOOKUP_RATE = "10/m"
    for _ in range(10):
        assert client.post("/lapor/status/", {"code": new_code()}).status_code == 200
    response = client.post("/lapor/status/", {"code": new_code()})
    assert response.status_code == 429
    assert "Terlalu banyak percobaan kode" in response.content.decode()
    assert Client(REMOTE_ADDR="10.9.9.9").post("/lapor/status/", {"code": "x"}).status_code == 200


def test_csrf_is_enforced(code) -> None:
    client = Client(enforce_csrf_checks=True)
    assert client.post("/lapor/status/", {"code": code}).status_code == 403
