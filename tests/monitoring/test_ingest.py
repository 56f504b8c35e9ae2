"""Ingest service: kept as received, de-duplicated, linked to the ASN, classified into findings."""

from __future__ import annotations

from netra.monitoring.ingest import ingest_records
from netra.monitoring.models import Activity, Finding
from tests.factories import ingest

SUPPORT = "Ayo dukung BARA nomor 2, Bagus-Ratna pasti menang!"


def test_forbidden_post_by_known_account_becomes_finding_of_that_asn(world) -> None:
    [result] = ingest(
        {
            "id": "fb-1",
            "action": "post",
            "platform": "facebook",
            "author": "@Sri.Wahyuni85",
            "text": SUPPORT,
            "created_at": "2024-10-10T09:00:00+07:00",
        }
    )
    assert result.status == "baru" and result.verdict == "forbidden"
    finding = Finding.objects.get(pk=result.finding)
    assert finding.asn == world.guru and finding.opd == world.sd
    assert "online_support" in finding.codes and finding.severity == 3
    assert any(r["evidence"] for r in finding.reasons)
    assert Activity.objects.get(external_id="fb-1").raw["author"] == "@Sri.Wahyuni85"


def test_allowed_post_is_kept_without_finding(world) -> None:
    [result] = ingest(
        {
            "id": "fb-2",
            "action": "post",
            "platform": "facebook",
            "text": "Rapat koordinasi di lantai 2, jangan telat ya",
        }
    )
    assert result.verdict == "allowed" and result.finding is None
    assert Activity.objects.filter(external_id="fb-2").exists()
    assert not Finding.objects.exists()


def test_same_post_twice_is_a_duplicate_not_a_second_row(world) -> None:
    record = {"id": "x-9", "action": "post", "platform": "x", "text": SUPPORT}
    first = ingest(record)[0]
    again = ingest(record, dict(record))
    assert [r.status for r in again] == ["duplikat", "duplikat"]
    assert again[0].finding == first.finding
    assert Activity.objects.count() == 1 and Finding.objects.count() == 1


def test_same_id_on_another_platform_is_another_post(world) -> None:
    ingest(
        {"id": "1", "action": "post", "platform": "x", "text": "halo"},
        {"id": "1", "action": "post", "platform": "facebook", "text": "halo"},
    )
    assert Activity.objects.count() == 2


def test_bad_records_are_reported_in_place_and_not_stored(world) -> None:
    results = list(
        ingest_records(
            [
                ({"id": "ok", "action": "post", "text": "selamat pagi"}, None),
                (None, "baris 2: JSON tidak sah"),
                ({"id": "bad", "action": "dance", "text": "x"}, None),
                ({"action": "post", "text": "tanpa id"}, None),
            ],
            classifier=None,
        )
    )
    assert [r.status for r in results] == ["baru", "galat", "galat", "galat"]
    assert "action" in results[2].error or "tindakan" in results[2].error
    assert Activity.objects.count() == 1


def test_without_active_election_nothing_is_classified(world) -> None:
    results = list(
        ingest_records([({"id": "p", "action": "post", "text": SUPPORT}, None)], classifier=None)
    )
    assert results[0].verdict is None and not Finding.objects.exists()
