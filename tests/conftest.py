from __future__ import annotations

from pathlib import Path
from types import SimpleNamespace

import pytest

from netra.classify import Classifier, load_profiles

ROOT = Path(__file__).resolve().parent.parent
SIDOMULYO = ROOT / "examples/profiles/pilkada-sidomulyo-2024.yaml"
PILPRES = ROOT / "examples/profiles/pilpres-2024.yaml"


@pytest.fixture(scope="session")
def sidomulyo() -> Classifier:
    return Classifier(load_profiles([SIDOMULYO]))


@pytest.fixture(scope="session")
def sidomulyo_rules() -> Classifier:
    """The rules alone, for behaviour the word model must not be credited with."""
    return Classifier(load_profiles([SIDOMULYO]), use_model=False)


@pytest.fixture(scope="session")
def both() -> Classifier:
    return Classifier(load_profiles([SIDOMULYO, PILPRES]))


@pytest.fixture(autouse=True)
def _one_rate_window(monkeypatch):
    """django-ratelimit counts in fixed windows on the clock; a test that crossed a window edge
    would see its counter reset (the portal's lookup test failed so once on PostgreSQL). Hold its
    clock still (only its own, not the process's)."""
    import django_ratelimit.core

    now = django_ratelimit.core.time.time()
    monkeypatch.setattr(django_ratelimit.core, "time", SimpleNamespace(time=lambda: now))


# --- workspace fixtures (database) ------------------------------------------------------------


@pytest.fixture
def world(db):
    """Two OPD trees, one user per role, ASN with accounts, and the Sidomulyo election active."""
    from tests.factories import build_world

    return build_world()
