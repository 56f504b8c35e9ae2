"""Helpers for the guidance tests: what a page may not contain under the strict CSP, and state
snapshots to prove a check stored nothing."""

from __future__ import annotations

import base64
import html
import re
from html.parser import HTMLParser

from django.apps import apps
from django.db import connection


class _InlineFinder(HTMLParser):
    def __init__(self) -> None:
        super().__init__()
        self.problems: list[str] = []
        self._in_script = False

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        for name, value in attrs:
            if name == "style" or name.startswith("on") or name.startswith("hx-on"):
                self.problems.append(f"<{tag} {name}=...>")
            if name in ("href", "src", "action") and (value or "").strip().lower().startswith(
                "javascript:"
            ):
                self.problems.append(f"<{tag} {name}=javascript:...>")
        if tag == "style":
            self.problems.append("<style>")
        if tag == "script":
            if not dict(attrs).get("src"):
                self.problems.append("<script> tanpa src")
            self._in_script = True

    def handle_endtag(self, tag: str) -> None:
        if tag == "script":
            self._in_script = False

    def handle_data(self, data: str) -> None:
        if self._in_script and data.strip():
            self.problems.append("isi <script> inline")


def inline_code(markup: str) -> list[str]:
    """Inline scripts, styles and event handlers in `markup` (all forbidden by the CSP)."""
    finder = _InlineFinder()
    finder.feed(markup)
    return finder.problems


def assert_strict_csp(response) -> None:
    policy = response["Content-Security-Policy"]
    assert "script-src 'self'" in policy and "style-src 'self'" in policy
    assert "unsafe-inline" not in policy and "unsafe-eval" not in policy
    assert inline_code(response.content.decode()) == []


def text_of(response) -> str:
    """The visible text of an HTML answer, tags dropped and entities decoded."""
    markup = response.content.decode()
    markup = re.sub(r"<(script|style)\b.*?</\1>", " ", markup, flags=re.S)
    return html.unescape(re.sub(r"\s+", " ", re.sub(r"<[^>]+>", " ", markup)))


def row_counts() -> dict[str, int]:
    """Rows of every model, so a test can show that nothing was written."""
    counts = {m._meta.label: m._default_manager.count() for m in apps.get_models()}
    assert {"audit.AuditEntry", "monitoring.Activity", "sessions.Session"} <= set(counts)
    return counts


def cache_table_dump() -> bytes:
    """Everything in the database cache (where rate-limit counters live), values decoded from
    base64 so that a stored string would show as its UTF-8 bytes."""
    with connection.cursor() as cursor:
        cursor.execute("SELECT cache_key, value FROM netra_cache")
        rows = cursor.fetchall()
    return b"\n".join(key.encode() + b" " + base64.b64decode(value) for key, value in rows)
