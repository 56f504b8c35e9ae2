"""The dashboard in headless Chromium: the four charts draw under the strict CSP, no errors."""

from __future__ import annotations

import time

import pytest

from tests.e2e.browser import MARKS

pytestmark = MARKS


@pytest.mark.parametrize("who", ["satgas", "viewer"])
def test_charts_draw_without_csp_violations(transactional_db, page, who) -> None:
    from tests.factories import PASSWORD, build_world, forbidden_finding

    world = build_world()
    forbidden_finding(world, asn=world.guru)
    forbidden_finding(world, asn=world.perawat)

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
    assert page.console.csp == [] and page.console.errors == [] and page.console.warnings == []
    assert [f for f in page.console.failed if not f.endswith("/favicon.ico")] == []
    # The table fallback opens and carries the same numbers.
    page.locator("section", has=page.get_by_role("heading", name="Temuan per minggu")).locator(
        "summary"
    ).click()
    assert page.get_by_role("cell", name="2").first.is_visible()
