"""What every browser test shares: Debian's Chromium, its flags, the page watcher, the login.

Playwright never downloads a browser here; the tests drive /usr/bin/chromium and are skipped
(with the reason) where it is not installed. `.ci/run` installs it.
"""

from __future__ import annotations

import re
from pathlib import Path

import pytest

CHROMIUM = Path("/usr/bin/chromium")
# Without the background-networking flags Chromium's own connections are refused by this
# machine's closed network, many at a time.
FLAGS = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
]
MARKS = [
    pytest.mark.e2e,
    pytest.mark.skipif(
        not CHROMIUM.exists(),
        reason="Chromium tidak terpasang di /usr/bin/chromium (apt-get install -y chromium; "
        ".ci/run memasangnya)",
    ),
]
DESKTOP = {"viewport": {"width": 1280, "height": 900}}


class Console:
    """What the page said: CSP violations, script errors, other console errors and warnings,
    failed requests."""

    def __init__(self, page) -> None:
        self.csp: list[str] = []
        self.errors: list[str] = []
        self.warnings: list[str] = []
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
        # Failed loads are in `failed`, with their address.
        elif message.type in ("error", "warning") and "Failed to load resource" not in message.text:
            self.warnings.append(message.text)


def open_page(browser, base_url: str, **options):
    """A fresh context and page on `base_url` (desktop size unless `options` say otherwise),
    watched by a Console at `page.console`. Close the returned context when done."""
    context = browser.new_context(base_url=base_url, **{**DESKTOP, **options})
    context.set_default_timeout(15_000)
    page = context.new_page()
    page.console = Console(page)
    return context, page


def login(page, username: str, password: str, next_path: str) -> None:
    """Sign in through the real login form, starting from a page that requires it."""
    page.goto(next_path)
    assert "/akun/masuk/" in page.url  # not signed in yet: the login page, with next=
    assert "Masuk ke ruang kerja Satgas" in page.inner_text("main")
    page.get_by_label("Nama pengguna").fill(username)
    page.get_by_label("Kata sandi").fill(password)
    page.get_by_role("button", name="Masuk").click()
    page.wait_for_url(re.compile(re.escape(next_path) + "$"))
