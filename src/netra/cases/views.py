"""Case list and case page, and one POST view per action on a case."""

from __future__ import annotations

from django.contrib import messages
from django.http import FileResponse, HttpRequest, HttpResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.utils import timezone
from django.views.decorators.http import require_POST

from netra.accounts.access import TRIAGE_ROLES, role_required, scoped
from netra.audit.chain import audit_record
from netra.cases.evidence_store import EvidenceRejected, path_for
from netra.cases.forms import CaseFilterForm, EvidenceForm, SanctionForm
from netra.cases.models import Case, Evidence
from netra.cases.services import (
    CaseError,
    allowed_transitions,
    case_note,
    case_transition,
    evidence_attach,
    sanction_record,
)
from netra.cases.workflow import workflow
from netra.web.paging import page_of, query_without_page


def _get_case(request: HttpRequest, pk: int) -> Case:
    """The case if the user may see it; 404 otherwise (a monitor never learns it exists)."""
    qs = scoped(request.user, Case.objects.select_related("asn", "opd", "election"))
    return get_object_or_404(qs, pk=pk)


@role_required(*TRIAGE_ROLES)
def case_list(request: HttpRequest) -> HttpResponse:
    flow = workflow()
    form = CaseFilterForm(
        request.GET or None, states=[(k, s.label) for k, s in flow.states.items()]
    )
    cases = scoped(request.user, Case.objects.select_related("asn", "opd"))
    state = form.data.get("state", "") if form.is_bound else ""
    if state == "":
        cases = cases.exclude(state__in=[k for k, s in flow.states.items() if s.final])
    elif state != "semua":
        cases = cases.filter(state=state)
    if form.is_bound and form.data.get("terlambat"):
        cases = cases.filter(deadline__lt=timezone.now())
    page = page_of(cases.order_by("deadline", "-created_at"), request.GET.get("hal"), 50)
    return render(
        request,
        "cases/case_list.html",
        {"form": form, "page": page, "query": query_without_page(request)},
    )


@role_required(*TRIAGE_ROLES)
def case_detail(request: HttpRequest, pk: int) -> HttpResponse:
    case = _get_case(request, pk)
    audit_record(actor=request.user, action="case.view", obj=case)
    sanction = getattr(case, "sanction", None)
    return render(
        request,
        "cases/case_detail.html",
        {
            "case": case,
            "events": case.events.select_related("actor"),
            "findings": case.findings.select_related("activity"),
            "evidence": case.evidence.select_related("uploaded_by"),
            "moves": allowed_transitions(request.user, case),
            "hint": workflow().states[case.state].hint,
            "sanction": sanction,
            "sanction_form": SanctionForm(instance=sanction)
            if request.user.is_satgas and case.state in ("diteruskan", "putusan")
            else None,
            "evidence_form": EvidenceForm(),
        },
    )


@require_POST
@role_required(*TRIAGE_ROLES)
def case_move(request: HttpRequest, pk: int) -> HttpResponse:
    case = _get_case(request, pk)
    try:
        case = case_transition(
            actor=request.user,
            case=case,
            to_state=request.POST.get("to", ""),
            note=request.POST.get("note", ""),
        )
    except CaseError as exc:
        messages.error(request, str(exc))
    else:
        messages.success(request, f"Status kasus kini: {case.state_label}.")
    return redirect("case_detail", case.pk)


@require_POST
@role_required(*TRIAGE_ROLES)
def case_add_note(request: HttpRequest, pk: int) -> HttpResponse:
    case = _get_case(request, pk)
    try:
        case_note(actor=request.user, case=case, note=request.POST.get("note", ""))
    except CaseError as exc:
        messages.error(request, str(exc))
    return redirect("case_detail", case.pk)


@require_POST
@role_required(*TRIAGE_ROLES)
def case_sanction(request: HttpRequest, pk: int) -> HttpResponse:
    case = _get_case(request, pk)
    form = SanctionForm(request.POST, instance=getattr(case, "sanction", None))
    if not form.is_valid():
        for field, errors in form.errors.items():
            label = form.fields[field].label if field in form.fields else ""
            messages.error(request, f"{label}: {errors[0]}" if label else errors[0])
        return redirect("case_detail", case.pk)
    try:
        sanction_record(
            actor=request.user,
            case=case,
            **{f: form.cleaned_data[f] for f in SanctionForm.Meta.fields},
        )
    except CaseError as exc:
        messages.error(request, str(exc))
    else:
        messages.success(request, "Putusan sanksi tersimpan.")
    return redirect("case_detail", case.pk)


@require_POST
@role_required(*TRIAGE_ROLES)
def case_evidence(request: HttpRequest, pk: int) -> HttpResponse:
    case = _get_case(request, pk)
    form = EvidenceForm(request.POST, request.FILES)
    if not form.is_valid():
        messages.error(request, " ".join(e for errors in form.errors.values() for e in errors))
        return redirect("case_detail", case.pk)
    upload = form.cleaned_data.get("file")
    try:
        evidence = evidence_attach(
            actor=request.user,
            case=case,
            upload=upload,
            name=upload.name if upload else "",
            url=form.cleaned_data.get("url") or "",
            description=form.cleaned_data.get("description") or "",
        )
    except (CaseError, EvidenceRejected) as exc:
        messages.error(request, str(exc))
    else:
        messages.success(
            request,
            f"Bukti tersimpan (SHA-256 {evidence.sha256[:12]}…)."
            if evidence.sha256
            else "Tautan bukti tersimpan.",
        )
    return redirect("case_detail", case.pk)


@role_required(*TRIAGE_ROLES)
def evidence_download(request: HttpRequest, pk: int) -> HttpResponse:
    """Serve a stored evidence file to someone who may see its case or finding; audited."""
    evidence = get_object_or_404(
        Evidence.objects.select_related("case", "finding"), pk=pk, sha256__gt=""
    )
    owner = evidence.case or evidence.finding
    get_object_or_404(scoped(request.user, type(owner).objects.all()), pk=owner.pk)
    audit_record(actor=request.user, action="evidence.download", obj=evidence)
    response = FileResponse(
        path_for(evidence.sha256).open("rb"), content_type=evidence.content_type
    )
    response["Content-Disposition"] = (
        f'attachment; filename="bukti-{evidence.pk}-{evidence.sha256[:12]}"'
    )
    response["X-Content-Type-Options"] = "nosniff"
    return response
