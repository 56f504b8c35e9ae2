from __future__ import annotations

import types

import pytest
from django.utils import timezone

from netra.cases.models import Case
from netra.exports.tables import build_table, cases_table, findings_table
from netra.monitoring.models import Finding, FindingStatus
from tests.exports.conftest import open_case
from tests.factories import forbidden_finding

PERSONAL = {"ASN", "NIP", "akun", "bukti teks", "ringkasan"}


def rows_of(table) -> list[dict]:
    return [dict(zip(table.header, row, strict=True)) for row in table.rows()]


@pytest.fixture
def two_findings(world):
    return forbidden_finding(world), forbidden_finding(world, asn=world.perawat)


def test_satgas_gets_every_opd_and_personal_columns(world, two_findings):
    rows = rows_of(findings_table(world.satgas, {}))
    assert {r["NIP"] for r in rows} == {world.guru.nip, world.perawat.nip}
    guru = next(r for r in rows if r["NIP"] == world.guru.nip)
    assert guru["ASN"] == "Sri Wahyuni"
    assert guru["akun"] == "sri.wahyuni85"
    assert guru["OPD"] == "SD Negeri 1 Sidomulyo"
    assert guru["putusan"] == "Tidak boleh"
    assert "online_support" in guru["pelanggaran"]
    assert guru["status"] == "Baru"
    assert "BARA" in guru["bukti teks"]


def test_monitor_sees_only_their_opd_subtree(world, two_findings):
    rows = rows_of(findings_table(world.monitor, {}))
    assert [r["NIP"] for r in rows] == [world.guru.nip]  # the SD is under Dinas Pendidikan
    rows = rows_of(findings_table(world.other_monitor, {}))
    assert [r["NIP"] for r in rows] == [world.perawat.nip]


def test_viewer_gets_rows_without_personal_details(world, two_findings):
    table = findings_table(world.viewer, {})
    assert not PERSONAL & set(table.header)
    assert {"OPD", "pelanggaran", "putusan", "status"} <= set(table.header)
    rows = list(table.rows())
    assert len(rows) == 2
    flat = " ".join(str(v) for row in rows for v in row)
    for secret in (world.guru.nip, "Sri Wahyuni", "sri.wahyuni85", "dewi_lestari", "BARA"):
        assert secret not in flat


def test_findings_filters_follow_the_triage_queue(world, two_findings):
    guru, perawat = two_findings
    Finding.objects.filter(pk=perawat.pk).update(status=FindingStatus.DISMISSED)
    assert [r["id temuan"] for r in rows_of(findings_table(world.satgas, {}))] == [guru.pk]
    every = rows_of(findings_table(world.satgas, {"status": "semua"}))
    assert len(every) == 2
    only = rows_of(findings_table(world.satgas, {"status": "semua", "opd": str(world.sd.pk)}))
    assert [r["id temuan"] for r in only] == [guru.pk]
    assert rows_of(findings_table(world.satgas, {"code": "candidacy"})) == []
    assert len(rows_of(findings_table(world.satgas, {"verdict": "forbidden"}))) == 1
    today = timezone.localdate().isoformat()
    assert len(rows_of(findings_table(world.satgas, {"since": today, "until": today}))) == 1
    assert rows_of(findings_table(world.satgas, {"since": "2099-01-01"})) == []


def test_monitor_cannot_widen_scope_with_the_opd_filter(world, two_findings):
    rows = rows_of(findings_table(world.monitor, {"opd": str(world.kesehatan.pk)}))
    assert rows == []


def test_rows_stream_in_one_query_without_filling_the_queryset(
    world, two_findings, django_assert_num_queries
):
    table = findings_table(world.satgas, {"status": "semua"})
    table.chunk_size = 1
    stream = table.rows()
    assert isinstance(stream, types.GeneratorType)
    with django_assert_num_queries(1):
        assert len(list(stream)) == 2
    assert table.queryset._result_cache is None


def test_case_rows_per_role(world):
    guru_case = open_case(world)
    open_case(world, asn=world.perawat)
    satgas = rows_of(cases_table(world.satgas, {}))
    assert {r["NIP"] for r in satgas} == {world.guru.nip, world.perawat.nip}
    row = next(r for r in satgas if r["NIP"] == world.guru.nip)
    assert row["nomor kasus"] == guru_case.number
    assert row["ASN"] == "Sri Wahyuni"
    assert row["status"] == "Baru"
    assert row["terlambat"] is False
    assert row["pelanggaran"] == "online_support"
    assert row["jumlah temuan"] == 1
    assert row["tenggat"] == guru_case.deadline

    assert [r["NIP"] for r in rows_of(cases_table(world.monitor, {}))] == [world.guru.nip]

    viewer = cases_table(world.viewer, {})
    assert not PERSONAL & set(viewer.header)
    viewer_rows = rows_of(viewer)
    assert len(viewer_rows) == 2
    assert "Sri Wahyuni" not in str(viewer_rows)


def test_case_filters(world):
    case = open_case(world)
    Case.objects.filter(pk=case.pk).update(deadline=timezone.now() - timezone.timedelta(days=1))
    rows = rows_of(cases_table(world.satgas, {"status": "baru", "code": "online_support"}))
    assert [r["nomor kasus"] for r in rows] == [case.number]
    assert rows[0]["terlambat"] is True
    assert rows_of(cases_table(world.satgas, {"status": "selesai"})) == []
    assert rows_of(cases_table(world.satgas, {"code": "candidacy"})) == []
    assert rows_of(cases_table(world.satgas, {"verdict": "grey"})) == []


def test_sanction_column(case_full, world):
    (row,) = rows_of(cases_table(world.satgas, {}))
    assert row["sanksi"].startswith("Berat: penurunan jabatan")
    assert row["status"] == "Diteruskan ke Bawaslu/BKN"


def test_unknown_kind_is_refused(world):
    with pytest.raises(ValueError):
        build_table("asn", world.satgas, {})
