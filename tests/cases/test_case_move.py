"""POST /kasus/<pk>/status/: one workflow move, with the role, scope and note checks of the service."""

from __future__ import annotations

from django.urls import reverse

from netra.audit.models import AuditEntry
from netra.cases.models import Case, EventKind
from tests.cases.conftest import case_in, messages_of


def url(case: Case) -> str:
    return reverse("case_move", args=[case.pk])


def test_anonymous_redirected_to_login(client, world) -> None:
    case = case_in(world, "baru")
    response = client.post(url(case), {"to": "klarifikasi"})
    assert response.status_code == 302
    assert response["Location"].startswith(reverse("login"))
    case.refresh_from_db()
    assert case.state == "baru"


def test_get_not_allowed(client, world) -> None:
    case = case_in(world, "baru")
    client.force_login(world.satgas)
    assert client.get(url(case)).status_code == 405


def test_outsider_monitor_gets_404(client, world) -> None:
    case = case_in(world, "baru")
    client.force_login(world.other_monitor)
    assert client.post(url(case), {"to": "klarifikasi"}).status_code == 404
    case.refresh_from_db()
    assert case.state == "baru"


def test_viewer_gets_403(client, world) -> None:
    case = case_in(world, "baru")
    client.force_login(world.viewer)
    assert client.post(url(case), {"to": "klarifikasi"}).status_code == 403
    case.refresh_from_db()
    assert case.state == "baru"


def test_missing_case_is_404(client, world) -> None:
    client.force_login(world.satgas)
    assert client.post(reverse("case_move", args=[99999]), {"to": "klarifikasi"}).status_code == 404


def test_monitor_starts_clarification(client, world) -> None:
    case = case_in(world, "baru")
    client.force_login(world.monitor)
    response = client.post(url(case), {"to": "klarifikasi"})
    assert response.status_code == 302
    assert response["Location"] == reverse("case_detail", args=[case.pk])
    assert messages_of(response) == ["Status kasus kini: Klarifikasi."]
    case.refresh_from_db()
    assert case.state == "klarifikasi"
    event = case.events.get(kind=EventKind.TRANSITION)
    assert (event.from_state, event.to_state, event.actor) == ("baru", "klarifikasi", world.monitor)
    assert AuditEntry.objects.filter(
        action="case.transition", actor=world.monitor.username
    ).exists()


def test_required_note_is_enforced_with_a_message(client, world) -> None:
    case = case_in(world, "klarifikasi")
    client.force_login(world.monitor)
    response = client.post(url(case), {"to": "verifikasi", "note": "   "})
    assert response.status_code == 302
    assert messages_of(response) == ["Hasil klarifikasi wajib diisi."]
    case.refresh_from_db()
    assert case.state == "klarifikasi"

    response = client.post(
        url(case), {"to": "verifikasi", "note": "ASN hadir, mengakui unggahan tanggal 10 Oktober."}
    )
    case.refresh_from_db()
    assert case.state == "verifikasi"
    assert case.events.get(kind=EventKind.TRANSITION).note.startswith("ASN hadir")


def test_monitor_cannot_declare_proven(client, world) -> None:
    case = case_in(world, "verifikasi")
    client.force_login(world.monitor)
    response = client.post(url(case), {"to": "rekomendasi", "note": "Terbukti."})
    assert messages_of(response) == ["Peran Anda tidak boleh melakukan langkah ini."]
    case.refresh_from_db()
    assert case.state == "verifikasi"


def test_a_move_not_in_the_workflow_is_refused(client, world) -> None:
    case = case_in(world, "baru")
    client.force_login(world.satgas)
    response = client.post(url(case), {"to": "selesai", "note": "Langsung tutup."})
    assert messages_of(response) == ["Kasus berstatus Baru tidak dapat dipindah ke Selesai."]
    case.refresh_from_db()
    assert case.state == "baru"


def test_missing_or_unknown_target(client, world) -> None:
    case = case_in(world, "baru")
    client.force_login(world.satgas)
    assert "tidak dikenal" in messages_of(client.post(url(case), {}))[0]
    assert "tidak dikenal" in messages_of(client.post(url(case), {"to": "arsip"}))[0]
    case.refresh_from_db()
    assert case.state == "baru"


def test_satgas_stops_a_case(client, world) -> None:
    case = case_in(world, "rekomendasi")
    client.force_login(world.satgas)
    client.post(url(case), {"to": "dihentikan", "note": "Laporan dicabut pelapor."})
    case.refresh_from_db()
    assert case.state == "dihentikan" and case.deadline is None
