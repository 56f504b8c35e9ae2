"""The public portal's report pages (no login) and the Satgas's actions on a report.

Public pages: the form (/lapor/), the one-time receipt, the status look-up and the follow-up. Codes
travel only in POST bodies, never in URLs, and pages that show one are not cached. Every POST is
rate-limited per address; uploads larger than the total limit are refused before the body is read.
"""

from __future__ import annotations

import datetime as dt

from django.conf import settings
from django.contrib import messages
from django.http import HttpRequest, HttpResponse, HttpResponseNotAllowed
from django.shortcuts import get_object_or_404, redirect, render
from django.urls import reverse
from django.utils.http import url_has_allowed_host_and_scheme
from django.views.decorators.cache import never_cache
from django.views.decorators.csrf import csrf_exempt, csrf_protect
from django.views.decorators.http import require_GET, require_POST
from django_ratelimit.core import is_ratelimited

from netra.accounts.access import SATGAS_ROLES, TRIAGE_ROLES, role_required, scoped
from netra.cases.evidence_store import EvidenceRejected
from netra.portal.files import limits, prepare_uploads
from netra.portal.forms import FollowUpForm, MessageForm, ReportForm, StatusForm
from netra.portal.models import PublicReport
from netra.portal.selectors import public_view
from netra.portal.services import (
    PortalError,
    ReportNotSaved,
    report_confirm_match,
    report_contact,
    report_find,
    report_followup,
    report_set_message,
    report_submit,
)
from netra.roster.models import Asn, Opd

RECEIPT_KEY = "portal_receipt"
RECEIPT_SECONDS = 15 * 60  # a visitor's session (holding the unread receipt) lasts this long
NOT_FOUND = (
    "Kode tidak ditemukan. Periksa kembali penulisan kode pada tanda terima Anda, lalu coba lagi."
)
FORM_SLACK = 1024 * 1024  # room for the text fields and multipart headers above the file total

RATE_TEXT = {
    "submit": "Terlalu banyak laporan dari alamat internet Anda dalam satu jam. Laporan Anda belum "
    "terkirim; simpan tulisan Anda dan coba lagi nanti.",
    "lookup": "Terlalu banyak percobaan kode dari alamat internet Anda. Tunggu satu menit, lalu "
    "coba lagi.",
    "followup": "Terlalu banyak tambahan informasi dari alamat internet Anda dalam satu jam. Coba "
    "lagi nanti.",
}


# --- helpers -----------------------------------------------------------------------------------


def _limited(request: HttpRequest, group: str, setting: str) -> bool:
    """Count this POST against `group` for the sender's address; True when over the rate."""
    return is_ratelimited(
        request,
        group=group,
        key="ip",
        rate=lambda _group, _request: getattr(settings, setting),
        method="POST",
        increment=True,
    )


def _rate_limited(request: HttpRequest, kind: str) -> HttpResponse:
    return render(request, "portal/rate_limited.html", {"text": RATE_TEXT[kind]}, status=429)


def _body_too_large(request: HttpRequest) -> HttpResponse | None:
    """Refuse a body larger than the total file limit before anything reads it."""
    try:
        length = int(request.META.get("CONTENT_LENGTH") or 0)
    except ValueError:
        length = 0
    limit = limits()
    if length <= limit["max_total_bytes"] + FORM_SLACK:
        return None
    return render(request, "portal/too_large.html", {"limits": limit}, status=413)


def _not_saved(request: HttpRequest) -> HttpResponse:
    return render(request, "portal/not_saved.html", status=503)


def _prepared(form) -> list | None:
    """The form's files checked and cleaned, or None after adding the reason to the form."""
    try:
        return prepare_uploads(form.cleaned_data.get("files") or [])
    except EvidenceRejected as exc:
        form.add_error("files", str(exc))
        return None


# --- the report form and its receipt -----------------------------------------------------------


@csrf_exempt  # checked by _report_new, after the size check (the token is in the body)
@never_cache
def report_new(request: HttpRequest) -> HttpResponse:
    if request.method not in ("GET", "HEAD", "POST"):
        return HttpResponseNotAllowed(["GET", "POST"])
    if request.method == "POST" and (response := _body_too_large(request)):
        return response
    return _report_new(request)


@csrf_protect
def _report_new(request: HttpRequest) -> HttpResponse:
    form = ReportForm()
    if request.method == "POST":
        if _limited(request, "portal-attempt", "NETRA_PORTAL_ATTEMPT_RATE"):
            return _rate_limited(request, "submit")
        form = ReportForm(request.POST, request.FILES)
        if form.is_valid() and (prepared := _prepared(form)) is not None:
            if _limited(request, "portal-submit", "NETRA_PORTAL_SUBMIT_RATE"):
                return _rate_limited(request, "submit")
            try:
                submitted = report_submit(data=form.cleaned_data, files=prepared)
            except ReportNotSaved:
                return _not_saved(request)
            # Committed: only now is the code handed over, once, through the session. A visitor's
            # session is made short-lived, so an unread receipt does not linger for hours.
            request.session[RECEIPT_KEY] = {
                "code": submitted.code,
                "at": submitted.report.created_at.isoformat(),
                "files": len(prepared),
                "anonymous": submitted.report.anonymous,
            }
            if not request.user.is_authenticated:
                request.session.set_expiry(RECEIPT_SECONDS)
            return redirect("report_receipt")
    return render(request, "portal/report_form.html", {"form": form, "limits": limits()})


@require_GET
@never_cache
def report_receipt(request: HttpRequest) -> HttpResponse:
    """The code, shown exactly once: it leaves the session as this page is rendered."""
    receipt = request.session.pop(RECEIPT_KEY, None)
    if not receipt:
        return render(request, "portal/receipt_gone.html")
    receipt["at"] = dt.datetime.fromisoformat(receipt["at"])
    return render(request, "portal/receipt.html", {"receipt": receipt})


# --- status and follow-up ----------------------------------------------------------------------


def _status_page(request, report, code: str, followup_form=None, status: int = 200):
    return render(
        request,
        "portal/status_result.html",
        {
            "view": public_view(report),
            "followup": followup_form or FollowUpForm(initial={"code": code}),
            "limits": limits(),
        },
        status=status,
    )


@never_cache
def report_status(request: HttpRequest) -> HttpResponse:
    """Look a report up by its code (POST only, so the code stays out of URLs and logs)."""
    if request.method not in ("GET", "HEAD", "POST"):
        return HttpResponseNotAllowed(["GET", "POST"])
    form = StatusForm()
    if request.method == "POST":
        if _limited(request, "portal-lookup", "NETRA_PORTAL_LOOKUP_RATE"):
            return _rate_limited(request, "lookup")
        bound = StatusForm(request.POST)
        report = report_find(bound.cleaned_data["code"]) if bound.is_valid() else None
        if report is not None:
            return _status_page(request, report, bound.cleaned_data["code"])
        # One message whatever the reason (empty, malformed, unknown), so nothing can be learnt.
        form = StatusForm(initial={"code": request.POST.get("code", "")[:40]})
        return render(request, "portal/status.html", {"form": form, "error": NOT_FOUND})
    return render(request, "portal/status.html", {"form": form})


@csrf_exempt  # checked by _report_followup, after the size check
@require_POST
@never_cache
def report_followup_view(request: HttpRequest) -> HttpResponse:
    if response := _body_too_large(request):
        return response
    return _report_followup(request)


@csrf_protect
def _report_followup(request: HttpRequest) -> HttpResponse:
    if _limited(request, "portal-lookup", "NETRA_PORTAL_LOOKUP_RATE"):
        return _rate_limited(request, "lookup")
    code = request.POST.get("code", "")
    report = report_find(code)
    if report is None:
        return render(request, "portal/status.html", {"form": StatusForm(), "error": NOT_FOUND})
    form = FollowUpForm(request.POST, request.FILES)
    if not form.is_valid() or (prepared := _prepared(form)) is None:
        return _status_page(request, report, code, followup_form=form, status=400)
    if _limited(request, "portal-followup", "NETRA_PORTAL_FOLLOWUP_RATE"):
        return _rate_limited(request, "followup")
    try:
        report_followup(report=report, text=form.cleaned_data.get("text") or "", files=prepared)
    except ReportNotSaved:
        return _not_saved(request)
    messages.success(
        request,
        "Tambahan informasi Anda tersimpan dan diteruskan ke Satgas. Terima kasih. Untuk melihat "
        "status, masukkan kode Anda lagi.",
    )
    return redirect("report_status")


# --- the Satgas's actions (workspace, signed in) -------------------------------------------------


def _get_report(request: HttpRequest, pk: int) -> PublicReport:
    qs = scoped(request.user, PublicReport.objects.select_related("finding"), "finding__opd")
    return get_object_or_404(qs, pk=pk)


@require_GET
@never_cache
@role_required(*SATGAS_ROLES)
def report_contact_view(request: HttpRequest, pk: int) -> HttpResponse:
    """The reporter's contact details; each showing is written to the audit chain."""
    report = _get_report(request, pk)
    contact = report_contact(actor=request.user, report=report)
    return render(request, "portal/contact.html", {"report": report, "contact": contact})


@require_POST
@role_required(*SATGAS_ROLES)
def report_message(request: HttpRequest, pk: int) -> HttpResponse:
    report = _get_report(request, pk)
    form = MessageForm(request.POST)
    back = _back(request, report)
    if not form.is_valid():
        messages.error(request, " ".join(e for errs in form.errors.values() for e in errs))
        return redirect(back)
    try:
        report_set_message(actor=request.user, report=report, message=form.cleaned_data["message"])
    except PortalError as exc:
        messages.error(request, str(exc))
    else:
        messages.success(request, "Pesan untuk pelapor tersimpan; tampil di halaman cek status.")
    return redirect(back)


@require_POST
@role_required(*TRIAGE_ROLES)
def report_match(request: HttpRequest, pk: int) -> HttpResponse:
    """Confirm a roster suggestion (or a NIP typed by the Satgas) as the reported ASN or OPD."""
    report = _get_report(request, pk)
    people = scoped(request.user, Asn.objects.select_related("opd"))
    asn = opd = None
    raw_asn, raw_opd = request.POST.get("asn", ""), request.POST.get("opd", "")
    nip = "".join(ch for ch in request.POST.get("nip", "") if ch.isdigit())
    if raw_asn.isdigit():
        asn = people.filter(pk=int(raw_asn)).first()
    elif nip:
        asn = people.filter(nip=nip).first()
    elif raw_opd.isdigit():
        opd = scoped(request.user, Opd.objects.all(), "pk").filter(pk=int(raw_opd)).first()
    if asn is None and opd is None:
        messages.error(request, "ASN atau OPD tidak ditemukan dalam lingkup Anda.")
        return redirect("finding_detail", report.finding_id)
    try:
        report_confirm_match(actor=request.user, report=report, asn=asn, opd=opd)
    except PortalError as exc:
        messages.error(request, str(exc))
    else:
        who = f"{asn.name} (NIP {asn.nip})" if asn else opd.name
        messages.success(request, f"Terlapor dikonfirmasi: {who}.")
    return redirect("finding_detail", report.finding_id)


def _back(request: HttpRequest, report: PublicReport) -> str:
    back = request.POST.get("next", "")
    if back and url_has_allowed_host_and_scheme(back, allowed_hosts=None):
        return back
    return reverse("finding_detail", args=[report.finding_id])
