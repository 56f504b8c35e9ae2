"""GET /kasus/bukti/<pk>/: the stored file, to in-scope users only, byte for byte, audited."""

from __future__ import annotations

import io

import pytest
from django.urls import reverse

from netra.audit.models import AuditEntry
from netra.cases.models import Evidence
from netra.cases.services import evidence_attach
from tests.cases.conftest import case_in
from tests.factories import forbidden_finding, png_bytes

pytestmark = pytest.mark.usefixtures("evidence_dir")

DATA = png_bytes((12, 12), "green")


def url(evidence: Evidence) -> str:
    return reverse("evidence_download", args=[evidence.pk])


@pytest.fixture
def evidence(world) -> Evidence:
    """A PNG attached to a case about the teacher (Dinas Pendidikan → SD)."""
    return evidence_attach(
        actor=world.satgas,
        case=case_in(world, "klarifikasi"),
        upload=io.BytesIO(DATA),
        name="tangkapan-layar.png",
    )


def body(response) -> bytes:
    content = b"".join(response.streaming_content)
    return content


def downloads() -> list[AuditEntry]:
    return list(AuditEntry.objects.filter(action="evidence.download"))


def test_anonymous_redirected_to_login(client, evidence) -> None:
    response = client.get(url(evidence))
    assert response.status_code == 302
    assert response["Location"].startswith(reverse("login"))
    assert downloads() == []


def test_outsider_monitor_gets_404(client, world, evidence) -> None:
    client.force_login(world.other_monitor)
    assert client.get(url(evidence)).status_code == 404
    assert downloads() == []


def test_viewer_gets_403(client, world, evidence) -> None:
    client.force_login(world.viewer)
    assert client.get(url(evidence)).status_code == 403
    assert downloads() == []


@pytest.mark.parametrize("who", ["monitor", "satgas", "admin"])
def test_in_scope_user_gets_identical_bytes_and_is_audited(client, world, evidence, who) -> None:
    user = getattr(world, who)
    client.force_login(user)
    response = client.get(url(evidence))
    assert response.status_code == 200
    assert body(response) == DATA
    assert response["Content-Type"] == "image/png"
    assert response["Content-Disposition"] == (
        f'attachment; filename="bukti-{evidence.pk}-{evidence.sha256[:12]}"'
    )
    assert response["X-Content-Type-Options"] == "nosniff"
    [entry] = downloads()
    assert (entry.actor, entry.object_type, entry.object_id) == (
        user.username,
        "cases.evidence",
        str(evidence.pk),
    )


def test_evidence_on_a_finding_follows_the_findings_scope(client, world) -> None:
    finding = forbidden_finding(world, asn=world.perawat)
    attached = evidence_attach(
        actor=world.other_monitor, finding=finding, upload=io.BytesIO(DATA), name="ig.png"
    )
    client.force_login(world.monitor)
    assert client.get(url(attached)).status_code == 404
    client.force_login(world.other_monitor)
    response = client.get(url(attached))
    assert response.status_code == 200
    assert body(response) == DATA


def test_link_evidence_has_nothing_to_download(client, world) -> None:
    link = evidence_attach(
        actor=world.satgas,
        case=case_in(world, "klarifikasi"),
        url="https://www.tiktok.com/@guru.sd/video/7412345678901234567",
    )
    client.force_login(world.satgas)
    assert client.get(url(link)).status_code == 404


def test_missing_evidence_is_404(client, world) -> None:
    client.force_login(world.satgas)
    assert client.get(reverse("evidence_download", args=[99999])).status_code == 404
