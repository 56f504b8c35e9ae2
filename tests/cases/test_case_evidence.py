"""POST /kasus/<pk>/bukti/: a file (type sniffed from content, stored by SHA-256) or a link."""

from __future__ import annotations

import hashlib
import os
import stat

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.urls import reverse

from netra.audit.models import AuditEntry
from netra.cases.evidence_store import path_for, verify_file
from netra.cases.models import Case, EventKind, Evidence
from tests.cases.conftest import case_in, messages_of
from tests.factories import png_bytes

LINK = "https://www.facebook.com/sri.wahyuni85/posts/1234567890"

pytestmark = pytest.mark.usefixtures("evidence_dir")


def url(case: Case) -> str:
    return reverse("case_evidence", args=[case.pk])


def png_upload(data: bytes | None = None, name: str = "tangkapan-layar.png") -> SimpleUploadedFile:
    return SimpleUploadedFile(name, data or png_bytes(), content_type="image/png")


def stored_files(root) -> list:
    return [p for p in root.rglob("*") if p.is_file()] if root.exists() else []


def test_anonymous_redirected_to_login(client, world) -> None:
    case = case_in(world, "klarifikasi")
    response = client.post(url(case), {"file": png_upload()})
    assert response.status_code == 302
    assert response["Location"].startswith(reverse("login"))
    assert not Evidence.objects.exists()


def test_get_not_allowed(client, world) -> None:
    case = case_in(world, "klarifikasi")
    client.force_login(world.monitor)
    assert client.get(url(case)).status_code == 405


def test_outsider_monitor_gets_404(client, world, evidence_dir) -> None:
    case = case_in(world, "klarifikasi")
    client.force_login(world.other_monitor)
    assert client.post(url(case), {"file": png_upload()}).status_code == 404
    assert not Evidence.objects.exists()
    assert stored_files(evidence_dir) == []


def test_viewer_gets_403(client, world, evidence_dir) -> None:
    case = case_in(world, "klarifikasi")
    client.force_login(world.viewer)
    assert client.post(url(case), {"file": png_upload()}).status_code == 403
    assert not Evidence.objects.exists()
    assert stored_files(evidence_dir) == []


def test_png_is_stored_by_its_sha256_and_read_only(client, world, evidence_dir) -> None:
    data = png_bytes((16, 9), "navy")
    case = case_in(world, "klarifikasi")
    client.force_login(world.monitor)
    response = client.post(
        url(case),
        {"file": png_upload(data), "description": "Unggahan 10 Oktober, sebelum dihapus"},
    )
    assert response.status_code == 302
    assert response["Location"] == reverse("case_detail", args=[case.pk])
    sha = hashlib.sha256(data).hexdigest()
    assert messages_of(response) == [f"Bukti tersimpan (SHA-256 {sha[:12]}…)."]

    evidence = Evidence.objects.get()
    assert (evidence.case, evidence.sha256, evidence.size) == (case, sha, len(data))
    assert evidence.content_type == "image/png"
    assert evidence.original_name == "tangkapan-layar.png"
    assert evidence.description == "Unggahan 10 Oktober, sebelum dihapus"
    assert evidence.uploaded_by == world.monitor

    path = path_for(sha)
    assert path.parent.parent == evidence_dir
    assert path.read_bytes() == data
    assert stat.S_IMODE(os.stat(path).st_mode) & 0o222 == 0  # nobody may write
    assert verify_file(sha)
    assert stored_files(evidence_dir) == [path]  # no temporary file left behind

    assert case.events.get(kind=EventKind.EVIDENCE).note == "tangkapan-layar.png"
    entry = AuditEntry.objects.get(action="evidence.attach")
    assert entry.detail["sha256"] == sha and entry.detail["case"] == case.pk


def test_same_content_twice_is_stored_once(client, world, evidence_dir) -> None:
    data = png_bytes()
    case = case_in(world, "klarifikasi")
    client.force_login(world.satgas)
    client.post(url(case), {"file": png_upload(data, "bukti-1.png")})
    client.post(url(case), {"file": png_upload(data, "bukti-2.png")})
    assert Evidence.objects.count() == 2
    assert len(stored_files(evidence_dir)) == 1


def test_text_file_named_png_is_refused(client, world, evidence_dir) -> None:
    fake = SimpleUploadedFile(
        "bukti.png", b"Ini bukan gambar, hanya catatan teks.\n" * 10, content_type="image/png"
    )
    case = case_in(world, "klarifikasi")
    client.force_login(world.monitor)
    response = client.post(url(case), {"file": fake})
    assert response.status_code == 302
    [message] = messages_of(response)
    assert "bukan gambar" in message and "'bukti.png'" in message
    assert not Evidence.objects.exists()
    assert not case.events.filter(kind=EventKind.EVIDENCE).exists()
    assert stored_files(evidence_dir) == []


def test_file_over_the_limit_is_refused(client, world, evidence_dir, settings) -> None:
    settings.NETRA_EVIDENCE_MAX_BYTES = 1000
    data = png_bytes((64, 64), "white") + os.urandom(2000)  # valid PNG header, 2 KB+
    case = case_in(world, "klarifikasi")
    client.force_login(world.monitor)
    response = client.post(url(case), {"file": png_upload(data, "besar.png")})
    [message] = messages_of(response)
    assert "lebih besar dari batas" in message
    assert not Evidence.objects.exists()
    assert stored_files(evidence_dir) == []

    small = png_bytes()
    assert len(small) < 1000
    client.post(url(case), {"file": png_upload(small, "kecil.png")})
    assert Evidence.objects.get().size == len(small)


def test_link_evidence(client, world, evidence_dir) -> None:
    case = case_in(world, "klarifikasi")
    client.force_login(world.monitor)
    response = client.post(url(case), {"url": LINK, "description": "Unggahan asli"})
    assert messages_of(response) == ["Tautan bukti tersimpan."]
    evidence = Evidence.objects.get()
    assert (evidence.url, evidence.sha256, evidence.is_file) == (LINK, "", False)
    assert case.events.get(kind=EventKind.EVIDENCE).note == LINK
    assert stored_files(evidence_dir) == []


def test_nothing_chosen_is_refused(client, world) -> None:
    case = case_in(world, "klarifikasi")
    client.force_login(world.monitor)
    response = client.post(url(case), {"description": "lupa lampiran"})
    assert messages_of(response) == ["Pilih berkas atau isi tautan."]
    assert not Evidence.objects.exists()


def test_bad_link_is_refused_in_indonesian(client, world) -> None:
    case = case_in(world, "klarifikasi")
    client.force_login(world.monitor)
    response = client.post(url(case), {"url": "bukan tautan"})
    assert "Masukkan URL yang valid." in " ".join(messages_of(response))
    assert not Evidence.objects.exists()
