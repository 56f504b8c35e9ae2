"""Panels that show a public report inside the workspace (finding page, case page)."""

from __future__ import annotations

from django import template

from netra.portal.forms import MessageForm
from netra.portal.matching import suggest_asn, suggest_opds
from netra.portal.models import PublicReport
from netra.portal.selectors import public_state

register = template.Library()


def _report_context(context, report: PublicReport) -> dict:
    user = context["request"].user
    return {
        "report": report,
        "files": [rf for rf in report.files.all() if rf.followup_id is None],
        "followups": list(report.followups.prefetch_related("files__evidence")),
        "state": public_state(report),
        "is_satgas": user.is_satgas,
        "message_form": MessageForm(initial={"message": report.public_message}),
        "request": context["request"],
        "csrf_token": context.get("csrf_token"),
    }


@register.inclusion_tag("portal/_report_panel.html", takes_context=True)
def report_panel(context, finding):
    """The report behind a finding, with roster suggestions while nobody is confirmed yet."""
    report = (
        PublicReport.objects.filter(finding=finding)
        .select_related("finding", "finding__case")
        .prefetch_related("files__evidence")
        .first()
    )
    if report is None:
        return {"report": None}
    user = context["request"].user
    data = _report_context(context, report)
    can_match = user.can_triage and finding.case_id is None
    data["can_match"] = can_match
    if can_match:
        data["suggestions"] = [
            s
            for s in suggest_asn(
                name=report.subject_name,
                office=report.subject_office,
                nip=report.subject_nip,
                user=user,
            )
            if s.asn.pk != finding.asn_id
        ]
        data["opd_suggestions"] = [
            s for s in suggest_opds(report.subject_office, user=user) if s.opd.pk != finding.opd_id
        ]
    return data


@register.inclusion_tag("portal/_case_reports.html", takes_context=True)
def case_reports(context, case):
    """Every public report whose finding is in `case`, with its follow-ups and files."""
    reports = (
        PublicReport.objects.filter(finding__case=case)
        .select_related("finding", "finding__case")
        .prefetch_related("files__evidence")
        .order_by("created_at")
    )
    items = [_report_context(context, report) for report in reports]
    return {
        "reports": items,
        "request": context["request"],
        "csrf_token": context.get("csrf_token"),
    }
