"""GET /dasbor/: KPI tiles, chart data, scope per role, leadership without names, strict CSP."""

from __future__ import annotations

import datetime as dt
import json
import re

import pytest
from django.urls import reverse
from django.utils import timezone

from netra.cases.models import Case, CaseEvent
from netra.cases.services import case_open, case_transition
from netra.dashboard import selectors
from netra.elections.models import Election
from netra.monitoring.models import Finding
from netra.monitoring.templatetags.netra import violation_titles
from tests.factories import forbidden_finding

URL = "/dasbor/"


def page(client, user, **params):
    client.force_login(user)
    response = client.get(URL, params)
    assert response.status_code == 200
    return response


def chart(response, name: str) -> dict:
    """The chart data the page hands to dashboard.js through json_script."""
    match = re.search(
        rf'<script id="data-{name}" type="application/json">(.*?)</script>',
        response.content.decode(),
        re.S,
    )
    assert match, f"data-{name} tidak ada di halaman"
    return json.loads(match.group(1))


def prove(world, case: Case) -> Case:
    """Move a case through the workflow up to `rekomendasi` ("Nyatakan terbukti")."""
    actor = world.satgas
    case = case_transition(actor=actor, case=case, to_state="klarifikasi")
    case = case_transition(
        actor=actor, case=case, to_state="verifikasi", note="ASN mengakui unggahan."
    )
    return case_transition(
        actor=actor, case=case, to_state="rekomendasi", note="Tangkapan layar dan pengakuan."
    )


@pytest.fixture
def spread(world):
    """Two findings in Dinas Pendidikan (the SD below it) and one in Dinas Kesehatan."""
    return [
        forbidden_finding(world, asn=world.guru, n=1),
        forbidden_finding(world, asn=world.guru, n=2),
        forbidden_finding(world, asn=world.perawat, n=1),
    ]


def test_url_name() -> None:
    assert reverse("dashboard") == URL


def test_anonymous_redirected_to_login(client, world) -> None:
    response = client.get(URL)
    assert response.status_code == 302
    assert response["Location"].startswith(reverse("login"))


@pytest.mark.parametrize("who", ["admin", "satgas", "monitor", "other_monitor", "viewer"])
def test_every_role_can_open_it(client, world, spread, who) -> None:
    response = page(client, getattr(world, who))
    assert "Dasbor netralitas ASN" in response.content.decode()
    assert response.context["kpi"]["open_findings"] >= 1


def test_monitor_numbers_exclude_other_opd(client, world, spread) -> None:
    satgas = page(client, world.satgas)
    monitor = page(client, world.monitor)
    other = page(client, world.other_monitor)

    assert satgas.context["kpi"]["open_findings"] == 3
    assert monitor.context["kpi"]["open_findings"] == 2
    assert other.context["kpi"]["open_findings"] == 1

    assert sum(chart(satgas, "weekly")["series"][0]["data"]) == 3
    assert sum(chart(monitor, "weekly")["series"][0]["data"]) == 2
    assert sum(chart(other, "weekly")["series"][0]["data"]) == 1
    assert sum(chart(monitor, "codes")["series"][0]["data"]) == 2

    opd = chart(monitor, "opd")
    assert opd["labels"] == ["SD Negeri 1 Sidomulyo"]
    assert opd["series"][0]["data"] == [2]
    assert "Dinas Kesehatan" not in monitor.content.decode()
    assert set(chart(satgas, "opd")["labels"]) == {"SD Negeri 1 Sidomulyo", "Dinas Kesehatan"}


def test_monitor_cases_exclude_other_opd(client, world, spread) -> None:
    case_open(actor=world.satgas, title="Kasus guru", findings=[spread[0]])
    case_open(actor=world.satgas, title="Kasus perawat", findings=[spread[2]])

    assert page(client, world.satgas).context["kpi"]["open_cases"] == 2
    monitor = page(client, world.monitor)
    assert monitor.context["kpi"]["open_cases"] == 1
    assert sum(chart(monitor, "states")["series"][0]["data"]) == 1
    assert "Kasus perawat" not in monitor.content.decode()


def test_leadership_sees_all_opd_but_no_names_or_nip(client, world, spread) -> None:
    for finding in (spread[0], spread[2]):
        case = case_open(actor=world.satgas, title="Dugaan dukungan paslon", findings=[finding])
        Case.objects.filter(pk=case.pk).update(deadline=timezone.now() - dt.timedelta(days=3))

    viewer = page(client, world.viewer)
    html = viewer.content.decode()
    assert viewer.context["kpi"]["open_findings"] == 1  # the other two went into the cases
    assert viewer.context["kpi"]["overdue_cases"] == 2
    for secret in (world.guru.name, world.guru.nip, world.perawat.name, world.perawat.nip):
        assert secret not in html
    assert "/kasus/" not in html  # no links to case pages
    assert "Dugaan dukungan paslon" not in html  # case titles may name people
    assert "Dinas Kesehatan" in html and "SD Negeri 1 Sidomulyo" in html
    assert {row["opd"] for row in viewer.context["overdue_by_opd"]} == {
        "Dinas Kesehatan",
        "SD Negeri 1 Sidomulyo",
    }

    # The same page for satgas does list the people, with links to the cases.
    satgas_html = page(client, world.satgas).content.decode()
    assert world.guru.name in satgas_html
    assert reverse("case_detail", args=[Case.objects.first().pk]) in satgas_html


def test_overdue_list_shows_only_open_overdue_cases(client, world, spread) -> None:
    late = case_open(actor=world.satgas, title="Terlambat", findings=[spread[0]])
    case_open(actor=world.satgas, title="Masih dalam tenggat", findings=[spread[1]])
    closed = case_open(actor=world.satgas, title="Sudah dihentikan", findings=[spread[2]])
    past = timezone.now() - dt.timedelta(days=4)
    Case.objects.filter(pk__in=[late.pk, closed.pk]).update(deadline=past)
    Case.objects.filter(pk=closed.pk).update(state="dihentikan")

    response = page(client, world.satgas)
    listed = [case.pk for case, _days in response.context["overdue"]]
    assert listed == [late.pk]
    assert response.context["overdue"][0][1] == 4
    assert response.context["kpi"]["overdue_cases"] == 1


def test_days_since_last_proven(client, world, spread) -> None:
    response = page(client, world.satgas)
    assert response.context["kpi"]["days_since_proven"] is None
    assert "belum ada" in response.content.decode()

    case = prove(world, case_open(actor=world.satgas, title="Kasus guru", findings=[spread[0]]))
    kpi = page(client, world.satgas).context["kpi"]
    assert kpi["days_since_proven"] == 0
    assert kpi["proven_cases"] == 1

    # Proven 12 days ago (local calendar days), then moved on: still the last proof.
    event = CaseEvent.objects.get(case=case, to_state="rekomendasi")
    CaseEvent.objects.filter(pk=event.pk).update(at=event.at - dt.timedelta(days=12))
    case_transition(actor=world.satgas, case=case, to_state="diteruskan", note="Surat 800/12")
    kpi = page(client, world.satgas).context["kpi"]
    assert kpi["days_since_proven"] == 12
    assert kpi["proven_cases"] == 1

    # Another OPD's monitor does not see that proof.
    other = page(client, world.other_monitor).context["kpi"]
    assert other["days_since_proven"] is None
    assert other["proven_cases"] == 0


def test_case_found_unproven_after_recommendation_does_not_count(client, world, spread) -> None:
    case = prove(world, case_open(actor=world.satgas, title="Kasus guru", findings=[spread[0]]))
    case_transition(
        actor=world.satgas, case=case, to_state="tidak_terbukti", note="Akun ternyata palsu."
    )
    kpi = page(client, world.satgas).context["kpi"]
    assert kpi["proven_cases"] == 0
    assert kpi["days_since_proven"] is None


def test_proven_states_follow_the_workflow() -> None:
    assert selectors.proven_states() == ["rekomendasi", "diteruskan", "putusan", "selesai"]


def test_chart_data_is_passed_with_json_script(client, world, spread) -> None:
    response = page(client, world.satgas)
    weekly = chart(response, "weekly")
    assert weekly["kind"] == "line"
    assert len(weekly["labels"]) == selectors.DEFAULT_WEEKS
    assert weekly["series"][0]["data"][-1] == 3  # all three were created this week

    codes = chart(response, "codes")
    labels = dict(zip(codes["labels"], codes["series"][0]["data"], strict=True))
    online = violation_titles()["online_support"]
    assert online == "Dukungan atau serangan terhadap calon/partai di media sosial"
    assert labels[online] == 3

    states = chart(response, "states")
    assert states["labels"][:4] == ["Baru", "Klarifikasi", "Verifikasi", "Rekomendasi"]

    opd = chart(response, "opd")
    assert [s["label"] for s in opd["series"]] == ["Temuan (sumbu bawah)", "Kasus (sumbu atas)"]

    html = response.content.decode()
    assert "<details>" in html and "Tabel data" in html
    assert html.count("<canvas") == 4


def test_no_inline_scripts_or_styles(client, world, spread) -> None:
    for user in (world.satgas, world.viewer):
        response = page(client, user)
        html = response.content.decode()
        for tag in re.findall(r"<script\b[^>]*>", html):
            assert "src=" in tag or 'type="application/json"' in tag, tag
        for body in re.findall(
            r'<script\b(?![^>]*type="application/json")[^>]*>(.*?)</script>', html, re.S
        ):
            assert body.strip() == ""
        assert "style=" not in html
        assert "dashboard.js" in html and "chart-4.6.1.umd.min.js" in html
        assert "script-src 'self'" in response["Content-Security-Policy"]


def test_date_filter(client, world, spread) -> None:
    old = spread[2]
    Finding.objects.filter(pk=old.pk).update(created_at=timezone.now() - dt.timedelta(days=60))
    today = timezone.localdate()
    since = (today - dt.timedelta(days=7)).isoformat()

    response = page(client, world.satgas, since=since, until=today.isoformat())
    assert response.context["kpi"]["open_findings"] == 2
    assert sum(chart(response, "weekly")["series"][0]["data"]) == 2
    assert sum(chart(response, "codes")["series"][0]["data"]) == 2

    # Without dates the tiles count every open finding, the charts the last 26 weeks.
    response = page(client, world.satgas)
    assert response.context["kpi"]["open_findings"] == 3
    assert sum(chart(response, "weekly")["series"][0]["data"]) == 3


def test_invalid_range_is_refused_and_ignored(client, world, spread) -> None:
    response = page(client, world.satgas, since="2026-02-01", until="2026-01-01")
    assert "Tanggal awal harus sebelum tanggal akhir." in response.content.decode()
    assert response.context["kpi"]["open_findings"] == 3


def test_election_filter_applies_to_cases(client, world, spread) -> None:
    election = Election.objects.get()
    case_open(actor=world.satgas, title="Dengan pemilihan", findings=[spread[0]], election=election)
    case_open(actor=world.satgas, title="Tanpa pemilihan", findings=[spread[2]])

    assert page(client, world.satgas).context["kpi"]["open_cases"] == 2
    response = page(client, world.satgas, election=election.pk)
    assert response.context["kpi"]["open_cases"] == 1
    assert sum(chart(response, "weekly")["series"][0]["data"]) == 3  # findings have no election
    assert election.title in response.content.decode()


def test_week_buckets_start_on_local_mondays() -> None:
    period = selectors.chart_period(selectors.Filters(), today=dt.date(2024, 11, 27))
    buckets = selectors.week_buckets(period)
    assert len(buckets) == selectors.DEFAULT_WEEKS
    assert buckets[-1][0] == dt.date(2024, 11, 25)
    assert all(monday.weekday() == 0 for monday, _, _ in buckets)
    start = timezone.localtime(buckets[0][1])
    assert (start.hour, start.minute) == (0, 0)
    assert buckets[-1][2] == period.end  # the last week ends with the chosen day


def test_finding_codes_lists_each_code_once(world, spread) -> None:
    grey = forbidden_finding(world, asn=world.guru, n=9)
    Finding.objects.filter(pk=grey.pk).update(code="")
    assert selectors.finding_codes() == ["", "online_support"]
