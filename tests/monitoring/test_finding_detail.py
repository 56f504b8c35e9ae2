"""GET /temuan/<pk>/: the finding with its highlighted evidence, reasons and legal basis."""

from __future__ import annotations

from netra.audit.models import AuditEntry
from tests.factories import forbidden_finding


def test_anonymous_redirected(client, world) -> None:
    finding = forbidden_finding(world)
    assert client.get(f"/temuan/{finding.pk}/").status_code == 302


def test_viewer_refused_and_outsider_gets_404(client, world) -> None:
    finding = forbidden_finding(world)
    client.force_login(world.viewer)
    assert client.get(f"/temuan/{finding.pk}/").status_code == 403
    client.force_login(world.other_monitor)
    assert client.get(f"/temuan/{finding.pk}/").status_code == 404


def test_page_shows_reasons_basis_and_person_and_is_audited(client, world) -> None:
    finding = forbidden_finding(world)
    client.force_login(world.monitor)
    page = client.get(f"/temuan/{finding.pk}/").content.decode()
    assert "198503122010012003" in page and "<mark>" in page
    assert "PP 94/2021" in page or "SKB" in page
    assert finding.reasons[0]["rule"] in page
    assert AuditEntry.objects.filter(
        action="finding.view", object_id=str(finding.pk), actor="pemantau_disdik"
    ).exists()


def test_missing_finding_is_404(client, world) -> None:
    client.force_login(world.satgas)
    assert client.get("/temuan/99999/").status_code == 404
