"""End to end in headless Chromium: a civil servant checks a draft on /cek/ and reads /aturan/.

Same launch pattern as test_journey.py: pytest-django's live server, Debian's Chromium at
/usr/bin/chromium (Playwright never downloads a browser here). Screenshots go to a temporary
folder, or to NETRA_E2E_SHOTS when set.
"""

from __future__ import annotations

import re

from netra.classify.knowledge import load_knowledge
from tests.e2e.browser import MARKS, open_page

pytestmark = MARKS

DRAFT = "Ayo dukung BARA nomor 2, pasti menang! #BARAmenyala"


def _clean_rate_limits() -> None:
    from django.core.cache import cache

    cache.clear()


def test_selfcheck_shows_the_verdict_in_place(transactional_db, page, shots):
    from netra.elections.services import election_load
    from tests.factories import ROOT

    _clean_rate_limits()
    election_load(path=ROOT / "examples/profiles/pilkada-sidomulyo-2024.yaml", activate=True)
    violations = load_knowledge().rules.violations

    page.goto("/cek/")
    assert page.get_by_role("heading", name="Cek dulu sebelum posting").is_visible()
    assert "{#" not in page.inner_text("body") and "{%" not in page.inner_text("body")
    page.get_by_label("Mengunggah (posting)").check()
    page.get_by_label("Teks Anda sendiri").fill(DRAFT)
    page.evaluate("window.__stillHere = true")
    page.get_by_role("button", name="Cek sekarang").click()
    verdict = page.locator("#hasil .guide-verdict")
    verdict.wait_for()
    assert verdict.inner_text() == "Tidak boleh"
    assert page.evaluate("window.__stillHere === true"), "hasil harus tampil tanpa pindah halaman"
    result = page.inner_text("#hasil")
    assert violations["online_support"].title in result
    assert violations["online_support"].remedy in result
    assert "paslon nomor 2 (Bagus Santoso – Ratna Sari)" in result
    marks = [m.strip() for m in page.locator("#hasil mark").all_inner_texts()]
    assert marks, "kata yang melanggar harus disorot dengan <mark>"
    assert any(word in " ".join(marks) for word in ("BARA", "nomor 2", "#BARAmenyala"))
    assert page.get_by_label("Teks Anda sendiri").input_value() == DRAFT  # the draft stays
    page.screenshot(path=shots / "cek-01-tidak-boleh.png", full_page=True)

    # A like of campaign content, without a word of one's own, is forbidden too.
    page.get_by_label("Menyukai (like)").check()
    page.get_by_label("Teks Anda sendiri").fill("")
    page.get_by_label("Yang Anda sukai, bagikan, komentari, atau ikuti").fill(
        "Ayo menangkan SADEWA nomor 3! #SADEWAjuara"
    )
    page.get_by_role("button", name="Cek sekarang").click()
    page.locator("#hasil", has_text="Menyukai atau memberi reaksi").wait_for()
    assert verdict.inner_text() == "Tidak boleh"
    page.screenshot(path=shots / "cek-02-like.png", full_page=True)

    # A harmless draft; then an empty form, whose 400 answer is shown in place as well.
    page.get_by_label("Mengunggah (posting)").check()
    page.get_by_label("Yang Anda sukai, bagikan, komentari, atau ikuti").fill("")
    page.get_by_label("Teks Anda sendiri").fill("Jangan golput ya, datang ke TPS 27 November!")
    page.get_by_role("button", name="Cek sekarang").click()
    # has_text matches substrings ignoring case, and "Tidak boleh" contains "boleh".
    page.locator("#hasil .guide-verdict", has_text=re.compile(r"^Boleh$")).wait_for()
    assert "Ajakan memilih atau informasi pemilu" in page.inner_text("#hasil")
    page.get_by_label("Teks Anda sendiri").fill("")
    page.get_by_role("button", name="Cek sekarang").click()
    page.locator("#hasil", has_text="Periksa isian Anda").wait_for()
    assert "Tempel teks yang ingin dicek" in page.inner_text("#hasil")
    page.screenshot(path=shots / "cek-03-isian-kurang.png", full_page=True)

    assert page.console.csp == []
    assert page.console.errors == []
    assert [f for f in page.console.failed if "/static/" in f] == []


def test_selfcheck_works_without_javascript(transactional_db, browser, live_server, shots):
    from netra.elections.services import election_load
    from tests.factories import ROOT

    _clean_rate_limits()
    election_load(path=ROOT / "examples/profiles/pilkada-sidomulyo-2024.yaml", activate=True)
    context, page = open_page(browser, live_server.url, java_script_enabled=False)
    try:
        page.goto("/cek/")
        page.get_by_label("Teks Anda sendiri").fill("Alhamdulillah resmi jadi kader Golkar")
        page.get_by_role("button", name="Cek sekarang").click()
        page.wait_for_load_state()
        assert page.locator("#hasil .guide-verdict").inner_text() == "Tidak boleh"
        title = load_knowledge().rules.violations["party_membership"].title
        assert title in page.inner_text("#hasil")
        assert page.locator("#hasil mark").count() >= 1
        page.screenshot(path=shots / "cek-04-tanpa-js.png", full_page=True)
        assert page.console.csp == []
    finally:
        context.close()


def test_rules_page_lists_every_violation(transactional_db, page, shots):
    page.goto("/aturan/")
    assert page.get_by_role("heading", name="Aturan netralitas ASN dalam bahasa sehari-hari")
    main = page.inner_text("main")
    knowledge = load_knowledge()
    for violation in knowledge.rules.violations.values():
        assert violation.title in main
    for rule_id in knowledge.rules.rules:
        assert rule_id in main
    for heading in ("Boleh", "Abu-abu: sebaiknya jangan, tanyakan Satgas", "Tidak boleh"):
        assert page.get_by_role("heading", name=heading, exact=True).is_visible()
    assert "Klarifikasi" in page.inner_text("#tenggat")
    assert "LAPOR! (SP4N)" in page.inner_text("#melapor")
    page.screenshot(path=shots / "aturan.png", full_page=True)
    assert page.console.csp == []
    assert page.console.errors == []
    assert [f for f in page.console.failed if "/static/" in f] == []
