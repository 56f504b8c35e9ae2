"""POST /api/v1/activities: bearer tokens, JSON array or JSON Lines, per-record answers."""

from __future__ import annotations

import json

import pytest

from netra.monitoring.models import Activity, Finding
from netra.monitoring.tokens import token_create, token_revoke

URL = "/api/v1/activities"
SUPPORT = {
    "id": "a1",
    "action": "post",
    "platform": "facebook",
    "author": "sri.wahyuni85",
    "text": "Coblos nomor 2 BARA ya bapak ibu guru!",
}


@pytest.fixture
def token(world) -> str:
    return token_create(name="pengumpul-fb")


def post(client, body, token=None, content_type="application/json"):
    headers = {"HTTP_AUTHORIZATION": f"Bearer {token}"} if token else {}
    return client.post(URL, data=body, content_type=content_type, **headers)


def test_json_array_answers_per_record_in_order(client, token) -> None:
    body = json.dumps(
        [
            SUPPORT,
            {"id": "a2", "action": "post", "text": "Selamat Hari Guru!"},
            {"id": "a3", "action": "nari"},
        ]
    )
    response = post(client, body, token)
    assert response.status_code == 200
    data = response.json()
    assert [r["id"] for r in data["results"]] == ["a1", "a2", "a3"]
    assert data["results"][0]["verdict"] == "forbidden"
    finding = Finding.objects.get(pk=data["results"][0]["finding"])
    assert finding.asn.name == "Sri Wahyuni"
    assert data["results"][1]["verdict"] == "allowed" and "finding" not in data["results"][1]
    assert data["results"][2]["status"] == "galat" and data["results"][2]["error"]
    assert data["summary"] == {"baru": 2, "duplikat": 0, "galat": 1}


def test_json_lines_and_retry_is_idempotent(client, token) -> None:
    body = (
        json.dumps(SUPPORT)
        + "\n{not json\n"
        + json.dumps({"id": "a4", "action": "like", "target_text": "Posko relawan BARA"})
        + "\n"
    )
    first = post(client, body, token, "application/x-ndjson").json()
    assert [r["status"] for r in first["results"]] == ["baru", "galat", "baru"]
    assert "baris 2" in first["results"][1]["error"]
    second = post(client, body, token, "application/x-ndjson").json()
    assert [r["status"] for r in second["results"]] == ["duplikat", "galat", "duplikat"]
    assert Activity.objects.count() == 2


@pytest.mark.parametrize("header", [None, "Bearer ntr_salah", "Basic abc", "Bearer "])
def test_missing_or_wrong_token_is_401(client, world, header) -> None:
    kwargs = {"HTTP_AUTHORIZATION": header} if header else {}
    response = client.post(
        URL, data=json.dumps([SUPPORT]), content_type="application/json", **kwargs
    )
    assert response.status_code == 401
    assert "Token" in response.json()["error"] or "Authorization" in response.json()["error"]
    assert not Activity.objects.exists()


def test_revoked_token_is_refused(client, token) -> None:
    token_revoke(name="pengumpul-fb")
    assert post(client, json.dumps([SUPPORT]), token).status_code == 401


def test_garbage_body_and_empty_body_are_400(client, token) -> None:
    assert post(client, "[{broken", token).status_code == 400
    assert post(client, "", token).status_code == 400
    assert post(client, b"\xff\xfe", token, "application/octet-stream").status_code == 400


def test_too_many_records_is_413(client, token, settings) -> None:
    settings.NETRA_API_MAX_RECORDS = 2
    response = post(client, json.dumps([SUPPORT] * 3), token)
    assert response.status_code == 413 and not Activity.objects.exists()


def test_get_is_not_allowed(client, token) -> None:
    assert client.get(URL, HTTP_AUTHORIZATION=f"Bearer {token}").status_code == 405


def test_token_is_stored_hashed(token) -> None:
    from netra.monitoring.models import ApiToken

    row = ApiToken.objects.get(name="pengumpul-fb")
    assert token not in row.digest and len(row.digest) == 64
