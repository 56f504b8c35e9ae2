"""Roster suggestions from the reporter's free text."""

from __future__ import annotations

from netra.portal.matching import name_words, office_words, suggest_asn, suggest_opds
from netra.roster.models import Asn


def test_words_drop_titles_and_generic_office_words() -> None:
    assert name_words("Ibu Sri Wahyuni, S.Pd.") == {"sri", "wahyuni"}
    assert office_words("Dinas Kesehatan Kab. Sidomulyo") == {"kesehatan", "sidomulyo"}


def test_name_and_office_rank_the_right_person_first(world) -> None:
    Asn.objects.create(
        nip="199202022018012001", name="Sri Mulyani", status="PNS", opd=world.kesehatan
    )
    found = suggest_asn(name="Bu Sri Wahyuni", office="SD Negeri 1 Sidomulyo")
    assert found[0].asn == world.guru
    assert "2/2" in found[0].why and "kantor" in found[0].why
    assert [s.asn.name for s in found] == ["Sri Wahyuni", "Sri Mulyani"]


def test_parent_office_counts(world) -> None:
    found = suggest_asn(name="Sri Wahyuni", office="Dinas Pendidikan")
    assert found[0].asn == world.guru and "kantor" in found[0].why


def test_exact_nip_comes_first(world) -> None:
    found = suggest_asn(name="", office="", nip=world.perawat.nip)
    assert [s.asn for s in found] == [world.perawat]
    assert found[0].why == "NIP sama persis"


def test_nothing_to_match(world) -> None:
    assert suggest_asn(name="", office="") == []
    assert suggest_asn(name="Bambang", office="Dinas Pendidikan") == []


def test_monitor_only_gets_people_in_scope(world) -> None:
    assert suggest_asn(name="Dewi Lestari", office="", user=world.monitor) == []
    assert suggest_asn(name="Dewi Lestari", office="", user=world.satgas)[0].asn == world.perawat


def test_opd_suggestions(world) -> None:
    found = suggest_opds("dinas kesehatan")
    assert [s.opd for s in found] == [world.kesehatan]
    assert suggest_opds("kantor") == []
