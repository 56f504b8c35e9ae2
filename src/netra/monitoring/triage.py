"""Triage actions on findings (services) and the queue itself (selector)."""

from __future__ import annotations

import datetime as dt

from django.db import transaction
from django.db.models import QuerySet
from django.utils import timezone

from netra.accounts.access import scoped
from netra.accounts.models import User
from netra.audit.chain import audit_record
from netra.monitoring.models import Finding, FindingStatus
from netra.web.dates import local_midnight


class TriageError(Exception):
    pass


def triage_queue(*, user: User, filters: dict[str, str]) -> QuerySet[Finding]:
    """Open findings the user may see, most severe and oldest first, filtered."""
    qs = filter_findings(scoped(user, Finding.objects.all()), filters)
    return qs.select_related("activity", "asn", "opd").order_by("-severity", "created_at", "id")


def filter_findings(qs: QuerySet[Finding], filters: dict[str, str]) -> QuerySet[Finding]:
    """The queue's filters, shared with the exports: an empty status means new findings."""
    status = filters.get("status") or FindingStatus.NEW
    if status != "semua":
        qs = qs.filter(status=status)
    if filters.get("opd"):
        qs = qs.filter(opd_id=filters["opd"])
    if filters.get("code"):
        qs = qs.filter(code=filters["code"])
    if filters.get("verdict"):
        qs = qs.filter(verdict=filters["verdict"])
    # Compare with local midnights rather than __date, which SQLite computes row by row.
    if filters.get("since"):
        qs = qs.filter(created_at__gte=local_midnight(filters["since"]))
    if filters.get("until"):
        qs = qs.filter(created_at__lt=local_midnight(filters["until"]) + dt.timedelta(days=1))
    return qs


def _open_only(user: User, ids: list[int]) -> list[Finding]:
    if not user.can_triage:
        raise TriageError("Peran Anda hanya dapat melihat.")
    findings = list(scoped(user, Finding.objects.filter(pk__in=ids)).select_for_update())
    if len(findings) != len(set(ids)):
        raise TriageError("Sebagian temuan tidak ditemukan atau di luar OPD Anda.")
    closed = [f.pk for f in findings if f.status != FindingStatus.NEW]
    if closed:
        raise TriageError(f"Temuan #{closed[0]} sudah ditangani.")
    return findings


@transaction.atomic
def findings_close(*, user: User, ids: list[int], status: str, note: str) -> int:
    """Dismiss (with a reason) or mark as reminded (pembinaan) a batch of new findings."""
    if status not in (FindingStatus.DISMISSED, FindingStatus.REMINDED):
        raise TriageError("Tindakan tidak dikenal.")
    note = note.strip()
    if status == FindingStatus.DISMISSED and not note:
        raise TriageError("Alasan mengabaikan temuan wajib diisi.")
    if status == FindingStatus.REMINDED and not note:
        raise TriageError("Catat cara dan waktu pembinaan (misalnya: ditelepon atasan, 3 Nov).")
    findings = _open_only(user, ids)
    now = timezone.now()
    for finding in findings:
        finding.status, finding.status_note = status, note
        finding.handled_by, finding.handled_at = user, now
        finding.save(update_fields=["status", "status_note", "handled_by", "handled_at"])
        audit_record(actor=user, action=f"finding.{status}", obj=finding, detail={"note": note})
    return len(findings)


def findings_for_case(*, user: User, ids: list[int]) -> list[Finding]:
    """New findings that may go into one case: same ASN (or none known), all visible."""
    findings = _open_only(user, ids)
    people = {f.asn_id for f in findings if f.asn_id}
    if len(people) > 1:
        raise TriageError("Satu kasus hanya untuk satu ASN; pilih temuan milik ASN yang sama.")
    return findings
