"""Helpers for the portal tests: a fresh evidence folder, real images, a filled-in report form."""

from __future__ import annotations

import io
import re
from pathlib import Path

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from PIL import Image

CODE_RE = re.compile(r"NTR(?:-[0-9A-Z]{4}){4}")

REPORT = {
    "what": "Guru SD memasang stiker BARA nomor 2 di mobil dinas dan mengajak wali murid memilih "
    "Bagus-Ratna saat rapat komite.",
    "happened_on": "2024-10-10",
    "happened_time": "09:30",
    "place": "SD Negeri 1 Sidomulyo, Jl. Melati 3",
    "subject_name": "Bu Sri Wahyuni",
    "subject_office": "SD Negeri 1 Sidomulyo",
    "subject_nip": "",
    "links": "https://www.facebook.com/sri.wahyuni85/posts/123",
    "identity": "anonim",
}


@pytest.fixture(autouse=True)
def evidence_dir(settings, tmp_path) -> Path:
    """Evidence files go to a fresh directory for each test."""
    settings.EVIDENCE_ROOT = tmp_path / "bukti"
    return settings.EVIDENCE_ROOT


def stored_files(root: Path) -> list[Path]:
    return sorted(p for p in root.rglob("*") if p.is_file()) if root.exists() else []


def jpeg_with_gps(size=(64, 48), orientation: int | None = None) -> bytes:
    """A JPEG carrying camera make/model and a GPS position in its EXIF, as phones write them."""
    image = Image.new("RGB", size, "blue")
    exif = image.getexif()
    exif[0x010F] = "Samsung"
    exif[0x0110] = "SM-A546E"
    if orientation:
        exif[0x0112] = orientation
    exif[0x8825] = {1: "S", 2: (6.0, 10.0, 30.0), 3: "E", 4: (106.0, 49.0, 12.0)}
    out = io.BytesIO()
    image.save(out, "JPEG", exif=exif, comment=b"lokasi rumah pelapor")
    return out.getvalue()


def png_bytes(size=(40, 30), color="red") -> bytes:
    out = io.BytesIO()
    Image.new("RGB", size, color).save(out, "PNG")
    return out.getvalue()


def pdf_bytes() -> bytes:
    return (
        b"%PDF-1.4\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj\n"
        b"2 0 obj<</Type/Pages/Kids[]/Count 0>>endobj\ntrailer<</Root 1 0 R>>\n%%EOF\n"
    )


def exe_bytes() -> bytes:
    """The start of a Windows executable (MZ header); filetype calls it application/x-msdownload."""
    return b"MZ\x90\x00\x03\x00\x00\x00\x04\x00\x00\x00\xff\xff\x00\x00" + b"\x00" * 200


def upload(name: str, data: bytes, content_type: str = "application/octet-stream"):
    return SimpleUploadedFile(name, data, content_type=content_type)


def submit(client, files=(), **fields):
    """POST the report form with REPORT (overridden by `fields`) and `files`."""
    data = {**REPORT, **fields}
    if files:
        data["files"] = list(files)
    return client.post("/lapor/", data)


def receipt_code(client) -> str:
    """Follow the redirect to the one-time receipt and read the code off the page."""
    page = client.get("/lapor/tanda-terima/").content.decode()
    match = CODE_RE.search(page)
    assert match, "kode pelacakan tidak tampil di tanda terima"
    return match.group(0)


def submit_ok(client, files=(), **fields) -> str:
    response = submit(client, files=files, **fields)
    assert response.status_code == 302, response.content.decode()[:2000]
    assert response["Location"] == "/lapor/tanda-terima/"
    return receipt_code(client)


def status_of(client, code: str) -> str:
    response = client.post("/lapor/status/", {"code": code})
    assert response.status_code == 200
    match = re.search(r'data-public-state="([a-z_]+)"', response.content.decode())
    return match.group(1) if match else ""
