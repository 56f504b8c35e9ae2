"""NIP: 18 digits = birth date (8), appointment year and month (6), sex (1), serial (3)."""

from __future__ import annotations

import datetime as dt

import pytest
from django.core.exceptions import ValidationError

from netra.roster.nip import nip_problem, validate_nip

TODAY = dt.date(2025, 1, 15)


@pytest.mark.parametrize(
    "nip",
    [
        "198503122010012003",  # born 12 Mar 1985, appointed Jan 2010, woman
        "199001012015032001",
        "197212251998031004",  # man
        "200001012024091001",  # PPPK appointed Sep 2024 at 24
        "196808171987031002",  # appointed at 18
    ],
)
def test_valid_nip(nip: str) -> None:
    assert nip_problem(nip, today=TODAY) is None


@pytest.mark.parametrize(
    "nip",
    ["19850312201001200", "1985031220100120031", "", "19850312 201001 2 003", "19850312201001200A"],
    ids=["17-digits", "19-digits", "empty", "with-spaces", "letter"],
)
def test_wrong_length_or_not_digits(nip: str) -> None:
    assert nip_problem(nip, today=TODAY) == "NIP harus 18 angka"


@pytest.mark.parametrize(
    "nip",
    ["198513122010012003", "198502302010012003", "198503002010012003", "000003122010012003"],
    ids=["month-13", "30-february", "day-0", "year-0"],
)
def test_bad_birth_date(nip: str) -> None:
    assert nip_problem(nip, today=TODAY) == "8 angka pertama NIP bukan tanggal lahir yang sah"


@pytest.mark.parametrize("month", ["00", "13"])
def test_bad_appointment_month(month: str) -> None:
    nip = f"198503122010{month}2003"
    assert "bulan pengangkatan" in nip_problem(nip, today=TODAY)


def test_appointed_before_17_years_old() -> None:
    # Born March 1995, appointed January 2010: 14 years old.
    problem = nip_problem("199503122010012003", today=TODAY)
    assert problem == "umur saat pengangkatan menurut NIP tidak masuk akal (harus 17-60 tahun)"


def test_appointed_after_60_years_old() -> None:
    assert "tidak masuk akal" in nip_problem("194001012010011001", today=TODAY)


def test_appointment_in_the_future() -> None:
    assert (
        nip_problem("199001012025061001", today=TODAY)
        == "tanggal pengangkatan dalam NIP ada di masa depan"
    )
    # The same NIP is fine once that month has come.
    assert nip_problem("199001012025061001", today=dt.date(2025, 6, 1)) is None


@pytest.mark.parametrize("sex", ["0", "3", "9"])
def test_sex_digit_must_be_1_or_2(sex: str) -> None:
    assert (
        nip_problem(f"19850312201001{sex}003", today=TODAY)
        == "angka ke-15 NIP (jenis kelamin) harus 1 atau 2"
    )


def test_validator_raises_with_the_problem() -> None:
    validate_nip("198503122010012003")
    with pytest.raises(ValidationError) as raised:
        validate_nip("198503122010013003")
    assert raised.value.code == "nip"
    assert raised.value.messages == ["angka ke-15 NIP (jenis kelamin) harus 1 atau 2"]
