"""Tracking codes: random, unguessable, readable aloud, and stored only as a SHA-256 digest.

A code is 16 symbols of Crockford's base32 (0-9 and A-Z without I, L, O and U), so 80 random bits
from `secrets`, shown as NTR-XXXX-XXXX-XXXX-XXXX. Typing is forgiving: case, spaces and dashes are
ignored, and the letters people confuse with digits (O for 0, I and L for 1) are read as the digit.
The database keeps sha256(canonical code) only, so a leaked table does not reveal any code, and a
lookup is one indexed equality on the digest.
"""

from __future__ import annotations

import hashlib
import secrets

ALPHABET = "0123456789ABCDEFGHJKMNPQRSTVWXYZ"  # Crockford base32: 32 symbols, 5 bits each
SYMBOLS = 16  # 16 x 5 = 80 bits
PREFIX = "NTR"
_CONFUSABLE = str.maketrans({"O": "0", "I": "1", "L": "1"})


def _formatted(body: str) -> str:
    return "-".join([PREFIX, *(body[i : i + 4] for i in range(0, SYMBOLS, 4))])


def new_code() -> str:
    """A fresh code, formatted for people: NTR-XXXX-XXXX-XXXX-XXXX."""
    return _formatted("".join(secrets.choice(ALPHABET) for _ in range(SYMBOLS)))


def normalise(code: str) -> str | None:
    """The 16 symbols of a typed code, or None when it cannot be a code at all."""
    cleaned = "".join(ch for ch in code.upper() if ch.isalnum())
    if cleaned.startswith(PREFIX) and len(cleaned) == len(PREFIX) + SYMBOLS:
        cleaned = cleaned[len(PREFIX) :]
    cleaned = cleaned.translate(_CONFUSABLE)
    if len(cleaned) != SYMBOLS or any(ch not in ALPHABET for ch in cleaned):
        return None
    return cleaned


def code_digest(code: str) -> str | None:
    """SHA-256 (hex) of the code in its canonical form; None for text that is not a code."""
    body = normalise(code)
    if body is None:
        return None
    return hashlib.sha256(_formatted(body).encode("ascii")).hexdigest()
