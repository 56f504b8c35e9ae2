"""GET /kasus/: open cases by deadline, overdue ones flagged, filters, OPD scope."""

from __future__ import annotations

import datetime as dt
import html
import re

from django.urls import reverse
from django.utils import timezone

from netra.cases.models import Case
from tests.cases.conftest import case_in, open_case

URL = reverse("case_list")


def set_deadline(case: Case, deadline: dt.datetime) -> None:
    Case.objects.filter(pk=case.pk).update(deadline=deadline)


def numbers(response) -> list[str]:
    return [case.number for case in response.context["page"].items]


def test_anonymous_redirected_to_login(client, world) -> None:
    response = client.get(URL)
    assert response.status_code == 302
    assert response["Location"].startswith(reverse("login"))


def test_viewer_gets_403(client, world) -> None:
    client.force_login(world.viewer)
    assert client.get(URL).status_code == 403


def test_outsider_monitor_does_not_see_other_opds_cases(client, world) -> None:
    guru_case = open_case(world)
    perawat_case = open_case(world, asn=world.perawat, title="Perawat ikut kampanye")
    client.force_login(world.other_monitor)
    response = client.get(URL)
    assert response.status_code == 200
    assert numbers(response) == [perawat_case.number]
    assert guru_case.number not in response.content.decode()

    client.force_login(world.monitor)
    assert numbers(client.get(URL)) == [guru_case.number]

    client.force_login(world.satgas)
    assert set(numbers(client.get(URL))) == {guru_case.number, perawat_case.number}


def test_overdue_case_is_tagged_terlambat(client, world) -> None:
    late = case_in(world, "klarifikasi")
    on_time = case_in(world, "klarifikasi")
    set_deadline(late, timezone.now() - dt.timedelta(days=1))
    set_deadline(on_time, timezone.now() + dt.timedelta(days=3))
    client.force_login(world.monitor)
    response = client.get(URL)
    page = response.content.decode()
    assert page.count('<span class="overdue-tag">terlambat</span>') == 1
    assert page.count('<tr class="overdue">') == 1
    # Sorted by deadline: the overdue case first.
    assert numbers(response) == [late.number, on_time.number]


def test_filter_terlambat_keeps_only_overdue_cases(client, world) -> None:
    late = case_in(world, "verifikasi")
    on_time = case_in(world, "verifikasi")
    set_deadline(late, timezone.now() - dt.timedelta(hours=1))
    set_deadline(on_time, timezone.now() + dt.timedelta(days=1))
    client.force_login(world.satgas)
    response = client.get(URL, {"terlambat": "on"})
    assert numbers(response) == [late.number]
    assert on_time.number not in response.content.decode()


def test_final_cases_hidden_by_default(client, world) -> None:
    running = case_in(world, "klarifikasi")
    closed = [case_in(world, state) for state in ("selesai", "tidak_terbukti", "dihentikan")]
    client.force_login(world.satgas)
    assert numbers(client.get(URL)) == [running.number]
    everything = set(numbers(client.get(URL, {"state": "semua"})))
    assert everything == {running.number, *(c.number for c in closed)}


def test_filter_by_state(client, world) -> None:
    case_in(world, "klarifikasi")
    proven = case_in(world, "rekomendasi")
    client.force_login(world.satgas)
    response = client.get(URL, {"state": "rekomendasi"})
    assert numbers(response) == [proven.number]
    assert "Rekomendasi" in response.content.decode()


def test_empty_list(client, world) -> None:
    client.force_login(world.monitor)
    assert "Tidak ada kasus." in client.get(URL).content.decode()


def test_next_page_keeps_the_filter(client, world) -> None:
    now = timezone.now()
    Case.objects.bulk_create(
        [
            Case(
                asn=world.guru,
                opd=world.sd,
                title=f"Kasus lama {n}",
                state="klarifikasi",
                deadline=now - dt.timedelta(days=60 - n),
            )
            for n in range(51)
        ]
        + [
            Case(
                asn=world.guru,
                opd=world.sd,
                title=f"Kasus baru {n}",
                state="klarifikasi",
                deadline=now + dt.timedelta(days=n + 1),
            )
            for n in range(5)
        ]
    )
    client.force_login(world.satgas)
    first = client.get(URL, {"terlambat": "on"})
    assert first.context["page"].has_next
    href = html.unescape(re.search(r'href="([^"]*)">Berikutnya', first.content.decode())[1])
    second = client.get(URL + href)
    assert second.context["page"].items
    assert all(case.overdue for case in second.context["page"].items)
