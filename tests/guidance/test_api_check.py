"""POST /api/v1/check: the `netra classify` object for one record, against the active elections;
Indonesian JSON errors; no cookies, no session, nothing stored."""

from __future__ import annotations

import json
import logging

import pytest
from django.test import Client

from netra.classify import Classifier
from netra.elections.models import Election
from tests.cli.test_classify_cmd import netra
from tests.conftest import SIDOMULYO
from tests.guidance.pages import cache_table_dump, row_counts

URL = "/api/v1/check"

RECORDS = [
    {"action": "post", "text": "BARA gaskeun!"},
    {"action": "post", "text": "Pilih pemimpin yang amanah, kalian pasti paham lah 😏"},
    {"action": "post", "text": "Jangan golput ya, datang ke TPS 27 November!"},
    {"action": "like", "target_text": "Ayo menangkan BARA nomor 2! #BARAmenyala"},
    {"action": "like", "text": "", "target_text": "Ayo menangkan BARA nomor 2! #BARAmenyala"},
    {
        "action": "comment",
        "text": "turut berduka pak",
        "target_text": "Ibunda berpulang. - Bagus Santoso",
    },
    {"action": "post", "text": "Foto bareng Mas Bagus tadi, mantap, lanjutkan!"},
    {"action": "Share", "target_text": "Visi misi paslon 3 SADEWA", "text": None},
    {"action": "post", "text": "antre nomor 2 di samsat lama bgt"},
]


def post(client, body, content_type="application/json", **extra):
    data = body if isinstance(body, str | bytes) else json.dumps(body)
    return client.post(URL, data=data, content_type=content_type, **extra)


@pytest.mark.parametrize("body", RECORDS, ids=lambda r: f"{r['action']}")
def test_answer_equals_the_classifier_for_the_same_record(
    client, world, sidomulyo: Classifier, body
) -> None:
    response = post(client, body)
    assert response.status_code == 200, response.content
    assert response["Content-Type"] == "application/json"
    expected = sidomulyo.classify({"id": "cek", **body}).to_dict()
    assert response.json() == expected


def test_answer_equals_what_netra_classify_prints(client, world) -> None:
    answers = [post(client, body).json() for body in RECORDS]
    stdin = "".join(json.dumps({"id": "cek", **body}) + "\n" for body in RECORDS)
    result = netra("classify", "--profile", str(SIDOMULYO), stdin=stdin)
    assert result.returncode == 0, result.stderr
    printed = [json.loads(line) for line in result.stdout.splitlines()]
    assert answers == printed
    assert [a["verdict"] for a in answers][:4] == ["forbidden", "grey", "allowed", "forbidden"]


def test_unicode_is_sent_as_is(client, world) -> None:
    response = post(client, {"action": "post", "text": "BARA gaskeun! 💪"})
    assert "–" in response.content.decode()  # the en dash of the note, not \\u2013


@pytest.mark.parametrize(
    ("body", "message"),
    [
        ("{not json", "bukan JSON yang sah"),
        ("", "bukan JSON yang sah"),
        ('["post", "BARA"]', "harus berupa objek JSON"),
        ('"BARA gaskeun"', "harus berupa objek JSON"),
        ({"text": "BARA gaskeun!"}, "action wajib diisi"),
        ({"action": "", "text": "x"}, "action wajib diisi"),
        ({"action": "menari", "text": "x"}, "action 'menari' tidak dikenal"),
        ({"action": 3, "text": "x"}, "action harus berupa teks"),
        ({"action": ["post"], "text": "x"}, "action harus berupa teks"),
        ({"action": "post", "text": 5}, "text harus berupa teks"),
        ({"action": "like", "target_text": {"a": 1}}, "target_text harus berupa teks"),
        ({"action": "post", "text": "x", "id": "1"}, "Kolom tidak dikenal: id"),
        ({"action": "post", "text": "x", "media": []}, "Kolom tidak dikenal: media"),
        ({"action": "post"}, "Isi text"),
        ({"action": "post", "text": "   ", "target_text": ""}, "Isi text"),
        ({"action": "post", "text": "a" * 5001}, "text terlalu panjang: paling banyak 5.000"),
        ({"action": "like", "target_text": "a" * 9000}, "target_text terlalu panjang"),
    ],
)
def test_bad_requests_answer_400_in_indonesian(client, world, body, message) -> None:
    response = post(client, body)
    assert response.status_code == 400
    assert response["Content-Type"] == "application/json"
    assert message in response.json()["error"]


def test_body_that_is_not_utf8_or_far_too_big(client, world) -> None:
    response = post(client, b'{"action": "post", "text": "\xff\xfe"}')
    assert response.status_code == 400 and "UTF-8" in response.json()["error"]
    huge = json.dumps({"action": "post", "text": "a" * 200_000})
    response = post(client, huge)
    assert response.status_code == 400 and "terlalu besar" in response.json()["error"]


def test_longest_allowed_text_is_checked(client, world) -> None:
    assert post(client, {"action": "post", "text": "a" * 5000}).status_code == 200


@pytest.mark.parametrize("method", ["get", "put", "delete"])
def test_only_post(client, world, method) -> None:
    response = getattr(client, method)(URL)
    assert response.status_code == 405
    assert response["Allow"] == "POST"
    assert "POST" in response.json()["error"]


def test_no_active_election_is_503(client, world) -> None:
    Election.objects.update(active=False)
    response = post(client, {"action": "post", "text": "BARA gaskeun!"})
    assert response.status_code == 503
    assert "Belum ada pemilihan yang aktif" in response.json()["error"]


def test_rate_limit_per_address(client, world, settings) -> None:
    settings.NETRA_API_CHECK_RATE = "2/m"
    body = {"action": "post", "text": "halo"}
    assert [post(client, body).status_code for _ in range(2)] == [200, 200]
    response = post(client, body)
    assert response.status_code == 429
    assert response.json()["error"] == "Terlalu banyak permintaan; coba lagi sebentar lagi."
    assert post(client, body, REMOTE_ADDR="10.9.8.7").status_code == 200


def test_default_rate_is_60_a_minute(client, world) -> None:
    body = {"action": "post", "text": "halo"}
    statuses = [post(client, body).status_code for _ in range(61)]
    assert statuses[:60] == [200] * 60 and statuses[60] == 429


def test_no_csrf_token_no_cookie_no_session(world) -> None:
    client = Client(enforce_csrf_checks=True)
    response = post(client, {"action": "post", "text": "BARA gaskeun!"})
    assert response.status_code == 200
    assert not list(response.cookies)
    assert "Cookie" not in response.get("Vary", "")
    assert "no-store" in response["Cache-Control"]


def test_a_signed_in_browser_session_is_not_touched(client, world) -> None:
    client.force_login(world.satgas)
    response = post(client, {"action": "post", "text": "BARA gaskeun!"})
    assert response.status_code == 200
    assert not list(response.cookies)
    assert "Cookie" not in response.get("Vary", "")


def test_nothing_is_stored_or_logged(client, world, caplog) -> None:
    caplog.set_level(logging.DEBUG)
    before = row_counts()
    marker = "Rahasia-API-93ab BARA gaskeun!"
    assert post(client, {"action": "post", "text": marker}).status_code == 200
    assert post(client, {"action": "like", "target_text": marker}).status_code == 200
    assert post(client, {"action": "post", "text": marker, "x": 1}).status_code == 400
    assert row_counts() == before
    assert "Bad Request: /api/v1/check" in caplog.text
    assert "Rahasia-API" not in caplog.text
    assert b"Rahasia-API" not in cache_table_dump()
