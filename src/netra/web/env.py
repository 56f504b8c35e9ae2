"""Strict readers for configuration from the environment (one place, clear errors)."""

from __future__ import annotations

import os

from django.core.exceptions import ImproperlyConfigured


def env_bool(name: str, default: bool) -> bool:
    """Read a True/False variable; anything else is a configuration error, not a silent False."""
    value = os.environ.get(name)
    if value is None or value == "":
        return default
    if value.lower() in {"1", "true", "yes", "ya"}:
        return True
    if value.lower() in {"0", "false", "no", "tidak"}:
        return False
    raise ImproperlyConfigured(f"{name} harus True atau False, bukan {value!r}")


def env_int(name: str, default: int) -> int:
    """Read an integer variable, refusing garbage."""
    value = os.environ.get(name)
    if value is None or value == "":
        return default
    try:
        return int(value)
    except ValueError as exc:
        raise ImproperlyConfigured(f"{name} harus bilangan bulat, bukan {value!r}") from exc


def env_list(name: str, default: list[str]) -> list[str]:
    """Read a comma-separated list."""
    value = os.environ.get(name)
    if not value:
        return default
    return [part.strip() for part in value.split(",") if part.strip()]
