"""GET /asn/: the roster, OPD-scoped, searchable by name, NIP prefix and account handle."""

from __future__ import annotations

from django.urls import reverse

from netra.cases.models import Case
from netra.elections.models import Election
from netra.roster.models import Asn, Opd

URL = reverse("asn_list")


def names(response) -> list[str]:
    return [asn.name for asn in response.context["page"].items]


def test_anonymous_redirected_to_login(client, world) -> None:
    response = client.get(URL)
    assert response.status_code == 302
    assert response["Location"].startswith(reverse("login"))


def test_viewer_gets_403(client, world) -> None:
    client.force_login(world.viewer)
    assert client.get(URL).status_code == 403


def test_monitor_sees_only_their_opd_tree(client, world) -> None:
    client.force_login(world.monitor)
    response = client.get(URL)
    assert response.status_code == 200
    assert names(response) == ["Sri Wahyuni"]  # works at the SD under Dinas Pendidikan
    assert "Dewi Lestari" not in response.content.decode()


def test_outsider_monitor_does_not_see_the_teacher(client, world) -> None:
    client.force_login(world.other_monitor)
    response = client.get(URL)
    assert names(response) == ["Dewi Lestari"]
    assert "Sri Wahyuni" not in response.content.decode()
    assert names(client.get(URL, {"q": "198503"})) == []


def test_satgas_sees_everyone(client, world) -> None:
    client.force_login(world.satgas)
    assert names(client.get(URL)) == ["Dewi Lestari", "Sri Wahyuni"]


def test_search_by_nip_prefix(client, world) -> None:
    client.force_login(world.satgas)
    assert names(client.get(URL, {"q": "19850312"})) == ["Sri Wahyuni"]
    assert names(client.get(URL, {"q": "199001012015032001"})) == ["Dewi Lestari"]
    # A prefix, not any part of the NIP.
    assert names(client.get(URL, {"q": "2010012003"})) == []


def test_search_by_handle_with_or_without_at(client, world) -> None:
    client.force_login(world.satgas)
    assert names(client.get(URL, {"q": "@sri.wahyuni85"})) == ["Sri Wahyuni"]
    assert names(client.get(URL, {"q": "dewi_les"})) == ["Dewi Lestari"]


def test_search_by_name(client, world) -> None:
    client.force_login(world.monitor)
    response = client.get(URL, {"q": "wahyu"})
    assert names(response) == ["Sri Wahyuni"]
    assert 'value="wahyu"' in response.content.decode()


def test_person_with_several_accounts_listed_once(client, world) -> None:
    world.guru.accounts.create(
        platform="instagram", handle="sri.wahyuni.guru", link_method="dugaan"
    )
    client.force_login(world.satgas)
    assert names(client.get(URL, {"q": "sri.wahyuni"})) == ["Sri Wahyuni"]


def test_no_match(client, world) -> None:
    client.force_login(world.satgas)
    response = client.get(URL, {"q": "Tidak Ada Orangnya"})
    assert "Tidak ada ASN yang cocok." in response.content.decode()


def test_repeat_offenders_filter(client, world) -> None:
    election = Election.objects.first()
    for state in ("selesai", "putusan"):
        Case.objects.create(
            asn=world.guru, opd=world.sd, title="Terbukti", state=state, election=election
        )
    Case.objects.create(asn=world.perawat, opd=world.kesehatan, title="Satu", state="selesai")
    client.force_login(world.satgas)
    response = client.get(URL, {"berulang": "1"})
    assert names(response) == ["Sri Wahyuni"]
    assert "berulang (2 terbukti)" in response.content.decode()


def test_sub_unit_added_later_is_in_scope(client, world) -> None:
    smp = Opd.objects.create(code="SMPN3", name="SMP Negeri 3 Sidomulyo", parent=world.pendidikan)
    Asn.objects.create(
        nip="199212102019031006",
        name="Yoga Pratama",
        status="PNS",
        position="Guru Ahli Pertama",
        grade="III/b",
        opd=smp,
    )
    client.force_login(world.monitor)
    assert names(client.get(URL)) == ["Sri Wahyuni", "Yoga Pratama"]
