"""report_submit: one transaction, classified like any activity, nothing half saved."""

from __future__ import annotations

import datetime as dt
from unittest import mock

import pytest
from django.db import DatabaseError, connection

from netra.audit.models import AuditEntry
from netra.cases.models import Evidence
from netra.elections.services import active_classifier
from netra.monitoring.models import Activity, Finding, Source
from netra.portal.codes import code_digest
from netra.portal.files import prepare_upload
from netra.portal.models import PublicReport, ReportFile
from netra.portal.services import ReportNotSaved, record_text, report_find, report_submit
from tests.portal.conftest import jpeg_with_gps, pdf_bytes, stored_files, upload

DATA = {
    "what": "Camat memakai mobil dinas untuk mengangkut spanduk BARA nomor 2 ke lokasi kampanye.",
    "happened_on": dt.date(2024, 10, 12),
    "happened_time": dt.time(15, 0),
    "when_approximate": True,
    "place": "Kantor Kecamatan Sidomulyo",
    "subject_name": "Pak Camat",
    "subject_office": "Kecamatan Sidomulyo",
    "subject_nip": "",
    "links": ["https://www.instagram.com/p/abc123/"],
    "anonymous": True,
    "contact_name": "",
    "contact_phone": "",
    "contact_email": "",
}


def _files(*pairs):
    return [prepare_upload(upload(name, data)) for name, data in pairs]


def _counts():
    return (
        PublicReport.objects.count(),
        Activity.objects.count(),
        Finding.objects.count(),
        Evidence.objects.count(),
        ReportFile.objects.count(),
    )


def test_submit_stores_everything_and_classifies(world) -> None:
    files = _files(("foto.jpg", jpeg_with_gps()), ("surat.pdf", pdf_bytes()))
    submitted = report_submit(data=DATA, files=files)
    report = submitted.report
    assert report_find(submitted.code) == report
    activity, finding = report.activity, report.finding
    assert activity.source == Source.PORTAL and activity.platform == "portal"
    assert activity.text == record_text(DATA["what"], DATA["links"])
    assert activity.url == DATA["links"][0]
    expected = active_classifier().classify(
        {
            "id": "x",
            "action": "post",
            "text": activity.text,
            "created_at": "2024-10-12T15:00:00+07:00",
        }
    )
    assert finding.verdict == expected.verdict == "forbidden"
    assert finding.codes == list(expected.violations)
    assert finding.status == "baru" and finding.asn is None and finding.opd is None
    evidence = list(Evidence.objects.filter(finding=finding))
    assert {e.content_type for e in evidence} == {"image/jpeg", "application/pdf"}
    assert all(e.uploaded_by is None for e in evidence)
    assert report.files.count() == 2
    entry = AuditEntry.objects.get(action="report.submit")
    assert entry.actor == "publik" and entry.object_id == str(report.pk)
    assert entry.detail["files"] == 2


def test_grey_finding_when_the_classifier_sees_nothing(world) -> None:
    data = {**DATA, "what": "Ada pegawai kantor kelurahan yang sering pulang cepat.", "links": []}
    report = report_submit(data=data, files=[]).report
    assert report.finding.verdict == "grey"
    assert report.finding.codes == [] and report.finding.severity == 0


def test_grey_finding_without_an_active_election(db) -> None:
    report = report_submit(data=DATA, files=[]).report
    assert report.finding.verdict == "grey" and report.finding.ruleset == "laporan"


def test_contact_is_dropped_for_anonymous_and_never_in_the_activity(world) -> None:
    named = {**DATA, "anonymous": False, "contact_name": "Rina", "contact_phone": "0812 1111 2222"}
    report = report_submit(data=named, files=[]).report
    assert report.contact_phone == "0812 1111 2222"
    assert "0812" not in str(report.activity.raw) and "Rina" not in str(report.activity.raw)
    anonymous = {**named, "anonymous": True}
    report = report_submit(data=anonymous, files=[]).report
    assert (report.contact_name, report.contact_phone, report.contact_email) == ("", "", "")


def test_code_is_not_stored_in_clear(world) -> None:
    submitted = report_submit(data=DATA, files=[])
    code = submitted.code
    body = code.replace("NTR-", "").replace("-", "")
    assert submitted.report.code_digest == code_digest(code)
    with connection.cursor() as cursor:
        for table in connection.introspection.table_names():
            cursor.execute(f"SELECT * FROM {connection.ops.quote_name(table)}")
            for row in cursor.fetchall():
                text = " ".join(str(v) for v in row)
                assert code not in text and body not in text, table


def test_database_failure_in_the_middle_leaves_nothing(world, evidence_dir) -> None:
    files = _files(("foto.jpg", jpeg_with_gps()))
    before = _counts()
    with (
        mock.patch.object(Finding, "save", side_effect=DatabaseError("disk I/O error")),
        pytest.raises(ReportNotSaved),
    ):
        report_submit(data=DATA, files=files)
    assert _counts() == before
    assert stored_files(evidence_dir) == []


def test_failure_after_the_files_were_written_removes_them(world, evidence_dir) -> None:
    files = _files(("foto.jpg", jpeg_with_gps()), ("surat.pdf", pdf_bytes()))
    before = _counts()
    audits = AuditEntry.objects.count()
    with (
        mock.patch(
            "netra.portal.services.audit_record", side_effect=DatabaseError("database is locked")
        ),
        pytest.raises(ReportNotSaved),
    ):
        report_submit(data=DATA, files=files)
    assert _counts() == before
    assert AuditEntry.objects.count() == audits
    assert [p for p in stored_files(evidence_dir) if not p.name.startswith(".")] == []


def test_disk_failure_on_the_second_file(world, evidence_dir) -> None:
    from netra.cases import evidence_store

    files = _files(("foto.jpg", jpeg_with_gps()), ("surat.pdf", pdf_bytes()))
    real = evidence_store.store_file
    calls = []

    def flaky(stream, **kwargs):
        calls.append(1)
        if len(calls) == 2:
            raise OSError(28, "No space left on device")
        return real(stream, **kwargs)

    with (
        mock.patch("netra.portal.files.store_file", side_effect=flaky),
        pytest.raises(ReportNotSaved),
    ):
        report_submit(data=DATA, files=files)
    assert len(calls) == 2
    assert _counts() == (0, 0, 0, 0, 0)
    assert stored_files(evidence_dir) == []


def test_a_file_other_evidence_uses_is_kept(world, evidence_dir) -> None:
    files = _files(("surat.pdf", pdf_bytes()))
    first = report_submit(data=DATA, files=files).report  # stores the PDF for good
    path = list(stored_files(evidence_dir))
    assert len(path) == 1
    with (
        mock.patch("netra.portal.services.audit_record", side_effect=DatabaseError("boom")),
        pytest.raises(ReportNotSaved),
    ):
        report_submit(data=DATA, files=_files(("surat-lagi.pdf", pdf_bytes())))
    assert stored_files(evidence_dir) == path  # still there: the first report points at it
    assert first.files.count() == 1
