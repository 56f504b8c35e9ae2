"""The admin: roster is editable by admins, the audit log is read-only, others are kept out."""

from __future__ import annotations

from netra.audit.chain import audit_record


def test_admin_can_open_roster_and_audit(client, world) -> None:
    audit_record(actor="uji", action="case.note", object_type="cases.case", object_id=1)
    client.force_login(world.admin)
    assert client.get("/admin/roster/asn/").status_code == 200
    assert "Sri Wahyuni" in client.get("/admin/roster/asn/").content.decode()
    assert client.get("/admin/audit/auditentry/").status_code == 200
    assert client.get("/admin/audit/auditentry/add/").status_code == 403
    assert client.get("/admin/audit/auditentry/1/delete/").status_code == 403


def test_non_admins_are_sent_away(client, world) -> None:
    for user in (world.satgas, world.monitor, world.viewer):
        client.force_login(user)
        response = client.get("/admin/roster/asn/")
        assert response.status_code == 302 and "/admin/login/" in response["Location"]
