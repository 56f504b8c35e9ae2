"""End to end in headless Chromium: a civil servant checks a draft on /cek/ and reads /aturan/.

Same launch pattern as test_journey.py: pytest-django's live server, Debian's Chromium at
/usr/bin/chromium (Playwright never downloads a browser here). Screenshots go to a temporary
folder, or to NETRA_E2E_SHOTS when set.
"""

from __future__ import annotations

import os
import re
from pathlib import Path

import pytest

from netra.classify.knowledge import load_knowledge

CHROMIUM = Path("/usr/bin/chromium")
FLAGS = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
]

pytestmark = [
    pytest.mark.e2e,
    pytest.mark.skipif(
        not CHROMIUM.exists(),
        reason="Chromium tidak terpasang di /usr/bin/chromium (apt-get install -y chromium; "
        ".ci/run memasangnya)",
    ),
]

DRAFT = "Ayo dukung BARA nomor 2, pasti menang! #BARAmenyala"


@pytest.fixture(scope="module", autouse=True)
def _async_unsafe():
    """Playwright's sync API keeps an event loop in this thread; let the ORM run beside it."""
    old = os.environ.get("DJANGO_ALLOW_ASYNC_UNSAFE")
    os.environ["DJANGO_ALLOW_ASYNC_UNSAFE"] = "true"
    yield
    if old is None:
        os.environ.pop("DJANGO_ALLOW_ASYNC_UNSAFE", None)
    else:
        os.environ["DJANGO_ALLOW_ASYNC_UNSAFE"] = old


@pytest.fixture(scope="module")
def browser(_async_unsafe):
    from playwright.sync_api import sync_playwright

    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=str(CHROMIUM), args=FLAGS)
        yield browser
        browser.close()


class Console:
    """What the page said: CSP violations, script errors, failed requests."""

    def __init__(self, page) -> None:
        self.csp: list[str] = []
        self.errors: list[str] = []
        self.failed: list[str] = []
        page.on("console", self._message)
        page.on("pageerror", lambda exc: self.errors.append(str(exc)))
        page.on(
            "response",
            lambda r: self.failed.append(f"{r.status} {r.url}") if r.status >= 400 else None,
        )

    def _message(self, message) -> None:
        if "Content Security Policy" in message.text:
            self.csp.append(message.text)


def _page(browser, live_server, javascript: bool = True):
    context = browser.new_context(
        base_url=live_server.url,
        java_script_enabled=javascript,
        viewport={"width": 1280, "height": 900},
    )
    context.set_default_timeout(15_000)
    page = context.new_page()
    page.console = Console(page)
    return context, page


@pytest.fixture
def page(browser, live_server):
    context, page = _page(browser, live_server)
    yield page
    context.close()


@pytest.fixture
def shots(tmp_path) -> Path:
    folder = Path(os.environ.get("NETRA_E2E_SHOTS") or tmp_path / "shots")
    folder.mkdir(parents=True, exist_ok=True)
    return folder


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
    context, page = _page(browser, live_server, javascript=False)
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
