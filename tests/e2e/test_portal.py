"""The public portal in headless Chromium on a phone-sized screen: report, receipt, status.

Reuses the browser set-up of test_journey (Debian's Chromium, pytest-django's live server). The
test reads what the page says (inner_text) and keeps screenshots in a temporary folder, or in
NETRA_E2E_SHOTS when set.
"""

from __future__ import annotations

import io
import re

import pytest

from tests.e2e.browser import MARKS, login, open_page

pytestmark = MARKS

CODE = re.compile(r"NTR(?:-[0-9A-Z]{4}){4}")
PHONE = {
    "viewport": {"width": 390, "height": 844},
    "device_scale_factor": 2,
    "is_mobile": True,
    "has_touch": True,
    "user_agent": "Mozilla/5.0 (Linux; Android 14; SM-A546E) AppleWebKit/537.36 (KHTML, like "
    "Gecko) Chrome/130.0 Mobile Safari/537.36",
}


@pytest.fixture
def phone(browser, live_server):
    context, page = open_page(browser, live_server.url, **PHONE)
    yield page
    context.close()


def _photo_with_gps() -> bytes:
    from PIL import Image, ImageDraw

    image = Image.new("RGB", (640, 480), "white")
    draw = ImageDraw.Draw(image)
    draw.rectangle((40, 300, 600, 420), fill=(200, 30, 30))
    draw.text((60, 340), "BARA No. 2 - Bagus-Ratna", fill="white")
    exif = image.getexif()
    exif[0x010F] = "Samsung"
    exif[0x8825] = {1: "S", 2: (7.0, 15.0, 3.0), 3: "E", 4: (112.0, 45.0, 9.0)}
    out = io.BytesIO()
    image.save(out, "JPEG", exif=exif)
    return out.getvalue()


def _fits_the_screen(page) -> bool:
    return page.evaluate("document.documentElement.scrollWidth <= window.innerWidth + 1")


def test_citizen_reports_anonymously_from_a_phone(transactional_db, phone, shots, settings) -> None:
    from PIL import Image

    from netra.cases.evidence_store import path_for
    from netra.portal.models import PublicReport
    from tests.factories import build_world

    build_world()
    page = phone

    # 1. From the public home page to the form.
    page.goto("/")
    page.get_by_role("link", name="Laporkan pelanggaran").first.click()
    page.wait_for_url(re.compile(r"/lapor/$"))
    main = page.inner_text("main")
    assert "Laporkan dugaan pelanggaran netralitas ASN" in main
    assert "paling banyak 5 berkas, masing-masing 10 MB, total 30 MB" in main
    assert _fits_the_screen(page), "formulir melebar melewati layar ponsel"
    # Anonymous is the default; the contact fields stay out of the way (static JS, CSP-clean).
    assert page.get_by_label("Tanpa nama (anonim)", exact=False).is_checked()
    assert page.locator("[data-contact-fields]").is_hidden()
    page.screenshot(path=shots / "portal-01-formulir.png", full_page=True)

    # 2. Fill it in like a citizen would, with a geotagged photo.
    page.get_by_label("Apa yang terjadi?").fill(
        "Guru SD memasang stiker BARA nomor 2 di mobil dinas sekolah dan mengajak wali murid "
        "memilih Bagus-Ratna saat rapat komite."
    )
    page.get_by_label("Tanggal kejadian").fill("2024-10-10")
    page.get_by_label("Di mana?").fill("Halaman SD Negeri 1 Sidomulyo")
    page.get_by_label("Nama ASN yang dilaporkan").fill("Bu Sri")
    page.get_by_label("Kantor, dinas, sekolah, atau OPD").fill("SD Negeri 1 Sidomulyo")
    page.locator("input[type=file][name=files]").set_input_files(
        files=[{"name": "IMG_20241010.jpg", "mimeType": "image/jpeg", "buffer": _photo_with_gps()}]
    )
    assert page.locator("[data-file-problem]").is_hidden()
    page.get_by_role("button", name="Kirim laporan").click()

    # 3. The receipt: the code, shown once, with a print button.
    page.wait_for_url(re.compile(r"/lapor/tanda-terima/$"))
    main = page.inner_text("main")
    assert "Laporan Anda sudah tersimpan" in main
    code = page.inner_text("[data-tracking-code]").strip()
    assert CODE.fullmatch(code), code
    assert "hanya ditampilkan sekali" in main and "Apa selanjutnya?" in main
    assert _fits_the_screen(page)
    page.screenshot(path=shots / "portal-02-tanda-terima.png", full_page=True)
    page.evaluate("window.print = () => { window.__printed = true; }")
    page.get_by_role("button", name="Cetak / simpan sebagai PDF").click()
    assert page.evaluate("window.__printed === true"), "tombol cetak tidak memanggil window.print"

    # The photo was stored without its GPS position.
    report = PublicReport.objects.get()
    stored = report.files.get().evidence
    image = Image.open(io.BytesIO(path_for(stored.sha256).read_bytes()))
    assert dict(image.getexif()) == {} and image.size == (640, 480)

    # Reloading does not show the code again.
    page.reload()
    assert code not in page.inner_text("main")
    assert "hanya ditampilkan satu kali" in page.inner_text("main")

    # 4. Status: a wrong code gets the generic answer, the right one the state.
    page.get_by_role("link", name="Cek status laporan").first.click()
    page.wait_for_url(re.compile(r"/lapor/status/$"))
    page.get_by_label("Kode pelacakan").fill("NTR-AAAA-BBBB-CCCC-DDDD")
    page.get_by_role("button", name="Lihat status").click()
    page.wait_for_load_state()
    assert "Kode tidak ditemukan" in page.inner_text("main")
    page.get_by_label("Kode pelacakan").fill(code.lower())
    page.get_by_role("button", name="Lihat status").click()
    page.wait_for_load_state()
    main = page.inner_text("main")
    assert "Status saat ini:" in main and "Diterima" in main
    assert "Sri" not in main and "BARA" not in main
    assert code not in page.url
    assert _fits_the_screen(page)
    page.screenshot(path=shots / "portal-03-status.png", full_page=True)

    # 5. Add information with the same code.
    page.get_by_label("Keterangan tambahan").fill("Stiker masih terpasang pada 11 Oktober.")
    page.get_by_role("button", name="Kirim tambahan").click()
    page.wait_for_url(re.compile(r"/lapor/status/$"))
    assert "Tambahan informasi Anda tersimpan" in page.inner_text("main")
    assert report.followups.count() == 1
    page.screenshot(path=shots / "portal-04-tambahan.png", full_page=True)

    # 6. No page broke the Content Security Policy or threw a script error.
    assert page.console.csp == []
    assert page.console.errors == []
    assert [f for f in page.console.failed if "/static/" in f] == []


def test_satgas_sees_the_report_in_the_workspace(transactional_db, browser, live_server, shots):
    from django.test import Client

    from netra.portal.models import PublicReport
    from tests.factories import PASSWORD, build_world
    from tests.portal.conftest import REPORT

    world = build_world()
    citizen = Client()
    citizen.post("/lapor/", {**REPORT, "identity": "kontak", "contact_phone": "081234567890"})
    report = PublicReport.objects.get()

    context, page = open_page(browser, live_server.url)
    try:
        login(page, world.satgas.username, PASSWORD, "/temuan/")
        row = page.locator("tr", has=page.locator(f"input[name=ids][value='{report.finding_id}']"))
        assert "laporan masyarakat" in row.inner_text()
        row.get_by_role("link", name=f"#{report.finding_id}").click()
        page.wait_for_url(re.compile(rf"/temuan/{report.finding_id}/$"))
        panel = page.locator("#laporan").inner_text()
        assert f"Laporan masyarakat #{report.pk}" in panel
        assert "Sri Wahyuni" in panel and world.guru.nip in panel  # roster suggestion
        assert "081234567890" not in panel  # contact only behind the audited link
        page.screenshot(path=shots / "portal-05-temuan-satgas.png", full_page=True)
        page.get_by_role("link", name="Lihat kontak pelapor").click()
        assert "081234567890" in page.inner_text("main")
        page.go_back()
        page.get_by_role("button", name="Ini orangnya").first.click()
        page.wait_for_load_state()
        assert "Terlapor dikonfirmasi: Sri Wahyuni" in page.inner_text("main")
        assert page.console.csp == [] and page.console.errors == []
    finally:
        context.close()


def test_too_many_files_are_caught_before_upload(transactional_db, phone) -> None:
    from netra.portal.models import PublicReport

    page = phone
    page.goto("/lapor/")
    page.get_by_label("Apa yang terjadi?").fill("Kepala dinas membagikan kaos paslon di kantor.")
    page.get_by_label("Di mana?").fill("Kantor dinas")
    files = [
        {"name": f"foto{i}.jpg", "mimeType": "image/jpeg", "buffer": _photo_with_gps()}
        for i in range(6)
    ]
    page.locator("input[type=file][name=files]").set_input_files(files=files)
    problem = page.locator("[data-file-problem]")
    assert problem.is_visible()
    assert "Paling banyak 5 berkas; Anda memilih 6." in problem.inner_text()
    page.get_by_role("button", name="Kirim laporan").click()
    assert page.url.endswith("/lapor/")
    assert not PublicReport.objects.exists()
    assert page.console.csp == []
