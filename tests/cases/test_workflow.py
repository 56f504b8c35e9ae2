"""The case workflow: every (from, to) pair, roles, required notes, sanctions, deadlines, audit."""

from __future__ import annotations

import datetime as dt
import itertools
from zoneinfo import ZoneInfo

import pytest

from netra.audit.chain import audit_verify
from netra.audit.models import AuditEntry
from netra.cases.models import CaseEvent, EventKind
from netra.cases.services import CaseError, allowed_transitions, case_transition
from netra.cases.workflow import DEFAULT_FILE, _parse, workflow
from tests.cases.conftest import add_sanction, case_in

# The shipped file, read directly so the parametrisation does not depend on NETRA_HOME.
FLOW = _parse(DEFAULT_FILE)
PAIRS = list(itertools.product(FLOW.states, FLOW.states))
NOTE = "Hasil klarifikasi: ASN mengakui mengunggah ajakan memilih paslon nomor 2."
WIB = ZoneInfo("Asia/Jakarta")


def test_the_shipped_file_is_the_workflow_in_force(world) -> None:
    assert workflow() == FLOW


def test_monitor_may_only_start_and_record_clarification() -> None:
    monitor_moves = {(t.source, t.target) for t in FLOW.transitions if "opd_monitor" in t.roles}
    assert monitor_moves == {("baru", "klarifikasi"), ("klarifikasi", "verifikasi")}


@pytest.mark.parametrize(("source", "target"), PAIRS, ids=[f"{s}->{t}" for s, t in PAIRS])
def test_every_pair_of_states(world, source: str, target: str) -> None:
    """Listed moves succeed for admin and the listed roles only; any other pair is refused."""
    move = FLOW.find(source, target)
    users = [world.admin, world.satgas, world.monitor, world.other_monitor, world.viewer]
    for user in users:
        case = case_in(world, source, sanction=True)
        events = case.events.count()
        audited = AuditEntry.objects.filter(action="case.transition").count()
        allowed = (
            move is not None
            and user != world.other_monitor
            and (user.is_admin or user.role in move.roles)
        )
        if allowed:
            moved = case_transition(actor=user, case=case, to_state=target, note=NOTE)
            moved.refresh_from_db()
            assert moved.state == target, user.username
            assert case.events.count() == events + 1
            assert AuditEntry.objects.filter(action="case.transition").count() == audited + 1
        else:
            with pytest.raises(CaseError) as refused:
                case_transition(actor=user, case=case, to_state=target, note=NOTE)
            if move is None and user in (world.admin, world.satgas, world.monitor):
                assert "tidak dapat dipindah" in str(refused.value)
            case.refresh_from_db()
            assert case.state == source, user.username
            assert case.events.count() == events
            assert AuditEntry.objects.filter(action="case.transition").count() == audited


def test_monitor_succeeds_exactly_on_the_two_clarification_moves(world) -> None:
    succeeded = set()
    for source, target in PAIRS:
        case = case_in(world, source, sanction=True)
        try:
            case_transition(actor=world.monitor, case=case, to_state=target, note=NOTE)
        except CaseError:
            continue
        succeeded.add((source, target))
    assert succeeded == {("baru", "klarifikasi"), ("klarifikasi", "verifikasi")}


def test_unknown_target_state_is_refused(world) -> None:
    case = case_in(world, "baru")
    with pytest.raises(CaseError, match="tidak dikenal"):
        case_transition(actor=world.admin, case=case, to_state="diarsipkan", note=NOTE)


def test_role_refusal_message(world) -> None:
    case = case_in(world, "verifikasi")
    with pytest.raises(CaseError, match="Peran Anda tidak boleh"):
        case_transition(actor=world.monitor, case=case, to_state="rekomendasi", note=NOTE)


@pytest.mark.parametrize("note", ["", "   ", "\n\t "])
@pytest.mark.parametrize(
    "move",
    [t for t in FLOW.transitions if t.note_required],
    ids=lambda t: f"{t.source}->{t.target}",
)
def test_required_note_cannot_be_empty_or_whitespace(world, move, note: str) -> None:
    case = case_in(world, move.source, sanction=True)
    with pytest.raises(CaseError, match="wajib diisi") as refused:
        case_transition(actor=world.satgas, case=case, to_state=move.target, note=note)
    assert move.note_label in str(refused.value)
    case.refresh_from_db()
    assert case.state == move.source


def test_optional_note_may_be_empty(world) -> None:
    case = case_in(world, "baru")
    case_transition(actor=world.monitor, case=case, to_state="klarifikasi", note="")
    case.refresh_from_db()
    assert case.state == "klarifikasi"


def test_note_is_stored_stripped(world) -> None:
    case = case_in(world, "klarifikasi")
    case_transition(actor=world.monitor, case=case, to_state="verifikasi", note=f"  {NOTE}\n")
    event = case.events.get(kind=EventKind.TRANSITION)
    assert event.note == NOTE


def test_decision_requires_a_recorded_sanction(world) -> None:
    case = case_in(world, "diteruskan")
    with pytest.raises(CaseError, match="putusan sanksi"):
        case_transition(actor=world.satgas, case=case, to_state="putusan")
    add_sanction(case, carried_out=None)
    case_transition(actor=world.satgas, case=case, to_state="putusan")
    case.refresh_from_db()
    assert case.state == "putusan"


@pytest.mark.parametrize("carried_out", [True, False])
def test_closing_requires_knowing_whether_the_sanction_was_carried_out(
    world, carried_out: bool
) -> None:
    note = "Pemantauan: teguran tertulis telah diserahkan kepala dinas."
    case = case_in(world, "putusan")
    with pytest.raises(CaseError, match="sudah dilaksanakan"):
        case_transition(actor=world.satgas, case=case, to_state="selesai", note=note)
    sanction = add_sanction(case, carried_out=None)
    with pytest.raises(CaseError, match="sudah dilaksanakan"):
        case_transition(actor=world.satgas, case=case, to_state="selesai", note=note)
    sanction.carried_out = carried_out
    sanction.save()
    case_transition(actor=world.satgas, case=case, to_state="selesai", note=note)
    case.refresh_from_db()
    assert case.state == "selesai"


def test_allowed_transitions_lists_the_buttons_per_role(world) -> None:
    case = case_in(world, "klarifikasi")
    targets = {t.target for t in allowed_transitions(world.monitor, case)}
    assert targets == {"verifikasi"}
    targets = {t.target for t in allowed_transitions(world.satgas, case)}
    assert targets == {"verifikasi", "tidak_terbukti", "dihentikan"}
    assert allowed_transitions(world.viewer, case) == []


def test_full_path_records_events_audit_and_deadlines(world) -> None:
    case = case_in(world, "baru")
    path = [
        (world.monitor, "klarifikasi", ""),
        (world.monitor, "verifikasi", NOTE),
        (world.satgas, "klarifikasi", "Perlu keterangan atasan langsung."),
        (world.monitor, "verifikasi", "Atasan membenarkan."),
        (world.satgas, "rekomendasi", "Tangkapan layar dan pengakuan ASN."),
        (world.satgas, "diteruskan", "Surat pengantar 003/Satgas/XI/2024 ke Bawaslu."),
        (world.satgas, "putusan", ""),
        (world.satgas, "selesai", "Teguran tertulis telah diserahkan."),
    ]
    audit_before = AuditEntry.objects.filter(action="case.transition").count()
    for number, (actor, target, note) in enumerate(path, start=1):
        if target == "putusan":
            add_sanction(case, carried_out=True)
        source = case.state
        case = case_transition(actor=actor, case=case, to_state=target, note=note)
        case.refresh_from_db()
        assert case.state == target
        assert case.deadline == FLOW.deadline(target, case.state_since)

        event = CaseEvent.objects.filter(case=case, kind=EventKind.TRANSITION).last()
        assert (event.from_state, event.to_state, event.note, event.actor) == (
            source,
            target,
            note,
            actor,
        )
        entries = AuditEntry.objects.filter(action="case.transition")
        assert entries.count() == audit_before + number
        entry = entries.last()
        assert entry.actor == actor.username
        assert entry.object_id == str(case.pk)
        assert entry.detail == {"from": source, "to": target, "note": note}

    assert case.deadline is None  # a final state has no deadline
    assert not case.overdue
    report = audit_verify()
    assert report.ok, report.problem


def test_returning_to_clarification_restarts_its_deadline(world) -> None:
    case = case_in(world, "verifikasi")
    old = dt.datetime(2024, 10, 1, 9, 0, tzinfo=dt.UTC)
    type(case).objects.filter(pk=case.pk).update(state_since=old, deadline=old)
    case_transition(actor=world.satgas, case=case, to_state="klarifikasi", note="Kurang bukti.")
    case.refresh_from_db()
    assert case.state_since > old
    assert case.deadline == case.state_since + dt.timedelta(days=7)
    assert not case.overdue


# --- Workflow.deadline on its own ------------------------------------------------------------

FRIDAY = dt.datetime(2024, 10, 11, 10, 0, tzinfo=WIB)


def test_calendar_day_deadlines_include_weekends() -> None:
    assert FLOW.deadline("baru", FRIDAY) == dt.datetime(2024, 10, 13, 10, 0, tzinfo=WIB)
    assert FLOW.deadline("klarifikasi", FRIDAY) == dt.datetime(2024, 10, 18, 10, 0, tzinfo=WIB)


def test_working_day_deadlines_skip_weekends() -> None:
    # Friday + 3 working days: Monday, Tuesday, Wednesday.
    assert FLOW.deadline("rekomendasi", FRIDAY) == dt.datetime(2024, 10, 16, 10, 0, tzinfo=WIB)
    # Friday + 14 working days: two full weeks and Monday to Thursday of the third.
    assert FLOW.deadline("diteruskan", FRIDAY) == dt.datetime(2024, 10, 31, 10, 0, tzinfo=WIB)
    assert FLOW.deadline("putusan", FRIDAY) == dt.datetime(2024, 10, 25, 10, 0, tzinfo=WIB)


def test_working_day_deadline_from_a_weekend_start() -> None:
    saturday = dt.datetime(2024, 10, 12, 10, 0, tzinfo=WIB)
    assert FLOW.deadline("rekomendasi", saturday) == dt.datetime(2024, 10, 16, 10, 0, tzinfo=WIB)


@pytest.mark.parametrize("state", ["selesai", "tidak_terbukti", "dihentikan"])
def test_final_states_have_no_deadline(state: str) -> None:
    assert FLOW.states[state].final
    assert FLOW.deadline(state, FRIDAY) is None


def test_working_days_are_counted_in_local_time(world, monkeypatch) -> None:
    case = case_in(world, "verifikasi")
    saturday_early = dt.datetime(2024, 10, 12, 2, 0, tzinfo=WIB)  # Friday 19:00 UTC
    monkeypatch.setattr("django.utils.timezone.now", lambda: saturday_early.astimezone(dt.UTC))
    case_transition(actor=world.satgas, case=case, to_state="rekomendasi", note=NOTE)
    case.refresh_from_db()
    # Monday, Tuesday, Wednesday in Sidomulyo.
    assert case.deadline == dt.datetime(2024, 10, 16, 2, 0, tzinfo=WIB)
