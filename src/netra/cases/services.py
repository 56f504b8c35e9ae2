"""Every write to a case goes through these functions: role checks, required notes, events, audit."""

from __future__ import annotations

from collections.abc import Iterable
from typing import IO

from django.db import transaction
from django.utils import timezone

from netra.accounts.access import opd_scope
from netra.accounts.models import User
from netra.audit.chain import audit_record
from netra.cases.evidence_store import store_file
from netra.cases.models import Case, CaseEvent, EventKind, Evidence, Sanction
from netra.cases.workflow import workflow
from netra.monitoring.models import Finding, FindingStatus
from netra.roster.models import Asn


class CaseError(Exception):
    """A refused case operation; the message is shown to the user as is."""


def _check_scope(actor: User, case: Case) -> None:
    scope = opd_scope(actor)
    if scope is not None and case.opd_id not in scope:
        raise CaseError("Kasus ini di luar OPD Anda.")


def _may_write(actor: User) -> None:
    if not actor.can_triage:
        raise CaseError("Peran Anda hanya dapat melihat.")


@transaction.atomic
def case_open(
    *,
    actor: User,
    title: str,
    asn: Asn | None = None,
    subject: str = "",
    findings: Iterable[Finding] = (),
    election=None,
    note: str = "",
) -> Case:
    """Open a case about one ASN (or a not-yet-identified subject), with its first findings."""
    _may_write(actor)
    findings = list(findings)
    if asn is None and findings:
        asn = next((f.asn for f in findings if f.asn_id), None)
    if asn is None and not subject.strip():
        raise CaseError("Sebutkan ASN terlapor, atau uraian terlapor bila belum ada di daftar.")
    opd = asn.opd if asn else next((f.opd for f in findings if f.opd_id), None)
    if opd is None and actor.is_monitor:
        opd = actor.opd
    now = timezone.now()
    case = Case(
        asn=asn,
        opd=opd,
        subject=subject.strip(),
        title=title.strip()[:300] or "Dugaan pelanggaran",
        election=election,
        created_by=actor,
        created_at=now,
        state="baru",
        state_since=now,
        deadline=workflow().deadline("baru", now),
    )
    _check_scope(actor, case)
    case.save()
    CaseEvent.objects.create(
        case=case, actor=actor, kind=EventKind.OPENED, to_state="baru", note=note
    )
    audit_record(actor=actor, action="case.open", obj=case, detail={"title": case.title})
    if findings:
        case_add_findings(actor=actor, case=case, findings=findings)
    return case


@transaction.atomic
def case_add_findings(*, actor: User, case: Case, findings: Iterable[Finding]) -> int:
    """Attach findings to an open case; findings of another ASN are refused."""
    _may_write(actor)
    _check_scope(actor, case)
    if workflow().states[case.state].final:
        raise CaseError("Kasus sudah ditutup; buka kasus baru.")
    findings = list(findings)
    scope = opd_scope(actor)
    people = {f.asn_id for f in findings if f.asn_id} | ({case.asn_id} if case.asn_id else set())
    if len(people) > 1:
        raise CaseError("Satu kasus hanya untuk satu ASN; temuan ini milik ASN lain.")
    if not case.asn_id and people:
        # The first identified finding tells who the case is about.
        case.asn = next(f.asn for f in findings if f.asn_id)
        case.opd = case.asn.opd
        case.save(update_fields=["asn", "opd"])
    added = 0
    for finding in findings:
        if scope is not None and finding.opd_id not in scope:
            raise CaseError(f"Temuan #{finding.pk} di luar OPD Anda.")
        if finding.case_id and finding.case_id != case.pk:
            raise CaseError(f"Temuan #{finding.pk} sudah masuk kasus lain.")
        finding.case = case
        finding.status = FindingStatus.CASE
        finding.handled_by, finding.handled_at = actor, timezone.now()
        finding.save(update_fields=["case", "status", "handled_by", "handled_at"])
        CaseEvent.objects.create(
            case=case, actor=actor, kind=EventKind.FINDING, note=f"Temuan #{finding.pk}"
        )
        added += 1
    audit_record(actor=actor, action="case.add_findings", obj=case, detail={"count": added})
    return added


def allowed_transitions(actor: User, case: Case) -> list:
    """The moves `actor` may make on `case` now (for the case page's buttons)."""
    if not actor.can_triage:
        return []
    return [t for t in workflow().from_state(case.state) if actor.is_admin or actor.role in t.roles]


@transaction.atomic
def case_transition(*, actor: User, case: Case, to_state: str, note: str = "") -> Case:
    """Move `case` to `to_state`: the single place where a case's state changes."""
    case = Case.objects.select_for_update().get(pk=case.pk)
    _check_scope(actor, case)
    flow = workflow()
    if to_state not in flow.states:
        raise CaseError(f"Status {to_state!r} tidak dikenal.")
    move = flow.find(case.state, to_state)
    if move is None:
        raise CaseError(
            f"Kasus berstatus {flow.states[case.state].label} tidak dapat dipindah ke "
            f"{flow.states[to_state].label}."
        )
    if not (actor.is_admin or actor.role in move.roles):
        raise CaseError("Peran Anda tidak boleh melakukan langkah ini.")
    note = note.strip()
    if move.note_required and not note:
        raise CaseError(f"{move.note_label} wajib diisi.")
    sanction = Sanction.objects.filter(case=case).first()
    if move.requires == "sanction" and sanction is None:
        raise CaseError("Catat dulu putusan sanksi dari PPK.")
    if move.requires == "sanction_outcome" and (sanction is None or sanction.carried_out is None):
        raise CaseError("Catat dulu apakah sanksi sudah dilaksanakan.")
    now = timezone.now()
    source = case.state
    case.state, case.state_since, case.deadline = to_state, now, flow.deadline(to_state, now)
    case.save(update_fields=["state", "state_since", "deadline"])
    CaseEvent.objects.create(
        case=case,
        actor=actor,
        kind=EventKind.TRANSITION,
        from_state=source,
        to_state=to_state,
        note=note,
    )
    audit_record(
        actor=actor,
        action="case.transition",
        obj=case,
        detail={"from": source, "to": to_state, "note": note},
    )
    return case


@transaction.atomic
def case_note(*, actor: User, case: Case, note: str) -> CaseEvent:
    _may_write(actor)
    _check_scope(actor, case)
    if not note.strip():
        raise CaseError("Catatan kosong.")
    event = CaseEvent.objects.create(case=case, actor=actor, kind=EventKind.NOTE, note=note.strip())
    audit_record(actor=actor, action="case.note", obj=case, detail={"note": note.strip()})
    return event


@transaction.atomic
def sanction_record(*, actor: User, case: Case, **fields) -> Sanction:
    """Record (or correct) the PPK's decision; satgas only, from `diteruskan` on."""
    if not actor.is_satgas:
        raise CaseError("Hanya Satgas yang mencatat sanksi.")
    if case.state not in ("diteruskan", "putusan"):
        raise CaseError("Sanksi dicatat setelah kasus diteruskan ke Bawaslu/BKN.")
    sanction, created = Sanction.objects.update_or_create(
        case=case, defaults={**fields, "recorded_by": actor, "recorded_at": timezone.now()}
    )
    CaseEvent.objects.create(
        case=case,
        actor=actor,
        kind=EventKind.SANCTION,
        note=f"{sanction.get_kind_display()} — {sanction.letter_number}"
        + (
            ""
            if sanction.carried_out is None
            else (" (dilaksanakan)" if sanction.carried_out else " (tidak dilaksanakan)")
        ),
    )
    audit_record(
        actor=actor,
        action="sanction.record" if created else "sanction.update",
        obj=case,
        detail={k: str(v) for k, v in fields.items()},
    )
    return sanction


@transaction.atomic
def evidence_attach(
    *,
    actor: User,
    case: Case | None = None,
    finding: Finding | None = None,
    upload: IO[bytes] | None = None,
    name: str = "",
    url: str = "",
    description: str = "",
) -> Evidence:
    """Attach a file or a link. The file is stored before the row, so no row points at nothing."""
    _may_write(actor)
    target = case or (finding.case if finding else None)
    if case is not None:
        _check_scope(actor, case)
    elif finding is not None:
        scope = opd_scope(actor)
        if scope is not None and finding.opd_id not in scope:
            raise CaseError("Temuan ini di luar OPD Anda.")
    else:
        raise CaseError("Bukti harus dilampirkan ke kasus atau temuan.")
    if upload is None and not url:
        raise CaseError("Pilih berkas atau isi tautan.")
    evidence = Evidence(
        case=case,
        finding=finding,
        url=url,
        description=description.strip()[:500],
        uploaded_by=actor,
        original_name=name[:255],
    )
    if upload is not None:
        stored = store_file(upload, name=name)
        evidence.sha256, evidence.size, evidence.content_type = (
            stored.sha256,
            stored.size,
            stored.content_type,
        )
    evidence.full_clean()
    evidence.save()
    if target is not None:
        CaseEvent.objects.create(
            case=target,
            actor=actor,
            kind=EventKind.EVIDENCE,
            note=evidence.original_name or evidence.url,
        )
    audit_record(
        actor=actor,
        action="evidence.attach",
        obj=evidence,
        detail={"sha256": evidence.sha256, "url": url, "case": case.pk if case else None},
    )
    return evidence
