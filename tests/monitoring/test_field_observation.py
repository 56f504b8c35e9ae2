"""GET/POST /temuan/lapangan/: a monitor's field observation becomes a finding with evidence."""

from __future__ import annotations

from django.core.files.uploadedfile import SimpleUploadedFile

from netra.cases.models import Evidence
from netra.monitoring.models import Finding
from tests.factories import png_bytes

URL = "/temuan/lapangan/"


def form(**extra):
    data = {
        "happened_at": "2024-10-12T14:30",
        "place": "Lapangan Merdeka Sidomulyo",
        "description": "Guru SD ikut kampanye akbar paslon BARA, memakai kaos nomor 2",
        "platform": "lapangan",
    }
    data.update(extra)
    return data


def test_viewer_refused(client, world) -> None:
    client.force_login(world.viewer)
    assert client.get(URL).status_code == 403


def test_monitor_records_observation_with_photo(client, world) -> None:
    client.force_login(world.monitor)
    photo = SimpleUploadedFile("foto.png", png_bytes(), content_type="image/png")
    response = client.post(URL, {**form(asn=world.guru.pk), "photos": [photo]})
    finding = Finding.objects.get()
    assert response["Location"] == f"/temuan/{finding.pk}/"
    assert finding.asn == world.guru and finding.activity.source == "lapangan"
    assert finding.verdict == "forbidden" and "campaign_involvement" in finding.codes
    evidence = Evidence.objects.get()
    assert evidence.finding == finding and evidence.content_type == "image/png"


def test_unremarkable_text_is_still_a_grey_finding(client, world) -> None:
    client.force_login(world.monitor)
    client.post(
        URL,
        form(
            person="Pria berseragam dinas, kantor kecamatan",
            description="Terlihat membagikan sesuatu ke warga",
        ),
    )
    finding = Finding.objects.get()
    assert finding.verdict == "grey" and finding.asn is None and finding.opd == world.pendidikan


def test_person_is_required(client, world) -> None:
    client.force_login(world.monitor)
    response = client.post(URL, form())
    assert "Pilih ASN dari daftar" in response.content.decode() and not Finding.objects.exists()


def test_monitor_cannot_pick_asn_of_another_opd(client, world) -> None:
    client.force_login(world.monitor)
    response = client.post(URL, form(asn=world.perawat.pk))
    assert response.status_code == 200 and not Finding.objects.exists()


def test_disguised_file_leaves_nothing_half_written(client, world) -> None:
    client.force_login(world.monitor)
    fake = SimpleUploadedFile("foto.jpg", b"MZ\x90\x00 bukan gambar", content_type="image/jpeg")
    response = client.post(URL, {**form(asn=world.guru.pk), "photos": [fake]})
    assert "bukan gambar" in response.content.decode()
    assert not Finding.objects.exists() and not Evidence.objects.exists()


def test_future_time_refused(client, world) -> None:
    client.force_login(world.monitor)
    response = client.post(URL, form(asn=world.guru.pk, happened_at="2099-01-01T10:00"))
    assert "masa depan" in response.content.decode()
