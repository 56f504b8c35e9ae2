"""`netra import-roster`: a CSV of ASN (and their accounts) validated row by row.

Columns (header names, any order; the first three OPD columns create or update units):
    nip, nama, status (PNS/PPPK), jabatan, golongan, kode_opd, nama_opd, kode_opd_induk,
    facebook, instagram, x, tiktok  (account handles, optional)
Nothing is written if any row is invalid, unless skip_invalid is set; re-importing updates.
"""

from __future__ import annotations

import csv
import io
from dataclasses import dataclass, field
from pathlib import Path

from django.db import transaction

from netra.audit.chain import audit_record
from netra.roster.models import Asn, LinkMethod, Opd, SocialAccount, Status, normalise_handle
from netra.roster.nip import nip_problem

REQUIRED = ("nip", "nama", "status", "kode_opd", "nama_opd")
OPTIONAL = ("jabatan", "golongan", "kode_opd_induk")
ACCOUNT_COLUMNS = ("facebook", "instagram", "x", "tiktok")
_ROMAN = [
    "I",
    "II",
    "III",
    "IV",
    "V",
    "VI",
    "VII",
    "VIII",
    "IX",
    "X",
    "XI",
    "XII",
    "XIII",
    "XIV",
    "XV",
    "XVI",
    "XVII",
]
# PNS: I/a-I/d, II/a-II/d, III/a-III/d, IV/a-IV/e. PPPK: 1-17, or I-XVII as SIASN exports them.
GRADES = (
    {f"{g}/{s}" for g in ("I", "II", "III") for s in "abcd"}
    | {f"IV/{s}" for s in "abcde"}
    | {str(n) for n in range(1, 18)}
    | set(_ROMAN)
)


class RosterFileError(ValueError):
    """The file as a whole cannot be read (encoding, header)."""


@dataclass
class RowError:
    line: int
    column: str
    message: str

    def __str__(self) -> str:
        return f"baris {self.line}, kolom {self.column}: {self.message}"


@dataclass
class ImportReport:
    created: int = 0
    updated: int = 0
    accounts: int = 0
    skipped: int = 0
    errors: list[RowError] = field(default_factory=list)
    written: bool = False


def read_rows(path: Path) -> list[tuple[int, dict[str, str]]]:
    try:
        text = path.read_bytes().decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise RosterFileError(f"{path}: bukan teks UTF-8 (simpan ulang sebagai CSV UTF-8)") from exc
    sample = text[:4096]
    try:
        dialect = csv.Sniffer().sniff(sample, delimiters=",;\t")
    except csv.Error:
        dialect = csv.excel
    reader = csv.DictReader(io.StringIO(text), dialect=dialect)
    header = [(h or "").strip().lower() for h in (reader.fieldnames or [])]
    missing = [c for c in REQUIRED if c not in header]
    if missing:
        raise RosterFileError(f"{path}: kolom wajib tidak ada: {', '.join(missing)}")
    reader.fieldnames = header
    return [
        (reader.line_num, {k: (v or "").strip() for k, v in row.items() if k}) for row in reader
    ]


def _validate(line: int, row: dict[str, str], seen: dict[str, int]) -> list[RowError]:
    errors = []
    nip = row.get("nip", "").replace(" ", "").replace(".", "")
    row["nip"] = nip
    status = row.get("status", "").strip().upper()
    problem = nip_problem(nip, status=status if status in Status.values else None)
    if problem:
        errors.append(RowError(line, "nip", problem))
    elif nip in seen:
        errors.append(RowError(line, "nip", f"NIP sama dengan baris {seen[nip]}"))
    else:
        seen[nip] = line
    if not row.get("nama"):
        errors.append(RowError(line, "nama", "wajib diisi"))
    if status not in Status.values:
        errors.append(RowError(line, "status", f"harus PNS atau PPPK, bukan {row.get('status')!r}"))
    else:
        row["status"] = status
    if row.get("golongan") and row["golongan"] not in GRADES:
        errors.append(
            RowError(
                line,
                "golongan",
                f"{row['golongan']!r} bukan golongan (III/a) atau golongan PPPK (1-17)",
            )
        )
    for column in ("kode_opd", "nama_opd"):
        if not row.get(column):
            errors.append(RowError(line, column, "wajib diisi"))
    return errors


def import_roster(path: Path, *, skip_invalid: bool = False, actor: str = "cli") -> ImportReport:
    """Validate every row, then write all valid rows in one transaction (or nothing)."""
    rows = read_rows(path)
    report = ImportReport()
    valid = []
    seen: dict[str, int] = {}
    for line, row in rows:
        errors = _validate(line, row, seen)
        if errors:
            report.errors.extend(errors)
        else:
            valid.append((line, row))
    # A parent must come from a valid row or the database: with --skip-invalid, a row whose
    # parent OPD is named only on a skipped row is skipped too, and so on down the tree.
    while True:
        codes = {row["kode_opd"] for _, row in valid}
        orphans = {
            line
            for line, row in valid
            if row.get("kode_opd_induk")
            and row["kode_opd_induk"] not in codes
            and not Opd.objects.filter(code=row["kode_opd_induk"]).exists()
        }
        if not orphans:
            break
        for line, row in valid:
            if line in orphans:
                message = f"OPD induk {row['kode_opd_induk']!r} tidak dikenal"
                report.errors.append(RowError(line, "kode_opd_induk", message))
        valid = [(line, row) for line, row in valid if line not in orphans]
    if report.errors and not skip_invalid:
        return report
    bad_lines = {e.line for e in report.errors}
    report.skipped = len(bad_lines)
    with transaction.atomic():
        opds = _upsert_opds([row for line, row in valid if line not in bad_lines])
        for line, row in valid:
            if line in bad_lines:
                continue
            asn, created = Asn.objects.update_or_create(
                nip=row["nip"],
                defaults={
                    "name": row["nama"],
                    "status": row["status"],
                    "position": row.get("jabatan", ""),
                    "grade": row.get("golongan", ""),
                    "opd": opds[row["kode_opd"]],
                },
            )
            report.created += created
            report.updated += not created
            for platform in ACCOUNT_COLUMNS:
                handle = normalise_handle(row.get(platform, ""))
                if not handle:
                    continue
                taken = (
                    SocialAccount.objects.filter(platform=platform, handle=handle)
                    .exclude(asn=asn)
                    .first()
                )
                if taken:
                    raise_row = RowError(
                        line, platform, f"akun @{handle} sudah terkait ke NIP {taken.asn.nip}"
                    )
                    report.errors.append(raise_row)
                    if not skip_invalid:
                        transaction.set_rollback(True)
                        return report
                    continue
                _, new = SocialAccount.objects.get_or_create(
                    platform=platform,
                    handle=handle,
                    defaults={"asn": asn, "link_method": LinkMethod.IMPORTED},
                )
                report.accounts += new
        audit_record(
            actor=actor,
            action="roster.import",
            object_type="roster",
            object_id=path.name,
            detail={
                "created": report.created,
                "updated": report.updated,
                "skipped": report.skipped,
            },
        )
    report.written = True
    return report


def _upsert_opds(rows: list[dict[str, str]]) -> dict[str, Opd]:
    opds: dict[str, Opd] = {}
    for row in rows:
        code = row["kode_opd"]
        if code not in opds:
            opd, _ = Opd.objects.update_or_create(code=code, defaults={"name": row["nama_opd"]})
            opds[code] = opd
    for row in rows:
        parent_code = row.get("kode_opd_induk")
        if parent_code:
            opd = opds[row["kode_opd"]]
            parent = opds.get(parent_code) or Opd.objects.get(code=parent_code)
            if opd.parent_id != parent.pk:
                opd.parent = parent
                opd.save(update_fields=["parent"])
    return opds
