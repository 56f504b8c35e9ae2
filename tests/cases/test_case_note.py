"""POST /kasus/<pk>/catatan/: a note on the case timeline, audited."""

from __future__ import annotations

from django.urls import reverse

from netra.audit.models import AuditEntry
from netra.cases.models import Case, EventKind
from tests.cases.conftest import case_in, messages_of

NOTE = "Kepala sekolah dihubungi lewat telepon; ASN dijadwalkan hadir Senin."


def url(case: Case) -> str:
    return reverse("case_note", args=[case.pk])


def notes(case: Case) -> list[str]:
    return list(case.events.filter(kind=EventKind.NOTE).values_list("note", flat=True))


def test_anonymous_redirected_to_login(client, world) -> None:
    case = case_in(world, "klarifikasi")
    response = client.post(url(case), {"note": NOTE})
    assert response.status_code == 302
    assert response["Location"].startswith(reverse("login"))
    assert notes(case) == []


def test_get_not_allowed(client, world) -> None:
    case = case_in(world, "klarifikasi")
    client.force_login(world.monitor)
    assert client.get(url(case)).status_code == 405


def test_outsider_monitor_gets_404(client, world) -> None:
    case = case_in(world, "klarifikasi")
    client.force_login(world.other_monitor)
    assert client.post(url(case), {"note": NOTE}).status_code == 404
    assert notes(case) == []


def test_viewer_gets_403(client, world) -> None:
    case = case_in(world, "klarifikasi")
    client.force_login(world.viewer)
    assert client.post(url(case), {"note": NOTE}).status_code == 403
    assert notes(case) == []


def test_empty_note_refused(client, world) -> None:
    case = case_in(world, "klarifikasi")
    client.force_login(world.monitor)
    response = client.post(url(case), {"note": "  \n "})
    assert response.status_code == 302
    assert messages_of(response) == ["Catatan kosong."]
    assert notes(case) == []


def test_note_added_and_audited(client, world) -> None:
    case = case_in(world, "klarifikasi")
    client.force_login(world.monitor)
    response = client.post(url(case), {"note": f"  {NOTE}  "})
    assert response.status_code == 302
    assert response["Location"] == reverse("case_detail", args=[case.pk])
    assert notes(case) == [NOTE]
    assert case.events.get(kind=EventKind.NOTE).actor == world.monitor
    entry = AuditEntry.objects.get(action="case.note")
    assert (entry.actor, entry.object_id, entry.detail) == (
        world.monitor.username,
        str(case.pk),
        {"note": NOTE},
    )


def test_notes_allowed_on_a_closed_case(client, world) -> None:
    case = case_in(world, "selesai")
    client.force_login(world.satgas)
    client.post(url(case), {"note": "Sanksi dipantau kembali bulan Desember."})
    assert notes(case) == ["Sanksi dipantau kembali bulan Desember."]
