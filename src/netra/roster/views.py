"""The roster: ASN list, one person's page (accounts, findings, cases across elections)."""

from __future__ import annotations

from django.contrib import messages
from django.db.models import Count, Q
from django.http import HttpRequest, HttpResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.views.decorators.http import require_POST

from netra.accounts.access import TRIAGE_ROLES, role_required, scoped
from netra.audit.chain import audit_record
from netra.roster.forms import AccountForm
from netra.roster.models import Asn, SocialAccount
from netra.web.paging import page_of, query_without_page


@role_required(*TRIAGE_ROLES)
def asn_list(request: HttpRequest) -> HttpResponse:
    query = request.GET.get("q", "").strip()
    people = scoped(request.user, Asn.objects.select_related("opd")).annotate(
        case_count=Count("cases", distinct=True),
        proven=Count(
            "cases",
            filter=Q(cases__state__in=["rekomendasi", "diteruskan", "putusan", "selesai"]),
            distinct=True,
        ),
    )
    if query:
        people = people.filter(
            Q(name__icontains=query)
            | Q(nip__startswith=query)
            | Q(accounts__handle__icontains=query.lstrip("@"))
        ).distinct()
    if request.GET.get("berulang"):
        people = people.filter(proven__gte=2)
    page = page_of(people.order_by("name"), request.GET.get("hal"), 50)
    return render(
        request,
        "roster/asn_list.html",
        {"page": page, "q": query, "query": query_without_page(request)},
    )


def _get_asn(request: HttpRequest, pk: int) -> Asn:
    return get_object_or_404(scoped(request.user, Asn.objects.select_related("opd")), pk=pk)


@role_required(*TRIAGE_ROLES)
def asn_detail(request: HttpRequest, pk: int) -> HttpResponse:
    asn = _get_asn(request, pk)
    audit_record(actor=request.user, action="asn.view", obj=asn)
    cases = asn.cases.select_related("election", "sanction").order_by("-created_at")
    return render(
        request,
        "roster/asn_detail.html",
        {
            "asn": asn,
            "accounts": asn.accounts.select_related("linked_by"),
            "findings": asn.findings.select_related("activity").order_by("-created_at")[:50],
            "cases": cases,
            "elections": {
                c.election_id
                for c in cases
                if c.election_id and c.state in ("rekomendasi", "diteruskan", "putusan", "selesai")
            },
            "form": AccountForm(),
        },
    )


@require_POST
@role_required(*TRIAGE_ROLES)
def account_add(request: HttpRequest, pk: int) -> HttpResponse:
    asn = _get_asn(request, pk)
    form = AccountForm(request.POST, user=request.user)
    if form.is_valid():
        account = SocialAccount.objects.create(asn=asn, linked_by=request.user, **form.cleaned_data)
        audit_record(
            actor=request.user,
            action="account.link",
            obj=account,
            detail={"asn": asn.nip, "method": account.link_method},
        )
        messages.success(request, f"Akun {account} dikaitkan ke {asn.name}.")
    else:
        for error in form.non_field_errors() or [
            f"{form.fields[f].label}: {e[0]}" for f, e in form.errors.items() if f in form.fields
        ]:
            messages.error(request, error)
    return redirect("asn_detail", asn.pk)
