from __future__ import annotations

import io
from pathlib import Path

import docx
import pytest

from netra.exports.dossier import case_dossier, latin1_text, load_case
from tests.exports.conftest import RECOMMENDATION

DEJAVU = Path("/usr/share/fonts/truetype/dejavu")


def docx_text(content: bytes) -> str:
    document = docx.Document(io.BytesIO(content))
    parts = [p.text for p in document.paragraphs]
    for table in document.tables:
        for row in table.rows:
            parts.extend(cell.text for cell in row.cells)
    return "\n".join(parts)


def test_pdf_holds_identity_evidence_timeline_and_sanction(world, case_full, file_evidence):
    case = load_case(case_full.pk)
    content = case_dossier(case, "pdf", user=world.satgas, compress=False)
    assert content.startswith(b"%PDF")
    for needle in (
        case.number,
        world.guru.nip,
        "Sri Wahyuni",
        "Guru Kelas",
        "III/c",
        file_evidence.sha256,
        "https://facebook.com/sri.wahyuni85/posts/1",
        "Status: Baru -> Klarifikasi",
        "Status: Rekomendasi -> Diteruskan ke Bawaslu/BKN",
        "800/45/BKPSDM/2024",
        "OS-01",  # the classifier's rule
        "PP 94/2021",  # and its legal basis
        "Ayo dukung BARA nomor 2",
    ):
        assert needle.encode("latin-1") in content, needle
    assert b"direkomendasikan sanksi berat" in content


def test_pdf_is_compressed_by_default(world, case_full):
    content = case_dossier(load_case(case_full.pk), "pdf", user=world.satgas)
    assert content.startswith(b"%PDF")
    assert world.guru.nip.encode() not in content


def test_docx_holds_the_same_content(world, case_full, file_evidence):
    case = load_case(case_full.pk)
    text = docx_text(case_dossier(case, "docx", user=world.satgas))
    for needle in (
        case.number,
        world.guru.nip,
        "Guru Kelas",
        file_evidence.sha256,
        "Status: Baru → Klarifikasi",
        "Diteruskan ke Bawaslu/BKN",
        RECOMMENDATION,
        "Berat: penurunan jabatan setingkat lebih rendah 12 bulan",
        "800/45/BKPSDM/2024",
        "SD Negeri 1 Sidomulyo (Dinas Pendidikan)",
        "OS-01",
    ):
        assert needle in text, needle


def test_evidence_download_link_is_included_when_given(world, case_full, file_evidence):
    address = f"https://netra.example/kasus/bukti/{file_evidence.pk}/"
    content = case_dossier(
        load_case(case_full.pk), "docx", user=world.satgas, link=lambda e: address
    )
    document = docx.Document(io.BytesIO(content))
    targets = {r.target_ref for r in document.part.rels.values() if r.is_external}
    assert address in targets
    assert "https://facebook.com/sri.wahyuni85/posts/1" in targets


def test_case_without_roster_entry_or_findings(world):
    from netra.cases.services import case_open

    case = case_open(actor=world.satgas, title="Laporan warga", subject="Pak Camat, kantor X")
    text = docx_text(case_dossier(load_case(case.pk), "docx", user=world.satgas))
    assert "Pak Camat, kantor X" in text
    assert "Belum ada rekomendasi." in text
    assert "Belum ada putusan sanksi yang dicatat." in text
    assert case_dossier(load_case(case.pk), "pdf", user=world.satgas).startswith(b"%PDF")


def test_unknown_format_is_refused(world, case_full):
    with pytest.raises(ValueError):
        case_dossier(case_full, "odt", user=world.satgas)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("“BARA” — menang…", '"BARA" - menang...'),
        ("Café Sidomulyo", "Café Sidomulyo"),
        ("yg tengah 😉", "yg tengah [U+1F609]"),
        ("Şerif ğ", "Serif g"),
        ("a\x00b\u200bc", "abc"),
        ("1\u00a0000", "1 000"),
    ],
)
def test_latin1_transliteration(text, expected):
    assert latin1_text(text) == expected
    latin1_text(text).encode("latin-1")


@pytest.mark.skipif(not (DEJAVU / "DejaVuSans.ttf").exists(), reason="DejaVu tidak terpasang")
def test_optional_unicode_font(world, case_full, settings):
    settings.NETRA_PDF_FONTS = {
        "": str(DEJAVU / "DejaVuSans.ttf"),
        "B": str(DEJAVU / "DejaVuSans-Bold.ttf"),
    }
    content = case_dossier(load_case(case_full.pk), "pdf", user=world.satgas)
    assert content.startswith(b"%PDF")
    assert b"DejaVuSans" in content
