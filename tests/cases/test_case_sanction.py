"""POST /kasus/<pk>/sanksi/: the PPK's decision, satgas only, once the case is forwarded."""

from __future__ import annotations

from django.urls import reverse

from netra.audit.models import AuditEntry
from netra.cases.models import Case, EventKind, Sanction
from tests.cases.conftest import case_in, messages_of

DECISION = {
    "kind": "ringan_tertulis",
    "official": "Wali Kota Sidomulyo selaku PPK",
    "letter_number": "800.1.6.4/117/BKPSDM/2024",
    "letter_date": "2024-11-04",
    "carried_out": "unknown",
    "carried_out_on": "",
}


def url(case: Case) -> str:
    return reverse("case_sanction", args=[case.pk])


def test_anonymous_redirected_to_login(client, world) -> None:
    case = case_in(world, "diteruskan")
    response = client.post(url(case), DECISION)
    assert response.status_code == 302
    assert response["Location"].startswith(reverse("login"))
    assert not Sanction.objects.exists()


def test_get_not_allowed(client, world) -> None:
    case = case_in(world, "diteruskan")
    client.force_login(world.satgas)
    assert client.get(url(case)).status_code == 405


def test_outsider_monitor_gets_404(client, world) -> None:
    case = case_in(world, "diteruskan")
    client.force_login(world.other_monitor)
    assert client.post(url(case), DECISION).status_code == 404
    assert not Sanction.objects.exists()


def test_viewer_gets_403(client, world) -> None:
    case = case_in(world, "diteruskan")
    client.force_login(world.viewer)
    assert client.post(url(case), DECISION).status_code == 403
    assert not Sanction.objects.exists()


def test_monitor_of_the_opd_cannot_record_a_sanction(client, world) -> None:
    case = case_in(world, "diteruskan")
    client.force_login(world.monitor)
    response = client.post(url(case), DECISION)
    assert response.status_code == 302
    assert messages_of(response) == ["Hanya Satgas yang mencatat sanksi."]
    assert not Sanction.objects.exists()


def test_not_before_the_case_is_forwarded(client, world) -> None:
    client.force_login(world.satgas)
    for state in ("baru", "klarifikasi", "verifikasi", "rekomendasi", "selesai"):
        case = case_in(world, state)
        response = client.post(url(case), DECISION)
        assert messages_of(response) == [
            "Sanksi dicatat setelah kasus diteruskan ke Bawaslu/BKN."
        ], state
    assert not Sanction.objects.exists()


def test_satgas_records_the_decision(client, world) -> None:
    case = case_in(world, "diteruskan")
    client.force_login(world.satgas)
    response = client.post(url(case), DECISION)
    assert response.status_code == 302
    assert response["Location"] == reverse("case_detail", args=[case.pk])
    assert messages_of(response) == ["Putusan sanksi tersimpan."]
    sanction = Sanction.objects.get(case=case)
    assert sanction.get_kind_display() == "Ringan: teguran tertulis"
    assert sanction.regulation == "PP 94/2021"
    assert sanction.carried_out is None and sanction.recorded_by == world.satgas
    event = case.events.get(kind=EventKind.SANCTION)
    assert event.note == "Ringan: teguran tertulis — 800.1.6.4/117/BKPSDM/2024"
    assert AuditEntry.objects.filter(action="sanction.record", object_id=str(case.pk)).exists()


def test_correcting_the_decision_updates_it(client, world) -> None:
    case = case_in(world, "diteruskan")
    client.force_login(world.satgas)
    client.post(url(case), DECISION)
    Case.objects.filter(pk=case.pk).update(state="putusan")
    client.post(url(case), {**DECISION, "carried_out": "true", "carried_out_on": "2024-11-11"})
    sanction = Sanction.objects.get(case=case)
    assert sanction.carried_out is True
    assert str(sanction.carried_out_on) == "2024-11-11"
    assert AuditEntry.objects.filter(action="sanction.update").count() == 1
    notes = list(case.events.filter(kind=EventKind.SANCTION).values_list("note", flat=True))
    assert notes[-1].endswith("(dilaksanakan)")


def test_moral_sanction_cites_pp_42_2004(client, world) -> None:
    case = case_in(world, "diteruskan")
    client.force_login(world.satgas)
    client.post(url(case), {**DECISION, "kind": "moral_terbuka"})
    assert Sanction.objects.get(case=case).regulation == "PP 42/2004"


def test_empty_form_errors_are_in_indonesian(client, world) -> None:
    case = case_in(world, "diteruskan")
    client.force_login(world.satgas)
    response = client.post(url(case), {})
    shown = messages_of(response)
    assert "Jenis sanksi: Bidang ini tidak boleh kosong." in shown
    assert "Pejabat yang memutus: Bidang ini tidak boleh kosong." in shown
    assert "Nomor surat keputusan: Bidang ini tidak boleh kosong." in shown
    assert "Tanggal surat keputusan: Bidang ini tidak boleh kosong." in shown
    assert not any("required" in m for m in shown)
    assert not Sanction.objects.exists()


def test_invalid_values_are_explained_in_indonesian(client, world) -> None:
    case = case_in(world, "diteruskan")
    client.force_login(world.satgas)
    response = client.post(url(case), {**DECISION, "kind": "denda", "letter_date": "31/02/2024"})
    shown = " ".join(messages_of(response))
    assert "Masukkan pilihan yang valid" in shown
    assert "Masukkan tanggal yang valid" in shown
    assert "valid choice" not in shown and "Enter a valid" not in shown
    assert not Sanction.objects.exists()


def test_carried_out_needs_a_date(client, world) -> None:
    case = case_in(world, "diteruskan")
    client.force_login(world.satgas)
    response = client.post(url(case), {**DECISION, "carried_out": "true"})
    assert messages_of(response) == ["Tanggal pelaksanaan: Isi tanggal pelaksanaan sanksi."]
    assert not Sanction.objects.exists()
