"""Writing and verifying the audit chain.

Every entry stores sha256(previous hash + canonical JSON of its own fields). Editing, deleting or
re-ordering any row breaks the chain from that row on, and `verify` names the first broken entry.
Appends are serialised (an advisory lock on PostgreSQL, the write lock on SQLite) so two workers can
never both extend the same tail.
"""

from __future__ import annotations

import hashlib
import json
from dataclasses import dataclass
from typing import Any

from django.db import connection, transaction
from django.utils import timezone

from netra.audit.models import AuditEntry

GENESIS = "0" * 64
_LOCK_KEY = 7_361_001


def _digest(prev_hash: str, fields: dict[str, Any]) -> str:
    canonical = json.dumps(fields, sort_keys=True, ensure_ascii=False, separators=(",", ":"))
    return hashlib.sha256((prev_hash + canonical).encode()).hexdigest()


def _fields(entry: AuditEntry) -> dict[str, Any]:
    return {
        "id": entry.pk,
        "at": entry.at.isoformat(timespec="microseconds"),
        "actor": entry.actor,
        "action": entry.action,
        "object_type": entry.object_type,
        "object_id": entry.object_id,
        "detail": entry.detail,
    }


def audit_record(
    *,
    actor: Any,
    action: str,
    obj: Any = None,
    object_type: str = "",
    object_id: Any = "",
    detail: dict[str, Any] | None = None,
) -> AuditEntry:
    """Append one entry. `actor` is a user, a string (a token, the CLI) or None (the public)."""
    if obj is not None:
        object_type = object_type or obj._meta.label_lower
        object_id = obj.pk
    name = getattr(actor, "username", None) or (actor if isinstance(actor, str) else "publik")
    with transaction.atomic():
        if connection.vendor == "postgresql":
            with connection.cursor() as cursor:
                cursor.execute("SELECT pg_advisory_xact_lock(%s)", [_LOCK_KEY])
        last = AuditEntry.objects.order_by("-id").values_list("id", "hash").first()
        entry = AuditEntry(
            id=(last[0] + 1) if last else 1,
            at=timezone.now(),
            actor=name,
            action=action,
            object_type=object_type,
            object_id=str(object_id),
            detail=json.loads(json.dumps(detail or {}, default=str)),
            prev_hash=last[1] if last else GENESIS,
        )
        entry.hash = _digest(entry.prev_hash, _fields(entry))
        entry.save(force_insert=True)
    return entry


@dataclass(frozen=True)
class ChainReport:
    checked: int
    broken_at: int | None
    problem: str | None

    @property
    def ok(self) -> bool:
        return self.broken_at is None


def audit_verify(progress: Any = None) -> ChainReport:
    """Walk the chain in order; report the first entry whose link or content does not match."""
    prev_hash, expected_id, checked = GENESIS, 1, 0
    for entry in AuditEntry.objects.order_by("id").iterator(chunk_size=2000):
        if entry.pk != expected_id:
            return ChainReport(checked, expected_id, f"entri #{expected_id} hilang")
        if entry.prev_hash != prev_hash:
            return ChainReport(
                checked, entry.pk, f"entri #{entry.pk} tidak menyambung ke entri sebelumnya"
            )
        if _digest(prev_hash, _fields(entry)) != entry.hash:
            return ChainReport(checked, entry.pk, f"isi entri #{entry.pk} telah diubah")
        prev_hash, expected_id, checked = entry.hash, expected_id + 1, checked + 1
        if progress is not None:
            progress.update(1)
    return ChainReport(checked, None, None)
