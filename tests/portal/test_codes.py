"""Tracking codes: format, entropy, forgiving input, and only a digest in the database."""

from __future__ import annotations

import hashlib
import math
import re

from netra.portal.codes import ALPHABET, SYMBOLS, code_digest, new_code, normalise


def test_format_and_alphabet() -> None:
    code = new_code()
    assert re.fullmatch(r"NTR-[0-9A-Z]{4}-[0-9A-Z]{4}-[0-9A-Z]{4}-[0-9A-Z]{4}", code)
    body = code.replace("NTR-", "").replace("-", "")
    assert set(body) <= set(ALPHABET)
    # No letters that read like digits (or each other) are ever shown.
    assert not set("ILOU") & set(ALPHABET)


def test_at_least_80_bits_and_no_repeats() -> None:
    assert SYMBOLS * math.log2(len(ALPHABET)) >= 80
    codes = {new_code() for _ in range(2000)}
    assert len(codes) == 2000


def test_typing_is_forgiving() -> None:
    code = "NTR-0A1B-2C3D-4E5F-6G7H"
    expected = code_digest(code)
    assert code_digest("ntr 0a1b 2c3d 4e5f 6g7h") == expected
    assert code_digest("0A1B2C3D4E5F6G7H") == expected  # without the prefix
    assert code_digest("NTR-OA1B-2C3D-4E5F-6G7H") == expected  # O typed for 0
    assert code_digest("NTR-0AIB-2C3D-4E5F-6G7H") == expected  # I typed for 1
    assert code_digest("NTR-0ALB-2C3D-4E5F-6G7H") == expected  # L typed for 1


def test_not_a_code() -> None:
    for text in (
        "",
        "NTR",
        "NTR-0A1B-2C3D-4E5F",
        "NTR-0A1B-2C3D-4E5F-6G7H-8",
        "NTR-UUUU-0000-0000-0000",
    ):
        assert normalise(text) is None
        assert code_digest(text) is None


def test_digest_is_sha256_of_the_normalised_code() -> None:
    code = new_code()
    assert code_digest(code) == hashlib.sha256(code.encode()).hexdigest()
    assert code not in code_digest(code)
