"""The dashboard: KPI tiles, four charts with table fallbacks, and the overdue cases."""

from __future__ import annotations

import datetime as dt

from django.http import HttpRequest, HttpResponse
from django.shortcuts import render
from django.utils import dateformat, timezone
from django.views.decorators.http import require_GET

from netra.accounts.access import ALL_ROLES, role_required
from netra.dashboard import selectors as s
from netra.dashboard.forms import DashboardFilterForm
from netra.roster.models import Opd


def _scope_label(user) -> str:
    if user.is_satgas:
        return "Seluruh OPD"
    if user.is_monitor:
        opd = Opd.objects.filter(pk=user.opd_id).values_list("name", flat=True).first()
        return f"{opd} dan unit di bawahnya"
    return "Seluruh OPD (ringkasan angka, tanpa nama)"


@role_required(*ALL_ROLES)
@require_GET
def dashboard(request: HttpRequest) -> HttpResponse:
    user = request.user
    form = DashboardFilterForm(request.GET or None)
    filters = form.filters() if form.is_bound else s.Filters()
    now = timezone.now()
    period = s.chart_period(filters)
    scope = s.scope_for(user)

    weekly = s.findings_per_week(scope, period)
    breakdown = s.findings_breakdown(scope, period)
    codes = s.by_code(breakdown)
    opds = s.by_opd(scope, breakdown, filters)
    states = s.cases_by_state(scope, filters)
    election = form.cleaned_data.get("election") if form.is_bound and form.is_valid() else None

    weeks = [
        {"monday": monday, "label": dateformat.format(monday, "j M"), "n": n}
        for monday, n in weekly
    ]
    charts = {
        "weekly": {
            "kind": "line",
            "labels": [w["label"] for w in weeks],
            "series": [{"label": "Temuan", "data": [w["n"] for w in weeks]}],
        },
        "codes": {
            "kind": "hbar",
            "labels": [c["label"] for c in codes],
            "series": [{"label": "Temuan", "data": [c["n"] for c in codes]}],
        },
        "opd": {
            "kind": "hbar",
            "labels": [o["label"] for o in opds],
            "series": [
                {"label": "Temuan (sumbu bawah)", "data": [o["findings"] for o in opds]},
                {"label": "Kasus (sumbu atas)", "data": [o["cases"] for o in opds], "axis": "x2"},
            ],
        },
        "states": {
            "kind": "bar",
            "labels": [st["label"] for st in states],
            "series": [{"label": "Kasus", "data": [st["n"] for st in states]}],
        },
    }
    sees_people = user.sees_people
    overdue = (
        [(case, (now - case.deadline).days) for case in s.overdue_cases(scope, filters, now)]
        if sees_people
        else []
    )
    context = {
        "form": form,
        "filters": filters,
        "election": election,
        "scope_label": _scope_label(user),
        "chart_since": timezone.localtime(period.start).date(),
        "chart_until": timezone.localtime(period.end).date() - dt.timedelta(days=1),
        "chart_default": not (filters.since or filters.until),
        "default_weeks": s.DEFAULT_WEEKS,
        "kpi": s.kpis(scope, filters, now),
        "weeks": weeks,
        "codes": codes,
        "opds": opds,
        "top_opd": s.TOP_OPD,
        "states": states,
        "charts": charts,
        "sees_people": sees_people,
        "overdue": overdue,
        "overdue_rows": s.OVERDUE_ROWS,
        "overdue_by_opd": [] if sees_people else s.overdue_by_opd(scope, filters, now),
    }
    return render(request, "dashboard/dashboard.html", context)
