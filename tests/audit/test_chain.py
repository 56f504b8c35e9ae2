"""The audit log is append-only and hash-chained; verification names the first broken entry."""

from __future__ import annotations

import importlib

import pytest
from django.db import DatabaseError, connection, transaction

from netra.audit.chain import GENESIS, audit_record, audit_verify
from netra.audit.models import AuditEntry
from netra.cli.main import main


def _entries(n: int) -> None:
    for i in range(n):
        audit_record(
            actor="uji",
            action="case.note",
            object_type="cases.case",
            object_id=i,
            detail={"catatan": f"ke-{i}", "angka": i},
        )


@pytest.mark.django_db
def test_chain_links_each_entry_to_the_previous() -> None:
    _entries(3)
    rows = list(AuditEntry.objects.order_by("id"))
    assert rows[0].prev_hash == GENESIS
    assert [r.prev_hash for r in rows[1:]] == [r.hash for r in rows[:-1]]
    assert audit_verify().ok and audit_verify().checked == 3


@pytest.mark.django_db
def test_update_and_delete_are_refused_by_the_database() -> None:
    module = importlib.import_module("netra.audit.migrations.0002_append_only")
    if connection.vendor == "sqlite":  # skipped by the migration under tests; see there why
        _run([sql for sql in module.SQLITE if "BEFORE DELETE" in sql])
    _entries(1)
    with pytest.raises(DatabaseError), transaction.atomic():
        AuditEntry.objects.update(actor="penyusup")
    with pytest.raises(DatabaseError), transaction.atomic():
        AuditEntry.objects.all().delete()


@pytest.fixture
def drop_triggers():
    """What someone with database owner rights could do; the chain must still tell.

    The triggers are put back afterwards: transactional tests share one schema.
    """
    module = importlib.import_module("netra.audit.migrations.0002_append_only")
    drop = {"sqlite": module.SQLITE_DROP, "postgresql": module.POSTGRES_DROP}[connection.vendor]
    create = {"sqlite": module.SQLITE, "postgresql": module.POSTGRES}[connection.vendor]
    yield lambda: _run(drop)
    _run(drop)
    _run([sql for sql in create if not (connection.vendor == "sqlite" and "BEFORE DELETE" in sql)])


def _run(statements: list[str]) -> None:
    with connection.cursor() as cursor:
        for sql in statements:
            cursor.execute(sql)


@pytest.mark.django_db(transaction=True)
def test_tampered_row_is_named(capsys, drop_triggers) -> None:
    _entries(5)
    drop_triggers()
    AuditEntry.objects.filter(id=3).update(detail={"catatan": "diubah", "angka": 2})
    report = audit_verify()
    assert not report.ok and report.broken_at == 3 and report.checked == 2
    assert main(["audit", "verify"]) == 3
    assert "#3" in capsys.readouterr().out


@pytest.mark.django_db(transaction=True)
def test_deleted_row_is_named(drop_triggers) -> None:
    _entries(4)
    drop_triggers()
    AuditEntry.objects.filter(id=2).delete()
    report = audit_verify()
    assert report.broken_at == 2 and "hilang" in report.problem


@pytest.mark.django_db(transaction=True)
def test_recomputed_hash_still_breaks_the_next_link(drop_triggers) -> None:
    _entries(4)
    drop_triggers()
    from netra.audit.chain import _digest, _fields

    entry = AuditEntry.objects.get(id=2)
    entry.actor = "penyusup"
    entry.hash = _digest(entry.prev_hash, _fields(entry))
    AuditEntry.objects.filter(id=2).update(actor=entry.actor, hash=entry.hash)
    assert audit_verify().broken_at == 3


@pytest.mark.django_db
def test_verify_command_on_intact_chain(capsys) -> None:
    _entries(2)
    assert main(["audit", "verify"]) == 0
    assert "utuh" in capsys.readouterr().out
