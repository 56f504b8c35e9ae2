"""NIP (Nomor Induk Pegawai) validation: 18 digits = birth date, appointment month, sex, serial."""

from __future__ import annotations

import datetime as dt

from django.core.exceptions import ValidationError


def nip_problem(nip: str, today: dt.date | None = None, status: str | None = None) -> str | None:
    """Why `nip` is not a plausible NIP (or NI PPPK), in Indonesian, or None when it is.

    A PNS NIP carries the appointment year and month in digits 9-14. A PPPK number carries the
    year in digits 9-12, then the PPPK code 2 and the agreement count, so it has no month.
    """
    today = today or dt.date.today()
    if len(nip) != 18 or not nip.isdigit():
        return "NIP harus 18 angka"
    try:
        born = dt.date(int(nip[0:4]), int(nip[4:6]), int(nip[6:8]))
    except ValueError:
        return "8 angka pertama NIP bukan tanggal lahir yang sah"
    year, month = int(nip[8:12]), int(nip[12:14])
    # Some regions still give PPPK a PNS-style number, so a PPPK may have either form.
    if status != "PNS" and nip[12] == "2" and not 1 <= month <= 12:
        month = 1
    elif not 1 <= month <= 12:
        return "angka ke-13 dan 14 NIP bukan bulan pengangkatan yang sah"
    appointed = dt.date(year, month, 1)
    if appointed > today:
        return "tanggal pengangkatan dalam NIP ada di masa depan"
    age = (appointed - born).days / 365.25
    if not 17 <= age <= 60:
        return "umur saat pengangkatan menurut NIP tidak masuk akal (harus 17-60 tahun)"
    if nip[14] not in "12":
        return "angka ke-15 NIP (jenis kelamin) harus 1 atau 2"
    return None


def validate_nip(nip: str) -> None:
    """Django validator for NIP fields."""
    problem = nip_problem(nip)
    if problem:
        raise ValidationError(problem, code="nip")
