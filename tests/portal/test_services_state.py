"""The public state follows the finding and its case; it is computed, never stored."""

from __future__ import annotations

import pytest

from netra.cases.models import Case
from netra.cases.services import case_open
from netra.monitoring.models import Finding, FindingStatus
from netra.portal.models import PublicState
from netra.portal.selectors import CASE_TO_PUBLIC, EXPLANATION, public_state, public_view
from netra.portal.services import report_submit
from tests.portal.test_services_submit import DATA


@pytest.fixture
def report(world):
    return report_submit(data=DATA, files=[]).report


def _reload(report):
    report.refresh_from_db()
    report.finding.refresh_from_db()
    return report


def test_new_finding_is_received(report) -> None:
    assert public_state(report) == PublicState.RECEIVED


@pytest.mark.parametrize(
    ("status", "expected"),
    [
        (FindingStatus.DISMISSED, PublicState.NOT_ACTIONABLE),
        (FindingStatus.REMINDED, PublicState.DONE),
    ],
)
def test_closed_finding(report, status, expected) -> None:
    Finding.objects.filter(pk=report.finding_id).update(status=status)
    assert public_state(_reload(report)) == expected


@pytest.mark.parametrize(
    ("case_state", "expected"),
    [
        ("baru", "diverifikasi"),
        ("klarifikasi", "diverifikasi"),
        ("verifikasi", "diverifikasi"),
        ("rekomendasi", "ditindaklanjuti"),
        ("diteruskan", "ditindaklanjuti"),
        ("putusan", "ditindaklanjuti"),
        ("selesai", "selesai"),
        ("tidak_terbukti", "tidak_dapat_ditindaklanjuti"),
        ("dihentikan", "tidak_dapat_ditindaklanjuti"),
    ],
)
def test_case_states(world, report, case_state, expected) -> None:
    case = case_open(
        actor=world.satgas, title="Laporan", subject="Pak Camat", findings=[report.finding]
    )
    Case.objects.filter(pk=case.pk).update(state=case_state)
    assert public_state(_reload(report)) == expected


def test_every_workflow_state_is_mapped() -> None:
    from netra.cases.workflow import workflow

    assert set(workflow().states) == set(CASE_TO_PUBLIC)
    assert set(EXPLANATION) == set(PublicState)


def test_unknown_case_state_falls_back(world, report) -> None:
    case = case_open(
        actor=world.satgas, title="Laporan", subject="Pak Camat", findings=[report.finding]
    )
    Case.objects.filter(pk=case.pk).update(state="menunggu_lain")
    assert public_state(_reload(report)) == PublicState.VERIFYING


def test_public_view_has_nothing_about_the_case(report) -> None:
    view = public_view(report)
    assert set(view) == {
        "state", "label", "explanation", "message", "message_at", "received_on", "followups",
    }  # fmt: skip
