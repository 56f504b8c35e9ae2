"""Fixtures of the browser tests: one Chromium per module, a watched page, a screenshot folder."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from tests.e2e.browser import CHROMIUM, FLAGS, open_page


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


@pytest.fixture
def page(browser, live_server):
    context, page = open_page(browser, live_server.url, accept_downloads=True)
    yield page
    context.close()


@pytest.fixture
def shots(tmp_path) -> Path:
    """Screenshots go to NETRA_E2E_SHOTS when set, else to a temporary folder."""
    folder = Path(os.environ.get("NETRA_E2E_SHOTS") or tmp_path / "shots")
    folder.mkdir(parents=True, exist_ok=True)
    return folder
