"""GET /temuan/: the triage queue, scoped by role, most severe and oldest first, filtered."""

from __future__ import annotations

from netra.monitoring.models import Finding
from tests.factories import forbidden_finding, ingest

URL = "/temuan/"


def test_anonymous_is_sent_to_login(client, world) -> None:
    response = client.get(URL)
    assert response.status_code == 302 and "/akun/masuk/" in response["Location"]


def test_viewer_is_refused(client, world) -> None:
    client.force_login(world.viewer)
    assert client.get(URL).status_code == 403


def test_monitor_sees_own_opd_subtree_only(client, world) -> None:
    mine = forbidden_finding(world)  # the teacher, in an SD under Dinas Pendidikan
    theirs = forbidden_finding(world, asn=world.perawat)
    client.force_login(world.monitor)
    page = client.get(URL).content.decode()
    assert f"/temuan/{mine.pk}/" in page
    assert f"/temuan/{theirs.pk}/" not in page and "Dewi Lestari" not in page


def test_satgas_sees_all_and_evidence_is_highlighted(client, world) -> None:
    forbidden_finding(world)
    forbidden_finding(world, asn=world.perawat)
    client.force_login(world.satgas)
    page = client.get(URL).content.decode()
    assert "Sri Wahyuni" in page and "Dewi Lestari" in page
    assert "<mark>" in page


def test_order_is_most_severe_then_oldest(client, world) -> None:
    grey = ingest(
        {
            "id": "g1",
            "action": "react",
            "platform": "facebook",
            "author": "sri.wahyuni85",
            "target_text": "Bagus Santoso: Selamat Hari Raya Idul Fitri, mohon maaf lahir dan batin",
            "created_at": "2024-10-01T08:00:00+07:00",
        }
    )[0]
    old = forbidden_finding(world, n=1)
    new = forbidden_finding(world, n=2)
    assert Finding.objects.get(pk=grey.finding).severity == 0
    client.force_login(world.satgas)
    page = client.get(URL).content.decode()
    positions = [page.index(f"/temuan/{pk}/") for pk in (old.pk, new.pk, grey.finding)]
    assert positions == sorted(positions)


def test_filters_by_code_verdict_and_opd(client, world) -> None:
    support = forbidden_finding(world)
    other = forbidden_finding(world, asn=world.perawat)
    client.force_login(world.satgas)
    page = client.get(URL, {"opd": world.kesehatan.pk}).content.decode()
    assert f"/temuan/{other.pk}/" in page and f"/temuan/{support.pk}/" not in page
    page = client.get(URL, {"code": "state_resources"}).content.decode()
    assert f"/temuan/{support.pk}/" not in page
    page = client.get(URL, {"verdict": "grey"}).content.decode()
    assert f"/temuan/{support.pk}/" not in page


def test_monitor_cannot_filter_into_another_opd(client, world) -> None:
    theirs = forbidden_finding(world, asn=world.perawat)
    client.force_login(world.monitor)
    page = client.get(URL, {"opd": world.kesehatan.pk}).content.decode()
    assert f"/temuan/{theirs.pk}/" not in page


def test_paging_without_count(client, world) -> None:
    for n in range(55):
        forbidden_finding(world, n=n)
    client.force_login(world.satgas)
    first = client.get(URL).content.decode()
    assert "Berikutnya" in first
    second = client.get(URL, {"hal": 2}).content.decode()
    assert second.count('name="ids"') == 5 and "Sebelumnya" in second
