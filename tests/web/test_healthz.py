"""GET /healthz: liveness with a database round trip, no login needed."""

from __future__ import annotations

from unittest import mock

import pytest
from django.db import OperationalError


@pytest.mark.django_db
def test_ok(client) -> None:
    response = client.get("/healthz")
    assert response.status_code == 200 and response.json() == {"status": "ok", "database": True}


@pytest.mark.django_db
def test_database_down_is_503(client) -> None:
    with mock.patch("netra.web.views.connection.cursor", side_effect=OperationalError("mati")):
        response = client.get("/healthz")
    assert response.status_code == 503 and response.json()["database"] is False


@pytest.mark.django_db
def test_post_not_allowed(client) -> None:
    assert client.post("/healthz").status_code == 405
