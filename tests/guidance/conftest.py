from __future__ import annotations

import pytest


@pytest.fixture(autouse=True)
def _fresh_rate_limits(db):
    """Rate-limit counters live in the database cache; start every test from zero."""
    from django.core.cache import cache

    cache.clear()
