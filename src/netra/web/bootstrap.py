"""Start Django from the `netra` command line: NETRA_HOME, the secret key file, settings."""

from __future__ import annotations

import os
import secrets
from pathlib import Path


def netra_home() -> Path:
    return Path(os.environ.get("NETRA_HOME", "var")).resolve()


def ensure_home() -> Path:
    """Create NETRA_HOME and its secret key file (readable by the owner only) if missing."""
    home = netra_home()
    home.mkdir(parents=True, exist_ok=True)
    key_file = home / "secret.key"
    if not key_file.exists() and not os.environ.get("NETRA_SECRET_KEY"):
        fd = os.open(key_file, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
        with os.fdopen(fd, "w") as handle:
            handle.write(secrets.token_urlsafe(50))
    return home


def setup_django() -> None:
    """Configure and start Django once (idempotent)."""
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "netra.web.settings")
    import django
    from django.apps import apps

    if not apps.ready:
        ensure_home()
        django.setup()
