"""GET /asn/<pk>/: one person's accounts, findings and cases; OPD-scoped and audited."""

from __future__ import annotations

from django.urls import reverse

from netra.audit.models import AuditEntry
from netra.cases.models import Case
from netra.elections.models import Election
from netra.roster.models import Asn
from tests.factories import forbidden_finding


def url(asn: Asn) -> str:
    return reverse("asn_detail", args=[asn.pk])


def views_of(asn: Asn) -> list[str]:
    return list(
        AuditEntry.objects.filter(action="asn.view", object_id=str(asn.pk)).values_list(
            "actor", flat=True
        )
    )


def test_anonymous_redirected_to_login(client, world) -> None:
    response = client.get(url(world.guru))
    assert response.status_code == 302
    assert response["Location"].startswith(reverse("login"))
    assert views_of(world.guru) == []


def test_viewer_gets_403(client, world) -> None:
    client.force_login(world.viewer)
    assert client.get(url(world.guru)).status_code == 403
    assert views_of(world.guru) == []


def test_monitor_gets_404_for_another_opds_asn(client, world) -> None:
    client.force_login(world.monitor)
    assert client.get(url(world.perawat)).status_code == 404
    assert views_of(world.perawat) == []


def test_outsider_monitor_gets_404_for_the_teacher(client, world) -> None:
    client.force_login(world.other_monitor)
    assert client.get(url(world.guru)).status_code == 404
    assert views_of(world.guru) == []


def test_missing_asn_is_404(client, world) -> None:
    client.force_login(world.satgas)
    assert client.get(reverse("asn_detail", args=[99999])).status_code == 404


def test_monitor_sees_the_teacher_of_a_child_opd_and_the_view_is_audited(client, world) -> None:
    finding = forbidden_finding(world)
    case = Case.objects.create(
        asn=world.guru, opd=world.sd, title="Dukungan paslon", state="klarifikasi"
    )
    client.force_login(world.monitor)
    response = client.get(url(world.guru))
    assert response.status_code == 200
    page = response.content.decode()
    assert "Sri Wahyuni" in page and "198503122010012003" in page
    assert "Guru Kelas" in page and "III/c" in page and "SD Negeri 1 Sidomulyo" in page
    assert "@sri.wahyuni85" in page
    assert reverse("finding_detail", args=[finding.pk]) in page
    assert case.number in page and "Klarifikasi" in page
    assert views_of(world.guru) == [world.monitor.username]


def test_repeat_offender_across_two_elections(client, world) -> None:
    first = Election.objects.first()
    second = Election.objects.create(
        name="pilwalkot-sidomulyo-2029",
        title="Pemilihan Wali Kota Sidomulyo 2029",
        kind=first.kind,
        region=first.region,
        voting_day="2029-11-28",
        source_yaml=first.source_yaml,
    )
    for election in (first, second):
        Case.objects.create(
            asn=world.guru, opd=world.sd, title="Terbukti", state="selesai", election=election
        )
    client.force_login(world.satgas)
    page = client.get(url(world.guru)).content.decode()
    assert "Pelanggar berulang: terbukti pada 2 pemilihan." in page


def test_one_election_is_not_a_repeat(client, world) -> None:
    election = Election.objects.first()
    for _ in range(2):
        Case.objects.create(
            asn=world.guru, opd=world.sd, title="Terbukti", state="selesai", election=election
        )
    client.force_login(world.satgas)
    assert "Pelanggar berulang" not in client.get(url(world.guru)).content.decode()
