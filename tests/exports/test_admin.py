from __future__ import annotations

from netra.exports.models import ExportJob


def test_admin_lists_jobs_read_only(client, world):
    job = ExportJob.objects.create(kind="cases", format="xlsx", requested_by=world.monitor)
    client.force_login(world.admin)
    assert client.get("/admin/exports/exportjob/").status_code == 200
    assert client.get(f"/admin/exports/exportjob/{job.pk}/change/").status_code == 200
    assert client.get("/admin/exports/exportjob/add/").status_code == 403
