"""GET /kasus/<pk>/: the case page, its buttons per role, and an audit entry per view."""

from __future__ import annotations

import io

from django.urls import reverse

from netra.audit.models import AuditEntry
from netra.cases.models import Case
from netra.cases.services import case_add_findings, case_note, case_open, evidence_attach
from tests.cases.conftest import add_sanction, case_in
from tests.factories import forbidden_finding, png_bytes


def url(case: Case) -> str:
    return reverse("case_detail", args=[case.pk])


def views_of(case: Case) -> list[str]:
    return list(
        AuditEntry.objects.filter(action="case.view", object_id=str(case.pk)).values_list(
            "actor", flat=True
        )
    )


def test_anonymous_redirected_to_login(client, world) -> None:
    case = case_in(world, "baru")
    response = client.get(url(case))
    assert response.status_code == 302
    assert response["Location"].startswith(reverse("login"))
    assert views_of(case) == []


def test_outsider_monitor_gets_404(client, world) -> None:
    case = case_in(world, "baru")
    client.force_login(world.other_monitor)
    assert client.get(url(case)).status_code == 404
    assert views_of(case) == []


def test_viewer_gets_403(client, world) -> None:
    case = case_in(world, "baru")
    client.force_login(world.viewer)
    assert client.get(url(case)).status_code == 403
    assert views_of(case) == []


def test_missing_case_is_404(client, world) -> None:
    client.force_login(world.satgas)
    assert client.get(reverse("case_detail", args=[99999])).status_code == 404


def test_monitor_sees_the_case_and_the_view_is_audited(client, world, evidence_dir) -> None:
    finding = forbidden_finding(world)
    case = case_in(world, "baru")
    case_add_findings(actor=world.satgas, case=case, findings=[finding])
    case_note(actor=world.satgas, case=case, note="Pelapor mengirim tangkapan layar lewat WA.")
    evidence = evidence_attach(
        actor=world.satgas, case=case, upload=io.BytesIO(png_bytes()), name="wa-pelapor.png"
    )
    client.force_login(world.monitor)
    response = client.get(url(case))
    assert response.status_code == 200
    page = response.content.decode()
    assert case.number in page and "Dugaan dukungan paslon di Facebook" in page
    assert "Sri Wahyuni" in page and "198503122010012003" in page
    assert "Telaah awal" in page  # the hint of state `baru`
    assert f"#{finding.pk}" in page
    assert "Pelapor mengirim tangkapan layar lewat WA." in page
    assert "wa-pelapor.png" in page and evidence.sha256 in page
    assert reverse("evidence_download", args=[evidence.pk]) in page
    assert views_of(case) == [world.monitor.username]


def test_monitor_gets_only_the_clarification_button(client, world) -> None:
    case = case_in(world, "klarifikasi")
    client.force_login(world.monitor)
    page = client.get(url(case)).content.decode()
    assert "Catat hasil klarifikasi" in page
    assert "Nyatakan tidak terbukti" not in page and "Hentikan kasus" not in page


def test_satgas_gets_every_button_of_the_state(client, world) -> None:
    case = case_in(world, "verifikasi")
    client.force_login(world.satgas)
    page = client.get(url(case)).content.decode()
    for label in (
        "Kembalikan ke klarifikasi",
        "Nyatakan terbukti",
        "Nyatakan tidak terbukti",
        "Hentikan kasus",
    ):
        assert label in page


def test_sanction_form_for_satgas_once_forwarded(client, world) -> None:
    early = case_in(world, "rekomendasi")
    forwarded = case_in(world, "diteruskan")
    client.force_login(world.satgas)
    assert reverse("case_sanction", args=[early.pk]) not in client.get(url(early)).content.decode()
    page = client.get(url(forwarded)).content.decode()
    assert reverse("case_sanction", args=[forwarded.pk]) in page
    assert "Catat putusan PPK" in page

    client.force_login(world.monitor)
    page = client.get(url(forwarded)).content.decode()
    assert reverse("case_sanction", args=[forwarded.pk]) not in page


def test_recorded_sanction_is_shown(client, world) -> None:
    case = case_in(world, "putusan")
    add_sanction(case, carried_out=None)
    client.force_login(world.monitor)
    page = client.get(url(case)).content.decode()
    assert "Ringan: teguran tertulis" in page and "PP 94/2021" in page
    assert "800.1.6.4/117/BKPSDM/2024" in page
    assert "belum diketahui" in page


def test_overdue_case_is_flagged(client, world) -> None:
    case = case_in(world, "klarifikasi")
    Case.objects.filter(pk=case.pk).update(deadline="2024-10-01T09:00:00+07:00")
    client.force_login(world.satgas)
    assert "lewat tenggat!" in client.get(url(case)).content.decode()


def test_subject_only_case(client, world) -> None:
    case = case_open(
        actor=world.monitor, title="Laporan warga", subject="Kepala SD, nama belum diketahui"
    )
    client.force_login(world.monitor)
    page = client.get(url(case)).content.decode()
    assert "Kepala SD, nama belum diketahui" in page
    assert "belum dicocokkan dengan daftar ASN" in page
