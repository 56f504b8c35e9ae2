"""Reading reports: the public state (computed from the finding and its case, never stored)."""

from __future__ import annotations

from netra.monitoring.models import FindingStatus
from netra.portal.models import PublicReport, PublicState

# Case states (cases/data/workflow.yaml) as the public sees them. A state missing here (a local
# workflow override) falls back on FALLBACK_OPEN or FALLBACK_FINAL.
CASE_TO_PUBLIC = {
    "baru": PublicState.VERIFYING,
    "klarifikasi": PublicState.VERIFYING,
    "verifikasi": PublicState.VERIFYING,
    "rekomendasi": PublicState.ACTING,
    "diteruskan": PublicState.ACTING,
    "putusan": PublicState.ACTING,
    "selesai": PublicState.DONE,
    "tidak_terbukti": PublicState.NOT_ACTIONABLE,
    "dihentikan": PublicState.NOT_ACTIONABLE,
}
FALLBACK_OPEN = PublicState.VERIFYING
FALLBACK_FINAL = PublicState.DONE

# A finding not (or no longer) in a case. `pembinaan` means the employee was reminded and the matter
# closed: done, from the reporter's point of view.
FINDING_TO_PUBLIC = {
    FindingStatus.NEW: PublicState.RECEIVED,
    FindingStatus.DISMISSED: PublicState.NOT_ACTIONABLE,
    FindingStatus.REMINDED: PublicState.DONE,
    FindingStatus.CASE: PublicState.VERIFYING,
}

EXPLANATION = {
    PublicState.RECEIVED: "Laporan Anda sudah kami terima dan menunggu telaah awal oleh Satgas.",
    PublicState.VERIFYING: (
        "Satgas sedang memeriksa laporan Anda: mencocokkan bukti dan meminta klarifikasi."
    ),
    PublicState.ACTING: (
        "Laporan Anda terbukti cukup dan sedang ditindaklanjuti (rekomendasi, penerusan ke "
        "Bawaslu/BKN, atau keputusan pejabat yang berwenang)."
    ),
    PublicState.DONE: "Penanganan laporan Anda sudah selesai.",
    PublicState.NOT_ACTIONABLE: (
        "Laporan Anda tidak dapat ditindaklanjuti, misalnya karena bukti atau identitas terlapor "
        "tidak cukup, atau bukan pelanggaran netralitas."
    ),
}


def public_state(report: PublicReport) -> PublicState:
    """diterima, diverifikasi, ditindaklanjuti, selesai or tidak_dapat_ditindaklanjuti."""
    finding = report.finding
    case = finding.case
    if case is not None:
        if case.state in CASE_TO_PUBLIC:
            return CASE_TO_PUBLIC[case.state]
        from netra.cases.workflow import workflow

        state = workflow().states.get(case.state)
        return FALLBACK_FINAL if state is not None and state.final else FALLBACK_OPEN
    return FINDING_TO_PUBLIC.get(finding.status, PublicState.RECEIVED)


def public_view(report: PublicReport) -> dict:
    """Everything the status page may show: the state, its explanation and the team's message."""
    state = public_state(report)
    return {
        "state": state,
        "label": state.label,
        "explanation": EXPLANATION[state],
        "message": report.public_message,
        "message_at": report.public_message_at,
        "received_on": report.created_at,
        "followups": report.followups.count(),
    }
