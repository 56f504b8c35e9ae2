"""API tokens: random, shown once, stored as SHA-256, revocable."""

from __future__ import annotations

import hashlib
import secrets

from django.utils import timezone

from netra.audit.chain import audit_record
from netra.monitoring.models import ApiToken

PREFIX = "ntr_"


def _digest(token: str) -> str:
    return hashlib.sha256(token.encode()).hexdigest()


class TokenError(ValueError):
    pass


def token_create(*, name: str, actor: str = "cli") -> str:
    """Create a token called `name`; returns the secret (never stored in clear)."""
    name = name.strip()
    if not name:
        raise TokenError("Nama token tidak boleh kosong.")
    if ApiToken.objects.filter(name=name).exists():
        raise TokenError(f"Token bernama {name!r} sudah ada; pilih nama lain atau cabut dulu.")
    secret = PREFIX + secrets.token_urlsafe(32)
    token = ApiToken.objects.create(name=name, digest=_digest(secret))
    audit_record(actor=actor, action="token.create", obj=token, detail={"name": name})
    return secret


def token_revoke(*, name: str, actor: str = "cli") -> ApiToken:
    token = ApiToken.objects.filter(name=name, revoked_at__isnull=True).first()
    if token is None:
        raise TokenError(f"Tidak ada token aktif bernama {name!r}.")
    token.revoked_at = timezone.now()
    token.save(update_fields=["revoked_at"])
    audit_record(actor=actor, action="token.revoke", obj=token, detail={"name": name})
    return token


def token_check(secret: str) -> ApiToken | None:
    """The live token matching `secret`, or None (unknown or revoked)."""
    if not secret.startswith(PREFIX):
        return None
    token = ApiToken.objects.filter(digest=_digest(secret), revoked_at__isnull=True).first()
    if token is not None:
        ApiToken.objects.filter(pk=token.pk).update(last_used_at=timezone.now())
    return token
