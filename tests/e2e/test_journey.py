"""End to end in headless Chromium: an OPD monitor takes a finding from the queue to a dossier.

Runs against pytest-django's live server with Debian's Chromium (/usr/bin/chromium; Playwright never
downloads a browser here). Screenshots of the key steps go to a temporary folder, or to
NETRA_E2E_SHOTS when set.
"""

from __future__ import annotations

import io
import re
from pathlib import Path

from tests.e2e.browser import MARKS, login

pytestmark = MARKS


def _png() -> bytes:
    from PIL import Image, ImageDraw

    image = Image.new("RGB", (480, 200), "white")
    draw = ImageDraw.Draw(image)
    draw.rectangle((0, 0, 480, 36), fill=(59, 89, 152))
    draw.text((12, 12), "facebook · @sri.wahyuni85", fill="white")
    draw.text((12, 60), "Ayo dukung BARA nomor 2, Bagus-Ratna pasti menang!", fill="black")
    out = io.BytesIO()
    image.save(out, format="PNG")
    return out.getvalue()


def _state(page) -> str:
    return page.locator(".card p").filter(has_text="Status:").locator("strong").first.inner_text()


def test_monitor_journey_from_queue_to_dossier(transactional_db, page, shots):
    from netra.cases.models import Case, CaseEvent, Evidence
    from tests.factories import PASSWORD, build_world, forbidden_finding

    world = build_world()
    finding = forbidden_finding(world)

    # 1. Sign in through the real form; the queue was asked for, so the queue comes back.
    login(page, world.monitor.username, PASSWORD, "/temuan/")
    page.screenshot(path=shots / "01-antrean.png", full_page=True)
    assert page.get_by_role("heading", name="Antrean temuan").is_visible()
    row = page.locator("tr", has=page.locator(f"input[name=ids][value='{finding.pk}']"))
    assert "Sri Wahyuni" in row.inner_text()
    marks = [m.strip() for m in row.locator("mark").all_inner_texts()]
    assert marks, "bukti dalam unggahan harus disorot dengan <mark>"
    assert any(word in " ".join(marks) for word in ("BARA", "Bagus", "nomor 2", "#BARAMenang"))

    # 2. Select the finding and open a case from it.
    row.locator("input[name=ids]").check()
    page.locator("select[name=action]").select_option("case_new")
    page.locator("textarea[name=note]").fill("Unggahan dukungan paslon 2 di akun Facebook guru SD.")
    page.get_by_role("button", name="Jalankan untuk temuan terpilih").click()
    page.wait_for_url(re.compile(r"/kasus/\d+/$"))
    case = Case.objects.get(findings=finding)
    main = page.inner_text("main")
    assert f"Kasus {case.number} dibuka." in main
    assert _state(page) == "Baru"
    assert "Sri Wahyuni" in main and "198503122010012003" in main
    page.screenshot(path=shots / "02-kasus-baru.png", full_page=True)

    # 3. baru → klarifikasi (no note needed).
    page.get_by_role("button", name="Mulai klarifikasi").click()
    page.wait_for_load_state()
    assert "Status kasus kini: Klarifikasi." in page.inner_text("main")
    assert _state(page) == "Klarifikasi"

    # 4. klarifikasi → verifikasi: the note is required, so the browser blocks an empty submit.
    note = page.locator("#note-verifikasi")
    events_before = CaseEvent.objects.filter(case=case).count()
    page.evaluate("window.__stillHere = true")
    page.get_by_role("button", name="Catat hasil klarifikasi").click()
    assert note.evaluate("el => el.validity.valueMissing") is True
    assert page.evaluate("window.__stillHere === true"), "form kosong tidak boleh terkirim"
    assert CaseEvent.objects.filter(case=case).count() == events_before
    assert _state(page) == "Klarifikasi"
    page.screenshot(path=shots / "03-catatan-wajib.png", full_page=True)
    note.fill("Klarifikasi 14 Oktober 2024: terlapor mengakui akun miliknya dan unggahan itu.")
    page.get_by_role("button", name="Catat hasil klarifikasi").click()
    page.wait_for_load_state()
    assert "Status kasus kini: Verifikasi." in page.inner_text("main")
    assert _state(page) == "Verifikasi"
    case.refresh_from_db()
    assert case.state == "verifikasi"
    timeline = page.locator("ol.timeline").inner_text()
    assert "terlapor mengakui akun miliknya" in timeline
    # Everything after verification is the Satgas's: the monitor has no more moves here.
    assert page.get_by_role("button", name="Nyatakan terbukti").count() == 0

    # 5. Attach a screenshot as evidence (a real PNG; its type is sniffed from the content).
    page.locator("summary", has_text="Lampirkan bukti").click()
    page.locator("input[type=file][name=file]").set_input_files(
        files=[{"name": "tangkapan-layar.png", "mimeType": "image/png", "buffer": _png()}]
    )
    page.get_by_label("Keterangan").fill("Tangkapan layar unggahan 10 Oktober 2024")
    page.get_by_role("button", name="Unggah").click()
    page.wait_for_load_state()
    assert "Bukti tersimpan (SHA-256" in page.inner_text("main")
    evidence = Evidence.objects.get(case=case)
    assert evidence.content_type == "image/png"
    table = page.locator("section", has=page.get_by_role("heading", name="Bukti")).inner_text()
    assert "tangkapan-layar.png" in table and evidence.sha256 in table
    page.screenshot(path=shots / "04-bukti.png", full_page=True)

    # 6. Download the case dossier as PDF.
    with page.expect_download() as download_info:
        page.get_by_role("link", name="Unduh berkas perkara (PDF)").click()
    download = download_info.value
    content = Path(download.path()).read_bytes()
    assert content.startswith(b"%PDF"), content[:20]
    assert download.suggested_filename.endswith(".pdf")
    (shots / download.suggested_filename).write_bytes(content)

    # 7. No page broke the Content Security Policy or threw a script error on the way.
    assert page.console.csp == []
    assert page.console.errors == []


def test_pages_load_their_static_files(transactional_db, page):
    """The stylesheet and scripts each page links to are served (not 404), so CSP is tested too."""
    from tests.factories import PASSWORD, build_world

    world = build_world()
    login(page, world.monitor.username, PASSWORD, "/temuan/")
    page.goto("/kasus/")
    static_failures = [f for f in page.console.failed if "/static/" in f]
    assert static_failures == [], "berkas statis tidak tersaji: " + ", ".join(static_failures)
    assert page.console.csp == []
