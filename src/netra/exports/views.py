"""Export pages: request an export, watch it, download it; and case dossiers."""

from __future__ import annotations

from django.http import FileResponse, Http404, HttpRequest, HttpResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.urls import NoReverseMatch, reverse
from django.views.decorators.http import require_GET, require_http_methods

from netra.accounts.access import ALL_ROLES, TRIAGE_ROLES, opd_scope, role_required, scoped
from netra.audit.chain import audit_record
from netra.cases.models import Case
from netra.exports import dossier
from netra.exports.forms import ExportForm
from netra.exports.jobs import CONTENT_TYPES, export_request, job_file
from netra.exports.models import ExportJob
from netra.roster.models import Opd


def _visible_opds(user):
    """OPD offered in the filter: the monitor's subtree; all OPD for satgas and leadership."""
    opds = Opd.objects.order_by("name")
    scope = opd_scope(user)
    if scope is None or not user.sees_people:
        return opds
    return opds.filter(pk__in=scope)


def _own_job(request: HttpRequest, pk: int) -> ExportJob:
    """The job if the user requested it (or is admin); 404 otherwise."""
    jobs = ExportJob.objects.all()
    if not request.user.is_admin:
        jobs = jobs.filter(requested_by=request.user)
    return get_object_or_404(jobs, pk=pk)


@role_required(*ALL_ROLES)
@require_http_methods(["GET", "POST"])
def export_start(request: HttpRequest) -> HttpResponse:
    """GET: the export form and the user's recent exports. POST: queue an export, show its page."""
    opds = _visible_opds(request.user)
    if request.method == "POST":
        form = ExportForm(request.POST, opds=opds)
        if form.is_valid():
            job = export_request(
                user=request.user,
                kind=form.cleaned_data["kind"],
                fmt=form.cleaned_data["format"],
                filters=form.filters(),
            )
            return redirect("export_job", pk=job.pk)
        status = 400
    else:
        form = ExportForm(initial={"kind": "findings", "format": "xlsx"}, opds=opds)
        status = 200
    jobs = ExportJob.objects.filter(requested_by=request.user)[:20]
    return render(
        request,
        "exports/start.html",
        {"form": form, "jobs": jobs, "sees_people": request.user.sees_people},
        status=status,
    )


@role_required(*ALL_ROLES)
@require_GET
def export_job(request: HttpRequest, pk: int) -> HttpResponse:
    """The job's page; htmx polls it every 2 s and gets only the status fragment."""
    job = _own_job(request, pk)
    context = {"job": job, "has_file": job_file(job) is not None}
    if request.headers.get("HX-Request"):
        return render(request, "exports/_job_status.html", context)
    return render(request, "exports/job.html", context)


@role_required(*ALL_ROLES)
@require_GET
def export_download(request: HttpRequest, pk: int) -> HttpResponse:
    job = _own_job(request, pk)
    path = job_file(job)
    if path is None:
        raise Http404("Berkas ekspor belum siap atau sudah dihapus.")
    audit_record(
        actor=request.user,
        action="export.download",
        obj=job,
        detail={"kind": job.kind, "format": job.format, "rows": job.rows},
    )
    response = FileResponse(
        path.open("rb"),
        as_attachment=True,
        filename=job.download_name,
        content_type=CONTENT_TYPES[job.format],
    )
    response["Cache-Control"] = "no-store"
    return response


def _evidence_link(request: HttpRequest):
    def link(evidence) -> str:
        try:
            return request.build_absolute_uri(reverse("evidence_download", args=[evidence.pk]))
        except NoReverseMatch:
            return ""

    return link


@role_required(*TRIAGE_ROLES)
@require_GET
def case_dossier(request: HttpRequest, pk: int, fmt: str) -> HttpResponse:
    """The case dossier (PDF or DOCX) for forwarding; satgas/admin and the case's OPD monitor."""
    if fmt not in dossier.CONTENT_TYPES:
        raise Http404("Format berkas tidak dikenal.")
    try:
        case = dossier.load_case(pk, scoped(request.user, Case.objects.all()))
    except Case.DoesNotExist:
        raise Http404("Kasus tidak ditemukan.") from None
    content = dossier.case_dossier(case, fmt, user=request.user, link=_evidence_link(request))
    audit_record(
        actor=request.user,
        action="case.dossier",
        obj=case,
        detail={"format": fmt, "number": case.number},
    )
    response = HttpResponse(content, content_type=dossier.CONTENT_TYPES[fmt])
    response["Content-Disposition"] = (
        f'attachment; filename="{dossier.dossier_filename(case, fmt)}"'
    )
    response["Cache-Control"] = "no-store"
    return response
