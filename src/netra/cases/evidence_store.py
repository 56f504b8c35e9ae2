"""Evidence files: type sniffed from content, stored by SHA-256, written once and made read-only."""

from __future__ import annotations

import hashlib
import os
import tempfile
from dataclasses import dataclass
from pathlib import Path
from typing import IO

import filetype
from django.conf import settings

# Images, PDF and short video, as the issue asks; anything else is refused whatever its name says.
ALLOWED_TYPES = {
    "image/jpeg": "jpg",
    "image/png": "png",
    "image/webp": "webp",
    "image/gif": "gif",
    "image/heic": "heic",
    "application/pdf": "pdf",
    "video/mp4": "mp4",
    "video/quicktime": "mov",
    "video/webm": "webm",
    "video/3gpp": "3gp",
}


class EvidenceRejected(ValueError):
    """The file cannot be kept as evidence; the message says why, in Indonesian."""


@dataclass(frozen=True)
class StoredFile:
    sha256: str
    size: int
    content_type: str
    path: Path


def evidence_root() -> Path:
    return Path(settings.EVIDENCE_ROOT)


def path_for(sha256: str) -> Path:
    return evidence_root() / sha256[:2] / sha256


def store_file(stream: IO[bytes], *, name: str, max_bytes: int | None = None) -> StoredFile:
    """Sniff, hash and store `stream`. Identical content is stored once."""
    limit = max_bytes or settings.NETRA_EVIDENCE_MAX_BYTES
    head = stream.read(8192)
    kind = filetype.guess(head)
    content_type = kind.mime if kind else None
    if content_type not in ALLOWED_TYPES:
        raise EvidenceRejected(
            f"Berkas {name!r} bukan gambar, PDF, atau video yang dikenali (isi berkas diperiksa, "
            "bukan namanya)."
        )
    root = evidence_root()
    root.mkdir(parents=True, exist_ok=True)
    digest = hashlib.sha256()
    size = 0
    fd, tmp_name = tempfile.mkstemp(dir=root, prefix=".upload-")
    try:
        with os.fdopen(fd, "wb") as out:
            chunk = head
            while chunk:
                size += len(chunk)
                if size > limit:
                    raise EvidenceRejected(
                        f"Berkas {name!r} lebih besar dari batas {limit / (1024 * 1024):.1f} MB."
                    )
                digest.update(chunk)
                out.write(chunk)
                chunk = stream.read(1024 * 1024)
            out.flush()
            os.fsync(out.fileno())
        sha = digest.hexdigest()
        target = path_for(sha)
        target.parent.mkdir(parents=True, exist_ok=True)
        if target.exists():
            os.unlink(tmp_name)
        else:
            os.chmod(tmp_name, 0o444)
            os.replace(tmp_name, target)
    except BaseException:
        if os.path.exists(tmp_name):
            os.unlink(tmp_name)
        raise
    return StoredFile(sha, size, content_type, target)


def verify_file(sha256: str) -> bool:
    """True when the stored bytes still hash to `sha256`."""
    path = path_for(sha256)
    if not path.exists():
        return False
    digest = hashlib.sha256()
    with path.open("rb") as handle:
        for chunk in iter(lambda: handle.read(1024 * 1024), b""):
            digest.update(chunk)
    return digest.hexdigest() == sha256
