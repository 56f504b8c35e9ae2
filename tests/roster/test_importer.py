"""`netra import-roster`: the sample file, re-imports, row errors with line and column, all or nothing."""

from __future__ import annotations

import csv
import io
from pathlib import Path

import pytest

from netra.audit.chain import audit_verify
from netra.audit.models import AuditEntry
from netra.cli.main import main
from netra.roster.importer import RosterFileError, import_roster
from netra.roster.models import Asn, LinkMethod, Opd, SocialAccount

ROOT = Path(__file__).resolve().parent.parent.parent
SAMPLE = ROOT / "examples" / "roster-contoh.csv"
HEADER = (
    "nip,nama,status,jabatan,golongan,kode_opd,nama_opd,kode_opd_induk,facebook,instagram,x,tiktok"
)

# Line 1 is the header. Lines 2-7 each carry one mistake (line 5 twice: NIP and golongan);
# lines 8 and 9 are correct.
BAD_ROWS = [
    "19850312201001200,Budi Santoso,PNS,Staf Tata Usaha,II/b,DISDIK,Dinas Pendidikan,,,,,",
    "198703052011012004,Siti Nurhaliza,Honorer,Guru,III/c,DISDIK,Dinas Pendidikan,,,,,",
    "199212102019031006,,PNS,Guru Ahli Pertama,III/b,DISDIK,Dinas Pendidikan,,,,,",
    "198911302014023002,Nur Aisyah,PNS,Guru Kelas,III/f,SDN5,SD Negeri 5 Sidomulyo,DISDIK,,,,",
    "197011201995031003,Ahmad Fauzi (ganda),PNS,Kepala Dinas,IV/c,DISDIK,Dinas Pendidikan,,,,,",
    "198601252010012012,Ratna Dewi,PNS,Perawat,III/c,PKM-SDU,Puskesmas Sidomulyo Utara,DINKES-X,,,,",
    "197011201995031003,Ahmad Fauzi,PNS,Kepala Dinas,IV/c,DISDIK,Dinas Pendidikan,,,,,",
    "199409092022032007,Putri Ayu Lestari,PPPK,Bidan Terampil,7,DISDIK,Dinas Pendidikan,,,putriayu.bidan,,",
]
BAD_ERRORS = {
    (2, "nip"),
    (3, "status"),
    (4, "nama"),
    (5, "nip"),
    (5, "golongan"),
    (7, "kode_opd_induk"),
    (8, "nip"),  # same NIP as line 6
}


def write(tmp_path: Path, *rows: str, header: str = HEADER, name: str = "daftar.csv") -> Path:
    path = tmp_path / name
    path.write_text("\n".join([header, *rows]) + "\n", encoding="utf-8")
    return path


def sample_rows() -> list[dict[str, str]]:
    with SAMPLE.open(encoding="utf-8") as handle:
        return list(csv.DictReader(handle))


def nothing_written() -> bool:
    return (
        not Asn.objects.exists()
        and not Opd.objects.exists()
        and not SocialAccount.objects.exists()
        and not AuditEntry.objects.filter(action="roster.import").exists()
    )


# --- the sample file ---------------------------------------------------------------------------


def test_sample_file_is_realistic() -> None:
    rows = sample_rows()
    assert len(rows) == 30
    assert {r["status"] for r in rows} == {"PNS", "PPPK"}
    assert {"III/b", "9"} <= {r["golongan"] for r in rows}
    assert all(any(r[c] for r in rows) for c in ("facebook", "instagram", "x", "tiktok"))
    assert "Kota Sidomulyo" in rows[0]["nama_opd"]


def test_sample_imports_cleanly(db) -> None:
    report = import_roster(SAMPLE)
    assert report.errors == []
    assert report.written
    assert (report.created, report.updated, report.skipped) == (30, 0, 0)
    assert report.accounts == 36
    assert Asn.objects.count() == 30
    assert Asn.objects.filter(status="PPPK").count() == 7
    assert Opd.objects.count() == 16
    assert SocialAccount.objects.count() == 36

    wulan = Asn.objects.get(nip="199506182022212010")
    assert (wulan.name, wulan.status, wulan.grade) == ("Wulan Sari, S.Pd.", "PPPK", "9")
    assert wulan.opd.name == "SMP Negeri 2 Sidomulyo"
    assert wulan.opd.parent.code == "DISDIKBUD"

    kelurahan = Opd.objects.get(code="KEL-KRP")
    assert kelurahan.parent == Opd.objects.get(code="KEC-SDU", name="Kecamatan Sidomulyo Utara")
    assert Opd.objects.get(code="KEC-SDU").parent is None

    fajar = SocialAccount.objects.get(platform="x", handle="fajarnug")  # "@fajarnug" in the file
    assert fajar.asn.nip == "199304222019031009"
    assert fajar.link_method == LinkMethod.IMPORTED

    entry = AuditEntry.objects.get(action="roster.import")
    assert (entry.actor, entry.object_id) == ("cli", "roster-contoh.csv")
    assert entry.detail == {"created": 30, "updated": 0, "skipped": 0}
    assert audit_verify().ok


def test_reimport_updates_and_does_not_duplicate(db, tmp_path) -> None:
    import_roster(SAMPLE)
    again = import_roster(SAMPLE)
    assert (again.created, again.updated, again.accounts) == (0, 30, 0)
    assert Asn.objects.count() == 30 and SocialAccount.objects.count() == 36
    assert Opd.objects.count() == 16

    promoted = SAMPLE.read_text(encoding="utf-8").replace(
        "Guru Ahli Pertama,III/b,SMPN2", "Guru Ahli Muda,III/c,SMPN2"
    )
    changed = tmp_path / "roster-2025.csv"
    changed.write_text(promoted, encoding="utf-8")
    report = import_roster(changed)
    assert (report.created, report.updated) == (0, 30)
    yoga = Asn.objects.get(nip="199212102019031006")
    assert (yoga.position, yoga.grade) == ("Guru Ahli Muda", "III/c")
    assert Asn.objects.count() == 30


def test_moving_a_unit_under_another_parent(db, tmp_path) -> None:
    import_roster(SAMPLE)
    moved = SAMPLE.read_text(encoding="utf-8").replace(
        "Kelurahan Tegalrejo,KEC-SDS", "Kelurahan Tegalrejo,KEC-SDU"
    )
    path = tmp_path / "pemekaran.csv"
    path.write_text(moved, encoding="utf-8")
    import_roster(path)
    assert Opd.objects.get(code="KEL-TGR").parent.code == "KEC-SDU"


# --- errors --------------------------------------------------------------------------------------


def test_bad_file_reports_every_error_and_imports_nothing(db, tmp_path) -> None:
    report = import_roster(write(tmp_path, *BAD_ROWS))
    assert {(e.line, e.column) for e in report.errors} == BAD_ERRORS
    assert not report.written
    assert nothing_written()

    by_place = {(e.line, e.column): e.message for e in report.errors}
    assert by_place[(2, "nip")] == "NIP harus 18 angka"
    assert by_place[(3, "status")].lower() == "harus pns atau pppk, bukan 'honorer'"
    assert by_place[(4, "nama")] == "wajib diisi"
    assert "jenis kelamin" in by_place[(5, "nip")]
    assert "'III/f' bukan golongan" in by_place[(5, "golongan")]
    assert by_place[(7, "kode_opd_induk")] == "OPD induk 'DINKES-X' tidak dikenal"
    assert by_place[(8, "nip")] == "NIP sama dengan baris 6"
    assert str(report.errors[0]) == "baris 2, kolom nip: NIP harus 18 angka"


def test_skip_invalid_imports_the_good_rows(db, tmp_path) -> None:
    report = import_roster(write(tmp_path, *BAD_ROWS), skip_invalid=True)
    assert {(e.line, e.column) for e in report.errors} == BAD_ERRORS
    assert report.written
    assert report.skipped == 6
    assert report.created == 2
    assert set(Asn.objects.values_list("nip", flat=True)) == {
        "197011201995031003",
        "199409092022032007",
    }
    # The first of the two rows with the same NIP is the one kept.
    assert Asn.objects.get(nip="197011201995031003").name == "Ahmad Fauzi (ganda)"
    assert set(Opd.objects.values_list("code", flat=True)) == {"DISDIK"}
    assert SocialAccount.objects.get().handle == "putriayu.bidan"
    assert AuditEntry.objects.get(action="roster.import").detail["skipped"] == 6


def test_parent_defined_in_the_database_is_accepted(db, tmp_path) -> None:
    Opd.objects.create(code="KEC-SDU", name="Kecamatan Sidomulyo Utara")
    row = "199011112015022003,Eka Fitriani,PNS,Pengadministrasi,II/c,KEL-KRP,Kelurahan Karangpandan,KEC-SDU,,,,"
    report = import_roster(write(tmp_path, row))
    assert report.errors == [] and report.written
    assert Opd.objects.get(code="KEL-KRP").parent.code == "KEC-SDU"


@pytest.mark.parametrize("missing", ["nip", "nama", "status", "kode_opd", "nama_opd"])
def test_missing_required_column(db, tmp_path, missing: str) -> None:
    columns = HEADER.split(",")
    header = ",".join(c for c in columns if c != missing)
    path = write(tmp_path, header=header)
    with pytest.raises(RosterFileError, match=f"kolom wajib tidak ada: {missing}"):
        import_roster(path)
    assert nothing_written()


def test_non_utf8_file(db, tmp_path) -> None:
    path = tmp_path / "dari-excel.csv"
    row = "198208092006042011,Rina Marlina Sé,PNS,Kasubbag,III/d,SETDA,Sekretariat Daerah,,,,,"
    path.write_bytes(f"{HEADER}\n{row}\n".encode("cp1252"))
    with pytest.raises(RosterFileError, match="bukan teks UTF-8"):
        import_roster(path)
    assert nothing_written()


def test_excel_semicolons_bom_and_header_case(db, tmp_path) -> None:
    header = HEADER.upper().replace(",", ";")
    rows = [
        "198208092006042011;Rina Marlina;pns;Kasubbag Keuangan;III/d;SETDA;Sekretariat Daerah;;;;;",
        "199506182022212010;Wulan Sari;PPPK;Guru;9;SMPN2;SMP Negeri 2;SETDA;;wulan.sari;;",
    ]
    path = tmp_path / "excel.csv"
    path.write_bytes(("\n".join([header, *rows]) + "\n").encode("utf-8-sig"))
    report = import_roster(path)
    assert report.errors == []
    assert Asn.objects.get(nip="198208092006042011").status == "PNS"


def test_nip_written_with_spaces_or_dots_is_accepted(db, tmp_path) -> None:
    row = '"19820809 200604 2 011",Rina Marlina,PNS,Kasubbag,III/d,SETDA,Sekretariat Daerah,,,,,'
    import_roster(write(tmp_path, row))
    assert Asn.objects.filter(nip="198208092006042011").exists()


def test_handle_listed_twice_in_the_file(db, tmp_path) -> None:
    rows = [
        "198703052011012004,Siti Nurhaliza,PNS,Guru,III/c,SMPN2,SMP Negeri 2,,,bu_siti,,",
        "199212102019031006,Yoga Pratama,PNS,Guru,III/b,SMPN2,SMP Negeri 2,,,@Bu_Siti,,",
    ]
    report = import_roster(write(tmp_path, *rows))
    assert [(e.line, e.column) for e in report.errors] == [(3, "instagram")]
    assert report.errors[0].message == "akun @bu_siti sudah terkait ke NIP 198703052011012004"
    assert not report.written
    assert nothing_written()


def test_handle_already_tied_to_another_nip(world, tmp_path) -> None:
    # The teacher of the world fixture owns facebook @sri.wahyuni85.
    row = (
        "198911302014022002,Nur Aisyah,PNS,Guru,III/c,SDN1,SD Negeri 1 Sidomulyo,,@Sri.Wahyuni85,,,"
    )
    path = write(tmp_path, row)
    report = import_roster(path)
    [error] = report.errors
    assert (error.line, error.column) == (2, "facebook")
    assert str(error) == (
        "baris 2, kolom facebook: akun @sri.wahyuni85 sudah terkait ke NIP 198503122010012003"
    )
    assert not report.written
    assert not Asn.objects.filter(nip="198911302014022002").exists()

    report = import_roster(path, skip_invalid=True)
    assert [(e.line, e.column) for e in report.errors] == [(2, "facebook")]
    account = SocialAccount.objects.get(platform="facebook", handle="sri.wahyuni85")
    assert account.asn == world.guru


def test_status_error_quotes_the_value_as_written(db, tmp_path) -> None:
    report = import_roster(write(tmp_path, BAD_ROWS[1]))
    assert [e.message for e in report.errors] == ["harus PNS atau PPPK, bukan 'Honorer'"]


def test_reimport_keeps_the_accounts_own_handles(db) -> None:
    import_roster(SAMPLE)
    report = import_roster(SAMPLE)
    assert report.errors == []


def test_real_ni_pppk_number_is_accepted(db, tmp_path) -> None:
    row = "199506182022212010,Wulan Sari,PPPK,Guru Ahli Pertama,9,SMPN2,SMP Negeri 2,,,,,"
    report = import_roster(write(tmp_path, row))
    assert report.errors == []


def test_skip_invalid_with_a_parent_only_on_a_skipped_row(db, tmp_path) -> None:
    rows = [
        "197309181998031005,Sugeng Riyadi,PNS,Camat,IV/a,KEC-SDU,Kecamatan Sidomulyo Utara,PEMKAB-X,,,,",
        "197906122006041003,Agus Salim,PNS,Lurah,III/d,KEL-KRP,Kelurahan Karangpandan,KEC-SDU,,,,",
    ]
    report = import_roster(write(tmp_path, *rows), skip_invalid=True)
    lines = {e.line for e in report.errors}
    assert 2 in lines
    kelurahan = Opd.objects.filter(code="KEL-KRP").first()
    assert 3 in lines or (kelurahan is not None and kelurahan.parent.code == "KEC-SDU")


# --- the command line ----------------------------------------------------------------------------


@pytest.fixture
def indonesian(monkeypatch):
    monkeypatch.delenv("NETRA_LANG", raising=False)


def test_cli_imports_the_sample(db, capsys, indonesian) -> None:
    assert main(["import-roster", str(SAMPLE)]) == 0
    err = capsys.readouterr().err
    assert "30 ASN baru, 0 diperbarui, 36 akun baru, 0 baris dilewati." in err
    assert Asn.objects.count() == 30


def test_cli_bad_file_names_rows_and_exits_1(db, tmp_path, capsys, indonesian) -> None:
    path = write(tmp_path, *BAD_ROWS)
    assert main(["import-roster", str(path)]) == 1
    err = capsys.readouterr().err.splitlines()
    assert f"{path}: baris 2, kolom nip: NIP harus 18 angka" in err
    assert any(
        line.startswith(f"{path}: baris 3, kolom status: harus PNS atau PPPK") for line in err
    )
    assert f"{path}: baris 4, kolom nama: wajib diisi" in err
    assert f"{path}: baris 7, kolom kode_opd_induk: OPD induk 'DINKES-X' tidak dikenal" in err
    assert f"{path}: baris 8, kolom nip: NIP sama dengan baris 6" in err
    assert err[-1] == (
        "Tidak ada yang diimpor: 7 galat. Perbaiki berkasnya, atau pakai --skip-invalid."
    )
    assert nothing_written()


def test_cli_skip_invalid_imports_but_still_exits_1(db, tmp_path, capsys, indonesian) -> None:
    path = write(tmp_path, *BAD_ROWS)
    assert main(["import-roster", str(path), "--skip-invalid"]) == 1
    err = capsys.readouterr().err
    assert "2 ASN baru, 0 diperbarui, 1 akun baru, 6 baris dilewati." in err
    assert Asn.objects.count() == 2


def test_cli_file_level_errors_exit_2(db, tmp_path, capsys, indonesian) -> None:
    assert main(["import-roster", str(tmp_path / "tidak-ada.csv")]) == 2
    assert "tidak ada" in capsys.readouterr().err
    path = write(tmp_path, header="nip,nama,jabatan")
    assert main(["import-roster", str(path)]) == 2
    assert "kolom wajib tidak ada: status, kode_opd, nama_opd" in capsys.readouterr().err


def test_cli_in_english(db, tmp_path, capsys, monkeypatch) -> None:
    monkeypatch.setenv("NETRA_LANG", "en")
    assert main(["import-roster", str(write(tmp_path, *BAD_ROWS))]) == 1
    assert "Nothing imported: 7 errors." in capsys.readouterr().err


def test_sample_is_readable_as_plain_csv() -> None:
    text = SAMPLE.read_text(encoding="utf-8")
    assert next(csv.reader(io.StringIO(text))) == HEADER.split(",")
