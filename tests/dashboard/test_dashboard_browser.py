"""The dashboard in headless Chromium: the four charts draw under the strict CSP, no errors.

Uses Debian's Chromium (/usr/bin/chromium); skipped when it is not installed.
"""

from __future__ import annotations

import os
import time
from pathlib import Path

import pytest

CHROMIUM = Path("/usr/bin/chromium")
FLAGS = ["--headless", "--no-sandbox", "--disable-gpu", "--no-first-run"]

pytestmark = [
    pytest.mark.e2e,
    pytest.mark.skipif(
        not CHROMIUM.exists(), reason="Chromium tidak terpasang di /usr/bin/chromium"
    ),
]


@pytest.fixture
def web_static(settings):
    """The site-wide static folder (netra.css, vendored Chart.js) for the live server's finders.

    netra.web is not an installed app and STATICFILES_DIRS is unset, so outside collectstatic
    nothing finds src/netra/web/static; harmless once the settings name it.
    """
    from django.contrib.staticfiles import finders

    if finders.find("netra/vendor/chart-4.6.1.umd.min.js") is None:
        folder = Path(__file__).resolve().parents[2] / "src/netra/web/static"
        settings.STATICFILES_DIRS = [*settings.STATICFILES_DIRS, folder]


@pytest.fixture
def browser_page(live_server, web_static):
    from playwright.sync_api import sync_playwright

    old = os.environ.get("DJANGO_ALLOW_ASYNC_UNSAFE")
    os.environ["DJANGO_ALLOW_ASYNC_UNSAFE"] = "true"  # the ORM beside Playwright's event loop
    try:
        with sync_playwright() as playwright:
            browser = playwright.chromium.launch(executable_path=str(CHROMIUM), args=FLAGS)
            context = browser.new_context(base_url=live_server.url)
            context.set_default_timeout(15_000)
            page = context.new_page()
            problems: list[str] = []
            page.on("pageerror", lambda exc: problems.append(f"galat: {exc}"))
            page.on(  # failed loads are caught below, with their address (favicon aside)
                "console",
                lambda m: (
                    problems.append(m.text)
                    if m.type in ("error", "warning") and "Failed to load resource" not in m.text
                    else None
                ),
            )
            page.on(
                "response",
                lambda r: (
                    problems.append(f"{r.status} {r.url}")
                    if r.status >= 400 and not r.url.endswith("/favicon.ico")
                    else None
                ),
            )
            page.problems = problems
            yield page
            browser.close()
    finally:
        if old is None:
            os.environ.pop("DJANGO_ALLOW_ASYNC_UNSAFE", None)
        else:
            os.environ["DJANGO_ALLOW_ASYNC_UNSAFE"] = old


@pytest.mark.parametrize("who", ["satgas", "viewer"])
def test_charts_draw_without_csp_violations(transactional_db, browser_page, who) -> None:
    from tests.factories import PASSWORD, build_world, forbidden_finding

    world = build_world()
    forbidden_finding(world, asn=world.guru)
    forbidden_finding(world, asn=world.perawat)
    page = browser_page

    page.goto("/akun/masuk/?next=/dasbor/")
    page.get_by_label("Nama pengguna").fill(getattr(world, who).username)
    page.get_by_label("Kata sandi").fill(PASSWORD)
    page.get_by_role("button", name="Masuk").click()
    page.wait_for_url("**/dasbor/")
    drawn = (
        "() => Array.from(document.querySelectorAll('canvas[data-source]'))"
        ".filter(c => window.Chart && window.Chart.getChart(c)).length"
    )
    # page.evaluate, not wait_for_function: the latter polls with eval, which the CSP blocks.
    deadline = time.monotonic() + 15
    while page.evaluate(drawn) < 4 and time.monotonic() < deadline:
        page.wait_for_timeout(100)
    assert page.evaluate(drawn) == 4
    kinds = page.evaluate(
        "Array.from(document.querySelectorAll('canvas[data-source]'))"
        ".map(c => [c.dataset.source, Chart.getChart(c).config.type,"
        " Chart.getChart(c).options.indexAxis])"
    )
    assert kinds == [
        ["data-weekly", "line", "x"],
        ["data-codes", "bar", "y"],
        ["data-states", "bar", "x"],
        ["data-opd", "bar", "y"],
    ]
    assert page.problems == []
    # The table fallback opens and carries the same numbers.
    page.locator("section", has=page.get_by_role("heading", name="Temuan per minggu")).locator(
        "summary"
    ).click()
    assert page.get_by_role("cell", name="2").first.is_visible()
