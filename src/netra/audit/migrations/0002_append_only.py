"""Database triggers that refuse UPDATE and DELETE on the audit log (SQLite and PostgreSQL).

The hash chain detects tampering; the triggers make the ordinary application path unable to tamper
at all. Someone with database owner rights can still drop them, which `netra audit verify` catches.
"""

from django.conf import settings
from django.db import migrations

SQLITE = [
    """CREATE TRIGGER audit_no_update BEFORE UPDATE ON audit_auditentry
       BEGIN SELECT RAISE(ABORT, 'jejak audit hanya boleh ditambah'); END""",
    """CREATE TRIGGER audit_no_delete BEFORE DELETE ON audit_auditentry
       BEGIN SELECT RAISE(ABORT, 'jejak audit hanya boleh ditambah'); END""",
]
SQLITE_DROP = ["DROP TRIGGER IF EXISTS audit_no_update", "DROP TRIGGER IF EXISTS audit_no_delete"]
POSTGRES = [
    """CREATE OR REPLACE FUNCTION audit_append_only() RETURNS trigger AS $$
       BEGIN RAISE EXCEPTION 'jejak audit hanya boleh ditambah'; END; $$ LANGUAGE plpgsql""",
    """CREATE TRIGGER audit_append_only BEFORE UPDATE OR DELETE ON audit_auditentry
       FOR EACH ROW EXECUTE FUNCTION audit_append_only()""",
]
POSTGRES_DROP = [
    "DROP TRIGGER IF EXISTS audit_append_only ON audit_auditentry",
    "DROP FUNCTION IF EXISTS audit_append_only()",
]


def _run(statements_by_vendor):
    def run(apps, schema_editor):
        vendor = schema_editor.connection.vendor
        for sql in statements_by_vendor.get(vendor, []):
            # The test suite empties tables between transactional tests with DELETE on SQLite
            # (TRUNCATE, which row triggers ignore, on PostgreSQL); the tests that check the
            # delete guard install it themselves.
            if vendor == "sqlite" and "BEFORE DELETE" in sql and getattr(settings, "NETRA_TESTING", False):
                continue
            schema_editor.execute(sql)

    return run


class Migration(migrations.Migration):
    dependencies = [("audit", "0001_initial")]
    operations = [
        migrations.RunPython(
            _run({"sqlite": SQLITE, "postgresql": POSTGRES}),
            _run({"sqlite": SQLITE_DROP, "postgresql": POSTGRES_DROP}),
        )
    ]
