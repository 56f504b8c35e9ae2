"""Uploaded files: type from content, images re-encoded without metadata, bombs and junk refused."""

from __future__ import annotations

import io

import pytest
from PIL import Image, ImageCms

from netra.cases.evidence_store import EvidenceRejected
from netra.portal.files import FileWriter, prepare_upload, reencode_image
from tests.portal.conftest import exe_bytes, jpeg_with_gps, pdf_bytes, png_bytes, upload


def _open(data: bytes) -> Image.Image:
    return Image.open(io.BytesIO(data))


def test_jpeg_loses_exif_gps_and_comment_and_is_turned_upright() -> None:
    original = jpeg_with_gps(size=(64, 48), orientation=6)
    assert _open(original).getexif().get_ifd(0x8825)  # the fixture really carries GPS
    data, content_type = reencode_image(original, "foto.jpg")
    assert content_type == "image/jpeg"
    image = _open(data)
    assert image.format == "JPEG"
    assert dict(image.getexif()) == {}
    assert image.getexif().get_ifd(0x8825) == {}
    assert "exif" not in image.info and "comment" not in image.info and "xmp" not in image.info
    assert b"Exif" not in data and b"Samsung" not in data and b"lokasi rumah" not in data
    assert image.size == (48, 64)  # orientation 6 applied to the pixels before EXIF went away


def test_png_stays_png_without_text_chunks() -> None:
    from PIL import PngImagePlugin

    info = PngImagePlugin.PngInfo()
    info.add_text("Author", "Nama Pelapor")
    source = Image.new("RGBA", (20, 10), (255, 0, 0, 128))
    out = io.BytesIO()
    source.save(out, "PNG", pnginfo=info)
    data, content_type = reencode_image(out.getvalue(), "layar.png")
    assert content_type == "image/png"
    image = _open(data)
    assert image.mode == "RGBA" and image.getpixel((0, 0)) == (255, 0, 0, 128)
    assert b"Nama Pelapor" not in data and not image.text


def test_icc_profile_is_kept() -> None:
    profile = ImageCms.ImageCmsProfile(ImageCms.createProfile("sRGB")).tobytes()
    out = io.BytesIO()
    Image.new("RGB", (8, 8), "green").save(out, "JPEG", icc_profile=profile)
    data, _ = reencode_image(out.getvalue(), "warna.jpg")
    assert _open(data).info.get("icc_profile") == profile


def test_webp_and_gif_are_converted() -> None:
    webp = io.BytesIO()
    Image.new("RGB", (10, 10), "white").save(webp, "WEBP")
    assert reencode_image(webp.getvalue(), "a.webp")[1] == "image/jpeg"
    gif = io.BytesIO()
    Image.new("P", (10, 10)).save(gif, "GIF")
    assert reencode_image(gif.getvalue(), "a.gif")[1] == "image/png"


def test_decompression_bomb_is_refused(settings) -> None:
    settings.NETRA_PORTAL_MAX_IMAGE_PIXELS = 1_000_000
    bomb = png_bytes(size=(1200, 1000), color="white")  # 1.2 MP: over the limit, tiny file
    assert len(bomb) < 20_000
    with pytest.raises(EvidenceRejected, match="megapiksel"):
        reencode_image(bomb, "bom.png")
    huge = png_bytes(size=(2100, 1000), color="white")  # over twice the limit: Pillow's own error
    with pytest.raises(EvidenceRejected, match="megapiksel"):
        reencode_image(huge, "bom2.png")


def test_broken_image_is_refused() -> None:
    data = jpeg_with_gps()
    with pytest.raises(EvidenceRejected, match="rusak"):
        prepare_upload(upload("potong.jpg", data[:200]))


def test_executable_named_jpg_is_refused() -> None:
    with pytest.raises(EvidenceRejected, match="bukan dari namanya"):
        prepare_upload(upload("foto.jpg", exe_bytes(), "image/jpeg"))


def test_html_named_png_is_refused() -> None:
    with pytest.raises(EvidenceRejected):
        prepare_upload(upload("layar.png", b"<html><script>alert(1)</script></html>", "image/png"))


def test_heic_is_refused_with_advice() -> None:
    heic = b"\x00\x00\x00\x18ftypheic\x00\x00\x00\x00mif1heic" + b"\x00" * 64
    with pytest.raises(EvidenceRejected, match="HEIC"):
        prepare_upload(upload("IMG_0001.HEIC", heic))


def test_pdf_is_kept_as_is() -> None:
    prepared = prepare_upload(upload("surat.pdf", pdf_bytes()))
    assert prepared.content_type == "application/pdf"
    assert prepared.open().read() == pdf_bytes()


def test_writer_removes_only_what_it_created(evidence_dir) -> None:
    writer = FileWriter()
    stored = writer.store(prepare_upload(upload("a.pdf", pdf_bytes())))
    assert stored.path.exists()
    writer.discard()
    assert not stored.path.exists()
