"""Triage queue, finding page, batch actions and field observations."""

from __future__ import annotations

from django.contrib import messages
from django.db import transaction
from django.http import HttpRequest, HttpResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.urls import reverse
from django.views.decorators.http import require_POST

from netra.accounts.access import TRIAGE_ROLES, opd_scope, role_required, scoped
from netra.audit.chain import audit_record
from netra.cases.evidence_store import EvidenceRejected
from netra.cases.models import Case
from netra.cases.services import CaseError, case_add_findings, case_open
from netra.monitoring.field import ObservationError, observation_record
from netra.monitoring.forms import BatchForm, FieldObservationForm, TriageFilterForm
from netra.monitoring.models import Finding, FindingStatus
from netra.monitoring.templatetags.netra import violation_titles
from netra.monitoring.triage import TriageError, findings_close, findings_for_case, triage_queue
from netra.roster.models import Asn, Opd
from netra.web.paging import page_of, query_without_page

PAGE_SIZE = 50


def _visible_opds(user):
    scope = opd_scope(user)
    qs = Opd.objects.all()
    return qs if scope is None else qs.filter(pk__in=scope)


@role_required(*TRIAGE_ROLES)
def triage(request: HttpRequest) -> HttpResponse:
    form = TriageFilterForm(request.GET or None, opds=_visible_opds(request.user))
    filters = form.cleaned_filters() if request.GET else {}
    queue = triage_queue(user=request.user, filters=filters)
    page = page_of(queue, request.GET.get("hal"), PAGE_SIZE)
    return render(
        request,
        "monitoring/triage.html",
        {"form": form, "page": page, "query": query_without_page(request), "batch": BatchForm()},
    )


def _get_finding(request: HttpRequest, pk: int) -> Finding:
    qs = scoped(request.user, Finding.objects.select_related("activity", "asn", "opd", "case"))
    return get_object_or_404(qs, pk=pk)


@role_required(*TRIAGE_ROLES)
def finding_detail(request: HttpRequest, pk: int) -> HttpResponse:
    finding = _get_finding(request, pk)
    audit_record(actor=request.user, action="finding.view", obj=finding)
    return render(request, "monitoring/finding.html", {"finding": finding, "batch": BatchForm()})


@require_POST
@role_required(*TRIAGE_ROLES)
def triage_batch(request: HttpRequest) -> HttpResponse:
    ids = request.POST.getlist("ids")
    form = BatchForm(request.POST, ids=[int(i) for i in ids if i.isdigit()])
    back = request.POST.get("next") or reverse("triage")
    if not back.startswith("/"):
        back = reverse("triage")
    if not form.is_valid():
        messages.error(request, "Pilih minimal satu temuan dan satu tindakan.")
        return redirect(back)
    data = form.cleaned_data
    try:
        if data["action"] in ("dismiss", "remind"):
            status = (
                FindingStatus.DISMISSED if data["action"] == "dismiss" else FindingStatus.REMINDED
            )
            count = findings_close(
                user=request.user, ids=data["ids"], status=status, note=data["note"]
            )
            messages.success(request, f"{count} temuan ditutup ({FindingStatus(status).label}).")
            return redirect(back)
        with transaction.atomic():
            findings = findings_for_case(user=request.user, ids=data["ids"])
            if data["action"] == "case_new":
                first = findings[0]
                title = (
                    f"Dugaan {violation_titles().get(first.code, 'pelanggaran netralitas').lower()}"
                )
                case = case_open(
                    actor=request.user,
                    title=title,
                    findings=findings,
                    subject="" if first.asn_id else (first.activity.author or "ASN belum dikenali"),
                    note=data["note"],
                )
                messages.success(request, f"Kasus {case.number} dibuka.")
            else:
                case = _case_by_number(request, data["case_number"])
                case_add_findings(actor=request.user, case=case, findings=findings)
                messages.success(request, f"{len(findings)} temuan ditambahkan ke {case.number}.")
        return redirect("case_detail", case.pk)
    except (TriageError, CaseError) as exc:
        messages.error(request, str(exc))
        return redirect(back)


def _case_by_number(request: HttpRequest, number: str) -> Case:
    digits = number.strip().rsplit("-", 1)[-1]
    if not digits.isdigit():
        raise CaseError("Nomor kasus tidak dikenali (contoh: NTR-2026-00012).")
    case = scoped(request.user, Case.objects.all()).filter(pk=int(digits)).first()
    if case is None:
        raise CaseError(f"Kasus {number} tidak ditemukan.")
    return case


@role_required(*TRIAGE_ROLES)
def field_observation(request: HttpRequest) -> HttpResponse:
    people = scoped(request.user, Asn.objects.select_related("opd"))
    form = FieldObservationForm(request.POST or None, request.FILES or None, people=people)
    if request.method == "POST" and form.is_valid():
        try:
            finding = observation_record(
                actor=request.user, data=form.cleaned_data, files=form.cleaned_data["photos"]
            )
        except (ObservationError, EvidenceRejected, CaseError) as exc:
            form.add_error(None, str(exc))
        else:
            messages.success(request, f"Temuan lapangan #{finding.pk} tersimpan dan masuk antrean.")
            return redirect("finding_detail", finding.pk)
    return render(request, "monitoring/field.html", {"form": form})
