"""Files sent by the public: type from content, images re-encoded, then kept as case evidence.

Images (JPEG, PNG, WebP, GIF) are decoded with Pillow and drawn onto a fresh canvas, then saved as
JPEG (photos) or PNG (screenshots, transparency, GIF): EXIF (with GPS and camera serials), XMP,
comments and anything hidden after the image data are left behind; the ICC colour profile is kept
and the EXIF orientation is applied to the pixels first. Only the first frame of an animation is
kept. Decompression bombs are refused before decoding (NETRA_PORTAL_MAX_IMAGE_PIXELS). PDF and video
are checked by content and stored as they are. HEIC is refused (it carries metadata Pillow cannot
rewrite here); phones convert it to JPEG when the form asks for JPEG.

Nothing here is ever served back to the public; the workspace downloads files as attachments.
"""

from __future__ import annotations

import hashlib
import io
import logging
import warnings
from dataclasses import dataclass
from typing import IO

import filetype
from django.conf import settings
from PIL import Image, ImageOps, UnidentifiedImageError

from netra.cases.evidence_store import ALLOWED_TYPES, EvidenceRejected, path_for, store_file

logger = logging.getLogger(__name__)

IMAGE_TYPES = {"image/jpeg", "image/png", "image/webp", "image/gif"}
AS_IS_TYPES = {"application/pdf", "video/mp4", "video/quicktime", "video/webm", "video/3gpp"}
# What the file input offers; iOS converts HEIC photos to JPEG when HEIC is not in this list.
ACCEPT = ",".join(sorted(IMAGE_TYPES | AS_IS_TYPES))
KINDS_TEXT = "foto/gambar (JPEG, PNG, WebP, GIF), PDF, atau video pendek (MP4, MOV, WebM, 3GP)"

if not (IMAGE_TYPES | AS_IS_TYPES).issubset(ALLOWED_TYPES):  # the evidence store must keep them
    raise RuntimeError("portal file types missing from cases.evidence_store.ALLOWED_TYPES")


def limits() -> dict[str, int]:
    """The upload limits in force (settings.py, overridable by environment variables)."""
    return {
        "max_files": settings.NETRA_PORTAL_MAX_FILES,
        "max_file_mb": settings.NETRA_PORTAL_MAX_FILE_MB,
        "max_total_mb": settings.NETRA_PORTAL_MAX_TOTAL_MB,
        "max_file_bytes": settings.NETRA_PORTAL_MAX_FILE_MB * 1024 * 1024,
        "max_total_bytes": settings.NETRA_PORTAL_MAX_TOTAL_MB * 1024 * 1024,
    }


@dataclass
class PreparedFile:
    """An upload that passed every check, ready to store: clean bytes or the original stream."""

    name: str
    content_type: str
    sha256: str
    size: int
    data: bytes | None = None
    stream: IO[bytes] | None = None

    def open(self) -> IO[bytes]:
        if self.data is not None:
            return io.BytesIO(self.data)
        assert self.stream is not None
        self.stream.seek(0)
        return self.stream


def _sniff(upload: IO[bytes], name: str) -> str:
    upload.seek(0)
    head = upload.read(8192)
    upload.seek(0)
    kind = filetype.guess(head)
    mime = kind.mime if kind else None
    if mime == "image/heic":
        raise EvidenceRejected(
            f"Berkas {name!r} berformat HEIC. Kirim sebagai JPEG (di iPhone: Pengaturan › Kamera › "
            "Format › Paling Kompatibel), atau ambil tangkapan layar."
        )
    if mime not in IMAGE_TYPES | AS_IS_TYPES:
        raise EvidenceRejected(
            f"Berkas {name!r} tidak dapat diterima: isinya bukan {KINDS_TEXT}. Jenis berkas "
            "diperiksa dari isinya, bukan dari namanya."
        )
    return mime


def reencode_image(data: bytes, name: str) -> tuple[bytes, str]:
    """Decode and re-save an image without its metadata; (bytes, content type)."""
    Image.MAX_IMAGE_PIXELS = settings.NETRA_PORTAL_MAX_IMAGE_PIXELS
    too_big = EvidenceRejected(
        f"Gambar {name!r} terlalu besar ukuran pikselnya (batas "
        f"{settings.NETRA_PORTAL_MAX_IMAGE_PIXELS / 1_000_000:.0f} megapiksel). Kecilkan gambar "
        "atau kirim tangkapan layarnya."
    )
    broken = EvidenceRejected(f"Gambar {name!r} rusak atau tidak dapat dibaca.")
    try:
        with warnings.catch_warnings():
            # Above MAX_IMAGE_PIXELS Pillow only warns; make it a refusal like the 2x error.
            warnings.simplefilter("error", Image.DecompressionBombWarning)
            with Image.open(io.BytesIO(data)) as probe:
                probe.verify()
            with Image.open(io.BytesIO(data)) as image:
                if image.format not in {"JPEG", "PNG", "WEBP", "GIF"}:
                    raise broken
                image.seek(0)
                image.load()
                icc = image.info.get("icc_profile")
                as_png = image.format in {"PNG", "GIF"} or _has_alpha(image)
                upright = ImageOps.exif_transpose(image) or image
                if as_png and _has_alpha(upright):
                    mode = "RGBA"
                else:
                    mode = "L" if upright.mode == "L" else "RGB"
                converted = upright.convert(mode)
                # A fresh canvas: only pixels cross over, never info, EXIF, XMP or text chunks.
                clean = Image.new(mode, converted.size)
                clean.paste(converted)
    except EvidenceRejected:
        raise
    except (Image.DecompressionBombError, Image.DecompressionBombWarning):
        raise too_big from None
    except (UnidentifiedImageError, OSError, SyntaxError, ValueError, EOFError, MemoryError):
        raise broken from None
    out = io.BytesIO()
    options = {"icc_profile": icc} if icc else {}
    if as_png:
        clean.save(out, format="PNG", **options)
        return out.getvalue(), "image/png"
    clean.save(out, format="JPEG", quality=90, **options)
    return out.getvalue(), "image/jpeg"


def _has_alpha(image: Image.Image) -> bool:
    return image.mode in {"RGBA", "LA", "PA"} or (
        image.mode == "P" and "transparency" in image.info
    )


def prepare_upload(upload, name: str | None = None) -> PreparedFile:
    """Check one uploaded file and make it safe to keep; raises EvidenceRejected."""
    name = (name or getattr(upload, "name", "") or "berkas")[:255]
    mime = _sniff(upload, name)
    if mime in IMAGE_TYPES:
        upload.seek(0)
        data, mime = reencode_image(upload.read(), name)
        return PreparedFile(name, mime, hashlib.sha256(data).hexdigest(), len(data), data=data)
    digest, size = hashlib.sha256(), 0
    upload.seek(0)
    for chunk in iter(lambda: upload.read(1024 * 1024), b""):
        digest.update(chunk)
        size += len(chunk)
    upload.seek(0)
    return PreparedFile(name, mime, digest.hexdigest(), size, stream=upload)


def prepare_uploads(uploads: list) -> list[PreparedFile]:
    return [prepare_upload(upload) for upload in uploads]


class FileWriter:
    """Stores prepared files and remembers which ones it created, to remove them on failure."""

    def __init__(self) -> None:
        self.created: list[str] = []

    def store(self, prepared: PreparedFile):
        existed = path_for(prepared.sha256).exists()
        stored = store_file(
            prepared.open(), name=prepared.name, max_bytes=max(prepared.size, 1) + 1
        )
        if not existed and stored.sha256 not in self.created:
            self.created.append(stored.sha256)
        return stored

    def discard(self) -> None:
        """Remove files this writer created that no evidence row refers to (after a rollback)."""
        from netra.cases.models import Evidence

        for sha in self.created:
            try:
                referenced = Evidence.objects.filter(sha256=sha).exists()
            except Exception:  # the database itself failed: nothing of ours was committed
                referenced = False
            if referenced:
                continue
            path = path_for(sha)
            try:
                path.unlink(missing_ok=True)
            except OSError:
                logger.exception("Berkas %s dari laporan yang gagal tidak dapat dihapus", path)
        self.created.clear()
