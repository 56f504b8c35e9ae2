"""Helpers for the case tests: a case about the teacher in any state, messages, a real PNG."""

from __future__ import annotations

import datetime as dt

import pytest
from django.contrib.messages import get_messages

from netra.cases.models import Case, Sanction, SanctionKind
from netra.cases.services import case_open


def open_case(world, *, asn=None, actor=None, title: str = "Dugaan dukungan paslon di Facebook"):
    """A case about `asn` (default: the teacher), opened by the satgas, in state `baru`."""
    return case_open(actor=actor or world.satgas, title=title, asn=asn or world.guru)


def case_in(world, state: str, *, asn=None, sanction: bool = False, carried_out=True) -> Case:
    """A case put straight into `state` (test set-up, not a workflow move)."""
    case = open_case(world, asn=asn)
    Case.objects.filter(pk=case.pk).update(state=state)
    if sanction:
        add_sanction(case, carried_out=carried_out)
    case.refresh_from_db()
    return case


def add_sanction(case: Case, *, carried_out=True) -> Sanction:
    return Sanction.objects.create(
        case=case,
        kind=SanctionKind.LIGHT_WRITTEN,
        official="Wali Kota Sidomulyo",
        letter_number="800.1.6.4/117/BKPSDM/2024",
        letter_date=dt.date(2024, 11, 4),
        carried_out=carried_out,
        carried_out_on=dt.date(2024, 11, 11) if carried_out else None,
    )


def messages_of(response) -> list[str]:
    """The flash messages a view queued (read without rendering the next page).

    They are then dropped from the client's cookie, so the next request starts with none.
    """
    shown = [str(m) for m in get_messages(response.wsgi_request)]
    response.client.cookies.pop("messages", None)
    return shown


@pytest.fixture
def evidence_dir(settings, tmp_path):
    """Evidence files go to a fresh directory for each test."""
    settings.EVIDENCE_ROOT = tmp_path / "bukti"
    return settings.EVIDENCE_ROOT
