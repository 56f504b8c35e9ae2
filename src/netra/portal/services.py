"""Every write to a public report goes through here: submit, follow-up, and the Satgas's actions.

A submit is one durable transaction (activity, finding, report, evidence rows, audit entry); files
are written first and removed again when the transaction fails, so a report is never half saved.
Nothing identifying the sender's connection (address, browser) is stored.
"""

from __future__ import annotations

import datetime as dt
import logging
import uuid
from dataclasses import dataclass

from django.core.exceptions import PermissionDenied
from django.db import DatabaseError, transaction
from django.utils import timezone

from netra.accounts.access import opd_scope
from netra.accounts.models import User
from netra.audit.chain import audit_record
from netra.cases.models import CaseEvent, EventKind, Evidence
from netra.classify import RecordError
from netra.elections.services import active_classifier
from netra.monitoring.ingest import finding_from_verdict
from netra.monitoring.models import Activity, Finding, Source
from netra.portal.codes import code_digest, new_code
from netra.portal.files import FileWriter, PreparedFile
from netra.portal.models import PublicReport, ReportFile, ReportFollowUp
from netra.roster.models import Asn, Opd

logger = logging.getLogger(__name__)

PLATFORM = "portal"
MESSAGE_MAX = 2000


class ReportNotSaved(Exception):
    """The database or the disk failed; nothing of the report was kept."""


class PortalError(Exception):
    """A refused workspace action on a report; the message is shown as is."""


@dataclass(frozen=True)
class Submitted:
    report: PublicReport
    code: str


def record_text(what: str, links: list[str]) -> str:
    """The text that is classified and shown in the queue: what happened, then the links."""
    return "\n".join([what.strip(), *links]).strip()


def _happened_at(data: dict) -> dt.datetime | None:
    day = data.get("happened_on")
    if not day:
        return None
    moment = dt.datetime.combine(day, data.get("happened_time") or dt.time(12, 0))
    return timezone.make_aware(moment)


def _classify(record: dict):
    classifier = active_classifier()
    if classifier is None:
        return None
    try:
        return classifier.classify(record)
    except RecordError:
        logger.exception("Laporan masyarakat tidak dapat diklasifikasi")
        return None


def _finding_for(activity: Activity, verdict) -> Finding:
    """The classifier's verdict; a public report always makes a finding, grey when nothing shows."""
    if verdict is None:
        return Finding(activity=activity, verdict="grey", ruleset="laporan")
    finding = finding_from_verdict(activity, verdict)
    if verdict.verdict == "allowed":
        finding.verdict, finding.severity, finding.code, finding.codes = "grey", 0, "", []
    return finding


def _evidence(writer: FileWriter, prepared: PreparedFile, *, finding, case, description: str):
    stored = writer.store(prepared)
    return Evidence.objects.create(
        finding=finding,
        case=case,
        sha256=stored.sha256,
        size=stored.size,
        content_type=stored.content_type,
        original_name=prepared.name[:255],
        description=description[:500],
        uploaded_by=None,
    )


def report_submit(*, data: dict, files: list[PreparedFile]) -> Submitted:
    """Store a report from the public form (already validated) and return it with its code.

    Raises ReportNotSaved when the database or the disk fails; then no row remains and files
    written for this submit are removed unless another evidence row uses the same content.
    """
    links = list(data.get("links") or [])
    text = record_text(data["what"], links)
    when = _happened_at(data)
    external_id = f"lapor-{uuid.uuid4().hex}"
    record = {
        "id": external_id,
        "action": "post",
        "text": text,
        "created_at": (when or timezone.now()).isoformat(),
        "platform": PLATFORM,
        **({"url": links[0]} if links else {}),
    }
    verdict = _classify(record)  # before the transaction: no lock is held while classifying
    code = new_code()
    anonymous = bool(data.get("anonymous", True))
    writer = FileWriter()
    try:
        with transaction.atomic(durable=True):
            activity = Activity.objects.create(
                platform=PLATFORM,
                external_id=external_id,
                action="post",
                text=text,
                url=links[0] if links else "",
                posted_at=when,
                # The raw record never holds the reporter's contact details.
                raw={
                    **record,
                    "place": data["place"],
                    "subject": {
                        "name": data.get("subject_name", ""),
                        "office": data.get("subject_office", ""),
                        "nip": data.get("subject_nip", ""),
                    },
                    "links": links,
                    "approximate": bool(data.get("when_approximate")),
                },
                source=Source.PORTAL,
                received_from="portal",
            )
            finding = _finding_for(activity, verdict)
            finding.save()
            report = PublicReport.objects.create(
                code_digest=code_digest(code),
                what=data["what"].strip(),
                happened_on=data.get("happened_on"),
                happened_time=data.get("happened_time"),
                when_approximate=bool(data.get("when_approximate")),
                place=data["place"].strip(),
                subject_name=(data.get("subject_name") or "").strip(),
                subject_office=(data.get("subject_office") or "").strip(),
                subject_nip=data.get("subject_nip") or "",
                links=links,
                anonymous=anonymous,
                contact_name="" if anonymous else (data.get("contact_name") or "").strip(),
                contact_phone="" if anonymous else (data.get("contact_phone") or "").strip(),
                contact_email="" if anonymous else (data.get("contact_email") or "").strip(),
                activity=activity,
                finding=finding,
            )
            for prepared in files:
                evidence = _evidence(
                    writer,
                    prepared,
                    finding=finding,
                    case=None,
                    description="Lampiran laporan masyarakat",
                )
                ReportFile.objects.create(report=report, evidence=evidence)
            audit_record(
                actor=None,
                action="report.submit",
                obj=report,
                detail={
                    "finding": finding.pk,
                    "verdict": finding.verdict,
                    "files": len(files),
                    "anonymous": anonymous,
                },
            )
    except BaseException as exc:
        writer.discard()
        if isinstance(exc, DatabaseError | OSError):
            logger.exception("Laporan masyarakat gagal disimpan")
            raise ReportNotSaved(str(exc)) from exc
        raise
    return Submitted(report, code)


def report_find(code: str) -> PublicReport | None:
    """The report with this tracking code, or None (for any reason: the caller cannot tell)."""
    digest = code_digest(code or "")
    if digest is None:
        return None
    return (
        PublicReport.objects.select_related("finding", "finding__case")
        .filter(code_digest=digest)
        .first()
    )


def report_followup(
    *, report: PublicReport, text: str, files: list[PreparedFile]
) -> ReportFollowUp:
    """Append what the reporter added with their code; shown on the finding and case pages."""
    text = text.strip()
    writer = FileWriter()
    try:
        with transaction.atomic(durable=True):
            report = PublicReport.objects.select_for_update().get(pk=report.pk)
            finding = Finding.objects.select_related("case").get(pk=report.finding_id)
            followup = ReportFollowUp.objects.create(report=report, text=text)
            for prepared in files:
                evidence = _evidence(
                    writer,
                    prepared,
                    finding=finding,
                    case=finding.case,
                    description=f"Tambahan dari pelapor ({timezone.localtime():%d-%m-%Y %H:%M})",
                )
                ReportFile.objects.create(report=report, followup=followup, evidence=evidence)
            if finding.case is not None:
                summary = f"Pelapor menambahkan informasi pada laporan masyarakat #{report.pk}"
                if files:
                    summary += f" ({len(files)} berkas)"
                CaseEvent.objects.create(
                    case=finding.case,
                    actor=None,
                    kind=EventKind.NOTE,
                    note=f"{summary}.\n{text[:1000]}".strip(),
                )
            audit_record(
                actor=None,
                action="report.followup",
                obj=report,
                detail={"followup": followup.pk, "files": len(files), "chars": len(text)},
            )
    except BaseException as exc:
        writer.discard()
        if isinstance(exc, DatabaseError | OSError):
            logger.exception("Tambahan laporan masyarakat gagal disimpan")
            raise ReportNotSaved(str(exc)) from exc
        raise
    return followup


# --- the Satgas's side -------------------------------------------------------------------------


def report_contact(*, actor: User, report: PublicReport) -> dict[str, str]:
    """The reporter's contact details, for the Satgas only; every call is audited."""
    if not actor.is_satgas:
        raise PermissionDenied("Hanya Satgas yang dapat melihat kontak pelapor.")
    audit_record(
        actor=actor,
        action="report.contact_view",
        obj=report,
        detail={"finding": report.finding_id},
    )
    return {
        "name": report.contact_name,
        "phone": report.contact_phone,
        "email": report.contact_email,
    }


@transaction.atomic
def report_set_message(*, actor: User, report: PublicReport, message: str) -> PublicReport:
    """Set (or clear) the message the reporter sees on the status page; Satgas only, audited."""
    if not actor.is_satgas:
        raise PortalError("Hanya Satgas yang menulis pesan untuk pelapor.")
    message = message.strip()
    if len(message) > MESSAGE_MAX:
        raise PortalError(f"Pesan paling panjang {MESSAGE_MAX} huruf.")
    report = PublicReport.objects.select_for_update().get(pk=report.pk)
    previous = report.public_message
    report.public_message = message
    report.public_message_at = timezone.now() if message else None
    report.save(update_fields=["public_message", "public_message_at"])
    audit_record(
        actor=actor,
        action="report.public_message",
        obj=report,
        detail={"message": message, "previous": previous},
    )
    return report


@transaction.atomic
def report_confirm_match(
    *, actor: User, report: PublicReport, asn: Asn | None = None, opd: Opd | None = None
) -> Finding:
    """A person confirms who (or which OPD) the report is about: sets finding.asn/opd, audited."""
    if not actor.can_triage:
        raise PortalError("Peran Anda hanya dapat melihat.")
    if asn is None and opd is None:
        raise PortalError("Pilih ASN atau OPD.")
    scope = opd_scope(actor)
    finding = (
        Finding.objects.select_for_update().select_related("activity").get(pk=report.finding_id)
    )
    if scope is not None and finding.opd_id not in scope:
        raise PortalError("Temuan ini di luar OPD Anda.")
    if finding.case_id:
        raise PortalError("Temuan sudah masuk kasus; terlapor tidak diubah dari sini.")
    target_opd = asn.opd_id if asn is not None else opd.pk
    if scope is not None and target_opd not in scope:
        raise PortalError("ASN atau OPD ini di luar lingkup Anda.")
    before = {"asn": finding.asn_id, "opd": finding.opd_id}
    finding.asn = asn
    finding.opd_id = target_opd
    finding.save(update_fields=["asn", "opd"])
    Activity.objects.filter(pk=finding.activity_id).update(asn=asn)
    audit_record(
        actor=actor,
        action="report.match_confirm",
        obj=finding,
        detail={
            "report": report.pk,
            "before": before,
            "asn": asn.pk if asn else None,
            "nip": asn.nip if asn else None,
            "opd": target_opd,
        },
    )
    return finding
